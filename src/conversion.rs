//! Conversions: an amount in one currency followed by the same amount restated in another
//! ("920億ドル（約13兆9,575億円）", "$92 billion (about ¥13.9 trillion)", "50亿美元，约合360亿元").
//! Part of contextualising: each conversion implies an exchange rate that the conversion rules
//! check.

use crate::figure::{Bound, Figure, Kind};
use crate::load::{Document, Lang};
use rust_decimal::prelude::ToPrimitive;

/// One amount restated in another currency.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Conversion {
    pub doc: usize,
    /// Index into `Corpus::figures` of the amount converted.
    pub source: usize,
    /// Index into `Corpus::figures` of the converted amount.
    pub target: usize,
    /// The source's currency: the rate is in `quote` per 1 `base`.
    pub base: String,
    pub quote: String,
    /// The amounts (the low or high end when the conversion is one end of a range pair).
    pub source_value: f64,
    pub target_value: f64,
    /// The implied rate, and the interval the written precision allows.
    pub rate: f64,
    pub low: f64,
    pub high: f64,
    /// For a range restated as a range: which end this is.
    pub end: Option<RangeEnd>,
    /// A year named before the amount in its sentence ("2023年4月時点で10億ドル（…）"): the
    /// writer may have converted at that time's rate.
    pub stated_year: Option<i32>,
    /// The months of `stated_year` the text narrows the date to ("2025年2月" → 2–2, "2025年初頭"
    /// → 1–3, "2024年下半期" → 7–12); `None` is the whole year.
    #[serde(default)]
    pub stated_months: Option<(u32, u32)>,
    /// The writer states the rate used ("約11兆円、1ドル150円換算"): the conversion is checked
    /// for consistency, not against outside rates.
    pub declared_rate: bool,
    /// Significant digits the converted amount was written with (`約13兆9,575億円` → 6,
    /// `約123,000円` → 3).
    pub digits: u32,
    /// Why the conversion is not judged: its currency cannot be told (a bare ドル in an article
    /// that names another dollar, with nothing near it saying which). `figlint check
    /// --verbose` lists these.
    #[serde(default)]
    pub unresolved: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum RangeEnd {
    Low,
    High,
}

impl Conversion {
    /// Whether the rules judge this conversion (its currencies are known).
    pub fn judged(&self) -> bool {
        self.unresolved.is_none()
    }

    /// `USD/JPY`.
    pub fn pair(&self) -> String {
        format!("{}/{}", self.base, self.quote)
    }
}

/// Words that may stand between an amount and its restatement, after a bracket, comma or dash
/// (or alone). 約 / about are read as part of the converted figure by the extractor.
const PHRASES: &[&str] = &[
    "日本円にして",
    "日本円で",
    "日本円換算で",
    "円換算で",
    "邦貨換算で",
    "日本円換算",
    "约合人民币",
    "约合",
    "折合人民币",
    "折合",
    "合人民币",
    "相当于",
    "equivalent to",
    "or about",
    "or roughly",
    "or around",
    "roughly",
    "about",
    "around",
    "or",
    "i.e.",
];

/// Whether the text between two amounts makes the second restate the first.
pub fn is_conversion_gap(gap: &str) -> bool {
    let g = gap.trim();
    let mut rest = g;
    // A bracket alone restates; a comma or dash needs a phrase ("、日本円にして").
    let mut bracket = false;
    if let Some(r) = rest.strip_prefix(['（', '(', '[', '［']) {
        rest = r.trim_start();
        bracket = true;
    } else if let Some(r) = rest.strip_prefix(['、', ',', '，', '—', '–', '-', '/']) {
        rest = r.trim_start();
    }
    let rest = rest.trim_end_matches([':', '：', ' ']);
    if rest.is_empty() {
        return bracket;
    }
    PHRASES.iter().any(|p| rest.eq_ignore_ascii_case(p))
}

/// The amounts a converted figure allows: half its last written digit either side, but no
/// more than 3% of it. A writer who restates an amount rounds it to a few significant digits;
/// "約3000億円" is not read as anything from 2,500 to 3,500億円. A bound (超, 以上, 強) says
/// "a little more": up to 10% more (or less, for 未満, 弱), unless it bounds the source
/// amount as well (「1兆ルピー（約1兆5,000億円）超」), which leaves the rate exact.
fn target_interval(source: &Figure, f: &Figure, at: f64) -> (f64, f64) {
    let half = (rounding_unit(f, at) / 2.0).min(at.abs() * 0.03);
    let (lo, hi) = (at - half, at + half);
    if source.raw.bound.is_some() && source.raw.bound == f.raw.bound {
        return (lo, hi);
    }
    match f.raw.bound {
        Some(Bound::Gt | Bound::Ge) => (lo, hi.max(at * 1.1)),
        Some(Bound::Lt | Bound::Le) => (lo.min(at * 0.9), hi),
        None => (lo, hi),
    }
}

/// The unit a converted amount was rounded to. Trailing zeros are never significant in a
/// converted amount: "約123,000円" is rounded to the thousand, "約3000億円" to the 1000億.
fn rounding_unit(f: &Figure, at: f64) -> f64 {
    let mut p = f.raw.precision.to_f64().unwrap_or(0.0).abs();
    if p <= 0.0 {
        return 0.0;
    }
    let mut units = (at / p).round();
    while units >= 10.0 && units % 10.0 == 0.0 {
        units /= 10.0;
        p *= 10.0;
    }
    p
}

/// How many significant digits a converted amount was written with.
fn digits(f: &Figure, at: f64) -> u32 {
    let p = rounding_unit(f, at);
    if p <= 0.0 || at <= 0.0 {
        return 1;
    }
    ((at / p).log10().floor() as i64 + 1).clamp(1, 20) as u32
}

/// The conversions of one document; `figures` are its figures (indices are relative to them).
pub fn doc_conversions(doc: &Document, figures: &[Figure]) -> Vec<Conversion> {
    let mut out = Vec::new();
    // An article that names another dollar (NZドル, 豪ドル, 香港ドル …) may mean it by a bare
    // ドル: such amounts are not judged as US dollars.
    // Looked for only once a bare dollar is converted (most articles convert none).
    let others = std::cell::OnceCell::new();
    for (i, t) in (0..figures.len()).flat_map(|i| targets(doc, figures, i).map(move |t| (i, t))) {
        let (a, b) = (&figures[i], &figures[t]);
        let text = &doc.blocks[doc.sentences[a.sentence].block].text;
        let (mut base, mut quote) = (a.raw.unit.clone(), b.raw.unit.clone());
        let mut unresolved = None;
        for (f, code) in [(a, &mut base), (b, &mut quote)] {
            if !bare_dollar(doc, f) {
                continue;
            }
            let others: &Vec<&str> = others.get_or_init(|| other_dollars(doc.source()));
            if others.is_empty() {
                continue;
            }
            match which_dollar(doc, f, others) {
                Some(c) => *code = c.to_string(),
                None => {
                    unresolved = Some(format!(
                        "a bare ドル in an article that also names {}: nothing near it says which dollar",
                        others.join(", ")
                    ))
                }
            }
        }
        if base == quote {
            continue;
        }
        let ends: Vec<(f64, f64, Option<RangeEnd>)> = match (a.raw.range, b.raw.range) {
            (Some((al, ah)), Some((bl, bh))) => vec![
                (
                    al.to_f64().unwrap_or(0.0),
                    bl.to_f64().unwrap_or(0.0),
                    Some(RangeEnd::Low),
                ),
                (
                    ah.to_f64().unwrap_or(0.0),
                    bh.to_f64().unwrap_or(0.0),
                    Some(RangeEnd::High),
                ),
            ],
            (None, None) => vec![(
                a.raw.value.to_f64().unwrap_or(0.0),
                b.raw.value.to_f64().unwrap_or(0.0),
                None,
            )],
            // A single amount restated as a range (or the reverse) states no one rate.
            _ => continue,
        };
        // A rate stated inside the same bracket, after the converted amount.
        let after = &text[b.raw.end..];
        let close = after.find(['）', ')']).unwrap_or(0);
        let declared_rate = after[..close].contains("換算")
            || after[..close].contains("按") && after[..close].contains("汇率");
        // The year the text dates the amount to: the nearest named before it in its
        // sentence, else after it in the sentence (「…と2021年に発表」), else the last year of
        // the sentence before.
        let year_of = |f: &Figure| {
            (f.raw.kind == Kind::Year)
                .then(|| f.raw.value.to_i32().map(|y| (y, stated_months(doc, f))))
                .flatten()
        };
        let stated = figures[..i]
            .iter()
            .rev()
            .take_while(|f| f.sentence == a.sentence)
            .find_map(year_of)
            .or_else(|| {
                figures[t + 1..]
                    .iter()
                    .take_while(|f| f.sentence == a.sentence)
                    .find_map(year_of)
            })
            .or_else(|| {
                figures[..i]
                    .iter()
                    .rev()
                    .skip_while(|f| f.sentence == a.sentence)
                    .take_while(|f| f.sentence + 1 == a.sentence)
                    .find_map(year_of)
            });
        let (stated_year, stated_months) = match stated {
            Some((y, m)) => (Some(y), m),
            None => (None, None),
        };
        for (sv, tv, end) in ends {
            if sv <= 0.0 || tv <= 0.0 {
                continue;
            }
            // The source is taken as written: it is what the writer converted.
            let (tlo, thi) = target_interval(a, b, tv);
            if tlo <= 0.0 {
                continue;
            }
            out.push(Conversion {
                doc: 0,
                source: i,
                target: t,
                base: base.clone(),
                quote: quote.clone(),
                source_value: sv,
                target_value: tv,
                rate: tv / sv,
                low: tlo / sv,
                high: thi / sv,
                end,
                stated_year,
                stated_months,
                declared_rate,
                digits: digits(b, tv),
                unresolved: unresolved.clone(),
            });
        }
    }
    out
}

/// The figures that restate figure `i` in another currency: the next figure when only a
/// bracket or a restating phrase stands between them ("920億ドル（約13兆9,575億円）"), and
/// further amounts of the same bracket that restate it again ("（約2,954億円、報道では3,191億円
/// という数字も）"): after a comma, of a size near the first restatement (a part of it, 「うち
/// 国内分」, is not a restatement).
fn targets(doc: &Document, figures: &[Figure], i: usize) -> impl Iterator<Item = usize> {
    let mut out = Vec::new();
    let a = &figures[i];
    let (Some(b), Some(sa)) = (figures.get(i + 1), doc.sentences.get(a.sentence)) else {
        return out.into_iter();
    };
    let same_block = |f: &Figure| {
        doc.sentences
            .get(f.sentence)
            .is_some_and(|s| s.block == sa.block)
    };
    let restates = |f: &Figure| f.raw.kind == Kind::Money && f.raw.unit != a.raw.unit;
    if a.raw.kind != Kind::Money || !restates(b) || !same_block(b) || a.raw.end > b.raw.start {
        return out.into_iter();
    }
    let text = &doc.blocks[sa.block].text;
    let gap = &text[a.raw.end..b.raw.start];
    if !is_conversion_gap(gap) {
        return out.into_iter();
    }
    out.push(i + 1);
    // A bound on the amount ("20億ドル以上") leaves room for other restatements.
    if !gap.trim_start().starts_with(['（', '(']) || a.raw.bound.is_some() {
        return out.into_iter();
    }
    let first = b.raw.value.to_f64().unwrap_or(0.0);
    let mut prev = b;
    for (j, f) in figures.iter().enumerate().skip(i + 2) {
        if !same_block(f) || prev.raw.end > f.raw.start {
            break;
        }
        let between = &text[prev.raw.end..f.raw.start];
        if between.contains(['）', ')', '（', '(', '。']) {
            break;
        }
        let v = f.raw.value.to_f64().unwrap_or(0.0);
        // Near the first restatement, or said to restate it at another rate (「いや、最近の
        // レートだと2兆円近く」), however far that is.
        let near = first > 0.0 && v > 0.0 && (v / first).max(first / v) <= 3.0
            || ["レート", "換算", "汇率", "折合", "exchange rate"]
                .iter()
                .any(|w| between.contains(w));
        let part = ["うち", "内訳", "of which", "including", "前年", "比"]
            .iter()
            .any(|w| between.contains(w));
        if restates(f)
            && near
            && !part
            && between
                .trim_start()
                .starts_with(['、', ',', '，', '/', '；', ';'])
            && f.raw.range.is_none() == b.raw.range.is_none()
        {
            out.push(j);
        }
        prev = f;
    }
    out.into_iter()
}

/// The months a year figure narrows its date to: a month written with it ("2025年2月",
/// "2025年2～3月"), or a part of the year written right after it (年初, 初頭, 上半期, 第3四半期,
/// 年末, "early 2025" is read from the words before the year).
fn stated_months(doc: &Document, f: &Figure) -> Option<(u32, u32)> {
    let text = doc.slice(f.offset, f.length);
    // 「2025年2月」: the figure's own text holds the month.
    if let Some(rest) = text.split_once('年').map(|(_, r)| r) {
        let month = |s: &str| -> Option<u32> {
            let mut m = 0u32;
            for c in s.chars() {
                let d = match c {
                    '0'..='9' => c as u32 - '0' as u32,
                    '０'..='９' => c as u32 - '０' as u32,
                    _ => break,
                };
                m = m * 10 + d;
                if m > 12 {
                    return None;
                }
            }
            (1..=12).contains(&m).then_some(m)
        };
        if let Some(m) = month(rest) {
            return Some((m, m));
        }
    }
    let src = doc.source();
    let after = &src[(f.offset + f.length).min(src.len())..];
    let after: String = after.chars().take(8).collect();
    const PARTS: &[(&str, (u32, u32))] = &[
        ("初頭", (1, 3)),
        ("初め", (1, 3)),
        ("はじめ", (1, 3)),
        ("年初", (1, 3)),
        ("初", (1, 3)),
        ("早々", (1, 2)),
        ("第1四半期", (1, 3)),
        ("第一四半期", (1, 3)),
        ("1Q", (1, 3)),
        ("第2四半期", (4, 6)),
        ("第二四半期", (4, 6)),
        ("第3四半期", (7, 9)),
        ("第三四半期", (7, 9)),
        ("第4四半期", (10, 12)),
        ("第四四半期", (10, 12)),
        ("上半期", (1, 6)),
        ("前半", (1, 6)),
        ("上半年", (1, 6)),
        ("下半期", (7, 12)),
        ("後半", (7, 12)),
        ("下半年", (7, 12)),
        ("年末", (10, 12)),
        ("末", (10, 12)),
        ("年底", (10, 12)),
        ("春", (3, 5)),
        ("夏", (6, 8)),
        ("秋", (9, 11)),
    ];
    let after = after.trim_start_matches(['の', ' ']);
    PARTS
        .iter()
        .find(|(w, _)| after.starts_with(w))
        .map(|&(_, span)| span)
}

/// The dollars (and the yuan's 元 for dollars in Chinese), each with the names that say which
/// one it is (longest first where one holds another) and the countries that use it: a
/// country says which dollar a bare ドル is only where the article names that country's dollar.
const DOLLARS: &[(&str, &[&str], &[&str])] = &[
    (
        "USD",
        &["アメリカドル", "米ドル", "USドル", "US$", "美元"],
        &["米国", "アメリカ", "美国"],
    ),
    (
        "HKD",
        &["香港ドル", "HKドル", "HK$", "港币", "港元"],
        &["香港"],
    ),
    (
        "AUD",
        &["オーストラリアドル", "豪ドル", "A$", "澳元"],
        &["オーストラリア", "豪州", "澳大利亚"],
    ),
    (
        "NZD",
        &["ニュージーランドドル", "NZドル", "NZ$", "纽元"],
        &["ニュージーランド", "新西兰"],
    ),
    (
        "CAD",
        &["カナダドル", "加ドル", "C$", "加元"],
        &["カナダ", "加拿大"],
    ),
    (
        "SGD",
        &["シンガポールドル", "S$", "新加坡元"],
        &["シンガポール", "新加坡"],
    ),
    ("TWD", &["台湾ドル", "新台幣", "新台币", "NT$"], &["台湾"]),
];

/// The dollars other than the US dollar an article names by name.
fn other_dollars(source: &str) -> Vec<&'static str> {
    // Every other dollar's names as one automaton: one pass over the article, not one per name.
    static NAMES: std::sync::OnceLock<(aho_corasick::AhoCorasick, Vec<usize>)> =
        std::sync::OnceLock::new();
    let (names, code_of) = NAMES.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut code_of = Vec::new();
        for (k, (code, names, _)) in DOLLARS.iter().enumerate() {
            if *code != "USD" {
                patterns.extend(names.iter().copied());
                code_of.extend(std::iter::repeat_n(k, names.len()));
            }
        }
        let ac = aho_corasick::AhoCorasick::new(&patterns).expect("dollar names compile");
        (ac, code_of)
    });
    let mut found = vec![false; DOLLARS.len()];
    for m in names.find_overlapping_iter(source) {
        found[code_of[m.pattern().as_usize()]] = true;
    }
    DOLLARS
        .iter()
        .zip(found)
        .filter(|(_, f)| *f)
        .map(|((code, _, _), _)| *code)
        .collect()
}

/// Which dollar a bare ドル figure means in an article that also names `others`: the dollar
/// named last before it in its sentence or the sentence before (「香港ドル建ての…、さらに
/// 50億ドル」), else the one country among the US and `others` named there; none when nothing
/// near says which.
fn which_dollar(doc: &Document, f: &Figure, others: &[&str]) -> Option<&'static str> {
    let s = doc.sentences.get(f.sentence)?;
    let text = &doc.blocks[s.block].text;
    let mut window = String::new();
    if let Some(prev) = f.sentence.checked_sub(1).and_then(|p| doc.sentences.get(p)) {
        if let Some(t) = doc
            .blocks
            .get(prev.block)
            .and_then(|b| b.text.get(prev.start..prev.end))
        {
            window.push_str(t);
            window.push('\n');
        }
    }
    window.push_str(text.get(s.start..f.raw.start.max(s.start)).unwrap_or(""));
    let last_name = DOLLARS
        .iter()
        .filter_map(|(code, names, _)| {
            names
                .iter()
                .filter_map(|n| window.rfind(n))
                .max()
                .map(|at| (at, *code))
        })
        .max();
    if let Some((_, code)) = last_name {
        return Some(code);
    }
    let countries: Vec<&'static str> = DOLLARS
        .iter()
        .filter(|(code, _, places)| {
            (*code == "USD" || others.contains(code)) && places.iter().any(|p| window.contains(p))
        })
        .map(|(code, _, _)| *code)
        .collect();
    match countries.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// Whether a US-dollar figure is written with a bare ドル/美元-less 元 (not 米ドル, US$, $).
fn bare_dollar(doc: &Document, f: &Figure) -> bool {
    if f.raw.unit != "USD" {
        return false;
    }
    let text = doc.slice(f.offset, f.length);
    text.contains("ドル")
        && !DOLLARS
            .iter()
            .flat_map(|(_, names, _)| names.iter())
            .any(|w| text.contains(w))
}

/// A currency's short sign for rates (`円/$`).
pub fn sign(code: &str) -> &str {
    match code {
        "JPY" => "円",
        "USD" => "$",
        "CNY" => "元",
        "EUR" => "€",
        "GBP" => "£",
        "KRW" => "₩",
        "INR" => "₹",
        _ => code,
    }
}

/// A rate as people write it: `150.6 円/$`, `0.1408 $/元`.
pub fn show_rate(rate: f64, base: &str, quote: &str) -> String {
    let digits = if rate >= 100.0 {
        1
    } else if rate >= 1.0 {
        2
    } else {
        4
    };
    format!("{rate:.digits$} {}/{}", sign(quote), sign(base))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{parse, Format};

    fn conversions(text: &str) -> Vec<Conversion> {
        let (mut doc, _) = parse("t.md".into(), text.to_string(), Format::Markdown);
        let figs = crate::corpus::figures_of(&mut doc);
        doc_conversions(&doc, &figs)
    }

    #[test]
    fn bracketed_and_phrased_conversions_are_found() {
        let c = conversions("投資は300億ドル（約4兆5,000億円）に上る。");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].pair(), "USD/JPY");
        assert!((c[0].rate - 150.0).abs() < 1e-9);
        // 約4兆5,000億円 is rounded to the 1000億: 4.45–4.55兆円, so 148.3–151.7 円/$.
        assert!(
            (c[0].low - 148.333).abs() < 0.01 && (c[0].high - 151.667).abs() < 0.01,
            "{:?}",
            c[0]
        );
        let c = conversions("費用は12億ドル（約1,812億円）だ。");
        assert_eq!(c[0].digits, 4);
        assert!(c[0].high - c[0].low < 0.1);

        let c = conversions("予算は20億ドル、日本円にして約3,000億円だ。");
        assert_eq!((c.len(), c[0].quote.as_str()), (1, "JPY"));
        let c = conversions("出口额约为50亿美元（约合360亿元人民币）。");
        assert_eq!((c.len(), c[0].pair()), (1, "USD/CNY".to_string()));
        let c = conversions("The fund holds $2 billion (about €1.8 billion) in cash.");
        assert_eq!((c.len(), c[0].pair()), (1, "USD/EUR".to_string()));
    }

    #[test]
    fn a_rate_stated_in_the_bracket_is_noticed() {
        let c = conversions("資金は20億ユーロ（約3200億円、1ユーロ=160円換算）に上る。");
        assert_eq!(c.len(), 1);
        assert!(c[0].declared_rate);
        assert!(!conversions("資金は20億ユーロ（約3200億円）に上る。")[0].declared_rate);
    }

    #[test]
    fn ranges_give_one_conversion_per_end() {
        let c =
            conversions("費用は60億ドルから70億ドル（約9,000億円から1兆500億円）と見込まれる。");
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[0].end, Some(RangeEnd::Low));
        assert!((c[0].rate - 150.0).abs() < 1e-9 && (c[1].rate - 150.0).abs() < 1e-9);
    }

    #[test]
    fn same_currency_and_non_money_are_not_conversions() {
        assert!(conversions("売上は500億円（前年は450億円）だった。").is_empty());
        assert!(conversions("シェアは30%（約2億ドル）だった。").is_empty());
        assert!(conversions("A社は5億ドル、B社は700億円を投じた。").is_empty());
    }

    #[test]
    fn every_restatement_in_a_bracket_is_a_conversion() {
        let c = conversions("投資額は20億ユーロ（日本円で約3,000億円、別の報道では3,300億円）だ。");
        assert_eq!(c.len(), 2, "{c:?}");
        assert!((c[0].rate - 150.0).abs() < 1e-9 && (c[1].rate - 165.0).abs() < 1e-9);
        // A part of the amount, or a figure of another kind, is not a restatement.
        let c = conversions("投資額は20億ユーロ（約3,000億円、うち国内分1,000億円）だ。");
        assert_eq!(c.len(), 1, "{c:?}");
        let c = conversions("投資額は20億ユーロ（約3,000億円、いや今のレートだと2兆円近く）だ。");
        assert_eq!(c.len(), 2, "{c:?}");
        let c = conversions("投資額は20億ユーロ（約3,000億円、前年比2倍）だ。");
        assert_eq!(c.len(), 1, "{c:?}");
        // Outside the bracket, a later amount is another amount.
        let c = conversions("投資額は20億ユーロ（約3,000億円）、別途3,300億円を借り入れる。");
        assert_eq!(c.len(), 1, "{c:?}");
    }

    #[test]
    fn the_text_dates_a_conversion_to_a_year_and_months() {
        let c =
            conversions("2025年2月に発表された計画で約2,000億ユーロ（約2,090億ドル）を投じる。");
        assert_eq!(
            (c[0].stated_year, c[0].stated_months),
            (Some(2025), Some((2, 2)))
        );
        let c = conversions("2025年初頭に約2,000億ユーロ（約2,090億ドル）の計画が示された。");
        assert_eq!(
            (c[0].stated_year, c[0].stated_months),
            (Some(2025), Some((1, 3)))
        );
        let c = conversions("240兆ウォン（約2,056億ドル）の投資を2021年に発表した。");
        assert_eq!((c[0].stated_year, c[0].stated_months), (Some(2021), None));
        let c = conversions("2024年下半期に300億ドル（約4兆5,000億円）を投じた。");
        assert_eq!(c[0].stated_months, Some((7, 12)));
        assert_eq!(
            conversions("300億ドル（約4兆5,000億円）を投じた。")[0].stated_year,
            None
        );
    }

    #[test]
    fn rates_are_shown_as_people_write_them() {
        assert_eq!(show_rate(150.62, "USD", "JPY"), "150.6 円/$");
        assert_eq!(show_rate(20.61, "CNY", "JPY"), "20.61 円/元");
    }
}

/// An amount written as a reader of `lang` would write it: `13兆8,563億円`, `3270亿元`,
/// `$92.0 billion`.
pub fn show_amount(value: f64, currency: &str, lang: Lang) -> String {
    let cjk_unit = match (currency, lang) {
        ("JPY", _) => Some("円"),
        ("CNY", _) => Some("元"),
        ("USD", Lang::Ja) => Some("ドル"),
        ("EUR", Lang::Ja) => Some("ユーロ"),
        _ => None,
    };
    if let (Some(unit), true) = (cjk_unit, lang != Lang::En) {
        let (oku, man) = if lang == Lang::Zh {
            ("亿", "万")
        } else {
            ("億", "万")
        };
        let v = value.round();
        let cho = (v / 1e12).floor();
        let okus = ((v - cho * 1e12) / 1e8).round();
        if v >= 1e12 {
            return if okus > 0.0 {
                format!("{}兆{}{oku}{unit}", cho, group(okus),)
            } else {
                format!("{cho}兆{unit}")
            };
        }
        if v >= 1e8 {
            return format!("{}{oku}{unit}", group((v / 1e8).round()));
        }
        if v >= 1e4 {
            return format!("{}{man}{unit}", group((v / 1e4).round()));
        }
        return format!("{}{unit}", group(v));
    }
    let (scaled, word) = if value >= 1e12 {
        (value / 1e12, " trillion")
    } else if value >= 1e9 {
        (value / 1e9, " billion")
    } else if value >= 1e6 {
        (value / 1e6, " million")
    } else {
        (value, "")
    };
    format!("{}{scaled:.1}{word}", sign(currency))
}

/// `12345` → `12,345`.
pub fn group(v: f64) -> String {
    let s = format!("{}", v as i64);
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod amount_tests {
    use super::show_amount;
    use crate::load::Lang;

    #[test]
    fn amounts_are_shown_in_the_readers_units() {
        assert_eq!(
            show_amount(13_856_300_000_000.0, "JPY", Lang::Ja),
            "13兆8,563億円"
        );
        assert_eq!(show_amount(327_000_000_000.0, "CNY", Lang::Zh), "3,270亿元");
        assert_eq!(show_amount(92e9, "USD", Lang::En), "$92.0 billion");
    }
}

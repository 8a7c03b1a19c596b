//! The subject a figure is about: the noun phrase before its topic or subject particle (in
//! Japanese and Chinese) or before its verb (in English), and the place phrases that narrow it.

use super::vocab::Vocab;
use crate::figure::Kind;
use crate::load::Lang;

/// A place phrase between the subject and the figure: `Xで`, `Xでは`, `X向け`, `Xにおいて`.
pub(super) fn qualifier_between(
    text: &str,
    from: usize,
    to: usize,
    vocab: &Vocab,
) -> Option<String> {
    if from >= to || to > text.len() || !text.is_char_boundary(from) {
        return None;
    }
    let gap = &text[from..to];
    for marker in ["では", "で", "向け", "において", "における"] {
        let mut at = 0;
        while let Some(i) = gap[at..].find(marker) {
            let end = at + i;
            // 「…の一部であり」: 「で」 of the copula (である, です) says what a thing is, not where.
            if marker == "で" && gap[end + marker.len()..].starts_with(['あ', 'す']) {
                at = end + marker.len();
                continue;
            }
            let np = vocab.trim_metric_suffix(np_before(gap, end, 0));
            // A qualifier with another amount after it is that amount's: 「テキサス州で400億ドルの
            // 拡張、2025年には750億ドルの設備投資」 does not put the 750億ドル in Texas. A funding
            // round frames every amount of it (「シリーズFで130億ドルを調達し、評価額は…」).
            if holds_amount(&gap[end..]) && !names_round(np) {
                at = end + marker.len();
                continue;
            }
            // A means (「汎用性向上で」, 「AI活用で」) is how, not where or of what; a
            // baseline (「前世代比で」, 「従来比で」) is what the figure is measured against.
            if is_means(np) || np.ends_with('比') {
                at = end + marker.len();
                continue;
            }
            let np = without_years(np);
            // A qualifier that only frames the measure (「AI設備投資予測で」, 「2026年の計画では」)
            // narrows nothing.
            let np = vocab.trim_generic_suffix(&np).to_string();
            if np.chars().count() >= 2
                && !vocab.is_non_subject(&np)
                && !np.chars().all(|c| c.is_ascii_digit())
                && !is_time_or_amount(&np)
                && !states_amount(&np)
            {
                let (k, _) = vocab.normalise(&np);
                return Some(k);
            }
            at = end + marker.len();
        }
    }
    None
}

/// Whether a noun phrase before 「で」 names a means, an action or change (「汎用性向上」, 「AI活用」,
/// 「業務の効率化」), rather than a place or a segment.
fn is_means(np: &str) -> bool {
    const MEANS: &[&str] = &["活用", "導入", "強化", "最適化", "自動化", "刷新", "統合"];
    super::change::GAINS
        .iter()
        .chain(super::change::FALLS)
        .chain(MEANS)
        .any(|w| np.ends_with(w))
}

/// Whether a qualifier is a time or an amount rather than a place or a segment (「2025年9月
/// 時点で」, 「上半期で」, 「約124億ドルで」, 「単純計算で」): the period and the value are read
/// elsewhere, and such words never narrow a subject. A span ahead (「今後5年間で」) stays: an
/// amount over five years is not one over three.
fn is_time_or_amount(np: &str) -> bool {
    if np.starts_with("今後") || np.starts_with("過去") {
        return false;
    }
    const STARTS: &[&str] = &["直近", "最近", "約", "創業"];
    // Words that end a time or an amount only after a number (「9月」, 「3年」, 「20億」; not
    // 端末, 中高年, 記念日).
    const COUNTED: &[&str] = &[
        "年", "年間", "年度", "月", "ヶ月", "か月", "カ月", "週", "日", "末", "億", "兆", "万",
        "ドル", "円", "元", "以上", "以下",
    ];
    // Words that end a time or a frame on their own (上半期, 中頃, 単純計算).
    const ENDS: &[&str] = &[
        "時点",
        "頃",
        "中頃",
        "半期",
        "四半期",
        "前半",
        "後半",
        "初め",
        "程度",
        "換算",
        "計算",
        "決算",
        "交渉中",
        "段階",
    ];
    let numbered = np.chars().any(|c| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || "数半一二三四五六七八九十".contains(c)
    });
    STARTS.iter().any(|w| np.starts_with(w))
        || ENDS.iter().any(|w| np.ends_with(w))
        || numbered && COUNTED.iter().any(|w| np.ends_with(w))
        || np.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("fy"))
            && np[2..].starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a phrase names a funding round (シリーズB, シードラウンド, Series C).
fn names_round(np: &str) -> bool {
    let np = np.to_ascii_lowercase();
    ["ラウンド", "シリーズ", "series", "round", "轮"]
        .iter()
        .any(|w| np.contains(w))
}

/// The text after each number in `text` (its digits, commas and decimal point skipped), for
/// what a number is followed by.
fn after_numbers(text: &str) -> impl Iterator<Item = &str> {
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let mut rest = text;
    std::iter::from_fn(move || {
        let i = rest.find(digit)?;
        let after = rest[i..]
            .trim_start_matches(|c: char| digit(c) || matches!(c, ',' | '.' | '，' | '．'));
        rest = after;
        Some(after)
    })
}

/// Whether text holds an amount in a clause of its own: digits followed by a magnitude or a
/// unit (400億, 3兆円, 1,200人), not a year or a date, and a clause break after it. A rate
/// that leads to the figure in its own clause (「前年比20%増の120億ドル」) is not another
/// amount's.
fn holds_amount(text: &str) -> bool {
    after_numbers(text).any(|after| {
        after.starts_with(|c: char| "億万兆千百ドル円元%％人社件台倍".contains(c))
            && after.contains(['、', '，'])
    })
}

/// Whether a phrase states an amount of money inside it (「総額17億ユーロのラウンド」): such a
/// phrase describes an event by its size, and an amount is never a scope.
fn states_amount(np: &str) -> bool {
    after_numbers(np).any(|after| {
        after.starts_with(['億', '万', '兆', '千', 'ド', '円', '元', 'ユ', 'ポ', 'ウ'])
    })
}

/// Whether a phrase reads as a name: it opens with a Latin capital or katakana (Amazon,
/// GPT-4o, アマゾン) or is a Latin word with a capital inside (xAI, eBay), not with a
/// common noun.
pub(crate) fn is_name(np: &str) -> bool {
    np.starts_with(|c: char| c.is_ascii_uppercase())
        || np.starts_with(|c: char| ('\u{30A1}'..='\u{30FA}').contains(&c))
        || np.starts_with(|c: char| c.is_ascii_lowercase())
            && np
                .bytes()
                .take_while(u8::is_ascii_alphanumeric)
                .any(|b| b.is_ascii_uppercase())
}

/// What an investment or a funding goes to, between the investor and the amount:
/// 「トヨタが自動運転AI分野に100億円を投資」 → 自動運転AI分野 (normalised).
pub(super) fn recipient_between(
    text: &str,
    from: usize,
    to: usize,
    vocab: &Vocab,
) -> Option<String> {
    let gap = text.get(from..to)?;
    // The last 「Xに」/「Xへ」/「Xへの」 before the amount.
    let (end, _) = gap.char_indices().rev().find(|&(i, c)| {
        matches!(c, 'に' | 'へ')
            && !gap[i..].starts_with("において")
            && !gap[i..].starts_with("における")
            && !gap[i..].starts_with("にかけて")
    })?;
    let np = vocab.trim_metric_suffix(np_before(gap, end, 0));
    let np = without_years(np);
    let ok = np.chars().count() >= 2
        && !np.chars().any(|c| c.is_ascii_digit())
        && !vocab.is_non_subject(&np)
        && !vocab.is_anaphor(&np);
    // 「AI関連に」, 「AI分野へ」: a recipient that is only the domain itself names nothing more.
    let key = ok.then(|| vocab.normalise(&np).0)?;
    (key.chars().count() >= 2 && !vocab.is_non_subject(&key)).then_some(key)
}

/// Who an investment or a funding comes from, when the subject is what receives it: a name
/// right before 「から」 a few characters before the amount (「AnthropicはAmazonから合計80億ドル」
/// → アマゾン, normalised).
pub(super) fn investor_between(
    text: &str,
    from: usize,
    to: usize,
    vocab: &Vocab,
) -> Option<String> {
    let gap = text.get(from..to)?;
    let at = gap.rfind("から")?;
    // 「から合計」, 「からも最大」: only a word or two before the amount.
    if gap[at + "から".len()..].chars().count() > 6 {
        return None;
    }
    let np = np_before(gap, at, 0);
    let ok = is_name(np)
        && np.chars().count() >= 2
        && !vocab.is_non_subject(np)
        && !vocab.is_anaphor(np);
    ok.then(|| vocab.normalise(np).0)
}

/// The company an acquisition price is for: the object of 買収 / 收购 in the clause
/// (「Xを197億ドルで買収」, 「…を投じてXを買収」, 「Xの買収」) or of "acquired" / "acquisition
/// of" ("acquired X for $19.7 billion"). Its byte offset in `clause` and the name as written.
pub(super) fn acquired_target(clause: &str, vocab: &Vocab) -> Option<(usize, String)> {
    let usable = |np: &str| {
        np.chars().count() >= 2
            && !np.chars().any(|c| c.is_ascii_digit() || c == '約')
            && !vocab.is_non_subject(np)
            && !vocab.is_anaphor(np)
    };
    let found = |np: &str| {
        let np = np.trim();
        usable(np).then(|| {
            (
                np.as_ptr() as usize - clause.as_ptr() as usize,
                np.to_string(),
            )
        })
    };
    for word in ["買収", "收购"] {
        let Some(at) = clause.find(word) else {
            continue;
        };
        let head = clause[..at].trim_end();
        let end = object_end(head)?;
        return found(np_before(head, end, 0));
    }
    let lower = clause.to_ascii_lowercase();
    for word in ["acquired ", "acquisition of ", "acquire ", "buy "] {
        if let Some(at) = lower.find(word) {
            let from = at + word.len();
            let rest = &clause[from..];
            let len = rest
                .split(' ')
                .take_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
                .map(|w| w.len() + 1)
                .sum::<usize>()
                .saturating_sub(1);
            return found(rest[..len].trim_end_matches([',', '.', '\'']));
        }
    }
    None
}

/// Where the object of 買収 ends in the text before the verb: right before 「を」 or 「の」 at
/// its end, or before the 「を」 that precedes an amount and 「で」 (「Xを197億ドルで」).
fn object_end(head: &str) -> Option<usize> {
    if let Some(h) = head.strip_suffix('を').or_else(|| head.strip_suffix('の')) {
        return Some(h.len());
    }
    let i = head.rfind('を')?;
    let tail = &head[i + 'を'.len_utf8()..];
    // 「Xを、なんと54億ドル（約8,200億円）で」: a comma, a word of surprise and the amount's
    // conversion stand between the object and its price.
    let tail = super::metric::without_brackets(tail);
    let tail = ["、", "なんと", "実に", "およそ", "推定"]
        .iter()
        .fold(tail.as_str(), |t, w| {
            t.strip_prefix(w).unwrap_or(t).trim_start()
        })
        .to_string();
    let tail = tail.as_str();
    let amount = tail.ends_with('で')
        && tail.chars().all(|c| {
            c.is_ascii_digit()
                || "０１２３４５６７８９,，.約億万兆千百十ドル円元ユーロポンド米で以上超 "
                    .contains(c)
        });
    amount.then_some(i)
}

/// Characters that may stand in a noun phrase.
fn np_char(c: char) -> bool {
    c.is_alphanumeric() && !('\u{3041}'..='\u{309F}').contains(&c)
        || matches!(
            c,
            'ー' | '・' | '&' | '々' | 'の' | '的' | '-' | '.' | '\'' | '’'
        )
}

/// Whether the space at byte `i` of `text` stands between two Latin letters or digits (a
/// name written in words: 「Meta Llama 4」).
fn latin_space_at(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(|p| p.is_ascii_alphanumeric())
        && text[i + 1..]
            .chars()
            .next()
            .is_some_and(|n| n.is_ascii_alphanumeric())
}

/// Whether the wave dash at byte `i` of `text` joins two months after a year (「2025年4〜6月
/// 期」, which the year's figure holds whole): a year and a month before it, digits then 月
/// after it. (Without the year the span is no part of a subject: 「4〜6月期の売上高」 names
/// none.)
fn month_span_at(text: &str, i: usize) -> bool {
    let after = &text[i + '〜'.len_utf8()..];
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    let head = text[..i].trim_end_matches(|c: char| c.is_ascii_digit());
    head.len() < i
        && head.ends_with('年')
        && (1..=2).contains(&digits)
        && after[digits..].starts_with('月')
}

/// The noun phrase that ends at byte `end` of `text` (for the rest of the claim model).
pub(super) fn np_before_pub(text: &str, end: usize) -> &str {
    np_before(text, end, 0)
}

/// The noun phrase that ends at byte `end` of `text`.
fn np_before(text: &str, end: usize, floor: usize) -> &str {
    let mut start = end;
    let mut latin_space = false;
    for (i, c) in text[..end].char_indices().rev() {
        if i < floor {
            break;
        }
        if np_char(c) || matches!(c, '〜' | '～') && month_span_at(text, i) {
            start = i;
            latin_space = false;
        } else if c == ' ' && !latin_space && latin_space_at(text, i) {
            latin_space = true;
        } else {
            break;
        }
    }
    let np = text[start..end].trim_start_matches(['の', '的', '-', '.']);
    // A leading period (2024年の, 2024年) is the period, not the subject.
    let np = strip_leading_period(np);
    // 「某AI企業のZeta-4o」: the owner is left anonymous, the thing after it is named.
    match np.strip_prefix('某').and_then(|rest| rest.split_once('の')) {
        Some((_, named)) if named.chars().count() >= 2 => named,
        _ => np,
    }
}

/// The name a subject is an example of: 「Omega R2のようなモデルは」 names Omega R2 when what
/// it is said of is a score (a model's own attribute, not the category's). `at` is where the
/// subject starts in `text`.
pub(super) fn example_named_before(text: &str, at: usize) -> Option<(usize, String)> {
    let head = text[..at].strip_suffix("のような")?;
    let name = np_before(head, head.len(), 0);
    (is_name(name) && name.chars().count() >= 2).then(|| {
        (
            name.as_ptr() as usize - text.as_ptr() as usize,
            name.to_string(),
        )
    })
}

/// The market marked with で that an amount follows (「AI市場全体で」 right before it, or before
/// the year of it: 「AI市場で2025年には」), without 全体, and where its phrase starts.
fn market_before_de(head: &str, floor: usize) -> Option<(usize, String)> {
    let mut h = head.trim_end();
    // A year between the market and the amount (「2025年には」, 「2025年に」).
    if let Some(year) = ["には", "に", "は"]
        .iter()
        .find_map(|p| h.strip_suffix(p))
        .and_then(|r| r.strip_suffix('年'))
        .filter(|r| {
            r.len() >= 4
                && r.is_char_boundary(r.len() - 4)
                && r[r.len() - 4..].bytes().all(|b| b.is_ascii_digit())
        })
    {
        h = &year[..year.len() - 4];
    }
    let end = h.strip_suffix('で')?.len();
    let raw = np_before(head, end, floor);
    let np = raw.strip_suffix("全体").unwrap_or(raw);
    (np.ends_with("市場") && np.chars().count() >= 3)
        .then(|| (end - raw.len(), without_years(np).into_owned()))
}

/// Removes years written inside a phrase (`中国全体の2025年のAI` → `中国全体のAI`).
fn without_years(np: &str) -> std::borrow::Cow<'_, str> {
    let b = np.as_bytes();
    let mut out = String::new();
    let mut last = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()) {
            let n = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
            let rest = &np[i + n..];
            // 「2025会計年度」, 「FY2025」: a fiscal year is a period too.
            let fiscal = ["会計年度", "年度"].iter().find(|w| rest.starts_with(*w));
            let fy = i >= 2 && np[..i].to_ascii_uppercase().ends_with("FY");
            if n == 4 && (fiscal.is_some() || fy) {
                let start = if fy { i - 2 } else { i };
                let skip = i + n + fiscal.map_or(0, |w| w.len());
                let skip = skip + usize::from(np[skip..].starts_with('の')) * 'の'.len_utf8();
                out.push_str(&np[last..start]);
                last = skip;
                i = skip;
                continue;
            }
            if n == 4 && rest.starts_with('年') {
                let mut skip = i + n + '年'.len_utf8();
                for tail in ["度", "末", "時点"] {
                    if np[skip..].starts_with(tail) {
                        skip += tail.len();
                    }
                }
                // 「2025年上半期の」, 「2025年第3四半期の」: a part of the year is the period too.
                // (「2025年3月期の」, 「2025年7〜9月期の」 too.)
                skip += part_of_year(&np[skip..]).map_or(0, |r| np.len() - skip - r.len());
                for tail in ["の", "に"] {
                    if np[skip..].starts_with(tail) {
                        skip += tail.len();
                    }
                }
                out.push_str(&np[last..i]);
                last = skip;
                i = skip;
                continue;
            }
            i += n;
            continue;
        }
        i += 1;
    }
    if last == 0 {
        std::borrow::Cow::Borrowed(np)
    } else {
        out.push_str(&np[last..]);
        std::borrow::Cow::Owned(out)
    }
}

/// `np` without the periods it opens with (「2025年の」, 「今年度の」, 「現在」).
pub(super) fn strip_leading_period(np: &str) -> &str {
    let mut s = np;
    // Whether a year (or 今年 …) was just passed: a part of a year is the period only after
    // one (「Q3売上（FY2025）」 leaves its quarter to the subject, as the period does not read it).
    let mut after_year = false;
    loop {
        let digits = s.bytes().take_while(|b| b.is_ascii_digit()).count();
        if digits == 4 {
            after_year = true;
            let rest = &s[digits..];
            let rest = rest
                .strip_prefix("年度")
                .or_else(|| rest.strip_prefix('年'))
                .unwrap_or(rest);
            s = rest.trim_start_matches(['の', '的', ' ', 'に']);
            continue;
        }
        // (「予測期間中の年平均成長率」: the span the rate is over.)
        for p in [
            "昨年",
            "今年",
            "来年",
            "去年",
            "今年度",
            "現在",
            "当時",
            "予測期間中",
            "予測期間",
            "同期間中",
            "同期間",
            "期間中",
        ] {
            if let Some(r) = s.strip_prefix(p) {
                s = r.trim_start_matches(['の', '的']);
                after_year = true;
            }
        }
        // 「2025年第2四半期の売上高」, 「上半期の」, 「3月の」: a part of the year is the period too.
        if let Some(r) = part_of_year(s).filter(|_| after_year) {
            s = r.trim_start_matches(['の', '的', ' ']);
            after_year = false;
            continue;
        }
        return s;
    }
}

/// The market 「同市場」/「この市場」 (`np`, at byte `at` of `head`) refers to: the last phrase
/// ending in a word for market before it in the sentence, with where it starts.
fn same_market(head: &str, at: usize, np: &str) -> Option<(usize, String)> {
    if !["同市場", "この市場", "その市場", "当該市場"].contains(&np) {
        return None;
    }
    let before = &head[..at];
    // The word for market must end its phrase (not 「市場シェア」, 「市場投入」), and the phrase
    // must name a market of goods, not of money (株式市場).
    let (end, word) = super::vocab::MARKET_WORDS
        .iter()
        .flat_map(|w| before.match_indices(w).map(move |(i, _)| (i + w.len(), *w)))
        .filter(|&(end, _)| !before[end..].starts_with(np_char))
        .max()?;
    let named = np_before(before, end, 0);
    let named = strip_leading_period(named);
    let financial = ["株式", "債券", "為替", "金融", "資本", "労働", "株"]
        .iter()
        .any(|f| named[..named.len() - word.len()].ends_with(f));
    (named.chars().count() > word.chars().count()
        && !named.starts_with(['同', 'こ', 'そ'])
        && !named.contains('の')
        && !financial)
        .then(|| (end - named.len(), named.to_string()))
}

/// Whether the name `np`, written at byte `at` of `head`, ends a list of three or more names
/// set off by commas (「OpenAI、Oracle、SoftBank、MGXが」): the clause is about them all, not
/// the last. (Two are most often one thing said twice: 「Amazon、AWSが」, 「…スタートアップ、
/// Kabilioが」.)
fn last_of_names(head: &str, at: usize, np: &str) -> bool {
    if !is_name(np) {
        return false;
    }
    let mut end = at;
    for _ in 0..2 {
        let Some(before) = head[..end]
            .strip_suffix('、')
            .or_else(|| head[..end].strip_suffix('，'))
        else {
            return false;
        };
        let name = np_before(before, before.len(), 0);
        if !is_name(name) {
            return false;
        }
        end = before.len() - name.len();
    }
    true
}

/// `np` past a part of a year it opens with (第2四半期, Q3, 上半期, 下半期, 3月, 年末).
fn part_of_year(np: &str) -> Option<&str> {
    // The halves and quarters the period reads (上半期, 第2四半期, Q3) …
    if let Some(n) = super::period::year_part_len(np) {
        let rest = &np[n..];
        // (「Q1 Labs」 is a name.)
        let name = rest.starts_with(|c: char| c == ' ' || c.is_ascii_alphanumeric());
        return (!name).then_some(rest);
    }
    // … and its ends and months.
    for p in [
        "年度末",
        "年末",
        "年初",
        "中頃",
        "半ば",
        "前半",
        "後半",
        "初頭",
    ] {
        if let Some(r) = np.strip_prefix(p) {
            return Some(r);
        }
    }
    // 「3月の」, 「3月期の」 (a fiscal year ending in March), 「7〜9月期の」.
    let month = |s: &str| -> Option<usize> {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        let m: u32 = s[..digits].parse().ok()?;
        ((1..=2).contains(&digits) && (1..=12).contains(&m)).then_some(digits)
    };
    let mut rest = &np[month(np)?..];
    if let Some(r) = rest.strip_prefix(['〜', '～', '~', '-', '−']) {
        rest = &r[month(r)?..];
    }
    let rest = rest.strip_prefix('月')?;
    Some(rest.strip_prefix('期').unwrap_or(rest))
}

/// Words after an amount glued to a market (「AI半導体市場3216億ドル予測」) that make it the
/// market's size: a forecast, a scale, what it means.
pub(super) const SIZE_AFTER_MARKET: &[&str] = &["予測", "規模", "見込", "見通し", "の真意", "時代"];

/// The subject of the figure at `fs`: in Japanese, the noun phrase before the nearest topic
/// or subject particle (は, が, も, では) before the figure, else the phrase that opens the
/// sentence; in Chinese, the phrase that opens the figure's clause or sentence; in English,
/// the words before the metric verb or after "of".
pub(super) fn subject_of(
    text: &str,
    fs: usize,
    figures: &[(usize, usize)],
    kinds: &[Kind],
    vocab: &Vocab,
    lang: Lang,
    headline: bool,
) -> Option<(usize, String)> {
    let head = &text[..fs];
    // Inside brackets, the subject is the phrase right before the figure ("Google $115B") or
    // else the phrase right before the bracket ("生成AI市場の成長（…55%増…）").
    if let Some(open) = open_bracket(head) {
        let inner_floor = open + head[open..].chars().next().map_or(1, char::len_utf8);
        let near = head.trim_end().len();
        let raw = np_before(
            head,
            near,
            inner_floor.max(
                figures
                    .iter()
                    .filter(|&&(_, e)| e <= near)
                    .map(|&(_, e)| e)
                    .max()
                    .unwrap_or(0),
            ),
        );
        let direct = vocab.trim_metric_suffix(raw);
        if direct.chars().count() >= 2 && !vocab.is_anaphor(direct) && !vocab.is_non_subject(direct)
        {
            return Some((near - raw.len(), direct.to_string()));
        }
        // 「…の設備投資（2026年にはGoogleが1150億ドル以上、Metaが1080億ドル…）」: a name marked
        // with が or は right before the figure, inside the aside, is whose figure it is.
        let particle = head[..near].trim_end_matches(['が', 'は', 'も']);
        if particle.len() < near && particle.len() > inner_floor {
            let floor = inner_floor.max(
                figures
                    .iter()
                    .filter(|&&(_, e)| e <= particle.len())
                    .map(|&(_, e)| e)
                    .max()
                    .unwrap_or(0),
            );
            let named = np_before(head, particle.len(), floor);
            if is_name(named) && !vocab.is_non_subject(named) && !vocab.is_anaphor(named) {
                return Some((particle.len() - named.len(), named.to_string()));
            }
        }
        // 「2030年には8,270億ドル（年平均成長率28%）」: an aside on an amount is about what
        // the amount is about.
        let before_open = head[..open].trim_end();
        // (Only the aside's first figure: 「（約36兆円 ※1ドル150円換算）」 holds a rate.)
        let first_inside = !figures.iter().any(|&(s, _)| s > open && s < fs);
        let on_amount = figures
            .iter()
            .find(|&&(s, e)| e == before_open.len() && s < open);
        if let Some(&(s, _)) = on_amount.filter(|_| first_inside) {
            return subject_of(text, s, figures, kinds, vocab, lang, headline);
        }
        let raw = np_before(head, open, 0);
        let outer = vocab.trim_metric_suffix(raw);
        if outer.chars().count() >= 2 && !vocab.is_anaphor(outer) && !vocab.is_non_subject(outer) {
            return Some((open - raw.len(), outer.to_string()));
        }
        return None;
    }
    // Latin-only text nearby is read as English (the last stretch before the figure decides,
    // so the test costs the same however long the line).
    let near = &head[head.floor_char_boundary(head.len().saturating_sub(ENGLISH_WINDOW))..];
    if lang == Lang::En || !near.chars().any(|c| c as u32 > 0x2FFF) {
        return english_subject(head, vocab);
    }
    // A subject never reaches back over another figure (years inside it are dropped later).
    // Figures are in text order: look back from the last one that starts before `at`.
    let floor = |at: usize| {
        let upto = figures.partition_point(|&(s, _)| s < at);
        figures[..upto]
            .iter()
            .zip(&kinds[..upto])
            .rev()
            .filter(|&(&(_, e), &k)| e <= at && k != Kind::Year)
            .map(|(&(_, e), _)| e)
            .next()
            .unwrap_or(0)
    };
    let accept = |np: &str| {
        np.chars().count() >= 2
            && !np.chars().all(|c| c.is_ascii_digit())
            && !vocab.is_anaphor(np)
            && !vocab.is_non_subject(np)
    };
    // A noun phrase right before the figure that ends in a metric word names the subject
    // ("インフラ投資250億ドル", "AI市場規模2440億ドル").
    let near = without_gloss(head.trim_end(), vocab).len();
    let direct = np_before(head, near, floor(near));
    let trimmed = vocab.trim_metric_suffix(direct);
    if trimmed.len() < direct.len() && accept(trimmed) && !baseline_before(text, fs, figures) {
        return Some((near - direct.len(), without_years(trimmed).into_owned()));
    }
    // 「AI半導体市場3216億ドル予測」 (a headline's way): a market right before an amount that
    // states its size (a forecast, a scale, or the end of the phrase; not 「EV市場3兆円投資」,
    // whose subject is whoever invests).
    let i = figures.partition_point(|&(s, _)| s < fs);
    let amount = figures.get(i).is_some_and(|&(s, e)| {
        let after = &text[e..];
        s == fs
            && kinds[i] == Kind::Money
            && (after.is_empty()
                || after.starts_with(['、', '。', '，', '！', '？', '：', ' '])
                || SIZE_AFTER_MARKET.iter().any(|w| after.starts_with(w)))
    });
    // (Of something: 「世界市場」, 「日本市場」 alone say where, not what.)
    let of_something = |np: &str| {
        super::vocab::MARKET_WORDS
            .iter()
            .find_map(|m| np.strip_suffix(m))
            .map(|what| without_years(what).trim().to_string())
            .is_some_and(|what| {
                what.chars().count() >= 2
                    && !vocab.is_place(&what)
                    && vocab.scope_words(&what).is_empty()
            })
    };
    if amount && near == head.len() && of_something(direct) && accept(direct) {
        return Some((near - direct.len(), without_years(direct).into_owned()));
    }
    // "…710億ドル規模になると予測される生成AI市場をはじめ": a relative clause that ends
    // right after the figure names its subject.
    if let Some(np) = following_subject(text, fs, vocab) {
        return Some(np);
    }
    // 「前年同期比20%増の330億ドルというAcmeの売上高は」: the measure the amount is said to be.
    // (The figure found by the search above, not by a scan of every figure.)
    if let Some(np) = figures
        .get(i)
        .filter(|&&(s, _)| s == fs)
        .and_then(|&(_, fe)| measure_called(text, fe, vocab))
    {
        return Some(np);
    }
    // 「GoogleのインドAIハブへの150億ドル投資」: a name joined to the figure by 「の」, when a
    // measure word follows the figure, is whose figure it is (ahead of a topic further back).
    if let Some(owner) = genitive_owner(text, fs, figures, vocab) {
        return Some(owner);
    }
    // Particles, nearest first.
    for (i, c) in head.char_indices().rev() {
        // 「AI市場全体で見ると、」, 「…で見れば、」: what is looked at is the topic.
        let viewed = match c {
            'と' => head[..i].strip_suffix("で見る"),
            'ば' => head[..i].strip_suffix("で見れ"),
            _ => None,
        };
        if !matches!(c, 'は' | 'が' | 'も') && viewed.is_none() {
            continue;
        }
        // (「…市場のCAGR（年平均成長率）が」: the measure glossed in brackets.)
        let mut before = without_gloss(viewed.unwrap_or(&head[..i]), vocab);
        // (「生成AI市場に絞っても」, 「国内に限っても」: narrowed to that; 「…で見ても」.)
        for tail in [
            "で見て",
            "だけで",
            "に絞って",
            "に限って",
            "では",
            "で",
            "だけ",
            "たち",
            "ら",
            "自身",
            "自体",
        ] {
            if let Some(b) = before.strip_suffix(tail) {
                // (「…のCAGR（年平均成長率）でも」: the gloss before the particle too.)
                before = without_gloss(b, vocab);
                break;
            }
        }
        let end = before.len();
        let raw = np_before(head, end, floor(end));
        let np = vocab.trim_metric_suffix(raw);
        // 「AIサーバーへの支出は」: spending on something is that thing's spending (as
        // 「AIサーバー支出は」 is), the only phrase that names it.
        if let Some(on) = spent_on(head, end - raw.len(), np) {
            let target = np_before(head, on, floor(on));
            if accept(target) {
                let mut subject = without_years(target).into_owned();
                // 「生成AIへの支出」 is keyed as 「生成AI支出」 is (a field keeps its word).
                if vocab.ends_in_non_subject(&subject) {
                    subject.push_str("支出");
                }
                return Some((on - target.len(), subject));
            }
        }
        // 「Acmeは売上高が…」: a measure word alone is what is measured, not whose it is.
        if vocab.is_metric_word(&super::fold(np)) {
            continue;
        }
        // 「…生成AI市場であり、同市場は」: the market named last before it.
        if let Some(named) = same_market(head, end - raw.len(), np) {
            if accept(named.1.as_str()) {
                return Some(named);
            }
        }
        if np.chars().count() >= 2 && !np.chars().all(|c| c.is_ascii_digit()) {
            if !accept(np) || last_of_names(head, end - raw.len(), np) {
                return None;
            }
            return Some((end - raw.len(), without_years(np).into_owned()));
        }
    }
    // 「2025年にはAI市場全体で2440億ドルに達する」: a market marked with で right before the
    // amount (or before the year it reaches it in) is what reaches it.
    // (「AI市場全体で2440億ドル、生成AI市場で710億ドルに達する」: the first amount's clause
    // leaves its verb to the next amount's.)
    // (The market is looked for first: the verb only when there is one.)
    let reached = || {
        let at = figures.partition_point(|&(s, _)| s < fs);
        figures.get(at).is_some_and(|&(_, fe)| {
            super::reaches(&text[fe..])
                || text[fe..].starts_with('、')
                    && figures
                        .get(at + 1)
                        .is_some_and(|&(_, next)| super::reaches(&text[next..]))
        })
    };
    if let Some(found) = market_before_de(head, floor(head.len())) {
        if accept(found.1.as_str()) && reached() {
            return Some(found);
        }
    }
    // The phrase that opens the sentence names the subject only in a headline, in Chinese,
    // or when a comma sets it off ("京都のロボット産業、2024年に18%成長").
    // 「「Llama 4、推論速度3倍」というニュース」: a headline quoted at the start of a sentence
    // is read as a headline.
    let quoted = head.strip_prefix('「').filter(|q| !q.contains('」'));
    let lead = if quoted.is_some() {
        '「'.len_utf8()
    } else {
        0
    };
    let head = quoted.unwrap_or(head);
    // The opening phrase, with the spaces of a Latin name (「Meta Llama 4、」).
    let open_end = head
        .char_indices()
        .find(|&(i, c)| !(np_char(c) || c == ' ' && latin_space_at(head, i)))
        .map_or(head.len(), |(i, _)| i);
    if !(headline
        || quoted.is_some()
        || lang == Lang::Zh
        || head[open_end..].starts_with(['、', '，', ',']))
    {
        return None;
    }
    let open_end = figures
        .iter()
        .zip(kinds)
        .filter(|&(&(s, _), &k)| s >= lead && s - lead < open_end && k != Kind::Year)
        .map(|(&(s, _), _)| s - lead)
        .min()
        .unwrap_or(open_end);
    // Digits that end the phrase are a figure's unless they are a name's version
    // (「Llama 4」, 「GPT-5」, 「Qwen3」).
    let phrase = &head[..open_end];
    let digits = phrase.trim_end_matches(|c: char| c.is_ascii_digit());
    let version = digits
        .chars()
        .next_back()
        .is_some_and(|c| c == ' ' || c == '-' || c == '.' || c.is_ascii_alphabetic());
    let phrase = if version { phrase } else { digits };
    let np = vocab.trim_metric_suffix(strip_leading_period(phrase));
    let np = cut_at_year(np);
    let np = vocab.trim_metric_suffix(np);
    // Where the phrase left starts (past a leading year: 「2026年フィジカルAI市場、…」), so
    // that the words between it and the figure are the words after it.
    let at = lead + (np.as_ptr() as usize - head.as_ptr() as usize);
    let np = without_years(np);
    let trimmed = vocab.trim_metric_suffix(np.trim_start_matches(['の', '的']));
    let at = at + (np.len() - np.trim_start_matches(['の', '的']).len());
    (trimmed.chars().count() >= 2 && !vocab.is_anaphor(trimmed) && !vocab.is_non_subject(trimmed))
        .then(|| (at, trimmed.to_string()))
}

/// `head` without the gloss of a measure word it ends with: 「年平均成長率（CAGR）」 →
/// 「年平均成長率」, 「CAGR（年平均成長率）」 → 「CAGR」 (the bracket holds a measure word alone).
fn without_gloss<'a>(head: &'a str, vocab: &Vocab) -> &'a str {
    let Some(inner) = head.strip_suffix(['）', ')']) else {
        return head;
    };
    let Some(open) = inner.rfind(['（', '(']) else {
        return head;
    };
    let gloss = inner[open..].trim_start_matches(['（', '(']).trim();
    let measure = gloss.chars().count() >= 2 && vocab.is_metric_word(&super::fold(gloss));
    // (The measure word it glosses stands right before the bracket.)
    if measure && vocab.trim_metric_suffix(&inner[..open]).len() < open {
        &inner[..open]
    } else {
        head
    }
}

/// Where the thing spent on ends when `np`, starting at byte `at` of `head`, is a word of
/// spending written after it with 「への」, 「向けの」 or 「に対する」 (「AIサーバーへの支出」).
fn spent_on(head: &str, at: usize, np: &str) -> Option<usize> {
    if !super::vocab::SPENDING_WORDS.contains(&np) {
        return None;
    }
    let mut before = &head[..at];
    // 「エッジコンピューティングへの世界的な支出」: how widely, between the two.
    for wide in ["世界的な", "全世界の", "世界の", "グローバルな", "国内の"] {
        if let Some(b) = before.strip_suffix(wide) {
            before = b;
            break;
        }
    }
    ["への", "向けの", "向け", "に対する"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .map(str::len)
}

/// Words that may stand between an owner's 「の」 and its figure: qualifiers of the amount.
const AMOUNT_LEADS: &[&str] = &["総額", "合計", "累計", "最大", "約", "計"];

/// Whether figure `fs` is a multiple of what is joined to it by 「の」: 「前モデルの3倍」,
/// 「Blackwellの5倍の推論性能」 measure against the thing named, which is not whose figure it
/// is; 「画像生成速度の2倍化」 doubles the thing named.
pub(super) fn baseline_before(text: &str, fs: usize, figures: &[(usize, usize)]) -> bool {
    let Some(&(_, fe)) = figures.iter().find(|&&(s, _)| s == fs) else {
        return false;
    };
    text[..fs].trim_end_matches(' ').ends_with('の')
        && text[fs..fe].contains('倍')
        && !text[fe..].starts_with(['化', '増'])
}

/// Whose figure it is when a name is joined to it by 「の」 and a measure word follows it:
/// 「MetaのLlama 4への500億ドル投資」 → Meta (the recipient after it narrows the key later),
/// 「KDDIの約600億円の投資」 → KDDI. Only a name (a company, a place, a Latin or katakana
/// name): 「AIインフラの1000億ドル投資」 names what is invested in, not who invests.
fn genitive_owner(
    text: &str,
    fs: usize,
    figures: &[(usize, usize)],
    vocab: &Vocab,
) -> Option<(usize, String)> {
    let &(_, fe) = figures.iter().find(|&&(s, _)| s == fs)?;
    if baseline_before(text, fs, figures) {
        return None;
    }
    // The measure word right after the figure: 「N投資」, 「Nの投資」, 「Nという投資」, 「N規模の投資」.
    let after = text[fe..].trim_start_matches(' ');
    let after = ["という", "規模の", "の", "もの"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let word_end = after
        .char_indices()
        .find(|&(_, c)| !np_char(c) || c == 'の')
        .map_or(after.len(), |(i, _)| i);
    let word = super::fold(&after[..word_end]);
    if vocab
        .metric_words()
        .find(&word)
        .is_none_or(|m| m.start() != 0)
    {
        return None;
    }
    let mut head = text[..fs].trim_end_matches(' ');
    while let Some(h) = AMOUNT_LEADS.iter().find_map(|w| head.strip_suffix(w)) {
        head = h;
    }
    let head = head.strip_suffix('の')?;
    // 「XのYへの」: the owner is X, Y is what the figure goes to.
    let to = head
        .strip_suffix('へ')
        .or_else(|| head.strip_suffix("に対する"));
    let np = np_before(to.unwrap_or(head), to.unwrap_or(head).len(), 0);
    // 「Scale AIへの143億ドルの投資」 names only what receives it.
    let owner = match np.split_once('の') {
        Some((owner, _)) => owner,
        None if to.is_some() => return None,
        None => np,
    }
    .trim_end_matches('的');
    let (key, scope) = vocab.normalise(owner);
    let named = is_name(owner) || vocab.is_company(&key) || key.is_empty() && !scope.is_empty();
    named.then(|| owner_at(text, owner, vocab)).flatten()
}

/// The subject named by a relative clause that closes soon after the figure: a verb ending in
/// れる / される / とされる followed by a noun phrase and a particle.
fn following_subject(text: &str, fs: usize, vocab: &Vocab) -> Option<(usize, String)> {
    let tail = &text[fs..];
    let limit = tail.char_indices().nth(24).map_or(tail.len(), |(i, _)| i);
    let window = &tail[..limit];
    if window.contains(['、', '，', '。']) {
        return None;
    }
    for marker in [
        "される",
        "とされる",
        "見込まれる",
        "予想される",
        "予測される",
    ] {
        if let Some(i) = window.find(marker) {
            let start = fs + i + marker.len();
            let rest = &text[start..];
            let end = rest
                .char_indices()
                .find(|&(_, c)| !np_char(c))
                .map_or(rest.len(), |(j, _)| j);
            let np = vocab.trim_metric_suffix(&rest[..end]);
            let next = rest[end..].chars().next();
            if np.chars().count() >= 2
                && matches!(next, Some('を' | 'が' | 'は' | 'に' | 'で' | 'も'))
                && !vocab.is_non_subject(np)
            {
                return Some((start, np.to_string()));
            }
        }
    }
    None
}

/// The owner of the measure an amount ending at `fe` is called right after it: 「Nという」, a
/// noun phrase that ends in a measure word (「Acmeの売上高」), and a particle. The owner is the
/// name before the measure word.
fn measure_called(text: &str, fe: usize, vocab: &Vocab) -> Option<(usize, String)> {
    if !text[fe..].starts_with("という") {
        return None;
    }
    let start = fe + "という".len();
    let rest = &text[start..];
    let end = rest
        .char_indices()
        .find(|&(_, c)| !np_char(c))
        .map_or(rest.len(), |(j, _)| j);
    if !rest[end..].starts_with(['は', 'が', 'を', 'も']) {
        return None;
    }
    let phrase = &rest[..end];
    let owner = vocab.trim_metric_suffix(phrase);
    let owner = owner.trim_end_matches(['の', '的']);
    // (A name: 「巨額のAI投資」, 「破格の投資」, 「史上最大の投資」 describe the amount.)
    (owner.len() < phrase.len()
        && owner.chars().count() >= 2
        && is_name(owner)
        && !owner.contains('の')
        && !vocab.is_non_subject(owner)
        && !vocab.is_anaphor(owner))
    .then(|| (start, owner.to_string()))
}

/// How far before a figure (bytes) an open bracket around it is looked for.
const BRACKET_WINDOW: usize = 600;

/// The byte offset of a bracket opened before the end of `head` and not yet closed.
fn open_bracket(head: &str) -> Option<usize> {
    // Only the last stretch before the figure: the cost stays the same however long the line.
    let floor = head.floor_char_boundary(head.len().saturating_sub(BRACKET_WINDOW));
    let mut depth = 0i32;
    for (i, c) in head[floor..]
        .char_indices()
        .rev()
        .map(|(i, c)| (floor + i, c))
    {
        match c {
            '）' | ')' => depth += 1,
            '（' | '(' => {
                if depth == 0 {
                    return Some(i);
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// Cuts a phrase where a year starts (`深圳无人机产业2024年规模` → `深圳无人机产业`).
fn cut_at_year(np: &str) -> &str {
    let b = np.as_bytes();
    for i in 0..b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()) {
            let n = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
            if n == 4 && np[i + n..].starts_with('年') {
                return &np[..i];
            }
        }
    }
    np
}

/// The most words an English subject may have.
const MAX_SUBJECT_WORDS: usize = 8;

/// How far back before a figure an English subject is looked for (bytes): the search is
/// linear in the line however long it is.
const ENGLISH_WINDOW: usize = 300;

fn english_subject(head: &str, vocab: &Vocab) -> Option<(usize, String)> {
    let cut = head.floor_char_boundary(head.len().saturating_sub(ENGLISH_WINDOW));
    english_subject_in(&head[cut..], vocab).map(|(at, s)| (cut + at, s))
}

fn english_subject_in(head: &str, vocab: &Vocab) -> Option<(usize, String)> {
    const STOP: &[&str] = &[
        "in", "at", "to", "by", "for", "from", "was", "is", "are", "were", "reached", "hit", "of",
        "and", "but", "while", "that", "which", "with", "as", "on", "put", "said", "says", "has",
        "had", "have", "will", "would", "could", "about", "around", "estimate", "later", "a", "an",
        "the",
    ];
    let folded = head.to_ascii_lowercase();
    // "growth of X in 2024 at" → X.
    let metric = vocab.metric_words().find_iter(folded.as_str()).last();
    if let Some(m) = metric {
        let after = &head[m.end()..];
        if let Some(rest) = after.strip_prefix(" of ") {
            let words: Vec<&str> = rest
                .split_whitespace()
                .take(MAX_SUBJECT_WORDS)
                .take_while(|w| !STOP.contains(&w.to_ascii_lowercase().as_str()))
                .collect();
            if !words.is_empty() {
                return Some((m.end() + 4, words.join(" ")));
            }
        }
        let before = &head[..m.start()];
        // A subject is a noun phrase: a few words, never a whole run-on line.
        let mut words: Vec<&str> = before
            .split_whitespace()
            .rev()
            .take(MAX_SUBJECT_WORDS)
            .take_while(|w| {
                !STOP.contains(
                    &w.to_ascii_lowercase()
                        .trim_matches(|c: char| !c.is_alphanumeric()),
                ) && !w.ends_with(',')
            })
            .collect();
        words.reverse();
        if !words.is_empty() {
            let s = words.join(" ");
            let s = s
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_string();
            if s.len() >= 3 && !vocab.is_anaphor(&s) {
                return Some((0, s));
            }
        }
    }
    None
}

/// Whose figure it is when the words right before it say so: 「Claudeの約75%」 → Claude. The
/// byte offset of the name and the name.
pub(super) fn owner_before(text: &str, fs: usize, vocab: &Vocab) -> Option<(usize, String)> {
    let mut head = text[..fs].trim_end_matches([' ', '約']);
    for w in ["最大", "最高", "平均"] {
        head = head.strip_suffix(w).unwrap_or(head);
    }
    let head = head.strip_suffix('の')?;
    owner_at(text, np_before(head, head.len(), 0), vocab)
}

/// An owner's name (`np`, a slice of `text`) with its byte offset in `text`, when it can name
/// one: two characters or more, not a figure, a word that names no subject or an anaphor.
fn owner_at(text: &str, np: &str, vocab: &Vocab) -> Option<(usize, String)> {
    let usable = np.chars().count() >= 2
        && !np.starts_with(|c: char| c.is_ascii_digit())
        && !vocab.is_non_subject(np)
        && !vocab.is_anaphor(np);
    usable.then(|| {
        (
            np.as_ptr() as usize - text.as_ptr() as usize,
            np.to_string(),
        )
    })
}

/// What an article is about, from its title: the name it opens with, after a framing year
/// (「2026年ソフトバンク、国産LLM…」 → ソフトバンク; 「Alibabaの「Qwen3-Max」は…」 → Alibaba).
/// Only a name: a Latin word with a capital, or katakana; a common noun (「AI投資の行方」)
/// names no one thing.
pub(super) fn title_topic(title: &str, vocab: &Vocab) -> Option<String> {
    let t = title.trim_start_matches(super::TITLE_OPENERS);
    let t = strip_leading_period(t);
    let t = t.trim_start_matches([' ', '　', '、', '，', ',']);
    let katakana = |c: char| ('\u{30A0}'..='\u{30FF}').contains(&c) && c != '・' || c == 'ー';
    let latin = |c: char| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '.' | '&');
    let name = if t.starts_with(|c: char| c.is_ascii_uppercase()) {
        let run = t.split(|c: char| !latin(c)).next().unwrap_or("");
        // A number glued to what follows is an amount, not part of the name (「Baidu 600億」).
        let glued = t[run.len()..].starts_with(|c: char| !c.is_ascii() && c != '、');
        match run.trim_end().rsplit_once(' ') {
            Some((name, last)) if glued && last.bytes().all(|b| b.is_ascii_digit()) => name,
            _ => run,
        }
        .trim()
    } else {
        let end = t.find(|c: char| !katakana(c)).unwrap_or(t.len());
        &t[..end]
    };
    // A well-known company whose name mixes scripts (「SKハイニックス」, 「トヨタ自動車」) is
    // named whole: the phrase up to its particle, when the vocabulary knows it.
    let phrase_end = t
        .find(|c: char| {
            matches!(
                c,
                'は' | 'が'
                    | 'の'
                    | 'も'
                    | 'と'
                    | '、'
                    | '，'
                    | ','
                    | '。'
                    | ' '
                    | '　'
                    | '「'
                    | '（'
                    | '('
            )
        })
        .unwrap_or(t.len());
    let name = match &t[..phrase_end] {
        phrase if phrase.len() > name.len() && vocab.is_company(&vocab.normalise(phrase).0) => {
            phrase
        }
        _ => name,
    };
    let is_name = name.chars().count() >= 2
        && name.chars().count() <= 24
        && !vocab.is_non_subject(name)
        && !vocab.is_anaphor(name);
    is_name.then(|| name.to_string())
}

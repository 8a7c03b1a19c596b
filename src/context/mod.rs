//! Contextualising: figures → claims. A claim is a figure with the subject it is about, the
//! metric it measures and the period it refers to, read from its sentence and clause with the
//! vocabularies in `rules/vocab.*.yaml`.
//!
//! The work is split by what is read: `vocab` compiles the vocabularies, `subject` finds
//! what a figure is about, `metric` what it measures and `period` when; this module puts
//! them together into claims, one sentence at a time.

mod benchmark;
pub(crate) mod change;
pub(crate) mod contract;
mod metric;
mod period;
mod population;
pub mod spec;
mod subject;
pub(crate) mod subscription;
mod vocab;

pub use vocab::{fold, word_script, Script, Vocab};

/// Whether a subject as written names someone (a company, a model: Amazon, アマゾン, xAI)
/// rather than an area or a market.
pub fn names_someone(subject: &str) -> bool {
    subject::is_name(subject.trim())
}

/// Whether `words` give a clause a subject of its own: a 「が」, or a 「は」 that is not part of
/// 「には」「では」「とは」 (「営業利益は」, not 「9月には」).
pub fn names_subject(words: &str) -> bool {
    words
        .char_indices()
        .any(|(i, c)| c == 'が' || c == 'は' && !words[..i].ends_with(['に', 'で', 'と']))
}

use crate::figure::{Bound, Figure, Kind};
use crate::load::prose::BlockKind;
use crate::load::Document;
use benchmark::{bound_benchmark, list_lead, names_other_model};
use metric::{is_restatement, list_metric, metric_for, topic_list_metric, Scene};
use period::period_of;
use rust_decimal::prelude::ToPrimitive;
use std::collections::BTreeSet;
use subject::{
    acquired_target, owner_before, qualifier_between, recipient_between, subject_of, title_topic,
};
use vocab::{fold_same_len, kind_bit};

/// Who a figure is attributed to.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Source {
    /// An organisation the vocabulary names (IDC, Gartner …), in its canonical spelling.
    Named(String),
    /// One estimate among others, from a source not named ("別のレポートでは").
    Another,
}

impl Source {
    /// The organisation's name, or `another estimate`.
    pub fn as_str(&self) -> &str {
        match self {
            Source::Named(name) => name,
            Source::Another => "another estimate",
        }
    }
}

/// A figure in context.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Claim {
    /// Index into `Corpus::figures`.
    pub figure: usize,
    pub doc: usize,
    /// The subject as written (trimmed).
    pub subject: String,
    /// The subject normalised for matching.
    pub key: String,
    /// Scope words and places the subject names, sorted and joined with `,`.
    pub scope: String,
    pub metric: String,
    /// `2024`, `2024H1`, `2024Q3`, `2025-06`, `FY2025`, or none.
    pub period: Option<String>,
    /// ISO code for money, `%`, `pp`, or the counter word.
    pub unit: String,
    /// The values the figure allows, from its precision, approximation, bound and range.
    pub low: f64,
    pub high: f64,
    /// The figure's value.
    pub value: f64,
    /// From a title, heading or front-matter summary: a headline restating the body.
    pub headline: bool,
    /// The organisation the figure is attributed to (IDC, Gartner …), if the sentence names
    /// one: estimates of different sources do not contradict each other.
    pub source: Option<Source>,
    /// A title's leading year that frames the title (「2026年Figure AIの39億ドル評価額…」, an
    /// SEO prefix) rather than dating its figure: the claim has no period, and is compared
    /// only with body figures of that year or of none.
    pub framing: Option<String>,
    /// Where the subject comes from when the figure's sentence does not write it.
    pub inherited: Option<Inherited>,
}

/// Where a claim's subject comes from when its sentence does not write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Inherited {
    /// It continues the sentence before (Japanese drops a subject that continues).
    Sentence,
    /// The article's topic, from its title: a model's score stated with no name near it.
    Title,
    /// The same amount stated with its measure elsewhere in the article (「この960億ドルという数
    /// 字は」 restates the 960億ドル of the loan named before): subject, measure and period
    /// are that claim's.
    Restated,
    /// The other side of a conversion (「920億ドル（約13兆9,575億円）」): the amount converted,
    /// in another currency; subject, measure and period are the converted amount's claim's.
    /// Rules compare the amount as first written, never its conversion (the conversion rules
    /// check the rate).
    Converted,
}

impl Claim {
    /// Whether rules compare it: every claim but the other side of a conversion, which states
    /// the converted amount again ([`Inherited::Converted`]), and a fall of more than 100%,
    /// which is wrong whatever else is said (`impossible-fall` reports it): set against
    /// another article's 20% cut it would only say that two numbers differ.
    pub fn compared(&self) -> bool {
        self.inherited != Some(Inherited::Converted) && !self.impossible_fall()
    }

    fn impossible_fall(&self) -> bool {
        self.unit == "%" && self.metric.starts_with("reduction of ") && self.low > 100.0
    }

    /// Whether its value is a percentage, percentage points or a benchmark score (88.7 on
    /// MMLU, a percentage written without its sign): tolerances for it are in points rather
    /// than a fraction of the value.
    pub fn in_points(&self) -> bool {
        self.unit == "%" || self.unit == "pp" || self.metric.starts_with("score on ")
    }
}

/// The subject a sentence leaves to the next one of its paragraph: Japanese drops a subject
/// that continues (「A社は…に達した。2025年には…を見込む。」).
#[derive(Clone)]
struct Carry {
    /// The sentence that stated or inherited it.
    sentence: usize,
    subject: String,
    key: String,
    scope: String,
    /// The measure (metric and unit) of the sentence's last claim of this subject: an amount
    /// of the same unit that goes on with no measure or subject of its own continues it
    /// (「…市場は2023年に4,000億円に達した。2024年には5,000億円を見込む。」).
    measure: Option<(usize, String)>,
}

/// The claims of one document; `figures` are its figures, the first at index `base`.
pub fn doc_claims(doc: &Document, figures: &[Figure], base: usize, vocab: &Vocab) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut carry: Option<Carry> = None;
    let topic = article_topic(doc, vocab);
    // The figures that restate the amount before them in another currency.
    let mut restated = Vec::new();
    let mut i = 0;
    while i < figures.len() {
        let sentence = figures[i].sentence;
        let mut j = i;
        while j < figures.len() && figures[j].sentence == sentence {
            j += 1;
        }
        // Only from the sentence right before, in the same block.
        let inherited = carry
            .take()
            .filter(|c| {
                c.sentence + 1 == sentence
                    && doc.sentences.get(c.sentence).map(|s| s.block)
                        == doc.sentences.get(sentence).map(|s| s.block)
            })
            .or_else(|| referred_company(doc, sentence, vocab))
            .filter(|_| !opens_with_contrast(doc, sentence));
        // Years alone make no claim: such sentences (most of those with a figure) stop here.
        carry = if figures[i..j].iter().all(|f| kind_bit(f.raw.kind) == 0) {
            None
        } else {
            let sentence = Sentence {
                doc,
                figs: &figures[i..j],
                base: base + i,
                topic: topic.as_ref(),
            };
            sentence_claims(&sentence, vocab, inherited, &mut out, &mut restated)
        };
        i = j;
    }
    restatements(doc, figures, base, &restated, &mut out);
    table_scores(doc, figures, base, vocab, &mut out);
    table_measures(doc, figures, base, vocab, &mut out);
    out
}

/// Measures in a table: a cell that holds only an amount, in a row labelled with a name (a
/// company, a product, a model) and a column whose header is a measure word for that kind of
/// amount (「入力料金」, 「売上高」, 「評価額（ドル）」), is that name's measure; or the other way
/// round, names across the header and measure words down the first column. A header that
/// names a year is left alone (the year would be the claim's period, and a table of years is
/// read better by hand than guessed).
fn table_measures(
    doc: &Document,
    figures: &[Figure],
    base: usize,
    vocab: &Vocab,
    out: &mut Vec<Claim>,
) {
    // The measure a label is, alone (brackets aside: 「入力料金（100万トークンあたり）」).
    let measure = |text: &str| -> Option<usize> {
        if names_a_year(text) {
            return None;
        }
        let bare = vocab::fold(&metric::without_brackets(text));
        let bare = bare.trim_matches(['*', ' ']);
        let m = vocab.metric_words().find(bare)?;
        (m.start() == 0 && m.end() == bare.len())
            .then(|| vocab.metric_of_word[m.pattern().as_usize()])
    };
    // The name a label is: a company, a product, a model.
    let name = |text: &str| -> Option<String> {
        let text = text.trim_matches(['*', ' ']);
        let usable = subject::is_name(text)
            && text.chars().count() >= 2
            && !names_a_year(text)
            && !vocab.is_metric_word(&vocab::fold(text))
            && !vocab.is_non_subject(text)
            && vocab.benchmarks_in(text).is_empty();
        usable.then(|| text.to_string())
    };
    // (「$2.50」, 「約3,200億ドル」.)
    for (k, row, head) in lone_cells(doc, figures, base, out, |f| kind_bit(f.raw.kind) != 0) {
        let f = &figures[k];
        let found = match (measure(head), name(row)) {
            (Some(m), Some(n)) => Some((m, n)),
            _ => measure(row).zip(name(head)),
        };
        let Some((m, subject)) = found else {
            continue;
        };
        if vocab.metrics[m].1 & kind_bit(f.raw.kind) == 0
            // (A plan's price needs the product's name: 「Pro」 alone is some product's tier.)
            || vocab.metrics[m].0 == subscription::METRIC && !subscription::names_plan(&subject)
        {
            continue;
        }
        if let Some(claim) = cell_claim(f, base + k, subject, vocab.metrics[m].0.clone(), vocab) {
            out.push(claim);
        }
    }
}

/// The figures of `figures` that stand alone in a table cell of a row and a column with
/// labels, and no claim of `out` has: `(index, row label, column header)`. A cell that says
/// more than its figure (a sentence, 「約50億ドル（推定）」) is left out.
fn lone_cells<'d>(
    doc: &'d Document,
    figures: &[Figure],
    base: usize,
    out: &[Claim],
    wanted: impl Fn(&Figure) -> bool,
) -> Vec<(usize, &'d str, &'d str)> {
    if !doc.blocks.iter().any(|b| b.cell.is_some()) {
        return Vec::new();
    }
    let cells: std::collections::HashMap<crate::load::prose::Cell, usize> = doc
        .blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| b.cell.map(|c| (c, i)))
        .collect();
    let claimed: std::collections::HashSet<usize> = out.iter().map(|c| c.figure).collect();
    let label = |at: crate::load::prose::Cell| cells.get(&at).map(|&i| doc.blocks[i].text.trim());
    let mut found = Vec::new();
    for (k, f) in figures.iter().enumerate() {
        if claimed.contains(&(base + k)) || !wanted(f) {
            continue;
        }
        let Some(block) = doc.sentences.get(f.sentence).map(|s| &doc.blocks[s.block]) else {
            continue;
        };
        let Some((t, r, c)) = block.cell else {
            continue;
        };
        let rest = block.text.replacen(f.text.as_str(), "", 1);
        if r == 0 || c == 0 || rest.chars().any(|ch| ch.is_alphanumeric()) {
            continue;
        }
        if let (Some(row), Some(head)) = (label((t, r, 0)), label((t, 0, c))) {
            found.push((k, row, head));
        }
    }
    found
}

/// The claim of a table cell's figure: undated, of `subject` as named by its label.
fn cell_claim(
    f: &Figure,
    figure: usize,
    subject: String,
    metric: String,
    vocab: &Vocab,
) -> Option<Claim> {
    let (key, scope) = vocab.normalise(&subject);
    if key.chars().count() < 2 {
        return None;
    }
    let (low, high) = interval(f, vocab.settings.approx_tolerance);
    Some(Claim {
        figure,
        doc: f.doc,
        subject,
        key,
        scope,
        metric,
        period: None,
        unit: f.raw.unit.clone(),
        low,
        high,
        value: f.raw.value.to_f64().unwrap_or(f64::NAN),
        headline: false,
        source: None,
        framing: None,
        inherited: None,
    })
}

/// Whether a label names a year (「2025年」, 「FY2024」, 「2024年度」): a run of exactly four
/// digits from 1900 to 2099.
fn names_a_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() == 4 && run.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y)))
}

/// Scores in a benchmark table: a cell that holds only a score, whose row is labelled with
/// one benchmark and whose column header names a model (or the other way round: models in
/// rows, benchmarks in the header), is that model's score on that benchmark.
fn table_scores(
    doc: &Document,
    figures: &[Figure],
    base: usize,
    vocab: &Vocab,
    out: &mut Vec<Claim>,
) {
    // The benchmark one label names and the model the other names.
    let pick = |bench: &str, model: &str| -> Option<(String, String)> {
        let named = vocab.benchmarks_in(bench);
        let [(_, _, name)] = named.as_slice() else {
            return None;
        };
        let model = model.trim_matches(['*', ' ']);
        let usable = subject::is_name(model)
            && model.chars().count() >= 2
            && vocab.benchmarks_in(model).is_empty();
        usable.then(|| (name.clone(), model.to_string()))
    };
    // (「88.7%」, 「**88.7**」.)
    let scores = |f: &Figure| matches!(f.raw.kind, Kind::Percent | Kind::Number);
    for (k, row, head) in lone_cells(doc, figures, base, out, scores) {
        let Some((bench, model)) = pick(row, head).or_else(|| pick(head, row)) else {
            continue;
        };
        let metric = format!("score on {bench}");
        if let Some(claim) = cell_claim(&figures[k], base + k, model, metric, vocab) {
            out.push(claim);
        }
    }
}

/// The claim of figure `k` when it is a part of the sentence's last claim: the words between
/// them say 「そのうち」 or 「うち」 and name the part before が / は (「そのうちデータセンター部門
/// が512億ドル」), and the figure is of the same unit. The part is measured as the whole is, for
/// the same period, and keyed `whole@part`.
fn part_of_last(
    text: &str,
    pos: &[(usize, usize)],
    k: usize,
    (claims, base): (&[Claim], usize),
    f: &Figure,
    vocab: &Vocab,
) -> Option<Claim> {
    let (last, gap) = after_last(text, pos, k, (claims, base), f)?;
    let at = gap.find("うち")?;
    let rest = gap[at + "うち".len()..].trim_start_matches(['、', '，', ' ']);
    let (segment, particle) = ["が", "は"]
        .iter()
        .filter_map(|p| rest.find(p).map(|i| (&rest[..i], &rest[i..])))
        .min_by_key(|(seg, _)| seg.len())?;
    // The part is named right before its figure: 「…部門が512億ドル」, not 「…部門が占める…」.
    if particle.chars().count() > 3
        || segment.chars().count() < 2
        || segment
            .chars()
            .any(|c| c.is_ascii_digit() || "、，。".contains(c))
        || vocab.is_non_subject(segment)
    {
        return None;
    }
    let (part, _) = vocab.normalise(segment);
    if part.chars().count() < 2 {
        return None;
    }
    Some(Claim {
        subject: format!("{}（{segment}）", last.subject),
        key: format!("{}@{part}", last.key),
        ..going_on_from(last, f, base + k, vocab)
    })
}

/// The sentence's last claim, when figure `k` comes after it in the same unit and it is no
/// headline's, and the words between the two.
fn after_last<'c, 't>(
    text: &'t str,
    pos: &[(usize, usize)],
    k: usize,
    (claims, base): (&'c [Claim], usize),
    f: &Figure,
) -> Option<(&'c Claim, &'t str)> {
    // (Past the rise that leads to this amount: 「…も同9割増の120億ドル」.)
    let leads_here =
        |c: &&Claim| c.unit == "%" && c.metric.starts_with("growth") && c.figure + 1 == base + k;
    let last = match claims {
        [.., last, rise] if leads_here(&rise) => last,
        [.., last] => last,
        [] => return None,
    };
    let lk = last.figure.checked_sub(base)?;
    let (fs, le) = (pos[k].0, pos.get(lk)?.1);
    if last.unit != f.raw.unit || le > fs || last.headline {
        return None;
    }
    Some((last, &text[le..fs]))
}

/// Figure `figure` (`f`) as a claim that goes on from `last`: its measure, subject and period,
/// with `f`'s value, inherited from the sentence.
fn going_on_from(last: &Claim, f: &Figure, figure: usize, vocab: &Vocab) -> Claim {
    let (low, high) = interval(f, vocab.settings.approx_tolerance);
    Claim {
        figure,
        doc: f.doc,
        low,
        high,
        value: f.raw.value.to_f64().unwrap_or(f64::NAN),
        framing: None,
        inherited: Some(Inherited::Sentence),
        ..last.clone()
    }
}

/// The claim of figure `k` when it is the same measure for another place, listed after the
/// sentence's last claim (「米国の民間AI投資が1,091億ドルに達し、中国の93億ドル、英国の45億ドル
/// を上回る」): the words before it are only a place and 「の」, the last claim is scoped to one
/// place, and the figure is of the same unit. Its scope is that place.
fn place_of_last(
    text: &str,
    pos: &[(usize, usize)],
    k: usize,
    (claims, base): (&[Claim], usize),
    f: &Figure,
    vocab: &Vocab,
) -> Option<Claim> {
    let (last, gap) = after_last(text, pos, k, (claims, base), f)?;
    if last.scope.is_empty()
        || last.scope.contains(',')
        || !matches!(f.raw.kind, Kind::Money | Kind::Count)
    {
        return None;
    }
    let owner = gap.trim_end().strip_suffix('の')?;
    let owner = owner.rsplit(['、', '，', ',']).next().unwrap_or("").trim();
    // Only a list: the gap is the last claim's own words (「に達し」) and the place.
    if gap.chars().count() > 16 || !gap.contains(['、', '，', ',']) {
        return None;
    }
    let (key, scope) = vocab.normalise(owner);
    // A place alone keys as its own name.
    if !(key.is_empty() || key == scope)
        || scope.is_empty()
        || scope.contains(',')
        || scope == last.scope
    {
        return None;
    }
    Some(Claim {
        // Named after the list's first claim: 「英国（米国の民間AI）」, not nested.
        subject: {
            let root = match (last.subject.find('（'), last.subject.strip_suffix('）')) {
                (Some(open), Some(inner)) if last.inherited.is_some() => {
                    &inner[open + '（'.len_utf8()..]
                }
                _ => last.subject.as_str(),
            };
            format!("{owner}（{root}）")
        },
        scope,
        source: None,
        ..going_on_from(last, f, base + k, vocab)
    })
}

/// The claim of figure `k` when it is the same measure for another well-known company, listed
/// after the sentence's last claim, which is a company's (「マイクロソフトは設備投資額を…140億
/// ドルに、グーグル親会社のアルファベットも同9割増の120億ドルに」): the item after the list's
/// comma names one company other than the last claim's, as the subject of its clause (「も」,
/// 「は」, 「が」), and no year of its own.
fn company_of_last(
    text: &str,
    pos: &[(usize, usize)],
    k: usize,
    (claims, base): (&[Claim], usize),
    f: &Figure,
    vocab: &Vocab,
) -> Option<Claim> {
    let (last, gap) = after_last(text, pos, k, (claims, base), f)?;
    if !matches!(f.raw.kind, Kind::Money | Kind::Count)
        || last.key.contains(['→', '@'])
        || !vocab.is_company(&last.key)
        || gap.chars().count() > 40
    {
        return None;
    }
    let (_, item) = gap.rsplit_once(['、', '，'])?;
    let name = only_company_in(item, vocab)?;
    let (key, _) = vocab.normalise(&name);
    let after = &item[item.rfind(name.as_str())? + name.len()..];
    let after = after.trim_start_matches('社');
    if key == last.key
        || !after.starts_with(['も', 'は', 'が'])
        || after.chars().count() > 12
        || has_digit(after) && after.contains('年')
    {
        return None;
    }
    Some(Claim {
        subject: name,
        key,
        scope: String::new(),
        ..going_on_from(last, f, base + k, vocab)
    })
}

/// An API's prices per token ([`price_variant`] tells their variants apart).
pub const PRICE_METRICS: &[&str] = &["input_price", "output_price"];

/// Which price per token a clause gives (`cs`: its start, `fe`: the figure's end): per million
/// tokens unless the words near say per thousand, and for cached or batched requests apart
/// (「キャッシュ入力$0.31」 is not the input price).
fn price_variant(text: &str, cs: usize, fe: usize) -> &'static str {
    let end = text.floor_char_boundary((fe + 40).min(text.len()));
    let near = text[cs.min(end)..end].to_lowercase();
    let mut variant = "";
    if ["キャッシュ", "cached", "cache", "缓存"].iter().any(|w| {
        near.get(..fe.saturating_sub(cs))
            .unwrap_or(&near)
            .contains(w)
    }) {
        variant = " (cached)";
    } else if ["バッチ", "batch", "批量"].iter().any(|w| near.contains(w)) {
        variant = " (batch)";
    }
    let thousand = [
        "1kトークン",
        "1k トークン",
        "1,000トークン",
        "1000トークン",
        "千トークン",
        "1k tokens",
        "1,000 tokens",
        "1000 tokens",
        "thousand tokens",
        "/1k",
        "1kあたり",
        "1千",
        "千个",
    ]
    .iter()
    .any(|w| near.contains(w));
    match (variant, thousand) {
        ("", true) => " (per 1K tokens)",
        (" (cached)", true) => " (cached, per 1K tokens)",
        (" (batch)", true) => " (batch, per 1K tokens)",
        (v, _) => v,
    }
}

/// Whose price figure `k` is (`cs`: its clause's start; `hits`: the sentence's metric words):
/// the subject found for it, when the clause names the price before the figure (not
/// 「$1.00/$5.00（入力/出力）」), the subject is not the last of a list (「AやBは」: which is
/// whose?), and no other topic comes between it and the figure (「Aは入力$2.50ですが、
/// BやCなどは、入力$0.15」).
fn price_owner(
    own: Option<(usize, String)>,
    scene: &Scene<'_>,
    (k, cs): (usize, usize),
    (hits, metric): (&[(usize, usize, usize)], usize),
    vocab: &Vocab,
) -> Option<(usize, String)> {
    let (at, name) = own?;
    let (text, pos) = (scene.text, scene.pos);
    let fs = pos[k].0;
    if vocab.is_non_subject(&name)
        || vocab.is_anaphor(&name)
        || !hits
            .iter()
            .any(|&(hs, he, m)| m == metric && hs >= cs && he <= fs)
        || text[..at.min(text.len())].ends_with('や')
    {
        return None;
    }
    // The words between the subject's particle and the figure may not bring in another topic.
    let end = (at + name.len()).min(fs);
    let between = &text[text.floor_char_boundary(end)..fs];
    let between = ["では", "は", "が", "も", "の"]
        .iter()
        .find_map(|p| between.strip_prefix(p))
        .unwrap_or(between);
    if ["は", "が", "なら", "であれば"]
        .iter()
        .any(|w| between.contains(w))
    {
        return None;
    }
    // 「GPT-4oのAPI料金は」: the model is whose price it is.
    let mut model = name.trim_end();
    for w in ["利用料金", "利用料", "料金", "価格"] {
        model = model.strip_suffix(w).unwrap_or(model);
    }
    for w in ["API", " ", "の", "経由"] {
        model = model.strip_suffix(w).unwrap_or(model);
    }
    model = model.trim_end_matches([' ', 'の']);
    (!model.is_empty()).then(|| (at, model.to_string()))
}

/// What a product states of itself (a gain over its predecessor or a rival, an accuracy).
pub const PRODUCT_METRICS: &[&str] = &[
    "inference_speed",
    "training_speed",
    "processing_speed",
    "performance",
    "multilingual_performance",
    "dialogue_performance",
    "multimodal_performance",
    "accuracy",
];

/// A product's speeds and performance, whose gains are stated as a percentage or a multiple:
/// what it states of itself, but its accuracy (a gain in accuracy may be in points).
fn speed_metric(metric: &str) -> bool {
    metric != "accuracy" && PRODUCT_METRICS.contains(&metric)
}

/// The unit a multiple (「3倍」) is written in.
const MULTIPLE: &str = "倍";

/// Whether the words after a percentage make it a gain (「50%向上」, 「50%の性能向上」, 「40%
/// アップ」): a gain word within a few words, with no stop, comma or other figure before it,
/// and no fall. Japanese only for now: English writes its multiples as `x` and its gains
/// before the percentage ("improved by 40%"), Chinese too (「提升50%」).
fn gain_follows(after: &str) -> bool {
    let near: String = after
        .chars()
        .take_while(|c| !matches!(c, '。' | '、' | '，' | ',' | '.' | '！' | '？' | '\n'))
        .take(8)
        .collect();
    if has_digit(&near) || change::FALLS.iter().any(|w| near.contains(w)) {
        return false;
    }
    const MORE: &[&str] = &["アップ", "UP", "高速"];
    change::GAINS.iter().chain(MORE).any(|w| near.contains(w))
}

/// Words right after a growth rate that make it a fall (「前年比10%減」, 「5%のマイナス」).
const FALL_AFTER: &[&str] = &[
    "減",
    "の減少",
    "のマイナス",
    "マイナス",
    "縮小",
    "の縮小",
    "下落",
    "の下落",
    "低下",
    "减少",
    "下降",
    "下滑",
    "decline",
    "decrease",
    "drop",
    "fall",
    "lower",
    "down",
];

/// Whether the words after a growth rate make it a fall: its value is then negative, so that a
/// fall never agrees with a rise of the same size.
fn fall_follows(after: &str) -> bool {
    let after = after.trim_start();
    FALL_AFTER.iter().any(|w| after.starts_with(w))
}

/// Words that say what a gain is measured against, after the thing's name.
const AGAINST: &[&str] = &[
    "と比較して",
    "と比較し",
    "と比べて",
    "と比べ",
    "に比べて",
    "に比べ",
    "に対して",
    "比で",
    "比",
    "より",
    "compared with ",
    "compared to ",
    "than ",
];

/// What the sentence up to a figure measures it against (「前世代のGaudi 2と比較して、…2倍」 →
/// `gaudi2`), keyed like a subject; `other` when the sentence compares with something it does
/// not name as a noun phrase.
fn compared_with(head: &str, baseline: bool, vocab: &Vocab) -> Option<String> {
    // 「前モデルの3倍」: a multiple of something named right before it is measured against that.
    if let Some(of) = baseline
        .then(|| head.trim_end_matches(' ').strip_suffix('の'))
        .flatten()
    {
        let (key, _) = vocab.normalise(subject::np_before_pub(of, of.len()));
        if key.chars().count() >= 2 {
            return Some(key);
        }
    }
    // The comparison nearest the figure; of words that end together (比 in と比較して), the
    // longest.
    let (at, _) = AGAINST
        .iter()
        .filter_map(|w| head.rfind(w).map(|i| (i, w)))
        .max_by_key(|&(i, w)| (i + w.len(), w.len()))?;
    let np = subject::np_before_pub(head, at);
    let (key, _) = vocab.normalise(np);
    Some(if key.chars().count() >= 2 {
        key
    } else {
        "other".to_string()
    })
}

/// The key `investor→recipient` of a subject written 「XのY」 when X is a company or a name
/// and Y names something else (「AWSのAIインフラ」 → `aws→aiインフラ`); None when Y is itself a
/// company (「AmazonのAWS」 is AWS) or either part names nothing.
fn investor_and_recipient(subject: &str, vocab: &Vocab) -> Option<String> {
    let (owner, what) = subject.split_once('の')?;
    let (owner_key, _) = vocab.normalise(owner);
    let named = subject::is_name(owner) || vocab.is_company(&owner_key);
    if !named || vocab.is_non_subject(what) {
        return None;
    }
    let (what_key, _) = vocab.normalise(what);
    (owner_key.chars().count() >= 2
        && what_key.chars().count() >= 2
        && !vocab.is_company(&what_key)
        && !vocab.is_non_subject(&what_key))
    .then(|| format!("{owner_key}→{what_key}"))
}

/// Words between two values that offer them as alternatives (「850億ドル、あるいは750億ドル」).
const ALTERNATIVES: &[&str] = &[
    "あるいは",
    "或いは",
    "または",
    "又は",
    "もしくは",
    "ないし",
    "ないしは",
    "或",
    "或者",
    "or",
];

/// Counters of time: 「3年間」, 「6か月」 are durations (and 「30歳」 an age), which measure no
/// thing a claim is about (「3年間で最大6000人」: the 6000人 is the claim) and are no amount of
/// a whole (「4年間で5,000億ドル…その中でも5年間の契約」).
const DURATION_UNITS: &[&str] = &[
    "年",
    "年間",
    "か月",
    "ヶ月",
    "カ月",
    "ケ月",
    "か月間",
    "ヶ月間",
    "カ月間",
    "月",
    "週",
    "週間",
    "日",
    "日間",
    "時間",
    "分",
    "分間",
    "秒",
    "歳",
    "个月",
    "天",
    "小时",
];

/// Whether a counter word is a unit of time (a duration or an age).
pub fn is_duration_unit(unit: &str) -> bool {
    DURATION_UNITS.contains(&unit)
}

/// Whether a figure is a duration or an age (a count of a unit of time).
fn is_duration(f: &Figure) -> bool {
    f.raw.kind == Kind::Count && is_duration_unit(&f.raw.unit)
}

/// Claims for the amounts of a body sentence that made none but point back to an amount the
/// article states with its measure (「この…」, 「…という」; the same value, unit and kind):
/// 「MetaはHyperionに270億ドルを投じる。…この270億ドルという数字は」. When the body states the
/// amount with different subjects or measures, the restatement takes the meaning most of them
/// give (the last before it, between equally many; none when every statement differs), so that
/// a finding lists every place the article repeats its figure. Headlines
/// are left alone (a headline claim is compared with the body's other values), and so are
/// values too common to tell one statement from another (a percentage under 10 with no
/// decimals, a count under 100).
fn restatements(
    doc: &Document,
    figures: &[Figure],
    base: usize,
    conversions: &[usize],
    out: &mut Vec<Claim>,
) {
    let stated = out.len();
    if stated == 0 {
        return;
    }
    let claimed: std::collections::HashSet<usize> = out.iter().map(|c| c.figure).collect();
    let distinctive = |f: &Figure| match f.raw.kind {
        Kind::Money => true,
        Kind::Percent => f.raw.value >= rust_decimal::Decimal::from(10) || f.raw.value.scale() > 0,
        Kind::Count => f.raw.value >= rust_decimal::Decimal::from(100),
        _ => false,
    };
    // 「この960億ドル」, 「今回の20億ドル投資」, 「169%という数字」: words that point back.
    let points_back = |f: &Figure| {
        let before = f.before.trim_end_matches(['「', '『', '"', '“', ' ']);
        let after = f.after.trim_start_matches(['」', '』', '"', '”', ' ']);
        [
            "この",
            "その",
            "今回の",
            "同じ",
            "this ",
            "that ",
            "the same ",
            "这",
            "该",
        ]
        .iter()
        .any(|w| before.ends_with(w))
            || ["という", "とは"].iter().any(|w| after.starts_with(w))
            // (「92%ものリーダーが」: 「もの」 before a population says how many, and the figure
            // is a share of them.)
            || after.strip_prefix("もの").is_some_and(|rest| {
                f.raw.kind != Kind::Percent || !population::opens_with_population(rest)
            })
    };
    for (k, f) in figures.iter().enumerate() {
        if claimed.contains(&(base + k))
            || !distinctive(f)
            || conversions.contains(&(base + k))
            || !points_back(f)
        {
            continue;
        }
        let headline = doc.sentences.get(f.sentence).is_none_or(|s| {
            matches!(
                doc.blocks[s.block].kind,
                BlockKind::Title | BlockKind::Heading | BlockKind::Summary
            )
        });
        if headline {
            continue;
        }
        let value = f.raw.value.to_f64().unwrap_or(f64::NAN);
        let same = |c: &&Claim| c.compared() && c.unit == f.raw.unit && c.value == value;
        let agree =
            |a: &Claim, b: &Claim| a.key == b.key && a.metric == b.metric && a.period == b.period;
        // The body's statements of the amount are restated, when they all say the same thing.
        let body: Vec<&Claim> = out[..stated]
            .iter()
            .filter(same)
            .filter(|c| !c.headline)
            .collect();
        let first = match body.first() {
            Some(first) if body.iter().all(|c| agree(first, c)) => *first,
            // Statements that say different things (a wrong subject among them, or one with
            // what the money goes to): the meaning most of them give, or, between equally
            // many, the one stated last before the figure (「この」 points to it).
            Some(_) => {
                let counts: Vec<usize> = body
                    .iter()
                    .map(|c| body.iter().filter(|d| agree(c, d)).count())
                    .collect();
                let most = counts.iter().copied().max().unwrap_or(0);
                let before: Vec<&Claim> = body
                    .iter()
                    .zip(&counts)
                    .filter(|(c, &n)| n == most && c.figure < base + k)
                    .map(|(c, _)| *c)
                    .collect();
                match before.last() {
                    // Two statements before, each saying something else: no telling which.
                    Some(_) if most == 1 && before.len() > 1 => continue,
                    Some(last) => *last,
                    None => continue,
                }
            }
            // Else a headline's (「MetaがAIチップに100億ドル投下」, then 「この100億ドルという投
            // 資は」), when the headlines give it one meaning and nothing else states that
            // measure: the body then says what its headline says, and no headline value
            // is set against a body value that only copies another headline's.
            None => {
                let heads: Vec<&Claim> = out[..stated].iter().filter(same).collect();
                let Some(first) = heads.first().copied() else {
                    continue;
                };
                if !heads.iter().all(|c| agree(first, c))
                    || out[..stated]
                        .iter()
                        .any(|c| agree(first, c) && (!c.headline || c.value != value))
                {
                    continue;
                }
                first
            }
        };
        let claim = Claim {
            figure: base + k,
            headline: false,
            framing: None,
            inherited: Some(Inherited::Restated),
            ..first.clone()
        };
        out.push(claim);
    }
}

/// Words that refer back to a company named before (「同社は…」, 「彼らは…」 after a sentence
/// about one company, "the company").
const COMPANY_ANAPHORS: &[&str] = &[
    "同社",
    "該社",
    "彼ら",
    "该公司",
    "the company",
    "The company",
];

/// The name a sentence goes on about when the sentence before, in the same paragraph, opens
/// with it and states no claim of its own: referred back to with 「同社」 (「OpenAIの動向も注目
/// に値します。現在、同社は1000億ドル規模の資金調達を…」), or left unsaid, as Japanese leaves a
/// topic that continues, when the name opened the sentence before as its topic (「Acme社は急
/// 成長している企業です。2024年6月には2億ドルの資金調達を行いました。」).
fn referred_company(doc: &Document, sentence: usize, vocab: &Vocab) -> Option<Carry> {
    let prev = sentence.checked_sub(1)?;
    let (ps, cs) = (doc.sentences.get(prev)?, doc.sentences.get(sentence)?);
    if ps.block != cs.block {
        return None;
    }
    let text = &doc.blocks[cs.block].text;
    let anaphor = COMPANY_ANAPHORS
        .iter()
        .any(|a| text[cs.start..cs.end].contains(a));
    let before = &text[ps.start..ps.end];
    // 「同社」 after a sentence that does not open with the name: the one well-known company
    // the sentence before names (「これらの実績は、Acmeが…証拠です。同社が…」).
    let found = match opened_name(before, anaphor, vocab) {
        Some(s) => Some((prev, s)),
        None if anaphor => only_company_in(before, vocab).map(|s| (prev, s)),
        None => opened_market(before, vocab)
            .filter(|_| !narrows(&text[cs.start..cs.end], vocab))
            .or_else(|| results_company(before, &text[cs.start..cs.end], vocab))
            .map(|s| (prev, s)),
    };
    let (prev, subject) = found?;
    let (key, scope) = vocab.normalise(&subject);
    (key.chars().count() >= 2).then_some(Carry {
        sentence: prev,
        subject,
        key,
        scope,
        measure: None,
    })
}

/// The measure an amount's scale is of, when the words after it name a deal or an investment
/// (see [`scale_named_after`]).
fn scale_of(tail: &str) -> Option<&'static str> {
    if contract::named_after(tail) {
        Some(contract::METRIC)
    } else if scale_named_after(tail, &["投資", "出資"]) {
        Some("investment")
    } else {
        None
    }
}

/// Whether the words after an amount name what it is the amount of: its scale (「規模の」,
/// 「相当の」) or the amount itself, 「の」, then a phrase that ends in one of `words` (「380億ドル
/// 規模の複数年クラウド契約」, 「150億ドル規模の多面的な投資」), within its clause.
fn scale_named_after(tail: &str, words: &[&str]) -> bool {
    let t = ["規模", "相当"]
        .iter()
        .find_map(|w| tail.strip_prefix(w))
        .unwrap_or(tail);
    let Some(t) = t.strip_prefix('の') else {
        return false;
    };
    let phrase: String = t
        .chars()
        .take_while(|&c| {
            !matches!(c, 'を' | 'が' | 'は' | 'に' | 'で' | 'と' | 'も')
                && !"、。，！？「」（）()".contains(c)
        })
        .take(20)
        .collect();
    // (「100億ドル規模の出資を受けた」: money received is no investment made.)
    let received = ["を受け", "を呼び込", "を誘致", "を獲得"]
        .iter()
        .any(|w| t[phrase.len()..].starts_with(w));
    !received && words.iter().any(|w| phrase.ends_with(w))
}

/// Nouns that name another party by its relation to a company (「Acmeの親会社」).
const RELATIONS: &[&str] = &[
    "親会社",
    "子会社",
    "競合",
    "顧客",
    "買収先",
    "投資先",
    "提携先",
    "取引先",
    "出資先",
    "株主",
    "創業者",
    "相手",
    "傘下",
];

/// Words that name a company's reported results (its earnings release).
const RESULTS_WORDS: &[&str] = &["決算", "業績", "财报", "业绩"];

/// The company whose results the text speaks of, when the sentence before names one
/// well-known company and no other name, and it or the opening of `sentence` (before its first
/// digit) speaks of results (「Acmeの決算には驚かされた。純利益が…」, 「Acmeがまたやってくれ
/// た。最新の四半期決算、売上高が…」): the figures of `sentence` that name no owner are that
/// company's.
fn results_company(before: &str, sentence: &str, vocab: &Vocab) -> Option<String> {
    let opening = sentence
        .find(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
        .map_or(sentence, |i| &sentence[..i]);
    let results = |t: &str| RESULTS_WORDS.iter().any(|w| t.contains(w));
    if !(results(before) || results(opening)) {
        return None;
    }
    let company = only_company_in(before, vocab)?;
    // (「Acmeが出資するZenithの決算」: the results are Zenith's.)
    let owner_elsewhere = RESULTS_WORDS.iter().any(|w| {
        before.match_indices(w).any(|(i, _)| {
            let Some(of) = before[..i].strip_suffix('の') else {
                return false;
            };
            let owner = subject::np_before_pub(of, of.len());
            subject::is_name(owner) && vocab.normalise(owner).0 != vocab.normalise(&company).0
        })
    });
    (!owner_elsewhere).then_some(company)
}

/// The name `sentence` opens with as its topic (「Acmeは」, 「Acme社は」), or, when `anaphor`
/// (the sentence after refers back to it), as its subject or owner (「Acmeが」, 「Acmeの」).
fn opened_name(sentence: &str, anaphor: bool, vocab: &Vocab) -> Option<String> {
    // An adverb or a frame set off at the start (「特に、」, 「一方、」, 「日本では、」) comes
    // before the name; a lead that is a name (「Acmeは、」) is the name.
    let opening = match sentence.split_once('、') {
        Some((lead, rest))
            if lead.chars().count() <= 6
                && !subject::is_name(lead.trim_end_matches(['は', 'が'])) =>
        {
            rest
        }
        _ => sentence,
    };
    subject::title_topic(opening, vocab).filter(|subject| {
        let Some(at) = opening.find(subject.as_str()) else {
            return false;
        };
        let rest = &opening[at + subject.len()..];
        let next = rest.chars().next();
        // (「Acmeの成長は目覚ましい。」: a well-known company's own attribute as the topic is
        // the company as the topic.)
        let own_attribute = || {
            rest.strip_prefix('の').is_some_and(|r| {
                let noun: String = r
                    .chars()
                    .take_while(|&c| {
                        !matches!(c, 'は' | 'が' | 'も' | 'の' | 'を' | 'に' | '、' | '。')
                    })
                    .collect();
                // (A noun that ends in kanji, 「成長」, 「AI投資」: 「AcmeのZeta-4は」 makes the
                // product the topic.)
                (1..=6).contains(&noun.chars().count())
                    && noun
                        .chars()
                        .next_back()
                        .is_some_and(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
                    // (「Acmeの親会社は」, 「Acmeの競合は」 name another party.)
                    && !RELATIONS.iter().any(|w| noun.ends_with(w))
                    && r[noun.len()..].starts_with('は')
                    && vocab.is_company(&vocab.normalise(subject).0)
            })
        };
        let topic = rest.trim_start_matches('社').starts_with('は') || own_attribute();
        subject::is_name(subject)
            && matches!(next, Some('は' | 'が' | 'も' | 'の' | ' ' | '社'))
            && (anaphor || topic)
    })
}

/// Whether a sentence narrows or turns from the market the sentence before opened with: a
/// place (「米国だけで」), a part (「うち」), other parties (「両社の」, 「外資による」).
fn narrows(sentence: &str, vocab: &Vocab) -> bool {
    [
        "だけで",
        "だけでも",
        "のみで",
        "うち",
        "両社",
        "同社",
        "各社",
        "による",
        "彼ら",
    ]
    .iter()
    .any(|w| sentence.contains(w))
        || !vocab.scope_words(sentence).is_empty()
}

/// The market a sentence with no figure opens with as its topic (「生成AI市場は急速に拡大してい
/// る。」, 「特に、国内のAI市場は…」): the figures of the next sentence that name nothing of their own
/// are its figures (「2030年には1,200億ドルに達する見込みだ。」).
fn opened_market(sentence: &str, vocab: &Vocab) -> Option<String> {
    // Only a sentence of no figure: one with figures hands on what its claims say.
    if sentence
        .chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        return None;
    }
    let opening = match sentence.split_once('、') {
        Some((lead, rest)) if lead.chars().count() <= 6 => rest,
        _ => sentence,
    };
    let (at, _) = opening
        .char_indices()
        .find(|&(_, c)| matches!(c, 'は' | 'も' | 'が' | '、' | '。'))?;
    if !opening[at..].starts_with(['は', 'も']) {
        return None;
    }
    let phrase = &opening[..at];
    // The whole opening is the market's name: nothing before it but its own words.
    let np = subject::np_before_pub(opening, at);
    let market = vocab::MARKET_WORDS.iter().any(|m| {
        np.strip_suffix(m)
            .is_some_and(|rest| rest.trim_end_matches('の').chars().count() >= 2)
    });
    (market && np.len() == phrase.len() && !vocab.is_non_subject(np)).then(|| np.to_string())
}

/// The one well-known company (see `companies` in the vocabulary) that `text` names, as it is
/// written last; none when it names none, or another name as well that could be a company (a name
/// in the subject's place, before 「が」「は」「と」「や」「も」: 「AcmeとZenithが」).
fn only_company_in(text: &str, vocab: &Vocab) -> Option<String> {
    let katakana = |c: char| ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー';
    let latin = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '&');
    let mut company: Option<(String, String)> = None;
    let mut others = false;
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let run = if c.is_ascii_alphabetic() {
            text[i..]
                .find(|c: char| !latin(c))
                .unwrap_or(text.len() - i)
        } else if katakana(c) {
            text[i..]
                .find(|c: char| !katakana(c))
                .unwrap_or(text.len() - i)
        } else {
            i += c.len_utf8();
            continue;
        };
        // A whole run: 「OpenAIs」 is not OpenAI.
        let word = text[i..i + run].trim_end_matches(['.', '-']);
        i += run;
        if !subject::is_name(word) {
            continue;
        }
        let key = vocab.normalise(word).0;
        if vocab.is_company(&key) {
            match &company {
                Some((k, _)) if *k != key => return None,
                // The same company spelled again (「グーグル親会社のアルファベット」): the last
                // spelling, which the words after go on from.
                _ => company = Some((key, word.to_string())),
            }
        } else if text[i..]
            .trim_start_matches('社')
            .starts_with(['が', 'は', 'と', 'や', 'も'])
            && !vocab.is_non_subject(word)
        {
            others = true;
        }
    }
    company.filter(|_| !others).map(|(_, word)| word)
}

/// The company a measure with no owner of its own is about (「NVIDIAの直近の決算を見ると、…、
/// FY2025の売上高は1305億ドルに達し」): the measure word, last before the figure at `fs`,
/// opens its clause (after at most a period: 「FY2025の」, 「2025年の」, 「今年度の」, and a
/// period restated in brackets after it: 「2025年度（FY2025）の」), and the
/// sentence, in the words before that clause (up to [`NEAR_FIGURE`] bytes), names one
/// well-known company and no other name in a subject's place.
/// Returns the company (where it is written, and as written) and where the measure's clause
/// starts.
fn company_of_bare_measure(
    text: &str,
    fs: usize,
    hits: &[(usize, usize, usize)],
    metric: usize,
    vocab: &Vocab,
) -> Option<((usize, String), usize)> {
    let &(ms, _, _) = hits
        .iter()
        .rev()
        .find(|&&(s, e, m)| m == metric && e <= fs && s < e)?;
    let mut head = &text[..ms];
    // A period restated in brackets (「2025年度（FY2025）の売上高」) is read past: the clause is
    // the words before the aside, then the words after it.
    let mut after_aside = "";
    if let Some(close) = head.rfind(['）', ')']) {
        let open = head[..close].rfind(['（', '(']);
        let aside = open.map(|o| &head[o..close]);
        let period_aside = aside.is_some_and(|a| {
            let a = a.trim_start_matches(['（', '(']);
            let a = a.strip_prefix("FY").unwrap_or(a);
            a.starts_with(|c: char| c.is_ascii_digit())
                && a.chars()
                    .all(|c| c.is_ascii_digit() || "年度/ 月期".contains(c))
        });
        if let (Some(open), true) = (open, period_aside) {
            after_aside = &head[close + head[close..].chars().next().map_or(1, char::len_utf8)..];
            head = &head[..open];
        }
    }
    let clause = head.rfind(['、', '，', '（', '(', '。']).map_or(head, |i| {
        &head[i + head[i..].chars().next().map_or(1, char::len_utf8)..]
    });
    let clause = clause.trim_start_matches([' ', '　']);
    let clause = clause.strip_prefix("FY").map_or(clause, |r| {
        r.trim_start_matches(|c: char| c.is_ascii_digit())
    });
    let from = clause.as_ptr() as usize - text.as_ptr() as usize;
    // Only the words near the measure are read: the cost stays linear in a long sentence.
    let near = text.floor_char_boundary(from.saturating_sub(NEAR_FIGURE));
    // 「同社の売上高は」 refers back to the company named before; 「その売上高は」 too, after the
    // company's results (「Acmeの直近の決算を見ると、その売上高は」), not after any noun
    // (「Acmeが買収した新興企業は、その売上高が」).
    let results = RESULTS_WORDS.iter().any(|w| text[near..from].contains(w));
    let bare = |clause: &str| -> bool {
        let clause = ["同社の", "同社"]
            .iter()
            .chain(results.then_some(&"その"))
            .fold(clause, |c, w| c.strip_prefix(w).unwrap_or(c));
        let bare = subject::strip_leading_period(clause).trim_start_matches(['の', ' ']);
        let bare = ["直近の", "最新の", "通期の", "年間の", "年間", "通期"]
            .iter()
            .fold(bare, |b, w| b.strip_prefix(w).unwrap_or(b));
        bare.is_empty()
    };
    // The clause ends at the aside, and the words after it lead straight to the measure.
    if !bare(clause) || !bare(after_aside) {
        return None;
    }
    let name = only_company_in(&text[near..from], vocab)?;
    let at = near + text[near..from].rfind(name.as_str())?;
    Some(((at, name), from))
}

/// The subject of an article as a whole, from its title (see [`title_topic`]): what a figure
/// that measures a thing's own attribute (a model's score or size) is about when no subject
/// is written near it.
fn article_topic(doc: &Document, vocab: &Vocab) -> Option<Carry> {
    let title = doc.blocks.iter().find(|b| b.kind == BlockKind::Title)?;
    let subject = title_topic(&title.text, vocab)?;
    let (key, scope) = vocab.normalise(&subject);
    (key.chars().count() >= 2).then_some(Carry {
        sentence: usize::MAX,
        subject,
        key,
        scope,
        measure: None,
    })
}

/// Whose score a figure is (see [`benchmark`]): 「Claudeの約75%」, the name a list item opens
/// with, else the sentence's subject unless it is the benchmark itself. `(fs, bench)`: the
/// figure's start and its benchmark; `owners` collects the names found.
fn score_owner<'a>(
    text: &str,
    (fs, fe, bench): (usize, usize, &str),
    names: &[(usize, usize, String)],
    block: &crate::load::prose::Block,
    vocab: &Vocab,
    subject: impl FnOnce() -> &'a Option<(usize, String)>,
    owners: &mut Vec<String>,
) -> Option<(usize, String)> {
    let lead = || {
        (block.kind == BlockKind::ListItem)
            .then(|| list_lead(&block.text))
            .flatten()
            .filter(|l| !fold(l).contains(&fold(bench)))
            .map(|l| (text.find(&l).unwrap_or(0), l))
    };
    let found = owner_before(text, fs, vocab)
        .or_else(|| {
            benchmark::owner_before_name(text, fs, names)
                .and_then(|at| owner_before(text, at, vocab))
        })
        .or_else(|| benchmark::owner_after(text, fe))
        .or_else(|| measured(subject().as_ref()).filter(|(_, s)| !fold(s).contains(&fold(bench))))
        .map(|(at, s)| subject::example_named_before(text, at).unwrap_or((at, s)))
        .or_else(lead);
    if let Some((_, name)) = &found {
        owners.push(name.clone());
    }
    found
}

/// Measures of a thing's own attribute, which a figure with no subject near it states of
/// the article's topic: a model's benchmark score, a model's size.
const TOPIC_METRICS: &[&str] = &["score", "parameters"];

/// One sentence's figures (`figs`, the first at index `base` of the corpus's) in its article.
struct Sentence<'a> {
    doc: &'a Document,
    figs: &'a [Figure],
    base: usize,
    topic: Option<&'a Carry>,
}

/// The claims of one sentence (with a figure other than a year); returns the subject it
/// leaves to the next sentence.
fn sentence_claims(
    at: &Sentence<'_>,
    vocab: &Vocab,
    inherited: Option<Carry>,
    out: &mut Vec<Claim>,
    conversions: &mut Vec<usize>,
) -> Option<Carry> {
    let (doc, figs, base) = (at.doc, at.figs, at.base);
    let sentence = figs[0].sentence;
    let sent = doc.sentences.get(sentence).copied()?;
    let mut carry_out: Option<Carry> = inherited.clone().map(|c| Carry { sentence, ..c });
    let block = &doc.blocks[sent.block];
    let text = &block.text[sent.start..sent.end];
    let headline = matches!(block.kind, BlockKind::Title | BlockKind::Heading);
    let metric_hits = metric_words_in(text, vocab);
    let (pos, kinds, restated) = figures_in_sentence(text, figs, sent.start);
    conversions.extend((0..figs.len()).filter(|&k| restated[k]).map(|k| base + k));
    let mut last_subject: Option<(usize, String)> = None;
    // The sources the sentence names, found once for all its claims.
    let mut sentence_sources: Option<vocab::SentenceSources> = None;
    let benchmarks = std::cell::OnceCell::new();
    // The benchmark the sentence's last score was on, and that score's kind of figure.
    let mut last_bench: Option<(String, Kind)> = None;
    // Whose scores the sentence gives so far (「Claudeの約75%を上回る92.3%」: Claude's 75% is
    // no reason to withhold the 92.3% from the article's topic).
    let mut owners: Vec<String> = Vec::new();
    // The measure an amount without one may continue: `(metric, unit, from)`, `from` the end
    // of the last claim's figure in this sentence (0: the sentence before's).
    let mut going_on: Option<(usize, String, usize)> = inherited
        .as_ref()
        .and_then(|c| c.measure.clone())
        .map(|(m, u)| (m, u, 0));
    // Amounts that made no claim, for 「2024年の209億円から2030年には1,367億円」.
    let mut unclaimed: Vec<usize> = Vec::new();
    let first_claim = out.len();
    // What a change claim found of the subject, undone once it is made (see below).
    let mut before_change = None;
    for (k, f) in figs.iter().enumerate() {
        if let Some((s, c, g)) = before_change.take() {
            (last_subject, carry_out, going_on) = (s, c, g);
        }
        // Years make no claim; nor does the restated side of a conversion ("920億ドル
        // （約13兆円）"), which is not a claim of its own.
        if kind_bit(f.raw.kind) == 0 || restated[k] || is_duration(f) {
            continue;
        }
        // 「1ユーザーあたり」, 「1社当たり」: the unit a rate is per, not a count of anything.
        if f.raw.kind == Kind::Count
            && ["あたり", "当たり", "につき", "ごと"]
                .iter()
                .any(|w| text[pos[k].1..].starts_with(w))
        {
            continue;
        }
        // 「850億ドル、あるいは750億ドル」: the writer gives two values to choose from, and
        // states neither.
        let alternatives = |a: usize, b: usize| {
            figs[a].raw.kind == figs[b].raw.kind
                && ALTERNATIVES.contains(&text[pos[a].1..pos[b].0].trim_matches([' ', '、', '，']))
        };
        // (Its subject is found all the same: the clauses after it may go on about it.)
        let alternative =
            k > 0 && alternatives(k - 1, k) || k + 1 < figs.len() && alternatives(k, k + 1);
        let (fs, fe) = pos[k];
        let (cs, ce) = clause_bounds(text, fs, fe);
        let scene = Scene {
            text,
            figs,
            pos: &pos,
            restated: &restated,
        };
        // The subject is looked for once, and only for a figure that may become a claim.
        let found = std::cell::OnceCell::new();
        let subject = || {
            found.get_or_init(|| subject_of(text, fs, &pos, &kinds, vocab, doc.meta.lang, headline))
        };
        // (A subject of an earlier claim of the sentence goes on in its stead.)
        let no_subject_yet = last_subject.is_none();
        let implied = || {
            implied_metric(f, (&text[..fs], &text[fe..], &text[fe..ce]), vocab, || {
                subject()
            })
            .or_else(|| {
                (subject().is_none() && no_subject_yet)
                    .then(|| carried_market_size(f, &text[fe..], inherited.as_ref(), vocab))
                    .flatten()
            })
        };
        // A percentage or score bound to a benchmark's name is a score on it.
        let scored = matches!(f.raw.kind, Kind::Percent | Kind::Number);
        let bench = scored
            .then(|| {
                bound_benchmark(
                    text,
                    (fs, fe),
                    benchmarks.get_or_init(|| vocab.benchmarks_in(text)),
                )
            })
            .flatten()
            // 「Bの N に匹敵」: another model's score compared with one just given.
            .or_else(|| {
                let (b, kind) = last_bench.as_ref()?;
                (scored && *kind == f.raw.kind && benchmark::compared_score(text, (fs, fe), vocab))
                    .then(|| b.clone())
            })
            // A list item 「Model: N」 under an item that names the benchmark.
            .or_else(|| {
                (scored && block.kind == BlockKind::ListItem)
                    .then(|| list_lead(&block.text))
                    .flatten()
                    .and_then(|_| benchmark::list_header(&doc.blocks, sent.block, vocab))
            });
        if let Some(b) = &bench {
            last_bench = Some((b.clone(), f.raw.kind));
        }
        // An item of a list under a measure named as the topic (「2026年の設備投資額は、Aが…、
        // Bが…」): the topic's year, which dates every item, and the item's party.
        let mut topic_item: Option<(Option<i64>, (usize, String))> = None;
        // A percentage that changes a quantity named before it (「対応時間を40%短縮」).
        let mut change: Option<String> = None;
        // Where the measure the sentence sets off as its topic ends, when that is the
        // figure's measure (see `measure_topic`).
        let mut topical: Option<(usize, usize)> = None;
        // A share of a population that uses or adopted something (「企業の40%がAIを導入」):
        // its measure, and the thing when the clause names it.
        let mut population: Option<population::Share> = None;
        let metric = match &bench {
            Some(_) => vocab.metrics.iter().position(|(n, _)| n == "score"),
            None => metric_for(&scene, &metric_hits, vocab, k, (cs, ce))
                .or_else(implied)
                .or_else(|| {
                    list_metric(&scene, &metric_hits, vocab, k, |o| {
                        clause_bounds(text, pos[o].0, pos[o].1)
                    })
                })
                .or_else(|| {
                    let (m, at) = measure_topic(text, &metric_hits, vocab, (&pos, figs), k, cs)?;
                    topical = Some(at);
                    Some(m)
                })
                .or_else(|| {
                    let item = topic_list_metric(&scene, &metric_hits, vocab, k, (cs, ce))?;
                    topic_item = Some((item.year, item.party));
                    Some(item.metric)
                })
                .or_else(|| {
                    if f.raw.kind != Kind::Percent {
                        return None;
                    }
                    change = Some(change::change_measure(text, (fs, fe), (cs, ce))?);
                    vocab.metrics.iter().position(|(n, _)| n == "change")
                })
                .or_else(|| {
                    if f.raw.kind != Kind::Percent {
                        return None;
                    }
                    population = Some(population::population_share(text, (fs, fe), (cs, ce))?);
                    vocab.metrics.iter().position(|(n, _)| n == "share")
                }),
        };
        // An amount with no measure word of its own that goes on from the last claim (of this
        // sentence, or of the sentence before when this one names no subject) continues its
        // measure.
        // 「Googleは2026年に1150億ドルを投じる。Metaも1080億ドル、Microsoftも990億ドルと…」: so
        // does the amount of a named party marked by 「も」 right before it, for the period of
        // the claim it goes on from.
        let mut continued = false;
        let mut also_period: Option<Option<String>> = None;
        let metric = metric.or_else(|| {
            let (m, unit, from) = going_on.as_ref()?;
            if f.raw.unit != *unit || !reaches_on(&text[fe..]) {
                return None;
            }
            continued = matches!(f.raw.kind, Kind::Money | Kind::Count)
                && continues(&text[(*from).min(fs)..fs])
                && (*from > 0 || measured(subject().as_ref()).is_none());
            if !continued && f.raw.kind == Kind::Money {
                also_period = subject()
                    .as_ref()
                    .filter(|(at, party)| {
                        *at >= *from
                            && text.get(at + party.len()..fs).map(str::trim) == Some("も")
                            && names_someone(party)
                    })
                    .and(out.last())
                    .filter(|last| vocab.metrics[*m].0 == last.metric)
                    .map(|last| last.period.clone());
            }
            (continued || also_period.is_some()).then_some(*m)
        });
        let Some(metric) = metric else {
            // 「売上が1305億ドルに達し、そのうちデータセンター部門が512億ドル」: a part of the
            // amount just claimed, measured as it is.
            match part_of_last(text, &pos, k, (&out[first_claim..], base), f, vocab)
                .or_else(|| place_of_last(text, &pos, k, (&out[first_claim..], base), f, vocab))
                .or_else(|| company_of_last(text, &pos, k, (&out[first_claim..], base), f, vocab))
            {
                Some(part) => out.push(part),
                None => unclaimed.push(k),
            }
            continue;
        };
        let mut period = span_start_unless_compound(
            period_of(doc, text, figs, &pos, k),
            &vocab.metrics[metric].0,
            // 「…まで成長して約384.5億ドル（…）規模に達する」
            reaches(
                text[pos[k].1..]
                    .trim_start_matches(['規', '模'])
                    .trim_start_matches(['程', '度']),
            ),
        );
        if vocab.metrics[metric].0 == "cagr" {
            period = compound_span(text, figs, &pos, period);
        }
        if let Some(carried) = also_period.filter(|_| period.is_none()) {
            period = carried;
        }
        // A change is dated only by a year in its own clause: a year earlier in the sentence
        // (「2030年までに…を目指し、…を30%削減した」) is another clause's.
        if change.is_some() && !(0..k).any(|j| figs[j].raw.kind == Kind::Year && pos[j].0 >= cs) {
            period = None;
        }
        if let Some((Some(year), _)) = &topic_item {
            period = Some(year.to_string());
        }
        // Annual recurring revenue is a run-rate at a date: a year alone (「2025年初頭には
        // 10億ドルだったARRが、同年8月には50億ドル」) does not say when, so it dates nothing.
        if vocab.metrics[metric].0 == "arr"
            && period
                .as_deref()
                .is_some_and(|p| !p.contains('-') || p.split('-').all(|y| y.len() == 4))
        {
            period = None;
        }
        // An acquisition price is the price of the company acquired, whoever states it and
        // whenever: its subject is the target, and it has no period.
        // Where a bare measure's clause starts, when its company was found further back (see
        // [`company_of_bare_measure`]): the words that narrow the key are looked for from there.
        let mut bare_from: Option<usize> = None;
        let found = if vocab.metrics[metric].0 == "acquisition" {
            period = None;
            // (「Xを、なんと54億ドルで買収」: the object may stand in the clause before.)
            match acquired_target(&text[cs..ce], vocab)
                .map(|(at, target)| (cs + at, target))
                .or_else(|| acquired_target(&text[..ce], vocab))
            {
                Some(found) => Some(found),
                None => continue,
            }
        } else if let Some(b) = &bench {
            score_owner(
                text,
                (fs, fe, b),
                benchmarks.get().map_or(&[][..], Vec::as_slice),
                block,
                vocab,
                subject,
                &mut owners,
            )
        } else if vocab.metrics[metric].0 == subscription::METRIC {
            // A plan's price is the plan's named in Latin letters right before it (「Orbis
            // Pro ($20/月)、Zenith Max ($200/月)」), or the clause's subject when that names
            // one; a tool named by its kind (「AIツールは月額3万円」) has no plan to price.
            match subscription::plan_before(&text[cs..fs])
                .map(|(at, name)| (cs + at, name.to_string()))
                .or_else(|| measured(subject().as_ref()))
            {
                Some(found) => Some(found),
                None => continue,
            }
        } else if PRICE_METRICS.contains(&vocab.metrics[metric].0.as_str()) {
            // Prices come in lists of models: only a model named in the clause itself is
            // whose price it is (see [`price_owner`]).
            match price_owner(
                measured(subject().as_ref()),
                &scene,
                (k, cs),
                (&metric_hits, metric),
                vocab,
            ) {
                Some(owner) => Some(owner),
                None => continue,
            }
        } else if let Some((_, party)) = &topic_item {
            Some(party.clone())
        } else if continued && last_subject.is_some() {
            // A continued measure is of the subject it continues, unless its own clause names
            // another company (「（Google $115B+、Meta $108B）」: Meta's).
            measured(subject().as_ref())
                .filter(|(at, s)| {
                    let at = text.floor_char_boundary(*at);
                    last_subject.as_ref().is_some_and(|(_, l)| l != s)
                        && at >= clause_bounds(text, fs, fe).0
                        && vocab.is_company(&vocab.normalise(s).0)
                })
                .or_else(|| last_subject.clone())
        } else {
            // A subject that names nothing (「その成長ぶりは」) leaves the measure bare. A
            // measure set off as the topic is of whoever the topic names before it
            // (「Acmeの企業価値は、…」).
            let own = measured(subject().as_ref())
                .or_else(|| {
                    let (start, _) = topical?;
                    subject_of(text, start, &pos, &kinds, vocab, doc.meta.lang, headline)
                        .filter(|(at, _)| *at < start)
                })
                .or_else(|| {
                    change
                        .as_ref()
                        .and_then(|_| glued_change_owner(text, fs, vocab))
                });
            let bare = match &own {
                Some((_, s)) => vocab.is_non_subject(s) || vocab.is_anaphor(s),
                None => last_subject.is_none(),
            };
            match bare
                .then(|| company_of_bare_measure(text, fs, &metric_hits, metric, vocab))
                .flatten()
            {
                Some((company, from)) => {
                    bare_from = Some(from);
                    Some(company)
                }
                None => own.or_else(|| last_subject.clone()),
            }
        };
        let mut from_title = false;
        let mut on_topic = |r: Option<Resolved>| {
            r.or_else(|| {
                from_title = true;
                let t = at
                    .topic
                    .filter(|_| TOPIC_METRICS.contains(&vocab.metrics[metric].0.as_str()))?;
                if bench.is_some() {
                    let mut known: Vec<&str> = owners.iter().map(String::as_str).collect();
                    known.push(&t.subject);
                    known.extend(benchmarks.get().into_iter().flatten().map(|b| b.2.as_str()));
                    if names_other_model(&text[..fs], &known) {
                        return None;
                    }
                }
                Some(Resolved {
                    at: 0,
                    subject: t.subject.clone(),
                    key: t.key.clone(),
                    scope: t.scope.clone(),
                    explicit: false,
                })
            })
        };
        // A change is told of whoever made it, but hands nothing on: the amounts after it
        // (「…時間を44%削減、売上は…」) are not measures of that quantity's owner.
        if change.is_some() {
            before_change = Some((last_subject.clone(), carry_out.clone(), going_on.clone()));
        }
        let resolved = match &population {
            // What a population uses or adopted is the subject, even when it is only 「AI」
            // (the measure, whose share, is what makes it a claim); a share whose thing is not
            // said is of nothing that can be named.
            Some(p) => {
                let adopted = p.thing.as_ref().and_then(|(at, thing)| {
                    let (key, scope) = vocab.normalise(thing);
                    (key.chars().count() >= 2).then(|| Resolved {
                        at: *at,
                        subject: thing.clone(),
                        key,
                        scope,
                        explicit: true,
                    })
                });
                if adopted.is_none() {
                    unclaimed.push(k);
                    continue;
                }
                adopted
            }
            None => on_topic(resolve_subject(
                found,
                &inherited,
                headline,
                &text[..fs],
                vocab,
                &mut last_subject,
            )),
        };
        let Some(Resolved {
            at: subject_at,
            mut subject,
            mut key,
            mut scope,
            explicit,
        }) = resolved
        else {
            // 「…1,091億ドルに達し、中国の93億ドル」: a place alone names no subject, but may
            // name where the same measure stands at another value.
            if let Some(other) = place_of_last(text, &pos, k, (&out[first_claim..], base), f, vocab)
            {
                out.push(other);
            }
            continue;
        };
        // A measure set off as the topic is whose the topic says (「Acmeの企業価値は、」): a
        // subject found only after it (「2024年下半期の」) is not the measure's owner. And
        // 「…、2030年にはそれぞれ8270億ドル」 gives values of several subjects, one each: a
        // subject named before the figure's clause is not the one.
        if topical.is_some_and(|(_, end)| explicit && subject_at >= end)
            || subject_at < cs && text[cs.min(fs)..fs].contains("それぞれ")
        {
            unclaimed.push(k);
            continue;
        }
        // Scope words and places in the clause before the subject's own narrow it
        // ("日本国内でも、…AI市場は").
        let subject_at = text.floor_char_boundary(subject_at);
        if explicit {
            widen_scope(
                &mut scope,
                vocab.scope_words(context_before(text, subject_at)),
            );
            carry_out = Some(Carry {
                sentence,
                subject: subject.clone(),
                key: key.clone(),
                scope: scope.clone(),
                measure: None,
            });
        }
        // A qualifier between subject and figure ("AIチップ市場全体で86%") narrows the subject.
        let subject_end = match bare_from {
            Some(from) if explicit => from,
            _ if explicit => text.floor_char_boundary(subject_at + subject.len()),
            _ => 0,
        };
        // 「MicrosoftやNVIDIAも参加する形で…資金調達を完了させ、評価額を…」: a name that joins
        // or leads someone else's round is a participant, not whose round or valuation it is.
        if explicit
            && matches!(vocab.metrics[metric].0.as_str(), "funding" | "valuation")
            && text.get(subject_end..fs).is_some_and(is_participant)
        {
            continue;
        }
        let event = matches!(vocab.metrics[metric].0.as_str(), "investment" | "funding");
        // A round of job cuts is known by who cuts alone: why (「AIによる効率化で」) does not
        // make it another round.
        if bench.is_none() && change.is_none() && vocab.metrics[metric].0 != "layoffs" {
            narrow_key(&mut key, text, (subject_end, fs, fe), event, vocab);
        }
        // 「AWSのAIインフラ投資500億ドル」: an investment named by a company and what it goes
        // to is that company's investment in it, as 「AWSがAIインフラに500億ドル」 is.
        if event && explicit && !key.contains('→') {
            if let Some(split) = investor_and_recipient(&subject, vocab) {
                key = split;
            } else if let Some(what) = recipient_after_amount(&text[fe..], vocab) {
                // 「Amazonの500億ドルAI投資」: what it goes to, between the amount and 投資.
                key = format!("{key}→{what}");
            }
        }
        // "AI市場規模は" and "AI市場は…規模" are one subject and metric (the key never ends
        // in the word for market).
        // A market "valued at" an amount (「市場が…50億米ドルと評価され」) is of that size.
        let market = || {
            vocab::MARKET_WORDS
                .iter()
                .any(|m| subject.trim_end_matches("規模").ends_with(m))
        };
        let mut metric_name = match vocab.metrics[metric].0.as_str() {
            "market_size" => "size".to_string(),
            "valuation" if market() => "size".to_string(),
            // 「この提携は100億ドル規模」: the scale of a deal is its value.
            "size" if contract::named_before(&text[cs.min(fs)..fs]) => contract::METRIC.to_string(),
            // 「AWSとの380億ドル規模の複数年クラウド契約」, 「150億ドル規模の多面的な投資」: the
            // scale of a deal or an investment named after it.
            "size" if !market() => scale_of(&text[fe..]).unwrap_or("size").to_string(),
            other => other.to_string(),
        };
        // 「Orbisが100億ドル規模の受注」: the scale of something a company does is no size of
        // the company; what it is the scale of is not known, so it makes no claim.
        // (The key without what narrows it: 「グーグル@…」.)
        let owner_key = key.split(['@', '→']).next().unwrap_or(&key);
        if metric_name == "size" && !market() && vocab.is_company(owner_key) {
            unclaimed.push(k);
            continue;
        }
        // 「AIインフラに1000億ドル投じるX」: what money goes to is not who invests it (the
        // investor is named after the verb, where no subject is looked for): no claim.
        if metric_name == "investment"
            && explicit
            && text.get(subject_end..fs).is_some_and(|gap| {
                gap.starts_with(['に', 'へ'])
                    && !["にとって", "には", "にも", "へは"]
                        .iter()
                        .any(|w| gap.starts_with(w))
            })
            && INVESTS.iter().any(|w| text[fe..].starts_with(w))
        {
            unclaimed.push(k);
            continue;
        }
        // A deal is known by both its parties (「AとBの380億ドル契約」, 「AはBと…契約」);
        // one party's deal could be any of its deals.
        if metric_name == contract::METRIC {
            match contract::parties(
                &subject,
                (&text[cs.min(fs)..fs], &text[fe..ce.max(fe)]),
                vocab,
            ) {
                Some((both, named)) => {
                    key = both;
                    subject = named;
                }
                None => {
                    unclaimed.push(k);
                    continue;
                }
            }
        }
        if vocab.is_non_subject(&key) && population.is_none() {
            continue;
        }
        // A context window is counted in tokens (「10万件のコンテキスト」 is something else).
        if metric_name == "context_window" && !is_token_unit(&f.raw.unit) {
            continue;
        }
        // A count in another thing's counter measures that thing: 「1859社中1128社」 under a
        // heading on staff shortages is no head count, 「2倍」 no number of users.
        if !counter_fits(&metric_name, &f.raw.unit) {
            unclaimed.push(k);
            continue;
        }
        // A change only a word of change names (「30%の高速化」) is told of a named company or
        // product; of anything else (「創薬プロセス全体」) it is too vague to compare.
        if change.as_deref().is_some_and(change::named_by_change)
            && !subject::is_name(subject.trim())
        {
            continue;
        }
        // A market's size (or spending) with no place named is the world's, whether the subject
        // says 市場 (「AIエージェント市場は…78億ドル規模」) or not (「AIエージェントは…7.8億ドル規模」).
        if matches!(metric_name.as_str(), "size" | "spending") && scope.is_empty() {
            scope = vocab.world_scope().to_string();
        }
        if let Some(b) = &bench {
            metric_name = format!("score on {b}");
        } else if let Some(c) = &change {
            let mut measure = c.clone();
            // Whose change it is must be someone other than the quantity itself
            // (「生産性が25%向上」 alone says nothing of whose). When the quantity took the
            // subject's place (「Xは配送コストも12%削減」), a name before it is whose.
            if c.ends_with(subject.trim())
                || subject
                    .trim()
                    .ends_with(&c[c.rfind(' ').map_or(0, |i| i + 1)..])
            {
                // 「Xが発表した「AI導入で生産性が92%向上」という調査結果」: a survey's finding
                // is about those surveyed, not a change of whoever published it.
                if quoted_survey_finding(text, fs, fe) {
                    continue;
                }
                // 「Claude 4.5のコード能力73%向上」: a name joined to the quantity by 「の」
                // is whose change it is; so is a Latin name glued to it (「SageMaker開発効率
                // 25%向上」), which is then no part of the measure.
                let glued = owner_and_quantity(subject.trim())
                    .filter(|(owner, _)| known_owner(owner, vocab));
                if let Some((_, quantity)) = glued.filter(|_| c.ends_with(subject.trim())) {
                    // (Only when the measure is the phrase itself: 「gain in SageMaker開発効率」.)
                    let head = &c[..c.len() - subject.trim().len()];
                    if head.ends_with(' ') {
                        measure = format!("{head}{quantity}");
                    }
                }
                let joined = glued.map(|(owner, _)| (subject_at, owner.to_string()));
                let owner = joined
                    .or_else(|| {
                        subject_of(
                            text,
                            text.floor_char_boundary(subject_at),
                            &pos,
                            &kinds,
                            vocab,
                            doc.meta.lang,
                            headline,
                        )
                    })
                    .and_then(|s| measured(Some(&s)))
                    .filter(|(_, s)| known_owner(s, vocab));
                let Some((_, owner)) = owner else {
                    continue;
                };
                (key, scope) = vocab.normalise(&owner);
                subject = owner;
            }
            metric_name = measure;
        } else if let Some(p) = &population {
            metric_name = p.metric.clone();
        } else if let Some(variant) = measure_variant(text, (cs, fs, fe), f.raw.kind) {
            // Annual recurring revenue is yearly by its name: 年間 in it is no variant.
            if !(metric_name == "arr" && matches!(variant, " (annual)" | " (run-rate)")) {
                metric_name.push_str(variant);
            }
        }
        if PRICE_METRICS.contains(&metric_name.as_str()) {
            metric_name.push_str(price_variant(text, cs, fe));
        }
        if metric_name.starts_with(subscription::METRIC) {
            match subscription::variant(&text[cs..fs], &text[fe..]) {
                Some(variant) if subscription::names_plan(&subject) => {
                    metric_name.push_str(variant)
                }
                _ => continue,
            }
        }
        // 「GoogleがAIチップ「TPU v7」を発表して、性能が2倍に」: what a company's product
        // does is the product's, when the clause names one versioned product before the figure.
        if PRODUCT_METRICS.contains(&metric_name.as_str()) {
            // (From the end of the name as written: 「Googleの「TPU v7」は」 is keyed by Google.)
            let from = text.floor_char_boundary((subject_at + subject.len()).min(subject_end));
            let company = vocab.is_company(key.split('@').next().unwrap_or(&key));
            if let Some(product) = (explicit && company)
                .then(|| text.get(from..fs).and_then(versioned_product_in))
                .flatten()
            {
                (key, scope) = vocab.normalise(product);
                subject = product.to_string();
            }
            // 「H100と比較して推論速度で最大1.5倍」: a gain is measured against something; gains
            // against different things are different measures.
            if let Some(base) =
                compared_with(&text[..fs], subject::baseline_before(text, fs, &pos), vocab)
            {
                metric_name = format!("{metric_name} (vs {base})");
            }
        }
        // (「2026年食品加工AI市場、2034年に1382億ドルへ」 dates its figure 2034 all the same.)
        let framing = (block.kind == BlockKind::Title
            && period.is_some()
            && framing_year(text, figs, &pos).is_some_and(|y| period.as_deref() == Some(&*y)))
        .then(|| period.take())
        .flatten();
        if continued && metric_name != vocab.metrics[metric].0 && metric_name != "size" {
            // A continued measure keeps no variant of the claim it continues.
            metric_name = vocab.metrics[metric].0.clone();
        }
        // (A rise that leads to an amount, 「同9割増の120億ドル」, leaves the measure the amount
        // may go on with as it was.)
        if !(f.raw.kind == Kind::Percent && changes_to_amount(&text[fe..])) {
            going_on = Some((metric, f.raw.unit.clone(), fe));
        }
        if let Some(c) = carry_out.as_mut().filter(|c| c.subject == subject) {
            c.measure = Some((metric, f.raw.unit.clone()));
        }
        let key = government_actor((&subject, &key, &scope), &vocab.metrics[metric].0, vocab)
            .unwrap_or(key);
        let (mut low, mut high) = interval(f, vocab.settings.approx_tolerance);
        let mut value = f.raw.value.to_f64().unwrap_or(f64::NAN);
        let mut unit = f.raw.unit.clone();
        // 「推論速度50%向上」: a product's speed-up stated as a percentage is the multiple it
        // reaches (1.5倍), so that it meets the same speed-up stated in 倍 (「推論速度2倍」).
        if f.raw.kind == Kind::Percent
            && speed_metric(metric_name.split(" (vs ").next().unwrap_or(""))
            && gain_follows(&text[fe..])
        {
            (low, high, value) = (1.0 + low / 100.0, 1.0 + high / 100.0, 1.0 + value / 100.0);
            unit = MULTIPLE.to_string();
        }
        // 「売上高は前年比19%増」: the growth of the measure the clause names right before it.
        if metric_name == "growth" && unit == "%" {
            if let Some(m) = measure_before_rate(text, &metric_hits, vocab, (cs, fs)) {
                metric_name = format!("growth ({})", vocab.metrics[m].0);
            }
        }
        if metric_name.starts_with("growth") && unit == "%" && fall_follows(&text[fe..]) {
            (low, high, value) = (-high, -low, -value);
        }
        if alternative {
            continue;
        }
        out.push(Claim {
            figure: base + k,
            doc: f.doc,
            subject,
            key,
            scope,
            metric: metric_name,
            period,
            unit,
            low,
            high,
            value,
            headline,
            source: sentence_sources
                .get_or_insert_with(|| vocab.sources_in(text))
                .pick(fs),
            framing,
            inherited: match (explicit, from_title) {
                (true, _) => None,
                (false, false) => Some(Inherited::Sentence),
                (false, true) => Some(Inherited::Title),
            },
        });
    }
    if let Some((_, c, _)) = before_change {
        carry_out = c;
    }
    rises_to_levels(text, &pos, base, first_claim, out);
    starts_of_changes(at, (&pos, &restated), &unclaimed, first_claim, vocab, out);
    conversions_of_claims(at, &restated, first_claim, vocab, out);
    // A sentence that makes no claim but makes another market or industry its topic (「特に
    // B市場は…」) ends the topic it was handed: the next sentence goes on about B, not about
    // what came before.
    if out.len() == first_claim
        && carry_out.as_ref().is_some_and(|c| {
            c.sentence == sentence
                && inherited.as_ref().is_some_and(|i| i.subject == c.subject)
                && another_topic(text, &c.subject)
        })
    {
        return None;
    }
    // 「AI市場は…2,440億ドル、生成AI市場も710億ドル…。この成長は…」: a sentence that states
    // one measure of two subjects hands neither to the next.
    let own: Vec<&Claim> = out[first_claim..]
        .iter()
        .filter(|c| c.inherited.is_none())
        .collect();
    if own
        .iter()
        .any(|a| own.iter().any(|b| a.metric == b.metric && a.key != b.key))
    {
        return None;
    }
    carry_out
}

/// The other side of each conversion in the sentence (figure `k` restating figure `k - 1` in
/// another currency, `restated`) whose amount made a claim among `out[first..]`: the same
/// claim, in the conversion's currency and value, marked [`Inherited::Converted`].
fn conversions_of_claims(
    at: &Sentence<'_>,
    restated: &[bool],
    first: usize,
    vocab: &Vocab,
    out: &mut Vec<Claim>,
) {
    let mut added = Vec::new();
    for (k, f) in at.figs.iter().enumerate() {
        if !restated[k] {
            continue;
        }
        let Some(from) = out[first..]
            .iter()
            .find(|c| c.figure == at.base + k - 1 && c.inherited != Some(Inherited::Converted))
        else {
            continue;
        };
        let (low, high) = interval(f, vocab.settings.approx_tolerance);
        added.push(Claim {
            figure: at.base + k,
            unit: f.raw.unit.clone(),
            low,
            high,
            value: f.raw.value.to_f64().unwrap_or(f64::NAN),
            inherited: Some(Inherited::Converted),
            ..from.clone()
        });
    }
    if !added.is_empty() {
        out.extend(added);
        out[first..].sort_by_key(|c| c.figure);
    }
}

/// Whether sentence `sentence` opens by turning to something else (「一方で、」, 「他方、」,
/// "Meanwhile,"): it continues no subject from before.
fn opens_with_contrast(doc: &Document, sentence: usize) -> bool {
    let Some(s) = doc.sentences.get(sentence) else {
        return false;
    };
    let text = doc.blocks[s.block].text[s.start..s.end].trim_start();
    [
        "一方で",
        "一方、",
        "その一方で",
        "他方",
        "それに対して",
        "これに対し",
        "Meanwhile",
        "On the other hand",
        "另一方面",
        "与此同时",
    ]
    .iter()
    .any(|w| text.starts_with(w))
}

/// Whether a name is a product's as written (「Microsoft Copilot 2.0」, 「HBM3E」): a version
/// number, or two Latin words. An acronym alone (ROI, CPU) or a word for a kind of thing
/// (「AIエージェント」) is not.
fn product_name(name: &str) -> bool {
    let latin_words = name
        .split([' ', '　'])
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .count();
    name.chars().any(|c| c.is_ascii_alphabetic())
        && (name.chars().any(|c| c.is_ascii_digit()) || latin_words >= 2)
}

/// The versioned product named in `between` nearest its end (a Latin name with a digit:
/// 「TPU v7」, 「iPhone 17」, 「M5」), leaving out what the figure is compared with (「TPU v6と
/// 比較して」): 「「RTX 50」で…約2倍に、最新チップ「GB10」で…30倍」 gives the 30倍 to GB10.
fn versioned_product_in(between: &str) -> Option<&str> {
    let latin = |c: char| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '.');
    let mut found = None;
    let mut at = 0;
    while at < between.len() {
        let Some(start) = between[at..]
            .find(|c: char| c.is_ascii_alphabetic())
            .map(|i| at + i)
        else {
            break;
        };
        let end = between[start..]
            .find(|c: char| !latin(c))
            .map_or(between.len(), |i| start + i);
        let name = between[start..end].trim_end_matches([' ', '-', '.']);
        let after = &between[start + name.len()..];
        // (「H100の2倍」: the name right before a multiple is its baseline.)
        let against = AGAINST.iter().any(|w| after.starts_with(w)) || after.trim_end() == "の";
        // (「CES 2025」: an event's year is no version.)
        if vocab::is_versioned(name) && !against && !names_a_year(name) {
            found = Some(name);
        }
        at = end.max(start + 1);
    }
    found
}

/// Whose change it is when the quantity is glued to the figure and its owner to the quantity
/// by 「の」 (「Claude 4.5のコード能力73%向上」, 「Copilotの「生産性25%向上」」): a well-known
/// company or a product name.
fn glued_change_owner(text: &str, fs: usize, vocab: &Vocab) -> Option<(usize, String)> {
    let quantity = subject::np_before_pub(text, fs);
    let at = fs - quantity.len();
    // Only a word for a quantity (「AIの物流15%削減」 names a field, not what fell).
    if !change::names_a_quantity(quantity) {
        return None;
    }
    let (owner_at, owner) = match owner_and_quantity(quantity) {
        Some((owner, _)) => (at, owner),
        None => {
            let head = text[..at].strip_suffix("の「")?;
            let owner = subject::np_before_pub(head, head.len());
            (head.len() - owner.len(), owner)
        }
    };
    let owner = owner.trim();
    known_owner(owner, vocab).then(|| (owner_at, owner.to_string()))
}

/// A name and the quantity it owns, glued in one phrase: by 「の」 (「Claude 4.5のコード能力」)
/// or with a Latin name right before a quantity word (「SageMaker開発効率」).
fn owner_and_quantity(np: &str) -> Option<(&str, &str)> {
    if let Some((owner, quantity)) = np.rsplit_once('の') {
        return Some((owner.trim(), quantity));
    }
    change::glued_name(np).filter(|(_, quantity)| change::names_a_quantity(quantity))
}

/// Whether a name can own a change: a well-known company or a product name, never a word
/// that names no subject.
fn known_owner(name: &str, vocab: &Vocab) -> bool {
    !vocab.is_non_subject(name)
        && (vocab.is_company(&vocab.normalise(name).0) || product_name(name) || proper_name(name))
}

/// A one-word Latin name written as a name is (「SageMaker」, 「Copilot」, 「Gemini」): a
/// capital, then small letters, at least three letters in all; not an acronym for a field
/// (AI, LLM, DX).
fn proper_name(name: &str) -> bool {
    name.chars().count() >= 3
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphabetic())
        && name.chars().any(|c| c.is_ascii_lowercase())
}

/// Measures that count people (or accounts of people).
const PEOPLE_METRICS: &[&str] = &[
    "employees",
    "users",
    "monthly_users",
    "weekly_users",
    "daily_users",
    "layoffs",
];

/// Counters of something other than people: a count of companies, things, times or kinds
/// (「N社中M社」, 「要因の1つ」, 「月1回」) counts no staff, users or job cuts.
const NOT_PEOPLE: &[&str] = &[
    "社", "つ", "本", "回", "点", "台", "基", "か国", "カ国", "ヶ国", "種類", "件", "歳",
];

/// Whether a count's counter fits what the measure counts: a multiple (倍, x) is no count of
/// anything; people are not counted in another thing's counter ([`NOT_PEOPLE`]); a model's
/// size is not counted in countries or kinds, nor anything in points (a score). Any other
/// counter fits (人, 名, 个, 個 …).
fn counter_fits(metric: &str, unit: &str) -> bool {
    const COUNTS: &[&str] = &["parameters", "models", "visits", "context_window"];
    let u = unit.trim();
    let multiple = u.contains('倍') || u == "x" || u == "times";
    if PEOPLE_METRICS.contains(&metric) {
        !multiple && !NOT_PEOPLE.contains(&u)
    } else if metric == "parameters" {
        !multiple && !["か国", "カ国", "ヶ国", "種類", "つ"].contains(&u)
    } else {
        // (Points, 点, are a score's.)
        !(COUNTS.contains(&metric) && (multiple || u == "点"))
    }
}

/// Whether a counter word counts tokens (トークン, tokens, 词元).
fn is_token_unit(unit: &str) -> bool {
    let unit = unit.to_ascii_lowercase();
    unit.contains("トークン") || unit.contains("token") || unit.contains("词元")
}

/// Whether `text` makes a market or an industry other than `subject` its topic or subject
/// (「B市場は」, 「B産業が」).
fn another_topic(text: &str, subject: &str) -> bool {
    ["市場", "産業", "業界", "市场", "产业"].iter().any(|w| {
        text.match_indices(w).any(|(i, _)| {
            let end = i + w.len();
            let phrase = phrase_ending_at(text, end);
            // A named one (「B市場」), marked as the topic or subject, not 「市場は」 alone.
            text[end..].starts_with(['は', 'が'])
                && phrase.len() > w.len()
                && !subject.contains(phrase)
        })
    })
}

/// The text after a short bracketed aside that opens it (「（年平均成長率28%）に達する」 → 「に達
/// する」), or all of it.
fn past_aside(after: &str) -> &str {
    let Some(inner) = after.strip_prefix('（').or_else(|| after.strip_prefix('(')) else {
        return after;
    };
    inner
        .char_indices()
        .take(40)
        .find(|&(_, c)| matches!(c, '）' | ')' | '（' | '(' | '。'))
        .filter(|&(_, c)| matches!(c, '）' | ')'))
        .map_or(after, |(i, c)| &inner[i + c.len_utf8()..])
}

/// Whether the text between a claim's figure and the next amount goes on with the same thing:
/// no new subject (a topic or subject particle other than 「には」), no part of it (「うち」,
/// 「中でも」), no contrast (「一方」, 「対して」), no list of other things (「や」, 「また」,
/// 「同時に」), no other party (「Amazonからの」).
fn continues(between: &str) -> bool {
    const BREAKS: &[&str] = &[
        "うち",
        "中でも",
        "一方",
        "対し",
        "比べ",
        "比較",
        "ほか",
        "他",
        "のみ",
        "だけ",
        "前年",
        "前期",
        "累計",
        "合計",
        "総額",
        "平均",
        "当たり",
        "あたり",
        "や",
        "からの",
        "同時に",
        "また",
        "さらに",
    ];
    let new_subject = between.char_indices().any(|(i, c)| match c {
        'は' => !between[..i].ends_with('に'),
        // 「…でしたが、」「…だったが、」: "but", which goes on about the same thing.
        'が' => {
            let head = between[..i].trim_end_matches('の');
            !["でした", "だった", "です", "ました", "である", "であった"]
                .iter()
                .any(|w| head.ends_with(w))
                || !between[i + c.len_utf8()..].starts_with(['、', '，'])
        }
        'も' => true,
        _ => false,
    });
    !new_subject && !BREAKS.iter().any(|w| between.contains(w)) && !owned_by_another(between)
}

/// Whether the words right after a subject make it a participant in a deal (「…も参加する形
/// で」, 「…が主導した」, 「…も出資」) rather than the party that raises or is valued.
fn is_participant(after_subject: &str) -> bool {
    [
        "も参加",
        "が参加",
        "も出資",
        "が出資",
        "が主導",
        "も主導",
        "らが参加",
        "などが参加",
    ]
    .iter()
    .any(|w| after_subject.starts_with(w))
}

/// Whether `s` holds a digit, half- or full-width.
fn has_digit(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// Whether the words right before an amount name whose it is (「…1,091億ドルに達し、中国の93
/// 億ドル」): a noun with 「の」, not a date (「2030年の」), set off from what came before.
fn owned_by_another(between: &str) -> bool {
    let Some(head) = between.trim_end().strip_suffix('の') else {
        return false;
    };
    let owner = head
        .rsplit([
            '、', '，', ',', 'は', 'が', 'に', 'で', 'を', 'と', 'も', ' ',
        ])
        .next()
        .unwrap_or("");
    owner.chars().count() >= 2
        && !has_digit(owner)
        && ![
            "約", "計", "合計", "総額", "前年", "同年", "同期", "今年", "昨年", "来年", "年間",
        ]
        .iter()
        .any(|w| owner.ends_with(w))
}

/// Whether the words right after an amount make it where the measure goes (「…に達する」,
/// 「…を突破」, 「…へ」, 「…と予測」, the clause's end) rather than an amount of something the
/// words after it name (「45億ドルものコスト削減」, 「5億ドルの投資」, 「1ドル155円換算」).
fn reaches_on(after: &str) -> bool {
    const ON: &[&str] = &[
        "に",
        "へ",
        "と",
        "を突破",
        "を超",
        "を上回",
        "まで",
        "規模",
        "程度",
        "前後",
        "、",
        "。",
        "，",
        "）",
        ")",
        "（",
        "(",
        "超",
        "する",
        "した",
        "し、",
        "見込",
        "の見込み",
        "の見通し",
        "予測",
        "予想",
        "だ",
        "です",
    ];
    let after = after.trim_start();
    after.is_empty() || ON.iter().any(|w| after.starts_with(w))
}

/// The start of a change (「2024年の209億円から2030年には1,367億円に」) has the measure and
/// subject of the claim it goes to: an amount that made no claim, followed by 「から」 and,
/// before any other amount, an amount of the same unit that did. So has the first of two
/// amounts for two periods that share one predicate (「2025年には2,440億ドル、2030年には
/// 8,270億ドルに達する」): the words between them name only the next period. And the end of
/// a change or a series whose start made the claim has the start's. `unclaimed`:
/// the sentence's figures without a claim; its claims are `out[first..]`; `restated`: which
/// figures restate the one before in another currency.
fn starts_of_changes(
    at: &Sentence<'_>,
    (pos, restated): (&[(usize, usize)], &[bool]),
    unclaimed: &[usize],
    first: usize,
    vocab: &Vocab,
    out: &mut Vec<Claim>,
) {
    let figs = at.figs;
    let Some(sent) = at.doc.sentences.get(figs[0].sentence) else {
        return;
    };
    let text = &at.doc.blocks[sent.block].text[sent.start..sent.end];
    let mut added = Vec::new();
    // Which figures are amounts (years and conversions aside).
    let amount =
        |j: &usize| kind_bit(figs[*j].raw.kind) != 0 && !restated.get(*j).copied().unwrap_or(false);
    let claim_of = |j: usize| out[first..].iter().find(|c| c.figure == at.base + j);
    // Amount `k` starts a change or a series whose next amount is `next`: the change's end,
    // or the same measure's value for the next period.
    let starts = |k: usize| -> Option<usize> {
        let next = (k + 1..figs.len()).find(amount)?;
        let after = past_aside(&text[pos[k].1..]);
        let change = after.starts_with("から");
        let series = !change
            && after.starts_with(['、', '，'])
            && text.len() - after.len() <= pos[next].0
            && {
                let between = &text[text.len() - after.len()..pos[next].0];
                between.chars().count() <= 16 && continues(between) && has_digit(between)
            };
        (figs[next].raw.unit == figs[k].raw.unit && (change || series)).then_some(next)
    };
    // Amount `k` ends a change or a series whose start is `prev` (「2025年には年間売上130億ドル、
    // 2026年には200億～260億ドル」): the mirror of the above.
    let ends = |k: usize| -> Option<usize> {
        let prev = (0..k).rev().find(amount)?;
        if figs[prev].raw.unit != figs[k].raw.unit || pos[prev].1 > pos[k].0 {
            return None;
        }
        let between = &text[pos[prev].1..pos[k].0];
        let change = past_aside(between).starts_with("から");
        let series = between.starts_with(['、', '，'])
            && between.chars().count() <= 16
            && continues(between)
            && has_digit(between);
        (change || series).then_some(prev)
    };
    for &k in unclaimed {
        let f = &figs[k];
        if !matches!(f.raw.kind, Kind::Money | Kind::Count) {
            continue;
        }
        let Some(to) = starts(k)
            .and_then(claim_of)
            .or_else(|| ends(k).and_then(claim_of))
        else {
            continue;
        };
        let period = period_of(at.doc, text, figs, pos, k);
        if period.is_none() || period == to.period {
            continue;
        }
        let (low, high) = interval(f, vocab.settings.approx_tolerance);
        added.push(Claim {
            figure: at.base + k,
            period,
            unit: f.raw.unit.clone(),
            low,
            high,
            value: f.raw.value.to_f64().unwrap_or(f64::NAN),
            framing: None,
            ..to.clone()
        });
    }
    if !added.is_empty() {
        out.extend(added);
        out[first..].sort_by_key(|c| c.figure);
    }
}

/// The measure a sentence sets off as its topic before the clause of figure `k` (starting at
/// `cs`): 「Acmeの企業価値は、2025年3月には615億ドル」 is a valuation. Only for the first figure
/// of its kind after the topic.
fn measure_topic(
    text: &str,
    hits: &[(usize, usize, usize)],
    vocab: &Vocab,
    (pos, figs): (&[(usize, usize)], &[Figure]),
    k: usize,
    cs: usize,
) -> Option<(usize, (usize, usize))> {
    let head = text[..cs].strip_suffix(['、', '，'])?;
    let topic_end = head.strip_suffix('は')?.len();
    let kind = figs[k].raw.kind;
    // (「…の規模は、」 says only that an amount follows, not of what.)
    let &(s, e, m) = hits.iter().find(|&&(s, e, m)| {
        e == topic_end && vocab.metrics[m].1 & kind_bit(kind) != 0 && &text[s..e] != "規模"
    })?;
    let first = !(0..k)
        .rev()
        .take_while(|&o| pos[o].1 > e)
        .any(|o| figs[o].raw.kind == kind);
    // The figure's clause names no subject of its own (「…ユーザーは、質問文の長さが2倍に」).
    let own = names_subject(&text[cs..pos[k].0]);
    // 「…の拡大は、75%以上の企業が」: an amount of the noun after it.
    let of_noun = metric::owns_noun_after(&text[pos[k].1..]);
    (first && !own && !of_noun).then_some((m, (s, e)))
}

/// The metric words of a sentence: `(start, end, metric)`, found in its folded text (same
/// byte offsets).
fn metric_words_in(text: &str, vocab: &Vocab) -> Vec<(usize, usize, usize)> {
    let folded = fold_same_len(text);
    vocab
        .metric_words()
        .find_iter(folded.as_str())
        .filter(|m| !scale_adverb(&folded, m.start(), m.end()))
        .map(|m| {
            (
                m.start(),
                m.end(),
                vocab.metric_of_word[m.pattern().as_usize()],
            )
        })
        .collect()
}

/// Whether the word at `start..end` is 「規模」 of "on a global scale" (「世界規模で投資する」,
/// 「全社規模で導入」): it says how widely, not how much.
fn scale_adverb(text: &str, start: usize, end: usize) -> bool {
    const WIDTHS: &[&str] = &[
        "世界",
        "地球",
        "グローバル",
        "全社",
        "全国",
        "国家",
        "業界",
        "産業",
        "社会",
        "地域",
    ];
    &text[start..end] == "規模"
        && text[end..].starts_with('で')
        && !text[end..].starts_with("です")
        && WIDTHS.iter().any(|w| text[..start].ends_with(w))
}

/// The metric of an amount without a metric word of its own: a market's size when the
/// subject is a market the amount reaches (「生成AI市場は2030年に1,200億ドルに達する」), an
/// acquisition's price when the clause goes on to acquire a company (「約160億ドルという巨額を
/// 投じてXを買収」). `(after, clause_after)`: the sentence and the clause after the figure.
fn implied_metric<'a>(
    f: &Figure,
    (before, after, clause_after): (&str, &str, &str),
    vocab: &Vocab,
    subject: impl FnOnce() -> &'a Option<(usize, String)>,
) -> Option<usize> {
    let metric = |name: &str| vocab.metrics.iter().position(|(n, _)| n == name);
    // 「2024年に19%増の6,268億ドル」: a rise or fall leading to an amount is the growth of
    // whatever the amount is the level of.
    if f.raw.kind == Kind::Percent && changes_to_amount(after) {
        return metric("growth");
    }
    if f.raw.kind != Kind::Money {
        return None;
    }
    // 「Orbis Pro（月約3,000円）」, 「$20/月」: what a plan costs a month.
    if subscription::per_month(before, after) {
        return metric(subscription::METRIC);
    }
    if f.raw.value >= rust_decimal::Decimal::from(10_000_000) {
        let found = subject().as_ref();
        if let Some(size) = market_size(vocab, found) {
            if reaches_level(f, after) || found.is_some_and(|s| market_level(before, s, after)) {
                return Some(size);
            }
        }
        // 「医療AI、2034年に8864億ドル市場へ」: the amount names the market it is the size of.
        if market_after(after)
            && found.is_some_and(|(_, s)| {
                let (key, _) = vocab.normalise(s);
                // (A company or a person aiming at a market is not its size: 「…氏、10兆円市場へ」.)
                !vocab.is_company(&key) && !vocab.is_non_subject(&key) && !s.trim().ends_with('氏')
            })
        {
            return metric("size");
        }
    }
    if ["を買収", "收购"].iter().any(|w| clause_after.contains(w)) {
        return metric("acquisition");
    }
    // 「KDDIがロンドンに約600億円を投じて」: money put into something is invested in it, and
    // so is 「ロンドンに600億円投じる」 (a headline's, without を) and 「KDDIがロンドンに投じる
    // 600億円」 (the money named by the verb before it).
    let verb = verb_after_amount(clause_after);
    if INVESTS
        .iter()
        .any(|w| verb.strip_prefix('を').unwrap_or(verb).starts_with(w))
        || put_into(verb).is_some()
        || invested_before(before)
    {
        return metric("investment");
    }
    None
}

/// Verbs of putting money into something (after the amount and its を).
const INVESTS: &[&str] = &["投じ", "投入", "投下", "注ぎ込", "拠出"];

/// Whether the words before an amount end with a verb of investing that makes the amount
/// its object (「KDDIがロンドンに投じる600億円は」, 「…が投じた45億ドル」, 「…に投資している」): a
/// stem of [`INVESTS`] or 投資 with one of the verb's endings.
fn invested_before(before: &str) -> bool {
    let b = before.trim_end_matches(['約', '総', '額', '計', 'も', '\u{3000}', ' ']);
    let endings: &[(&str, &[&str])] = &[
        (
            "投じ",
            &["る", "た", "ている", "ています", "ます", "ました"],
        ),
        ("注ぎ込", &["む", "んだ", "んでいる"]),
        ("投下", &["する", "した", "している"]),
        ("投入", &["する", "した", "している", "します"]),
        ("拠出", &["する", "した", "している", "します"]),
        ("投資", &["する", "した", "している", "します"]),
    ];
    endings.iter().any(|(stem, ends)| {
        ends.iter()
            .any(|e| b.strip_suffix(e).is_some_and(|r| r.ends_with(stem)))
    })
}

/// A growth rate that leads to an amount (「営業利益は30%増の50億ドル」) is the growth of what
/// the amount measures, in the amount's period: `growth (operating_profit)`, so that a
/// company's revenue growth and its profit growth in one sentence are two measures. A market's
/// rate stays `growth`, its amount being its size.
fn rises_to_levels(
    text: &str,
    pos: &[(usize, usize)],
    base: usize,
    first_claim: usize,
    out: &mut [Claim],
) {
    let made = &out[first_claim..];
    let to: Vec<(usize, Option<String>, String)> = made
        .iter()
        .enumerate()
        .filter(|(_, c)| c.metric == "growth" && c.unit == "%")
        .filter_map(|(i, c)| {
            let k = c.figure - base;
            if !changes_to_amount(&text[pos[k].1..]) {
                return None;
            }
            let level = made
                .iter()
                .find(|d| d.figure == base + k + 1 && d.unit != "%")?;
            Some((i, level.period.clone(), level.metric.clone()))
        })
        .collect();
    for (i, period, metric) in to {
        let c = &mut out[first_claim + i];
        if c.period.is_none() {
            c.period = period;
        }
        if metric != "size" {
            c.metric = format!("growth ({metric})");
        }
    }
}

/// The measure of an amount (revenue, operating profit, spending; not a market's size) that a
/// growth rate's clause names right before the rate, with at most a particle, a word for what
/// the rate is against (前年比) and 約 between: 「売上高は前年比19%増」, 「営業利益が約30%増加」.
fn measure_before_rate(
    text: &str,
    hits: &[(usize, usize, usize)],
    vocab: &Vocab,
    (cs, fs): (usize, usize),
) -> Option<usize> {
    let money = kind_bit(Kind::Money);
    let &(_, e, m) = hits
        .iter()
        .filter(|&&(s, e, m)| s >= cs && e <= fs && vocab.metrics[m].1 & money != 0)
        .max_by_key(|&&(_, e, _)| e)?;
    if vocab.metrics[m].0 == "size" {
        return None;
    }
    // A particle, what the rate is against, a comma, 約: each at most once, in this order.
    const BETWEEN: &[&[&str]] = &[
        &["は", "が", "も", "で"],
        &["、"],
        &[
            "前年同期比",
            "前年同月比",
            "対前年比",
            "前年度比",
            "前年比",
            "前期比",
        ],
        &["で"],
        &["、"],
        &["約", "およそ"],
    ];
    let mut gap = text[e..fs].trim();
    for words in BETWEEN {
        if let Some(rest) = words.iter().find_map(|w| gap.strip_prefix(w)) {
            gap = rest.trim_start();
        }
    }
    gap.is_empty().then_some(m)
}

/// Words right after a percentage that make it a rise or a fall of a level (「19%増の」,
/// 「5%減の」, 「12%成長の」).
const CHANGES_TO: &[&str] = &["増加", "減少", "成長", "拡大", "縮小", "増", "減"];

/// Whether the words after a percentage make it the change that leads to the amount right
/// after it: 「19%増の6,268億ドル」, 「前年比5%減の約300億円」.
fn changes_to_amount(after: &str) -> bool {
    CHANGES_TO
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .and_then(|rest| rest.strip_prefix('の'))
        .map(|rest| {
            ["約", "およそ", "過去最高の", "過去最大の"]
                .iter()
                .fold(rest, |r, w| r.strip_prefix(w).unwrap_or(r))
        })
        .is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
        })
}

/// `gap` without a change it ends with that leads to the amount after it (「は2024年に19%増の」
/// → 「は2024年に」, 「は前年比5%減の」 → 「は」); `gap` itself when it ends with none.
fn without_change_to(gap: &str) -> &str {
    let Some(g) = gap
        .strip_suffix('の')
        .and_then(|g| CHANGES_TO.iter().find_map(|w| g.strip_suffix(w)))
        .and_then(|g| g.strip_suffix(['%', '％']))
    else {
        return gap;
    };
    let digits = g.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    if digits.len() == g.len() {
        return gap;
    }
    let g = digits.strip_suffix('約').unwrap_or(digits);
    ["前年同期比", "対前年比", "前年度比", "前年比"]
        .iter()
        .find_map(|w| g.strip_suffix(w))
        .unwrap_or(g)
}

/// Whether the words after an amount (see [`reaches`]) or its own words say that something
/// reaches it: a figure that ends with passing a mark (「710億ドルを突破」, 「5兆ドル超え」) has
/// its verb of reaching in it, unless it is an attribute of a noun (「1億ドル超の案件」).
fn reaches_level(f: &Figure, after: &str) -> bool {
    let passes = ["突破", "超え", "超", "を上回る", "を上回った"]
        .iter()
        .any(|w| f.text.ends_with(w));
    reaches(after) || passes && !after.starts_with('の')
}

/// The `size` metric of an amount with no subject of its own that a market carried from the
/// sentence before reaches (「生成AI市場は急速に拡大している。2030年には1,200億ドルに達する
/// 見込みだ。」).
fn carried_market_size(
    f: &Figure,
    after: &str,
    carried: Option<&Carry>,
    vocab: &Vocab,
) -> Option<usize> {
    let c = carried?;
    (f.raw.kind == Kind::Money
        && f.raw.value >= rust_decimal::Decimal::from(10_000_000)
        && reaches_level(f, after))
    .then(|| market_size(vocab, Some(&(0, c.subject.clone()))))
    .flatten()
}

/// The words after an amount, past a closing bracket and a word for a sum (「13.7億ドルもの巨額を
/// 投じる」): where its verb begins.
fn verb_after_amount(after: &str) -> &str {
    let verb = after.trim_start_matches(['）', ')']);
    // 「50億ユーロ（約58億ドル）を投じる」: past the same amount in another currency.
    let verb = match verb.strip_prefix('（').and_then(|r| r.split_once('）')) {
        Some((inside, rest)) if inside.chars().count() <= 20 && has_digit(inside) => rest,
        _ => verb,
    };
    // (「13.7億ドルもの巨額を」, 「100億円という巨額を」.)
    let verb = ["もの", "という"]
        .iter()
        .find_map(|w| verb.strip_prefix(w))
        .unwrap_or(verb);
    ["巨額", "巨費", "大金", "資金", "巨額の資金"]
        .iter()
        .find_map(|w| verb.strip_prefix(w))
        .unwrap_or(verb)
}

/// 「…をAIクラウドに投じる」 right after an amount (`verb`, from [`verb_after_amount`]): the
/// amount, then what it is put into, then the verb. The byte range of 「AIクラウドに」 in `verb`.
fn put_into(verb: &str) -> Option<(usize, usize)> {
    let rest = verb.strip_prefix('を')?;
    let (at, _) = [
        "に投じ",
        "に投入",
        "に注ぎ込",
        "へ投じ",
        "へ投入",
        "に費や",
        "に充て",
    ]
    .iter()
    .filter_map(|w| rest.find(w).map(|i| (i, w)))
    .min()?;
    let target = &rest[..at];
    ((1..=20).contains(&target.chars().count())
        && !target.contains(['、', '，', '。', 'を', 'は', 'が'])
        && !has_digit(target))
    .then(|| ('を'.len_utf8(), 'を'.len_utf8() + at + 'に'.len_utf8()))
}

/// The subject found for a figure, if it names what the figure measures: a "subject" that is
/// itself a figure or a date (「8,270億ドル（年平均成長率28%）」, 「11月」) does not.
fn measured(found: Option<&(usize, String)>) -> Option<(usize, String)> {
    let (at, s) = found?;
    without_leading_figure(s).map(|rest| (at + s.len() - rest.len(), rest.to_string()))
}

/// A subject without a leading figure or date and its の (「6月のシリーズD」 → 「シリーズD」),
/// or None when the subject is only a figure or a date (「8,270億ドル」, 「11月」): that names
/// no thing a figure measures.
fn without_leading_figure(subject: &str) -> Option<&str> {
    let s = subject.trim_start();
    if !s.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
        return Some(subject);
    }
    // 「2026年フィジカルAI市場」 (a title's leading year glued to its topic): the year frames
    // the words after it, which name the subject.
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 4 {
        let rest = s[4..]
            .strip_prefix('年')
            .map(|r| r.strip_prefix('度').unwrap_or(r));
        if let Some(rest) = rest.filter(|r| {
            r.chars().count() >= 2
                && !r.starts_with([
                    'の', 'に', 'は', 'も', 'で', 'か', 'ま', '、', '末', '初', '第',
                ])
        }) {
            return Some(rest);
        }
    }
    let (_, rest) = s.split_once('の')?;
    let rest = rest.trim_start();
    (!rest.is_empty()).then_some(rest)
}

/// A claim's subject: where it is written (0 when carried over), as written, its key and
/// scope, and whether its sentence names it (`explicit`) or it was carried over.
struct Resolved {
    at: usize,
    subject: String,
    key: String,
    scope: String,
    explicit: bool,
}

/// The key of a country that spends or invests (「日本がAI人材育成に200億円を投資」): its
/// government's, as 「日本政府が…」 is keyed (`政府`, scoped to the country), so that the two
/// meet. None unless the subject is only the place the claim is scoped to (not 「インドの
/// Ixigo」, a company of that place).
fn government_actor(
    (subject, key, scope): (&str, &str, &str),
    metric: &str,
    vocab: &Vocab,
) -> Option<String> {
    if !matches!(metric, "investment" | "budget") {
        return None;
    }
    let (investor, recipient) = match key.split_once('→') {
        Some((i, r)) => (i, Some(r)),
        None => (key, None),
    };
    let only_the_place = vocab.normalise(subject).0 == investor;
    (investor == scope && only_the_place && vocab.is_place(investor)).then(|| match recipient {
        Some(r) => format!("政府→{r}"),
        None => "政府".to_string(),
    })
}

/// What an investment goes to when it is named between the amount and the word for
/// investing (「500億ドルAI投資」, 「5000億ドルAIデータセンター投資」): its key, or none when
/// words other than a name stand there (「500億ドルという投資」, 「500億ドル規模の投資」).
fn recipient_after_amount(after: &str, vocab: &Vocab) -> Option<String> {
    let end = after.find("投資")?;
    let what = &after[..end];
    if !(2..=15).contains(&what.chars().count())
        || !what.chars().all(|c| word_script(c).is_some())
        || has_digit(what)
        || [
            "規模", "相当", "以上", "超", "巨額", "追加", "総額", "年間", "設備", "新規", "大型",
            "増額", "増資", "減額",
        ]
        .iter()
        .any(|w| what.starts_with(w) || what.ends_with(w))
    {
        return None;
    }
    let (key, _) = vocab.normalise(what);
    (key.chars().count() >= 2 && !vocab.is_non_subject(what)).then_some(key)
}

/// Whether a subject's key names only a funding round (「シリーズBラウンド」, 「シードラウンド」,
/// 「シリーズC」, 「最近のテンセント主導」), not whose round it is.
fn only_a_round(key: &str) -> bool {
    let k = ["最近", "今回", "前回", "直近", "最新"]
        .iter()
        .fold(key, |k, w| k.strip_prefix(w).unwrap_or(k));
    if k.ends_with("主導") {
        return true;
    }
    let k = k.strip_suffix("ラウンド").unwrap_or(k);
    let k = k.strip_suffix("資金調達").unwrap_or(k);
    let series = ["シリーズ", "series"]
        .iter()
        .find_map(|w| k.strip_prefix(w))
        .is_some_and(|x| {
            (1..=2).contains(&x.len())
                && x.bytes()
                    .all(|b| b.is_ascii_alphabetic() || b.is_ascii_digit())
        });
    series || ["シード", "プレシード", "エンジェル", "seed", "pre-seed", ""].contains(&k)
}

/// The subject found for a figure or, when none is, the one the sentence before left (never
/// in a headline, which stands alone, nor when the words before the figure name another).
/// `head`: the sentence up to the figure. None when the figure has no usable subject.
fn resolve_subject(
    found: Option<(usize, String)>,
    inherited: &Option<Carry>,
    headline: bool,
    head: &str,
    vocab: &Vocab,
    last_subject: &mut Option<(usize, String)>,
) -> Option<Resolved> {
    let carried = |c: &Carry| Resolved {
        at: 0,
        subject: c.subject.clone(),
        key: c.key.clone(),
        scope: c.scope.clone(),
        explicit: false,
    };
    // 「シリーズBラウンドでは…評価額は」, 「テンセント主導の資金調達では」: a round names whose
    // money it is no more than a date does; the subject is the one the text goes on about.
    let round = found
        .as_ref()
        .is_some_and(|(_, s)| only_a_round(&vocab.normalise(s).0));
    match (found, inherited) {
        (Some(_), Some(c)) if round && !headline => Some(carried(c)),
        (Some(_), _) if round => None,
        (Some((at, subject)), _) => {
            let mut subject = subject.trim_end_matches(['の', '的', ' ']).to_string();
            // 「Acmeは…、データセンター事業が…」: a segment named alone is the segment of the
            // one company the sentence names before it, or of the company the text goes on
            // about.
            if bare_segment(&subject) && !vocab.is_company(&vocab.normalise(&subject).0) {
                let before = head.get(..at).unwrap_or("");
                let before =
                    &before[before.floor_char_boundary(before.len().saturating_sub(NEAR_FIGURE))..];
                // (Not a company the sentence's subject deals with: 「政府はAcmeとの協議を…、
                // 半導体事業は」 is no segment of Acme's.)
                let own = |name: &String| !before.contains(&format!("{name}と"));
                let owner = only_company_in(before, vocab).filter(own).or_else(|| {
                    inherited
                        .as_ref()
                        .filter(|c| vocab.is_company(&c.key))
                        .map(|c| c.subject.clone())
                });
                if let Some(owner) = owner {
                    subject = format!("{owner}の{subject}");
                }
            }
            *last_subject = Some((at, subject.clone()));
            let (key, scope) = vocab.normalise(&subject);
            if key.chars().count() < 2 || vocab.is_non_subject(&subject) {
                return None;
            }
            Some(Resolved {
                at,
                subject,
                key,
                scope,
                explicit: true,
            })
        }
        (None, Some(c))
            if !headline
                && !names_another(
                    &head[head.floor_char_boundary(head.len().saturating_sub(300))..],
                    &c.subject,
                    vocab,
                ) =>
        {
            Some(carried(c))
        }
        _ => None,
    }
}

/// Whether a subject is a company's segment named alone (「データセンター事業」, 「クラウド部門」):
/// it ends in a word for a segment, and names no owner of its own.
fn bare_segment(subject: &str) -> bool {
    ["事業", "部門", "事業部"]
        .iter()
        .any(|w| subject.ends_with(w))
        && !subject.contains('の')
        // (「Intel Foundry部門」 names its owner.)
        && !subject.starts_with(|c: char| c.is_ascii_uppercase())
        && !subject.starts_with(['同', '各', '両'])
}

/// How far before a figure (bytes) the words that narrow its subject are looked for.
const NEAR_FIGURE: usize = 600;

/// Narrows a subject's key by what stands between the subject (ending at `subject_end`) and
/// its figure (at `fs`): a qualifier ("AIチップ市場全体で86%" → `@全体`) and, for an event
/// (an investment, a funding round), what the money goes to (`→` its recipient): an undated
/// one is known by who and what, and one investor's two investments of one year in two
/// things (「OpenAIのエージェントに30億ドル」, 「OpenAIに300億ドル」) are two.
fn narrow_key(
    key: &mut String,
    text: &str,
    (subject_end, fs, fe): (usize, usize, usize),
    event: bool,
    vocab: &Vocab,
) {
    // Only the words near the figure: the search stays linear however far back the subject
    // was named (a subject carried over, or the sentence's last).
    let subject_end = subject_end.max(text.floor_char_boundary(fs.saturating_sub(NEAR_FIGURE)));
    if let Some(q) = qualifier_between(text, subject_end, fs, vocab) {
        key.push('@');
        key.push_str(&q);
    }
    if event {
        // 「Xが…に300億円」, or 「Xが300億円を…に投じる」.
        let after = fe.min(text.len());
        let verb = verb_after_amount(&text[after..]);
        let later = put_into(verb).and_then(|(s, e)| {
            let at = after + (text.len() - after - verb.len());
            recipient_between(text, at + s, at + e, vocab)
        });
        if let Some(r) = recipient_between(text, subject_end, fs, vocab).or(later) {
            if r != *key {
                key.push('→');
                key.push_str(&r);
            }
        } else if let Some(i) = subject::investor_between(text, subject_end, fs, vocab) {
            // The subject receives it: 「AnthropicはAmazonから…」 is Amazon's investment in
            // Anthropic, アマゾン→アンソロピック, as 「AmazonがAnthropicに…」 is.
            if i != *key {
                *key = format!("{i}→{key}");
            }
        }
    }
}

/// Each figure's place in the sentence, its kind, and whether it restates the amount before it
/// in another currency ("920億ドル（約13兆円）" → 約13兆円).
fn figures_in_sentence(
    text: &str,
    figs: &[Figure],
    start: usize,
) -> (Vec<(usize, usize)>, Vec<Kind>, Vec<bool>) {
    let pos: Vec<(usize, usize)> = figs
        .iter()
        .map(|f| {
            (
                f.raw.start.saturating_sub(start).min(text.len()),
                f.raw.end.saturating_sub(start).min(text.len()),
            )
        })
        .collect();
    let kinds: Vec<Kind> = figs.iter().map(|f| f.raw.kind).collect();
    let restated = (0..figs.len())
        .map(|k| {
            k > 0
                && kinds[k] == Kind::Money
                && kinds[k - 1] == Kind::Money
                && is_restatement(&text[pos[k - 1].1..pos[k].0])
        })
        .collect();
    (pos, kinds, restated)
}

/// The `size` metric, when the subject is a market: an amount it reaches is its size.
fn market_size(vocab: &Vocab, subject: Option<&(usize, String)>) -> Option<usize> {
    let size = vocab.metrics.iter().position(|(n, _)| n == "size")?;
    let market = subject.is_some_and(|(_, s)| {
        let s = fold(s.trim_end_matches(['の', '的', ' ']));
        // 「AI市場全体」: the market as a whole.
        let s = s.strip_suffix("全体").unwrap_or(&s);
        // An industry's level is its size too (「河南のAI産業は1600億元を超えた」).
        vocab::MARKET_WORDS
            .iter()
            .chain(&["産業", "产业", "industry"])
            .any(|m| s.ends_with(m))
    });
    market.then_some(size)
}

/// Whether an amount stated of a market that is the sentence's topic or subject (「AIエージェ
/// ント市場は78億ドル、…」, 「AI市場全体で2,440億ドル、そのうち…」) is its level, though no
/// verb of reaching follows it: the market is marked as what the clause is about (not as
/// where money goes, 「AI市場に」; a year between them is the level's: 「生成AI市場は2025年に
/// 710億ドル、」), and the amount ends the clause or the sentence, or is what the market grew
/// to (「…710億ドルと急速に拡大」), not a change (「…42億ドル成長し」, 「…10億ドル増」).
fn market_level(before: &str, (at, subject): &(usize, String), after: &str) -> bool {
    let Some(gap) = before.get(at + subject.len()..) else {
        return false;
    };
    let marked = [
        "は",
        "が",
        "も",
        "全体で",
        "全体は",
        "では",
        "だけでも",
        "だけで",
        "で見",
    ]
    .iter()
    .any(|p| gap.starts_with(p));
    // 「生成AI市場は2025年に710億ドル、…」: the year the level is of, not where money goes.
    let gap_sans_year = without_trailing_year(without_change_to(gap));
    let after = past_aside(after.trim_start_matches([' ', '）', ')']));
    // 「…710億ドルと急速に拡大しています」: the amount is where the market has grown to.
    let grown_to = after.strip_prefix('と').is_some_and(|v| {
        let v = ["急速に", "大きく", "順調に", "着実に", "大幅に"]
            .iter()
            .fold(v, |v, w| v.strip_prefix(w).unwrap_or(v));
        ["拡大", "急拡大", "成長", "急成長", "伸び", "増加"]
            .iter()
            .any(|w| v.starts_with(w))
    });
    // 「…800億ドル以上と大きい」: the amount is how large the market is.
    let large = after.strip_prefix('と').is_some_and(|v| {
        ["大き", "巨大", "莫大", "最大"]
            .iter()
            .any(|w| v.starts_with(w))
    });
    // 「…1150億ドルと推計されている」: the amount is the market's level as estimated.
    let estimated = after.strip_prefix('と').is_some_and(|v| {
        [
            "推計",
            "推定",
            "予測",
            "予想",
            "見込",
            "見られ",
            "試算",
            "算出",
        ]
        .iter()
        .any(|w| v.starts_with(w))
    });
    // 「生成AI市場だけでも710億ドルを占める」: a segment's amount within a whole is its level.
    let part_of = after.starts_with("を占め");
    let ends = after.is_empty()
        || after.starts_with(['、', '，', '。', ',', '.'])
        || grown_to
        || large
        || estimated
        || part_of
        || ["と、", "です", "でした", "だ。", "であ"]
            .iter()
            .any(|w| after.starts_with(w));
    // 「AI SaaSやAIエージェント市場は、それぞれ800億ドル、78億ドル」: amounts dealt out to
    // several markets, the first of which is not the one named last.
    let shared = gap.contains("それぞれ")
        || gap.contains("各")
        || before[..*at].ends_with(['や', 'と', '・']);
    // 「AIエージェント市場、2030年483億ドルは…」 (a headline's way): the market, a comma, at most
    // a year, and the amount, which is not a change (「…、10億ドル増」).
    let year_only = |g: &str| {
        let g = g.trim_end_matches(['に', 'は', 'で']).trim();
        g.is_empty()
            || g.strip_suffix('年')
                .is_some_and(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
    };
    let topic_comma = gap.strip_prefix('、').is_some_and(year_only)
        && !["増", "減", "成長", "拡大", "の成長", "の増", "の減", "も"]
            .iter()
            .any(|w| after.starts_with(w));
    if topic_comma && !shared {
        return true;
    }
    // 「AI半導体市場3216億ドル予測」 (a headline's way): the market right before the amount,
    // which is its size as forecast or as it stands, not a change.
    let glued = gap.is_empty()
        && (ends
            || subject::SIZE_AFTER_MARKET
                .iter()
                .any(|w| after.starts_with(w)));
    if glued && !shared {
        return true;
    }
    marked
        && ends
        && !shared
        && gap.chars().count() <= 24
        && !gap_sans_year.contains(['に', 'へ', 'を'])
}

/// Whether the words after an amount make it a market's size by naming the market after it
/// (「8864億ドル市場へ」, 「483億ドル市場に成長」, 「4000億ドル市場の真意」): 市場 and then the
/// end of the phrase or a verb of becoming, not a market someone enters (「1兆ドル市場に参入」)
/// or targets (「1兆ドル市場を狙う」).
fn market_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix("市場") else {
        return false;
    };
    // (「市場へ」 ends the phrase; 「市場へ参入」 does not.)
    let rest = rest.strip_prefix('へ').unwrap_or(rest);
    rest.is_empty()
        || rest.starts_with(['、', '。', '，', '」', '！', '？', '：', ':', '—', '─', ' '])
        || [
            "に達",
            "になる",
            "になり",
            "に成長",
            "に拡大",
            "に急成長",
            "と予測",
            "の真意",
            "の真価",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
}

/// `gap` without a year it ends with and the particle after the year (「は2025年に」 →
/// 「は」, 「も2024年度には」 → 「も」); `gap` itself when it ends with none.
fn without_trailing_year(gap: &str) -> &str {
    let g = gap.trim_end_matches(['、', '，', ' ']);
    for particle in ["には", "に", "では", "で", "は", ""] {
        let Some(r) = g.strip_suffix(particle) else {
            continue;
        };
        let Some(r) = r.strip_suffix("年度").or_else(|| r.strip_suffix('年')) else {
            continue;
        };
        let digits = r.bytes().rev().take_while(u8::is_ascii_digit).count();
        if digits == 4 {
            return &r[..r.len() - 4];
        }
    }
    gap
}

/// A compound rate dated by one year that ends a change stated from an earlier year
/// (「2025年の32億ドルから2035年には150億ドルへと、年平均16.9%で成長」) is the rate over
/// that span: `2025-2035`.
fn compound_span(
    text: &str,
    figs: &[Figure],
    pos: &[(usize, usize)],
    period: Option<String>,
) -> Option<String> {
    let Some(end) = period.as_deref().and_then(|p| p.parse::<i64>().ok()) else {
        return period;
    };
    let years: Vec<(usize, i64)> = (0..figs.len())
        .filter(|&o| figs[o].raw.kind == Kind::Year && figs[o].raw.range.is_none())
        .filter_map(|o| Some((o, figs[o].raw.value.to_i64()?)))
        .collect();
    let from = years.windows(2).find_map(|w| {
        let ((a, ya), (b, yb)) = (w[0], w[1]);
        (yb == end && ya < yb && text[pos[a].1..pos[b].0].contains("から")).then_some(ya)
    });
    match from {
        Some(start) => Some(format!("{start}-{end}")),
        None => period,
    }
}

/// A span of years is the period of a compound rate (CAGR 2025–2030); a value the span
/// reaches (「2025年から2030年まで…成長して384.5億ドルに達する」, see [`reaches`]) is dated by
/// its end, any other figure after a span by its start.
fn span_start_unless_compound(
    period: Option<String>,
    metric: &str,
    reached: bool,
) -> Option<String> {
    if metric != "cagr" {
        if let Some((start, end)) = period.as_deref().and_then(|p| p.split_once('-')) {
            let year = |y: &str| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit());
            if year(start) && year(end) {
                return Some(if reached { end } else { start }.to_string());
            }
        }
    }
    period
}

/// The clause before the subject's own (within 300 bytes): its scope words and places narrow
/// the subject ("日本国内でも、…AI市場は").
fn context_before(text: &str, subject_at: usize) -> &str {
    let near = text.floor_char_boundary(subject_at.saturating_sub(300));
    let start = text[near..subject_at]
        .char_indices()
        .rev()
        .filter(|&(i, c)| matches!(c, '、' | '，' | ',') && !is_digit_comma(text, near + i))
        .nth(1)
        .map_or(near, |(i, c)| near + i + c.len_utf8());
    &text[start..subject_at]
}

/// Adds scope words to a scope (`a,b`: sorted, each once).
fn widen_scope(scope: &mut String, more: Vec<String>) {
    if more.is_empty() {
        return;
    }
    let mut all: BTreeSet<String> = scope
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    all.extend(more);
    *scope = all.into_iter().collect::<Vec<_>>().join(",");
}

/// A measure's variant that keeps it apart from the plain measure: a total, an additional
/// tranche, a yearly amount or a run-rate reached by a date. `(cs, fs, fe)`: the clause's
/// start, and the figure's start and end.
fn measure_variant(
    text: &str,
    (cs, fs, fe): (usize, usize, usize),
    kind: Kind,
) -> Option<&'static str> {
    // 「総額17億ユーロの資金調達ラウンド」: the size of one round, not a running total.
    let one_round = || {
        let after = &text[fe..];
        let near = &after[..after.floor_char_boundary(after.len().min(36))];
        let near = near.split(['、', '。', '，', ',']).next().unwrap_or("");
        near.contains("ラウンド") || near.contains(" round")
    };
    if is_total(&text[..fs]) && !one_round() {
        return Some(" (total)");
    }
    if kind != Kind::Money {
        return None;
    }
    let additional_after = ["の追加", "を追加", "追加"]
        .iter()
        .any(|w| text[fe..].trim_start().starts_with(w));
    if is_additional(&text[cs..fs]) || additional_after {
        // 「追加で40億ドル」: one more tranche, not the whole.
        return Some(" (additional)");
    }
    if !is_annual(&text[cs..fs]) {
        return None;
    }
    // 「年間900億ドル」: a yearly amount, not one event's; 「年末までに年間200億ドル」 is a
    // run-rate reached by a date, not a calendar year's total.
    let head = &text[..fs];
    let by_date = [
        "末までに",
        "末には",
        "末に",
        "末時点",
        "by the end of",
        "by year-end",
    ]
    .iter()
    .any(|w| head.contains(w));
    Some(if by_date { " (run-rate)" } else { " (annual)" })
}

/// Whether the words right after an amount say that something reaches it (に達する, に拡大,
/// to reach): with a market as its subject, the amount is the market's size.
fn reaches(after: &str) -> bool {
    let after = past_aside(after.trim_start_matches([' ', '）', ')']));
    // 「…710億ドルにまで成長」 says 「まで成長」 with emphasis.
    let after = after
        .strip_prefix('に')
        .filter(|rest| rest.starts_with("まで"))
        .unwrap_or(after);
    // 「…から150億ドルへと、年平均16.9%で成長する」: the verb of reaching comes after an aside.
    let toward = ["へと、", "へ、", "へと，", "へ，"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .is_some_and(|rest| {
            let clause = rest.split(['。', '、', '，']).next().unwrap_or(rest);
            ["成長", "拡大", "増加", "急増", "伸び"]
                .iter()
                .any(|v| clause.contains(v))
        });
    // A headline's 「…497億ドルへ」: heading for the amount, the verb left unsaid.
    if after.strip_prefix('へ').is_some_and(|rest| {
        rest.is_empty()
            || rest.starts_with([
                '。', '！', '？', '!', '?', '」', '』', ' ', '　', '：', ':', '｜', '|',
            ])
    }) {
        return true;
    }
    // A particle of arriving and a verb of growing to (「へと激増」, 「にも上る」, 「に及ぶ」).
    let grows_to = ["にも", "へと", "まで", "に", "へ"]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .is_some_and(|verb| {
            [
                "達",
                "到達",
                "成長",
                "急成長",
                "拡大",
                "急拡大",
                "増加",
                "急増",
                "激増",
                "倍増",
                "膨ら",
                "跳ね上が",
                "急騰",
                "急上昇",
                "及",
                "迫",
                "上る",
                "上り",
                "上っ",
                "伸長",
            ]
            .iter()
            .any(|v| verb.starts_with(v))
        });
    toward
        || grows_to
        // What the particle-and-verb check above does not cover: 「に上」 beyond 「に上る」
        // (「に上昇」), being (「だった」, 「となる」), passing a mark, and estimates.
        || [
            "に上",
            "だった",
            "となった",
            "になった",
            "となる",
            "になる",
            // 「710億ドルにもなる」: emphasis on the amount reached.
            "にもなる",
            "にもなっ",
            "にもなり",
            "を突破",
            "と推定",
            "と予測",
            "と予想",
            "と見込",
            "と評価",
            "达到",
            "增至",
            "突破",
        ]
        .iter()
        .any(|w| after.starts_with(w))
}

/// Whether the words before a figure name something other than `subject` (a Latin name, a
/// market, an industry, a company, a government): then the sentence is about that, and does
/// not continue the sentence before (「生成AI市場に絞っても、…710億ドル」).
fn names_another(head: &str, subject: &str, vocab: &Vocab) -> bool {
    // A Latin name names another, but not a measure written in Latin letters (CAGR, ARR), a
    // period (FY2025) nor a name before 「から」, which is where something comes from
    // (「Amazonからの80億ドル」: the text still goes on about its subject, when that is a
    // well-known company).
    // (The subject is normalised only when a name stands before 「から」: this runs per figure.)
    let company = std::cell::OnceCell::new();
    let mut at = 0;
    let latin = head.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        let end = at + w.len();
        at = end + head[end..].chars().next().map_or(0, char::len_utf8);
        let source = head[end..].starts_with("から")
            && *company.get_or_init(|| vocab.is_company(&vocab.normalise(subject).0));
        !source
            && w.len() >= 2
            // A fiscal year or quarter (FY2025, Q3, H1) is a period, not a name.
            && !period_token(w)
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && !subject.contains(w)
            && !vocab.is_metric_word(&fold(w))
            // A field written in Latin letters (AI, IT, GPU) names no one either.
            && !vocab.is_non_subject(w)
    });
    // The noun phrase that ends with a head word (生成AI市場), compared whole.
    let phrase_of = |end: usize| phrase_ending_at(head, end);
    latin
        || [
            "市場", "産業", "業界", "企業", "会社", "政府", "市场", "产业", "公司",
        ]
        .iter()
        .any(|w| {
            head.match_indices(w).any(|(i, _)| {
                let phrase = phrase_of(i + w.len());
                // 「同市場」, 「この市場」 refer back to a market carried; they name no other.
                let refers_back = subject.ends_with(w)
                    && ["同", "当該", "この", "その"]
                        .iter()
                        .any(|a| head[..i].ends_with(a) || phrase.starts_with(a));
                !subject.contains(phrase)
                    && !refers_back
                    && !OWN_ATTRIBUTES.iter().any(|a| head[i..].starts_with(a))
            })
        })
}

/// Whether a word in Latin letters is a period: a fiscal or calendar year, a quarter or a half
/// (「FY2025」, 「CY2024」, 「Q3」, 「H1」, 「3Q」).
fn period_token(w: &str) -> bool {
    let year = |s: &str| (s.len() == 2 || s.len() == 4) && s.bytes().all(|b| b.is_ascii_digit());
    ["FY", "CY"]
        .iter()
        .any(|p| w.strip_prefix(p).is_some_and(year))
        || matches!(
            w,
            "Q1" | "Q2" | "Q3" | "Q4" | "1Q" | "2Q" | "3Q" | "4Q" | "H1" | "H2"
        )
}

/// The noun phrase of `text` that ends at `end`: the letters, digits and 「ー」 before it, back to
/// the first hiragana or mark (「生成AI市場」 in 「特に生成AI市場は」).
fn phrase_ending_at(text: &str, end: usize) -> &str {
    let start = text[..end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| {
            c.is_alphanumeric() && !('\u{3041}'..='\u{309F}').contains(&c) || c == 'ー'
        })
        .last()
        .map_or(end, |(i, _)| i);
    &text[start..end]
}

/// Words for a company's own worth that open with a word for a company or a market: they
/// measure the subject, and name no other (「同社の企業価値は…」).
const OWN_ATTRIBUTES: &[&str] = &[
    "企業評価額",
    "企業評価",
    "企業価値",
    "会社価値",
    "市場価値",
    "企业价值",
    "公司价值",
    "市场价值",
];

/// Whether a title opens with a year glued to the words after it (「2026年Figure AIの…」,
/// 「2026年AI投資の行方」): a framing of the whole title, not the date of a figure in it.
/// A year followed by a particle or a period word (2024年に, 2024年の, 2024年度, 2024年末)
/// dates what follows.
fn framing_year(text: &str, figs: &[Figure], pos: &[(usize, usize)]) -> Option<String> {
    let lead = text.len() - text.trim_start_matches(TITLE_OPENERS).len();
    let k = figs
        .iter()
        .zip(pos)
        .position(|(f, &(s, _))| f.raw.kind == Kind::Year && s == lead)?;
    let after = text[pos[k].1..].trim_start_matches(['】', '」', ']', ')', '）', ' ']);
    glued(after).then(|| figs[k].raw.value.to_string())
}

/// What a title may open with before its first word: spaces, brackets and quotes.
pub(super) const TITLE_OPENERS: [char; 8] = [' ', '　', '【', '「', '[', '(', '（', '"'];

/// Words after a title's leading year that make it the date of what follows (2024年に,
/// 2024年の, 2024年度, 2024年末) rather than a framing glued to the title's words.
const DATED_AFTER_YEAR: &[&str] = &[
    "の",
    "に",
    "は",
    "も",
    "で",
    "度",
    "末",
    "初",
    "上半期",
    "下半期",
    "前半",
    "後半",
    "第",
    "時点",
    "まで",
    "から",
    "以降",
    "中",
    "内",
    "、",
    ",",
    "〜",
    "~",
    "-",
    "Q",
    "月",
    "春",
    "夏",
    "秋",
    "冬",
];

/// Whether the words after a title's leading year are glued to it (「2026年AI投資の行方」)
/// rather than dated by it (see [`DATED_AFTER_YEAR`]).
fn glued(after: &str) -> bool {
    !after.is_empty() && !DATED_AFTER_YEAR.iter().any(|w| after.starts_with(w))
}

/// The year a title opens with when it frames the title (see [`framing_year`]): 「2026年AI投資
/// の行方」 → 2026; 「2025年の生成AI」 and 「2025年4月の…」 date what follows and frame nothing.
pub fn title_framing_year(title: &str) -> Option<&str> {
    let t = title.trim_start_matches(TITLE_OPENERS);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let after = t[digits..].strip_prefix('年').filter(|_| digits == 4)?;
    let after = after.trim_start_matches(['】', '」', ']', ')', '）', ' ']);
    (glued(after) && !after.starts_with(|c: char| c.is_ascii_digit())).then(|| &t[..digits])
}

/// Whether the clause before an amount makes it one more tranche (追加, additional).
fn is_additional(head: &str) -> bool {
    [
        "追加",
        "さらに上乗せ",
        "追加的",
        "additional",
        "further",
        "another $",
        "追加投资",
    ]
    .iter()
    .any(|w| head.contains(w))
}

/// Whether the clause before an amount makes it a yearly one (年間, 毎年, per year).
fn is_annual(head: &str) -> bool {
    [
        "年間",
        "毎年",
        "年あたり",
        "年額",
        "每年",
        "annual",
        "per year",
        "a year",
        "yearly",
    ]
    .iter()
    .any(|w| {
        head.match_indices(w).any(|(i, _)| {
            // 「今後3年間で」: over three years, not a yearly amount.
            !(*w == "年間"
                && head[..i].ends_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)))
        })
    }) && !["年間平均", "年平均"].iter().any(|w| head.contains(w))
}

/// Whether the words right before a figure make it a total (合計, 総額, 累計, in total).
/// 時価総額 (market capitalisation) is a valuation, not a total.
fn is_total(head: &str) -> bool {
    // Only the last few characters are read: 時価総額 is replaced in those alone.
    let near =
        head[head.floor_char_boundary(head.len().saturating_sub(64))..].replace("時価総額", "時価");
    let head = near.as_str();
    let tail: String = head
        .chars()
        .rev()
        .take(6)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let tail = tail.to_ascii_lowercase();
    // 「総資金調達額は」, 「総投資額」: 総 and 額 around the measure, as one word (no particle
    // between: 「総合商社の投資額」 is no total).
    let wide: String = head.chars().rev().take(9).collect();
    if let (Some(sou), Some(gaku)) = (wide.find('総'), wide.find('額')) {
        // (reversed: 額 comes first)
        if gaku < sou
            && !wide[gaku..sou]
                .chars()
                .any(|c| ('\u{3041}'..='\u{3096}').contains(&c))
        {
            return true;
        }
    }
    [
        "合計",
        "総額",
        "累計",
        "累積",
        "総計",
        "总计",
        "累计",
        "合计",
        "total",
        "cumulative",
        "combined",
    ]
    .iter()
    .any(|w| tail.contains(w))
}

/// The clause of `text` that holds `fs..fe`: bounded by 、，,；;：: and the sentence ends.
pub(super) fn clause_bounds(text: &str, fs: usize, fe: usize) -> (usize, usize) {
    // A clause is never longer than this either side of its figure (bytes): a line with no
    // separator is read in windows, so the cost stays linear in its length.
    const MAX: usize = 1000;
    let is_sep = |c: char| matches!(c, '、' | '，' | ';' | '；' | '：' | ',' | ':');
    let floor = text.floor_char_boundary(fs.saturating_sub(MAX));
    let ceil = text.ceil_char_boundary((fe + MAX).min(text.len()));
    let start = text[floor..fs]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_sep(c) && !is_digit_comma(text, floor + i))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8());
    let end = text[fe..ceil]
        .char_indices()
        .find(|&(i, c)| is_sep(c) && !is_digit_comma(text, fe + i))
        .map_or(ceil, |(i, _)| fe + i);
    (start, end)
}

/// A comma between digits is a thousands separator, not a clause break.
pub(super) fn is_digit_comma(text: &str, i: usize) -> bool {
    let before = text[..i]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let after = text[i..]
        .chars()
        .nth(1)
        .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    before && after
}

/// Words after a quotation that make it the finding of a survey or a study (「…」という調査結果):
/// not 結果 or 報告 alone, which a company says of its own figures too.
const SURVEY_WORDS: &[&str] = &["調査", "研究", "アンケート"];

/// Whether the figure at `fs..fe` stands inside a 「…」 quotation that the text goes on to call a
/// survey's or a study's finding (「…」という調査結果, 「…」との研究結果).
fn quoted_survey_finding(text: &str, fs: usize, fe: usize) -> bool {
    let before = &text[..fs];
    let Some(open) = before.rfind('「') else {
        return false;
    };
    if before[open..].contains('」') {
        return false;
    }
    let Some(close) = text[fe..].find('」') else {
        return false;
    };
    let rest = &text[fe + close + '」'.len_utf8()..];
    let rest = rest
        .strip_prefix("という")
        .or_else(|| rest.strip_prefix("との"))
        .unwrap_or("");
    SURVEY_WORDS.iter().any(|w| rest.starts_with(w))
}

/// The most a figure not marked 約 / about is read to stray from its value, as a share of it.
const ROUND_SHARE: f64 = 0.1;

/// The values a figure allows: its rounding interval (half its precision either side), widened
/// for 約 / about, opened by a bound, spanning a range.
pub fn interval(f: &Figure, approx_tolerance: f64) -> (f64, f64) {
    let v = f.raw.value.to_f64().unwrap_or(f64::NAN);
    let mut half = f.raw.precision.to_f64().unwrap_or(0.0).abs() / 2.0;
    // 「2倍」 is read as twice, not as anything from 1.5 to 2.5 times: a small whole multiple
    // is stated exactly unless 約 says otherwise (2倍 and 2.5倍 differ).
    //
    // The same holds for a round amount or count: 「1000億円」 is read as 900–1100億, not as
    // anything from 500 to 1500 (a writer who meant about a thousand writes 約1000億). A bound
    // keeps its rounding: 「1兆ドル超」 and 「最大100億ドル」 are thresholds picked round; so does
    // a scale (「100億ドル規模の投資」 is an investment of the order of ten billion).
    let scale = f.after.starts_with("規模");
    if !f.raw.approx && (f.raw.unit == "倍" || f.raw.bound.is_none() && !scale) {
        half = half.min(v.abs() * ROUND_SHARE);
    }
    let (mut lo, mut hi) = match f.raw.range {
        Some((l, h)) => (
            l.to_f64().unwrap_or(v) - half,
            h.to_f64().unwrap_or(v) + half,
        ),
        None => (v - half, v + half),
    };
    if f.raw.approx {
        let w = v.abs() * approx_tolerance;
        lo -= w;
        hi += w;
    }
    match f.raw.bound {
        Some(Bound::Ge) | Some(Bound::Gt) => hi = f64::INFINITY,
        Some(Bound::Le) | Some(Bound::Lt) => {
            // 近く / nearly: a little under; 以下 / up to: anything under.
            lo = if f.raw.approx {
                v - v.abs() * approx_tolerance * 3.0
            } else {
                f64::NEG_INFINITY
            };
        }
        None => {}
    }
    (lo, hi)
}

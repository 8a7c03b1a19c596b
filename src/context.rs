//! Contextualising: figures → claims. A claim is a figure with the subject it is about, the
//! metric it measures and the period it refers to, read from its sentence and clause with the
//! vocabularies in `rules/vocab.*.yaml`.

use crate::config::{Config, Settings, VocabSpec};
use crate::figure::{Bound, Figure, Kind};
use crate::load::prose::BlockKind;
use crate::load::Document;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rust_decimal::prelude::ToPrimitive;
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

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
}

/// The vocabularies compiled for matching.
pub struct Vocab {
    metrics: Vec<(String, u8)>,
    /// The metric words, folded; compiled on first use (a run whose files all come from the
    /// cache never needs them).
    metric_word_list: Vec<String>,
    metric_words: OnceLock<AhoCorasick>,
    metric_of_word: Vec<usize>,
    aliases: Vec<(String, String)>,
    strip: Vec<String>,
    anaphora: Vec<String>,
    non_subjects: Vec<String>,
    scopes: Vec<String>,
    /// place → parent ("" for none), normalised.
    places: Vec<(String, String)>,
    settings: Settings,
}

fn kind_bit(kind: Kind) -> u8 {
    match kind {
        Kind::Percent => 1,
        Kind::PercentPoint => 2,
        Kind::Money => 4,
        Kind::Count => 8,
        Kind::Number => 16,
        Kind::Year => 0,
    }
}

fn kind_bit_named(name: &str) -> u8 {
    match name {
        "percent" => 1,
        "percent_point" => 2,
        "money" => 4,
        "count" => 8,
        "number" => 16,
        _ => 0,
    }
}

impl Vocab {
    pub fn new(config: &Config) -> Vocab {
        Self::from_spec(&config.vocab, config.settings)
    }

    pub fn from_spec(v: &VocabSpec, settings: Settings) -> Vocab {
        let mut metrics = Vec::new();
        let mut words = Vec::new();
        let mut metric_of_word = Vec::new();
        for (name, m) in &v.metrics {
            let bits = m.kinds.iter().fold(0, |b, k| b | kind_bit_named(&k.value));
            let idx = metrics.len();
            metrics.push((name.clone(), bits));
            for w in &m.words {
                words.push(fold(w));
                metric_of_word.push(idx);
            }
        }
        let mut aliases: Vec<(String, String)> = v
            .aliases
            .iter()
            .flat_map(|(canon, spellings)| spellings.iter().map(move |s| (fold(s), fold(canon))))
            .collect();
        aliases.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        let mut strip: Vec<String> = v.strip.iter().map(|s| fold(s)).collect();
        strip.sort_by_key(|s| std::cmp::Reverse(s.len()));
        Vocab {
            metrics,
            metric_word_list: words,
            metric_words: OnceLock::new(),
            metric_of_word,
            aliases,
            strip,
            anaphora: v.anaphora.iter().map(|s| fold(s)).collect(),
            non_subjects: v.non_subjects.iter().map(|s| fold(s)).collect(),
            scopes: v.scopes.iter().map(|s| fold(s)).collect(),
            places: v.places.iter().map(|(k, p)| (fold(k), fold(p))).collect(),
            settings,
        }
    }

    pub fn settings(&self) -> Settings {
        self.settings
    }

    /// The metric words as one automaton: a DFA, since the vocabulary is small and is
    /// searched in every sentence that holds a figure.
    fn metric_words(&self) -> &AhoCorasick {
        self.metric_words.get_or_init(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&self.metric_word_list)
                .expect("metric vocabulary compiles")
        })
    }

    /// Normalises a subject: returns `(key, scope signature)`.
    pub fn normalise(&self, subject: &str) -> (String, String) {
        let mut s = fold(subject);
        for (from, to) in &self.aliases {
            if s.contains(from.as_str()) && !s.contains(to.as_str()) {
                s = s.replace(from.as_str(), to);
            }
        }
        // `replace` always makes a new string: only call it when there is something to replace.
        for possessive in ["'s", "’s"] {
            if s.contains(possessive) {
                s = s.replace(possessive, "");
            }
        }
        s.retain(|c| {
            !matches!(
                c,
                'の' | '的'
                    | ' '
                    | '・'
                    | '「'
                    | '」'
                    | '『'
                    | '』'
                    | '('
                    | ')'
                    | '"'
                    | '\''
                    | '“'
                    | '”'
                    | '【'
                    | '】'
            )
        });
        for w in &self.strip {
            if s.len() > w.len() && s.contains(w.as_str()) {
                s = s.replace(w.as_str(), "");
            }
        }
        let mut scope = BTreeSet::new();
        for w in &self.scopes {
            if s.contains(w.as_str()) {
                scope.insert(w.clone());
            }
        }
        let present: Vec<&(String, String)> = self
            .places
            .iter()
            .filter(|(p, _)| s.contains(p.as_str()))
            .collect();
        for (place, _) in &present {
            // A parent named together with its child narrows to the child: 中国北京 → 北京.
            if present.iter().any(|(_, parent)| parent == place) {
                s = s.replace(place.as_str(), "");
            } else {
                scope.insert(place.clone());
            }
        }
        (s, scope.into_iter().collect::<Vec<_>>().join(","))
    }

    /// Scope words and places named in `text`.
    pub fn scope_words(&self, text: &str) -> Vec<String> {
        let f = fold(text);
        let mut v: Vec<String> = self
            .scopes
            .iter()
            .filter(|w| f.contains(w.as_str()))
            .cloned()
            .collect();
        v.extend(
            self.places
                .iter()
                .filter(|(p, _)| f.contains(p.as_str()))
                .map(|(p, _)| p.clone()),
        );
        v
    }

    fn is_anaphor(&self, np: &str) -> bool {
        let f = fold(np);
        f.is_empty()
            || self
                .anaphora
                .iter()
                .any(|a| f == *a || f.starts_with(a.as_str()) && self.is_metric_word(&f[a.len()..]))
    }

    /// A phrase that cannot be a subject: a time word, a generic noun, a metric word alone.
    pub fn is_non_subject(&self, np: &str) -> bool {
        let f = fold(np);
        let f = f.trim_matches(['の', '的', ' ']);
        self.is_metric_word(f)
            || self.non_subjects.iter().any(|w| {
                f == w || f.ends_with(w.as_str()) && f.chars().count() <= w.chars().count() + 1
            })
    }

    fn is_metric_word(&self, s: &str) -> bool {
        s.is_empty()
            || self
                .metric_words()
                .find(s)
                .is_some_and(|m| m.start() == 0 && m.end() == s.len())
    }

    /// Strips metric words and particles from the end of a subject (`AI市場規模` → `AI市場`).
    fn trim_metric_suffix<'a>(&self, mut np: &'a str) -> &'a str {
        loop {
            let before = np;
            np = np.trim_end_matches(['の', '的', ' ']);
            if let Some(m) = self
                .metric_words()
                .find_iter(np)
                .filter(|m| m.end() == np.len() && m.start() > 0)
                .last()
            {
                np = &np[..m.start()];
            }
            if np == before {
                return np;
            }
        }
    }
}

/// Full-width ASCII to ASCII, and ASCII lower case.
pub fn fold(s: &str) -> String {
    // Every full-width form starts with the byte 0xEF; most text has none.
    if memchr::memchr(0xEF, s.as_bytes()).is_none() && !s.contains('\u{3000}') {
        return s.to_ascii_lowercase();
    }
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The claims of one document; `figures` are its figures, the first at index `base`.
pub fn doc_claims(doc: &Document, figures: &[Figure], base: usize, vocab: &Vocab) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < figures.len() {
        let sentence = figures[i].sentence;
        let mut j = i;
        while j < figures.len() && figures[j].sentence == sentence {
            j += 1;
        }
        sentence_claims(doc, &figures[i..j], base + i, vocab, &mut out);
        i = j;
    }
    out
}

fn sentence_claims(
    doc: &Document,
    figs: &[Figure],
    base: usize,
    vocab: &Vocab,
    out: &mut Vec<Claim>,
) {
    let Some(sent) = doc.sentences.get(figs[0].sentence).copied() else {
        return;
    };
    let block = &doc.blocks[sent.block];
    let text = &block.text[sent.start..sent.end];
    let headline = matches!(block.kind, BlockKind::Title | BlockKind::Heading);
    // Years alone make no claim: such sentences (most of those with a figure) stop here.
    if figs.iter().all(|f| kind_bit(f.raw.kind) == 0) {
        return;
    }
    let folded = fold_same_len(text);
    let metric_hits: Vec<(usize, usize, usize)> = vocab
        .metric_words()
        .find_iter(folded.as_str())
        .map(|m| {
            (
                m.start(),
                m.end(),
                vocab.metric_of_word[m.pattern().as_usize()],
            )
        })
        .collect();
    // Positions of the figures inside the sentence.
    let pos: Vec<(usize, usize)> = figs
        .iter()
        .map(|f| {
            (
                f.raw.start.saturating_sub(sent.start).min(text.len()),
                f.raw.end.saturating_sub(sent.start).min(text.len()),
            )
        })
        .collect();
    let kinds: Vec<Kind> = figs.iter().map(|f| f.raw.kind).collect();
    // The restated side of each conversion ("920億ドル（約13兆円）" → 約13兆円).
    let restated: Vec<bool> = (0..figs.len())
        .map(|k| {
            k > 0
                && kinds[k] == Kind::Money
                && kinds[k - 1] == Kind::Money
                && is_restatement(&text[pos[k - 1].1..pos[k].0])
        })
        .collect();
    let mut last_subject: Option<(usize, String)> = None;
    for (k, f) in figs.iter().enumerate() {
        let bit = kind_bit(f.raw.kind);
        if bit == 0 {
            continue;
        }
        let (fs, fe) = pos[k];
        // The restated side of a conversion ("920億ドル（約13兆円）") is not a claim of its own.
        if restated[k] {
            continue;
        }
        let (cs, ce) = clause_bounds(text, fs, fe);
        let scene = Scene {
            text,
            figs,
            pos: &pos,
            restated: &restated,
        };
        let Some(metric) = metric_for(&scene, &metric_hits, vocab, k, (cs, ce)) else {
            continue;
        };
        let period = period_of(doc, text, figs, &pos, k);
        let found = subject_of(
            text,
            fs,
            &pos,
            &kinds,
            vocab,
            doc.meta.lang.as_str(),
            headline,
        );
        let Some((subject_at, subject)) = found.or_else(|| last_subject.clone()) else {
            continue;
        };
        let subject = subject.trim_end_matches(['の', '的', ' ']).to_string();
        last_subject = Some((subject_at, subject.clone()));
        let (mut key, mut scope) = vocab.normalise(&subject);
        if key.chars().count() < 2 || vocab.is_non_subject(&subject) {
            continue;
        }
        // Scope words and places in the clause before the subject's own narrow it
        // ("日本国内でも、…AI市場は").
        let subject_at = floor_boundary(text, subject_at);
        let ctx_start = text[..subject_at]
            .char_indices()
            .rev()
            .filter(|&(i, c)| matches!(c, '、' | '，' | ',') && !is_digit_comma(text, i))
            .nth(1)
            .map_or(0, |(i, c)| i + c.len_utf8());
        let context_scope = vocab.scope_words(&text[ctx_start..subject_at]);
        if !context_scope.is_empty() {
            let mut all: BTreeSet<String> = scope
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            all.extend(context_scope);
            scope = all.into_iter().collect::<Vec<_>>().join(",");
        }
        // A qualifier between subject and figure ("AIチップ市場全体で86%") narrows the subject.
        if let Some(q) = qualifier_between(
            text,
            floor_boundary(text, subject_at + subject.len()),
            fs,
            vocab,
        ) {
            key.push('@');
            key.push_str(&q);
        }
        let mut metric_name = vocab.metrics[metric].0.clone();
        // "AI市場規模は" and "AI市場は…規模" are one subject and metric.
        if metric_name == "market_size" {
            metric_name = "size".to_string();
            if !["市場", "市场", "market"].iter().any(|m| key.ends_with(m)) {
                key.push_str(if doc.meta.lang == "en" {
                    "market"
                } else {
                    "市場"
                });
            }
        }
        if vocab.is_non_subject(&key) {
            continue;
        }
        if is_total(&text[..fs]) {
            metric_name.push_str(" (total)");
        }
        let (low, high) = interval(f, vocab.settings.approx_tolerance);
        out.push(Claim {
            figure: base + k,
            doc: f.doc,
            subject,
            key,
            scope,
            metric: metric_name,
            period,
            unit: f.raw.unit.clone(),
            low,
            high,
            value: f.raw.value.to_f64().unwrap_or(f64::NAN),
            headline,
        });
    }
}

/// The nearest char boundary at or before `i`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether the words right before a figure make it a total (合計, 総額, 累計, in total).
fn is_total(head: &str) -> bool {
    let tail: String = head
        .chars()
        .rev()
        .take(6)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let tail = tail.to_ascii_lowercase();
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

/// A place phrase between the subject and the figure: `Xで`, `Xでは`, `X向け`, `Xにおいて`.
fn qualifier_between(text: &str, from: usize, to: usize, vocab: &Vocab) -> Option<String> {
    if from >= to || to > text.len() || !text.is_char_boundary(from) {
        return None;
    }
    let gap = &text[from..to];
    for marker in ["では", "で", "向け", "において", "における"] {
        let mut at = 0;
        while let Some(i) = gap[at..].find(marker) {
            let end = at + i;
            let np = vocab.trim_metric_suffix(np_before(gap, end, 0));
            let np = without_years(np);
            if np.chars().count() >= 2
                && !vocab.is_non_subject(&np)
                && !np.chars().all(|c| c.is_ascii_digit())
            {
                let (k, _) = vocab.normalise(&np);
                return Some(k);
            }
            at = end + marker.len();
        }
    }
    None
}

/// One sentence's figures and where they stand in it.
#[derive(Clone, Copy)]
struct Scene<'a> {
    text: &'a str,
    figs: &'a [Figure],
    pos: &'a [(usize, usize)],
    /// Whether each figure restates the one before it (a conversion's target).
    restated: &'a [bool],
}

/// A gap with bracketed asides removed ("（約15兆円）の" → "の").
fn without_brackets(gap: &str) -> String {
    let mut out = String::with_capacity(gap.len());
    let mut depth = 0usize;
    for c in gap.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Text between two amounts that makes the second restate the first: an opening bracket,
/// perhaps with 約 / about / 日本円で.
fn is_restatement(gap: &str) -> bool {
    let g = gap.trim();
    g.is_empty() || g.starts_with(['（', '(', '[', '［']) && g.chars().count() <= 8
}

/// The metric of figure `k`: the metric word in its clause, for its kind of figure, closest to
/// it by the words between (a word right after it with の, or right before it with は / が,
/// wins), and never beyond another figure of the same kind.
fn metric_for(
    scene: &Scene<'_>,
    hits: &[(usize, usize, usize)],
    vocab: &Vocab,
    k: usize,
    (cs, ce): (usize, usize),
) -> Option<usize> {
    let Scene {
        text,
        figs,
        pos,
        restated,
    } = *scene;
    let (fs, fe) = pos[k];
    let kind = figs[k].raw.kind;
    let bit = kind_bit(kind);
    let blocked = |a: usize, b: usize| {
        pos.iter().enumerate().any(|(o, &(os, oe))| {
            o != k && !restated[o] && figs[o].raw.kind == kind && os >= a && oe <= b
        })
    };
    hits.iter()
        .filter(|(s, e, m)| *s >= cs && *e <= ce && vocab.metrics[*m].1 & bit != 0)
        .filter_map(|&(s, e, m)| {
            let (gap, before) = if e <= fs {
                (&text[e..fs], true)
            } else if s >= fe {
                (&text[fe..s], false)
            } else {
                return None;
            };
            if before && blocked(e, fs) || !before && blocked(fe, s) {
                return None;
            }
            let gap = without_brackets(gap);
            let gap = gap.as_str();
            let chars = gap.chars().count();
            // English spends more characters on the same few words.
            let limit = if gap.is_ascii() { 48 } else { 16 };
            if chars > limit {
                return None;
            }
            let trimmed = gap.trim_matches([' ', '（', '(', '）', ')']);
            let tight = if before {
                matches!(
                    trimmed,
                    "" | "は"
                        | "が"
                        | "も"
                        | "："
                        | ":"
                        | "は約"
                        | "が約"
                        | "of"
                        | "was"
                        | "is"
                        | "at"
                        | "reached"
                        | "为"
                        | "达"
                        | "达到"
                )
            } else {
                matches!(
                    trimmed,
                    "" | "の" | "もの" | "という" | "と" | "に" | "的" | "规模"
                )
            };
            let weight = if gap.is_ascii() { chars / 3 } else { chars };
            let score = weight * 2 + usize::from(before) + if tight { 0 } else { 8 };
            Some((score, m))
        })
        .min_by_key(|&(score, m)| (score, m))
        .map(|(_, m)| m)
}

/// Folds full-width ASCII and case without changing byte lengths where it matters for
/// offsets: full-width forms (3 bytes) become ASCII padded so offsets stay aligned.
fn fold_same_len(s: &str) -> String {
    let mut out = s.to_ascii_lowercase().into_bytes();
    // U+FF01–U+FF5E are EF BC 81–BF and EF BD 80–9E in UTF-8.
    let mut i = 0;
    while let Some(k) = memchr::memchr(0xEF, &out[i..]) {
        let at = i + k;
        let cp = match out[at + 1..] {
            [0xBC, c, ..] if c >= 0x81 => 0xFF00 + u32::from(c & 0x3F),
            [0xBD, c, ..] if c <= 0x9E => 0xFF40 + u32::from(c & 0x3F),
            _ => 0,
        };
        if cp != 0 {
            // The ASCII character, then two DEL bytes: three bytes, as before.
            out[at] = ((cp - 0xFEE0) as u8).to_ascii_lowercase();
            out[at + 1] = 0x7F;
            out[at + 2] = 0x7F;
        }
        i = at + 1;
    }
    String::from_utf8(out).expect("ASCII written over whole characters")
}

/// The clause of `text` that holds `fs..fe`: bounded by 、，,；;：: and the sentence ends.
fn clause_bounds(text: &str, fs: usize, fe: usize) -> (usize, usize) {
    let is_sep = |c: char| matches!(c, '、' | '，' | ';' | '；' | '：' | ',' | ':');
    let start = text[..fs]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_sep(c) && !is_digit_comma(text, i))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[fe..]
        .char_indices()
        .find(|&(i, c)| is_sep(c) && !is_digit_comma(text, fe + i))
        .map_or(text.len(), |(i, _)| fe + i);
    (start, end)
}

/// A comma between digits is a thousands separator, not a clause break.
fn is_digit_comma(text: &str, i: usize) -> bool {
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

/// The period a figure refers to: the nearest year before it in the sentence (else the
/// nearest after it in its clause), refined by 上半期 / 第N四半期 / N月 / 年度; else a
/// relative word (昨年, last year, 去年 …) resolved against the article's date.
fn period_of(
    doc: &Document,
    text: &str,
    figs: &[Figure],
    pos: &[(usize, usize)],
    k: usize,
) -> Option<String> {
    let (fs, fe) = pos[k];
    let (_, ce) = clause_bounds(text, fs, fe);
    let (cs, _) = clause_bounds(text, fs, fe);
    let kind = figs[k].raw.kind;
    // The nearest year before: in the figure's own clause, or further back when no figure of
    // the same kind stands between (that figure took the year).
    let before = (0..k)
        .rev()
        .find(|&o| figs[o].raw.kind == Kind::Year)
        .filter(|&o| {
            pos[o].0 >= cs || !(o + 1..k).any(|m| figs[m].raw.kind == kind && pos[m].1 <= cs)
        });
    let chosen = before.or_else(|| {
        ((k + 1)..figs.len()).find(|&o| figs[o].raw.kind == Kind::Year && pos[o].0 < ce)
    });
    if let Some(o) = chosen {
        // A month named on its own between the year and the figure ("2024年の9%から2月には")
        // makes the period unclear.
        if o < k && bare_month_between(text, pos[o].1, fs) {
            return None;
        }
        let mut year = figs[o].raw.value.to_i64()?;
        // "2025年の設備投資を前年の525億ドルから" → 2024.
        let lead: String = text[..fs]
            .chars()
            .rev()
            .take(5)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if ["前年の", "前年度の", "昨年の", "前年は", "前年度は"]
            .iter()
            .any(|w| lead.ends_with(w))
        {
            year -= 1;
        }
        let after = &text[pos[o].1..];
        let written = &text[pos[o].0..pos[o].1];
        return Some(refine_period(year, written, after));
    }
    let (y, _, _) = doc.meta.date?;
    let before_text = &text[..fs];
    let rel = [
        ("昨年", -1),
        ("去年", -1),
        ("last year", -1),
        ("今年", 0),
        ("this year", 0),
        ("来年", 1),
        ("明年", 1),
        ("next year", 1),
    ];
    rel.iter()
        .filter_map(|(w, d)| before_text.rfind(w).map(|i| (i, *d)))
        .filter(|&(i, _)| {
            !before_text[i..].starts_with("昨年比") && !before_text[i..].starts_with("去年同期")
        })
        .max_by_key(|&(i, _)| i)
        .map(|(_, d)| (i64::from(y) + d).to_string())
}

fn bare_month_between(text: &str, from: usize, to: usize) -> bool {
    let gap = &text[from.min(to)..to];
    let mut prev_digit = false;
    for c in gap.chars() {
        if c == '月' && prev_digit {
            return true;
        }
        prev_digit = c.is_ascii_digit() || ('０'..='９').contains(&c);
    }
    false
}

fn refine_period(year: i64, written: &str, after: &str) -> String {
    let fiscal = written.contains("年度")
        || written.to_ascii_uppercase().starts_with("FY")
        || after.starts_with("会計年度")
        || after.starts_with("年度");
    let base = if fiscal {
        format!("FY{year}")
    } else {
        year.to_string()
    };
    let after = after.trim_start_matches(['の', ' ']);
    for (w, p) in [
        ("上半期", "H1"),
        ("上期", "H1"),
        ("前半", "H1"),
        ("下半期", "H2"),
        ("下期", "H2"),
        ("後半", "H2"),
        ("上半年", "H1"),
        ("下半年", "H2"),
    ] {
        if after.starts_with(w) {
            return format!("{base}{p}");
        }
    }
    let quarters = [
        ["第1四半期", "第一四半期", "Q1", "第一季度", "1Q"],
        ["第2四半期", "第二四半期", "Q2", "第二季度", "2Q"],
        ["第3四半期", "第三四半期", "Q3", "第三季度", "3Q"],
        ["第4四半期", "第四四半期", "Q4", "第四季度", "4Q"],
    ];
    let folded = fold(after);
    for (i, q) in quarters.iter().enumerate() {
        if q.iter().any(|w| folded.starts_with(&fold(w))) {
            return format!("{base}Q{}", i + 1);
        }
    }
    if fiscal {
        return base;
    }
    if let Some(m) = written
        .split('年')
        .nth(1)
        .and_then(|r| r.trim_end_matches('月').parse::<u32>().ok())
    {
        return format!("{year}-{m:02}");
    }
    let digits: String = after.chars().take_while(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() && after[digits.len()..].starts_with('月') {
        if let Ok(m) = digits.parse::<u32>() {
            if (1..=12).contains(&m) {
                return format!("{year}-{m:02}");
            }
        }
    }
    base
}

/// Characters that may stand in a noun phrase.
fn np_char(c: char) -> bool {
    c.is_alphanumeric() && !('\u{3041}'..='\u{309F}').contains(&c)
        || matches!(
            c,
            'ー' | '・' | '&' | '々' | 'の' | '的' | '-' | '.' | '\'' | '’'
        )
}

/// The noun phrase that ends at byte `end` of `text`.
fn np_before(text: &str, end: usize, floor: usize) -> &str {
    let mut start = end;
    let mut latin_space = false;
    for (i, c) in text[..end].char_indices().rev() {
        if i < floor {
            break;
        }
        if np_char(c) {
            start = i;
            latin_space = false;
        } else if c == ' '
            && !latin_space
            && text[i + 1..]
                .chars()
                .next()
                .is_some_and(|n| n.is_ascii_alphanumeric())
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_alphanumeric())
        {
            latin_space = true;
        } else {
            break;
        }
    }
    let np = text[start..end].trim_start_matches(['の', '的', '-', '.']);
    // A leading period (2024年の, 2024年) is the period, not the subject.
    strip_leading_period(np)
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
            if n == 4 && rest.starts_with('年') {
                let mut skip = i + n + '年'.len_utf8();
                for tail in ["度", "末", "時点", "の", "に"] {
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

fn strip_leading_period(np: &str) -> &str {
    let mut s = np;
    loop {
        let digits = s.bytes().take_while(|b| b.is_ascii_digit()).count();
        if digits == 4 {
            let rest = &s[digits..];
            let rest = rest
                .strip_prefix("年度")
                .or_else(|| rest.strip_prefix('年'))
                .unwrap_or(rest);
            s = rest.trim_start_matches(['の', '的', ' ', 'に']);
            continue;
        }
        for p in ["昨年", "今年", "来年", "去年", "今年度", "現在", "当時"] {
            if let Some(r) = s.strip_prefix(p) {
                s = r.trim_start_matches(['の', '的']);
            }
        }
        return s;
    }
}

/// The subject of the figure at `fs`: in Japanese, the noun phrase before the nearest topic
/// or subject particle (は, が, も, では) before the figure, else the phrase that opens the
/// sentence; in Chinese, the phrase that opens the figure's clause or sentence; in English,
/// the words before the metric verb or after "of".
fn subject_of(
    text: &str,
    fs: usize,
    figures: &[(usize, usize)],
    kinds: &[Kind],
    vocab: &Vocab,
    lang: &str,
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
        let raw = np_before(head, open, 0);
        let outer = vocab.trim_metric_suffix(raw);
        if outer.chars().count() >= 2 && !vocab.is_anaphor(outer) && !vocab.is_non_subject(outer) {
            return Some((open - raw.len(), outer.to_string()));
        }
        return None;
    }
    if lang == "en" || !head.chars().any(|c| c as u32 > 0x2FFF) {
        return english_subject(head, vocab);
    }
    // A subject never reaches back over another figure (years inside it are dropped later).
    let floor = |at: usize| {
        figures
            .iter()
            .zip(kinds)
            .filter(|&(&(_, e), &k)| e <= at && k != Kind::Year)
            .map(|(&(_, e), _)| e)
            .max()
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
    let near = head.trim_end().len();
    let direct = np_before(head, near, floor(near));
    let trimmed = vocab.trim_metric_suffix(direct);
    if trimmed.len() < direct.len() && accept(trimmed) {
        return Some((near - direct.len(), without_years(trimmed).into_owned()));
    }
    // "…710億ドル規模になると予測される生成AI市場をはじめ": a relative clause that ends
    // right after the figure names its subject.
    if let Some(np) = following_subject(text, fs, vocab) {
        return Some(np);
    }
    // Particles, nearest first.
    for (i, c) in head.char_indices().rev() {
        if !matches!(c, 'は' | 'が' | 'も') {
            continue;
        }
        let mut before = &head[..i];
        for tail in ["だけで", "では", "で", "だけ", "たち", "ら", "自身", "自体"] {
            if let Some(b) = before.strip_suffix(tail) {
                before = b;
                break;
            }
        }
        let end = before.len();
        let raw = np_before(head, end, floor(end));
        let np = vocab.trim_metric_suffix(raw);
        if np.chars().count() >= 2 && !np.chars().all(|c| c.is_ascii_digit()) {
            if !accept(np) {
                return None;
            }
            return Some((end - raw.len(), without_years(np).into_owned()));
        }
    }
    // The phrase that opens the sentence names the subject only in a headline, in Chinese,
    // or when a comma sets it off ("京都のロボット産業、2024年に18%成長").
    let open_end = head
        .char_indices()
        .find(|&(_, c)| !np_char(c))
        .map_or(head.len(), |(i, _)| i);
    if !(headline || lang == "zh" || head[open_end..].starts_with(['、', '，', ','])) {
        return None;
    }
    let open_end = figures
        .iter()
        .zip(kinds)
        .filter(|&(&(s, _), &k)| s < open_end && k != Kind::Year)
        .map(|(&(s, _), _)| s)
        .min()
        .unwrap_or(open_end);
    let np = vocab.trim_metric_suffix(strip_leading_period(
        head[..open_end].trim_end_matches(|c: char| c.is_ascii_digit()),
    ));
    let np = cut_at_year(np);
    let np = vocab.trim_metric_suffix(np);
    let np = without_years(np);
    let np = vocab.trim_metric_suffix(np.trim_start_matches(['の', '的']));
    (np.chars().count() >= 2 && !vocab.is_anaphor(np) && !vocab.is_non_subject(np))
        .then(|| (0, np.to_string()))
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

/// The byte offset of a bracket opened before the end of `head` and not yet closed.
fn open_bracket(head: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in head.char_indices().rev() {
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

fn english_subject(head: &str, vocab: &Vocab) -> Option<(usize, String)> {
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
                .take_while(|w| !STOP.contains(&w.to_ascii_lowercase().as_str()))
                .collect();
            if !words.is_empty() {
                return Some((m.end() + 4, words.join(" ")));
            }
        }
        let before = &head[..m.start()];
        let mut words: Vec<&str> = before
            .split_whitespace()
            .rev()
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

/// The values a figure allows: its rounding interval (half its precision either side), widened
/// for 約 / about, opened by a bound, spanning a range.
pub fn interval(f: &Figure, approx_tolerance: f64) -> (f64, f64) {
    let v = f.raw.value.to_f64().unwrap_or(f64::NAN);
    let half = f.raw.precision.to_f64().unwrap_or(0.0).abs() / 2.0;
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

/// Claims keyed for comparison: `(metric, unit, period)` → claim indices.
pub fn groups(claims: &[Claim]) -> HashMap<(&str, &str, Option<&str>), Vec<usize>> {
    let mut g: HashMap<(&str, &str, Option<&str>), Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        g.entry((c.metric.as_str(), c.unit.as_str(), c.period.as_deref()))
            .or_default()
            .push(i);
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_maps_full_width_and_case() {
        assert_eq!(fold("ＡＩ市場　Ｇｒｏｗｔｈ 25％"), "ai市場 growth 25%");
        assert_eq!(fold("OpenAIの売上"), "openaiの売上");
        // Other characters that start with the byte 0xEF stay as they are.
        assert_eq!(fold("ｱｲ\u{FEFF}"), "ｱｲ\u{FEFF}");
    }

    #[test]
    fn fold_same_len_keeps_every_offset() {
        for s in [
            "ＡＩ市場は２５％",
            "Revenue（ＵＳ＄）ｚ～",
            "ｱｲ！～\u{FF5F}",
            "plain 日本語",
        ] {
            let f = fold_same_len(s);
            assert_eq!(f.len(), s.len(), "{s}");
            // Each character folds in its own three bytes, padded with DEL.
            let want: String = s
                .chars()
                .flat_map(|c| match c {
                    '\u{FF01}'..='\u{FF5E}' => {
                        let a = char::from_u32(c as u32 - 0xFEE0)
                            .unwrap()
                            .to_ascii_lowercase();
                        vec![a, '\u{7F}', '\u{7F}']
                    }
                    _ => vec![c.to_ascii_lowercase()],
                })
                .collect();
            assert_eq!(f, want, "{s}");
        }
        assert_eq!(fold_same_len("ＡＩ"), "a\u{7F}\u{7F}i\u{7F}\u{7F}");
    }
}

//! `figlint claims`: each figure that became a claim, with the key it is compared under, so
//! that an editor or a rule author can see why two figures were or were not compared.

use super::figures::{ErrorRecord, FigureRecord};
use crate::context::{Claim, Inherited};
use crate::corpus::Corpus;
use comfy_table::Cell;
use serde::Serialize;

/// One claim as JSON (`claims[]` of `figlint claims --format json`, version 1).
#[derive(Serialize)]
pub struct ClaimRecord<'a> {
    pub path: &'a str,
    pub line: usize,
    pub column: usize,
    /// The figure as written.
    pub text: &'a str,
    /// The subject as written.
    pub subject: &'a str,
    /// The subject as compared: claims meet only when these agree (or are near enough).
    pub key: &'a str,
    /// Scope words and places: claims of different scopes never meet.
    pub scope: &'a str,
    pub metric: &'a str,
    pub period: Option<&'a str>,
    pub unit: &'a str,
    /// The values the figure allows.
    pub low: f64,
    pub high: f64,
    /// From a title or heading.
    pub headline: bool,
    /// The subject continues from the sentence before (not written in this one).
    pub inherited: Option<Inherited>,
    /// The organisation the figure is attributed to.
    pub source: Option<&'a str>,
}

impl<'a> ClaimRecord<'a> {
    fn new(corpus: &'a Corpus, c: &'a Claim) -> Self {
        let f = FigureRecord::new(corpus, &corpus.figures[c.figure]);
        ClaimRecord {
            path: f.path,
            line: f.line,
            column: f.column,
            text: f.text,
            subject: &c.subject,
            key: &c.key,
            scope: &c.scope,
            metric: &c.metric,
            period: c.period.as_deref(),
            unit: &c.unit,
            low: c.low,
            high: c.high,
            headline: c.headline,
            inherited: c.inherited,
            source: c.source.as_ref().map(crate::context::Source::as_str),
        }
    }
}

#[derive(Serialize)]
struct ClaimsDocument<'a> {
    version: u32,
    claims: Vec<ClaimRecord<'a>>,
    errors: Vec<ErrorRecord<'a>>,
}

/// The JSON document for `figlint claims --format json`.
pub fn json(corpus: &Corpus) -> String {
    let doc = ClaimsDocument {
        version: 1,
        claims: corpus
            .claims
            .iter()
            .map(|c| ClaimRecord::new(corpus, c))
            .collect(),
        errors: corpus.errors.iter().map(ErrorRecord::from).collect(),
    };
    let mut s = serde_json::to_string_pretty(&doc).expect("claim records serialise");
    s.push('\n');
    s
}

/// An interval in words: `12–13`, `≥ 20`, `≤ 5`.
fn interval(low: f64, high: f64) -> String {
    let n = |v: f64| {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    match (low.is_finite(), high.is_finite()) {
        (true, true) => format!("{}–{}", n(low), n(high)),
        (true, false) => format!("≥ {}", n(low)),
        (false, true) => format!("≤ {}", n(high)),
        (false, false) => "any".to_string(),
    }
}

/// The table for `figlint claims`.
pub fn table(corpus: &Corpus, width: Option<u16>) -> String {
    let mut t = super::new_table(width);
    t.set_header([
        "location", "text", "subject", "key", "scope", "metric", "period", "unit", "values",
    ]);
    for c in &corpus.claims {
        let r = ClaimRecord::new(corpus, c);
        let mut text = r.text.to_string();
        if r.headline {
            text.push_str(" (headline)");
        }
        let subject = match r.inherited {
            Some(Inherited::Sentence) => format!("({}, from the sentence before)", r.subject),
            Some(Inherited::Title) => format!("({}, from the title)", r.subject),
            Some(Inherited::Restated) => format!("({}, restating the same amount)", r.subject),
            Some(Inherited::Converted) => format!("({}, the amount before converted)", r.subject),
            None => r.subject.to_string(),
        };
        t.add_row([
            Cell::new(format!("{}:{}:{}", r.path, r.line, r.column)),
            Cell::new(text),
            Cell::new(subject),
            Cell::new(r.key),
            Cell::new(r.scope),
            Cell::new(r.metric),
            Cell::new(r.period.unwrap_or("")),
            Cell::new(r.unit),
            Cell::new(interval(r.low, r.high)),
        ]);
    }
    let mut s = t.to_string();
    s.push('\n');
    s
}

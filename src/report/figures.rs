//! `figlint figures`: every figure found, as a table or as one JSON document.

use super::plain_decimal;
use crate::context::Claim;
use crate::corpus::Corpus;
use crate::figure::Figure;
use crate::load::LoadError;
use comfy_table::Cell;
use rust_decimal::Decimal;
use serde::Serialize;

/// One figure as JSON (`figures[]` of `figlint figures --format json`, version 1).
#[derive(Debug, Serialize)]
pub struct FigureRecord<'a> {
    pub path: &'a str,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub offset: usize,
    pub length: usize,
    pub text: &'a str,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub value: Decimal,
    pub kind: &'static str,
    pub unit: &'a str,
    pub approx: bool,
    pub bound: Option<&'static str>,
    #[serde(with = "rust_decimal::serde::arbitrary_precision_option")]
    pub low: Option<Decimal>,
    #[serde(with = "rust_decimal::serde::arbitrary_precision_option")]
    pub high: Option<Decimal>,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub precision: Decimal,
    pub subject: Option<&'a str>,
    pub metric: Option<&'a str>,
    pub period: Option<&'a str>,
    /// Set when the figure is one side of a currency conversion.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversion: Option<ConversionRecord>,
}

/// A figure's part in a conversion (`figures[].conversion`).
#[derive(Debug, Serialize, Clone)]
pub struct ConversionRecord {
    /// `USD/JPY`: the rate is JPY per 1 USD.
    pub pair: String,
    pub rate: f64,
    /// `source` (the amount converted) or `target` (the converted amount).
    pub role: &'static str,
    /// The other side of the conversion, as written.
    pub with: String,
    /// The date the rate is judged at: `2021`, `2025-02`, `2025-01..03`, or none.
    pub date: Option<String>,
    /// Where that date comes from: `text` (the sentence dates the amount), `article` (the
    /// article's date) or `none`.
    pub date_from: &'static str,
    /// Why the conversion is not judged (its currency cannot be told), when it is not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unresolved: Option<String>,
}

impl ConversionRecord {
    /// `= 5000万ドル at 114.0 円/$, judged at 2025-07 (article)`, for the figures table.
    fn describe(&self) -> String {
        let (base, quote) = self.pair.split_once('/').unwrap_or(("", ""));
        let rate = crate::conversion::show_rate(self.rate, base, quote);
        let arrow = if self.role == "target" { "from" } else { "to" };
        let when = match (&self.unresolved, &self.date) {
            (Some(why), _) => format!(", not judged: {why}"),
            (None, Some(d)) => format!(", judged at {d} ({})", self.date_from),
            (None, None) => ", undated: not judged against reference rates".to_string(),
        };
        format!("{arrow} {} at {rate}{when}", self.with)
    }
}

impl<'a> FigureRecord<'a> {
    pub fn new(corpus: &'a Corpus, f: &'a Figure) -> Self {
        let doc = &corpus.docs[f.doc];
        // The end column is that of the last character (inclusive), as editors show it.
        FigureRecord {
            path: &doc.path,
            line: f.place.line,
            column: f.place.column,
            end_line: f.place.end_line,
            end_column: f.place.end_column,
            offset: f.offset,
            length: f.length,
            text: &f.text,
            value: f.raw.value.normalize(),
            kind: f.raw.kind.as_str(),
            unit: &f.raw.unit,
            approx: f.raw.approx,
            bound: f.raw.bound.map(|b| b.as_str()),
            low: f.raw.range.map(|r| r.0.normalize()),
            high: f.raw.range.map(|r| r.1.normalize()),
            precision: f.raw.precision.normalize(),
            subject: None,
            metric: None,
            period: None,
            conversion: None,
        }
    }

    /// Adds the claim's context.
    pub fn with_claim(mut self, c: Option<&'a Claim>) -> Self {
        if let Some(c) = c {
            self.subject = Some(&c.subject);
            self.metric = Some(&c.metric);
            self.period = c.period.as_deref();
        }
        self
    }
}

/// Each figure's part in a conversion, if it has one (the first conversion it is in).
fn conversion_of_figure(corpus: &Corpus) -> Vec<Option<ConversionRecord>> {
    let mut v = vec![None; corpus.figures.len()];
    let text = |fig: usize| corpus.figures[fig].text.clone();
    for c in &corpus.conversions {
        let rate = (c.rate * 1e6).round() / 1e6;
        let (date, date_from) = match (c.stated_year, corpus.docs[c.doc].meta.date) {
            (Some(y), _) => (
                Some(match c.stated_months {
                    Some((a, b)) if a == b => format!("{y}-{a:02}"),
                    Some((a, b)) => format!("{y}-{a:02}..{b:02}"),
                    None => y.to_string(),
                }),
                "text",
            ),
            (None, Some((y, m, _))) => (Some(format!("{y}-{m:02}")), "article"),
            (None, None) => (None, "none"),
        };
        for (fig, role, other) in [
            (c.source, "source", c.target),
            (c.target, "target", c.source),
        ] {
            if v[fig].is_none() {
                v[fig] = Some(ConversionRecord {
                    pair: c.pair(),
                    rate,
                    role,
                    with: text(other),
                    date: date.clone(),
                    date_from,
                    unresolved: c.unresolved.clone(),
                });
            }
        }
    }
    v
}

/// The claim of each figure, if it has one.
fn claim_of_figure<'a>(corpus: &Corpus, claims: &'a [Claim]) -> Vec<Option<&'a Claim>> {
    let mut v = vec![None; corpus.figures.len()];
    for c in claims {
        v[c.figure] = Some(c);
    }
    v
}

#[derive(Serialize)]
struct FiguresDocument<'a> {
    version: u32,
    figures: Vec<FigureRecord<'a>>,
    errors: Vec<ErrorRecord<'a>>,
}

/// A load problem as JSON (`errors[]`).
#[derive(Serialize)]
pub struct ErrorRecord<'a> {
    pub path: &'a str,
    pub line: Option<usize>,
    pub message: &'a str,
    pub level: crate::load::Level,
}

impl<'a> From<&'a LoadError> for ErrorRecord<'a> {
    fn from(e: &'a LoadError) -> Self {
        ErrorRecord {
            path: &e.path,
            line: e.line,
            message: &e.message,
            level: e.level,
        }
    }
}

/// The JSON document for `figlint figures --format json`.
pub fn json(corpus: &Corpus, claims: &[Claim]) -> String {
    let by_figure = claim_of_figure(corpus, claims);
    let conversions = conversion_of_figure(corpus);
    let doc = FiguresDocument {
        version: 1,
        figures: corpus
            .figures
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let mut r = FigureRecord::new(corpus, f).with_claim(by_figure[i]);
                r.conversion = conversions[i].clone();
                r
            })
            .collect(),
        errors: corpus.errors.iter().map(ErrorRecord::from).collect(),
    };
    let mut s = serde_json::to_string_pretty(&doc).expect("figure records serialise");
    s.push('\n');
    s
}

/// The qualifiers of a figure in words: `≈`, `≥`, `>`, `≤`, `<`, and a range.
pub fn qualifiers(r: &FigureRecord<'_>) -> String {
    let mut q = Vec::new();
    if r.approx {
        q.push("≈".to_string());
    }
    if let Some(b) = r.bound {
        q.push(
            match b {
                "ge" => "≥",
                "gt" => ">",
                "le" => "≤",
                _ => "<",
            }
            .to_string(),
        );
    }
    if let (Some(l), Some(h)) = (r.low, r.high) {
        q.push(format!("{}–{}", plain_decimal(l), plain_decimal(h)));
    }
    q.join(" ")
}

/// The table for `figlint figures` (CJK text aligns: widths are display widths).
pub fn table(corpus: &Corpus, claims: &[Claim], width: Option<u16>) -> String {
    let by_figure = claim_of_figure(corpus, claims);
    let conversions = conversion_of_figure(corpus);
    let mut t = super::new_table(width);
    t.set_header([
        "location",
        "text",
        "kind",
        "value",
        "unit",
        "qualifiers",
        "subject",
        "metric",
        "period",
    ]);
    for (i, f) in corpus.figures.iter().enumerate() {
        let r = FigureRecord::new(corpus, f).with_claim(by_figure[i]);
        t.add_row([
            Cell::new(format!("{}:{}:{}", r.path, r.line, r.column)),
            Cell::new(r.text),
            Cell::new(r.kind),
            Cell::new(plain_decimal(r.value)),
            Cell::new(r.unit),
            Cell::new({
                let q = qualifiers(&r);
                match &conversions[i] {
                    Some(c) if q.is_empty() => c.describe(),
                    Some(c) => format!("{q} {}", c.describe()),
                    None => q,
                }
            }),
            Cell::new(r.subject.unwrap_or("")),
            Cell::new(r.metric.unwrap_or("")),
            Cell::new(r.period.unwrap_or("")),
        ]);
    }
    let mut s = t.to_string();
    s.push('\n');
    s
}

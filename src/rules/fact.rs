//! `fact`: a claim that disagrees with a canonical figure stated in the config's `facts:`.

use super::contradiction::{normalised_text, text_of};
use super::{Context, Kind, Rule, ToleranceOnly};
use crate::context::interval;
use crate::figure::{Figure, RawFigure};
use crate::finding::{fingerprint, At, Finding, FindingKind, Location};
use rust_decimal::prelude::ToPrimitive;

pub static KIND: Kind = Kind {
    name: "fact",
    summary: "A claim disagrees with a canonical figure in the config's `facts:`.",
    finding: FindingKind::Fact,
    options: &["tolerance"],
    defaults: || Box::new(ToleranceOnly::default()),
    check,
    shipped: ("rules/fact.yaml", include_str!("../../rules/fact.yaml")),
};

/// A canonical figure from the config's `facts:`, its value read by the extractor when the
/// config was loaded.
#[derive(Debug, Clone)]
pub struct Fact {
    pub subject: String,
    pub metric: String,
    pub period: Option<String>,
    /// The value as written in the config.
    pub written: String,
    pub value: RawFigure,
    pub source: Option<String>,
}

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let o: &ToleranceOnly = rule.options();
    for fact in cx.facts {
        let fig = Figure {
            doc: 0,
            offset: 0,
            length: 0,
            sentence: 0,
            raw: fact.value.clone(),
            text: String::new(),
            place: Default::default(),
            before: String::new(),
            after: String::new(),
        };
        let (flo, fhi) = interval(&fig, cx.vocab.settings().approx_tolerance);
        let fvalue = fig.raw.value.to_f64().unwrap_or(f64::NAN);
        let (key, scope) = cx.vocab.normalise(&fact.subject);
        for (i, c) in cx.corpus.claims.iter().enumerate() {
            if !c.compared()
                || c.metric != fact.metric
                || c.unit != fig.raw.unit
                || c.key != key
                || c.scope != scope
                || c.period != fact.period
            {
                continue;
            }
            let t = o.tolerance.room(c.in_points(), fvalue);
            if !(c.high + t < flo || fhi + t < c.low) {
                continue;
            }
            let period = c
                .period
                .as_deref()
                .map(|x| format!(" in {x}"))
                .unwrap_or_default();
            let metric = c.metric.replace('_', " ");
            let source = fact.source.as_deref().unwrap_or("the project's facts");
            out.push(Finding {
                help: format!(
                    "facts: {} {} {} = {} (source: {source})",
                    fact.subject,
                    fact.metric,
                    fact.period.as_deref().unwrap_or("-"),
                    fact.written
                ),
                fingerprint: fingerprint(&[
                    &rule.id,
                    &c.key,
                    &c.metric,
                    c.period.as_deref().unwrap_or(""),
                    &normalised_text(&text_of(cx, i)),
                    &fact.written,
                ]),
                locations: vec![Location {
                    at: At::Figure(c.figure),
                    claim: Some(i),
                    label: format!("{} here; facts say {}", text_of(cx, i), fact.written),
                }],
                ..rule.finding(&[
                    ("metric", &metric),
                    ("subject", &c.subject),
                    ("period", &period),
                    ("value", &text_of(cx, i)),
                    ("other", &fact.written),
                    ("count", "0"),
                ])
            });
        }
    }
}

//! `fact`: a claim that disagrees with a canonical figure stated in the config's `facts:`.

use super::contradiction::{normalised_text, text_of};
use super::fill;
use crate::compare::Context;
use crate::config::Rule;
use crate::context::interval;
use crate::extract::extract;
use crate::figure::Figure;
use crate::finding::{fingerprint, Finding, Location};
use rust_decimal::prelude::ToPrimitive;

pub fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    for fact in &cx.config.facts {
        // The fact's value is written as prose and read by the extractor, so it carries
        // its own unit, precision and qualifiers.
        let Some(raw) = extract(&fact.value.value).into_iter().next() else {
            continue;
        };
        let fig = Figure {
            doc: 0,
            offset: 0,
            length: 0,
            sentence: 0,
            raw,
        };
        let (flo, fhi) = interval(&fig, cx.vocab.settings().approx_tolerance);
        let fvalue = fig.raw.value.to_f64().unwrap_or(f64::NAN);
        let (key, scope) = cx.vocab.normalise(&fact.subject);
        for (i, c) in cx.claims.iter().enumerate() {
            if c.metric != fact.metric.value
                || c.unit != fig.raw.unit
                || c.key != key
                || c.scope != scope
                || c.period != fact.period
            {
                continue;
            }
            let t = if c.unit == "%" || c.unit == "pp" {
                rule.tolerance.pp
            } else {
                rule.tolerance.relative * fvalue.abs()
            };
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
                rule: rule.id.clone(),
                kind: rule.kind.finding_kind(),
                severity: rule.severity,
                message: fill(
                    &rule.message,
                    &[
                        ("metric", &metric),
                        ("subject", &c.subject),
                        ("period", &period),
                        ("value", text_of(cx, i)),
                        ("other", &fact.value.value),
                        ("count", "0"),
                    ],
                ),
                help: format!(
                    "facts: {} {} {} = {} (source: {source})",
                    fact.subject,
                    fact.metric.value,
                    fact.period.as_deref().unwrap_or("-"),
                    fact.value.value
                ),
                fingerprint: fingerprint(&[
                    &rule.id,
                    &c.key,
                    &c.metric,
                    c.period.as_deref().unwrap_or(""),
                    &normalised_text(text_of(cx, i)),
                    &fact.value.value,
                ]),
                locations: vec![Location {
                    figure: c.figure,
                    claim: Some(i),
                    label: format!("{} here; facts say {}", text_of(cx, i), fact.value.value),
                }],
            });
        }
    }
}

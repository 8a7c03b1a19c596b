//! `conversion-reference-rate`: a conversion whose rate is far from the reference rate of the
//! article's month (ECB monthly average, or the project's own `rates:`).

use super::{Context, Kind, Rule, ToleranceOnly};
use crate::conversion::show_rate;
use crate::finding::Finding;
use crate::finding::FindingKind;

pub static KIND: Kind = Kind {
    name: "conversion-reference-rate",
    summary: "A conversion's rate is far from the reference rate of its date.",
    finding: FindingKind::Conversion,
    options: &["tolerance"],
    defaults: || Box::new(ToleranceOnly::default()),
    check,
    shipped: (
        "rules/conversion-reference-rate.yaml",
        include_str!("../../rules/conversion-reference-rate.yaml"),
    ),
};

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let o: &ToleranceOnly = rule.options();
    let tol = o.tolerance.relative;
    for c in &cx.corpus.conversions {
        // A rate the writer states is the house's choice, not a slip.
        if c.declared_rate {
            continue;
        }
        // Undated articles have no reference month; `--verbose` lists them.
        let Some(q) = super::reference(cx, c) else {
            continue;
        };
        if super::fits(c, q.rate, tol) {
            continue;
        }
        // An amount of an earlier year the sentence names may be converted at that year's rate.
        if super::stated_date_fit(cx, c, tol).is_some() {
            continue;
        }
        let expected = format!("{} ({})", show_rate(q.rate, &c.base, &c.quote), q.source);
        let off = (c.rate / q.rate - 1.0) * 100.0;
        let evidence = format!(
            "{}: {}; the conversion is {off:+.0}% off",
            q.source,
            show_rate(q.rate, &c.base, &c.quote)
        );
        out.push(super::rate_finding(
            rule,
            cx,
            c,
            (q.rate, &expected),
            evidence,
            &[],
        ));
    }
}

//! `conversion-reference-rate`: a conversion whose rate is far from the reference rate of the
//! article's month (ECB monthly average, or the project's own `rates:`).

use crate::compare::Context;
use crate::config::Rule;
use crate::conversion::show_rate;
use crate::finding::Finding;

pub fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let tol = rule.tolerance.relative;
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

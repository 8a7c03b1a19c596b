//! `conversion-stale-rate`: a conversion far from the reference rate of the article's month
//! that matches an older month's rate, while the text does not date the amount: the writer
//! (or the text it was taken from) converted at an old rate.

use super::{Context, Kind, RateStanding, Rule, ToleranceOnly};
use crate::conversion::show_rate;
use crate::finding::Finding;
use crate::finding::FindingKind;

pub static KIND: Kind = Kind {
    name: "conversion-stale-rate",
    summary: "An undated conversion uses the exchange rate of an earlier month.",
    finding: FindingKind::Conversion,
    options: &["tolerance"],
    defaults: || Box::new(ToleranceOnly::default()),
    check,
    shipped: (
        "rules/conversion-stale-rate.yaml",
        include_str!("../../rules/conversion-stale-rate.yaml"),
    ),
};

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let o: &ToleranceOnly = rule.options();
    let tol = o.tolerance.relative;
    for c in cx.corpus.conversions.iter().filter(|c| c.judged()) {
        let RateStanding::Stale { now, then } = super::standing(cx, c, tol) else {
            continue;
        };
        let (y, m) = then.month;
        let when = format!("{y}-{m:02}");
        let expected = format!(
            "{} ({})",
            show_rate(now.rate, &c.base, &c.quote),
            now.source
        );
        let evidence = format!(
            "{}: {}; {} (the article's date): {}; the text names no date for this amount",
            then.source,
            show_rate(then.rate, &c.base, &c.quote),
            now.source,
            show_rate(now.rate, &c.base, &c.quote),
        );
        out.push(super::rate_finding(
            rule,
            cx,
            c,
            (now.rate, &expected),
            evidence,
            &[("then", &when)],
        ));
    }
}

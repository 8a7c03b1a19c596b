//! `conversion-article-rate`: a conversion whose rate is out of line with the other
//! conversions of the same currency pair in the same article.

use super::{Consensus, Context, Kind, Rule};
use crate::conversion::show_rate;
use crate::finding::Finding;
use crate::finding::FindingKind;

pub static KIND: Kind = Kind {
    name: "conversion-article-rate",
    summary: "A conversion's rate is out of line with the article's other conversions.",
    finding: FindingKind::Conversion,
    options: &["tolerance", "min_support"],
    defaults: || Box::new(Consensus::default()),
    check,
    shipped: (
        "rules/conversion-article-rate.yaml",
        include_str!("../../rules/conversion-article-rate.yaml"),
    ),
};

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let o: &Consensus = rule.options();
    let tol = o.tolerance.relative;
    let convs = &cx.corpus.conversions;
    for (i, c) in convs.iter().enumerate().filter(|(_, c)| c.judged()) {
        // The others of the same pair in the article (not this conversion's own figures).
        // An amount of an earlier year may be converted at that year's rate.
        let year = cx.corpus.docs[c.doc].meta.date.map(|d| d.0);
        if c.stated_year.is_some_and(|s| year.is_some_and(|y| s < y)) {
            continue;
        }
        // Distinct conversions only: a repeated sentence does not count twice.
        let mut seen = std::collections::BTreeSet::new();
        let rates: Vec<f64> = convs
            .iter()
            .enumerate()
            .filter(|&(j, o)| {
                j != i
                    && o.judged()
                    && o.doc == c.doc
                    && o.base == c.base
                    && o.quote == c.quote
                    && o.target != c.target
            })
            .filter(|(_, o)| {
                (o.source_value.to_bits() != c.source_value.to_bits())
                    && seen.insert((o.source_value.to_bits(), o.target_value.to_bits()))
            })
            .map(|(_, o)| o.rate)
            .collect();
        if rates.len() < (o.min_support as usize).max(1) {
            continue;
        }
        let m = super::median(&rates);
        // The others must agree with each other for their rate to be the article's.
        let agreeing = rates
            .iter()
            .filter(|r| (*r / m - 1.0).abs() <= tol.max(0.002))
            .count();
        if agreeing < (o.min_support as usize).max(1) || agreeing * 2 <= rates.len() {
            continue;
        }
        // When the article's rate is not the reference rate of its date, the majority is
        // stale and no yardstick: `conversion-reference-rate` and `conversion-stale-rate`
        // judge each conversion against the reference instead.
        if super::reference(cx, c).is_some_and(|q| (m / q.rate - 1.0).abs() > 0.03) {
            continue;
        }
        // A converted amount written to four or more significant digits claims a precise
        // rate; a rounder one ("約124兆円") is allowed the looser `corpus`-style tolerance.
        let tol = if c.digits >= 4 { tol } else { tol.max(0.03) };
        if super::fits(c, m, tol) {
            continue;
        }
        // A conversion at the reference rate of its time is right, however many others in
        // the article use a stale rate (that is `conversion-reference-rate`'s to report).
        let at_reference = super::reference(cx, c).is_some_and(|q| super::fits(c, q.rate, 0.03))
            || super::stated_date_fit(cx, c, 0.03).is_some();
        if at_reference {
            continue;
        }
        let evidence = format!(
            "{agreeing} other {} conversion(s) in this article use {}",
            c.pair(),
            show_rate(m, &c.base, &c.quote)
        );
        out.push(super::rate_finding(
            rule,
            cx,
            c,
            (m, &show_rate(m, &c.base, &c.quote)),
            evidence,
            &[],
        ));
    }
}

//! `conversion-corpus-rate`: a conversion whose rate is far from the median of the corpus's
//! conversions of the same pair in the same month.

use super::{conversion_finding, fill, ConversionFinding};
use crate::compare::Context;
use crate::config::Rule;
use crate::conversion::{show_amount, show_rate};
use crate::finding::Finding;
use std::collections::{BTreeMap, BTreeSet};

pub fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let tol = rule.tolerance.relative;
    let convs = &cx.corpus.conversions;
    // (base, quote, month) → conversions.
    type Key<'a> = (&'a str, &'a str, (i32, u32));
    let mut groups: BTreeMap<Key<'_>, Vec<usize>> = BTreeMap::new();
    for (i, c) in convs.iter().enumerate() {
        if let Some((y, m, _)) = cx.corpus.docs[c.doc].meta.date {
            groups
                .entry((c.base.as_str(), c.quote.as_str(), (y, m)))
                .or_default()
                .push(i);
        }
    }
    for ((_, _, (y, m)), members) in groups {
        let docs: BTreeSet<usize> = members.iter().map(|&i| convs[i].doc).collect();
        if members.len() < rule.min_support.max(3) || docs.len() < 3 {
            continue;
        }
        let rates: Vec<f64> = members.iter().map(|&i| convs[i].rate).collect();
        let median = super::median(&rates);
        for &i in &members {
            let c = &convs[i];
            if super::fits(c, median, tol)
                || super::stated_year_reference(cx, c)
                    .is_some_and(|old| super::fits(c, old.rate, tol))
            {
                continue;
            }
            let lang = cx.corpus.docs[c.doc].meta.lang.as_str();
            let month = format!("{y}-{m:02}");
            let message = fill(
                &rule.message,
                &[
                    ("source", super::text(cx, c.source)),
                    ("target", super::text(cx, c.target)),
                    ("rate", &show_rate(c.rate, &c.base, &c.quote)),
                    ("pair", &c.pair()),
                    ("count", &members.len().to_string()),
                    ("month", &month),
                    ("expected", &show_rate(median, &c.base, &c.quote)),
                ],
            );
            let help = format!(
                "median of {} {} conversions in {} articles dated {month}: {}; at that rate {} is {}",
                members.len(),
                c.pair(),
                docs.len(),
                show_rate(median, &c.base, &c.quote),
                super::text(cx, c.source),
                show_amount(c.source_value * median, &c.quote, lang)
            );
            out.push(conversion_finding(
                rule,
                cx,
                ConversionFinding {
                    primary: c,
                    others: &[],
                    message,
                    help,
                },
            ));
        }
    }
}

//! `conversion-corpus-rate`: a conversion whose rate is far from the median of the corpus's
//! conversions of the same pair in the same month.

use super::{Consensus, Context, Kind, Rule};
use crate::conversion::show_rate;
use crate::finding::Finding;
use crate::finding::FindingKind;
use std::collections::{BTreeMap, BTreeSet};

pub static KIND: Kind = Kind {
    name: "conversion-corpus-rate",
    summary: "A conversion's rate is out of line with the corpus for that pair and month.",
    finding: FindingKind::Conversion,
    options: &["tolerance", "min_support"],
    defaults: || Box::new(Consensus::default()),
    check,
    shipped: (
        "rules/conversion-corpus-rate.yaml",
        include_str!("../../rules/conversion-corpus-rate.yaml"),
    ),
};

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let o: &Consensus = rule.options();
    let tol = o.tolerance.relative;
    let convs = &cx.corpus.conversions;
    // (base, quote, month) → conversions.
    type Key<'a> = (&'a str, &'a str, (i32, u32));
    let mut groups: BTreeMap<Key<'_>, Vec<usize>> = BTreeMap::new();
    for (i, c) in convs.iter().enumerate().filter(|(_, c)| c.judged()) {
        if let Some((y, m, _)) = cx.corpus.docs[c.doc].meta.date {
            groups
                .entry((c.base.as_str(), c.quote.as_str(), (y, m)))
                .or_default()
                .push(i);
        }
    }
    for ((_, _, (y, m)), members) in groups {
        let docs: BTreeSet<usize> = members.iter().map(|&i| convs[i].doc).collect();
        if members.len() < (o.min_support as usize).max(3) || docs.len() < 3 {
            continue;
        }
        let rates: Vec<f64> = members.iter().map(|&i| convs[i].rate).collect();
        let median = super::median(&rates);
        for &i in &members {
            let c = &convs[i];
            if c.declared_rate
                || super::fits(c, median, tol)
                || super::stated_date_fit(cx, c, tol).is_some()
            {
                continue;
            }
            let month = format!("{y}-{m:02}");
            let expected = show_rate(median, &c.base, &c.quote);
            let evidence = format!(
                "median of {} {} conversions in {} articles dated {month}: {expected}",
                members.len(),
                c.pair(),
                docs.len()
            );
            let count = members.len().to_string();
            out.push(super::rate_finding(
                rule,
                cx,
                c,
                (median, &expected),
                evidence,
                &[("count", &count), ("month", &month)],
            ));
        }
    }
}

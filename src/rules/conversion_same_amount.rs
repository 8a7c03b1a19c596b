//! `conversion-same-amount`: one amount converted to different amounts of the same currency,
//! in one article or in articles of the same month.

use super::{conversion_finding, fill, ConversionFinding};
use super::{Context, Kind, Rule, ToleranceOnly};
use crate::conversion::{show_rate, Conversion};
use crate::finding::FindingKind;
use std::collections::BTreeMap;

pub static KIND: Kind = Kind {
    name: "conversion-same-amount",
    summary: "One source amount converted to different target amounts.",
    finding: FindingKind::Conversion,
    options: &["tolerance"],
    defaults: || Box::new(ToleranceOnly::default()),
    check,
    shipped: (
        "rules/conversion-same-amount.yaml",
        include_str!("../../rules/conversion-same-amount.yaml"),
    ),
};

/// Conversions of the same pair and source amount in the same month (or the same undated
/// article), about the same thing. A year named with the amount ("2023年4月には10億ドル
/// （…）") keeps it apart from the same amount of another time; the subject of the amount's
/// claim keeps apart two events of one size (one company's 100億ドル investment and
/// another's 100億ドル order). An amount with no subject is compared only within its
/// article.
fn same_amount_groups(cx: &Context<'_>) -> BTreeMap<GroupKey, Vec<usize>> {
    let mut subject_of: std::collections::HashMap<usize, String> = Default::default();
    for cl in &cx.corpus.claims {
        subject_of
            .entry(cl.figure)
            .or_insert_with(|| format!("{}|{}", cl.key, cl.scope));
    }
    let mut groups: BTreeMap<GroupKey, Vec<usize>> = BTreeMap::new();
    let mut sources = std::collections::HashSet::new();
    for (i, c) in cx
        .corpus
        .conversions
        .iter()
        .enumerate()
        .filter(|(_, c)| c.judged())
    {
        // Restatements of one amount in one bracket are its writer's alternatives, each
        // judged by the rate rules; the first stands for the amount here.
        if !sources.insert((c.source, c.end)) {
            continue;
        }
        let subject = subject_of
            .get(&c.source)
            .or_else(|| subject_of.get(&c.target))
            .cloned()
            .unwrap_or_else(|| format!("#{}", c.doc));
        let when = match cx.corpus.docs[c.doc].meta.date {
            Some((y, m, _)) => (y, m, usize::MAX),
            None => (0, 0, c.doc),
        };
        groups
            .entry((
                c.base.clone(),
                c.quote.clone(),
                c.source_value.to_bits(),
                when,
                (c.stated_year, c.stated_months),
                subject,
            ))
            .or_default()
            .push(i);
    }
    groups
}

/// Pair, source amount, month (or undated article), the year the text names, and the
/// subject (or the article, when the amount has none).
/// Pair, amount, the article's month, the year and months the text dates the amount to, and
/// its subject: conversions of one amount meet only when all agree (one event).
type GroupKey = (
    String,
    String,
    u64,
    (i32, u32, usize),
    (Option<i32>, Option<(u32, u32)>),
    String,
);

/// Classes of conversions whose targets agree within their precision and `tol`, by rate.
fn agreeing_classes(convs: &[&Conversion], tol: f64) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..convs.len()).collect();
    order.sort_by(|&a, &b| convs[a].rate.total_cmp(&convs[b].rate));
    let mut classes: Vec<Vec<usize>> = Vec::new();
    for k in order {
        match classes.last_mut() {
            Some(last)
                if last
                    .iter()
                    .any(|&x| convs[x].high * (1.0 + tol) >= convs[k].low) =>
            {
                last.push(k)
            }
            _ => classes.push(vec![k]),
        }
    }
    classes
}

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let o: &ToleranceOnly = rule.options();
    for members in same_amount_groups(cx).values() {
        if members.len() < 2 {
            continue;
        }
        let convs: Vec<&Conversion> = members.iter().map(|&i| &cx.corpus.conversions[i]).collect();
        // Across articles, writers convert at different days' rates: ten times the room.
        let one_article = convs.iter().all(|c| c.doc == convs[0].doc);
        let tol = if one_article {
            o.tolerance.relative
        } else {
            o.tolerance.relative * 10.0
        };
        let classes = agreeing_classes(&convs, tol);
        if classes.len() < 2 {
            continue;
        }
        // Blame the class furthest from what the article's other conversions use, else from
        // the reference rate, else the smallest class.
        // The reference rate of the date, else the article's other conversions.
        let expected_with_source = |c: &Conversion| {
            super::reference(cx, c)
                .map(|q| (q.rate, q.source))
                .or_else(|| {
                    super::article_median(cx, c)
                        .map(|m| (m, "this article's other conversions".to_string()))
                })
        };
        let expected = |c: &Conversion| expected_with_source(c).map(|(r, _)| r);
        let distance = |class: &Vec<usize>| {
            let c = convs[class[0]];
            expected(c).map_or(0.0, |e| (c.rate / e - 1.0).abs())
        };
        let blamed = (0..classes.len())
            .max_by(|&a, &b| {
                distance(&classes[a])
                    .total_cmp(&distance(&classes[b]))
                    .then(classes[b].len().cmp(&classes[a].len()))
            })
            .expect("two classes at least");
        let primary = convs[classes[blamed][0]];
        let others: Vec<&Conversion> = classes
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != blamed)
            .map(|(_, c)| convs[c[0]])
            .collect();
        let other_text = others
            .iter()
            .map(|o| super::text(cx, o.target))
            .collect::<Vec<_>>()
            .join(", ");
        let mut help = format!(
            "{} here",
            show_rate(primary.rate, &primary.base, &primary.quote)
        );
        for o in &others {
            let d = &cx.corpus.docs[o.doc];
            help.push_str(&format!(
                "; {} in {}:{}",
                show_rate(o.rate, &o.base, &o.quote),
                d.path,
                d.position(cx.corpus.figures[o.target].offset).line
            ));
        }
        if let Some((e, source)) = expected_with_source(primary) {
            help.push_str(&format!(
                "; expected about {} ({source})",
                show_rate(e, &primary.base, &primary.quote)
            ));
        }
        let message = fill(
            &rule.message,
            &[
                ("source", super::text(cx, primary.source)),
                ("target", super::text(cx, primary.target)),
                ("other", &other_text),
            ],
        );
        let mut finding = conversion_finding(
            rule,
            cx,
            ConversionFinding {
                primary,
                others: &others,
                message,
                help,
            },
        );
        // The fingerprint names every target in the group, whichever is blamed.
        let mut targets: Vec<String> = convs
            .iter()
            .map(|c| super::contradiction::normalised_text(super::text(cx, c.target)))
            .collect();
        targets.sort();
        targets.dedup();
        let mut parts = vec![rule.id.as_str(), super::text(cx, primary.source)];
        parts.extend(targets.iter().map(String::as_str));
        finding.fingerprint = crate::finding::fingerprint(&parts);
        out.push(finding);
    }
}

use crate::finding::Finding;

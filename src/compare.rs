//! Comparing: claims → findings, by running every enabled rule of the configuration.

use crate::config::Config;
use crate::context::Vocab;
use crate::corpus::Corpus;
use crate::finding::Finding;
use crate::fx::RateTable;
use crate::rules::{Context, Rule};
use rayon::prelude::*;

/// Runs every enabled rule and returns the findings in a deterministic order.
fn compare(cx: &Context<'_>, config: &Config) -> Vec<Finding> {
    let enabled: Vec<&Rule> = config.rules.iter().filter(|r| r.enabled).collect();
    let findings: Vec<Finding> = enabled
        .par_iter()
        .flat_map_iter(|rule| {
            let mut out = Vec::new();
            rule.check(cx, &mut out);
            out
        })
        .collect();
    let findings = merge_same_primary(config, findings);
    let mut findings = fold_contained(cx.corpus, findings);
    sort(cx.corpus, &mut findings);
    // A paragraph repeated in one article repeats its finding: keep the first.
    let mut seen = std::collections::HashSet::new();
    findings.retain(|f| {
        let doc = f.locations.first().map(|l| l.doc(cx.corpus));
        seen.insert((f.fingerprint.clone(), doc))
    });
    findings
}

/// One figure, one finding: when several rules flag the same primary figure, the rule listed
/// first in the configuration keeps the finding and the others' messages join its help.
fn merge_same_primary(config: &Config, findings: Vec<Finding>) -> Vec<Finding> {
    let rank = |id: &str| {
        config
            .rules
            .iter()
            .position(|r| r.id == id)
            .unwrap_or(usize::MAX)
    };
    let mut by_primary: std::collections::BTreeMap<usize, Vec<Finding>> = Default::default();
    let mut rest = Vec::new();
    for f in findings {
        match f.locations.first().and_then(|l| l.figure()) {
            Some(figure) => by_primary.entry(figure).or_default().push(f),
            None => rest.push(f),
        }
    }
    for (_, mut group) in by_primary {
        group.sort_by_key(|f| (rank(&f.rule), f.fingerprint.clone()));
        let mut first = group.remove(0);
        for other in group {
            first
                .help
                .push_str(&format!("\nalso {}: {}", other.rule, other.message));
            if other.severity > first.severity {
                first.severity = other.severity;
            }
            for l in other.locations {
                if !first.locations.iter().any(|x| x.at == l.at) {
                    first.locations.push(l);
                }
            }
        }
        rest.push(first);
    }
    rest
}

/// One conflict, one finding: a contradiction whose figures are all among another
/// contradiction's (an article that contradicts itself, and whose values other articles also
/// state) joins that finding's help instead of being reported again.
fn fold_contained(corpus: &Corpus, findings: Vec<Finding>) -> Vec<Finding> {
    use crate::finding::FindingKind;
    use std::collections::{BTreeSet, HashMap};
    let figures = |f: &Finding| -> BTreeSet<usize> {
        f.locations.iter().filter_map(|l| l.figure()).collect()
    };
    let sets: Vec<BTreeSet<usize>> = findings
        .iter()
        .map(|f| {
            if f.kind == FindingKind::Contradiction {
                figures(f)
            } else {
                BTreeSet::new()
            }
        })
        .collect();
    // The contradictions each figure is part of.
    let mut by_figure: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, set) in sets.iter().enumerate() {
        for &fig in set {
            by_figure.entry(fig).or_default().push(i);
        }
    }
    // Each contained finding, and the first finding that holds it.
    let mut into: HashMap<usize, usize> = HashMap::new();
    for (i, set) in sets.iter().enumerate() {
        let Some(first) = set.first() else { continue };
        let holder = by_figure[first]
            .iter()
            .copied()
            .find(|&j| j != i && sets[j].len() > set.len() && set.is_subset(&sets[j]));
        if let Some(j) = holder {
            into.insert(i, j);
        }
    }
    if into.is_empty() {
        return findings;
    }
    let mut findings: Vec<Option<Finding>> = findings.into_iter().map(Some).collect();
    let mut folded: Vec<(usize, Finding)> = into
        .iter()
        .map(|(&i, &j)| (j, findings[i].take().expect("each finding folds once")))
        .collect();
    folded.sort_by(|a, b| (a.0, &a.1.fingerprint).cmp(&(b.0, &b.1.fingerprint)));
    for (j, other) in folded {
        // A holder that was itself folded passes the note on to its own holder.
        let mut k = j;
        while let Some(&next) = into.get(&k) {
            k = next;
        }
        let Some(keeper) = findings[k].as_mut() else {
            continue;
        };
        let place = other
            .locations
            .first()
            .map(|l| format!(" (in {})", corpus.docs[l.doc(corpus)].path))
            .unwrap_or_default();
        keeper
            .help
            .push_str(&format!("\nalso {}: {}{place}", other.rule, other.message));
        keeper.severity = keeper.severity.max(other.severity);
    }
    findings.into_iter().flatten().collect()
}

/// Orders findings by the primary figure's place (path, offset), then rule.
pub fn sort(corpus: &Corpus, findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        // Borrowed, not cloned: a corpus's run sorts tens of thousands of findings.
        let key = |f: &Finding| {
            f.locations
                .first()
                .map(|l| (corpus.docs[l.doc(corpus)].path.as_str(), l.span(corpus).0))
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| a.rule.cmp(&b.rule))
            .then_with(|| a.fingerprint.cmp(&b.fingerprint))
    });
}

/// Every rule over a corpus's claims.
pub fn run(corpus: &Corpus, config: &Config, vocab: &Vocab) -> Vec<Finding> {
    let fx = RateTable::ecb()
        .with_overrides(config.rates.iter().cloned())
        .unwrap_or_else(|_| RateTable::ecb().clone());
    let cx = Context {
        corpus,
        vocab,
        facts: &config.facts,
        fx: &fx,
        stale_rule: config
            .rules
            .iter()
            .any(|r| r.enabled && r.kind.name == "conversion-stale-rate"),
        template_year: crate::rules::template_year(corpus),
        dated: Default::default(),
    };
    compare(&cx, config)
}

/// The findings that involve at least one of the given documents (`--against`: a draft checked
/// against a corpus reports only what concerns the draft), each pointing first at the draft's
/// figure, whichever value was the outlier.
pub fn involving(
    corpus: &Corpus,
    findings: Vec<Finding>,
    docs: &std::collections::HashSet<usize>,
) -> Vec<Finding> {
    let mine = |l: &crate::finding::Location| docs.contains(&l.doc(corpus));
    findings
        .into_iter()
        .filter_map(|mut f| {
            let at = f.locations.iter().position(mine)?;
            let first = f.locations.remove(at);
            f.locations.insert(0, first);
            Some(f)
        })
        .collect()
}

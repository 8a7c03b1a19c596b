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
    let mut findings = merge_same_primary(config, findings);
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

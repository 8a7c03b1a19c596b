//! Comparing: claims → findings, by running every enabled rule of the configuration.

use crate::config::{Config, Rule};
use crate::context::{Claim, Vocab};
use crate::corpus::Corpus;
use crate::finding::Finding;
use crate::rules;
use rayon::prelude::*;

/// Everything a rule may look at.
pub struct Context<'a> {
    pub corpus: &'a Corpus,
    pub claims: &'a [Claim],
    pub vocab: &'a Vocab,
    pub config: &'a Config,
}

/// Runs every enabled rule and returns the findings in a deterministic order.
pub fn compare(cx: &Context<'_>) -> Vec<Finding> {
    let enabled: Vec<&Rule> = cx.config.rules.iter().filter(|r| r.enabled).collect();
    let mut findings: Vec<Finding> = enabled
        .par_iter()
        .flat_map_iter(|rule| {
            let mut out = Vec::new();
            rules::check(rule, cx, &mut out);
            out
        })
        .collect();
    sort(cx.corpus, &mut findings);
    findings
}

/// Orders findings by the primary figure's place (path, offset), then rule.
pub fn sort(corpus: &Corpus, findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let key = |f: &Finding| {
            f.locations.first().map(|l| {
                let fig = &corpus.figures[l.figure];
                (corpus.docs[fig.doc].path.clone(), fig.offset)
            })
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| a.rule.cmp(&b.rule))
            .then_with(|| a.fingerprint.cmp(&b.fingerprint))
    });
}

/// Every rule over a corpus's claims.
pub fn run(corpus: &Corpus, config: &Config, vocab: &Vocab) -> Vec<Finding> {
    compare(&Context {
        corpus,
        claims: &corpus.claims,
        vocab,
        config,
    })
}

//! The rule kinds. Each kind is one file; to add one, write the file and register it in
//! [`check`] with one line.

mod contradiction;
mod fact;

use crate::compare::Context;
use crate::config::{Rule, RuleKind};
use crate::finding::Finding;

/// Runs `rule` over the run's claims, adding its findings to `out`.
pub fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    match rule.kind {
        RuleKind::Contradiction => contradiction::check(rule, cx, out),
        RuleKind::Fact => fact::check(rule, cx, out),
        RuleKind::ConversionSameAmount
        | RuleKind::ConversionArticleRate
        | RuleKind::ConversionCorpusRate
        | RuleKind::ConversionReferenceRate => {}
    }
}

/// Fills a rule's message template: `{metric}`, `{subject}`, `{period}`, `{value}`,
/// `{other}`, `{count}`, and any extra `(name, value)` pairs.
pub fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut s = template.to_string();
    for (k, v) in vars {
        s = s.replace(&format!("{{{k}}}"), v);
    }
    s
}

//! Baselines: today's findings recorded by fingerprint, so that a repository with old
//! contradictions can adopt figlint and be told only about new ones.
//!
//! A fingerprint is made of the rule, the subject, metric and period and the figures' normalised
//! texts — never line numbers — so moving a paragraph or editing an unrelated sentence keeps a
//! finding in the baseline, and changing one of its figures makes it new.

use crate::finding::Finding;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;

#[derive(Serialize, Deserialize)]
struct Entry {
    fingerprint: String,
    rule: String,
    message: String,
}

#[derive(Serialize, Deserialize)]
struct File {
    version: u32,
    findings: Vec<Entry>,
}

/// The baseline document for these findings (sorted, so it diffs well).
pub fn write(findings: &[Finding]) -> String {
    let mut entries: Vec<Entry> = findings
        .iter()
        .map(|f| Entry {
            fingerprint: f.fingerprint.clone(),
            rule: f.rule.clone(),
            message: f.message.clone(),
        })
        .collect();
    entries.sort_by(|a, b| a.fingerprint.cmp(&b.fingerprint).then(a.rule.cmp(&b.rule)));
    entries.dedup_by(|a, b| a.fingerprint == b.fingerprint);
    let mut s = serde_json::to_string_pretty(&File {
        version: 1,
        findings: entries,
    })
    .expect("baseline serialises");
    s.push('\n');
    s
}

/// The fingerprints recorded in a baseline file.
pub fn read(path: &Path) -> Result<BTreeSet<String>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read baseline: {e}", path.display()))?;
    let file: File = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}:{}:{}: not a figlint baseline: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    if file.version != 1 {
        return Err(format!(
            "{}: baseline version {} is not supported",
            path.display(),
            file.version
        ));
    }
    Ok(file.findings.into_iter().map(|e| e.fingerprint).collect())
}

/// The findings not in the baseline.
pub fn new_findings(findings: Vec<Finding>, baseline: &BTreeSet<String>) -> Vec<Finding> {
    findings
        .into_iter()
        .filter(|f| !baseline.contains(&f.fingerprint))
        .collect()
}

//! Suppressions written in articles:
//!
//! - `<!-- figlint-disable-next-line [RULE…] -->`: the next non-blank line;
//! - `<!-- figlint-disable [RULE…] -->` … `<!-- figlint-enable -->`: the lines between (or to
//!   the end of the file);
//! - front matter `figlint: {disable: [RULE…]}`: the whole article.
//!
//! No rule named means every rule. A finding is suppressed when any of its figures stands in a
//! suppressed place for its rule. A suppression that suppresses nothing is reported (as info)
//! so that stale ones do not pile up.

use crate::corpus::Corpus;
use crate::finding::Finding;
use crate::load::{Document, Level, LoadError};
use serde_json::Value;

/// One suppression in one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// The line of the comment (or of the front matter key), 1-based.
    pub line: usize,
    /// The lines it covers, inclusive.
    pub from: usize,
    pub to: usize,
    /// The rules it silences; empty for all.
    pub rules: Vec<String>,
    /// How it was written, for the unused report.
    pub form: &'static str,
}

impl Suppression {
    fn covers(&self, rule: &str, line: usize) -> bool {
        (self.from..=self.to).contains(&line)
            && (self.rules.is_empty() || self.rules.iter().any(|r| r == rule))
    }
}

/// The suppressions written in a document's source and front matter.
pub fn parse(doc: &Document) -> Vec<Suppression> {
    let mut out = Vec::new();
    // Most articles have no suppression (known from when the file was read).
    if !doc.directives {
        return out;
    }
    if let Some(list) = doc.front().get("figlint").and_then(|f| f.get("disable")) {
        let rules = match list {
            Value::Array(a) => a
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
            Value::String(s) => s.split_whitespace().map(str::to_string).collect(),
            _ => Vec::new(),
        };
        let line = doc
            .source()
            .lines()
            .position(|l| l.trim_start().starts_with("figlint:"))
            .map_or(1, |i| i + 1);
        out.push(Suppression {
            line,
            from: 1,
            to: usize::MAX,
            rules,
            form: "front matter figlint.disable",
        });
    }
    let lines: Vec<&str> = doc.source().lines().collect();
    let mut open: Option<(usize, Vec<String>)> = None;
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        let mut rest = *line;
        while let Some(at) = rest.find("<!--") {
            let after = &rest[at + 4..];
            let Some(end) = after.find("-->") else { break };
            let body = after[..end].trim();
            rest = &after[end + 3..];
            let mut words = body.split_whitespace();
            let Some(directive) = words.next() else {
                continue;
            };
            let rules: Vec<String> = words.map(str::to_string).collect();
            match directive {
                "figlint-disable-next-line" => {
                    let target = (i + 1..lines.len())
                        .find(|&j| !lines[j].trim().is_empty())
                        .map_or(n + 1, |j| j + 1);
                    out.push(Suppression {
                        line: n,
                        from: target,
                        to: target,
                        rules,
                        form: "figlint-disable-next-line",
                    });
                }
                // A new `disable` closes the block before it, as `enable` does.
                "figlint-disable" | "figlint-enable" => {
                    if let Some((start, r)) = open.take() {
                        out.push(Suppression {
                            line: start,
                            from: start,
                            to: n,
                            rules: r,
                            form: "figlint-disable",
                        });
                    }
                    if directive == "figlint-disable" {
                        open = Some((n, rules));
                    }
                }
                _ => {}
            }
        }
    }
    if let Some((start, r)) = open {
        out.push(Suppression {
            line: start,
            from: start,
            to: usize::MAX,
            rules: r,
            form: "figlint-disable",
        });
    }
    out
}

/// Drops suppressed findings; reports the suppressions that suppressed nothing.
pub fn apply(corpus: &Corpus, findings: Vec<Finding>) -> (Vec<Finding>, Vec<LoadError>) {
    let per_doc: Vec<Vec<Suppression>> = corpus.docs.iter().map(parse).collect();
    let mut used: Vec<Vec<bool>> = per_doc.iter().map(|s| vec![false; s.len()]).collect();
    let kept = findings
        .into_iter()
        .filter(|f| {
            let mut suppressed = false;
            for l in &f.locations {
                let doc = l.doc(corpus);
                if per_doc[doc].is_empty() {
                    continue;
                }
                let line = l.line(corpus);
                for (k, s) in per_doc[doc].iter().enumerate() {
                    if s.covers(&f.rule, line) {
                        used[doc][k] = true;
                        suppressed = true;
                    }
                }
            }
            !suppressed
        })
        .collect();
    let mut unused = Vec::new();
    for (d, list) in per_doc.iter().enumerate() {
        for (k, s) in list.iter().enumerate() {
            if !used[d][k] {
                let what = if s.rules.is_empty() {
                    String::new()
                } else {
                    format!(" {}", s.rules.join(" "))
                };
                unused.push(LoadError {
                    path: corpus.docs[d].path.clone(),
                    line: Some(s.line),
                    message: format!("{}{what} suppresses nothing; remove it", s.form),
                    level: Level::Info,
                });
            }
        }
    }
    (kept, unused)
}

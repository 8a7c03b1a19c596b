//! `figlint check` output for other tools: GitHub Actions workflow commands, one compact line
//! per finding (editors, grep), and a table of findings.
//!
//! Positions are 1-based lines and columns counted in characters, as in the JSON output;
//! end columns are inclusive (the last character's column).

use crate::config::Severity;
use crate::corpus::Corpus;
use crate::finding::Finding;
use comfy_table::{Cell, ColumnConstraint, Width};
use std::fmt::Write;
use unicode_width::UnicodeWidthStr;

/// The path and place of a finding's primary location, if it has one.
struct Primary<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

fn primary<'a>(corpus: &'a Corpus, f: &Finding) -> Option<Primary<'a>> {
    let l = f.locations.first()?;
    let p = l.place(corpus);
    Some(Primary {
        path: &corpus.docs[l.doc(corpus)].path,
        line: p.line,
        column: p.column,
        end_line: p.end_line,
        end_column: p.end_column,
    })
}

/// GitHub's escaping of a workflow command's message: `%`, CR and LF.
pub fn escape_data(s: &str) -> String {
    escape(s, false)
}

/// GitHub's escaping of a workflow command's property value: as the message, and `:` and `,`.
pub fn escape_property(s: &str) -> String {
    escape(s, true)
}

fn escape(s: &str, property: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

/// GitHub Actions workflow commands, one line per finding:
/// `::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE%0AHELP`
/// (`::warning`, `::notice` for info). GitHub takes columns only on a one-line span, so a
/// figure that runs over lines gives its lines alone.
pub fn github(corpus: &Corpus, findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut props = Vec::new();
        if let Some(r) = primary(corpus, f) {
            props.push(format!("file={}", escape_property(r.path)));
            props.push(format!("line={}", r.line));
            if r.line == r.end_line {
                props.push(format!("col={}", r.column));
            }
            props.push(format!("endLine={}", r.end_line));
            if r.line == r.end_line {
                props.push(format!("endColumn={}", r.end_column));
            }
        }
        props.push(format!("title={}", escape_property(&f.rule)));
        let message = if f.help.is_empty() {
            f.message.clone()
        } else {
            format!("{}\n{}", f.message, f.help)
        };
        let _ = writeln!(
            out,
            "::{command} {}::{}",
            props.join(","),
            escape_data(&message)
        );
    }
    out
}

/// Line breaks and tabs as single spaces, so that one finding stays on one line.
fn one_line(s: &str) -> String {
    s.split(['\r', '\n', '\t'])
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One line per finding: `path:line:col: severity rule message`, as compilers print
/// diagnostics (editors jump to it, grep finds it). The help is left out.
pub fn compact(corpus: &Corpus, findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let place = match primary(corpus, f) {
            Some(r) => format!("{}:{}:{}", super::escape_controls(r.path), r.line, r.column),
            None => "-:0:0".to_string(),
        };
        let _ = writeln!(
            out,
            "{place}: {} {} {}",
            f.severity.as_str(),
            f.rule,
            one_line(&f.message)
        );
    }
    out
}

/// The findings as a table: location, severity, rule, message and the texts of every figure
/// involved. Widths are display widths, so CJK text aligns. With a width, long cells wrap to
/// fit it (see below for which columns are kept whole); without, rows are never wrapped.
pub fn table(corpus: &Corpus, findings: &[Finding], width: Option<u16>) -> String {
    let mut t = super::new_table(width);
    t.set_header(["location", "severity", "rule", "message", "figures"]);
    let mut location_width = "location".len();
    let mut rule_width = "rule".len();
    for f in findings {
        let location = primary(corpus, f)
            .map(|r| format!("{}:{}:{}", super::escape_controls(r.path), r.line, r.column))
            .unwrap_or_default();
        let figures = f
            .locations
            .iter()
            .map(|l| l.text(corpus))
            .collect::<Vec<_>>()
            .join(" / ");
        location_width = location_width.max(UnicodeWidthStr::width(location.as_str()));
        rule_width = rule_width.max(UnicodeWidthStr::width(f.rule.as_str()));
        t.add_row([
            Cell::new(location),
            Cell::new(f.severity.as_str()),
            Cell::new(&f.rule),
            Cell::new(one_line(&f.message)),
            Cell::new(one_line(&figures)),
        ]);
    }
    if let Some(w) = width {
        // A location is what an editor jumps to: keep it whole unless it is a very long path;
        // the severity is one short word. The rule id is kept whole too when that leaves the
        // message and the figures at least 40% of the width. The rest wraps.
        let location = location_width.min(32);
        let rule = rule_width.min(40);
        // A fixed width counts the cell's padding (one space each side).
        let fixed = |n: usize| ColumnConstraint::LowerBoundary(Width::Fixed(n as u16 + 2));
        let mut constraints = vec![(0, fixed(location)), (1, ColumnConstraint::ContentWidth)];
        // Each column takes its content, two spaces of padding and a border.
        if (location + "severity".len() + rule + 3 * 3 + 1) * 10 <= usize::from(w) * 6 {
            constraints.push((2, fixed(rule)));
        }
        for (i, c) in constraints {
            if let Some(col) = t.column_mut(i) {
                col.set_constraint(c);
            }
        }
    }
    let mut s = t.to_string();
    s.push('\n');
    s
}

fn level_name(level: crate::load::Level) -> &'static str {
    match level {
        crate::load::Level::Error => "error",
        crate::load::Level::Warning => "warning",
        crate::load::Level::Info => "info",
    }
}

/// Load problems and notices as GitHub workflow commands (`::error file=…,line=…::…`,
/// `::warning::…`), so that a run that fails to read an article says why in the log and on
/// the pull request.
pub fn github_problems(errors: &[crate::load::LoadError], notices: &[String]) -> String {
    let mut out = String::new();
    for n in notices {
        let _ = writeln!(out, "::warning title=figlint::{}", escape_data(n));
    }
    for e in errors {
        let command = match e.level {
            crate::load::Level::Error => "error",
            crate::load::Level::Warning => "warning",
            crate::load::Level::Info => "notice",
        };
        let mut props = vec![format!("file={}", escape_property(&e.path))];
        if let Some(l) = e.line {
            props.push(format!("line={l}"));
        }
        props.push("title=figlint load".to_string());
        let _ = writeln!(
            out,
            "::{command} {}::{}",
            props.join(","),
            escape_data(&e.message)
        );
    }
    out
}

/// Load problems and notices as compact lines: `path:line:1: level load message`, and
/// `figlint: warning notice message`.
pub fn compact_problems(errors: &[crate::load::LoadError], notices: &[String]) -> String {
    let mut out = String::new();
    for n in notices {
        let _ = writeln!(out, "figlint: warning notice {}", one_line(n));
    }
    for e in errors {
        let _ = writeln!(
            out,
            "{}:{}:1: {} load {}",
            super::escape_controls(&e.path),
            e.line.unwrap_or(1),
            level_name(e.level),
            one_line(&e.message)
        );
    }
    out
}

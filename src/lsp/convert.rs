//! figlint's results as LSP values: byte offsets as positions in UTF-16 code units (what the
//! protocol counts by default), findings as diagnostics with the other articles' figures as
//! related information, load problems as diagnostics on their line, a claim as hover text.

use crate::context::Claim;
use crate::corpus::Corpus;
use crate::finding::{Finding, Location};
use crate::load::{Document, Level, LoadError};
use lsp_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, NumberOrString, Position, Range,
    Url,
};
use std::collections::HashMap;

/// What every diagnostic says it comes from.
pub const SOURCE: &str = "figlint";

/// The most related places a diagnostic lists (a value repeated in many articles would
/// otherwise list every one).
const MAX_RELATED: usize = 20;

/// The most other articles' values a hover lists.
const MAX_HOVER_VALUES: usize = 20;

/// Where one of a finding's locations stands: its document, the byte span of what it points
/// at in that document's source, and its claim if it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub doc: usize,
    pub offset: usize,
    pub length: usize,
    pub claim: Option<usize>,
}

/// The one place that reads a finding's location: everything else asks it.
fn place(corpus: &Corpus, loc: &Location) -> Place {
    let (start, end) = loc.span(corpus);
    Place {
        doc: loc.doc(corpus),
        offset: start,
        length: end - start,
        claim: loc.claim,
    }
}

/// How a document's positions are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    /// The editor's buffer, as the editor sent it.
    Buffer,
    /// A file read from disk: an editor that opens it drops a leading byte-order mark, so the
    /// mark is not counted.
    File,
}

/// The LSP position (0-based line, UTF-16 code units into the line) of byte `offset` of a
/// document's source.
pub fn position(doc: &Document, offset: usize, text: Text) -> Position {
    let source = doc.source();
    let offset = source.floor_char_boundary(offset.min(source.len()));
    let lines = doc.lines();
    let line = lines.line(offset);
    let start = lines.line_start(line).unwrap_or(0).min(offset);
    let mut character = utf16_len(&source[start..offset]);
    if text == Text::File && start == 0 && source.starts_with('\u{FEFF}') && offset >= 3 {
        character -= 1;
    }
    Position::new(to_u32(line - 1), to_u32(character))
}

/// The byte offset of an LSP position in a document's source: past the line's end is its
/// end, past the last line is the end of the text.
pub fn offset(doc: &Document, at: Position) -> usize {
    let source = doc.source();
    let Some(start) = doc.lines().line_start(at.line as usize + 1) else {
        return source.len();
    };
    let mut units = 0usize;
    for (i, c) in source[start..].char_indices() {
        if units >= at.character as usize || c == '\n' || c == '\r' {
            return start + i;
        }
        units += c.len_utf16();
    }
    source.len()
}

/// The range of a byte span of a document.
pub fn range(doc: &Document, offset: usize, length: usize, text: Text) -> Range {
    Range::new(
        position(doc, offset, text),
        position(doc, offset + length, text),
    )
}

fn utf16_len(s: &str) -> usize {
    // ASCII (most of a line's markup) is one unit a byte; count the rest by character.
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

pub fn severity(s: crate::finding::Severity) -> DiagnosticSeverity {
    use crate::finding::Severity;
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// A document's URI and how its positions are counted, by document index (none for a
/// document that has no URI).
pub trait Locate {
    fn uri(&self, doc: usize) -> Option<(Url, Text)>;
}

/// A finding as a diagnostic of the document it points at first: the rule as its code, the
/// message and the evidence as its text, every other figure involved as related information.
pub fn diagnostic(corpus: &Corpus, finding: &Finding, at: &dyn Locate) -> Option<Diagnostic> {
    let first = place(corpus, finding.locations.first()?);
    let (_, text) = at.uri(first.doc)?;
    let doc = &corpus.docs[first.doc];
    let related: Vec<DiagnosticRelatedInformation> = finding
        .locations
        .iter()
        .skip(1)
        .filter_map(|l| {
            let p = place(corpus, l);
            let (uri, text) = at.uri(p.doc)?;
            Some(DiagnosticRelatedInformation {
                location: lsp_types::Location::new(
                    uri,
                    range(&corpus.docs[p.doc], p.offset, p.length, text),
                ),
                message: l.label.clone(),
            })
        })
        .take(MAX_RELATED)
        .collect();
    let message = if finding.help.is_empty() {
        finding.message.clone()
    } else {
        format!("{}\n{}", finding.message, finding.help)
    };
    Some(Diagnostic {
        range: range(doc, first.offset, first.length, text),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.rule.clone())),
        source: Some(SOURCE.to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Diagnostic::default()
    })
}

/// A problem reading a document (malformed front matter, a suppression that suppresses
/// nothing) as a diagnostic over its line (the first line when it has none).
pub fn problem(doc: &Document, e: &LoadError, text: Text) -> Diagnostic {
    let lines = doc.lines();
    let line = e.line.unwrap_or(1).clamp(1, lines.line_count());
    let start = lines.line_start(line).unwrap_or(0);
    let end = lines
        .line_start(line + 1)
        .map_or(doc.source().len(), |n| n.saturating_sub(1));
    let severity = match e.level {
        Level::Error => DiagnosticSeverity::ERROR,
        Level::Warning => DiagnosticSeverity::WARNING,
        Level::Info => DiagnosticSeverity::INFORMATION,
    };
    Diagnostic {
        range: range(doc, start, end.max(start) - start, text),
        severity: Some(severity),
        source: Some(SOURCE.to_string()),
        message: e.message.clone(),
        ..Diagnostic::default()
    }
}

/// Hover text (Markdown) for figure `figure` of the corpus: what it was read as, its claim
/// (subject, metric, period) and every other article's value in the claim's comparison group.
pub fn hover_text(corpus: &Corpus, figure: usize, claim: Option<usize>) -> String {
    let f = &corpus.figures[figure];
    let doc = &corpus.docs[f.doc];
    let written = doc.slice(f.offset, f.length);
    let mut out = format!("**{}** · {}", code(written), f.raw.kind.as_str());
    let Some(ci) = claim else {
        out.push_str(
            "\n\nNo claim: figlint found no subject and measure for this figure, so it is \
             compared with nothing.",
        );
        return out;
    };
    let c = &corpus.claims[ci];
    out.push_str(&format!(
        "\n\n| | |\n|---|---|\n| subject | {} |\n| key | `{}` |\n| scope | {} |\n| metric | {} |\n| period | {} |\n| unit | {} |",
        cell(&c.subject),
        c.key.replace('`', "'"),
        cell(if c.scope.is_empty() { "—" } else { &c.scope }),
        cell(&c.metric),
        cell(c.period.as_deref().unwrap_or("—")),
        cell(&c.unit),
    ));
    if let Some(s) = &c.source {
        out.push_str(&format!("\n| source | {} |", cell(s.as_str())));
    }
    let values = values_elsewhere(corpus, c);
    if values.is_empty() {
        out.push_str("\n\nNo other article states this subject, metric and period.");
        return out;
    }
    out.push_str("\n\nOther articles' values for this subject, metric and period:\n");
    for v in values.iter().take(MAX_HOVER_VALUES) {
        let of = &corpus.figures[corpus.claims[v.first].figure];
        let od = &corpus.docs[of.doc];
        let n = v.docs.len();
        out.push_str(&format!(
            "\n- {} in {n} article{} (first: {})",
            code(od.slice(of.offset, of.length)),
            if n == 1 { "" } else { "s" },
            code(&format!("{}:{}", od.path, od.position(of.offset).line)),
        ));
    }
    if values.len() > MAX_HOVER_VALUES {
        out.push_str(&format!(
            "\n- … and {} other values",
            values.len() - MAX_HOVER_VALUES
        ));
    }
    out
}

/// One value stated elsewhere: its first claim and the articles that state it.
struct Value {
    first: usize,
    docs: Vec<usize>,
}

/// The values other articles state in the same comparison group as `c`, the most stated
/// first.
fn values_elsewhere(corpus: &Corpus, c: &Claim) -> Vec<Value> {
    let mut values: Vec<Value> = Vec::new();
    let mut by_value: HashMap<u64, usize> = HashMap::new();
    for (i, o) in corpus.claims.iter().enumerate() {
        if o.doc == c.doc || !crate::rules::same_group(c, o) {
            continue;
        }
        let k = *by_value.entry(o.value.to_bits()).or_insert_with(|| {
            values.push(Value {
                first: i,
                docs: Vec::new(),
            });
            values.len() - 1
        });
        if !values[k].docs.contains(&o.doc) {
            values[k].docs.push(o.doc);
        }
    }
    values.sort_by_key(|v| (std::cmp::Reverse(v.docs.len()), v.first));
    values
}

/// Text as a Markdown code span.
fn code(s: &str) -> String {
    format!("`{}`", s.replace('`', "'"))
}

/// Text for a Markdown table cell or list item: no line breaks, pipes or markup.
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{parse, Format};

    fn doc(text: &str) -> Document {
        parse("t.md".into(), text.to_string(), Format::Markdown).0
    }

    #[test]
    fn positions_count_utf16_code_units() {
        // 「名古屋」 is three units, an emoji outside the BMP two.
        let text = "一行目\n名古屋😀は15%\r\nlast";
        let d = doc(text);
        let at = text.find("15%").unwrap();
        assert_eq!(position(&d, at, Text::Buffer), Position::new(1, 6));
        assert_eq!(offset(&d, Position::new(1, 6)), at);
        assert_eq!(
            range(&d, at, 3, Text::Buffer),
            Range::new(Position::new(1, 6), Position::new(1, 9))
        );
        // Past the line's end stops before its line break; past the last line is the end.
        assert_eq!(offset(&d, Position::new(1, 99)), text.find('\r').unwrap());
        assert_eq!(offset(&d, Position::new(9, 0)), text.len());
        assert_eq!(position(&d, text.len(), Text::Buffer), Position::new(2, 4));
    }

    #[test]
    fn a_files_byte_order_mark_is_not_counted_but_a_buffers_is() {
        let text = "\u{FEFF}北京 5%";
        let d = doc(text);
        let at = text.find('5').unwrap();
        assert_eq!(position(&d, at, Text::File), Position::new(0, 3));
        assert_eq!(position(&d, at, Text::Buffer), Position::new(0, 4));
    }

    #[test]
    fn a_problem_covers_its_line() {
        let d = doc("---\ntitle: [x\n---\n本文\n");
        let e = LoadError {
            path: "t.md".into(),
            line: Some(2),
            message: "bad".into(),
            level: Level::Error,
        };
        let p = problem(&d, &e, Text::Buffer);
        assert_eq!(
            p.range,
            Range::new(Position::new(1, 0), Position::new(1, 9))
        );
        assert_eq!(p.severity, Some(DiagnosticSeverity::ERROR));
    }
}

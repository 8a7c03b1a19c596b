//! `figlint check` output: rich diagnostics (miette), one JSON document, and the summary table.

use crate::config::Severity;
use crate::context::Claim;
use crate::corpus::Corpus;
use crate::finding::Finding;
use crate::report::figures::ErrorRecord;
use comfy_table::{presets, Table};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, SourceCode,
    SourceSpan, SpanContents,
};
use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// A file's text, borrowed, under its path: miette's `NamedSource` without the copy.
struct Source<'a> {
    /// The path, control characters escaped.
    name: std::borrow::Cow<'a, str>,
    text: &'a str,
    /// The text's line starts, so that a snippet is read from the lines around its span
    /// rather than counted from the start of the file (which made rendering a large report
    /// quadratic in the size of its files).
    lines: &'a crate::load::lines::LineIndex,
    /// Whether the text holds a carriage return, which miette also counts as a line break
    /// where the line index does not: such a text is read from its start, as miette does.
    has_cr: bool,
}

/// Prose lines are often whole paragraphs; a snippet shows this many characters either side
/// of the figures on a long line instead of the whole line.
const WINDOW: usize = 40;

impl SourceCode for Source<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let text = self.text;
        let start = text.floor_char_boundary(span.offset().min(text.len()));
        let end = text.ceil_char_boundary((span.offset() + span.len()).clamp(start, text.len()));
        // 0-based line of the span's start, and where that line starts and ends.
        let line = self.lines.line(start) - 1;
        let line_start = self.lines.line_start(line + 1).unwrap_or(0);
        let line_end =
            memchr::memchr(b'\n', &text.as_bytes()[end..]).map_or(text.len(), |i| end + i);
        let long = text[line_start..line_end].chars().count() > 2 * WINDOW + 20;
        if !long {
            // miette reads the context lines from the start of what it is given: it is given
            // the text from the first context line on, and its lines and offsets are moved
            // back to the file's.
            let first = if self.has_cr {
                0
            } else {
                line.saturating_sub(before)
            };
            let from = self.lines.line_start(first + 1).unwrap_or(0);
            let moved = SourceSpan::from((span.offset().saturating_sub(from), span.len()));
            let inner = text[from..].read_span(&moved, before, after)?;
            let offset = inner.span().offset() + from;
            let first_line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            return Ok(Box::new(miette::MietteSpanContents::new_named(
                self.name.to_string(),
                inner.data(),
                SourceSpan::from((offset, inner.span().len())),
                inner.line() + first,
                text[first_line_start..offset].chars().count(),
                inner.line_count() + first,
            )));
        }
        // A window of the long line around the span, on character boundaries.
        let mut ws = start;
        for (n, (i, _)) in text[line_start..start].char_indices().rev().enumerate() {
            ws = line_start + i;
            if n + 1 >= WINDOW {
                break;
            }
        }
        let mut we = end;
        for (n, (i, c)) in text[end..line_end].char_indices().enumerate() {
            we = end + i + c.len_utf8();
            if n + 1 >= WINDOW {
                break;
            }
        }
        let (ws, we) = if before == 0 && after == 0 {
            (start, end)
        } else {
            (ws, we)
        };
        let ws = ws.min(start);
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.to_string(),
            &text.as_bytes()[ws..we.max(end)],
            SourceSpan::from((ws, we.max(end) - ws)),
            line,
            text[line_start..ws].chars().count(),
            1,
        )))
    }
}

/// One file's part of a finding: its labelled figures.
struct Part<'a> {
    message: String,
    severity: miette::Severity,
    help: Option<String>,
    code: Option<String>,
    source: Source<'a>,
    labels: Vec<LabeledSpan>,
    related: Vec<Part<'a>>,
}

impl fmt::Debug for Part<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl fmt::Display for Part<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for Part<'_> {}

impl Diagnostic for Part<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.code
            .as_ref()
            .map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(self.related.iter().map(|p| p as &dyn Diagnostic)))
        }
    }
}

fn miette_severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    }
}

/// Renders findings as miette diagnostics: the primary file's figures labelled, every other
/// file's figures as related diagnostics, and the evidence as help.
pub fn human(corpus: &Corpus, findings: &[Finding], color: bool, width: usize) -> String {
    human_pieces(corpus, findings, color, width).concat()
}

/// As [`human`], one piece a finding (written one after another, never joined in memory).
pub fn human_pieces(
    corpus: &Corpus,
    findings: &[Finding],
    color: bool,
    width: usize,
) -> Vec<String> {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_context_lines(1)
        .with_word_separator(textwrap::WordSeparator::Custom(wrap_points))
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_break_words(false);
    // Whether each file holds a carriage return, worked out once per file shown.
    let has_cr: Vec<std::sync::OnceLock<bool>> = (0..corpus.docs.len())
        .map(|_| std::sync::OnceLock::new())
        .collect();
    // Each finding is rendered on its own (in parallel), then the reports are joined in order.
    findings.par_iter().map(|f| {
        let mut out = String::new();
        // Locations grouped by file, the primary's file first.
        let mut by_doc: Vec<(usize, Vec<&crate::finding::Location>)> = Vec::new();
        for l in &f.locations {
            let d = l.doc(corpus);
            match by_doc.iter_mut().find(|(x, _)| *x == d) {
                Some((_, v)) => v.push(l),
                None => by_doc.push((d, vec![l])),
            }
        }
        let mut parts: Vec<Part<'_>> = by_doc
            .iter()
            .enumerate()
            .map(|(i, (d, locs))| {
                let doc = &corpus.docs[*d];
                Part {
                    message: if i == 0 {
                        f.message.clone()
                    } else {
                        format!("also stated in {}", super::escape_controls(&doc.path))
                    },
                    severity: if i == 0 {
                        miette_severity(f.severity)
                    } else {
                        miette::Severity::Advice
                    },
                    help: (i == 0).then(|| f.help.clone()),
                    code: (i == 0).then(|| f.rule.clone()),
                    source: Source {
                        name: super::escape_controls(&doc.path),
                        text: doc.source(),
                        lines: doc.lines(),
                        has_cr: *has_cr[*d]
                            .get_or_init(|| memchr::memchr(b'\r', doc.source().as_bytes()).is_some()),
                    },
                    labels: locs
                        .iter()
                        .enumerate()
                        .map(|(k, l)| {
                            let (start, end, label) = shown_span(l, corpus, doc.source());
                            let span = SourceSpan::from((start, end - start));
                            if i == 0 && k == 0 {
                                LabeledSpan::new_primary_with_span(Some(label), span)
                            } else {
                                LabeledSpan::new_with_span(Some(label), span)
                            }
                        })
                        .collect(),
                    related: Vec::new(),
                }
            })
            .collect();
        // A value stated in many articles: the first few files are shown, the rest counted.
        const SHOWN_FILES: usize = 6;
        if parts.len() > SHOWN_FILES {
            let hidden: usize = by_doc[SHOWN_FILES..].iter().map(|(_, l)| l.len()).sum();
            let files = parts.len() - SHOWN_FILES;
            parts.truncate(SHOWN_FILES);
            let note = format!(
                "\nand {hidden} more place(s) in {files} more file(s) (--format json lists them all)"
            );
            if let Some(h) = parts[0].help.as_mut() {
                h.push_str(&note);
            }
        }
        let mut main = parts.remove(0);
        main.related = parts;
        let _ = handler.render_report(&mut out, &main);
        out.push('\n');
        out
    }).collect()
}

/// Characters of a text span (a repeated block, a marker) that a snippet underlines.
const SHOWN_CHARS: usize = 24;

/// The part of a location a snippet shows, and its label. A figure is shown whole; a text
/// span (a repeated block of many paragraphs, say) by its start: at most its first line and
/// [`SHOWN_CHARS`] characters, the label saying which lines it covers, so that a block is
/// named where it starts instead of reprinted (the JSON and SARIF locations keep the whole
/// span).
fn shown_span(l: &crate::finding::Location, corpus: &Corpus, text: &str) -> (usize, usize, String) {
    let (start, end) = l.span(corpus);
    let crate::finding::At::Text { place, .. } = &l.at else {
        return (start, end, l.label.clone());
    };
    let line_end = memchr::memchr(b'\n', &text.as_bytes()[start..end]).map_or(end, |i| start + i);
    let shown = text[start..line_end].trim_end_matches('\r');
    let cut = shown
        .char_indices()
        .nth(SHOWN_CHARS)
        .map_or(shown.len(), |(i, _)| i);
    let label = if place.end_line > place.line {
        format!("{} (lines {}–{})", l.label, place.line, place.end_line)
    } else {
        l.label.clone()
    };
    (start, start + cut, label)
}

/// Where a line of help or message text may wrap: after spaces, and between two CJK
/// characters, but never inside a figure (「128兆7,764億円」, 「2024年」), a path or a word
/// with a slash, before closing punctuation (。、」) or after an opening bracket. A word
/// wider than the line is left whole (it runs over the width rather than being split).
fn wrap_points(line: &str) -> Box<dyn Iterator<Item = textwrap::core::Word<'_>> + '_> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    // Whether the run of characters since the last space holds a slash (a path, a URL).
    let mut slashed = false;
    for (i, c) in line.char_indices() {
        if let Some(p) = prev {
            if p == ' ' && c != ' ' {
                slashed = line[i..]
                    .split(' ')
                    .next()
                    .is_some_and(|w| w.contains(['/', '\\']));
            }
            let split = if c == ' ' {
                false
            } else if p == ' ' {
                true
            } else {
                !slashed && cjk_break(p, c)
            };
            if split && i > start {
                words.push(textwrap::core::Word::from(&line[start..i]));
                start = i;
            }
        } else {
            slashed = line
                .split(' ')
                .next()
                .is_some_and(|w| w.contains(['/', '\\']));
        }
        prev = Some(c);
    }
    if start < line.len() {
        words.push(textwrap::core::Word::from(&line[start..]));
    }
    Box::new(words.into_iter())
}

/// Whether a line may break between `a` and `b`, two characters with no space between.
fn cjk_break(a: char, b: char) -> bool {
    use unicode_width::UnicodeWidthChar;
    let wide = |c: char| c.width() == Some(2);
    // Digits, separators, numerals and the units and counters that go with a figure.
    let figure = |c: char| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || ",.，．%％".contains(c)
            || "〇一二三四五六七八九十百千万億兆京円元ドル倍人件台年月日度点位".contains(c)
    };
    let closing =
        "、。，．）」』】〕〉》！？：；・ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    let opening = "（「『【〔〈《";
    wide(a) && wide(b) && !(figure(a) && figure(b)) && !closing.contains(b) && !opening.contains(a)
}

/// One location of a finding, as JSON.
#[derive(Serialize)]
struct LocationRecord<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    text: &'a str,
    /// None for a location in text rather than at a figure.
    #[serde(with = "rust_decimal::serde::arbitrary_precision_option")]
    value: Option<Decimal>,
    unit: &'a str,
    subject: Option<&'a str>,
    metric: Option<&'a str>,
    period: Option<&'a str>,
    label: &'a str,
}

#[derive(Serialize)]
struct FindingRecord<'a> {
    rule: &'a str,
    kind: crate::finding::FindingKind,
    severity: &'a str,
    message: &'a str,
    help: &'a str,
    fingerprint: &'a str,
    locations: Vec<LocationRecord<'a>>,
}

/// Counts for the summary.
#[derive(Serialize, Clone, Copy)]
pub struct Summary {
    pub files: usize,
    pub figures: usize,
    pub claims: usize,
    pub findings: usize,
}

#[derive(Serialize)]
struct CheckDocument<'a> {
    version: u32,
    findings: Vec<FindingRecord<'a>>,
    summary: Summary,
    errors: Vec<ErrorRecord<'a>>,
}

/// The JSON document for `figlint check --format json`.
pub fn json(corpus: &Corpus, claims: &[Claim], findings: &[Finding], summary: Summary) -> String {
    json_pieces(corpus, claims, findings, summary).concat()
}

/// [`json`] in pieces, to be written one after another (a corpus's report runs to tens of
/// megabytes, and joining it first would copy all of it once more). Findings are made into
/// JSON in parallel, each indented as it sits in the document, in place of the empty list of
/// a document serialised without them: the same text as serialising it whole.
pub fn json_pieces(
    corpus: &Corpus,
    claims: &[Claim],
    findings: &[Finding],
    summary: Summary,
) -> Vec<String> {
    use rayon::prelude::*;
    let records: Vec<String> = findings
        .par_iter()
        .enumerate()
        .map(|(k, f)| {
            let one = serde_json::to_vec_pretty(&finding_record(corpus, claims, f))
                .expect("findings serialise");
            let mut s = String::with_capacity(one.len() + one.len() / 16 + 8);
            s.push_str(if k == 0 { "\n    " } else { ",\n    " });
            indent_into(&one, &mut s);
            s
        })
        .collect();
    let doc = CheckDocument {
        version: 1,
        findings: Vec::new(),
        summary,
        errors: corpus.errors.iter().map(ErrorRecord::from).collect(),
    };
    let whole = serde_json::to_string_pretty(&doc).expect("findings serialise");
    const EMPTY: &str = "\n  \"findings\": [],";
    let at = whole.find(EMPTY).expect("the document lists its findings");
    let mut pieces = Vec::with_capacity(records.len() + 2);
    pieces.push(format!("{}\n  \"findings\": [", &whole[..at]));
    let empty = records.is_empty();
    pieces.extend(records);
    pieces.push(format!(
        "{}{}\n",
        if empty { "]," } else { "\n  ]," },
        &whole[at + EMPTY.len()..]
    ));
    pieces
}

/// Serialised JSON (valid UTF-8) into `out`, every line after the first indented by four
/// more spaces. (Strings in JSON have their line breaks escaped: every raw one is a line's.)
fn indent_into(json: &[u8], out: &mut String) {
    let text = std::str::from_utf8(json).expect("JSON is UTF-8");
    let mut last = 0;
    for nl in memchr::memchr_iter(b'\n', json) {
        out.push_str(&text[last..nl]);
        out.push_str("\n    ");
        last = nl + 1;
    }
    out.push_str(&text[last..]);
}

/// One finding as JSON: every location with its place, text and (at a figure) the claim.
fn finding_record<'a>(
    corpus: &'a Corpus,
    claims: &'a [Claim],
    f: &'a Finding,
) -> FindingRecord<'a> {
    FindingRecord {
        rule: &f.rule,
        kind: f.kind,
        severity: f.severity.as_str(),
        message: &f.message,
        help: &f.help,
        fingerprint: &f.fingerprint,
        locations: f
            .locations
            .iter()
            .map(|l| {
                let Some(figure) = l.figure() else {
                    let p = l.place(corpus);
                    return LocationRecord {
                        path: &corpus.docs[l.doc(corpus)].path,
                        line: p.line,
                        column: p.column,
                        end_line: p.end_line,
                        end_column: p.end_column,
                        text: l.text(corpus),
                        value: None,
                        unit: "",
                        subject: None,
                        metric: None,
                        period: None,
                        label: &l.label,
                    };
                };
                let fig = &corpus.figures[figure];
                let r = crate::report::figures::FigureRecord::new(corpus, fig);
                let c = l.claim.map(|c| &claims[c]);
                LocationRecord {
                    path: r.path,
                    line: r.line,
                    column: r.column,
                    end_line: r.end_line,
                    end_column: r.end_column,
                    text: r.text,
                    value: Some(r.value),
                    unit: r.unit,
                    subject: c.map(|c| c.subject.as_str()),
                    metric: c.map(|c| c.metric.as_str()),
                    period: c.and_then(|c| c.period.as_deref()),
                    label: &l.label,
                }
            })
            .collect(),
    }
}

/// The closing summary: counts, findings by rule and severity, time taken.
pub fn summary_table(
    summary: Summary,
    findings: &[Finding],
    errors: usize,
    seconds: Option<f64>,
) -> String {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED);
    t.set_header([
        "files",
        "figures",
        "claims",
        "findings",
        "load errors",
        "time",
    ]);
    t.add_row([
        summary.files.to_string(),
        summary.figures.to_string(),
        summary.claims.to_string(),
        summary.findings.to_string(),
        errors.to_string(),
        seconds.map_or("-".to_string(), |s| format!("{s:.2}s")),
    ]);
    let mut by_rule: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for f in findings {
        *by_rule
            .entry((f.rule.as_str(), f.severity.as_str()))
            .or_default() += 1;
    }
    let mut s = t.to_string();
    if !by_rule.is_empty() {
        let mut r = Table::new();
        r.load_style(presets::UTF8_FULL_CONDENSED);
        r.set_header(["rule", "severity", "findings"]);
        for ((rule, sev), n) in by_rule {
            r.add_row([rule.to_string(), sev.to_string(), n.to_string()]);
        }
        s.push('\n');
        s.push_str(&r.to_string());
    }
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::wrap_points;

    fn words(line: &str) -> Vec<&str> {
        wrap_points(line).map(|w| w.word).collect()
    }

    #[test]
    fn figures_paths_and_closing_marks_are_never_split() {
        let w = words("規模は128兆7,764億円と推計された。");
        assert!(w.contains(&"は128兆7,764億円"), "{w:?}");
        assert!(w.contains(&"た。"), "{w:?}");
        assert_eq!(
            words("first: examples/newsroom/記事.md"),
            ["first:", "examples/newsroom/記事.md"]
        );
        assert_eq!(words("「京都」の"), ["「京", "都」", "の"]);
    }

    /// A snippet read from the lines around its span is the one miette reads from the start
    /// of the file: the same text, span, line, column and line count, for spans at the start,
    /// the middle and the end of a file, with and without context lines.
    #[test]
    fn snippets_read_near_their_span_match_reading_the_whole_file() {
        use miette::SourceCode;
        let lines: Vec<String> = (0..40)
            .map(|i| format!("第{i}行の文は売上が{i}億円だった。"))
            .collect();
        // A text with carriage returns (miette counts a lone one as a line break) is read
        // from its start.
        for text in [
            lines.join("\n"),
            lines.join("\n") + "\n",
            lines.join("\r\n"),
            lines.join("\n").replacen("の文", "\rの文", 3),
        ] {
            let index = crate::load::lines::LineIndex::new(&text);
            let source = super::Source {
                name: "a.md".into(),
                text: &text,
                lines: &index,
                has_cr: text.contains('\r'),
            };
            for (offset, len) in [
                (0, 3),
                (5, 0),
                (200, 6),
                (text.len() - 9, 9),
                (text.len(), 0),
            ] {
                let offset = text.floor_char_boundary(offset);
                let span = miette::SourceSpan::from((offset, len));
                for (before, after) in [(0, 0), (1, 1), (3, 2), (50, 50)] {
                    let got = source.read_span(&span, before, after).unwrap();
                    let want = text.read_span(&span, before, after).unwrap();
                    assert_eq!(got.data(), want.data(), "{offset} {before} {after}");
                    assert_eq!(got.span(), want.span(), "{offset} {before} {after}");
                    assert_eq!(got.line(), want.line(), "{offset} {before} {after}");
                    assert_eq!(
                        got.line_count(),
                        want.line_count(),
                        "{offset} {before} {after}"
                    );
                    let first = want.span().offset();
                    let line_start = text[..first].rfind('\n').map_or(0, |i| i + 1);
                    assert_eq!(got.column(), text[line_start..first].chars().count());
                }
            }
        }
    }
}

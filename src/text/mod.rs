//! The per-document half of the text rules (`artifact`, `repeated-paragraph`,
//! `near-duplicate-article`): what an article's text holds, worked out while its file is read
//! (in parallel with the other files, and cached with its figures), so that the rules only
//! compare and report.
//!
//! Text is compared normalised: letters and digits only (ASCII lower-cased), so that
//! whitespace, punctuation and Markdown emphasis never hide a repeat.

pub mod sketch;

use crate::load::prose::{Block, BlockKind, PLACEHOLDER};
use crate::load::Document;
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64;

pub use sketch::Sketch;

/// What the per-file stage looks for, from the config's enabled text rules.
#[derive(Debug, Clone, Default)]
pub struct Spec {
    /// The marker patterns; none when no artifact rule is enabled or it has no markers.
    markers: Option<Markers>,
    /// Look for sentences cut off at the end of a section and unclosed code fences.
    pub cut_off: bool,
    pub unclosed_fence: bool,
    pub repeats: Option<RepeatSpec>,
    /// Make a sketch of each body for near-duplicate articles.
    pub sketch: bool,
}

/// How `repeated-paragraph` finds repeats.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RepeatSpec {
    /// A paragraph shorter than this (normalised characters) is never reported.
    pub min_chars: usize,
    /// A sentence repeated inside other paragraphs is reported from this length.
    pub min_sentence_chars: usize,
    /// Two paragraphs this alike (0..=1, character pairs in common) are one repeated block;
    /// 1 means word for word only.
    pub similarity: f64,
}

impl Spec {
    /// The spec the enabled rules of a config ask for.
    pub fn from_rules(rules: &[crate::rules::Rule]) -> Spec {
        let mut spec = Spec::default();
        let mut patterns: Vec<String> = Vec::new();
        for r in rules.iter().filter(|r| r.enabled) {
            match r.kind.name {
                "artifact" => {
                    let o: &crate::rules::artifact::ArtifactOptions = r.options();
                    patterns.extend(o.markers.iter().chain(&o.more_markers).cloned());
                    spec.cut_off |= o.cut_off;
                    spec.unclosed_fence |= o.unclosed_fence;
                }
                "repeated-paragraph" => {
                    let o: &crate::rules::repeated_paragraph::RepeatOptions = r.options();
                    spec.repeats = Some(o.spec);
                }
                "near-duplicate-article" => spec.sketch = true,
                _ => {}
            }
        }
        patterns.dedup();
        if !patterns.is_empty() {
            spec.markers = Some(Markers::new(&patterns));
        }
        spec
    }
}

/// The marker patterns as regexes: those that start with `^` as one alternation, tried at the
/// start of each line only (an anchored search stops at the first byte that cannot match,
/// where a search of the whole text for them would run every byte through the automaton);
/// the others one regex each, searched for in the whole body. (Each starts with a literal the
/// regex engine looks for with SIMD; their alternation would look for all their literals at
/// once, and a case-insensitive one makes that set too large to search fast.)
#[derive(Debug, Clone)]
struct Markers {
    lines: Option<regex::Regex>,
    anywhere: Vec<regex::Regex>,
}

impl Markers {
    fn new(patterns: &[String]) -> Markers {
        let (lines, anywhere): (Vec<&String>, Vec<&String>) =
            patterns.iter().partition(|p| p.starts_with('^'));
        let build = |pattern: &str, multi_line: bool| {
            // Each pattern was compiled when the config was read, so they compile here too.
            regex::RegexBuilder::new(pattern)
                .multi_line(multi_line)
                .size_limit(1 << 22)
                .build()
                .ok()
        };
        let lines = (!lines.is_empty())
            .then(|| {
                let all = lines
                    .iter()
                    .map(|p| format!("(?:{p})"))
                    .collect::<Vec<_>>()
                    .join("|");
                build(&all, false)
            })
            .flatten();
        Markers {
            lines,
            anywhere: anywhere.iter().filter_map(|p| build(p, true)).collect(),
        }
    }

    /// The byte ranges of every marker in `source` from `body` on, in text order; where two
    /// overlap, the one that starts first (at one start, the pattern listed first), as one
    /// alternation of them all would find.
    fn find(&self, source: &str, body: usize) -> Vec<(usize, usize)> {
        // (start, which pattern, end); line patterns count as listed before the others.
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        if let Some(re) = &self.lines {
            for (s, e) in lines_from(source, body) {
                // A line's text without its break; `$` is the end of the line, as in
                // multi-line mode.
                if let Some(m) = re.find(&source[s..e]) {
                    found.push((s + m.start(), 0, s + m.end()));
                }
            }
        }
        for (k, re) in self.anywhere.iter().enumerate() {
            found.extend(
                re.find_iter(&source[body..])
                    .map(|m| (body + m.start(), k + 1, body + m.end())),
            );
        }
        found.sort_unstable();
        let mut out: Vec<(usize, usize)> = Vec::with_capacity(found.len());
        for (start, _, end) in found {
            match out.last() {
                Some(&(s, e)) if start == s || start < e => {}
                _ => out.push((start, end)),
            }
        }
        out
    }
}

/// A marker pattern as figlint runs it: `^` and `$` at line ends, `.` never across lines.
pub fn marker_regex(pattern: &str) -> Result<regex::Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .multi_line(true)
        .size_limit(1 << 22)
        .build()
}

/// What the text rules need of one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TextInfo {
    pub artifacts: Vec<Artifact>,
    pub repeats: Vec<Repeat>,
    pub sketch: Option<Sketch>,
    /// `(byte offset, line, column)` of every offset a finding may point at (the first and
    /// the last character of each span above), sorted: worked out while the text is in
    /// memory, so that reporting a text finding never reads its file again.
    pub positions: Vec<(usize, usize, usize)>,
}

impl TextInfo {
    /// The place of the span `start..end` (one of the spans above): the line and column of
    /// its first character and of its last (the last recorded offset before `end`).
    pub fn place(&self, start: usize, end: usize) -> crate::finding::Place {
        let before = |offset: usize| {
            let i = self.positions.partition_point(|p| p.0 < offset);
            i.checked_sub(1)
                .map_or((1, 1), |k| (self.positions[k].1, self.positions[k].2))
        };
        let (line, column) = before(start + 1);
        let (end_line, end_column) = before(end.max(start + 1));
        crate::finding::Place {
            line,
            column,
            end_line,
            end_column,
        }
    }
}

/// A leftover of generation or templating.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Artifact {
    pub start: usize,
    pub end: usize,
    pub what: ArtifactKind,
    /// The marker as written (one line, at most about 60 characters); never empty.
    pub quote: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ArtifactKind {
    /// A line or placeholder matched by a marker pattern.
    Marker,
    /// A paragraph whose last sentence stops mid-way before a heading, a marker, a rule or
    /// the end of the article.
    CutOff,
    /// A code fence that is never closed.
    UnclosedFence,
}

/// A block of text that appears more than once in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Repeat {
    /// Every place it appears, in text order (source byte ranges).
    pub places: Vec<(usize, usize)>,
    /// Its first characters, for showing (never empty).
    pub quote: String,
    /// The normalised text's hash, for fingerprints.
    pub key: u64,
    /// How alike the least alike two copies are (1 for word-for-word repeats).
    pub similarity: f32,
    /// A long sentence repeated inside different paragraphs, rather than a whole paragraph.
    pub sentence: bool,
    /// How many paragraphs (or sentences) in a row each copy holds.
    pub units: u32,
}

/// Looks at one document's text as `spec` asks; `doc` still has its source and blocks.
pub fn analyse(doc: &Document, spec: &Spec) -> TextInfo {
    let mut info = TextInfo::default();
    if spec.markers.is_some() || spec.cut_off || spec.unclosed_fence {
        artifacts(doc, spec, &mut info.artifacts);
    }
    if spec.repeats.is_some() || spec.sketch {
        let norm = Normalised::of(&doc.blocks, spec);
        if let Some(r) = spec.repeats {
            repeats(&doc.blocks, &norm, &r, &mut info.repeats);
        }
        if spec.sketch {
            info.sketch = Sketch::of(doc, &norm);
        }
    }
    info.positions = positions(doc.source(), &info);
    info
}

/// The line and column of the first and last character of every span in `info`.
fn positions(source: &str, info: &TextInfo) -> Vec<(usize, usize, usize)> {
    let mut spans: Vec<(usize, usize)> = info.artifacts.iter().map(|a| (a.start, a.end)).collect();
    for r in &info.repeats {
        spans.extend(&r.places);
    }
    spans.extend(info.sketch.as_ref().map(|s| s.at));
    let mut offsets: Vec<usize> = Vec::with_capacity(spans.len() * 2);
    for (start, end) in spans {
        let end = end.min(source.len());
        let start = start.min(end);
        offsets.push(start);
        let last = source[..end]
            .char_indices()
            .next_back()
            .map_or(start, |(i, _)| i.max(start));
        offsets.push(last);
    }
    offsets.sort_unstable();
    offsets.dedup();
    let bom = source.starts_with('\u{FEFF}');
    // One walk through the text: lines and characters counted from one offset to the next.
    let (mut at, mut line, mut column) = (0usize, 1usize, 1usize);
    offsets
        .into_iter()
        .map(|offset| {
            let between = &source[at..offset];
            match memchr::memrchr(b'\n', between.as_bytes()) {
                Some(nl) => {
                    line += memchr::memchr_iter(b'\n', between.as_bytes()).count();
                    column = 1 + between[nl + 1..].chars().count();
                }
                None => column += between.chars().count(),
            }
            at = offset;
            let shown = if line == 1 && bom && offset >= 3 {
                column - 1
            } else {
                column
            };
            (offset, line, shown)
        })
        .collect()
}

/// Whether `c` is a letter or digit, answered without the standard library's table search
/// for the characters articles are mostly made of (ASCII, kana, common kanji, CJK
/// punctuation): that search was a third of a corpus run.
#[inline]
fn word_char(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphanumeric(),
        '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' | '\u{30FB}' => false,
        '\u{3041}'..='\u{3096}'
        | '\u{30A1}'..='\u{30FA}'
        | '\u{30FC}'
        | '\u{4E00}'..='\u{9FFF}' => true,
        '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The normalised form of `text` into `out` (cleared first): letters and digits, full-width
/// ASCII as ASCII, ASCII lower-cased. Returns its length in characters.
pub fn normalise_into(text: &str, out: &mut String) -> usize {
    out.clear();
    normalise_append(text, out)
}

/// As [`normalise_into`], appending to `out`. Reads bytes rather than characters: ASCII and
/// the three-byte characters Japanese and Chinese are written in are classified by one table
/// lookup (no decoding, and no branch that depends on whether a character is kanji, kana or
/// punctuation), and a kept character is copied as it is written (no re-encoding).
pub fn normalise_append(text: &str, out: &mut String) -> usize {
    normalise_text::<false, _>(text, out, &mut Vec::new(), 0, &mut Nothing)
}

/// As [`normalise_append`], and `text`'s sentences (as [`split_sentences`] splits them) with
/// their normalised hashes and lengths into `sentences`, found in the same pass: every
/// sentence stop is a character normalising drops. ([`Normalised::of`] runs the same pass,
/// keeping only the sentences long enough to be compared.)
#[cfg(test)]
fn normalise_sentences(text: &str, out: &mut String, sentences: &mut Vec<NormSentence>) -> usize {
    normalise_text::<true, _>(text, out, sentences, 0, &mut Nothing)
}

/// What the normalising pass also works out from each character it keeps (as it is in the
/// normalised text), so that nothing decodes the normalised text again.
pub trait Feed {
    fn kept(&mut self, c: u32);
}

/// A feed that works out nothing.
pub struct Nothing;

impl Feed for Nothing {
    #[inline(always)]
    fn kept(&mut self, _: u32) {}
}

/// The feed of one block: its character-pair MinHash ([`min_hash`]) when `pairs`, and the
/// body's shingles when `shingles`.
struct BlockFeed<'a> {
    pairs: bool,
    /// The character before (`u32::MAX` at the start of the block).
    prev: u32,
    mins: [u32; 8],
    /// The body's shingles, when the block is part of the body.
    shingles: Option<&'a mut sketch::Shingles>,
}

impl Feed for BlockFeed<'_> {
    #[inline(always)]
    fn kept(&mut self, c: u32) {
        if self.pairs {
            if self.prev != u32::MAX {
                let h = pair_hash(self.prev, c);
                let bin = (h >> 29) as usize;
                self.mins[bin] = self.mins[bin].min(h);
            }
            self.prev = c;
        }
        if let Some(s) = self.shingles.as_deref_mut() {
            s.push(c);
        }
    }
}

/// Where a sentence of [`normalise_sentences`] began: in the text, in the normalised text,
/// and in characters.
struct Open {
    start: usize,
    from: usize,
    chars: usize,
}

/// Ends the open sentence at a stop of `len` bytes at `i` (and the closing brackets and
/// quotes right after it), as [`split_sentences`] does, and opens the next. The sentence is
/// kept when it has at least `min` normalised characters: a shorter one is never compared,
/// and is not trimmed or hashed.
fn close_sentence(
    text: &str,
    stop: Option<(usize, usize)>,
    out: &str,
    n: usize,
    open: &mut Open,
    sentences: &mut Vec<NormSentence>,
    min: usize,
) {
    let end = match stop {
        Some((i, len)) => crate::load::prose::past_closers(text, i + len),
        None => text.len(),
    };
    if n - open.chars >= min {
        let s = &text[open.start..end];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead + trail < s.len() {
            sentences.push(NormSentence {
                start: open.start + lead,
                end: end - trail,
                hash: xxh3_64(&out.as_bytes()[open.from..]),
                chars: n - open.chars,
            });
        }
    }
    *open = Open {
        start: end,
        from: out.len(),
        chars: n,
    };
}

fn normalise_text<const SPLIT: bool, F: Feed>(
    text: &str,
    out: &mut String,
    sentences: &mut Vec<NormSentence>,
    min_sentence: usize,
    feed: &mut F,
) -> usize {
    out.reserve(text.len());
    let three = three_byte_table();
    let bytes = text.as_bytes();
    let mut n = 0;
    let mut i = 0;
    // Characters kept as written are copied a run at a time: the text from `run` to `i`.
    let mut run = 0;
    let mut open = Open {
        start: 0,
        from: out.len(),
        chars: 0,
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_lowercase() || b.is_ascii_digit() {
                feed.kept(u32::from(b));
                n += 1;
            } else {
                out.push_str(&text[run..i]);
                if b.is_ascii_uppercase() {
                    out.push(char::from(b.to_ascii_lowercase()));
                    feed.kept(u32::from(b.to_ascii_lowercase()));
                    n += 1;
                } else if SPLIT
                    && i >= open.start
                    && (matches!(b, b'\n' | b'!' | b'?')
                        || b == b'.' && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()))
                {
                    close_sentence(
                        text,
                        Some((i, 1)),
                        out,
                        n,
                        &mut open,
                        sentences,
                        min_sentence,
                    );
                }
                run = i + 1;
            }
            i += 1;
            continue;
        }
        if b & 0xF0 == 0xE0 {
            // `text` is valid UTF-8: the two bytes after a three-byte lead are its tail.
            let (b1, b2) = (bytes[i + 1], bytes[i + 2]);
            // The low bits of the three bytes are the character's code point.
            let code =
                usize::from(b & 0x0F) << 12 | usize::from(b1 & 0x3F) << 6 | usize::from(b2 & 0x3F);
            let class = three[code];
            match class {
                KEEP => {
                    feed.kept(code as u32);
                    n += 1;
                }
                DROP => {
                    out.push_str(&text[run..i]);
                    // 。 ！ ？
                    if SPLIT
                        && i >= open.start
                        && matches!((b, b1, b2), (0xE3, 0x80, 0x82) | (0xEF, 0xBC, 0x81 | 0x9F))
                    {
                        close_sentence(
                            text,
                            Some((i, 3)),
                            out,
                            n,
                            &mut open,
                            sentences,
                            min_sentence,
                        );
                    }
                    run = i + 3;
                }
                _ => {
                    // Full-width ASCII as ASCII.
                    out.push_str(&text[run..i]);
                    out.push(char::from(class));
                    feed.kept(u32::from(class));
                    n += 1;
                    run = i + 3;
                }
            }
            i += 3;
            continue;
        }
        let len = if b >= 0xF0 { 4 } else { 2 };
        let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
        if !word_char(c) {
            out.push_str(&text[run..i]);
            run = i + len;
        } else {
            feed.kept(c as u32);
            n += 1;
        }
        i += len;
    }
    out.push_str(&text[run..]);
    if SPLIT {
        close_sentence(text, None, out, n, &mut open, sentences, min_sentence);
    }
    n
}

/// A three-byte character that [`normalise_append`] keeps as written.
const KEEP: u8 = 0;
/// A three-byte character it drops. (Any other class is the ASCII character it is written as.)
const DROP: u8 = 1;

/// What [`normalise_append`] does with each three-byte character (U+0800–U+FFFF), indexed by
/// the low bits of its three bytes: keep it, drop it, or write the lower-case ASCII character
/// that a full-width letter or digit stands for.
fn three_byte_table() -> &'static [u8; 1 << 16] {
    static TABLE: std::sync::OnceLock<Box<[u8; 1 << 16]>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Box::new([DROP; 1 << 16]);
        for (v, class) in t.iter_mut().enumerate() {
            let Some(c) = char::from_u32(v as u32) else {
                continue;
            };
            if v < 0x800 || !word_char(c) {
                continue;
            }
            *class = if ('\u{FF10}'..='\u{FF5A}').contains(&c) {
                // Full-width ASCII as ASCII.
                (v as u32 - 0xFEE0) as u8
            } else {
                KEEP
            }
            .to_ascii_lowercase();
        }
        t
    })
}

/// The first characters of `text` on one line (whitespace runs and placeholders as one
/// space), at most `max` characters, with `…` when cut.
pub fn quote(text: &str, max: usize) -> String {
    // Room for `max` characters of Japanese (three bytes each) and the `…`, allocated once.
    let mut out = String::with_capacity(text.len().min(3 * max + 3));
    let mut n = 0;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() || c == PLACEHOLDER {
            space = !out.is_empty();
            continue;
        }
        if n == max {
            out.push('…');
            return out;
        }
        if space {
            out.push(' ');
            n += 1;
            space = false;
        }
        out.push(c);
        n += 1;
    }
    out
}

/// A quote of a block for a location's text: as [`quote`], but stopping before the first
/// digit when at least ten characters come before it, so that a quote of prose is never
/// mistaken for one of the figures on its line by tools that match locations by line and
/// text.
pub fn quote_prose(text: &str, max: usize) -> String {
    let q = quote(text, max);
    let digit = q
        .char_indices()
        .enumerate()
        .find(|(_, (_, c))| c.is_ascii_digit() || ('\u{FF10}'..='\u{FF19}').contains(c));
    match digit {
        Some((n, (i, _))) if n >= 10 => format!("{}…", q[..i].trim_end()),
        _ => q,
    }
}

/// Byte offset where the body starts (after front matter, if any).
fn body_start(source: &str) -> usize {
    let bom = if source.starts_with('\u{FEFF}') { 3 } else { 0 };
    match crate::load::frontmatter::split(&source[bom..]) {
        Ok(Some(raw)) => bom + raw.end,
        _ => bom,
    }
}

/// The source lines from `from`: `(start, end)` without the line break.
fn lines_from(source: &str, from: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = from;
    std::iter::from_fn(move || {
        if at >= source.len() {
            return None;
        }
        let end = memchr::memchr(b'\n', &source.as_bytes()[at..]).map_or(source.len(), |i| at + i);
        let line = (at, end);
        at = end + 1;
        Some(line)
    })
}

/// A fence line's character and length (three or more backticks or tildes after at most three
/// spaces), and whether anything but an info string follows.
fn fence(line: &str) -> Option<(u8, usize, bool)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    let c = *rest.as_bytes().first()?;
    if c != b'`' && c != b'~' {
        return None;
    }
    let n = rest.bytes().take_while(|&b| b == c).count();
    (n >= 3).then(|| (c, n, !rest[n..].trim().is_empty()))
}

/// Leftover markers (outside fenced code), sentences cut off and unclosed code fences.
fn artifacts(doc: &Document, spec: &Spec, out: &mut Vec<Artifact>) {
    let source = doc.source();
    let body = body_start(source);
    // Fenced code: the byte ranges markers are not looked for in.
    let mut code: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<(u8, usize, usize, usize)> = None;
    if memchr::memmem::find(&source.as_bytes()[body..], b"```").is_some()
        || memchr::memmem::find(&source.as_bytes()[body..], b"~~~").is_some()
    {
        for (s, e) in lines_from(source, body) {
            let line = source[s..e].trim_end_matches('\r');
            match (open, fence(line)) {
                (None, Some((c, n, _))) => open = Some((c, n, s, e)),
                (Some((c, n, from, _)), Some((c2, n2, false))) if c == c2 && n2 >= n => {
                    code.push((from, e));
                    open = None;
                }
                _ => {}
            }
        }
    }
    let in_code = |at: usize| code.iter().any(|&(s, e)| s <= at && at < e);
    if let Some(markers) = &spec.markers {
        for (mut s, mut e) in markers.find(source, body) {
            let text = &source[s..e];
            let trimmed = text.trim();
            if trimmed.is_empty() || in_code(s) {
                continue;
            }
            s += text.len() - text.trim_start().len();
            e = s + trimmed.len();
            out.push(Artifact {
                start: s,
                end: e,
                what: ArtifactKind::Marker,
                quote: quote(trimmed, 60),
            });
        }
    }
    if spec.unclosed_fence {
        if let Some((_, _, s, e)) = open {
            let line = source[s..e].trim_end();
            out.push(Artifact {
                start: s + (line.len() - line.trim_start().len()),
                end: s + line.len(),
                what: ArtifactKind::UnclosedFence,
                quote: quote(line.trim(), 60),
            });
        }
    }
    if spec.cut_off {
        cut_off(doc, body, out);
    }
    out.sort_by_key(|a| (a.start, a.end));
}

/// Whether a paragraph's text stops mid-sentence: long, holding at least one finished
/// sentence, and its last character a letter (kana, kanji, a lower-case Latin letter) or a
/// comma, not a stop, bracket, quote or symbol.
fn stops_midway(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| c.is_whitespace() || c == PLACEHOLDER);
    let Some(last) = t.chars().next_back() else {
        return false;
    };
    let cut = matches!(last, '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | '\u{4E00}'..='\u{9FFF}' | 'a'..='z' | '、' | '，' | ',');
    if !cut || t.chars().count() < 40 {
        return false;
    }
    let body = &t[..t.len() - last.len_utf8()];
    body.contains('。') || body.contains("。") || body.contains(". ") || body.contains('！')
}

/// A line that is a thematic break (`---`, `***`, `___`, spaces allowed).
fn thematic_break(line: &str) -> bool {
    let t: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    t.len() >= 3
        && (t.bytes().all(|b| b == b'-')
            || t.bytes().all(|b| b == b'*')
            || t.bytes().all(|b| b == b'_'))
}

/// Paragraphs that stop mid-sentence right before a section ends: a heading, a marker, a
/// thematic break, or the end of the article.
fn cut_off(doc: &Document, body: usize, out: &mut Vec<Artifact>) {
    let source = doc.source();
    let blocks = &doc.blocks;
    let markers: Vec<usize> = out.iter().map(|a| a.start).collect();
    for (i, b) in blocks.iter().enumerate() {
        if !matches!(b.kind, BlockKind::Paragraph | BlockKind::Plain) || !stops_midway(&b.text) {
            continue;
        }
        let (start, end) = b.source_range(0, b.text.len());
        if start < body {
            continue;
        }
        let next = blocks[i + 1..].first();
        let ends_section = match next {
            None => true,
            Some(n) => {
                let (ns, ne) = n.source_range(0, n.text.len());
                let heading = n.kind == BlockKind::Heading
                    || (n.kind == BlockKind::Plain && n.text.starts_with('#'));
                // Whole lines between the two blocks only: the next block's own line starts
                // with its marker (`*   **Bold**` is a list item, not a rule).
                let between = source.get(end..ns).unwrap_or("");
                let whole = between.rsplit_once('\n').map_or("", |(w, _)| w);
                heading
                    || markers.iter().any(|&m| end <= m && m < ne.max(ns + 1))
                    || whole.lines().any(thematic_break)
            }
        };
        if !ends_section {
            continue;
        }
        // The finding points at the unfinished sentence: from the last stop to the end.
        let t = b
            .text
            .trim_end_matches(|c: char| c.is_whitespace() || c == PLACEHOLDER);
        let from = t
            .rfind(['。', '！', '？'])
            .map_or(0, |k| k + t[k..].chars().next().map_or(1, char::len_utf8));
        // A last line of its own (a caption, a link list's heading) is not a sentence cut off.
        if t[from..].contains('\n') {
            continue;
        }
        let from = t[from..]
            .find(|c: char| !c.is_whitespace())
            .map_or(from, |k| from + k);
        let (s, e) = b.source_range(from, t.len());
        let text = quote(&t[from..], 60);
        if text.is_empty() || s >= e {
            continue;
        }
        out.push(Artifact {
            start: s,
            end: e,
            what: ArtifactKind::CutOff,
            quote: text,
        });
    }
}

/// One paragraph compared for repeats.
struct Unit {
    block: usize,
    start: usize,
    end: usize,
    hash: u64,
    chars: usize,
}

/// A tiny union-find over `n` items.
pub struct Sets(Vec<usize>);

impl Sets {
    pub fn new(n: usize) -> Sets {
        Sets((0..n).collect())
    }
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    pub fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

/// The hash of the character pair `p`, `c`.
#[inline(always)]
fn pair_hash(p: u32, c: u32) -> u32 {
    let h = (u64::from(p) << 32 | u64::from(c)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 32) as u32
}

/// The hashed character pairs of a normalised text, in text order.
fn pair_hashes(norm: &str) -> impl Iterator<Item = u32> + '_ {
    let mut prev: Option<char> = None;
    norm.chars().filter_map(move |c| {
        let h = prev.map(|p| pair_hash(p as u32, c as u32));
        prev = Some(c);
        h
    })
}

/// The character pairs of a normalised text, hashed, sorted and without repeats.
fn pairs(norm: &str) -> Vec<u32> {
    let mut out: Vec<u32> = pair_hashes(norm).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// An eight-bin one-permutation MinHash of a normalised text's hashed character pairs (the
/// top three bits of a pair's hash choose its bin). (The normalising pass makes it for each
/// block as it goes; this is the same worked out from the text.)
#[cfg(test)]
fn min_hash(norm: &str) -> [u32; 8] {
    let mut mins = [u32::MAX; 8];
    for h in pair_hashes(norm) {
        let bin = (h >> 29) as usize;
        mins[bin] = mins[bin].min(h);
    }
    mins
}

/// Band keys of a [`min_hash`] for finding near copies: two bins to a band. Two paragraphs 90%
/// alike (Dice; 82% Jaccard) share a band but about once in a hundred times; unrelated ones
/// rarely do.
fn band_keys(mins: &[u32; 8]) -> [u64; 4] {
    std::array::from_fn(|k| {
        let pair = u64::from(mins[2 * k]) | u64::from(mins[2 * k + 1]) << 32;
        xxh3_64(&pair.to_le_bytes()) ^ (k as u64)
    })
}

/// How many bins of two [`min_hash`]es hold the same least pair: about 8 × their Jaccard
/// similarity.
fn agreeing_bins(a: &[u32; 8], b: &[u32; 8]) -> usize {
    a.iter()
        .zip(b)
        .filter(|(x, y)| x == y && **x != u32::MAX)
        .count()
}

/// Bins of two paragraphs' MinHashes that must agree before their character pairs are
/// compared, for a Dice `similarity`: two standard deviations under the agreement expected at
/// that similarity (4 of 8 at 90%, which lets through 99.9% of pairs that alike and a third of
/// the unrelated pairs that happened to share a band).
fn agreeing_bins_needed(similarity: f64) -> usize {
    let jaccard = similarity / (2.0 - similarity);
    let expected = 8.0 * jaccard;
    let sd = (8.0 * jaccard * (1.0 - jaccard)).sqrt();
    ((expected - 2.0 * sd).floor().max(2.0)) as usize
}

/// Dice coefficient of two sorted sets.
fn dice(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * both as f64 / (a.len() + b.len()) as f64
}

/// Whether a block's text is read for repeats: body prose, not the title or the front
/// matter's summary (an excerpt that copies the first paragraph is not a repeat).
fn repeat_block(b: &Block) -> bool {
    matches!(
        b.kind,
        BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Plain
    )
}

/// Paragraphs (exact or near) and long sentences that appear more than once. Repeated units
/// that follow each other in the same order at every copy (a section pasted twice) are one
/// repeat: its places run from the first unit to the last.
fn repeats(blocks: &[Block], norm: &Normalised, spec: &RepeatSpec, out: &mut Vec<Repeat>) {
    let mut units: Vec<Unit> = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        if !repeat_block(b) {
            continue;
        }
        let chars = norm.block(bi).1;
        if chars < spec.min_chars {
            continue;
        }
        let (start, end) = b.source_range(0, b.text.len());
        units.push(Unit {
            block: bi,
            start,
            end,
            hash: norm.hash(bi),
            chars,
        });
    }
    // Word-for-word repeats: (hash, unit) sorted, the copies of one text in a row, the first
    // of them first.
    let mut by_hash: Vec<(u64, usize)> = units.iter().map(|u| u.hash).zip(0..).collect();
    by_hash.sort_unstable();
    let mut sets = Sets::new(units.len());
    // The first copy of each text.
    let mut distinct: Vec<usize> = Vec::with_capacity(units.len());
    for copies in by_hash.chunk_by(|a, b| a.0 == b.0) {
        let first = copies[0].1;
        distinct.push(first);
        for c in &copies[1..] {
            sets.join(first, c.1);
        }
    }
    // Near repeats: candidates share a band of their MinHash ([`band_keys`]), then their
    // character pairs are compared.
    let mut least = vec![1.0f64; units.len()];
    if spec.similarity < 1.0 && units.len() > 1 {
        distinct.sort_unstable();
        // Only paragraphs with another of a length that could be `similarity` alike are
        // hashed: the others are compared with nothing.
        let distinct = with_partner_by_length(distinct, &units, spec.similarity);
        let mins: Vec<[u32; 8]> = distinct
            .iter()
            .map(|&i| *norm.pairs(units[i].block))
            .collect();
        // (band key, index into `distinct`), sorted: the members of each band in a row.
        let mut keyed: Vec<(u64, usize)> = Vec::with_capacity(distinct.len() * 4);
        for (d, m) in mins.iter().enumerate() {
            keyed.extend(band_keys(m).into_iter().map(|k| (k, d)));
        }
        keyed.sort_unstable();
        // The full pair sets only of paragraphs compared, made when first needed.
        let mut sets_of: Vec<Option<Vec<u32>>> = vec![None; distinct.len()];
        let mut tried = std::collections::HashSet::new();
        let needed = agreeing_bins_needed(spec.similarity);
        for band in keyed.chunk_by(|x, y| x.0 == y.0).filter(|b| b.len() > 1) {
            for (k, &(_, da)) in band.iter().enumerate() {
                for &(_, db) in &band[k + 1..band.len().min(k + 1 + 32)] {
                    let (a, b) = (distinct[da], distinct[db]);
                    let (la, lb) = (units[a].chars as f64, units[b].chars as f64);
                    if la.min(lb) / la.max(lb) < spec.similarity
                        || agreeing_bins(&mins[da], &mins[db]) < needed
                        || !tried.insert((da, db))
                    {
                        continue;
                    }
                    for (d, u) in [(da, a), (db, b)] {
                        if sets_of[d].is_none() {
                            sets_of[d] = Some(pairs(norm.block(units[u].block).0));
                        }
                    }
                    let d = dice(
                        sets_of[da].as_deref().unwrap_or(&[]),
                        sets_of[db].as_deref().unwrap_or(&[]),
                    );
                    if d >= spec.similarity {
                        sets.join(a, b);
                        least[a] = least[a].min(d);
                        least[b] = least[b].min(d);
                    }
                }
            }
        }
    }
    let mut rooted: Vec<(usize, usize)> = (0..units.len()).map(|i| (sets.find(i), i)).collect();
    rooted.sort_unstable();
    let mut groups = groups_of(&rooted);
    groups.sort_unstable();
    // The blocks of every copy of a repeated paragraph: their sentences are that repeat's.
    let mut covered = vec![false; blocks.len()];
    for g in &groups {
        for &m in g {
            covered[units[m].block] = true;
        }
    }
    let mut found: Vec<Repeat> = Vec::new();
    for chain in runs(units.len(), &groups) {
        let (first, last) = (&groups[chain[0]], &groups[chain[chain.len() - 1]]);
        let similarity = chain
            .iter()
            .flat_map(|&g| groups[g].iter().map(|&m| least[m]))
            .fold(1.0f64, f64::min);
        let lead = &units[first[0]];
        found.push(Repeat {
            places: first
                .iter()
                .zip(last)
                .map(|(&a, &b)| (units[a].start, units[b].end))
                .collect(),
            quote: quote_prose(&blocks[lead.block].text, 60),
            key: chain
                .iter()
                .fold(0u64, |k, &g| k.rotate_left(7) ^ units[groups[g][0]].hash),
            similarity: similarity as f32,
            sentence: false,
            units: chain.len() as u32,
        });
    }
    // Long sentences repeated in other paragraphs (outside the copies above).
    // (block, sentence) of each long sentence; where it is in the source is worked out only
    // for those repeated.
    let mut said: Vec<(usize, &NormSentence)> = Vec::new();
    // (hash, index into `said`): sorted, one sentence's copies are in a row.
    let mut at: Vec<(u64, usize)> = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        if !repeat_block(b) || covered[bi] || norm.block(bi).1 < spec.min_sentence_chars {
            continue;
        }
        for s in norm.sentences(bi) {
            if s.chars < spec.min_sentence_chars {
                continue;
            }
            at.push((s.hash, said.len()));
            said.push((bi, s));
        }
    }
    let source_range = |k: usize| {
        let (bi, s) = said[k];
        blocks[bi].source_range(s.start, s.end)
    };
    // (A paragraph of one sentence repeated whole was covered above; one found again inside a
    // longer paragraph is a sentence repeat.)
    at.sort_unstable();
    let mut sentence_groups = groups_of(&at);
    sentence_groups.sort_unstable();
    for chain in runs(said.len(), &sentence_groups) {
        let (first, last) = (
            &sentence_groups[chain[0]],
            &sentence_groups[chain[chain.len() - 1]],
        );
        let (lead_block, lead) = said[first[0]];
        found.push(Repeat {
            places: first
                .iter()
                .zip(last)
                .map(|(&a, &b)| (source_range(a).0, source_range(b).1))
                .collect(),
            quote: quote_prose(&blocks[lead_block].text[lead.start..lead.end], 60),
            key: chain.iter().fold(0u64, |k, &g| {
                k.rotate_left(7) ^ said[sentence_groups[g][0]].1.hash
            }),
            similarity: 1.0,
            sentence: true,
            units: chain.len() as u32,
        });
    }
    for r in &mut found {
        r.places.sort_unstable();
    }
    out.extend(found);
    out.sort_by_key(|r| r.places[0]);
}

/// The units of `distinct` that have another whose length in characters is at least
/// `similarity` times theirs (or theirs at least that of the other): two paragraphs of lengths
/// further apart are never that alike. Keeps their order.
fn with_partner_by_length(distinct: Vec<usize>, units: &[Unit], similarity: f64) -> Vec<usize> {
    let mut by_length: Vec<(usize, usize)> =
        distinct.iter().map(|&i| (units[i].chars, i)).collect();
    by_length.sort_unstable();
    let close = |a: usize, b: usize| (a.min(b) as f64) / (a.max(b) as f64) >= similarity;
    let mut keep = vec![false; units.len()];
    for w in by_length.windows(2) {
        if close(w[0].0, w[1].0) {
            keep[w[0].1] = true;
            keep[w[1].1] = true;
        }
    }
    distinct.into_iter().filter(|&i| keep[i]).collect()
}

/// The groups of more than one member in `(key, member)` pairs sorted by key.
fn groups_of<K: PartialEq>(sorted: &[(K, usize)]) -> Vec<Vec<usize>> {
    sorted
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|g| g.len() > 1)
        .map(|g| g.iter().map(|m| m.1).collect())
        .collect()
}

/// Chains of repeat groups that follow each other unit by unit at every copy: group `h`
/// follows group `g` when they have as many members and each member of `h` is the unit right
/// after the matching member of `g`. Every group is in exactly one chain, in text order.
fn runs(units: usize, groups: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let mut group_of = vec![usize::MAX; units];
    for (g, members) in groups.iter().enumerate() {
        for &u in members {
            group_of[u] = g;
        }
    }
    let mut next: Vec<Option<usize>> = vec![None; groups.len()];
    let mut has_prev = vec![false; groups.len()];
    for (g, members) in groups.iter().enumerate() {
        let Some(&h) = group_of.get(members[0] + 1) else {
            continue;
        };
        if h == usize::MAX || h == g || has_prev[h] {
            continue;
        }
        let follows = groups[h].len() == members.len()
            && members.iter().zip(&groups[h]).all(|(&a, &b)| b == a + 1);
        if follows {
            next[g] = Some(h);
            has_prev[h] = true;
        }
    }
    let mut chains = Vec::new();
    for (g, &follows) in has_prev.iter().enumerate() {
        if follows {
            continue;
        }
        let mut chain = vec![g];
        let mut at = g;
        while let Some(h) = next[at] {
            chain.push(h);
            at = h;
        }
        chains.push(chain);
    }
    chains.sort_by_key(|c| groups[c[0]][0]);
    chains
}

/// Every block's text normalised once ([`normalise_into`]), for the repeats and the sketch,
/// with what those need worked out in the same pass over the text: each block's hash, each
/// prose block's sentences and character-pair MinHash (when repeats are looked for), and the
/// body's shingles (when a sketch is made).
pub struct Normalised {
    text: String,
    blocks: Vec<NormBlock>,
    sentences: Vec<NormSentence>,
    /// The body's shingle MinHash, when a sketch is made.
    pub shingles: Option<sketch::Shingles>,
}

/// One block normalised.
struct NormBlock {
    /// Its range in the normalised text.
    start: usize,
    end: usize,
    /// Its length in characters.
    chars: usize,
    /// The range of its sentences in `sentences`.
    sentences: (usize, usize),
    /// The normalised text's hash (`xxh3_64`).
    hash: u64,
    /// Its character-pair MinHash ([`min_hash`]; all `u32::MAX` when not made).
    pairs: [u32; 8],
}

/// One sentence of a block: its range in the block's text, its hash and length normalised.
pub struct NormSentence {
    pub start: usize,
    pub end: usize,
    pub hash: u64,
    pub chars: usize,
}

impl Normalised {
    /// The blocks normalised, with what `spec` asks for.
    pub fn of(blocks: &[Block], spec: &Spec) -> Normalised {
        let near = spec.repeats.is_some_and(|r| r.similarity < 1.0);
        let mut shingles = spec.sketch.then(sketch::Shingles::default);
        // Never longer than the blocks' text: made once, never grown.
        let mut text = String::with_capacity(blocks.iter().map(|b| b.text.len()).sum());
        let mut said = Vec::new();
        let spans = blocks
            .iter()
            .map(|b| {
                let start = text.len();
                let first = said.len();
                let prose = repeat_block(b);
                let mut feed = BlockFeed {
                    pairs: near && prose,
                    prev: u32::MAX,
                    mins: [u32::MAX; 8],
                    shingles: shingles.as_mut().filter(|_| sketch::in_body(b.kind)),
                };
                let chars = match spec.repeats {
                    Some(r) if prose => normalise_text::<true, _>(
                        &b.text,
                        &mut text,
                        &mut said,
                        r.min_sentence_chars,
                        &mut feed,
                    ),
                    _ => normalise_text::<false, _>(&b.text, &mut text, &mut said, 0, &mut feed),
                };
                NormBlock {
                    start,
                    end: text.len(),
                    chars,
                    sentences: (first, said.len()),
                    hash: xxh3_64(&text.as_bytes()[start..]),
                    pairs: feed.mins,
                }
            })
            .collect();
        Normalised {
            text,
            blocks: spans,
            sentences: said,
            shingles,
        }
    }

    /// Block `i`'s normalised text and its length in characters.
    pub fn block(&self, i: usize) -> (&str, usize) {
        let b = &self.blocks[i];
        (&self.text[b.start..b.end], b.chars)
    }

    /// The hash of block `i`'s normalised text.
    pub fn hash(&self, i: usize) -> u64 {
        self.blocks[i].hash
    }

    /// Block `i`'s character-pair MinHash (made for prose blocks when near repeats are looked
    /// for).
    fn pairs(&self, i: usize) -> &[u32; 8] {
        &self.blocks[i].pairs
    }

    /// Block `i`'s sentences of at least the repeats' `min_sentence_chars` (none unless repeats
    /// are looked for).
    pub fn sentences(&self, i: usize) -> &[NormSentence] {
        let (a, b) = self.blocks[i].sentences;
        &self.sentences[a..b]
    }
}

#[cfg(test)]
mod tests;

//! Loading: files and folders → documents with front matter and prose blocks.
//!
//! Folders are walked like ripgrep walks them (the `ignore` crate: `.gitignore`, hidden files,
//! plus `.figlintignore`), in a sorted, deterministic order. Nothing is ever written.

pub mod frontmatter;
pub mod lines;
pub mod markdown;
pub mod prose;

use lines::{LineIndex, Position};
use prose::{Block, BlockKind, Sentence};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// How serious a load problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The file (or part of it) could not be read.
    Error,
    /// Read, but something in it was ignored.
    Warning,
    /// Worth knowing (a suppression that suppresses nothing).
    Info,
}

/// A problem with one input file. The run goes on with the other files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadError {
    pub path: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    pub message: String,
    pub level: Level,
}

/// What the front matter says about an article.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Meta {
    pub title: Option<String>,
    /// `(year, month, day)`.
    pub date: Option<(i32, u32, u32)>,
    /// From front matter `lang` (or `language`), else guessed from the script.
    pub lang: Lang,
    pub categories: Vec<String>,
    pub tags: Vec<String>,
}

/// An article's language: the ones figlint reads, or another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    /// Not declared (until the script decides).
    #[default]
    Unknown,
    Ja,
    Zh,
    En,
    /// Declared, and none of the above: read like Japanese, the default.
    Other,
}

impl Lang {
    /// A declared language tag: `ja`, `ja-JP`, `zh-Hant`, `en_US`, `English` ….
    pub fn from_tag(tag: &str) -> Lang {
        let tag = tag.trim().to_ascii_lowercase();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        match primary {
            "ja" | "jp" | "jpn" | "japanese" => Lang::Ja,
            "zh" | "zho" | "chi" | "cn" | "chinese" => Lang::Zh,
            "en" | "eng" | "english" => Lang::En,
            "" => Lang::Unknown,
            _ => Lang::Other,
        }
    }

    /// `ja`, `zh`, `en`, `other` (`unknown` before the guess).
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Unknown => "unknown",
            Lang::Ja => "ja",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Other => "other",
        }
    }
}

/// One article, read and split into prose.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as it should be shown (relative to where the walk began, if under it).
    pub path: String,
    text: Text,
    front: Front,
    pub meta: Meta,
    pub blocks: Vec<Block>,
    /// The sentences of the blocks that hold a figure, filled by
    /// [`crate::corpus::figures_of`].
    pub sentences: Vec<Sentence>,
    /// The source holds `figlint-` or the front matter a `figlint` key: a suppression may
    /// be there.
    pub directives: bool,
}

/// The whole front matter: parsed, or kept as JSON text (from the cache) until asked for.
#[derive(Debug, Clone, Default)]
struct Front {
    value: OnceLock<Value>,
    json: Vec<u8>,
}

/// A document's source and line index: in memory from the start, or, for a document whose
/// results came from the cache, read from its file the first time a report needs them (most
/// documents of a corpus are never shown, so most files are never read).
#[derive(Debug, Clone, Default)]
struct Text {
    source: OnceLock<String>,
    lines: OnceLock<LineIndex>,
    /// The file and the length it had when its results were made.
    file: Option<(PathBuf, usize)>,
}

impl Document {
    /// A document whose source is in memory.
    pub fn new(path: String, source: String, front: Value, meta: Meta) -> Document {
        let directives = memchr::memmem::find(source.as_bytes(), DIRECTIVE).is_some()
            || front.get("figlint").is_some();
        Document {
            path,
            text: Text {
                source: OnceLock::from(source),
                ..Text::default()
            },
            front: Front {
                value: OnceLock::from(front),
                json: Vec::new(),
            },
            meta,
            blocks: Vec::new(),
            sentences: Vec::new(),
            directives,
        }
    }

    /// A document whose source stays in `file` (of `len` bytes) until it is needed, and
    /// whose front matter is `front_json` until it is asked for.
    pub fn deferred(
        path: String,
        file: PathBuf,
        len: usize,
        front_json: Vec<u8>,
        meta: Meta,
        directives: bool,
    ) -> Document {
        Document {
            path,
            text: Text {
                file: Some((file, len)),
                ..Text::default()
            },
            front: Front {
                value: OnceLock::new(),
                json: front_json,
            },
            meta,
            blocks: Vec::new(),
            sentences: Vec::new(),
            directives,
        }
    }

    /// Lets go of the source, which stays in `file` and is read again if a report needs it,
    /// as for a document from the cache: a corpus then holds only what its findings show.
    pub fn release_source(&mut self, file: PathBuf) {
        if let Some(source) = self.text.source.take() {
            self.text.file = Some((file, source.len()));
            self.text.lines = OnceLock::new();
        }
    }

    /// The whole front matter (an object), or `Null` when there is none.
    pub fn front(&self) -> &Value {
        self.front
            .value
            .get_or_init(|| serde_json::from_slice(&self.front.json).unwrap_or(Value::Null))
    }

    /// The file's text. For a deferred document it is read now; if the file has changed
    /// since its results were made (or cannot be read), a warning says so and the text is
    /// blank, so that positions stay valid but no wrong snippet is shown.
    pub fn source(&self) -> &str {
        self.text.source.get_or_init(|| {
            let Some((file, len)) = &self.text.file else {
                return String::new();
            };
            let text = std::fs::read(file)
                .ok()
                .filter(|b| b.len() == *len)
                .and_then(|b| {
                    // SAFETY: simdutf8 checks that the bytes are valid UTF-8 first.
                    simdutf8::basic::from_utf8(&b)
                        .is_ok()
                        .then(|| unsafe { String::from_utf8_unchecked(b) })
                });
            match text {
                Some(s) => s,
                _ => {
                    eprintln!(
                        "warning: {}: changed while figlint was running; its text is not shown",
                        self.path
                    );
                    " ".repeat(*len)
                }
            }
        })
    }

    /// Where each line of the source starts.
    pub fn lines(&self) -> &LineIndex {
        self.text
            .lines
            .get_or_init(|| LineIndex::new(self.source()))
    }

    /// 1-based line and column of byte `offset` (a BOM is not counted as a column).
    pub fn position(&self, offset: usize) -> Position {
        let source = self.source();
        let mut p = self.lines().position(source, offset);
        if p.line == 1 && source.starts_with('\u{FEFF}') && offset >= 3 {
            p.column -= 1;
        }
        p
    }

    /// The source text of a byte range (empty if the range is not in it).
    pub fn slice(&self, offset: usize, length: usize) -> &str {
        self.source().get(offset..offset + length).unwrap_or("")
    }
}

/// What every comment directive starts with.
pub const DIRECTIVE: &[u8] = b"figlint-";

/// The file kinds figlint reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Text,
}

impl Format {
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" | "mdown" | "mkd" => Some(Format::Markdown),
            "txt" | "text" => Some(Format::Text),
            _ => None,
        }
    }
}

/// Every file to read under `paths`, sorted, without duplicates, each with its canonical
/// path. Files named directly are taken whatever their extension; inside folders only
/// Markdown and text files are.
pub fn discover(paths: &[PathBuf]) -> (Vec<(PathBuf, PathBuf)>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for root in paths {
        let problem = |message: String| LoadError {
            path: root.display().to_string(),
            line: None,
            message,
            level: Level::Error,
        };
        match std::fs::metadata(root) {
            Ok(m) if m.is_file() => {
                files.push((tidy(root.clone()), canonical(root)));
                continue;
            }
            Ok(m) if m.is_dir() => {}
            // A FIFO, a socket or a device named on the command line is not read (a FIFO
            // would block the run); it is said, not skipped in silence.
            Ok(_) => {
                errors.push(problem(
                    "not a regular file or folder (a FIFO, socket or device); skipped".into(),
                ));
                continue;
            }
            Err(e) if std::fs::symlink_metadata(root).is_ok() => {
                errors.push(problem(format!("a link that cannot be followed: {e}")));
                continue;
            }
            Err(_) => {
                errors.push(problem("no such file or folder".into()));
                continue;
            }
        }
        // The walk does not follow links, so a file's canonical path is the root's plus the
        // rest of its path: one resolution per root instead of one per file.
        let croot = canonical(root);
        let walker = ignore::WalkBuilder::new(root)
            .add_custom_ignore_filename(".figlintignore")
            // Siblings by name: the same order as by path, without comparing whole paths.
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            match entry {
                Ok(e) => {
                    if e.file_type().is_some_and(|t| t.is_file()) && Format::of(e.path()).is_some()
                    {
                        let c = match e.path().strip_prefix(root) {
                            Ok(rest) => croot.join(rest),
                            Err(_) => canonical(e.path()),
                        };
                        files.push((tidy(e.into_path()), c));
                    }
                }
                Err(err) => errors.push(LoadError {
                    path: root.display().to_string(),
                    line: None,
                    message: format!("cannot walk: {err}"),
                    level: Level::Error,
                }),
            }
        }
    }
    once_each(&mut files);
    (files, errors)
}

/// Sorts files found (`(path, canonical path)`) and keeps each once: the same file reached
/// twice (`a/x.md` and `./a/x.md`, or a draft also under --against) is read once, under the
/// first name.
pub fn once_each(files: &mut Vec<(PathBuf, PathBuf)>) {
    files.sort();
    // Canonical paths are already normal, so their bytes are compared rather than their
    // components (hashing a `Path` walks its components).
    let mut seen = std::collections::HashSet::new();
    files.retain(|(_, c)| seen.insert(c.as_os_str().to_owned()));
}

/// A path as the user gave it, without `.` components (`./drafts/x.md` → `drafts/x.md`,
/// `a/./b.md` → `a/b.md`).
fn tidy(path: PathBuf) -> PathBuf {
    use std::path::Component;
    if !path.components().any(|c| c == Component::CurDir) {
        return path;
    }
    let tidied: PathBuf = path
        .components()
        .filter(|c| *c != Component::CurDir)
        .collect();
    if tidied.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        tidied
    }
}

/// A file's canonical path (the path itself when it cannot be resolved).
pub fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Reads one file. Returns the document (if it could be read) and any problems found.
pub fn load(path: &Path, max_bytes: u64) -> (Option<Document>, Vec<LoadError>) {
    match read(path, max_bytes) {
        Ok(bytes) => from_bytes(path, bytes),
        Err(e) => (None, vec![e]),
    }
}

/// A file's bytes, or the error that names it: one that cannot be read, or one larger than
/// `max_bytes` (not read, so that one huge file does not slow the run).
pub fn read(path: &Path, max_bytes: u64) -> Result<Vec<u8>, LoadError> {
    use std::io::Read;
    let fail = |message: String| LoadError {
        path: path.display().to_string(),
        line: None,
        message,
        level: Level::Error,
    };
    let too_big = |size: u64| {
        fail(format!(
            "{:.1} MB is over the {} MB limit for one file; skipped (raise `settings: \
             max_file_mb` in figlint.yaml to check it)",
            size as f64 / 1e6,
            max_bytes / 1_000_000
        ))
    };
    let file = std::fs::File::open(path).map_err(|e| fail(format!("cannot read: {e}")))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > max_bytes {
        return Err(too_big(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // Bounded even if the file grows while it is read.
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(format!("cannot read: {e}")))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// A document from the bytes of the file at `path` (empty, binary and invalid UTF-8 files
/// give only a problem).
pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> (Option<Document>, Vec<LoadError>) {
    from_bytes_as(path, bytes, Format::of(path).unwrap_or(Format::Text))
}

/// [`from_bytes`] read as `format` whatever the path says (standard input has no extension).
pub fn from_bytes_as(
    path: &Path,
    bytes: Vec<u8>,
    format: Format,
) -> (Option<Document>, Vec<LoadError>) {
    let shown = path.display().to_string();
    let err = |line: Option<usize>, message: String, level: Level| LoadError {
        path: shown.clone(),
        line,
        message,
        level,
    };
    if bytes.is_empty() {
        return (
            None,
            vec![err(
                Some(1),
                "empty file, nothing to check".into(),
                Level::Warning,
            )],
        );
    }
    if let Some(nul) = memchr::memchr(0, &bytes) {
        let line = bytes[..nul].iter().filter(|&&b| b == b'\n').count() + 1;
        return (
            None,
            vec![err(
                Some(line),
                "binary file (NUL byte), skipped".into(),
                Level::Error,
            )],
        );
    }
    // Validation is the first pass over every byte of the corpus: simdutf8 does it several
    // times faster than the standard library, and the standard library finds the place of
    // the error when there is one.
    let source = match simdutf8::basic::from_utf8(&bytes) {
        // SAFETY: simdutf8 has just checked that `bytes` is valid UTF-8.
        Ok(_) => unsafe { String::from_utf8_unchecked(bytes) },
        Err(_) => {
            let e = String::from_utf8(bytes).expect_err("simdutf8 and std agree on validity");
            let at = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = bytes[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&bytes[line_start..at])
                .chars()
                .count()
                + 1;
            return (
                None,
                vec![err(
                    Some(line),
                    format!(
                        "invalid UTF-8 at line {line}, column {column} (byte {at}); file skipped"
                    ),
                    Level::Error,
                )],
            );
        }
    };
    let (doc, problems) = parse(shown, source, format);
    (Some(doc), problems)
}

/// Builds a document from its text. `format` decides how the body is read; a front matter
/// block is recognised in either format (a `.txt` post with front matter is read as Markdown,
/// as Jekyll does).
pub fn parse(path: String, source: String, format: Format) -> (Document, Vec<LoadError>) {
    let mut problems = Vec::new();
    let bom = if source.starts_with('\u{FEFF}') { 3 } else { 0 };
    let rest = &source[bom..];
    let mut front = Value::Null;
    let mut body_start = bom;
    let mut blocks = Vec::new();
    let mut markdown = format == Format::Markdown;
    let mut meta = Meta::default();

    match frontmatter::split(rest) {
        Ok(Some(raw)) => {
            markdown = true;
            body_start = bom + raw.end;
            let first_line =
                memchr::memchr_iter(b'\n', &source.as_bytes()[..bom + raw.body_offset]).count() + 1;
            match frontmatter::parse(&raw, first_line) {
                Ok((v, warning)) => {
                    if let Some(w) = warning {
                        problems.push(LoadError {
                            path: path.clone(),
                            line: Some(w.line),
                            message: w.message,
                            level: Level::Warning,
                        });
                    }
                    front = v;
                    read_meta(&front, &mut meta);
                    for (key, kind) in [
                        ("title", BlockKind::Title),
                        ("excerpt", BlockKind::Summary),
                        ("description", BlockKind::Summary),
                    ] {
                        if let (Some(text), Some((s, e))) = (
                            front.get(key).and_then(Value::as_str),
                            frontmatter::locate_field(raw.body, key, raw.syntax),
                        ) {
                            let at = bom + raw.body_offset + s;
                            let written = &source[at..bom + raw.body_offset + e];
                            let mut b = Block::new(kind);
                            push_field(&mut b, text, written, at);
                            blocks.push(b);
                        }
                    }
                }
                Err(e) => problems.push(LoadError {
                    path: path.clone(),
                    line: Some(e.line),
                    message: e.message,
                    level: Level::Error,
                }),
            }
        }
        Ok(None) => {}
        Err(line) => problems.push(LoadError {
            path: path.clone(),
            line: Some(line),
            message: "front matter opened here is never closed; read as body text".into(),
            level: Level::Warning,
        }),
    }

    let body = &source[body_start..];
    if markdown {
        markdown::blocks(body, body_start, &mut blocks);
    } else {
        plain_blocks(body, body_start, &mut blocks);
    }
    if meta.lang == Lang::Unknown {
        meta.lang = guess_lang(body);
    }
    let mut doc = Document::new(path, source, front, meta);
    doc.blocks = blocks;
    (doc, problems)
}

/// Appends a front-matter field's value to `b`, mapped onto the text `written` at `at` in
/// the file. Where the value differs from what is written (a YAML escape such as `\t` or
/// `\"`, a doubled `''`), each decoded character maps to its escape; characters written as
/// they are map byte for byte. Anything else (folded lines) maps as one synthetic piece, so
/// that a figure in it still points into the field and never into the middle of a character.
fn push_field(b: &mut Block, value: &str, written: &str, at: usize) {
    if value == written {
        b.push_source(value, at);
        return;
    }
    let (mut v, mut w) = (0, 0);
    let (vb, wb) = (value.as_bytes(), written.as_bytes());
    while v < value.len() {
        // A run written as it is.
        let run = vb[v..]
            .iter()
            .zip(&wb[w.min(wb.len())..])
            .take_while(|(x, y)| x == y && **x != b'\\' && **x != b'\'')
            .count();
        let run = value[..v + run].floor_char_boundary(v + run) - v;
        if run > 0 {
            b.push_source(&value[v..v + run], at + w);
            v += run;
            w += run;
            continue;
        }
        let Some(c) = value[v..].chars().next() else {
            break;
        };
        let escape = match wb.get(w) {
            Some(b'\\') => yaml_escape_len(&written[w..]),
            Some(b'\'') if wb.get(w + 1) == Some(&b'\'') && c == '\'' => Some(2),
            _ => None,
        };
        match escape {
            Some(n) if w + n <= written.len() => {
                b.push_synthetic(&value[v..v + c.len_utf8()], at + w..at + w + n);
                v += c.len_utf8();
                w += n;
            }
            _ => {
                b.push_synthetic(&value[v..], at + w.min(written.len())..at + written.len());
                return;
            }
        }
    }
}

/// The length of the YAML double-quoted escape at the start of `s` (`\t`, `\"`, `\x41`,
/// `\u3042`, `\U0001F600`).
fn yaml_escape_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let n = match b.get(1)? {
        b'x' => 4,
        b'u' => 6,
        b'U' => 10,
        c if c.is_ascii() => 2,
        _ => return None,
    };
    (n <= b.len() && s.is_char_boundary(n)).then_some(n)
}

fn read_meta(front: &Value, meta: &mut Meta) {
    let s = |k: &str| front.get(k).and_then(Value::as_str).map(str::to_string);
    let list = |k: &str| match front.get(k) {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        Some(Value::String(s)) => s.split_whitespace().map(str::to_string).collect(),
        _ => Vec::new(),
    };
    meta.title = s("title");
    meta.date = s("date").as_deref().and_then(frontmatter::parse_date);
    meta.lang = s("lang")
        .or_else(|| s("language"))
        .map_or(Lang::Unknown, |t| Lang::from_tag(&t));
    meta.categories = list("categories");
    meta.tags = list("tags");
}

/// Plain text: paragraphs are separated by blank lines; each line end stays in the text.
fn plain_blocks(body: &str, base: usize, out: &mut Vec<Block>) {
    let mut block: Option<Block> = None;
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        if line.trim().is_empty() {
            if let Some(b) = block.take() {
                out.push(b);
            }
        } else {
            block
                .get_or_insert_with(|| Block::new(BlockKind::Plain))
                .push_source(line, base + at);
        }
        at += line.len();
    }
    if let Some(b) = block {
        out.push(b);
    }
}

/// Japanese if the text has kana, Chinese if it has Han characters but no kana, else English.
pub fn guess_lang(text: &str) -> Lang {
    let sample = &text[..floor_char_boundary(text, 16 * 1024)];
    let mut han = false;
    for c in sample.chars() {
        match c {
            '\u{3041}'..='\u{30FF}' => return Lang::Ja,
            '\u{4E00}'..='\u{9FFF}' => han = true,
            _ => {}
        }
    }
    if han {
        Lang::Zh
    } else {
        Lang::En
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(src: &str, format: Format) -> (Document, Vec<LoadError>) {
        parse("t.md".into(), src.to_string(), format)
    }

    #[test]
    fn a_released_source_is_read_again_and_blanked_if_the_file_changed() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.md");
        let text = "一行目\n売上は5%増えた。\n";
        std::fs::write(&file, text).unwrap();
        let (mut d, _) = doc(text, Format::Markdown);
        d.release_source(file.clone());
        assert_eq!(d.source(), text, "read again from the file");
        assert_eq!(d.position(text.find('5').unwrap()).line, 2);

        let (mut d, _) = doc(text, Format::Markdown);
        d.release_source(file.clone());
        std::fs::write(&file, "書き換えた\n").unwrap();
        // The file no longer holds the text the results were made from: the source is blank
        // but as long as before, so that positions stay valid and no wrong snippet is shown.
        assert_eq!(d.source(), " ".repeat(text.len()));
    }

    #[test]
    fn title_is_a_block_at_its_own_position() {
        let src = "---\ntitle: \"北京AI 25%成長\"\ndate: 2025-12-01\n---\n本文は12%。\n";
        let (d, errs) = doc(src, Format::Markdown);
        assert!(errs.is_empty());
        assert_eq!(d.blocks[0].kind, BlockKind::Title);
        let at = d.blocks[0].text.find("25%").unwrap();
        let (s, _) = d.blocks[0].source_range(at, at + 3);
        assert_eq!(
            d.position(s),
            Position {
                line: 2,
                column: 14
            }
        );
        assert_eq!(d.meta.date, Some((2025, 12, 1)));
        assert_eq!(d.meta.lang, Lang::Ja);
        assert_eq!(d.blocks[1].text, "本文は12%。");
    }

    #[test]
    fn a_title_written_with_escapes_or_twice_maps_its_figures_to_the_right_place() {
        // The value the YAML parser gives differs from what is written: each escape maps
        // onto its own characters, the rest byte for byte.
        for (src, want) in [
            ("---\ntitle: \"北京\\tAI 25%成長\"\n---\n", (2, 16)),
            ("---\ntitle: \"\\\"北京\\\" 25%\"\n---\n", (2, 16)),
            ("---\ntitle: \"\\u5317京 25%\"\n---\n", (2, 17)),
            ("---\ntitle: 'it''s 北京 25%'\n---\n", (2, 18)),
            // A repeated key: the last value is the title, and it is found on its line.
            ("---\ntitle: 北京 5%\ntitle: 上海 25%\n---\n", (3, 11)),
        ] {
            let (d, _) = doc(src, Format::Markdown);
            let b = &d.blocks[0];
            let at = b
                .text
                .find("25%")
                .unwrap_or_else(|| panic!("{src}: {}", b.text));
            let (s, e) = b.source_range(at, at + 3);
            assert_eq!(&d.source()[s..e], "25%", "{src}");
            let p = d.position(s);
            assert_eq!((p.line, p.column), want, "{src}");
        }
    }

    #[test]
    fn bom_and_crlf_keep_positions_right() {
        let src = "\u{FEFF}---\r\ntitle: a\r\n---\r\n一行\r\n売上 5%\r\n";
        let (d, errs) = doc(src, Format::Markdown);
        assert!(errs.is_empty(), "{errs:?}");
        let b = d.blocks.iter().find(|b| b.text.contains("5%")).unwrap();
        let at = b.text.find("5%").unwrap();
        let (s, e) = b.source_range(at, at + 2);
        assert_eq!(&d.source()[s..e], "5%");
        assert_eq!(d.position(s), Position { line: 5, column: 4 });
        let (p, _) = doc("\u{FEFF}x 5%", Format::Text);
        assert_eq!(p.position(p.source().find('5').unwrap()).column, 3);
    }

    #[test]
    fn malformed_front_matter_is_reported_and_the_body_still_read() {
        let src = "---\ntitle: [unclosed\n---\n本文 7%\n";
        let (d, errs) = doc(src, Format::Markdown);
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].line, Some(2));
        assert!(d.blocks.iter().any(|b| b.text.contains("7%")));
    }

    #[test]
    fn declared_languages_are_read_by_their_primary_tag() {
        for (tag, lang) in [
            ("ja", Lang::Ja),
            ("ja-JP", Lang::Ja),
            ("zh-Hant", Lang::Zh),
            ("zh_CN", Lang::Zh),
            ("en-US", Lang::En),
            ("English", Lang::En),
            ("fr", Lang::Other),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
        let (d, _) = parse(
            "a.md".into(),
            "---\nlang: en-US\n---\n\n日本語の本文。\n".into(),
            Format::Markdown,
        );
        assert_eq!(d.meta.lang, Lang::En);
    }

    #[test]
    fn plain_text_paragraphs_and_language_guess() {
        let (d, _) = doc("第一段落\n二行目\n\n  \nsecond 5%\n", Format::Text);
        assert_eq!(d.blocks.len(), 2);
        assert_eq!(d.blocks[0].text, "第一段落\n二行目\n");
        assert_eq!(guess_lang("北京人工智能产业增长"), Lang::Zh);
        assert_eq!(guess_lang("growth of 5%"), Lang::En);
    }
}

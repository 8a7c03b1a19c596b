//! Prose blocks: the text a reader sees, with a map back to source offsets, split into sentences.

/// Where a prose block came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// The front-matter title.
    Title,
    /// Another front-matter text field that repeats prose (excerpt, description).
    Summary,
    Heading,
    Paragraph,
    ListItem,
    TableCell,
    /// A paragraph of a plain-text file.
    Plain,
}

/// Stands in for inline code, HTML and other non-prose inline content, so that
/// numbers on either side never merge and nothing inside is read as a figure.
pub const PLACEHOLDER: char = '\u{FFFC}';

/// A block of prose with a piecewise map from its text back to the source file.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// `(text offset, source offset)` at the start of each piece, sorted by text offset.
    /// Within a piece, text and source advance together byte for byte.
    pieces: Vec<(usize, usize)>,
    /// Source offset just past the end of the block.
    source_end: usize,
    /// For a table cell: which table of the document (from 1), which row (0: the header) and
    /// which column (from 0) it stands in.
    pub cell: Option<Cell>,
}

/// Where a table cell stands: the table of the document (from 1), the row (0: the header)
/// and the column (from 0).
pub type Cell = (u32, u32, u32);

impl Block {
    pub fn new(kind: BlockKind) -> Self {
        Block {
            kind,
            text: String::new(),
            pieces: Vec::new(),
            source_end: 0,
            cell: None,
        }
    }

    /// Appends `text` that stands at `source_offset` in the file, byte for byte.
    pub fn push_source(&mut self, text: &str, source_offset: usize) {
        if text.is_empty() {
            return;
        }
        self.pieces.push((self.text.len(), source_offset));
        self.text.push_str(text);
        self.source_end = source_offset + text.len();
    }

    /// Appends text that does not stand in the source as written (an entity, a soft
    /// break, a placeholder); it maps to the whole source range `source`.
    pub fn push_synthetic(&mut self, text: &str, source: std::ops::Range<usize>) {
        if text.is_empty() {
            return;
        }
        self.pieces.push((self.text.len(), source.start));
        self.text.push_str(text);
        // The piece after this one starts a new mapping, so the synthetic text maps
        // onto `source.start` and no further than `source.end`.
        self.pieces.push((self.text.len(), source.end));
        self.source_end = source.end;
    }

    pub fn is_blank(&self) -> bool {
        self.text
            .chars()
            .all(|c| c.is_whitespace() || c == PLACEHOLDER)
    }

    /// The source offset of text offset `at` (clamped into the piece that holds it).
    pub fn source_offset(&self, at: usize) -> usize {
        let i = self.pieces.partition_point(|&(t, _)| t <= at);
        if i == 0 {
            return self.pieces.first().map_or(0, |p| p.1);
        }
        let (t, s) = self.pieces[i - 1];
        let next = self
            .pieces
            .get(i)
            .map_or(self.source_end, |&(_, s2)| s2.max(s));
        (s + (at - t)).min(next.max(s))
    }

    /// The source byte range of text range `start..end`.
    pub fn source_range(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.source_offset(start);
        // The end maps through the last byte, so that it stays in the same piece.
        let e = if end > start {
            self.source_offset(end - 1) + 1
        } else {
            s
        };
        (s, e.max(s))
    }
}

/// A sentence: a range of a block's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sentence {
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

/// Splits a block's text into sentences at 。！？!? (and a following closing bracket or
/// quote), at `. ` in English, and at line ends. Empty sentences are dropped.
pub fn split_sentences(block_index: usize, text: &str, out: &mut Vec<Sentence>) {
    // Stops are found with memchr's vectorised searches rather than by looking at every byte:
    // Japanese text is mostly three-byte characters, so a byte loop branches on nearly all.
    let bytes = text.as_bytes();
    let mut stops: Vec<(usize, usize)> = memchr::memchr3_iter(b'\n', b'!', b'?', bytes)
        .map(|i| (i, 1))
        .chain(
            memchr::memchr_iter(b'.', bytes)
                .filter(|&i| bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()))
                .map(|i| (i, 1)),
        )
        .collect();
    // The finders are built once: building one costs more than searching a short block.
    static CJK_STOPS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 3]> =
        std::sync::LazyLock::new(|| ["。", "！", "？"].map(memchr::memmem::Finder::new));
    for finder in CJK_STOPS.iter() {
        let len = finder.needle().len();
        stops.extend(finder.find_iter(bytes).map(|i| (i, len)));
    }
    stops.sort_unstable();
    let mut start = 0;
    for (i, len) in stops {
        if i < start {
            continue;
        }
        let end = past_closers(text, i + len);
        push_trimmed(block_index, text, start, end, out);
        start = end;
    }
    push_trimmed(block_index, text, start, text.len(), out);
}

/// Where a sentence that stops at `end` ends: closing brackets and quotes right after the stop
/// stay with the sentence they close.
pub fn past_closers(text: &str, mut end: usize) -> usize {
    while let Some(c) = text[end..].chars().next() {
        if matches!(c, '」' | '』' | '）' | ')' | '"' | '”' | '’' | '】') {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    end
}

fn push_trimmed(block: usize, text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Sentence {
            block,
            start: start + lead,
            end: end - trail,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split_sentences(0, text, &mut out);
        out.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_on_cjk_and_latin_stops_and_line_ends() {
        assert_eq!(
            sentences("市場は伸びた。「本当？」と聞いた！\nNext one. Version 1.5 shipped? yes"),
            vec![
                "市場は伸びた。",
                "「本当？」",
                "と聞いた！",
                "Next one.",
                "Version 1.5 shipped?",
                "yes"
            ]
        );
    }

    #[test]
    fn maps_text_offsets_back_through_pieces() {
        // Source: "a **25%** b" → text "a 25% b"
        let mut b = Block::new(BlockKind::Paragraph);
        b.push_source("a ", 100);
        b.push_source("25%", 104);
        b.push_source(" b", 109);
        assert_eq!(b.text, "a 25% b");
        assert_eq!(b.source_range(2, 5), (104, 107));
        assert_eq!(b.source_offset(6), 110);
        // A synthetic soft break maps to its source range.
        let mut c = Block::new(BlockKind::Paragraph);
        c.push_source("x", 0);
        c.push_synthetic("\n", 1..3);
        c.push_source("y", 3);
        assert_eq!(c.source_offset(2), 3);
        assert_eq!(c.source_range(0, 3), (0, 4));
    }
}

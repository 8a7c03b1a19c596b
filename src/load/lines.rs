//! Byte offsets → 1-based lines and columns (columns counted in Unicode characters).

/// Start offsets of every line of a text, for position look-ups.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Inside lines longer than [`STEP`] bytes, every `STEP` bytes: `(byte, characters from
    /// the line's start)`, so that a column is counted from the nearest mark and not from the
    /// start of a line that may be megabytes long.
    marks: Vec<(usize, usize)>,
}

/// How far apart the column marks of a long line are (bytes).
const STEP: usize = 4096;

/// A 1-based position in a file; `column` counts Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 64 + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut marks = Vec::new();
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(text.len(), |&n| n - 1);
            let (mut at, mut chars) = (start, 0);
            while end - at > STEP {
                let next = text.floor_char_boundary(at + STEP);
                chars += text[at..next].chars().count();
                marks.push((next, chars));
                at = next;
            }
        }
        LineIndex { starts, marks }
    }

    /// The 1-based line that holds byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// Line and column of byte `offset` in `text` (the text this index was built from).
    /// A `\r` before a line end is not counted as a column of its own line's end.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let line = self.line(offset);
        let start = self.starts[line - 1];
        let end = offset.min(text.len());
        // Count from the last mark of this line at or before the offset, if there is one.
        let m = self.marks.partition_point(|&(b, _)| b <= end);
        let (from, before) = match m.checked_sub(1).map(|i| self.marks[i]) {
            Some((b, chars)) if b > start => (b, chars),
            _ => (start, 0),
        };
        let column = text
            .get(from..end)
            .map_or(end - from, |s| s.chars().count())
            + before
            + 1;
        Position { line, column }
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line.checked_sub(1)?).copied()
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn columns_on_a_long_line_match_counting_from_its_start() {
        let mut text = String::from("短い行\n");
        while text.len() < 50_000 {
            text.push_str("北辰テックの売上は5%増え、ab ");
        }
        text.push_str("\n最後\n");
        let index = LineIndex::new(&text);
        let second = text.find('\n').unwrap() + 1;
        for offset in (second..text.len()).step_by(997) {
            let offset = text.floor_char_boundary(offset);
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let expected = text[line_start..offset].chars().count() + 1;
            assert_eq!(
                index.position(&text, offset).column,
                expected,
                "at {offset}"
            );
        }
        let last = text.rfind("最後").unwrap();
        assert_eq!(index.position(&text, last), Position { line: 3, column: 1 });
    }

    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "一行目\n北京は25%成長\r\nlast";
        let idx = LineIndex::new(text);
        let off = text.find("25").unwrap();
        assert_eq!(idx.position(text, off), Position { line: 2, column: 4 });
        let last = text.find("last").unwrap();
        assert_eq!(idx.position(text, last), Position { line: 3, column: 1 });
        assert_eq!(idx.position(text, 0), Position { line: 1, column: 1 });
        assert_eq!(idx.line_count(), 3);
        assert_eq!(idx.line_start(2), Some(text.find('北').unwrap()));
    }
}

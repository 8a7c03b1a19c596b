//! Byte offsets → 1-based lines and columns (columns counted in Unicode characters).

/// Start offsets of every line of a text, for position look-ups.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

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
        LineIndex { starts }
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
        let column = text
            .get(start..end)
            .map_or(end - start, |s| s.chars().count())
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

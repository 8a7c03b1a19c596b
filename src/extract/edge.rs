//! A quick filter for word lists searched at one place of the text.
//!
//! The extractor asks, at every candidate numeral, whether one of a few dozen qualifiers or
//! currency symbols ends just before it (`約`, `US$`, `more than`) or starts just after it
//! (`以上`, `or more`). Comparing each word in turn costs a `memcmp` per word at each of the
//! hundreds of thousands of candidates in a corpus. An [`Edges`] table holds the last (or
//! first) two bytes of every word of a list, ASCII letters in both cases, so that most places
//! are ruled out with one or two bit tests before the list is searched.

/// The bytes at one edge of every word in a list.
pub(crate) struct Edges {
    /// Words of one byte: that byte.
    one: [u64; 4],
    /// Longer words: the two bytes at the edge, as one bit of a 65,536-bit table.
    two: Box<[u64; 1024]>,
}

impl Edges {
    /// The table of the words' last bytes, for lists searched with `ends_with`.
    pub(crate) fn ending<'a>(words: impl IntoIterator<Item = &'a str>) -> Edges {
        Edges::build(words, |w| {
            let n = w.len();
            (n >= 2).then(|| (w[n - 2], w[n - 1]))
        })
    }

    /// The table of the words' first bytes, for lists searched with `starts_with`.
    pub(crate) fn starting<'a>(words: impl IntoIterator<Item = &'a str>) -> Edges {
        Edges::build(words, |w| (w.len() >= 2).then(|| (w[0], w[1])))
    }

    fn build<'a>(
        words: impl IntoIterator<Item = &'a str>,
        pair: impl Fn(&[u8]) -> Option<(u8, u8)>,
    ) -> Edges {
        let mut e = Edges {
            one: [0; 4],
            two: Box::new([0; 1024]),
        };
        for w in words {
            let w = w.as_bytes();
            match pair(w) {
                Some((a, b)) => {
                    for a in cases(a) {
                        for b in cases(b) {
                            let k = (a as usize) << 8 | b as usize;
                            e.two[k >> 6] |= 1 << (k & 63);
                        }
                    }
                }
                None => {
                    for c in w.iter().flat_map(|&c| cases(c)) {
                        e.one[c as usize >> 6] |= 1 << (c & 63);
                    }
                }
            }
        }
        e
    }

    /// Whether a word of the list may end where `head` ends.
    #[inline]
    pub(crate) fn may_end(&self, head: &[u8]) -> bool {
        match head {
            [.., a, b] => self.has_one(*b) || self.has_two(*a, *b),
            [b] => self.has_one(*b),
            [] => false,
        }
    }

    /// Whether a word of the list may start where `rest` starts.
    #[inline]
    pub(crate) fn may_start(&self, rest: &[u8]) -> bool {
        match rest {
            [a, b, ..] => self.has_one(*a) || self.has_two(*a, *b),
            [a] => self.has_one(*a),
            [] => false,
        }
    }

    #[inline]
    fn has_one(&self, c: u8) -> bool {
        self.one[c as usize >> 6] & (1 << (c & 63)) != 0
    }

    #[inline]
    fn has_two(&self, a: u8, b: u8) -> bool {
        let k = (a as usize) << 8 | b as usize;
        self.two[k >> 6] & (1 << (k & 63)) != 0
    }
}

/// A byte and, for an ASCII letter, its other case.
fn cases(c: u8) -> impl Iterator<Item = u8> {
    let other = if c.is_ascii_lowercase() {
        c.to_ascii_uppercase()
    } else {
        c.to_ascii_lowercase()
    };
    std::iter::once(c).chain((other != c).then_some(other))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_out_places_where_no_word_can_end_or_start() {
        let words = ["約", "US$", "about", "$"];
        let end = Edges::ending(words);
        assert!(end.may_end("売上は約".as_bytes()));
        assert!(end.may_end(b"for US$"));
        assert!(end.may_end(b"ABOUT"), "ASCII letters match in either case");
        assert!(end.may_end(b"$"));
        assert!(end.may_end(b"costs $"));
        assert!(!end.may_end("売上は".as_bytes()));
        assert!(!end.may_end(b"abou"));
        assert!(!end.may_end(b""));
        let start = Edges::starting(["以上", "or more", "+"]);
        assert!(start.may_start("以上の".as_bytes()));
        assert!(start.may_start(b"OR MORE"));
        assert!(start.may_start(b"+"));
        assert!(!start.may_start("未満".as_bytes()));
        assert!(!start.may_start(b"o"));
    }

    #[test]
    fn never_rules_out_a_place_where_a_word_of_the_list_ends() {
        // The filter may let through places where no word ends, never the reverse.
        let words = ["約", "およそ", "more than", "over", "US$", "€", "-"];
        let end = Edges::ending(words);
        let start = Edges::starting(words);
        for w in words {
            for head in [w.to_string(), format!("前の{w}"), w.to_uppercase()] {
                assert!(end.may_end(head.as_bytes()), "{head}");
            }
            for rest in [format!("{w}後"), w.to_uppercase()] {
                assert!(start.may_start(rest.as_bytes()), "{rest}");
            }
        }
    }
}

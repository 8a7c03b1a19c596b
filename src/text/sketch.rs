//! A sketch of an article's body for finding near-duplicate articles without comparing every
//! pair: a one-permutation MinHash of its normalised five-character shingles (banded by the
//! rule, so that only articles that share a band are compared), and the hashes of its
//! paragraphs (so that an article republished inside a longer one is found too).

use super::{quote_prose as quote, Normalised};
use crate::load::prose::BlockKind;
use crate::load::Document;
use serde::{Deserialize, Serialize};

/// Bins of the MinHash.
pub const BINS: usize = 64;
/// Characters per shingle.
pub(super) const SHINGLE: usize = 5;
/// A paragraph shorter than this (normalised characters) is not indexed.
pub const MIN_PARAGRAPH: usize = 20;
/// A title shorter than this (normalised characters) is not compared: short titles ("News",
/// a one-letter test title) are shared by unrelated articles.
pub const MIN_TITLE: usize = 8;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sketch {
    /// The least shingle hash in each bin (`u32::MAX` when the bin is empty).
    pub mins: Vec<u32>,
    /// `(hash, normalised characters)` of each distinct paragraph, sorted by hash.
    pub paragraphs: Vec<(u64, u32)>,
    /// Normalised characters of the body.
    pub chars: u32,
    /// The normalised title's hash, when there is a title.
    pub title: Option<u64>,
    /// Where the article is shown: its title line (or first paragraph), and that text.
    pub at: (usize, usize),
    pub quote: String,
}

/// Mixes a 64-bit value (splitmix64's finaliser).
pub(super) fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Whether a block of this kind is part of the body the sketch is made of (the title is
/// compared on its own, and the front matter's summary is not the body).
pub fn in_body(kind: BlockKind) -> bool {
    !matches!(kind, BlockKind::Title | BlockKind::Summary)
}

/// The MinHash of the body's shingles, fed one normalised character at a time (by the
/// normalising pass, [`Normalised::of`]): a polynomial rolling hash of the last [`SHINGLE`]
/// characters, mixed, its top bits choosing the bin.
#[derive(Debug, Clone)]
pub struct Shingles {
    mins: [u32; BINS],
    /// The last [`SHINGLE`] characters, a ring from `slot` on.
    window: [u64; SHINGLE],
    slot: usize,
    seen: usize,
    rolling: u64,
}

impl Default for Shingles {
    fn default() -> Shingles {
        Shingles {
            mins: [u32::MAX; BINS],
            window: [0; SHINGLE],
            slot: 0,
            seen: 0,
            rolling: 0,
        }
    }
}

/// The rolling hash's base, and the power of it that drops the character leaving the window.
pub(super) const BASE: u64 = 0x100_0000_01B3;
const DROP: u64 = BASE.wrapping_pow(SHINGLE as u32);

impl Shingles {
    #[inline(always)]
    pub fn push(&mut self, c: u32) {
        let c = u64::from(c);
        self.rolling = self
            .rolling
            .wrapping_mul(BASE)
            .wrapping_add(c)
            .wrapping_sub(self.window[self.slot].wrapping_mul(DROP));
        self.window[self.slot] = c;
        self.slot = if self.slot + 1 == SHINGLE {
            0
        } else {
            self.slot + 1
        };
        self.seen += 1;
        if self.seen < SHINGLE {
            return;
        }
        let h = mix(self.rolling);
        let bin = (h >> 58) as usize;
        let v = h as u32;
        if v < self.mins[bin] {
            self.mins[bin] = v;
        }
    }
}

impl Sketch {
    /// The sketch of a document whose blocks are still in memory, from its blocks normalised
    /// with the shingles fed; none for an article with no body text (or when `norm` was made
    /// without shingles).
    pub fn of(doc: &Document, norm: &Normalised) -> Option<Sketch> {
        let shingles = norm.shingles.as_ref()?;
        let mut paragraphs = Vec::new();
        let mut chars = 0u32;
        let mut title = None;
        let mut at = None;
        for (i, b) in doc.blocks.iter().enumerate() {
            let n = norm.block(i).1;
            if b.kind == BlockKind::Title {
                if n >= MIN_TITLE {
                    title = Some(norm.hash(i));
                }
                if n > 0 {
                    at = Some((b.source_range(0, b.text.len()), quote(&b.text, 60)));
                }
                continue;
            }
            if !in_body(b.kind) || n == 0 {
                continue;
            }
            if at.is_none() {
                at = Some((b.source_range(0, b.text.len()), quote(&b.text, 60)));
            }
            if n >= MIN_PARAGRAPH {
                paragraphs.push((norm.hash(i), n as u32));
            }
            chars += n as u32;
        }
        let ((start, end), quote) = at?;
        if chars == 0 {
            return None;
        }
        paragraphs.sort_unstable();
        paragraphs.dedup_by_key(|p| p.0);
        Some(Sketch {
            mins: shingles.mins.to_vec(),
            paragraphs,
            chars,
            title,
            at: (start, end),
            quote,
        })
    }

    /// The estimated share of shingles the two bodies have in common (Jaccard), from the
    /// bins filled in both.
    pub fn jaccard(&self, other: &Sketch) -> f64 {
        let (mut both, mut same) = (0, 0);
        for (a, b) in self.mins.iter().zip(&other.mins) {
            if *a == u32::MAX && *b == u32::MAX {
                continue;
            }
            both += 1;
            if a == b {
                same += 1;
            }
        }
        if both == 0 {
            0.0
        } else {
            f64::from(same) / f64::from(both)
        }
    }

    /// The share of the shorter body's paragraph text that the other body holds word for
    /// word (an article republished inside a longer one is wholly contained).
    pub fn containment(&self, other: &Sketch) -> f64 {
        let total = |s: &Sketch| s.paragraphs.iter().map(|p| u64::from(p.1)).sum::<u64>();
        let (ta, tb) = (total(self), total(other));
        let smaller = ta.min(tb);
        if smaller == 0 {
            return 0.0;
        }
        let (a, b) = (&self.paragraphs, &other.paragraphs);
        let (mut i, mut j, mut shared) = (0, 0, 0u64);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += u64::from(a[i].1);
                    i += 1;
                    j += 1;
                }
            }
        }
        shared as f64 / smaller as f64
    }

    /// How alike two bodies are: the larger of the two measures above.
    pub fn similarity(&self, other: &Sketch) -> f64 {
        self.jaccard(other).max(self.containment(other))
    }

    /// The band keys of the MinHash (`bands` bands of `BINS / bands` bins; a band with an
    /// empty bin has no key).
    pub fn bands(&self, bands: usize) -> impl Iterator<Item = (usize, u64)> + '_ {
        let rows = BINS / bands;
        self.mins.chunks(rows).enumerate().filter_map(|(i, c)| {
            if c.contains(&u32::MAX) {
                return None;
            }
            let mut h = i as u64;
            for &v in c {
                h = mix(h ^ u64::from(v));
            }
            Some((i, h))
        })
    }
}

//! Figures as the arithmetic rules read them (growth-arithmetic, ratio-arithmetic,
//! part-exceeds-whole): an amount's values, how the help shows an amount, and the words
//! around a figure.

use super::Context;
use crate::context::interval;
use rust_decimal::prelude::ToPrimitive;

/// An amount as arithmetic reads it: a figure, or one end of a "from … to" range.
pub(super) struct End {
    pub figure: usize,
    pub text: String,
    pub value: f64,
    pub low: f64,
    pub high: f64,
}

/// The end of value `v` of amount `f`, with the values its writing allows. Amounts are read
/// to at least two significant digits (「100億円」 is 95–105, not 50–150 as a contradiction
/// check may read it): a writer who relates two amounts (a multiple, a part of a whole) means them as written.
pub(super) fn end(cx: &Context<'_>, i: usize, v: f64, tol: f64) -> End {
    let f = &cx.corpus.figures[i];
    let (lo, hi) = interval(f, tol);
    let approx = if f.raw.approx { tol } else { 0.0 };
    let cap = v.abs() * (0.05 + approx);
    let (low, high) = if f.raw.range.is_some() {
        // One end of a range: its own rounding, not the range's span.
        let half = f.raw.precision.to_f64().unwrap_or(0.0).abs() / 2.0 + v.abs() * approx;
        (v - half.min(cap), v + half.min(cap))
    } else if f.raw.bound.is_some() {
        (lo, hi)
    } else {
        (lo.max(v - cap), hi.min(v + cap))
    };
    End {
        figure: i,
        text: String::new(),
        value: v,
        low,
        high,
    }
}

impl End {
    /// The end with its text: the amount as written, or for one end of a range the amount
    /// in the article's words.
    pub fn with_text(&self, cx: &Context<'_>) -> End {
        let f = &cx.corpus.figures[self.figure];
        let text = if f.raw.range.is_some() {
            let lang = cx.corpus.docs[f.doc].meta.lang;
            amount(self.value, &f.raw.unit, lang)
        } else {
            super::text(cx, self.figure).to_string()
        };
        End { text, ..*self }
    }
}

/// An amount as the help shows it: in the article's words for money, else the number and
/// its counter.
pub(super) fn amount(value: f64, unit: &str, lang: crate::load::Lang) -> String {
    if unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase()) {
        crate::conversion::show_amount(value, unit, lang)
    } else if unit.is_ascii() {
        format!("{} {unit}", value.round())
    } else {
        // A counter word follows its number directly (「210社」).
        format!("{}{unit}", value.round())
    }
}

/// Up to `chars` characters of the source right before figure `i`.
pub(super) fn before_figure<'a>(cx: &Context<'a>, i: usize, chars: usize) -> &'a str {
    let f = &cx.corpus.figures[i];
    // The figure keeps the words just before it: the file is read only for more.
    let head = if chars <= crate::figure::NEAR_CHARS {
        f.before.as_str()
    } else {
        cx.corpus.docs[f.doc].source().get(..f.offset).unwrap_or("")
    };
    let from = head
        .char_indices()
        .rev()
        .nth(chars.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &head[from..]
}

/// The words right after figure `i` (at most [`crate::figure::NEAR_CHARS`] characters), for
/// what they start with.
pub(super) fn after_figure<'a>(cx: &Context<'a>, i: usize) -> &'a str {
    &cx.corpus.figures[i].after
}

/// The source between figure `i` and a later figure `j` of the same file, when it is at most
/// [`crate::figure::NEAR_CHARS`] characters long (read from what `i` keeps after it); else
/// None.
pub(super) fn short_gap<'a>(cx: &Context<'a>, i: usize, j: usize) -> Option<&'a str> {
    let (f, g) = (&cx.corpus.figures[i], &cx.corpus.figures[j]);
    let len = g.offset.checked_sub(f.offset + f.length)?;
    f.after.get(..len)
}

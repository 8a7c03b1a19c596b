//! Extraction: prose text → figures.
//!
//! A single forward scan looks for places where a numeral can start (ASCII or full-width
//! digits, CJK numerals, English number words) and skips everything else cheaply. At each
//! candidate it parses, in order:
//!
//! 1. the numeral itself ([`numeral`]): digits, CJK numerals and 万/億/兆 compounds, or
//!    English number words ([`english`]);
//! 2. an English scale (`million`, `bn`, `k`) ([`units::en_scale`]);
//! 3. a unit (`%`, `円`, `人`, `dollars`, `割` …) ([`units`]);
//! 4. qualifiers after the unit (`以上`, `近く`, `or more`) ([`qualifiers`]);
//! 5. a range connector and a second quantity (`60〜70%`, `$5 to $10 billion`);
//! 6. looking back: a currency prefix (`$`, `US$`, `€`), a sign (`▲`, `−`, `マイナス`) and
//!    qualifiers (`約`, `about`, `more than`).
//!
//! Numbers that are not figures are rejected by [`exclude`]: ordinals, version and model
//! names, list markers, dates, times and URLs.
//!
//! Choices worth knowing:
//! * **Precision** is the place value of the last significant digit written, fully scaled.
//!   Trailing zeros of the integer part are significant when the number is written with a
//!   thousands separator or a decimal point, and not otherwise: `7,000億元` → 1e8,
//!   `7000億元` → 1e11, `600万ドル` → 1e6, `$92.0 billion` → 1e8, `94,000人` → 1,
//!   `7000人` → 1000. Two exceptions: percentages written with `%`/percent/百分之 (and
//!   percentage points) are read to the unit (`100%` → 1), and years to the year.
//! * **Ranges** give one figure with `value` = low end. Both ends may carry the full unit
//!   (`60億ドルから70億ドル`); a unitless low end borrows the unit and scale of the high end
//!   (`3-5億円` → 3e8..5e8 JPY).
//! * **Years**: `2024年`, `2025年度` (unit `FY`), `FY2025`, `二〇二四年`; a following month and
//!   day are part of the span (`2025年6月1日` is one Year figure for 2025). A bare 4-digit
//!   integer 1900–2100 is a Year when preceded by `in`/`by`/`since`/… or a month name, or
//!   when glued to CJK text (`2025世界人工知能大会`); otherwise it is a Number.
//! * **Dates and times** (`6月`, `26日` after a month, `10:30`, `3時`, `2025/06/01`,
//!   `2025-06-01`) and ranks (`1位`, `3番目`) give no figure. Durations are Counts
//!   (`24時間`, `3か月`, `7日`).
//! * **`points`** in English is a percentage-point unit only as `percentage points`
//!   (or `pp`, `pt`, `bps`); bare `points` is not a unit.
//! * **English number words** ([`english`]): an ordinal (`twenty-first`, `one hundred
//!   fifth`) is skipped whole; fractions (`three twenty-firsts`), mixed numbers
//!   (`twenty and three fifths`), decimals (`nine point nought four`) and ratios
//!   (`one over three` at a clause end, `two out of five`, `one in twenty`) are Numbers.
//!   `the one`, `that one`, `no one` are pronouns. Glued `M` (`10M`) and `b` (`1.2b`)
//!   are scales only with two digits or a decimal, and never after a version number
//!   (`Llama 3 70B`).
//! * **Kanji-only numerals** must be multi-character (`二十五`) or carry a strong unit
//!   (`三人`, `五割`, `百円`); `一` alone needs `%` or `割`. A small stoplist rejects words
//!   like `四六時中` and `六本木`.

mod candidate;
mod edge;
mod english;
mod exclude;
mod kana;
mod minor;
mod notation;
mod numeral;
mod qty;
mod qualifiers;
mod quantity;
mod range;
mod scan;
mod spaced;
mod unit_effect;
mod units;

use rust_decimal::Decimal;

pub use scan::extract;

/// Whether the text around `s..e` is Chinese: CJK ideographs and no kana nearby.
pub(super) fn chinese_context(text: &str, s: usize, e: usize) -> bool {
    let mut a = s.saturating_sub(90);
    while !text.is_char_boundary(a) {
        a += 1;
    }
    let mut z = (e + 90).min(text.len());
    while !text.is_char_boundary(z) {
        z -= 1;
    }
    let mut han = false;
    for c in text[a..z].chars() {
        if ('\u{3040}'..='\u{30FF}').contains(&c) {
            return false;
        }
        han |= ('\u{4E00}'..='\u{9FFF}').contains(&c);
    }
    han
}

/// Where to resume after rejecting a numeral at `p`: past the whole token.
pub(super) fn skip_end(text: &str, p: usize) -> usize {
    let b = text.as_bytes();
    if b[p].is_ascii_alphabetic() {
        return numeral::ascii_word(b, p);
    }
    let e = numeral::numeral_run_end(text, p);
    // Skip glued letters and version dots too (3.5-turbo, 4o).
    if b.get(e)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'.' || *c == b'-')
    {
        return exclude::token_end(b, e);
    }
    e
}

/// Where to resume after rejecting the figure `p..end`.
pub(super) fn skip_after(text: &str, p: usize, end: usize) -> usize {
    end.max(skip_end(text, p))
}

/// Whether `s..e` is the whole input, but for spaces: a numeral phrase on its own
/// (`二`, `零`, `0123`), which reads as a number whatever the prose rules say.
pub(super) fn whole_span(text: &str, s: usize, e: usize) -> bool {
    text[..s].trim().is_empty() && text[e..].trim().is_empty()
}

/// Whether `s..e`, after an optional sign, is the whole input.
pub(super) fn whole_after_sign(text: &str, s: usize, e: usize) -> bool {
    let head = text[..s].trim_end();
    let head = head
        .strip_suffix(['-', '−', '－'])
        .or_else(|| head.strip_suffix("负"))
        .or_else(|| head.strip_suffix("負"))
        .or_else(|| head.strip_suffix("マイナス"))
        .unwrap_or(head);
    head.trim().is_empty() && text[e..].trim().is_empty()
}

/// Whether `v` is a power of ten (1, 10, 100 …).
pub(super) fn is_pow10(v: Decimal) -> bool {
    let mut v = v.normalize();
    while v >= Decimal::TEN && (v % Decimal::TEN).is_zero() {
        v /= Decimal::TEN;
    }
    v == Decimal::ONE
}

/// Past one space at `i`, if there is one.
pub(super) fn skip_space(b: &[u8], i: usize) -> usize {
    if b.get(i) == Some(&b' ') {
        i + 1
    } else {
        i
    }
}

#[cfg(test)]
mod tests;

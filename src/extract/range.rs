//! Ranges: a connector and a second quantity after the low end (`60〜70%`).

use super::numeral::{self, char_at, cjk, digit_at, Cjk};
use super::qty::parse_qty;
use super::quantity::{Parsed, Qty};
use super::{english, units};
use crate::figure::Kind;
use rust_decimal::Decimal;

/// Parse a range tail at `i` after the low end `q1`: connector, second quantity.
/// Returns the second quantity and the end of the range.
pub(super) fn range_tail(text: &str, q1: &Qty, i: usize, between: bool) -> Option<(Qty, usize)> {
    let b = text.as_bytes();
    let rest = text.get(i..)?;
    let mut kara = false;
    let mut hyphen = false;
    let conn_len = if let Some(c) = rest.chars().next() {
        match c {
            '〜' | '～' | '~' | '–' | '—' | '－' | '至' | '到' => c.len_utf8(),
            '-' => {
                hyphen = true;
                1
            }
            'か' if rest.starts_with("から") => {
                kara = true;
                "から".len()
            }
            ' ' => {
                let r = &rest[1..];
                let rb = r.as_bytes();
                if rb.len() >= 3 && rb[..3].eq_ignore_ascii_case(b"to ") {
                    4
                } else if between && rb.len() >= 4 && rb[..4].eq_ignore_ascii_case(b"and ") {
                    5
                } else if r.starts_with("- ") || r.starts_with("– ") || r.starts_with("— ") {
                    1 + r.chars().next()?.len_utf8() + 1
                } else {
                    return None;
                }
            }
            _ => return None,
        }
    } else {
        return None;
    };
    let mut j = i + conn_len;
    // Optional currency symbol on the high end ($60-$70, 約8,862億円から約1兆339億円).
    let mut sym = None;
    if let Some((code, e)) = units::forward_currency_symbol(text, j) {
        sym = Some(code);
        j = e;
        while b.get(j) == Some(&b' ') {
            j += 1;
        }
    }
    if kara {
        if let Some(r) = text[j..].strip_prefix("約") {
            j = text.len() - r.len();
        }
    }
    // The second numeral must start here.
    let starts = digit_at(b, j).is_some()
        || char_at(text, j)
            .is_some_and(|(c, _)| matches!(cjk(c), Some(Cjk::Digit(_) | Cjk::Small(_))))
        || (b.get(j).is_some_and(|c| c.is_ascii_alphabetic())
            && !q1.written.english
            && !hyphen
            && {
                let we = numeral::ascii_word(b, j);
                english::is_english_number_word(&text[j..we])
            });
    if !starts {
        return None;
    }
    // Kinds must agree: digits with digits, kanji with kanji.
    let q2 = match parse_qty(text, j, sym) {
        Parsed::Qty(q) => q,
        Parsed::Skip(_) => return None,
    };
    if hyphen {
        // Dates and phone numbers: 2025-06-01, 03-1234-5678.
        if q2.written.leading_zero
            || q1.written.leading_zero
            || q1.written.kanji_only
            || q2.written.kanji_only
        {
            return None;
        }
        if b.get(q2.end) == Some(&b'-') && digit_at(b, q2.end + 1).is_some() {
            return None;
        }
    }
    let mut q2 = q2;
    if let Some(code) = sym {
        if q2.kind == Kind::Number && q2.unit.is_empty() {
            q2.kind = Kind::Money;
            q2.unit = code;
            q2.has_unit = true;
        }
    }
    // Units must agree when both are given.
    if q1.has_unit && q2.has_unit && (q1.kind != q2.kind || q1.unit != q2.unit) {
        return None;
    }
    if kara && !q2.has_unit {
        return None;
    }
    // "2024-25": a year range written short.
    if q1.written.plain_digits == Some(4) && q2.written.plain_digits == Some(2) && hyphen {
        let century = q1.value - (q1.value % Decimal::from(100));
        q2.value += century;
    }
    let mut end = q2.end;
    if kara && text[end..].starts_with("まで") {
        end += "まで".len();
    }
    Some((q2, end))
}

//! Notations after a digit literal: exponents and slash fractions.

use super::numeral::{char_at, digit_at, dot_at, parse_numeral, pow10, Numeral};
use super::whole_after_sign;
use rust_decimal::Decimal;

/// Notations after a digit literal `numeral` (which starts at `p`): exponents (`1.3e6`,
/// `2.5^-1`, `1.3x10^6`) and fractions (`3/100`, `1 4/5`). Returns (value, precision,
/// end). A slash fraction that could be a date (`6/5`, `12/3`) is read only when it
/// is the whole input (`-3/2`) or a mixed number (`2 1/4`).
pub(super) fn digit_notation(
    text: &str,
    p: usize,
    numeral: &Numeral,
) -> Option<(Decimal, Decimal, usize)> {
    let b = text.as_bytes();
    let e = numeral.end;
    if numeral.kanji_chars > 0 || numeral.big_scale {
        return None;
    }
    // A signed integer exponent at `j`: (exponent, end).
    let exponent = |mut j: usize, multi_sign: bool| -> Option<(i32, usize)> {
        let mut neg = false;
        let mut signs = 0;
        loop {
            match char_at(text, j) {
                Some(('+', l)) => j += l,
                Some(('-' | '−' | '－', l)) => {
                    neg = !neg;
                    j += l;
                }
                _ => break,
            }
            signs += 1;
        }
        if signs > 1 && !multi_sign {
            return None;
        }
        let s = j;
        let mut v: i32 = 0;
        while let Some((d, l)) = digit_at(b, j) {
            v = v.checked_mul(10)?.checked_add(d as i32)?;
            j += l;
            if j - s > 9 {
                return None;
            }
        }
        if j == s
            || b.get(j)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'.')
        {
            return None;
        }
        Some((if neg { -v } else { v }, j))
    };
    let c = *b.get(e)?;
    // 1.3e6, 12.32e+14, -12e-1, 2.7890e－1
    if c == b'e' || c == b'E' {
        let (x, j) = exponent(e + 1, false)?;
        if x.abs() > 20 {
            return None;
        }
        let v = numeral.value.checked_mul(pow10(x))?;
        return Some((v, numeral.precision.checked_mul(pow10(x))?, j));
    }
    // 1.3x10^6, 6.23×10^-4
    for times in ["x10^", "×10^", "X10^"] {
        if text[e..].starts_with(times) {
            let (x, j) = exponent(e + times.len(), false)?;
            if x.abs() > 20 {
                return None;
            }
            let v = numeral.value.checked_mul(pow10(x))?;
            return Some((v, numeral.precision.checked_mul(pow10(x))?, j));
        }
    }
    // 2^5, 2.5^-1, 1.1^--23
    if c == b'^' {
        let (x, j) = exponent(e + 1, true)?;
        let base: f64 = numeral.value.to_string().parse().ok()?;
        let v = base.powi(x);
        if !v.is_finite() || v.abs() > 1e20 || (v != 0.0 && v.abs() < 1e-20) {
            return None;
        }
        let v = Decimal::from_f64_retain(v)?.round_sf(15)?;
        return Some((v, Decimal::new(1, 6), j));
    }
    let int = |n: &Numeral| n.plain_int_digits.is_some() && !n.leading_zero;
    // A fraction `n/d` starting at `s`: (n, d, end).
    let fraction = |s: usize| -> Option<(Decimal, Decimal, usize)> {
        let num = parse_numeral(text, s)?;
        if !int(&num) || num.kanji_chars > 0 {
            return None;
        }
        let sl = match char_at(text, num.end)? {
            ('/', 1) => 1,
            ('／', l) => l,
            _ => return None,
        };
        digit_at(b, num.end + sl)?;
        let den = parse_numeral(text, num.end + sl)?;
        if !int(&den) || den.kanji_chars > 0 || den.value.is_zero() {
            return None;
        }
        let de = den.end;
        // 2025/06/01, 3/4/2025, 1/2-3: dates and more.
        if matches!(b.get(de), Some(b'/' | b'-' | b':'))
            || text[de..].starts_with('／')
            || b.get(de).is_some_and(|c| c.is_ascii_alphanumeric())
            || (dot_at(b, de).is_some() && digit_at(b, de + 1).is_some())
        {
            return None;
        }
        Some((num.value, den.value, de))
    };
    // A mixed number: 2 1/4, 1 ３/5.
    if c == b' ' && int(numeral) && numeral.plain_int_digits.is_some_and(|d| d <= 3) {
        let mut j = e;
        while b.get(j) == Some(&b' ') && j - e < 2 {
            j += 1;
        }
        if digit_at(b, j).is_some() {
            if let Some((n, d, de)) = fraction(j) {
                let v = numeral.value + n / d;
                return Some((v, Decimal::new(1, 6), de));
            }
        }
    }
    if c == b'/' || text[e..].starts_with('／') {
        let (n, d, de) = fraction(p)?;
        let small = |x: Decimal| x >= Decimal::ONE && x <= Decimal::from(31);
        let datelike = small(n) && small(d) && (n <= Decimal::from(12) || d <= Decimal::from(12));
        if !whole_after_sign(text, p, de) {
            // In prose, only a proper fraction that cannot be a date, with a short
            // numerator: 1/100, 7/40 (not 6/5, 50/50, 16/9, 2024/1689).
            let short = |x: Decimal| x < Decimal::ONE_THOUSAND;
            if datelike || n >= d || !short(n) || d > Decimal::from(10_000) {
                return None;
            }
        }
        return Some((n / d, Decimal::new(1, 6), de));
    }
    None
}

//! English number words: cardinals (`twenty-five`, `two hundred and five`, `a million`)
//! and fractions (`two thirds`, `one and a half`).

use super::numeral::ascii_word;
use rust_decimal::Decimal;

/// An English number word.
#[derive(Clone, Copy)]
enum EnWord {
    Unit(u32),
    Ten(u32),
    Hundred,
    Big(u32),
    Dozen,
    /// half, quarter(s): only before a scale word (half a million is not parsed).
    Frac(u32),
}

fn en_word(w: &str) -> Option<EnWord> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if w.len() > 9 || w.len() < 3 {
        return None;
    }
    let mut buf = [0u8; 9];
    for (d, s) in buf.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    let lw = std::str::from_utf8(&buf[..w.len()]).ok()?;
    if let Some(n) = UNITS.iter().position(|&u| u == lw) {
        return Some(EnWord::Unit(n as u32));
    }
    if let Some(n) = TENS.iter().position(|&u| u == lw) {
        return Some(EnWord::Ten(20 + 10 * n as u32));
    }
    Some(match lw {
        "hundred" => EnWord::Hundred,
        "thousand" => EnWord::Big(3),
        "million" => EnWord::Big(6),
        "billion" => EnWord::Big(9),
        "trillion" => EnWord::Big(12),
        "dozen" | "dozens" => EnWord::Dozen,
        "nought" | "naught" => EnWord::Unit(0),
        "half" => EnWord::Frac(2),
        "quarter" | "quarters" => EnWord::Frac(4),
        _ => return None,
    })
}

fn skip_sp(b: &[u8], mut i: usize) -> usize {
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

/// Whether `w` is an English number word (one … ninety, hundred, thousand, …).
pub(crate) fn is_english_number_word(w: &str) -> bool {
    en_word(w).is_some()
}

/// Parse English number words at `start` (`twenty-five`, `two hundred and five`,
/// `a million`). Returns (value, precision, end, words used).
pub(crate) fn parse_english(text: &str, start: usize) -> Option<(Decimal, Decimal, usize, u32)> {
    let b = text.as_bytes();
    let mut i = start;
    let mut total: u64 = 0;
    let mut section: u64 = 0;
    let mut cur: u64 = 0;
    let mut cur_set = false;
    let mut cur_ten = false;
    let mut last_big = u32::MAX;
    let mut words = 0u32;
    let mut end = start;
    let mut prec: u64 = 1;
    let mut last_was_big = false;
    // "a hundred", "a million"
    if (b.get(i) == Some(&b'a') || b.get(i) == Some(&b'A')) && b.get(i + 1) == Some(&b' ') {
        let we = ascii_word(b, i + 2);
        // "a half", "a fifth", "a trillionth": one part.
        let nb = skip_sp(b, we);
        let scale_next = matches!(
            en_word(&text[nb..ascii_word(b, nb)]),
            Some(EnWord::Big(_) | EnWord::Dozen)
        );
        if let (Some(den), false) = (en_denominator(&text[i + 2..we]), scale_next) {
            return Some((Decimal::ONE / den, Decimal::new(1, 6), we, 2));
        }
        match en_word(&text[i + 2..we]) {
            Some(EnWord::Hundred | EnWord::Big(_) | EnWord::Dozen | EnWord::Frac(_)) => {
                cur = 1;
                cur_set = true;
                i += 2;
            }
            _ => return None,
        }
    }
    loop {
        let we = ascii_word(b, i);
        if we == i {
            break;
        }
        let Some(w) = en_word(&text[i..we]) else {
            break;
        };
        match w {
            EnWord::Unit(n) => {
                if cur_set && !(cur_ten && n > 0 && n < 10) {
                    break;
                }
                cur += n as u64;
                cur_set = true;
                cur_ten = false;
                prec = 1;
                last_was_big = false;
            }
            EnWord::Ten(n) => {
                if cur_set {
                    break;
                }
                cur = n as u64;
                cur_set = true;
                cur_ten = true;
                prec = 1;
            }
            EnWord::Hundred => {
                if cur_set && cur >= 100 {
                    break;
                }
                let v = if cur_set { cur } else { 1 };
                section += v * 100;
                prec = 100;
                last_was_big = false;
                cur = 0;
                cur_set = false;
                cur_ten = false;
            }
            EnWord::Big(e) => {
                if e >= last_big || (!cur_set && section == 0) {
                    break;
                }
                let m = 10u64.pow(e);
                let s = section + cur;
                total = total.checked_add(s.checked_mul(m)?)?;
                prec = prec.checked_mul(m)?;
                last_was_big = true;
                section = 0;
                cur = 0;
                cur_set = false;
                cur_ten = false;
                last_big = e;
            }
            EnWord::Frac(den) => {
                // half million, a quarter billion, three quarters billion.
                let nb = skip_sp(b, we);
                let nwe = ascii_word(b, nb);
                let Some(EnWord::Big(e)) = en_word(&text[nb..nwe]) else {
                    break;
                };
                if section != 0 || (cur_set && cur >= den as u64) || e >= last_big {
                    break;
                }
                let num = if cur_set { cur } else { 1 };
                let m = 10u64.pow(e);
                total = total.checked_add(num * m / den as u64)?;
                prec = m / den as u64;
                last_was_big = true;
                cur = 0;
                words += 2;
                end = nwe;
                break;
            }
            EnWord::Dozen => {
                let v = if cur_set { cur } else { 1 };
                cur = v * 12;
                cur_set = true;
                prec = 12;
            }
        }
        words += 1;
        end = we;
        // Separator: space, hyphen, or " and ".
        let mut j = we;
        if b.get(j) == Some(&b'-') || b.get(j) == Some(&b' ') {
            j += 1;
            while b.get(j) == Some(&b' ') || b.get(j) == Some(&b'-') {
                j += 1;
            }
        } else {
            break;
        }
        if b.len() >= j + 4 && b[j..j + 3].eq_ignore_ascii_case(b"and") && b[j + 3] == b' ' {
            let mut nj = j + 4;
            while b.get(nj) == Some(&b' ') {
                nj += 1;
            }
            let nwe = ascii_word(b, nj);
            if nwe > nj && en_word(&text[nj..nwe]).is_some() {
                j = nj;
            }
        }
        i = j;
    }
    if words == 0 {
        return None;
    }
    let v = total + section + cur;
    if !last_was_big {
        prec = 1;
    }
    if let Some((f, fe)) = en_fraction_tail(text, end, v) {
        return Some((f, Decimal::new(1, 6), fe, words + 1));
    }
    Some((Decimal::from(v), Decimal::from(prec), end, words))
}

/// An English fraction denominator word (`third`, `fifths`, `half`, `hundredth`).
/// `second` is left out: "one second" is a time.
fn en_denominator(w: &str) -> Option<Decimal> {
    if w.len() < 4 || w.len() > 12 {
        return None;
    }
    let lw = w.to_ascii_lowercase();
    let stem = lw.strip_suffix('s').unwrap_or(&lw);
    let d: u64 = match stem {
        "half" | "halve" => 2,
        "third" => 3,
        "fourth" | "quarter" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "twentieth" => 20,
        "thirtieth" => 30,
        "hundredth" => 100,
        "thousandth" => 1000,
        "millionth" => 1_000_000,
        "billionth" => 1_000_000_000,
        "trillionth" => 1_000_000_000_000,
        _ => return None,
    };
    Some(Decimal::from(d))
}

/// A fraction after English number words worth `v` that end at `i`: `two thirds`,
/// `five-eighths`, `one - fourth`, `one and a half`, `five and a quarter`.
/// Returns (value, end).
fn en_fraction_tail(text: &str, i: usize, v: u64) -> Option<(Decimal, usize)> {
    let b = text.as_bytes();
    let mut j = i;
    while matches!(b.get(j), Some(b' ' | b'-')) && j - i < 3 {
        j += 1;
    }
    if j == i {
        return None;
    }
    // N and a half / and a third (small N only: "a million and a half" is not read).
    if b.len() >= j + 6 && b[j..j + 6].eq_ignore_ascii_case(b"and a ") && v < 1000 {
        let ws = j + 6;
        let we = ascii_word(b, ws);
        let den = en_denominator(&text[ws..we])?;
        if !word_boundary(b, we) {
            return None;
        }
        return Some((Decimal::from(v) + Decimal::ONE / den, we));
    }
    let we = ascii_word(b, j);
    let den = en_denominator(&text[j..we])?;
    if v == 0 || !word_boundary(b, we) {
        return None;
    }
    Some((Decimal::from(v) / den, we))
}

fn word_boundary(b: &[u8], i: usize) -> bool {
    !b.get(i).is_some_and(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn english_words() {
        let p = |s: &str| parse_english(s, 0).map(|(v, _, e, _)| (v, e));
        assert_eq!(p("twenty-five people"), Some((d("25"), 11)));
        assert_eq!(p("two hundred and five"), Some((d("205"), 20)));
        assert_eq!(p("a million"), Some((d("1000000"), 9)));
        assert_eq!(p("three thousand"), Some((d("3000"), 14)));
        assert_eq!(p("hello"), None);
    }
}

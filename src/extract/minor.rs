//! Minor units after a money amount (`3 dollars 50 cents`, `5元3角`, `10円5銭`).

use super::numeral::{self, char_at, digit_at};
use super::{english, skip_space, units};
use rust_decimal::Decimal;

/// A minor-unit amount after a money amount ending at `i` (`3 dollars 50 cents`,
/// `thirteen dollars and forty-five cents`, `2ドル3セント`, `5元3角`, `50元6角3分`,
/// `10円5銭`, `15 dollars 50.`): (amount in the major unit, precision, end).
pub(super) fn minor_tail(text: &str, i: usize, code: &str) -> Option<(Decimal, Decimal, usize)> {
    let b = text.as_bytes();
    let mut j = i;
    let mut and = false;
    let mut to = false;
    if b.get(j) == Some(&b' ') {
        j += 1;
        if b.len() >= j + 4 && b[j..j + 3].eq_ignore_ascii_case(b"and") && b[j + 3] == b' ' {
            j += 4;
            and = true;
        }
    } else if let Some(r) = ["と", "又", "零"]
        .iter()
        .find(|c| text[j..].starts_with(**c))
    {
        j += r.len();
        to = true;
    }
    let english = b.get(j).is_some_and(|c| c.is_ascii_alphabetic());
    let (v, e) = if english {
        let (v, _, e) = english::parse_english(text, j)?;
        (v, e)
    } else {
        let n = numeral::parse_numeral(text, j)?;
        if n.big_scale
            || n.value.fract() != Decimal::ZERO
            || n.leading_zero && n.value > Decimal::from(9)
        {
            return None;
        }
        (n.value, n.end)
    };
    if v.is_zero() || v >= Decimal::ONE_HUNDRED {
        return None;
    }
    let cent = Decimal::new(1, 2);
    let dime = Decimal::new(1, 1);
    // An explicit minor unit.
    let se = skip_space(b, e);
    let minor: &[(&str, Decimal)] = match code {
        "CNY" => &[
            ("角", dime),
            ("毛", dime),
            ("mao", dime),
            ("jiao", dime),
            ("分", cent),
        ],
        "JPY" => &[("日本銭", cent), ("銭", cent), ("sen", cent)],
        "GBP" => &[("pence", cent), ("penny", cent), ("p", cent)],
        _ => &[
            ("cents", cent),
            ("cent", cent),
            ("セント", cent),
            ("美分", cent),
        ],
    };
    for &(w, m) in minor {
        let at = if w.as_bytes()[0].is_ascii_alphabetic() {
            se
        } else {
            e
        };
        let Some(r) = text.get(at..) else { continue };
        let hit = if w.as_bytes()[0].is_ascii_alphabetic() {
            r.len() >= w.len()
                && r.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                && units::word_end(b, at + w.len())
        } else {
            r.starts_with(w)
        };
        if hit && (m == cent || v < Decimal::TEN) {
            let mut add = v.checked_mul(m)?;
            let mut end = at + w.len();
            let mut prec = m;
            if m == dime {
                // 6角3分, five mao five: the fen.
                let k = skip_space(b, end);
                let k = if b.len() >= k + 4 && b[k..k + 4].eq_ignore_ascii_case(b"and ") {
                    k + 4
                } else {
                    k
                };
                let n3 = if b.get(k).is_some_and(|c| c.is_ascii_alphabetic()) {
                    english::parse_english(text, k).map(|(v, _, e)| (v, e))
                } else {
                    numeral::parse_numeral(text, k).map(|n| (n.value, n.end))
                };
                if let Some((v3, e3)) = n3 {
                    if v3 < Decimal::TEN && v3.fract().is_zero() {
                        let e3f = if text[e3..].starts_with('分') {
                            e3 + 3
                        } else {
                            e3
                        };
                        let bare_ok = e3f > e3 || !continues(text, e3);
                        if bare_ok {
                            add = add.checked_add(v3.checked_mul(cent)?)?;
                            end = e3f;
                            prec = cent;
                        }
                    }
                }
            }
            return Some((add, prec, end));
        }
    }
    // A bare number of cents: only where a sentence or clause ends after it.
    let bare = if english || (b.get(i) == Some(&b' ') && digit_at(b, j).is_some()) {
        !continues(text, e) && (i == j - 1 || and || english)
    } else {
        to && (text[e..].starts_with('で') || !continues(text, e) && !text[e..].starts_with('、'))
            && units::cjk_unit(text, e).is_none()
    };
    let bare = bare || (english || and || i + 1 == j) && text[e..].starts_with(" more");
    bare.then_some((v.checked_mul(cent)?, cent, e))
}

/// Whether the text at `e` goes on with a word, number or unit (not a clause end).
pub(super) fn continues(text: &str, e: usize) -> bool {
    match char_at(text, e) {
        None => false,
        Some((c, _)) => {
            if matches!(
                c,
                '.' | ',' | ';' | '!' | '?' | ')' | '。' | '、' | '，' | '！' | '？' | '）'
            ) {
                return false;
            }
            if c == ' ' {
                return !matches!(text.as_bytes().get(e + 1), None | Some(b'.' | b','));
            }
            // Hiragana goes on as grammar (です, で), not as a unit.
            !('\u{3040}'..='\u{309F}').contains(&c)
        }
    }
}

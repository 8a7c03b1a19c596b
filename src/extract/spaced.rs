//! Numerals and units written with spaces inside them (`七成 六`, `百 分 之 2`,
//! `2.4 个百分 点`, `120パ ーセ ント`, `7 万 円`).
//!
//! When a space run inside the next few characters separates two characters that can both
//! belong to a CJK figure, the figure is parsed again on a local copy with those spaces
//! removed, and the longer of the two readings wins. Offsets are mapped back to the input.
//! Spaces between two ASCII digits are never removed (`1 234` stays two numbers).

use super::candidate::candidate;
use crate::figure::RawFigure;

/// How far after the numeral's start a space may be to trigger the spaced reading.
const TRIGGER: usize = 48;
/// How many bytes of the input the local copy squeezes.
const WINDOW: usize = 120;
/// Context copied unchanged before the numeral (for prefixes such as `約`, `$`).
const BEFORE: usize = 24;
/// Context copied unchanged after the squeezed part (for suffix qualifiers).
const AFTER: usize = 48;

/// Like [`candidate`], but also tries the reading with inner spaces removed.
pub(crate) fn candidate_spaced(
    text: &str,
    p: usize,
    floor: usize,
    out: &mut Vec<RawFigure>,
) -> usize {
    if !has_squeezable_space(text, p) {
        return candidate(text, p, floor, out);
    }
    let b = text.as_bytes();
    let mut ws = p.saturating_sub(BEFORE).max(floor);
    while !text.is_char_boundary(ws) {
        ws += 1;
    }
    let sq_end = char_floor(text, (p + WINDOW).min(b.len()));
    let we = char_floor(text, (sq_end + AFTER).min(b.len()));
    let mut s = String::with_capacity(we - ws);
    // map[k] = input offset of byte k of the copy.
    let mut map: Vec<usize> = Vec::with_capacity(we - ws + 1);
    s.push_str(&text[ws..p]);
    map.extend(ws..p);
    let mut j = p;
    let mut prev: Option<char> = None;
    while j < we {
        if b[j] == b' ' && j < sq_end {
            let mut k = j;
            while k < we && b[k] == b' ' {
                k += 1;
            }
            if let Some(pc) = prev {
                if squeezable(pc, text, k) {
                    j = k;
                    continue;
                }
            }
        }
        let c = text[j..].chars().next().unwrap();
        s.push(c);
        map.extend(j..j + c.len_utf8());
        j += c.len_utf8();
        prev = Some(c);
    }
    map.push(we);
    let mut plain = Vec::new();
    let next_plain = candidate(text, p, floor, &mut plain);
    let mut sq = Vec::new();
    let next_sq = candidate(&s, p - ws, 0, &mut sq);
    let back = |e: usize| if e == 0 { map[0] } else { map[e - 1] + 1 };
    if let Some(f) = sq.pop() {
        let end = back(f.end);
        if plain.last().is_none_or(|g| end > g.end) {
            out.push(RawFigure {
                start: map[f.start],
                end,
                ..f
            });
            return back(next_sq).max(end).max(p + 1);
        }
    }
    out.extend(plain);
    next_plain
}

fn char_floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether a space run that the spaced reading would remove starts soon after `p`.
fn has_squeezable_space(text: &str, p: usize) -> bool {
    let b = text.as_bytes();
    let lim = (p + TRIGGER).min(b.len());
    let mut j = p + 1;
    while j < lim {
        if b[j] == b' ' && b[j - 1] != b' ' {
            let mut k = j;
            while k < b.len() && b[k] == b' ' {
                k += 1;
            }
            let mut ps = j - 1;
            while !text.is_char_boundary(ps) {
                ps -= 1;
            }
            let pc = text[ps..].chars().next().unwrap();
            if squeezable(pc, text, k) {
                return true;
            }
            j = k;
            continue;
        }
        // Stop at the end of a clause.
        if matches!(b[j], b'\n' | b',' | b';' | b'(' | b')') {
            return false;
        }
        j += 1;
    }
    false
}

/// Whether a kanji numeral starts at `k` (for squeezing `の` / `と` before it).
fn prev_numeral_context(text: &str, k: usize) -> bool {
    text[k..]
        .chars()
        .next()
        .is_some_and(|c| super::numeral::cjk(c).is_some())
}

fn ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || c == '〇'
}

fn katakana(c: char) -> bool {
    ('\u{30A0}'..='\u{30FF}').contains(&c)
}

fn wide_digit(c: char) -> bool {
    ('０'..='９').contains(&c)
}

/// Whether the spaces between `prev` and the text at `k` may be removed.
fn squeezable(prev: char, text: &str, k: usize) -> bool {
    let Some(next) = text[k..].chars().next() else {
        return false;
    };
    let after_k = || {
        let nb = text.as_bytes().get(k + 1).copied();
        nb.is_none_or(|c| c == b' ' || c >= 0x80)
    };
    match prev {
        // 120パ ーセ ント, 个 百 分 点, 一 百 五 十, 七成 六.
        // 五 分の 一, 五 と 四 分の 一: Japanese fractions written spaced.
        '分' if next == 'の' => true,
        'の' | 'と' => ideograph(next) && prev_numeral_context(text, k),
        // 7万 5千 4百, 3 万 4,500, 三百五十 又 3分.
        '万' | '萬' | '億' | '亿' | '千' | '又' if next.is_ascii_digit() => true,
        c if ideograph(c) || katakana(c) || wide_digit(c) => {
            (next == 'と' && super::numeral::cjk(c).is_some())
                || ideograph(next)
                || katakana(next)
                || wide_digit(next)
                || (c == '之' && next.is_ascii_digit())
                || (wide_digit(c) && matches!(next, 'k' | 'K') && after_k())
        }
        // 2.4 个百分点, 7 万 円, 52.5 k パーセント.
        '0'..='9' => {
            matches!(
                next,
                '万' | '萬'
                    | '億'
                    | '亿'
                    | '兆'
                    | '千'
                    | '百'
                    | '个'
                    | '個'
                    | 'パ'
                    | '円'
                    | '元'
                    | 'ド'
                    | '％'
            ) || (matches!(next, 'k' | 'K') && after_k())
        }
        'k' | 'K' => katakana(next) || ideograph(next),
        _ => false,
    }
}

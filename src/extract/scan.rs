//! Candidate scanning: the forward pass over the text that stops where a numeral can
//! start, and the few figures read whole at the scan (half-price discounts, `FY2025`).

use super::candidate::candidate;
use super::numeral::{cjk, Cjk};
use super::{english, exclude, kana, numeral, spaced, units};
use crate::figure::{Kind, RawFigure};
use rust_decimal::Decimal;

/// Every figure in `text`, in order of position, with byte offsets relative to `text`.
pub fn extract(text: &str) -> Vec<RawFigure> {
    if let Some(v) = kana::whole_hiragana(text) {
        return v;
    }
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    let bitmap: &[u64; 1024] = &BITMAP;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c.is_ascii_digit() {
                let next = spaced::candidate_spaced(text, i, floor, &mut out);
                floor = next;
                i = next.max(i + 1);
            } else if c.is_ascii_alphabetic() {
                if !units::word_start(b, i) {
                    i += 1;
                    continue;
                }
                if let Some(e) = exclude::url_end(text, i) {
                    i = e;
                    floor = e;
                    continue;
                }
                let we = numeral::ascii_word(b, i);
                let te = exclude::token_end(b, i);
                let number_word = english::is_english_number_word(&text[i..we]);
                if te > we && !(number_word && b[we] == b'-') {
                    // Letters glued to digits: a name (R1, H100, GPT-4o) or FY2025,
                    // or a currency code (USD115).
                    // 「CAGR46%」: a rate's acronym glued to its percentage.
                    if units::glued_rate(text, i, we) {
                        let next = candidate(text, we, we, &mut out);
                        floor = next;
                        i = next.max(we + 1);
                        continue;
                    }
                    if units::glued_code(text, i, we) {
                        let next = candidate(text, we, i, &mut out);
                        floor = next;
                        i = next.max(we + 1);
                        continue;
                    }
                    if let Some(f) = fiscal_year(text, i, te) {
                        out.push(f);
                    }
                    i = te;
                    floor = te;
                } else if number_word || ((c == b'a' || c == b'A') && we == i + 1) {
                    let next = spaced::candidate_spaced(text, i, floor, &mut out);
                    floor = next;
                    i = next.max(we);
                } else {
                    i = we;
                }
            } else if c == b'.'
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.'))
            {
                // .5, -.5: a decimal without its leading zero.
                let next = candidate(text, i, floor, &mut out);
                floor = next;
                i = next.max(i + 1);
            } else {
                i += 1;
            }
            continue;
        }
        // Multi-byte: decode 3-byte sequences by hand and test a bitmap of the code points
        // that can start a numeral (CJK numerals, full-width digits).
        let len = match c {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        // ¼ ½ ¾ (U+00BC–U+00BE): fractions in one character (⅐ … ⅞ are in the bitmap).
        if len == 2 && c == 0xC2 && matches!(b.get(i + 1), Some(0xBC..=0xBE)) {
            let next = candidate(text, i, floor, &mut out);
            floor = next;
            i = next.max(i + len);
            continue;
        }
        if len == 3 && i + 2 < b.len() {
            // A run of three-byte characters (most of CJK prose) is crossed in a tight loop:
            // one load and one bit test per character, the row of the bitmap chosen by the
            // first two bytes and the bit by the third.
            let run = b[i..]
                .chunks_exact(3)
                .take_while(|ch| {
                    let row = ((ch[0] as usize & 0x0F) << 6) | (ch[1] as usize & 0x3F);
                    ch[0] & 0xF0 == 0xE0 && bitmap[row] & (1u64 << (ch[2] & 0x3F)) == 0
                })
                .count();
            i += 3 * run;
            let Some(&[c, c1, c2]) = b.get(i..i + 3) else {
                continue;
            };
            if c & 0xF0 != 0xE0 {
                continue;
            }
            let cp = ((c as u32 & 0x0F) << 12) | ((c1 as u32 & 0x3F) << 6) | (c2 as u32 & 0x3F);
            if matches!(cp, 0x534A | 0x5BF9 | 0x5C0D) {
                // 半折 / 对折 (50%), 半成 (5%).
                if let Some(f) = half_discount(text, i) {
                    i = f.end;
                    floor = f.end;
                    out.push(f);
                    continue;
                }
            }
            let fen = (cp == 0x4E07 || cp == 0x842C)
                && (text[i + 3..].starts_with("分之")
                    || text[i + 3..].starts_with("万分之")
                    || text[i + 3..].starts_with("萬分之"));
            if fen || starts(cp) {
                let next = spaced::candidate_spaced(text, i, floor, &mut out);
                floor = next;
                i = next.max(i + 3);
                continue;
            }
        }
        i += len;
    }
    out
}

/// Whether the three-byte character `cp` can start a numeral: CJK digits and 十百千 (not
/// 万億兆, which need a digit first), full-width digits and the vulgar fractions ⅐ … ⅞.
pub(super) fn starts(cp: u32) -> bool {
    char::from_u32(cp).is_some_and(|c| {
        matches!(cjk(c), Some(Cjk::Digit(_) | Cjk::Small(_)))
            || ('０'..='９').contains(&c)
            || ('⅐'..='⅞').contains(&c)
    })
}

/// Bitmap over the BMP of the three-byte characters [`extract`] stops at: those that
/// [`starts`] a numeral, and 半/对/對 (half-price discounts) and 万/萬 (万分之).
static BITMAP: std::sync::LazyLock<[u64; 1024]> = std::sync::LazyLock::new(|| {
    let mut m = [0u64; 1024];
    for cp in 0x800u32..0x10000 {
        if starts(cp) || matches!(cp, 0x534A | 0x5BF9 | 0x5C0D | 0x4E07 | 0x842C) {
            m[(cp >> 6) as usize & 1023] |= 1u64 << (cp & 63);
        }
    }
    m
});

/// `半折` / `对折` / `對折` (a half-price discount, 50%) and `半成` (5%) at `i`.
pub(super) fn half_discount(text: &str, i: usize) -> Option<RawFigure> {
    let rest = &text[i..];
    let dui = (rest.starts_with("对折") || rest.starts_with("對折")) && text[..i].ends_with('打');
    let (v, len) = if rest.starts_with("半折") || dui {
        (50, 6)
    } else if rest.starts_with("半成") && !rest[6..].starts_with(['品', '年']) {
        (5, 6)
    } else {
        // 半ダース, 半打 (six), 半百 (fifty): bare numbers.
        let (v, len) = if rest.starts_with("半ダース") {
            (6, "半ダース".len())
        } else if rest.starts_with("半打") && !units::da_verb(text, i + 6) {
            (6, 6)
        } else if rest.starts_with("半百") {
            (50, 6)
        } else {
            return None;
        };
        return Some(RawFigure {
            start: i,
            end: i + len,
            value: Decimal::from(v),
            kind: Kind::Number,
            unit: String::new(),
            approx: false,
            bound: None,
            range: None,
            precision: Decimal::ONE,
        });
    };
    Some(RawFigure {
        start: i,
        end: i + len,
        value: Decimal::from(v),
        kind: Kind::Percent,
        unit: "%".into(),
        approx: false,
        bound: None,
        range: None,
        precision: Decimal::from(v / 5),
    })
}

/// `FY2025` / `FY25` as a fiscal-year figure.
pub(super) fn fiscal_year(text: &str, s: usize, e: usize) -> Option<RawFigure> {
    let t = &text[s..e];
    if t.len() < 4 || !t[..2].eq_ignore_ascii_case("FY") {
        return None;
    }
    let digits = &t[2..];
    if !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let y: i64 = match digits.len() {
        4 => digits.parse().ok()?,
        2 => 2000 + digits.parse::<i64>().ok()?,
        _ => return None,
    };
    Some(RawFigure {
        start: s,
        end: e,
        value: Decimal::from(y),
        kind: Kind::Year,
        unit: "FY".into(),
        approx: false,
        bound: None,
        range: None,
        precision: Decimal::ONE,
    })
}

//! The quantity parsed forward from a numeral: numeral, scale, unit and trailing
//! qualifiers.

use super::notation::digit_notation;
use super::numeral::{
    self, ascii_word, char_at, cjk, digit_at, dot_at, parse_numeral, pow10, vulgar_fraction, Cjk,
    Numeral,
};
use super::qualifiers;
use super::quantity::{Parsed, Qty, Written};
use super::unit_effect::apply_unit;
use super::units::{self, Unit};
use super::{chinese_context, english, exclude, is_pow10, skip_end, skip_space};
use crate::figure::{Bound, Kind};
use rust_decimal::Decimal;
use std::ops::ControlFlow;

/// How the forward parse goes on after one step: `Continue` with what the step found, or
/// `Break` with the parse's result (a finished quantity, or a skip).
type Flow<T> = ControlFlow<Parsed, T>;

/// `value`, or the end of the parse when a computation overflowed: a number too large to
/// hold (starting at `p`) is no figure.
fn held<T>(value: Option<T>, text: &str, p: usize) -> Flow<T> {
    match value {
        Some(v) => ControlFlow::Continue(v),
        None => ControlFlow::Break(Parsed::Skip(skip_end(text, p).max(p + 1))),
    }
}

/// Parse numeral, scale, unit and trailing qualifiers at `p`. A value too large to hold is
/// no figure.
pub(super) fn parse_qty(text: &str, p: usize, money_prefix: Option<&'static str>) -> Parsed {
    match parse_qty_steps(text, p, money_prefix) {
        ControlFlow::Continue(qty) => Parsed::Qty(qty),
        ControlFlow::Break(parsed) => parsed,
    }
}

/// The steps of [`parse_qty`] in order; each may end the parse early.
fn parse_qty_steps(text: &str, p: usize, money_prefix: Option<&'static str>) -> Flow<Qty> {
    percent_written_first(text, p)?;
    positional_discount(text, p)?;
    let (mut qty, mut e, numeral) = read_numeral(text, p, money_prefix)?;
    if let Some(numeral) = numeral.as_ref().filter(|n| n.has_digits) {
        let digits = Digits {
            text,
            p,
            numeral,
            money_prefix,
        };
        e = after_digits(&digits, &mut qty, e)?;
    }
    let (more, e) = vague_more(text, p, &mut qty, e)?;
    mixed_fraction(text, p, &mut qty, e)?;
    cjk_fraction(text, p, &mut qty, e)?;
    let e = read_unit(text, p, &mut qty, e, numeral.as_ref(), money_prefix)?;
    if more {
        qty.quals.bound = Some(Bound::Gt);
    }
    qty.end = suffix_quals(text, e, &mut qty);
    ControlFlow::Continue(qty)
}

/// A finished quantity: the parse ends with it.
fn done<T>(qty: Qty) -> Flow<T> {
    ControlFlow::Break(Parsed::Qty(qty))
}

/// Not a figure: the parse ends, and scanning resumes at `end`.
fn skip<T>(end: usize) -> Flow<T> {
    ControlFlow::Break(Parsed::Skip(end))
}

/// 百分之二十 / 千分之五: a percentage written before its number; 万分之三 (0.03%),
/// 万万分之七: per ten-thousand.
fn percent_written_first(text: &str, p: usize) -> Flow<()> {
    let b = text.as_bytes();
    for (pre, e) in [
        ("百分之", 0),
        ("佰分之", 0),
        ("万分之", 2),
        ("萬分之", 2),
        ("万万分之", 6),
        ("萬萬分之", 6),
    ] {
        if text[p..].starts_with(pre) {
            let s = p + pre.len();
            let Some(mut n) = parse_numeral(text, s) else {
                return skip(s);
            };
            let d = pow10(e);
            let (mut v, mut pr, mut end) = (n.value, n.precision, n.end);
            // 百分之15k: a glued thousands suffix.
            if n.has_digits {
                if let Some((c, l)) = char_at(text, end) {
                    let next_alpha = b.get(end + l).is_some_and(|c| c.is_ascii_alphanumeric());
                    if matches!(c, 'k' | 'K' | 'Ｋ') && !next_alpha {
                        v = held(v.checked_mul(Decimal::ONE_THOUSAND), text, p)?;
                        pr = held(pr.checked_mul(Decimal::ONE_THOUSAND), text, p)?;
                        end += l;
                    }
                }
            }
            n.end = end;
            v /= d;
            pr /= d;
            let mut qty = base_qty(&n, v, pr);
            qty.set_unit(Kind::Percent, "%");
            if e == 0 {
                qty.precision = qty.precision.min(Decimal::ONE);
            }
            qty.written.kanji_only = false;
            qty.end = suffix_quals(text, n.end, &mut qty);
            return done(qty);
        }
    }
    ControlFlow::Continue(())
}

/// 五五折, 三八折: two kanji digits before 折 read positionally (55%, 38%).
fn positional_discount(text: &str, p: usize) -> Flow<()> {
    let b = text.as_bytes();
    if let (Some((c1, l1)), true) = (char_at(text, p), b.len() >= p + 9) {
        if let (Some(Cjk::Digit(d1)), Some((c2, l2))) = (cjk(c1), char_at(text, p + l1)) {
            if let Some(Cjk::Digit(d2)) = cjk(c2) {
                let e = p + l1 + l2;
                if d1 > 0 && text[e..].starts_with('折') && !units::zhe_verb(text, e + 3) {
                    let n = Numeral {
                        value: Decimal::from(d1 * 10 + d2),
                        precision: Decimal::ONE,
                        end: e + 3,
                        kanji_chars: 2,
                        has_digits: false,
                        big_scale: false,
                        ends_with_multiplier: false,
                        plain_int_digits: None,
                        leading_zero: false,
                        abbrev: None,
                    };
                    let mut qty = base_qty(&n, n.value, n.precision);
                    qty.set_unit(Kind::Percent, "%");
                    qty.end = suffix_quals(text, n.end, &mut qty);
                    return done(qty);
                }
            }
        }
    }
    ControlFlow::Continue(())
}

/// The numeral at `p`, in English words or in digits and CJK numerals: the quantity so far,
/// its end and (unless English) the parsed numeral.
fn read_numeral(
    text: &str,
    p: usize,
    money_prefix: Option<&'static str>,
) -> Flow<(Qty, usize, Option<Numeral>)> {
    let b = text.as_bytes();
    if b[p].is_ascii_alphabetic() {
        let (v, pr, end) = match english::parse(text, p) {
            Some(english::En::Number(v, pr, end)) => (v, pr, end),
            // twenty-first, one hundred fifth: ordinals are not figures.
            Some(english::En::Ordinal(end)) => return skip(end),
            None => return skip(ascii_word(b, p)),
        };
        // one over three, two out of five, one in twenty
        if money_prefix.is_none() {
            if let Some((r, re)) = english::ratio_tail(text, v, end) {
                return done(fraction_qty(text, r, re, true));
            }
        }
        // the one you mentioned, that one, no one: a pronoun.
        if english::pronoun_one(text, p, end) && units::en_unit(text, skip_space(b, end)).is_none()
        {
            return skip(end);
        }
        let mut qty = Qty {
            written: Written {
                english: true,
                ..Written::default()
            },
            ..Qty::number(end, v, pr)
        };
        if v >= Decimal::from(1000) {
            qty.has_scale = true;
        }
        return ControlFlow::Continue((qty, end, None));
    }
    // ½, ⅔: a fraction in one character.
    if let Some((v, ve)) = vulgar_fraction(text, p) {
        return done(fraction_qty(text, v, ve, false));
    }
    let Some(numeral) = parse_numeral(text, p) else {
        return skip(skip_end(text, p));
    };
    let mut qty = base_qty(&numeral, numeral.value, numeral.precision);
    // 两千四百五 = 2450 in Chinese (Japanese 百五 is 105).
    if let Some((v, pr)) = numeral.abbrev {
        if chinese_context(text, p, numeral.end) {
            qty.value = v;
            qty.precision = pr;
        }
    }
    let e = numeral.end;
    if numeral.big_scale {
        qty.has_scale = true;
        qty.scale_e = big_scale_exp(&numeral);
    }
    ControlFlow::Continue((qty, e, Some(numeral)))
}

/// A numeral written with digits, read at `p` of `text`, with the currency symbol or code
/// before it, if any.
#[derive(Clone, Copy)]
struct Digits<'a> {
    text: &'a str,
    p: usize,
    numeral: &'a Numeral,
    money_prefix: Option<&'static str>,
}

impl<'a> Digits<'a> {
    /// Text, start, numeral and currency prefix.
    fn parts(&self) -> (&'a str, usize, &'a Numeral, Option<&'static str>) {
        (self.text, self.p, self.numeral, self.money_prefix)
    }
}

/// What may follow a numeral written with digits, which ends at `e`: a notation, a date,
/// time or version that makes it no figure, a vulgar fraction, a ratio, an English scale,
/// glued letters. Returns the new end.
fn after_digits(digits: &Digits<'_>, qty: &mut Qty, mut e: usize) -> Flow<usize> {
    let (text, p, numeral, money_prefix) = digits.parts();
    let b = text.as_bytes();
    if let Some((v, pr, e2)) = digit_notation(text, p, numeral) {
        qty.value = v;
        qty.precision = pr;
        qty.written.plain_digits = None;
        qty.end = e2;
        qty.end = suffix_quals(text, e2, qty);
        return done(qty.clone());
    }
    if let Some(end) = date_time_or_version(text, e, numeral) {
        return skip(end);
    }
    // 2½
    if matches!(b.get(e), Some(0xC2 | 0xE2))
        && numeral.plain_int_digits.is_some()
        && !numeral.leading_zero
    {
        if let Some((f, fe)) = vulgar_fraction(text, e) {
            qty.value += f;
            qty.precision = Decimal::new(1, 6);
            qty.written.plain_digits = None;
            e = fe;
        }
    }
    // 1 over 3, 2000 over 3, 2 out of 5 (not "in 2019 over 3").
    if numeral.plain_int_digits.is_some() && !numeral.leading_zero && money_prefix.is_none() {
        if let Some((r, re)) = english::ratio_tail(text, numeral.value, e) {
            if !(numeral.plain_int_digits == Some(4) && bare_year(text, p, e, qty)) {
                return done(fraction_qty(text, r, re, false));
            }
        }
    }
    if !numeral.big_scale && !numeral.ends_with_multiplier {
        e = english_scale(digits, qty, e)?;
    }
    if b.get(e).is_some_and(|c| c.is_ascii_alphabetic()) {
        // Glued letters: only units are allowed (5GW, 10x, 115.5USD); 3rd, 5G, 4K are not figures.
        match units::en_unit(text, e) {
            Some((Unit::Skip, _)) | None => return skip(exclude::token_end(b, e)),
            _ => {}
        }
    }
    ControlFlow::Continue(e)
}

/// A version, date, phone number or clock time that the digits ending at `e` begin
/// (`1.2.3`, `2025-06-01`, `03-1234-5678`, `10:30`, `6/1`), or `数` after them: where to
/// resume past it.
fn date_time_or_version(text: &str, e: usize, numeral: &Numeral) -> Option<usize> {
    let b = text.as_bytes();
    if let Some(dl) = dot_at(b, e) {
        if digit_at(b, e + dl).is_some() {
            // 1.2.3, 192.168.1.2
            return Some(exclude::token_end(b, e));
        }
    }
    if b.get(e) == Some(&b'-') && digit_at(b, e + 1).is_some() {
        // 2025-06-01, 03-1234-5678: dates and phone numbers.
        let mut k = e;
        let mut groups = 1;
        let mut zero = false;
        while b.get(k) == Some(&b'-') && b.get(k + 1).is_some_and(|c| c.is_ascii_digit()) {
            zero |= b[k + 1] == b'0';
            k += 1;
            while k < b.len() && b[k].is_ascii_digit() {
                k += 1;
            }
            groups += 1;
        }
        if groups >= 3 || (zero && numeral.plain_int_digits == Some(4)) {
            return Some(k);
        }
    }
    if matches!(b.get(e), Some(b':') | Some(b'/')) && digit_at(b, e + 1).is_some() {
        let mut k = e;
        while k < b.len() && (b[k].is_ascii_digit() || b[k] == b':' || b[k] == b'/') {
            k += 1;
        }
        return Some(k);
    }
    if let Some((c, _)) = char_at(text, e) {
        if c == '数' {
            return Some(e);
        }
    }
    None
}

/// An English scale (million, bn, k) after the digits ending at `e`, with what may follow
/// it (`4 thousand 3 hundred and 21`, `3 million and a half`). Returns the new end.
fn english_scale(digits: &Digits<'_>, qty: &mut Qty, mut e: usize) -> Flow<usize> {
    let (text, p, numeral, money_prefix) = digits.parts();
    let b = text.as_bytes();
    let Some((se, send, glued)) = units::en_scale(text, e, money_prefix.is_some()) else {
        return ControlFlow::Continue(e);
    };
    let money_after = units::en_unit(text, skip_space(b, send))
        .is_some_and(|(u, _)| matches!(u, Unit::Money(_) | Unit::MoneyExp(..)))
        || units::cjk_unit(text, send)
            .is_some_and(|(u, _)| matches!(u, Unit::Money(_) | Unit::MoneyExp(..)));
    // 10M, 1.5M, 1.2b: a glued capital M needs a decimal or two digits (3M is
    // a company), a glued b or B a decimal (70B, 405B name model sizes); a
    // glued m is metres. Not after a version number either (Gemma 3 270M).
    let (scale_at, suffix) = (e, &text[e..send]);
    let decimal = numeral.precision < Decimal::ONE;
    let two_digits = decimal || numeral.plain_int_digits.is_some_and(|d| d >= 2);
    let letter = ((suffix == "M" && two_digits)
        || (suffix.eq_ignore_ascii_case("b") && decimal)
        || suffix.eq_ignore_ascii_case("mil"))
        && !after_version(b, p);
    let ok = !glued || money_prefix.is_some() || money_after || se == 3 || letter;
    if !ok {
        return ControlFlow::Continue(e);
    }
    let m = pow10(se);
    qty.value = held(qty.value.checked_mul(m), text, p)?;
    qty.precision = held(numeral.precision.checked_mul(m), text, p)?;
    qty.has_scale = true;
    qty.scale_e = se;
    qty.written.plain_digits = None;
    e = send;
    if english::spelled_scale(text, scale_at).is_some() && qty.value.fract().is_zero() {
        // 4 thousand 3 hundred and 21, 6 crore and two hundred
        if let Some((add, pr, ce)) = english::scale_chain(text, e, se) {
            qty.value += add;
            qty.precision = pr;
            e = ce;
        }
    }
    // 3 million and a half
    if se >= 3 {
        if let Some((f, fe)) = english::and_a_fraction(text, e) {
            let f_scaled = held(f.checked_mul(m), text, p)?;
            qty.value = held(qty.value.checked_add(f_scaled), text, p)?;
            qty.precision = Decimal::new(1, 6);
            e = fe;
        }
    }
    ControlFlow::Continue(e)
}

/// Chinese/Japanese "more than" between numeral and unit (100多家, 3000余亿), or "some"
/// before a scale (十多万, 500余万, 二十几万). Returns whether it said "more than", and the
/// new end.
fn vague_more(text: &str, p: usize, qty: &mut Qty, mut e: usize) -> Flow<(bool, usize)> {
    let mut more = false;
    if let Some((c, l)) = char_at(text, e) {
        let vague = matches!(c, '多' | '余' | '几' | '幾');
        // 十多万, 500余万, 二十几万: "more than" / "some" before a scale.
        let scale = char_at(text, e + l).and_then(|(c2, l2)| match cjk(c2) {
            Some(Cjk::Big(se)) if !qty.has_scale || se > qty.scale_e as u32 => Some((se, l2)),
            _ => None,
        });
        if let (true, Some((se, l2))) = (vague && qty.value.fract().is_zero(), scale) {
            let m = pow10(se as i32);
            qty.value = held(qty.value.checked_mul(m), text, p)?;
            qty.precision = held(qty.precision.checked_mul(m), text, p)?;
            qty.has_scale = true;
            qty.scale_e = se as i32;
            qty.written.kanji_chars += 1;
            qty.written.plain_digits = None;
            if c == '几' || c == '幾' {
                qty.quals.approx = true;
            } else {
                more = true;
            }
            e += l + l2;
        } else if (c == '多' || c == '余') && units::cjk_unit(text, e + l).is_some() {
            more = true;
            e += l;
        }
    }
    ControlFlow::Continue((more, e))
}

/// Mixed fractions after the numeral ending at `e`: 2と4分の1, 三百五十又三分之一,
/// 3又一千分之23; and 三百と二ダース, a number and some dozens.
fn mixed_fraction(text: &str, p: usize, qty: &mut Qty, e: usize) -> Flow<()> {
    for conj in ["と", "又"] {
        let Some(s) = text[e..].strip_prefix(conj).map(|r| text.len() - r.len()) else {
            continue;
        };
        let Some(n1) = parse_numeral(text, s) else {
            continue;
        };
        // 三百と二ダース: a number and some dozens.
        if conj == "と" && text[n1.end..].starts_with("ダース") && qty.value.fract().is_zero() {
            let dozens = held(n1.value.checked_mul(Decimal::from(12)), text, p)?;
            qty.value = held(qty.value.checked_add(dozens), text, p)?;
            qty.precision = Decimal::ONE;
            qty.written.kanji_only = false;
            qty.written.plain_digits = None;
            qty.has_unit = true;
            qty.end = n1.end + "ダース".len();
            return done(qty.clone());
        }
        for sep in ["分の", "分之"] {
            if !text[n1.end..].starts_with(sep) || n1.value.is_zero() {
                continue;
            }
            let Some(n2) = parse_numeral(text, n1.end + sep.len()) else {
                continue;
            };
            if qty.value.fract().is_zero() && n1.value.fract().is_zero() {
                qty.value += n2.value / n1.value;
                qty.precision = Decimal::new(1, 6);
                qty.kind = Kind::Number;
                qty.unit = "";
                qty.has_unit = true;
                qty.written.kanji_only = false;
                qty.has_scale = false;
                qty.written.plain_digits = None;
                qty.end = suffix_quals(text, n2.end, qty);
                return done(qty.clone());
            }
        }
    }
    ControlFlow::Continue(())
}

/// Fractions with the denominator first, after the numeral ending at `e`: 3分の1, 三分之一,
/// 百万万分之七 (the numeral, then 万 more); per-mille and friends as percentages.
fn cjk_fraction(text: &str, p: usize, qty: &mut Qty, mut e: usize) -> Flow<()> {
    let mut den_mult = Decimal::ONE;
    if (text[e..].starts_with('万') || text[e..].starts_with('萬'))
        && text[e + 3..].starts_with("分之")
    {
        den_mult = pow10(4);
        e += 3;
    }
    for sep in ["分の", "分之"] {
        if text[e..].starts_with(sep) {
            let mut s = e + sep.len();
            // 负3分之负一百五十七: a signed numerator.
            let mut neg = false;
            for sign in ["负", "負", "マイナス"] {
                if text[s..].starts_with(sign) {
                    s += sign.len();
                    neg = true;
                }
            }
            if let Some(n2) = parse_numeral(text, s) {
                if !qty.value.is_zero() {
                    let den = held(qty.value.checked_mul(den_mult), text, p)?;
                    qty.value = held(n2.value.checked_div(den), text, p)?;
                    if neg {
                        qty.value = -qty.value;
                    }
                    // 一百分之二 (an explicit 一): a fraction, not a percentage.
                    let explicit = char_at(text, p)
                        .is_some_and(|(c, _)| matches!(cjk(c), Some(Cjk::Digit(_))));
                    qty.precision = Decimal::new(1, 6);
                    qty.kind = Kind::Number;
                    qty.unit = "";
                    if sep == "分之" && den >= Decimal::ONE_HUNDRED && is_pow10(den) && !explicit
                    {
                        // 千分之五, 百万分之五: per-mille and friends, as percentages.
                        qty.value = held(qty.value.checked_mul(Decimal::ONE_HUNDRED), text, p)?;
                        let hundredfold =
                            held(n2.precision.checked_mul(Decimal::ONE_HUNDRED), text, p)?;
                        qty.precision = held(hundredfold.checked_div(den), text, p)?;
                        qty.kind = Kind::Percent;
                        qty.unit = "%";
                    }
                    qty.has_unit = true;
                    qty.written.kanji_only = false;
                    qty.has_scale = false;
                    qty.end = suffix_quals(text, n2.end, qty);
                    return done(qty.clone());
                }
            }
            return skip(s);
        }
    }
    ControlFlow::Continue(())
}

/// The unit after the quantity ending at `e`, applied to it: returns the new end (`e` when
/// there is no unit, or one that does not apply here).
fn read_unit(
    text: &str,
    p: usize,
    qty: &mut Qty,
    e: usize,
    numeral: Option<&Numeral>,
    money_prefix: Option<&'static str>,
) -> Flow<usize> {
    let b = text.as_bytes();
    let spaced = b.get(e) == Some(&b' ');
    let ue = unit_start(text, e);
    let unit = units::cjk_unit(text, ue)
        .or_else(|| units::en_unit(text, ue))
        .filter(|(u, _)| !(spaced && *u == Unit::Skip));
    let Some((u, uend)) = unit else {
        return ControlFlow::Continue(e);
    };
    // "成" only as a Chinese tenth (七成), not 成長/成功 …
    let cheng_ok = u != Unit::Cheng || char_at(text, uend).is_none_or(|(c, _)| !cheng_word(c));
    // A space before a CJK unit is only allowed for a few of them.
    let space_ok = !spaced
        || b[ue].is_ascii_alphabetic()
        || matches!(
            u,
            Unit::Percent
                | Unit::PercentPoint
                | Unit::Wari
                | Unit::Cheng
                | Unit::Money(_)
                | Unit::MoneyExp(..)
                | Unit::PerMille
                | Unit::Zhe
        );
    // "$ 20 $ 37": after a prefix, a symbol before a number starts the next amount.
    let next_amount = money_prefix.is_some()
        && (text[..uend].ends_with('$') || text[..uend].ends_with('€'))
        && digit_at(b, skip_space(b, uend)).is_some();
    if cheng_ok && space_ok && !next_amount {
        return match apply_unit(text, p, u, uend, qty, numeral) {
            Some(end) => ControlFlow::Continue(end),
            None => skip(uend),
        };
    }
    ControlFlow::Continue(e)
}

/// Where a unit after the quantity ending at `e` may start: past one space (several before
/// a percentage unit), or past a hyphen before a money word (`12-cent`, `one-yen`).
fn unit_start(text: &str, e: usize) -> usize {
    let b = text.as_bytes();
    let mut ue = e;
    if b.get(e) == Some(&b' ') {
        ue += 1;
        // Several spaces only before a percentage unit (一百五十    个百分点).
        let mut k = ue;
        while b.get(k) == Some(&b' ') {
            k += 1;
        }
        if k > ue
            && units::cjk_unit(text, k)
                .is_some_and(|(u, _)| matches!(u, Unit::Percent | Unit::PercentPoint))
        {
            ue = k;
        }
    }
    // 12-cent, one-yen: a hyphen before a money word.
    if b.get(e) == Some(&b'-')
        && units::en_unit(text, e + 1)
            .is_some_and(|(u, _)| matches!(u, Unit::Money(_) | Unit::MoneyExp(..)))
    {
        ue = e + 1;
    }
    ue
}

/// Whether `c` after 成 makes a word (成長, 成功, 成立 …) rather than a Chinese tenth.
fn cheng_word(c: char) -> bool {
    matches!(
        c,
        '長' | '长'
            | '功'
            | '立'
            | '果'
            | '績'
            | '绩'
            | '熟'
            | '分'
            | '員'
            | '员'
            | '本'
            | '为'
            | '為'
            | '人'
            | '年'
            | '形'
            | '就'
            | '型'
            | '約'
            | '约'
            | '交'
            | 'し'
            | 'す'
            | 'さ'
            | 'り'
            | 'る'
    )
}

/// Whether the numeral at `p` follows a version number and a space (`Llama 3 70B`).
fn after_version(b: &[u8], p: usize) -> bool {
    if p < 2 || b[p - 1] != b' ' || !b[p - 2].is_ascii_digit() {
        return false;
    }
    let mut s = p - 1;
    while s > 0 && (b[s - 1].is_ascii_digit() || b[s - 1] == b'.') {
        s -= 1;
    }
    s == 0 || b[s - 1] == b' ' || b[s - 1].is_ascii_alphabetic()
}

/// A bare fraction (`one over three`, `½`) ending at `end`, with its trailing qualifiers.
fn fraction_qty(text: &str, value: Decimal, end: usize, english: bool) -> Qty {
    let mut qty = Qty {
        has_unit: true,
        written: Written {
            english,
            ..Written::default()
        },
        ..Qty::number(end, value, Decimal::new(1, 6))
    };
    qty.end = suffix_quals(text, end, &mut qty);
    qty
}

/// A plain number from parsed numeral `n`, with how it was written.
fn base_qty(n: &Numeral, value: Decimal, precision: Decimal) -> Qty {
    Qty {
        written: Written::of(n),
        ..Qty::number(n.end, value, precision)
    }
}

/// The power of ten of the largest CJK scale in a numeral's value (for range inheritance).
fn big_scale_exp(n: &Numeral) -> i32 {
    // precision is a power of ten times the scale; the value's magnitude tells the scale.
    let v = n.value.abs();
    for e in [12, 8, 4] {
        if v >= pow10(e) {
            return e;
        }
    }
    0
}

/// Qualifiers after the unit (以上, 近く, or more). Returns the new end.
pub(super) fn suffix_quals(text: &str, mut e: usize, qty: &mut Qty) -> usize {
    for _ in 0..2 {
        match qualifiers::suffix_qualifier(text, e) {
            Some((qualifier, qe)) => {
                qty.quals.add(qualifier);
                e = qe;
            }
            None => break,
        }
    }
    if qty.quals.bound.is_none() {
        if let Some((q, pe)) = qualifiers::trailing_plus(text, e) {
            qty.quals.add(q);
            e = pe;
        } else if let Some(q) = qualifiers::bound_past_bracket(text, e) {
            // The figure's text stays its own; the bound is read past the brackets.
            qty.quals.add(q);
        }
    }
    e
}

/// Whether a bare 4-digit number at `p..end` reads as a year.
pub(super) fn bare_year(text: &str, p: usize, end: usize, qty: &Qty) -> bool {
    let v = qty.value;
    if v < Decimal::from(1900) || v > Decimal::from(2100) {
        return false;
    }
    // Glued to CJK text: 2025世界人工知能大会.
    if let Some((c, _)) = char_at(text, end) {
        if (c as u32) >= 0x3000 && !matches!(c, '、' | '。' | '，' | '）' | '」' | '・') {
            return true;
        }
    }
    let b = text.as_bytes();
    let mut j = p;
    while j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    if j < p {
        let ws = numeral::word_before(b, j);
        let w = &text[ws..j];
        const YEAR_WORDS: &[&str] = &[
            "in", "by", "since", "from", "until", "till", "through", "of", "during", "early",
            "late", "mid", "before", "after", "fiscal", "year", "between", "and", "to",
        ];
        if numeral::word_in(w, YEAR_WORDS) || numeral::word_in(w, exclude::MONTHS) {
            return true;
        }
    }
    false
}

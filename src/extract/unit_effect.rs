//! What a unit does to the quantity before it (a percentage, an amount of money, a year,
//! or no figure at all).

use super::chinese_context;
use super::numeral::{char_at, parse_numeral, pow10, Numeral};
use super::quantity::Qty;
use super::units::{self, Unit};
use crate::figure::Kind;
use rust_decimal::Decimal;

/// Apply unit `u` (which ends at `uend`) to `qty`. Returns the new end, or `None` when the
/// unit makes the number a non-figure (a rank, a month, a clock time).
pub(super) fn apply_unit(
    text: &str,
    p: usize,
    u: Unit,
    uend: usize,
    qty: &mut Qty,
    n: Option<&Numeral>,
) -> Option<usize> {
    match u {
        Unit::Percent => {
            // %E5%B0: URL encoding, not a percentage.
            let nb = text.as_bytes();
            if nb.get(uend).is_some_and(|c| c.is_ascii_hexdigit())
                && nb.get(uend + 1).is_some_and(|c| c.is_ascii_hexdigit())
                && text[..uend].ends_with('%')
            {
                return None;
            }
            // Percentages are read to the unit: 100% → 1, not 100.
            qty.precision = qty.precision.min(Decimal::ONE);
            qty.set_unit(Kind::Percent, "%")
        }
        Unit::PercentPoint => {
            qty.precision = qty.precision.min(Decimal::ONE);
            qty.set_unit(Kind::PercentPoint, "pp")
        }
        Unit::BasisPoints => {
            qty.value /= Decimal::ONE_HUNDRED;
            qty.precision /= Decimal::ONE_HUNDRED;
            qty.set_unit(Kind::PercentPoint, "pp");
        }
        Unit::PerMille => {
            qty.value /= Decimal::TEN;
            qty.precision /= Decimal::TEN;
            qty.set_unit(Kind::Percent, "%");
        }
        Unit::Money(code) | Unit::MoneyExp(code, _) => return money(text, u, code, uend, qty),
        Unit::Count(c) => qty.set_unit(Kind::Count, c),
        Unit::Dozen => {
            // 打 is a dozen in Chinese only (Japanese 一打 is a stroke, 打席 an at-bat).
            if text[..uend].ends_with('打')
                && (units::da_verb(text, uend) || !chinese_context(text, p, uend))
            {
                return None;
            }
            qty.value = qty.value.checked_mul(Decimal::from(12))?;
            qty.precision = qty.precision.checked_mul(Decimal::from(12))?;
            qty.set_unit(Kind::Number, "");
        }
        Unit::Num(c) => qty.set_unit(Kind::Number, c),
        Unit::Wari | Unit::Cheng => return tenths(text, u, uend, qty),
        Unit::Zhe => {
            // 8折 (80%), 75折 (75%), 9.9折 (99%); not Japanese 折り/折れ.
            if qty.has_scale || units::zhe_verb(text, uend) || qty.value == Decimal::TEN {
                return None;
            }
            if qty.value < Decimal::TEN {
                qty.value = qty.value.checked_mul(Decimal::TEN)?;
                qty.precision = qty.precision.checked_mul(Decimal::TEN)?;
            } else if qty.value >= Decimal::ONE_HUNDRED {
                return None;
            }
            qty.set_unit(Kind::Percent, "%");
        }
        Unit::Nen | Unit::Nendo => return year(text, u, uend, qty, n),
        Unit::Month => return None,
        Unit::Day => {
            let head = &text[..p];
            let date = head.ends_with('月') || qty.value > Decimal::from(366);
            if date || text[uend..].starts_with('号') {
                return None;
            }
            if text[..uend].ends_with("号") {
                return None;
            }
            qty.set_unit(Kind::Count, "日");
        }
        Unit::Skip => return None,
    }
    Some(uend)
}

/// A currency unit `u` (`code`, ending at `uend`): money, in a minor or major unit of the
/// currency, or with an English scale after the code (`75 USD million`). The new end.
fn money(text: &str, u: Unit, code: &'static str, uend: usize, qty: &mut Qty) -> Option<usize> {
    let mut end = uend;
    let unit_text = &text[..uend];
    if unit_text.ends_with('块') || unit_text.ends_with('塊') {
        // 三块 (three yuan), not 三块石头 (three stones).
        let noun = char_at(text, uend)
            .is_some_and(|(c, _)| ('\u{4E00}'..='\u{9FFF}').contains(&c) && c != '钱' && c != '錢');
        if noun || qty.has_scale {
            return None;
        }
    }
    if let Some(numeral) = unit_text.strip_suffix('元') {
        // 一元的 / 一元化 / 一元管理 / 二元論 (unified, dual): words, not one yuan; 一万元的 and
        // 100元的 (Chinese: "of 100 yuan") are money.
        let kanji_digit = numeral
            .chars()
            .next_back()
            .is_some_and(|c| "一二三四五六七八九十".contains(c));
        let word = char_at(text, uend).is_some_and(|(c, _)| "的化論论管性".contains(c));
        if kanji_digit && !qty.has_scale && word {
            return None;
        }
    }
    qty.set_unit(Kind::Money, code);
    if let Unit::MoneyExp(_, e) = u {
        qty.minor_unit = e < 0;
        let m = pow10(e as i32);
        qty.value = qty.value.checked_mul(m)?;
        qty.precision = qty.precision.checked_mul(m)?;
    } else if !qty.has_scale {
        // 75 USD million
        if let Some((se, send, false)) = units::en_scale(text, end, true) {
            if se >= 6 {
                let m = pow10(se);
                qty.value = qty.value.checked_mul(m)?;
                qty.precision = qty.precision.checked_mul(m)?;
                qty.has_scale = true;
                end = send;
            }
        }
    }
    Some(end)
}

/// 割 or Chinese 成 (`u`, ending at `uend`): tenths, as a percentage, with what may follow
/// (5割半, 三成半, 3割8分5厘, 七成六). The new end.
fn tenths(text: &str, u: Unit, uend: usize, qty: &mut Qty) -> Option<usize> {
    let mut end = uend;
    if qty.has_scale {
        return Some(qty.end);
    }
    qty.value = qty.value.checked_mul(Decimal::TEN)?;
    qty.precision = qty.precision.checked_mul(Decimal::TEN)?;
    qty.set_unit(Kind::Percent, "%");
    if text[end..].starts_with('半') {
        // 5割半, 三成半
        qty.value += Decimal::from(5);
        qty.precision = Decimal::from(5);
        end += '半'.len_utf8();
    } else if u == Unit::Wari {
        // 3割8分(5厘)
        if let Some(n2) = parse_numeral(text, end) {
            if text[n2.end..].starts_with('分') && n2.value < Decimal::TEN {
                qty.value += n2.value;
                qty.precision = Decimal::ONE;
                end = n2.end + '分'.len_utf8();
                if let Some(n3) = parse_numeral(text, end) {
                    if text[n3.end..].starts_with('厘') && n3.value < Decimal::TEN {
                        qty.value += n3.value / Decimal::TEN;
                        qty.precision = Decimal::new(1, 1);
                        end = n3.end + '厘'.len_utf8();
                    }
                }
            }
        }
    } else if let Some(n2) = parse_numeral(text, end) {
        // 七成六 → 76%
        if n2.kanji_chars == 1 && n2.value < Decimal::TEN && !n2.has_digits {
            qty.value += n2.value;
            qty.precision = Decimal::ONE;
            end = n2.end;
        }
    }
    Some(end)
}

/// Where a span of months that began with month `first` (its numeral ending at `at`) ends:
/// 「〜6月」, 「-9月」 right after it, to a later month.
fn month_range_end(text: &str, at: usize, first: Decimal) -> Option<usize> {
    let rest = &text[at..];
    let dash = ['〜', '～', '~', '-', '－', '–', '—']
        .into_iter()
        .find(|d| rest.starts_with(*d))?;
    let n = parse_numeral(text, at + dash.len_utf8())?;
    let last_ok = n.value > first && n.value <= Decimal::from(12) && first >= Decimal::ONE;
    (last_ok && text[n.end..].starts_with('月')).then(|| n.end + '月'.len_utf8())
}

/// 年 or 年度 (`u`, ending at `uend`) after numeral `n`: a year (with its month and day:
/// 2025年6月1日) when the numeral reads like one, else a count of years (年度: no figure).
/// The new end.
fn year(text: &str, u: Unit, uend: usize, qty: &mut Qty, n: Option<&Numeral>) -> Option<usize> {
    let mut end = uend;
    let yearlike = match n {
        Some(n) => {
            (n.plain_int_digits == Some(4) || (!n.has_digits && n.kanji_chars == 4))
                && qty.value >= Decimal::from(1000)
                && qty.value <= Decimal::from(2999)
        }
        None => false,
    };
    if !yearlike {
        if u == Unit::Nendo {
            return None;
        }
        qty.set_unit(Kind::Count, "年");
        return Some(end);
    }
    qty.kind = Kind::Year;
    qty.unit = if u == Unit::Nendo { "FY" } else { "" };
    qty.has_unit = true;
    qty.precision = Decimal::ONE;
    // Month and day are part of the date: 2025年6月1日.
    if u == Unit::Nen {
        if let Some(n2) = parse_numeral(text, end) {
            if text[n2.end..].starts_with('月') && n2.value <= Decimal::from(12) {
                end = n2.end + '月'.len_utf8();
                if let Some(n3) = parse_numeral(text, end) {
                    if text[n3.end..].starts_with('日') && n3.value <= Decimal::from(31) {
                        end = n3.end + '日'.len_utf8();
                    }
                }
            } else if let Some(to) = month_range_end(text, n2.end, n2.value) {
                // A span of months: 2025年4〜6月(期).
                end = to;
            }
        }
    }
    Some(end)
}

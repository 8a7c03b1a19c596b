//! What a unit does to the quantity before it (a percentage, an amount of money, a year,
//! or no figure at all).

use super::chinese_context;
use super::numeral::{self, char_at, pow10, Numeral};
use super::qty::{set, Qty};
use super::units::{self, U};
use crate::figure::Kind;
use rust_decimal::Decimal;

/// Apply unit `u` (which ends at `uend`) to `q`. Returns the new end, or `None` when the
/// unit makes the number a non-figure (a rank, a month, a clock time).
pub(super) fn apply_unit(
    text: &str,
    p: usize,
    u: U,
    uend: usize,
    q: &mut Qty,
    n: Option<&Numeral>,
) -> Option<usize> {
    let mut end = uend;
    match u {
        U::Percent => {
            // %E5%B0: URL encoding, not a percentage.
            let nb = text.as_bytes();
            if nb.get(uend).is_some_and(|c| c.is_ascii_hexdigit())
                && nb.get(uend + 1).is_some_and(|c| c.is_ascii_hexdigit())
                && text[..uend].ends_with('%')
            {
                return None;
            }
            // Percentages are read to the unit: 100% → 1, not 100.
            q.precision = q.precision.min(Decimal::ONE);
            set(q, Kind::Percent, "%")
        }
        U::PercentPoint => {
            q.precision = q.precision.min(Decimal::ONE);
            set(q, Kind::PercentPoint, "pp")
        }
        U::BasisPoints => {
            q.value /= Decimal::ONE_HUNDRED;
            q.precision /= Decimal::ONE_HUNDRED;
            set(q, Kind::PercentPoint, "pp");
        }
        U::PerMille => {
            q.value /= Decimal::TEN;
            q.precision /= Decimal::TEN;
            set(q, Kind::Percent, "%");
        }
        U::Money(code) | U::MoneyExp(code, _) => {
            let unit_text = &text[..uend];
            if unit_text.ends_with('块') || unit_text.ends_with('塊') {
                // 三块 (three yuan), not 三块石头 (three stones).
                let noun = char_at(text, uend).is_some_and(|(c, _)| {
                    ('\u{4E00}'..='\u{9FFF}').contains(&c) && c != '钱' && c != '錢'
                });
                if noun || q.has_scale {
                    return None;
                }
            }
            set(q, Kind::Money, code);
            if let U::MoneyExp(_, e) = u {
                q.minor_unit = e < 0;
                let m = pow10(e as i32);
                q.value = q.value.checked_mul(m)?;
                q.precision = q.precision.checked_mul(m)?;
            } else if !q.has_scale {
                // 75 USD million
                if let Some((se, send, false)) = units::en_scale(text, end, true) {
                    if se >= 6 {
                        let m = pow10(se);
                        q.value = q.value.checked_mul(m)?;
                        q.precision = q.precision.checked_mul(m)?;
                        q.has_scale = true;
                        end = send;
                    }
                }
            }
        }
        U::Count(c) => set(q, Kind::Count, c),
        U::Dozen => {
            // 打 is a dozen in Chinese only (Japanese 一打 is a stroke, 打席 an at-bat).
            if text[..uend].ends_with('打')
                && (units::da_verb(text, uend) || !chinese_context(text, p, uend))
            {
                return None;
            }
            q.value = q.value.checked_mul(Decimal::from(12))?;
            q.precision = q.precision.checked_mul(Decimal::from(12))?;
            set(q, Kind::Number, "");
        }
        U::Num(c) => set(q, Kind::Number, c),
        U::Wari | U::Cheng => {
            if q.has_scale {
                return Some(q.end);
            }
            q.value = q.value.checked_mul(Decimal::TEN)?;
            q.precision = q.precision.checked_mul(Decimal::TEN)?;
            set(q, Kind::Percent, "%");
            if text[end..].starts_with('半') {
                // 5割半, 三成半
                q.value += Decimal::from(5);
                q.precision = Decimal::from(5);
                end += '半'.len_utf8();
            } else if u == U::Wari {
                // 3割8分(5厘)
                if let Some(n2) = numeral::parse_numeral(text, end) {
                    if text[n2.end..].starts_with('分') && n2.value < Decimal::TEN {
                        q.value += n2.value;
                        q.precision = Decimal::ONE;
                        end = n2.end + '分'.len_utf8();
                        if let Some(n3) = numeral::parse_numeral(text, end) {
                            if text[n3.end..].starts_with('厘') && n3.value < Decimal::TEN {
                                q.value += n3.value / Decimal::TEN;
                                q.precision = Decimal::new(1, 1);
                                end = n3.end + '厘'.len_utf8();
                            }
                        }
                    }
                }
            } else if let Some(n2) = numeral::parse_numeral(text, end) {
                // 七成六 → 76%
                if n2.kanji_chars == 1 && n2.value < Decimal::TEN && !n2.has_digits {
                    q.value += n2.value;
                    q.precision = Decimal::ONE;
                    end = n2.end;
                }
            }
        }
        U::Zhe => {
            // 8折 (80%), 75折 (75%), 9.9折 (99%); not Japanese 折り/折れ.
            if q.has_scale || units::zhe_verb(text, uend) || q.value == Decimal::TEN {
                return None;
            }
            if q.value < Decimal::TEN {
                q.value = q.value.checked_mul(Decimal::TEN)?;
                q.precision = q.precision.checked_mul(Decimal::TEN)?;
            } else if q.value >= Decimal::ONE_HUNDRED {
                return None;
            }
            set(q, Kind::Percent, "%");
        }
        U::Nen | U::Nendo => {
            let yearlike = match n {
                Some(n) => {
                    (n.plain_int_digits == Some(4) || (!n.has_digits && n.kanji_chars == 4))
                        && q.value >= Decimal::from(1000)
                        && q.value <= Decimal::from(2999)
                }
                None => false,
            };
            if !yearlike {
                if u == U::Nendo {
                    return None;
                }
                set(q, Kind::Count, "年");
                return Some(end);
            }
            q.kind = Kind::Year;
            q.unit = if u == U::Nendo { "FY" } else { "" };
            q.has_unit = true;
            q.precision = Decimal::ONE;
            // Month and day are part of the date: 2025年6月1日.
            if u == U::Nen {
                if let Some(n2) = numeral::parse_numeral(text, end) {
                    if text[n2.end..].starts_with('月') && n2.value <= Decimal::from(12) {
                        end = n2.end + '月'.len_utf8();
                        if let Some(n3) = numeral::parse_numeral(text, end) {
                            if text[n3.end..].starts_with('日') && n3.value <= Decimal::from(31) {
                                end = n3.end + '日'.len_utf8();
                            }
                        }
                    }
                }
            }
        }
        U::Month => return None,
        U::Day => {
            let head = &text[..p];
            let date = head.ends_with('月') || q.value > Decimal::from(366);
            if date || text[uend..].starts_with('号') {
                return None;
            }
            if text[..uend].ends_with("号") {
                return None;
            }
            set(q, Kind::Count, "日");
        }
        U::Skip => return None,
    }
    Some(end)
}

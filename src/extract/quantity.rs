//! A quantity as the forward parse builds it: a numeral with its scale, unit, qualifiers and
//! how it was written. The parse ([`super::qty`]) and the unit step ([`super::unit_effect`])
//! both work on it.

use super::numeral::Numeral;
use super::qualifiers::Qualifiers;
use crate::figure::Kind;
use rust_decimal::Decimal;

/// A numeral with its scale and unit, as parsed forward from its first character.
#[derive(Debug, Clone)]
pub(super) struct Qty {
    pub(super) end: usize,
    pub(super) value: Decimal,
    pub(super) precision: Decimal,
    pub(super) kind: Kind,
    pub(super) unit: &'static str,
    pub(super) has_unit: bool,
    /// Power of ten applied by a scale (CJK 万/億/兆 or English million…), if any.
    pub(super) scale_e: i32,
    pub(super) has_scale: bool,
    /// Qualifiers after the unit (以上, 近く, or more); never a sign.
    pub(super) quals: Qualifiers,
    pub(super) written: Written,
    /// Money given in a minor unit (cents, pence).
    pub(super) minor_unit: bool,
}

/// How a quantity's numeral was written, which the year and exclusion rules look at.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Written {
    /// CJK numeral characters only (no digits, no English words).
    pub(super) kanji_only: bool,
    /// Number of CJK numeral characters.
    pub(super) kanji_chars: u32,
    /// Plain digit integer with this many digits (for years).
    pub(super) plain_digits: Option<u32>,
    /// Digits starting with a `0` and more digits (`06`).
    pub(super) leading_zero: bool,
    /// Came from English number words.
    pub(super) english: bool,
}

impl Written {
    /// What a parsed numeral says about how it was written.
    pub(super) fn of(n: &Numeral) -> Written {
        Written {
            kanji_only: !n.has_digits,
            kanji_chars: n.kanji_chars,
            plain_digits: n.plain_int_digits,
            leading_zero: n.leading_zero,
            english: false,
        }
    }
}

impl Qty {
    /// A plain number ending at `end`: no unit, scale or qualifier yet ([`base_qty`] adds what
    /// a parsed numeral says about how it was written).
    pub(super) fn number(end: usize, value: Decimal, precision: Decimal) -> Qty {
        Qty {
            end,
            value,
            precision,
            kind: Kind::Number,
            unit: "",
            has_unit: false,
            scale_e: 0,
            has_scale: false,
            quals: Qualifiers::default(),
            written: Written::default(),
            minor_unit: false,
        }
    }

    /// Gives the quantity a kind and unit.
    pub(super) fn set_unit(&mut self, kind: Kind, unit: &'static str) {
        self.kind = kind;
        self.unit = unit;
        self.has_unit = true;
    }
}

/// What the forward parse found.
pub(super) enum Parsed {
    Qty(Qty),
    /// Not a figure: resume scanning at this byte.
    Skip(usize),
}

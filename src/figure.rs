//! The core record of the pipeline: a figure found in prose.
//!
//! `extract` produces [`RawFigure`]s relative to the prose buffer it was given;
//! `load` maps them back to byte offsets in the source file and `report`
//! turns those into lines and columns.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A percentage (`25%`, `6割`, `百分之二十`); unit `%`.
    Percent,
    /// A difference of percentages (`3ポイント`, `2个百分点`); unit `pp`.
    PercentPoint,
    /// An amount of money; unit is an ISO 4217 code.
    Money,
    /// A count of things with a counter word (`4万人`, `132種類`); unit is the counter.
    Count,
    /// A bare number, or a number with a unit that is none of the above.
    Number,
    /// A calendar or fiscal year (`2024年`, `FY2025`, `2025年度`); value is the year.
    Year,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Percent => "percent",
            Kind::PercentPoint => "percent_point",
            Kind::Money => "money",
            Kind::Count => "count",
            Kind::Number => "number",
            Kind::Year => "year",
        }
    }
}

/// A one-sided bound stated with the figure (`以上` → `Ge`, `超` → `Gt`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    Ge,
    Gt,
    Le,
    Lt,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Ge => "ge",
            Bound::Gt => "gt",
            Bound::Le => "le",
            Bound::Lt => "lt",
        }
    }
}

/// A figure as the extractor sees it: byte offsets relative to the text it was given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawFigure {
    /// Byte range of the whole match (including qualifiers such as 約 or 以上) in the input.
    pub start: usize,
    pub end: usize,
    /// The value, fully scaled (`1兆2,803億円` → 1280300000000). For a range, the low end.
    #[serde(with = "bits")]
    pub value: Decimal,
    pub kind: Kind,
    /// ISO 4217 code for money, `%` / `pp` for percentages, the counter word for counts,
    /// a unit symbol for other measures, empty for bare numbers and years.
    pub unit: String,
    /// Stated as approximate (約, about, 大约, …).
    pub approx: bool,
    pub bound: Option<Bound>,
    /// For ranges (`60〜70%`, `between 3 and 5`): low and high, in the figure's unit.
    #[serde(with = "bits::pair")]
    pub range: Option<(Decimal, Decimal)>,
    /// The place value of the last significant digit written, fully scaled: `約2.5兆円` →
    /// 1e11, `25%` → 1, `1.7%` → 0.1. Trailing integer zeros are significant only when the
    /// number has a thousands separator or a decimal point: `7,000億元` → 1e8 but
    /// `7000億元` → 1e11, `600万ドル` → 1e6, `$92.0 billion` → 1e8. Plain integer
    /// percentages are read to the unit (`100%` → 1). Half of it either side is the
    /// rounding interval.
    #[serde(with = "bits")]
    pub precision: Decimal,
}

/// Decimals as their 16-byte form in the cache (exact, and cheaper than text).
mod bits {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        d.serialize().serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        Ok(Decimal::deserialize(<[u8; 16]>::deserialize(d)?))
    }

    pub mod pair {
        use super::*;

        pub fn serialize<S: Serializer>(
            p: &Option<(Decimal, Decimal)>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            p.map(|(a, b)| (a.serialize(), b.serialize())).serialize(s)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<(Decimal, Decimal)>, D::Error> {
            let p = Option::<([u8; 16], [u8; 16])>::deserialize(d)?;
            Ok(p.map(|(a, b)| (Decimal::deserialize(a), Decimal::deserialize(b))))
        }
    }
}

/// A figure placed in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Index of the document in the run.
    pub doc: usize,
    /// Byte offset and length in the source file.
    pub offset: usize,
    pub length: usize,
    /// Index of the sentence (in the document's sentence list) that holds the figure.
    pub sentence: usize,
    pub raw: RawFigure,
    /// The figure as written, and its lines and columns: worked out while the file is read,
    /// so that reporting a figure never reads its file again.
    pub text: String,
    pub place: crate::finding::Place,
    /// The words just before and after it in the file (at most [`NEAR_CHARS`] characters
    /// each): what the rules read around a figure without reading its file again.
    pub before: String,
    pub after: String,
}

/// How many characters of the text around a figure it keeps ([`Figure::before`],
/// [`Figure::after`]).
pub const NEAR_CHARS: usize = 24;

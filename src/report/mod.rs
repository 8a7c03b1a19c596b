//! Reporting: figures, findings and load problems, as tables, JSON or diagnostics.

pub mod check;
pub mod figures;
pub mod formats;
pub mod rules;
pub mod sarif;

use rust_decimal::Decimal;

/// A decimal written without trailing zeros (`7000.00` → `7000`, `0.150` → `0.15`).
pub fn plain_decimal(d: Decimal) -> String {
    d.normalize().to_string()
}

//! Reporting: figures, findings and load problems, as tables, JSON or diagnostics.

pub mod check;
pub mod claims;
pub mod figures;
pub mod formats;
pub mod html;
pub mod rules;
pub mod sarif;

use rust_decimal::Decimal;

/// A path (or any name) with control characters escaped (`\n`, `\t`, `\u{1b}`), for line
/// formats where a raw newline or escape sequence in a file name would break the line or the
/// terminal.
pub fn escape_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// A decimal written without trailing zeros (`7000.00` → `7000`, `0.150` → `0.15`).
pub fn plain_decimal(d: Decimal) -> String {
    d.normalize().to_string()
}

/// A table in figlint's style: fitted to `width` when given (a terminal), else never wrapped.
/// Widths are display widths, so CJK text aligns.
pub fn new_table(width: Option<u16>) -> comfy_table::Table {
    use comfy_table::{presets, ContentArrangement, Table};
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED);
    match width {
        Some(w) => {
            t.set_width(w);
            t.set_content_arrangement(ContentArrangement::Dynamic);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t
}

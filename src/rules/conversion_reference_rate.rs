//! `conversion-reference-rate`: a conversion whose rate is far from the reference rate of the
//! article's month (ECB monthly average, or the project's own `rates:`).

use super::{Context, Kind, Rule, ToleranceOnly};
use crate::conversion::show_rate;
use crate::finding::Finding;
use crate::finding::FindingKind;

pub static KIND: Kind = Kind {
    name: "conversion-reference-rate",
    summary: "A conversion's rate is far from the reference rate of its date.",
    finding: FindingKind::Conversion,
    options: &["tolerance"],
    defaults: || Box::new(ToleranceOnly::default()),
    check,
    shipped: (
        "rules/conversion-reference-rate.yaml",
        include_str!("../../rules/conversion-reference-rate.yaml"),
    ),
};

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let o: &ToleranceOnly = rule.options();
    let tol = o.tolerance.relative;
    for c in &cx.corpus.conversions {
        // A rate the writer states is the house's choice, not a slip.
        if c.declared_rate {
            continue;
        }
        // Undated articles have no reference month; `--verbose` lists them.
        let Some(q) = super::reference(cx, c) else {
            continue;
        };
        if super::fits(c, q.rate, tol) {
            continue;
        }
        // An amount of an earlier year the sentence names may be converted at that year's rate.
        if super::stated_date_fit(cx, c, tol).is_some() {
            continue;
        }
        // An older month's rate, with no date in the text: `conversion-stale-rate` says so.
        if super::stale_fit(cx, c, super::STALE_TOLERANCE).is_some() {
            continue;
        }
        let expected = format!("{} ({})", show_rate(q.rate, &c.base, &c.quote), q.source);
        let evidence = format!(
            "{}: {}; {}",
            q.source,
            show_rate(q.rate, &c.base, &c.quote),
            how_far(c.rate / q.rate)
        );
        out.push(super::rate_finding(
            rule,
            cx,
            c,
            (q.rate, &expected),
            evidence,
            &[],
        ));
    }
}

/// How far a conversion is from the rate, as a reader takes it in: a percentage when it is
/// near, a factor when it is a slip of a digit or a scale word ("1/1000 of that", never
/// "-100% off").
fn how_far(ratio: f64) -> String {
    if ratio < 0.5 {
        format!(
            "the converted amount is about 1/{} of that",
            round_factor(1.0 / ratio)
        )
    } else if ratio > 2.0 {
        format!(
            "the converted amount is about {}× that",
            round_factor(ratio)
        )
    } else {
        format!("the conversion is {:+.0}% off", (ratio - 1.0) * 100.0)
    }
}

/// A factor to two significant digits: 1053 → 1,100; 9.6 → 9.6.
fn round_factor(x: f64) -> String {
    if x < 10.0 {
        return format!("{x:.1}");
    }
    let p = 10f64.powi(x.log10().floor() as i32 - 1);
    crate::conversion::group((x / p).round() * p)
}

#[cfg(test)]
mod tests {
    use super::how_far;

    #[test]
    fn a_slip_of_scale_is_a_factor_not_a_percentage() {
        assert_eq!(
            how_far(0.00097),
            "the converted amount is about 1/1,000 of that"
        );
        assert_eq!(
            how_far(0.0095),
            "the converted amount is about 1/110 of that"
        );
        assert_eq!(how_far(12.0), "the converted amount is about 12× that");
        assert_eq!(how_far(0.76), "the conversion is -24% off");
    }
}

//! `conversion-reference-rate`: a conversion whose rate is far from the reference rate of the
//! article's month (ECB monthly average, or the project's own `rates:`).

use super::{Context, Kind, RateStanding, Rule, ToleranceOnly};
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
    for c in cx.corpus.conversions.iter().filter(|c| c.judged()) {
        // Dated by the text or the article and off, with no date explaining it; an older
        // month's rate is `conversion-stale-rate`'s (when that rule is on).
        let q = match super::standing(cx, c, tol) {
            RateStanding::Off(q) => q,
            RateStanding::Stale { now, .. } if !cx.stale_rule => now,
            _ => continue,
        };
        let expected = format!("{} ({})", show_rate(q.rate, &c.base, &c.quote), q.source);
        let evidence = format!(
            "{}: {}; the conversion's rate is {}",
            q.source,
            show_rate(q.rate, &c.base, &c.quote),
            how_far(c.rate, q.rate)
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

/// How far a rate is from the reference, in words that stay sensible however far: "8% below
/// it", "12% above it", "10.4 times it", "1/250 of it" (never "-100% off" or "+940% off").
fn how_far(rate: f64, reference: f64) -> String {
    let ratio = rate / reference;
    if ratio >= 2.0 {
        format!("{} times it", round_ratio(ratio))
    } else if ratio <= 0.5 {
        format!("1/{} of it", round_ratio(1.0 / ratio))
    } else if ratio >= 1.0 {
        format!("{:.0}% above it", (ratio - 1.0) * 100.0)
    } else {
        format!("{:.0}% below it", (1.0 - ratio) * 100.0)
    }
}

/// A ratio of at least 2 with at most one decimal, none from 10 up.
fn round_ratio(r: f64) -> String {
    if r >= 10.0 {
        format!("{r:.0}")
    } else {
        let s = format!("{r:.1}");
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    }
}

#[cfg(test)]
mod tests {
    use super::how_far;

    #[test]
    fn distances_read_as_words() {
        assert_eq!(how_far(92.0, 100.0), "8% below it");
        assert_eq!(how_far(112.0, 100.0), "12% above it");
        assert_eq!(how_far(1500.0, 144.2), "10 times it");
        assert_eq!(how_far(300.0, 144.2), "2.1 times it");
        assert_eq!(how_far(0.5769, 144.2), "1/250 of it");
        assert_eq!(how_far(50.0, 100.0), "1/2 of it");
    }
}

//! `conversion-reference-rate`: a conversion whose rate is far from the reference rate of the
//! article's month (ECB monthly average, or the project's own `rates:`).

use super::options::{Known, OptionError, OptionValue, Tolerance};
use super::{Context, Kind, Logic, Rule};
use crate::conversion::show_rate;
use crate::finding::Finding;
use crate::finding::FindingKind;

pub static KIND: Kind = Kind {
    name: "conversion-reference-rate",
    summary: "A conversion's rate is far from the reference rate of its date.",
    finding: FindingKind::Conversion,
    options: &["tolerance"],
    new: || Box::new(ReferenceRate::default()),
    shipped: (
        "rules/conversion-reference-rate.yaml",
        include_str!("../../rules/conversion-reference-rate.yaml"),
    ),
};

/// A conversion-reference-rate rule's options.
#[derive(Debug, Clone, Default)]
pub struct ReferenceRate {
    pub tolerance: Tolerance,
}

impl Logic for ReferenceRate {
    fn set(&mut self, name: &str, v: &OptionValue, _: &Known<'_>) -> Result<(), OptionError> {
        match name {
            "tolerance" => self.tolerance = Tolerance::read(name, v)?,
            _ => unreachable!("the config reader passes only the kind's options"),
        }
        Ok(())
    }
    fn show(&self) -> Vec<(&'static str, String)> {
        vec![("tolerance", self.tolerance.show())]
    }
    fn check(&self, rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
        check(rule, self, cx, out);
    }
    fn clone_box(&self) -> Box<dyn Logic> {
        Box::new(self.clone())
    }
}

fn check(rule: &Rule, o: &ReferenceRate, cx: &Context<'_>, out: &mut Vec<Finding>) {
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
        let expected = format!("{} ({})", show_rate(q.rate, &c.base, &c.quote), q.source);
        let off = (c.rate / q.rate - 1.0) * 100.0;
        let evidence = format!(
            "{}: {}; the conversion is {off:+.0}% off",
            q.source,
            show_rate(q.rate, &c.base, &c.quote)
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

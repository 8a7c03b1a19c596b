//! `growth-arithmetic`: a compound annual growth rate (CAGR, 年平均成长率, 年平均成長率) stated
//! in an article next to the two values it connects, when those values imply another rate:
//! 「2025年に710億ドル、2030年には年平均28%で8270億ドル」 is 63%/yr, not 28%.
//!
//! The values are the article's claims with the rate's subject, one value for each end year
//! of its span (the span it states, or its end year and the one earlier year the article
//! gives a value for). Writers count the years of a span one way or another, so a rate that
//! fits one year more or fewer is left alone; and both the rate and the values are read with
//! their precision (「約37%」 covers 36.5–37.5).

use super::{Context, Kind, Rule, ToleranceOnly};
use crate::context::{interval, Claim};
use crate::figure::Kind as FigureKind;
use crate::finding::{fingerprint, Finding, FindingKind, Location};
use rust_decimal::prelude::ToPrimitive;

pub static KIND: Kind = Kind {
    name: "growth-arithmetic",
    summary: "A stated growth rate disagrees with the values it connects.",
    finding: FindingKind::Arithmetic,
    options: &["tolerance"],
    defaults: || Box::new(ToleranceOnly::default()),
    check,
    shipped: (
        "rules/growth-arithmetic.yaml",
        include_str!("../../rules/growth-arithmetic.yaml"),
    ),
};

/// A four-digit year, if the period is one.
fn year(period: Option<&str>) -> Option<i32> {
    let p = period?;
    (p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()))
        .then(|| p.parse().ok())
        .flatten()
}

/// The span of years a rate's period states (`2024-2030`), if it is one.
fn span(period: Option<&str>) -> Option<(i32, i32)> {
    let (a, b) = period?.split_once('-')?;
    Some((year(Some(a))?, year(Some(b))?))
}

/// A value a growth rate may connect: an amount of the rate's subject dated to one year.
struct Value {
    figure: usize,
    claim: Option<usize>,
    year: i32,
    unit: String,
    low: f64,
    high: f64,
    value: f64,
}

/// Whether a claim is a growth rate: `Some(None)` for a plain one, `Some(Some(measure))` for
/// the growth of a named measure (`growth (revenue)`).
fn growth_of(c: &Claim) -> Option<Option<&str>> {
    match c.metric.strip_prefix("growth") {
        Some("") => Some(None),
        Some(rest) => rest.strip_prefix(" (")?.strip_suffix(')').map(Some),
        None => None,
    }
}

/// The values a rate may connect: the article's body claims with its subject, dated to one
/// year, and the amounts of its own sentence, each dated by the year named last before it
/// there (「2025年時点で710億ドル、2030年には年平均28%で8270億ドル」), unless the claim model
/// gives the amount another subject or scope (国内 against 海外).
fn values(cx: &Context<'_>, run: &[Claim], at: usize, stated: &Claim) -> Vec<Value> {
    let mut out: Vec<Value> = run
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.compared()
                && c.key == stated.key
                && c.scope == stated.scope
                && !c.headline
                && c.unit != "%"
                && c.unit != "pp"
                && c.low > 0.0
                // The growth of a named measure (「営業利益は30%増」) connects its values only.
                && growth_of(stated).flatten().is_none_or(|m| c.metric == m)
        })
        // Another named source's values are not the ones this rate connects.
        .filter(|(_, c)| match (&c.source, &stated.source) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        })
        .filter_map(|(j, c)| {
            Some(Value {
                figure: c.figure,
                claim: Some(at + j),
                year: year(c.period.as_deref())?,
                unit: c.unit.clone(),
                low: c.low,
                high: c.high,
                value: c.value,
            })
        })
        .collect();
    let figures = &cx.corpus.figures;
    let me = &figures[stated.figure];
    let from = (0..stated.figure)
        .rev()
        .take_while(|&i| figures[i].doc == me.doc && figures[i].sentence == me.sentence)
        .last()
        .unwrap_or(stated.figure);
    let mut named: Option<i32> = None;
    for (i, f) in figures.iter().enumerate().skip(from) {
        if f.doc != me.doc || f.sentence != me.sentence {
            break;
        }
        match f.raw.kind {
            FigureKind::Year => named = f.raw.value.to_i32(),
            FigureKind::Money if !out.iter().any(|v| v.figure == i) => {
                let Some(y) = named else { continue };
                // An amount the claim model gives another subject is about something else
                // (「AI市場は2440億ドル、その中でもAIエージェント市場は…」).
                if run.iter().any(|c| {
                    c.compared()
                        && c.figure == i
                        && (c.key != stated.key || c.scope != stated.scope)
                }) {
                    continue;
                }
                let (low, high) = interval(f, cx.vocab.settings().approx_tolerance);
                if low > 0.0 {
                    out.push(Value {
                        figure: i,
                        claim: None,
                        year: y,
                        unit: f.raw.unit.clone(),
                        low,
                        high,
                        value: f.raw.value.to_f64().unwrap_or(0.0),
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// The one value the article gives for `y` (none when it gives none, or several that differ:
/// that is a contradiction, not arithmetic).
fn value_of(values: &[Value], y: i32) -> Option<&Value> {
    let mut of_year = values.iter().filter(|v| v.year == y);
    let first = of_year.next()?;
    of_year
        .all(|v| v.unit == first.unit && v.low <= first.high && first.low <= v.high)
        .then_some(first)
}

/// How far a writer's rate may be from the reference rate when an article's two ends are in
/// two currencies: the converted end is read from a quarter below to a third above.
const FX_SLACK: f64 = 1.33;

/// What one unit of currency `from` is in currency `to` at the reference rate of document
/// `doc`'s month (none for an undated article or a unit that is no currency).
fn in_currency_of(cx: &Context<'_>, doc: usize, from: &str, to: &str) -> Option<f64> {
    let (y, m, _) = cx.corpus.docs[doc].meta.date?;
    Some(cx.fx.rate(from, to, y, m)?.rate)
}

/// The yearly rate (percent) that takes `from` to `to` in `years`.
fn rate(from: f64, to: f64, years: i32) -> f64 {
    ((to / from).powf(1.0 / f64::from(years)) - 1.0) * 100.0
}

/// A rate as the message shows it, with one decimal.
fn show(r: f64) -> String {
    format!("{r:.1}%")
}

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let o: &ToleranceOnly = rule.options();
    let claims = &cx.corpus.claims;
    // Claims are in document order: one article's run at a time, `start` its first index.
    let mut start = 0;
    for run in claims.chunk_by(|a, b| a.doc == b.doc) {
        let at = start;
        start += run.len();
        for (k, stated) in run.iter().enumerate() {
            if !stated.compared() {
                continue;
            }
            if growth_of(stated).is_some() && stated.unit == "%" && !stated.headline {
                if let Some(f) = year_on_year(rule, cx, run, at, k) {
                    out.push(f);
                }
                continue;
            }
            if stated.metric != "cagr" || stated.unit != "%" || stated.headline {
                continue;
            }
            let values = values(cx, run, at, stated);
            let (first, last) = match span(stated.period.as_deref()) {
                Some(s) => s,
                None => {
                    let Some(end) = year(stated.period.as_deref()) else {
                        continue;
                    };
                    let mut earlier: Vec<i32> =
                        values.iter().map(|v| v.year).filter(|&y| y < end).collect();
                    earlier.sort_unstable();
                    earlier.dedup();
                    match earlier.as_slice() {
                        [start] => (*start, end),
                        _ => continue,
                    }
                }
            };
            let years = last - first;
            let (Some(f), Some(t)) = (value_of(&values, first), value_of(&values, last)) else {
                continue;
            };
            if years <= 0 {
                continue;
            }
            let lang = cx.corpus.docs[stated.doc].meta.lang;
            // Two ends in two currencies (「約2.3兆円」 then 「8270億ドル」): the first in the
            // second's currency at the reference rate of the article's month, read loosely
            // enough for any rate a writer may have used.
            let (from, converted) = if f.unit == t.unit {
                ((f.low, f.high, f.value), None)
            } else {
                // Only two claims of one measure (a market's size in yen and in dollars), not
                // whatever amounts the sentence gives in another currency.
                let metric = |v: &Value| v.claim.map(|c| claims[c].metric.as_str());
                if metric(f).is_none() || metric(f) != metric(t) {
                    continue;
                }
                let Some(r) = in_currency_of(cx, stated.doc, &f.unit, &t.unit) else {
                    continue;
                };
                let v = f.value * r;
                let shown = super::values::amount(v, &t.unit, lang);
                (
                    (f.low * r / FX_SLACK, f.high * r * FX_SLACK, v),
                    Some(shown),
                )
            };
            // Every rate the values allow, over the span counted either way.
            let slack = o.tolerance.relative * stated.value.abs() + o.tolerance.pp;
            let fits = [years - 1, years, years + 1].iter().any(|&n| {
                n > 0
                    && rate(from.1, t.low, n) <= stated.high + slack
                    && rate(from.0, t.high, n) >= stated.low - slack
            });
            // A fall against a stated rise (or the reverse) is two different things, not a
            // slip in the arithmetic.
            let implied = rate(from.2, t.value, years);
            if fits || implied.signum() != stated.value.signum() {
                continue;
            }
            let text = |figure: usize| super::text(cx, figure);
            let start = match &converted {
                Some(c) => format!("{} (about {c} at the reference rate)", text(f.figure)),
                None => text(f.figure).to_string(),
            };
            let computation = format!(
                "{start} ({first}) → {} ({last}) over {years} years is {}/yr",
                text(t.figure),
                show(implied)
            );
            let reached = from.2 * (1.0 + stated.value / 100.0).powi(years);
            out.push(Finding {
                help: format!(
                    "{computation}; at the stated {} a year, {} would be about {} by {last}; \
                     check the rate, the values and their years",
                    text(stated.figure),
                    text(f.figure),
                    super::values::amount(reached, &t.unit, lang)
                ),
                fingerprint: fingerprint(&[
                    &rule.id,
                    &stated.key,
                    &format!("{first}-{last}"),
                    text(stated.figure),
                ]),
                locations: vec![
                    Location::figure_at(stated.figure, Some(at + k), "the stated rate".into()),
                    Location::figure_at(f.figure, f.claim, format!("the value of {first}")),
                    Location::figure_at(t.figure, t.claim, format!("the value of {last}")),
                ],
                ..rule.finding(&[
                    ("computation", &computation),
                    ("stated", text(stated.figure)),
                ])
            });
        }
    }
}

/// Words before a growth rate that make it a change on the year before (「前年比24%増」).
const YEAR_ON_YEAR: &[&str] = &[
    "前年比",
    "対前年",
    "前年から",
    "同比",
    "year over year",
    "year-over-year",
    "year on year",
    "year-on-year",
    "YoY",
];

/// Words right after a rate that make it a rise (a fall, 「24%減」, is left alone).
const RISE: &[&str] = &[
    "増",
    "の増加",
    "の成長",
    "成長",
    "伸",
    "增",
    "up",
    "growth",
    "higher",
];

/// A year-on-year rate (「2024年の売上は前年比24%増の9,000億元」) against the article's values
/// of its year and the year before (「2023年の売上は7,000億元」: 28.6%, not 24%).
fn year_on_year(
    rule: &Rule,
    cx: &Context<'_>,
    run: &[Claim],
    at: usize,
    k: usize,
) -> Option<Finding> {
    let o: &ToleranceOnly = rule.options();
    let stated = &run[k];
    let y = year(stated.period.as_deref())?;
    let before = super::values::before_figure(cx, stated.figure, 12);
    let after = super::values::after_figure(cx, stated.figure).trim_start();
    if !YEAR_ON_YEAR.iter().any(|w| before.contains(w))
        || !RISE.iter().any(|w| after.starts_with(w))
        || stated.value <= 0.0
    {
        return None;
    }
    let values = values(cx, run, at, stated);
    let (cur, prev) = (value_of(&values, y)?, value_of(&values, y - 1)?);
    if cur.unit != prev.unit || prev.low <= 0.0 {
        return None;
    }
    let pct = |a: f64, b: f64| (a / b - 1.0) * 100.0;
    let slack = o.tolerance.relative * stated.value.abs() + o.tolerance.pp;
    let (low, high) = (pct(cur.low, prev.high), pct(cur.high, prev.low));
    let implied = pct(cur.value, prev.value);
    if high >= stated.low - slack && low <= stated.high + slack || implied <= 0.0 {
        return None;
    }
    let text = |figure: usize| super::text(cx, figure);
    let computation = format!(
        "{} ({}) → {} ({y}) is {} year on year",
        text(prev.figure),
        y - 1,
        text(cur.figure),
        show(implied)
    );
    let lang = cx.corpus.docs[stated.doc].meta.lang;
    let reached = prev.value * (1.0 + stated.value / 100.0);
    Some(Finding {
        help: format!(
            "{computation}; {} more than {} would be about {}; check the rate and the two \
             years' values",
            text(stated.figure),
            text(prev.figure),
            super::values::amount(reached, &prev.unit, lang)
        ),
        fingerprint: fingerprint(&[&rule.id, &stated.key, &y.to_string(), text(stated.figure)]),
        locations: vec![
            Location::figure_at(stated.figure, Some(at + k), "the stated rate".into()),
            Location::figure_at(prev.figure, prev.claim, format!("the value of {}", y - 1)),
            Location::figure_at(cur.figure, cur.claim, format!("the value of {y}")),
        ],
        ..rule.finding(&[
            ("computation", &computation),
            ("stated", text(stated.figure)),
        ])
    })
}

#[cfg(test)]
mod tests {
    fn messages(text: &str) -> Vec<String> {
        crate::pipeline::messages_with_only("growth-arithmetic", text)
    }

    const HEAD: &str = "---\ndate: 2025-06-01\n---\n\n";

    #[test]
    fn a_rate_its_values_do_not_give_is_flagged_with_the_computation() {
        let got = messages(&format!(
            "{HEAD}国内の介護ロボット市場は2025年に710億円、2030年には年平均成長率28%で8,270億円に達する見込みだ。\n"
        ));
        assert_eq!(
            got,
            ["710億円 (2025) → 8,270億円 (2030) over 5 years is 63.4%/yr; the article says 28%"]
        );
    }

    #[test]
    fn a_stated_span_dates_both_ends() {
        // 「2024年から2030年」: six years; 100 → 300 is 20.1%/yr, not 5%.
        let got = messages(&format!(
            "{HEAD}国内の介護ロボット市場は2024年の100億円から2030年の300億円へ、2024年から2030年にかけて年平均成長率5%で伸びる。\n"
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("over 6 years is 20.1%/yr"), "{got:?}");
    }

    #[test]
    fn rounding_and_a_year_counted_either_way_are_allowed() {
        // 209 → 1,367 over 6 years is 36.8%/yr: 約37% fits.
        assert!(messages(&format!(
            "{HEAD}国内の介護ロボット市場は2024年に209億円、2030年には1,367億円に達し、年平均成長率は約37%となる。\n"
        ))
        .is_empty());
        // 100 → 200 over 2025–2030 is 14.9%/yr over five years, 12.2% over six.
        assert!(messages(&format!(
            "{HEAD}国内の介護ロボット市場は2025年に100億円、2030年には年平均成長率12%で200億円になる。\n"
        ))
        .is_empty());
    }

    #[test]
    fn a_year_on_year_rate_against_the_year_befores_value() {
        let got = messages(&format!(
            "{HEAD}国内の介護ロボット市場は2023年に7,000億円だった。2024年の国内の介護ロボット市場は前年比24%増の9,000億円に達した。\n"
        ));
        assert_eq!(
            got,
            ["7,000億円 (2023) → 9,000億円 (2024) is 28.6% year on year; the article says 24%"],
            "{got:?}"
        );
        // 8,700 / 7,000 is 24.3%: it fits; and a fall or no value for the year before says
        // nothing.
        for quiet in [
            "国内の介護ロボット市場は2023年に7,000億円だった。2024年の国内の介護ロボット市場は前年比24%増の8,700億円に達した。",
            "国内の介護ロボット市場は2023年に7,000億円だった。2024年の国内の介護ロボット市場は前年比24%減の9,000億円となった。",
            "2024年の国内の介護ロボット市場は前年比24%増の9,000億円に達した。",
        ] {
            assert!(messages(&format!("{HEAD}{quiet}\n")).is_empty(), "{quiet}");
        }
    }

    #[test]
    fn the_growth_of_a_named_measure_connects_that_measures_values() {
        // Profit 100 → 120億円 is 20%, not 50%: the revenue of the year before is not the
        // profit's value (with both, the year before had two values and nothing was said).
        let got = messages(&format!(
            "{HEAD}Orbisの2023年の売上高は1,000億円、営業利益は100億円だった。Orbisの2024年の営業利益は前年比50%増の120億円となった。\n"
        ));
        assert_eq!(
            got,
            ["100億円 (2023) → 120億円 (2024) is 20.0% year on year; the article says 50%"],
            "{got:?}"
        );
        assert!(messages(&format!(
            "{HEAD}Orbisの2023年の売上高は1,000億円、営業利益は100億円だった。Orbisの2024年の営業利益は前年比20%増の120億円となった。\n"
        ))
        .is_empty());
    }

    #[test]
    fn another_subjects_amount_or_a_fall_is_not_the_rates_value() {
        assert!(messages(&format!(
            "{HEAD}国内の介護ロボット市場は2025年に710億円だ。海外の介護ロボット市場は2030年に年平均成長率28%で8,270億円に達する。\n"
        ))
        .is_empty());
        assert!(messages(&format!(
            "{HEAD}2025年の介護市場規模は2,440億円と予測され、その中でも介護ロボット市場は2030年までに年平均成長率46%で成長し、78億円規模になると見込まれる。\n"
        ))
        .is_empty());
    }
}

//! `ratio-arithmetic`: a multiple (「3倍」, 「3倍」in Chinese, "3 times") stated after the two
//! amounts it relates, when their ratio is another: 「2024年の100億円から2030年には150億円
//! と3倍に」 is 1.5 times, not 3.
//!
//! The two amounts are the only two of one unit (a currency, a counter) that the multiple's
//! sentence gives before it, leaving out an amount restated in another currency (a
//! conversion's target); they must be a before and an after: dated by two different years
//! named before them, or the first followed by 「から」/「より」/"from … to". A sentence with a
//! third amount of that unit, or an amount right after the multiple (「57.1倍の2,000億円」:
//! the multiple relates that amount to a base stated elsewhere), is left alone. The multiple
//! and the amounts are read with their precision (「約3倍」, 「6倍近く」, 「3倍以上」), and the
//! `tolerance` adds a share of the stated multiple (writers round multiples loosely).

use super::values::{after_figure, before_figure, end};
use super::{Context, Kind, Rule, ToleranceOnly};
use crate::context::interval;
use crate::figure::{Figure, Kind as FigureKind};
use crate::finding::{fingerprint, Finding, FindingKind, Location};
use rust_decimal::prelude::ToPrimitive;

pub static KIND: Kind = Kind {
    name: "ratio-arithmetic",
    summary: "A stated multiple (3倍, \"3 times\") disagrees with the amounts it relates.",
    finding: FindingKind::Arithmetic,
    options: &["tolerance"],
    defaults: || Box::new(ToleranceOnly::default()),
    check,
    shipped: (
        "rules/ratio-arithmetic.yaml",
        include_str!("../../rules/ratio-arithmetic.yaml"),
    ),
};

/// A figure that states a multiple.
fn is_multiple(f: &Figure) -> bool {
    f.raw.kind == FigureKind::Number && (f.raw.unit == "倍" || f.raw.unit == "x")
}

/// An amount a multiple may relate, with the year named last before it in its sentence.
struct Amount {
    figure: usize,
    year: Option<i32>,
}

/// Words right after an amount that make it the start of a change (「100億円から」, 「より」,
/// "from $10 billion to").
const FROM: &[&str] = &["から", "より", "→", "⇒", "to ", "从"];

/// Whether the text right after figure `i` says it is where a change starts.
fn starts_a_change(cx: &Context<'_>, i: usize) -> bool {
    let after = after_figure(cx, i).trim_start_matches([' ', '　', '）', ')', '」']);
    let after = after.strip_prefix("の").unwrap_or(after);
    FROM.iter().any(|w| after.starts_with(w))
}

/// Whether the text right after figure `i` ties it to the amount that follows
/// (「57.1倍の2,000億円」, 「3倍となる150億円」).
fn qualifies_next(cx: &Context<'_>, i: usize) -> bool {
    // (Called when the sentence has a figure after `i`: the next of the corpus.)
    let Some(between) = super::values::short_gap(cx, i, i + 1) else {
        return false;
    };
    between.chars().count() <= 6 && !between.contains(['、', '，', ','])
}

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let figures = &cx.corpus.figures;
    let targets: std::collections::HashSet<usize> =
        cx.corpus.conversions.iter().map(|c| c.target).collect();
    let mut start = 0;
    for sentence in figures.chunk_by(|a, b| a.doc == b.doc && a.sentence == b.sentence) {
        let at = start;
        start += sentence.len();
        if !sentence.iter().any(is_multiple) {
            continue;
        }
        let mut named: Option<i32> = None;
        let mut amounts: Vec<Amount> = Vec::new();
        for (k, f) in sentence.iter().enumerate() {
            let i = at + k;
            match f.raw.kind {
                FigureKind::Year => named = f.raw.value.to_i32(),
                FigureKind::Money | FigureKind::Count if !targets.contains(&i) => {
                    amounts.push(Amount {
                        figure: i,
                        year: named,
                    })
                }
                FigureKind::Number if is_multiple(f) => {
                    let m = i;
                    let next = sentence.get(k + 1);
                    if let Some(finding) = judge(rule, cx, m, &amounts, named, next) {
                        out.push(finding);
                    }
                    // A later multiple of the sentence relates what comes after this one.
                    amounts.clear();
                }
                _ => {}
            }
        }
    }
}

/// The finding for multiple `m` against the amounts before it in its sentence, if they
/// relate and their ratio is not the one stated.
fn judge(
    rule: &Rule,
    cx: &Context<'_>,
    m: usize,
    before: &[Amount],
    named: Option<i32>,
    next: Option<&Figure>,
) -> Option<Finding> {
    let o: &ToleranceOnly = rule.options();
    let tol = cx.vocab.settings().approx_tolerance;
    let figures = &cx.corpus.figures;
    let stated = &figures[m];
    let last = before.last()?;
    let unit = &figures[last.figure].raw.unit;
    let of_unit: Vec<&Amount> = before
        .iter()
        .filter(|a| &figures[a.figure].raw.unit == unit)
        .collect();
    let (a, b) = match of_unit.as_slice() {
        // "from $10 billion to $15 billion": one figure, a change written as a range.
        [one] if figures[one.figure].raw.range.is_some() => {
            let (l, h) = figures[one.figure].raw.range?;
            (
                end(cx, one.figure, l.to_f64()?, tol),
                end(cx, one.figure, h.to_f64()?, tol),
            )
        }
        [a, b]
            if figures[a.figure].raw.range.is_none() && figures[b.figure].raw.range.is_none() =>
        {
            // 「2023年の5倍」: a year named after both amounts that is neither's is the base
            // of the multiple, stated elsewhere.
            if named != b.year && named != a.year {
                return None;
            }
            // Amounts the claim model gives different subjects are about different things.
            let key = |i: usize| cx.corpus.claim_of(i).map(|c| c.key.as_str());
            if let (Some(x), Some(y)) = (key(a.figure), key(b.figure)) {
                if x != y {
                    return None;
                }
            }
            let value = |i: usize| figures[i].raw.value.to_f64();
            (
                end(cx, a.figure, value(a.figure)?, tol),
                end(cx, b.figure, value(b.figure)?, tol),
            )
        }
        _ => return None,
    };
    if a.low <= 0.0 || b.low <= 0.0 {
        return None;
    }
    let (sl, sh) = interval(stated, tol);
    let value = stated.raw.value.to_f64()?;
    if value <= 0.0 {
        return None;
    }
    // The ratio as the multiple reads it: the larger over the smaller, or the reverse for a
    // multiple under 1 (「0.5倍」).
    let up = value >= 1.0;
    let (from, to) = if (b.value >= a.value) == up {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let (ratio, low, high) = (
        to.value / from.value,
        to.low / from.high,
        to.high / from.low,
    );
    let slack = o.tolerance.relative * value;
    let fits = |extra: f64| high >= sl + extra - slack && low <= sh + extra + slack;
    // Chinese 「增长了3倍」 is read both ways by writers: grown to three times, or by three
    // times (to four).
    let zh = cx.corpus.docs[stated.doc].meta.lang == crate::load::Lang::Zh;
    if fits(0.0) || (zh && up && fits(1.0)) {
        return None;
    }
    // The text is read only now, for a multiple the numbers do not give (a run whose results
    // come from the cache does not read files for the others).
    // 「57.1倍の2,000億円」: the multiple belongs to the amount after it.
    if next.is_some_and(|n| matches!(n.raw.kind, FigureKind::Money | FigureKind::Count))
        && qualifies_next(cx, m)
    {
        return None;
    }
    // The two amounts must be a before and an after.
    let change = if a.figure == b.figure {
        is_change(cx, a.figure)
    } else {
        let year = |i: usize| before.iter().find(|x| x.figure == i).and_then(|x| x.year);
        let dated = matches!((year(a.figure), year(b.figure)), (Some(x), Some(y)) if x != y);
        dated || starts_a_change(cx, a.figure)
    };
    if !change {
        return None;
    }
    let (a, b) = (a.with_text(cx), b.with_text(cx));
    let from = if (b.value >= a.value) == up { &a } else { &b };
    let text = |i: usize| super::text(cx, i);
    let computation = format!("{} → {} is {} times", a.text, b.text, show(ratio));
    let at_stated = from.value * value;
    let lang = cx.corpus.docs[stated.doc].meta.lang;
    Some(Finding {
        help: format!(
            "{computation}; {} times {} would be about {}; check the multiple and the amounts",
            text(m),
            from.text,
            super::values::amount(at_stated, unit, lang)
        ),
        fingerprint: fingerprint(&[&rule.id, &a.text, &b.text, text(m)]),
        locations: {
            let mut l = vec![Location::figure_at(m, None, "the stated multiple".into())];
            l.push(Location::figure_at(a.figure, None, "from".into()));
            if b.figure != a.figure {
                l.push(Location::figure_at(b.figure, None, "to".into()));
            }
            l
        },
        ..rule.finding(&[("computation", &computation), ("stated", text(m))])
    })
}

/// Whether amount `i` is a change written as a range ("from $10 billion to $15 billion",
/// 「100億円から150億円へ」) rather than an estimate's span (「100〜150億円」).
fn is_change(cx: &Context<'_>, i: usize) -> bool {
    let f = &cx.corpus.figures[i];
    if f.raw.range.is_none() {
        return false;
    }
    let before = before_figure(cx, i, 5);
    let own = super::text(cx, i);
    before.ends_with("from ") || own.contains("から") || own.contains('从')
}

/// A ratio as the message shows it: two significant decimals under 10, one above.
fn show(r: f64) -> String {
    if r < 10.0 {
        format!("{r:.2}")
    } else {
        format!("{r:.1}")
    }
}

#[cfg(test)]
mod tests {
    fn messages(text: &str) -> Vec<String> {
        crate::pipeline::messages_with_only("ratio-arithmetic", text)
    }

    const HEAD: &str = "---\ndate: 2025-06-01\n---\n\n";

    #[test]
    fn a_multiple_its_amounts_do_not_give_is_flagged_with_the_computation() {
        let got = messages(&format!(
            "{HEAD}国内の介護ロボット市場は2024年の100億円から2030年には150億円へと3倍に拡大する。\n"
        ));
        assert_eq!(
            got,
            ["100億円 → 150億円 is 1.50 times; the article says 3倍"],
            "{got:?}"
        );
    }

    #[test]
    fn rounding_nearly_and_at_least_are_allowed() {
        for ok in [
            "2024年の600億円から2025年には1,700億円と約3倍に増えた。",
            "2023年には23億円だった支出が、2024年には138億円と6倍近くに跳ね上がった。",
            "2023年の40億円から2025年には150億円と3倍以上に伸びた。",
            "出荷台数は2023年の2万台から2025年には4.2万台と2倍に増えた。",
        ] {
            assert!(messages(&format!("{HEAD}{ok}\n")).is_empty(), "{ok}");
        }
    }

    #[test]
    fn amounts_that_are_not_a_before_and_after_are_left_alone() {
        for quiet in [
            // The multiple belongs to the amount after it; its base is elsewhere.
            "市場全体は2035年に1.3兆円に達し、その中で創薬支援は2024年比で57.1倍の2,000億円に伸びる。",
            // Two amounts that are not a change: no years, no から.
            "A社は100億円、B社は150億円を投じ、合計は前年の3倍となった。",
            // A base year named before the multiple that is neither amount's year.
            "2020年には投資額が85億円に達し、新興企業は2024年に33億円を調達し、2023年の5倍に増えた。",
            // Three amounts of one unit: which two the multiple relates is not clear.
            "2023年に100億円、2024年に150億円、2025年に400億円と2年で4倍になった。",
            // Another currency restating one amount is not a second amount.
            "2024年の10億ドル（約1,500億円）から2025年には30億ドルと3倍になった。",
        ] {
            assert!(messages(&format!("{HEAD}{quiet}\n")).is_empty(), "{quiet}");
        }
    }

    #[test]
    fn a_chinese_multiple_may_count_the_growth_or_the_result() {
        // 100 → 400 is four times, or "grew by three times".
        assert!(messages(&format!(
            "{HEAD}该市场规模从2020年的100亿元增长到2025年的400亿元，增长了3倍。\n"
        ))
        .is_empty());
        let got = messages(&format!(
            "{HEAD}该市场规模从2020年的100亿元增长到2025年的150亿元，增长了3倍。\n"
        ));
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn english_times_after_a_from_to_change_is_read() {
        let got = messages(&format!(
            "{HEAD}Revenue grew from $10 billion to $15 billion, or 3 times as much.\n"
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("is 1.50 times"), "{got:?}");
    }
}

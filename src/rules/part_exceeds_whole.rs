//! `part-exceeds-whole`: a part larger than the whole the text says it belongs to
//! (「売上高100億円のうち海外売上が150億円」), amounts listed with a total they pass (「A社から
//! 30億円、B社から50億円、合わせて60億円」), and the shares of one whole adding up to more than
//! 100% (「A社が50%、B社が40%、C社が30%のシェア」).
//!
//! Only shapes that say outright that one amount is part of another are read, because the
//! looser ones (a segment's name inside a market's, a share next to a growth rate, a list
//! spread over a paragraph) are mostly different wholes, years or measures:
//! - **of which**: an amount, then 「うち」/「其中」/"of which" right after it (「100億円の
//!   うち」, 「100億円で、そのうち」: at most four characters before the word), then an
//!   amount of the same unit in the same sentence with no other amount of that unit between
//!   them; or a sentence that starts with such a word
//!   (「その中でも、」, 「このうち」) after a sentence with exactly one amount of that unit.
//!   The two must not be dated to different years, and a unit price (「月額30ドル」) is no whole.
//! - **a stated total**: two or more amounts listed in one sentence, then a word that sums them
//!   right before a last amount (「A社から30億円、B社から50億円、合わせて60億円」, 「合計」,
//!   「総額」, 「累計」, 「合计」, "a total of"). The parts are the amounts of the total's
//!   unit, or of another currency restated in it, that run up to the total with nothing but a
//!   list between them (no から, →, うち); each must fit in the total on its own (a larger one
//!   is something else the sentence names, a valuation beside a round), and their sum must
//!   pass it. A part given as 最大 counts as written: the writer adds up what they state.
//! - **shares**: one sentence that names a share (シェア, 割合, 構成比, 占有率, 份额, 占比) and gives
//!   two or more percentages each right after its holder (「Aが50%、Bが40%」), with at most one
//!   year and one market, no change (から, →, 増, 成長, 前年比 …) and no sub-whole (そのうち).
//!
//! Amounts are read to at least two significant digits and shares with their rounding: the
//! shares' sum must pass 100% by more than half a point per share.

use super::values::{after_figure, before_figure};
use super::{Context, Kind, Rule, ToleranceOnly};
use crate::context::interval;
use crate::figure::{Figure, Kind as FigureKind};
use crate::finding::{fingerprint, Finding, FindingKind, Location};
use rust_decimal::prelude::ToPrimitive;

pub static KIND: Kind = Kind {
    name: "part-exceeds-whole",
    summary: "A part larger than its whole, amounts adding up to more than the total stated, or \
              shares of one whole adding up to more than 100%.",
    finding: FindingKind::Arithmetic,
    options: &["tolerance"],
    defaults: || Box::new(ToleranceOnly::default()),
    check,
    shipped: (
        "rules/part-exceeds-whole.yaml",
        include_str!("../../rules/part-exceeds-whole.yaml"),
    ),
};

/// Words right after a whole that make what follows part of it.
const OF_WHICH: &[&str] = &["うち", "其中", "of which", "of that"];

/// Words a sentence starts with when it goes on to a part of the previous sentence's whole.
const PART_NEXT: &[&str] = &[
    "その中でも",
    "その中で",
    "中でも",
    "このうち",
    "そのうち",
    "うち",
    "其中",
    "Of this",
    "Of that",
    "Of which",
];

/// Words just before an amount that make it a rate per something, not a whole.
const PER: &[&str] = &[
    "月額",
    "年額",
    "単価",
    "当たり",
    "あたり",
    "時給",
    "月",
    "毎月",
    "每月",
    "per ",
];

/// Words that name a share of a whole.
const SHARE: &[&str] = &[
    "シェア",
    "割合",
    "構成比",
    "占有率",
    "出資比率",
    "份额",
    "占比",
    "market share",
];

/// Words that make a sentence's percentages changes or rates rather than shares of one whole.
const NOT_SHARES: &[&str] = &[
    "から",
    "→",
    "〜",
    "～",
    "増",
    "減",
    "成長",
    "CAGR",
    "年平均",
    "前年",
    "ポイント",
    "うち",
    "中でも",
    "全体",
    "增长",
    "从",
    "其中",
];

/// Words right before an amount that make it the sum of the amounts listed before it.
const TOTAL: &[&str] = &[
    "合計",
    "合計で",
    "合わせて",
    "あわせて",
    "総額",
    "総額で",
    "総計",
    "累計",
    "累計で",
    "合计",
    "共计",
    "总计",
    "总额",
    "累计",
    "a total of ",
    "totaling ",
    "totalling ",
    "totaling about ",
    "in total ",
    "combined ",
];

/// Words between two amounts that make them other than items of one list: a change, a
/// range, a part of the first.
const NOT_LISTED: &[&str] = &["→", "〜", "～", "うち", "其中", "到", "至", "of which"];

/// Words right after an amount that make the next one where it went (「100億円から150億円」,
/// "from $1 billion to $2 billion"), not another item: 「B社から50億円」 names a giver.
const CHANGE_AFTER: &[&str] = &["から", "to ", "に増", "に減", "へ"];

/// Marks right before a percentage that make it its holder's share (「Aが50%」, 「B：40%」).
const HOLDER: &[&str] = &["が", "は", "：", ":", "占", "为"];

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let figures = &cx.corpus.figures;
    let targets: std::collections::HashSet<usize> =
        cx.corpus.conversions.iter().map(|c| c.target).collect();
    let mut converted: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for c in &cx.corpus.conversions {
        converted.entry(c.source).or_default().push(c.target);
    }
    let mut start = 0;
    // The previous sentence of the same document: its one amount of each unit.
    let mut previous: Vec<Year> = Vec::new();
    let mut previous_at: Option<(usize, usize)> = None;
    for sentence in figures.chunk_by(|a, b| a.doc == b.doc && a.sentence == b.sentence) {
        let at = start;
        start += sentence.len();
        let mut named: Option<i32> = None;
        let mut amounts: Vec<Year> = Vec::new();
        for (k, f) in sentence.iter().enumerate() {
            match f.raw.kind {
                FigureKind::Year => named = f.raw.value.to_i32(),
                FigureKind::Money | FigureKind::Count
                    if !targets.contains(&(at + k))
                        && !crate::context::is_duration_unit(&f.raw.unit) =>
                {
                    amounts.push((at + k, named))
                }
                _ => {}
            }
        }
        let first = &sentence[0];
        let follows = previous_at == Some((first.doc, first.sentence.wrapping_sub(1)));
        of_which(rule, cx, &amounts, follows.then_some(&previous[..]), out);
        stated_total(rule, cx, &amounts, &converted, out);
        shares(rule, cx, sentence, at, out);
        previous = amounts;
        previous_at = Some((first.doc, first.sentence));
    }
}

/// Whether amount `f` is a price per month, per unit … (「月額30ドル」).
fn per_unit(cx: &Context<'_>, i: usize) -> bool {
    let before = before_figure(cx, i, 4);
    let after = after_figure(cx, i);
    PER.iter().any(|w| before.contains(w))
        || after.starts_with('/')
        || after.starts_with("per ")
        || after.starts_with("換算")
}

/// The source text of the sentence that holds figures `a` to `b` (of one sentence): from the
/// stop before `a` (。！？, a line end, ". ") to the one after `b`. (Documents whose results
/// come from the cache keep no sentence list; the source is read when a rule asks.)
fn sentence_text<'a>(cx: &Context<'a>, a: usize, b: usize) -> &'a str {
    let (fa, fb) = (&cx.corpus.figures[a], &cx.corpus.figures[b]);
    let src = cx.corpus.docs[fa.doc].source();
    let stop = |c: char| matches!(c, '。' | '！' | '？' | '\n');
    let head = src.get(..fa.offset).unwrap_or("");
    let from = head.rfind(stop).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    let from = head
        .get(from..)
        .and_then(|h| h.rfind(". "))
        .map_or(from, |i| from + i + 2);
    let tail_at = fb.offset + fb.length;
    let tail = src.get(tail_at..).unwrap_or("");
    let to = tail.find(stop).map_or(src.len(), |i| {
        tail_at + i + tail[i..].chars().next().map_or(1, char::len_utf8)
    });
    let to = tail
        .get(..to - tail_at)
        .and_then(|t| t.find(". "))
        .map_or(to, |i| tail_at + i + 1);
    src.get(from..to).unwrap_or("")
}

/// The start of the text between two figures of one sentence, as far as the first keeps it
/// after itself (all of it when the gap is shorter): enough to find a marker that must stand
/// within a few characters of the first.
fn start_of_gap<'a>(cx: &Context<'a>, a: usize, b: usize) -> &'a str {
    let (fa, fb) = (&cx.corpus.figures[a], &cx.corpus.figures[b]);
    let len = fb.offset.saturating_sub(fa.offset + fa.length);
    let after = fa.after.as_str();
    after.get(..len.min(after.len())).unwrap_or(after)
}

/// An amount and the year named last before it in its sentence.
type Year = (usize, Option<i32>);

/// The part-of pairs of one sentence (and of the sentence before, when this one starts with
/// 「その中でも」 and the like).
fn of_which(
    rule: &Rule,
    cx: &Context<'_>,
    amounts: &[Year],
    previous: Option<&[Year]>,
    out: &mut Vec<Finding>,
) {
    let figures = &cx.corpus.figures;
    let unit = |i: usize| figures[i].raw.unit.as_str();
    // Within the sentence: a whole followed by 「うち」, and the next amount of its unit. (The
    // numbers are compared first: the text is read only for a part larger than its whole,
    // which keeps a run whose results come from the cache from reading every file.)
    for (n, &(w, wy)) in amounts.iter().enumerate() {
        let Some(&(p, py)) = amounts[n + 1..].iter().find(|(p, _)| unit(*p) == unit(w)) else {
            continue;
        };
        if !exceeds(rule, cx, (w, wy), (p, py)) || per_unit(cx, w) {
            continue;
        }
        let gap = start_of_gap(cx, w, p);
        let Some(mark) = OF_WHICH.iter().filter_map(|m| gap.find(m)).min() else {
            continue;
        };
        // The marker belongs to the whole: right after it (「100億円のうち」, 「100億円、その
        // うち」), not to a noun further on.
        if gap[..mark].chars().count() > 4 {
            continue;
        }
        report(rule, cx, w, p, out);
    }
    // Across sentences: 「…100億円に達した。その中でも…」.
    let (Some(previous), Some(&(p, py))) = (previous, amounts.first()) else {
        return;
    };
    let wholes: Vec<_> = previous
        .iter()
        .filter(|(w, _)| unit(*w) == unit(p))
        .collect();
    let parts = amounts.iter().filter(|(q, _)| unit(*q) == unit(p)).count();
    let ([&(w, wy)], 1) = (wholes.as_slice(), parts) else {
        return;
    };
    if !exceeds(rule, cx, (w, wy), (p, py)) || per_unit(cx, w) {
        return;
    }
    // The sentence's opening, read from the words the part keeps before it: a sentence that
    // opens further back than that goes on from its opening to other things first.
    let Some(opening) = opening_before(&cx.corpus.figures[p]) else {
        return;
    };
    let opening = opening.trim_start_matches([' ', '　', '*', '-', '>', '#']);
    if PART_NEXT.iter().any(|w| opening.starts_with(w)) {
        report(rule, cx, w, p, out);
    }
}

/// The amounts of one sentence (not restatements, not durations) whose last, marked as a
/// total, is less than the sum of the listed amounts right before it.
fn stated_total(
    rule: &Rule,
    cx: &Context<'_>,
    amounts: &[Year],
    converted: &std::collections::HashMap<usize, Vec<usize>>,
    out: &mut Vec<Finding>,
) {
    let figures = &cx.corpus.figures;
    for (n, &(t, _)) in amounts.iter().enumerate().skip(2) {
        let before = figures[t].before.trim_end_matches([' ', '　']);
        if !TOTAL.iter().any(|w| before.ends_with(w.trim_end())) {
            continue;
        }
        let unit = figures[t].raw.unit.as_str();
        let tol = cx.vocab.settings().approx_tolerance;
        let Some(tv) = figures[t].raw.value.to_f64() else {
            continue;
        };
        let total = super::values::end(cx, t, tv, tol);
        if !total.high.is_finite() || per_unit(cx, t) {
            continue;
        }
        // The parts, walking back from the total: each in the total's unit (itself or its
        // restatement), joined to the next by a list, not a change.
        let mut parts: Vec<(usize, f64)> = Vec::new();
        let mut next = t;
        for &(p, _) in amounts[..n].iter().rev() {
            let Some(q) = in_unit(cx, converted, p, unit) else {
                break;
            };
            let gap = gap_text(cx, p, next);
            let opening = gap.trim_start_matches([' ', '　', '」', '）', ')']);
            if NOT_LISTED.iter().any(|w| gap.contains(w))
                || CHANGE_AFTER.iter().any(|w| opening.starts_with(w))
                || per_unit(cx, p)
            {
                break;
            }
            let Some(v) = figures[q].raw.value.to_f64() else {
                break;
            };
            parts.push((p, stated_low(cx, q, v, tol)));
            next = p;
        }
        if parts.len() < 2 {
            continue;
        }
        let sum: f64 = parts.iter().map(|(_, v)| v).sum();
        let o: &ToleranceOnly = rule.options();
        // A part larger than the total on its own is another amount the sentence names.
        if parts.iter().any(|(_, v)| *v > total.high)
            || sum <= total.high * (1.0 + o.tolerance.relative)
        {
            continue;
        }
        parts.reverse();
        report_total(rule, cx, t, &parts, converted, out);
    }
}

/// Amount `p` in `unit`: itself, or its restatement in that currency (「40億ドル（約5,900億円）」).
fn in_unit(
    cx: &Context<'_>,
    converted: &std::collections::HashMap<usize, Vec<usize>>,
    p: usize,
    unit: &str,
) -> Option<usize> {
    let figures = &cx.corpus.figures;
    if figures[p].raw.unit == unit {
        return Some(p);
    }
    converted
        .get(&p)?
        .iter()
        .copied()
        .find(|&q| figures[q].raw.unit == unit)
}

/// The source text between figure `a` and a later figure `b` of one sentence (from the
/// document's source when the figures keep too little of it).
fn gap_text<'a>(cx: &Context<'a>, a: usize, b: usize) -> &'a str {
    let (fa, fb) = (&cx.corpus.figures[a], &cx.corpus.figures[b]);
    super::values::short_gap(cx, a, b).unwrap_or_else(|| {
        cx.corpus.docs[fa.doc]
            .source()
            .get(fa.offset + fa.length..fb.offset)
            .unwrap_or("")
    })
}

/// The least value amount `i` (of value `v`) allows as written: its rounding and 約, but not
/// a bound (「最大40億ドル」 is added up as 40億ドル).
fn stated_low(cx: &Context<'_>, i: usize, v: f64, tol: f64) -> f64 {
    let f = &cx.corpus.figures[i];
    let e = super::values::end(cx, i, v, tol);
    if e.low.is_finite() && f.raw.bound.is_none() {
        return e.low;
    }
    let approx = if f.raw.approx { tol } else { 0.0 };
    let half = f.raw.precision.to_f64().unwrap_or(0.0).abs() / 2.0 + v.abs() * approx;
    v - half.min(v.abs() * (0.05 + approx))
}

/// The finding for a total `t` less than the sum of its listed `parts` (each with its least
/// value in the total's unit).
fn report_total(
    rule: &Rule,
    cx: &Context<'_>,
    t: usize,
    parts: &[(usize, f64)],
    converted: &std::collections::HashMap<usize, Vec<usize>>,
    out: &mut Vec<Finding>,
) {
    let figures = &cx.corpus.figures;
    let unit = figures[t].raw.unit.as_str();
    // Each part as the sum reads it: in the total's unit, with the amount as first written.
    let as_total = |p: usize| in_unit(cx, converted, p, unit).unwrap_or(p);
    let shown = |p: usize| match as_total(p) {
        q if q == p => super::text(cx, p).to_string(),
        q => format!("{} ({})", super::text(cx, q), super::text(cx, p)),
    };
    let listed: Vec<String> = parts.iter().map(|&(p, _)| shown(p)).collect();
    let lang = cx.corpus.docs[figures[t].doc].meta.lang;
    let values: f64 = parts
        .iter()
        .map(|&(p, _)| figures[as_total(p)].raw.value.to_f64().unwrap_or(0.0))
        .sum();
    let computation = format!(
        "{} = {}, more than the total {} stated",
        listed.join(" + "),
        super::values::amount(values, unit, lang),
        super::text(cx, t)
    );
    let mut locations: Vec<Location> = parts
        .iter()
        .enumerate()
        .map(|(k, &(p, _))| Location::figure_at(p, None, format!("part {}", k + 1)))
        .collect();
    locations.push(Location::figure_at(t, None, "the total".into()));
    out.push(Finding {
        help: "the sentence sums these amounts to a total smaller than they add up to; check \
               the parts and the total, or whether a part is not of this total"
            .into(),
        fingerprint: fingerprint(&[&rule.id, &listed.join("+"), super::text(cx, t)]),
        locations,
        ..rule.finding(&[("computation", &computation)])
    });
}

/// The words of a figure's sentence before it, when the sentence starts within the words the
/// figure keeps before it ([`crate::figure::NEAR_CHARS`]).
fn opening_before(f: &Figure) -> Option<&str> {
    let before = f.before.as_str();
    match before.rfind(['。', '！', '？', '\n']) {
        Some(i) => Some(&before[i + before[i..].chars().next().map_or(1, char::len_utf8)..]),
        // The file starts within them.
        None if f.offset == before.len() => Some(before),
        None => None,
    }
}

/// Whether part `p` is larger than whole `w` beyond their rounding (and they are not dated
/// to different years).
fn exceeds(rule: &Rule, cx: &Context<'_>, (w, wy): Year, (p, py): Year) -> bool {
    if matches!((wy, py), (Some(a), Some(b)) if a != b) {
        return false;
    }
    let o: &ToleranceOnly = rule.options();
    let tol = cx.vocab.settings().approx_tolerance;
    let figures = &cx.corpus.figures;
    let (Some(wv), Some(pv)) = (figures[w].raw.value.to_f64(), figures[p].raw.value.to_f64())
    else {
        return false;
    };
    let whole = super::values::end(cx, w, wv, tol);
    let part = super::values::end(cx, p, pv, tol);
    part.low > whole.high * (1.0 + o.tolerance.relative)
}

/// The finding for part `p` of whole `w`.
fn report(rule: &Rule, cx: &Context<'_>, w: usize, p: usize, out: &mut Vec<Finding>) {
    let figures = &cx.corpus.figures;
    let (wv, pv) = (
        figures[w].raw.value.to_f64().unwrap_or(f64::NAN),
        figures[p].raw.value.to_f64().unwrap_or(f64::NAN),
    );
    let text = |i: usize| super::text(cx, i);
    let computation = format!("{} is part of {}, and larger than it", text(p), text(w));
    out.push(Finding {
        help: format!(
            "the text makes {} a part of {}, but the part is {:.1} times the whole; check \
             both amounts and their units",
            text(p),
            text(w),
            pv / wv
        ),
        fingerprint: fingerprint(&[&rule.id, text(w), text(p)]),
        locations: vec![
            Location::figure_at(p, None, "the part".into()),
            Location::figure_at(w, None, "the whole".into()),
        ],
        ..rule.finding(&[("computation", &computation)])
    });
}

/// The shares of one whole that one sentence enumerates, when they add up to more than 100%.
fn shares(rule: &Rule, cx: &Context<'_>, sentence: &[Figure], at: usize, out: &mut Vec<Finding>) {
    let tol = cx.vocab.settings().approx_tolerance;
    let percent = |f: &&Figure| f.raw.kind == FigureKind::Percent && f.raw.range.is_none();
    // The numbers first: the text is read only when the percentages could pass 100.
    let all: f64 = sentence
        .iter()
        .filter(percent)
        .map(|f| interval(f, tol).0.max(0.0))
        .sum();
    if all <= 100.0 {
        return;
    }
    // Holders first (from the words each figure keeps before it), the sentence's text after.
    let holders = sentence
        .iter()
        .enumerate()
        .filter(|&(k, f)| percent(&f) && HOLDER.contains(&before_figure(cx, at + k, 1)))
        .count();
    if holders < 2 {
        return;
    }
    let text = sentence_text(cx, at, at + sentence.len() - 1);
    if !SHARE.iter().any(|w| text.contains(w))
        || NOT_SHARES.iter().any(|w| text.contains(w))
        || text.matches("市場").count() > 1
        || sentence
            .iter()
            .filter(|f| f.raw.kind == FigureKind::Year)
            .count()
            > 1
    {
        return;
    }
    let held: Vec<usize> = sentence
        .iter()
        .enumerate()
        .filter(|(_, f)| percent(f))
        .map(|(k, _)| at + k)
        .filter(|&i| HOLDER.contains(&before_figure(cx, i, 1)))
        .collect();
    if held.len() < 2 {
        return;
    }
    let low: f64 = held
        .iter()
        .map(|&i| interval(&cx.corpus.figures[i], tol).0.max(0.0))
        .sum();
    let sum: f64 = held
        .iter()
        .filter_map(|&i| cx.corpus.figures[i].raw.value.to_f64())
        .sum();
    if low <= 100.0 + 0.5 * held.len() as f64 {
        return;
    }
    let listed = held
        .iter()
        .map(|&i| super::text(cx, i))
        .collect::<Vec<_>>()
        .join(" + ");
    let computation = format!("{listed} = {}%: shares of one whole", trim(sum));
    out.push(Finding {
        help: "the sentence gives these as shares of one whole, which cannot add up to more \
               than 100%; check the shares, or whether they are of different wholes or years"
            .into(),
        fingerprint: fingerprint(&[&rule.id, &listed]),
        locations: held
            .iter()
            .enumerate()
            .map(|(n, &i)| Location::figure_at(i, None, format!("share {}", n + 1)))
            .collect(),
        ..rule.finding(&[("computation", &computation)])
    });
}

/// A sum as the message shows it: no trailing `.0`.
fn trim(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    fn messages(text: &str) -> Vec<String> {
        crate::pipeline::messages_with_only("part-exceeds-whole", text)
    }

    const HEAD: &str = "---\ndate: 2025-06-01\n---\n\n";

    #[test]
    fn a_part_larger_than_its_whole_is_flagged() {
        let got = messages(&format!(
            "{HEAD}同社の2024年の売上高は100億円で、そのうち海外売上が150億円を占めた。\n"
        ));
        assert_eq!(
            got,
            ["150億円 is part of 100億円, and larger than it"],
            "{got:?}"
        );
        let got = messages(&format!(
            "{HEAD}国内の介護ロボット市場は2024年に300億円に達した。その中でも見守りロボットは2024年に450億円を占める。\n"
        ));
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn parts_within_their_whole_and_look_alikes_are_quiet() {
        for quiet in [
            "介護市場全体で2,440億円、そのうち介護ロボット市場だけでも710億円に上る。",
            "資金調達の総額は約1,640億円、そのうち研究開発に568億円を充てる。",
            // The marker belongs to a noun further on, not to the amount before it.
            "月額30ドルのプランを提供し、利用者のうち数%が有料で、売上は100億ドルに達した。",
            // Different years: a whole of 2024 and a part of 2030.
            "介護市場は2024年に100億円、そのうち見守りロボットが2030年に150億円となる見込みだ。",
            // Spans of time are no amounts of a whole.
            "今後4年間で総額5,000億円を投じる。その中でも5年間で3,000億円の契約が大きい。",
            // The whole restated in another currency is not a second whole.
            "投資額は10億ドル（約1,500億円）、そのうち設備に8億ドルを充てる。",
        ] {
            assert!(messages(&format!("{HEAD}{quiet}\n")).is_empty(), "{quiet}");
        }
    }

    #[test]
    fn listed_amounts_past_their_stated_total_are_flagged() {
        let got = messages(&format!(
            "{HEAD}開発資金はA社から30億円、B社から50億円、合わせて60億円を調達した。\n"
        ));
        assert_eq!(
            got,
            ["30億円 + 50億円 = 80億円, more than the total 60億円 stated"],
            "{got:?}"
        );
        // Parts in dollars, restated in yen, against a total in yen.
        let got = messages(&format!(
            "{HEAD}X社の最大20億ドル（約3,000億円）の出資、さらに15億ドル（約2,250億円）の追加出資で合計約3,500億円となる。\n"
        ));
        assert_eq!(
            got,
            ["約3,000億円 (最大20億ドル) + 約2,250億円 (15億ドル) = 5,250億円, more than the total 約3,500億円 stated"],
            "{got:?}"
        );
        let got = messages(&format!(
            "{HEAD}The clinic raised $300 million from a fund and $400 million from a bank, a total of $500 million.\n"
        ));
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn totals_that_hold_their_parts_and_look_alikes_are_quiet() {
        for quiet in [
            "X社からは最大20億ドル、Y社からは最大35億ドル、合計55億ドルの出資を受ける。",
            // A list that names only some of the total's parts.
            "2026年にはA社が400億ドル以上、B社が300億ドル以上と、大手5社の合計で1500億ドルに上る。",
            // A larger amount named beside the parts is no part.
            "評価額900億ドルの同社は今回20億ドルを調達し、累計で45億ドルとなった。",
            // A change is no list.
            "売上は2023年の100億円から2024年の150億円へ伸び、累計200億円に達した。",
            // One amount and a duration: a monthly fee paid for two years.
            "月額8万円を2年間支払い、合計192万円になった。",
        ] {
            assert!(messages(&format!("{HEAD}{quiet}\n")).is_empty(), "{quiet}");
        }
    }

    #[test]
    fn shares_of_one_whole_over_100_are_flagged() {
        let got = messages(&format!(
            "{HEAD}2024年の介護ロボット市場のシェアは、A社が50%、B社が40%、C社が30%だった。\n"
        ));
        assert_eq!(
            got,
            ["50% + 40% + 30% = 120%: shares of one whole"],
            "{got:?}"
        );
    }

    #[test]
    fn shares_that_fit_or_are_not_of_one_whole_are_quiet() {
        for quiet in [
            "2024年の介護ロボット市場のシェアは、A社が65%、B社が22%、C社が11%だった。",
            // Rounding: 33.4 + 33.4 + 33.4.
            "介護ロボット市場のシェアは、A社が33.4%、B社が33.4%、C社が33.4%で拮抗している。",
            // One holder in two markets.
            "A社はロボット市場で86%のシェア、介護市場では92%を握る。",
            // One holder at two years.
            "A社のシェアは2023年が80%、2024年が92%だった。",
            // A change.
            "A社のシェアは80%から94%に伸び、B社は60%に減った。",
        ] {
            assert!(messages(&format!("{HEAD}{quiet}\n")).is_empty(), "{quiet}");
        }
    }
}

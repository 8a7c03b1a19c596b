//! `part-exceeds-whole`: a part larger than the whole the text says it belongs to
//! (「売上高100億円のうち海外売上が150億円」), and the shares of one whole adding up to more
//! than 100% (「A社が50%、B社が40%、C社が30%のシェア」).
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
    summary: "A part larger than its whole, or shares of one whole adding up to more than 100%.",
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

/// Marks right before a percentage that make it its holder's share (「Aが50%」, 「B：40%」).
const HOLDER: &[&str] = &["が", "は", "：", ":", "占", "为"];

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let figures = &cx.corpus.figures;
    let targets: std::collections::HashSet<usize> =
        cx.corpus.conversions.iter().map(|c| c.target).collect();
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

//! `change-arithmetic`: a percentage change stated beside the two values it connects, when
//! those values give another change: 「設備投資は525億ドルから750億ドルへと300%増加」 is a
//! 43% rise, 「7,000億元から24%増の9,000億元」 is 28.6%, "from $40 billion to $50 billion, a
//! 60% increase" is 25%.
//!
//! The two values are amounts of one unit (a currency, a counter, or percentages) of one
//! sentence, the first marked as where the change starts (「から」, 「→」, 「从」, "from … to");
//! the percentage stands right after the second, joined by at most a particle, a comma or a
//! bracket (「…へと」, 「、」, 「（」), or right between them (「Aから24%増のB」), and a word of
//! change follows it (増, 増加, 成長, 拡大, 向上, 減少, 削減, "increase", "drop" …) or, in
//! Chinese, comes before it (「增长了」). A rate per year (年平均, CAGR, 年率, 前年比) is
//! growth-arithmetic's, not this rule's. Values and the percentage are read with their
//! precision, and `tolerance` adds room: `pp` points and a `relative` share of the stated
//! change. Between two percentages a change in points is accepted as well (「42%から61%へ
//! 19ポイント上昇」 is also written 「19%上昇」).

use super::values::{amount, before_figure, end, short_gap, End};
use super::{Context, Kind, Rule, ToleranceOnly};
use crate::context::interval;
use crate::figure::{Figure, Kind as FigureKind};
use crate::finding::{fingerprint, Finding, FindingKind, Location};
use rust_decimal::prelude::ToPrimitive;

pub static KIND: Kind = Kind {
    name: "change-arithmetic",
    summary: "A stated percentage change disagrees with the two values it connects.",
    finding: FindingKind::Arithmetic,
    options: &["tolerance"],
    defaults: || Box::new(ToleranceOnly::default()),
    check,
    shipped: (
        "rules/change-arithmetic.yaml",
        include_str!("../../rules/change-arithmetic.yaml"),
    ),
};

/// Which way a stated change goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Way {
    Up,
    Down,
}

/// Words after a percentage (after 「の」「も」) that make it a rise of the values before it.
const RISES_AFTER: &[&str] = &[
    "増",
    "急増",
    "成長",
    "拡大",
    "向上",
    "上昇",
    "急上昇",
    "アップ",
    "伸び",
    "伸長",
    "急伸",
    "飛躍",
    "跳ね上が",
    "強化",
];
/// Words after a percentage that make it a fall.
const FALLS_AFTER: &[&str] = &[
    "減",
    "削減",
    "縮小",
    "低下",
    "下落",
    "ダウン",
    "短縮",
    "低減",
    "圧縮",
];
/// English words after a percentage: " increase", " drop" …
const EN_RISES: &[&str] = &[
    " increase",
    " rise",
    " jump",
    " growth",
    " gain",
    " higher",
    " more",
    " surge",
];
const EN_FALLS: &[&str] = &[
    " decrease",
    " decline",
    " drop",
    " fall",
    " cut",
    " reduction",
    " lower",
    " less",
];
/// Chinese verbs before a percentage (「增长了」, 「下降」).
const ZH_RISES: &[&str] = &["增长", "增加", "上涨", "提升", "提高", "上升"];
const ZH_FALLS: &[&str] = &["下降", "减少", "降低", "下滑", "缩减"];

/// Words just before the percentage that make it a rate per year or a year-on-year change,
/// which two values years apart do not give directly.
const PER_YEAR: &[&str] = &[
    "年平均",
    "年率",
    "CAGR",
    "年間",
    "毎年",
    "前年比",
    "前年同期比",
    "同比",
    "年均",
    "per year",
    "a year",
    "annual",
    "YoY",
    "year-on-year",
    "year over year",
];

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let figures = &cx.corpus.figures;
    let tol = cx.vocab.settings().approx_tolerance;
    let targets: std::collections::HashSet<usize> =
        cx.corpus.conversions.iter().map(|c| c.target).collect();
    let mut start = 0;
    // The values of the sentence before, for 「…750億ドルに引き上げた。これは前年の525億ドル
    // から300%の増額だ」.
    let mut before: Vec<usize> = Vec::new();
    for sentence in figures.chunk_by(|a, b| a.doc == b.doc && a.sentence == b.sentence) {
        let at = start;
        start += sentence.len();
        // The sentence's figures but years and conversions' other sides, in text order.
        let items: Vec<usize> = (at..at + sentence.len())
            .filter(|&i| figures[i].raw.kind != FigureKind::Year && !targets.contains(&i))
            .collect();
        let previous = std::mem::replace(&mut before, items.clone());
        let follows = |l: &usize| {
            figures[*l].doc == sentence[0].doc && figures[*l].sentence + 1 == sentence[0].sentence
        };
        let previous = if previous.last().is_some_and(follows) {
            previous
        } else {
            Vec::new()
        };
        if !sentence.iter().any(|f| f.raw.kind == FigureKind::Percent) {
            continue;
        }
        // The value a change stated after 「Aから」 reached, stated before it: in the
        // sentence or, after 「これは」, in the sentence before.
        // (Only the value right before, ended as a level reached — 「…に達し、」 — with
        // nothing between that names another subject or a part: 「うち」.)
        let reached = |k: usize, x: usize| {
            let lead = before_figure(cx, x, 12);
            if lead.contains("これは") {
                let b = *previous.last()?;
                return same_measure(&figures[x], &figures[b]).then_some(b);
            }
            let b = *items[..k].last()?;
            let gap = short_gap(cx, b, x)?;
            (same_measure(&figures[x], &figures[b]) && reached_then(gap)).then_some(b)
        };
        let value = |i: usize| figures[i].raw.value.to_f64().map(|v| end(cx, i, v, tol));
        for (k, &x) in items.iter().enumerate() {
            let f = &figures[x];
            let next = items.get(k + 1).copied();
            match f.raw.range {
                // 「42.2%から61.4%へと300%の飛躍」: the extractor reads a from–to as one range.
                Some((l, h)) if is_from_to(cx, x) => {
                    let ends = (
                        end(cx, x, l.to_f64().unwrap_or(0.0), tol),
                        end(cx, x, h.to_f64().unwrap_or(0.0), tol),
                    );
                    if let Some((p, way)) = next.and_then(|p| Some((p, stated_after(cx, x, p)?))) {
                        out.extend(judge(rule, cx, ends, Stated::figure(cx, p), way));
                    }
                }
                // 「前年の26.9%から300%の増加」, read as a range whose top is the change.
                Some((l, h))
                    if f.raw.kind == FigureKind::Percent
                        && super::text(cx, x).contains("から")
                        && BEFORE.iter().any(|w| before_figure(cx, x, 6).ends_with(w))
                        && !PER_YEAR
                            .iter()
                            .any(|w| before_figure(cx, x, 12).contains(w)) =>
                {
                    let Some(way) = word_after(&f.after, RISES_AFTER, FALLS_AFTER) else {
                        continue;
                    };
                    let Some(b) = reached(k, x).and_then(value) else {
                        continue;
                    };
                    let from = end(cx, x, l.to_f64().unwrap_or(0.0), tol);
                    let stated = Stated::top_of(cx, x, h.to_f64().unwrap_or(0.0), tol);
                    out.extend(judge(rule, cx, (from, b), stated, way));
                }
                Some(_) => {}
                None => {
                    let Some(y) = next else { break };
                    // 「AからBへと P%増」, "from A to B, a P% increase", 「从A增长到B，增长了P%」.
                    if let Some(z) = items.get(k + 2).copied() {
                        if let Some(way) =
                            stated_after(cx, y, z).filter(|_| starts_change_to(cx, x, y))
                        {
                            if let (Some(a), Some(b)) = (value(x), value(y)) {
                                if same_measure(f, &figures[y]) {
                                    out.extend(judge(rule, cx, (a, b), Stated::figure(cx, z), way));
                                }
                            }
                            continue;
                        }
                    }
                    // 「Aから P%増の B」, or 「Bに達し、前年のAから P%の増加」.
                    let Some((way, leads)) = stated_from(cx, x, y) else {
                        continue;
                    };
                    let to = if leads {
                        items
                            .get(k + 2)
                            .copied()
                            .filter(|&z| short_gap(cx, y, z).is_some())
                    } else {
                        reached(k, x)
                    };
                    if let Some(b) = to.filter(|&b| same_measure(f, &figures[b])) {
                        if let (Some(a), Some(b)) = (value(x), value(b)) {
                            out.extend(judge(rule, cx, (a, b), Stated::figure(cx, y), way));
                        }
                    }
                }
            }
        }
    }
}

/// A stated change: a percentage figure, or the top of a range the extractor read
/// (「26.9%から300%」).
struct Stated {
    figure: usize,
    text: String,
    value: f64,
    low: f64,
    high: f64,
}

impl Stated {
    fn figure(cx: &Context<'_>, p: usize) -> Stated {
        let f = &cx.corpus.figures[p];
        let (low, high) = interval(f, cx.vocab.settings().approx_tolerance);
        Stated {
            figure: p,
            text: super::text(cx, p).to_string(),
            value: f.raw.value.to_f64().unwrap_or(0.0),
            low,
            high,
        }
    }

    fn top_of(cx: &Context<'_>, r: usize, v: f64, tol: f64) -> Stated {
        let e = end(cx, r, v, tol);
        Stated {
            figure: r,
            text: percent(v),
            value: v,
            low: e.low,
            high: e.high,
        }
    }
}

/// Whether range figure `r` is a change from its low end to its high end (「AからB」 with
/// 「へ」/「に」 after it, "from A to B", 「从A到B」) rather than an estimate's span.
fn is_from_to(cx: &Context<'_>, r: usize) -> bool {
    let own = super::text(cx, r);
    let after = &cx.corpus.figures[r].after;
    (own.contains("から") || own.contains('→'))
        && ["へ", "に", "まで"].iter().any(|w| after.starts_with(w))
        || before_figure(cx, r, 5).ends_with("from ") && own.contains(" to ")
        || own.contains('从') && own.contains('到')
}

/// Whether figure `b` is a value of the measure of `a`: a single amount (no range) of the
/// same kind and unit, a plain number counting when it has a unit (「45 TOPS」).
fn same_measure(a: &Figure, b: &Figure) -> bool {
    (matches!(
        b.raw.kind,
        FigureKind::Money | FigureKind::Count | FigureKind::Percent
    ) || b.raw.kind == FigureKind::Number && !b.raw.unit.is_empty())
        && b.raw.range.is_none()
        && a.raw.kind == b.raw.kind
        && a.raw.unit == b.raw.unit
}

/// Whether a figure may state a change: a plain percentage.
fn is_change(cx: &Context<'_>, p: usize) -> bool {
    let f = &cx.corpus.figures[p];
    f.raw.kind == FigureKind::Percent
        && f.raw.range.is_none()
        && f.raw.bound.is_none()
        && f.raw.value > rust_decimal::Decimal::ZERO
        && !PER_YEAR
            .iter()
            .any(|w| before_figure(cx, p, 12).contains(w))
}

/// Whether amount `a` is where a change to the figure `b` after it starts: 「から」「→」 right
/// after it (a year and its particles may stand before `b`: 「2024年の100億円から2030年には
/// 150億円」), "from A to B", 「从A…到B」.
fn starts_change_to(cx: &Context<'_>, a: usize, b: usize) -> bool {
    let Some(gap) = short_gap(cx, a, b) else {
        return false;
    };
    let gap = gap.trim();
    let ja = ["から", "→", "⇒", "➡"]
        .iter()
        .any(|w| gap.starts_with(w) && !gap.contains(['、', '，', ',', '。']));
    let en = before_figure(cx, a, 5).ends_with("from ")
        && (gap == "to" || gap.starts_with("to ") || gap.ends_with(" to"))
        && !gap.contains(',');
    let zh = before_figure(cx, a, 3).contains('从')
        && (gap.contains('到') || gap.contains('至'))
        && gap.chars().count() <= 8;
    ja || en || zh
}

/// The way of the change that percentage `p` states about the values ending at `b`, when it
/// stands right after `b` (「…750億ドルへと300%増加」, "… to $75 billion, a 300% increase",
/// 「…到B，增长了P%」).
fn stated_after(cx: &Context<'_>, b: usize, p: usize) -> Option<Way> {
    if !is_change(cx, p) {
        return None;
    }
    let gap = short_gap(cx, b, p)?;
    let f = &cx.corpus.figures[p];
    // Chinese: the verb before the percentage. (After 「同比」 it is a year-on-year rate,
    // which `is_change` has left alone.)
    let zh_gap = gap.trim_start_matches(['，', ',', ' ']);
    for (words, way) in [(ZH_RISES, Way::Up), (ZH_FALLS, Way::Down)] {
        if words.iter().any(|w| {
            zh_gap == *w
                || zh_gap
                    .strip_prefix(w)
                    .is_some_and(|r| r == "了" || r == "了约" || r == "约")
        }) {
            return Some(way);
        }
    }
    // English: ", a 300% increase", " (up 43%)".
    let en = matches!(
        gap,
        ", a " | ", an " | " (" | ", up " | ", down " | " — a " | ", or " | " (up " | " (down "
    );
    if en {
        if gap.contains("up") {
            return Some(Way::Up);
        }
        if gap.contains("down") {
            return Some(Way::Down);
        }
        return word_after(&f.after, EN_RISES, EN_FALLS);
    }
    // Japanese: 「へと」「に」「まで」, then a comma or a bracket, then the percentage.
    let mut rest = gap;
    for lead in ["へと", "にまで", "まで", "へ", "に", "と"] {
        if let Some(r) = rest.strip_prefix(lead) {
            rest = r;
            break;
        }
    }
    let rest = rest.trim_start_matches(['、', '，', '（', '(', ' ', '　']);
    if !rest.is_empty() {
        return None;
    }
    word_after(&f.after, RISES_AFTER, FALLS_AFTER)
}

/// The way of the change that percentage `p` states right after 「Aから」 (`a`), and whether
/// it leads to the value reached (「7,000億元から24%増の9,000億元」) rather than following it
/// (「…に達し、前年の26.9%から300%の増加」).
fn stated_from(cx: &Context<'_>, a: usize, p: usize) -> Option<(Way, bool)> {
    if !is_change(cx, p) || short_gap(cx, a, p)?.trim() != "から" {
        return None;
    }
    let after = &cx.corpus.figures[p].after;
    let way = word_after(after, RISES_AFTER, FALLS_AFTER)?;
    // The word of change leads straight to the value: 「24%増の」, 「24%増となる」.
    let word = RISES_AFTER
        .iter()
        .chain(FALLS_AFTER)
        .filter(|w| after.starts_with(*w))
        .max_by_key(|w| w.len());
    let leads = word.is_some_and(|w| {
        let rest = &after[w.len()..];
        let rest = rest.strip_prefix("加").unwrap_or(rest);
        ["の", "となる", "となり", "となった"]
            .iter()
            .any(|t| rest.starts_with(t) && figure_follows(&rest[t.len()..]))
    });
    Some((way, leads))
}

/// Whether a figure starts right after these words (a digit, or 約 then a digit).
fn figure_follows(rest: &str) -> bool {
    rest.trim_start_matches(['約', ' '])
        .starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// Words right before 「Aから」 that make A last period's value: 「前年の26.9%から」.
const BEFORE: &[&str] = &[
    "前年の",
    "昨年の",
    "前期の",
    "前年度の",
    "去年の",
    "前回の",
    "従来の",
];

/// Whether the words between a value and the 「Aから」 after it make that value the level
/// the change reached (「41.2%に達し、前年の」, 「750億ドルとなり、」), with no other subject
/// or part named between (「営業利益は」, 「そのうち」).
fn reached_then(gap: &str) -> bool {
    let level = [
        "に達し",
        "となり",
        "となった",
        "に上り",
        "に増え",
        "まで増え",
        "に拡大し",
    ]
    .iter()
    .any(|w| gap.starts_with(w));
    level && !gap.contains("うち") && !crate::context::names_subject(gap)
}

/// The way a word of change right after a percentage goes (「の」「も」「もの」 may come
/// first: 「300%の増額」).
fn word_after(after: &str, rises: &[&str], falls: &[&str]) -> Option<Way> {
    let rest = ["もの", "の", "も"]
        .iter()
        .find_map(|l| after.strip_prefix(l))
        .unwrap_or(after);
    if rises.iter().any(|w| rest.starts_with(w)) {
        Some(Way::Up)
    } else if falls.iter().any(|w| rest.starts_with(w)) {
        Some(Way::Down)
    } else {
        None
    }
}

/// The finding for the change stated about the values `a` → `b`, if they give another.
fn judge(
    rule: &Rule,
    cx: &Context<'_>,
    (a, b): (End, End),
    p: Stated,
    way: Way,
) -> Option<Finding> {
    let figures = &cx.corpus.figures;
    let o: &ToleranceOnly = rule.options();
    let (va, vb) = (a.value, b.value);
    if a.low <= 0.0 || vb < 0.0 || p.value <= 0.0 {
        return None;
    }
    // The change the values give, in percent, at its least and most.
    let (low, high, change) = match way {
        Way::Up => (
            (b.low - a.high) / a.high * 100.0,
            (b.high - a.low) / a.low * 100.0,
            (vb - va) / va * 100.0,
        ),
        Way::Down => (
            (a.low - b.high) / a.low * 100.0,
            (a.high - b.low) / a.high * 100.0,
            (va - vb) / va * 100.0,
        ),
    };
    let room = o.tolerance.pp + o.tolerance.relative * p.value;
    let fits = |lo: f64, hi: f64| hi >= p.low - room && lo <= p.high + room;
    if fits(low, high) {
        return None;
    }
    let fa = &figures[a.figure];
    // Between percentages, the change may be in points.
    if fa.raw.kind == FigureKind::Percent {
        let points = match way {
            Way::Up => (b.low - a.high, b.high - a.low),
            Way::Down => (a.low - b.high, a.high - b.low),
        };
        if fits(points.0, points.1) {
            return None;
        }
    }
    let shown = |e: &End| {
        if figures[e.figure].raw.range.is_some() && figures[e.figure].raw.unit == "%" {
            End {
                text: percent(e.value),
                ..e.with_text(cx)
            }
        } else {
            e.with_text(cx)
        }
    };
    let (a, b) = (shown(&a), shown(&b));
    let word = match (way, change >= 0.0) {
        (Way::Up, true) => "a rise of",
        (Way::Up, false) => "a fall, not a rise: by",
        (Way::Down, true) => "a fall of",
        (Way::Down, false) => "a rise, not a fall: by",
    };
    let computation = format!("{} → {} is {word} {:.1}%", a.text, b.text, change.abs());
    let lang = cx.corpus.docs[fa.doc].meta.lang;
    let at_stated = match way {
        Way::Up => va * (1.0 + p.value / 100.0),
        Way::Down => va * (1.0 - p.value / 100.0),
    };
    let unit = &fa.raw.unit;
    let would_be = if at_stated <= 0.0 {
        "nothing or less".to_string()
    } else if unit == "%" {
        format!("{at_stated:.1}%")
    } else {
        amount(at_stated, unit, lang)
    };
    let mut locations = vec![Location::figure_at(
        p.figure,
        None,
        "the stated change".into(),
    )];
    for (e, label) in [(&a, "from"), (&b, "to")] {
        if !locations.iter().any(|l| l.figure() == Some(e.figure)) {
            locations.push(Location::figure_at(e.figure, None, label.into()));
        }
    }
    Some(Finding {
        help: format!(
            "{computation}; {} from {} would be about {would_be}; check the change and the two \
             values",
            p.text, a.text
        ),
        fingerprint: fingerprint(&[&rule.id, &a.text, &b.text, &p.text]),
        locations,
        ..rule.finding(&[("computation", &computation), ("stated", &p.text)])
    })
}

/// A percentage as the message shows it: 42.2%, 300%.
fn percent(v: f64) -> String {
    let s = format!("{v:.2}");
    format!("{}%", s.trim_end_matches('0').trim_end_matches('.'))
}

//! The period a figure refers to: a year, half, quarter, month or fiscal year written near it,
//! or a relative one (来年, last year) read against the article's date.

use super::clause_bounds;
use super::vocab::fold;
use crate::figure::{Figure, Kind};
use crate::load::Document;
use rust_decimal::prelude::ToPrimitive;

/// How far before a figure (bytes) a year may date it.
const YEAR_WINDOW: usize = 2000;

/// The period a figure refers to: the nearest year before it in the sentence (else the
/// nearest after it in its clause), refined by 上半期 / 第N四半期 / N月 / 年度; else a
/// relative word (昨年, last year, 去年 …) resolved against the article's date.
pub(super) fn period_of(
    doc: &Document,
    text: &str,
    figs: &[Figure],
    pos: &[(usize, usize)],
    k: usize,
) -> Option<String> {
    let (fs, fe) = pos[k];
    let (_, ce) = clause_bounds(text, fs, fe);
    let (cs, _) = clause_bounds(text, fs, fe);
    let kind = figs[k].raw.kind;
    // The nearest year before: in the figure's own clause, or further back when no figure of
    // the same kind stands between (that figure took the year).
    // Only years within a window of the figure are looked at: the search stays linear in a
    // sentence that holds thousands of figures (a clause is at most 1,000 bytes).
    let near = fs.saturating_sub(YEAR_WINDOW);
    // 「2029年には…2024年比で3.1倍の4兆円」: a year compared with is no period of the figure.
    let base = |o: usize| {
        ["比", "と比べ", "に比べ", "と比較", "対比"]
            .iter()
            .any(|w| text[pos[o].1..].starts_with(w))
    };
    // 「AI市場は2025年に2440億ドル、生成AI市場は710億ドルに達する」: the clauses between the
    // year and the figure each end with an amount of the figure's kind and leave their verb to
    // the figure's clause, so the one verb, and its year, are theirs all.
    // The chain starts in the year's own clause, and the figure's clause names no time of its
    // own (「英国でも今後2年間で」).
    // (Figures are in text order: only the clause's own are looked at.)
    let own_time = (pos[..k].partition_point(|&(s, _)| s < cs)..k)
        .any(|m| figs[m].raw.kind == Kind::Count && super::is_duration(&figs[m]));
    let gapped = |o: usize| {
        let (_, ye) = clause_bounds(text, pos[o].0, pos[o].1);
        let between: Vec<usize> = (o + 1..k)
            .filter(|&m| figs[m].raw.kind == kind && pos[m].1 <= cs)
            .collect();
        !own_time
            && between.first().is_some_and(|&m| pos[m].1 <= ye)
            && between.iter().all(|&m| {
                let (_, me) = clause_bounds(text, pos[m].0, pos[m].1);
                ends_with_amount(&text[pos[m].1..me])
            })
    };
    let before = (0..k)
        .rev()
        .take_while(|&o| pos[o].0 >= near)
        .find(|&o| figs[o].raw.kind == Kind::Year && !base(o))
        .filter(|&o| {
            pos[o].0 >= cs
                || frames_sentence(text, pos[o])
                || !(o + 1..k).any(|m| figs[m].raw.kind == kind && pos[m].1 <= cs)
                || gapped(o)
        });
    // 「2025年3月には615億ドルでしたが、9月には1,830億ドルに」: a month named on its own in the
    // figure's clause goes on from the year before, when that year names an earlier month.
    let nearest = (0..k)
        .rev()
        .take_while(|&o| pos[o].0 >= near)
        .find(|&o| figs[o].raw.kind == Kind::Year);
    if let Some(o) = nearest.filter(|&o| before != Some(o) && pos[o].1 <= cs) {
        if let Some(month) = bare_month_between(text, cs, fs) {
            if let Some(period) = month_of_year(text, figs, pos, (o, fs), month) {
                return Some(period);
            }
        }
    }
    let chosen = before
        .or_else(|| {
            ((k + 1)..figs.len())
                .take_while(|&o| pos[o].0 < ce)
                .find(|&o| figs[o].raw.kind == Kind::Year)
        })
        .or_else(|| {
            (!own_time)
                .then(|| year_of_list_after(text, figs, pos, k))
                .flatten()
        });
    if let Some(o) = chosen {
        // A month named on its own between the year and the figure ("2024年の9%から2月には")
        // makes the period unclear.
        if let Some(month) = (o < k)
            .then(|| bare_month_between(text, pos[o].1, fs))
            .flatten()
        {
            // Unless the year names an earlier month of its own: 「2025年3月には…、9月には」
            // is September 2025.
            return month_of_year(text, figs, pos, (o, fs), month);
        }
        // A year that dates another figure of an earlier clause does not date this one when
        // this clause names its own topic (「…2030年には8270億ドルに達し、特に生成AI市場は
        // 年率55%で成長」).
        if o < k && pos[o].0 < cs {
            let (ys, ye) = clause_bounds(text, pos[o].0, pos[o].1);
            let dates_another = (0..k).any(|m| {
                m != o && figs[m].raw.kind != Kind::Year && pos[m].0 >= ys && pos[m].1 <= ye
            });
            let own_topic = ["は", "が", "も"].iter().any(|p| text[cs..fs].contains(p));
            if dates_another && own_topic && !gapped(o) {
                return None;
            }
        }
        let mut year = figs[o].raw.value.to_i64()?;
        // "2025年の設備投資を前年の525億ドルから" → 2024.
        let lead: String = text[..fs]
            .chars()
            .rev()
            .take(5)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if ["前年の", "前年度の", "昨年の", "前年は", "前年度は"]
            .iter()
            .any(|w| lead.ends_with(w))
        {
            year -= 1;
        }
        let after = &text[pos[o].1..];
        let written = &text[pos[o].0..pos[o].1];
        // A span of years (2025年から2030年にかけて) is kept whole: its end is `-YYYY`.
        if let Some(end) = figs[o].raw.range.and_then(|(_, hi)| hi.to_i64()) {
            if end > year && o < k {
                return Some(format!("{year}-{end}"));
            }
        }
        return Some(refine_period(year, written, after));
    }
    let (y, _, _) = doc.meta.date?;
    // A relative year word dates the figure only from nearby (the search stays linear).
    let before_start = text.floor_char_boundary(fs.saturating_sub(300));
    let before_text = &text[before_start..fs];
    let rel = [
        ("昨年", -1),
        ("去年", -1),
        ("last year", -1),
        ("今年", 0),
        ("this year", 0),
        ("来年", 1),
        ("明年", 1),
        ("next year", 1),
    ];
    let (i, w, d) = rel
        .iter()
        .filter_map(|(w, d)| before_text.rfind(w).map(|i| (i, *w, *d)))
        .filter(|&(i, _, _)| {
            !before_text[i..].starts_with("昨年比") && !before_text[i..].starts_with("去年同期")
        })
        .max_by_key(|&(i, _, _)| i)?;
    let year = i64::from(y) + d;
    // 「今年の3月には」: a month named right after the word; 「今年3月には600億ドル…、9月には」:
    // a later month named on its own goes on in that year.
    let after = &before_text[i + w.len()..];
    let own: String = after
        .trim_start_matches('の')
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let own_len = after.len() - after.trim_start_matches('の').len() + own.len();
    let own = own
        .parse::<u32>()
        .ok()
        .filter(|m| (1..=12).contains(m) && after[own_len..].starts_with('月'));
    // (A later month counts only in the figure's own clause: 「今年は、2月に発表した新製品が
    // 好調で、売上高は…」 is this year's, not February's.)
    let word_end = before_start + i + w.len() + own.map_or(0, |_| own_len + '月'.len_utf8());
    let later = (cs > word_end || own.is_some())
        .then(|| bare_month_between(text, cs.max(word_end), fs))
        .flatten();
    Some(match (own, later) {
        (Some(m), None) => format!("{year}-{m:02}"),
        (Some(m), Some(l)) if m < l && l <= 12 => format!("{year}-{l:02}"),
        (None, Some(l)) if d == 0 && (1..=12).contains(&l) => format!("{year}-{l:02}"),
        _ => year.to_string(),
    })
}

/// Words that name another year than the one written before them.
const YEAR_WORDS: &[&str] = &[
    "翌年",
    "前年",
    "昨年",
    "来年",
    "去年",
    "今年",
    "明年",
    "next year",
    "last year",
    "this year",
];

/// The period of a month named on its own after year figure `o`: that month of the year
/// when the year names an earlier month of its own (「2025年3月には…、9月には」 is
/// 2025-09); else none (「2024年の9%から2月には」 may be February of either year).
fn month_of_year(
    text: &str,
    figs: &[Figure],
    pos: &[(usize, usize)],
    (o, fs): (usize, usize),
    month: u32,
) -> Option<String> {
    let written = &text[pos[o].0..pos[o].1];
    // 「2025年1月から7月にかけて」 is a span, which no month stands for; 「2024年3月に…、翌年9
    // 月には」 is another year's month.
    if ["から", "～", "〜", "-", "–", "—", "~"]
        .iter()
        .any(|w| text[pos[o].1..].starts_with(w))
        || YEAR_WORDS
            .iter()
            .any(|w| text[pos[o].1..fs.max(pos[o].1)].contains(w))
    {
        return None;
    }
    let own = written
        .split_once('年')
        .and_then(|(_, m)| m.trim_end_matches('月').parse::<u32>().ok())?;
    (own < month && month <= 12 && figs[o].raw.range.is_none())
        .then(|| Some(format!("{}-{month:02}", figs[o].raw.value.to_i64()?)))
        .flatten()
}

/// Whether the words after an amount to the end of its clause are nothing but a size word or
/// a bracketed aside (「2440億ドル」, 「2440億ドル規模」, 「2440億ドル（約37兆円）」): the clause
/// has no verb of its own.
/// The year that the last item of a list dates, when figure `k`'s clause is an earlier item
/// that leaves its verb to it (「Googleは1150億ドル以上、Metaは1080億ドル、Microsoftは990億
/// ドルを2026年にAI設備投資に充てる」): each clause from `k`'s on ends with an amount of its kind,
/// up to one that goes on past its amount with a year of its own.
fn year_of_list_after(
    text: &str,
    figs: &[Figure],
    pos: &[(usize, usize)],
    k: usize,
) -> Option<usize> {
    let kind = figs[k].raw.kind;
    let (_, ce) = clause_bounds(text, pos[k].0, pos[k].1);
    if !ends_with_amount(&text[pos[k].1..ce]) {
        return None;
    }
    let mut last_end = ce;
    for m in k + 1..figs.len() {
        let (ms, me) = clause_bounds(text, pos[m].0, pos[m].1);
        if ms < last_end {
            // (Another figure of a clause already passed.)
            continue;
        }
        // Items follow one another: nothing else between them.
        if figs[m].raw.kind != kind
            || text
                .get(last_end..ms)
                .is_none_or(|g| g.chars().count() != 1)
        {
            return None;
        }
        if ends_with_amount(&text[pos[m].1..me]) {
            last_end = me;
            continue;
        }
        return (m + 1..figs.len())
            .take_while(|&o| pos[o].0 < me)
            .find(|&o| figs[o].raw.kind == Kind::Year && !text[pos[o].1..].starts_with('比'));
    }
    None
}

fn ends_with_amount(rest: &str) -> bool {
    let mut rest = rest.trim();
    for w in ["規模", "程度", "前後"] {
        rest = rest.strip_prefix(w).unwrap_or(rest);
    }
    super::past_aside(rest.trim()).trim().is_empty()
}

/// Whether a year set off at the start of its sentence (「2025年には、A市場は…、B市場は…」,
/// 「また、2025年時点で、…」) dates the whole sentence, not only its first figure.
fn frames_sentence(text: &str, (ys, ye): (usize, usize)) -> bool {
    let lead = text[..ys].trim_start();
    let lead_ok = lead.is_empty()
        || lead.chars().count() <= 4 && lead.ends_with(['、', '，'])
        || lead.chars().count() <= 3 && !lead.contains(['は', 'が', 'の', 'に']);
    // Past a part of the year the figure's text does not hold (「2025年第3四半期、」), a comma
    // alone sets the period off too; after a year alone it does not (「2023年、…、現在は…」).
    let rest = &text[ye..];
    let part = year_part_len(rest).map(|n| &rest[n..]);
    lead_ok
        && (part.is_some_and(|r| r.starts_with('、'))
            || ["には、", "に、", "時点で、", "時点では、", "は、", "では、"]
                .iter()
                .any(|w| part.unwrap_or(rest).starts_with(w)))
}

/// The last month named on its own (「9月」, not 「3か月」) between `from` and `to`: the number
/// written before 「月」.
fn bare_month_between(text: &str, from: usize, to: usize) -> Option<u32> {
    let gap = &text[from.min(to)..to];
    let mut last = None;
    let mut run: Option<u32> = None;
    for c in gap.chars() {
        let digit = c
            .to_digit(10)
            .or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32));
        match digit {
            Some(d) => run = Some(run.unwrap_or(0).saturating_mul(10).saturating_add(d)),
            None => {
                if c == '月' && run.is_some() {
                    last = run;
                }
                run = None;
            }
        }
    }
    last
}

/// Halves of a year written after it (「2025年上半期」), with the period each stands for.
const HALVES: [(&str, &str); 8] = [
    ("上半期", "H1"),
    ("上期", "H1"),
    ("前半", "H1"),
    ("下半期", "H2"),
    ("下期", "H2"),
    ("後半", "H2"),
    ("上半年", "H1"),
    ("下半年", "H2"),
];

/// Quarters of a year written after it (「2024年第4四半期」, "Q4"), the first to the fourth.
const QUARTERS: [[&str; 5]; 4] = [
    ["第1四半期", "第一四半期", "Q1", "第一季度", "1Q"],
    ["第2四半期", "第二四半期", "Q2", "第二季度", "2Q"],
    ["第3四半期", "第三四半期", "Q3", "第三季度", "3Q"],
    ["第4四半期", "第四四半期", "Q4", "第四季度", "4Q"],
];

/// The length in bytes of a half or a quarter (see [`HALVES`], [`QUARTERS`]) that `text`
/// opens with, as written.
pub(super) fn year_part_len(text: &str) -> Option<usize> {
    HALVES
        .iter()
        .map(|(w, _)| *w)
        .chain(QUARTERS.iter().flatten().copied())
        .filter(|w| text.starts_with(w))
        .map(str::len)
        .max()
}

fn refine_period(year: i64, written: &str, after: &str) -> String {
    let fiscal = written.contains("年度")
        || written.to_ascii_uppercase().starts_with("FY")
        || after.starts_with("会計年度")
        || after.starts_with("年度");
    let base = if fiscal {
        format!("FY{year}")
    } else {
        year.to_string()
    };
    let after = after.trim_start_matches(['の', ' ']);
    for (w, p) in HALVES {
        if after.starts_with(w) {
            return format!("{base}{p}");
        }
    }
    let folded = fold(after);
    for (i, q) in QUARTERS.iter().enumerate() {
        if q.iter().any(|w| folded.starts_with(&fold(w))) {
            return format!("{base}Q{}", i + 1);
        }
    }
    if fiscal {
        return base;
    }
    let months = written.split('年').nth(1).map(|r| r.trim_end_matches('月'));
    if let Some(m) = months.and_then(|r| r.parse::<u32>().ok()) {
        return format!("{year}-{m:02}");
    }
    // A span of months (2025年4〜6月期): its first and last month.
    if let Some((a, b)) = months.and_then(|r| {
        let (a, b) = r.split_once(|c: char| !c.is_ascii_digit())?;
        let b = b.trim_start_matches(|c: char| !c.is_ascii_digit());
        Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?))
    }) {
        return if (a, b) == (1, 12) {
            base
        } else {
            format!("{year}-{a:02}..{b:02}")
        };
    }
    let digits: String = after.chars().take_while(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() && after[digits.len()..].starts_with('月') {
        if let Ok(m) = digits.parse::<u32>() {
            if (1..=12).contains(&m) {
                return format!("{year}-{m:02}");
            }
        }
    }
    base
}

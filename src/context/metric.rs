//! The metric a figure measures: the metric word of its clause that fits its kind of figure.

use super::vocab::{kind_bit, Vocab};
use crate::figure::{Figure, Kind};

/// One sentence's figures and where they stand in it.
#[derive(Clone, Copy)]
pub(super) struct Scene<'a> {
    pub(super) text: &'a str,
    pub(super) figs: &'a [Figure],
    pub(super) pos: &'a [(usize, usize)],
    /// Whether each figure restates the one before it (a conversion's target).
    pub(super) restated: &'a [bool],
}

/// A gap with bracketed asides removed ("（約15兆円）の" → "の").
pub(super) fn without_brackets(gap: &str) -> String {
    let mut out = String::with_capacity(gap.len());
    let mut depth = 0usize;
    for c in gap.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Text between two amounts that makes the second restate the first: an opening bracket,
/// perhaps with 約 / about / 日本円で.
pub(super) fn is_restatement(gap: &str) -> bool {
    let g = gap.trim();
    g.is_empty() || g.starts_with(['（', '(', '[', '［']) && g.chars().count() <= 8
}

/// Whether the words after an amount make it an amount of the noun they name
/// (「170億ドルのキャッシュフロー」), not the end of a clause.
pub(super) fn owns_noun_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('の') else {
        return false;
    };
    rest.chars().next().is_some_and(|c| {
        ('\u{4E00}'..='\u{9FFF}').contains(&c)
            || ('\u{30A1}'..='\u{30FA}').contains(&c)
            || c.is_ascii_alphabetic()
    })
}

/// Words between an amount and a metric word that make the amount the scale of what that
/// word names (「15兆円規模の資金調達」 is a funding round of about 15兆円).
const SCALE_OF: &[&str] = &["規模の", "規模での", "规模的"];

/// The metric of figure `k`: the metric word in its clause, for its kind of figure, closest to
/// it by the words between (a word right after it with の, or right before it with は / が,
/// wins), and never beyond another figure of the same kind.
pub(super) fn metric_for(
    scene: &Scene<'_>,
    hits: &[(usize, usize, usize)],
    vocab: &Vocab,
    k: usize,
    (cs, ce): (usize, usize),
) -> Option<usize> {
    let Scene {
        text,
        figs,
        pos,
        restated,
    } = *scene;
    let (fs, fe) = pos[k];
    let kind = figs[k].raw.kind;
    let bit = kind_bit(kind);
    // Figures are in text order: only those starting inside a..b are looked at.
    let blocked = |a: usize, b: usize| {
        let from = pos.partition_point(|&(os, _)| os < a);
        pos[from..]
            .iter()
            .enumerate()
            .take_while(|(_, &(os, _))| os <= b)
            .any(|(i, &(_, oe))| {
                let o = from + i;
                o != k && !restated[o] && figs[o].raw.kind == kind && oe <= b
            })
    };
    // Only metric words near the figure can be its own (a gap of at most a few words,
    // brackets aside): the search is linear in the sentence however many figures it holds.
    const NEAR: usize = 600;
    let first = hits.partition_point(|h| h.1 + NEAR < fs);
    hits[first..]
        .iter()
        .take_while(|h| h.0 <= fe + NEAR)
        .filter(|(s, e, m)| *s >= cs && *e <= ce && vocab.metrics[*m].1 & bit != 0)
        .filter_map(|&(s, e, m)| {
            let (gap, before) = if e <= fs {
                (&text[e..fs], true)
            } else if s >= fe {
                (&text[fe..s], false)
            } else if s >= fs && s < fe {
                // The figure's own counter names it (「3,900億パラメータ」).
                return Some((1, m));
            } else {
                return None;
            };
            if before && blocked(e, fs) || !before && blocked(fe, s) {
                return None;
            }
            let gap = without_brackets(gap);
            let gap = gap.as_str();
            let chars = gap.chars().count();
            // English spends more characters on the same few words.
            let limit = if gap.is_ascii() { 48 } else { 16 };
            if chars > limit {
                return None;
            }
            let trimmed = gap.trim_matches([' ', '（', '(', '）', ')']);
            let tight = if before {
                matches!(
                    trimmed,
                    "" | "は"
                        | "が"
                        | "も"
                        | "："
                        | ":"
                        | "は約"
                        | "が約"
                        | "of"
                        | "was"
                        | "is"
                        | "at"
                        | "reached"
                        | "为"
                        | "达"
                        | "达到"
                )
            } else {
                matches!(
                    trimmed,
                    "" | "の" | "もの" | "という" | "と" | "に" | "的" | "规模"
                )
            };
            // 「15兆円規模の資金調達」: the amount is the scale of what the word after names,
            // ahead of 規模 itself (scored 1 when right after the figure).
            if !before && SCALE_OF.contains(&trimmed) {
                return Some((0, m));
            }
            // 「700億ドル規模の売上と170億ドルのキャッシュフロー」: an amount followed by 「の」
            // and a noun is an amount of that noun; a metric word before it is its own only
            // when tied to it (は, が, ：).
            if before && !tight && owns_noun_after(&text[fe..]) {
                return None;
            }
            let weight = if gap.is_ascii() { chars / 3 } else { chars };
            let score = 1 + weight * 2 + usize::from(before) + if tight { 0 } else { 8 };
            Some((score, m))
        })
        .min_by_key(|&(score, m)| (score, m))
        .map(|(_, m)| m)
}

/// Particles that end the party of a list item: 「Microsoftから」, 「Amazonからの」, 「NVIDIAが」.
const ITEM_PARTICLES: &[&str] = &["からの", "からは", "からも", "から", "が", "は", "も"];
/// A list item's particle without the topic, possessive or "also" ending it may carry
/// (「からの」, 「からも」 → 「から」); a particle that is only that ending stays itself.
fn base_particle(p: &str) -> &str {
    match p.trim_end_matches(['の', 'は', 'も']) {
        "" => p,
        base => base,
    }
}

/// Words that make the next amount an alternative to the one before: 「、あるいは」.
const ALTERNATIVES: &[&str] = &["あるいは", "または", "もしくは", "ないし"];
/// Words that open the last item of a list: 「、合計150億ドル」.
const LIST_CLOSERS: &[&str] = &["合計", "総額", "累計", "計"];

/// The measure of figure `k` as an item of a list of like amounts whose last item names it
/// after itself: 「Microsoftから最大50億ドル、NVIDIAから最大100億ドルを投資」,
/// 「MicrosoftがAnthropicに最大50億ドル、NVIDIAが最大100億ドルを投資する」. Each item after
/// the first is a party and the same particle (or a total: 「、合計150億ドルもの投資」), and
/// the first item's clause holds that particle too.
pub(super) fn list_metric(
    scene: &Scene<'_>,
    hits: &[(usize, usize, usize)],
    vocab: &Vocab,
    k: usize,
    clause_of: impl Fn(usize) -> (usize, usize),
) -> Option<usize> {
    let Scene {
        text,
        figs,
        pos,
        restated,
    } = *scene;
    let kind = figs[k].raw.kind;
    let (cs, _) = clause_of(k);
    let lead = &text[cs..pos[k].0];
    let mut at = k;
    for _ in 0..8 {
        let next = (at + 1..figs.len()).find(|&o| !restated[o])?;
        if figs[next].raw.kind != kind {
            return None;
        }
        let gap = without_brackets(&text[pos[at].1..pos[next].0]);
        let item = gap.strip_prefix('、')?;
        // 「850億ドル、あるいは750億ドル」: an alternative value of the same thing.
        let alternative = ALTERNATIVES.iter().any(|w| item.trim() == *w);
        let item = ["さらには", "さらに", "そして", "また"]
            .iter()
            .find_map(|w| item.strip_prefix(w))
            .unwrap_or(item);
        if item.chars().count() > 16 || item.contains(['。', '、']) {
            return None;
        }
        let closer = LIST_CLOSERS
            .iter()
            .any(|w| item.trim_start_matches(' ') == *w);
        // 「、Googleが合計20億ドル」: a total's word after the party's particle.
        let core = LIST_CLOSERS
            .iter()
            .find_map(|w| item.strip_suffix(w))
            .unwrap_or(item);
        let particle = ITEM_PARTICLES
            .iter()
            .find(|p| core.len() > p.len() && core.ends_with(*p));
        match particle {
            // 「からの」 and 「からは」 match a 「から」 in the first clause; 「は」 itself a 「は」.
            Some(p) if lead.contains(base_particle(p)) => {}
            None if closer => {}
            _ if alternative => {}
            _ => return None,
        }
        let (ns, ne) = pos[next];
        if let Some(m) = metric_for(scene, hits, vocab, next, clause_of(next)) {
            // The measure word must follow the last item, not stand before the list.
            let after = hits
                .iter()
                .any(|&(hs, _, hm)| hm == m && hs >= ne && hs > ns);
            return after.then_some(m);
        }
        at = next;
    }
    None
}

/// The measure of figure `k` as one party's item in a list under a measure that the sentence
/// names as its topic: 「2026年の設備投資額は、Googleが1150億ドル、Metaが1080億ドル」. The
/// figure's clause is only a name (a Latin or katakana name, or a well-known company) and 「が」
/// or 「は」 before the amount; the topic, up to its 「は、」, holds a metric word of the
/// figure's kind and no figure but years; every figure between the topic and this one is of
/// the same kind. Only amounts and counts: percentages listed by party are shares of one
/// whole (「Aが70%、Bが30%を出資」). Returns the measure, the year the topic names if it
/// names one (it dates every item), and the party (where it starts, and as written).
pub(super) fn topic_list_metric(
    scene: &Scene<'_>,
    hits: &[(usize, usize, usize)],
    vocab: &Vocab,
    k: usize,
    (cs, _): (usize, usize),
) -> Option<TopicItem> {
    let Scene {
        text,
        figs,
        pos,
        restated,
    } = *scene;
    let kind = figs[k].raw.kind;
    // A list that long is a table written as prose: its items are not read this way (and the
    // cost per figure stays bounded).
    if !matches!(kind, Kind::Money | Kind::Count) || k > MAX_TOPIC_ITEMS {
        return None;
    }
    let lead = text[cs..pos[k].0].trim_matches([' ', '　', '、', '，']);
    // 「…は、2026年にはGoogleが…」: the first item may open with the year of the list.
    let lead = without_leading_year(lead);
    let name = lead
        .strip_suffix('が')
        .or_else(|| lead.strip_suffix('は'))?
        .trim_end();
    // 「Alphabet（Google）が」: the name before its aside.
    let name = name
        .split_once(['（', '('])
        .map_or(name, |(before, _)| before)
        .trim_end();
    let chars = name.chars().count();
    if !(2..=24).contains(&chars)
        || name.contains(['、', '，', '。', 'の'])
        || !(super::subject::is_name(name) || vocab.is_company(&vocab.normalise(name).0))
    {
        return None;
    }
    // (「AI設備投資も、…」: a topic that goes on from the sentence before.)
    let topic_end = text[..cs]
        .find("は、")
        .or_else(|| text[..cs].find("は，"))
        .or_else(|| text[..cs].find("も、"))?;
    let year = |o: usize| figs[o].raw.kind == Kind::Year;
    let items_only =
        (0..k).all(|o| restated[o] || year(o) || pos[o].0 > topic_end && figs[o].raw.kind == kind);
    if !items_only {
        return None;
    }
    let bit = kind_bit(kind);
    let metric = hits
        .iter()
        .rev()
        .find(|&&(s, e, m)| e <= topic_end && s < e && vocab.metrics[m].1 & bit != 0)?
        .2;
    let topic_year = (0..k)
        .rev()
        .find(|&o| year(o) && pos[o].1 <= topic_end && figs[o].raw.range.is_none())
        .and_then(|o| rust_decimal::prelude::ToPrimitive::to_i64(&figs[o].raw.value));
    let name_at = lead.as_ptr() as usize - text.as_ptr() as usize;
    Some(TopicItem {
        metric,
        year: topic_year,
        party: (name_at, name.to_string()),
    })
}

/// `lead` without a year that opens it and the particle after the year (「2026年にはGoogleが」
/// → 「Googleが」).
fn without_leading_year(lead: &str) -> &str {
    let digits = lead.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return lead;
    }
    let rest = &lead[4..];
    let Some(rest) = rest
        .strip_prefix("年度")
        .or_else(|| rest.strip_prefix('年'))
    else {
        return lead;
    };
    ["には", "に", "では", "は", ""]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest)
        .trim_start_matches(['、', '，', ' '])
}

/// The most figures before one that [`topic_list_metric`] reads as a list item.
const MAX_TOPIC_ITEMS: usize = 48;

/// One party's item of a list under a measure named as the topic (see [`topic_list_metric`]).
pub(super) struct TopicItem {
    pub metric: usize,
    pub year: Option<i64>,
    pub party: (usize, String),
}

//! `impossible-fall`: a quantity said to fall by more than 100% (「コストを300%削減」, "a 300%
//! reduction in cost", 「成本降低了300%」). A fall of 100% leaves nothing; more would leave less
//! than nothing. The writer usually meant a multiple (to a quarter: a 75% cut) or a gain.

use super::{Context, Kind, Rule, ToleranceOnly};
use crate::context::change::FALLS;
use crate::context::interval;
use crate::figure::Kind as FigureKind;
use crate::finding::{fingerprint, Finding, FindingKind, Location};
use rust_decimal::prelude::ToPrimitive;

pub static KIND: Kind = Kind {
    name: "impossible-fall",
    summary: "A quantity is said to fall by more than 100%.",
    finding: FindingKind::Arithmetic,
    options: &["tolerance"],
    defaults: || Box::new(ToleranceOnly::default()),
    check,
    shipped: (
        "rules/impossible-fall.yaml",
        include_str!("../../rules/impossible-fall.yaml"),
    ),
};

/// Words that may stand between a Japanese percentage and its fall word: particles and the
/// noun that falls (「300%のコスト削減」, 「300%もの削減」).
const JA_LEAD: &[&str] = &["もの", "の", "も"];
/// How many characters the noun between a percentage and its fall word may have.
const NOUN_CHARS: usize = 8;

/// English words after a percentage that make it a fall ("a 300% reduction", "300% less").
const EN_AFTER: &[&str] = &[
    " reduction",
    " decrease",
    " decline",
    " drop",
    " cut",
    " less",
    " lower",
    " fewer",
    " cheaper",
];
/// English verbs before "by N%" that make it a fall ("cut costs by 300%").
const EN_BEFORE: &[&str] = &[
    "reduced",
    "reduce",
    "reduces",
    "cut",
    "cuts",
    "lowered",
    "lower",
    "lowers",
    "decreased",
    "decrease",
    "fell",
    "dropped",
    "slashed",
    "slash",
];

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    let o: &ToleranceOnly = rule.options();
    for (i, f) in cx.corpus.figures.iter().enumerate() {
        if f.raw.kind != FigureKind::Percent || f.raw.range.is_some() || f.raw.bound.is_some() {
            continue;
        }
        let value = f.raw.value.to_f64().unwrap_or(0.0);
        // The least the figure's writing allows (its rounding, 約) is still over 100 by more
        // than the rule's room.
        let (low, _) = interval(f, cx.vocab.settings().approx_tolerance);
        if low <= 100.0 + o.tolerance.pp || !is_fall(&f.before, &f.after) {
            continue;
        }
        let text = f.text.as_str();
        let fall = 100.0 - 100.0 / (1.0 + value / 100.0);
        let help = format!(
            "a fall of 100% leaves nothing, so {text} cannot be a fall; if the quantity became \
             1/{times} of what it was, that is a fall of {fall:.0}% (or write 「1/{times}に」 / \
             \"{times} times lower\"); if it grew, say so",
            times = format_times(1.0 + value / 100.0),
        );
        let mut finding = rule.finding(&[("value", text)]);
        finding.help = help;
        finding.fingerprint = fingerprint(&[&rule.id, text, f.after.as_str()]);
        finding.locations = vec![Location::figure_at(i, None, format!("{text} here"))];
        out.push(finding);
    }
}

/// A multiple as the help writes it: 4, 2.5.
fn format_times(t: f64) -> String {
    if (t - t.round()).abs() < 0.05 {
        format!("{}", t.round())
    } else {
        format!("{t:.1}")
    }
}

/// Whether the words around a percentage make it a fall of a quantity: a fall word right
/// after it or after the noun that falls (Japanese, Chinese), a fall word after it or a
/// falling verb with "by" before it (English), or a Chinese verb before it (「降低了300%」).
fn is_fall(before: &str, after: &str) -> bool {
    // Japanese and Chinese: 「300%削減」, 「300%のコスト削減」.
    let rest = JA_LEAD
        .iter()
        .find_map(|l| after.strip_prefix(l))
        .unwrap_or(after);
    let noun: String = rest
        .chars()
        .take_while(|&c| is_noun_char(c))
        .take(NOUN_CHARS + 2)
        .collect();
    let fall_in = |s: &str| {
        s.char_indices()
            .take(NOUN_CHARS + 1)
            .any(|(k, _)| FALLS.iter().any(|w| s[k..].starts_with(w)))
    };
    // 「300%減」, 「300%減った」.
    if fall_in(&noun) || rest.starts_with('減') {
        return true;
    }
    // English.
    let lower = after.to_ascii_lowercase();
    if EN_AFTER.iter().any(|w| {
        lower
            .strip_prefix(w)
            .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_ascii_alphabetic()))
    }) {
        return true;
    }
    let b = before.trim_end().to_ascii_lowercase();
    if let Some(head) = b.strip_suffix(" by") {
        let head = head.trim_end();
        // "cut costs by", "reduced latency by": the verb is one of the last three words.
        if head
            .rsplit(' ')
            .take(3)
            .any(|w| EN_BEFORE.contains(&w.trim_matches(|c: char| !c.is_ascii_alphabetic())))
        {
            return true;
        }
    }
    // Chinese: the verb first.
    let b = before.trim_end();
    FALLS
        .iter()
        .any(|w| b.ends_with(w) || b.strip_suffix('了').is_some_and(|h| h.ends_with(w)))
}

/// A character of the noun between a percentage and its fall word: kanji, katakana, Latin
/// letters and digits, the long-vowel mark.
fn is_noun_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || ('\u{4E00}'..='\u{9FFF}').contains(&c)
        || ('\u{30A0}'..='\u{30FF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::is_fall;

    #[test]
    fn falls_in_three_languages() {
        assert!(is_fall("コストを", "削減した"));
        assert!(is_fall("同社は", "のコスト削減を実現"));
        assert!(is_fall("", "もの削減"));
        assert!(is_fall("前年比", "減となった"));
        assert!(is_fall("a ", " reduction in cost"));
        assert!(is_fall("it cut serving costs by ", " last year"));
        assert!(is_fall("成本降低了", "，"));
    }

    #[test]
    fn gains_and_other_words_are_no_fall() {
        assert!(!is_fall("売上が", "増加した"));
        assert!(!is_fall("", "の成長と、コスト削減"));
        assert!(!is_fall("", "向上し、遅延を削減"));
        assert!(!is_fall("a ", " reductionist view"));
        assert!(!is_fall("revenue grew by ", " while costs fell"));
        assert!(!is_fall("效率提升了", "。"));
    }
}

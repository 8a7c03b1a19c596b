//! Benchmark scores: a percentage or a score bound to a benchmark's name (「AIME25で80.6%」,
//! "80.6% on AIME25", 「在MMLU上得分88%」) is a model's score on it. A model has one score
//! per benchmark (and version), so two in one article disagree unless they belong to two
//! models.

/// How far (bytes) a benchmark's name may stand before its score.
const NEAR: usize = 90;

/// The words that may follow a benchmark's name before its score (「AIME25で」, 「MMLUの正答率」,
/// "MMLU: 88%", 「在MMLU上」).
const AFTER_NAME: &[&str] = &[
    "で",
    "において",
    "における",
    "では",
    "の",
    "上",
    ":",
    "：",
    " ",
    "(",
    "（",
    "得分",
    "中",
    "スコア",
    "score",
    "scored",
    "at",
    "of",
    "with",
];

/// The benchmark the figure at `(fs, fe)` of `text` scores, from the benchmarks the sentence
/// names (`names`: start, end, canonical name): the nearest one before it in the same clause
/// run, with no other benchmark between, or one right after it ("80.6% on AIME25").
pub(super) fn bound_benchmark(
    text: &str,
    (fs, fe): (usize, usize),
    names: &[(usize, usize, String)],
) -> Option<String> {
    if let Some((_, end, name)) = names.iter().rev().find(|(_, e, _)| *e <= fs) {
        let gap = &text[*end..fs];
        let bound = gap.len() <= NEAR
            && !gap.contains(['。', '！', '？', '\n', '；', ';'])
            && AFTER_NAME.iter().any(|w| gap.starts_with(w));
        if bound {
            return Some(name.clone());
        }
    }
    let after = names.iter().find(|(s, _, _)| *s >= fe)?;
    let gap = text[fe..after.0].trim();
    ["on", "on the", "in", "在"]
        .contains(&gap)
        .then(|| after.2.clone())
}

/// Whose figures a list item gives when it opens with a name and a colon
/// (「**Gemini 3 Pro**: MMLUで91.8…」, "- GPT-4o (OpenAI): 88.7 on MMLU").
pub(super) fn list_lead(block: &str) -> Option<String> {
    let end = block.find(['：', ':'])?;
    let lead = block[..end].trim();
    // An aside in brackets after the name is not part of it.
    let lead = lead
        .split(['（', '('])
        .next()
        .unwrap_or(lead)
        .trim()
        .trim_matches(['*', '_', ' ']);
    let n = lead.chars().count();
    // A name: Latin or katakana, not a heading's words (「基盤モデルの進化」).
    let name = lead
        .starts_with(|c: char| c.is_ascii_alphanumeric() || ('\u{30A1}'..='\u{30FA}').contains(&c));
    (name && (2..=32).contains(&n) && !lead.contains(['、', '。', '，', 'の']))
        .then(|| lead.to_string())
}

/// Whether the words before a score name a model or a company other than those `known`
/// (the article's topic, the benchmarks, the owners of the sentence's earlier figures):
/// then a score with no name of its own may be that one's, and is not given to the topic.
/// Asides in brackets are skipped (「MMLU（Massive Multitask Language Understanding）で」).
pub(super) fn names_other_model(head: &str, known: &[&str]) -> bool {
    let mut plain = String::with_capacity(head.len());
    let mut depth = 0usize;
    for c in head.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let known: Vec<String> = known.iter().map(|k| k.to_lowercase()).collect();
    plain
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.len() >= 2 && w.starts_with(|c: char| c.is_ascii_uppercase()))
        .any(|w| {
            let w = w.to_lowercase();
            !known.iter().any(|k| k.contains(&w))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, list: &[&str]) -> Vec<(usize, usize, String)> {
        list.iter()
            .map(|n| {
                let i = text.find(n).unwrap();
                (i, i + n.len(), n.to_string())
            })
            .collect()
    }

    fn at(text: &str, fig: &str) -> (usize, usize) {
        let i = text.find(fig).unwrap();
        (i, i + fig.len())
    }

    #[test]
    fn a_score_is_bound_to_the_benchmark_named_before_it() {
        let t = "MMLUで88.1%、GPQAで70.2%を記録した。";
        let n = names(t, &["MMLU", "GPQA"]);
        assert_eq!(
            bound_benchmark(t, at(t, "88.1%"), &n).as_deref(),
            Some("MMLU")
        );
        assert_eq!(
            bound_benchmark(t, at(t, "70.2%"), &n).as_deref(),
            Some("GPQA")
        );
    }

    #[test]
    fn a_score_after_its_figure_in_english() {
        let t = "The model scored 91.5% on MMLU.";
        let n = names(t, &["MMLU"]);
        assert_eq!(
            bound_benchmark(t, at(t, "91.5%"), &n).as_deref(),
            Some("MMLU")
        );
    }

    #[test]
    fn a_percentage_far_from_any_benchmark_is_no_score() {
        let t = "MMLUの結果が話題だ。一方、売上は20%伸びた。";
        let n = names(t, &["MMLU"]);
        assert_eq!(bound_benchmark(t, at(t, "20%"), &n), None);
        let t = "MMLUについては触れず、売上が20%伸びた";
        let n = names(t, &["MMLU"]);
        assert_eq!(bound_benchmark(t, at(t, "20%"), &n), None);
    }

    #[test]
    fn a_list_item_names_whose_figures_it_gives() {
        assert_eq!(list_lead("Model X: MMLUで90.1").as_deref(), Some("Model X"));
        assert_eq!(
            list_lead("Zeta 2（某社）：MMLUで80").as_deref(),
            Some("Zeta 2")
        );
        assert_eq!(list_lead("売上は伸び、利益も増えた: 10%"), None);
        assert_eq!(list_lead("MMLUで90.1を記録"), None);
    }

    #[test]
    fn another_model_before_a_score_keeps_it_from_the_topic() {
        let known = ["Zeta", "MMLU"];
        assert!(!names_other_model("MMLU（Massive Multitask）で", &known));
        assert!(names_other_model("MMLUでOmegaの", &known));
        assert!(!names_other_model("ZetaはMMLUで", &known));
    }
}

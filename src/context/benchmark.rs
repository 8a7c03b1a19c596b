//! Benchmark scores: a percentage or a score bound to a benchmark's name (「AIME25で80.6%」,
//! "80.6% on AIME25", 「在MMLU上得分88%」) is a model's score on it. A model has one score
//! per benchmark (and version), so two in one article disagree unless they belong to two
//! models.

/// How far (bytes) a benchmark's name may stand before its score.
const NEAR: usize = 90;

/// The words that may follow a benchmark's name before its score (「AIME25で」, 「MMLUの正答率」,
/// "MMLU: 88%", 「在MMLU上」).
const AFTER_NAME: &[&str] = &[
    "ベンチマーク",
    "benchmark",
    "基准",
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
    // 「出力トークンを76%削減」, 「76%の効率向上」: a change, not a score.
    let next = text[fe..].trim_start_matches(['*', ' ', '）', ')']);
    let next = next.strip_prefix('の').unwrap_or(next);
    let next = ["効率", "コスト", "時間"]
        .iter()
        .fold(next, |n, w| n.strip_prefix(w).unwrap_or(n));
    if super::change::FALLS
        .iter()
        .chain(super::change::GAINS)
        .chain(&["増加", "減", "増"])
        .any(|w| next.starts_with(w))
    {
        return None;
    }
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

/// Where the benchmark's name stands when the score follows it as its score
/// (「GPT-4oのMMLUスコア88.7」, 「GPT-4oのMMLUは88.7」): the place to look for the owner (「…の」)
/// before the name.
pub(super) fn owner_before_name(
    text: &str,
    fs: usize,
    names: &[(usize, usize, String)],
) -> Option<usize> {
    let (start, end, _) = names.iter().rev().find(|(_, e, _)| *e <= fs)?;
    let gap = text[*end..fs].trim();
    let gap = gap.trim_end_matches(['は', 'が', 'で', ' ', '約']);
    matches!(
        gap,
        "" | "スコア" | "score" | "得分" | "の値" | "の正答率" | "正答率"
    )
    .then_some(*start)
}

/// The model a score belongs to when a relative clause names it right after the score
/// (「91.8を記録したGemini 3 Proに次ぐ」: 91.8 is Gemini 3 Pro's, whatever the sentence is
/// about): a name (Latin or katakana) after 「を記録した」 and the like.
pub(super) fn owner_after(text: &str, fe: usize) -> Option<(usize, String)> {
    const RECORDED: &[&str] = &[
        "を記録した",
        "を達成した",
        "を獲得した",
        "をマークした",
        "を叩き出した",
        "を出した",
        "を誇る",
        "のスコアを持つ",
    ];
    let after = text.get(fe..)?;
    let after = after.trim_start_matches(['%', '％', ' ', '点']);
    let verb = RECORDED.iter().find(|v| after.starts_with(**v))?;
    let rest = &after[verb.len()..];
    let rest = rest.trim_start_matches([' ', '「', '『']);
    let latin = |c: char| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '.');
    let katakana = |c: char| ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー';
    let name_end = if rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        rest.find(|c: char| !latin(c)).unwrap_or(rest.len())
    } else if rest.starts_with(katakana) {
        rest.find(|c: char| !katakana(c)).unwrap_or(rest.len())
    } else {
        return None;
    };
    let name = rest[..name_end].trim();
    (name.chars().count() >= 2).then(|| {
        (
            rest.as_ptr() as usize - text.as_ptr() as usize,
            name.to_string(),
        )
    })
}

/// Words right after a score that compare it with another (「GPT-4oの91.8に匹敵」).
const COMPARED: &[&str] = &[
    "に匹敵",
    "を上回",
    "を下回",
    "に迫",
    "と同等",
    "と並",
    "に並",
    "に次ぐ",
    "を超え",
    "と比べ",
    "と比較",
];

/// Whether the sentence compares the score at `(fs, fe)` with the score before it, on the same
/// benchmark (「MMLUで91.8を記録し、これはGPT-4oの88.7を上回る」): a name right before it with
/// 「の」 (whose score it is, as [`super::subject::owner_before`] reads it), and a comparing
/// word right after it.
pub(super) fn compared_score(text: &str, (fs, fe): (usize, usize), vocab: &super::Vocab) -> bool {
    let after = text[fe..].trim_start_matches([' ', '点']);
    COMPARED.iter().any(|w| after.starts_with(w))
        && super::subject::owner_before(text, fs, vocab)
            .is_some_and(|(_, name)| super::subject::is_name(&name))
}

/// The benchmark a list of scores is under: the list item before (or a few before, all list
/// items) that names only a benchmark and ends with a colon (「**MMLU（…）:**」 over
/// 「Gemini 3 Pro: 91.8」, 「GPT-4o: 88.7」).
pub(super) fn list_header(
    blocks: &[crate::load::prose::Block],
    at: usize,
    vocab: &super::Vocab,
) -> Option<String> {
    use crate::load::prose::BlockKind;
    for b in blocks[..at].iter().rev().take(16) {
        if b.kind != BlockKind::ListItem {
            return None;
        }
        let t = b.text.trim().trim_matches(['*', '_', ' ', '　']);
        let Some(head) = t.strip_suffix([':', '：']) else {
            continue;
        };
        let names = vocab.benchmarks_in(head);
        let [(s, e, name)] = names.as_slice() else {
            return None;
        };
        // Nothing but the name and an aside in brackets.
        let rest = format!("{}{}", &head[..*s], &head[*e..]);
        let rest = rest.split(['（', '(']).next().unwrap_or("").trim();
        return rest.is_empty().then(|| name.clone());
    }
    None
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
    fn the_owner_of_a_score_stands_before_its_benchmark_or_after_it_in_a_relative_clause() {
        let t = "ZetaのMMLUスコア88.7を上回る";
        let n = names(t, &["MMLU"]);
        assert_eq!(
            owner_before_name(t, at(t, "88.7").0, &n),
            Some(t.find("MMLU").unwrap())
        );
        let t = "MMLUについて語ると売上は88.7";
        let n = names(t, &["MMLU"]);
        assert_eq!(owner_before_name(t, at(t, "88.7").0, &n), None);
        let t = "前述の91.8を記録したZeta 5 Proに次ぐ";
        assert_eq!(
            owner_after(t, at(t, "91.8").1).map(|(_, n)| n).as_deref(),
            Some("Zeta 5 Pro")
        );
        assert_eq!(owner_after("91.8を記録したことは", 4), None);
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

//! Shares of a population that have, use or adopted something: 「企業アプリケーションの40%に
//! AIエージェントが搭載される」, 「国内企業の約65%がAIを業務に活用」, 「日本企業の42%が生成AIを
//! 導入」. The thing is the claim's subject; the population and what it does with the thing are
//! its measure ("share of 企業アプリケーション (搭載)"): a share of companies that use AI is not
//! a share of applications that carry it, nor of companies that merely adopted it.

/// Words a population ends with: 企業, 日本企業, 中小企業, 企業アプリケーション, 回答者.
const POPULATIONS: &[&str] = &[
    "企業",
    "会社",
    "組織",
    "団体",
    "自治体",
    "病院",
    "医療機関",
    "金融機関",
    "銀行",
    "大学",
    "学校",
    "アプリケーション",
    "アプリ",
    "ソフトウェア",
    "従業員",
    "社員",
    "労働者",
    "回答者",
    "消費者",
    "開発者",
    "経営者",
    "CEO",
    "CIO",
    "公司",
    "企业",
];

/// What the population does with the thing, each word with the name of its group: adopting it
/// (導入, 採用), using it (活用, 利用, 使用), carrying it built in (搭載, 実装).
const VERBS: &[(&str, &str)] = &[
    ("導入", "導入"),
    ("採用", "導入"),
    ("活用", "活用"),
    ("利用", "活用"),
    ("使用", "活用"),
    ("搭載", "搭載"),
    ("実装", "搭載"),
];

/// Words right after the percentage that bound it and leave it a share (「40%以上が」).
const BOUNDS: &[&str] = &["以上", "超", "近く", "強", "弱", "程度", "ほど"];

/// A share of a population as [`population_share`] reads it.
pub(super) struct Share {
    /// "share of 企業アプリ (搭載)".
    pub metric: String,
    /// The population as written (「企業アプリケーション」).
    pub population: String,
    /// Where the thing used or adopted starts, and the thing, when the clause names it.
    pub thing: Option<(usize, String)>,
}

/// The most characters between the particle after the share and the verb.
const MAX_GAP: usize = 30;

/// A share of a population, read around the percentage at `fs..fe` of `text` within its clause
/// `(cs, ce)`: the measure ("share of 企業 (活用)") and, when the clause names it between the
/// share and the verb, where the thing starts and the thing (「AIエージェント」).
pub(super) fn population_share(
    text: &str,
    (fs, fe): (usize, usize),
    (cs, ce): (usize, usize),
) -> Option<Share> {
    // 「企業アプリケーションの40%」: the population, right before the share and its の.
    let head = &text[cs.min(fs)..fs];
    let head = ["約", "およそ", "実に"]
        .iter()
        .find_map(|q| head.strip_suffix(q))
        .unwrap_or(head);
    let head = head.strip_suffix('の')?;
    let population = super::subject::np_before_pub(head, head.len());
    let population = population.rsplit('の').next().unwrap_or(population);
    if !POPULATIONS.iter().any(|p| population.ends_with(p)) || population.chars().count() > 12 {
        return None;
    }
    // 「…40%(以上)が/に」, then the verb within the clause.
    let mut after = &text[fe..ce.max(fe)];
    if let Some(b) = BOUNDS.iter().find(|b| after.starts_with(*b)) {
        after = &after[b.len()..];
    }
    let particle = ['が', 'に'].into_iter().find(|p| after.starts_with(*p))?;
    let rest = &after[particle.len_utf8()..];
    let window: String = rest.chars().take(MAX_GAP).collect();
    let (at, verb, group) = VERBS
        .iter()
        .filter_map(|(w, g)| window.find(w).map(|i| (i, *w, *g)))
        .min_by_key(|(i, _, _)| *i)?;
    // The verb is the clause's predicate (「搭載される」, 「活用している」, 「導入済み」), not a noun
    // the clause goes on from (「AI導入に失敗」).
    let tail = &window[at + verb.len()..];
    let predicate = tail.is_empty()
        || tail.starts_with(['し', 'す', 'さ', '済', '中', '予', '見', '、', '。', 'へ'])
        || tail.starts_with("している");
    if !predicate {
        return None;
    }
    // The thing: the noun phrase before を or が in front of the verb (「AIを業務に活用」,
    // 「AIエージェントが搭載」), or right before the verb (「AIエージェント搭載」).
    let gap = &window[..at];
    let thing_end = gap
        .find(['を', 'が'])
        .unwrap_or_else(|| gap.trim_end_matches(['に', 'で']).len());
    let thing = super::subject::np_before_pub(gap, thing_end);
    let start = fe + (after.len() - rest.len()) + (thing.as_ptr() as usize - gap.as_ptr() as usize);
    let thing = (thing.chars().count() >= 2).then(|| (start, thing.to_string()));
    let thing = thing.or_else(|| {
        // Said before the population (「AIエージェントは…企業アプリの40%に搭載」): the
        // clause's topic, whatever ends before it.
        let pop_at = population.as_ptr() as usize - text.as_ptr() as usize;
        let topic = text[cs.min(pop_at)..pop_at].split_once(['は', 'が'])?.0;
        let topic = super::subject::np_before_pub(topic, topic.len());
        (topic.chars().count() >= 2).then(|| {
            (
                topic.as_ptr() as usize - text.as_ptr() as usize,
                topic.to_string(),
            )
        })
    });
    // One population however it is written: アプリ for アプリケーション, 全 dropped.
    let short = population
        .trim_start_matches('全')
        .replace("アプリケーション", "アプリ");
    Some(Share {
        metric: format!("share of {short} ({group})"),
        population: population.to_string(),
        thing,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(text: &str, figure: &str) -> Option<(String, Option<String>)> {
        let fs = text.find(figure).unwrap();
        let fe = fs + figure.len();
        population_share(text, (fs, fe), (0, text.len())).map(|s| (s.metric, s.thing.map(|t| t.1)))
    }

    #[test]
    fn a_share_of_a_population_and_what_it_does() {
        assert_eq!(
            share(
                "2026年までに企業アプリケーションの40%にAIエージェントが搭載される",
                "40%"
            ),
            Some((
                "share of 企業アプリ (搭載)".into(),
                Some("AIエージェント".into())
            ))
        );
        assert_eq!(
            share(
                "国内企業の約65%がなんらかの形でAIを業務に活用している",
                "約65%"
            ),
            Some(("share of 国内企業 (活用)".into(), Some("AI".into())))
        );
        assert_eq!(
            share("日本企業の42.3%が生成AIを導入した", "42.3%"),
            Some(("share of 日本企業 (導入)".into(), Some("生成AI".into())))
        );
        // The thing said before, as the clause's topic.
        assert_eq!(
            share("AIエージェントは企業アプリの40%に搭載される", "40%"),
            Some((
                "share of 企業アプリ (搭載)".into(),
                Some("AIエージェント".into())
            ))
        );
    }

    #[test]
    fn no_population_or_no_verb_no_share() {
        // Not a population; a share of a market; no verb of adopting or using.
        assert_eq!(share("売上の40%が海外で生まれている", "40%"), None);
        assert_eq!(share("市場の30%を占める", "30%"), None);
        assert_eq!(share("企業の75%以上がPoCで失敗している", "75%"), None);
        // The verb as a noun the clause goes on from.
        assert_eq!(share("企業の75%がAI導入に失敗している", "75%"), None);
    }
}

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
];

/// Whether `text` opens with a population (「リーダーが…」, 「企業が…」, 「日本企業が…」 after
/// 「92%もの」): a percentage before it is a share of people or organisations.
pub(super) fn opens_with_population(text: &str) -> bool {
    let head: String = text
        .chars()
        .take_while(|c| !matches!(c, 'が' | 'は' | 'で' | 'に' | 'も' | 'を' | '、' | '。'))
        .take(12)
        .collect();
    POPULATIONS
        .iter()
        .chain(&["リーダー", "ユーザー", "人々", "人", "社"])
        .any(|w| head.ends_with(w))
}

/// What the population does with the thing, each word with the name of its group: adopting it
/// (導入), using it (活用, 利用, 使用), carrying it built in (搭載, 実装). (採用 is hiring as
/// often as adopting.)
const VERBS: &[(&str, &str)] = &[
    ("導入", "導入"),
    ("活用", "活用"),
    ("利用", "活用"),
    ("使用", "活用"),
    ("搭載", "搭載"),
    ("実装", "搭載"),
];

/// How the verb goes on when the share has done it or is forecast to: 「している」, 「した」,
/// 「済み」, 「される」, 「する」 (but see [`HEDGES`]).
const AFFIRMED: &[&str] = &[
    "している",
    "しており",
    "していた",
    "しています",
    "した",
    "済",
    "されている",
    "されており",
    "されています",
    "される",
    "された",
    "する",
];

/// Words in the verb's ending that deny it, plan it or wish it.
const HEDGES: &[&str] = &[
    "ない",
    "ず",
    "予定",
    "たい",
    "検討",
    "見送",
    "べき",
    "計画",
    "方針",
    "意向",
    "するか",
    "かどうか",
];

/// Words right after the percentage that bound it and leave it a share (「40%以上が」).
const BOUNDS: &[&str] = &["以上", "超", "近く", "強", "弱", "程度", "ほど"];

/// A share of a population as [`population_share`] reads it.
pub(super) struct Share {
    /// "share of 企業アプリ (搭載)".
    pub metric: String,
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
    // The whole phrase: whose workers (「ソフトバンクの社員」) or which companies
    // (「従業員1000人以上の企業」) are a population of their own.
    let population = super::subject::np_before_pub(head, head.len());
    if !POPULATIONS.iter().any(|p| population.ends_with(p)) || population.chars().count() > 16 {
        return None;
    }
    // 「…40%(以上)が/に」, then the verb within the clause.
    let mut after = &text[fe..ce.max(fe)];
    if let Some(b) = BOUNDS.iter().find(|b| after.starts_with(*b)) {
        after = &after[b.len()..];
    }
    let particle = ['が', 'に'].into_iter().find(|p| after.starts_with(*p))?;
    let rest = &after[particle.len_utf8()..];
    let window = &rest[..rest
        .char_indices()
        .nth(MAX_GAP)
        .map_or(rest.len(), |(i, _)| i)];
    let (at, verb, group) = VERBS
        .iter()
        .filter_map(|(w, g)| window.find(w).map(|i| (i, *w, *g)))
        .min_by_key(|(i, _, _)| *i)?;
    // The verb is the clause's predicate, said as done or as forecast to be done
    // (「活用している」, 「導入済み」, 「搭載される」): not a noun the clause goes on from
    // (「AI導入に失敗」, 「導入見送り」), not denied (「導入していない」), not a plan or a wish
    // (「導入する予定」, 「導入したい」).
    // (Read in `rest`, not in the window, so that a verb at the window's end is not taken for
    // the end of the clause.)
    let tail = &rest[at + verb.len()..];
    let done = tail.is_empty()
        || tail.starts_with(['、', '。'])
        || AFFIRMED.iter().any(|w| tail.starts_with(w));
    let near = &tail[..tail.char_indices().nth(8).map_or(tail.len(), |(i, _)| i)];
    let hedged = HEDGES.iter().any(|w| near.contains(w));
    if !done || hedged {
        return None;
    }
    // The thing: the noun phrase that を or が marks in front of the verb (「AIを業務に活用」,
    // 「AIエージェントが搭載」); not one of two things named together (「AIとクラウドを導入」),
    // and not an adverb or a place (「全社で導入」 names no thing).
    let gap = &window[..at];
    // (「企業アプリの40%にAIエージェント搭載」: the thing glued to the verb, after に.)
    let glued = particle == 'に'
        && !gap.is_empty()
        && super::subject::np_before_pub(gap, gap.len()).len() == gap.len();
    let marked = gap.find(['を', 'が']).or(glued.then_some(gap.len()));
    let thing = marked.and_then(|end| {
        let thing = super::subject::np_before_pub(gap, end);
        let before = &gap[..thing.as_ptr() as usize - gap.as_ptr() as usize];
        let listed = before.ends_with(['と', 'や', '、']);
        let start = thing.as_ptr() as usize - text.as_ptr() as usize;
        (thing.chars().count() >= 2 && !listed).then(|| (start, thing.to_string()))
    });
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

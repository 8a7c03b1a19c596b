//! Changes of a named quantity by a percentage: 「問い合わせ対応時間を40%短縮」, 「生産性が
//! 25%向上」, 「运营成本降低30%」. The quantity that changed is part of the measure (a cut in
//! costs and a cut in handling time are two measures), and so is the direction: the claim is
//! "reduction of 対応時間" or "gain in 生産性", of whoever the sentence says made it.

use super::vocab::{word_script, Script};

/// Words right after the percentage that make it a fall of the quantity before it.
pub(crate) const FALLS: &[&str] = &[
    "削減",
    "短縮",
    "低減",
    "減少",
    "低下",
    "カット",
    "圧縮",
    "减少",
    "降低",
    "缩短",
    "減らし",
    "減らす",
    "減らせ",
    "引き下げ",
];
/// Words right after the percentage that make it a gain.
pub(super) const GAINS: &[&str] = &[
    "向上",
    "改善",
    "高速化",
    "効率化",
    "高め",
    "引き上げ",
    "增长",
    "提升",
    "提高",
];
/// Words of change that name what changes (「20%高速化」 is a gain in speed, 「20%低価格化」 a
/// cut in price): the quantity when the clause names none before the percentage
/// (「物流自動化で20%効率化」, 「30%の効率化を実現」).
const NAMED_BY_CHANGE: &[(&str, bool, &str)] = &[
    ("高速化", false, "速度"),
    ("効率化", false, "効率"),
    ("低価格化", true, "価格"),
    ("値下げ", true, "価格"),
    ("低コスト化", true, "コスト"),
    ("省電力化", true, "消費電力"),
    ("軽量化", true, "重量"),
];
/// Chinese puts the verb before the percentage (「成本降低了30%」, 「效率提升30%」).
const VERB_FIRST: &[&str] = &[
    "降低了",
    "降低",
    "减少了",
    "减少",
    "缩短了",
    "缩短",
    "提升了",
    "提升",
    "提高了",
    "提高",
];

/// Words between the quantity and the percentage that say how it is stated, not what:
/// particles, 約 / 最大 / 平均, and what the change is measured against (従来比, 前年同月比:
/// a word ending in 比). 「Xで」 is the means or the place of the change, never the quantity
/// (「新モデルで20%高速化」).
const BETWEEN: &[&str] = &[
    "最大で",
    "平均で",
    "最大",
    "平均",
    "約",
    "およそ",
    "実に",
    "と比べて",
    "に比べて",
    "と比較して",
    "を",
    "が",
    "は",
    "も",
    "の",
    " ",
    "　",
    "「",
    "『",
    "“",
];

/// What a change is measured against, before 比 (「従来比」, 「前年同月比」).
const BASELINES: &[&str] = &[
    "前年同月",
    "前年同期",
    "前年",
    "前月",
    "前期",
    "前四半期",
    "前世代",
    "従来型",
    "従来",
    "旧モデル",
    "導入前",
    "人手",
];

/// Quantities too vague to name a measure: a word that points back, a period, a whole, the
/// thing that changed rather than what of it (「新モデル20%高速化」).
const VAGUE: &[&str] = &[
    "今回",
    "これ",
    "それ",
    "同社",
    "年間",
    "全体",
    "最大",
    "平均",
    "前年",
    "前年同期",
    "従来",
    "同",
    "約",
    "効果",
    "全体的",
    "モデル",
    "新モデル",
    "最新モデル",
    "新版",
];

/// Where the run of kanji, katakana and Latin letters that `text` ends with starts, across
/// the kana of a word written with okurigana (仕分け時間, 問い合わせ件数): one or two hiragana
/// between kanji, none of them a particle or a verb's ending (「高速化され電力効率」 is two
/// words).
fn run_start(text: &str) -> Option<usize> {
    // Letters of any script, not digits.
    let word = |c: char| word_script(c).is_some() && !c.is_ascii_digit();
    let kanji = |c: char| word_script(c) == Some(Script::Kanji);
    let okurigana = |c: char| {
        ('\u{3041}'..='\u{309F}').contains(&c) && !"をがはものにでとへやかされてたしず".contains(c)
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut at = chars.len();
    while at > 0 {
        let c = chars[at - 1].1;
        if word(c) {
            at -= 1;
            continue;
        }
        // Kana between kanji: the run goes on only if a kanji stands right after them and
        // one right before.
        let kana = chars[..at]
            .iter()
            .rev()
            .take_while(|&&(_, c)| okurigana(c))
            .count();
        let after_kanji = chars.get(at).is_some_and(|&(_, c)| kanji(c));
        if (1..=2).contains(&kana) && after_kanji && at > kana && kanji(chars[at - kana - 1].1) {
            at -= kana;
            continue;
        }
        break;
    }
    chars.get(at).filter(|_| at < chars.len()).map(|&(i, _)| i)
}

/// The words a quantity that can change ends in (コスト, 時間, 生産性, 効率 …): 「コード能力」
/// is one, 「AI物流」 names a field.
const QUANTITY_ENDS: &[&str] = &[
    "コスト",
    "費",
    "時間",
    "性",
    "率",
    "力",
    "能",
    "速度",
    "効率",
    "精度",
    "量",
    "数",
    "額",
    "価格",
    "料金",
    "工数",
    "品質",
    "度",
];

/// A product's Latin name glued before the words after it (「SageMaker開発効率」): the name
/// and the rest. A name has small letters: an acronym such as GPU, AI or CO2 is part of the
/// quantity it opens (「GPU利用率」, 「CO2排出量」).
pub(super) fn glued_name(np: &str) -> Option<(&str, &str)> {
    let i = np.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '-')))?;
    let (name, rest) = np.split_at(i);
    let name = name.trim();
    (name.chars().count() >= 2
        && name.bytes().any(|b| b.is_ascii_lowercase())
        && rest.chars().count() >= 2)
        .then_some((name, rest))
}

/// Whether a noun phrase names a quantity that can change (see [`QUANTITY_ENDS`]).
pub(super) fn names_a_quantity(np: &str) -> bool {
    QUANTITY_ENDS.iter().any(|w| np.ends_with(w))
}

/// Whether a change's measure is one a word of change named alone (「30%の高速化」 is a
/// "gain in 速度"): the clause named no quantity of its own.
pub(super) fn named_by_change(measure: &str) -> bool {
    NAMED_BY_CHANGE.iter().any(|&(_, fall, q)| {
        measure.strip_prefix(if fall { "reduction of " } else { "gain in " }) == Some(q)
    })
}

/// The measure of the percentage at `(fs, fe)` of `text` when it is a change of a named
/// quantity in the clause `(cs, ce)`: `reduction of X` or `gain in X`.
pub(super) fn change_measure(
    text: &str,
    (fs, fe): (usize, usize),
    (cs, ce): (usize, usize),
) -> Option<String> {
    let after = text[fe..ce.max(fe)].trim_start_matches(['の', 'も', ' ']);
    // 「この「30%高速化」は」 points back to a change stated before: it names nothing itself.
    let points_back = ["この", "その", "今回の", "同じ", "これらの"]
        .iter()
        .any(|w| {
            text[cs.min(fs)..fs]
                .trim_end_matches(['「', '『', '“', ' '])
                .ends_with(w)
        });
    let named = NAMED_BY_CHANGE
        .iter()
        .find(|(w, ..)| after.starts_with(w))
        .filter(|_| !points_back);
    let fall = named.is_some_and(|n| n.1) || FALLS.iter().any(|w| after.starts_with(w));
    let gain = !fall && (named.is_some() || GAINS.iter().any(|w| after.starts_with(w)));
    if !fall && !gain {
        // 「15%の生産性向上」, 「50%学習効率改善」: the quantity between the percentage and
        // the word of change.
        if let Some((fall, quantity)) = quantity_after(after) {
            let name = if fall { "reduction of" } else { "gain in" };
            return Some(format!("{name} {quantity}"));
        }
    }
    let (fall, end) = if fall || gain {
        (fall, fs)
    } else {
        // 「成本降低了30%」: the verb stands between the quantity and the percentage.
        let before = text[cs.min(fs)..fs].trim_end_matches([' ', '约']);
        let verb = VERB_FIRST.iter().find(|w| before.ends_with(*w))?;
        let fall = verb.starts_with(['降', '减', '缩']);
        (
            fall,
            fs - (text[cs.min(fs)..fs].len() - before.len()) - verb.len(),
        )
    };
    // The thing changed stands for its quantity (「推論を20%高速化」 is a gain in 推論, as the
    // news words it again); only when none is named does the word of change name it.
    let quantity = quantity_before(&text[cs.min(end)..end]).or(named.map(|n| n.2))?;
    let name = if fall { "reduction of" } else { "gain in" };
    Some(format!("{name} {quantity}"))
}

/// A quantity written right after a percentage and right before its word of change
/// (「生産性向上」 in 「15%の生産性向上」): whether it falls, and the quantity (two to eight
/// letters, not a bound such as 以上).
fn quantity_after(after: &str) -> Option<(bool, &str)> {
    let letters = |c: char| word_script(c).is_some() && !c.is_ascii_digit();
    let run_end = after.find(|c: char| !letters(c)).unwrap_or(after.len());
    let run = &after[..run_end];
    for (i, _) in run.char_indices().skip(2) {
        let rest = &run[i..];
        let fall = FALLS.iter().any(|w| rest.starts_with(w));
        let gain = GAINS.iter().any(|w| rest.starts_with(w));
        if !(fall || gain) {
            continue;
        }
        let q = &run[..i];
        let bound = ["以上", "以下", "程度", "前後", "近く"]
            .iter()
            .any(|b| q.starts_with(b));
        return (q.chars().count() <= 8 && !bound && !VAGUE.contains(&q)).then_some((fall, q));
    }
    None
}

/// The quantity a clause ends with, before the words of [`BETWEEN`]: the last run of kanji,
/// katakana and Latin letters, at least two characters.
fn quantity_before(clause: &str) -> Option<&str> {
    let mut rest = clause;
    loop {
        if let Some(w) = BETWEEN.iter().find(|w| rest.ends_with(*w)) {
            rest = &rest[..rest.len() - w.len()];
        } else if let Some(r) = rest
            .strip_suffix("比で")
            .or_else(|| rest.strip_suffix('比'))
        {
            // What the change is measured against (従来比, 前年同月比): not the quantity. A
            // word for a former state goes; anything else back to its particle.
            rest = match BASELINES.iter().find(|b| r.ends_with(*b)) {
                Some(b) => &r[..r.len() - b.len()],
                None => r.trim_end_matches(|c: char| {
                    !matches!(c, 'を' | 'が' | 'は' | 'も' | '、' | ' ')
                }),
            };
        } else {
            break;
        }
    }
    let start = run_start(rest)?;
    let q = &rest[start..];
    // (「2026年SageMaker…」: the 年 of a year before it is no part of the run.)
    let q = match q.strip_prefix('年') {
        Some(after_year) if rest[..start].ends_with(|c: char| c.is_ascii_digit()) => {
            after_year.strip_prefix('度').unwrap_or(after_year)
        }
        _ => q,
    };
    // 「SageMaker開発効率」: a product's name glued before the quantity is whose it is, not
    // what.
    let q = glued_name(q).map_or(q, |(_, rest)| rest);
    // A long run is a compound that names the actor too (「医療AI診断支援」): only its end is
    // the quantity, and too long an end is no measure word.
    (q.chars().count() >= 2 && q.chars().count() <= 10 && !VAGUE.contains(&q)).then_some(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(text: &str, figure: &str) -> Option<String> {
        let fs = text.find(figure).unwrap();
        let fe = fs + figure.len();
        change_measure(text, (fs, fe), (0, text.len()))
    }

    #[test]
    fn a_named_quantity_cut_or_raised() {
        assert_eq!(
            measure("問い合わせの対応時間を約40%短縮した", "40%").as_deref(),
            Some("reduction of 対応時間")
        );
        // Okurigana inside the word: 仕分け, 問い合わせ.
        assert_eq!(
            measure("問い合わせ対応時間を40%短縮", "40%").as_deref(),
            Some("reduction of 問い合わせ対応時間")
        );
        assert_eq!(
            measure("仕分け時間を35%短縮", "35%").as_deref(),
            Some("reduction of 仕分け時間")
        );
        // A verb's ending is not okurigana: two words.
        assert_eq!(
            measure("23%高速化され電力効率も20%向上", "20%").as_deref(),
            Some("gain in 電力効率")
        );
        assert_eq!(
            measure("生産性が最大25%向上", "25%").as_deref(),
            Some("gain in 生産性")
        );
        assert_eq!(
            measure("物流コスト従来比18%削減", "18%").as_deref(),
            Some("reduction of 物流コスト")
        );
        assert_eq!(
            measure("不良品の発生率が前年同月比で15%削減", "15%").as_deref(),
            Some("reduction of 発生率")
        );
        assert_eq!(
            measure("运营成本降低了30%", "30%").as_deref(),
            Some("reduction of 运营成本")
        );
        // The quantity after the percentage: 「15%の生産性向上」, 「50%学習効率改善」.
        assert_eq!(
            measure("Copilotは15%の生産性向上を実現した", "15%").as_deref(),
            Some("gain in 生産性")
        );
        assert_eq!(
            measure("Gaudi 3の50%学習効率改善", "50%").as_deref(),
            Some("gain in 学習効率")
        );
        assert_eq!(
            measure("物流で20%のコスト削減を達成", "20%").as_deref(),
            Some("reduction of コスト")
        );
    }

    #[test]
    fn no_quantity_no_change_measure() {
        // A share, a vague word, a change with nothing named.
        assert_eq!(measure("企業の40%が導入", "40%"), None);
        assert_eq!(measure("今回の30%削減は", "30%"), None);
        assert_eq!(measure("さらに30%削減", "30%"), None);
        // The means of the change is not what changed; a word of change that names what
        // changes names it.
        assert_eq!(
            measure("新モデルで20%高速化", "20%").as_deref(),
            Some("gain in 速度")
        );
        assert_eq!(measure("今回の「20%高速化」は", "20%"), None);
        assert_eq!(
            measure("物流自動化で30%の効率化を実現", "30%").as_deref(),
            Some("gain in 効率")
        );
        assert_eq!(
            measure("チップを20%低価格化する", "20%").as_deref(),
            Some("reduction of チップ")
        );
        assert_eq!(
            measure("推論を2割近く、つまり20%高速化", "20%").as_deref(),
            Some("gain in 速度")
        );
        assert_eq!(
            measure("工場の排出量を24%減らした", "24%").as_deref(),
            Some("reduction of 排出量")
        );
        assert_eq!(measure("コストの30%を占める", "30%"), None);
        // A bound after the percentage is no quantity.
        assert_eq!(measure("さらに15%以上削減", "15%"), None);
    }
}

//! Numerals spelled in hiragana (`にじゅうさん`, `さんびゃく`, `いっせんまん`).
//!
//! In prose, hiragana numerals are hopelessly ambiguous (`に`, `ご`, `さん`, `く` are
//! particles, suffixes and parts of words), so they are read only when the whole input is
//! made of them: one or more groups separated by spaces or `、`. Each group is spelled out
//! in kanji and parsed as a kanji numeral.

use super::numeral::parse_numeral;
use crate::figure::{Kind, RawFigure};

/// Hiragana spellings and their kanji, longest first where one is a prefix of another.
const TOKENS: &[(&str, &str)] = &[
    ("いっ", "一"),
    ("いち", "一"),
    ("に", "二"),
    ("さん", "三"),
    ("よん", "四"),
    ("ご", "五"),
    ("ろっ", "六"),
    ("ろく", "六"),
    ("なな", "七"),
    ("しち", "七"),
    ("はっ", "八"),
    ("はち", "八"),
    ("きゅう", "九"),
    ("じゅっ", "十"),
    ("じゅう", "十"),
    ("ひゃく", "百"),
    ("びゃく", "百"),
    ("ぴゃく", "百"),
    ("せん", "千"),
    ("ぜん", "千"),
    ("まん", "万"),
    ("おく", "億"),
    ("ちょう", "兆"),
    ("ぜろ", "〇"),
    ("れい", "〇"),
];

/// The kanji spelling of a group of hiragana numeral tokens, if it is one.
fn to_kanji(group: &str) -> Option<String> {
    let mut out = String::new();
    let mut rest = group;
    while !rest.is_empty() {
        let (tok, kanji) = TOKENS
            .iter()
            .filter(|(t, _)| rest.starts_with(t))
            .max_by_key(|(t, _)| t.len())?;
        out.push_str(kanji);
        rest = &rest[tok.len()..];
    }
    Some(out)
}

/// The figures of `text` when it consists only of hiragana numerals; `None` otherwise.
pub(crate) fn whole_hiragana(text: &str) -> Option<Vec<RawFigure>> {
    if text.len() > 300
        || !text
            .trim_start()
            .starts_with(|c| ('ぁ'..='ゖ').contains(&c))
    {
        return None;
    }
    let mut out = Vec::new();
    let mut i = 0;
    for part in text.split_inclusive([' ', '、', '\u{3000}']) {
        let start = i;
        i += part.len();
        let group = part.trim_end_matches([' ', '、', '\u{3000}']);
        if group.is_empty() {
            continue;
        }
        let kanji = to_kanji(group)?;
        let n = parse_numeral(&kanji, 0)?;
        if n.end != kanji.len() {
            return None;
        }
        out.push(RawFigure {
            start,
            end: start + group.len(),
            value: n.value.normalize(),
            kind: Kind::Number,
            unit: String::new(),
            approx: false,
            bound: None,
            range: None,
            precision: n.precision,
        });
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn vals(s: &str) -> Option<Vec<Decimal>> {
        whole_hiragana(s).map(|v| v.into_iter().map(|f| f.value).collect())
    }

    #[test]
    fn whole_input_only() {
        assert_eq!(vals("ろっぴゃくごじゅう"), Some(vec![Decimal::from(650)]));
        assert_eq!(
            vals("にせんまん よんひゃく"),
            Some(vec![Decimal::from(20_000_000), Decimal::from(400)])
        );
        // Prose, even with numeral-like syllables, is not read.
        assert_eq!(vals("にわにはにわとりがいる"), None);
        assert_eq!(vals("さんかくけい"), None);
    }
}

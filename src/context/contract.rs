//! A deal's value (「AとBの380億ドル契約」, 「AはBと7年間で380億ドルの契約を結んだ」, "a $38
//! billion contract with B"): one event known by both its parties. One company alone signs many
//! deals (a cloud provider with several AI labs in one season), so a deal is a claim only when
//! the text names the other party too; its key holds both, in a fixed order, so that 「AとB」
//! and 「BがAと」 meet.

use super::subject::{is_name, np_before_pub};
use super::vocab::Vocab;

/// The measure's name, as the vocabularies spell it.
pub(crate) const METRIC: &str = "contract";

/// What joins two parties in Japanese, after the first (「AとBの」, 「AはBと」, 「Bとの」); Chinese
/// and English put their word before the party (see [`others_in`]).
const JA_WITH: char = 'と';

/// Whether a phrase names a party: a company the vocabulary knows, or a name written in Latin
/// letters (see [`is_name`]); not a word that names no one. A katakana word alone is not
/// enough: 「エネルギーと」, 「クラウドと」 are what a deal is for, not who signs it.
fn party(np: &str, vocab: &Vocab) -> Option<String> {
    let np = np.trim();
    let (key, _) = vocab.normalise(np);
    let named = vocab.is_company(&key) || np.starts_with(|c: char| c.is_ascii()) && is_name(np);
    (named
        && key.chars().count() >= 2
        && !vocab.is_non_subject(&key)
        && !vocab.is_anaphor(np)
        && !np.chars().any(|c| c.is_ascii_digit()))
    .then_some(key)
}

/// The parties that `head` (a clause before or after the amount) names besides the claim's
/// `subject`: a name right before 「と」, or a name in Latin letters or katakana right after
/// 「与」/「和」 or " with " (a Chinese name in Han characters is not found).
fn others_in(head: &str, vocab: &Vocab) -> Vec<(usize, String, String)> {
    let mut found = Vec::new();
    for (i, c) in head.char_indices() {
        if c == JA_WITH {
            let np = np_before_pub(head, i);
            if let Some(key) = party(np, vocab) {
                found.push((i - np.len(), np.trim().to_string(), key));
            }
        }
    }
    for w in ["与", "和", " with "] {
        for (i, _) in head.match_indices(w) {
            let rest = &head[i + w.len()..];
            // A name in Latin letters or katakana runs up to the first other character.
            let end = rest
                .find(|c: char| {
                    !(c.is_ascii_alphanumeric()
                        || matches!(c, ' ' | '.' | '-' | '&')
                        || ('\u{30A1}'..='\u{30FC}').contains(&c))
                })
                .unwrap_or(rest.len());
            let mut np = rest[..end].trim().to_string();
            // English: the name runs up to the next lower-case word ("with Acme Cloud for").
            if w == " with " {
                np = np
                    .split(' ')
                    .take_while(|t| t.starts_with(|c: char| c.is_ascii_uppercase()))
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            if let Some(key) = party(&np, vocab) {
                found.push((i + w.len(), np, key));
            }
        }
    }
    found.sort();
    found
}

/// Words for a deal that may stand as the topic before its value (「この提携は100億ドル規模」).
const DEAL_WORDS: &[&str] = &["提携", "契約", "合意", "協業", "deal", "contract"];

/// Whether the clause before an amount ends with a deal as its topic (「この提携は」,
/// 「今回の契約が」), so that the amount's scale is the deal's value.
pub(super) fn named_before(head: &str) -> bool {
    let h = head.trim_end_matches(['約', ' ', '\u{3000}']);
    let h = ["は", "が", "も", " is", " was"]
        .iter()
        .find_map(|p| h.strip_suffix(p))
        .unwrap_or("");
    DEAL_WORDS.iter().any(|w| h.ends_with(w))
}

/// Whether the words after an amount make it a deal's value: its scale (「規模の」) or the
/// amount itself and 「の」, then a noun phrase that ends in a word for a deal (「380億ドル規模
/// の複数年クラウド契約」).
pub(super) fn named_after(tail: &str) -> bool {
    super::scale_named_after(tail, DEAL_WORDS)
}

/// The key and subject of a deal whose subject is `subject` (as found for the amount) and
/// whose clause is `head` before the amount and `tail` after it: both parties' keys in a fixed
/// order joined by 「＆」, and both names as written. None unless exactly two parties are named: a deal of one
/// named party (「Oracleの3000億ドル規模の契約」) could be any of its deals.
pub(super) fn parties(
    subject: &str,
    (head, tail): (&str, &str),
    vocab: &Vocab,
) -> Option<(String, String)> {
    let mut named: Vec<(String, String)> = Vec::new();
    let mut add = |np: &str, key: String| {
        if !named.iter().any(|(_, k)| *k == key) {
            named.push((np.to_string(), key));
        }
    };
    // 「AとBの」 as one subject: its two names.
    match subject.split_once(JA_WITH) {
        Some((a, b)) => {
            for np in [a, b] {
                add(np.trim(), party(np, vocab)?);
            }
        }
        None => add(subject.trim(), party(subject, vocab)?),
    }
    // (「AはN円でBと契約」, "a $38 billion deal with B": the other party may follow the amount.)
    for (_, np, key) in others_in(head, vocab)
        .into_iter()
        .chain(others_in(tail, vocab))
    {
        add(&np, key);
    }
    if named.len() != 2 {
        return None;
    }
    let mut keys: Vec<String> = named.iter().map(|(_, k)| k.clone()).collect();
    keys.sort_unstable();
    // Named as the text names them, first named first.
    named.sort_by_key(|(np, _)| {
        head.find(np.as_str())
            .or_else(|| tail.find(np.as_str()).map(|i| head.len() + i))
            .unwrap_or(usize::MAX)
    });
    Some((keys.join("＆"), format!("{}と{}", named[0].0, named[1].0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocab {
        crate::config::Config::shipped().vocabulary()
    }

    #[test]
    fn both_parties_in_either_order_make_one_key() {
        let v = vocab();
        let a = parties("Zenith", ("OrbisとZenithの", ""), &v).unwrap();
        let b = parties("Orbis", ("OrbisはZenithと7年間で", ""), &v).unwrap();
        assert_eq!(a.0, b.0);
        assert!(a.0.contains('＆'));
    }

    #[test]
    fn one_party_alone_or_a_common_noun_is_no_deal() {
        let v = vocab();
        assert_eq!(parties("Orbis", ("Orbisの", ""), &v), None);
        // 「クラウドと」 names no party.
        assert_eq!(parties("Orbis", ("Orbisはクラウドと", ""), &v), None);
        // Three parties: whose deal is not one pair.
        assert_eq!(parties("Orbis", ("OrbisはZenithとNovaと", ""), &v), None);
    }

    #[test]
    fn chinese_and_english_name_the_other_party_after_a_word() {
        let v = vocab();
        assert!(parties("Orbis", ("Orbis与Zenith签订了", ""), &v).is_some());
        assert!(parties(
            "Orbis",
            ("Orbis signed a ", " contract with Zenith Cloud for"),
            &v
        )
        .is_some());
        // 「AはN円でBと契約」: the other party after the amount.
        assert!(parties("Orbis", ("Orbisは", "でZenithと契約した"), &v).is_some());
    }

    #[test]
    fn a_deal_named_after_its_scale() {
        assert!(named_after("規模の複数年クラウド契約を結んだ"));
        assert!(named_after("の5年間の提携"));
        // A scale of something else, or a deal word further on in another phrase.
        assert!(!named_after("規模の投資を行い、契約も結んだ"));
        assert!(!named_after("規模に達する契約市場"));
    }
}

//! `repeated-paragraph`: a paragraph, or a long sentence, that appears again in the same
//! article, word for word or nearly (compared on letters and digits only, so spacing and
//! punctuation never hide a repeat). One finding per repeated block, listing every place; a
//! paragraph repeated whole is one finding, not one per sentence in it. The front matter's
//! excerpt or description restating the body is not a repeat.

use super::{Context, Kind, Known, OptionError, OptionValue, Rule};
use crate::finding::{fingerprint, At, Finding, FindingKind, Location};
use crate::text::RepeatSpec;

pub static KIND: Kind = Kind {
    name: "repeated-paragraph",
    summary: "A paragraph or long sentence that appears again in the same article.",
    finding: FindingKind::Repetition,
    options: &["min_chars", "min_sentence_chars", "similarity"],
    defaults: || Box::new(RepeatOptions::default()),
    check,
    shipped: (
        "rules/repeated-paragraph.yaml",
        include_str!("../../rules/repeated-paragraph.yaml"),
    ),
};

/// The options of a `repeated-paragraph` rule.
#[derive(Debug, Clone)]
pub struct RepeatOptions {
    pub spec: RepeatSpec,
}

impl Default for RepeatOptions {
    fn default() -> Self {
        RepeatOptions {
            spec: RepeatSpec {
                min_chars: 40,
                min_sentence_chars: 50,
                similarity: 0.9,
            },
        }
    }
}

impl super::Options for RepeatOptions {
    fn set(&mut self, name: &str, v: &OptionValue, _: &Known<'_>) -> Result<(), OptionError> {
        match name {
            "min_chars" => {
                self.spec.min_chars = super::options::count(name, v, 1, 100_000)? as usize
            }
            "min_sentence_chars" => {
                self.spec.min_sentence_chars = super::options::count(name, v, 1, 100_000)? as usize
            }
            "similarity" => match v {
                OptionValue::Number(x) if (0.5..=1.0).contains(x) => self.spec.similarity = *x,
                _ => {
                    return Err("`similarity` must be a number from 0.5 to 1"
                        .to_string()
                        .into())
                }
            },
            _ => unreachable!("the config reader passes only the kind's options"),
        }
        Ok(())
    }
    fn show(&self) -> Vec<(&'static str, String)> {
        vec![
            ("min_chars", self.spec.min_chars.to_string()),
            (
                "min_sentence_chars",
                self.spec.min_sentence_chars.to_string(),
            ),
            ("similarity", self.spec.similarity.to_string()),
        ]
    }
}

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    use rayon::prelude::*;
    // A corpus holds tens of thousands of repeats: their findings are made in parallel.
    let found: Vec<Finding> = cx
        .corpus
        .texts
        .par_iter()
        .enumerate()
        .flat_map_iter(|(d, info)| info.repeats.iter().map(move |r| finding(rule, d, info, r)))
        .collect();
    out.extend(found);
}

/// The finding for repeat `r` of document `d`.
fn finding(
    rule: &Rule,
    d: usize,
    info: &crate::text::TextInfo,
    r: &crate::text::Repeat,
) -> Finding {
    let noun = if r.sentence { "sentence" } else { "paragraph" };
    let unit = if r.units > 1 {
        format!("{} {noun}s in a row", r.units)
    } else {
        noun.to_string()
    };
    let unit = unit.as_str();
    let count = r.places.len().to_string();
    let alike = if r.similarity < 1.0 {
        format!(" (nearly: {:.0}% alike)", f64::from(r.similarity) * 100.0)
    } else {
        String::new()
    };
    let locations = r
        .places
        .iter()
        .enumerate()
        .map(|(k, &(start, end))| Location {
            at: At::Text {
                doc: d,
                start,
                end,
                quote: r.quote.clone(),
                place: info.place(start, end),
            },
            claim: None,
            label: if k == 0 {
                "first here".to_string()
            } else {
                format!("copy {} here", k + 1)
            },
        })
        .collect();
    Finding {
        help: format!(
            "the same text ({unit}) appears {count} times in this article; keep one \
                     (compared on letters and digits only)"
        ),
        fingerprint: fingerprint(&[&rule.id, noun, &format!("{:016x}", r.key)]),
        locations,
        ..rule.finding(&[("unit", unit), ("count", &count), ("alike", &alike)])
    }
}

#[cfg(test)]
mod tests {

    /// The rule's findings on one article: message and the lines of every place.
    fn findings(text: &str) -> Vec<(String, Vec<usize>)> {
        let out = crate::pipeline::check_with_only("repeated-paragraph", text);
        out.findings
            .iter()
            .map(|f| {
                (
                    f.message.clone(),
                    f.locations.iter().map(|l| l.line(&out.corpus)).collect(),
                )
            })
            .collect()
    }

    const P: &str = "新しい倉庫では荷物の仕分けを機械が担い、人は例外の処理と点検に時間を使えるようになった。現場の声も前向きだ。";

    #[test]
    fn a_paragraph_repeated_three_times_is_one_finding_with_every_place() {
        let text = format!("{P}\n\n別の話題の段落。\n\n{P}\n\n{P}\n");
        let got = findings(&text);
        assert_eq!(
            got,
            [(
                "paragraph repeated 3 times in this article".to_string(),
                vec![1, 5, 7]
            )]
        );
    }

    #[test]
    fn spacing_and_punctuation_do_not_hide_a_repeat_and_near_copies_are_found() {
        let spaced = P.replace('、', " ").replace('。', "．");
        let got = findings(&format!("{P}\n\n{spaced}\n"));
        assert_eq!(got.len(), 1, "{got:?}");
        let near = P.replace("点検", "確認");
        let got = findings(&format!("{P}\n\n{near}\n"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].0.contains("alike"), "{got:?}");
    }

    #[test]
    fn a_long_sentence_repeated_inside_other_paragraphs_is_found() {
        let s = "新しい倉庫では荷物の仕分けを機械が担い、人は例外の処理と点検に時間を使えるようになったと、現場の責任者は話している。";
        let text = format!("最初の段落。{s}\n\n次の段落では別のことを書く。{s}そして続ける。\n");
        let got = findings(&text);
        assert_eq!(
            got,
            [(
                "sentence repeated 2 times in this article".to_string(),
                vec![1, 3]
            )]
        );
    }

    #[test]
    fn an_excerpt_restating_the_body_and_short_repeats_are_left_alone() {
        let text = format!(
            "---\ntitle: 倉庫\nexcerpt: \"{P}\"\n---\n\n{P}\n\n## まとめ\n\n短い。\n\n## まとめ\n\n短い。\n"
        );
        assert_eq!(findings(&text), Vec::<(String, Vec<usize>)>::new());
    }
}

//! `artifact`: leftovers of generation or templating in an article's text: end markers such
//! as `---END---`, unfilled placeholders (`{{name}}`, `[TODO]`), a writing assistant's
//! preamble ("Here is the article", 「以下は…記事です」), a sentence cut off where a section
//! ends, and a code fence that is never closed. The markers are regexes in the rule's YAML
//! (`markers`), and a project adds its own with `more_markers`.

use super::{Context, Kind, Known, OptionError, OptionValue, Rule};
use crate::finding::{fingerprint, At, Finding, FindingKind, Location};
use crate::text::ArtifactKind;

pub static KIND: Kind = Kind {
    name: "artifact",
    summary: "Leftover generation or template markers, cut-off sentences, unclosed code fences.",
    finding: FindingKind::Artifact,
    options: &["markers", "more_markers", "cut_off", "unclosed_fence"],
    defaults: || Box::new(ArtifactOptions::default()),
    check,
    shipped: (
        "rules/artifact.yaml",
        include_str!("../../rules/artifact.yaml"),
    ),
};

/// The options of an `artifact` rule.
#[derive(Debug, Clone)]
pub struct ArtifactOptions {
    /// Regexes, each matched within one line (`^`/`$` are line ends) outside fenced code.
    pub markers: Vec<String>,
    /// A project's own markers, added to `markers`.
    pub more_markers: Vec<String>,
    pub cut_off: bool,
    pub unclosed_fence: bool,
}

impl Default for ArtifactOptions {
    fn default() -> Self {
        ArtifactOptions {
            markers: Vec::new(),
            more_markers: Vec::new(),
            cut_off: true,
            unclosed_fence: true,
        }
    }
}

/// A list of marker regexes, each checked where it is written.
fn patterns(name: &str, v: &OptionValue) -> Result<Vec<String>, OptionError> {
    let OptionValue::List(items) = v else {
        return Err(format!("`{name}` must be a list of regexes").into());
    };
    items
        .iter()
        .map(|item| {
            if item.value.trim().is_empty() {
                return Err(OptionError {
                    at: Some(item.referenced),
                    message: format!("`{name}`: an empty marker would match everywhere"),
                });
            }
            match crate::text::marker_regex(&item.value) {
                Ok(re) if re.is_match("") => Err(OptionError {
                    at: Some(item.referenced),
                    message: format!(
                        "`{name}`: marker `{}` matches empty text, so it would match everywhere",
                        item.value
                    ),
                }),
                Ok(_) => Ok(item.value.clone()),
                Err(e) => Err(OptionError {
                    at: Some(item.referenced),
                    message: format!(
                        "`{name}`: marker `{}` is not a valid regex: {}",
                        item.value,
                        e.to_string().lines().last().unwrap_or_default().trim()
                    ),
                }),
            }
        })
        .collect()
}

impl super::Options for ArtifactOptions {
    fn set(&mut self, name: &str, v: &OptionValue, _: &Known<'_>) -> Result<(), OptionError> {
        match name {
            "markers" => self.markers = patterns(name, v)?,
            "more_markers" => self.more_markers = patterns(name, v)?,
            "cut_off" => self.cut_off = super::options::boolean(name, v)?,
            "unclosed_fence" => self.unclosed_fence = super::options::boolean(name, v)?,
            _ => unreachable!("the config reader passes only the kind's options"),
        }
        Ok(())
    }
    fn show(&self) -> Vec<(&'static str, String)> {
        vec![
            ("markers", self.markers.join("  ")),
            ("more_markers", self.more_markers.join("  ")),
            ("cut_off", self.cut_off.to_string()),
            ("unclosed_fence", self.unclosed_fence.to_string()),
        ]
    }
}

fn check(rule: &Rule, cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (d, info) in cx.corpus.texts.iter().enumerate() {
        // The same marker twice in one article is two findings: the fingerprint counts them.
        let mut times: std::collections::HashMap<(ArtifactKind, &str), usize> =
            std::collections::HashMap::new();
        for a in &info.artifacts {
            let (what, help) = match a.what {
                ArtifactKind::Marker => (
                    "leftover generation or template marker",
                    "a marker left by a writing tool or a template; delete it, or fill the placeholder",
                ),
                ArtifactKind::CutOff => (
                    "sentence cut off at the end of a section",
                    "the paragraph stops mid-sentence right before a heading, a marker, a rule or the end of the article; finish or remove the sentence",
                ),
                ArtifactKind::UnclosedFence => (
                    "code fence never closed",
                    "everything after this fence is shown as code; close it with the same fence",
                ),
            };
            let n = times.entry((a.what, a.quote.as_str())).or_default();
            *n += 1;
            let norm: String = a.quote.split_whitespace().collect();
            out.push(Finding {
                help: help.to_string(),
                fingerprint: fingerprint(&[&rule.id, what, &norm, &n.to_string()]),
                locations: vec![Location {
                    at: At::Text {
                        doc: d,
                        start: a.start,
                        end: a.end,
                        quote: a.quote.clone(),
                        place: info.place(a.start, a.end),
                    },
                    claim: None,
                    label: "here".to_string(),
                }],
                ..rule.finding(&[("what", what), ("text", &a.quote)])
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::load::{parse, Format};

    fn findings(text: &str) -> Vec<(String, String)> {
        let out = crate::pipeline::check_with_only("artifact", text);
        out.findings
            .iter()
            .map(|f| {
                (
                    f.message.clone(),
                    format!("{}", f.locations[0].line(&out.corpus)),
                )
            })
            .collect()
    }

    #[test]
    fn end_markers_placeholders_and_preambles_are_flagged_at_their_lines() {
        let text = "以下は、新製品についてのブログ記事です。\n\n新しい端末は軽くなった。\n\n---END---\n\nご担当: {{担当者名}}\n\n詳しくは[TODO]を参照。\n";
        let got = findings(text);
        let lines: Vec<&str> = got.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lines, ["1", "5", "7", "9"], "{got:?}");
        assert!(got[1].0.contains("`---END---`"), "{got:?}");
        assert!(got[2].0.contains("{{担当者名}}"), "{got:?}");
    }

    #[test]
    fn a_cut_off_sentence_before_a_marker_and_an_unclosed_fence_are_flagged() {
        let text = "冒頭の段落です。ここでは新しい仕組みについて考えてみたいと思います。そして私たちはその先にある未来の働き方を\n\n---END---\n\n```python\nprint(1)\n";
        let got = findings(text);
        let msgs: Vec<&str> = got.iter().map(|(m, _)| m.as_str()).collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(msgs[0].starts_with("sentence cut off"), "{got:?}");
        assert!(msgs[1].contains("---END---"), "{got:?}");
        assert!(msgs[2].starts_with("code fence never closed"), "{got:?}");
    }

    #[test]
    fn a_paragraph_leading_into_a_list_of_bold_items_is_not_cut_off() {
        let text = "冒頭の段落です。ここでは新しい仕組みについて考えてみたいと思います。具体的には、次のような企業群に注目すべきで\n\n*   **工場の自動化:** 機械を作る会社。\n";
        assert_eq!(findings(text), Vec::<(String, String)>::new());
    }

    #[test]
    fn markers_in_code_liquid_tags_and_finished_paragraphs_are_left_alone() {
        let text = "本文は「{{ page.title }}」と書ける。\n\n```\n---END---\n```\n\n最後の段落はきちんと終わっている。ここまで読んでくれてありがとう。\n\n## 次の節\n\n短い行\n";
        assert_eq!(findings(text), Vec::<(String, String)>::new());
    }

    #[test]
    fn a_project_adds_markers_and_a_bad_one_fails_where_it_is_written() {
        let mut config = Config::shipped();
        config
            .merge(
                "figlint.yaml",
                "rules:\n  - id: artifact\n    more_markers: [\"<<DRAFT>>\"]\n",
            )
            .unwrap();
        let spec = crate::text::Spec::from_rules(&config.rules);
        let (doc, _) = parse(
            "t.md".into(),
            "本文。\n\n<<DRAFT>>\n".into(),
            Format::Markdown,
        );
        let info = crate::text::analyse(&doc, &spec);
        assert_eq!(info.artifacts.len(), 1);
        assert_eq!(info.artifacts[0].quote, "<<DRAFT>>");
        let mut bad = Config::shipped();
        let e = bad
            .merge(
                "figlint.yaml",
                "rules:\n  - id: artifact\n    more_markers:\n      - \"ok\"\n      - \"(unclosed\"\n",
            )
            .unwrap_err();
        assert_eq!((e.line, e.column), (5, 9), "{e}");
        assert!(e.message.contains("not a valid regex"), "{e}");
    }
}

//! The vocabulary and thresholds as written in YAML (`rules/vocab.*.yaml`, a project's
//! figlint.yaml): what [`super::Vocab`] is built from. Read by the config; every word is
//! checked not to be empty where it is written.

use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

/// Thresholds that apply to all rules.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default = "default_similarity")]
    pub subject_similarity: f64,
    #[serde(default = "default_approx")]
    pub approx_tolerance: f64,
    /// Files larger than this (megabytes) are not read: they are reported and skipped.
    #[serde(default = "default_max_file_mb")]
    pub max_file_mb: u32,
}

fn default_max_file_mb() -> u32 {
    20
}

fn default_similarity() -> f64 {
    0.8
}
fn default_approx() -> f64 {
    0.05
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            subject_similarity: default_similarity(),
            approx_tolerance: default_approx(),
            max_file_mb: default_max_file_mb(),
        }
    }
}

/// A metric: the words that name it and the kinds of figure it applies to.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricSpec {
    #[serde(default)]
    pub kinds: Vec<Spanned<String>>,
    #[serde(default, deserialize_with = "words")]
    pub words: Vec<String>,
}

/// Words that give figures their context, in all languages at once.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VocabSpec {
    #[serde(default)]
    pub metrics: BTreeMap<String, MetricSpec>,
    #[serde(default, deserialize_with = "words")]
    pub scopes: Vec<String>,
    #[serde(default, deserialize_with = "word_map")]
    pub places: BTreeMap<String, String>,
    #[serde(default, deserialize_with = "alias_map")]
    pub aliases: BTreeMap<String, Vec<String>>,
    /// Well-known companies, each with its other spellings: spellings meet as aliases do,
    /// and an amount a company raises, invests or is valued at is compared across
    /// currencies even when the sentence names it only by a short name.
    #[serde(default, deserialize_with = "alias_map")]
    pub companies: BTreeMap<String, Vec<String>>,
    #[serde(default, deserialize_with = "words")]
    pub strip: Vec<String>,
    #[serde(default, deserialize_with = "words")]
    pub anaphora: Vec<String>,
    #[serde(default, deserialize_with = "words")]
    pub non_subjects: Vec<String>,
    /// Organisations whose estimates figures are attributed to (IDC, Gartner, 矢野経済研究所),
    /// each with its other spellings: two estimates from different sources do not
    /// contradict each other.
    #[serde(default, deserialize_with = "alias_map")]
    pub sources: BTreeMap<String, Vec<String>>,
    /// Benchmarks that models are scored on (MMLU, SWE-bench Verified), each with its other
    /// spellings: 「AIME25で80.6%」 is a score, one value per model and benchmark.
    #[serde(default, deserialize_with = "alias_map")]
    pub benchmarks: BTreeMap<String, Vec<String>>,
}

/// A vocabulary word as written in YAML: never empty or blank, since an empty word would
/// match at every position of every text.
struct Word(String);

impl<'de> Deserialize<'de> for Word {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s.trim().is_empty() {
            return Err(serde::de::Error::custom(
                "an empty vocabulary word would match everywhere; remove it",
            ));
        }
        Ok(Word(s))
    }
}

impl Ord for Word {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.0.cmp(&o.0)
    }
}
impl PartialOrd for Word {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl PartialEq for Word {
    fn eq(&self, o: &Self) -> bool {
        self.0 == o.0
    }
}
impl Eq for Word {}

pub(crate) fn words<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(Vec::<Word>::deserialize(d)?
        .into_iter()
        .map(|w| w.0)
        .collect())
}
/// Places: a place (never empty) and the larger place it belongs to (empty for none).
pub(crate) fn word_map<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, String>, D::Error> {
    Ok(BTreeMap::<Word, String>::deserialize(d)?
        .into_iter()
        .map(|(k, v)| (k.0, v))
        .collect())
}
pub(crate) fn alias_map<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, Vec<String>>, D::Error> {
    Ok(BTreeMap::<Word, Vec<Word>>::deserialize(d)?
        .into_iter()
        .map(|(k, v)| (k.0, v.into_iter().map(|w| w.0).collect()))
        .collect())
}
pub(crate) fn opt_words<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Vec<String>>, D::Error> {
    words(d).map(Some)
}
pub(crate) fn opt_word_map<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<BTreeMap<String, String>>, D::Error> {
    word_map(d).map(Some)
}
pub(crate) fn opt_alias_map<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<BTreeMap<String, Vec<String>>>, D::Error> {
    alias_map(d).map(Some)
}

impl VocabSpec {
    pub(crate) fn merge(&mut self, other: VocabSpec) {
        for (name, m) in other.metrics {
            let e = self.metrics.entry(name).or_default();
            for k in m.kinds {
                if !e.kinds.iter().any(|x| x.value == k.value) {
                    e.kinds.push(k);
                }
            }
            for w in m.words {
                if !e.words.contains(&w) {
                    e.words.push(w);
                }
            }
        }
        extend_unique(&mut self.scopes, other.scopes);
        self.places.extend(other.places);
        for (k, v) in other.aliases {
            extend_unique(self.aliases.entry(k).or_default(), v);
        }
        for (k, v) in other.companies {
            extend_unique(self.companies.entry(k).or_default(), v);
        }
        extend_unique(&mut self.strip, other.strip);
        extend_unique(&mut self.anaphora, other.anaphora);
        extend_unique(&mut self.non_subjects, other.non_subjects);
        for (k, v) in other.sources {
            extend_unique(self.sources.entry(k).or_default(), v);
        }
        for (k, v) in other.benchmarks {
            extend_unique(self.benchmarks.entry(k).or_default(), v);
        }
    }
}

fn extend_unique(to: &mut Vec<String>, from: Vec<String>) {
    for s in from {
        if !to.contains(&s) {
            to.push(s);
        }
    }
}

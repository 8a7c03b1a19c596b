//! Configuration: the shipped rules and vocabularies (`rules/*.yaml`, embedded) merged with a
//! project's `figlint.yaml`. Any malformed value fails fast with its file, line and column.
//!
//! YAML is read with serde-saphyr: maintained, panic-free, and it gives a span for every
//! value, so a config error can point at the exact place.

use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The shipped files, embedded in the binary: `(name, text)`.
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "rules/defaults.yaml",
        include_str!("../rules/defaults.yaml"),
    ),
    (
        "rules/conversions.yaml",
        include_str!("../rules/conversions.yaml"),
    ),
    (
        "rules/vocab.ja.yaml",
        include_str!("../rules/vocab.ja.yaml"),
    ),
    (
        "rules/vocab.zh.yaml",
        include_str!("../rules/vocab.zh.yaml"),
    ),
    (
        "rules/vocab.en.yaml",
        include_str!("../rules/vocab.en.yaml"),
    ),
];

/// A config value that is wrong, with where it is.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{}", located_message(file, *line, *column, message))]
#[diagnostic(code(figlint::config))]
pub struct ConfigError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    #[source_code]
    source_code: miette::NamedSource<String>,
    #[label("here")]
    span: Option<miette::SourceSpan>,
}

/// `file:line:column: message`, or `file: message` for an error of the whole file (one that
/// cannot be read).
fn located_message(file: &str, line: usize, column: usize, message: &str) -> String {
    if line == 0 {
        format!("{file}: {message}")
    } else {
        format!("{file}:{line}:{column}: {message}")
    }
}

impl ConfigError {
    fn at(file: &str, text: &str, loc: serde_saphyr::Location, message: String) -> Self {
        let span = loc.span();
        let offset = span.byte_offset().map(|o| o as usize);
        let len = span.byte_len().map_or(1, |l| (l as usize).max(1));
        ConfigError {
            file: file.to_string(),
            line: loc.line() as usize,
            column: loc.column() as usize,
            message,
            source_code: miette::NamedSource::new(file, text.to_string()),
            span: offset.map(|o| (o, len).into()),
        }
    }

    fn plain(file: &str, message: String) -> Self {
        ConfigError {
            file: file.to_string(),
            line: 0,
            column: 0,
            message,
            source_code: miette::NamedSource::new(file, String::new()),
            span: None,
        }
    }
}

/// What a rule checks. Each kind is implemented by one file under `src/rules/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleKind {
    /// Two claims for the same subject, metric and period disagree.
    Contradiction,
    /// A claim disagrees with a canonical figure in the config's `facts:`.
    Fact,
    /// One source amount converted to different target amounts.
    ConversionSameAmount,
    /// A conversion's rate is out of line with the article's other conversions.
    ConversionArticleRate,
    /// A conversion's rate is out of line with the corpus for that pair and period.
    ConversionCorpusRate,
    /// A conversion's rate is far from the reference rate of the article's date.
    ConversionReferenceRate,
}

impl RuleKind {
    /// The `kind` of the findings it makes, in JSON output.
    pub fn finding_kind(self) -> &'static str {
        match self {
            RuleKind::Contradiction => "contradiction",
            RuleKind::Fact => "fact",
            _ => "conversion",
        }
    }
}

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Which claims a contradiction rule compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Claims of one article with each other.
    Article,
    /// Claims of different articles.
    #[default]
    Corpus,
}

/// Extra room a rule gives before two values conflict.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Tolerance {
    /// Percentage points, for percentages.
    #[serde(default)]
    pub pp: f64,
    /// A fraction of the value, for amounts and rates.
    #[serde(default)]
    pub relative: f64,
}

/// Texts a rule must flag and texts it must leave alone; each example is a list of documents.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub flag: Vec<Vec<String>>,
    #[serde(default)]
    pub pass: Vec<Vec<String>>,
}

/// A rule as written in YAML. In a project's config every field but `id` is optional when the
/// id names a shipped rule (the fields given replace the shipped ones).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    id: Spanned<String>,
    kind: Option<Spanned<RuleKind>>,
    scope: Option<Scope>,
    severity: Option<Severity>,
    enabled: Option<bool>,
    message: Option<String>,
    explanation: Option<String>,
    metrics: Option<Vec<Spanned<String>>>,
    tolerance: Option<Tolerance>,
    /// Conversion rules: how many conversions a consensus needs.
    min_support: Option<usize>,
    /// Contradiction rules: compare only claims that state a period.
    require_period: Option<bool>,
    /// Contradiction rules: compare claims made in titles and headings too.
    headlines: Option<bool>,
    /// Contradiction rules across articles: an event (an investment, a funding round, a
    /// valuation) stated without a period is compared with the same event in articles
    /// published within this many days (0: never).
    as_of_days: Option<Spanned<u32>>,
    examples: Option<Examples>,
}

/// A resolved rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub kind: RuleKind,
    pub scope: Scope,
    pub severity: Severity,
    pub enabled: bool,
    pub message: String,
    pub explanation: String,
    /// Only these metrics (all when empty).
    pub metrics: Vec<String>,
    pub tolerance: Tolerance,
    pub min_support: usize,
    pub require_period: bool,
    pub headlines: bool,
    pub as_of_days: u32,
    pub examples: Examples,
    /// The file that defined the rule.
    pub origin: String,
}

/// Thresholds that apply to all rules.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default = "default_similarity")]
    pub subject_similarity: f64,
    #[serde(default = "default_approx")]
    pub approx_tolerance: f64,
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
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsSpec {
    subject_similarity: Option<Spanned<f64>>,
    approx_tolerance: Option<Spanned<f64>>,
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
}

/// A canonical figure stated in the config.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactSpec {
    pub subject: String,
    pub metric: Spanned<String>,
    #[serde(default)]
    pub period: Option<String>,
    /// The value as written in prose (`12%`, `7,000億元`, `$92 billion`): read by the extractor.
    pub value: Spanned<String>,
    #[serde(default)]
    pub source: Option<String>,
}

/// A house exchange rate or one the reference table lacks.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateSpec {
    /// `USD/JPY`: units of JPY per 1 USD.
    pub pair: Spanned<String>,
    pub rate: f64,
    /// `YYYY-MM`, inclusive; open when absent.
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    #[serde(default)]
    settings: Option<SettingsSpec>,
    #[serde(default)]
    rules: Vec<RuleSpec>,
    #[serde(default)]
    vocabulary: Option<VocabSpec>,
    #[serde(default)]
    metrics: Option<BTreeMap<String, MetricSpec>>,
    #[serde(default, deserialize_with = "opt_words")]
    scopes: Option<Vec<String>>,
    #[serde(default, deserialize_with = "opt_word_map")]
    places: Option<BTreeMap<String, String>>,
    #[serde(default, deserialize_with = "opt_alias_map")]
    aliases: Option<BTreeMap<String, Vec<String>>>,
    #[serde(default, deserialize_with = "opt_words")]
    strip: Option<Vec<String>>,
    #[serde(default, deserialize_with = "opt_words")]
    anaphora: Option<Vec<String>>,
    #[serde(default, deserialize_with = "opt_words")]
    non_subjects: Option<Vec<String>>,
    #[serde(default, deserialize_with = "opt_alias_map")]
    sources: Option<BTreeMap<String, Vec<String>>>,
    #[serde(default)]
    facts: Vec<FactSpec>,
    #[serde(default)]
    rates: Vec<RateSpec>,
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

fn words<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(Vec::<Word>::deserialize(d)?
        .into_iter()
        .map(|w| w.0)
        .collect())
}
/// Places: a place (never empty) and the larger place it belongs to (empty for none).
fn word_map<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BTreeMap<String, String>, D::Error> {
    Ok(BTreeMap::<Word, String>::deserialize(d)?
        .into_iter()
        .map(|(k, v)| (k.0, v))
        .collect())
}
fn alias_map<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, Vec<String>>, D::Error> {
    Ok(BTreeMap::<Word, Vec<Word>>::deserialize(d)?
        .into_iter()
        .map(|(k, v)| (k.0, v.into_iter().map(|w| w.0).collect()))
        .collect())
}
fn opt_words<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Vec<String>>, D::Error> {
    words(d).map(Some)
}
fn opt_word_map<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<BTreeMap<String, String>>, D::Error> {
    word_map(d).map(Some)
}
fn opt_alias_map<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<BTreeMap<String, Vec<String>>>, D::Error> {
    alias_map(d).map(Some)
}

/// Everything a run is configured with.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub settings: Settings,
    pub rules: Vec<Rule>,
    pub vocab: VocabSpec,
    pub facts: Vec<FactSpec>,
    pub rates: Vec<RateSpec>,
    /// The project config file read, if any.
    pub path: Option<PathBuf>,
    /// A digest of every config text read, for caches.
    pub digest: u64,
}

/// The kinds of figure a metric may name.
pub const METRIC_KINDS: &[&str] = &["percent", "percent_point", "money", "count", "number"];

impl Config {
    /// The shipped configuration alone.
    pub fn shipped() -> Config {
        let mut c = Config::default();
        for (name, text) in SHIPPED {
            c.merge(name, text)
                .unwrap_or_else(|e| panic!("shipped config {name} is invalid: {e}"));
        }
        c
    }

    /// The shipped configuration plus the project's: `explicit` if given, else the first
    /// `figlint.yaml` (or `.figlint.yaml`) found from `start` upwards.
    pub fn load(explicit: Option<&Path>, start: &Path) -> Result<Config, Box<ConfigError>> {
        let mut c = Config::shipped();
        let path = match explicit {
            Some(p) => Some(p.to_path_buf()),
            None => find_upwards(start),
        };
        if let Some(p) = path {
            let shown = p.display().to_string();
            let text = std::fs::read_to_string(&p).map_err(|e| {
                Box::new(ConfigError::plain(
                    &shown,
                    format!("cannot read config: {e}"),
                ))
            })?;
            c.merge(&shown, &text)?;
            c.path = Some(p);
        }
        Ok(c)
    }

    /// Adds one YAML file's settings, rules, vocabulary, facts and rates.
    pub fn merge(&mut self, file: &str, text: &str) -> Result<(), Box<ConfigError>> {
        self.digest = self.digest.rotate_left(7) ^ fnv(text.as_bytes());
        let options = serde_saphyr::options! { with_snippet: false };
        let spec: FileSpec = if text.trim().is_empty() {
            FileSpec::default()
        } else {
            serde_saphyr::from_str_with_options(text, options).map_err(|e| {
                let loc = e.location().unwrap_or(serde_saphyr::Location::UNKNOWN);
                let msg = e.to_string();
                Box::new(ConfigError::at(
                    file,
                    text,
                    loc,
                    msg.lines().next().unwrap_or(&msg).to_string(),
                ))
            })?
        };
        let err =
            |loc: serde_saphyr::Location, m: String| Box::new(ConfigError::at(file, text, loc, m));

        if let Some(s) = spec.settings {
            if let Some(v) = s.subject_similarity {
                if !(0.0..=1.0).contains(&v.value) {
                    return Err(err(
                        v.referenced,
                        "subject_similarity must be between 0 and 1".into(),
                    ));
                }
                self.settings.subject_similarity = v.value;
            }
            if let Some(v) = s.approx_tolerance {
                if !(0.0..1.0).contains(&v.value) {
                    return Err(err(
                        v.referenced,
                        "approx_tolerance must be at least 0 and below 1".into(),
                    ));
                }
                self.settings.approx_tolerance = v.value;
            }
        }

        let mut vocab = spec.vocabulary.unwrap_or_default();
        // The vocabulary may also be written at the top level of a vocabulary file.
        if let Some(m) = spec.metrics {
            vocab.metrics.extend(m);
        }
        vocab.scopes.extend(spec.scopes.unwrap_or_default());
        vocab.places.extend(spec.places.unwrap_or_default());
        vocab.aliases.extend(spec.aliases.unwrap_or_default());
        vocab.strip.extend(spec.strip.unwrap_or_default());
        vocab.anaphora.extend(spec.anaphora.unwrap_or_default());
        vocab
            .non_subjects
            .extend(spec.non_subjects.unwrap_or_default());
        vocab.sources.extend(spec.sources.unwrap_or_default());
        for (name, m) in &vocab.metrics {
            for k in &m.kinds {
                if !METRIC_KINDS.contains(&k.value.as_str()) {
                    return Err(err(
                        k.referenced,
                        format!(
                            "metric {name}: unknown figure kind `{}`; expected one of {}",
                            k.value,
                            METRIC_KINDS.join(", ")
                        ),
                    ));
                }
            }
        }
        self.vocab.merge(vocab);

        for r in spec.rules {
            self.merge_rule(file, r, &err)?;
        }
        for f in &spec.facts {
            if !self.vocab.metrics.contains_key(&f.metric.value) {
                return Err(err(
                    f.metric.referenced,
                    format!(
                        "unknown metric `{}`; known: {}",
                        f.metric.value,
                        self.metric_names()
                    ),
                ));
            }
        }
        self.facts.extend(spec.facts);
        for r in &spec.rates {
            let ok = r.pair.value.split_once('/').is_some_and(|(a, b)| {
                a.len() == 3
                    && b.len() == 3
                    && a.chars().chain(b.chars()).all(|c| c.is_ascii_uppercase())
            });
            if !ok {
                return Err(err(
                    r.pair.referenced,
                    format!("rate pair `{}` must look like USD/JPY", r.pair.value),
                ));
            }
            if !(r.rate.is_finite() && r.rate > 0.0) {
                return Err(err(
                    r.pair.referenced,
                    "rate must be a positive number".into(),
                ));
            }
        }
        self.rates.extend(spec.rates);
        Ok(())
    }

    fn metric_names(&self) -> String {
        self.vocab
            .metrics
            .keys()
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn merge_rule(
        &mut self,
        file: &str,
        r: RuleSpec,
        err: &dyn Fn(serde_saphyr::Location, String) -> Box<ConfigError>,
    ) -> Result<(), Box<ConfigError>> {
        for m in r.metrics.iter().flatten() {
            if !self.vocab.metrics.contains_key(&m.value) {
                return Err(err(
                    m.referenced,
                    format!(
                        "unknown metric `{}`; known: {}",
                        m.value,
                        self.metric_names()
                    ),
                ));
            }
        }
        if let Some(t) = r.tolerance {
            if t.pp < 0.0 || t.relative < 0.0 || !t.pp.is_finite() || !t.relative.is_finite() {
                return Err(err(
                    r.id.referenced,
                    "tolerance values must be zero or positive".into(),
                ));
            }
        }
        let metrics = r.metrics.map(|m| m.into_iter().map(|s| s.value).collect());
        if let Some(existing) = self.rules.iter_mut().find(|x| x.id == r.id.value) {
            if let Some(k) = &r.kind {
                if k.value != existing.kind {
                    return Err(err(
                        k.referenced,
                        format!(
                            "rule {} is of kind {:?}; a config may not change it",
                            existing.id, existing.kind
                        ),
                    ));
                }
            }
            if let Some(v) = r.scope {
                existing.scope = v;
            }
            if let Some(v) = r.severity {
                existing.severity = v;
            }
            if let Some(v) = r.enabled {
                existing.enabled = v;
            }
            if let Some(v) = r.message {
                existing.message = v;
            }
            if let Some(v) = r.explanation {
                existing.explanation = v;
            }
            if let Some(v) = metrics {
                existing.metrics = v;
            }
            if let Some(v) = r.tolerance {
                existing.tolerance = v;
            }
            if let Some(v) = r.min_support {
                existing.min_support = v;
            }
            if let Some(v) = r.require_period {
                existing.require_period = v;
            }
            if let Some(v) = r.headlines {
                existing.headlines = v;
            }
            if let Some(v) = &r.as_of_days {
                existing.as_of_days = check_days(v, err)?;
            }
            if let Some(v) = r.examples {
                existing.examples = v;
            }
            return Ok(());
        }
        let id = r.id.value;
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(err(
                r.id.referenced,
                format!("rule id `{id}` must be lower-case words joined by '-'"),
            ));
        }
        let Some(kind) = r.kind else {
            return Err(err(r.id.referenced, format!("new rule `{id}` needs a `kind` (contradiction, fact, conversion-same-amount, conversion-article-rate, conversion-corpus-rate, conversion-reference-rate)")));
        };
        let Some(message) = r.message else {
            return Err(err(
                r.id.referenced,
                format!("new rule `{id}` needs a `message`"),
            ));
        };
        self.rules.push(Rule {
            id,
            kind: kind.value,
            scope: r.scope.unwrap_or_default(),
            severity: r.severity.unwrap_or(Severity::Warning),
            enabled: r.enabled.unwrap_or(true),
            message,
            explanation: r.explanation.unwrap_or_default(),
            metrics: metrics.unwrap_or_default(),
            tolerance: r.tolerance.unwrap_or_default(),
            min_support: r.min_support.unwrap_or(5),
            require_period: r.require_period.unwrap_or(false),
            headlines: r.headlines.unwrap_or(true),
            as_of_days: match &r.as_of_days {
                Some(v) => check_days(v, err)?,
                None => 0,
            },
            examples: r.examples.unwrap_or_default(),
            origin: file.to_string(),
        });
        Ok(())
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

impl VocabSpec {
    fn merge(&mut self, other: VocabSpec) {
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
        extend_unique(&mut self.strip, other.strip);
        extend_unique(&mut self.anaphora, other.anaphora);
        extend_unique(&mut self.non_subjects, other.non_subjects);
        for (k, v) in other.sources {
            extend_unique(self.sources.entry(k).or_default(), v);
        }
    }
}

/// A window in days: at most ten years.
fn check_days(
    v: &Spanned<u32>,
    err: &dyn Fn(serde_saphyr::Location, String) -> Box<ConfigError>,
) -> Result<u32, Box<ConfigError>> {
    if v.value > 3660 {
        return Err(err(
            v.referenced,
            "as_of_days must be at most 3660 (ten years)".into(),
        ));
    }
    Ok(v.value)
}

fn extend_unique(to: &mut Vec<String>, from: Vec<String>) {
    for s in from {
        if !to.contains(&s) {
            to.push(s);
        }
    }
}

fn find_upwards(start: &Path) -> Option<PathBuf> {
    let start = std::fs::canonicalize(start).ok()?;
    for dir in start.ancestors() {
        for name in ["figlint.yaml", ".figlint.yaml"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// FNV-1a, for a stable digest of config texts.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_config_parses_and_has_rules_and_vocabulary() {
        let c = Config::shipped();
        assert!(c.rule("contradiction-across-articles").is_some());
        assert!(c.vocab.metrics["growth"].words.iter().any(|w| w == "成長"));
        assert!(c.vocab.metrics["growth"].words.iter().any(|w| w == "增长"));
    }

    #[test]
    fn project_config_overrides_adds_and_disables() {
        let mut c = Config::shipped();
        c.merge(
            "figlint.yaml",
            "rules:\n  - id: contradiction-across-articles\n    severity: error\n    tolerance: {pp: 2}\n  - id: contradiction-in-article\n    enabled: false\n  - id: growth-only\n    kind: contradiction\n    metrics: [growth]\n    message: growth differs\n",
        )
        .unwrap();
        let r = c.rule("contradiction-across-articles").unwrap();
        assert_eq!(r.severity, Severity::Error);
        assert_eq!(r.tolerance.pp, 2.0);
        assert!(!c.rule("contradiction-in-article").unwrap().enabled);
        assert_eq!(c.rule("growth-only").unwrap().metrics, vec!["growth"]);
    }

    #[test]
    fn bad_values_name_line_and_column() {
        let mut c = Config::shipped();
        let e = c
            .merge("f.yaml", "rules:\n  - id: x-y\n    kind: contradiction\n    message: m\n    severity: loud\n")
            .unwrap_err();
        assert_eq!((e.line, e.column), (5, 15), "{e}");
        let e = c
            .merge("f.yaml", "rules:\n  - id: a-b\n    kind: contradiction\n    message: m\n    metrics: [growth, vibes]\n")
            .unwrap_err();
        assert_eq!(e.line, 5);
        assert!(
            e.message.contains("unknown metric `vibes`"),
            "{}",
            e.message
        );
        let e = c.merge("f.yaml", "rulez: []\n").unwrap_err();
        assert_eq!(e.line, 1);
        let e = c.merge("f.yaml", "rules:\n  - id: new-rule\n").unwrap_err();
        assert!(e.message.contains("needs a `kind`"), "{}", e.message);
        let e = c
            .merge("f.yaml", "rates:\n  - pair: usd-jpy\n    rate: 150\n")
            .unwrap_err();
        assert_eq!(e.line, 2);
    }

    #[test]
    fn empty_vocabulary_words_are_refused_where_they_are_written() {
        // An empty word would match at every position (it used to panic the metric search).
        for (text, line) in [
            (
                "vocabulary:\n  metrics:\n    growth:\n      words: [成長, \"\"]\n",
                4,
            ),
            ("vocabulary:\n  scopes: [\"  \"]\n", 2),
            ("strip: [\"\"]\n", 1),
            ("aliases:\n  OpenAI: [\"\"]\n", 2),
            ("places:\n  \"\": 中国\n", 2),
        ] {
            let e = Config::shipped().merge("f.yaml", text).unwrap_err();
            assert_eq!(e.line, line, "{text}: {e}");
            assert!(e.message.contains("empty vocabulary word"), "{e}");
        }
        // A place with no larger place is written with an empty value, and is fine.
        Config::shipped()
            .merge("f.yaml", "places:\n  ソウル: \"\"\n")
            .unwrap();
    }
}

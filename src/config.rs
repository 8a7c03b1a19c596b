//! Configuration: the shipped rules and vocabularies (`rules/*.yaml`, embedded) merged with a
//! project's `figlint.yaml`. Any malformed value fails fast with its file, line and column.
//!
//! YAML is read with serde-saphyr: maintained, panic-free, and it gives a span for every
//! value, so a config error can point at the exact place.

use crate::context::spec::{opt_alias_map, opt_word_map, opt_words};
pub use crate::context::spec::{MetricSpec, Settings, VocabSpec};
use crate::context::Vocab;
use crate::fx::RateOverride;
use crate::rules::{self, fact::Fact, Known, OptionValue};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The shipped settings and vocabularies, embedded in the binary: `(name, text)`. Each rule
/// kind ships its own rules ([`rules::Kind::shipped`]).
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "rules/defaults.yaml",
        include_str!("../rules/defaults.yaml"),
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

pub use crate::finding::Severity;
pub use crate::rules::{Examples, Rule, Tolerance};

/// A rule as written in YAML: what every rule has, then its kind's options, each with where
/// it is written. In a project's config every field but `id` is optional when the id names a
/// shipped rule (the fields given replace the shipped ones).
#[derive(Debug)]
struct RuleSpec {
    id: Spanned<String>,
    kind: Option<Spanned<String>>,
    severity: Option<Severity>,
    enabled: Option<bool>,
    message: Option<String>,
    explanation: Option<String>,
    examples: Option<Examples>,
    /// Everything else: the kind's options, checked once the kind is known.
    options: Vec<(Spanned<String>, Spanned<OptionValue>)>,
}

/// The fields every rule has, whatever its kind.
const COMMON_FIELDS: &[&str] = &[
    "id",
    "kind",
    "severity",
    "enabled",
    "message",
    "explanation",
    "examples",
];

impl<'de> Deserialize<'de> for RuleSpec {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RuleSpec;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a rule: a mapping with at least an `id`")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RuleSpec, A::Error> {
                let mut id = None;
                let mut spec = RuleSpec {
                    id: Spanned::new(
                        String::new(),
                        serde_saphyr::Location::UNKNOWN,
                        serde_saphyr::Location::UNKNOWN,
                    ),
                    kind: None,
                    severity: None,
                    enabled: None,
                    message: None,
                    explanation: None,
                    examples: None,
                    options: Vec::new(),
                };
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    match key.value.as_str() {
                        "id" => id = Some(map.next_value()?),
                        "kind" => spec.kind = Some(map.next_value()?),
                        "severity" => spec.severity = Some(map.next_value()?),
                        "enabled" => spec.enabled = Some(map.next_value()?),
                        "message" => spec.message = Some(map.next_value()?),
                        "explanation" => spec.explanation = Some(map.next_value()?),
                        "examples" => spec.examples = Some(map.next_value()?),
                        _ => {
                            let value = map.next_value()?;
                            spec.options.push((key, value));
                        }
                    }
                }
                spec.id = id.ok_or_else(|| serde::de::Error::missing_field("id"))?;
                Ok(spec)
            }
        }
        d.deserialize_map(V)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsSpec {
    subject_similarity: Option<Spanned<f64>>,
    approx_tolerance: Option<Spanned<f64>>,
    max_file_mb: Option<Spanned<u32>>,
}

/// A canonical figure as written in the config's `facts:`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactSpec {
    subject: String,
    metric: Spanned<String>,
    #[serde(default)]
    period: Option<Spanned<String>>,
    /// The value as written in prose (`12%`, `7,000億元`, `$92 billion`): read by the extractor.
    value: Spanned<String>,
    #[serde(default)]
    source: Option<String>,
}

/// A house exchange rate, or one the reference table lacks, as written in `rates:`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RateSpec {
    /// `USD/JPY`: units of JPY per 1 USD.
    pair: Spanned<String>,
    rate: Spanned<f64>,
    /// `YYYY-MM`, inclusive; open when absent.
    #[serde(default)]
    from: Option<Spanned<String>>,
    #[serde(default)]
    to: Option<Spanned<String>>,
    #[serde(default)]
    source: Option<String>,
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
    #[serde(default, deserialize_with = "opt_alias_map")]
    companies: Option<BTreeMap<String, Vec<String>>>,
    #[serde(default, deserialize_with = "opt_words")]
    strip: Option<Vec<String>>,
    #[serde(default, deserialize_with = "opt_words")]
    anaphora: Option<Vec<String>>,
    #[serde(default, deserialize_with = "opt_words")]
    non_subjects: Option<Vec<String>>,
    #[serde(default, deserialize_with = "opt_alias_map")]
    sources: Option<BTreeMap<String, Vec<String>>>,
    #[serde(default, deserialize_with = "opt_alias_map")]
    benchmarks: Option<BTreeMap<String, Vec<String>>>,
    #[serde(default)]
    facts: Vec<FactSpec>,
    #[serde(default)]
    rates: Vec<RateSpec>,
}

/// Everything a run is configured with.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub settings: Settings,
    pub rules: Vec<Rule>,
    pub vocab: VocabSpec,
    /// Canonical figures, their values read by the extractor.
    pub facts: Vec<Fact>,
    /// House rates over the reference table.
    pub rates: Vec<RateOverride>,
    /// The project config file read, if any.
    pub path: Option<PathBuf>,
    /// A digest of every config text read, for caches.
    pub digest: u64,
}

/// The kinds of figure a metric may name.
pub const METRIC_KINDS: &[&str] = &["percent", "percent_point", "money", "count", "number"];

impl Config {
    /// The shipped configuration alone: settings, vocabularies, then each kind's rules.
    pub fn shipped() -> Config {
        let mut c = Config::default();
        let kinds = rules::KINDS.iter().map(|k| k.shipped);
        for (name, text) in SHIPPED.iter().copied().chain(kinds) {
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
            if let Some(v) = s.max_file_mb {
                if !(1..=4096).contains(&v.value) {
                    return Err(err(
                        v.referenced,
                        "max_file_mb must be a whole number of megabytes from 1 to 4096".into(),
                    ));
                }
                self.settings.max_file_mb = v.value;
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
        vocab.companies.extend(spec.companies.unwrap_or_default());
        vocab.strip.extend(spec.strip.unwrap_or_default());
        vocab.anaphora.extend(spec.anaphora.unwrap_or_default());
        vocab
            .non_subjects
            .extend(spec.non_subjects.unwrap_or_default());
        vocab.sources.extend(spec.sources.unwrap_or_default());
        vocab.benchmarks.extend(spec.benchmarks.unwrap_or_default());
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
        for f in spec.facts {
            let fact = self.read_fact(f, &err)?;
            self.facts.push(fact);
        }
        for r in spec.rates {
            self.rates.push(read_rate(r, &err)?);
        }
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
        err: &Err<'_>,
    ) -> Result<(), Box<ConfigError>> {
        let metric_names: Vec<&str> = self.vocab.metrics.keys().map(String::as_str).collect();
        let known = Known {
            metrics: &metric_names,
        };
        let kind = match &r.kind {
            Some(k) => Some(rules::kind(&k.value).ok_or_else(|| {
                err(
                    k.referenced,
                    format!(
                        "unknown rule kind `{}`{}; the kinds are {}",
                        k.value,
                        rules::options::did_you_mean(&k.value, rules::KINDS.iter().map(|k| k.name)),
                        kind_names()
                    ),
                )
            })?),
            None => None,
        };
        let index = match self.rules.iter().position(|x| x.id == r.id.value) {
            Some(i) => {
                let existing = &self.rules[i];
                if kind.is_some_and(|k| !std::ptr::eq(k, existing.kind)) {
                    return Err(err(
                        r.kind.as_ref().map_or(r.id.referenced, |k| k.referenced),
                        format!(
                            "rule {} is of kind {}; a config may not change it",
                            existing.id, existing.kind.name
                        ),
                    ));
                }
                i
            }
            None => {
                self.rules.push(self.new_rule(file, &r, kind, err)?);
                self.rules.len() - 1
            }
        };
        let rule = &mut self.rules[index];
        for (name, value) in &r.options {
            if !rule.kind.options.contains(&name.value.as_str()) {
                let all = COMMON_FIELDS
                    .iter()
                    .chain(rule.kind.options.iter())
                    .copied();
                return Err(err(
                    name.referenced,
                    format!(
                        "a {} rule takes no option `{}`{}; it takes {}",
                        rule.kind.name,
                        name.value,
                        rules::options::did_you_mean(&name.value, all),
                        if rule.kind.options.is_empty() {
                            "only the fields every rule has".to_string()
                        } else {
                            rule.kind.options.join(", ")
                        }
                    ),
                ));
            }
            rule.options
                .set(&name.value, &value.value, &known)
                .map_err(|e| err(e.at.unwrap_or(value.referenced), e.message))?;
        }
        if let Some(v) = r.severity {
            rule.severity = v;
        }
        if let Some(v) = r.enabled {
            rule.enabled = v;
        }
        if let Some(v) = r.message {
            rule.message = v;
        }
        if let Some(v) = r.explanation {
            rule.explanation = v;
        }
        if let Some(v) = r.examples {
            rule.examples = v;
        }
        Ok(())
    }

    /// A rule the config adds: it needs a well-formed id, a kind and a message.
    fn new_rule(
        &self,
        file: &str,
        r: &RuleSpec,
        kind: Option<&'static rules::Kind>,
        err: &Err<'_>,
    ) -> Result<Rule, Box<ConfigError>> {
        let id = &r.id.value;
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
        let Some(kind) = kind else {
            let hint = rules::options::did_you_mean(id, self.rules.iter().map(|x| x.id.as_str()));
            let what = if hint.is_empty() {
                format!("new rule `{id}` needs a `kind`")
            } else {
                format!("no rule `{id}`{hint}; a new rule needs a `kind`")
            };
            return Err(err(r.id.referenced, format!("{what} ({})", kind_names())));
        };
        let Some(message) = r.message.clone() else {
            return Err(err(
                r.id.referenced,
                format!("new rule `{id}` needs a `message`"),
            ));
        };
        Ok(Rule {
            id: id.clone(),
            kind,
            severity: Severity::Warning,
            enabled: true,
            message,
            explanation: String::new(),
            examples: Examples::default(),
            origin: file.to_string(),
            options: (kind.defaults)(),
        })
    }

    /// A fact as written, its metric known and its value read by the extractor: exactly one
    /// figure.
    fn read_fact(&self, f: FactSpec, err: &Err<'_>) -> Result<Fact, Box<ConfigError>> {
        if !self.vocab.metrics.contains_key(&f.metric.value) {
            let names = self.vocab.metrics.keys().map(String::as_str);
            return Err(err(
                f.metric.referenced,
                format!(
                    "unknown metric `{}`{}; known: {}",
                    f.metric.value,
                    rules::options::did_you_mean(&f.metric.value, names),
                    self.metric_names()
                ),
            ));
        }
        let figures = crate::extract::extract(&f.value.value);
        let [value] = figures.as_slice() else {
            return Err(err(
                f.value.referenced,
                format!(
                    "a fact's value must be one figure written as in prose (12%, 7,000億元, $92 \
                     billion); figlint reads {} figure(s) in `{}`",
                    figures.len(),
                    f.value.value
                ),
            ));
        };
        Ok(Fact {
            subject: f.subject,
            metric: f.metric.value,
            period: f.period.map(|p| p.value),
            written: f.value.value.clone(),
            value: value.clone(),
            source: f.source,
        })
    }
    /// The vocabulary this config builds, with its thresholds.
    pub fn vocabulary(&self) -> Vocab {
        Vocab::from_spec(&self.vocab, self.settings)
            .with_text(crate::text::Spec::from_rules(&self.rules))
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

/// Reports a config error at a place in the file being read.
type Err<'a> = dyn Fn(serde_saphyr::Location, String) -> Box<ConfigError> + 'a;

/// The rule kinds, for messages.
fn kind_names() -> String {
    rules::KINDS
        .iter()
        .map(|k| k.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A house rate as written: a pair such as USD/JPY, a positive rate, and a span of months
/// (`YYYY-MM`, each end optional, `from` not after `to`).
fn read_rate(r: RateSpec, err: &Err<'_>) -> Result<RateOverride, Box<ConfigError>> {
    let pair = r.pair.value.split_once('/').filter(|(a, b)| {
        a.len() == 3 && b.len() == 3 && a.chars().chain(b.chars()).all(|c| c.is_ascii_uppercase())
    });
    let Some((base, quote)) = pair else {
        return Err(err(
            r.pair.referenced,
            format!("rate pair `{}` must look like USD/JPY", r.pair.value),
        ));
    };
    if !(r.rate.value.is_finite() && r.rate.value > 0.0) {
        return Err(err(
            r.rate.referenced,
            "rate must be a positive number".into(),
        ));
    }
    let month = |m: &Option<Spanned<String>>| -> Result<Option<(i32, u32)>, Box<ConfigError>> {
        let Some(m) = m else { return Ok(None) };
        let parsed = m.value.split_once('-').and_then(|(y, mo)| {
            let ok = y.len() == 4 && mo.len() == 2;
            let (y, mo) = (y.parse::<i32>().ok()?, mo.parse::<u32>().ok()?);
            (ok && (1..=12).contains(&mo)).then_some((y, mo))
        });
        parsed.map(Some).ok_or_else(|| {
            err(
                m.referenced,
                format!(
                    "`{}` is not a month; write it as YYYY-MM (2025-04)",
                    m.value
                ),
            )
        })
    };
    let (from, to) = (month(&r.from)?, month(&r.to)?);
    if let (Some(f), Some(t), Some(at)) = (from, to, r.from.as_ref()) {
        if f > t {
            return Err(err(
                at.referenced,
                format!(
                    "`from` ({}) is after `to` ({})",
                    at.value,
                    r.to.as_ref().map_or("", |t| t.value.as_str())
                ),
            ));
        }
    }
    Ok(RateOverride {
        base: base.to_string(),
        quote: quote.to_string(),
        rate: r.rate.value,
        from,
        to,
        source: r.source.unwrap_or_else(|| "figlint.yaml rates".to_string()),
    })
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
        assert_eq!(
            r.option("tolerance").as_deref(),
            Some("2 percentage points, 0% relative")
        );
        assert!(!c.rule("contradiction-in-article").unwrap().enabled);
        assert_eq!(
            c.rule("growth-only").unwrap().option("metrics").as_deref(),
            Some("growth")
        );
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

    /// The error a config text gives, with its line and column.
    fn refused(text: &str) -> ConfigError {
        *Config::shipped().merge("f.yaml", text).unwrap_err()
    }

    #[test]
    fn an_option_a_kind_does_not_take_is_refused_where_it_is_written() {
        let e = refused("rules:\n  - id: conversion-reference-rate\n    metrics: [growth]\n");
        assert_eq!((e.line, e.column), (3, 5), "{e}");
        assert!(
            e.message
                .contains("conversion-reference-rate rule takes no option `metrics`")
                && e.message.contains("it takes tolerance"),
            "{e}"
        );
        let e = refused("rules:\n  - id: contradiction-in-article\n    severty: error\n");
        assert!(e.message.contains("did you mean `severity`?"), "{e}");
        let e = refused(
            "rules:\n  - id: contradiction-in-article\n    tolerance: {pp: 1, relativ: 0.1}\n",
        );
        assert!(e.message.contains("did you mean `relative`?"), "{e}");
        assert_eq!(e.line, 3, "{e}");
        let e = refused("rules:\n  - id: contradiction-in-article\n    scope: everywhere\n");
        assert!(
            e.message.contains("`scope` must be `article` or `corpus`"),
            "{e}"
        );
        let e = refused("rules:\n  - id: contradiction-in-article\n    headlines: 3\n");
        assert!(
            e.message.contains("`headlines` must be true or false"),
            "{e}"
        );
    }

    #[test]
    fn a_misspelt_rule_id_or_kind_gets_a_did_you_mean() {
        let e = refused("rules:\n  - id: contradiction-accross-articles\n    severity: error\n");
        assert!(
            e.message
                .contains("did you mean `contradiction-across-articles`?"),
            "{e}"
        );
        let e = refused("rules:\n  - id: my-rule\n    kind: contradictoin\n    message: m\n");
        assert_eq!(e.line, 3, "{e}");
        assert!(e.message.contains("did you mean `contradiction`?"), "{e}");
        let e = refused("rules:\n  - id: contradiction-in-article\n    kind: fact\n");
        assert!(e.message.contains("may not change it"), "{e}");
    }

    #[test]
    fn out_of_range_numbers_are_refused() {
        for (text, what) in [
            (
                "rules:\n  - id: conversion-corpus-rate\n    min_support: 0\n",
                "`min_support` must be a whole number from 1",
            ),
            (
                "rules:\n  - id: conversion-corpus-rate\n    min_support: 2.5\n",
                "`min_support` must be a whole number",
            ),
            (
                "rules:\n  - id: contradiction-in-article\n    tolerance: {pp: 1e308}\n",
                "`tolerance.pp` must be from 0 to 100",
            ),
            (
                "rules:\n  - id: contradiction-in-article\n    tolerance: {relative: -0.1}\n",
                "`tolerance.relative` must be from 0 to 1",
            ),
            (
                "rules:\n  - id: contradiction-across-articles\n    as_of_days: 99999\n",
                "from 0 to 3660",
            ),
        ] {
            let e = refused(text);
            assert_eq!(e.line, 3, "{text}: {e}");
            assert!(e.message.contains(what), "{text}: {e}");
        }
    }

    #[test]
    fn rates_are_checked_when_read() {
        for (text, line, what) in [
            ("rates:\n  - pair: USD/JPY\n    rate: -5\n", 3, "positive"),
            (
                "rates:\n  - pair: USD/JPY\n    rate: 150\n    from: 2030/01\n",
                4,
                "not a month",
            ),
            (
                "rates:\n  - pair: USD/JPY\n    rate: 150\n    from: 2025-13\n",
                4,
                "not a month",
            ),
            (
                "rates:\n  - pair: USD/JPY\n    rate: 150\n    from: 2025-06\n    to: 2025-01\n",
                4,
                "after `to`",
            ),
        ] {
            let e = refused(text);
            assert_eq!(e.line, line, "{text}: {e}");
            assert!(e.message.contains(what), "{text}: {e}");
        }
        let mut c = Config::shipped();
        c.merge(
            "f.yaml",
            "rates:\n  - pair: USD/JPY\n    rate: 150\n    from: 2025-01\n    to: 2025-06\n",
        )
        .unwrap();
        assert_eq!(c.rates[0].from, Some((2025, 1)));
        assert_eq!(c.rates[0].to, Some((2025, 6)));
    }

    #[test]
    fn a_facts_value_is_read_by_the_extractor_when_the_config_is_loaded() {
        for value in ["quite a lot", "12% or 15%"] {
            let e = refused(&format!(
                "facts:\n  - subject: X社\n    metric: growth\n    value: {value}\n"
            ));
            assert_eq!(e.line, 4, "{e}");
            assert!(e.message.contains("must be one figure"), "{e}");
        }
        let e = refused("facts:\n  - subject: X社\n    metric: growht\n    value: 12%\n");
        assert!(e.message.contains("did you mean `growth`?"), "{e}");
        let mut c = Config::shipped();
        c.merge(
            "f.yaml",
            "facts:\n  - subject: X社\n    metric: growth\n    value: 約12%\n",
        )
        .unwrap();
        assert_eq!(c.facts[0].value.unit, "%");
        assert!(c.facts[0].value.approx);
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

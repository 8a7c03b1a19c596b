//! A rule's options as written in YAML, the readers of the option types several kinds share,
//! and the option sets several kinds share. Each kind reads each option it takes with
//! [`Options::set`](super::Options::set); an option a kind does not take is refused where it
//! is written.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Location, Spanned};

/// An option's value as written: the shapes rule options take.
#[derive(Debug, Clone)]
pub enum OptionValue {
    Bool(bool),
    Number(f64),
    Text(String),
    /// Each item with where it is written.
    List(Vec<Spanned<String>>),
    /// Each entry with where its value is written.
    Map(Vec<(String, Spanned<f64>)>),
}

impl OptionValue {
    /// What kind of value this is, for messages.
    fn shape(&self) -> &'static str {
        match self {
            OptionValue::Bool(_) => "true or false",
            OptionValue::Number(_) => "a number",
            OptionValue::Text(_) => "a word",
            OptionValue::List(_) => "a list",
            OptionValue::Map(_) => "a mapping",
        }
    }
}

impl<'de> Deserialize<'de> for OptionValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OptionValue;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a rule option: true/false, a number, a word, a list or a mapping")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<OptionValue, E> {
                Ok(OptionValue::Bool(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<OptionValue, E> {
                Ok(OptionValue::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<OptionValue, E> {
                Ok(OptionValue::Number(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<OptionValue, E> {
                Ok(OptionValue::Number(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<OptionValue, E> {
                Ok(OptionValue::Text(v.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OptionValue, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Spanned<String>>()? {
                    items.push(item);
                }
                Ok(OptionValue::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OptionValue, A::Error> {
                let mut entries = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    entries.push((k, map.next_value::<Spanned<f64>>()?));
                }
                Ok(OptionValue::Map(entries))
            }
        }
        d.deserialize_any(V)
    }
}

/// An option that cannot be used as written: what is wrong, and where when it is one item
/// of the value (else the option's own place).
#[derive(Debug)]
pub struct OptionError {
    pub at: Option<Location>,
    pub message: String,
}

impl From<String> for OptionError {
    fn from(message: String) -> Self {
        OptionError { at: None, message }
    }
}

/// What an option may be checked against when it is read.
pub struct Known<'a> {
    /// The metrics the vocabulary defines.
    pub metrics: &'a [&'a str],
}

fn wrong(name: &str, expected: &str, v: &OptionValue) -> OptionError {
    format!("`{name}` must be {expected}, not {}", v.shape()).into()
}

/// `true` or `false`.
pub fn boolean(name: &str, v: &OptionValue) -> Result<bool, OptionError> {
    match v {
        OptionValue::Bool(b) => Ok(*b),
        _ => Err(wrong(name, "true or false", v)),
    }
}

/// A whole number from `min` to `max`.
pub fn count(name: &str, v: &OptionValue, min: u32, max: u32) -> Result<u32, OptionError> {
    match v {
        OptionValue::Number(n)
            if n.fract() == 0.0 && *n >= f64::from(min) && *n <= f64::from(max) =>
        {
            Ok(*n as u32)
        }
        OptionValue::Number(_) => {
            Err(format!("`{name}` must be a whole number from {min} to {max}").into())
        }
        _ => Err(wrong(name, "a whole number", v)),
    }
}

/// Metric names the vocabulary knows.
pub fn metrics(name: &str, v: &OptionValue, known: &Known<'_>) -> Result<Vec<String>, OptionError> {
    let OptionValue::List(items) = v else {
        return Err(wrong(name, "a list of metrics", v));
    };
    items
        .iter()
        .map(|m| {
            if known.metrics.contains(&m.value.as_str()) {
                Ok(m.value.clone())
            } else {
                Err(OptionError {
                    at: Some(m.referenced),
                    message: format!(
                        "unknown metric `{}`{}; known: {}",
                        m.value,
                        did_you_mean(&m.value, known.metrics.iter().copied()),
                        known.metrics.join(", ")
                    ),
                })
            }
        })
        .collect()
}

/// Extra room a rule gives before two values conflict.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Tolerance {
    /// Percentage points, for percentages.
    pub pp: f64,
    /// A fraction of the value, for amounts and rates.
    pub relative: f64,
}

impl Tolerance {
    /// `{pp: 0.5, relative: 0.02}`: either may be left out (zero). Percentage points up to
    /// 100; a relative tolerance up to 1 (the value itself).
    pub fn read(name: &str, v: &OptionValue) -> Result<Tolerance, OptionError> {
        let OptionValue::Map(entries) = v else {
            return Err(wrong(
                name,
                "a mapping such as {pp: 0.5, relative: 0.02}",
                v,
            ));
        };
        let mut t = Tolerance::default();
        for (k, x) in entries {
            let (slot, max) = match k.as_str() {
                "pp" => (&mut t.pp, 100.0),
                "relative" => (&mut t.relative, 1.0),
                other => {
                    return Err(OptionError {
                        at: Some(x.referenced),
                        message: format!(
                            "`{name}` takes `pp` and `relative`, not `{other}`{}",
                            did_you_mean(other, ["pp", "relative"])
                        ),
                    })
                }
            };
            if !(x.value.is_finite() && (0.0..=max).contains(&x.value)) {
                return Err(OptionError {
                    at: Some(x.referenced),
                    message: format!("`{name}.{k}` must be from 0 to {max}"),
                });
            }
            *slot = x.value;
        }
        Ok(t)
    }

    /// The room for a value: percentage points for a percentage, else a fraction of it.
    pub fn room(&self, percent: bool, value: f64) -> f64 {
        if percent {
            self.pp
        } else {
            self.relative * value.abs()
        }
    }

    /// For `figlint explain`.
    pub fn show(&self) -> String {
        format!(
            "{} percentage points, {}% relative",
            self.pp,
            self.relative * 100.0
        )
    }
}

/// The options of a kind that takes only a tolerance.
#[derive(Debug, Clone, Default)]
pub struct ToleranceOnly {
    pub tolerance: Tolerance,
}

impl super::Options for ToleranceOnly {
    fn set(&mut self, name: &str, v: &OptionValue, _: &Known<'_>) -> Result<(), OptionError> {
        self.tolerance = Tolerance::read(name, v)?;
        Ok(())
    }
    fn show(&self) -> Vec<(&'static str, String)> {
        vec![("tolerance", self.tolerance.show())]
    }
}

/// The options of a kind that judges a figure against a consensus of others: a tolerance, and
/// how many agreeing figures a consensus needs.
#[derive(Debug, Clone)]
pub struct Consensus {
    pub tolerance: Tolerance,
    pub min_support: u32,
}

impl Default for Consensus {
    fn default() -> Self {
        Consensus {
            tolerance: Tolerance::default(),
            min_support: 5,
        }
    }
}

impl super::Options for Consensus {
    fn set(&mut self, name: &str, v: &OptionValue, _: &Known<'_>) -> Result<(), OptionError> {
        match name {
            "tolerance" => self.tolerance = Tolerance::read(name, v)?,
            "min_support" => self.min_support = count(name, v, 1, 1_000_000)?,
            _ => unreachable!("the config reader passes only the kind's options"),
        }
        Ok(())
    }
    fn show(&self) -> Vec<(&'static str, String)> {
        vec![
            ("tolerance", self.tolerance.show()),
            ("min_support", self.min_support.to_string()),
        ]
    }
}

/// " (did you mean `x`?)" when one of `candidates` is close to `word`, else nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default()
}

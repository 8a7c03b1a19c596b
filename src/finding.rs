//! Findings: what the compare stage reports.

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize, serde::Serialize,
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

/// What a finding is about, in JSON and SARIF output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    /// Two claims that cannot both be true.
    Contradiction,
    /// A claim against a canonical figure of the config.
    Fact,
    /// A currency conversion whose rate is wrong.
    Conversion,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Contradiction => "contradiction",
            FindingKind::Fact => "fact",
            FindingKind::Conversion => "conversion",
        }
    }
}

impl std::fmt::Display for FindingKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One place a finding points at: a figure of the corpus, and its claim if it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    /// Index into `Corpus::figures`.
    pub figure: usize,
    /// Index into the run's claims.
    pub claim: Option<usize>,
    /// What this figure is in the finding ("25% here", "12% in b.md").
    pub label: String,
}

/// A contradiction, a bad conversion or a disagreement with a stated fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: String,
    pub kind: FindingKind,
    pub severity: Severity,
    /// One line: what disagrees.
    pub message: String,
    /// The evidence: how many articles state which value, the fact's source, the rate used.
    pub help: String,
    /// Every figure involved, the primary one first.
    pub locations: Vec<Location>,
    /// Stable across runs and edits elsewhere: rule, normalised figure texts, subject,
    /// metric, period; never line numbers.
    pub fingerprint: String,
}

/// A stable hex digest of the parts that identify a finding.
pub fn fingerprint(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for p in parts {
        for &b in p.as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100000001b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

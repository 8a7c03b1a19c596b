//! Findings: what the compare stage reports.

use crate::corpus::Corpus;

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
    /// A leftover generation or template marker in the text.
    Artifact,
    /// Text repeated within one article.
    Repetition,
    /// Articles (or titles) that are mostly the same text.
    Duplicate,
    /// Figures whose arithmetic does not add up (a growth rate and the values it connects).
    Arithmetic,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Contradiction => "contradiction",
            FindingKind::Fact => "fact",
            FindingKind::Conversion => "conversion",
            FindingKind::Artifact => "artifact",
            FindingKind::Repetition => "repetition",
            FindingKind::Duplicate => "duplicate",
            FindingKind::Arithmetic => "arithmetic",
        }
    }
}

impl std::fmt::Display for FindingKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One place a finding points at: a figure of the corpus (and its claim if it has one), or a
/// span of a document's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub at: At,
    /// Index into the run's claims.
    pub claim: Option<usize>,
    /// What this place is in the finding ("25% here", "12% in b.md", "repeated here").
    pub label: String,
}

/// What a location points at.
#[derive(Debug, Clone, PartialEq)]
pub enum At {
    /// Index into `Corpus::figures`.
    Figure(usize),
    /// Bytes `start..end` of document `doc`'s source, and the text shown for it (the marker,
    /// or the first characters of a repeated block; never empty).
    Text {
        doc: usize,
        start: usize,
        end: usize,
        quote: String,
        /// Lines and columns, worked out when the text was read ([`crate::text::TextInfo::place`]).
        place: Place,
    },
}

/// Where a location is in its file: 1-based lines and columns in characters, the end column
/// inclusive (the last character's), as the JSON output gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Place {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl Location {
    /// A location at a figure.
    pub fn figure_at(figure: usize, claim: Option<usize>, label: String) -> Location {
        Location {
            at: At::Figure(figure),
            claim,
            label,
        }
    }

    /// The figure pointed at, if it is one.
    pub fn figure(&self) -> Option<usize> {
        match self.at {
            At::Figure(f) => Some(f),
            At::Text { .. } => None,
        }
    }

    /// The document the location is in.
    pub fn doc(&self, corpus: &Corpus) -> usize {
        match &self.at {
            At::Figure(f) => corpus.figures[*f].doc,
            At::Text { doc, .. } => *doc,
        }
    }

    /// The byte span in the document's source.
    pub fn span(&self, corpus: &Corpus) -> (usize, usize) {
        match &self.at {
            At::Figure(f) => {
                let fig = &corpus.figures[*f];
                (fig.offset, fig.offset + fig.length)
            }
            At::Text { start, end, .. } => (*start, *end),
        }
    }

    /// The 1-based line the location starts on.
    pub fn line(&self, corpus: &Corpus) -> usize {
        self.place(corpus).line
    }

    /// Lines and columns of the span's first and last characters.
    pub fn place(&self, corpus: &Corpus) -> Place {
        match &self.at {
            At::Figure(f) => corpus.figures[*f].place,
            At::Text { place, .. } => *place,
        }
    }

    /// The text shown for the location: the figure as written, or the text span's quote.
    pub fn text<'a>(&'a self, corpus: &'a Corpus) -> &'a str {
        match &self.at {
            At::Figure(f) => &corpus.figures[*f].text,
            At::Text { quote, .. } => quote,
        }
    }
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

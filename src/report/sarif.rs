//! `figlint check --format sarif`: one SARIF 2.1.0 log, for code scanning services and IDEs.
//!
//! One run; its driver lists every rule of the config (disabled ones too, marked so), each
//! finding is a result at its primary figure with the other figures as related locations.
//! Columns are counted in Unicode code points (`columnKind`), like the rest of figlint's
//! output; SARIF's `endColumn` is exclusive, so it is the last character's column + 1.
//! The output is deterministic: structs serialise their fields in declaration order and
//! nothing depends on time or on the number of threads.

use crate::config::{Config, Rule, Severity};
use crate::corpus::Corpus;
use crate::finding::{Finding, Location};
use crate::load::Level;
use serde::Serialize;
use std::collections::HashMap;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const VERSION: &str = "2.1.0";
/// The key of figlint's fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "figlintFingerprint/v1";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    invocations: Vec<Invocation<'a>>,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'static str>,
    rules: Vec<Descriptor<'a>>,
}

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Serialize)]
struct OwnedText {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor<'a> {
    id: &'a str,
    short_description: Text<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    full_description: Option<Text<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<Text<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
    default_configuration: Configuration,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<DescriptorProperties<'a>>,
}

#[derive(Serialize)]
struct Configuration {
    enabled: bool,
    level: &'static str,
}

#[derive(Serialize)]
struct DescriptorProperties<'a> {
    /// `contradiction`, `conversion` or `fact`, as in the JSON output.
    kind: crate::finding::FindingKind,
    /// The file that defined the rule.
    origin: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation<'a> {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification<'a>>,
}

#[derive(Serialize)]
struct Notification<'a> {
    level: &'static str,
    message: Text<'a>,
    locations: Vec<NotificationLocation>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NotificationLocation {
    physical_location: NotificationPhysical,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NotificationPhysical {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<LineRegion>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LineRegion {
    start_line: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: OwnedText,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<SarifLocation<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<SarifLocation<'a>>,
    partial_fingerprints: Fingerprints<'a>,
    properties: ResultProperties,
}

#[derive(Serialize)]
struct Fingerprints<'a> {
    #[serde(rename = "figlintFingerprint/v1")]
    figlint: &'a str,
}

#[derive(Serialize)]
struct ResultProperties {
    kind: crate::finding::FindingKind,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation<'a>,
    message: Text<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    region: Region<'a>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    /// Exclusive: one past the last character.
    end_column: usize,
    snippet: Text<'a>,
}

/// The SARIF level of a severity.
pub fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a URI reference: forward slashes, relative paths kept relative, and every
/// character a URI may not hold literally (spaces, `%`, `#`, `?`, non-ASCII …) percent-encoded
/// as UTF-8. A Windows drive path (`C:/x`) becomes a `file:///` URI, since `C:` would read as
/// a scheme.
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let b = path.as_bytes();
    let drive = b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':';
    let mut out = String::with_capacity(path.len() + 8);
    let rest = if drive {
        out.push_str("file:///");
        out.push_str(&path[..2]);
        &path[2..]
    } else {
        &path[..]
    };
    for &byte in rest.as_bytes() {
        let keep = byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=@/".contains(&byte);
        if keep {
            out.push(byte as char);
        } else {
            // `:` too: in a relative reference's first segment it would start a scheme.
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Where a rule kind is explained: its `#### Rule: <kind>` section of the README, at the
/// project's repository (Cargo.toml `repository`).
pub fn help_uri(kind: &str) -> String {
    format!("{}#rule-{kind}", env!("CARGO_PKG_REPOSITORY"))
}

fn descriptor(rule: &Rule) -> Descriptor<'_> {
    // The kind's one-line summary: the message is a template with `{subject}` holes.
    let short = rule.kind.summary;
    let explanation = (!rule.explanation.trim().is_empty()).then_some(rule.explanation.as_str());
    Descriptor {
        id: &rule.id,
        short_description: Text { text: short },
        full_description: explanation.map(|text| Text { text }),
        help: explanation.map(|text| Text { text }),
        help_uri: Some(help_uri(rule.kind.name)),
        default_configuration: Configuration {
            enabled: rule.enabled,
            level: level(rule.severity),
        },
        properties: Some(DescriptorProperties {
            kind: rule.kind.finding,
            origin: &rule.origin,
        }),
    }
}

fn location<'a>(corpus: &'a Corpus, loc: &'a Location, id: Option<usize>) -> SarifLocation<'a> {
    let p = loc.place(corpus);
    SarifLocation {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: uri(&corpus.docs[loc.doc(corpus)].path),
            },
            region: Region {
                start_line: p.line,
                start_column: p.column,
                end_line: p.end_line,
                end_column: p.end_column + 1,
                snippet: Text {
                    text: loc.text(corpus),
                },
            },
        },
        message: Text { text: &loc.label },
    }
}

/// The SARIF 2.1.0 log of a `figlint check` run, pretty-printed, with a final newline.
pub fn sarif(corpus: &Corpus, findings: &[Finding], config: &Config) -> String {
    let mut rules: Vec<Descriptor<'_>> = Vec::with_capacity(config.rules.len());
    let mut index: HashMap<&str, usize> = HashMap::new();
    for rule in &config.rules {
        if !index.contains_key(rule.id.as_str()) {
            index.insert(&rule.id, rules.len());
            rules.push(descriptor(rule));
        }
    }
    // A finding of a rule the config does not list (it should not happen) still gets a
    // descriptor, so that every result's ruleIndex points at its rule.
    for f in findings {
        if !index.contains_key(f.rule.as_str()) {
            index.insert(&f.rule, rules.len());
            rules.push(Descriptor {
                id: &f.rule,
                short_description: Text { text: &f.rule },
                full_description: None,
                help: None,
                help_uri: None,
                default_configuration: Configuration {
                    enabled: true,
                    level: level(f.severity),
                },
                properties: None,
            });
        }
    }

    let results = findings
        .iter()
        .map(|f| {
            let text = if f.help.is_empty() {
                f.message.clone()
            } else {
                format!("{}\n{}", f.message, f.help)
            };
            SarifResult {
                rule_id: &f.rule,
                rule_index: index[f.rule.as_str()],
                level: level(f.severity),
                message: OwnedText { text },
                locations: f
                    .locations
                    .first()
                    .map(|l| location(corpus, l, None))
                    .into_iter()
                    .collect(),
                related_locations: f
                    .locations
                    .iter()
                    .enumerate()
                    .skip(1)
                    .map(|(i, l)| location(corpus, l, Some(i)))
                    .collect(),
                partial_fingerprints: Fingerprints {
                    figlint: &f.fingerprint,
                },
                properties: ResultProperties { kind: f.kind },
            }
        })
        .collect();

    let notifications = corpus
        .errors
        .iter()
        .map(|e| Notification {
            level: match e.level {
                Level::Error => "error",
                Level::Warning => "warning",
                Level::Info => "note",
            },
            message: Text { text: &e.message },
            locations: vec![NotificationLocation {
                physical_location: NotificationPhysical {
                    artifact_location: ArtifactLocation { uri: uri(&e.path) },
                    region: e
                        .line
                        .filter(|&l| l > 0)
                        .map(|l| LineRegion { start_line: l }),
                },
            }],
        })
        .collect();

    let repository = env!("CARGO_PKG_REPOSITORY");
    let log = Log {
        schema: SCHEMA,
        version: VERSION,
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "figlint",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: (!repository.is_empty()).then_some(repository),
                    rules,
                },
            },
            invocations: vec![Invocation {
                // Unreadable files are reported, the others checked: the run did not
                // complete over all its input.
                execution_successful: !corpus.errors.iter().any(|e| e.level == Level::Error),
                tool_execution_notifications: notifications,
            }],
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    let mut s = serde_json::to_string_pretty(&log).expect("a SARIF log serialises");
    s.push('\n');
    s
}

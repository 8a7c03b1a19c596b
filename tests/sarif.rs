//! `figlint check --format sarif`: the log validates against the official SARIF 2.1.0 schema
//! (../shared/data/sarif) and says what the JSON output says, on the seed articles
//! (../shared/seeds).

mod common;
use figlint::config::{Config, Severity};
use figlint::corpus::Corpus;
use figlint::finding::Finding;
use figlint::load::{self, Format};
use figlint::report::check::{self, Summary};
use figlint::report::sarif::{self, sarif, uri};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn run(dir: &Path, config: &Config) -> (Corpus, Vec<Finding>) {
    let outcome =
        figlint::check(&[dir.to_path_buf()], &figlint::Options::new(config)).expect("run starts");
    (outcome.corpus, outcome.findings)
}

fn seeds_dir() -> PathBuf {
    common::shared_path("seeds")
}

/// The published `language` pattern (of `run`, `toolComponent` …), with a stray `]`.
const BROKEN_LANGUAGE: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";

/// Replaces every `pattern` equal to `BROKEN_LANGUAGE` by the one meant; returns how many.
fn repair_language_patterns(v: &mut Value) -> usize {
    match v {
        Value::Object(map) => {
            let mut n = 0;
            for (k, x) in map.iter_mut() {
                if k == "pattern" && x.as_str() == Some(BROKEN_LANGUAGE) {
                    *x = Value::from("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$");
                    n += 1;
                } else {
                    n += repair_language_patterns(x);
                }
            }
            n
        }
        Value::Array(items) => items.iter_mut().map(repair_language_patterns).sum(),
        _ => 0,
    }
}

/// The official schema, compiled as is and with formats checked (so that `uri-reference`
/// and the like are enforced). One repair: the published `language` patterns end in a stray
/// `]`, which jsonschema's check of the schema itself rejects as a regex, so the schema would
/// not compile; they are replaced by the pattern meant. figlint never writes `language`.
fn validators() -> Vec<jsonschema::Validator> {
    let path = common::shared_path("data/sarif/sarif-schema-2.1.0.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the SARIF schema {}: {e}", path.display()));
    let mut schema: Value = serde_json::from_str(&text).expect("the SARIF schema is JSON");
    assert!(
        repair_language_patterns(&mut schema) > 0,
        "the schema's language patterns changed: drop the repair"
    );
    let checked = |formats: bool| {
        jsonschema::options()
            .should_validate_formats(formats)
            .build(&schema)
            .expect("the SARIF schema compiles")
    };
    vec![checked(false), checked(true)]
}

fn assert_valid(validators: &[jsonschema::Validator], log: &Value) {
    for v in validators {
        let errors: Vec<String> = v
            .iter_errors(log)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "SARIF log is invalid:\n{}",
            errors.join("\n")
        );
    }
}

fn is_valid(validators: &[jsonschema::Validator], log: &Value) -> bool {
    validators.iter().all(|v| v.is_valid(log))
}

fn parse(s: &str) -> Value {
    serde_json::from_str(s).expect("SARIF output is JSON")
}

fn results(log: &Value) -> &Vec<Value> {
    log["runs"][0]["results"].as_array().expect("results")
}

#[test]
fn seed_log_validates_and_has_one_result_per_finding() {
    let (dir, v) = (seeds_dir(), validators());
    let config = Config::shipped();
    let (corpus, findings) = run(&dir, &config);
    assert!(!findings.is_empty(), "the seeds have findings");
    let text = sarif(&corpus, &findings, &config);
    let log = parse(&text);
    assert_valid(&v, &log);

    assert_eq!(log["version"], "2.1.0");
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "figlint");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));

    // One descriptor per configured rule, in config order, with its level and texts.
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), config.rules.len());
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for (d, r) in rules.iter().zip(&config.rules) {
        assert_eq!(d["id"], r.id.as_str());
        // A sentence, not the message template with its `{subject}` holes.
        assert_eq!(d["shortDescription"]["text"], r.kind.summary);
        assert!(!r.kind.summary.contains('{'), "{}", r.kind.summary);
        // The kind's section of the README, whose heading is `#### Rule: <kind>`.
        let uri = d["helpUri"].as_str().unwrap();
        assert_eq!(
            uri,
            format!("{}#rule-{}", env!("CARGO_PKG_REPOSITORY"), r.kind.name)
        );
        assert!(uri.starts_with("https://"), "{uri}");
        assert!(
            readme.contains(&format!("\n#### Rule: {}\n", r.kind.name)),
            "README has a `#### Rule: {}` section",
            r.kind.name
        );
        assert_eq!(d["fullDescription"]["text"], r.explanation.as_str());
        assert_eq!(d["help"]["text"], r.explanation.as_str());
        let level = match r.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "note",
        };
        assert_eq!(d["defaultConfiguration"]["level"], level, "{}", r.id);
        assert_eq!(d["defaultConfiguration"]["enabled"], r.enabled);
    }

    let results = results(&log);
    assert_eq!(results.len(), findings.len());
    for (res, f) in results.iter().zip(&findings) {
        let id = res["ruleId"].as_str().unwrap();
        assert_eq!(id, f.rule);
        let index = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(
            rules[index]["id"], id,
            "ruleIndex points at the result's rule"
        );
        assert_eq!(res["level"], sarif::level(f.severity));
        assert_eq!(
            res["message"]["text"],
            format!("{}\n{}", f.message, f.help).as_str()
        );
        assert_eq!(
            res["partialFingerprints"][sarif::FINGERPRINT_KEY],
            f.fingerprint.as_str()
        );
        assert_eq!(res["locations"].as_array().unwrap().len(), 1);
    }
}

#[test]
fn related_locations_and_positions_match_the_json_output() {
    let dir = seeds_dir();
    let config = Config::shipped();
    let (corpus, findings) = run(&dir, &config);
    let log = parse(&sarif(&corpus, &findings, &config));
    let json: Value = serde_json::from_str(&check::json(
        &corpus,
        &corpus.claims,
        &findings,
        Summary {
            files: corpus.docs.len(),
            figures: corpus.figures.len(),
            claims: corpus.claims.len(),
            findings: findings.len(),
        },
    ))
    .unwrap();
    let json_findings = json["findings"].as_array().unwrap();
    let results = results(&log);
    assert_eq!(json_findings.len(), results.len());

    let mut several = 0;
    for (res, jf) in results.iter().zip(json_findings) {
        assert_eq!(res["ruleId"], jf["rule"]);
        assert_eq!(
            res["partialFingerprints"][sarif::FINGERPRINT_KEY],
            jf["fingerprint"]
        );
        let jlocs = jf["locations"].as_array().unwrap();
        let mut slocs = vec![&res["locations"][0]];
        match res.get("relatedLocations") {
            Some(rel) => {
                let rel = rel.as_array().unwrap();
                assert!(!rel.is_empty());
                several += 1;
                for (k, r) in rel.iter().enumerate() {
                    assert_eq!(r["id"], k + 1);
                    assert_eq!(r["message"]["text"], jlocs[k + 1]["label"]);
                    slocs.push(r);
                }
            }
            None => assert_eq!(jlocs.len(), 1, "several locations, no relatedLocations"),
        }
        assert_eq!(slocs.len(), jlocs.len());
        for (s, j) in slocs.iter().zip(jlocs) {
            let p = &s["physicalLocation"];
            let region = &p["region"];
            let path = j["path"].as_str().unwrap().replace('\\', "/");
            assert_eq!(p["artifactLocation"]["uri"], path.as_str());
            assert_eq!(region["startLine"], j["line"]);
            assert_eq!(region["startColumn"], j["column"]);
            assert_eq!(region["endLine"], j["end_line"]);
            // SARIF's end column is exclusive, the JSON output's inclusive.
            assert_eq!(
                region["endColumn"].as_u64().unwrap(),
                j["end_column"].as_u64().unwrap() + 1
            );
            assert_eq!(region["snippet"]["text"], j["text"]);
            // The snippet is really what sits at those columns of that line.
            let source = std::fs::read_to_string(j["path"].as_str().unwrap()).unwrap();
            let line: Vec<char> = source
                .trim_start_matches('\u{feff}')
                .lines()
                .nth(region["startLine"].as_u64().unwrap() as usize - 1)
                .unwrap()
                .chars()
                .collect();
            // (A span of text, such as a repeated title, is quoted shortened: figures only.)
            if region["startLine"] == region["endLine"] && !j["value"].is_null() {
                let from = region["startColumn"].as_u64().unwrap() as usize - 1;
                let to = region["endColumn"].as_u64().unwrap() as usize - 1;
                let at: String = line[from..to].iter().collect();
                assert_eq!(at, j["text"].as_str().unwrap());
            }
        }
    }
    assert!(several > 0, "some seed finding points at several figures");
}

#[test]
fn output_and_fingerprints_are_stable() {
    let dir = seeds_dir();
    let config = Config::shipped();
    let (c1, f1) = run(&dir, &config);
    let (c2, f2) = run(&dir, &config);
    let first = sarif(&c1, &f1, &config);
    assert_eq!(
        first,
        sarif(&c2, &f2, &config),
        "byte-identical across runs"
    );

    let prints = |log: &Value| -> BTreeSet<String> {
        results(log)
            .iter()
            .map(|r| {
                r["partialFingerprints"][sarif::FINGERPRINT_KEY]
                    .as_str()
                    .expect("every result has a fingerprint")
                    .to_string()
            })
            .collect()
    };
    let before = prints(&parse(&first));
    assert!(!before.is_empty());

    // The same articles with a paragraph added after the front matter: every line below moves,
    // the fingerprints do not.
    let tmp = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let moved = match text.strip_prefix("---\n").and_then(|t| t.find("\n---\n")) {
            Some(end) => {
                let cut = 4 + end + 5;
                format!(
                    "{}\n編集部より：本記事は加筆されました。\n\n{}",
                    &text[..cut],
                    &text[cut..]
                )
            }
            None => format!("編集部より：本記事は加筆されました。\n\n{text}"),
        };
        std::fs::write(tmp.path().join(path.file_name().unwrap()), moved).unwrap();
    }
    let (c3, f3) = run(tmp.path(), &config);
    let moved = parse(&sarif(&c3, &f3, &config));
    assert_eq!(prints(&moved), before, "fingerprints survive lines moving");
    let lines = |log: &Value| -> Vec<u64> {
        results(log)
            .iter()
            .map(|r| {
                r["locations"][0]["physicalLocation"]["region"]["startLine"]
                    .as_u64()
                    .unwrap()
            })
            .collect()
    };
    let (old, new) = (lines(&parse(&first)), lines(&moved));
    assert_eq!(old.len(), new.len());
    assert!(
        old.iter().zip(&new).any(|(a, b)| a != b),
        "some primary figure moved down: {old:?} vs {new:?}"
    );
}

#[test]
fn odd_paths_are_valid_uri_references() {
    assert_eq!(uri("posts/2025/a.md"), "posts/2025/a.md");
    assert_eq!(uri("posts\\2025\\a.md"), "posts/2025/a.md");
    assert_eq!(uri("../shared/seeds/x.txt"), "../shared/seeds/x.txt");
    assert_eq!(uri("/abs/a.md"), "/abs/a.md");
    assert_eq!(uri("記事 1/100%.md"), "%E8%A8%98%E4%BA%8B%201/100%25.md");
    assert_eq!(uri("a#b?c.md"), "a%23b%3Fc.md");
    assert_eq!(uri("note:1.md"), "note%3A1.md");
    assert_eq!(uri("C:\\blog\\a.md"), "file:///C:/blog/a.md");

    // A whole log with such a path, an unreadable-file notification and a disabled rule.
    let v = validators();
    let mut config = Config::shipped();
    config
        .merge(
            "figlint.yaml",
            "rules:\n  - id: conversion-corpus-rate\n    enabled: false\n",
        )
        .unwrap();
    let text =
        "浜松の楽器産業は2023年に8%成長した。だが浜松の楽器産業の2023年の成長率は3%だった。\n";
    let doc = load::parse(
        "記事 1/100%.md".to_string(),
        text.to_string(),
        Format::Markdown,
    )
    .0;
    let figlint::Outcome {
        mut corpus,
        findings,
        ..
    } = figlint::check_documents(vec![doc], &config);
    corpus.errors.push(load::LoadError {
        path: "broken, file.md".to_string(),
        line: Some(3),
        message: "invalid UTF-8".to_string(),
        level: load::Level::Error,
    });
    assert!(!findings.is_empty());
    let log = parse(&sarif(&corpus, &findings, &config));
    assert_valid(&v, &log);
    let r = &results(&log)[0];
    assert_eq!(r["ruleId"], "contradiction-in-article");
    assert_eq!(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "%E8%A8%98%E4%BA%8B%201/100%25.md"
    );
    let region = &r["locations"][0]["physicalLocation"]["region"];
    // "8%" is the 15th and 16th characters of the line.
    assert_eq!(region["snippet"]["text"], "8%");
    assert_eq!(
        (region["startColumn"].as_u64(), region["endColumn"].as_u64()),
        (Some(15), Some(17))
    );
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let disabled = rules
        .iter()
        .find(|d| d["id"] == "conversion-corpus-rate")
        .unwrap();
    assert_eq!(disabled["defaultConfiguration"]["enabled"], false);
    let inv = &log["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    let n = &inv["toolExecutionNotifications"][0];
    assert_eq!(n["level"], "error");
    assert_eq!(n["message"]["text"], "invalid UTF-8");
    assert_eq!(
        n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "broken,%20file.md"
    );

    // The validators do reject what is wrong: a level SARIF does not have, a raw path.
    let mut bad = log.clone();
    bad["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(!is_valid(&v, &bad));
    let mut bad = log.clone();
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] =
        Value::from("記事 1/100%.md");
    assert!(!is_valid(&v, &bad));
}

//! The real corpus (../shared/corpora/allforces/_posts): it runs to the end, a baseline of it
//! hides every finding, and a copy of one article with one figure changed is exactly one new
//! finding.

mod common;
use assert_cmd::Command;
use figlint::config::Config;
use figlint::corpus::Corpus;
use std::collections::HashMap;
use std::fs;

#[test]
fn corpus_baseline_then_one_changed_figure_is_one_new_finding() {
    let posts = common::shared_path("corpora/allforces/_posts");
    // Work on a copy: figlint never writes, but this test does.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("_posts");
    fs::create_dir(&copy).unwrap();
    for e in fs::read_dir(&posts).unwrap() {
        let e = e.unwrap();
        // The articles only (a cache folder left by a run in the corpus folder is none).
        if e.file_type().unwrap().is_file() {
            fs::copy(e.path(), copy.join(e.file_name())).unwrap();
        }
    }
    let base = dir.path().join("baseline.json");
    let bin = || Command::cargo_bin("figlint").unwrap();
    let out = bin().arg("baseline").arg(&copy).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    fs::write(&base, &out.stdout).unwrap();
    let recorded: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        recorded["findings"].as_array().unwrap().len() >= 10,
        "the corpus has contradictions"
    );

    let check = || {
        let out = bin()
            .args([
                "check",
                "--format",
                "json",
                "--fail-on",
                "never",
                "--baseline",
            ])
            .arg(&base)
            .arg(&copy)
            .output()
            .unwrap();
        assert!(
            out.status.code() == Some(0) || out.status.code() == Some(2),
            "{:?}",
            out.status
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["findings"].as_array().unwrap().clone()
    };
    assert_eq!(
        check().len(),
        0,
        "the baseline hides every finding of the corpus"
    );

    // A claim whose subject, metric and period no other claim shares: copy its article with
    // that figure tripled, so the copy contradicts the original.
    let config = Config::shipped();
    let corpus = Corpus::scan(std::slice::from_ref(&copy), &config.vocabulary());
    let mut shared_keys: HashMap<(&str, &str, Option<&str>), usize> = HashMap::new();
    for c in &corpus.claims {
        *shared_keys
            .entry((c.key.as_str(), c.metric.as_str(), c.period.as_deref()))
            .or_default() += 1;
    }
    let claim = corpus
        .claims
        .iter()
        .find(|c| {
            let f = &corpus.figures[c.figure];
            let text = &corpus.docs[c.doc].source()[f.offset..f.offset + f.length];
            c.period.is_some()
                && !c.headline
                && c.unit == "%"
                && text.chars().all(|ch| ch.is_ascii_digit() || ch == '%')
                && shared_keys[&(c.key.as_str(), c.metric.as_str(), c.period.as_deref())] == 1
        })
        .expect("a unique percentage claim");
    let f = &corpus.figures[claim.figure];
    let doc = &corpus.docs[claim.doc];
    let value: u64 = doc.source()[f.offset..f.offset + f.length]
        .trim_end_matches('%')
        .parse()
        .unwrap();
    let mut changed = doc.source().to_string();
    changed.replace_range(
        f.offset..f.offset + f.length,
        &format!("{}%", value * 3 + 7),
    );
    fs::write(copy.join("zz-edited-copy.md"), changed).unwrap();

    // The edited copy is also, rightly, a near duplicate of the article it was copied from.
    let (duplicates, new): (Vec<_>, Vec<_>) = check()
        .into_iter()
        .partition(|f| f["rule"] == "near-duplicate-article");
    assert_eq!(duplicates.len(), 1, "{duplicates:#?}");
    assert!(
        duplicates[0]["locations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["path"].as_str().unwrap().ends_with("zz-edited-copy.md")),
        "{duplicates:#?}"
    );
    assert_eq!(new.len(), 1, "{new:#?}");
    let texts: Vec<&str> = new[0]["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.contains(&format!("{}%", value * 3 + 7).as_str()),
        "{texts:?}"
    );
}

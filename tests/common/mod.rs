//! Helpers shared by the integration tests.
#![allow(dead_code)]

use figlint::config::Config;
use figlint::context::Claim;
use figlint::corpus::Corpus;
use figlint::finding::Finding;
use figlint::load::{self, Format};
use std::path::PathBuf;

/// Runs the pipeline users run ([`figlint::check_documents`]: comparison and suppressions)
/// over in-memory articles named `a0.md`, `a1.md`, ….
pub fn check_texts(texts: &[&str], config: &Config) -> (Corpus, Vec<Claim>, Vec<Finding>) {
    let docs = texts
        .iter()
        .enumerate()
        .map(|(i, t)| load::parse(format!("a{i}.md"), t.to_string(), Format::Markdown).0)
        .collect();
    let outcome = figlint::check_documents(docs, config);
    let claims = outcome.corpus.claims.clone();
    (outcome.corpus, claims, outcome.findings)
}

/// Runs [`figlint::check`] (what `figlint check` runs) over files and folders, without a cache.
pub fn check_paths(paths: &[PathBuf], config: &Config) -> (Corpus, Vec<Finding>) {
    let outcome = figlint::check(paths, &figlint::Options::new(config)).expect("the run starts");
    (outcome.corpus, outcome.findings)
}

/// The shared folder beside the project (`../shared`), or `FIGLINT_SHARED`. A test that needs
/// it fails, saying so, when it is missing: it never passes without looking.
pub fn shared() -> PathBuf {
    let p = std::env::var_os("FIGLINT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    assert!(p.is_dir(), "{} is missing: the tests read the seeds, the corpus, the peer specs and the data files from \
         the project's shared folder beside the checkout (../shared); set FIGLINT_SHARED to \
         point at it elsewhere", p.display());
    p
}

/// A file or folder below the shared folder, which must be there.
pub fn shared_path(rel: &str) -> PathBuf {
    let p = shared().join(rel);
    assert!(
        p.exists(),
        "{} is missing from the shared folder",
        p.display()
    );
    p
}

/// The text of a finding's locations, for assertions.
pub fn texts_of(corpus: &Corpus, f: &Finding) -> Vec<String> {
    f.locations
        .iter()
        .map(|l| l.text(corpus).to_string())
        .collect()
}

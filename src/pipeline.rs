//! The whole pipeline as one library call: [`check`] does everything the `check` command does
//! except printing (read the baseline, find the files, load → extract → contextualise with
//! the cache, compare, apply suppressions, keep what `--against` asks for, drop what the
//! baseline knows). The binary and the tests call it alike; [`check_documents`] runs the same
//! steps on articles held in memory, and [`scan`] stops before comparing (`figures`,
//! `claims`).

use crate::cache::{self, Cache};
use crate::compare;
use crate::config::Config;
use crate::context::Vocab;
use crate::corpus::{Corpus, Sources};
use crate::finding::Finding;
use crate::load::{self, Document};
use crate::progress::Progress;
use std::collections::HashSet;
use std::path::PathBuf;

/// Where per-file results are cached between runs.
#[derive(Debug, Clone, Default)]
pub enum CacheUse {
    /// Read every file afresh and write nothing.
    #[default]
    Off,
    /// `.figlint-cache` beside figlint.yaml, else at the top of the git work tree, else in
    /// the current folder.
    Default,
    /// This folder.
    Dir(PathBuf),
}

/// How a run reads and what it reports.
pub struct Options<'a> {
    pub config: &'a Config,
    /// Compare with every article under this folder too, but report only the findings that
    /// involve the paths checked (an editor's draft against everything published).
    pub against: Option<PathBuf>,
    /// Report only findings whose fingerprints are not in this baseline file.
    pub baseline: Option<PathBuf>,
    pub cache: CacheUse,
    pub progress: Progress,
    /// Whether documents keep their text once their figures are made.
    pub sources: Sources,
    /// The name the article on standard input (`-`) is shown under, and whose extension
    /// decides how it is read (default `<stdin>`, read as Markdown).
    pub stdin_name: Option<String>,
}

impl<'a> Options<'a> {
    /// No `--against`, no baseline, no cache, no progress display, sources released.
    pub fn new(config: &'a Config) -> Options<'a> {
        Options {
            config,
            against: None,
            baseline: None,
            cache: CacheUse::Off,
            progress: Progress::hidden(),
            sources: Sources::Release,
            stdin_name: None,
        }
    }
}

/// What a run found.
pub struct Outcome {
    /// Every document read, its figures and claims, and every load problem (including the
    /// suppressions that suppressed nothing).
    pub corpus: Corpus,
    /// The findings to report, in a deterministic order.
    pub findings: Vec<Finding>,
    /// Things the person running it should know that concern no article (a cache folder
    /// that was not used, and why).
    pub notices: Vec<String>,
}

/// A run that could not start: a baseline that cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Error(pub String);

/// Checks every article under `paths` (and, with `against`, those under it too).
pub fn check(paths: &[PathBuf], opts: &Options<'_>) -> Result<Outcome, Error> {
    let known = match &opts.baseline {
        Some(file) => Some(crate::baseline::read(file).map_err(Error)?),
        None => None,
    };
    // The reference-rate table is parsed on a worker while files are read, rather than after.
    rayon::spawn(|| {
        crate::fx::RateTable::ecb();
    });
    // `-` is an article read from standard input (an editor's buffer, a pipe).
    let from_stdin = paths.iter().any(|p| p.as_os_str() == "-");
    let on_disk: Vec<PathBuf> = paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    let (mut files, mut errors) = load::discover(&on_disk);
    let mine: Option<HashSet<PathBuf>> = opts.against.as_ref().map(|root| {
        let mut mine: HashSet<PathBuf> = files.iter().map(|(_, c)| c.clone()).collect();
        mine.insert(PathBuf::from(stdin_name(opts)));
        let (more, more_errors) = load::discover(std::slice::from_ref(root));
        errors.extend(more_errors);
        files.extend(more);
        load::once_each(&mut files);
        mine
    });
    let (mut corpus, vocab, mut notices) = read(files, errors, opts);
    if from_stdin {
        let (doc, problems) = read_stdin(stdin_name(opts));
        corpus.errors.extend(problems);
        if let Some(doc) = doc {
            corpus.add_document(doc, &vocab);
        }
    }
    if corpus.docs.is_empty() && corpus.errors.is_empty() {
        notices.push(
            "no articles found under the paths given (Markdown .md/.markdown or text .txt files)"
                .to_string(),
        );
    }
    let docs = mine.map(|mine| {
        (0..corpus.docs.len())
            .filter(|&i| mine.contains(&corpus.canonical[i]))
            .collect()
    });
    let findings = finish(&mut corpus, opts.config, &vocab, docs.as_ref());
    let findings = match known {
        Some(known) => crate::baseline::new_findings(findings, &known),
        None => findings,
    };
    Ok(Outcome {
        corpus,
        findings,
        notices,
    })
}

/// The name an article read from standard input is shown under.
pub const STDIN_NAME: &str = "<stdin>";

/// The name the article on standard input is shown under.
fn stdin_name<'a>(opts: &'a Options<'_>) -> &'a str {
    opts.stdin_name.as_deref().unwrap_or(STDIN_NAME)
}

/// The article on standard input, read with the checks every file gets (empty, binary,
/// invalid UTF-8) as its name's extension says (Markdown when it says nothing), and the
/// problems reading it found.
fn read_stdin(shown_as: &str) -> (Option<Document>, Vec<load::LoadError>) {
    use std::io::Read;
    let name = std::path::Path::new(shown_as);
    let format = load::Format::of(name).unwrap_or(load::Format::Markdown);
    let mut bytes = Vec::new();
    match std::io::stdin().read_to_end(&mut bytes) {
        Ok(_) => load::from_bytes_as(name, bytes, format),
        Err(e) => (
            None,
            vec![load::LoadError {
                path: shown_as.to_string(),
                line: None,
                message: format!("cannot read standard input: {e}"),
                level: load::Level::Error,
            }],
        ),
    }
}

/// [`check`] on articles already in memory: the same comparison and suppressions.
pub fn check_documents(docs: Vec<Document>, config: &Config) -> Outcome {
    let vocab = config.vocabulary();
    let mut corpus = Corpus::from_documents(docs, &vocab);
    let findings = finish(&mut corpus, config, &vocab, None);
    Outcome {
        corpus,
        findings,
        notices: Vec::new(),
    }
}

/// Reads, extracts and contextualises every article under `paths`, without comparing.
pub fn scan(paths: &[PathBuf], opts: &Options<'_>) -> (Corpus, Vec<String>) {
    let (files, errors) = load::discover(paths);
    let (corpus, _, notices) = read(files, errors, opts);
    (corpus, notices)
}

/// Reads, extracts and contextualises the files found (with the problems finding them met),
/// through the cache: the corpus, the vocabulary it was read with, and the cache's notices.
fn read(
    files: Vec<(PathBuf, PathBuf)>,
    errors: Vec<crate::load::LoadError>,
    opts: &Options<'_>,
) -> (Corpus, Vocab, Vec<String>) {
    let vocab = opts.config.vocabulary();
    let (cache, notices) = open_cache(&opts.cache, opts.config);
    let corpus = Corpus::scan_files(
        files,
        errors,
        &vocab,
        cache.as_ref(),
        &opts.progress,
        opts.sources,
    );
    (corpus, vocab, notices)
}

/// Compares, applies suppressions (recording those that suppressed nothing) and, when
/// `mine` is given, keeps the findings that involve one of those documents.
fn finish(
    corpus: &mut Corpus,
    config: &Config,
    vocab: &Vocab,
    mine: Option<&HashSet<usize>>,
) -> Vec<Finding> {
    let (findings, unused) = compare_corpus(corpus, config, vocab, mine);
    corpus.errors.extend(unused);
    findings
}

/// Compares a corpus already read, applies its suppressions and, when `mine` is given, keeps
/// the findings that involve one of those documents, each pointing first at that document's
/// figure (`--against`). Returns the findings and the suppressions that suppressed nothing.
/// The corpus is left as it is, so that one held in memory (the language server's) can be
/// compared again after each edit.
pub fn compare_corpus(
    corpus: &Corpus,
    config: &Config,
    vocab: &Vocab,
    mine: Option<&HashSet<usize>>,
) -> (Vec<Finding>, Vec<load::LoadError>) {
    let findings = compare::run(corpus, config, vocab);
    let (findings, unused) = crate::suppress::apply(corpus, findings);
    let findings = match mine {
        Some(docs) => compare::involving(corpus, findings, docs),
        None => findings,
    };
    (findings, unused)
}

/// The cache the run uses, if any, and why a folder named was not used.
fn open_cache(how: &CacheUse, config: &Config) -> (Option<Cache>, Vec<String>) {
    let dir = match how {
        CacheUse::Off => return (None, Vec::new()),
        CacheUse::Default => cache::default_dir(config.path.as_deref()),
        CacheUse::Dir(d) => d.clone(),
    };
    match Cache::open(&dir, config.digest) {
        Ok(c) => (Some(c), Vec::new()),
        // A folder that cannot be made (a read-only checkout) only costs time.
        Err(cache::Refused::Io(..)) => (None, Vec::new()),
        Err(refused) => (None, vec![refused.to_string()]),
    }
}

/// One article checked with only the rule `rule` enabled, for the rules' own unit tests.
#[cfg(test)]
pub(crate) fn check_with_only(rule: &str, text: &str) -> Outcome {
    let mut config = Config::shipped();
    for r in &mut config.rules {
        r.enabled = r.id == rule;
    }
    let (doc, _) = crate::load::parse(
        "t.md".into(),
        text.to_string(),
        crate::load::Format::Markdown,
    );
    check_documents(vec![doc], &config)
}

/// The messages of [`check_with_only`]'s findings: what a rule's unit tests compare.
#[cfg(test)]
pub(crate) fn messages_with_only(rule: &str, text: &str) -> Vec<String> {
    let out = check_with_only(rule, text);
    out.findings.iter().map(|f| f.message.clone()).collect()
}

//! The language server's state: the workspace's articles read once (through the cache) and
//! kept in memory as one corpus, the editor's open buffers in place of their files, and the
//! configuration found from the workspace's root. An edit re-reads only the edited buffer and
//! compares the corpus again, as `check DRAFT --against ROOT` would.

use super::convert::{self, Locate, Text};
use crate::config::Config;
use crate::context::Vocab;
use crate::corpus::{Corpus, Sources};
use crate::load::{self, Format, LoadError};
use crate::pipeline::{self, CacheUse, Options};
use lsp_types::{Diagnostic, Position, Url};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The config file names looked for, as the command line looks for them.
const CONFIG_NAMES: &[&str] = &["figlint.yaml", ".figlint.yaml"];

/// An editor's buffer held in place of its file.
struct Open {
    /// The canonical path the buffer stands for (the URI itself for an unsaved buffer).
    canonical: PathBuf,
    /// The version the editor gave with the last text.
    version: i32,
    /// How the buffer is read when its name says nothing (`plaintext` → text).
    format: Format,
    /// What reading the buffer found (malformed front matter …).
    problems: Vec<LoadError>,
}

/// The diagnostics of one open document, for `textDocument/publishDiagnostics`.
pub struct Published {
    pub uri: Url,
    pub version: i32,
    pub diagnostics: Vec<Diagnostic>,
}

pub struct Workspace {
    /// The workspace's root, canonical.
    root: PathBuf,
    cache: CacheUse,
    config: Config,
    vocab: Vocab,
    corpus: Corpus,
    /// Document index by canonical path.
    index: HashMap<PathBuf, usize>,
    open: BTreeMap<Url, Open>,
}

impl Workspace {
    /// Reads the configuration found from `root` and every article under it. Returns the
    /// workspace and what the editor should be told: an error (a malformed config, then read
    /// as the shipped one) and notices (a cache folder not used).
    pub fn load(root: &Path, cache: CacheUse) -> (Workspace, Option<String>, Vec<String>) {
        let root = load::canonical(root);
        let (config, error) = match Config::load(None, &root) {
            Ok(c) => (c, None),
            Err(e) => (
                Config::shipped(),
                Some(format!(
                    "figlint: {e}; the shipped rules are used until it is fixed"
                )),
            ),
        };
        let vocab = config.vocabulary();
        let mut ws = Workspace {
            root,
            cache,
            config,
            vocab,
            corpus: Corpus::default(),
            index: HashMap::new(),
            open: BTreeMap::new(),
        };
        let notices = ws.scan();
        (ws, error, notices)
    }

    /// Reads every article under the root afresh (through the cache) and puts the open
    /// buffers back in place of their files.
    fn scan(&mut self) -> Vec<String> {
        let mut opts = Options::new(&self.config);
        opts.sources = Sources::Release;
        opts.cache = match &self.cache {
            CacheUse::Default => CacheUse::Dir(crate::cache::default_dir_from(
                self.config.path.as_deref(),
                &self.root,
            )),
            other => other.clone(),
        };
        let (mut corpus, notices) = pipeline::scan(std::slice::from_ref(&self.root), &opts);
        // Paths shown relative to the root, as `figlint check .` run there shows them.
        for d in &mut corpus.docs {
            if let Ok(rest) = Path::new(&d.path).strip_prefix(&self.root) {
                d.path = rest.display().to_string();
            }
        }
        let open: Vec<(Url, Open, String)> = std::mem::take(&mut self.open)
            .into_iter()
            .map(|(uri, o)| {
                let text = self
                    .index
                    .get(&o.canonical)
                    .map(|&i| self.corpus.docs[i].source().to_string())
                    .unwrap_or_default();
                (uri, o, text)
            })
            .collect();
        self.corpus = corpus;
        self.reindex();
        for (uri, o, text) in open {
            self.put(uri, text, o.version, o.format);
        }
        notices
    }

    fn reindex(&mut self) {
        self.index = self
            .corpus
            .canonical
            .iter()
            .enumerate()
            .map(|(i, c)| (c.clone(), i))
            .collect();
    }

    /// The workspace's root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// How many articles the workspace holds (open buffers included).
    pub fn len(&self) -> usize {
        self.corpus.docs.len()
    }

    /// An editor opened a buffer (`language` is its language id).
    pub fn open(&mut self, uri: Url, text: String, version: i32, language: &str) {
        let format = if language == "plaintext" {
            Format::Text
        } else {
            Format::Markdown
        };
        self.put(uri, text, version, format);
    }

    /// The whole new text of an open buffer.
    pub fn change(&mut self, uri: Url, text: String, version: i32) {
        let format = self.open.get(&uri).map_or(Format::Markdown, |o| o.format);
        self.put(uri, text, version, format);
    }

    /// The current text of an open buffer (for edits that give a range).
    pub fn buffer(&self, uri: &Url) -> Option<(&crate::load::Document, i32)> {
        let o = self.open.get(uri)?;
        let &i = self.index.get(&o.canonical)?;
        Some((&self.corpus.docs[i], o.version))
    }

    /// Reads a buffer's text and puts it in place of its file (or beside the workspace's
    /// articles, for a buffer that is no file of it).
    fn put(&mut self, uri: Url, text: String, version: i32, format: Format) {
        let (canonical, shown) = self.name(&uri);
        let format = Format::of(&canonical).unwrap_or(format);
        let (doc, problems) = load::parse(shown, text, format);
        let at = self.index.get(&canonical).copied();
        let index = at.unwrap_or(self.corpus.docs.len());
        self.corpus
            .put_document(index, doc, canonical.clone(), &self.vocab);
        if at.is_none() {
            self.index.insert(canonical.clone(), index);
        }
        self.open.insert(
            uri,
            Open {
                canonical,
                version,
                format,
                problems,
            },
        );
    }

    /// A buffer's canonical path and the path it is shown under: relative to the root for a
    /// file under it, the URI itself for an unsaved buffer.
    fn name(&self, uri: &Url) -> (PathBuf, String) {
        match uri.to_file_path() {
            Ok(path) => {
                let canonical = canonical_file(&path);
                let shown = canonical
                    .strip_prefix(&self.root)
                    .map_or_else(|_| path.display().to_string(), |r| r.display().to_string());
                (canonical, shown)
            }
            Err(()) => (PathBuf::from(uri.as_str()), uri.to_string()),
        }
    }

    /// The editor closed a buffer: the file on disk takes its place again, or, for a buffer
    /// that is no article of the workspace, it is dropped.
    pub fn close(&mut self, uri: &Url) {
        let Some(o) = self.open.remove(uri) else {
            return;
        };
        self.read_from_disk(&o.canonical);
    }

    /// A file of the workspace changed on disk (created, changed or deleted). An open
    /// buffer's file is left to the buffer; a config file reads the whole workspace again.
    /// Returns what the editor should be told (a malformed config).
    pub fn file_changed(&mut self, path: &Path) -> Option<String> {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if CONFIG_NAMES.contains(&name) {
            return self.reload();
        }
        let canonical = canonical_file(path);
        if self.open.values().any(|o| o.canonical == canonical) {
            return None;
        }
        self.read_from_disk(&canonical);
        None
    }

    /// Reads the configuration and every article again (a config file changed).
    pub fn reload(&mut self) -> Option<String> {
        let (config, error) = match Config::load(None, &self.root) {
            Ok(c) => (c, None),
            Err(e) => (
                Config::shipped(),
                Some(format!(
                    "figlint: {e}; the shipped rules are used until it is fixed"
                )),
            ),
        };
        self.vocab = config.vocabulary();
        self.config = config;
        self.scan();
        error
    }

    /// Puts the file at `canonical` as it is on disk in the corpus (an article under the
    /// root that exists), or takes it out.
    fn read_from_disk(&mut self, canonical: &Path) {
        let at = self.index.get(canonical).copied();
        let article = canonical.starts_with(&self.root)
            && Format::of(canonical).is_some()
            && canonical.is_file();
        let read = article
            .then(|| {
                let max = u64::from(self.vocab.settings().max_file_mb) * 1_000_000;
                load::load(canonical, max).0
            })
            .flatten();
        match (read, at) {
            (Some(mut doc), at) => {
                if let Ok(rest) = canonical.strip_prefix(&self.root) {
                    doc.path = rest.display().to_string();
                }
                let index = at.unwrap_or(self.corpus.docs.len());
                self.corpus
                    .put_document(index, doc, canonical.to_path_buf(), &self.vocab);
                self.index.insert(canonical.to_path_buf(), index);
            }
            (None, Some(i)) => {
                self.corpus.remove_document(i);
                self.reindex();
            }
            (None, None) => {}
        }
    }

    /// The diagnostics of every open buffer: the findings that involve it (compared with the
    /// whole workspace), its reading problems and its suppressions that suppress nothing.
    pub fn diagnostics(&self) -> Vec<Published> {
        let mine: HashSet<usize> = self
            .open
            .values()
            .filter_map(|o| self.index.get(&o.canonical).copied())
            .collect();
        let (findings, unused) =
            pipeline::compare_corpus(&self.corpus, &self.config, &self.vocab, Some(&mine));
        let mut out = Vec::new();
        for (uri, o) in &self.open {
            let Some(&i) = self.index.get(&o.canonical) else {
                continue;
            };
            let doc = &self.corpus.docs[i];
            let one = HashSet::from([i]);
            let ours = crate::compare::involving(&self.corpus, findings.clone(), &one);
            let mut diagnostics: Vec<Diagnostic> = ours
                .iter()
                .filter_map(|f| convert::diagnostic(&self.corpus, f, self))
                .collect();
            diagnostics.extend(
                o.problems
                    .iter()
                    .chain(unused.iter().filter(|e| e.path == doc.path))
                    .map(|e| convert::problem(doc, e, Text::Buffer)),
            );
            out.push(Published {
                uri: uri.clone(),
                version: o.version,
                diagnostics,
            });
        }
        out
    }

    /// Hover text for the figure at `at` in an open buffer, if there is one there.
    pub fn hover(&self, uri: &Url, at: Position) -> Option<(String, lsp_types::Range)> {
        let o = self.open.get(uri)?;
        let &d = self.index.get(&o.canonical)?;
        let doc = &self.corpus.docs[d];
        let offset = convert::offset(doc, at);
        let figures = &self.corpus.figures;
        let from = figures.partition_point(|f| f.doc < d);
        let to = figures.partition_point(|f| f.doc <= d);
        let fi = (from..to).find(|&k| {
            let f = &figures[k];
            f.offset <= offset && offset <= f.offset + f.length
        })?;
        let claims = &self.corpus.claims;
        let ci = claims.partition_point(|c| c.figure < fi);
        let claim = (ci < claims.len() && claims[ci].figure == fi).then_some(ci);
        let f = &figures[fi];
        Some((
            convert::hover_text(&self.corpus, fi, claim),
            convert::range(doc, f.offset, f.length, Text::Buffer),
        ))
    }
}

impl Locate for Workspace {
    fn uri(&self, doc: usize) -> Option<(Url, Text)> {
        let canonical = self.corpus.canonical.get(doc)?;
        if let Some((uri, _)) = self.open.iter().find(|(_, o)| &o.canonical == canonical) {
            return Some((uri.clone(), Text::Buffer));
        }
        Url::from_file_path(canonical).ok().map(|u| (u, Text::File))
    }
}

/// A file's canonical path; for one that does not exist (yet), its folder's canonical path
/// joined with its name.
fn canonical_file(path: &Path) -> PathBuf {
    if let Ok(c) = std::fs::canonicalize(path) {
        return c;
    }
    match (path.parent(), path.file_name()) {
        (Some(dir), Some(name)) => load::canonical(dir).join(name),
        _ => path.to_path_buf(),
    }
}

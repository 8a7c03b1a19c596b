//! One run's input: every document read, every figure extracted and contextualised, every
//! load problem. This is the per-file half of the pipeline (load → extract → contextualise),
//! run in parallel over files; `compare` then works on the whole corpus.

pub use crate::cache::Prepared;
use crate::cache::{Cache, Key, Stamp};
use crate::context::{self, Claim, Vocab};
use crate::conversion::{self, Conversion};
use crate::extract;
use crate::figure::Figure;
use crate::load::prose::split_sentences;
use crate::load::{self, Document, Format, LoadError};
use crate::progress::Progress;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// The documents of a run and the figures found in them.
#[derive(Debug, Default)]
pub struct Corpus {
    pub docs: Vec<Document>,
    /// Sorted by document, then offset.
    pub figures: Vec<Figure>,
    /// The figures in context, in figure order.
    pub claims: Vec<Claim>,
    /// Amounts restated in another currency, in figure order.
    pub conversions: Vec<Conversion>,
    pub errors: Vec<LoadError>,
    /// Each document's canonical path, in document order.
    pub canonical: Vec<PathBuf>,
    /// What the text rules need of each document, in document order.
    pub texts: Vec<crate::text::TextInfo>,
}

impl Corpus {
    /// The claim figure `figure` makes, if any (claims are in figure order).
    pub fn claim_of(&self, figure: usize) -> Option<&crate::context::Claim> {
        let at = self.claims.partition_point(|c| c.figure < figure);
        self.claims.get(at).filter(|c| c.figure == figure)
    }

    /// Reads every file under `paths`, extracts its figures and puts them in context. Files
    /// are handled in parallel; the result is in a deterministic order whatever the threads.
    /// A document's prose is dropped once its claims are made, and its source too
    /// ([`Sources::Release`]): a report that quotes the file reads it again.
    pub fn scan(paths: &[PathBuf], vocab: &Vocab) -> Corpus {
        let (files, errors) = load::discover(paths);
        Corpus::scan_files(
            files,
            errors,
            vocab,
            None,
            &Progress::hidden(),
            Sources::Release,
        )
    }

    /// Reads files already found (`(path, canonical path)`, as [`load::discover`] gives
    /// them, with the problems finding them met), with a cache of per-file results, a
    /// progress display, and whether sources are kept in memory (`figures` shows every
    /// figure, so it keeps them).
    pub fn scan_files(
        files: Vec<(PathBuf, PathBuf)>,
        errors: Vec<LoadError>,
        vocab: &Vocab,
        cache: Option<&Cache>,
        progress: &Progress,
        sources: Sources,
    ) -> Corpus {
        progress.start(files.len());
        let results: Vec<_> = files
            .par_iter()
            .map(|(path, canonical)| {
                let done = guarded(path, || scan_file(path, vocab, cache, sources));
                progress.file_done(done.0.as_ref().map_or(0, |(_, p)| p.figures.len()));
                (done, canonical)
            })
            .collect();
        progress.finish();
        if let Some(c) = cache {
            c.save_index();
        }
        let mut corpus = Corpus {
            errors,
            ..Corpus::default()
        };
        for ((doc, problems), canonical) in results {
            corpus.errors.extend(problems);
            if let Some((doc, prepared)) = doc {
                corpus.push(doc, prepared);
                corpus.canonical.push(canonical.clone());
            }
        }
        corpus
    }

    /// Builds a corpus from documents already in memory (tests, stdin).
    pub fn from_documents(docs: Vec<Document>, vocab: &Vocab) -> Corpus {
        let mut corpus = Corpus::default();
        for d in docs {
            corpus.add_document(d, vocab);
        }
        corpus
    }

    /// Adds a document held in memory (an article read from stdin), known by its path.
    pub fn add_document(&mut self, doc: Document, vocab: &Vocab) {
        let (d, p) = prepare(doc, vocab);
        self.canonical.push(PathBuf::from(&d.path));
        self.push(d, p);
    }

    /// Puts `doc`, known by its `canonical` path, in place of document `index`, or after the
    /// last one when `index` is the number of documents. Its figures, claims and conversions
    /// replace the old document's, and the indices after them shift: the language server's
    /// edited buffer, or a file changed on disk, without reading the whole corpus again.
    pub fn put_document(&mut self, index: usize, doc: Document, canonical: PathBuf, vocab: &Vocab) {
        let (doc, prepared) = prepare(doc, vocab);
        self.splice(index, Some((doc, prepared, canonical)));
    }

    /// Removes document `index` with its figures, claims and conversions; the indices after
    /// them shift.
    pub fn remove_document(&mut self, index: usize) {
        if index < self.docs.len() {
            self.splice(index, None);
        }
    }

    /// Replaces (or, past the end, appends) document `index` with `new`, or removes it.
    /// Figures, claims and conversions are each sorted by document, so a document's are one
    /// run of each list.
    fn splice(&mut self, index: usize, new: Option<(Document, Prepared, PathBuf)>) {
        assert!(index <= self.docs.len(), "document {index} is past the end");
        let (fa, fb) = (
            self.figures.partition_point(|f| f.doc < index),
            self.figures.partition_point(|f| f.doc <= index),
        );
        let (ca, cb) = (
            self.claims.partition_point(|c| c.doc < index),
            self.claims.partition_point(|c| c.doc <= index),
        );
        let (va, vb) = (
            self.conversions.partition_point(|c| c.doc < index),
            self.conversions.partition_point(|c| c.doc <= index),
        );
        let removed = fb - fa;
        let (added, doc_gone) = match &new {
            Some((_, p, _)) => (p.figures.len(), false),
            None => (0, true),
        };
        let figure = |i: usize| if i >= fb { i + added - removed } else { i };
        let doc = |d: usize| if doc_gone && d > index { d - 1 } else { d };
        for f in &mut self.figures[fb..] {
            f.doc = doc(f.doc);
        }
        for c in &mut self.claims[cb..] {
            c.doc = doc(c.doc);
            c.figure = figure(c.figure);
        }
        for c in &mut self.conversions[vb..] {
            c.doc = doc(c.doc);
            c.source = figure(c.source);
            c.target = figure(c.target);
        }
        let Some((d, p, canonical)) = new else {
            self.figures.drain(fa..fb);
            self.claims.drain(ca..cb);
            self.conversions.drain(va..vb);
            self.docs.remove(index);
            self.canonical.remove(index);
            self.texts.remove(index);
            return;
        };
        self.figures.splice(
            fa..fb,
            p.figures.into_iter().map(|f| Figure { doc: index, ..f }),
        );
        self.claims.splice(
            ca..cb,
            p.claims.into_iter().map(|c| Claim {
                doc: index,
                figure: c.figure + fa,
                ..c
            }),
        );
        self.conversions.splice(
            va..vb,
            p.conversions.into_iter().map(|c| Conversion {
                doc: index,
                source: c.source + fa,
                target: c.target + fa,
                ..c
            }),
        );
        if index == self.docs.len() {
            self.docs.push(d);
            self.canonical.push(canonical);
            self.texts.push(p.text);
        } else {
            self.docs[index] = d;
            self.canonical[index] = canonical;
            self.texts[index] = p.text;
        }
    }

    fn push(&mut self, doc: Document, p: Prepared) {
        let index = self.docs.len();
        let base = self.figures.len();
        self.figures
            .extend(p.figures.into_iter().map(|f| Figure { doc: index, ..f }));
        self.claims.extend(p.claims.into_iter().map(|c| Claim {
            doc: index,
            figure: c.figure + base,
            ..c
        }));
        self.conversions
            .extend(p.conversions.into_iter().map(|c| Conversion {
                doc: index,
                source: c.source + base,
                target: c.target + base,
                ..c
            }));
        self.texts.push(p.text);
        self.docs.push(doc);
    }
}

/// Whether a scan keeps each file's text once its figures are made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sources {
    /// Drop it and read the file again if a report quotes it (`check`: few files are shown).
    Release,
    /// Keep it (`figures`: every figure is shown with its text).
    Keep,
}

/// One file's document with its results, and the problems reading it found.
type Scanned = (Option<(Document, Prepared)>, Vec<LoadError>);

thread_local! {
    /// Set while a file's work runs under [`guarded`]: a panic there is reported as that
    /// file's load error, so the panic hook keeps quiet.
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs (once) a panic hook that stays quiet for panics inside [`guarded`] and hands
/// every other panic to the hook that was there before.
fn quiet_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !GUARDED.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
}

/// Runs one file's work; a panic in it (a bug in figlint) becomes an error naming the file,
/// and the run goes on with the other files.
fn guarded(path: &Path, work: impl FnOnce() -> Scanned) -> Scanned {
    quiet_hook();
    GUARDED.with(|g| g.set(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
    GUARDED.with(|g| g.set(false));
    result.unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let message = format!(
            "internal error while reading this file ({}); the file was skipped. \
             Please report this at figlint's issue tracker with the file",
            if what.is_empty() {
                "panic"
            } else {
                what.as_str()
            }
        );
        (
            None,
            vec![LoadError {
                path: path.display().to_string(),
                line: None,
                message,
                level: load::Level::Error,
            }],
        )
    })
}

/// The largest file read, in bytes (the `max_file_mb` setting).
fn max_bytes(vocab: &Vocab) -> u64 {
    u64::from(vocab.settings().max_file_mb) * 1_000_000
}

/// Reads one file and prepares it, or takes what the cache holds for its content: found by
/// the file's stamp without reading it, or by its content hash.
fn scan_file(path: &Path, vocab: &Vocab, cache: Option<&Cache>, sources: Sources) -> Scanned {
    let finish = |d: (Document, Prepared)| match sources {
        Sources::Release => release(d, path),
        Sources::Keep => d,
    };
    let Some(cache) = cache else {
        let (doc, problems) = load::load(path, max_bytes(vocab));
        return (doc.map(|d| finish(prepare(d, vocab))), problems);
    };
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let stamp = std::fs::metadata(path).ok().map(|m| Stamp::of(&m));
    if let Some(key) = stamp.and_then(|s| cache.known(&abs, s)) {
        if let Some(Ok(hit)) = cache.get(key).map(|e| e.restore(path, None)) {
            return hit;
        }
    }
    let bytes = match load::read(path, max_bytes(vocab)) {
        Ok(b) => b,
        Err(e) => return (None, vec![e]),
    };
    let key = Key::of(&bytes, Format::of(path).unwrap_or(Format::Text));
    if let Some(s) = stamp {
        cache.learn(abs, s, key);
    }
    let bytes = match cache.get(key) {
        Some(entry) => match entry.restore(path, Some(bytes)) {
            Ok(hit) => return hit,
            Err(back) => back.expect("bytes given are given back"),
        },
        None => bytes,
    };
    let (doc, problems) = load::from_bytes(path, bytes);
    let doc = doc.map(|d| prepare(d, vocab));
    cache.put(key, doc.as_ref().map(|(d, p)| (d, p)), &problems);
    (doc.map(finish), problems)
}

/// A prepared document without its source in memory: most documents of a corpus are never
/// shown, and keeping every file's text costs memory and page faults.
fn release((mut doc, prepared): (Document, Prepared), path: &Path) -> (Document, Prepared) {
    doc.release_source(path.to_path_buf());
    (doc, prepared)
}

/// One document's figures, claims and conversions; the document keeps its source but not its
/// prose (blocks and sentences).
fn prepare(mut doc: Document, vocab: &Vocab) -> (Document, Prepared) {
    let figures = figures_of(&mut doc);
    let claims = context::doc_claims(&doc, &figures, 0, vocab);
    let conversions = conversion::doc_conversions(&doc, &figures);
    let text = crate::text::analyse(&doc, vocab.text());
    doc.blocks = Vec::new();
    doc.sentences = Vec::new();
    (
        doc,
        Prepared {
            figures,
            claims,
            conversions,
            text,
        },
    )
}

/// Every figure of one document, placed in its file (`doc` is left 0 for the caller to set).
/// Only blocks that hold a figure are split into sentences, so the document's sentence list
/// is filled here, in block order.
pub fn figures_of(doc: &mut Document) -> Vec<Figure> {
    let mut out = Vec::new();
    doc.sentences.clear();
    for (bi, block) in doc.blocks.iter().enumerate() {
        let raws = extract::extract(&block.text);
        if raws.is_empty() {
            continue;
        }
        let mut sentence = doc.sentences.len();
        split_sentences(bi, &block.text, &mut doc.sentences);
        for raw in raws {
            // Sentences are in text order, so a forward scan finds the one that holds the
            // figure.
            while sentence + 1 < doc.sentences.len() && doc.sentences[sentence].end <= raw.start {
                sentence += 1;
            }
            let (start, end) = block.source_range(raw.start, raw.end);
            // A figure in text that does not stand in the file as written (a decoded escape)
            // maps onto its source piece; its span never splits a character.
            let source = doc.source();
            let start = source.floor_char_boundary(start.min(source.len()));
            let end = source.ceil_char_boundary(end.clamp(start, source.len()));
            let last = source[..end]
                .char_indices()
                .next_back()
                .map_or(start, |(i, _)| i.max(start));
            let text = source[start..end].to_string();
            let head = &source[..start];
            let before = head
                .char_indices()
                .rev()
                .nth(crate::figure::NEAR_CHARS - 1)
                .map_or(head, |(i, _)| &head[i..])
                .to_string();
            let tail = &source[end..];
            let after = tail
                .char_indices()
                .nth(crate::figure::NEAR_CHARS)
                .map_or(tail, |(i, _)| &tail[..i])
                .to_string();
            let (a, b) = (doc.position(start), doc.position(last));
            out.push(Figure {
                doc: 0,
                offset: start,
                length: end - start,
                sentence,
                raw,
                text,
                place: crate::finding::Place {
                    line: a.line,
                    column: a.column,
                    end_line: b.line,
                    end_column: b.column,
                },
                before,
                after,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{parse, Format};

    #[test]
    fn a_scan_releases_sources_unless_asked_to_keep_them() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.md");
        let text = "売上は5%増えた。\n";
        std::fs::write(&file, text).unwrap();
        let vocab = crate::config::Config::shipped().vocabulary();
        let scan = |sources| {
            let (files, errors) = crate::load::discover(&[dir.path().to_path_buf()]);
            Corpus::scan_files(files, errors, &vocab, None, &Progress::hidden(), sources)
        };
        let released = scan(Sources::Release);
        let kept = scan(Sources::Keep);
        // Rewritten after both scans: a kept source is the text the figures were made from; a
        // released one is read again, found changed, and blanked.
        std::fs::write(&file, "書き換えた。\n").unwrap();
        assert_eq!(kept.docs[0].source(), text);
        assert_eq!(released.docs[0].source(), " ".repeat(text.len()));
        assert_eq!(kept.figures.len(), 1);
        assert_eq!(released.figures.len(), 1);
    }

    #[test]
    fn putting_and_removing_a_document_matches_reading_the_corpus_afresh() {
        let vocab = crate::config::Config::shipped().vocabulary();
        let texts = [
            ("a.md", "名古屋の航空宇宙産業は2024年に15%の成長を遂げた。新工場への投資額は10億ドル（約1,500億円）だった。\n"),
            ("b.md", "名古屋の航空宇宙産業の2024年の成長率は9%だった。関連企業の従業員は約2,000人。\n"),
            ("c.md", "部品メーカーは5億ドル（約750億円）を投じ、2024年に売上を20%伸ばした。\n"),
            ("d.md", "名古屋の航空宇宙産業は2024年に15%の成長を遂げた。\n"),
        ];
        let doc = |i: usize| parse(texts[i].0.into(), texts[i].1.into(), Format::Markdown).0;
        let fresh = |order: &[usize]| {
            Corpus::from_documents(order.iter().map(|&i| doc(i)).collect(), &vocab)
        };
        let same = |got: &Corpus, want: &Corpus| {
            let paths = |c: &Corpus| c.docs.iter().map(|d| d.path.clone()).collect::<Vec<_>>();
            assert_eq!(paths(got), paths(want));
            assert_eq!(got.canonical, want.canonical);
            assert_eq!(got.figures, want.figures);
            assert_eq!(got.claims, want.claims);
            assert_eq!(got.conversions, want.conversions);
        };
        let mut c = fresh(&[0, 1, 2]);
        assert!(
            c.conversions.len() >= 2 && c.claims.len() >= 3,
            "{:?}",
            c.conversions
        );
        // b.md replaced by another text (fewer figures), then by its own again.
        c.put_document(1, doc(3), "d.md".into(), &vocab);
        same(&c, &fresh(&[0, 3, 2]));
        c.put_document(1, doc(1), "b.md".into(), &vocab);
        same(&c, &fresh(&[0, 1, 2]));
        // Appended, then removed from the middle and the end.
        c.put_document(3, doc(3), "d.md".into(), &vocab);
        same(&c, &fresh(&[0, 1, 2, 3]));
        c.remove_document(1);
        same(&c, &fresh(&[0, 2, 3]));
        c.remove_document(2);
        same(&c, &fresh(&[0, 2]));
        c.remove_document(0);
        same(&c, &fresh(&[2]));
    }

    #[test]
    fn a_panic_in_one_file_becomes_its_error_and_the_others_go_on() {
        let scanned = guarded(Path::new("bad.md"), || panic!("boom"));
        assert!(scanned.0.is_none());
        assert_eq!(scanned.1.len(), 1);
        let e = &scanned.1[0];
        assert_eq!((e.path.as_str(), e.level), ("bad.md", load::Level::Error));
        assert!(e.message.contains("internal error") && e.message.contains("boom"));
        // The guard is off again: the next file's work runs as usual.
        let ok = guarded(Path::new("ok.md"), || (None, Vec::new()));
        assert!(ok.1.is_empty());
        assert!(!GUARDED.with(std::cell::Cell::get));
    }

    #[test]
    fn only_blocks_with_figures_are_split_and_each_figure_knows_its_sentence() {
        let text = "前置きの段落。数字はない。\n\n売上は5%増えた。利益は7%減った。\n\n後書き。\n\n人員は30人。\n";
        let (mut doc, _) = parse("t.md".into(), text.to_string(), Format::Markdown);
        let figs = figures_of(&mut doc);
        let said: Vec<(&str, &str)> = figs
            .iter()
            .map(|f| {
                let s = doc.sentences[f.sentence];
                (
                    doc.slice(f.offset, f.length),
                    &doc.blocks[s.block].text[s.start..s.end],
                )
            })
            .collect();
        assert_eq!(
            said,
            [
                ("5%", "売上は5%増えた。"),
                ("7%", "利益は7%減った。"),
                ("30人", "人員は30人。")
            ]
        );
        // The two blocks without a figure gave no sentence.
        assert_eq!(doc.sentences.len(), 3);
    }
}

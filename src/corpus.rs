//! One run's input: every document read, every figure extracted, every load problem.
//! This is the load → extract half of the pipeline, run in parallel over files.

use crate::extract;
use crate::figure::Figure;
use crate::load::{self, Document, LoadError};
use rayon::prelude::*;
use std::path::PathBuf;

/// The documents of a run and the figures found in them.
#[derive(Debug, Default)]
pub struct Corpus {
    pub docs: Vec<Document>,
    /// Sorted by document, then offset.
    pub figures: Vec<Figure>,
    pub errors: Vec<LoadError>,
}

impl Corpus {
    /// Reads every file under `paths` and extracts its figures. Files are read and
    /// extracted in parallel; the result is in a deterministic order whatever the threads.
    pub fn scan(paths: &[PathBuf]) -> Corpus {
        let (files, mut errors) = load::discover(paths);
        let results: Vec<_> = files
            .par_iter()
            .map(|path| {
                let (doc, problems) = load::load(path);
                let figures = doc.as_ref().map(figures_of).unwrap_or_default();
                (doc, figures, problems)
            })
            .collect();
        let mut corpus = Corpus::default();
        for (doc, figures, problems) in results {
            errors.extend(problems);
            if let Some(doc) = doc {
                let index = corpus.docs.len();
                corpus
                    .figures
                    .extend(figures.into_iter().map(|f| Figure { doc: index, ..f }));
                corpus.docs.push(doc);
            }
        }
        corpus.errors = errors;
        corpus
    }

    /// Builds a corpus from documents already in memory (tests, stdin).
    pub fn from_documents(docs: Vec<Document>) -> Corpus {
        let mut figures = Vec::new();
        for (i, d) in docs.iter().enumerate() {
            figures.extend(figures_of(d).into_iter().map(|f| Figure { doc: i, ..f }));
        }
        Corpus {
            docs,
            figures,
            errors: Vec::new(),
        }
    }
}

/// Every figure of one document, placed in its file (`doc` is left 0 for the caller to set).
pub fn figures_of(doc: &Document) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut sentence = 0;
    for (bi, block) in doc.blocks.iter().enumerate() {
        for raw in extract::extract(&block.text) {
            // Sentences are in block and text order, so a forward scan finds the one that
            // holds the figure.
            while sentence + 1 < doc.sentences.len() {
                let s = doc.sentences[sentence];
                if s.block < bi || (s.block == bi && s.end <= raw.start) {
                    sentence += 1;
                } else {
                    break;
                }
            }
            let (start, end) = block.source_range(raw.start, raw.end);
            out.push(Figure {
                doc: 0,
                offset: start,
                length: end - start,
                sentence,
                raw,
            });
        }
    }
    out
}

//! One run's input: every document read, every figure extracted and contextualised, every
//! load problem. This is the per-file half of the pipeline (load → extract → contextualise),
//! run in parallel over files; `compare` then works on the whole corpus.

use crate::context::{self, Claim, Vocab};
use crate::conversion::{self, Conversion};
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
    /// The figures in context, in figure order.
    pub claims: Vec<Claim>,
    /// Amounts restated in another currency, in figure order.
    pub conversions: Vec<Conversion>,
    pub errors: Vec<LoadError>,
}

impl Corpus {
    /// Reads every file under `paths`, extracts its figures and puts them in context. Files
    /// are handled in parallel; the result is in a deterministic order whatever the threads.
    /// A document's prose is dropped once its claims are made: only its source is kept, for
    /// reporting.
    pub fn scan(paths: &[PathBuf], vocab: &Vocab) -> Corpus {
        let (files, errors) = load::discover(paths);
        let results: Vec<_> = files
            .par_iter()
            .map(|path| {
                let (doc, problems) = load::load(path);
                (doc.map(|d| prepare(d, vocab)), problems)
            })
            .collect();
        let mut corpus = Corpus {
            errors,
            ..Corpus::default()
        };
        for (doc, problems) in results {
            corpus.errors.extend(problems);
            if let Some(parts) = doc {
                corpus.push(parts);
            }
        }
        corpus
    }

    /// Builds a corpus from documents already in memory (tests, stdin).
    pub fn from_documents(docs: Vec<Document>, vocab: &Vocab) -> Corpus {
        let mut corpus = Corpus::default();
        for d in docs {
            corpus.push(prepare(d, vocab));
        }
        corpus
    }

    fn push(&mut self, (doc, figures, claims, conversions): Prepared) {
        let index = self.docs.len();
        let base = self.figures.len();
        self.figures
            .extend(figures.into_iter().map(|f| Figure { doc: index, ..f }));
        self.claims.extend(claims.into_iter().map(|c| Claim {
            doc: index,
            figure: c.figure + base,
            ..c
        }));
        self.conversions
            .extend(conversions.into_iter().map(|c| Conversion {
                doc: index,
                source: c.source + base,
                target: c.target + base,
                ..c
            }));
        self.docs.push(doc);
    }
}

type Prepared = (Document, Vec<Figure>, Vec<Claim>, Vec<Conversion>);

/// One document's figures, claims and conversions; the document keeps its source but not its
/// prose.
fn prepare(mut doc: Document, vocab: &Vocab) -> Prepared {
    let figures = figures_of(&doc);
    let claims = context::doc_claims(&doc, &figures, 0, vocab);
    let conversions = conversion::doc_conversions(&doc, &figures);
    doc.blocks = Vec::new();
    (doc, figures, claims, conversions)
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

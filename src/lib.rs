//! figlint: finds figures that contradict each other across a collection of articles.
//!
//! The pipeline, one module per stage:
//! `load` (files → documents and prose) → `extract` (prose → figures) →
//! `context` (figures → claims) → `compare` (claims → findings) → `report`.

pub mod baseline;
pub mod cache;
pub mod compare;
pub mod config;
pub mod context;
pub mod conversion;
pub mod corpus;
pub mod extract;
pub mod figure;
pub mod finding;
pub mod fx;
pub mod load;
pub mod lsp;
pub mod pipeline;
pub mod progress;
pub mod report;
pub mod rules;
pub mod suppress;
pub mod text;

pub use pipeline::{check, check_documents, scan, CacheUse, Options, Outcome};

//! Extraction: prose text → figures. (Being written.)
use crate::figure::RawFigure;

/// Every figure in `text`, in order of position, with byte offsets relative to `text`.
pub fn extract(_text: &str) -> Vec<RawFigure> {
    Vec::new()
}

//! Sentence segmentation. (Placeholder: UAX #29 sentence bounds, trimmed.)

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Byte spans of the sentences of `text`, in order, trimmed of surrounding white space,
/// never empty, never overlapping, always on `char` boundaries.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (start, s) in text.split_sentence_bound_indices() {
        let lead = s.len() - s.trim_start().len();
        let t = s.trim();
        if !t.is_empty() {
            out.push(start + lead..start + lead + t.len());
        }
    }
    out
}

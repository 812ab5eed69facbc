//! Text primitives: sentences, words, terms, language detection and line/column conversion.
//! Everything here is pure and never panics on any `&str`.

pub mod language;
pub mod lines;
pub mod porter2;
pub mod sentences;
pub mod stopwords;
pub mod terms;
pub mod words;

pub use language::Language;
pub use lines::{Encoding, LineIndex};
pub use sentences::abbreviations;
pub use sentences::{is_cjk, is_wide, split_sentences, split_sentences_in};

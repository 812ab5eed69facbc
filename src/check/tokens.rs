//! Words of a sentence with what the checks need: byte span, lower-cased form, term id
//! (stemmed, stop words none) and whether the word is written with a capital.

use crate::text::terms::{TermId, Terms};
use crate::text::words::words;

/// One word of a sentence.
#[derive(Clone, Debug)]
pub(super) struct Tok<'a> {
    /// Byte span in the sentence's text.
    pub start: usize,
    pub end: usize,
    pub word: &'a str,
    /// Lower-cased, curly apostrophes straightened.
    pub lower: String,
    /// The stemmed term, `None` for stop words and one-letter words.
    pub term: Option<TermId>,
    /// Starts with an upper-case letter.
    pub cap: bool,
}

/// The words of `text`; `scratch` is a reusable buffer.
pub(super) fn tokenize<'a>(
    text: &'a str,
    terms: &mut Terms,
    scratch: &mut Vec<TermId>,
) -> Vec<Tok<'a>> {
    let mut out = Vec::new();
    for (start, word) in words(text) {
        scratch.clear();
        terms.push_terms(word, scratch);
        let mut lower = word.to_lowercase();
        if lower.contains('’') {
            lower = lower.replace('’', "'");
        }
        out.push(Tok {
            start,
            end: start + word.len(),
            word,
            lower,
            term: scratch.first().copied(),
            cap: word.chars().next().is_some_and(char::is_uppercase),
        });
    }
    out
}

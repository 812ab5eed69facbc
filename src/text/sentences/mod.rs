//! Sentence segmentation.
//!
//! A single left-to-right scan over the bytes visits only the places where a sentence can end
//! (`.`, `?`, `!`, ellipses, CJK and other Unicode full stops, line breaks, list markers) and
//! decides each one from its neighbourhood: the token before the full stop (abbreviation,
//! initial, number, URL, list marker, …), the closing quotes and brackets after it, and the
//! next word (its case, and whether it is a word that typically opens a sentence).
//! Characters outside the common ASCII and CJK sets are classified with UAX #29 sentence
//! bounds (`unicode-segmentation`), so every script's full stops are honoured.
//!
//! Rule families:
//! - paragraphs: a blank line (or U+2029) always ends a sentence; a single newline does not,
//!   except before a list item (`- `, `* `, `• `, `1. `, `2) `, `(a) `, …), around a Markdown
//!   ATX heading, after a short title-like line that opens a paragraph or follows a finished
//!   sentence, and between the lines of a block of short lines (a list without markers);
//! - abbreviations by behaviour: titles (Mr., Dr., Gov.), abbreviations before numbers (No. 5,
//!   p. 55), abbreviations that may end a sentence (Inc., Co., Jr., U.S., a.m.), which end it
//!   only before a word that typically opens a sentence, "etc.", and abbreviations that never
//!   end one (e.g., i.e., vs.); acronyms with inner periods (U.S.A., Ph.D.) by shape;
//! - initials (J. R. R. Tolkien, George W. Bush) versus "… you and I. Did …";
//! - numbers, money, versions, times, URLs, e-mail addresses, file and domain names: a period
//!   inside a token never ends a sentence, one after it may;
//! - a period glued to the next sentence ("world.Today is …") when both sides are words;
//! - ellipses (`...`, `…`, `. . .`): they end a sentence before a capitalized word only; one
//!   standing alone after a sentence end stays with that sentence ("Really? ... There");
//! - closing quotes and brackets, Markdown emphasis marks and citation brackets (`[1 - 3]`)
//!   after the full stop stay with the sentence; punctuation alone is never a sentence;
//! - `?` and `!` (also `?!`, `!!!`): before a lower-case word they do not end the sentence,
//!   nor before a speech tag ("“Why?” Smith asked.") or inside a name ("at Yahoo! Research");
//! - numbered, lettered and bulleted lists, also inline ("1) first 2) second");
//! - lower-cased text: when a document's sentences mostly start in lower case, a period after
//!   an ordinary word followed by a lower-case word is a boundary;
//! - CJK full stops (。！？) end a sentence even without a following space;
//! - caption labels ("Figure 2.3 A copper penny …") are their own sentence.
//!
//! Layout: `scanner` (the main loop, character helpers and the next/previous token), one file
//! per rule family — `periods`, `abbreviations` (word lists), `numbers`, `ellipses`,
//! `questions`, `quotes` (quotes, brackets, citations, speech tags), `lists`, `paragraphs`
//! (lines, headings, captions), `case` (lower-cased text), `cjk` (CJK and other scripts' full
//! stops) — and `tests/`, exact expected segmentations by family.

pub mod abbreviations;
mod case;
mod cjk;
mod ellipses;
mod lists;
mod numbers;
mod paragraphs;
mod periods;
mod questions;
mod quotes;
mod scanner;
#[cfg(test)]
mod tests;

use scanner::Scanner;
use std::ops::Range;

/// Byte spans of the sentences of `text`, in order, trimmed of surrounding white space,
/// never empty, never overlapping, always on `char` boundaries.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut sc = Scanner::new(text);
    sc.run();
    sc.spans()
}

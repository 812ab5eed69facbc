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
//!   sentence (of any length in a paragraph whose lines are not wrapped), and between the lines
//!   of a block of short lines (a list without markers);
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
//! - CJK full stops (。！？) end a sentence even without a following space, and so do ASCII
//!   `.`, `?`, `!` between CJK characters ("…方法.仿真结果表明…"); closing marks and further
//!   stops after them stay ("呢？」。"), an opening quote goes to the next sentence; no break
//!   inside 「…」, 『…』, 《…》, （…） nor before a Japanese particle after a closed quotation
//!   (「行こう。」と言った);
//! - closing quotes written after a space (French « … », tokenized `''`, a nested `' "`) stay
//!   with the sentence they close; inside a quotation, a period before a dash that resumes the
//!   speech («… – спросила мама. – Завтра …») or inside quoted verse ("Ei fu. Siccome immobile /
//!   …") does not end the sentence;
//! - caption labels ("Figure 2.3 A copper penny …") are their own sentence.
//!
//! Per language ([`split_sentences_in`]): the language's abbreviations (with two-part ones
//! like "z. B.", "т. е.", "p. ej."), its sentence openers, the English abbreviations that are
//! words there ("est", "mar"), ordinal numbers with a period (German, Danish, Norwegian,
//! Finnish, Hungarian, Turkish: "am 19. Februar", "den 5. maj"), Greek `;` as a question mark,
//! French and Italian elision ("dell'art."). The language-neutral [`split_sentences`] keeps the
//! English rules and adds only what local evidence makes safe (see `lang`).
//!
//! Layout: `scanner` (the main loop, character helpers and the next/previous token), one file
//! per rule family — `periods`, `abbreviations` (English word lists), `lang` (the other
//! languages' lists), `numbers` (ordinals), `ellipses`, `questions`, `quotes` (quotes,
//! brackets, citations, speech tags), `lists`, `paragraphs` (lines, headings, captions), `case`
//! (lower-cased text), `cjk` (CJK and other scripts' full stops) — and `tests/`, exact expected
//! segmentations by family.

pub mod abbreviations;
mod case;
mod cjk;
mod ellipses;
mod lang;
mod lists;
mod numbers;
mod paragraphs;
mod periods;
mod questions;
mod quotes;
mod scanner;

pub use cjk::{is_cjk, is_wide};
pub use quotes::leaves_quote_open;
#[cfg(test)]
mod tests;

use crate::text::Language;
use scanner::Scanner;
use std::ops::Range;

/// Byte spans of the sentences of `text`, in order, trimmed of surrounding white space,
/// never empty, never overlapping, always on `char` boundaries.
///
/// Language-neutral: English abbreviations and sentence openers, plus only those rules of
/// other languages that local evidence makes safe for any text (CJK full stops, Cyrillic and
/// Greek abbreviations, German ordinals after "am", "im", … or before "Februar", German
/// abbreviations that are no English word). When the language is known, use
/// [`split_sentences_in`].
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut sc = Scanner::new(text, None);
    sc.run();
    sc.spans()
}

/// [`split_sentences`] for a text in `language`: its abbreviations ("z. B.", "bzw.", "M.",
/// "Sra.", "т. е."), its sentence openers, its ordinal numbers ("am 19. Februar", "den 5.
/// maj") and its quotation marks. [`Language::Other`] is the language-neutral
/// [`split_sentences`]. Same guarantees: byte spans into `text`, in order, trimmed, never
/// empty, on `char` boundaries.
pub fn split_sentences_in(text: &str, language: Language) -> Vec<Range<usize>> {
    let mut sc = Scanner::new(text, Some(language));
    sc.run();
    sc.spans()
}

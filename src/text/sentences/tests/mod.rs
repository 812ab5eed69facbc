//! Exact expected segmentations, by rule family.

mod abbreviations;
mod cjk;
mod edge;
mod golden;
mod languages;
mod lists;
mod neutral;
mod numbers;
mod paragraphs;
mod punctuation;
mod scripts;

use super::split_sentences;

pub(super) fn split(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[track_caller]
pub(super) fn check(text: &str, expected: &[&str]) {
    assert_eq!(split(text), expected, "input: {text:?}");
}

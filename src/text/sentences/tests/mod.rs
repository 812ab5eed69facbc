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
mod pysbd_da;
mod pysbd_de;
mod pysbd_es;
mod pysbd_it;
mod pysbd_other;
mod pysbd_ru;
mod scripts;

use super::{split_sentences, split_sentences_in};
use crate::text::Language;

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

/// Checks every case in `lang` and reports all the failures at once: how many of the cases
/// pass, then each failing input with the expected and the actual sentences.
#[track_caller]
pub(super) fn golden_in(lang: Language, cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let got: Vec<&str> = split_sentences_in(text, lang)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        if got != *expected {
            failures.push(format!(
                "{text:?}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{lang:?}: {}/{} pass\n{}",
        cases.len() - failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

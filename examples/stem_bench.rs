//! Compares `nutgraf::text::porter2::stem_english` with `rust-stemmers`' English stemmer on
//! the vocabulary of `tests/data/porter2-words.txt` (or the file given as the argument):
//! checks that they agree on every word, then prints nanoseconds per word for each.
//!
//! `cargo run --release --example stem_bench [WORDS_FILE]`

use std::hint::black_box;
use std::time::{Duration, Instant};

use nutgraf::text::porter2::stem_english;
use rust_stemmers::{Algorithm, Stemmer};

const ROUNDS: usize = 15;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/porter2-words.txt").to_string()
    });
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let words: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    let stemmer = Stemmer::create(Algorithm::English);

    let mut out = String::new();
    let mut differ = 0;
    for &word in &words {
        stem_english(word, &mut out);
        let reference = stemmer.stem(word);
        if out != reference {
            differ += 1;
            eprintln!("{word:?}: porter2 {out:?} != rust-stemmers {reference:?}");
        }
    }
    assert_eq!(differ, 0, "{differ} words differ");

    // Alternate the two, round by round, and keep each one's best round.
    let mut best_ours = Duration::MAX;
    let mut best_reference = Duration::MAX;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        let mut total = 0usize;
        for &word in &words {
            stem_english(black_box(word), &mut out);
            total += out.len();
        }
        black_box(total);
        best_ours = best_ours.min(start.elapsed());

        let start = Instant::now();
        let mut total = 0usize;
        for &word in &words {
            total += stemmer.stem(black_box(word)).len();
        }
        black_box(total);
        best_reference = best_reference.min(start.elapsed());
    }

    let per_word = |d: Duration| d.as_nanos() as f64 / words.len() as f64;
    let (ours, reference) = (per_word(best_ours), per_word(best_reference));
    println!("{} words from {path}, all stems identical", words.len());
    println!("porter2::stem_english  {ours:8.1} ns/word");
    println!("rust-stemmers English  {reference:8.1} ns/word");
    println!("speed-up               {:8.1}x", reference / ours);
}

#![no_main]
//! The fast English stemmer gives exactly what rust-stemmers (its definition) gives; no panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let word = String::from_utf8_lossy(data);
    let mut fast = String::new();
    nutgraf::text::porter2::stem_english(&word, &mut fast);
    let reference = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    assert_eq!(fast, reference.stem(&word), "{word:?}");
});

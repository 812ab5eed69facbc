#![no_main]
//! Segmentation, language-neutral and in every language: spans in order, trimmed, non-empty,
//! on char boundaries, keeping every non-white-space character; no panic. The first byte picks
//! the language for `split_sentences_in`.
use libfuzzer_sys::fuzz_target;
use nutgraf::text::{split_sentences, split_sentences_in, Language};

const CODES: [&str; 22] = [
    "ar", "da", "nl", "en", "fi", "fr", "de", "el", "hu", "it", "no", "pt", "ro", "ru", "es", "sv",
    "ta", "tr", "zh", "ja", "ko", "und",
];

fn check(text: &str, spans: &[std::ops::Range<usize>]) {
    let mut last = 0;
    let mut kept = 0;
    for r in spans {
        assert!(r.start >= last && r.start < r.end, "{r:?}");
        let s = text.get(r.clone()).expect("char boundaries");
        assert_eq!(s, s.trim());
        kept += s.chars().filter(|c| !c.is_whitespace()).count();
        last = r.end;
    }
    assert_eq!(kept, text.chars().filter(|c| !c.is_whitespace()).count());
}

fuzz_target!(|data: &[u8]| {
    let (lang, rest) = match data.split_first() {
        Some((&b, rest)) => (
            Language::from_code(CODES[b as usize % CODES.len()]).unwrap_or(Language::Other),
            rest,
        ),
        None => (Language::Other, data),
    };
    let text = String::from_utf8_lossy(rest);
    check(&text, &split_sentences(&text));
    check(&text, &split_sentences_in(&text, lang));
});

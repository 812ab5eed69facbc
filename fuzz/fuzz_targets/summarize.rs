#![no_main]
//! The whole engine on arbitrary input, at an adaptive and a word budget: picks are valid spans
//! in document order, a word budget is a ceiling, both renderings work; no panic.
use libfuzzer_sys::fuzz_target;
use nutgraf::article::{Article, Format};
use nutgraf::summarize::{summarize, Budget, Options, Scope};
use nutgraf::text::words::count_words;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = Article::parse(&text, Format::Markdown);
    let words = Options {
        budget: Budget::Words(7),
        language: None,
    };
    let w = summarize(&a, &text, Scope::Article, &words);
    assert!(count_words(&w.text()) <= 7, "{:?}", w.text());
    let _ = w.markdown(&a, &text);
    let s = summarize(&a, &text, Scope::Article, &Options::default());
    let _ = s.markdown(&a, &text);
    let mut prev = None;
    for p in &s.picks {
        assert!(text.get(p.span.clone()).is_some());
        assert!(prev.is_none_or(|q| q < p.sentence));
        prev = Some(p.sentence);
    }
});

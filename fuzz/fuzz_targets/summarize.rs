#![no_main]
//! The whole engine on arbitrary input: picks are valid spans in document order; no panic.
use libfuzzer_sys::fuzz_target;
use nutgraf::article::{Article, Format};
use nutgraf::summarize::{summarize, Options, Scope};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = Article::parse(&text, Format::Markdown);
    let s = summarize(&a, &text, Scope::Article, &Options::default());
    let mut prev = None;
    for p in &s.picks {
        assert!(text.get(p.span.clone()).is_some());
        assert!(prev.is_none_or(|q| q < p.sentence));
        prev = Some(p.sentence);
    }
});

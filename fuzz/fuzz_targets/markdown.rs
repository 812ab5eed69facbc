#![no_main]
//! Markdown and plain-text structure: every span a byte range of the input; no panic.
use libfuzzer_sys::fuzz_target;
use nutgraf::article::{Article, Format};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for format in [Format::Markdown, Format::Plain] {
        let a = Article::parse(&text, format);
        for s in &a.sentences {
            assert!(text.get(s.span.clone()).is_some());
            assert!(s.block < a.blocks.len());
        }
        for b in &a.blocks {
            assert!(text.get(b.span.clone()).is_some());
        }
        for sec in &a.sections {
            assert!(text.get(sec.span.clone()).is_some());
        }
        for sb in &a.summaries {
            assert!(text.get(sb.span.clone()).is_some());
        }
        if let Some(m) = &a.author_summary {
            assert!(text.get(m.span.clone()).is_some());
        }
        for s in &a.sentences {
            let _ = a.quote_markdown(&text, s.span.clone());
        }
    }
});

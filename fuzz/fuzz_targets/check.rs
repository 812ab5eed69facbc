#![no_main]
//! The checker on arbitrary input: the first line is the summary, the rest the article (parsed
//! as Markdown and as plain text). Scores stay in [0, 1], finding spans are valid spans of the
//! summary with its text, support indices are article sentences; no panic.
use libfuzzer_sys::fuzz_target;
use nutgraf::article::{Article, Format};
use nutgraf::check::check;
use nutgraf::text::Language;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (summary, doc) = text.split_once('\n').unwrap_or((&text, &text));
    for format in [Format::Markdown, Format::Plain] {
        let a = Article::parse(doc, format);
        for lang in [None, Some(Language::English), Some(Language::German)] {
            let r = check(&a, doc, summary, lang);
            assert!((0.0..=1.0).contains(&r.score), "{}", r.score);
            for f in &r.findings {
                assert_eq!(summary.get(f.span.clone()), Some(f.text.as_str()));
                assert!(f.support.is_none_or(|s| s < a.sentences.len()));
            }
            for s in &r.sentences {
                assert!(summary.get(s.span.clone()).is_some());
                assert!((0.0..=1.0).contains(&s.score));
            }
        }
        if let Some(s) = &a.author_summary {
            let r = check(&a, doc, &s.text, None);
            assert!((0.0..=1.0).contains(&r.score));
        }
    }
});

//! Invariants of the pure core on arbitrary input: no panics, every span a byte range of the
//! input on char boundaries, sentence text drawn from its span, summaries in document order.

use nutgraf::article::{Article, Format};
use nutgraf::summarize::{summarize, Budget, Options, Scope};
use proptest::prelude::*;

fn check(doc: &str, format: Format) {
    let a = Article::parse(doc, format);
    let mut last_end = 0;
    for s in &a.sentences {
        let src = doc
            .get(s.span.clone())
            .expect("sentence span on char boundaries");
        assert!(
            s.span.start >= last_end,
            "sentences in order, not overlapping"
        );
        last_end = s.span.end;
        assert!(!src.trim().is_empty());
        if format == Format::Plain {
            assert_eq!(
                nutgraf::article::fold_space(src),
                s.text,
                "plain sentence text is its span"
            );
        }
        let b = &a.blocks[s.block];
        assert!(b.span.start <= s.span.start && s.span.end <= b.span.end);
    }
    for b in &a.blocks {
        assert!(doc.get(b.span.clone()).is_some());
    }
    for sec in &a.sections {
        assert!(doc.get(sec.span.clone()).is_some());
        assert!(sec.blocks.end <= a.blocks.len());
    }
    for sb in &a.summaries {
        assert!(doc.get(sb.span.clone()).is_some());
    }
    let language = Some(nutgraf::text::Language::detect(doc));
    let mut runs: Vec<(Budget, Scope)> = [
        Budget::Auto,
        Budget::Sentences(2),
        Budget::Words(12),
        Budget::Ratio(0.5),
    ]
    .into_iter()
    .map(|b| (b, Scope::Article))
    .collect();
    for scope in [
        Scope::Range(0..doc.len() / 2),
        Scope::Range(doc.len()..0),
        Scope::Block(usize::MAX),
        Scope::Section(usize::MAX),
    ]
    .into_iter()
    .chain((0..a.sections.len().min(2)).map(Scope::Section))
    .chain((0..a.blocks.len().min(2)).map(Scope::Block))
    {
        runs.push((Budget::Auto, scope));
    }
    {
        for (budget, scope) in runs {
            let opts = Options { budget, language };
            let s = summarize(&a, doc, scope, &opts);
            let mut prev = None;
            for p in &s.picks {
                assert!(
                    doc.get(p.span.clone()).is_some(),
                    "pick span on char boundaries"
                );
                assert!((0.0..=1.0).contains(&p.score));
                assert!(prev.is_none_or(|q| q < p.sentence), "document order");
                prev = Some(p.sentence);
                let sent = &a.sentences[p.sentence].span;
                assert!(sent.start <= p.span.start && p.span.end == sent.end);
            }
            let _ = s.text();
            let _ = s.markdown(&a, doc);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(doc in "\\PC{0,400}") {
        check(&doc, Format::Plain);
        check(&doc, Format::Markdown);
    }

    #[test]
    fn prose_like_strings(doc in "([A-Z][a-z]{0,8}|[a-z]{1,8}|[0-9]{1,4}|Mr\\.|U\\.S\\.|e\\.g\\.|\\.\\.\\.|[.!?;:,\"'()\\[\\]*_#>`-]|\n|\n\n|  |。|é|🙂|\r\n){0,120}") {
        check(&doc, Format::Plain);
        check(&doc, Format::Markdown);
    }

    #[test]
    fn letter_like_strings(doc in "(Dear|Hi|Hallo|Liebe|İ|Thanks|Best regards|Sincerely|[A-ZÄÉ][a-zäé]{0,6}|[a-z]{1,6}|x[0-9]{3}|[,:!?.]| -| --|—| |  |\t|\n|\n\n|我们|它|本文|[?]){0,80}") {
        check(&doc, Format::Plain);
        check(&doc, Format::Markdown);
    }

    #[test]
    fn review_collection_like_strings(doc in "(I |My |my |me |They |It |great|love|[a-z]{1,8}|[.!?]| |\n|\n\n|\n- |\r\n|”|[)]){0,120}") {
        check(&doc, Format::Plain);
        check(&doc, Format::Markdown);
    }

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let doc = String::from_utf8_lossy(&bytes);
        check(&doc, Format::Plain);
        check(&doc, Format::Markdown);
    }
}

#[test]
fn deeply_nested_markdown() {
    let quotes = format!(
        "{} deep quote. Another sentence here.\n",
        ">".repeat(20_000)
    );
    check(&quotes, Format::Markdown);
    let lists = (0..500)
        .map(|i| format!("{}- item {i}.\n", "  ".repeat(i)))
        .collect::<String>();
    check(&lists, Format::Markdown);
}

/// The server's chunked parse of `text` equals a whole-document parse at every chunk size.
fn assert_chunked_parse_is_whole(text: &str) {
    let whole = Article::parse(text, Format::Markdown);
    for chunk in 4..64 {
        let mut cache = nutgraf::lsp::parse::ChunkCache::default();
        let chunked = cache.parse_with(text, Format::Markdown, "TL;DR", 0, chunk);
        assert_eq!(chunked, whole, "chunk size {chunk}");
    }
}

/// Found by `cargo fuzz run edits`: a line of vertical tabs is text to CommonMark, not a blank
/// line, so the server's chunker must not split a paragraph there.
#[test]
fn fuzz_regression_vertical_tab_line_is_not_blank() {
    let text = "\u{2}\0U\n\nc\0U\n\n\0\u{1}\n\u{b}\u{b}\u{b}\u{b}\u{b}\nU\n\nccKKK%K\n\n\nU\nc\0U\n\n\0\u{1}\n\u{b}\u{b}\u{b}\u{b}\u{b}\nU\n\nccKKK%K";
    assert_chunked_parse_is_whole(text);
}

/// Found by `cargo fuzz run positions`: the offset between the `\r` and `\n` of a CRLF has no
/// position of its own; it clamps to the end of its line, and that position maps back to the `\r`.
#[test]
fn fuzz_regression_offset_inside_crlf_clamps_to_line_end() {
    use nutgraf::text::{Encoding, LineIndex};
    let text = "\r\n";
    let index = LineIndex::new(text);
    for enc in [Encoding::Utf8, Encoding::Utf16] {
        assert_eq!(index.position(text, 1, enc), (0, 0));
        assert_eq!(index.offset(text, 0, 0, enc), 0);
        assert_eq!(index.position(text, 2, enc), (1, 0));
    }
}

/// Found by `cargo fuzz run edits`: a lone `\r` ends a line for CommonMark (here opening a code
/// fence that runs to the end), so the chunker must not split such a document.
#[test]
fn fuzz_regression_lone_carriage_return_lines() {
    let text = "\0\0\0\0\0\0\0\0\0\0\0\0\0Mc\\\\\\\\\\\\\\\\\\\\\r~~~\u{1f}\0\rL;\u{1f}\u{b}___\u{3}\\\\\n\nc]";
    assert_chunked_parse_is_whole(text);
}

/// Found by `cargo fuzz run edits`: `<style` followed by a vertical tab opens an HTML block that
/// runs to the end of the document; documents with vertical tabs are parsed whole.
#[test]
fn fuzz_regression_vertical_tab_after_html_tag() {
    let text = format!(
        "Q\u{1}\n<style{}`1\u{1}1\u{1}01\nVUU\nV1\n\n1\u{1}",
        "\u{b}".repeat(32)
    );
    assert_chunked_parse_is_whole(&text);
}

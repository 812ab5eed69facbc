#![no_main]
//! Incremental edits as an editor sends them: each edit's (line, column) range is converted with
//! the line index in either encoding (clamped, put in order), spliced in, and the document is
//! re-parsed through the server's chunk cache with tiny chunks. After every edit the chunked
//! parse must equal a whole-document parse of the same text; nothing may panic.
use libfuzzer_sys::fuzz_target;
use nutgraf::article::{Article, Format};
use nutgraf::lsp::parse::ChunkCache;
use nutgraf::text::{Encoding, LineIndex};

fuzz_target!(|input: (String, Vec<(u8, u8, u8, u8, String)>, bool, bool)| {
    let (mut text, edits, utf8, markdown) = input;
    let enc = if utf8 { Encoding::Utf8 } else { Encoding::Utf16 };
    let format = if markdown { Format::Markdown } else { Format::Plain };
    let mut cache = ChunkCache::default();
    for (sl, sc, el, ec, new) in edits.into_iter().take(12) {
        let index = LineIndex::new(&text);
        let a = index.offset(&text, sl as u32, sc as u32, enc);
        let b = index.offset(&text, el as u32, ec as u32, enc);
        let (a, b) = (a.min(b), a.max(b));
        assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
        text.replace_range(a..b, &new);
        let chunked = cache.parse_with(&text, format, "TL;DR", 0, 48);
        let whole = Article::parse_with_label(&text, format, "TL;DR");
        assert_eq!(chunked, whole, "chunked parse differs for {text:?}");
    }
});

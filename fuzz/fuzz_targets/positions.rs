#![no_main]
//! Position conversion: offsets → (line, column) → offsets round-trip on char boundaries in both
//! encodings; arbitrary (line, column) pairs clamp into the text; no panic.
use libfuzzer_sys::fuzz_target;
use nutgraf::text::{Encoding, LineIndex};

fuzz_target!(|input: (String, Vec<(u32, u32)>)| {
    let (text, probes) = input;
    let index = LineIndex::new(&text);
    for enc in [Encoding::Utf8, Encoding::Utf16] {
        for (offset, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            // Between the \r and \n of a CRLF there is no position: it clamps to the line end.
            if offset > 0 && text[..offset].ends_with('\r') && text[offset..].starts_with('\n') {
                continue;
            }
            let (line, col) = index.position(&text, offset, enc);
            assert_eq!(index.offset(&text, line, col, enc), offset, "round trip at {offset}");
        }
        for &(line, col) in &probes {
            let o = index.offset(&text, line, col, enc);
            assert!(o <= text.len() && text.is_char_boundary(o));
        }
    }
});

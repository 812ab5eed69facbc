#![no_main]
//! Segmentation: spans in order, trimmed, non-empty, on char boundaries; no panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut last = 0;
    for r in nutgraf::text::split_sentences(&text) {
        assert!(r.start >= last && r.start < r.end, "{r:?}");
        let s = text.get(r.clone()).expect("char boundaries");
        assert_eq!(s, s.trim());
        last = r.end;
    }
});

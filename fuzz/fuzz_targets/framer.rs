#![no_main]
//! The LSP framer on arbitrary bytes, read in arbitrary pieces: no panic; everything it passes
//! on is one well-framed message the protocol layer decodes; what it holds stays bounded; the
//! pieces do not change what comes out; and a valid message after the garbage is passed on.
//!
//! Bytes 0xF0–0xF7 of the garbage stand for header and message pieces (see `expand`), so the
//! fuzzer reaches headers and bodies instead of spending its time on junk.
use libfuzzer_sys::fuzz_target;
use nutgraf::lsp::framer::{decodes, frame, Framer, MAX_HEADER_BYTES};

const MAX: usize = 2048;
const GOOD: &[u8] = br#"{"jsonrpc":"2.0","id":424242,"method":"textDocument/hover","params":{"position":{"line":0,"character":0}}}"#;

/// The garbage with its token bytes expanded.
fn expand(garbage: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(garbage.len() * 2);
    for &b in garbage {
        match b {
            0xF0 => out.extend_from_slice(b"Content-Length: "),
            0xF1 => out.extend_from_slice(b"\r\n"),
            0xF2 => out.extend_from_slice(b"\r\n\r\n"),
            0xF3 => out.extend_from_slice(&frame(GOOD)),
            0xF4 => out.extend_from_slice(br#"{"jsonrpc":"2.0","id":"#),
            0xF5 => out.extend_from_slice(b"Content-Length: 12\r\n\r\n"),
            0xF6 => out.extend_from_slice(br#""method":"x"}"#),
            0xF7 => out.extend_from_slice(b"content-length:"),
            _ => out.push(b),
        }
    }
    out
}

/// Feeds `input` in pieces of the given sizes (cycled), returning the frames.
fn run(input: &[u8], sizes: &[usize]) -> Vec<Vec<u8>> {
    let mut f = Framer::new(MAX);
    let mut out = Vec::new();
    let (mut at, mut k) = (0, 0);
    while at < input.len() {
        let n = sizes
            .get(k % sizes.len().max(1))
            .copied()
            .unwrap_or(input.len())
            .max(1);
        let piece = &input[at..(at + n).min(input.len())];
        at += piece.len();
        k += 1;
        f.push(piece);
        while let Some(fr) = f.next_frame() {
            out.push(fr);
        }
        assert!(
            f.buffered() <= MAX + MAX_HEADER_BYTES + piece.len(),
            "holds {} bytes",
            f.buffered()
        );
    }
    out
}

fuzz_target!(|input: (Vec<u8>, Vec<u8>)| {
    let (garbage, sizes) = input;
    let sizes: Vec<usize> = sizes
        .iter()
        .map(|&s| usize::from(s % 64) + 1)
        .take(16)
        .collect();
    let garbage = expand(&garbage);
    let mut bytes = garbage.clone();
    bytes.extend_from_slice(&frame(GOOD));
    let pieces = run(&bytes, &sizes);
    for fr in &pieces {
        let s = &fr[..];
        let sep = s
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a header");
        let head = std::str::from_utf8(&s[..sep]).expect("ASCII header");
        let n: usize = head
            .strip_prefix("Content-Length: ")
            .expect("one header")
            .parse()
            .unwrap();
        let body = &s[sep + 4..];
        assert_eq!(body.len(), n);
        assert!(decodes(body), "{:?}", String::from_utf8_lossy(body));
    }
    assert_eq!(
        pieces.last().map(Vec::as_slice),
        Some(&frame(GOOD)[..]),
        "the valid message after {garbage:?}"
    );
    assert_eq!(pieces, run(&bytes, &[]), "pieces change the output");
});

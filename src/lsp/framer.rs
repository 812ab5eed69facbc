//! LSP framing of an untrusted byte stream (stdin).
//!
//! `tower-lsp-server` frames with `tokio_util`'s `FramedRead`, which ends the session after the
//! first message it cannot decode. The [`Framer`] stands in front of it and hands on only
//! messages that decode as the protocol layer decodes them; anything else becomes a
//! [`INVALID_MESSAGE`] request (see [`super::lifecycle`]) that is answered with the JSON-RPC
//! error: Parse error (id null) for bad framing or bad JSON, Invalid Request for JSON that is
//! not a request or response (with the message's id when it is an integer or a string, else
//! null — an id like `1.5` could not be decoded either).
//!
//! Framing rules (the spirit of `tower-lsp-server`'s own codec, which skips to the next
//! `Content-Length` after a bad header, made strict enough that a bad header can never swallow
//! the messages after it):
//! - a header block is lines `Name: value` ending with an empty line (CRLF or LF); exactly one
//!   `Content-Length` (duplicates must agree), digits only, checked arithmetic, at most
//!   `max` bytes (64 MiB by default); other headers are ignored;
//! - the body is scanned as it arrives ([`super::jsonscan`]): as soon as it stops being one
//!   JSON value, or is not one complete value at its declared length, the length was wrong;
//! - after any bad header or body, the framer reports it once, then resynchronises on the next
//!   `Content-Length` (the search starts inside the bad header, and at the start of a bad body,
//!   so a well-formed message right after garbage is found).
//!
//! Buffered bytes never exceed one message (at most `max`) plus one read.

use serde::Deserialize;
use serde_json::{json, Value};
use tower_lsp_server::jsonrpc::{Request, Response};
use tracing::{debug, error, warn};

use super::jsonscan::{JsonScan, Verdict};

/// The method the replacement of an undecodable message calls.
pub const INVALID_MESSAGE: &str = "nutgraf/invalidMessage";
/// The default limit on one message's body.
pub const DEFAULT_MAX_MESSAGE_BYTES: usize = 64 << 20;
/// A header block longer than this is junk (real ones are under 100 bytes).
pub const MAX_HEADER_BYTES: usize = 8 * 1024;
const NAME: &[u8] = b"content-length";
const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;

/// What `tower-lsp-server` decodes a message as.
#[derive(Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
enum Message {
    Response(Response),
    Request(Request),
}

/// Whether the protocol layer can decode `body`.
pub fn decodes(body: &[u8]) -> bool {
    serde_json::from_slice::<Message>(body).is_ok()
}

/// `body` with a `Content-Length` header.
pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

enum State {
    /// Looking for the next `Content-Length` (after bad input).
    Seek,
    /// At the start of a header block.
    Header,
    /// In a body of `len` bytes starting at `pos`, `scanned` of them checked.
    Body {
        len: usize,
        scanned: usize,
        scan: JsonScan,
    },
}

/// Splits a byte stream into LSP messages.
pub struct Framer {
    buf: Vec<u8>,
    /// Start of the unconsumed bytes in `buf`.
    pos: usize,
    state: State,
    max: usize,
    /// Set after a report; cleared by the next good message: one report per bad stretch.
    quiet: bool,
}

impl Default for Framer {
    fn default() -> Self {
        Framer::new(DEFAULT_MAX_MESSAGE_BYTES)
    }
}

/// A header block, parsed.
enum Block {
    /// Not complete yet (and nothing wrong so far).
    Incomplete,
    /// `header_len` bytes of headers declaring a body of `len` bytes.
    Ok {
        header_len: usize,
        len: usize,
    },
    Bad(String),
}

fn find_name(hay: &[u8]) -> Option<usize> {
    memchr::memchr2_iter(b'c', b'C', hay)
        .find(|&i| hay.len() - i >= NAME.len() && hay[i..i + NAME.len()].eq_ignore_ascii_case(NAME))
}

/// Whether `b` may appear in a header name (an HTTP token).
fn is_token(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// The length a `Content-Length` value declares: digits only, without overflow.
fn parse_length(v: &[u8]) -> Result<usize, String> {
    let shown = String::from_utf8_lossy(&v[..v.len().min(40)]).into_owned();
    if v.is_empty() || !v.iter().all(u8::is_ascii_digit) {
        return Err(format!("Content-Length {shown:?} is not a number of bytes"));
    }
    v.iter()
        .try_fold(0usize, |n, &d| {
            n.checked_mul(10)?.checked_add(usize::from(d - b'0'))
        })
        .ok_or_else(|| format!("Content-Length {shown} is out of range"))
}

/// Parses the header block at the start of `data` (which starts with a non-blank byte).
fn parse_block(data: &[u8]) -> Block {
    let mut len: Option<usize> = None;
    let data = &data[..data.len().min(MAX_HEADER_BYTES)];
    let mut at = 0;
    loop {
        let rest = &data[at..];
        let Some(nl) = memchr::memchr(b'\n', rest) else {
            // An incomplete line (its `\r` may be in): already bad if its name is.
            let part = rest.strip_suffix(b"\r").unwrap_or(rest);
            let name = &part[..memchr::memchr(b':', part).unwrap_or(part.len())];
            if !name.iter().copied().all(is_token) {
                return Block::Bad("a header line that is not `Name: value`".into());
            }
            if data.len() >= MAX_HEADER_BYTES {
                return Block::Bad(format!("no end of headers within {MAX_HEADER_BYTES} bytes"));
            }
            return Block::Incomplete;
        };
        let line = &rest[..nl];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        at += nl + 1;
        if line.is_empty() {
            return match len {
                Some(len) => Block::Ok {
                    header_len: at,
                    len,
                },
                None => Block::Bad("a message without a Content-Length header".into()),
            };
        }
        let Some(colon) = memchr::memchr(b':', line) else {
            return Block::Bad("a header line that is not `Name: value`".into());
        };
        let (name, value) = (&line[..colon], &line[colon + 1..]);
        let value = value.trim_ascii();
        if name.is_empty()
            || !name.iter().copied().all(is_token)
            || !value
                .iter()
                .all(|&b| b == b'\t' || (b' '..=b'~').contains(&b))
        {
            return Block::Bad("a header line that is not `Name: value`".into());
        }
        if name.eq_ignore_ascii_case(NAME) {
            let n = match parse_length(value) {
                Ok(n) => n,
                Err(e) => return Block::Bad(e),
            };
            if len.is_some_and(|l| l != n) {
                return Block::Bad("conflicting Content-Length headers".into());
            }
            len = Some(n);
        } else if find_name(line).is_some() {
            // Another header's text holding `Content-Length`: most likely the start of the
            // next message glued to junk.
            return Block::Bad("Content-Length inside another header line".into());
        } else {
            debug!(
                "header {:?} ignored",
                String::from_utf8_lossy(&name[..name.len().min(40)])
            );
        }
    }
}

/// An `id` the protocol layer can decode (an integer or a string), else null.
fn usable_id(v: &Value) -> Value {
    match v.get("id") {
        Some(Value::Number(n)) if n.is_i64() => Value::Number(n.clone()),
        Some(Value::String(s)) => Value::String(s.clone()),
        _ => Value::Null,
    }
}

/// The request that stands for a message that cannot be passed on.
fn replacement(code: i64, id: Value, message: String) -> Vec<u8> {
    let msg = json!({
        "jsonrpc": "2.0",
        "id": id,
        "method": INVALID_MESSAGE,
        "params": {"code": code, "message": message},
    });
    frame(msg.to_string().as_bytes())
}

/// What to pass on for a complete body: the message itself, or its replacement.
fn check_body(body: &[u8]) -> Vec<u8> {
    if decodes(body) {
        return frame(body);
    }
    let (code, id, message) = match serde_json::from_slice::<Value>(body) {
        Ok(v) => {
            let id = usable_id(&v);
            let why = match v.get("id") {
                Some(x) if !x.is_null() && id.is_null() => {
                    "the id is neither an integer nor a string".to_string()
                }
                _ => "not a JSON-RPC 2.0 request, notification or response".to_string(),
            };
            (INVALID_REQUEST, id, format!("Invalid request: {why}"))
        }
        Err(e) => (PARSE_ERROR, Value::Null, format!("Parse error: {e}")),
    };
    warn!("{message}");
    replacement(code, id, message)
}

impl Framer {
    /// A framer refusing bodies over `max` bytes.
    pub fn new(max: usize) -> Framer {
        Framer {
            buf: Vec::new(),
            pos: 0,
            state: State::Header,
            max,
            quiet: false,
        }
    }

    pub fn push(&mut self, bytes: &[u8]) {
        if self.pos > 0 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        // Do not keep the capacity of one huge message for the rest of the session.
        if self.buf.capacity() > (1 << 20) && self.buf.len() < self.buf.capacity() / 4 {
            self.buf.shrink_to(self.buf.len().max(64 * 1024));
        }
        self.buf.extend_from_slice(bytes);
    }

    /// Bytes held (for tests: the buffer stays bounded).
    pub fn buffered(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// Reports bad input once per bad stretch (the log always), and starts looking for the
    /// next message at `resume`.
    fn bad(&mut self, why: &str, resume: usize) -> Option<Vec<u8>> {
        self.pos = resume;
        self.state = State::Seek;
        if self.quiet {
            debug!("bad LSP framing (again): {why}");
            return None;
        }
        self.quiet = true;
        warn!("bad LSP framing: {why}; skipping to the next Content-Length header");
        Some(replacement(
            PARSE_ERROR,
            Value::Null,
            format!("Parse error: {why}"),
        ))
    }

    /// The next complete message, re-framed (or its replacement), if there is one.
    pub fn next_frame(&mut self) -> Option<Vec<u8>> {
        loop {
            match &mut self.state {
                State::Seek => match find_name(&self.buf[self.pos..]) {
                    Some(i) => {
                        self.pos += i;
                        self.state = State::Header;
                    }
                    None => {
                        // Keep what may be the start of a name cut by the read.
                        let keep = NAME.len() - 1;
                        self.pos = self.pos.max(self.buf.len().saturating_sub(keep));
                        return None;
                    }
                },
                State::Header => {
                    let blank = self.buf[self.pos..]
                        .iter()
                        .take_while(|&&b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
                        .count();
                    self.pos += blank;
                    if self.pos == self.buf.len() {
                        return None;
                    }
                    match parse_block(&self.buf[self.pos..]) {
                        Block::Incomplete => return None,
                        Block::Bad(why) => {
                            if let Some(r) = self.bad(&why, self.pos + 1) {
                                return Some(r);
                            }
                        }
                        Block::Ok { len, .. } if len > self.max => {
                            let why = format!(
                                "a message of {len} bytes is over the limit of {} bytes (NUTGRAF_MAX_MESSAGE_BYTES)",
                                self.max
                            );
                            error!("{why}: refused");
                            if let Some(r) = self.bad(&why, self.pos + 1) {
                                return Some(r);
                            }
                        }
                        Block::Ok { header_len, len } => {
                            self.pos += header_len;
                            if len > 0 {
                                self.state = State::Body {
                                    len,
                                    scanned: 0,
                                    scan: JsonScan::default(),
                                };
                            }
                        }
                    }
                }
                State::Body { len, scanned, scan } => {
                    let len = *len;
                    let have = (self.buf.len() - self.pos).min(len);
                    let fed = scan.feed(&self.buf[self.pos + *scanned..self.pos + have]);
                    *scanned = have;
                    let verdict = scan.verdict();
                    if fed.is_err() {
                        let why = "the body is not JSON of the length its Content-Length says";
                        if let Some(r) = self.bad(why, self.pos) {
                            return Some(r);
                        }
                        continue;
                    }
                    if have < len {
                        return None;
                    }
                    match verdict {
                        Verdict::Empty => {
                            self.pos += len;
                            self.state = State::Header;
                        }
                        Verdict::Partial => {
                            if let Some(r) = self.bad("the body ends inside a JSON value", self.pos)
                            {
                                return Some(r);
                            }
                        }
                        Verdict::Complete => {
                            let body = &self.buf[self.pos..self.pos + len];
                            let out = check_body(body);
                            self.pos += len;
                            self.state = State::Header;
                            self.quiet = false;
                            return Some(out);
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bodies that come out for `input` fed in pieces of `step` bytes.
    fn bodies_by(input: &[u8], step: usize) -> Vec<Value> {
        let mut f = Framer::new(1 << 20);
        let mut out = Vec::new();
        for piece in input.chunks(step) {
            f.push(piece);
            while let Some(fr) = f.next_frame() {
                let s = String::from_utf8(fr).unwrap();
                let (_, body) = s.split_once("\r\n\r\n").unwrap();
                assert!(decodes(body.as_bytes()), "{body}");
                out.push(serde_json::from_str(body).unwrap());
            }
        }
        out
    }

    /// The same for pieces of 7 bytes and all at once (they must agree).
    fn bodies(input: &[u8]) -> Vec<Value> {
        let a = bodies_by(input, 7);
        assert_eq!(a, bodies_by(input, input.len().max(1)));
        a
    }

    fn msg(id: i64) -> Vec<u8> {
        let body = format!(
            r#"{{"jsonrpc":"2.0","id":{id},"method":"textDocument/hover","params":{{"x":"é"}}}}"#
        );
        frame(body.as_bytes())
    }

    fn with(parts: &[&[u8]]) -> Vec<u8> {
        parts.concat()
    }

    /// (method or "error code", id) of each output.
    fn kinds(out: &[Value]) -> Vec<(String, Value)> {
        out.iter()
            .map(|v| {
                let m = v["method"].as_str().unwrap_or("").to_string();
                if m == INVALID_MESSAGE {
                    (v["params"]["code"].to_string(), v["id"].clone())
                } else {
                    (m, v["id"].clone())
                }
            })
            .collect()
    }

    #[test]
    fn good_messages_pass_and_bad_ones_become_errors() {
        let good = r#"{"jsonrpc":"2.0","id":1,"method":"hover","params":{"x":"é"}}"#;
        let mut input = frame(good.as_bytes());
        input.extend_from_slice(b"Content-Length: 12\r\n\r\n{not json!!}");
        let bad_id = r#"{"jsonrpc":"2.0","id":7,"method":5}"#;
        input.extend_from_slice(format!("Content-Length: {}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{bad_id}", bad_id.len()).as_bytes());
        input.extend_from_slice(b"Garbage-Header: 1\r\n\r\n");
        input.extend_from_slice(format!("Content-Length: {}\n\n{good}", good.len()).as_bytes());
        let out = bodies(&input);
        assert_eq!(out.len(), 5, "{out:?}");
        assert_eq!(out[0]["params"]["x"], "é");
        assert_eq!(out[1]["method"], INVALID_MESSAGE);
        assert_eq!(out[1]["params"]["code"], -32700);
        assert_eq!(out[1]["id"], Value::Null);
        assert_eq!(out[2]["params"]["code"], -32600);
        assert_eq!(out[2]["id"], 7);
        assert_eq!(out[3]["params"]["code"], -32700);
        assert_eq!(out[4]["id"], 1);
    }

    #[test]
    fn ids_that_cannot_be_decoded_become_null() {
        for id in ["1.5", "7.0", "9223372036854775808", "[1]", "{}", "true"] {
            let body = format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"textDocument/hover"}}"#);
            let out = bodies(&with(&[&frame(body.as_bytes()), &msg(2)]));
            assert_eq!(
                kinds(&out),
                [
                    ("-32600".to_string(), Value::Null),
                    ("textDocument/hover".into(), json!(2))
                ],
                "{id}"
            );
        }
        let response = br#"{"jsonrpc":"2.0","id":3.5,"result":null}"#;
        let out = bodies(&with(&[&frame(response), &msg(2)]));
        assert_eq!(out[0]["id"], Value::Null);
        assert_eq!(out[1]["id"], 2);
    }

    #[test]
    fn bad_headers_resynchronise_on_the_next_message() {
        let body = br#"{"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{}}"#;
        let n = body.len();
        let cases: Vec<(&str, Vec<u8>)> = vec![
            (
                "overflow",
                with(&[b"Content-Length: 18446744073709551615\r\n\r\n{}"]),
            ),
            (
                "beyond usize",
                with(&[b"Content-Length: 99999999999999999999999\r\n\r\n"]),
            ),
            (
                "over the limit",
                with(&[b"Content-Length: 1000000000000\r\n\r\n", body]),
            ),
            (
                "a byte short",
                with(&[
                    format!("Content-Length: {}\r\n\r\n", n - 1).as_bytes(),
                    body,
                ]),
            ),
            (
                "a byte long",
                with(&[
                    format!("Content-Length: {}\r\n\r\n", n + 1).as_bytes(),
                    body,
                ]),
            ),
            (
                "much too long",
                with(&[b"Content-Length: 500000\r\n\r\n", body]),
            ),
            ("negative", with(&[b"Content-Length: -5\r\n\r\n", body])),
            ("missing", with(&[b"Content-Type: x\r\n\r\n", body])),
            (
                "duplicated",
                with(&[
                    format!("Content-Length: 3\r\nContent-Length: {n}\r\n\r\n").as_bytes(),
                    body,
                ]),
            ),
            (
                "NUL bytes",
                with(&[
                    b"\0\0\0",
                    b"Content-Length: 9\r\n\r\n",
                    b"\0\0\0\0\0\0\0\0\0",
                ]),
            ),
            (
                "NUL in value",
                with(&[b"Content-Length: 5\0\r\n\r\n", body]),
            ),
            ("junk", b"hello world\r\n\r\n".to_vec()),
            ("cut header", b"Content-Len".to_vec()),
            (
                "cut header line",
                b"Content-Length: 40\r\nX-Foo: y".to_vec(),
            ),
            (
                "open body",
                b"Content-Length: 40\r\n\r\n{\"a\":\"open".to_vec(),
            ),
            ("open body 2", b"Content-Length: 40\r\n\r\n[1, 2".to_vec()),
        ];
        for (name, bad) in cases {
            let input = with(&[&msg(1), &bad, &msg(2), &msg(3)]);
            let out = bodies(&input);
            let k = kinds(&out);
            let ids: Vec<&Value> = k
                .iter()
                .filter(|(m, _)| m == "textDocument/hover")
                .map(|(_, id)| id)
                .collect();
            assert!(
                ids.contains(&&json!(1)) && ids.contains(&&json!(2)) && ids.contains(&&json!(3)),
                "{name}: {k:?}"
            );
            assert!(
                k.iter().any(|(m, id)| m == "-32700" && id.is_null()),
                "{name}: reported: {k:?}"
            );
            // One report per bad stretch.
            assert!(
                k.iter().filter(|(m, _)| m.starts_with('-')).count() <= 2,
                "{name}: {k:?}"
            );
        }
    }

    #[test]
    fn a_message_over_the_limit_is_refused_without_buffering_it() {
        let mut f = Framer::new(1000);
        let big = format!(
            r#"{{"jsonrpc":"2.0","method":"x","params":"{}"}}"#,
            "a".repeat(5000)
        );
        f.push(&frame(big.as_bytes()));
        let r = f.next_frame().expect("an error");
        assert!(String::from_utf8_lossy(&r).contains("over the limit"));
        assert!(f.next_frame().is_none());
        assert!(f.buffered() < 20, "{}", f.buffered());
        f.push(&msg(9));
        let out = f.next_frame().expect("the next message");
        assert!(String::from_utf8_lossy(&out).contains("\"id\":9"));
    }

    #[test]
    fn junk_without_headers_is_dropped() {
        let mut f = Framer::default();
        f.push(&vec![b'x'; MAX_HEADER_BYTES + 10]);
        while f.next_frame().is_some() {}
        assert!(f.buffered() < 20);
        let good = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        f.push(&frame(good.as_bytes()));
        assert!(f.next_frame().is_some());
    }

    #[test]
    fn blank_lines_between_messages_and_empty_bodies_are_fine() {
        let input = with(&[
            &msg(1),
            b"\r\n\r\n",
            b"Content-Length: 0\r\n\r\n",
            b"Content-Length: 2\r\n\r\n  ",
            &msg(2),
        ]);
        let out = bodies(&input);
        assert_eq!(kinds(&out).len(), 2, "{out:?}");
    }
}

//! Standard input, sanitized. `tower-lsp-server` reads with `tokio_util`'s `FramedRead`, which
//! ends the stream after the first message it cannot decode — one garbage body would end the
//! session. So a thread reads stdin, frames the messages itself, and passes on only messages
//! that decode; anything else becomes a `nutgraf/invalidMessage` request whose handler answers
//! with the JSON-RPC error (Parse error, id null; or Invalid Request with the message's id).

use std::io::Read;
use std::pin::Pin;
use std::task::{Context, Poll};

use serde::Deserialize;
use serde_json::{json, Value};
use tokio::io::{AsyncRead, ReadBuf};
use tokio::sync::mpsc;
use tower_lsp_server::jsonrpc::{Request, Response};
use tracing::warn;

/// The method the replacement of an undecodable message calls.
pub const INVALID_MESSAGE: &str = "nutgraf/invalidMessage";
/// Junk without a header end is dropped beyond this size.
const MAX_HEADER_BYTES: usize = 64 * 1024;

/// What `tower-lsp-server` decodes a message as.
#[derive(Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
enum Message {
    Response(Response),
    Request(Request),
}

/// An `AsyncRead` over the sanitized messages of stdin.
pub struct Stdin {
    rx: mpsc::Receiver<Vec<u8>>,
    cur: Vec<u8>,
    pos: usize,
}

/// Starts the reader thread.
pub fn stdin() -> Stdin {
    let (tx, rx) = mpsc::channel::<Vec<u8>>(64);
    let spawned = std::thread::Builder::new()
        .name("nutgraf-stdin".into())
        .spawn(move || {
            let mut input = std::io::stdin().lock();
            let mut framer = Framer::default();
            let mut chunk = vec![0u8; 64 * 1024];
            loop {
                let n = match input.read(&mut chunk) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                framer.push(&chunk[..n]);
                while let Some(frame) = framer.next_frame() {
                    if tx.blocking_send(frame).is_err() {
                        return;
                    }
                }
            }
        });
    if let Err(e) = spawned {
        warn!("cannot start the stdin reader: {e}");
    }
    Stdin {
        rx,
        cur: Vec::new(),
        pos: 0,
    }
}

impl AsyncRead for Stdin {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        loop {
            if self.pos < self.cur.len() {
                let n = buf.remaining().min(self.cur.len() - self.pos);
                let start = self.pos;
                buf.put_slice(&self.cur[start..start + n]);
                self.pos += n;
                return Poll::Ready(Ok(()));
            }
            match self.rx.poll_recv(cx) {
                Poll::Ready(Some(v)) => {
                    self.cur = v;
                    self.pos = 0;
                }
                Poll::Ready(None) => return Poll::Ready(Ok(())),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

/// Splits a byte stream into LSP messages.
#[derive(Default)]
pub struct Framer {
    buf: Vec<u8>,
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// The replacement for an undecodable body.
fn replacement(body: &[u8], why: &str) -> Vec<u8> {
    let parsed: Option<Value> = serde_json::from_slice(body).ok();
    let (code, id, message) = match &parsed {
        Some(v) => {
            let id = match v.get("id") {
                Some(id @ (Value::Number(_) | Value::String(_))) => id.clone(),
                _ => Value::Null,
            };
            (-32600, id, format!("Invalid request: {why}"))
        }
        None => (-32700, Value::Null, format!("Parse error: {why}")),
    };
    warn!("{message}");
    let msg = json!({
        "jsonrpc": "2.0",
        "id": id,
        "method": INVALID_MESSAGE,
        "params": {"code": code, "message": message},
    });
    frame(msg.to_string().as_bytes())
}

impl Framer {
    pub fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// The next complete message, re-framed (or its replacement), if there is one.
    pub fn next_frame(&mut self) -> Option<Vec<u8>> {
        loop {
            let head = &self.buf[..self.buf.len().min(MAX_HEADER_BYTES)];
            let (end, sep) = match (find(head, b"\r\n\r\n"), find(head, b"\n\n")) {
                (Some(a), Some(b)) if b < a => (b, 2),
                (Some(a), _) => (a, 4),
                (None, Some(b)) => (b, 2),
                (None, None) => {
                    if self.buf.len() > MAX_HEADER_BYTES {
                        // Junk: keep from the next header, if any.
                        let keep = find(&self.buf[1..], b"Content-Length")
                            .map_or(self.buf.len(), |i| i + 1);
                        self.buf.drain(..keep);
                        continue;
                    }
                    return None;
                }
            };
            let headers = String::from_utf8_lossy(&self.buf[..end]).to_string();
            let len = headers.lines().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse::<usize>().ok())
                    .flatten()
            });
            let Some(len) = len else {
                self.buf.drain(..end + sep);
                if headers.trim().is_empty() {
                    continue;
                }
                return Some(replacement(
                    b"",
                    "a message without a valid Content-Length header",
                ));
            };
            let start = end + sep;
            if self.buf.len() < start + len {
                return None;
            }
            let body: Vec<u8> = self.buf[start..start + len].to_vec();
            self.buf.drain(..start + len);
            // Do not keep the capacity of one huge message for the rest of the session.
            if self.buf.capacity() > (1 << 20) && self.buf.len() < self.buf.capacity() / 4 {
                self.buf.shrink_to(self.buf.len().max(64 * 1024));
            }
            if body.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            if std::str::from_utf8(&body).is_err() {
                return Some(replacement(&body, "the body is not UTF-8"));
            }
            return Some(match serde_json::from_slice::<Message>(&body) {
                Ok(_) => frame(&body),
                Err(e) => replacement(&body, &e.to_string()),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(input: &[u8]) -> Vec<Value> {
        let mut f = Framer::default();
        let mut out = Vec::new();
        // Feed in small pieces to exercise partial frames.
        for piece in input.chunks(7) {
            f.push(piece);
            while let Some(fr) = f.next_frame() {
                let s = String::from_utf8(fr).unwrap();
                let (_, body) = s.split_once("\r\n\r\n").unwrap();
                out.push(serde_json::from_str(body).unwrap());
            }
        }
        out
    }

    #[test]
    fn good_messages_pass_and_bad_ones_become_errors() {
        let good = r#"{"jsonrpc":"2.0","id":1,"method":"hover","params":{"x":"é"}}"#;
        let mut input = format!("Content-Length: {}\r\n\r\n{good}", good.len()).into_bytes();
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
    fn junk_without_headers_is_dropped() {
        let mut f = Framer::default();
        f.push(&vec![b'x'; MAX_HEADER_BYTES + 10]);
        assert!(f.next_frame().is_none());
        let good = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        f.push(format!("Content-Length: {}\r\n\r\n{good}", good.len()).as_bytes());
        assert!(f.next_frame().is_some());
    }
}

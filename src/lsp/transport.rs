//! Standard input, sanitized: a thread reads stdin and passes on only the messages the
//! [`Framer`](super::framer::Framer) lets through (or their replacements), so nothing on stdin
//! can end the session or make the reader panic.

use std::io::Read;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, ReadBuf};
use tokio::sync::mpsc;
use tracing::{info, warn};

use super::framer::{Framer, DEFAULT_MAX_MESSAGE_BYTES};

/// Environment variable with the largest message body accepted, in bytes.
pub const MAX_MESSAGE_ENV: &str = "NUTGRAF_MAX_MESSAGE_BYTES";

/// The message size limit: [`MAX_MESSAGE_ENV`] if it holds a positive number, else 64 MiB.
pub fn max_message_bytes() -> usize {
    match std::env::var(MAX_MESSAGE_ENV) {
        Err(_) => DEFAULT_MAX_MESSAGE_BYTES,
        Ok(v) => match v.trim().parse::<usize>() {
            Ok(n) if n > 0 => {
                info!("messages limited to {n} bytes ({MAX_MESSAGE_ENV})");
                n
            }
            _ => {
                warn!("{MAX_MESSAGE_ENV}={v:?} is not a positive number of bytes; using {DEFAULT_MAX_MESSAGE_BYTES}");
                DEFAULT_MAX_MESSAGE_BYTES
            }
        },
    }
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
    let max = max_message_bytes();
    let spawned = std::thread::Builder::new()
        .name("nutgraf-stdin".into())
        .spawn(move || {
            let mut input = std::io::stdin().lock();
            let mut framer = Framer::new(max);
            let mut chunk = vec![0u8; 64 * 1024];
            loop {
                let n = match input.read(&mut chunk) {
                    Ok(0) => break,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        warn!("reading stdin: {e}");
                        break;
                    }
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

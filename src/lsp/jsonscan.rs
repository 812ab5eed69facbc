//! An incremental check that bytes are a prefix of one JSON value, for the framer: a body that
//! stops being JSON shows that its `Content-Length` was wrong long before that many bytes
//! arrive, so the framer can resynchronise at once instead of swallowing the messages after it.
//!
//! The check is about structure only (strings, nesting, literals, number characters); whether
//! the value is valid JSON in every detail is for `serde_json` once the body is complete. It
//! rejects every byte that cannot continue a JSON text — in particular the first bytes of a
//! message header (`C` is no JSON token, and a raw line break cannot stand in a string), so a
//! header never disappears inside a body.

/// Where in a JSON text the scanner is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum At {
    /// Before the value (white space so far).
    Start,
    /// After `{`: a key or `}`.
    KeyOrEnd,
    /// After `,` in an object: a key.
    Key,
    /// After a key: `:`.
    Colon,
    /// Where a value must come (after `:` or `,` in an array).
    Value,
    /// After `[`: a value or `]`.
    ValueOrEnd,
    /// After a value in a container: `,` or the closing bracket.
    AfterValue,
    /// Inside a string (`key`: an object key).
    Str { key: bool },
    /// After a backslash in a string.
    Escape { key: bool },
    /// Inside `\uXXXX`, `left` hex digits to go.
    Hex { key: bool, left: u8 },
    /// Inside a number.
    Number,
    /// Inside `true`, `false` or `null`: the literal and how much of it was seen.
    Literal { word: &'static [u8], seen: u8 },
    /// After the value: only white space may follow.
    Done,
}

/// The scanner's verdict on the bytes so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Only white space so far.
    Empty,
    /// A prefix of a JSON value, not complete yet.
    Partial,
    /// One complete JSON value (white space may follow).
    Complete,
}

/// Incremental JSON prefix scanner. Nesting is kept as a bit stack, so memory is one bit per
/// open bracket.
#[derive(Clone, Debug)]
pub struct JsonScan {
    at: At,
    /// One bit per open container: 1 for an object, 0 for an array.
    stack: Vec<u64>,
    depth: usize,
}

impl Default for JsonScan {
    fn default() -> Self {
        JsonScan {
            at: At::Start,
            stack: Vec::new(),
            depth: 0,
        }
    }
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn is_number_byte(b: u8) -> bool {
    matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
}

impl JsonScan {
    fn push(&mut self, object: bool) {
        let (word, bit) = (self.depth / 64, self.depth % 64);
        if word == self.stack.len() {
            self.stack.push(0);
        }
        if object {
            self.stack[word] |= 1 << bit;
        } else {
            self.stack[word] &= !(1 << bit);
        }
        self.depth += 1;
    }

    /// Whether the innermost open container is an object (`None`: nothing is open).
    fn top_is_object(&self) -> Option<bool> {
        let d = self.depth.checked_sub(1)?;
        Some(self.stack[d / 64] & (1 << (d % 64)) != 0)
    }

    /// Where to go after a value ended.
    fn value_ended(&self) -> At {
        if self.depth == 0 {
            At::Done
        } else {
            At::AfterValue
        }
    }

    /// Closes the innermost container if `close` matches it.
    fn close(&mut self, close: u8) -> Result<(), ()> {
        let object = self.top_is_object().ok_or(())?;
        if object != (close == b'}') {
            return Err(());
        }
        self.depth -= 1;
        self.at = self.value_ended();
        Ok(())
    }

    /// The start of a value with first byte `b`.
    fn begin_value(&mut self, b: u8) -> Result<(), ()> {
        self.at = match b {
            b'{' => {
                self.push(true);
                At::KeyOrEnd
            }
            b'[' => {
                self.push(false);
                At::ValueOrEnd
            }
            b'"' => At::Str { key: false },
            b'-' | b'0'..=b'9' => At::Number,
            b't' => At::Literal {
                word: b"true",
                seen: 1,
            },
            b'f' => At::Literal {
                word: b"false",
                seen: 1,
            },
            b'n' => At::Literal {
                word: b"null",
                seen: 1,
            },
            _ => return Err(()),
        };
        Ok(())
    }

    /// Scans `bytes`, which continue what was scanned before. `Err(i)`: byte `i` of `bytes`
    /// cannot continue a JSON text.
    pub fn feed(&mut self, bytes: &[u8]) -> Result<(), usize> {
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            match self.at {
                At::Str { key } => {
                    // Fast path: the string's ordinary bytes.
                    let rest = &bytes[i..];
                    let n = rest
                        .iter()
                        .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
                        .unwrap_or(rest.len());
                    i += n;
                    let Some(&c) = bytes.get(i) else {
                        break;
                    };
                    match c {
                        b'"' if key => self.at = At::Colon,
                        b'"' => self.at = self.value_ended(),
                        b'\\' => self.at = At::Escape { key },
                        _ => return Err(i),
                    }
                }
                At::Escape { key } => {
                    self.at = match b {
                        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => At::Str { key },
                        b'u' => At::Hex { key, left: 4 },
                        _ => return Err(i),
                    }
                }
                At::Hex { key, left } => {
                    if !b.is_ascii_hexdigit() {
                        return Err(i);
                    }
                    self.at = if left == 1 {
                        At::Str { key }
                    } else {
                        At::Hex {
                            key,
                            left: left - 1,
                        }
                    };
                }
                At::Number => {
                    if !is_number_byte(b) {
                        // The number ended before this byte: look at it again.
                        self.at = self.value_ended();
                        continue;
                    }
                }
                At::Literal { word, seen } => {
                    if word.get(usize::from(seen)) != Some(&b) {
                        return Err(i);
                    }
                    let seen = seen + 1;
                    self.at = if usize::from(seen) == word.len() {
                        self.value_ended()
                    } else {
                        At::Literal { word, seen }
                    };
                }
                _ if is_ws(b) => {}
                At::Start | At::Value => self.begin_value(b).map_err(|_| i)?,
                At::ValueOrEnd => {
                    if b == b']' {
                        self.close(b).map_err(|_| i)?;
                    } else {
                        self.begin_value(b).map_err(|_| i)?;
                    }
                }
                At::KeyOrEnd | At::Key => match b {
                    b'"' => self.at = At::Str { key: true },
                    b'}' if self.at == At::KeyOrEnd => self.close(b).map_err(|_| i)?,
                    _ => return Err(i),
                },
                At::Colon => {
                    if b != b':' {
                        return Err(i);
                    }
                    self.at = At::Value;
                }
                At::AfterValue => match b {
                    b',' => {
                        self.at = if self.top_is_object() == Some(true) {
                            At::Key
                        } else {
                            At::Value
                        }
                    }
                    b']' | b'}' => self.close(b).map_err(|_| i)?,
                    _ => return Err(i),
                },
                At::Done => return Err(i),
            }
            i += 1;
        }
        Ok(())
    }

    /// The verdict if the text ended here (a number in progress ends with the text).
    pub fn verdict(&self) -> Verdict {
        match self.at {
            At::Start => Verdict::Empty,
            At::Done => Verdict::Complete,
            At::Number if self.depth == 0 => Verdict::Complete,
            _ => Verdict::Partial,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(chunks: &[&[u8]]) -> Result<Verdict, usize> {
        let mut s = JsonScan::default();
        let mut off = 0;
        for c in chunks {
            s.feed(c).map_err(|i| off + i)?;
            off += c.len();
        }
        Ok(s.verdict())
    }

    #[test]
    fn complete_partial_and_invalid() {
        use Verdict::*;
        let msg = br#"{"jsonrpc":"2.0","id":1,"method":"x","params":{"a":[1,-2.5e3,true,false,null,"\u00e9\n\"",{}],"b":[]}}"#;
        assert_eq!(scan(&[msg]), Ok(Complete));
        // Any split gives the same answer.
        for k in 0..msg.len() {
            assert_eq!(scan(&[&msg[..k], &msg[k..]]), Ok(Complete), "split at {k}");
            assert_ne!(scan(&[&msg[..k]]), Ok(Complete), "prefix {k}");
        }
        assert_eq!(scan(&[b"  \r\n"]), Ok(Empty));
        assert_eq!(scan(&[b"{\"a\":"]), Ok(Partial));
        assert_eq!(scan(&[b"12"]), Ok(Complete));
        assert_eq!(scan(&[b"[1] "]), Ok(Complete));
        assert_eq!(scan(&[b"{}x"]), Err(2));
        assert_eq!(scan(&[b"{]"]), Err(1));
        assert_eq!(scan(&[b"[}"]), Err(1));
        assert_eq!(scan(&[b"{\"a\" 1}"]), Err(5));
        assert_eq!(scan(&[b"tru", b"e!"]), Err(4));
        assert_eq!(scan(&[b"\"a\rb\""]), Err(2));
        assert_eq!(scan(&[b"\"\\x\""]), Err(2));
        assert_eq!(scan(&[b"\"\\u12G4\""]), Err(5));
        assert_eq!(scan(&[b"{\"a\":1,}"]), Err(7));
        assert_eq!(scan(&[b"[1,]"]), Err(3));
    }

    #[test]
    fn a_header_never_continues_a_body() {
        // Whatever state a body is in, the next message's header is rejected within its
        // first line.
        let header = b"Content-Length: 52\r\n\r\n";
        for prefix in [
            &b""[..],
            b"{",
            b"{\"a",
            b"{\"a\\",
            b"{\"a\\u",
            b"{\"a\\uC",
            b"{\"a\":",
            b"{\"a\":1",
            b"{\"a\":1e",
            b"{\"a\":t",
            b"[",
            b"[1,",
            b"{}",
            b"\"str",
            b"  ",
        ] {
            let mut s = JsonScan::default();
            s.feed(prefix).unwrap();
            let err = s.feed(header).expect_err("rejected");
            assert!(err < 20, "{prefix:?}: rejected at {err}");
        }
    }

    #[test]
    fn deep_nesting_is_cheap() {
        let deep = [b"[".repeat(100_000), b"]".repeat(100_000)].concat();
        assert_eq!(scan(&[&deep]), Ok(Verdict::Complete));
        let mut s = JsonScan::default();
        s.feed(&b"{\"a\":".repeat(1000)).unwrap();
        assert!(s.stack.len() <= 16);
    }
}

//! Line index: byte offsets ↔ (line, column) with columns in UTF-8 or UTF-16 code units, as the
//! Language Server Protocol counts them.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r` (the three terminators LSP recognises). A column
//! counts code units from the start of the line; the terminator is not part of the line.
//! Conversions never panic: a position past the end of a line clamps to the line's end, a line
//! past the end of the document clamps to the end of the document, and a column in the middle of
//! a character (half a surrogate pair, or inside a multi-byte UTF-8 sequence) clamps to the start
//! of that character.

/// Column unit negotiated with the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

impl Encoding {
    /// Code units `c` takes in this encoding.
    #[inline]
    pub fn units(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        }
    }
}

/// Start offsets of every line of one document version.
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    /// Byte offset where each line starts; `starts[0] == 0`.
    starts: Vec<usize>,
    /// Length of the text the index was built for.
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(bytes.len() / 40 + 1);
        starts.push(0);
        if !bytes.contains(&b'\r') {
            starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        } else {
            let mut i = 0;
            while i < bytes.len() {
                match bytes[i] {
                    b'\n' => starts.push(i + 1),
                    b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                    _ => {}
                }
                i += 1;
            }
        }
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    /// Number of lines (a text ending with a line break has an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Length in bytes of the text the index was built for.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Byte offset where `line` starts (the end of the text for lines past the end).
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.len)
    }

    /// The line holding byte `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Byte offset where the content of `line` ends, before its terminator.
    pub fn line_end(&self, text: &str, line: usize) -> usize {
        let Some(&start) = self.starts.get(line) else {
            return self.len.min(text.len());
        };
        let next = self
            .starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.len)
            .min(text.len());
        let bytes = text.as_bytes();
        let mut end = next.max(start);
        if end > start && bytes.get(end - 1) == Some(&b'\n') {
            end -= 1;
        }
        if end > start && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        end
    }

    /// The (line, column) of byte `offset` in `text` (the text this index was built for).
    /// Offsets past the end clamp to the end; offsets inside a character or a `\r\n` pair clamp
    /// back to the character's start or the line's end.
    pub fn position(&self, text: &str, offset: usize, enc: Encoding) -> (u32, u32) {
        let offset = floor_char_boundary(text, offset.min(self.len).min(text.len()));
        let line = self.line_of(offset);
        let start = self.line_start(line).min(offset);
        let end = self.line_end(text, line).max(start);
        let slice = text.get(start..offset.min(end)).unwrap_or("");
        (to_u32(line), to_u32(column_of(slice, enc)))
    }

    /// The byte offset of (`line`, `column`) in `text` (the text this index was built for),
    /// clamped as described in the module documentation.
    pub fn offset(&self, text: &str, line: u32, column: u32, enc: Encoding) -> usize {
        let line = line as usize;
        if line >= self.starts.len() {
            return self.len.min(text.len());
        }
        let start = self.starts[line].min(text.len());
        let end = self.line_end(text, line).max(start);
        let content = text.get(start..end).unwrap_or("");
        let column = column as usize;
        match enc {
            Encoding::Utf8 => start + floor_char_boundary(content, column.min(content.len())),
            Encoding::Utf16 => {
                // Only the part before the column is looked at: on a 10 MB line, a position
                // near its start costs nothing, one near its end a count of bytes.
                let b = content.as_bytes();
                let n = column.min(b.len());
                if b[..n].is_ascii() {
                    return start + n;
                }
                // Whole blocks that end before the column, counted fast; then by characters.
                let (mut units, mut at) = (0, 0);
                while at + BLOCK < content.len() {
                    let e = floor_char_boundary(content, at + BLOCK);
                    let u = utf16_len(&content[at..e]);
                    if units + u > column {
                        break;
                    }
                    units += u;
                    at = e;
                }
                for (i, c) in content[at..].char_indices() {
                    let next = units + c.len_utf16();
                    if next > column {
                        return start + at + i;
                    }
                    units = next;
                }
                end
            }
        }
    }
}

/// Bytes counted at a time when a column is looked for on a long line.
const BLOCK: usize = 4096;

/// Code units of `s` in `enc`.
fn column_of(s: &str, enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => s.len(),
        Encoding::Utf16 => utf16_len(s),
    }
}

/// UTF-16 code units of `s`, counted on its bytes: one per character (every byte but the
/// continuation bytes starts one), one more per four-byte character (outside the BMP).
fn utf16_len(s: &str) -> usize {
    s.bytes()
        .map(|b| usize::from(b & 0xc0 != 0x80) + usize::from(b >= 0xf0))
        .sum()
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The largest char boundary of `s` at or before `i` (`i` clamped to `s.len()`).
pub fn floor_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pos(text: &str, offset: usize, enc: Encoding) -> (u32, u32) {
        LineIndex::new(text).position(text, offset, enc)
    }

    fn off(text: &str, line: u32, col: u32, enc: Encoding) -> usize {
        LineIndex::new(text).offset(text, line, col, enc)
    }

    #[test]
    fn ascii_and_line_ends() {
        let t = "ab\ncd\r\nef\rgh";
        let idx = LineIndex::new(t);
        assert_eq!(idx.line_count(), 4);
        assert_eq!(pos(t, 0, Encoding::Utf16), (0, 0));
        assert_eq!(pos(t, 2, Encoding::Utf16), (0, 2));
        assert_eq!(pos(t, 3, Encoding::Utf16), (1, 0));
        assert_eq!(pos(t, 5, Encoding::Utf16), (1, 2)); // at '\r'
        assert_eq!(pos(t, 6, Encoding::Utf16), (1, 2)); // between '\r' and '\n': line end
        assert_eq!(pos(t, 7, Encoding::Utf16), (2, 0));
        assert_eq!(pos(t, 10, Encoding::Utf16), (3, 0)); // after a lone '\r'
        assert_eq!(pos(t, 12, Encoding::Utf16), (3, 2));
        assert_eq!(pos(t, 99, Encoding::Utf16), (3, 2));
        assert_eq!(off(t, 1, 0, Encoding::Utf8), 3);
        assert_eq!(off(t, 1, 9, Encoding::Utf8), 5); // clamped before "\r\n"
        assert_eq!(off(t, 2, 1, Encoding::Utf16), 8);
        assert_eq!(off(t, 3, 1, Encoding::Utf16), 11);
        assert_eq!(off(t, 9, 0, Encoding::Utf16), t.len());
        assert_eq!(idx.line_end(t, 1), 5);
        assert_eq!(idx.line_end(t, 2), 9);
    }

    #[test]
    fn emoji_cjk_and_combining_marks() {
        // "é" as e + U+0301, an emoji outside the BMP, CJK.
        let t = "e\u{301}🙂x\n市议会 ok";
        // Line 0: e(1 unit), U+0301 (1 unit, 2 bytes), 🙂 (2 UTF-16 units, 4 bytes), x.
        assert_eq!(pos(t, 1, Encoding::Utf16), (0, 1));
        assert_eq!(pos(t, 3, Encoding::Utf16), (0, 2));
        assert_eq!(pos(t, 7, Encoding::Utf16), (0, 4));
        assert_eq!(pos(t, 7, Encoding::Utf8), (0, 7));
        assert_eq!(off(t, 0, 4, Encoding::Utf16), 7);
        assert_eq!(off(t, 0, 3, Encoding::Utf16), 3); // inside the surrogate pair: clamp back
        assert_eq!(off(t, 0, 5, Encoding::Utf8), 3); // inside the emoji's bytes: clamp back
        assert_eq!(pos(t, 5, Encoding::Utf16), (0, 2)); // mid-character offset: clamp back
        let l1 = t.find('市').unwrap();
        assert_eq!(pos(t, l1 + 3, Encoding::Utf16), (1, 1));
        assert_eq!(pos(t, l1 + 3, Encoding::Utf8), (1, 3));
        assert_eq!(off(t, 1, 3, Encoding::Utf16), l1 + 9);
        assert_eq!(off(t, 1, 100, Encoding::Utf16), t.len());
    }

    #[test]
    fn empty_and_trailing_newline() {
        assert_eq!(pos("", 0, Encoding::Utf16), (0, 0));
        assert_eq!(off("", 3, 3, Encoding::Utf16), 0);
        assert_eq!(pos("a\n", 2, Encoding::Utf16), (1, 0));
        assert_eq!(off("a\n", 1, 5, Encoding::Utf16), 2);
        assert_eq!(off("a\r\n", 0, 5, Encoding::Utf16), 1);
    }

    /// Columns on a line longer than several blocks (counted block by block) give what counting
    /// character by character gives, inside surrogate pairs and past the end too.
    #[test]
    fn long_lines_count_by_blocks_as_by_characters() {
        let unit = "ab é 🙂 市\u{301} x";
        let line = unit.repeat(20_000 / unit.len());
        for text in [
            line.clone(),
            format!("x\n{line}\r\nend"),
            "a".repeat(9000) + "🙂" + &line,
        ] {
            let idx = LineIndex::new(&text);
            let l = if text.starts_with("x\n") { 1 } else { 0 };
            let start = idx.line_start(l as usize);
            let content = &text[start..idx.line_end(&text, l as usize)];
            let naive = |col: usize| {
                let mut units = 0;
                for (i, c) in content.char_indices() {
                    if units + c.len_utf16() > col {
                        return start + i;
                    }
                    units += c.len_utf16();
                }
                start + content.len()
            };
            let total = content.encode_utf16().count();
            // Every column over the first blocks' edges, some further on, and past the end.
            for col in (0..9000)
                .chain((0..total + 5).step_by(97))
                .chain(total - 3..total + 3)
            {
                assert_eq!(
                    idx.offset(&text, l, col as u32, Encoding::Utf16),
                    naive(col),
                    "{col}"
                );
            }
            for (i, _) in content.char_indices().step_by(89) {
                let want = content[..i].encode_utf16().count() as u32;
                assert_eq!(idx.position(&text, start + i, Encoding::Utf16), (l, want));
            }
        }
    }

    proptest! {
        #[test]
        fn round_trips(s in "(a|é|🙂|市|\u{301}|\n|\r\n|\r| ){0,40}") {
            let idx = LineIndex::new(&s);
            for enc in [Encoding::Utf8, Encoding::Utf16] {
                for (i, _) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
                    let (l, c) = idx.position(&s, i, enc);
                    let back = idx.offset(&s, l, c, enc);
                    // Offsets inside "\r\n" map to the line end, which is the '\r'.
                    if i > 0 && s.as_bytes()[i - 1] == b'\r' && s.as_bytes().get(i) == Some(&b'\n') {
                        prop_assert_eq!(back, i - 1);
                    } else {
                        prop_assert_eq!(back, i);
                    }
                }
                // Any position maps to a char boundary and never panics.
                for l in 0..idx.line_count() as u32 + 2 {
                    for c in 0..12 {
                        let o = idx.offset(&s, l, c, enc);
                        prop_assert!(s.is_char_boundary(o));
                    }
                }
            }
        }
    }
}

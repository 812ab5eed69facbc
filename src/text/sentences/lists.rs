//! Lists: numbered, lettered and bulleted items at the start of a line, and inline
//! enumerations ("1) first 2) second").

use super::numbers::is_roman;
use super::scanner::{Kind, List, Scanner};

impl Scanner<'_> {
    /// "1) The first item 2) The second item".
    pub(super) fn rparen(&mut self, i: usize) -> usize {
        let b = self.b;
        if b.get(i + 1) != Some(&b' ') {
            return i + 1;
        }
        let mut s = i;
        while s > 0 && i - s < 4 && b[s - 1].is_ascii_alphanumeric() {
            s -= 1;
        }
        if s == i {
            return i + 1;
        }
        let opened = s > 0 && b[s - 1] == b'(';
        let before = if opened { s - 1 } else { s };
        if before > 0 {
            match self.char_before(before) {
                Some(c) if c.is_whitespace() || is_bullet(c) => {}
                _ => return i + 1,
            }
        }
        let Some((value, alpha)) = marker_value(&self.text[s..i]) else {
            return i + 1;
        };
        if self.is_first(before) {
            self.list = Some(List {
                next: value + 1,
                paren: true,
                alpha,
            });
        } else if let Some(l) = self.list {
            if !opened && l.paren && l.alpha == alpha && l.next == value {
                let next = self.next_word(i + 1);
                if next.kind == Kind::Upper {
                    self.cut(before);
                    self.list = Some(List {
                        next: value + 1,
                        ..l
                    });
                }
            }
        }
        i + 1
    }

    /// A list marker at the start of a line: `- `, `* `, `+ `, bullets, `1. `, `1) `, `1.) `,
    /// `(1) `, `a. `, `a) `, `(a) `, `iv. `.
    pub(super) fn line_marker(&self, p: usize) -> bool {
        let b = self.b;
        let Some(&c) = b.get(p) else {
            return false;
        };
        let spaced = |q: usize| matches!(b.get(q), Some(b' ' | b'\t'));
        match c {
            b'-' | b'*' | b'+' => spaced(p + 1),
            b'(' => {
                let mut q = p + 1;
                while q < b.len() && q - p <= 4 && b[q].is_ascii_alphanumeric() {
                    q += 1;
                }
                q > p + 1
                    && b.get(q) == Some(&b')')
                    && spaced(q + 1)
                    && marker_value(&self.text[p + 1..q]).is_some()
            }
            c if c.is_ascii_alphanumeric() => {
                let mut q = p;
                while q < b.len() && q - p <= 4 && b[q].is_ascii_alphanumeric() {
                    q += 1;
                }
                let tok = &self.text[p..q];
                let value = marker_value(tok).is_some() || is_roman(tok.as_bytes());
                value
                    && match b.get(q) {
                        Some(b')') => spaced(q + 1),
                        Some(b'.') => {
                            spaced(q + 1) || (b.get(q + 1) == Some(&b')') && spaced(q + 2))
                        }
                        _ => false,
                    }
            }
            _ => self
                .char_at(p)
                .is_some_and(|(c, _)| is_bullet(c) || matches!(c, '–' | '—')),
        }
    }
}

/// The value of a list marker: up to three digits, or a single ASCII letter (a = 1).
pub(super) fn marker_value(tok: &str) -> Option<(u32, bool)> {
    let b = tok.as_bytes();
    match b {
        [c] if c.is_ascii_alphabetic() => {
            Some((u32::from(c.to_ascii_lowercase() - b'a') + 1, true))
        }
        _ if !b.is_empty() && b.len() <= 3 && b.iter().all(u8::is_ascii_digit) => {
            tok.parse().ok().map(|v| (v, false))
        }
        _ => None,
    }
}

pub(super) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▸'
            | '▶'
            | '➢'
            | '➤'
            | '✓'
            | '✔'
            | '◆'
            | '◇'
            | '∙'
    )
}

//! The scanner: one left-to-right pass over the bytes that stops only where a sentence can
//! end and hands each candidate to its rule family (periods, question and exclamation marks,
//! ellipses, line breaks, lists, CJK and other scripts' full stops).

use super::abbreviations::{lower_word, Abbrev};
use super::cjk::{is_cjk_stop, is_common_punct, is_terminator};
use super::lists::is_bullet;
use super::quotes::{is_closer, is_opener};
use crate::text::Language;
use std::ops::Range;

// Byte classes for the main loop.
const PLAIN: u8 = 0;
const DOT: u8 = 1;
const QEX: u8 = 2;
const NL: u8 = 3;
const RPAREN: u8 = 4;
const HIGH: u8 = 5;

static CLASS: [u8; 256] = {
    let mut t = [PLAIN; 256];
    t[b'.' as usize] = DOT;
    t[b'?' as usize] = QEX;
    t[b'!' as usize] = QEX;
    t[b'\n' as usize] = NL;
    t[b'\r' as usize] = NL;
    t[0x0b] = NL;
    t[0x0c] = NL;
    t[b')' as usize] = RPAREN;
    let mut i = 0xc2;
    while i < 0xf5 {
        t[i] = HIGH;
        i += 1;
    }
    t
};

/// The first byte at or after `i` that is not [`PLAIN`] (or `b.len()`): 16 bytes at a time
/// where no byte can start a candidate (a test the compiler turns into vector compares).
fn skip_plain(b: &[u8], mut i: usize) -> usize {
    #[inline(always)]
    fn any_special(chunk: &[u8; 16]) -> bool {
        let mut m = 0u8;
        for &c in chunk {
            m |= u8::from(c == b'.')
                | u8::from(c == b'?')
                | u8::from(c == b'!')
                | u8::from(c == b')')
                | u8::from(c <= 0x0d)
                | u8::from(c >= 0x80);
        }
        m != 0
    }
    loop {
        while let Some(chunk) = b.get(i..i + 16).and_then(|c| <&[u8; 16]>::try_from(c).ok()) {
            if any_special(chunk) {
                break;
            }
            i += 16;
        }
        let end = (i + 16).min(b.len());
        while i < end {
            if CLASS[b[i] as usize] != PLAIN {
                return i;
            }
            i += 1;
        }
        if i >= b.len() {
            return i;
        }
    }
}

/// What follows a candidate boundary.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Kind {
    /// End of text or a paragraph break.
    End,
    /// A capitalized word, or a letter of a script without case.
    Upper,
    Lower,
    Digit,
    Other,
}

#[derive(Clone, Copy)]
pub(super) struct Next {
    pub(super) kind: Kind,
    /// The next word, ASCII-lower-cased (empty when longer than the buffer).
    pub(super) word: [u8; 24],
    pub(super) len: usize,
    /// The next word is a single letter followed by a period (an initial).
    pub(super) initial: bool,
    /// An opening bracket comes before the next word.
    pub(super) bracket: bool,
    /// A dash comes before the next word.
    pub(super) dash: bool,
}

impl Next {
    pub(super) fn word(&self) -> &[u8] {
        &self.word[..self.len]
    }
    pub(super) fn end() -> Next {
        Next {
            kind: Kind::End,
            word: [0; 24],
            len: 0,
            initial: false,
            bracket: false,
            dash: false,
        }
    }
}

/// The shape of the token before a period.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Tok {
    /// Ordinary words, numbers, URLs, e-mail addresses, file names.
    Plain,
    /// A single letter.
    Initial { upper: bool },
    /// A known abbreviation, with the language whose sentence openers decide it.
    Abbr(Abbrev, Language),
}

/// An inline enumeration being followed: "1) … 2) …", "a. … b. …".
#[derive(Clone, Copy)]
pub(super) struct List {
    pub(super) next: u32,
    pub(super) paren: bool,
    pub(super) alpha: bool,
}

pub(super) struct Scanner<'a> {
    pub(super) text: &'a str,
    pub(super) b: &'a [u8],
    pub(super) cuts: Vec<usize>,
    pub(super) last_cut: usize,
    pub(super) lower: Option<bool>,
    pub(super) list: Option<List>,
    /// Set after a blank line: the next line with content opens a paragraph.
    pub(super) para_pending: bool,
    /// Start of the current paragraph's first line (content).
    pub(super) para_start: usize,
    /// Start of the current line's content.
    pub(super) line_start: usize,
    /// Index of the current line within its paragraph.
    pub(super) line_no: usize,
    /// The current line is a Markdown heading.
    pub(super) heading_line: bool,
    /// An earlier line of the current paragraph ran past 300 bytes: it is not wrapped.
    pub(super) long_line: bool,
    /// Whether the current paragraph is a block of short lines (computed lazily).
    pub(super) short_lines: Option<bool>,
    /// The text's language (`None`: unknown, language-neutral rules).
    pub(super) lang: Option<Language>,
    /// The language whose sentence openers apply where no abbreviation says otherwise.
    pub(super) starters: Language,
    /// A number with a period may be an ordinal ("am 19. Februar").
    pub(super) ordinals: bool,
    /// `;` is a question mark (Greek).
    pub(super) semicolon_question: bool,
    /// Whether the text may hold CJK brackets or quotation marks (computed lazily).
    pub(super) cjk_brackets: Option<bool>,
    /// Whether the text holds " / ", verse lines written inline (computed lazily).
    pub(super) verse: Option<bool>,
}

impl<'a> Scanner<'a> {
    pub(super) fn new(text: &'a str, lang: Option<Language>) -> Self {
        let lang = lang.filter(|&l| l != Language::Other);
        Scanner {
            lang,
            starters: lang.unwrap_or(Language::English),
            ordinals: lang.is_some_and(super::lang::has_ordinal_period),
            semicolon_question: lang == Some(Language::Greek),
            cjk_brackets: None,
            verse: None,
            text,
            b: text.as_bytes(),
            cuts: Vec::with_capacity(text.len() / 80 + 1),
            last_cut: 0,
            lower: None,
            list: None,
            para_pending: false,
            para_start: 0,
            line_start: 0,
            line_no: 0,
            heading_line: false,
            short_lines: None,
            long_line: false,
        }
    }

    pub(super) fn run(&mut self) {
        let b = self.b;
        let n = b.len();
        let p = self.skip_hspace(0);
        if p < n && self.line_break_len(p).is_none() {
            self.begin_paragraph(p);
        }
        let mut i = 0;
        loop {
            let from = i;
            i = skip_plain(b, i);
            // Greek: `;` is the question mark.
            if self.semicolon_question {
                if let Some(q) = memchr::memchr(b';', &b[from..i.min(n)]) {
                    i = self.qex(from + q);
                    continue;
                }
            }
            let Some(&c) = b.get(i) else {
                break;
            };
            i = match CLASS[c as usize] {
                DOT => self.dot(i),
                QEX => self.qex(i),
                NL => self.newline(i),
                RPAREN => self.rparen(i),
                _ => self.non_ascii(i),
            };
        }
    }

    pub(super) fn spans(&self) -> Vec<Range<usize>> {
        let mut out = Vec::with_capacity(self.cuts.len() + 1);
        let mut prev = 0;
        for &c in self.cuts.iter().chain(std::iter::once(&self.b.len())) {
            if let Some(s) = self.text.get(prev..c) {
                let t = s.trim_start();
                let start = prev + (s.len() - t.len());
                let t = t.trim_end();
                if !t.is_empty() {
                    out.push(start..start + t.len());
                }
                prev = c;
            }
        }
        out
    }

    /// Cuts after a sentence terminator, unless the sentence would hold no letter or digit
    /// ("! ! !", ". . ."): punctuation alone joins the next sentence.
    #[inline]
    pub(super) fn end_sentence(&mut self, p: usize) {
        let mut start = self.last_cut.max(p.saturating_sub(256));
        while !self.text.is_char_boundary(start) {
            start += 1;
        }
        let Some(s) = self.text.get(start..p) else {
            return;
        };
        if s.bytes().rev().any(|c| c.is_ascii_alphanumeric())
            || (!s.is_ascii() && s.chars().any(char::is_alphanumeric))
            || start > self.last_cut
        {
            self.cut(p);
        }
    }

    #[inline]
    pub(super) fn cut(&mut self, p: usize) {
        if p > self.last_cut && p <= self.b.len() && self.text.is_char_boundary(p) {
            self.cuts.push(p);
            self.last_cut = p;
        }
    }

    #[inline]
    pub(super) fn char_at(&self, i: usize) -> Option<(char, usize)> {
        let c = self.text.get(i..)?.chars().next()?;
        Some((c, c.len_utf8()))
    }

    #[inline]
    pub(super) fn char_before(&self, i: usize) -> Option<char> {
        self.text.get(..i)?.chars().next_back()
    }

    /// Length of the line break at `i`, if any.
    #[inline]
    pub(super) fn line_break_len(&self, i: usize) -> Option<usize> {
        let b = self.b;
        match *b.get(i)? {
            b'\n' | 0x0b | 0x0c => Some(1),
            b'\r' => Some(if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 }),
            0xc2 if b.get(i + 1) == Some(&0x85) => Some(2),
            0xe2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) => {
                Some(3)
            }
            _ => None,
        }
    }

    /// Skips white space other than line breaks.
    #[inline]
    pub(super) fn skip_hspace(&self, mut i: usize) -> usize {
        let b = self.b;
        while i < b.len() {
            match b[i] {
                b' ' | b'\t' => i += 1,
                c if c < 0x80 => break,
                _ => {
                    if self.line_break_len(i).is_some() {
                        break;
                    }
                    match self.char_at(i) {
                        Some((c, l)) if c.is_whitespace() => i += l,
                        _ => break,
                    }
                }
            }
        }
        i
    }

    /// The word after a candidate boundary at `p`.
    pub(super) fn next_word(&self, p: usize) -> Next {
        let b = self.b;
        let mut i = p;
        let mut newlines = 0;
        // White space.
        while i < b.len() {
            if b[i] == b' ' {
                i += 1;
                continue;
            }
            if let Some(l) = self.line_break_len(i) {
                newlines += 1;
                if b[i] == 0xe2 && b[i + 2] == 0xa9 {
                    newlines += 1;
                }
                i += l;
                continue;
            }
            match self.char_at(i) {
                Some((c, l)) if c.is_whitespace() => i += l,
                _ => break,
            }
        }
        if i >= b.len() || newlines >= 2 {
            return Next::end();
        }
        // A dash: "… attention? — you even …".
        let dash_start = i;
        if let Some((c, l)) = self.char_at(i) {
            let dash =
                matches!(c, '—' | '–') || (c == '-' && matches!(b.get(i + 1), Some(b' ' | b'-')));
            if dash {
                i += l;
                while b.get(i) == Some(&b'-') {
                    i += 1;
                }
                i = self.skip_hspace(i);
            }
        }
        let dashed = i;
        // Opening quotes and brackets.
        let mut bracket = false;
        while let Some((c, l)) = self.char_at(i) {
            if is_opener(c) {
                bracket |= matches!(c, '(' | '[');
                i += l;
            } else if c == ',' && b.get(i + 1) == Some(&b',') {
                // Dutch and German low double quotes typed as two commas: ",,Wat nu?''".
                i += 2;
            } else {
                break;
            }
        }
        let mut next = Next::end();
        next.bracket = bracket;
        next.dash = dashed != dash_start;
        let Some((c, _)) = self.char_at(i) else {
            next.kind = Kind::Other;
            return next;
        };
        next.kind = if c.is_uppercase() {
            Kind::Upper
        } else if c.is_lowercase() {
            Kind::Lower
        } else if c.is_numeric() {
            Kind::Digit
        } else if c.is_alphabetic() {
            Kind::Upper
        } else {
            Kind::Other
        };
        if matches!(next.kind, Kind::Upper | Kind::Lower) {
            let start = i;
            let mut letters = 0;
            while let Some(&c) = b.get(i) {
                if c.is_ascii_alphabetic() {
                    i += 1;
                    letters += 1;
                    continue;
                }
                if c < 0x80 && c != b'\'' {
                    break;
                }
                let Some((c, l)) = self.char_at(i) else {
                    break;
                };
                if c.is_alphabetic() || ((c == '\'' || c == '’') && letters > 0) {
                    i += l;
                    letters += 1;
                } else {
                    break;
                }
            }
            let w = &self.text[start..i];
            let mut buf = [0u8; 24];
            if let Some(lw) = lower_word(w, &mut buf) {
                next.len = lw.len();
                next.word[..next.len].copy_from_slice(lw);
            }
            next.initial = letters == 1 && b.get(i) == Some(&b'.');
        }
        next
    }

    /// The token that ends at `i` (exclusive), without leading openers and bullets and without
    /// trailing closers; `None` when it is very long.
    #[inline]
    pub(super) fn token_before(&self, i: usize) -> Option<(usize, &'a str)> {
        let text = self.text;
        let b = self.b;
        let mut start = i;
        // ASCII fast path.
        while start > self.last_cut && i - start <= 64 {
            let c = b[start - 1];
            if c >= 0x80 {
                break;
            }
            if c.is_ascii_whitespace() {
                return self.token_bounds(start, i);
            }
            start -= 1;
        }
        if i - start > 64 {
            return None;
        }
        if start <= self.last_cut {
            return self.token_bounds(start, i);
        }
        for (p, c) in text[..start].char_indices().rev() {
            if c.is_whitespace() || p < self.last_cut {
                break;
            }
            if i - p > 64 {
                return None;
            }
            start = p;
        }
        self.token_bounds(start, i)
    }

    #[inline]
    pub(super) fn token_bounds(&self, mut start: usize, i: usize) -> Option<(usize, &'a str)> {
        let mut tok = self.text.get(start..i)?;
        let t = tok.trim_start_matches(|c: char| is_opener(c) || is_bullet(c));
        start += tok.len() - t.len();
        tok = t.trim_end_matches(is_closer);
        Some((start, tok))
    }

    /// Whether only white space, openers and list bullets lie between the last cut and `p`.
    #[inline]
    pub(super) fn is_first(&self, p: usize) -> bool {
        let Some(s) = self.text.get(self.last_cut..p) else {
            return false;
        };
        s.chars().rev().all(|c| {
            c.is_whitespace() || is_opener(c) || is_bullet(c) || matches!(c, '-' | '+' | '#' | '>')
        })
    }

    pub(super) fn non_ascii(&mut self, i: usize) -> usize {
        let Some((c, l)) = self.char_at(i) else {
            return i + 1;
        };
        match c {
            '…' => self.ellipsis(i, i + l),
            '‼' | '⁇' | '⁈' | '⁉' | '‽' => self.qex(i),
            '\u{85}' | '\u{2028}' | '\u{2029}' => self.newline(i),
            c if is_cjk_stop(c) => self.full_stop(i),
            c if is_bullet(c) => {
                if self.char_before(i).is_none_or(char::is_whitespace) {
                    self.cut(i);
                }
                i + l
            }
            c if c.is_alphanumeric() || c.is_whitespace() || is_common_punct(c) => i + l,
            c if is_terminator(c) => self.full_stop(i),
            _ => i + l,
        }
    }
}

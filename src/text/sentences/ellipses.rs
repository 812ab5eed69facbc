//! Ellipses (`...`, `…`, `. . .`): they end a sentence before a capitalized word only; one
//! standing alone after a sentence end stays with that sentence.

use super::quotes::is_opener;
use super::scanner::{Kind, Scanner};

impl Scanner<'_> {
    /// A stand-alone ellipsis after a sentence end ("Really? ... There is more.") belongs to
    /// that sentence: returns the end of the ellipsis, or `k`.
    #[inline]
    pub(super) fn trailing_ellipsis(&self, k: usize) -> usize {
        let b = self.b;
        let p = self.skip_hspace(k);
        if p == k || p >= b.len() {
            return k;
        }
        let rest = &b[p..];
        let mut q = if rest.starts_with(b"...") || rest.starts_with("…".as_bytes()) {
            p + 3
        } else if rest.starts_with(b". . .") {
            p + 5
        } else {
            return k;
        };
        while q < b.len() && (b[q] == b'.' || (b[q] == b' ' && b.get(q + 1) == Some(&b'.'))) {
            q += 1;
        }
        match self.char_at(q) {
            None => q,
            Some((c, _)) if c.is_whitespace() => q,
            _ => k,
        }
    }

    /// Dots separated by single spaces (". . ." or ". . . ."), starting at `i`.
    #[inline]
    pub(super) fn spaced_ellipsis(&self, i: usize) -> Option<(usize, usize)> {
        let b = self.b;
        let mut dots = 1;
        let mut j = i + 1;
        while j + 1 < b.len() && b[j] == b' ' && b[j + 1] == b'.' {
            dots += 1;
            j += 2;
        }
        (dots >= 3).then_some((j, dots))
    }

    pub(super) fn spaced(&mut self, i: usize, end: usize, dots: usize) -> usize {
        let attached = self
            .char_before(i)
            .is_some_and(|c| !c.is_whitespace() && !is_opener(c));
        let (k, _) = self.skip_closers(end);
        match self.char_at(k) {
            None => return k,
            Some((c, _)) if !c.is_whitespace() => return k,
            _ => {}
        }
        let next = self.next_word(k);
        if next.kind == Kind::End {
            self.end_sentence(k);
        } else if dots >= 4 && next.kind == Kind::Upper && !self.is_first(i) {
            // "… compounds. . . . The practice …": the first dot ends the sentence and the
            // ellipsis opens the next one; ". . . . Next" after a space ends it at the last dot.
            if attached {
                self.end_sentence(i + 1);
            } else {
                self.end_sentence(k);
            }
        }
        k
    }

    /// An ellipsis of two or more periods or `…` starting at `i`, with `j` after its first part.
    pub(super) fn ellipsis(&mut self, i: usize, mut j: usize) -> usize {
        let b = self.b;
        loop {
            if b.get(j) == Some(&b'.') {
                j += 1;
            } else if b.get(j..j + 3) == Some("…".as_bytes()) {
                j += 3;
            } else {
                break;
            }
        }
        // An omission mark "[...]" never ends a sentence.
        if matches!(self.char_before(i), Some('[' | '(')) {
            return j;
        }
        let (k, _) = self.skip_closers(j);
        let Some((c, _)) = self.char_at(k) else {
            return k;
        };
        if !c.is_whitespace() {
            // "…基地..另外…": between CJK characters it is a full stop.
            if self.cjk_stop(i, k, c) && !self.is_first(i) {
                self.end_sentence(k);
            }
            return k;
        }
        if self.is_first(i) {
            return k;
        }
        let next = self.next_word(k);
        if matches!(next.kind, Kind::End | Kind::Upper) {
            self.end_sentence(k);
        }
        k
    }
}

//! CJK full stops (。！？ and their half- and full-width forms) and the terminators of other
//! scripts as UAX #29 defines them: they end a sentence whatever follows.

use super::scanner::Scanner;
use std::cell::Cell;
use unicode_segmentation::UnicodeSegmentation;

impl Scanner<'_> {
    /// Full stops that end a sentence whatever follows (CJK 。！？, and the terminators of
    /// other scripts as UAX #29 defines them).
    pub(super) fn full_stop(&mut self, i: usize) -> usize {
        let mut j = i;
        while let Some((c, l)) = self.char_at(j) {
            if matches!(c, '.' | '?' | '!') || is_cjk_stop(c) || (!c.is_ascii() && is_terminator(c))
            {
                j += l;
            } else {
                break;
            }
        }
        if j == i {
            return i + 1;
        }
        // A fullwidth full stop between digits is a decimal point.
        if self.char_at(i).is_some_and(|(c, _)| c == '．')
            && self.char_before(i).is_some_and(char::is_numeric)
            && self.char_at(j).is_some_and(|(c, _)| c.is_numeric())
        {
            return j;
        }
        let (k, _) = self.skip_closers(j);
        self.end_sentence(k);
        k
    }
}

pub(super) fn is_cjk_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡' | '．' | '︒')
}

/// Common non-ASCII punctuation that is never a sentence terminator.
pub(super) fn is_common_punct(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{201f}' | '\u{2030}'..='\u{203a}' | '\u{a0}'..='\u{bf}' | '×' | '÷')
}

/// Whether UAX #29 treats `c` as a sentence terminator (STerm or ATerm), probed with
/// `unicode-segmentation` and cached per thread.
pub(super) fn is_terminator(c: char) -> bool {
    thread_local! {
        static CACHE: [Cell<u64>; 64] = const { [const { Cell::new(u64::MAX) }; 64] };
    }
    let key = c as u64;
    let slot = (key as usize ^ (key as usize >> 6)) & 63;
    if let Ok(Some(v)) = CACHE.try_with(|cache| {
        let e = cache[slot].get();
        (e >> 1 == key).then_some(e & 1 == 1)
    }) {
        return v;
    }
    let mut buf = [0u8; 8];
    buf[0] = b'a';
    let l = c.encode_utf8(&mut buf[1..5]).len();
    buf[1 + l] = b' ';
    buf[2 + l] = b'A';
    let v = std::str::from_utf8(&buf[..3 + l])
        .map(|s| s.split_sentence_bound_indices().nth(1).is_some())
        .unwrap_or(false);
    let _ = CACHE.try_with(|cache| cache[slot].set(key << 1 | u64::from(v)));
    v
}

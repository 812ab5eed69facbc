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
        let (mut k, mut closed) = self.cjk_closers(j);
        // More stops after the closing quote belong to the same sentence: "…呢？」。".
        loop {
            let mut q = k;
            while let Some((c, l)) = self.char_at(q) {
                if is_cjk_stop(c) || matches!(c, '.' | '?' | '!') {
                    q += l;
                } else {
                    break;
                }
            }
            if q == k {
                break;
            }
            let (r, more) = self.cjk_closers(q);
            k = r;
            closed |= more;
        }
        // Japanese: a quotation closed after its full stop and followed by a particle goes on:
        // 「行こう。」と言った。
        if closed && self.char_at(k).is_some_and(|(c, _)| is_hiragana(c)) {
            return k;
        }
        // Inside a quotation or title: 《摔跤吧！爸爸》.
        if self.inside_quotation(k) {
            return k;
        }
        self.end_sentence(k);
        k
    }

    /// Closing quotes and brackets after a CJK full stop. “ and ‘ open the next sentence there
    /// (。“創価学会”の…), and Markdown marks (`*`, `_`) close only before white space.
    fn cjk_closers(&self, j: usize) -> (usize, bool) {
        let (k, _) = self.skip_closers(j);
        let mut end = j;
        let mut p = j;
        while p < k {
            let Some((c, l)) = self.char_at(p) else {
                break;
            };
            if matches!(c, '“' | '‘' | '«') {
                break;
            }
            p += l;
            if !matches!(c, '*' | '_' | '`') {
                end = p;
            }
        }
        // Markdown marks count when white space or the end follows them.
        if p == k && self.char_at(k).is_none_or(|(c, _)| c.is_whitespace()) {
            end = k;
        }
        (end, end > j)
    }

    /// Whether an ASCII `.`, `?` or `!` at `i`, followed (after closing quotes) by `c` at `k`,
    /// is a full stop between CJK characters: "…方法.仿真结果表明…", "…哪个?如何选择…".
    pub(super) fn cjk_stop(&self, i: usize, k: usize, c: char) -> bool {
        if is_cjk(c) {
            return self.char_before(i).is_some_and(|p| !p.is_whitespace());
        }
        // A CJK character before, a letter, digit or opening bracket after: "…内冠.A组…".
        i > 0
            && self.b[i - 1] >= 0x80
            && self.char_before(i).is_some_and(is_cjk)
            && (c.is_alphanumeric() || matches!(c, '(' | '[' | '"' | '“' | '「' | '《' | '（'))
            && k < self.b.len()
    }
}

/// A character of a script written without spaces ([`is_cjk`]) or its full-width punctuation
/// ("。", "（", "，"): what a line break or a space between sentences does not separate.
pub fn is_wide(c: char) -> bool {
    is_cjk(c) || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// Han ideographs, kana and CJK punctuation-free letters: the scripts written without spaces.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'   // Hiragana, Katakana
        | '\u{3400}'..='\u{4dbf}' // CJK Extension A
        | '\u{4e00}'..='\u{9fff}' // CJK Unified Ideographs
        | '\u{f900}'..='\u{faff}' // CJK Compatibility Ideographs
        | '\u{ff66}'..='\u{ff9f}' // Halfwidth Katakana
        | '\u{20000}'..='\u{2fa1f}')
}

fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309f}')
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

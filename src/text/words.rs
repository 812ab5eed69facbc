//! Words: Unicode word segmentation (UAX #29), keeping only tokens with a letter or a digit.
//! ASCII text takes a fast path with the same rules for the ASCII cases: letters and digits
//! joined by `'`, `.` and `:` between letters (O'Neill, e.g, U.S), by `.`, `,` and `;` between
//! digits (1,200.50), and by `_`.

use unicode_segmentation::{UnicodeSegmentation, UnicodeWordIndices};

/// Words of `text` with their byte offsets; punctuation and spaces are dropped.
pub fn words(text: &str) -> Words<'_> {
    if text.is_ascii() {
        Words::Ascii { text, pos: 0 }
    } else {
        Words::Unicode(text.unicode_word_indices())
    }
}

/// Iterator returned by [`words`].
pub enum Words<'a> {
    Ascii { text: &'a str, pos: usize },
    Unicode(UnicodeWordIndices<'a>),
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        match self {
            Words::Unicode(it) => it.next(),
            Words::Ascii { text, pos } => {
                let (start, end) = next_ascii_word(text.as_bytes(), *pos)?;
                *pos = end;
                Some((start, &text[start..end]))
            }
        }
    }
}

/// The next word of ASCII text at or after byte `i`, as `(start, end)`: the one scanner behind
/// [`words`]' fast path and the term extraction's (which calls it in its own loop).
#[inline(always)]
pub(crate) fn next_ascii_word(b: &[u8], mut i: usize) -> Option<(usize, usize)> {
    while i < b.len() && !is_word_byte(b[i]) {
        i += 1;
    }
    if i >= b.len() {
        return None;
    }
    let start = i;
    i += 1;
    loop {
        while i < b.len() && is_word_byte(b[i]) {
            i += 1;
        }
        // A joiner between two word characters of the right kinds.
        if i + 1 < b.len() && matches!(b[i], b'\'' | b':' | b'.' | b',' | b';') {
            let (l, r) = (b[i - 1], b[i + 1]);
            let joins = match b[i] {
                b'\'' | b':' => l.is_ascii_alphabetic() && r.is_ascii_alphabetic(),
                b'.' => {
                    (l.is_ascii_alphabetic() && r.is_ascii_alphabetic())
                        || (l.is_ascii_digit() && r.is_ascii_digit())
                }
                _ => l.is_ascii_digit() && r.is_ascii_digit(),
            };
            if joins {
                i += 2;
                continue;
            }
        }
        return Some((start, i));
    }
}

/// ASCII letters, digits and `_`, as a table (this is the hottest loop of the summarizer).
const WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'_';
        c += 1;
    }
    t
};

#[inline]
fn is_word_byte(c: u8) -> bool {
    WORD_BYTE[c as usize]
}

/// Whether English `word` (lower case) leads on into what follows it — an article, a preposition,
/// a conjunction, a possessive, a copula — so that a line or a cut cannot end on it.
pub fn leads_on(word: &str) -> bool {
    const LEADS: &[&str] = &[
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "for", "with", "by", "at",
        "from", "that", "which", "who", "as", "is", "are", "was", "were", "be", "his", "her",
        "their", "its", "our", "my", "your", "this", "these", "not", "than",
    ];
    LEADS.contains(&word)
}

/// Number of words in `text`, as a reader would count them.
pub fn count_words(text: &str) -> usize {
    // CJK characters are words of their own in UAX #29, which is close to how readers count them.
    words(text).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_offsets() {
        let w: Vec<_> = words("Mr. O'Neill paid $1,200.50 — twice!").collect();
        assert_eq!(
            w,
            vec![
                (0, "Mr"),
                (4, "O'Neill"),
                (12, "paid"),
                (18, "1,200.50"),
                (31, "twice")
            ]
        );
        assert_eq!(count_words("市议会批准"), 5);
        assert_eq!(count_words(""), 0);
    }

    #[test]
    fn ascii_fast_path_agrees_with_uax29() {
        let samples = [
            "Mr. O'Neill paid $1,200.50 twice, e.g. on 3.5 days; U.S. troops_left at 10:30 a.m.",
            "It's the end... isn't it? Yes -- no. (Maybe.) \"Quoted,\" she said. x.y 1.2.3 a1b2",
            "trailing' 'leading ''double'' .5 5. ,5 5, a. .a",
        ];
        for s in samples {
            let fast: Vec<_> = words(s).collect();
            let slow: Vec<_> = s.unicode_word_indices().collect();
            assert_eq!(fast, slow, "{s}");
        }
    }
}

//! Lower-cased text: when a document's sentences mostly start in lower case, a period after an
//! ordinary word followed by a lower-case word is a boundary.

use super::abbreviations::abbreviation;
use super::scanner::Scanner;

impl Scanner<'_> {
    /// Whether the document's sentences mostly start in lower case (lower-cased text), judged
    /// from the words after `.`, `?` and `!` that follow an ordinary lower-case word.
    pub(super) fn lower_mode(&mut self) -> bool {
        if let Some(m) = self.lower {
            return m;
        }
        let b = self.b;
        // Lower-cased text has (almost) no capitals at all: at most 1% of the letters.
        let mut upper = 0;
        let mut lower = 0;
        for chunk in b.chunks(256) {
            upper += chunk.iter().filter(|c| c.is_ascii_uppercase()).count();
            if upper * 100 > b.len() {
                self.lower = Some(false);
                return false;
            }
            lower += chunk.iter().filter(|c| c.is_ascii_lowercase()).count();
        }
        if lower == 0 || upper * 100 > upper + lower {
            self.lower = Some(false);
            return false;
        }
        let (mut lo, mut up) = (0usize, 0usize);
        let mut i = 3;
        while i + 2 < b.len() {
            if matches!(b[i], b'.' | b'?' | b'!')
                && b[i + 1] == b' '
                && b[i + 2].is_ascii_alphabetic()
                && b[i - 3..i].iter().all(u8::is_ascii_lowercase)
            {
                let mut s = i - 3;
                while s > 0 && b[s - 1].is_ascii_alphabetic() {
                    s -= 1;
                }
                let abbr =
                    b[i] == b'.' && (s > 0 && b[s - 1] == b'.' || abbreviation(&b[s..i]).is_some());
                if !abbr {
                    if b[i + 2].is_ascii_lowercase() {
                        lo += 1;
                    } else {
                        up += 1;
                    }
                }
            }
            i += 1;
        }
        let m = lo >= up;
        self.lower = Some(m);
        m
    }
}

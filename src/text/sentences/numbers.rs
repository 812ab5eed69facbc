//! Numbers: Roman numerals (list markers, regnal numbers), and ordinal numbers written with a
//! period in German, Danish, Norwegian, Finnish, Hungarian and Turkish ("am 19. Februar 1980",
//! "(* 12. Juni 1929)", "im 18. Jahrhundert", "den 5. maj", "1848. március 15."): the period of
//! an ordinal does not end the sentence.

use super::abbreviations::{is_weak_starter, lower_word};
use super::lang::{is_german_only_month, is_month, is_ordinal_context, weak_starter};
use super::scanner::{Kind, Next, Scanner};
use crate::text::Language;

/// Small Roman numerals (I to XXXIX), any case.
pub(super) fn is_roman(w: &[u8]) -> bool {
    !w.is_empty()
        && w.len() <= 6
        && w.iter()
            .all(|c| matches!(c.to_ascii_lowercase(), b'i' | b'v' | b'x'))
}

impl Scanner<'_> {
    /// Whether the number `tok` (at `start`) followed by a period and `next` is an ordinal.
    ///
    /// In a language that writes ordinals with a period: before a lower-case word always (any
    /// number: Hungarian years "1848. március"); before a month name; before another capitalized
    /// word when it does not typically open a sentence and the word before the number is
    /// lower-case or one that takes an ordinal ("am", "im", "der"). In a text of unknown
    /// language only with evidence no English text has: a German month name that is no English
    /// word, or a German word before the number ("am", "im", "vom", "der").
    pub(super) fn ordinal(&self, start: usize, tok: &str, next: &Next) -> bool {
        // Ranges: "aus dem 1. -3. Jahrhundert", "vom 1.–3. Mai".
        let t = tok.trim_start_matches(['-', '–']).as_bytes();
        if t.is_empty() || t.len() > 4 || !t.iter().all(u8::is_ascii_digit) {
            return false;
        }
        let small = t.len() <= 3;
        let w = next.word();
        if self.ordinals {
            let l = self.starters;
            return match next.kind {
                Kind::Lower => true,
                Kind::Upper if small => {
                    is_month(l, w) || (!weak_starter(l, w) && self.ordinal_context(start, true))
                }
                Kind::Digit | Kind::Other if small => self.ordinal_context(start, false),
                _ => false,
            };
        }
        if self.lang.is_some() || !small {
            return false;
        }
        match next.kind {
            Kind::Upper => {
                is_german_only_month(w)
                    || (!weak_starter(Language::German, w)
                        && !is_weak_starter(w)
                        && self.ordinal_context(start, false))
            }
            Kind::Digit | Kind::Other => self.ordinal_context(start, false),
            _ => false,
        }
    }

    /// Whether the word before the number at `start` takes an ordinal: a German article or
    /// preposition ("am", "im", "der"), a birth or death mark ("(*", "†"), or (with `lower`) any
    /// lower-case word.
    fn ordinal_context(&self, start: usize, lower: bool) -> bool {
        let Some(before) = self.text.get(self.last_cut..start) else {
            return false;
        };
        let before = before.trim_end_matches([' ', '\u{a0}']);
        if before.len() == start - self.last_cut {
            return false;
        }
        let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        if !word.is_empty()
            && word
                .chars()
                .all(|c| matches!(c, '*' | '†' | '(' | '+' | '~'))
        {
            return true;
        }
        // The second number of a range: "aus dem 1. -3. Jahrhundert".
        if let Some(n) = word.strip_suffix('.') {
            if !n.is_empty() && n.len() <= 3 && n.bytes().all(|c| c.is_ascii_digit()) {
                let word_start = self.last_cut + before.len() - word.len();
                return word_start < start && self.ordinal_context(word_start, lower);
            }
        }
        let mut buf = [0u8; 24];
        let Some(w) = lower_word(word, &mut buf) else {
            return false;
        };
        is_ordinal_context(w)
            || (lower
                && word.chars().next().is_some_and(char::is_lowercase)
                && word.chars().all(char::is_alphabetic))
    }
}

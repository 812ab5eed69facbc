//! Question and exclamation marks (also `?!`, `!!!`, `‼`): not before a lower-case word in
//! cased text, nor before a speech tag ("“Why?” Smith asked."), nor inside a name ("at Yahoo!
//! Research").

use super::abbreviations::{is_strong_starter, is_weak_starter};
use super::quotes::is_speech_tag;
use super::scanner::{Kind, Next, Scanner};

impl Scanner<'_> {
    pub(super) fn qex(&mut self, i: usize) -> usize {
        let mut j = i;
        while let Some((c, l)) = self.char_at(j) {
            if matches!(c, '?' | '!' | '.' | '‼' | '⁇' | '⁈' | '⁉' | '…' | '‽') {
                j += l;
            } else {
                break;
            }
        }
        let (k, closed) = self.skip_closers(j);
        let quoted = self.b[j..k]
            .iter()
            .any(|&c| matches!(c, b'"' | b'\'' | 0x80..=0xff));
        let k = self.citations(k);
        let Some((c, _)) = self.char_at(k) else {
            return k;
        };
        if !c.is_whitespace() {
            return k;
        }
        let e = self.trailing_ellipsis(k);
        let next = self.next_word(e);
        // Before a lower-case word only in lower-cased text, and not before a speech tag:
        // "“really?” she asked".
        let ends = match next.kind {
            // Lower-cased text: after a closing quote only before a word that opens sentences
            // and no speech tag ("“friends!” the president said").
            Kind::Lower => {
                let w = next.word();
                let continues = closed
                    && (!quoted
                        || (is_weak_starter(w) && !is_strong_starter(w))
                        || is_speech_tag(w)
                        || self.speech_verb_follows(e));
                !next.dash && !continues && self.lower_mode()
            }
            // "“Why?” Smith asked." and "at Yahoo! Research".
            Kind::Upper => {
                let tag = quoted && self.attribution(e);
                let name = j == i + 1 && !closed && self.b[i] == b'!' && self.bang_name(i, &next);
                !tag && !name
            }
            _ => true,
        };
        if ends {
            self.end_sentence(e);
            return e;
        }
        k
    }

    /// "at Yahoo! Research": an exclamation mark inside a capitalized name, before a
    /// capitalized word that does not typically open a sentence.
    pub(super) fn bang_name(&self, i: usize, next: &Next) -> bool {
        let Some((start, tok)) = self.token_before(i) else {
            return false;
        };
        // Mid-sentence, after a lower-case word, not a quotation ("… at Yahoo! Research").
        let before = self.text[..start].trim_end();
        let after_lower = before.len() < start
            && before
                .rsplit(char::is_whitespace)
                .next()
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_lowercase);
        let mut chars = tok.chars();
        after_lower
            && chars.next().is_some_and(char::is_uppercase)
            && tok.len() >= 2
            && chars.all(char::is_lowercase)
            && !is_weak_starter(next.word())
            && !self.is_first(start)
    }
}

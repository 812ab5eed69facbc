//! Question and exclamation marks (also `?!`, `!!!`, `‼`): not before a lower-case word in
//! cased text, nor before a speech tag ("“Why?” Smith asked."), nor inside a name ("at Yahoo!
//! Research").

use super::lang::{strong_starter, weak_starter};
use super::quotes::is_speech_tag;
use super::scanner::{Kind, Next, Scanner};
use crate::text::Language;

impl Scanner<'_> {
    pub(super) fn qex(&mut self, i: usize) -> usize {
        let mut j = i;
        while let Some((c, l)) = self.char_at(j) {
            if matches!(
                c,
                '?' | '!' | '.' | '‼' | '⁇' | '⁈' | '⁉' | '…' | '‽' | '\u{37e}'
            ) || (c == ';' && self.semicolon_question)
            {
                j += l;
            } else {
                break;
            }
        }
        let (k, mut closed) = self.skip_closers(j);
        let mut quoted = self.b[j..k]
            .iter()
            .any(|&c| matches!(c, b'"' | b'\'' | 0x80..=0xff));
        let mut k = self.citations(k);
        let Some((c, _)) = self.char_at(k) else {
            return k;
        };
        if !c.is_whitespace() {
            // "…哪个?如何选择…": between CJK characters it is a full stop.
            if self.cjk_stop(i, k, c) {
                self.end_sentence(k);
            }
            return k;
        }
        // A closing quote after a space (French spacing, tokenized text): "bête ! \" Les".
        let d = self.detached_closers(k);
        if d > k {
            k = d;
            closed = true;
            quoted = true;
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
                        || (weak_starter(self.starters, w) && !strong_starter(self.starters, w))
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
        if ends && !self.inside_quotation(k) {
            self.end_sentence(e);
            return e;
        }
        k
    }

    /// "at Yahoo! Research": an exclamation mark inside a capitalized name, before a
    /// capitalized word that does not typically open a sentence.
    pub(super) fn bang_name(&self, i: usize, next: &Next) -> bool {
        // A property of English names; elsewhere "проф. Семенов! Просьба …" ends.
        if !matches!(self.lang, None | Some(Language::English)) {
            return false;
        }
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
            && !weak_starter(self.starters, next.word())
            && !self.is_first(start)
    }
}

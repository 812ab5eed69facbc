//! Quotes and brackets: closing quotes, brackets and emphasis marks after a full stop stay with
//! the sentence, citation brackets (`[1 - 3]`) too; speech tags after a quotation ("“Why?” Smith
//! asked.") continue it.

use super::abbreviations::lower_ascii;
use super::scanner::Scanner;

impl Scanner<'_> {
    /// Skips closing quotes, brackets and emphasis marks; tells whether any was skipped.
    pub(super) fn skip_closers(&self, mut i: usize) -> (usize, bool) {
        let start = i;
        while let Some((c, l)) = self.char_at(i) {
            if is_closer(c) {
                i += l;
            } else {
                break;
            }
        }
        (i, i > start)
    }

    /// Citation brackets after a full stop ("… research. [1 - 3] Next", "… so.[4][5] Next"):
    /// returns the end of the last one when they are followed by white space or the end.
    pub(super) fn citations(&self, k: usize) -> usize {
        let b = self.b;
        let bracket = match b.get(k) {
            Some(b'[') => true,
            Some(b' ') => b.get(k + 1) == Some(&b'['),
            Some(b'\n' | b'\r') | None => false,
            Some(c) => !c.is_ascii(),
        };
        if !bracket {
            return k;
        }
        let mut end = k;
        let mut i = k;
        loop {
            let p = self.skip_hspace(i);
            if b.get(p) != Some(&b'[') {
                break;
            }
            let mut q = p + 1;
            let mut digit = false;
            while q < b.len() && q - p < 40 {
                match b[q] {
                    b'0'..=b'9' => digit = true,
                    b' ' | b',' | b';' | b'-' | b'a'..=b'z' => {}
                    0xe2 if b.get(q + 1) == Some(&0x80)
                        && matches!(b.get(q + 2), Some(0x93 | 0x94)) =>
                    {
                        q += 2
                    }
                    _ => break,
                }
                q += 1;
            }
            if !digit || b.get(q) != Some(&b']') {
                break;
            }
            i = q + 1;
            end = i;
        }
        if end > k {
            let (e, _) = self.skip_closers(end);
            match self.char_at(e) {
                None => return e,
                Some((c, _)) if c.is_whitespace() => return e,
                _ => {}
            }
        }
        k
    }

    /// Whether a speech tag follows a closing quote at `p`: "“Why?” Smith asked.",
    /// "“Is it?” John Smith said of the plan": one to three capitalized words and a verb of
    /// saying that ends the clause.
    pub(super) fn attribution(&self, p: usize) -> bool {
        let b = self.b;
        let mut i = self.skip_hspace(p);
        for n in 0..4 {
            let start = i;
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            let mut buf = [0u8; 24];
            let Some(w) = lower_ascii(self.text.get(start..i).unwrap_or(""), &mut buf) else {
                return false;
            };
            if n > 0 && is_speech_verb(w) {
                return match b.get(i) {
                    None | Some(b',' | b'.' | b';' | b'!' | b'?') => true,
                    Some(b' ') => b.get(i + 1..i + 4) == Some(b"of ".as_slice()),
                    _ => false,
                };
            }
            // A capitalized pronoun opens a sentence: "… so quiet?' He said, …".
            let capital = b.get(start).is_some_and(u8::is_ascii_uppercase);
            let pronoun = matches!(w, b"he" | b"she" | b"they" | b"we" | b"it" | b"you");
            if w.is_empty() || !capital || pronoun || b.get(i) != Some(&b' ') {
                return false;
            }
            i += 1;
        }
        false
    }

    /// Whether a verb of saying comes within the next five words at `p`, before any
    /// punctuation ("“save clarkson?” his co-host james may tweeted").
    pub(super) fn speech_verb_follows(&self, p: usize) -> bool {
        let b = self.b;
        let mut i = p;
        for _ in 0..5 {
            while i < b.len() && matches!(b[i], b' ' | b'"' | b'\'') {
                i += 1;
            }
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphabetic() || b[i] == b'-') {
                i += 1;
            }
            let mut buf = [0u8; 24];
            match lower_ascii(&self.text[start..i], &mut buf) {
                Some(w) if !w.is_empty() => {
                    if is_speech_verb(w) {
                        return true;
                    }
                }
                _ => return false,
            }
            if b.get(i) != Some(&b' ') {
                return false;
            }
        }
        false
    }
}

pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '*'
            | '_'
            | '`'
            | '”'
            | '’'
            | '“'
            | '‘'
            | '»'
            | '›'
            | '«'
            | '」'
            | '』'
            | '）'
            | '】'
            | '〕'
            | '〉'
            | '》'
            | '］'
            | '｝'
            | '〗'
            | '〙'
            | '〛'
            | '＂'
            | '＇'
    )
}

pub(super) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '*'
            | '_'
            | '`'
            | '“'
            | '‘'
            | '„'
            | '‚'
            | '«'
            | '‹'
            | '»'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '【'
            | '〔'
            | '〈'
            | '《'
            | '［'
            | '｛'
    )
}

/// Words after a closing quote that continue the sentence: "“Really?” she asked."
pub(super) fn is_speech_tag(w: &[u8]) -> bool {
    matches!(w, b"he" | b"she" | b"they" | b"i" | b"we" | b"you") || is_speech_verb(w)
}

/// Verbs of saying, for speech tags after quotations.
pub(super) fn is_speech_verb(w: &[u8]) -> bool {
    matches!(
        w,
        b"said"
            | b"says"
            | b"asked"
            | b"asks"
            | b"added"
            | b"adds"
            | b"replied"
            | b"replies"
            | b"told"
            | b"tells"
            | b"wrote"
            | b"writes"
            | b"explained"
            | b"continued"
            | b"recalled"
            | b"noted"
            | b"shouted"
            | b"whispered"
            | b"cried"
            | b"exclaimed"
            | b"answered"
            | b"insisted"
            | b"laughed"
            | b"tweeted"
            | b"wondered"
            | b"demanded"
            | b"declared"
            | b"remarked"
            | b"yelled"
            | b"argued"
            | b"admitted"
            | b"warned"
            | b"stated"
            | b"screamed"
            | b"muttered"
            | b"joked"
            | b"quipped"
            | b"yells"
            | b"recalls"
            | b"remembers"
            | b"responded"
            | b"responds"
            | b"pleaded"
            | b"sighed"
            | b"snapped"
            | b"countered"
            | b"conceded"
            | b"acknowledged"
            | b"observed"
            | b"announced"
            | b"suggested"
            | b"urged"
            | b"protested"
            | b"questioned"
            | b"teased"
            | b"boasted"
            | b"complained"
            | b"mused"
            | b"sang"
            | b"asking"
            | b"adding"
            | b"saying"
            | b"screams"
            | b"shouts"
            | b"cries"
            | b"tweets"
            | b"demands"
            | b"reads"
            | b"jokes"
    )
}

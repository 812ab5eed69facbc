//! Periods: the token before the full stop (word, number, URL, initial, abbreviation, list
//! marker) and the next word decide whether a `.` ends the sentence.

use super::abbreviations::{
    abbreviation, is_opening_preposition, is_title, is_vowelless_word, lower_ascii, lower_word,
    Abbrev,
};
use super::lang::{self, strong_starter, weak_starter};
use super::lists::marker_value;
use super::numbers::is_roman;
use super::quotes::is_opener;
use super::scanner::{Kind, List, Next, Scanner, Tok};
use crate::text::Language;

impl Scanner<'_> {
    pub(super) fn dot(&mut self, i: usize) -> usize {
        let b = self.b;
        let n = b.len();
        let mut j = i + 1;
        while j < n && b[j] == b'.' {
            j += 1;
        }
        if j - i >= 2 {
            return self.ellipsis(i, j);
        }
        if let Some((end, dots)) = self.spaced_ellipsis(i) {
            return self.spaced(i, end, dots);
        }
        let (k, closed) = self.skip_closers(j);
        let mut k = self.citations(k);
        let Some((c, _)) = self.char_at(k) else {
            return k;
        };
        if !c.is_whitespace() {
            if matches!(c, '.' | '?' | '!' | '…') {
                return k;
            }
            // "…方法.仿真结果表明…": a period between CJK characters is a full stop.
            if self.cjk_stop(i, k, c) {
                self.end_sentence(k);
                return k;
            }
            if !closed && c.is_alphanumeric() {
                self.glued(i);
            }
            return k.max(i + 1);
        }
        k = self.detached_closers(k);
        let e = self.trailing_ellipsis(k);
        let next = self.next_word(e);
        let Some((tok_start, tok)) = self.token_before(i) else {
            if self.ends(Tok::Plain, None, &next) {
                self.end_sentence(e);
                return e;
            }
            return k;
        };
        // List markers: "1. The first item", and inline "… 2. The second item".
        if let Some((value, alpha)) = marker_value(tok) {
            let first = self.is_first(tok_start);
            // An enumeration's first marker after a colon opens its first item: "Here is what
            // we have decided to do:  1. As a condition …", not "… to do: 1." and "As …".
            let opens = first
                || next.kind == Kind::Upper
                    && (value == 1 && self.after_colon(tok_start)
                        || self
                            .list
                            .is_some_and(|l| !l.paren && l.alpha == alpha && l.next == value));
            if opens {
                if !first {
                    self.cut(tok_start);
                }
                self.list = Some(List {
                    next: value + 1,
                    paren: false,
                    alpha,
                });
                return k;
            }
        }
        // An article number of a code or a statute opens its heading: "1012. Usurpazioni
        // durante l'usufrutto", numbered past the three digits a list marker takes.
        if tok.len() == 4
            && tok.bytes().all(|c| c.is_ascii_digit())
            && tok_start + 4 == i
            && next.kind == Kind::Upper
            && self.char_before(tok_start).is_none_or(char::is_whitespace)
            && self.is_first(tok_start)
        {
            return k;
        }
        // "am 19. Februar", "im 18. Jahrhundert".
        if self.ordinal(tok_start, tok, &next) {
            return k;
        }
        // A slash after the period separates verse lines or units: "se consuela. / [...]",
        // "7,63 hab. / km²".
        if next.kind == Kind::Other && self.b[e..].trim_ascii_start().first() == Some(&b'/') {
            return k;
        }
        let mut kind = self
            .pair(tok_start, tok)
            .unwrap_or_else(|| self.classify(tok));
        // Russian "г." after a year is "год" and may end the sentence before any capitalized
        // word ("в 1905 г. Популяции …"); before a name it is "город" ("г. Волгоград").
        if let Tok::Abbr(_, l @ Language::Russian) = kind {
            if matches!(tok, "г" | "гг") {
                let year = self.text[..tok_start]
                    .trim_end()
                    .ends_with(|c: char| c.is_ascii_digit());
                kind = Tok::Abbr(if year { Abbrev::Etc } else { Abbrev::Title }, l);
            }
        }
        if self.ends(kind, Some(tok_start), &next) && !self.inside_quotation(k) {
            // Inside a quotation: the narrator's words that a dash ends, and verse lines.
            let quoted = (next.dash && self.speech_resumes(k))
                || (next.kind == Kind::Upper && self.quoted_verse(e));
            if !quoted {
                self.end_sentence(e);
                return e;
            }
        }
        k
    }

    /// Whether the token at `at` follows a word and a colon on its line ("to do:  1.").
    fn after_colon(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end_matches([' ', '\t']);
        before.len() < at
            && before
                .strip_suffix(':')
                .is_some_and(|w| w.ends_with(char::is_alphabetic))
    }

    /// Whether a period after a token of shape `tok` ends the sentence before `next`.
    #[inline]
    pub(super) fn ends(&mut self, tok: Tok, tok_start: Option<usize>, next: &Next) -> bool {
        use Kind::*;
        if next.kind == End {
            return true;
        }
        let w = next.word();
        if next.dash && tok != Tok::Plain {
            return false;
        }
        match tok {
            Tok::Plain => match next.kind {
                // "… the same properties. (credit: …)"
                Lower => next.bracket || self.lower_mode() || self.lower_starts(),
                _ => true,
            },
            Tok::Initial { upper } => {
                if next.initial {
                    return false;
                }
                let l = self.starters;
                match next.kind {
                    Upper => upper && weak_starter(l, w),
                    Lower => strong_starter(l, w) && self.lower_mode(),
                    _ => false,
                }
            }
            // A title after a comma stands after the name: "D. F. Costello, Prof. A …".
            Tok::Abbr(Abbrev::Title, l) if tok_start.is_some_and(|p| self.after_comma(p)) => {
                self.ends(Tok::Abbr(Abbrev::Ambiguous, l), tok_start, next)
            }
            Tok::Abbr(Abbrev::Title | Abbrev::Inner, _) => false,
            Tok::Abbr(Abbrev::Numeric, _) => match next.kind {
                Upper => !is_roman(w) || w == b"i",
                Lower => self.lower_mode(),
                _ => false,
            },
            Tok::Abbr(Abbrev::Etc, l) => match next.kind {
                Upper => true,
                Lower => strong_starter(l, w) && self.lower_mode(),
                _ => false,
            },
            Tok::Abbr(a @ (Abbrev::Ambiguous | Abbrev::Time), l) => {
                let time = a == Abbrev::Time;
                let starts = match next.kind {
                    Upper => weak_starter(l, w) || (time && is_title(w)),
                    Lower => (strong_starter(l, w) || (time && is_title(w))) && self.lower_mode(),
                    _ => false,
                };
                starts && !tok_start.is_some_and(|p| self.short_lead(p))
            }
        }
    }

    /// Whether the token at `p` follows a comma.
    pub(super) fn after_comma(&self, p: usize) -> bool {
        self.text
            .get(self.last_cut..p)
            .is_some_and(|s| s.trim_end().ends_with(','))
    }

    /// Whether the sentence so far (before `p`) is a short prepositional phrase such as
    /// "At 5" in "At 5 a.m. Mr. Smith went …".
    pub(super) fn short_lead(&self, p: usize) -> bool {
        let Some(s) = self.text.get(self.last_cut..p) else {
            return false;
        };
        let mut words = s.split_whitespace();
        let Some(first) = words.next() else {
            return false;
        };
        let first = first.trim_start_matches(is_opener);
        let mut buf = [0u8; 24];
        words.take(3).count() <= 2
            && lower_ascii(first, &mut buf).is_some_and(is_opening_preposition)
    }

    /// A period glued to the next word: "Hello world.Today is Tuesday.Mr. Smith …".
    pub(super) fn glued(&mut self, i: usize) {
        let b = self.b;
        // Next: a capitalized word of at least two letters, then a space or punctuation.
        let mut j = i + 1;
        if !b.get(j).is_some_and(u8::is_ascii_uppercase) {
            return;
        }
        j += 1;
        let lower_start = j;
        while j < b.len() && b[j].is_ascii_lowercase() {
            j += 1;
        }
        if j == lower_start {
            return;
        }
        match b.get(j) {
            None | Some(b' ' | b'\t' | b'\n' | b'\r' | b',' | b';' | b':' | b'!' | b'?') => {}
            Some(b'.') if b.get(j + 1).is_none_or(|c| c.is_ascii_whitespace()) => {}
            _ => return,
        }
        // Before: a plain word or a number.
        let Some((start, tok)) = self.token_before(i) else {
            return;
        };
        if tok.len() < 2 || start + tok.len() != i {
            return;
        }
        let word = tok.bytes().all(|c| c.is_ascii_alphabetic())
            && tok.bytes().skip(1).all(|c| c.is_ascii_lowercase());
        let number = tok.bytes().all(|c| c.is_ascii_digit() || c == b',')
            && tok.as_bytes()[0].is_ascii_digit();
        if !(word || number) {
            return;
        }
        let mut buf = [0u8; 24];
        if word && lower_ascii(tok, &mut buf).is_some_and(|w| abbreviation(w).is_some()) {
            return;
        }
        self.cut(i + 1);
    }
}

impl Scanner<'_> {
    /// The shape of the token before a period.
    pub(super) fn classify(&self, tok: &str) -> Tok {
        if tok.is_empty()
            || tok.len() > 24
            || tok.bytes().any(|c| matches!(c, b'/' | b'@' | b':' | b'\\'))
        {
            return Tok::Plain;
        }
        // "non-U.S.", "ex-Gov.", "(CNN)U.S.": the part after the last hyphen or bracket.
        let tok = match tok.bytes().rposition(|c| {
            matches!(
                c,
                b'-' | b'('
                    | b')'
                    | b'['
                    | b']'
                    | b'{'
                    | b'}'
                    | b'"'
                    | b'*'
                    | b'_'
                    | b'`'
                    | b','
                    | b';'
                    | b'&'
                    | b'+'
                    | b'='
                    | b'<'
                    | b'>'
                    | b'|'
                    | b'~'
                    | b'!'
                    | b'?'
            )
        }) {
            Some(h) if h + 1 < tok.len() => &tok[h + 1..],
            _ => tok,
        };
        // French and Italian elision: "dell'art.", "l'Ing.": the word after the apostrophe.
        let tok = match tok.rfind(['\'', '’']) {
            Some(a) if self.elision() => {
                let rest = tok[a..].trim_start_matches(['\'', '’']);
                if rest.chars().nth(1).is_some() {
                    rest
                } else {
                    tok
                }
            }
            _ => tok,
        };
        let mut buf = [0u8; 24];
        let mut chars = tok.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if c.is_alphabetic() {
                if let Some((a, l)) = lower_word(tok, &mut buf)
                    .and_then(|w| lang::letter(self.lang, w, c.is_uppercase()))
                {
                    return Tok::Abbr(a, l);
                }
                return Tok::Initial {
                    upper: c.is_uppercase(),
                };
            }
            return Tok::Plain;
        }
        let Some(w) = lower_word(tok, &mut buf) else {
            return Tok::Plain;
        };
        // In an unknown language a token in capitals ("ENGL.") is an acronym, not a foreign
        // abbreviation.
        let caps = || {
            tok.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !tok.chars().any(char::is_lowercase)
        };
        if let Some((a, l)) = lang::lookup(self.lang, w, caps) {
            return Tok::Abbr(a, l);
        }
        if w.contains(&b'.') {
            // Acronyms with inner periods: U.S.A., Ph.D., a.m., Л.Н.
            let acronym = if w.is_ascii() {
                w.split(|&c| c == b'.')
                    .all(|s| !s.is_empty() && s.len() <= 2 && s.iter().all(u8::is_ascii_alphabetic))
            } else {
                tok.split('.').all(|s| {
                    let n = s.chars().count();
                    (1..=2).contains(&n) && s.chars().all(char::is_alphabetic)
                })
            };
            return if acronym {
                Tok::Abbr(Abbrev::Ambiguous, self.starters)
            } else {
                Tok::Plain
            };
        }
        // Capitalized vowelless letter-only tokens: Blvd, Mgmt, Spc (not CNN, nor cnn in
        // lower-cased text).
        let tb = tok.as_bytes();
        if (2..=5).contains(&w.len())
            && tb[0].is_ascii_uppercase()
            && tb[1..].iter().all(u8::is_ascii_lowercase)
            && !w
                .iter()
                .any(|c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
            && !is_vowelless_word(w)
        {
            return Tok::Abbr(Abbrev::Ambiguous, self.starters);
        }
        Tok::Plain
    }

    /// Languages whose texts may open a sentence in lower case after an ordinary word's
    /// period (Italian legal and news excerpts: "… cardiache. avevano appena lasciato …";
    /// French and Russian web text). Measured on the UD dev sets: German, Spanish and
    /// Portuguese lose by it, so they keep the English rule.
    fn lower_starts(&self) -> bool {
        matches!(
            self.lang,
            Some(Language::Italian | Language::French | Language::Russian)
        )
    }

    /// Apostrophes elide articles and prepositions before the word (French, Italian).
    fn elision(&self) -> bool {
        matches!(self.lang, Some(Language::French | Language::Italian))
    }

    /// Two-part abbreviations written with a space: "z. B.", "d. h.", "т. е.", "p. ej.": the
    /// token `tok` at `start` and the short one before it, looked up as "z.b".
    pub(super) fn pair(&self, start: usize, tok: &str) -> Option<Tok> {
        if self.lang == Some(Language::English)
            || tok.is_empty()
            || tok.len() > 8
            || !tok.chars().all(char::is_alphabetic)
            || tok.chars().count() > 3
        {
            return None;
        }
        let before = self.text.get(self.last_cut..start)?.strip_suffix(' ')?;
        let before = before.strip_suffix('.')?;
        let first = before.rsplit(|c: char| !c.is_alphabetic()).next()?;
        let n = first.chars().count();
        if !(1..=3).contains(&n) {
            return None;
        }
        let mut joined = [0u8; 24];
        let len = first.len() + 1 + tok.len();
        if len > joined.len() {
            return None;
        }
        joined[..first.len()].copy_from_slice(first.as_bytes());
        joined[first.len()] = b'.';
        joined[first.len() + 1..len].copy_from_slice(tok.as_bytes());
        let joined = std::str::from_utf8(&joined[..len]).ok()?;
        let mut buf = [0u8; 24];
        let w = lower_word(joined, &mut buf)?;
        match lang::lookup(self.lang, w, || false) {
            Some((_, Language::English)) if self.lang.is_none() => None,
            Some((a, l)) => Some(Tok::Abbr(a, l)),
            None => None,
        }
    }
}

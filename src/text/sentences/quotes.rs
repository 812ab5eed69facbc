//! Quotes and brackets: closing quotes, brackets and emphasis marks after a full stop stay with
//! the sentence, citation brackets (`[1 - 3]`) too; speech tags after a quotation ("“Why?” Smith
//! asked.") continue it.

use super::abbreviations::lower_ascii;
use super::scanner::Scanner;
use crate::text::Language;

impl Scanner<'_> {
    /// Closing quotes after a space, as French spacing and tokenized text write them: "« pièce.
    /// »", "bête ! \"", "raak. ''", "любовь? ``.": returns the end of such closers after `k`
    /// (with a period after them) when white space or the end follows, else `k`. Opening quotes
    /// («, “, „) never close here.
    /// Whether `k` lies inside a CJK quotation, title or bracket that the sentence opened and
    /// that closes later in the paragraph: 「…」, 『…』, 《…》, （…）. A full stop there does not
    /// end the sentence: 我们明天一起去看《摔跤吧！爸爸》好吗？ (Quotations in «…», „…“ and “…”
    /// are left out: news quotes there often hold whole sentences of their own, which the
    /// treebanks split; measured on the UD dev sets, Portuguese lost 4 points of F1.)
    #[inline]
    pub(super) fn inside_quotation(&mut self, k: usize) -> bool {
        // All these marks are encoded from 0xE3 (U+3000 block) or 0xEF (fullwidth forms) on:
        // a text without those bytes is never looked at again.
        let b = self.b;
        *self
            .cjk_brackets
            .get_or_insert_with(|| memchr::memchr2(0xe3, 0xef, b).is_some())
            && self.inside_cjk_quotation(k)
    }

    #[inline(never)]
    fn inside_cjk_quotation(&self, k: usize) -> bool {
        let Some(s) = self.recent(k) else {
            return false;
        };
        for (open, close) in [('「', '」'), ('『', '』'), ('《', '》'), ('（', '）')] {
            let opened = s.matches(open).count();
            if opened == 0 || opened <= s.matches(close).count() {
                continue;
            }
            // The closing mark comes later in the same paragraph.
            if self.closes_ahead(k, close) {
                return true;
            }
        }
        false
    }

    /// A period inside a «…» quotation that a dash follows: the narrator's words interrupt the
    /// quoted speech and the dash resumes it, so the quotation goes on as one sentence:
    /// «К чему ты готовишься? – спросила мама. – Завтра ведь выходной».
    pub(super) fn speech_resumes(&self, k: usize) -> bool {
        self.quote_open(k, '»') && self.closes_ahead(k, '»')
    }

    /// Inside a quotation of verse written inline, its lines parted by " / ": a period there
    /// does not end the sentence that quotes it ("\"Ei fu. Siccome immobile / dato il mortal
    /// sospiro / […]\" (Manzoni)."). Only looked at in texts that hold " / " at all.
    pub(super) fn quoted_verse(&mut self, e: usize) -> bool {
        let b = self.b;
        if !*self
            .verse
            .get_or_insert_with(|| memchr::memmem::find(b, b" / ").is_some())
        {
            return false;
        }
        let mut end = (e + 300).min(b.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let ahead = &self.text[e..end];
        let Some(slash) = memchr::memmem::find(ahead.as_bytes(), b" / ") else {
            return false;
        };
        // The verse line goes on to the slash inside the same quotation.
        if ahead[..slash].contains(['"', '”', '»', '“', '\n']) {
            return false;
        }
        let straight = self
            .recent(e)
            .is_some_and(|s| s.matches('"').count() % 2 == 1);
        straight || self.quote_open(e, '”') || self.quote_open(e, '»')
    }

    /// Whether `close` comes after `k` within the paragraph (looking at most 600 bytes on).
    fn closes_ahead(&self, k: usize, close: char) -> bool {
        let mut end = (k + 600).min(self.b.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let ahead = &self.text[k..end];
        let para = ahead.find("\n\n").unwrap_or(ahead.len());
        ahead[..para].contains(close)
    }

    /// The current sentence before `k`, at most its last 1,000 bytes (quotation marks are
    /// counted there: bounded, so that a text without sentence ends stays linear).
    fn recent(&self, k: usize) -> Option<&str> {
        let mut from = self.last_cut.max(k.saturating_sub(1000));
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        self.text.get(from..k)
    }

    /// Whether the sentence before `k` opened more quotations than it closed with `close`.
    fn quote_open(&self, k: usize, close: char) -> bool {
        let Some(s) = self.recent(k) else {
            return false;
        };
        let (mut opened, mut closed) = (0usize, 0usize);
        for c in s.chars() {
            match (close, c) {
                ('»', '«') | ('”', '“' | '„') | ('」', '「') | ('』', '『') => {
                    opened += 1
                }
                _ if c == close => closed += 1,
                _ => {}
            }
        }
        opened > closed
    }

    #[inline]
    pub(super) fn detached_closers(&self, k: usize) -> usize {
        let b = self.b;
        let mut p = k;
        loop {
            match b.get(p) {
                Some(b' ') => p += 1,
                Some(0xc2) if b.get(p + 1) == Some(&0xa0) => p += 2,
                Some(0xe2)
                    if b.get(p + 1) == Some(&0x80) && matches!(b.get(p + 2), Some(0xaf | 0x89)) =>
                {
                    p += 3
                }
                _ => break,
            }
        }
        if p == k || !matches!(b.get(p), Some(b'"' | b'\'' | b'`' | 0xc2 | 0xe2 | 0xe3)) {
            return k;
        }
        let start = p;
        // A straight quote or a pair of backticks closes only a quotation the sentence opened
        // ('… richer?' " he said'); after a closed one it opens the next ('said. " I just').
        // In English (or an unknown language) only after a nested quotation ends ('… richer?' "),
        // as "said. \" I just" is as often an opening quote typed with a space.
        let open = |pat: &str| {
            let nested = matches!(self.char_before(k), Some('\'' | '’'));
            let foreign = !matches!(self.lang, None | Some(Language::English));
            (nested || foreign)
                && self
                    .recent(k)
                    .is_some_and(|s| s.matches(pat).count() % 2 == 1)
        };
        loop {
            match b.get(p) {
                Some(b'"') if open("\"") => p += 1,
                Some(b'\'') if b.get(p + 1) == Some(&b'\'') => p += 2,
                Some(b'`') if b.get(p + 1) == Some(&b'`') && open("``") => p += 2,
                Some(0xc2 | 0xe2 | 0xe3) => match self.char_at(p) {
                    // Only when the sentence has a quotation open: "« pièce. »".
                    Some((c @ ('»' | '”' | '」' | '』'), l)) if self.quote_open(k, c) => {
                        p += l
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        if p == start {
            return k;
        }
        if b.get(p) == Some(&b'.') {
            p += 1;
        }
        match self.char_at(p) {
            None => p,
            Some((c, _)) if c.is_whitespace() => p,
            _ => k,
        }
    }

    /// Skips closing quotes, brackets and emphasis marks; tells whether any was skipped.
    #[inline]
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
    #[inline]
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

/// Whether `line` opens a quotation it does not close (“…, «…, „…, 「…, or an odd number of
/// `"`): the quotation goes on into the next line, so the line ends no sentence.
pub fn leaves_quote_open(line: &str) -> bool {
    let count = |set: &[char]| line.chars().filter(|c| set.contains(c)).count();
    count(&['“', '«', '„', '「']) > count(&['”', '»', '」']) || count(&['"']) % 2 == 1
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

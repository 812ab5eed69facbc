//! Names and content words. A word is a name when the summary writes it with a capital inside a
//! sentence, when it opens a run of capitalized words, or — for lower-cased text — when the
//! article writes it with a capital inside its sentences and never in lower case. A content
//! word is supported by the same stem in the article or, for derived forms the stemmer keeps
//! apart ("donation", "donated"), by the same first five letters.

use rustc_hash::FxHashSet;

use super::tokens::Tok;
use crate::text::terms::TermId;

/// What the article says about words, for the whole document.
#[derive(Default)]
pub(super) struct Lexicon {
    /// Terms of the article (title and headings included), by id.
    pub present: Vec<bool>,
    /// Terms the article writes capitalized inside a sentence.
    capital: Vec<bool>,
    /// Terms the article writes in lower case.
    lower: Vec<bool>,
    /// First five bytes of the article's longer lower-cased words.
    prefixes: FxHashSet<[u8; PREFIX]>,
}

const PREFIX: usize = 5;

fn set(v: &mut Vec<bool>, t: TermId) {
    let t = t as usize;
    if t >= v.len() {
        v.resize(t + 1, false);
    }
    v[t] = true;
}

fn get(v: &[bool], t: TermId) -> bool {
    v.get(t as usize).copied().unwrap_or(false)
}

fn prefix(lower: &str) -> Option<[u8; PREFIX]> {
    let b = lower.as_bytes();
    (b.len() > PREFIX && lower.is_char_boundary(PREFIX)).then(|| {
        let mut p = [0; PREFIX];
        p.copy_from_slice(&b[..PREFIX]);
        p
    })
}

impl Lexicon {
    /// Adds a sentence's words.
    pub fn add(&mut self, text: &str, toks: &[Tok]) {
        let shouted = is_shouted(toks);
        for (i, t) in toks.iter().enumerate() {
            let Some(term) = t.term else { continue };
            set(&mut self.present, term);
            if !shouted {
                if t.cap && i > 0 && !after_opening(text, t.start) {
                    set(&mut self.capital, term);
                } else if !t.cap {
                    set(&mut self.lower, term);
                }
            }
            if let Some(p) = prefix(&t.lower) {
                self.prefixes.insert(p);
            }
        }
    }

    pub fn has(&self, term: TermId) -> bool {
        get(&self.present, term)
    }

    /// The word is in the article, by stem or by its first letters.
    pub fn has_word(&self, t: &Tok) -> bool {
        t.term.is_some_and(|term| self.has(term))
            || prefix(&t.lower).is_some_and(|p| self.prefixes.contains(&p))
    }

    /// Whether the article treats the term as a name.
    pub fn is_name(&self, term: TermId) -> bool {
        get(&self.capital, term) && !get(&self.lower, term)
    }
}

/// Whether a word at byte `at` follows an opening quote, a bracket, a colon or a full stop
/// (where a capital is a sentence's, not a name's).
fn after_opening(text: &str, at: usize) -> bool {
    text.get(..at).is_some_and(|s| {
        s.trim_end().ends_with([
            '"', '“', '‘', '\'', '(', '[', ':', '.', '!', '?', '`', '—', '-', '*',
        ])
    })
}

/// Headline case or capitals throughout: capitals say nothing about names.
pub(super) fn is_shouted(toks: &[Tok]) -> bool {
    let mut words = 0;
    let mut caps = 0;
    for t in toks.iter().filter(|t| t.term.is_some()) {
        words += 1;
        caps += usize::from(t.cap);
    }
    words >= 5 && caps * 10 >= words * 8
}

/// Which of a summary sentence's words are names.
pub(super) fn names(toks: &[Tok], lex: &Lexicon) -> Vec<bool> {
    let shouted = is_shouted(toks);
    let mut out = vec![false; toks.len()];
    for (i, t) in toks.iter().enumerate() {
        let Some(term) = t.term else { continue };
        if t.word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let known_lower = get(&lex.lower, term);
        let by_case = !shouted
            && t.cap
            && !known_lower
            && (i > 0 || toks.get(1).is_some_and(|n| n.cap && n.term.is_some()));
        out[i] = by_case || lex.is_name(term);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;
    use crate::text::terms::Terms;
    use crate::text::Language;

    #[test]
    fn names_from_the_article_work_on_lower_cased_summaries() {
        let mut terms = Terms::new(Language::English);
        let mut lex = Lexicon::default();
        let art = "The storm hit Dover on Monday. The Mayor of Dover, Jane Okafor, said the mayor's office stayed open.";
        lex.add(art, &tokenize(art, &mut terms, &mut Vec::new()));
        let s = "jane okafor said dover coped";
        let toks = tokenize(s, &mut terms, &mut Vec::new());
        let n = names(&toks, &lex);
        let flagged: Vec<&str> = toks
            .iter()
            .zip(&n)
            .filter(|(_, n)| **n)
            .map(|(t, _)| t.word)
            .collect();
        assert_eq!(flagged, ["jane", "okafor", "dover"]);
        // "Mayor" is also written in lower case: not a name. An unknown capitalized word is.
        let s = "Mayor Okafor thanked the police in Kent";
        let toks = tokenize(s, &mut terms, &mut Vec::new());
        let n = names(&toks, &lex);
        let flagged: Vec<&str> = toks
            .iter()
            .zip(&n)
            .filter(|(_, n)| **n)
            .map(|(t, _)| t.word)
            .collect();
        assert_eq!(flagged, ["Okafor", "Kent"]);
        assert!(!lex.has_word(&toks[2]));
    }
}

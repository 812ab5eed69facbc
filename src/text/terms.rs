//! Terms: the words that say what a sentence is about — lower-cased, stop words removed, stemmed
//! with the Snowball stemmer of the document's language, interned as small integers.

use std::sync::OnceLock;

use rust_stemmers::Stemmer;
use rustc_hash::{FxHashMap, FxHashSet};

use super::words::{next_ascii_word, words};
use super::{porter2, stopwords, Language};

/// An interned term; ids are dense from 0 within one [`Terms`].
pub type TermId = u32;

/// Turns text into term ids for one document (one language). Ids are local to the `Terms`
/// value and dense; the word → stem work is memoized per thread across documents (bounded).
///
/// A `Terms` holds its thread's memo for its language while it lives (one hash lookup per
/// word, no locking) and hands it back when dropped. A second `Terms` of the same language
/// alive at the same time on the same thread simply starts with an empty memo.
pub struct Terms {
    memo: Option<Memo>,
    len: usize,
}

/// Per-thread memo of word → stem id, per language, and the stems themselves.
struct Memo {
    language: Language,
    stemmer: Option<Stemmer>,
    stop: &'static FxHashSet<&'static str>,
    /// Every word form met (as written and lower-cased) → its global stem id, or `None` when
    /// it is not a term (stop word, punctuation-like, too short). Words of up to 8 bytes (most
    /// of them) are keyed by their bytes packed into an integer: no string hashing or compare.
    short: FxHashMap<u64, Option<u32>>,
    words: FxHashMap<Box<str>, Option<u32>>,
    stems: FxHashMap<Box<str>, u32>,
    lower: String,
    stem: String,
    /// Current numbering; `stamp[g] == generation` means global stem `g` has local id `local[g]`.
    generation: u32,
    stamp: Vec<u32>,
    local: Vec<TermId>,
}

/// Past this many memoized words a thread's memo starts afresh (bounds memory on huge corpora).
const MEMO_LIMIT: usize = 500_000;

thread_local! {
    static MEMOS: std::cell::RefCell<FxHashMap<Language, Memo>> = std::cell::RefCell::new(FxHashMap::default());
}

fn stop_set(lang: Language) -> &'static FxHashSet<&'static str> {
    const N: usize = Language::Other as usize + 1;
    static SETS: [OnceLock<FxHashSet<&'static str>>; N] = [const { OnceLock::new() }; N];
    SETS[lang as usize].get_or_init(|| stopwords::stop_words(lang).into_iter().collect())
}

impl Terms {
    pub fn new(language: Language) -> Terms {
        let taken = MEMOS
            .try_with(|m| m.borrow_mut().remove(&language))
            .ok()
            .flatten();
        let mut memo = taken.unwrap_or_else(|| Memo {
            language,
            stemmer: language.stemmer().map(Stemmer::create),
            stop: stop_set(language),
            // Sized for a few thousand words: a single document rarely grows them.
            short: FxHashMap::with_capacity_and_hasher(4096, Default::default()),
            words: FxHashMap::with_capacity_and_hasher(1024, Default::default()),
            stems: FxHashMap::with_capacity_and_hasher(4096, Default::default()),
            lower: String::new(),
            stem: String::new(),
            generation: 0,
            stamp: Vec::new(),
            local: Vec::new(),
        });
        // Only between documents, so that ids stay consistent within one `Terms`.
        if memo.words.len() + memo.short.len() > MEMO_LIMIT {
            memo.short.clear();
            memo.words.clear();
            memo.stems.clear();
            memo.stamp.clear();
            memo.local.clear();
        }
        memo.generation = memo.generation.wrapping_add(1);
        if memo.generation == 0 {
            memo.stamp.iter_mut().for_each(|s| *s = 0);
            memo.generation = 1;
        }
        Terms {
            memo: Some(memo),
            len: 0,
        }
    }

    pub fn language(&self) -> Language {
        self.memo.as_ref().map_or(Language::Other, |m| m.language)
    }

    /// Number of distinct terms seen so far (ids are `0..len`).
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Appends the terms of `text` to `out`, in order, repeats included; returns the number of
    /// words `text` has (stop words included).
    pub fn push_terms(&mut self, text: &str, out: &mut Vec<TermId>) -> usize {
        let Some(memo) = self.memo.as_mut() else {
            return 0;
        };
        let mut count = 0;
        let len = &mut self.len;
        let mut push = |memo: &mut Memo, word: &str| {
            count += 1;
            let Some(g) = memo.global(word) else {
                return;
            };
            let g = g as usize;
            if g >= memo.stamp.len() {
                memo.stamp.resize(g + 1, 0);
                memo.local.resize(g + 1, 0);
            }
            if memo.stamp[g] != memo.generation {
                memo.stamp[g] = memo.generation;
                memo.local[g] = *len as TermId;
                *len += 1;
            }
            out.push(memo.local[g]);
        };
        if text.is_ascii() {
            // The common case, scanned in this loop rather than through the iterator.
            let b = text.as_bytes();
            let mut pos = 0;
            while let Some((start, end)) = next_ascii_word(b, pos) {
                push(memo, text.get(start..end).unwrap_or(""));
                pos = end;
            }
        } else {
            for (_, word) in words(text) {
                push(memo, word);
            }
        }
        count
    }

    /// The terms of `text` as a new vector.
    pub fn terms(&mut self, text: &str) -> Vec<TermId> {
        let mut out = Vec::new();
        self.push_terms(text, &mut out);
        out
    }
}

impl Drop for Terms {
    fn drop(&mut self) {
        if let Some(memo) = self.memo.take() {
            // At thread exit the memo is simply dropped.
            let _ = MEMOS.try_with(|m| m.borrow_mut().insert(memo.language, memo));
        }
    }
}

impl Memo {
    /// The global stem id of a word as written, through the memo.
    #[inline]
    fn global(&mut self, word: &str) -> Option<u32> {
        match pack(word) {
            Some(key) => match self.short.get(&key) {
                Some(&hit) => hit,
                None => {
                    let id = self.term_of(word);
                    self.short.insert(key, id);
                    id
                }
            },
            None => match self.words.get(word) {
                Some(&hit) => hit,
                None => {
                    let id = self.term_of(word);
                    self.words.insert(word.into(), id);
                    id
                }
            },
        }
    }

    fn term_of(&mut self, word: &str) -> Option<u32> {
        self.lower.clear();
        let ascii = word.is_ascii();
        if ascii {
            self.lower.push_str(word);
            self.lower.make_ascii_lowercase();
        } else {
            for c in word.chars() {
                self.lower.extend(c.to_lowercase());
            }
            // Straight and curly apostrophes are the same letter to a reader.
            if self.lower.contains('’') {
                self.lower = self.lower.replace('’', "'");
            }
        }
        let lower = self.lower.as_str();
        let (short, alphanumeric, alphabetic) = if ascii {
            let b = lower.as_bytes();
            (
                b.len() < 2,
                b.iter().any(u8::is_ascii_alphanumeric),
                b.iter().any(u8::is_ascii_alphabetic),
            )
        } else {
            let mut chars = lower.chars();
            let first = chars.next();
            (
                chars.next().is_none() && !first.is_some_and(is_ideograph),
                lower.chars().any(char::is_alphanumeric),
                lower.chars().any(char::is_alphabetic),
            )
        };
        if short || !alphanumeric || self.stop.contains(lower) {
            return None;
        }
        // "The" and "the" share one stemming; numbers are not stemmed at all.
        if lower != word {
            let hit = match pack(lower) {
                Some(key) => self.short.get(&key),
                None => self.words.get(lower),
            };
            if let Some(&hit) = hit {
                return hit;
            }
        }
        let stem = match &self.stemmer {
            // English, the common case, through the fast implementation of the same algorithm.
            Some(_) if alphabetic && self.language == Language::English => {
                porter2::stem_english(lower, &mut self.stem);
                self.stem.as_str()
            }
            Some(s) if alphabetic => {
                self.stem = s.stem(lower).into_owned();
                self.stem.as_str()
            }
            _ => lower,
        };
        let next = self.stems.len() as u32;
        let id = match self.stems.get(stem) {
            Some(&id) => id,
            None => {
                self.stems.insert(stem.into(), next);
                next
            }
        };
        if lower != word {
            match pack(lower) {
                Some(key) => self.short.insert(key, Some(id)),
                None => self.words.insert(lower.into(), Some(id)),
            };
        }
        Some(id)
    }
}

/// A word of 1 to 8 bytes as one integer (words hold no NUL bytes, so this is one-to-one).
#[inline]
fn pack(word: &str) -> Option<u64> {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 8 {
        return None;
    }
    // A fold rather than a copy into a buffer: a copy of variable length calls memcpy.
    Some(b.iter().rev().fold(0u64, |k, &c| (k << 8) | u64::from(c)))
}

/// CJK ideographs, kana and Hangul syllables: one character is a word of its own.
fn is_ideograph(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_terms_are_stemmed_and_filtered() {
        let mut t = Terms::new(Language::English);
        let a = t.terms("The runners were running; the runner runs.");
        // "the", "were" are stop words; runner/running/runs share stems pairwise.
        assert_eq!(a.len(), 4);
        assert_eq!(a[0], a[2]); // runners, runner
        assert_eq!(a[1], a[3]); // running, runs
        assert_eq!(t.terms("He said it would rain."), t.terms("rain"));
    }

    #[test]
    fn german_and_russian_stem() {
        let mut t = Terms::new(Language::German);
        assert_eq!(t.terms("Häuser"), t.terms("Haus"));
        let mut t = Terms::new(Language::Russian);
        assert_eq!(t.terms("бюджета"), t.terms("бюджет"));
        assert!(t.terms("и в на").is_empty());
    }

    #[test]
    fn cjk_characters_are_terms() {
        let mut t = Terms::new(Language::Chinese);
        let a = t.terms("市议会批准预算");
        assert!(a.len() >= 5);
        let b = t.terms("预算");
        assert!(b.iter().all(|x| a.contains(x)));
    }
}

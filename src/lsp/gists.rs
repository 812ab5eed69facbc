//! The gists of blocks, sections and the article, cached by the content of what they
//! summarize: hovering again, listing the outline again, or asking about a paragraph that an
//! edit elsewhere did not touch costs a hash of its text. Every feature that shows a gist
//! (hover, outline, lenses) takes it from here; the cache itself lives with the document's
//! versions ([`super::documents::Shared`]).

use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use rustc_hash::{FxHashMap, FxHasher};

use super::analysis::Analysis;
use super::engine::{self, Target};
use crate::summarize::Budget;

const CACHE_LIMIT: usize = 20_000;

/// A summary of a scope, as the features show it.
pub struct Gist {
    /// Self-contained Markdown for a Markdown document, plain text for a plain-text one.
    pub markdown: String,
    /// Plain text: what a reader sees, without markup.
    pub plain: String,
    /// Words in the summarized scope.
    pub words: usize,
}

/// What a gist summarizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Block,
    Section,
    Article,
}

type Key = (Kind, (u8, u64), u64, usize);

/// Gists by what they summarize: kind, budget, hash of the source text (and title), its length.
#[derive(Default)]
pub struct GistCache {
    generation: u64,
    map: FxHashMap<Key, Arc<Gist>>,
}

impl GistCache {
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

fn budget_key(b: Budget) -> (u8, u64) {
    match b {
        Budget::Auto => (0, 0),
        Budget::Sentences(n) => (1, n as u64),
        Budget::Words(n) => (2, n as u64),
        Budget::Ratio(r) => (3, r.to_bits()),
    }
}

/// The cache key of a summary of `src` (the title takes part: the ranker reads it).
fn key(kind: Kind, budget: Budget, src: &str, title: Option<&str>) -> Key {
    let mut h = FxHasher::default();
    src.hash(&mut h);
    title.hash(&mut h);
    (kind, budget_key(budget), h.finish(), src.len())
}

/// The gist of `target` in `text` (analysed as `an`), whose source text is `src`, from `cache`
/// or computed (outside the lock) and kept.
pub fn gist(
    cache: &Mutex<GistCache>,
    an: &Analysis,
    text: &str,
    kind: Kind,
    src: &str,
    target: &Target,
    budget: Budget,
) -> Arc<Gist> {
    let k = key(
        kind,
        budget,
        src,
        an.article.title.as_ref().map(|t| t.text.as_str()),
    );
    {
        let mut c = lock(cache);
        if c.generation != an.generation {
            c.map.clear();
            c.generation = an.generation;
        }
        if let Some(g) = c.map.get(&k) {
            return g.clone();
        }
    }
    let s = engine::summarize(an, text, target, budget);
    let g = Arc::new(Gist {
        markdown: s.markdown(&an.article, text),
        plain: s.text(),
        words: s.words,
    });
    let mut c = lock(cache);
    if c.generation == an.generation {
        if c.map.len() >= CACHE_LIMIT {
            c.map.clear();
        }
        c.map.insert(k, g.clone());
    }
    g
}

/// `s` in at most `max` characters: whole, or cut at a word boundary and ended with `…`.
pub fn clip(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    // The first `max - 1` characters, leaving room for the ellipsis.
    let end = s.char_indices().nth(max - 1).map_or(s.len(), |(i, _)| i);
    let head = &s[..end];
    // A boundary right after `head` (the next character is no letter or digit) keeps its last word.
    let at_boundary = !s[end..].starts_with(char::is_alphanumeric);
    let cut = if at_boundary {
        head
    } else {
        match head.rfind(char::is_whitespace) {
            Some(i) if i > 0 => &head[..i],
            // One long word: cut inside it.
            _ => head,
        }
    };
    let cut = cut.trim_end_matches(|c: char| c.is_whitespace() || ",;:–—-".contains(c));
    format!("{cut}…")
}

fn lock(m: &Mutex<GistCache>) -> std::sync::MutexGuard<'_, GistCache> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Format};
    use crate::text::Language;

    #[test]
    fn cached_by_content_budget_and_generation() {
        let text = "# T\n\nThe council met on Tuesday. It approved the budget.\n";
        let mut an = Analysis {
            article: Arc::new(Article::parse(text, Format::Markdown)),
            parsed: text.len(),
            total: text.len(),
            language: Language::English,
            generation: 0,
            word_sums: Default::default(),
        };
        let cache = Mutex::new(GistCache::default());
        let src = &text[5..];
        let one = Budget::Sentences(1);
        let a = gist(&cache, &an, text, Kind::Block, src, &Target::Block(0), one);
        let b = gist(&cache, &an, text, Kind::Block, src, &Target::Block(0), one);
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(a.plain, "The council met on Tuesday.");
        let two = Budget::Sentences(2);
        let c = gist(&cache, &an, text, Kind::Block, src, &Target::Block(0), two);
        assert_eq!(
            c.plain,
            "The council met on Tuesday. It approved the budget."
        );
        assert_eq!(lock(&cache).len(), 2);
        an.generation = 1;
        gist(&cache, &an, text, Kind::Block, src, &Target::Block(0), one);
        assert_eq!(lock(&cache).len(), 1);
    }

    #[test]
    fn clips_at_a_word_boundary() {
        assert_eq!(clip("Short one.", 100), "Short one.");
        let s = "The regional government will pay half of the cost, and the rest comes from a loan the town repays.";
        assert_eq!(s.chars().count(), 98);
        assert_eq!(clip(s, 100), s);
        assert_eq!(clip(s, 40), "The regional government will pay half…");
        assert_eq!(
            clip(s, 50),
            "The regional government will pay half of the cost…"
        );
        assert!(clip(s, 50).chars().count() <= 50);
        assert_eq!(clip("Ünïcödé wörds ärë cüt wëll hérè", 12), "Ünïcödé…");
        assert_eq!(clip("Supercalifragilistic", 6), "Super…");
        // Cut right before a space: the whole word stays.
        assert_eq!(clip("abcd efgh ijkl", 5), "abcd…");
    }
}

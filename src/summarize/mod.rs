//! Summaries: scoring and selection over an [`Article`]. Pure functions: no IO, no LSP types,
//! no panics on any input.

mod budget;
mod furniture;
mod rank;
pub mod render;

use std::ops::Range;

use crate::article::Article;
use crate::text::Language;

pub use budget::Budget;

/// What to summarize.
#[derive(Clone, Debug, PartialEq)]
pub enum Scope {
    /// The whole article.
    Article,
    /// A section (index into [`Article::sections`]).
    Section(usize),
    /// A block (index into [`Article::blocks`]).
    Block(usize),
    /// The sentences overlapping a byte range (a selection).
    Range(Range<usize>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub budget: Budget,
    /// `None`: detect from the text.
    pub language: Option<Language>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            budget: Budget::Auto,
            language: None,
        }
    }
}

/// One picked sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Pick {
    /// Index into [`Article::sentences`].
    pub sentence: usize,
    /// What to quote: the sentence's span, less furniture such as a leading dateline.
    pub span: Range<usize>,
    /// Relative importance in `0.0..=1.0`.
    pub score: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub language: Language,
    /// Words in the summarized scope.
    pub words: usize,
    /// Sentences in the scope.
    pub sentences: usize,
    /// Picked sentences in document order.
    pub picks: Vec<Pick>,
}

impl Summary {
    /// The picked sentences' text, white space folded, joined by single spaces.
    pub fn text(&self, src: &str) -> String {
        let parts: Vec<String> = self
            .picks
            .iter()
            .filter_map(|p| src.get(p.span.clone()))
            .map(crate::article::fold_space)
            .collect();
        parts.join(" ")
    }
}

/// Summarizes `scope` of `article` (parsed from `text`).
pub fn summarize(article: &Article, text: &str, scope: Scope, opts: &Options) -> Summary {
    let language = opts.language.unwrap_or_else(|| Language::detect(text));
    let ids: Range<usize> = match scope {
        Scope::Article => 0..article.sentences.len(),
        Scope::Section(s) => match article.sections.get(s) {
            Some(sec) => {
                let blocks = &article.blocks[sec.blocks.start.min(article.blocks.len())
                    ..sec.blocks.end.min(article.blocks.len())];
                match (blocks.first(), blocks.last()) {
                    (Some(f), Some(l)) => f.sentences.start..l.sentences.end,
                    _ => 0..0,
                }
            }
            None => 0..0,
        },
        Scope::Block(b) => article.blocks.get(b).map_or(0..0, |b| b.sentences.clone()),
        Scope::Range(r) => article.sentences_in(r),
    };
    rank::summarize_sentences(article, text, ids, language, &opts.budget)
}

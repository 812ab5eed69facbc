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
    /// The picked sentences' text, as [`quote_text`] gives it, joined by single spaces.
    pub fn text(&self, src: &str) -> String {
        let parts: Vec<String> = self
            .picks
            .iter()
            .filter_map(|p| src.get(p.span.clone()))
            .map(quote_text)
            .filter(|q| !q.is_empty())
            .collect();
        parts.join(" ")
    }
}

/// How a sentence reads when quoted: its source text (inline markup kept), white space folded,
/// without the `>` markers that continue a block quote on its later lines.
pub fn quote_text(src: &str) -> String {
    if !src.contains('\n') {
        return crate::article::fold_space(src);
    }
    let mut out = String::with_capacity(src.len());
    for (i, line) in src.split('\n').enumerate() {
        let mut l = line;
        if i > 0 {
            l = l.trim_start();
            while let Some(rest) = l.strip_prefix('>') {
                l = rest.trim_start();
            }
            out.push(' ');
        }
        out.push_str(l);
    }
    crate::article::fold_space(&out)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    #[test]
    fn quotes_read_as_prose() {
        assert_eq!(
            quote_text("A quoted line\n> continues here."),
            "A quoted line continues here."
        );
        assert_eq!(quote_text("Nested\n>> > deep one."), "Nested deep one.");
        assert_eq!(
            quote_text("Plain  **bold** [link](u)."),
            "Plain **bold** [link](u)."
        );
        let doc = "# T\n\n> The harbour council met on Tuesday\n> and approved the barrier.\n\n- First item here.\n";
        let a = Article::parse(doc, Format::Markdown);
        let s = summarize(
            &a,
            doc,
            Scope::Article,
            &Options {
                budget: Budget::Sentences(2),
                language: None,
            },
        );
        assert_eq!(
            s.text(doc),
            "The harbour council met on Tuesday and approved the barrier. First item here."
        );
    }
}

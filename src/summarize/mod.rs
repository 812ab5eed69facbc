//! Summaries: scoring and selection over an [`Article`]. Pure functions: no IO, no LSP types,
//! no panics on any input.

mod budget;
mod collection;
mod dangling;
mod fluent;
mod furniture;
mod letter;
mod quality;
mod quotes;
mod rank;
pub mod render;

use std::ops::Range;

use crate::article::Article;
use crate::text::Language;

pub use crate::article::quote_text;
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
    /// What a reader sees: the sentence's plain text (markup rendered, dateline left out), or,
    /// when [`Pick::cut`], its start cut to a word budget and ending in `…`.
    pub text: String,
    /// Whether the sentence was cut to fit a word budget.
    pub cut: bool,
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
    /// The summary as plain text: the picked sentences as a reader sees them (links as their
    /// text, code without backticks, no emphasis markers or footnote references), joined by
    /// single spaces, each ending in a stop.
    pub fn text(&self) -> String {
        let parts: Vec<&str> = self
            .picks
            .iter()
            .map(|p| p.text.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        join(&parts)
    }

    /// The summary as self-contained Markdown for `article` (parsed from `src`): inline markup
    /// kept, reference links written out, footnote references dropped. A plain-text article
    /// gets its plain text.
    pub fn markdown(&self, article: &Article, src: &str) -> String {
        if article.format == crate::article::Format::Plain {
            return self.text();
        }
        let mut parts: Vec<String> = self
            .picks
            .iter()
            .map(|p| {
                if p.cut {
                    p.text.clone()
                } else {
                    article.quote_markdown(src, p.span.clone())
                }
            })
            .collect();
        // The quotation marks the plain text gets (a cut pick's text has its own already).
        for (q, m) in parts.iter_mut().zip(&quotes::marks(&self.picks, src)) {
            quotes::wrap(q, m);
        }
        // A quote starts as its plain text does (a change entry "add a guard" capitalized).
        for (q, p) in parts.iter_mut().zip(&self.picks) {
            if let (Some(a), Some(b)) = (q.chars().next(), p.text.chars().next()) {
                if a.is_ascii_lowercase() && b == a.to_ascii_uppercase() {
                    q[..1].make_ascii_uppercase();
                }
            }
        }
        parts.retain(|q| !q.is_empty());
        join(&parts)
    }
}

/// Quoted sentences joined by single spaces (none between CJK sentences). A part with no
/// closing punctuation (a list entry, "Add `Pool::create`") gets a full stop, so that two
/// entries do not run into one and the summary reads as sentences.
fn join<S: AsRef<str>>(parts: &[S]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.as_ref().len() + 2).sum());
    for (i, part) in parts.iter().enumerate() {
        let part = part.as_ref();
        // Chinese and Japanese sentences follow each other without a space.
        let wide = out.chars().next_back().is_some_and(crate::text::is_wide)
            && part.chars().next().is_some_and(crate::text::is_wide);
        if i > 0 && !wide {
            out.push(' ');
        }
        out.push_str(part);
        if let Some(stop) = missing_stop(part) {
            out.push(stop);
        }
    }
    out
}

/// The full stop a quoted sentence lacks: `.`, or `。` after a CJK character; `None` when it
/// ends in closing punctuation, also inside quotation marks, brackets or emphasis.
pub(crate) fn missing_stop(s: &str) -> Option<char> {
    let t = s.trim_end().trim_end_matches([
        '"', '\'', '”', '’', ')', ']', '»', '」', '』', '*', '_', '`',
    ]);
    let last = t.chars().next_back()?;
    if matches!(
        last,
        '.' | '!' | '?' | '…' | ':' | ';' | '。' | '！' | '？' | '；' | '：'
    ) {
        None
    } else if crate::text::is_cjk(last) {
        Some('。')
    } else {
        Some('.')
    }
}

/// Summarizes `scope` of `article` (parsed from `text`).
pub fn summarize(article: &Article, text: &str, scope: Scope, opts: &Options) -> Summary {
    let language = opts.language.unwrap_or_else(|| Language::detect(text));
    let ids: Range<usize> = match scope {
        // A change log is read for what is new: its newest release.
        Scope::Article => article
            .newest_release()
            .unwrap_or(0..article.sentences.len()),
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
    fn a_sentence_from_a_longer_quotation_is_quoted_whole() {
        let doc = "# Appeal\n\nThe striker said in a statement: \"I reacted to something I found very unpleasant. I will appeal the ban.\" The club backed him.\n";
        let a = Article::parse(doc, Format::Markdown);
        let at = |s: &str| doc.find(s).unwrap();
        let pick = |from: usize, to: usize| {
            summarize(
                &a,
                doc,
                Scope::Range(from..to),
                &Options {
                    budget: Budget::Sentences(1),
                    language: None,
                },
            )
        };
        let first = pick(at("The striker"), at("I reacted") + 2);
        assert_eq!(
            first.text(),
            "The striker said in a statement: \"I reacted to something I found very unpleasant.\""
        );
        assert_eq!(first.markdown(&a, doc), first.text());
        let second = pick(at("I will"), at("I will") + 2);
        assert_eq!(second.text(), "\"I will appeal the ban.\"");
        // Both sentences together show the quotation whole: nothing added.
        let both = summarize(
            &a,
            doc,
            Scope::Range(at("The striker")..at("The club")),
            &Options {
                budget: Budget::Sentences(2),
                language: None,
            },
        );
        assert_eq!(
            both.text(),
            "The striker said in a statement: \"I reacted to something I found very unpleasant. I will appeal the ban.\""
        );
    }

    /// The article's summary in `k` sentences.
    fn article_summary(a: &Article, doc: &str, k: usize) -> Summary {
        let opts = Options {
            budget: Budget::Sentences(k),
            language: None,
        };
        summarize(a, doc, Scope::Article, &opts)
    }

    #[test]
    fn chinese_sentences_join_without_a_space_and_wrapped_lines_close_up() {
        // Hard-wrapped Chinese (as a plain-text tutorial is written): a line break between two
        // characters is no space, nor is the gap between two quoted sentences.
        let doc =
            "標題\n\n顯示檔案內\n容的區域很大。這是第二句話，\n它很長。\n\n第二段的內\n容。\n";
        let a = Article::parse(doc, Format::Plain);
        let s = article_summary(&a, doc, 2);
        assert_eq!(s.text(), "顯示檔案內容的區域很大。這是第二句話，它很長。");
        assert_eq!(s.markdown(&a, doc), s.text());
    }

    #[test]
    fn summaries_read_as_prose() {
        let doc = "# T\n\n> The harbour council met on Tuesday\n> and approved the [barrier][b].\n\n- First item here with [a link](https://example.com/x).\n\n[b]: https://example.com/b\n";
        let a = Article::parse(doc, Format::Markdown);
        let s = article_summary(&a, doc, 2);
        assert_eq!(
            s.text(),
            "The harbour council met on Tuesday and approved the barrier. First item here with a link."
        );
        assert_eq!(
            s.markdown(&a, doc),
            "The harbour council met on Tuesday and approved the [barrier](https://example.com/b). First item here with [a link](https://example.com/x)."
        );
    }
}

//! What the server asks of the summary engine: a summary of the article, a section, a block or
//! the sentences of a selection. Scopes smaller than the article are summarized as an article of
//! their own (their blocks and sentences, with the title or heading above them), so that the
//! cost of a hover is that of its paragraph, however long the document.

use std::ops::Range;

use crate::article::{Article, Section, Title};
use crate::summarize::{self, Budget, Options, Pick, Scope, Summary};

use super::analysis::Analysis;

/// What to summarize (indices into the analysis' article, ranges in bytes).
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    Article,
    Section(usize),
    Block(usize),
    Range(Range<usize>),
}

/// The summary of `target` (picks index the whole article's sentences).
pub fn summarize(an: &Analysis, text: &str, target: &Target, budget: Budget) -> Summary {
    let a = &an.article;
    let opts = Options {
        budget,
        language: Some(an.language),
    };
    let (sents, title) = match target {
        Target::Article => return summarize::summarize(a, text, Scope::Article, &opts),
        Target::Section(i) => {
            let Some(sec) = a.sections.get(*i) else {
                return empty(an);
            };
            let blocks =
                &a.blocks[sec.blocks.start.min(a.blocks.len())..sec.blocks.end.min(a.blocks.len())];
            let sents = match (blocks.first(), blocks.last()) {
                (Some(f), Some(l)) => f.sentences.start..l.sentences.end,
                _ => 0..0,
            };
            let title = sec.heading.as_ref().map(|h| Title {
                span: h.span.clone(),
                text: h.text.clone(),
            });
            (sents, title.or_else(|| a.title.clone()))
        }
        Target::Block(b) => match a.blocks.get(*b) {
            Some(block) => (block.sentences.clone(), a.title.clone()),
            None => return empty(an),
        },
        Target::Range(r) => (a.sentences_in(r.clone()), a.title.clone()),
    };
    if sents.is_empty() {
        return empty(an);
    }
    let sub = sub_article(a, sents.clone(), title);
    let mut s = summarize::summarize(&sub, text, Scope::Article, &opts);
    for p in &mut s.picks {
        p.sentence += sents.start;
    }
    s
}

/// Where the quote of a pick stands and what it says: the span as self-contained Markdown
/// ([`Article::quote_markdown`]; list markers are never part of a span, block-quote
/// continuation markers are dropped), or the pick's own text when it was cut to a budget.
pub fn quote(a: &Article, text: &str, pick: &Pick) -> (Range<usize>, String) {
    let span = pick.span.start.min(text.len())..pick.span.end.min(text.len());
    if pick.cut {
        return (span, pick.text.clone());
    }
    let q = a.quote_markdown(text, span.clone());
    (span, q)
}

fn empty(an: &Analysis) -> Summary {
    Summary {
        language: an.language,
        words: 0,
        sentences: 0,
        picks: Vec::new(),
    }
}

/// An article made of sentences `sents` of `a` (spans unchanged, indices renumbered).
fn sub_article(a: &Article, sents: Range<usize>, title: Option<Title>) -> Article {
    let sents = sents.start.min(a.sentences.len())..sents.end.min(a.sentences.len());
    let first_block = a.sentences[sents.start].block;
    let last_block = a.sentences[sents.end - 1].block;
    let blocks: Vec<_> = a.blocks[first_block..=last_block]
        .iter()
        .map(|b| {
            let s = b.sentences.start.max(sents.start)..b.sentences.end.min(sents.end);
            crate::article::Block {
                kind: b.kind,
                span: b.span.clone(),
                section: 0,
                sentences: s.start - sents.start..s.end.max(s.start) - sents.start,
            }
        })
        .collect();
    let sentences = a.sentences[sents.clone()]
        .iter()
        .map(|s| crate::article::Sentence {
            span: s.span.clone(),
            text: s.text.clone(),
            block: s.block - first_block,
        })
        .collect();
    let span = blocks.first().map_or(0, |b| b.span.start)..blocks.last().map_or(0, |b| b.span.end);
    Article {
        format: a.format,
        title,
        front_matter: None,
        sections: vec![Section {
            heading: None,
            span,
            blocks: 0..blocks.len(),
        }],
        blocks,
        sentences,
        summaries: Vec::new(),
        author_summaries: a.author_summaries.clone(),
        rewrites: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;
    use crate::text::Language;

    fn analysis(text: &str) -> Analysis {
        Analysis {
            article: Article::parse(text, Format::Markdown).into(),
            parsed: text.len(),
            total: text.len(),
            language: Language::English,
            generation: 0,
            word_sums: Default::default(),
        }
    }

    #[test]
    fn scopes_pick_their_own_sentences() {
        let text = "# Title\n\nFirst para one. First para two.\n\n## Part\n\nSecond para one. Second para two. Second para three.\n\n- Item one here.\n";
        let an = analysis(text);
        let s = summarize(&an, text, &Target::Block(1), Budget::Sentences(1));
        assert_eq!(s.picks.len(), 1);
        assert!(an.article.blocks[1]
            .sentences
            .contains(&s.picks[0].sentence));
        let s = summarize(&an, text, &Target::Section(2), Budget::Sentences(2));
        assert!(s.picks.iter().all(|p| p.sentence >= 2));
        let r = text.find("Second para two").unwrap();
        let s = summarize(&an, text, &Target::Range(r..r + 5), Budget::Sentences(3));
        assert_eq!(s.picks.len(), 1);
        assert_eq!(s.text(), "Second para two.");
        assert!(summarize(&an, text, &Target::Block(99), Budget::Auto)
            .picks
            .is_empty());
        assert!(summarize(&an, text, &Target::Range(0..3), Budget::Auto)
            .picks
            .is_empty());
    }

    #[test]
    fn quotes_leave_out_list_and_quote_markers() {
        let text = "- Item one here. Item two.\n- [x] Done task item.\n\n12. Numbered item.\n\n> Quote one. Quote two\n> continues *here*.\n";
        let an = analysis(text);
        let q = |i: usize| {
            let s = &an.article.sentences[i];
            let pick = Pick {
                sentence: i,
                span: s.span.clone(),
                score: 1.0,
                text: s.text.clone(),
                cut: false,
            };
            quote(&an.article, text, &pick)
        };
        assert_eq!(q(0).1, "Item one here.");
        assert_eq!(&text[q(0).0], "Item one here.");
        assert_eq!(q(1).1, "Item two.");
        assert_eq!(q(2).1, "Done task item.");
        assert_eq!(q(3).1, "Numbered item.");
        assert_eq!(q(5).1, "Quote two continues *here*.");
    }
}

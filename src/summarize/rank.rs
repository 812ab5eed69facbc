//! Ranking. (First version: lead sentences; replaced by the real ranker.)

use std::ops::Range;

use super::{Budget, Pick, Summary};
use crate::article::Article;
use crate::text::{words::count_words, Language};

pub(super) fn summarize_sentences(
    article: &Article,
    _text: &str,
    ids: Range<usize>,
    language: Language,
    budget: &Budget,
) -> Summary {
    let ids = ids.start.min(article.sentences.len())..ids.end.min(article.sentences.len());
    let sents = &article.sentences[ids.clone()];
    let words: usize = sents.iter().map(|s| count_words(&s.text)).sum();
    let k = budget.sentences(sents.len(), words);
    let picks = ids
        .take(k)
        .map(|i| Pick {
            sentence: i,
            span: article.sentences[i].span.clone(),
            score: 1.0,
        })
        .collect();
    Summary {
        language,
        words,
        sentences: sents.len(),
        picks,
    }
}

//! The parsed view of one version of a document under one configuration: what every feature
//! reads, and what the summary engine ([`super::engine`]) works on.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use crate::article::Article;
use crate::text::words::count_words;
use crate::text::Language;

/// Reading speed for reading-time estimates, in words per minute.
pub const WORDS_PER_MINUTE: usize = 230;

pub struct Analysis {
    /// Shared with later versions whose edits left the parsed part alone.
    pub article: Arc<Article>,
    /// Bytes read: the whole text, or a prefix of at most `maxDocumentBytes`.
    pub parsed: usize,
    pub total: usize,
    pub language: Language,
    /// Configuration generation this analysis was made under.
    pub generation: u64,
    /// Words in the sentences before each sentence (one more entry than sentences), counted
    /// on first use: the words of any run of sentences at the cost of a subtraction.
    pub word_sums: OnceLock<Vec<usize>>,
}

impl Analysis {
    pub fn truncated(&self) -> bool {
        self.parsed < self.total
    }

    /// Words in sentences `sents` of the article (as a summary of them counts them).
    pub fn words_in(&self, sents: Range<usize>) -> usize {
        let sums = self.word_sums.get_or_init(|| {
            let mut sums = Vec::with_capacity(self.article.sentences.len() + 1);
            let mut n = 0;
            sums.push(0);
            for s in &self.article.sentences {
                n += count_words(&s.text);
                sums.push(n);
            }
            sums
        });
        let end = sents.end.min(sums.len() - 1);
        let start = sents.start.min(end);
        sums[end] - sums[start]
    }

    /// "the first 4,883 KB of 6,104 KB", for documents that were cut.
    pub fn coverage_note(&self) -> Option<String> {
        self.truncated().then(|| {
            format!(
                "Summary covers the first {} KB of {} KB (setting `maxDocumentBytes`).",
                self.parsed.div_ceil(1024),
                self.total.div_ceil(1024)
            )
        })
    }
}

/// "20 s read", "4 min read" at [`WORDS_PER_MINUTE`].
pub fn reading_time(words: usize) -> String {
    let secs = (words * 60).div_ceil(WORDS_PER_MINUTE);
    if secs < 60 {
        format!("{} s read", secs.max(1))
    } else {
        format!("{} min read", (secs + 30) / 60)
    }
}

//! The parsed view of one version of a document under one configuration: what every feature
//! reads, and what the summary engine ([`super::engine`]) works on.

use std::sync::Arc;

use crate::article::Article;
use crate::text::Language;

pub struct Analysis {
    /// Shared with later versions whose edits left the parsed part alone.
    pub article: Arc<Article>,
    /// Bytes read: the whole text, or a prefix of at most `maxDocumentBytes`.
    pub parsed: usize,
    pub total: usize,
    pub language: Language,
    /// Configuration generation this analysis was made under.
    pub generation: u64,
}

impl Analysis {
    pub fn truncated(&self) -> bool {
        self.parsed < self.total
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

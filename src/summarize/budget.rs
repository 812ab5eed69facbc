//! How long a summary may be.

/// A summary budget: one of sentences, words or a ratio of the sentences; `Auto` adapts to length.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Budget {
    Auto,
    Sentences(usize),
    Words(usize),
    Ratio(f64),
}

impl Budget {
    /// The number of sentences to aim for among `n` sentences of `words` words.
    pub fn sentences(self, n: usize, words: usize) -> usize {
        let k = match self {
            Budget::Sentences(k) => k,
            Budget::Ratio(r) if r.is_finite() && r > 0.0 => {
                (n as f64 * r.min(1.0)).round().max(1.0) as usize
            }
            Budget::Ratio(_) => 1,
            // Words are enforced during selection; the sentence cap is generous.
            Budget::Words(_) => n,
            Budget::Auto => auto_sentences(n, words),
        };
        k.min(n)
    }

    /// Maximum words, if the budget has one.
    pub fn max_words(self) -> Option<usize> {
        match self {
            Budget::Words(w) => Some(w),
            _ => None,
        }
    }
}

/// The adaptive default: one sentence for a paragraph, three for a news story, growing slowly
/// (about with the log of the length) for long documents, never more than seven.
fn auto_sentences(n: usize, words: usize) -> usize {
    match (n, words) {
        (0, _) => 0,
        (1..=3, _) => 1,
        (_, 0..=150) => 1,
        (_, 151..=400) => 2,
        (_, 401..=1500) => 3,
        (_, 1501..=5000) => 4,
        (_, 5001..=20000) => 5,
        (_, 20001..=80000) => 6,
        _ => 7,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budgets() {
        assert_eq!(Budget::Sentences(3).sentences(10, 500), 3);
        assert_eq!(Budget::Sentences(30).sentences(10, 500), 10);
        assert_eq!(Budget::Ratio(0.2).sentences(10, 500), 2);
        assert_eq!(Budget::Ratio(0.01).sentences(10, 500), 1);
        assert_eq!(Budget::Ratio(f64::NAN).sentences(10, 500), 1);
        assert_eq!(Budget::Auto.sentences(2, 40), 1);
        assert_eq!(Budget::Auto.sentences(40, 800), 3);
        assert_eq!(Budget::Auto.sentences(5000, 100_000), 7);
        assert_eq!(Budget::Auto.sentences(0, 0), 0);
        assert_eq!(Budget::Words(50).max_words(), Some(50));
    }
}

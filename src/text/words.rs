//! Words: Unicode word segmentation (UAX #29), keeping only tokens with a letter or a digit.

use unicode_segmentation::UnicodeSegmentation;

/// Words of `text` with their byte offsets; punctuation and spaces are dropped.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.unicode_word_indices()
}

/// Number of words in `text`, as a reader would count them.
pub fn count_words(text: &str) -> usize {
    // CJK characters are words of their own in UAX #29, which is close to how readers count them.
    words(text).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_offsets() {
        let w: Vec<_> = words("Mr. O'Neill paid $1,200.50 — twice!").collect();
        assert_eq!(
            w,
            vec![(0, "Mr"), (4, "O'Neill"), (13, "1,200.50"), (29, "twice")]
        );
        assert_eq!(count_words("市议会批准"), 5);
        assert_eq!(count_words(""), 0);
    }
}

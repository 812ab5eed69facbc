//! Stop words: NLTK's lists from the `stop-words` crate, plus a few reporting verbs and fillers
//! that carry no topic in English prose.

use super::Language;

/// Extra English words that say nothing about what a sentence is about.
const ENGLISH_EXTRA: &[&str] = &[
    "said", "says", "say", "told", "tell", "also", "would", "could", "may", "might", "must",
    "shall", "one", "like", "get", "got", "us", "yes", "yeah", "oh", "okay", "ok", "well",
    "really", "much", "many", "even", "still", "back", "way", "going", "go", "know", "think",
    "thing", "things", "lot", "can't", "won't", "it's", "i'm", "don't", "that's", "there's",
    "he's", "she's", "they're", "we're", "you're", "i've", "we've", "i'd", "let's", "mr", "mrs",
    "ms", "um", "uh", "uhm", "umm", "hmm", "mm", "mhm", "er", "erm", "ah",
];

/// The stop words for `lang` (empty when there is no list).
pub fn stop_words(lang: Language) -> Vec<&'static str> {
    let code = match lang {
        Language::Other => return Vec::new(),
        Language::Norwegian => "no",
        l => l.code(),
    };
    let mut list: Vec<&'static str> = stop_words::lookup(code)
        .map(<[_]>::to_vec)
        .unwrap_or_default();
    if lang == Language::English {
        list.extend_from_slice(ENGLISH_EXTRA);
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_exist_for_main_languages() {
        assert!(stop_words(Language::English).contains(&"the"));
        assert!(stop_words(Language::English).contains(&"said"));
        assert!(stop_words(Language::German).contains(&"und"));
        assert!(stop_words(Language::Russian).contains(&"и"));
        assert!(stop_words(Language::Other).is_empty());
    }
}

//! Collections: many short texts by different people about one thing — product or business
//! reviews pasted one per paragraph, comments, survey answers. Their gist is what most of them
//! say, not what the first one says, and not anybody's story of their own purchase.
//!
//! A text is read as a collection when it is at least [`MIN_ITEMS`] short paragraphs
//! (under [`MAX_ITEM_WORDS`] words on average) and most of them speak in the first person
//! singular (English, German, French, Spanish, Italian, Dutch, Portuguese): each paragraph is
//! somebody's own account. Coherent prose told in the first person (a story, a letter) reaches
//! the same numbers only rarely; letters and conversations are recognized before this is asked.

use std::ops::Range;

use crate::article::{Article, BlockKind};
use crate::text::Language;

/// Fewest paragraphs of a collection.
pub const MIN_ITEMS: usize = 4;

/// Longest average paragraph of a collection, in words: reviews and comments are short
/// (product and business reviews average about 50 words; a novella's or an encyclopedia's
/// paragraphs are shorter too, but not told as "I").
pub const MAX_ITEM_WORDS: usize = 100;

/// Shortest readable sentence of a collection, in words: "Love it!" says less than "The shorts
/// fit well, but the mesh liner runs small." Review dev set (100 items of 8 Amazon or Yelp
/// reviews, 3 sentences): 6 (longest 20) / 8 / 10 gave R1 31.78 / 32.50 / 33.58; 12 gave 34.1
/// at 3 sentences but fell at 4 (35.44 -> 35.2).
pub const MIN_WORDS: f64 = 10.0;

/// Longest readable sentence of a collection before the score falls (20 / 25: R1 33.04 / 33.58).
pub const MAX_WORDS: f64 = 25.0;

/// What a first-person sentence weighs in a collection: one reviewer's story is not the gist
/// (1 / 0.5 / 0.3 gave R1 32.01 / 33.58 / 33.26 at 3 sentences).
pub const ANECDOTE: f64 = 0.5;

/// Whether the sentences `ids` of `article` (parsed from `text`) form a collection of short
/// first-person texts. An item is a paragraph, or a line where three in four lines of a paragraph
/// end a sentence (one review per line, without blank lines between).
pub fn is_collection(article: &Article, text: &str, ids: Range<usize>, language: Language) -> bool {
    let (Some(first), Some(last)) = (
        article.sentences.get(ids.start),
        ids.end
            .checked_sub(1)
            .and_then(|i| article.sentences.get(i)),
    ) else {
        return false;
    };
    // The items first, which is cheap (one paragraph of running text has no line break to
    // look at), then their words and voices.
    let mut items: Vec<&str> = Vec::new();
    let blocks = article.blocks.get(first.block..=last.block).unwrap_or(&[]);
    for b in blocks {
        if !matches!(b.kind, BlockKind::Paragraph | BlockKind::ListItem) {
            return false;
        }
        let src = text.get(b.span.clone()).unwrap_or("");
        if src.contains('\n') {
            let lines: Vec<&str> = src.lines().filter(|l| !l.trim().is_empty()).collect();
            let ends = lines.iter().filter(|l| ends_sentence(l)).count();
            if lines.len() > 1 && ends * 4 >= lines.len() * 3 {
                items.extend(lines);
                continue;
            }
        }
        items.push(src);
    }
    if items.len() < MIN_ITEMS {
        return false;
    }
    let words: usize = items.iter().map(|i| i.split_whitespace().count()).sum();
    if words > MAX_ITEM_WORDS * items.len() {
        return false;
    }
    // Opinions gathered one per line (review sentences about one item, as opinion summarizers
    // take them in): many say how good something is without saying "I". One block with that
    // many items is one split into its lines.
    let opinions =
        blocks.len() == 1 && items.len() >= MIN_OPINIONS && language == Language::English;
    items
        .iter()
        .filter(|i| first_person(i, language) == Some(true) || opinions && evaluates(i))
        .count()
        * 2
        >= items.len()
}

/// Fewest lines of a list of opinions.
pub const MIN_OPINIONS: usize = 8;

/// Whether an English sentence judges something: an evaluative word ("great", "poor",
/// "comfortable", "recommend", "worth").
fn evaluates(t: &str) -> bool {
    const WORDS: &[&str] = &[
        "great",
        "good",
        "bad",
        "love",
        "loved",
        "loves",
        "hate",
        "excellent",
        "poor",
        "easy",
        "comfortable",
        "uncomfortable",
        "recommend",
        "recommended",
        "worth",
        "disappointed",
        "disappointing",
        "nice",
        "terrible",
        "awesome",
        "best",
        "worst",
        "perfect",
        "happy",
        "amazing",
        "horrible",
        "cheap",
        "expensive",
        "favorite",
        "favourite",
        "fantastic",
        "wonderful",
        "awful",
        "pleased",
        "satisfied",
        "beautiful",
        "friendly",
        "rude",
        "delicious",
        "tasty",
        "clean",
        "dirty",
        "accurate",
        "useful",
        "useless",
        "quality",
    ];
    t.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| WORDS.iter().any(|x| x.eq_ignore_ascii_case(w)))
}

/// Whether a line ends as a sentence does (closing quotes and brackets aside).
fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', '…'])
}

/// Whether a sentence speaks in the first person singular ("I", "my", "me"; "ich", "mein";
/// "je", "mon"; …) in `language`: in a collection, one reviewer's own story ("I took them on
/// vacation to Hawaii") rather than what the item is. `None` for a language without a list.
pub fn first_person(t: &str, language: Language) -> Option<bool> {
    let words: &[&str] = match language {
        Language::English => &["I", "I'm", "I've", "I'd", "I'll", "my", "My", "me", "Me"],
        Language::German => &[
            "ich", "mein", "meine", "meinen", "meinem", "meiner", "mich", "mir",
        ],
        Language::French => &["je", "j", "mon", "ma", "mes", "moi", "me", "m"],
        Language::Spanish => &["yo", "mi", "mis", "me", "conmigo"],
        Language::Italian => &["io", "mio", "mia", "miei", "mie", "mi"],
        Language::Dutch => &["ik", "mijn", "mij"],
        Language::Portuguese => &["eu", "meu", "minha", "meus", "minhas", "mim"],
        _ => return None,
    };
    // English "I" is capitalized and its words keep their apostrophe; elsewhere case does not
    // matter and an elided "j'"/"m'" is a word of its own.
    let english = language == Language::English;
    Some(
        t.split(|c: char| !(c.is_alphanumeric() || english && c == '\''))
            .any(|w| {
                if english {
                    words.contains(&w)
                } else {
                    words.iter().any(|x| x.eq_ignore_ascii_case(w))
                }
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    /// Whether an English plain text is a collection, whole.
    fn collection(t: &str) -> bool {
        let a = Article::parse(t, Format::Plain);
        is_collection(&a, t, 0..a.sentences.len(), Language::English)
    }

    #[test]
    fn reviews_are_a_collection_and_a_story_is_not() {
        let reviews = "I love these sandals. They fit well.\n\n\
                       The strap broke after a week and I returned them.\n\n\
                       Comfortable all day, my feet never hurt.\n\n\
                       Great price. I bought two pairs.\n";
        assert!(collection(reviews));
        assert!(collection(&reviews.replace("\n\n", "\n")));
        // Three items are not enough; third-person paragraphs are an article.
        assert!(!collection(
            "I love them.\n\nMy feet hurt.\n\nI returned them.\n"
        ));
        assert!(!collection(
            &reviews.replace("I ", "She ").replace("my ", "her ")
        ));
    }

    #[test]
    fn first_person_words() {
        let en = |t| first_person(t, Language::English) == Some(true);
        assert!(en("I took them on vacation."));
        assert!(en("Fit beautifully on my husband."));
        assert!(en("They gave me a discount."));
        assert!(!en("The sound is great, and worth the money."));
        assert!(!en("Imagine a mere memo."));
        assert_eq!(
            first_person("Ich habe sie zurückgeschickt.", Language::German),
            Some(true)
        );
        assert_eq!(
            first_person("Der Deckel klemmt.", Language::German),
            Some(false)
        );
        assert_eq!(
            first_person("J'ai rendu la bouilloire.", Language::French),
            Some(true)
        );
        assert_eq!(first_person("Я вернул чайник.", Language::Russian), None);
    }
}

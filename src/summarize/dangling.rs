//! Openings that point back. A sentence that opens with a pronoun or a connective depends on
//! the sentence before it: quoted alone it leaves the reader guessing. Some pronouns point at
//! nothing ("There are …", "It is unclear whether …") and some can be resolved by any earlier
//! sentence of the summary (a personal pronoun after a sentence naming the person).

use crate::text::lines::floor_char_boundary;
use crate::text::Language;

/// How a sentence opens: on its own, or pointing back to what came before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    /// Stands on its own (including "There are …" and "It is unclear whether …", whose
    /// pronoun points at nothing).
    Standalone,
    /// A personal pronoun ("He", "Their"): an earlier sentence of the summary from the same
    /// passage can name the person.
    Person,
    /// A demonstrative, "it" or a connective ("This", "But", "For example"): it needs the
    /// sentence right before it.
    Back,
}

/// Whether a sentence opens with a word that points back to an earlier sentence
/// (a pronoun or a connective), so that quoting it alone would leave the reader guessing.
#[cfg(test)]
fn opens_dangling(s: &str, lang: Language) -> bool {
    opening(s, lang) != Opening::Standalone
}

/// How sentence `s` opens; see [`Opening`].
pub fn opening(s: &str, lang: Language) -> Opening {
    let rest = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    if lang == Language::English {
        if opens_with_phrase(rest) || gerund_object(rest) || ends_pointing_back(rest) {
            return Opening::Back;
        }
        let first = first_word_opening(rest, lang);
        if first != Opening::Standalone {
            return first;
        }
        // "Sadly, this is …", "Six minutes later, it was …". A personal pronoun there stands:
        // fiction and news open many sentences so ("The following autumn, he went up to
        // Cambridge"), and counting them cost the novella set 0.5 R1.
        if let Some(after) = after_introduction(rest) {
            return match first_word_opening(after, lang) {
                Opening::Back => Opening::Back,
                _ => Opening::Standalone,
            };
        }
        return first;
    }
    first_word_opening(rest, lang)
}

/// The rest of an English sentence after a short introductory phrase and its comma ("Sadly,
/// this …", "Six minutes later, it …", "In 2015, they …"): at most four words, not a clause
/// opened by a conjunction ("When the plant closed, it …" names what "it" is).
fn after_introduction(rest: &str) -> Option<&str> {
    const CLAUSE: &[&str] = &[
        "when", "if", "after", "before", "because", "although", "though", "while", "as", "since",
        "once", "until", "unless", "whether", "where", "whenever", "like", "unlike", "with",
        "without", "despite", "given",
    ];
    let comma = rest[..floor_char_boundary(rest, 50)].find(", ")?;
    let intro = &rest[..comma];
    let words = intro.split_whitespace().count();
    let first = intro.split_whitespace().next()?;
    if words > 4
        || CLAUSE.iter().any(|c| c.eq_ignore_ascii_case(first))
        || intro.contains(['"', '“', '(', ':', ';'])
    {
        return None;
    }
    Some(rest[comma + 1..].trim_start())
}

/// "Porting it offered us …", "Using this, we …": an opening verb whose object points back.
fn gerund_object(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let second = second.trim_end_matches([',', ';']);
    first.len() >= 5
        && first.ends_with("ing")
        && first.chars().all(char::is_alphabetic)
        && matches!(second, "it" | "them" | "this" | "these" | "those")
        && !words
            .next()
            .is_some_and(|w| matches!(w, "is" | "are" | "was" | "were"))
}

/// "You decide to use async Rust for this.", "… could tell you that.": a sentence whose last
/// word is a demonstrative points back to what it stands for.
fn ends_pointing_back(rest: &str) -> bool {
    let t = rest.trim_end_matches(|c: char| !c.is_alphanumeric());
    let last = t
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // A question asks about it ("What about this?"): left to the question rule.
    matches!(last, "this" | "that" | "these" | "those")
        && rest.trim_end().ends_with(['.', '!', '…', '"', '”', '\''])
}

/// How a sentence opens by its first word.
fn first_word_opening(rest: &str, lang: Language) -> Opening {
    if matches!(lang, Language::Chinese | Language::Japanese) {
        return cjk_opening(rest, lang);
    }
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .unwrap_or(rest.len());
    let first = &rest[..end];
    // The longest listed opening is 13 letters; longer words need no lower-casing.
    if first.is_empty() || first.chars().count() > 13 {
        return Opening::Standalone;
    }
    let mut buf = [0u8; 16];
    let owned;
    let lower = if first.is_ascii() && first.len() <= buf.len() {
        let b = &mut buf[..first.len()];
        b.copy_from_slice(first.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).unwrap_or("")
    } else {
        owned = first.to_lowercase();
        owned.as_str()
    };
    // The lists as hash sets, built once per language: this runs for most sentences.
    const N: usize = Language::Other as usize + 1;
    static SETS: [std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>; N] =
        [const { std::sync::OnceLock::new() }; N];
    let set = SETS[lang as usize].get_or_init(|| dangling_words(lang).iter().copied().collect());
    if !set.contains(lower) || lang == Language::English && points_at_nothing(lower, rest) {
        Opening::Standalone
    } else if person_words(lang).contains(&lower) {
        Opening::Person
    } else {
        Opening::Back
    }
}

/// Whether an English sentence that opens its section (nothing before it to point back to)
/// names what the section or document is: "This release fixes …", "This is a release that
/// …", "These notes describe …", "This crate provides …". Under a heading, "this" is what the
/// heading names.
pub fn names_its_subject(s: &str, lang: Language) -> bool {
    const THINGS: &[&str] = &[
        "release",
        "version",
        "update",
        "patch",
        "change",
        "changes",
        "crate",
        "library",
        "project",
        "package",
        "module",
        "tool",
        "plugin",
        "extension",
        "app",
        "application",
        "program",
        "script",
        "repository",
        "guide",
        "tutorial",
        "post",
        "article",
        "chapter",
        "section",
        "page",
        "document",
        "book",
        "paper",
        "report",
        "study",
        "notes",
        "series",
        "edition",
        "site",
        "website",
    ];
    if lang != Language::English {
        return false;
    }
    let mut words = s
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty());
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    if !matches!(first, "This" | "These") {
        return false;
    }
    let second = second.to_ascii_lowercase();
    THINGS.contains(&second.as_str())
        || second == "is" && words.next().is_some_and(|w| matches!(w, "a" | "an"))
}

/// Chinese and Japanese write no spaces between words: an opening is a prefix of the sentence.
fn cjk_opening(rest: &str, lang: Language) -> Opening {
    let (person, back): (&[&str], &[&str]) = match lang {
        Language::Chinese => (
            &["他", "她", "他们", "她们"],
            &[
                "它", "这", "那些", "其", "该", "此", "但", "然而", "因此", "所以", "因而", "于是",
                "此外", "另外", "同时", "而且", "并且", "总之", "例如", "比如", "上述", "以上",
            ],
        ),
        _ => (
            &["彼", "彼女"],
            &[
                "それ",
                "これ",
                "この",
                "その",
                "あの",
                "そこ",
                "ここ",
                "しかし",
                "また",
                "そして",
                "だが",
                "さらに",
                "なお",
                "ただし",
                "つまり",
                "例えば",
                "したがって",
                "そのため",
                "一方",
            ],
        ),
    };
    if person.iter().any(|w| rest.starts_with(w)) {
        Opening::Person
    } else if back.iter().any(|w| rest.starts_with(w)) {
        Opening::Back
    } else {
        Opening::Standalone
    }
}

/// English "there" and "it" that point at nothing: existential "There are …", and "it" as
/// a placeholder for what follows ("It is unclear whether …", "It's time to …").
fn points_at_nothing(first: &str, rest: &str) -> bool {
    const BE: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "had", "will", "may", "might", "could", "would",
        "should", "must", "can", "seems", "seemed", "appears", "appeared", "remains", "remain",
    ];
    const IT_BE: &[&str] = &[
        "is", "was", "seems", "seemed", "appears", "appeared", "remains", "remained",
    ];
    const WHAT_FOLLOWS: &[&str] = &[
        "that", "to", "whether", "how", "why", "when", "if", "who", "what",
    ];
    const PLACEHOLDER: &[&str] = &[
        "unclear",
        "unknown",
        "not",
        "time",
        "likely",
        "unlikely",
        "possible",
        "impossible",
        "clear",
        "important",
        "hard",
        "difficult",
        "easy",
        "believed",
        "thought",
        "expected",
        "estimated",
        "understood",
        "reported",
        "said",
        "feared",
        "hoped",
    ];
    let mut words = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .skip(1)
        .take(4)
        .map(|w| w.to_ascii_lowercase());
    match first {
        "there's" | "there’s" => true,
        "there" => words.next().is_some_and(|w| BE.contains(&w.as_str())),
        "it" | "it's" | "it’s" => {
            if first == "it" && !words.next().is_some_and(|w| IT_BE.contains(&w.as_str())) {
                return false;
            }
            let mut next = words.next();
            if next.as_deref() == Some("not") {
                next = words.next();
            }
            let Some(w) = next else { return false };
            PLACEHOLDER.contains(&w.as_str())
                || words
                    .next()
                    .is_some_and(|w| WHAT_FOLLOWS.contains(&w.as_str()))
        }
        _ => false,
    }
}

/// Personal pronouns among [`dangling_words`] (lower case).
fn person_words(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::English => &[
            "he", "she", "they", "them", "his", "her", "their", "he's", "she's", "they're",
        ],
        Language::German => &["er", "sie"],
        Language::French => &["il", "elle", "ils", "elles"],
        Language::Spanish => &["él", "ella", "ellos", "ellas"],
        Language::Italian => &["lui", "lei", "loro"],
        Language::Portuguese => &["ele", "ela", "eles", "elas"],
        Language::Dutch => &["hij", "zij", "ze"],
        Language::Russian => &["он", "она", "они"],
        _ => &[],
    }
}

/// English openings of two or more words that point back: "For example, …", "In fact, …".
fn opens_with_phrase(rest: &str) -> bool {
    const PHRASES: &[&str] = &[
        "for example",
        "for instance",
        "in fact",
        "in other words",
        "in addition,",
        "in contrast",
        "by contrast",
        "on the other hand",
        "as a result",
        "despite this",
        "despite that",
        "because of this",
        "because of that",
        "even so",
        "at the same time",
        "after that",
        "as such",
        "that said",
        "to that end",
        "to this end",
        "in this case",
        "in that case",
        "with that",
        "in turn",
        "on top of that",
        "e.g.",
        "i.e.",
    ];
    let head = rest.as_bytes();
    let head = &head[..head.len().min(20)];
    PHRASES.iter().any(|p| {
        let p = p.as_bytes();
        head.len() >= p.len()
            && head[..p.len()].eq_ignore_ascii_case(p)
            && head.get(p.len()).is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

/// Openings that point back to an earlier sentence, per language (lower case).
fn dangling_words(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::English => &[
            "he",
            "she",
            "it",
            "they",
            "them",
            "his",
            "her",
            "its",
            "their",
            "this",
            "these",
            "those",
            "that",
            "but",
            "however",
            "meanwhile",
            "also",
            "moreover",
            "furthermore",
            "therefore",
            "thus",
            "hence",
            "instead",
            "still",
            "yet",
            "then",
            "so",
            "and",
            "or",
            "nor",
            "besides",
            "otherwise",
            "nevertheless",
            "nonetheless",
            "consequently",
            "accordingly",
            "likewise",
            "similarly",
            "additionally",
            "such",
            "both",
            "neither",
            "another",
            "later",
            "there",
            "here",
            "he's",
            "she's",
            "it's",
            "they're",
            "that's",
        ],
        Language::German => &[
            "er",
            "sie",
            "es",
            "dies",
            "diese",
            "dieser",
            "dieses",
            "aber",
            "jedoch",
            "doch",
            "auch",
            "deshalb",
            "daher",
            "dennoch",
            "außerdem",
            "trotzdem",
        ],
        Language::French => &[
            "il",
            "elle",
            "ils",
            "elles",
            "cela",
            "ceci",
            "ce",
            "mais",
            "cependant",
            "pourtant",
            "donc",
            "ainsi",
            "aussi",
            "ensuite",
        ],
        Language::Spanish => &[
            "él", "ella", "ellos", "ellas", "esto", "eso", "pero", "sin", "además", "entonces",
            "también",
        ],
        Language::Italian => &[
            "lui", "lei", "loro", "questo", "questa", "ma", "però", "tuttavia", "quindi", "inoltre",
        ],
        Language::Portuguese => &[
            "ele",
            "ela",
            "eles",
            "elas",
            "isso",
            "isto",
            "mas",
            "porém",
            "entretanto",
            "também",
        ],
        Language::Dutch => &[
            "hij", "zij", "ze", "het", "dit", "dat", "deze", "maar", "echter", "ook", "daarom",
        ],
        Language::Russian => &[
            "он",
            "она",
            "оно",
            "они",
            "это",
            "этот",
            "эта",
            "эти",
            "но",
            "однако",
            "также",
            "поэтому",
            "тогда",
        ],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dangling_openings() {
        assert!(opens_dangling("He later resigned.", Language::English));
        assert!(opens_dangling(
            "\"But that was not all,\" she said.",
            Language::English
        ));
        assert!(!opens_dangling(
            "Hehe, the council resigned.",
            Language::English
        ));
        assert!(opens_dangling(
            "Aber das war nicht alles.",
            Language::German
        ));
        assert!(!opens_dangling("The council resigned.", Language::English));
        assert!(opens_dangling(
            "For example, when you call reduce, V8 optimizes it.",
            Language::English
        ));
        assert!(opens_dangling("In fact, it rained.", Language::English));
        assert!(!opens_dangling(
            "In addition to the barrier, a wall was built.",
            Language::English
        ));
        assert!(!opens_dangling("Infact is a brand.", Language::English));
        assert!(opens_dangling(
            "它是在梵文悉昙章的启发下发展成熟的。",
            Language::Chinese
        ));
        assert!(opens_dangling(
            "这项技术增加了繁殖材料来源.",
            Language::Chinese
        ));
        assert!(!opens_dangling("还原反应在高温下进行.", Language::Chinese));
        assert!(opens_dangling(
            "しかし、結果は異なった。",
            Language::Japanese
        ));
    }

    #[test]
    fn openings_by_kind() {
        let en = Language::English;
        for (s, want) in [
            ("He later resigned.", Opening::Person),
            ("Their plan failed.", Opening::Person),
            ("This is an initial port of WASI support.", Opening::Back),
            (
                "It resulted in six patients receiving transplants.",
                Opening::Back,
            ),
            ("But the deal fell through.", Opening::Back),
            ("There are 10 cases in the county.", Opening::Standalone),
            ("There's no sign of the missing plane.", Opening::Standalone),
            ("There, he met his wife.", Opening::Back),
            (
                "It is unclear whether the deal will hold.",
                Opening::Standalone,
            ),
            ("It's not clear how the fire started.", Opening::Standalone),
            ("It was always going to be hard to beat him.", Opening::Back),
            ("It was time to leave.", Opening::Standalone),
            ("It is the first case in the state.", Opening::Back),
            ("The council resigned.", Opening::Standalone),
            // After a short introductory phrase.
            (
                "Sadly, this is only the most recent example.",
                Opening::Back,
            ),
            (
                "Six minutes later, it was recorded at 24,000 feet.",
                Opening::Back,
            ),
            ("First of all, that is not true.", Opening::Back),
            (
                "In 2015, it was estimated that 40 died.",
                Opening::Standalone,
            ),
            (
                "The following autumn, he went up to Cambridge.",
                Opening::Standalone,
            ),
            (
                "When the plant closed, it laid off 200 workers.",
                Opening::Standalone,
            ),
            ("In Jekyll 3.2, we shipped themes.", Opening::Standalone),
            ("But now, a growing number of people agree.", Opening::Back),
            // An opening verb whose object points back, a demonstrative as the last word, an
            // example.
            (
                "Porting it offered us the opportunity to experiment.",
                Opening::Back,
            ),
            ("Using this approach, we cut the cost.", Opening::Back),
            ("Testing it is easy.", Opening::Standalone),
            ("You decide to use async Rust for this.", Opening::Back),
            ("Even a child could tell you that.", Opening::Back),
            ("What comes after that?", Opening::Standalone),
            ("E.g., a comment returns no token.", Opening::Back),
        ] {
            assert_eq!(opening(s, en), want, "{s}");
        }
        assert_eq!(
            opening("Er trat zurück.", Language::German),
            Opening::Person
        );
        assert_eq!(opening("Es regnete.", Language::German), Opening::Back);
    }
}

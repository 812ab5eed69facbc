//! Clean verbatim: a transcript turn quoted as a reader wants to read it. What a speaker said
//! keeps its words, less hesitation sounds ("uh", "um"), stutters and restarts ("I I I d I I
//! don't" → "I don't", "the p the plausible" → "the plausible", "about about the about the
//! working" → "about the working") and the space a tokenized transcript puts before
//! punctuation and clitics ("that 's great ." → "that's great."), as transcription services'
//! clean-verbatim style does. Only for turns of a transcript or dialogue: a quotation in an
//! article stays exactly as its author wrote it.

use std::borrow::Cow;

use crate::text::Language;

/// `text` (one sentence of a turn, its speaker label left out) in clean verbatim; borrowed
/// when nothing changes. Restarts and repeated words are English only; other languages lose
/// their hesitation sounds (German, French, Dutch) and the spaces before punctuation.
pub(super) fn clean(text: &str, language: Language) -> Cow<'_, str> {
    let fillers = fillers(language);
    // Punctuation and clitics joined to the word before them.
    let mut toks: Vec<String> = Vec::new();
    for w in text.split_whitespace() {
        match toks.last_mut() {
            Some(last) if attaches(w, last) => last.push_str(w),
            _ => toks.push(w.to_string()),
        }
    }
    // Hesitation sounds left out; a sentence's closing mark they carry goes to the word before.
    let mut kept: Vec<String> = Vec::with_capacity(toks.len());
    for t in toks {
        let core = t.trim_end_matches(is_mark);
        let is_filler =
            !core.is_empty() && core.len() <= 6 && fillers.contains(&core.to_lowercase().as_str());
        if !is_filler {
            kept.push(t);
            continue;
        }
        let closing = &t[core.len()..];
        if closing.contains(['.', '?', '!']) {
            if let Some(last) = kept.last_mut() {
                let trimmed = last.trim_end_matches([',', ';', ':']).len();
                last.truncate(trimmed);
                if !last.ends_with(['.', '?', '!']) {
                    last.push_str(closing.trim_start_matches([',', ';', ':']));
                }
            }
        }
    }
    // Restarts: a word fragment before the word it begins ("the p the plausible"), and a word
    // or phrase of up to three words said again ("I I I", "about the about the"), though not
    // after a pause a comma marks ("The last time I saw you, you were …", "many, many times").
    let mut out: Vec<String> = Vec::with_capacity(kept.len());
    for (i, t) in kept.iter().enumerate() {
        if language == Language::English {
            // The word it begins follows within three words ("I d I I don't").
            if let Some(f) = out.last().filter(|f| is_fragment(f)) {
                let begins = |w: &String| w.len() > f.len() && norm(w).starts_with(f.as_str());
                if kept[i..kept.len().min(i + 3)].iter().any(begins) {
                    out.pop();
                }
            }
        }
        // Repeats are restarts in English only: German "dass das das Beste ist" and French
        // "nous nous sommes" say the word twice by grammar.
        if language != Language::English {
            out.push(t.clone());
            continue;
        }
        // A word said twice on purpose, then a third time: all one.
        let nt = norm(t);
        if KEEP_DOUBLED.contains(&nt.as_str())
            && out.len() >= 2
            && out[out.len() - 2..].iter().all(|w| norm(w) == nt)
        {
            out.truncate(out.len() - 2);
        }
        for n in (1..=3).rev() {
            if out.len() >= n
                && i + n <= kept.len()
                && !(n == 1 && KEEP_DOUBLED.contains(&nt.as_str()))
                && out[out.len() - n..]
                    .iter()
                    .zip(&kept[i..i + n])
                    .all(|(a, b)| norm(a) == norm(b) && !a.ends_with(is_mark))
                && kept[i..i + n]
                    .iter()
                    .all(|w| w.chars().any(char::is_alphanumeric))
            {
                out.truncate(out.len() - n);
                break;
            }
        }
        out.push(t.clone());
    }
    // No comma or stop left before the first word.
    while out.first().is_some_and(|t| t.chars().all(is_mark)) {
        out.remove(0);
    }
    let mut s = out.join(" ");
    let first_upper = text
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase);
    if first_upper {
        // One letter for one ("ß" stays: its capital is two).
        if let Some(c) = s.chars().next().filter(|c| c.is_lowercase()) {
            let mut upper = c.to_uppercase();
            if let (Some(u), None) = (upper.next(), upper.next()) {
                s.replace_range(..c.len_utf8(), u.encode_utf8(&mut [0; 4]));
            }
        }
    }
    if s == text || s.is_empty() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(s)
    }
}

/// Hesitation sounds by language; none where no list is known.
fn fillers(language: Language) -> &'static [&'static str] {
    match language {
        Language::English => &[
            "uh", "um", "uhm", "umm", "uhh", "erm", "er", "hmm", "hm", "mm", "mhm", "eh",
        ],
        Language::German => &["äh", "ähm", "öh", "öhm", "ähh", "hm", "hmm", "mhm"],
        Language::French => &["euh", "heu", "hum"],
        Language::Dutch => &["uh", "uhm", "ehm", "eh", "hm"],
        _ => &[],
    }
}

/// Words said twice on purpose ("I had had enough", "I know that that is true"); said three
/// times, they are a restart.
const KEEP_DOUBLED: &[&str] = &["had", "that", "ha", "bye"];

/// Whether a whitespace-separated token belongs to the word before it: punctuation a
/// tokenizer set apart (" ,", " ?") or an English clitic after a word (" 's", " n't", " 're").
fn attaches(w: &str, before: &str) -> bool {
    w.chars().all(is_mark)
        || before.ends_with(char::is_alphabetic)
            && matches!(
                w,
                "'s" | "'re" | "'ll" | "'ve" | "'m" | "'d" | "n't" | "'S" | "'RE" | "'LL" | "N'T"
            )
}

fn is_mark(c: char) -> bool {
    matches!(c, ',' | '.' | '?' | '!' | ';' | ':' | '…')
}

/// A word as compared for repeats: lower-case, without a trailing comma or clitic ("I I'll"
/// is a restart of "I'll"; "n't" stays: "it is, isn't it" is no restart).
fn norm(w: &str) -> String {
    let w = w.trim_end_matches([',', ';']);
    let w = ["'s", "'re", "'ll", "'ve", "'m", "'d"]
        .iter()
        .find_map(|c| w.strip_suffix(c).filter(|s| !s.is_empty()))
        .unwrap_or(w);
    w.to_lowercase()
}

/// A cut-off English word: one or two lower-case letters that are no word themselves.
fn is_fragment(w: &str) -> bool {
    (1..=2).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !TWO_LETTER_WORDS.contains(&w)
}

/// English words of one or two letters, which are never taken for fragments.
const TWO_LETTER_WORDS: &[&str] = &[
    "a", "i", "o", "ad", "ah", "am", "an", "as", "at", "aw", "ax", "be", "by", "do", "eh", "ex",
    "go", "ha", "he", "hi", "ho", "id", "if", "in", "is", "it", "me", "mr", "ms", "my", "no", "of",
    "oh", "ok", "on", "or", "ow", "ox", "pa", "pi", "so", "to", "tv", "uh", "um", "up", "us", "vs",
    "we", "ya", "ye", "yo",
];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Any run of transcript-like tokens: no panic, no hesitation left, no word the
        /// speaker did not say.
        #[test]
        fn clean_verbatim_only_leaves_words_out(
            toks in proptest::collection::vec(proptest::sample::select(vec![
                "uh", "Um", "uh,", ",", ".", "?", "'s", "n't", "I", "I'll", "the", "p", "d",
                "plausible", "don't", "that", "had", "we", "ßa", "Ähm", "…", "'", "-", "{x}",
            ]), 0..24),
            german in any::<bool>(),
        ) {
            let text = toks.join(" ");
            let lang = if german { Language::German } else { Language::English };
            let out = clean(&text, lang);
            // What is left is what was said, in order, less what was left out.
            let letters = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<Vec<_>>();
            let (said, kept) = (letters(&text), letters(&out));
            let mut rest = said.iter();
            prop_assert!(kept.iter().all(|c| rest.any(|s| s == c)), "{out:?} from {text:?}");
            if !german && out != text {
                for w in out.split(|c: char| c.is_whitespace() || is_mark(c)) {
                    prop_assert!(!fillers(lang).contains(&w.to_lowercase().as_str()), "{out:?} from {text:?}");
                }
            }
        }
    }

    fn en(t: &str) -> String {
        clean(t, Language::English).into_owned()
    }

    #[test]
    fn hesitations_restarts_and_tokenizer_spaces_go() {
        // Lines of meeting transcripts (QMSum), as the transcript has them.
        assert_eq!(
            en("Uh , we I think the things that we talk about in this meeting uh tend to be a mixture of uh procedural uh mundane things ."),
            "We I think the things that we talk about in this meeting tend to be a mixture of procedural mundane things."
        );
        assert_eq!(
            en("I I I d I I don't want to try to say cuz I I 'll say it wrong , but anyway some some potential collaboration there about about the about the working with these data ."),
            "I don't want to try to say cuz I'll say it wrong, but anyway some potential collaboration there about the working with these data."
        );
        assert_eq!(
            en("maybe you have some discussion of some of the p the plausible things to look at now that we 're starting to get data , uh and one of the things"),
            "maybe you have some discussion of some of the plausible things to look at now that we're starting to get data, and one of the things"
        );
        assert_eq!(
            en("And the bleep signal , y uh you told us ."),
            "And the bleep signal, you told us."
        );
        assert_eq!(
            en("We can also make uh a button uh with a menu uh button ."),
            "We can also make a button with a menu button."
        );
        // A sentence that ends in a hesitation keeps its full stop.
        assert_eq!(en("And then the remote , um ."), "And then the remote.");
    }

    #[test]
    fn words_said_twice_on_purpose_and_clean_text_stay() {
        let t = "I had had enough, and I know that that is true.";
        assert!(matches!(clean(t, Language::English), Cow::Borrowed(_)));
        let t = "It is, isn't it? Go to the U.S. Go home.";
        assert_eq!(en(t), t);
        // Two-letter words are no fragments: "an an" is a repeat, "in input" no restart.
        assert_eq!(
            en("We put it in input files ."),
            "We put it in input files."
        );
        assert_eq!(
            en("some discussions that that that Jane had"),
            "some discussions that Jane had"
        );
        // German "er" is a word, not a hesitation; German and French repeat by grammar.
        for (t, lang, want) in [
            (
                "Er sagt , äh , dass er kommt .",
                Language::German,
                "Er sagt, dass er kommt.",
            ),
            (
                "Ähm , wir kommen morgen .",
                Language::German,
                "Wir kommen morgen.",
            ),
            (
                "Ich weiß , dass das das Beste ist .",
                Language::German,
                "Ich weiß, dass das das Beste ist.",
            ),
            (
                "Nous nous sommes vus hier .",
                Language::French,
                "Nous nous sommes vus hier.",
            ),
        ] {
            assert_eq!(clean(t, lang), want);
        }
        for t in [
            "The last time I saw you, you were looking for a new job.",
            "I failed many, many times.",
            "Put the eye-drop into your right eye 4 - - 6 times a day.",
            "' The Irishman had brought a car door.",
            "Maybe we should put you into quarantine, ha ha, jokes aside.",
        ] {
            assert_eq!(en(t), t);
        }
        assert_eq!(clean("", Language::English), "");
        assert_eq!(clean("uh .", Language::English), "uh .");
    }
}

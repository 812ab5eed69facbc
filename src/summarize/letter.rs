//! Letters and e-mail: the salutation a message opens with ("Dear Ken,", "Hi Jeff --",
//! "Gerald,␣␣I've made …") and the closing it ends with ("Thanks,", "Best regards", a signature).
//! A message states its purpose first; its salutation is furniture, never summary text.

use crate::text::lines::floor_char_boundary;

/// Byte length of a leading salutation in `src` (the sentence's source bytes) to leave out
/// when quoting it, with the white space after it; 0 when there is none.
///
/// Two forms: a greeting word and up to five words closed by `,` `:` `!` or a dash ("Dear Mr.
/// Skilling,", "Hi everyone -", "Hello all:"); or one to three capitalized words closed the same
/// way and followed by a line break or a wide gap, as a name on its own line reads once the
/// lines are joined ("Patti,␣␣This sounds …", "Mark:\nPer our conversation …"), or by a dash
/// ("Sally - per our discussion …").
pub fn salutation_len(src: &str) -> usize {
    let head = &src[..floor_char_boundary(src, 80)];
    let lower = head.to_lowercase();
    // Lower-casing may change byte lengths outside ASCII: only trust it when it did not.
    let greeting_words = GREETINGS
        .iter()
        .find(|g| {
            lower.len() == head.len()
                && lower.starts_with(*g)
                && lower[g.len()..].starts_with(|c: char| !c.is_alphanumeric() && c != '\'')
        })
        .map_or(0, |g| g.split(' ').count());
    let greeting = greeting_words > 0;
    let bytes = head.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    let (mut i, mut words) = (0, 0);
    while i < head.len() {
        let start = i;
        while i < head.len() && !is_space(bytes[i]) && !matches!(bytes[i], b',' | b':' | b'!') {
            i += 1;
        }
        let word = &head[start..i];
        let dash = matches!(word, "-" | "--" | "—" | "–");
        if word.is_empty() || dash && words == 0 {
            return 0;
        }
        if !dash {
            words += 1;
            if words > greeting_words && !is_address_word(word) || words > greeting_words + 3 {
                return 0;
            }
        }
        let colon = i < head.len() && bytes[i] == b':';
        let closed = dash || i < head.len() && matches!(bytes[i], b',' | b':' | b'!');
        if closed && !dash {
            i += 1;
        }
        let gap_start = i;
        while i < head.len() && is_space(bytes[i]) {
            i += 1;
        }
        let gap = &head[gap_start..i];
        if closed {
            // "Tanya: We finally got …": a lone name and a colon before a capital.
            let named = words == 1
                && colon
                && head[i..].starts_with(char::is_uppercase)
                && !LABELS.iter().any(|l| head[start..].starts_with(l));
            let wide = named || gap.contains(['\n', '\t']) || gap.len() >= 2;
            let spaced = !gap.is_empty() || i >= src.len();
            return if (greeting || dash || wide) && spaced {
                i
            } else {
                0
            };
        }
        if gap.is_empty() {
            return 0;
        }
    }
    0
}

/// A word that can stand in an address: a capitalized name or initial ("Mr.", "Dr.") or a
/// collective ("all", "team").
fn is_address_word(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    !w.is_empty()
        && (w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
            || COLLECTIVES.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// Whether a sentence (its text) closes a letter: a valediction, alone or with a name
/// ("Thanks,", "Best regards, Ann", "Sincerely,"), or a signature (one to three name-like words:
/// "Rick", "DF", "Susan Lindberg x30596").
pub fn is_closing(t: &str) -> bool {
    let t = t.trim();
    if t.is_empty() || t.len() > 60 {
        return false;
    }
    let lower = t.to_lowercase();
    for v in VALEDICTIONS {
        if lower.starts_with(v) && lower.len() == t.len() {
            // The name after it, if any, as written.
            let rest = t
                .get(v.len()..)
                .unwrap_or("")
                .trim_start_matches([',', '!', '.']);
            let rest = rest.trim_end_matches(['.', '!', ',']);
            if rest.is_empty() || rest.starts_with(char::is_whitespace) && is_signature(rest) {
                return true;
            }
        }
    }
    is_signature(t)
}

/// One to three name-like words with no sentence punctuation: a first name, initials, a full
/// name, optionally followed by a phone extension ("Kortney x30616").
fn is_signature(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 || t.ends_with(['.', '!', '?', ':', ',']) {
        return false;
    }
    let name = |w: &str| {
        let letters = w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''));
        let first_up = w.chars().next().is_some_and(char::is_uppercase);
        let short = w.chars().count() <= 3;
        letters && (first_up || short)
    };
    let (last, rest) = words.split_last().unwrap_or((&"", &[]));
    let extension = |w: &str| w.chars().any(|c| c.is_ascii_digit()) && w.len() <= 12;
    if rest.is_empty() {
        return name(last);
    }
    rest.iter().all(|w| name(w)) && (name(last) || extension(last))
}

/// Greeting words that open a salutation, lower-case (English, German, French, Spanish,
/// Italian, Portuguese, Dutch, Scandinavian).
const GREETINGS: &[&str] = &[
    "dear",
    "hi",
    "hello",
    "hey",
    "hiya",
    "howdy",
    "howdie",
    "greetings",
    "good morning",
    "good afternoon",
    "good evening",
    "liebe",
    "lieber",
    "hallo",
    "sehr geehrte",
    "sehr geehrter",
    "guten tag",
    "bonjour",
    "bonsoir",
    "cher",
    "chers",
    "salut",
    "hola",
    "estimado",
    "estimada",
    "estimados",
    "querido",
    "querida",
    "ciao",
    "caro",
    "cara",
    "gentile",
    "buongiorno",
    "olá",
    "prezado",
    "prezada",
    "beste",
    "geachte",
    "hej",
    "hei",
    "kære",
];

/// Labels that open a sentence with a colon and carry meaning: not names.
const LABELS: &[&str] = &[
    "Note",
    "Warning",
    "Caution",
    "Important",
    "Update",
    "Correction",
    "Breaking",
    "Edit",
];

/// Words that address a group.
const COLLECTIVES: &[&str] = &[
    "all",
    "everyone",
    "everybody",
    "team",
    "guys",
    "folks",
    "y'all",
];

/// Valedictions, lower-case, longest first where one starts another.
const VALEDICTIONS: &[&str] = &[
    "thanks again",
    "thanks",
    "thank you",
    "many thanks",
    "best regards",
    "kind regards",
    "warm regards",
    "warmest regards",
    "regards",
    "sincerely",
    "yours sincerely",
    "yours truly",
    "yours",
    "best wishes",
    "all the best",
    "best",
    "cheers",
    "love",
    "take care",
    "respectfully",
    "cordially",
    "mit freundlichen grüßen",
    "viele grüße",
    "liebe grüße",
    "beste grüße",
    "herzliche grüße",
    "grüße",
    "cordialement",
    "bien à vous",
    "amitiés",
    "saludos",
    "atentamente",
    "cordiali saluti",
    "saluti",
    "atenciosamente",
    "met vriendelijke groet",
    "groeten",
    "med venlig hilsen",
    "hilsen",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn rest(s: &str) -> &str {
        &s[salutation_len(s)..]
    }

    #[test]
    fn salutations() {
        assert_eq!(
            rest("Dear Ken,             I would like to apologize."),
            "I would like to apologize."
        );
        assert_eq!(
            rest("Dear Mr. Skilling,  \tMy name is Chris."),
            "My name is Chris."
        );
        assert_eq!(
            rest("Hi Jeff -- The West gas desk asked."),
            "The West gas desk asked."
        );
        assert_eq!(
            rest("Hi everyone -  As it turns out, no."),
            "As it turns out, no."
        );
        assert_eq!(
            rest("Patti,  This sounds like a plan."),
            "This sounds like a plan."
        );
        assert_eq!(
            rest("Mark:\nPer our conversation, yes."),
            "Per our conversation, yes."
        );
        assert_eq!(
            rest("Sally - per our discussion, done."),
            "per our discussion, done."
        );
        assert_eq!(
            rest("All -  I have attached my list."),
            "I have attached my list."
        );
        assert_eq!(rest("Liebe Anna, ich komme morgen."), "ich komme morgen.");
        assert_eq!(
            rest("Tanya: We finally got a draft."),
            "We finally got a draft."
        );
        // Prose that only looks like it.
        for s in [
            "Yesterday, the council approved the plan.",
            "Kim, please give me a call.",
            "Note: the figures are final.",
            "Warning: The product is recalled.",
            "Hello World is the first program.",
            "Highlights: sales rose.",
            "The council approved the plan.",
            "Hi",
            "",
        ] {
            assert_eq!(salutation_len(s), 0, "{s}");
        }
    }

    #[test]
    fn closings() {
        for s in [
            "Thanks,",
            "Thanks!",
            "Best regards,",
            "Regards",
            "Sincerely,",
            "Thanks mk",
        ] {
            assert!(is_closing(s), "{s}");
        }
        for s in [
            "Rick",
            "DF",
            "Arthur Ransome",
            "Susan Lindberg x30596",
            "mk",
        ] {
            assert!(is_closing(s), "{s}");
        }
        for s in [
            "Thanks for all your help.",
            "Follow @CNNTravel",
            "Read more",
            "The council approved the plan.",
            "Best practices for writing",
        ] {
            assert!(!is_closing(s), "{s}");
        }
    }
}

//! Furniture: text that is on the page but is never summary material — datelines, bylines,
//! photo credits, captions, "Read more" links.

use crate::article::{Article, Format};
use crate::text::lines::floor_char_boundary;

/// A project page's legal and contribution matter, never its gist: a sentence under a
/// "License", "Contributing" or "Code of Conduct" heading, or one that states the licence
/// ("Dual-licensed under Apache 2.0 or MIT.", "This project is licensed under the MIT
/// license.", "Unless you explicitly state otherwise, any contribution …"). Markdown only.
pub fn is_legal(a: &Article, block: usize, t: &str) -> bool {
    const HEADINGS: &[&str] = &[
        "license",
        "licence",
        "licensing",
        "licenses",
        "copyright",
        "contributing",
        "contribution",
        "contributions",
        "code of conduct",
    ];
    if a.format != Format::Markdown {
        return false;
    }
    let under = a
        .blocks
        .get(block)
        .and_then(|b| a.sections.get(b.section))
        .and_then(|s| s.heading.as_ref())
        .is_some_and(|h| {
            let name = h.text.trim_matches(|c: char| !c.is_alphanumeric());
            HEADINGS.iter().any(|n| name.eq_ignore_ascii_case(n))
        });
    under
        || memchr::memmem::find(t.as_bytes(), b"icens").is_some()
            && (t.starts_with("Licensed under")
                || t.starts_with("Dual-licensed")
                || t.starts_with("Dual licensed")
                || t.contains(" is licensed under")
                || t.contains(" are licensed under")
                || t.contains("shall be dual licensed")
                || t.contains("shall be dual-licensed")
                || t.starts_with("Unless you explicitly state otherwise"))
}

/// Byte length of a list marker opening a sentence of plain text, with the space after it —
/// "1. ", "2) ", "(a) ", "- ", "• " — which a summary's prose leaves out (a Markdown list's
/// markers are markup already left out).
pub fn list_marker_len(s: &str) -> usize {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let marker = match b.first() {
        // "** " and "*** " too (Emacs outline lists).
        Some(b'*') => b.iter().take(3).take_while(|&&c| c == b'*').count(),
        Some(b'-' | b'+') => 1,
        _ if s.starts_with(['•', '·', '–']) => s.chars().next().map_or(0, char::len_utf8),
        Some(b'(') => {
            let inner = b[1..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            match (inner, b.get(1 + inner)) {
                (1..=3, Some(b')')) => inner + 2,
                _ => 0,
            }
        }
        _ if (1..=3).contains(&digits) => match &b[digits..] {
            [b'.', b')', ..] => digits + 2,
            [b'.' | b')', ..] => digits + 1,
            _ => 0,
        },
        _ => 0,
    };
    if marker == 0 {
        return 0;
    }
    // A space, then the item's first letter or an opening quotation mark.
    let rest = &s[marker..];
    let item = rest.trim_start_matches([' ', '\t', '\n']);
    if item.len() == rest.len()
        || !item
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || "\"'“‘«".contains(c))
    {
        return 0;
    }
    s.len() - item.len()
}

/// Byte length of a leading dateline or source tag to leave out when quoting the sentence:
/// "(CNN)", "LONDON, England (Reuters) -- ", "WASHINGTON (AP) — ", "PARIS — ".
pub fn dateline_len(s: &str) -> usize {
    let head = &s[..floor_char_boundary(s, 100)];
    // "(CNN)" / "(AP)" glued or spaced at the very start.
    if let Some(rest) = head.strip_prefix('(') {
        if let Some(close) = rest.find(')') {
            let tag = &rest[..close];
            if is_source_tag(tag) {
                return skip_dash(s, 1 + close + 1);
            }
        }
    }
    // "Boston (CNN)Dun Meng …", "Washington (CNN) The …": a place and a source tag.
    if let Some(open) = head.find(" (") {
        let place = &head[..open];
        let words: Vec<&str> = place.split_whitespace().collect();
        let rest = &head[open + 2..];
        if let Some(close) = rest.find(')') {
            let titled = words
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()));
            let known = AGENCIES
                .iter()
                .any(|a| rest[..close].trim().eq_ignore_ascii_case(a));
            if !words.is_empty() && words.len() <= 4 && titled && known {
                return skip_dash(s, open + 2 + close + 1);
            }
        }
    }
    // "CITY, Country (AGENCY) -- " or "CITY — ": a dash within the first words.
    for dash in [" -- ", " — ", " – ", "— ", " —"] {
        if let Some(i) = head.find(dash) {
            let prefix = &head[..i];
            let words: Vec<&str> = prefix.split_whitespace().collect();
            let caps = words.iter().filter(|w| is_all_caps(w)).count();
            let all_titled = words
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '('));
            let tagged = words.iter().any(|w| {
                w.strip_prefix('(')
                    .and_then(|w| w.strip_suffix(')'))
                    .is_some_and(is_source_tag)
            });
            if !words.is_empty() && words.len() <= 8 && ((caps >= 1 && all_titled) || tagged) {
                return skip_dash(s, i);
            }
        }
    }
    0
}

/// News agencies and networks that tag datelines, matched in any case (one evaluation set is
/// lower-cased).
const AGENCIES: &[&str] = &[
    "cnn",
    "ap",
    "afp",
    "reuters",
    "upi",
    "bbc",
    "xinhua",
    "dpa",
    "bloomberg",
    "ians",
    "pti",
    "ansa",
    "efe",
    "kyodo",
    "yonhap",
    "tass",
    "nyt",
    "wsj",
    "ft",
    "abc",
    "nbc",
    "cbs",
    "npr",
    "pa",
];

fn is_source_tag(tag: &str) -> bool {
    let t = tag.trim();
    if t.is_empty() || t.len() > 24 || t.split_whitespace().count() > 3 {
        return false;
    }
    let known = t
        .split([' ', '/', ','])
        .any(|w| AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(w)));
    known || (t.chars().next().is_some_and(char::is_uppercase) && is_all_caps(t))
}

fn is_all_caps(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Skips white space and dashes after a dateline ending at `i`.
fn skip_dash(s: &str, i: usize) -> usize {
    let rest = &s[i.min(s.len())..];
    let trimmed = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '—' | '–' | ':' | ',')
    });
    let end = s.len() - trimmed.len();
    // Never leave nothing.
    if trimmed.chars().any(char::is_alphanumeric) {
        end
    } else {
        0
    }
}

/// Sentences that are page furniture rather than content.
pub fn is_furniture(s: &str) -> bool {
    let t = s.trim();
    // Only the opening matters for most furniture.
    // An ASCII-lower-cased copy of the opening, as bytes, in a fixed buffer (the whole buffer
    // is lower-cased in a form the compiler turns into vector operations).
    let mut buf = [0u8; 160];
    let raw = &t.as_bytes()[..floor_char_boundary(t, 160)];
    buf[..raw.len()].copy_from_slice(raw);
    for c in buf.iter_mut() {
        *c |= u8::from(c.wrapping_sub(b'A') < 26) << 5;
    }
    let head = &buf[..raw.len()];
    const STARTS: &[&str] = &[
        "by ",
        "photo:",
        "photo by",
        "photos:",
        "image:",
        "images:",
        "picture:",
        "pictures:",
        "file photo",
        "caption:",
        "credit:",
        "source:",
        "read more",
        "read:",
        "click here",
        "scroll down",
        "follow us",
        "follow @",
        "share this",
        "sign up",
        "subscribe",
        "published:",
        "updated:",
        "last updated",
        "copyright",
        "all rights reserved",
        "thank you",
        "thanks to everyone",
        "thanks to all ",
        "thanks to our ",
        "thanks to those",
        "thanks to the many",
        "thanks again",
        "kudos",
        "big kudos",
        "special thanks",
        "many thanks",
        "huge thanks",
        "shout-out",
        "shoutout",
        "advertisement",
        "related:",
        "see also",
        "watch:",
        "video:",
        "listen:",
        "email:",
        "e-mail:",
        "tel:",
        "phone:",
        "fax:",
        "(photo",
        "(image",
        "(getty",
        "(ap photo",
        "(reuters",
        "©",
    ];
    // Compare the first byte before the rest: this runs for every sentence of every document.
    let first = head.first().copied();
    if STARTS
        .iter()
        .any(|p| p.as_bytes().first().copied() == first && head.starts_with(p.as_bytes()))
    {
        // "By the end of the year, …" is prose, not a byline.
        if head.starts_with(b"by ") {
            return is_byline(t);
        }
        return true;
    }
    // Patterns anywhere in the opening, each behind a needle that must occur first (one
    // search stands for the three "photo" patterns): (needle, patterns; none = the needle).
    const ANYWHERE: &[(&str, &[&str])] = &[
        ("getty images", &[]),
        ("click here", &[]),
        ("all rights reserved", &[]),
        ("photo", &["ap photo", "(photo:", "photo credit"]),
    ];
    // Vector searches (memchr's memmem), built once: this runs for every sentence.
    static FINDERS: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::OnceLock::new();
    let finders = FINDERS.get_or_init(|| {
        ANYWHERE
            .iter()
            .map(|(needle, _)| memchr::memmem::Finder::new(needle.as_bytes()))
            .collect()
    });
    for (f, (_, patterns)) in finders.iter().zip(ANYWHERE) {
        if f.find(head).is_some()
            && (patterns.is_empty()
                || patterns
                    .iter()
                    .any(|q| memchr::memmem::find(head, q.as_bytes()).is_some()))
        {
            return true;
        }
    }
    // Hashtag rows.
    if t.contains('#') {
        let words = t.split_whitespace().count();
        let tags = t.split_whitespace().filter(|w| w.starts_with('#')).count();
        return words > 0 && tags * 2 >= words;
    }
    false
}

/// "By Jane Doe", "By . Daily Mail Reporter .", "By Arash Javanbakht": a short run of names.
fn is_byline(t: &str) -> bool {
    let rest = t[3..].trim_start_matches(['.', ' ']);
    let words: Vec<&str> = rest.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || !c.is_alphanumeric())
                || ["and", "for", "in", "of", "de", "van", "von"].contains(w)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_markers() {
        for (s, n) in [
            ("1. The barrier will cost more.", 3),
            ("12) Prices stay.", 4),
            ("3.) Dates move.", 4),
            ("(a) First thing.", 4),
            ("- The budget grows.", 2),
            ("• \"Yes,\" she said.", 4),
            ("1.\nAs a condition, we sign.", 3),
            // No marker: a number, a negative number, a decimal, a year, a dash without space.
            ("1998. The year it began.", 0),
            ("-5 degrees is cold.", 0),
            ("3.5 million people voted.", 0),
            ("2. 3 and 4 are numbers.", 0),
            ("The end.", 0),
            ("", 0),
        ] {
            assert_eq!(list_marker_len(s), n, "{s:?}");
        }
    }

    #[test]
    fn datelines() {
        let s = "(CNN)Share, and your gift will be multiplied.";
        assert_eq!(
            &s[dateline_len(s)..],
            "Share, and your gift will be multiplied."
        );
        let s = "LONDON, England (Reuters) -- Prices rose sharply.";
        assert_eq!(&s[dateline_len(s)..], "Prices rose sharply.");
        let s = "WASHINGTON (AP) — The Senate voted.";
        assert_eq!(&s[dateline_len(s)..], "The Senate voted.");
        let s = "Boston (CNN)Dun Meng knew to pull over.";
        assert_eq!(&s[dateline_len(s)..], "Dun Meng knew to pull over.");
        let s = "Washington (CNN) The Senate voted.";
        assert_eq!(&s[dateline_len(s)..], "The Senate voted.");
        let s = "(CNN) -- A man was arrested.";
        assert_eq!(&s[dateline_len(s)..], "A man was arrested.");
        let s = "(cnn)a man was arrested.";
        assert_eq!(&s[dateline_len(s)..], "a man was arrested.");
        let s = "london, england (cnn) -- a man was arrested.";
        assert_eq!(&s[dateline_len(s)..], "a man was arrested.");
        for s in [
            "The prices rose — sharply.",
            "(See below) for more.",
            "He said (CNN reported) nothing.",
            "",
            "(CNN)",
        ] {
            assert_eq!(dateline_len(s), 0, "{s}");
        }
    }

    #[test]
    fn furniture() {
        for s in [
            "By Arash Javanbakht",
            "By . Daily Mail Reporter .",
            "Photo: Reuters",
            "Read more: the story",
            "#science #health #advice",
            "File photo of interviewee David Titley.",
            "Thanks to everyone who tested the release candidates!",
            "Big kudos to Jane for driving that.",
        ] {
            assert!(is_furniture(s), "{s}");
        }
        for s in [
            "By the end of the year, prices had doubled.",
            "Thanks to the new law, prices fell.",
            "The photo shows a man.",
            "Readers loved it.",
            "The new renderer turns Markdown into HTML twice as fast.",
            "The law was intended to protect tenants.",
        ] {
            assert!(!is_furniture(s), "{s}");
        }
    }
}

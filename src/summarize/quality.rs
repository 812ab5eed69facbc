//! What makes a sentence fit to quote on its own: whole (closing punctuation, not a heading,
//! label or list line), not introducing something the summary does not show (a closing `:`),
//! not markup for a tool (a template expression), not the author's own summary, and a statement
//! rather than a question. And how a sentence is cut when a word budget leaves no room for it.

use super::furniture;
use crate::article::{Article, BlockKind};
use crate::text::words::{leads_on, words};

/// How readily a sentence is picked: the summary draws from the best tier that has any.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    /// A whole statement.
    Good,
    /// A question: picked only when the text offers no statement.
    Weak,
    /// Furniture, fragments, labels, lines that introduce what follows, template text, the
    /// author's summary: only when there is nothing else at all.
    Never,
}

/// The tier of sentence `i` of `a` (source `src`, `words` words said). When `headline_stops`, a
/// sentence ending in a space and a full stop is a headline or caption line: most sentences of
/// the text end in a word and a full stop.
/// In a change log (`entries`), a list entry of three words or more stands without a full
/// stop ("Add `Pool::create` guard"): that is how changes are written.
pub fn tier(
    a: &Article,
    i: usize,
    src: &str,
    words: usize,
    headline_stops: bool,
    entries: bool,
) -> Tier {
    let Some(s) = a.sentences.get(i) else {
        return Tier::Never;
    };
    // A turn of a dialogue is judged by what is said, not by who says it.
    let t = a.said(i);
    if headline_stops && t.ends_with(" .") || is_title_case(t) {
        return Tier::Never;
    }
    // The rest of a sentence cut before a comma (", and is very accurate .") is a fragment.
    if words < 4
        || t.starts_with([',', ';'])
        || (words < 8 && t.split_whitespace().count() < 4)
        || furniture::is_furniture(t)
        || furniture::is_legal(a, s.block, t)
        || entries && crate::article::changelog::is_boilerplate(t)
        || has_template(src)
        || describes_a_term(src)
        || a.author_summaries
            .iter()
            .any(|m| m.span.start <= s.span.start && s.span.end <= m.span.end)
    {
        return Tier::Never;
    }
    match last_mark(t) {
        // A sentence that trails off ("… but this time with an async fn...") is unfinished
        // (CJK dialogue's "……" is a full stop).
        Some('.' | '…') if trails_off(t) => Tier::Weak,
        Some('.' | '!' | '…' | '。' | '！' | '｡') if !(words <= 12 && is_shouted(t)) => {
            Tier::Good
        }
        Some('?' | '？') => Tier::Weak,
        // A tagline under a Markdown title ("> **Minimal, flexible command line parser**")
        // says what the page is, when no sentence says it better.
        Some(c) if c.is_alphanumeric() && is_tagline(a, s.block) => Tier::Good,
        // Not one that introduces what follows ("… assignment expressions:").
        Some(c)
            if entries
                && c.is_alphanumeric()
                && words >= 3
                && a.blocks
                    .get(s.block)
                    .is_some_and(|b| b.kind == BlockKind::ListItem) =>
        {
            Tier::Good
        }
        _ => Tier::Never,
    }
}

/// Whether a block is a Markdown page's first, right under its title, a single line: the
/// page's tagline.
pub fn is_tagline(a: &Article, block: usize) -> bool {
    let Some(title) = a.title.as_ref() else {
        return false;
    };
    // Under the title: section 0, or the title heading's own when something precedes it.
    let under_title = |section: usize| {
        section == 0
            || a.sections
                .get(section)
                .and_then(|s| s.heading.as_ref())
                .is_some_and(|h| h.span == title.span)
    };
    a.format == crate::article::Format::Markdown
        && block == 0
        && a.blocks.first().is_some_and(|b| {
            under_title(b.section) && b.sentences.len() == 1 && b.kind != BlockKind::ListItem
        })
}

/// Whether a sentence is a list entry's description of a bold term, no clause of its own:
/// "**Beyond the `&`**, making it possible to create …", "**Async closures** — to let …". A
/// bold term followed by a clause ("**Faster builds**: the compiler now caches …") stands.
fn describes_a_term(src: &str) -> bool {
    let t = src.trim_start();
    let Some(mark) = ["**", "__"].into_iter().find(|m| t.starts_with(m)) else {
        return false;
    };
    let Some(close) = t[2..].find(mark) else {
        return false;
    };
    let rest = t[2 + close + 2..].trim_start_matches([',', ':', ' ', '—', '–', '-']);
    let word: &str = rest.split_whitespace().next().unwrap_or("");
    word.len() > 4 && word.ends_with("ing") && word.starts_with(|c: char| c.is_ascii_lowercase())
        || word == "to"
}

/// Whether a sentence ends in an ellipsis after a letter, a digit or a closing mark: it trails
/// off rather than ends. Not after CJK text, where "……" ends a sentence.
fn trails_off(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»)]".contains(c));
    let Some(rest) = t.strip_suffix("...").or_else(|| t.strip_suffix('…')) else {
        return false;
    };
    rest.trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() && !crate::text::sentences::is_cjk(c) || c == ',')
}

/// Whether a Chinese sentence states what the text contributes or sets out to do: "本文"
/// (this paper), "提出" (proposes), "研究了" (studies), "目的" (objective), "针对" (addressing) —
/// what a Chinese abstract's title names.
pub fn states_contribution_zh(t: &str) -> bool {
    const CUES: &[&str] = &[
        "本文",
        "本研究",
        "提出",
        "研究了",
        "探讨",
        "目的",
        "旨在",
        "针对",
        "分析了",
        "考察了",
        "介绍了",
        "设计了",
        "建立了",
    ];
    CUES.iter().any(|c| t.contains(c))
}

/// Whether an English sentence states what the text contributes — "we propose", "this paper",
/// "our results show" — the sentence a reader of an abstract or a report wants, rather than the
/// background before it. One pass over the sentence.
pub fn states_contribution(t: &str) -> bool {
    static CUES: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    const PHRASES: &[&str] = &[
        "we propose",
        "we present",
        "we introduce",
        "we show",
        "we demonstrate",
        "we find",
        "we found",
        "we develop",
        "we describe",
        "we report",
        "we study",
        "we investigate",
        "we prove",
        "we argue",
        "we evaluate",
        "this paper",
        "in this work",
        "in this post",
        "in this article",
        "our approach",
        "our method",
        "our results",
        "results show",
        "results suggest",
    ];
    // Every phrase holds one of these: a vector search for each rules out most sentences
    // before the automaton (which steps a byte at a time) runs.
    static HINTS: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::OnceLock::new();
    let hints = HINTS.get_or_init(|| {
        ["we ", "We ", "this ", "This ", "our ", "Our ", "esults "]
            .iter()
            .map(|h| memchr::memmem::Finder::new(h.as_bytes()))
            .collect()
    });
    if !hints.iter().any(|f| f.find(t.as_bytes()).is_some()) {
        return false;
    }
    CUES.get_or_init(|| {
        // Each phrase as written and capitalized, in a DFA: a byte a step (a case-insensitive
        // search was a tenth of the whole run on news).
        let mut all: Vec<String> = Vec::with_capacity(PHRASES.len() * 2);
        for p in PHRASES {
            all.push(p.to_string());
            let mut c = p.chars();
            if let Some(f) = c.next() {
                all.push(f.to_uppercase().chain(c).collect());
            }
        }
        aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(all)
            .ok()
    })
    .as_ref()
    .is_some_and(|ac| ac.is_match(t))
}

/// Every word capitalized or a number but for the short words titles keep in lower case
/// ("Jun 25 Auburn Hills, MI Palace of Auburn Hills", "Rolling Stone: Watch Kanye's Speech"):
/// a title, a caption or a line of a list, not a sentence.
fn is_title_case(t: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "at", "in", "on", "for", "to", "and", "or", "by", "with", "from",
    ];
    let mut capitalized = 0usize;
    for w in t.split_whitespace() {
        let Some(c) = w.chars().find(|c| c.is_alphanumeric()) else {
            continue;
        };
        if c.is_numeric() || w.chars().any(char::is_uppercase) {
            capitalized += 1;
        } else if !SMALL.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())) {
            return false;
        }
    }
    capitalized >= 3
}

/// The last character of `t` before closing quotes, brackets and emphasis (and before a full
/// stop standing apart after a colon: "here is what we know: .").
fn last_mark(t: &str) -> Option<char> {
    let t = match t.strip_suffix(" .") {
        Some(rest) if rest.trim_end().ends_with(':') => rest.trim_end(),
        _ => t,
    };
    t.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '”' | '’' | '»' | '」' | '』' | ')' | ']' | '*' | '_' | '）'
            )
    })
    .chars()
    .last()
}

/// A template expression or tag (`{{ … }}`, `{% … %}`) in `src`.
fn has_template(src: &str) -> bool {
    let b = src.as_bytes();
    memchr::memchr_iter(b'{', b).any(|i| matches!(b.get(i + 1), Some(b'{' | b'%')))
}

/// A short line in capitals: a subheading ("WHAT THE VIDEO SHOWS."), not prose.
fn is_shouted(t: &str) -> bool {
    // Prose has a lower-case letter early on.
    if t.bytes().any(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let (mut upper, mut letters) = (0usize, 0usize);
    for c in t.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    letters >= 4 && upper * 10 >= letters * 9 && t.split_whitespace().count() <= 12
}

/// `plain` cut to at most `max` words, at the last clause boundary that keeps at least half of
/// them, else after a word, ending in `…`.
pub fn cut_to_words(plain: &str, max: usize) -> String {
    let ws: Vec<(usize, &str)> = words(plain).collect();
    if ws.len() <= max {
        return plain.to_string();
    }
    let Some(&(at, w)) = ws.get(max.saturating_sub(1)) else {
        return "…".to_string();
    };
    let end = at + w.len();
    let head = &plain[..end];
    // A clause boundary: a comma, semicolon, colon, dash or opening bracket after a word.
    let min_words = (max / 2).max(3);
    let clause = ws
        .windows(2)
        .take(max.saturating_sub(1))
        .enumerate()
        .filter(|(i, _)| i + 1 >= min_words)
        .filter_map(|(_, pair)| {
            let gap = &plain[pair[0].0 + pair[0].1.len()..pair[1].0];
            let boundary = gap.contains([',', ';', ':', '(', '—', '–']) || gap.contains(" - ");
            boundary.then_some(pair[0].0 + pair[0].1.len())
        })
        .next_back();
    let mut cut = &plain[..clause.unwrap_or(end).min(head.len())];
    // Never end on a word that leads into what was cut.
    loop {
        let trimmed = cut.trim_end_matches(|c: char| !c.is_alphanumeric());
        let last = trimmed
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
            .next()
            .unwrap_or("");
        let lower = last.to_lowercase();
        if leads_on(&lower) && trimmed.len() > last.len() {
            cut = &trimmed[..trimmed.len() - last.len()];
        } else {
            cut = trimmed;
            break;
        }
    }
    if cut.trim().is_empty() {
        cut = head;
    }
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    #[test]
    fn sentences_that_trail_off_are_weak() {
        assert!(trails_off(
            "Like any Rust program, it begins with main, but this time with an async fn..."
        ));
        assert!(trails_off("It is out, though written in Japanese…"));
        assert!(trails_off("Its \"threat[s] to annihilate ...\""));
        assert!(!trails_off("He left at 5 p.m."));
        assert!(!trails_off("他们走了……"));
        assert!(!trails_off("The end."));
        assert_eq!(
            tier_of(
                "Like any Rust program, it begins with main, but this time with an async fn...\n"
            ),
            vec![Tier::Weak]
        );
    }

    fn tier_of(doc: &str) -> Vec<Tier> {
        tier_in(doc, Format::Markdown)
    }

    fn tier_in(doc: &str, format: Format) -> Vec<Tier> {
        let a = Article::parse(doc, format);
        (0..a.sentences.len())
            .map(|i| {
                let n = words(a.said(i)).count();
                tier(&a, i, &doc[a.sentences[i].span.clone()], n, true, false)
            })
            .collect()
    }

    #[test]
    fn tiers() {
        use Tier::*;
        assert_eq!(
            tier_in(
                ", and is very, very accurate.\nThe maps are accurate and easy to read.\n",
                Format::Plain
            ),
            vec![Never, Good]
        );
        assert_eq!(
            tier_of("* **Beyond the `&`**, making it possible to create user-defined smart pointers that are as ergonomic as references.\n* **Faster builds**: the compiler now caches the results of macro expansion.\n* **Async closures** — to let closures return futures that borrow from their captures.\n"),
            vec![Never, Good, Never]
        );
        assert_eq!(
            tier_of("The council approved the new barrier on Tuesday. Who pays for it now?\n"),
            vec![Good, Weak]
        );
        assert_eq!(
            tier_of("You can now write code like this in the trait:\n\n```\nx\n```\n"),
            vec![Never]
        );
        assert_eq!(
            tier_of("- YJIT is no longer experimental\n- It is now faster than before.\n"),
            vec![Never, Good]
        );
        assert_eq!(
            tier_of(
                "WHAT THE VIDEO SHOWS.\n\nWe are pleased to announce Ruby {{ release.version }}.\n"
            ),
            vec![Never, Never]
        );
        assert_eq!(tier_of("He said: \"The barrier held.\"\n"), vec![Good]);
        assert_eq!(
            tier_in("Marketing: That's great.\nProject Manager: Thank you all for coming today.\nMarketing: The remote should have big buttons for older users.\n", Format::Plain),
            vec![Never, Never, Good]
        );
        assert_eq!(
            tier_of("Here is what you need to know: .\n\nSelfies turn museums into playgrounds .\n\nThe museum opened its doors to selfies on Friday.\n"),
            vec![Never, Never, Good]
        );
    }

    #[test]
    fn cuts() {
        let s = "The council approved the flood barrier on Tuesday, after a debate that lasted most of the night.";
        assert_eq!(cut_to_words(s, 40), s);
        assert_eq!(
            cut_to_words(s, 12),
            "The council approved the flood barrier on Tuesday…"
        );
        assert_eq!(cut_to_words(s, 5), "The council approved the flood…");
        assert_eq!(cut_to_words(s, 4), "The council approved…");
        assert!(words(&cut_to_words(s, 7)).count() <= 7);
        assert!(states_contribution(
            "In this paper, we propose a sparse attention scheme."
        ));
        assert!(!states_contribution("Attention is costly on long inputs."));
        assert!(states_contribution_zh("本文提出了一种新的调度方法."));
        assert!(!states_contribution_zh("仿真结果表明该方法有效."));
    }

    #[test]
    fn title_case_lines_are_not_sentences() {
        for t in [
            "Jun 5 Seattle, WA KeyArena at Seattle Center .",
            "Jul 26 Moline, IL iWireless Center .",
            "Rolling Stone: Watch Kanye's Speech on Racism at BET Honors .",
        ] {
            assert!(is_title_case(t), "{t}");
        }
        for t in [
            "Shania Twain is hitting the road in North America.",
            "Barack Obama won the election.",
            "国务院 发布 新规定。",
        ] {
            assert!(!is_title_case(t), "{t}");
        }
    }
}

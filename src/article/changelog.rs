//! Release notes. A change log ("## [1.4.0] - 2026-05-02", "# Version 0.5.16", "## v0.1.8
//! (2026-07-07)", "## Unreleased") is read for what is new: its newest release, not a mix of
//! sentences from releases years apart, each without the version it belongs to. Its entries
//! carry their issue, pull-request and commit references ("Add `Pool::create` (#48)
//! (778065ea, closes #41)", "Fix X by @alice in https://github.com/o/r/pull/12"): a summary
//! quotes the change without them, as it leaves out a dateline.

use std::ops::Range;

use super::Article;

/// Sub-sections of a release that list people, not changes.
const PEOPLE: [&str; 4] = [
    "new contributors",
    "contributors",
    "thanks",
    "acknowledgements",
];

/// Whether a title names a change log: "Changelog", "Change Log", "CHANGES", "Release Notes",
/// "History", "News", "What's New" (with the project's name before it or not).
fn names_a_change_log(title: &str) -> bool {
    const NAMES: [&str; 9] = [
        "changelog",
        "change log",
        "changes",
        "release notes",
        "releases",
        "release history",
        "history",
        "news",
        "what's new",
    ];
    let t = title.trim().trim_end_matches(['.', ':']).to_lowercase();
    t.split_whitespace().count() <= 4
        && NAMES.iter().any(|n| {
            t.strip_suffix(n)
                .is_some_and(|head| head.is_empty() || head.ends_with([' ', '-', ':']))
        })
}

/// Boilerplate a change log opens with: "All notable changes to this project will be
/// documented in this file.", "The format is based on Keep a Changelog, and this project
/// adheres to Semantic Versioning."
pub fn is_boilerplate(sentence: &str) -> bool {
    sentence.starts_with("All notable changes")
        || sentence.contains("Keep a Changelog")
        || sentence.contains("adheres to Semantic Versioning")
}

/// Whether a change entry opens with a word in lower case letters only and more words follow
/// ("add a guard", not "time: revert …", "unique_iter …" or "iOS").
pub fn lower_case_verb(entry: &str) -> bool {
    let Some((first, _)) = entry.split_once(' ') else {
        return false;
    };
    !first.is_empty() && first.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether a line names a release ("* Noteworthy changes in release 1.21.3 (2022-02-26)",
/// "Version 0.21 - July 2020"): in plain text such a line is a heading even with a list of
/// entries, not prose, under it.
pub fn names_release(line: &str) -> bool {
    let t = line.trim_start_matches(['*', '#', ' ']);
    // Most paragraphs are prose: long, or with no digit (this runs for every paragraph).
    t.len() <= 120
        && !t.contains('\n')
        && t.bytes().any(|b| b.is_ascii_digit())
        && matches!(release(t), Some(Release::Version(_)))
}

/// What a release heading names: a version (or a release date), or the unreleased changes.
#[derive(Clone, Debug, PartialEq)]
enum Release {
    Unreleased,
    Version(Vec<u64>),
}

/// The release a heading names: "1.12.2 (November 17th, 2026)", "[0.2.17] - 2026-01-12",
/// "Version 0.5.16", "tokio 1.0.0", "v0.97.0 (2024-06-04)", "2024-03-01", "[Unreleased]".
/// At most two words (a name, "Version") before the number, then nothing or a date or a note in
/// brackets; at most ten words in all.
fn release(heading: &str) -> Option<Release> {
    let words: Vec<&str> = heading.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return None;
    }
    if bare(words[0]).eq_ignore_ascii_case("unreleased") {
        return Some(Release::Unreleased);
    }
    // "Noteworthy changes in version 2.2.40 (2022-10-10)", "Changes in 2.40:", "Updates/Fixes
    // since v1.46.6:", "CHANGES WITH 252:", "Major changes between versions 581 and 590".
    let lower = heading.to_lowercase();
    if ["release", "version", "change", "update", "fixes", "news"]
        .iter()
        .any(|k| lower.contains(k))
    {
        for (at, w) in words.iter().enumerate().skip(1) {
            let w = bare(w);
            if let Some(v) = version(w) {
                return Some(Release::Version(v));
            }
            let keyword = bare(words[at - 1]);
            if ["with", "version", "versions", "release"]
                .iter()
                .any(|k| keyword.eq_ignore_ascii_case(k))
                && (1..=4).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_digit())
            {
                return Some(Release::Version(vec![w.parse().unwrap_or(0)]));
            }
        }
    }
    for (at, w) in words.iter().take(3).enumerate() {
        if let Some(v) = version(bare(w)) {
            // After a name ("Version 0.5.16"), only a date or a note in brackets may follow:
            // "Step 1.5 of the plan" is prose.
            let follows = words.get(at + 1).is_none_or(|n| {
                n.starts_with(['(', '[', '-', '–', '—', '/']) || version(bare(n)).is_some()
            });
            return (at == 0 || follows).then_some(Release::Version(v));
        }
        // Only a name or "Version" stands before the number.
        if at > 0
            && !words[..at]
                .iter()
                .all(|w| w.chars().all(char::is_alphabetic))
        {
            return None;
        }
        if !w
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        {
            return None;
        }
    }
    None
}

/// A heading's word without the brackets, colons and emphasis around it.
fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| matches!(c, '[' | ']' | '(' | ')' | ':' | ',' | '*' | '`'))
}

/// "1.2.3", "v0.97.0", "2.0.0-rc.1", "1.0" or a date "2024-03-01" as numbers to compare.
fn version(w: &str) -> Option<Vec<u64>> {
    let w = w.strip_prefix(['v', 'V']).unwrap_or(w);
    let date = w.len() == 10
        && w.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let core = if date {
        w.split('-').collect::<Vec<_>>()
    } else {
        let core = w.split(['-', '+']).next().unwrap_or("");
        core.split('.').collect::<Vec<_>>()
    };
    if core.len() < 2 || core.iter().any(|p| p.is_empty() || p.len() > 9) {
        return None;
    }
    core.iter().map(|p| p.parse::<u64>().ok()).collect()
}

impl Article {
    /// Whether the article is a change log: its title says so ("Changelog", "Release notes",
    /// "History") or at least two headings name versions (or release dates).
    pub fn is_change_log(&self) -> bool {
        self.titled_change_log()
            || self
                .sections
                .iter()
                .filter_map(|s| release(&s.heading.as_ref()?.text))
                .filter(|r| *r != Release::Unreleased)
                .nth(1)
                .is_some()
    }

    /// Whether the title says the article is a change log, or is the release heading of a
    /// release's section summarized on its own (a heading's hover: one untitled section).
    fn titled_change_log(&self) -> bool {
        let release_part = self.sections.len() == 1 && self.sections[0].heading.is_none();
        self.title.as_ref().is_some_and(|t| {
            names_a_change_log(&t.text)
                || release_part && matches!(release(&t.text), Some(Release::Version(_)))
        })
    }

    /// The sentences of the newest release when the article is a change log
    /// ([`Article::is_change_log`]) with a heading naming a version: the first release heading
    /// with something under it, up to the next release heading, or the last when the versions
    /// run oldest first. A trailing list of new contributors is left out. `None` for any other
    /// article, and when more than a short introduction stands before that release (after it,
    /// oldest first): releases written in a form not recognized there would be newer.
    pub fn newest_release(&self) -> Option<Range<usize>> {
        self.newest().map(|(_, r)| r)
    }

    /// The heading of the newest release ([`Article::newest_release`]) as a reader names it:
    /// "2.4.0 - 2026-11-18", "Noteworthy changes in release 4.2 (2026-10-01) [stable]".
    pub fn newest_release_heading(&self) -> Option<String> {
        let (section, _) = self.newest()?;
        let h = self.sections.get(section)?.heading.as_ref()?;
        let t = h
            .text
            .trim_matches(|c: char| matches!(c, '*' | '#' | ':') || c.is_whitespace());
        // "[2.4.0] - 2026-11-18" (a link to the release's diff, written out) reads "2.4.0 - …".
        Some(match t.strip_prefix('[').and_then(|r| r.split_once(']')) {
            Some((v, rest)) => format!("{v}{rest}"),
            None => t.to_string(),
        })
    }

    /// The newest release's section and sentences.
    fn newest(&self) -> Option<(usize, Range<usize>)> {
        let releases: Vec<(usize, Release)> = self
            .sections
            .iter()
            .enumerate()
            .filter_map(|(i, s)| Some((i, release(&s.heading.as_ref()?.text)?)))
            .collect();
        let numbered: Vec<&Vec<u64>> = releases
            .iter()
            .filter_map(|(_, r)| match r {
                Release::Version(v) => Some(v),
                Release::Unreleased => None,
            })
            .collect();
        if numbered.is_empty() || numbered.len() < 2 && !self.titled_change_log() {
            return None;
        }
        // Oldest first when more consecutive versions rise than fall (one entry that names a
        // version, "Require gettext version 0.19.3+", does not turn the order).
        let rises = numbered.windows(2).filter(|w| w[0] < w[1]).count();
        let falls = numbered.windows(2).filter(|w| w[0] > w[1]).count();
        let oldest_first = rises > falls;
        let sentences_of = |k: usize| -> Range<usize> {
            let sec = &self.sections[releases[k].0];
            let start = sec.blocks.start;
            // Up to the next release heading, whatever the levels ("# 2.13.2" over "## What's
            // Changed", or "## [0.4.34]" beside it); the last release runs to the end.
            let mut end = match releases.get(k + 1) {
                Some(&(next, _)) => self.sections[next].blocks.start,
                None => self.blocks.len(),
            };
            // A list of people closing the release is no change.
            if let Some(people) = self.sections.iter().find(|s| {
                s.blocks.start >= start
                    && s.blocks.start < end
                    && s.heading.as_ref().is_some_and(|h| {
                        PEOPLE.iter().any(|p| h.text.trim().eq_ignore_ascii_case(p))
                    })
            }) {
                end = people.blocks.start;
            }
            let end = end.min(self.blocks.len());
            match (
                self.blocks.get(start),
                end.checked_sub(1).and_then(|l| self.blocks.get(l)),
            ) {
                (Some(f), Some(l)) if start < end => f.sentences.start..l.sentences.end,
                _ => 0..0,
            }
        };
        let order: Box<dyn Iterator<Item = usize>> = if oldest_first {
            Box::new((0..releases.len()).rev())
        } else {
            Box::new(0..releases.len())
        };
        let (k, newest) = order
            .map(|k| (k, sentences_of(k)))
            .find(|(_, r)| !r.is_empty())?;
        // Releases in a form not recognized before it (or after it, oldest first) would be
        // newer: then the whole log is summarized rather than an old release.
        let total = self.sentences.len();
        let slack = (total / 20).max(12);
        let outside = if oldest_first {
            total - newest.end.min(total)
        } else {
            newest.start
        };
        (outside <= slack).then_some((releases[k].0, newest))
    }
}

/// Where the references closing a change entry begin in `s` (a sentence's source or plain
/// text), `s.len()` when there are none: parentheses holding only issue, pull-request and
/// commit references ("(#32)", "([#8692])", "(fb945a93, closes #140)", "(PR #375)",
/// "(Closes: #12345)"), and, with `bare` (in a change log, where "Yellow #5" is no colour),
/// GitHub's "by @alice in https://github.com/o/r/pull/12" and a bare "#768" with the words
/// joining it. A final full stop after them is not counted (the caller keeps it). At least two
/// words stay.
pub fn trailing_refs(s: &str, bare: bool) -> usize {
    // Most sentences end in a word and hold no link: nothing to look at (this runs for every
    // sentence).
    let b = s.as_bytes();
    let end = b
        .iter()
        .rposition(|c| !matches!(c, b' ' | b'\n' | b'\t' | b'.'));
    if end.is_none_or(|e| b[e] != b')')
        && !(bare && (has_scheme(s) || memchr::memchr(b'#', b).is_some()))
    {
        return s.len();
    }
    let body = s.trim_end();
    let body = body.strip_suffix('.').unwrap_or(body).trim_end();
    let mut cut = body.len();
    loop {
        let rest = s[..cut].trim_end();
        if let Some(open) = rest.strip_suffix(')').and_then(open_paren) {
            if refs_only(&rest[open + 1..rest.len() - 1]) {
                cut = open;
                continue;
            }
        }
        if let Some(at) = pull_link(rest) {
            cut = at;
            continue;
        }
        // A bare reference and the words joining it: "… #768", "…, closes #12".
        if let Some((head, last)) = rest.rsplit_once(' ').filter(|_| bare) {
            let t = link_texts(last);
            let t = t.trim_matches(|c| matches!(c, '[' | ']' | ',' | ';'));
            if !t.contains("://") && is_ref(t) {
                let mut head = head.trim_end();
                while let Some((h, w)) = head.rsplit_once(' ') {
                    if !JOINERS.iter().any(|j| w.eq_ignore_ascii_case(j)) {
                        break;
                    }
                    head = h.trim_end();
                }
                cut = head.trim_end_matches([',', ';']).len();
                continue;
            }
        }
        break;
    }
    let kept = s[..cut].trim_end();
    if kept.len() == body.len() || kept.split_whitespace().count() < 2 {
        return s.len();
    }
    kept.len()
}

/// Whether `s` holds a URL's "://" (a byte search).
fn has_scheme(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(b':', b).any(|i| b[i + 1..].starts_with(b"//"))
}

/// The index of the `(` that the `)` just after `s` closes.
fn open_paren(s: &str) -> Option<usize> {
    let mut depth = 1usize;
    for (i, c) in s.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Words that join references: "closes #41", "PR #375", "fixed in", "see".
const JOINERS: [&str; 24] = [
    "closes",
    "close",
    "closed",
    "fixes",
    "fix",
    "fixed",
    "resolves",
    "resolved",
    "see",
    "pr",
    "prs",
    "issue",
    "issues",
    "pull",
    "request",
    "and",
    "by",
    "via",
    "in",
    "gh",
    "refs",
    "ref",
    "backport",
    "backported",
];

/// Whether a parenthesis says nothing but references: Markdown links are read as their text.
fn refs_only(inner: &str) -> bool {
    let mut any = false;
    for token in link_texts(inner).split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
        let t = token.trim_matches(|c: char| matches!(c, '[' | ']' | '`' | ':' | '.'));
        if t.is_empty() {
            continue;
        }
        if is_ref(t) {
            any = true;
        } else if !(JOINERS.iter().any(|j| t.eq_ignore_ascii_case(j)) || is_handle(t)) {
            return false;
        }
    }
    any
}

/// "#41", "GH-12", "owner/repo#7", a commit hash of 7 to 40 hex digits (with a digit and a
/// letter), or a link to a pull request, issue or commit.
fn is_ref(t: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some((_, n)) = t.split_once('#') {
        return digits(n) && !t[..t.len() - n.len() - 1].contains(|c: char| c.is_whitespace());
    }
    if t.len() > 3 && t.as_bytes()[..3].eq_ignore_ascii_case(b"gh-") && digits(&t[3..]) {
        return true;
    }
    if (7..=40).contains(&t.len())
        && t.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        && t.bytes().any(|b| b.is_ascii_digit())
        && t.bytes().any(|b| b.is_ascii_alphabetic())
    {
        return true;
    }
    is_change_url(t)
}

fn is_handle(t: &str) -> bool {
    t.len() > 1
        && t.starts_with('@')
        && t[1..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn is_change_url(t: &str) -> bool {
    let t = t.trim_matches(|c| c == '<' || c == '>');
    (t.starts_with("https://") || t.starts_with("http://"))
        && [
            "/pull/",
            "/issues/",
            "/commit/",
            "/merge_requests/",
            "/compare/",
        ]
        .iter()
        .any(|p| t.contains(p))
}

/// `s` with each Markdown link `[text](url)` as its text.
fn link_texts(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("](") {
        let Some(close) = rest[at + 2..].find(')') else {
            break;
        };
        out.push_str(&rest[..at]);
        rest = &rest[at + 2 + close + 1..];
    }
    out.push_str(rest);
    out
}

/// Where GitHub's "… by @alice in https://github.com/o/r/pull/12" tail begins in `s` (or
/// "… in <link>"), as plain or Markdown text.
fn pull_link(s: &str) -> Option<usize> {
    let (head, last) = s.rsplit_once(char::is_whitespace)?;
    let link = match last.find("](") {
        Some(at) => last[at + 2..].trim_end_matches(')'),
        None => last,
    };
    if !is_change_url(link) {
        return None;
    }
    let head = head.trim_end().strip_suffix(" in")?.trim_end();
    // "by @alice" or "by @alice and @bob" before it.
    let mut at = head.len();
    let mut words = head[..at].rsplit(' ');
    let mut handles = 0;
    for w in words.by_ref() {
        if is_handle(w) {
            handles += 1;
            at -= w.len() + 1;
        } else if w == "and" && handles > 0 {
            at -= w.len() + 1;
        } else if w == "by" && handles > 0 {
            at -= w.len() + 1;
            return Some(at.min(head.len()));
        } else {
            break;
        }
    }
    Some(head.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Any text of words, references, links and brackets: no panic, a cut on a character
        /// boundary that keeps at least two words.
        #[test]
        fn a_cut_keeps_a_prefix(
            toks in proptest::collection::vec(proptest::sample::select(vec![
                "Fix", "the", "ää", "后", "gh-", "GH-12", "#4", "#", "(", ")", "[", "](", "]",
                "https://x.org/o/r/pull/3", "by", "@al", "in", " ", ",", ".", "deadbee1", "—",
                "closes", "and", "\n",
            ]), 0..24),
        ) {
            let text = toks.concat();
            let at = trailing_refs(&text, true);
            prop_assert!(text.is_char_boundary(at));
            if at < text.len() {
                prop_assert!(text[..at].split_whitespace().count() >= 2, "{text:?}");
            }
        }
    }

    fn cut(s: &str) -> &str {
        &s[..trailing_refs(s, true)]
    }

    #[test]
    fn references_closing_a_change_are_left_out() {
        assert_eq!(
            cut("Use native inotify on FreeBSD unconditionally (#32)"),
            "Use native inotify on FreeBSD unconditionally"
        );
        assert_eq!(
            cut("Pool: change Pool::create to return a mutable guard (#48) (778065ea, closes #41, #16)"),
            "Pool: change Pool::create to return a mutable guard"
        );
        assert_eq!(
            cut("add `FromStr` impl for `Pattern` ([86a33462](https://github.com/hawkw/matchers/commit/86a33462d80c48cf3d534da0759d2b2ea5ddce5f))"),
            "add `FromStr` impl for `Pattern`"
        );
        assert_eq!(
            cut("time: revert \"remove the runtime handle from timers\" ([#8692])"),
            "time: revert \"remove the runtime handle from timers\""
        );
        assert_eq!(
            cut("Add missing window/showDocument client request (PR #375)."),
            "Add missing window/showDocument client request"
        );
        assert_eq!(
            cut("Flags: adjust order of elements by @DanielEScherzer in https://github.com/bitflags/bitflags/pull/494"),
            "Flags: adjust order of elements"
        );
        assert_eq!(
            cut("Use Location::caller() for file and line info in https://github.com/rust-lang/log/pull/633"),
            "Use Location::caller() for file and line info"
        );
        assert_eq!(cut("Fix the reader (Closes: #1023456)"), "Fix the reader");
        assert_eq!(
            cut("Use doc_cfg instead of doc_auto_cfg (partial backport of #732) #768"),
            "Use doc_cfg instead of doc_auto_cfg (partial backport of #732)"
        );
        assert_eq!(
            cut("Fix the crash on exit, closes #12"),
            "Fix the crash on exit"
        );
        assert_eq!(
            cut("Use doc_cfg (partial backport of [#732]) [#768](https://github.com/o/r/pull/768)"),
            "Use doc_cfg (partial backport of [#732])"
        );
        assert_eq!(
            cut("Fix receiving IOCP events (https://github.com/tokio-rs/mio/pull/1760, backport pr: https://github.com/tokio-rs/mio/pull/1761)."),
            "Fix receiving IOCP events"
        );
    }

    #[test]
    fn words_in_parentheses_stay() {
        for s in [
            "Fix a regression (thanks to Austin for reporting it)",
            "The release adds a method (see below)",
            "Support the C ABI (#[repr(C)])",
            "Read the files in https://example.com/docs/guide",
            "(#32)",
            "Fixes (#32)",
            "Colours as hex (deadbeef)",
            "Fixed in #12",
            "Support for C#",
        ] {
            assert_eq!(cut(s), s, "{s}");
        }
        // Outside a change log a bare number sign is the text's.
        for s in ["Colours such as Red #40 or Yellow #5.", "We are #1"] {
            assert_eq!(trailing_refs(s, false), s.len(), "{s}");
        }
    }

    #[test]
    fn release_headings_name_versions_dates_or_unreleased() {
        for (h, v) in [
            ("1.12.2 (November 17th, 2026)", Some(vec![1, 12, 2])),
            ("0.2.17 - 2026-01-12", Some(vec![0, 2, 17])),
            ("Version 0.5.16", Some(vec![0, 5, 16])),
            ("v0.97.0 (2024-06-04)", Some(vec![0, 97, 0])),
            ("tokio 1.0.0", Some(vec![1, 0, 0])),
            ("2024-03-01", Some(vec![2024, 3, 1])),
            ("2.0.0-rc.1", Some(vec![2, 0, 0])),
            ("What's Changed", None),
            (
                "Noteworthy changes in version 2.2.40 (2022-10-10)",
                Some(vec![2, 2, 40]),
            ),
            ("Changes in 2.40:", Some(vec![2, 40])),
            ("Updates/Fixes since v1.46.6:", Some(vec![1, 46, 6])),
            ("CHANGES WITH 252:", Some(vec![252])),
            ("Release notes", None),
            ("Changes in behavior", None),
            ("Step 1.5 of the plan", None),
            ("Chapter 3", None),
            ("Python 3 and you", None),
        ] {
            assert_eq!(release(h), v.map(Release::Version), "{h}");
        }
        assert_eq!(release("[Unreleased]"), Some(Release::Unreleased));
    }

    #[test]
    fn a_change_log_is_summarized_by_its_newest_release() {
        let doc = "# Changelog\n\nAll notable changes to this project will be documented in this file.\n\n## [Unreleased]\n\n## [0.4.0] - 2026-10-30\n\n### Added\n\n- Add key-value support to the macros (#12)\n- Add a `Pool::create` guard.\n\n## New Contributors\n\n- @alice made their first contribution\n\n## [0.3.0] - 2026-08-22\n\n- Old change one.\n";
        let a = Article::parse(doc, Format::Markdown);
        assert_eq!(a.newest_release_heading().unwrap(), "0.4.0 - 2026-10-30");
        let r = a.newest_release().unwrap();
        let texts: Vec<&str> = a.sentences[r].iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Add key-value support to the macros (#12)",
                "Add a Pool::create guard."
            ]
        );
        // Oldest first: the last release.
        let doc = "# News\n\n## 0.1 (2020)\n\nThe first release.\n\n## 0.2 (2021)\n\nThe second release.\n";
        let a = Article::parse(doc, Format::Markdown);
        let r = a.newest_release().unwrap();
        assert_eq!(a.sentences[r][0].text, "The second release.");
        // One version heading under a title that says so is.
        let doc = "# Changelog\n\nAll notable changes to this project will be documented in this file.\n\n## [0.2.16]\n\n### Added\n\n- add [u64; 4] conversion for generic vec256\n";
        let a = Article::parse(doc, Format::Markdown);
        let r = a.newest_release().unwrap();
        assert_eq!(
            a.sentences[r][0].text,
            "add [u64; 4] conversion for generic vec256"
        );
        // Releases not recognized before the first one recognized: the whole log.
        let mut doc = String::from("# News\n\n");
        for v in (4..40).rev() {
            doc += &format!("* Noteworthy changes in release 3.{v}\n  - Fixed bug number {v}.\n\n");
        }
        doc += "## Version 2.5.3\n\nOld fix.\n\n## Version 2.5.2\n\nOlder fix.\n";
        assert_eq!(
            Article::parse(&doc, Format::Markdown).newest_release(),
            None
        );
        // One version heading is no change log.
        let doc = "# Notes\n\n## 1.0\n\nIt works.\n\n## Plans\n\nMore.\n";
        assert_eq!(Article::parse(doc, Format::Markdown).newest_release(), None);
    }
}

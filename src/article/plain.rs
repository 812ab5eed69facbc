//! Plain text: paragraphs are separated by blank lines; the first line is the title when it looks
//! like one; short unpunctuated one-line paragraphs are headings. In a transcript or a dialogue
//! (most lines open with a speaker: "Marketing:", "#Person1#:", "A:") each turn is a block, and
//! transcribers' annotations (`{vocalsound}`, `[laughter]`) are not text.

use std::ops::Range;

use super::{fold_space, Article, BlockKind, Builder, Format, SummaryBlock, Title};

pub(super) fn parse(text: &str, label: &str, language: crate::text::Language) -> Article {
    let mut b = Builder::new(text, Format::Plain, language);
    let paras = paragraphs(text);
    for (i, p) in paras.iter().enumerate() {
        let src = &text[p.clone()];
        let label = label.trim();
        if !label.is_empty() && src.starts_with(label) {
            let body = src[label.len()..].trim_start_matches([':', ' ', '\t']);
            b.article.summaries.push(SummaryBlock {
                span: p.clone(),
                text: fold_space(body),
            });
            continue;
        }
        let next_is_prose = paras
            .get(i + 1)
            .is_some_and(|n| !looks_like_heading(&text[n.clone()]));
        // A title line with the text right under it, no blank line between (a speaker's
        // label opens a transcript, not a title: "Industrial Designer: {vocalsound}").
        if i == 0 && b.article.title.is_none() && speaker_len(src).is_none() {
            if let Some(end) = super::inline::label_line_end(src, 0, src.len())
                .filter(|&e| looks_like_heading(&src[..e]))
            {
                heading_line(&mut b, text, p.start..p.start + end, true);
                body(&mut b, text, p.start + end..p.end, BlockKind::Paragraph);
                continue;
            }
        }
        // A line underlined with "===" or "---" (reStructuredText, Setext, NEWS files) is a
        // heading, the title when it opens the text.
        if let Some((line, under)) = underlined(src) {
            let title = i == 0 && b.article.title.is_none();
            heading_line(&mut b, text, p.start..p.start + line, title);
            let rest = p.start + under..p.end;
            let kind = if is_list_line(&text[rest.clone()]) {
                BlockKind::ListItem
            } else {
                BlockKind::Paragraph
            };
            body(&mut b, text, rest, kind);
            continue;
        }
        if i == 0 && looks_like_heading(src) && paras.len() > 1 {
            heading_line(&mut b, text, p.clone(), true);
            continue;
        }
        // A line naming a release heads its entries ("* Noteworthy changes in release 1.21.3").
        let release = i > 0 && super::changelog::names_release(src);
        if release
            || i > 0 && looks_like_heading(src) && next_is_prose && !narrated(text, &paras, i)
        {
            heading_line(&mut b, text, p.clone(), false);
            continue;
        }
        if let Some(turns) = turns(src) {
            for t in turns {
                let t = p.start + t.start..p.start + t.end;
                b.block(BlockKind::Turn, t, &[], |r| clean(&text[r]));
            }
            continue;
        }
        let kind = if is_list_line(src) {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        };
        b.block(kind, p.clone(), &[], |r| fold_space(&text[r]));
    }
    b.finish()
}

/// A heading line at `span`: the title (level 1) when `title`, else a section's (level 2).
fn heading_line(b: &mut Builder, text: &str, span: Range<usize>, title: bool) {
    let t = fold_space(&text[span.clone()]);
    if title {
        b.article.title = Some(Title {
            span: span.clone(),
            text: t.clone(),
        });
    }
    b.heading(if title { 1 } else { 2 }, span, t);
}

/// The text under a heading line in the same paragraph (`rest`), a block of its own.
fn body(b: &mut Builder, text: &str, rest: Range<usize>, kind: BlockKind) {
    let t = &text[rest.clone()];
    let lead = t.len() - t.trim_start().len();
    if !t.trim().is_empty() {
        b.block(kind, rest.start + lead..rest.end, &[], |r| {
            fold_space(&text[r])
        });
    }
}

/// Plain text of a piece: white space folded, transcribers' annotations left out.
fn clean(s: &str) -> String {
    let folded = fold_space(s);
    if folded.contains(['{', '[']) {
        strip_annotations(&folded)
    } else {
        folded
    }
}

/// Removes `{vocalsound}`, `{disfmarker}`, `[laughter]`, `[inaudible]`: one lower-case word
/// in braces or brackets.
fn strip_annotations(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(['{', '[']) {
        let close = if rest[i..].starts_with('{') { '}' } else { ']' };
        let inner_end = rest[i + 1..].find(close).map(|j| i + 1 + j);
        match inner_end {
            Some(j)
                if j > i + 1
                    && j - i <= 24
                    && rest[i + 1..j]
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '_' || c == ' ') =>
            {
                out.push_str(&rest[..i]);
                rest = &rest[j + 1..];
            }
            _ => {
                out.push_str(&rest[..i + 1]);
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    fold_space(&out)
}

/// The turns of a transcript paragraph (spans relative to it): at least three lines, most of
/// them opening with a speaker label; a line without one continues the turn before it.
fn turns(p: &str) -> Option<Vec<Range<usize>>> {
    let lines: Vec<(usize, &str)> = p
        .split_inclusive('\n')
        .scan(0, |pos, l| {
            let at = *pos;
            *pos += l.len();
            Some((at, l))
        })
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let labelled = lines
        .iter()
        .filter(|(_, l)| speaker_len(l).is_some())
        .count();
    if lines.len() < 3 || labelled * 10 < lines.len() * 6 {
        return None;
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    for (at, l) in lines {
        let end = at + l.trim_end().len();
        match out.last_mut() {
            Some(last) if speaker_len(l).is_none() => last.end = end,
            _ => out.push(at + (l.len() - l.trim_start().len())..end),
        }
    }
    Some(out)
}

/// Length of a speaker label opening `line` ("Project Manager: ", "#Person1#: ", "A: ",
/// "SPEAKER 2: "): up to three words of letters, digits or `#`, a colon, a space.
pub fn speaker_len(line: &str) -> Option<usize> {
    let t = line.trim_start();
    let colon = t.get(..40.min(t.len())).and_then(|h| h.find(':'))?;
    let name = &t[..colon];
    let first = name.chars().next()?;
    let ok = (first.is_uppercase() || first == '#' || first.is_ascii_digit())
        && name.split_whitespace().count() <= 3
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '#' | '.' | '_' | '-' | '\''));
    let after = t[colon + 1..].chars().next();
    (ok && after.is_none_or(char::is_whitespace)).then(|| line.len() - t.len() + colon + 1)
}

/// Byte spans of the blank-line-separated paragraphs, trimmed.
pub(crate) fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        if blank {
            if let Some(s) = start.take() {
                out.push(s..end);
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            end = pos + line.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(s..end);
    }
    out
}

/// A paragraph that opens with a heading line underlined by a run of one of `=`, `-`, `~`,
/// `^`, `*` (at least three, at least half the line's length): the end of the line and where
/// the text after the underline starts, relative to `p`.
fn underlined(p: &str) -> Option<(usize, usize)> {
    let nl = p.find('\n')?;
    let line = p[..nl].trim_end();
    let after = &p[nl + 1..];
    let under_end = after.find('\n').map_or(after.len(), |e| e + 1);
    let under = after[..under_end].trim();
    let c = under.chars().next()?;
    let run = under.len() >= 3
        && matches!(c, '=' | '-' | '~' | '^' | '*')
        && under.chars().all(|u| u == c)
        && under.len() * 2 >= line.chars().count();
    (run && looks_like_heading(line)).then_some((line.len(), nl + 1 + under_end))
}

/// One short line without closing punctuation: "Introduction", "Chapter Two: Master Lunre".
pub fn looks_like_heading(p: &str) -> bool {
    let p = p.trim();
    if p.len() > 200 || p.contains('\n') || p.is_empty() {
        return false;
    }
    let words = p.split_whitespace().count();
    let last = p.chars().last().unwrap_or(' ');
    words <= 16
        && !matches!(
            last,
            '.' | ',' | ';' | '!' | '"' | '”' | '…' | '。' | '！' | '—' | '–' | '-'
        )
        && p.chars().any(char::is_alphabetic)
        && !(last == '?' && words > 8)
        && !(last == ':' && introduces_speech(p, words))
        && !holds_two_sentences(p)
        && !is_credit(p)
}

/// Whether heading-like paragraph `i` is a story's line by what stands around it: what a colon
/// before it introduces ("They said:" over a sign's words, "Only one question remained:" over
/// the question), or one of a run of questions ("Where was he?" / "Who was Swarts?"). An FAQ's
/// questions stand between answers; a question heading over a paragraph of questions stays one
/// ("What is left?" over "Who pays? When?" is rare enough to give up).
fn narrated(text: &str, paras: &[Range<usize>], i: usize) -> bool {
    let end = |j: usize| {
        paras
            .get(j)
            .and_then(|r| text.get(r.clone()))
            .and_then(|p| p.trim_end().chars().last())
    };
    let prev = i.checked_sub(1).and_then(end);
    prev == Some(':') || end(i) == Some('?') && (prev == Some('?') || end(i + 1) == Some('?'))
}

/// A byline or a credit line under a title ("By RAY BRADBURY", "By Alfred Coppel, Jr.",
/// "Illustrated by WOOD", "Produced by Greg Weeks"): furniture, not a section. "By the
/// Numbers" stays a heading.
fn is_credit(p: &str) -> bool {
    const CREDITS: &[&str] = &[
        "illustrated by",
        "produced by",
        "translated by",
        "edited by",
        "written by",
        "photographs by",
        "photos by",
    ];
    const FUNCTION: &[&str] = &[
        "the", "a", "an", "of", "and", "in", "on", "for", "to", "with",
    ];
    let starts_with = |c: &str| {
        p.as_bytes()
            .get(..c.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(c.as_bytes()))
    };
    if CREDITS.iter().any(|c| starts_with(c)) {
        return true;
    }
    let mut words = p.split_whitespace();
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("by")) {
        return false;
    }
    let names: Vec<&str> = words.collect();
    (1..=5).contains(&names.len())
        && names.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !FUNCTION.iter().any(|f| f.eq_ignore_ascii_case(w))
        })
}

/// A story's line that introduces what someone says ("Rice said it, slow:", "Instantly Captain
/// Brooke was at the speaker:", "Only one question of importance remained:"): a speech verb, or
/// more words than a label has ("Things you will need:").
fn introduces_speech(p: &str, words: usize) -> bool {
    const SPEECH: &[&str] = &[
        "said",
        "says",
        "asked",
        "asks",
        "replied",
        "answered",
        "added",
        "told",
        "wrote",
        "explained",
        "shouted",
        "cried",
        "whispered",
        "announced",
        "declared",
    ];
    words > 4
        || p.split(|c: char| !c.is_alphabetic())
            .any(|w| SPEECH.iter().any(|v| v.eq_ignore_ascii_case(w)))
}

/// Whether a line holds a sentence end followed by another sentence ("For what? Another dead
/// fool?", "He felt a certain guilt. Doran was …"): prose, not a heading. A number or a
/// capitalized word before the stop ("Chapter 1. The Storm", "Mr. Smith") does not count.
fn holds_two_sentences(p: &str) -> bool {
    let b = p.as_bytes();
    (1..b.len().saturating_sub(2)).any(|i| {
        matches!(b[i], b'.' | b'?' | b'!')
            && b[i + 1] == b' '
            && b[i + 2].is_ascii_uppercase()
            && (b[i] != b'.' || {
                let word = p[..i]
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                word.len() >= 3 && word.chars().all(|c| c.is_lowercase())
            })
    })
}

fn is_list_line(p: &str) -> bool {
    let t = p.trim_start();
    // "** " and "*** " too: Emacs outline lists, as GNU NEWS files write their entries.
    let stars = t.bytes().take_while(|&b| b == b'*').count();
    t.starts_with("- ")
        || (1..=3).contains(&stars) && t[stars..].starts_with(' ')
        || t.starts_with("• ")
        || {
            let digits = t.chars().take_while(char::is_ascii_digit).count();
            digits > 0
                && digits < 4
                && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "))
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_underlined_line_is_a_heading() {
        let doc = "Squash 1.2\n==========\n\nFaster.\n\nSquash 1.1 (2024)\n-----------------\nSmaller files.\n\nNot a rule\n--\n";
        let a = parse(doc, "TL;DR", crate::text::Language::English);
        let heads: Vec<&str> = a
            .sections
            .iter()
            .filter_map(|s| Some(s.heading.as_ref()?.text.as_str()))
            .collect();
        assert_eq!(heads, ["Squash 1.2", "Squash 1.1 (2024)"]);
        assert_eq!(a.title.unwrap().text, "Squash 1.2");
        let blocks: Vec<&str> = a.blocks.iter().map(|b| &doc[b.span.clone()]).collect();
        assert_eq!(blocks, ["Faster.", "Smaller files.", "Not a rule\n--"]);
    }

    #[test]
    fn headings_and_story_lines() {
        for h in [
            "Introduction",
            "Chapter Two: Master Lunre",
            "Chapter 1. The Storm",
            "What is Rust?",
            "Installation:",
            "Things you will need:",
            "Mr. Smith Goes to Washington",
            "By The Numbers",
            "By the numbers",
        ] {
            assert!(looks_like_heading(h), "{h}");
        }
        for l in [
            "He covered his ears, braced himself—",
            "For what? Another dead fool?",
            "He felt a certain guilt. Doran was too pleasant a little man to deserve—",
            "Rice said:",
            "Rice said it, slow:",
            "And then he said softly:",
            "Only one question of importance remained:",
            "Instantly Captain Brooke was at the inter-communication speaker:",
            "No human knew the answer to that trick. Unless perhaps Martin",
            "By RAY BRADBURY",
            "By Alfred Coppel, Jr.",
            "BY FREMONT DODGE",
            "Illustrated by WOOD",
            "Produced by Greg Weeks, Mary Meehan and the Online Distributed Proofreading Team",
        ] {
            assert!(!looks_like_heading(l), "{l}");
        }
    }

    #[test]
    fn a_storys_questions_and_signs_are_no_sections_but_an_faqs_questions_are() {
        let headings = |doc: &str| -> Vec<String> {
            parse(doc, "", crate::text::Language::English)
                .sections
                .iter()
                .filter_map(|s| s.heading.as_ref().map(|h| h.text.clone()))
                .collect()
        };
        let story = "AMBITION\n\n\
            There were three questions for which he required answers before he could act.\n\n\
            Where was he?\n\nWho was Swarts?\n\n\
            What was the purpose of the \"tests\" he was being given?\n\n\
            He lay on the bed, still warm with excitement and relief.\n\n\
            Only one question of importance remained:\n\nWhat year was this?\n\n\
            He grimaced in the darkness. The future! Here was the opportunity.\n\n\
            I read the words painted on the door. They said:\n\n\
            EMERGENCY ENTRANCE ELEVATOR SHAFT AUTHORIZED PERSONNEL ONLY KEEP LOCKED\n\n\
            I went in anyway, and the door closed behind me.\n";
        assert_eq!(headings(story), ["AMBITION"]);
        let faq = "Questions\n\nWhat is nutgraf?\n\nA summarizer for prose.\n\n\
            How do I install it?\n\nWith cargo. It takes a minute.\n";
        assert_eq!(
            headings(faq),
            ["Questions", "What is nutgraf?", "How do I install it?"]
        );
    }

    #[test]
    fn transcripts_are_turns_without_annotations() {
        let doc = "Marketing: {vocalsound} That went well , thank you .\n\
                   Project Manager: That's great\n\
                   Industrial Designer: {vocalsound} 'Kay .\n\
                   Project Manager: Right so um this meeting will be about the conceptual design .\n";
        let a = Article::parse(doc, Format::Plain);
        assert_eq!(a.blocks.len(), 4);
        let texts: Vec<&str> = a.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Marketing: That went well , thank you .",
                "Project Manager: That's great",
                "Industrial Designer: 'Kay .",
                "Project Manager: Right so um this meeting will be about the conceptual design ."
            ]
        );
        // A first line that is a speaker's turn is no title.
        let t = "Industrial Designer: {vocalsound}\nMarketing: Are you sure I got it all ?\nUser Interface: Alright .\nMarketing: We're okay ?\n";
        let a = Article::parse(t, Format::Plain);
        assert!(a.title.is_none());
        assert!(a.blocks.iter().all(|b| b.kind == BlockKind::Turn));
        assert_eq!(a.blocks.len(), 4);
        assert_eq!(speaker_len("#Person1#: Hello."), Some(10));
        assert_eq!(speaker_len("A: Yes."), Some(2));
        assert_eq!(speaker_len("The plan is simple: wait."), None);
        assert_eq!(
            strip_annotations("It [laughter] works [sic, 2004]."),
            "It works [sic, 2004]."
        );
    }
}

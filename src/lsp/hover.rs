//! Hover: the gist of the paragraph, section or article under the cursor.
//!
//! - paragraph, list item, block quote: its key sentence (two for blocks over
//!   [`LONG_BLOCK_WORDS`] words) and a line of facts: words, reading time, place in the article;
//!   on a block over [`HUGE_BLOCK_BYTES`] (a document on one line), of the passage around the
//!   cursor;
//! - heading: a summary of its section; title: a summary of the article;
//! - a sentence of a summary written in the document (front matter `description`, a TL;DR,
//!   Key points, a summary box, nutgraf's block): its support — "Supported by paragraph 4: …"
//!   or what the article does not support (see [`super::support`]);
//! - anything else (blank lines, code, front matter, tables, inserted summaries): `null`.
//!
//! Gists come from [`super::gists`], cached by the content of what they summarize, so hovering
//! again — or hovering a paragraph that an edit elsewhere did not touch — costs a hash of it.

use tower_lsp_server::ls_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::analysis::{reading_time, Analysis};
use super::config::Config;
use super::documents::Snapshot;
use super::engine::Target;
use super::gists::{self, Kind};
use super::support;
use crate::article::{BlockKind, Format};
use crate::summarize::Budget;
use crate::text::words::count_words;
use crate::text::Encoding;

/// Blocks longer than this get two key sentences instead of one.
pub const LONG_BLOCK_WORDS: usize = 120;
/// A block longer than this (a whole document on one line) is too long for one gist: the
/// hover summarizes the passage under the cursor, [`PASSAGE_SENTENCES`] sentences on each side.
pub const HUGE_BLOCK_BYTES: usize = 64 * 1024;
pub const PASSAGE_SENTENCES: usize = 20;
/// The gist as a hover shows it: a Markdown document's own inline Markdown, plain text escaped.
struct Shown {
    text: String,
    words: usize,
}

fn gist(
    snap: &Snapshot,
    an: &Analysis,
    kind: Kind,
    src: &str,
    target: &Target,
    budget: Budget,
) -> Shown {
    let g = gists::gist(
        &snap.shared.gists,
        an,
        &snap.text,
        kind,
        src,
        target,
        budget,
    );
    let text = match an.article.format {
        Format::Markdown => g.markdown.clone(),
        Format::Plain => escape(&g.plain),
    };
    Shown {
        text,
        words: g.words,
    }
}

/// The hover at byte `offset`, or `None` where there is nothing to summarize.
pub fn hover(
    snap: &Snapshot,
    an: &Analysis,
    cfg: &Config,
    offset: usize,
    enc: Encoding,
) -> Option<Hover> {
    let a = &an.article;
    let text = &snap.text;
    if offset > an.parsed || (an.truncated() && offset == an.parsed) {
        let note = format!(
            "*nutgraf reads only the first {} KB of this {} KB document (setting `maxDocumentBytes`); this part is not summarized.*",
            an.parsed.div_ceil(1024),
            an.total.div_ceil(1024)
        );
        return Some(markdown(note, None));
    }
    if cfg.check_enabled && support::in_summary(an, offset) {
        if let Some(h) = support_hover(snap, an, cfg, offset, enc) {
            return Some(h);
        }
    }
    if let Some(title_span) = a.title_at(offset) {
        let g = gist(
            snap,
            an,
            Kind::Article,
            &text[..an.parsed],
            &Target::Article,
            cfg.budget(),
        );
        if g.text.is_empty() {
            return None;
        }
        let sections = a.sections.iter().filter(|s| s.heading.is_some()).count();
        let mut facts = vec![
            words(g.words),
            reading_time(g.words),
            plural(a.blocks.len(), "paragraph"),
        ];
        if sections > 1 {
            facts.push(plural(sections, "heading"));
        }
        // The author's own summary comes first, labelled as theirs.
        let mut body = match a.author_summary() {
            Some(m) => format!(
                "**Author's summary:** {}\n\n**nutgraf's gist:** {}\n\n*{}*",
                match a.format {
                    Format::Markdown => m.text.clone(),
                    Format::Plain => escape(&m.text),
                },
                g.text,
                facts.join(" · ")
            ),
            // A change log's gist is its newest release's.
            None => match a.newest_release_heading() {
                Some(h) => format!(
                    "**Newest release, {}:** {}\n\n*{}*",
                    escape(&h),
                    g.text,
                    facts.join(" · ")
                ),
                None => format!("**Summary:** {}\n\n*{}*", g.text, facts.join(" · ")),
            },
        };
        if let Some(note) = an.coverage_note() {
            body.push_str(&format!("\n\n*{note}*"));
        }
        return Some(markdown(body, Some(snap.lsp_range(&title_span, enc))));
    }
    if let Some(i) = a.heading_at(offset) {
        let sec = &a.sections[i];
        let h = sec.heading.as_ref()?;
        let src = text.get(sec.span.start..sec.span.end.min(an.parsed))?;
        let g = gist(
            snap,
            an,
            Kind::Section,
            src,
            &Target::Section(i),
            cfg.budget(),
        );
        if g.text.is_empty() {
            return None;
        }
        let mut body = format!(
            "**Section summary:** {}\n\n*{} · {} · {}*",
            g.text,
            words(g.words),
            reading_time(g.words),
            plural(sec.blocks.len(), "paragraph")
        );
        if an.truncated() && sec.span.end >= an.parsed {
            if let Some(note) = an.coverage_note() {
                body.push_str(&format!("\n\n*{note}*"));
            }
        }
        return Some(markdown(body, Some(snap.lsp_range(&h.span, enc))));
    }
    if a.summaries
        .iter()
        .any(|s| s.span.start <= offset && offset <= s.span.end)
    {
        return None;
    }
    let b = a.block_at(offset)?;
    let block = &a.blocks[b];
    if block.span.len() > HUGE_BLOCK_BYTES {
        return passage_hover(snap, an, cfg, b, offset, enc);
    }
    let src = text.get(block.span.clone())?;
    let n_words: usize = a.sentences[block.sentences.clone()]
        .iter()
        .map(|s| count_words(&s.text))
        .sum();
    if n_words < cfg.hover_min_words {
        return None;
    }
    let k = if n_words > LONG_BLOCK_WORDS { 2 } else { 1 };
    let g = gist(
        snap,
        an,
        Kind::Block,
        src,
        &Target::Block(b),
        Budget::Sentences(k),
    );
    if g.text.is_empty() {
        return None;
    }
    let kind = match block.kind {
        BlockKind::Paragraph => "paragraph",
        BlockKind::ListItem => "list item",
        BlockKind::BlockQuote => "block quote",
        BlockKind::Turn => "turn",
    };
    let in_title_section = a.sections[block.section]
        .heading
        .as_ref()
        .zip(a.title.as_ref())
        .is_some_and(|(h, t)| h.span == t.span);
    let place = if block.section > 0 && !in_title_section {
        let sec = &a.sections[block.section];
        let heading = sec.heading.as_ref().map_or("", |h| h.text.as_str());
        format!(
            "{kind} {} of {} under “{}”",
            b + 1 - sec.blocks.start,
            sec.blocks.len(),
            escape(heading)
        )
    } else {
        format!("{kind} {} of {}", b + 1, a.blocks.len())
    };
    let label = if k == 1 {
        "Key sentence"
    } else {
        "Key sentences"
    };
    let body = format!(
        "**{label}:** {}\n\n*{} · {} · {place}*",
        g.text,
        words(n_words),
        reading_time(n_words),
    );
    Some(markdown(body, Some(snap.lsp_range(&block.span, enc))))
}

/// The support of the summary sentence at `offset` (or, on a summary's label or key, of its
/// first sentence).
fn support_hover(
    snap: &Snapshot,
    an: &Analysis,
    cfg: &Config,
    offset: usize,
    enc: Encoding,
) -> Option<Hover> {
    let a = &an.article;
    let checked = support::checked(snap, an, cfg);
    let c = checked
        .iter()
        .find(|c| c.span.start <= offset && offset <= c.span.end)?;
    let k = c
        .sentence_spans
        .iter()
        .position(|r| r.start <= offset && offset <= r.end)
        .or_else(|| c.sentence_spans.iter().position(|r| r.start > offset))?;
    let s = c.report.sentences.get(k)?;
    let findings: Vec<String> = c
        .report
        .findings
        .iter()
        .filter(|f| s.span.start <= f.span.start && f.span.start < s.span.end)
        .map(|f| escape(&f.describe()))
        .collect();
    let closest = s.support.and_then(|i| a.sentences.get(i)).map(|sent| {
        let place = match a.blocks.get(sent.block).map(|b| b.kind) {
            Some(BlockKind::ListItem) => "list item",
            Some(BlockKind::BlockQuote) => "block quote",
            Some(BlockKind::Turn) => "turn",
            _ => "paragraph",
        };
        let text = support::clip(&sent.text, 300);
        // Counted in the story: the summaries written above it are not its paragraphs.
        let in_summary = |r: &std::ops::Range<usize>| {
            a.author_summaries
                .iter()
                .any(|m| m.span.start <= r.start && r.end <= m.span.end)
        };
        let n = a.blocks[..sent.block.min(a.blocks.len())]
            .iter()
            .filter(|b| !in_summary(&b.span))
            .count();
        (format!("{place} {}", n + 1), escape(&text))
    });
    let mut body = match (findings.is_empty(), &closest) {
        (true, Some((place, text))) => format!("**Supported by {place}:** {text}"),
        (true, None) => "**Supported:** nothing in it needs the article's support.".to_string(),
        (false, Some((place, text))) => format!(
            "**Not supported:** {}\n\n**Closest, {place}:** {text}",
            findings.join("; ")
        ),
        (false, None) => format!("**Not supported:** {}", findings.join("; ")),
    };
    body.push_str(&format!(
        "\n\n*support {:.2} · {}*",
        s.score,
        c.origin.name()
    ));
    let range = c.sentence_spans.get(k)?;
    Some(markdown(body, Some(snap.lsp_range(range, enc))))
}

/// The hover on a huge block `b`: the key sentence of the passage around `offset` (the
/// sentences within [`PASSAGE_SENTENCES`] of the one under the cursor), so that what it costs
/// and what it says follow the cursor, and an edit there shows at once.
fn passage_hover(
    snap: &Snapshot,
    an: &Analysis,
    cfg: &Config,
    b: usize,
    offset: usize,
    enc: Encoding,
) -> Option<Hover> {
    let a = &an.article;
    let block = &a.blocks[b];
    let all = block.sentences.clone();
    let here = a
        .sentences_in(offset..offset)
        .start
        .clamp(all.start, all.end.checked_sub(1)?);
    let first = here.saturating_sub(PASSAGE_SENTENCES).max(all.start);
    let last = (here + PASSAGE_SENTENCES).min(all.end - 1);
    let range = a.sentences[first].span.start..a.sentences[last].span.end;
    let src = snap.text.get(range.clone())?;
    // (Counted here: the article's running sums would count the whole huge block.)
    let n_words: usize = a.sentences[first..=last]
        .iter()
        .map(|s| count_words(&s.text))
        .sum();
    if n_words < cfg.hover_min_words {
        return None;
    }
    let k = if n_words > LONG_BLOCK_WORDS { 2 } else { 1 };
    let g = gist(
        snap,
        an,
        Kind::Block,
        src,
        &Target::Range(range.clone()),
        Budget::Sentences(k),
    );
    if g.text.is_empty() {
        return None;
    }
    let label = if k == 1 {
        "Key sentence of this passage"
    } else {
        "Key sentences of this passage"
    };
    let body = format!(
        "**{label}:** {}\n\n*{} · {} · sentences {}–{} of {} in paragraph {} of {}*",
        g.text,
        words(n_words),
        reading_time(n_words),
        first + 1 - all.start,
        last + 1 - all.start,
        all.len(),
        b + 1,
        a.blocks.len()
    );
    Some(markdown(body, Some(snap.lsp_range(&range, enc))))
}

fn markdown(value: String, range: Option<tower_lsp_server::ls_types::Range>) -> Hover {
    Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range,
    }
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

fn words(n: usize) -> String {
    plural(n, "word")
}

/// Escapes Markdown emphasis and code markers in a heading quoted in the facts line.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '_' | '`' | '[' | ']' | '<' | '>' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_times() {
        assert_eq!(reading_time(0), "1 s read");
        assert_eq!(reading_time(23), "6 s read");
        assert_eq!(reading_time(230), "1 min read");
        assert_eq!(reading_time(1000), "4 min read");
        assert_eq!(escape("a*b_c"), "a\\*b\\_c");
    }
}

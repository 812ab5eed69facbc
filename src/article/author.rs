//! The author's own summary: a front-matter `description`, `summary`, `excerpt`, `subtitle`,
//! `dek` or `abstract`, or a leading `TL;DR:` / `Summary:` / `In short,` paragraph. A plain-text
//! paragraph that starts with the summary label is nutgraf's own block when its sentences are
//! sentences of the document (nutgraf only ever quotes), and the author's otherwise.

use std::ops::Range;

use super::{fold_space, strip_templates, Article, AuthorSummary};
use crate::text::split_sentences;

/// Front-matter keys whose value is a summary of the document, in order of preference.
const KEYS: &[&str] = &[
    "tldr",
    "summary",
    "description",
    "excerpt",
    "dek",
    "subtitle",
    "abstract",
];

/// How many blocks from the top a summary paragraph may stand and still lead the document.
const LEADING_BLOCKS: usize = 3;

impl Article {
    /// Finds the author's summary of a parsed article (also after merging parsed parts): front
    /// matter first, then a leading labelled paragraph; a plain-text label paragraph that is not
    /// nutgraf's own moves from [`Article::summaries`] to [`Article::author_summary`].
    pub fn resolve_summaries(&mut self, text: &str) {
        self.author_summary = None;
        if let Some(fm) = self.front_matter.clone() {
            self.author_summary = front_matter_summary(text, fm);
        }
        let leading_end = self.leading_end();
        if self.author_summary.is_none() {
            // Markdown blocks carry nutgraf's markers; plain-text ones only its label.
            let plain = self.format == super::Format::Plain;
            let found = self
                .summaries
                .iter()
                .position(|s| plain && s.span.start < leading_end && !is_extractive(&s.text, self));
            if let Some(i) = found {
                let s = self.summaries.remove(i);
                self.author_summary = Some(AuthorSummary {
                    span: s.span,
                    text: s.text,
                });
            }
        }
        if self.author_summary.is_none() {
            self.author_summary = self.leading_paragraph(leading_end);
        }
    }

    /// Where the leading part of the document ends: at the first heading below the title or
    /// at the block after the first few, whichever comes first.
    fn leading_end(&self) -> usize {
        let heading = self
            .sections
            .iter()
            .filter_map(|s| s.heading.as_ref())
            .find(|h| h.level > 1)
            .map_or(usize::MAX, |h| h.span.start);
        let block = self
            .blocks
            .get(LEADING_BLOCKS)
            .map_or(usize::MAX, |b| b.span.start);
        heading.min(block)
    }

    fn leading_paragraph(&self, leading_end: usize) -> Option<AuthorSummary> {
        let b = self
            .blocks
            .iter()
            .take(LEADING_BLOCKS)
            .find(|b| b.span.start < leading_end && b.sentences.start < self.sentences.len())?;
        let first = self.sentences.get(b.sentences.start)?;
        let rest = strip_label(&first.text)?;
        let mut text = rest.to_string();
        for s in self.sentences.get(b.sentences.start + 1..b.sentences.end)? {
            text.push(' ');
            text.push_str(&s.text);
        }
        let text = fold_space(&text);
        (!text.is_empty()).then(|| AuthorSummary {
            span: b.span.clone(),
            text,
        })
    }
}

/// The text after a summary label that opens `s` (`TL;DR:`, `Summary:`, `In short,` …).
fn strip_label(s: &str) -> Option<&str> {
    const LABELS: &[&str] = &[
        "tl;dr",
        "tldr",
        "tl/dr",
        "tl,dr",
        "too long; didn't read",
        "too long, didn't read",
        "summary",
        "in short",
        "in brief",
        "in a nutshell",
        "short version",
        "the short version",
        "bottom line",
        "the bottom line",
        "key takeaways",
        "at a glance",
    ];
    let t = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower: String = t.chars().take(24).flat_map(char::to_lowercase).collect();
    for label in LABELS {
        if !lower.starts_with(label) {
            continue;
        }
        let Some(after) = t.get(label.len()..) else {
            continue;
        };
        let after = after.trim_start_matches(['*', '_', ' ']);
        let prose_opener = matches!(*label, "in short" | "in brief" | "in a nutshell");
        let rest = after
            .strip_prefix(':')
            .or_else(|| after.strip_prefix('—'))
            .or_else(|| after.strip_prefix('–'))
            .or_else(|| after.strip_prefix(" -"))
            .or_else(|| after.strip_prefix('-'))
            .or_else(|| after.strip_prefix(',').filter(|_| prose_opener));
        if let Some(rest) = rest {
            let rest = rest.trim_start_matches(['*', '_', ' ']);
            if rest.chars().any(char::is_alphanumeric) {
                return Some(rest);
            }
        }
    }
    None
}

/// Whether at least half of the sentences of `summary` are quoted from the article.
fn is_extractive(summary: &str, a: &Article) -> bool {
    let sents: Vec<&str> = split_sentences(summary)
        .into_iter()
        .map(|r| summary[r].trim_end_matches('…').trim())
        .filter(|s| !s.is_empty())
        .collect();
    if sents.is_empty() {
        return true;
    }
    let found = sents
        .iter()
        .filter(|q| a.sentences.iter().any(|s| s.text.contains(*q)))
        .count();
    found * 2 >= sents.len()
}

/// A summary key in the front matter at `fm`: `description: "…"`, or a folded or literal
/// block (`summary: >` and indented lines after it).
fn front_matter_summary(text: &str, fm: Range<usize>) -> Option<AuthorSummary> {
    let src = text.get(fm.clone())?;
    let mut best: Option<(usize, AuthorSummary)> = None;
    let lines: Vec<(usize, &str)> = src
        .split_inclusive('\n')
        .scan(fm.start, |pos, l| {
            let at = *pos;
            *pos += l.len();
            Some((at, l))
        })
        .collect();
    for (i, &(at, line)) in lines.iter().enumerate() {
        let t = line.trim_end();
        if t.starts_with([' ', '\t']) {
            continue;
        }
        let Some((key, value)) = t.split_once(':').or_else(|| t.split_once('=')) else {
            continue;
        };
        let key = key.trim().to_ascii_lowercase();
        let Some(rank) = KEYS.iter().position(|k| *k == key) else {
            continue;
        };
        let value = value.trim();
        let (value, end) = if matches!(value, ">" | "|" | ">-" | "|-" | ">+" | "|+") {
            let more: Vec<&(usize, &str)> = lines[i + 1..]
                .iter()
                .take_while(|(_, l)| l.starts_with([' ', '\t']) || l.trim().is_empty())
                .collect();
            let body: Vec<&str> = more.iter().map(|(_, l)| l.trim()).collect();
            let end = more
                .last()
                .map_or(at + t.len(), |(p, l)| p + l.trim_end().len());
            (body.join(" "), end)
        } else {
            (value.to_string(), at + t.len())
        };
        let value = value.trim().trim_matches(['"', '\'']).replace("\\\"", "\"");
        let value = strip_templates(&fold_space(&value));
        if !value.chars().any(char::is_alphanumeric) {
            continue;
        }
        if best.as_ref().is_none_or(|(r, _)| rank < *r) {
            best = Some((
                rank,
                AuthorSummary {
                    span: at..end,
                    text: value,
                },
            ));
        }
    }
    best.map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::super::Format;
    use super::*;

    #[test]
    fn front_matter_summaries() {
        let doc = "---\ntitle: Storm\ndescription: \"The barrier held.\"\n---\n\nIt rained all night. Roads flooded.\n";
        let a = Article::parse(doc, Format::Markdown);
        let s = a.author_summary.expect("description");
        assert_eq!(s.text, "The barrier held.");
        assert_eq!(&doc[s.span], "description: \"The barrier held.\"");
        let doc = "---\nsummary: >\n  The barrier\n  held.\nexcerpt: Other.\n---\n\nIt rained.\n";
        let a = Article::parse(doc, Format::Markdown);
        assert_eq!(a.author_summary.unwrap().text, "The barrier held.");
    }

    #[test]
    fn leading_paragraphs() {
        let doc = "# Storm\n\n**TL;DR:** The barrier held and nobody was hurt.\n\nIt rained all night. Roads flooded.\n";
        let a = Article::parse(doc, Format::Markdown);
        let s = a.author_summary.expect("tl;dr");
        assert_eq!(s.text, "The barrier held and nobody was hurt.");
        assert!(doc[s.span].starts_with("**TL;DR:**"));
        // Further down, a "Summary:" paragraph is the author's conclusion, not a summary box.
        let doc = "# Storm\n\nIt rained.\n\n## Part\n\nSummary: it rained.\n";
        assert!(Article::parse(doc, Format::Markdown)
            .author_summary
            .is_none());
        assert_eq!(
            strip_label("In short, the plan works."),
            Some("the plan works.")
        );
        assert_eq!(strip_label("Summary of findings"), None);
        assert_eq!(strip_label("Summarize nothing: no."), None);
    }

    #[test]
    fn plain_label_paragraphs_are_nutgrafs_only_when_quoted() {
        // nutgraf's block quotes the document.
        let doc = "Storm\n\nTL;DR: Roads flooded.\n\nIt rained all night. Roads flooded.\n";
        let a = Article::parse(doc, Format::Plain);
        assert_eq!(a.summaries.len(), 1);
        assert!(a.author_summary.is_none());
        // The author's own words.
        let doc = "Storm\n\nTL;DR: A wet night, but the town coped.\n\nIt rained all night. Roads flooded.\n";
        let a = Article::parse(doc, Format::Plain);
        assert!(a.summaries.is_empty());
        assert_eq!(
            a.author_summary.unwrap().text,
            "A wet night, but the town coped."
        );
    }
}

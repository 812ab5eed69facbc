//! The author's own summaries — the one recognizer, shared by the title hover, the summarizer
//! (never quoted), the checker (never evidence) and `nutgraf check`:
//!
//! - front matter `tldr`, `summary`, `description`, `excerpt`, `dek`, `subtitle`, `abstract`
//!   (each one present is a summary; the first of them in that order is preferred);
//! - in the leading part of the document (before the first heading below the title, among
//!   the first few blocks): a paragraph that opens with a label (`TL;DR:`, `Summary:`, `In
//!   brief:`, `In short,` …), a label alone (`**Key points**`, `Summary:`) followed by a list
//!   or a paragraph, a block quote opening with a label (`> **TL;DR** …`) or a summary callout
//!   (`> [!summary]`, `> [!tldr]`, `> [!abstract]`, or any callout titled with a label);
//! - the list or paragraph under a first heading below the title that is a label (`## Key
//!   points`);
//! - in plain text, a paragraph that starts with the summary label is nutgraf's own block when
//!   its sentences are sentences of the document (nutgraf only ever quotes), and the author's
//!   otherwise.

use std::ops::Range;

use super::{fold_space, strip_templates, Article, AuthorSummary, BlockKind, Piece, SummaryForm};
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

/// Labels that open a summary.
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
    "key points",
    "key takeaways",
    "takeaways",
    "key facts",
    "highlights",
    "at a glance",
];

/// Callout types that are summaries whatever their title (Obsidian's `abstract` family).
const CALLOUTS: &[&str] = &["summary", "tldr", "tl;dr", "abstract"];

/// How many blocks from the top a summary paragraph may stand and still lead the document.
const LEADING_BLOCKS: usize = 3;

impl Article {
    /// The preferred author's summary (the one the title hover shows): a front-matter key
    /// first, then a leading paragraph, list or callout.
    pub fn author_summary(&self) -> Option<&AuthorSummary> {
        self.author_summaries.first()
    }

    /// Finds the author's summaries of a parsed article (also after merging parsed parts); a
    /// plain-text label paragraph that is not nutgraf's own moves from [`Article::summaries`] to
    /// [`Article::author_summaries`].
    pub fn resolve_summaries(&mut self, text: &str) {
        self.author_summaries.clear();
        if let Some(fm) = self.front_matter.clone() {
            self.author_summaries = front_matter_summaries(text, fm);
        }
        let leading_end = self.leading_end();
        // Markdown blocks carry nutgraf's markers; plain-text ones only its label.
        if self.format == super::Format::Plain {
            let found = self
                .summaries
                .iter()
                .position(|s| s.span.start < leading_end && !is_extractive(&s.text, self));
            if let Some(i) = found {
                let s = self.summaries.remove(i);
                let piece = Piece {
                    text: 0..s.text.len(),
                    doc: s.span.clone(),
                };
                self.author_summaries.push(AuthorSummary {
                    span: s.span,
                    text: s.text,
                    form: SummaryForm::Paragraph,
                    pieces: vec![piece],
                });
            }
        }
        let leading = self.leading_summaries(text, leading_end);
        self.author_summaries.extend(leading);
    }

    /// Where the leading part of the document ends: at the first heading below the title or
    /// at the block after the first few, whichever comes first.
    fn leading_end(&self) -> usize {
        let block = self
            .blocks
            .get(LEADING_BLOCKS)
            .map_or(usize::MAX, |b| b.span.start);
        self.first_subheading()
            .map_or(usize::MAX, |h| h.span.start)
            .min(block)
    }

    fn first_subheading(&self) -> Option<&super::Heading> {
        self.sections
            .iter()
            .filter_map(|s| s.heading.as_ref())
            .find(|h| h.level > 1)
    }

    /// The summaries among the leading blocks, and under a first subheading that is a label.
    fn leading_summaries(&self, text: &str, leading_end: usize) -> Vec<AuthorSummary> {
        let mut out = Vec::new();
        let mut b = 0;
        while b < self.blocks.len().min(LEADING_BLOCKS) && self.blocks[b].span.start < leading_end {
            match self.summary_at(text, b) {
                Some((s, next)) => {
                    out.push(s);
                    b = next;
                }
                None => b += 1,
            }
        }
        // "## Key points" (the first heading below the title), and its list or paragraph.
        let sub = self
            .sections
            .iter()
            .find(|s| s.heading.as_ref().is_some_and(|h| h.level > 1));
        if let Some(sec) = sub {
            let h = sec.heading.as_ref().map_or("", |h| h.text.as_str());
            let first = sec.blocks.start;
            let body_before = (0..first)
                .filter(|&i| {
                    !out.iter()
                        .any(|s: &AuthorSummary| s.span.contains(&self.blocks[i].span.start))
                })
                .count();
            if is_label_only(h) && body_before < LEADING_BLOCKS && first < sec.blocks.end {
                let (end, form) = self.list_or_paragraph(first, sec.blocks.end);
                let sents = self.blocks[first].sentences.start..self.blocks[end - 1].sentences.end;
                if let Some(mut s) = self.summary_of(sents, None, form) {
                    s.span.start = sec.heading.as_ref().map_or(s.span.start, |h| h.span.start);
                    out.push(s);
                }
            }
        }
        out
    }

    /// The blocks `first..end` of a list (consecutive list items), or just `first`.
    fn list_or_paragraph(&self, first: usize, limit: usize) -> (usize, SummaryForm) {
        let limit = limit.min(self.blocks.len());
        if self.blocks[first].kind != BlockKind::ListItem {
            return (first + 1, SummaryForm::Paragraph);
        }
        let mut end = first + 1;
        while end < limit && self.blocks[end].kind == BlockKind::ListItem {
            end += 1;
        }
        (end, SummaryForm::List)
    }

    /// A summary starting at block `b`, and the block after it.
    fn summary_at(&self, text: &str, b: usize) -> Option<(AuthorSummary, usize)> {
        let block = &self.blocks[b];
        let sents = block.sentences.clone();
        let first = self
            .sentences
            .get(sents.start)
            .filter(|_| sents.start < sents.end)?;
        let src = text.get(first.span.clone()).unwrap_or("");
        let quote = block.kind == BlockKind::BlockQuote;
        // A callout: `[!summary]`, `[!tldr] Title`, `[!note] Key points`.
        if let Some(rest) = first.text.strip_prefix("[!") {
            let (kind, title) = rest.split_once(']')?;
            let kind = kind.trim_end_matches(['+', '-']).to_lowercase();
            let titled = is_label_only(title) || strip_label(title).is_some();
            if !(CALLOUTS.contains(&kind.as_str()) || titled) {
                return None;
            }
            let s = self.summary_of(sents.start + 1..sents.end, None, SummaryForm::Callout)?;
            return Some((with_span(s, block.span.clone()), b + 1));
        }
        // A label alone, and the list or paragraph after it.
        if is_label_only(&first.text) && sents.len() == 1 {
            let next = b + 1;
            if next >= self.blocks.len() || self.blocks[next].section != block.section {
                return None;
            }
            let (end, form) = self.list_or_paragraph(next, self.blocks.len());
            let all = self.blocks[next].sentences.start..self.blocks[end - 1].sentences.end;
            let s = self.summary_of(all, None, form)?;
            return Some((
                with_span(s, block.span.start..self.blocks[end - 1].span.end),
                end,
            ));
        }
        // A labelled paragraph or quote: `TL;DR: …`, `> **TL;DR** …`.
        let rest = strip_label(&first.text).or_else(|| strip_bold_label(&first.text, src))?;
        let form = if quote {
            SummaryForm::Callout
        } else {
            SummaryForm::Paragraph
        };
        let s = self.summary_of(sents, Some(rest), form)?;
        Some((with_span(s, block.span.clone()), b + 1))
    }

    /// A summary of sentences `sents`, the first read as `first` when given (its label
    /// removed); list items without a closing stop get one.
    fn summary_of(
        &self,
        sents: Range<usize>,
        first: Option<&str>,
        form: SummaryForm,
    ) -> Option<AuthorSummary> {
        let all = self.sentences.get(sents)?;
        let mut text = String::new();
        let mut pieces = Vec::with_capacity(all.len());
        for (i, s) in all.iter().enumerate() {
            let t = match (i, first) {
                (0, Some(f)) => f,
                _ => s.text.as_str(),
            };
            let t = t.trim();
            if t.is_empty() {
                continue;
            }
            if !text.is_empty() {
                if !text.ends_with(['.', '!', '?', '…', ';', ':', '。', '！', '？']) {
                    text.push('.');
                }
                text.push(' ');
            }
            let at = text.len();
            text.push_str(t);
            pieces.push(Piece {
                text: at..text.len(),
                doc: s.span.clone(),
            });
        }
        if !text.chars().any(char::is_alphanumeric) {
            return None;
        }
        let span = all.first()?.span.start..all.last()?.span.end;
        Some(AuthorSummary {
            span,
            text,
            form,
            pieces,
        })
    }
}

fn with_span(mut s: AuthorSummary, span: Range<usize>) -> AuthorSummary {
    s.span = span.start.min(s.span.start)..span.end.max(s.span.end);
    s
}

/// `s` is a label and nothing else (`Key points:`, `**Summary**`, `TL;DR`).
fn is_label_only(s: &str) -> bool {
    let t = s.trim_matches(|c: char| !c.is_alphanumeric());
    t.len() <= 24 && LABELS.iter().any(|l| t.eq_ignore_ascii_case(l))
}

/// The text after a summary label that opens `s` (`TL;DR:`, `Summary:`, `In short,` …).
fn strip_label(s: &str) -> Option<&str> {
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

/// The text after a bold label with no stop after it: `**TL;DR** The barrier held.` (`s` the
/// sentence's text, `src` its source).
fn strip_bold_label<'s>(s: &'s str, src: &str) -> Option<&'s str> {
    let src = src.trim_start_matches(['>', ' ', '\t']);
    let inner = src.strip_prefix("**").or_else(|| src.strip_prefix("__"))?;
    let close = inner.find(['*', '_']).filter(|&i| i <= 40)?;
    let label = inner[..close].trim().trim_end_matches(':');
    if !is_label_only(label) {
        return None;
    }
    let rest = s.trim_start().get(label.len()..)?;
    let rest = rest.trim_start_matches([':', ' ', '*', '_']);
    rest.chars().any(char::is_alphanumeric).then_some(rest)
}

/// Whether at least half of the sentences of `summary` are quoted from the article.
fn is_extractive(summary: &str, a: &Article) -> bool {
    let sents: Vec<&str> = split_sentences(summary)
        .into_iter()
        // Without the full stop a quoted list entry gets in a summary.
        .map(|r| summary[r].trim_end_matches(['…', '.']).trim())
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

/// The summary keys in the front matter at `fm`, preferred first: `description: "…"`, or a
/// folded or literal block (`summary: >` and indented lines after it).
fn front_matter_summaries(text: &str, fm: Range<usize>) -> Vec<AuthorSummary> {
    let Some(src) = text.get(fm.clone()) else {
        return Vec::new();
    };
    let mut found: Vec<(usize, AuthorSummary)> = Vec::new();
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
        let key_name = key.trim().to_string();
        let Some(rank) = KEYS.iter().position(|k| k.eq_ignore_ascii_case(&key_name)) else {
            continue;
        };
        // (the value's text, where it stands)
        let mut parts: Vec<(&str, usize)> = Vec::new();
        let value_at = at + key.len() + 1;
        let v = value.trim();
        let end = if matches!(v, ">" | "|" | ">-" | "|-" | ">+" | "|+") {
            let more: Vec<&(usize, &str)> = lines[i + 1..]
                .iter()
                .take_while(|(_, l)| l.starts_with([' ', '\t']) || l.trim().is_empty())
                .collect();
            for (p, l) in &more {
                let lt = l.trim();
                if !lt.is_empty() {
                    parts.push((lt, p + (l.len() - l.trim_start().len())));
                }
            }
            more.last()
                .map_or(at + t.len(), |(p, l)| p + l.trim_end().len())
        } else {
            let lead = value.len() - value.trim_start().len();
            let quoted = v.len() >= 2
                && ((v.starts_with('"') && v.ends_with('"'))
                    || (v.starts_with('\'') && v.ends_with('\'')));
            if quoted {
                parts.push((&v[1..v.len() - 1], value_at + lead + 1));
            } else {
                parts.push((v, value_at + lead));
            }
            at + t.len()
        };
        let mut out = String::new();
        let mut pieces = Vec::new();
        for (p, doc_at) in parts {
            let p = strip_templates(&fold_space(&p.replace("\\\"", "\"")));
            let p = p.trim();
            if p.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            let start = out.len();
            out.push_str(p);
            pieces.push(Piece {
                text: start..out.len(),
                doc: doc_at..(doc_at + p.len()).min(end),
            });
        }
        if !out.chars().any(char::is_alphanumeric) {
            continue;
        }
        found.push((
            rank,
            AuthorSummary {
                span: at..end,
                text: out,
                form: SummaryForm::FrontMatter(key_name),
                pieces,
            },
        ));
    }
    found.sort_by_key(|(r, s)| (*r, s.span.start));
    found.into_iter().map(|(_, s)| s).collect()
}

/// Where the part `r` of a summary's `text` stands in the document `doc`, given its `pieces`:
/// the same words found in the piece's source (the occurrence nearest to where they are in
/// the piece), else the whole piece. A range across pieces covers them from the first part
/// to the last. Always on `char` boundaries of `doc`.
pub fn map_span(pieces: &[Piece], text: &str, doc: &str, r: Range<usize>) -> Option<Range<usize>> {
    let overlapping: Vec<&Piece> = pieces
        .iter()
        .filter(|p| p.text.start < r.end.max(r.start + 1) && r.start < p.text.end)
        .collect();
    let first = overlapping.first()?;
    let last = overlapping.last()?;
    let part = |p: &Piece| -> Range<usize> {
        let lo = r.start.max(p.text.start);
        let hi = r.end.min(p.text.end).max(lo);
        locate(p, text, doc, lo..hi)
    };
    let a = part(first);
    let b = part(last);
    Some(a.start.min(b.start)..a.end.max(b.end))
}

fn locate(p: &Piece, text: &str, doc: &str, r: Range<usize>) -> Range<usize> {
    let end = p.doc.end.min(doc.len());
    let start = p.doc.start.min(end);
    let whole = start..end;
    let (Some(src), Some(want)) = (doc.get(whole.clone()), text.get(r.clone())) else {
        return whole;
    };
    let want = want.trim();
    if want.is_empty() {
        return whole;
    }
    // ASCII case folding keeps byte offsets.
    let hay = src.to_ascii_lowercase();
    let needle = want.to_ascii_lowercase();
    let plen = p.text.len().max(1);
    let target = (r.start.saturating_sub(p.text.start)) * src.len() / plen;
    let nearest = |needle: &str, from: usize, target: usize| {
        hay.get(from..)?
            .match_indices(needle)
            .map(|(i, _)| from + i)
            .min_by_key(|&i| i.abs_diff(target))
    };
    if let Some(i) = nearest(&needle, 0, target) {
        return start + i..start + i + needle.len();
    }
    // Markup between the words (`*barrier* held`): from the first word to the last.
    let words: Vec<&str> = needle.split_whitespace().collect();
    let (Some(w0), Some(w1)) = (words.first(), words.last()) else {
        return whole;
    };
    let Some(i) = nearest(w0, 0, target) else {
        return whole;
    };
    match nearest(w1, i + w0.len(), i + needle.len()) {
        Some(j) if words.len() > 1 => start + i..start + j + w1.len(),
        _ => whole,
    }
}

#[cfg(test)]
mod tests {
    use super::super::Format;
    use super::*;

    #[test]
    fn front_matter_summaries() {
        let doc = "---\ntitle: Storm\ndescription: \"The barrier held.\"\n---\n\nIt rained all night. Roads flooded.\n";
        let a = Article::parse(doc, Format::Markdown);
        let s = a.author_summary().cloned().expect("description");
        assert_eq!(s.text, "The barrier held.");
        assert_eq!(&doc[s.span], "description: \"The barrier held.\"");
        let doc = "---\nsummary: >\n  The barrier\n  held.\nexcerpt: Other.\n---\n\nIt rained.\n";
        let a = Article::parse(doc, Format::Markdown);
        assert_eq!(a.author_summary().unwrap().text, "The barrier held.");
    }

    #[test]
    fn leading_paragraphs() {
        let doc = "# Storm\n\n**TL;DR:** The barrier held and nobody was hurt.\n\nIt rained all night. Roads flooded.\n";
        let a = Article::parse(doc, Format::Markdown);
        let s = a.author_summary().cloned().expect("tl;dr");
        assert_eq!(s.text, "The barrier held and nobody was hurt.");
        assert!(doc[s.span].starts_with("**TL;DR:**"));
        // Further down, a "Summary:" paragraph is the author's conclusion, not a summary box.
        let doc = "# Storm\n\nIt rained.\n\n## Part\n\nSummary: it rained.\n";
        assert!(Article::parse(doc, Format::Markdown)
            .author_summaries
            .is_empty());
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
        assert!(a.author_summaries.is_empty());
        // The author's own words.
        let doc = "Storm\n\nTL;DR: A wet night, but the town coped.\n\nIt rained all night. Roads flooded.\n";
        let a = Article::parse(doc, Format::Plain);
        assert!(a.summaries.is_empty());
        assert_eq!(
            a.author_summary().unwrap().text,
            "A wet night, but the town coped."
        );
    }

    /// (form, text) of each author's summary.
    fn forms(doc: &str) -> Vec<(SummaryForm, String)> {
        Article::parse(doc, Format::Markdown)
            .author_summaries
            .into_iter()
            .map(|s| (s.form, s.text))
            .collect()
    }

    #[test]
    fn lists_callouts_and_every_front_matter_key() {
        let body = "It rained all night. Roads flooded.\n";
        let list = SummaryForm::List;
        assert_eq!(
            forms(&format!(
                "# Storm\n\n**Key points**\n\n- The barrier held\n- Nobody was hurt.\n\n{body}"
            )),
            [(list.clone(), "The barrier held. Nobody was hurt.".into())]
        );
        assert_eq!(
            forms(&format!(
                "# Storm\n\n## Key points\n\n- The barrier held.\n\n## Story\n\n{body}"
            )),
            [(list, "The barrier held.".into())]
        );
        let callout = SummaryForm::Callout;
        for doc in [
            "# Storm\n\n> **TL;DR** The barrier held.\n\n",
            "# Storm\n\n> [!summary]\n> The barrier held.\n\n",
            "# Storm\n\n> [!note] Key points\n> The barrier held.\n\n",
        ] {
            assert_eq!(
                forms(&format!("{doc}{body}")),
                [(callout.clone(), "The barrier held.".into())],
                "{doc:?}"
            );
        }
        // A note is not a summary; a label further down is the author's conclusion.
        assert!(forms(&format!(
            "# Storm\n\n> [!note] Careful\n> Wet roads.\n\n{body}"
        ))
        .is_empty());
        let doc = format!("---\ndek: A wet night.\ndescription: \"Roads flooded.\"\n---\n\nSummary: it rained.\n\n{body}");
        let a = Article::parse(&doc, Format::Markdown);
        let got: Vec<(&SummaryForm, &str)> = a
            .author_summaries
            .iter()
            .map(|s| (&s.form, s.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    &SummaryForm::FrontMatter("description".into()),
                    "Roads flooded."
                ),
                (&SummaryForm::FrontMatter("dek".into()), "A wet night."),
                (&SummaryForm::Paragraph, "it rained."),
            ]
        );
        assert_eq!(a.author_summary().unwrap().text, "Roads flooded.");
        let d = &a.author_summaries[0];
        assert_eq!(&doc[d.pieces[0].doc.clone()], "Roads flooded.");
    }

    #[test]
    fn summary_spans_map_back_to_the_document() {
        let doc =
            "# Storm\n\n**TL;DR:** The *barrier* held and [nobody](x) was hurt.\n\nIt rained.\n";
        let a = Article::parse(doc, Format::Markdown);
        let s = a.author_summary().unwrap();
        let at = |w: &str| {
            let i = s.text.find(w).unwrap();
            map_span(&s.pieces, &s.text, doc, i..i + w.len()).map(|r| &doc[r])
        };
        assert_eq!(at("hurt"), Some("hurt"));
        assert_eq!(at("The barrier held"), Some("The *barrier* held"));
        assert_eq!(
            map_span(&s.pieces, &s.text, doc, 0..s.text.len()).map(|r| &doc[r]),
            Some("The *barrier* held and [nobody](x) was hurt.")
        );
        assert_eq!(map_span(&[], "x", doc, 0..1), None);
    }
}

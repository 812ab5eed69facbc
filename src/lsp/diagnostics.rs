//! Stale summaries: an inserted summary that no longer says what the text says gets an
//! Information diagnostic, with the quick fix "Update summary". Unsupported claims: what a
//! summary written in the document (see [`super::support`]) says that the article does not gets
//! a Warning, code the finding's kind, pointing at the closest article sentence.
//!
//! What a summary summarizes is judged by what it follows (see
//! [`super::edits::summary_target`]). A summary of the article or of a section is stale when
//! summarizing again would give a different text — which is also the case when one of its
//! sentences was edited away. A summary after a paragraph may have been made from a selection,
//! so it is stale only when one of its sentences no longer appears in the text (and it is not
//! the paragraph's own summary).

use std::ops::Range;

use serde_json::json;
use tower_lsp_server::ls_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
};

use super::analysis::Analysis;
use super::config::Config;
use super::documents::Snapshot;
use super::edits::summary_target;
use super::engine::{self, Target};
use super::support;
use crate::article::{fold_space, Format, SUMMARY_CLOSE, SUMMARY_OPEN};
use crate::text::{split_sentences, Encoding};

#[derive(Clone, Debug, PartialEq)]
pub struct Stale {
    pub span: Range<usize>,
    /// A sentence of the summary is not in the text any more.
    pub missing: bool,
    pub fixable: bool,
}

/// The stale summary blocks of this version.
pub fn stale_summaries(text: &str, an: &Analysis, cfg: &Config) -> Vec<Stale> {
    let a = &an.article;
    if a.summaries.is_empty() {
        return Vec::new();
    }
    let src = &text[..an.parsed.min(text.len())];
    // Everything the article says, quoted the way summaries quote it, for "is this sentence
    // still there" (inserted summaries are not sentences of the article).
    let mut haystack = String::with_capacity(src.len());
    for s in &a.sentences {
        haystack.push_str(&a.quote_markdown(text, s.span.clone()));
        haystack.push(' ');
    }

    let mut out = Vec::new();
    for (i, s) in a.summaries.iter().enumerate() {
        let Some(raw) = src.get(s.span.clone()) else {
            continue;
        };
        let body = summary_body(raw, a.format, &cfg.label);
        let missing = split_sentences(&body)
            .into_iter()
            .map(|r| fold_space(body[r].trim_end_matches('…')))
            .any(|piece| !haystack.contains(&piece));
        let target = summary_target(text, a, i);
        let expected = target
            .as_ref()
            .map(|t| engine::summarize(an, text, t, cfg.budget()).markdown(a, text));
        let stale = match &target {
            Some(Target::Article | Target::Section(_)) => expected.as_deref() != Some(&body),
            Some(_) => missing && expected.as_deref() != Some(&body),
            None => missing,
        };
        let fixable = expected.as_ref().is_some_and(|e| !e.is_empty());
        if stale {
            out.push(Stale {
                span: s.span.clone(),
                missing,
                fixable,
            });
        }
    }
    out
}

/// The summary text of an inserted block, without markers, quote marks and label.
pub fn summary_body(raw: &str, format: Format, label: &str) -> String {
    match format {
        Format::Plain => {
            let t = raw.trim_start();
            let t = t.strip_prefix(label.trim()).unwrap_or(t);
            fold_space(t.trim_start_matches([':', ' ', '\t']))
        }
        Format::Markdown => {
            let inner = raw.trim();
            let inner = inner.strip_prefix(SUMMARY_OPEN).unwrap_or(inner);
            let inner = inner.strip_suffix(SUMMARY_CLOSE).unwrap_or(inner);
            let mut lines: Vec<&str> = inner
                .lines()
                .map(|l| {
                    let mut l = l.trim();
                    while let Some(x) = l.strip_prefix('>') {
                        l = x.trim_start();
                    }
                    l
                })
                .filter(|l| !l.is_empty())
                .collect();
            // Callout: "[!NOTE] label" on a line of its own.
            let callout = lines.first().is_some_and(|l| l.starts_with("[!"));
            if callout {
                lines.remove(0);
            }
            let mut body = lines.join(" ");
            // "**label:** summary"
            if !callout && body.starts_with("**") {
                if let Some(i) = body.find(":**") {
                    if i < 80 {
                        body = body[i + 3..].to_string();
                    }
                }
            }
            fold_space(&body)
        }
    }
}

/// LSP diagnostics for `stale`.
pub fn to_diagnostics(snap: &Snapshot, stale: &[Stale], enc: Encoding) -> Vec<Diagnostic> {
    stale
        .iter()
        .map(|s| Diagnostic {
            range: snap.lsp_range(&s.span, enc),
            severity: Some(DiagnosticSeverity::INFORMATION),
            source: Some("nutgraf".into()),
            message: if s.missing {
                "Summary is out of date: a sentence it quotes is no longer in the text.".into()
            } else {
                "Summary is out of date: the text now summarizes differently.".into()
            },
            data: Some(json!({"version": snap.version, "at": s.span.start, "fixable": s.fixable})),
            ..Default::default()
        })
        .collect()
}

/// The longest quotation of an article sentence in a message.
const QUOTED_CHARS: usize = 160;

/// Warnings for what the summaries written in the document say that the article does not:
/// one per finding of each summary sentence whose support is below `check.minSupport`.
pub fn unsupported(snap: &Snapshot, an: &Analysis, cfg: &Config, enc: Encoding) -> Vec<Diagnostic> {
    if !cfg.check_enabled {
        return Vec::new();
    }
    let a = &an.article;
    let mut out = Vec::new();
    for c in support::checked(snap, an, cfg).iter() {
        for (f, span) in c.report.findings.iter().zip(&c.finding_spans) {
            let score = c
                .report
                .sentences
                .iter()
                .find(|s| {
                    s.span.start <= f.span.start && f.span.start < s.span.end.max(s.span.start + 1)
                })
                .map_or(c.report.score, |s| s.score);
            if score >= cfg.check_min_support {
                continue;
            }
            let related = f.support.and_then(|i| a.sentences.get(i)).map(|s| {
                vec![DiagnosticRelatedInformation {
                    location: Location {
                        uri: snap.uri.clone(),
                        range: snap.lsp_range(&s.span, enc),
                    },
                    message: format!(
                        "closest in the article: {}",
                        support::clip(&s.text, QUOTED_CHARS)
                    ),
                }]
            });
            out.push(Diagnostic {
                range: snap.lsp_range(span, enc),
                severity: Some(DiagnosticSeverity::WARNING),
                code: Some(NumberOrString::String(f.kind.code().into())),
                source: Some("nutgraf".into()),
                message: format!("{} ({})", f.describe(), c.origin.name()),
                related_information: related,
                ..Default::default()
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::summarize::render::{render_block, Style};
    use crate::text::Language;

    fn analysis(text: &str, format: Format) -> Analysis {
        Analysis {
            article: Article::parse(text, format).into(),
            parsed: text.len(),
            total: text.len(),
            language: Language::English,
            generation: 0,
            word_sums: Default::default(),
        }
    }

    #[test]
    fn bodies_of_every_style() {
        for style in [Style::Blockquote, Style::Callout, Style::Plain] {
            let b = render_block("It rained. Roads flooded.", Format::Markdown, style, "Gist");
            assert_eq!(
                summary_body(&b, Format::Markdown, "TL;DR"),
                "It rained. Roads flooded."
            );
        }
        let b = render_block("It rained.", Format::Plain, Style::Blockquote, "Gist");
        assert_eq!(summary_body(&b, Format::Plain, "Gist"), "It rained.");
    }

    #[test]
    fn edited_sentences_make_summaries_stale() {
        let cfg = Config::default();
        let body = "The council approved the budget on Tuesday.";
        let block = render_block(body, Format::Markdown, Style::Blockquote, "TL;DR");
        let fresh = format!("# Budget\n\n{block}\n\nThe council approved the budget on Tuesday.\n");
        let an = analysis(&fresh, Format::Markdown);
        assert_eq!(stale_summaries(&fresh, &an, &cfg), vec![]);
        let i = fresh.rfind("on Tuesday.").unwrap();
        let edited = format!("{}on Friday.\n", &fresh[..i]);
        let an = analysis(&edited, Format::Markdown);
        let st = stale_summaries(&edited, &an, &cfg);
        assert_eq!(st.len(), 1);
        assert!(st[0].missing && st[0].fixable);
    }
}

//! Every summary a document carries, checked: the author's (see
//! [`Article::resolve_summaries`]) and nutgraf's own blocks, each finding and each summary
//! sentence placed in the document. What the language server publishes and `nutgraf check`
//! prints without `--summary`.

use std::ops::Range;

use super::{check, Report};
use crate::article::{map_span, Article, Piece, SummaryForm};
use crate::text::Language;

/// Where a summary comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Author(SummaryForm),
    /// A summary block nutgraf inserted.
    Nutgraf,
}

impl Origin {
    /// How a reader names it: "the front-matter `dek`", "the TL;DR paragraph", ….
    pub fn name(&self) -> String {
        match self {
            Origin::Author(SummaryForm::FrontMatter(k)) => format!("the front-matter `{k}`"),
            Origin::Author(SummaryForm::Paragraph) => "the summary paragraph".into(),
            Origin::Author(SummaryForm::List) => "the key-points list".into(),
            Origin::Author(SummaryForm::Callout) => "the summary box".into(),
            Origin::Nutgraf => "nutgraf's summary".into(),
        }
    }
}

/// One summary of the document, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub origin: Origin,
    /// The whole summary in the document (label, markers, key included).
    pub span: Range<usize>,
    /// The summary's text, as checked.
    pub text: String,
    pub report: Report,
    /// Where each finding stands in the document (as `report.findings`).
    pub finding_spans: Vec<Range<usize>>,
    /// Where each summary sentence stands in the document (as `report.sentences`).
    pub sentence_spans: Vec<Range<usize>>,
}

/// Checks every summary of `article` (parsed from `text`, or from a prefix of it); `label`
/// names nutgraf's blocks (`TL;DR`).
pub fn check_document(
    article: &Article,
    text: &str,
    language: Option<Language>,
    label: &str,
) -> Vec<Checked> {
    let language = language.or_else(|| Some(Language::detect(text)));
    let mut out = Vec::new();
    let nutgraf = article.summaries.iter().map(|s| {
        let body = block_body(&s.text, label).to_string();
        let piece = Piece {
            text: 0..body.len(),
            doc: s.span.clone(),
        };
        (Origin::Nutgraf, s.span.clone(), body, vec![piece])
    });
    let author = article.author_summaries.iter().map(|s| {
        (
            Origin::Author(s.form.clone()),
            s.span.clone(),
            s.text.clone(),
            s.pieces.clone(),
        )
    });
    for (origin, span, summary, pieces) in author.chain(nutgraf) {
        let report = check(article, text, &summary, language);
        let place =
            |r: &Range<usize>| map_span(&pieces, &summary, text, r.clone()).unwrap_or(span.clone());
        let finding_spans = report.findings.iter().map(|f| place(&f.span)).collect();
        let sentence_spans = report.sentences.iter().map(|s| place(&s.span)).collect();
        out.push(Checked {
            origin,
            span,
            text: summary,
            report,
            finding_spans,
            sentence_spans,
        });
    }
    out
}

/// The summary of a nutgraf block's text, without its callout marker and label (`[!NOTE] TL;DR
/// …`, `TL;DR: …`; a label other than `label` when it ends in a colon within a few words).
fn block_body<'t>(text: &'t str, label: &str) -> &'t str {
    let mut t = text.trim_start();
    if let Some(rest) = t.strip_prefix("[!") {
        t = rest.split_once(']').map_or(t, |(_, r)| r.trim_start());
    }
    let label = label.trim();
    if !label.is_empty() && t.starts_with(label) {
        return t[label.len()..].trim_start_matches([':', ' ']);
    }
    match t.split_once(": ") {
        Some((l, rest))
            if l.len() <= 24 && l.split_whitespace().count() <= 3 && !l.contains('.') =>
        {
            rest
        }
        _ => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    #[test]
    fn nutgraf_blocks_are_checked_without_their_label() {
        assert_eq!(block_body("[!NOTE] Gist Body one.", "Gist"), "Body one.");
        assert_eq!(block_body("TL;DR: Body one.", "Gist"), "Body one.");
        assert_eq!(
            block_body("Body one. Note: two.", "Gist"),
            "Body one. Note: two."
        );
        let doc = "# T\n\n<!-- nutgraf:summary -->\n> **TL;DR:** Body sentence one.\n<!-- /nutgraf:summary -->\n\nBody sentence one. Body sentence two.\n";
        let a = Article::parse(doc, Format::Markdown);
        let c = check_document(&a, doc, Some(Language::English), "TL;DR");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].origin, Origin::Nutgraf);
        assert_eq!(c[0].text, "Body sentence one.");
        assert!(c[0].report.findings.is_empty(), "{:?}", c[0].report);
        assert_eq!(&doc[c[0].sentence_spans[0].clone()], "Body sentence one.");
    }
}

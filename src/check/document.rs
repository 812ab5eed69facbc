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

/// Checks every summary of `article` (parsed from `text`, or from a prefix of it).
pub fn check_document(article: &Article, text: &str, language: Option<Language>) -> Vec<Checked> {
    let language = language.or_else(|| Some(Language::detect(text)));
    let mut out = Vec::new();
    let nutgraf = article.summaries.iter().map(|s| {
        let piece = Piece {
            text: 0..s.text.len(),
            doc: s.span.clone(),
        };
        (Origin::Nutgraf, s.span.clone(), s.text.clone(), vec![piece])
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

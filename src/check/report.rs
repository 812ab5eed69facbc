//! What a check finds and how much it weighs: findings by kind, per-sentence support, and the
//! document score in [0, 1] (1: everything supported).

use std::ops::Range;

/// What is unsupported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A number, amount, percentage or count the supporting sentences do not have.
    Number,
    /// A year, month or weekday the supporting sentences do not have.
    Date,
    /// A name the supporting sentences do not have.
    Name,
    /// A content word the article never uses.
    Word,
    /// A quotation the article does not have word for word.
    Quote,
    /// "not" (or "never", "no", "n't") on one side only.
    Negation,
    /// The opposite end of a scale: "rose" against "fell", "more" against "fewer".
    Comparison,
}

impl Kind {
    /// The kind's name in output (`--jsonl`, `--format json`).
    pub fn code(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Date => "date",
            Kind::Name => "name",
            Kind::Word => "word",
            Kind::Quote => "quote",
            Kind::Negation => "negation",
            Kind::Comparison => "comparison",
        }
    }

    /// How much a finding of this kind costs its sentence (`in_article`: the item is in the
    /// article, only not where the sentence's support is).
    pub fn weight(self, in_article: bool) -> f64 {
        match (self, in_article) {
            (Kind::Number, false) => 0.6,
            (Kind::Number, true) => 0.4,
            (Kind::Date, false) => 0.5,
            (Kind::Date, true) => 0.3,
            (Kind::Name, false) => 0.5,
            (Kind::Name, true) => 0.3,
            (Kind::Word, _) => 0.1,
            (Kind::Quote, _) => 0.5,
            (Kind::Negation, _) => 0.5,
            (Kind::Comparison, _) => 0.4,
        }
    }
}

/// One unsupported piece of the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Byte range in the summary.
    pub span: Range<usize>,
    pub kind: Kind,
    /// The summary's text at `span`.
    pub text: String,
    /// The closest article sentence (index into `Article::sentences`).
    pub support: Option<usize>,
    /// The item is in the article, but not in or around the closest sentence.
    pub in_article: bool,
}

impl Finding {
    /// The finding as a copy editor reads it: `number "12": not in the article`.
    pub fn describe(&self) -> String {
        let t = &self.text;
        match (self.kind, self.in_article) {
            (Kind::Negation | Kind::Comparison, _) => {
                format!(
                    "{} \"{t}\": the article says the opposite",
                    self.kind.code()
                )
            }
            (Kind::Quote, _) => format!("quote \"{t}\": not in the article word for word"),
            (Kind::Word, _) => format!("word \"{t}\": not in the article"),
            (k, true) => format!(
                "{} \"{t}\": in the article, but not where this is said",
                k.code()
            ),
            (k, false) => format!("{} \"{t}\": not in the article", k.code()),
        }
    }
}

/// How one summary sentence is supported.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceSupport {
    /// Byte range in the summary.
    pub span: Range<usize>,
    /// The closest article sentence.
    pub support: Option<usize>,
    /// In [0, 1]: 1 when every content word is in the supporting sentences and nothing is
    /// flagged.
    pub score: f64,
}

/// The result of a check.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// In [0, 1]; 1: fully supported.
    pub score: f64,
    /// In summary order.
    pub findings: Vec<Finding>,
    pub sentences: Vec<SentenceSupport>,
}

/// A sentence's score: the share of its content words the article supports (in the supporting
/// sentences: fully; elsewhere: half), discounted by each finding.
pub(super) fn sentence_score(coverage: f64, findings: &[Finding]) -> f64 {
    let mut s = coverage.clamp(0.0, 1.0).sqrt();
    for f in findings {
        s *= 1.0 - f.kind.weight(f.in_article);
    }
    if s.is_finite() {
        s.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// The document's score: sentence scores averaged by length, pulled towards the weakest (one
/// unsupported sentence is what a reader remembers).
pub(super) fn document_score(sentences: &[(f64, f64)]) -> f64 {
    let total: f64 = sentences.iter().map(|(_, w)| w).sum();
    if sentences.is_empty() || total <= 0.0 {
        return 1.0;
    }
    let mean = sentences.iter().map(|(s, w)| s * w).sum::<f64>() / total;
    let min = sentences.iter().map(|(s, _)| *s).fold(1.0, f64::min);
    let s = 0.5 * mean + 0.5 * min;
    if s.is_finite() {
        s.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Tidies the findings from `first` on (one sentence's): joined, deduplicated, with their text.
pub(super) fn merge_from(findings: &mut Vec<Finding>, first: usize, summary: &str) {
    let mut tail = findings.split_off(first.min(findings.len()));
    merge(&mut tail, summary);
    for f in &mut tail {
        f.text = summary.get(f.span.clone()).unwrap_or("").to_string();
    }
    findings.extend(tail);
}

/// Joins findings of one kind that touch (a two-word name, a run of unknown words).
fn merge(findings: &mut Vec<Finding>, summary: &str) {
    findings.sort_by_key(|f| (f.span.start, f.span.end));
    let mut out: Vec<Finding> = Vec::with_capacity(findings.len());
    for f in findings.drain(..) {
        if let Some(last) = out.last_mut() {
            let gap = summary.get(last.span.end..f.span.start);
            let joins = last.kind == f.kind
                && last.in_article == f.in_article
                && matches!(f.kind, Kind::Name | Kind::Word)
                && gap.is_some_and(|g| g.chars().all(|c| c == ' ' || c == '-'));
            if joins {
                last.span.end = f.span.end;
                last.text = summary.get(last.span.clone()).unwrap_or("").to_string();
                continue;
            }
            if last.span == f.span && last.kind == f.kind {
                continue;
            }
        }
        out.push(f);
    }
    // A word flagged for something more specific (a flip, inside a quotation) is not also
    // an unknown word.
    let specific: Vec<Range<usize>> = out
        .iter()
        .filter(|f| f.kind != Kind::Word)
        .map(|f| f.span.clone())
        .collect();
    out.retain(|f| {
        f.kind != Kind::Word
            || !specific
                .iter()
                .any(|r| r.start <= f.span.start && f.span.end <= r.end)
    });
    *findings = out;
}

//! Checking a summary against its article: what a dek, TL;DR or description says that the
//! article does not (issue 12). Each summary sentence is aligned to the article sentences that
//! support it (stemmed terms, numbers and names, the neighbouring sentences as context); what
//! they do not support is reported: numbers and dates (digits or words, money, percentages),
//! names and content words absent from the article, quotations not found verbatim, negation
//! and comparison flips. Works on lower-cased, tokenized text and on paraphrases.
//!
//! Pure: no IO, no LSP types, no panic on any input.

mod align;
mod document;
mod flips;
mod names;
mod numbers;
mod quotes;
mod report;
mod tokens;

use std::ops::Range;

use crate::article::Article;
use crate::text::terms::Terms;
use crate::text::{split_sentences_in, Language};

pub use document::{check_document, Checked, Origin};
pub use report::{Finding, Kind, Report, SentenceSupport};

use align::{Alignment, Source};
use numbers::QKind;

/// Checks `summary` against `article` (parsed from `text`). `language`: `None` detects it from
/// the article.
pub fn check(article: &Article, text: &str, summary: &str, language: Option<Language>) -> Report {
    let language = language.unwrap_or_else(|| Language::detect(text));
    let english = language == Language::English;
    let mut terms = Terms::new(language);
    let src = Source::new(article, &mut terms, english);
    let mut checker = Checker {
        src: &src,
        terms: &mut terms,
        scores: Vec::new(),
        scratch: Vec::new(),
        normalized: None,
    };
    let mut findings = Vec::new();
    let mut sentences = Vec::new();
    let mut weighted = Vec::new();
    for r in split_sentences_in(summary, language) {
        let Some(s) = summary.get(r.clone()) else {
            continue;
        };
        let first = findings.len();
        let (support, coverage, words) = checker.sentence(s, r.start, &mut findings);
        report::merge_from(&mut findings, first, summary);
        let score = report::sentence_score(coverage, &findings[first..]);
        if words > 0 {
            weighted.push((score, words as f64));
        }
        sentences.push(SentenceSupport {
            span: r,
            support,
            score,
        });
    }
    Report {
        score: report::document_score(&weighted),
        findings,
        sentences,
    }
}

/// Below this share of supported content words, a sentence's unknown words are findings.
const WORDS_REPORTED_BELOW: f64 = 0.5;

struct Checker<'s, 'a> {
    src: &'s Source<'a>,
    terms: &'s mut Terms,
    scores: Vec<f32>,
    scratch: Vec<u32>,
    /// The article's letters and digits, for quotations (made when first needed).
    normalized: Option<String>,
}

impl Checker<'_, '_> {
    /// Checks one summary sentence `s` at byte `offset` of the summary; returns its support,
    /// coverage and number of content words.
    fn sentence(
        &mut self,
        s: &str,
        offset: usize,
        findings: &mut Vec<Finding>,
    ) -> (Option<usize>, f64, usize) {
        let src = self.src;
        let english = src.english;
        let toks = tokens::tokenize(s, self.terms, &mut self.scratch);
        let qs = numbers::quantities(s, &toks, english);
        let ds = numbers::dates(&toks, english);
        let is_name = names::names(&toks, &src.lex);
        // Words that are numbers or dates are checked as such, not as words.
        let mut special = vec![false; toks.len()];
        for q in &qs {
            for i in q.toks.clone() {
                if let Some(x) = special.get_mut(i) {
                    *x = true;
                }
            }
        }
        for &(_, i) in &ds {
            special[i] = true;
        }
        let loose: Vec<bool> = is_name
            .iter()
            .zip(&special)
            .map(|(a, b)| *a || *b)
            .collect();
        let Alignment { best, window } = src.align(&toks, &qs, &loose, &mut self.scores);
        let window_sents = || {
            window
                .iter()
                .map(|&j| &src.sents[j])
                .chain(src.context.iter())
        };
        let evidence = || {
            src.sents
                .iter()
                .filter(|s| s.evidence)
                .chain(src.context.iter())
        };
        let mut push = |span: Range<usize>, kind: Kind, in_article: bool| {
            let span = offset + span.start..offset + span.end;
            findings.push(Finding {
                text: String::new(),
                span,
                kind,
                support: best,
                in_article,
            });
        };

        for q in &qs {
            let has = |w: &align::Sent| w.quantities.iter().any(|a| q.supported_by(a));
            if anchored(src, s, &toks, &special, q.toks.clone(), &window, has) {
                continue;
            }
            let anywhere = evidence().any(|w| w.quantities.iter().any(|a| q.supported_by(a)));
            let kind = if q.kind == QKind::Year {
                Kind::Date
            } else {
                Kind::Number
            };
            push(q.span.clone(), kind, anywhere);
        }
        for &(key, i) in &ds {
            let has = |w: &align::Sent| w.dates.contains(&key);
            if anchored(src, s, &toks, &special, i..i + 1, &window, has) {
                continue;
            }
            let anywhere = evidence().any(|w| w.dates.contains(&key));
            push(toks[i].start..toks[i].end, Kind::Date, anywhere);
        }

        let in_window = |t: u32| window_sents().any(|w| w.has(t));
        let mut credit = 0.0;
        let mut words = 0usize;
        let mut unknown = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            let Some(term) = t.term else { continue };
            if special[i] || flips::is_negator(&t.lower) {
                continue;
            }
            words += 1;
            if is_name[i] {
                // A name must be where the words around it are ("Kelley Luckstein was
                // released", said of another person), or — the closest sentence naming no
                // one — in the sentences before it, where a pronoun's antecedent is.
                let mut run = i..i + 1;
                while run.start > 0 && is_name[run.start - 1] {
                    run.start -= 1;
                }
                while run.end < toks.len() && is_name[run.end] {
                    run.end += 1;
                }
                let has = |w: &align::Sent| w.has(term);
                let supported = anchored(src, s, &toks, &special, run, &window, has)
                    || best.is_some_and(|b| {
                        !src.sents[b]
                            .toks
                            .iter()
                            .any(|a| a.term.is_some_and(|x| src.lex.is_name(x)))
                            && window.iter().any(|&j| j <= b && src.sents[j].has(term))
                    });
                if supported {
                    credit += 1.0;
                } else {
                    let known = src.lex.has(term);
                    credit += if known { 0.5 } else { 0.0 };
                    push(t.start..t.end, Kind::Name, known);
                }
            } else if in_window(term) {
                credit += 1.0;
            } else if src.lex.has_word(t) {
                credit += 0.5;
            } else {
                unknown.push(t.start..t.end);
            }
        }
        let coverage = if words == 0 {
            1.0
        } else {
            credit / words as f64
        };
        // A paraphrase brings words of its own: unknown words are findings only where the
        // sentence as a whole has little support (they still lower its score).
        if coverage < WORDS_REPORTED_BELOW {
            for r in unknown {
                push(r, Kind::Word, false);
            }
        }

        if english && best.is_some() {
            self.flips(&toks, &window, offset, best, findings);
        }
        let qs_in = quotes::quotations(s);
        if !qs_in.is_empty() {
            let norm = self.normalized.get_or_insert_with(|| {
                let mut n = String::new();
                for sent in &src.sents {
                    if sent.evidence {
                        for t in &sent.toks {
                            quotes::normalize(t.word, &mut n);
                        }
                        n.push('\u{1}');
                    }
                }
                n
            });
            for r in qs_in {
                let mut q = String::new();
                quotes::normalize(&s[r.clone()], &mut q);
                if !q.is_empty() && !norm.contains(&q) {
                    findings.push(Finding {
                        text: String::new(),
                        span: offset + r.start..offset + r.end,
                        kind: Kind::Quote,
                        support: best,
                        in_article: false,
                    });
                }
            }
        }
        // Word pairs the article has: a reworded claim keeps its content words but not their order.
        let pairs = src.bigram_precision(&toks);
        (best, coverage * (0.5 + 0.5 * pairs), words)
    }

    /// Negation and comparison flips against the supporting sentences.
    fn flips(
        &self,
        toks: &[tokens::Tok],
        window: &[usize],
        offset: usize,
        best: Option<usize>,
        findings: &mut Vec<Finding>,
    ) {
        let src = self.src;
        let mut push = |span: Range<usize>, kind: Kind| {
            findings.push(Finding {
                text: String::new(),
                span: offset + span.start..offset + span.end,
                kind,
                support: best,
                in_article: false,
            });
        };
        // "not" in the summary, none before the same word in the article.
        let mut negates = false;
        for (i, t) in toks.iter().enumerate() {
            if !flips::is_negator(&t.lower) {
                continue;
            }
            negates = true;
            let Some(k) = flips::negated_word(toks, i) else {
                continue;
            };
            let Some(term) = toks[k].term else { continue };
            let mut seen = false;
            let mut negated = false;
            for &j in window {
                let st = &src.sents[j].toks;
                for (m, a) in st.iter().enumerate() {
                    if a.term == Some(term) {
                        seen = true;
                        negated |= flips::negated(st, m);
                    }
                }
            }
            let window_negates = || {
                window.iter().any(|&j| {
                    src.sents[j]
                        .toks
                        .iter()
                        .any(|a| flips::is_negator(&a.lower))
                })
            };
            if (seen && !negated) || (!seen && !window_negates()) {
                push(t.start..toks[k].end, Kind::Negation);
            }
        }
        // "not" in the closest sentence before a word the summary states plainly.
        if !negates {
            if let Some(b) = best {
                let st = &src.sents[b].toks;
                let has_negator = st.iter().any(|a| flips::is_negator(&a.lower));
                if has_negator {
                    for t in toks {
                        let Some(term) = t.term else { continue };
                        let occurrences: Vec<usize> = (0..st.len())
                            .filter(|&m| st[m].term == Some(term))
                            .collect();
                        if !occurrences.is_empty()
                            && occurrences.iter().all(|&m| flips::negated(st, m))
                            && flips::polarity(&t.lower).is_none()
                        {
                            push(t.start..t.end, Kind::Negation);
                            break;
                        }
                    }
                }
            }
        }
        for (i, t) in toks.iter().enumerate() {
            if flips::polarity(&t.lower).is_none() {
                continue;
            }
            let support = window
                .iter()
                .flat_map(|&j| src.sents[j].toks.iter().map(|a| a.lower.as_str()));
            if flips::comparison_flip(toks, i, support) {
                push(t.start..t.end, Kind::Comparison);
            }
        }
    }
}

/// Whether a number or date (the summary's words `at`) is supported where the words around
/// it are: among the supporting sentences, one that has it (`has`) shares at least half as much
/// of its context (content words within four words, nearer ones weighing more) as any other. "11
/// died" is not supported by "12 died. 11 were hurt." although both numbers are near.
fn anchored(
    src: &Source,
    text: &str,
    toks: &[tokens::Tok],
    special: &[bool],
    at: Range<usize>,
    window: &[usize],
    has: impl Fn(&align::Sent) -> bool,
) -> bool {
    if src.context.iter().any(&has) {
        return true;
    }
    const REACH: usize = 4;
    // The context stays within the clause: "11 died and 23 were hurt".
    let boundary = |a: &tokens::Tok, b: &tokens::Tok| {
        matches!(
            b.lower.as_str(),
            "and" | "but" | "while" | "whereas" | "after" | "as"
        ) || text
            .get(a.end..b.start)
            .is_some_and(|g| g.contains([',', ';', ':', '(', ')', '—', '–']))
    };
    let mut lo = at.start;
    while lo > 0 && at.start - lo < REACH && !boundary(&toks[lo - 1], &toks[lo]) {
        lo -= 1;
    }
    let mut hi = at.end.min(toks.len());
    while hi < toks.len() && hi - at.end < REACH && !boundary(&toks[hi - 1], &toks[hi]) {
        hi += 1;
    }
    let near: Vec<(u32, f32)> = (lo..hi)
        .filter(|i| !at.contains(i) && !special.get(*i).copied().unwrap_or(true))
        .filter_map(|i| {
            let d = if i < at.start {
                at.start - i
            } else {
                i + 1 - at.end
            };
            toks[i].term.map(|t| (t, 1.0 / d as f32))
        })
        .collect();
    let local = |j: usize| -> f32 {
        let s = &src.sents[j];
        near.iter().filter(|(t, _)| s.has(*t)).map(|(_, w)| w).sum()
    };
    let top = window.iter().map(|&j| local(j)).fold(0.0f32, f32::max);
    window
        .iter()
        .any(|&j| has(&src.sents[j]) && local(j) >= top * 0.5 - 1e-4)
}

#[cfg(test)]
mod tests;

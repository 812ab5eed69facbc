//! The article as evidence, and the alignment of a summary sentence to it: the article
//! sentence that shares the most (idf-weighted stemmed terms, plus equal quantities), with its
//! neighbours as context, and a second passage when the summary sentence fuses two.

use super::names::Lexicon;
use super::numbers::{dates, quantities, Quantity};
use super::tokens::{tokenize, Tok};
use crate::article::Article;
use crate::text::terms::{TermId, Terms};

/// One article sentence, ready for comparison.
pub(super) struct Sent<'a> {
    pub toks: Vec<Tok<'a>>,
    /// Its terms, sorted, without repeats.
    pub terms: Vec<TermId>,
    pub quantities: Vec<Quantity>,
    /// Month and weekday keys.
    pub dates: Vec<u8>,
    /// Part of the article's body (not a summary written into the document).
    pub evidence: bool,
}

impl Sent<'_> {
    fn new<'a>(
        text: &'a str,
        terms: &mut Terms,
        scratch: &mut Vec<TermId>,
        english: bool,
    ) -> Sent<'a> {
        let toks = tokenize(text, terms, scratch);
        let mut ids: Vec<TermId> = toks.iter().filter_map(|t| t.term).collect();
        ids.sort_unstable();
        ids.dedup();
        Sent {
            quantities: quantities(text, &toks, english),
            dates: dates(&toks, english).into_iter().map(|(k, _)| k).collect(),
            terms: ids,
            toks,
            evidence: true,
        }
    }

    pub fn has(&self, t: TermId) -> bool {
        self.terms.binary_search(&t).is_ok()
    }
}

/// The article: its sentences (indexed as [`Article::sentences`]), the title and headings as
/// context, what it says about words, and an index for alignment.
pub(super) struct Source<'a> {
    pub sents: Vec<Sent<'a>>,
    /// Title and headings: evidence for every sentence, never a sentence's support.
    pub context: Vec<Sent<'a>>,
    pub lex: Lexicon,
    idf: Vec<f32>,
    postings: Vec<Vec<u32>>,
    /// Pairs of adjacent words (lower-cased, stop words included) anywhere in the article.
    bigrams: rustc_hash::FxHashSet<u64>,
    pub english: bool,
}

/// A pair of adjacent words as one key.
pub(super) fn bigram(a: &str, b: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    a.hash(&mut h);
    b.hash(&mut h);
    h.finish()
}

/// A summary sentence's place in the article.
#[derive(Clone, Debug, Default)]
pub(super) struct Alignment {
    /// The closest article sentence.
    pub best: Option<usize>,
    /// The sentences that count as its support, sorted.
    pub window: Vec<usize>,
}

/// How far the support reaches around the closest sentence: two before (where a name's first
/// mention usually is), one after.
const BEFORE: usize = 2;
const AFTER: usize = 1;

impl<'a> Source<'a> {
    pub fn new(article: &'a Article, terms: &mut Terms, english: bool) -> Source<'a> {
        let mut scratch = Vec::new();
        let excluded: Vec<std::ops::Range<usize>> = article
            .summaries
            .iter()
            .map(|s| s.span.clone())
            .chain(article.author_summaries.iter().map(|s| s.span.clone()))
            .collect();
        let mut lex = Lexicon::default();
        let mut sents = Vec::with_capacity(article.sentences.len());
        for s in &article.sentences {
            let mut sent = Sent::new(&s.text, terms, &mut scratch, english);
            sent.evidence = !excluded
                .iter()
                .any(|r| r.start < s.span.end && s.span.start < r.end);
            if sent.evidence {
                lex.add(&s.text, &sent.toks);
            }
            sents.push(sent);
        }
        let mut context = Vec::new();
        let headings = article.sections.iter().filter_map(|s| s.heading.as_ref());
        let title = article.title.as_ref().map(|t| t.text.as_str());
        for text in title.into_iter().chain(headings.map(|h| h.text.as_str())) {
            let sent = Sent::new(text, terms, &mut scratch, english);
            lex.add(text, &sent.toks);
            context.push(sent);
        }
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); terms.len()];
        let mut n = 0usize;
        for (j, s) in sents.iter().enumerate().filter(|(_, s)| s.evidence) {
            n += 1;
            for &t in &s.terms {
                if let Some(p) = postings.get_mut(t as usize) {
                    p.push(j as u32);
                }
            }
        }
        let idf = postings
            .iter()
            .map(|p| {
                if p.is_empty() {
                    0.0
                } else {
                    (1.0 + n as f32 / p.len() as f32).ln()
                }
            })
            .collect();
        let mut bigrams = rustc_hash::FxHashSet::default();
        for s in sents.iter().filter(|s| s.evidence).chain(context.iter()) {
            for w in s.toks.windows(2) {
                bigrams.insert(bigram(&w[0].lower, &w[1].lower));
            }
        }
        Source {
            bigrams,
            sents,
            context,
            lex,
            idf,
            postings,
            english,
        }
    }

    /// The share of a sentence's adjacent word pairs that the article has (1 for fewer than
    /// two words).
    pub fn bigram_precision(&self, toks: &[Tok]) -> f64 {
        if toks.len() < 2 {
            return 1.0;
        }
        let found = toks
            .windows(2)
            .filter(|w| self.bigrams.contains(&bigram(&w[0].lower, &w[1].lower)))
            .count();
        found as f64 / (toks.len() - 1) as f64
    }

    pub fn idf(&self, t: TermId) -> f32 {
        self.idf.get(t as usize).copied().unwrap_or(0.0)
    }

    /// Aligns a summary sentence: `toks` its words, `quantities` its numbers, `loose[i]` for
    /// words that do not bring a second passage in (names, numbers). `scores` is scratch.
    pub fn align(
        &self,
        toks: &[Tok],
        quantities: &[Quantity],
        loose: &[bool],
        scores: &mut Vec<f32>,
    ) -> Alignment {
        let n = self.sents.len();
        scores.clear();
        scores.resize(n, 0.0);
        let mut uniq: Vec<(TermId, bool)> = toks
            .iter()
            .zip(loose)
            .filter_map(|(t, &l)| t.term.map(|term| (term, l)))
            .collect();
        uniq.sort_unstable();
        uniq.dedup_by_key(|(t, _)| *t);
        for &(t, _) in &uniq {
            let w = self.idf(t);
            for &j in self.postings.get(t as usize).map_or(&[][..], Vec::as_slice) {
                scores[j as usize] += w;
            }
        }
        for q in quantities {
            for (j, s) in self.sents.iter().enumerate() {
                if s.evidence && s.quantities.iter().any(|a| q.supported_by(a)) {
                    scores[j] += 1.5;
                }
            }
        }
        let Some(best) = argmax(scores, |j| self.sents[j].evidence, &[]) else {
            return Alignment::default();
        };
        let mut window = self.around(best);
        // A second passage, when the sentence says enough that the first does not.
        let rest: Vec<TermId> = uniq
            .iter()
            .filter(|&&(t, l)| {
                !l && self.idf(t) > 0.0 && !window.iter().any(|&j| self.sents[j].has(t))
            })
            .map(|&(t, _)| t)
            .collect();
        if rest.len() >= 2 {
            scores.iter_mut().for_each(|s| *s = 0.0);
            let mut count = vec![0u8; n];
            for &t in &rest {
                for &j in self.postings.get(t as usize).map_or(&[][..], Vec::as_slice) {
                    scores[j as usize] += self.idf(t);
                    count[j as usize] = count[j as usize].saturating_add(1);
                }
            }
            if let Some(second) = argmax(scores, |j| self.sents[j].evidence, &window) {
                if count[second] >= 2 {
                    window.extend(self.around(second));
                    window.sort_unstable();
                    window.dedup();
                }
            }
        }
        Alignment {
            best: Some(best),
            window,
        }
    }

    fn around(&self, j: usize) -> Vec<usize> {
        (j.saturating_sub(BEFORE)..(j + AFTER + 1).min(self.sents.len()))
            .filter(|&k| self.sents[k].evidence)
            .collect()
    }
}

/// The index of the highest positive score among `ok` ones not in `skip`; ties go to the
/// earlier sentence, and a neighbour's score breaks near-ties.
fn argmax(scores: &[f32], ok: impl Fn(usize) -> bool, skip: &[usize]) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (j, &s) in scores.iter().enumerate() {
        if s <= 0.0 || !ok(j) || skip.contains(&j) {
            continue;
        }
        let near = scores.get(j.wrapping_sub(1)).copied().unwrap_or(0.0)
            + scores.get(j + 1).copied().unwrap_or(0.0);
        let v = s + 0.1 * near;
        if best.is_none_or(|(_, b)| v > b) {
            best = Some((j, v));
        }
    }
    best.map(|(j, _)| j)
}

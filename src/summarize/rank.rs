//! Ranking and selection.
//!
//! Sentences become tf-idf vectors over stemmed terms. Their centrality is the PacSum idea —
//! similarity to the sentences that follow counts for a sentence, similarity to the ones before
//! it counts against — computed exactly in linear time from prefix sums of the vectors instead of
//! an n² graph. A lead prior is mixed in as far as the opening is representative of the whole
//! (strong for inverted-pyramid news, fading for essays, fiction and talk), with title overlap,
//! a preference for sentences of readable length, redundancy control (MMR), and faithfulness
//! rules: furniture is never picked, and a sentence that opens with a dangling pronoun or
//! connective brings its antecedent or gives way.

use std::ops::Range;

use super::{furniture, Budget, Pick, Summary};
use crate::article::Article;
use crate::text::terms::{TermId, Terms};
use crate::text::Language;

/// A sparse, L2-normalized term vector sorted by term id.
type Vector = Vec<(TermId, f32)>;

/// The constants of the ranker. Each is a round value with a reason, not a fitted number.
#[derive(Clone, Debug)]
struct Params {
    /// Weight of similarity to earlier sentences (PacSum's λ1). PacSum makes it negative;
    /// here 0, because on both development sets every negative value scored lower: similarity
    /// to what follows already carries the position signal.
    pub back: f64,
    /// Weight of similarity to later sentences (PacSum's λ2).
    pub fwd: f64,
    /// How fast the lead prior decays, in sentences.
    pub lead_tau: f64,
    /// Lead-prior weight when the opening is as representative as the average sentence …
    pub lead_base: f64,
    /// … and how much it grows per unit of the opening's relative centrality above 1.
    pub lead_gain: f64,
    /// Upper bound of the lead-prior weight.
    pub lead_max: f64,
    /// Weight of similarity to the title.
    pub title: f64,
    /// MMR redundancy penalty.
    pub mmr: f64,
    /// Total similarity below which centrality is weak evidence.
    pub evidence: f64,
    /// Sentences shorter than this many words are weak summary material.
    pub min_words: f64,
    /// Sentences longer than this many words read poorly in a summary.
    pub max_words: f64,
}

/// The ranker's constants.
const PARAMS: Params = Params {
    back: 0.0,
    fwd: 1.0,
    lead_tau: 3.0,
    lead_base: 0.3,
    lead_gain: 1.0,
    lead_max: 0.9,
    title: 0.3,
    mmr: 0.5,
    evidence: 1.0,
    min_words: 6.0,
    max_words: 45.0,
};

struct Candidate {
    sentence: usize,
    span: Range<usize>,
    words: usize,
    vector: Vector,
    eligible: bool,
    /// Index of the sentence before it in the same block, if any.
    prev_in_block: Option<usize>,
}

pub(super) fn summarize_sentences(
    article: &Article,
    text: &str,
    ids: Range<usize>,
    language: Language,
    budget: &Budget,
) -> Summary {
    let p = &PARAMS;
    let ids = ids.start.min(article.sentences.len())..ids.end.min(article.sentences.len());
    let n = ids.len();
    let mut terms = Terms::new(language);
    // All sentences' terms in one buffer; sentence k owns `flat[bounds[k]..bounds[k + 1]]`.
    let mut flat: Vec<TermId> = Vec::with_capacity(n * 16);
    let mut bounds: Vec<usize> = Vec::with_capacity(n + 1);
    let mut counts: Vec<usize> = Vec::with_capacity(n);
    bounds.push(0);
    for s in &article.sentences[ids.clone()] {
        counts.push(terms.push_terms(&s.text, &mut flat));
        bounds.push(flat.len());
    }
    let title_terms = article
        .title
        .as_ref()
        .map(|t| terms.terms(&t.text))
        .unwrap_or_default();
    let vocab = terms.len();

    // Document frequencies and idf.
    let mut df = vec![0u32; vocab];
    for k in 0..n {
        let r = &mut flat[bounds[k]..bounds[k + 1]];
        r.sort_unstable();
        let mut last = None;
        for &t in r.iter() {
            if last != Some(t) {
                df[t as usize] += 1;
                last = Some(t);
            }
        }
    }
    // idf depends only on the document frequency: one ln per distinct frequency.
    let max_df = df.iter().copied().max().unwrap_or(0) as usize;
    let by_df: Vec<f32> = (0..=max_df)
        .map(|d| (1.0 + n as f32 / d.max(1) as f32).ln())
        .collect();
    let idf: Vec<f32> = df.iter().map(|&d| by_df[d as usize]).collect();

    let mut cands: Vec<Candidate> = Vec::with_capacity(n);
    let mut words_total = 0usize;
    for (k, i) in ids.clone().enumerate() {
        let s = &article.sentences[i];
        let words = counts[k];
        words_total += words;
        let src = text.get(s.span.clone()).unwrap_or("");
        let block_first = article
            .blocks
            .get(s.block)
            .is_none_or(|b| b.sentences.start == i);
        let trim = if block_first {
            furniture::dateline_len(src)
        } else {
            0
        };
        let prev_in_block = (!block_first && k > 0).then(|| k - 1);
        cands.push(Candidate {
            sentence: i,
            span: s.span.start + trim..s.span.end,
            words,
            vector: weigh(&flat[bounds[k]..bounds[k + 1]], &idf),
            eligible: !furniture::is_furniture(&s.text) && words >= 3,
            prev_in_block,
        });
    }
    let title_vec = weigh(
        &{
            let mut t = title_terms;
            t.sort_unstable();
            t
        },
        &idf,
    );

    let scores = score(&cands, &title_vec, vocab, p);
    let k = budget.sentences(n, words_total);
    // Only sentences about to be picked are asked whether they dangle.
    let dangling = |c: usize| {
        cands[c].prev_in_block.is_some()
            && furniture::opens_dangling(&article.sentences[cands[c].sentence].text, language)
    };
    let picked = select(&cands, &scores, vocab, k, budget.max_words(), p, dangling);

    let max = picked.iter().map(|&c| scores[c]).fold(f64::MIN, f64::max);
    let min = scores.iter().copied().fold(f64::MAX, f64::min);
    let picks = picked
        .into_iter()
        .map(|c| Pick {
            sentence: cands[c].sentence,
            span: cands[c].span.clone(),
            score: if max > min {
                ((scores[c] - min) / (max - min)).clamp(0.0, 1.0)
            } else {
                1.0
            },
        })
        .collect();
    Summary {
        language,
        words: words_total,
        sentences: n,
        picks,
    }
}

/// (1 + ln tf) · idf, L2-normalized; `sorted` holds term ids in order, repeats included.
fn weigh(sorted: &[TermId], idf: &[f32]) -> Vector {
    let mut v: Vector = Vec::with_capacity(sorted.len());
    let mut i = 0;
    while i < sorted.len() {
        let t = sorted[i];
        let mut j = i;
        while j < sorted.len() && sorted[j] == t {
            j += 1;
        }
        // Most terms occur once in a sentence: 1 + ln 1 = 1 without calling ln.
        let tf = if j - i == 1 {
            1.0
        } else {
            1.0 + ((j - i) as f32).ln()
        };
        let w = tf * idf.get(t as usize).copied().unwrap_or(1.0);
        v.push((t, w));
        i = j;
    }
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, w) in &mut v {
            *w /= norm;
        }
    }
    v
}

fn dot(a: &Vector, b: &Vector) -> f64 {
    let (mut i, mut j, mut s) = (0, 0, 0.0f64);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += (a[i].1 * b[j].1) as f64;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// [`dot`] with `b` given densely (zero where `b` has no term): the same sum, in the same order.
fn dot_dense32(a: &Vector, b: &[f32]) -> f64 {
    a.iter()
        .map(|&(t, w)| (w * b.get(t as usize).copied().unwrap_or(0.0)) as f64)
        .sum()
}

fn dot_dense(a: &Vector, dense: &[f64]) -> f64 {
    a.iter()
        .map(|&(t, w)| w as f64 * dense.get(t as usize).copied().unwrap_or(0.0))
        .sum()
}

/// Final score of every candidate (higher is better); term ids are below `vocab`.
fn score(cands: &[Candidate], title: &Vector, vocab: usize, p: &Params) -> Vec<f64> {
    let n = cands.len();
    if n == 0 {
        return Vec::new();
    }
    let mut total = vec![0.0f64; vocab];
    for c in cands {
        for &(t, w) in &c.vector {
            total[t as usize] += w as f64;
        }
    }
    // Undirected centrality (similarity to all others) and its directed split.
    let mut prefix = vec![0.0f64; vocab];
    let mut central = Vec::with_capacity(n);
    let mut directed = Vec::with_capacity(n);
    for c in cands {
        let self_sim: f64 = c.vector.iter().map(|&(_, w)| (w * w) as f64).sum();
        let all = dot_dense(&c.vector, &total) - self_sim;
        let back = dot_dense(&c.vector, &prefix);
        let fwd = all - back;
        central.push(all);
        directed.push(p.fwd * fwd + p.back * back);
        for &(t, w) in &c.vector {
            prefix[t as usize] += w as f64;
        }
    }
    // How representative is the opening? Mean centrality of the first three eligible sentences
    // relative to the mean of all eligible sentences.
    let elig: Vec<usize> = (0..n).filter(|&i| cands[i].eligible).collect();
    let mean_all = elig.iter().map(|&i| central[i]).sum::<f64>() / elig.len().max(1) as f64;
    let head: Vec<usize> = elig.iter().copied().take(3).collect();
    let mean_head = head.iter().map(|&i| central[i]).sum::<f64>() / head.len().max(1) as f64;
    let rel = if mean_all > 0.0 {
        mean_head / mean_all
    } else {
        1.0
    };
    let lead_w = (p.lead_base + p.lead_gain * (rel - 1.0)).clamp(0.0, p.lead_max);

    let dmax = directed.iter().copied().fold(f64::MIN, f64::max);
    let dmin = directed.iter().copied().fold(f64::MAX, f64::min);
    let mut rank = 0usize;
    let mut out = Vec::with_capacity(n);
    for (i, c) in cands.iter().enumerate() {
        // Scaled by the strongest sentence, but not blown up when every sentence is nearly
        // unrelated to the rest (short texts): then position and title decide.
        let d = (directed[i] - dmin.min(0.0)) / (dmax - dmin.min(0.0)).max(p.evidence);
        let lead = if c.eligible {
            (-(rank as f64) / p.lead_tau).exp()
        } else {
            0.0
        };
        if c.eligible {
            rank += 1;
        }
        let t = if title.is_empty() {
            0.0
        } else {
            dot(&c.vector, title)
        };
        let w = c.words as f64;
        let len = (w / p.min_words).min(1.0) * (p.max_words / w.max(p.max_words)).sqrt();
        out.push(((1.0 - lead_w) * d + lead_w * lead + p.title * t) * len);
    }
    out
}

/// Greedy MMR selection under the budget; returns candidate indices in document order.
fn select(
    cands: &[Candidate],
    scores: &[f64],
    vocab: usize,
    k: usize,
    max_words: Option<usize>,
    p: &Params,
    dangling: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let n = cands.len();
    let mut picked: Vec<usize> = Vec::new();
    let mut is_picked = vec![false; n];
    let mut skipped = vec![false; n];
    let mut words = 0usize;
    let any_eligible = cands.iter().any(|c| c.eligible);
    let fits = |words: usize, extra: usize| max_words.is_none_or(|m| words + extra <= m);
    // Redundancy of each candidate: its greatest similarity to a picked sentence, updated as
    // sentences are picked (each pick scattered once into a dense vector).
    let mut dense = vec![0.0f32; vocab];
    let mut redundancy = vec![0.0f64; n];
    let mut seen = 0;
    while picked.len() < k {
        for &j in &picked[seen..] {
            for &(t, w) in &cands[j].vector {
                dense[t as usize] = w;
            }
            for (i, r) in redundancy.iter_mut().enumerate() {
                if !is_picked[i] {
                    *r = r.max(dot_dense32(&cands[i].vector, &dense));
                }
            }
            for &(t, _) in &cands[j].vector {
                dense[t as usize] = 0.0;
            }
        }
        seen = picked.len();
        let mut best: Option<(usize, f64)> = None;
        for i in 0..n {
            if is_picked[i] || skipped[i] || (any_eligible && !cands[i].eligible) {
                continue;
            }
            let s = scores[i] - p.mmr * redundancy[i];
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((i, s));
            }
        }
        let Some((i, _)) = best else { break };
        // A dangling opening brings the sentence before it, or gives way.
        if dangling(i) {
            let prev = cands[i].prev_in_block.filter(|&j| !is_picked[j]);
            if let Some(j) = prev {
                let room = picked.len() + 2 <= k && fits(words, cands[i].words + cands[j].words);
                if room && cands[j].eligible && !dangling(j) {
                    for x in [j, i] {
                        is_picked[x] = true;
                        picked.push(x);
                        words += cands[x].words;
                    }
                } else {
                    skipped[i] = true;
                }
                continue;
            }
        }
        if !fits(words, cands[i].words) {
            // Over a word budget: a first pick is still made if nothing fits (the best one).
            skipped[i] = true;
            if picked.is_empty()
                && (0..n)
                    .all(|x| skipped[x] || is_picked[x] || (any_eligible && !cands[x].eligible))
            {
                is_picked[i] = true;
                picked.push(i);
                break;
            }
            continue;
        }
        is_picked[i] = true;
        picked.push(i);
        words += cands[i].words;
    }
    picked.sort_unstable();
    picked
}

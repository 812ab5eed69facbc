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

use std::borrow::Cow;
use std::ops::Range;

use super::dangling::{self, Opening};
use super::quality::{self, Tier};
use super::{collection, fluent, furniture, letter, quotes, Budget, Pick, Summary};
use crate::article::{changelog, Article, BlockKind, Format};
use crate::text::terms::{TermId, Terms};
use crate::text::words::count_words;
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
    /// Sentences longer than this many words read poorly in a summary (plain-language guides
    /// put the average sentence at 15–20 words). A soft preference: the score falls with the
    /// square root of the excess. News: 45 / 30 / 20 gave R1 30.09 / 30.31 / 30.65 on CNN
    /// (highlights average 34 words for three sentences), GUMSum unchanged within noise.
    pub max_words: f64,
    /// How much a long text whose opening is less representative than its average sentence
    /// (a story, not an encyclopedia entry or a report) corrects forward centrality for
    /// position. Similarity to what follows sums over fewer sentences the later a sentence
    /// stands, so on its own it draws a novella's summary from its first half.
    pub position_gain: f64,
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
    max_words: 20.0,
    position_gain: 0.0,
};

struct Candidate {
    sentence: usize,
    span: Range<usize>,
    /// Where the quoted plain text starts in the sentence's text (after a dateline).
    plain_start: usize,
    /// Where it ends (before a change entry's closing references).
    plain_end: usize,
    words: usize,
    vector: Vector,
    /// How readily it is picked: see [`quality::tier`].
    tier: Tier,
    /// The sentence a dangling opening would point back to: the one before it in the same
    /// section.
    antecedent: Option<usize>,
    /// The section it belongs to.
    section: Option<usize>,
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
    // Sentences in speakers' turns (a conversation when they are most).
    let mut turns = 0usize;
    for i in ids.clone() {
        let s = &article.sentences[i];
        turns += usize::from(
            article
                .blocks
                .get(s.block)
                .is_some_and(|b| b.kind == BlockKind::Turn),
        );
        // Who speaks is not what is said: a turn's speaker label is no term of it.
        counts.push(terms.push_terms(article.said(i), &mut flat));
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
    // Whether the text opens with a salutation.
    let mut saluted = false;
    // Where most sentences end in a word and a full stop, one that ends in " ." is a headline
    // or a caption line (as news feeds write them).
    let spaced_stops = {
        let spaced = article.sentences[ids.clone()]
            .iter()
            .filter(|s| s.text.ends_with(" ."))
            .count();
        spaced * 2 < n
    };
    // A change log's entries are written without full stops.
    let change_log = article.is_change_log();
    let section_of = |i: usize| {
        article
            .sentences
            .get(i)
            .and_then(|s| article.blocks.get(s.block))
            .map(|b| b.section)
    };
    for (k, i) in ids.clone().enumerate() {
        let s = &article.sentences[i];
        let words = counts[k];
        words_total += words;
        let src = text.get(s.span.clone()).unwrap_or("");
        let block_first = article
            .blocks
            .get(s.block)
            .is_none_or(|b| b.sentences.start == i);
        let (mut trim, mut plain_start) = if block_first {
            (
                furniture::dateline_len(src),
                furniture::dateline_len(&s.text),
            )
        } else {
            (0, 0)
        };
        // A plain-text list item's marker ("1. ", "- ") is no part of the prose quoted.
        if trim == 0 && article.format == Format::Plain {
            let marker = furniture::list_marker_len(src);
            if marker > 0 {
                trim = marker;
                plain_start = furniture::list_marker_len(&s.text);
            }
        }
        // A message's salutation ("Dear Ken,") is no part of what it says.
        if k == 0 && trim == 0 {
            let sal = letter::salutation_len(src);
            if sal > 0 {
                saluted = true;
                trim = sal;
                plain_start = skip_words(&s.text, src[..sal].split_whitespace().count());
            }
        }
        // A change entry's closing references ("(#48)", "by @alice in <pull link>") are no
        // part of the change quoted.
        let refs = changelog::trailing_refs(src, change_log);
        let (span_end, plain_end) = if refs < src.len() {
            let plain_end = changelog::trailing_refs(&s.text, change_log).max(plain_start);
            (s.span.start + refs.max(trim), plain_end)
        } else {
            (s.span.end, s.text.len())
        };
        let antecedent = (k > 0 && section_of(i - 1) == section_of(i)).then(|| k - 1);
        // Judged by the words a reader sees (a dateline or salutation left out).
        let seen = if plain_start > 0 || plain_end < s.text.len() {
            count_words(s.text.get(plain_start..plain_end).unwrap_or(""))
        } else {
            words
        };
        let tier = quality::tier(article, i, src, seen, spaced_stops, change_log);
        cands.push(Candidate {
            sentence: i,
            span: s.span.start + trim..span_end,
            plain_start,
            plain_end,
            words: seen,
            vector: weigh(&flat[bounds[k]..bounds[k + 1]], &idf),
            tier,
            antecedent,
            section: section_of(i),
        });
    }
    // A short message (an e-mail, a note) states its purpose first, even as a question put to
    // its reader: "Can you send me the figures by Friday?" is what it asks, not a question left
    // open (a teaser's "What happens when …?" stays one, and so do an interview's questions,
    // many, or standing as headings).
    // A letter of any length does the same: it opens with a salutation or closes with a
    // valediction or a signature.
    let letter = saluted
        || ids
            .clone()
            .rev()
            .take(2)
            .any(|i| letter::is_closing(&article.sentences[i].text));
    // So does a short note that speaks as "I" or to "you" from its first sentence on.
    let personal = words_total < PERSONAL_NOTE
        && cands
            .iter()
            .find(|c| c.tier != Tier::Never)
            .is_some_and(|c| speaks_personally(&article.sentences[c.sentence].text));
    let short_message = (words_total < SHORT_MESSAGE || letter || personal)
        && turns * 2 <= n
        && article.sections.len() <= 1;
    // An interview's questions are many; a message asks a few, at most half its sentences
    // (a third: e-mail dev set R1 35.51; half: 35.64).
    let questions = cands.iter().filter(|c| c.tier == Tier::Weak).count();
    if short_message && questions * 2 <= n {
        if let Some(c) = cands.iter_mut().find(|c| c.tier != Tier::Never) {
            // In a letter or a note under 150 words, whatever it opens by asking ("Did we
            // ever look at that storage project?"). E-mail dev set R1 35.31 -> 35.51.
            if c.tier == Tier::Weak
                && (letter
                    || words_total < SHORT_MESSAGE
                    || addresses_reader(&article.sentences[c.sentence].text))
            {
                c.tier = Tier::Good;
            }
        }
    }
    // A message that opens by thanking its reader for something says what it is about
    // ("Thank you for your RSVP to the reception on Wednesday …"), where an article's thanks
    // are furniture; so does one that opens with a short question to its reader ("Are you
    // coming?").
    if short_message {
        if let Some(c) = cands.first_mut() {
            let t = &article.sentences[c.sentence].text;
            let t = t.get(c.plain_start..c.plain_end).unwrap_or(t);
            let thanks = c.words >= 8 && opens_with_thanks_for(t);
            let asks = c.words == 3 && t.trim_end().ends_with('?') && addresses_reader(t);
            if c.tier == Tier::Never && (thanks || asks) {
                c.tier = Tier::Good;
            }
        }
    }
    // In a conversation a question carries the topic ("Have you read the new rules about
    // phones at work?"): it is as good as a statement — except in an interview, where the
    // answers carry the gist. Dialogue dev set R1 26.70 -> 27.69, meetings 26.32 -> 26.75.
    if turns * 2 > n && !is_interview(article, ids.clone(), &cands) {
        for c in cands.iter_mut().filter(|c| c.tier == Tier::Weak) {
            c.tier = Tier::Good;
        }
    }
    let title_vec = weigh(
        &{
            let mut t = title_terms;
            t.sort_unstable();
            t
        },
        &idf,
    );

    // A collection of reviews or comments: what most of them say, wherever it stands (a short
    // one reads as a note: e-mail dev set R1 35.51 -> 34.72 when four first-person paragraphs
    // under 150 words could be one).
    let collection = !short_message
        && turns * 2 <= n
        && article.sections.len() <= 1
        && collection::is_collection(article, text, ids.clone(), language);
    // Long documents summarized in a few sentences need sentences that carry more content
    // (word budgets keep the ranker's own lengths). In a conversation, what comes first is
    // greetings and small talk, not the gist: no lead prior.
    let (min_words, max_words) = match budget.max_words() {
        // Sentences long enough to say what the item is.
        _ if collection => (collection::MIN_WORDS, collection::MAX_WORDS),
        None => long_document_lengths(words_total, turns * 2 > n, p),
        Some(_) => (p.min_words, p.max_words),
    };
    // A message's opening may be short and still state its purpose ("Here's the contact info.").
    let min_words = if short_message {
        MESSAGE_MIN_WORDS
    } else {
        min_words
    };
    let p = &Params {
        min_words,
        max_words,
        // A collection has no lead prior either.
        lead_max: if turns * 2 > n || collection {
            0.0
        } else {
            p.lead_max
        },
        // In a short exchange a turn that answers what came before is as central as one that
        // raises what follows: similarity both ways counts (half as much backwards). Dialogue
        // dev set: backward weight 0 / 0.5 / 1 gave R1 26.04 / 26.70 / 26.17; long meetings
        // keep the forward-only centrality (QMSum 25.35 at 0, 24.70 at 0.5). In a collection
        // it counts fully both ways: no item comes first.
        back: if collection {
            p.fwd
        } else if turns * 2 > n && (words_total as f64) < LONG_FROM {
            CONVERSATION_BACK
        } else {
            p.back
        },
        // In a short message position decides as far as it can: a handful of sentences is
        // weak evidence of centrality.
        lead_base: if short_message {
            p.lead_max
        } else if collection {
            0.0
        } else {
            p.lead_base
        },
        lead_gain: if short_message { 0.0 } else { p.lead_gain },
        // Long prose, not a conversation (a meeting's opening sets its agenda: QMSum at equal
        // length R1 26.57 -> 24.43 with the correction) nor a collection (no order to correct),
        // and not sectioned by Markdown headings (a post's sections are its structure: two long
        // technical posts lost their opening definition for a parenthetical note; plain-text
        // headings are guesses, and a story's title lines and part numbers count as some).
        position_gain: if turns * 2 <= n
            && !collection
            && !(article.format == Format::Markdown && article.sections.len() > 1)
            && words_total as f64 >= POSITION_FROM
        {
            POSITION_GAIN
        } else {
            0.0
        },
        ..p.clone()
    };
    let mut scores = score(&cands, &title_vec, vocab, p);
    if collection {
        for (c, sc) in cands.iter().zip(scores.iter_mut()) {
            if collection::first_person(&article.sentences[c.sentence].text, language) == Some(true)
            {
                *sc *= collection::ANECDOTE;
            }
        }
    }
    // Sentences stating the text's contribution come before its background.
    let contribution = match language {
        Language::English => Some((
            quality::states_contribution as fn(&str) -> bool,
            CONTRIBUTION,
        )),
        Language::Chinese => Some((
            quality::states_contribution_zh as fn(&str) -> bool,
            CONTRIBUTION_ZH,
        )),
        _ => None,
    };
    // A letter's purpose is what it opens with, not the plan it proposes further down.
    if let Some((states, weight)) = contribution.filter(|_| !letter) {
        for (c, sc) in cands.iter().zip(scores.iter_mut()) {
            if states(&article.sentences[c.sentence].text) {
                *sc *= weight;
            }
        }
    }
    let k = budget.sentences(n, words_total);
    // Only sentences about to be picked are asked whether they dangle.
    let plain = |c: usize| {
        let t = &article.sentences[cands[c].sentence].text;
        t.get(cands[c].plain_start..cands[c].plain_end).unwrap_or(t)
    };
    // Whether a sentence's source opens with code ("`it` now names …").
    let opens_with_code = |c: usize| {
        text.get(cands[c].span.clone())
            .is_some_and(|s| s.trim_start().starts_with('`'))
    };
    let opening = |c: usize| {
        let t = plain(c);
        // Code is no pronoun.
        if opens_with_code(c) {
            return Opening::Standalone;
        }
        match dangling::opening(t, language) {
            // The first sentence under a heading may name what the heading names.
            Opening::Back
                if cands[c].antecedent.is_none() && dangling::names_its_subject(t, language) =>
            {
                Opening::Standalone
            }
            o => o,
        }
    };
    // Words as the reader sees them (a dateline left out), counted only for word budgets.
    let reader_words: Vec<usize> = match budget.max_words() {
        Some(_) => (0..n).map(|c| count_words(plain(c))).collect(),
        None => Vec::new(),
    };
    let budget_words = |c: usize| reader_words.get(c).copied().unwrap_or(cands[c].words);
    let (picked, cut) = select(
        &cands,
        &scores,
        vocab,
        k,
        budget.max_words(),
        p,
        opening,
        // The opening of a text with no title and no sections is read first, as the author
        // wrote it to be: a pronoun there points forward ("It's a striking image: …").
        article.title.is_none() && article.sections.len() <= 1,
        budget_words,
    );

    let max = picked.iter().map(|&c| scores[c]).fold(f64::MIN, f64::max);
    let min = scores.iter().copied().fold(f64::MAX, f64::min);
    // A sentence from the middle of a speaker's turn is quoted with its speaker, unless the
    // pick before it is from the same turn ("#Person2#: I will book them tonight."). Under a
    // word budget the label would cost a word the budget did not count: left out.
    let mut last_block = None;
    let mut picks: Vec<Pick> = picked
        .into_iter()
        .map(|c| {
            let i = cands[c].sentence;
            let block = article.sentences[i].block;
            // A turn's first sentence carries its label already.
            let opens_turn = article
                .blocks
                .get(block)
                .is_some_and(|b| b.sentences.start == i);
            let label = article.speaker(i).filter(|_| {
                !opens_turn && last_block != Some(block) && budget.max_words().is_none()
            });
            last_block = Some(block);
            // A turn is quoted in clean verbatim: its label as it is, what is said without
            // hesitations and restarts.
            let mut said = match article.blocks.get(block) {
                Some(b) if b.kind == BlockKind::Turn => {
                    let t = plain(c);
                    let head = t.len().saturating_sub(article.said(i).len());
                    match t.get(head..).map(|s| fluent::clean(s, language)) {
                        Some(Cow::Owned(s)) => Cow::Owned(format!("{}{s}", &t[..head])),
                        _ => Cow::Borrowed(t),
                    }
                }
                _ => Cow::Borrowed(plain(c)),
            };
            // A change entry quoted without its references keeps its full stop; in a change
            // log, one written without gets one, and so does a page's tagline.
            let whole = &article.sentences[i].text;
            let refs_cut = cands[c].plain_end < whole.len() && whole.trim_end().ends_with('.');
            if refs_cut || change_log || quality::is_tagline(article, block) {
                if let Some(stop) = super::missing_stop(&said) {
                    said.to_mut().push(stop);
                }
            }
            // An entry written in lower case ("add a guard") starts as a sentence; a scope
            // ("time: revert …"), an identifier ("unique_iter") or code ("`it` is …") stays
            // as written.
            if change_log && !opens_with_code(c) && changelog::lower_case_verb(&said) {
                let s = said.to_mut();
                s[..1].make_ascii_uppercase();
            }
            // Plain text copied from an encyclopedia or a paper is quoted without its reference
            // marks ("at school, [6] and" -> "at school, and").
            if article.format == Format::Plain && said.contains('[') {
                said = Cow::Owned(crate::article::citations::strip(said.into_owned()));
            }
            // ... and reStructuredText's roles and literals as their text.
            if article.format == Format::Plain && said.contains('`') {
                said = Cow::Owned(crate::article::rst::strip(said.into_owned()));
            }
            let (text, cut) = match (cut, budget.max_words(), label) {
                (true, Some(m), _) => (quality::cut_to_words(&said, m), true),
                (_, _, Some(l)) => (format!("{l} {said}"), false),
                _ => (said.into_owned(), false),
            };
            Pick {
                sentence: cands[c].sentence,
                span: cands[c].span.clone(),
                score: if max > min {
                    ((scores[c] - min) / (max - min)).clamp(0.0, 1.0)
                } else {
                    1.0
                },
                text,
                cut,
            }
        })
        .collect();
    // A sentence quoted from a longer quotation gets the marks it leaves open.
    let marks = quotes::marks(&picks, text);
    for (p, m) in picks.iter_mut().zip(&marks) {
        quotes::wrap(&mut p.text, m);
    }
    Summary {
        language,
        words: words_total,
        sentences: n,
        picks,
    }
}

/// Readable sentence lengths (min, max words) for a document of `words` words: the ranker's own
/// up to [`LONG_FROM`] words, growing with the log of the length to [`LONGEST`] (prose) or
/// [`LONGEST_TURNS`] (a conversation) at [`LONG_SPAN`] times that, so that the few sentences of a
/// meeting or a novella each carry a passage's content.
fn long_document_lengths(words: usize, conversation: bool, p: &Params) -> (f64, f64) {
    let t = ((words as f64 / LONG_FROM).ln() / LONG_SPAN.ln()).clamp(0.0, 1.0);
    let (min, max) = if conversation { LONGEST_TURNS } else { LONGEST };
    (
        p.min_words + t * (min - p.min_words),
        p.max_words + t * (max - p.max_words),
    )
}

/// [`Params::position_gain`] for long prose. Novella dev set at equal length: 0 / 1 / 2 / 3 / 4
/// gave R1 36.72 / 37.26 / 37.49 / 37.16 / 35.64, its picks by tenth of the story 90 56 41 22
/// 23 12 5 1 0 0 at 0 and 50 26 29 20 28 29 13 20 24 11 at 2 (a greedy ROUGE oracle: 42 19 22
/// 26 27 26 19 15 25 29); German encyclopedia articles, whose openings are representative,
/// unchanged (33.84 / 33.87 / 33.83).
const POSITION_GAIN: f64 = 2.0;

/// Texts from this many words on are long enough for [`Params::position_gain`]. From 1,000
/// words it cost news R1 0.07 (feature stories whose opening sets a scene); the novellas are
/// all longer than 3,800 words.
const POSITION_FROM: f64 = 2000.0;

/// How much more a sentence that states the text's contribution ("we propose", "this paper")
/// weighs: enough to come before the background of an abstract. Scientific-TLDR dev set:
/// 1.3 / 1.6 / 2.0 / 2.5 / 3.5 gave R1 32.0 / 33.1 / 34.2 / 35.5 / 37.0 (news and GUMSum
/// unchanged at each).
const CONTRIBUTION: f64 = 3.5;

/// The same for Chinese cues ("本文", "提出"). Chinese abstract → title dev set: 1 / 1.3 / 1.5 /
/// 2 / 2.5 / 3.5 gave R1 35.62 / 35.92 / 36.16 / 36.06 / 35.99 / 35.93 (R2 25.68 → 26.07 at 2).
const CONTRIBUTION_ZH: f64 = 2.0;

/// Byte offset in `t` after its first `n` words and the white space after them.
fn skip_words(t: &str, n: usize) -> usize {
    let mut rest = t;
    for _ in 0..n {
        rest = rest.trim_start();
        rest = rest.trim_start_matches(|c: char| !c.is_whitespace());
    }
    t.len() - rest.trim_start().len()
}

/// Shortest readable sentence of a message, in words. E-mail → subject line dev set: 6 / 4
/// gave R1 33.75 / 34.08 (news, GUMSum, abstracts unchanged).
const MESSAGE_MIN_WORDS: f64 = 4.0;

/// Texts shorter than this many words whose first sentence speaks as "I" or to "you" are
/// notes that state their purpose first. E-mail dev set R1 +0.23; 200 / 300 / 400 words cost
/// news R1 0.04 / 0.16 / 0.15 (its short stories quoting someone in their lead).
const PERSONAL_NOTE: usize = 200;

/// Whether a sentence opens "Thank you for your …" / "Thanks for your …" and ends as a statement.
fn opens_with_thanks_for(t: &str) -> bool {
    let head = t.get(..t.len().min(24)).unwrap_or("").to_ascii_lowercase();
    (head.starts_with("thank you for your ") || head.starts_with("thanks for your "))
        && t.trim_end().ends_with('.')
}

/// Whether an English sentence speaks as "I" or to "you".
fn speaks_personally(t: &str) -> bool {
    addresses_reader(t)
        || t.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| matches!(w, "I" | "I'm" | "I've" | "I'd" | "I'll"))
}

/// Whether an English sentence speaks to its reader ("you", "your").
fn addresses_reader(t: &str) -> bool {
    t.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("you") || w.eq_ignore_ascii_case("your"))
}

/// Whether a conversation is an interview: one speaker asks most of the questions and says
/// little else (under a third of the words).
fn is_interview(article: &Article, ids: Range<usize>, cands: &[Candidate]) -> bool {
    let mut words: Vec<(&str, usize, usize)> = Vec::new(); // (speaker, words, questions)
    let mut speaker = "";
    for (c, i) in cands.iter().zip(ids) {
        // Who speaks: the label a turn opens with, until the next one.
        if let Some(label) = article.speaker(i) {
            speaker = label;
        }
        let k = match words.iter().position(|w| w.0 == speaker) {
            Some(k) => k,
            None => {
                words.push((speaker, 0, 0));
                words.len() - 1
            }
        };
        words[k].1 += c.words;
        words[k].2 += usize::from(article.said(i).trim_end().ends_with(['?', '？']));
    }
    let total: usize = words.iter().map(|w| w.1).sum();
    let questions: usize = words.iter().map(|w| w.2).sum();
    words
        .iter()
        .any(|&(_, w, q)| q * 10 >= questions * 6 && q >= 2 && w * 3 < total)
}

/// Weight of similarity to earlier turns in a short conversation (see `back` in [`Params`]).
const CONVERSATION_BACK: f64 = 0.5;

/// Texts shorter than this many words (not conversations, no headings) are messages that state their purpose
/// first. E-mail → subject line dev set: R1 31.17 → 32.83 (100 / 150 / 200 words: 32.53 /
/// 32.83 / 33.34, but at 200 the scientific-TLDR set loses 0.5: abstracts run 150–250 words).
const SHORT_MESSAGE: usize = 150;

/// Documents longer than this many words prefer longer sentences …
const LONG_FROM: f64 = 1000.0;
/// … up to these (min, max) readable lengths at [`LONG_SPAN`] times that: a novella's or an
/// encyclopedia article's ten sentences each carry a passage (novella dev set, minimum 25 / 35 /
/// 45 words: R1 34.64 / 36.38 / 36.99; German encyclopedia 33.66 / 33.23 / 33.74) …
const LONGEST: (f64, f64) = (45.0, 120.0);
/// … while a meeting's turns are shorter (transcripts: R2 3.95 at 25, 3.63 at 45).
const LONGEST_TURNS: (f64, f64) = (25.0, 120.0);
const LONG_SPAN: f64 = 8.0;

impl Candidate {
    /// Counts for the lead prior: not furniture, not a fragment.
    fn eligible(&self) -> bool {
        self.tier != Tier::Never
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
    let elig: Vec<usize> = (0..n).filter(|&i| cands[i].eligible()).collect();
    let mean_all = elig.iter().map(|&i| central[i]).sum::<f64>() / elig.len().max(1) as f64;
    let head: Vec<usize> = elig.iter().copied().take(3).collect();
    let mean_head = head.iter().map(|&i| central[i]).sum::<f64>() / head.len().max(1) as f64;
    let rel = if mean_all > 0.0 {
        mean_head / mean_all
    } else {
        1.0
    };
    let lead_w = (p.lead_base + p.lead_gain * (rel - 1.0)).clamp(0.0, p.lead_max);
    // A story's later sentences have fewer sentences after them to be similar to: forward
    // centrality scaled up with position, by as much as the opening is unrepresentative.
    let alpha = p.position_gain * (1.0 - rel).max(0.0);
    if alpha > 0.0 {
        let nf = n as f64;
        for (i, d) in directed.iter_mut().enumerate() {
            *d *= (nf / ((n - i) as f64 + 0.2 * nf)).powf(alpha);
        }
    }

    let dmax = directed.iter().copied().fold(f64::MIN, f64::max);
    let dmin = directed.iter().copied().fold(f64::MAX, f64::min);
    let mut rank = 0usize;
    let mut out = Vec::with_capacity(n);
    for (i, c) in cands.iter().enumerate() {
        // Scaled by the strongest sentence, but not blown up when every sentence is nearly
        // unrelated to the rest (short texts): then position and title decide.
        let d = (directed[i] - dmin.min(0.0)) / (dmax - dmin.min(0.0)).max(p.evidence);
        let lead = if c.eligible() {
            (-(rank as f64) / p.lead_tau).exp()
        } else {
            0.0
        };
        if c.eligible() {
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

/// Greedy MMR selection under the budget; returns candidate indices in document order, and
/// whether the one pick is the best sentence to be cut to a word budget it does not fit.
///
/// Candidates are drawn from the best tier that has any (questions only when the text offers
/// no statement; fragments only when it offers nothing else). A sentence that opens by pointing
/// back brings its antecedent or gives way. Under a word budget, a sentence that does not fit
/// is not replaced by a much weaker one: the summary stops, or, when nothing fits at all, the
/// best sentence is cut.
#[allow(clippy::too_many_arguments)]
fn select(
    cands: &[Candidate],
    scores: &[f64],
    vocab: usize,
    k: usize,
    max_words: Option<usize>,
    p: &Params,
    opening: impl Fn(usize) -> Opening,
    text_opening: bool,
    words_of: impl Fn(usize) -> usize,
) -> (Vec<usize>, bool) {
    let n = cands.len();
    let Some(lowest) = cands.iter().map(|c| c.tier).min() else {
        return (Vec::new(), false);
    };
    let fits = |words: usize, extra: usize| max_words.is_none_or(|m| words + extra <= m);
    let mut cut_candidate: Option<usize> = None;
    let first_good = cands.iter().position(|c| c.tier == Tier::Good);
    for tier in [Tier::Good, Tier::Weak, Tier::Never] {
        if tier < lowest || k == 0 {
            continue;
        }
        // The last pass takes whatever there is, dangling or not.
        let strict = tier != Tier::Never;
        let allowed = |i: usize| cands[i].tier <= tier;
        let mut picked: Vec<usize> = Vec::new();
        let mut is_picked = vec![false; n];
        let mut skipped = vec![false; n];
        let mut words = 0usize;
        // Below this (adjusted) score nothing more is picked: set by a sentence that did not
        // fit the word budget.
        let mut floor = f64::MIN;
        // Redundancy of each candidate: its greatest similarity to a picked sentence, updated
        // as sentences are picked (each pick scattered once into a dense vector).
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
                if is_picked[i] || skipped[i] || !allowed(i) {
                    continue;
                }
                let s = scores[i] - p.mmr * redundancy[i];
                if best.is_none_or(|(_, b)| s > b) {
                    best = Some((i, s));
                }
            }
            let Some((i, s)) = best else { break };
            if s < floor {
                break;
            }
            // What picking `i` takes: itself, or its antecedent too.
            let mut take = vec![i];
            let opens = if strict {
                opening(i)
            } else {
                Opening::Standalone
            };
            if opens != Opening::Standalone {
                // A person named by an earlier pick from the same passage.
                let named = opens == Opening::Person
                    && picked
                        .iter()
                        .any(|&j| j < i && cands[j].section == cands[i].section);
                match cands[i].antecedent.filter(|&j| !is_picked[j]) {
                    None if cands[i].antecedent.is_some() => {}
                    _ if named => {}
                    None if text_opening && Some(i) == first_good => {}
                    Some(j)
                        if allowed(j)
                            && opening(j) == Opening::Standalone
                            && picked.len() + 2 <= k =>
                    {
                        take = vec![j, i];
                    }
                    _ => {
                        skipped[i] = true;
                        continue;
                    }
                }
            }
            let extra: usize = take.iter().map(|&x| words_of(x)).sum();
            if !fits(words, extra) {
                skipped[i] = true;
                if picked.is_empty() && cut_candidate.is_none() {
                    // Cut where the reader can start: the antecedent of a dangling sentence.
                    cut_candidate = Some(take[0]);
                }
                if s > 0.0 {
                    floor = floor.max(0.8 * s);
                }
                continue;
            }
            for x in take {
                is_picked[x] = true;
                picked.push(x);
                words += words_of(x);
            }
        }
        if !picked.is_empty() {
            picked.sort_unstable();
            return (picked, false);
        }
        if let Some(c) = cut_candidate {
            return (vec![c], true);
        }
    }
    (Vec::new(), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(sentence: usize, antecedent: Option<usize>) -> Candidate {
        Candidate {
            sentence,
            span: 0..0,
            plain_start: 0,
            plain_end: usize::MAX,
            words: 10,
            vector: Vec::new(),
            tier: Tier::Good,
            antecedent,
            section: Some(0),
        }
    }

    /// Sentence 2 opens with `opens`; sentence 1, its antecedent, scores low.
    fn picks(opens: Opening) -> Vec<usize> {
        let cands = [cand(0, None), cand(1, Some(0)), cand(2, Some(1))];
        let scores = [1.0, 0.1, 0.9];
        let opening = |c: usize| if c == 2 { opens } else { Opening::Standalone };
        select(&cands, &scores, 1, 2, None, &PARAMS, opening, false, |_| 10).0
    }

    #[test]
    fn a_personal_pronoun_stands_after_an_earlier_pick_of_the_passage() {
        assert_eq!(picks(Opening::Person), vec![0, 2]);
        // "This", "But": only the sentence right before it will do; with no room for it, the
        // sentence gives way.
        assert_eq!(picks(Opening::Back), vec![0, 1]);
        assert_eq!(picks(Opening::Standalone), vec![0, 2]);
    }

    /// A long text whose three opening sentences share nothing with the rest (a story's title
    /// and scene) and whose other 197 sentences say the same: the best of those.
    fn best_of_a_story(position_gain: f64) -> usize {
        let cands: Vec<Candidate> = (0..200)
            .map(|i| Candidate {
                vector: vec![(u32::from(i < 3), 1.0)],
                ..cand(i, None)
            })
            .collect();
        let p = Params {
            position_gain,
            lead_max: 0.0,
            ..PARAMS
        };
        let scores = score(&cands, &Vec::new(), 2, &p);
        (3..200)
            .max_by(|&a, &b| scores[a].total_cmp(&scores[b]))
            .unwrap_or(0)
    }

    #[test]
    fn a_long_storys_later_sentences_are_not_outweighed_by_position() {
        // Similarity to what follows alone: the earliest of equals.
        assert_eq!(best_of_a_story(0.0), 3);
        // Corrected for how many sentences follow each: from the last quarter.
        assert!(
            best_of_a_story(POSITION_GAIN) > 150,
            "{}",
            best_of_a_story(POSITION_GAIN)
        );
    }
}

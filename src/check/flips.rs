//! Negation and comparison flips: "not" on one side only, "rose" against "fell". English word
//! lists; other languages get no flips.

use super::tokens::Tok;

/// Whether a word negates what follows it.
pub(super) fn is_negator(lower: &str) -> bool {
    matches!(
        lower,
        "not"
            | "no"
            | "never"
            | "nor"
            | "neither"
            | "without"
            | "none"
            | "nobody"
            | "nothing"
            | "nowhere"
            | "cannot"
            | "n't"
            | "nt"
    ) || lower.ends_with("n't")
}

/// How far back a negator reaches ("did not immediately respond").
const REACH: usize = 3;

/// Whether the word at `i` is negated: a negator at most [`REACH`] words before it.
pub(super) fn negated(toks: &[Tok], i: usize) -> bool {
    toks[i.saturating_sub(REACH)..i]
        .iter()
        .any(|t| is_negator(&t.lower))
}

/// The word a summary's negator at `i` bears on: the first content word after it (not "not
/// only", "no longer", "no one").
pub(super) fn negated_word(toks: &[Tok], i: usize) -> Option<usize> {
    let next = toks.get(i + 1)?;
    if matches!(
        next.lower.as_str(),
        "only" | "just" | "longer" | "one" | "doubt"
    ) {
        return None;
    }
    (i + 1..toks.len().min(i + 1 + REACH))
        .find(|&k| toks[k].term.is_some() && !is_negator(&toks[k].lower))
}

/// A word's place on a scale: (axis, pole).
pub(super) fn polarity(lower: &str) -> Option<(u8, bool)> {
    const AXES: &[(&[&str], &[&str])] = &[
        (
            &[
                "rise",
                "rises",
                "rose",
                "risen",
                "rising",
                "increase",
                "increased",
                "increases",
                "increasing",
                "grew",
                "grow",
                "grows",
                "growing",
                "grown",
                "climb",
                "climbed",
                "climbs",
                "climbing",
                "jumped",
                "soared",
                "soars",
                "surged",
                "surges",
                "raised",
                "boosted",
            ],
            &[
                "fall",
                "falls",
                "fell",
                "fallen",
                "falling",
                "decrease",
                "decreased",
                "decreases",
                "decreasing",
                "dropped",
                "drops",
                "decline",
                "declined",
                "declines",
                "declining",
                "shrank",
                "shrinks",
                "shrunk",
                "plunged",
                "plunges",
                "slumped",
                "reduced",
                "cut",
                "cuts",
                "lowered",
            ],
        ),
        (
            &[
                "more", "most", "greater", "greatest", "larger", "largest", "bigger", "biggest",
                "higher", "highest",
            ],
            &[
                "less", "least", "fewer", "fewest", "smaller", "smallest", "lower", "lowest",
            ],
        ),
        (
            &[
                "win", "wins", "won", "winning", "winner", "winners", "victory", "beat", "beats",
            ],
            &[
                "lose", "loses", "lost", "losing", "loser", "losers", "defeat", "defeated",
            ],
        ),
        (
            &["before", "earlier", "earliest"],
            &["after", "later", "latest"],
        ),
        (&["best", "better"], &["worst", "worse"]),
        (
            &["guilty", "convicted"],
            &["innocent", "acquitted", "cleared"],
        ),
        (
            &["approve", "approved", "approves"],
            &["reject", "rejected", "rejects"],
        ),
        (&["older", "oldest"], &["younger", "youngest"]),
        (
            &["alive", "survived", "survive", "survives"],
            &["dead", "died", "killed"],
        ),
        (
            &["allowed", "allow", "allows", "permitted"],
            &["banned", "ban", "bans", "forbidden", "prohibited"],
        ),
        (&["maximum", "majority"], &["minimum", "minority"]),
        (
            &["success", "successful", "succeeded"],
            &["failure", "failed", "unsuccessful"],
        ),
        (
            &["accepted", "accept", "accepts"],
            &["refused", "refuse", "refuses"],
        ),
    ];
    AXES.iter().enumerate().find_map(|(a, (up, down))| {
        if up.contains(&lower) {
            Some((a as u8, true))
        } else if down.contains(&lower) {
            Some((a as u8, false))
        } else {
            None
        }
    })
}

/// A comparison flip: the summary word at `i` sits at one pole of a scale, the supporting
/// sentences only at the other.
pub(super) fn comparison_flip<'s>(
    toks: &[Tok],
    i: usize,
    support: impl IntoIterator<Item = &'s str>,
) -> bool {
    let Some((axis, pole)) = polarity(&toks[i].lower) else {
        return false;
    };
    let (mut same, mut other) = (false, false);
    for w in support {
        if let Some((a, p)) = polarity(w) {
            if a == axis {
                if p == pole {
                    same = true;
                } else {
                    other = true;
                }
            }
        }
    }
    other && !same
}

//! Lists and enumerations.

use super::check;

#[test]
fn markdown_lists() {
    check(
        "Shopping:\n- eggs\n- milk and bread\n* cheese\n• apples",
        &[
            "Shopping:",
            "- eggs",
            "- milk and bread",
            "* cheese",
            "• apples",
        ],
    );
    check(
        "Steps\n1. Open the box\n2. Take it out\n3) Plug it in",
        &[
            "Steps",
            "1. Open the box",
            "2. Take it out",
            "3) Plug it in",
        ],
    );
    check(
        "(a) first thing\n(b) second thing",
        &["(a) first thing", "(b) second thing"],
    );
}

#[test]
fn inline_enumeration_in_a_sentence_stays() {
    check(
        "The court held that (a) the rule applies and (b) the claim fails.",
        &["The court held that (a) the rule applies and (b) the claim fails."],
    );
}

#[test]
fn a_first_marker_after_a_colon_opens_the_first_item() {
    // An e-mail's list whose markers close the line before each item.
    check(
        "Here is what we have decided to do:  1.\nAs a condition to our execution of this Consent, we will execute an amendment.\n2.\nWe need to know the transfer date.",
        &[
            "Here is what we have decided to do:",
            "1.\nAs a condition to our execution of this Consent, we will execute an amendment.",
            "2.\nWe need to know the transfer date.",
        ],
    );
    check(
        "We agreed on three things: 1. Prices stay. 2. Dates move.",
        &[
            "We agreed on three things:",
            "1. Prices stay.",
            "2. Dates move.",
        ],
    );
    // A ratio is no list: "won 2: 1." stays the end of its sentence.
    check(
        "The final score was 2: 1. Then it rained.",
        &["The final score was 2: 1.", "Then it rained."],
    );
}

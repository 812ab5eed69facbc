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

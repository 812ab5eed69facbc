//! Lines, paragraphs, headings, captions and lower-cased text.

use super::check;

#[test]
fn paragraphs_and_headings() {
    check(
        "Introduction\n\nThe prevalence of X: Results from Y\n\nText starts here. It goes on.",
        &[
            "Introduction",
            "The prevalence of X: Results from Y",
            "Text starts here.",
            "It goes on.",
        ],
    );
    check(
        "# Title\nSome text here. More.",
        &["# Title", "Some text here.", "More."],
    );
    check("A line\r\n\r\nAnother line", &["A line", "Another line"]);
    check("Para one\u{2029}Para two", &["Para one", "Para two"]);
    check(
        "Breaking News\nThe president said on Monday that the plan would go ahead.",
        &[
            "Breaking News",
            "The president said on Monday that the plan would go ahead.",
        ],
    );
    check(
        "It ended well.\nMethods\nWe measured the length of every line in the corpus.",
        &[
            "It ended well.",
            "Methods",
            "We measured the length of every line in the corpus.",
        ],
    );
    check(
        "The committee met with\nJohn Smith and the others to discuss the budget for next year.",
        &["The committee met with\nJohn Smith and the others to discuss the budget for next year."],
    );
}

#[test]
fn caption_labels() {
    check(
        "Figure 2.3 Copper oxide, a powdery solid.",
        &["Figure 2.3", "Copper oxide, a powdery solid."],
    );
    check(
        "Figure 2.3 shows the result.",
        &["Figure 2.3 shows the result."],
    );
}

#[test]
fn lower_cased_text() {
    check(
        "he arrived at 5 p.m. on monday. the meeting began.",
        &["he arrived at 5 p.m. on monday.", "the meeting began."],
    );
    check(
        "mr. smith went to washington. he met sen. jones there. they talked about the u.s. economy. it was fine.",
        &[
            "mr. smith went to washington.",
            "he met sen. jones there.",
            "they talked about the u.s. economy.",
            "it was fine.",
        ],
    );
    check(
        "is it true? yes it is. \"really?\" she asked. no!",
        &["is it true?", "yes it is.", "\"really?\" she asked.", "no!"],
    );
}

#[test]
fn cased_text_does_not_split_before_lower_case() {
    check(
        "The results were good. the end.",
        &["The results were good. the end."],
    );
}

#[test]
fn a_quotation_wrapped_across_lines_is_no_title() {
    check(
        "A book named “Ruby source code Kanzen\nKaisetsu – Ruby Hacking Guide” by Aoki-san is out.",
        &["A book named “Ruby source code Kanzen\nKaisetsu – Ruby Hacking Guide” by Aoki-san is out."],
    );
    check(
        "He called it \"The Long\nMarch\" in his memoir and meant it.",
        &["He called it \"The Long\nMarch\" in his memoir and meant it."],
    );
}

//! Summaries a reader can trust (issue 9): plain text without markup, self-contained Markdown,
//! no template or directive text, no sentence that introduces what the summary does not show,
//! honest budgets and clear errors — run as a user runs the command line.

#[path = "support/run.rs"]
mod run;

use run::*;

const POST: &str = "tests/fixtures/release-notes.md";

#[test]
fn plain_text_has_no_markup_templates_or_introductions() {
    let out = stdout(&nutgraf(&["summarize", "--sentences", "3", POST], b""));
    assert_eq!(
        out,
        "Harbor 2.4 ships a rewritten sync engine that cuts memory use by half on large \
         repositories, and adds harbor sync --watch for live mirroring. The old engine stays \
         available behind a flag until version 3.0.\n"
    );
}

#[test]
fn json_keeps_source_bytes_and_adds_what_the_reader_sees() {
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "1", "--format", "json", POST],
        b"",
    ));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let s = &v["sentences"][0];
    let src = std::fs::read_to_string(POST).unwrap();
    let (a, b) = (
        s["start"].as_u64().unwrap() as usize,
        s["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(s["text"], src[a..b]);
    assert_eq!(
        s["text"],
        "Harbor 2.4 ships a rewritten [sync engine][engine] that cuts memory use by half on large\n\
         repositories, and adds `harbor sync --watch` for live mirroring."
    );
    assert_eq!(
        s["plain"],
        "Harbor 2.4 ships a rewritten sync engine that cuts memory use by half on large \
         repositories, and adds harbor sync --watch for live mirroring."
    );
    assert_eq!(v["summary"], s["plain"]);
}

#[test]
fn markdown_block_resolves_reference_links_and_drops_footnotes() {
    let out = stdout(&nutgraf(
        &[
            "summarize",
            "--sentences",
            "1",
            "--format",
            "markdown",
            POST,
        ],
        b"",
    ));
    assert_eq!(
        out,
        "<!-- nutgraf:summary -->\n> **TL;DR:** Harbor 2.4 ships a rewritten \
         [sync engine](https://example.com/docs/sync \"Sync engine\") that cuts memory use by half \
         on large repositories, and adds `harbor sync --watch` for live mirroring.\n\
         <!-- /nutgraf:summary -->\n"
    );
}

#[test]
fn word_budgets_are_ceilings_and_cut_the_best_sentence() {
    let out = stdout(&nutgraf(&["summarize", "--words", "12", POST], b""));
    assert_eq!(
        out,
        "Harbor 2.4 ships a rewritten sync engine that cuts memory use…\n"
    );
    // Fewer, better sentences: the one that fits is not replaced by a weaker filler.
    let out = stdout(&nutgraf(&["summarize", "--words", "30", POST], b""));
    assert_eq!(
        out,
        "Harbor 2.4 ships a rewritten sync engine that cuts memory use by half on large \
         repositories, and adds harbor sync --watch for live mirroring.\n"
    );
}

#[test]
fn dangling_openings_give_way_at_one_sentence() {
    let story = "The harbour council approved a flood barrier for the old town on Tuesday.\n\n\
                 It will cost the city about forty million euros over ten years.\n\n\
                 But critics said the barrier would not protect the eastern docks at all.\n";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "1", "-"],
        story.as_bytes(),
    ));
    assert_eq!(
        out,
        "The harbour council approved a flood barrier for the old town on Tuesday.\n"
    );
}

#[test]
fn the_opening_of_an_untitled_text_may_point_forward() {
    let story = "It's a striking image: a new baby cradled in the American flag, held by a Navy sailor.\n\n\
                 The photo was taken by a photographer in Virginia, who shared it on social media last week.\n\n\
                 The photographer said the image was meant to honour the baby's father.\n\n\
                 Thousands of people shared the image within a day.\n";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "1", "-"],
        story.as_bytes(),
    ));
    assert_eq!(
        out,
        "It's a striking image: a new baby cradled in the American flag, held by a Navy sailor.\n"
    );
}

#[test]
fn interviews_summarize_answers_not_questions() {
    let interview = "What made you start the harbour project in the first place?\n\n\
        The floods of 2019 destroyed the market twice, and nobody had a plan to stop the next one.\n\n\
        How did the council react to your proposal?\n\n\
        The council backed the barrier after engineers showed it would protect the market and the docks.\n";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "2", "-"],
        interview.as_bytes(),
    ));
    assert!(!out.contains('?'), "{out}");
}

#[test]
fn nonsense_budgets_are_usage_errors() {
    for args in [
        ["summarize", "--sentences", "0", POST],
        ["summarize", "--words", "0", POST],
        ["summarize", "--ratio", "0", POST],
    ] {
        let out = nutgraf(&args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert!(String::from_utf8_lossy(&out.stderr).contains("must be"));
    }
}

#[test]
fn input_without_prose_is_nothing_to_summarize() {
    for input in [
        &b"... !!! ??? --- ***"[..],
        b"```\nfn main() {}\n```\n",
        b"   \n\t\n",
    ] {
        let out = nutgraf(&["summarize", "-"], input);
        assert_eq!(out.status.code(), Some(1), "{input:?}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("nothing to summarize"), "{err}");
    }
}

#[test]
fn front_matter_on_stdin_means_markdown() {
    let doc = "---\ntitle: Barrier\ndescription: The council approved the barrier.\n---\n\n\
               The harbour council approved a flood barrier for the old town on Tuesday.\n";
    let out = stdout(&nutgraf(&["summarize", "-"], doc.as_bytes()));
    assert_eq!(
        out,
        "The harbour council approved a flood barrier for the old town on Tuesday.\n"
    );
}

#[test]
fn input_past_max_bytes_is_refused() {
    let out = nutgraf(
        &["summarize", "--max-bytes", "10", "-"],
        b"The harbour council approved a flood barrier.",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--max-bytes"));
}

#[test]
fn an_authors_tldr_is_not_wrapped_in_ours() {
    let doc = "# Harbour barrier\n\n**TL;DR:** The town finally has a flood plan, and it is a good one.\n\n\
               The harbour council approved a flood barrier for the old town on Tuesday. \
               It will cost the city about forty million euros over ten years.\n";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "1", "--markdown", "-"],
        doc.as_bytes(),
    ));
    assert_eq!(
        out,
        "The harbour council approved a flood barrier for the old town on Tuesday.\n"
    );
}

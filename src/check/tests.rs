//! Exact findings on real-looking documents, one kind at a time.

use super::*;
use crate::article::Format;

const STORY: &str = "---
title: Bus crash on the A9
dek: Twelve people died when a coach left the road near Pitlochry on Sunday.
---

# Bus crash on the A9

Eleven people died when a coach carrying 48 passengers left the A9 near Pitlochry on Sunday evening.

Police Scotland said 23 others were taken to Perth Royal Infirmary. The driver, Alan Reid, was not arrested.

The operator, Highland Coaches, said its fleet was inspected in March. Road deaths in the region rose by 12% in 2014, according to the council.

\"We are devastated,\" said Fiona Grant, the company's director.
";

fn run(doc: &str, format: Format, summary: &str) -> Report {
    let a = Article::parse(doc, format);
    check(&a, doc, summary, Some(Language::English))
}

/// (kind, text, in the article elsewhere) of each finding.
fn found(r: &Report) -> Vec<(Kind, &str, bool)> {
    r.findings
        .iter()
        .map(|f| (f.kind, f.text.as_str(), f.in_article))
        .collect()
}

#[test]
fn dek_with_a_wrong_number() {
    let a = Article::parse(STORY, Format::Markdown);
    let dek = a.author_summary().cloned().expect("dek");
    let r = check(&a, STORY, &dek.text, None);
    assert_eq!(found(&r), [(Kind::Number, "Twelve", false)]);
    let f = &r.findings[0];
    assert_eq!(&dek.text[f.span.clone()], "Twelve");
    // The closest sentence is the one that says "Eleven".
    let support = &a.sentences[f.support.unwrap()].text;
    assert!(support.starts_with("Eleven people died"), "{support}");
    assert!(r.score < 0.5, "{}", r.score);
}

#[test]
fn description_with_a_name_not_in_the_body() {
    let r = run(
        STORY,
        Format::Markdown,
        "Eleven people died near Pitlochry. Driver John Reid was not arrested.",
    );
    assert_eq!(found(&r), [(Kind::Name, "John", false)]);
    // A name from elsewhere in the story, where another is meant.
    let r = run(
        STORY,
        Format::Markdown,
        "Eleven people died when a coach driven by Fiona Grant left the A9.",
    );
    assert_eq!(found(&r), [(Kind::Name, "Fiona Grant", true)]);
}

#[test]
fn faithful_paraphrases_have_no_finding() {
    for summary in [
        "Eleven people were killed when a coach with 48 passengers came off the A9 on Sunday. \
         Another 23 were taken to hospital in Perth; the driver was not arrested.",
        "11 died and 23 were hurt in Sunday's coach crash near Pitlochry.",
        "road deaths in the region rose 12 per cent in 2014 , the council says .",
        "The company's director said staff were \"devastated\".",
    ] {
        let r = run(STORY, Format::Markdown, summary);
        assert_eq!(found(&r), [], "{summary}");
        assert!(r.score > 0.6, "{summary}: {}", r.score);
    }
}

#[test]
fn each_kind() {
    type Want<'a> = &'a [(Kind, &'a str, bool)];
    let cases: &[(&str, Want)] = &[
        (
            "Eleven people died when a coach carrying 84 passengers crashed.",
            &[(Kind::Number, "84", false)],
        ),
        // 23 is in the story, but said of the injured.
        (
            "Twenty-three people died when a coach left the A9.",
            &[(Kind::Number, "Twenty-three", true)],
        ),
        (
            "Eleven people died when a coach left the A9 on Saturday.",
            &[(Kind::Date, "Saturday", false)],
        ),
        (
            "Road deaths in the region rose by 12% in 2013.",
            &[(Kind::Date, "2013", false)],
        ),
        (
            "Road deaths in the region fell by 12% in 2014.",
            &[(Kind::Comparison, "fell", false)],
        ),
        (
            "The driver, Alan Reid, was arrested.",
            &[(Kind::Negation, "arrested", false)],
        ),
        (
            "Highland Coaches said its fleet was not inspected in March.",
            &[(Kind::Negation, "not inspected", false)],
        ),
        (
            "The director said: \"We are devastated and ashamed.\"",
            &[(Kind::Quote, "We are devastated and ashamed", false)],
        ),
        (
            "A speeding lorry hit a cyclist in Glasgow.",
            &[
                (Kind::Word, "speeding lorry hit", false),
                (Kind::Word, "cyclist", false),
                (Kind::Name, "Glasgow", false),
            ],
        ),
        (
            "The fleet was inspected in April.",
            &[(Kind::Date, "April", false)],
        ),
    ];
    for (summary, want) in cases {
        let r = run(STORY, Format::Markdown, summary);
        assert_eq!(found(&r), *want, "{summary}");
        assert!(r.score < 0.9, "{summary}: {}", r.score);
    }
}

#[test]
fn lower_cased_tokenized_text() {
    let doc = STORY.to_lowercase();
    let r = run(
        &doc,
        Format::Markdown,
        "twelve people died when a coach left the a9 near pitlochry .",
    );
    assert_eq!(found(&r), [(Kind::Number, "twelve", false)]);
    // Names come from the article's own capitals when the summary has none.
    let r = run(
        STORY,
        Format::Markdown,
        "the driver , fiona grant , was not arrested .",
    );
    assert_eq!(found(&r), [(Kind::Name, "fiona grant", true)]);
    let r = run(
        STORY,
        Format::Markdown,
        "eleven people died near pitlochry , police scotland said .",
    );
    assert_eq!(found(&r), []);
}

#[test]
fn spans_scores_and_odd_input() {
    let summary = "Eleven died. Twelve died.";
    let r = run(STORY, Format::Markdown, summary);
    assert_eq!(r.sentences.len(), 2);
    assert_eq!(r.findings.len(), 1);
    assert_eq!(&summary[r.findings[0].span.clone()], "Twelve");
    assert!(r.sentences[0].score > r.sentences[1].score);
    for s in [
        "",
        "   ",
        "…",
        "\"",
        "“",
        "$",
        "1e999 9999999999999999999999 bn",
        "\u{0}",
    ] {
        let r = run(STORY, Format::Markdown, s);
        assert!((0.0..=1.0).contains(&r.score), "{s:?}");
        let r = run(s, Format::Plain, STORY);
        assert!((0.0..=1.0).contains(&r.score), "{s:?}");
    }
    // The dek is not evidence for itself.
    let a = Article::parse(STORY, Format::Markdown);
    let plain = "Storm\n\nTL;DR: The barrier failed and forty homes flooded.\n\nThe barrier held. No homes flooded.\n";
    let p = Article::parse(plain, Format::Plain);
    let tldr = p.author_summary().cloned().expect("tl;dr");
    let r = check(&p, plain, &tldr.text, None);
    assert!(
        r.findings.iter().any(|f| f.kind == Kind::Number),
        "{:?}",
        r.findings
    );
    assert!(a.author_summary().is_some());
}

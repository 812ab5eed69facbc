//! Properties of `split_sentences` and `split_sentences_in` (every language) on arbitrary
//! input: spans are in bounds, on char boundaries, ordered, non-overlapping, trimmed and
//! non-empty, and together they keep every non-white-space character of the input.

use nutgraf::text::{split_sentences, split_sentences_in, Language};
use proptest::prelude::*;

/// Every language `split_sentences_in` knows.
const LANGUAGES: [Language; 22] = [
    Language::Arabic,
    Language::Danish,
    Language::Dutch,
    Language::English,
    Language::Finnish,
    Language::French,
    Language::German,
    Language::Greek,
    Language::Hungarian,
    Language::Italian,
    Language::Norwegian,
    Language::Portuguese,
    Language::Romanian,
    Language::Russian,
    Language::Spanish,
    Language::Swedish,
    Language::Tamil,
    Language::Turkish,
    Language::Chinese,
    Language::Japanese,
    Language::Korean,
    Language::Other,
];

fn check(text: &str) -> Result<(), TestCaseError> {
    check_spans(text, &split_sentences(text))
}

fn check_spans(text: &str, spans: &[std::ops::Range<usize>]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    let mut kept = String::new();
    for r in spans {
        prop_assert!(r.start < r.end, "empty span {r:?} in {text:?}");
        prop_assert!(r.end <= text.len(), "span {r:?} out of bounds in {text:?}");
        prop_assert!(
            r.start >= prev_end,
            "span {r:?} overlaps or is out of order in {text:?}"
        );
        prop_assert!(
            text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
            "span {r:?} not on char boundaries in {text:?}"
        );
        let s = &text[r.clone()];
        prop_assert_eq!(s.trim(), s, "span {:?} not trimmed in {:?}", r, text);
        kept.extend(s.chars().filter(|c| !c.is_whitespace()));
        prev_end = r.end;
    }
    let all: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    prop_assert_eq!(kept, all, "text lost in {:?}", text);
    Ok(())
}

/// Pieces that exercise the segmenter's rules.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(". ".to_string()),
        Just(".".to_string()),
        Just("...".to_string()),
        Just(". . .".to_string()),
        Just("…".to_string()),
        Just("?! ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{2028}".to_string()),
        Just("\u{2029}".to_string()),
        Just("\u{85}".to_string()),
        Just(" ".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{3000}".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("’".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("[1]".to_string()),
        Just("[".to_string()),
        Just("**".to_string()),
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("e.g.".to_string()),
        Just("a.m.".to_string()),
        Just("etc.".to_string()),
        Just("No.".to_string()),
        Just("J.".to_string()),
        Just("1.".to_string()),
        Just("2)".to_string()),
        Just("(a)".to_string()),
        Just("- ".to_string()),
        Just("* ".to_string()),
        Just("• ".to_string()),
        Just("⁃".to_string()),
        Just("# ".to_string()),
        Just("Figure 2.3 ".to_string()),
        Just("3.5".to_string()),
        Just("https://x.com/a.b?x=1".to_string()),
        Just("jane.doe@example.co.uk".to_string()),
        Just("。".to_string()),
        Just("！".to_string()),
        Just("．".to_string()),
        Just("」".to_string()),
        Just("।".to_string()),
        Just("؟".to_string()),
        Just("‼".to_string()),
        Just("The".to_string()),
        Just("the".to_string()),
        Just("He".to_string()),
        Just("word".to_string()),
        Just("I".to_string()),
        Just("Tolkien".to_string()),
        Just("今天".to_string()),
        Just("方法".to_string()),
        Just("„".to_string()),
        Just("“".to_string()),
        Just("«".to_string()),
        Just("» ".to_string()),
        Just(" '' ".to_string()),
        Just(",,".to_string()),
        Just("``".to_string()),
        Just("「".to_string()),
        Just("」".to_string()),
        Just("《".to_string()),
        Just("》".to_string()),
        Just("と".to_string()),
        Just("z. B.".to_string()),
        Just("bzw.".to_string()),
        Just("am 19.".to_string()),
        Just("Februar".to_string()),
        Just("(* ".to_string()),
        Just("1. -3.".to_string()),
        Just("т. е.".to_string()),
        Just("г.".to_string()),
        Just("Г.".to_string()),
        Just("В".to_string()),
        Just("M.".to_string()),
        Just("l'art.".to_string()),
        Just("p. ej.".to_string()),
        Just("EE. UU.".to_string()),
        Just(";".to_string()),
        Just("; ".to_string()),
        Just(" / ".to_string()),
        Just("É".to_string()),
        "[a-zA-Z]{1,8}",
        "[0-9]{1,4}",
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn punctuation_heavy_strings(text in "[ .!?…。\"'“”’()\\[\\]\n\r\t\u{a0}\u{2029}a-cA-C0-9*_#•-]{0,60}") {
        check(&text)?;
    }

    #[test]
    fn rule_pieces(pieces in prop::collection::vec(piece(), 0..40)) {
        check(&pieces.concat())?;
    }

    #[test]
    fn rule_pieces_in_every_language(
        pieces in prop::collection::vec(piece(), 0..40),
        lang in 0..LANGUAGES.len(),
    ) {
        let text = pieces.concat();
        check_spans(&text, &split_sentences_in(&text, LANGUAGES[lang]))?;
    }

    #[test]
    fn arbitrary_strings_in_every_language(text in any::<String>(), lang in 0..LANGUAGES.len()) {
        check_spans(&text, &split_sentences_in(&text, LANGUAGES[lang]))?;
    }
}

#[test]
fn other_is_the_neutral_splitter() {
    let text = "Er kam am 19. Februar. Dann ging er, z. B. nach Hause. 方法.结果 OK! «Oui. » Non.";
    assert_eq!(
        split_sentences_in(text, Language::Other),
        split_sentences(text)
    );
}

#[test]
fn long_and_degenerate_inputs() {
    for text in [
        ".".repeat(10_000),
        ". ".repeat(5_000),
        "\n".repeat(10_000),
        "a. ".repeat(3_000),
        "1. A ".repeat(3_000),
        "1) A ".repeat(3_000),
        "。".repeat(3_000),
        "x".repeat(100_000),
        "Mr. ".repeat(3_000),
        "- a\n".repeat(3_000),
        "x 1. y ".repeat(20_000),
        "at the U.S. The ".repeat(10_000),
        "a... b ".repeat(10_000),
        "so . . . and ".repeat(10_000),
        "(1) x ".repeat(10_000),
        "« a. ".repeat(10_000),
        "「あ。".repeat(10_000),
        "am 1. ".repeat(10_000),
        "z. B. ".repeat(10_000),
        "a. '' ".repeat(10_000),
        "x; ".repeat(10_000),
    ] {
        for lang in LANGUAGES {
            let start = std::time::Instant::now();
            check_spans(&text, &split_sentences_in(&text, lang)).unwrap();
            assert!(
                start.elapsed().as_secs() < 5,
                "slow on {:?}… in {lang:?}",
                &text[..20]
            );
        }
    }
}

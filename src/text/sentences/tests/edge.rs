//! Empty and degenerate inputs, exact spans, cases from pySBD's issue tracker.

use super::check;
use crate::text::sentences::split_sentences;

#[test]
fn empty_and_blank() {
    check("", &[]);
    check("   \n\n\t ", &[]);
    check("Hello", &["Hello"]);
    check("  Hello world.  ", &["Hello world."]);
}

#[test]
fn spans_are_exact() {
    let text = "  One.  Two?\n\n Three!  ";
    assert_eq!(split_sentences(text), vec![2..6, 8..12, 15..21]);
}

#[test]
fn odd_inputs_do_not_panic() {
    for t in [
        ".",
        "..",
        "...",
        "…",
        "?",
        "!?",
        "\n",
        "\r",
        "\r\n",
        "\u{2028}",
        "\u{2029}",
        "a.b.c.",
        ". . .",
        "\"",
        "“",
        "(",
        "[1]",
        "[",
        "1.",
        "1)",
        "a)",
        "#",
        "# ",
        "•",
        "-",
        "- ",
        "Mr.",
        "e.g.",
        "x\u{85}y",
        "。",
        "．",
        "１．５",
        "\u{feff}.",
        "é. É",
        "ß. ẞ",
        "Ǆ. ǅ",
    ] {
        let spans = split_sentences(t);
        for r in spans {
            assert!(!t[r].trim().is_empty());
        }
    }
}

#[test]
fn pysbd_issues() {
    check(
        "This new form of generalized PDF in (9) is generic and suitable for all the fading models presented in Table I withbranches MRC reception. In section III, (9) will be used in the derivations of the unified ABER and ACC expression.",
        &[
            "This new form of generalized PDF in (9) is generic and suitable for all the fading models presented in Table I withbranches MRC reception.",
            "In section III, (9) will be used in the derivations of the unified ABER and ACC expression.",
        ],
    );
    check(
        "Random walk models (Skellam, 1951;Turchin, 1998) received a lot of attention such as State-Space Models (SSM) (Jonsen et al., 2003(Jonsen et al., , 2005 and Brownian Bridge Movement Model (BBMM) (Horne et al., 2007). Nevertheless, these models require heavy computational resources (Patterson et al., 2008) and unrealistic hypotheses.",
        &[
            "Random walk models (Skellam, 1951;Turchin, 1998) received a lot of attention such as State-Space Models (SSM) (Jonsen et al., 2003(Jonsen et al., , 2005 and Brownian Bridge Movement Model (BBMM) (Horne et al., 2007).",
            "Nevertheless, these models require heavy computational resources (Patterson et al., 2008) and unrealistic hypotheses.",
        ],
    );
    check(
        "Thus, we compute EMC 3 's response time-i.e., the duration of a call; and then we estimate throughput [28]-i.e., the maximum number of users. EMC 3 algorithm is implemented in Java.",
        &[
            "Thus, we compute EMC 3 's response time-i.e., the duration of a call; and then we estimate throughput [28]-i.e., the maximum number of users.",
            "EMC 3 algorithm is implemented in Java.",
        ],
    );
    check(
        "Proof. First let v be incident to three leaves. Applying this produces the set required by (3). Definition 3.4. Given a graph G = (V, E), define X.",
        &[
            "Proof.",
            "First let v be incident to three leaves.",
            "Applying this produces the set required by (3).",
            "Definition 3.4.",
            "Given a graph G = (V, E), define X.",
        ],
    );
    check(".", &["."]);
    check("..", &[".."]);
    check(". . .", &[". . ."]);
    check("! ! !", &["! ! !"]);
    check("??", &["??"]);
    check(
        "T stands for the vector transposition. As shown in Fig. ??",
        &[
            "T stands for the vector transposition.",
            "As shown in Fig. ??",
        ],
    );
    check("Fig. ??", &["Fig. ??"]);
    check(
        "1) The first item. 2) The second item.",
        &["1) The first item.", "2) The second item."],
    );
}

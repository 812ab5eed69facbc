//! Ellipses, quotes and brackets, question and exclamation marks, citations, Markdown marks.

use super::check;

#[test]
fn ellipses() {
    check("Wait... what?", &["Wait... what?"]);
    check("He paused… Then left.", &["He paused…", "Then left."]);
    check("He paused... Then left.", &["He paused...", "Then left."]);
    check(
        "Really? ... There is more.",
        &["Really? ...", "There is more."],
    );
}

#[test]
fn quotes_and_brackets() {
    check(
        "He said \"no.\" Then left.",
        &["He said \"no.\"", "Then left."],
    );
    check("(See below.) Next one.", &["(See below.)", "Next one."]);
    check("He said “no.” Then left.", &["He said “no.”", "Then left."]);
    check("He said ‘no.’ Then left.", &["He said ‘no.’", "Then left."]);
    check(
        "“Are you sure?” she asked.",
        &["“Are you sure?” she asked."],
    );
    check(
        "He asked: “Why?” Nobody knew.",
        &["He asked: “Why?”", "Nobody knew."],
    );
}

#[test]
fn question_and_exclamation() {
    check("What?! No way!!! Yes.", &["What?!", "No way!!!", "Yes."]);
    check("Is it?? I think so!", &["Is it??", "I think so!"]);
}

#[test]
fn speech_tags_after_quotes() {
    check(
        "“Why?” Smith asked. Nobody knew.",
        &["“Why?” Smith asked.", "Nobody knew."],
    );
    check(
        "\"Stop!\" shouted the guard. We stopped.",
        &["\"Stop!\" shouted the guard.", "We stopped."],
    );
    check(
        "\"Go home.\" John Smith said the next day.",
        &["\"Go home.\"", "John Smith said the next day."],
    );
    check(
        "“Why?” Camus said many people are afraid.",
        &["“Why?”", "Camus said many people are afraid."],
    );
    check(
        "“Why?” Kimberly Hoskin said of the courts.",
        &["“Why?” Kimberly Hoskin said of the courts."],
    );
    check("\"Is it?\" The man left.", &["\"Is it?\"", "The man left."]);
}

#[test]
fn exclamation_in_names() {
    check(
        "Ghosh and Mahdian [86] at Yahoo! Research extended our work, and a system was built at Yahoo!",
        &["Ghosh and Mahdian [86] at Yahoo! Research extended our work, and a system was built at Yahoo!"],
    );
    check(
        "Help! The house is on fire!",
        &["Help!", "The house is on fire!"],
    );
}

#[test]
fn markdown_inline() {
    check(
        "This is **bold.** Next one.",
        &["This is **bold.**", "Next one."],
    );
    check(
        "See [a link](https://x.com/a.b). Next one.",
        &["See [a link](https://x.com/a.b).", "Next one."],
    );
    check(
        "Run `code.rs` now. Then stop.",
        &["Run `code.rs` now.", "Then stop."],
    );
    check("It is _done._ Next.", &["It is _done._", "Next."]);
}

#[test]
fn citations() {
    check(
        "Bias has been the focus of much research. [1 - 3] Sociologists have explored it [3 – 5].",
        &[
            "Bias has been the focus of much research. [1 - 3]",
            "Sociologists have explored it [3 – 5].",
        ],
    );
    check(
        "It is known.[4][5] Others agree.",
        &["It is known.[4][5]", "Others agree."],
    );
    check(
        "As Gibbons et al. [4] showed.",
        &["As Gibbons et al. [4] showed."],
    );
    check(
        "As Smith et al. (2010) showed.",
        &["As Smith et al. (2010) showed."],
    );
}

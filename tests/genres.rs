//! Beyond news (issue 10): sentence rules by language, transcripts as turns, the contribution
//! of an abstract, long documents — run as a user runs the command line.

#[path = "support/run.rs"]
mod run;

use run::*;

const GERMAN: &str =
    "Sie wurde am 19. Februar 1980 in Bern geboren. Danach zog sie z. B. nach Wien.";

#[test]
fn sentences_follow_the_language() {
    let out = stdout(&nutgraf(
        &["sentences", "--language", "de", "-"],
        GERMAN.as_bytes(),
    ));
    assert_eq!(
        out,
        "Sie wurde am 19. Februar 1980 in Bern geboren.\nDanach zog sie z. B. nach Wien.\n"
    );
    // A --jsonl record's "lang" wins over the command line's language.
    let line = serde_json::json!({"id": 1, "lang": "de", "text": GERMAN}).to_string() + "\n";
    let out = stdout(&nutgraf(
        &["sentences", "--jsonl", "--language", "en"],
        line.as_bytes(),
    ));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["sentences"].as_array().unwrap().len(), 2, "{out}");
    // An unknown language is a usage error (exit 2), as for `check`.
    let out = nutgraf(&["sentences", "--language", "xx", "-"], b"Text.");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "nutgraf: unknown language 'xx' (use auto or a code such as en, de, ru, zh)
"
    );
}

#[test]
fn transcripts_are_summarized_by_turns() {
    let meeting = "Project Manager: {vocalsound} Okay .\n\
        Marketing: That went well , thank you .\n\
        Project Manager: So um this meeting is about the conceptual design of the remote control .\n\
        Industrial Designer: {vocalsound} Yeah .\n\
        Industrial Designer: The remote control will run on a a kinetic battery that charges when you sh uh shake it .\n\
        User Interface: Uh the buttons should be large and rubber so that older users can find them .\n\
        Marketing: Our research says people lose the remote , so it should beep when you whistle .\n";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "2", "-"],
        meeting.as_bytes(),
    ));
    assert!(!out.contains('{'), "{out}");
    assert!(
        !out.contains("Okay") && !out.contains("Yeah") && !out.contains("thank you"),
        "{out}"
    );
    assert_eq!(
        out.matches(": ").count(),
        2,
        "two turns, each with its speaker: {out}"
    );
    // In clean verbatim: no hesitations, restarts or spaces before punctuation.
    assert_eq!(
        out,
        "Project Manager: So this meeting is about the conceptual design of the remote control. \
         Industrial Designer: The remote control will run on a kinetic battery that charges when \
         you shake it.\n"
    );
}

#[test]
fn an_abstract_is_summarized_by_its_contribution() {
    let abstract_ = "Transformers are the dominant architecture for sequence modelling. \
        Their attention layers cost time quadratic in the length of the input. \
        Many approximations have been suggested, but few are used in practice. \
        In this paper, we propose a sparse attention scheme that runs in linear time and matches \
        dense attention on long-document benchmarks. \
        Experiments cover summarization and question answering.";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "1", "-"],
        abstract_.as_bytes(),
    ));
    assert_eq!(
        out,
        "In this paper, we propose a sparse attention scheme that runs in linear time and \
         matches dense attention on long-document benchmarks.\n"
    );
}

#[test]
fn a_short_message_is_summarized_by_what_it_asks() {
    let mail = "Mark,\n\nCan you send me the revised budget for the Houston office by Friday?\n\
                The board meets on Monday and I want to walk them through the new numbers.\n\
                Karen has the old version if you need it.\n\nThanks,\nSally\n";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "1", "-"],
        mail.as_bytes(),
    ));
    assert_eq!(
        out,
        "Can you send me the revised budget for the Houston office by Friday?\n"
    );
}

#[test]
fn a_letter_is_summarized_by_its_purpose_without_its_salutation() {
    // Long enough that length alone does not make it a message: the salutation and the
    // sign-off do. The purpose comes first, the salutation is left out.
    let mut mail = String::from(
        "Dear Ken,  I would like to apologize for not responding to the survey on office \
         moves at the beginning of September.\n",
    );
    for _ in 0..12 {
        mail.push_str(
            "The move of the trading floor took most of our time, and the survey on office \
             space waited while the new desks, phones and screens were set up for the traders.\n",
        );
    }
    mail.push_str("Sincerely,\nArthur\n");
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "1", "-"],
        mail.as_bytes(),
    ));
    assert_eq!(
        out,
        "I would like to apologize for not responding to the survey on office moves at the \
         beginning of September.\n"
    );
}

#[test]
fn a_dialogue_question_carries_its_topic_but_an_interview_is_its_answers() {
    // In a dialogue both speakers ask, and the opening question names the topic.
    let dialogue = "#Person1#: Have you read the new rules about using cell phones at work?\n\
         #Person2#: Yes, not bad. They are fair, I think.\n\
         #Person1#: Do you think we should turn our ringers off at our desks?\n\
         #Person2#: Sure, it shows respect for your co-workers.\n\
         #Person1#: But banning cell phones from meetings is not reasonable.\n\
         #Person2#: Well, people check messages in meetings all the time.\n\
         ";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "2", "-"],
        dialogue.as_bytes(),
    ));
    assert_eq!(
        out,
        "#Person1#: Have you read the new rules about using cell phones at work? \
         #Person1#: But banning cell phones from meetings is not reasonable.\n"
    );
    // In an interview one speaker asks and says little else: the answers are the gist.
    let interview = "Q: What made you start the bakery?\n\
         A: I lost my job at the mill in 2019 and the town had no bread left. My grandmother's sourdough starter was still alive in my fridge, so I started baking forty loaves a day in my kitchen. Within a year the loaves paid more than the mill ever did.\n\
         Q: Was it hard?\n\
         A: The first winter was brutal, because the oven broke twice and the flour price doubled. Neighbours lent me money for a new oven, and I paid every one of them back in bread and cash.\n\
         Q: What comes next?\n\
         A: We open a second bakery in the old mill building in March, with six bakers from the town.\n\
         ";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "2", "-"],
        interview.as_bytes(),
    ));
    assert_eq!(
        out,
        "A: I lost my job at the mill in 2019 and the town had no bread left. \
         Within a year the loaves paid more than the mill ever did.\n"
    );
}

#[test]
fn a_message_that_opens_with_thanks_is_about_what_it_thanks_for() {
    let mail = "Thank you for your RSVP to the reception for the new research fellows on \
                Wednesday, November 7, in the LaSalle Room of the Doubletree Hotel.\n\
                The room is located on the second floor of the hotel.\n\
                Drinks will be served after the presentation.\n";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "1", "-"],
        mail.as_bytes(),
    ));
    assert_eq!(
        out,
        "Thank you for your RSVP to the reception for the new research fellows on Wednesday, \
         November 7, in the LaSalle Room of the Doubletree Hotel.\n"
    );
}

#[test]
fn a_message_that_opens_with_a_short_question_to_its_reader_is_that_question() {
    let mail = "Are you coming?\nI think I owe you a beer or two after the game, and since it \
                will be on my expense account, I don't mind paying up!\nDF\n";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "1", "-"],
        mail.as_bytes(),
    ));
    assert_eq!(out, "Are you coming?\n");
}

#[test]
fn a_short_note_that_opens_with_a_question_is_summarized_by_it() {
    // No salutation, no sign-off, no "you": under 150 words, the question opening a note is
    // what it is about.
    let mail = "Did we ever look at that storage project up near Sacramento?\n\
                I think it's called Lodi.\n\
                I heard El Paso may be buying it.\n\
                Why would they want a regulated storage project?\n";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "1", "-"],
        mail.as_bytes(),
    ));
    assert_eq!(
        out,
        "Did we ever look at that storage project up near Sacramento?\n"
    );
}

/// Seven reviews of one kettle, one per paragraph (written for this test).
const KETTLE_REVIEWS: &str = include_str!("data/kettle-reviews.txt");

#[test]
fn reviews_are_summarized_by_what_most_of_them_say() {
    // Seven reviews of one kettle: the gist is what they agree on (boils fast, looks good,
    // short cord, sticky lid), not the first reviewer's morning routine nor anyone's refund.
    let expected = "Boils fast and looks nice, although the lid sticks now and then and the cord \
                    is too short for most kitchens. Great kettle for the price: it boils water \
                    fast, stays cool to the touch and looks good on any counter.\n";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "2", "-"],
        KETTLE_REVIEWS.as_bytes(),
    ));
    assert_eq!(out, expected);
    // One review per line, no blank lines between: the same.
    let per_line = KETTLE_REVIEWS.replace("\n\n", "\n");
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "2", "-"],
        per_line.as_bytes(),
    ));
    assert_eq!(out, expected);
}

#[test]
fn a_sentence_from_the_middle_of_a_turn_is_quoted_with_its_speaker() {
    let dialogue = "#Person1#: Hello, how are you? I wanted to ask you about the trip to Boston \
                    next week. Are the train tickets booked already?\n\
                    #Person2#: Not yet. I will book them tonight. The train leaves at eight in the \
                    morning and arrives around noon, so we can have lunch with the clients.\n\
                    #Person1#: Great. Please send me the confirmation when you have it.\n";
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "2", "-"],
        dialogue.as_bytes(),
    ));
    // Said by #Person1#, in the middle of the turn; the second sentence, same turn, needs no
    // label again.
    assert_eq!(
        out,
        "#Person1#: I wanted to ask you about the trip to Boston next week. Are the train \
         tickets booked already?\n"
    );
}

#[test]
fn german_reviews_are_a_collection_too() {
    let reviews = include_str!("data/kettle-reviews-de.txt");
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "2", "-"],
        reviews.as_bytes(),
    ));
    assert_eq!(
        out,
        "Kocht schnell und sieht gut aus, allerdings klemmt der Deckel manchmal und das Kabel ist \
         für die meisten Küchen zu kurz. Ein guter Wasserkocher für den Preis: Er kocht schnell, \
         bleibt außen kühl und sieht auf jeder Arbeitsplatte gut aus.\n"
    );
}

#[test]
fn a_list_of_opinions_is_summarized_by_what_most_of_them_say() {
    // Fifteen opinions of one GPS, one sentence per line (written for this test), most of them
    // judging without saying "I": read as a collection, the summary is the broad agreement
    // (accurate maps, clear voice, easy), not the first line about the courier nor one aspect.
    let out = stdout(&nutgraf(
        &[
            "summarize",
            "--sentences",
            "2",
            "tests/data/gps-opinions.txt",
        ],
        b"",
    ));
    assert_eq!(
        out,
        "The maps are accurate and the directions are easy to follow. Accurate maps, clear \
         voice directions and a bright screen make it easy to use.\n"
    );
}

#[test]
fn a_change_log_is_summarized_by_its_newest_release() {
    // A Keep a Changelog file (written for this test): the summary is what the newest release
    // brings — not the boilerplate, the empty Unreleased section or older releases — its
    // entries quoted as sentences without their issue, commit and pull-request references.
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "3", "tests/data/CHANGELOG.md"],
        b"",
    ));
    assert_eq!(
        out,
        "This release adds streaming decompression and drops support for Rust versions older \
         than 1.80. Add Decoder::stream to decompress a reader without buffering the whole \
         input. Support for the zstd dictionary format.\n"
    );
    let out = stdout(&nutgraf(
        &[
            "summarize",
            "--format",
            "markdown",
            "--sentences",
            "3",
            "tests/data/CHANGELOG.md",
        ],
        b"",
    ));
    // The block a TL;DR action inserts: the same sentences, inline code kept.
    assert_eq!(
        out,
        "<!-- nutgraf:summary -->\n> **TL;DR:** This release adds streaming decompression and \
         drops support for Rust versions older than 1.80. Add `Decoder::stream` to decompress a \
         reader without buffering the whole input. Support for the zstd dictionary format.\n\
         <!-- /nutgraf:summary -->\n"
    );
    // An entry that opens with code is neither capitalized nor a dangling pronoun.
    let log = "# Changelog\n\n## 1.1.0\n\n- `it` now names the block parameter in every scope (#12)\n- add a streaming decoder for large inputs (#13)\n\n## 1.0.0\n\n- First release of the library.\n";
    let out = stdout(&nutgraf(
        &["summarize", "--markdown", "--sentences", "2", "-"],
        log.as_bytes(),
    ));
    assert_eq!(
        out,
        "it now names the block parameter in every scope. Add a streaming decoder for large \
         inputs.\n"
    );
}

#[test]
fn a_plain_text_news_file_is_summarized_by_its_newest_release() {
    // A GNU-style NEWS file (written for this test): outline-mode release lines ("* Noteworthy
    // changes in release 4.2") head lists of entries, an underlined line heads an old release.
    // The summary is release 4.2's changes, not 4.1's nor the first release's.
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "3", "tests/data/NEWS.txt"],
        b"",
    ));
    assert_eq!(
        out,
        "'squash -d' no longer deletes its input when the output disk is full. Decompressing a \
         truncated archive now fails with a clear message instead of writing a partial file. The \
         new --sync option flushes each output file to disk before the input is removed.\n"
    );
}

#[test]
fn a_project_page_is_summarized_without_its_legal_matter() {
    // A crate's README (written for this test): its tagline under the title says what it is;
    // the licence line, the License section and the contribution boilerplate are never its gist.
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "3", "tests/data/README.md"],
        b"",
    ));
    assert_eq!(
        out,
        "Streaming compression for large archives. Add squash to your Cargo.toml and call \
         squash::compress on any reader.\n"
    );
}

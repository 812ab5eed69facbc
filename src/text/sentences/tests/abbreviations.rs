//! Abbreviations, titles, initials and acronyms.

use super::check;

#[test]
fn honorifics_and_titles() {
    check(
        "Mr. and Mrs. Smith met Dr. Jones and Prof. Lee. Gov. Brown, Sen. Warren and Rep. Cole came too.",
        &[
            "Mr. and Mrs. Smith met Dr. Jones and Prof. Lee.",
            "Gov. Brown, Sen. Warren and Rep. Cole came too.",
        ],
    );
    check(
        "Gen. Patton visited St. Louis. Martin Luther King Jr. spoke later.",
        &[
            "Gen. Patton visited St. Louis.",
            "Martin Luther King Jr. spoke later.",
        ],
    );
    check(
        "Apple Inc. said profits rose. Acme Ltd. and Foo Corp. disagreed. Smith & Co. It closed.",
        &[
            "Apple Inc. said profits rose.",
            "Acme Ltd. and Foo Corp. disagreed.",
            "Smith & Co.",
            "It closed.",
        ],
    );
    check(
        "It was Smith vs. Jones in the final.",
        &["It was Smith vs. Jones in the final."],
    );
}

#[test]
fn etc_eg_ie() {
    check(
        "Bring pens, paper, etc. The exam starts at noon.",
        &["Bring pens, paper, etc.", "The exam starts at noon."],
    );
    check(
        "Bring pens, paper, etc. to the exam.",
        &["Bring pens, paper, etc. to the exam."],
    );
    check(
        "Use a tool, e.g. Python or Rust, i.e. Something fast.",
        &["Use a tool, e.g. Python or Rust, i.e. Something fast."],
    );
    check(
        "Fruit (e.g., apples) is good.",
        &["Fruit (e.g., apples) is good."],
    );
}

#[test]
fn us_uk_un() {
    check(
        "He arrived in the U.S. The next day he left.",
        &["He arrived in the U.S.", "The next day he left."],
    );
    check(
        "He joined the U.S. Army in 1990.",
        &["He joined the U.S. Army in 1990."],
    );
    check(
        "The U.K. and the U.N. agreed. The U.N. Security Council met.",
        &[
            "The U.K. and the U.N. agreed.",
            "The U.N. Security Council met.",
        ],
    );
}

#[test]
fn initials() {
    check(
        "Actress Taraji P. Henson apologized. John P. Carlin spoke. The club hosted P. Diddy.",
        &[
            "Actress Taraji P. Henson apologized.",
            "John P. Carlin spoke.",
            "The club hosted P. Diddy.",
        ],
    );
    check(
        "They haven't. The Democrats would. It is Mercury's. But not ours.",
        &[
            "They haven't.",
            "The Democrats would.",
            "It is Mercury's.",
            "But not ours.",
        ],
    );
    check(
        "(CNN)U.S. Secretary of State John Kerry spoke.",
        &["(CNN)U.S. Secretary of State John Kerry spoke."],
    );
    check(
        "J. R. R. Tolkien wrote it. George W. Bush read it.",
        &["J. R. R. Tolkien wrote it.", "George W. Bush read it."],
    );
    check(
        "The author is J.R.R. Tolkien.",
        &["The author is J.R.R. Tolkien."],
    );
}

#[test]
fn news_abbreviations() {
    check(
        "Pierre Vinken, 61 years old, will join the board as a nonexecutive director Nov. 29. Mr. Vinken is chairman of Elsevier N.V., the Dutch publishing group.",
        &[
            "Pierre Vinken, 61 years old, will join the board as a nonexecutive director Nov. 29.",
            "Mr. Vinken is chairman of Elsevier N.V., the Dutch publishing group.",
        ],
    );
    check(
        "The Dow fell 2.3% to 10,000.50 at 4 p.m. Friday. Shares of XYZ Corp. rose.",
        &[
            "The Dow fell 2.3% to 10,000.50 at 4 p.m. Friday.",
            "Shares of XYZ Corp. rose.",
        ],
    );
    check(
        "WASHINGTON (CNN) -- The U.S. Senate voted Tuesday. Sen. John McCain, R-Ariz., voted no.",
        &[
            "WASHINGTON (CNN) -- The U.S. Senate voted Tuesday.",
            "Sen. John McCain, R-Ariz., voted no.",
        ],
    );
}

//! The golden rules of the Pragmatic Segmenter / pySBD (English).

use super::check;

#[test]
fn golden_simple() {
    check(
        "Hello World. My name is Jonas.",
        &["Hello World.", "My name is Jonas."],
    );
    check(
        "What is your name? My name is Jonas.",
        &["What is your name?", "My name is Jonas."],
    );
    check("There it is! I found it.", &["There it is!", "I found it."]);
}

#[test]
fn golden_abbreviations() {
    check(
        "My name is Jonas E. Smith.",
        &["My name is Jonas E. Smith."],
    );
    check("Please turn to p. 55.", &["Please turn to p. 55."]);
    check(
        "Were Jane and co. at the party?",
        &["Were Jane and co. at the party?"],
    );
    check(
        "They closed the deal with Pitt, Briggs & Co. at noon.",
        &["They closed the deal with Pitt, Briggs & Co. at noon."],
    );
    check(
        "Let's ask Jane and co. They should know.",
        &["Let's ask Jane and co.", "They should know."],
    );
    check(
        "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
        &[
            "They closed the deal with Pitt, Briggs & Co.",
            "It closed yesterday.",
        ],
    );
    check(
        "I can see Mt. Fuji from here.",
        &["I can see Mt. Fuji from here."],
    );
    check(
        "St. Michael's Church is on 5th st. near the light.",
        &["St. Michael's Church is on 5th st. near the light."],
    );
    check("That is JFK Jr.'s book.", &["That is JFK Jr.'s book."]);
    check(
        "I visited the U.S.A. last year.",
        &["I visited the U.S.A. last year."],
    );
    check(
        "I live in the E.U. How about you?",
        &["I live in the E.U.", "How about you?"],
    );
    check(
        "I live in the U.S. How about you?",
        &["I live in the U.S.", "How about you?"],
    );
    check(
        "I work for the U.S. Government in Virginia.",
        &["I work for the U.S. Government in Virginia."],
    );
    check(
        "I have lived in the U.S. for 20 years.",
        &["I have lived in the U.S. for 20 years."],
    );
}

#[test]
fn golden_times() {
    check(
        "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
        &[
            "At 5 a.m. Mr. Smith went to the bank.",
            "He left the bank at 6 P.M.",
            "Mr. Smith then went to the store.",
        ],
    );
}

#[test]
fn golden_numbers() {
    check(
        "She has $100.00 in her bag.",
        &["She has $100.00 in her bag."],
    );
    check(
        "She has $100.00. It is in her bag.",
        &["She has $100.00.", "It is in her bag."],
    );
    check(
        "You can find it at N°. 1026.253.553. That is where the treasure is.",
        &[
            "You can find it at N°. 1026.253.553.",
            "That is where the treasure is.",
        ],
    );
}

#[test]
fn golden_parentheses_and_quotes() {
    check(
        "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
        &["He teaches science (He previously worked for 5 years as an engineer.) at the local University."],
    );
    check(
        "She turned to him, 'This is great.' she said.",
        &["She turned to him, 'This is great.' she said."],
    );
    check(
        "She turned to him, \"This is great.\" she said.",
        &["She turned to him, \"This is great.\" she said."],
    );
    check(
        "She turned to him, \"This is great.\" She held the book out to show him.",
        &[
            "She turned to him, \"This is great.\"",
            "She held the book out to show him.",
        ],
    );
}

#[test]
fn golden_email_and_url() {
    check(
        "Her email is Jane.Doe@example.com. I sent her an email.",
        &["Her email is Jane.Doe@example.com.", "I sent her an email."],
    );
    check(
        "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
        &[
            "The site is: https://www.example.50.com/new-site/awesome_content.html.",
            "Please check it out.",
        ],
    );
}

#[test]
fn golden_double_punctuation() {
    check(
        "Hello!! Long time no see.",
        &["Hello!!", "Long time no see."],
    );
    check("Hello?? Who is there?", &["Hello??", "Who is there?"]);
    check("Hello!? Is that you?", &["Hello!?", "Is that you?"]);
    check("Hello?! Is that you?", &["Hello?!", "Is that you?"]);
}

#[test]
fn golden_lists() {
    check(
        "1.) The first item 2.) The second item",
        &["1.) The first item", "2.) The second item"],
    );
    check(
        "1.) The first item. 2.) The second item.",
        &["1.) The first item.", "2.) The second item."],
    );
    check(
        "1) The first item 2) The second item",
        &["1) The first item", "2) The second item"],
    );
    check(
        "1) The first item. 2) The second item.",
        &["1) The first item.", "2) The second item."],
    );
    check(
        "1. The first item 2. The second item",
        &["1. The first item", "2. The second item"],
    );
    check(
        "1. The first item. 2. The second item.",
        &["1. The first item.", "2. The second item."],
    );
    check(
        "• 9. The first item • 10. The second item",
        &["• 9. The first item", "• 10. The second item"],
    );
    check(
        "⁃9. The first item ⁃10. The second item",
        &["⁃9. The first item", "⁃10. The second item"],
    );
    check(
        "a. The first item b. The second item c. The third list item",
        &[
            "a. The first item",
            "b. The second item",
            "c. The third list item",
        ],
    );
}

#[test]
fn golden_newlines() {
    check(
        "This is a sentence\ncut off in the middle because pdf.",
        &["This is a sentence\ncut off in the middle because pdf."],
    );
    check(
        "It was a cold \nnight in the city.",
        &["It was a cold \nnight in the city."],
    );
    check(
        "features\ncontact manager\nevents, activities\n",
        &["features", "contact manager", "events, activities"],
    );
}

#[test]
fn golden_names_with_punctuation() {
    check(
        "She works at Yahoo! in the accounting department.",
        &["She works at Yahoo! in the accounting department."],
    );
    check(
        "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
        &[
            "We make a good team, you and I.",
            "Did you see Albert I. Jones yesterday?",
        ],
    );
}

#[test]
fn golden_ellipses() {
    check(
        "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
        &["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"],
    );
    check(
        "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
        &["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."],
    );
    check(
        "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.",
        &[
            "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .",
            "Next sentence.",
        ],
    );
    check(
        "I never meant that.... She left the store.",
        &["I never meant that....", "She left the store."],
    );
    check(
        "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
        &["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."],
    );
    check(
        "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .",
        &[
            "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.",
            ". . . The practice was not abandoned. . . .",
        ],
    );
}

#[test]
fn golden_no_space_after_period() {
    check(
        "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
        &[
            "Hello world.",
            "Today is Tuesday.",
            "Mr. Smith went to the store and bought 1,000.",
            "That is a lot.",
        ],
    );
}

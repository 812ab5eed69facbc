//! Language-neutral `split_sentences` on other languages: only rules whose evidence no English
//! text has (German ordinals after "am", "im", … or before a German month, German
//! abbreviations that are no English word, Cyrillic abbreviations, quotes closed after a space).

use super::check;

#[test]
fn german_ordinals_with_german_evidence() {
    check(
        "Er wurde am 19. Februar 1980 geboren. Das Restaurant im 6. Stock ist neu.",
        &[
            "Er wurde am 19. Februar 1980 geboren.",
            "Das Restaurant im 6. Stock ist neu.",
        ],
    );
    check(
        "Sie starb (* 12. Juni 1929) in Bonn. Das Haus aus dem 18. Jahrhundert steht noch.",
        &[
            "Sie starb (* 12. Juni 1929) in Bonn.",
            "Das Haus aus dem 18. Jahrhundert steht noch.",
        ],
    );
    check(
        "Es ist in Öl bzw. Butter getränkt. Man kauft Brot usw. Dann geht man.",
        &[
            "Es ist in Öl bzw. Butter getränkt.",
            "Man kauft Brot usw.",
            "Dann geht man.",
        ],
    );
}

#[test]
fn english_numbers_still_end_sentences() {
    check(
        "He scored 12. Juli said nothing. The score was 3. April came.",
        &[
            "He scored 12.",
            "Juli said nothing.",
            "The score was 3.",
            "April came.",
        ],
    );
    check(
        "Turn to chapter 3. Mai Lee wrote it. It's in the den 3. The end.",
        &[
            "Turn to chapter 3.",
            "Mai Lee wrote it.",
            "It's in the den 3.",
            "The end.",
        ],
    );
    check(
        "He worked his abs. Then he ran.",
        &["He worked his abs.", "Then he ran."],
    );
    check(
        "The firm ENGL. Le Monde said so.",
        &["The firm ENGL.", "Le Monde said so."],
    );
}

#[test]
fn cyrillic_abbreviations() {
    check(
        "Плотность составляет 13 чел. / км2. Это было в 1905 г. Популяции живут там.",
        &[
            "Плотность составляет 13 чел. / км2.",
            "Это было в 1905 г.",
            "Популяции живут там.",
        ],
    );
}

#[test]
fn quotes_closed_after_a_space() {
    // A nested quotation closed before the outer one: the outer mark stays.
    check(
        "\"I asked myself: 'Who's richer?' \" he said. \"He asked me, 'Do you know?' \" Meng said.",
        &[
            "\"I asked myself: 'Who's richer?' \" he said.",
            "\"He asked me, 'Do you know?' \" Meng said.",
        ],
    );
    // A straight quote after a space opens the next quotation when none is open.
    check(
        "\"It was my life,\" Diesel said. \" I just knew.\"",
        &["\"It was my life,\" Diesel said.", "\" I just knew.\""],
    );
    check(
        "Le mot signifie « pièce. » Les Boyers sont là.",
        &["Le mot signifie « pièce. »", "Les Boyers sont là."],
    );
    check(
        "Ik ben nogal een twijfelaar. '' Gelanceerd door Spijkerman won ze.",
        &[
            "Ik ben nogal een twijfelaar. ''",
            "Gelanceerd door Spijkerman won ze.",
        ],
    );
}

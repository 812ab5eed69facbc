//! Per-language rules through `split_sentences_in`: abbreviations, ordinal numbers, quotation
//! marks, sentence openers. Sentences from the UD dev treebanks or made up in their style.

use crate::text::sentences::split_sentences_in;
use crate::text::Language::{self, *};

#[track_caller]
fn check_in(lang: Language, text: &str, expected: &[&str]) {
    let got: Vec<&str> = split_sentences_in(text, lang)
        .into_iter()
        .map(|r| &text[r])
        .collect();
    assert_eq!(got, expected, "{lang:?}: {text:?}");
}

#[test]
fn german_ordinals_and_dates() {
    check_in(
        German,
        "Er wurde am 19. Februar 1980 in Bonn geboren. Am 17. Dezember sind Wahlen.",
        &[
            "Er wurde am 19. Februar 1980 in Bonn geboren.",
            "Am 17. Dezember sind Wahlen.",
        ],
    );
    check_in(
        German,
        "Thomas Mann (* 12. Juni 1929) schrieb viel. Das Restaurant im 6. Stock ist neu.",
        &[
            "Thomas Mann (* 12. Juni 1929) schrieb viel.",
            "Das Restaurant im 6. Stock ist neu.",
        ],
    );
    check_in(
        German,
        "Gipsfassaden aus dem 18. Jahrhundert prägen das Viertel. Die Grabung dauert vom 2. Juli bis 13. August.",
        &[
            "Gipsfassaden aus dem 18. Jahrhundert prägen das Viertel.",
            "Die Grabung dauert vom 2. Juli bis 13. August.",
        ],
    );
    // A number at the end of a sentence still ends it.
    check_in(
        German,
        "Der Kanton liegt auf Platz 13. Diese Branchen wachsen. Es waren nur 670. Die Zahl sinkt.",
        &[
            "Der Kanton liegt auf Platz 13.",
            "Diese Branchen wachsen.",
            "Es waren nur 670.",
            "Die Zahl sinkt.",
        ],
    );
    check_in(
        German,
        "Tongefäße aus dem 1. -3. Jahrhundert wurden gefunden.",
        &["Tongefäße aus dem 1. -3. Jahrhundert wurden gefunden."],
    );
    check_in(
        German,
        "Im Jahr 1980. Danach kam nichts.",
        &["Im Jahr 1980.", "Danach kam nichts."],
    );
}

#[test]
fn german_abbreviations() {
    check_in(
        German,
        "Wir brauchen Getränke, z. B. Wasser, Saft usw. Das Essen ist in Öl bzw. Butter getränkt.",
        &[
            "Wir brauchen Getränke, z. B. Wasser, Saft usw.",
            "Das Essen ist in Öl bzw. Butter getränkt.",
        ],
    );
    check_in(
        German,
        "Das steht auf S. 23, d. h. vorne. Frau Prof. Schulze ist z. Z. nicht da. Es gibt u. a. Brot.",
        &[
            "Das steht auf S. 23, d. h. vorne.",
            "Frau Prof. Schulze ist z. Z. nicht da.",
            "Es gibt u. a. Brot.",
        ],
    );
    check_in(
        German,
        "Die Adresse ist Berliner Str. 5 in Bremen. Sie besucht eine kath. Schule, vgl. Nr. 4.",
        &[
            "Die Adresse ist Berliner Str. 5 in Bremen.",
            "Sie besucht eine kath. Schule, vgl. Nr. 4.",
        ],
    );
}

#[test]
fn nordic_hungarian_turkish_ordinals() {
    check_in(
        Danish,
        "Han blev født den 5. maj 1950. Han bor på 3. sal. Det er bl.a. godt.",
        &[
            "Han blev født den 5. maj 1950.",
            "Han bor på 3. sal.",
            "Det er bl.a. godt.",
        ],
    );
    check_in(
        Norwegian,
        "Møtet er 17. mai i Oslo. Han kom f.eks. sent.",
        &["Møtet er 17. mai i Oslo.", "Han kom f.eks. sent."],
    );
    check_in(
        Finnish,
        "Hän syntyi 5. toukokuuta 1950. Se oli esim. hyvä.",
        &["Hän syntyi 5. toukokuuta 1950.", "Se oli esim. hyvä."],
    );
    check_in(
        Hungarian,
        "A forradalom 1848. március 15-én tört ki. A 20. század véres volt.",
        &[
            "A forradalom 1848. március 15-én tört ki.",
            "A 20. század véres volt.",
        ],
    );
    check_in(
        Turkish,
        "Olay 19. yüzyılda yaşandı. Toplantı 19. Mayıs günü yapıldı.",
        &[
            "Olay 19. yüzyılda yaşandı.",
            "Toplantı 19. Mayıs günü yapıldı.",
        ],
    );
}

#[test]
fn french() {
    check_in(
        French,
        "M. Dupont et Mme Martin sont arrivés. Il est à l'est. Le train part.",
        &[
            "M. Dupont et Mme Martin sont arrivés.",
            "Il est à l'est.",
            "Le train part.",
        ],
    );
    check_in(
        French,
        "Ils sont sept. Puis ils partent. Il fut dédié en 493 av. J.-C. par Spurius Cassius.",
        &[
            "Ils sont sept.",
            "Puis ils partent.",
            "Il fut dédié en 493 av. J.-C. par Spurius Cassius.",
        ],
    );
    // French spacing: the closing guillemet stays with its sentence.
    check_in(
        French,
        "Le mot vient du latin camera qui signifie « pièce. » Les Boyers sont là.",
        &[
            "Le mot vient du latin camera qui signifie « pièce. »",
            "Les Boyers sont là.",
        ],
    );
    check_in(
        French,
        "« Pourquoi ? » demanda-t-il. Personne ne sut.",
        &["« Pourquoi ? » demanda-t-il.", "Personne ne sut."],
    );
    check_in(
        French,
        "Les quatre hommes (Mark Hopkins, Collis P. Huntington) sont venus.",
        &["Les quatre hommes (Mark Hopkins, Collis P. Huntington) sont venus."],
    );
}

#[test]
fn spanish_and_portuguese() {
    check_in(
        Spanish,
        "Hola Srta. Ledesma. Soy el Lic. Naser, y él es el Dr. Naser. Se hundió en el mar. Escitia era un área de Eurasia.",
        &[
            "Hola Srta. Ledesma.",
            "Soy el Lic. Naser, y él es el Dr. Naser.",
            "Se hundió en el mar.",
            "Escitia era un área de Eurasia.",
        ],
    );
    check_in(
        Spanish,
        "Hay frutas, p. ej. manzanas. La densidad era de 7,63 hab. / km². ¿Qué te parece?",
        &[
            "Hay frutas, p. ej. manzanas.",
            "La densidad era de 7,63 hab. / km².",
            "¿Qué te parece?",
        ],
    );
    check_in(
        Spanish,
        "Leyeron el art. 4 de la constitución de los EE. UU. en clase.",
        &["Leyeron el art. 4 de la constitución de los EE. UU. en clase."],
    );
    check_in(
        Portuguese,
        "Veja o texto à pág. 6 do jornal. A Sra. Silva chegou.",
        &["Veja o texto à pág. 6 do jornal.", "A Sra. Silva chegou."],
    );
}

#[test]
fn italian() {
    check_in(
        Italian,
        "Salve Sig.ra Mengoni! Come sta oggi? Sono l'Ing. Mengozzi. È presente l'Avv. Cassioni?",
        &[
            "Salve Sig.ra Mengoni!",
            "Come sta oggi?",
            "Sono l'Ing. Mengozzi.",
            "È presente l'Avv. Cassioni?",
        ],
    );
    check_in(
        Italian,
        "La disposizione dell'art. 941 non si applica. Le parti (ad es. RAM, CPU, ecc.) sono HW.",
        &[
            "La disposizione dell'art. 941 non si applica.",
            "Le parti (ad es. RAM, CPU, ecc.) sono HW.",
        ],
    );
    // Article numbers of a code open their headings (the ISDT treebank's Codice civile).
    check_in(
        Italian,
        "Deve inoltre dare idonea garanzia (1179). 1012. Usurpazioni durante l'usufrutto. 1019. Perimento di cosa assicurata.",
        &[
            "Deve inoltre dare idonea garanzia (1179).",
            "1012. Usurpazioni durante l'usufrutto.",
            "1019. Perimento di cosa assicurata.",
        ],
    );
    // A year in brackets is no article number.
    check_in(
        Italian,
        "Il film è uscito nel 2000. (2000). La critica lo ha accolto bene.",
        &[
            "Il film è uscito nel 2000.",
            "(2000).",
            "La critica lo ha accolto bene.",
        ],
    );
    // Excerpts that open in lower case (the ISDT treebank's legal and news texts).
    check_in(
        Italian,
        "Ricoverati cinque escursionisti per ustioni. avevano appena lasciato la cima.",
        &[
            "Ricoverati cinque escursionisti per ustioni.",
            "avevano appena lasciato la cima.",
        ],
    );
}

#[test]
fn dutch_quotes_and_abbreviations() {
    check_in(
        Dutch,
        ",, Dit verzin je niet. Het lijkt wel een droom. '' Kafelnikov wist het.",
        &[
            ",, Dit verzin je niet.",
            "Het lijkt wel een droom. ''",
            "Kafelnikov wist het.",
        ],
    );
    check_in(
        Dutch,
        "De bisschop van Brugge, mgr. Robert Vangheluwe, sprak. Hij at o.a. kaas, bijv. Gouda.",
        &[
            "De bisschop van Brugge, mgr. Robert Vangheluwe, sprak.",
            "Hij at o.a. kaas, bijv. Gouda.",
        ],
    );
}

#[test]
fn russian() {
    check_in(
        Russian,
        "Это было в 1999 г. В 2000 г. всё изменилось. Популяции живут в горах, т. е. высоко.",
        &[
            "Это было в 1999 г.",
            "В 2000 г. всё изменилось.",
            "Популяции живут в горах, т. е. высоко.",
        ],
    );
    check_in(
        Russian,
        "Он посещал г. Волгоград. Плотность населения составляет 13 чел. / км2. Л.Н. Толстой писал.",
        &[
            "Он посещал г. Волгоград.",
            "Плотность населения составляет 13 чел. / км2.",
            "Л.Н. Толстой писал.",
        ],
    );
    check_in(
        Russian,
        "Пришли Александр, Иван и т. п. Состоянием на 21 февраля всё готово. Уважаемый проф. Семенов! Просьба сдать отчет.",
        &[
            "Пришли Александр, Иван и т. п.",
            "Состоянием на 21 февраля всё готово.",
            "Уважаемый проф. Семенов!",
            "Просьба сдать отчет.",
        ],
    );
}

#[test]
fn greek_question_mark() {
    check_in(
        Greek,
        "Με συγχωρείτε· πού είναι οι τουαλέτες; Τις Κυριακές δε δούλευε κανένας.",
        &[
            "Με συγχωρείτε· πού είναι οι τουαλέτες;",
            "Τις Κυριακές δε δούλευε κανένας.",
        ],
    );
    // Only in Greek: elsewhere `;` is a semicolon.
    check_in(
        English,
        "It rained; The end came.",
        &["It rained; The end came."],
    );
}

#[test]
fn english_is_the_neutral_rule_set() {
    for text in [
        "He scored 12. Then he left. At 5 a.m. Mr. Smith went to the bank.",
        "I live in the U.S. How about you? Let's ask Jane and co. They should know.",
    ] {
        assert_eq!(
            split_sentences_in(text, English),
            crate::text::split_sentences(text)
        );
        assert_eq!(
            split_sentences_in(text, Language::Other),
            crate::text::split_sentences(text)
        );
    }
}

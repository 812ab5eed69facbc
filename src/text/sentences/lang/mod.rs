//! Per-language word lists: abbreviations (by how they behave before the next word, like the
//! English ones in [`super::abbreviations`]), the words that open sentences in each language,
//! month names and the words that come before an ordinal number.
//!
//! A text in a known language uses that language's list first, then the English one (English
//! abbreviations turn up everywhere: Inc., Dr., U.S.) minus the English abbreviations that are
//! ordinary words there (French "est", Spanish "mar", Danish "maj"). A text of unknown language
//! uses the English list, then German abbreviations that are no English word, then the lists of
//! other languages for tokens with non-ASCII letters (Cyrillic, Greek, accented Latin), each
//! judged by the sentence openers of the language it came from.

mod germanic;
mod other;
mod romance;

use super::abbreviations::{abbreviation, is_strong_starter, is_weak_starter, Abbrev};
use crate::text::Language::{self, *};

/// The class of abbreviation `w` (lower-cased, without its final period) in a text in `lang`
/// (`None`: unknown), and the language whose sentence openers decide whether it ends one.
///
/// `caps` tells (when asked) whether the token is written in capitals ("ENGL."), which in an
/// unknown language makes it an acronym rather than a foreign abbreviation.
#[inline]
pub(super) fn lookup(
    lang: Option<Language>,
    w: &[u8],
    caps: impl FnOnce() -> bool,
) -> Option<(Abbrev, Language)> {
    let Some(l) = lang else {
        if let Some(a) = abbreviation(w) {
            return Some((a, English));
        }
        return if caps() { None } else { neutral(w) };
    };
    if let Some(a) = own(l, w) {
        return Some((a, l));
    }
    if is_word(l, w) {
        return None;
    }
    abbreviation(w).map(|a| (a, l))
}

/// A single-letter abbreviation of the language, which would otherwise be an initial: a
/// capital one only as a title (French "M.", Spanish "D."), a small one as listed (Russian
/// "г.", French "p.").
pub(super) fn letter(lang: Option<Language>, w: &[u8], upper: bool) -> Option<(Abbrev, Language)> {
    match lang {
        Some(
            l @ (French | Spanish | Italian | Portuguese | Russian | Greek | Finnish | Turkish),
        ) => own(l, w)
            .filter(|&a| !upper || a == Abbrev::Title)
            .map(|a| (a, l)),
        // Neutral: Cyrillic and Greek letters only ("г." after a year, "в." after a century).
        None if !w.is_ascii() && !upper => other::russian(w)
            .map(|a| (a, Russian))
            .or_else(|| other::greek(w).map(|a| (a, Greek))),
        _ => None,
    }
}

fn own(l: Language, w: &[u8]) -> Option<Abbrev> {
    match l {
        German => germanic::german(w),
        Dutch => germanic::dutch(w),
        Danish | Norwegian => germanic::danish(w),
        Swedish => germanic::swedish(w),
        French => romance::french(w),
        Spanish => romance::spanish(w),
        Italian => romance::italian(w),
        Portuguese => romance::portuguese(w),
        Romanian => romance::romanian(w),
        Russian => other::russian(w),
        Greek => other::greek(w),
        Finnish => other::finnish(w),
        Hungarian => other::hungarian(w),
        Turkish => other::turkish(w),
        Arabic => other::arabic(w),
        _ => None,
    }
}

/// English abbreviations that are ordinary words in `l`.
fn is_word(l: Language, w: &[u8]) -> bool {
    match l {
        German => germanic::german_word(w),
        Dutch => germanic::dutch_word(w),
        Danish | Norwegian | Swedish => germanic::danish_word(w),
        French => romance::french_word(w),
        Spanish => romance::spanish_word(w),
        Italian => romance::italian_word(w),
        Portuguese => romance::portuguese_word(w),
        Romanian => romance::romanian_word(w),
        _ => false,
    }
}

/// The unknown-language lookup after the English list.
fn neutral(w: &[u8]) -> Option<(Abbrev, Language)> {
    if w.is_ascii() {
        if w.len() < 2 || german_is_english(w) {
            return None;
        }
        return germanic::german(w).map(|a| (a, German));
    }
    other::russian(w)
        .map(|a| (a, Russian))
        .or_else(|| other::greek(w).map(|a| (a, Greek)))
        .or_else(|| germanic::german(w).map(|a| (a, German)))
        .or_else(|| romance::french(w).map(|a| (a, French)))
        .or_else(|| romance::spanish(w).map(|a| (a, Spanish)))
        .or_else(|| romance::portuguese(w).map(|a| (a, Portuguese)))
}

/// German abbreviations that are also English words or English abbreviations of another kind,
/// left out when the language is unknown.
fn german_is_english(w: &[u8]) -> bool {
    matches!(
        w,
        b"mag"
            | b"mind"
            | b"gem"
            | b"span"
            | b"russ"
            | b"ev"
            | b"med"
            | b"phil"
            | b"nat"
            | b"max"
            | b"abs"
            | b"lat"
            | b"sog"
            | b"pl"
            | b"std"
            | b"ing"
            | b"sel"
            | b"hr"
            | b"vers"
            | b"jur"
            | b"dt"
            | b"bd"
            | b"gest"
            | b"min"
            | b"sek"
            | b"str"
            | b"hl"
            | b"rer"
    )
}

/// Whether `w` (lower-cased) typically opens a sentence when capitalized, in language `l`.
pub(super) fn weak_starter(l: Language, w: &[u8]) -> bool {
    match l {
        German => germanic::german_starter(w),
        Dutch => germanic::dutch_starter(w),
        Danish | Norwegian => germanic::danish_starter(w),
        Swedish => germanic::swedish_starter(w),
        French => romance::french_starter(w),
        Spanish => romance::spanish_starter(w),
        Italian => romance::italian_starter(w),
        Portuguese => romance::portuguese_starter(w),
        Romanian => romance::romanian_starter(w),
        Russian => other::russian_starter(w),
        Greek => other::greek_starter(w),
        Finnish => other::finnish_starter(w),
        Hungarian => other::hungarian_starter(w),
        Turkish => other::turkish_starter(w),
        _ => is_weak_starter(w),
    }
}

/// Whether `w` opens a sentence even in lower-cased text.
pub(super) fn strong_starter(l: Language, w: &[u8]) -> bool {
    match l {
        English | Arabic | Tamil | Chinese | Japanese | Korean | Other => is_strong_starter(w),
        _ => weak_starter(l, w),
    }
}

/// Languages that write ordinal numbers with a period ("am 19. Februar").
pub(super) fn has_ordinal_period(l: Language) -> bool {
    matches!(
        l,
        German | Danish | Norwegian | Finnish | Hungarian | Turkish
    )
}

/// A capitalized month name after an ordinal day ("19. Februar", "1. Ocak").
pub(super) fn is_month(l: Language, w: &[u8]) -> bool {
    match l {
        German => germanic::german_month(w),
        Turkish => other::turkish_month(w),
        _ => false,
    }
}

/// German month names that are neither English words nor given names (the unknown-language
/// rule): Januar, Jänner, Februar, März, Oktober, Dezember.
pub(super) fn is_german_only_month(w: &[u8]) -> bool {
    matches!(
        w,
        b"januar" | b"j\xc3\xa4nner" | b"februar" | b"m\xc3\xa4rz" | b"oktober" | b"dezember"
    )
}

/// Words before an ordinal number ("am", "im", "der"), none of them an English word.
pub(super) fn is_ordinal_context(w: &[u8]) -> bool {
    germanic::german_ordinal_context(w)
}

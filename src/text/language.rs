//! Languages nutgraf knows: detection (by `whatlang`), ISO codes, and which Snowball stemmer and
//! stop-word list belong to each.

use rust_stemmers::Algorithm;

/// A document language. `Other` keeps working: words are lower-cased but not stemmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    Arabic,
    Danish,
    Dutch,
    English,
    Finnish,
    French,
    German,
    Greek,
    Hungarian,
    Italian,
    Norwegian,
    Portuguese,
    Romanian,
    Russian,
    Spanish,
    Swedish,
    Tamil,
    Turkish,
    Chinese,
    Japanese,
    Korean,
    Other,
}

use Language::*;

/// (language, ISO 639-1 code, whatlang's language)
const TABLE: &[(Language, &str, whatlang::Lang)] = &[
    (Arabic, "ar", whatlang::Lang::Ara),
    (Danish, "da", whatlang::Lang::Dan),
    (Dutch, "nl", whatlang::Lang::Nld),
    (English, "en", whatlang::Lang::Eng),
    (Finnish, "fi", whatlang::Lang::Fin),
    (French, "fr", whatlang::Lang::Fra),
    (German, "de", whatlang::Lang::Deu),
    (Greek, "el", whatlang::Lang::Ell),
    (Hungarian, "hu", whatlang::Lang::Hun),
    (Italian, "it", whatlang::Lang::Ita),
    (Norwegian, "no", whatlang::Lang::Nob),
    (Portuguese, "pt", whatlang::Lang::Por),
    (Romanian, "ro", whatlang::Lang::Ron),
    (Russian, "ru", whatlang::Lang::Rus),
    (Spanish, "es", whatlang::Lang::Spa),
    (Swedish, "sv", whatlang::Lang::Swe),
    (Tamil, "ta", whatlang::Lang::Tam),
    (Turkish, "tr", whatlang::Lang::Tur),
    (Chinese, "zh", whatlang::Lang::Cmn),
    (Japanese, "ja", whatlang::Lang::Jpn),
    (Korean, "ko", whatlang::Lang::Kor),
];

/// How much text detection looks at: enough for a stable guess, bounded for speed.
const SAMPLE_BYTES: usize = 640;

/// The most frequent English function words (see `is_marker`): in English prose they are
/// about a quarter of all words, in other Latin-script languages a few percent at most.
fn is_marker(w: &[u8]) -> bool {
    let mut buf = [0u8; 4];
    for (b, c) in buf.iter_mut().zip(w.iter().copied()) {
        *b = c.to_ascii_lowercase();
    }
    matches!(
        &buf[..w.len().min(4)],
        b"the"
            | b"of"
            | b"and"
            | b"to"
            | b"in"
            | b"is"
            | b"was"
            | b"that"
            | b"for"
            | b"on"
            | b"with"
            | b"as"
            | b"it"
            | b"he"
            | b"she"
            | b"by"
            | b"at"
            | b"are"
            | b"be"
            | b"this"
            | b"from"
            | b"his"
            | b"her"
            | b"they"
            | b"have"
            | b"has"
            | b"had"
            | b"i"
            | b"you"
            | b"we"
            | b"not"
            | b"but"
    )
}

/// A quick test that saves running the trigram detector on plain English: mostly ASCII letters
/// and at least a fifth of the words are English function words.
fn is_clearly_english(sample: &str) -> bool {
    let (mut words, mut hits, mut other) = (0usize, 0usize, 0usize);
    let mut count = |w: &[u8], ascii: bool| {
        words += 1;
        if !ascii {
            other += 1;
        } else if w.len() <= 4 && is_marker(w) {
            hits += 1;
        }
    };
    // Words are runs of alphanumeric characters and `'`; bytes are read as they are,
    // characters decoded only where the text is not ASCII.
    let b = sample.as_bytes();
    let (mut i, mut start, mut ascii) = (0, None, true);
    while i < b.len() {
        let (in_word, len, is_ascii) = if b[i] < 0x80 {
            (b[i].is_ascii_alphanumeric() || b[i] == b'\'', 1, true)
        } else {
            let c = sample
                .get(i..)
                .and_then(|r| r.chars().next())
                .unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8(), false)
        };
        if in_word {
            if start.is_none() {
                start = Some(i);
                ascii = true;
            }
            ascii &= is_ascii;
        } else if let Some(s) = start.take() {
            count(&b[s..i], ascii);
        }
        i += len;
    }
    if let Some(s) = start {
        count(&b[s..], ascii);
    }
    words >= 8 && hits * 5 >= words && other * 10 <= words
}

impl Language {
    /// ISO 639-1 code (`"en"`), or `"und"` for [`Language::Other`].
    pub fn code(self) -> &'static str {
        TABLE
            .iter()
            .find(|(l, _, _)| *l == self)
            .map_or("und", |(_, c, _)| c)
    }

    /// Parses a language code or English name (`"de"`, `"deu"`, `"German"`); `None` if unknown.
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim().to_ascii_lowercase();
        TABLE
            .iter()
            .find(|(l, c, w)| {
                *c == code || w.code() == code || format!("{l:?}").to_ascii_lowercase() == code
            })
            .map(|(l, _, _)| *l)
    }

    /// Detects the language of `text` from a bounded sample; English when unsure and Latin.
    pub fn detect(text: &str) -> Language {
        let mut end = text.len().min(SAMPLE_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        // Cut at a space so that no word is torn in two.
        if end < text.len() {
            if let Some(sp) = text[..end].rfind(char::is_whitespace) {
                end = sp.max(end / 2);
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
            }
        }
        let sample = &text[..end];
        if is_clearly_english(sample) {
            return English;
        }
        static DETECTOR: std::sync::OnceLock<whatlang::Detector> = std::sync::OnceLock::new();
        let detector = DETECTOR.get_or_init(|| {
            let mut langs: Vec<whatlang::Lang> = TABLE.iter().map(|(_, _, w)| *w).collect();
            // Close relatives, so that they are not mistaken for one of ours.
            langs.extend([
                whatlang::Lang::Ukr,
                whatlang::Lang::Bel,
                whatlang::Lang::Bul,
                whatlang::Lang::Srp,
                whatlang::Lang::Cat,
                whatlang::Lang::Pol,
                whatlang::Lang::Ces,
            ]);
            whatlang::Detector::with_allowlist(langs)
        });
        match detector.detect(sample) {
            Some(info) => {
                let lang = info.lang();
                let known = TABLE
                    .iter()
                    .find(|(_, _, w)| *w == lang)
                    .map(|(l, _, _)| *l);
                match known {
                    Some(l) => l,
                    // Unreliable guesses among Latin-script languages: default to English.
                    None if info.script() == whatlang::Script::Latin && !info.is_reliable() => {
                        English
                    }
                    None => Other,
                }
            }
            None => English,
        }
    }

    /// The Snowball stemmer for this language, if there is one.
    pub fn stemmer(self) -> Option<Algorithm> {
        Some(match self {
            Arabic => Algorithm::Arabic,
            Danish => Algorithm::Danish,
            Dutch => Algorithm::Dutch,
            English => Algorithm::English,
            Finnish => Algorithm::Finnish,
            French => Algorithm::French,
            German => Algorithm::German,
            Greek => Algorithm::Greek,
            Hungarian => Algorithm::Hungarian,
            Italian => Algorithm::Italian,
            Norwegian => Algorithm::Norwegian,
            Portuguese => Algorithm::Portuguese,
            Romanian => Algorithm::Romanian,
            Russian => Algorithm::Russian,
            Spanish => Algorithm::Spanish,
            Swedish => Algorithm::Swedish,
            Tamil => Algorithm::Tamil,
            Turkish => Algorithm::Turkish,
            Chinese | Japanese | Korean | Other => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_common_languages() {
        assert_eq!(
            Language::detect("The council approved the new budget on Tuesday after a long debate about schools and roads."),
            English
        );
        assert_eq!(
            Language::detect("Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen und Straßen den neuen Haushalt beschlossen."),
            German
        );
        assert_eq!(
            Language::detect("Городской совет во вторник после долгих дебатов о школах и дорогах утвердил новый бюджет."),
            Russian
        );
        assert_eq!(
            Language::detect("市议会周二在就学校和道路问题进行长时间辩论后批准了新预算。"),
            Chinese
        );
    }

    #[test]
    fn codes_round_trip() {
        for (l, c, _) in TABLE {
            assert_eq!(Language::from_code(c), Some(*l));
            assert_eq!(l.code(), *c);
        }
        assert_eq!(Language::from_code("German"), Some(German));
        assert_eq!(Language::from_code("deu"), Some(German));
        assert_eq!(Language::from_code("xx"), None);
        assert_eq!(Other.code(), "und");
    }

    #[test]
    fn detect_never_panics_on_odd_input() {
        for s in ["", " ", "1234", "🙂🙂🙂", "é", &"ж".repeat(3000)] {
            let _ = Language::detect(s);
        }
    }
}

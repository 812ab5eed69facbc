//! Word lists for sentence segmentation: abbreviations by how they behave before the next
//! word, and the words that typically open an English sentence.
//!
//! All lookups take ASCII-lower-cased bytes (see [`lower_ascii`]).

/// How a known abbreviation behaves when it is followed by white space and another word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbrev {
    /// Titles that precede a name and never end a sentence: Mr., Dr., Gov., Sen., Gen. …
    Title,
    /// Abbreviations that precede a number (No. 5, p. 55, Fig. 3, vol. 2); before a capitalized
    /// word they are ordinary words ("No. Besides …").
    Numeric,
    /// Abbreviations that can end a sentence as well as continue one (Inc., Co., Jr., St.,
    /// Jan., a.m., U.S.): the sentence ends when the next word typically opens a sentence.
    Ambiguous,
    /// Clock times (a.m., p.m.): like [`Abbrev::Ambiguous`], and a following title (Mr.) also
    /// opens a sentence.
    Time,
    /// "etc." ends the sentence before any capitalized word.
    Etc,
    /// Never at the end of a sentence: e.g., i.e., cf., vs., viz.
    Inner,
}

/// ASCII-lower-cases `s` into `buf` and returns the written part, or `None` when `s` is longer
/// than `buf`.
pub fn lower_ascii<'b>(s: &str, buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let b = s.as_bytes();
    if b.len() > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    Some(&buf[..b.len()])
}

/// Lower-cases `s` into `buf` (ASCII letters byte by byte, other letters by Unicode rules) and
/// returns the written part, or `None` when it does not fit.
#[inline]
pub fn lower_word<'b>(s: &str, buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let b = s.as_bytes();
    if b.len() <= buf.len() {
        let mut ascii = true;
        for (d, &c) in buf.iter_mut().zip(b) {
            *d = c.to_ascii_lowercase();
            ascii &= c < 0x80;
        }
        if ascii {
            return Some(&buf[..b.len()]);
        }
    } else if s.is_ascii() {
        return None;
    }
    let mut n = 0;
    for c in s.chars().flat_map(char::to_lowercase) {
        let l = c.len_utf8();
        if n + l > buf.len() {
            return None;
        }
        c.encode_utf8(&mut buf[n..n + l]);
        n += l;
    }
    Some(&buf[..n])
}

/// The class of an abbreviation, given without its final period and lower-cased
/// (inner periods kept: `u.s`, `e.g`, `ph.d`).
pub fn abbreviation(w: &[u8]) -> Option<Abbrev> {
    use Abbrev::*;
    Some(match w {
        // Titles and ranks before names.
        b"mr" | b"mrs" | b"ms" | b"mx" | b"messrs" | b"mssrs" | b"mme" | b"mmes" | b"mlle"
        | b"dr" | b"drs" | b"prof" | b"profs" | b"gov" | b"govs" | b"sen" | b"sens" | b"rep"
        | b"reps" | b"gen" | b"gens" | b"col" | b"lt" | b"ltc" | b"lieut" | b"capt" | b"cpt"
        | b"cmdr" | b"cdr" | b"comdr" | b"adm" | b"sgt" | b"cpl" | b"pvt" | b"pfc" | b"maj"
        | b"brig" | b"insp" | b"det" | b"supt" | b"rev" | b"revd" | b"fr" | b"hon" | b"pres"
        | b"amb" | b"atty" | b"msgr" | b"ste" | b"rt" | b"cllr" | b"asst" | b"sec" | b"secy"
        | b"treas" | b"sra" | b"srta" | b"spc" | b"sfc" | b"ssgt" | b"msgt" => Title,
        // Before numbers.
        b"no" | b"nos" | b"nr" | b"n\xc2\xb0" | b"n\xc2\xba" | b"p" | b"pp" | b"vol" | b"vols"
        | b"fig" | b"figs" | b"eq" | b"eqs" | b"art" | b"arts" | b"ch" | b"chap" | b"chs"
        | b"para" | b"paras" | b"pt" | b"pts" | b"op" | b"tel" | b"ca" | b"ref" | b"refs"
        | b"ver" | b"ex" | b"ps" | b"pg" | b"pgs" | b"sect" | b"tab" | b"nn" | b"ff" | b"ll"
        | b"suppl" | b"bk" | b"iss" | b"rs" | b"no's" => Numeric,
        // Can end a sentence.
        b"inc" | b"ltd" | b"co" | b"corp" | b"llc" | b"plc" | b"bros" | b"jr" | b"sr" | b"esq"
        | b"phd" | b"st" | b"ave" | b"av" | b"rd" | b"blvd" | b"hwy" | b"ln" | b"mt" | b"ft"
        | b"dept" | b"univ" | b"assn" | b"assoc" | b"intl" | b"natl" | b"govt" | b"mfg"
        | b"est" | b"ed" | b"eds" | b"al" | b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul"
        | b"aug" | b"sep" | b"sept" | b"oct" | b"nov" | b"dec" | b"mon" | b"tue" | b"tues"
        | b"thu" | b"thur" | b"thurs" | b"fri" | b"ibid" | b"yr" | b"yrs" | b"mo" | b"mos"
        | b"wk" | b"wks" | b"hrs" | b"min" | b"mins" | b"lb" | b"lbs" | b"oz" | b"sq" | b"tsp"
        | b"tbsp" | b"misc" | b"dist" | b"div" | b"cie" | b"ph.d" | b"u.s" | b"u.k" | b"u.n"
        | b"e.u" | b"d.c" | b"b.c" | b"a.d" | b"approx" => Ambiguous,
        b"cm" | b"mm" | b"km" | b"kg" | b"mg" | b"ml" | b"mph" | b"kph" | b"kmh" | b"sq.ft" => {
            Ambiguous
        }
        b"a.m" | b"p.m" => Time,
        b"etc" => Etc,
        b"e.g" | b"i.e" | b"eg" | b"cf" | b"vs" | b"viz" | b"a.k.a" | b"aka" | b"w.r.t"
        | b"esp" | b"incl" | b"excl" | b"resp" | b"c.f" => Inner,
        _ => return None,
    })
}

/// Short letter-only tokens without vowels that are words, not abbreviations.
pub fn is_vowelless_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"hm"
            | b"hmm"
            | b"hmmm"
            | b"mhm"
            | b"mm"
            | b"mmm"
            | b"shh"
            | b"sh"
            | b"psst"
            | b"pst"
            | b"brr"
            | b"grr"
            | b"pfft"
            | b"tsk"
            | b"zzz"
            | b"nth"
            | b"cwm"
            | b"hmph"
            | b"pfff"
    )
}

/// Words that open sentences far more often than they continue a phrase after an
/// abbreviation, even in lower-cased text ("… in the U.S. the next day …").
pub fn is_strong_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"the"
            | b"a"
            | b"an"
            | b"he"
            | b"she"
            | b"it"
            | b"they"
            | b"we"
            | b"i"
            | b"you"
            | b"this"
            | b"these"
            | b"those"
            | b"there"
            | b"his"
            | b"its"
            | b"their"
            | b"our"
            | b"my"
            | b"your"
            | b"but"
            | b"however"
            | b"meanwhile"
            | b"also"
            | b"still"
            | b"yet"
            | b"then"
            | b"today"
            | b"yesterday"
            | b"tomorrow"
            | b"thus"
            | b"hence"
            | b"therefore"
            | b"instead"
            | b"indeed"
            | b"moreover"
            | b"furthermore"
            | b"nevertheless"
            | b"nonetheless"
            | b"later"
            | b"earlier"
            | b"finally"
            | b"what"
            | b"why"
            | b"how"
            | b"who"
            | b"i'm"
            | b"it's"
            | b"he's"
            | b"she's"
            | b"that's"
            | b"there's"
            | b"we're"
            | b"they're"
            | b"i've"
            | b"we've"
            | b"i'd"
            | b"don't"
            | b"let's"
            | b"please"
            | b"yes"
            | b"oh"
    )
}

/// Words that open sentences when capitalized but often continue one in lower case
/// (prepositions, conjunctions, auxiliaries).
pub fn is_weak_starter(w: &[u8]) -> bool {
    is_strong_starter(w)
        || matches!(
            w,
            b"and"
                | b"or"
                | b"nor"
                | b"as"
                | b"if"
                | b"while"
                | b"which"
                | b"since"
                | b"although"
                | b"though"
                | b"because"
                | b"unless"
                | b"until"
                | b"after"
                | b"before"
                | b"in"
                | b"on"
                | b"at"
                | b"for"
                | b"from"
                | b"with"
                | b"without"
                | b"by"
                | b"to"
                | b"of"
                | b"during"
                | b"despite"
                | b"among"
                | b"under"
                | b"over"
                | b"about"
                | b"unlike"
                | b"like"
                | b"according"
                | b"that"
                | b"her"
                | b"him"
                | b"them"
                | b"one"
                | b"two"
                | b"three"
                | b"some"
                | b"many"
                | b"most"
                | b"all"
                | b"both"
                | b"each"
                | b"every"
                | b"several"
                | b"few"
                | b"other"
                | b"others"
                | b"another"
                | b"such"
                | b"more"
                | b"now"
                | b"once"
                | b"not"
                | b"is"
                | b"are"
                | b"was"
                | b"were"
                | b"do"
                | b"does"
                | b"did"
                | b"can"
                | b"could"
                | b"will"
                | b"would"
                | b"should"
                | b"may"
                | b"might"
                | b"must"
                | b"have"
                | b"has"
                | b"had"
                | b"let"
                | b"here"
                | b"even"
                | b"only"
                | b"just"
                | b"no"
                | b"well"
                | b"so"
                | b"when"
                | b"where"
                | b"police"
                | b"officials"
                | b"authorities"
                | b"first"
                | b"second"
                | b"third"
                | b"next"
                | b"last"
        )
}

/// Short prepositions that open a sentence with a time or place ("At 5 a.m. Mr. Smith …").
pub fn is_opening_preposition(w: &[u8]) -> bool {
    matches!(
        w,
        b"at"
            | b"by"
            | b"until"
            | b"till"
            | b"after"
            | b"before"
            | b"from"
            | b"around"
            | b"about"
            | b"since"
            | b"on"
            | b"in"
            | b"near"
            | b"within"
            | b"across"
            | b"throughout"
            | b"outside"
            | b"inside"
    )
}

/// Titles that, after a clock time, open the next sentence ("… at 6 P.M. Mr. Smith then …").
pub fn is_title(w: &[u8]) -> bool {
    matches!(abbreviation(w), Some(Abbrev::Title))
}

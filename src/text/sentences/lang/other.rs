//! Russian, Greek, Finnish, Hungarian, Turkish and Arabic: abbreviations, the words that open
//! sentences and month names. Words are lower-cased (Cyrillic and Greek too), abbreviations
//! without their final period (inner periods kept: `т.е`, `π.χ`).

use crate::text::sentences::abbreviations::Abbrev::{self, *};

pub(super) fn russian(w: &[u8]) -> Option<Abbrev> {
    let w = std::str::from_utf8(w).ok()?;
    Some(match w {
        "проф" | "акад" | "доц" | "ген" | "д-р" | "г-н" | "г-жа" | "св" | "тов" | "ул" | "пер"
        | "просп" | "пл" | "пгт" | "оз" | "о" | "пос" | "дер" | "обл" | "р-н" => {
            Title
        }
        "д" | "кв" | "стр" | "с" | "рис" | "табл" | "гл" | "ч" | "т" | "№" | "п" | "ок" | "род"
        | "ум" | "см" | "ср" | "напр" | "кн" | "вып" => Numeric,
        "т.д" | "т.п" | "др" | "пр" | "и.т.д" | "и.т.п" => Etc,
        "т.е" | "т.к" | "т.н" | "т.о" | "англ" | "лат" | "нем" | "греч" | "франц" | "букв"
        | "т.ч" | "в.т.ч" | "сокр" => Inner,
        "г" | "гг" | "в" | "вв" | "н.э" | "до.н.э" | "тыс" | "млн" | "млрд" | "руб" | "коп"
        | "долл" | "дол" | "чел" | "р" | "фр" | "куб.м" | "кв.м" | "м" | "км" | "кг" | "у.е"
        | "мин" | "сек" | "янв" | "февр" | "авг" | "сент" | "окт" | "нояб" | "дек" | "и.о" => {
            Ambiguous
        }
        _ => return None,
    })
}

pub(super) fn russian_starter(w: &[u8]) -> bool {
    let Ok(w) = std::str::from_utf8(w) else {
        return false;
    };
    matches!(
        w,
        "в" | "во"
            | "на"
            | "он"
            | "она"
            | "оно"
            | "они"
            | "это"
            | "этот"
            | "эта"
            | "эти"
            | "мы"
            | "я"
            | "вы"
            | "ты"
            | "по"
            | "с"
            | "со"
            | "к"
            | "из"
            | "за"
            | "для"
            | "при"
            | "после"
            | "до"
            | "но"
            | "и"
            | "а"
            | "однако"
            | "также"
            | "кроме"
            | "тогда"
            | "затем"
            | "потом"
            | "поэтому"
            | "так"
            | "здесь"
            | "там"
            | "уже"
            | "сейчас"
            | "сегодня"
            | "как"
            | "когда"
            | "где"
            | "что"
            | "кто"
            | "если"
            | "хотя"
            | "все"
            | "всё"
            | "его"
            | "ее"
            | "её"
            | "их"
            | "у"
            | "о"
            | "об"
            | "от"
            | "через"
            | "под"
            | "над"
            | "между"
            | "без"
            | "не"
            | "нет"
            | "да"
            | "был"
            | "была"
            | "было"
            | "были"
            | "есть"
            | "этом"
            | "этой"
            | "ещё"
            | "еще"
            | "более"
            | "несмотря"
            | "согласно"
            | "около"
            | "среди"
    )
}

pub(super) fn greek(w: &[u8]) -> Option<Abbrev> {
    let w = std::str::from_utf8(w).ok()?;
    Some(match w {
        "κ" | "κα" | "κος" | "δρ" | "καθ" => Title,
        "αρ" | "σελ" | "κεφ" | "τηλ" | "παρ" | "αριθ" => Numeric,
        "κ.λπ" | "κ.ά" | "κλπ" | "κ.λ.π" => Etc,
        "π.χ" | "δηλ" | "βλ" | "πρβλ" | "ό.π" => Inner,
        "αι" | "μ.χ" | "π.μ" | "μ.μ" | "χλμ" | "εκατ" | "δισ" | "ιαν" | "φεβ" | "μαρ" | "απρ"
        | "ιουν" | "ιουλ" | "αυγ" | "σεπ" | "οκτ" | "νοε" | "δεκ" => {
            Ambiguous
        }
        _ => return None,
    })
}

pub(super) fn greek_starter(w: &[u8]) -> bool {
    let Ok(w) = std::str::from_utf8(w) else {
        return false;
    };
    matches!(
        w,
        "ο" | "η"
            | "το"
            | "οι"
            | "τα"
            | "τον"
            | "την"
            | "του"
            | "της"
            | "των"
            | "ένας"
            | "μία"
            | "ένα"
            | "αυτός"
            | "αυτή"
            | "αυτό"
            | "αυτά"
            | "εγώ"
            | "εμείς"
            | "εσύ"
            | "σε"
            | "στο"
            | "στη"
            | "στην"
            | "στον"
            | "με"
            | "για"
            | "από"
            | "μετά"
            | "πριν"
            | "και"
            | "αλλά"
            | "όμως"
            | "επίσης"
            | "έτσι"
            | "όταν"
            | "αν"
            | "ενώ"
            | "τότε"
            | "σήμερα"
            | "εδώ"
            | "εκεί"
            | "τι"
            | "ποιος"
            | "πού"
            | "πώς"
            | "δεν"
            | "ναι"
            | "όχι"
            | "τις"
            | "θα"
    )
}

pub(super) fn finnish(w: &[u8]) -> Option<Abbrev> {
    Some(match w {
        b"hra" | b"rva" | b"nti" | b"tri" | b"prof" | b"dos" | b"maist" => Title,
        b"klo" | b"nro" | b"s" | b"puh" | b"n" | b"v" | b"ks" | b"kpl" => Numeric,
        b"jne" | b"yms" | b"ym" | b"tms" | b"ym.m" => Etc,
        b"esim" | b"ns" | b"mm" | b"vrt" | b"huom" | b"l" | b"ts" | b"eli" | b"engl" | b"ruots" => {
            Inner
        }
        b"eaa" | b"jaa" | b"jkr" | b"ekr" | b"milj" | b"mrd" | b"tuh" | b"min" | b"t" | b"vrk"
        | b"krs" => Ambiguous,
        _ => return None,
    })
}

pub(super) fn finnish_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"h\xc3\xa4n"
            | b"he"
            | b"se"
            | b"ne"
            | b"me"
            | b"min\xc3\xa4"
            | b"sin\xc3\xa4"
            | b"te"
            | b"t\xc3\xa4m\xc3\xa4"
            | b"n\xc3\xa4m\xc3\xa4"
            | b"t\xc3\xa4m\xc3\xa4n"
            | b"siin\xc3\xa4"
            | b"siell\xc3\xa4"
            | b"kun"
            | b"jos"
            | b"mutta"
            | b"ja"
            | b"sek\xc3\xa4"
            | b"my\xc3\xb6s"
            | b"sitten"
            | b"nyt"
            | b"vuonna"
            | b"my\xc3\xb6hemmin"
            | b"lis\xc3\xa4ksi"
            | b"kuitenkin"
            | b"koska"
            | b"vaikka"
            | b"mit\xc3\xa4"
            | b"miksi"
            | b"miten"
            | b"kuka"
            | b"t\xc3\xa4ss\xc3\xa4"
            | b"ei"
            | b"on"
            | b"oli"
            | b"sen"
            | b"niin"
            | b"t\xc3\xa4n\xc3\xa4\xc3\xa4n"
    )
}

pub(super) fn hungarian(w: &[u8]) -> Option<Abbrev> {
    Some(match w {
        b"dr" | b"id" | b"ifj" | b"\xc3\xb6zv" | b"szt" | b"prof" | b"gr" | b"br" => Title,
        b"sz" | b"\xc3\xa9vf" | b"old" | b"kb" | b"k\xc3\xb6t" | b"fej" | b"tel" => Numeric,
        b"stb" | b"st" => Etc,
        b"pl" | b"ill" | b"\xc3\xban" | b"v\xc3\xb6" | b"ld" | b"ti" | b"\xc3\xa1lt" | b"kapcs"
        | b"ford" | b"szerk" => Inner,
        b"u" | b"jan" | b"febr" | b"m\xc3\xa1rc" | b"\xc3\xa1pr" | b"m\xc3\xa1j"
        | b"j\xc3\xban" | b"j\xc3\xbal" | b"aug" | b"szept" | b"okt" | b"nov" | b"dec" | b"ker"
        | b"kft" | b"rt" | b"zrt" | b"bt" | b"mrd" | b"ezr" | b"m.\xc3\xa9" | b"i.e" | b"i.sz"
        | b"kr.e" | b"kr.u" => Ambiguous,
        _ => return None,
    })
}

pub(super) fn hungarian_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"a" | b"az"
            | b"egy"
            | b"ez"
            | b"ezt"
            | b"ezek"
            | b"azt"
            | b"de"
            | b"\xc3\xa9s"
            | b"is"
            | b"ha"
            | b"mert"
            | b"hogy"
            | b"amikor"
            | b"majd"
            | b"ekkor"
            | b"akkor"
            | b"m\xc3\xa1r"
            | b"m\xc3\xa9g"
            | b"csak"
            | b"nem"
            | b"\xc5\x91"
            | b"\xc5\x91k"
            | b"mi"
            | b"\xc3\xa9n"
            | b"ma"
            | b"tegnap"
            | b"k\xc3\xa9s\xc5\x91bb"
            | b"ez\xc3\xa9rt"
            | b"\xc3\xadgy"
            | b"azonban"
            | b"viszont"
            | b"pedig"
            | b"s\xc5\x91t"
            | b"teh\xc3\xa1t"
            | b"v\xc3\xa9g\xc3\xbcl"
    )
}

pub(super) fn turkish(w: &[u8]) -> Option<Abbrev> {
    Some(match w {
        b"dr" | b"prof" | b"do\xc3\xa7" | b"av" | b"yrd" | b"sn" | b"hz" | b"\xc3\xbcn" | b"op" => {
            Title
        }
        b"no" | b"sy" | b"s" | b"sf" | b"tel" | b"md" | b"bkz" | b"c" => Numeric,
        b"vb" | b"vs" | b"vd" => Etc,
        b"\xc3\xb6rn" | b"yak" | b"mah" | b"cad" | b"sok" | b"\xc3\xb6.\xc3\xb6" => Inner,
        b"yy" | b"m.\xc3\xb6" | b"m.s" | b"ltd" | b"\xc5\x9fti" | b"a.\xc5\x9f" | b"min" => {
            Ambiguous
        }
        _ => return None,
    })
}

pub(super) fn turkish_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"bu"
            | b"\xc5\x9fu"
            | b"o"
            | b"bir"
            | b"ve"
            | b"ama"
            | b"fakat"
            | b"ancak"
            | b"ben"
            | b"biz"
            | b"sen"
            | b"siz"
            | b"onlar"
            | b"bunlar"
            | b"daha"
            | b"sonra"
            | b"ayr\xc4\xb1ca"
            | b"ise"
            | b"her"
            | b"en"
            | b"\xc3\xa7ok"
            | b"baz\xc4\xb1"
            | b"bunun"
            | b"onun"
            | b"ilk"
            | b"\xc3\xb6te"
            | b"yine"
            | b"b\xc3\xb6ylece"
            | b"\xc3\xa7\xc3\xbcnk\xc3\xbc"
    )
}

pub(super) fn arabic(w: &[u8]) -> Option<Abbrev> {
    let w = std::str::from_utf8(w).ok()?;
    Some(match w {
        "د" | "أ" => Title,
        _ => return None,
    })
}

pub(super) fn turkish_month(w: &[u8]) -> bool {
    matches!(
        w,
        b"ocak"
            | b"\xc5\x9fubat"
            | b"mart"
            | b"nisan"
            | b"may\xc4\xb1s"
            | b"haziran"
            | b"temmuz"
            | b"a\xc4\x9fustos"
            | b"eyl\xc3\xbcl"
            | b"ekim"
            | b"kas\xc4\xb1m"
            | b"aral\xc4\xb1k"
    )
}

//! German, Dutch, Danish, Norwegian and Swedish: abbreviations, the words that open sentences
//! and month names. Words are lower-cased, abbreviations without their final period (inner
//! periods kept: `z.b`, `bl.a`).

use crate::text::sentences::abbreviations::Abbrev::{self, *};

pub(super) fn german(w: &[u8]) -> Option<Abbrev> {
    Some(match w {
        b"hr" | b"hrn" | b"fr" | b"frl" | b"dipl" | b"ing" | b"mag" | b"pfr" | b"gebr" | b"hl"
        | b"sel" => Title,
        b"nr" | b"abs" | b"bd" | b"bde" | b"kap" | b"ziff" | b"tab" | b"abb" | b"jg" | b"anm"
        | b"tel" | b"s" | b"lfd" | b"hft" | b"ca" | b"rd" | b"vers" | b"mind" => Numeric,
        b"usw" | b"u.v.m" | b"etc" | b"u.a.m" => Etc,
        b"bzw" | b"vgl" | b"ggf" | b"evtl" | b"inkl" | b"zzgl" | b"sog" | b"geb" | b"gest"
        | b"verh" | b"z.b" | b"d.h" | b"v.a" | b"z.t" | b"u.u" | b"i.d.r" | b"m.e" | b"o.g"
        | b"bspw" | b"insb" | b"einschl" | b"zz" | b"zzt" | b"z.z" | b"gem" | b"dt" | b"frz"
        | b"engl" | b"lat" | b"griech" | b"ital" | b"span" | b"russ" | b"kath" | b"ev"
        | b"evang" | b"bzgl" | b"ugs" | b"urspr" | b"allg" | b"med" | b"phil" | b"jur" | b"rer"
        | b"nat" | b"techn" | b"wiss" | b"ehem" | b"stellv" | b"sogen" | b"u.zw" | b"i.a" => Inner,
        b"jh" | b"jhd" | b"jhdt" | b"mio" | b"mrd" | b"tsd" | b"str" | b"hrsg" | b"u.a"
        | b"o.\xc3\xa4" | b"u.\xc3\xa4" | b"s.o" | b"s.u" | b"n.chr" | b"v.chr" | b"e.v"
        | b"jan" | b"feb" | b"febr" | b"m\xc3\xa4r" | b"apr" | b"jun" | b"jul" | b"aug"
        | b"sep" | b"sept" | b"okt" | b"nov" | b"dez" | b"bhf" | b"pl" | b"min" | b"std"
        | b"sek" | b"max" => Ambiguous,
        _ => return None,
    })
}

/// English abbreviations that are German words.
pub(super) fn german_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"mr" | b"ms" | b"so" | b"mo" | b"ed" | b"art" | b"col" | b"gen" | b"sen"
    )
}

pub(super) fn german_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"der"
            | b"die"
            | b"das"
            | b"den"
            | b"dem"
            | b"des"
            | b"ein"
            | b"eine"
            | b"einer"
            | b"eines"
            | b"einem"
            | b"einen"
            | b"er"
            | b"sie"
            | b"es"
            | b"wir"
            | b"ich"
            | b"ihr"
            | b"man"
            | b"du"
            | b"dies"
            | b"diese"
            | b"dieser"
            | b"dieses"
            | b"diesem"
            | b"diesen"
            | b"jene"
            | b"jener"
            | b"dort"
            | b"da"
            | b"dann"
            | b"danach"
            | b"damals"
            | b"dabei"
            | b"daher"
            | b"darum"
            | b"deshalb"
            | b"deswegen"
            | b"doch"
            | b"aber"
            | b"und"
            | b"oder"
            | b"denn"
            | b"auch"
            | b"so"
            | b"nun"
            | b"jetzt"
            | b"heute"
            | b"gestern"
            | b"hier"
            | b"zudem"
            | b"au\xc3\x9ferdem"
            | b"ausserdem"
            | b"zwar"
            | b"jedoch"
            | b"trotzdem"
            | b"dennoch"
            | b"allerdings"
            | b"also"
            | b"schlie\xc3\x9flich"
            | b"sp\xc3\xa4ter"
            | b"zuvor"
            | b"bereits"
            | b"schon"
            | b"noch"
            | b"nur"
            | b"vor"
            | b"nach"
            | b"in"
            | b"im"
            | b"am"
            | b"an"
            | b"auf"
            | b"aus"
            | b"bei"
            | b"beim"
            | b"mit"
            | b"von"
            | b"vom"
            | b"zum"
            | b"zur"
            | b"f\xc3\xbcr"
            | b"gegen"
            | b"ohne"
            | b"um"
            | b"\xc3\xbcber"
            | b"unter"
            | b"zwischen"
            | b"w\xc3\xa4hrend"
            | b"seit"
            | b"bis"
            | b"ab"
            | b"als"
            | b"wenn"
            | b"wie"
            | b"wo"
            | b"was"
            | b"wer"
            | b"warum"
            | b"weil"
            | b"obwohl"
            | b"nachdem"
            | b"bevor"
            | b"sein"
            | b"seine"
            | b"seiner"
            | b"ihre"
            | b"ihren"
            | b"unser"
            | b"unsere"
            | b"mein"
            | b"meine"
            | b"kein"
            | b"keine"
            | b"alle"
            | b"viele"
            | b"einige"
            | b"mehrere"
            | b"beide"
            | b"jeder"
            | b"jede"
            | b"jedes"
            | b"erst"
            | b"zun\xc3\xa4chst"
            | b"insgesamt"
            | b"besonders"
            | b"laut"
            | b"neben"
            | b"durch"
            | b"wegen"
            | b"trotz"
            | b"ja"
            | b"nein"
            | b"bitte"
            | b"weitere"
            | b"weiterhin"
            | b"ebenfalls"
            | b"meist"
            | b"oft"
            | b"immer"
            | b"nie"
            | b"somit"
            | b"anschlie\xc3\x9fend"
            | b"seither"
            | b"bisher"
            | b"dazu"
            | b"ferner"
            | b"gleichzeitig"
            | b"etwa"
            | b"mehr"
            | b"sehr"
            | b"leider"
            | b"vielleicht"
    )
}

pub(super) fn german_month(w: &[u8]) -> bool {
    matches!(
        w,
        b"januar"
            | b"j\xc3\xa4nner"
            | b"februar"
            | b"feber"
            | b"m\xc3\xa4rz"
            | b"april"
            | b"mai"
            | b"juni"
            | b"juli"
            | b"august"
            | b"september"
            | b"oktober"
            | b"november"
            | b"dezember"
            | b"jan"
            | b"feb"
            | b"febr"
            | b"m\xc3\xa4r"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"okt"
            | b"nov"
            | b"dez"
    )
}

/// Words after which a number with a period is an ordinal ("am 19. Februar", "im 18.
/// Jahrhundert", "der 35. Kommandeurstagung"); none of them is an English word.
pub(super) fn german_ordinal_context(w: &[u8]) -> bool {
    matches!(
        w,
        b"am"
            | b"im"
            | b"vom"
            | b"zum"
            | b"zur"
            | b"beim"
            | b"ins"
            | b"dem"
            | b"des"
            | b"der"
            | b"den"
            | b"das"
            | b"seit"
            | b"bis"
            | b"ab"
            | b"jedem"
            | b"jeden"
            | b"seinem"
            | b"seinen"
            | b"seiner"
            | b"ihrem"
            | b"ihren"
            | b"ihrer"
            | b"dieses"
            | b"diesem"
            | b"dieser"
            | b"fr\xc3\xbchen"
            | b"sp\xc3\xa4ten"
            | b"ausgehenden"
            | b"ende"
            | b"anfang"
            | b"mitte"
    )
}

pub(super) fn dutch(w: &[u8]) -> Option<Abbrev> {
    Some(match w {
        b"mevr" | b"dhr" | b"ir" | b"ing" | b"mgr" | b"mr" | b"drs" | b"ds" | b"zr" | b"br" => {
            Title
        }
        b"blz" | b"nr" | b"art" | b"ca" | b"hfst" | b"afb" | b"tel" | b"vlg" => Numeric,
        b"enz" | b"e.d" | b"etc" | b"e.a" => Etc,
        b"bijv" | b"bv" | b"d.w.z" | b"o.a" | b"m.a.w" | b"i.p.v" | b"m.b.t" | b"t.o.v" | b"nl"
        | b"zgn" | b"evt" | b"bijz" | b"o.l.v" | b"m.i" | b"resp" | b"incl" | b"excl" | b"vnw"
        | b"aanw" | b"bet" | b"vgl" | b"i.v.m" | b"z.g.a.n" => Inner,
        b"jl" | b"a.s" | b"j.l" | b"jan" | b"feb" | b"mrt" | b"apr" | b"jun" | b"jul" | b"aug"
        | b"sep" | b"sept" | b"okt" | b"nov" | b"dec" | b"n.chr" | b"v.chr" | b"min" | b"max"
        | b"st" | b"jr" | b"sr" => Ambiguous,
        _ => return None,
    })
}

pub(super) fn dutch_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"op" | b"ver" | b"no" | b"ex" | b"ten" | b"al" | b"mon" | b"co" | b"ed"
    )
}

pub(super) fn dutch_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"de"
            | b"het"
            | b"een"
            | b"die"
            | b"dat"
            | b"dit"
            | b"deze"
            | b"er"
            | b"hij"
            | b"zij"
            | b"ze"
            | b"ik"
            | b"we"
            | b"wij"
            | b"je"
            | b"u"
            | b"men"
            | b"in"
            | b"op"
            | b"met"
            | b"voor"
            | b"van"
            | b"aan"
            | b"bij"
            | b"na"
            | b"door"
            | b"om"
            | b"over"
            | b"naar"
            | b"uit"
            | b"als"
            | b"maar"
            | b"en"
            | b"of"
            | b"want"
            | b"dus"
            | b"toen"
            | b"nu"
            | b"ook"
            | b"daarna"
            | b"daarom"
            | b"bovendien"
            | b"echter"
            | b"wel"
            | b"niet"
            | b"geen"
            | b"al"
            | b"alle"
            | b"veel"
            | b"volgens"
            | b"tijdens"
            | b"sinds"
            | b"zo"
            | b"hier"
            | b"daar"
            | b"wat"
            | b"wie"
            | b"waar"
            | b"hoe"
            | b"waarom"
            | b"zijn"
            | b"haar"
            | b"hun"
            | b"ons"
            | b"mijn"
            | b"ondanks"
            | b"later"
            | b"eerder"
    )
}

/// Danish and Norwegian (Bokmål), close enough to share their lists.
pub(super) fn danish(w: &[u8]) -> Option<Abbrev> {
    Some(match w {
        b"hr" | b"fru" | b"frk" | b"skt" | b"sankt" | b"dr" | b"prof" => Title,
        b"nr" | b"kl" | b"s" | b"stk" | b"tlf" | b"bd" | b"ca" | b"kap" | b"jf" | b"jfr" => Numeric,
        b"osv" | b"mv" | b"m.m" | b"m.v" | b"etc" | b"o.l" => Etc,
        b"bl.a" | b"f.eks" | b"dvs" | b"d.v.s" | b"evt" | b"iflg" | b"if\xc3\xb8lge" | b"inkl"
        | b"pga" | b"p.g.a" | b"mht" | b"m.h.t" | b"hhv" | b"ang" | b"vedr" | b"ift" | b"mfl"
        | b"f" | b"ds" | b"s\xc3\xa5k" | b"bla" | b"t.o.m" | b"fx" => Inner,
        b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep" | b"sept"
        | b"okt" | b"nov" | b"dec" | b"des" | b"f.kr" | b"e.kr" | b"min" | b"ekskl" | b"mio"
        | b"mia" => Ambiguous,
        _ => return None,
    })
}

pub(super) fn danish_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"maj" | b"mai" | b"hon" | b"sen" | b"rev" | b"det" | b"at" | b"no" | b"op" | b"ex"
    )
}

pub(super) fn danish_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"den"
            | b"det"
            | b"de"
            | b"der"
            | b"han"
            | b"hun"
            | b"jeg"
            | b"vi"
            | b"man"
            | b"i"
            | b"p\xc3\xa5"
            | b"for"
            | b"med"
            | b"til"
            | b"af"
            | b"av"
            | b"som"
            | b"men"
            | b"og"
            | b"da"
            | b"n\xc3\xa5r"
            | b"hvis"
            | b"efter"
            | b"etter"
            | b"under"
            | b"ved"
            | b"fra"
            | b"om"
            | b"denne"
            | b"dette"
            | b"disse"
            | b"her"
            | b"s\xc3\xa5"
            | b"nu"
            | b"n\xc3\xa5"
            | b"ogs\xc3\xa5"
            | b"derfor"
            | b"desuden"
            | b"dessuten"
            | b"dog"
            | b"alligevel"
            | b"likevel"
            | b"samtidig"
            | b"senere"
            | b"tidligere"
            | b"en"
            | b"et"
            | b"ei"
            | b"hvad"
            | b"hva"
            | b"hvor"
            | b"hvem"
            | b"hvorfor"
            | b"hvordan"
            | b"mit"
            | b"min"
            | b"vores"
            | b"hans"
            | b"hendes"
            | b"deres"
            | b"lad"
            | b"la"
            | b"jo"
            | b"nej"
            | b"ja"
    )
}

pub(super) fn swedish(w: &[u8]) -> Option<Abbrev> {
    Some(match w {
        b"hr" | b"fru" | b"fr" | b"dr" | b"prof" | b"st" => Title,
        b"nr" | b"kl" | b"s" | b"tel" | b"kap" | b"ca" | b"jfr" => Numeric,
        b"osv" | b"m.m" | b"etc" | b"o.s.v" | b"m.fl" => Etc,
        b"bl.a" | b"t.ex" | b"d.v.s" | b"dvs" | b"s.k" | b"fr.o.m" | b"t.o.m" | b"f.d"
        | b"resp" | b"inkl" | b"ang" | b"p.g.a" | b"pga" | b"enl" | b"f" => Inner,
        b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep" | b"sept"
        | b"okt" | b"nov" | b"dec" | b"f.kr" | b"e.kr" | b"min" | b"milj" | b"mdr" => Ambiguous,
        _ => return None,
    })
}

pub(super) fn swedish_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"den"
            | b"det"
            | b"de"
            | b"d\xc3\xa4r"
            | b"han"
            | b"hon"
            | b"jag"
            | b"vi"
            | b"man"
            | b"i"
            | b"p\xc3\xa5"
            | b"f\xc3\xb6r"
            | b"med"
            | b"till"
            | b"av"
            | b"som"
            | b"men"
            | b"och"
            | b"d\xc3\xa5"
            | b"n\xc3\xa4r"
            | b"om"
            | b"efter"
            | b"under"
            | b"vid"
            | b"fr\xc3\xa5n"
            | b"denna"
            | b"detta"
            | b"dessa"
            | b"h\xc3\xa4r"
            | b"s\xc3\xa5"
            | b"nu"
            | b"ocks\xc3\xa5"
            | b"d\xc3\xa4rf\xc3\xb6r"
            | b"dessutom"
            | b"dock"
            | b"samtidigt"
            | b"senare"
            | b"tidigare"
            | b"en"
            | b"ett"
            | b"vad"
            | b"var"
            | b"vem"
            | b"varf\xc3\xb6r"
            | b"hur"
            | b"min"
            | b"v\xc3\xa5r"
            | b"hans"
            | b"hennes"
            | b"deras"
            | b"ja"
            | b"nej"
            | b"enligt"
    )
}

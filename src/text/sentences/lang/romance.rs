//! French, Spanish, Italian, Portuguese and Romanian: abbreviations, the words that open
//! sentences, and the English abbreviations that are ordinary words there. Words are
//! lower-cased, abbreviations without their final period (inner periods kept: `p.ej`).

use crate::text::sentences::abbreviations::Abbrev::{self, *};

pub(super) fn french(w: &[u8]) -> Option<Abbrev> {
    Some(match w {
        b"m" | b"mm" | b"mme" | b"mmes" | b"mlle" | b"mlles" | b"me" | b"mgr" | b"pr" | b"ste"
        | b"st" | b"gal" | b"cdt" | b"r.p" | b"vve" => Title,
        b"no" | b"n\xc2\xb0" | b"p" | b"pp" | b"vol" | b"t" | b"chap" | b"art" | b"al"
        | b"\xc3\xa9d" | b"fig" | b"t\xc3\xa9l" | b"env" | b"ch" => Numeric,
        b"etc" => Etc,
        b"cf" | b"c.-\xc3\xa0-d" | b"c.\xc3\xa0.d" | b"p.ex" | b"ex" | b"coll" | b"resp"
        | b"vs" | b"ca" | b"av" | b"apr" => Inner,
        b"j.-c" | b"bd" | b"janv" | b"f\xc3\xa9vr" | b"avr" | b"juil" | b"sept" | b"oct"
        | b"nov" | b"d\xc3\xa9c" | b"s" | b"dir" | b"hab" | b"min" | b"max" | b"cie" | b"inc"
        | b"ltd" | b"jr" | b"sr" => Ambiguous,
        _ => return None,
    })
}

/// English abbreviations that are French words.
pub(super) fn french_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"est"
            | b"sept"
            | b"sec"
            | b"col"
            | b"mon"
            | b"ave"
            | b"tel"
            | b"ver"
            | b"ex"
            | b"mars"
            | b"rev"
            | b"gen"
            | b"sen"
            | b"dist"
            | b"div"
            | b"ed"
            | b"op"
    )
}

pub(super) fn french_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"le"
            | b"la"
            | b"les"
            | b"l"
            | b"un"
            | b"une"
            | b"des"
            | b"du"
            | b"il"
            | b"elle"
            | b"ils"
            | b"elles"
            | b"on"
            | b"nous"
            | b"vous"
            | b"je"
            | b"j"
            | b"tu"
            | b"ce"
            | b"cette"
            | b"ces"
            | b"cet"
            | b"c"
            | b"en"
            | b"au"
            | b"aux"
            | b"dans"
            | b"pour"
            | b"par"
            | b"sur"
            | b"avec"
            | b"sans"
            | b"depuis"
            | b"apr\xc3\xa8s"
            | b"avant"
            | b"pendant"
            | b"selon"
            | b"mais"
            | b"et"
            | b"ou"
            | b"donc"
            | b"or"
            | b"puis"
            | b"ensuite"
            | b"enfin"
            | b"alors"
            | b"ainsi"
            | b"cependant"
            | b"pourtant"
            | b"toutefois"
            | b"quand"
            | b"si"
            | b"comme"
            | b"lorsque"
            | b"son"
            | b"sa"
            | b"ses"
            | b"leur"
            | b"leurs"
            | b"notre"
            | b"nos"
            | b"mon"
            | b"ma"
            | b"mes"
            | b"tout"
            | b"tous"
            | b"toute"
            | b"toutes"
            | b"aujourd'hui"
            | b"aujourd\xe2\x80\x99hui"
            | b"ici"
            | b"l\xc3\xa0"
            | b"de"
            | b"d"
            | b"\xc3\xa0"
            | b"qui"
            | b"que"
            | b"quoi"
            | b"pourquoi"
            | b"comment"
            | b"o\xc3\xb9"
            | b"oui"
            | b"non"
            | b"parce"
            | b"plus"
            | b"bien"
            | b"tr\xc3\xa8s"
    )
}

pub(super) fn spanish(w: &[u8]) -> Option<Abbrev> {
    Some(match w {
        b"sr" | b"sra" | b"srta" | b"sres" | b"sras" | b"dr" | b"dra" | b"lic" | b"lcdo"
        | b"lcda" | b"ing" | b"arq" | b"prof" | b"d" | b"d\xc3\xb1a" | b"ud" | b"uds" | b"vd"
        | b"vds" | b"excmo" | b"excma" | b"ilmo" | b"ilma" | b"mons" | b"fr" | b"sto" | b"sta"
        | b"gral" | b"cnel" | b"tte" | b"cap" | b"dn" | b"ee" => Title,
        b"n\xc3\xbam" | b"n\xc2\xba" | b"n\xc2\xb0" | b"p\xc3\xa1g" | b"p\xc3\xa1gs" | b"p"
        | b"pp" | b"art" | b"vol" | b"tel" | b"tfno" | b"fig" | b"no" | b"p\xc3\xa1rr"
        | b"p\xc3\xa1rrf" | b"cap\xc3\xadt" | b"ej" | b"av" | b"avda" | b"c" | b"cra" | b"ext"
        | b"mar" => Numeric,
        b"etc" => Etc,
        b"p.ej" | b"cf" | b"cfr" | b"vs" | b"i.e" | b"adm\xc3\xb3n" | b"aprox" => Inner,
        b"hab" | b"c\xc3\xada" | b"s.a" | b"ltda" | b"a.c" | b"d.c" | b"a.m" | b"p.m" | b"ene"
        | b"feb" | b"abr" | b"may" | b"jun" | b"jul" | b"ago" | b"sept" | b"sep" | b"oct"
        | b"nov" | b"dic" | b"lun" | b"mi\xc3\xa9" | b"jue" | b"vie" | b"s\xc3\xa1b" | b"dom"
        | b"min" | b"seg" | b"hs" | b"km" | b"kg" | b"ee.uu" | b"uu" | b"inc" | b"ltd" | b"jr" => {
            Ambiguous
        }
        _ => return None,
    })
}

pub(super) fn spanish_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"mar"
            | b"col"
            | b"ave"
            | b"sec"
            | b"dist"
            | b"div"
            | b"gen"
            | b"sen"
            | b"ver"
            | b"est"
            | b"ed"
            | b"al"
            | b"mes"
            | b"mo"
            | b"rev"
            | b"op"
            | b"mon"
    )
}

pub(super) fn spanish_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"el"
            | b"la"
            | b"los"
            | b"las"
            | b"un"
            | b"una"
            | b"unos"
            | b"unas"
            | b"lo"
            | b"\xc3\xa9l"
            | b"ella"
            | b"ellos"
            | b"ellas"
            | b"yo"
            | b"t\xc3\xba"
            | b"usted"
            | b"nosotros"
            | b"este"
            | b"esta"
            | b"esto"
            | b"estos"
            | b"estas"
            | b"ese"
            | b"esa"
            | b"eso"
            | b"en"
            | b"de"
            | b"del"
            | b"al"
            | b"a"
            | b"con"
            | b"por"
            | b"para"
            | b"sin"
            | b"desde"
            | b"durante"
            | b"tras"
            | b"seg\xc3\xban"
            | b"sobre"
            | b"pero"
            | b"y"
            | b"o"
            | b"aunque"
            | b"adem\xc3\xa1s"
            | b"tambi\xc3\xa9n"
            | b"luego"
            | b"despu\xc3\xa9s"
            | b"entonces"
            | b"as\xc3\xad"
            | b"cuando"
            | b"si"
            | b"como"
            | b"su"
            | b"sus"
            | b"mi"
            | b"mis"
            | b"nuestro"
            | b"nuestra"
            | b"hoy"
            | b"ayer"
            | b"aqu\xc3\xad"
            | b"all\xc3\xad"
            | b"que"
            | b"qu\xc3\xa9"
            | b"c\xc3\xb3mo"
            | b"d\xc3\xb3nde"
            | b"no"
            | b"s\xc3\xad"
            | b"se"
            | b"le"
            | b"les"
            | b"me"
            | b"nos"
            | b"hay"
            | b"fue"
            | b"es"
            | b"era"
            | b"gracias"
            | b"buenos"
            | b"todo"
            | b"todos"
    )
}

pub(super) fn italian(w: &[u8]) -> Option<Abbrev> {
    Some(match w {
        b"sig" | b"sigg" | b"sig.ra" | b"sig.na" | b"sig.ri" | b"dott" | b"dott.ssa" | b"prof"
        | b"prof.ssa" | b"ing" | b"avv" | b"arch" | b"geom" | b"rag" | b"on" | b"mons" | b"ss"
        | b"gen" | b"col" | b"cav" | b"comm" | b"egr" | b"gent" | b"spett" | b"f.lli" | b"dir"
        | b"amm" | b"v.cte" | b"cte" | b"s" | b"sen" | b"psicol" => Title,
        b"art" | b"artt" | b"n" | b"nn" | b"pag" | b"pagg" | b"p" | b"pp" | b"vol" | b"cap"
        | b"fig" | b"tab" | b"lett" | b"co" | b"par" | b"tel" | b"ca" => Numeric,
        b"ecc" | b"etc" => Etc,
        b"es" | b"cfr" | b"ovv" | b"risp" | b"vs" | b"c.d" | b"d" | b"st" | b"econ" | b"meteor"
        | b"idraul" | b"ad" => Inner,
        b"sec" | b"a.c" | b"d.c" | b"feb" | b"mar" | b"apr" | b"mag" | b"giu" | b"lug" | b"ago"
        | b"set" | b"ott" | b"nov" | b"dic" | b"cit" | b"ibid" | b"min" | b"max" | b"az"
        | b"spa" | b"s.p.a" | b"inc" | b"ltd" | b"jr" | b"sr" => Ambiguous,
        _ => return None,
    })
}

pub(super) fn italian_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"est"
            | b"ed"
            | b"al"
            | b"no"
            | b"mo"
            | b"ave"
            | b"dist"
            | b"div"
            | b"rev"
            | b"op"
            | b"mon"
            | b"ver"
            | b"ex"
    )
}

pub(super) fn italian_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"il"
            | b"lo"
            | b"la"
            | b"i"
            | b"gli"
            | b"le"
            | b"l"
            | b"un"
            | b"uno"
            | b"una"
            | b"lui"
            | b"lei"
            | b"loro"
            | b"io"
            | b"noi"
            | b"voi"
            | b"questo"
            | b"questa"
            | b"questi"
            | b"queste"
            | b"quello"
            | b"quella"
            | b"in"
            | b"nel"
            | b"nella"
            | b"di"
            | b"del"
            | b"della"
            | b"a"
            | b"al"
            | b"alla"
            | b"da"
            | b"dal"
            | b"con"
            | b"per"
            | b"su"
            | b"sul"
            | b"tra"
            | b"fra"
            | b"dopo"
            | b"prima"
            | b"durante"
            | b"secondo"
            | b"ma"
            | b"e"
            | b"o"
            | b"per\xc3\xb2"
            | b"inoltre"
            | b"anche"
            | b"poi"
            | b"quindi"
            | b"cos\xc3\xac"
            | b"quando"
            | b"se"
            | b"come"
            | b"suo"
            | b"sua"
            | b"suoi"
            | b"mio"
            | b"mia"
            | b"oggi"
            | b"ieri"
            | b"qui"
            | b"l\xc3\xac"
            | b"che"
            | b"chi"
            | b"cosa"
            | b"dove"
            | b"perch\xc3\xa9"
            | b"non"
            | b"s\xc3\xac"
            | b"ci"
            | b"si"
            | b"c'\xc3\xa8"
            | b"\xc3\xa8"
            | b"era"
            | b"sono"
            | b"grazie"
            | b"arrivederci"
            | b"buongiorno"
            | b"tutti"
    )
}

pub(super) fn portuguese(w: &[u8]) -> Option<Abbrev> {
    Some(match w {
        b"sr" | b"sra" | b"srs" | b"sras" | b"srta" | b"dr" | b"dra" | b"drs" | b"prof"
        | b"profa" | b"eng" | b"exmo" | b"exma" | b"d" | b"sto" | b"sta" | b"s" | b"v.exa"
        | b"gen" | b"cel" | b"ten" | b"cap" | b"pe" => Title,
        b"p\xc3\xa1g" | b"p\xc3\xa1gs" | b"p" | b"pp" | b"n" | b"n\xc2\xba" | b"n.\xc2\xba"
        | b"art" | b"vol" | b"fl" | b"tel" | b"cap\xc3\xadt" | b"no" | b"nos" => Numeric,
        b"etc" => Etc,
        b"ex" | b"p.ex" | b"cf" | b"vs" | b"i.e" | b"obs" | b"aprox" => Inner,
        b"q.b" | b"av" | b"lda" | b"ltda" | b"s.a" | b"cia" | b"a.c" | b"d.c" | b"jan" | b"fev"
        | b"abr" | b"mai" | b"jun" | b"jul" | b"ago" | b"set" | b"out" | b"nov" | b"dez"
        | b"min" | b"seg" | b"km" | b"kg" | b"inc" | b"ltd" | b"jr" | b"n.r" => Ambiguous,
        _ => return None,
    })
}

pub(super) fn portuguese_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"mar"
            | b"col"
            | b"ave"
            | b"sec"
            | b"dist"
            | b"div"
            | b"sen"
            | b"ver"
            | b"est"
            | b"ed"
            | b"al"
            | b"mo"
            | b"rev"
            | b"op"
            | b"mon"
            | b"dec"
    )
}

pub(super) fn portuguese_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"o" | b"a"
            | b"os"
            | b"as"
            | b"um"
            | b"uma"
            | b"uns"
            | b"umas"
            | b"ele"
            | b"ela"
            | b"eles"
            | b"elas"
            | b"eu"
            | b"n\xc3\xb3s"
            | b"voc\xc3\xaa"
            | b"este"
            | b"esta"
            | b"isto"
            | b"esse"
            | b"essa"
            | b"isso"
            | b"em"
            | b"no"
            | b"na"
            | b"nos"
            | b"nas"
            | b"de"
            | b"do"
            | b"da"
            | b"dos"
            | b"das"
            | b"ao"
            | b"com"
            | b"por"
            | b"para"
            | b"pelo"
            | b"pela"
            | b"sem"
            | b"desde"
            | b"durante"
            | b"ap\xc3\xb3s"
            | b"segundo"
            | b"mas"
            | b"e"
            | b"ou"
            | b"por\xc3\xa9m"
            | b"contudo"
            | b"al\xc3\xa9m"
            | b"tamb\xc3\xa9m"
            | b"depois"
            | b"ent\xc3\xa3o"
            | b"assim"
            | b"quando"
            | b"se"
            | b"como"
            | b"seu"
            | b"sua"
            | b"seus"
            | b"suas"
            | b"meu"
            | b"minha"
            | b"hoje"
            | b"ontem"
            | b"aqui"
            | b"ali"
            | b"que"
            | b"quem"
            | b"onde"
            | b"n\xc3\xa3o"
            | b"sim"
            | b"h\xc3\xa1"
            | b"foi"
            | b"\xc3\xa9"
            | b"era"
            | b"todos"
            | b"cada"
    )
}

pub(super) fn romanian(w: &[u8]) -> Option<Abbrev> {
    Some(match w {
        b"dl" | b"dna" | b"dra" | b"dr" | b"prof" | b"ing" | b"d-l" | b"d-na" => Title,
        b"nr" | b"art" | b"pag" | b"p" | b"vol" | b"cap" | b"alin" | b"lit" | b"fig" | b"cca"
        | b"str" | b"jud" | b"mun" | b"bd" => Numeric,
        b"etc" | b"\xc8\x99.a" | b"\xc8\x99.a.m.d" | b"s.a" | b"s.a.m.d" => Etc,
        b"ex" | b"d.p.d.v" | b"aprox" | b"resp" | b"vs" | b"cf" => Inner,
        b"a.c" | b"\xc3\xae.hr" | b"d.hr" | b"\xc3\xae.e.n" | b"e.n" | b"ian" | b"feb" | b"mar"
        | b"apr" | b"iun" | b"iul" | b"aug" | b"sept" | b"oct" | b"nov" | b"dec" | b"min"
        | b"mil" | b"mld" => Ambiguous,
        _ => return None,
    })
}

pub(super) fn romanian_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"ed" | b"al" | b"mo" | b"no" | b"est" | b"sec" | b"col" | b"ave"
    )
}

pub(super) fn romanian_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"el"
            | b"ea"
            | b"ei"
            | b"ele"
            | b"eu"
            | b"noi"
            | b"voi"
            | b"\xc3\xaen"
            | b"la"
            | b"pe"
            | b"cu"
            | b"de"
            | b"din"
            | b"pentru"
            | b"dup\xc4\x83"
            | b"\xc8\x99i"
            | b"dar"
            | b"iar"
            | b"\xc3\xaens\xc4\x83"
            | b"acesta"
            | b"aceasta"
            | b"acest"
            | b"aceast\xc4\x83"
            | b"aici"
            | b"acolo"
            | b"atunci"
            | b"apoi"
            | b"astfel"
            | b"totu\xc8\x99i"
            | b"c\xc3\xa2nd"
            | b"dac\xc4\x83"
            | b"de\xc8\x99i"
            | b"un"
            | b"o"
            | b"unii"
            | b"unele"
            | b"nu"
            | b"da"
            | b"ce"
            | b"cine"
            | b"unde"
            | b"cum"
    )
}

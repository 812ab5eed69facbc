//! pySBD's golden rules for French, Dutch, Greek, Arabic, Chinese and Japanese
//! (`tests/lang/test_<language>.py`), with pySBD's exact expected sentences.

use super::golden_in;
use crate::text::Language::*;

#[test]
fn pysbd_french() {
    golden_in(French, &[
        (
            "Après avoir été l'un des acteurs du projet génome humain, le Genoscope met aujourd'hui le cap vers la génomique environnementale. L'exploitation des données de séquences, prolongée par l'identification expérimentale des fonctions biologiques, notamment dans le domaine de la biocatalyse, ouvrent des perspectives de développements en biotechnologie industrielle.",
            &[
                "Après avoir été l'un des acteurs du projet génome humain, le Genoscope met aujourd'hui le cap vers la génomique environnementale.",
                "L'exploitation des données de séquences, prolongée par l'identification expérimentale des fonctions biologiques, notamment dans le domaine de la biocatalyse, ouvrent des perspectives de développements en biotechnologie industrielle.",
            ],
        ),
        (
            r#""Airbus livrera comme prévu 30 appareils 380 cette année avec en ligne de mire l'objectif d'équilibre financier du programme en 2015", a-t-il ajouté."#,
            &[r#""Airbus livrera comme prévu 30 appareils 380 cette année avec en ligne de mire l'objectif d'équilibre financier du programme en 2015", a-t-il ajouté."#],
        ),
        (
            "À 11 heures ce matin, la direction ne décomptait que douze grévistes en tout sur la France : ce sont ceux du site de Saran (Loiret), dont l’effectif est de 809 salariés, dont la moitié d’intérimaires. Elle assure que ce mouvement « n’aura aucun impact sur les livraisons ».",
            &[
                "À 11 heures ce matin, la direction ne décomptait que douze grévistes en tout sur la France : ce sont ceux du site de Saran (Loiret), dont l’effectif est de 809 salariés, dont la moitié d’intérimaires.",
                "Elle assure que ce mouvement « n’aura aucun impact sur les livraisons ».",
            ],
        ),
        (
            "Ce modèle permet d’afficher le texte « LL.AA.II.RR. » pour l’abréviation de « Leurs Altesses impériales et royales » avec son infobulle.",
            &["Ce modèle permet d’afficher le texte « LL.AA.II.RR. » pour l’abréviation de « Leurs Altesses impériales et royales » avec son infobulle."],
        ),
        (
            "Les derniers ouvrages de Intercept Ltd. sont ici.",
            &["Les derniers ouvrages de Intercept Ltd. sont ici."],
        ),
    ]);
}

#[test]
fn pysbd_dutch() {
    golden_in(Dutch, &[
        (
            "Hij schoot op de JP8-brandstof toen de Surface-to-Air (sam)-missiles op hem af kwamen. 81 procent van de schoten was raak.",
            &[
                "Hij schoot op de JP8-brandstof toen de Surface-to-Air (sam)-missiles op hem af kwamen.",
                "81 procent van de schoten was raak.",
            ],
        ),
        (
            "81 procent van de schoten was raak. ...en toen barste de hel los.",
            &["81 procent van de schoten was raak.", "...en toen barste de hel los."],
        ),
        ("Afkorting aanw. vnw.", &["Afkorting aanw. vnw."]),
    ]);
}

// Greek: pySBD's one case ("Με συγχωρείτε· πού είναι οι τουαλέτες; Τις Κυριακές δε δούλευε
// κανένας. το κόστος …") is left out: it wants a sentence to start at the lower-case "το"
// after a period, which nutgraf takes as a boundary only in lower-cased text. Its `;` as a
// question mark is checked in `languages.rs`.

#[test]
fn pysbd_arabic() {
    golden_in(Arabic, &[
        // Left out: pySBD's cases that end Arabic sentences at a colon ("سؤال وجواب:", "… GMT
        // الصنداي تايمز:") or at the Arabic comma "،"; the treebanks (and nutgraf) end sentences
        // only at full stops, question and exclamation marks.
        (
            "وقال د. ديفيد ريدي و الأطباء الذين كانوا يعالجونها في مستشفى برمنجهام إنها كانت تعاني من أمراض أخرى. وليس معروفا ما اذا كانت قد توفيت بسبب اصابتها بأنفلونزا الخنازير.",
            &[
                "وقال د. ديفيد ريدي و الأطباء الذين كانوا يعالجونها في مستشفى برمنجهام إنها كانت تعاني من أمراض أخرى.",
                "وليس معروفا ما اذا كانت قد توفيت بسبب اصابتها بأنفلونزا الخنازير.",
            ],
        ),
        (
            "ومن المنتظر أن يكتمل مشروع خط أنابيب نابوكو البالغ طوله 3300 كليومترا في 12/08/2014 بتكلفة تُقدر بـ 7.9 مليارات يورو أي نحو 10.9 مليارات دولار. ومن المقرر أن تصل طاقة ضخ الغاز في المشروع 31 مليار متر مكعب انطلاقا من بحر قزوين مرورا بالنمسا وتركيا ودول البلقان دون المرور على الأراضي الروسية.",
            &[
                "ومن المنتظر أن يكتمل مشروع خط أنابيب نابوكو البالغ طوله 3300 كليومترا في 12/08/2014 بتكلفة تُقدر بـ 7.9 مليارات يورو أي نحو 10.9 مليارات دولار.",
                "ومن المقرر أن تصل طاقة ضخ الغاز في المشروع 31 مليار متر مكعب انطلاقا من بحر قزوين مرورا بالنمسا وتركيا ودول البلقان دون المرور على الأراضي الروسية.",
            ],
        ),
    ]);
}

#[test]
fn pysbd_chinese() {
    golden_in(Chinese, &[
        (
            "安永已聯繫周怡安親屬，協助辦理簽證相關事宜，周怡安家屬1月1日晚間搭乘東方航空班機抵達上海，他們步入入境大廳時神情落寞、不發一語。周怡安來自台中，去年剛從元智大學畢業，同年9月加入安永。",
            &[
                "安永已聯繫周怡安親屬，協助辦理簽證相關事宜，周怡安家屬1月1日晚間搭乘東方航空班機抵達上海，他們步入入境大廳時神情落寞、不發一語。",
                "周怡安來自台中，去年剛從元智大學畢業，同年9月加入安永。",
            ],
        ),
        ("我们明天一起去看《摔跤吧！爸爸》好吗？好！", &["我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"]),
    ]);
}

#[test]
fn pysbd_japanese() {
    golden_in(Japanese, &[
        ("これはペンです。それはマーカーです。", &["これはペンです。", "それはマーカーです。"]),
        ("それは何ですか？ペンですか？", &["それは何ですか？", "ペンですか？"]),
        ("良かったね！すごい！", &["良かったね！", "すごい！"]),
        (
            "自民党税制調査会の幹部は、「引き下げ幅は３．２９％以上を目指すことになる」と指摘していて、今後、公明党と合意したうえで、３０日に決定する与党税制改正大綱に盛り込むことにしています。２％台後半を目指すとする方向で最終調整に入りました。",
            &[
                "自民党税制調査会の幹部は、「引き下げ幅は３．２９％以上を目指すことになる」と指摘していて、今後、公明党と合意したうえで、３０日に決定する与党税制改正大綱に盛り込むことにしています。",
                "２％台後半を目指すとする方向で最終調整に入りました。",
            ],
        ),
    ]);
}

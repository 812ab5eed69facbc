//! CJK: ASCII stops between CJK characters, closing marks after full stops, brackets and
//! quotations, Japanese quotative particles. Language-neutral: `split_sentences`.

use super::check;

#[test]
fn ascii_stops_between_cjk_characters() {
    check(
        "我们不知道选哪个?如何选择才好呢?",
        &["我们不知道选哪个?", "如何选择才好呢?"],
    );
    check(
        "提出了一种新方法.仿真结果表明该方法有效.",
        &["提出了一种新方法.", "仿真结果表明该方法有效."],
    );
    // After a bracket, a unit or a percentage, before a Latin letter or a digit.
    check(
        "差异有统计学意义(P<0.05).结论 该方法可行.",
        &["差异有统计学意义(P<0.05).", "结论 该方法可行."],
    );
    check(
        "抑菌率可达80%.掺入稀土离子有利.由边缘肩台瓷构筑.B组全瓷冠边缘由瓷构成.",
        &[
            "抑菌率可达80%.",
            "掺入稀土离子有利.",
            "由边缘肩台瓷构筑.",
            "B组全瓷冠边缘由瓷构成.",
        ],
    );
    check(
        "これが美味!組内外から高い評価",
        &["これが美味!", "組内外から高い評価"],
    );
    check("研究基地..另外,教廷在此", &["研究基地..", "另外,教廷在此"]);
    // Decimal numbers stay whole.
    check("厚度为1.2 mm.结果良好.", &["厚度为1.2 mm.", "结果良好."]);
}

#[test]
fn closing_marks_after_full_stops() {
    check(
        "他问：「誰會想聽呢？」。在那之後，他走了。",
        &["他问：「誰會想聽呢？」。", "在那之後，他走了。"],
    );
    // An opening quote after the full stop starts the next sentence.
    check(
        "鈴木は勤務に入った。“創価学会”の記事には何もない。",
        &["鈴木は勤務に入った。", "“創価学会”の記事には何もない。"],
    );
    check(
        "兄を救うことであった。*1902年に始まった。",
        &["兄を救うことであった。", "*1902年に始まった。"],
    );
}

#[test]
fn brackets_and_quotations() {
    check(
        "我们明天一起去看《摔跤吧！爸爸》好吗？好！",
        &["我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"],
    );
    check(
        "彼は「行こう。」と言った。私は従った。",
        &["彼は「行こう。」と言った。", "私は従った。"],
    );
    check("他说：“好。”我们走吧。", &["他说：“好。”", "我们走吧。"]);
}

#[test]
fn other_scripts_through_uax29() {
    check("ይህ ዓረፍተ ነገር ነው። ሌላ ነው።", &["ይህ ዓረፍተ ነገር ነው።", "ሌላ ነው።"]);
    check(
        "Սա նախադասություն է։ Սա էլ է։",
        &["Սա նախադասություն է։", "Սա էլ է։"],
    );
    check(
        "ဒါဟာ ဝါကျ ဖြစ်တယ်။ နောက်တစ်ခု။",
        &["ဒါဟာ ဝါကျ ဖြစ်တယ်။", "နောက်တစ်ခု။"],
    );
    // Thai has no sentence punctuation: UAX #29 keeps a paragraph whole.
    check("วันนี้อากาศดี เราไปเที่ยวกัน", &["วันนี้อากาศดี เราไปเที่ยวกัน"]);
}

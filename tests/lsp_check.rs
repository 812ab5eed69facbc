//! The summaries written in a document, checked in a real stdio session (issue 12): exact
//! Warning diagnostics for a dek with a wrong number, a description naming someone the story
//! does not, a Key points list with one unsupported item; none for a faithful paraphrase; the
//! hover on a summary sentence; `check.enabled: false`.

mod support;

use std::time::Duration;

use serde_json::{json, Value};
use support::client::{hover_text, position_of, range_of, Enc, Lsp};

const BIN: &str = env!("CARGO_BIN_EXE_nutgraf");
const URI: &str = "file:///tmp/nutgraf-check-test/crash.md";

const BODY: &str = "# Bus crash on the A9

Eleven people died when a coach carrying 48 passengers left the A9 near Pitlochry on Sunday evening.

Police Scotland said 23 others were taken to Perth Royal Infirmary. The driver, Alan Reid, was not arrested.

The operator, Highland Coaches, said its fleet was inspected in March. Road deaths in the region rose by 12% in 2014, according to the council.

\"We are devastated,\" said Fiona Grant, the company's director.
";

const CLOSEST: &str = "Eleven people died when a coach carrying 48 passengers left the A9 near Pitlochry on Sunday evening.";

/// The story with `description` in its front matter.
fn story(description: &str) -> String {
    format!("---\ntitle: Bus crash on the A9\ndescription: {description}\n---\n\n{BODY}")
}

fn start(options: Value) -> Lsp {
    let mut lsp = Lsp::spawn_bin(BIN, &["lsp", "--stdio"]);
    let caps = json!({
        "textDocument": {
            "hover": {"contentFormat": ["markdown"]},
            "publishDiagnostics": {"versionSupport": true, "relatedInformation": true}
        },
        "workspace": {}
    });
    lsp.initialize(caps, options);
    lsp
}

/// The diagnostics published for `version` (waiting for non-empty ones when `some`).
fn diagnostics(lsp: &mut Lsp, version: i32, some: bool) -> Vec<Value> {
    let d = lsp
        .wait_notification(
            "textDocument/publishDiagnostics",
            Duration::from_secs(10),
            |p| {
                p["uri"] == URI
                    && p["version"] == version
                    && (!some || !p["diagnostics"].as_array().unwrap().is_empty())
            },
        )
        .unwrap_or_else(|| {
            panic!(
                "no diagnostics for version {version}; stderr:\n{}",
                lsp.log()
            )
        });
    d["diagnostics"].as_array().unwrap().clone()
}

/// Non-empty diagnostics published within a second (the check runs 300 ms after a change).
fn no_warnings(lsp: &mut Lsp) -> Option<Value> {
    lsp.wait_notification(
        "textDocument/publishDiagnostics",
        Duration::from_millis(1200),
        |p| !p["diagnostics"].as_array().unwrap().is_empty(),
    )
}

/// The range of the first occurrence of `needle` in `text` (UTF-16).
fn at(text: &str, needle: &str) -> Value {
    let i = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the text"));
    range_of(text, i..i + needle.len(), Enc::Utf16)
}

/// A warning as the server must publish it.
fn warning(text: &str, on: &str, code: &str, message: &str, closest: &str) -> Value {
    json!({
        "range": at(text, on),
        "severity": 2,
        "code": code,
        "source": "nutgraf",
        "message": message,
        "relatedInformation": [{
            "location": {"uri": URI, "range": at(text, closest)},
            "message": format!("closest in the article: {closest}"),
        }],
    })
}

#[test]
fn dek_with_a_wrong_number_then_a_faithful_paraphrase() {
    let mut lsp = start(Value::Null);
    let text = story("Twelve people died when a coach left the A9 near Pitlochry on Sunday.");
    lsp.open(URI, "markdown", 1, &text);
    assert_eq!(
        diagnostics(&mut lsp, 1, true),
        [warning(
            &text,
            "Twelve",
            "number",
            "number \"Twelve\": not in the article (the front-matter `description`)",
            CLOSEST
        )]
    );
    // The hover on the dek says what is missing and where the closest sentence is.
    let p = position_of(&text, text.find("coach left").unwrap(), Enc::Utf16);
    let h = lsp.hover(URI, p["line"].as_u64().unwrap() as u32, 20);
    let dek = "Twelve people died when a coach left the A9 near Pitlochry on Sunday.";
    assert_eq!(h["range"], at(&text, dek));
    let shown = hover_text(&h).unwrap();
    let (head, foot) = shown.rsplit_once("\n\n").unwrap();
    assert_eq!(
        head,
        format!("**Not supported:** number \"Twelve\": not in the article\n\n**Closest, paragraph 1:** {CLOSEST}")
    );
    assert!(foot.starts_with("*support 0."), "{foot}");
    assert!(
        foot.ends_with(" · the front-matter `description`*"),
        "{foot}"
    );

    // Rewritten faithfully: the warning goes.
    let faithful = "A coach crash near Pitlochry on Sunday killed eleven people and sent 23 more to hospital in Perth.";
    let old = "Twelve people died when a coach left the A9 near Pitlochry on Sunday.";
    lsp.change(URI, 2, at(&text, old), faithful);
    let text = text.replace(old, faithful);
    assert_eq!(diagnostics(&mut lsp, 2, false), Vec::<Value>::new());
    let p = position_of(&text, text.find("killed").unwrap(), Enc::Utf16);
    let h = lsp.hover(
        URI,
        p["line"].as_u64().unwrap() as u32,
        p["character"].as_u64().unwrap() as u32,
    );
    let shown = hover_text(&h).unwrap();
    assert!(
        shown.starts_with(&format!(
            "**Supported by paragraph 1:** {CLOSEST}\n\n*support "
        )),
        "{shown}"
    );
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn description_with_a_name_not_in_the_body() {
    let mut lsp = start(Value::Null);
    let text =
        story("\"Driver John Reid was not arrested after the crash near Pitlochry, police said.\"");
    lsp.open(URI, "markdown", 1, &text);
    let closest = "The driver, Alan Reid, was not arrested.";
    assert_eq!(
        diagnostics(&mut lsp, 1, true),
        [warning(
            &text,
            "John",
            "name",
            "name \"John\": not in the article (the front-matter `description`)",
            closest
        )]
    );
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn key_points_list_with_one_unsupported_item() {
    let mut lsp = start(Value::Null);
    let text = BODY.replacen(
        "# Bus crash on the A9\n\n",
        "# Bus crash on the A9\n\n**Key points**\n\n- Eleven people died when a coach left the A9 on Sunday.\n- 23 others were taken to hospital in Perth.\n- The coach was travelling at 90 mph.\n\n",
        1,
    );
    lsp.open(URI, "markdown", 1, &text);
    let list = "the key-points list";
    assert_eq!(
        diagnostics(&mut lsp, 1, true),
        [
            warning(
                &text,
                "travelling",
                "word",
                &format!("word \"travelling\": not in the article ({list})"),
                CLOSEST
            ),
            warning(
                &text,
                "90",
                "number",
                &format!("number \"90\": not in the article ({list})"),
                CLOSEST
            ),
            warning(
                &text,
                "mph",
                "word",
                &format!("word \"mph\": not in the article ({list})"),
                CLOSEST
            ),
        ]
    );
    // A supported item: its support is counted in the story (the list is not its paragraphs).
    let p = position_of(
        &text,
        text.find("23 others were taken to hospital").unwrap(),
        Enc::Utf16,
    );
    let h = lsp.hover(URI, p["line"].as_u64().unwrap() as u32, 4);
    let shown = hover_text(&h).unwrap();
    assert!(
        shown.starts_with("**Supported by paragraph 2:** Police Scotland said 23 others were taken to Perth Royal Infirmary."),
        "{shown}"
    );
    assert_eq!(
        h["range"],
        at(&text, "23 others were taken to hospital in Perth.")
    );
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn check_enabled_false_publishes_no_check_diagnostics() {
    let text = story("Twelve people died when a coach left the A9 near Pitlochry on Sunday.");
    let mut lsp = start(json!({"check": {"enabled": false}}));
    lsp.open(URI, "markdown", 1, &text);
    assert_eq!(no_warnings(&mut lsp), None);
    // Turned on: the warning; turned off again: withdrawn.
    lsp.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"nutgraf": {"check": {"enabled": true}}}}),
    );
    assert_eq!(diagnostics(&mut lsp, 1, true).len(), 1);
    lsp.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"nutgraf": {"check": {"enabled": false}}}}),
    );
    assert_eq!(diagnostics(&mut lsp, 1, false), Vec::<Value>::new());
    // No support hover either: the dek is front matter, which has none.
    let h = lsp.hover(URI, 2, 20);
    assert_eq!(h, Value::Null);
    // A minimum support below the dek's score hides its finding.
    lsp.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"nutgraf": {"check": {"enabled": true, "minSupport": 0.2}}}}),
    );
    assert_eq!(no_warnings(&mut lsp), None);
    let h = lsp.hover(URI, 2, 20);
    assert!(hover_text(&h).unwrap().starts_with("**Not supported:**"));
    assert!(lsp.shutdown_and_exit().success());
}

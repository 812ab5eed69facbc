//! Abuse over a real stdio session (issue: hardening): a 10 MB single-line document, block
//! quotes and lists tens of thousands of levels deep, edits to closed documents. The server
//! answers every request within the client's deadline, keeps serving, and its copy of each
//! document stays exactly the editor's (checked through `nutgraf.summarize`, which quotes the
//! server's copy at ranges we map back onto ours).

mod support;

use serde_json::{json, Value};
use support::client::{bytes_of, hover_text, Enc, Lsp};

const BIN: &str = env!("CARGO_BIN_EXE_nutgraf");

fn summarize(lsp: &mut Lsp, uri: &str) -> Value {
    lsp.result(
        "workspace/executeCommand",
        json!({"command": "nutgraf.summarize", "arguments": [{"uri": uri}]}),
    )
}

/// Every quoted sentence is our text at the returned range.
fn assert_same_copy(result: &Value, text: &str) {
    let sents = result["sentences"].as_array().expect("sentences");
    assert!(!sents.is_empty(), "{result}");
    for s in sents {
        let r = bytes_of(text, &s["range"], Enc::Utf16);
        let ours = nutgraf::summarize::quote_text(&text[r]);
        assert_eq!(ours, s["text"].as_str().unwrap());
    }
}

#[test]
fn ten_megabyte_single_line_document() {
    let mut lsp = Lsp::spawn_bin(BIN, &[]);
    lsp.initialize(json!({}), json!({}));
    let uri = "file:///tmp/nutgraf-hardening/huge.txt";
    let sentence = "The harbour council met again on Tuesday and argued about the barrier budget. ";
    let text = sentence.repeat(10 * 1024 * 1024 / sentence.len() + 1);
    assert!(text.len() > 10 * 1024 * 1024 && !text.contains('\n'));
    lsp.open(uri, "plaintext", 1, &text);
    let h = lsp.hover(uri, 0, 5_000_000);
    let t = hover_text(&h).expect("a hover on the huge line");
    assert!(t.contains("first"), "says what was left out: {t}");
    // Edit near the end, then ask again: still served, still in sync.
    let col = text.len() as u32 - 3;
    lsp.change(
        uri,
        2,
        json!({"start": {"line": 0, "character": col}, "end": {"line": 0, "character": col}}),
        "X",
    );
    let mut text = text;
    text.insert(col as usize, 'X');
    let r = summarize(&mut lsp, uri);
    assert_same_copy(&r, &text);
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn deeply_nested_quotes_and_lists() {
    let mut lsp = Lsp::spawn_bin(BIN, &[]);
    lsp.initialize(json!({}), json!({}));
    let quotes = format!(
        "# Deep\n\n{} The deepest quote says the barrier works. It holds the surge.\n\nA plain paragraph ends the file.\n",
        ">".repeat(50_000)
    );
    let lists: String = (0..20_000)
        .map(|i| format!("{}- Item {i} is here.\n", " ".repeat(2 * (i % 400))))
        .collect();
    for (name, text) in [("quotes", quotes), ("lists", lists)] {
        let uri = format!("file:///tmp/nutgraf-hardening/{name}.md");
        lsp.open(&uri, "markdown", 1, &text);
        let _ = lsp.hover(&uri, 2, 10);
        let last = text.lines().count() as u32 - 1;
        let _ = lsp.hover(&uri, last, 3);
        let r = summarize(&mut lsp, &uri);
        assert!(r["summary"].is_string(), "{name}: {r}");
    }
    // Still serving an ordinary document.
    let uri = "file:///tmp/nutgraf-hardening/plain.md";
    let text = "# Plain\n\nThe council met on Tuesday. It approved the budget.\n";
    lsp.open(uri, "markdown", 1, text);
    let t = hover_text(&lsp.hover(uri, 2, 4)).unwrap();
    assert!(
        t.contains("The council met on Tuesday.") || t.contains("It approved the budget."),
        "{t}"
    );
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn edits_to_closed_documents_are_ignored() {
    let mut lsp = Lsp::spawn_bin(BIN, &[]);
    lsp.initialize(json!({}), json!({}));
    let uri = "file:///tmp/nutgraf-hardening/closed.md";
    let text = "# Closed\n\nThe first version says one thing. It says it twice.\n";
    lsp.open(uri, "markdown", 1, text);
    lsp.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    lsp.change(
        uri,
        2,
        json!({"start": {"line": 2, "character": 4}, "end": {"line": 2, "character": 9}}),
        "SECOND",
    );
    assert!(
        lsp.hover(uri, 2, 4).is_null(),
        "a closed document has no hover"
    );
    // Reopened with new text: the server has exactly that text, no trace of the stray edit.
    let text2 = "# Reopened\n\nThe reopened version is different. It has new words.\n";
    lsp.open(uri, "markdown", 3, text2);
    let r = summarize(&mut lsp, uri);
    assert_same_copy(&r, text2);
    assert!(!r["summary"].as_str().unwrap().contains("SECOND"));
    assert!(lsp.shutdown_and_exit().success());
}

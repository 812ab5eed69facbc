//! Abuse over a real stdio session (issue: hardening): a 10 MB single-line document, block
//! quotes and lists tens of thousands of levels deep, edits to closed documents. The server
//! answers every request within the client's deadline, keeps serving, and its copy of each
//! document stays exactly the editor's (checked through `nutgraf.summarize`, which quotes the
//! server's copy at ranges we map back onto ours).
//!
//! Issue 14: hostile framing as raw bytes on stdin (F1–F3) and the lifecycle (F4–F5).

mod support;

use serde_json::{json, Value};
use std::time::{Duration, Instant};

use support::client::{bytes_of, hover_text, position_of, Enc, Lsp};
use support::docgen;

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

// --- Hostile framing (issue 14, F1–F3): raw bytes on stdin. ---

const DOC: &str = "# Harbour\n\nThe harbour council approved the flood barrier on Tuesday. Work starts in spring.\n";
const DOC_URI: &str = "file:///tmp/nutgraf-hardening/framing.md";

/// A session with one open document.
fn framing_session(env: &[(&str, &str)]) -> Lsp {
    let mut lsp = Lsp::spawn_bin_env(BIN, &[], env);
    lsp.initialize(json!({}), json!({}));
    lsp.open(DOC_URI, "markdown", 1, DOC);
    lsp
}

fn framed(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// The session still serves the document: a hover on its paragraph quotes it.
fn assert_serving(lsp: &mut Lsp, what: &str) {
    let t = hover_text(&lsp.hover(DOC_URI, 2, 4))
        .unwrap_or_else(|| panic!("{what}: no hover; stderr:\n{}", lsp.log()));
    assert!(t.contains("flood barrier"), "{what}: {t}");
}

/// Sends `bytes`, then checks that one error with id null and `code` came back and that the
/// session still serves.
fn assert_refused_then_serving(lsp: &mut Lsp, what: &str, bytes: &[u8], code: i64) {
    lsp.send_raw(bytes);
    assert_serving(lsp, what);
    let errors = lsp.null_id_responses(1, Duration::from_secs(5));
    assert!(
        errors.iter().any(|e| e["error"]["code"] == code),
        "{what}: expected an error {code} with id null, got {errors:?}"
    );
}

#[test]
fn content_length_overflow_does_not_panic() {
    let mut lsp = framing_session(&[]);
    let bytes = b"Content-Length: 18446744073709551615\r\n\r\n{}".to_vec();
    assert_refused_then_serving(&mut lsp, "u64::MAX", &bytes, -32700);
    assert!(!lsp.log().contains("panicked"), "{}", lsp.log());
    assert_eq!(lsp.shutdown_and_exit().code(), Some(0));
}

#[test]
fn ids_that_are_not_integers_or_strings_get_an_error_with_id_null() {
    let mut lsp = framing_session(&[]);
    for id in ["1.5", "7.0", "9223372036854775808", "[1]"] {
        let body = format!(
            r#"{{"jsonrpc":"2.0","id":{id},"method":"textDocument/hover","params":{{"textDocument":{{"uri":"{DOC_URI}"}},"position":{{"line":2,"character":4}}}}}}"#
        );
        assert_refused_then_serving(&mut lsp, id, &framed(body.as_bytes()), -32600);
    }
    // A client response with such an id.
    let body = br#"{"jsonrpc":"2.0","id":3.5,"result":null}"#;
    assert_refused_then_serving(&mut lsp, "response 3.5", &framed(body), -32600);
    assert_eq!(lsp.shutdown_and_exit().code(), Some(0));
}

#[test]
fn bad_headers_resynchronise_on_the_next_message() {
    let mut lsp = framing_session(&[]);
    let body = format!(
        r#"{{"jsonrpc":"2.0","id":9000,"method":"textDocument/hover","params":{{"textDocument":{{"uri":"{DOC_URI}"}},"position":{{"line":2,"character":4}}}}}}"#
    );
    let n = body.len();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "a byte short",
            format!("Content-Length: {}\r\n\r\n{body}", n - 1).into_bytes(),
        ),
        (
            "a byte long",
            format!("Content-Length: {}\r\n\r\n{body}", n + 1).into_bytes(),
        ),
        (
            "far too long",
            format!("Content-Length: {}\r\n\r\n{body}", n + 5000).into_bytes(),
        ),
        (
            "negative",
            format!("Content-Length: -{n}\r\n\r\n{body}").into_bytes(),
        ),
        (
            "10^12",
            format!("Content-Length: 1000000000000\r\n\r\n{body}").into_bytes(),
        ),
        (
            "missing",
            format!("Content-Type: application/json\r\n\r\n{body}").into_bytes(),
        ),
        (
            "duplicated",
            format!("Content-Length: 5\r\nContent-Length: 7\r\n\r\n{body}").into_bytes(),
        ),
        (
            "NUL bytes before a header",
            [&b"\0\0\0\0"[..], &framed(b"\0\0\0\0\0\0")].concat(),
        ),
        ("junk", b"GET / HTTP/1.1\r\nHost: x\r\n\r\n".to_vec()),
    ];
    for (what, bytes) in cases {
        assert_refused_then_serving(&mut lsp, what, &bytes, -32700);
    }
    // Nothing was lost: the document is the one we opened, and exit is clean.
    let r = summarize(&mut lsp, DOC_URI);
    assert_same_copy(&r, DOC);
    assert_eq!(lsp.shutdown_and_exit().code(), Some(0));
}

/// The server's log (read by another thread) says `needle` within a few seconds.
fn assert_logged(lsp: &Lsp, needle: &str) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while !lsp.log().contains(needle) {
        assert!(
            Instant::now() < deadline,
            "not logged: {needle}\n{}",
            lsp.log()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn messages_over_the_size_limit_are_refused_with_a_logged_error() {
    // The default limit (64 MiB): a declared length beyond it is refused before any body.
    let mut lsp = framing_session(&[]);
    let bytes = format!("Content-Length: {}\r\n\r\n", 64 * 1024 * 1024 + 1).into_bytes();
    assert_refused_then_serving(&mut lsp, "64 MiB + 1", &bytes, -32700);
    assert_logged(&lsp, "over the limit");
    assert_eq!(lsp.shutdown_and_exit().code(), Some(0));

    // A configured limit: a real 20 KB didOpen is refused, the next message is served.
    let mut lsp = framing_session(&[("NUTGRAF_MAX_MESSAGE_BYTES", "8192")]);
    let big = "A sentence that is long enough to count. ".repeat(500);
    let uri = "file:///tmp/nutgraf-hardening/big.md";
    let open = json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": big}}});
    assert_refused_then_serving(
        &mut lsp,
        "20 KB didOpen",
        &framed(open.to_string().as_bytes()),
        -32700,
    );
    assert_logged(&lsp, "over the limit of 8192 bytes");
    assert!(
        lsp.hover(uri, 0, 3).is_null(),
        "the refused document is not open"
    );
    assert_eq!(lsp.shutdown_and_exit().code(), Some(0));
}

// --- Lifecycle (issue 14, F4–F5). ---

/// All of `msgs`, framed, in one write.
fn together(msgs: &[Value]) -> Vec<u8> {
    msgs.iter()
        .flat_map(|m| framed(m.to_string().as_bytes()))
        .collect()
}

#[test]
fn shutdown_and_exit_written_together_exit_zero() {
    for round in 0..6 {
        let mut lsp = framing_session(&[]);
        // Some work in flight as well.
        lsp.send_raw(&together(&[
            json!({"jsonrpc": "2.0", "id": 501, "method": "textDocument/hover", "params": {"textDocument": {"uri": DOC_URI}, "position": {"line": 2, "character": 4}}}),
            json!({"jsonrpc": "2.0", "id": 502, "method": "shutdown"}),
            json!({"jsonrpc": "2.0", "method": "exit"}),
        ]));
        let r = lsp.response(502);
        assert!(
            r.get("error").is_none() && r["result"].is_null(),
            "round {round}: shutdown answered {r}"
        );
        assert_eq!(lsp.wait_exit().code(), Some(0), "round {round}");
    }
}

#[test]
fn everything_written_at_once_from_initialize_to_exit() {
    for round in 0..3 {
        let mut lsp = Lsp::spawn_bin(BIN, &[]);
        lsp.send_raw(&together(&[
            json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
            json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
            json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": DOC_URI, "languageId": "markdown", "version": 1, "text": DOC}}}),
            json!({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"textDocument": {"uri": DOC_URI}, "position": {"line": 2, "character": 4}}}),
            json!({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}),
            json!({"jsonrpc": "2.0", "method": "exit"}),
        ]));
        for id in [1, 2, 3] {
            let r = lsp.response(id);
            assert!(r.get("error").is_none(), "round {round}: request {id}: {r}");
        }
        assert_eq!(lsp.wait_exit().code(), Some(0), "round {round}");
    }
}

#[test]
fn dollar_requests_are_answered_method_not_found() {
    let mut lsp = framing_session(&[]);
    let r = lsp.call("$/foo", json!({}));
    assert_eq!(r["error"]["code"], -32601, "{r}");
    let r = lsp.call("$/setTrace", json!({"value": "off"}));
    assert_eq!(r["error"]["code"], -32601, "{r}");
    // As notifications they are ignored, as the specification says.
    lsp.notify("$/foo", json!({}));
    lsp.notify("$/cancelRequest", json!({"id": 12345}));
    assert_serving(&mut lsp, "after $/ notifications");
    assert_eq!(lsp.shutdown_and_exit().code(), Some(0));
}

// --- Many documents (issue 14, F6). ---

/// The server binary: `NUTGRAF_BIN` (to measure a release build), else the test build.
fn server_bin() -> String {
    std::env::var("NUTGRAF_BIN").unwrap_or_else(|_| BIN.to_string())
}

/// An editor restoring 200 tabs at once, then closing them, four times: the server's threads
/// stay few (no thread per pending stale-summary check) and closing everything gives the
/// memory back (it does not grow from cycle to cycle).
#[test]
fn two_hundred_documents_opened_and_closed_four_times() {
    const DOCS: usize = 200;
    let mut lsp = Lsp::spawn_bin(&server_bin(), &[]);
    lsp.initialize(json!({}), json!({}));
    let summary = "<!-- nutgraf:summary -->\n> **TL;DR:** A sentence that is not in the text.\n<!-- /nutgraf:summary -->\n\n";
    let docs: Vec<String> = (0..DOCS as u64)
        .map(|k| {
            let d = docgen::markdown(2_000, k);
            // A summary block after the title, so the stale-summary check has work to do.
            let at = d.find("\n\n").map_or(0, |i| i + 2);
            format!("{}{summary}{}", &d[..at], &d[at..])
        })
        .collect();
    let uri = |k: usize| format!("file:///tmp/nutgraf-hardening/tabs/doc{k}.md");
    let rss_start = lsp.rss_kib().unwrap_or(0);
    let (mut peak_threads, mut rss_open, mut rss_closed) = (0, Vec::new(), Vec::new());
    for cycle in 0..4 {
        for (k, d) in docs.iter().enumerate() {
            lsp.open(&uri(k), "markdown", 1, d);
        }
        // The checks run after the edits pause: watch the threads meanwhile.
        let until = Instant::now() + Duration::from_millis(2500);
        while Instant::now() < until {
            peak_threads = peak_threads.max(lsp.threads().unwrap_or(0));
            lsp.pump(Duration::from_millis(20));
        }
        assert_serving_doc(&mut lsp, &uri(DOCS - 1), cycle);
        rss_open.push(lsp.rss_kib().unwrap_or(0));
        for k in 0..DOCS {
            lsp.notify(
                "textDocument/didClose",
                json!({"textDocument": {"uri": uri(k)}}),
            );
        }
        assert!(lsp.hover(&uri(0), 2, 3).is_null(), "cycle {cycle}: closed");
        lsp.pump(Duration::from_millis(1500));
        peak_threads = peak_threads.max(lsp.threads().unwrap_or(0));
        rss_closed.push(lsp.rss_kib().unwrap_or(0));
    }
    let mb = |v: &[u64]| {
        v.iter()
            .map(|k| format!("{:.0}", *k as f64 / 1024.0))
            .collect::<Vec<_>>()
            .join(" → ")
    };
    eprintln!(
        "{DOCS} documents × 4 cycles: peak threads {peak_threads}; RSS at start {:.0} MB, with all open {} MB, after closing {} MB",
        rss_start as f64 / 1024.0,
        mb(&rss_open),
        mb(&rss_closed)
    );
    assert!(peak_threads <= 16, "{peak_threads} threads");
    let (first, last) = (rss_closed[0], rss_closed[3]);
    assert!(
        last <= first + 24 * 1024,
        "memory grows from cycle to cycle: {} MB",
        mb(&rss_closed)
    );
    assert!(lsp.shutdown_and_exit().success());
}

/// The document's stale summary was found (the check ran) and the server still answers.
fn assert_serving_doc(lsp: &mut Lsp, uri: &str, cycle: usize) {
    let d = lsp.wait_notification(
        "textDocument/publishDiagnostics",
        Duration::from_secs(60),
        |p| p["uri"] == uri && !p["diagnostics"].as_array().is_none_or(Vec::is_empty),
    );
    assert!(
        d.is_some(),
        "cycle {cycle}: no stale-summary diagnostic for {uri}"
    );
}

// --- Huge documents (issue 14, F7). ---

/// A 10 MB single-line Markdown document (emphasis in every sentence) while typing: past
/// `maxDocumentBytes` nothing is parsed again, and inside the part that is read an edit costs a
/// parse of that part, not seconds (a paragraph's pieces were looked up once per sentence).
#[test]
fn ten_megabyte_single_line_markdown_while_typing() {
    let mut lsp = Lsp::spawn_bin_env(&server_bin(), &[], &[("NUTGRAF_LOG", "nutgraf=debug")]);
    lsp.initialize(json!({}), json!({}));
    let uri = "file:///tmp/nutgraf-hardening/huge.md";
    let sentence =
        "The harbour council met again on Tuesday and argued about the *barrier* budget. ";
    let mut text = sentence.repeat(10 * 1024 * 1024 / sentence.len() + 1);
    lsp.open(uri, "markdown", 1, &text);
    let t = hover_text(&lsp.hover(uri, 0, 100)).expect("a hover");
    assert!(t.contains("harbour council"), "{t}");
    let mut version = 1;
    let mut slowest = Duration::ZERO;
    for (at, reused) in [(text.len() - 100, true), (2_500_000, false), (1_000, false)] {
        for _ in 0..3 {
            version += 1;
            let p = json!({"line": 0, "character": at});
            lsp.change(uri, version, json!({"start": p, "end": p}), "x");
            text.insert(at, 'x');
            let t0 = Instant::now();
            let h = lsp.hover(uri, 0, 100);
            slowest = slowest.max(t0.elapsed());
            assert!(hover_text(&h).is_some(), "version {version}");
        }
        let said = format!("version {version}: the first");
        if reused {
            assert_logged(&lsp, &said);
        } else {
            // (The log is read by another thread: give it time to show a reuse.)
            std::thread::sleep(Duration::from_millis(200));
            assert!(!lsp.log().contains(&said), "edit at {at}: reused");
        }
    }
    eprintln!("10 MB single line: slowest keystroke + hover {slowest:?}");
    assert!(slowest < Duration::from_secs(4), "{slowest:?}");
    // Still in sync.
    let r = summarize(&mut lsp, uri);
    assert_same_copy(&r, &text);
    assert!(lsp.shutdown_and_exit().success());
}

/// Typing inside a 10 MB single-line Markdown document (the part that is read): each edit is
/// answered at once (the line is parsed in pieces and only the pieces an edit touched are
/// parsed again), and the hover right after it quotes the edited text: on a line that long the
/// hover summarizes the passage under the cursor.
#[test]
fn edit_inside_a_ten_megabyte_line_then_hover_quotes_it() {
    let mut lsp = Lsp::spawn_bin(&server_bin(), &[]);
    lsp.initialize(json!({}), json!({}));
    let uri = "file:///tmp/nutgraf-hardening/huge-edit.md";
    let mut rng = docgen::Rng::new(3);
    let mut text = String::new();
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(&docgen::sentence(&mut rng));
        text.push(' ');
    }
    lsp.open(uri, "markdown", 1, &text);
    assert!(hover_text(&lsp.hover(uri, 0, 100)).is_some());
    let mut slowest = Duration::ZERO;
    for (version, target) in [(2, 1_000_000), (3, 3_000_000), (4, 4_500_000)] {
        // Replace about 8 KB of sentences with sixty about a zeppelin.
        let at = text[..target].rfind(". ").unwrap() + 2;
        let end = at + 8000 + text[at + 8000..].find(". ").unwrap() + 2;
        let new = "The zeppelin committee voted on Friday about the airship hangar. ".repeat(60);
        let range = json!({"start": position_of(&text, at, Enc::Utf16), "end": position_of(&text, end, Enc::Utf16)});
        let t0 = Instant::now();
        lsp.change(uri, version, range, &new);
        text.replace_range(at..end, &new);
        let cursor = at + new.len() / 2;
        let h = lsp.result(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": position_of(&text, cursor, Enc::Utf16)}),
        );
        slowest = slowest.max(t0.elapsed());
        let t = hover_text(&h).expect("a hover on the edited passage");
        assert!(t.contains("zeppelin committee"), "version {version}: {t}");
        // The passage around the cursor, not the whole line.
        let r = bytes_of(&text, &h["range"], Enc::Utf16);
        assert!(r.start <= cursor && cursor <= r.end, "{r:?}");
        assert!(r.len() < 64 * 1024, "{r:?}");
    }
    eprintln!("10 MB single line: slowest edit + hover inside the read part {slowest:?}");
    assert!(slowest < Duration::from_secs(4), "{slowest:?}");
    let r = summarize(&mut lsp, uri);
    assert_same_copy(&r, &text);
    assert!(lsp.shutdown_and_exit().success());
}

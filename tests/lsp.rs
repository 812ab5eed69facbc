//! A real LSP session over stdio with the `nutgraf` binary: initialize, sync, hover, code
//! actions (listed, resolved, applied), the stale-summary diagnostic and its quick fix, the
//! `nutgraf.summarize` command, configuration, bad input, and the exit codes.
//!
//! The summaries come from an engine that keeps improving, so these tests check structure and
//! facts that hold for any reasonable ranker (a hover quotes a sentence of its block verbatim;
//! an inserted block is exactly `render_block` of the summary the command returns), never which
//! sentence was picked — except for one-sentence blocks.

mod support;

use std::time::{Duration, Instant};

use nutgraf::article::Format;
use nutgraf::summarize::render::{render_block, Style};
use serde_json::{json, Value};
use support::client::{
    apply_workspace_edit, bytes_of, hover_text, position_of, range_of, ConfigReply, Enc, Lsp,
};

const BIN: &str = env!("CARGO_BIN_EXE_nutgraf");
const URI: &str = "file:///tmp/nutgraf-test/article.md";

const DOC: &str = "# Harbour Council Approves Flood Barrier

The harbour council approved a new flood barrier on Tuesday after a long debate. The barrier will protect four hundred homes in the lower town. Work is expected to start next spring.

- Engineers say the barrier can hold back a two-metre surge.
- The project costs twelve million euros, paid over ten years.

> Residents welcomed the decision at the meeting. Several had lost furniture in last year's flood.

## Funding

The regional government will pay half of the cost. The rest comes from a loan that the town will repay over twenty years. Critics say the loan is too expensive for a small town.

Only one sentence stands in this paragraph.

```text
let x = 1;
```
";

/// Client capabilities: resolve support, optionally UTF-8 and configuration pull.
fn caps(utf8: bool, pull: bool) -> Value {
    let mut c = json!({
        "textDocument": {
            "hover": {"contentFormat": ["markdown", "plaintext"]},
            "codeAction": {
                "resolveSupport": {"properties": ["edit"]},
                "codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["", "quickfix", "refactor", "refactor.rewrite", "source"]}}
            },
            "publishDiagnostics": {"versionSupport": true}
        },
        "workspace": {"configuration": pull, "applyEdit": true},
        "window": {}
    });
    if utf8 {
        c["general"] = json!({"positionEncodings": ["utf-8", "utf-16"]});
    }
    c
}

fn start(utf8: bool) -> Lsp {
    let mut lsp = Lsp::spawn_bin(BIN, &["lsp", "--stdio"]);
    lsp.initialize(caps(utf8, false), Value::Null);
    lsp
}

/// Position of the first occurrence of `needle` (plus `extra` bytes).
fn pos(text: &str, needle: &str, extra: usize, enc: Enc) -> Value {
    let i = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    position_of(text, i + extra, enc)
}

/// Byte span of the first occurrence of `needle`.
fn span(text: &str, needle: &str) -> std::ops::Range<usize> {
    let i = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    i..i + needle.len()
}

fn hover_at(lsp: &mut Lsp, uri: &str, p: &Value) -> Value {
    lsp.result(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": p}),
    )
}

fn titles(actions: &[Value]) -> Vec<String> {
    actions
        .iter()
        .map(|a| a["title"].as_str().unwrap_or("").to_string())
        .collect()
}

fn find_action(actions: &[Value], title: &str) -> Value {
    actions
        .iter()
        .find(|a| a["title"] == title)
        .cloned()
        .unwrap_or_else(|| panic!("no action {title:?} in {:?}", titles(actions)))
}

/// Resolves `action` and applies its edit to `text`.
fn resolve_apply(lsp: &mut Lsp, action: &Value, text: &str, uri: &str, enc: Enc) -> String {
    let resolved = lsp.result("codeAction/resolve", action.clone());
    assert_eq!(resolved["title"], action["title"]);
    apply_workspace_edit(text, &resolved["edit"], uri, enc)
}

fn summarize_cmd(lsp: &mut Lsp, args: Value) -> Value {
    lsp.result(
        "workspace/executeCommand",
        json!({"command": "nutgraf.summarize", "arguments": [args]}),
    )
}

fn block(summary: &str, style: Style, label: &str) -> String {
    render_block(summary, Format::Markdown, style, label)
}

fn sentences_of(text: &str) -> Vec<String> {
    nutgraf::text::split_sentences(text)
        .into_iter()
        .map(|r| text[r].to_string())
        .collect()
}

#[test]
fn initialize_negotiates_utf16_by_default() {
    let mut lsp = Lsp::spawn_bin(BIN, &[]);
    let r = lsp.initialize(caps(false, false), Value::Null);
    let c = &r["capabilities"];
    assert_eq!(c["positionEncoding"], "utf-16");
    assert_eq!(c["textDocumentSync"]["change"], 2, "incremental sync");
    assert_eq!(c["textDocumentSync"]["openClose"], true);
    assert_eq!(c["hoverProvider"], true);
    assert_eq!(c["codeActionProvider"]["resolveProvider"], true);
    assert_eq!(
        c["executeCommandProvider"]["commands"],
        json!(["nutgraf.summarize", "nutgraf.insertSummary"])
    );
    assert_eq!(c["documentSymbolProvider"], json!({"label": "nutgraf"}));
    assert_eq!(c["codeLensProvider"], json!({"resolveProvider": true}));
    assert_eq!(r["serverInfo"]["name"], "nutgraf");
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn initialize_negotiates_utf8_when_offered() {
    let mut lsp = Lsp::spawn_bin(BIN, &["--stdio"]);
    let r = lsp.initialize(caps(true, false), Value::Null);
    assert_eq!(r["capabilities"]["positionEncoding"], "utf-8");
    assert!(lsp.shutdown_and_exit().success());
}

/// Incremental edits with emoji, CJK, combining marks and CRLF, checked by hovering and by
/// the ranges the command returns, in both position encodings.
#[test]
fn incremental_sync_with_emoji_cjk_and_crlf() {
    for (utf8, enc) in [(false, Enc::Utf16), (true, Enc::Utf8)] {
        let mut lsp = start(utf8);
        let uri = "file:///tmp/nutgraf-test/unicode.md";
        let mut text = "# Cafe\u{301} ☕ Notes\r\n\r\nThe 🙂 committee met today. It approved 市议会 plans.\r\n\r\nSecond paragraph is here. It has two sentences.\r\n".to_string();
        lsp.open(uri, "markdown", 1, &text);
        // 1. Insert a sentence after "plans." (after CJK on the line).
        let at = span(&text, "plans.").end;
        let p = position_of(&text, at, enc);
        lsp.change(uri, 2, json!({"start": p, "end": p}), " Really 🎉 done.");
        text.insert_str(at, " Really 🎉 done.");
        // 2. Replace "today" (after the emoji) with "yesterday".
        let r = span(&text, "today");
        lsp.change(uri, 3, range_of(&text, r.clone(), enc), "yesterday");
        text.replace_range(r, "yesterday");
        // 3. Insert a CRLF paragraph between the two paragraphs.
        let at = span(&text, "Second paragraph").start;
        let p = position_of(&text, at, enc);
        let ins = "Inserted 中文 paragraph stands here.\r\n\r\n";
        lsp.change(uri, 4, json!({"start": p, "end": p}), ins);
        text.insert_str(at, ins);

        // Hover right after the emoji: the block is the whole second line.
        let h = hover_at(&mut lsp, uri, &pos(&text, "🙂", "🙂".len(), enc));
        let line = span(
            &text,
            "The 🙂 committee met yesterday. It approved 市议会 plans. Really 🎉 done.",
        );
        assert_eq!(h["range"], range_of(&text, line.clone(), enc), "{enc:?}");
        let t = hover_text(&h).expect("hover");
        assert!(
            sentences_of(&text[line])
                .iter()
                .any(|s| t.contains(s.as_str())),
            "{t}"
        );
        // The one-sentence paragraph inserted with CJK text.
        let h = hover_at(&mut lsp, uri, &pos(&text, "中文", 3, enc));
        assert!(hover_text(&h)
            .expect("hover")
            .contains("**Key sentence:** Inserted 中文 paragraph stands here."));
        assert_eq!(
            h["range"],
            range_of(
                &text,
                span(&text, "Inserted 中文 paragraph stands here."),
                enc
            )
        );
        // Every sentence range the server returns covers exactly that sentence in our copy.
        let r = summarize_cmd(&mut lsp, json!({"uri": uri, "sentences": 10}));
        let sents = r["sentences"].as_array().expect("sentences");
        assert!(sents.len() >= 4, "{r}");
        for s in sents {
            let b = bytes_of(&text, &s["range"], enc);
            assert_eq!(&text[b], s["text"].as_str().unwrap(), "{enc:?}");
        }
        // Heading with a combining mark: its section is the article's title.
        let h = hover_at(&mut lsp, uri, &json!({"line": 0, "character": 3}));
        assert_eq!(
            h["range"],
            range_of(&text, span(&text, "# Cafe\u{301} ☕ Notes"), enc)
        );
        assert!(lsp.shutdown_and_exit().success());
    }
}

#[test]
fn hover_on_each_kind_of_block() {
    let mut lsp = start(false);
    let e = Enc::Utf16;
    let text = DOC;
    lsp.open(URI, "markdown", 1, text);

    // Paragraph: a sentence of its own, verbatim, and a facts line.
    let para = span(text, "The harbour council approved a new flood barrier on Tuesday after a long debate. The barrier will protect four hundred homes in the lower town. Work is expected to start next spring.");
    let h = hover_at(&mut lsp, URI, &pos(text, "four hundred", 0, e));
    assert_eq!(h["range"], range_of(text, para.clone(), e));
    let t = hover_text(&h).unwrap();
    assert!(t.starts_with("**Key sentence:** "), "{t}");
    assert!(
        sentences_of(&text[para])
            .iter()
            .any(|s| t.contains(s.as_str())),
        "{t}"
    );
    assert!(
        t.contains(" words · ") && t.contains(" s read") && t.contains("paragraph 1 of 6*"),
        "{t}"
    );

    // List item.
    let item = span(
        text,
        "Engineers say the barrier can hold back a two-metre surge.",
    );
    let h = hover_at(&mut lsp, URI, &pos(text, "two-metre", 0, e));
    // The item (the article parser may count its `- ` marker in).
    let got = bytes_of(text, &h["range"], e);
    assert!(
        got.end == item.end && (got.start == item.start || got.start == item.start - 2),
        "{h}"
    );
    let t = hover_text(&h).unwrap();
    assert!(
        t.starts_with(
            "**Key sentence:** Engineers say the barrier can hold back a two-metre surge.\n"
        ),
        "{t}"
    );
    assert!(t.contains("list item 2 of 6"), "{t}");

    // Block quote.
    let quote = span(text, "Residents welcomed the decision at the meeting. Several had lost furniture in last year's flood.");
    let h = hover_at(&mut lsp, URI, &pos(text, "furniture", 0, e));
    assert_eq!(h["range"], range_of(text, quote.clone(), e));
    let t = hover_text(&h).unwrap();
    assert!(
        sentences_of(&text[quote])
            .iter()
            .any(|s| t.contains(s.as_str())),
        "{t}"
    );
    assert!(t.contains("block quote 4 of 6"), "{t}");

    // Heading: a summary of its section.
    let section = span(text, "The regional government will pay half of the cost. The rest comes from a loan that the town will repay over twenty years. Critics say the loan is too expensive for a small town.\n\nOnly one sentence stands in this paragraph.");
    let h = hover_at(&mut lsp, URI, &pos(text, "## Funding", 4, e));
    assert_eq!(h["range"], range_of(text, span(text, "## Funding"), e));
    let t = hover_text(&h).unwrap();
    assert!(t.starts_with("**Section summary:** "), "{t}");
    assert!(
        sentences_of(&text[section])
            .iter()
            .any(|s| t.contains(s.as_str())),
        "{t}"
    );
    assert!(t.contains("2 paragraphs"), "{t}");

    // Paragraph under a heading: its place in the section.
    let t = hover_text(&hover_at(&mut lsp, URI, &pos(text, "Critics", 0, e))).unwrap();
    assert!(t.contains("paragraph 1 of 2 under “Funding”"), "{t}");

    // One-sentence paragraph: that sentence, exactly.
    let h = hover_at(&mut lsp, URI, &pos(text, "Only one", 0, e));
    let t = hover_text(&h).unwrap();
    assert!(
        t.starts_with("**Key sentence:** Only one sentence stands in this paragraph.\n"),
        "{t}"
    );

    // Title: a summary of the article.
    let h = hover_at(&mut lsp, URI, &json!({"line": 0, "character": 5}));
    assert_eq!(
        h["range"],
        range_of(
            text,
            span(text, "# Harbour Council Approves Flood Barrier"),
            e
        )
    );
    let t = hover_text(&h).unwrap();
    assert!(t.starts_with("**Summary:** "), "{t}");
    assert!(
        sentences_of(text).iter().any(|s| t.contains(s.as_str())),
        "{t}"
    );

    // Nothing to summarize: blank line, code, past the end.
    assert!(hover_at(&mut lsp, URI, &json!({"line": 1, "character": 0})).is_null());
    assert!(hover_at(&mut lsp, URI, &pos(text, "let x", 2, e)).is_null());
    assert!(hover_at(&mut lsp, URI, &pos(text, "```text", 1, e)).is_null());
    assert!(hover_at(&mut lsp, URI, &json!({"line": 400, "character": 0})).is_null());

    // Front matter: the title line summarizes the article, other lines are nothing.
    let fm = "---\ntitle: \"Quiet Streets\"\nauthor: Jo\n---\n\nCars were banned from the old town centre last summer. Shops reported more visitors than ever before. The council plans to extend the scheme.\n";
    let uri = "file:///tmp/nutgraf-test/front.md";
    lsp.open(uri, "markdown", 1, fm);
    assert!(hover_at(&mut lsp, uri, &json!({"line": 2, "character": 3})).is_null());
    assert!(hover_at(&mut lsp, uri, &json!({"line": 0, "character": 1})).is_null());
    let t = hover_text(&hover_at(
        &mut lsp,
        uri,
        &json!({"line": 1, "character": 3}),
    ))
    .unwrap();
    assert!(t.starts_with("**Summary:** "), "{t}");

    // A change log's title: the gist of its newest release, named.
    let log = std::fs::read_to_string("tests/data/CHANGELOG.md").unwrap();
    let uri = "file:///tmp/nutgraf-test/CHANGELOG.md";
    lsp.open(uri, "markdown", 1, &log);
    let t = hover_text(&hover_at(
        &mut lsp,
        uri,
        &json!({"line": 0, "character": 3}),
    ))
    .unwrap();
    assert!(
        t.starts_with(
            "**Newest release, 2.4.0 - 2026-11-18:** This release adds streaming decompression \
             and drops support for Rust versions older than 1.80."
        ),
        "{t}"
    );
    // A release heading: that release's entries quoted as sentences ("restore …" written in
    // lower case, its reference left out).
    let line = log
        .lines()
        .position(|l| l.starts_with("## [2.3.1]"))
        .unwrap();
    let t = hover_text(&hover_at(
        &mut lsp,
        uri,
        &json!({"line": line, "character": 4}),
    ))
    .unwrap();
    assert!(
        t.starts_with(
            "**Section summary:** Restore the 2.2 behaviour of `--keep` when the output exists.\n"
        ),
        "{t}"
    );

    // Plain text: the first line is the title.
    let plain = "Quiet Streets\n\nCars were banned from the old town centre last summer. Shops reported more visitors than ever before.\n\nThe council plans to extend the scheme to the harbour. A vote is expected in May.\n";
    let uri = "file:///tmp/nutgraf-test/quiet.txt";
    lsp.open(uri, "plaintext", 1, plain);
    let h = hover_at(&mut lsp, uri, &json!({"line": 0, "character": 2}));
    assert_eq!(h["range"], range_of(plain, 0..13, e));
    assert!(hover_text(&h).unwrap().starts_with("**Summary:** "));
    let t = hover_text(&hover_at(
        &mut lsp,
        uri,
        &json!({"line": 4, "character": 10}),
    ))
    .unwrap();
    assert!(t.contains("paragraph 2 of 2"), "{t}");

    // Inserted summaries are not summarized: their sentences show their support.
    let with_summary = format!(
        "# T\n\n{}\n\nBody sentence one. Body sentence two.\n",
        block("Body sentence one.", Style::Blockquote, "TL;DR")
    );
    let uri = "file:///tmp/nutgraf-test/summary.md";
    lsp.open(uri, "markdown", 1, &with_summary);
    let t = hover_text(&hover_at(
        &mut lsp,
        uri,
        &json!({"line": 3, "character": 8}),
    ))
    .unwrap();
    assert!(
        t.starts_with("**Supported by paragraph 1:** Body sentence one.\n\n*support "),
        "{t}"
    );
    assert!(t.ends_with(" · nutgraf's summary*"), "{t}");
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn code_actions_are_listed_by_title_without_edits() {
    let mut lsp = start(false);
    let e = Enc::Utf16;
    let text = DOC;
    lsp.open(URI, "markdown", 1, text);
    let cursor = |needle: &str| {
        let p = pos(text, needle, 0, e);
        json!({"start": p, "end": p})
    };

    let a = lsp.code_actions(URI, cursor("Critics"), json!([]));
    assert_eq!(
        titles(&a),
        [
            "Summarize paragraph",
            "Summarize section",
            "Summarize article"
        ]
    );
    for x in &a {
        assert_eq!(x["kind"], "refactor.rewrite");
        assert!(x.get("edit").is_none(), "listing computes no edit: {x}");
        assert_eq!(x["data"]["version"], 1);
        assert_eq!(x["data"]["uri"], URI);
    }
    // Under the title only: no section action (the title's section is the article).
    let a = lsp.code_actions(URI, cursor("four hundred"), json!([]));
    assert_eq!(titles(&a), ["Summarize paragraph", "Summarize article"]);
    // A blank line under a heading: the section and the article.
    let blank = position_of(text, span(text, "\n\nOnly one").start + 1, e);
    let a = lsp.code_actions(URI, json!({"start": blank, "end": blank}), json!([]));
    assert_eq!(titles(&a), ["Summarize section", "Summarize article"]);
    // A selection.
    let sel = range_of(text, span(text, "The rest comes from a loan"), e);
    let a = lsp.code_actions(URI, sel, json!([]));
    assert_eq!(
        titles(&a),
        [
            "Summarize selection",
            "Replace selection with summary",
            "Summarize paragraph",
            "Summarize section",
            "Summarize article"
        ]
    );
    // `only` filters by kind.
    let p = pos(text, "Critics", 0, e);
    let r = lsp.result(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": URI}, "range": {"start": p, "end": p},
               "context": {"diagnostics": [], "only": ["quickfix"]}}),
    );
    assert_eq!(r, json!([]));
    assert!(lsp.shutdown_and_exit().success());
}

/// Resolves every action and applies its edit; the resulting documents are exact.
#[test]
fn every_action_resolves_to_the_exact_edit() {
    let mut lsp = start(false);
    let e = Enc::Utf16;
    let text = DOC;
    lsp.open(URI, "markdown", 1, text);
    let cursor = |needle: &str| {
        let p = pos(text, needle, 0, e);
        json!({"start": p, "end": p})
    };
    let bq = |s: &str| block(s, Style::Blockquote, "TL;DR");

    // Summarize article: after the title.
    let a = lsp.code_actions(URI, cursor("Critics"), json!([]));
    let got = resolve_apply(
        &mut lsp,
        &find_action(&a, "Summarize article"),
        text,
        URI,
        e,
    );
    let s = summarize_cmd(&mut lsp, json!({"uri": URI}));
    let title_end = span(text, "# Harbour Council Approves Flood Barrier").end;
    let want = format!(
        "{}\n\n{}{}",
        &text[..title_end],
        bq(s["summary"].as_str().unwrap()),
        &text[title_end..]
    );
    assert_eq!(got, want);

    // Summarize paragraph: after the paragraph, exactly the paragraph's summary.
    let para = span(text, "The regional government will pay half of the cost. The rest comes from a loan that the town will repay over twenty years. Critics say the loan is too expensive for a small town.");
    let got = resolve_apply(
        &mut lsp,
        &find_action(&a, "Summarize paragraph"),
        text,
        URI,
        e,
    );
    let s = summarize_cmd(
        &mut lsp,
        json!({"uri": URI, "range": range_of(text, para.clone(), e)}),
    );
    let want = format!(
        "{}\n\n{}{}",
        &text[..para.end],
        bq(s["summary"].as_str().unwrap()),
        &text[para.end..]
    );
    assert_eq!(got, want);

    // Summarize section: after the heading; its sentences come from the section.
    let heading_end = span(text, "## Funding").end;
    let got = resolve_apply(
        &mut lsp,
        &find_action(&a, "Summarize section"),
        text,
        URI,
        e,
    );
    let head = format!(
        "{}\n\n<!-- nutgraf:summary -->\n> **TL;DR:** ",
        &text[..heading_end]
    );
    let tail = format!("\n<!-- /nutgraf:summary -->{}", &text[heading_end..]);
    assert!(got.starts_with(&head) && got.ends_with(&tail), "{got}");
    let body = &got[head.len()..got.len() - tail.len()];
    let section = &text[heading_end..text.find("```text").unwrap()];
    for s in sentences_of(body) {
        assert!(section.contains(&s), "{s:?} is not from the section");
    }

    // Summarize selection and Replace selection with summary.
    let sel = span(text, "The rest comes from a loan that the town will repay over twenty years. Critics say the loan is too expensive for a small town.");
    let a = lsp.code_actions(URI, range_of(text, sel.clone(), e), json!([]));
    let s = summarize_cmd(
        &mut lsp,
        json!({"uri": URI, "range": range_of(text, sel.clone(), e)}),
    );
    let summary = s["summary"].as_str().unwrap().to_string();
    assert!(sentences_of(&text[sel.clone()])
        .iter()
        .any(|x| summary.contains(x.as_str())));
    let got = resolve_apply(
        &mut lsp,
        &find_action(&a, "Summarize selection"),
        text,
        URI,
        e,
    );
    assert_eq!(
        got,
        format!(
            "{}\n\n{}{}",
            &text[..para.end],
            bq(&summary),
            &text[para.end..]
        )
    );
    let got = resolve_apply(
        &mut lsp,
        &find_action(&a, "Replace selection with summary"),
        text,
        URI,
        e,
    );
    assert_eq!(
        got,
        format!("{}{}{}", &text[..sel.start], summary, &text[sel.end..])
    );

    // A list item's summary goes after the item.
    let a = lsp.code_actions(URI, cursor("twelve million"), json!([]));
    let got = resolve_apply(
        &mut lsp,
        &find_action(&a, "Summarize paragraph"),
        text,
        URI,
        e,
    );
    let item = span(
        text,
        "The project costs twelve million euros, paid over ten years.",
    );
    let s = summarize_cmd(
        &mut lsp,
        json!({"uri": URI, "range": range_of(text, item.clone(), e)}),
    );
    let summary = s["summary"].as_str().unwrap();
    assert_eq!(
        summary,
        "The project costs twelve million euros, paid over ten years."
    );
    assert_eq!(
        got,
        format!(
            "{}\n\n{}{}",
            &text[..item.end],
            bq(summary),
            &text[item.end..]
        )
    );
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn summarize_article_twice_gives_one_block() {
    let mut lsp = start(false);
    let e = Enc::Utf16;
    let mut text = DOC.to_string();
    lsp.open(URI, "markdown", 1, &text);
    let mut version = 1;
    let mut results = Vec::new();
    for _ in 0..2 {
        let p = pos(&text, "Critics", 0, e);
        let a = lsp.code_actions(URI, json!({"start": p, "end": p}), json!([]));
        let action = find_action(&a, "Summarize article");
        let resolved = lsp.result("codeAction/resolve", action);
        let edit = &resolved["edit"]["changes"][URI][0];
        let next = apply_workspace_edit(&text, &resolved["edit"], URI, e);
        version += 1;
        lsp.change(
            URI,
            version,
            edit["range"].clone(),
            edit["newText"].as_str().unwrap(),
        );
        text = next;
        results.push(text.clone());
    }
    assert_eq!(
        results[0], results[1],
        "the second run replaces the first block"
    );
    assert_eq!(text.matches("<!-- nutgraf:summary -->").count(), 1);
    assert_eq!(text.matches("<!-- /nutgraf:summary -->").count(), 1);
    // The server's copy agrees with ours: the command quotes our text at its ranges.
    let r = summarize_cmd(&mut lsp, json!({"uri": URI, "sentences": 20}));
    for s in r["sentences"].as_array().unwrap() {
        assert_eq!(
            &text[bytes_of(&text, &s["range"], e)],
            s["text"].as_str().unwrap()
        );
    }
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn stale_summary_diagnostic_and_quick_fix() {
    let mut lsp = start(false);
    let e = Enc::Utf16;
    let mut text = DOC.to_string();
    lsp.open(URI, "markdown", 1, &text);
    // Insert the article summary.
    let p = pos(&text, "Critics", 0, e);
    let a = lsp.code_actions(URI, json!({"start": p, "end": p}), json!([]));
    let resolved = lsp.result("codeAction/resolve", find_action(&a, "Summarize article"));
    let edit = resolved["edit"]["changes"][URI][0].clone();
    text = apply_workspace_edit(&text, &resolved["edit"], URI, e);
    lsp.change(
        URI,
        2,
        edit["range"].clone(),
        edit["newText"].as_str().unwrap(),
    );
    let summary = summarize_cmd(&mut lsp, json!({"uri": URI}))["summary"]
        .as_str()
        .unwrap()
        .to_string();
    let quoted = sentences_of(&summary)[0].clone();

    // Edit the quoted sentence in the body (its last occurrence; the first is the summary's).
    let at = text.rfind(&quoted).unwrap();
    let r = at..at + quoted.len();
    lsp.change(
        URI,
        3,
        range_of(&text, r.clone(), e),
        "Nobody expected what happened next.",
    );
    text.replace_range(r, "Nobody expected what happened next.");

    let d = lsp
        .wait_notification(
            "textDocument/publishDiagnostics",
            Duration::from_secs(10),
            |p| {
                p["uri"] == URI
                    && p["version"] == 3
                    && !p["diagnostics"].as_array().unwrap().is_empty()
            },
        )
        .unwrap_or_else(|| panic!("no stale diagnostic; stderr:\n{}", lsp.log()));
    // The stale-summary diagnostic (the check's warnings on the edited quote carry a code).
    let diags: Vec<&Value> = d["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"].is_null())
        .collect();
    assert_eq!(diags.len(), 1, "{d}");
    let diag = diags[0].clone();
    assert_eq!(diag["severity"], 3, "Information");
    assert_eq!(diag["source"], "nutgraf");
    let block_start = text.find("<!-- nutgraf:summary -->").unwrap();
    let block_end =
        text.find("<!-- /nutgraf:summary -->").unwrap() + "<!-- /nutgraf:summary -->".len();
    assert_eq!(diag["range"], range_of(&text, block_start..block_end, e));

    // The quick fix.
    let a = lsp.code_actions(URI, diag["range"].clone(), json!([diag]));
    let fix = find_action(&a, "Update summary");
    assert_eq!(fix["kind"], "quickfix");
    assert_eq!(fix["isPreferred"], true);
    let resolved = lsp.result("codeAction/resolve", fix);
    let edit = resolved["edit"]["changes"][URI][0].clone();
    text = apply_workspace_edit(&text, &resolved["edit"], URI, e);
    lsp.change(
        URI,
        4,
        edit["range"].clone(),
        edit["newText"].as_str().unwrap(),
    );
    let fresh = summarize_cmd(&mut lsp, json!({"uri": URI}))["summary"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        text.contains(&block(&fresh, Style::Blockquote, "TL;DR")),
        "{text}"
    );
    assert_eq!(text.matches("<!-- nutgraf:summary -->").count(), 1);

    let d = lsp
        .wait_notification(
            "textDocument/publishDiagnostics",
            Duration::from_secs(10),
            |p| p["uri"] == URI && p["version"] == 4,
        )
        .unwrap_or_else(|| panic!("no diagnostics after the fix; stderr:\n{}", lsp.log()));
    assert_eq!(d["diagnostics"], json!([]));
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn execute_command_summarize() {
    let mut lsp = start(true);
    let e = Enc::Utf8;
    let text = DOC;
    lsp.open(URI, "markdown", 1, text);
    let r = summarize_cmd(&mut lsp, json!({"uri": URI}));
    let summary = r["summary"].as_str().unwrap();
    let sents = r["sentences"].as_array().unwrap();
    assert!(!sents.is_empty());
    let joined: Vec<&str> = sents.iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert_eq!(summary, joined.join(" "));
    for s in sents {
        assert_eq!(
            &text[bytes_of(text, &s["range"], e)],
            s["text"].as_str().unwrap()
        );
    }
    // A budget of one sentence, and a range.
    let r = summarize_cmd(&mut lsp, json!({"uri": URI, "sentences": 1}));
    assert_eq!(r["sentences"].as_array().unwrap().len(), 1);
    let sel = span(text, "Residents welcomed the decision at the meeting.");
    let r = summarize_cmd(
        &mut lsp,
        json!({"uri": URI, "range": range_of(text, sel, e)}),
    );
    assert_eq!(
        r["summary"],
        "Residents welcomed the decision at the meeting."
    );
    // Errors: unopened document, unknown command, bad arguments.
    let r = lsp.call(
        "workspace/executeCommand",
        json!({"command": "nutgraf.summarize", "arguments": [{"uri": "file:///nowhere.md"}]}),
    );
    assert_eq!(r["error"]["code"], -32602, "{r}");
    let r = lsp.call(
        "workspace/executeCommand",
        json!({"command": "nutgraf.nothing", "arguments": []}),
    );
    assert_eq!(r["error"]["code"], -32602, "{r}");
    let r = lsp.call(
        "workspace/executeCommand",
        json!({"command": "nutgraf.summarize", "arguments": [{"uri": 5}]}),
    );
    assert_eq!(r["error"]["code"], -32602, "{r}");
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn configuration_changes_take_effect() {
    let e = Enc::Utf16;
    let text = DOC;
    let cursor = {
        let p = pos(text, "Critics", 0, e);
        json!({"start": p, "end": p})
    };
    // initializationOptions.
    let mut lsp = Lsp::spawn_bin(BIN, &[]);
    lsp.initialize(caps(false, false), json!({"summary": {"label": "Gist"}}));
    lsp.open(URI, "markdown", 1, text);
    let s = summarize_cmd(&mut lsp, json!({"uri": URI}))["summary"]
        .as_str()
        .unwrap()
        .to_string();
    let a = lsp.code_actions(URI, cursor.clone(), json!([]));
    let got = resolve_apply(
        &mut lsp,
        &find_action(&a, "Summarize article"),
        text,
        URI,
        e,
    );
    assert!(got.contains(&block(&s, Style::Blockquote, "Gist")), "{got}");

    // didChangeConfiguration, nested under "nutgraf", dotted keys too.
    lsp.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"nutgraf": {"summary.style": "callout", "summary": {"label": "Key points"}}}}),
    );
    let a = lsp.code_actions(URI, cursor.clone(), json!([]));
    let got = resolve_apply(
        &mut lsp,
        &find_action(&a, "Summarize article"),
        text,
        URI,
        e,
    );
    assert!(
        got.contains(&block(&s, Style::Callout, "Key points")),
        "{got}"
    );

    // Hover settings.
    lsp.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"hover": {"minWords": 1000}}}),
    );
    assert!(hover_at(&mut lsp, URI, &pos(text, "Critics", 0, e)).is_null());
    assert!(!hover_at(&mut lsp, URI, &pos(text, "## Funding", 3, e)).is_null());
    lsp.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"hover": {"enabled": false}}}),
    );
    assert!(hover_at(&mut lsp, URI, &pos(text, "## Funding", 3, e)).is_null());

    // Unknown and ill-typed keys: reported once each, ignored, nothing breaks.
    for _ in 0..2 {
        lsp.notify(
            "workspace/didChangeConfiguration",
            json!({"settings": {"summary": {"colour": "red", "sentences": "many"}}}),
        );
    }
    // Other servers' settings pushed to everyone are not ours to complain about.
    lsp.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"rust-analyzer": {"cargo": {"features": "all"}}}}),
    );
    lsp.pump(Duration::from_millis(500));
    let logs: Vec<String> = lsp
        .notifications
        .iter()
        .filter(|n| n["method"] == "window/logMessage")
        .map(|n| n["params"]["message"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        logs.iter().filter(|m| m.contains("summary.colour")).count(),
        1,
        "{logs:?}"
    );
    assert_eq!(
        logs.iter()
            .filter(|m| m.contains("summary.sentences"))
            .count(),
        1,
        "{logs:?}"
    );
    assert!(
        !logs.iter().any(|m| m.contains("rust-analyzer")),
        "{logs:?}"
    );
    assert!(
        !hover_at(&mut lsp, URI, &pos(text, "Critics", 0, e)).is_null(),
        "defaults again"
    );
    assert!(lsp.shutdown_and_exit().success());

    // Pulled with workspace/configuration.
    let mut lsp = Lsp::spawn_bin(BIN, &[]);
    lsp.config_reply = ConfigReply::With(json!({"summary": {"label": "Pulled"}}));
    lsp.initialize(caps(false, true), Value::Null);
    lsp.open(URI, "markdown", 1, text);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        lsp.pump(Duration::from_millis(100));
        let a = lsp.code_actions(URI, cursor.clone(), json!([]));
        let got = resolve_apply(
            &mut lsp,
            &find_action(&a, "Summarize article"),
            text,
            URI,
            e,
        );
        if got.contains("> **Pulled:** ") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "pulled configuration never applied: {got}"
        );
    }
    assert!(lsp
        .server_requests
        .iter()
        .any(|r| r["method"] == "workspace/configuration"
            && r["params"]["items"][0]["section"] == "nutgraf"));
    assert!(lsp.shutdown_and_exit().success());

    // A client that never answers workspace/configuration (Vim ALE) is served all the same.
    let mut lsp = Lsp::spawn_bin(BIN, &[]);
    lsp.config_reply = ConfigReply::Never;
    lsp.initialize(caps(false, true), Value::Null);
    lsp.open(URI, "markdown", 1, text);
    let t0 = Instant::now();
    assert!(!hover_at(&mut lsp, URI, &pos(text, "Critics", 0, e)).is_null());
    lsp.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": null}),
    );
    assert!(!hover_at(&mut lsp, URI, &pos(text, "Critics", 0, e)).is_null());
    assert!(t0.elapsed() < Duration::from_secs(1), "{:?}", t0.elapsed());
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn large_documents_say_what_was_left_out() {
    let mut lsp = Lsp::spawn_bin(BIN, &[]);
    lsp.initialize(caps(false, false), json!({"maxDocumentBytes": 2048}));
    let mut text = String::from("# Long Report\n\n");
    let mut i = 0;
    while text.len() < 10 * 1024 {
        text.push_str(&format!("Paragraph {i} says the harbour plan moved forward in week {i}. It also says costs rose.\n\n"));
        i += 1;
    }
    lsp.open(URI, "markdown", 1, &text);
    let t = hover_text(&hover_at(
        &mut lsp,
        URI,
        &json!({"line": 0, "character": 3}),
    ))
    .unwrap();
    assert!(t.contains("Summary covers the first 2 KB of 11 KB"), "{t}");
    let end = position_of(&text, text.len() - 10, Enc::Utf16);
    let t = hover_text(&hover_at(&mut lsp, URI, &end)).unwrap();
    assert!(t.contains("reads only the first 2 KB"), "{t}");
    let a = lsp.code_actions(URI, json!({"start": end, "end": end}), json!([]));
    assert_eq!(titles(&a), ["Summarize article (first 2 KB of 11 KB)"]);
    let s = summarize_cmd(&mut lsp, json!({"uri": URI}));
    assert!(s["note"].as_str().unwrap().contains("first 2 KB"));
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn plain_text_summary_block() {
    let mut lsp = start(false);
    let e = Enc::Utf16;
    let uri = "file:///tmp/nutgraf-test/quiet.txt";
    let text = "Quiet Streets\n\nCars were banned from the old town centre last summer. Shops reported more visitors than ever before.\n\nThe council plans to extend the scheme to the harbour. A vote is expected in May.\n";
    lsp.open(uri, "text", 1, text);
    let p = position_of(text, 20, e);
    let a = lsp.code_actions(uri, json!({"start": p, "end": p}), json!([]));
    let got = resolve_apply(
        &mut lsp,
        &find_action(&a, "Summarize article"),
        text,
        uri,
        e,
    );
    let s = summarize_cmd(&mut lsp, json!({"uri": uri}))["summary"]
        .as_str()
        .unwrap()
        .to_string();
    let b = render_block(&s, Format::Plain, Style::Blockquote, "TL;DR");
    assert_eq!(got, format!("Quiet Streets\n\n{b}{}", &text[13..]));
    assert!(lsp.shutdown_and_exit().success());
}

/// Edits and requests sent back to back (no waiting) are applied in order: every hover sees
/// the text of the edit just before it (or, when the next edit overtook it, says
/// ContentModified).
#[test]
fn edits_apply_in_arrival_order() {
    let mut lsp = start(false);
    let e = Enc::Utf16;
    let mut text = DOC.to_string();
    lsp.open(URI, "markdown", 1, &text);
    let mut ids = Vec::new();
    let mut current = "Only one sentence".to_string();
    for round in 0..30 {
        let r = span(&text, &current);
        let word = format!("Round{round:02} one sentence");
        current = word.clone();
        lsp.change(URI, round + 2, range_of(&text, r.clone(), e), &word);
        text.replace_range(r, &word);
        let p = pos(&text, &word, 2, e);
        ids.push((
            round,
            lsp.send_request(
                "textDocument/hover",
                json!({"textDocument": {"uri": URI}, "position": p}),
            ),
        ));
    }
    let mut answered = 0;
    for (round, id) in ids {
        let r = lsp.response(id);
        // A hover overtaken by the next edit is ContentModified; the last one never is.
        if r["error"]["code"] == -32801 && round < 29 {
            continue;
        }
        let t = hover_text(&r["result"]).unwrap_or_default();
        assert!(
            t.contains(&format!("Round{round:02} one sentence stands")),
            "round {round}: {r}"
        );
        answered += 1;
    }
    assert!(answered >= 1);
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn bad_input_gets_errors_and_the_server_keeps_serving() {
    let mut lsp = start(false);
    let e = Enc::Utf16;
    let text = DOC;
    lsp.open(URI, "markdown", 1, text);

    // Unknown method, malformed params.
    let r = lsp.call("nutgraf/noSuchMethod", json!({}));
    assert_eq!(r["error"]["code"], -32601, "{r}");
    let r = lsp.call("textDocument/hover", json!({"textDocument": 5}));
    assert_eq!(r["error"]["code"], -32602, "{r}");
    let r = lsp.call("textDocument/codeAction", json!({"range": "everything"}));
    assert_eq!(r["error"]["code"], -32602, "{r}");
    // Garbage JSON body: a parse error, and the session goes on.
    lsp.send_raw(b"Content-Length: 12\r\n\r\n{not json!!}");
    let r = lsp
        .any_response(Duration::from_secs(10))
        .expect("an error response");
    assert_eq!(r["error"]["code"], -32700, "{r}");
    // Unopened documents.
    assert!(lsp.hover("file:///tmp/nowhere.md", 0, 0).is_null());
    let r = lsp.result(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": "file:///tmp/nowhere.md"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "context": {"diagnostics": []}}),
    );
    assert!(r.is_null(), "{r}");
    lsp.change(
        "file:///tmp/nowhere.md",
        2,
        json!({"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}),
        "x",
    );
    lsp.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": "file:///tmp/nowhere.md"}}),
    );
    // A stale version is ignored; a change past the end is clamped.
    lsp.change(
        URI,
        1,
        json!({"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}),
        "STALE ",
    );
    lsp.change(
        URI,
        0,
        json!({"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}),
        "STALE ",
    );
    // Positions past the end are clamped.
    assert!(hover_at(&mut lsp, URI, &json!({"line": 99999, "character": 99999})).is_null());
    let t = hover_text(&hover_at(
        &mut lsp,
        URI,
        &json!({"line": 2, "character": 99999}),
    ))
    .unwrap();
    assert!(
        t.contains("Key sentence"),
        "end of line 2 is still its paragraph"
    );
    // Inverted range: treated as the same selection.
    let sel = span(text, "The rest comes from a loan");
    let r = range_of(text, sel, e);
    let a = lsp.code_actions(
        URI,
        json!({"start": r["end"], "end": r["start"]}),
        json!([]),
    );
    assert_eq!(titles(&a)[0], "Summarize selection");
    // Resolve with garbage data, and with a version that is gone.
    let r = lsp.call(
        "codeAction/resolve",
        json!({"title": "Summarize article", "data": {"what": 1}}),
    );
    assert_eq!(r["error"]["code"], -32602, "{r}");
    let mut old = find_action(&a, "Summarize article");
    old["data"]["version"] = json!(0);
    let r = lsp.call("codeAction/resolve", old);
    assert_eq!(r["error"]["code"], -32801, "{r}");
    // Binary junk as a document.
    let junk: String = (0u8..=255).map(|b| b as char).cycle().take(5000).collect();
    lsp.open("file:///tmp/nutgraf-test/junk.md", "markdown", 1, &junk);
    for line in 0..5 {
        let _ = hover_at(
            &mut lsp,
            "file:///tmp/nutgraf-test/junk.md",
            &json!({"line": line, "character": 7}),
        );
    }
    lsp.open("file:///tmp/nutgraf-test/empty.md", "markdown", 1, "");
    assert!(hover_at(
        &mut lsp,
        "file:///tmp/nutgraf-test/empty.md",
        &json!({"line": 0, "character": 0})
    )
    .is_null());
    assert_eq!(
        lsp.code_actions(
            "file:///tmp/nutgraf-test/empty.md",
            json!({"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}),
            json!([])
        ),
        Vec::<Value>::new()
    );

    // The document is intact: the command quotes our copy at its ranges.
    let r = summarize_cmd(&mut lsp, json!({"uri": URI, "sentences": 20}));
    assert!(!r["summary"].as_str().unwrap().contains("STALE"));
    for s in r["sentences"].as_array().unwrap() {
        assert_eq!(
            &text[bytes_of(text, &s["range"], e)],
            s["text"].as_str().unwrap()
        );
    }
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn shutdown_then_exit_exits_zero() {
    let lsp = start(false);
    let status = lsp.shutdown_and_exit();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn exit_without_shutdown_exits_one() {
    let mut lsp = start(false);
    lsp.open(URI, "markdown", 1, DOC);
    lsp.notify("exit", Value::Null);
    assert_eq!(lsp.wait_exit().code(), Some(1));
    // Closing stdin without a word is the same as exit without shutdown.
    let lsp = start(false);
    assert_eq!(lsp.wait_exit().code(), Some(1));
}

/// A client without `codeAction/resolve` support gets the edits with the listing.
#[test]
fn clients_without_resolve_get_edits_eagerly() {
    let mut lsp = Lsp::spawn_bin(BIN, &[]);
    lsp.initialize(json!({"textDocument": {"codeAction": {}}}), Value::Null);
    let e = Enc::Utf16;
    let text = DOC;
    lsp.open(URI, "markdown", 1, text);
    let p = pos(text, "Critics", 0, e);
    let a = lsp.code_actions(URI, json!({"start": p, "end": p}), json!([]));
    assert_eq!(
        titles(&a),
        [
            "Summarize paragraph",
            "Summarize section",
            "Summarize article"
        ]
    );
    let s = summarize_cmd(&mut lsp, json!({"uri": URI}));
    let got = apply_workspace_edit(text, &find_action(&a, "Summarize article")["edit"], URI, e);
    let title_end = span(text, "# Harbour Council Approves Flood Barrier").end;
    let want = format!(
        "{}\n\n{}{}",
        &text[..title_end],
        block(s["summary"].as_str().unwrap(), Style::Blockquote, "TL;DR"),
        &text[title_end..]
    );
    assert_eq!(got, want);
    for x in &a {
        assert!(x["edit"]["changes"][URI].is_array(), "{x}");
    }
    assert!(lsp.shutdown_and_exit().success());
}

/// Hundreds of random incremental edits (multi-line, emoji, CJK, CRLF, combining marks) in
/// both encodings: the server's copy stays the same as ours, as the ranges it quotes show.
#[test]
fn random_incremental_edits_keep_the_server_in_sync() {
    use support::docgen::Rng;
    const PIECES: &[&str] = &[
        "x",
        " ",
        "\n",
        "\r\n",
        "\n\n",
        "🙂",
        "市议会",
        "e\u{301}",
        "Word. ",
        "New sentence here. ",
        "- item. ",
        "# Head\n",
        "",
    ];
    for (utf8, enc) in [(false, Enc::Utf16), (true, Enc::Utf8)] {
        let mut lsp = start(utf8);
        let mut rng = Rng::new(if utf8 { 11 } else { 7 });
        let mut text = DOC
            .replace("Tuesday", "Tuesday 🙂")
            .replace("spring", "spring 市");
        lsp.open(URI, "markdown", 1, &text);
        let boundary = |t: &str, mut i: usize| {
            i = i.min(t.len());
            while !t.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        for v in 2..302 {
            let a = boundary(&text, rng.range(0, text.len() + 1));
            let b = boundary(&text, (a + rng.range(0, 12)).min(text.len()));
            // Never split a "\r\n" pair: positions cannot name the middle of one.
            let bad = |i: usize| i > 0 && text[..i].ends_with('\r') && text[i..].starts_with('\n');
            if bad(a) || bad(b) {
                continue;
            }
            let ins: String = (0..rng.range(0, 3)).map(|_| rng.pick(PIECES)).collect();
            let range = range_of(&text, a..b, enc);
            // Sometimes send the range inverted.
            let range = if rng.range(0, 5) == 0 {
                json!({"start": range["end"], "end": range["start"]})
            } else {
                range
            };
            lsp.change(URI, v, range, &ins);
            text.replace_range(a..b, &ins);
            if v % 25 == 0 {
                let h = boundary(&text, rng.range(0, text.len() + 1));
                let r = hover_at(&mut lsp, URI, &position_of(&text, h, enc));
                if !r.is_null() {
                    let got = bytes_of(&text, &r["range"], enc);
                    assert!(got.start <= h && h <= got.end, "{r} at {h}");
                }
            }
        }
        let r = summarize_cmd(&mut lsp, json!({"uri": URI, "sentences": 1000}));
        let sents = r["sentences"].as_array().unwrap();
        assert!(!sents.is_empty());
        for s in sents {
            let quoted = nutgraf::article::fold_space(&text[bytes_of(&text, &s["range"], enc)]);
            let said = s["text"].as_str().unwrap();
            // Quotes fold white space and drop the `>` of quote continuation lines.
            assert!(
                quoted == said
                    || quoted.replace(" >", "").replace(">", "") == said.replace(">", ""),
                "{enc:?}: {quoted:?} vs {said:?}"
            );
        }
        assert!(lsp.shutdown_and_exit().success());
    }
}

#[test]
fn an_authors_summary_is_shown_as_theirs_and_never_wrapped() {
    let mut lsp = start(false);
    let e = Enc::Utf16;
    let text =
        "# Harbour Barrier\n\n**TL;DR:** The town finally has a flood plan, and a good one.\n\n\
                The harbour council approved a new flood barrier on Tuesday after a long debate. \
                The barrier will protect four hundred homes in the lower town.\n";
    lsp.open(URI, "markdown", 1, text);
    let h = hover_at(&mut lsp, URI, &pos(text, "Barrier", 0, e));
    let t = hover_text(&h).unwrap();
    assert!(
        t.starts_with(
            "**Author's summary:** The town finally has a flood plan, and a good one.\n\n**nutgraf's gist:** "
        ),
        "{t}"
    );
    assert!(!t.contains("TL;DR"), "{t}");
    // The article's block goes after the author's paragraph and does not quote it.
    let p = pos(text, "four hundred", 0, e);
    let a = lsp.code_actions(URI, json!({"start": p, "end": p}), json!([]));
    let resolved = lsp.result("codeAction/resolve", find_action(&a, "Summarize article"));
    let after = apply_workspace_edit(text, &resolved["edit"], URI, e);
    let author = after.find("**TL;DR:** The town").unwrap();
    let ours = after.find("<!-- nutgraf:summary -->").unwrap();
    assert!(author < ours, "{after}");
    assert_eq!(after.matches("The town finally").count(), 1, "{after}");
    assert!(lsp.shutdown_and_exit().success());
}

// --- Versions and validation (issue 14, F9, F10, F12). ---

/// A client that takes versioned `documentChanges` gets them, with the version the edit was
/// made for, so it can refuse an edit listed before the user typed; other clients get `changes`.
#[test]
fn versioned_edits_when_the_client_supports_them() {
    let e = Enc::Utf16;
    for resolve in [false, true] {
        let mut lsp = Lsp::spawn_bin(BIN, &[]);
        let code_action = if resolve {
            json!({"resolveSupport": {"properties": ["edit"]}})
        } else {
            json!({})
        };
        lsp.initialize(
            json!({"textDocument": {"codeAction": code_action},
                   "workspace": {"workspaceEdit": {"documentChanges": true}}}),
            Value::Null,
        );
        let mut text = DOC.to_string();
        lsp.open(URI, "markdown", 1, &text);
        let edit_of = |lsp: &mut Lsp, text: &str| {
            let p = pos(text, "Critics", 0, e);
            let a = lsp.code_actions(URI, json!({"start": p, "end": p}), json!([]));
            let action = find_action(&a, "Summarize paragraph");
            if resolve {
                assert!(action.get("edit").is_none(), "{action}");
                lsp.result("codeAction/resolve", action)["edit"].clone()
            } else {
                action["edit"].clone()
            }
        };
        let edit = edit_of(&mut lsp, &text);
        assert!(edit.get("changes").is_none(), "{edit}");
        let (edits, version) = support::client::edits_for(&edit, URI);
        assert_eq!((edits.len(), version), (1, Some(1)), "{edit}");
        // The user types; the edit listed now is for version 2 and lands where it should.
        let at = span(&text, "Critics").start;
        lsp.change(URI, 2, range_of(&text, at..at, e), "Some ");
        text.insert_str(at, "Some ");
        let edit = edit_of(&mut lsp, &text);
        assert_eq!(support::client::edits_for(&edit, URI).1, Some(2));
        let got = apply_workspace_edit(&text, &edit, URI, e);
        let para_end = span(&text, "too expensive for a small town.").end;
        assert!(got.starts_with(&text[..para_end]), "{got}");
        assert!(
            got[para_end..].starts_with("\n\n<!-- nutgraf:summary -->"),
            "{got}"
        );
        assert!(lsp.shutdown_and_exit().success());
    }
}

/// `codeAction/resolve` data comes back from the client: ranges must lie inside the document,
/// on character boundaries, start ≤ end (a forged backwards range gave a backwards edit).
#[test]
fn forged_resolve_data_is_refused() {
    let mut lsp = start(false);
    let text = "# Café\n\nThe café opened in 1907 🙂 and still serves coffee. Locals love it.\n";
    lsp.open(URI, "markdown", 1, text);
    let mid_char = text.find("é").unwrap() + 1;
    let len = text.len();
    let forged = [
        json!({"action": "replace", "start": 40, "end": 12}),
        json!({"action": "selection", "start": 40, "end": 12}),
        json!({"action": "replace", "start": 12, "end": len + 1}),
        json!({"action": "selection", "start": mid_char, "end": 40}),
        json!({"action": "paragraph", "at": 1_000_000_000u64}),
        json!({"action": "section", "at": mid_char}),
        json!({"action": "update", "at": len + 7}),
    ];
    for f in forged {
        let mut data = f.clone();
        data["uri"] = json!(URI);
        data["version"] = json!(1);
        let r = lsp.call(
            "codeAction/resolve",
            json!({"title": "Summarize selection", "data": data}),
        );
        assert_eq!(r["error"]["code"], -32602, "{f}: {r}");
    }
    // Genuine data still resolves.
    let sel = span(text, "The café opened");
    let sel = sel.start..text.find("Locals").unwrap();
    let a = lsp.code_actions(URI, range_of(text, sel, Enc::Utf16), json!([]));
    let r = lsp.result(
        "codeAction/resolve",
        find_action(&a, "Replace selection with summary"),
    );
    let (edits, _) = support::client::edits_for(&r["edit"], URI);
    let range = bytes_of(text, &edits[0]["range"], Enc::Utf16);
    assert!(range.start <= range.end && range.end <= text.len(), "{r}");
    assert!(lsp.shutdown_and_exit().success());
}

/// Requests computed for a version the client has edited since are answered ContentModified
/// (a hover for the old version quoted a sentence the edit removed).
#[test]
fn answers_for_an_edited_version_are_content_modified() {
    let mut lsp = start(false);
    let e = Enc::Utf16;
    // Large enough that the first request (which parses it) is still running when the edit
    // written right after it arrives.
    let mut text = support::docgen::markdown(200_000, 3);
    text.push_str(
        "\nThe lighthouse keeper retired after forty years of service. Nobody replaced him.\n",
    );
    lsp.open(URI, "markdown", 1, &text);
    let last = span(&text, "The lighthouse keeper");
    let p = position_of(&text, last.start + 4, e);
    let ids = [
        lsp.send_request(
            "textDocument/hover",
            json!({"textDocument": {"uri": URI}, "position": p}),
        ),
        lsp.send_request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": URI}, "range": {"start": p, "end": p}, "context": {"diagnostics": []}}),
        ),
        lsp.send_request(
            "workspace/executeCommand",
            json!({"command": "nutgraf.summarize", "arguments": [{"uri": URI}]}),
        ),
    ];
    let para = last.start..text.len();
    let new = "The ferry timetable changed in May. Boats now leave every hour.\n";
    lsp.change(URI, 2, range_of(&text, para.clone(), e), new);
    text.replace_range(para, new);
    for id in ids {
        let r = lsp.response(id);
        assert_eq!(r["error"]["code"], -32801, "request {id}: {r}");
    }
    // The current version is served.
    let t = hover_text(&hover_at(&mut lsp, URI, &pos(&text, "The ferry", 4, e))).unwrap();
    assert!(t.contains("ferry") || t.contains("Boats"), "{t}");
    assert!(lsp.shutdown_and_exit().success());
}

/// "Write summary to front matter description": the value set or replaced, quoted, every
/// other line of the front matter untouched; the key and length are settings.
#[test]
fn front_matter_description_is_written_in_place() {
    let mut lsp = start(false);
    let e = Enc::Utf16;
    let yaml = "---\ntitle: \"Quiet Streets\"\nauthor: Jo   # staff writer\ntags: [city, transport]\ndescription: >\n  An old description\n  on two lines.\nlayout: post\n---\n\nCars were banned from the old town centre last summer. Shops reported more visitors than ever before. The council plans to extend the scheme to the harbour next year.\n";
    let uri = "file:///tmp/nutgraf-test/streets.md";
    lsp.open(uri, "markdown", 1, yaml);
    let at = pos(yaml, "Shops", 0, e);
    let a = lsp.code_actions(uri, json!({"start": at, "end": at}), json!([]));
    assert_eq!(
        titles(&a),
        [
            "Summarize paragraph",
            "Summarize article",
            "Write summary to front matter description"
        ]
    );
    let got = resolve_apply(
        &mut lsp,
        &find_action(&a, "Write summary to front matter description"),
        yaml,
        uri,
        e,
    );
    // Three sentences would pass 160 characters: the two that fit.
    assert_eq!(
        got,
        yaml.replace(
            "description: >\n  An old description\n  on two lines.\n",
            "description: \"Cars were banned from the old town centre last summer. Shops reported more visitors than ever before.\"\n"
        )
    );

    // TOML front matter, another key and length: the line goes before the first table.
    lsp.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"nutgraf": {"frontMatter": {"descriptionKey": "summary", "maxChars": 40}}}}),
    );
    let toml = "+++\ntitle = \"Quiet Streets\"\ndate = 2026-05-01\n\n[params]\nsummary = \"not this one\"\n+++\n\nCars were banned from the old town centre last summer. Shops reported more visitors than ever before.\n";
    let uri = "file:///tmp/nutgraf-test/streets-toml.md";
    lsp.open(uri, "markdown", 1, toml);
    let at = pos(toml, "Shops", 0, e);
    let a = lsp.code_actions(uri, json!({"start": at, "end": at}), json!([]));
    let got = resolve_apply(
        &mut lsp,
        &find_action(&a, "Write summary to front matter summary"),
        toml,
        uri,
        e,
    );
    // One sentence cut at a word boundary to 40 characters, after the top-level keys.
    assert_eq!(
        got,
        toml.replace(
            "date = 2026-05-01\n",
            "date = 2026-05-01\nsummary = \"Cars were banned from the old town…\"\n"
        )
    );
    assert!(lsp.shutdown_and_exit().success());
}

/// Client capabilities of a client that takes server-created progress.
fn progress_caps() -> Value {
    let mut c = caps(false, false);
    c["window"] = json!({"workDoneProgress": true});
    c
}

/// The `$/progress` notification on `token` of kind `kind`.
fn progress(lsp: &mut Lsp, token: &Value, kind: &str) -> Value {
    let t = token.clone();
    lsp.wait_notification("$/progress", support::client::TIMEOUT, |p| {
        p["token"] == t && p["value"]["kind"] == kind
    })
    .unwrap_or_else(|| panic!("no $/progress {kind} on {token}; stderr:\n{}", lsp.log()))
}

/// `$/progress` begin and end around a long command: on the client's `workDoneToken`, and on a
/// token the server creates (`window/workDoneProgress/create`) for the lens command on a large
/// document when the client passed none.
#[test]
fn progress_begins_and_ends_around_a_long_command() {
    // Every command counts as slow: the test must not depend on how fast this machine is.
    let mut lsp = Lsp::spawn_bin_env(
        BIN,
        &["lsp", "--stdio"],
        &[("NUTGRAF_PROGRESS_AFTER_MS", "0")],
    );
    lsp.initialize(progress_caps(), Value::Null);
    let text = support::docgen::markdown(100_000, 5);
    lsp.open(URI, "markdown", 1, &text);
    let token = json!("summarize-1");
    let r = lsp.result(
        "workspace/executeCommand",
        json!({"command": "nutgraf.summarize", "arguments": [{"uri": URI}], "workDoneToken": token}),
    );
    assert!(r["summary"].as_str().is_some_and(|s| !s.is_empty()), "{r}");
    let begin = progress(&mut lsp, &token, "begin");
    assert_eq!(begin["value"]["title"], "nutgraf: summarizing");
    progress(&mut lsp, &token, "end");

    // No token, a long lens command: the server creates one.
    let other = "file:///tmp/nutgraf-test/long.md";
    lsp.open(other, "markdown", 1, &support::docgen::markdown(100_000, 6));
    let r = lsp.call(
        "workspace/executeCommand",
        json!({"command": "nutgraf.insertSummary", "arguments": [{"uri": other, "version": 1, "action": "article"}]}),
    );
    assert!(r.get("error").is_none(), "{r}");
    let create = lsp
        .server_requests
        .iter()
        .find(|m| m["method"] == "window/workDoneProgress/create")
        .unwrap_or_else(|| {
            panic!(
                "no window/workDoneProgress/create: {:?}",
                lsp.server_requests
            )
        })
        .clone();
    let token = create["params"]["token"].clone();
    let begin = progress(&mut lsp, &token, "begin");
    assert_eq!(begin["value"]["title"], "nutgraf: inserting a summary");
    progress(&mut lsp, &token, "end");
    assert!(lsp
        .server_requests
        .iter()
        .any(|m| m["method"] == "workspace/applyEdit"));
    assert!(lsp.shutdown_and_exit().success());
}

/// Quick work on a client without a token makes no progress round trip.
#[test]
fn quick_commands_create_no_progress() {
    let mut lsp = Lsp::spawn_bin(BIN, &["lsp", "--stdio"]);
    lsp.initialize(progress_caps(), Value::Null);
    lsp.open(URI, "markdown", 1, DOC);
    // The first analysis (parse, language) is made by a hover, so the command itself is quick
    // even on a loaded machine.
    hover_at(&mut lsp, URI, &json!({"line": 2, "character": 5}));
    lsp.server_requests.clear();
    lsp.notifications.clear();
    summarize_cmd(&mut lsp, json!({"uri": URI}));
    lsp.pump(Duration::from_millis(200));
    assert!(!lsp
        .server_requests
        .iter()
        .any(|m| m["method"] == "window/workDoneProgress/create"));
    assert!(!lsp
        .notifications
        .iter()
        .any(|n| n["method"] == "$/progress"));
    assert!(lsp.shutdown_and_exit().success());
}

/// `$/cancelRequest` on a long lens command: answered RequestCancelled, no edit sent to the
/// client, the progress it began ended; the server keeps serving.
#[test]
fn a_cancelled_command_applies_nothing() {
    let mut lsp = Lsp::spawn_bin(BIN, &["lsp", "--stdio"]);
    lsp.initialize(progress_caps(), Value::Null);
    let text = support::docgen::markdown(150_000, 7);
    lsp.open(URI, "markdown", 1, &text);
    let token = json!("insert-1");
    let id = lsp.send_request(
        "workspace/executeCommand",
        json!({"command": "nutgraf.insertSummary", "arguments": [{"uri": URI, "version": 1, "action": "article"}], "workDoneToken": token}),
    );
    lsp.notify("$/cancelRequest", json!({"id": id}));
    let r = lsp.response(id);
    assert_eq!(r["error"]["code"], -32800, "{r}");
    progress(&mut lsp, &token, "begin");
    progress(&mut lsp, &token, "end");
    // The summary the cancelled command was computing is done by now; still nothing applied.
    let r = summarize_cmd(&mut lsp, json!({"uri": URI}));
    assert!(r["summary"].as_str().is_some_and(|s| !s.is_empty()), "{r}");
    lsp.pump(Duration::from_millis(300));
    assert!(
        !lsp.server_requests
            .iter()
            .any(|m| m["method"] == "workspace/applyEdit"),
        "{:?}",
        lsp.server_requests
    );
    assert!(lsp.shutdown_and_exit().success());
}

/// Setting `log.file` (initializationOptions): the log goes to that file from `initialize` on,
/// each request timed at `debug`; a file that cannot be opened is reported and the log stays.
#[test]
fn the_log_file_setting_takes_the_log() {
    let dir = std::env::temp_dir().join(format!("nutgraf-log-setting-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("server.log");
    let _ = std::fs::remove_file(&log);
    let mut lsp = Lsp::spawn_bin_env(BIN, &["lsp", "--stdio"], &[("NUTGRAF_LOG", "debug")]);
    lsp.initialize(
        caps(false, false),
        json!({"log": {"file": log.to_str().unwrap()}}),
    );
    lsp.open(URI, "markdown", 1, DOC);
    let id = lsp.send_request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 2, "character": 5}}),
    );
    lsp.response(id);
    // A file in a folder that does not exist: said once, the log stays in server.log.
    let bad = dir.join("no-such-dir").join("x.log");
    lsp.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"nutgraf": {"log.file": bad.to_str().unwrap()}}}),
    );
    let msg = lsp
        .wait_notification("window/logMessage", support::client::TIMEOUT, |p| {
            p["message"]
                .as_str()
                .is_some_and(|m| m.contains("cannot open the log file"))
        })
        .expect("the bad log file is reported");
    assert_eq!(
        msg["message"],
        format!(
            "nutgraf: cannot open the log file {} (setting `log.file`): No such file or directory (os error 2); logging to {}",
            bad.display(),
            log.display()
        )
    );
    let id2 = lsp.send_request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 2, "character": 5}}),
    );
    lsp.response(id2);
    assert!(lsp.shutdown_and_exit().success());
    let text = std::fs::read_to_string(&log).unwrap();
    for needle in [
        format!("request textDocument/hover (id {id}) answered in "),
        format!("request textDocument/hover (id {id2}) answered in "),
        "notification textDocument/didOpen handled in ".to_string(),
    ] {
        assert!(text.contains(&needle), "{needle:?} in {text}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

//! The outline (`textDocument/documentSymbol`) and the code lenses on headings in a real stdio
//! session: the heading tree with each section's gist, the lens titles, and the edit a lens
//! makes, exactly.

mod support;

use serde_json::{json, Value};
use support::client::{apply_workspace_edit, Enc, Lsp};

const BIN: &str = env!("CARGO_BIN_EXE_nutgraf");

const DOC: &str = "# Harbour Council Approves Flood Barrier

The harbour council approved a new flood barrier on Tuesday after a long debate. The barrier will protect four hundred homes in the lower town.

## Funding

The regional government will pay half of the cost. The rest comes from a loan that the town will repay over twenty years.

### The loan

The loan runs over twenty years at a fixed rate of three percent, which the council's treasurer called the best offer the town has had since the harbour was rebuilt.

## Next steps

## Timeline

Work is expected to start next spring.
";

const PLAIN: &str = "Quiet Streets

Cars were banned from the old town centre last summer. Shops reported more visitors than ever before.

The council plans to extend the scheme to the harbour.
";

fn start() -> Lsp {
    let mut lsp = Lsp::spawn_bin(BIN, &["--stdio"]);
    lsp.initialize(json!({}), Value::Null);
    lsp
}

fn symbols(lsp: &mut Lsp, uri: &str) -> Value {
    lsp.result(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    )
}

fn range(l1: u32, c1: u32, l2: u32, c2: u32) -> Value {
    json!({"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}})
}

/// A symbol as the server sends it: kind String (15), like the Markdown servers editors know.
fn sym(
    name: &str,
    detail: Option<&str>,
    range: Value,
    selection: Value,
    children: &[Value],
) -> Value {
    let mut s = json!({"name": name, "kind": 15, "range": range, "selectionRange": selection});
    if let Some(d) = detail {
        s["detail"] = json!(d);
    }
    if !children.is_empty() {
        s["children"] = json!(children);
    }
    s
}

#[test]
fn outline_is_the_heading_tree_with_gists() {
    let mut lsp = start();
    let uri = "file:///tmp/nutgraf-test/outline.md";
    lsp.open(uri, "markdown", 1, DOC);
    let loan = sym(
        "The loan",
        // 100 characters at most, cut at a word boundary.
        Some("The loan runs over twenty years at a fixed rate of three percent, which the council's treasurer…"),
        range(8, 0, 10, 165),
        range(8, 0, 8, 12),
        &[],
    );
    let funding = sym(
        "Funding",
        Some("The regional government will pay half of the cost."),
        range(4, 0, 10, 165),
        range(4, 0, 4, 10),
        &[loan],
    );
    let want = json!([sym(
        "Harbour Council Approves Flood Barrier",
        Some("The harbour council approved a new flood barrier on Tuesday after a long debate."),
        range(0, 0, 16, 38),
        range(0, 0, 0, 40),
        &[
            funding,
            // Nothing under the heading: no gist.
            sym(
                "Next steps",
                None,
                range(12, 0, 12, 13),
                range(12, 0, 12, 13),
                &[]
            ),
            sym(
                "Timeline",
                Some("Work is expected to start next spring."),
                range(14, 0, 16, 38),
                range(14, 0, 14, 11),
                &[],
            ),
        ],
    )]);
    assert_eq!(symbols(&mut lsp, uri), want);

    // An edit under "Next steps": that section gets a gist, the rest stays as it was.
    let at = json!({"line": 13, "character": 0});
    lsp.change(
        uri,
        2,
        json!({"start": at, "end": at}),
        "\nThe council will vote on the contract in June.\n",
    );
    let got = symbols(&mut lsp, uri);
    let next = &got[0]["children"][1];
    assert_eq!(
        next,
        &sym(
            "Next steps",
            Some("The council will vote on the contract in June."),
            range(12, 0, 14, 46),
            range(12, 0, 12, 13),
            &[]
        )
    );
    assert_eq!(got[0]["children"][0], want[0]["children"][0]);
    assert_eq!(got[0]["range"], range(0, 0, 18, 38));

    // Plain text: the title is the one symbol, with the article's gist.
    let uri = "file:///tmp/nutgraf-test/quiet.txt";
    lsp.open(uri, "plaintext", 1, PLAIN);
    assert_eq!(
        symbols(&mut lsp, uri),
        json!([sym(
            "Quiet Streets",
            Some("Cars were banned from the old town centre last summer."),
            range(0, 0, 4, 54),
            range(0, 0, 0, 13),
            &[]
        )])
    );

    // A document with no headings has an empty outline; one that is not open, none.
    let uri = "file:///tmp/nutgraf-test/flat.md";
    lsp.open(
        uri,
        "markdown",
        1,
        "Just a paragraph. And another sentence.\n",
    );
    assert_eq!(symbols(&mut lsp, uri), json!([]));
    assert_eq!(
        symbols(&mut lsp, "file:///tmp/nutgraf-test/closed.md"),
        Value::Null
    );
    assert!(lsp.shutdown_and_exit().success());
}

fn lenses(lsp: &mut Lsp, uri: &str) -> Vec<Value> {
    let r = lsp.result(
        "textDocument/codeLens",
        json!({"textDocument": {"uri": uri}}),
    );
    r.as_array().cloned().unwrap_or_default()
}

#[test]
fn lenses_on_headings_insert_the_section_summary() {
    let mut lsp = start();
    let uri = "file:///tmp/nutgraf-test/lenses.md";
    lsp.open(uri, "markdown", 1, DOC);
    let listed = lenses(&mut lsp, uri);
    // Listed without a command: one per heading with something under it.
    let ranges: Vec<Value> = listed.iter().map(|l| l["range"].clone()).collect();
    assert_eq!(
        ranges,
        [
            range(0, 0, 0, 40),
            range(4, 0, 4, 10),
            range(8, 0, 8, 12),
            range(14, 0, 14, 11)
        ]
    );
    assert!(listed.iter().all(|l| l.get("command").is_none()));
    assert_eq!(
        listed[1]["data"],
        json!({"uri": uri, "version": 1, "action": "section", "at": DOC.find("## Funding").unwrap()})
    );
    let resolved: Vec<Value> = listed
        .iter()
        .map(|l| lsp.result("codeLens/resolve", l.clone()))
        .collect();
    let titles: Vec<&str> = resolved
        .iter()
        .map(|l| l["command"]["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "23 s read · Summarize article",
            "14 s read · Summarize section",
            "8 s read · Summarize section",
            "2 s read · Summarize section"
        ]
    );
    let funding = &resolved[1];
    assert_eq!(funding["command"]["command"], "nutgraf.insertSummary");
    assert_eq!(funding["command"]["arguments"], json!([listed[1]["data"]]));

    // Running the lens: the server asks the client to apply the section action's edit.
    let at = json!({"line": 4, "character": 2});
    let actions = lsp.code_actions(uri, json!({"start": at, "end": at}), json!([]));
    let section = actions
        .iter()
        .find(|a| a["title"] == "Summarize section")
        .expect("Summarize section")
        .clone();
    let action_edit = lsp.result("codeAction/resolve", section)["edit"].clone();
    let r = lsp.result(
        "workspace/executeCommand",
        json!({"command": "nutgraf.insertSummary", "arguments": funding["command"]["arguments"]}),
    );
    assert_eq!(r, Value::Null);
    let apply = lsp
        .server_requests
        .iter()
        .find(|m| m["method"] == "workspace/applyEdit")
        .expect("workspace/applyEdit")
        .clone();
    assert_eq!(apply["params"]["label"], "Summarize section");
    assert_eq!(apply["params"]["edit"], action_edit);
    let after = apply_workspace_edit(DOC, &apply["params"]["edit"], uri, Enc::Utf16);
    let want = DOC.replace(
        "## Funding\n",
        "## Funding\n\n<!-- nutgraf:summary -->\n> **TL;DR:** The regional government will pay half of the cost.\n<!-- /nutgraf:summary -->\n",
    );
    assert_eq!(after, want);

    // The client applies it; the lens of version 1 is now out of date: refused, nothing applied.
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": after}]}),
    );
    let r = lsp.call(
        "workspace/executeCommand",
        json!({"command": "nutgraf.insertSummary", "arguments": funding["command"]["arguments"]}),
    );
    assert_eq!(r["error"]["code"], -32801, "{r}");
    let r = lsp.call("codeLens/resolve", listed[1].clone());
    assert_eq!(r["error"]["code"], -32801, "{r}");
    let applies = lsp
        .server_requests
        .iter()
        .filter(|m| m["method"] == "workspace/applyEdit")
        .count();
    assert_eq!(applies, 1);
    // Lenses of version 2: the section's lens runs again on its block (updated in place).
    let listed = lenses(&mut lsp, uri);
    assert_eq!(listed.len(), 4);
    assert_eq!(listed[1]["data"]["version"], 2);

    // `codeLens.enabled: false`: no lenses.
    lsp.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"nutgraf": {"codeLens": {"enabled": false}}}}),
    );
    assert_eq!(lenses(&mut lsp, uri), Vec::<Value>::new());
    assert!(lsp.shutdown_and_exit().success());
}

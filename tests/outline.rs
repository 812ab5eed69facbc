//! The outline (`textDocument/documentSymbol`) in a real stdio session: the heading tree with
//! each section's gist, exactly.

mod support;

use serde_json::{json, Value};
use support::client::Lsp;

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
        Some("The rest comes from a loan that the town will repay over twenty years."),
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

//! `.nutgraf.toml` in a real stdio session: its settings win over the editor's, it is found
//! from a subfolder, reloaded when it changes, kept at its last good state when it turns
//! invalid (told once, with file, line and column), and its `exclude` globs and a document's
//! own `nutgraf: false` turn nutgraf off.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use nutgraf::article::Format;
use nutgraf::summarize::render::{render_block, Style};
use serde_json::{json, Value};
use support::client::{apply_workspace_edit, Enc, Lsp};

const BIN: &str = env!("CARGO_BIN_EXE_nutgraf");

const DOC: &str = "# Harbour Council Approves Flood Barrier

The harbour council approved a new flood barrier on Tuesday after a long debate. The barrier will protect four hundred homes in the lower town.
";

/// A fresh folder for one test.
fn folder(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("nutgraf-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(d.join("posts/2026")).unwrap();
    std::fs::create_dir_all(d.join("drafts")).unwrap();
    d
}

fn uri(p: &Path) -> String {
    format!("file://{}", p.display())
}

fn start(options: Value) -> Lsp {
    let mut lsp = Lsp::spawn_bin(BIN, &["--stdio"]);
    lsp.initialize(
        json!({
            "textDocument": {"codeAction": {"resolveSupport": {"properties": ["edit"]}}},
            "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}, "applyEdit": true}
        }),
        options,
    );
    lsp
}

/// The document after "Summarize article" on `uri`.
fn summarize_article(lsp: &mut Lsp, uri: &str, text: &str) -> String {
    let at = json!({"line": 2, "character": 4});
    let actions = lsp.code_actions(uri, json!({"start": at, "end": at}), json!([]));
    let a = actions
        .iter()
        .find(|a| a["title"] == "Summarize article")
        .unwrap_or_else(|| panic!("no Summarize article in {actions:?}"))
        .clone();
    let resolved = lsp.result("codeAction/resolve", a);
    apply_workspace_edit(text, &resolved["edit"], uri, Enc::Utf16)
}

/// What "Summarize article" inserts under `label`.
fn with_block(lsp: &mut Lsp, uri: &str, label: &str) -> String {
    let s = lsp.result(
        "workspace/executeCommand",
        json!({"command": "nutgraf.summarize", "arguments": [{"uri": uri}]}),
    );
    let block = render_block(
        s["summary"].as_str().unwrap(),
        Format::Markdown,
        Style::Blockquote,
        label,
    );
    DOC.replacen("Barrier\n", &format!("Barrier\n\n{block}\n"), 1)
}

fn hover(lsp: &mut Lsp, uri: &str) -> Value {
    lsp.hover(uri, 2, 10)
}

fn watched(lsp: &mut Lsp, file: &Path, typ: u32) {
    lsp.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(file), "type": typ}]}),
    );
}

#[test]
fn project_file_settings_reload_and_errors() {
    let dir = folder("project");
    let file = dir.join(".nutgraf.toml");
    std::fs::write(
        &file,
        "exclude = [\"drafts/**\"]\n\n[summary]\nlabel = \"Gist\"\n",
    )
    .unwrap();
    // The editor says "Editor"; the project file says "Gist" and wins.
    let mut lsp = start(json!({"summary": {"label": "Editor"}}));
    let post = uri(&dir.join("posts/2026/harbour.md"));
    lsp.open(&post, "markdown", 1, DOC);
    let got = summarize_article(&mut lsp, &post, DOC);
    assert_eq!(got, with_block(&mut lsp, &post, "Gist"));
    // The server asked to watch project files.
    let reg = lsp
        .server_requests
        .iter()
        .find(|r| r["method"] == "client/registerCapability")
        .expect("registerCapability");
    assert_eq!(
        reg["params"]["registrations"][0],
        json!({"id": "nutgraf-project-files", "method": "workspace/didChangeWatchedFiles",
               "registerOptions": {"watchers": [{"globPattern": "**/.nutgraf.toml"}]}})
    );
    // A document outside the project has the editor's label.
    let outside = "file:///tmp/nutgraf-no-project-here/outside.md";
    lsp.open(outside, "markdown", 1, DOC);
    let got = summarize_article(&mut lsp, outside, DOC);
    assert_eq!(got, with_block(&mut lsp, outside, "Editor"));

    // The file changes on disk: reloaded without a restart.
    std::fs::write(&file, "[summary]\nlabel = \"Brief\"\n").unwrap();
    watched(&mut lsp, &file, 2);
    let got = summarize_article(&mut lsp, &post, DOC);
    assert_eq!(got, with_block(&mut lsp, &post, "Brief"));

    // It turns invalid: the last good settings stay, and the client is told once where.
    std::fs::write(&file, "[summary]\nlabel = \"Oops\nsentences = 2\n").unwrap();
    watched(&mut lsp, &file, 2);
    let msg = lsp
        .wait_notification("window/showMessage", Duration::from_secs(10), |_| true)
        .expect("showMessage");
    assert_eq!(
        msg,
        json!({"type": 2, "message": format!(
            "nutgraf: {}:2:14: invalid basic string, expected `\"` (keeping the last good settings)",
            file.display()
        )})
    );
    let got = summarize_article(&mut lsp, &post, DOC);
    assert_eq!(got, with_block(&mut lsp, &post, "Brief"));
    watched(&mut lsp, &file, 2);
    lsp.pump(Duration::from_millis(300));
    assert!(
        !lsp.notifications
            .iter()
            .any(|n| n["method"] == "window/showMessage"),
        "told once"
    );

    // Opened in the editor and fixed there: the buffer is read on didChange.
    let file_uri = uri(&file);
    let bad = std::fs::read_to_string(&file).unwrap();
    lsp.open(&file_uri, "toml", 1, &bad);
    let d = lsp
        .wait_notification(
            "textDocument/publishDiagnostics",
            Duration::from_secs(10),
            |p| p["uri"] == file_uri.as_str(),
        )
        .expect("diagnostics on the project file");
    assert_eq!(
        d["diagnostics"][0]["range"]["start"],
        json!({"line": 1, "character": 13})
    );
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": file_uri, "version": 2},
               "contentChanges": [{"text": "[summary]\nlabel = \"Fixed\"\n"}]}),
    );
    let d = lsp
        .wait_notification(
            "textDocument/publishDiagnostics",
            Duration::from_secs(10),
            |p| p["uri"] == file_uri.as_str(),
        )
        .expect("diagnostics cleared");
    assert_eq!(d["diagnostics"], json!([]));
    let got = summarize_article(&mut lsp, &post, DOC);
    assert_eq!(got, with_block(&mut lsp, &post, "Fixed"));
    assert!(lsp.shutdown_and_exit().success());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn excluded_and_opted_out_documents_get_nothing() {
    let dir = folder("exclude");
    std::fs::write(dir.join(".nutgraf.toml"), "exclude = [\"drafts/**\"]\n").unwrap();
    let mut lsp = start(Value::Null);
    let post = uri(&dir.join("posts/2026/harbour.md"));
    lsp.open(&post, "markdown", 1, DOC);
    assert!(!hover(&mut lsp, &post).is_null());

    let draft = uri(&dir.join("drafts/harbour.md"));
    let front = format!("---\ntitle: Harbour\nnutgraf: false\n---\n{DOC}");
    let comment = format!("<!-- nutgraf: off -->\n{DOC}");
    let opted = uri(&dir.join("posts/2026/front.md"));
    let commented = uri(&dir.join("posts/2026/comment.md"));
    lsp.open(&draft, "markdown", 1, DOC);
    lsp.open(&opted, "markdown", 1, &front);
    lsp.open(&commented, "markdown", 1, &comment);
    for (u, line) in [(&draft, 2), (&opted, 6), (&commented, 3)] {
        assert_eq!(lsp.hover(u, line, 10), Value::Null, "{u}");
        let at = json!({"line": line, "character": 4});
        let r = lsp.result(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": u}, "range": {"start": at, "end": at}, "context": {"diagnostics": []}}),
        );
        assert_eq!(r, Value::Null, "{u}");
        let r = lsp.result("textDocument/codeLens", json!({"textDocument": {"uri": u}}));
        assert_eq!(r, Value::Null, "{u}");
        let r = lsp.result(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": u}}),
        );
        assert_eq!(r, Value::Null, "{u}");
    }
    // Turning it back on in the document itself.
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": commented, "version": 2}, "contentChanges": [{"text": DOC}]}),
    );
    assert!(!lsp.hover(&commented, 2, 10).is_null());
    assert!(lsp.shutdown_and_exit().success());
    let _ = std::fs::remove_dir_all(&dir);
}

/// The command line reads the same file: found above the input, `--config PATH`, `--no-config`;
/// its flags win over the file.
#[test]
fn command_line_reads_the_project_file() {
    let dir = folder("cli");
    std::fs::write(
        dir.join(".nutgraf.toml"),
        "[summary]\nsentences = 1\nlabel = \"Gist\"\nstyle = \"plain\"\n",
    )
    .unwrap();
    let doc = "# Quiet Streets\n\nCars were banned from the old town centre last summer. Shops reported more visitors than ever before. The council plans to extend the scheme to the harbour next year.\n";
    let input = dir.join("posts/2026/streets.md");
    std::fs::write(&input, doc).unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(BIN)
            .arg("summarize")
            .args(args)
            .arg(&input)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        (
            out.status.code(),
            String::from_utf8(out.stdout).unwrap(),
            err,
        )
    };
    let (code, found, _) = run(&["--format", "markdown"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        found,
        "<!-- nutgraf:summary -->\n**Gist:** Cars were banned from the old town centre last summer.\n<!-- /nutgraf:summary -->\n"
    );
    // A flag wins over the file.
    let (_, two, _) = run(&["--sentences", "2"]);
    assert_eq!(two.matches(". ").count() + 1, 2, "{two}");
    // Without the file: the adaptive budget and the default label.
    let (_, none, _) = run(&["--no-config", "--format", "markdown"]);
    assert!(none.contains("> **TL;DR:** "), "{none}");
    // Another file, named.
    let other = dir.join("other.toml");
    std::fs::write(&other, "[summary]\nlabel = \"Brief\"\nsentences = 1\n").unwrap();
    let (_, named, _) = run(&["--config", other.to_str().unwrap(), "--format", "markdown"]);
    assert!(
        named.starts_with("<!-- nutgraf:summary -->\n> **Brief:** Cars were banned"),
        "{named}"
    );
    // An invalid file is an error naming where.
    std::fs::write(&other, "[summary\n").unwrap();
    let (code, out, err) = run(&["--config", other.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (Some(1), ""));
    assert!(
        err.starts_with(&format!("nutgraf: {}:1:9: ", other.display())),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

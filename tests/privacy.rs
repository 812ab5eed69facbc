//! Privacy: nothing leaves the machine. The server and the command line open no socket by
//! default — checked on the live processes through /proc/<pid>/fd (Linux), after they have done
//! real work, and again by a full-text search of the sources for networking APIs.

mod support;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::json;
use support::client::Lsp;

const BIN: &str = env!("CARGO_BIN_EXE_nutgraf");

/// Open sockets of a process: links in /proc/<pid>/fd that point at `socket:[…]`.
fn sockets(pid: u32) -> Vec<String> {
    let Ok(dir) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
        return Vec::new();
    };
    dir.filter_map(|e| std::fs::read_link(e.ok()?.path()).ok())
        .map(|l| l.to_string_lossy().into_owned())
        .filter(|l| l.starts_with("socket:"))
        .collect()
}

#[test]
fn language_server_opens_no_socket() {
    if !std::path::Path::new("/proc/self/fd").exists() {
        return; // not Linux
    }
    let mut lsp = Lsp::spawn_bin(BIN, &[]);
    lsp.initialize(json!({}), json!({}));
    let uri = "file:///tmp/privacy.md";
    let text =
        "# Title\n\nThe council met on Tuesday. It approved the budget after a long debate.\n";
    lsp.open(uri, "markdown", 1, text);
    let _ = lsp.hover(uri, 2, 5);
    let _ = lsp.code_actions(
        uri,
        json!({"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 0}}),
        json!([]),
    );
    lsp.pump(Duration::from_millis(500)); // debounced diagnostics and configuration pulls have run
    assert_eq!(
        sockets(lsp.pid),
        Vec::<String>::new(),
        "the server holds a socket"
    );
    assert!(lsp.shutdown_and_exit().success());
}

#[test]
fn command_line_opens_no_socket() {
    if !std::path::Path::new("/proc/self/fd").exists() {
        return;
    }
    // A process that is still running: a batch waiting for more input after its first line.
    let mut child = Command::new(BIN)
        .args(["summarize", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    writeln!(
        stdin,
        "{}",
        json!({"id": 1, "text": "The council met on Tuesday. It approved the budget."})
    )
    .unwrap();
    stdin.flush().unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let found = sockets(child.id());
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        found,
        Vec::<String>::new(),
        "the command line holds a socket"
    );
}

#[test]
fn sources_use_no_networking_api() {
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    let banned = [
        "std::net",
        "TcpStream",
        "UdpSocket",
        "TcpListener",
        "reqwest",
        "hyper::",
        "ureq",
    ];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let src = std::fs::read_to_string(&p).unwrap();
                for b in banned {
                    assert!(!src.contains(b), "{} uses {b}", p.display());
                }
            }
        }
    }
}

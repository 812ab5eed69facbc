//! A small LSP client for tests and benchmarks: spawns the server, speaks JSON-RPC with
//! Content-Length framing over its stdio, and never waits without a deadline.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

pub const TIMEOUT: Duration = Duration::from_secs(20);

/// How the client answers `workspace/configuration`.
#[derive(Clone, Debug)]
pub enum ConfigReply {
    /// Never answer (as Vim ALE does).
    Never,
    /// Answer with this value for every item.
    With(Value),
}

pub struct Lsp {
    child: Child,
    stdin: Option<ChildStdin>,
    rx: Receiver<Value>,
    next_id: i64,
    /// Notifications received so far (in order), not yet taken.
    pub notifications: Vec<Value>,
    /// Requests the server sent us.
    pub server_requests: Vec<Value>,
    /// Responses received while waiting for another one.
    responses: Vec<Value>,
    pub config_reply: ConfigReply,
    pub stderr: Arc<Mutex<String>>,
    pub pid: u32,
}

fn read_message(r: &mut impl BufRead) -> Option<Value> {
    let mut len: Option<usize> = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length:") {
            len = v.trim().parse().ok();
        }
    }
    let mut buf = vec![0; len?];
    r.read_exact(&mut buf).ok()?;
    serde_json::from_slice(&buf).ok()
}

impl Lsp {
    /// Starts `bin` (the test binary's `nutgraf`) with `args`.
    pub fn spawn_bin(bin: &str, args: &[&str]) -> Lsp {
        Lsp::spawn_bin_env(bin, args, &[])
    }

    /// Starts `bin` with `args` and extra environment variables.
    pub fn spawn_bin_env(bin: &str, args: &[&str], env: &[(&str, &str)]) -> Lsp {
        let mut child = Command::new(bin)
            .args(args)
            .envs(env.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn nutgraf");
        let stdout = child.stdout.take().expect("stdout");
        let stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = mpsc::channel();
        thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            while let Some(msg) = read_message(&mut r) {
                if tx.send(msg).is_err() {
                    break;
                }
            }
        });
        let log = Arc::new(Mutex::new(String::new()));
        let sink = log.clone();
        thread::spawn(move || {
            let mut r = BufReader::new(stderr);
            let mut line = String::new();
            while r.read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
                if let Ok(mut s) = sink.lock() {
                    s.push_str(&line);
                }
                line.clear();
            }
        });
        let pid = child.id();
        Lsp {
            stdin: child.stdin.take(),
            child,
            rx,
            next_id: 1,
            notifications: Vec::new(),
            server_requests: Vec::new(),
            responses: Vec::new(),
            config_reply: ConfigReply::With(json!({})),
            stderr: log,
            pid,
        }
    }

    pub fn send_raw(&mut self, bytes: &[u8]) {
        if let Some(w) = self.stdin.as_mut() {
            let _ = w.write_all(bytes);
            let _ = w.flush();
        }
    }

    pub fn send(&mut self, msg: &Value) {
        let body = serde_json::to_vec(msg).expect("json");
        let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
        out.extend_from_slice(&body);
        self.send_raw(&out);
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its id (for pipelining).
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    /// Receives one message within `timeout`, answering server requests on the way; responses
    /// are returned, notifications are stored.
    fn recv(&mut self, timeout: Duration) -> Option<Value> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            let msg = match self.rx.recv_timeout(left) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => {
                    return None
                }
            };
            let has_id = msg.get("id").is_some();
            if let Some(method) = msg.get("method").and_then(Value::as_str) {
                if has_id {
                    self.server_requests.push(msg.clone());
                    if method == "workspace/configuration" {
                        if let ConfigReply::With(v) = self.config_reply.clone() {
                            let n = msg["params"]["items"].as_array().map_or(1, Vec::len);
                            let result = Value::Array(vec![v; n]);
                            self.send(
                                &json!({"jsonrpc": "2.0", "id": msg["id"], "result": result}),
                            );
                        }
                    } else if method == "workspace/applyEdit" {
                        let result = json!({"applied": true});
                        self.send(&json!({"jsonrpc": "2.0", "id": msg["id"], "result": result}));
                    } else {
                        self.send(&json!({"jsonrpc": "2.0", "id": msg["id"], "result": null}));
                    }
                } else {
                    self.notifications.push(msg);
                }
                continue;
            }
            return Some(msg);
        }
    }

    /// The response to request `id`.
    pub fn response(&mut self, id: i64) -> Value {
        if let Some(i) = self.responses.iter().position(|m| m["id"] == json!(id)) {
            return self.responses.remove(i);
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline
                .checked_duration_since(Instant::now())
                .unwrap_or_else(|| panic!("no response to request {id}; stderr:\n{}", self.log()));
            match self.recv(left) {
                Some(m) if m["id"] == json!(id) => return m,
                // Responses may come in any order: keep the others for later.
                Some(m) => self.responses.push(m),
                None => panic!("no response to request {id}; stderr:\n{}", self.log()),
            }
        }
    }

    /// Any response (for requests whose id we cannot know, like garbage input).
    pub fn any_response(&mut self, timeout: Duration) -> Option<Value> {
        if !self.responses.is_empty() {
            return Some(self.responses.remove(0));
        }
        self.recv(timeout)
    }

    /// Responses without a request of ours (id null): those received so far, plus more until
    /// there are `n` or `timeout` passes.
    pub fn null_id_responses(&mut self, n: usize, timeout: Duration) -> Vec<Value> {
        let deadline = Instant::now() + timeout;
        loop {
            let got = self.responses.iter().filter(|m| m["id"].is_null()).count();
            let Some(left) = deadline.checked_duration_since(Instant::now()) else {
                break;
            };
            if got >= n {
                break;
            }
            if let Some(m) = self.recv(left.min(Duration::from_millis(50))) {
                self.responses.push(m);
            }
        }
        let (null, rest) = std::mem::take(&mut self.responses)
            .into_iter()
            .partition(|m| m["id"].is_null());
        self.responses = rest;
        null
    }

    /// Threads of the server process (Linux).
    pub fn threads(&self) -> Option<u64> {
        let s = std::fs::read_to_string(format!("/proc/{}/status", self.pid)).ok()?;
        s.lines()
            .find(|l| l.starts_with("Threads:"))?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()
    }

    /// Sends a request and waits for its whole response (`result` or `error`).
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        self.response(id)
    }

    /// Sends a request and returns its `result`, panicking on an error.
    pub fn result(&mut self, method: &str, params: Value) -> Value {
        let r = self.call(method, params.clone());
        assert!(
            r.get("error").is_none(),
            "{method} {params} failed: {r}\nstderr:\n{}",
            self.log()
        );
        r["result"].clone()
    }

    /// Waits for a notification `method` satisfying `pred`, taking it (and those before it).
    pub fn wait_notification(
        &mut self,
        method: &str,
        timeout: Duration,
        pred: impl Fn(&Value) -> bool,
    ) -> Option<Value> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(i) = self
                .notifications
                .iter()
                .position(|n| n["method"] == method && pred(&n["params"]))
            {
                let n = self.notifications.remove(i);
                self.notifications.drain(..i);
                return Some(n["params"].clone());
            }
            let left = deadline.checked_duration_since(Instant::now())?;
            if let Some(m) = self.recv(left.min(Duration::from_millis(50))) {
                self.responses.push(m);
            }
        }
    }

    /// Reads for `d`, collecting notifications.
    pub fn pump(&mut self, d: Duration) {
        let deadline = Instant::now() + d;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            if let Some(m) = self.recv(left) {
                self.responses.push(m);
            }
        }
    }

    pub fn log(&self) -> String {
        self.stderr.lock().map(|s| s.clone()).unwrap_or_default()
    }

    pub fn initialize(&mut self, capabilities: Value, options: Value) -> Value {
        let r = self.result(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": capabilities, "initializationOptions": options}),
        );
        self.notify("initialized", json!({}));
        r
    }

    pub fn open(&mut self, uri: &str, language: &str, version: i32, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}}),
        );
    }

    /// Sends one incremental change.
    pub fn change(&mut self, uri: &str, version: i32, range: Value, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version},
                   "contentChanges": [{"range": range, "text": text}]}),
        );
    }

    pub fn hover(&mut self, uri: &str, line: u32, character: u32) -> Value {
        self.result(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
        )
    }

    pub fn code_actions(&mut self, uri: &str, range: Value, diagnostics: Value) -> Vec<Value> {
        let r = self.result(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": diagnostics}}),
        );
        r.as_array().cloned().unwrap_or_default()
    }

    /// `shutdown`, `exit`, and the exit status.
    pub fn shutdown_and_exit(mut self) -> ExitStatus {
        let r = self.call("shutdown", Value::Null);
        assert!(r.get("error").is_none(), "shutdown failed: {r}");
        self.notify("exit", Value::Null);
        self.wait_exit()
    }

    /// The exit status, within the deadline (the process is killed after it).
    pub fn wait_exit(mut self) -> ExitStatus {
        drop(self.stdin.take());
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Ok(Some(s)) = self.child.try_wait() {
                return s;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("server did not exit; stderr:\n{}", self.log());
            }
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// Resident memory of the server in KiB (Linux).
    pub fn rss_kib(&self) -> Option<u64> {
        let s = std::fs::read_to_string(format!("/proc/{}/status", self.pid)).ok()?;
        s.lines()
            .find(|l| l.starts_with("VmRSS:"))?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()
    }
}

impl Drop for Lsp {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Column unit for the helpers below.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Enc {
    Utf8,
    Utf16,
}

/// Byte offset of an LSP position in `text` (lines end at `\n`; a `\r` before it is not part
/// of the line). Written independently of the server's line index.
pub fn offset_of(text: &str, line: u64, character: u64, enc: Enc) -> usize {
    let mut start = 0;
    for _ in 0..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let content = text[start..end]
        .strip_suffix('\r')
        .unwrap_or(&text[start..end]);
    let mut units = 0u64;
    for (i, c) in content.char_indices() {
        if units >= character {
            return start + i;
        }
        units += match enc {
            Enc::Utf8 => c.len_utf8() as u64,
            Enc::Utf16 => c.len_utf16() as u64,
        };
    }
    start + content.len()
}

/// The LSP position of byte `offset` in `text`.
pub fn position_of(text: &str, offset: usize, enc: Enc) -> Value {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let col: usize = match enc {
        Enc::Utf8 => before[start..].len(),
        Enc::Utf16 => before[start..].chars().map(char::len_utf16).sum(),
    };
    json!({"line": line, "character": col})
}

pub fn range_of(text: &str, r: std::ops::Range<usize>, enc: Enc) -> Value {
    json!({"start": position_of(text, r.start, enc), "end": position_of(text, r.end, enc)})
}

/// Byte range of an LSP range value.
pub fn bytes_of(text: &str, range: &Value, enc: Enc) -> std::ops::Range<usize> {
    let p = |v: &Value| {
        offset_of(
            text,
            v["line"].as_u64().expect("line"),
            v["character"].as_u64().expect("character"),
            enc,
        )
    };
    p(&range["start"])..p(&range["end"])
}

/// The text edits for `uri` in a WorkspaceEdit: its `changes`, or its `documentChanges` with the
/// version they were made for.
pub fn edits_for(edit: &Value, uri: &str) -> (Vec<Value>, Option<i64>) {
    if let Some(e) = edit["changes"][uri].as_array() {
        return (e.clone(), None);
    }
    let doc = edit["documentChanges"]
        .as_array()
        .and_then(|d| d.iter().find(|c| c["textDocument"]["uri"] == uri))
        .unwrap_or_else(|| panic!("no edits for {uri} in {edit}"));
    let edits = doc["edits"].as_array().expect("edits").clone();
    (edits, doc["textDocument"]["version"].as_i64())
}

/// Applies a WorkspaceEdit's edits for `uri` to `text` (edits do not overlap).
pub fn apply_workspace_edit(text: &str, edit: &Value, uri: &str, enc: Enc) -> String {
    let (edits, _) = edits_for(edit, uri);
    let mut spans: Vec<(std::ops::Range<usize>, String)> = edits
        .iter()
        .map(|e| {
            (
                bytes_of(text, &e["range"], enc),
                e["newText"].as_str().expect("newText").to_string(),
            )
        })
        .collect();
    spans.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let mut out = text.to_string();
    for (r, t) in spans {
        out.replace_range(r, &t);
    }
    out
}

/// The hover's Markdown text, or `None` for a null hover.
pub fn hover_text(h: &Value) -> Option<String> {
    if h.is_null() {
        return None;
    }
    Some(h["contents"]["value"].as_str().expect("markup").to_string())
}

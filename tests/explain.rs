//! A command line that explains itself (issue 13): hints when stdin is a terminal, errors that
//! name the problem and the fix, exit codes (0 success, 1 input or I/O, 2 usage), `--stdio`
//! only on the server, completions, the manual page, the log file and request timings. Every
//! message is checked word for word.

#[path = "support/run.rs"]
mod run;
#[cfg(target_os = "linux")]
#[path = "support/tty.rs"]
mod tty;

use run::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const STORY: &str = "The harbour council approved a flood barrier for the old town on Tuesday. \
It will cost the city about forty million euros over ten years.\n";

/// A fresh directory for one test's files.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nutgraf-explain-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Exit code, stdout and stderr of a run that failed: stdout must be empty.
fn failure(o: &Output) -> (i32, String) {
    assert!(
        o.stdout.is_empty(),
        "stdout: {}",
        String::from_utf8_lossy(&o.stdout)
    );
    (
        o.status.code().unwrap(),
        String::from_utf8(o.stderr.clone()).unwrap(),
    )
}

#[test]
fn input_errors_name_the_problem_and_the_fix() {
    let dir = temp_dir("inputs");
    let file = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_str().unwrap().to_string()
    };
    let png = file("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let utf16 = file("notes.txt", b"\xff\xfeH\0i\0.\0");
    let utf16be = file("be.txt", b"\xfe\xff\0H\0i");
    let latin1 = file("latin1.txt", b"Line one.\nCaf\xe9 au lait.\n");
    let dir_s = dir.to_str().unwrap().to_string();
    let missing = dir.join("missing.md");
    let missing = missing.to_str().unwrap();
    for (args, stdin, want) in [
        (
            vec!["summarize", png.as_str()],
            &b""[..],
            format!("nutgraf: {png} is binary, not text (a NUL byte at offset 8): give a Markdown or plain-text file\n"),
        ),
        (
            vec!["summarize", "-"],
            b"\0\0\0\0\0\0",
            "nutgraf: stdin is binary, not text (a NUL byte at offset 0): give a Markdown or plain-text file\n".into(),
        ),
        (
            vec!["summarize", utf16.as_str()],
            b"",
            format!("nutgraf: {utf16} is UTF-16 (little-endian, with a byte order mark), not UTF-8: decode it first, e.g. iconv -f UTF-16 -t UTF-8 {utf16}\n"),
        ),
        (
            vec!["sentences", utf16be.as_str()],
            b"",
            format!("nutgraf: {utf16be} is UTF-16 (big-endian, with a byte order mark), not UTF-8: decode it first, e.g. iconv -f UTF-16 -t UTF-8 {utf16be}\n"),
        ),
        (
            vec!["summarize"],
            b"\xff\xfeH\0i\0",
            "nutgraf: stdin is UTF-16 (little-endian, with a byte order mark), not UTF-8: decode it first, e.g. iconv -f UTF-16 -t UTF-8\n".into(),
        ),
        (
            vec!["summarize", latin1.as_str()],
            b"",
            format!("nutgraf: {latin1} is not valid UTF-8 (byte 0xE9 at offset 13, line 2): convert it first, e.g. iconv -f LATIN1 -t UTF-8 {latin1}\n"),
        ),
        (
            vec!["check", "-"],
            b"caf\xe9",
            "nutgraf: stdin is not valid UTF-8 (byte 0xE9 at offset 3, line 1): convert it first, e.g. iconv -f LATIN1 -t UTF-8\n".into(),
        ),
        (
            vec!["sentences", dir_s.as_str()],
            b"",
            format!("nutgraf: {dir_s} is a directory: give a file (nutgraf summarize also takes directories)\n"),
        ),
        (
            vec!["check", missing],
            b"",
            format!("nutgraf: cannot read {missing}: no such file (check the path; - reads stdin)\n"),
        ),
        (
            vec!["summarize", "-"],
            b" \n\t\n",
            "nutgraf: stdin is empty: nothing to summarize\n".into(),
        ),
    ] {
        let o = nutgraf(&args, stdin);
        assert_eq!(failure(&o), (1, want), "{args:?}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_unreadable_file_says_so() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        eprintln!("skipped: root reads every file");
        return;
    }
    let dir = temp_dir("unreadable");
    let p = dir.join("secret.md");
    std::fs::write(&p, STORY).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    let p = p.to_str().unwrap();
    let o = nutgraf(&["summarize", p], b"");
    assert_eq!(
        failure(&o),
        (
            1,
            format!("nutgraf: cannot read {p}: permission denied (check the file's permissions)\n")
        )
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn jsonl_errors_say_which_line_what_was_expected_and_what_was_found() {
    let long = format!("{{\"id\": 9, \"body\": \"{}\"}}", "x".repeat(100));
    let input = format!(
        "not json\n{}\n\"just a string\"\n{{\"id\": 1, \"txt\": \"typo\"}}\n{{\"id\": 2, \"text\": \"The council met.\"}}\n{long}\n",
        "{\"id\": 3, \"text\": \"unterminated}"
    );
    let o = nutgraf(&["summarize", "--jsonl"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(o.stdout).unwrap().lines().count(),
        1,
        "the good line is answered"
    );
    let e = r#"nutgraf: line {n}: skipped: expected {"id": …, "text": "…"}, found"#;
    let want = [
        format!("{} `not json` (not JSON: expected ident at column 2)", e.replace("{n}", "1")),
        format!(
            "{} `{{\"id\": 3, \"text\": \"unterminated}}` (not JSON: EOF while parsing a string at column 32)",
            e.replace("{n}", "2")
        ),
        format!("{} `\"just a string\"` (a string, not an object)", e.replace("{n}", "3")),
        format!("{} `{{\"id\": 1, \"txt\": \"typo\"}}` (no string \"text\")", e.replace("{n}", "4")),
        format!(
            "{} `{{\"id\": 9, \"body\": \"{}…` (no string \"text\")",
            e.replace("{n}", "6"),
            "x".repeat(60 - 19)
        ),
        "nutgraf: 5 line(s) skipped".to_string(),
    ];
    assert_eq!(String::from_utf8(o.stderr).unwrap(), want.join("\n") + "\n");

    // check --jsonl names its own fields.
    let o = nutgraf(
        &["check", "--jsonl"],
        b"{\"id\": 1, \"text\": \"It rained.\"}\n[]\n",
    );
    assert_eq!(
        failure(&o),
        (
            1,
            "nutgraf: line 1: skipped: expected {\"id\": …, \"text\": \"…\", \"summary\": \"…\"}, found `{\"id\": 1, \"text\": \"It rained.\"}` (no string \"text\" and \"summary\")\n\
             nutgraf: line 2: skipped: expected {\"id\": …, \"text\": \"…\", \"summary\": \"…\"}, found `[]` (an array, not an object)\n\
             nutgraf: 2 line(s) skipped\n"
                .to_string()
        )
    );
}

#[test]
fn usage_errors_exit_2() {
    for (args, first_line) in [
        (
            vec!["summarize", "--sentences", "2", "--words", "30"],
            "error: the argument '--sentences <SENTENCES>' cannot be used with '--words <WORDS>'",
        ),
        (
            vec!["summarize", "--format", "xml"],
            "error: invalid value 'xml' for '--format <FORMAT>'",
        ),
        (
            vec!["summarise"],
            "error: unrecognized subcommand 'summarise'",
        ),
        (
            vec!["summarize", "--stdio"],
            "error: unexpected argument '--stdio' found",
        ),
        (
            vec!["summarize", "--sentences", "0"],
            "nutgraf: --sentences must be at least 1",
        ),
        (
            vec!["summarize", "--ratio", "1.5"],
            "nutgraf: --ratio must be greater than 0 and at most 1",
        ),
        (
            vec!["summarize", "--language", "xx"],
            "nutgraf: unknown language 'xx' (use auto or a code such as en, de, ru, zh)",
        ),
        (
            vec!["sentences", "--language", "xx"],
            "nutgraf: unknown language 'xx' (use auto or a code such as en, de, ru, zh)",
        ),
        (
            vec!["--stdio", "summarize"],
            "nutgraf: --stdio is for the language server: nutgraf --stdio, or nutgraf lsp --stdio",
        ),
        (
            vec!["completions", "tcsh"],
            "error: invalid value 'tcsh' for '<SHELL>'",
        ),
    ] {
        let o = nutgraf(&args, STORY.as_bytes());
        let (code, err) = failure(&o);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert_eq!(err.lines().next(), Some(first_line), "{args:?}");
    }
}

#[test]
fn stdio_is_an_option_of_the_server_only() {
    let help = |args: &[&str]| stdout(&nutgraf(args, b""));
    assert!(help(&["--help"]).contains("--stdio"));
    assert!(help(&["lsp", "--help"]).contains("--stdio"));
    for cmd in ["summarize", "sentences", "check", "completions", "man"] {
        assert!(!help(&[cmd, "--help"]).contains("--stdio"), "{cmd}");
    }
    // Editors pass it either way; both start the server, which answers `exit` with 1 when
    // there was no `shutdown`.
    for args in [&["--stdio"][..], &["lsp", "--stdio"], &["--stdio", "lsp"]] {
        let o = nutgraf(args, &frame(r#"{"jsonrpc":"2.0","method":"exit"}"#));
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn completions_and_manual_page() {
    let bash = stdout(&nutgraf(&["completions", "bash"], b""));
    assert!(bash.contains("complete -F _nutgraf"), "{bash}");
    assert!(bash.contains("summarize") && bash.contains("--sentences"));
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        assert!(stdout(&nutgraf(&["completions", shell], b"")).contains("summarize"));
    }
    let man = stdout(&nutgraf(&["man"], b""));
    assert!(man.starts_with(".ie \\n(.g .ds Aq \\(aq"), "{man}");
    assert!(man.contains(".TH nutgraf 1"), "{man}");
    assert!(man.contains("nutgraf\\-summarize"), "{man}");
    let dir = temp_dir("man");
    let o = nutgraf(&["man", "--dir", dir.to_str().unwrap()], b"");
    assert!(o.status.success());
    let mut pages: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    pages.sort();
    assert_eq!(
        pages,
        [
            "nutgraf-check.1",
            "nutgraf-completions.1",
            "nutgraf-lsp.1",
            "nutgraf-man.1",
            "nutgraf-sentences.1",
            "nutgraf-summarize.1",
            "nutgraf.1"
        ]
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// An LSP message with its header.
fn frame(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

#[test]
fn the_log_goes_to_the_log_file_with_each_request_timed() {
    let dir = temp_dir("log");
    let log = dir.join("nutgraf.log");
    let mut input =
        frame(r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#);
    input.extend(frame(
        r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
    ));
    input.extend(frame(r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#));
    input.extend(frame(r#"{"jsonrpc":"2.0","method":"exit"}"#));
    let mut child = Command::new(env!("CARGO_BIN_EXE_nutgraf"))
        .env("NUTGRAF_LOG", "debug")
        .env("NUTGRAF_LOG_FILE", &log)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&o.stderr), "", "nothing on stderr");
    let text = std::fs::read_to_string(&log).unwrap();
    for needle in [
        "request initialize (id 1) answered in ",
        "notification initialized handled in ",
        "request shutdown (id 2) answered in ",
    ] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
    // A log file that cannot be opened: said once on stderr, and the log stays there.
    let bad = dir.join("no-such-dir").join("nutgraf.log");
    let o = Command::new(env!("CARGO_BIN_EXE_nutgraf"))
        .env("NUTGRAF_LOG_FILE", &bad)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with(&format!(
            "nutgraf: cannot open the log file {} (NUTGRAF_LOG_FILE): No such file or directory (os error 2); logging to stderr\n",
            bad.display()
        )),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(target_os = "linux")]
#[test]
fn a_terminal_on_stdin_gets_a_hint() {
    // summarize: says it waits, then summarizes what was typed.
    let (child, mut terminal) = tty::spawn_on_terminal(&["summarize"], &[]);
    terminal.write_all(STORY.as_bytes()).unwrap();
    terminal.write_all(b"\x04").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "nutgraf summarize: waiting for text on stdin (type or paste it, then Ctrl-D); or give a file: nutgraf summarize FILE\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "The harbour council approved a flood barrier for the old town on Tuesday.\n"
    );
    let (child, mut terminal) = tty::spawn_on_terminal(&["sentences", "--jsonl"], &[]);
    terminal.write_all(b"\x04").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "nutgraf sentences: waiting for JSON lines {\"id\": …, \"text\": \"…\"} on stdin (type or paste it, then Ctrl-D); or give a file: nutgraf sentences FILE\n"
    );
    assert!(o.status.success());

    // The server: one line on stderr, and it keeps serving.
    let (mut child, mut terminal) = tty::spawn_on_terminal(&[], &[]);
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    assert_eq!(
        line,
        "nutgraf: this is the language server, waiting for an editor to speak LSP on stdin (Ctrl-C quits); to summarize a file: nutgraf summarize FILE, or see nutgraf --help\n"
    );
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(child.try_wait().unwrap().is_none(), "still serving");
    terminal.write_all(b"\x04").unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1), "end of input without shutdown");
    let mut rest = String::new();
    err.read_to_string(&mut rest).unwrap();
    assert!(
        rest.ends_with(" WARN nutgraf::lsp: exit without shutdown\n"),
        "{rest}"
    );

    // Not a terminal: no hint.
    let o = nutgraf(&["summarize"], STORY.as_bytes());
    assert!(o.stderr.is_empty());
}

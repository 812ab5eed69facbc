//! The command line's contract (DESIGN.md §1), run as a user runs it.

#[path = "support/run.rs"]
mod run;

use run::*;
use std::process::Output;

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

const STORY: &str = "The city council approved a new budget on Tuesday after a long debate. \
The plan raises spending on schools by ten percent. Critics said the increase was too small. \
Road repairs will also get more money next year. The mayor called the vote a victory for families.";

#[test]
fn summarize_json_schema_and_spans() {
    let out = nutgraf(
        &["summarize", "--sentences", "2", "--format", "json", "-"],
        STORY.as_bytes(),
    );
    let v = json(&out);
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, vec!["language", "words", "sentences", "summary"]);
    assert_eq!(v["language"], "en");
    assert_eq!(v["words"], 47);
    let sents = v["sentences"].as_array().unwrap();
    assert_eq!(sents.len(), 2);
    let mut texts = Vec::new();
    let mut last = 0;
    for s in sents {
        let keys: Vec<&str> = s.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            vec!["index", "start", "end", "score", "text", "plain"]
        );
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &STORY[a..b],
            s["text"].as_str().unwrap(),
            "spans are byte offsets into the input"
        );
        assert!(a >= last, "document order");
        last = b;
        texts.push(s["text"].as_str().unwrap());
    }
    assert_eq!(v["summary"].as_str().unwrap(), texts.join(" "));
    assert!(
        texts[0].starts_with("The city council approved"),
        "{texts:?}"
    );
}

#[test]
fn budgets() {
    let n = |args: &[&str]| {
        let mut a = vec!["summarize", "--format", "json"];
        a.extend_from_slice(args);
        json(&nutgraf(&a, STORY.as_bytes()))["sentences"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(n(&["--sentences", "1"]), 1);
    assert_eq!(n(&["--sentences", "3"]), 3);
    assert_eq!(n(&["--sentences", "50"]), 5);
    assert_eq!(n(&["--ratio", "0.4"]), 2);
    let v = json(&nutgraf(
        &["summarize", "--words", "25", "--format", "json"],
        STORY.as_bytes(),
    ));
    let words: usize = v["summary"].as_str().unwrap().split_whitespace().count();
    assert!(words <= 25 && words > 0, "{words} words: {v}");
    // One budget at a time.
    let out = nutgraf(
        &["summarize", "--sentences", "2", "--words", "30"],
        STORY.as_bytes(),
    );
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let out = nutgraf(&["summarize", "--ratio", "1.5"], STORY.as_bytes());
    assert!(!out.status.success());
}

#[test]
fn text_and_markdown_output() {
    let out = nutgraf(&["summarize", "--sentences", "1"], STORY.as_bytes());
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "The city council approved a new budget on Tuesday after a long debate.\n"
    );
    let out = nutgraf(
        &["summarize", "--sentences", "1", "--format", "markdown"],
        STORY.as_bytes(),
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "<!-- nutgraf:summary -->\n> **TL;DR:** The city council approved a new budget on Tuesday after a long debate.\n<!-- /nutgraf:summary -->\n"
    );
}

#[test]
fn errors_go_to_stderr_with_nothing_on_stdout() {
    for (args, input, needle) in [
        (
            vec!["summarize", "/nonexistent/file.md"],
            &b""[..],
            "cannot read",
        ),
        (vec!["summarize", "-"], &b"  \n\n "[..], "empty"),
        (
            vec!["summarize", "-"],
            &b"caf\xe9 au lait"[..],
            "not valid UTF-8",
        ),
        (vec!["sentences", "-"], &b"\xff\xfe"[..], "is UTF-16"),
        (
            vec!["summarize", "--language", "xx", "-"],
            STORY.as_bytes(),
            "unknown language",
        ),
    ] {
        let out = nutgraf(&args, input);
        assert!(!out.status.success(), "{args:?}");
        assert!(
            out.stdout.is_empty(),
            "{args:?}: stdout {:?}",
            String::from_utf8_lossy(&out.stdout)
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
    }
}

#[test]
fn jsonl_batch() {
    let input = format!(
        "{}\n{}\n\n{}\n",
        serde_json::json!({"id": "a", "text": STORY}),
        serde_json::json!({"id": 7, "text": "Один. Два три четыре пять. Шесть семь."}),
        serde_json::json!({"id": "empty", "text": ""}),
    );
    let out = nutgraf(
        &["summarize", "--jsonl", "--sentences", "1"],
        input.as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[0]["sentences"].as_array().unwrap().len(), 1);
    assert_eq!(lines[0]["summary"], lines[0]["sentences"][0]["text"]);
    assert_eq!(lines[2]["summary"], "");
    // A malformed line is reported and skipped; the rest is still answered.
    let out = nutgraf(
        &["summarize", "--jsonl"],
        format!(
            "not json\n{}\n",
            serde_json::json!({"id": 1, "text": STORY})
        )
        .as_bytes(),
    );
    assert!(!out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1"));

    // Lines that are JSON but not a document are named for what is wrong with them; escapes
    // in the text are decoded and keys other than id and text are ignored.
    let out = nutgraf(
        &["summarize", "--jsonl", "--sentences", "2"],
        concat!(
            "[1, 2]\n",
            "{\"id\": 1, \"text\": 5}\n",
            "{\"id\": 2}\n",
            "{\"id\": 3, \"refs\": [\"x\"], \"text\": \"Caf\\u00e9 owners met on Monday.\\nThey voted \\\"no\\\" again.\", \"k\": 3}\n",
        )
        .as_bytes(),
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err,
        "nutgraf: line 1: skipped: expected {\"id\": …, \"text\": \"…\"}, found `[1, 2]` (an array, not an object)\n\
         nutgraf: line 2: skipped: expected {\"id\": …, \"text\": \"…\"}, found `{\"id\": 1, \"text\": 5}` (no string \"text\")\n\
         nutgraf: line 3: skipped: expected {\"id\": …, \"text\": \"…\"}, found `{\"id\": 2}` (no string \"text\")\n\
         nutgraf: 3 line(s) skipped\n"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["id"], 3);
    assert_eq!(
        v["summary"],
        "Café owners met on Monday. They voted \"no\" again."
    );

    let out = nutgraf(
        &["sentences", "--jsonl"],
        format!(
            "{}\n",
            serde_json::json!({"id": "s", "text": "One here. Two here."})
        )
        .as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"id": "s", "sentences": [{"start": 0, "end": 9, "text": "One here."}, {"start": 10, "end": 19, "text": "Two here."}]})
    );
}

#[test]
fn sentences_command() {
    let out = nutgraf(
        &["sentences"],
        b"Dr. Smith arrived at 5 p.m. on Monday. The meeting began.\n\nNext paragraph.",
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Dr. Smith arrived at 5 p.m. on Monday.\nThe meeting began.\nNext paragraph.\n"
    );
    let out = nutgraf(
        &["sentences", "--format", "json"],
        "Ein Satz. Noch einer.".as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v,
        serde_json::json!([{"start": 0, "end": 9, "text": "Ein Satz."}, {"start": 10, "end": 21, "text": "Noch einer."}])
    );
}

#[test]
fn markdown_by_extension_and_flag() {
    let dir = std::env::temp_dir().join(format!("nutgraf-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let md = dir.join("story.md");
    let doc = "# Budget passes\n\n```\ncode. not prose.\n```\n\nThe council approved the budget. It funds all schools.\n";
    std::fs::write(&md, doc).unwrap();
    let v = json(&nutgraf(
        &[
            "summarize",
            "--sentences",
            "2",
            "--format",
            "json",
            md.to_str().unwrap(),
        ],
        b"",
    ));
    let texts: Vec<&str> = v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        vec!["The council approved the budget.", "It funds all schools."]
    );
    let v = json(&nutgraf(
        &[
            "summarize",
            "--markdown",
            "--sentences",
            "1",
            "--format",
            "json",
            "-",
        ],
        doc.as_bytes(),
    ));
    assert_eq!(
        v["sentences"][0]["text"],
        "The council approved the budget."
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn other_languages() {
    let de = "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Die Schulen bekommen mehr Geld. \
Kritiker nennen die Erhöhung zu klein. Auch die Straßen werden repariert.";
    let v = json(&nutgraf(
        &["summarize", "--sentences", "1", "--format", "json"],
        de.as_bytes(),
    ));
    assert_eq!(v["language"], "de");
    let ru = "Городской совет во вторник утвердил новый бюджет. Школы получат больше денег. Критики считают рост слишком малым.";
    let v = json(&nutgraf(
        &["summarize", "--sentences", "1", "--format", "json"],
        ru.as_bytes(),
    ));
    assert_eq!(v["language"], "ru");
    let zh = "市议会周二批准了新预算。学校将获得更多资金。批评者认为增幅太小。道路也将得到修缮。";
    let v = json(&nutgraf(
        &["summarize", "--sentences", "2", "--format", "json"],
        zh.as_bytes(),
    ));
    assert_eq!(v["language"], "zh");
    assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
    let v = json(&nutgraf(
        &[
            "summarize",
            "--sentences",
            "1",
            "--language",
            "de",
            "--format",
            "json",
        ],
        de.as_bytes(),
    ));
    assert_eq!(v["language"], "de");
}

#[test]
fn version_and_help() {
    let out = nutgraf(&["--version"], b"");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("nutgraf {}\n", env!("CARGO_PKG_VERSION"))
    );
    let out = nutgraf(&["--help"], b"");
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("summarize") && help.contains("sentences") && help.contains("lsp"));
}

#[test]
fn jsonl_workers_keep_input_order_and_output() {
    let mut input = String::new();
    for i in 0..1200 {
        let text = format!(
            "Story {i} opens here. The council approved budget number {i} on Tuesday after a debate. \
             Critics said plan {i} was too small for the town."
        );
        input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        input.push('\n');
        if i == 700 {
            input.push_str("not json\n");
        }
    }
    let one = nutgraf(
        &["summarize", "--jsonl", "--threads", "1"],
        input.as_bytes(),
    );
    let two = nutgraf(
        &["summarize", "--jsonl", "--threads", "2"],
        input.as_bytes(),
    );
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&two.stderr).contains("line 702: skipped"));
    let ids: Vec<u64> = String::from_utf8(two.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, (0..1200).collect::<Vec<u64>>());
}

#[test]
fn many_files_directories_and_globs() {
    let dir = std::env::temp_dir().join(format!("nutgraf-many-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let files = [
        (".gitignore", "drafts/\n"),
        (
            "news/b.md",
            "# Bridge\n\nThe bridge closes in March for repairs. Traffic will use the ferry.\n",
        ),
        (
            "news/a.txt",
            "The council approved the budget on Tuesday. Schools get more money.\n",
        ),
        ("news/code.rs", "fn main() {}\n"),
        (
            "news/drafts/c.md",
            "A draft that git ignores. It is not summarized.\n",
        ),
        (
            "notes/d.md",
            "The harbour barrier was approved. It costs forty million euros.\n",
        ),
        (
            "notes/e.txt",
            "Plain notes are not matched by the glob. They are text.\n",
        ),
    ];
    for (p, text) in files {
        let p = dir.join(p);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let d = dir.to_str().unwrap();
    let news = format!("{d}/news");
    let glob = format!("{d}/notes/*.md");
    let single = format!("{d}/notes/e.txt");
    let out = stdout(&nutgraf(
        &["summarize", "--sentences", "1", &single, &news, &glob],
        b"",
    ));
    assert_eq!(
        out,
        format!(
            "{d}/notes/e.txt: Plain notes are not matched by the glob.\n\
             {d}/news/a.txt: The council approved the budget on Tuesday.\n\
             {d}/news/b.md: The bridge closes in March for repairs.\n\
             {d}/notes/d.md: The harbour barrier was approved.\n"
        )
    );
    // JSON: one line per file with its path; the same output with one worker or two.
    let json_args = |threads: &'static str| {
        nutgraf(
            &[
                "summarize",
                "--sentences",
                "1",
                "--format",
                "json",
                "--threads",
                threads,
                &news,
                &glob,
            ],
            b"",
        )
    };
    let one = json_args("1");
    assert_eq!(one.stdout, json_args("2").stdout);
    let lines: Vec<serde_json::Value> = String::from_utf8(one.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let paths: Vec<&str> = lines.iter().map(|v| v["path"].as_str().unwrap()).collect();
    assert_eq!(
        paths,
        [
            format!("{news}/a.txt"),
            format!("{news}/b.md"),
            format!("{d}/notes/d.md")
        ]
    );
    let keys: Vec<&str> = lines[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["path", "language", "words", "sentences", "summary"]);

    // A file that cannot be summarized is reported; the others are still summarized; exit 1.
    std::fs::write(dir.join("news/z.md"), b"\0binary").unwrap();
    let missing = format!("{d}/missing.md");
    let o = nutgraf(&["summarize", "--sentences", "1", &news, &missing], b"");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(String::from_utf8(o.stdout).unwrap().lines().count(), 2);
    assert_eq!(
        String::from_utf8(o.stderr).unwrap(),
        format!(
            "nutgraf: {news}/z.md is binary, not text (a NUL byte at offset 0): give a Markdown or plain-text file\n\
             nutgraf: cannot read {missing}: no such file (check the path; - reads stdin)\n"
        )
    );
    let nomatch = format!("{d}/*.rst");
    let o = nutgraf(&["summarize", &nomatch], b"");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(o.stderr).unwrap(),
        format!("nutgraf: no files match {nomatch}\n")
    );
    // Usage errors.
    for (args, msg) in [
        (
            vec!["summarize", "-", &news],
            "nutgraf: - (stdin) cannot be summarized together with files\n",
        ),
        (
            vec!["summarize", "--jsonl", &news, &glob],
            "nutgraf: --jsonl reads one input: a file, or - for stdin\n",
        ),
    ] {
        let o = nutgraf(&args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty());
        assert_eq!(String::from_utf8(o.stderr).unwrap(), msg);
    }
    std::fs::remove_dir_all(&dir).ok();
}

//! `nutgraf check` as a user runs it: a document's own summaries, a given summary, batches.

#[path = "support/run.rs"]
mod run;

use run::*;

const STORY: &str = "---
title: Bus crash on the A9
description: Twelve people died when a coach driven by John Reid left the road near Pitlochry.
---

# Bus crash on the A9

Eleven people died when a coach carrying 48 passengers left the A9 near Pitlochry on Sunday evening.

Police Scotland said 23 others were taken to Perth Royal Infirmary. The driver, Alan Reid, was not arrested.
";

fn temp(name: &str, body: &str) -> String {
    let dir = std::env::temp_dir().join(format!("nutgraf-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, body).unwrap();
    p.to_string_lossy().into_owned()
}

#[test]
fn the_documents_own_summary() {
    let path = temp("crash.md", STORY);
    let out = stdout(&nutgraf(&["check", &path], b""));
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with(&format!(
            "{path}:3: author summary: 3 unsupported (score 0."
        )),
        "{out}"
    );
    let closest = "    closest: line 8: Eleven people died when a coach carrying 48 passengers left the A9 near Pitlochry on Sunday evening.";
    assert_eq!(
        lines[1..],
        [
            "  number \"Twelve\": not in the article",
            closest,
            "  name \"John\": not in the article",
            closest,
            "  name \"Reid\": in the article, but not where this is said",
            closest,
        ]
    );

    let v: serde_json::Value = serde_json::from_str(&stdout(&nutgraf(
        &["check", "--format", "json", &path],
        b"",
    )))
    .unwrap();
    let s = &v["summaries"][0];
    assert_eq!(s["source"], "author");
    assert_eq!(&STORY[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize],
        "description: Twelve people died when a coach driven by John Reid left the road near Pitlochry.");
    let kinds: Vec<&str> = s["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["number", "name", "name"]);
    assert_eq!(s["findings"][0]["support"], 0);
}

#[test]
fn a_given_summary_as_text_or_file() {
    let path = temp("crash2.md", STORY);
    let faithful = "Eleven people died near Pitlochry; 23 were taken to hospital in Perth.";
    let out = stdout(&nutgraf(&["check", "--summary", faithful, &path], b""));
    assert!(
        out.starts_with(&format!("{path}: summary: supported (score 0.")),
        "{out}"
    );
    assert_eq!(out.lines().count(), 1);
    let file = temp("summary.txt", "The driver, Alan Reid, was arrested.\n");
    let out = stdout(&nutgraf(
        &["check", "--summary", &format!("@{file}"), &path],
        b"",
    ));
    assert!(
        out.starts_with(&format!("{path}: summary: 1 unsupported")),
        "{out}"
    );
    assert!(
        out.contains("  negation \"arrested\": the article says the opposite\n"),
        "{out}"
    );
}

#[test]
fn jsonl_batches() {
    let input = concat!(
        r#"{"id":1,"text":"The council approved the budget on Tuesday. Spending on schools rises by 10 percent.","summary":"Spending on schools rises by 12 percent."}"#,
        "\n",
        r#"{"id":"b","text":"The council approved the budget on Tuesday.","summary":"the council approved the budget ."}"#,
        "\n",
    );
    let out = stdout(&nutgraf(&["check", "--jsonl"], input.as_bytes()));
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let keys: Vec<&str> = lines[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["id", "score", "findings"]);
    assert_eq!(lines[0]["id"], 1);
    let f = &lines[0]["findings"][0];
    let keys: Vec<&str> = f.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["start", "end", "kind", "text", "support"]);
    assert_eq!(
        (f["start"].as_u64(), f["end"].as_u64()),
        (Some(29), Some(39))
    );
    assert_eq!(f["kind"], "number");
    assert_eq!(f["text"], "12 percent");
    assert_eq!(f["support"], 1);
    assert!(lines[0]["score"].as_f64().unwrap() < 0.5);
    assert_eq!(lines[1]["id"], "b");
    assert_eq!(lines[1]["findings"], serde_json::json!([]));
    assert_eq!(lines[1]["score"], 1.0);
}

#[test]
fn errors_and_exit_codes() {
    // A bad line is skipped and reported; the others are checked; exit 1.
    let o = nutgraf(&["check", "--jsonl"], b"{\"id\":1,\"text\":\"A b c.\"}\nnot json\n{\"id\":2,\"text\":\"It rained.\",\"summary\":\"It rained.\"}\n");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 1);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("line 1: skipped") && err.contains("line 2: skipped"),
        "{err}"
    );
    // No summary in the document: an input problem.
    let path = temp("plain.txt", "It rained all night. Roads flooded.\n");
    let o = nutgraf(&["check", &path], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no summary to check"));
    // Usage: an empty --summary, an unknown language, --summary with --jsonl.
    assert_eq!(
        nutgraf(&["check", "--summary", " ", &path], b"")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        nutgraf(&["check", "--language", "xx", &path], b"")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        nutgraf(&["check", "--jsonl", "--summary", "x"], b"")
            .status
            .code(),
        Some(2)
    );
    // Unreadable file, invalid UTF-8.
    assert_eq!(
        nutgraf(&["check", "/nonexistent/x.md"], b"").status.code(),
        Some(1)
    );
    let o = nutgraf(&["check", "--summary", "x", "-"], b"\xff\xfe");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn a_tldr_paragraph_in_plain_text() {
    let doc = "Storm on the coast\n\nTL;DR: The barrier failed and forty homes flooded.\n\nThe barrier held overnight. No homes flooded, the council said.\n";
    let path = temp("storm.txt", doc);
    let out = stdout(&nutgraf(&["check", &path], b""));
    assert!(
        out.starts_with(&format!("{path}:3: author summary: ")),
        "{out}"
    );
    assert!(
        out.contains("number \"forty\": not in the article"),
        "{out}"
    );
}

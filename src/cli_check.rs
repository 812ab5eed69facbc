//! `nutgraf check`: summaries checked against their document (issue 12). The document's own
//! summaries (the author's — front matter, a leading `TL;DR:` paragraph — and nutgraf's
//! blocks), a given one (`--summary TEXT|@FILE`), or a batch of JSON lines (`--jsonl`).
//! Exit codes: 0 the check ran (findings or not), 1 input problems, 2 usage.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use serde::Serialize;
use serde_json::Value;

use crate::article::{Article, Format};
use crate::check::{check, check_document, Origin, Report};
use crate::cli::{fail, json_error, json_kind, jsonl_error, open, read_error, read_input};
use crate::text::Language;

#[derive(Args)]
pub struct CheckArgs {
    /// A file, or `-` (the default) for stdin.
    #[arg(default_value = "-")]
    pub path: String,
    /// The summary to check, as text or `@FILE` (default: the document's own summaries).
    #[arg(long, value_name = "TEXT|@FILE")]
    pub summary: Option<String>,
    /// Batch mode: JSON lines `{"id","text","summary"}` in, `{"id","score","findings"}` out.
    #[arg(long, conflicts_with = "summary")]
    pub jsonl: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Read the input as Markdown (default: by extension; stdin and `--jsonl` texts: plain).
    #[arg(long, conflicts_with = "plain")]
    pub markdown: bool,
    /// Read the input as plain text.
    #[arg(long)]
    pub plain: bool,
    /// `auto` or a language code (en, de, ru, zh, …).
    #[arg(long, default_value = "auto")]
    pub language: String,
    /// Refuse input larger than this many bytes (a `--jsonl` line larger than this).
    #[arg(long, default_value_t = crate::cli::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_bytes: u64,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    start: usize,
    end: usize,
    kind: &'static str,
    text: &'a str,
    support: Option<usize>,
}

#[derive(Serialize)]
struct LineOut<'a> {
    id: &'a Value,
    score: f64,
    findings: Vec<FindingOut<'a>>,
}

fn findings_out(r: &Report) -> Vec<FindingOut<'_>> {
    r.findings
        .iter()
        .map(|f| FindingOut {
            start: f.span.start,
            end: f.span.end,
            kind: f.kind.code(),
            text: &f.text,
            support: f.support,
        })
        .collect()
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// `nutgraf check`.
pub fn run(args: &CheckArgs) -> ExitCode {
    let language = match crate::cli::language(&args.language) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("nutgraf: {e}");
            return ExitCode::from(2);
        }
    };
    if args.jsonl {
        return batch(args, language);
    }
    let text = match read_input(&args.path, args.max_bytes, "check") {
        Ok(t) => t,
        Err(e) => return fail(e),
    };
    let name = if args.path == "-" {
        "stdin"
    } else {
        &args.path
    };
    let format = if args.markdown {
        Format::Markdown
    } else if args.plain || args.path == "-" {
        Format::Plain
    } else {
        Format::from_path(&args.path)
    };
    let article = Article::parse(&text, format);
    if article.sentences.is_empty() {
        return fail(format!("{name} has no prose: nothing to check against"));
    }
    // (what, where in the document, the summary's text)
    let mut summaries: Vec<(&str, Option<std::ops::Range<usize>>, String, Report)> = Vec::new();
    match &args.summary {
        Some(s) => {
            let given = match s.strip_prefix('@') {
                Some(path) => match read_input(path, args.max_bytes, "check") {
                    Ok(t) => t,
                    Err(e) => return fail(e),
                },
                None => s.clone(),
            };
            if given.trim().is_empty() {
                eprintln!("nutgraf: --summary is empty: nothing to check");
                return ExitCode::from(2);
            }
            let r = check(&article, &text, &given, language);
            summaries.push(("summary", None, given, r));
        }
        None => {
            let label = crate::article::DEFAULT_LABEL;
            for c in check_document(&article, &text, language, label) {
                let what = match c.origin {
                    Origin::Nutgraf => "nutgraf summary",
                    Origin::Author(_) => "author summary",
                };
                summaries.push((what, Some(c.span), c.text, c.report));
            }
            if summaries.is_empty() {
                return fail(format!(
                    "{name} has no summary to check (front matter description/summary/excerpt/dek/subtitle, a leading TL;DR: paragraph, or a nutgraf block); give one with --summary"
                ));
            }
        }
    }
    let mut out = String::new();
    let mut json = Vec::new();
    for (what, span, summary, r) in &summaries {
        let line = span.as_ref().map(|s| line_of(&text, s.start));
        match args.format {
            CheckFormat::Json => json.push(serde_json::json!({
                "source": what.split(' ').next().unwrap_or(what),
                "start": span.as_ref().map(|s| s.start),
                "end": span.as_ref().map(|s| s.end),
                "summary": summary,
                "score": round(r.score),
                "findings": r.findings.iter().map(|f| serde_json::json!({
                    "start": f.span.start,
                    "end": f.span.end,
                    "kind": f.kind.code(),
                    "text": f.text,
                    "support": f.support,
                    "in_article": f.in_article,
                })).collect::<Vec<_>>(),
            })),
            CheckFormat::Text => {
                let place = match line {
                    Some(l) => format!("{name}:{l}: {what}"),
                    None => format!("{name}: {what}"),
                };
                if r.findings.is_empty() {
                    out.push_str(&format!("{place}: supported (score {:.2})\n", r.score));
                }
                if !r.findings.is_empty() {
                    out.push_str(&format!(
                        "{place}: {} unsupported (score {:.2})\n",
                        r.findings.len(),
                        r.score
                    ));
                }
                for f in &r.findings {
                    out.push_str(&format!("  {}\n", f.describe()));
                    if let Some(s) = f
                        .support
                        .and_then(|i| article.sentences.get(i).map(|s| (i, s)))
                    {
                        out.push_str(&format!(
                            "    closest: line {}: {}\n",
                            line_of(&text, s.1.span.start),
                            clip(&s.1.text, 120)
                        ));
                    }
                }
            }
        }
    }
    if args.format == CheckFormat::Json {
        out = serde_json::json!({ "summaries": json }).to_string();
        out.push('\n');
    }
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(format!("cannot write output: {e}")),
    }
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max).collect();
    out.push('…');
    out
}

fn line_of(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    text.as_bytes()[..at]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// What a `check --jsonl` line must be.
const EXPECTED_LINE: &str = r#"expected {"id": …, "text": "…", "summary": "…"}"#;

#[derive(Default, serde::Deserialize)]
struct LineIn {
    #[serde(default)]
    id: Value,
    #[serde(default)]
    text: Option<Value>,
    #[serde(default)]
    summary: Option<Value>,
}

/// `--jsonl`: one output line per input line; bad lines are reported on stderr with their
/// number and make the exit status 1.
fn batch(args: &CheckArgs, language: Option<Language>) -> ExitCode {
    let name = if args.path == "-" {
        "stdin"
    } else {
        &args.path
    };
    let format = if args.markdown {
        Format::Markdown
    } else {
        Format::Plain
    };
    let reader = match open(&args.path) {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    let mut reader = io::BufReader::with_capacity(1 << 18, reader);
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut failed = 0usize;
    let mut line = Vec::new();
    for n in 1.. {
        line.clear();
        match (&mut reader)
            .take(args.max_bytes.saturating_add(1))
            .read_until(b'\n', &mut line)
        {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => return fail(read_error(name, &e)),
        }
        if line.len() as u64 > args.max_bytes && line.last() != Some(&b'\n') {
            let _ = out.flush();
            return fail(format!(
                "{name}: line {n} is longer than {} bytes (--max-bytes): stopped",
                args.max_bytes
            ));
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let bad = |why: &str| {
            eprintln!(
                "nutgraf: line {n}: skipped: {}",
                jsonl_error(EXPECTED_LINE, &line, why)
            );
        };
        let parsed: LineIn = match serde_json::from_slice::<Value>(line.trim_ascii_end()) {
            Err(e) => {
                bad(&format!("not JSON: {}", json_error(&e)));
                failed += 1;
                continue;
            }
            Ok(v @ Value::Object(_)) => serde_json::from_value(v).unwrap_or_default(),
            Ok(v) => {
                bad(&format!("{}, not an object", json_kind(&v)));
                failed += 1;
                continue;
            }
        };
        let (Some(Value::String(text)), Some(Value::String(summary))) =
            (&parsed.text, &parsed.summary)
        else {
            bad("no string \"text\" and \"summary\"");
            failed += 1;
            continue;
        };
        let article = Article::parse(text, format);
        let r = check(&article, text, summary, language);
        let o = LineOut {
            id: &parsed.id,
            score: round(r.score),
            findings: findings_out(&r),
        };
        let written = serde_json::to_writer(&mut out, &o)
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n"));
        if written.is_err() {
            return ExitCode::SUCCESS; // the reader went away
        }
    }
    if out.flush().is_err() {
        return ExitCode::SUCCESS;
    }
    if failed > 0 {
        eprintln!("nutgraf: {failed} line(s) skipped");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

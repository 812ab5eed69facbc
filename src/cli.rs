//! The command line's `summarize` and `sentences` commands (DESIGN.md §1). Errors go to stderr
//! with a non-zero exit and nothing on stdout.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::article::{Article, Format};
use crate::summarize::{self, render, Options, Scope, Summary};
use crate::text::{split_sentences_in, Language};

pub use crate::summarize::Budget;

/// Where the text comes from and how to read it.
pub struct InputSpec {
    /// A path, or `-` for stdin.
    pub path: String,
    /// `Some(true)`: Markdown; `Some(false)`: plain; `None`: by extension (stdin: plain).
    pub markdown: Option<bool>,
    /// Batch mode over JSON lines.
    pub jsonl: bool,
    /// The most bytes to read (a larger input is refused).
    pub max_bytes: u64,
    /// Worker threads for `--jsonl` (0: one per core).
    pub threads: usize,
}

/// The default of `--max-bytes`: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

impl InputSpec {
    /// How to read `text`: as told, else by extension; stdin is Markdown when it opens with
    /// front matter, a heading or a code fence, plain text otherwise.
    fn format(&self, text: &str) -> Format {
        match self.markdown {
            Some(true) => Format::Markdown,
            Some(false) => Format::Plain,
            None if self.path == "-" => {
                let t = text.trim_start_matches('\u{feff}');
                let fm = ["---\n", "---\r\n", "+++\n", "+++\r\n"]
                    .iter()
                    .any(|p| t.starts_with(p));
                if fm || t.starts_with("# ") || t.starts_with("```") || t.starts_with("~~~") {
                    Format::Markdown
                } else {
                    Format::Plain
                }
            }
            None => Format::from_path(&self.path),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Markdown,
    Json,
}

pub struct SummarizeRequest {
    pub input: InputSpec,
    pub budget: Budget,
    pub format: OutputFormat,
    /// `auto` or a language code.
    pub language: String,
    pub config: ConfigChoice,
}

/// Which project file (`.nutgraf.toml`) the command reads.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum ConfigChoice {
    /// The one found walking up from the input's folder (stdin: the current folder).
    #[default]
    Find,
    /// This file (`--config PATH`).
    Path(String),
    /// None (`--no-config`).
    Off,
}

/// The defaults from the project file that applies, if any. The flags win over them.
fn project_defaults(req: &SummarizeRequest) -> Result<crate::config_file::Defaults, String> {
    use crate::config_file::{find, load};
    let file = match &req.config {
        ConfigChoice::Off => None,
        ConfigChoice::Path(p) => Some(std::path::PathBuf::from(p)),
        ConfigChoice::Find => {
            let dir = match req.input.path.as_str() {
                "-" => std::env::current_dir().ok(),
                p => std::path::Path::new(p)
                    .canonicalize()
                    .ok()
                    .and_then(|p| p.parent().map(|d| d.to_path_buf())),
            };
            dir.and_then(|d| find(&d))
        }
    };
    match file {
        Some(f) => load(&f).map(|p| p.defaults()).map_err(|e| e.to_string()),
        None => Ok(Default::default()),
    }
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    index: usize,
    start: usize,
    end: usize,
    score: f64,
    /// The source bytes of the span.
    text: &'a str,
    /// What a reader sees: markup rendered, a dateline left out, or cut to a word budget.
    plain: &'a str,
}

/// One output line of `summarize --jsonl`.
#[derive(Serialize)]
struct SummaryLine<'a> {
    id: &'a Value,
    summary: String,
    sentences: Vec<SentenceOut<'a>>,
}

/// One output line of `sentences --jsonl`.
#[derive(Serialize)]
struct SentencesLine<'a> {
    id: &'a Value,
    sentences: Vec<SpanOut<'a>>,
}

/// One input line of `--jsonl`: other keys are skipped unread; `text` is borrowed from the
/// line unless it has escapes.
#[derive(Deserialize)]
struct InputLine<'a> {
    #[serde(default)]
    id: Value,
    #[serde(borrow, default)]
    text: MaybeStr<'a>,
    /// The record's language code, if it names one (`"lang": "de"`).
    #[serde(borrow, default)]
    lang: MaybeStr<'a>,
}

/// Any JSON value, kept when it is a string (borrowed when it has no escapes): one pass over
/// the line, and a `text` of another type is reported as missing rather than as a type error.
#[derive(Default)]
struct MaybeStr<'a>(Option<Cow<'a, str>>);

impl<'de: 'a, 'a> Deserialize<'de> for MaybeStr<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
        struct V<'a>(std::marker::PhantomData<&'a str>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Option<Cow<'a, str>>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Some(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Some(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(Some(Cow::Owned(v)))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
                while a.next_element::<IgnoredAny>()?.is_some() {}
                Ok(None)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
                while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(None)
            }
        }
        d.deserialize_any(V(std::marker::PhantomData)).map(MaybeStr)
    }
}

#[derive(Serialize)]
struct SpanOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

pub(crate) fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("nutgraf: {msg}");
    ExitCode::FAILURE
}

/// The input: stdin for `-`, else the file.
pub(crate) fn open(path: &str) -> Result<Box<dyn Read + Send>, String> {
    if path == "-" {
        return Ok(Box::new(io::stdin()));
    }
    let f = std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    Ok(Box::new(f))
}

/// Reads the whole input as UTF-8 text, at most `max` bytes; errors are messages for stderr
/// (an empty input is "nothing to `what`").
pub(crate) fn read_input(path: &str, max: u64, what: &str) -> Result<String, String> {
    let name = if path == "-" { "stdin" } else { path };
    let mut bytes = Vec::new();
    open(path)?
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    if bytes.len() as u64 > max {
        return Err(format!(
            "{name} is larger than {max} bytes (--max-bytes): refused"
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name} is not valid UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text.trim().is_empty() {
        return Err(format!("{name} is empty: nothing to {what}"));
    }
    Ok(text)
}

/// The language of one document: the record's, else the command line's, else detected.
fn language_of(text: &str, record: Option<Language>, flag: Option<Language>) -> Language {
    record.or(flag).unwrap_or_else(|| Language::detect(text))
}

/// `auto` (`None`) or the language a code names.
pub fn language(code: &str) -> Result<Option<Language>, String> {
    match code {
        "auto" | "" => Ok(None),
        c => Language::from_code(c).map(Some).ok_or_else(|| {
            format!("unknown language '{c}' (use auto or a code such as en, de, ru, zh)")
        }),
    }
}

fn summary_sentences<'a>(summary: &'a Summary, text: &'a str) -> Vec<SentenceOut<'a>> {
    summary
        .picks
        .iter()
        .map(|p| SentenceOut {
            index: p.sentence,
            start: p.span.start,
            end: p.span.end,
            score: (p.score * 1000.0).round() / 1000.0,
            text: text.get(p.span.clone()).unwrap_or(""),
            plain: &p.text,
        })
        .collect()
}

/// `nutgraf summarize`.
pub fn summarize(req: &SummarizeRequest) -> ExitCode {
    let project = match project_defaults(req) {
        Ok(d) => d,
        Err(e) => return fail(e),
    };
    let code = match (&project.language, req.language.as_str()) {
        (Some(l), "auto") => l.as_str(),
        (_, l) => l,
    };
    let lang = match language(code) {
        Ok(l) => l,
        Err(e) => return fail(e),
    };
    let budget = match (req.budget, project.sentences, project.max_words) {
        (Budget::Auto, Some(n), _) => Budget::Sentences(n),
        (Budget::Auto, None, Some(w)) => Budget::Words(w),
        (b, _, _) => b,
    };
    let label = project
        .label
        .as_deref()
        .unwrap_or(crate::article::DEFAULT_LABEL);
    let style = project
        .style
        .as_deref()
        .and_then(|s| render::Style::from_name(&s.to_ascii_lowercase()))
        .unwrap_or(render::Style::Blockquote);
    if req.input.jsonl {
        let format = req.input.format("");
        return batch(&req.input, &|text, id, rec_lang, out| {
            let language = language_of(text, rec_lang, lang);
            let article = Article::parse_in(text, format, label, language);
            let opts = Options {
                budget,
                language: Some(language),
            };
            let s = summarize::summarize(&article, text, Scope::Article, &opts);
            let line = SummaryLine {
                id,
                summary: s.text(),
                sentences: summary_sentences(&s, text),
            };
            serde_json::to_writer(out, &line)
        });
    }
    let text = match read_input(&req.input.path, req.input.max_bytes, "summarize") {
        Ok(t) => t,
        Err(e) => return fail(e),
    };
    let format = req.input.format(&text);
    let language = language_of(&text, None, lang);
    let article = Article::parse_in(&text, format, label, language);
    let opts = Options {
        budget,
        language: Some(language),
    };
    let s = summarize::summarize(&article, &text, Scope::Article, &opts);
    let summary = s.text();
    if summary.is_empty() {
        let name = if req.input.path == "-" {
            "stdin"
        } else {
            &req.input.path
        };
        return fail(format!(
            "{name} has no prose: nothing to summarize (code, markup and punctuation are not summarized)"
        ));
    }
    let out = match req.format {
        OutputFormat::Text => format!("{summary}\n"),
        OutputFormat::Markdown => {
            format!(
                "{}\n",
                render::render_block(&s.markdown(&article, &text), Format::Markdown, style, label)
            )
        }
        OutputFormat::Json => {
            let v = json!({
                "language": s.language.code(),
                "words": s.words,
                "sentences": summary_sentences(&s, &text),
                "summary": summary,
            });
            format!("{v}\n")
        }
    };
    write_all(out.as_bytes())
}

/// `nutgraf sentences`.
pub fn sentences(input: &InputSpec, json_out: bool, language: &str) -> ExitCode {
    let lang = match self::language(language) {
        Ok(l) => l,
        Err(e) => return fail(e),
    };
    if input.jsonl {
        let format = input.format("");
        return batch(input, &|text, id, rec_lang, out| {
            let line = SentencesLine {
                id,
                sentences: span_outs(text, format, language_of(text, rec_lang, lang)),
            };
            serde_json::to_writer(out, &line)
        });
    }
    let text = match read_input(&input.path, input.max_bytes, "summarize") {
        Ok(t) => t,
        Err(e) => return fail(e),
    };
    let format = input.format(&text);
    let language = language_of(&text, None, lang);
    let mut out = String::new();
    if json_out {
        out = serde_json::to_string(&span_outs(&text, format, language)).unwrap_or_default();
        out.push('\n');
    } else {
        for r in sentence_spans(&text, format, language) {
            out.push_str(&crate::article::fold_space(&text[r]));
            out.push('\n');
        }
    }
    write_all(out.as_bytes())
}

fn span_outs(text: &str, format: Format, language: Language) -> Vec<SpanOut<'_>> {
    sentence_spans(text, format, language)
        .into_iter()
        .map(|r| SpanOut {
            start: r.start,
            end: r.end,
            text: &text[r],
        })
        .collect()
}

/// The sentences of a document: for plain text every sentence of every paragraph (titles and
/// headings included); for Markdown the title, headings and block sentences in order. By the
/// sentence rules of `language`.
pub fn sentence_spans(
    text: &str,
    format: Format,
    language: Language,
) -> Vec<std::ops::Range<usize>> {
    match format {
        Format::Plain => split_sentences_in(text, language),
        Format::Markdown => {
            let a = Article::parse_in(text, format, crate::article::DEFAULT_LABEL, language);
            let mut spans: Vec<_> = a.sentences.iter().map(|s| s.span.clone()).collect();
            spans.extend(
                a.sections
                    .iter()
                    .filter_map(|s| s.heading.as_ref().map(|h| h.span.clone())),
            );
            spans.sort_by_key(|r| (r.start, r.end));
            spans.dedup();
            spans
        }
    }
}

fn write_all(bytes: &[u8]) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(format!("cannot write output: {e}")),
    }
}

/// What one `--jsonl` line becomes: its JSON output line written into the buffer.
type LineFn<'a> =
    dyn Fn(&str, &Value, Option<Language>, &mut Vec<u8>) -> serde_json::Result<()> + Sync + 'a;

/// Lines handed to the worker pool at once (output stays in input order).
const CHUNK_LINES: usize = 512;
/// … or this many bytes of them, whichever comes first.
const CHUNK_BYTES: usize = 8 << 20;

/// Reads JSON lines `{"id","text"}` from the input (stdin or a file) and writes one JSON line
/// per document, in input order, over `--threads` workers. Bad lines are reported on stderr
/// (with their line number) and make the exit status non-zero; a line longer than
/// `--max-bytes` stops the batch.
fn batch(input: &InputSpec, f: &LineFn) -> ExitCode {
    let name = if input.path == "-" {
        "stdin"
    } else {
        &input.path
    };
    let reader = match open(&input.path) {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    let threads = match input.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    let pool = if threads > 1 {
        match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
            Ok(p) => Some(p),
            Err(e) => return fail(format!("cannot start {threads} worker threads: {e}")),
        }
    } else {
        None
    };
    // Large buffers: a batch is megabytes in and out, and every system call counts.
    let reader = io::BufReader::with_capacity(1 << 18, reader);
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut failed = 0usize;
    let mut buf = Vec::new();
    // A reader thread reads the next chunk while this one is summarized (on the pool, if any).
    let per_chunk = CHUNK_LINES;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Chunk>(2);
    let max = input.max_bytes;
    let stopped = std::thread::scope(|scope| {
        scope.spawn(move || read_chunks(reader, max, per_chunk, &tx));
        for msg in rx {
            match msg {
                Chunk::Lines(chunk) => {
                    let r = write_chunk(&mut out, &chunk, pool.as_ref(), f, &mut buf, &mut failed);
                    if r.is_err() {
                        return Some(None); // reader went away
                    }
                }
                Chunk::Stop(why) => return Some(Some(why)),
            }
        }
        None
    });
    match stopped {
        Some(None) => return ExitCode::SUCCESS,
        Some(Some(why)) => {
            let _ = out.flush();
            return fail(format!("{name}: {why}"));
        }
        None => {}
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

/// What the reader thread of a batch sends: numbered lines, or why it stopped.
enum Chunk {
    Lines(Vec<(usize, Vec<u8>)>),
    Stop(String),
}

/// Reads non-blank lines in chunks of `per_chunk` lines (or [`CHUNK_BYTES`]) and sends them;
/// stops at the end, at a read error or at a line longer than `max` bytes.
fn read_chunks(
    mut reader: impl BufRead,
    max: u64,
    per_chunk: usize,
    tx: &std::sync::mpsc::SyncSender<Chunk>,
) {
    let mut chunk: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut bytes = 0usize;
    let mut n = 0usize;
    loop {
        let mut line = Vec::new();
        let read = (&mut reader)
            .take(max.saturating_add(1))
            .read_until(b'\n', &mut line);
        let stop = match read {
            Ok(0) => None,
            Ok(_) if line.len() as u64 > max && line.last() != Some(&b'\n') => Some(format!(
                "line {} is longer than {max} bytes (--max-bytes): stopped",
                n + 1
            )),
            Ok(_) => {
                n += 1;
                if !line.iter().all(u8::is_ascii_whitespace) {
                    bytes += line.len();
                    chunk.push((n, line));
                }
                if chunk.len() >= per_chunk || bytes >= CHUNK_BYTES {
                    if tx.send(Chunk::Lines(std::mem::take(&mut chunk))).is_err() {
                        return;
                    }
                    bytes = 0;
                }
                continue;
            }
            Err(e) => Some(format!("cannot read: {e}")),
        };
        if !chunk.is_empty() && tx.send(Chunk::Lines(chunk)).is_err() {
            return;
        }
        if let Some(why) = stop {
            let _ = tx.send(Chunk::Stop(why));
        }
        return;
    }
}

/// One input line's output (with its newline), or why it was skipped.
fn line_output(line: &[u8], f: &LineFn, buf: &mut Vec<u8>) -> Result<(), String> {
    buf.clear();
    let (id, text, lang) = parse_line(line)?;
    f(&text, &id, lang, buf).map_err(|e| e.to_string())?;
    buf.push(b'\n');
    Ok(())
}

/// Writes the outputs of `chunk` (line number, line) in order, computed on the pool if any.
fn write_chunk(
    out: &mut impl Write,
    chunk: &[(usize, Vec<u8>)],
    pool: Option<&rayon::ThreadPool>,
    f: &LineFn,
    buf: &mut Vec<u8>,
    failed: &mut usize,
) -> io::Result<()> {
    let mut emit = |n: usize, r: Result<&[u8], &str>, out: &mut dyn Write| match r {
        Ok(bytes) => out.write_all(bytes),
        Err(why) => {
            eprintln!("nutgraf: line {n}: skipped: {why}");
            *failed += 1;
            Ok(())
        }
    };
    match pool {
        None => {
            for (n, line) in chunk {
                let r = line_output(line, f, buf);
                emit(
                    *n,
                    r.as_ref().map(|()| buf.as_slice()).map_err(String::as_str),
                    out,
                )?;
            }
        }
        Some(pool) => {
            use rayon::prelude::*;
            let results: Vec<Result<Vec<u8>, String>> = pool.install(|| {
                chunk
                    .par_iter()
                    .map(|(_, line)| {
                        let mut b = Vec::new();
                        line_output(line, f, &mut b).map(|()| b)
                    })
                    .collect()
            });
            for ((n, _), r) in chunk.iter().zip(&results) {
                emit(*n, r.as_deref().map_err(String::as_str), out)?;
            }
        }
    }
    Ok(())
}

/// The id, text and language (`"lang"`, when it names a known one) of one `--jsonl` line,
/// which must be a JSON object with a string `text`.
fn parse_line(line: &[u8]) -> Result<(Value, Cow<'_, str>, Option<Language>), String> {
    if line.iter().find(|c| !c.is_ascii_whitespace()) != Some(&b'{') {
        return Err(
            match serde_json::from_slice::<serde::de::IgnoredAny>(line) {
                Err(e) => e.to_string(),
                Ok(_) => "not a JSON object".into(),
            },
        );
    }
    let parsed: InputLine = serde_json::from_slice(line).map_err(|e| e.to_string())?;
    let text = parsed
        .text
        .0
        .ok_or_else(|| "no string \"text\"".to_string())?;
    let lang = parsed.lang.0.and_then(|c| Language::from_code(&c));
    Ok((parsed.id, text, lang))
}

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
        format_of(self.markdown, &self.path, text)
    }
}

/// How to read `text` from `path`: as told (`markdown`), else by extension; stdin (`-`) is
/// Markdown when it opens with front matter, a heading or a code fence, plain text otherwise.
fn format_of(markdown: Option<bool>, path: &str, text: &str) -> Format {
    match markdown {
        Some(true) => Format::Markdown,
        Some(false) => Format::Plain,
        None if path == "-" => {
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
        None => Format::from_path(path),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Markdown,
    Json,
}

pub struct SummarizeRequest {
    /// The first of `paths` (the only one, unless many files are summarized).
    pub input: InputSpec,
    /// Files, directories and globs, or `-`.
    pub paths: Vec<String>,
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
fn project_file(req: &SummarizeRequest) -> Result<Option<crate::config_file::ProjectFile>, String> {
    use crate::config_file::{find, load};
    let file = match &req.config {
        ConfigChoice::Off => None,
        ConfigChoice::Path(p) => Some(std::path::PathBuf::from(p)),
        ConfigChoice::Find => {
            // The folder of the input (the first one of many; a folder named is itself).
            let dir = match req.input.path.as_str() {
                "-" => std::env::current_dir().ok(),
                p => std::path::Path::new(p).canonicalize().ok().and_then(|p| {
                    if p.is_dir() {
                        Some(p)
                    } else {
                        p.parent().map(|d| d.to_path_buf())
                    }
                }),
            };
            dir.and_then(|d| find(&d))
        }
    };
    file.map(|f| load(&f).map_err(|e| e.to_string()))
        .transpose()
}

/// How summaries are budgeted and rendered: the command's flags over the project file's
/// defaults.
struct Look<'a> {
    budget: Budget,
    label: &'a str,
    style: render::Style,
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

pub fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("nutgraf: {msg}");
    ExitCode::FAILURE
}

/// A usage error: the message on stderr, exit code 2 (as clap's own).
pub fn usage(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("nutgraf: {msg}");
    ExitCode::from(2)
}

/// The input: stdin for `-`, else the file. A directory or a file that cannot be opened is an
/// error that says what to do.
pub(crate) fn open(path: &str) -> Result<Box<dyn Read + Send>, String> {
    if path == "-" {
        return Ok(Box::new(io::stdin()));
    }
    if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(format!(
            "{path} is a directory: give a file (nutgraf summarize also takes directories)"
        ));
    }
    let f = std::fs::File::open(path).map_err(|e| read_error(path, &e))?;
    Ok(Box::new(f))
}

/// Why `name` could not be read, and what to do about it.
pub(crate) fn read_error(name: &str, e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => {
            format!("cannot read {name}: no such file (check the path; - reads stdin)")
        }
        io::ErrorKind::PermissionDenied => {
            format!("cannot read {name}: permission denied (check the file's permissions)")
        }
        io::ErrorKind::IsADirectory => format!("{name} is a directory: give a file"),
        _ => format!("cannot read {name}: {e}"),
    }
}

/// Reads the whole input as UTF-8 text, at most `max` bytes; errors are messages for stderr
/// (an empty input is "nothing to `what`").
pub(crate) fn read_input(path: &str, max: u64, what: &str) -> Result<String, String> {
    let name = if path == "-" { "stdin" } else { path };
    let mut bytes = Vec::new();
    open(path)?
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| read_error(name, &e))?;
    if bytes.len() as u64 > max {
        return Err(format!(
            "{name} is larger than {max} bytes (--max-bytes): refused"
        ));
    }
    let text = decode(name, bytes)?;
    if text.trim().is_empty() {
        return Err(format!("{name} is empty: nothing to {what}"));
    }
    Ok(text)
}

/// How many leading bytes are looked at for a NUL (as git and grep do).
const BINARY_SNIFF: usize = 8000;

/// The bytes as UTF-8 text, or what they are instead (UTF-16, binary, another encoding) and
/// how to get text out of them.
pub(crate) fn decode(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    let iconv_to = if name == "stdin" {
        String::new()
    } else {
        format!(" {name}")
    };
    let utf16 = match bytes.get(..2) {
        Some([0xFF, 0xFE]) => Some("little-endian"),
        Some([0xFE, 0xFF]) => Some("big-endian"),
        _ => None,
    };
    if let Some(order) = utf16 {
        return Err(format!(
            "{name} is UTF-16 ({order}, with a byte order mark), not UTF-8: decode it first, e.g. iconv -f UTF-16 -t UTF-8{iconv_to}"
        ));
    }
    let sniff = &bytes[..bytes.len().min(BINARY_SNIFF)];
    if let Some(at) = memchr::memchr(0, sniff) {
        return Err(format!(
            "{name} is binary, not text (a NUL byte at offset {at}): give a Markdown or plain-text file"
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = 1 + memchr::memchr_iter(b'\n', &bytes[..at]).count();
        format!(
            "{name} is not valid UTF-8 (byte 0x{:02X} at offset {at}, line {line}): convert it first, e.g. iconv -f LATIN1 -t UTF-8{iconv_to}",
            bytes[at]
        )
    })
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

/// `nutgraf summarize`: one input (a file or stdin), a `--jsonl` batch, or many files.
pub fn summarize(req: &SummarizeRequest) -> ExitCode {
    let file = match project_file(req) {
        Ok(f) => f,
        Err(e) => return fail(e),
    };
    let project = file.as_ref().map(|f| f.defaults()).unwrap_or_default();
    let code = match (&project.language, req.language.as_str()) {
        (Some(l), "auto") => l.as_str(),
        (_, l) => l,
    };
    let lang = match language(code) {
        Ok(l) => l,
        Err(e) => return usage(e),
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
    let look = Look {
        budget,
        label,
        style,
    };
    if req.input.jsonl {
        if req.paths.len() > 1 {
            return usage("--jsonl reads one input: a file, or - for stdin");
        }
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
    if crate::files::is_many(&req.paths) {
        let exclude = file.map_or_else(crate::files::Exclude::none, |f| crate::files::Exclude {
            root: f.dir().to_path_buf(),
            globs: f.exclude,
        });
        return summarize_files(req, lang, &look, &exclude);
    }
    let name = if req.input.path == "-" {
        "stdin"
    } else {
        &req.input.path
    };
    match read_input(&req.input.path, req.input.max_bytes, "summarize")
        .and_then(|text| summarize_text(req, &look, name, &text, lang, None))
    {
        Ok(out) => write_all(out.as_bytes()),
        Err(e) => fail(e),
    }
}

/// The summary of one document as `req.format` prints it (with its newline), or why there is
/// none. `path`: the file's name on the result's line (many files), `name` in messages.
fn summarize_text(
    req: &SummarizeRequest,
    look: &Look,
    name: &str,
    text: &str,
    lang: Option<Language>,
    path: Option<&str>,
) -> Result<String, String> {
    let format = format_of(req.input.markdown, path.unwrap_or(&req.input.path), text);
    let language = language_of(text, None, lang);
    let article = Article::parse_in(text, format, look.label, language);
    let opts = Options {
        budget: look.budget,
        language: Some(language),
    };
    let s = summarize::summarize(&article, text, Scope::Article, &opts);
    let summary = s.text();
    if summary.is_empty() {
        return Err(format!(
            "{name} has no prose: nothing to summarize (code, markup and punctuation are not summarized)"
        ));
    }
    Ok(match req.format {
        OutputFormat::Text => match path {
            Some(p) => format!("{p}: {summary}\n"),
            None => format!("{summary}\n"),
        },
        OutputFormat::Markdown => {
            let block = render::render_block(
                &s.markdown(&article, text),
                Format::Markdown,
                look.style,
                look.label,
            );
            match path {
                Some(p) => format!("{p}:\n{block}\n\n"),
                None => format!("{block}\n"),
            }
        }
        OutputFormat::Json => {
            let mut v = serde_json::Map::new();
            if let Some(p) = path {
                v.insert("path".into(), p.into());
            }
            v.insert("language".into(), s.language.code().into());
            v.insert("words".into(), s.words.into());
            v.insert("sentences".into(), json!(summary_sentences(&s, text)));
            v.insert("summary".into(), summary.into());
            format!("{}\n", Value::Object(v))
        }
    })
}

/// Files summarized at once by the pool before their results are written (in input order).
const FILES_PER_CHUNK: usize = 64;

/// Many files (several paths, a directory, a glob): one result per file in input order,
/// summarized over `--threads` workers. A file that cannot be summarized is reported on stderr
/// and makes the exit status 1; the others are still summarized.
fn summarize_files(
    req: &SummarizeRequest,
    lang: Option<Language>,
    look: &Look,
    exclude: &crate::files::Exclude,
) -> ExitCode {
    if req.paths.iter().any(|p| p == "-") {
        return usage("- (stdin) cannot be summarized together with files");
    }
    let listed = crate::files::expand(&req.paths, exclude);
    let mut failed = listed.errors.len();
    for e in &listed.errors {
        eprintln!("nutgraf: {e}");
    }
    let threads = match req.input.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(p) => p,
        Err(e) => return fail(format!("cannot start {threads} worker threads: {e}")),
    };
    let one = |path: &String| {
        read_input(path, req.input.max_bytes, "summarize")
            .and_then(|text| summarize_text(req, look, path, &text, lang, Some(path)))
    };
    let mut out = BufWriter::new(io::stdout().lock());
    for chunk in listed.files.chunks(FILES_PER_CHUNK) {
        use rayon::prelude::*;
        let results: Vec<Result<String, String>> =
            pool.install(|| chunk.par_iter().map(one).collect());
        for r in results {
            match r {
                Ok(s) => {
                    if let Err(e) = out.write_all(s.as_bytes()) {
                        return output_error(&e);
                    }
                }
                Err(e) => {
                    eprintln!("nutgraf: {e}");
                    failed += 1;
                }
            }
        }
    }
    if let Err(e) = out.flush() {
        return output_error(&e);
    }
    if listed.files.is_empty() && failed == 0 {
        return fail(format!(
            "no Markdown or text files in {}",
            req.paths.join(", ")
        ));
    }
    if failed > 0 {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// A failed write to stdout: a reader that went away is no error.
fn output_error(e: &io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        ExitCode::SUCCESS
    } else {
        fail(format!("cannot write output: {e}"))
    }
}

/// `nutgraf sentences`.
pub fn sentences(input: &InputSpec, json_out: bool, language: &str) -> ExitCode {
    let lang = match self::language(language) {
        Ok(l) => l,
        Err(e) => return usage(e),
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
    let text = match read_input(&input.path, input.max_bytes, "split") {
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

/// Writes the output to stdout; a reader that went away (a closed pipe) is no error.
pub fn write_all(bytes: &[u8]) -> ExitCode {
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

/// What a `--jsonl` line of `summarize` and `sentences` must be.
const EXPECTED_LINE: &str = r#"expected {"id": …, "text": "…"}"#;

/// The id, text and language (`"lang"`, when it names a known one) of one `--jsonl` line,
/// which must be a JSON object with a string `text`.
fn parse_line(line: &[u8]) -> Result<(Value, Cow<'_, str>, Option<Language>), String> {
    let line = line.trim_ascii_end();
    let bad = |why: &str| jsonl_error(EXPECTED_LINE, line, why);
    if line.iter().find(|c| !c.is_ascii_whitespace()) != Some(&b'{') {
        return Err(match serde_json::from_slice::<Value>(line) {
            Err(e) => bad(&format!("not JSON: {}", json_error(&e))),
            Ok(v) => bad(&format!("{}, not an object", json_kind(&v))),
        });
    }
    let parsed: InputLine =
        serde_json::from_slice(line).map_err(|e| bad(&format!("not JSON: {}", json_error(&e))))?;
    let text = parsed.text.0.ok_or_else(|| bad("no string \"text\""))?;
    let lang = parsed.lang.0.and_then(|c| Language::from_code(&c));
    Ok((parsed.id, text, lang))
}

/// "expected …, found `the line` (why)": the line clipped to [`FOUND_CHARS`] characters.
pub(crate) fn jsonl_error(expected: &str, line: &[u8], why: &str) -> String {
    let line = String::from_utf8_lossy(line);
    let line = line.trim();
    let found = match line.char_indices().nth(FOUND_CHARS) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_string(),
    };
    format!("{expected}, found `{found}` ({why})")
}

/// How much of a bad `--jsonl` line an error quotes.
const FOUND_CHARS: usize = 60;

/// A JSON parse error of one line: the column only (the line is the record's).
pub(crate) fn json_error(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rsplit_once(" at line ") {
        Some((what, _)) => format!("{what} at column {}", e.column()),
        None => s,
    }
}

/// "an array", "a string", …: what a JSON value is.
pub(crate) fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

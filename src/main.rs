//! `nutgraf`: the language server (default), the `summarize` / `sentences` / `check` commands,
//! shell completions and the manual page. Exit codes: 0 success, 1 input or I/O, 2 usage.

use std::process::ExitCode;

use std::io::IsTerminal;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use nutgraf::cli;

/// mimalloc: summarizing allocates many small, short-lived strings and vectors per document,
/// which it serves faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "nutgraf",
    version,
    about = "Summaries of prose where people write it: a language server and a command line",
    after_help = "With no command, nutgraf is the language server on stdin/stdout (what editors \
start). To summarize a file: nutgraf summarize FILE.\n\nExit codes: 0 success, 1 input or I/O \
problems, 2 usage errors."
)]
struct Cli {
    /// Talk LSP over stdin/stdout (what editors pass; the server always uses stdio).
    #[arg(long)]
    stdio: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the language server on stdin/stdout (the default).
    Lsp(LspArgs),
    /// Print a summary of a file or of stdin.
    Summarize(SummarizeArgs),
    /// Print the sentences nutgraf sees, one per line.
    Sentences(SentencesArgs),
    /// Check summaries against the document: its own (front matter, TL;DR, nutgraf's block) or --summary.
    Check(nutgraf::cli_check::CheckArgs),
    /// Print a shell completion script (e.g. `nutgraf completions bash > ~/.local/share/bash-completion/completions/nutgraf`).
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff: `nutgraf man | man -l -`), or write one page per command into --dir.
    Man {
        /// Write nutgraf.1, nutgraf-summarize.1, … into this directory instead.
        #[arg(long, value_name = "DIR")]
        dir: Option<std::path::PathBuf>,
    },
}

#[derive(Args)]
struct LspArgs {
    /// Talk LSP over stdin/stdout (what editors pass; the server always uses stdio).
    #[arg(long)]
    stdio: bool,
}

#[derive(Args)]
struct Input {
    /// Read the input as Markdown (default: by extension; stdin is plain text).
    #[arg(long, conflicts_with = "plain")]
    markdown: bool,
    /// Read the input as plain text.
    #[arg(long)]
    plain: bool,
    /// Batch mode: JSON lines `{"id","text"}` on stdin (or in the file), one JSON line out per
    /// document.
    #[arg(long)]
    jsonl: bool,
    /// Refuse input larger than this many bytes (a `--jsonl` line larger than this).
    #[arg(long, default_value_t = cli::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    max_bytes: u64,
    /// Worker threads for `--jsonl` and many files (default 0: one per core); output stays in
    /// input order.
    #[arg(long, default_value_t = 0, value_name = "N")]
    threads: usize,
}

#[derive(Args)]
struct SummarizeArgs {
    /// Files, directories (walked for Markdown and text files, honouring .gitignore) and globs
    /// (`'docs/**/*.md'`); `-` (the default) for stdin. With more than one file, each result
    /// is `PATH: summary` (JSON: one line per file with its "path").
    #[arg(default_value = "-", value_name = "PATH")]
    paths: Vec<String>,
    #[command(flatten)]
    input: Input,
    /// Number of sentences.
    #[arg(long, group = "budget")]
    sentences: Option<usize>,
    /// Maximum number of words.
    #[arg(long, group = "budget")]
    words: Option<usize>,
    /// Fraction of the sentences, between 0 and 1.
    #[arg(long, group = "budget")]
    ratio: Option<f64>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    format: SummaryFormat,
    /// `auto` or a language code (en, de, ru, zh, …). A `--jsonl` record's `"lang"` wins over it.
    #[arg(long, default_value = "auto")]
    language: String,
    /// Project file to read instead of the `.nutgraf.toml` found above the input.
    #[arg(long, value_name = "PATH", conflicts_with = "no_config")]
    config: Option<String>,
    /// Read no project file.
    #[arg(long)]
    no_config: bool,
}

#[derive(Args)]
struct SentencesArgs {
    /// A file, or `-` (the default) for stdin.
    #[arg(default_value = "-")]
    path: String,
    #[command(flatten)]
    input: Input,
    /// `auto` or a language code (en, de, ru, zh, …): whose sentence rules to use. A `--jsonl`
    /// record's `"lang"` wins over it.
    #[arg(long, default_value = "auto")]
    language: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SentenceFormat::Text)]
    format: SentenceFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum SummaryFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum SentenceFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.stdio && !matches!(cli.command, None | Some(Command::Lsp(_))) {
        return cli::usage(
            "--stdio is for the language server: nutgraf --stdio, or nutgraf lsp --stdio",
        );
    }
    match cli.command {
        None | Some(Command::Lsp(_)) => {
            if std::io::stdin().is_terminal() {
                eprintln!(
                    "nutgraf: this is the language server, waiting for an editor to speak LSP on \
stdin (Ctrl-C quits); to summarize a file: nutgraf summarize FILE, or see nutgraf --help"
                );
            }
            nutgraf::lsp::serve()
        }
        Some(Command::Summarize(a)) => {
            let budget = match (a.sentences, a.words, a.ratio) {
                (Some(0), _, _) => return cli::usage("--sentences must be at least 1"),
                (_, Some(0), _) => return cli::usage("--words must be at least 1"),
                (Some(n), _, _) => cli::Budget::Sentences(n),
                (_, Some(w), _) => cli::Budget::Words(w),
                (_, _, Some(r)) => {
                    if !(r > 0.0 && r <= 1.0) {
                        return cli::usage("--ratio must be greater than 0 and at most 1");
                    }
                    cli::Budget::Ratio(r)
                }
                _ => cli::Budget::Auto,
            };
            let format = match a.format {
                SummaryFormat::Text => cli::OutputFormat::Text,
                SummaryFormat::Markdown => cli::OutputFormat::Markdown,
                SummaryFormat::Json => cli::OutputFormat::Json,
            };
            let stdin_only = a.paths.len() == 1 && a.paths[0] == "-";
            if stdin_only {
                waiting_hint("summarize", "-", a.input.jsonl);
            }
            let req = cli::SummarizeRequest {
                input: input(&a.paths[0], &a.input),
                paths: a.paths,
                budget,
                format,
                language: a.language,
                config: match (a.config, a.no_config) {
                    (_, true) => cli::ConfigChoice::Off,
                    (Some(p), _) => cli::ConfigChoice::Path(p),
                    _ => cli::ConfigChoice::Find,
                },
            };
            cli::summarize(&req)
        }
        Some(Command::Check(a)) => {
            waiting_hint("check", &a.path, a.jsonl);
            nutgraf::cli_check::run(&a)
        }
        Some(Command::Sentences(a)) => {
            waiting_hint("sentences", &a.path, a.input.jsonl);
            cli::sentences(
                &input(&a.path, &a.input),
                matches!(a.format, SentenceFormat::Json),
                &a.language,
            )
        }
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "nutgraf", &mut out);
            cli::write_all(&out)
        }
        Some(Command::Man { dir: None }) => {
            let mut out = Vec::new();
            match clap_mangen::Man::new(Cli::command()).render(&mut out) {
                Ok(()) => cli::write_all(&out),
                Err(e) => cli::fail(format!("cannot write the manual page: {e}")),
            }
        }
        Some(Command::Man { dir: Some(dir) }) => {
            match clap_mangen::generate_to(Cli::command(), &dir) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => cli::fail(format!(
                    "cannot write the manual pages into {}: {e}",
                    dir.display()
                )),
            }
        }
    }
}

/// With a terminal on stdin, a command about to read it says so (else it would seem to hang).
fn waiting_hint(command: &str, path: &str, jsonl: bool) {
    if path != "-" || !std::io::stdin().is_terminal() {
        return;
    }
    let what = if jsonl {
        "JSON lines {\"id\": …, \"text\": \"…\"}"
    } else {
        "text"
    };
    let end = if cfg!(windows) {
        "Ctrl-Z then Enter"
    } else {
        "Ctrl-D"
    };
    eprintln!(
        "nutgraf {command}: waiting for {what} on stdin (type or paste it, then {end}); or give a file: nutgraf {command} FILE"
    );
}

fn input(path: &str, i: &Input) -> cli::InputSpec {
    cli::InputSpec {
        path: path.to_string(),
        markdown: if i.markdown {
            Some(true)
        } else if i.plain {
            Some(false)
        } else {
            None
        },
        jsonl: i.jsonl,
        max_bytes: i.max_bytes,
        threads: i.threads,
    }
}

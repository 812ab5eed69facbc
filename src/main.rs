//! `nutgraf`: the language server (default) and the `summarize` / `sentences` commands.

use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use nutgraf::cli;

/// mimalloc: summarizing allocates many small, short-lived strings and vectors per document,
/// which it serves faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "nutgraf",
    version,
    about = "Summaries of prose where people write it: a language server and a command line"
)]
struct Cli {
    /// Talk LSP over stdin/stdout (what editors pass; the server always uses stdio).
    #[arg(long, global = true)]
    stdio: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the language server on stdin/stdout (the default).
    Lsp,
    /// Print a summary of a file or of stdin.
    Summarize(SummarizeArgs),
    /// Print the sentences nutgraf sees, one per line.
    Sentences(SentencesArgs),
    /// Check summaries against the document: its own (front matter, TL;DR, nutgraf's block) or --summary.
    Check(nutgraf::cli_check::CheckArgs),
}

#[derive(Args)]
struct Input {
    /// A file, or `-` (the default) for stdin.
    #[arg(default_value = "-")]
    path: String,
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
    /// Worker threads for `--jsonl` (default 0: one per core); output stays in input order.
    #[arg(long, default_value_t = 0, value_name = "N")]
    threads: usize,
}

#[derive(Args)]
struct SummarizeArgs {
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
    match cli.command {
        None | Some(Command::Lsp) => nutgraf::lsp::serve(),
        Some(Command::Summarize(a)) => {
            let budget = match (a.sentences, a.words, a.ratio) {
                (Some(0), _, _) => return usage("--sentences must be at least 1"),
                (_, Some(0), _) => return usage("--words must be at least 1"),
                (Some(n), _, _) => cli::Budget::Sentences(n),
                (_, Some(w), _) => cli::Budget::Words(w),
                (_, _, Some(r)) => {
                    if !(r > 0.0 && r <= 1.0) {
                        return usage("--ratio must be greater than 0 and at most 1");
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
            let req = cli::SummarizeRequest {
                input: input(&a.input),
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
        Some(Command::Check(a)) => nutgraf::cli_check::run(&a),
        Some(Command::Sentences(a)) => cli::sentences(
            &input(&a.input),
            matches!(a.format, SentenceFormat::Json),
            &a.language,
        ),
    }
}

/// A usage error: the message on stderr, exit code 2 (as clap's own).
fn usage(msg: &str) -> ExitCode {
    eprintln!("nutgraf: {msg}");
    ExitCode::from(2)
}

fn input(i: &Input) -> cli::InputSpec {
    cli::InputSpec {
        path: i.path.clone(),
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

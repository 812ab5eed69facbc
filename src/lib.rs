//! nutgraf: extractive summaries of prose, as a library, a command line and a language server.
//!
//! Layers, bottom up (see `docs/architecture.md`):
//! - [`text`]: sentence segmentation, words, terms (stop words, stemming), language, line index.
//! - [`article`]: a document becomes title → sections → blocks → sentences, all as byte spans.
//! - [`summarize`]: scoring and selection over an [`article::Article`]; pure, no IO.
//! - [`check`]: a summary checked against its article; pure, no IO.
//! - [`config_file`]: `.nutgraf.toml` (found, parsed, `exclude`) and the per-document opt-out,
//!   for the server and the command line.
//! - [`lsp`]: the language server; the only module that knows LSP types.
//! - [`cli`]: the `summarize` and `sentences` commands; [`cli_check`]: the `check` command;
//!   [`files`]: the files of many-file runs; [`logging`]: where the log goes.

pub mod article;
pub mod check;
pub mod cli;
pub mod cli_check;
pub mod config_file;
pub mod files;
pub mod logging;
pub mod lsp;
pub mod summarize;
pub mod text;

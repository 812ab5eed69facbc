//! `workspace/executeCommand` `nutgraf.summarize` with arguments `{uri, range?, sentences?}`:
//! the summary of the selection (`range`, when it is not empty) or of the whole document, as
//! `{summary, sentences: [{range, text}], language, words}` (plus `note` when the document was
//! too large to read whole). `sentences` overrides the configured budget.

use serde::Deserialize;
use serde_json::{json, Value};
use tower_lsp_server::jsonrpc::Error;
use tower_lsp_server::ls_types;

use super::analysis::Analysis;
use super::config::Config;
use super::documents::Snapshot;
use super::edits::invalid;
use super::engine::{self, Target};
use crate::summarize::Budget;
use crate::text::Encoding;

pub const SUMMARIZE: &str = "nutgraf.summarize";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Args {
    pub uri: ls_types::Uri,
    #[serde(default)]
    pub range: Option<ls_types::Range>,
    #[serde(default)]
    pub sentences: Option<usize>,
}

/// The arguments: one object (or the object itself instead of an argument list).
pub fn parse_args(args: &[Value]) -> Result<Args, Error> {
    let v = match args {
        [v] => v.clone(),
        _ => {
            return Err(invalid(format!(
                "{SUMMARIZE} takes one argument {{uri, range?, sentences?}}, got {}",
                args.len()
            )))
        }
    };
    serde_json::from_value(v).map_err(|e| invalid(format!("{SUMMARIZE}: bad argument: {e}")))
}

pub fn run(snap: &Snapshot, an: &Analysis, cfg: &Config, args: &Args, enc: Encoding) -> Value {
    let text = &snap.text;
    let target = match &args.range {
        Some(r) => {
            let r = snap.byte_range(r, enc);
            if r.is_empty() {
                Target::Article
            } else {
                Target::Range(r)
            }
        }
        None => Target::Article,
    };
    let budget = match args.sentences {
        Some(n) if n > 0 => Budget::Sentences(n),
        _ => cfg.budget(),
    };
    let s = engine::summarize(an, text, &target, budget);
    let sentences: Vec<Value> = s
        .picks
        .iter()
        .map(|p| {
            let (span, quote) = engine::quote(&an.article, text, p);
            json!({"range": snap.lsp_range(&span, enc), "text": quote})
        })
        .collect();
    let mut out = json!({
        "summary": s.text(),
        "sentences": sentences,
        "language": s.language.code(),
        "words": s.words,
    });
    if let Some(note) = an.coverage_note() {
        out["note"] = Value::String(note);
    }
    out
}

//! Code lenses on headings: `2 min read · Summarize section` (the title: `… · Summarize
//! article`). Running one inserts or updates that summary block through `workspace/applyEdit`
//! — the edit of the code action of the same name ([`super::edits`]).
//!
//! Listing looks at the parsed article only and hands out lenses without a command, with data
//! (`uri`, `version`, the action); `codeLens/resolve` counts the section's words and fills in the
//! command. The command carries the same data; run for a version the client has edited since,
//! it is refused with ContentModified and nothing is applied.

use serde_json::Value;
use tower_lsp_server::jsonrpc::Error;
use tower_lsp_server::ls_types::{CodeLens, Command};

use super::analysis::{reading_time, Analysis};
use super::documents::Snapshot;
use super::edits::{self, check, invalid, section_with_heading, Action, Data};
use crate::article::Format;
use crate::text::Encoding;

/// The command a lens runs: `workspace/executeCommand` with one argument, the lens's data.
pub const COMMAND: &str = "nutgraf.insertSummary";

/// The lenses of `snap`, unresolved (no command).
pub fn list(snap: &Snapshot, an: &Analysis, enc: Encoding) -> Vec<CodeLens> {
    let a = &an.article;
    let lens = |span: &std::ops::Range<usize>, action: Action| CodeLens {
        range: snap.lsp_range(span, enc),
        command: None,
        data: serde_json::to_value(Data {
            uri: snap.uri.as_str().to_string(),
            version: snap.version,
            action,
        })
        .ok(),
    };
    let mut out = Vec::new();
    if a.format == Format::Plain {
        if let Some(t) = a.title.as_ref().filter(|_| !a.sentences.is_empty()) {
            out.push(lens(&t.span, Action::Article));
        }
        return out;
    }
    for sec in &a.sections {
        let Some(h) = &sec.heading else { continue };
        if sec.blocks.is_empty() || h.span.end > an.parsed {
            continue;
        }
        let is_title = a.title.as_ref().is_some_and(|t| t.span == h.span);
        let action = if is_title {
            Action::Article
        } else {
            Action::Section { at: h.span.start }
        };
        out.push(lens(&h.span, action));
    }
    out
}

/// The lens with its command: the reading time of what it summarizes and what it does.
pub fn resolve(snap: &Snapshot, an: &Analysis, mut lens: CodeLens) -> Result<CodeLens, Error> {
    let data = data_of(lens.data.as_ref())?;
    if data.version != snap.version {
        return Err(edits::modified(
            "lens",
            data.version,
            snap.version,
            "ask for code lenses again",
        ));
    }
    check(&data.action, &snap.text).map_err(invalid)?;
    let a = &an.article;
    let (sents, what) = match data.action {
        Action::Article => (0..a.sentences.len(), "Summarize article"),
        Action::Section { at } => {
            let i = section_with_heading(a, at)
                .ok_or_else(|| invalid("this lens's heading is not in the document"))?;
            let blocks = &a.sections[i].blocks;
            let first = a.blocks.get(blocks.start).map(|b| b.sentences.start);
            let last = blocks
                .end
                .checked_sub(1)
                .and_then(|b| a.blocks.get(b))
                .map(|b| b.sentences.end);
            match first.zip(last) {
                Some((f, l)) => (f..l.max(f), "Summarize section"),
                None => (0..0, "Summarize section"),
            }
        }
        _ => return Err(invalid("not a lens of nutgraf")),
    };
    let title = format!("{} · {what}", reading_time(an.words_in(sents)));
    lens.command = Some(Command {
        title,
        command: COMMAND.to_string(),
        arguments: Some(vec![
            serde_json::to_value(&data).map_err(|_| invalid("data"))?
        ]),
    });
    Ok(lens)
}

/// The data of a lens or of its command's argument.
pub fn data_of(v: Option<&Value>) -> Result<Data, Error> {
    v.cloned()
        .and_then(|d| serde_json::from_value(d).ok())
        .ok_or_else(|| invalid("this lens has no nutgraf data"))
}

//! Code actions: "Summarize article", "Summarize section", "Summarize paragraph", "Summarize
//! selection", "Replace selection with summary", "Write summary to front matter description"
//! (Markdown with YAML or TOML front matter), and the quick fix "Update summary".
//!
//! Listing computes no summary: it looks at the parsed article only and hands out titles with
//! data (`uri`, `version`, what and where). The edit is computed in `codeAction/resolve`, which
//! refuses (ContentModified) when the document changed since, and InvalidParams when the data
//! does not fit the document (a forged range); clients without resolve support get the edits
//! at listing time. Edits are versioned `documentChanges` (the client can refuse an edit made
//! for an older version) when the client supports them, plain `changes` otherwise.
//!
//! The edits themselves are made in [`super::edits`], shared with the lenses and the command.

use std::ops::Range;

use serde_json::Value;
use tower_lsp_server::jsonrpc::Error;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionContext, CodeActionKind, CodeActionOrCommand, Diagnostic,
};

use super::analysis::Analysis;
use super::config::Config;
use super::documents::{lock, Snapshot};
use super::edits::{
    self, check, edit_for, invalid, section_with_heading, workspace_edit, Action, Data,
};
use crate::text::Encoding;

pub const KIND_SUMMARIZE: CodeActionKind = CodeActionKind::REFACTOR_REWRITE;
pub const KIND_FIX: CodeActionKind = CodeActionKind::QUICKFIX;

/// The code actions for `range` (bytes, normalized); `versioned`: the client takes
/// `documentChanges`.
#[allow(clippy::too_many_arguments)]
pub fn list(
    snap: &Snapshot,
    an: &Analysis,
    cfg: &Config,
    range: Range<usize>,
    context: &CodeActionContext,
    resolve: bool,
    enc: Encoding,
    versioned: bool,
) -> Vec<CodeActionOrCommand> {
    let a = &an.article;
    let cursor = range.start.min(an.parsed);
    let wanted = |kind: &CodeActionKind| {
        context.only.as_ref().is_none_or(|only| {
            only.iter().any(|o| {
                kind.as_str() == o.as_str()
                    || kind.as_str().starts_with(&format!("{}.", o.as_str()))
            })
        })
    };
    let mut offered: Vec<(String, CodeActionKind, Action, Option<Vec<Diagnostic>>)> = Vec::new();

    // Quick fixes for stale summaries: the client's diagnostics, or the last ones found.
    if wanted(&KIND_FIX) {
        let mut seen = Vec::new();
        for d in &context.diagnostics {
            let fixable = d.data.as_ref().and_then(|x| x.get("fixable"));
            // Unsupported-claim warnings carry a code; stale-summary diagnostics do not.
            let stale = d.source.as_deref() == Some("nutgraf") && d.code.is_none();
            if !stale || fixable == Some(&Value::Bool(false)) {
                continue;
            }
            let at = snap.offset(d.range.start, enc);
            if let Some(s) = a.summaries.iter().find(|s| s.span.contains(&at)) {
                if !seen.contains(&s.span.start) {
                    seen.push(s.span.start);
                    offered.push((
                        "Update summary".into(),
                        KIND_FIX,
                        Action::Update { at: s.span.start },
                        Some(vec![d.clone()]),
                    ));
                }
            }
        }
        if let Some((version, starts)) = lock(&snap.shared.stale).as_ref() {
            if *version == snap.version {
                for &start in starts {
                    let Some(s) = a.summaries.iter().find(|s| s.span.start == start) else {
                        continue;
                    };
                    let overlaps = s.span.start <= range.end && range.start <= s.span.end;
                    if overlaps && !seen.contains(&start) {
                        seen.push(start);
                        offered.push((
                            "Update summary".into(),
                            KIND_FIX,
                            Action::Update { at: start },
                            None,
                        ));
                    }
                }
            }
        }
    }
    if wanted(&KIND_SUMMARIZE) {
        let selection = range.end > range.start && !a.sentences_in(range.clone()).is_empty();
        if selection {
            let (start, end) = (range.start, range.end.min(an.parsed));
            offered.push((
                "Summarize selection".into(),
                KIND_SUMMARIZE,
                Action::Selection { start, end },
                None,
            ));
            offered.push((
                "Replace selection with summary".into(),
                KIND_SUMMARIZE,
                Action::Replace { start, end },
                None,
            ));
        }
        if a.block_at(cursor).is_some() && range.start <= an.parsed {
            offered.push((
                "Summarize paragraph".into(),
                KIND_SUMMARIZE,
                Action::Paragraph { at: cursor },
                None,
            ));
        }
        let section = (range.start <= an.parsed)
            .then(|| section_with_heading(a, cursor))
            .flatten();
        if let Some(i) = section {
            if !a.sections[i].blocks.is_empty() {
                offered.push((
                    "Summarize section".into(),
                    KIND_SUMMARIZE,
                    Action::Section { at: cursor },
                    None,
                ));
            }
        }
        if !a.sentences.is_empty() {
            let title = match an.truncated() {
                false => "Summarize article".to_string(),
                true => format!(
                    "Summarize article (first {} KB of {} KB)",
                    an.parsed.div_ceil(1024),
                    an.total.div_ceil(1024)
                ),
            };
            offered.push((title, KIND_SUMMARIZE, Action::Article, None));
        }
        let front_matter = a.format == crate::article::Format::Markdown
            && a.front_matter.is_some()
            && !a.sentences.is_empty();
        if front_matter {
            offered.push((
                format!("Write summary to front matter {}", cfg.description_key),
                KIND_SUMMARIZE,
                Action::Description,
                None,
            ));
        }
    }

    let mut out = Vec::with_capacity(offered.len());
    for (title, kind, action, diagnostics) in offered {
        let is_fix = kind == KIND_FIX;
        let data = Data {
            uri: snap.uri.as_str().to_string(),
            version: snap.version,
            action,
        };
        let mut ca = CodeAction {
            title,
            kind: Some(kind),
            diagnostics,
            is_preferred: is_fix.then_some(true),
            data: serde_json::to_value(&data).ok(),
            ..Default::default()
        };
        if !resolve {
            match edit_for(snap, an, cfg, &data.action) {
                Ok(e) => ca.edit = Some(workspace_edit(snap, &e, enc, versioned)),
                Err(_) => continue,
            }
        }
        out.push(CodeActionOrCommand::CodeAction(ca));
    }
    out
}

/// Fills in the edit of an action listed earlier.
pub fn resolve(
    snap: &Snapshot,
    an: &Analysis,
    cfg: &Config,
    mut ca: CodeAction,
    enc: Encoding,
    versioned: bool,
) -> Result<CodeAction, Error> {
    let data: Data = ca
        .data
        .clone()
        .and_then(|d| serde_json::from_value(d).ok())
        .ok_or_else(|| invalid("this code action has no nutgraf data"))?;
    if data.version != snap.version {
        return Err(edits::modified(
            "action",
            data.version,
            snap.version,
            "ask for code actions again",
        ));
    }
    check(&data.action, &snap.text).map_err(invalid)?;
    let e = edit_for(snap, an, cfg, &data.action).map_err(invalid)?;
    ca.edit = Some(workspace_edit(snap, &e, enc, versioned));
    Ok(ca)
}

/// The `data` value of an action, for tests.
pub fn data_of(ca: &CodeAction) -> Option<Data> {
    ca.data
        .clone()
        .and_then(|d: Value| serde_json::from_value(d).ok())
}

//! The outline (`textDocument/documentSymbol`): the heading tree, nested by level, each symbol
//! spanning its whole section (`selectionRange`: the heading line) with the section's gist as
//! its `detail` — one sentence, plain text, at most [`DETAIL_CHARS`] characters. A plain-text
//! document has one symbol: its title, with the article's gist.
//!
//! Gists come from [`super::gists`] (one-sentence budget, cached by the section's content): a
//! listing of a new version costs a hash of each section and the gists of the sections around
//! the edit; listing the same version again, a copy of the kept outline.

use std::ops::Range;
use std::sync::Arc;

use tower_lsp_server::ls_types::{DocumentSymbol, SymbolKind};

use super::analysis::Analysis;
use super::documents::{lock, Snapshot};
use super::engine::Target;
use super::gists::{self, clip, Kind};
use crate::article::Format;
use crate::summarize::Budget;
use crate::text::Encoding;

/// The most characters a symbol's detail has.
pub const DETAIL_CHARS: usize = 100;

/// The outline of `snap`, kept for listing the same version again.
pub fn symbols(snap: &Snapshot, an: &Analysis, enc: Encoding) -> Vec<DocumentSymbol> {
    if let Some((v, g, kept)) = lock(&snap.shared.outline).as_ref() {
        if *v == snap.version && *g == an.generation {
            return kept.as_ref().clone();
        }
    }
    let out = build(snap, an, enc);
    *lock(&snap.shared.outline) = Some((snap.version, an.generation, Arc::new(out.clone())));
    out
}

fn build(snap: &Snapshot, an: &Analysis, enc: Encoding) -> Vec<DocumentSymbol> {
    let a = &an.article;
    let text = &snap.text;
    let parsed = an.parsed.min(text.len());
    if a.format == Format::Plain {
        let Some(t) = &a.title else {
            return Vec::new();
        };
        let detail = gist(snap, an, Kind::Article, &text[..parsed], &Target::Article);
        return vec![symbol(
            snap,
            t.text.clone(),
            detail,
            trimmed(text, 0..parsed),
            t.span.clone(),
            enc,
        )];
    }
    // (level, symbol) of the open headings, innermost last.
    let mut open: Vec<(u8, DocumentSymbol)> = Vec::new();
    let mut roots = Vec::new();
    for (i, sec) in a.sections.iter().enumerate() {
        let Some(h) = &sec.heading else { continue };
        let end = sec.span.end.min(parsed);
        let Some(src) = text.get(sec.span.start..end) else {
            continue;
        };
        let is_title = a.title.as_ref().is_some_and(|t| t.span == h.span);
        let detail = if sec.blocks.is_empty() {
            None
        } else if is_title {
            gist(snap, an, Kind::Article, &text[..parsed], &Target::Article)
        } else {
            gist(snap, an, Kind::Section, src, &Target::Section(i))
        };
        let name = if h.text.trim().is_empty() {
            "(untitled)".to_string()
        } else {
            h.text.clone()
        };
        let s = symbol(
            snap,
            name,
            detail,
            trimmed(text, sec.span.start..end),
            h.span.clone(),
            enc,
        );
        while open.last().is_some_and(|(l, _)| *l >= h.level) {
            close(&mut open, &mut roots);
        }
        open.push((h.level, s));
    }
    while !open.is_empty() {
        close(&mut open, &mut roots);
    }
    roots
}

/// Closes the innermost open heading: it becomes a child of the one around it, or a root.
fn close(open: &mut Vec<(u8, DocumentSymbol)>, roots: &mut Vec<DocumentSymbol>) {
    let Some((_, s)) = open.pop() else { return };
    match open.last_mut() {
        Some((_, parent)) => parent.children.get_or_insert_with(Vec::new).push(s),
        None => roots.push(s),
    }
}

fn gist(snap: &Snapshot, an: &Analysis, kind: Kind, src: &str, target: &Target) -> Option<String> {
    let g = gists::gist(
        &snap.shared.gists,
        an,
        &snap.text,
        kind,
        src,
        target,
        Budget::Sentences(1),
    );
    let d = clip(&g.plain, DETAIL_CHARS);
    (!d.is_empty()).then_some(d)
}

#[allow(deprecated)]
fn symbol(
    snap: &Snapshot,
    name: String,
    detail: Option<String>,
    range: Range<usize>,
    selection: Range<usize>,
    enc: Encoding,
) -> DocumentSymbol {
    DocumentSymbol {
        name,
        detail,
        kind: SymbolKind::STRING,
        tags: None,
        deprecated: None,
        range: snap.lsp_range(&range, enc),
        selection_range: snap.lsp_range(&selection, enc),
        children: None,
    }
}

/// `r` without the white space at its end (a section runs up to the next heading).
fn trimmed(text: &str, r: Range<usize>) -> Range<usize> {
    let s = text.get(r.clone()).unwrap_or("");
    r.start..r.start + s.trim_end().len()
}

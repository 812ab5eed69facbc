//! The summaries written in a document, checked against it (issue 12; the checker is
//! [`crate::check`], the summaries' recognizer [`crate::article::Article::resolve_summaries`]):
//! computed once per version and configuration generation, for the diagnostics worker
//! ([`super::checks`]) and the hover on a summary sentence, whichever asks first. The check runs
//! outside the cache's lock, so a hover never waits for the worker's check of a large document.

use std::sync::Arc;

use super::analysis::Analysis;
use super::config::Config;
use super::documents::{lock, Snapshot};
use crate::check::{check_document, Checked};

/// The checked summaries of `snap` under the analysis `an`.
pub fn checked(snap: &Snapshot, an: &Analysis, cfg: &Config) -> Arc<Vec<Checked>> {
    if let Some((v, g, c)) = lock(&snap.shared.checked).as_ref() {
        if *v == snap.version && *g == an.generation {
            return c.clone();
        }
    }
    let a = &an.article;
    let found = if a.author_summaries.is_empty() && a.summaries.is_empty() {
        Vec::new()
    } else {
        let text = &snap.text[..an.parsed.min(snap.text.len())];
        check_document(a, text, Some(an.language), &cfg.label)
    };
    let found = Arc::new(found);
    *lock(&snap.shared.checked) = Some((snap.version, an.generation, found.clone()));
    found
}

/// Whether `offset` is inside one of the summaries of `an` (nothing is checked to tell).
pub fn in_summary(an: &Analysis, offset: usize) -> bool {
    let a = &an.article;
    let inside = |r: &std::ops::Range<usize>| r.start <= offset && offset <= r.end;
    a.author_summaries.iter().any(|s| inside(&s.span))
        || a.summaries.iter().any(|s| inside(&s.span))
}

/// `s` cut to `max` characters, with `…` when cut.
pub fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

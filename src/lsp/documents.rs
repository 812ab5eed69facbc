//! Open documents: one immutable [`Snapshot`] per version (text, line index, lazily parsed
//! article), replaced in place as `didOpen` / `didChange` / `didClose` arrive.
//!
//! Handlers run concurrently, so the store is a plain `std::sync::Mutex` that is locked, updated
//! and released without any `.await` in between: notifications take effect in arrival order.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard};

use tower_lsp_server::ls_types::{
    self as lsp, DidChangeTextDocumentParams, Position, TextDocumentContentChangeEvent, Uri,
};

use tracing::debug;

use super::analysis::Analysis;
use super::config::Config;
use super::gists::GistCache;
use super::parse::ChunkCache;
use crate::article::Format;
use crate::text::lines::floor_char_boundary;
use crate::text::{Encoding, Language, LineIndex};

/// Locks a mutex, recovering the data if another thread panicked while holding it.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Checked summaries kept for (version, configuration generation).
pub type KeptChecks = (i32, u64, Arc<Vec<crate::check::Checked>>);

/// An outline kept for (version, configuration generation).
pub type KeptOutline = (i32, u64, Arc<Vec<lsp::DocumentSymbol>>);

/// What a document's versions share: caches keyed by content, and diagnostic bookkeeping.
#[derive(Default)]
pub struct Shared {
    pub chunks: Mutex<ChunkCache>,
    pub gists: Mutex<GistCache>,
    /// Whether the last published diagnostics were non-empty.
    pub diag_published: AtomicBool,
    /// Stale summaries found for a version: (version, start offsets of the stale blocks).
    pub stale: Mutex<Option<(i32, Vec<usize>)>>,
    /// The outline of a version under a configuration generation: (version, generation,
    /// symbols), so that listing it again costs a copy.
    pub outline: Mutex<Option<KeptOutline>>,
    /// The summaries of a version checked under a configuration generation (see
    /// [`super::support`]).
    pub checked: Mutex<Option<KeptChecks>>,
}

pub struct Snapshot {
    pub uri: Uri,
    pub version: i32,
    pub format: Format,
    pub text: String,
    pub lines: LineIndex,
    pub shared: Arc<Shared>,
    analysis: Mutex<Option<Arc<Analysis>>>,
    /// An analysis of an earlier version, until this one has its own.
    seed: Mutex<Option<Seed>>,
}

/// What a version can take over from an earlier one: its analysis, and how many leading bytes
/// the edits since have left alone. When those cover more than `maxDocumentBytes`, the part
/// that is read is the same and is not parsed again (a huge document edited past the limit).
#[derive(Clone)]
struct Seed {
    analysis: Arc<Analysis>,
    common: usize,
}

impl Snapshot {
    fn new(uri: Uri, version: i32, format: Format, text: String, shared: Arc<Shared>) -> Snapshot {
        let lines = LineIndex::new(&text);
        Snapshot::with_lines(uri, version, format, text, lines, shared)
    }

    fn with_lines(
        uri: Uri,
        version: i32,
        format: Format,
        text: String,
        lines: LineIndex,
        shared: Arc<Shared>,
    ) -> Snapshot {
        Snapshot {
            uri,
            version,
            format,
            text,
            lines,
            shared,
            analysis: Mutex::new(None),
            seed: Mutex::new(None),
        }
    }

    /// What the next version, whose edits leave the first `common` bytes alone, can take over.
    fn seed_for_next(&self, common: usize) -> Option<Seed> {
        // Never wait here (`didChange`, under the store's lock) for a parse in progress.
        let own = match self.analysis.try_lock() {
            Ok(slot) => slot.clone(),
            Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner().clone(),
            Err(std::sync::TryLockError::WouldBlock) => None,
        };
        let own = own.map(|analysis| Seed {
            analysis,
            common: usize::MAX,
        });
        let seed = own.or_else(|| lock(&self.seed).clone())?;
        let common = common.min(seed.common);
        // Edits inside the part that was read: nothing to take over (and nothing to keep).
        (common > seed.analysis.parsed).then_some(Seed { common, ..seed })
    }

    /// The seed's analysis, for this version, if the part read under `max` is the same.
    fn take_seed(&self, max: usize, generation: u64) -> Option<Analysis> {
        let seed = lock(&self.seed).take()?;
        let a = &seed.analysis;
        // Both texts are longer than `max` and agree on their first `max + 1` bytes (the byte
        // at `max` decides the character boundary): the same cut, the same article.
        let same = a.generation == generation
            && a.truncated()
            && self.text.len() > max
            && seed.common > max;
        if same {
            debug!(
                "{} version {}: the first {} bytes are unchanged; their analysis is reused",
                self.uri.as_str(),
                self.version,
                a.parsed
            );
        }
        same.then(|| Analysis {
            article: a.article.clone(),
            parsed: a.parsed,
            total: self.text.len(),
            language: a.language,
            generation,
            word_sums: Default::default(),
        })
    }

    pub fn key(&self) -> &str {
        self.uri.as_str()
    }

    /// The article of this version under `cfg` (generation `generation`), parsed once.
    pub fn analysis(&self, cfg: &Config, generation: u64) -> Arc<Analysis> {
        let mut slot = lock(&self.analysis);
        if let Some(a) = slot.as_ref() {
            if a.generation == generation {
                return a.clone();
            }
        }
        if let Some(a) = self.take_seed(cfg.max_document_bytes, generation) {
            let a = Arc::new(a);
            *slot = Some(a.clone());
            return a;
        }
        let parsed = cut_point(&self.text, cfg.max_document_bytes);
        let src = &self.text[..parsed];
        let language = cfg.language.unwrap_or_else(|| Language::detect(src));
        let article = lock(&self.shared.chunks).parse(src, self.format, &cfg.label, language);
        let a = Arc::new(Analysis {
            article: Arc::new(article),
            parsed,
            total: self.text.len(),
            language,
            generation,
            word_sums: Default::default(),
        });
        *slot = Some(a.clone());
        a
    }

    pub fn offset(&self, p: Position, enc: Encoding) -> usize {
        self.lines.offset(&self.text, p.line, p.character, enc)
    }

    pub fn position(&self, offset: usize, enc: Encoding) -> Position {
        let (line, character) = self.lines.position(&self.text, offset, enc);
        Position { line, character }
    }

    pub fn lsp_range(&self, r: &Range<usize>, enc: Encoding) -> lsp::Range {
        lsp::Range {
            start: self.position(r.start, enc),
            end: self.position(r.end, enc),
        }
    }

    /// Byte range of an LSP range, clamped, inverted ranges put right.
    pub fn byte_range(&self, r: &lsp::Range, enc: Encoding) -> Range<usize> {
        let a = self.offset(r.start, enc);
        let b = self.offset(r.end, enc);
        a.min(b)..a.max(b)
    }
}

/// Where reading stops for a document limited to `max` bytes: the whole text if it fits,
/// else the last line break before the limit (or a character boundary when there is none
/// in the second half).
pub fn cut_point(text: &str, max: usize) -> usize {
    if text.len() <= max {
        return text.len();
    }
    let end = floor_char_boundary(text, max);
    match text[..end].rfind('\n') {
        Some(i) if i + 1 >= end / 2 => i + 1,
        _ => end,
    }
}

/// The format of a document from its language id, else from its file name.
pub fn format_of(language_id: &str, uri: &Uri) -> Format {
    match language_id.to_ascii_lowercase().as_str() {
        "markdown" | "mdx" | "md" => Format::Markdown,
        "plaintext" | "text" | "txt" | "plain" => Format::Plain,
        _ => Format::from_path(uri.path().as_str()),
    }
}

/// All open documents.
#[derive(Default)]
pub struct Store {
    docs: Mutex<HashMap<String, Arc<Snapshot>>>,
}

impl Store {
    pub fn get(&self, uri: &Uri) -> Option<Arc<Snapshot>> {
        lock(&self.docs).get(uri.as_str()).cloned()
    }

    pub fn all(&self) -> Vec<Arc<Snapshot>> {
        lock(&self.docs).values().cloned().collect()
    }

    /// Opens (or re-opens) a document; a warning when it was open already.
    pub fn open(
        &self,
        uri: Uri,
        language_id: &str,
        version: i32,
        text: String,
    ) -> (Arc<Snapshot>, Option<String>) {
        let format = format_of(language_id, &uri);
        let mut docs = lock(&self.docs);
        let old = docs.get(uri.as_str());
        let warning = old.map(|o| {
            format!(
                "didOpen for {} which is open already (version {}): replaced",
                uri.as_str(),
                o.version
            )
        });
        let shared = match old {
            Some(o) if o.format == format => o.shared.clone(),
            _ => Arc::new(Shared::default()),
        };
        let snap = Arc::new(Snapshot::new(uri, version, format, text, shared));
        docs.insert(snap.key().to_string(), snap.clone());
        (snap, warning)
    }

    /// Applies a `didChange`; an error message (for the log) when it does not apply.
    pub fn change(
        &self,
        params: DidChangeTextDocumentParams,
        enc: Encoding,
    ) -> Result<Arc<Snapshot>, String> {
        let uri = params.text_document.uri;
        let version = params.text_document.version;
        let mut docs = lock(&self.docs);
        let Some(cur) = docs.get(uri.as_str()).cloned() else {
            return Err(format!(
                "didChange for {} which is not open: ignored",
                uri.as_str()
            ));
        };
        if version <= cur.version {
            return Err(format!(
                "didChange for {} with version {version}, not newer than {}: ignored",
                uri.as_str(),
                cur.version
            ));
        }
        let (text, common) = apply_changes(&cur, params.content_changes, enc);
        let lines = LineIndex::new(&text);
        let snap = Snapshot::with_lines(
            cur.uri.clone(),
            version,
            cur.format,
            text,
            lines,
            cur.shared.clone(),
        );
        *lock(&snap.seed) = cur.seed_for_next(common);
        let snap = Arc::new(snap);
        docs.insert(snap.key().to_string(), snap.clone());
        Ok(snap)
    }

    pub fn close(&self, uri: &Uri) -> Option<Arc<Snapshot>> {
        lock(&self.docs).remove(uri.as_str())
    }
}

/// The text after `changes`, applied in order (ranges clamped and put right), and how many
/// leading bytes no change touched. Line indexes are built only for texts that another change
/// follows (the snapshot builds the one of the result).
fn apply_changes(
    cur: &Snapshot,
    changes: Vec<TextDocumentContentChangeEvent>,
    enc: Encoding,
) -> (String, usize) {
    let mut text: Option<String> = None;
    let mut lines: Option<LineIndex> = None;
    let mut common = usize::MAX;
    for change in changes {
        let Some(range) = change.range else {
            text = Some(change.text);
            lines = None;
            common = 0;
            continue;
        };
        let t = text.as_deref().unwrap_or(&cur.text);
        if text.is_some() && lines.is_none() {
            lines = Some(LineIndex::new(t));
        }
        let idx = lines.as_ref().unwrap_or(&cur.lines);
        let a = idx.offset(t, range.start.line, range.start.character, enc);
        let b = idx.offset(t, range.end.line, range.end.character, enc);
        let (a, b) = (a.min(b), a.max(b));
        common = common.min(a);
        let mut next = String::with_capacity(t.len() - (b - a) + change.text.len());
        next.push_str(&t[..a]);
        next.push_str(&change.text);
        next.push_str(&t[b..]);
        lines = None;
        text = Some(next);
    }
    (text.unwrap_or_else(|| cur.text.clone()), common)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp::{Range as LRange, VersionedTextDocumentIdentifier};

    type Span = (u32, u32, u32, u32);

    fn uri() -> Uri {
        "file:///tmp/a.md".parse().unwrap()
    }

    fn change(version: i32, changes: Vec<(Option<Span>, &str)>) -> DidChangeTextDocumentParams {
        DidChangeTextDocumentParams {
            text_document: VersionedTextDocumentIdentifier {
                uri: uri(),
                version,
            },
            content_changes: changes
                .into_iter()
                .map(|(r, t)| TextDocumentContentChangeEvent {
                    range: r.map(|(a, b, c, d)| LRange {
                        start: Position::new(a, b),
                        end: Position::new(c, d),
                    }),
                    range_length: None,
                    text: t.to_string(),
                })
                .collect(),
        }
    }

    #[test]
    fn incremental_changes_in_order_with_versions() {
        let store = Store::default();
        store.open(uri(), "markdown", 1, "héllo 🙂\r\nworld".to_string());
        // Replace "world" (line 1) and then insert after the emoji (UTF-16 column 8).
        let s = store
            .change(
                change(
                    2,
                    vec![(Some((1, 0, 1, 5)), "earth"), (Some((0, 8, 0, 8)), "!")],
                ),
                Encoding::Utf16,
            )
            .unwrap();
        assert_eq!(s.text, "héllo 🙂!\r\nearth");
        assert!(store
            .change(change(2, vec![(None, "x")]), Encoding::Utf16)
            .is_err());
        // Inverted and out-of-range ranges are put right and clamped.
        let s = store
            .change(change(3, vec![(Some((9, 9, 1, 1)), "")]), Encoding::Utf16)
            .unwrap();
        assert_eq!(s.text, "héllo 🙂!\r\ne");
        let s = store
            .change(change(5, vec![(None, "new")]), Encoding::Utf8)
            .unwrap();
        assert_eq!((s.text.as_str(), s.version), ("new", 5));
        let other: Uri = "file:///tmp/b.md".parse().unwrap();
        let mut c = change(9, vec![(None, "x")]);
        c.text_document.uri = other;
        assert!(store.change(c, Encoding::Utf8).is_err());
    }

    #[test]
    fn edits_past_the_limit_reuse_the_analysis() {
        let store = Store::default();
        let cfg = Config {
            max_document_bytes: 2048,
            ..Config::default()
        };
        let text = "The council met on Tuesday. It approved the budget. ".repeat(100);
        let a1 = store.open(uri(), "markdown", 1, text).0.analysis(&cfg, 0);
        assert!(a1.truncated());
        let at = |col: u32| Some((0, col, 0, col));
        // Two edits past the limit, the first without an analysis in between.
        store
            .change(change(2, vec![(at(4000), "x")]), Encoding::Utf8)
            .unwrap();
        let s = store
            .change(change(3, vec![(at(3000), "y")]), Encoding::Utf8)
            .unwrap();
        let a3 = s.analysis(&cfg, 0);
        assert!(Arc::ptr_eq(&a1.article, &a3.article));
        assert_eq!((a3.parsed, a3.total), (a1.parsed, a1.total + 2));
        // At the limit (the byte at `max` decides the cut), inside it, or under another
        // configuration: parsed again.
        for (v, col, generation) in [(4, 2048, 0), (5, 10, 0), (6, 4000, 1)] {
            let s = store
                .change(change(v, vec![(at(col), "z")]), Encoding::Utf8)
                .unwrap();
            let a = s.analysis(&cfg, generation);
            assert!(!Arc::ptr_eq(&a1.article, &a.article), "version {v}");
            assert_eq!(a.total, s.text.len());
        }
    }

    #[test]
    fn cut_points() {
        assert_eq!(cut_point("abc", 10), 3);
        assert_eq!(cut_point("ab\ncd\nef", 7), 6);
        assert_eq!(cut_point("🙂🙂", 5), 4);
        assert_eq!(cut_point("a\nbcdefgh", 8), 8);
    }
}

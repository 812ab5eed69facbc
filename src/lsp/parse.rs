//! Incremental parsing of large documents: the text is cut into chunks at points where no
//! Markdown (or plain-text) construct can reach across, each chunk is parsed on its own and
//! cached by its content, and the chunk articles are merged into the article of the whole text.
//! After a keystroke only the chunk holding the edit is parsed again.
//!
//! A very long line that is a paragraph of its own (a 10 MB single-line document) is cut too,
//! into pieces at sentence boundaries: a piece's first block continues the paragraph the piece
//! before it ended with. Those cut points are carried from one version to the next (shifted by
//! the edit, dropped where it touched them) instead of chosen afresh, so that the pieces the
//! edit left alone keep their text and are found in the cache. A cut holds only where the
//! sentence scanner and the inline Markdown parser provably see nothing across it (see
//! [`candidate`] and [`edges`]); where one does not, the pieces on both sides are parsed as one.
//!
//! The merged article is the one [`Article::parse_with_label`] gives for the whole text (the
//! tests check this on many documents); whenever a document holds something that could make a
//! chunk depend on another (link reference or footnote definitions), it is parsed whole.

use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHasher};

use crate::text::{split_sentences_in, Language};

use crate::article::{
    looks_like_heading, Article, Block, Format, Heading, Rewrite, Sentence, SummaryBlock, Title,
    SUMMARY_CLOSE, SUMMARY_OPEN,
};

/// Documents smaller than this are parsed whole.
pub const MIN_CHUNKED_BYTES: usize = 48 * 1024;
/// Aim for chunks of at least this size.
pub const CHUNK_BYTES: usize = 12 * 1024;

struct Chunk {
    text: Box<str>,
    /// [`hash`] of the text.
    hash: u64,
    article: Article,
    /// Whether the first line of the text (to its first line break) may continue a line cut
    /// before it: see [`edges`].
    head_ok: bool,
    /// Whether the last line of the text may be continued by a piece cut after it.
    tail_ok: bool,
}

/// Parsed chunks of one document, by content; keeps what the last parse used.
#[derive(Default)]
pub struct ChunkCache {
    key: Option<(Format, String, Language)>,
    map: FxHashMap<u64, Vec<Arc<Chunk>>>,
    /// The last text whose long lines were cut, and the cut points (tried, held or not).
    cuts: Option<(Box<str>, Vec<usize>)>,
    /// How many cuts inside long lines held in the last parse.
    held: usize,
    /// The chunks of the last parse by offset, kept while it had cuts: a chunk the edit since
    /// left alone is found by its place, without hashing its text.
    placed: Vec<(usize, Arc<Chunk>)>,
    /// The edit from the last text to this one, while there are cuts: (common prefix, end of
    /// the changed part in the old text, in the new text).
    edit: Option<(usize, usize, usize)>,
    /// How many chunks the last parse parsed (not found in the cache).
    fresh: std::cell::Cell<usize>,
}

/// A chunk of the text: where it starts, what it parsed to, and whether its first block
/// continues the last block of the chunk before it (a long line cut in pieces).
type Part = (usize, Arc<Chunk>, bool);

impl ChunkCache {
    /// The article of `text` written in `language`, reusing the chunks parsed last time.
    pub fn parse(
        &mut self,
        text: &str,
        format: Format,
        label: &str,
        language: Language,
    ) -> Article {
        self.parse_sized(
            text,
            format,
            label,
            language,
            MIN_CHUNKED_BYTES,
            CHUNK_BYTES,
        )
    }

    /// [`ChunkCache::parse`] in the detected language with explicit sizes: chunking starts at
    /// documents of `min_doc` bytes, in chunks of about `chunk` bytes, and lines of `2 * chunk`
    /// bytes or more are cut in pieces of about `chunk` bytes (small sizes exercise it in tests
    /// and fuzzing).
    pub fn parse_with(
        &mut self,
        text: &str,
        format: Format,
        label: &str,
        min_doc: usize,
        chunk: usize,
    ) -> Article {
        let language = Language::detect(text);
        self.parse_sized(text, format, label, language, min_doc, chunk)
    }

    /// How many chunks the last parse had to parse (the others came from the cache).
    pub fn fresh_parses(&self) -> usize {
        self.fresh.get()
    }

    /// How many cuts inside long lines held in the last parse (each one a piece more).
    pub fn line_cuts(&self) -> usize {
        self.held
    }

    fn parse_sized(
        &mut self,
        text: &str,
        format: Format,
        label: &str,
        language: Language,
        min_doc: usize,
        chunk: usize,
    ) -> Article {
        if self
            .key
            .as_ref()
            .is_none_or(|(f, l, g)| *f != format || l != label || *g != language)
        {
            self.map.clear();
            self.cuts = None;
            self.held = 0;
            self.placed.clear();
            self.key = Some((format, label.to_string(), language));
        }
        let (starts, long) = if text.len() < min_doc {
            (vec![0], Vec::new())
        } else {
            split_points_and_long_lines(text, format, label, chunk)
        };
        self.edit = None;
        self.fresh.set(0);
        let cuts = self.cut_long_lines(text, &long, chunk, label, language);
        self.held = 0;
        if starts.len() < 2 && cuts.is_empty() {
            self.map.clear();
            return Article::parse_in(text, format, label, language);
        }
        // Chunk starts (hard: always hold) and cuts inside long lines (soft), in order.
        let mut bounds: Vec<(usize, bool)> = starts.iter().map(|&s| (s, false)).collect();
        bounds.extend(cuts.iter().map(|&c| (c, true)));
        bounds.sort_unstable();
        bounds.dedup_by_key(|b| b.0);
        let mut next: FxHashMap<u64, Vec<Arc<Chunk>>> = FxHashMap::default();
        let mut parts: Vec<Part> = Vec::with_capacity(bounds.len());
        for (i, &(start, soft)) in bounds.iter().enumerate() {
            let end = bounds.get(i + 1).map_or(text.len(), |b| b.0);
            let (mut start, mut soft) = (start, soft);
            let hint = self.placed(start, end);
            let mut c = self.chunk(&text[start..end], hint, &mut next, format, label, language);
            // A cut holds when neither side reaches across it; else the two sides are parsed
            // as one piece (which may in turn not hold against the piece before it).
            while soft {
                let Some((s, prev, psoft)) = parts.last() else {
                    break;
                };
                if prev.tail_ok && c.head_ok {
                    break;
                }
                (start, soft) = (*s, *psoft);
                parts.pop();
                let hint = self.placed(start, end);
                c = self.chunk(&text[start..end], hint, &mut next, format, label, language);
            }
            parts.push((start, c, soft));
        }
        self.map = next;
        // A piece continuing a paragraph starts with it (checked, never expected to fail).
        let joins_fit = parts.iter().all(|(_, c, soft)| {
            !soft
                || (c.article.title.is_none()
                    && c.article.front_matter.is_none()
                    && c.article.blocks.first().is_some_and(|b| {
                        b.span.start == 0
                            && b.sentences.start == 0
                            && c.article.sections.iter().skip(1).all(|s| {
                                s.heading.as_ref().is_none_or(|h| h.span.start > b.span.end)
                            })
                    }))
        });
        if !joins_fit {
            self.cuts = None;
            return Article::parse_in(text, format, label, language);
        }
        self.placed = if cuts.is_empty() {
            Vec::new()
        } else {
            parts.iter().map(|(o, c, _)| (*o, c.clone())).collect()
        };
        self.cuts = (!cuts.is_empty()).then(|| (text.into(), cuts));
        self.held = parts.iter().filter(|p| p.2).count();
        let refs: Vec<(usize, &Article, bool)> = parts
            .iter()
            .map(|(o, c, soft)| (*o, &c.article, *soft))
            .collect();
        merge(&refs, text, format)
    }

    /// The chunk the last parse had over what is now `start..end`, if the edit since left it
    /// alone (so its text is the same).
    fn placed(&self, start: usize, end: usize) -> Option<Arc<Chunk>> {
        let (pre, old_end, new_end) = self.edit?;
        let old_start = if end <= pre {
            start
        } else if start >= new_end {
            start - new_end + old_end
        } else {
            return None;
        };
        let i = self.placed.binary_search_by_key(&old_start, |p| p.0).ok()?;
        let c = &self.placed[i].1;
        (c.text.len() == end - start).then(|| c.clone())
    }

    /// The chunk of text `src` (`placed`, when the last parse had it at a place the edit left
    /// alone), from the cache or parsed, kept for the next parse in `next`.
    fn chunk(
        &self,
        src: &str,
        placed: Option<Arc<Chunk>>,
        next: &mut FxHashMap<u64, Vec<Arc<Chunk>>>,
        format: Format,
        label: &str,
        language: Language,
    ) -> Arc<Chunk> {
        let h = placed.as_ref().map_or_else(|| hash(src), |c| c.hash);
        let hit = placed.or_else(|| {
            self.map
                .get(&h)
                .or_else(|| next.get(&h))
                .and_then(|v| v.iter().find(|c| &*c.text == src).cloned())
        });
        let c = hit.unwrap_or_else(|| {
            self.fresh.set(self.fresh.get() + 1);
            let (head_ok, tail_ok) = edges(src, format);
            Arc::new(Chunk {
                text: src.into(),
                hash: h,
                article: Article::parse_part(src, format, label, language),
                head_ok,
                tail_ok,
            })
        });
        let slot = next.entry(h).or_default();
        if !slot.iter().any(|x| Arc::ptr_eq(x, &c)) {
            slot.push(c.clone());
        }
        c
    }

    /// Where the long lines of `text` (content ranges) are cut: the cuts of the last text
    /// carried over the edit between the two (those the edit touched dropped, the others
    /// checked again), and new ones where a piece has grown past two `chunk`s.
    fn cut_long_lines(
        &mut self,
        text: &str,
        long: &[Range<usize>],
        chunk: usize,
        label: &str,
        language: Language,
    ) -> Vec<usize> {
        let carried: Vec<usize> = match self.cuts.take() {
            Some((old, cuts)) if !long.is_empty() => {
                let (pre, suf) = common_ends(&old, text);
                let (old_end, new_end) = (old.len() - suf, text.len() - suf);
                self.edit = Some((pre, old_end, new_end));
                cuts.into_iter()
                    .filter_map(|c| {
                        if c < pre {
                            Some(c)
                        } else if c >= old_end {
                            Some(c - old_end + new_end)
                        } else {
                            None
                        }
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        let label = label.trim();
        let ok = |p: usize, line: &Range<usize>| {
            candidate(text, p, line.clone(), language)
                && (label.is_empty() || !text[p..].starts_with(label))
        };
        let mut out = Vec::new();
        for line in long {
            let mut last = line.start;
            let mut k = carried.partition_point(|&c| c <= line.start);
            loop {
                let kept = carried.get(k).copied().filter(|&c| c < line.end);
                let limit = kept.unwrap_or(line.end);
                // A gap of more than two pieces gets new cuts, a piece apart.
                if limit - last > 2 * chunk {
                    let mut from = last + chunk.max(1);
                    while let Some(c) =
                        next_candidate(text, from, limit.saturating_sub(chunk), |p| ok(p, line))
                    {
                        out.push(c);
                        last = c;
                        from = c + chunk.max(1);
                    }
                }
                let Some(c) = kept else {
                    break;
                };
                if c > last && (c - last) * 4 >= chunk && ok(c, line) {
                    out.push(c);
                    last = c;
                }
                k += 1;
            }
        }
        out
    }
}

/// How many leading and trailing bytes `a` and `b` share (not overlapping in either).
fn common_ends(a: &str, b: &str) -> (usize, usize) {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let n = a.len().min(b.len());
    let mut pre = 0;
    while pre + 4096 <= n && a[pre..pre + 4096] == b[pre..pre + 4096] {
        pre += 4096;
    }
    while pre < n && a[pre] == b[pre] {
        pre += 1;
    }
    let m = n - pre;
    let mut suf = 0;
    while suf + 4096 <= m
        && a[a.len() - suf - 4096..a.len() - suf] == b[b.len() - suf - 4096..b.len() - suf]
    {
        suf += 4096;
    }
    while suf < m && a[a.len() - suf - 1] == b[b.len() - suf - 1] {
        suf += 1;
    }
    (pre, suf)
}

/// The first cut point at or after `from` and before `to` that `ok` accepts.
fn next_candidate(text: &str, from: usize, to: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = from.saturating_sub(2);
    while i + 2 < to {
        let d = i + memchr::memchr(b'.', b.get(i..to)?)?;
        let p = d + 2;
        if p >= from && p < to && ok(p) {
            return Some(p);
        }
        i = d + 1;
    }
    None
}

/// Whether a long line (`line`, its content) may be cut at `p`, right before a sentence: `p`
/// follows `word. ` (a word of 4–24 lower-case ASCII letters after a space) and starts a
/// capitalized word of lower-case ASCII letters followed by a space or a comma and no digit
/// (so no list marker, caption label or heading starts there), and the sentence scanner, given
/// that word, the period and the next word, cuts there. What the scanner decides at that
/// period depends on nothing else (the token before the period, the next word); what it
/// decides after it never looks back past its last cut.
fn candidate(text: &str, p: usize, line: Range<usize>, language: Language) -> bool {
    let b = text.as_bytes();
    if p < line.start + 7 || p + 5 > line.end || b[p - 1] != b' ' || b[p - 2] != b'.' {
        return false;
    }
    let dot = p - 2;
    let mut t = dot;
    while t > line.start && dot - t <= 24 && b[t - 1].is_ascii_lowercase() {
        t -= 1;
    }
    if !(4..=24).contains(&(dot - t)) || t == line.start || b[t - 1] != b' ' {
        return false;
    }
    if !b[p].is_ascii_uppercase() {
        return false;
    }
    let mut w = p + 1;
    while w < line.end && b[w].is_ascii_lowercase() {
        w += 1;
    }
    if w - p < 3 || w + 1 >= line.end || !matches!(b[w], b' ' | b',') || b[w + 1].is_ascii_digit() {
        return false;
    }
    let spans = split_sentences_in(&text[t..=w], language);
    spans.len() == 2 && spans[0].end == dot + 1 - t && spans[1].start == p - t
}

/// Whether the first and the last line of a chunk's text may stand next to a cut (see
/// [`ChunkCache`]): `(head_ok, tail_ok)`.
///
/// Either line, as the part of a long line it is, must read the same to the sentence scanner
/// alone as within the whole line: no line break characters the scanner sees (`\r`, vertical
/// tab, form feed, U+0085, U+2028, U+2029), at least 1% capitals (so the whole line, like the
/// part, is no lower-cased text), no CJK brackets, and in plain text not heading-like. The last
/// line must also leave nothing open for what follows: no list marker the scanner would follow
/// ("1. … 2. …", "a) … b) …"), and in Markdown no inline construct left open (every code span,
/// emphasis, link and bracket closed, no HTML).
fn edges(src: &str, format: Format) -> (bool, bool) {
    let head_end = memchr::memchr(b'\n', src.as_bytes()).unwrap_or(src.len());
    let head = &src[..head_end];
    let head = if head_end < src.len() {
        head.strip_suffix('\r').unwrap_or(head)
    } else {
        head
    };
    let tail = &src[memchr::memrchr(b'\n', src.as_bytes()).map_or(0, |i| i + 1)..];
    let alone = |seg: &str| {
        let b = seg.as_bytes();
        let upper = b.iter().filter(|c| c.is_ascii_uppercase()).count();
        upper * 100 > b.len()
            && !b
                .iter()
                .any(|&c| matches!(c, b'\r' | 0x0b | 0x0c | 0xe3 | 0xef))
            && !seg.contains(['\u{85}', '\u{2028}', '\u{2029}'])
            && (format != Format::Plain || !looks_like_heading(seg))
    };
    let head_ok = alone(head);
    let tail_ok =
        alone(tail) && !has_list_marker(tail) && (format == Format::Plain || inline_closed(tail));
    (head_ok, tail_ok)
}

/// Whether `seg` holds a list marker the sentence scanner may start following ("1. … 2. …",
/// "a) … b) …"): one letter or one to three digits before `.` (the token since the last white
/// space, less the punctuation around it) or before `) ` (preceded by white space or `(`), that
/// may open its sentence (nothing but white space and openers since the last punctuation).
fn has_list_marker(seg: &str) -> bool {
    let b = seg.as_bytes();
    let marker = |t: &[u8]| {
        (t.len() == 1 && t[0].is_ascii_alphabetic())
            || (!t.is_empty() && t.len() <= 3 && t.iter().all(u8::is_ascii_digit))
    };
    // Whether a sentence may start at `s`: what comes before it, past white space and
    // openers, is not a word or a comma.
    let may_open = |s: usize| {
        let before = seg[..s].trim_end_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '"' | '\'' | '-' | '+' | '#' | '>' | '*' | '_'
                )
        });
        !before.ends_with(|c: char| c.is_ascii_alphanumeric() || c == ',')
    };
    let mut from = 0;
    while let Some(j) = memchr::memchr2(b'.', b')', &b[from..]) {
        let i = from + j;
        from = i + 1;
        if b[i] == b'.' {
            let start = seg[..i]
                .rfind(char::is_whitespace)
                .map_or(0, |w| w + seg[w..].chars().next().map_or(1, char::len_utf8));
            let tok = seg[start..i].trim_matches(|c: char| !c.is_alphanumeric());
            if marker(tok.as_bytes()) && may_open(start) {
                return true;
            }
        } else if b.get(i + 1).is_some_and(|&c| c == b' ') {
            let mut s = i;
            while s > 0 && i - s < 4 && b[s - 1].is_ascii_alphanumeric() {
                s -= 1;
            }
            let before = if s > 0 && b[s - 1] == b'(' { s - 1 } else { s };
            let spaced = before == 0
                || seg[..before]
                    .chars()
                    .next_back()
                    .is_some_and(|c| !c.is_ascii_alphanumeric() && !c.is_ascii_punctuation());
            if s < i && marker(&b[s..i]) && spaced && may_open(before) {
                return true;
            }
        }
    }
    false
}

/// Whether `seg`, a part of a paragraph's line, leaves no inline construct open: parsed on its
/// own, every delimiter that could pair with one after it was used (no literal backtick,
/// bracket, `<` that may open HTML or an autolink, or `*` `_` `~` other than between spaces or
/// `_` inside a word), and there is no HTML.
fn inline_closed(seg: &str) -> bool {
    use pulldown_cmark::{Event, Options, Parser};
    let b = seg.as_bytes();
    if !b.iter().any(|c| {
        matches!(
            c,
            b'`' | b'[' | b']' | b'<' | b'*' | b'_' | b'~' | b'\\' | b'&'
        )
    }) {
        return true;
    }
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let space = |i: Option<&u8>| i.is_none_or(|c| matches!(c, b' ' | b'\t'));
    for (event, range) in Parser::new_ext(seg, opts).into_offset_iter() {
        match event {
            Event::Text(t) => {
                if seg.get(range.clone()) != Some(&*t) {
                    if t.bytes().any(|c| b"`[]<*_~".contains(&c)) {
                        return false;
                    }
                    continue;
                }
                for i in range {
                    let open = match b[i] {
                        b'`' | b'[' | b']' => true,
                        b'<' => b
                            .get(i + 1)
                            .is_some_and(|c| c.is_ascii_alphabetic() || b"/!?".contains(c)),
                        b'*' | b'_' | b'~' => {
                            let (before, after) = (i.checked_sub(1).map(|j| &b[j]), b.get(i + 1));
                            let spaced = space(before) && space(after);
                            let inword = b[i] == b'_'
                                && before.is_some_and(u8::is_ascii_alphanumeric)
                                && after.is_some_and(u8::is_ascii_alphanumeric);
                            !(spaced || inword)
                        }
                        _ => false,
                    };
                    if open {
                        return false;
                    }
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => return false,
            _ => {}
        }
    }
    true
}

fn hash(s: &str) -> u64 {
    let mut h = FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

/// Byte offsets where chunks start (the first is 0), each at the start of a line, at least
/// `chunk` bytes apart.
pub fn split_points(text: &str, format: Format, chunk: usize) -> Vec<usize> {
    split_points_and_long_lines(text, format, crate::article::DEFAULT_LABEL, chunk).0
}

/// [`split_points`], and the lines of at least `2 * chunk` bytes that are a paragraph of their
/// own (their content, line break left out), which may be cut at sentence boundaries.
fn split_points_and_long_lines(
    text: &str,
    format: Format,
    label: &str,
    chunk: usize,
) -> (Vec<usize>, Vec<Range<usize>>) {
    let long = chunk.saturating_mul(2).max(16);
    match format {
        Format::Markdown => markdown_splits(text, chunk, long),
        Format::Plain => plain_splits(text, chunk, long, label),
    }
}

/// The content of a line (its line break left out).
fn content(start: usize, line: &str) -> Range<usize> {
    let t = line.strip_suffix('\n').unwrap_or(line);
    let t = t.strip_suffix('\r').unwrap_or(t);
    start..start + t.len()
}

/// Lines of `text` with their start offsets, terminators included (as `split_inclusive`).
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = ends.next().map_or(text.len(), |i| i + 1);
        let line = (start, &text[start..end]);
        start = end;
        Some(line)
    })
}

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// A blank line as CommonMark sees one: only spaces and tabs (a line of vertical tabs or
/// other Unicode spaces is text and continues a paragraph).
fn is_md_blank(line: &str) -> bool {
    line.bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
}

/// A line that starts a list item: `-`, `*`, `+` or `1.` / `1)` followed by a space or the end.
fn is_list_marker(line: &str) -> bool {
    let b = line.as_bytes();
    let after = |i: usize| matches!(b.get(i), None | Some(b' ' | b'\t' | b'\r' | b'\n'));
    match b.first() {
        Some(b'-' | b'*' | b'+') => after(1),
        Some(c) if c.is_ascii_digit() => {
            let d = b.iter().take_while(|c| c.is_ascii_digit()).count();
            matches!(b.get(d), Some(b'.' | b')')) && after(d + 1)
        }
        _ => false,
    }
}

/// Where an HTML block of CommonMark types 1–5 (which may hold blank lines) ends, if `line`
/// (indentation removed) starts one.
fn html_block_end(line: &str) -> Option<&'static [&'static str]> {
    // Every opening below starts with `<`: most lines are done without lower-casing them.
    if !line.starts_with('<') {
        return None;
    }
    let lower: String = line.chars().take(12).flat_map(char::to_lowercase).collect();
    // Only the matching end tag counts here: waiting for it is never wrong (fewer splits).
    const TYPE1: [(&str, &[&str]); 4] = [
        ("<script", &["</script>"]),
        ("<pre", &["</pre>"]),
        ("<style", &["</style>"]),
        ("<textarea", &["</textarea>"]),
    ];
    for (tag, end) in TYPE1 {
        if let Some(rest) = lower.strip_prefix(tag) {
            if rest.is_empty() || rest.starts_with([' ', '\t', '>', '\r', '\n']) {
                return Some(end);
            }
        }
    }
    if lower.starts_with("<!--") {
        Some(&["-->"])
    } else if lower.starts_with("<?") {
        Some(&["?>"])
    } else if lower.starts_with("<![cdata[") {
        Some(&["]]>"])
    } else if lower.starts_with("<!") && lower[2..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        Some(&[">"])
    } else {
        None
    }
}

fn contains_any_ci(line: &str, needles: &[&str]) -> bool {
    let lower = line.to_lowercase();
    needles.iter().any(|n| lower.contains(n))
}

/// Whether `text` holds a link reference or footnote definition (`[x]: …`), which makes the
/// inline parse of one part of the document depend on another.
fn has_definitions(text: &str) -> bool {
    // Conservative: definitions may sit in list items and quotes too, after any marker.
    text.contains("]:")
}

/// The delimiter character if line `k` opens a metadata block the way pulldown-cmark sees one:
/// exactly `---` or `+++`, then a line that is neither blank nor a closing line.
fn meta_open(lines: &[(usize, &str)], k: usize) -> Option<u8> {
    let t = lines
        .get(k)?
        .1
        .trim_end_matches(|c: char| c.is_ascii_whitespace());
    let c = match t {
        "---" => b'-',
        "+++" => b'+',
        _ => return None,
    };
    let (_, next) = lines.get(k + 1)?;
    (!is_md_blank(next) && !meta_close(next, c)).then_some(c)
}

/// Whether `line` closes a metadata block opened with `c`.
fn meta_close(line: &str, c: u8) -> bool {
    let t = line.trim_end_matches(['\n', '\r']).trim_end_matches(' ');
    match c {
        b'-' => t == "---" || t == "...",
        _ => t == "+++",
    }
}

fn markdown_splits(text: &str, chunk: usize, long: usize) -> (Vec<usize>, Vec<Range<usize>>) {
    let mut out = vec![0];
    let mut lines_out = Vec::new();
    // Lone `\r` line endings (old Mac files) end lines for CommonMark but not for `lines`, and
    // vertical tabs and form feeds count as white space in some of pulldown-cmark's rules
    // (`<style\x0b` opens an HTML block): documents with either are parsed whole.
    let b = text.as_bytes();
    let lone_cr = memchr::memchr_iter(b'\r', b).any(|i| b.get(i + 1) != Some(&b'\n'));
    let odd_space = memchr::memchr2(0x0b, 0x0c, b).is_some();
    if has_definitions(text) || lone_cr || odd_space {
        return (out, lines_out);
    }
    let mut fence: Option<(u8, usize)> = None;
    let mut html_end: Option<&'static [&'static str]> = None;
    let mut in_summary = false;
    let mut html_until_blank = false;
    let mut prev_blank = false;
    let all: Vec<(usize, &str)> = lines(text).collect();
    let mut i = 0;
    // Front matter: never split inside it.
    if let Some(open) = meta_open(&all, 0) {
        if let Some(k) = (2..all.len()).find(|&k| meta_close(all[k].1, open)) {
            i = k + 1;
        } else {
            i = 1; // never closed: not a metadata block
        }
    }
    for (k, &(start, line)) in all.iter().enumerate().skip(i) {
        let blank = is_md_blank(line);
        if let Some((ch, n)) = fence {
            let t = line.trim_start_matches(' ');
            let indent = line.len() - t.len();
            let run = t.bytes().take_while(|&c| c == ch).count();
            if indent <= 3 && run >= n && t[run..].trim().is_empty() {
                fence = None;
            }
            prev_blank = false;
            continue;
        }
        // Summary markers count wherever the parser sees HTML: HTML blocks and inline HTML.
        // One that does not stand alone at the start of its line may sit inside a list or a
        // quote, whose structure the article parser then loses track of: stop splitting.
        let was_in_summary = in_summary;
        let has_html = line.as_bytes().contains(&b'<');
        let has_open = has_html && line.contains(SUMMARY_OPEN);
        let has_close = has_html && line.contains(SUMMARY_CLOSE);
        if (has_open || has_close) && html_end.is_none() {
            let t = line.trim_end();
            if !(t == SUMMARY_OPEN || t == SUMMARY_CLOSE) {
                break;
            }
        }
        if has_open {
            let i = line.rfind(SUMMARY_OPEN).unwrap_or(0);
            in_summary = !line[i..].contains(SUMMARY_CLOSE);
        } else if has_close {
            in_summary = false;
        }
        if let Some(ends) = html_end {
            if contains_any_ci(line, ends) {
                html_end = None;
            }
            prev_blank = blank;
            continue;
        }
        let first = line.as_bytes().first().copied().unwrap_or(b' ');
        // A long line that is a paragraph of its own: after a blank line (or opening the
        // document), before one (or ending it), starting with a letter.
        if (prev_blank || start == 0)
            && !was_in_summary
            && first.is_ascii_alphabetic()
            && line.len() >= long
            && all.get(k + 1).is_none_or(|(_, l)| is_md_blank(l))
        {
            lines_out.push(content(start, line));
        }
        if prev_blank
            && !was_in_summary
            && !blank
            && !matches!(
                first,
                b' ' | b'\t' | b'-' | b'+' | b'*' | b'=' | b'|' | b':'
            )
            && !is_list_marker(line)
            && start - out.last().copied().unwrap_or(0) >= chunk
        {
            out.push(start);
        }
        let t = line.trim_start_matches(' ');
        let indent = line.len() - t.len();
        if html_until_blank {
            // Inside an HTML block that ends at a blank line (or a paragraph that merely looks
            // like one): a fence or another HTML block here is ambiguous to this scanner.
            if blank {
                html_until_blank = false;
            } else if indent <= 3
                && (t.starts_with("```") || t.starts_with("~~~") || html_block_end(t).is_some())
            {
                break;
            }
        } else if indent <= 3 {
            let tb = t.as_bytes();
            if let Some(&c @ (b'`' | b'~')) = tb.first() {
                let run = tb.iter().take_while(|&&x| x == c).count();
                if run >= 3 && !(c == b'`' && t[run..].contains('`')) {
                    if indent > 0 {
                        // Maybe inside a list item, where it ends with the item: ambiguous.
                        break;
                    }
                    fence = Some((c, run));
                }
            }
            if fence.is_none() {
                if let Some(ends) = html_block_end(t) {
                    if indent > 0 {
                        break;
                    }
                    // The end marker may sit on the opening line itself.
                    let rest = t.get(4..).unwrap_or("");
                    if !contains_any_ci(rest, ends) {
                        html_end = Some(ends);
                    }
                } else if t.starts_with('<') {
                    html_until_blank = true;
                }
            }
        }
        prev_blank = blank;
    }
    (out, lines_out)
}

/// Plain text: split between two paragraphs that both end like prose (so neither can be a
/// heading or the title, whose detection looks at the next paragraph).
fn plain_splits(
    text: &str,
    chunk: usize,
    long: usize,
    label: &str,
) -> (Vec<usize>, Vec<Range<usize>>) {
    let mut out = vec![0];
    let mut lines_out = Vec::new();
    // (start of the paragraph's first line, its last non-blank line, its first line)
    let mut paras: Vec<(usize, &str, &str)> = Vec::new();
    let mut in_para = false;
    for (start, line) in lines(text) {
        if is_blank(line) {
            in_para = false;
        } else if in_para {
            if let Some(p) = paras.last_mut() {
                p.1 = line;
            }
        } else {
            in_para = true;
            paras.push((start, line, line));
        }
    }
    // A long paragraph of one line, starting with a letter, not the summary label, not
    // heading-like.
    let label = label.trim();
    for &(start, last, first) in &paras {
        if std::ptr::eq(last, first)
            && first.len() >= long
            && first.as_bytes()[0].is_ascii_alphabetic()
            && (label.is_empty() || !first.starts_with(label))
            && !crate::article::looks_like_heading(first)
        {
            lines_out.push(content(start, first));
        }
    }
    let prose = |l: &str| l.trim_end().ends_with(['.', '!', '。', '！', '…']);
    for w in paras.windows(2) {
        let (_, prev_last, _) = w[0];
        let (start, last, first) = w[1];
        // A paragraph whose first line is not prose could be a title line over its text.
        if prose(prev_last)
            && prose(last)
            && prose(first)
            && start - out.last().copied().unwrap_or(0) >= chunk
        {
            out.push(start);
        }
    }
    (out, lines_out)
}

/// The article of a whole text from the articles of its chunks (`(offset, article, joins)` in
/// order; a chunk that `joins` starts inside the paragraph the chunk before it ended with: its
/// first block continues that one).
pub fn merge(parts: &[(usize, &Article, bool)], text: &str, format: Format) -> Article {
    let len = text.len();
    let shift = |r: &Range<usize>, o: usize| r.start + o..r.end + o;
    let nb: usize = parts.iter().map(|(_, a, _)| a.blocks.len()).sum();
    let ns: usize = parts.iter().map(|(_, a, _)| a.sentences.len()).sum();
    let mut out = Article {
        format,
        title: None,
        front_matter: None,
        sections: Vec::new(),
        blocks: Vec::with_capacity(nb),
        sentences: Vec::with_capacity(ns),
        summaries: Vec::new(),
        author_summaries: Vec::new(),
        rewrites: Vec::new(),
    };
    let mut headings: Vec<Heading> = Vec::new();
    let mut heading_before: Vec<usize> = Vec::with_capacity(nb);
    for &(off, a, joins) in parts {
        let h0 = headings.len();
        let s0 = out.sentences.len();
        let mut blocks = a.blocks.iter();
        // The block index of the piece's first block in the merged article.
        let mut b0 = out.blocks.len();
        if joins {
            if let (Some(last), Some(first)) = (out.blocks.last_mut(), a.blocks.first()) {
                last.span.end = first.span.end + off;
                last.sentences.end = first.sentences.end + s0;
                blocks.next();
                b0 -= 1;
            }
        }
        if out.title.is_none() {
            out.title = a.title.as_ref().map(|t| Title {
                span: shift(&t.span, off),
                text: t.text.clone(),
            });
        }
        if out.front_matter.is_none() {
            out.front_matter = a.front_matter.as_ref().map(|r| shift(r, off));
        }
        headings.extend(a.sections.iter().skip(1).filter_map(|s| {
            s.heading.as_ref().map(|h| Heading {
                level: h.level,
                span: shift(&h.span, off),
                text: h.text.clone(),
            })
        }));
        for b in blocks {
            out.blocks.push(Block {
                kind: b.kind,
                span: shift(&b.span, off),
                section: 0,
                sentences: b.sentences.start + s0..b.sentences.end + s0,
            });
            heading_before.push(h0 + b.section);
        }
        out.sentences.extend(a.sentences.iter().map(|s| Sentence {
            span: shift(&s.span, off),
            text: s.text.clone(),
            block: s.block + b0,
        }));
        out.summaries
            .extend(a.summaries.iter().map(|s| SummaryBlock {
                span: shift(&s.span, off),
                text: s.text.clone(),
            }));
        out.rewrites.extend(a.rewrites.iter().map(|r| Rewrite {
            span: shift(&r.span, off),
            with: r.with.clone(),
        }));
    }
    // Sections, nested exactly as a whole-document parse nests them.
    out.sections = crate::article::nest_sections(&headings, &heading_before, &mut out.blocks, len);
    out.resolve_summaries(text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, format: Format, chunk: usize) -> usize {
        let mut cache = ChunkCache::default();
        let whole = Article::parse_with_label(text, format, "TL;DR");
        let merged = cache.parse_with(text, format, "TL;DR", 0, chunk);
        let n = split_points(text, format, chunk).len();
        assert_eq!(merged, whole, "{n} chunks of {chunk} bytes:\n{text}");
        // Parsing again from the cache gives the same article.
        let again = cache.parse_with(text, format, "TL;DR", 0, chunk);
        assert_eq!(again, whole);
        n
    }

    const TRICKY_MD: &str = "---\ntitle: \"Front\"\n\nauthor: x\n---\n\nIntro paragraph. It has two sentences.\n\n# Heading One\n\nFirst para under one. More text here.\n\n```\ncode block\n\nwith a blank line. Not prose.\n```\n\nAfter code. Words follow.\n\n<!--\ncomment\n\nstill comment. Yes.\n-->\n\nAfter comment. Words.\n\n- item one. Done.\n\n- item two. Done.\n\n  continued item text.\n\nParagraph after list. Okay.\n\n> quote one. Indeed.\n\n> quote two. Indeed.\n\n## Sub heading\n\n<!-- nutgraf:summary -->\n> **TL;DR:** First para under one.\n<!-- /nutgraf:summary -->\n\nSub para. Text.\n\n    indented code\n\n    more indented\n\n| a | b |\n|---|---|\n| c | d |\n\nTable over. Yes.\n\n---\n\nAfter rule. Fine.\n\n<pre>\npre text\n\npre more\n</pre>\n\nSetext Heading\n==============\n\nLast para. End.\n\n# Second H1\n\nClosing words. Bye.\n";

    #[test]
    fn markdown_chunks_merge_to_the_whole() {
        assert!(check(TRICKY_MD, Format::Markdown, 0) > 12);
        for chunk in [0, 1, 20, 60, 200] {
            check(TRICKY_MD, Format::Markdown, chunk);
        }
        let crlf = TRICKY_MD.replace('\n', "\r\n");
        for chunk in [0, 1, 50] {
            check(&crlf, Format::Markdown, chunk);
        }
        let doc = crate::lsp::parse::tests::generated(6000);
        assert!(check(&doc, Format::Markdown, 2000) > 5);
        assert!(check(&doc, Format::Markdown, 0) > 50);
    }

    #[test]
    fn markdown_without_front_matter_and_with_definitions() {
        let t = "Para one. Text.\n\n# Title\n\nPara two. Text.\n\nPara three. Text.\n";
        assert!(check(t, Format::Markdown, 0) > 2);
        let d = "Para one [x]. Text.\n\nPara two. Text.\n\n[x]: http://example.com\n";
        assert_eq!(check(d, Format::Markdown, 0), 1);
        let f = "Para one[^1]. Text.\n\nPara two. Text.\n\n[^1]: A note.\n";
        assert_eq!(check(f, Format::Markdown, 0), 1);
    }

    #[test]
    fn lines_as_split_inclusive() {
        for t in [
            "",
            "a",
            "\n",
            "a\n",
            "a\nb",
            "\n\n",
            "a\r\nb\r\n",
            "é\n🙂\n\nx",
        ] {
            let mut pos = 0;
            let want: Vec<(usize, &str)> = t
                .split_inclusive('\n')
                .map(|l| {
                    pos += l.len();
                    (pos - l.len(), l)
                })
                .collect();
            assert_eq!(lines(t).collect::<Vec<_>>(), want, "{t:?}");
        }
    }

    #[test]
    fn plain_chunks_merge_to_the_whole() {
        let t = "The Title Line\n\nFirst paragraph is here. It ends.\n\nA Heading\n\nUnder the heading. Text.\n\nTL;DR: First paragraph is here.\n\nAnother paragraph. Okay.\nSecond line of it.\n\nYet another. Fine.\n\nShort Heading Again\n\nBody text. More.\n\n- a list line.\n\nEnd. Done.\n";
        for chunk in [0, 1, 30, 100] {
            check(t, Format::Plain, chunk);
            check(&t.replace('\n', "\r\n"), Format::Plain, chunk);
        }
    }

    /// A generated Markdown document of about `words` words.
    pub(crate) fn generated(words: usize) -> String {
        let subjects = [
            "The council",
            "Engineers",
            "Residents",
            "The mayor",
            "Inspectors",
        ];
        let verbs = ["approved", "rejected", "studied", "funded", "delayed"];
        let objects = [
            "the budget",
            "a bridge",
            "the harbour plan",
            "wind turbines",
        ];
        let mut out = String::from("# The Region\n\n");
        let (mut n, mut i) = (0, 0usize);
        while n < words {
            if i % 7 == 0 {
                out.push_str(&format!("## Part {}\n\n", i / 7));
            }
            let mut p = String::new();
            for k in 0..(3 + i % 4) {
                let s = format!(
                    "{} {} {} in week {}. ",
                    subjects[(i + k) % 5],
                    verbs[(i * 3 + k) % 5],
                    objects[(i + 2 * k) % 4],
                    i + k
                );
                n += s.split_whitespace().count();
                p.push_str(&s);
            }
            match i % 9 {
                3 => out.push_str(&format!("- {}\n- {}\n\n", p.trim(), p.trim())),
                5 => out.push_str(&format!("> {}\n\n", p.trim())),
                7 => out.push_str("```\nlet x = 1;\n\nlet y = 2;\n```\n\n"),
                _ => out.push_str(&format!("{}\n\n", p.trim())),
            }
            i += 1;
        }
        out
    }
}
#[cfg(test)]
mod long_lines {
    use super::*;
    use proptest::prelude::*;

    /// Sentences for long lines: ordinary ones (cuts hold between them) and ones holding what
    /// a cut must not reach across or must not be taken for (abbreviations, initials, list
    /// markers, lower-case starts, captions, emphasis, code, links, HTML, CJK, line breaks the
    /// scanner sees).
    const SENTENCES: &[&str] = &[
        "The council approved the harbour budget. ",
        "Engineers studied the bridge design carefully. ",
        "Residents funded the wind turbines together. ",
        "The mayor delayed the vote again. ",
        "Inspectors rejected the *revised* plan. ",
        "Critics called it **a costly mistake** today. ",
        "Officials met with Mr. Smith yesterday. ",
        "Costs incl. Taxes rose sharply again. ",
        "They cited the U.S. Army report instead. ",
        "The plan, e.g. the tunnel, failed again. ",
        "J. R. Tolkien wrote about harbours once. ",
        "Voters want 1) roads 2) schools and more. ",
        "Options are a. cheap b. costly in practice. ",
        "the lower case sentence starts here. ",
        "Figure 2 Shows the harbour layout. ",
        "Use `cargo and build. Then go` quickly. ",
        "See [the long report. Here is](http://example.com) the rest. ",
        "See [the report](http://x.org \"Title and more. Again here\") anyway. ",
        "A <span title=\"one more. Two more\">tag</span> appears here. ",
        "Stars * between spaces * stay literal here. ",
        "Some snake_case_words stay literal there. ",
        "Citations [1] follow the claim here. ",
        "Unclosed *emphasis and more. Continues to* later here. ",
        "Unclosed [bracket and more. Continues to] later here. ",
        "Escaped \\*stars and more. Continues\\* are plain text here. ",
        "Entities &amp; marks remain here. ",
        "CJK 「引用 and more. Then 文」 brackets appear here. ",
        "A line\u{2028}separator sits here. ",
        "A carriage\rreturn sits here. ",
        "1) Roads matter most here. ",
        "a. Bridges matter most here. ",
        "2) Schools matter less here. ",
        "b. Tunnels matter less here. ",
        "the lower case sentence starts here. the next one too. ",
        "the lower case sentence starts here. the next one too. the third one also. ",
        "and it goes on. and on. and on without capitals anywhere. ",
        "Figures rose sharply. Markets fell quietly. ",
        "Why would anyone object? Nobody knows really. ",
        "TL;DR: a label inside the line here. ",
        "Another ordinary sentence closes the paragraph. ",
    ];

    fn line(ix: &[usize]) -> String {
        ix.iter()
            .map(|&i| SENTENCES[i])
            .collect::<String>()
            .trim_end()
            .to_string()
    }

    /// The chunked parse equals the whole parse, and parsing again from the cache too.
    fn same(cache: &mut ChunkCache, text: &str, format: Format, chunk: usize) {
        let whole = Article::parse_with_label(text, format, "TL;DR");
        let chunked = cache.parse_with(text, format, "TL;DR", 0, chunk);
        assert_eq!(
            chunked,
            whole,
            "{} cuts of {chunk} bytes:\n{text:?}",
            cache.line_cuts()
        );
    }

    #[test]
    fn a_long_line_is_cut_and_merges_to_the_whole() {
        let body: String = (0..400).map(|i| SENTENCES[i % 4]).collect();
        for (text, format) in [
            (body.clone(), Format::Markdown),
            (
                format!("# Title\n\n{}\n\nAfter. Text.\n", body.trim_end()),
                Format::Markdown,
            ),
            (body.clone(), Format::Plain),
            (
                format!("Intro line. Here.\n\n{}\n\nAfter. Text.\n", body.trim_end()),
                Format::Plain,
            ),
            (
                format!("# Title\r\n\r\n{}\r\n", body.trim_end()),
                Format::Markdown,
            ),
        ] {
            let mut cache = ChunkCache::default();
            same(&mut cache, &text, format, 1000);
            assert!(cache.line_cuts() > 10, "{format:?}: {}", cache.line_cuts());
        }
    }

    #[test]
    fn a_list_started_before_a_cut_is_followed_after_it() {
        let plain: String = (0..6).map(|i| SENTENCES[i % 4]).collect();
        let text = format!(
            "Plans come first. 1) Roads matter most here. {plain}Then it says 2) Schools matter less here. {plain}Costs incl. Taxes rose sharply again. {plain}"
        );
        for format in [Format::Markdown, Format::Plain] {
            let mut cache = ChunkCache::default();
            same(&mut cache, text.trim_end(), format, 0);
            let clean = format!("{plain}{plain}Costs incl. Taxes rose sharply again. {plain}");
            same(&mut cache, clean.trim_end(), format, 0);
            assert!(cache.line_cuts() > 10, "{}", cache.line_cuts());
        }
    }

    #[test]
    fn edits_reparse_only_the_pieces_they_touch() {
        let mut text: String = (0..2000).map(|i| SENTENCES[i % 4]).collect();
        let mut cache = ChunkCache::default();
        same(&mut cache, &text, Format::Markdown, 2000);
        let cuts0 = cache.cuts.as_ref().unwrap().1.clone();
        // Type inside the line: every cut before stays, every cut after moves by one.
        let at = text.len() / 2 + 3;
        text.insert(at, 'x');
        same(&mut cache, &text, Format::Markdown, 2000);
        let cuts1 = &cache.cuts.as_ref().unwrap().1;
        let moved: Vec<usize> = cuts0
            .iter()
            .map(|&c| if c > at { c + 1 } else { c })
            .collect();
        let kept = moved.iter().filter(|c| cuts1.contains(c)).count();
        assert!(
            kept + 1 >= moved.len(),
            "{kept} of {} cuts kept",
            moved.len()
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn generated_long_lines_merge_to_the_whole(
            ix in proptest::collection::vec(0..SENTENCES.len(), 1..10),
            common in proptest::collection::vec(0..4usize, 0..90),
            chunk in 0..80usize,
            markdown in any::<bool>(),
            around in 0..3usize,
            edits in proptest::collection::vec((0..10_000usize, 0..4usize, 0..3usize), 0..6),
        ) {
            // Mostly ordinary sentences, so that cuts are tried and hold, some of the others.
            let mut order = Vec::new();
            for i in 0..ix.len().max(common.len()) {
                order.extend(common.get(i));
                order.extend(ix.get(i));
            }
            let body = line(&order);
            let mut text = match around {
                0 => body,
                1 => format!("# Head\n\n{body}\n\nClosing words. Bye.\n"),
                _ => format!("Intro para. Two.\n\n{body}\n- item. x.\n\n{body}"),
            };
            let format = if markdown { Format::Markdown } else { Format::Plain };
            let mut cache = ChunkCache::default();
            same(&mut cache, &text, format, chunk);
            // Edits, many of them at a cut (a chunk edge) or right beside one.
            for (pos, what, near) in edits {
                let cuts = cache.cuts.as_ref().map(|c| c.1.clone()).unwrap_or_default();
                let mut at = if !cuts.is_empty() && near > 0 {
                    (cuts[pos % cuts.len()] + near).saturating_sub(2)
                } else {
                    pos % (text.len() + 1)
                };
                at = at.min(text.len());
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                match what {
                    0 => text.insert(at, 'x'),
                    1 => text.insert_str(at, ". New"),
                    2 => {
                        let mut end = (at + 3).min(text.len());
                        while !text.is_char_boundary(end) {
                            end += 1;
                        }
                        text.replace_range(at..end, "");
                    }
                    _ => text.insert(at, '`'),
                }
                same(&mut cache, &text, format, chunk);
            }
        }
    }
}

#[cfg(test)]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "",
        "Plain sentence here. Another one.",
        "# Head",
        "## Sub",
        "- item. x.",
        "1. one. x.",
        "> quote. q.",
        "```",
        "~~~",
        "    indented",
        "<!--",
        "-->",
        "<div>",
        "</div>",
        "<pre>",
        "</pre>",
        "---",
        "+++",
        "title: T",
        "Setext",
        "===",
        "| a | b |",
        "|---|---|",
        "<!-- nutgraf:summary -->",
        "<!-- /nutgraf:summary -->",
        "TL;DR: gist.",
        "  continued.",
        "Short Heading",
        "*emph* and **strong**. End.",
        "\t tabbed",
        "***",
        "<script>",
        "</script>",
        "  ```",
        "- ```",
        "> ```",
        "...",
        "<!DOCTYPE html>",
        "<?php",
        "?>",
        "<![CDATA[",
        "]]>",
        "<style>",
        "</style>",
        "   ~~~",
        "````",
        "1) x. y.",
        "2. ``` z",
        "<span>inline</span> text.",
        "x <!-- nutgraf:summary --> y",
        "  - nested. n.",
        "      deep code",
        "---  ",
        "--- x",
        "Hello <b>world</b>. End.",
        "<div>text</div>",
        "# Title Again",
        "> > deep. q.",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn random_documents_merge_to_the_whole(ix in proptest::collection::vec(0..PIECES.len(), 0..60), crlf in any::<bool>()) {
            let eol = if crlf { "\r\n" } else { "\n" };
            let text: String = ix.iter().map(|&i| format!("{}{eol}", PIECES[i])).collect();
            for format in [Format::Markdown, Format::Plain] {
                let whole = Article::parse_with_label(&text, format, "TL;DR");
                let merged = ChunkCache::default().parse_with(&text, format, "TL;DR", 0, 0);
                prop_assert_eq!(merged, whole, "{:?}", text);
            }
        }
    }
}

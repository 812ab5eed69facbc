//! Incremental parsing of large documents: the text is cut into chunks at points where no
//! Markdown (or plain-text) construct can reach across, each chunk is parsed on its own and
//! cached by its content, and the chunk articles are merged into the article of the whole text.
//! After a keystroke only the chunk holding the edit is parsed again.
//!
//! The merged article is the one [`Article::parse_with_label`] gives for the whole text (the
//! tests check this on many documents); whenever a document holds something that could make a
//! chunk depend on another (link reference or footnote definitions), it is parsed whole.

use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHasher};

use crate::text::Language;

use crate::article::{
    Article, Block, Format, Heading, Rewrite, Sentence, SummaryBlock, Title, SUMMARY_CLOSE,
    SUMMARY_OPEN,
};

/// Documents smaller than this are parsed whole.
pub const MIN_CHUNKED_BYTES: usize = 48 * 1024;
/// Aim for chunks of at least this size.
pub const CHUNK_BYTES: usize = 12 * 1024;

struct Chunk {
    text: Box<str>,
    article: Article,
}

/// Parsed chunks of one document, by content; keeps what the last parse used.
#[derive(Default)]
pub struct ChunkCache {
    key: Option<(Format, String, Language)>,
    map: FxHashMap<u64, Vec<Arc<Chunk>>>,
}

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
    /// documents of `min_doc` bytes, in chunks of about `chunk` bytes (small sizes exercise it
    /// in tests and fuzzing).
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
            self.key = Some((format, label.to_string(), language));
        }
        let starts = if text.len() < min_doc {
            vec![0]
        } else {
            split_points(text, format, chunk)
        };
        if starts.len() < 2 {
            self.map.clear();
            return Article::parse_in(text, format, label, language);
        }
        let mut next: FxHashMap<u64, Vec<Arc<Chunk>>> = FxHashMap::default();
        let mut parts: Vec<(usize, Arc<Chunk>)> = Vec::with_capacity(starts.len());
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            let src = &text[start..end];
            let h = hash(src);
            let hit = self
                .map
                .get(&h)
                .and_then(|v| v.iter().find(|c| &*c.text == src).cloned());
            let c = hit.unwrap_or_else(|| {
                Arc::new(Chunk {
                    text: src.into(),
                    article: Article::parse_part(src, format, label, language),
                })
            });
            let slot = next.entry(h).or_default();
            if !slot.iter().any(|x| Arc::ptr_eq(x, &c)) {
                slot.push(c.clone());
            }
            parts.push((start, c));
        }
        self.map = next;
        let refs: Vec<(usize, &Article)> = parts.iter().map(|(o, c)| (*o, &c.article)).collect();
        merge(&refs, text, format)
    }
}

fn hash(s: &str) -> u64 {
    let mut h = FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

/// Byte offsets where chunks start (the first is 0), each at the start of a line, at least
/// `chunk` bytes apart.
pub fn split_points(text: &str, format: Format, chunk: usize) -> Vec<usize> {
    match format {
        Format::Markdown => markdown_splits(text, chunk),
        Format::Plain => plain_splits(text, chunk),
    }
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

fn markdown_splits(text: &str, chunk: usize) -> Vec<usize> {
    let mut out = vec![0];
    // Lone `\r` line endings (old Mac files) end lines for CommonMark but not for `lines`, and
    // vertical tabs and form feeds count as white space in some of pulldown-cmark's rules
    // (`<style\x0b` opens an HTML block): documents with either are parsed whole.
    let lone_cr = text
        .match_indices('\r')
        .any(|(i, _)| text.as_bytes().get(i + 1) != Some(&b'\n'));
    let odd_space = text.bytes().any(|b| b == 0x0b || b == 0x0c);
    if has_definitions(text) || lone_cr || odd_space {
        return out;
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
    for &(start, line) in all.iter().skip(i) {
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
    out
}

/// Plain text: split between two paragraphs that both end like prose (so neither can be a
/// heading or the title, whose detection looks at the next paragraph).
fn plain_splits(text: &str, chunk: usize) -> Vec<usize> {
    let mut out = vec![0];
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
    out
}

/// The article of a whole text from the articles of its chunks (`(offset, article)` in order).
pub fn merge(parts: &[(usize, &Article)], text: &str, format: Format) -> Article {
    let len = text.len();
    let shift = |r: &Range<usize>, o: usize| r.start + o..r.end + o;
    let nb: usize = parts.iter().map(|(_, a)| a.blocks.len()).sum();
    let ns: usize = parts.iter().map(|(_, a)| a.sentences.len()).sum();
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
    for &(off, a) in parts {
        let h0 = headings.len();
        let b0 = out.blocks.len();
        let s0 = out.sentences.len();
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
        for b in &a.blocks {
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

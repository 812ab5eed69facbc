//! A document as a reader sees it: title → sections → blocks (paragraphs, list items, block
//! quotes) → sentences. Every piece carries its byte span in the original text. Pure: no IO, and
//! no panic on any `&str`.

mod author;
pub mod changelog;
pub mod citations;
mod inline;
mod markdown;
mod plain;
mod quote;
pub mod rst;

use std::ops::Range;

use crate::text::{split_sentences_in, Language};

pub use author::map_span;
pub use inline::strip_templates;
pub use plain::{looks_like_heading, speaker_len};
pub use quote::quote_text;

/// How a document is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Plain,
}

impl Format {
    /// Markdown for `.md`, `.markdown`, `.mdx` (and friends), plain text otherwise.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        let markdown = [
            ".md",
            ".markdown",
            ".mdx",
            ".mkd",
            ".mdown",
            ".mkdn",
            ".qmd",
            ".rmd",
        ];
        if markdown.iter().any(|ext| lower.ends_with(ext)) {
            Format::Markdown
        } else {
            Format::Plain
        }
    }
}

/// The label that starts an inserted plain-text summary and names the Markdown one.
pub const DEFAULT_LABEL: &str = "TL;DR";
/// Markers around an inserted Markdown summary.
pub const SUMMARY_OPEN: &str = "<!-- nutgraf:summary -->";
pub const SUMMARY_CLOSE: &str = "<!-- /nutgraf:summary -->";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    ListItem,
    BlockQuote,
    /// A speaker's turn in a transcript or dialogue, speaker label included.
    Turn,
}

/// One sentence: its span in the document, its plain text (markup removed, white space folded)
/// and the block it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    pub span: Range<usize>,
    pub text: String,
    pub block: usize,
}

/// A paragraph, list item or block quote paragraph: the unit a hover summarizes.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Range<usize>,
    /// Innermost section holding this block.
    pub section: usize,
    /// Indices into [`Article::sentences`].
    pub sentences: Range<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Heading {
    pub level: u8,
    pub span: Range<usize>,
    pub text: String,
}

/// A heading and everything under it up to the next heading of the same or a higher level.
/// Section 0 is the whole document (its heading is the title heading, if the title is one).
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: Option<Heading>,
    pub span: Range<usize>,
    /// Indices into [`Article::blocks`] (nested sections included).
    pub blocks: Range<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Title {
    /// Where the title stands: the H1, the front-matter line, or the first line.
    pub span: Range<usize>,
    pub text: String,
}

/// A summary nutgraf inserted earlier: never summarized itself, replaced when run again.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryBlock {
    /// The whole block, markers or label included.
    pub span: Range<usize>,
    /// Its text with markup and label removed.
    pub text: String,
}

/// A summary the author wrote (see [`author`](self::Article::resolve_summaries) for the forms):
/// front matter `description`/`summary`/`excerpt`/`subtitle`/`dek`, a leading `TL;DR:` /
/// `Summary:` / `In brief:` / `Key points` paragraph or list, a summary callout or block quote.
/// Never summary material itself, nor evidence when a summary is checked.
#[derive(Clone, Debug, PartialEq)]
pub struct AuthorSummary {
    /// The front-matter line(s) or the whole paragraph, list or quote, label included.
    pub span: Range<usize>,
    /// Its plain text, label removed.
    pub text: String,
    /// Where it stands, as a reader would name it.
    pub form: SummaryForm,
    /// Pieces of `text` and where each stands in the document, in order; the rest of `text`
    /// (spaces, a period closing a list item) is nowhere in the document.
    pub pieces: Vec<Piece>,
}

/// The form of an author's summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SummaryForm {
    /// A front-matter key (`description`, `dek`, …), as written.
    FrontMatter(String),
    /// A labelled paragraph (`TL;DR: …`) or a paragraph after a label (`**Summary**`).
    Paragraph,
    /// List items after a label paragraph or heading (`Key points`).
    List,
    /// A callout (`> [!summary]`) or a labelled block quote (`> **TL;DR** …`).
    Callout,
}

/// A piece of a summary's text (`text`, a byte range in it) and where it stands in the
/// document (`doc`; the text there may carry markup the piece does not).
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    pub text: Range<usize>,
    pub doc: Range<usize>,
}

/// How a piece of Markdown source reads when quoted outside its document: a reference link
/// written out as an inline link, a footnote reference or an image dropped (`with` empty).
#[derive(Clone, Debug, PartialEq)]
pub struct Rewrite {
    pub span: Range<usize>,
    pub with: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub format: Format,
    pub title: Option<Title>,
    pub front_matter: Option<Range<usize>>,
    pub sections: Vec<Section>,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub summaries: Vec<SummaryBlock>,
    /// The author's own summaries, the preferred one first (see [`Article::author_summary`]).
    pub author_summaries: Vec<AuthorSummary>,
    /// Rewrites for self-contained Markdown quotes, sorted and disjoint.
    pub rewrites: Vec<Rewrite>,
}

impl Article {
    /// Parses `text` with the default summary label, in the language it is written in.
    pub fn parse(text: &str, format: Format) -> Article {
        Article::parse_in(text, format, DEFAULT_LABEL, Language::detect(text))
    }

    /// Parses `text`; plain-text paragraphs starting with `label` are inserted summaries.
    pub fn parse_with_label(text: &str, format: Format, label: &str) -> Article {
        Article::parse_in(text, format, label, Language::detect(text))
    }

    /// Parses `text` written in `language` (its sentence rules: abbreviations, ordinals,
    /// quotation marks); plain-text paragraphs starting with `label` are inserted summaries.
    pub fn parse_in(text: &str, format: Format, label: &str, language: Language) -> Article {
        let mut a = Article::parse_part(text, format, label, language);
        a.resolve_summaries(text);
        a
    }

    /// Parses a part of a document: everything but what needs the whole (the author's
    /// summary; see [`Article::resolve_summaries`]), for articles merged from parts.
    pub fn parse_part(text: &str, format: Format, label: &str, language: Language) -> Article {
        match format {
            Format::Markdown => markdown::parse(text, language),
            Format::Plain => plain::parse(text, label, language),
        }
    }

    /// The block whose span contains `offset` (ends inclusive, so a cursor after the last
    /// character still counts).
    pub fn block_at(&self, offset: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.span.end < offset);
        (i < self.blocks.len() && self.blocks[i].span.start <= offset).then_some(i)
    }

    /// The section whose heading line contains `offset`.
    pub fn heading_at(&self, offset: usize) -> Option<usize> {
        self.sections.iter().position(|s| {
            s.heading
                .as_ref()
                .is_some_and(|h| h.span.start <= offset && offset <= h.span.end)
        })
    }

    /// The innermost section containing `offset`.
    pub fn section_at(&self, offset: usize) -> usize {
        self.sections
            .iter()
            .enumerate()
            .rev()
            .find(|(_, s)| s.span.start <= offset && offset <= s.span.end)
            .map_or(0, |(i, _)| i)
    }

    /// Whether `offset` lies on the title.
    pub fn is_title_at(&self, offset: usize) -> bool {
        self.title_at(offset).is_some()
    }

    /// The title's span under `offset`: the title itself (front-matter line, first H1 or first
    /// line), or — when the title comes from front matter — an H1 that opens the document
    /// before any block, which a reader takes for the title too.
    pub fn title_at(&self, offset: usize) -> Option<Range<usize>> {
        let within = |r: &Range<usize>| r.start <= offset && offset <= r.end;
        if let Some(t) = self.title.as_ref().filter(|t| within(&t.span)) {
            return Some(t.span.clone());
        }
        let first = self.sections.get(1)?;
        let h = first.heading.as_ref()?;
        let opens = h.level == 1 && first.blocks.start == 0 && self.title.is_some();
        (opens && within(&h.span)).then(|| h.span.clone())
    }

    /// What sentence `i` says: its plain text, less the speaker label when it opens a turn of a
    /// transcript or dialogue (who speaks is not what is said).
    pub fn said(&self, i: usize) -> &str {
        let Some(s) = self.sentences.get(i) else {
            return "";
        };
        let opens_turn = self
            .blocks
            .get(s.block)
            .is_some_and(|b| b.kind == BlockKind::Turn && b.sentences.start == i);
        match plain::speaker_len(&s.text).filter(|_| opens_turn) {
            Some(n) => s.text[n..].trim_start(),
            None => &s.text,
        }
    }

    /// The speaker label of the turn holding sentence `i` ("#Person1#:", "Anna:"), as the turn
    /// opens with it; `None` outside turns.
    pub fn speaker(&self, i: usize) -> Option<&str> {
        let b = self.blocks.get(self.sentences.get(i)?.block)?;
        if b.kind != BlockKind::Turn {
            return None;
        }
        let first = self.sentences.get(b.sentences.start)?;
        let n = plain::speaker_len(&first.text)?;
        Some(first.text[..n].trim_end())
    }

    /// Indices of the sentences that overlap `range`.
    pub fn sentences_in(&self, range: Range<usize>) -> Range<usize> {
        let start = self
            .sentences
            .partition_point(|s| s.span.end <= range.start);
        let end = self
            .sentences
            .partition_point(|s| s.span.start < range.end.max(range.start + 1));
        start..end.max(start)
    }
}

/// Builds articles: pieces push blocks and headings in document order, `finish` nests sections.
struct Builder<'a> {
    text: &'a str,
    language: Language,
    article: Article,
    headings: Vec<Heading>,
    /// For each block, how many headings came before it.
    heading_before: Vec<usize>,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, format: Format, language: Language) -> Builder<'a> {
        Builder {
            text,
            language,
            article: Article {
                format,
                title: None,
                front_matter: None,
                sections: Vec::new(),
                blocks: Vec::new(),
                sentences: Vec::new(),
                summaries: Vec::new(),
                author_summaries: Vec::new(),
                rewrites: Vec::new(),
            },
            headings: Vec::new(),
            heading_before: Vec::new(),
        }
    }

    fn heading(&mut self, level: u8, span: Range<usize>, text: String) {
        self.headings.push(Heading { level, span, text });
    }

    /// Adds a block over `span`; `clean` maps a source sub-range to its plain text. No sentence
    /// boundary falls inside a `protected` range (inline code, a link); a heading-like first
    /// line never runs on into the sentence after it; template and directive lines are left out.
    fn block(
        &mut self,
        kind: BlockKind,
        span: Range<usize>,
        protected: &[Range<usize>],
        clean: impl Fn(Range<usize>) -> String,
    ) {
        let Some(src) = self.text.get(span.clone()) else {
            return;
        };
        let block = self.article.blocks.len();
        let first = self.article.sentences.len();
        // Footnote references and images are blanked for the splitter (same byte length), so
        // "… the norm.[^1] Then …" still ends a sentence at the reference.
        let masked = self.masked(span.clone());
        let split = split_sentences_in(masked.as_deref().unwrap_or(src), self.language);
        for s in inline::sentence_spans(src, split, span.start, protected) {
            let s = self.skip_dropped(s);
            let text = clean(s.clone());
            if text.chars().any(char::is_alphanumeric) {
                self.article.sentences.push(Sentence {
                    span: s,
                    text,
                    block,
                });
            }
        }
        if self.article.sentences.len() == first {
            return;
        }
        let sentences = first..self.article.sentences.len();
        self.article.blocks.push(Block {
            kind,
            span,
            section: 0,
            sentences,
        });
        self.heading_before.push(self.headings.len());
    }

    /// The source of `span` with the dropped pieces (footnote references, images) inside it
    /// blanked, if it has any.
    fn masked(&self, span: Range<usize>) -> Option<String> {
        let rewrites = &self.article.rewrites;
        let first = rewrites.partition_point(|r| r.span.end <= span.start);
        let mut out: Option<Vec<u8>> = None;
        for r in &rewrites[first..] {
            if r.span.start >= span.end {
                break;
            }
            if !r.with.is_empty() || r.span.start < span.start || r.span.end > span.end {
                continue;
            }
            let buf = out.get_or_insert_with(|| self.text.as_bytes()[span.clone()].to_vec());
            buf[r.span.start - span.start..r.span.end - span.start].fill(b' ');
        }
        out.and_then(|b| String::from_utf8(b).ok())
    }

    /// `s` without the pieces at its start that a reader never sees as text (an image, a
    /// linked image, a Kramdown attribute list).
    fn skip_dropped(&self, mut s: Range<usize>) -> Range<usize> {
        let rewrites = &self.article.rewrites;
        loop {
            let i = rewrites.partition_point(|r| r.span.start < s.start);
            let end = match rewrites.get(i) {
                Some(r) if r.span.start == s.start && r.with.is_empty() => r.span.end,
                _ => match self.text.get(s.clone()).and_then(inline::leading_tag_len) {
                    Some(n) => s.start + n,
                    None => return s,
                },
            };
            if end >= s.end {
                return s;
            }
            let rest = &self.text[end..s.end];
            s.start = end + (rest.len() - rest.trim_start().len());
        }
    }

    fn finish(mut self) -> Article {
        let len = self.text.len();
        let a = &mut self.article;
        a.sections = nest_sections(&self.headings, &self.heading_before, &mut a.blocks, len);
        self.article
    }
}

/// Nests sections over blocks: section 0 is the whole document; section `k + 1` belongs to
/// heading `k` and runs to the next heading of the same or a higher level. `heading_before[b]`
/// is how many headings come before block `b`; each block's `section` is set to its innermost.
pub fn nest_sections(
    headings: &[Heading],
    heading_before: &[usize],
    blocks: &mut [Block],
    len: usize,
) -> Vec<Section> {
    let mut sections = vec![Section {
        heading: None,
        span: 0..len,
        blocks: 0..blocks.len(),
    }];
    let n = headings.len();
    for (k, h) in headings.iter().enumerate() {
        let end_heading = (k + 1..n).find(|&j| headings[j].level <= h.level);
        let end = end_heading.map_or(len, |j| headings[j].span.start);
        let first_block = heading_before.partition_point(|&c| c <= k);
        let last_block = match end_heading {
            Some(j) => heading_before.partition_point(|&c| c <= j),
            None => blocks.len(),
        };
        sections.push(Section {
            heading: Some(h.clone()),
            span: h.span.start..end.max(h.span.start),
            blocks: first_block..last_block.max(first_block),
        });
    }
    for (block, &before) in blocks.iter_mut().zip(heading_before) {
        // The innermost section: the last heading before the block.
        block.section = before;
    }
    sections
}

/// Folds runs of white space into single spaces and trims.
pub fn fold_space(s: &str) -> String {
    if is_folded(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    // The white space pending between two words: whether it held a line break.
    let mut pending: Option<bool> = None;
    for w in s.split_inclusive(char::is_whitespace) {
        let word = w.trim_end_matches(char::is_whitespace);
        let space = &w[word.len()..];
        if !word.is_empty() {
            if let Some(line_break) = pending.take() {
                // A line wrapped between two CJK characters joins them without a space
                // ("顯示檔案內\n容" reads "顯示檔案內容"), as Chinese and Japanese are written.
                let joined = line_break
                    && out.chars().next_back().is_some_and(crate::text::is_wide)
                    && word.chars().next().is_some_and(crate::text::is_wide);
                if !joined {
                    out.push(' ');
                }
            }
            out.push_str(word);
        }
        if !space.is_empty() && !out.is_empty() {
            pending = Some(pending.unwrap_or(false) || space.contains('\n'));
        }
    }
    out
}

/// Whether `s` has no leading or trailing white space, no white space other than single
/// spaces, and no non-ASCII white space: the common case, checked in one pass over the bytes.
fn is_folded(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Control white space (tab … carriage return) anywhere, or two spaces in a row.
    #[inline(always)]
    fn bad(c: u8, next: u8) -> u8 {
        u8::from(c.wrapping_sub(0x09) < 5) | (u8::from(c == b' ') & u8::from(next == b' '))
    }
    let mut i = 0;
    // 16 bytes at a time, in a form the compiler turns into vector compares.
    while let Some(chunk) = b.get(i..i + 17).and_then(|c| <&[u8; 17]>::try_from(c).ok()) {
        let mut m = 0u8;
        for k in 0..16 {
            m |= bad(chunk[k], chunk[k + 1]);
        }
        if m != 0 {
            return false;
        }
        i += 16;
    }
    while i < b.len() {
        if bad(b[i], b.get(i + 1).copied().unwrap_or(0)) != 0 {
            return false;
        }
        i += 1;
    }
    s.is_ascii() || !s.contains(|c: char| !c.is_ascii() && c.is_whitespace())
}

#[cfg(test)]
mod tests;

//! Markdown through `pulldown-cmark` with source offsets. Headings are structure; paragraphs,
//! list items and block-quote paragraphs are blocks; code, HTML, tables, front matter, image alt
//! text, link URLs, footnote definitions and template tags are skipped.

use std::ops::Range;

use pulldown_cmark::{Event, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use super::{
    fold_space, Article, BlockKind, Builder, Format, SummaryBlock, Title, SUMMARY_CLOSE,
    SUMMARY_OPEN,
};

#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    Item,
    Quote,
    Other,
}

struct Leaf {
    kind: BlockKind,
    span: Range<usize>,
    /// Source range and plain text of each inline piece.
    pieces: Vec<(Range<usize>, String)>,
}

pub(super) fn parse(text: &str) -> Article {
    let mut b = Builder::new(text, Format::Markdown);
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    // Front matter opens the document: a metadata block that is the document's first block.
    // pulldown-cmark, with metadata enabled, would also take a `---` rule followed by text
    // further down for a metadata block and swallow the prose up to the next `---`; so the
    // front matter's events come from a parse with metadata enabled, and the rest of the
    // document is parsed after it with metadata disabled (offsets shifted back).
    let metadata = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut front: Vec<(Event, Range<usize>)> = Vec::new();
    if text.starts_with("---") || text.starts_with("+++") {
        let mut events = Parser::new_ext(text, opts | metadata).into_offset_iter();
        let first = events.next();
        if let Some(first @ (Event::Start(Tag::MetadataBlock(_)), _)) = first {
            if first.1.start == 0 {
                front.push(first);
                for e in events.by_ref() {
                    let end = matches!(e.0, Event::End(TagEnd::MetadataBlock(_)));
                    front.push(e);
                    if end {
                        break;
                    }
                }
            }
        }
    }
    let body = front.last().map_or(0, |(_, r)| r.end);
    let body_events = Parser::new_ext(text.get(body..).unwrap_or(""), opts)
        .into_offset_iter()
        .map(|(e, r)| (e, r.start + body..r.end + body));
    let mut ctx: Vec<Ctx> = Vec::new();
    let mut skip = 0usize; // depth inside code, HTML, tables, footnotes, images, front matter
    let mut leaf: Option<Leaf> = None;
    let mut heading: Option<(u8, Range<usize>, String)> = None;
    let mut summary: Option<(usize, String)> = None;
    let mut front_title: Option<Title> = None;
    let mut in_front = false;

    let flush = |leaf: &mut Option<Leaf>, b: &mut Builder| {
        if let Some(l) = leaf.take() {
            let end = trim_end(text, l.span.clone());
            let pieces = l.pieces;
            let ordered = pieces.windows(2).all(|w| w[0].0.end <= w[1].0.start);
            b.block(l.kind, l.span.start..end, |r| {
                clean(text, &pieces, ordered, r)
            });
        }
    };

    for (event, range) in front.into_iter().chain(body_events) {
        // Inside an inserted summary, only its closing marker matters.
        if let Some((start, body)) = summary.as_mut() {
            match &event {
                Event::Html(h) | Event::InlineHtml(h) if h.contains(SUMMARY_CLOSE) => {
                    let end =
                        range.start + h.find(SUMMARY_CLOSE).unwrap_or(0) + SUMMARY_CLOSE.len();
                    let s = *start;
                    let t = fold_space(body);
                    b.article.summaries.push(SummaryBlock {
                        span: s..end.min(text.len()),
                        text: t,
                    });
                    summary = None;
                }
                Event::Text(t) | Event::Code(t) => {
                    body.push_str(t);
                }
                Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph) => {
                    body.push(' ')
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(tag) => {
                match &tag {
                    Tag::Paragraph => {
                        flush(&mut leaf, &mut b);
                        if skip == 0 {
                            leaf = Some(Leaf {
                                kind: kind_of(&ctx),
                                span: range.clone(),
                                pieces: Vec::new(),
                            });
                        }
                    }
                    Tag::Heading { level, .. } => {
                        flush(&mut leaf, &mut b);
                        if skip == 0 {
                            heading = Some((*level as u8, range.clone(), String::new()));
                        }
                    }
                    Tag::Item => {
                        flush(&mut leaf, &mut b);
                        ctx.push(Ctx::Item);
                    }
                    Tag::BlockQuote(_) => {
                        flush(&mut leaf, &mut b);
                        ctx.push(Ctx::Quote);
                    }
                    Tag::List(_) => {
                        flush(&mut leaf, &mut b);
                        ctx.push(Ctx::Other);
                    }
                    Tag::CodeBlock(_)
                    | Tag::HtmlBlock
                    | Tag::Table(_)
                    | Tag::FootnoteDefinition(_)
                    | Tag::MetadataBlock(_)
                    | Tag::DefinitionList => {
                        flush(&mut leaf, &mut b);
                        if matches!(tag, Tag::MetadataBlock(_)) && b.article.front_matter.is_none()
                        {
                            b.article.front_matter = Some(range.clone());
                            in_front = true;
                        }
                        skip += 1;
                    }
                    Tag::Image { .. } => skip += 1,
                    _ => {}
                }
                extend(&mut leaf, &range);
            }
            Event::End(end) => {
                // Only inline ends (emphasis, links, …) widen a block; a list item's end spans
                // its marker, which is not part of the text.
                let inline = matches!(
                    end,
                    TagEnd::Emphasis
                        | TagEnd::Strong
                        | TagEnd::Strikethrough
                        | TagEnd::Link
                        | TagEnd::Superscript
                        | TagEnd::Subscript
                        | TagEnd::Paragraph
                );
                if inline {
                    extend(&mut leaf, &range);
                }
                match end {
                    TagEnd::Paragraph => flush(&mut leaf, &mut b),
                    TagEnd::Heading(_) => {
                        if let Some((level, span, t)) = heading.take() {
                            let span = span.start..trim_end(text, span);
                            let t = strip_templates(&fold_space(&t));
                            if level == 1 && b.article.title.is_none() && front_title.is_none() {
                                b.article.title = Some(Title {
                                    span: span.clone(),
                                    text: t.clone(),
                                });
                            }
                            b.heading(level, span, t);
                        }
                    }
                    TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::List(_) => {
                        flush(&mut leaf, &mut b);
                        ctx.pop();
                    }
                    TagEnd::CodeBlock
                    | TagEnd::HtmlBlock
                    | TagEnd::Table
                    | TagEnd::FootnoteDefinition
                    | TagEnd::Image
                    | TagEnd::DefinitionList => skip = skip.saturating_sub(1),
                    TagEnd::MetadataBlock(_) => {
                        skip = skip.saturating_sub(1);
                        in_front = false;
                    }
                    _ => {}
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if in_front {
                    if let Some(title) = front_matter_title(text, &range, &t) {
                        if b.article.title.is_none() {
                            b.article.title = Some(title.clone());
                        }
                        front_title = Some(title);
                    }
                } else if skip > 0 {
                } else if let Some((_, _, h)) = heading.as_mut() {
                    h.push_str(&t);
                } else {
                    let l = leaf.get_or_insert_with(|| Leaf {
                        kind: kind_of(&ctx),
                        span: range.clone(),
                        pieces: Vec::new(),
                    });
                    extend_leaf(l, &range);
                    l.pieces.push((range.clone(), t.to_string()));
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, _, h)) = heading.as_mut() {
                    h.push(' ');
                } else if let Some(l) = leaf.as_mut() {
                    l.pieces.push((range.clone(), " ".to_string()));
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                if let Some(i) = h.find(SUMMARY_OPEN) {
                    flush(&mut leaf, &mut b);
                    summary = Some((range.start + i, String::new()));
                    // A one-line block holding both markers.
                    if let Some(j) = h.find(SUMMARY_CLOSE) {
                        let inner = h.get(i + SUMMARY_OPEN.len()..j).unwrap_or("");
                        let end = range.start + j + SUMMARY_CLOSE.len();
                        b.article.summaries.push(SummaryBlock {
                            span: range.start + i..end,
                            text: fold_space(inner),
                        });
                        summary = None;
                    }
                }
            }
            _ => extend(&mut leaf, &range),
        }
    }
    if let Some((start, body)) = summary {
        // An unclosed summary runs to the end of the document.
        b.article.summaries.push(SummaryBlock {
            span: start..text.len(),
            text: fold_space(&body),
        });
    }
    flush(&mut leaf, &mut b);
    b.finish()
}

fn kind_of(ctx: &[Ctx]) -> BlockKind {
    match ctx.iter().rev().find(|c| **c != Ctx::Other) {
        Some(Ctx::Item) => BlockKind::ListItem,
        Some(Ctx::Quote) => BlockKind::BlockQuote,
        _ => BlockKind::Paragraph,
    }
}

fn extend(leaf: &mut Option<Leaf>, range: &Range<usize>) {
    if let Some(l) = leaf.as_mut() {
        extend_leaf(l, range);
    }
}

fn extend_leaf(l: &mut Leaf, range: &Range<usize>) {
    l.span.start = l.span.start.min(range.start);
    l.span.end = l.span.end.max(range.end);
}

fn trim_end(text: &str, span: Range<usize>) -> usize {
    let end = span.end.min(text.len());
    match text.get(span.start..end) {
        Some(s) => span.start + s.trim_end().len(),
        None => end,
    }
}

/// Plain text of the part of a block that lies in `r`.
///
/// When the pieces come in source order without overlaps (`ordered`, as pulldown-cmark gives
/// them), the ones in `r` are found by binary search: a block of 60,000 sentences no longer
/// looks at all its pieces for each sentence.
fn clean(text: &str, pieces: &[(Range<usize>, String)], ordered: bool, r: Range<usize>) -> String {
    let first = if ordered {
        pieces.partition_point(|(src, _)| src.end <= r.start)
    } else {
        0
    };
    let mut out = String::new();
    for (src, t) in &pieces[first..] {
        if ordered && src.start >= r.end {
            break;
        }
        if src.end <= r.start || src.start >= r.end {
            continue;
        }
        // A piece whose source is its text (no escapes or entities) can be cut exactly.
        if text.get(src.clone()) == Some(t.as_str()) {
            let a = src.start.max(r.start);
            let e = src.end.min(r.end);
            out.push_str(text.get(a..e).unwrap_or(""));
        } else if src.start >= r.start {
            out.push_str(t);
        }
    }
    strip_templates(&fold_space(&out))
}

/// Removes template tags (`{{ … }}`, `{% … %}`) from plain text.
fn strip_templates(s: &str) -> String {
    if !s.contains("{{") && !s.contains("{%") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(['{']) {
        let tail = &rest[i..];
        let close = if tail.starts_with("{{") {
            tail.find("}}").map(|j| j + 2)
        } else if tail.starts_with("{%") {
            tail.find("%}").map(|j| j + 2)
        } else {
            None
        };
        match close {
            Some(j) => {
                out.push_str(&rest[..i]);
                rest = &tail[j..];
            }
            None => {
                out.push_str(&rest[..i + 1]);
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    fold_space(&out)
}

/// `title: …` (YAML) or `title = …` (TOML) in front matter.
fn front_matter_title(text: &str, range: &Range<usize>, content: &str) -> Option<Title> {
    let _ = MetadataBlockKind::YamlStyle;
    let mut pos = range.start;
    for line in content.split_inclusive('\n') {
        let t = line.trim();
        let value = t
            .strip_prefix("title:")
            .or_else(|| t.strip_prefix("title ="))
            .or_else(|| t.strip_prefix("title="));
        if let Some(v) = value {
            let v = v.trim().trim_matches(['"', '\'']).trim();
            if !v.is_empty() {
                let start = if text.get(pos..pos + line.len()) == Some(line) {
                    pos
                } else {
                    range.start
                };
                let span = start..start + line.trim_end().len();
                return Some(Title {
                    span,
                    text: v.to_string(),
                });
            }
        }
        pos += line.len();
    }
    None
}

//! Markdown through `pulldown-cmark` with source offsets. Headings are structure; paragraphs,
//! list items and block-quote paragraphs are blocks; code, HTML, tables, front matter, image alt
//! text, link URLs, footnote definitions and template tags are skipped.

use std::ops::Range;

use pulldown_cmark::{
    BrokenLink, CowStr, Event, LinkType, MetadataBlockKind, Options, Parser, Tag, TagEnd,
};

use super::{
    fold_space, quote, strip_templates, Article, BlockKind, Builder, Format, Rewrite, SummaryBlock,
    Title, SUMMARY_CLOSE, SUMMARY_OPEN,
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
    /// Inline code and links: no sentence boundary inside.
    protected: Vec<Range<usize>>,
}

/// A link being read: where it stands, how it was written, where it goes, and the source range
/// of its text.
struct OpenLink {
    range: Range<usize>,
    link_type: LinkType,
    dest: String,
    title: String,
    inner: Option<Range<usize>>,
}

pub(super) fn parse(text: &str, language: crate::text::Language) -> Article {
    let mut b = Builder::new(text, Format::Markdown, language);
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
    // `[text][label]` and `[text][]` without a definition read as their text (a shortcut `[x]`
    // without one stays as written: it is often a citation or an aside).
    let resolve = |l: BrokenLink| match l.link_type {
        LinkType::Reference | LinkType::Collapsed => {
            Some((CowStr::Borrowed(""), CowStr::Borrowed("")))
        }
        _ => None,
    };
    let body_events =
        Parser::new_with_broken_link_callback(text.get(body..).unwrap_or(""), opts, Some(resolve))
            .into_offset_iter()
            .map(|(e, r)| (e, r.start + body..r.end + body));
    let mut ctx: Vec<Ctx> = Vec::new();
    let mut skip = 0usize; // depth inside code, HTML, tables, footnotes, images, front matter
    let mut leaf: Option<Leaf> = None;
    let mut heading: Option<(u8, Range<usize>, String)> = None;
    let mut summary: Option<(usize, String)> = None;
    let mut front_title: Option<Title> = None;
    let mut in_front = false;
    let mut links: Vec<OpenLink> = Vec::new();

    let flush = |leaf: &mut Option<Leaf>, b: &mut Builder| {
        if let Some(l) = leaf.take() {
            let end = trim_end(text, l.span.clone());
            let pieces = l.pieces;
            let ordered = pieces.windows(2).all(|w| w[0].0.end <= w[1].0.start);
            // Whether each piece's source is its text, found once per block (not once per
            // sentence: a paragraph on one 5 MB line is one piece of 5 MB).
            let exact: Vec<bool> = pieces
                .iter()
                .map(|(src, t)| text.get(src.clone()) == Some(t.as_str()))
                .collect();
            b.block(l.kind, l.span.start..end, &l.protected, |r| {
                clean(text, &pieces, &exact, ordered, r)
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
        if skip == 0 && !in_front {
            let closes_link = matches!(event, Event::End(TagEnd::Link));
            let inner = links.len() - usize::from(closes_link);
            for l in &mut links[..inner] {
                let r = l.inner.get_or_insert(range.clone());
                r.start = r.start.min(range.start);
                r.end = r.end.max(range.end);
            }
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
                                protected: Vec::new(),
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
                    Tag::Image { .. } => {
                        if skip == 0 {
                            b.article.rewrites.push(Rewrite {
                                span: range.clone(),
                                with: String::new(),
                            });
                        }
                        skip += 1
                    }
                    Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        ..
                    } if skip == 0 => links.push(OpenLink {
                        // pulldown-cmark's range of a collapsed link leaves out its `[]`.
                        range: match (link_type, text.get(range.end..)) {
                            (LinkType::Collapsed, Some(rest)) if rest.starts_with("[]") => {
                                range.start..range.end + 2
                            }
                            _ => range.clone(),
                        },
                        link_type: *link_type,
                        dest: dest_url.to_string(),
                        title: title.to_string(),
                        inner: None,
                    }),
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
                    TagEnd::Link => {
                        if let Some(l) = links.pop() {
                            if let Some(leaf) = leaf.as_mut() {
                                leaf.protected.push(l.range.clone());
                            }
                            link_rewrite(text, l, &mut b.article.rewrites);
                        }
                    }
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
            Event::Text(ref t) | Event::Code(ref t) => {
                if in_front {
                    if let Some(title) = front_matter_title(text, &range, t) {
                        if b.article.title.is_none() {
                            b.article.title = Some(title.clone());
                        }
                        front_title = Some(title);
                    }
                } else if skip > 0 {
                } else if let Some((_, _, h)) = heading.as_mut() {
                    h.push_str(t);
                } else {
                    let code = matches!(event, Event::Code(_));
                    let l = leaf.get_or_insert_with(|| Leaf {
                        kind: kind_of(&ctx),
                        span: range.clone(),
                        pieces: Vec::new(),
                        protected: Vec::new(),
                    });
                    extend_leaf(l, &range);
                    if code {
                        l.protected.push(range.clone());
                    }
                    l.pieces.push((range.clone(), t.to_string()));
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, _, h)) = heading.as_mut() {
                    h.push(' ');
                } else if let Some(l) = leaf.as_mut() {
                    // A line break, folded later: a space, or nothing between CJK characters.
                    l.pieces.push((range.clone(), "\n".to_string()));
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
            Event::FootnoteReference(_) => {
                if skip == 0 {
                    b.article.rewrites.push(Rewrite {
                        span: range.clone(),
                        with: String::new(),
                    });
                }
                extend(&mut leaf, &range)
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

/// Records how link `l` reads outside the document: a reference link as an inline link, a
/// link whose reference is missing as its text, a link left without text (a linked image) as
/// nothing. The rewrites inside it are folded into its own.
fn link_rewrite(text: &str, l: OpenLink, rewrites: &mut Vec<Rewrite>) {
    let reference = matches!(
        l.link_type,
        LinkType::Reference | LinkType::Collapsed | LinkType::Shortcut
    );
    let unknown = matches!(
        l.link_type,
        LinkType::ReferenceUnknown | LinkType::CollapsedUnknown | LinkType::ShortcutUnknown
    );
    let inside = |r: &Rewrite| l.range.start <= r.span.start && r.span.end <= l.range.end;
    let has_inner_rewrites = rewrites.iter().rev().take_while(|r| inside(r)).count() > 0;
    if !(reference || unknown || has_inner_rewrites) {
        return;
    }
    let inner = match l.inner {
        Some(r) => quote::apply_rewrites(text, r, rewrites),
        None => String::new(),
    };
    while rewrites.last().is_some_and(inside) {
        rewrites.pop();
    }
    let inner = strip_templates(&inner);
    let inner = inner.trim();
    let with = if inner.is_empty() {
        String::new()
    } else if unknown || l.dest.is_empty() {
        inner.to_string()
    } else if reference || has_inner_rewrites {
        let title = if l.title.is_empty() {
            String::new()
        } else {
            format!(" \"{}\"", l.title.replace('"', "\\\""))
        };
        let dest = if l.dest.contains([' ', '(', ')']) {
            format!("<{}>", l.dest)
        } else {
            l.dest.clone()
        };
        format!("[{inner}]({dest}{title})")
    } else {
        return;
    };
    rewrites.push(Rewrite {
        span: l.range,
        with,
    });
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
/// looks at all its pieces for each sentence. `exact[i]`: piece `i`'s source is its text.
fn clean(
    text: &str,
    pieces: &[(Range<usize>, String)],
    exact: &[bool],
    ordered: bool,
    r: Range<usize>,
) -> String {
    let first = if ordered {
        pieces.partition_point(|(src, _)| src.end <= r.start)
    } else {
        0
    };
    let mut out = String::new();
    for ((src, t), &exact) in pieces[first..].iter().zip(&exact[first..]) {
        if ordered && src.start >= r.end {
            break;
        }
        if src.end <= r.start || src.start >= r.end {
            continue;
        }
        // A piece whose source is its text (no escapes or entities) can be cut exactly.
        if exact {
            let a = src.start.max(r.start);
            let e = src.end.min(r.end);
            out.push_str(text.get(a..e).unwrap_or(""));
        } else if src.start >= r.start {
            out.push_str(t);
        }
    }
    strip_templates(&fold_space(&out))
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

//! Plain text: paragraphs are separated by blank lines; the first line is the title when it looks
//! like one; short unpunctuated one-line paragraphs are headings.

use std::ops::Range;

use super::{fold_space, Article, BlockKind, Builder, Format, SummaryBlock, Title};

pub(super) fn parse(text: &str, label: &str, language: crate::text::Language) -> Article {
    let mut b = Builder::new(text, Format::Plain, language);
    let paras = paragraphs(text);
    for (i, p) in paras.iter().enumerate() {
        let src = &text[p.clone()];
        let label = label.trim();
        if !label.is_empty() && src.starts_with(label) {
            let body = src[label.len()..].trim_start_matches([':', ' ', '\t']);
            b.article.summaries.push(SummaryBlock {
                span: p.clone(),
                text: fold_space(body),
            });
            continue;
        }
        let next_is_prose = paras
            .get(i + 1)
            .is_some_and(|n| !looks_like_heading(&text[n.clone()]));
        // A title line with the text right under it, no blank line between.
        if i == 0 && b.article.title.is_none() {
            if let Some(end) = super::inline::label_line_end(src, 0, src.len())
                .filter(|&e| looks_like_heading(&src[..e]))
            {
                let t = p.start..p.start + end;
                b.article.title = Some(Title {
                    span: t.clone(),
                    text: fold_space(&text[t.clone()]),
                });
                b.heading(1, t.clone(), fold_space(&text[t]));
                let rest = p.start + end..p.end;
                let lead = text[rest.clone()].len() - text[rest.clone()].trim_start().len();
                b.block(
                    BlockKind::Paragraph,
                    rest.start + lead..rest.end,
                    &[],
                    |r| fold_space(&text[r]),
                );
                continue;
            }
        }
        if i == 0 && looks_like_heading(src) && paras.len() > 1 {
            b.article.title = Some(Title {
                span: p.clone(),
                text: fold_space(src),
            });
            b.heading(1, p.clone(), fold_space(src));
            continue;
        }
        if i > 0 && looks_like_heading(src) && next_is_prose {
            b.heading(2, p.clone(), fold_space(src));
            continue;
        }
        let kind = if is_list_line(src) {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        };
        b.block(kind, p.clone(), &[], |r| fold_space(&text[r]));
    }
    b.finish()
}

/// Byte spans of the blank-line-separated paragraphs, trimmed.
pub(crate) fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        if blank {
            if let Some(s) = start.take() {
                out.push(s..end);
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            end = pos + line.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(s..end);
    }
    out
}

/// One short line without closing punctuation: "Introduction", "Chapter Two: Master Lunre".
pub(crate) fn looks_like_heading(p: &str) -> bool {
    let p = p.trim();
    if p.len() > 200 || p.contains('\n') || p.is_empty() {
        return false;
    }
    let words = p.split_whitespace().count();
    let last = p.chars().last().unwrap_or(' ');
    words <= 16
        && !matches!(last, '.' | ',' | ';' | '!' | '"' | '”' | '…' | '。' | '！')
        && p.chars().any(char::is_alphabetic)
        && !(last == '?' && words > 8)
}

fn is_list_line(p: &str) -> bool {
    let t = p.trim_start();
    t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ") || {
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && digits < 4 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "))
    }
}

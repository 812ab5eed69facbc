//! Quotes: how a span of a document reads outside it. As plain text each sentence already
//! carries its [`Sentence::text`](super::Sentence); as Markdown a quote keeps its inline markup
//! but stands on its own: reference links written out, footnote references and images dropped,
//! block-quote continuation markers and template tags removed, white space folded.

use std::ops::Range;

use super::{fold_space, strip_templates, Article, Format, Rewrite};

impl Article {
    /// `span` of `text` as self-contained Markdown (for a plain-text document: its text with
    /// white space folded).
    pub fn quote_markdown(&self, text: &str, span: Range<usize>) -> String {
        let span = span.start.min(text.len())..span.end.min(text.len());
        match self.format {
            Format::Plain => quote_text(text.get(span).unwrap_or("")),
            Format::Markdown => {
                let raw = apply_rewrites(text, span, &self.rewrites);
                strip_templates(&quote_text(&raw))
            }
        }
    }
}

/// The source of `span` with the rewrites that lie wholly inside it applied (`rewrites` sorted
/// by start). A dropped piece takes the space before it along when punctuation follows.
pub(super) fn apply_rewrites(text: &str, span: Range<usize>, rewrites: &[Rewrite]) -> String {
    let mut out = String::with_capacity(span.len());
    let mut pos = span.start;
    let first = rewrites.partition_point(|r| r.span.start < span.start);
    for r in &rewrites[first..] {
        if r.span.start >= span.end {
            break;
        }
        if r.span.end > span.end || r.span.start < pos {
            continue;
        }
        out.push_str(text.get(pos..r.span.start).unwrap_or(""));
        out.push_str(&r.with);
        pos = r.span.end;
        let next = text[pos.min(text.len())..].chars().next();
        if r.with.is_empty() && next.is_none_or(|c| ".,;:!?)".contains(c)) {
            out.truncate(out.trim_end().len());
        }
    }
    out.push_str(text.get(pos..span.end).unwrap_or(""));
    out
}

/// How a sentence reads when quoted: its source text (inline markup kept), white space folded,
/// without the `>` markers that continue a block quote on its later lines.
pub fn quote_text(src: &str) -> String {
    if !src.contains('\n') {
        return fold_space(src);
    }
    let mut out = String::with_capacity(src.len());
    for (i, line) in src.split('\n').enumerate() {
        let mut l = line;
        if i > 0 {
            l = l.trim_start();
            while let Some(rest) = l.strip_prefix('>') {
                l = rest.trim_start();
            }
            // Folded below: a space, or nothing between two CJK characters.
            out.push('\n');
        }
        out.push_str(l);
    }
    fold_space(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(doc: &str, needle: &str) -> String {
        let a = Article::parse(doc, Format::Markdown);
        let s = a
            .sentences
            .iter()
            .find(|s| s.text.contains(needle))
            .unwrap_or_else(|| panic!("no sentence with {needle:?}"));
        a.quote_markdown(doc, s.span.clone())
    }

    #[test]
    fn markdown_quotes_stand_on_their_own() {
        let doc = "# Release\n\nSee the [release notes][notes] and [RFC 2094][] for more.[^1] \
                   Then run `cargo update`.\n\n[notes]: https://example.com/notes \"Notes\"\n\
                   [RFC 2094]: https://example.com/rfc\n[^1]: A footnote.\n";
        assert_eq!(
            quote(doc, "release notes"),
            "See the [release notes](https://example.com/notes \"Notes\") and \
             [RFC 2094](https://example.com/rfc) for more."
        );
        assert_eq!(quote(doc, "cargo"), "Then run `cargo update`.");
        let doc = "A book is out [![cover](c.gif){: .icon}][cover] today, see [Missing][nope].\n\n\
                   [cover]: https://example.com/b\n";
        assert_eq!(quote(doc, "book"), "A book is out today, see Missing.");
        let doc = "Text with a footnote [^n] and an image ![alt](i.png) inline.\n\n[^n]: Note.\n";
        assert_eq!(
            quote(doc, "footnote"),
            "Text with a footnote and an image inline."
        );
        let doc = "> A quoted line\n> continues [here][h].\n\n[h]: /x\n";
        assert_eq!(quote(doc, "quoted"), "A quoted line continues [here](/x).");
    }

    #[test]
    fn quotes_read_as_prose() {
        assert_eq!(
            quote_text("A quoted line\n> continues here."),
            "A quoted line continues here."
        );
        assert_eq!(quote_text("Nested\n>> > deep one."), "Nested deep one.");
        assert_eq!(
            quote_text("Plain  **bold** [link](u)."),
            "Plain **bold** [link](u)."
        );
    }
}

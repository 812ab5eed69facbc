//! The inserted summary block, as text: the same for the command line and the editor.

use crate::article::{Format, SUMMARY_CLOSE, SUMMARY_OPEN};

/// How a Markdown summary block looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Style {
    /// `> **TL;DR:** …`
    #[default]
    Blockquote,
    /// `> [!NOTE] TL;DR` callout (GitHub, Obsidian).
    Callout,
    /// `**TL;DR:** …` as a paragraph.
    Plain,
}

impl Style {
    pub fn from_name(name: &str) -> Option<Style> {
        match name {
            "blockquote" => Some(Style::Blockquote),
            "callout" => Some(Style::Callout),
            "plain" => Some(Style::Plain),
            _ => None,
        }
    }
}

/// The summary block for `summary` (one line of text), without a trailing newline.
/// Markdown: wrapped in the nutgraf markers; plain text: a paragraph starting with `label`.
pub fn render_block(summary: &str, format: Format, style: Style, label: &str) -> String {
    let summary = crate::article::fold_space(summary);
    match format {
        Format::Plain => format!("{label}: {summary}"),
        Format::Markdown => {
            let body = match style {
                Style::Blockquote => format!("> **{label}:** {summary}"),
                Style::Callout => format!("> [!NOTE] {label}\n> {summary}"),
                Style::Plain => format!("**{label}:** {summary}"),
            };
            format!("{SUMMARY_OPEN}\n{body}\n{SUMMARY_CLOSE}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    #[test]
    fn blocks_are_recognised_when_parsed_back() {
        for style in [Style::Blockquote, Style::Callout, Style::Plain] {
            let block = render_block(
                "It rained. Roads  flooded.",
                Format::Markdown,
                style,
                "TL;DR",
            );
            let doc =
                format!("# Storm\n\n{block}\n\nIt rained all night. Roads flooded by morning.\n");
            let a = Article::parse(&doc, Format::Markdown);
            assert_eq!(a.summaries.len(), 1, "{style:?}: {doc}");
            assert!(
                a.summaries[0].text.ends_with("It rained. Roads flooded."),
                "{:?}",
                a.summaries[0].text
            );
            assert_eq!(&doc[a.summaries[0].span.clone()], block);
            assert_eq!(a.blocks.len(), 1, "the summary is not itself a block");
        }
        assert_eq!(
            render_block("A. B.", Format::Plain, Style::Blockquote, "TL;DR"),
            "TL;DR: A. B."
        );
        // A plain-text block is nutgraf's when it quotes the document (else the author's).
        let doc = "Storm\n\nTL;DR: Roads flooded.\n\nIt rained all night. Roads flooded.\n";
        let a = Article::parse(doc, Format::Plain);
        assert_eq!(a.summaries.len(), 1);
        assert_eq!(a.summaries[0].text, "Roads flooded.");
    }
}

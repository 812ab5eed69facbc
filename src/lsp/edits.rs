//! Summary blocks in the text: what an action (a code action, a lens, a quick fix) inserts or
//! updates, where it goes, and what a block already in the document summarizes. Every feature
//! that writes a summary into the document makes its edit here, so they all make the same one.
//!
//! An inserted summary goes right after what it summarizes (the title or front matter for the
//! article, the heading for a section, the block for a paragraph or selection), separated by
//! blank lines. If a summary block already sits there, it is replaced instead.

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use tower_lsp_server::jsonrpc::{Error, ErrorCode};
use tower_lsp_server::ls_types::{
    DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, TextEdit,
    WorkspaceEdit,
};

use super::analysis::Analysis;
use super::config::Config;
use super::documents::Snapshot;
use super::engine::{self, Target};
use super::gists::clip;
use crate::article::{Article, Format};
use crate::summarize::render::render_block;
use crate::summarize::Budget;
use crate::text::Encoding;

/// What an action does and where (byte offsets into the version in [`Data::version`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "camelCase")]
pub enum Action {
    Article,
    Section {
        at: usize,
    },
    Paragraph {
        at: usize,
    },
    Selection {
        start: usize,
        end: usize,
    },
    Replace {
        start: usize,
        end: usize,
    },
    Update {
        at: usize,
    },
    /// Sets the front matter's description to a short plain-text summary.
    Description,
}

/// The `data` of a listed action.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Data {
    pub uri: String,
    pub version: i32,
    #[serde(flatten)]
    pub action: Action,
}

/// A text edit in bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    pub range: Range<usize>,
    pub text: String,
}

/// The innermost section with a heading around `offset`, unless that heading is the title.
pub fn section_with_heading(a: &Article, offset: usize) -> Option<usize> {
    let i = a.section_at(offset);
    let h = a.sections.get(i)?.heading.as_ref()?;
    let is_title = a.title.as_ref().is_some_and(|t| t.span == h.span);
    (!is_title).then_some(i)
}

/// Whether the offsets of `action` (which come back from the client) fit `text`: inside it, on
/// character boundaries, `start ≤ end`.
pub fn check(action: &Action, text: &str) -> Result<(), String> {
    let fits = |i: usize| text.is_char_boundary(i);
    let bad = |what: String| {
        Err(format!(
            "this code action's data does not fit the document ({} bytes): {what}",
            text.len()
        ))
    };
    match *action {
        Action::Article | Action::Description => Ok(()),
        Action::Section { at } | Action::Paragraph { at } | Action::Update { at } => {
            if fits(at) {
                Ok(())
            } else {
                bad(format!("offset {at}"))
            }
        }
        Action::Selection { start, end } | Action::Replace { start, end } => {
            if start <= end && fits(start) && fits(end) {
                Ok(())
            } else {
                bad(format!("range {start}..{end}"))
            }
        }
    }
}

pub fn invalid(msg: impl Into<String>) -> Error {
    Error {
        code: ErrorCode::InvalidParams,
        message: msg.into().into(),
        data: None,
    }
}

/// ContentModified: the document changed since `version`, for which an action was offered.
pub fn modified(what: &str, version: i32, now: i32, hint: &str) -> Error {
    Error {
        code: ErrorCode::ContentModified,
        message: format!(
            "the document changed since this {what} was offered (version {version} → {now}); {hint}"
        )
        .into(),
        data: None,
    }
}

/// The edit for the client: versioned `documentChanges` if `versioned`, else `changes`.
pub fn workspace_edit(snap: &Snapshot, e: &Edit, enc: Encoding, versioned: bool) -> WorkspaceEdit {
    let edit = TextEdit {
        range: snap.lsp_range(&e.range, enc),
        new_text: e.text.clone(),
    };
    if versioned {
        return WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier {
                    uri: snap.uri.clone(),
                    version: Some(snap.version),
                },
                edits: vec![OneOf::Left(edit)],
            }])),
            ..Default::default()
        };
    }
    WorkspaceEdit {
        changes: Some(HashMap::from([(snap.uri.clone(), vec![edit])])),
        ..Default::default()
    }
}

/// The edit an action makes on this version.
pub fn edit_for(
    snap: &Snapshot,
    an: &Analysis,
    cfg: &Config,
    action: &Action,
) -> Result<Edit, String> {
    let text = &snap.text[..];
    let a = &an.article;
    let eol = eol(text);
    let nothing = || "nothing to summarize here".to_string();
    let (target, anchor) = match action {
        Action::Article => (Target::Article, article_anchor(text, a)),
        Action::Section { at } => {
            let i = section_with_heading(a, *at).ok_or_else(nothing)?;
            let h = a.sections[i].heading.as_ref().ok_or_else(nothing)?;
            (Target::Section(i), Some(h.span.end))
        }
        Action::Paragraph { at } => {
            let b = a.block_at(*at).ok_or_else(nothing)?;
            (Target::Block(b), Some(a.blocks[b].span.end))
        }
        Action::Selection { start, end } => {
            let r = *start..*end;
            let ids = a.sentences_in(r.clone());
            let last = ids
                .end
                .checked_sub(1)
                .filter(|_| !ids.is_empty())
                .ok_or_else(nothing)?;
            let b = a.sentences[last].block;
            (Target::Range(r), Some(a.blocks[b].span.end))
        }
        Action::Replace { start, end } => {
            let r = *start..(*end).min(text.len());
            let s = engine::summarize(an, text, &Target::Range(r.clone()), cfg.budget());
            if s.picks.is_empty() {
                return Err(nothing());
            }
            return Ok(Edit {
                range: r,
                text: s.markdown(a, text),
            });
        }
        Action::Description => {
            let fm = a
                .front_matter
                .clone()
                .filter(|_| a.format == Format::Markdown)
                .ok_or_else(|| "this document has no front matter".to_string())?;
            let summary = description(an, text, cfg.description_max_chars).ok_or_else(nothing)?;
            return Ok(set_front_matter_key(
                text,
                fm,
                &cfg.description_key,
                &summary,
                eol,
            ));
        }
        Action::Update { at } => {
            let i = a
                .summaries
                .iter()
                .position(|s| s.span.contains(at) || s.span.start == *at)
                .ok_or_else(|| "there is no summary here any more".to_string())?;
            let target = summary_target(text, a, i)
                .ok_or_else(|| "cannot tell what this summary summarizes".to_string())?;
            let s = engine::summarize(an, text, &target, cfg.budget());
            if s.picks.is_empty() {
                return Err(nothing());
            }
            return Ok(Edit {
                range: a.summaries[i].span.clone(),
                text: render(cfg, a.format, &s.markdown(a, text), eol),
            });
        }
    };
    let s = engine::summarize(an, text, &target, cfg.budget());
    if s.picks.is_empty() {
        return Err(nothing());
    }
    let block = render(cfg, a.format, &s.markdown(a, text), eol);
    Ok(place(text, a, anchor, &block, eol))
}

/// A plain-text summary of the article in at most `max` characters: the most sentences (up to
/// three) that fit, else the best one cut at a word boundary.
pub fn description(an: &Analysis, text: &str, max: usize) -> Option<String> {
    for k in (1..=3).rev() {
        let s = engine::summarize(an, text, &Target::Article, Budget::Sentences(k));
        let t = s.text();
        if t.is_empty() {
            return None;
        }
        if t.chars().count() <= max {
            return Some(t);
        }
        if k == 1 {
            return Some(clip(&t, max));
        }
    }
    None
}

/// Sets top-level `key` of the front matter at `fm` (YAML between `---`, TOML between `+++`)
/// to the string `value`: the line (and a block or multi-line value's continuation lines) is
/// replaced, or a line is added after the top-level keys. Every other line stays as it was,
/// byte for byte.
pub fn set_front_matter_key(
    text: &str,
    fm: Range<usize>,
    key: &str,
    value: &str,
    eol: &str,
) -> Edit {
    let fm = fm.start.min(text.len())..fm.end.min(text.len());
    let src = &text[fm.clone()];
    let toml = src.starts_with("+++");
    let delim = if toml { "+++" } else { "---" };
    let line = if toml {
        format!("{key} = {}", quoted(value))
    } else {
        format!("{key}: {}", quoted(value))
    };
    // Lines after the opening delimiter, up to the closing one: (start offset, line without
    // its end).
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut at = fm.start;
    let mut closing = fm.end;
    for (i, l) in src.split_inclusive('\n').enumerate() {
        let bare = l.trim_end_matches(['\n', '\r']);
        if i > 0 {
            if bare.trim_end() == delim {
                closing = at;
                break;
            }
            lines.push((at, bare));
        }
        at += l.len();
    }
    let quoted_keys = [format!("\"{key}\""), format!("'{key}'")];
    let is_key = |l: &str| {
        let rest = l
            .strip_prefix(key)
            .or_else(|| quoted_keys.iter().find_map(|q| l.strip_prefix(q.as_str())));
        rest.is_some_and(|r| {
            let r = r.trim_start_matches([' ', '\t']);
            if toml {
                r.starts_with('=')
            } else {
                r.starts_with(':') && (r.len() == 1 || r[1..].starts_with([' ', '\t']))
            }
        })
    };
    // TOML keys after a `[table]` header belong to that table.
    let top = if toml {
        lines
            .iter()
            .position(|(_, l)| l.trim_start().starts_with('['))
            .unwrap_or(lines.len())
    } else {
        lines.len()
    };
    let triple = ["\"\"\"", "'''"];
    if let Some(i) = lines[..top].iter().position(|(_, l)| is_key(l)) {
        let (start, l) = lines[i];
        let mut end = start + l.len();
        let sep = if toml { '=' } else { ':' };
        let value_part = l.split_once(sep).map_or("", |(_, v)| v.trim());
        let open_triple = toml
            && triple
                .iter()
                .any(|q| value_part.starts_with(q) && !value_part[q.len()..].contains(q));
        for &(p, next) in &lines[i + 1..top] {
            let continues =
                open_triple || (!toml && next.starts_with([' ', '\t']) && !next.trim().is_empty());
            if !continues {
                break;
            }
            end = p + next.len();
            if open_triple && triple.iter().any(|q| next.contains(q)) {
                break;
            }
        }
        return Edit {
            range: start..end,
            text: line,
        };
    }
    // After the last top-level line that is not blank (before a blank line and a table).
    let after = lines[..top]
        .iter()
        .rposition(|(_, l)| !l.trim().is_empty())
        .map_or(0, |j| j + 1);
    let insert_at = lines.get(after).map_or(closing, |(p, _)| *p);
    Edit {
        range: insert_at..insert_at,
        text: format!("{line}{eol}"),
    }
}

/// `value` as a double-quoted YAML or TOML basic string (the same escapes serve both).
fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The line ending the document uses.
pub fn eol(text: &str) -> &'static str {
    match memchr::memchr2(b'\n', b'\r', text.as_bytes()) {
        Some(i) if text[i..].starts_with("\r\n") => "\r\n",
        Some(i) if text[i..].starts_with('\r') => "\r",
        _ => "\n",
    }
}

/// The summary block for `summary`, with the document's line endings.
pub fn render(cfg: &Config, format: Format, summary: &str, eol: &str) -> String {
    let b = render_block(summary, format, cfg.style, &cfg.label);
    if eol == "\n" {
        b
    } else {
        b.replace('\n', eol)
    }
}

/// Where the article summary goes: after the title (when nothing but front matter precedes
/// it), else after the front matter (or a first-level heading right after it); `None`: at the
/// top of the document.
pub fn article_anchor(text: &str, a: &Article) -> Option<usize> {
    // After the author's own leading summary, never around it.
    let in_front_matter = |r: &std::ops::Range<usize>| {
        a.front_matter
            .as_ref()
            .is_some_and(|f| f.start <= r.start && r.start < f.end)
    };
    if let Some(end) = a
        .author_summaries
        .iter()
        .filter(|m| !in_front_matter(&m.span))
        .map(|m| m.span.end)
        .max()
    {
        return Some(end.min(text.len()));
    }
    let fm = a.front_matter.as_ref().map(|r| {
        let r = r.start.min(text.len())..r.end.min(text.len());
        r.start + text[r.clone()].trim_end().len()
    });
    let first_block = a.blocks.first().map_or(usize::MAX, |b| b.span.start);
    if let Some(t) = &a.title {
        let in_fm = a
            .front_matter
            .as_ref()
            .is_some_and(|r| r.start <= t.span.start && t.span.start < r.end);
        if !in_fm && t.span.start < first_block {
            return Some(t.span.end);
        }
    }
    let end = fm?;
    let next = end + (text[end..].len() - text[end..].trim_start().len());
    let h1 = a
        .sections
        .iter()
        .filter_map(|s| s.heading.as_ref())
        .find(|h| h.level == 1 && h.span.start == next && next < first_block);
    Some(h1.map_or(end, |h| h.span.end))
}

/// Whether only white space lies between `anchor` (`None`: the top) and `start`.
fn directly_after(text: &str, anchor: Option<usize>, start: usize) -> bool {
    let a = anchor.unwrap_or(0);
    a <= start && text.get(a..start).is_some_and(|s| s.trim().is_empty())
}

/// What the summary block `i` summarizes, judged by what it follows.
pub fn summary_target(text: &str, a: &Article, i: usize) -> Option<Target> {
    let start = a.summaries.get(i)?.span.start;
    if directly_after(text, article_anchor(text, a), start) || text[..start].trim().is_empty() {
        return Some(Target::Article);
    }
    for (k, sec) in a.sections.iter().enumerate() {
        if let Some(h) = &sec.heading {
            if directly_after(text, Some(h.span.end), start) {
                let is_title = a.title.as_ref().is_some_and(|t| t.span == h.span);
                return Some(if is_title {
                    Target::Article
                } else {
                    Target::Section(k)
                });
            }
        }
    }
    let b = a
        .blocks
        .partition_point(|b| b.span.end <= start)
        .checked_sub(1)?;
    directly_after(text, Some(a.blocks[b].span.end), start).then_some(Target::Block(b))
}

/// Inserts `block` after `anchor` (or replaces the summary block already there).
pub fn place(text: &str, a: &Article, anchor: Option<usize>, block: &str, eol: &str) -> Edit {
    let p = anchor.unwrap_or(0).min(text.len());
    let rest = &text[p..];
    let next = p + (rest.len() - rest.trim_start().len());
    if let Some(s) = a.summaries.iter().find(|s| s.span.start == next) {
        return Edit {
            range: s.span.clone(),
            text: block.to_string(),
        };
    }
    let at = |t: String| Edit {
        range: if anchor.is_none() { next..next } else { p..p },
        text: t,
    };
    if anchor.is_none() {
        return if rest.trim().is_empty() {
            at(format!("{block}{eol}"))
        } else {
            at(format!("{block}{eol}{eol}"))
        };
    }
    if rest.trim().is_empty() {
        let tail = if rest.is_empty() { eol } else { "" };
        at(format!("{eol}{eol}{block}{tail}"))
    } else if starts_with_blank_line(rest) {
        at(format!("{eol}{eol}{block}"))
    } else if rest.starts_with(['\n', '\r']) {
        at(format!("{eol}{eol}{block}{eol}"))
    } else {
        at(format!("{eol}{eol}{block}{eol}{eol}"))
    }
}

/// `rest` starts with the end of a line and then a blank line.
fn starts_with_blank_line(rest: &str) -> bool {
    fn eat_eol(s: &str) -> Option<&str> {
        s.strip_prefix("\r\n")
            .or_else(|| s.strip_prefix('\n'))
            .or_else(|| s.strip_prefix('\r'))
    }
    let s = rest.trim_start_matches([' ', '\t']);
    let Some(s) = eat_eol(s) else {
        return false;
    };
    let s = s.trim_start_matches([' ', '\t']);
    s.is_empty() || eat_eol(s).is_some()
}

/// Applies one edit to `text` (for tests and the command).
pub fn apply(text: &str, e: &Edit) -> String {
    let mut out = String::with_capacity(text.len() + e.text.len());
    out.push_str(&text[..e.range.start]);
    out.push_str(&e.text);
    out.push_str(&text[e.range.end..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BLOCK: &str = "<!-- nutgraf:summary -->\n> **TL;DR:** X.\n<!-- /nutgraf:summary -->";

    fn md(text: &str) -> Article {
        Article::parse(text, Format::Markdown)
    }

    #[test]
    fn article_summary_goes_after_the_title_once() {
        let t = "# Title\n\nPara one. Two.\n";
        let a = md(t);
        let e = place(t, &a, article_anchor(t, &a), BLOCK, "\n");
        let t2 = apply(t, &e);
        assert_eq!(t2, format!("# Title\n\n{BLOCK}\n\nPara one. Two.\n"));
        let a2 = md(&t2);
        assert_eq!(a2.summaries.len(), 1);
        let e2 = place(&t2, &a2, article_anchor(&t2, &a2), BLOCK, "\n");
        assert_eq!(apply(&t2, &e2), t2);
        assert_eq!(summary_target(&t2, &a2, 0), Some(Target::Article));
    }

    #[test]
    fn anchors_without_title_and_with_front_matter() {
        let t = "Para one. Two.\n";
        let a = md(t);
        assert_eq!(article_anchor(t, &a), None);
        let t2 = apply(t, &place(t, &a, None, BLOCK, "\n"));
        assert_eq!(t2, format!("{BLOCK}\n\nPara one. Two.\n"));
        assert_eq!(summary_target(&t2, &md(&t2), 0), Some(Target::Article));

        let t = "---\ntitle: T\n---\n# Big\n\nPara. Two.";
        let a = md(t);
        let t2 = apply(t, &place(t, &a, article_anchor(t, &a), BLOCK, "\n"));
        assert_eq!(
            t2,
            format!("---\ntitle: T\n---\n# Big\n\n{BLOCK}\n\nPara. Two.")
        );

        let t = "# Title";
        let a = md(t);
        let t2 = apply(t, &place(t, &a, article_anchor(t, &a), BLOCK, "\n"));
        assert_eq!(t2, format!("# Title\n\n{BLOCK}\n"));
    }

    #[test]
    fn crlf_and_tight_following_lines() {
        let t = "# T\r\nPara one.\r\n";
        let a = md(t);
        let block = BLOCK.replace('\n', "\r\n");
        let t2 = apply(t, &place(t, &a, article_anchor(t, &a), &block, "\r\n"));
        assert_eq!(t2, format!("# T\r\n\r\n{block}\r\n\r\nPara one.\r\n"));
        assert_eq!(md(&t2).summaries.len(), 1);
        assert_eq!(eol(t), "\r\n");
        assert_eq!(eol("a\nb"), "\n");
    }

    #[test]
    fn resolve_data_must_fit_the_text() {
        let t = "Café. Two.";
        assert!(check(&Action::Article, t).is_ok());
        assert!(check(
            &Action::Replace {
                start: 0,
                end: t.len()
            },
            t
        )
        .is_ok());
        assert!(check(&Action::Selection { start: 6, end: 2 }, t).is_err());
        assert!(check(
            &Action::Replace {
                start: 0,
                end: t.len() + 1
            },
            t
        )
        .is_err());
        assert!(check(&Action::Paragraph { at: 4 }, t).is_err(), "inside é");
        assert!(check(&Action::Update { at: usize::MAX }, t).is_err());
        assert!(check(&Action::Section { at: t.len() }, t).is_ok());
    }

    #[test]
    fn targets_of_summaries() {
        let t = format!("# T\n\nIntro. More.\n\n## Part\n\n{BLOCK}\n\nBody. Text.\n\n{BLOCK}\n");
        let a = md(&t);
        assert_eq!(a.summaries.len(), 2);
        assert!(matches!(
            summary_target(&t, &a, 0),
            Some(Target::Section(_))
        ));
        assert_eq!(summary_target(&t, &a, 1), Some(Target::Block(1)));
    }

    #[test]
    fn front_matter_keys_set_and_replaced() {
        let set = |t: &str, v: &str| {
            let a = md(t);
            let fm = a.front_matter.clone().unwrap();
            apply(t, &set_front_matter_key(t, fm, "description", v, "\n"))
        };
        // Added after the other keys; the rest byte for byte; quotes and backslashes escaped.
        let t = "---\ntitle: Harbour  # the name\ntags: [a, b]\n---\n\nText here.\n";
        assert_eq!(
            set(t, r#"A "new" barrier: \ paid."#),
            "---\ntitle: Harbour  # the name\ntags: [a, b]\ndescription: \"A \\\"new\\\" barrier: \\\\ paid.\"\n---\n\nText here.\n"
        );
        // Replaced, with a folded block's lines.
        let t = "---\ndescription: >\n  Old text\n  on two lines.\nauthor: Jo\n---\nBody.\n";
        assert_eq!(
            set(t, "New."),
            "---\ndescription: \"New.\"\nauthor: Jo\n---\nBody.\n"
        );
        // A key that only starts like it is left alone.
        let t = "---\ndescriptions: x\n---\nBody.\n";
        assert_eq!(
            set(t, "N."),
            "---\ndescriptions: x\ndescription: \"N.\"\n---\nBody.\n"
        );
        // TOML: before the first table; replaced in place; multi-line strings.
        let t = "+++\ntitle = \"T\"\n\n[params]\ndescription = \"not this\"\n+++\nBody.\n";
        assert_eq!(
            set(t, "N."),
            "+++\ntitle = \"T\"\ndescription = \"N.\"\n\n[params]\ndescription = \"not this\"\n+++\nBody.\n"
        );
        let t = "+++\ndescription = \"\"\"\nold\nlines\"\"\"\ndate = 2024-01-01\n+++\nBody.\n";
        assert_eq!(
            set(t, "N."),
            "+++\ndescription = \"N.\"\ndate = 2024-01-01\n+++\nBody.\n"
        );
    }
}

//! Sentences inside a block, as a reader sees them: no boundary inside inline code or a link, a
//! heading-like first line ("Personal experiences", "**Update**") never run on into the sentence
//! after it, and template, directive and import lines (`{% … %}`, `:::note`, `!!! tip`,
//! `{: .class}`, MDX `import`) left out of every sentence.

use std::ops::Range;

/// The sentences of a block's source `src` (which starts at byte `offset` of the document):
/// `split` are the splitter's spans relative to `src`; the result is absolute.
pub(super) fn sentence_spans(
    src: &str,
    split: Vec<Range<usize>>,
    offset: usize,
    protected: &[Range<usize>],
) -> Vec<Range<usize>> {
    // No boundary inside a protected range.
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(split.len());
    for s in split {
        let s = s.start + offset..s.end + offset;
        if let Some(last) = merged.last_mut() {
            let (gap_start, gap_end) = (last.end, s.start);
            if protected
                .iter()
                .any(|p| p.start < gap_end && gap_start < p.end)
            {
                last.end = s.end;
                continue;
            }
        }
        merged.push(s);
    }
    let mut out = Vec::with_capacity(merged.len());
    for s in merged {
        let mut start = s.start;
        // Heading-like first lines become sentences of their own.
        while let Some(line_end) = label_line_end(src, start - offset, s.end - offset) {
            let label = start..line_end + offset;
            out.extend(trim_directives(src, offset, label));
            start = line_end + offset;
            start += src[start - offset..s.end - offset].len()
                - src[start - offset..s.end - offset].trim_start().len();
        }
        out.extend(trim_directives(src, offset, start..s.end));
    }
    out
}

/// The sentence `r` (absolute) less leading and trailing template, directive and import lines;
/// `None` when nothing is left.
fn trim_directives(src: &str, offset: usize, r: Range<usize>) -> Option<Range<usize>> {
    let s = src.get(r.start - offset..r.end - offset)?;
    let lead = directive_prefix_len(s);
    let body = &s[lead..];
    let trail = directive_suffix_len(body);
    let body = &body[..body.len() - trail];
    let start = r.start + lead;
    (!body.trim().is_empty()).then(|| start..start + body.trim_end().len())
}

/// Length of the template tags and directive lines that open `s`, with the space after them.
fn directive_prefix_len(s: &str) -> usize {
    // Every tag or directive starts with one of these.
    if !s.starts_with([':', '!', '?', '{', 'i', 'e']) {
        return 0;
    }
    let mut i = 0;
    loop {
        let rest = &s[i..];
        let n = leading_tag_len(rest).or_else(|| {
            let line_end = rest.find('\n').unwrap_or(rest.len());
            let line = &rest[..line_end];
            (is_directive_line(line) && line_end < rest.len()).then_some(line_end)
        });
        match n {
            Some(n) if n > 0 => {
                i += n;
                i += s[i..].len() - s[i..].trim_start().len();
            }
            _ => return i,
        }
    }
}

/// Length of the directive lines that close `s` (with the line break before them).
fn directive_suffix_len(s: &str) -> usize {
    let mut end = s.trim_end().len();
    while let Some(nl) = memchr::memrchr(b'\n', &s.as_bytes()[..end]) {
        let line = &s[nl + 1..end];
        if !is_directive_line(line) {
            break;
        }
        end = s[..nl].trim_end().len();
    }
    s.len() - end
}

/// A template tag that never renders as prose, at the start of `s`: `{% … %}`, `{# … #}`,
/// `{{< … >}}`, `{{% … %}}`, `{: … }`; or an output expression `{{ … }}` alone on its line.
pub(super) fn leading_tag_len(s: &str) -> Option<usize> {
    let pairs: [(&str, &str); 5] = [
        ("{{<", ">}}"),
        ("{{%", "%}}"),
        ("{%", "%}"),
        ("{#", "#}"),
        ("{:", "}"),
    ];
    for (open, close) in pairs {
        if let Some(rest) = s.strip_prefix(open) {
            return rest.find(close).map(|j| open.len() + j + close.len());
        }
    }
    if let Some(rest) = s.strip_prefix("{{") {
        let j = rest.find("}}")? + 4;
        let after = &s[j..];
        let line_rest = &after[..after.find('\n').unwrap_or(after.len())];
        if line_rest.trim().is_empty() {
            return Some(j);
        }
    }
    None
}

/// A line that is markup for a tool, not prose: an admonition fence (`:::note`, `:::`,
/// `!!! tip "Title"`, `??? note`), a template line, a Kramdown attribute list, an MDX
/// `import`/`export` statement.
pub(super) fn is_directive_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return false;
    }
    if t.starts_with(":::") || t.starts_with("!!! ") || t.starts_with("??? ") || t == "!!!" {
        return true;
    }
    if let Some(n) = leading_tag_len(t) {
        let rest = &t[n..];
        return rest.trim().is_empty() || leading_tag_len(rest.trim_start()).is_some();
    }
    is_mdx_statement(t)
}

/// `import X from "y"`, `import { a } from 'b';`, `import "./style.css"`, `export const x = …`,
/// `export default …`.
fn is_mdx_statement(t: &str) -> bool {
    if let Some(rest) = t.strip_prefix("import ") {
        let quoted = rest.starts_with(['"', '\'']);
        return quoted || rest.contains(" from \"") || rest.contains(" from '");
    }
    if let Some(rest) = t.strip_prefix("export ") {
        return ["const ", "default ", "function ", "let ", "var ", "{", "* "]
            .iter()
            .any(|k| rest.starts_with(k));
    }
    false
}

/// If the sentence `src[start..end]` opens with a heading-like line followed by more text — a
/// title, a label or a bold run-in heading without closing punctuation, shorter than the text
/// after it — the end of that line.
pub(super) fn label_line_end(src: &str, start: usize, end: usize) -> Option<usize> {
    let s = src.get(start..end)?;
    let nl = memchr::memchr(b'\n', s.as_bytes())?;
    let line = s[..nl].trim();
    let rest = s[nl + 1..].trim_start();
    if line.is_empty() || rest.is_empty() || is_directive_line(line) {
        return None;
    }
    let words = line.split_whitespace().count();
    if words > 12 || !line.chars().any(char::is_alphabetic) {
        return None;
    }
    let last = line.trim_end_matches(['*', '_', '`', ' ']).chars().last()?;
    if matches!(
        last,
        '.' | ',' | ';' | ':' | '!' | '?' | '…' | '-' | '–' | '—' | '(' | '/' | '&' | '+' | '='
    ) || matches!(last, '。' | '！' | '？' | '，' | '；' | '：')
    {
        return None;
    }
    // A quotation opened on the line and not closed goes on into the next one (“Ruby source
    // code Kanzen⏎Kaisetsu” is one title).
    if crate::text::sentences::leaves_quote_open(line) {
        return None;
    }
    // The next line starts a sentence.
    let first = rest.chars().find(|c| c.is_alphanumeric())?;
    if !(first.is_uppercase() || first.is_numeric()) {
        return None;
    }
    // A heading stands out: all in bold, or in title case; or it does not end in a word that
    // leads on, and is not a line of hard-wrapped prose: the text after it is one line, or the
    // next word would have fitted on it.
    let bold = (line.starts_with("**") && line.ends_with("**"))
        || (line.starts_with("__") && line.ends_with("__"));
    if !(bold || is_title_case(line)) {
        let last_word = line
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        if crate::text::words::leads_on(&last_word) {
            return None;
        }
        let after = &s[nl + 1..];
        let one_line = !after.trim().contains('\n');
        let width = after.lines().map(|l| l.trim().len()).max()?;
        let next_word = rest.split_whitespace().next().unwrap_or("").len();
        let room = (line.len() + 1 + next_word) * 10 <= width * 8;
        if !(one_line || room) {
            return None;
        }
    }
    Some(start + s[..nl].trim_end().len())
}

/// Every word of four letters or more starts with a capital, and there are at least two.
fn is_title_case(line: &str) -> bool {
    let long: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 4)
        .collect();
    long.len() >= 2
        && long
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
}

/// Removes template tags (`{{ … }}`, `{% … %}`, `{# … #}`) and Kramdown attribute lists
/// (`{: … }`) from plain text.
pub fn strip_templates(s: &str) -> String {
    if !s.contains('{') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('{') {
        let tail = &rest[i..];
        let close = if tail.starts_with("{{") {
            tail.find("}}").map(|j| j + 2)
        } else if tail.starts_with("{%") {
            tail.find("%}").map(|j| j + 2)
        } else if tail.starts_with("{#") {
            tail.find("#}").map(|j| j + 2)
        } else if tail.starts_with("{:") {
            tail.find('}').map(|j| j + 1)
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
    super::fold_space(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(src: &str, split: &[(usize, usize)], protected: &[Range<usize>]) -> Vec<String> {
        let split = split.iter().map(|&(a, b)| a..b).collect();
        sentence_spans(src, split, 0, protected)
            .into_iter()
            .map(|r| src[r].to_string())
            .collect()
    }

    #[test]
    fn no_boundary_inside_code_or_links() {
        let src = "Let `x = a.b? c` be set. Then go.";
        // A splitter that cut after "a.b?".
        let cut = src.find("? ").unwrap() + 1;
        let code = src.find('`').unwrap()..src.find(" be").unwrap();
        let next = src.find("Then").unwrap();
        assert_eq!(
            spans(
                src,
                &[(0, cut), (cut + 1, next - 1), (next, src.len())],
                &[code]
            ),
            vec!["Let `x = a.b? c` be set.", "Then go."]
        );
    }

    #[test]
    fn heading_lines_stand_alone() {
        let src = "Personal experiences of remote work\nWe surveyed a sample of adults in May.";
        assert_eq!(
            spans(src, &[(0, src.len())], &[]),
            vec![
                "Personal experiences of remote work",
                "We surveyed a sample of adults in May."
            ]
        );
        let src = "**Update**\nThe fix shipped in version two.";
        assert_eq!(
            spans(src, &[(0, src.len())], &[]),
            vec!["**Update**", "The fix shipped in version two."]
        );
        // Hard-wrapped prose keeps its sentence.
        let src = "The council met on Tuesday and approved the new flood barrier for\nLondon after a long debate.";
        assert_eq!(spans(src, &[(0, src.len())], &[]), vec![src]);
        let src = "It was approved by the\nCouncil.";
        assert_eq!(spans(src, &[(0, src.len())], &[]), vec![src]);
        // A title in quotation marks wrapped across lines stays in its sentence.
        let src = "A book named “Ruby source code Kanzen\nKaisetsu” by Aoki-san is out.";
        assert_eq!(spans(src, &[(0, src.len())], &[]), vec![src]);
    }

    #[test]
    fn directives_are_left_out() {
        let src = "{% assign release = site.data.releases | first %}\nWe are pleased to announce Ruby 3.3.";
        assert_eq!(
            spans(src, &[(0, src.len())], &[]),
            vec!["We are pleased to announce Ruby 3.3."]
        );
        let src = ":::note\nThis feature is experimental.\n:::";
        assert_eq!(
            spans(src, &[(0, src.len())], &[]),
            vec!["This feature is experimental."]
        );
        let src = "!!! tip \"Good to know\"\nCaches are warm after the first run.";
        assert_eq!(
            spans(src, &[(0, src.len())], &[]),
            vec!["Caches are warm after the first run."]
        );
        let src = "import Chart from '../components/Chart'\nThe chart shows the trend.";
        assert_eq!(
            spans(src, &[(0, src.len())], &[]),
            vec!["The chart shows the trend."]
        );
        let src = "{: .note}";
        assert!(spans(src, &[(0, src.len())], &[]).is_empty());
        let src = "We ship {{ site.version }} today.";
        assert_eq!(spans(src, &[(0, src.len())], &[]), vec![src]);
        assert!(!is_directive_line("Import duties rose sharply."));
        assert!(!is_directive_line("Export controls were eased."));
    }

    #[test]
    fn templates_stripped_from_plain_text() {
        assert_eq!(
            strip_templates("Ruby {{ release.version }} is out {: .lead} now {% raw %}."),
            "Ruby is out now ."
        );
        assert_eq!(strip_templates("a {b} c"), "a {b} c");
    }
}

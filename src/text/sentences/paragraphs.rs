//! Lines and paragraphs: a blank line always ends a sentence; a single line break only before
//! a list item, around a Markdown heading, after a title-like line and inside a block of short
//! lines. Caption labels ("Figure 2.3 A copper penny …") are their own sentence.

use super::abbreviations::lower_ascii;
use super::quotes::is_opener;
use super::scanner::{Kind, Scanner};

impl Scanner<'_> {
    pub(super) fn newline(&mut self, i: usize) -> usize {
        let len = self.line_break_len(i).unwrap_or(1);
        let para_sep = self.b[i] == 0xe2 && self.b.get(i + 2) == Some(&0xa9);
        let j = i + len;
        if self.heading_line {
            self.cut(i);
            self.heading_line = false;
        }
        let p = self.skip_hspace(j);
        if para_sep || p >= self.b.len() || self.line_break_len(p).is_some() {
            // A blank line (or U+2029): paragraph break.
            self.cut(i);
            self.para_pending = true;
            return if para_sep { j } else { p.max(j) };
        }
        if std::mem::take(&mut self.para_pending) {
            self.cut(i);
            self.begin_paragraph(p);
            return j;
        }
        // A line inside a paragraph.
        let heading = self.atx_heading(p);
        if heading
            || self.line_marker(p)
            || self.is_short_lines()
            || ((self.line_no == 0 || self.is_first(self.line_start))
                && self.title_line(self.line_start, i, p))
            || (self.is_first(self.line_start) && self.unwrapped_line(self.line_start, i, p))
        {
            self.cut(i);
        }
        self.long_line |= i - self.line_start > 300;
        self.heading_line = heading;
        self.line_start = p;
        self.line_no += 1;
        j
    }

    pub(super) fn begin_paragraph(&mut self, p: usize) {
        self.list = None;
        self.para_start = p;
        self.line_start = p;
        self.line_no = 0;
        self.short_lines = None;
        self.long_line = false;
        self.heading_line = self.atx_heading(p);
        self.caption_label(p);
    }

    /// `# Heading` (one to six `#` and a space).
    pub(super) fn atx_heading(&self, p: usize) -> bool {
        let b = self.b;
        let mut q = p;
        while q < b.len() && b[q] == b'#' && q - p < 6 {
            q += 1;
        }
        q > p && matches!(b.get(q), Some(b' ' | b'\t'))
    }

    /// Whether the current paragraph is a block of three or more short lines (a list without
    /// markers: "features\ncontact manager\nevents, activities").
    pub(super) fn is_short_lines(&mut self) -> bool {
        if let Some(v) = self.short_lines {
            return v;
        }
        let mut lines = 0;
        let mut ok = true;
        for line in self.text[self.para_start..].split('\n') {
            let t = line.trim();
            if t.is_empty() {
                break;
            }
            lines += 1;
            if t.len() > 40
                || t.ends_with([',', '-', '–', '—', '(', '/', '&'])
                || t.ends_with(" and")
                || t.ends_with(" or")
            {
                ok = false;
                break;
            }
        }
        let v = ok && lines >= 3;
        self.short_lines = Some(v);
        v
    }

    /// A short first line without final punctuation, followed by a capitalized, longer line:
    /// a title.
    pub(super) fn title_line(&self, start: usize, end: usize, next: usize) -> bool {
        let Some(line) = self.text.get(start..end) else {
            return false;
        };
        let line = line.trim_end();
        if line.len() > 100 || line.split_whitespace().count() > 12 {
            return false;
        }
        self.next_line_opens(line, next)
            .is_some_and(|next_len| next_len > line.len() + 15)
    }

    /// A line that opens a sentence in a paragraph that is not wrapped (an earlier line ran
    /// past 300 bytes, longer than any wrapping leaves): without final punctuation and before
    /// a capitalized line, it is a unit of its own (a credit line, a caption).
    pub(super) fn unwrapped_line(&self, start: usize, end: usize, next: usize) -> bool {
        self.long_line
            && self
                .text
                .get(start..end)
                .is_some_and(|line| self.next_line_opens(line.trim_end(), next).is_some())
    }

    /// For a line that starts with a capital or a digit and ends with a letter or digit, not
    /// with a function word, and a next line that starts with a capital or a digit: the next
    /// line's length.
    fn next_line_opens(&self, line: &str, next: usize) -> Option<usize> {
        if line.is_empty() {
            return None;
        }
        let first = line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        let last = line.chars().next_back().is_some_and(char::is_alphanumeric);
        if !first || !last {
            return None;
        }
        // A quotation opened on the line and not closed there goes on into the next line.
        if super::quotes::leaves_quote_open(line) {
            return None;
        }
        // Wrapped lines often end with a function word; titles rarely do.
        let last_word = line.rsplit(' ').next().unwrap_or("");
        let mut buf = [0u8; 24];
        if lower_ascii(last_word, &mut buf).is_some_and(|w| {
            matches!(
                w,
                b"the"
                    | b"a"
                    | b"an"
                    | b"of"
                    | b"and"
                    | b"or"
                    | b"to"
                    | b"with"
                    | b"for"
                    | b"in"
                    | b"on"
                    | b"at"
                    | b"by"
                    | b"from"
                    | b"that"
                    | b"is"
                    | b"was"
            )
        }) {
            return None;
        }
        let rest = &self.text[next..];
        let next_line = rest.split('\n').next().unwrap_or("");
        let opens = next_line
            .trim_start_matches(is_opener)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        opens.then(|| next_line.trim_end().len())
    }

    /// "Figure 2.3 A pre-1982 copper penny …": the label is its own sentence.
    pub(super) fn caption_label(&mut self, p: usize) {
        let rest = &self.b[p..];
        let mut q = None;
        for label in [
            &b"figure "[..],
            b"fig. ",
            b"table ",
            b"chart ",
            b"plate ",
            b"exhibit ",
        ] {
            if rest.len() > label.len() && rest[..label.len()].eq_ignore_ascii_case(label) {
                q = Some(p + label.len());
                break;
            }
        }
        let Some(mut q) = q else {
            return;
        };
        let b = self.b;
        let num = q;
        while q < b.len() && (b[q].is_ascii_digit() || (b[q] == b'.' && q > num)) {
            q += 1;
        }
        if q == num || b[q - 1] == b'.' {
            return;
        }
        if b.get(q) != Some(&b' ') {
            return;
        }
        let next = self.next_word(q);
        let caption = match next.kind {
            Kind::Upper => true,
            // Lower-cased text: "figure 2.2 a pre-1982 copper penny", not "figure 2 shows".
            Kind::Lower => !is_caption_verb(next.word()) && self.lower_mode(),
            _ => false,
        };
        if caption {
            self.cut(q);
        }
    }
}

/// Verbs that make "Figure 2 …" a sentence rather than a caption label.
pub(super) fn is_caption_verb(w: &[u8]) -> bool {
    matches!(
        w,
        b"shows"
            | b"show"
            | b"illustrates"
            | b"depicts"
            | b"presents"
            | b"summarizes"
            | b"summarises"
            | b"lists"
            | b"gives"
            | b"compares"
            | b"displays"
            | b"plots"
            | b"describes"
            | b"contains"
            | b"reports"
            | b"provides"
            | b"is"
            | b"was"
            | b"are"
            | b"and"
            | b"in"
            | b"of"
            | b"for"
            | b"below"
            | b"above"
    )
}

//! Quotations: what a summary puts between quotation marks must be in the article word for
//! word (case, punctuation and spacing aside, so tokenized text compares equal).

use std::ops::Range;

/// The insides of the quotations in `text` with at least two words: `"…"`, `“…”`, ``` ``…'' ```.
/// An ellipsis splits a quotation into pieces checked one by one.
pub(super) fn quotations(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut i = 0;
    let b = text.as_bytes();
    while i < b.len() {
        let rest = &text[i..];
        let (opens, closes, len) = if rest.starts_with('"') {
            (open.is_none(), open.is_some(), 1)
        } else if rest.starts_with('“') {
            (true, false, '“'.len_utf8())
        } else if rest.starts_with('”') {
            (false, true, '”'.len_utf8())
        } else if rest.starts_with("``") {
            (true, false, 2)
        } else if rest.starts_with("''") {
            (false, true, 2)
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        if closes {
            if let Some(start) = open.take() {
                pieces(text, start..i, &mut out);
            }
        } else if opens {
            open = Some(i + len);
        }
        i += len;
    }
    out
}

fn pieces(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(inner) = text.get(r.clone()) else {
        return;
    };
    let mut at = r.start;
    for piece in inner.split(['…']).flat_map(|p| p.split("...")) {
        let offset = inner_offset(text, piece).unwrap_or(at);
        at = offset + piece.len();
        let trimmed = piece.trim_matches(|c: char| !c.is_alphanumeric());
        if trimmed.split_whitespace().count() >= 2 {
            let lead = piece.len()
                - piece
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .len();
            out.push(offset + lead..offset + lead + trimmed.len());
        }
    }
}

/// The byte offset of a sub-slice within `text`.
fn inner_offset(text: &str, piece: &str) -> Option<usize> {
    let base = text.as_ptr() as usize;
    let p = piece.as_ptr() as usize;
    (p >= base && p + piece.len() <= base + text.len()).then(|| p - base)
}

/// Lower-cased letters and digits of `s`, appended to `out`.
pub(super) fn normalize(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotations_and_pieces() {
        let t = "He called it \"a disaster… for everyone\" and ``a shame '' or “one” today.";
        let q: Vec<&str> = quotations(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(q, ["a disaster", "for everyone", "a shame"]);
        let mut n = String::new();
        normalize("Don't STOP, now!", &mut n);
        assert_eq!(n, "dontstopnow");
    }
}

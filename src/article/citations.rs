//! Reference marks in plain text: "whom he met at school,[6] and", "skills [17], [18], [21],
//! though", "a contested claim[citation needed]". Copied from an encyclopedia or a paper, they
//! are the source's apparatus, not its prose: a summary of plain text quotes its sentences
//! without them (the span still covers them), as a Markdown footnote reference is left out.
//! Ranking still sees them: they are part of the sentence as written.

/// `s` without its reference marks: bracketed numbers, lists and ranges of them ("[3]",
/// "[3, 4]", "[3–5]"), runs of them ("[17], [18]") and "[citation needed]"-style notes, with
/// the space before a run. An index before an operator or after an underscore ("x[1] = 5",
/// "a_1[2]") stays.
pub fn strip(s: String) -> String {
    if !s.contains('[') {
        return s;
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'[', &b[i..]) {
        let at = i + off;
        let Some(mut end) = mark_end(b, at) else {
            i = at + 1;
            continue;
        };
        // Further marks of the same run ("[17], [18]" or "[17][18]").
        loop {
            let mut j = end;
            if s[j..].starts_with([',', '-', '–']) {
                j += s[j..].chars().next().map_or(1, char::len_utf8);
            }
            while b.get(j) == Some(&b' ') {
                j += 1;
            }
            match mark_end(b, j) {
                Some(e) => end = e,
                None => break,
            }
        }
        let index = b[..at]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
            .any(|&c| c == b'_');
        let rest = s[end..].trim_start_matches(' ');
        let operand = rest.starts_with(['=', '+', '*', '/', '<', '>', '[', '(']);
        if index || operand {
            i = end;
            continue;
        }
        let start = s[..at].trim_end_matches(' ').len();
        let after = s.len() - rest.len();
        out.push_str(&s[copied..start]);
        // One space between the words the mark stood between ("school [6] and"), none before
        // punctuation or at either end.
        let spaced = start < at || after > end;
        if start > 0
            && spaced
            && !rest.is_empty()
            && !rest.starts_with([',', '.', ';', ':', '!', '?', ')'])
        {
            out.push(' ');
        }
        copied = if spaced || start == 0 { after } else { end };
        i = end;
    }
    if copied == 0 {
        return s;
    }
    out.push_str(&s[copied..]);
    out
}

/// The end of a reference mark opening at `at`: "[12]", "[3, 4]", "[3–5]", "[citation needed]".
fn mark_end(b: &[u8], at: usize) -> Option<usize> {
    if b.get(at) != Some(&b'[') {
        return None;
    }
    let close = at + 1 + memchr::memchr(b']', b.get(at + 1..(at + 40).min(b.len()))?)?;
    let inner = std::str::from_utf8(&b[at + 1..close]).ok()?;
    let numbers = !inner.is_empty()
        && inner.starts_with(|c: char| c.is_ascii_digit())
        && inner
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | ' ' | '-' | '–'))
        && inner
            .split(|c: char| !c.is_ascii_digit())
            .all(|n| n.len() <= 3);
    let note = matches!(
        inner,
        "citation needed" | "clarification needed" | "according to whom?" | "who?" | "when?"
    );
    (numbers || note).then_some(close + 1)
}

#[cfg(test)]
mod tests {
    use super::strip;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Any text of words, marks and brackets: no panic, and what is left is the text less
        /// what was taken out, in order.
        #[test]
        fn only_marks_are_left_out(
            toks in proptest::collection::vec(proptest::sample::select(vec![
                "[", "]", "[6]", "[17],", "[1]–[5]", "[citation needed]", "x", "a_1", "=", ",",
                ".", " ", "word", "1850", "é", "[12", "–", "(", ")",
            ]), 0..24),
        ) {
            let text = toks.concat();
            let out = strip(text.clone());
            let mut rest = text.chars().filter(|c| !c.is_whitespace());
            prop_assert!(
                out.chars().filter(|c| !c.is_whitespace()).all(|c| rest.any(|r| r == c)),
                "{out:?} from {text:?}"
            );
        }
    }

    #[test]
    fn reference_marks_go_and_indices_stay() {
        for (s, want) in [
            (
                "Byron fell in love with Mary Chaworth, whom he met while at school, [6] and she was the reason.",
                "Byron fell in love with Mary Chaworth, whom he met while at school, and she was the reason.",
            ),
            (
                "mainly on general language skills [17], [18], [21], [23], [24], though also on paradigms [17], [18] or lexical abilities [22], [23].",
                "mainly on general language skills, though also on paradigms or lexical abilities.",
            ),
            (
                "he went up to Trinity College,[24] where he met Edleston.[25]",
                "he went up to Trinity College, where he met Edleston.",
            ),
            ("It was founded in 1850[3–5][7] by monks.", "It was founded in 1850 by monks."),
            ("Everyone agreed.[citation needed]", "Everyone agreed."),
            (
                "adults approximate native-like processing [1]–[5].",
                "adults approximate native-like processing.",
            ),
            ("Set x[1] = 5 and a_1[2] too.", "Set x[1] = 5 and a_1[2] too."),
            ("Norton (born 1818)[2] was a citizen.", "Norton (born 1818) was a citizen."),
            ("See [the manual] and [2020 report].", "See [the manual] and [2020 report]."),
            ("[1] Smith, J. Collected letters.", "Smith, J. Collected letters."),
            ("Unclosed [12 and more", "Unclosed [12 and more"),
            ("", ""),
        ] {
            assert_eq!(strip(s.to_string()), want, "{s}");
        }
    }
}

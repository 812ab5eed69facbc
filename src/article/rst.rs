//! reStructuredText inline markup in plain text (Python's NEWS files, `.txt` documentation):
//! a summary quotes "Fix the ``defs`` arguments to :c:func:`PyEval_EvalCodeEx`" as "Fix the
//! defs arguments to PyEval_EvalCodeEx", as it quotes Markdown without its backticks. The span
//! still covers the markup; ranking sees the text as written.

/// `s` with interpreted text (":role:`text`", ":c:func:`~a.b`" → "b", as Sphinx shows it) and
/// inline literals ("``code``") as their text. A lone backtick or quote (GNU's "`make
/// install'") stays.
pub fn strip(s: String) -> String {
    if !s.contains('`') {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(tick) = rest.find('`') {
        let (head, from) = rest.split_at(tick);
        // "``code``": the literal's text.
        if let Some(body) = from.strip_prefix("``") {
            if let Some(end) = body.find("``").filter(|&e| e > 0) {
                out.push_str(head);
                out.push_str(&body[..end]);
                rest = &body[end + 2..];
                continue;
            }
        }
        // ":role:`text`" (roles are letters, digits, '-', '_', '.', ':'; one role may nest a
        // domain, ":c:func:").
        let role = role_start(head);
        let body = &from[1..];
        match (role, body.find('`')) {
            (Some(r), Some(end)) if end > 0 => {
                out.push_str(&head[..r]);
                let text = &body[..end];
                // ":func:`~mod.name`" shows "name"; ":ref:`Title <target>`" shows "Title".
                let text = match text.strip_prefix('~') {
                    Some(t) => t.rsplit('.').next().unwrap_or(t),
                    None => text.split(" <").next().unwrap_or(text),
                };
                out.push_str(text);
                rest = &body[end + 1..];
            }
            _ => {
                out.push_str(head);
                out.push('`');
                rest = body;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Where a role (":func:", ":c:func:") ends `head`, if it does.
fn role_start(head: &str) -> Option<usize> {
    let h = head.strip_suffix(':')?;
    let name = h
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
        .count();
    // The run takes the role's opening ':' too: ":c:func" before the closing one.
    let start = h.len() - name;
    let ok = name > 1
        && h.as_bytes()[start] == b':'
        && h.as_bytes()[start + 1].is_ascii_alphabetic()
        && h[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
    ok.then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Any text of words, roles, backticks and colons: no panic, and what is left is the
        /// text less markup, in order.
        #[test]
        fn only_markup_is_left_out(
            toks in proptest::collection::vec(proptest::sample::select(vec![
                "`", "``", ":", ":func:", ":c:func:", "~", ".", " ", "word", "é", "<", ">",
                " <t>", "'", "a", "后",
            ]), 0..24),
        ) {
            let text = toks.concat();
            let out = strip(text.clone());
            let mut rest = text.chars();
            prop_assert!(out.chars().all(|c| rest.any(|r| r == c)), "{out:?} from {text:?}");
        }
    }

    #[test]
    fn roles_and_literals_read_as_their_text() {
        for (s, want) in [
            (
                "Fix the ``defs`` and ``kwdefs`` arguments to :c:func:`PyEval_EvalCodeEx`.",
                "Fix the defs and kwdefs arguments to PyEval_EvalCodeEx.",
            ),
            (
                "Fix :func:`~unicodedata.is_normalized` for UCD 3.2.0.",
                "Fix is_normalized for UCD 3.2.0.",
            ),
            (
                "See :ref:`the tutorial <tut-intro>` and :class:`int`.",
                "See the tutorial and int.",
            ),
            (
                "`make install' installs the shared library.",
                "`make install' installs the shared library.",
            ),
            ("a ` b ``", "a ` b ``"),
            ("time:`x` and C:`y`", "time:`x` and C:`y`"),
        ] {
            assert_eq!(strip(s.to_string()), want, "{s}");
        }
    }
}

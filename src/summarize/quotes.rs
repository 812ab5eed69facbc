//! Quotation marks a quoted sentence leaves open. News quotes a speaker over several sentences
//! (`"I reacted to something I found very unpleasant. We will appeal," he said.`): the first
//! sentence alone opens a quotation it never closes, the last closes one it never opened. An
//! editor quoting such a sentence balances it, and so does the summary: a run of consecutive
//! picked sentences gets the opening mark it lacks in front and the closing marks it leaves
//! open at its end. Single quotes are left alone (an apostrophe looks the same).

use super::Pick;

/// The marks to put before and after each of `picks` (in document order) so that the
/// quotations of each run of consecutive sentences are balanced, judged by their source in
/// `text`, where code spans show which marks are code (a pick cut to a word budget by its own
/// text).
pub fn marks(picks: &[Pick], text: &str) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), String::new()); picks.len()];
    fn source<'a>(p: &'a Pick, text: &'a str) -> &'a str {
        match p.cut {
            true => p.text.as_str(),
            false => text.get(p.span.clone()).unwrap_or(""),
        }
    }
    let mut start = 0;
    for end in 1..=picks.len() {
        if end < picks.len() && picks[end].sentence == picks[end - 1].sentence + 1 {
            continue;
        }
        let run: Vec<&str> = picks[start..end].iter().map(|p| source(p, text)).collect();
        // Most sentences hold no double quotation mark at all.
        if run.iter().any(|t| has_mark(t)) {
            for (m, b) in out[start..end].iter_mut().zip(balance(&run)) {
                *m = b;
            }
        }
        start = end;
    }
    out
}

/// Puts `marks` (from [`marks`]) around `t`.
pub fn wrap(t: &mut String, (before, after): &(String, String)) {
    t.insert_str(0, before);
    t.push_str(after);
}

/// The marks to put before and after each text of `run` (the texts of consecutive sentences,
/// in order) so that its quotations are balanced: the opening mark of a quotation an earlier
/// sentence opened goes before the first text, the closing marks of what the run leaves open
/// after the last. A text that opens a quotation again while one is open (a quoted paragraph
/// continued in the next) closes the earlier one.
fn balance<S: AsRef<str>>(run: &[S]) -> Vec<(String, String)> {
    let mut marks = vec![(String::new(), String::new()); run.len()];
    // Openers not yet closed.
    let mut open: Vec<char> = Vec::new();
    // Whether the run opened a quotation yet (a closer after that is no earlier sentence's).
    let mut opened = false;
    for (i, text) in run.iter().enumerate() {
        let t = text.as_ref();
        let lead = t.trim_start().chars().next();
        if i > 0
            && !open.is_empty()
            && lead.is_some_and(|c| opens(c, true, t.trim_start().chars().nth(1)))
        {
            marks[i - 1].1 = closing(&open);
            open.clear();
        }
        let mut in_code = false;
        // Only a backtick or a mark matters: ASCII `"` or a character of two or three bytes
        // (lead byte 0xC2 or above); the rest is skipped byte by byte.
        let bytes = t.as_bytes();
        for (i, &byte) in bytes.iter().enumerate() {
            if byte == b'`' {
                in_code = !in_code;
                continue;
            }
            if in_code || !(byte == b'"' || byte >= 0xC2) {
                continue;
            }
            let Some(c) = t.get(i..).and_then(|r| r.chars().next()) else {
                continue;
            };
            if !is_mark(c) {
                continue;
            }
            let prev = t[..i].chars().next_back();
            let next = t[i + c.len_utf8()..].chars().next();
            // CJK text puts no space before a quotation: after a CJK character a mark opens as
            // after a space ('形成了独特的中国式的"二元经济".').
            let spaced_before = prev.is_none_or(|p| {
                p.is_whitespace() || "([{—–-/:=".contains(p) || crate::text::sentences::is_cjk(p)
            });
            if open.last().is_some_and(|&o| closers(o).contains(&c)) {
                open.pop();
            } else if opens(c, spaced_before, next) {
                open.push(c);
                opened = true;
            } else if !opened
                && marks[0].0.is_empty()
                && next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}»”’'".contains(n))
                && !(c == '"' && prev.is_some_and(|p| p.is_ascii_digit()))
            {
                // Closes what an earlier sentence opened (a closer stands before a space or
                // punctuation, not before a word as in `RUBYOPT="--x"`; a digit's `"` is
                // inches).
                if let Some(o) = opener_of(c, prev) {
                    marks[0].0.push_str(o);
                }
                opened = true;
            }
        }
    }
    if let Some(last) = marks.last_mut() {
        last.1 = closing(&open);
    }
    marks
}

/// The closing marks for the open quotations `open`, innermost first.
fn closing(open: &[char]) -> String {
    open.iter().rev().map(|&o| closer_of(o)).collect()
}

/// Whether `t` holds a double quotation mark (a byte search first: most text holds none of the
/// bytes they are made of).
fn has_mark(t: &str) -> bool {
    memchr::memchr3(b'"', 0xC2, 0xE2, t.as_bytes()).is_some()
        && (t.contains('"') || t.contains(is_mark))
        || memchr::memchr(0xE3, t.as_bytes()).is_some() && t.contains(is_mark)
}

/// Double quotation marks of any script's convention.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '「' | '」' | '『' | '』'
    )
}

/// Whether mark `c` opens a quotation, given whether white space (or an opening bracket, a
/// dash, a colon, the start) stands before it and what follows. `"` and English `“` open after
/// a space and before a word (German closes with `“` right after a word); French `«` opens
/// after a space, German and Danish `»` before a word.
fn opens(c: char, spaced_before: bool, next: Option<char>) -> bool {
    let word_after = next.is_some_and(|n| !n.is_whitespace());
    match c {
        '"' | '“' => spaced_before && word_after,
        '„' | '「' | '『' => true,
        '«' => spaced_before,
        '»' => next.is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// The marks that close a quotation opened by `o`: English “…”, German „…“, French «…»,
/// German and Danish »…«, Chinese and Japanese 「…」 and 『…』.
fn closers(o: char) -> &'static [char] {
    match o {
        '"' => &['"', '”'],
        '“' => &['”', '"'],
        '„' => &['“', '”'],
        '«' => &['»'],
        '»' => &['«'],
        '「' => &['」'],
        '『' => &['』'],
        _ => &[],
    }
}

/// The closing mark for opener `o` (French guillemets keep their space).
fn closer_of(o: char) -> &'static str {
    match o {
        '“' => "”",
        '„' => "“",
        '«' => " »",
        '»' => "«",
        '「' => "」",
        '『' => "』",
        _ => "\"",
    }
}

/// The opening mark a closer `c` was opened with (`prev`: the character before it).
fn opener_of(c: char, prev: Option<char>) -> Option<&'static str> {
    match c {
        '"' => Some("\""),
        '”' => Some("“"),
        '“' => Some("„"),
        '»' if prev.is_some_and(char::is_whitespace) => Some("« "),
        '»' => Some("«"),
        '«' => Some("»"),
        '」' => Some("「"),
        '』' => Some("『"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::balance;

    /// The mark before the first text and after the last.
    fn b(run: &[&str]) -> (String, String) {
        let m = balance(run);
        (m[0].0.clone(), m[m.len() - 1].1.clone())
    }

    #[test]
    fn balanced_sentences_get_nothing() {
        let none = (String::new(), String::new());
        assert_eq!(b(&["He said \"no\" twice."]), none);
        assert_eq!(b(&["“We won,” she said."]), none);
        assert_eq!(b(&["Er sagte: „Wir kommen.“"]), none);
        assert_eq!(b(&["Il a dit : « Nous venons. »"]), none);
        assert_eq!(b(&["The 12\" record sold out."]), none);
        assert_eq!(b(&["Use RUBYOPT=\"--parser=prism\" to try it."]), none);
        assert_eq!(b(&["Use `ruby` or `RUBYOPT=\"-x\"` to try it."]), none);
        assert_eq!(b(&["No quotes at all."]), none);
        assert_eq!(
            b(&["在全国性市场网络连为一体的经济格局中,形成了独特的中国式的\"二元经济\"."]),
            none
        );
        assert_eq!(b(&["形成了独特的“二元经济”。"]), none);
        // Two sentences of one quotation, both picked.
        assert_eq!(
            b(&[
                "Netanyahu said, \"I haven't changed my policy.",
                "I want two states.\""
            ]),
            none
        );
    }

    #[test]
    fn an_opened_quotation_is_closed() {
        assert_eq!(
            b(&["Cisse's statement said: \"I reacted to something I found very unpleasant."]),
            (String::new(), "\"".to_string())
        );
        assert_eq!(
            b(&["“This is going to be a test for Serena Williams."]),
            (String::new(), "”".to_string())
        );
        assert_eq!(
            b(&["Sie sagte: „Wir kommen morgen."]),
            (String::new(), "“".to_string())
        );
        assert_eq!(
            b(&["Il a dit : « Nous venons demain."]),
            (String::new(), " »".to_string())
        );
        assert_eq!(
            b(&["他说：「我们明天来。"]),
            (String::new(), "」".to_string())
        );
    }

    #[test]
    fn a_closed_quotation_is_opened() {
        assert_eq!(
            b(&["We treated him for flu and he was released today,\" she said."]),
            ("\"".to_string(), String::new())
        );
        assert_eq!(
            b(&["Shelter, food and water (are) urgent priorities” in Port Vila."]),
            ("“".to_string(), String::new())
        );
        assert_eq!(
            b(&["Wir kommen morgen“, sagte sie."]),
            ("„".to_string(), String::new())
        );
        // Closed from before and opened again: both ends.
        assert_eq!(
            b(&["Today,\" she said, \"we start again."]),
            ("\"".to_string(), "\"".to_string())
        );
        // Inside a quotation from its start to its end: opened before the first sentence.
        assert_eq!(
            b(&["We start again.", "We never stop,\" she said."]),
            ("\"".to_string(), String::new())
        );
    }

    #[test]
    fn a_quoted_paragraph_continued_closes_at_its_end() {
        let m = balance(&["He said: \"We start again.", "\"We never stop.\""]);
        assert_eq!(
            m,
            vec![
                (String::new(), "\"".to_string()),
                (String::new(), String::new())
            ]
        );
    }
}

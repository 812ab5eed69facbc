use super::*;

fn texts(a: &Article) -> Vec<&str> {
    a.sentences.iter().map(|s| s.text.as_str()).collect()
}

const DOC: &str = r#"---
title: "Front Title"
tags: [a, b]
---

# Heading Title

First paragraph, with **bold** and a [link](https://example.com/a.b). It has two sentences.

![alt text that is not prose](img.png)

```rust
let code = "not prose.";
```

| a | b |
|---|---|
| table. | cells. |

<div>Raw HTML block.</div>

{% include note.html %}

## Second section

- A list item. Another sentence in it.
- Second item

> A quoted line.
> Still quoted.

Text with a footnote.[^1]

[^1]: The footnote definition is skipped.

### Deeper

Deep text {{ site.name }} here.
"#;

#[test]
fn markdown_structure_and_skipping() {
    let a = Article::parse(DOC, Format::Markdown);
    assert_eq!(
        texts(&a),
        vec![
            "First paragraph, with bold and a link.",
            "It has two sentences.",
            "A list item.",
            "Another sentence in it.",
            "Second item",
            "A quoted line.",
            "Still quoted.",
            "Text with a footnote.",
            "Deep text here.",
        ]
    );
    let kinds: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
    use BlockKind::*;
    assert_eq!(
        kinds,
        vec![Paragraph, ListItem, ListItem, BlockQuote, Paragraph, Paragraph]
    );
    // Front matter title wins over the first H1.
    let title = a.title.as_ref().unwrap();
    assert_eq!(title.text, "Front Title");
    assert_eq!(&DOC[title.span.clone()], "title: \"Front Title\"");
    assert_eq!(&DOC[a.front_matter.clone().unwrap()][..3], "---");
    // Sections: whole document, then one per heading, nested by level.
    let heads: Vec<(&str, u8)> = a
        .sections
        .iter()
        .filter_map(|s| s.heading.as_ref())
        .map(|h| (h.text.as_str(), h.level))
        .collect();
    assert_eq!(
        heads,
        vec![("Heading Title", 1), ("Second section", 2), ("Deeper", 3)]
    );
    assert_eq!(a.sections[2].blocks, 1..6, "section 2 holds its subsection");
    assert_eq!(a.sections[3].blocks, 5..6);
    assert_eq!(a.blocks[0].section, 1);
    assert_eq!(a.blocks[5].section, 3);
    // Every span is a byte range of the document; sentence spans lie inside their block.
    for s in &a.sentences {
        let b = &a.blocks[s.block];
        assert!(b.span.start <= s.span.start && s.span.end <= b.span.end);
        assert!(DOC.get(s.span.clone()).is_some());
    }
    // List items and quotes: spans hold the text, not the markers.
    assert_eq!(
        &DOC[a.blocks[1].span.clone()],
        "A list item. Another sentence in it."
    );
    assert_eq!(&DOC[a.blocks[2].span.clone()], "Second item");
    assert_eq!(
        &DOC[a.blocks[3].span.clone()],
        "A quoted line.\n> Still quoted."
    );
    assert_eq!(
        &DOC[a.sentences[0].span.clone()],
        "First paragraph, with **bold** and a [link](https://example.com/a.b)."
    );
    assert_eq!(&DOC[a.blocks[0].span.clone()], "First paragraph, with **bold** and a [link](https://example.com/a.b). It has two sentences.");
}

#[test]
fn markdown_lookups() {
    let a = Article::parse(DOC, Format::Markdown);
    let para = DOC.find("It has two").unwrap();
    assert_eq!(a.block_at(para), Some(0));
    assert_eq!(a.block_at(DOC.find("let code").unwrap()), None);
    assert_eq!(a.heading_at(DOC.find("Second section").unwrap()), Some(2));
    assert_eq!(a.section_at(DOC.find("Deep text").unwrap()), 3);
    assert!(a.is_title_at(DOC.find("Front Title").unwrap()));
    // The H1 that opens the document reads as the title as well.
    let h1 = DOC.find("# Heading Title").unwrap();
    assert_eq!(a.title_at(h1 + 3), Some(h1..h1 + "# Heading Title".len()));
    assert_eq!(a.title_at(DOC.find("## Second").unwrap()), None);
    assert_eq!(a.sentences_in(para..para + 5), 1..2);
}

#[test]
fn h1_is_title_without_front_matter() {
    let doc = "# The Storm\n\nRain fell all night. Roads flooded.\n\n## Aftermath\n\nCrews cleared the roads.\n";
    let a = Article::parse(doc, Format::Markdown);
    assert_eq!(a.title.as_ref().unwrap().text, "The Storm");
    assert_eq!(&doc[a.title.as_ref().unwrap().span.clone()], "# The Storm");
    assert_eq!(
        texts(&a),
        vec![
            "Rain fell all night.",
            "Roads flooded.",
            "Crews cleared the roads."
        ]
    );
    assert_eq!(a.sections[1].blocks, 0..2);
    assert_eq!(a.sections[2].blocks, 1..2);
}

#[test]
fn plain_text_title_headings_and_paragraphs() {
    let doc = "How to Wash Overalls\n\nWhether you work or play, overalls get dirty. Wash them often.\n\nPreparing\n\nEmpty the pockets first.\nThen unhook the straps.\n";
    let a = Article::parse(doc, Format::Plain);
    assert_eq!(a.title.as_ref().unwrap().text, "How to Wash Overalls");
    assert_eq!(
        texts(&a),
        vec![
            "Whether you work or play, overalls get dirty.",
            "Wash them often.",
            "Empty the pockets first.",
            "Then unhook the straps."
        ]
    );
    assert_eq!(a.blocks.len(), 2);
    let heads: Vec<&str> = a
        .sections
        .iter()
        .filter_map(|s| s.heading.as_ref())
        .map(|h| h.text.as_str())
        .collect();
    assert_eq!(heads, vec!["How to Wash Overalls", "Preparing"]);
    // A lone first line that is a sentence is not a title.
    let a = Article::parse("It rained all night.\n\nRoads flooded.\n", Format::Plain);
    assert!(a.title.is_none());
    assert_eq!(a.sentences.len(), 2);
}

#[test]
fn crlf_and_unicode_spans() {
    let doc = "Título\r\n\r\nEl niño comió 🍕. Después durmió.\r\n";
    let a = Article::parse(doc, Format::Plain);
    assert_eq!(texts(&a), vec!["El niño comió 🍕.", "Después durmió."]);
    for s in &a.sentences {
        assert_eq!(&doc[s.span.clone()], s.text);
    }
}

#[test]
fn white_space_folding() {
    assert_eq!(fold_space("a  b\n c\t"), "a b c");
    assert_eq!(fold_space("plain words"), "plain words");
    assert_eq!(fold_space("a\u{a0}b"), "a b");
    assert_eq!(fold_space(""), "");
    // A line wrapped between two CJK characters joins them; a space between them, or a line
    // break beside a Latin word, stays a space.
    assert_eq!(fold_space("顯示檔案內\n容的區域"), "顯示檔案內容的區域");
    assert_eq!(fold_space("窗格（\nwindow ）顯示"), "窗格（ window ）顯示");
    assert_eq!(
        fold_space("日本語 の\n\tテキスト。\n次"),
        "日本語 のテキスト。次"
    );
}

#[test]
fn odd_inputs_never_panic() {
    let nested_quotes = ">".repeat(5000) + " deep";
    let nested_lists = (0..2000)
        .map(|i| format!("{}- item\n", "  ".repeat(i)))
        .collect::<String>();
    for doc in [
        "",
        "\n\n\n",
        "#",
        "---\n",
        "+++\ntitle = \"x\"\n+++\n",
        "<!-- nutgraf:summary -->",
        "\u{feff}x",
        "```",
        "[^x]: y",
        nested_quotes.as_str(),
        nested_lists.as_str(),
    ] {
        for f in [Format::Markdown, Format::Plain] {
            let a = Article::parse(doc, f);
            for s in &a.sentences {
                assert!(doc.get(s.span.clone()).is_some());
            }
        }
    }
}

#[test]
fn rules_in_the_middle_are_not_front_matter() {
    let doc = "# Title\n\nFirst paragraph here.\n\n---\nThis text follows a rule and stays prose.\n\nMore prose here.\n\n---\n\nLast paragraph here.\n";
    let a = Article::parse(doc, Format::Markdown);
    assert_eq!(
        texts(&a),
        vec![
            "First paragraph here.",
            "This text follows a rule and stays prose.",
            "More prose here.",
            "Last paragraph here."
        ]
    );
    assert!(a.front_matter.is_none());
    // A document that opens with a rule (not front matter) keeps a later `---` + text as
    // prose too (a proptest of the chunked LSP parser found this one).
    let doc = "---  \n\n> ```\n---  \nPlain sentence here. Another one.\n---  \n";
    let a = Article::parse(doc, Format::Markdown);
    assert!(a.front_matter.is_none());
    let h = a.sections[1].heading.as_ref().unwrap();
    assert_eq!(
        (h.level, h.text.as_str()),
        (2, "Plain sentence here. Another one.")
    );
    // Real front matter, then a later `---` + text: only the first is front matter.
    let doc = "+++\ntitle: T\n+++\n\n# Title Again\n---  \n+++\n---\n";
    let a = Article::parse(doc, Format::Markdown);
    assert_eq!(a.front_matter, Some(0..16));
    assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), Some("T"));
    let h = a.sections[2].heading.as_ref().unwrap();
    assert_eq!((h.level, h.text.as_str()), (2, "+++"));
}

#[test]
fn folded_check_agrees_with_folding() {
    // is_folded(s) must say exactly whether folding would change s.
    let alphabet = [
        " ", "a", "\t", "\n", "\u{b}", "\u{c}", "\r", "\u{a0}", "é", "\u{1f}", "\u{85}", "z",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..20_000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 40) as usize;
        let mut t = String::new();
        let mut x = seed;
        for _ in 0..len {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            t.push_str(alphabet[(x >> 59) as usize % alphabet.len()]);
        }
        let slow = t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(super::is_folded(&t), slow == t, "{t:?}");
        assert_eq!(fold_space(&t), slow, "{t:?}");
    }
}

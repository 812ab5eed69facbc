//! Speed of the summary engine on real articles: documents of 1k, 10k and 100k words (CNN
//! articles from the development set put one after another as Markdown sections, or the bundled
//! example repeated when the set is not there), and the per-article cost over the set.
//!
//! `cargo bench --bench summarize`

use nutgraf::article::{Article, Format};
use nutgraf::summarize::{summarize, Budget, Options, Scope};

fn main() {
    divan::main();
}

fn articles() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/cnndm-validation.jsonl"
    );
    match std::fs::read_to_string(path) {
        Ok(s) => s
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
            .collect(),
        Err(_) => vec![include_str!("../examples/harbor-bridge.md").to_string()],
    }
}

/// A Markdown document of about `words` words built from real articles.
fn document(words: usize) -> String {
    let arts = articles();
    let mut doc = String::from("# Collected stories\n\n");
    let mut n = 0;
    let mut i = 0;
    while n < words {
        let a = &arts[i % arts.len()];
        doc.push_str(&format!("## Story {}\n\n", i + 1));
        // Paragraphs of about five sentences.
        for (k, chunk) in a.split(". ").collect::<Vec<_>>().chunks(5).enumerate() {
            let _ = k;
            doc.push_str(&chunk.join(". "));
            doc.push_str(".\n\n");
        }
        n += a.split_whitespace().count();
        i += 1;
    }
    doc
}

#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 20)]
fn article_summary(bencher: divan::Bencher, words: usize) {
    let doc = document(words);
    bencher.bench(|| {
        let a = Article::parse(divan::black_box(&doc), Format::Markdown);
        summarize(&a, &doc, Scope::Article, &Options::default())
    });
}

#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 20)]
fn parse_only(bencher: divan::Bencher, words: usize) {
    let doc = document(words);
    bencher.bench(|| Article::parse(divan::black_box(&doc), Format::Markdown));
}

/// One news article, as `summarize --jsonl` handles each line (plain text, 3 sentences).
#[divan::bench(sample_count = 200, sample_size = 5)]
fn corpus_per_article(bencher: divan::Bencher) {
    let arts = articles();
    let opts = Options {
        budget: Budget::Sentences(3),
        language: None,
    };
    let mut i = 0;
    bencher.bench_local(|| {
        let t = &arts[i % arts.len()];
        i += 1;
        let a = Article::parse(t, Format::Plain);
        summarize(&a, t, Scope::Article, &opts)
    });
}

/// `nutgraf check` on a 1,000-word article (real CNN articles, Markdown): parsing included,
/// as the command does it, and the check alone; the summary is the article's own highlights
/// (or its first sentences) with a number changed.
#[divan::bench(sample_count = 100)]
fn check_1k_words(bencher: divan::Bencher) {
    let doc = document(1_000);
    let summary = "Twelve people died when the council approved a new budget on Tuesday. \
                   The mayor said spending on schools would rise by 10 percent, not fall.";
    bencher.bench(|| {
        let a = Article::parse(divan::black_box(&doc), Format::Markdown);
        nutgraf::check::check(&a, &doc, divan::black_box(summary), None)
    });
}

#[divan::bench(sample_count = 100)]
fn check_1k_words_without_parse(bencher: divan::Bencher) {
    let doc = document(1_000);
    let a = Article::parse(&doc, Format::Markdown);
    let summary = "Twelve people died when the council approved a new budget on Tuesday. \
                   The mayor said spending on schools would rise by 10 percent, not fall.";
    bencher.bench(|| nutgraf::check::check(&a, &doc, divan::black_box(summary), None));
}

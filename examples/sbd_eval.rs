//! Sentence-boundary evaluation against gold segmentations, and segmentation throughput.
//!
//! ```text
//! cargo run --release --example sbd_eval -- GOLD.jsonl [--errors] [--neutral] [--speed NEWS.jsonl] [--dump OUT]
//! ```
//!
//! `GOLD.jsonl` lines are `{"id", "text", "sentences": [...]}`, optionally with `"lang"`: then
//! the text is split with `split_sentences_in` in that language, unless `--neutral` asks for
//! the language-neutral `split_sentences`. Gold sentences are located in
//! the text in order, ignoring white space; each sentence's end offset is a boundary (the end
//! of the document excluded), and so is each span's end from `split_sentences`. Prints
//! precision, recall and F1 over boundaries and the fraction of documents with every boundary
//! right; `--errors` lists the misses (FN) and false alarms (FP) in context. Throughput is
//! measured on the `"text"` fields of the `--speed` file (default:
//! `cnndm-validation.jsonl` next to the gold file); `--dump` writes its sentences, one per line.

use nutgraf::text::{split_sentences, split_sentences_in, Language};
use std::collections::BTreeSet;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut gold_path = None;
    let mut errors = false;
    let mut speed_path = None;
    let mut dump_path: Option<String> = None;
    let mut neutral = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--errors" => errors = true,
            "--neutral" => neutral = true,
            "--speed" => speed_path = it.next().cloned(),
            "--dump" => dump_path = it.next().cloned(),
            _ => gold_path = Some(a.clone()),
        }
    }
    let gold_path = gold_path.unwrap_or_else(|| "/work/shared/data/sbd-ud-gum.jsonl".into());
    let speed_path = speed_path.unwrap_or_else(|| {
        std::path::Path::new(&gold_path)
            .with_file_name("cnndm-validation.jsonl")
            .to_string_lossy()
            .into_owned()
    });

    let data = std::fs::read_to_string(&gold_path).expect("read gold file");
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut docs, mut exact) = (0usize, 0usize);
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        let text = v["text"].as_str().unwrap_or("");
        let id = v["id"].as_str().unwrap_or("?");
        let gold: Vec<&str> = v["sentences"]
            .as_array()
            .map(|a| a.iter().filter_map(|s| s.as_str()).collect())
            .unwrap_or_default();
        let g = ends(text, gold.iter().copied());
        let lang = v["lang"]
            .as_str()
            .and_then(Language::from_code)
            .filter(|_| !neutral);
        let spans = match lang {
            Some(l) => split_sentences_in(text, l),
            None => split_sentences(text),
        };
        let pred: Vec<&str> = spans.into_iter().map(|r| &text[r]).collect();
        let p = ends(text, pred.iter().copied());
        let t = g.intersection(&p).count();
        tp += t;
        fp += p.len() - t;
        fn_ += g.len() - t;
        docs += 1;
        if g == p {
            exact += 1;
        }
        if errors {
            for &e in g.difference(&p) {
                println!("FN {id}: {}", context(text, e));
            }
            for &e in p.difference(&g) {
                println!("FP {id}: {}", context(text, e));
            }
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f64::MIN_POSITIVE);
    println!(
        "boundaries: precision {precision:.4} recall {recall:.4} F1 {f1:.4} (tp {tp}, fp {fp}, fn {fn_})"
    );
    println!(
        "exact documents: {exact}/{docs} = {:.3}",
        exact as f64 / docs.max(1) as f64
    );

    match std::fs::read_to_string(&speed_path) {
        Ok(news) => {
            let texts: Vec<String> = news
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v["text"].as_str().map(str::to_owned))
                .collect();
            if let Some(path) = &dump_path {
                // One sentence per line, documents separated by a blank line (for diffing).
                let mut out = String::new();
                for t in &texts {
                    for r in split_sentences(t) {
                        out.push_str(&t[r].replace('\n', "⏎"));
                        out.push('\n');
                    }
                    out.push('\n');
                }
                std::fs::write(path, out).expect("write dump");
            }
            let bytes: usize = texts.iter().map(String::len).sum();
            let mut sentences = 0usize;
            for t in &texts {
                sentences += split_sentences(t).len(); // warm-up
            }
            let rounds = 50;
            let cpu0 = cpu_seconds();
            let start = Instant::now();
            for _ in 0..rounds {
                for t in &texts {
                    sentences +=
                        std::hint::black_box(split_sentences(std::hint::black_box(t))).len();
                }
            }
            let wall = start.elapsed().as_secs_f64();
            // CPU time of this process when available: the machine may be shared.
            let secs = match (cpu0, cpu_seconds()) {
                (Some(a), Some(b)) if b - a > 0.5 => b - a,
                _ => wall,
            };
            let mb = (bytes * rounds) as f64 / 1e6;
            println!("timing: {secs:.2} s CPU, {wall:.2} s wall");
            println!(
                "throughput: {:.0} MB/s, {:.2} µs per document ({} documents, {:.1} KB average, {} sentences)",
                mb / secs,
                secs * 1e6 / (texts.len() * rounds) as f64,
                texts.len(),
                bytes as f64 / texts.len().max(1) as f64 / 1e3,
                sentences / (rounds + 1)
            );
        }
        Err(e) => println!("throughput: skipped ({speed_path}: {e})"),
    }
}

/// End offsets (bytes) of `sentences` located in `text` in order, ignoring white space; the
/// end of the last sentence is left out.
fn ends<'a>(text: &str, sentences: impl Iterator<Item = &'a str>) -> BTreeSet<usize> {
    // Non-white-space characters of the text with their byte ends.
    let stream: Vec<(char, usize)> = text
        .char_indices()
        .filter(|(_, c)| !c.is_whitespace())
        .map(|(i, c)| (c, i + c.len_utf8()))
        .collect();
    let mut out = BTreeSet::new();
    let mut cur = 0;
    for s in sentences {
        let key: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
        if key.is_empty() {
            continue;
        }
        let found = (cur..stream.len().saturating_sub(key.len() - 1)).find(|&j| {
            stream[j..j + key.len()]
                .iter()
                .map(|x| x.0)
                .eq(key.iter().copied())
        });
        match found {
            Some(j) => {
                cur = j + key.len();
                out.insert(stream[cur - 1].1);
            }
            None => eprintln!("warning: sentence not found: {:?}", truncate(s, 60)),
        }
    }
    if let Some(&last) = out.iter().next_back() {
        out.remove(&last);
    }
    out
}

/// User + system CPU seconds of this process (Linux `/proc/self/stat`, 100 ticks per second).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// `…before|after…` around byte offset `e`, on one line.
fn context(text: &str, e: usize) -> String {
    let mut a = e.saturating_sub(60);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (e + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!("{}|{}", &text[a..e], &text[e..b]).replace('\n', "⏎")
}

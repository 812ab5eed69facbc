//! Deterministic Markdown documents of a given size, for benchmarks and load tests.

/// A small xorshift generator: the same seed gives the same document everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `lo..hi` (`hi > lo`).
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next_u64() % (hi - lo) as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.range(0, items.len())]
    }
}

const SUBJECTS: &[&str] = &[
    "The council",
    "A spokesperson",
    "The mayor",
    "Local farmers",
    "The committee",
    "Engineers",
    "The river authority",
    "Residents",
    "The school board",
    "Researchers",
    "The harbour master",
    "Volunteers",
    "The regional café owners",
    "Inspectors",
    "The minister",
];
const VERBS: &[&str] = &[
    "approved",
    "rejected",
    "studied",
    "announced",
    "questioned",
    "funded",
    "delayed",
    "expanded",
    "reviewed",
    "measured",
    "defended",
    "criticised",
    "rebuilt",
    "promised",
];
const OBJECTS: &[&str] = &[
    "the new budget",
    "a flood barrier",
    "the bridge repairs",
    "water quality reports",
    "the harvest forecast",
    "a rail connection",
    "the school canteen menu",
    "wind turbines",
    "the housing plan",
    "a library extension",
    "the tram timetable",
    "naïve cost estimates",
    "the solar farm",
    "emergency shelters",
    "the fishing quotas",
    "a bicycle network",
];
const TAILS: &[&str] = &[
    "after a long debate",
    "despite strong objections",
    "before the winter storms",
    "for the third year running",
    "on Tuesday evening",
    "with little public notice",
    "under pressure from businesses",
    "in a narrow vote",
    "following months of delay",
    "to the surprise of many observers",
    "at a cost of 4.5 million euros",
    "without a vote",
];
const WORDS: &[&str] = &[
    "growth",
    "drought",
    "tourism",
    "energy",
    "harbour",
    "tariffs",
    "schools",
    "roads",
    "taxes",
    "pensions",
    "transport",
    "housing",
    "forests",
    "salmon",
    "glaciers",
    "markets",
];

/// One sentence of roughly 10–25 words.
pub fn sentence(rng: &mut Rng) -> String {
    let mut s = format!(
        "{} {} {} {}",
        rng.pick(SUBJECTS),
        rng.pick(VERBS),
        rng.pick(OBJECTS),
        rng.pick(TAILS)
    );
    if rng.range(0, 3) == 0 {
        s.push_str(&format!(
            ", citing {} and {}",
            rng.pick(WORDS),
            rng.pick(WORDS)
        ));
    }
    s.push('.');
    s
}

/// A paragraph of 3–7 sentences.
pub fn paragraph(rng: &mut Rng) -> String {
    let n = rng.range(3, 8);
    (0..n).map(|_| sentence(rng)).collect::<Vec<_>>().join(" ")
}

/// A Markdown article of about `words` words: a title, a heading every ~20 paragraphs, some list
/// items, block quotes and code blocks. Deterministic for a given `seed`.
pub fn markdown(words: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::from("# The State of the Region\n\n");
    let mut count = 0;
    let mut para = 0;
    while count < words {
        if para % 20 == 0 {
            out.push_str(&format!(
                "## Section {}: {} and {}\n\n",
                para / 20 + 1,
                rng.pick(WORDS),
                rng.pick(WORDS)
            ));
        }
        let text = match rng.range(0, 12) {
            0 => format!("- {}\n- {}", sentence(&mut rng), sentence(&mut rng)),
            1 => format!("> {}", paragraph(&mut rng)),
            2 => "```\nlet x = 1;\n```".to_string(),
            _ => paragraph(&mut rng),
        };
        count += text.split_whitespace().count();
        out.push_str(&text);
        out.push_str("\n\n");
        para += 1;
    }
    out
}

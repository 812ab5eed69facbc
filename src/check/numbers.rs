//! Quantities and dates as values: digits and words ("thirty" = 30, "2.5bn" = 2,500,000,000,
//! "a dozen" = 12), percentages, money, years, months and weekdays. A summary's quantity is
//! supported by an article's quantity of the same value, or — when the summary rounds ("2.5
//! million", "about 30") — by one that rounds to it.

use std::ops::Range;

use super::tokens::Tok;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QKind {
    Plain,
    Percent,
    Money,
    Year,
    Ordinal,
}

/// A number as written in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Quantity {
    /// Byte span in the sentence (currency sign and `%` included).
    pub span: Range<usize>,
    /// Indices of its words in the sentence's tokens.
    pub toks: Range<usize>,
    pub value: f64,
    pub kind: QKind,
    /// How far a value may be and still round to this one (0: exact).
    pub slack: f64,
}

impl Quantity {
    /// Whether `other` (an article's quantity) says the same as this (a summary's).
    pub fn supported_by(&self, other: &Quantity) -> bool {
        use QKind::*;
        // A percentage is only ever a percentage; the rest may be written either way.
        let compatible = match (self.kind, other.kind) {
            (Percent, k) | (k, Percent) => k == Percent,
            (Money, Year) | (Year, Money) => false,
            _ => true,
        };
        if !compatible {
            return false;
        }
        let (a, b) = (self.value, other.value);
        let tol = self.slack.max(a.abs() * 1e-9);
        (a - b).abs() <= tol
    }
}

/// Words that say a number is rounded or a bound.
const HEDGES: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "some",
    "over",
    "than",
    "least",
    "under",
    "estimated",
    "up",
    "approx",
    "circa",
    "upwards",
];

fn small_number(w: &str) -> Option<f64> {
    const UNITS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as f64);
    }
    TENS.iter()
        .position(|t| *t == w)
        .map(|i| (i as f64 + 2.0) * 10.0)
}

fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mn" | "mln" => 1e6,
        "billion" | "bn" | "bln" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

const CURRENCY_SIGNS: &[char] = &['$', '£', '€', '¥', '₹'];
const CURRENCY_WORDS: &[&str] = &[
    "dollars", "dollar", "pounds", "euros", "euro", "cents", "usd", "gbp", "eur", "yen", "pence",
];

/// A digit string with thousands separators and a decimal point, and what follows it in the
/// same word: `("2.5", "bn")` → (2.5, 1 decimal, "bn").
fn parse_digits(w: &str) -> Option<(f64, usize, &str)> {
    let b = w.as_bytes();
    if !b.first()?.is_ascii_digit() {
        return None;
    }
    let n = b
        .iter()
        .position(|c| !(c.is_ascii_digit() || *c == b',' || *c == b'.'))
        .unwrap_or(b.len());
    let num = w.get(..n)?.trim_end_matches([',', '.']);
    let suffix = w.get(num.len()..)?.trim_start_matches([',', '.']);
    let digits: String = num.chars().filter(|c| *c != ',').collect();
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
    let value: f64 = digits.parse().ok()?;
    value.is_finite().then_some((value, decimals, suffix))
}

/// The quantities of a sentence. `english`: number words are read too.
pub(super) fn quantities(text: &str, toks: &[Tok], english: bool) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match quantity_at(text, toks, i, english) {
            Some(q) => {
                i = q.toks.end.max(i + 1);
                out.push(q);
            }
            None => i += 1,
        }
    }
    out
}

fn quantity_at(text: &str, toks: &[Tok], i: usize, english: bool) -> Option<Quantity> {
    let t = &toks[i];
    let lower = t.lower.as_str();
    let mut end = i + 1;
    let mut kind = QKind::Plain;
    let mut value;
    let mut slack = 0.0;
    let money_before = text
        .get(..t.start)
        .map(|s| s.trim_end_matches(' ').ends_with(CURRENCY_SIGNS))
        .unwrap_or(false);
    if let Some((v, decimals, suffix)) = parse_digits(lower) {
        value = v;
        let step = 10f64.powi(-(decimals as i32));
        let mut scale = match suffix {
            "" => 1.0,
            "k" => 1e3,
            "m" if money_before => 1e6,
            "mn" | "mln" | "million" => 1e6,
            "b" if money_before => 1e9,
            "bn" | "bln" | "billion" => 1e9,
            "tn" | "trillion" => 1e12,
            "st" | "nd" | "rd" | "th" => {
                kind = QKind::Ordinal;
                1.0
            }
            "s" if (1000.0..=2100.0).contains(&v) && decimals == 0 => {
                kind = QKind::Year;
                1.0
            }
            "pc" => {
                kind = QKind::Percent;
                1.0
            }
            _ => 1.0,
        };
        if scale == 1.0 && kind == QKind::Plain {
            if let Some(s) = toks.get(end).and_then(|n| scale_word(&n.lower)) {
                scale = s;
                end += 1;
            } else if money_before {
                if let Some(n) = toks.get(end) {
                    if matches!(n.lower.as_str(), "m" | "b" | "k") {
                        scale = match n.lower.as_str() {
                            "m" => 1e6,
                            "b" => 1e9,
                            _ => 1e3,
                        };
                        end += 1;
                    }
                }
            }
        }
        if scale > 1.0 {
            value *= scale;
            slack = step * scale / 2.0;
        }
        if kind == QKind::Plain
            && suffix.is_empty()
            && scale == 1.0
            && decimals == 0
            && !lower.contains(',')
            && lower.len() == 4
            && (1000.0..=2100.0).contains(&v)
            && !money_before
        {
            kind = QKind::Year;
        }
    } else if english {
        // Number words: "thirty-five", "two hundred and five", "a dozen", "1.5 million" is above.
        let (v, e) = number_words(toks, i)?;
        value = v;
        end = e;
    } else {
        return None;
    }
    let mut span = t.start..toks[end - 1].end;
    if money_before {
        kind = QKind::Money;
        let before = text.get(..t.start).unwrap_or("").trim_end_matches(' ');
        span.start = before
            .char_indices()
            .next_back()
            .map_or(span.start, |(p, _)| p);
    }
    // A percent sign or word, a currency word after the number.
    let after = text.get(span.end..).unwrap_or("");
    let trimmed = after.trim_start_matches(' ');
    if trimmed.starts_with('%') {
        kind = QKind::Percent;
        span.end += after.len() - trimmed.len() + 1;
    } else if let Some(n) = toks.get(end) {
        match n.lower.as_str() {
            "percent" | "pct" | "percentage" => {
                kind = QKind::Percent;
                span.end = n.end;
                end += 1;
            }
            "per" if toks.get(end + 1).is_some_and(|c| c.lower == "cent") => {
                kind = QKind::Percent;
                span.end = toks[end + 1].end;
                end += 2;
            }
            w if CURRENCY_WORDS.contains(&w) => {
                kind = QKind::Money;
                span.end = n.end;
                end += 1;
            }
            _ => {}
        }
    }
    // A hedge before the number lets it round at its last non-zero digit.
    let hedged = i > 0 && HEDGES.contains(&toks[i - 1].lower.as_str());
    if hedged && slack == 0.0 && value.fract() == 0.0 && value >= 10.0 {
        let mut step = 1.0;
        let mut v = value;
        while v >= 10.0 && (v % 10.0) == 0.0 {
            v /= 10.0;
            step *= 10.0;
        }
        slack = step / 2.0;
    }
    Some(Quantity {
        span,
        toks: i..end,
        value,
        kind,
        slack,
    })
}

/// A number written in words from token `i`: its value and the token after it. A lone "one"
/// or "a" is not a quantity ("one of the", "no one").
fn number_words(toks: &[Tok], i: usize) -> Option<(f64, usize)> {
    let mut total = 0.0;
    let mut cur = 0.0;
    let mut j = i;
    let mut words = 0;
    let mut scaled = false;
    let mut last_small = false;
    while let Some(t) = toks.get(j) {
        let w = t.lower.as_str();
        if let Some(n) = small_number(w) {
            if last_small && (n >= 10.0 || cur % 10.0 != 0.0 || cur == 0.0) {
                break;
            }
            cur += n;
            last_small = true;
        } else if w == "dozen" {
            cur = if cur == 0.0 { 12.0 } else { cur * 12.0 };
            scaled = true;
            last_small = false;
        } else if let Some(s) = scale_word(w) {
            let base = if cur == 0.0 { 1.0 } else { cur };
            if s == 100.0 {
                cur = base * 100.0;
            } else {
                total += base * s;
                cur = 0.0;
            }
            scaled = true;
            last_small = false;
        } else if (w == "a" && j == i) || (w == "and" && words > 0 && scaled) {
            let next = toks.get(j + 1).map(|n| n.lower.as_str()).unwrap_or("");
            let ok = if w == "a" {
                next == "dozen" || scale_word(next).is_some()
            } else {
                small_number(next).is_some()
            };
            if !ok {
                break;
            }
        } else {
            break;
        }
        if w != "a" && w != "and" {
            words += 1;
        }
        j += 1;
    }
    let value = total + cur;
    if words == 0 || (!scaled && value < 2.0) {
        return None;
    }
    // Trailing "and" is not part of the number.
    while j > i && matches!(toks[j - 1].lower.as_str(), "and" | "a") {
        j -= 1;
    }
    Some((value, j))
}

/// Months (1–12) and weekdays (21–27) of a sentence: the key and the token index. "May" and
/// "March" count only when capitalized or next to a number.
pub(super) fn dates(toks: &[Tok], english: bool) -> Vec<(u8, usize)> {
    const MONTHS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    const ABBREV: &[&str] = &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec",
    ];
    const DAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let mut out = Vec::new();
    if !english {
        return out;
    }
    for (i, t) in toks.iter().enumerate() {
        let w = t.lower.as_str();
        let w = w.strip_suffix("'s").unwrap_or(w);
        let near_number = |j: Option<usize>| {
            j.and_then(|j| toks.get(j))
                .is_some_and(|n| n.word.as_bytes().first().is_some_and(u8::is_ascii_digit))
        };
        let numbered = near_number(Some(i + 1)) || near_number(i.checked_sub(1));
        if let Some(m) = MONTHS.iter().position(|m| *m == w) {
            let ambiguous = matches!(w, "may" | "march" | "august");
            if !ambiguous || numbered || (t.cap && i > 0) {
                out.push((m as u8 + 1, i));
            }
        } else if let Some(m) = ABBREV.iter().position(|m| *m == w) {
            if numbered && t.cap {
                out.push((m as u8 + 1, i));
            }
        } else if let Some(d) = DAYS.iter().position(|d| *d == w) {
            out.push((d as u8 + 21, i));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;
    use crate::text::terms::Terms;
    use crate::text::Language;

    fn qs(text: &str) -> Vec<(f64, QKind, String)> {
        let mut terms = Terms::new(Language::English);
        let toks = tokenize(text, &mut terms, &mut Vec::new());
        quantities(text, &toks, true)
            .into_iter()
            .map(|q| (q.value, q.kind, text[q.span].to_string()))
            .collect()
    }

    #[test]
    fn digits_words_scales_percent_money_years() {
        use QKind::*;
        assert_eq!(
            qs("Thirty-five people and 2.5bn dollars, 12% and $1,200.50 in 2014."),
            vec![
                (35.0, Plain, "Thirty-five".into()),
                (2.5e9, Money, "2.5bn dollars".into()),
                (12.0, Percent, "12%".into()),
                (1200.5, Money, "$1,200.50".into()),
                (2014.0, Year, "2014".into()),
            ]
        );
        assert_eq!(
            qs("a dozen cars, two hundred and five votes, 3 million, 40 per cent"),
            vec![
                (12.0, Plain, "a dozen".into()),
                (205.0, Plain, "two hundred and five".into()),
                (3e6, Plain, "3 million".into()),
                (40.0, Percent, "40 per cent".into()),
            ]
        );
        // A lone "one" is no quantity; tokenized text reads the same.
        assert_eq!(qs("one of the men , no one else"), vec![]);
        assert_eq!(
            qs("£ 5 m and 1990s"),
            vec![(5e6, Money, "£ 5 m".into()), (1990.0, Year, "1990s".into())]
        );
    }

    #[test]
    fn rounding_only_when_the_summary_rounds() {
        let mut terms = Terms::new(Language::English);
        let q = |t: &str, terms: &mut Terms| {
            let toks = tokenize(t, terms, &mut Vec::new());
            quantities(t, &toks, true).remove(0)
        };
        let summary = q("2.5 million", &mut terms);
        assert!(summary.supported_by(&q("2,480,000", &mut terms)));
        assert!(!summary.supported_by(&q("2,380,000", &mut terms)));
        let exact = q("30 dead", &mut terms);
        assert!(!exact.supported_by(&q("31", &mut terms)));
        assert!(exact.supported_by(&q("thirty", &mut terms)));
        let about = q("about 30 dead", &mut terms);
        assert!(about.supported_by(&q("31", &mut terms)));
    }
}

//! A fast implementation of the Snowball English ("Porter2") stemmer, allocating nothing but
//! the stem it pushes into the caller's `String`.
//!
//! The definition is the Snowball English algorithm as generated in `rust-stemmers` 1.2.0
//! (`snowball/algorithms/english.rs`): the exceptional words (`skis`, `dying`, `news`, …,
//! `inning`, `proceed`, …), the leading-apostrophe removal and `y` → `Y` marking of the
//! prelude, R1/R2 with the `gener`/`commun`/`arsen` prefixes, step 0's `'s'`/`'`/`'s`, steps
//! 1a–5 with their longest-suffix-wins rule, and the final `Y` → `y`. This file follows that
//! code step by step, but on ASCII bytes held in registers instead of a `String` rebuilt for
//! every change: a word of up to 16 bytes lives in one `u128` (longer ones, up to 64 bytes,
//! in a stack buffer), suffixes are tested as masked integers against the word's last eight
//! bytes (kept in a `u64`), the exceptional words are found through perfect hashes, and "is
//! there a vowel before here" and the R1/R2 scans are bit operations on a mask of the word's
//! vowels, found eight bytes at a time.
//!
//! Its tests check it against `rust-stemmers` (the definition) word for word: over a real
//! vocabulary (`tests/data/porter2-words.txt`) plus hand-picked tricky words, every short word
//! of a small alphabet, and random words; `examples/stem_bench.rs` compares their speed. Input
//! that is not pure ASCII, or is longer than 64 bytes, is handed to `rust-stemmers` itself.

use rust_stemmers::{Algorithm, Stemmer};

/// Longest word stemmed on the fast path; longer words go to `rust-stemmers`.
const MAX: usize = 64;
/// Longest word kept in a `u128`.
const SHORT: usize = 16;
/// Zero bytes ahead of a long word in its buffer, so that the eight bytes ending anywhere in
/// the word can always be read.
const PAD: usize = 8;

/// Stems a lower-cased English word exactly as the Snowball English (Porter2) stemmer does.
/// `out` is cleared and receives the stem. Any input is accepted; words that are not pure
/// ASCII, or longer than 64 bytes, are stemmed by `rust-stemmers` itself.
pub fn stem_english(word: &str, out: &mut String) {
    out.clear();
    let bytes = word.as_bytes();
    // "not hop 3": words of under three characters are left as they are (no exceptional
    // word is that short).
    if bytes.len() < 3 {
        out.push_str(word);
        return;
    }
    if bytes.len() > MAX {
        fallback(word, out);
        return;
    }
    // The prelude deletes a leading apostrophe; the rest is loaded.
    let start = usize::from(bytes[0] == b'\'');
    let rest = &bytes[start..];
    let n = rest.len();
    if n <= SHORT {
        // Read straight from the input, in registers (eight bytes at a time, no loop).
        let (lo, hi, t, vowels, ys) = if n >= 8 {
            let (lo, hi) = first_16(rest);
            let (v0, y0) = classify(lo);
            let (v1, y1) = classify(hi);
            (lo, hi, be_at(rest, n - 8), v0 | v1 << 8, y0 | y1)
        } else {
            let (lo, _) = first_16(rest);
            let (v0, y0) = classify(lo);
            (lo, 0, (lo << (8 * (8 - n))).swap_bytes(), v0, y0)
        };
        if (lo | hi) & HIGH != 0 {
            fallback(word, out);
            return;
        }
        let ys = if ys == 0 {
            0
        } else {
            gather_high_bits(!bytes_ne(lo, b'y') & HIGH)
                | gather_high_bits(!bytes_ne(hi, b'y') & HIGH) << 8
        };
        let w = Word {
            bytes: Short(u128::from(lo) | u128::from(hi) << 64),
            n,
            t,
            p1: n,
            p2: n,
            vowels,
            y_found: false,
            keep: n,
        };
        w.run(word, start, ys, lo, out);
    } else {
        if !rest.is_ascii() {
            fallback(word, out);
            return;
        }
        let mut b = [0u8; PAD + MAX + 4];
        b[PAD..PAD + n].copy_from_slice(rest);
        let mut vowels = 0u64;
        let mut ys = 0u64;
        for k in 0..n.div_ceil(8) {
            let x = le_at(&b, PAD + 8 * k);
            vowels |= classify(x).0 << (8 * k);
            ys |= gather_high_bits(!bytes_ne(x, b'y') & HIGH) << (8 * k);
        }
        let w = Word {
            bytes: Long(b),
            n,
            t: be_at(rest, n - 8),
            p1: n,
            p2: n,
            vowels,
            y_found: false,
            keep: n,
        };
        w.run(word, start, ys, le_at(rest, 0), out);
    }
}

/// The definition itself, for input the fast path does not take.
fn fallback(word: &str, out: &mut String) {
    // `Stemmer` is a function pointer: creating one costs nothing.
    out.push_str(&Stemmer::create(Algorithm::English).stem(word));
}

/// The eight bytes of `b` from `at`, first one lowest (zero when there are not eight).
#[inline(always)]
fn le_at(b: &[u8], at: usize) -> u64 {
    b.get(at..)
        .and_then(|s| s.first_chunk::<8>())
        .map_or(0, |a| u64::from_le_bytes(*a))
}

/// The eight bytes of `b` from `at`, last one lowest (zero when there are not eight).
#[inline(always)]
fn be_at(b: &[u8], at: usize) -> u64 {
    b.get(at..)
        .and_then(|s| s.first_chunk::<8>())
        .map_or(0, |a| u64::from_be_bytes(*a))
}

/// The first sixteen bytes of `w` (at least two bytes long), zero-padded, as two integers
/// with the first byte lowest. Read without a loop and without going through memory.
#[inline(always)]
fn first_16(w: &[u8]) -> (u64, u64) {
    let n = w.len();
    let le4 = |at: usize| {
        w.get(at..)
            .and_then(|s| s.first_chunk::<4>())
            .map_or(0, |a| u64::from(u32::from_le_bytes(*a)))
    };
    let byte = |at: usize| w.get(at).map_or(0, |&c| u64::from(c));
    if n >= 16 {
        (le_at(w, 0), le_at(w, 8))
    } else if n >= 8 {
        // The last eight bytes, shifted down past those already in the first word.
        let last = le_at(w, n - 8);
        (
            le_at(w, 0),
            last.checked_shr(8 * (16 - n as u32)).unwrap_or(0),
        )
    } else if n >= 4 {
        (le4(0) | le4(n - 4) << (8 * (n - 4)), 0)
    } else {
        let last = n.saturating_sub(1);
        (byte(0) | byte(1) << 8 | byte(last) << (8 * last), 0)
    }
}

/// `0x01` in every byte of a `u64`.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
const HIGH: u64 = ONES * 0x80;

/// The high bit of each byte of `x` (eight ASCII bytes) set when that byte is not `c`.
#[inline(always)]
fn bytes_ne(x: u64, c: u8) -> u64 {
    // Each byte of `x ^ c…` is below 0x80, so adding 0x7f sets its high bit unless it is
    // zero, and never carries into the next byte.
    (x ^ (ONES * u64::from(c))).wrapping_add(ONES * 0x7f) & HIGH
}

/// The high bits of the bytes of `h` (nothing else set) as the low eight bits: byte `j`'s
/// is bit `j`.
#[inline(always)]
fn gather_high_bits(h: u64) -> u64 {
    (h >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// Which of eight ASCII bytes (first one lowest) are in grouping `v`, as the low eight bits
/// of a mask; and whether any is a `y` (non-zero if so).
#[inline(always)]
fn classify(x: u64) -> (u64, u64) {
    // Each byte of `x ^ c…` is below 0x80, so adding 0x7f sets its high bit unless it is
    // zero, and never carries into the next byte. (Non-ASCII input gives garbage, but no
    // overflow: its caller then hands the word to `rust-stemmers`.)
    let ne = |c: u8| (x ^ (ONES * u64::from(c))).wrapping_add(ONES * 0x7f);
    let not_y = ne(b'y');
    let not_v = ne(b'a') & ne(b'e') & ne(b'i') & ne(b'o') & ne(b'u') & not_y;
    (gather_high_bits(!not_v & HIGH), !not_y & HIGH)
}

/// `s` as an integer, its last byte lowest, and the mask of its bytes: a word whose last
/// eight bytes are `t` (as in [`Word::t`]) ends with `s` when `t & mask == value`.
const fn suffix(s: &[u8]) -> (u64, u64) {
    let mut value = 0u64;
    let mut i = 0;
    while i < s.len() {
        value = (value << 8) | s[i] as u64;
        i += 1;
    }
    let mask = if s.len() >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * s.len())) - 1
    };
    (value, mask)
}

/// Whether the word whose last eight bytes are `$t` ends with the byte string `$s` (no
/// suffix holds a zero byte, so the zeros standing in for bytes before the word never match).
macro_rules! ends {
    ($t:expr, $s:literal) => {{
        const S: (u64, u64) = suffix($s);
        ($t & S.1) == S.0
    }};
}

/// An exceptional word, as its last eight bytes (see [`Word::t`]), its length and its stem.
#[derive(Clone, Copy)]
struct Exception {
    key: u64,
    len: usize,
    stem: &'static str,
}

/// A perfect-hash table of exceptional words: `N` (a power of two) slots, the slot of a key
/// being the top bits of its product with `multiplier`. Empty slots have `len` 0.
const fn exceptions<const N: usize>(
    words: &[(&str, &'static str)],
    multiplier: u64,
) -> [Exception; N] {
    let mut table = [Exception {
        key: 0,
        len: 0,
        stem: "",
    }; N];
    let mut i = 0;
    while i < words.len() {
        let (word, stem) = words[i];
        let key = suffix(word.as_bytes()).0;
        let slot = slot::<N>(key, multiplier);
        assert!(
            table[slot].len == 0,
            "two exceptional words share a slot: pick another multiplier"
        );
        table[slot] = Exception {
            key,
            len: word.len(),
            stem,
        };
        i += 1;
    }
    table
}

#[inline(always)]
const fn slot<const N: usize>(key: u64, multiplier: u64) -> usize {
    (key.wrapping_mul(multiplier) >> (64 - N.trailing_zeros())) as usize
}

/// The exceptional word that the word of `n` bytes whose last eight are `t` is, if any.
#[inline(always)]
fn lookup<const N: usize>(
    table: &[Exception; N],
    multiplier: u64,
    t: u64,
    n: usize,
) -> Option<&Exception> {
    let e = &table[slot::<N>(t, multiplier)];
    (e.key == t && e.len == n).then_some(e)
}

/// Snowball's `exception1`: whole words with a fixed stem (those stemming to themselves
/// included), matched on the word as given, before the prelude.
const EXCEPTION1_MULTIPLIER: u64 = 0xd9bc_1d97_e0f3_a7ef;
static EXCEPTION1: [Exception; 32] = exceptions(
    &[
        ("skis", "ski"),
        ("skies", "sky"),
        ("dying", "die"),
        ("lying", "lie"),
        ("tying", "tie"),
        ("idly", "idl"),
        ("gently", "gentl"),
        ("ugly", "ugli"),
        ("early", "earli"),
        ("only", "onli"),
        ("singly", "singl"),
        ("andes", "andes"),
        ("atlas", "atlas"),
        ("bias", "bias"),
        ("cosmos", "cosmos"),
        ("howe", "howe"),
        ("news", "news"),
        ("sky", "sky"),
    ],
    EXCEPTION1_MULTIPLIER,
);

/// Snowball's `exception2`: words left alone after step 1a.
const EXCEPTION2_MULTIPLIER: u64 = 0x7146_99bd_a826_e5f1;
static EXCEPTION2: [Exception; 8] = exceptions(
    &[
        ("succeed", ""),
        ("proceed", ""),
        ("exceed", ""),
        ("canning", ""),
        ("inning", ""),
        ("earring", ""),
        ("herring", ""),
        ("outing", ""),
    ],
    EXCEPTION2_MULTIPLIER,
);

/// Grouping `v`: `aeiouy` (lower case only; the marked `Y` is a consonant).
#[inline]
fn is_v(c: u8) -> bool {
    const V: u32 = 1 | 1 << 4 | 1 << 8 | 1 << 14 | 1 << 20 | 1 << 24;
    let i = c.wrapping_sub(b'a');
    i < 25 && (V >> i) & 1 != 0
}

/// Grouping `v_WXY`: `v` plus `w`, `x` and `Y`.
#[inline]
fn is_v_wxy(c: u8) -> bool {
    is_v(c) || matches!(c, b'w' | b'x' | b'Y')
}

/// Grouping `valid_LI`: `cdeghkmnrt`.
#[inline]
fn is_valid_li(c: u8) -> bool {
    matches!(
        c,
        b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't'
    )
}

/// Bits `from..` of a `u64` (none when `from >= 64`).
#[inline]
fn from_bit(from: usize) -> u64 {
    u64::MAX.checked_shl(from as u32).unwrap_or(0)
}

/// Bits `..below` of a `u64`.
#[inline]
fn below_bit(below: usize) -> u64 {
    !from_bit(below)
}

/// A replacement suffix of at most four bytes: the bytes (zero-padded), as an integer with
/// the last byte lowest, and the length.
#[derive(Clone, Copy)]
struct Rep {
    bytes: [u8; 4],
    value: u64,
    len: usize,
}

const fn rep(s: &[u8]) -> Rep {
    assert!(s.len() <= 4);
    let mut bytes = [0u8; 4];
    let mut i = 0;
    while i < s.len() {
        bytes[i] = s[i];
        i += 1;
    }
    Rep {
        bytes,
        value: suffix(s).0,
        len: s.len(),
    }
}

/// A replacement suffix, computed at compile time.
macro_rules! rep {
    ($s:literal) => {{
        const R: Rep = rep($s);
        R
    }};
}

/// Where a word's bytes are kept. Offsets are into the word; bytes at or after the word's
/// length may hold anything.
trait Bytes {
    /// The eight bytes ending at offset `end`, the last one lowest (zeros stand in for
    /// bytes before the word).
    fn tail_at(&self, end: usize) -> u64;
    /// Writes the four bytes of `rep` at offset `at` (`at <= MAX`).
    fn write(&mut self, at: usize, rep: Rep);
    /// Sets the byte at offset `i` (less than the word's length).
    fn set(&mut self, i: usize, c: u8);
    /// The byte at offset `i` (less than the word's length).
    fn get(&self, i: usize) -> u8;
}

/// A word of up to [`SHORT`] bytes, first byte lowest.
struct Short(u128);

impl Bytes for Short {
    #[inline(always)]
    fn tail_at(&self, end: usize) -> u64 {
        // Byte `end - 1` to the top, then the top eight bytes, last one lowest.
        let up = self
            .0
            .checked_shl(8 * (SHORT - end.min(SHORT)) as u32)
            .unwrap_or(0);
        ((up >> 64) as u64).swap_bytes()
    }

    #[inline(always)]
    fn write(&mut self, at: usize, rep: Rep) {
        let at = 8 * at as u32;
        let mask = 0xffff_ffff_u128.checked_shl(at).unwrap_or(0);
        let value = u128::from(u32::from_le_bytes(rep.bytes))
            .checked_shl(at)
            .unwrap_or(0);
        self.0 = (self.0 & !mask) | value;
    }

    #[inline(always)]
    fn set(&mut self, i: usize, c: u8) {
        let at = 8 * i as u32;
        let mask = 0xff_u128.checked_shl(at).unwrap_or(0);
        let value = u128::from(c).checked_shl(at).unwrap_or(0);
        self.0 = (self.0 & !mask) | value;
    }

    #[inline(always)]
    fn get(&self, i: usize) -> u8 {
        self.0.checked_shr(8 * i as u32).unwrap_or(0) as u8
    }
}

/// A word of up to [`MAX`] bytes, after [`PAD`] zero bytes, with room for a four-byte write
/// at any offset up to `MAX`.
struct Long([u8; PAD + MAX + 4]);

impl Bytes for Long {
    #[inline(always)]
    fn tail_at(&self, end: usize) -> u64 {
        be_at(&self.0, end)
    }

    #[inline(always)]
    fn write(&mut self, at: usize, rep: Rep) {
        if let Some(dst) = self.0.get_mut(PAD + at..PAD + at + 4) {
            dst.copy_from_slice(&rep.bytes);
        }
    }

    #[inline(always)]
    fn set(&mut self, i: usize, c: u8) {
        if let Some(b) = self.0.get_mut(PAD + i) {
            *b = c;
        }
    }

    #[inline(always)]
    fn get(&self, i: usize) -> u8 {
        self.0.get(PAD + i).copied().unwrap_or(0)
    }
}

/// The word being stemmed, with Snowball's marks: `p1` and `p2` are byte offsets into the
/// word as it was after the prelude (like Snowball's, they are never moved).
struct Word<B> {
    bytes: B,
    /// The word's length.
    n: usize,
    /// The word's last eight bytes, last one lowest, zeros standing in for bytes before the
    /// word: a suffix test is a mask and a compare (see [`ends!`]).
    t: u64,
    p1: usize,
    p2: usize,
    /// Bit `i` set when byte `i` of the word after the prelude is in `v`. Valid for the word
    /// through step 1b's vowel test: until then the word only ever gets shorter.
    vowels: u64,
    /// Whether the prelude marked a `y` as `Y`.
    y_found: bool,
    /// The word's first `keep` bytes are still those of the input (`Y` marks aside).
    keep: usize,
}

impl<B: Bytes> Word<B> {
    /// Stems the word loaded from `word[start..]` into `out`: `ys` has a bit for each `y`,
    /// `head` is the word's first eight bytes (zero-padded), first one lowest.
    #[inline(always)]
    fn run(mut self, word: &str, start: usize, ys: u64, head: u64, out: &mut String) {
        // exception1, on the word as given (none starts with an apostrophe).
        if start == 0 {
            if let Some(e) = lookup(&EXCEPTION1, EXCEPTION1_MULTIPLIER, self.t, self.n) {
                out.push_str(e.stem);
                return;
            }
        }
        if ys != 0 {
            self.mark_y(ys);
        }
        self.mark_regions(head);
        self.step_1a();
        if !self.exception2() {
            self.step_1b();
            self.step_1c();
            self.step_2();
            self.step_3();
            self.step_4();
            self.step_5();
        }
        // The stem: the input's bytes up to `keep`, then those that changed, with the
        // postlude's `Y` → `y` — which lowers any `Y` of the input too.
        let mut keep = self.keep.min(self.n);
        if self.y_found {
            if let Some(p) = word.as_bytes()[start..start + keep]
                .iter()
                .position(|&c| c == b'Y')
            {
                keep = p;
            }
        }
        match word.get(start..start + keep) {
            Some(kept) => out.push_str(kept),
            // Unreachable (ASCII input), kept for the no-panic guarantee.
            None => return fallback(word, out),
        }
        for i in keep..self.n {
            let c = self.bytes.get(i);
            out.push(char::from(if c == b'Y' && self.y_found { b'y' } else { c }));
        }
    }

    /// Prelude: a leading `y`, and every `y` after a vowel, becomes `Y` — left to right, so
    /// that of `ayyy` the second and fourth are marked (the third follows a `Y`).
    fn mark_y(&mut self, mut ys: u64) {
        while ys != 0 {
            let i = ys.trailing_zeros() as usize;
            ys &= ys - 1;
            if i == 0 || self.vowels & (1 << (i - 1)) != 0 {
                self.bytes.set(i, b'Y');
                self.vowels &= !(1 << i);
                self.y_found = true;
            }
        }
        self.t = self.bytes.tail_at(self.n);
    }

    /// Snowball's `mark_regions`, `head` being the first eight bytes of the word.
    fn mark_regions(&mut self, head: u64) {
        const fn prefix(s: &[u8]) -> (u64, u64) {
            let mut value = 0u64;
            let mut i = 0;
            while i < s.len() {
                value |= (s[i] as u64) << (8 * i);
                i += 1;
            }
            (value, (1u64 << (8 * s.len())) - 1)
        }
        const GENER: (u64, u64) = prefix(b"gener");
        const ARSEN: (u64, u64) = prefix(b"arsen");
        const COMMUN: (u64, u64) = prefix(b"commun");
        // `head` is zero-padded, so a word shorter than a prefix cannot match it; and none of
        // the prefixes has a `y`, so the marking does not matter.
        let p1 = if head & GENER.1 == GENER.0 || head & ARSEN.1 == ARSEN.0 {
            5
        } else if head & COMMUN.1 == COMMUN.0 {
            6
        } else {
            match self.after_vowel_consonant(0) {
                Some(p) => p,
                None => return,
            }
        };
        self.p1 = p1;
        self.p2 = self.after_vowel_consonant(p1).unwrap_or(self.n);
    }

    /// The offset just past the first non-vowel that follows a vowel at or after `from`
    /// (Snowball's `gopast v gopast non-v`), if there is one.
    fn after_vowel_consonant(&self, from: usize) -> Option<usize> {
        let v = self.vowels & from_bit(from);
        if v == 0 {
            return None;
        }
        let consonants = !self.vowels & below_bit(self.n);
        let c = consonants & from_bit(v.trailing_zeros() as usize + 1);
        if c == 0 {
            return None;
        }
        Some(c.trailing_zeros() as usize + 1)
    }

    /// Drops the last `k` bytes (`k <= n`).
    #[inline]
    fn cut(&mut self, k: usize) {
        self.n -= k;
        self.t = self.bytes.tail_at(self.n);
    }

    /// Replaces the last `len` bytes (`len <= n`) by `with`.
    #[inline]
    fn replace(&mut self, len: usize, with: Rep) {
        let start = self.n - len;
        self.bytes.write(start, with);
        self.t = (self.bytes.tail_at(start) << (8 * with.len)) | with.value;
        self.n = start + with.len;
        self.keep = self.keep.min(start);
    }

    /// Snowball's `shortv` with the cursor at `c`, the word's last eight bytes up to there
    /// being `t`: `[^v_WXY][v][^v]` ends there, or the word up to there is `[v][^v]`.
    #[inline]
    fn shortv(c: usize, t: u64) -> bool {
        let (last, before, third) = (t as u8, (t >> 8) as u8, (t >> 16) as u8);
        if c >= 3 {
            !is_v_wxy(last) && is_v(before) && !is_v(third)
        } else {
            c == 2 && !is_v(last) && is_v(before)
        }
    }

    /// Snowball's `exception2`: words left alone after step 1a.
    #[inline(always)]
    fn exception2(&self) -> bool {
        lookup(&EXCEPTION2, EXCEPTION2_MULTIPLIER, self.t, self.n).is_some()
    }

    fn step_1a(&mut self) {
        // Step 0: the longest of `'s'`, `'`, `'s`.
        let t = self.t;
        if ends!(t, b"'s'") {
            self.cut(3);
        } else if ends!(t, b"'") {
            self.cut(1);
        } else if ends!(t, b"'s") {
            self.cut(2);
        }
        let t = self.t;
        match t as u8 {
            b's' => {
                if ends!(t, b"sses") {
                    self.cut(2);
                } else if ends!(t, b"ies") {
                    self.ies();
                } else if ends!(t, b"ss") || ends!(t, b"us") {
                } else if self.vowels & below_bit(self.n.saturating_sub(2)) != 0 {
                    // Delete the `s` when a vowel comes before the letter before it.
                    self.cut(1);
                }
            }
            b'd' if ends!(t, b"ied") => self.ies(),
            _ => {}
        }
    }

    /// Step 1a's `ied`/`ies`: `i` when at least two letters precede, else `ie`.
    fn ies(&mut self) {
        self.cut(if self.n >= 5 { 2 } else { 1 });
    }

    fn step_1b(&mut self) {
        let t = self.t;
        let len = match t as u8 {
            b'y' if ends!(t, b"eedly") => {
                if self.n - 5 >= self.p1 {
                    self.cut(3);
                }
                return;
            }
            b'y' if ends!(t, b"ingly") => 5,
            b'y' if ends!(t, b"edly") => 4,
            b'd' if ends!(t, b"eed") => {
                if self.n - 3 >= self.p1 {
                    self.cut(1);
                }
                return;
            }
            b'd' if ends!(t, b"ed") => 2,
            b'g' if ends!(t, b"ing") => 3,
            _ => return,
        };
        // Deleted when a vowel precedes.
        if self.vowels & below_bit(self.n - len) == 0 {
            return;
        }
        self.cut(len);
        let t = self.t;
        let last = t as u8;
        if ends!(t, b"at") || ends!(t, b"bl") || ends!(t, b"iz") {
            self.replace(0, rep!(b"e"));
        } else if last == (t >> 8) as u8
            && matches!(
                last,
                b'b' | b'd' | b'f' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
            )
        {
            self.cut(1);
        } else if self.n == self.p1 && Self::shortv(self.n, t) {
            self.replace(0, rep!(b"e"));
        }
    }

    fn step_1c(&mut self) {
        let t = self.t;
        if self.n >= 3 && matches!(t as u8, b'y' | b'Y') && !is_v((t >> 8) as u8) {
            self.replace(1, rep!(b"i"));
        }
    }

    fn step_2(&mut self) {
        // Every suffix has two bytes or more, all in R1.
        if self.n < self.p1 + 2 {
            return;
        }
        let t = self.t;
        let (len, with) = match t as u8 {
            b'i' if ends!(t, b"li") => {
                if ends!(t, b"lessli") {
                    (6, rep!(b"less"))
                } else if ends!(t, b"fulli") {
                    (5, rep!(b"ful"))
                } else if ends!(t, b"ousli") {
                    (5, rep!(b"ous"))
                } else if ends!(t, b"entli") {
                    (5, rep!(b"ent"))
                } else if ends!(t, b"abli") {
                    (4, rep!(b"able"))
                } else if ends!(t, b"alli") {
                    (4, rep!(b"al"))
                } else if ends!(t, b"bli") {
                    (3, rep!(b"ble"))
                } else {
                    // `li` after a valid `li` ending: deleted.
                    if is_valid_li((t >> 16) as u8) {
                        self.cut(2);
                    }
                    return;
                }
            }
            b'i' if ends!(t, b"ti") => {
                if ends!(t, b"biliti") {
                    (6, rep!(b"ble"))
                } else if ends!(t, b"aliti") {
                    (5, rep!(b"al"))
                } else if ends!(t, b"iviti") {
                    (5, rep!(b"ive"))
                } else {
                    return;
                }
            }
            b'i' if ends!(t, b"anci") => (4, rep!(b"ance")),
            b'i' if ends!(t, b"enci") => (4, rep!(b"ence")),
            b'i' if ends!(t, b"ogi") => {
                // `ogi` after `l`: `og`.
                if self.n - 3 >= self.p1 && (t >> 24) as u8 == b'l' {
                    self.cut(1);
                }
                return;
            }
            b'l' if ends!(t, b"ational") => (7, rep!(b"ate")),
            b'l' if ends!(t, b"tional") => (6, rep!(b"tion")),
            b'm' if ends!(t, b"alism") => (5, rep!(b"al")),
            b'n' if ends!(t, b"ization") => (7, rep!(b"ize")),
            b'n' if ends!(t, b"ation") => (5, rep!(b"ate")),
            b'r' if ends!(t, b"izer") => (4, rep!(b"ize")),
            b'r' if ends!(t, b"ator") => (4, rep!(b"ate")),
            b's' if ends!(t, b"iveness") => (7, rep!(b"ive")),
            b's' if ends!(t, b"fulness") => (7, rep!(b"ful")),
            b's' if ends!(t, b"ousness") => (7, rep!(b"ous")),
            _ => return,
        };
        if self.n - len >= self.p1 {
            self.replace(len, with);
        }
    }

    fn step_3(&mut self) {
        // Every suffix has three bytes or more, all in R1.
        if self.n < self.p1 + 3 {
            return;
        }
        let t = self.t;
        let (len, with) = match t as u8 {
            b'e' if ends!(t, b"icate") => (5, rep!(b"ic")),
            b'e' if ends!(t, b"ative") => {
                // Deleted, in R2 as well as R1.
                if self.n - 5 >= self.p1.max(self.p2) {
                    self.cut(5);
                }
                return;
            }
            b'e' if ends!(t, b"alize") => (5, rep!(b"al")),
            b'i' if ends!(t, b"iciti") => (5, rep!(b"ic")),
            b'l' if ends!(t, b"ational") => (7, rep!(b"ate")),
            b'l' if ends!(t, b"tional") => (6, rep!(b"tion")),
            b'l' if ends!(t, b"ical") => (4, rep!(b"ic")),
            b'l' if ends!(t, b"ful") => (3, rep!(b"")),
            b's' if ends!(t, b"ness") => (4, rep!(b"")),
            _ => return,
        };
        if self.n - len >= self.p1 {
            self.replace(len, with);
        }
    }

    fn step_4(&mut self) {
        // Every suffix has two bytes or more, all in R2.
        if self.n < self.p2 + 2 {
            return;
        }
        let t = self.t;
        let len = match t as u8 {
            b'e' if ends!(t, b"ance") || ends!(t, b"ence") => 4,
            b'e' if ends!(t, b"able") || ends!(t, b"ible") => 4,
            b'e' if ends!(t, b"ate") || ends!(t, b"ive") || ends!(t, b"ize") => 3,
            b't' if ends!(t, b"ement") => 5,
            b't' if ends!(t, b"ment") => 4,
            b't' if ends!(t, b"ant") || ends!(t, b"ent") => 3,
            b'i' if ends!(t, b"iti") => 3,
            b'm' if ends!(t, b"ism") => 3,
            b'n' if ends!(t, b"ion") => {
                // `ion` after `s` or `t`: deleted.
                if self.n - 3 >= self.p2 && matches!((t >> 24) as u8, b's' | b't') {
                    self.cut(3);
                }
                return;
            }
            b's' if ends!(t, b"ous") => 3,
            b'c' if ends!(t, b"ic") => 2,
            b'l' if ends!(t, b"al") => 2,
            b'r' if ends!(t, b"er") => 2,
            _ => return,
        };
        if self.n - len >= self.p2 {
            self.cut(len);
        }
    }

    fn step_5(&mut self) {
        // Both suffixes are one byte, in R1 at least.
        if self.n <= self.p1 {
            return;
        }
        let t = self.t;
        let start = self.n - 1;
        match t as u8 {
            // In R2, or in R1 and not after a short syllable.
            b'e' if start >= self.p2 || !Self::shortv(start, t >> 8) => self.cut(1),
            // `l` after `l`, in R2.
            b'l' if start >= self.p2 && (t >> 8) as u8 == b'l' => self.cut(1),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reference(word: &str) -> String {
        Stemmer::create(Algorithm::English).stem(word).into_owned()
    }

    fn ours(word: &str) -> String {
        let mut out = String::from("stale");
        stem_english(word, &mut out);
        out
    }

    /// Every word on which the two differ, as "word: ours != reference".
    fn mismatches<'a>(words: impl IntoIterator<Item = &'a str>) -> (usize, Vec<String>) {
        let mut count = 0;
        let mut bad = Vec::new();
        for word in words {
            count += 1;
            let (a, b) = (ours(word), reference(word));
            if a != b {
                bad.push(format!("{word:?}: ours {a:?} != reference {b:?}"));
            }
        }
        (count, bad)
    }

    #[rustfmt::skip]
    const TRICKY: &[&str] = &[
        // Exceptional forms.
        "skis", "skies", "dying", "lying", "tying", "idly", "gently", "ugly", "early", "only",
        "singly", "sky", "news", "howe", "atlas", "cosmos", "bias", "andes", "inning", "innings",
        "outing", "outings", "canning", "cannings", "herring", "herrings", "earring", "earrings",
        "proceed", "proceeds", "proceeded", "proceeding", "exceed", "exceeds", "exceeded",
        "exceeding", "succeed", "succeeds", "succeeded", "succeeding", "inning's", "'skis",
        "skis'", "skyline", "newsy", "onlyx", "xonly", "Sky", "SKY", "biases", "atlases",
        // gener / commun / arsen.
        "generate", "generates", "generously", "generous", "general", "generically", "gener",
        "communism", "communication", "commune", "commun", "arsenal", "arsenic", "arsen",
        "'generate",
        // y handling.
        "youth", "sayings", "enjoying", "yyy", "yy", "y", "ayyy", "yay", "yayy", "boy", "boys",
        "cry", "by", "say", "saying", "Yes", "YyY", "YYy", "syzygy", "yelling", "toy'", "'yes",
        "'y", "'yy", "'yyy", "daily", "happy", "happily", "happiness", "Y", "xY", "abY", "aYY",
        // Apostrophes.
        "'s", "it's", "dogs'", "'''", "''", "'", "''''", "'s'", "''s'", "'s's", "don't",
        "o'neill", "rock'n'roll", "dog's'", "cats's", "ss's", "'ies", "'ied", "a's'",
        // Short words.
        "a", "is", "by", "ies", "ied", "ties", "cries", "tied", "cried", "us", "ss", "sss",
        "gas", "gaps", "was", "this", "kiwis", "as", "s", "ed", "ing", "eed", "bed", "bled",
        // Step 1b and friends.
        "bbb", "hopping", "hoping", "luxuriating", "consign", "consignment", "agreed",
        "agreedly", "feed", "feedly", "speeding", "hoped", "fizzed", "filled", "tanned",
        "sized", "rated", "bowing", "boxing", "fixing", "shed", "sing", "sings", "singing",
        "hop", "hopped", "traced", "capable", "exceedingly", "ingly", "edly",
        // Steps 2–5.
        "relational", "conditional", "valenci", "hesitanci", "digitizer", "conformabli",
        "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication",
        "operator", "feudalism", "decisiveness", "hopefulness", "callousness", "formaliti",
        "sensitiviti", "sensibiliti", "triplicate", "formative", "formalize", "electriciti",
        "electrical", "hopeful", "goodness", "revival", "allowance", "inference", "airliner",
        "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment",
        "dependent", "adoption", "homologou", "activate", "angulariti", "homologous",
        "effective", "bowdlerize", "controll", "roll", "rate", "cease", "geology",
        "archaeology", "fully", "lessly", "ably", "ogi", "logi", "li", "cli", "bli", "abli",
        "nationally", "emotionally", "historically",
        // Digits, dots, underscores, upper case.
        "u.s", "1,200.50", "3rd", "1990s", "a_b", "foo_bar_ing", "e.g", "i.e", "ph.d",
        "RUNNING", "Running", "HOPED", "CaTs", "ABC's",
        // Cases random testing once shrank to (against deliberately broken versions).
        "lyye", "zyye", "yies", "YAA", "yfulogi", "ee'e", "'ly", "' Y", "'yy", "yYs", "yas",
        "aYgsisyla", "aa0A aoy ", "a\0\0a\x000aAy", "bb'f'f'bf'ejing", "oas", "o0 e",
        "'bo'''bj'f'aness", "oyyy", "ob'e", " \0\x000Y\0A\0aaeya a\0\0",
        "e'aa'''bbbb'''bayational", "aAy", "a'y", "syyY", "ayy", "0aA0Y", "a  A'", "i'a'e",
        "'jjauaaaaaa'ational", "uba'e",
        // Non-ASCII (handed to the reference).
        "café", "naïve", "résumés", "straße", "日本語", "ÿes",
        // Long words (over 64 bytes: handed to the reference).
        "antidisestablishmentarianism",
        "pneumonoultramicroscopicsilicovolcanoconiosisnessesationalizationingly",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaing",
        "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
        "",
    ];

    #[test]
    fn agrees_with_rust_stemmers_on_a_real_vocabulary() {
        let text = include_str!("../../tests/data/porter2-words.txt");
        let words = text
            .lines()
            .filter(|l| !l.is_empty())
            .chain(TRICKY.iter().copied());
        let (count, bad) = mismatches(words);
        assert!(count > 30_000, "only {count} words");
        assert!(
            bad.is_empty(),
            "{} of {count} words differ; first ones:\n{}",
            bad.len(),
            bad.iter().take(30).cloned().collect::<Vec<_>>().join("\n")
        );
    }

    /// Both ways of keeping a word's bytes read and write alike.
    #[test]
    fn short_and_long_bytes_agree() {
        fn check<B: Bytes>(mut b: B, name: &str) {
            let word = b"abcdefghijklmnop";
            for end in 0..=16_usize {
                let expected = suffix(&word[end.saturating_sub(8)..end]).0;
                assert_eq!(b.tail_at(end), expected, "{name}: tail_at({end})");
            }
            b.write(3, rep(b"tion"));
            b.set(0, b'Y');
            let got: Vec<u8> = (0..16).map(|i| b.get(i)).collect();
            assert_eq!(&got, b"Ybctionhijklmnop", "{name}");
            assert_eq!(b.tail_at(7), suffix(b"Ybction").0, "{name}");
            b.write(13, rep(b"e"));
            assert_eq!(b.tail_at(14), suffix(b"nhijklme").0, "{name}");
        }
        let word = b"abcdefghijklmnop";
        check(Short(u128::from_le_bytes(*word)), "short");
        let mut long = [0u8; PAD + MAX + 4];
        long[PAD..PAD + 16].copy_from_slice(word);
        check(Long(long), "long");
    }

    #[test]
    fn reuses_the_output_string() {
        let mut out = String::from("something long left over");
        stem_english("running", &mut out);
        assert_eq!(out, "run");
        stem_english("café", &mut out);
        assert_eq!(out, "café");
        stem_english("by", &mut out);
        assert_eq!(out, "by");
    }

    /// Every word of up to four letters over an alphabet that exercises the groupings.
    #[test]
    fn agrees_on_every_short_word_of_a_small_alphabet() {
        let alphabet = b"aeiywxYsdlt'b";
        let mut words = vec![String::new()];
        let mut all = Vec::new();
        for _ in 0..4 {
            let mut longer = Vec::new();
            for w in &words {
                for &c in alphabet {
                    let mut l = w.clone();
                    l.push(c as char);
                    longer.push(l);
                }
            }
            all.extend(words);
            words = longer;
        }
        all.extend(words);
        let (count, bad) = mismatches(all.iter().map(String::as_str));
        assert!(
            bad.is_empty(),
            "{} of {count} words differ; first ones:\n{}",
            bad.len(),
            bad.iter().take(30).cloned().collect::<Vec<_>>().join("\n")
        );
    }

    const ENDINGS: &str = "(ing|ed|ly|ies|ied|s|ss|us|eed|eedly|ingly|edly|ational|tional|enci|anci|abli|entli|izer|ization|ation|ator|alism|aliti|alli|fulness|ousli|ousness|iveness|iviti|biliti|bli|ogi|fulli|lessli|li|alize|icate|iciti|ative|ical|ness|ful|al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ism|ate|iti|ous|ive|ize|ion|e|l|'s|'|s')?";

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn agrees_on_random_letters(word in "[a-z']{1,14}") {
            prop_assert_eq!(ours(&word), reference(&word));
        }

        #[test]
        fn agrees_on_random_english_shapes(
            word in proptest::string::string_regex(&format!(
                "'?(y|[aeiou]|[bcdfghjklmnpqrstvwxz]){{1,6}}{ENDINGS}{ENDINGS}"
            )).expect("a valid regex")
        ) {
            prop_assert_eq!(ours(&word), reference(&word));
        }

        #[test]
        fn agrees_on_any_ascii(word in "[ -~]{0,12}") {
            prop_assert_eq!(ours(&word), reference(&word));
        }

        #[test]
        fn agrees_on_a_small_alphabet(word in "[aeiyYlsdtnbg'c]{0,10}") {
            prop_assert_eq!(ours(&word), reference(&word));
        }

        /// Either side of the 16 bytes kept in a register and of the 64-byte limit.
        #[test]
        fn agrees_on_long_words(word in "[a-z']{12,70}(ational|ing|ies|ness|s|ly|e)?") {
            prop_assert_eq!(ours(&word), reference(&word));
        }

        /// Control characters, NUL bytes and all.
        #[test]
        fn agrees_on_any_ascii_bytes(word in "[\\x00-\\x7f]{0,20}") {
            prop_assert_eq!(ours(&word), reference(&word));
        }

        /// Anything at all (non-ASCII goes to the reference; this checks the way there).
        #[test]
        fn agrees_on_any_string(word in any::<String>()) {
            prop_assert_eq!(ours(&word), reference(&word));
        }
    }
}

//! Text helpers shared by the extractors: byte/code-point offsets, words, capitals.

use once_cell::sync::Lazy;
use regex::Regex;

/// Maps byte offsets of one string to Unicode code-point offsets.
pub struct Offsets<'a> {
    bytes: &'a [u8],
    /// Chars before each block of [`OFFSET_BLOCK`] bytes: a prefix count, not one entry per char.
    block_chars: Vec<usize>,
    total: usize,
}

const OFFSET_BLOCK: usize = 64;

/// True for the first byte of a UTF-8 char (not a continuation byte).
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

impl<'a> Offsets<'a> {
    pub fn new(s: &'a str) -> Offsets<'a> {
        let bytes = s.as_bytes();
        let mut block_chars = Vec::with_capacity(bytes.len() / OFFSET_BLOCK + 1);
        let mut total = 0;
        for block in bytes.chunks(OFFSET_BLOCK) {
            block_chars.push(total);
            // A block has at most 64 chars: a byte-wide sum, which the compiler runs 16 bytes at a time.
            total += usize::from(block.iter().fold(0u8, |n, &b| n + u8::from(starts_char(b))));
        }
        Offsets { bytes, block_chars, total }
    }

    /// Code-point offset of a byte offset: the number of chars starting before it.
    pub fn chars(&self, byte: usize) -> usize {
        if byte >= self.bytes.len() {
            return self.total;
        }
        let block = byte / OFFSET_BLOCK;
        self.block_chars[block] + self.bytes[block * OFFSET_BLOCK..byte].iter().filter(|&&b| starts_char(b)).count()
    }
}

pub fn is_word_char(c: char) -> bool {
    is_alnum(c) || unicode_mark(c)
}

/// `char::is_alphanumeric` with the letters of Vietnamese answered without a table search:
/// Latin-1 letters, Latin Extended-A/B and Latin Extended Additional (every precomposed
/// Vietnamese vowel) are all letters, and the extractors ask about nearly every char.
pub fn is_alnum(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1E00..=0x1EFF => true,
        _ => c.is_alphanumeric(),
    }
}

fn unicode_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

/// True when no word character touches the span `[start, end)` of `s` on either side.
pub fn on_word_boundary(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back().is_some_and(is_word_char);
    let after = s[end..].chars().next().is_some_and(is_word_char);
    !before && !after
}

/// One char of `\d` (any Unicode decimal digit), for the rare non-ASCII digit-like char.
static UNICODE_DIGIT: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\d$").expect("static regex"));

/// Bytes that may open a `\d` char: ASCII digits and the lead bytes from U+0640 on (no
/// decimal digit lies below U+0660), but for E2-E9 (U+2000-U+9FFF: punctuation, symbols and
/// CJK, which hold none, as a test checks on every char).
static MAY_OPEN_DIGIT: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b >= b'0' as usize && b <= b'9' as usize) || (b >= 0xD9 && !(b >= 0xE2 && b <= 0xE9));
        b += 1;
    }
    t
};

/// Byte length of the char at `i` when it is a `\d` (a Unicode decimal digit), else 0.
#[inline]
pub fn digit_len(s: &str, i: usize) -> usize {
    let b = s.as_bytes()[i];
    if b.is_ascii_digit() {
        return 1;
    }
    if !MAY_OPEN_DIGIT[usize::from(b)] || is_vietnamese_letter_at(s.as_bytes(), i) {
        return 0;
    }
    other_digit_len(s, i)
}

/// True when the bytes at `i` open a char of U+1E00-U+1EFF (the Vietnamese letters with
/// two marks), which holds no digit: most non-ASCII chars of the text, answered without decoding.
#[inline]
fn is_vietnamese_letter_at(bytes: &[u8], i: usize) -> bool {
    bytes[i] == 0xE1 && matches!(bytes.get(i + 1), Some(0xB8..=0xBB))
}

/// [`digit_len`] for a char from U+0640 on: only chars that are numeric at all are asked of the regex.
#[cold]
fn other_digit_len(s: &str, i: usize) -> usize {
    let Some(c) = s[i..].chars().next() else { return 0 };
    if !c.is_numeric() || !UNICODE_DIGIT.is_match(c.encode_utf8(&mut [0; 4])) {
        return 0;
    }
    c.len_utf8()
}

/// Where each `\d` char of `s` starts, left to right: found once per field and shared by the
/// date and figure readers, which both work from the digits.
pub fn digit_places(s: &str) -> Vec<usize> {
    let mut places = Vec::new();
    let mut from = 0;
    let bytes = s.as_bytes();
    while let Some((i, n)) = next_digit(s, from) {
        places.push(i);
        from = i + n;
        // The rest of a run of ASCII digits ("2025"), each the next `\d` without a search.
        while bytes.get(from).is_some_and(u8::is_ascii_digit) {
            places.push(from);
            from += 1;
        }
    }
    places
}

/// The first `\d` char at or after `from`, as (start, byte length).
pub fn next_digit(s: &str, mut from: usize) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    loop {
        let i = from + may_open_digit_from(bytes.get(from..)?)?;
        let n = digit_len(s, i);
        if n > 0 {
            return Some((i, n));
        }
        from = i + 1;
    }
}

/// The first byte of `b` that may open a `\d` char ([`MAY_OPEN_DIGIT`]), leaving out the lead
/// byte of a Vietnamese letter (E1 B8-BB) where its next byte is in the same eight. The first
/// eight bytes, then blocks of [`BLOCK`] bytes that hold none are passed over, then eight
/// bytes at a time: a digit is rare in the text, and most words hold a Vietnamese letter.
fn may_open_digit_from(b: &[u8]) -> Option<usize> {
    // The next digit is most often a few bytes on (the rest of a number): eight bytes first.
    let Some(first) = b.get(..8) else { return may_open_digit_in_eights(b) };
    let found = candidate_bytes(u64::from_le_bytes(first.try_into().expect("eight bytes")), b.get(8).copied().unwrap_or(0));
    if found != 0 {
        return Some(found.trailing_zeros() as usize / 8);
    }
    let mut from = 8;
    while let Some(block) = b.get(from..from + BLOCK + 1) {
        if block_may_open_digit(block.try_into().expect("a block and the byte after it")) {
            break;
        }
        from += BLOCK;
    }
    may_open_digit_in_eights(&b[from..]).map(|i| from + i)
}

/// Bytes read at once by [`block_may_open_digit`].
const BLOCK: usize = 32;

/// Whether one of the first [`BLOCK`] bytes of `block` is a candidate of [`candidate_bytes`]
/// (the last byte is the one after them). The same test on every byte, with no table, no
/// branch and no early exit, so that the compiler reads the block in vector registers.
fn block_may_open_digit(block: &[u8; BLOCK + 1]) -> bool {
    let mut any = 0u8;
    for i in 0..BLOCK {
        let (b, next) = (block[i], block[i + 1]);
        let ascii_digit = b.wrapping_sub(b'0') < 10;
        let from_d9 = b >= 0xD9;
        let e2_to_e9 = b.wrapping_sub(0xE2) < 8;
        let vietnamese_letter = (b == 0xE1) & (next & 0xFC == 0xB8);
        any |= u8::from(ascii_digit | (from_d9 & !e2_to_e9 & !vietnamese_letter));
    }
    any != 0
}

/// [`may_open_digit_from`], eight bytes at a time.
fn may_open_digit_in_eights(b: &[u8]) -> Option<usize> {
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let found = candidate_bytes(w, b.get(at + 8).copied().unwrap_or(0));
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&x| MAY_OPEN_DIGIT[usize::from(x)]).map(|i| at + i)
}

const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Each byte of `x` plus `n` (below 0x80) on its low seven bits: the high bit of a lane is set
/// when that byte's low seven bits are at least 0x80 - n. No lane carries into the next.
fn low7_at_least(x: u64, n: u8) -> u64 {
    ((x & LOW7) + u64::from(n) * 0x0101_0101_0101_0101) & HIGH
}

/// The high bit of each lane of `x` that is zero.
fn zero_lanes(x: u64) -> u64 {
    !(((x & LOW7) + LOW7) | x) & HIGH
}

/// The high bit of each byte of `w` (little-endian lanes) that [`MAY_OPEN_DIGIT`] holds,
/// except an E1 followed by B8-BB; `next` is the byte after `w` (0 at the end).
fn candidate_bytes(w: u64, next: u8) -> u64 {
    let ascii_digit = !w & low7_at_least(w, 0x80 - 0x30) & !low7_at_least(w, 0x80 - 0x3A);
    let from_d9 = w & low7_at_least(w, 0x80 - 0x59);
    let e2_to_e9 = w & low7_at_least(w, 0x80 - 0x62) & !low7_at_least(w, 0x80 - 0x6A);
    let e1 = zero_lanes(w ^ 0xE1E1_E1E1_E1E1_E1E1);
    let after = (w >> 8) | u64::from(next) << 56;
    let next_letter_mark = zero_lanes((after ^ 0xB8B8_B8B8_B8B8_B8B8) & 0xFCFC_FCFC_FCFC_FCFC);
    ascii_digit | (from_d9 & !e2_to_e9 & !(e1 & next_letter_mark))
}

/// True when `s` holds a `\d` char (any Unicode decimal digit), as a regex's `\d` finds it.
pub fn has_digit(s: &str) -> bool {
    next_digit(s, 0).is_some()
}

/// Byte spans that answer "does any of you overlap `[a, b)`?" without scanning them all.
/// Entities are short, so only spans starting within the longest one's length before `a`
/// can reach it: a document with thousands of entities costs a log, not a product.
#[derive(Debug, Default)]
pub struct SpanSet {
    spans: std::collections::BTreeSet<(usize, usize)>,
    max_len: usize,
}

impl SpanSet {
    pub fn new() -> SpanSet {
        SpanSet::default()
    }

    pub fn insert(&mut self, a: usize, b: usize) {
        self.max_len = self.max_len.max(b.saturating_sub(a));
        self.spans.insert((a, b));
    }

    /// Spans that start before `b` and could still reach past `a`.
    fn near(&self, a: usize, b: usize) -> impl Iterator<Item = &(usize, usize)> {
        let lo = a.saturating_sub(self.max_len);
        let hi = b.max(lo);
        self.spans.range((lo, 0)..(hi, 0))
    }

    /// True when a span shares at least one byte with `[a, b)`.
    pub fn overlaps(&self, a: usize, b: usize) -> bool {
        self.near(a, b).any(|&(_, y)| y > a)
    }

    /// True when a span holds the whole of `[a, b)`.
    pub fn covers(&self, a: usize, b: usize) -> bool {
        self.near(a, a + 1).any(|&(x, y)| x <= a && b <= y)
    }

    /// True when `test` holds for every span overlapping `[a, b)`.
    pub fn all_overlapping(&self, a: usize, b: usize, test: impl Fn(usize, usize) -> bool) -> bool {
        self.near(a, b).filter(|&&(_, y)| y > a).all(|&(x, y)| test(x, y))
    }

    /// True when a span starts exactly at `a`.
    pub fn starts_at(&self, a: usize) -> bool {
        self.spans.range((a, 0)..(a + 1, 0)).next().is_some()
    }

    /// The first start of a span within `[a, b)`.
    pub fn first_start_in(&self, a: usize, b: usize) -> Option<usize> {
        self.spans.range((a, 0)..(b.max(a), 0)).next().map(|&(x, _)| x)
    }
}

impl FromIterator<(usize, usize)> for SpanSet {
    fn from_iter<I: IntoIterator<Item = (usize, usize)>>(iter: I) -> SpanSet {
        let mut set = SpanSet::new();
        for (a, b) in iter {
            set.insert(a, b);
        }
        set
    }
}

/// Byte offset where the clause holding `at` starts: just after the last `.`, `;`, `:`,
/// `!`, `?` or line break before it. A dot or colon between digits ("41.200", "7:30")
/// is part of a number, not a boundary; the search looks back at most `limit` bytes.
pub fn clause_start(s: &str, at: usize, stops: &[char], limit: usize) -> usize {
    let from = back_by(s, at, limit);
    let bytes = s.as_bytes();
    let inside_number = |c: char, i: usize| {
        matches!(c, '.' | ',' | ':') && i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
    };
    // An ASCII byte is always a whole char: ASCII stops are found as bytes, backwards, with
    // memrchr (every caller's stops are ASCII; it looks back hundreds of bytes).
    if let Some(ascii) = ascii_bytes(stops) {
        let mut end = at;
        while let Some(i) = last_of(&bytes[from..end], &ascii[..stops.len()]).map(|i| from + i) {
            if !inside_number(char::from(bytes[i]), i) {
                return i + 1;
            }
            end = i;
        }
        return from;
    }
    for (i, c) in s[from..at].char_indices().rev() {
        let i = from + i;
        if stops.contains(&c) && !inside_number(c, i) {
            return i + c.len_utf8();
        }
    }
    from
}

/// `chars` as bytes, when there are at most eight and all are ASCII.
fn ascii_bytes(chars: &[char]) -> Option<[u8; 8]> {
    let mut out = [0u8; 8];
    for (o, &c) in out.iter_mut().zip(chars) {
        *o = u8::try_from(c).ok().filter(u8::is_ascii)?;
    }
    (chars.len() <= out.len()).then_some(out)
}

/// Where the last of the bytes `set` lies in `hay`: memrchr for three of them at a time,
/// each search after the first only over the bytes past the last found so far.
pub fn last_of(hay: &[u8], set: &[u8]) -> Option<usize> {
    let mut last = None;
    for c in set.chunks(3) {
        let from = last.map_or(0, |i| i + 1);
        let rest = &hay[from..];
        let found = match *c {
            [a] => memchr::memrchr(a, rest),
            [a, b] => memchr::memrchr2(a, b, rest),
            [a, b, c] => memchr::memrchr3(a, b, c, rest),
            _ => None,
        };
        last = found.map(|i| from + i).or(last);
    }
    last
}

/// Where the first of the bytes `set` lies in `hay`: memchr for three of them at a time, each
/// search after the first only over the bytes before the first found so far. For ASCII bytes
/// this is where `str::find` of those chars finds the first (an ASCII byte is always a whole
/// char), without decoding the chars before it.
pub fn first_of(hay: &[u8], set: &[u8]) -> Option<usize> {
    let mut first = None;
    for c in set.chunks(3) {
        let before = &hay[..first.unwrap_or(hay.len())];
        let found = match *c {
            [a] => memchr::memchr(a, before),
            [a, b] => memchr::memchr2(a, b, before),
            [a, b, c] => memchr::memchr3(a, b, c, before),
            _ => None,
        };
        first = found.or(first);
    }
    first
}

/// Byte offsets of the non-overlapping two-byte `pair`s in `s`, left to right, as
/// `s.match_indices(pair)` gives them: a one-byte search and a look at the next byte is
/// cheaper than a substring searcher for so short a needle.
pub fn pair_indices(s: &str, pair: [u8; 2]) -> impl Iterator<Item = usize> + '_ {
    let bytes = s.as_bytes();
    let mut from = 0;
    // A byte search finds the byte wherever it stands; for an ASCII byte that is where the
    // char search of `match_indices` finds it (an ASCII byte is always a whole char), and
    // memchr reads 32 bytes at a time where the standard library's char search reads a word.
    let find = move |from: usize| memchr::memchr(pair[0], bytes.get(from..)?);
    std::iter::from_fn(move || {
        while let Some(i) = find(from).map(|i| from + i) {
            if bytes.get(i + 1) == Some(&pair[1]) {
                from = i + 2;
                return Some(i);
            }
            from = i + 1;
        }
        None
    })
}

/// `s.split(sep)` for a two-byte ASCII separator, through [`pair_indices`].
pub fn split_pair(s: &str, pair: [u8; 2]) -> impl Iterator<Item = &str> + '_ {
    let mut start = 0;
    let mut ends = pair_indices(s, pair).chain(std::iter::once(s.len()));
    std::iter::from_fn(move || {
        let end = ends.next()?;
        let piece = &s[start..end];
        start = end + 2;
        Some(piece)
    })
}

/// True when the word starts with a capital letter.
pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// True when every letter of the word is a capital.
pub fn is_all_caps(w: &str) -> bool {
    w.chars().any(|c| c.is_alphabetic()) && !w.chars().any(|c| c.is_lowercase())
}

pub use vanban_plugin_sdk::text::{ahead_by, back_by, lower_char, lower_eq, lower_same_len};

/// "HOÀNG VĂN AN" -> "Hoàng Văn An"; a name with small letters is kept as is.
pub fn title_case(s: &str) -> String {
    vanban_plugin_sdk::text::title_case_if_upper(s)
}

/// Lines of a data file without comments and blanks.
pub fn data_lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_code_points() {
        let s = "Sở Y tế";
        let o = Offsets::new(s);
        let b = s.find("tế").unwrap();
        assert_eq!(o.chars(b), 5);
        assert_eq!(o.chars(s.len()), 7);
        let long = "Bệnh viện đa khoa tỉnh ".repeat(20);
        let o = Offsets::new(&long);
        for (i, (b, _)) in long.char_indices().enumerate() {
            assert_eq!(o.chars(b), i);
        }
    }

    #[test]
    fn lower_keeps_lengths() {
        let s = "ĐỒNG CHÍ Ông";
        assert_eq!(lower_same_len(s).len(), s.len());
        assert_eq!(lower_same_len(s), "đồng chí ông");
    }

    #[test]
    fn clause_starts_skip_number_separators() {
        let s = "Năm trước: hơn 41.200 lượt, đạt gần 36%";
        let at = s.find("36").unwrap();
        assert_eq!(&s[clause_start(s, at, &['.', ':'], 500)..at], " hơn 41.200 lượt, đạt gần ");
        assert_eq!(clause_start(s, at, &['!'], 5), at - 5);
    }

    #[test]
    fn clause_starts_agree_with_a_char_scan() {
        let reference = |s: &str, at: usize, stops: &[char], limit: usize| {
            let mut from = at.saturating_sub(limit);
            while !s.is_char_boundary(from) {
                from += 1;
            }
            let bytes = s.as_bytes();
            for (i, c) in s[from..at].char_indices().rev() {
                let i = from + i;
                let inside = matches!(c, '.' | ',' | ':') && i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                if stops.contains(&c) && !inside {
                    return i + c.len_utf8();
                }
            }
            from
        };
        let mut texts = vec!["Ngày 7:30, sở: 41.200 ca; tăng 3,5%!\nHà Nội? Đạt… 1.2. 3: x.".to_string()];
        // Stops next to digits, one after another and far apart, at every distance from `at`.
        let pieces = [".", ",", ":", ";", "!", "?", "\n", "1", "22", "a", "ệ", " ", "…", "1.2.3", "bốn mươi "];
        let mut seed: u64 = 99;
        for _ in 0..300 {
            let mut t = String::new();
            for _ in 0..1 + seed % 60 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            texts.push(t);
        }
        let all: &[char] = &['.', ';', '\n', '!', '?', ':', ',', 'a'];
        for s in &texts {
            for stops in [&['.', ';', '\n', '!', '?', ':'][..], &['.', ','], &['…', '.'], &[], &['.', '\n', '!', '?'], all] {
                for at in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
                    for limit in [0, 1, 3, 7, 20, 600] {
                        assert_eq!(clause_start(s, at, stops, limit), reference(s, at, stops, limit), "{s:?} {at} {limit} {stops:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn first_of_agrees_with_a_char_search() {
        let pieces = [".", ",", ";", "(", ")", "\n", "ệ", "a", " ", "1.2", "Đ"];
        let mut seed: u64 = 7;
        for _ in 0..2_000 {
            let mut t = String::new();
            for _ in 0..seed % 30 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            for set in [&[',', ';', '.', '(', ')'][..], &['.', ';', '\n'], &['('], &[')', '\n']] {
                let bytes: Vec<u8> = set.iter().map(|&c| c as u8).collect();
                assert_eq!(first_of(t.as_bytes(), &bytes), t.find(set), "{t:?} {set:?}");
            }
        }
    }

    #[test]
    fn span_set_agrees_with_a_scan() {
        let spans = [(0, 4), (2, 30), (10, 12), (40, 41), (41, 50)];
        let set: SpanSet = spans.iter().copied().collect();
        for a in 0..55 {
            for b in a + 1..56 {
                let overlap = spans.iter().any(|&(x, y)| x < b && a < y);
                let cover = spans.iter().any(|&(x, y)| x <= a && b <= y);
                assert_eq!(set.overlaps(a, b), overlap, "overlaps({a}, {b})");
                assert_eq!(set.covers(a, b), cover, "covers({a}, {b})");
            }
            assert_eq!(set.starts_at(a), spans.iter().any(|&(x, _)| x == a));
        }
    }

    #[test]
    fn alnum_agrees_with_the_standard_library() {
        for u in (0..0x2000).chain(0xFF00..0xFFFF) {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(is_alnum(c), c.is_alphanumeric(), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn pairs_agree_with_the_standard_library() {
        for s in ["", "a", "\n\n", "\n\n\n", "a\n\nb\n\n\n\nc\n", "x. y.. z. ", ". .", "Một. Hai.\n\nBa"] {
            for (pair, text) in [([b'\n', b'\n'], "\n\n"), ([b'.', b' '], ". ")] {
                let want: Vec<usize> = s.match_indices(text).map(|(i, _)| i).collect();
                assert_eq!(pair_indices(s, pair).collect::<Vec<_>>(), want, "{s:?}");
                assert_eq!(split_pair(s, pair).collect::<Vec<_>>(), s.split(text).collect::<Vec<_>>(), "{s:?}");
            }
        }
    }

    #[test]
    fn every_digit_opens_with_a_byte_of_the_table() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let t = c.encode_utf8(&mut buf);
            if UNICODE_DIGIT.is_match(t) {
                assert!(MAY_OPEN_DIGIT[usize::from(t.as_bytes()[0])], "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn digit_search_agrees_with_a_byte_scan() {
        let reference = |s: &str, mut from: usize| loop {
            let i = from + s.as_bytes().get(from..)?.iter().position(|&b| MAY_OPEN_DIGIT[usize::from(b)])?;
            let n = digit_len(s, i);
            if n > 0 {
                return Some((i, n));
            }
            from = i + 1;
        };
        // Every byte that a lane test could confuse, next to the others and at every offset.
        let pieces = ["a", "9", "0", "/", ":", "ệ", "ạ", "ỹ", "Ḁ", "ἀ", "၁", "០", "“", "…", "꘠", "\u{1e950}", "٣", "۵", "߀", "१", "０", "–", "²", "ß", "Ù", "ُ", "\u{e000}", "𝟙", "😀", "\u{7f}", " "];
        let mut seed: u64 = 12345;
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..1 + seed % 40 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            for from in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                assert_eq!(next_digit(&t, from), reference(&t, from), "{t:?} {from}");
            }
        }
        for b in 0..=255u8 {
            let w = u64::from(b) << 16 | 0x4141_4141_4100_4141;
            assert_eq!(candidate_bytes(w, 0x41) != 0, MAY_OPEN_DIGIT[usize::from(b)], "{b:#x}");
        }
        // A Vietnamese letter's lead byte is passed over when its next byte is B8-BB.
        for (w, next, want) in [
            (0x4141_BBE1_4141_4141, 0, false),
            (0x4141_B8E1_4141_4141, 0, false),
            (0x4141_B7E1_4141_4141, 0, true),
            (0xE141_4141_4141_4141, 0, true),
            (0xE141_4141_4141_4141, 0xBA, false),
            (0xE141_4141_4141_4141, 0xBC, true),
        ] {
            assert_eq!(candidate_bytes(w, next) != 0, want, "{w:#x} {next:#x}");
        }
    }

    #[test]
    fn boundaries() {
        let s = "a Huế b";
        let (a, b) = (s.find('H').unwrap(), s.find(" b").unwrap());
        assert!(on_word_boundary(s, a, b));
        assert!(!on_word_boundary("aHuế b", 1, b - 1));
    }
}

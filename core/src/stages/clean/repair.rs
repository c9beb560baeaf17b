//! Repairs for text dumps: paragraphs cut by a page break are joined again, and words
//! typed twice by mistake are reported (never changed: the reader decides).

use vanban_plugin_sdk::text::ends_sentence;

/// Whether `next` continues the sentence `prev` left open at a page break: `prev` is a
/// long line that does not end a sentence, `next` goes on in lower case.
pub fn continues(prev: &str, next: &str) -> bool {
    // The first letter of `next` rules out most lines (a new paragraph opens in upper
    // case) and is the cheapest test; the word counts stop at the word that settles them.
    let next = next.trim_start();
    let starts_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    if !starts_lower || next.split_whitespace().nth(1).is_none() {
        return false;
    }
    let prev = prev.trim();
    !ends_sentence(prev) && has_chars(prev, 30) && prev.split_whitespace().nth(5).is_some()
}

/// Whether `text` holds at least `n` chars; no char is longer than four bytes, so a long
/// text needs no count.
fn has_chars(text: &str, n: usize) -> bool {
    text.len() >= 4 * n || text.chars().count() >= n
}

/// A line that is only a page number (a page break left it between two halves).
pub fn is_page_number(line: &str) -> bool {
    let t = line.trim().trim_matches(|c| c == '-' || c == ' ');
    !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit())
}

/// Single words whose doubling is ordinary Vietnamese ("dần dần", "ngày ngày").
const REDUPLICATED: &[&str] = &[
    "ai", "chung", "cứ", "dần", "đâu", "đều", "đời", "gì", "hàng", "hằng", "khắp", "lần", "lâu", "lớp", "luôn",
    "mãi", "năm", "ngày", "người", "nhà", "nhanh", "nơi", "riêng", "rồi", "song", "sớm", "tháng", "thật", "thường",
    "từ", "vội", "xa",
];

/// Two-word compounds whose second word often opens the next phrase as well: "người bệnh
/// bệnh phổi", "cán bộ bộ phận tiếp dân" are two terms, not a word written twice.
const CHAINED: &[&str] = &[
    "ca bệnh", "căn bệnh", "chữa bệnh", "dịch bệnh", "khám bệnh", "loại bệnh", "mầm bệnh", "mắc bệnh", "người bệnh",
    "nhiễm bệnh", "ổ bệnh", "phòng bệnh", "cán bộ", "phòng khám",
];

/// Whether the word before word `i` and word `i` make one of the [`CHAINED`] compounds, and
/// a word follows the repeat, which may then open a term of its own.
fn ends_chained_compound(before: Option<&str>, word: &str, words_after: usize) -> bool {
    let Some(before) = before else { return false };
    words_after > 0 && CHAINED.contains(&format!("{} {}", before.to_lowercase(), word.to_lowercase()).as_str())
}

/// Finds phrases of one to three words written twice in a row ("Kế hoạch Kế hoạch"),
/// line after line, reusing its word list: it runs over every line of every page,
/// menus and link lists included.
#[derive(Default)]
pub struct RepeatFinder {
    words: Vec<Word>,
}

/// One whitespace-separated word of the line: its byte range and its first letter in
/// lower case (a repeat needs the same one at i and i + n, which rules out almost every
/// position before any word is compared).
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    key: char,
}

impl Word {
    /// A word past the end: no word opens on white space, so no key is a space.
    const PAD: Word = Word { start: 0, end: 0, key: ' ' };
}

impl RepeatFinder {
    /// Appends the repeats of `line` to `found`, in line order.
    pub fn find(&mut self, line: &str, found: &mut Vec<String>) {
        split_words(line, &mut self.words);
        self.find_in_words(line, found);
    }

    /// [`find`](Self::find) for a line that [`clean_line`](super::chars::clean_line) made:
    /// odd spaces were made plain and line breaks split the block, so its only white space
    /// is ASCII and no search for wider spaces is needed.
    pub fn find_in_clean_line(&mut self, line: &str, found: &mut Vec<String>) {
        debug_assert!(!holds_wide_space(line), "{line:?}");
        self.words.clear();
        split_ascii_words(line, &mut self.words);
        self.find_in_words(line, found);
    }

    /// The search over the words of `line` split into `self.words`.
    fn find_in_words(&mut self, line: &str, found: &mut Vec<String>) {
        let count = self.words.len();
        // Three words whose key no word has let the loop look three words ahead without
        // testing the length.
        self.words.extend([Word::PAD; 3]);
        let words = &self.words[..];
        let mut i = 0;
        while i < count {
            let ahead = &words[i..i + 4];
            let key = ahead[0].key;
            // Most words share their first letter with none of the next three.
            if ahead[1].key != key && ahead[2].key != key && ahead[3].key != key {
                i += 1;
                continue;
            }
            match repeat_len(line, &words[..count], i) {
                Some(n) => {
                    found.push(phrase(line, &words[i..i + 2 * n]));
                    i += 2 * n;
                }
                None => i += 1,
            }
        }
    }
}

/// The number of words (3, 2 or 1: the longest wins) written twice from word `i`.
fn repeat_len(line: &str, words: &[Word], i: usize) -> Option<usize> {
    let rest = &words[i..];
    // Words that agree have the same key (trimming the last word's end keeps its first
    // char, or leaves nothing to agree), so the keys of all n pairs come first.
    [3, 2, 1].into_iter().find(|&n| {
        rest.len() >= 2 * n
            && (0..n).all(|k| rest[n + k].key == rest[k].key)
            && second_letters_may_agree(line, &rest[0], &rest[n])
            && repeats_at(line, words, i, n)
    })
}

/// The words of a repeat joined by single spaces, without the punctuation after the last.
fn phrase(line: &str, words: &[Word]) -> String {
    let text = |w: &Word| &line[w.start..w.end];
    let (last, first) = words.split_last().unwrap_or((&Word::PAD, &[]));
    let mut phrase = String::new();
    for w in first {
        phrase.push_str(text(w));
        phrase.push(' ');
    }
    phrase.push_str(text(last).trim_end_matches(|c: char| !c.is_alphanumeric()));
    phrase
}

/// The words of `line` as `str::split_whitespace` finds them. Cleaned lines hold no white
/// space beyond ASCII (cleaning made odd spaces plain): a search for the few lead bytes
/// of such chars sends almost every line to the split on ASCII white space alone.
fn split_words(line: &str, words: &mut Vec<Word>) {
    words.clear();
    if holds_wide_space(line) {
        split_words_wide(line, words);
    } else {
        split_ascii_words(line, words);
    }
}

/// Whether `line` holds a white-space char beyond ASCII: each is led by C2, E2 or E3,
/// or is U+1680 (E1 9A 80), found by its second byte (E1 leads most Vietnamese letters).
fn holds_wide_space(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr3_iter(0xC2, 0xE2, 0xE3, bytes).any(|at| whitespace_len(line, at) > 0)
        || memchr::memchr_iter(0x9A, bytes).any(|at| at > 0 && whitespace_len(line, at - 1) > 0)
}

/// [`split_words`] for a line whose only white space is ASCII, read 64 bytes at a time: a
/// mask with one bit per byte marks the spaces, and the words open and end where the
/// bits change.
fn split_ascii_words(line: &str, words: &mut Vec<Word>) {
    let blocks = line.as_bytes().chunks_exact(64);
    let tail = blocks.remainder();
    let mut split = Split { line, words, start: 0, word_before: 0 };
    let mut base = 0;
    for block in blocks {
        split.block(base, space_bits(block));
        base += 64;
    }
    if !tail.is_empty() {
        split.block(base, space_bits(tail));
    }
    if split.word_before != 0 {
        split.push(split.start, line.len());
    }
}

/// The state of [`split_ascii_words`] between blocks.
struct Split<'a, 'w> {
    line: &'a str,
    words: &'w mut Vec<Word>,
    /// Where the word open at the end of the last block starts.
    start: usize,
    /// 1 when the byte before the block belongs to a word.
    word_before: u64,
}

impl Split<'_, '_> {
    /// Takes in the words that open or end in the 64 bytes from `base`; bit k of `spaces`
    /// is set when byte `base + k` is white space (or past the end of the line).
    #[inline]
    fn block(&mut self, base: usize, spaces: u64) {
        let letters = !spaces;
        let before = (letters << 1) | self.word_before;
        // Bytes where a word opens or ends: the two alternate, so the edges are taken in
        // pairs after the end of a word the last block left open.
        let mut edges = (letters & !before) | (spaces & before);
        let at = |edges: u64| base + edges.trailing_zeros() as usize;
        let mut start = self.start;
        if self.word_before != 0 && edges != 0 {
            self.push(start, at(edges));
            edges &= edges - 1;
        }
        while edges != 0 {
            start = at(edges);
            edges &= edges - 1;
            if edges == 0 {
                break;
            }
            self.push(start, at(edges));
            edges &= edges - 1;
        }
        self.start = start;
        self.word_before = letters >> 63;
    }

    #[inline]
    fn push(&mut self, start: usize, end: usize) {
        self.words.push(Word { start, end, key: first_lower(self.line, start) });
    }
}

/// Bit k set when byte k of `block` (at most 64 bytes) is ASCII white space, or lies past
/// the block's end.
#[inline]
fn space_bits(block: &[u8]) -> u64 {
    let mut bits = 0;
    for (k, chunk) in block.chunks(8).enumerate() {
        bits |= gather_lanes(space_lanes(load_lanes(chunk))) << (8 * k);
    }
    if block.len() < 64 {
        bits |= u64::MAX << block.len();
    }
    bits
}

/// The high bits of the eight lanes of `lanes` as bits 0 to 7: each lane's bit lands on
/// its own place in the product's top byte, and no two partial products overlap.
#[inline]
fn gather_lanes(lanes: u64) -> u64 {
    ((lanes >> 7) & (LANE_HIGH >> 7)).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The high bit of every byte lane of a `u64`.
const LANE_HIGH: u64 = 0x8080_8080_8080_8080;

/// Up to eight bytes as the lanes of a `u64`, byte 0 lowest; missing bytes read as spaces.
#[inline]
fn load_lanes(chunk: &[u8]) -> u64 {
    match <[u8; 8]>::try_from(chunk) {
        Ok(full) => u64::from_le_bytes(full),
        Err(_) => {
            let mut lanes = [b' '; 8];
            lanes[..chunk.len()].copy_from_slice(chunk);
            u64::from_le_bytes(lanes)
        }
    }
}

/// The high bit of each lane that holds ASCII white space (tab to carriage return, or
/// space: the only white space below 0x80). Each lane is worked out alone: no sum
/// carries from one lane into the next.
#[inline]
fn space_lanes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = x & !LANE_HIGH;
    let not_space = (low7 ^ (ONES * b' ' as u64)) + ONES * 0x7F;
    let from_tab = low7 + ONES * (0x80 - 0x09);
    let past_cr = low7 + ONES * (0x80 - 0x0E);
    (!not_space | (from_tab & !past_cr)) & !x & LANE_HIGH
}

/// [`split_words`] read on bytes: only an ASCII space or control, or a char led by C2,
/// E1, E2 or E3, can be white space.
fn split_words_wide(line: &str, words: &mut Vec<Word>) {
    let bytes = line.as_bytes();
    let mut start = None;
    let mut at = 0;
    while at < bytes.len() {
        // Skip to the next byte that can start a white-space char.
        let next = bytes[at..].iter().position(|&b| MAY_START_SPACE[usize::from(b)]).map_or(bytes.len(), |p| at + p);
        if next > at {
            start.get_or_insert(at);
        }
        if next == bytes.len() {
            break;
        }
        let space = whitespace_len(line, next);
        if space == 0 {
            start.get_or_insert(next);
            at = next + 1;
            continue;
        }
        if let Some(s) = start.take() {
            words.push(Word { start: s, end: next, key: first_lower(line, s) });
        }
        at = next + space;
    }
    if let Some(s) = start {
        words.push(Word { start: s, end: bytes.len(), key: first_lower(line, s) });
    }
}

/// Bytes that can start a white-space char: ASCII tab to carriage return and space, and
/// the lead bytes of U+0085, U+00A0 (C2), U+1680 (E1), U+2000-U+205F (E2) and U+3000 (E3).
static MAY_START_SPACE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = matches!(b, 0x09..=0x0D | 0x20 | 0xC2 | 0xE1 | 0xE2 | 0xE3);
        b += 1;
    }
    table
};

/// The byte length of the white-space char starting at byte `at` of `line`, or 0 (when
/// `at` is inside a char, or past the end).
fn whitespace_len(line: &str, at: usize) -> usize {
    let bytes = line.as_bytes();
    if bytes.get(at).is_some_and(u8::is_ascii) {
        return usize::from(matches!(bytes[at], b'\t'..=b'\r' | b' '));
    }
    // Most Vietnamese letters with a diacritic are E1 BA xx or E1 BB xx, and quotes and
    // dashes E2 80 xx: the second byte rules out the white-space chars (U+1680 is E1 9A 80;
    // U+2000-U+205F are E2 80 xx and E2 81 xx) before any char is decoded.
    match (bytes.get(at), bytes.get(at + 1)) {
        (Some(0xE1), Some(&b)) if b != 0x9A => return 0,
        (Some(0xE2), Some(&b)) if b != 0x80 && b != 0x81 => return 0,
        _ => {}
    }
    match line.get(at..).and_then(|rest| rest.chars().next()) {
        Some(c) if c.is_whitespace() => c.len_utf8(),
        _ => 0,
    }
}

/// The first char of the word starting at byte `at`, lower-cased (ASCII without the
/// Unicode tables).
#[inline]
fn first_lower(line: &str, at: usize) -> char {
    let b = line.as_bytes()[at];
    if b.is_ascii() {
        return char::from(b.to_ascii_lowercase());
    }
    first_lower_wide(line, at)
}

#[cold]
fn first_lower_wide(line: &str, at: usize) -> char {
    let c = line.get(at..).and_then(|rest| rest.chars().next()).unwrap_or(char::REPLACEMENT_CHARACTER);
    quick_lower(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c))
}

/// False when the second letters of two words already tell them apart: both letters or
/// digits of [`quick_lower`] that differ in lower case. (Only a second char that is
/// neither may be trimmed off the last word of a repeat, so such chars decide nothing.)
#[inline]
fn second_letters_may_agree(line: &str, a: &Word, b: &Word) -> bool {
    let (x, y) = (second_key(line, a), second_key(line, b));
    x == y || x == ANY_LETTER || y == ANY_LETTER
}

/// A [`second_key`] that agrees with every other: the word has no second char, or it is
/// no letter or digit of [`quick_lower`].
const ANY_LETTER: u32 = u32::MAX;

/// The second char of a word in lower case, by [`quick_lower`], as a number; ASCII through
/// a table.
#[inline]
fn second_key(line: &str, w: &Word) -> u32 {
    let bytes = line.as_bytes();
    let lead = bytes[w.start];
    // The first char's length from its lead byte (a word opens on a char boundary).
    let at = w.start + if lead < 0x80 { 1 } else if lead < 0xE0 { 2 } else if lead < 0xF0 { 3 } else { 4 };
    if at >= w.end {
        return ANY_LETTER;
    }
    match bytes[at] {
        b if b < 0x80 => ASCII_KEY[usize::from(b)],
        _ => line[at..w.end].chars().next().and_then(quick_lower).map_or(ANY_LETTER, u32::from),
    }
}

/// [`quick_lower`] of each ASCII char as a number, [`ANY_LETTER`] where it gives `None`.
static ASCII_KEY: [u32; 128] = {
    let mut table = [ANY_LETTER; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase() as u32;
        }
        b += 1;
    }
    table
};

/// The lower case of a letter or digit of ASCII, Latin-1, Latin Extended-A (but for its
/// irregular end) or the Vietnamese letters, found without the Unicode tables; `None`
/// for any other char. Where it gives `Some(l)`, `c` is alphanumeric and
/// `c.to_lowercase()` is `l` alone (a test checks every char).
#[inline]
fn quick_lower(c: char) -> Option<char> {
    let n = u32::from(c);
    let lower = match n {
        0x30..=0x39 | 0x61..=0x7A => n,
        0x41..=0x5A => n + 0x20,
        0xD7 | 0xF7 => return None,
        0xC0..=0xDE => n + 0x20,
        0xDF..=0xFF => n,
        // Capitals even, small letters odd: Ă ă, Đ đ, Ĩ ĩ, Ũ ũ, Ạ ạ ... Ỹ ỹ.
        0x100..=0x12F | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => n | 1,
        0x1A0 | 0x1AF => n + 1,
        0x1A1 | 0x1B0 => n,
        _ => return None,
    };
    char::from_u32(lower)
}

/// `word` without the chars that are not letters or digits at its end; a word that ends
/// on a letter of [`quick_lower`] (almost every word) is told without the Unicode tables.
#[inline]
fn trim_end_non_alphanumeric(word: &str) -> &str {
    match word.chars().next_back() {
        Some(c) if quick_lower(c).is_some() => word,
        _ => word.trim_end_matches(|c: char| !c.is_alphanumeric()),
    }
}

// Kept out of line: it runs only where two first letters agree, and inlined it would
// weigh on the loop that visits every word.
#[inline(never)]
fn repeats_at(line: &str, words: &[Word], i: usize, n: usize) -> bool {
    if i + 2 * n > words.len() {
        return false;
    }
    let text = |w: &Word| &line[w.start..w.end];
    let first = &words[i..i + n];
    let second = &words[i + n..i + 2 * n];
    // The word comparison comes first: it fails on the first letter for almost every
    // word, so the costlier checks below run only on real repeats.
    let same = first.iter().zip(second).enumerate().all(|(k, (a, b))| {
        // Only the last word of the repeat may carry punctuation after it.
        let b = if k == n - 1 { trim_end_non_alphanumeric(text(b)) } else { text(b) };
        same_word(text(a), b)
    });
    if !same || !first.iter().all(|w| text(w).chars().all(char::is_alphabetic)) {
        return false;
    }
    if n == 1 && REDUPLICATED.contains(&text(&first[0]).to_lowercase().as_str()) {
        return false;
    }
    // "Cỡ chữ: A- A A+", a page's text-size buttons; a capital letter alone names a group,
    // a grade or a size, not a word a writer would type twice.
    if n == 1 && matches!(text(&first[0]).as_bytes(), [b'A'..=b'Z']) {
        return false;
    }
    let before = i.checked_sub(1).map(|b| text(&words[b]));
    if n == 1 && ends_chained_compound(before, text(&first[0]), words.len() - (i + 2)) {
        return false;
    }
    // "trưởng phòng Phòng Kế hoạch": a common noun, then a name that starts with the same word.
    let capitalised = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
    !(n == 1 && !capitalised(text(&first[0])) && capitalised(text(&second[0])))
}

/// Whether two words are equal ignoring case, letter by letter, without allocating.
fn same_word(a: &str, b: &str) -> bool {
    // Most pairs differ, or differ only in ASCII case, and are told apart on bytes.
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    let (mut x, mut y) = (a.chars(), b.chars());
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p == q || same_lower(p, q) => {}
            _ => return false,
        }
    }
}

/// Whether two chars lower-case alike; the Vietnamese letters are told without the
/// Unicode tables.
#[inline]
fn same_lower(p: char, q: char) -> bool {
    match (quick_lower(p), quick_lower(q)) {
        (Some(x), Some(y)) => x == y,
        _ => p.to_lowercase().eq(q.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_break_continuation() {
        let prev = "Trạm y tế xã Hòa Phong đã tổ chức tiêm chủng cho trẻ em dưới một tuổi và";
        assert!(continues(prev, "phụ nữ có thai trên địa bàn."));
        assert!(!continues(prev, "Phụ nữ có thai được khám."));
        assert!(!continues("Trạm y tế xã Hòa Phong đã tổ chức tiêm chủng xong.", "tiếp theo là"));
        assert!(!continues("Bản tin 03/05", "xem thêm"));
        assert!(is_page_number(" 12 "));
        assert!(is_page_number("- 3 -"));
        assert!(!is_page_number("2024"));
    }

    fn repeated_phrases(line: &str) -> Vec<String> {
        let mut found = Vec::new();
        RepeatFinder::default().find(line, &mut found);
        found
    }

    #[test]
    fn words_split_as_split_whitespace_does() {
        let spaces: String = (0..0x11_0000).filter_map(char::from_u32).filter(|c| c.is_whitespace()).collect();
        let line = format!("  a{spaces}bé\u{1EA1}\u{1680}ế\u{2029}x\u{85}y\u{A0}\u{A1}z\u{3000}\u{3001} đ\t");
        let mut words = Vec::new();
        split_words(&line, &mut words);
        let by_bytes: Vec<&str> = words.iter().map(|w| &line[w.start..w.end]).collect();
        assert_eq!(by_bytes, line.split_whitespace().collect::<Vec<_>>());
        assert_eq!(words.iter().map(|w| w.key).collect::<String>(), "abếxy\u{A1}\u{3001}đ");
    }

    use vanban_plugin_sdk::testing::Rng;

    /// Words and separators that stress the fast paths: cases of Vietnamese letters, the
    /// letters whose other case has another length or two chars, trailing punctuation,
    /// controls, and every kind of white space.
    const TOKENS: &[&str] = &[
        "kế", "Kế", "KẾ", "\u{212A}ế", "hoạch", "Hoạch", "HOẠCH", "tế", "tại", "Tại", "đã", "Đã", "ĐÃ", "a", "A", "a,", "ả",
        "Ả", "12", "12.", "x.", "ß", "ẞ", "SS", "ss", "İ", "i\u{307}", "i", "ſ", "s", "Σ", "σ", "ς", "ơ", "Ơ", "ư", "Ư",
        "ũ", "Ũ", "ÿ", "Ÿ", "năm", "Năm", "ngày", "y", "Y", "xã", "Xã", "“a”", "–", "(b)", "b)", "\u{1}x", "é\u{301}",
        "ỹ", "Ỹ", "ẖ", "ǅ", "ǆ", "Ǆ", "ﬁ", "FI", "ŉ", "Ŋ", "ŋ", "Ÿa", "ÿa", "ĸ", "Ĺ", "ĺ",
    ];
    const SEPARATORS: &[&str] = &[" ", " ", " ", "  ", "\t", "\u{B}", "\u{A0}", "\u{1680}", "\u{2009}", "\u{3000}", "\u{85}", "", "\u{1C}"];

    fn generated_lines(count: usize) -> Vec<String> {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        (0..count)
            .map(|_| {
                let mut line = String::new();
                for _ in 0..rng.below(14) {
                    line.push_str(TOKENS[rng.below(TOKENS.len())]);
                    line.push_str(SEPARATORS[rng.below(SEPARATORS.len())]);
                }
                line
            })
            .collect()
    }

    /// The repeat search as first written: on `split_whitespace`, every pair of words
    /// compared char by char with the Unicode tables.
    fn repeats_by_chars(line: &str) -> Vec<String> {
        let words: Vec<&str> = line.split_whitespace().collect();
        let same = |a: &str, b: &str| {
            let (mut x, mut y) = (a.chars(), b.chars());
            loop {
                match (x.next(), y.next()) {
                    (None, None) => return true,
                    (Some(p), Some(q)) if p == q || p.to_lowercase().eq(q.to_lowercase()) => {}
                    _ => return false,
                }
            }
        };
        let capitalised = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
        let repeats = |i: usize, n: usize| {
            let (first, second) = (&words[i..i + n], &words[i + n..i + 2 * n]);
            first.iter().zip(second).enumerate().all(|(k, (a, b))| {
                same(a, if k == n - 1 { b.trim_end_matches(|c: char| !c.is_alphanumeric()) } else { b })
            }) && first.iter().all(|w| w.chars().all(char::is_alphabetic))
                && !(n == 1 && REDUPLICATED.contains(&first[0].to_lowercase().as_str()))
                && !(n == 1 && first[0].len() == 1 && first[0].chars().all(|c| c.is_ascii_uppercase()))
                && !(n == 1 && ends_chained_compound(i.checked_sub(1).map(|b| words[b]), first[0], words.len() - (i + 2)))
                && !(n == 1 && !capitalised(first[0]) && capitalised(second[0]))
        };
        let mut found = Vec::new();
        let mut i = 0;
        while i < words.len() {
            match [3, 2, 1].into_iter().find(|&n| i + 2 * n <= words.len() && repeats(i, n)) {
                Some(n) => {
                    let mut phrase = words[i..i + 2 * n - 1].join(" ");
                    phrase.push(' ');
                    phrase.push_str(words[i + 2 * n - 1].trim_end_matches(|c: char| !c.is_alphanumeric()));
                    found.push(phrase);
                    i += 2 * n;
                }
                None => i += 1,
            }
        }
        found
    }

    #[test]
    fn repeats_found_as_the_char_by_char_search_finds_them() {
        let mut finder = RepeatFinder::default();
        let mut hits = 0;
        for line in generated_lines(200_000) {
            let mut found = Vec::new();
            finder.find(&line, &mut found);
            assert_eq!(found, repeats_by_chars(&line), "{line:?}");
            hits += found.len();
        }
        assert!(hits > 1000, "the generated lines hold repeats");
    }

    #[test]
    fn generated_lines_split_as_split_whitespace_does() {
        let mut words = Vec::new();
        let lines = generated_lines(50_000);
        // Lines of several 64-byte blocks, too.
        let long = lines.chunks(7).map(|group| group.concat());
        for line in lines.iter().cloned().chain(long) {
            split_words(&line, &mut words);
            let by_bytes: Vec<&str> = words.iter().map(|w| &line[w.start..w.end]).collect();
            assert_eq!(by_bytes, line.split_whitespace().collect::<Vec<_>>(), "{line:?}");
        }
    }

    #[test]
    fn words_split_across_block_edges() {
        let mut words = Vec::new();
        for pad in 0..140 {
            for word in ["x", "xy", "tế", "đường", "\u{1}a"] {
                let line = format!("{}{word} {word}\t{}", "a".repeat(pad), " ".repeat(pad % 3));
                for line in [line.trim_end(), line.as_str(), line.trim_start_matches('a')] {
                    split_words(line, &mut words);
                    let by_bytes: Vec<&str> = words.iter().map(|w| &line[w.start..w.end]).collect();
                    assert_eq!(by_bytes, line.split_whitespace().collect::<Vec<_>>(), "{line:?}");
                }
            }
        }
    }

    #[test]
    fn space_lanes_mark_ascii_white_space_alone() {
        let mut rng = Rng(7);
        for _ in 0..100_000 {
            let edges = [0, 0x08, 0x09, 0x0B, 0x0D, 0x0E, 0x1F, 0x20, 0x21, 0x7F, 0x80, 0x89, 0xA0, 0xFF, b'a'];
            let bytes: [u8; 8] = std::array::from_fn(|_| if rng.below(2) == 0 { edges[rng.below(edges.len())] } else { rng.below(256) as u8 });
            let expected = bytes.iter().enumerate().fold(0, |m, (k, &b)| m | u64::from(b.is_ascii_whitespace() || b == 0x0B) << (8 * k + 7));
            assert_eq!(space_lanes(u64::from_le_bytes(bytes)), expected, "{bytes:?}");
        }
        for b in 0..=255u8 {
            let lanes = u64::from_le_bytes([b; 8]);
            assert_eq!(space_lanes(lanes) != 0, char::from(b).is_whitespace() && b < 0x80, "{b:#x}");
        }
    }

    #[test]
    fn quick_lower_agrees_with_the_unicode_tables() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            if let Some(l) = quick_lower(c) {
                assert!(c.is_alphanumeric(), "{c:?}");
                assert_eq!(c.to_lowercase().collect::<Vec<_>>(), vec![l], "{c:?}");
            }
        }
        assert!("aAđĐếẾơƠưƯ09ÿ".chars().all(|c| quick_lower(c).is_some()));
    }

    #[test]
    fn repeated_words_are_found() {
        assert_eq!(repeated_phrases("Kế hoạch Kế hoạch tiêm chủng được duy trì."), vec!["Kế hoạch Kế hoạch"]);
        assert_eq!(repeated_phrases("trạm đã đã hoàn thành kế hoạch"), vec!["đã đã"]);
        assert_eq!(repeated_phrases("kế hoạch năm 2024, kế hoạch năm 2024."), Vec::<String>::new());
        assert_eq!(repeated_phrases("dần dần ổn định, ngày ngày cố gắng"), Vec::<String>::new());
        assert_eq!(repeated_phrases("tăng 12 12 ca"), Vec::<String>::new());
        assert_eq!(repeated_phrases("chăm sóc người bệnh bệnh phổi tắc nghẽn mạn tính"), Vec::<String>::new());
        assert_eq!(repeated_phrases("cán bộ bộ phận một cửa"), Vec::<String>::new());
        // Not a compound before it, or nothing after it: a slip of the pen.
        assert_eq!(repeated_phrases("các bệnh bệnh truyền nhiễm"), vec!["bệnh bệnh"]);
        assert_eq!(repeated_phrases("chăm sóc người bệnh bệnh."), vec!["bệnh bệnh"]);
        assert_eq!(repeated_phrases("người, bệnh bệnh phổi"), vec!["bệnh bệnh"]);
        assert_eq!(repeated_phrases("Song song với đó, trưởng phòng Phòng Kế hoạch"), Vec::<String>::new());
        assert_eq!(repeated_phrases("bác sĩ Bác sĩ Trần Văn Bảy"), vec!["bác sĩ Bác sĩ"]);
        assert_eq!(repeated_phrases("y tế xã y tế xã."), vec!["y tế xã y tế xã"]);
        assert_eq!(repeated_phrases("Cỡ chữ: A- A A+ | In trang"), Vec::<String>::new());
        assert_eq!(repeated_phrases("nhóm A A, Vitamin A A."), Vec::<String>::new());
        assert_eq!(repeated_phrases("ở ở trạm, A B A B"), vec!["ở ở", "A B A B"]);
    }
}

//! Repairs for text dumps: paragraphs cut by a page break are joined again, and words
//! typed twice by mistake are reported (never changed: the reader decides).

use vanban_plugin_sdk::text::ends_sentence;

/// Whether `next` continues the sentence `prev` left open at a page break: `prev` is a
/// long line that does not end a sentence, `next` goes on in lower case.
pub fn continues(prev: &str, next: &str) -> bool {
    let prev = prev.trim();
    let next = next.trim_start();
    if ends_sentence(prev) || prev.chars().count() < 30 || prev.split_whitespace().count() < 6 {
        return false;
    }
    let starts_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    starts_lower && next.split_whitespace().count() >= 2
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

impl RepeatFinder {
    /// Appends the repeats of `line` to `found`, in line order.
    pub fn find(&mut self, line: &str, found: &mut Vec<String>) {
        split_words(line, &mut self.words);
        let words = &self.words[..];
        let text = |k: usize| &line[words[k].start..words[k].end];
        let mut i = 0;
        while i < words.len() {
            // The longest repeat wins.
            let key = words[i].key;
            let mut found_n = None;
            for n in [3, 2, 1] {
                if i + 2 * n <= words.len()
                    && words[i + n].key == key
                    && second_letters_may_agree(line, &words[i], &words[i + n])
                    && repeats_at(line, words, i, n)
                {
                    found_n = Some(n);
                    break;
                }
            }
            match found_n {
                Some(n) => {
                    let mut phrase = String::new();
                    for k in i..i + 2 * n - 1 {
                        phrase.push_str(text(k));
                        phrase.push(' ');
                    }
                    phrase.push_str(text(i + 2 * n - 1).trim_end_matches(|c: char| !c.is_alphanumeric()));
                    found.push(phrase);
                    i += 2 * n;
                }
                None => i += 1,
            }
        }
    }
}

/// The words of `line` as `str::split_whitespace` finds them, read on bytes: only an
/// ASCII space or control, or a char led by C2, E1, E2 or E3, can be white space.
fn split_words(line: &str, words: &mut Vec<Word>) {
    words.clear();
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
    c.to_lowercase().next().unwrap_or(c)
}

/// False when the second letters of two words already tell them apart: both ASCII
/// letters or digits that differ in lower case. (Only a second char that is neither may be
/// trimmed off the last word of a repeat, so such chars decide nothing here.)
#[inline]
fn second_letters_may_agree(line: &str, a: &Word, b: &Word) -> bool {
    let second = |w: &Word| if w.end - w.start >= 2 { line.as_bytes()[w.start + 1] } else { 0 };
    let (x, y) = (second(a), second(b));
    !(x.is_ascii_alphanumeric() && y.is_ascii_alphanumeric() && !x.eq_ignore_ascii_case(&y))
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
        let b = if k == n - 1 { text(b).trim_end_matches(|c: char| !c.is_alphanumeric()) } else { text(b) };
        same_word(text(a), b)
    });
    if !same || !first.iter().all(|w| text(w).chars().all(char::is_alphabetic)) {
        return false;
    }
    if n == 1 && REDUPLICATED.contains(&text(&first[0]).to_lowercase().as_str()) {
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
            (Some(p), Some(q)) if p == q || p.to_lowercase().eq(q.to_lowercase()) => {}
            _ => return false,
        }
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

    #[test]
    fn repeated_words_are_found() {
        assert_eq!(repeated_phrases("Kế hoạch Kế hoạch tiêm chủng được duy trì."), vec!["Kế hoạch Kế hoạch"]);
        assert_eq!(repeated_phrases("trạm đã đã hoàn thành kế hoạch"), vec!["đã đã"]);
        assert_eq!(repeated_phrases("kế hoạch năm 2024, kế hoạch năm 2024."), Vec::<String>::new());
        assert_eq!(repeated_phrases("dần dần ổn định, ngày ngày cố gắng"), Vec::<String>::new());
        assert_eq!(repeated_phrases("tăng 12 12 ca"), Vec::<String>::new());
        assert_eq!(repeated_phrases("Song song với đó, trưởng phòng Phòng Kế hoạch"), Vec::<String>::new());
        assert_eq!(repeated_phrases("bác sĩ Bác sĩ Trần Văn Bảy"), vec!["bác sĩ Bác sĩ"]);
        assert_eq!(repeated_phrases("y tế xã y tế xã."), vec!["y tế xã y tế xã"]);
    }
}

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

/// Phrases of one to three words written twice in a row ("Kế hoạch Kế hoạch").
pub fn repeated_phrases(line: &str) -> Vec<String> {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    // Each token's first letter in lower case: a repeat needs the same one at i and i + n,
    // which rules out almost every position before any word is compared.
    let keys: Vec<Option<char>> = tokens.iter().map(|t| t.chars().next().and_then(first_lower)).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let candidate = |n: usize| i + 2 * n <= tokens.len() && keys[i] == keys[i + n] && repeats_at(&tokens, i, n);
        match (1..=3).rev().find(|&n| candidate(n)) {
            Some(n) => {
                let last = tokens[i + 2 * n - 1];
                let mut phrase = tokens[i..i + 2 * n - 1].join(" ");
                phrase.push(' ');
                phrase.push_str(last.trim_end_matches(|c: char| !c.is_alphanumeric()));
                found.push(phrase);
                i += 2 * n;
            }
            None => i += 1,
        }
    }
    found
}

/// The first char of `c` lower-cased (ASCII without the Unicode tables).
fn first_lower(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    c.to_lowercase().next()
}

fn repeats_at(tokens: &[&str], i: usize, n: usize) -> bool {
    if i + 2 * n > tokens.len() {
        return false;
    }
    let first = &tokens[i..i + n];
    let second = &tokens[i + n..i + 2 * n];
    // The word comparison comes first: it fails on the first letter for almost every
    // token, so the costlier checks below run only on real repeats.
    let same = first.iter().zip(second).enumerate().all(|(k, (a, b))| {
        // Only the last word of the repeat may carry punctuation after it.
        let b = if k == n - 1 { b.trim_end_matches(|c: char| !c.is_alphanumeric()) } else { b };
        same_word(a, b)
    });
    if !same || !first.iter().all(|t| t.chars().all(char::is_alphabetic)) {
        return false;
    }
    if n == 1 && REDUPLICATED.contains(&first[0].to_lowercase().as_str()) {
        return false;
    }
    // "trưởng phòng Phòng Kế hoạch": a common noun, then a name that starts with the same word.
    let capitalised = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
    !(n == 1 && !capitalised(first[0]) && capitalised(second[0]))
}

/// Whether two words are equal ignoring case, letter by letter, without allocating.
fn same_word(a: &str, b: &str) -> bool {
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

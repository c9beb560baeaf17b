//! Counts written in words ("bảy trường hợp", "mười hai bệnh nhân", "hai mươi lăm ca"),
//! from one to nine hundred and ninety-nine ("ba trăm người", "hai trăm năm mươi ca"), as
//! reports write counts in running text.

use super::text::is_alnum;
use aho_corasick::{AhoCorasick, MatchKind};
use once_cell::sync::Lazy;

/// The digits in words, with the forms they take after "mươi" ("mốt", "tư", "lăm").
const DIGITS: &[(&str, u32)] = &[
    ("một", 1), ("mốt", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("tư", 4), ("năm", 5), ("lăm", 5), ("sáu", 6), ("bảy", 7),
    ("tám", 8), ("chín", 9),
];

/// Words a count in words opens with: a digit that may stand first, or "mười"; each with the
/// space after it.
const OPENINGS: &[&str] = &["một ", "hai ", "ba ", "bốn ", "năm ", "sáu ", "bảy ", "tám ", "chín ", "mười "];

/// The openings with their spaces: three bytes at least, which the automaton's prefilter
/// tells from the many words that start like "ba" or "ch" in two.
static OPENING: Lazy<AhoCorasick> =
    Lazy::new(|| AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(OPENINGS).expect("number words automaton"));

/// The counts in words of the lower-case text `lower`, as (start, end, value), left to right.
/// Each opens at a word's start, and a space follows its first word: a count is followed by
/// what it counts (the caller keeps none without a space after it), and a count of two or
/// more words has a space after its first anyway. What it counts is for the caller to check.
pub fn spans(lower: &str) -> Vec<(usize, usize, f64)> {
    let mut out = Vec::new();
    let mut from = 0;
    for m in OPENING.find_iter(lower) {
        if m.start() < from || !starts_a_word(lower, m.start()) {
            continue;
        }
        if let Some((end, value)) = parse_at(lower, m.start()) {
            out.push((m.start(), end, f64::from(value)));
            from = end;
        }
    }
    out
}

fn starts_a_word(s: &str, at: usize) -> bool {
    !s[..at].chars().next_back().is_some_and(is_alnum)
}

/// The whole word of `s` at `at`, if it is one.
fn word_at(s: &str, at: usize) -> &str {
    let rest = &s[at..];
    &rest[..rest.find(|c: char| !is_alnum(c)).unwrap_or(rest.len())]
}

fn digit(w: &str) -> Option<u32> {
    DIGITS.iter().find(|(d, _)| *d == w).map(|(_, v)| *v)
}

/// The count in words opening at `at`, with hundreds: "ba trăm", "hai trăm năm mươi", "một
/// trăm linh năm"; its end and value. After "trăm" only tens ("năm mươi") or "linh"/"lẻ" and
/// a digit are read: "ba trăm năm qua" is three hundred years, not 305.
fn parse_at(s: &str, at: usize) -> Option<(usize, u32)> {
    let (end, value) = parse_below_hundred(s, at)?;
    let next = |end: usize| s[end..].strip_prefix(' ').map(|_| (end + 1, word_at(s, end + 1)));
    let Some((i, "trăm")) = next(end).filter(|_| value < 10) else { return Some((end, value)) };
    let end = i + "trăm".len();
    let hundreds = value * 100;
    let rest = match next(end) {
        Some((i, "linh" | "lẻ")) => next(i + word_at(s, i).len()).and_then(|(j, w)| Some((j + w.len(), digit(w)?))),
        Some((i, w)) if w == "mười" || next(i + w.len()).is_some_and(|(_, m)| m == "mươi") => parse_below_hundred(s, i),
        _ => None,
    };
    Some(rest.map_or((end, hundreds), |(e, v)| (e, hundreds + v)))
}

/// The count below a hundred opening at `at`: "bảy", "mười", "mười hai", "hai mươi", "hai
/// mươi lăm"; its end and value.
fn parse_below_hundred(s: &str, at: usize) -> Option<(usize, u32)> {
    let first = word_at(s, at);
    let mut end = at + first.len();
    let next = |end: usize| s[end..].strip_prefix(' ').map(|_| (end + 1, word_at(s, end + 1)));
    if first == "mười" {
        let ones = next(end).and_then(|(i, w)| Some((i + w.len(), digit(w).filter(|&d| d != 1 || w == "một")?)));
        return Some(ones.map_or((end, 10), |(e, d)| (e, 10 + d)));
    }
    let tens = digit(first)?;
    if let Some((i, "mươi")) = next(end) {
        end = i + "mươi".len();
        let ones = next(end).and_then(|(i, w)| Some((i + w.len(), digit(w)?)));
        return Some(ones.map_or((end, tens * 10), |(e, d)| (e, tens * 10 + d)));
    }
    Some((end, tens))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_words() {
        let s = "có bảy trường hợp, mười hai bệnh nhân, hai mươi lăm ca, ba mươi ca và mười ca; bao nhiêu";
        let got: Vec<(&str, f64)> = spans(s).into_iter().map(|(a, b, v)| (&s[a..b], v)).collect();
        assert_eq!(got, [("bảy", 7.0), ("mười hai", 12.0), ("hai mươi lăm", 25.0), ("ba mươi", 30.0), ("mười", 10.0)]);
    }

    #[test]
    fn hundreds_in_words() {
        let s = "ba trăm người, hai trăm năm mươi ca, một trăm linh năm lượt, sáu trăm lẻ tư mẫu; ba trăm năm qua";
        let got: Vec<(&str, f64)> = spans(s).into_iter().map(|(a, b, v)| (&s[a..b], v)).collect();
        let want = [("ba trăm", 300.0), ("hai trăm năm mươi", 250.0), ("một trăm linh năm", 105.0), ("sáu trăm lẻ tư", 604.0), ("ba trăm", 300.0), ("năm", 5.0)];
        assert_eq!(got, want);
    }
}

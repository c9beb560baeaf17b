//! The posting line a blog theme prints under a post's headline: "Đăng ngày 14 Tháng
//! Mười, 2026 bởi quantri / Tin tức / Để lại bình luận", the month in words as WordPress
//! writes it in Vietnamese, or the date a Blogger theme heads a day's posts with ("Thứ
//! Sáu, 6 tháng 11, 2026").

use regex::Regex;
use std::sync::LazyLock;

/// A posting label (or none), a weekday (or none: Blogger heads a day's posts with "Thứ
/// Sáu, 6 tháng 11, 2026"), then the day, "tháng" with the month in words or figures, and
/// the year. The year is its first four digits: the theme sets the updated date right after
/// the published one, and their texts meet ("202615 Tháng Mười").
static POSTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(?:đăng\s+(?:ngày|lúc|vào(?:\s+ngày)?)|ngày\s+đăng|posted\s+on)\s*:?\s*)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?(\d{1,2})\s+tháng\s+(mười\s+một|mười\s+hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s*,\s*(\d{4})",
    )
    .expect("valid regex")
});

/// The months in words, January first.
const MONTHS: &[&str] = &["một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"];

/// The longest posting line, in chars: the date, the poster, a category and a comment link.
const POSTED_LINE_CHARS: usize = 160;

/// The date ("YYYY-MM-DD") of a line that opens with a post's date written the blog way:
/// "Đăng ngày 14 Tháng Mười, 2026", "Ngày đăng: 9 tháng 7, 2025". Only the line's opening
/// is read: a sentence that opens with a date ("Ngày 21 tháng 8, 2025 đoàn …") opens with
/// no posting label and no day.
pub fn posted_date(line: &str) -> Option<String> {
    if line.len() > 4 * POSTED_LINE_CHARS || line.chars().count() > POSTED_LINE_CHARS {
        return None;
    }
    let c = POSTED.captures(line)?;
    let day: u32 = c[1].parse().ok()?;
    let month = month_number(&c[2])?;
    let year: u32 = c[3].parse().ok()?;
    let days = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    ((1..=days).contains(&day) && year >= 1900).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// The month a word or figure names, 1 to 12.
fn month_number(m: &str) -> Option<u32> {
    if let Ok(n) = m.parse::<u32>() {
        return (1..=12).contains(&n).then_some(n);
    }
    let words = m.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ");
    MONTHS.iter().position(|w| *w == words).map(|i| i as u32 + 1)
}

//! The date stamp a page prints beside a post: "Ngày đăng: 05/06/2025", "Cập nhật lúc
//! 08:30 ngày 10/07/2025", and the same with the counters and buttons portals set on its line.

use crate::text::{char_len, ends_sentence, parse_dmy_datetime, parse_long_date};

/// The longest date stamp line ("Ngày đăng: 05/06/2025", "Cập nhật lúc 08:30 ngày 10/07/2025").
const DATE_LINE_CHARS: usize = 60;
/// Words of a date stamp line besides the date: a label, a weekday, a category.
const DATE_LINE_WORDS: usize = 5;
/// A time of day: "08:30", "8h30", "14 : 25".
static CLOCK: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"\b([01]?\d|2[0-3])\s*[:h]\s*([0-5]\d)\b").expect("valid regex"));

/// The longest stamp in parts whose other parts are a counter, buttons or a poster's name:
/// "Cập nhật: 16/11/2025 14:05 | Lượt xem: 128 | In trang | Gửi email".
const PARTED_LINE_CHARS: usize = 120;
/// The longest part beside the date's in such a line ("Người đăng: Quản trị viên").
const SIDE_PART_CHARS: usize = 30;

/// The date (and time) of a short line that is only a date stamp, perhaps with a label:
/// "Ngày đăng: 05/06/2025", "(Ngày 22/08/2025)", "Thứ Hai, 03/03/2025 14:30 (GMT+7)",
/// "Cập nhật lúc 08:30 ngày 10/07/2025". A stamp in parts ("Đăng ngày: 29/09/2025 | Người
/// đăng: Quản trị viên", "Cập nhật: 14:25 | 12/09/2025 | Lượt xem: 432"): the words that
/// count are those of the part holding the date; the time may stand in another part. Such
/// a line may run longer than a stamp alone when every other part is short: portals close
/// it with the view count and the print and e-mail buttons.
pub fn date_stamp(line: &str) -> Option<String> {
    let chars = char_len(line);
    // A long line without parts is never read for a date: most of them are prose.
    if chars > DATE_LINE_CHARS && (chars > PARTED_LINE_CHARS || !line.contains('|')) || ends_sentence(line) {
        return None;
    }
    let (at, part, date) =
        line.split('|').enumerate().find_map(|(at, p)| Some((at, p, parse_dmy_datetime(p).or_else(|| parse_long_date(p))?)))?;
    let words = part.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    if words > DATE_LINE_WORDS || chars > DATE_LINE_CHARS && !others_short(line, at, part) {
        return None;
    }
    if date.contains('T') {
        return Some(date);
    }
    match CLOCK.captures(line) {
        Some(c) => {
            let hour: u32 = c[1].parse().ok()?;
            Some(format!("{date}T{hour:02}:{}", &c[2]))
        }
        None => Some(date),
    }
}

/// Whether the part at `at` is no longer than a stamp alone and every other part of the
/// line is as short as a counter or a button.
fn others_short(line: &str, at: usize, part: &str) -> bool {
    char_len(part) <= DATE_LINE_CHARS
        && line.split('|').enumerate().all(|(i, p)| i == at || char_len(p.trim()) <= SIDE_PART_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_written_out_in_words_is_a_date_stamp() {
        assert_eq!(date_stamp("Ngày 14 tháng 3 năm 2025").as_deref(), Some("2025-03-14"));
        assert_eq!(date_stamp("Hòa Bình, ngày 05 tháng 11 năm 2024").as_deref(), Some("2024-11-05"));
        assert_eq!(date_stamp("Ngày   tháng 3 năm 2025"), None);
        assert_eq!(date_stamp("Ngày 14 tháng 3 năm 2025, đoàn công tác đến kiểm tra trạm y tế xã."), None);
        assert_eq!(parse_long_date("ngày 31 tháng 13 năm 2025"), None);
    }

    #[test]
    fn a_stamp_followed_by_its_counter_and_buttons_dates_the_post() {
        let line = "Ngày cập nhật: 03/12/2025 08:40 | Lượt xem: 2.417 | In bài | Gửi cho bạn bè";
        assert_eq!(date_stamp(line).as_deref(), Some("2025-12-03T08:40"));
        // The parts beside the date must be short: a sentence beside it is no counter.
        let told = "Ngày 03/12/2025 | Đoàn công tác của Sở Y tế đến thăm và tặng quà các trạm y tế xã";
        assert_eq!(date_stamp(told), None);
        // Nor is a long line without parts read.
        assert_eq!(date_stamp("Ngày đăng 03/12/2025 08:40 lượt xem 2.417 in bài gửi cho bạn bè chia sẻ"), None);
    }
}

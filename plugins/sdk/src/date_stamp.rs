//! The date stamp a page prints beside a post: "Ngày đăng: 05/06/2025", "Cập nhật lúc
//! 08:30 ngày 10/07/2025", "Ngày đăng: 2025-06-05", and the same with the counters and
//! buttons portals set on its line.

use crate::text::{char_len, ends_sentence, parse_dmy_datetime, parse_long_date};

/// The longest date stamp line ("Ngày đăng: 05/06/2025", "Cập nhật lúc 08:30 ngày 10/07/2025").
const DATE_LINE_CHARS: usize = 60;
/// Words of a date stamp line besides the date: a label, a weekday, a category.
const DATE_LINE_WORDS: usize = 5;
/// A time of day: "08:30", "8h30", "14 : 25".
static CLOCK: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"\b([01]?\d|2[0-3])\s*[:h]\s*([0-5]\d)\b").expect("valid regex"));

/// The longest stamp in parts whose other parts are a counter, buttons or a poster's name:
/// "Cập nhật: 16/11/2025 14:05 | Lượt xem: 128 | In trang | Gửi email". No longer line is
/// read as a stamp: a plugin may rule one out by its length before asking.
pub const PARTED_LINE_CHARS: usize = 120;
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
    let (at, part, date) = line
        .split('|')
        .enumerate()
        .find_map(|(at, p)| Some((at, p, parse_dmy_datetime(p).or_else(|| parse_long_date(p)).or_else(|| parse_iso_date(p))?)))?;
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

/// The words that open a stamp naming what its date is: when the post was put up or last
/// updated ("Cập nhật lúc: 08:15 05/11/2026", "Ngày đăng: 05/11/2026").
const STAMP_LABELS: &[&str] = &["cập nhật", "ngày cập nhật", "ngày đăng", "đăng ngày", "đăng lúc", "ngày xuất bản", "thời gian đăng", "thời gian cập nhật"];

/// The date of a [`date_stamp`] that a label opens ([`STAMP_LABELS`]): the post's own
/// stamp wherever the page sets it (a Liferay portal's "Cập nhật lúc: 08:15 05/11/2026"
/// under the article), while a date alone under an article may be another post's, in a
/// list of them.
pub fn labelled_stamp(line: &str) -> Option<String> {
    let t = line.trim_start();
    let labelled = STAMP_LABELS.iter().any(|l| crate::text::starts_with_lower(t, l) && t.get(l.len()..).is_some_and(|r| !r.starts_with(char::is_alphanumeric)));
    if labelled { date_stamp(t) } else { None }
}

/// The first date written the ISO way in `s` ("2025-06-05", "2025-06-05 08:30",
/// "2025-06-05T08:30:00"), as "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM". Portals built on
/// foreign platforms (Liferay, DNN) print the stored date as it is, beside the label a
/// Vietnamese stamp has. A run of figures that only holds such a date ("12026-11-03") is none.
pub fn parse_iso_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let number = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let bounded = (i == 0 || !b[i - 1].is_ascii_digit()) && !b.get(i + 10).is_some_and(u8::is_ascii_digit);
        let shaped = bounded && digits(i..i + 4) && b[i + 4] == b'-' && digits(i + 5..i + 7) && b[i + 7] == b'-' && digits(i + 8..i + 10);
        if !shaped {
            return None;
        }
        let (y, m, d) = (number(i..i + 4)?, number(i + 5..i + 7)?, number(i + 8..i + 10)?);
        if y < 1900 || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let date = format!("{y:04}-{m:02}-{d:02}");
        // The time, if one follows at once: "T08:30" or " 08:30".
        let timed = matches!(b.get(i + 10), Some(b'T' | b' ')) && digits(i + 11..i + 13) && b.get(i + 13) == Some(&b':') && digits(i + 14..i + 16);
        let valid = timed && number(i + 11..i + 13)? <= 23 && number(i + 14..i + 16)? <= 59;
        Some(if valid { format!("{date}T{}", &s[i + 11..i + 16]) } else { date })
    })
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
    fn a_date_written_the_iso_way_is_a_date_stamp() {
        assert_eq!(date_stamp("Ngày đăng: 2025-02-17").as_deref(), Some("2025-02-17"));
        assert_eq!(date_stamp("Cập nhật: 2025-02-17 09:05 | Lượt xem: 88").as_deref(), Some("2025-02-17T09:05"));
        assert_eq!(date_stamp("Đăng lúc 2025-02-17T21:40:00").as_deref(), Some("2025-02-17T21:40"));
        assert_eq!(date_stamp("Ngày đăng: 2025-13-17"), None);
        assert_eq!(date_stamp("Mã hồ sơ 12025-02-17"), None);
        assert_eq!(parse_iso_date("Kế hoạch giai đoạn 2025-2030"), None);
    }

    #[test]
    fn a_stamp_its_label_names_is_the_posts() {
        assert_eq!(labelled_stamp("Cập nhật lúc: 08:15 05/11/2026").as_deref(), Some("2026-11-05T08:15"));
        assert_eq!(labelled_stamp("NGÀY ĐĂNG: 05/11/2026").as_deref(), Some("2026-11-05"));
        assert_eq!(labelled_stamp("05/11/2026"), None, "a date alone may be another post's");
        assert_eq!(labelled_stamp("Cập nhật lúc 08:15, hệ thống ghi nhận 12 ca mắc mới trong ngày 05/11/2026."), None);
        assert_eq!(labelled_stamp("Cập nhậtx 05/11/2026"), None);
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

//! Page furniture in text copied or extracted from a paginated document: page numbers
//! ("Trang 2/4", "- 3 -", "Page 2 of 5", bare numbers counting up a page apart) and the
//! running header or footer repeated beside them. A page break leaves them inside
//! paragraphs, where they cut a sentence in two and glue themselves into it; the lines on
//! either side are one paragraph again once they are gone.

/// A running header or footer is a line, not prose.
const MAX_RUNNING_CHARS: usize = 120;
/// Words that name a page before its number.
const PAGE_WORDS: [&str; 2] = ["trang", "page"];
/// Words between a page's number and the count of pages ("2 of 5", "2 trên 5").
const OF_WORDS: [&str; 4] = ["/", "of", "trên", "của"];
/// Fewest lines from one bare page number to the next: a page holds more, a list whose
/// numbers stand on lines of their own far fewer.
const MIN_LINES_PER_PAGE: usize = 6;

/// What a line of furniture is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    /// A page number, alone or closing a line that repeats on other pages.
    PageNumber,
    /// A line repeated beside the page numbers of at least two pages.
    Running,
}

/// The furniture among `lines` (each with whether it may be furniture at all: a plain
/// line, not an HTML heading or cell), by index.
pub fn find<'a>(lines: &[(&'a str, bool)]) -> Vec<(usize, Furniture)> {
    let mut found: Vec<(usize, Furniture)> = Vec::new();
    for (i, &(line, eligible)) in lines.iter().enumerate() {
        if eligible && (is_page_label(line) || closes_with_repeated_label(lines, i)) {
            found.push((i, Furniture::PageNumber));
        }
    }
    found.extend(bare_page_numbers(lines).into_iter().map(|i| (i, Furniture::PageNumber)));
    found.sort_unstable_by_key(|&(i, _)| i);
    if found.len() < 2 {
        // One page number says nothing of what repeats, and a bare label on its own is
        // furniture enough to drop.
        return found;
    }
    let labels: Vec<usize> = found.iter().map(|&(i, _)| i).collect();
    for i in running_lines(lines, &labels) {
        found.push((i, Furniture::Running));
    }
    found.sort_unstable_by_key(|&(i, _)| i);
    found
}

/// Whether `line` is or ends with a page label, or is a bare number: the lines [`find`]
/// starts from.
pub fn may_be_label(line: &str) -> bool {
    let line = line.trim();
    is_page_label(line) || is_page_count(line) || (line.ends_with(|c: char| c.is_ascii_digit()) && ends_with_page_label(line))
}

/// Bare page numbers, a number alone on its line, as a PDF's text dump leaves them between
/// paragraphs: every bare number of the page when there are two or more, counting up by
/// one (1, 2, 3 … or from 2 when the first page has none), each at least
/// [`MIN_LINES_PER_PAGE`] lines after the one before. A number alone, or numbers out of
/// step (a table's cells one to a line), are no page numbers.
fn bare_page_numbers(lines: &[(&str, bool)]) -> Vec<usize> {
    let mut bare: Vec<(usize, u32)> = Vec::new();
    for (i, &(line, eligible)) in lines.iter().enumerate() {
        let line = line.trim();
        if is_page_count(line) {
            let Some(number) = line.parse().ok().filter(|_| eligible) else { return Vec::new() };
            bare.push((i, number));
        }
    }
    let in_step = |w: &[(usize, u32)]| w[1].1 == w[0].1 + 1 && w[1].0 >= w[0].0 + MIN_LINES_PER_PAGE;
    if bare.len() < 2 || !bare.windows(2).all(in_step) {
        return Vec::new();
    }
    bare.into_iter().map(|(i, _)| i).collect()
}

/// Whether `line` is a page number and nothing else: "Trang 3", "Trang 3/12", "trang 3 /
/// 12", "Page 3 of 12", "- 3 -", "– 3 –".
pub fn is_page_label(line: &str) -> bool {
    let line = line.trim();
    if line.len() > 32 {
        return false;
    }
    if let Some(number) = line.strip_prefix(['-', '–', '—']).and_then(|rest| rest.strip_suffix(['-', '–', '—'])) {
        return is_page_count(number.trim());
    }
    let Some((word, rest)) = line.split_once(' ') else {
        return false;
    };
    PAGE_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) && numbered(rest.trim())
}

/// "3", "3/12", "3 / 12", "3 of 12", "3 trên 12".
fn numbered(text: &str) -> bool {
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, rest) = text.split_at(split);
    if !is_page_count(number) {
        return false;
    }
    let rest = rest.trim_start();
    if rest.is_empty() {
        return true;
    }
    OF_WORDS.iter().any(|of| rest.strip_prefix(of).is_some_and(|total| (of.len() == 1 || total.starts_with(' ')) && is_page_count(total.trim())))
}

/// One to four digits, not all zeros.
fn is_page_count(text: &str) -> bool {
    (1..=4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) && text.bytes().any(|b| b != b'0')
}

/// Whether line `i` ends with a page label after other words ("Báo cáo quý III – Trang 2")
/// and another line reads the same but for its digits: a footer that carries the number.
fn closes_with_repeated_label(lines: &[(&str, bool)], i: usize) -> bool {
    let line = lines[i].0.trim();
    if !line.ends_with(|c: char| c.is_ascii_digit()) || line.chars().count() > MAX_RUNNING_CHARS || !ends_with_page_label(line) {
        return false;
    }
    lines.iter().enumerate().any(|(k, &(other, eligible))| k != i && eligible && same_but_digits(line, other.trim()))
}

/// Whether the last words of `line` are a page label, set apart from what comes before by
/// a space, a dash or a bar.
fn ends_with_page_label(line: &str) -> bool {
    let lower_ascii = |at: usize| line.get(at..).is_some_and(|rest| PAGE_WORDS.iter().any(|w| rest.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w))));
    // A label is a few bytes long: only the line's end is searched.
    let from = line.len().saturating_sub(32).max(1);
    let Some(at) = (from..line.len()).rev().filter(|&at| line.is_char_boundary(at)).find(|&at| lower_ascii(at)) else {
        return false;
    };
    let before = line[..at].trim_end();
    before.len() < at && before.ends_with(|c: char| c.is_alphanumeric() || matches!(c, '-' | '–' | '—' | '|')) && is_page_label(&line[at..])
}

/// Whether `a` and `b` are the same text once their digits are left out (and they hold some).
fn same_but_digits(a: &str, b: &str) -> bool {
    let not_digit = |c: &char| !c.is_ascii_digit();
    a.len().abs_diff(b.len()) <= 4 && a != b && a.chars().filter(not_digit).eq(b.chars().filter(not_digit))
}

/// The lines that stand at the same place beside the page labels at `labels` (the line
/// after, the one before, two after…) as the same text stands beside another label: a
/// running header or footer. A line two away counts only when the one between is running
/// too, so that a header is one block with its page number. A header is followed by each
/// page's own text: where the lines beyond two copies open alike, a sentence of the prose
/// was written twice (a report repeats its stock phrases) and cut at the same place.
fn running_lines(lines: &[(&str, bool)], labels: &[usize]) -> Vec<usize> {
    let at = |label: usize, d: isize| label.checked_add_signed(d).filter(|&k| k < lines.len() && lines[k].1 && !labels.contains(&k));
    let beyond = |k: usize, d: isize| k.checked_add_signed(d.signum()).and_then(|b| lines.get(b)).map_or("", |l| l.0);
    let mut running = Vec::new();
    for d in [1, -1, 2, -2] {
        for (n, &label) in labels.iter().enumerate() {
            let Some(k) = at(label, d) else { continue };
            let text = lines[k].0.trim();
            let joined_on = d.abs() == 1 || at(label, d.signum()).is_some_and(|j| running.contains(&j));
            let repeated = || {
                labels.iter().enumerate().any(|(m, &other)| {
                    m != n && at(other, d).is_some_and(|j| lines[j].0.trim() == text && !open_alike(beyond(k, d), beyond(j, d)))
                })
            };
            if joined_on && may_run(text) && !running.contains(&k) && repeated() {
                running.push(k);
            }
        }
    }
    running
}

/// Whether two lines open with the same three words.
fn open_alike(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.split_whitespace(), b.split_whitespace());
    (0..3).all(|_| matches!((a.next(), b.next()), (Some(x), Some(y)) if x == y))
}

/// A line short enough to be a running header and holding a word.
fn may_run(line: &str) -> bool {
    let line = line.trim();
    line.chars().count() <= MAX_RUNNING_CHARS && line.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture(text: &str) -> Vec<(usize, Furniture)> {
        let lines: Vec<(&str, bool)> = text.lines().map(|l| (l, true)).collect();
        find(&lines)
    }

    #[test]
    fn page_labels() {
        for label in ["Trang 3", "Trang 3/12", " trang 3 / 12 ", "TRANG 10", "Page 2 of 9", "Trang 2 trên 9", "- 4 -", "– 12 –"] {
            assert!(is_page_label(label), "{label}");
        }
        for line in ["Trang thiết bị", "Trang 3 của báo cáo tổng hợp", "Trang 0", "Trang 12345", "Trang", "- Lưu: VT -", "2024", "Trang 3/"] {
            assert!(!is_page_label(line), "{line}");
        }
        assert!(ends_with_page_label("Báo cáo quý III – Trang 2/5") && !ends_with_page_label("Trang 2/5"));
        assert!(!ends_with_page_label("Phòng Trang thiết bị"));
        assert!(may_be_label(" - 2 - ") && may_be_label("Bản tin dịch tuần 9 | Trang 1 "));
        assert!(!may_be_label("Trang thiết bị y tế") && !may_be_label("Khám cho 1.204 người"));
    }

    #[test]
    fn running_header_beside_page_numbers() {
        let text = "Trạm y tế xã Hòa Tiến đã khám cho 812 lượt người, trong đó có\n\
            Trang 1/3\n\
            BỆNH VIỆN ĐA KHOA XÃ HÒA TIẾN – Báo cáo quý I\n\
            214 lượt người cao tuổi. Công tác tiêm chủng được duy trì và\n\
            Trang 2/3\n\
            BỆNH VIỆN ĐA KHOA XÃ HÒA TIẾN – Báo cáo quý I\n\
            hoàn thành trước ngày 30/3.\n\
            Trang 3/3";
        use Furniture::{PageNumber as P, Running as R};
        assert_eq!(furniture(text), [(1, P), (2, R), (4, P), (5, R), (7, P)]);
    }

    #[test]
    fn a_sentence_written_twice_beside_page_numbers_stays() {
        let text = "Tỷ lệ tiêm chủng đầy đủ đạt 97,2%.\n\
            Trang 1/3\n\
            Các xã đã tổ chức tiêm bù cho trẻ\n\
            chưa được tiêm đủ mũi ở thôn Bản Chiềng.\n\
            Trang 2/3\n\
            Các xã đã tổ chức tiêm bù cho trẻ\n\
            chưa được tiêm đủ mũi ở thôn Nà Lừa.\n\
            Trang 3/3";
        assert_eq!(furniture(text), [(1, Furniture::PageNumber), (4, Furniture::PageNumber), (7, Furniture::PageNumber)]);
    }

    #[test]
    fn a_footer_that_carries_the_number() {
        let text = "Số ca mắc sốt xuất huyết trong tuần là 12 ca, tăng\nBản tin dịch tuần 9 | Trang 1\n3 ca so với tuần trước.\nBản tin dịch tuần 9 | Trang 2";
        assert_eq!(furniture(text), [(1, Furniture::PageNumber), (3, Furniture::PageNumber)]);
        // The same line twice, not numbered: a heading repeated, no footer.
        assert!(furniture("Phụ lục 1\nPhụ lục 1").is_empty());
    }

    #[test]
    fn bare_numbers_counting_up_a_page_apart_are_page_numbers() {
        let page = |n: usize| format!("Đoạn {n} của báo cáo tháng có đủ chữ.\n").repeat(6);
        let text = format!("{}   1\n{}2\n{}3", page(1), page(2), page(3));
        use Furniture::PageNumber as P;
        assert_eq!(furniture(&text), [(6, P), (13, P), (20, P)]);
        // The first page without its number.
        assert_eq!(furniture(&format!("{}2\n{}3", page(1), page(2))), [(6, P), (13, P)]);
    }

    #[test]
    fn bare_numbers_out_of_step_or_close_stay() {
        let page = "Trạm y tế xã tổ chức khám sức khỏe cho người cao tuổi.\n".repeat(6);
        // One alone; a gap in the count; a table's cells one to a line; a list.
        for text in [
            format!("{page}1"),
            format!("{page}1\n{page}3"),
            format!("{page}1\n{page}2\n{page}45\n{page}3"),
            "1\nKhám sức khỏe\n2\nTiêm chủng\n3\nTruyền thông".to_string(),
        ] {
            assert!(furniture(&text).is_empty(), "{text}");
        }
        let lines = [("1", true), ("a", true), ("b", true), ("c", true), ("d", true), ("e", true), ("2", false)];
        assert!(find(&lines).is_empty(), "a number in a cell is no page number, nor its fellow");
    }

    #[test]
    fn lines_repeated_away_from_page_numbers_stay() {
        let text = "- Trạm y tế xã;\n- Lưu: VT.\nTrang 1\nNội dung trang hai có đủ chữ.\n- Lưu: VT.\n\n- Trạm y tế xã;\nTrang 2";
        // "- Lưu: VT." stands by the first label only; "- Trạm y tế xã;" two before one label
        // and one before the other.
        assert_eq!(furniture(text), [(2, Furniture::PageNumber), (7, Furniture::PageNumber)]);
        let lines = [("Trang 1", false), ("Trang 2", true)];
        assert_eq!(find(&lines), [(1, Furniture::PageNumber)], "a heading or a cell is no furniture");
    }
}

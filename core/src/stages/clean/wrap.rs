//! Hard-wrapped text: the width a page's lines were cut at, and which line breaks are
//! those cuts rather than the ends of paragraphs.
//!
//! Text exported at a fixed width (e-mail, `fmt`, a PDF's text layer) breaks a line
//! wherever it filled up, as often before a capitalised name or a figure ("… đồng chí
//! Nguyễn Văn\nAn", "… là\n2.500 lượt") as before a lower-case word. The lower-case test of
//! [`super::repair::continues`] joins only the latter; the extractors read a line break as
//! the end of a sentence, so names, figures and tasks cut by the rest were lost.

use vanban_plugin_sdk::text::{ends_sentence, is_upper_line};

/// Narrower lines are a list or a table column more often than a wrap; no one wraps wider.
const MIN_WIDTH: usize = 40;
const MAX_WIDTH: usize = 200;
/// Lines of fewer words (headings, signatures, lone figures) say nothing of the width.
const MIN_WORDS: usize = 4;
/// Marks that may open a line a wrap cut mid-sentence: the dash between a name and its
/// role, a bracket ("(Ảnh: …)" after a caption), quotes.
const OPENING_MARKS: [char; 7] = ['-', '–', '—', '(', '"', '“', '‘'];
/// Words that open a sentence, not go on with one, when written with a capital: after a
/// line that filled up without a stop they begin a paragraph, and the line was a title
/// ("… tại Trung tâm Y tế huyện\nSáng ngày 3/5, đoàn …"). Mid-sentence they are in lower case.
const OPENERS: &[&str] = &[
    "Căn cứ", "Thực hiện", "Nhằm", "Theo", "Vừa qua", "Hôm nay", "Hôm qua", "Sáng nay", "Chiều nay", "Tối nay", "Sáng ngày",
    "Trưa ngày", "Chiều ngày", "Tối ngày", "Đêm ngày", "Sáng qua", "Chiều qua",
];
/// Times of day that open a sentence when a date follows ("Ngày 3/5", "Sáng 12/4").
const DATED_OPENERS: &[&str] = &["Ngày", "Sáng", "Trưa", "Chiều", "Tối", "Đêm"];
/// Degrees, titles and kinds of place written short before a name ("BS. Trần An").
const TITLES: &[&str] = &[
    "BS", "BSCKI", "BSCKII", "BSCK1", "BSCK2", "BSNT", "ThS", "TS", "PGS", "GS", "KS", "DS", "CN", "ĐD", "KTV", "TTND", "TTƯT", "TP",
    "Tp", "TX", "Tx",
];
/// Headings of the parts of a legal text.
const PARTS: [&str; 4] = ["Điều", "Chương", "Mục", "Phần"];
/// Lines needed before a width is believed.
const MIN_FULL_LINES: usize = 3;

/// A page whose lines were cut at one width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Wrap {
    /// The longest line of the densest band of line lengths, in chars.
    pub width: usize,
    /// Chars a line may fall short of the width and still have been full: none where every
    /// char is as wide as the next (text wrapped by a program), some in a PDF, whose
    /// lines were filled by the glyphs' widths.
    pub slack: usize,
}

/// How far below the width a full line may end: the longest Vietnamese syllable is seven
/// letters, and the chars of a proportional font's full lines vary by about a tenth.
fn band(width: usize) -> usize {
    (width / 8).max(8)
}

impl Wrap {
    /// The width the lines were wrapped at, when at least half the page's lines of a few
    /// words end within one band of lengths, hardly any line is longer, and most lines in
    /// the band stop mid-sentence (a wrap falls between any two words; text written a
    /// paragraph a line ends nearly every line with a stop, however alike their lengths);
    /// `proportional` when the lines were set in a font (a PDF), not counted in chars.
    pub fn find<'a>(lines: impl Iterator<Item = &'a str>, proportional: bool) -> Option<Wrap> {
        // A line in columns (a notice's two-column heading, a table row) is laid out, not
        // filled: counted, it would set the width past the prose's and no wrap would look full.
        let mut lines: Vec<(usize, bool)> = lines
            .filter(|l| has_words(l, MIN_WORDS) && !has_column_gap(l))
            .map(|l| (l.trim().chars().count(), ends_sentence(l)))
            .collect();
        lines.sort_unstable();
        let lengths: Vec<usize> = lines.iter().map(|(n, _)| *n).collect();
        let (count, top) = densest_band(&lengths)?;
        let longer = lengths.len() - 1 - top;
        let mid_sentence = lines[top + 1 - count..=top].iter().filter(|(_, stops)| !stops).count();
        let width = lengths[top];
        let wrapped = count >= MIN_FULL_LINES && 2 * count >= lengths.len() && 10 * longer <= lengths.len() && 2 * mid_sentence > count;
        let slack = if proportional { band(width) / 2 } else { 0 };
        (wrapped && (MIN_WIDTH..=MAX_WIDTH).contains(&width)).then_some(Wrap { width, slack })
    }

    /// Whether the break between `tail` (the last line of `paragraph`, what came before)
    /// and `next`, both as the page had them, is a wrap: `tail` filled its line (the next
    /// word would not have fitted) and `next` opens with a word, or with a dash, bracket or
    /// quote where `tail` ends mid-sentence (a name's role: "… Trần Văn An\n- Giám đốc …";
    /// a title's abbreviation, "BS.", is no stop). After a semicolon the sentence goes on
    /// with a word, after a colon in lower case. After a full stop a new paragraph may open
    /// as well as a sentence, and the two are told apart only inside a list item, whose
    /// sentences go on until the next item (elsewhere a sentence that ended at the wrap loses
    /// nothing unjoined, while paragraphs run together would). Never joined: a line opening
    /// with a list marker, a part's heading ("Điều 3"), a heading in capitals after a line
    /// that is not, a sentence opener after a line without a stop (the line was a title),
    /// the same word as the line before (a list), or lines holding a run of spaces or a tab
    /// (a table).
    pub fn cut(&self, paragraph: &str, tail: &str, next: &str) -> bool {
        let (tail, next) = (tail.trim(), next.trim());
        let (Some(first), Some(tail_first)) = (next.split_whitespace().next(), tail.split_whitespace().next()) else {
            return false;
        };
        // Markdown emphasis took room on the line but is no part of the word.
        let word = first.trim_start_matches('*');
        let Some(opening) = word.chars().next() else {
            return false;
        };
        let room = self.width.saturating_sub(tail.chars().count() + 1);
        let full = first.chars().count() + self.slack > room;
        let stop = tail.trim_end_matches(['*', '"', '”', '’', ')', '»']).chars().last();
        let sentence_goes_on = opening.is_alphanumeric() && !opens_part(next);
        let goes_on = match stop {
            Some(';') => sentence_goes_on,
            Some(':') => opening.is_lowercase(),
            Some('.') if ends_with_title(tail) => sentence_goes_on,
            Some('.') => sentence_goes_on && opens_item(paragraph),
            _ if ends_sentence(tail) => false,
            _ => (opening.is_alphanumeric() || OPENING_MARKS.contains(&opening)) && !opens_sentence(next),
        };
        full && goes_on
            && !is_enumerator(word.trim_start_matches('('))
            && word != tail_first.trim_start_matches('*')
            && !opens_heading(tail, next)
            && !has_column_gap(tail)
            && !has_column_gap(next)
    }
}

/// Whether `line` holds a run of spaces or a tab: cells or columns set apart, not words.
fn has_column_gap(line: &str) -> bool {
    let line = line.trim();
    // Built once: `memmem::find` sets up its searcher on every call, and this runs on every line.
    static TWO_SPACES: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| memchr::memmem::Finder::new("  "));
    memchr::memchr(b'\t', line.as_bytes()).is_some() || TWO_SPACES.find(line.as_bytes()).is_some()
}

/// Whether `next` is a heading in capitals ("KẾT QUẢ THỰC HIỆN") under a line that is not:
/// a title wrapped in capitals goes on in capitals, prose never does for two words.
fn opens_heading(tail: &str, next: &str) -> bool {
    is_upper_line(next) && !is_upper_line(tail) && next.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).nth(1).is_some()
}

/// Whether `line` has at least `n` words, telling words apart at ASCII white space
/// only (it runs over every line of every page; a page wrapped with odd spaces between
/// its words is rare enough to go unjoined).
fn has_words(line: &str, n: usize) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for &b in line.as_bytes() {
        let space = b.is_ascii_whitespace();
        if !space && !in_word {
            words += 1;
            if words == n {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// `text` with each line broken before the word that would take it past `width` chars,
/// as `fmt` breaks it (a longer word stands alone): what [`Wrap`] undoes, for generated
/// corpora (`vanban synth --wrap`) and tests.
pub fn fill(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width.max(1));
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut room = width;
        for (k, word) in line.split_whitespace().enumerate() {
            let chars = word.chars().count();
            if k > 0 && chars < room {
                out.push(' ');
                room -= chars + 1;
            } else {
                if k > 0 {
                    out.push('\n');
                }
                room = width.saturating_sub(chars);
            }
            out.push_str(word);
        }
    }
    out
}

/// The band of lengths (sorted) holding the most lines: `(lines in it, index of its
/// longest)`; the longer band wins a tie.
fn densest_band(lengths: &[usize]) -> Option<(usize, usize)> {
    let mut best = None;
    let mut low = 0;
    for (high, &top) in lengths.iter().enumerate() {
        while lengths[low] + band(top) < top {
            low += 1;
        }
        let count = high - low + 1;
        if best.is_none_or(|(n, _)| count >= n) {
            best = Some((count, high));
        }
    }
    best
}

/// Whether `line` opens with one of [`OPENERS`], or one of [`DATED_OPENERS`] and a number.
fn opens_sentence(line: &str) -> bool {
    let ends_word = |rest: &str| !rest.chars().next().is_some_and(char::is_alphanumeric);
    let phrase = OPENERS.iter().any(|o| line.strip_prefix(o).is_some_and(ends_word));
    let dated = DATED_OPENERS
        .iter()
        .any(|o| line.strip_prefix(o).and_then(|rest| rest.strip_prefix(' ')).is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit())));
    phrase || dated
}

/// Whether `paragraph` is a list item: it opens with a dash or bullet, or a number or
/// letter and a dot or bracket.
fn opens_item(paragraph: &str) -> bool {
    let paragraph = paragraph.trim_start();
    let Some(first) = paragraph.split_whitespace().next() else {
        return false;
    };
    paragraph.starts_with(['-', '–', '—', '+', '•']) || is_enumerator(first.trim_start_matches('('))
}

/// Whether `line` ends with a title's abbreviation ("BS.", "ThS.BS.", "TP."), whose dot
/// is no stop.
fn ends_with_title(line: &str) -> bool {
    let Some(last) = line.split_whitespace().next_back() else {
        return false;
    };
    let parts = last.trim_end_matches('.');
    !parts.is_empty() && parts.split('.').all(|p| TITLES.contains(&p))
}

/// Whether `line` opens a part of a legal text: "Điều 3.", "Chương II", "Mục 1", "Phần I".
fn opens_part(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(part), Some(number)) = (words.next(), words.next()) else {
        return false;
    };
    let numbered = number.trim_end_matches(['.', ':']).chars().all(|c| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'));
    PARTS.contains(&part) && numbered && !number.is_empty()
}

/// "1.", "2)", "1.2.", "a)", "IV." and the like: the opening of a list item, not a word
/// (but a year ending a sentence, "2024.", is a word).
fn is_enumerator(word: &str) -> bool {
    let Some(stem) = word.strip_suffix(['.', ')']) else {
        return false;
    };
    let numbered = stem.split('.').all(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
    let roman = stem.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'));
    !stem.is_empty() && (numbered || roman || stem.chars().count() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraphs of `text` (apart at blank lines) filled to `width` chars and
    /// written with no blank line between; each line with whether it ends its paragraph.
    fn wrap(text: &str, width: usize) -> Vec<(String, bool)> {
        let mut lines = Vec::new();
        for para in text.split("\n\n") {
            let filled = fill(&para.split_whitespace().collect::<Vec<_>>().join(" "), width);
            let n = filled.lines().count();
            lines.extend(filled.lines().enumerate().map(|(i, l)| (l.to_string(), i + 1 == n)));
        }
        lines
    }

    fn texts(lines: &[(String, bool)]) -> impl Iterator<Item = &str> {
        lines.iter().map(|(l, _)| l.as_str())
    }

    const PROSE: &str = "Ngày 12/3/2025, Trung tâm Y tế huyện tổ chức hội nghị tổng kết công tác y tế năm 2024. \
        Dự hội nghị có đồng chí Lương Thị Mận - Phó Chủ tịch UBND huyện, đồng chí Trịnh Văn Khải - \
        Giám đốc Trung tâm Y tế huyện cùng lãnh đạo các trạm y tế xã, thị trấn. Năm 2024, toàn huyện \
        khám cho 184.320 lượt người, tăng 6,5% so với năm 2023; công suất sử dụng giường bệnh đạt 92%. \
        Số ca mắc sốt xuất huyết là 214 ca, giảm 31 ca so với cùng kỳ.\n\n\
        Đồng chí Phó Chủ tịch yêu cầu Trung tâm Y tế huyện chủ trì, phối hợp với các xã, thị trấn tổ \
        chức chiến dịch vệ sinh môi trường, diệt bọ gậy trước ngày 30/4/2025; Phòng Y tế huyện theo dõi, \
        đôn đốc và báo cáo kết quả về UBND huyện Tân Lĩnh.";

    #[test]
    fn finds_the_width_text_was_wrapped_at() {
        for width in [40, 60, 72, 90, 120] {
            let found = Wrap::find(texts(&wrap(PROSE, width)), false).map(|w| w.width);
            assert!(found.is_some_and(|w| w <= width && w + 4 > width), "{width}: {found:?}");
        }
    }

    #[test]
    fn every_wrap_of_prose_is_found_and_no_short_paragraph_end() {
        let mut ends_checked = 0;
        for width in [40, 60, 72, 90, 120] {
            let lines = wrap(PROSE, width);
            let w = Wrap::find(texts(&lines), false).expect("wrapped");
            for pair in lines.windows(2) {
                let ((line, ends_paragraph), (next, _)) = (&pair[0], &pair[1]);
                let cut = w.cut(line, line, next);
                if !ends_paragraph {
                    assert!(cut, "{width}: {line:?} / {next:?}");
                } else if line.chars().count() + 10 < width {
                    assert!(!cut, "{width}: paragraph end {line:?}");
                    ends_checked += 1;
                }
            }
        }
        assert!(ends_checked >= 3, "{ends_checked}");
    }

    #[test]
    fn text_written_a_paragraph_a_line_is_not_wrapped() {
        let lines: Vec<&str> = PROSE.split(". ").collect();
        assert_eq!(Wrap::find(lines.iter().copied(), false), None);
        let alike = ["Trạm y tế xã Đông Hưng khám cho 1.234 lượt người bệnh trong tháng.", "Trạm y tế xã Tây Hưng khám cho 987 lượt người bệnh trong tháng 6."];
        assert_eq!(Wrap::find(alike.iter().chain(&alike).chain(&alike).copied(), false), None, "lines of one length that end sentences");
        let one_line = PROSE.replace("\n\n", "\n");
        assert_eq!(Wrap::find(one_line.lines(), true), None);
    }

    #[test]
    fn lists_and_tables_are_not_joined() {
        let w = Wrap { width: 60, slack: 0 };
        let cut = |tail: &str, next: &str| w.cut(tail, tail, next);
        let full = "Trạm y tế xã Đông Hưng khám cho 1.234 lượt người bệnh trong";
        assert!(cut(full, "Tháng 6 năm 2025 và cấp thuốc cho 120 người."));
        assert!(cut("Trạm y tế xã Đông Hưng khám cho 1.234 lượt người bệnh;", "thường xuyên theo dõi"));
        assert!(cut("Trạm y tế xã Đông Hưng khám cho 1.234 lượt người bệnh;", "Thường xuyên theo dõi"), "a sentence goes on");
        assert!(!cut("Trạm y tế xã Đông Hưng khám cho 1.234 lượt người bệnh.", "Trường hợp mắc sốt"), "a new paragraph, or not");
        let item = "- Trạm y tế xã Đông Hưng khám cho 1.234 lượt người bệnh.";
        assert!(w.cut(item, item, "Trường hợp mắc sốt"), "a list item's next sentence");
        assert!(!w.cut(item, item, "- Trường hợp mắc sốt"), "the next item");
        assert!(cut("Tham dự có Trạm y tế xã Đông Hưng, Trạm y tế xã Tây Hưng, BS.", "Trần Văn An"), "a title's dot");
        assert!(!cut("Trạm y tế xã Đông Hưng khám cho 1.234 lượt người bệnh:", "Trường hợp mắc sốt"));
        assert!(cut("Trạm y tế xã Đông Hưng khám cho 1.234 lượt người bệnh:", "trường hợp mắc sốt"));
        assert!(!cut("Trạm y tế xã Đông Hưng khám cho 1.234 lượt người bệnh:", "- Trạm y tế xã"), "a list after a colon");
        assert!(!cut("Trạm y tế xã Đông Hưng khám cho 1.234 lượt người bệnh;", "Điều 3. Chánh Văn phòng"), "a part's heading");
        assert!(cut("Trạm y tế xã Đông Hưng khám cho 1.234 lượt người bệnh tại", "Điều 3 của Luật"), "a part named mid-sentence");
        assert!(cut(full, "- Giám đốc Trung tâm Y tế huyện"), "a dash before a role");
        assert!(!cut(&format!("- {full}"), "- Trạm y tế xã Tây Hưng khám cho 987 lượt người bệnh"), "dashed items");
        assert!(!cut(full, "+ Trạm y tế xã Tây Hưng khám cho 987 lượt người bệnh"), "a plus opens an item");
        assert!(!cut(full, "2. Trạm y tế xã Tây Hưng"), "a number opens an item");
        assert!(!cut(full, "b) Trạm y tế xã Tây Hưng"));
        assert!(!cut(full, "(2) Trạm y tế xã Tây Hưng"));
        assert!(cut(full, "(Ảnh: Minh Hà)"), "a bracket mid-sentence");
        assert!(!cut(full, "Trạm y tế xã Tây Hưng khám cho 987 lượt người bệnh"), "items alike");
        assert!(!cut("Trạm y tế xã Đông Hưng khám cho    1.234 lượt người", "Tổng"), "columns");
        assert!(!cut("Trạm y tế xã Đông Hưng khám cho 1.234 lượt.", "Các trạm"), "the word would have fitted");
        assert!(!cut("Trạm y tế xã Đông Hưng khám cho", "Người"), "the word would have fitted");
        let title = "Lãnh đạo huyện làm việc với Trung tâm Y tế về công tác";
        assert!(!cut(title, "Trạm y tế xã Đông Hưng"), "\"Trạm\" would have fitted");
        assert!(Wrap { slack: 4, ..w }.cut(title, title, "Trạm y tế xã Đông Hưng"), "in a PDF it may not have");
    }

    #[test]
    fn a_title_that_fills_its_line_ends_before_a_sentence_opener() {
        let w = Wrap { width: 60, slack: 0 };
        let title = "Lãnh đạo huyện làm việc với Trung tâm Y tế về công tác y tế";
        for lead in ["Sáng ngày 3/5/2025, đoàn", "Ngày 3/5/2025, đoàn công tác", "Chiều 14/2, đoàn", "Thực hiện Kế hoạch số 12"] {
            assert!(!w.cut(title, title, lead), "{lead}");
        }
        for name in ["Ngày Sức khỏe Thế giới", "Sáng kiến của Trạm", "Theodore"] {
            assert!(w.cut(title, title, name), "{name}");
        }
    }

    /// Prose copied out of a PDF: lines of 56 to 65 chars in a proportional font under a
    /// heading in two columns that is longer.
    const COPIED: &str = "ỦY BAN NHÂN DÂN XÃ TÂN LẬP        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        TRẠM Y TẾ XÃ                         Độc lập - Tự do - Hạnh phúc\n\
        Số: 7/BC-TYT                       Tân Lập, ngày 2 tháng 3 năm 2031\n\
        A. TÌNH HÌNH CHUNG\n\
        Trong quý I/2031, trạm đã tiếp đón và khám bệnh cho toàn bộ\n\
        người dân của xã, tăng 211 lượt so với quý IV/2030; điều trị\n\
        1.902 lượt người bệnh, đạt 97,1% kế hoạch của quý và cả năm.\n\
        Số trẻ được cân đo là 418 trẻ, trong đó 26 trẻ gầy còm ở các\n\
        thôn Nà Pục, Khuổi Mần và thôn Bản Giàng, Phiêng Lằn, Nà Lạn,\n\
        Khuổi Tát; cùng 3 ca tiêu chảy cấp, 1 ca viêm phổi nặng, 2 ca\n\
        thủy đậu; không có trường hợp nào tử vong tại trạm trong quý.\n\
        B. NHIỆM VỤ QUÝ II/2031";

    #[test]
    fn a_heading_in_two_columns_sets_no_width() {
        let lines: Vec<&str> = COPIED.lines().collect();
        let w = Wrap::find(lines.iter().copied(), false).expect("wrapped");
        assert_eq!(w.width, 61);
        let joined: Vec<bool> = lines.windows(2).map(|p| w.cut(p[0], p[0], p[1])).collect();
        // The heading's lines and the sections apart; a number, a name after a comma and a
        // word after a semicolon go on; after a full stop a paragraph may open.
        assert_eq!(joined, [false, false, false, false, true, true, false, true, true, true, false], "{lines:#?}");
    }

    #[test]
    fn headings_in_capitals_open_their_own_line() {
        let w = Wrap { width: 60, slack: 0 };
        let tail = "Trạm y tế xã Đông Hưng khám cho 1.234 lượt người bệnh trong";
        assert!(!w.cut(tail, tail, "KẾT QUẢ TIÊM CHỦNG MỞ RỘNG"));
        assert!(w.cut(tail, tail, "HIV/AIDS và bệnh lao"), "an acronym opens prose");
        let title = "KẾ HOẠCH TRIỂN KHAI CÔNG TÁC PHÒNG CHỐNG DỊCH BỆNH MÙA ĐÔNG";
        assert!(w.cut(title, title, "XUÂN NĂM 2031"), "a title wrapped in capitals");
    }

    #[test]
    fn a_tab_sets_cells_apart() {
        let w = Wrap { width: 60, slack: 0 };
        let row = "Số lượt khám bệnh tại trạm y tế xã Đông Hưng trong\t1.234";
        assert!(!w.cut(row, row, "quý III năm 2031 và cả năm"));
        let tail = "Trạm y tế xã Đông Hưng khám cho 1.234 lượt người bệnh trong";
        assert!(!w.cut(tail, tail, "quý III\t2031"));
    }

    #[test]
    fn a_line_is_as_long_as_it_was_written() {
        let w = Wrap { width: 60, slack: 0 };
        let tail = "các cơ sở khám bệnh, thời gian **xong trước ngày";
        assert!(!w.cut(tail, &tail.replace("**", ""), "02/09/2026."), "by their cleaned length the date would have fitted");
        assert!(w.cut(tail, tail, "02/09/2026**."));
        let longer = format!("{tail} của các");
        assert!(w.cut(&longer, &longer, "**Sở Y tế** và"));
    }

    #[test]
    fn words_are_counted_between_spaces() {
        assert!(has_words("  một  hai\tba bốn", 4) && !has_words("một hai ba ", 4) && !has_words("", 1));
        assert!(has_words("Đồng chí", 2) && !has_words("Đồng", 2));
    }

    #[test]
    fn numbers_open_lines_but_enumerators_do_not() {
        assert!(is_enumerator("1.") && is_enumerator("12)") && is_enumerator("IV.") && is_enumerator("a)"));
        assert!(is_enumerator("1.2."));
        assert!(!is_enumerator("2.500") && !is_enumerator("Ông") && !is_enumerator("năm.") && !is_enumerator("2024."));
    }
}

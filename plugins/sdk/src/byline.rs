//! Closing bylines as these posts write them: "A – B", "Tin, ảnh: A", "A - Phòng X",
//! "A (Khoa Y)", "A - B - Khoa Z": the names, and whether a unit followed them.
//! Shared by the report-style plugins whose posts close with a byline.

use regex::Regex;
use std::sync::LazyLock;
use crate::text::{byline_names, char_len, starts_like_unit, strip_markup_borrowed};
use std::borrow::Cow;
use std::cell::RefCell;

/// "Tin, ảnh:", "Bài và ảnh:", "Ảnh:", "Tác giả:" before the names.
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:tin|bài|ảnh|video|clip)(?:\s*(?:,|và|&|-)\s*(?:tin|bài|ảnh|video|clip))*|tác giả|thực hiện|nhóm pv)\s*:\s*")
        .expect("valid regex")
});

/// The longest byline line, in characters.
const BYLINE_CHARS: usize = 90;

/// The names of a byline, and whether the line went on to name a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Byline {
    pub names: Vec<String>,
    pub with_unit: bool,
}

thread_local! {
    /// The last line read and its reading. The detectors of several plugins read the same
    /// closing line of each page, and the chosen plugin's strip reads it once more: the
    /// reading is worked out once per line instead.
    static LAST_READ: RefCell<Option<(String, Option<Byline>)>> = const { RefCell::new(None) };
}

/// Reads a byline line, or `None` when the line is not one.
pub fn read_byline(line: &str) -> Option<Byline> {
    LAST_READ.with(|last| {
        let mut last = last.borrow_mut();
        match &*last {
            Some((seen, reading)) if seen == line => reading.clone(),
            _ => {
                let reading = read_line(line);
                *last = Some((line.to_string(), reading.clone()));
                reading
            }
        }
    })
}

/// [`read_byline`] without the memory of the last line.
fn read_line(line: &str) -> Option<Byline> {
    let t = strip_markup_borrowed(line);
    if char_len(&t) > BYLINE_CHARS {
        return None;
    }
    // Every credit ends in a colon: a line without one is left as it is, and the regex is
    // never built for pages without credits.
    let t = if t.contains(':') { CREDIT.replace(&t, "") } else { Cow::Borrowed(&*t) };
    // "A (Khoa Y)", "A (CDC Tây Ninh)": what a bracket holds is the writer's unit, never
    // another writer, whether or not it opens like one.
    let (t, bracketed) = without_brackets(&t);
    let mut names = Vec::new();
    let mut with_unit = bracketed;
    for part in t.split(['–', '—', '-', ',', '/', '&', ';']).flat_map(|p| p.split(" và ")) {
        let part = part.trim().trim_end_matches('.').trim();
        if part.is_empty() {
            continue;
        }
        if starts_like_unit(part) || is_unit_abbreviation(part) {
            // The unit and whatever follows it ("Phòng Kế hoạch - Nghiệp vụ") are not names.
            with_unit = true;
            break;
        }
        names.push(without_degree(part));
    }
    if names.is_empty() {
        return None;
    }
    let names = byline_names(&names.join(" – "))?;
    Some(Byline { names, with_unit })
}

/// The text without what brackets hold, and whether a bracket held anything. An
/// unclosed bracket runs to the end of the line.
fn without_brackets(t: &str) -> (String, bool) {
    let mut out = String::with_capacity(t.len());
    let mut depth = 0usize;
    let mut held = false;
    for c in t.chars() {
        match c {
            '(' => {
                depth += 1;
                out.push_str(" - ");
            }
            ')' if depth > 0 => depth -= 1,
            _ if depth > 0 => held |= !c.is_whitespace(),
            _ => out.push(c),
        }
    }
    (out, held)
}

/// A closing credit after the line readers of a plugin found none: the names of a byline
/// with its department ("Hoàng Minh (Văn phòng Sở)"), or none for a department alone
/// ("Phòng Nghiệp vụ Y"); `None` when the line credits no one.
pub fn closing_credit(line: &str) -> Option<Vec<String>> {
    read_byline(line).map(|b| b.names).or_else(|| is_unit_credit(line).then(Vec::new))
}

/// Words that open the name of a department crediting a post.
const CREDITED_UNITS: &[&str] = &["Phòng", "Khoa", "Văn phòng", "Tổ", "Ban", "Đội", "Bộ phận", "Trung tâm"];

/// A closing line that credits a department alone: "Phòng Nghiệp vụ Y", "Phòng Dân số -
/// Truyền thông". Short, without digits or a full stop, the unit's name capitalised.
pub fn is_unit_credit(line: &str) -> bool {
    let t = strip_markup_borrowed(line);
    let t = t.trim();
    let Some(unit) = CREDITED_UNITS.iter().find(|u| t.starts_with(**u) && t[u.len()..].starts_with(' ')) else { return false };
    let words: Vec<&str> = t[unit.len()..].split_whitespace().filter(|w| !matches!(*w, "-" | "–")).collect();
    let named = words.first().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    named && words.len() <= 6 && char_len(t) <= 60 && !t.chars().any(|c| c.is_ascii_digit()) && !t.ends_with(['.', ':', ';', ','])
}

/// A name without the degree written before it ("BS. Lan Chi", "ThS.BS Lan Chi"): a
/// word of a name never holds a dot.
fn without_degree(part: &str) -> String {
    let words: Vec<&str> = part.split_whitespace().collect();
    let start = words.iter().position(|w| !w.contains('.')).unwrap_or(0);
    words[start..].join(" ")
}

/// "KHNV", "CTXH", "KSBT": a unit written as its initials.
fn is_unit_abbreviation(part: &str) -> bool {
    let n = part.chars().count();
    !part.contains(' ') && (2..=8).contains(&n) && part.chars().all(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Option<Vec<String>> {
        read_byline(line).map(|b| b.names)
    }

    #[test]
    fn bylines_in_their_usual_forms() {
        assert_eq!(names("Hoài An – Quốc Bảo"), Some(vec!["Hoài An".into(), "Quốc Bảo".into()]));
        assert_eq!(names("Tin, ảnh: Kim Thoa"), Some(vec!["Kim Thoa".into()]));
        assert_eq!(names("Lan Chi (Khoa Dược)"), Some(vec!["Lan Chi".into()]));
        assert_eq!(names("Lan Chi (KSNK)"), Some(vec!["Lan Chi".into()]));
        assert_eq!(names("Lan Chi - Phòng Kế hoạch - Nghiệp vụ"), Some(vec!["Lan Chi".into()]));
        assert_eq!(names("Mỹ Hạnh - Bảo Châu - Khoa Nhi"), Some(vec!["Mỹ Hạnh".into(), "Bảo Châu".into()]));
        assert_eq!(names("BS. Lê Mỹ Hạnh - Khoa Nhi"), Some(vec!["Lê Mỹ Hạnh".into()]));
        assert_eq!(names("ThS.BS Lê Mỹ Hạnh"), Some(vec!["Lê Mỹ Hạnh".into()]));
        assert!(read_byline("Mỹ Hạnh-Khoa Nhi").is_some_and(|b| b.with_unit));
        assert!(read_byline("Mỹ Hạnh – Bảo Châu").is_some_and(|b| !b.with_unit));
    }

    #[test]
    fn the_unit_in_brackets_is_no_writer() {
        assert_eq!(names("Ngọc Lan (TTYT Hòa Vang)"), Some(vec!["Ngọc Lan".into()]));
        assert_eq!(names("Thanh Hà (Trung tâm KSBT)"), Some(vec!["Thanh Hà".into()]));
        assert!(read_byline("Ngọc Lan (TTYT Hòa Vang)").is_some_and(|b| b.with_unit));
        assert_eq!(names("Minh Khôi - Thu Hà (CDC Quảng Trị)"), Some(vec!["Minh Khôi".into(), "Thu Hà".into()]));
    }

    #[test]
    fn a_line_read_again_reads_the_same() {
        for line in ["Hoài An – Quốc Bảo", "Lan Chi (Khoa Dược)", "Quang cảnh hội nghị", "Hoài An – Quốc Bảo", "Hoài An – Quốc Bảo", ""] {
            assert_eq!(read_byline(line), read_line(line), "{line:?}");
            assert_eq!(read_byline(line), read_line(line), "{line:?}");
        }
    }

    #[test]
    fn closing_credits() {
        assert_eq!(closing_credit("Hoàng Minh (Văn phòng Sở)"), Some(vec!["Hoàng Minh".to_string()]));
        assert_eq!(closing_credit("Phòng Nghiệp vụ Y"), Some(vec![]));
        assert_eq!(closing_credit("Hội nghị đã thống nhất các nội dung."), None);
    }

    #[test]
    fn departments_credited_alone() {
        for line in ["Phòng Nghiệp vụ Y", "Phòng Dân số - Truyền thông", "Khoa Kiểm soát bệnh tật", "Văn phòng Sở"] {
            assert!(is_unit_credit(line), "{line}");
        }
        for line in ["Phòng chống dịch là nhiệm vụ", "Phòng khám số 3", "Khoa Nhi tiếp nhận 40 ca.", "Hoài An – Quốc Bảo", "Phòng"] {
            assert!(!is_unit_credit(line), "{line}");
        }
    }

    #[test]
    fn other_lines_are_not_bylines() {
        assert_eq!(names("Phòng Kế hoạch tổng hợp"), None);
        assert_eq!(names("Hội nghị đã thống nhất các nội dung."), None);
        assert_eq!(names("Quang cảnh hội nghị"), None);
        assert_eq!(names("Tổng cộng: 125 lượt"), None);
    }
}

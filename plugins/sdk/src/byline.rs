//! Closing bylines as these posts write them: "A – B", "Tin, ảnh: A", "A - Phòng X",
//! "A (Khoa Y)", "A - B - Khoa Z", "Tin: A - Ảnh: B" (the writer, then the photographer):
//! the names, and whether a unit followed them; the writer a news page sets on the line of
//! its date ("A | Thứ Năm, 08/10/2026 - 15:20"); and the source a post was taken from
//! ("Nguồn: Báo X", "(Theo TTXVN)").
//! Shared by the report-style plugins whose posts close with a byline.

use regex::Regex;
use std::sync::LazyLock;
use crate::text::{byline_names, char_len, equals_lower, lower_same_len, parse_dmy_datetime, starts_like_unit, strip_markup_borrowed, title_case_if_upper};
use std::borrow::Cow;
use std::cell::RefCell;

/// "Tin, ảnh:", "Bài và ảnh:", "Ảnh:", "Tác giả:", "Người viết:" before the names, and
/// "Người báo cáo:", under which a short report names who wrote it up (often with a
/// degree: "CN. Trần Thị A").
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:tin|bài|ảnh|video|clip)(?:\s*(?:,|và|&|-)\s*(?:tin|bài|ảnh|video|clip))*|tác giả|người viết|người báo cáo|thực hiện|nhóm pv)\s*:\s*")
        .expect("valid regex")
});

/// A writer's credit, perhaps for the photos too: "Bài, ảnh: A", "Tin và ảnh: A", "Bài: A".
/// It names the post's writers, not a photo's, though it holds "ảnh:".
static WRITER_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:(?:bài|tin)(?:\s*(?:,|và|&)\s*ảnh)?\s*:)").expect("valid regex"));

/// Whether the line opens with a writer's credit ("Tin, ảnh: A", "Bài và ảnh: A", "Tin:
/// A - Ảnh: B"): a byline wherever it stands, never a photo's caption.
pub fn is_writer_credit(line: &str) -> bool {
    // Every credit opens with "b" or "t" in some case: most lines are told without the regex.
    line.starts_with(['b', 'B', 't', 'T']) && WRITER_CREDIT.is_match(line)
}

/// A credit line naming the writer and the photographer: "Tin: A - Ảnh: B", "Bài: A, ảnh: B".
static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:tin|bài|bài viết|nội dung)\s*:\s*(.+?)\s*[-–,;.]?\s*(?i:ảnh)\s*:\s*(.+)$").expect("valid regex")
});

/// Whether the line names the writer and then the photographer ("Tin: A - Ảnh: B").
pub fn is_credit_line(line: &str) -> bool {
    CREDIT_LINE.is_match(line)
}

/// The names of a "Tin: A - Ảnh: B" credit line, writer first, each once.
pub fn credit_line_names(line: &str) -> Option<Vec<String>> {
    let caps = CREDIT_LINE.captures(line)?;
    let mut names = credited_names(&caps[1])?;
    for name in credited_names(&caps[2])? {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    Some(names)
}

/// The names of one part of a credit; the byline reader reads names the plain one does not
/// ("H'Lan Êban": a Central Highlands prefix glued by an apostrophe).
fn credited_names(part: &str) -> Option<Vec<String>> {
    byline_names(part).or_else(|| read_byline(part).map(|b| b.names))
}

/// The longest writer's credit, in chars.
const WRITER_CREDIT_CHARS: usize = 120;

/// The names of a writer's credit ("Tin, ảnh: A", "Bài: A", "Tin: A - Ảnh: B"): none when
/// it credits a unit ("Tin, ảnh: Khoa Dân số"), yet the line is a byline all the same, not
/// a photo's caption.
pub fn writer_credit(line: &str) -> Option<Vec<String>> {
    if !is_writer_credit(line) || char_len(line) > WRITER_CREDIT_CHARS {
        return None;
    }
    Some(credit_line_names(line).or_else(|| read_byline(line).map(|b| b.names)).unwrap_or_default())
}

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
    if let Some(byline) = credit_columns(&t) {
        return byline;
    }
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
        // "Tin: A - Ảnh: B": the photographer is credited beside the writer.
        names.push(without_degree(photographer(part).unwrap_or(part)));
    }
    if names.is_empty() {
        return None;
    }
    let names = checked_names(&names)?;
    Some(Byline { names, with_unit })
}

/// A run of this many spaces or more parts two columns of a line saved from a page.
const COLUMN_GAP: &str = "   ";

/// The cells of a line set in columns, apart at tabs or at runs of spaces; one cell for a
/// line in one piece.
fn columns(t: &str) -> Vec<&str> {
    t.split('\t').flat_map(|c| c.split(COLUMN_GAP)).map(str::trim).filter(|c| !c.is_empty()).collect()
}

/// Labels of a cell that credits the editor or the one who passed the post, not its writer.
static EDITOR_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:biên tập viên|biên tập|btv|người duyệt|duyệt bài|duyệt)\s*:").expect("valid regex"));

/// A line of credits in columns, as a portal lays its byline beside its source: "Tác giả:
/// A        Nguồn: Phòng X", "Bài: A\tBiên tập: B". The writer's cells give the names; the
/// source's and the editor's give none. `None` when the line is not in columns, or some
/// cell carries no credit's label (a table's row of names is no byline); `Some(None)` when
/// it is such a line naming no writer.
fn credit_columns(t: &str) -> Option<Option<Byline>> {
    if !t.contains('\t') && !t.contains(COLUMN_GAP) {
        return None;
    }
    let cells = columns(t);
    let labelled = |c: &&str| CREDIT.is_match(c) || EDITOR_CREDIT.is_match(c) || is_source_credit(c);
    if cells.len() < 2 || !cells.iter().all(labelled) || !CREDIT.is_match(cells[0]) {
        return None;
    }
    let writers = cells.iter().filter(|c| CREDIT.is_match(c)).filter_map(|c| read_line(c));
    let (mut names, mut with_unit) = (Vec::<String>::new(), false);
    for byline in writers {
        with_unit |= byline.with_unit;
        for name in byline.names {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    Some((!names.is_empty()).then_some(Byline { names, with_unit }))
}

/// The apostrophes that glue a Tây Nguyên name's one-letter prefix to it: "H’Hen", "K'Bình".
const NAME_APOSTROPHES: &[char] = &['\'', '’', 'ʼ', '‘'];

/// The parts that read as names, as [`byline_names`] reads them. A name of the Central
/// Highlands glues a prefix to the name by an apostrophe ("H’Ngọc Niê", "Y'Moan"): the
/// name is checked without it, and kept as written.
fn checked_names(parts: &[String]) -> Option<Vec<String>> {
    let plain: Vec<Cow<'_, str>> = parts.iter().map(|p| without_glue(p)).collect();
    let names = byline_names(&plain.join(" – "))?;
    if plain.iter().all(|p| matches!(p, Cow::Borrowed(_))) {
        return Some(names);
    }
    // The reading title-cases names in capitals and may drop a unit: each name read is
    // found again among the plain parts to take the part as written.
    let written = |name: &String| plain.iter().position(|p| title_case_if_upper(p) == *name).map(|i| title_case_if_upper(&parts[i]));
    Some(names.iter().map(|n| written(n).unwrap_or_else(|| n.clone())).collect())
}

/// The part without the apostrophes that stand between two letters of a word ("H'Lim"
/// gives "HLim"): a name of the Central Highlands then reads as other names do.
pub fn without_glue(part: &str) -> Cow<'_, str> {
    if !part.contains(NAME_APOSTROPHES) {
        return Cow::Borrowed(part);
    }
    let chars: Vec<char> = part.chars().collect();
    let glue = |i: usize| {
        NAME_APOSTROPHES.contains(&chars[i]) && i > 0 && chars[i - 1].is_alphabetic() && chars.get(i + 1).is_some_and(|c| c.is_alphabetic())
    };
    Cow::Owned((0..chars.len()).filter(|&i| !glue(i)).map(|i| chars[i]).collect())
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

/// The byline closing an article: the last line from `from` on that reads as one, with
/// only lines `under` takes for page furniture below it (a stamp, a list of other posts),
/// as (its index, its reading). A byline with a paragraph under it closes nothing.
pub fn closing_byline<S: AsRef<str>>(lines: &[S], from: usize, under: impl Fn(&str) -> bool) -> Option<(usize, Byline)> {
    let n = lines.len();
    (from..n).rev().take_while(|&i| i + 1 == n || under(lines[i + 1].as_ref())).find_map(|i| read_byline(lines[i].as_ref()).map(|byline| (i, byline)))
}

/// A closing credit after the line readers of a plugin found none: the names of a byline
/// with its department ("Hoàng Minh (Văn phòng Sở)"), or none for a department alone
/// ("Phòng Nghiệp vụ Y"); `None` when the line credits no one.
pub fn closing_credit(line: &str) -> Option<Vec<String>> {
    read_byline(line).map(|b| b.names).or_else(|| is_unit_credit(line).then(Vec::new))
}

/// The longest line of a date with its writer, in characters.
const DATELINE_CHARS: usize = 120;
/// The days of the week as a dateline writes them before the date ("Thứ Năm, 08/10/2026").
/// A day in figures ("Thứ 5, 08/10/2026") leaves "thứ" before the first figure.
const WEEKDAYS: &[&str] = &["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "thứ", "cn"];
/// What stands between a writer and the date on one line, besides a bar.
const DATELINE_SEPARATORS: &[char] = &['-', '–', '—'];

/// The writers named on the line of a post's date: "Lê Minh | Thứ Năm, 08/10/2026 - 15:20",
/// "Tác giả: Lê Minh | 08/10/2026", "08/10/2026 15:20 | Lê Minh - Hải Đăng". News pages
/// set the byline beside the date as often as under the article, and a line taken whole
/// for the date would lose the writer. `None` when the line holds no date, or no part of
/// it reads as a byline.
pub fn dateline_names(line: &str) -> Option<Vec<String>> {
    let t = strip_markup_borrowed(line);
    if char_len(&t) > DATELINE_CHARS || parse_dmy_datetime(&t).is_none() {
        return None;
    }
    t.split(['|', '•', '·']).find_map(|part| read_byline(writer_of_part(part)?).map(|b| b.names))
}

/// The words of a part of a dateline that may name its writer: the whole part when it
/// holds no figure, else what stands before the date, set off from it by a dash ("Lê Minh
/// - Thứ Năm, 08/10/2026"). A weekday is the date's, never a name: "Thứ Năm" reads as one.
fn writer_of_part(part: &str) -> Option<&str> {
    let (lead, dated) = match part.find(|c: char| c.is_ascii_digit()) {
        Some(at) => (&part[..at], true),
        None => (part, false),
    };
    let lead = without_weekday(lead.trim_end_matches(|c: char| c.is_whitespace() || c == ','));
    let writer = if dated { lead.strip_suffix(DATELINE_SEPARATORS)? } else { lead };
    Some(writer.trim()).filter(|w| !w.is_empty())
}

/// `lead` without the weekday that closes it, and the spaces before that.
fn without_weekday(lead: &str) -> &str {
    // The lower-cased copy keeps every char's length: offsets into it are offsets into `lead`.
    let lower = lower_same_len(lead);
    let Some(day) = WEEKDAYS.iter().find(|d| lower.ends_with(**d)) else { return lead };
    let rest = &lead[..lead.len() - day.len()];
    // A weekday is words of their own: the "cn" that ends a longer word is no Sunday.
    if rest.is_empty() || rest.ends_with(|c: char| c.is_whitespace() || c == ',') {
        rest.trim_end()
    } else {
        lead
    }
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

/// The labels a writer's address may carry before it ("Email: …").
const EMAIL_LABELS: &[&str] = &["email", "e-mail", "mail"];

/// A writer's email address alone on its line, as papers set it under the byline
/// ("lanhuong@baoxyz.vn", "Email: lanhuong@baoxyz.vn"): one word holding '@' with a dot
/// after it. A sentence that gives an address for readers to write to has other words.
pub fn is_writer_email(line: &str) -> bool {
    let t = line.trim();
    if !t.contains('@') || t.len() > 80 {
        return false;
    }
    let address = match t.split_once(':') {
        Some((label, rest)) if EMAIL_LABELS.iter().any(|l| equals_lower(label.trim(), l)) => rest.trim(),
        _ => t,
    };
    let address = address.trim_start_matches('(').trim_end_matches([')', '.']);
    let Some((user, domain)) = address.split_once('@') else { return false };
    !user.is_empty() && domain.contains('.') && !address.contains(char::is_whitespace) && !domain.contains('@')
}

/// A photo credit alone on its line, under the caption it closes: "Ảnh: Đức Trung",
/// "(Ảnh: TL)", "ẢNH - LÊ NA".
pub fn is_photo_credit_alone(line: &str) -> bool {
    let t = line.trim();
    let inner = t.trim_start_matches('(');
    let rest = ["Ảnh", "ảnh", "ẢNH"].iter().find_map(|w| inner.strip_prefix(w)).map(str::trim_start);
    let labelled = rest.is_some_and(|r| r.is_empty() || r.starts_with([':', '-', '–', ')']));
    labelled && (!t.starts_with('(') || t.ends_with(')'))
}

/// The name a part of a byline gives after its photo credit's label ("Ảnh: B", "ảnh : B"),
/// if the part opens with one.
fn photographer(part: &str) -> Option<&str> {
    let (head, name) = part.split_once(':')?;
    equals_lower(head.trim(), "ảnh").then(|| name.trim())
}

/// Titles of health workers and reporters that bylines set before a name without a dot
/// ("Y sĩ Tô Hoàng Phúc", "Bác sĩ Lan Chi", "ThS Lan Chi"), lower case, longest first
/// where one opens another.
const NAME_TITLES: &[&str] = &[
    "bác sĩ chuyên khoa ii", "bác sĩ chuyên khoa i", "bác sĩ", "y sĩ", "dược sĩ", "thạc sĩ", "tiến sĩ", "điều dưỡng",
    "nữ hộ sinh", "hộ sinh", "kỹ thuật viên", "cử nhân", "phóng viên", "cộng tác viên", "nhà báo", "bsckii", "bscki", "bs",
    "ths", "ts", "ds", "đd", "ktv", "cn", "pv", "ctv",
];

/// A name without the degree or title written before it ("BS. Lan Chi", "ThS.BS Lan Chi",
/// "Y sĩ Lan Chi"): a word of a name never holds a dot, and a title is no part of it. A
/// title is dropped only when a name of two words or more is left.
fn without_degree(part: &str) -> String {
    let words: Vec<&str> = part.split_whitespace().collect();
    let mut start = words.iter().position(|w| !w.contains('.')).unwrap_or(0);
    while let Some(n) = title_words(&words[start..]).filter(|n| words.len() - start - n >= 2) {
        start += n;
    }
    words[start..].join(" ")
}

/// How many of the first words make one of [`NAME_TITLES`], if they do.
fn title_words(words: &[&str]) -> Option<usize> {
    NAME_TITLES.iter().find_map(|t| {
        let n = t.split(' ').count();
        let said = words.get(..n)?.iter().zip(t.split(' ')).all(|(w, t)| equals_lower(w, t));
        said.then_some(n)
    })
}

/// A source or group credit closing a post instead of a personal byline, perhaps in
/// brackets: "Theo TTXVN", "Nguồn: Báo X", "(Nguồn: TTYT khu vực Y)", "Theo baosongvam.vn"
/// (the site a piece was taken from, written as its address), "NHÓM PV", "PV", and "BBT"
/// (the editorial board, "Ban biên tập").
static SOURCE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:theo|nguồn)\s*:?\s+(?:\p{Lu}[^.;:!?]{0,50}|[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)|(?i:nhóm\s+(?:pv|phóng viên|ctv|tác giả))[^.;:!?]{0,30}|(?i:pv|ctv|bbt|ban biên tập))\.?$")
        .expect("valid regex")
});

/// Whether the line credits the source or a group of reporters, not a person (see
/// [`SOURCE_CREDIT`]). Its brackets, when the whole line is in them, are not read.
pub fn is_source_credit(line: &str) -> bool {
    source_credit_text(&strip_markup_borrowed(line)).is_some()
}

/// The credit inside `t` (a line without markup), out of its brackets, when it is a source
/// credit ([`is_source_credit`]).
fn source_credit_text(t: &str) -> Option<&str> {
    let t = t.trim();
    let inner = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')).map_or(t, str::trim);
    // Every credit opens with one of five letters: most lines are told without the regex.
    (inner.starts_with(['t', 'T', 'n', 'N', 'p', 'P', 'c', 'C', 'b', 'B']) && SOURCE_CREDIT.is_match(inner)).then_some(inner)
}

/// Words that open the name of a paper, an agency or a site ("Báo Sức khỏe", "Tạp chí Y
/// học", "Đài Phát thanh", "Cổng thông tin …"), lower case.
const PRESS_WORDS: &[&str] = &["báo", "tạp chí", "đài", "cổng thông tin", "cổng ttđt", "trang", "kênh", "thông tấn xã", "bản tin", "tờ"];

/// Whether the part names a paper or an agency: by its kind's word, by its initials
/// ("TTXVN", "SKĐS", "VOV") or by its address ("baohoaphong.vn").
fn names_paper(part: &str) -> bool {
    let t = part.trim();
    let lower = lower_same_len(t);
    let by_word = PRESS_WORDS.iter().any(|w| lower.starts_with(w) && !lower[w.len()..].starts_with(char::is_alphanumeric));
    let initials = (2..=8).contains(&t.chars().count()) && t.chars().all(|c| c.is_uppercase() || c == '&');
    let address = t.split('.').count() >= 2 && !t.contains(' ') && t.split('.').all(|p| !p.is_empty());
    by_word || initials || address
}

/// The writer a source credit names beside the paper it was taken from: "Theo Hà Linh /
/// Báo Sức khỏe", "Theo Báo Y / Hà Linh", "Theo Quỳnh Anh (Tuổi Trẻ)", "Nguồn: Hà Linh -
/// TTXVN". A bracket after the writer holds the paper, however it is named; on either side
/// of a slash or a dash the paper is told by [`names_paper`], and the other side must read
/// as names. `None` for a source alone ("Theo TTXVN", "Theo Tuổi Trẻ").
pub fn source_writers(line: &str) -> Option<Vec<String>> {
    let t = strip_markup_borrowed(line);
    let inner = source_credit_text(&t)?;
    let rest = SOURCE_LABEL.find(inner).map(|m| inner[m.end()..].trim())?;
    if let Some((writer, paper)) = rest.split_once('(') {
        let paper = paper.trim_end_matches(')');
        return (!names_paper(writer) && !paper.trim().is_empty()).then(|| byline_names(writer)).flatten();
    }
    let (a, b) = rest.split_once('/').or_else(|| [" - ", " – "].iter().find_map(|d| rest.split_once(d)))?;
    // "Nguồn: Thanh Tâm - TTYT huyện X": a writer's unit stands where the paper would.
    let source = |p: &str| names_paper(p) || starts_like_unit(p.trim()) || is_unit_abbreviation(p.trim());
    match (source(a), source(b)) {
        (false, true) => byline_names(a),
        (true, false) => byline_names(b),
        _ => None,
    }
}

/// "Theo" or "Nguồn:" opening a source credit.
static SOURCE_LABEL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?i:theo|nguồn)\s*:?\s+").expect("valid regex"));

/// "KHNV", "CTXH", "KSBT": a unit written as its initials; also with the place it serves
/// after them ("TTVH huyện", "TTYT Châu Thành"). A name in capitals ("VĂN TÁ") is
/// capitals throughout, where such a unit is not.
pub(crate) fn is_unit_abbreviation(part: &str) -> bool {
    let initials = |w: &str| (2..=8).contains(&w.chars().count()) && w.chars().all(|c| c.is_uppercase());
    match part.split_once(' ') {
        None => initials(part),
        Some((first, rest)) => initials(first) && rest.chars().any(char::is_lowercase),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_writers_email_alone_on_its_line() {
        for line in ["lanhuong@baoxyz.vn", "Email: lanhuong@baoxyz.vn", " E-mail : tv.loi@gmail.com", "(hoa.nt@soyte.gov.vn)"] {
            assert!(super::is_writer_email(line), "{line}");
        }
        for line in ["Mọi ý kiến xin gửi về hộp thư soyte@tinh.gov.vn", "Email: chưa có", "@soyte", "Trần Lan", "a@b"] {
            assert!(!super::is_writer_email(line), "{line}");
        }
    }

    use super::*;

    fn names(line: &str) -> Option<Vec<String>> {
        read_byline(line).map(|b| b.names)
    }

    #[test]
    fn a_photo_credit_alone_on_its_line() {
        for line in ["Ảnh: Đức Trung", "(Ảnh: TL)", "ẢNH - LÊ NA", " ảnh: Mộc Lan "] {
            assert!(is_photo_credit_alone(line), "{line}");
        }
        for line in ["Ảnh hưởng của mưa lũ", "(Ảnh: TL) trạm y tế", "Anh Tư cho biết", "Bác sĩ khám cho trẻ. Ảnh: Mộc Lan"] {
            assert!(!is_photo_credit_alone(line), "{line}");
        }
    }

    #[test]
    fn bylines_in_their_usual_forms() {
        assert_eq!(names("Hoài An – Quốc Bảo"), Some(vec!["Hoài An".into(), "Quốc Bảo".into()]));
        assert_eq!(names("Tin, ảnh: Kim Thoa"), Some(vec!["Kim Thoa".into()]));
        assert_eq!(names("Người viết: Đỗ Kim Thoa"), Some(vec!["Đỗ Kim Thoa".into()]));
        assert_eq!(names("Lan Chi (Khoa Dược)"), Some(vec!["Lan Chi".into()]));
        assert_eq!(names("Lan Chi (KSNK)"), Some(vec!["Lan Chi".into()]));
        assert_eq!(names("Hồng Nhung - TTVH huyện"), Some(vec!["Hồng Nhung".into()]));
        assert_eq!(names("Hồng Nhung - TTYT Châu Thành"), Some(vec!["Hồng Nhung".into()]));
        assert_eq!(names("VĂN TÁ - HỒNG NHUNG"), Some(vec!["Văn Tá".into(), "Hồng Nhung".into()]));
        assert_eq!(names("Lan Chi - Phòng Kế hoạch - Nghiệp vụ"), Some(vec!["Lan Chi".into()]));
        assert_eq!(names("Mỹ Hạnh - Bảo Châu - Khoa Nhi"), Some(vec!["Mỹ Hạnh".into(), "Bảo Châu".into()]));
        assert_eq!(names("BS. Lê Mỹ Hạnh - Khoa Nhi"), Some(vec!["Lê Mỹ Hạnh".into()]));
        assert_eq!(names("ThS.BS Lê Mỹ Hạnh"), Some(vec!["Lê Mỹ Hạnh".into()]));
        assert!(read_byline("Mỹ Hạnh-Khoa Nhi").is_some_and(|b| b.with_unit));
        assert!(read_byline("Mỹ Hạnh – Bảo Châu").is_some_and(|b| !b.with_unit));
    }

    #[test]
    fn a_writers_credit_opens_with_its_words() {
        for line in ["Tin, ảnh: Hà Minh Thư", "BÀI VÀ ẢNH: LÊ NA", "Tin: Lê Na - Ảnh: Đỗ Vy", "Bài & ảnh: Lê Na", "Tin , ảnh : Lê Na"] {
            assert!(is_writer_credit(line), "{line}");
        }
        for line in ["Ảnh: Hà Minh Thư", "Tin tức - Sự kiện", "Bài viết liên quan", " Tin, ảnh: Lê Na"] {
            assert!(!is_writer_credit(line), "{line}");
        }
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
    fn a_reports_reporter_with_a_degree_is_its_writer() {
        assert_eq!(closing_credit("Người báo cáo: CN. Đào Thị Hồng Nhung"), Some(vec!["Đào Thị Hồng Nhung".to_string()]));
        assert_eq!(closing_credit("Người báo cáo: Lã Văn Quế"), Some(vec!["Lã Văn Quế".to_string()]));
        // Without its colon the words open a sentence, no credit.
        assert_eq!(closing_credit("Người báo cáo trình bày kết quả giám sát ca bệnh."), None);
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
    fn names_glued_by_an_apostrophe_are_names() {
        // Tây Nguyên names: a one-letter prefix glued to the name ("H’Hen", "K'Bình").
        assert_eq!(names("K’Thuận Ksor – TTYT huyện Chư Lăng"), Some(vec!["K’Thuận Ksor".into()]));
        assert_eq!(names("H'Liên Mlô"), Some(vec!["H'Liên Mlô".into()]));
        assert_eq!(names("Y Dhăm Êban - H’Mai Niê"), Some(vec!["Y Dhăm Êban".into(), "H’Mai Niê".into()]));
        assert!(read_byline("K’Thuận Ksor – TTYT huyện Chư Lăng").is_some_and(|b| b.with_unit));
        // Quotation marks at a word's edge glue nothing: a quoted title is no name.
        assert_eq!(names("‘Sống Khỏe’ Mỗi Ngày"), None);
    }

    #[test]
    fn the_writer_sharing_a_line_with_the_date() {
        let of = |line: &str| dateline_names(line);
        assert_eq!(of("Trịnh Bảo Ngân | Thứ Ba, 14/04/2026 - 07:45"), Some(vec!["Trịnh Bảo Ngân".to_string()]));
        assert_eq!(of("Tác giả: Đỗ Minh Quân | 14/04/2026 07:45"), Some(vec!["Đỗ Minh Quân".to_string()]));
        assert_eq!(of("14/04/2026 07:45 | Trịnh Bảo Ngân - Hải Đăng"), Some(vec!["Trịnh Bảo Ngân".to_string(), "Hải Đăng".to_string()]));
        assert_eq!(of("Trịnh Bảo Ngân - Thứ Ba, 14/04/2026 07:45"), Some(vec!["Trịnh Bảo Ngân".to_string()]));
        assert_eq!(of("Trịnh Bảo Ngân – Thứ 3, 14/04/2026 07:45"), Some(vec!["Trịnh Bảo Ngân".to_string()]));
        for line in ["Thứ Ba | 14/04/2026 07:45", "Y tế | 14/04/2026", "Thứ Ba, 14/04/2026 - 07:45", "Trịnh Bảo Ngân", "Sức Khỏe Đời Sống 14/04/2026 07:45 | Lượt xem: 312"] {
            assert_eq!(of(line), None, "{line}");
        }
    }

    #[test]
    fn a_title_before_the_name_is_no_part_of_it() {
        assert_eq!(names("Tin, ảnh: Điều dưỡng Lê Thị Cúc"), Some(vec!["Lê Thị Cúc".into()]));
        assert_eq!(names("Bác sĩ Vi Văn Khởi - Khoa Nội"), Some(vec!["Vi Văn Khởi".into()]));
        assert_eq!(names("Y sĩ Hà Lực - Dược sĩ Mai Ngân"), Some(vec!["Hà Lực".into(), "Mai Ngân".into()]));
        assert_eq!(names("ThS Đinh Quế"), Some(vec!["Đinh Quế".into()]));
        // A title with one word after it leaves no name of its own.
        assert_eq!(names("Bác sĩ Quế"), None);
    }

    #[test]
    fn the_photographer_is_credited_beside_the_writer() {
        assert_eq!(names("Tin: K'Sao Niê - Ảnh: Đỗ Minh Tâm"), Some(vec!["K'Sao Niê".into(), "Đỗ Minh Tâm".into()]));
        assert_eq!(names("Bài: Lệ Hằng, ảnh: Quốc Toản"), Some(vec!["Lệ Hằng".into(), "Quốc Toản".into()]));
        assert_eq!(names("Ảnh: Quốc Toản"), Some(vec!["Quốc Toản".into()]));
        assert_eq!(names("Tin: Lệ Hằng - Ảnh: tư liệu"), None);
    }

    #[test]
    fn sources_and_groups_credited_instead_of_a_writer() {
        for line in ["(Nguồn: Trung tâm Y tế khu vực Bình Lục)", "Nguồn: Báo Đồng Khởi Online", "Theo TTXVN", "(Theo suckhoedoisong.vn)", "NHÓM PV", "PV", "BBT", "(Ban biên tập)"] {
            assert!(is_source_credit(line), "{line}");
        }
        for line in ["Theo báo cáo, số ca mắc giảm.", "(Nguồn gốc thực phẩm không rõ ràng.)", "Nguồn nước sinh hoạt", "Lê Thị Cúc", "Ban biên tập bản tin họp định kỳ."] {
            assert!(!is_source_credit(line), "{line}");
        }
    }

    #[test]
    fn the_writer_named_beside_the_paper_a_post_was_taken_from() {
        let one = |n: &str| Some(vec![n.to_string()]);
        assert_eq!(source_writers("Theo Hà Linh / Báo Sức khỏe và Đời sống"), one("Hà Linh"));
        assert_eq!(source_writers("Theo Hà Linh/SKĐS"), one("Hà Linh"));
        assert_eq!(source_writers("Theo Báo Nhân Dân / Trúc Quỳnh"), one("Trúc Quỳnh"));
        assert_eq!(source_writers("Theo Quỳnh Anh (Tuổi Trẻ)"), one("Quỳnh Anh"));
        assert_eq!(source_writers("(Theo Thanh Hà - TTXVN)"), one("Thanh Hà"));
        assert_eq!(source_writers("Nguồn: Lê Hạnh - TTXVN"), one("Lê Hạnh"));
        assert_eq!(source_writers("Nguồn: Lê Hạnh - TTYT huyện Đồi Mây"), one("Lê Hạnh"));
        assert_eq!(source_writers("Nguồn: Lê Hạnh - Khoa Dược"), one("Lê Hạnh"));
        // A source alone, or two sides neither of which is told for the paper: no writer.
        for line in ["Theo TTXVN", "Theo Tuổi Trẻ", "Theo Báo Nhân Dân (Hà Nội)", "Theo Tuổi Trẻ / Thanh Niên", "Nguồn: Báo Đồng Khởi Online", "Theo báo cáo của Sở, Hà Linh / SKĐS."] {
            assert_eq!(source_writers(line), None, "{line}");
        }
    }

    #[test]
    fn credits_laid_out_in_columns() {
        assert_eq!(names("Tác giả: Nguyễn Hải Yến        Nguồn: Phòng Công tác xã hội"), Some(vec!["Nguyễn Hải Yến".into()]));
        assert_eq!(names("Bài: Lê Na\tBiên tập: Đỗ Vy"), Some(vec!["Lê Na".into()]));
        assert_eq!(names("Tin: Lê Na    Ảnh: Đỗ Vy"), Some(vec!["Lê Na".into(), "Đỗ Vy".into()]));
        // Only the source and the editor: a credit, no writer named.
        assert_eq!(names("Nguồn: Báo Đồng Khởi\tBiên tập: Đỗ Vy"), None);
        // A table's row of names, or of a name and a post, carries no credit's label.
        assert_eq!(names("Nguyễn Hải Yến\tTrần Văn Bình"), None);
        assert_eq!(names("Tác giả: Nguyễn Hải Yến\tTrưởng khoa Nội"), None);
    }

    #[test]
    fn other_lines_are_not_bylines() {
        assert_eq!(names("Phòng Kế hoạch tổng hợp"), None);
        assert_eq!(names("Hội nghị đã thống nhất các nội dung."), None);
        assert_eq!(names("Quang cảnh hội nghị"), None);
        assert_eq!(names("Tổng cộng: 125 lượt"), None);
    }
}

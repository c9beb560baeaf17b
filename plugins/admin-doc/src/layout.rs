//! Reads the parts of an administrative document from its lines: header (issuing body,
//! number, motto, place and date), type line, summary, body, recipients and signing block.

use regex::Regex;
use std::sync::LazyLock;
use std::borrow::Cow;
use vanban_plugin_sdk::text::{
    chars_at_most, ends_sentence, find_byte, is_upper_line, looks_like_name, markup_free_lines, starts_with_lower,
};
use vanban_plugin_sdk::byline::without_glue;
use vanban_plugin_sdk::{AdminDocument, Page, PartialDate};

/// "Số: 12/TB-UBND", "Số: /QĐ-UBND", "Số: 05/2023/NQ-HĐND", "Số: 1.245/QĐ-SYT" (a number
/// past a thousand with its separator, read as 1245): [`NUMBER_PATTERN`] with the
/// case-insensitive flag on "số" alone. Case-folding `\p{L}` is a large part of the cost
/// of building the regex, and folds it only to itself and U+0345 (the Greek iota subscript,
/// written into the class instead); the other classes hold no cased letter.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?i:số)\s*:?\s*([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]*)\s*/\s*(?:\d{4}\s*/\s*)?([\p{L}\d.\x{345}]+(?:\s*-\s*[\p{L}\d.\x{345}]+)*)")
        .expect("valid regex")
});

/// The number line as written first; [`NUMBER`] matches the same text with the same groups.
#[cfg(test)]
const NUMBER_PATTERN: &str = r"(?i)^\s*số\s*:?\s*([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]*)\s*/\s*(?:\d{4}\s*/\s*)?([\p{L}\d.]+(?:\s*-\s*[\p{L}\d.]+)*)";

/// "Tân An, ngày 05 tháng 3 năm 2023" with any part of the date left blank, or the date in
/// figures closing the line ("An Phú, ngày 12/10/2025", "Hòa Bình, ngày 05-3-2026",
/// "ngày 7.4.2025", "ngày    /10/2025"): groups 2 to 4 hold the day, month and year
/// written in words, 5 to 7 those in figures. A date in figures must end the line (or its
/// column), as a header's does, so that a sentence opening "Hà Nội, ngày 3/1/2026, …" is
/// not taken for one. The place is 2 to 40 chars, which [`place_date`] checks after the
/// match (see there).
static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^\s*([^,\d]{{2,}}?)\s*,\s*ngày\s*{PLACE_DATE_TAIL}")).expect("valid regex")
});

/// The date of [`PLACE_DATE`] after "ngày": in words, or in figures to the end of the line.
const PLACE_DATE_TAIL: &str =
    r"(?:(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})?|(\d{1,2})?\s*[/.\-]\s*(\d{1,2})?\s*[/.\-]\s*(\d{4})\s*\.?\s*$)";

/// The place and date line as written first, with the place's length in the pattern.
#[cfg(test)]
fn place_date_pattern() -> String {
    format!(r"(?i)^\s*([^,\d]{{2,40}}?)\s*,\s*ngày\s*{PLACE_DATE_TAIL}")
}

/// The longest place of a place and date line, in chars.
const PLACE_CHARS: usize = 40;

/// "TL. CHỦ TỊCH", "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "Q. TRƯỞNG PHÒNG", "TUQ. CHỦ TỊCH".
static AUTHORITY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:TL|KT|TM|Q|TUQ)\.\s*\p{Lu}").expect("valid regex"));

/// Document types written in capitals as the type line.
const TYPES: &[&str] = &[
    "THÔNG BÁO", "QUYẾT ĐỊNH", "KẾ HOẠCH", "BÁO CÁO", "CÔNG VĂN", "TỜ TRÌNH", "CHỈ THỊ", "NGHỊ QUYẾT",
    "HƯỚNG DẪN", "CÔNG ĐIỆN", "GIẤY MỜI", "BIÊN BẢN", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "PHƯƠNG ÁN", "QUY CHẾ",
    "QUY ĐỊNH", "THÔNG TƯ", "NGHỊ ĐỊNH", "GIẤY GIỚI THIỆU", "CÔNG BỐ",
];

/// Type abbreviations in the symbol ("TB-UBND") and the type they stand for.
const TYPE_CODES: &[(&str, &str)] = &[
    ("TB", "THÔNG BÁO"), ("QĐ", "QUYẾT ĐỊNH"), ("KH", "KẾ HOẠCH"), ("BC", "BÁO CÁO"), ("TTr", "TỜ TRÌNH"),
    ("CT", "CHỈ THỊ"), ("NQ", "NGHỊ QUYẾT"), ("HD", "HƯỚNG DẪN"), ("CĐ", "CÔNG ĐIỆN"), ("GM", "GIẤY MỜI"),
    ("BB", "BIÊN BẢN"), ("CTr", "CHƯƠNG TRÌNH"), ("ĐA", "ĐỀ ÁN"), ("PA", "PHƯƠNG ÁN"),
];

/// "I. MỤC TIÊU", "IV. TỔ CHỨC THỰC HIỆN": a section heading of the body.
static ROMAN_HEADING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[IVXL]+\s*[.)/]").expect("valid regex"));

/// The longest line of an issuing authority, in words.
const ISSUER_WORDS: usize = 14;

/// The longest addressee line of a "Kính gửi:" list.
const ADDRESSEE_CHARS: usize = 160;

/// How far into the document the header may reach, in lines.
const HEADER_SPAN: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Header,
    Motto,
    Number,
    PlaceDate,
    Type,
    Summary,
    Body,
    RecipientsHead,
    Recipient,
    Authority,
    SignerTitle,
    Signer,
    /// "(Đã ký)", "(Ký, ghi rõ họ tên)", a seal note.
    SignNote,
}

/// The reading of a document's lines.
pub struct Layout<'a> {
    pub kinds: Vec<LineKind>,
    /// Each line with markup removed, borrowed from the page where nothing was removed.
    lines: Vec<Cow<'a, str>>,
    pub number_line: Option<usize>,
    pub place_date_line: Option<usize>,
    pub type_line: Option<usize>,
    /// The line that enacts a decision's articles ("QUYẾT ĐỊNH:" over "Điều 1. …").
    pub enacting_line: Option<usize>,
}

impl<'a> Layout<'a> {
    pub fn read(page: &'a Page) -> Layout<'a> {
        let lines = markup_free_lines(page);
        let mut kinds = vec![LineKind::Body; lines.len()];
        // The header ends where a decision's grounds or articles begin: a place and date
        // below them ("Long An, ngày …" over the signature) closes the document instead.
        let span = lines.len().min(HEADER_SPAN);
        let span = (0..span).find(|&i| opens_grounds(&lines[i])).unwrap_or(span);
        let number_line = (0..span).find(|&i| is_number_line(&lines[i]));
        let type_line = (0..span).find(|&i| is_type_line(&lines[i]));
        // The header sets its place and date above the type line: one below it closes a
        // short document over its signature ("Đức Linh, ngày 30/9/2025" over "GIÁM ĐỐC").
        let place_date_line = (0..type_line.unwrap_or(span)).find(|&i| place_date_part(&lines[i]).is_some());
        let enacting_line = enacting_line(&lines);
        let mut layout = Layout { kinds: Vec::new(), lines, number_line, place_date_line, type_line, enacting_line };
        let body_start = layout.mark_header(page, &mut kinds);
        let tail_start = layout.mark_tail(body_start, &mut kinds);
        // A document whose header gives no date may give it over the signature.
        if layout.place_date_line.is_none() {
            let closing = tail_start.checked_sub(1).filter(|&i| i > body_start && place_date_part(&layout.lines[i]).is_some());
            if let Some(i) = closing {
                kinds[i] = LineKind::PlaceDate;
                layout.place_date_line = Some(i);
            }
        }
        layout.kinds = kinds;
        layout
    }

    /// The page's lines with markup removed.
    pub fn lines(&self) -> &[Cow<'a, str>] {
        &self.lines
    }

    pub fn has(&self, kind: LineKind) -> bool {
        self.kinds.contains(&kind)
    }

    /// Marks the header and summary; returns the index of the first body line.
    fn mark_header(&self, page: &Page, kinds: &mut [LineKind]) -> usize {
        let anchors = [self.number_line, self.place_date_line, self.type_line];
        let Some(last_anchor) = anchors.iter().flatten().max().copied() else {
            return 0;
        };
        // A type line over a decision's articles heads a decision, though the page lost the
        // rest of its header.
        let enacts = self.type_line.is_some() && self.enacting_line.is_some();
        if self.number_line.is_none() && self.place_date_line.is_none() && !enacts && !self.has_motto_before(last_anchor) {
            // A lone capitals line is a heading, not a document header.
            return 0;
        }
        for (i, kind) in kinds.iter_mut().enumerate().take(last_anchor + 1) {
            *kind = self.header_kind(i);
        }
        // An official letter's "V/v ..." summary sits under its number, inside the header.
        let vv = (0..=last_anchor).find(|&i| is_vv(&self.lines[i]));
        if let Some(v) = vv {
            kinds[v] = LineKind::Summary;
            let mut j = v + 1;
            while j <= last_anchor && kinds[j] == LineKind::Header && !page.blocks[j].gap_before && !is_upper_line(&self.lines[j]) {
                kinds[j] = LineKind::Summary;
                j += 1;
            }
        }
        let mut i = last_anchor + 1;
        // "V/v ..." summary of an official letter, or the summary lines under the type line.
        let mut taken = 0;
        while vv.is_none() && i < self.lines.len() && taken < 5 {
            let line = &self.lines[i];
            let after_gap = taken > 0 && page.blocks[i].gap_before;
            let is_vv = starts_with_lower(line, "v/v");
            if after_gap || line.is_empty() || (ends_sentence(line) && !is_vv) || line.chars().count() > 220 {
                break;
            }
            if starts_with_lower(line, "căn cứ") || starts_with_lower(line, "kính gửi") {
                break;
            }
            if taken > 0 && is_upper_line(line) {
                // The issuing authority's line ("GIÁM ĐỐC SỞ Y TẾ") under a one-line summary.
                break;
            }
            kinds[i] = LineKind::Summary;
            taken += 1;
            i += 1;
        }
        // The authority that issues a decision, in capitals above its grounds.
        while i < self.lines.len() && is_issuer_line(&self.lines[i]) {
            kinds[i] = LineKind::Header;
            i += 1;
        }
        // "Kính gửi: ..." addressees of an official letter stay in the header, with the
        // dashed list that follows a bare "Kính gửi:".
        while i < self.lines.len() && starts_with_lower(&self.lines[i], "kính gửi") {
            kinds[i] = LineKind::Header;
            i += 1;
            while i < self.lines.len() && is_list_item(&self.lines[i]) && self.lines[i].chars().count() <= ADDRESSEE_CHARS {
                kinds[i] = LineKind::Header;
                i += 1;
            }
        }
        i
    }

    fn has_motto_before(&self, end: usize) -> bool {
        (0..end).any(|i| is_motto(&self.lines[i]))
    }

    fn header_kind(&self, i: usize) -> LineKind {
        let line = &self.lines[i];
        if Some(i) == self.type_line {
            LineKind::Type
        } else if Some(i) == self.number_line {
            LineKind::Number
        } else if Some(i) == self.place_date_line {
            LineKind::PlaceDate
        } else if is_motto(line) {
            LineKind::Motto
        } else {
            LineKind::Header
        }
    }

    /// Marks the recipients and the signing block at the end of the document; returns the
    /// index of their first line.
    fn mark_tail(&self, body_start: usize, kinds: &mut [LineKind]) -> usize {
        let n = self.lines.len();
        let mut in_recipients = false;
        let tail_start = self.tail_start(body_start);
        for i in tail_start..n {
            let line = &self.lines[i];
            kinds[i] = if starts_with_lower(line, "nơi nhận") {
                in_recipients = true;
                LineKind::RecipientsHead
            } else if in_recipients && is_list_item(line) {
                LineKind::Recipient
            } else {
                in_recipients = false;
                sign_kind(line)
            };
        }
        tail_start
    }

    /// The first line of the recipients or signing block, after the last body paragraph.
    fn tail_start(&self, body_start: usize) -> usize {
        let n = self.lines.len();
        // Compared letter by letter: this looks at every line of every page in detection.
        if let Some(r) = (body_start..n).rev().find(|&i| starts_with_lower(&self.lines[i], "nơi nhận")) {
            // Signing lines may stand just before the recipients in a dump of a two-column table.
            let mut s = r;
            while s > body_start && is_sign_line(&self.lines[s - 1]) {
                s -= 1;
            }
            return s;
        }
        let mut s = n;
        while s > body_start && is_sign_line(&self.lines[s - 1]) {
            s -= 1;
        }
        s
    }

    /// The summary lines joined with single spaces.
    pub fn title(&self, _page: &Page) -> Option<String> {
        let parts: Vec<&str> = self
            .kinds
            .iter()
            .enumerate()
            .filter(|(_, k)| **k == LineKind::Summary)
            .map(|(i, _)| &*self.lines[i])
            .collect();
        if parts.is_empty() {
            return None;
        }
        Some(squeeze(&parts.join(" ")))
    }

    /// The issuing body as the header writes it in capitals: the lowest line of the header's
    /// left column above the number line ("TRUNG TÂM Y TẾ HUYỆN X" under "SỞ Y TẾ TỈNH Y",
    /// its parent body).
    pub fn issuer(&self) -> Option<&str> {
        let end = [self.number_line, self.place_date_line, self.type_line].into_iter().flatten().min()?;
        (0..end)
            .rev()
            .filter(|&i| matches!(self.kinds[i], LineKind::Header | LineKind::Motto))
            .map(|i| columns(&self.lines[i]).0)
            .find(|left| !is_motto(left) && is_upper_line(left) && left.chars().any(char::is_alphabetic))
    }

    /// The document fields, and warnings about blank or doubtful parts.
    pub fn document(&self, _page: &Page) -> (AdminDocument, Vec<String>) {
        let mut doc = AdminDocument::default();
        let mut warnings = Vec::new();
        if let Some((number, symbol)) = self.number_line.and_then(|i| number_parts(&self.lines[i])) {
            doc.number = number;
            doc.symbol = Some(symbol);
            if doc.number.is_none() {
                warnings.push("document number is blank".to_string());
            }
        }
        if let Some(caps) = self.place_date_line.and_then(|i| place_date_part(&self.lines[i])).and_then(place_date) {
            doc.place = caps.get(1).map(|m| m.as_str().trim().to_string());
            // The part in words (groups 2 to 4) or in figures (5 to 7), whichever matched.
            let part = |k: usize| caps.get(k).or_else(|| caps.get(k + 3)).map(|m| m.as_str());
            let num = |k: usize| part(k).and_then(|m| m.parse::<u32>().ok());
            let date = PartialDate {
                year: part(4).and_then(|m| m.parse::<i32>().ok()),
                month: num(3).filter(|m| (1..=12).contains(m)),
                day: num(2).filter(|d| (1..=31).contains(d)),
            };
            if date.day.is_none() {
                warnings.push("document date has a blank day".to_string());
            }
            if date.month.is_none() {
                warnings.push("document date has a blank month".to_string());
            }
            doc.date = Some(date);
        }
        doc.kind = self
            .type_line
            .map(|i| self.lines[i].split_whitespace().collect::<Vec<_>>().join(" "))
            .or_else(|| doc.symbol.as_deref().map(type_from_symbol));
        self.read_signature(&mut doc);
        doc.recipients = self
            .kinds
            .iter()
            .enumerate()
            .filter(|(_, k)| **k == LineKind::Recipient)
            .map(|(i, _)| clean_recipient(columns(&self.lines[i]).0))
            .filter(|r| !r.is_empty())
            .collect();
        (doc, warnings)
    }

    fn read_signature(&self, doc: &mut AdminDocument) {
        let mut titles = Vec::new();
        // "TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH": the whole chain signs.
        let mut authorities = Vec::new();
        for (i, k) in self.kinds.iter().enumerate() {
            let line: &str = &self.lines[i];
            // Printed to PDF or copied from Word, the signing block stands in the right
            // column of the recipients' lines: "Nơi nhận:\tKT. GIÁM ĐỐC".
            let (kind, text) = match k {
                LineKind::RecipientsHead | LineKind::Recipient => match columns(line).1 {
                    Some(right) => (sign_kind(right), right),
                    None => continue,
                },
                other => (*other, line),
            };
            match kind {
                LineKind::Authority => authorities.push(squeeze(text)),
                LineKind::SignerTitle => titles.push(squeeze(text)),
                LineKind::Signer => doc.signer = Some(without_degree(text)),
                _ => {}
            }
        }
        if !authorities.is_empty() {
            doc.signing_authority = Some(authorities.join(" "));
        }
        if !titles.is_empty() {
            doc.signer_title = Some(titles.join(" "));
        }
    }
}

/// The number (none when left blank) and the symbol of a number line: "Số: 12/TB-UBND".
fn number_parts(line: &str) -> Option<(Option<String>, String)> {
    let caps = NUMBER.captures(line)?;
    let number = caps.get(1).map(|m| m.as_str().replace('.', "")).filter(|s| !s.is_empty());
    Some((number, caps.get(2)?.as_str().split_whitespace().collect()))
}

/// [`number_parts`] of a number and symbol written without "Số:", as a registry row gives
/// them ("1520/SYT-NVY").
pub(crate) fn number_parts_of_value(value: &str) -> Option<(Option<String>, String)> {
    number_parts(&format!("Số: {value}"))
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A "Số: .../..." line. The regex can only match after blanks and an "s" in any case
/// (the long s too, which case-insensitive matching equates with it): most lines are
/// ruled out by their first letter.
fn is_number_line(line: &str) -> bool {
    // The "ố" of "số" (or its capital) must follow, and a "/" somewhere after.
    let mut cs = line.trim_start().chars();
    matches!(cs.next(), Some('s' | 'S' | 'ſ'))
        && matches!(cs.next(), Some('ố' | 'Ố'))
        && line.contains('/')
        && NUMBER.is_match(line)
}

/// The place and date of a header line: the whole line, or one of its columns (a PDF
/// lays the header out in two, which the loader sets apart with a tab: "Số: 12/QĐ-SYT\t
/// Phú Lâm, ngày 08 tháng 01 năm 2024").
fn place_date_part(line: &str) -> Option<&str> {
    // Every part read below is a piece of the line, so a part whose first comma is
    // followed by "ngày" needs such a comma in the line: most lines hold none, and are
    // not cut into columns.
    if !memchr::memchr_iter(b',', line.as_bytes()).any(|comma| opens_with_ngay(&line[comma + 1..])) {
        return None;
    }
    place_date_column(line)
}

/// [`place_date_part`], every column of the line read.
fn place_date_column(line: &str) -> Option<&str> {
    let (left, right) = columns(line);
    if is_place_date_line(left) {
        return Some(left);
    }
    // The right column, once its own gaps are taken apart: only two columns are printed,
    // but a line may be cut at more than one tab.
    let mut rest = right;
    while let Some(part) = rest {
        let (column, more) = columns(part);
        if is_place_date_line(column) {
            return Some(column);
        }
        rest = more;
    }
    // A date with its day or month left blank to be written in by hand keeps the blank
    // as spaces ("Kim Sơn, ngày      tháng 8 năm 2023"): one column after all.
    is_place_date_line(line).then_some(line)
}

/// The fewest blanks in a row that set two columns apart on a line without a tab: a
/// document copied from Word keeps its two-column header and signing block as one line
/// with the columns padded by spaces, while running text never holds three in a row.
const COLUMN_GAP_BLANKS: usize = 3;

/// A line of the header or the closing block as its left column and, when it was laid
/// out in two, its right one: apart at the first tab or run of [`COLUMN_GAP_BLANKS`]
/// blanks between two parts. "Số: 12/UBND-VX      Trà Vinh, ngày ..." gives the number
/// and the place and date; a line without such a gap is one column.
fn columns(line: &str) -> (&str, Option<&str>) {
    let line = line.trim();
    if !may_hold_column_gap(line) {
        return (line, None);
    }
    let mut gap: Option<(usize, usize, bool)> = None;
    for (at, c) in line.char_indices() {
        let blank = matches!(c, ' ' | '\t' | '\u{a0}');
        match (&mut gap, blank) {
            (Some((_, blanks, tab)), true) => {
                *blanks += 1;
                *tab |= c == '\t';
            }
            (None, true) => gap = Some((at, 1, c == '\t')),
            (Some((start, blanks, tab)), false) if *tab || *blanks >= COLUMN_GAP_BLANKS => {
                return (line[..*start].trim_end(), Some(&line[at..]));
            }
            (Some(_), false) => gap = None,
            (None, false) => {}
        }
    }
    (line, None)
}

/// Three spaces in a row, searched for with a searcher built once: `str::contains` sets
/// one up anew per call, which cost half of a page's column reading.
static THREE_BLANKS: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new(&b"   "[..COLUMN_GAP_BLANKS]));

/// Whether `line` holds a tab, a no-break space or [`COLUMN_GAP_BLANKS`] spaces in a row:
/// most lines hold none, and byte searches tell it.
fn may_hold_column_gap(line: &str) -> bool {
    find_byte(line, b'\t').is_some() || THREE_BLANKS.find(line.as_bytes()).is_some() || line.contains('\u{a0}')
}

/// [`PLACE_DATE`], run only on a line whose first comma is followed by "ngày" in some
/// case (after blanks), as in every match: the regex, costly to build, is built only for
/// pages with such a line.
fn is_place_date_line(line: &str) -> bool {
    let Some(comma) = find_byte(line, b',') else {
        return false;
    };
    let ngay = opens_with_ngay(&line[comma + 1..]);
    // Without the groups, which cost far more to find: where the line matches, the place
    // found is the text before its first comma, trimmed, or at most two chars when that
    // text is shorter (see `place_date`), so the bound is told from that text.
    ngay && PLACE_DATE.is_match(line) && chars_at_most(line[..comma].trim(), PLACE_CHARS)
}

/// Whether `after` opens with "ngày" in some case, after blanks.
fn opens_with_ngay(after: &str) -> bool {
    // Most commas are followed by spaces and an ASCII letter other than "n": told from that
    // byte, without trimming. An ASCII byte other than "n" and the blanks (tab to carriage
    // return, space) opens no "ngày" once the blanks are trimmed.
    let first = after.bytes().find(|&b| b != b' ');
    if first.is_some_and(|b| b.is_ascii() && !matches!(b, b'n' | b'N' | b'\t'..=b'\r')) {
        return false;
    }
    let mut cs = after.trim_start().chars();
    matches!(cs.next(), Some('n' | 'N'))
        && matches!(cs.next(), Some('g' | 'G'))
        && matches!(cs.next(), Some('à' | 'À'))
        && matches!(cs.next(), Some('y' | 'Y'))
}

/// [`PLACE_DATE`]'s match when its place holds at most [`PLACE_CHARS`] chars. The place
/// can hold no comma and the line's first comma follows it after blanks, so every way of
/// matching the line takes the same comma, and the same rest after it; the place found
/// first (the most leading blanks, then the fewest chars) is the shortest one, and so a
/// bound on the repeat in the pattern ("{2,40}?") gives the same matches. Built with the
/// bound, the regex cost as much as the rest of a page's detection.
fn place_date(line: &str) -> Option<regex::Captures<'_>> {
    PLACE_DATE.captures(line).filter(|c| c.get(1).is_some_and(|m| chars_at_most(m.as_str(), PLACE_CHARS)))
}

fn is_type_line(line: &str) -> bool {
    // The squeezed line equals a type when its words are the type's words (no copy made);
    // the first words are compared first, as most lines open with no type's first word.
    let Some(first) = line.split_whitespace().next() else {
        return false;
    };
    let lead = first.as_bytes()[0];
    TYPES.iter().any(|ty| ty.as_bytes()[0] == lead && opens_with_word(ty, first) && line.split_whitespace().eq(ty.split(' ')))
}

/// Whether the type's first word is `word` (which holds no blank), told without searching
/// the type for its space: this runs for every type on the first lines of every page.
fn opens_with_word(ty: &str, word: &str) -> bool {
    ty.strip_prefix(word).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// "V/v ...": the summary line of an official letter.
fn is_vv(line: &str) -> bool {
    let t = line.trim_start();
    starts_with_lower(t, "v/v") || starts_with_lower(t, "về việc")
}

/// The capitals line naming who issues a decision ("GIÁM ĐỐC SỞ Y TẾ", "CHỦ TỊCH ỦY BAN
/// NHÂN DÂN ..."): not a numbered heading, not the "QUYẾT ĐỊNH:" that opens the articles.
fn is_issuer_line(line: &str) -> bool {
    let t = line.trim();
    let starts_enumerated = t.chars().next().is_some_and(|c| c.is_ascii_digit() || "-+•–".contains(c)) || ROMAN_HEADING.is_match(t);
    is_upper_line(t) && !starts_enumerated && !ends_sentence(t) && t.split_whitespace().count() <= ISSUER_WORDS
}

/// Whether `line` opens a decision's grounds or articles ("Căn cứ Luật …", "Điều 1. …"),
/// which only the body holds.
fn opens_grounds(line: &str) -> bool {
    starts_with_lower(line, "căn cứ ") || line.strip_prefix("Điều ").is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// The line that enacts a decision ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:") when an article ("Điều 1.")
/// follows it: no other text holds the two.
fn enacting_line(lines: &[Cow<'_, str>]) -> Option<usize> {
    let enacts = |l: &str| l.starts_with("QUYẾT") && matches!(squeeze(l).as_str(), "QUYẾT ĐỊNH:" | "QUYẾT NGHỊ:");
    let at = lines.iter().position(|l| enacts(l))?;
    lines[at + 1..].iter().any(|l| l.starts_with("Điều 1")).then_some(at)
}

/// A signer's name without the degree before it ("BSCKII. Trần Văn A", "ThS.BS Lê B"):
/// a name word never holds a dot.
fn without_degree(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    let first_name_word = words.iter().position(|w| !w.contains('.')).unwrap_or(0);
    words[first_name_word..].join(" ")
}

fn is_motto(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.contains("cộng hòa xã hội chủ nghĩa") || lower.contains("cộng hoà xã hội chủ nghĩa") || lower.contains("độc lập - tự do")
        || lower.contains("độc lập – tự do")
}

fn is_list_item(line: &str) -> bool {
    line.starts_with(['-', '+', '•', '–'])
}

/// A line of the signing block: authority, signer title in capitals, a name or a note.
fn is_sign_line(line: &str) -> bool {
    !matches!(sign_kind(line), LineKind::Body)
}

fn sign_kind(line: &str) -> LineKind {
    let t = line.trim();
    // Lower-cased only for a line in brackets: this runs on every line of the page's end.
    let note = || {
        let lower = t.to_lowercase();
        lower.contains("ký") || lower.contains("dấu")
    };
    if may_open_with_authority(t) && AUTHORITY.is_match(t) {
        LineKind::Authority
    } else if t.starts_with('(') && note() {
        LineKind::SignNote
    } else if is_upper_line(t) && t.chars().count() <= 60 && !ends_sentence(t) && t.split_whitespace().count() <= 8 {
        LineKind::SignerTitle
    } else if looks_like_name(&without_glue(t)) {
        LineKind::Signer
    } else {
        LineKind::Body
    }
}

/// Whether [`AUTHORITY`] may match: the line opens with one of its abbreviations and the dot.
fn may_open_with_authority(line: &str) -> bool {
    ["TL.", "KT.", "TM.", "Q.", "TUQ."].iter().any(|a| line.starts_with(a))
}

/// "- TT. Huyện ủy; (B/c)" -> "TT. Huyện ủy"; "- Lưu: VT, VP." -> "Lưu: VT, VP".
fn clean_recipient(line: &str) -> String {
    let mut t = line.trim_start_matches(['-', '+', '•', '–']).trim().to_string();
    loop {
        let before = t.clone();
        t = t.trim_end_matches([';', '.', ',']).trim().to_string();
        if t.ends_with(')') {
            if let Some(open) = t.rfind('(') {
                t = t[..open].trim().to_string();
            }
        }
        if t == before {
            break;
        }
    }
    t
}

/// "TB-UBND" -> "THÔNG BÁO"; a symbol without a type code is an official letter.
fn type_from_symbol(symbol: &str) -> String {
    let code = symbol.split('-').next().unwrap_or("");
    TYPE_CODES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, t)| t.to_string())
        .unwrap_or_else(|| "CÔNG VĂN".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_gap_is_told_from_its_bytes_as_the_substring_searches_told_it() {
        let lines = ["Số: 12/SYT   Hà Giang, ngày", "Số: 12/SYT\tHà Giang", "SỞ Y TẾ\u{a0}CỘNG HÒA", "Một hai  ba", "Một  hai ba", "Ồ   ", "", "a"];
        for line in lines.map(str::trim) {
            let old = line.contains('\t') || line.contains("   ") || line.contains('\u{a0}');
            assert_eq!(may_hold_column_gap(line), old, "{line:?}");
        }
    }

    #[test]
    fn recipients_lose_punctuation_and_notes() {
        assert_eq!(clean_recipient("- Thường trực Đảng ủy; (để b/c)"), "Thường trực Đảng ủy");
        assert_eq!(clean_recipient("- Lưu: VT, TH."), "Lưu: VT, TH");
        assert_eq!(clean_recipient("- Cổng thông tin xã (đăng tải);"), "Cổng thông tin xã");
    }

    #[test]
    fn a_header_set_in_two_columns_gives_its_place_and_date() {
        let text = "UBND HUYỆN ĐÔNG SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRUNG TÂM Y TẾ\tĐộc lập - Tự do - Hạnh phúc\n\
            Số: 45/BC-TTYT\tĐông Sơn, ngày 8 tháng 7 năm 2025\nBÁO CÁO\nKết quả công tác y tế 6 tháng đầu năm 2025\n\
            Trung tâm Y tế huyện báo cáo kết quả như sau.";
        let page = Page::from_text("bc.pdf", text);
        let (doc, _) = Layout::read(&page).document(&page);
        assert_eq!((doc.number.as_deref(), doc.symbol.as_deref(), doc.place.as_deref()), (Some("45"), Some("BC-TTYT"), Some("Đông Sơn")));
        assert_eq!(doc.date, Some(PartialDate { year: Some(2025), month: Some(7), day: Some(8) }));
        let one_column = Page::from_text("bc.txt", &text.replace('\t', " "));
        assert_eq!(Layout::read(&one_column).document(&one_column).0.place, None, "a space does not tell the columns apart");
        // The issuer is the header's lowest line of the left column, under its parent body.
        assert_eq!(Layout::read(&page).issuer(), Some("TRUNG TÂM Y TẾ"));
    }

    #[test]
    fn the_issuer_is_the_lowest_header_line_above_the_number() {
        let text = "SỞ Y TẾ TỈNH ĐỒI MÂY\nTRUNG TÂM Y TẾ HUYỆN CAO PHONG\n-------\nSố: 215/TTYT-KSBT\nV/v tiêm vắc xin sởi\n\
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCao Phong, ngày 20 tháng 02 năm 2025\nKính gửi: Trạm Y tế các xã.";
        let page = Page::from_text("cv.txt", text);
        assert_eq!(Layout::read(&page).issuer(), Some("TRUNG TÂM Y TẾ HUYỆN CAO PHONG"));
        // A document with no header line above its number names no issuer.
        let page = Page::from_text("cv.txt", "Số: 12/TB-TTYT\nCao Phong, ngày 20 tháng 02 năm 2025\nTHÔNG BÁO\nLịch trực Tết");
        assert_eq!(Layout::read(&page).issuer(), None);
    }

    #[test]
    fn a_signing_block_beside_the_recipients() {
        let text = "Số: 45/BC-TTYT\tĐông Sơn, ngày 8 tháng 7 năm 2025\nBÁO CÁO\nKết quả công tác y tế\n\
            Trung tâm Y tế huyện báo cáo kết quả như sau.\nNơi nhận:\tKT. GIÁM ĐỐC\n- UBND huyện;\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\nTrần Văn Khoa";
        let page = Page::from_text("bc.pdf", text);
        let (doc, _) = Layout::read(&page).document(&page);
        assert_eq!(doc.recipients, ["UBND huyện", "Lưu: VT"]);
        assert_eq!((doc.signing_authority.as_deref(), doc.signer_title.as_deref()), (Some("KT. GIÁM ĐỐC"), Some("PHÓ GIÁM ĐỐC")));
        assert_eq!(doc.signer.as_deref(), Some("Trần Văn Khoa"));
    }

    #[test]
    fn columns_padded_with_spaces_read_as_two_lines() {
        // As copied from Word: the two columns of the header and the closing block on one
        // line each, padded apart with spaces.
        let text = "UBND TỈNH LONG HÀ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
            SỞ NÔNG NGHIỆP          Độc lập - Tự do - Hạnh phúc\n\
            Số: 88/SNN-TY         Bến Lức, ngày 3 tháng 5 năm 2023\n\
            V/v phòng, chống bệnh dại\n\
            Sở Nông nghiệp đề nghị các đơn vị thực hiện tốt việc tiêm phòng.\n\
            Nơi nhận:          KT. GIÁM ĐỐC\n- Như trên;        PHÓ GIÁM ĐỐC\n- Lưu: VT.     (Đã ký)\nNguyễn Văn Bình";
        let page = Page::from_text("cv.txt", text);
        let (doc, _) = Layout::read(&page).document(&page);
        assert_eq!((doc.number.as_deref(), doc.symbol.as_deref(), doc.place.as_deref()), (Some("88"), Some("SNN-TY"), Some("Bến Lức")));
        assert_eq!(doc.date, Some(PartialDate { year: Some(2023), month: Some(5), day: Some(3) }));
        assert_eq!((doc.signing_authority.as_deref(), doc.signer_title.as_deref()), (Some("KT. GIÁM ĐỐC"), Some("PHÓ GIÁM ĐỐC")));
        assert_eq!(doc.recipients, ["Như trên", "Lưu: VT"]);
        assert_eq!(doc.signer.as_deref(), Some("Nguyễn Văn Bình"));
        // Two spaces are a slip of typing, not a gap between columns.
        assert_eq!(columns("Số: 88/SNN-TY  Bến Lức"), ("Số: 88/SNN-TY  Bến Lức", None));
        assert_eq!(columns("Nơi nhận:\t\tKT. GIÁM ĐỐC"), ("Nơi nhận:", Some("KT. GIÁM ĐỐC")));
        assert_eq!(place_date_part("Bến Lức, ngày      tháng 5 năm 2023"), Some("Bến Lức, ngày      tháng 5 năm 2023"));
    }

    #[test]
    fn a_decision_without_its_header_is_read_from_its_type_line_and_closing_date() {
        let text = "QUYẾT ĐỊNH\nVề việc phê duyệt danh sách cơ sở đạt chuẩn năm 2026\nGIÁM ĐỐC SỞ Y TẾ TỈNH PHÚ LAM\n\
            Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt danh sách 42 cơ sở.\n\
            Điều 2. Quyết định có hiệu lực kể từ ngày ký.\nPhú Lam, ngày 15 tháng 12 năm 2026\nGIÁM ĐỐC\nHồ Văn Tâm";
        let page = Page::from_text("qd.txt", text);
        let layout = Layout::read(&page);
        let (doc, _) = layout.document(&page);
        assert_eq!((doc.kind.as_deref(), doc.place.as_deref()), (Some("QUYẾT ĐỊNH"), Some("Phú Lam")));
        assert_eq!(doc.date, Some(PartialDate { year: Some(2026), month: Some(12), day: Some(15) }));
        assert_eq!(layout.title(&page).as_deref(), Some("Về việc phê duyệt danh sách cơ sở đạt chuẩn năm 2026"));
        // The articles stay in the body.
        assert_eq!(layout.kinds[5], LineKind::Body);
        // A lone heading in capitals over no articles heads no document.
        let page = Page::from_text("tin.txt", "THÔNG BÁO\nLịch tiêm chủng tháng 12\nTrạm y tế xã tổ chức tiêm chủng vào ngày 5/12.");
        assert!(Layout::read(&page).kinds.iter().all(|k| *k == LineKind::Body));
    }

    #[test]
    fn a_place_and_date_line_with_the_date_in_figures() {
        let text = "UBND HUYỆN AN LẠC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 214/TTYT-KSBT\tAn Lạc, ngày 12/10/2025\n\
            V/v phòng, chống sốt xuất huyết\nTrung tâm Y tế đề nghị các trạm y tế diệt lăng quăng.";
        let page = Page::from_text("cv.pdf", text);
        let (doc, warnings) = Layout::read(&page).document(&page);
        assert_eq!(doc.place.as_deref(), Some("An Lạc"));
        assert_eq!(doc.date, Some(PartialDate { year: Some(2025), month: Some(10), day: Some(12) }));
        assert!(warnings.is_empty(), "{warnings:?}");
        let read = |line: &str| {
            let page = Page::from_text("tb.txt", &format!("Số: 58/TB-BV\n{line}\nTHÔNG BÁO\nLịch khám sức khỏe\nBệnh viện tổ chức khám."));
            let doc = Layout::read(&page).document(&page).0;
            (doc.place, doc.date.map(|d| (d.year, d.month, d.day)))
        };
        let place = Some("Hòa Bình".to_string());
        assert_eq!(read("Hòa Bình, ngày 05-3-2026"), (place.clone(), Some((Some(2026), Some(3), Some(5)))));
        assert_eq!(read("Hòa Bình, ngày 7.4.2025."), (place.clone(), Some((Some(2025), Some(4), Some(7)))));
        assert_eq!(read("Hòa Bình, ngày    /10/2025"), (place, Some((Some(2025), Some(10), None))));
        // A sentence going on after its date is no date line.
        assert_eq!(read("Hòa Bình, ngày 3/1/2026, Sở Y tế tổ chức họp."), (None, None));
    }

    #[test]
    fn a_place_and_date_below_the_type_line_closes_the_document() {
        let text = "TRUNG TÂM Y TẾ HUYỆN AN LẠC\nSố: 31/BC-TTYT\nBÁO CÁO\nTình hình dịch bệnh tháng 9\n\
            Trong tháng, toàn huyện ghi nhận 22 ca tay chân miệng.\nAn Lạc, ngày 30/9/2025\nGIÁM ĐỐC\nLâm Thị Hoa";
        let page = Page::from_text("bc.txt", text);
        let layout = Layout::read(&page);
        let (doc, _) = layout.document(&page);
        assert_eq!(layout.kinds[4], LineKind::Body);
        assert_eq!((layout.place_date_line, doc.place.as_deref()), (Some(5), Some("An Lạc")));
        assert_eq!(doc.date, Some(PartialDate { year: Some(2025), month: Some(9), day: Some(30) }));
        assert_eq!((doc.signer_title.as_deref(), doc.signer.as_deref()), (Some("GIÁM ĐỐC"), Some("Lâm Thị Hoa")));
    }

    #[test]
    fn signing_lines() {
        assert_eq!(sign_kind("KT. GIÁM ĐỐC"), LineKind::Authority);
        assert_eq!(sign_kind("PHÓ GIÁM ĐỐC"), LineKind::SignerTitle);
        assert_eq!(sign_kind("Trần Thị Mai"), LineKind::Signer);
        assert_eq!(sign_kind("Ksor H'Nhung"), LineKind::Signer);
        assert_eq!(sign_kind("Y’Bhin Niê"), LineKind::Signer);
        assert_eq!(sign_kind("Lưu: VT'"), LineKind::Body);
        assert_eq!(sign_kind("(Đã ký)"), LineKind::SignNote);
        assert_eq!(sign_kind("Đề nghị các đơn vị thực hiện."), LineKind::Body);
    }

    #[test]
    fn summaries_issuers_and_signers() {
        assert!(is_vv("V/v tăng cường phòng, chống dịch"));
        assert!(is_issuer_line("GIÁM ĐỐC SỞ Y TẾ"));
        assert!(!is_issuer_line("II. NỘI DUNG"));
        assert!(!is_issuer_line("QUYẾT ĐỊNH:"));
        assert_eq!(without_degree("BSCKII. Trần Văn Mạnh"), "Trần Văn Mạnh");
        assert_eq!(without_degree("Trần Văn Mạnh"), "Trần Văn Mạnh");
    }

    #[test]
    fn number_lines() {
        assert!(is_number_line("Số: 12/TB-UBND"));
        assert!(is_number_line("  SỐ: 05/2023/NQ-HĐND"));
        assert!(!is_number_line("Sở Y tế tỉnh"));
        assert!(!is_number_line("Căn cứ Luật số 12/2017"));
        assert!(is_number_line("ſố 7/KH-SYT") && !is_number_line("Số điện thoại"));
        assert_eq!(number_parts("Số: 1.245/QĐ-SYT"), Some((Some("1245".to_string()), "QĐ-SYT".to_string())));
        assert_eq!(number_parts("Số: 12.34/QĐ-SYT"), None, "no thousands separator");
    }

    #[test]
    fn quick_tests_never_rule_out_a_match() {
        for line in [
            "Bình Sơn, ngày 05 tháng 3 năm 2023", "HÀ AN, NGÀY  THÁNG  NĂM 2024", "Sở Y tế, ngày 1", "Tin mới, hôm nay",
            "Gò Dầu,ngày 7 tháng 8 năm 2022", "A, Ngày tháng năm", "Xã 5, ngày 1 tháng 2 năm 2020", "Không dấu phẩy ngày tháng năm",
        ] {
            assert_eq!(is_place_date_line(line), PLACE_DATE.is_match(line), "{line}");
        }
        for line in ["TL. GIÁM ĐỐC", "KT.CHỦ TỊCH", "TUQ. CHỦ TỊCH", "Q. TRƯỞNG PHÒNG", "TL GIÁM ĐỐC", "Tm. Ủy ban"] {
            assert_eq!(may_open_with_authority(line) && AUTHORITY.is_match(line), AUTHORITY.is_match(line), "{line}");
        }
        assert!(is_type_line("QUYẾT  ĐỊNH") && is_type_line("GIẤY GIỚI THIỆU") && !is_type_line("QUYẾT ĐỊNH:") && !is_type_line(""));
    }

    /// Lines laid out like number and place-date lines, each slot drawn from its true
    /// pieces and from others: blanks of several kinds, digits of other scripts, long
    /// places, the Greek iota subscript and letters whose case folds beyond ASCII.
    fn generated_lines(count: usize) -> Vec<String> {
        const BLANKS: &[&str] = &["", "", " ", "  ", "\u{2003}", "\u{a0}", "\t", "x"];
        const WORDS: &[&str] = &[
            "Tân An", "HÀ AN", "Bình Sơn", "Thành phố Hồ Chí Minh", "abcdefghij", "ĐĐĐĐĐĐĐĐĐĐ", "\u{212A}", "ẞ", "İ", "Σς", "\u{345}",
            "٣", "Ⅻ", "5", "a", "", "(", ")", ".", "-", "Sở Y tế", "TB", "UBND", "QĐ", "HĐND", "Ubnd", "2023", "/", ":",
        ];
        const KEYS: &[&str] = &[
            "Số", "SỐ", "số", "ſố", "sỐ", "Sô", ",", ",", ",", "ngày", "NGÀY", "Ngày", "tháng", "THÁNG", "năm", "NĂM", "/", ":",
            "-", "12", "05", "2024", "7", "/2023/", "٣", "",
        ];
        let mut rng = vanban_plugin_sdk::testing::Rng(0x2545_F491_4F6C_DD1D);
        (0..count)
            .map(|_| {
                let mut line = String::new();
                for slot in 0..14 {
                    line.push_str(BLANKS[rng.below(BLANKS.len())]);
                    let pieces = if slot % 3 == 1 { WORDS } else { KEYS };
                    for _ in 0..1 + rng.below(3) {
                        line.push_str(pieces[rng.below(pieces.len())]);
                    }
                }
                line
            })
            .collect()
    }

    #[test]
    fn the_regexes_match_as_written_first() {
        let number = Regex::new(NUMBER_PATTERN).expect("valid regex");
        let place_date_bounded = Regex::new(&place_date_pattern()).expect("valid regex");
        let groups = |c: Option<regex::Captures<'_>>| c.map(|c| c.iter().map(|m| m.map(|m| m.range())).collect::<Vec<_>>());
        let (mut numbers, mut places, mut long) = (0, 0, 0);
        let mut lines = generated_lines(200_000);
        let mut rng = vanban_plugin_sdk::testing::Rng(0x9E37_79B9_7F4A_7C15);
        let blanks = ["", " ", "  ", "\u{2003}", "\u{a0} "];
        let place_words = ["Tân An", "HÀ AN", "A", "", "Thành phố Hồ Chí Minh", "Xã Ⅻ", "Xã 5", "Đ\u{345}", "aaaaaaaaaaaaaaaaaaaa", "x,y"];
        let parts = [["ngày", "NGÀY", "ngay"], ["tháng", "THÁNG", "thang"], ["năm", "Năm", "nam"]];
        let figures = ["", "05", "3", "2023", "٣", "123"];
        for _ in 0..20_000 {
            let mut line = String::new();
            for _ in 0..1 + rng.below(3) {
                line.push_str(blanks[rng.below(blanks.len())]);
                line.push_str(place_words[rng.below(place_words.len())]);
            }
            line.push_str(blanks[rng.below(blanks.len())]);
            line.push(',');
            for words in &parts {
                line.push_str(blanks[rng.below(blanks.len())]);
                line.push_str(words[rng.below(words.len())]);
                line.push_str(blanks[rng.below(blanks.len())]);
                line.push_str(figures[rng.below(figures.len())]);
            }
            lines.push(line);
        }
        for place in ["Tân An", " HÀ AN ", "\u{2003}Bình Sơn\u{a0}", "A", " A ", "  ", "Xa\u{345}", "Thành phố Hồ Chí Minh"] {
            for date in [
                ",ngày 05 tháng 3 năm 2023", ", NGÀY  THÁNG  NĂM 2024", " , ngày   tháng 12 năm", ", ngày 1", ", ngày 12/10/2025", ", ngày 05-3-2026 ",
                ",ngày 7.4.2025.", ", ngày    /10/2025", ", ngày 3/1/2026, Sở Y tế họp", ", ngày 3/1",
            ] {
                lines.push(format!("{place}{date}"));
            }
        }
        for number in ["Số: 12/TB-UBND", "SỐ 05/2023/NQ-HĐND", " ſố: /QĐ - UBND .x", "Số: 7 / 2024 / KH-SYT-\u{345}Ⅻ", "số:/TB--x", "Số: 1.245/QĐ-SYT", "Số 12.34/QĐ", "Số: 1.234.567 / KH"] {
            lines.push(number.to_string());
        }
        // Places of 37 to 43 chars, with blanks around them.
        for n in 37..44 {
            lines.push(format!(" {} , ngày 1 tháng 2 năm 2020", "a".repeat(n)));
            lines.push(format!("\u{2003}{}b\u{a0}\u{a0},ngày", "Đ ".repeat(n / 2)));
        }
        for line in &lines {
            let by_first = groups(number.captures(line));
            assert_eq!(groups(NUMBER.captures(line)), by_first, "{line:?}");
            numbers += usize::from(by_first.is_some());
            let by_first = groups(place_date_bounded.captures(line));
            assert_eq!(groups(place_date(line)), by_first, "{line:?}");
            assert_eq!(is_place_date_line(line), by_first.is_some(), "{line:?}");
            places += usize::from(by_first.is_some());
            long += usize::from(by_first.is_none() && PLACE_DATE.is_match(line));
        }
        assert!(numbers > 1000 && places > 1000 && long > 100, "the generated lines hold matches: {numbers} {places} {long}");
    }

    #[test]
    fn a_place_date_part_is_found_as_when_every_column_was_read() {
        let mut lines = generated_lines(50_000);
        let gaps = ["\t", "   ", "\u{a0}", "  ", " \t ", ",\t", ""];
        let lefts = ["Số: 12/TB-UBND", "SỞ Y TẾ", "", "Tin, ngày", "A,b"];
        let rights = [
            "Bến Lức, ngày 3 tháng 5 năm 2023", "Kim Sơn, ngày      tháng 8 năm 2023", "HÀ AN,NGÀY 1 THÁNG 2 NĂM 2024", "x, ngay 1",
            "An Phú, ngày 12/10/2025", "Hòa Bình, ngày 05-3-2026",
        ];
        for left in lefts {
            for gap in gaps {
                for right in rights {
                    lines.push(format!("{left}{gap}{right}"));
                    lines.push(format!("{right}{gap}{left}"));
                    lines.push(format!("{left}{gap}{left}{gap}{right}"));
                }
            }
        }
        let mut found = 0;
        for line in &lines {
            let part = place_date_column(line);
            assert_eq!(place_date_part(line), part, "{line:?}");
            found += usize::from(part.is_some());
        }
        assert!(found > 50, "the lines hold places and dates: {found}");
    }

    #[test]
    fn types_from_symbols() {
        assert_eq!(type_from_symbol("KH-UBND"), "KẾ HOẠCH");
        assert_eq!(type_from_symbol("UBND-VX"), "CÔNG VĂN");
    }
}

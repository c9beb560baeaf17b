//! Document registry pages: a portal's record of one document as rows of a label and its
//! value ("Số ký hiệu | 1520/SYT-NVY", "Ngày ban hành | 12/11/2026", "Trích yếu | Về việc …"),
//! where the document itself is only an attached file.

use std::borrow::Cow;
use vanban_plugin_sdk::{AdminDocument, PartialDate};

/// What a registry row gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// "1520/SYT-NVY": the number and the symbol.
    Number,
    /// The day the document was issued.
    Issued,
    /// The document type ("Công văn").
    Kind,
    Signer,
    SignerTitle,
    /// What the document is about: its title.
    Summary,
    /// A row of the registry the record has no field for (validity, field of work, the
    /// issuing body, the attached file).
    Other,
}

/// The labels of registry rows, in small letters, and what each gives.
const LABELS: &[(&str, Field)] = &[
    ("số ký hiệu", Field::Number),
    ("số/ký hiệu", Field::Number),
    ("số hiệu", Field::Number),
    ("ký hiệu", Field::Number),
    ("số văn bản", Field::Number),
    ("ngày ban hành", Field::Issued),
    ("ngày ký", Field::Issued),
    ("ngày văn bản", Field::Issued),
    ("loại văn bản", Field::Kind),
    ("hình thức văn bản", Field::Kind),
    ("người ký", Field::Signer),
    ("người ký duyệt", Field::Signer),
    ("chức vụ", Field::SignerTitle),
    ("chức vụ người ký", Field::SignerTitle),
    ("trích yếu", Field::Summary),
    ("trích yếu nội dung", Field::Summary),
    ("tên văn bản", Field::Summary),
    ("ngày hiệu lực", Field::Other),
    ("ngày có hiệu lực", Field::Other),
    ("ngày hết hiệu lực", Field::Other),
    ("tình trạng", Field::Other),
    ("tình trạng hiệu lực", Field::Other),
    ("cơ quan ban hành", Field::Other),
    ("đơn vị ban hành", Field::Other),
    ("cấp ban hành", Field::Other),
    ("lĩnh vực", Field::Other),
    ("tài liệu đính kèm", Field::Other),
    ("tệp đính kèm", Field::Other),
    ("file đính kèm", Field::Other),
    ("tải về", Field::Other),
];

/// The bytes of the longest label of [`LABELS`], with room for the blanks around it.
const LONGEST_LABEL: usize = 32;

/// The fewest rows that make a registry record: one label alone ("Lĩnh vực: …") may open
/// any paragraph.
const MIN_ROWS: usize = 3;

/// One row of the registry: the line it is on, what it gives, and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub field: Field,
    pub value: String,
}

/// The registry rows of a page, when it holds a record: [`MIN_ROWS`] rows or more, with the
/// number or the issue date among them. A table row reads as its cells parted by tabs,
/// a list as "Label: value".
pub fn rows(lines: &[Cow<'_, str>]) -> Vec<Row> {
    let rows: Vec<Row> = lines.iter().enumerate().filter_map(|(i, l)| row(i, l)).collect();
    let dated = rows.iter().any(|r| matches!(r.field, Field::Number | Field::Issued));
    if rows.len() >= MIN_ROWS && dated {
        rows
    } else {
        Vec::new()
    }
}

fn row(line: usize, text: &str) -> Option<Row> {
    // Only the first bytes are searched for the label's end, in one vectorised search for
    // both bytes: most lines hold no label, and detection reads every line of every page.
    let head = &text.as_bytes()[..text.len().min(LONGEST_LABEL + 1)];
    let at = memchr::memchr2(b'\t', b':', head)?;
    let (label, value) = (&text[..at], &text[at + 1..]);
    let label = label.trim().to_lowercase();
    let field = LABELS.iter().find(|(l, _)| *l == label).map(|&(_, f)| f)?;
    let value = value.trim_start_matches([':', '\t', ' ']).split_whitespace().collect::<Vec<_>>().join(" ");
    Some(Row { line, field, value })
}

/// The summary's value: the record's title.
pub fn title(rows: &[Row]) -> Option<String> {
    value(rows, Field::Summary).map(str::to_string)
}

fn value(rows: &[Row], field: Field) -> Option<&str> {
    rows.iter().find(|r| r.field == field).map(|r| r.value.as_str()).filter(|v| !v.is_empty())
}

/// Fills the fields of `doc` its layout left empty from the registry's rows.
pub fn fill(doc: &mut AdminDocument, rows: &[Row]) {
    if doc.number.is_none() && doc.symbol.is_none() {
        if let Some((number, symbol)) = value(rows, Field::Number).and_then(super::layout::number_parts_of_value) {
            doc.number = number;
            doc.symbol = Some(symbol);
        }
    }
    if doc.date.is_none() {
        doc.date = value(rows, Field::Issued).and_then(day_month_year);
    }
    // The type line is in capitals: the registry's type is written so too, to read alike.
    let kind = value(rows, Field::Kind).map(str::to_uppercase);
    if kind.is_some() {
        doc.kind = kind;
    }
    doc.signer = doc.signer.take().or_else(|| value(rows, Field::Signer).map(str::to_string));
    doc.signer_title = doc.signer_title.take().or_else(|| value(rows, Field::SignerTitle).map(str::to_string));
}

/// "12/11/2026", "12-11-2026", "12.11.2026".
fn day_month_year(s: &str) -> Option<PartialDate> {
    let mut parts = s.split(['/', '-', '.']).map(str::trim);
    let day: u32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let year: i32 = parts.next()?.get(..4)?.parse().ok()?;
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then_some(PartialDate { year: Some(year), month: Some(month), day: Some(day) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Cow<'_, str>> {
        text.lines().map(Cow::Borrowed).collect()
    }

    #[test]
    fn a_registry_record_fills_the_document() {
        let text = "Chi tiết văn bản\nSố ký hiệu\t87/KH-TTYT\nNgày ban hành\t03/02/2027\nLoại văn bản\tKế hoạch\nNgười ký:\tLý Văn Tâm\nTrích yếu\tTriển khai tiêm chủng mở rộng năm 2027\nLĩnh vực\tY tế";
        let ls = lines(text);
        let rows = rows(&ls);
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 2, 3, 4, 5, 6]);
        assert_eq!(title(&rows).as_deref(), Some("Triển khai tiêm chủng mở rộng năm 2027"));
        let mut doc = AdminDocument::default();
        fill(&mut doc, &rows);
        assert_eq!((doc.number.as_deref(), doc.symbol.as_deref()), (Some("87"), Some("KH-TTYT")));
        assert_eq!(doc.date, Some(PartialDate { year: Some(2027), month: Some(2), day: Some(3) }));
        assert_eq!(doc.kind.as_deref(), Some("KẾ HOẠCH"));
        assert_eq!(doc.signer.as_deref(), Some("Lý Văn Tâm"));
    }

    #[test]
    fn every_label_fits_the_longest() {
        assert!(LABELS.iter().all(|(l, _)| l.len() + 4 <= LONGEST_LABEL));
    }

    #[test]
    fn a_label_or_two_in_a_text_make_no_registry() {
        let text = "Lĩnh vực: y tế dự phòng\nTrích yếu: về việc phòng dịch\nNăm 2026 có 30 ca.";
        assert!(rows(&lines(text)).is_empty());
        let undated = "Lĩnh vực: y tế\nTrích yếu: phòng dịch\nNgười ký: Lý Văn Tâm";
        assert!(rows(&lines(undated)).is_empty(), "neither number nor date");
    }
}

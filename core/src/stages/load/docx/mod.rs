//! DOCX reading: the paragraphs of `word/document.xml`, one line each, so that a notice
//! attached as DOCX reads like its text dump.

mod numbering;
pub mod write;

use crate::error::StageError;
use numbering::Numbering;
use quick_xml::events::Event;
use std::io::{Cursor, Read};

/// Whether the bytes are a ZIP archive holding a Word document.
pub fn is_docx(raw: &[u8]) -> bool {
    raw.starts_with(b"PK\x03\x04")
        && zip::ZipArchive::new(Cursor::new(raw)).is_ok_and(|z| z.index_for_name("word/document.xml").is_some())
}

/// The document's text: one line per paragraph (empty paragraphs give blank lines),
/// tabs for `w:tab`, a new line for `w:br`; one line per row of a table of figures, its
/// cells apart at tabs.
pub fn read_docx(raw: &[u8], max_bytes: u64) -> Result<String, StageError> {
    let bad = |e: &dyn std::fmt::Display| StageError::input(format!("not a readable DOCX file: {e}"));
    let mut archive = zip::ZipArchive::new(Cursor::new(raw)).map_err(|e| bad(&e))?;
    let entry = archive.by_name("word/document.xml").map_err(|e| bad(&e))?;
    // Bytes, not a string: the XML reader checks every event it reads as UTF-8, and
    // checking the whole part first as well cost a tenth of reading a DOCX.
    let mut xml = Vec::new();
    entry.take(max_bytes + 1).read_to_end(&mut xml).map_err(|e| bad(&e))?;
    if xml.len() as u64 > max_bytes {
        return Err(StageError::input(format!(
            "the DOCX text is over the limit of {max_bytes} bytes (max_document_bytes)"
        )));
    }
    let mut numbering = read_numbering(&mut archive, max_bytes);
    paragraphs(&xml, &mut numbering).map_err(|e| bad(&e))
}

/// The document's list definitions (`word/numbering.xml`) and the paragraph styles that
/// number (`word/styles.xml`), if it has any that can be read within the size limit:
/// without them the items' numbers are left out, as before.
fn read_numbering(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, max_bytes: u64) -> Numbering {
    let Some(xml) = read_part(archive, "word/numbering.xml", max_bytes) else { return Numbering::default() };
    let mut numbering = Numbering::parse(&xml);
    if let Some(styles) = read_part(archive, "word/styles.xml", max_bytes) {
        numbering.read_styles(&styles);
    }
    numbering
}

/// A part of the package, if it is there and within the size limit.
fn read_part(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str, max_bytes: u64) -> Option<Vec<u8>> {
    let entry = archive.by_name(name).ok()?;
    let mut xml = Vec::new();
    entry.take(max_bytes + 1).read_to_end(&mut xml).ok()?;
    (xml.len() as u64 <= max_bytes).then_some(xml)
}

/// Walks the WordprocessingML body and collects the text of `w:t` runs by paragraph. A
/// table row whose cells hold a line each is one line, its cells apart at tabs (as the
/// HTML loader writes a `<table>`): a table of figures. A row whose cells hold several
/// lines is a table used for layout (a notice's heading, its signing block) and gives
/// each paragraph its line, cell after cell. An item of a list Word numbers itself opens
/// with its number ("1. ", "a) ", "- ").
fn paragraphs(xml: &[u8], numbering: &mut Numbering) -> Result<String, quick_xml::Error> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut text = Text::default();
    let mut in_text = false;
    // `w:tab` inside `w:tabs` is a tab stop of the paragraph style, not a tab character.
    let mut in_tab_stops = false;
    let mut item = ListItem::default();
    loop {
        match reader.read_event()? {
            Event::Start(e) => match e.local_name().as_ref() {
                "p" => item = ListItem::default(),
                "t" => in_text = true,
                "tabs" => in_tab_stops = true,
                "tab" if !in_tab_stops => text.push('\t'),
                "br" | "cr" => text.push('\n'),
                "tr" => text.row_start(),
                "tc" => text.cell_start(),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "numId" | "ilvl" | "pStyle" => item.read(&e),
                "tab" if !in_tab_stops => text.push('\t'),
                "gridSpan" => text.cell_span(grid_count(&e)),
                "gridBefore" => text.row_indent(grid_count(&e)),
                "br" | "cr" | "p" => text.push('\n'),
                "tc" => {
                    text.cell_start();
                    text.cell_end();
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "pPr" => item.open(numbering, &mut text),
                "t" => in_text = false,
                "tabs" => in_tab_stops = false,
                "p" => text.push('\n'),
                "tc" => text.cell_end(),
                "tr" => text.row_end(),
                _ => {}
            },
            Event::Text(t) if in_text => text.push_str(&t.xml10_content()),
            Event::CData(t) if in_text => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                if let Some(c) = r.resolve_char_ref()? {
                    text.push(c);
                } else {
                    text.push_str(predefined_entity(&r));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    text.row_end();
    Ok(text.out)
}

/// The list a paragraph is an item of (`w:numPr` in its properties).
#[derive(Default)]
struct ListItem {
    num_id: Option<u32>,
    level: usize,
    /// The paragraph's style, which may number it when its own properties do not.
    style: Option<String>,
    /// The number is written once, where the paragraph's properties end ("pPr" also closes
    /// the former properties a tracked change keeps inside them).
    written: bool,
}

impl ListItem {
    fn read(&mut self, e: &quick_xml::events::BytesStart) {
        match e.local_name().as_ref() {
            "pStyle" if !self.written => self.style = numbering::str_attr(e, "val"),
            "numId" if !self.written => self.num_id = numbering::attr(e, "val"),
            "ilvl" if !self.written => self.level = numbering::attr(e, "val").unwrap_or(0),
            _ => {}
        }
    }

    fn open(&mut self, numbering: &mut Numbering, text: &mut Text) {
        if std::mem::replace(&mut self.written, true) {
            return;
        }
        // Numbering set on the paragraph (numId 0: none) overrides its style's.
        let styled = || self.style.as_deref().and_then(|s| numbering.style_list(s));
        let list = self.num_id.map(|id| (id, self.level)).or_else(styled);
        if let Some(label) = list.and_then(|(id, level)| numbering.next_label(id, level)) {
            text.push_str(&label);
            text.push(' ');
        }
    }
}

/// The `w:val` of a `w:gridSpan` or `w:gridBefore`: how many columns of the table's grid
/// a cell spans or a row leaves out; bounded so that a hostile file cannot make a line of a
/// million tabs.
fn grid_count(e: &quick_xml::events::BytesStart) -> usize {
    numbering::attr::<usize>(e, "val").unwrap_or(1).clamp(1, 64)
}

/// The text read so far, and the cells of the top-level table row being read.
#[derive(Default)]
struct Text {
    out: String,
    /// The cells read of the open row, each as the paragraphs' lines would be written, and
    /// how many columns of the grid each spans.
    row: Option<Vec<String>>,
    spans: Vec<usize>,
    /// Columns of the grid the open row leaves empty before its first cell.
    indent: usize,
    /// Table cells open around the text (a table nested in a cell opens a second).
    depth: usize,
}

impl Text {
    fn target(&mut self) -> &mut String {
        match self.row.as_mut().and_then(|cells| cells.last_mut()) {
            Some(cell) if self.depth > 0 => cell,
            _ => &mut self.out,
        }
    }

    fn push(&mut self, c: char) {
        self.target().push(c);
    }

    fn push_str(&mut self, s: &str) {
        self.target().push_str(s);
    }

    fn row_start(&mut self) {
        if self.depth == 0 {
            self.row_end();
            self.row = Some(Vec::new());
            self.spans.clear();
            self.indent = 0;
        }
    }

    fn cell_start(&mut self) {
        self.depth += 1;
        if self.depth == 1 {
            if let Some(cells) = self.row.as_mut() {
                cells.push(String::new());
                self.spans.push(1);
            }
        }
    }

    /// The open cell spans `n` columns of the grid.
    fn cell_span(&mut self, n: usize) {
        if self.depth == 1 {
            if let Some(span) = self.spans.last_mut() {
                *span = n;
            }
        }
    }

    fn row_indent(&mut self, n: usize) {
        if self.depth == 0 && self.row.as_ref().is_some_and(Vec::is_empty) {
            self.indent = n;
        }
    }

    fn cell_end(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Writes the open row, if any: a line of cells when each holds one line at most.
    fn row_end(&mut self) {
        if self.depth > 0 {
            return;
        }
        let Some(cells) = self.row.take() else { return };
        if cells.len() >= 2 && cells.iter().all(|c| !c.trim().contains('\n')) {
            // A cell spanning columns is followed by empty ones, so that the figures below
            // a heading over two columns stay under it.
            let mut line: Vec<String> = vec![String::new(); self.indent];
            for (cell, &span) in cells.iter().zip(&self.spans) {
                line.push(cell.split_whitespace().collect::<Vec<_>>().join(" "));
                line.extend(std::iter::repeat_n(String::new(), span - 1));
            }
            self.out.push_str(&line.join("\t"));
            self.out.push('\n');
        } else {
            self.out.extend(cells);
        }
    }
}

fn predefined_entity(name: &str) -> &'static str {
    match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_tabs_breaks_and_entities() {
        let xml = r#"<w:document xmlns:w="x"><w:body>
            <w:p><w:r><w:t>Trạm y tế xã</w:t></w:r><w:r><w:t xml:space="preserve"> Hòa Lợi &amp; </w:t></w:r></w:p>
            <w:p/>
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Số:</w:t><w:tab/><w:t>15/BC</w:t><w:br/><w:t>dòng hai &#7871;</w:t></w:r></w:p>
            <w:p><w:r><w:delText>bỏ</w:delText></w:r></w:p>
            </w:body></w:document>"#;
        let text = paragraphs(xml.as_bytes(), &mut Numbering::default()).expect("parses");
        assert_eq!(text, "Trạm y tế xã Hòa Lợi & \n\nSố:\t15/BC\ndòng hai ế\n\n");
    }

    #[test]
    fn a_cell_spanning_columns_is_followed_by_empty_ones() {
        let cell = |pr: &str, t: &str| format!("<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let xml = format!(
            r#"<w:document xmlns:w="x"><w:body><w:tbl><w:tr>{}{}{}</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>{}{}{}</w:tr></w:tbl></w:body></w:document>"#,
            cell(r#"<w:vMerge w:val="restart"/>"#, "Chỉ tiêu"),
            cell(r#"<w:gridSpan w:val="2"/>"#, "Năm 2025"),
            cell(r#"<w:gridSpan w:val="999999"/>"#, "Ghi chú"),
            cell("", "Kế hoạch"),
            cell("", "Thực hiện"),
            cell("", ""),
        );
        let text = paragraphs(xml.as_bytes(), &mut Numbering::default()).expect("parses");
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some(format!("Chỉ tiêu\tNăm 2025\t\tGhi chú{}", "\t".repeat(63)).as_str()), "spans are bounded");
        assert_eq!(lines.next(), Some("\tKế hoạch\tThực hiện\t"));
    }

    #[test]
    fn a_table_of_figures_gives_a_line_a_row_and_a_layout_table_a_line_a_paragraph() {
        let cell = |paragraphs: &[&str]| {
            let ps: String = paragraphs.iter().map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")).collect();
            format!("<w:tc><w:tcPr/>{ps}</w:tc>")
        };
        let row = |cells: &[&[&str]]| format!("<w:tr>{}</w:tr>", cells.iter().map(|c| cell(c)).collect::<String>());
        let nested = format!("<w:tc><w:tbl>{}</w:tbl></w:tc>", row(&[&["a"], &["b"]]));
        let xml = format!(
            r#"<w:document xmlns:w="x"><w:body><w:tbl>{}</w:tbl><w:p><w:r><w:t>Kết quả:</w:t></w:r></w:p><w:tbl>{}{}<w:tr>{}{nested}<w:tc/></w:tr></w:tbl><w:p><w:r><w:t>Hết.</w:t></w:r></w:p></w:body></w:document>"#,
            row(&[&["UBND HUYỆN ĐÔNG SƠN", "TRUNG TÂM Y TẾ"], &["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]]),
            row(&[&["Chỉ tiêu"], &["ĐVT"], &["Năm 2025"]]),
            row(&[&["Số lượt khám"], &["lượt"], &["1.240"]]),
            cell(&["Số ca mắc"]),
        );
        let text = paragraphs(xml.as_bytes(), &mut Numbering::default()).expect("parses");
        assert_eq!(
            text,
            "UBND HUYỆN ĐÔNG SƠN\nTRUNG TÂM Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             Kết quả:\nChỉ tiêu\tĐVT\tNăm 2025\nSố lượt khám\tlượt\t1.240\nSố ca mắc\na\nb\nHết.\n",
            "a cell holding a table holds several lines: its row is read as layout"
        );
    }

    #[test]
    fn a_document_part_that_is_not_utf8_is_an_error() {
        use std::io::Write as _;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(b"<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>Tr\xe1m</w:t></w:r></w:p></w:body></w:document>").unwrap();
        let raw = zip.finish().unwrap().into_inner();
        let err = read_docx(&raw, 1 << 20).expect_err("Latin-1 bytes in a UTF-8 part");
        assert!(err.message.contains("not a readable DOCX file"), "{}", err.message);
    }

    #[test]
    fn the_items_of_a_list_word_numbers_open_with_their_numbers() {
        use std::io::Write as _;
        let numbering = r#"<w:numbering xmlns:w="x"><w:abstractNum w:abstractNumId="0">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl>
            </w:abstractNum><w:num w:numId="6"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
        let item = |lvl: u32, t: &str| format!(r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="6"/></w:numPr></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#);
        let styled = r#"<w:p><w:pPr><w:pStyle w:val="Muc"/></w:pPr><w:r><w:t>Khoa Nhi trực.</w:t></w:r></w:p>"#;
        let document = format!(
            r#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Nhiệm vụ:</w:t></w:r></w:p>{}{}{}{styled}<w:p><w:pPr><w:pStyle w:val="Muc"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Hết.</w:t></w:r></w:p></w:body></w:document>"#,
            item(0, "Khoa Dược rà soát thuốc."),
            item(1, "báo cáo trước ngày 10."),
            item(0, "Phòng Tổ chức tổng hợp."),
        );
        // A style that numbers its paragraphs numbers them in the same list; numId 0 on the
        // paragraph takes that off.
        let styles = r#"<w:styles xmlns:w="x"><w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style></w:styles>"#;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, part) in [("word/document.xml", document.as_str()), ("word/numbering.xml", numbering), ("word/styles.xml", styles)] {
            zip.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
            zip.write_all(part.as_bytes()).unwrap();
        }
        let raw = zip.finish().unwrap().into_inner();
        let text = read_docx(&raw, 1 << 20).expect("reads");
        assert_eq!(text, "Nhiệm vụ:\n1. Khoa Dược rà soát thuốc.\n- báo cáo trước ngày 10.\n2. Phòng Tổ chức tổng hợp.\n3. Khoa Nhi trực.\nHết.\n");
    }

    #[test]
    fn a_zip_without_a_document_is_not_docx() {
        assert!(!is_docx(b"PK\x03\x04 not really a zip"));
        assert!(read_docx(b"PK\x03\x04 broken", 1000).is_err());
    }
}

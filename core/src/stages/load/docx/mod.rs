//! DOCX reading: the paragraphs of `word/document.xml`, one line each, so that a notice
//! attached as DOCX reads like its text dump.

pub mod write;

use crate::error::StageError;
use quick_xml::events::Event;
use std::io::{Cursor, Read};

/// Whether the bytes are a ZIP archive holding a Word document.
pub fn is_docx(raw: &[u8]) -> bool {
    raw.starts_with(b"PK\x03\x04")
        && zip::ZipArchive::new(Cursor::new(raw)).is_ok_and(|z| z.index_for_name("word/document.xml").is_some())
}

/// The document's text: one line per paragraph (empty paragraphs give blank lines),
/// tabs for `w:tab`, a new line for `w:br`; one line per table row, its cells apart at tabs.
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
    paragraphs(&xml).map_err(|e| bad(&e))
}

/// Walks the WordprocessingML body and collects the text of `w:t` runs by paragraph. A
/// table row is one line, its cells apart at tabs (as the HTML loader writes a `<table>`),
/// the paragraphs of a cell and any table nested in one apart at spaces.
fn paragraphs(xml: &[u8]) -> Result<String, quick_xml::Error> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut out = String::new();
    let mut in_text = false;
    // `w:tab` inside `w:tabs` is a tab stop of the paragraph style, not a tab character.
    let mut in_tab_stops = false;
    // Table cells open around the text: inside one, a paragraph's end is a space.
    let mut cells = 0usize;
    loop {
        match reader.read_event()? {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => in_text = true,
                "tabs" => in_tab_stops = true,
                "tab" if !in_tab_stops => out.push(if cells > 0 { ' ' } else { '\t' }),
                "br" | "cr" => line_end(&mut out, cells),
                "tc" => cells += 1,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" if !in_tab_stops => out.push(if cells > 0 { ' ' } else { '\t' }),
                "br" | "cr" | "p" => line_end(&mut out, cells),
                "tc" if cells == 0 => out.push('\t'),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "tabs" => in_tab_stops = false,
                "p" => line_end(&mut out, cells),
                "tc" => {
                    cells = cells.saturating_sub(1);
                    trim_spaces(&mut out);
                    out.push(if cells == 0 { '\t' } else { ' ' });
                }
                "tr" if cells == 0 => {
                    if out.ends_with('\t') {
                        out.pop();
                    }
                    out.push('\n');
                }
                _ => {}
            },
            Event::Text(t) if in_text => out.push_str(&t.xml10_content()),
            Event::CData(t) if in_text => out.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                if let Some(c) = r.resolve_char_ref()? {
                    out.push(c);
                } else {
                    out.push_str(predefined_entity(&r));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The end of a paragraph or a line break: a new line, or a space inside a table cell.
fn line_end(out: &mut String, cells: usize) {
    if cells == 0 {
        out.push('\n');
    } else if !out.ends_with([' ', '\t']) {
        out.push(' ');
    }
}

fn trim_spaces(out: &mut String) {
    out.truncate(out.trim_end_matches(' ').len());
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
        let text = paragraphs(xml.as_bytes()).expect("parses");
        assert_eq!(text, "Trạm y tế xã Hòa Lợi & \n\nSố:\t15/BC\ndòng hai ế\n\n");
    }

    #[test]
    fn a_table_row_is_a_line_of_cells_apart_at_tabs() {
        let cell = |text: &str| format!("<w:tc><w:tcPr/><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>");
        let row = |cells: &[&str]| format!("<w:tr>{}</w:tr>", cells.iter().map(|c| cell(c)).collect::<String>());
        let two_paragraphs = "<w:tc><w:p><w:r><w:t>Số ca</w:t></w:r></w:p><w:p><w:r><w:t>mắc</w:t></w:r></w:p></w:tc>";
        let nested = format!("<w:tc><w:tbl>{}</w:tbl></w:tc>", row(&["a", "b"]));
        let xml = format!(
            r#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Kết quả:</w:t></w:r></w:p><w:tbl>{}{}<w:tr>{two_paragraphs}{nested}<w:tc/></w:tr></w:tbl><w:p><w:r><w:t>Hết.</w:t></w:r></w:p></w:body></w:document>"#,
            row(&["Chỉ tiêu", "ĐVT", "Năm 2025"]),
            row(&["Số lượt khám", "lượt", "1.240"]),
        );
        let text = paragraphs(xml.as_bytes()).expect("parses");
        assert_eq!(text, "Kết quả:\nChỉ tiêu\tĐVT\tNăm 2025\nSố lượt khám\tlượt\t1.240\nSố ca mắc\ta b\t\nHết.\n");
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
    fn a_zip_without_a_document_is_not_docx() {
        assert!(!is_docx(b"PK\x03\x04 not really a zip"));
        assert!(read_docx(b"PK\x03\x04 broken", 1000).is_err());
    }
}

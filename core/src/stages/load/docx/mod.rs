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
/// tabs for `w:tab`, a new line for `w:br`.
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

/// Walks the WordprocessingML body and collects the text of `w:t` runs by paragraph.
fn paragraphs(xml: &[u8]) -> Result<String, quick_xml::Error> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut out = String::new();
    let mut in_text = false;
    // `w:tab` inside `w:tabs` is a tab stop of the paragraph style, not a tab character.
    let mut in_tab_stops = false;
    loop {
        match reader.read_event()? {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => in_text = true,
                "tabs" => in_tab_stops = true,
                "tab" if !in_tab_stops => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" if !in_tab_stops => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                "p" => out.push('\n'),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "tabs" => in_tab_stops = false,
                "p" => out.push('\n'),
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

//! Writing a DOCX whose paragraphs are given as lines, marked up as Word marks them up
//! (paragraph properties, each paragraph in several runs with their own run properties):
//! for generated corpora (`vanban synth --format docx`) and tests. The zip crate does the
//! packing.

use crate::stages::sinks::report::html::escape_into;
use std::fmt::Write as _;
use std::io::{Cursor, Write as _};
use zip::write::SimpleFileOptions;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
const RELATIONSHIPS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;
const RUN_PROPERTIES: &str = r#"<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr>"#;
/// Words a run holds: Word starts a new run wherever editing history or formatting
/// changes, so a paragraph typed over several sittings is many runs.
const WORDS_PER_RUN: usize = 4;

/// A part of a document's body: a paragraph, or a table of rows of cells, each cell its
/// paragraphs.
pub enum Part<'a> {
    Paragraph(&'a str),
    Table(Vec<Vec<Vec<&'a str>>>),
}

/// A DOCX holding one paragraph per line, deflated as Word packs it.
pub fn write_docx(lines: &[&str]) -> Vec<u8> {
    let parts: Vec<Part> = lines.iter().map(|l| Part::Paragraph(l)).collect();
    write_docx_parts(&parts)
}

/// A DOCX holding `parts`: paragraphs and tables.
pub fn write_docx_parts(parts: &[Part]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let files = [("[Content_Types].xml", CONTENT_TYPES.to_string()), ("_rels/.rels", RELATIONSHIPS.to_string()), ("word/document.xml", document_xml(parts))];
    for (name, xml) in files {
        // Writing into memory fails only if the zip crate itself does.
        zip.start_file(name, options).expect("a new zip entry in memory");
        zip.write_all(xml.as_bytes()).expect("writing into memory");
    }
    zip.finish().expect("finishing a zip in memory").into_inner()
}

fn document_xml(parts: &[Part]) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#,
    );
    for part in parts {
        match part {
            Part::Paragraph(line) => paragraph(&mut xml, line),
            Part::Table(rows) => table(&mut xml, rows),
        }
    }
    xml.push_str(r#"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#);
    xml
}

fn table(xml: &mut String, rows: &[Vec<Vec<&str>>]) {
    xml.push_str(r#"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>"#);
    for row in rows {
        xml.push_str("<w:tr>");
        for cell in row {
            xml.push_str(r#"<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr>"#);
            for line in cell {
                paragraph(xml, line);
            }
            // Word writes an empty paragraph into a cell left empty.
            if cell.is_empty() {
                xml.push_str("<w:p/>");
            }
            xml.push_str("</w:tc>");
        }
        xml.push_str("</w:tr>");
    }
    xml.push_str("</w:tbl>");
}

fn paragraph(xml: &mut String, line: &str) {
    xml.push_str(r#"<w:p w:rsidR="00D4E5F6" w:rsidRDefault="00D4E5F6"><w:pPr><w:spacing w:before="120" w:after="120" w:line="312" w:lineRule="auto"/><w:ind w:firstLine="720"/><w:jc w:val="both"/></w:pPr>"#);
    let words: Vec<&str> = line.split(' ').collect();
    for (i, run) in words.chunks(WORDS_PER_RUN).enumerate() {
        let last = (i + 1) * WORDS_PER_RUN >= words.len();
        let _ = write!(xml, r#"<w:r w:rsidRPr="00A1B2C3">{RUN_PROPERTIES}<w:t xml:space="preserve">"#);
        // The report's escaping: its entities (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`) are XML's too.
        escape_into(xml, &run.join(" "));
        if !last {
            xml.push(' ');
        }
        xml.push_str("</w:t></w:r>");
    }
    xml.push_str("</w:p>");
}

#[cfg(test)]
mod tests {
    use super::super::read_docx;
    use super::*;

    #[test]
    fn what_is_written_reads_back_line_for_line() {
        let lines = ["Báo cáo số 12/BC-TTYT", "Số ca mắc sốt xuất huyết là 25 ca, tăng 5 ca so với cùng kỳ <năm trước> & hơn, \"quý I\" 'đợt 2'", ""];
        let text = read_docx(&write_docx(&lines), 1 << 20).expect("readable");
        assert_eq!(text, "Báo cáo số 12/BC-TTYT\nSố ca mắc sốt xuất huyết là 25 ca, tăng 5 ca so với cùng kỳ <năm trước> & hơn, \"quý I\" 'đợt 2'\n\n");
    }
}

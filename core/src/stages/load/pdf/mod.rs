//! PDF reading: the text layer, page by page, one line per text line. lopdf parses the
//! file, its fonts and its content streams; `layout` places the text. A PDF without a text
//! layer (a scan) is an error, and a panic inside the PDF library fails only this document.

mod fonts;
mod layout;
pub mod write;

use crate::error::StageError;

/// The text of every page, pages separated by a line break.
pub fn read_pdf(raw: &[u8], max_bytes: u64) -> Result<String, StageError> {
    let limit = usize::try_from(max_bytes).unwrap_or(usize::MAX);
    let result = std::panic::catch_unwind(|| extract(raw, limit));
    let text = match result {
        Ok(r) => r?,
        Err(_) => return Err(StageError::input("not a readable PDF file: the PDF reader failed on it")),
    };
    if text.chars().all(|c| c.is_whitespace() || c.is_control()) {
        return Err(StageError::input("scanned PDF without a text layer"));
    }
    Ok(text)
}

fn extract(raw: &[u8], limit: usize) -> Result<String, StageError> {
    let bad = |e: lopdf::Error| StageError::input(format!("not a readable PDF file: {e}"));
    let doc = lopdf::Document::load_mem(raw).map_err(bad)?;
    let mut fonts = fonts::Fonts::new(&doc, limit);
    let mut out = String::new();
    for page in doc.get_pages().into_values() {
        // A page whose content cannot be read is skipped; the others still count.
        let Ok(content) = doc.get_page_content_with_limit(page, limit) else { continue };
        layout::write_page(&content, &fonts.of_page(page), &mut out);
        if out.len() > limit {
            return Err(StageError::input(format!(
                "the PDF text is over the limit of {limit} bytes (max_document_bytes)"
            )));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::write::{hex, write_pdf};
    use super::*;

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let err = read_pdf(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF", 1 << 20)
            .expect_err("no pages");
        assert!(err.message.contains("PDF"), "{}", err.message);
    }

    /// The text of a PDF whose pages have these content streams; `{word}` is shown as `hex(word)`.
    fn text_of(pages: &[&str]) -> String {
        let pages: Vec<String> = pages.iter().map(|p| spell(p)).collect();
        read_pdf(&write_pdf(&pages), 1 << 20).expect("readable")
    }

    fn spell(content: &str) -> String {
        let mut out = String::new();
        let mut rest = content;
        while let Some(open) = rest.find('{') {
            let close = open + rest[open..].find('}').expect("closed");
            out.push_str(&rest[..open]);
            out.push_str(&hex(&rest[open + 1..close]));
            rest = &rest[close + 1..];
        }
        out + rest
    }

    /// Content streams and the text read from them; `{word}` is shown as `hex(word)`, every
    /// glyph half an em wide.
    const LAYOUTS: &[(&str, &[&str], &str)] = &[
        (
            "lines moved to inside one text object are lines",
            &["BT /F1 10 Tf 50 700 Td {Hội nghị sơ kết} Tj 0 -14 Td {tại huyện} Tj 14 TL T* [{Đông}] TJ ET"],
            "Hội nghị sơ kết\ntại huyện\nĐông\n",
        ),
        (
            // "Ông " ends 20 units after 50 at size 10.
            "runs in separate text objects on one line are one line",
            &["BT /F1 10 Tf 1 0 0 1 50 700 Tm {Ông } Tj ET BT /F1 10 Tf 1 0 0 1 70 700 Tm {Trần Bình} Tj ET \
               BT /F1 10 Tf 1 0 0 1 115 700 Tm {, Giám đốc} Tj ET BT /F1 10 Tf 1 0 0 1 50 686 Tm {phát biểu} Tj ET"],
            "Ông Trần Bình, Giám đốc\nphát biểu\n",
        ),
        (
            // "Hà" ends 10 units after 50; "Nội" starts 3 units (0.3 em) further.
            "words placed apart on a line get a space and kerning does not",
            &["BT /F1 10 Tf 50 700 Td {Hà} Tj 13 0 Td {Nội} Tj 0 -14 Td [{Ng} 20 {ày} -300 {mai}] TJ ET"],
            "Hà Nội\nNgày mai\n",
        ),
        (
            "a raised mark stays on its line",
            &["BT /F1 10 Tf 50 700 Td {100 m} Tj 20 3 Td {2} Tj 5 -3 Td { tại xã} Tj ET"],
            "100 m2 tại xã\n",
        ),
        (
            // Browsers print with the y axis pointing down and every run placed by Tm.
            "a flipped page still breaks lines",
            &["1 0 0 -1 0 842 cm BT /F1 10 Tf 1 0 0 -1 50 100 Tm {Kết luận} Tj ET q BT /F1 10 Tf 1 0 0 -1 50 114 Tm {của Hội đồng} Tj ET Q"],
            "Kết luận\ncủa Hội đồng\n",
        ),
        (
            // A landscape table turned by the content matrix: its lines run up the page.
            "a turned page reads along its lines",
            &["q 0 1 -1 0 595 0 cm BT /F1 10 Tf 50 500 Td {Tổng số} Tj 38 0 Td {ca} Tj 0 -14 Td {Tỷ lệ} Tj ET Q"],
            "Tổng số ca\nTỷ lệ\n",
        ),
        (
            "pages follow one another on new lines",
            &["BT /F1 10 Tf 50 700 Td {Trang một} Tj ET", "BT /F1 10 Tf 50 700 Td {Trang hai} Tj ET"],
            "Trang một\nTrang hai\n",
        ),
        (
            "text in an unknown font is skipped and the rest kept",
            &["BT /F9 10 Tf 50 700 Td {mất} Tj /F1 10 Tf 0 -14 Td {còn} Tj ET"],
            "còn\n",
        ),
    ];

    #[test]
    fn layouts() {
        for (name, pages, expected) in LAYOUTS {
            assert_eq!(text_of(pages), *expected, "{name}");
        }
    }

    #[test]
    fn without_widths_lines_still_break_and_no_space_is_guessed() {
        use lopdf::{dictionary, Document, Object, Stream};
        let mut doc = Document::with_version("1.4");
        let font = doc.add_object(dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding" });
        let content = "BT /F1 10 Tf 50 700 Td (Bao) Tj 30 0 Td (cao) Tj 0 -14 Td (Hai) Tj ET";
        let contents = doc.add_object(Stream::new(dictionary! {}, content.as_bytes().to_vec()));
        let pages = doc.new_object_id();
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages, "Contents" => contents,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        });
        doc.objects.insert(pages, dictionary! { "Type" => "Pages", "Kids" => vec![Object::from(page)], "Count" => 1 }.into());
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
        doc.trailer.set("Root", catalog);
        let mut raw = Vec::new();
        doc.save_to(&mut raw).unwrap();
        assert_eq!(read_pdf(&raw, 1 << 20).unwrap(), "Baocao\nHai\n");
    }
}

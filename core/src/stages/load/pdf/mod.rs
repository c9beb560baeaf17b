//! PDF reading: the text layer, page by page, one line per text line. lopdf parses the
//! file, its fonts and its content streams; `layout` places the text. A PDF without a text
//! layer (a scan) is an error, and a panic inside the PDF library fails only this document.

mod fonts;
mod layout;
pub mod write;

use crate::error::StageError;

/// A PDF's text and what the record should know about how it was read.
#[derive(Debug)]
pub struct PdfText {
    /// The text of every page, pages separated by a line break.
    pub text: String,
    /// Pages whose content could not be read, or not to its end.
    pub warnings: Vec<String>,
}

/// Reads the text layer. A file with no text is an error saying whether its pages are
/// damaged or simply hold no text (a scan).
pub fn read_pdf(raw: &[u8], max_bytes: u64) -> Result<PdfText, StageError> {
    let limit = usize::try_from(max_bytes).unwrap_or(usize::MAX);
    let result = std::panic::catch_unwind(|| extract(raw, limit));
    let read = match result {
        Ok(r) => r?,
        Err(_) => return Err(StageError::input("not a readable PDF file: the PDF reader failed on it")),
    };
    let mut faults = Vec::new();
    if read.damaged > 0 {
        faults.push(format!("the content of {} of {} pages could not be read", read.damaged, read.pages));
    }
    if read.unreadable > 0 {
        let strings = if read.unreadable == 1 { "1 string is".to_string() } else { format!("{} strings are", read.unreadable) };
        faults.push(format!("{strings} in fonts that could not be read"));
    }
    if is_blank(&read.text) {
        return Err(StageError::input(why_no_text(&read, &faults)));
    }
    let warnings = faults.into_iter().map(|f| format!("PDF: {f}; the text holds what was read")).collect();
    Ok(PdfText { text: read.text, warnings })
}

/// Why a PDF gave no text: a damaged file is not taken for a scan.
fn why_no_text(read: &Read, faults: &[String]) -> String {
    if read.pages == 0 {
        "not a readable PDF file: no pages found (a damaged page tree)".to_string()
    } else if read.empty == read.pages {
        // Even a scanned page draws its image: a page with no content is a damaged one.
        "not a readable PDF file: no page has any content (a damaged page tree)".to_string()
    } else if !faults.is_empty() {
        format!("not a readable PDF file: {} (damaged or unsupported)", faults.join("; "))
    } else if read.shown > 0 {
        "not a readable PDF file: its text decodes to nothing (fonts or their ToUnicode maps damaged or unsupported)".to_string()
    } else {
        "scanned PDF without a text layer".to_string()
    }
}

/// What reading the pages gave.
struct Read {
    text: String,
    pages: usize,
    /// Pages whose content could not be read, or not to its end.
    damaged: usize,
    /// Strings shown in fonts that could not be read, and in fonts that could.
    unreadable: usize,
    shown: usize,
    /// Pages with no content stream.
    empty: usize,
}

fn extract(raw: &[u8], limit: usize) -> Result<Read, StageError> {
    let bad = |e: lopdf::Error| StageError::input(format!("not a readable PDF file: {e}"));
    let doc = lopdf::Document::load_mem(raw).map_err(bad)?;
    let mut fonts = fonts::Fonts::new(&doc, limit);
    let pages = doc.get_pages();
    let mut read = Read { text: String::new(), pages: pages.len(), damaged: 0, unreadable: 0, shown: 0, empty: 0 };
    for page in pages.into_values() {
        let content = page_content(&doc, page, limit)?;
        read.empty += usize::from(content.streams == 0);
        let page = layout::write_page(&content.bytes, &fonts.of_page(page), &mut read.text);
        read.damaged += usize::from(!(content.whole && page.whole));
        read.unreadable += page.unreadable;
        read.shown += page.shown;
        if read.text.len() > limit {
            return Err(StageError::input(format!(
                "the PDF text is over the limit of {limit} bytes (max_document_bytes)"
            )));
        }
    }
    if read.damaged == 0 && is_blank(&read.text) {
        read.damaged = pages_cut_short(&doc, limit);
    }
    Ok(read)
}

/// Pages whose content does not parse to its end. lopdf's reading stops quietly at the
/// first operator it cannot parse, so only a file that gave no text at all is parsed again,
/// strictly, to tell a damaged file from a scan.
fn pages_cut_short(doc: &lopdf::Document, limit: usize) -> usize {
    let parses = |page| page_content(doc, page, limit).is_ok_and(|c| lopdf::content::Content::decode_strict(&c.bytes).is_ok());
    doc.get_pages().into_values().filter(|&page| !parses(page)).count()
}

/// A page's content streams inflated and joined.
struct PageContent {
    bytes: Vec<u8>,
    /// How many streams the page names.
    streams: usize,
    /// Every one of them found and inflated.
    whole: bool,
}

fn page_content(doc: &lopdf::Document, page: lopdf::ObjectId, limit: usize) -> Result<PageContent, StageError> {
    let ids = doc.get_page_contents(page);
    let mut content = PageContent { bytes: Vec::new(), streams: ids.len(), whole: true };
    for id in ids {
        let Ok(stream) = doc.get_object(id).and_then(lopdf::Object::as_stream) else {
            content.whole = false;
            continue;
        };
        match stream.decompressed_content_with_limit(limit.saturating_sub(content.bytes.len())) {
            // lopdf logs a stream that does not inflate and hands back what it got: nothing
            // from bytes that were something is the sign, unless they were nothing deflated.
            Ok(data) if data.is_empty() && !stream.content.is_empty() && !inflates_to_nothing(stream) => content.whole = false,
            Ok(data) => content.bytes.extend_from_slice(&data),
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
                return Err(StageError::input(format!(
                    "the PDF's page content is over the limit of {limit} bytes (max_document_bytes)"
                )));
            }
            Err(_) => content.whole = false,
        }
        content.bytes.push(b'\n');
    }
    Ok(content)
}

/// Whether a stream that gave nothing is a deflated empty stream (an empty page written by
/// a word processor) rather than one that failed to inflate.
fn inflates_to_nothing(stream: &lopdf::Stream) -> bool {
    use std::io::Read;
    let deflated = stream.filters().is_ok_and(|f| f == [b"FlateDecode".as_slice()]);
    deflated && flate2::read::ZlibDecoder::new(stream.content.as_slice()).read(&mut [0u8; 1]).is_ok_and(|n| n == 0)
}

fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || c.is_control())
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
        read_pdf(&write_pdf(&pages), 1 << 20).expect("readable").text
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
            // "Tổng" ends 20 units after 50; "ĐVT" starts 60 units (6 ems) further, "lượt" 3 ems.
            "text far ahead on its line is in another column",
            &["BT /F1 10 Tf 50 700 Td {Tổng } Tj 80 0 Td {ĐVT} Tj 45 0 Td {lượt} Tj ET"],
            "Tổng\tĐVT\tlượt\n",
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
            "a line further below than the usual spacing or two ems opens a paragraph, an empty string shows no line",
            &["BT /F1 10 Tf 50 740 Td {Đầu} Tj 0 -22 Td {Tựa} Tj 0 -22 Td {Một} Tj 0 -14 Td {hai} Tj 0 -24 Td {Ba} Tj 0 -15 Td {bốn} Tj 0 -14 Td <> Tj 0 -14 Td {Năm} Tj ET"],
            "Đầu\n\nTựa\n\nMột\nhai\n\nBa\nbốn\n\nNăm\n",
        ),
        (
            // Marks 0.7 em apart are lines, but not the page's spacing.
            "lines closer than an em do not set the usual spacing",
            &["BT /F1 10 Tf 50 700 Td {Một} Tj 0 -7 Td {x} Tj 0 -7 Td {hai} Tj 0 -14 Td {ba} Tj ET"],
            "Một\nx\nhai\nba\n",
        ),
        (
            // Table cells: the second starts back at the top of the row.
            "a line back up the page stands apart",
            &["BT /F1 10 Tf 50 700 Td {Ô một} Tj 0 -14 Td {dòng hai} Tj 150 14 Td {Ô hai} Tj ET"],
            "Ô một\ndòng hai\n\nÔ hai\n",
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
    fn damaged_pages_are_counted_not_taken_for_a_scan() {
        let pages = [spell("BT /F1 10 Tf 50 700 Td {Trang một} Tj ET"), spell("BT /F1 10 Tf 50 700 Td {Trang hai} Tj ET")];
        // The second page's compressed content replaced by bytes that do not inflate.
        let mut doc = lopdf::Document::load_mem(&write_pdf(&pages)).unwrap();
        let second = doc.get_pages()[&2];
        let contents = doc.get_dictionary(second).unwrap().get(b"Contents").unwrap().as_reference().unwrap();
        let stream = doc.get_object_mut(contents).unwrap().as_stream_mut().unwrap();
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(b"not deflated".to_vec());
        let mut raw = Vec::new();
        doc.save_to(&mut raw).unwrap();
        let read = read_pdf(&raw, 1 << 20).expect("one page read");
        assert_eq!(read.text, "Trang một\n");
        assert_eq!(read.warnings, ["PDF: the content of 1 of 2 pages could not be read; the text holds what was read"]);
        // A text object never closed: the content was cut short.
        let cut = read_pdf(&write_pdf(&["BT /F1 10 Tf 50 700 Td".to_string()]), 1 << 20).expect_err("cut before any text");
        assert!(cut.message.contains("could not be read"), "{}", cut.message);
        // An unterminated string: the only page stops parsing before any text.
        let none = read_pdf(&write_pdf(&["BT /F1 10 Tf 50 700 Td (không đóng Tj ET".to_string()]), 1 << 20).expect_err("nothing read");
        assert_eq!(none.message, "not a readable PDF file: the content of 1 of 1 pages could not be read (damaged or unsupported)");
        let fontless = read_pdf(&write_pdf(&[spell("BT /F7 10 Tf 50 700 Td {chữ} Tj ET")]), 1 << 20).expect_err("no font");
        assert_eq!(fontless.message, "not a readable PDF file: 1 string is in fonts that could not be read (damaged or unsupported)");
        let mut doc = lopdf::Document::load_mem(&write_pdf(&pages)).unwrap();
        for page in doc.get_pages().into_values() {
            doc.get_object_mut(page).unwrap().as_dict_mut().unwrap().remove(b"Contents");
        }
        let mut raw = Vec::new();
        doc.save_to(&mut raw).unwrap();
        assert_eq!(read_pdf(&raw, 1 << 20).unwrap_err().message, "not a readable PDF file: no page has any content (a damaged page tree)");
        let nothing = read_pdf(&write_pdf(&["BT /F1 10 Tf 50 700 Td <> Tj ET".to_string()]), 1 << 20).expect_err("empty strings");
        assert!(nothing.message.contains("its text decodes to nothing"), "{}", nothing.message);
        let pageless = read_pdf(&write_pdf(&[]), 1 << 20).expect_err("no pages");
        assert_eq!(pageless.message, "not a readable PDF file: no pages found (a damaged page tree)");
        let scan = read_pdf(&write_pdf(&["q 100 0 0 100 0 0 cm Q".to_string()]), 1 << 20).expect_err("no text");
        assert_eq!(scan.message, "scanned PDF without a text layer");
    }

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
        assert_eq!(read_pdf(&raw, 1 << 20).unwrap().text, "Baocao\nHai\n");
    }
}

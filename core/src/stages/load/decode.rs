//! Format and encoding detection: bytes in, a [`Page`] out.
//!
//! Order: gzip is unpacked first (then the inner name decides), PDF, DOCX and Word 97-2003
//! by their magic bytes or extension, other binary formats are refused, and everything else is
//! text whose encoding [`super::encoding`] finds; HTML is told by extension or by its
//! first tags.

use super::word97::{self, Compound, OLE_MAGIC};
use super::{docx, encoding, pdf, Decoded};
use crate::error::StageError;
use std::borrow::Cow;
use std::io::Read;
use vanban_plugin_sdk::text::{contains_ascii_lower, starts_with_lower};
use vanban_plugin_sdk::{Format, Page};

/// How many gzip layers are unpacked before giving up.
const MAX_GZIP_DEPTH: usize = 2;

/// Decodes one document; `max_bytes` bounds what decompression may produce.
pub fn decode(raw: &[u8], path: &str, max_bytes: u64) -> Result<Decoded, StageError> {
    decode_layer(raw, path, max_bytes, 0)
}

fn decode_layer(raw: &[u8], path: &str, max_bytes: u64, depth: usize) -> Result<Decoded, StageError> {
    check_not_blank(raw)?;
    if raw.starts_with(b"\x1F\x8B") {
        return decode_gzip(raw, path, max_bytes, depth);
    }
    let ext = extension(path);
    if is_pdf(raw) {
        let read = pdf::read_pdf(raw, max_bytes)?;
        let mut decoded = from_lines(path, &read.text, Format::Pdf, "pdf");
        decoded.warnings.extend(read.warnings);
        return Ok(decoded);
    }
    if ext == "pdf" {
        return Err(StageError::input("not a readable PDF file: no %PDF header"));
    }
    if docx::is_docx(raw) {
        let text = docx::read_docx(raw, max_bytes)?;
        return Ok(from_word_text(path, text, Format::Docx, "utf-8"));
    }
    if ext == "docx" {
        return Err(StageError::input("not a readable DOCX file: no word/document.xml in a ZIP archive"));
    }
    match word97::probe(raw) {
        Some(Compound::Word) => {
            let (text, encoding) = word97::read_word97(raw, max_bytes)?;
            return Ok(from_word_text(path, text, Format::Doc, encoding));
        }
        Some(Compound::Damaged(why)) => {
            return Err(StageError::input(format!("not a readable Office 97-2003 (OLE) file: {why}")));
        }
        Some(Compound::Other) | None => {}
    }
    if let Some(kind) = binary_kind(raw) {
        return Err(StageError::input(format!("not a text document: {kind}")));
    }
    decode_text(raw, path, &ext)
}

fn check_not_blank(raw: &[u8]) -> Result<(), StageError> {
    if raw.is_empty() {
        return Err(StageError::input("the file is empty"));
    }
    if raw.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(StageError::input("the file holds only whitespace"));
    }
    Ok(())
}

fn decode_gzip(raw: &[u8], path: &str, max_bytes: u64, depth: usize) -> Result<Decoded, StageError> {
    if depth >= MAX_GZIP_DEPTH {
        return Err(StageError::input("not a text document: gzip inside gzip inside gzip"));
    }
    let mut inner = Vec::new();
    flate2::read::MultiGzDecoder::new(raw)
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut inner)
        .map_err(|e| StageError::input(format!("not a readable gzip file: {e}")))?;
    if inner.len() as u64 > max_bytes {
        return Err(StageError::input(format!(
            "the file decompresses to over the limit of {max_bytes} bytes (max_document_bytes)"
        )));
    }
    let inner_path = strip_suffix_ignore_case(path, ".gz").unwrap_or(path);
    let mut decoded = decode_layer(&inner, inner_path, max_bytes, depth + 1)?;
    decoded.page.path = path.to_string();
    decoded.notes.insert(0, format!("gzip: {} bytes unpacked to {}", raw.len(), inner.len()));
    Ok(decoded)
}

fn strip_suffix_ignore_case<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(suffix.len())?;
    (s.is_char_boundary(cut) && s[cut..].eq_ignore_ascii_case(suffix)).then(|| &s[..cut])
}

/// The lower-case extension of the file name, before any query: a crawler saves the page of
/// ".../index.php?id=5" under that name, whose ending is "php".
pub(super) fn extension(path: &str) -> String {
    let name = path.rsplit(['/', std::path::MAIN_SEPARATOR]).next().unwrap_or(path);
    let name = name.split('?').next().unwrap_or(name);
    std::path::Path::new(name).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase()
}

fn is_pdf(raw: &[u8]) -> bool {
    // The header may follow a few bytes of junk (some servers prepend a line).
    raw[..raw.len().min(64)].windows(5).any(|w| w == b"%PDF-")
}

/// Binary formats that turn up in crawls, by their magic bytes.
fn binary_kind(raw: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1A\n", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"PK\x03\x04", "a ZIP archive that is not a Word document"),
        (b"PK\x05\x06", "an empty ZIP archive"),
        (OLE_MAGIC, "an old Office (OLE) file that is no Word document (Excel or PowerPoint 97-2003?), not supported"),
        (b"\x7FELF", "an executable"),
        (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
        (b"Rar!\x1A\x07", "a RAR archive"),
        (b"%!PS", "a PostScript file"),
        // Word saves RTF under ".doc" too; its control words would read as text.
        (b"{\\rtf", "an RTF document, not supported"),
    ];
    if raw.len() >= 12 && &raw[..4] == b"RIFF" && &raw[8..12] == b"WEBP" {
        return Some("a WebP image");
    }
    MAGIC.iter().find(|(magic, _)| raw.starts_with(magic)).map(|(_, kind)| *kind)
}

fn decode_text(raw: &[u8], path: &str, ext: &str) -> Result<Decoded, StageError> {
    let found = encoding::decode_text(raw)?;
    if found.text.chars().all(|c| c.is_whitespace() || c.is_control() || c == '\u{FEFF}') {
        return Err(StageError::input("the file holds only whitespace"));
    }
    let is_html = named_html(ext) || looks_like_html(&found.text);
    let mut decoded = if is_html {
        let (page, stopped) = super::html::read(&found.text, path);
        Decoded { page, encoding: found.encoding, warnings: stopped.into_iter().collect(), ..Decoded::default() }
    } else {
        from_lines(path, &found.text, Format::Text, &found.encoding)
    };
    if is_html && !named_html(ext) {
        decoded.notes.push("read as HTML: its first tags are HTML".to_string());
    }
    decoded.warnings.extend(found.warnings);
    let mut notes = found.notes;
    notes.append(&mut decoded.notes);
    decoded.notes = notes;
    Ok(decoded)
}

/// Endings of web pages: HTML's own, and the server's, under which a crawler saves a page
/// of an address like ".../chi-tiet.aspx" or ".../index.php".
fn named_html(ext: &str) -> bool {
    matches!(ext, "html" | "htm" | "xhtml" | "shtml" | "aspx" | "asp" | "php" | "jsp" | "cfm")
}

/// HTML saved under another name: an HTML tag near the start (within 1,024 characters).
fn looks_like_html(text: &str) -> bool {
    let text = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    // Every tag opens with `<`, and 1,024 chars take at most 4,096 bytes: a text with no `<`
    // in those (plain text) has no tag in its head, told without counting its chars.
    if memchr::memchr(b'<', &text.as_bytes()[..text.len().min(4 * 1024)]).is_none() {
        return false;
    }
    let head = &text[..text.char_indices().nth(1024).map_or(text.len(), |(i, _)| i)];
    // The tags are ASCII, and no other character lower-cases to one of their letters, so an
    // ASCII-blind search is what lower-casing the head first would give.
    let anywhere = |tag: &str| contains_ascii_lower(head, tag.as_bytes());
    ["<!doctype html", "<html", "<body", "<head>"].iter().any(|t| anywhere(t))
        || ["<p>", "<p ", "<div"].iter().any(|t| starts_with_lower(head, t))
        || starts_with_lower(head, "<?xml") && anywhere("<html")
}

/// A word processor's text, its legacy fonts' text converted (see
/// [`encoding::repair_word_text`]).
fn from_word_text(path: &str, text: String, format: Format, stored_as: &str) -> Decoded {
    let found = encoding::repair_word_text(text, stored_as);
    let mut decoded = from_lines(path, &found.text, format, &found.encoding);
    decoded.notes = found.notes;
    decoded.warnings = found.warnings;
    decoded
}

/// A plain-text page with line breaks normalised (CRLF, CR, Unicode line separators).
fn from_lines(path: &str, text: &str, format: Format, encoding: &str) -> Decoded {
    let text = normalise_breaks(text);
    let mut page = Page::from_text(path, &text);
    page.format = format;
    Decoded { page, encoding: encoding.to_string(), ..Decoded::default() }
}

/// CRLF and lone CR become LF; so do the Unicode line and paragraph separators, and a
/// form feed (a page break in text dumps) becomes a line break too.
/// A text with none comes back borrowed (most texts: no copy).
pub fn normalise_breaks(text: &str) -> Cow<'_, str> {
    if !has_odd_break(text) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace(['\r', '\u{2028}', '\u{85}', '\x0c'], "\n").replace('\u{2029}', "\n\n"))
}

/// Whether `normalise_breaks` has anything to change: two byte searches, as most texts have
/// none. CR and form feed are bytes of their own; U+0085 (C2 85), U+2028 and U+2029 (E2 80
/// A8, E2 80 A9) are found by their lead bytes, rare in Vietnamese text, and checked.
fn has_odd_break(text: &str) -> bool {
    let bytes = text.as_bytes();
    let followed_by = |at: usize, rest: &[u8]| bytes[at + 1..].starts_with(rest);
    memchr::memchr3_iter(b'\r', b'\x0c', 0xC2, bytes).any(|at| bytes[at] != 0xC2 || followed_by(at, &[0x85]))
        || memchr::memchr_iter(0xE2, bytes).any(|at| followed_by(at, &[0x80, 0xA8]) || followed_by(at, &[0x80, 0xA9]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: u64 = 1 << 20;

    #[test]
    fn every_odd_break_is_seen() {
        for c in ['\r', '\u{85}', '\u{2028}', '\u{2029}', '\x0c'] {
            assert!(has_odd_break(&format!("Trạm “y tế”{c}xã")), "{c:?}");
        }
        assert!(!has_odd_break("Trạm “y tế” – xã…\n"));
        assert_eq!(normalise_breaks("a\r\nb\u{2029}c\u{85}d"), "a\nb\n\nc\nd");
    }
    const PARA: &str = "Trạm y tế xã Tân Phú khám sức khỏe cho 312 người cao tuổi.\r\nKết quả được báo cáo về Trung tâm Y tế huyện.\r\n";

    fn reason(raw: &[u8], path: &str) -> String {
        decode(raw, path, LIMIT).expect_err("should fail").message
    }

    #[test]
    fn empty_and_blank_files_fail() {
        assert_eq!(reason(b"", "a.txt"), "the file is empty");
        assert_eq!(reason(b" \n\t\r\n", "a.txt"), "the file holds only whitespace");
        let utf16_blank: Vec<u8> = "\u{FEFF}   \n ".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(reason(&utf16_blank, "a.txt"), "the file holds only whitespace");
    }

    #[test]
    fn images_and_random_bytes_are_not_text() {
        let mut png = b"\x89PNG\r\n\x1A\n".to_vec();
        png.extend_from_slice(&[0u8; 64]);
        assert_eq!(reason(&png, "photo.txt"), "not a text document: a PNG image");
        assert_eq!(reason(b"\xFF\xD8\xFF\xE0\x00\x10JFIF", "x.html"), "not a text document: a JPEG image");
        assert_eq!(reason(b"GIF89a\x01\x00\x01\x00", "x.txt"), "not a text document: a GIF image");
        // A fixed pseudo-random sequence (xorshift) stands in for random bytes.
        let mut x: u32 = 2463534242;
        let noise: Vec<u8> = (0..4096)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                (x >> 24) as u8
            })
            .collect();
        assert!(reason(&noise, "noise.txt").starts_with("not a text document"), "{}", reason(&noise, "noise.txt"));
    }

    #[test]
    fn a_page_saved_under_its_servers_ending_is_html_whatever_comes_first() {
        // A template's comment longer than the sniffed head hides the tags from the sniffer.
        let page = format!("<!-- {} -->\n<html><body><p>Trạm y tế xã</p></body></html>", "mẫu ".repeat(400));
        for name in ["tin/chi-tiet.aspx", "index.PHP", "bai.shtml", "tin/index.php?id=5&p=1.2"] {
            let d = decode(page.as_bytes(), name, LIMIT).expect("decodes");
            assert_eq!((d.page.format, d.page.text.as_str()), (Format::Html, "Trạm y tế xã"), "{name}");
        }
        assert_eq!(decode(page.as_bytes(), "a.txt", LIMIT).expect("decodes").page.format, Format::Text);
    }

    #[test]
    fn plain_text_lines_and_breaks() {
        let d = decode(PARA.as_bytes(), "a.txt", LIMIT).expect("decodes");
        assert_eq!(d.encoding, "utf-8");
        assert_eq!(d.page.blocks.len(), 2);
        assert!(!d.page.text.contains('\r'));
        let old_mac = decode(b"dong mot\rdong hai", "a.txt", LIMIT).expect("decodes");
        assert_eq!(old_mac.page.text, "dong mot\ndong hai");
    }

    #[test]
    fn html_is_sniffed_in_a_txt_file() {
        assert!(looks_like_html("\n  <!DOCTYPE html><html><body><p>x</p>"));
        assert!(looks_like_html("<p>Trạm y tế</p>"));
        assert!(!looks_like_html("Trạm y tế <p> không phải thẻ"));
        assert!(looks_like_html("\u{FEFF}<?XML version=\"1.0\"?>\n<HTML><BODY>x"));
        assert!(looks_like_html(&format!("{}<Html>", "ạ".repeat(1018))));
        assert!(!looks_like_html(&format!("{}<html>", "ạ".repeat(1020))));
        assert!(!looks_like_html("<dİv>x</dİv>"));
    }

    #[test]
    fn gzip_is_unpacked_and_bounded() {
        use flate2::write::GzEncoder;
        use std::io::Write;
        let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(PARA.as_bytes()).expect("in memory");
        let packed = gz.finish().expect("in memory");
        let d = decode(&packed, "tin.txt.gz", LIMIT).expect("decodes");
        assert_eq!(d.page.blocks.len(), 2);
        assert_eq!(d.page.path, "tin.txt.gz");
        let err = decode(&packed, "tin.txt.gz", 20).expect_err("over the limit");
        assert!(err.message.contains("over the limit of 20 bytes"), "{}", err.message);
        assert!(reason(b"\x1F\x8B\x08\x00broken", "x.gz").starts_with("not a readable gzip file"));
    }

    #[test]
    fn wrong_extension_for_pdf_and_docx() {
        assert!(reason(b"just text", "a.pdf").contains("no %PDF header"));
        assert!(reason(b"just text", "a.docx").contains("DOCX"));
        assert!(reason(b"PK\x03\x04 junk", "a.txt").starts_with("not a"));
    }
}

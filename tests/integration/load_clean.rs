//! Loading and cleaning: one invented paragraph in every encoding and format the loader
//! reads comes out as the same NFC text; files that are not documents fail with their
//! reason. Fixtures are written by `tests/fixtures/load/make_fixtures.py`.

use std::path::PathBuf;
use vanban_core::sdk::{Format, Page};
use vanban_core::stages::clean::{clean_page, Clean, CleanSettings};
use vanban_core::stages::load::decode::decode;
use vanban_core::stages::load::Decode;
use vanban_core::{Doc, StageError, Transform};

const LIMIT: u64 = 1 << 20;

/// The paragraph after cleaning: NFC, the sentence cut after "huyết" joined again.
const EXPECTED: &str = "Trạm Y tế xã Phước Sơn tổ chức khám sức khỏe định kỳ cho 245 người cao tuổi.\n\
Ông Lê Văn Đức, Trưởng trạm, cho biết năm nay số người được khám tăng 12% so với năm trước.\n\
Trạm cũng phối hợp với Ủy ban nhân dân xã tuyên truyền phòng chống sốt xuất huyết và tiêm chủng mở rộng cho trẻ em dưới 5 tuổi; kết quả được báo cáo về Trung tâm Y tế huyện.";

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/load").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load(name: &str, limit: u64) -> Result<(String, Page), StageError> {
    let decoded = decode(&fixture(name), name, limit)?;
    let mut page = decoded.page;
    clean_page(&mut page, &CleanSettings::default());
    Ok((decoded.encoding, page))
}

#[test]
fn every_encoding_gives_the_same_nfc_text() {
    let cases = [
        ("para.txt", "utf-8"),
        ("para-bom.txt", "utf-8"),
        ("para-crlf.txt", "utf-8"),
        ("para-nfd.txt", "utf-8"),
        ("para-utf16le.txt", "utf-16le"),
        ("para-utf16be.txt", "utf-16be"),
        ("para-utf16le-nobom.txt", "utf-16le"),
        ("para-cp1258.txt", "windows-1258"),
        ("para-tcvn3.txt", "tcvn3"),
        ("para-vni.txt", "vni"),
        ("para-vni-as-utf8.txt", "vni"),
        ("para-utf8-as-cp1252.txt", "utf-8"),
        ("para.txt.gz", "utf-8"),
    ];
    for (name, encoding) in cases {
        let (found, page) = load(name, LIMIT).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(page.text, EXPECTED, "{name}");
        assert_eq!(found, encoding, "{name}");
        assert_eq!(page.format, Format::Text, "{name}");
    }
}

#[test]
fn docx_doc_and_pdf_read_like_their_text_twin() {
    for (name, format) in [("para.docx", Format::Docx), ("para.doc", Format::Doc), ("para.pdf", Format::Pdf)] {
        let (_, page) = load(name, LIMIT).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(page.text, EXPECTED, "{name}");
        assert_eq!(page.format, format, "{name}");
        let joined: Vec<&str> = page.lines().map(|(_, _, t)| t).collect();
        assert_eq!(joined.join("\n"), page.text, "{name}: blocks match the text");
    }
}

#[test]
fn word_text_in_a_legacy_font_is_converted() {
    let (encoding, page) = load("para-tcvn3.doc", LIMIT).unwrap();
    assert_eq!(page.text, EXPECTED);
    assert_eq!(encoding, "tcvn3");
}

#[test]
fn a_word_97_table_is_a_line_a_row_with_its_empty_cell() {
    let (encoding, page) = load("table.doc", LIMIT).unwrap();
    assert_eq!(encoding, "utf-16le");
    let lines: Vec<&str> = page.text.lines().collect();
    assert_eq!(
        lines,
        ["Kết quả khám chữa bệnh quý III năm 2026:", "Chỉ tiêu\tĐVT\tQuý III", "Lượt khám bệnh\tlượt\t18.420", "Ghi chú\t\t-"]
    );
    // The last paragraph, "Trang 2", is page furniture that cleaning takes away.
    assert_eq!(page.format, Format::Doc);
}

#[test]
fn a_word_97_notices_layout_tables_give_each_line_its_own() {
    let (_, page) = load("notice.doc", LIMIT).unwrap();
    let lines: Vec<&str> = page.text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[..7],
        [
            "UBND TỈNH HÀ NGUYÊN",
            "SỞ Y TẾ",
            "Số: 915/SYT-NVY",
            "V/v tăng cường phòng chống sốt xuất huyết",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Hà Nguyên, ngày 18 tháng 11 năm 2026",
        ]
    );
    assert!(lines.contains(&"- Lưu: VT, NVY.") && lines.contains(&"KT. GIÁM ĐỐC"), "{lines:?}");
}

#[test]
fn files_that_are_not_documents_fail_with_their_reason() {
    let cases = [
        ("empty.txt", "the file is empty"),
        ("blank.txt", "the file holds only whitespace"),
        ("image.png", "not a text document: a PNG image"),
        ("scanned.pdf", "scanned PDF without a text layer"),
    ];
    for (name, reason) in cases {
        let err = load(name, LIMIT).expect_err(name);
        assert_eq!(err.message, reason, "{name}");
    }
    let err = load("para.txt.gz", 100).expect_err("decompresses past the limit");
    assert!(err.message.contains("over the limit of 100 bytes"), "{}", err.message);
}

#[test]
fn stages_record_encoding_warnings_and_trace() {
    let raw = "Kế hoạch Kế hoạch tiêm chủng tại trạm y\u{200B} tế xã được duy trì.\r\n".as_bytes().to_vec();
    let mut doc = Doc::new(0, "tin.txt", raw);
    Decode { max_document_bytes: LIMIT }.apply(&mut doc).expect("decodes");
    Clean { settings: CleanSettings::default() }.apply(&mut doc).expect("cleans");
    assert_eq!(doc.record.source.encoding.as_deref(), Some("utf-8"));
    assert_eq!(doc.page.text, "Kế hoạch Kế hoạch tiêm chủng tại trạm y tế xã được duy trì.");
    assert!(doc.record.warnings.iter().any(|w| w.contains("Kế hoạch Kế hoạch")), "{:?}", doc.record.warnings);
    let notes: Vec<&str> = doc.trace.iter().filter(|t| t.stage == "clean").map(|t| t.note.as_str()).collect();
    assert!(notes.iter().any(|n| n.contains("1 control, NUL or invisible characters removed")), "{notes:?}");
}

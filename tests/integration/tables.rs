//! Documents laid out in columns: a report printed to PDF with its header in two columns,
//! its figures in a table and its signing block beside its recipients, and the same report
//! as Word writes it (its header and signing block in layout tables), read to their
//! number, place and date, the table's figures (one a row) and the signer. Names, places
//! and figures are invented.

use crate::support::{read_jsonl, temp_dir, vanban};
use vanban_core::stages::load::docx::write::{write_docx_parts, Part};
use vanban_core::stages::load::pdf::write::{hex, write_pdf};

/// One line of a page: each cell's text at its x, in points, on the line at `y`.
fn line(y: f64, cells: &[(f64, &str)]) -> String {
    cells.iter().map(|(x, text)| format!("BT /F1 12 Tf 1 0 0 1 {x} {y} Tm {} Tj ET\n", hex(text))).collect()
}

/// A report as Word prints it: the issuer and the motto side by side, the number beside
/// the place and date, a table whose cells start at fixed columns, and the signing block
/// beside the recipients.
fn report_pdf() -> Vec<u8> {
    let columns = [50.0, 90.0, 300.0, 360.0, 440.0, 520.0];
    let row = |y: f64, cells: [&str; 6]| line(y, &columns.iter().copied().zip(cells).collect::<Vec<_>>());
    let content = [
        line(800.0, &[(50.0, "UBND HUYỆN ĐÔNG SƠN"), (300.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]),
        line(784.0, &[(50.0, "TRUNG TÂM Y TẾ"), (300.0, "Độc lập - Tự do - Hạnh phúc")]),
        line(768.0, &[(50.0, "Số: 45/BC-TTYT"), (300.0, "Đông Sơn, ngày 8 tháng 7 năm 2025")]),
        line(736.0, &[(250.0, "BÁO CÁO")]),
        line(720.0, &[(150.0, "Kết quả công tác y tế 6 tháng đầu năm 2025")]),
        line(688.0, &[(50.0, "Trung tâm Y tế huyện báo cáo kết quả thực hiện các chỉ tiêu chính như sau:")]),
        row(664.0, ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "Tăng/giảm"]),
        row(648.0, ["1", "Số lượt khám bệnh", "lượt", "61.420", "65.118", "+6%"]),
        row(632.0, ["2", "Số ca mắc tay chân miệng", "ca", "57", "41", "-28%"]),
        line(600.0, &[(50.0, "Đề nghị các trạm y tế xã hoàn thành rà soát đối tượng tiêm chủng trước ngày 30/9/2025.")]),
        line(568.0, &[(50.0, "Nơi nhận:"), (350.0, "KT. GIÁM ĐỐC")]),
        line(552.0, &[(50.0, "- UBND huyện;"), (350.0, "PHÓ GIÁM ĐỐC")]),
        line(536.0, &[(50.0, "- Lưu: VT.")]),
        line(488.0, &[(350.0, "Trần Văn Khoa")]),
    ]
    .concat();
    write_pdf(&[content])
}

fn figures(record: &serde_json::Value) -> Vec<(String, f64, String, Option<String>)> {
    let indicators = record["indicators"].as_array().expect("indicators");
    indicators
        .iter()
        .map(|i| {
            let change = i["change"].as_object().map(|c| format!("{} {}{}", c["direction"].as_str().unwrap(), c["value"], c["unit"].as_str().unwrap_or("")));
            (i["subject"].as_str().unwrap().to_string(), i["value"].as_f64().unwrap(), i["unit"].as_str().unwrap_or("").to_string(), change)
        })
        .collect()
}

/// The same report as Word writes it: the heading and the signing block are tables of
/// two cells of several paragraphs, the figures a table of a line a cell.
fn report_docx() -> Vec<u8> {
    let header = vec![vec![
        vec!["UBND HUYỆN ĐÔNG SƠN", "TRUNG TÂM Y TẾ", "Số: 45/BC-TTYT"],
        vec!["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đông Sơn, ngày 8 tháng 7 năm 2025"],
    ]];
    let figures = vec![
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "Tăng/giảm"].map(|c| vec![c]).to_vec(),
        ["1", "Số lượt khám bệnh", "lượt", "61.420", "65.118", "+6%"].map(|c| vec![c]).to_vec(),
        ["2", "Số ca mắc tay chân miệng", "ca", "57", "41", "-28%"].map(|c| vec![c]).to_vec(),
    ];
    let signing = vec![vec![vec!["Nơi nhận:", "- UBND huyện;", "- Lưu: VT."], vec!["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Khoa"]]];
    write_docx_parts(&[
        Part::Table(header),
        Part::Paragraph("BÁO CÁO"),
        Part::Paragraph("Kết quả công tác y tế 6 tháng đầu năm 2025"),
        Part::Paragraph("Trung tâm Y tế huyện báo cáo kết quả thực hiện các chỉ tiêu chính như sau:"),
        Part::Table(figures),
        Part::Paragraph("Đề nghị các trạm y tế xã hoàn thành rà soát đối tượng tiêm chủng trước ngày 30/9/2025."),
        Part::Table(signing),
    ])
}

#[test]
fn a_pdf_report_in_columns_gives_its_date_and_its_table() {
    assert_reads_whole("tables-pdf", "bao-cao.pdf", &report_pdf());
}

#[test]
fn a_docx_report_with_layout_tables_gives_its_date_and_its_table() {
    assert_reads_whole("tables-docx", "bao-cao.docx", &report_docx());
}

/// Runs one report and checks its number, place, date, figures, task and signing block.
fn assert_reads_whole(name: &str, file: &str, bytes: &[u8]) {
    let dir = temp_dir(name);
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::write(dir.join("in").join(file), bytes).unwrap();
    let out = vanban(&["run", dir.join("in").to_str().unwrap(), "--out", dir.join("out").to_str().unwrap(), "-q"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let records = read_jsonl(&dir.join("out/documents.jsonl"));
    let r = &records[0];
    assert_eq!(r["source"]["style"], "admin-doc");
    let doc = &r["document"];
    assert_eq!((doc["number"].as_str(), doc["symbol"].as_str(), doc["place"].as_str()), (Some("45"), Some("BC-TTYT"), Some("Đông Sơn")));
    assert_eq!(doc["date"], serde_json::json!({"year": 2025, "month": 7, "day": 8}));
    assert_eq!(
        figures(r),
        [
            ("Số lượt khám bệnh".to_string(), 65118.0, "lượt".to_string(), Some("increase 6%".to_string())),
            ("Số ca mắc tay chân miệng".to_string(), 41.0, "ca".to_string(), Some("decrease 28%".to_string())),
        ]
    );
    assert_eq!(r["directives"][0]["deadline"], "2025-09-30");
    assert_eq!(doc["recipients"], serde_json::json!(["UBND huyện", "Lưu: VT"]));
    assert_eq!((doc["signing_authority"].as_str(), doc["signer_title"].as_str(), doc["signer"].as_str()), (Some("KT. GIÁM ĐỐC"), Some("PHÓ GIÁM ĐỐC"), Some("Trần Văn Khoa")));
}

//! The admin-doc plugin on documents laid out per Decree 30/2020/NĐ-CP: a notice with a
//! blank number and day and `**` markup, and a full plan with motto, KT. signing and the
//! recipients after the signature.

use vanban_plugin_admin_doc::AdminDoc;
use vanban_plugin_sdk::{Page, PartialDate, Plugin, Stripping};

fn run(name: &str, text: &str) -> (Page, Stripping) {
    let page = Page::from_text(name, text);
    let s = AdminDoc.strip(&page).expect("strip");
    assert_eq!(s.labels.len(), page.blocks.len());
    (page, s)
}


#[test]
fn notice_with_blank_number_and_day() {
    let (page, s) = run("a.txt", include_str!("docs/thong_bao_blank.txt"));
    assert!(AdminDoc.detect(&page).score >= 0.5);
    let b = s.body_lines(&page);
    assert_eq!(b.len(), 4, "{b:#?}");
    assert!(b[0].starts_with("Ngày 10/3/2021"));
    assert!(b[3].ends_with("thực hiện./."));
    assert_eq!(
        s.title.as_deref(),
        Some("Ý kiến chỉ đạo của Phó Chủ tịch UBND huyện về công tác phòng chống dịch sốt xuất huyết trên địa bàn huyện năm 2021")
    );
    let d = s.document.expect("document");
    assert_eq!(d.kind.as_deref(), Some("THÔNG BÁO"));
    assert_eq!(d.number, None);
    assert_eq!(d.symbol.as_deref(), Some("TB-UBND"));
    assert_eq!(d.place.as_deref(), Some("Hòa Bình"));
    assert_eq!(d.date, Some(PartialDate { year: Some(2021), month: Some(3), day: None }));
    assert_eq!(d.signer.as_deref(), Some("Hoàng Thị Lan"));
    assert_eq!(d.signer_title.as_deref(), Some("CHÁNH VĂN PHÒNG"));
    assert_eq!(d.signing_authority.as_deref(), Some("TL. CHỦ TỊCH"));
    assert_eq!(d.recipients, vec!["TT. Huyện ủy", "Trung tâm Y tế huyện", "UBND các xã, thị trấn", "Cổng TTĐT huyện", "Lưu: VT"]);
    assert!(s.warnings.iter().any(|w| w.contains("blank day")));
}

#[test]
fn plan_with_motto_and_signature_before_recipients() {
    let (page, s) = run("b.txt", include_str!("docs/ke_hoach_full.txt"));
    assert!(AdminDoc.detect(&page).score >= 0.5);
    let b = s.body_lines(&page);
    assert_eq!(b.len(), 3, "{b:#?}");
    assert_eq!(s.title.as_deref(), Some("Triển khai chiến dịch tiêm bổ sung vắc xin sởi năm 2023"));
    let d = s.document.expect("document");
    assert_eq!(d.kind.as_deref(), Some("KẾ HOẠCH"));
    assert_eq!(d.number.as_deref(), Some("245"));
    assert_eq!(d.symbol.as_deref(), Some("KH-SYT"));
    assert_eq!(d.place.as_deref(), Some("Minh Hải"));
    assert_eq!(d.date, Some(PartialDate { year: Some(2023), month: Some(6), day: Some(5) }));
    assert_eq!(d.signing_authority.as_deref(), Some("KT. GIÁM ĐỐC"));
    assert_eq!(d.signer_title.as_deref(), Some("PHÓ GIÁM ĐỐC"));
    assert_eq!(d.signer.as_deref(), Some("Đặng Quốc Việt"));
    assert_eq!(d.recipients, vec!["Bộ Y tế", "UBND tỉnh", "Các trung tâm y tế", "Lưu: VT, NVY"]);
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
}

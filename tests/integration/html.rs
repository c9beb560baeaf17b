//! HTML pages through the reader and the generic main-content extractor: the article kept,
//! sidebars, comments, related links, scripts and navigation removed.

use vanban_core::stages::load::html::read_html;
use vanban_plugin_generic::dom;
use vanban_plugin_sdk::{Label, Page, Stripping};

fn fixture(name: &str) -> Page {
    let path = format!("{}/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    read_html(&html, &path)
}

/// The record `vanban run` writes for the fixture page `name`, alone in a folder.
fn run_fixture(name: &str) -> serde_json::Value {
    let dir = crate::support::temp_dir(&format!("{name}-in"));
    std::fs::copy(format!("{}/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR")), dir.join(name)).expect("fixture copied");
    let out = crate::support::temp_dir(&format!("{name}-out"));
    let r = crate::support::vanban(&["run", dir.to_str().expect("utf-8"), "--out", out.to_str().expect("utf-8"), "-q"]);
    assert!(r.status.success(), "{name}: {}", String::from_utf8_lossy(&r.stderr));
    crate::support::read_jsonl(&out.join("documents.jsonl")).remove(0)
}

fn reason_of(page: &Page, s: &Stripping, needle: &str) -> Option<String> {
    let i = page.lines().position(|(_, _, t)| t.contains(needle))?;
    s.labels[i].reason().map(str::to_string)
}

#[test]
fn sidebar_longer_than_the_article_is_dropped() {
    let page = fixture("sidebar-longer.html");
    assert!(!page.text.contains("Đoạn mã"), "script text leaked");
    assert!(!page.text.contains("color: red"), "style text leaked");
    assert!(!page.text.contains("Dòng ẩn"), "hidden paragraph leaked");
    let s = dom::strip(&page);
    let body = s.body_lines(&page);
    assert_eq!(body.len(), 3, "{body:?}");
    assert!(body[0].starts_with("Sáng ngày 11/3"));
    assert!(body[2].starts_with("Trong tháng 2"));
    assert_eq!(reason_of(&page, &s, "Cổng thông tin điện tử là kênh").as_deref(), Some("sidebar"));
    assert_eq!(reason_of(&page, &s, "Trang chủ").as_deref(), Some("navigation"));
    assert_eq!(reason_of(&page, &s, "Bản quyền").as_deref(), Some("footer"));
    assert_eq!(s.title.as_deref(), Some("Trạm y tế xã Đông Hòa nhận thiết bị mới"));
    assert_eq!(s.published.as_deref(), Some("2024-03-12T09:30"));
    assert_eq!(page.meta.title.as_deref(), Some("Trạm y tế xã Đông Hòa nhận thiết bị mới - Cổng thông tin Sở Y tế"));
}

#[test]
fn comments_under_the_article_are_dropped() {
    let page = fixture("comments.html");
    let s = dom::strip(&page);
    let body = s.body_lines(&page);
    assert_eq!(body.len(), 3, "{body:?}");
    assert_eq!(reason_of(&page, &s, "nhân viên ở đó rất nhiệt tình").as_deref(), Some("comments"));
    assert_eq!(s.labels[page.lines().position(|(_, _, t)| t == "Người dân đổ xô đi tiêm phòng dại").unwrap_or(0)], Label::Title);
}

#[test]
fn related_links_inside_the_article_are_dropped() {
    let page = fixture("related-inside.html");
    let s = dom::strip(&page);
    let body = s.body_lines(&page);
    assert_eq!(body.len(), 3, "{body:?}");
    assert!(body.iter().all(|b| !b.contains("Phun hóa chất") && !b.contains("Xem thêm")));
    assert_eq!(reason_of(&page, &s, "Phun hóa chất").as_deref(), Some("related"));
}

#[test]
fn an_article_split_over_several_divs_is_kept_whole() {
    let page = fixture("split-divs.html");
    let s = dom::strip(&page);
    let body = s.body_lines(&page);
    assert_eq!(body.len(), 4, "{body:?}");
    assert!(body[3].starts_with("Dịp này"));
    assert_ne!(reason_of(&page, &s, "Trang chủ"), None);
}

#[test]
fn json_ld_gives_title_date_and_author() {
    let page = fixture("jsonld-only.html");
    assert_eq!(page.meta.json_ld.len(), 1);
    let s = dom::strip(&page);
    assert_eq!(s.title.as_deref(), Some("Bệnh viện huyện Kim Lan khai trương khoa Hồi sức"));
    assert_eq!(s.published.as_deref(), Some("2024-05-20T14:05"));
    assert_eq!(s.authors, vec!["Võ Thanh Tâm".to_string()]);
    assert_eq!(s.body_lines(&page).len(), 2);
}

#[test]
fn a_notice_posted_on_a_portal_is_read_inside_the_page() {
    // The admin-doc plugin reads the notice; the portal's menu, headline, date line and
    // footer around it are the generic plugin's to remove.
    let rec = run_fixture("notice-on-portal.html");
    assert_eq!(rec["source"]["style"], "admin-doc");
    let body = rec["body"].as_str().expect("a body");
    assert!(body.starts_with("Ngày 08/10/2026, UBND huyện Krông Tây"), "{body}");
    assert!(body.ends_with("thực hiện./."), "{body}");
    assert_eq!(rec["title"], "Thông báo kết luận của Chủ tịch UBND huyện tại hội nghị sơ kết công tác y tế 9 tháng năm 2026");
    assert_eq!((rec["published"].as_str(), rec["event_date"].as_str()), (Some("2026-10-15"), Some("2026-10-08")));
    assert_eq!(rec["document"]["signer"], "Phí Thị Lan Chi");
    let by: Vec<(&str, &str)> = rec["stripped"].as_array().expect("stripped").iter().map(|s| (s["reason"].as_str().unwrap_or(""), s["by"].as_str().unwrap_or(""))).collect();
    assert_eq!(
        by,
        [("navigation", "generic"), ("title", "generic"), ("dateline", "generic"), ("recipients", "admin-doc"), ("signature", "admin-doc"), ("footer", "generic")]
    );
}

#[test]
fn a_portals_registry_record_of_a_document_fills_its_fields() {
    // The page shows the document's record (number, date, type, signer, summary) and
    // attaches the document as a file.
    let rec = run_fixture("registry-record.html");
    assert_eq!(rec["source"]["style"], "admin-doc");
    assert_eq!(rec["title"], "Kế hoạch tiêm vắc xin bại liệt bổ sung cho trẻ dưới 5 tuổi năm 2027");
    assert_eq!(rec["published"], "2026-12-04");
    let doc = &rec["document"];
    assert_eq!((doc["type"].as_str(), doc["number"].as_str(), doc["symbol"].as_str()), (Some("KẾ HOẠCH"), Some("2207"), Some("SYT-KHTC")));
    assert_eq!(doc["signer"], "Đàm Quốc Huy");
    assert_eq!(rec["body"], "");
    assert!(rec["warnings"].as_array().expect("warnings").iter().any(|w| w.as_str().is_some_and(|w| w.starts_with("no body text"))), "{}", rec["warnings"]);
}

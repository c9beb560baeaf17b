//! Tests an author runs with `cargo test`: the plugin on pages written in its style.

use vanban_plugin_sdk::{Label, Page, Plugin};
use vanban_plugin_template::TemplatePlugin;

const PAGE: &str = "BẢN TIN Y TẾ\nTiêm chủng mở rộng tại xã An Bình\nChia sẻ\nSáng nay, trạm y tế xã tổ chức tiêm chủng cho 120 trẻ.\nIn bài\nNguồn: Phòng Truyền thông\n";

#[test]
fn claims_its_pages_and_not_others() {
    let p = TemplatePlugin;
    assert!(p.detect(&Page::from_text("a.txt", PAGE)).score >= 0.5);
    assert!(p.detect(&Page::from_text("b.txt", "Một bài khác.\nKhông có gì.")).score < 0.5);
}

#[test]
fn keeps_the_article_and_says_why_the_rest_goes() {
    let s = TemplatePlugin.strip(&Page::from_text("a.txt", PAGE)).unwrap();
    assert_eq!(s.title.as_deref(), Some("Tiêm chủng mở rộng tại xã An Bình"));
    assert_eq!(s.authors, vec!["Phòng Truyền thông"]);
    assert_eq!(s.labels[2], Label::boilerplate("share-bar"));
    assert_eq!(s.labels.iter().filter(|l| **l == Label::Body).count(), 1);
}

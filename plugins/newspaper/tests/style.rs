//! The newspaper plugin on portal pages written in the style, with and without a tag bar
//! and photo captions.

use vanban_plugin_newspaper::Newspaper;
use vanban_plugin_sdk::{Page, Plugin, Stripping};

fn run(name: &str, text: &str) -> (Page, Stripping) {
    let page = Page::from_text(name, text);
    let s = Newspaper.strip(&page).expect("strip");
    assert_eq!(s.labels.len(), page.blocks.len());
    (page, s)
}


fn reasons(s: &Stripping) -> Vec<String> {
    s.labels.iter().filter_map(|l| l.reason().map(str::to_string)).collect()
}

#[test]
fn full_page() {
    let (page, s) = run("a.txt", include_str!("docs/full.txt"));
    let claim = Newspaper.detect(&page);
    assert!(claim.score >= 0.5, "{claim:?}");
    assert_eq!(claim.portal.as_deref(), Some("pvds"));
    let b = s.body_lines(&page);
    assert_eq!(b.len(), 4, "{b:#?}");
    assert!(b[0].starts_with("PVĐS - Ngày 2/11"), "the agency lead stays as written");
    let joined = b.join("\n");
    for gone in ["Đọc thêm", "Xem thêm", "bệnh dại", "Ảnh:", "Lê Hải Yến", "Chiến dịch tiêm vắc xin"] {
        assert!(!joined.contains(gone), "{gone} left in body");
    }
    assert_eq!(s.title.as_deref(), Some("Bệnh viện tỉnh khai trương đơn vị đột quỵ mới"));
    assert_eq!(s.published.as_deref(), Some("2023-11-03T14:25"));
    assert_eq!(s.authors, vec!["Lê Hải Yến"]);
    assert_eq!(s.captions, vec!["Ông Phạm Đức Long cắt băng khai trương đơn vị (Ảnh: Minh Châu)"]);
    let r = reasons(&s);
    for reason in ["tag-bar", "dateline", "font-size-widget", "related-inline", "caption", "byline", "related-articles"] {
        assert!(r.iter().any(|x| x == reason), "no {reason} in {r:?}");
    }
}

#[test]
fn no_tag_bar_no_caption_two_authors() {
    let (page, s) = run("b.txt", include_str!("docs/no_tag_no_caption.txt"));
    assert!(Newspaper.detect(&page).score >= 0.5);
    assert_eq!(s.body_lines(&page).len(), 3);
    assert_eq!(s.title.as_deref(), Some("Trạm y tế xã được đầu tư máy siêu âm mới"));
    assert_eq!(s.published.as_deref(), Some("2022-04-15T09:10"));
    assert_eq!(s.authors, vec!["Vân Anh", "Đức Trí"]);
    assert!(s.captions.is_empty());
}

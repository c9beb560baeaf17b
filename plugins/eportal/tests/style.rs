//! The eportal plugin on pages written in the style: a full footer with counter, and a
//! short footer with two bylines and no caption.

use vanban_plugin_eportal::Eportal;
use vanban_plugin_sdk::{Page, Plugin, Stripping};

fn run(name: &str, text: &str) -> (Page, Stripping) {
    let page = Page::from_text(name, text);
    let s = Eportal.strip(&page).expect("strip");
    assert_eq!(s.labels.len(), page.blocks.len());
    (page, s)
}


fn reasons(s: &Stripping) -> Vec<String> {
    s.labels.iter().filter_map(|l| l.reason().map(str::to_string)).collect()
}

#[test]
fn full_footer() {
    let (page, s) = run("a.txt", include_str!("docs/full_footer.txt"));
    let claim = Eportal.detect(&page);
    assert!(claim.score >= 0.5);
    assert_eq!(claim.portal.as_deref(), Some("phulam-portal"));
    let b = s.body_lines(&page);
    assert_eq!(b.len(), 3, "{b:#?}");
    assert!(b[2].ends_with("số ca tăng cao./."));
    assert_eq!(s.title.as_deref(), Some(page.line(0)));
    assert_eq!(s.authors, vec!["Hồng Nhung"]);
    assert_eq!(s.captions, vec!["Đoàn kiểm tra khu điều trị sốt xuất huyết. Ảnh: HỒNG NHUNG"]);
    let r = reasons(&s);
    for reason in ["title", "caption", "byline", "menu", "counter", "footer"] {
        assert!(r.iter().any(|x| x == reason), "no {reason} in {r:?}");
    }
}

#[test]
fn short_footer_two_bylines() {
    let (page, s) = run("b.txt", include_str!("docs/short_footer_two_bylines.txt"));
    assert!(Eportal.detect(&page).score >= 0.5);
    assert_eq!(s.body_lines(&page).len(), 2);
    assert_eq!(s.authors, vec!["Thanh Tâm", "Bảo Ngọc"]);
    assert!(s.captions.is_empty());
}

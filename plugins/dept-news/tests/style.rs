//! The dept-news plugin on posts written in the style, with and without a leading caption.

use vanban_plugin_dept_news::DeptNews;
use vanban_plugin_sdk::{Page, Plugin, Stripping};

fn run(name: &str, text: &str) -> (Page, Stripping) {
    let page = Page::from_text(name, text);
    let s = DeptNews.strip(&page).expect("strip");
    assert_eq!(s.labels.len(), page.blocks.len());
    (page, s)
}


#[test]
fn caption_and_two_authors() {
    let text = include_str!("docs/caption_two_authors.txt");
    let (page, s) = run("a.txt", text);
    assert!(DeptNews.detect(&page).score >= 0.5);
    let b = s.body_lines(&page);
    assert_eq!(b.len(), 3);
    assert!(b[0].starts_with("Sáng ngày 14.3"));
    assert!(b[2].ends_with("tại địa phương"), "a last paragraph without a full stop stays");
    assert_eq!(s.captions, vec![page.line(0).to_string()]);
    assert_eq!(s.authors, vec!["Hoài Thu", "Quốc Bảo"]);
    assert_eq!(s.title, None);
    assert_eq!(s.published, None);
}

#[test]
fn no_caption_one_author() {
    let text = include_str!("docs/no_caption_one_author.txt");
    let (page, s) = run("b.txt", text);
    assert!(DeptNews.detect(&page).score >= 0.5);
    assert_eq!(s.body_lines(&page).len(), 3);
    assert!(s.captions.is_empty());
    assert_eq!(s.authors, vec!["Phương Nga"]);
}

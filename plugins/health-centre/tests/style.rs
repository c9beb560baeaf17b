//! The health-centre plugin on posts written in the style, with and without the counter.

use vanban_plugin_health_centre::HealthCentre;
use vanban_plugin_sdk::{Label, Page, Plugin, Stripping};

fn run(name: &str, text: &str) -> (Page, Stripping) {
    let page = Page::from_text(name, text);
    let s = HealthCentre.strip(&page).expect("strip");
    assert_eq!(s.labels.len(), page.blocks.len());
    (page, s)
}


#[test]
fn counter_title_and_department_byline() {
    let (page, s) = run("a.txt", include_str!("docs/counter_dept.txt"));
    assert!(HealthCentre.detect(&page).score >= 0.5);
    let b = s.body_lines(&page);
    assert_eq!(b.len(), 2);
    assert!(b[0].starts_with("Ngày 05/9/2022"));
    assert_eq!(s.title.as_deref(), Some(page.line(1)));
    assert_eq!(s.authors, vec!["Thanh Hòa"]);
    assert_eq!(s.labels[0], Label::boilerplate("counter"));
}

#[test]
fn without_counter() {
    let (page, s) = run("b.txt", include_str!("docs/no_counter.txt"));
    assert!(HealthCentre.detect(&page).score >= 0.5);
    assert_eq!(s.body_lines(&page).len(), 2);
    assert_eq!(s.title.as_deref(), Some(page.line(0)));
    assert_eq!(s.authors, vec!["Kim Oanh"]);
}

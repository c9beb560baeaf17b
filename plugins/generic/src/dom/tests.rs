//! Unit tests of the main-content extractor on hand-built pages.

use super::*;
use vanban_plugin_sdk::{Block, Container, Format, Page};

/// A page from `(container, tag, text, link_chars)` rows over the given containers.
fn page(containers: Vec<Container>, rows: &[(u32, BlockTag, &str, u32)]) -> Page {
    let mut p = Page { format: Format::Html, containers, ..Page::default() };
    for &(c, tag, text, link_chars) in rows {
        if !p.text.is_empty() {
            p.text.push('\n');
        }
        let start = p.text.len();
        p.text.push_str(text);
        p.blocks.push(Block { start, end: p.text.len(), tag, container: Some(c), link_chars, links: u32::from(link_chars > 0), ..Block::default() });
    }
    p
}

fn container(parent: Option<u32>, tag: &str, hint: &str, depth: u32) -> Container {
    Container { parent, tag: tag.into(), hint: hint.into(), depth }
}

const PARA: &str = "The district clinic opened a second ward this spring, and the staff, who had waited two years, moved in within a week.";

#[test]
fn keeps_article_drops_sidebar_and_nav() {
    let cs = vec![
        container(None, "body", "", 0),
        container(Some(0), "nav", "", 1),
        container(Some(0), "div", "post-content", 1),
        container(Some(0), "div", "sidebar", 1),
    ];
    let p = page(cs, &[
        (1, BlockTag::Li, "Home", 4),
        (2, BlockTag::H1, "A headline", 0),
        (2, BlockTag::P, PARA, 0),
        (2, BlockTag::P, PARA, 0),
        (3, BlockTag::P, PARA, 0),
    ]);
    let s = strip(&p);
    assert_eq!(s.labels[0], Label::boilerplate("navigation"));
    assert_eq!(s.labels[1], Label::Title);
    assert_eq!(s.labels[2], Label::Body);
    assert_eq!(s.labels[4], Label::boilerplate("sidebar"));
    assert_eq!(s.title.as_deref(), Some("A headline"));
}

#[test]
fn exclude_hints_remove_a_part() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "article", "", 1), container(Some(1), "div", "box-other", 2)];
    let p = page(cs, &[(1, BlockTag::P, PARA, 0), (1, BlockTag::P, PARA, 0), (2, BlockTag::P, PARA, 0)]);
    assert_eq!(strip(&p).labels[2], Label::Body);
    let s = strip_with(&p, &Options { exclude_hints: &["box-other"] });
    assert_eq!(s.labels[2], Label::boilerplate("excluded"));
}

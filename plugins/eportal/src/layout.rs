//! Where a web page's post sits among the rest of the page, read from its boxes: the
//! sidebars (named so by their classes, or an `aside`), and the box that holds the post's
//! headline, the date stamp under it and the paragraphs after them. Portals often put a
//! column of notices with long teasers before the post and one of most-read news after
//! it; read line by line, their paragraphs pass for the article's. Plain text has no boxes,
//! and every answer here is then "nothing known".

use std::ops::Range;
use vanban_plugin_sdk::text::{char_len, date_stamp, lower_same_len};
use vanban_plugin_sdk::{BlockTag, Page};

/// Lines between two paragraphs of one run: a photo and its caption, a subheading. A
/// sidebar after the post starts further on (byline, tags, other news, its own heading).
const RUN_GAP: usize = 3;
/// How far above its date stamp a headline may stand (a category or share row between).
const STAMP_BELOW: usize = 3;
/// The shortest headline looked for in the page's `<title>`: a category's name ("Tin hoạt
/// động") is often the title of its pages.
const TITLED_CHARS: usize = 20;
/// Words before a sidebar word in one class name that make the box a layout holding a
/// sidebar beside the content ("content-with-sidebar", "and-w-sidebar"), not the sidebar.
const LAYOUT_MODIFIERS: &[&str] = &["with", "w", "has", "no", "without"];
/// Parts of a class name that name the article ("l-article-body-segment", "news-content").
const ARTICLE_PARTS: &[&str] = &["article", "content", "entry", "story", "detail", "noidung", "chitiet"];

/// For each block, whether it sits in a sidebar: a box whose class or id holds "sidebar"
/// or the word "aside", or an `aside` element. The page-wide classes of `body` and `html`
/// ("has-sidebar") are not read. A box that also names the article, or holds the page's
/// `h1`, is a layout wrapper named for the sidebar it sits beside ("l-sidebar-fixed
/// l-article-body-segment"). When the sidebars would hold every paragraph of the page,
/// the names are taken to be wrong and nothing is a sidebar.
pub fn sidebar_blocks(page: &Page, is_paragraph: impl Fn(usize) -> bool) -> Vec<bool> {
    let mut named: Vec<bool> = page.containers.iter().map(|c| names_sidebar(&c.tag, &c.hint)).collect();
    for i in (0..page.blocks.len()).filter(|&i| page.blocks[i].tag == BlockTag::H1) {
        let around: Vec<usize> = chain(page, i).collect();
        for c in around {
            named[c] = false;
        }
    }
    let aside: Vec<bool> = (0..page.blocks.len()).map(|i| in_any(page, i, &named)).collect();
    let left = (0..page.blocks.len()).any(|i| !aside[i] && is_paragraph(i));
    if left { aside } else { vec![false; page.blocks.len()] }
}

/// Whether an element is a sidebar by its tag and its "id class" hint (see [`sidebar_blocks`]).
fn names_sidebar(tag: &str, hint: &str) -> bool {
    if matches!(tag, "body" | "html") {
        return false;
    }
    let article = hint.split_whitespace().any(|class| ARTICLE_PARTS.iter().any(|p| class.contains(p)) && !class_names_sidebar(class));
    !article && (tag == "aside" || hint.split_whitespace().any(class_names_sidebar))
}

/// Whether one class name names a sidebar: a word holding "sidebar", or the word "aside",
/// not after one of the [`LAYOUT_MODIFIERS`].
fn class_names_sidebar(class: &str) -> bool {
    let words: Vec<&str> = class.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.iter().enumerate().any(|(k, w)| {
        let laid_out = k > 0 && LAYOUT_MODIFIERS.contains(&words[k - 1]);
        (w.contains("sidebar") || *w == "aside") && !laid_out
    })
}

/// Whether one of block `i`'s boxes is marked in `marked`.
fn in_any(page: &Page, i: usize, marked: &[bool]) -> bool {
    chain(page, i).any(|c| marked[c])
}

/// The boxes around block `i`, innermost first, as indices.
fn chain(page: &Page, i: usize) -> impl Iterator<Item = usize> + '_ {
    let mut next = page.blocks[i].container.map(|c| c as usize);
    std::iter::from_fn(move || {
        let c = next.filter(|&c| c < page.containers.len())?;
        // Parents come before their children: a parent at or after its child is no parent.
        next = page.containers[c].parent.map(|p| p as usize).filter(|&p| p < c);
        Some(c)
    })
}

/// The blocks of the post's box: the innermost box holding the headline, the date stamp
/// under it and the run of paragraphs that follows. Where several headlines carry a date
/// (the post, the teasers of a news column), the post's is the one the page's `<title>`
/// names, then the one in the page's highest heading, then the one in the innermost box
/// (a site's name over the day's date shares only the page's outer box with the post).
/// None on a page without boxes, or without such a headline and paragraphs after it.
pub fn post_box(
    page: &Page,
    lines: &[impl AsRef<str>],
    skip: &[bool],
    is_headline: impl Fn(usize) -> bool,
    is_paragraph: impl Fn(usize) -> bool,
) -> Option<Range<usize>> {
    if page.containers.is_empty() {
        return None;
    }
    let usable = |i: usize| !skip[i];
    let paragraph = |i: usize| usable(i) && is_paragraph(i);
    let stamped = (0..lines.len()).filter(|&s| usable(s) && date_stamp(lines[s].as_ref()).is_some());
    let dated = stamped.filter_map(|stamp| {
        let headline = (stamp.saturating_sub(STAMP_BELOW)..stamp).rev().find(|&t| usable(t) && is_headline(t))?;
        Some((headline, stamp))
    });
    let boxes = dated.filter_map(|(headline, stamp)| {
        let first = (stamp + 1..lines.len()).find(|&i| paragraph(i))?;
        let b = common_box(page, &[headline, stamp, first, run_end(first, lines.len(), paragraph)])?;
        let named = named_by_title(page, lines[headline].as_ref());
        Some(((!named, heading_rank(page.blocks[headline].tag), std::cmp::Reverse(depth(page, b))), b))
    });
    // Of equals, the first in the page.
    let (_, best) = boxes.min_by_key(|&(rank, _)| rank)?;
    let inner = blocks_in(page, best)?;
    Some(with_text_beside(page, best, inner, paragraph))
}

/// Whether the page's `<title>` or `og:title` holds the line, case and spacing aside: sites
/// write the post's headline there, with their own name beside it.
fn named_by_title(page: &Page, line: &str) -> bool {
    let squeezed = |s: &str| lower_same_len(s).split_whitespace().collect::<Vec<_>>().join(" ");
    let line = squeezed(line);
    let titles = [&page.meta.title, &page.meta.og_title];
    char_len(&line) >= TITLED_CHARS && titles.iter().filter_map(|t| t.as_deref()).any(|t| squeezed(t).contains(&line))
}

/// The blocks of box `b` (`inner`), on to the end of its parent when `b` holds one
/// paragraph alone and the parent holds more after it: the post's head (headline, date,
/// summary) set apart from its text by a box of related links or a gallery. The start
/// stays: what the parent holds before the head is not the post's.
fn with_text_beside(page: &Page, b: usize, inner: Range<usize>, is_paragraph: impl Fn(usize) -> bool) -> Range<usize> {
    if inner.clone().filter(|&i| is_paragraph(i)).count() > 1 {
        return inner;
    }
    let parent = page.containers[b].parent.map(|p| p as usize).filter(|&p| p < b);
    let outer = parent.filter(|&p| !matches!(page.containers[p].tag.as_str(), "body" | "html")).and_then(|p| blocks_in(page, p));
    match outer {
        Some(outer) if (inner.end..outer.end).any(&is_paragraph) => inner.start..outer.end,
        _ => inner,
    }
}

/// The last paragraph of the run opening at `first`: paragraphs with at most [`RUN_GAP`]
/// other lines between each two.
fn run_end(first: usize, n: usize, is_paragraph: impl Fn(usize) -> bool) -> usize {
    let mut last = first;
    let mut i = first + 1;
    while i < n && i <= last + RUN_GAP + 1 {
        if is_paragraph(i) {
            last = i;
        }
        i += 1;
    }
    last
}

/// 0 for an `h1`, up to 5 for an `h6`, 6 for a line in no heading.
fn heading_rank(tag: BlockTag) -> u8 {
    match tag {
        BlockTag::H1 => 0,
        BlockTag::H2 => 1,
        BlockTag::H3 => 2,
        BlockTag::H4 => 3,
        BlockTag::H5 => 4,
        BlockTag::H6 => 5,
        _ => 6,
    }
}

/// The innermost box holding all the given blocks, not the page's `body` or `html`.
fn common_box(page: &Page, blocks: &[usize]) -> Option<usize> {
    let (&first, rest) = blocks.split_first()?;
    let mut candidates: Vec<usize> = chain(page, first).collect();
    for &i in rest {
        let around: Vec<usize> = chain(page, i).collect();
        candidates.retain(|c| around.contains(c));
    }
    candidates.into_iter().next().filter(|&c| !matches!(page.containers[c].tag.as_str(), "body" | "html"))
}

fn depth(page: &Page, c: usize) -> usize {
    let mut d = 0;
    let mut at = page.containers[c].parent.map(|p| p as usize).filter(|&p| p < c);
    while let Some(p) = at {
        d += 1;
        at = page.containers[p].parent.map(|q| q as usize).filter(|&q| q < p);
    }
    d
}

/// The blocks inside box `c`: one stretch of the page, as a box's blocks are.
fn blocks_in(page: &Page, c: usize) -> Option<Range<usize>> {
    let inside = |i: &usize| chain(page, *i).any(|b| b == c);
    let first = (0..page.blocks.len()).find(inside)?;
    let last = (first..page.blocks.len()).rev().find(inside)?;
    Some(first..last + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sidebar_names() {
        assert!(names_sidebar("div", "col-md-3 sidebar-left"));
        assert!(names_sidebar("div", "leftsidebar"));
        assert!(names_sidebar("aside", ""));
        assert!(names_sidebar("div", "block aside"));
        assert!(!names_sidebar("div", "content-with-sidebar"));
        assert!(!names_sidebar("body", "has-sidebar"));
        assert!(!names_sidebar("div", "post-detail asides-count"));
        assert!(!names_sidebar("div", "l-sidebar-fixed l-segment l-article-body-segment"));
        assert!(!names_sidebar("div", "page-block-container and-w-sidebar"));
        assert!(names_sidebar("div", "sidebar-content"));
    }

    #[test]
    fn a_box_holding_the_headline_is_no_sidebar() {
        use vanban_plugin_sdk::testing::html_page;
        let rows = [("Sở Y tế kiểm tra an toàn thực phẩm", BlockTag::H1, 1, 0), ("Đoàn đã kiểm tra 12 cơ sở.", BlockTag::P, 1, 0), ("Tin đọc nhiều", BlockTag::P, 2, 0)];
        let page = html_page(&rows, &[("body", "", None), ("div", "layout-sidebar-left", Some(0)), ("div", "sidebar", Some(0))]);
        assert_eq!(sidebar_blocks(&page, |_| true), [false, false, true]);
    }

    #[test]
    fn a_run_of_paragraphs_ends_where_more_than_a_few_lines_part_them() {
        let paragraphs = [0, 1, 4, 9];
        assert_eq!(run_end(0, 12, |i| paragraphs.contains(&i)), 4);
    }
}

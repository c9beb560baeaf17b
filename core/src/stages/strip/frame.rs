//! Web pages read by a style plugin: the generic plugin's reading of the page (its menus,
//! footers, headline and date line) frames the style's reading of the document inside it.
//!
//! The style plugins read a document as lines: an administrative notice by its layout, a
//! news report by its lead and byline. Posted on a portal, the same document sits inside
//! a page whose menus and footers they were never written to know, and would keep as
//! body. The generic plugin finds the article in the page's markup; the style reads it.

use vanban_plugin_sdk::text::same_text;
use vanban_plugin_sdk::{Label, Page, Stripping};

/// Why the generic plugin removes a block as the page around the article, not as part of
/// its text: only these override a style plugin's body.
const PAGE_REASONS: &[&str] = &[
    "outside-article",
    "navigation",
    "sidebar",
    "comments",
    "footer",
    "related",
    "share",
    "advertisement",
    "subscribe",
    "tags",
    "excluded",
    "link-dense",
];

/// Whether a style plugin's reading of `page` is framed by the generic one's: a page with
/// markup (its containers), read by a plugin other than the generic.
pub fn applies(page: &Page, style: &str) -> bool {
    page.format == vanban_plugin_sdk::Format::Html && !page.containers.is_empty() && style != crate::plugin_host::GENERIC
}

/// `style` within `frame`: a block the style keeps as body takes the frame's label when
/// the frame puts it around the article, or when it is the frame's headline, date line or
/// byline and the style read none. The style's own title, date, authors and captions win; the
/// frame's fill what it left empty. Returns which blocks' labels are the frame's.
pub fn frame(style: &mut Stripping, frame: &Stripping) -> Vec<bool> {
    let takes_title = style.title.is_none() && frame.title.is_some();
    // The style may read the page's `<title>` and still keep the heading that shows it.
    let same_title = matches!((&style.title, &frame.title), (Some(a), Some(b)) if same_text(a, b));
    let takes_date = style.published.is_none() && frame.published.is_some();
    let takes_authors = style.authors.is_empty() && !frame.authors.is_empty();
    let mut framed = vec![false; style.labels.len()];
    for (i, (label, outer)) in style.labels.iter_mut().zip(&frame.labels).enumerate() {
        let around = outer.reason().is_some_and(|r| PAGE_REASONS.contains(&r));
        let heading = match outer {
            Label::Title => takes_title || same_title,
            Label::Dateline => takes_date,
            Label::Byline => takes_authors,
            _ => false,
        };
        if *label == Label::Body && (around || heading) {
            *label = outer.clone();
            framed[i] = true;
        }
    }
    if takes_title {
        style.title = frame.title.clone();
    }
    if takes_date {
        style.published = frame.published.clone();
    }
    if takes_authors {
        style.authors = frame.authors.clone();
    }
    framed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(reasons: &[Option<&str>]) -> Vec<Label> {
        reasons
            .iter()
            .map(|r| match r {
                None => Label::Body,
                Some("title") => Label::Title,
                Some("dateline") => Label::Dateline,
                Some("byline") => Label::Byline,
                Some(r) => Label::boilerplate(r),
            })
            .collect()
    }

    #[test]
    fn the_page_around_a_document_leaves_its_body() {
        // Menu, headline, date, two paragraphs, the recipients the style strips, a byline, a
        // footer.
        let mut style = Stripping {
            labels: labels(&[None, None, None, None, None, Some("recipients"), None, None]),
            ..Stripping::default()
        };
        let outer = Stripping {
            labels: labels(&[Some("navigation"), Some("title"), Some("dateline"), None, None, None, Some("byline"), Some("footer")]),
            title: Some("Thông báo kết luận".into()),
            published: Some("2026-10-15".into()),
            authors: vec!["Lò Văn Pấng".into()],
            ..Stripping::default()
        };
        let framed = frame(&mut style, &outer);
        assert_eq!(style.labels, labels(&[Some("navigation"), Some("title"), Some("dateline"), None, None, Some("recipients"), Some("byline"), Some("footer")]));
        assert_eq!(framed, [true, true, true, false, false, false, true, true]);
        assert_eq!(style.authors, ["Lò Văn Pấng"]);
        assert_eq!(style.title.as_deref(), Some("Thông báo kết luận"));
        assert_eq!(style.published.as_deref(), Some("2026-10-15"));
    }

    #[test]
    fn the_styles_own_reading_wins() {
        // The style read its own title and date: the frame's headline block stays body to it
        // (a subtitle, say), and a caption the frame sees inside the article stays body too.
        let mut style = Stripping {
            labels: labels(&[Some("title"), None, None]),
            title: Some("Kế hoạch".into()),
            published: Some("2026-01-02".into()),
            ..Stripping::default()
        };
        let outer = Stripping {
            labels: labels(&[Some("outside-article"), Some("title"), Some("caption")]),
            title: Some("Trang chủ".into()),
            published: Some("2026-05-05".into()),
            ..Stripping::default()
        };
        let framed = frame(&mut style, &outer);
        assert_eq!(style.labels, labels(&[Some("title"), None, None]));
        assert_eq!(framed, [false, false, false]);
        assert_eq!((style.title.as_deref(), style.published.as_deref()), (Some("Kế hoạch"), Some("2026-01-02")));
        // A heading that shows the title the style read is the title's block all the same.
        let mut style = Stripping { labels: labels(&[None, None]), title: Some("Kế hoạch  tiêm chủng".into()), ..Stripping::default() };
        let outer = Stripping { labels: labels(&[Some("title"), None]), title: Some("Kế hoạch tiêm chủng".into()), ..Stripping::default() };
        assert_eq!(frame(&mut style, &outer), [true, false]);
    }
}

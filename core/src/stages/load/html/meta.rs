//! Page metadata from `<meta>` and `<link>` tags.

use super::tags::attr;
use html5ever::Attribute;
use vanban_plugin_sdk::PageMeta;

/// Records what a `<meta>` tag declares; the first value of each field wins.
pub fn from_meta(meta: &mut PageMeta, attrs: &[Attribute]) {
    let Some(content) = attr(attrs, "content").map(super::collapse).filter(|c| !c.is_empty()) else { return };
    let key = attr(attrs, "property").or_else(|| attr(attrs, "name")).or_else(|| attr(attrs, "itemprop"));
    let Some(key) = key else { return };
    let field = match key.trim().to_ascii_lowercase().as_str() {
        "og:title" | "twitter:title" => &mut meta.og_title,
        "og:site_name" => &mut meta.site_name,
        "og:url" => &mut meta.canonical,
        "article:published_time" | "datepublished" | "pubdate" | "publishdate" | "og:published_time"
        | "dc.date.issued" | "date" => &mut meta.published,
        "article:modified_time" | "datemodified" | "og:updated_time" => &mut meta.modified,
        "author" | "article:author" | "dc.creator" => &mut meta.author,
        "description" | "og:description" => &mut meta.description,
        "article:section" => &mut meta.section,
        "keywords" | "news_keywords" => &mut meta.keywords,
        _ => return,
    };
    if field.is_none() {
        *field = Some(content);
    }
}

/// Records `<link rel=canonical>`, which wins over `og:url`.
pub fn from_link(meta: &mut PageMeta, attrs: &[Attribute]) {
    let canonical = attr(attrs, "rel").is_some_and(|r| r.split_whitespace().any(|w| w.eq_ignore_ascii_case("canonical")));
    if let (true, Some(href)) = (canonical, attr(attrs, "href")) {
        let href = href.trim();
        if !href.is_empty() {
            meta.canonical = Some(href.to_string());
        }
    }
}

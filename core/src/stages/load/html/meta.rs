//! Page metadata from `<meta>` and `<link>` tags.

use super::tags::Tag;
use vanban_plugin_sdk::PageMeta;

/// Records what a `<meta>` tag declares; the first value of each field wins.
pub fn from_meta(meta: &mut PageMeta, tag: &Tag) {
    let Some(content) = tag.attr("content").map(|c| super::collapse(&c)).filter(|c| !c.is_empty()) else { return };
    let key = tag.attr("property").or_else(|| tag.attr("name")).or_else(|| tag.attr("itemprop"));
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
pub fn from_link(meta: &mut PageMeta, tag: &Tag) {
    let canonical = tag.attr("rel").is_some_and(|r| r.split_whitespace().any(|w| w.eq_ignore_ascii_case("canonical")));
    if let (true, Some(href)) = (canonical, tag.attr("href")) {
        let href = href.trim();
        if !href.is_empty() {
            meta.canonical = Some(href.to_string());
        }
    }
}

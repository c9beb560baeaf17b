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

/// Classes of the `<time>` a theme prints a post's publishing time in ("entry-date
/// published", "post-date"); the time of an update is not one.
const PUBLISHED_CLASSES: &[&str] = &["published", "entry-date", "post-date", "date-published", "publish-date"];

/// Records the `datetime` of a `<time>` that says it is the publishing time (by its class,
/// `itemprop="datePublished"` or `pubdate`), when no `<meta>` gave one: blog themes print
/// the time only there ("<time class="entry-date published" datetime="2026-10-14T16:30">").
/// Without a `datetime`, the `title` of a microformats `<abbr class="published">` holds the
/// time, when it is written the ISO way in the site's own time ("2026-11-06T07:45:00+07:00");
/// a title in words is a tooltip.
pub fn from_time(meta: &mut PageMeta, tag: &Tag) {
    if meta.published.is_some() {
        return;
    }
    let titled = || tag.attr("title").filter(|t| vanban_plugin_sdk::declared::normalise_date(t).is_some() && !in_utc(t));
    let Some(datetime) = tag.attr("datetime").or_else(titled).map(|d| d.trim().to_string()).filter(|d| !d.is_empty()) else { return };
    let classed = tag.attr("class").is_some_and(|c| c.split_whitespace().any(|w| PUBLISHED_CLASSES.iter().any(|p| w.eq_ignore_ascii_case(p))));
    let itemprop = tag.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished"));
    if classed || itemprop || tag.has("pubdate") {
        meta.published = Some(datetime);
    }
}

/// Whether an ISO time says it is in UTC ("2019-11-18 17:19:53 GMT", "…T10:19:53Z"): read
/// as the page's local time it would be hours off, and near midnight a day off.
fn in_utc(time: &str) -> bool {
    let t = time.trim_end();
    t.ends_with(['Z', 'z']) || ["GMT", "UTC", "+00:00", "+0000"].iter().any(|z| t.ends_with(z))
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

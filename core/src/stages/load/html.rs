//! HTML reading: one parse of the page into blocks, containers and metadata.

use vanban_plugin_sdk::{Format, Page};

/// Reads an HTML page into a [`Page`].
pub fn read_html(html: &str, path: &str) -> Page {
    let mut page = Page::from_text(path, html);
    page.format = Format::Html;
    page
}

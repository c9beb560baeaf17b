//! How a page crosses the C boundary: its text as UTF-8 bytes and its blocks as C structs,
//! lent by the host for one call, and only the small rest (path, format, containers,
//! metadata) as JSON.
//!
//! The text is the bulk of a page. Sent as a JSON string, it would be escaped by the host
//! and unescaped by the plugin on every call, for every plugin (detection asks them all);
//! lent as bytes, it is copied once, into the plugin's own `Page`.

use crate::page::{Block, BlockTag, Container, Format, Page, PageMeta};
use crate::plugin::PluginError;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A page lent for the length of one call. Every pointer is valid for its length (or the
/// length is 0) until the call returns.
#[repr(C)]
pub struct PageView {
    /// `size_of::<PageView>()` as the host saw it.
    pub struct_size: u32,
    /// [`Page::text`], UTF-8.
    pub text: *const u8,
    pub text_len: usize,
    /// [`Page::blocks`].
    pub blocks: *const BlockView,
    pub blocks_len: usize,
    /// The rest of the page as UTF-8 JSON: `{"path", "format", "containers", "meta"}`.
    pub rest: *const u8,
    pub rest_len: usize,
}

/// One [`Block`] in C layout.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockView {
    pub start: u64,
    pub end: u64,
    /// An index into the containers, or [`NO_CONTAINER`].
    pub container: u32,
    pub link_chars: u32,
    pub links: u32,
    /// The tag's position in [`BLOCK_TAGS`].
    pub tag: u8,
    /// 1 when a blank line or paragraph break stood before the block, else 0.
    pub gap_before: u8,
}

/// [`BlockView::container`] of a block outside any container.
pub const NO_CONTAINER: u32 = u32::MAX;

/// Every block tag, in the order of their codes. Any change to this list changes the ABI
/// version: a plugin built before a new tag would refuse pages that use its code.
pub const BLOCK_TAGS: [BlockTag; 17] = [
    BlockTag::Line,
    BlockTag::P,
    BlockTag::H1,
    BlockTag::H2,
    BlockTag::H3,
    BlockTag::H4,
    BlockTag::H5,
    BlockTag::H6,
    BlockTag::Li,
    BlockTag::Tr,
    BlockTag::Pre,
    BlockTag::Blockquote,
    BlockTag::Figcaption,
    BlockTag::Caption,
    BlockTag::Dt,
    BlockTag::Dd,
    BlockTag::Div,
];

/// Everything of a page but its text and blocks: small, so JSON. A plain-text page has no
/// containers and no metadata, and leaves both out: reading eleven nulls cost more than the
/// rest of its JSON, on every call.
#[derive(Serialize, Deserialize)]
struct Rest<'a> {
    #[serde(borrow)]
    path: Cow<'a, str>,
    format: Format,
    #[serde(default, skip_serializing_if = "<[Container]>::is_empty")]
    containers: Cow<'a, [Container]>,
    #[serde(default, skip_serializing_if = "is_empty_meta")]
    meta: Cow<'a, PageMeta>,
}

fn is_empty_meta(meta: &Cow<'_, PageMeta>) -> bool {
    **meta == PageMeta::default()
}

/// What the host keeps alive while a plugin reads a page: the blocks and the rest.
pub struct LentPage<'a> {
    text: &'a str,
    blocks: Vec<BlockView>,
    rest: Vec<u8>,
}

impl<'a> LentPage<'a> {
    /// Lays `page` out for the boundary.
    pub fn new(page: &'a Page) -> Result<LentPage<'a>, PluginError> {
        let blocks = page.blocks.iter().map(block_view).collect();
        let rest = Rest {
            path: Cow::Borrowed(&page.path),
            format: page.format,
            containers: Cow::Borrowed(&page.containers),
            meta: Cow::Borrowed(&page.meta),
        };
        let rest = serde_json::to_vec(&rest).map_err(|e| PluginError::new(format!("cannot encode the page: {e}")))?;
        Ok(LentPage { text: &page.text, blocks, rest })
    }

    /// The view to pass; valid while `self` lives.
    pub fn view(&self) -> PageView {
        PageView {
            struct_size: std::mem::size_of::<PageView>() as u32,
            text: self.text.as_ptr(),
            text_len: self.text.len(),
            blocks: self.blocks.as_ptr(),
            blocks_len: self.blocks.len(),
            rest: self.rest.as_ptr(),
            rest_len: self.rest.len(),
        }
    }
}

fn block_view(b: &Block) -> BlockView {
    BlockView {
        start: b.start as u64,
        end: b.end as u64,
        container: b.container.unwrap_or(NO_CONTAINER),
        link_chars: b.link_chars,
        links: b.links,
        tag: tag_code(b.tag),
        gap_before: b.gap_before as u8,
    }
}

/// The position of `tag` in [`BLOCK_TAGS`]; a match, so that a new tag cannot compile
/// without a code.
fn tag_code(tag: BlockTag) -> u8 {
    use BlockTag::*;
    match tag {
        Line => 0,
        P => 1,
        H1 => 2,
        H2 => 3,
        H3 => 4,
        H4 => 5,
        H5 => 6,
        H6 => 7,
        Li => 8,
        Tr => 9,
        Pre => 10,
        Blockquote => 11,
        Figcaption => 12,
        Caption => 13,
        Dt => 14,
        Dd => 15,
        Div => 16,
    }
}

/// Builds the plugin's own copy of a lent page, checking what the host sent.
///
/// # Safety
/// `view` is null or points at a [`PageView`] whose pointers are valid for their lengths.
pub unsafe fn read_page(view: *const PageView) -> Result<Page, PluginError> {
    let bad = |what: &str| PluginError::new(format!("host sent an invalid page: {what}"));
    if view.is_null() {
        return Err(bad("no page"));
    }
    let view = &*view;
    if (view.struct_size as usize) < std::mem::size_of::<PageView>() {
        return Err(bad("its view is smaller than this ABI version's"));
    }
    // SIMD: std's check takes some ten instructions a byte on Vietnamese text, more than
    // the rest of lending a page together, and it runs for every plugin on every page.
    let text = simdutf8::basic::from_utf8(super::input(view.text, view.text_len)).map_err(|_| bad("its text is not UTF-8"))?;
    let blocks = super::input(view.blocks, view.blocks_len).iter().map(|b| read_block(b, text)).collect::<Result<Vec<_>, _>>().map_err(|m| bad(&m))?;
    let rest: Rest = serde_json::from_slice(super::input(view.rest, view.rest_len)).map_err(|e| bad(&e.to_string()))?;
    Ok(Page {
        path: rest.path.into_owned(),
        format: rest.format,
        text: text.to_owned(),
        blocks,
        containers: rest.containers.into_owned(),
        meta: rest.meta.into_owned(),
    })
}

/// A block whose range slices the text, so that `Page::line` cannot panic on it.
fn read_block(b: &BlockView, text: &str) -> Result<Block, String> {
    let tag = *BLOCK_TAGS.get(b.tag as usize).ok_or_else(|| format!("unknown block tag {}", b.tag))?;
    let (start, end) = (usize::try_from(b.start).unwrap_or(usize::MAX), usize::try_from(b.end).unwrap_or(usize::MAX));
    if start > end || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!("block {start}..{end} does not slice a text of {} bytes", text.len()));
    }
    Ok(Block {
        start,
        end,
        tag,
        gap_before: b.gap_before != 0,
        container: (b.container != NO_CONTAINER).then_some(b.container),
        link_chars: b.link_chars,
        links: b.links,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(page: &Page) -> Page {
        let lent = LentPage::new(page).unwrap();
        let view = lent.view();
        unsafe { read_page(&view) }.unwrap()
    }

    #[test]
    fn every_tag_code_is_its_place_in_the_list() {
        for (i, tag) in BLOCK_TAGS.iter().enumerate() {
            assert_eq!(tag_code(*tag) as usize, i, "{tag:?}");
        }
    }

    #[test]
    fn a_text_page_comes_back_equal() {
        let page = Page::from_text("ghi/chu.txt", "Dòng một\n\nDòng \"hai\"\tcó tab\\");
        assert_eq!(round_trip(&page), page);
    }

    #[test]
    fn an_html_page_comes_back_equal_with_every_tag_containers_and_meta() {
        let mut page = Page::from_text("https://vi.example/bai.html", "");
        page.format = Format::Html;
        for (i, tag) in BLOCK_TAGS.iter().enumerate() {
            page.text.push_str(if i == 0 { "" } else { "\n" });
            let start = page.text.len();
            page.text.push_str(&format!("khối {i} — Ủy ban"));
            let end = page.text.len();
            let container = (i % 3 != 0).then_some((i % 2) as u32);
            page.blocks.push(Block { start, end, tag: *tag, gap_before: i % 2 == 0, container, link_chars: i as u32, links: 1 });
        }
        page.containers = vec![
            Container { parent: None, tag: "article".into(), hint: "noi-dung".into(), depth: 0 },
            Container { parent: Some(0), tag: "div".into(), hint: String::new(), depth: 1 },
        ];
        page.meta = PageMeta { title: Some("Tiêu đề \"trích\"".into()), json_ld: vec!["{\"@type\":\"NewsArticle\"}".into()], ..PageMeta::default() };
        assert_eq!(round_trip(&page), page);
    }

    #[test]
    fn a_block_outside_the_text_or_inside_a_character_is_refused() {
        let page = Page::from_text("a.txt", "Ủy ban");
        for (start, end) in [(0, 99), (1, 3), (4, 2)] {
            let mut bad = page.clone();
            bad.blocks[0].start = start;
            bad.blocks[0].end = end;
            let lent = LentPage::new(&bad).unwrap();
            let err = unsafe { read_page(&lent.view()) }.unwrap_err();
            assert!(err.message.contains("does not slice"), "{start}..{end}: {}", err.message);
        }
    }

    #[test]
    fn a_format_this_sdk_does_not_know_reads_as_other() {
        let page = Page::from_text("ban/tin.xyz", "Dòng một");
        let lent = LentPage::new(&page).unwrap();
        let rest = String::from_utf8(lent.rest.clone()).unwrap().replace("\"text\"", "\"odt\"");
        assert!(rest.contains("\"odt\""), "{rest}");
        let mut view = lent.view();
        view.rest = rest.as_ptr();
        view.rest_len = rest.len();
        let read = unsafe { read_page(&view) }.unwrap();
        assert_eq!((read.format, read.text.as_str()), (Format::Other, "Dòng một"));
    }

    #[test]
    fn text_that_is_not_utf8_and_an_unknown_tag_are_refused() {
        let page = Page::from_text("a.txt", "abc");
        let lent = LentPage::new(&page).unwrap();
        let mut view = lent.view();
        let bytes = [b'a', 0xFF, b'c'];
        view.text = bytes.as_ptr();
        assert!(unsafe { read_page(&view) }.unwrap_err().message.contains("not UTF-8"));
        let mut blocks = lent.blocks.clone();
        blocks[0].tag = BLOCK_TAGS.len() as u8;
        let mut view = lent.view();
        view.blocks = blocks.as_ptr();
        assert!(unsafe { read_page(&view) }.unwrap_err().message.contains("unknown block tag"));
    }
}

//! The page a plugin is shown: the cleaned text as an ordered list of blocks.
//!
//! Plain text gives one block per non-empty line. HTML gives one block per block-level
//! element (paragraph, heading, list item, table row, `<br>`-separated line), each pointing
//! at the element that contains it, so that a plugin can reason about the page layout
//! (link density, class and id hints) without parsing the HTML again.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Text,
    Html,
    Docx,
    /// Word 97-2003 (`.doc`).
    Doc,
    Pdf,
    /// A format this SDK does not know, named by a newer vanban: a plugin built against
    /// this SDK still reads the page (its text and blocks) instead of failing on the name.
    #[serde(other)]
    Other,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Doc => "doc",
            Format::Pdf => "pdf",
            Format::Other => "other",
        }
    }
}

/// What kind of element a block came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockTag {
    /// A line of a plain-text document.
    #[default]
    Line,
    P,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Li,
    /// A table row; its cells are joined by tabs.
    Tr,
    Pre,
    Blockquote,
    /// A `figcaption`, or a line all in italics right under an image, as most portals
    /// caption a photo.
    Figcaption,
    Caption,
    Dt,
    Dd,
    /// Text directly inside a `div`, `section`, `td` or other container.
    Div,
}

impl BlockTag {
    pub fn is_heading(self) -> bool {
        matches!(self, BlockTag::H1 | BlockTag::H2 | BlockTag::H3 | BlockTag::H4 | BlockTag::H5 | BlockTag::H6)
    }
}

/// One line of [`Page::text`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// Byte range of the line in [`Page::text`], without its `\n`.
    pub start: usize,
    pub end: usize,
    pub tag: BlockTag,
    /// A blank line (plain text) or a paragraph break stood before this block.
    pub gap_before: bool,
    /// Innermost element containing the block: an index into [`Page::containers`].
    pub container: Option<u32>,
    /// Characters of the block's text that sit inside links.
    pub link_chars: u32,
    /// Number of links in the block.
    pub links: u32,
}

/// An HTML element that contains blocks (an ancestor chain, innermost last).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Container {
    pub parent: Option<u32>,
    /// Element name, lower case: "div", "article", "section", "td", "main", "nav", ...
    pub tag: String,
    /// The element's id and classes, lower case, space separated: for hints such as
    /// "content", "article", "sidebar", "comment".
    pub hint: String,
    pub depth: u32,
}

/// Metadata a page declares about itself, before any plugin looks at its text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PageMeta {
    /// `<title>`
    pub title: Option<String>,
    pub og_title: Option<String>,
    pub site_name: Option<String>,
    /// `<link rel=canonical>` or `og:url`.
    pub canonical: Option<String>,
    /// `article:published_time`, `datePublished` or similar, as written.
    pub published: Option<String>,
    pub modified: Option<String>,
    pub author: Option<String>,
    pub description: Option<String>,
    pub section: Option<String>,
    pub keywords: Option<String>,
    /// Raw JSON-LD scripts, as written.
    pub json_ld: Vec<String>,
}

/// A document as plugins see it: cleaned text, block structure and metadata.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// Path or URL as the loader saw it.
    pub path: String,
    pub format: Format,
    /// Cleaned Unicode NFC text, one block per line, joined by `\n`.
    pub text: String,
    pub blocks: Vec<Block>,
    pub containers: Vec<Container>,
    pub meta: PageMeta,
}

/// Whether the line holds only whitespace: most lines open with a letter or a digit, told
/// without trimming.
fn is_blank(line: &str) -> bool {
    match line.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => false,
        _ => line.trim().is_empty(),
    }
}

impl Page {
    /// The text of block `i`.
    pub fn line(&self, i: usize) -> &str {
        let b = &self.blocks[i];
        &self.text[b.start..b.end]
    }

    /// Iterates over `(index, block, text)`.
    pub fn lines(&self) -> impl Iterator<Item = (usize, &Block, &str)> {
        self.blocks.iter().enumerate().map(move |(i, b)| (i, b, &self.text[b.start..b.end]))
    }

    /// Builds a plain-text page: one block per non-empty line, blank lines become `gap_before`.
    pub fn from_text(path: impl Into<String>, text: &str) -> Page {
        let mut out = String::with_capacity(text.len());
        // A block per line at most: counted in one vectorised pass, so that the list is
        // allocated once instead of growing.
        let mut blocks = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
        let mut gap = false;
        for (_, line) in crate::text::lines_with_starts(text) {
            let line = line.trim_end_matches('\r');
            if is_blank(line) {
                gap = true;
                continue;
            }
            if !out.is_empty() {
                out.push('\n');
            }
            let start = out.len();
            out.push_str(line);
            blocks.push(Block { start, end: out.len(), tag: BlockTag::Line, gap_before: gap, ..Block::default() });
            gap = false;
        }
        Page { path: path.into(), format: Format::Text, text: out, blocks, ..Page::default() }
    }

    /// Whether container `c` is `outer` or lies inside it.
    pub fn within(&self, mut c: u32, outer: u32) -> bool {
        loop {
            if c == outer {
                return true;
            }
            // Parents come before their children: a parent not before its child is no parent.
            match self.containers.get(c as usize).and_then(|x| x.parent).filter(|&p| p < c) {
                Some(p) => c = p,
                None => return false,
            }
        }
    }

    /// The chain of containers around block `i`, innermost first.
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = &Container> {
        let mut next = self.blocks[i].container;
        std::iter::from_fn(move || {
            let c = &self.containers[next? as usize];
            next = c.parent;
            Some(c)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_text_keeps_lines_and_gaps() {
        let p = Page::from_text("a.txt", "one\r\n\r\n two\nthree\n\n");
        assert_eq!(p.text, "one\n two\nthree");
        assert_eq!(p.blocks.len(), 3);
        assert_eq!(p.line(1), " two");
        assert!(p.blocks[1].gap_before);
        assert!(!p.blocks[2].gap_before);
    }

    #[test]
    fn from_text_cuts_lines_as_split_does() {
        // The lines as `split('\n')` gives them, each trimmed of '\r', blank ones (any
        // Unicode whitespace, the vertical tab too) marking a gap.
        fn by_split(text: &str) -> (String, Vec<(usize, usize, bool)>) {
            let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
            let kept: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].trim().is_empty()).collect();
            let joined = kept.iter().map(|&i| lines[i]).collect::<Vec<_>>().join("\n");
            let mut start = 0;
            let blocks = kept
                .iter()
                .enumerate()
                .map(|(k, &i)| {
                    // A gap: a blank line since the line kept before (or since the start).
                    let gap = i > if k == 0 { 0 } else { kept[k - 1] + 1 };
                    let block = (start, start + lines[i].len(), gap);
                    start = block.1 + 1;
                    block
                })
                .collect();
            (joined, blocks)
        }
        for text in ["", "\n", "a", "a\n", "\na", "\x0b\n\u{3000}\r\nb\r\r\n\n", " x\n\t\ny ", "Một\n\u{a0}\nhai\r", "1\n2\n\n\n3"] {
            let p = Page::from_text("t.txt", text);
            let blocks: Vec<_> = p.blocks.iter().map(|b| (b.start, b.end, b.gap_before)).collect();
            assert_eq!((p.text.clone(), blocks), by_split(text), "{text:?}");
        }
    }
}

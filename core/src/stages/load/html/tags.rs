//! What each HTML element means for the text layout: inline or block, which block tag it
//! gives, which end tags it implies, whether it is never shown.

use lol_html::html_content::SourceLocation;
use lol_html::StartTag;
use std::borrow::Cow;
use vanban_plugin_sdk::BlockTag;

/// Attributes the reader looks at; the others are never copied out of lol_html's buffer.
const WANTED: &[&str] =
    &["id", "class", "hidden", "aria-hidden", "style", "href", "type", "content", "property", "name", "itemprop", "rel", "colspan", "rowspan", "datetime", "pubdate", "title"];

/// A start tag as the reader sees it: its name's number, its role, and the attributes it
/// looks at (names as in [`WANTED`], values as written).
pub struct Tag<'h> {
    /// The page's number for the element name.
    pub id: u32,
    pub kind: Kind,
    attrs: Vec<(&'static str, Cow<'h, str>)>,
}

impl<'h> Tag<'h> {
    /// Reads the wanted attributes in one pass, as slices of the page where lol_html says
    /// they are: its own accessors copy every name and value into a new String.
    pub fn new(id: u32, kind: Kind, tag: &StartTag, html: &'h str) -> Self {
        let attrs = tag
            .attributes()
            .iter()
            .filter_map(|a| {
                let name = source(html, a.name_source_location()).map_or_else(|| Cow::Owned(a.name()), Cow::Borrowed);
                let wanted = WANTED.iter().find(|w| w.eq_ignore_ascii_case(&name))?;
                let value = source(html, a.value_source_location()).map_or_else(|| Cow::Owned(a.value()), Cow::Borrowed);
                Some((*wanted, value))
            })
            .collect();
        Tag { id, kind, attrs }
    }

    /// The value of attribute `name` (one of [`WANTED`]), entities decoded; the first wins,
    /// as in browsers.
    pub fn attr(&self, name: &str) -> Option<Cow<'_, str>> {
        let raw = &self.attrs.iter().find(|(n, _)| *n == name)?.1;
        Some(htmlize::unescape_attribute(raw.as_ref()))
    }

    /// The values of the attributes called any of `names`, in the order they are written,
    /// entities decoded.
    /// A name written twice counts once, first value first, as in browsers.
    pub fn values<'s>(&'s self, names: &'s [&str]) -> impl Iterator<Item = Cow<'s, str>> + 's {
        self.attrs
            .iter()
            .enumerate()
            .filter(|(i, (n, _))| names.contains(n) && !self.attrs[..*i].iter().any(|(m, _)| m == n))
            .map(|(_, (_, v))| htmlize::unescape_attribute(v.as_ref()))
    }

    pub fn has(&self, name: &str) -> bool {
        self.attrs.iter().any(|(n, _)| *n == name)
    }
}

/// The text of the page at `location`, if lol_html gave one that slices it.
fn source(html: &str, location: Option<SourceLocation>) -> Option<&str> {
    html.get(location?.bytes())
}

/// The role of an element in the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Phrasing content: text flows through it (`span`, `b`, `em`, ...).
    Inline,
    /// `a`: inline, counts links.
    Anchor,
    /// `br`
    Break,
    /// Void elements that hold no text (`img`, `hr`, `input`, ...).
    Void,
    Meta,
    Link,
    /// `script`: raw text, kept only when it is JSON-LD.
    Script,
    /// `style`, `noscript`, `iframe`, `xmp`, `noembed`, `noframes`: raw text, dropped.
    RawText,
    Title,
    Textarea,
    /// Elements never shown whose content is markup: `template`, `svg`, `math`, `select`...
    Skip,
    /// `html`, `body`: end tags ignored, as browsers do.
    Root,
    Head,
    Para,
    Heading,
    ListItem,
    /// `dt`, `dd`
    DefItem,
    Pre,
    /// `blockquote`, `figcaption`, `caption`, `address`: blocks that may hold other blocks.
    Quote,
    Row,
    Cell,
    Table,
    /// `tbody`, `thead`, `tfoot`
    TableSection,
    /// `div`, `section`, `article`, `ul`, and the other block containers.
    Div,
}

impl Kind {
    pub fn is_inline(self) -> bool {
        matches!(self, Kind::Inline | Kind::Anchor)
    }

    /// Starting or ending this element ends the text before it as a block.
    pub fn breaks_text(self) -> bool {
        !matches!(self, Kind::Inline | Kind::Anchor | Kind::Cell | Kind::Break | Kind::Void | Kind::Meta | Kind::Link)
    }

    /// Starting this element closes an open `p` (the "close a p element" rule).
    pub fn closes_p(self) -> bool {
        matches!(
            self,
            Kind::Para
                | Kind::Heading
                | Kind::ListItem
                | Kind::DefItem
                | Kind::Pre
                | Kind::Quote
                | Kind::Table
                | Kind::Div
        )
    }

    /// The block tag of text owned by this element, if it is a block element.
    pub fn block_tag(self, name: &str) -> Option<BlockTag> {
        Some(match self {
            Kind::Para => BlockTag::P,
            Kind::Heading => match name {
                "h1" => BlockTag::H1,
                "h2" => BlockTag::H2,
                "h3" => BlockTag::H3,
                "h4" => BlockTag::H4,
                "h5" => BlockTag::H5,
                _ => BlockTag::H6,
            },
            Kind::ListItem => BlockTag::Li,
            Kind::DefItem if name == "dt" => BlockTag::Dt,
            Kind::DefItem => BlockTag::Dd,
            Kind::Pre => BlockTag::Pre,
            Kind::Quote => match name {
                "figcaption" => BlockTag::Figcaption,
                "caption" => BlockTag::Caption,
                "blockquote" => BlockTag::Blockquote,
                _ => return None,
            },
            Kind::Row | Kind::Cell => BlockTag::Tr,
            _ => return None,
        })
    }
}

/// The role of the element called `name`.
pub fn kind(name: &str) -> Kind {
    match name {
        "a" => Kind::Anchor,
        "br" => Kind::Break,
        "img" | "hr" | "input" | "area" | "base"
        | "col" | "embed" | "param" | "source"
        | "track" | "wbr" | "keygen" | "image" => Kind::Void,
        "meta" => Kind::Meta,
        "link" => Kind::Link,
        "script" => Kind::Script,
        "style" | "noscript" | "iframe" | "xmp"
        | "noembed" | "noframes" => Kind::RawText,
        "title" => Kind::Title,
        "textarea" => Kind::Textarea,
        "template" | "svg" | "math" | "select"
        | "object" | "canvas" | "audio" | "video"
        | "datalist" | "dialog" | "button" => Kind::Skip,
        "html" | "body" => Kind::Root,
        "head" => Kind::Head,
        "p" => Kind::Para,
        "h1" | "h2" | "h3" | "h4" | "h5"
        | "h6" => Kind::Heading,
        "li" => Kind::ListItem,
        "dt" | "dd" => Kind::DefItem,
        "pre" | "listing" | "plaintext" => Kind::Pre,
        "blockquote" | "figcaption" | "caption" | "address" => {
            Kind::Quote
        }
        "tr" => Kind::Row,
        "td" | "th" => Kind::Cell,
        "table" => Kind::Table,
        "tbody" | "thead" | "tfoot" => Kind::TableSection,
        "div" | "section" | "article" | "main"
        | "aside" | "nav" | "header" | "footer"
        | "ul" | "ol" | "dl" | "menu" | "form"
        | "fieldset" | "legend" | "figure" | "details"
        | "summary" | "center" | "hgroup" | "dir"
        | "frameset" | "frame" => Kind::Div,
        _ => Kind::Inline,
    }
}

/// lol_html's list of void elements (its tokenizer's idea of which start tags have no end
/// tag), which differs from [`kind`]'s by a few obsolete names.
pub fn lol_void(name: &str) -> bool {
    matches!(
        name,
        "area" | "base" | "basefont" | "bgsound" | "br" | "col" | "embed" | "hr" | "img" | "input" | "keygen" | "link"
            | "meta" | "param" | "source" | "track" | "wbr"
    )
}

/// The element's id and classes, lower case and space separated.
pub fn hint(tag: &Tag) -> String {
    let mut out = String::new();
    for value in tag.values(&["id", "class"]) {
        for word in value.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            if word.is_ascii() {
                let from = out.len();
                out.push_str(word);
                out[from..].make_ascii_lowercase();
            } else {
                out.extend(word.chars().flat_map(char::to_lowercase));
            }
        }
    }
    out
}

/// An id or class (of [`hint`]) that names a photo's caption, as portals mark it without a
/// `figcaption`: "image_caption", "photocms_caption", "wp-caption-text", "image_desc". Not
/// "has-caption" or "no-caption", which mark what holds (or lacks) one.
pub fn names_a_caption(hint: &str) -> bool {
    hint.split(' ').any(|w| {
        let w = w.strip_suffix("-text").or_else(|| w.strip_suffix("_text")).unwrap_or(w);
        let marks_a_holder = ["has", "no-", "no_", "with"].iter().any(|p| w.starts_with(p));
        (w.ends_with("caption") && !marks_a_holder) || matches!(w, "image_desc" | "image-desc" | "img_desc" | "img-desc" | "photo_desc" | "photo-desc")
    })
}

/// The element is hidden from readers: `hidden`, `aria-hidden="true"`, `display:none`.
pub fn is_hidden(tag: &Tag) -> bool {
    tag.has("hidden")
        || tag.attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || tag.attr("style").is_some_and(|v| hides(&v))
}

/// A `style` attribute that hides the element.
fn hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else { return false };
        let prop = prop.trim();
        let value = value.trim().trim_end_matches("!important").trim();
        (prop.eq_ignore_ascii_case("display") && value.eq_ignore_ascii_case("none"))
            || (prop.eq_ignore_ascii_case("visibility") && value.eq_ignore_ascii_case("hidden"))
    })
}

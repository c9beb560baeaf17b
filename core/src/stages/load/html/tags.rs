//! What each HTML element means for the text layout: inline or block, which block tag it
//! gives, which end tags it implies, whether it is never shown.

use html5ever::Attribute;
use html5ever::{local_name, LocalName};
use vanban_plugin_sdk::BlockTag;

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
    pub fn block_tag(self, name: &LocalName) -> Option<BlockTag> {
        Some(match self {
            Kind::Para => BlockTag::P,
            Kind::Heading => match *name {
                local_name!("h1") => BlockTag::H1,
                local_name!("h2") => BlockTag::H2,
                local_name!("h3") => BlockTag::H3,
                local_name!("h4") => BlockTag::H4,
                local_name!("h5") => BlockTag::H5,
                _ => BlockTag::H6,
            },
            Kind::ListItem => BlockTag::Li,
            Kind::DefItem if *name == local_name!("dt") => BlockTag::Dt,
            Kind::DefItem => BlockTag::Dd,
            Kind::Pre => BlockTag::Pre,
            Kind::Quote => match *name {
                local_name!("figcaption") => BlockTag::Figcaption,
                local_name!("caption") => BlockTag::Caption,
                local_name!("blockquote") => BlockTag::Blockquote,
                _ => return None,
            },
            Kind::Row | Kind::Cell => BlockTag::Tr,
            _ => return None,
        })
    }
}

/// The role of the element called `name`.
pub fn kind(name: &LocalName) -> Kind {
    match *name {
        local_name!("a") => Kind::Anchor,
        local_name!("br") => Kind::Break,
        local_name!("img") | local_name!("hr") | local_name!("input") | local_name!("area") | local_name!("base")
        | local_name!("col") | local_name!("embed") | local_name!("param") | local_name!("source")
        | local_name!("track") | local_name!("wbr") | local_name!("keygen") | local_name!("image") => Kind::Void,
        local_name!("meta") => Kind::Meta,
        local_name!("link") => Kind::Link,
        local_name!("script") => Kind::Script,
        local_name!("style") | local_name!("noscript") | local_name!("iframe") | local_name!("xmp")
        | local_name!("noembed") | local_name!("noframes") => Kind::RawText,
        local_name!("title") => Kind::Title,
        local_name!("textarea") => Kind::Textarea,
        local_name!("template") | local_name!("svg") | local_name!("math") | local_name!("select")
        | local_name!("object") | local_name!("canvas") | local_name!("audio") | local_name!("video")
        | local_name!("datalist") | local_name!("dialog") | local_name!("button") => Kind::Skip,
        local_name!("html") | local_name!("body") => Kind::Root,
        local_name!("head") => Kind::Head,
        local_name!("p") => Kind::Para,
        local_name!("h1") | local_name!("h2") | local_name!("h3") | local_name!("h4") | local_name!("h5")
        | local_name!("h6") => Kind::Heading,
        local_name!("li") => Kind::ListItem,
        local_name!("dt") | local_name!("dd") => Kind::DefItem,
        local_name!("pre") | local_name!("listing") | local_name!("plaintext") => Kind::Pre,
        local_name!("blockquote") | local_name!("figcaption") | local_name!("caption") | local_name!("address") => {
            Kind::Quote
        }
        local_name!("tr") => Kind::Row,
        local_name!("td") | local_name!("th") => Kind::Cell,
        local_name!("table") => Kind::Table,
        local_name!("tbody") | local_name!("thead") | local_name!("tfoot") => Kind::TableSection,
        local_name!("div") | local_name!("section") | local_name!("article") | local_name!("main")
        | local_name!("aside") | local_name!("nav") | local_name!("header") | local_name!("footer")
        | local_name!("ul") | local_name!("ol") | local_name!("dl") | local_name!("menu") | local_name!("form")
        | local_name!("fieldset") | local_name!("legend") | local_name!("figure") | local_name!("details")
        | local_name!("summary") | local_name!("center") | local_name!("hgroup") | local_name!("dir")
        | local_name!("frameset") | local_name!("frame") => Kind::Div,
        _ => Kind::Inline,
    }
}

/// The value of attribute `name`.
pub fn attr<'a>(attrs: &'a [Attribute], name: &str) -> Option<&'a str> {
    attrs.iter().find(|a| &*a.name.local == name).map(|a| &*a.value)
}

/// The element's id and classes, lower case and space separated.
pub fn hint(attrs: &[Attribute]) -> String {
    let mut out = String::new();
    for a in attrs {
        if matches!(a.name.local, local_name!("id") | local_name!("class")) {
            for word in a.value.split_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.extend(word.chars().flat_map(char::to_lowercase));
            }
        }
    }
    out
}

/// The element is hidden from readers: `hidden`, `aria-hidden="true"`, `display:none`.
pub fn is_hidden(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| match a.name.local {
        local_name!("hidden") => true,
        local_name!("aria-hidden") => a.value.trim().eq_ignore_ascii_case("true"),
        local_name!("style") => hides(&a.value),
        _ => false,
    })
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

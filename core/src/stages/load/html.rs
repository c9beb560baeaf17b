//! HTML reading: one pass of lol_html's streaming tokenizer over the page, turned into
//! blocks, containers and metadata.
//!
//! No DOM is built: a full tree for a 200 KB page costs several times the tokenizer's time,
//! and the blocks need only the chain of open elements. lol_html was chosen over html5ever's
//! tokenizer because it is about four times faster on real pages (bench/article-extraction);
//! it follows the spec's text-type switches (script, style, title, textarea, plaintext) but
//! leaves entities encoded, so text and attribute values are unescaped here with htmlize.
//! The tokens come straight from the tokenizer (lol_html's `TransformController`), not through
//! its rewriter. A small open element stack applies the implied-end-tag rules that matter for
//! text layout (`p`, `li`, `dt`/`dd`, table rows and cells, headings). Everything is
//! iterative: a page nested 100,000 levels deep costs memory in proportion, never stack depth.

mod meta;
mod table;
mod tags;

use lol_html::errors::RewritingError;
use lol_html::html_content::{DocumentEnd, TextChunk, TextType};
use lol_html::{
    AsciiCompatibleEncoding, LocalName, LocalNameHash, Namespace, SharedMemoryLimiter, StartTag, StartTagHandlingResult,
    Token, TokenCaptureFlags, TransformController, TransformStream, TransformStreamSettings,
};
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use tags::{Kind, Tag};
use vanban_plugin_sdk::{Block, BlockTag, Container, Format, Page};

/// How far the implied-end-tag rules look down the stack; real pages need a handful of levels,
/// and the bound keeps hostile nesting linear.
const SCOPE_LOOKUP: usize = 64;

/// The longest text, in chars, that a block marked as a caption by its class is taken to be
/// one: captions are a line or two.
const CAPTION_CLASS_MAX_CHARS: u32 = 300;

/// Reads an HTML page into a [`Page`].
pub fn read_html(html: &str, path: &str) -> Page {
    read(html, path).0
}

/// Reads an HTML page; the second value says why the reading stopped early, if it did.
pub fn read(html: &str, path: &str) -> (Page, Option<String>) {
    let mut state = State::new(path, html.len());
    let mut stream = TransformStream::new(TransformStreamSettings {
        transform_controller: Reader::new(&mut state, html),
        // Nothing is written back: the reader only listens.
        output_sink: |_: &[u8]| {},
        preallocated_parsing_buffer_size: 1024,
        memory_limiter: SharedMemoryLimiter::new(usize::MAX),
        encoding: AsciiCompatibleEncoding::utf_8(),
        next_encoding: Arc::new(OnceLock::new()),
        // Best effort on markup whose text type is ambiguous, as a browser would.
        strict: false,
    });
    let stopped = stream.write(html.as_bytes()).and_then(|()| stream.end()).err();
    drop(stream);
    let page = state.finish();
    (page, stopped.map(|e| format!("the HTML reader stopped early ({e}); the text before that point was kept")))
}

/// Every token lol_html can capture except comments and doctypes.
fn wanted_tokens() -> TokenCaptureFlags {
    TokenCaptureFlags::TEXT | TokenCaptureFlags::NEXT_START_TAG
}

/// Takes lol_html's tokens straight from its tokenizer. Its public rewriter would match a
/// `*` selector on every element, box a handler for every end tag and serialise every token
/// back to HTML; together that cost as much as the tokenizing.
struct Reader<'s> {
    state: &'s mut State,
    html: &'s str,
    /// Element numbers by lol_html's name hash (names of up to 12 letters and digits 1-6).
    by_hash: FxHashMap<LocalNameHash, u32>,
    /// The start tag lol_html announced and is about to hand over.
    next_start: (Option<LocalNameHash>, Namespace),
    /// lol_html's own stack of open elements, mirrored: which end tag closes which element.
    open: Vec<Mirror>,
    /// A text node may come in several chunks, an entity split between two of them.
    text: String,
}

/// An element on lol_html's stack of open elements.
struct Mirror {
    name: u32,
    /// The reader put the element on its own stack or began a capture with it.
    tracked: bool,
}

impl<'s> Reader<'s> {
    fn new(state: &'s mut State, html: &'s str) -> Self {
        Reader { state, html, by_hash: FxHashMap::default(), next_start: (None, Namespace::Html), open: Vec::new(), text: String::new() }
    }

    fn start_tag(&mut self, tag: &StartTag) {
        let (hash, ns) = std::mem::replace(&mut self.next_start, (None, Namespace::Html));
        let id = match hash.and_then(|h| self.by_hash.get(&h)) {
            Some(&id) => id,
            None => {
                let id = self.state.names.intern(tag.name());
                if let Some(h) = hash {
                    self.by_hash.insert(h, id);
                }
                id
            }
        };
        let kind = self.state.names.kinds[id as usize];
        let tracked = self.state.start(&Tag::new(id, kind, tag, self.html));
        // The same rule as lol_html's stack: void HTML elements and self-closed foreign ones
        // have no end tag.
        let has_content = if ns == Namespace::Html { !self.state.names.void[id as usize] } else { !tag.self_closing() };
        if has_content {
            self.open.push(Mirror { name: id, tracked });
        }
    }

    /// An end tag closes the nearest open element of its name and every element opened after
    /// it; the reader hears of the tracked ones, innermost first, as lol_html's end-tag
    /// handlers would have told it.
    fn end_tag(&mut self, id: u32) {
        let Some(at) = self.open.iter().rposition(|m| m.name == id) else { return };
        for closed in self.open.drain(at..).rev() {
            if closed.tracked {
                self.state.end(closed.name);
            }
        }
    }

    fn text_chunk(&mut self, chunk: &TextChunk) {
        // Scripts and styles are half the bytes of a typical page: not worth a copy.
        if self.state.drops_text() {
            return;
        }
        self.text.push_str(chunk.as_str());
        if chunk.last_in_text_node() {
            self.state.text_node(&self.text, chunk.text_type());
            self.text.clear();
        }
    }
}

impl TransformController for Reader<'_> {
    fn initial_capture_flags(&self) -> TokenCaptureFlags {
        wanted_tokens()
    }

    fn handle_start_tag(&mut self, name: LocalName<'_>, ns: Namespace) -> StartTagHandlingResult<Self> {
        let hash = match name {
            LocalName::Hash(h) => Some(h),
            LocalName::Bytes(_) => None,
        };
        self.next_start = (hash, ns);
        Ok(wanted_tokens())
    }

    fn handle_end_tag(&mut self, name: LocalName<'_>) -> TokenCaptureFlags {
        match name {
            LocalName::Hash(h) => {
                // A name never seen in a start tag has no open element to close.
                if let Some(&id) = self.by_hash.get(&h) {
                    self.end_tag(id);
                }
                wanted_tokens()
            }
            // Long or unusual names come as bytes lol_html keeps to itself: ask for the token.
            LocalName::Bytes(_) => wanted_tokens() | TokenCaptureFlags::NEXT_END_TAG,
        }
    }

    fn handle_token(&mut self, token: &mut Token<'_>) -> Result<(), RewritingError> {
        match token {
            Token::StartTag(tag) => self.start_tag(tag),
            Token::EndTag(tag) => {
                let id = self.state.names.intern(tag.name());
                self.end_tag(id);
            }
            Token::TextChunk(chunk) => self.text_chunk(chunk),
            Token::Comment(_) | Token::Doctype(_) => {}
        }
        Ok(())
    }

    fn handle_end(&mut self, _end: &mut DocumentEnd<'_>) -> Result<(), RewritingError> {
        Ok(())
    }

    fn should_emit_content(&self) -> bool {
        false
    }
}

/// The element names of one page, each given a small number once, so that the open
/// element stack and the end-tag handlers carry numbers instead of strings.
#[derive(Default)]
struct Names {
    ids: HashMap<String, u32>,
    names: Vec<String>,
    kinds: Vec<Kind>,
    /// lol_html treats the element as void (no content, no end tag) in HTML content.
    void: Vec<bool>,
    /// Open elements with each name, so that a stray end tag is ignored without a stack search.
    open: Vec<u32>,
}

impl Names {
    fn intern(&mut self, name: String) -> u32 {
        if let Some(&id) = self.ids.get(&name) {
            return id;
        }
        let id = self.names.len() as u32;
        self.kinds.push(tags::kind(&name));
        self.void.push(tags::lol_void(&name));
        self.ids.insert(name.clone(), id);
        self.names.push(name);
        self.open.push(0);
        id
    }

    fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }

    fn open_count(&self, id: u32) -> u32 {
        self.open[id as usize]
    }
}

/// One open element.
struct Open {
    name: u32,
    kind: Kind,
    /// id and classes, lower case, for elements that may become containers.
    hint: String,
    /// Index in `Page::containers`, made when a block first needs it.
    container: Option<u32>,
    /// Stack index of the innermost non-inline element at or above this one.
    owner: usize,
    /// This element or an ancestor is hidden or never shown (script, svg, template...).
    skip: bool,
    /// An `a` with an href, counted in `in_link`.
    link: bool,
    /// A block whose id or class names a caption, counted in `in_caption_class`.
    caption: bool,
}

/// Text being gathered for the next block.
#[derive(Default)]
struct Pending {
    text: String,
    /// The last character pushed was a space (or nothing was pushed yet).
    space: bool,
    link_chars: u32,
    links: u32,
    /// Some of the text stood outside italics (`em`, `i`).
    plain: bool,
}

/// What the raw-text element being read is for.
#[derive(Clone, Copy, PartialEq)]
enum Capture {
    None,
    Title,
    JsonLd,
    Discard,
}

struct State {
    page: Page,
    stack: Vec<Open>,
    names: Names,
    pending: Pending,
    /// Open `a` elements with an href.
    in_link: u32,
    /// A block boundary (not a `<br>`) came since the last block.
    gap: bool,
    capture: Capture,
    /// The element whose raw text is being read: only its end tag ends the capture.
    capture_name: u32,
    captured: String,
    in_pre: u32,
    /// An image came since the last block, with no text of the pending block before it.
    image: bool,
    /// Open `em` and `i` elements.
    in_italics: u32,
    /// Open `figcaption` elements: a caption's text may sit in paragraphs of its own.
    in_figcaption: u32,
    /// Open blocks whose id or class names a caption (`<p class="image_caption">`).
    in_caption_class: u32,
    /// The open tables' rows and cells, for writing a row of data as one line.
    grid: table::Grid,
}

impl State {
    fn new(path: &str, len: usize) -> State {
        let page = Page { path: path.to_string(), format: Format::Html, text: String::with_capacity(len / 4), ..Page::default() };
        State {
            page,
            stack: Vec::new(),
            names: Names::default(),
            pending: Pending { space: true, ..Pending::default() },
            in_link: 0,
            gap: false,
            capture: Capture::None,
            capture_name: 0,
            captured: String::new(),
            in_pre: 0,
            image: false,
            in_italics: 0,
            in_figcaption: 0,
            in_caption_class: 0,
            grid: table::Grid::default(),
        }
    }

    /// Text read now would be dropped: inside a discarded raw-text element, a hidden or
    /// never shown element, or the head.
    fn drops_text(&self) -> bool {
        match self.capture {
            Capture::Discard => true,
            Capture::Title | Capture::JsonLd => false,
            Capture::None => self.skipping() || self.stack.last().is_some_and(|o| o.kind == Kind::Head),
        }
    }

    fn skipping(&self) -> bool {
        self.stack.last().is_some_and(|o| o.skip)
    }

    /// Reads a start tag; says whether the element's end tag matters (it was put on the stack
    /// or began a raw-text capture).
    fn start(&mut self, tag: &Tag) -> bool {
        if self.capture != Capture::None {
            // Markup inside an element read as raw text is text, not elements.
            return false;
        }
        let kind = tag.kind;
        if self.raw_start(tag) {
            return true;
        }
        // Only `time` (and the rare `del`, `ins`) carry a `datetime`; a microformats `abbr`
        // carries the time in its `title` (Blogger's "<abbr class='published' title=…>").
        if kind == Kind::Inline && (tag.has("datetime") || tag.has("title") && self.names.name(tag.id) == "abbr") {
            meta::from_time(&mut self.page.meta, tag);
        }
        match kind {
            Kind::Meta => meta::from_meta(&mut self.page.meta, tag),
            Kind::Link => meta::from_link(&mut self.page.meta, tag),
            Kind::Break => {
                if !self.skipping() {
                    self.flush(false);
                }
            }
            Kind::Void => self.void(tag),
            // Plain inline elements change nothing about where text goes; most elements of a
            // page are such, and leaving them off the stack saves an end-tag handler each.
            // Italics are followed, for a caption under an image; they are few.
            Kind::Inline if !self.skipping() && !tags::is_hidden(tag) && self.is_italic(tag.id) => {
                self.in_italics += 1;
                self.start_element(tag);
                return true;
            }
            Kind::Inline if self.skipping() || !tags::is_hidden(tag) => {}
            _ => {
                self.start_element(tag);
                return true;
            }
        }
        false
    }

    fn is_figcaption(&self, id: u32) -> bool {
        self.names.kinds[id as usize] == Kind::Quote && self.names.name(id) == "figcaption"
    }

    fn is_italic(&self, id: u32) -> bool {
        matches!(self.names.name(id), "em" | "i")
    }

    /// Notes an image shown before any text of the coming block: that block is where a
    /// caption would be.
    fn void(&mut self, tag: &Tag) {
        if self.names.name(tag.id) == "img" && !self.skipping() && self.pending.text.trim().is_empty() {
            self.image = true;
        }
    }

    fn start_element(&mut self, tag: &Tag) {
        let kind = tag.kind;
        self.close_implied(tag.id, kind);
        if kind.breaks_text() || kind == Kind::Cell {
            self.block_boundary();
        }
        if !self.skipping() && !tags::is_hidden(tag) {
            self.mark_table(tag);
        }
        let link = kind == Kind::Anchor && !self.skipping() && tag.has("href");
        if link {
            self.in_link += 1;
            self.pending.links += 1;
        }
        if kind == Kind::Pre {
            self.in_pre += 1;
        }
        let hidden = kind == Kind::Skip || tags::is_hidden(tag);
        self.push(tag, hidden, link);
        if self.is_figcaption(tag.id) {
            self.in_figcaption += 1;
        }
    }

    /// Elements whose content lol_html reads as raw text: script, style, title...
    fn raw_start(&mut self, tag: &Tag) -> bool {
        self.capture = match tag.kind {
            Kind::Script => {
                let json_ld = tag.attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if json_ld { Capture::JsonLd } else { Capture::Discard }
            }
            Kind::Title if !self.skipping() && self.page.meta.title.is_none() => Capture::Title,
            Kind::RawText | Kind::Title | Kind::Textarea => Capture::Discard,
            _ => return false,
        };
        self.capture_name = tag.id;
        self.captured.clear();
        true
    }

    fn end_capture(&mut self) {
        let text = std::mem::take(&mut self.captured);
        match self.capture {
            Capture::Title => {
                let t = collapse(&htmlize::unescape(&text));
                if !t.is_empty() {
                    self.page.meta.title = Some(t);
                }
            }
            Capture::JsonLd => {
                let t = text.trim();
                if !t.is_empty() {
                    self.page.meta.json_ld.push(t.to_string());
                }
            }
            Capture::None | Capture::Discard => {}
        }
        self.capture = Capture::None;
    }

    fn push(&mut self, tag: &Tag, hidden: bool, link: bool) {
        let kind = tag.kind;
        let index = self.stack.len();
        let parent_owner = self.stack.last().map(|o| o.owner);
        let owner = if kind.is_inline() { parent_owner.unwrap_or(index) } else { index };
        let hint = if kind.is_inline() { String::new() } else { tags::hint(tag) };
        let skip = hidden || self.skipping();
        let caption = !skip && tags::names_a_caption(&hint);
        self.in_caption_class += u32::from(caption);
        self.names.open[tag.id as usize] += 1;
        self.stack.push(Open { name: tag.id, kind, hint, container: None, owner, skip, link, caption });
    }

    fn end(&mut self, name: u32) {
        if self.capture != Capture::None {
            if name == self.capture_name {
                self.end_capture();
            }
            return;
        }
        let kind = self.names.kinds[name as usize];
        if matches!(kind, Kind::Root) || self.names.open_count(name) == 0 {
            return;
        }
        while let Some(open) = self.stack.last() {
            let done = open.name == name;
            self.pop();
            if done {
                break;
            }
        }
    }

    fn pop(&mut self) {
        let Some(open) = self.stack.last() else { return };
        let kind = open.kind;
        let was_link = open.link;
        if kind.breaks_text() || kind == Kind::Cell {
            self.block_boundary();
        }
        self.end_table_part(kind);
        let Some(open) = self.stack.pop() else { return };
        let n = &mut self.names.open[open.name as usize];
        *n = n.saturating_sub(1);
        if was_link {
            self.in_link = self.in_link.saturating_sub(1);
        }
        if kind == Kind::Pre {
            self.in_pre = self.in_pre.saturating_sub(1);
        }
        if kind == Kind::Inline && !open.skip && self.is_italic(open.name) {
            self.in_italics = self.in_italics.saturating_sub(1);
        }
        if self.is_figcaption(open.name) {
            self.in_figcaption = self.in_figcaption.saturating_sub(1);
        }
        if open.caption {
            self.in_caption_class = self.in_caption_class.saturating_sub(1);
        }
    }

    /// The implied end tags of the HTML parsing rules that change where text goes.
    fn close_implied(&mut self, name: u32, kind: Kind) {
        if kind.closes_p() {
            self.close_within(|k| k == Kind::Para, |k| k.is_inline());
        }
        match kind {
            Kind::ListItem => self.close_within(|k| k == Kind::ListItem, |k| k.is_inline() || matches!(k, Kind::Para | Kind::Div)),
            Kind::DefItem => self.close_within(|k| k == Kind::DefItem, |k| k.is_inline() || matches!(k, Kind::Para | Kind::Div)),
            Kind::Row => self.close_within(|k| k == Kind::Row, |k| !matches!(k, Kind::Table | Kind::TableSection)),
            Kind::Cell => self.close_within(|k| k == Kind::Cell, |k| !matches!(k, Kind::Row | Kind::Table)),
            Kind::Heading => {
                if self.stack.last().is_some_and(|o| o.kind == Kind::Heading) {
                    self.pop();
                }
            }
            Kind::Anchor => {
                // Nested links are not allowed: a new `a` closes the open one.
                if self.names.open_count(name) > 0 {
                    self.close_within(|k| k == Kind::Anchor, |k| k.is_inline());
                }
            }
            _ => {}
        }
    }

    /// Closes the nearest open element matching `target` if only elements passing `through`
    /// stand above it.
    fn close_within(&mut self, target: impl Fn(Kind) -> bool, through: impl Fn(Kind) -> bool) {
        let mut found = None;
        for (pos, open) in self.stack.iter().rev().take(SCOPE_LOOKUP).enumerate() {
            if target(open.kind) {
                found = Some(pos);
                break;
            }
            if !through(open.kind) {
                return;
            }
        }
        let Some(pos) = found else { return };
        for _ in 0..=pos {
            self.pop();
        }
    }

    /// A whole text node: entities are decoded where the text type has them.
    fn text_node(&mut self, raw: &str, kind: TextType) {
        if raw.is_empty() {
            return;
        }
        if self.capture != Capture::None {
            if self.capture != Capture::Discard {
                self.captured.push_str(raw);
            }
            return;
        }
        match kind {
            TextType::Data | TextType::RCData if raw.contains('&') => self.text(&htmlize::unescape(raw)),
            _ => self.text(raw),
        }
    }

    fn text(&mut self, text: &str) {
        if self.skipping() || self.stack.last().is_some_and(|o| o.kind == Kind::Head) {
            return;
        }
        let in_link = self.in_link > 0;
        let mut rest = text;
        while !rest.is_empty() {
            // Copy a run of ordinary characters at once; look at the others one by one.
            let run = ordinary_run(rest);
            if run > 0 {
                self.push_run(&rest[..run], in_link);
            }
            let mut chars = rest[run..].chars();
            let Some(c) = chars.next() else { break };
            rest = chars.as_str();
            if c == '\n' && self.in_pre > 0 {
                self.flush(false);
            } else if c.is_whitespace() && !self.pending.space {
                self.pending.text.push(' ');
                self.pending.space = true;
                if in_link {
                    self.pending.link_chars += 1;
                }
            }
        }
    }

    /// Text without spaces or controls, appended to the pending block.
    fn push_run(&mut self, run: &str, in_link: bool) {
        self.pending.text.push_str(run);
        self.pending.space = false;
        self.pending.plain |= self.in_italics == 0;
        if in_link {
            self.pending.link_chars += run.chars().count() as u32;
        }
    }

    /// Notes a table, row or cell about to be pushed onto the stack.
    fn mark_table(&mut self, tag: &Tag) {
        let (at, blocks) = (self.stack.len(), self.page.blocks.len());
        match tag.kind {
            Kind::Table => self.grid.table_start(at),
            Kind::Row => self.grid.row_start(at, blocks),
            Kind::Cell => self.grid.cell_start(at, blocks, tag.attr("colspan").as_deref(), tag.attr("rowspan").as_deref()),
            _ => {}
        }
    }

    /// A table, row or cell on top of the stack ends (its text already flushed); a row of
    /// data becomes one line.
    fn end_table_part(&mut self, kind: Kind) {
        let (at, blocks) = (self.stack.len() - 1, self.page.blocks.len());
        match kind {
            Kind::Table => self.grid.table_end(at),
            Kind::Cell => self.grid.cell_end(at, blocks),
            Kind::Row => {
                if let Some(line) = self.grid.row_end(at, blocks) {
                    self.write_row(&line);
                }
            }
            _ => {}
        }
    }

    /// Replaces the row's blocks, the last of the page, by one block: its cells apart at tabs.
    fn write_row(&mut self, line: &table::Line) {
        let blocks = self.page.blocks.split_off(line.first_block);
        let Some(first) = blocks.first() else { return };
        let old = self.page.text.split_off(first.start);
        let start = self.page.text.len();
        for (i, cell) in line.cells.iter().enumerate() {
            if i > 0 {
                self.page.text.push('\t');
            }
            if let Some(b) = cell.and_then(|b| blocks.get(b - line.first_block)) {
                self.page.text.push_str(&old[b.start - first.start..b.end - first.start]);
            }
        }
        let chars = self.page.text[start..].chars().count() as u32;
        let (tag, container) = self.placement();
        self.page.blocks.push(Block {
            start,
            end: self.page.text.len(),
            tag,
            gap_before: first.gap_before,
            container,
            link_chars: blocks.iter().map(|b| b.link_chars).sum::<u32>().min(chars),
            links: blocks.iter().map(|b| b.links).sum(),
        });
    }

    /// A block element starts or ends: the text so far is one block.
    fn block_boundary(&mut self) {
        if self.skipping() {
            return;
        }
        self.flush(true);
        self.gap = true;
    }

    /// Ends the pending text as a block, if it holds any.
    fn flush(&mut self, boundary: bool) {
        let text = self.pending.text.trim_matches(|c: char| c == ' ' || c == '\t');
        if text.is_empty() {
            self.reset_pending();
            self.gap |= boundary;
            return;
        }
        if !self.page.text.is_empty() {
            self.page.text.push('\n');
        }
        let start = self.page.text.len();
        self.page.text.push_str(text);
        let chars = self.page.text[start..].chars().count() as u32;
        // Before the reset: it clears what says the text was all in italics.
        let under_image = std::mem::take(&mut self.image) && !self.pending.plain;
        let (link_chars, links) = (self.pending.link_chars, self.pending.links);
        self.reset_pending();
        let (tag, container) = self.placement();
        // "<p><img></p><p><em>Quang cảnh hội nghị</em></p>": how most portals caption a
        // photo, without a `figcaption`.
        // "<figcaption><p>…</p></figcaption>": the caption's paragraphs are the caption.
        // "<p class=\"image_caption\">…</p>", a caption a portal marks by its class; a long text
        // there is a misnamed holder's, not a caption.
        let in_caption = self.in_figcaption > 0 || (self.in_caption_class > 0 && chars <= CAPTION_CLASS_MAX_CHARS);
        let captioned = under_image || (in_caption && matches!(tag, BlockTag::P | BlockTag::Div));
        let tag = if captioned && !tag.is_heading() { BlockTag::Figcaption } else { tag };
        self.page.blocks.push(Block {
            start,
            end: self.page.text.len(),
            tag,
            gap_before: self.gap || self.page.blocks.is_empty(),
            container,
            link_chars: link_chars.min(chars),
            links,
        });
        self.gap = false;
    }

    /// Empties the pending block, keeping its buffer for the next one.
    fn reset_pending(&mut self) {
        let mut text = std::mem::take(&mut self.pending.text);
        text.clear();
        self.pending = Pending { text, space: true, ..Pending::default() };
    }

    /// The block tag and container of text written now.
    fn placement(&mut self) -> (BlockTag, Option<u32>) {
        let Some(top) = self.stack.last() else { return (BlockTag::Div, None) };
        let owner = top.owner;
        let owner_kind = self.stack[owner].kind;
        let (tag, holder) = match owner_kind.block_tag(self.names.name(self.stack[owner].name)) {
            Some(tag) if owner_kind == Kind::Cell => (tag, Some(owner)),
            Some(tag) => (tag, self.outer_owner(owner)),
            None => (BlockTag::Div, Some(owner)),
        };
        (tag, holder.and_then(|h| self.container_of(h)))
    }

    /// The innermost non-inline element strictly above stack index `i`.
    fn outer_owner(&self, i: usize) -> Option<usize> {
        let parent = i.checked_sub(1)?;
        let owner = self.stack[parent].owner;
        // An inline element at the bottom of the stack owns itself: it has no block parent.
        (!self.stack[owner].kind.is_inline()).then_some(owner)
    }

    /// The container index of the element at stack index `i`, made (with its missing
    /// ancestors) on first use. Iterative: walks down to the nearest element that has one.
    fn container_of(&mut self, i: usize) -> Option<u32> {
        if self.stack[i].kind.is_inline() {
            return None;
        }
        if let Some(c) = self.stack[i].container {
            return Some(c);
        }
        let mut chain = vec![i];
        let mut cursor = i;
        let mut parent = None;
        while let Some(up) = cursor.checked_sub(1).map(|p| self.stack[p].owner) {
            if self.stack[up].kind.is_inline() {
                break;
            }
            if let Some(c) = self.stack[up].container {
                parent = Some(c);
                break;
            }
            chain.push(up);
            cursor = up;
        }
        for &at in chain.iter().rev() {
            let depth = parent.map_or(0, |p: u32| self.page.containers[p as usize].depth + 1);
            let id = self.page.containers.len() as u32;
            let open = &mut self.stack[at];
            let tag = self.names.names[open.name as usize].clone();
            self.page.containers.push(Container { parent, tag, hint: open.hint.clone(), depth });
            open.container = Some(id);
            parent = Some(id);
        }
        parent
    }

    fn finish(mut self) -> Page {
        if self.capture != Capture::None {
            // A page cut inside `<title>` or a JSON-LD script still gives what was read.
            self.end_capture();
        }
        self.flush(true);
        self.page
    }
}

/// The length of the text's leading run of characters that are neither spaces, controls nor
/// invisible marks. ASCII bytes are settled without decoding a char.
fn ordinary_run(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b < 0x80 {
            if b <= b' ' || b == 0x7f {
                return at;
            }
            at += 1;
            continue;
        }
        let Some(c) = text[at..].chars().next() else { break };
        if c.is_whitespace() || c.is_control() || c == '\u{200b}' || c == '\u{feff}' {
            return at;
        }
        at += c.len_utf8();
    }
    bytes.len()
}

/// Collapses whitespace runs to one space and trims.
pub(crate) fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests;

//! HTML reading: one pass of html5ever's spec tokenizer over the page, turned into blocks,
//! containers and metadata.
//!
//! The tree builder is not used: building a full DOM for a 200 KB page costs several times
//! the tokenizer's time, and the blocks need only the chain of open elements. A small open
//! element stack applies the implied-end-tag rules that matter for text layout (`p`, `li`,
//! `dt`/`dd`, table rows and cells, headings). Everything is iterative: a page nested
//! 100,000 levels deep costs memory in proportion, never stack depth.

mod meta;
mod tags;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::{LocalName, TokenizerResult};
use std::cell::RefCell;
use std::collections::HashMap;
use tags::Kind;
use vanban_plugin_sdk::{Block, BlockTag, Container, Format, Page};

/// How far the implied-end-tag rules look down the stack; real pages need a handful of levels,
/// and the bound keeps hostile nesting linear.
const SCOPE_LOOKUP: usize = 64;

/// Reads an HTML page into a [`Page`].
pub fn read_html(html: &str, path: &str) -> Page {
    let reader = Reader { state: RefCell::new(State::new(path, html.len())) };
    let tokenizer = Tokenizer::new(reader, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    // The sink never asks to run a script, so one feed consumes everything.
    while let TokenizerResult::Script(()) = tokenizer.feed(&input) {}
    tokenizer.end();
    let state = tokenizer.sink.state.into_inner();
    state.finish()
}

/// One open element.
struct Open {
    name: LocalName,
    kind: Kind,
    /// id and classes, lower case, for elements that may become containers.
    hint: String,
    /// Index in `Page::containers`, made when a block first needs it.
    container: Option<u32>,
    /// Stack index of the innermost non-inline element at or above this one.
    owner: usize,
    /// This element or an ancestor is hidden or never shown (script, svg, template...).
    skip: bool,
}

/// Text being gathered for the next block.
#[derive(Default)]
struct Pending {
    text: String,
    /// The last character pushed was a space (or nothing was pushed yet).
    space: bool,
    link_chars: u32,
    links: u32,
    /// A cell ended: the next text of the row is preceded by a tab.
    cell_break: bool,
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
    /// Open elements by name, so that a stray end tag is ignored without a stack search.
    open_count: HashMap<LocalName, u32>,
    pending: Pending,
    /// Open `a` elements with an href.
    in_link: u32,
    /// A block boundary (not a `<br>`) came since the last block.
    gap: bool,
    capture: Capture,
    captured: String,
    in_pre: u32,
}

struct Reader {
    state: RefCell<State>,
}

impl TokenSink for Reader {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut s = self.state.borrow_mut();
        match token {
            Token::TagToken(tag) => match tag.kind {
                TagKind::StartTag => return s.start(tag),
                TagKind::EndTag => s.end(&tag.name),
            },
            Token::CharacterTokens(text) => s.text(&text),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

impl State {
    fn new(path: &str, len: usize) -> State {
        let page = Page { path: path.to_string(), format: Format::Html, text: String::with_capacity(len / 4), ..Page::default() };
        State {
            page,
            stack: Vec::new(),
            open_count: HashMap::new(),
            pending: Pending { space: true, ..Pending::default() },
            in_link: 0,
            gap: false,
            capture: Capture::None,
            captured: String::new(),
            in_pre: 0,
        }
    }

    fn skipping(&self) -> bool {
        self.stack.last().is_some_and(|o| o.skip)
    }

    fn start(&mut self, tag: Tag) -> TokenSinkResult<()> {
        let kind = tags::kind(&tag.name);
        if let Some(raw) = self.raw_start(&tag, kind) {
            return raw;
        }
        match kind {
            Kind::Meta => {
                meta::from_meta(&mut self.page.meta, &tag.attrs);
                return TokenSinkResult::Continue;
            }
            Kind::Link => {
                meta::from_link(&mut self.page.meta, &tag.attrs);
                return TokenSinkResult::Continue;
            }
            Kind::Break => {
                if !self.skipping() {
                    self.flush(false);
                }
                return TokenSinkResult::Continue;
            }
            Kind::Void => return TokenSinkResult::Continue,
            _ => {}
        }
        self.close_implied(&tag.name, kind);
        if kind.breaks_text() {
            self.block_boundary();
        } else if kind == Kind::Cell {
            self.pending.cell_break = !self.pending.text.is_empty();
        }
        if kind == Kind::Anchor && tags::attr(&tag.attrs, "href").is_some() && !self.skipping() {
            self.in_link += 1;
            self.pending.links += 1;
        }
        if kind == Kind::Pre {
            self.in_pre += 1;
        }
        let hidden = tags::is_hidden(&tag.attrs) || kind == Kind::Skip;
        self.push(tag, kind, hidden);
        TokenSinkResult::Continue
    }

    /// Elements whose content the tokenizer must read as raw text: script, style, title...
    fn raw_start(&mut self, tag: &Tag, kind: Kind) -> Option<TokenSinkResult<()>> {
        let raw = match kind {
            Kind::Script => {
                let json_ld = tags::attr(&tag.attrs, "type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                self.capture = if json_ld { Capture::JsonLd } else { Capture::Discard };
                RawKind::ScriptData
            }
            Kind::RawText => {
                self.capture = Capture::Discard;
                RawKind::Rawtext
            }
            Kind::Title if !self.skipping() && self.page.meta.title.is_none() => {
                self.capture = Capture::Title;
                RawKind::Rcdata
            }
            Kind::Title => {
                self.capture = Capture::Discard;
                RawKind::Rcdata
            }
            Kind::Textarea => {
                self.capture = Capture::Discard;
                RawKind::Rcdata
            }
            _ => return None,
        };
        if tag.self_closing && kind != Kind::Script {
            self.capture = Capture::None;
            return Some(TokenSinkResult::Continue);
        }
        self.captured.clear();
        Some(TokenSinkResult::RawData(raw))
    }

    fn end_capture(&mut self) {
        let text = std::mem::take(&mut self.captured);
        match self.capture {
            Capture::Title => {
                let t = collapse(&text);
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

    fn push(&mut self, tag: Tag, kind: Kind, hidden: bool) {
        let index = self.stack.len();
        let parent_owner = self.stack.last().map(|o| o.owner);
        let owner = if kind.is_inline() { parent_owner.unwrap_or(index) } else { index };
        let hint = if kind.is_inline() { String::new() } else { tags::hint(&tag.attrs) };
        let skip = hidden || self.skipping();
        *self.open_count.entry(tag.name.clone()).or_insert(0) += 1;
        self.stack.push(Open { name: tag.name, kind, hint, container: None, owner, skip });
    }

    fn end(&mut self, name: &LocalName) {
        if self.capture != Capture::None {
            // The tokenizer only leaves raw-text mode on the matching end tag.
            self.end_capture();
            return;
        }
        let kind = tags::kind(name);
        if matches!(kind, Kind::Break) {
            // `</br>` is read as `<br>` by browsers.
            if !self.skipping() {
                self.flush(false);
            }
            return;
        }
        if matches!(kind, Kind::Root) || self.open_count.get(name).copied().unwrap_or(0) == 0 {
            return;
        }
        while let Some(open) = self.stack.last() {
            let done = open.name == *name;
            self.pop();
            if done {
                break;
            }
        }
    }

    fn pop(&mut self) {
        let Some(open) = self.stack.last() else { return };
        let kind = open.kind;
        let was_link = kind == Kind::Anchor && self.in_link > 0 && !open.skip;
        if kind.breaks_text() {
            self.block_boundary();
        } else if kind == Kind::Cell {
            self.pending.cell_break = !self.pending.text.is_empty();
        }
        let Some(open) = self.stack.pop() else { return };
        if let Some(n) = self.open_count.get_mut(&open.name) {
            *n = n.saturating_sub(1);
        }
        if was_link {
            self.in_link -= 1;
        }
        if kind == Kind::Pre {
            self.in_pre = self.in_pre.saturating_sub(1);
        }
    }

    /// The implied end tags of the HTML parsing rules that change where text goes.
    fn close_implied(&mut self, name: &LocalName, kind: Kind) {
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
                if self.open_count.get(name).copied().unwrap_or(0) > 0 {
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

    fn text(&mut self, text: &str) {
        if self.capture != Capture::None {
            if self.capture != Capture::Discard {
                self.captured.push_str(text);
            }
            return;
        }
        if self.skipping() || self.stack.last().is_some_and(|o| o.kind == Kind::Head) {
            return;
        }
        let in_link = self.in_link > 0;
        for c in text.chars() {
            if c == '\n' && self.in_pre > 0 {
                self.flush(false);
                continue;
            }
            if c.is_whitespace() {
                if !self.pending.space {
                    self.pending.text.push(' ');
                    self.pending.space = true;
                }
                continue;
            }
            if c.is_control() || c == '\u{200b}' || c == '\u{feff}' {
                continue;
            }
            if self.pending.cell_break {
                self.pending.cell_break = false;
                if self.pending.text.ends_with(' ') {
                    self.pending.text.pop();
                }
                self.pending.text.push('\t');
            }
            self.pending.text.push(c);
            self.pending.space = false;
            if in_link {
                self.pending.link_chars += 1;
            }
        }
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
        let pending = std::mem::replace(&mut self.pending, Pending { space: true, ..Pending::default() });
        let text = pending.text.trim_matches(|c: char| c == ' ' || c == '\t');
        if text.is_empty() {
            self.gap |= boundary;
            return;
        }
        let (tag, container) = self.placement();
        if !self.page.text.is_empty() {
            self.page.text.push('\n');
        }
        let start = self.page.text.len();
        self.page.text.push_str(text);
        let chars = text.chars().count() as u32;
        self.page.blocks.push(Block {
            start,
            end: self.page.text.len(),
            tag,
            gap_before: self.gap || self.page.blocks.is_empty(),
            container,
            link_chars: pending.link_chars.min(chars),
            links: pending.links,
        });
        self.gap = false;
    }

    /// The block tag and container of text written now.
    fn placement(&mut self) -> (BlockTag, Option<u32>) {
        let Some(top) = self.stack.last() else { return (BlockTag::Div, None) };
        let owner = top.owner;
        let owner_kind = self.stack[owner].kind;
        let (tag, holder) = match owner_kind.block_tag(&self.stack[owner].name) {
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
            self.page.containers.push(Container { parent, tag: open.name.to_string(), hint: open.hint.clone(), depth });
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

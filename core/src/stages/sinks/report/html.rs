//! HTML pieces of the report: escaping, entity marks over code-point offsets, the page frame
//! and its inline style sheet (the report must open offline, so nothing is fetched).

use vanban_plugin_sdk::EntityKind;

/// Every entity type, in legend order.
pub const KINDS: &[EntityKind] = &[
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Location,
    EntityKind::Disease,
    EntityKind::Date,
    EntityKind::Period,
];

/// Escapes text for element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    escape_into(&mut out, text);
    out
}

/// [`escape`], appended to `out`.
pub fn escape_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    // The five characters are ASCII, never part of a multi-byte letter: runs between them
    // are copied whole, and words of eight bytes without any are passed over at once.
    while i < bytes.len() {
        if i + 8 <= bytes.len() && !has_special(word_at(bytes, i)) {
            i += 8;
            continue;
        }
        if let Some(entity) = entity(bytes[i]) {
            out.push_str(&text[copied..i]);
            out.push_str(entity);
            copied = i + 1;
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
}

/// What stands for a byte that [`escape`] replaces.
fn entity(b: u8) -> Option<&'static str> {
    match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        b'\'' => Some("&#39;"),
        _ => None,
    }
}

/// The eight bytes from `at` as one word, to test them all at once.
fn word_at(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

/// A word with each byte 0x01.
const ONES: u64 = 0x0101_0101_0101_0101;

/// A word with the top bit of each byte set.
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any byte of `word` is one that [`escape`] replaces.
fn has_special(word: u64) -> bool {
    has_byte(word, b'&') | has_byte(word, b'<') | has_byte(word, b'>') | has_byte(word, b'"') | has_byte(word, b'\'')
}

/// Whether any byte of `word` is `b`. A byte of `x = word ^ b…b` is zero exactly where
/// `word` has `b`; subtracting 0x01 from each byte sets the top bit of a zero byte, and
/// `& !x` leaves out bytes whose top bit was set already. (The borrow may mark a byte above
/// the first zero too, which is harmless: only whether there is one is asked.)
fn has_byte(word: u64, b: u8) -> bool {
    let x = word ^ (ONES * b as u64);
    x.wrapping_sub(ONES) & !x & HIGHS != 0
}

/// The byte offset of code point `n` of `text`, or its length if it has no more.
fn byte_offset(text: &str, n: usize) -> usize {
    let bytes = text.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    // Whole words while code point `n` starts past them.
    while i + 8 <= bytes.len() {
        let starts = 8 - continuation_bytes(word_at(bytes, i));
        if seen + starts > n {
            break;
        }
        seen += starts;
        i += 8;
    }
    while i < bytes.len() {
        // A byte 0b10xx_xxxx continues a code point; any other starts one.
        if bytes[i] & 0xC0 != 0x80 {
            if seen == n {
                return i;
            }
            seen += 1;
        }
        i += 1;
    }
    bytes.len()
}

/// How many bytes of `word` continue a code point (0b10xx_xxxx) rather than start one.
fn continuation_bytes(word: u64) -> usize {
    // The top bit of each such byte: bit 7 set, bit 6 clear (the shift puts bit 6 under
    // bit 7).
    let marks = word & !(word << 1) & HIGHS;
    // Summing the bytes of `marks >> 7` (each 0 or 1) into the top one by a multiplication.
    ((marks >> 7).wrapping_mul(ONES) >> 56) as usize
}

/// A span to mark: code-point offsets into the text, what it is and what its tooltip is
/// made from (see [`mark_into`]).
pub struct Span<T> {
    pub start: usize,
    pub end: usize,
    pub what: Marked,
    pub tip: T,
}

/// What a span marks: an entity (a coloured `<mark>`) or an indicator (an underline).
#[derive(Clone, Copy)]
pub enum Marked {
    Entity(EntityKind),
    Indicator,
}

impl Marked {
    /// The opening tag up to the tooltip's text, which goes into a quoted attribute.
    fn open(self, out: &mut String) {
        match self {
            Marked::Entity(k) => {
                out.push_str("<mark class=\"ent-");
                out.push_str(k.as_str());
                out.push_str("\" title=\"");
            }
            Marked::Indicator => out.push_str("<span class=\"ind\" title=\""),
        }
    }

    fn close(self) -> &'static str {
        match self {
            Marked::Entity(_) => "</mark>",
            Marked::Indicator => "</span>",
        }
    }
}

/// Where [`mark_into`] has written up to, as a code-point and a byte offset of the text. It
/// only moves forward (spans are taken in order), so a page costs one pass however many
/// spans it has.
struct Cursor<'t> {
    text: &'t str,
    chars: usize,
    byte: usize,
}

impl Cursor<'_> {
    /// Writes the text up to code point `to`, escaped, and moves there.
    fn write_to(&mut self, out: &mut String, to: usize) {
        let rest = &self.text[self.byte..];
        let step = byte_offset(rest, to.saturating_sub(self.chars));
        escape_into(out, &rest[..step]);
        self.byte += step;
        self.chars = to.max(self.chars);
    }
}

/// Appends the text, escaped, with each span wrapped in its element; spans may nest (an
/// entity inside an indicator's figure). `tip` writes a span's tooltip, escaped, into the
/// attribute.
///
/// Spans that are empty, run past the text or cross the end of an enclosing span are left
/// unmarked rather than breaking the page: the offsets come from plugins.
pub fn mark_into<T>(out: &mut String, text: &str, spans: &mut [Span<T>], tip: impl Fn(&mut String, &T)) {
    let chars = text.chars().count();
    // Outer spans first where two start together.
    spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut at = Cursor { text, chars: 0, byte: 0 };
    let mut open: Vec<(usize, Marked)> = Vec::new();
    let close_until = |out: &mut String, open: &mut Vec<(usize, Marked)>, at: &mut Cursor, until: usize| {
        while let Some(&(end, what)) = open.last() {
            if end > until {
                break;
            }
            at.write_to(out, end);
            out.push_str(what.close());
            open.pop();
        }
    };
    for s in spans.iter() {
        if s.start >= s.end || s.end > chars || s.start < at.chars {
            continue;
        }
        close_until(out, &mut open, &mut at, s.start);
        if open.last().is_some_and(|&(end, _)| s.end > end) {
            continue;
        }
        at.write_to(out, s.start);
        s.what.open(out);
        tip(out, &s.tip);
        out.push_str("\">");
        open.push((s.end, s.what));
    }
    close_until(out, &mut open, &mut at, chars);
    escape_into(out, &text[at.byte..]);
}

/// Appends the legend: one sample mark per entity type, and the indicators' underline.
pub fn legend_into(out: &mut String) {
    out.push_str("<p class=\"legend\">");
    for k in KINDS {
        out.push_str("<mark class=\"ent-");
        out.push_str(k.as_str());
        out.push_str("\">");
        out.push_str(k.as_str());
        out.push_str("</mark> ");
    }
    out.push_str("<span class=\"ind\">indicator</span></p>");
}

/// A whole page: doctype, charset, title, style sheet and the body given.
pub fn page(title: &str, body: &str) -> String {
    format!("{}{body}{PAGE_END}", page_start(title))
}

/// A page up to its body's content, for pages written piece by piece; [`PAGE_END`] closes it.
pub fn page_start(title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        escape(title)
    )
}

/// What closes a page opened by [`page_start`].
pub const PAGE_END: &str = "\n</body>\n</html>\n";

/// A table with a header row; cells are HTML already.
pub fn table(class: &str, head: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    table_start(&mut out, class, head);
    for row in rows {
        out.push_str(ROW_START);
        for cell in row {
            cell_html(&mut out, cell);
        }
        out.push_str(ROW_END);
    }
    out.push_str(TABLE_END);
    out
}

/// Appends a table's opening and its header row (none if `head` is empty), up to its rows;
/// [`TABLE_END`] closes it.
pub fn table_start(out: &mut String, class: &str, head: &[&str]) {
    out.push_str("<table class=\"");
    out.push_str(class);
    out.push_str("\">\n");
    if !head.is_empty() {
        out.push_str("<thead><tr>");
        for h in head {
            out.push_str("<th>");
            escape_into(out, h);
            out.push_str("</th>");
        }
        out.push_str("</tr></thead>\n");
    }
    out.push_str("<tbody>\n");
}

/// What opens a row of a table begun by [`table_start`]; [`ROW_END`] closes it.
pub const ROW_START: &str = "<tr>";

/// What closes a row.
pub const ROW_END: &str = "</tr>\n";

/// What closes a table begun by [`table_start`].
pub const TABLE_END: &str = "</tbody>\n</table>\n";

/// Appends a cell that `write` fills with HTML.
pub fn cell(out: &mut String, write: impl FnOnce(&mut String)) {
    out.push_str("<td>");
    write(out);
    out.push_str("</td>");
}

/// Appends a cell holding HTML as it is.
pub fn cell_html(out: &mut String, html: &str) {
    cell(out, |out| out.push_str(html));
}

/// Appends a cell holding text, escaped.
pub fn cell_text(out: &mut String, text: &str) {
    cell(out, |out| escape_into(out, text));
}

/// Appends a cell holding an optional value, as [`or_dash_into`] shows it.
pub fn cell_or_dash(out: &mut String, v: Option<&str>) {
    cell(out, |out| or_dash_into(out, v));
}

/// Appends an optional value, escaped, or a grey dash.
pub fn or_dash_into(out: &mut String, v: Option<&str>) {
    match v {
        // What `trim` would leave empty, without walking in from both ends.
        Some(s) if !s.chars().all(char::is_whitespace) => escape_into(out, s),
        _ => out.push_str(DASH),
    }
}

/// What stands for a missing value.
pub const DASH: &str = "<span class=\"none\">—</span>";

/// Appends a number in decimal, without the formatting machinery (the report writes
/// several per entity).
pub fn push_int(out: &mut String, n: usize) {
    out.push_str(itoa::Buffer::new().format(n));
}

const CSS: &str = r#"
:root { --ink: #1d2330; --muted: #667085; --line: #d9dee7; --bg: #f7f8fa; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 16px/1.6 "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; min-height: 100vh;
  box-shadow: 0 0 0 1px var(--line); }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0.4rem 0 0.8rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 0.6rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--line); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
nav.top { font-size: 0.9rem; color: var(--muted); margin-bottom: 0.5rem; }
article.doc + article.doc { margin-top: 3rem; padding-top: 1rem; border-top: 4px solid var(--line); }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin: 0.4rem 0 1rem; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f6; font-weight: 600; position: sticky; top: 0; }
tbody tr:nth-child(even) { background: #fafbfc; }
table.docs td:nth-child(1) { color: var(--muted); width: 3.5em; }
table.docs td:nth-child(n+6), table.docs th:nth-child(n+6) { text-align: right; font-variant-numeric: tabular-nums; }
table.meta { width: auto; min-width: 60%; }
table.meta td:first-child { width: 13em; color: var(--muted); }
.summary { display: flex; flex-wrap: wrap; gap: 12px; margin: 0.8rem 0 1.2rem; }
.summary div { background: #eef4fb; border-radius: 8px; padding: 8px 14px; }
.summary b { display: block; font-size: 1.4rem; }
.body { white-space: pre-wrap; font-size: 1.02rem; line-height: 1.75; background: #fcfcfd;
  border: 1px solid var(--line); border-radius: 6px; padding: 14px 18px; }
.captions li { font-style: italic; }
.warnings { background: #fff7e0; border: 1px solid #f0d68a; border-radius: 6px; padding: 8px 14px 8px 32px; }
.failed td { color: #8a1c1c; }
.stripped li { color: #8c93a1; }
.stripped .text { white-space: pre-wrap; }
.tag { display: inline-block; font-size: 0.78rem; color: #555e6e; background: #eceff3; border-radius: 4px;
  padding: 0 6px; margin-left: 6px; font-style: normal; }
.none { color: #b0b6c2; }
.untitled { color: var(--muted); font-style: italic; }
.pager { margin: 0.6rem 0; font-size: 0.92rem; }
.pager a, .pager b { display: inline-block; padding: 2px 8px; margin: 0 2px 4px 0; border: 1px solid var(--line); border-radius: 4px; }
.pager b { background: var(--accent); color: #fff; border-color: var(--accent); }
mark { border-radius: 3px; padding: 0 2px; color: inherit; }
mark.ent-person { background: #ffd3de; }
mark.ent-organization { background: #cfe0ff; }
mark.ent-location { background: #c9f0cf; }
mark.ent-disease { background: #f0d2ff; }
mark.ent-date { background: #fff0a8; }
mark.ent-period { background: #ffdcb0; }
.ind { border-bottom: 2px solid #2f6fd0; padding-bottom: 1px; }
.legend mark, .legend .ind { font-size: 0.85rem; margin-right: 4px; }
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, kind: EntityKind) -> Span<&'static str> {
        Span { start, end, what: Marked::Entity(kind), tip: "" }
    }

    fn marked(text: &str, spans: &mut [Span<&str>]) -> String {
        let mut out = String::new();
        mark_into(&mut out, text, spans, |out, tip| escape_into(out, tip));
        out
    }

    #[test]
    fn writes_numbers_in_decimal() {
        let mut out = String::new();
        for n in [0, 7, 10, 4096, usize::MAX] {
            push_int(&mut out, n);
            out.push(' ');
        }
        assert_eq!(out, format!("0 7 10 4096 {} ", usize::MAX));
    }

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(escape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }

    #[test]
    fn only_the_five_characters_count_as_special() {
        for b in 0..=u8::MAX {
            assert_eq!(has_special(u64::from(b) << 24), entity(b).is_some(), "byte {b:#x}");
        }
    }

    #[test]
    fn escapes_inside_long_runs_of_letters() {
        for text in ["Ông Đỗ Văn Bé ở xã Hòa Bình & <b>", "abcdefgh'ijklmnop\"", "ĐĐĐĐĐĐĐĐĐĐĐĐ>", "", "&&&&&&&&&&&&&&&&&&"] {
            let by_char: String = text.chars().map(|c| entity(c as u8).filter(|_| c.is_ascii()).map_or(c.to_string(), String::from)).collect();
            assert_eq!(escape(text), by_char, "{text}");
        }
    }

    #[test]
    fn finds_code_points_as_char_indices_does() {
        for text in ["Ông Đỗ Văn Bé ở xã Hòa Bình, huyện Đông Lâm Thượng", "plain ascii text of some length", "ệệệệệệệệệệệ😀😀😀a", ""] {
            for n in 0..text.chars().count() + 3 {
                let expected = text.char_indices().nth(n).map_or(text.len(), |(b, _)| b);
                assert_eq!(byte_offset(text, n), expected, "{text} at {n}");
            }
        }
    }

    #[test]
    fn marks_by_code_points_not_bytes() {
        let text = "Ông Đỗ Văn Bé ở xã Hòa";
        let html = marked(text, &mut [span(19, 22, EntityKind::Location), span(4, 13, EntityKind::Person)]);
        assert_eq!(
            html,
            "Ông <mark class=\"ent-person\" title=\"\">Đỗ Văn Bé</mark> ở xã <mark class=\"ent-location\" title=\"\">Hòa</mark>"
        );
    }

    #[test]
    fn bad_spans_are_left_unmarked() {
        let text = "a <b> c";
        let html = marked(text, &mut [span(2, 5, EntityKind::Date), span(3, 6, EntityKind::Person), span(5, 99, EntityKind::Person), span(1, 1, EntityKind::Person)]);
        assert_eq!(html, "a <mark class=\"ent-date\" title=\"\">&lt;b&gt;</mark> c");
    }

    #[test]
    fn an_entity_nests_inside_an_indicator() {
        let text = "có 12 ca sởi ở xã";
        let figure = Span { start: 3, end: 12, what: Marked::Indicator, tip: "12 ca" };
        let html = marked(text, &mut [span(9, 12, EntityKind::Disease), figure, span(15, 17, EntityKind::Location)]);
        assert_eq!(
            html,
            "có <span class=\"ind\" title=\"12 ca\">12 ca <mark class=\"ent-disease\" title=\"\">sởi</mark></span> ở \
             <mark class=\"ent-location\" title=\"\">xã</mark>"
        );
    }
}

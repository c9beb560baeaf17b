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
    // Special characters are rare (most texts have none), so the search for the next one
    // starts afresh after each, and the runs between them are copied whole.
    while let Some(found) = find_special(&bytes[copied..]) {
        let at = copied + found;
        out.push_str(&text[copied..at]);
        out.push_str(entity(bytes[at]));
        copied = at + 1;
    }
    out.push_str(&text[copied..]);
}

/// Where the first byte that [`escape`] replaces is. The five characters are ASCII, never
/// part of a multi-byte letter, so the bytes are tested a block at a time (the compiler
/// turns the tests into a few vector instructions).
fn find_special(bytes: &[u8]) -> Option<usize> {
    if bytes.len() < LANES {
        return short_find_special(bytes);
    }
    let mut at = 0;
    while at + WIDE <= bytes.len() && !any_special(wide_at(bytes, at)) {
        at += WIDE;
    }
    while at + LANES <= bytes.len() {
        if let Some(i) = first_flag(special_flags(block_at(bytes, at))) {
            return Some(at + i);
        }
        at += LANES;
    }
    if at == bytes.len() {
        return None;
    }
    // The last block overlaps the one before: its bytes before `at` had none.
    let last = bytes.len() - LANES;
    let done = (at - last) * 8;
    first_flag(special_flags(block_at(bytes, last)) >> done << done).map(|i| last + i)
}

/// [`find_special`] in fewer bytes than a block. Most such texts (figures, units, names)
/// have none, so one or two words are tested before the bytes.
fn short_find_special(bytes: &[u8]) -> Option<usize> {
    // The first eight bytes and the last eight, which overlap.
    if bytes.len() >= 8 && !word_may_be_special(word_at(bytes, 0)) && !word_may_be_special(word_at(bytes, bytes.len() - 8)) {
        return None;
    }
    bytes.iter().position(|&b| is_special(b))
}

/// What stands for a byte that [`escape`] replaces; only called on those five.
fn entity(b: u8) -> &'static str {
    match b {
        b'&' => "&amp;",
        b'<' => "&lt;",
        b'>' => "&gt;",
        b'"' => "&quot;",
        _ => "&#39;",
    }
}

/// Whether [`escape`] replaces `b`.
fn is_special(b: u8) -> bool {
    (b == b'&') | (b == b'<') | (b == b'>') | (b == b'"') | (b == b'\'')
}

/// The bytes tested at once: sixteen, one vector register of the baseline x86-64 and ARM.
const LANES: usize = 16;

/// The eight bytes from `at` as one word.
fn word_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("a whole word"))
}

/// A word with each byte 0x01.
const ONES: u64 = u64::MAX / 0xFF;

/// Whether `word` may have a special byte: yes if it has one, and also if it has a '#'
/// (the test is two comparisons instead of five: `<` and `>` are 0x3E once bit 1 is set,
/// `"`, `&`, `'` and '#' are 0x27 once bits 0 and 2 are).
fn word_may_be_special(word: u64) -> bool {
    has_zero_byte((word | ONES * 0x02) ^ ONES * 0x3E) | has_zero_byte((word | ONES * 0x05) ^ ONES * 0x27)
}

/// Whether a byte of `x` is zero: subtracting 0x01 from each byte sets the top bit of a
/// zero byte, and `& !x` leaves out bytes whose top bit was set already. (The borrow may
/// mark a byte above the first zero too, which is harmless: only whether there is one is
/// asked.)
fn has_zero_byte(x: u64) -> bool {
    x.wrapping_sub(ONES) & !x & (ONES * 0x80) != 0
}

/// The bytes tested at once where only a count or a yes or no is wanted: four blocks.
const WIDE: usize = 4 * LANES;

/// The block of bytes from `at`.
fn block_at(bytes: &[u8], at: usize) -> &[u8; LANES] {
    bytes[at..at + LANES].try_into().expect("a whole block")
}

/// The wide block of bytes from `at`.
fn wide_at(bytes: &[u8], at: usize) -> &[u8; WIDE] {
    bytes[at..at + WIDE].try_into().expect("a whole wide block")
}

/// Whether any byte of `wide` is special.
fn any_special(wide: &[u8; WIDE]) -> bool {
    // Flags first, then their union: the form that compiles to compares and one test.
    let mut flags = [0u8; WIDE];
    for (f, &b) in flags.iter_mut().zip(wide) {
        *f = u8::from(is_special(b));
    }
    flags.iter().fold(0, |any, &f| any | f) != 0
}

/// The top bit of byte `i` of the result set where byte `i` of `block` is special.
fn special_flags(block: &[u8; LANES]) -> u128 {
    // Written as a loop over independent lanes producing a whole byte each, so that it
    // compiles to compares and no branch.
    let mut flags = [0u8; LANES];
    for (f, &b) in flags.iter_mut().zip(block) {
        *f = 0u8.wrapping_sub(u8::from(is_special(b)));
    }
    u128::from_le_bytes(flags) & (u128::MAX / 0xFF * 0x80)
}

/// The index of the first byte flagged in `flags`.
fn first_flag(flags: u128) -> Option<usize> {
    (flags != 0).then(|| flags.trailing_zeros() as usize / 8)
}

/// The byte offset of code point `n` of `text`, or its length if it has no more.
fn byte_offset(text: &str, n: usize) -> usize {
    let bytes = text.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    // Whole blocks, wide then narrow, while code point `n` starts past them.
    skip_blocks::<WIDE>(bytes, n, &mut i, &mut seen);
    skip_blocks::<LANES>(bytes, n, &mut i, &mut seen);
    // Then a word, before the last few bytes one by one.
    if i + 8 <= bytes.len() {
        let starts = 8 - continuation_bytes(word_at(bytes, i));
        if seen + starts <= n {
            seen += starts;
            i += 8;
        }
    }
    while i < bytes.len() {
        if starts_code_point(bytes[i]) {
            if seen == n {
                return i;
            }
            seen += 1;
        }
        i += 1;
    }
    bytes.len()
}

/// Moves `i` past the whole blocks of `N` bytes from it before the one where code point `n`
/// starts, counting in `seen` the code points that start in them.
fn skip_blocks<const N: usize>(bytes: &[u8], n: usize, i: &mut usize, seen: &mut usize) {
    while let Some(block) = bytes.get(*i..*i + N) {
        let starts = code_point_starts::<N>(block.try_into().expect("a whole block"));
        if *seen + starts > n {
            break;
        }
        *seen += starts;
        *i += N;
    }
}

/// Whether `b` starts a code point: any byte but 0b10xx_xxxx, which continues one. As a
/// signed byte those are the ones below -0x40 (a form that compiles to one vector compare).
fn starts_code_point(b: u8) -> bool {
    b as i8 >= -0x40
}

/// How many bytes of `word` continue a code point (0b10xx_xxxx) rather than start one.
fn continuation_bytes(word: u64) -> usize {
    // The top bit of each such byte: bit 7 set, bit 6 clear (the shift puts bit 6 under
    // bit 7).
    let marks = word & !(word << 1) & (ONES * 0x80);
    // Summing the bytes of `marks >> 7` (each 0 or 1) into the top one by a multiplication.
    ((marks >> 7).wrapping_mul(ONES) >> 56) as usize
}

/// How many code points start in `block` (of at most 255 bytes, so that the sum fits).
fn code_point_starts<const N: usize>(block: &[u8; N]) -> usize {
    // A sum of independent lanes, which compiles to compares and a few vector additions.
    let mut starts = [0u8; N];
    for (s, &b) in starts.iter_mut().zip(block) {
        *s = u8::from(starts_code_point(b));
    }
    starts.iter().fold(0u8, |sum, &s| sum.wrapping_add(s)) as usize
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
    #[inline]
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

/// A page up to its body's content (doctype, charset, title, style sheet); pages are written
/// piece by piece and [`PAGE_END`] closes them.
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

/// Appends a table's opening and its header row (none if `head` is empty), up to its rows;
/// [`TABLE_END`] closes it. Like `class`, the column names are the report's own words,
/// written as they are.
pub fn table_start(out: &mut String, class: &str, head: &[&str]) {
    out.push_str("<table class=\"");
    out.push_str(class);
    out.push_str("\">\n");
    if !head.is_empty() {
        out.push_str("<thead><tr>");
        for h in head {
            out.push_str("<th>");
            out.push_str(h);
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
            let mut block = [b'a'; LANES];
            block[5] = b;
            let expected = if "&<>\"'".contains(char::from(b)) { 0x80 << 40 } else { 0 };
            assert_eq!(special_flags(&block), expected, "byte {b:#x}");
            assert_eq!(starts_code_point(b), b & 0xC0 != 0x80, "byte {b:#x}");
        }
    }

    #[test]
    fn the_word_test_misses_no_special_byte() {
        for b in 0..=u8::MAX {
            for at in 0..8 {
                let mut bytes = *b"abcdefgh";
                bytes[at] = b;
                let word = u64::from_le_bytes(bytes);
                assert!(!is_special(b) || word_may_be_special(word), "byte {b:#x} at {at}");
                assert_eq!(word_may_be_special(word), is_special(b) || b == b'#', "byte {b:#x} at {at}");
            }
        }
    }

    /// The escaper this one replaced, which tested eight bytes at a time with word
    /// arithmetic and fell back to byte by byte around each special character.
    fn escape_by_words(text: &str) -> String {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGHS: u64 = 0x8080_8080_8080_8080;
        let has_byte = |word: u64, b: u8| {
            let x = word ^ (ONES * b as u64);
            x.wrapping_sub(ONES) & !x & HIGHS != 0
        };
        let has_special = |w: u64| has_byte(w, b'&') | has_byte(w, b'<') | has_byte(w, b'>') | has_byte(w, b'"') | has_byte(w, b'\'');
        let bytes = text.as_bytes();
        let mut out = String::new();
        let (mut copied, mut i) = (0, 0);
        while i < bytes.len() {
            if i + 8 <= bytes.len() && !has_special(u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap())) {
                i += 8;
                continue;
            }
            if is_special(bytes[i]) {
                out.push_str(&text[copied..i]);
                out.push_str(entity(bytes[i]));
                copied = i + 1;
            }
            i += 1;
        }
        out.push_str(&text[copied..]);
        out
    }

    /// Text of every length up to a few blocks, from pieces that include each escaped
    /// character, multi-byte letters of two, three and four bytes, and bytes next to the
    /// special ones ('%', '=', '?', '#').
    fn generated_texts() -> Vec<String> {
        const PIECES: &[&str] = &["&", "<", ">", "\"", "'", "a", " ", "Đ", "ệ", "ở", "😀", "xã Hòa", "%", "=", "?", "#", "\n", "&amp;", "0"];
        let mut rng = vanban_plugin_sdk::testing::Rng(0x5DEE_CE66_D1CE_4E5B);
        (0..4000)
            .map(|k| {
                let pieces = k % 60;
                let mut text = String::new();
                for _ in 0..pieces {
                    // Mostly letters, as in the pages, sometimes a run of one piece.
                    let piece = if rng.below(4) == 0 { PIECES[rng.below(PIECES.len())] } else { PIECES[5 + rng.below(7)] };
                    for _ in 0..1 + rng.below(3) {
                        text.push_str(piece);
                    }
                }
                text
            })
            .collect()
    }

    #[test]
    fn escapes_as_the_word_escaper_did() {
        for text in generated_texts() {
            assert_eq!(escape(&text), escape_by_words(&text), "{text:?}");
            let mut appended = String::from("before ");
            escape_into(&mut appended, &text);
            assert_eq!(appended, format!("before {}", escape_by_words(&text)));
        }
    }

    #[test]
    fn finds_code_points_in_generated_text() {
        for text in generated_texts().iter().step_by(7) {
            for n in 0..text.chars().count() + 2 {
                let expected = text.char_indices().nth(n).map_or(text.len(), |(b, _)| b);
                assert_eq!(byte_offset(text, n), expected, "{text:?} at {n}");
            }
        }
    }

    #[test]
    fn escapes_inside_long_runs_of_letters() {
        for text in ["Ông Đỗ Văn Bé ở xã Hòa Bình & <b>", "abcdefgh'ijklmnop\"", "ĐĐĐĐĐĐĐĐĐĐĐĐ>", "", "&&&&&&&&&&&&&&&&&&"] {
            let by_char: String = text.chars().map(|c| if c.is_ascii() && is_special(c as u8) { entity(c as u8).to_string() } else { c.to_string() }).collect();
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

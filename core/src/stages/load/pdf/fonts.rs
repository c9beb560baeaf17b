//! The fonts of a PDF's text layer: how each turns the bytes of a shown string into text
//! and how far each glyph moves the pen, read once per font for the whole document.

use lopdf::{Dictionary, Document, Encoding, Object};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// The fonts met so far in one document, by dictionary: pages usually share their fonts,
/// and reading a font's ToUnicode map is most of what a page costs after its content.
pub struct Fonts<'d> {
    doc: &'d Document,
    limit: usize,
    by_dict: FxHashMap<*const Dictionary, Option<Rc<Font<'d>>>>,
}

impl<'d> Fonts<'d> {
    pub fn new(doc: &'d Document, limit: usize) -> Self {
        Fonts { doc, limit, by_dict: FxHashMap::default() }
    }

    /// The fonts a page names in its resources; a font whose encoding cannot be read is
    /// left out, so its text is skipped and the rest of the page still read.
    pub fn of_page(&mut self, page: lopdf::ObjectId) -> BTreeMap<Vec<u8>, Rc<Font<'d>>> {
        let Ok(named) = self.doc.get_page_fonts(page) else { return BTreeMap::new() };
        named.into_iter().filter_map(|(name, dict)| Some((name, self.font(dict)?))).collect()
    }

    fn font(&mut self, dict: &'d Dictionary) -> Option<Rc<Font<'d>>> {
        let (doc, limit) = (self.doc, self.limit);
        self.by_dict.entry(dict as *const Dictionary).or_insert_with(|| Font::read(dict, doc, limit).map(Rc::new)).clone()
    }
}

/// One font: its encoding and its glyph widths.
pub struct Font<'d> {
    encoding: Encoding<'d>,
    /// Identity-H or -V with a ToUnicode map: every code is two bytes (PDF 32000-1 §9.7.5.2).
    two_byte: bool,
    widths: Option<Widths>,
    /// What each two-byte code reads as, filled as codes are met: a document shows a few
    /// hundred distinct codes thousands of times.
    read: RefCell<FxHashMap<u16, Box<str>>>,
}

impl<'d> Font<'d> {
    fn read(dict: &'d Dictionary, doc: &'d Document, limit: usize) -> Option<Font<'d>> {
        let encoding = dict.get_font_encoding_with_limit(doc, limit).ok()?;
        let identity = matches!(dict.get(b"Encoding").and_then(Object::as_name), Ok(b"Identity-H" | b"Identity-V"));
        let two_byte = identity && matches!(encoding, Encoding::UnicodeMapEncoding(_));
        // A Type 3 font's widths are in its own glyph space (its /FontMatrix), not thousandths.
        let type3 = matches!(dict.get(b"Subtype").and_then(Object::as_name), Ok(b"Type3"));
        let widths = match (two_byte, type3) {
            (true, _) => Widths::of_cid_font(dict, doc),
            (false, false) => Widths::of_simple_font(dict, doc),
            (false, true) => None,
        };
        Some(Font { encoding, two_byte, widths, read: RefCell::default() })
    }

    /// Whether glyph advances are known, so that gaps between shown strings can be measured.
    pub fn has_widths(&self) -> bool {
        self.widths.is_some()
    }

    /// Appends the text of `bytes` to `out` and returns the pen's advance in thousandths of
    /// an em (glyph widths) and the number of single-byte spaces (for word spacing).
    pub fn show(&self, bytes: &[u8], out: &mut String) -> Shown {
        if self.two_byte {
            self.show_two_byte(bytes, out)
        } else {
            // An encoding lopdf cannot apply leaves the string out, as its own extraction does.
            let _ = self.encoding.write_to_string(bytes, out);
            let width = bytes.iter().map(|&b| self.width(u32::from(b))).sum();
            Shown { glyphs: bytes.len(), spaces: bytes.iter().filter(|&&b| b == b' ').count(), width }
        }
    }

    fn show_two_byte(&self, bytes: &[u8], out: &mut String) -> Shown {
        let mut read = self.read.borrow_mut();
        let mut width = 0.0;
        for pair in bytes.chunks(2) {
            let [high, low] = *pair else {
                // An odd byte at the end is not a code; lopdf reads it as best it can.
                let _ = self.encoding.write_to_string(pair, out);
                continue;
            };
            let code = u16::from_be_bytes([high, low]);
            let text = read.entry(code).or_insert_with(|| {
                let mut text = String::new();
                let _ = self.encoding.write_to_string(pair, &mut text);
                text.into_boxed_str()
            });
            out.push_str(text);
            width += self.width(u32::from(code));
        }
        Shown { glyphs: bytes.len().div_ceil(2), spaces: 0, width }
    }

    fn width(&self, code: u32) -> f64 {
        self.widths.as_ref().map_or(0.0, |w| w.of(code))
    }
}

/// What showing a string did: glyphs drawn, single-byte spaces among them, and the sum of
/// their widths in thousandths of an em.
pub struct Shown {
    pub glyphs: usize,
    pub spaces: usize,
    pub width: f64,
}

/// Glyph widths in thousandths of an em, by code.
struct Widths {
    by_code: FxHashMap<u32, f64>,
    default: f64,
}

impl Widths {
    fn of(&self, code: u32) -> f64 {
        self.by_code.get(&code).copied().unwrap_or(self.default)
    }

    /// A simple font's `/FirstChar` and `/Widths`; none for the standard 14 fonts, whose
    /// metrics live outside the file.
    fn of_simple_font(dict: &Dictionary, doc: &Document) -> Option<Widths> {
        let first = number(dict.get_deref(b"FirstChar", doc).ok()?)? as u32;
        let widths = dict.get_deref(b"Widths", doc).ok()?.as_array().ok()?;
        let by_code = widths.iter().zip(first..).filter_map(|(w, code)| Some((code, number(deref(w, doc))?))).collect();
        let default = dict
            .get_deref(b"FontDescriptor", doc)
            .ok()
            .and_then(|d| d.as_dict().ok())
            .and_then(|d| number(d.get_deref(b"MissingWidth", doc).ok()?))
            .unwrap_or(0.0);
        Some(Widths { by_code, default })
    }

    /// A composite font's descendant `/W` (runs `c [w1 w2 …]` and ranges `c1 c2 w`) and `/DW`.
    fn of_cid_font(dict: &Dictionary, doc: &Document) -> Option<Widths> {
        let descendants = dict.get_deref(b"DescendantFonts", doc).ok()?.as_array().ok()?;
        let cid_font = deref(descendants.first()?, doc).as_dict().ok()?;
        let default = cid_font.get_deref(b"DW", doc).ok().and_then(number).unwrap_or(1000.0);
        let mut by_code = FxHashMap::default();
        if let Some(w) = cid_font.get_deref(b"W", doc).ok().and_then(|w| w.as_array().ok()) {
            read_w_array(w, doc, &mut by_code);
        }
        Some(Widths { by_code, default })
    }
}

fn read_w_array(w: &[Object], doc: &Document, by_code: &mut FxHashMap<u32, f64>) {
    let mut i = 0;
    while i + 1 < w.len() {
        let Some(first) = number(deref(&w[i], doc)) else { return };
        let first = first as u32;
        match deref(&w[i + 1], doc) {
            Object::Array(run) => {
                for (code, width) in (first..).zip(run) {
                    if let Some(width) = number(deref(width, doc)) {
                        by_code.insert(code, width);
                    }
                }
                i += 2;
            }
            last => {
                let (Some(last), Some(width)) = (number(last), w.get(i + 2).and_then(|x| number(deref(x, doc)))) else { return };
                // A range is bounded by its codes; a corrupt one must not fill memory.
                for code in first..=(last as u32).min(first.saturating_add(0xFFFF)) {
                    by_code.insert(code, width);
                }
                i += 3;
            }
        }
    }
}

/// An array item: the object a reference points to (lopdf follows chains of them), or the item.
fn deref<'a>(object: &'a Object, doc: &'a Document) -> &'a Object {
    doc.dereference(object).map_or(object, |(_, target)| target)
}

pub fn number(object: &Object) -> Option<f64> {
    object.as_float().ok().map(f64::from).filter(|n| n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::super::write::write_pdf;
    use super::*;

    /// Reading two-byte codes one at a time through the cache gives what lopdf gives for
    /// the whole string, on generated strings of Vietnamese letters, digits and marks.
    #[test]
    fn codes_read_one_at_a_time_match_the_whole_string() {
        let alphabet: Vec<char> = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ĐƯƠ0123456789,.%/-()\u{300}\u{301}"
            .chars()
            .collect();
        // The page shows every char once, so that the font's ToUnicode map lists them all.
        let raw = write_pdf(&[format!("BT /F1 10 Tf {} Tj ET", super::super::write::hex(&alphabet.iter().collect::<String>()))]);
        let doc = Document::load_mem(&raw).unwrap();
        let page = *doc.get_pages().values().next().unwrap();
        let mut fonts = Fonts::new(&doc, 1 << 20);
        let font = fonts.of_page(page).remove(b"F1".as_slice()).unwrap();
        assert!(font.two_byte && font.has_widths());
        let mut rng = vanban_plugin_sdk::testing::Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..300 {
            let len = rng.below(40);
            let text: String = (0..len).map(|_| alphabet[rng.below(alphabet.len())]).collect();
            let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
            let (mut by_code, mut whole) = (String::new(), String::new());
            let shown = font.show(&bytes, &mut by_code);
            font.encoding.write_to_string(&bytes, &mut whole).unwrap();
            assert_eq!(by_code, whole);
            assert_eq!(by_code, text);
            assert_eq!(shown.glyphs, text.chars().count());
        }
    }
}

//! Writing a PDF whose pages are given as content streams, with one font that shows any
//! character of the Basic Multilingual Plane: for generated corpora (`vanban synth
//! --format pdf`) and tests. Not a general PDF writer; lopdf does the writing.

use lopdf::{dictionary, Document, Object, Stream};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// The name content streams use for the font, as in `/F1 11 Tf`.
pub const FONT: &str = "F1";
/// Every glyph's width, in thousandths of an em.
pub const GLYPH_WIDTH: u32 = 500;

/// A string operand showing `text` in the font: four hex digits per char, its code point.
/// Chars beyond the Basic Multilingual Plane show as U+FFFD.
pub fn hex(text: &str) -> String {
    let mut out = String::with_capacity(2 + 4 * text.len());
    out.push('<');
    for c in text.chars() {
        let code = u16::try_from(u32::from(c)).unwrap_or(0xFFFD);
        out.push_str(&format!("{code:04X}"));
    }
    out.push('>');
    out
}

/// A PDF of A4 pages with these content streams, compressed as a word processor would.
pub fn write_pdf(pages: &[String]) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let font = add_font(&mut doc, &codes_shown(pages));
    let pages_id = doc.new_object_id();
    let kids: Vec<Object> = pages
        .iter()
        .map(|content| {
            let mut stream = Stream::new(dictionary! {}, content.as_bytes().to_vec());
            let _ = stream.compress();
            let contents = doc.add_object(stream);
            doc.add_object(dictionary! {
                "Type" => "Page",
                "Parent" => pages_id,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
                "Resources" => dictionary! { "Font" => dictionary! { FONT => font } },
                "Contents" => contents,
            })
            .into()
        })
        .collect();
    let count = kids.len() as i64;
    doc.objects.insert(pages_id, dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }.into());
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    // Writing into memory fails only if lopdf itself does.
    doc.save_to(&mut out).expect("lopdf writes a document it built");
    out
}

/// The codes of the hex strings in the content streams (every `<…>`: content streams
/// hold no dictionaries), for the ToUnicode map.
fn codes_shown(pages: &[String]) -> BTreeSet<u16> {
    let mut codes = BTreeSet::new();
    for page in pages {
        for string in page.split('<').skip(1) {
            let digits = string.split('>').next().unwrap_or_default().as_bytes();
            codes.extend(digits.chunks_exact(4).filter_map(|d| u16::from_str_radix(std::str::from_utf8(d).ok()?, 16).ok()));
        }
    }
    codes
}

/// A composite font, Identity-H, whose codes are code points; its ToUnicode map lists the
/// codes shown, as a subset font's does. The font program is not embedded, as the text
/// layer is all a reader of text needs.
fn add_font(doc: &mut Document, codes: &BTreeSet<u16>) -> lopdf::ObjectId {
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
         /CMapName /Unicode def /CMapType 2 def\n\
         1 begincodespacerange <0000> <FFFF> endcodespacerange\n",
    );
    let codes: Vec<u16> = codes.iter().copied().collect();
    // At most 100 entries a block (PDF 32000-1 §9.10.3).
    for block in codes.chunks(100) {
        let _ = writeln!(cmap, "{} beginbfchar", block.len());
        for code in block {
            let _ = writeln!(cmap, "<{code:04X}> <{code:04X}>");
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap CMapName currentdict /CMap defineresource pop end end\n");
    let mut stream = Stream::new(dictionary! {}, cmap.into_bytes());
    let _ = stream.compress();
    let to_unicode = doc.add_object(stream);
    let descendant = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "CIDFontType2",
        "BaseFont" => "Arial",
        "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Identity"), "Supplement" => 0 },
        "CIDToGIDMap" => "Identity",
        "DW" => GLYPH_WIDTH as i64,
    });
    doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type0",
        "BaseFont" => "Arial",
        "Encoding" => "Identity-H",
        "DescendantFonts" => vec![descendant.into()],
        "ToUnicode" => to_unicode,
    })
}

//! The list numbers Word draws itself (a paragraph's `w:numPr`): read from
//! `word/numbering.xml` and written before the paragraph's text, as Word's own "save as
//! text" writes them, so that "1.", "a)" and "-" open the items of a notice made with
//! automatic lists as they open those of a typed one.

use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;

/// The deepest list level Word has (levels 0 to 8).
const LEVELS: usize = 9;

/// How a level writes its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Decimal,
    DecimalZero,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    Bullet,
    None,
}

impl Format {
    fn from_val(val: &str) -> Format {
        match val {
            "decimalZero" => Format::DecimalZero,
            "lowerLetter" => Format::LowerLetter,
            "upperLetter" => Format::UpperLetter,
            "lowerRoman" => Format::LowerRoman,
            "upperRoman" => Format::UpperRoman,
            "bullet" => Format::Bullet,
            "none" => Format::None,
            // "decimal" and the scripts this reader does not write ("ideographDigital"…).
            _ => Format::Decimal,
        }
    }

    fn write(self, n: u32, out: &mut String) {
        match self {
            Format::Decimal => out.push_str(&n.to_string()),
            Format::DecimalZero => out.push_str(&format!("{n:02}")),
            Format::LowerLetter => out.push_str(&letters(n).to_lowercase()),
            Format::UpperLetter => out.push_str(&letters(n)),
            Format::LowerRoman => out.push_str(&roman(n).to_lowercase()),
            Format::UpperRoman => out.push_str(&roman(n)),
            Format::Bullet | Format::None => {}
        }
    }
}

/// "A".."Z", then "AA".."ZZ" as Word goes on past the alphabet.
fn letters(n: u32) -> String {
    let n = n.max(1) - 1;
    let letter = char::from(b'A' + (n % 26) as u8);
    std::iter::repeat_n(letter, (n / 26) as usize + 1).collect()
}

fn roman(mut n: u32) -> String {
    const NUMERALS: &[(u32, &str)] =
        &[(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut out = String::new();
    for &(value, numeral) in NUMERALS {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// One level of a list definition: how its number is written and where it starts.
#[derive(Debug, Clone)]
struct Level {
    format: Format,
    /// `w:lvlText`: "%1.", "%1.%2.", "%2)", or a bullet's glyph.
    text: String,
    start: u32,
}

impl Default for Level {
    fn default() -> Level {
        Level { format: Format::Decimal, text: String::new(), start: 1 }
    }
}

/// The lists of a document and the numbers given so far.
#[derive(Debug, Default)]
pub struct Numbering {
    /// `w:abstractNum` by its id: the levels.
    abstracts: HashMap<u32, Vec<Level>>,
    /// `w:num` by its id: the list definition it uses and the levels it starts anew.
    nums: HashMap<u32, (u32, Vec<(usize, u32)>)>,
    /// The numbers of each list (`w:num`) so far, by level; 0 is none yet.
    counters: HashMap<u32, [u32; LEVELS]>,
    /// Paragraph styles that number their paragraphs ("List Number", a numbered heading), by
    /// style id: the list, the level, and the style they are based on.
    styles: HashMap<String, StyleNumbering>,
}

/// What a paragraph style says of numbering; what it leaves unsaid comes from its base.
#[derive(Debug, Default, Clone)]
struct StyleNumbering {
    num_id: Option<u32>,
    level: Option<u32>,
    based_on: Option<String>,
}

/// How far a chain of styles based on styles is followed (Word's own are a few deep).
const MAX_STYLE_DEPTH: usize = 16;

impl Numbering {
    /// Reads `word/numbering.xml`. A part that does not parse gives what was read before the
    /// fault: numbers are a help to the reading, not the text.
    pub fn parse(xml: &[u8]) -> Numbering {
        let mut out = Numbering::default();
        let mut reader = quick_xml::Reader::from_reader(xml);
        let (mut abstract_id, mut num_id, mut level) = (None, None, None::<usize>);
        loop {
            let (e, empty) = match reader.read_event() {
                Ok(Event::Start(e)) => (e, false),
                Ok(Event::Empty(e)) => (e, true),
                Ok(Event::End(e)) => {
                    match e.local_name().as_ref() {
                        "abstractNum" => abstract_id = None,
                        "num" => num_id = None,
                        "lvl" | "lvlOverride" => level = None,
                        _ => {}
                    }
                    continue;
                }
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => continue,
            };
            let name = e.local_name();
            match name.as_ref() {
                "abstractNum" if !empty => abstract_id = attr(&e, "abstractNumId"),
                "num" if !empty => num_id = attr(&e, "numId"),
                "lvl" | "lvlOverride" if !empty => level = attr::<usize>(&e, "ilvl").filter(|&l| l < LEVELS),
                "abstractNumId" => {
                    if let (Some(num), Some(a)) = (num_id, attr(&e, "val")) {
                        out.nums.entry(num).or_default().0 = a;
                    }
                }
                "startOverride" => {
                    if let (Some(num), Some(l), Some(v)) = (num_id, level, attr(&e, "val")) {
                        out.nums.entry(num).or_default().1.push((l, v));
                    }
                }
                "start" | "numFmt" | "lvlText" => {
                    if let (Some(a), Some(l)) = (abstract_id, level) {
                        let levels = out.abstracts.entry(a).or_insert_with(|| vec![Level::default(); LEVELS]);
                        let val = str_attr(&e, "val").unwrap_or_default();
                        match name.as_ref() {
                            "start" => levels[l].start = val.trim().parse().unwrap_or(1),
                            "numFmt" => levels[l].format = Format::from_val(&val),
                            _ => levels[l].text = val,
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// Reads the paragraph styles of `word/styles.xml` that number their paragraphs. As with
    /// the numbering part, a fault ends the reading, keeping what was read.
    pub fn read_styles(&mut self, xml: &[u8]) {
        let mut reader = quick_xml::Reader::from_reader(xml);
        let mut style: Option<(String, StyleNumbering)> = None;
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) if e.local_name().as_ref() == "style" => {
                    let paragraph = str_attr(&e, "type").is_none_or(|t| t == "paragraph");
                    style = str_attr(&e, "styleId").filter(|_| paragraph).map(|id| (id, StyleNumbering::default()));
                }
                Ok(Event::Empty(e) | Event::Start(e)) => {
                    let Some((_, numbering)) = style.as_mut() else { continue };
                    match e.local_name().as_ref() {
                        "numId" => numbering.num_id = attr(&e, "val"),
                        "ilvl" => numbering.level = attr(&e, "val"),
                        "basedOn" => numbering.based_on = str_attr(&e, "val"),
                        _ => {}
                    }
                }
                Ok(Event::End(e)) if e.local_name().as_ref() == "style" => {
                    if let Some((id, numbering)) = style.take() {
                        if numbering.num_id.is_some() || numbering.based_on.is_some() {
                            self.styles.insert(id, numbering);
                        }
                    }
                }
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => {}
            }
        }
    }

    /// The list and level a paragraph of style `id` is numbered by, through the styles it is
    /// based on; `None` when none of them numbers.
    pub fn style_list(&self, id: &str) -> Option<(u32, usize)> {
        let (mut num_id, mut level) = (None, None);
        let mut at = self.styles.get(id);
        for _ in 0..MAX_STYLE_DEPTH {
            let Some(style) = at else { break };
            num_id = num_id.or(style.num_id);
            level = level.or(style.level);
            at = style.based_on.as_deref().and_then(|b| self.styles.get(b));
        }
        Some((num_id?, level.unwrap_or(0) as usize))
    }

    /// The label of the next item of list `num_id` at level `ilvl` ("2.", "b)", "-"), the
    /// list counted on; `None` when the list is unknown or draws nothing.
    pub fn next_label(&mut self, num_id: u32, ilvl: usize) -> Option<String> {
        let (abstract_id, overrides) = self.nums.get(&num_id)?;
        let levels = self.abstracts.get(abstract_id)?;
        let ilvl = ilvl.min(LEVELS - 1);
        let counters = self.counters.entry(num_id).or_insert([0; LEVELS]);
        let start = |l: usize| overrides.iter().rev().find(|(at, _)| *at == l).map_or(levels[l].start, |&(_, v)| v);
        counters[ilvl] = if counters[ilvl] == 0 { start(ilvl) } else { counters[ilvl] + 1 };
        // A deeper level starts again under each new item of this one.
        counters[ilvl + 1..].fill(0);
        let level = &levels[ilvl];
        if level.format == Format::Bullet {
            // The glyph is a symbol font's ("\u{f0b7}") more often than not: written as the
            // dash typed lists use.
            return Some("-".to_string());
        }
        let mut label = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(d)) if (1..=LEVELS as u32).contains(&d) => {
                    chars.next();
                    let at = d as usize - 1;
                    // A level above not yet numbered (a list opening at level 2) counts from its start.
                    let n = if counters[at] == 0 { start(at) } else { counters[at] };
                    levels[at].format.write(n, &mut label);
                }
                _ => label.push(c),
            }
        }
        let label = label.trim().to_string();
        (!label.is_empty()).then_some(label)
    }
}

/// A numeric attribute of the element, by its local name ("w:val" as "val").
pub(super) fn attr<T: std::str::FromStr>(e: &BytesStart, key: &str) -> Option<T> {
    str_attr(e, key)?.trim().parse().ok()
}

/// An attribute of the element, by its local name, its entities read.
pub(super) fn str_attr(e: &BytesStart, key: &str) -> Option<String> {
    let a = e.attributes().flatten().find(|a| a.key.local_name().as_ref() == key)?;
    a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A numbering part with one decimal list over lettered sub-items, and a bullet list.
    const XML: &str = r#"<w:numbering xmlns:w="x">
        <w:abstractNum w:abstractNumId="3">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3."/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="7">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="9">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>
        <w:num w:numId="4"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
        <w:num w:numId="5"><w:abstractNumId w:val="9"/></w:num>
      </w:numbering>"#;

    #[test]
    fn items_are_counted_by_level_and_a_sub_list_starts_again_under_each_item() {
        let mut n = Numbering::parse(XML.as_bytes());
        let got: Vec<Option<String>> = [(1, 0), (1, 1), (1, 1), (1, 0), (1, 1), (1, 2), (2, 0), (4, 0), (4, 0), (5, 0), (5, 0), (5, 0), (5, 0)]
            .iter()
            .map(|&(num, lvl)| n.next_label(num, lvl))
            .collect();
        let want = ["1.", "a)", "b)", "2.", "a)", "2.1.", "-", "5.", "6.", "I.", "II.", "III.", "IV."];
        assert_eq!(got, want.map(|w| Some(w.to_string())));
        assert_eq!(n.next_label(3, 0), None, "a list the part does not define");
        assert_eq!(n.next_label(0, 0), None, "numId 0 takes numbering off");
    }

    #[test]
    fn a_style_that_numbers_its_paragraphs_numbers_those_based_on_it() {
        let styles = r#"<w:styles xmlns:w="x">
            <w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="MucCon"><w:basedOn w:val="Muc"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Vong1"><w:basedOn w:val="Vong2"/></w:style>
            <w:style w:type="paragraph" w:styleId="Vong2"><w:basedOn w:val="Vong1"/></w:style>
            <w:style w:type="character" w:styleId="Dam"><w:rPr><w:b/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Thuong"><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
          </w:styles>"#;
        let mut n = Numbering::parse(XML.as_bytes());
        n.read_styles(styles.as_bytes());
        assert_eq!(n.style_list("Muc"), Some((5, 0)));
        assert_eq!(n.style_list("MucCon"), Some((5, 1)), "the list from the base, the level its own");
        assert_eq!(n.style_list("Vong1"), None, "a loop of bases ends");
        assert_eq!((n.style_list("Thuong"), n.style_list("Dam"), n.style_list("Khong")), (None, None, None));
    }

    #[test]
    fn letters_and_numerals_past_the_simple_ones() {
        assert_eq!((letters(1), letters(26), letters(27)), ("A".to_string(), "Z".to_string(), "AA".to_string()));
        assert_eq!((roman(9), roman(14), roman(2026)), ("IX".to_string(), "XIV".to_string(), "MMXXVI".to_string()));
    }

    #[test]
    fn a_broken_part_gives_what_was_read_before_the_fault() {
        let cut = &XML[..XML.find("<w:num w:numId=\"2\"").unwrap()];
        let mut n = Numbering::parse(format!("{cut}<w:num <<<").as_bytes());
        assert_eq!(n.next_label(1, 0).as_deref(), Some("1."));
    }
}

//! Word 97–2003 (`.doc`) reading: the main text of a binary Word document, one line per
//! paragraph, so that a notice attached as `.doc` reads like its text dump.
//!
//! The container is a compound file (the `cfb` crate reads it). Inside, the text lies in
//! the `WordDocument` stream in pieces, which the piece table in the `0Table` or `1Table`
//! stream locates ([MS-DOC] 2.4.1): each piece is either UTF-16LE or one byte a character
//! (Windows-1252). Only the main document is read, not headers, footnotes or comments.

use crate::error::StageError;
use std::io::{Cursor, Read};

/// `wIdent` of a Word 97 or later file information block (FIB).
const WORD_IDENT: u16 = 0xA5EC;
/// In the FIB's flags: the document is encrypted; the piece table is in `1Table`.
const F_ENCRYPTED: u16 = 0x0100;
const F_WHICH_TABLE: u16 = 0x0200;
/// The index of `fcClx` among the FIB's (offset, length) pairs, and of `ccpText` among
/// its 32-bit counts.
const CLX_PAIR: usize = 33;
/// The index of `fcPlcfBtePapx`, where the paragraphs' properties are found.
const PAPX_PAIR: usize = 13;
/// Paragraph properties marking a table row's end mark, for a table and a nested table.
const SPRM_TTP: [u16; 2] = [0x2417, 0x244C];
const CCP_TEXT: usize = 3;
/// Pages of paragraph properties (`PapxFkp`) are 512 bytes.
const FKP: usize = 512;
/// In a piece descriptor's file offset: the piece holds one byte a character.
const F_COMPRESSED: u32 = 0x4000_0000;

/// The signature of a compound file, the container of Office 97-2003 (Word, Excel,
/// PowerPoint).
pub const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// What a compound file holds, as far as reading goes.
#[derive(Debug, PartialEq)]
pub enum Compound {
    Word,
    /// Another Office file (a workbook, a presentation).
    Other,
    /// A container that does not open (cut short, overwritten), and why.
    Damaged(String),
}

/// What compound file the bytes are; `None` when they are none.
pub fn probe(raw: &[u8]) -> Option<Compound> {
    if !raw.starts_with(OLE_MAGIC) {
        return None;
    }
    Some(match cfb::CompoundFile::open(Cursor::new(raw)) {
        Ok(file) if file.is_stream("/WordDocument") => Compound::Word,
        Ok(_) => Compound::Other,
        Err(e) => Compound::Damaged(e.to_string()),
    })
}

/// The document's main text: a line per paragraph, a table row on one line with its
/// cells apart at tabs, the shown result of each field (not its code); and how its
/// characters were stored ("utf-16le", "windows-1252", or both).
pub fn read_word97(raw: &[u8], max_bytes: u64) -> Result<(String, &'static str), StageError> {
    let bad = |why: &dyn std::fmt::Display| StageError::input(format!("not a readable Word 97-2003 file: {why}"));
    let mut file = cfb::CompoundFile::open(Cursor::new(raw)).map_err(|e| bad(&e))?;
    let word = read_stream(&mut file, "/WordDocument", max_bytes).map_err(|e| bad(&e))?;
    let fib = Fib::read(&word).map_err(|e| bad(&e))?;
    if fib.encrypted {
        return Err(StageError::input("not a readable Word 97-2003 file: it is encrypted (password protected)"));
    }
    let table = read_stream(&mut file, fib.table_stream, max_bytes).map_err(|e| bad(&e))?;
    let clx = slice(&table, fib.clx_at, fib.clx_len).ok_or_else(|| bad(&"the piece table lies outside its stream"))?;
    let pieces = pieces(clx).map_err(|e| bad(&e))?;
    let mut chars = Chars { row_ends: row_ends(&word, slice(&table, fib.papx_at, fib.papx_len).unwrap_or_default()), ..Chars::default() };
    for piece in &pieces {
        let end = piece.cp_end.min(fib.text_chars);
        if piece.cp_start >= end {
            continue;
        }
        piece.decode(&word, end - piece.cp_start, &mut chars).map_err(|e| bad(&e))?;
        if chars.text.len() as u64 > max_bytes {
            return Err(StageError::input(format!("the Word text is over the limit of {max_bytes} bytes (max_document_bytes)")));
        }
    }
    let encoding = match (pieces.iter().any(|p| p.compressed), pieces.iter().all(|p| p.compressed)) {
        (_, true) => "windows-1252",
        (true, false) => "utf-16le+windows-1252",
        (false, _) => "utf-16le",
    };
    Ok((chars.finish(), encoding))
}

/// Stream `name`, up to twice `max_bytes`: UTF-16 text takes two bytes a character.
fn read_stream(file: &mut cfb::CompoundFile<Cursor<&[u8]>>, name: &str, max_bytes: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    file.open_stream(name)?.take(max_bytes.saturating_mul(2)).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn slice(bytes: &[u8], at: usize, len: usize) -> Option<&[u8]> {
    bytes.get(at..at.checked_add(len)?)
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(slice(bytes, at, 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(slice(bytes, at, 4)?.try_into().ok()?))
}

/// What the file information block at the start of `WordDocument` says of the text.
#[derive(Debug)]
struct Fib {
    encrypted: bool,
    table_stream: &'static str,
    clx_at: usize,
    clx_len: usize,
    papx_at: usize,
    papx_len: usize,
    /// Characters of the main document; the other stories follow them.
    text_chars: u32,
}

impl Fib {
    /// Reads the FIB's variable parts in turn: 16-bit values, 32-bit values, then the
    /// (offset, length) pairs ([MS-DOC] 2.5.1).
    fn read(word: &[u8]) -> Result<Fib, String> {
        let short = || "the file information block is cut short".to_string();
        if u16_at(word, 0) != Some(WORD_IDENT) {
            return Err("no Word 97 file information block (an older Word version?)".into());
        }
        let flags = u16_at(word, 0x0A).ok_or_else(short)?;
        let mut at = 32;
        let shorts = u16_at(word, at).ok_or_else(short)? as usize;
        at += 2 + 2 * shorts;
        let longs = u16_at(word, at).ok_or_else(short)? as usize;
        let text_chars = u32_at(word, at + 2 + 4 * CCP_TEXT).ok_or_else(short)?;
        at += 2 + 4 * longs;
        let pairs = u16_at(word, at).ok_or_else(short)? as usize;
        if pairs <= CLX_PAIR {
            return Err("the file information block has no piece table".into());
        }
        let pair = at + 2 + 8 * CLX_PAIR;
        let papx = at + 2 + 8 * PAPX_PAIR;
        Ok(Fib {
            encrypted: flags & F_ENCRYPTED != 0,
            table_stream: if flags & F_WHICH_TABLE != 0 { "/1Table" } else { "/0Table" },
            clx_at: u32_at(word, pair).ok_or_else(short)? as usize,
            clx_len: u32_at(word, pair + 4).ok_or_else(short)? as usize,
            papx_at: u32_at(word, papx).ok_or_else(short)? as usize,
            papx_len: u32_at(word, papx + 4).ok_or_else(short)? as usize,
            text_chars,
        })
    }
}

/// A run of text: character positions `cp_start..cp_end`, stored from `offset` in
/// `WordDocument`, one byte a character when `compressed`.
#[derive(Debug)]
struct Piece {
    cp_start: u32,
    cp_end: u32,
    offset: usize,
    compressed: bool,
}

impl Piece {
    fn decode(&self, word: &[u8], count: u32, out: &mut Chars) -> Result<(), String> {
        let width = if self.compressed { 1 } else { 2 };
        let bytes = slice(word, self.offset, count as usize * width).ok_or("a piece of text lies outside its stream")?;
        if self.compressed {
            // Windows-1252 is one byte a character, so the character's place is its index.
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            text.chars().enumerate().for_each(|(i, c)| out.push_at(c, self.offset + i));
        } else {
            let units = bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]]));
            let mut at = self.offset;
            for c in char::decode_utf16(units) {
                let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
                out.push_at(c, at);
                at += 2 * c.len_utf16();
            }
        }
        Ok(())
    }
}

/// The pieces of the piece table: the `Clx` is property runs (`0x01`, skipped) then one
/// `0x02` block of character positions and 8-byte piece descriptors ([MS-DOC] 2.9.38).
fn pieces(clx: &[u8]) -> Result<Vec<Piece>, String> {
    let mut at = 0;
    while clx.get(at) == Some(&0x01) {
        at += 3 + u16_at(clx, at + 1).ok_or("a property run is cut short")? as usize;
    }
    if clx.get(at) != Some(&0x02) {
        return Err("no piece table in the table stream".into());
    }
    let len = u32_at(clx, at + 1).ok_or("the piece table is cut short")? as usize;
    let plc = slice(clx, at + 5, len).ok_or("the piece table is cut short")?;
    let n = plc.len().saturating_sub(4) / 12;
    let cp = |i: usize| u32_at(plc, 4 * i);
    (0..n)
        .map(|i| {
            let fc = u32_at(plc, 4 * (n + 1) + 8 * i + 2).ok_or("a piece descriptor is cut short")?;
            let compressed = fc & F_COMPRESSED != 0;
            let offset = if compressed { ((fc & !F_COMPRESSED) / 2) as usize } else { fc as usize };
            Ok(Piece { cp_start: cp(i).ok_or("cut short")?, cp_end: cp(i + 1).ok_or("cut short")?, offset, compressed })
        })
        .collect()
}

/// The stream ranges of paragraphs that end a table's row: a row's last mark is a cell
/// mark too, told apart only by its paragraph's properties ([MS-DOC] 2.4.3). Read from
/// the pages of paragraph properties that `plc` (`PlcBtePapx`) lists; a page that does
/// not parse gives no ranges, and rows then end at two marks in a row.
fn row_ends(word: &[u8], plc: &[u8]) -> Vec<(usize, usize)> {
    let n = plc.len().saturating_sub(4) / 8;
    let mut ends: Vec<(usize, usize)> = (0..n)
        .filter_map(|i| u32_at(plc, 4 * (n + 1) + 4 * i))
        .filter_map(|pn| slice(word, (pn & 0x003F_FFFF) as usize * FKP, FKP))
        .flat_map(fkp_row_ends)
        .collect();
    ends.sort_unstable();
    ends
}

/// The row-ending paragraphs of one `PapxFkp` page: `crun` stream offsets, then a 13-byte
/// entry each whose first byte (times two) locates the paragraph's properties.
fn fkp_row_ends(page: &[u8]) -> Vec<(usize, usize)> {
    let runs = page[FKP - 1] as usize;
    (0..runs)
        .filter_map(|i| {
            let (start, end) = (u32_at(page, 4 * i)?, u32_at(page, 4 * (i + 1))?);
            let at = 2 * *page.get(4 * (runs + 1) + 13 * i)? as usize;
            (at != 0 && papx_has_ttp(page, at)?).then_some((start as usize, end as usize))
        })
        .collect()
}

/// Whether the paragraph properties at `at` (`PapxInFkp`: a size, the style, then the
/// property changes) mark a row's end.
fn papx_has_ttp(page: &[u8], at: usize) -> Option<bool> {
    let (grpprl, len) = match *page.get(at)? as usize {
        0 => (at + 2, 2 * *page.get(at + 1)? as usize),
        cb => (at + 1, 2 * cb - 1),
    };
    let props = slice(page, grpprl + 2, len.checked_sub(2)?)?;
    let mut i = 0;
    while let Some(sprm) = u16_at(props, i) {
        let size = operand_size(sprm, props, i + 2)?;
        if SPRM_TTP.contains(&sprm) && props.get(i + 2) == Some(&1) {
            return Some(true);
        }
        i += 2 + size;
    }
    Some(false)
}

/// The size of a property change's operand, by the kind in its top three bits.
fn operand_size(sprm: u16, props: &[u8], at: usize) -> Option<usize> {
    Some(match sprm >> 13 {
        0 | 1 => 1,
        2 | 4 | 5 => 2,
        3 => 4,
        7 => 3,
        // Variable: a size byte first; the table definition's size is two bytes, less one.
        _ if sprm == 0xD608 => u16_at(props, at)? as usize + 1,
        _ => 1 + *props.get(at)? as usize,
    })
}

/// The text being built: Word's marks turned into lines and tabs, field codes left out.
#[derive(Default)]
struct Chars {
    text: String,
    /// For each field open around the text: whether its result (after `0x14`) has begun.
    fields: Vec<bool>,
    /// The last character was a cell mark: a second one ends the table's row.
    after_cell: bool,
    /// Where row end marks lie in the stream (see [`row_ends`]), sorted.
    row_ends: Vec<(usize, usize)>,
    /// Where the tabs of the current row's cell marks are in `text`.
    cell_tabs: Vec<usize>,
    /// A cell of the current row after its first holds a line break: the table lays
    /// out a heading or a signing block, not figures.
    row_has_lines: bool,
}

impl Chars {
    /// Pushes character `c` stored at stream offset `at`: a cell mark there that ends its
    /// row ends the line.
    fn push_at(&mut self, c: char, at: usize) {
        if c == '\u{07}' && !self.row_ends.is_empty() {
            // The properties tell rows apart: a mark after a mark is an empty cell.
            self.after_cell = false;
            if self.is_row_end(at) && !self.in_field_code() {
                return self.end_row();
            }
        }
        self.push(c);
    }

    /// Inside a field's code, which is not shown (before its `0x14`).
    fn in_field_code(&self) -> bool {
        self.fields.iter().any(|shown| !shown)
    }

    fn is_row_end(&self, at: usize) -> bool {
        let i = self.row_ends.partition_point(|&(start, _)| start <= at);
        i > 0 && at < self.row_ends[i - 1].1
    }

    fn push(&mut self, c: char) {
        let after_cell = std::mem::take(&mut self.after_cell);
        match c {
            '\u{13}' => self.fields.push(false),
            '\u{14}' => {
                if let Some(result) = self.fields.last_mut() {
                    *result = true;
                }
            }
            '\u{15}' => {
                self.fields.pop();
            }
            _ if self.in_field_code() => {}
            // A cell's end mark; right after another, the end of the row.
            '\u{07}' if after_cell => self.end_row(),
            '\u{07}' => {
                self.cell_tabs.push(self.text.len());
                self.text.push('\t');
                self.after_cell = true;
            }
            '\r' | '\u{0B}' | '\u{0C}' => {
                self.row_has_lines |= !self.cell_tabs.is_empty();
                self.end_line();
            }
            '\u{1E}' => self.text.push('-'),
            // The optional hyphen is the soft hyphen, which cleaning takes out; but a
            // writer may have made it of TCVN3's "ư" (byte 0xAD, a soft hyphen in
            // Windows-1252), which the legacy repair puts right.
            '\u{1F}' => self.text.push('\u{AD}'),
            '\t' => self.text.push('\t'),
            // Pictures, drawn objects, footnote and comment marks.
            c if c < ' ' => {}
            c => self.text.push(c),
        }
    }

    /// Ends a table's row: one line, its cells apart at tabs, as a table of figures is
    /// read; but a row whose cells hold several lines is a layout (the notice's heading
    /// beside the national motto) and gives each cell its lines, as the DOCX reader does.
    fn end_row(&mut self) {
        let mut tabs = std::mem::take(&mut self.cell_tabs);
        // The last cell's tab, at the end, is taken off by `end_line`.
        tabs.retain(|&at| at + 1 < self.text.len());
        if std::mem::take(&mut self.row_has_lines) {
            tabs.iter().for_each(|&at| self.text.replace_range(at..at + 1, "\n"));
        }
        self.end_line();
    }

    /// Ends a line, without the tab a row's last cell left.
    fn end_line(&mut self) {
        if self.text.ends_with('\t') {
            self.text.pop();
        }
        self.text.push('\n');
    }

    fn finish(mut self) -> String {
        if !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> String {
        let mut out = Chars::default();
        s.chars().for_each(|c| out.push(c));
        out.finish()
    }

    #[test]
    fn marks_become_lines_and_tabs() {
        assert_eq!(chars("Tiêu đề\rĐoạn một\u{0B}dòng hai\r"), "Tiêu đề\nĐoạn một\ndòng hai\n");
        assert_eq!(chars("Chỉ tiêu\u{07}ĐVT\u{07}\u{07}Lượt khám\u{07}lượt\u{07}\u{07}Sau bảng\r"), "Chỉ tiêu\tĐVT\nLượt khám\tlượt\nSau bảng\n");
    }

    #[test]
    fn a_row_whose_cells_hold_lines_is_a_layout_each_line_its_own() {
        let heading = "UBND TỈNH A\rSỞ Y TẾ\rSố: 12/SYT\u{07}CỘNG HÒA\rĐộc lập\u{07}\u{07}Kính gửi\r";
        assert_eq!(chars(heading), "UBND TỈNH A\nSỞ Y TẾ\nSố: 12/SYT\nCỘNG HÒA\nĐộc lập\nKính gửi\n");
        // A row of figures after it is still one line.
        assert_eq!(chars("Tiêu đề\rA\u{07}1\u{07}\u{07}"), "Tiêu đề\nA\t1\n");
    }

    #[test]
    fn a_field_shows_its_result_not_its_code() {
        assert_eq!(chars("Trang \u{13} PAGE \u{14}3\u{15} của 5\r"), "Trang 3 của 5\n");
        assert_eq!(chars("Xem \u{13}HYPERLINK \"x\"\u{13} REF a \u{14}b\u{15}\u{14}mục 2\u{15}.\r"), "Xem mục 2.\n");
    }

    #[test]
    fn a_piece_table_after_property_runs_gives_its_pieces() {
        // One property run of 2 bytes, then a table of 2 pieces: 0..4 compressed from
        // byte 0x100, 4..6 in UTF-16 from byte 0x300.
        let mut clx = vec![0x01, 0x02, 0x00, 0xAA, 0xBB, 0x02];
        let mut plc = Vec::new();
        for cp in [0u32, 4, 6] {
            plc.extend(cp.to_le_bytes());
        }
        for fc in [0x200 | F_COMPRESSED, 0x300] {
            plc.extend([0, 0]);
            plc.extend(fc.to_le_bytes());
            plc.extend([0, 0]);
        }
        clx.extend((plc.len() as u32).to_le_bytes());
        clx.extend(plc);
        let got = pieces(&clx).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!((got[0].cp_start, got[0].cp_end, got[0].offset, got[0].compressed), (0, 4, 0x100, true));
        assert_eq!((got[1].cp_start, got[1].cp_end, got[1].offset, got[1].compressed), (4, 6, 0x300, false));
    }

    #[test]
    fn a_row_end_mark_is_told_from_an_empty_cell_by_its_paragraph() {
        // A page of two paragraphs: bytes 100..104 plain, 104..106 with sprmPFTtp (0x2417) = 1.
        let mut page = vec![0u8; FKP];
        for (i, fc) in [100u32, 104, 106].iter().enumerate() {
            page[4 * i..4 * i + 4].copy_from_slice(&fc.to_le_bytes());
        }
        page[FKP - 1] = 2;
        page[4 * 3 + 13] = 200; // the second paragraph's properties at byte 400
        page[400..406].copy_from_slice(&[3, 0, 0, 0x17, 0x24, 1]);
        assert_eq!(fkp_row_ends(&page), [(104, 106)]);
        let mut chars = Chars { row_ends: vec![(104, 106)], ..Chars::default() };
        for (c, at) in [('a', 98), ('\u{07}', 100), ('\u{07}', 102), ('c', 103), ('\u{07}', 103), ('\u{07}', 104), ('x', 106)] {
            chars.push_at(c, at);
        }
        assert_eq!(chars.finish(), "a\t\tc\nx\n");
    }

    #[test]
    fn a_compound_file_is_word_another_office_file_or_damaged() {
        use std::io::Write;
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        file.create_stream("/Workbook").unwrap().write_all(b"sheet").unwrap();
        let bytes = file.into_inner().into_inner();
        assert_eq!(probe(&bytes), Some(Compound::Other));
        assert!(matches!(probe(&bytes[..600]), Some(Compound::Damaged(_))));
        assert_eq!(probe(b"plain text"), None);
    }

    #[test]
    fn not_a_word_file_is_refused_with_its_reason() {
        assert!(Fib::read(&[0u8; 40]).unwrap_err().contains("no Word 97"));
        assert!(pieces(&[0x03]).unwrap_err().contains("no piece table"));
    }
}

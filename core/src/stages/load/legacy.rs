//! Vietnamese legacy 8-bit encodings (TCVN3/ABC and VNI-Windows): conversion tables, and a
//! score that tells which reading of a text looks most like Vietnamese.
//!
//! TCVN3 puts every toned lower-case letter in one byte (0x80..0xFF; the full TCVN 5712
//! table also uses a few C0 bytes for capitals). VNI writes a base letter followed by a
//! mark byte ("a" + 0xF9 is "á"); read as Windows-1252 the mark bytes show up as Latin-1
//! letters such as "ù", "ø", "ä", which is how its text is recognised.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// TCVN 5712:1993 (TCVN3) bytes 0x80..0xFF. Checked against glibc's `TCVN5712-1` in tests.
#[rustfmt::skip]
const TCVN3_HIGH: [char; 128] = [
    '\u{00C0}', '\u{1EA2}', '\u{00C3}', '\u{00C1}', '\u{1EA0}', '\u{1EB6}', '\u{1EAC}', '\u{00C8}',  // 80
    '\u{1EBA}', '\u{1EBC}', '\u{00C9}', '\u{1EB8}', '\u{1EC6}', '\u{00CC}', '\u{1EC8}', '\u{0128}',  // 88
    '\u{00CD}', '\u{1ECA}', '\u{00D2}', '\u{1ECE}', '\u{00D5}', '\u{00D3}', '\u{1ECC}', '\u{1ED8}',  // 90
    '\u{1EDC}', '\u{1EDE}', '\u{1EE0}', '\u{1EDA}', '\u{1EE2}', '\u{00D9}', '\u{1EE6}', '\u{0168}',  // 98
    '\u{00A0}', '\u{0102}', '\u{00C2}', '\u{00CA}', '\u{00D4}', '\u{01A0}', '\u{01AF}', '\u{0110}',  // A0
    '\u{0103}', '\u{00E2}', '\u{00EA}', '\u{00F4}', '\u{01A1}', '\u{01B0}', '\u{0111}', '\u{1EB0}',  // A8
    '\u{0300}', '\u{0309}', '\u{0303}', '\u{0301}', '\u{0323}', '\u{00E0}', '\u{1EA3}', '\u{00E3}',  // B0
    '\u{00E1}', '\u{1EA1}', '\u{1EB2}', '\u{1EB1}', '\u{1EB3}', '\u{1EB5}', '\u{1EAF}', '\u{1EB4}',  // B8
    '\u{1EAE}', '\u{1EA6}', '\u{1EA8}', '\u{1EAA}', '\u{1EA4}', '\u{1EC0}', '\u{1EB7}', '\u{1EA7}',  // C0
    '\u{1EA9}', '\u{1EAB}', '\u{1EA5}', '\u{1EAD}', '\u{00E8}', '\u{1EC2}', '\u{1EBB}', '\u{1EBD}',  // C8
    '\u{00E9}', '\u{1EB9}', '\u{1EC1}', '\u{1EC3}', '\u{1EC5}', '\u{1EBF}', '\u{1EC7}', '\u{00EC}',  // D0
    '\u{1EC9}', '\u{1EC4}', '\u{1EBE}', '\u{1ED2}', '\u{0129}', '\u{00ED}', '\u{1ECB}', '\u{00F2}',  // D8
    '\u{1ED4}', '\u{1ECF}', '\u{00F5}', '\u{00F3}', '\u{1ECD}', '\u{1ED3}', '\u{1ED5}', '\u{1ED7}',  // E0
    '\u{1ED1}', '\u{1ED9}', '\u{1EDD}', '\u{1EDF}', '\u{1EE1}', '\u{1EDB}', '\u{1EE3}', '\u{00F9}',  // E8
    '\u{1ED6}', '\u{1EE7}', '\u{0169}', '\u{00FA}', '\u{1EE5}', '\u{1EEB}', '\u{1EED}', '\u{1EEF}',  // F0
    '\u{1EE9}', '\u{1EF1}', '\u{1EF3}', '\u{1EF7}', '\u{1EF9}', '\u{00FD}', '\u{1EF5}', '\u{1ED0}',  // F8
];

/// The C0 bytes that TCVN 5712 uses for capitals with tone marks.
#[rustfmt::skip]
const TCVN3_LOW: [(u8, char); 12] = [(0x01, '\u{00DA}'), (0x02, '\u{1EE4}'), (0x04, '\u{1EEA}'), (0x05, '\u{1EEC}'), (0x06, '\u{1EEE}'), (0x11, '\u{1EE8}'), (0x12, '\u{1EF0}'), (0x13, '\u{1EF2}'), (0x14, '\u{1EF6}'), (0x15, '\u{1EF8}'), (0x16, '\u{00DD}'), (0x17, '\u{1EF4}')];

/// Decodes TCVN3 bytes; the result is NFC (the table has combining tone marks at 0xB0..0xB4).
pub fn decode_tcvn3(bytes: &[u8]) -> String {
    into_nfc(bytes.iter().map(|&b| tcvn3_char(b)).collect())
}

fn tcvn3_char(b: u8) -> char {
    if b >= 0x80 {
        return TCVN3_HIGH[usize::from(b - 0x80)];
    }
    TCVN3_LOW.iter().find(|(byte, _)| *byte == b).map_or(char::from(b), |(_, c)| *c)
}

/// Repairs TCVN3 text that was read as Windows-1252 (or Latin-1): every character that is
/// one Windows-1252 byte is read again through the TCVN3 table; others are kept.
pub fn tcvn3_from_misread(text: &str) -> String {
    let repaired: String = text.chars().map(|c| cp1252_byte(c).map_or(c, tcvn3_char)).collect();
    into_nfc(repaired)
}

/// `text` in NFC; most text already is, and the quick check costs less than a rebuild.
fn into_nfc(text: String) -> String {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text,
        IsNormalized::No | IsNormalized::Maybe => nfc_by_word(&text),
    }
}

/// `text` in NFC, composing only the words (runs between ASCII whitespace) that hold a char
/// beyond ASCII; the rest is copied. Exact: NFC leaves ASCII as it is, and ASCII whitespace
/// neither composes with a neighbour nor lets a mark move across it.
pub fn nfc_by_word(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    while let Some(at) = super::encoding::next_non_ascii(bytes, from) {
        let start = bytes[from..at].iter().rposition(u8::is_ascii_whitespace).map_or(from, |p| from + p + 1);
        let end = bytes[at..].iter().position(u8::is_ascii_whitespace).map_or(bytes.len(), |p| at + p);
        // Word edges are ASCII bytes or the text's ends: char boundaries.
        out.push_str(&text[from..start]);
        let word = &text[start..end];
        if !compose_tone_marks(word, &mut out) {
            out.extend(word.nfc());
        }
        from = end;
    }
    out.push_str(&text[from..]);
    out
}

/// Appends `word` in NFC if it is spelled the way Windows-1258 spells Vietnamese: Latin
/// letters, each followed by at most one combining mark that composes with it. Then NFC is
/// that one composition per mark (the composite's canonical decomposition is the pair), and
/// nothing else changes: a Latin letter is NFC as it stands and never composes with the
/// char before it. Appends nothing and returns false for any other word.
fn compose_tone_marks(word: &str, out: &mut String) -> bool {
    use unicode_normalization::char::{canonical_combining_class, compose};
    let kept = out.len();
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        if !is_latin(c) {
            out.truncate(kept);
            return false;
        }
        match chars.next_if(|&m| canonical_combining_class(m) != 0) {
            None => out.push(c),
            Some(mark) => match compose(c, mark) {
                Some(composed) => out.push(composed),
                None => {
                    out.truncate(kept);
                    return false;
                }
            },
        }
    }
    true
}

/// ASCII and the Latin letters of Latin-1, Latin Extended-A and -B and Latin Extended
/// Additional (where the Vietnamese letters are).
fn is_latin(c: char) -> bool {
    matches!(u32::from(c), 0..=0x7F | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F | 0x1E00..=0x1EFF)
}

/// The Windows-1252 byte of `c`, if it has one (Latin-1 range plus the 0x80..0x9F extras).
fn cp1252_byte(c: char) -> Option<u8> {
    const EXTRAS: [(char, u8); 27] = [
        ('€', 0x80), ('‚', 0x82), ('ƒ', 0x83), ('„', 0x84), ('…', 0x85), ('†', 0x86), ('‡', 0x87),
        ('ˆ', 0x88), ('‰', 0x89), ('Š', 0x8A), ('‹', 0x8B), ('Œ', 0x8C), ('Ž', 0x8E), ('‘', 0x91),
        ('’', 0x92), ('“', 0x93), ('”', 0x94), ('•', 0x95), ('–', 0x96), ('—', 0x97), ('˜', 0x98),
        ('™', 0x99), ('š', 0x9A), ('›', 0x9B), ('œ', 0x9C), ('ž', 0x9E), ('Ÿ', 0x9F),
    ];
    let code = u32::from(c);
    if code <= 0xFF {
        return u8::try_from(code).ok();
    }
    EXTRAS.iter().find(|(ch, _)| *ch == c).map(|(_, b)| *b)
}

/// Decodes VNI-Windows bytes.
pub fn decode_vni(bytes: &[u8]) -> String {
    let (latin, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
    vni_from_misread(&latin)
}

const ACUTE: char = '\u{301}';
const GRAVE: char = '\u{300}';
const HOOK: char = '\u{309}';
const TILDE: char = '\u{303}';
const DOT: char = '\u{323}';
const CIRCUMFLEX: char = '\u{302}';
const BREVE: char = '\u{306}';
const HORN: char = '\u{31B}';

/// What a VNI mark byte (as its Windows-1252 character, either case) adds to the letter
/// before it: a vowel modifier (circumflex or breve) and a tone.
fn vni_mark(c: char) -> Option<(Option<char>, Option<char>)> {
    let lower = c.to_lowercase().next().unwrap_or(c);
    Some(match lower {
        'ù' => (None, Some(ACUTE)),
        'ø' => (None, Some(GRAVE)),
        'û' => (None, Some(HOOK)),
        'õ' => (None, Some(TILDE)),
        'ï' => (None, Some(DOT)),
        'â' => (Some(CIRCUMFLEX), None),
        'á' => (Some(CIRCUMFLEX), Some(ACUTE)),
        'à' => (Some(CIRCUMFLEX), Some(GRAVE)),
        'å' => (Some(CIRCUMFLEX), Some(HOOK)),
        'ã' => (Some(CIRCUMFLEX), Some(TILDE)),
        'ä' => (Some(CIRCUMFLEX), Some(DOT)),
        'ê' => (Some(BREVE), None),
        'é' => (Some(BREVE), Some(ACUTE)),
        'è' => (Some(BREVE), Some(GRAVE)),
        'ú' => (Some(BREVE), Some(HOOK)),
        'ü' => (Some(BREVE), Some(TILDE)),
        'ë' => (Some(BREVE), Some(DOT)),
        _ => return None,
    })
}

/// A VNI base letter: the plain vowels, and "ô"/"ö" which stand for "ơ"/"ư".
/// Returns the letter and its horn, if any.
fn vni_base(c: char) -> Option<(char, Option<char>)> {
    match c {
        'a' | 'e' | 'o' | 'u' | 'y' | 'A' | 'E' | 'O' | 'U' | 'Y' => Some((c, None)),
        'ô' => Some(('o', Some(HORN))),
        'Ô' => Some(('O', Some(HORN))),
        'ö' => Some(('u', Some(HORN))),
        'Ö' => Some(('U', Some(HORN))),
        _ => None,
    }
}

/// A VNI character that stands alone (no base letter before it).
fn vni_single(c: char) -> Option<&'static str> {
    Some(match c {
        'ô' => "ơ",
        'Ô' => "Ơ",
        'ö' => "ư",
        'Ö' => "Ư",
        'ñ' => "đ",
        'Ñ' => "Đ",
        'í' => "í",
        'Í' => "Í",
        'ì' => "ì",
        'Ì' => "Ì",
        'æ' => "ỉ",
        'Æ' => "Ỉ",
        'ó' => "ĩ",
        'Ó' => "Ĩ",
        'ò' => "ị",
        'Ò' => "Ị",
        'î' => "ỵ",
        'Î' => "Ỵ",
        _ => return None,
    })
}

/// Whether a modifier may sit on a base letter (circumflex on a/e/o, breve on a only,
/// neither on a letter that already has a horn).
fn modifier_fits(base: char, horn: Option<char>, modifier: Option<char>) -> bool {
    match modifier {
        None => true,
        Some(_) if horn.is_some() => false,
        Some(CIRCUMFLEX) => matches!(base.to_ascii_lowercase(), 'a' | 'e' | 'o'),
        Some(_) => base.eq_ignore_ascii_case(&'a'),
    }
}

/// Repairs VNI text that was read as Windows-1252 (or Latin-1).
pub fn vni_from_misread(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        // The mark is looked at only after a base letter: most chars are not one.
        let pair = vni_base(c).and_then(|base| Some((base, next.and_then(vni_mark)?)));
        if let Some(((base, horn), (modifier, tone))) = pair {
            if modifier_fits(base, horn, modifier) {
                out.push(base);
                out.extend(horn);
                out.extend(modifier);
                out.extend(tone);
                i += 2;
                continue;
            }
        }
        match vni_single(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
        i += 1;
    }
    into_nfc(out)
}

/// How Vietnamese a text looks: common syllables and letters with Vietnamese diacritics
/// count for it, characters that no Vietnamese text has (stray Latin-1 symbols, controls,
/// lone marks) against it. Syllables decide between readings that all give accented
/// letters (Windows-1258 read as Windows-1252 still shows "ì", "ò", "õ").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub syllables: usize,
    pub marked: usize,
    pub odd: usize,
}

impl Score {
    /// One pass over the chars: each is counted, and each run of letters is a word, looked
    /// up as a syllable when it holds a letter beyond ASCII.
    pub fn of(text: &str) -> Score {
        let mut s = Score::default();
        let mut word: Option<(usize, bool)> = None;
        for (at, c) in text.char_indices() {
            if c.is_ascii() {
                if c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') {
                    s.odd += 1;
                }
            } else if is_vietnamese_letter(c) {
                s.marked += 1;
            } else if !is_common_symbol(c) {
                s.odd += 1;
            }
            if is_letter(c) {
                let (start, beyond_ascii) = word.unwrap_or((at, false));
                word = Some((start, beyond_ascii || !c.is_ascii()));
            } else if let Some((start, beyond_ascii)) = word.take() {
                s.syllables += usize::from(beyond_ascii && is_common_syllable(&text[start..at]));
            }
        }
        if let Some((start, true)) = word {
            s.syllables += usize::from(is_common_syllable(&text[start..]));
        }
        s
    }

    /// One number to compare readings by: each odd character outweighs several good ones.
    pub fn value(self) -> i64 {
        8 * self.syllables as i64 + self.marked as i64 - 4 * self.odd as i64
    }
}

/// `char::is_alphabetic`, answered without Unicode's tables for ASCII and the Vietnamese
/// letters, nearly every letter a reading gives.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        is_vietnamese_letter(c) || c.is_alphabetic()
    }
}

/// Whether the word, lower-cased, is one of [`COMMON_SYLLABLES`]. Most words are in lower
/// case already: they are looked up as they are, and lower-cased only when one of their
/// chars may change (a word that lower-casing leaves as it is was looked up already).
fn is_common_syllable(word: &str) -> bool {
    if COMMON_SYLLABLES.contains(word) {
        return true;
    }
    if word.chars().all(stays_lower) {
        return false;
    }
    // Lower-casing never makes fewer chars: a word longer than every syllable stays so.
    if word.chars().nth(*LONGEST_SYLLABLE).is_some() {
        return false;
    }
    // The letters a reading gives lower-case char by char to one char of the same length,
    // as the table-driven `lower_same_len` does; anything else takes std's full mapping.
    let lower = if word.chars().all(|c| c.is_ascii_alphabetic() || is_vietnamese_letter(c)) {
        vanban_plugin_sdk::text::lower_same_len(word)
    } else {
        word.to_lowercase()
    };
    COMMON_SYLLABLES.contains(lower.as_str())
}

/// The number of chars of the longest of [`COMMON_SYLLABLES`].
static LONGEST_SYLLABLE: once_cell::sync::Lazy<usize> =
    once_cell::sync::Lazy::new(|| COMMON_SYLLABLES.iter().map(|w| w.chars().count()).max().unwrap_or(0));

/// A small ASCII letter or a small Vietnamese letter (`VIETNAMESE_LOWER`): chars that
/// `char::to_lowercase` gives back as they are, told by code point.
fn stays_lower(c: char) -> bool {
    match u32::from(c) {
        0x61..=0x7A => true,
        0xE0..=0xFF => is_vietnamese_letter(c),
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => true,
        // Capital and small alternate through the block.
        u @ 0x1EA0..=0x1EF9 => u % 2 == 1,
        _ => false,
    }
}

/// Frequent Vietnamese syllables with diacritics (function words and the common words of
/// public-administration and health writing), NFC, lower case.
static COMMON_SYLLABLES: once_cell::sync::Lazy<rustc_hash::FxHashSet<&'static str>> = once_cell::sync::Lazy::new(|| {
    "của và các được trong người năm tế có đã với cho không này những là một tại để đến về ngày \
     việc xã huyện tỉnh công tác hội nghị chức tổ thực hiện bệnh dịch khám sức khỏe khoẻ đồng chí \
     trưởng phó giám đốc sở ủy uỷ ban dân tăng giảm số trên dưới đạt kết quả khai nhiệm vụ phòng \
     chống điều trị tiêm chủng trạm viện cơ quản lý hoạt động đơn vị cấp tuyến địa bàn báo cáo kế \
     hoạch chỉ đạo yêu cầu cũng như từ đó đây sẽ vì nên khi đầu cuối tháng quý so cùng kỳ trường \
     hợp mắc tử ca lượt bác sĩ thị trấn phường thành phố nước tình hình đề ra tiếp tục nâng chất \
     lượng giải pháp những mới đã đang rất nhiều hơn sau trước ở bị bởi lại thì mà còn đều qua \
     chương trình hướng dẫn phối hợp tham dự họp hỗ trợ kiểm soát thuốc"
        .split_whitespace()
        .collect()
});

/// The letters [`is_vietnamese_letter`] accepts, as tables for its test.
#[cfg(test)]
const VIETNAMESE_LOWER: &str = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
#[cfg(test)]
const VIETNAMESE_UPPER: &str = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";

/// A letter with a Vietnamese diacritic (precomposed): the same set as
/// `VIETNAMESE_LOWER`/`VIETNAMESE_UPPER`, by code point ranges so that a page of non-ASCII
/// text is not answered one table scan per character.
pub fn is_vietnamese_letter(c: char) -> bool {
    match u32::from(c) {
        0..=0xBF => false,
        0xC0..=0xFF => matches!(
            c,
            'à' | 'á' | 'â' | 'ã' | 'è' | 'é' | 'ê' | 'ì' | 'í' | 'ò' | 'ó' | 'ô' | 'õ' | 'ù' | 'ú' | 'ý'
                | 'À' | 'Á' | 'Â' | 'Ã' | 'È' | 'É' | 'Ê' | 'Ì' | 'Í' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ù' | 'Ú' | 'Ý'
        ),
        _ => is_unicode_only_vietnamese(c),
    }
}

/// Vietnamese letters outside Latin-1 (ă, đ, ĩ, ũ, ơ, ư and the U+1EA0..U+1EF9 block).
fn is_unicode_only_vietnamese(c: char) -> bool {
    matches!(
        u32::from(c),
        0x102 | 0x103 | 0x110 | 0x111 | 0x128 | 0x129 | 0x168 | 0x169 | 0x1A0 | 0x1A1 | 0x1AF | 0x1B0 | 0x1EA0..=0x1EF9
    )
}

/// Non-ASCII characters ordinary text holds: spaces, dashes, quotes, bullets, degrees.
fn is_common_symbol(c: char) -> bool {
    matches!(c, '\u{A0}' | '°' | '«' | '»' | '×' | '±' | '²' | '³' | '€' | '№' | '\u{FEFF}' | '\u{FFFD}')
        || ('\u{2000}'..='\u{206F}').contains(&c)
}

/// Whether a text could be TCVN3 or VNI misread as Windows-1252: it holds a character that
/// [`Score::of`] counts as odd, and no letter that only Unicode Vietnamese has. One pass,
/// and ASCII runs are skipped a word at a time.
///
/// Both repairs must also cut the odd characters to a quarter: when more than a quarter of
/// them are letters of other scripts (or symbols) that neither repair nor NFC can change,
/// the text is settled here too. `controls` is the text's count of control bytes, which the
/// caller has made already.
pub fn may_be_misread_legacy(text: &str, controls: usize) -> bool {
    let mut odd = controls;
    let mut fixed = 0usize;
    for c in non_ascii_chars(text) {
        if is_unicode_only_vietnamese(c) {
            return false;
        }
        if !is_vietnamese_letter(c) && !is_common_symbol(c) {
            odd += 1;
            fixed += usize::from(is_beyond_repair(c));
        }
    }
    odd > 0 && fixed * 4 <= odd
}

/// Characters that neither legacy repair touches (they have no Windows-1252 byte) and that
/// NFC keeps as one character: letters of other scripts, box drawing, private use.
fn is_beyond_repair(c: char) -> bool {
    matches!(
        u32::from(c),
        0x400..=0x4FF | 0x5D0..=0x5EA | 0x620..=0x64A | 0x905..=0x939 | 0xE01..=0xE30
            | 0x2500..=0x25FF | 0x3040..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 | 0xE000..=0xF8FF
    )
}

/// The non-ASCII characters of a text, found by their lead bytes.
fn non_ascii_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        // `at` is always a char boundary, so the first non-ASCII byte from it is a lead byte.
        let start = super::encoding::next_non_ascii(bytes, at)?;
        let c = text.get(start..)?.chars().next()?;
        at = start + c.len_utf8();
        Some(c)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "Trạm y tế xã Phước Hưng tổ chức khám sức khỏe định kỳ cho người cao tuổi. ĐƯỢC QUAN TÂM, Ủy ban xã hỗ trợ.";

    #[test]
    fn tcvn3_table_agrees_with_iconv() {
        // Every byte through glibc's converter, when the machine has it.
        let bytes: Vec<u8> = (0x80u8..=0xFF).collect();
        let Ok(out) = std::process::Command::new("iconv")
            .args(["-f", "TCVN5712-1", "-t", "UTF-32LE"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child.stdin.take().map(|mut s| s.write_all(&bytes)).transpose()?;
                child.wait_with_output()
            })
        else {
            return;
        };
        if !out.status.success() {
            return;
        }
        let chars: Vec<char> =
            out.stdout.chunks(4).filter_map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]]))).collect();
        assert_eq!(chars.len(), 128);
        for (i, c) in chars.iter().enumerate() {
            assert_eq!(TCVN3_HIGH[i], *c, "byte {:02X}", 0x80 + i);
        }
    }

    #[test]
    fn nfc_by_word_is_nfc_on_generated_text() {
        // Bases, tone marks, marks at a word's start, whitespace of each kind, Hangul jamo
        // (which compose with a starter) and plain ASCII, mixed by a fixed pseudo-random walk.
        let pieces = [
            "a", "e\u{302}", "\u{301}", "\u{323}\u{302}", "o\u{31B}\u{300}", " ", "\t", "\n", "\r\n", "\u{c}", "Đ", "x.",
            "\u{1100}\u{1161}", "\u{A0}", "ư\u{309}", "ê\u{323}", "Ơ\u{300}", "\u{A8}\u{301}", "ă\u{303}", "y\u{309}", "ß",
            "\u{1EA0}\u{302}", "\u{300}\u{323}", "Å\u{30A}",
        ];
        let mut seed = 7u64;
        for _ in 0..400 {
            let text: String = (0..24)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    pieces[(seed >> 33) as usize % pieces.len()]
                })
                .collect();
            assert_eq!(nfc_by_word(&text), text.nfc().collect::<String>(), "{text:?}");
        }
    }

    #[test]
    fn latin_letters_are_nfc_and_never_compose_with_the_char_before() {
        use unicode_normalization::char::{canonical_combining_class, compose};
        let latin: Vec<char> = (0..0x2000u32).filter_map(char::from_u32).filter(|&c| is_latin(c)).collect();
        for &c in &latin {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert!(std::iter::once(c).nfc().eq([c]), "{c:?}");
            for before in (0..0x3100u32).filter_map(char::from_u32) {
                assert_eq!(compose(before, c), None, "{before:?} {c:?}");
            }
        }
    }

    #[test]
    fn vni_pairs_become_letters() {
        // "Vieät Nam ñöôïc" in VNI: e + ä (circumflex, dot), ñ (đ), ö ô (ư ơ) + ï (dot).
        assert_eq!(vni_from_misread("Vieät Nam ñöôïc"), "Việt Nam được");
        assert_eq!(vni_from_misread("HOÀ"), "HỒ");
        assert_eq!(vni_from_misread("khoûe"), "khỏe");
    }

    #[test]
    fn letter_ranges_match_the_tables() {
        for c in (0..0x2100u32).chain(0x1E00..0x1F00).filter_map(char::from_u32) {
            let in_tables = VIETNAMESE_LOWER.contains(c) || VIETNAMESE_UPPER.contains(c);
            assert_eq!(is_vietnamese_letter(c), in_tables, "{c:?}");
            assert_eq!(is_unicode_only_vietnamese(c), in_tables && u32::from(c) > 0xFF, "{c:?}");
            let small = c.is_ascii_lowercase() || VIETNAMESE_LOWER.contains(c);
            assert_eq!(stays_lower(c), small, "{c:?}");
            if small {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
            if c.is_ascii_alphabetic() || in_tables {
                let one = c.to_string();
                assert_eq!(vanban_plugin_sdk::text::lower_same_len(&one), c.to_lowercase().to_string(), "{c:?}");
            }
        }
    }

    #[test]
    fn misread_check_skips_real_vietnamese() {
        let misread = |t: &str| may_be_misread_legacy(t, super::super::encoding::count_controls(t.as_bytes()));
        assert!(!misread(SAMPLE));
        assert!(!misread("plain ascii – with a dash"));
        assert!(misread("Tr¹m y tÕ x· ®Þnh kú"));
        assert!(misread("Vieät Nam ñöôïc"));
        assert!(!misread("Tr¹m y tế"));
        assert!(misread("ascii with a \x01 control"));
        assert!(!misread("Районная больница © 2024"));
        assert!(misread("Tr¹m y tÕ x· ®Þnh kú, ng\u{AD}êi cao tuæi ¶nh, 中"));
    }

    #[test]
    fn syllables_are_found_in_any_case() {
        for w in ["của", "Của", "CỦA", "ĐƯỢC", "Trưởng", "TRƯỞNG", "tế", "THÁNG"] {
            assert!(is_common_syllable(w), "{w}");
        }
        for w in ["cua", "Kết-quả", "trưởngg", "ẞ", "TRƯỞNGX", "ÿ"] {
            assert!(!is_common_syllable(w), "{w}");
        }
    }

    #[test]
    fn score_prefers_vietnamese() {
        let good = Score::of(SAMPLE);
        assert_eq!(good.odd, 0);
        assert!(good.marked > 10);
        let bad = Score::of("Tr¹m y tÕ x· ®Þnh kú");
        assert!(bad.odd >= 3);
        assert!(bad.value() < good.value());
    }
}

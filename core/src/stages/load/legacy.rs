//! Vietnamese legacy 8-bit encodings (TCVN3/ABC and VNI-Windows): conversion tables, and a
//! score that tells which reading of a text looks most like Vietnamese.
//!
//! TCVN3 puts every toned lower-case letter in one byte (0x80..0xFF; the full TCVN 5712
//! table also uses a few C0 bytes for capitals). VNI writes a base letter followed by a
//! mark byte ("a" + 0xF9 is "á"); read as Windows-1252 the mark bytes show up as Latin-1
//! letters such as "ù", "ø", "ä", which is how its text is recognised.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
use vanban_plugin_sdk::text::lower_char;

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
    let text: String = bytes.iter().map(|&b| tcvn3_char(b)).collect();
    // Every other char of the table is NFC and composes with nothing before it: without a
    // tone mark the text is NFC as it stands, and the check would only cost a pass.
    if !bytes.iter().any(|b| (0xB0..=0xB4).contains(b)) {
        return text;
    }
    into_nfc(text)
}

/// TCVN3 by byte: ASCII but for the C0 bytes of [`TCVN3_LOW`], then [`TCVN3_HIGH`].
static TCVN3: [char; 256] = {
    let mut table = ['\0'; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = if b >= 0x80 { TCVN3_HIGH[b - 0x80] } else { b as u8 as char };
        b += 1;
    }
    let mut i = 0;
    while i < TCVN3_LOW.len() {
        table[TCVN3_LOW[i].0 as usize] = TCVN3_LOW[i].1;
        i += 1;
    }
    table
};

fn tcvn3_char(b: u8) -> char {
    TCVN3[usize::from(b)]
}

/// Repairs TCVN3 text that was read as Windows-1252 (or Latin-1): every character that is
/// one Windows-1252 byte is read again through the TCVN3 table; others are kept.
pub fn tcvn3_from_misread(text: &str) -> String {
    let repaired: String = text.chars().map(|c| cp1252_byte(c).map_or(c, tcvn3_char)).collect();
    into_nfc(repaired)
}

/// Repairs UTF-8 text that was read as Windows-1252 (or Latin-1) and saved as UTF-8 again,
/// the mojibake of a site or database that took its bytes for Latin ("Sá»Ÿ Y táº¿" for "Sở Y
/// tế"). Each word whose chars all have a Windows-1252 byte, bytes that make UTF-8 again, is
/// read as that UTF-8; other words are kept, so a page repaired in part stays whole. A word
/// with U+FFFD lost a byte for good and is kept as it is.
pub fn utf8_from_misread(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut bytes = Vec::new();
    for word in text.split_inclusive(|c: char| c.is_ascii_whitespace()) {
        bytes.clear();
        let all_bytes = word.chars().all(|c| cp1252_byte(c).map(|b| bytes.push(b)).is_some());
        match std::str::from_utf8(&bytes) {
            Ok(read) if all_bytes && !word.is_ascii() => out.push_str(read),
            _ => out.push_str(word),
        }
    }
    into_nfc(out)
}

/// `text` in NFC; most text already is, and the quick check costs less than a rebuild.
fn into_nfc(text: String) -> String {
    if is_latin_starters(text.as_bytes()) {
        return text;
    }
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text,
        IsNormalized::No | IsNormalized::Maybe => nfc_by_word(&text),
    }
}

/// Whether every char of `bytes` (UTF-8) is below U+0300, in Latin Extended Additional
/// (U+1E00..U+1EFF, the Vietnamese letters) or in U+2002..U+203F (spaces, dashes, quotes):
/// chars that are NFC and compose with nothing before them, so that such a text is NFC.
/// Told by lead bytes, without Unicode's tables: a reading of 8-bit text is nearly always
/// this.
fn is_latin_starters(bytes: &[u8]) -> bool {
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        at += match b {
            0x00..=0x7F => 1,
            0xC2..=0xCB => 2,
            0xE1 if bytes.get(at + 1).is_some_and(|&next| (0xB8..=0xBB).contains(&next)) => 3,
            0xE2 if bytes.get(at + 1) == Some(&0x80) && bytes.get(at + 2).is_some_and(|&third| third >= 0x82) => 3,
            _ => return false,
        };
    }
    true
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
    Some(match lower_char(c) {
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

/// TCVN3 bytes for `text`, the inverse of [`decode_tcvn3`], for writing test and benchmark
/// corpora. A letter the table lacks (most capitals with a tone) is written as the letter
/// without its tone and a tone mark byte, which [`decode_tcvn3`] composes again. The error
/// is the first char that has no TCVN3 spelling (curly quotes and dashes among them).
pub fn encode_tcvn3(text: &str) -> Result<Vec<u8>, char> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        out.extend_from_slice(TCVN3_SPELLINGS.get(&c).ok_or(c)?);
    }
    Ok(out)
}

/// VNI-Windows bytes for `text`, the inverse of [`decode_vni`], for writing test and
/// benchmark corpora: each vowel with a mark as its base letter and a mark byte, "đ", "ơ",
/// "ư" and the toned "i" as the single bytes VNI gives them. The error is the first char
/// that has no VNI spelling.
pub fn encode_vni(text: &str) -> Result<Vec<u8>, char> {
    let mut out = Vec::with_capacity(text.len() * 2);
    for c in text.chars() {
        match u8::try_from(u32::from(c)) {
            Ok(b) if b.is_ascii() => out.push(b),
            _ => out.extend_from_slice(VNI_SPELLINGS.get(&c).ok_or(c)?),
        }
    }
    Ok(out)
}

/// The chars a legacy spelling is looked for: Latin (the Vietnamese letters among them) and
/// the punctuation and symbols of Windows-1252 (dashes, quotes, the euro, the trade mark).
fn spellable() -> impl Iterator<Item = char> {
    ('\0'..='\u{24F}').chain('\u{1E00}'..='\u{1EFF}').chain('\u{2000}'..='\u{2122}')
}

/// Each char's TCVN3 bytes: its byte in the table (the lowest, if two), or its letter's
/// byte and a tone mark byte.
static TCVN3_SPELLINGS: once_cell::sync::Lazy<rustc_hash::FxHashMap<char, Vec<u8>>> = once_cell::sync::Lazy::new(|| {
    let mut bytes: rustc_hash::FxHashMap<char, Vec<u8>> = rustc_hash::FxHashMap::default();
    for b in 0..=0xFFu8 {
        bytes.entry(tcvn3_char(b)).or_insert_with(|| vec![b]);
    }
    let one = |c: char, bytes: &rustc_hash::FxHashMap<char, Vec<u8>>| bytes.get(&c).filter(|b| b.len() == 1).map(|b| b[0]);
    for c in spellable().filter(|c| !bytes.contains_key(c)).collect::<Vec<_>>() {
        let (letter, tone) = split_tone(c);
        let tone = tone.and_then(|t| one(t, &bytes));
        if let (Some(letter), Some(tone)) = (one(letter, &bytes).filter(|_| letter != c), tone) {
            bytes.insert(c, vec![letter, tone]);
        }
    }
    bytes
});

/// Each char's VNI bytes (beyond ASCII), as Windows-1252 writes the chars of
/// [`vni_spelling`].
static VNI_SPELLINGS: once_cell::sync::Lazy<rustc_hash::FxHashMap<char, Vec<u8>>> = once_cell::sync::Lazy::new(|| {
    spellable()
        .filter(|c| !c.is_ascii())
        .filter_map(|c| {
            let latin = vni_spelling(c)?;
            let bytes: Option<Vec<u8>> = latin.chars().map(cp1252_byte).collect();
            Some((c, bytes?))
        })
        .collect()
});

/// How VNI spells one char, as Windows-1252 chars; `None` if it has no spelling.
fn vni_spelling(c: char) -> Option<String> {
    // "đ", "ơ", "ư" and the toned "i" are single chars ("í" and "ì" stand for themselves).
    if let Some(single) = ('\u{80}'..='\u{FF}').find(|&v| vni_single(v).is_some_and(|s| s.chars().eq([c]))) {
        return Some(single.to_string());
    }
    if !is_vietnamese_letter(c) {
        // A char VNI would read as a mark or a letter of its own cannot stand for itself.
        let taken = vni_single(c).is_some() || vni_mark(c).is_some();
        return (cp1252_byte(c).is_some() && !taken).then(|| c.to_string());
    }
    let (letter, tone) = split_tone(c);
    let decomposed: Vec<char> = std::iter::once(letter).nfd().collect();
    let (&base, marks) = decomposed.split_first()?;
    let modifier = marks.iter().copied().find(|&m| m == CIRCUMFLEX || m == BREVE);
    let upper = base.is_uppercase();
    let mut out = String::new();
    if marks.contains(&HORN) {
        // "ơ" and "ư" are the VNI letters "ô" and "ö", before any tone.
        let letter = match base {
            'o' | 'O' => 'ô',
            'u' | 'U' => 'ö',
            _ => return None,
        };
        out.push(if upper { latin1_capital(letter) } else { letter });
    } else {
        out.push(base);
    }
    if modifier.is_none() && tone.is_none() {
        return Some(out);
    }
    let mark = ('\u{E0}'..='\u{FF}').find(|&m| vni_mark(m) == Some((modifier, tone)))?;
    out.push(if upper { latin1_capital(mark) } else { mark });
    Some(out)
}

/// The capital of a small letter of Latin-1, 0x20 below it.
fn latin1_capital(c: char) -> char {
    match c {
        'à'..='þ' if c != '÷' => char::from_u32(u32::from(c) - 0x20).unwrap_or(c),
        _ => c,
    }
}

/// A letter without its tone, and the tone (a combining mark), if it has one.
fn split_tone(c: char) -> (char, Option<char>) {
    let decomposed: Vec<char> = std::iter::once(c).nfd().collect();
    let tone = decomposed.iter().copied().find(|m| matches!(*m, ACUTE | GRAVE | HOOK | TILDE | DOT));
    let rest: String = decomposed.iter().copied().filter(|&m| Some(m) != tone).collect::<String>().nfc().collect();
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(letter), None) => (letter, tone),
        _ => (c, None),
    }
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
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        // The mark is looked at only after a base letter: most chars are not one.
        let pair = vni_base(c).and_then(|base| Some((base, vni_mark(*chars.peek()?)?)));
        if let Some(((base, horn), (modifier, tone))) = pair {
            if modifier_fits(base, horn, modifier) {
                out.push(base);
                out.extend(horn);
                out.extend(modifier);
                out.extend(tone);
                chars.next();
                continue;
            }
        }
        match vni_single(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
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
    /// up as a syllable when it holds a letter beyond ASCII. ASCII is read a byte at a time
    /// (a reading's text is mostly ASCII letters), and each letter's case is noted on the
    /// way, for the look-up.
    pub fn of(text: &str) -> Score {
        let bytes = text.as_bytes();
        let mut s = Score::default();
        // The run of letters: where it starts, whether it holds a char beyond ASCII, and its case.
        let mut word: Option<(usize, bool, Case)> = None;
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            if b.is_ascii_lowercase() {
                // The most common byte by far: a run of them goes on the word, or starts one.
                word.get_or_insert((at, false, Case::Small));
                at += 1 + bytes[at + 1..].iter().take_while(|b| b.is_ascii_lowercase()).count();
                continue;
            }
            let (case, len) = if b.is_ascii() {
                s.odd += usize::from(is_odd_ascii(b));
                // Small letters were taken above.
                (b.is_ascii_uppercase().then_some(Case::Capitals), 1)
            } else {
                let c = text[at..].chars().next().unwrap_or_default();
                (s.take_beyond_ascii(c), c.len_utf8())
            };
            if let Some(case) = case {
                let (start, beyond_ascii, word_case) = word.unwrap_or((at, false, Case::Small));
                word = Some((start, beyond_ascii || !b.is_ascii(), word_case.max(case)));
            } else if let Some((start, beyond_ascii, case)) = word.take() {
                s.syllables += usize::from(beyond_ascii && case.is_syllable(&text[start..at]));
            }
            at += len;
        }
        if let Some((start, true, case)) = word {
            s.syllables += usize::from(case.is_syllable(&text[start..]));
        }
        s
    }

    /// Counts a char beyond ASCII; its case if it is a letter (`char::is_alphabetic`).
    fn take_beyond_ascii(&mut self, c: char) -> Option<Case> {
        if is_vietnamese_letter(c) {
            self.marked += 1;
            return Some(Case::of(c));
        }
        if !is_common_symbol(c) {
            self.odd += 1;
        }
        c.is_alphabetic().then(|| Case::of(c))
    }

    /// Adds `n` times `other`.
    pub fn add(&mut self, other: Score, n: usize) {
        self.syllables += other.syllables * n;
        self.marked += other.marked * n;
        self.odd += other.odd * n;
    }

    /// One number to compare readings by: each odd character outweighs several good ones.
    pub fn value(self) -> i64 {
        8 * self.syllables as i64 + self.marked as i64 - 4 * self.odd as i64
    }
}

/// An ASCII control that is not one of the whitespace controls: no text holds one.
fn is_odd_ascii(b: u8) -> bool {
    b.is_ascii_control() && !matches!(b, b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// How a word of letters lower-cases, for looking it up among [`COMMON_SYLLABLES`], which
/// are small ASCII and Vietnamese letters: by the least direct of its letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Case {
    /// Small letters only: looked up as it is.
    Small,
    /// Also capitals: lower-cased char by char into a buffer (each keeps its length) and
    /// looked up once.
    Capitals,
    /// Also the one char beyond those that lower-cases to an ASCII letter, the Kelvin sign
    /// ("K" for "k"): std's full mapping.
    Kelvin,
    /// Any other letter: no syllable.
    Other,
}

impl Case {
    /// The case of a letter.
    fn of(c: char) -> Case {
        match c {
            _ if stays_lower(c) => Case::Small,
            _ if c.is_ascii_alphabetic() || is_vietnamese_letter(c) => Case::Capitals,
            KELVIN_SIGN => Case::Kelvin,
            _ => Case::Other,
        }
    }

    /// Whether `word`, whose letters are of this case at most, is a syllable in lower case.
    fn is_syllable(self, word: &str) -> bool {
        match self {
            Case::Small => is_syllable(word),
            Case::Capitals => {
                let mut buf = [0u8; MAX_SYLLABLE_BYTES];
                if word.len() > buf.len() {
                    return false;
                }
                let mut len = 0;
                for c in word.chars() {
                    len += lower_char(c).encode_utf8(&mut buf[len..]).len();
                }
                std::str::from_utf8(&buf[..len]).is_ok_and(is_syllable)
            }
            Case::Kelvin => is_syllable(&word.to_lowercase()),
            Case::Other => false,
        }
    }
}

/// Whether the word, lower-cased, is one of [`COMMON_SYLLABLES`].
#[cfg(test)]
fn is_common_syllable(word: &str) -> bool {
    word.chars().map(Case::of).max().unwrap_or(Case::Small).is_syllable(word)
}

/// U+212A, whose small letter is the ASCII "k".
const KELVIN_SIGN: char = '\u{212A}';

/// Whether a word in lower case is one of [`COMMON_SYLLABLES`]. Most words a wrong reading
/// gives are turned away by their length and last byte before they are hashed.
fn is_syllable(lower: &str) -> bool {
    let ends = SYLLABLE_ENDS.get(lower.len()).zip(lower.as_bytes().last());
    ends.is_some_and(|(ends, &last)| ends[usize::from(last)]) && COMMON_SYLLABLES.contains(lower)
}

/// By byte length (up to the longest of [`COMMON_SYLLABLES`]), the bytes a syllable of that
/// length ends in.
static SYLLABLE_ENDS: once_cell::sync::Lazy<Vec<[bool; 256]>> = once_cell::sync::Lazy::new(|| {
    let longest = COMMON_SYLLABLES.iter().map(|w| w.len()).max().unwrap_or(0);
    let mut ends = vec![[false; 256]; longest + 1];
    for w in COMMON_SYLLABLES.iter() {
        if let Some(&last) = w.as_bytes().last() {
            ends[w.len()][usize::from(last)] = true;
        }
    }
    ends
});

/// The room a word is lower-cased in: more than the longest of [`COMMON_SYLLABLES`].
const MAX_SYLLABLE_BYTES: usize = 32;

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

/// TCVN3 text typed in the capitals-only ".VnTimeH" fonts: those fonts draw every code as
/// a capital, and the table has toned capitals for few letters, so typists wrote toned
/// capitals with the lower-case codes ("BáO CáO", "GIáM ĐốC"). A run of letters with two
/// capitals or more and no lower-case ASCII letter is such a word, put back in capitals. A
/// shorter one ("Sở", "Vụ": one capital) is put in capitals only on a line whose every word
/// could be in capitals and that holds a word of three letters or more in capitals: a word
/// in title case beside an acronym ("Sở GD&ĐT") stays. Returns the text and how many words
/// were changed.
pub fn tcvn3_capitals(text: String) -> (String, usize) {
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut changed = 0;
    let mut runs: Vec<(usize, usize, CaseKind)> = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        letter_runs(line, &mut runs);
        let capitals_line = is_capitals_line(line, &runs);
        for &(start, end, kind) in &runs {
            if kind == CaseKind::HiddenCapitals || (capitals_line && kind == CaseKind::OneCapital) {
                let (start, end) = (line_start + start, line_start + end);
                let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
                o.push_str(&text[copied..start]);
                o.extend(text[start..end].chars().flat_map(char::to_uppercase));
                copied = end;
                changed += 1;
            }
        }
        line_start += line.len() + 1;
    }
    match out {
        Some(mut o) => {
            o.push_str(&text[copied..]);
            (o, changed)
        }
        None => (text, 0),
    }
}

/// How a run of letters is written, for [`tcvn3_capitals`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CaseKind {
    /// In capitals ("CHÂU", "UBND").
    Capitals,
    /// Two capitals or more beside lower-case letters that only the TCVN3 codes give
    /// ("TỉNH").
    HiddenCapitals,
    /// One capital or none, beside such letters only ("Sở", "ở").
    OneCapital,
    /// Anything else: a word holding a lower-case ASCII letter.
    Other,
}

/// The runs of letters of `line`: byte range and [`CaseKind`].
fn letter_runs(line: &str, runs: &mut Vec<(usize, usize, CaseKind)>) {
    runs.clear();
    let mut start = None;
    for (at, c) in line.char_indices().chain(std::iter::once((line.len(), ' '))) {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                runs.push((s, at, case_kind(&line[s..at])));
                start = None;
            }
            _ => {}
        }
    }
}

fn case_kind(run: &str) -> CaseKind {
    let (mut upper, mut other_lower) = (0, 0);
    for c in run.chars() {
        if c.is_ascii_lowercase() {
            return CaseKind::Other;
        }
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            other_lower += 1;
        }
    }
    match (upper, other_lower) {
        (_, 0) => CaseKind::Capitals,
        (0 | 1, _) => CaseKind::OneCapital,
        _ => CaseKind::HiddenCapitals,
    }
}

/// Whether every word of a line could be in capitals and one of three letters or more
/// with a marked vowel is: a word, not an acronym ("UBND", "HĐND", "TTYT" in the number
/// line "Số: 12/QĐ-UBND" leave its "Số" as it is).
fn is_capitals_line(line: &str, runs: &[(usize, usize, CaseKind)]) -> bool {
    let word = |&(s, e, kind): &(usize, usize, CaseKind)| {
        kind != CaseKind::OneCapital && line[s..e].chars().nth(2).is_some() && line[s..e].chars().any(is_marked_vowel)
    };
    runs.iter().all(|r| r.2 != CaseKind::Other) && runs.iter().any(word)
}

/// A Vietnamese vowel with a diacritic, in either case.
fn is_marked_vowel(c: char) -> bool {
    !matches!(c, 'Đ' | 'đ') && is_vietnamese_letter(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_capitals_typed_with_lower_case_codes() {
        let (text, changed) = tcvn3_capitals(
            "Sở Y Tế TỉNH BắC NGUYÊN\nBáO CáO\nNHIệM Vụ QUý IV/2031\nSở GD&ĐT tỉnh, Sở Y Tế và Bộ NN\nHà HĐND\nSố: 12/QĐ-UBND\nSở Y Tế XUÂN LAI\nGIáM ĐốC\nLê Thị Hà"
                .to_string(),
        );
        // "Sở", "Tế", "Vụ" are in capitals only on a line of capitals with a word of its
        // own; beside acronyms or lower-case words they are title case.
        assert_eq!(
            text,
            "SỞ Y TẾ TỈNH BẮC NGUYÊN\nBÁO CÁO\nNHIỆM VỤ QUÝ IV/2031\nSở GD&ĐT tỉnh, Sở Y Tế và Bộ NN\nHà HĐND\nSố: 12/QĐ-UBND\nSỞ Y TẾ XUÂN LAI\nGIÁM ĐỐC\nLê Thị Hà"
        );
        assert_eq!(changed, 13);
        let plain = "Trạm y tế xã Đông Hưng".to_string();
        assert_eq!(tcvn3_capitals(plain.clone()), (plain, 0));
    }

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
                assert_eq!(lower_char(c).to_string(), c.to_lowercase().to_string(), "{c:?}");
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
        // U+212A, the Kelvin sign, lower-cases to an ASCII "k".
        for w in ["của", "Của", "CỦA", "ĐƯỢC", "Trưởng", "TRƯỞNG", "tế", "THÁNG", "\u{212A}ết"] {
            assert!(is_common_syllable(w), "{w}");
        }
        for w in ["cua", "Kết-quả", "trưởngg", "ẞ", "TRƯỞNGX", "ÿ"] {
            assert!(!is_common_syllable(w), "{w}");
        }
    }

    #[test]
    fn tcvn3_chars_but_the_tone_marks_are_nfc_starters() {
        use unicode_normalization::char::canonical_combining_class;
        for b in (0..=0xFFu8).filter(|b| !(0xB0..=0xB4).contains(b)) {
            let c = tcvn3_char(b);
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{b:#x}");
            assert_eq!(canonical_combining_class(c), 0, "{b:#x}");
        }
        let text: Vec<u8> = (0..=0xFFu8).flat_map(|b| [b'a', b, b'o', b]).collect();
        assert_eq!(decode_tcvn3(&text), text.iter().map(|&b| tcvn3_char(b)).collect::<String>().nfc().collect::<String>());
    }

    #[test]
    fn only_the_kelvin_sign_lower_cases_into_a_syllable_letter() {
        let plain = |c: char| c.is_ascii_alphabetic() || is_vietnamese_letter(c);
        let found: Vec<char> = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| !plain(c) && c.to_lowercase().all(stays_lower))
            .collect();
        assert_eq!(found, [KELVIN_SIGN]);
        for c in (0..=0x24Fu32).filter_map(char::from_u32) {
            if vni_mark(c).is_some() || vni_mark(c.to_lowercase().next().unwrap_or(c)).is_some() {
                assert_eq!(vni_mark(c), vni_mark(c.to_lowercase().next().unwrap_or(c)), "{c:?}");
            }
        }
    }

    #[test]
    fn latin_starters_are_nfc() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..0x300u32).chain(0x1E00..0x1F00).chain(0x2002..0x2040).filter_map(char::from_u32) {
            assert!(is_latin_starters(c.to_string().as_bytes()), "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
        }
        for c in ['\u{300}', '\u{1DFF}', '\u{1F00}', '\u{2000}', '\u{2001}', '\u{2040}', 'Ω', '中'] {
            assert!(!is_latin_starters(format!("a{c}b").as_bytes()), "{c:?}");
        }
    }

    #[test]
    fn legacy_spellings_read_back() {
        let letters = format!("{VIETNAMESE_LOWER}{VIETNAMESE_UPPER}abcxyzABCXYZ0189 .,;:()%/-+\n\t");
        for c in letters.chars() {
            let one = c.to_string();
            assert_eq!(decode_tcvn3(&encode_tcvn3(&one).unwrap()), one, "TCVN3 {c:?}");
            assert_eq!(decode_vni(&encode_vni(&one).unwrap()), one, "VNI {c:?}");
        }
        for text in [SAMPLE, "ĐẠI HỘI ĐẢNG BỘ SỞ Y TẾ NHIỆM KỲ 2025–2030: “Ổn định” … 50°C × 2 ± 1", "Ơ Ư Ờ Ữ Ỵ ỵ Ĩ ĩ Ỉ ỉ Ị ị"] {
            assert_eq!(decode_vni(&encode_vni(text).unwrap()), text);
        }
        assert_eq!(decode_tcvn3(&encode_tcvn3(SAMPLE).unwrap()), SAMPLE);
        // TCVN3 has no curly quotes; VNI takes Windows-1252's, but not a mark char alone.
        assert_eq!(encode_tcvn3("“x”"), Err('“'));
        assert_eq!(encode_vni("ä"), Err('ä'));
        assert_eq!(encode_vni("ñ"), Err('ñ'));
        assert_eq!(encode_vni("中"), Err('中'));
    }

    #[test]
    fn syllables_are_small_letters() {
        // `is_common_syllable` looks a word up as it is only when all its chars stay so.
        for w in COMMON_SYLLABLES.iter() {
            assert!(w.chars().all(stays_lower), "{w}");
            assert!(w.len() <= MAX_SYLLABLE_BYTES, "{w}");
        }
    }

    /// Score and syllable test as plainly as they can be written: by char, with std's
    /// lower-casing.
    fn score_by_char(text: &str) -> Score {
        let syllable = |w: &str| COMMON_SYLLABLES.contains(w.to_lowercase().as_str());
        let mut s = Score::default();
        let mut word = String::new();
        for c in text.chars().chain([' ']) {
            if c.is_ascii() {
                s.odd += usize::from(is_odd_ascii(c as u8));
            } else if is_vietnamese_letter(c) {
                s.marked += 1;
            } else if !is_common_symbol(c) {
                s.odd += 1;
            }
            if c.is_alphabetic() {
                word.push(c);
            } else if !word.is_empty() {
                s.syllables += usize::from(!word.is_ascii() && syllable(&word));
                word.clear();
            }
        }
        s
    }

    #[test]
    fn score_counts_as_by_char() {
        let odd = ["Tr¹m y tÕ x· ®Þnh kú", "ng\u{AD}êi cao tuæi ¶nh, 中", "\u{212A}ết QUẢ, ĐƯỢC\x01 Ωmega", "ẞ straße ǅ"];
        for text in [SAMPLE].iter().chain(odd.iter()) {
            assert_eq!(Score::of(text), score_by_char(text), "{text:?}");
        }
        // Each byte read in each legacy table, in words of every case.
        let bytes: Vec<u8> = (0x20..=0xFFu8).flat_map(|b| [b'T', b, b'n', b' ', b, b'A', b'\n']).collect();
        for text in [decode_tcvn3(&bytes), decode_vni(&bytes), encoding_rs::WINDOWS_1258.decode(&bytes).0.into_owned()] {
            assert_eq!(Score::of(&text), score_by_char(&text));
            let upper = text.to_uppercase();
            assert_eq!(Score::of(&upper), score_by_char(&upper));
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

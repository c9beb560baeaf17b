//! Character-level cleaning of one line: controls and invisible characters out, odd
//! spaces to plain spaces, markdown emphasis dropped, NFC.

use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// What the character pass changed, summed over the page.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct CharCounts {
    /// Control, NUL, zero-width and direction characters removed.
    pub removed: usize,
    /// No-break and other odd spaces made plain spaces.
    pub spaces: usize,
    /// `**` markers dropped.
    pub emphasis: usize,
    /// Lines whose Unicode form changed under NFC.
    pub normalised: usize,
}

/// Invisible characters that carry nothing in running text.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// Spaces that are not U+0020 (no-break, fixed-width, ideographic).
fn is_odd_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
}

/// False when no char of `line` can be a control, an invisible char or an odd space,
/// judged from bytes alone. Those chars are ASCII controls, or C1 controls, U+00A0 and
/// U+00AD (lead C2), U+1680 and U+180E (E1 9A / E1 A0), U+2000-U+200F, U+2028-U+202F,
/// U+205F-U+206F (E2 80 / E2 81), U+3000 (E3 80) and U+FEFF (EF BB). Vietnamese letters
/// (C3-C6, CC-CD, E1 BA/BB) and typographic quotes and dashes (E2 80 90-A7) pass without
/// decoding.
fn may_need_changes(line: &str) -> bool {
    let bytes = line.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    bytes.iter().enumerate().any(|(i, &b)| match b {
        0x20..=0x7E | 0x09 => false,
        0x00..=0x1F | 0x7F => true,
        0xC2 => matches!(at(i + 1), 0x80..=0x9F | 0xA0 | 0xAD),
        0xE1 => matches!(at(i + 1), 0x9A | 0xA0),
        0xE2 => match at(i + 1) {
            0x80 => matches!(at(i + 2), 0x80..=0x8F | 0xA8..=0xAF),
            0x81 => matches!(at(i + 2), 0x9F..=0xAF),
            _ => false,
        },
        0xE3 => at(i + 1) == 0x80,
        0xEF => at(i + 1) == 0xBB,
        _ => false,
    })
}

/// False when every char of `line` is certainly NFC and a starter (canonical combining
/// class 0), judged from bytes alone: such a line is NFC as it stands. Chars below
/// U+0300 (lead bytes below CC), Latin Extended Additional (U+1E00-U+1EFF, E1 B8-BB:
/// the Vietnamese letters) and U+2002-U+203F (E2 80 82-BF: spaces, dashes, quotes)
/// are; anything else is left to the Unicode tables.
fn may_be_denormalised(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut i = 0;
    while let Some(skip) = bytes[i..].iter().position(|&b| b >= 0xCC) {
        i += skip;
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        let third = bytes.get(i + 2).copied().unwrap_or(0);
        let known = match bytes[i] {
            0xE1 => matches!(next, 0xB8..=0xBB),
            0xE2 => next == 0x80 && third >= 0x82,
            _ => false,
        };
        if !known {
            return true;
        }
        i += 3;
    }
    false
}

/// Cleans one line (it holds no line break). Runs of plain spaces are kept as they are;
/// a line that needs no change comes back borrowed.
pub fn clean_line<'a>(line: &'a str, strip_emphasis: bool, counts: &mut CharCounts) -> Cow<'a, str> {
    let removed = |c: char| (c.is_control() && c != '\t') || is_invisible(c);
    // Most lines need no character changed: one byte scan decides.
    let mut out = if may_need_changes(line) && line.chars().any(|c| removed(c) || is_odd_space(c)) {
        let mut out = String::with_capacity(line.len());
        for c in line.chars() {
            if removed(c) {
                counts.removed += 1;
            } else if is_odd_space(c) {
                counts.spaces += 1;
                out.push(' ');
            } else {
                out.push(c);
            }
        }
        Cow::Owned(out)
    } else {
        Cow::Borrowed(line)
    };
    if strip_emphasis && out.contains("**") {
        counts.emphasis += out.matches("**").count();
        out = Cow::Owned(out.replace("**", ""));
    }
    if may_be_denormalised(&out)
        && is_nfc_quick(out.chars()) != IsNormalized::Yes
    {
        let nfc: String = out.nfc().collect();
        if nfc != out {
            counts.normalised += 1;
            out = Cow::Owned(nfc);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::char::canonical_combining_class;

    #[test]
    fn removes_controls_and_invisibles() {
        let mut n = CharCounts::default();
        let out = clean_line("Trạm\u{0} y\u{200B} tế\u{FEFF} xã\u{7}", true, &mut n);
        assert_eq!(out, "Trạm y tế xã");
        assert_eq!(n.removed, 4);
    }

    #[test]
    fn odd_spaces_become_plain_and_runs_stay() {
        let mut n = CharCounts::default();
        assert_eq!(clean_line("trạm\u{A0} xã\u{2009}2021", true, &mut n), "trạm  xã 2021");
        assert_eq!(n.spaces, 2);
        assert_eq!(clean_line("a\tb", true, &mut n), "a\tb");
    }

    #[test]
    fn the_byte_test_finds_every_char_the_char_test_finds() {
        let removed = |c: char| (c.is_control() && c != '\t') || is_invisible(c);
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            if removed(c) || is_odd_space(c) {
                let s = format!("ạ{c}ế");
                assert!(may_need_changes(&s), "{c:?}");
            }
        }
        assert!(!may_need_changes("Trạm y tế xã\tđã tiêm “trích dẫn” – …"));
    }

    #[test]
    fn the_byte_test_passes_only_normalised_starters() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let s = c.to_string();
            if !may_be_denormalised(&s) {
                assert_eq!(is_nfc_quick(s.chars()), IsNormalized::Yes, "{c:?}");
                assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            }
        }
        assert!(!may_be_denormalised("Trạm y tế xã “Hòa” – ư ơ đ ă"));
        assert!(may_be_denormalised("Kho\u{302}ng"));
        assert!(may_be_denormalised("\u{2000}"));
    }

    #[test]
    fn emphasis_and_nfc() {
        let mut n = CharCounts::default();
        let nfd = "**Kho\u{302}ng ke\u{302}\u{301}t lua\u{323}n**";
        assert_eq!(clean_line(nfd, true, &mut n), "Không kết luạn");
        assert_eq!((n.emphasis, n.normalised), (2, 1));
        assert_eq!(clean_line("**giữ**", false, &mut n), "**giữ**");
    }
}

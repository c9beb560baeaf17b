//! Character-level cleaning of one line: controls and invisible characters out, odd
//! spaces to plain spaces, markdown emphasis dropped, NFC.

use unicode_normalization::UnicodeNormalization;

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
/// judged from bytes alone: those chars are ASCII controls or have UTF-8 lead bytes
/// C2, E1 (U+1680, U+180E: second byte 9A or A0), E2, E3 or EF. Vietnamese letters
/// (C3-C6, CC-CD, E1 BA/BB) pass without decoding.
fn may_need_changes(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        0x09 => false,
        0x00..=0x1F | 0x7F | 0xC2 | 0xE2 | 0xE3 | 0xEF => true,
        0xE1 => matches!(bytes.get(i + 1), Some(0x9A | 0xA0)),
        _ => false,
    })
}

/// Cleans one line (it holds no line break). Runs of plain spaces are kept as they are.
pub fn clean_line(line: &str, strip_emphasis: bool, counts: &mut CharCounts) -> String {
    let removed = |c: char| (c.is_control() && c != '\t') || is_invisible(c);
    // Most lines need no character changed: one byte scan, then one copy.
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
        out
    } else {
        line.to_string()
    };
    if strip_emphasis && out.contains("**") {
        counts.emphasis += out.matches("**").count();
        out = out.replace("**", "");
    }
    if unicode_normalization::is_nfc_quick(out.chars()) != unicode_normalization::IsNormalized::Yes {
        let nfc: String = out.nfc().collect();
        if nfc != out {
            counts.normalised += 1;
            out = nfc;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(!may_need_changes("Trạm y tế xã\tđã tiêm"));
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

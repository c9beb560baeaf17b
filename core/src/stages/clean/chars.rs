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

const ZERO_WIDTH_SPACE: char = '\u{200B}';

/// Whether a zero-width space parts two words, `before` being the line cleaned so far and
/// `after` what follows it: a small letter before it and a capital after ("Đoàn\u{200B}Thị",
/// as editors leave it where a line broke), which no Vietnamese word holds. Between two
/// small letters it may as well sit inside a word ("Ho\u{200B}àng", where no reader saw
/// it), and beside a space, a digit or punctuation it breaks nothing: there it goes.
fn separates_words(before: &str, after: impl Iterator<Item = char>) -> bool {
    let mut after = after.skip_while(|&c| c == ZERO_WIDTH_SPACE);
    let last = before.chars().rev().find(|&c| !unicode_normalization::char::is_combining_mark(c));
    last.is_some_and(char::is_lowercase) && after.next().is_some_and(char::is_uppercase)
}

/// Spaces that are not U+0020 (no-break, fixed-width, ideographic).
fn is_odd_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
}

/// What one pass over a line's bytes found. Each flag may be a false alarm, never a miss:
/// the char-level work behind it runs only when it is set.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Scan {
    /// A CR, LF, U+0085, U+2028 or U+2029.
    pub line_break: bool,
    /// A char that may be a control, an invisible char or an odd space.
    odd_chars: bool,
    /// A char that may not be NFC as it stands, or may not be a starter (canonical
    /// combining class 0).
    denormalised: bool,
    /// The markdown marker `**`.
    emphasis: bool,
}

impl Scan {
    /// Reads `line` byte by byte. Controls, invisible chars and odd spaces are ASCII
    /// controls, or C1 controls, U+00A0 and U+00AD (lead C2), U+1680 and U+180E (E1 9A /
    /// E1 A0), U+2000-U+200F, U+2028-U+202F, U+205F-U+206F (E2 80 / E2 81), U+3000 (E3 80)
    /// and U+FEFF (EF BB). Chars below U+0300 (lead bytes below CC), Latin Extended
    /// Additional (E1 B8-BB: the Vietnamese letters), U+2002-U+203F (E2 80 82-BF: dashes,
    /// quotes), Cyrillic letters (D0-D3) and Hangul syllables (EA B0 - ED 9D) are NFC
    /// starters; anything else is left to the Unicode tables.
    pub fn of(line: &str) -> Scan {
        let bytes = line.as_bytes();
        let mut s = Scan::default();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            // Plain chars are passed whole: a line of Vietnamese runs about three bytes
            // between two chars of more than one byte.
            let plain = PLAIN_LEN[usize::from(b)];
            if plain != 0 {
                i += usize::from(plain);
                continue;
            }
            // The Vietnamese letters of Latin Extended Additional, E1 B8-BB xx, are NFC
            // starters, and the most common chars that are not plain.
            if b == 0xE1 && bytes.get(i + 1).is_some_and(|&next| next & 0xFC == 0xB8) {
                i += 3;
                continue;
            }
            s.note(bytes, i);
            // The rest of the char is continuation bytes, which are plain.
            i += char_len(b);
        }
        s
    }

    /// Takes in byte `i` of `bytes`, one that is not plain, as the lead of its char.
    fn note(&mut self, bytes: &[u8], i: usize) {
        let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
        let b = bytes[i];
        match b {
            b'*' => self.emphasis |= at(i + 1) == b'*',
            0x20..=0x7E | 0x09 | 0x80..=0xC1 | 0xC3..=0xCB => {}
            b'\r' | b'\n' => {
                self.line_break = true;
                self.odd_chars = true;
            }
            0x00..=0x1F | 0x7F => self.odd_chars = true,
            0xC2 => {
                let next = at(i + 1);
                self.odd_chars |= matches!(next, 0x80..=0x9F | 0xA0 | 0xAD);
                self.line_break |= next == 0x85;
            }
            // Cyrillic (U+0400-U+04FF) but its combining marks (U+0483-U+0489).
            0xD0 | 0xD1 | 0xD3 => {}
            0xD2 => self.denormalised |= matches!(at(i + 1), 0x83..=0x89),
            // Hangul syllables U+AC00-U+D77F.
            0xEB | 0xEC => {}
            0xEA => self.denormalised |= at(i + 1) < 0xB0,
            0xED => self.denormalised |= at(i + 1) > 0x9D,
            0xE1 => {
                let next = at(i + 1);
                self.odd_chars |= matches!(next, 0x9A | 0xA0);
                self.denormalised |= !matches!(next, 0xB8..=0xBB);
            }
            0xE2 => {
                let (next, third) = (at(i + 1), at(i + 2));
                self.odd_chars |= match next {
                    0x80 => matches!(third, 0x80..=0x8F | 0xA8..=0xAF),
                    0x81 => matches!(third, 0x9F..=0xAF),
                    _ => false,
                };
                self.line_break |= next == 0x80 && matches!(third, 0xA8 | 0xA9);
                self.denormalised |= !(next == 0x80 && third >= 0x82);
            }
            0xE3 | 0xEF => {
                self.odd_chars |= at(i + 1) == if b == 0xE3 { 0x80 } else { 0xBB };
                self.denormalised = true;
            }
            _ => self.denormalised = true,
        }
    }
}

/// The length of the char that byte `lead` leads in UTF-8 (1 for a continuation byte).
#[inline]
fn char_len(lead: u8) -> usize {
    match lead {
        0x00..=0xBF => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// For a byte that [`Scan::of`] need not look at, the length of the char it leads (1 for
/// a continuation byte); 0 for the rest. Plain are tab, printable ASCII other than `*`,
/// continuation bytes and the lead bytes C3-CB (U+00C0-U+02FF, which hold no control, no
/// odd space and no char that NFC changes).
static PLAIN_LEN: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b {
            0x09 | 0x20..=0x29 | 0x2B..=0x7E | 0x80..=0xC1 => 1,
            0xC3..=0xCB => 2,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// Cleans one line (it holds no line break). Runs of plain spaces are kept as they are;
/// a line that needs no change comes back borrowed.
/// `scan` is [`Scan::of`] the line.
pub fn clean_line<'a>(line: &'a str, scan: Scan, strip_emphasis: bool, counts: &mut CharCounts) -> Cow<'a, str> {
    let removed = |c: char| (c.is_control() && c != '\t') || is_invisible(c);
    // Most lines need no character changed: the byte scan decides.
    let mut out = if scan.odd_chars && line.chars().any(|c| removed(c) || is_odd_space(c)) {
        let mut out = String::with_capacity(line.len());
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            if c == ZERO_WIDTH_SPACE && separates_words(&out, chars.clone()) {
                counts.spaces += 1;
                out.push(' ');
            } else if removed(c) {
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
    // Removing a char can bring two `*` together: a changed line is searched again.
    let emphasis = match out {
        Cow::Borrowed(_) => scan.emphasis,
        Cow::Owned(ref changed) => changed.contains("**"),
    };
    if strip_emphasis && emphasis {
        out = Cow::Owned(drop_emphasis(&out, &mut counts.emphasis));
    }
    // Cleaning only removes chars or makes them plain spaces: a line whose chars were all
    // NFC starters still is NFC.
    if scan.denormalised
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

/// `text` without its `**` markers, taken from the left without overlap as
/// `str::replace` takes them; counts them. One pass of `memchr` over the `*`s.
fn drop_emphasis(text: &str, count: &mut usize) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut from = 0;
    while let Some(star) = memchr::memchr(b'*', &bytes[from..]).map(|p| from + p) {
        from = star + 1;
        if bytes.get(star + 1) == Some(&b'*') {
            out.push_str(&text[copied..star]);
            copied = star + 2;
            from = star + 2;
            *count += 1;
        }
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::char::canonical_combining_class;

    fn clean_line_alone<'a>(line: &'a str, strip_emphasis: bool, counts: &mut CharCounts) -> Cow<'a, str> {
        clean_line(line, Scan::of(line), strip_emphasis, counts)
    }

    #[test]
    fn removes_controls_and_invisibles() {
        let mut n = CharCounts::default();
        let out = clean_line_alone("Trạm\u{0} y\u{200B} tế\u{FEFF} xã\u{7}", true, &mut n);
        assert_eq!(out, "Trạm y tế xã");
        assert_eq!(n.removed, 4);
    }

    #[test]
    fn a_zero_width_space_before_a_capital_parts_words() {
        let mut n = CharCounts::default();
        let line = "bác sĩ Đoàn\u{200B}Thị Mai,\u{200B} Lạc\u{200B} Sơn, 12\u{200B}500, Ho\u{200B}àng, xã\u{200B}\u{200B}Yên, Đoa\u{300}n\u{200B}Văn, THU\u{200B}HÀ\u{200B}";
        let out = clean_line_alone(line, true, &mut n);
        assert_eq!(out, "bác sĩ Đoàn Thị Mai, Lạc Sơn, 12500, Hoàng, xã Yên, Đoàn Văn, THUHÀ");
        assert_eq!((n.spaces, n.removed), (3, 7));
    }

    #[test]
    fn odd_spaces_become_plain_and_runs_stay() {
        let mut n = CharCounts::default();
        assert_eq!(clean_line_alone("trạm\u{A0} xã\u{2009}2021", true, &mut n), "trạm  xã 2021");
        assert_eq!(n.spaces, 2);
        assert_eq!(clean_line_alone("a\tb", true, &mut n), "a\tb");
    }

    #[test]
    fn the_byte_test_finds_every_char_the_char_test_finds() {
        let removed = |c: char| (c.is_control() && c != '\t') || is_invisible(c);
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            if removed(c) || is_odd_space(c) {
                let s = format!("ạ{c}ế");
                assert!(Scan::of(&s).odd_chars, "{c:?}");
            }
        }
        assert!(!Scan::of("Trạm y tế xã\tđã tiêm “trích dẫn” – …").odd_chars);
    }

    #[test]
    fn the_byte_test_passes_only_normalised_starters() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let s = c.to_string();
            if !Scan::of(&s).denormalised {
                assert_eq!(is_nfc_quick(s.chars()), IsNormalized::Yes, "{c:?}");
                assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            }
        }
        assert!(!Scan::of("Trạm y tế xã “Hòa” – ư ơ đ ă").denormalised);
        assert!(Scan::of("Kho\u{302}ng").denormalised);
        assert!(Scan::of("\u{2000}").denormalised);
    }

    /// The scan as first written: every byte that is not plain taken in, none skipped.
    fn scan_every_byte(line: &str) -> Scan {
        let mut s = Scan::default();
        for (i, &b) in line.as_bytes().iter().enumerate() {
            if PLAIN_LEN[usize::from(b)] == 0 {
                s.note(line.as_bytes(), i);
            }
        }
        s
    }

    #[test]
    fn the_scan_that_skips_chars_finds_what_every_byte_tells() {
        use vanban_plugin_sdk::testing::Rng;
        let pieces = [
            "a", "Trạm", " ", "\t", "*", "**", "ế", "ạ", "ỹ", "Ạ", "đ", "ơ", "à", "\u{1680}", "\u{180E}", "\u{1E00}", "\u{1DC0}",
            "\u{2028}", "\u{2029}", "\u{2009}", "\u{200B}", "\u{2060}", "\u{2014}", "“", "\u{3000}", "\u{3001}", "\u{FEFF}",
            "\u{A0}", "\u{AD}", "\u{85}", "\u{301}", "\r", "\n", "\u{0}", "\u{7F}", "д", "\u{483}", "한", "\u{1100}", "😀",
        ];
        let mut rng = Rng(11);
        for _ in 0..100_000 {
            let line: String = (0..rng.below(12)).map(|_| pieces[rng.below(pieces.len())]).collect();
            assert_eq!(Scan::of(&line), scan_every_byte(&line), "{line:?}");
        }
    }

    #[test]
    fn emphasis_dropped_as_replace_drops_it() {
        use vanban_plugin_sdk::testing::Rng;
        let pieces = ["*", "**", "***", "a", "ế", " ", "\u{2217}", "x*y"];
        let mut rng = Rng(3);
        for _ in 0..50_000 {
            let text: String = (0..rng.below(10)).map(|_| pieces[rng.below(pieces.len())]).collect();
            let mut count = 0;
            assert_eq!(drop_emphasis(&text, &mut count), text.replace("**", ""), "{text:?}");
            assert_eq!(count, text.matches("**").count(), "{text:?}");
        }
    }

    #[test]
    fn emphasis_brought_together_by_a_removal_is_dropped() {
        let mut n = CharCounts::default();
        assert_eq!(clean_line_alone("*\u{200B}*đậm*\u{200B}*", true, &mut n), "đậm");
        assert_eq!(n.emphasis, 2);
    }

    #[test]
    fn emphasis_and_nfc() {
        let mut n = CharCounts::default();
        let nfd = "**Kho\u{302}ng ke\u{302}\u{301}t lua\u{323}n**";
        assert_eq!(clean_line_alone(nfd, true, &mut n), "Không kết luạn");
        assert_eq!((n.emphasis, n.normalised), (2, 1));
        assert_eq!(clean_line_alone("**giữ**", false, &mut n), "**giữ**");
    }
}

//! Tone-mark placement in the syllables ending in "oa", "oe" and "uy", which Vietnamese
//! writes two ways: the "hoà" style marks the second vowel (hoà, khoẻ, thuỳ), the "hòa"
//! style the first (hòa, khỏe, thùy). A syllable with a final consonant ("hoàn",
//! "huỳnh") has one right place in both styles and is left alone.

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

/// Where tone marks go in "oa", "oe", "uy" at the end of a syllable.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub enum ToneStyle {
    /// Leave every mark where the text has it.
    #[default]
    Keep,
    /// "hoà": the mark on the second vowel.
    Second,
    /// "hòa": the mark on the first vowel.
    First,
}

impl TryFrom<String> for ToneStyle {
    type Error = String;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        let s: String = s.nfc().collect();
        match s.as_str() {
            "keep" => Ok(ToneStyle::Keep),
            "hoà" => Ok(ToneStyle::Second),
            "hòa" => Ok(ToneStyle::First),
            other => Err(format!("unknown tone_marks `{other}`: use \"keep\", \"hoà\" or \"hòa\"")),
        }
    }
}

const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// Splits a letter into its letter without tone (NFC) and its tone mark.
fn split_tone(c: char) -> (char, Option<char>) {
    let nfd: Vec<char> = std::iter::once(c).nfd().collect();
    let tone = nfd.iter().copied().find(|m| TONES.contains(m));
    let base: String = nfd.iter().copied().filter(|m| !TONES.contains(m)).nfc().collect();
    let mut chars = base.chars();
    match (chars.next(), chars.next()) {
        (Some(b), None) => (b, tone),
        _ => (c, None),
    }
}

fn with_tone(base: char, tone: Option<char>) -> char {
    let Some(t) = tone else { return base };
    let s: String = [base, t].iter().copied().nfc().collect();
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => c,
        _ => base,
    }
}

fn is_onset_consonant(c: char) -> bool {
    "bcdđghklmnpqrstvx".contains(c.to_lowercase().next().unwrap_or(c))
}

/// The word with its tone mark moved to the style's vowel, or None when nothing moves.
fn restyle_word(word: &[char], style: ToneStyle) -> Option<Vec<char>> {
    let n = word.len();
    if style == ToneStyle::Keep || n < 2 {
        return None;
    }
    let onset = &word[..n - 2];
    if !onset.iter().all(|c| is_onset_consonant(*c)) || onset.last().is_some_and(|c| matches!(c, 'q' | 'Q')) {
        return None;
    }
    let (b1, t1) = split_tone(word[n - 2]);
    let (b2, t2) = split_tone(word[n - 1]);
    let pair: String = [b1, b2].iter().flat_map(|c| c.to_lowercase()).collect();
    if !matches!(pair.as_str(), "oa" | "oe" | "uy") {
        return None;
    }
    let (tone, on_first) = match (t1, t2) {
        (Some(t), None) => (t, true),
        (None, Some(t)) => (t, false),
        _ => return None,
    };
    let want_first = style == ToneStyle::First;
    if on_first == want_first {
        return None;
    }
    let mut out = word.to_vec();
    out[n - 2] = with_tone(b1, want_first.then_some(tone));
    out[n - 1] = with_tone(b2, (!want_first).then_some(tone));
    Some(out)
}

/// Applies the style to every word of an NFC line; counts the marks moved.
pub fn restyle(line: &str, style: ToneStyle, moved: &mut usize) -> String {
    if style == ToneStyle::Keep {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut word: Vec<char> = Vec::new();
    let mut flush = |word: &mut Vec<char>, out: &mut String| {
        match restyle_word(word, style) {
            Some(w) => {
                *moved += 1;
                out.extend(w);
            }
            None => out.extend(word.iter()),
        }
        word.clear();
    };
    for c in line.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_vowel_style() {
        let mut moved = 0;
        let out = restyle("Hòa bình, khỏe mạnh, Ủy ban, thùy mị, hoàn thành, quý, Huỳnh", ToneStyle::Second, &mut moved);
        assert_eq!(out, "Hoà bình, khoẻ mạnh, Uỷ ban, thuỳ mị, hoàn thành, quý, Huỳnh");
        assert_eq!(moved, 4);
    }

    #[test]
    fn first_vowel_style() {
        let mut moved = 0;
        let out = restyle("HOÀ, khoẻ, Uỷ ban, thuỷ, toà", ToneStyle::First, &mut moved);
        assert_eq!(out, "HÒA, khỏe, Ủy ban, thủy, tòa");
        assert_eq!(moved, 5);
    }

    #[test]
    fn keep_changes_nothing_and_names_parse() {
        let mut moved = 0;
        assert_eq!(restyle("hoà hòa", ToneStyle::Keep, &mut moved), "hoà hòa");
        assert_eq!(moved, 0);
        assert_eq!(ToneStyle::try_from("ho\u{300}a".to_string()), Ok(ToneStyle::First));
        assert_eq!(ToneStyle::try_from("hoà".to_string()), Ok(ToneStyle::Second));
        assert!(ToneStyle::try_from("new".to_string()).is_err());
    }
}

//! Text helpers shared by the extractors: byte/code-point offsets, words, capitals.

/// Maps byte offsets of one string to Unicode code-point offsets.
pub struct Offsets {
    /// Byte offset of every char, in order.
    starts: Vec<usize>,
    len: usize,
}

impl Offsets {
    pub fn new(s: &str) -> Offsets {
        Offsets { starts: s.char_indices().map(|(b, _)| b).collect(), len: s.len() }
    }

    /// Code-point offset of a byte offset that lies on a char boundary.
    pub fn chars(&self, byte: usize) -> usize {
        if byte >= self.len {
            return self.starts.len();
        }
        self.starts.partition_point(|&b| b < byte)
    }
}

pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || unicode_mark(c)
}

fn unicode_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

/// True when no word character touches the span `[start, end)` of `s` on either side.
pub fn on_word_boundary(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back().is_some_and(is_word_char);
    let after = s[end..].chars().next().is_some_and(is_word_char);
    !before && !after
}

/// True when the word starts with a capital letter.
pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// True when every letter of the word is a capital.
pub fn is_all_caps(w: &str) -> bool {
    w.chars().any(|c| c.is_alphabetic()) && !w.chars().any(|c| c.is_lowercase())
}

/// Lower-cases char by char, keeping every char's byte length so that offsets carry over.
pub fn lower_same_len(s: &str) -> String {
    s.chars()
        .map(|c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                _ => c,
            }
        })
        .collect()
}

/// "HOÀNG VĂN AN" -> "Hoàng Văn An"; a name with small letters is kept as is.
pub fn title_case(s: &str) -> String {
    vanban_plugin_sdk::text::title_case_if_upper(s)
}

/// Lines of a data file without comments and blanks.
pub fn data_lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_code_points() {
        let s = "Sở Y tế";
        let o = Offsets::new(s);
        let b = s.find("tế").unwrap();
        assert_eq!(o.chars(b), 5);
        assert_eq!(o.chars(s.len()), 7);
    }

    #[test]
    fn lower_keeps_lengths() {
        let s = "ĐỒNG CHÍ Ông";
        assert_eq!(lower_same_len(s).len(), s.len());
        assert_eq!(lower_same_len(s), "đồng chí ông");
    }

    #[test]
    fn boundaries() {
        let s = "a Huế b";
        let (a, b) = (s.find('H').unwrap(), s.find(" b").unwrap());
        assert!(on_word_boundary(s, a, b));
        assert!(!on_word_boundary("aHuế b", 1, b - 1));
    }
}

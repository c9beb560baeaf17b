//! Small text helpers that several plugins share.

/// True when the line ends like a sentence (., !, ?, …, :, ;, closing quotes after them).
pub fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end().trim_end_matches(['"', '”', '’', ')', '»', '*']);
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Number of Unicode scalar values in `s`.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Title-cases a name written in capitals: "VĂN TÁ" -> "Văn Tá". Other text is returned as is.
pub fn title_case_if_upper(name: &str) -> String {
    let has_lower = name.chars().any(|c| c.is_lowercase());
    if has_lower {
        return name.to_string();
    }
    name.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first.to_uppercase().chain(cs.flat_map(|c| c.to_lowercase())).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_cases_capitals_only() {
        assert_eq!(title_case_if_upper("VĂN TÁ"), "Văn Tá");
        assert_eq!(title_case_if_upper("Thu Hà"), "Thu Hà");
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("Xong rồi."));
        assert!(ends_sentence("như sau:"));
        assert!(!ends_sentence("Tin Y tế 19/07"));
    }
}

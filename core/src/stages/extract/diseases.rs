//! Diseases and conditions from a vocabulary with ICD-10 codes, matched in their written
//! variants ("tay - chân - miệng", "COVID – 19", "Covid-19").

use super::text::{data_lines, is_word_char, lower_same_len, on_word_boundary};
use super::Hit;
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::BTreeMap;
use vanban_plugin_sdk::text::lines_with_starts;
use vanban_plugin_sdk::{EntityKind, Normalized};

static DISEASES_TSV: &str = include_str!("../../../data/diseases.tsv");

struct Vocabulary {
    /// One regex over every variant in small letters, longest variants first so that they
    /// win, run over the text lowered by `lower_same_len`: there it finds what the regex
    /// with `(?i)` finds in the text (see [`FOLDS_UNLIKE_LOWER`]), and at less cost. Its
    /// pattern is `alternation` [`factored`].
    matcher: Regex,
    /// Every variant's pattern, in the order of `matcher`.
    alternation: String,
    /// It with `(?i)`, for the rare text [`FOLDS_UNLIKE_LOWER`] tells apart; built when one
    /// comes.
    folding: once_cell::sync::OnceCell<Regex>,
    /// Folded variant -> its entry.
    by_variant: BTreeMap<String, Entry>,
}

struct Entry {
    canonical: &'static str,
    /// ICD-10 code.
    code: Option<&'static str>,
    /// The canonical name lower-cased once here rather than on every hit.
    lower: String,
    /// Whether folding the key gives the key back: then a match written exactly as the key
    /// folds to it, and is looked up without folding.
    stable: bool,
    /// Whether the vocabulary writes the variant in small letters ("mpox"): a word, to be
    /// read in any case, where a short form in capitals ("THA") is an abbreviation.
    small: bool,
}

static VOCABULARY: Lazy<Vocabulary> = Lazy::new(load);

/// Lower-cases and reduces every run of spaces and dashes to one space.
fn fold(s: &str) -> String {
    let lower = lower_same_len(s);
    let mut out = String::with_capacity(lower.len());
    let mut gap = false;
    for c in lower.chars() {
        if c.is_whitespace() || matches!(c, '-' | '–' | '—') {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        out.push(c);
    }
    out
}

/// A char of a variant, or the gap between two of its words: any run of spaces and dashes,
/// or a comma with spaces around it, as a name written as a list of its parts has it.
#[derive(Clone, Copy, PartialEq)]
enum Piece {
    Char(char),
    Gap,
    ListGap,
}

/// A variant as the regex reads it, piece by piece: its words, folded, with a gap between.
fn pieces(v: &str) -> Vec<Piece> {
    fold(v).chars().map(|c| if c == ' ' { Piece::Gap } else { Piece::Char(c) }).collect()
}

/// Pieces as a regex: the chars as they are, a gap as any run of spaces and dashes.
fn pieces_pattern(pieces: &[Piece]) -> String {
    let piece = |p: &Piece| match p {
        Piece::Char(c) => regex::escape(c.encode_utf8(&mut [0; 4])),
        Piece::Gap => r"[\s\-–—]*".to_string(),
        Piece::ListGap => r"\s*,\s*".to_string(),
    };
    pieces.iter().map(piece).collect()
}

/// A name of three words written as a list of its parts, "tay, chân, miệng": the pieces of
/// `v` with a comma in each gap, if it has three words of letters. Longer names are phrases,
/// never written so.
fn list_pieces(v: &str) -> Option<Vec<Piece>> {
    let words: Vec<&str> = v.split(' ').collect();
    if words.len() != 3 || !words.iter().all(|w| w.chars().all(char::is_alphabetic)) {
        return None;
    }
    Some(pieces(v).into_iter().map(|p| if p == Piece::Gap { Piece::ListGap } else { p }).collect())
}

/// The alternation of `variants`, the first preferred, with the variants that open alike
/// sharing their opening: "u(?:ng thư vú|ng thư)" rather than "ung thư vú|ung thư". The
/// plain alternation starts the search at every char with all of its variants at once; this
/// one with the few opening chars, which is much cheaper for the lazy DFA to build.
///
/// It matches as the plain one, preferring the same variant: two variants opening with
/// unlike chars never match at the same place, so only those opening alike are grouped, in
/// their order; a gap shared by all of them is shared too (it takes the whole run of spaces
/// and dashes either way, as a word opens with neither). Where a variant ends, or some open
/// with a gap and others with a char (a gap may be empty), they are left in their order.
fn factored(variants: &[&[Piece]]) -> String {
    if variants.len() == 1 {
        return pieces_pattern(variants[0]);
    }
    let opening = |v: &&[Piece]| v.first().copied();
    let all_chars = variants.iter().all(|v| matches!(opening(v), Some(Piece::Char(_))));
    let all_gaps = variants.iter().all(|v| opening(v) == Some(Piece::Gap));
    if !all_chars && !all_gaps {
        return variants.iter().map(|v| pieces_pattern(v)).collect::<Vec<_>>().join("|");
    }
    let mut groups: Vec<(Piece, Vec<&[Piece]>)> = Vec::new();
    for v in variants {
        match groups.iter_mut().find(|(first, _)| *first == v[0]) {
            Some((_, rests)) => rests.push(&v[1..]),
            None => groups.push((v[0], vec![&v[1..]])),
        }
    }
    groups.iter().map(|(first, rests)| format!("{}(?:{})", pieces_pattern(&[*first]), factored(rests))).collect::<Vec<_>>().join("|")
}

fn load() -> Vocabulary {
    let mut by_variant = BTreeMap::new();
    for line in data_lines(DISEASES_TSV) {
        let f: Vec<&'static str> = line.split('\t').collect();
        if f.len() < 3 {
            continue;
        }
        let code = (f[1] != "-").then_some(f[1]);
        for v in f[2].split('|').filter(|v| !v.is_empty()) {
            let small = !v.chars().any(char::is_uppercase);
            by_variant.entry(fold(v)).or_insert_with(|| Entry { canonical: f[0], code, lower: f[0].to_lowercase(), stable: false, small });
        }
    }
    for (key, entry) in by_variant.iter_mut() {
        entry.stable = fold(key) == *key;
    }
    // Every variant, and the list form of those of three words, longest first.
    let mut variant_pieces: Vec<Vec<Piece>> = by_variant.keys().flat_map(|v| std::iter::once(pieces(v)).chain(list_pieces(v))).collect();
    variant_pieces.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let alternation = variant_pieces.iter().map(|p| pieces_pattern(p)).collect::<Vec<_>>().join("|");
    let variant_pieces: Vec<&[Piece]> = variant_pieces.iter().map(Vec::as_slice).collect();
    // No `\b` in the pattern: Unicode word boundaries keep the regex off its fast engine,
    // so boundaries are checked on each match instead.
    let matcher = Regex::new(&format!(r"(?:{})", factored(&variant_pieces))).expect("disease vocabulary regex");
    Vocabulary { matcher, alternation, folding: once_cell::sync::OnceCell::new(), by_variant }
}

/// The chars the case folding of `(?i)` and `lower_same_len` treat unlike for the chars of
/// the variants: the Kelvin sign folds to "k" and the long s to "s", yet a lowered text
/// keeps them (their small letter is shorter). In a text with none of them, a char matches
/// a variant's char under `(?i)` exactly when its lowered char is that char (checked for
/// every char by a test), so the case-sensitive regex over the lowered text finds the same
/// matches, and those alone.
const FOLDS_UNLIKE_LOWER: &[char] = &['\u{17F}', '\u{212A}'];

/// Whether `s` holds a char of [`FOLDS_UNLIKE_LOWER`].
fn folds_unlike_lower(s: &str) -> bool {
    static FINDERS: Lazy<Vec<memchr::memmem::Finder<'static>>> =
        Lazy::new(|| FOLDS_UNLIKE_LOWER.iter().map(|c| memchr::memmem::Finder::new(c.encode_utf8(&mut [0; 4]).as_bytes()).into_owned()).collect());
    FINDERS.iter().any(|f| f.find(s.as_bytes()).is_some())
}

impl Vocabulary {
    /// The regex of every variant with `(?i)`, run over the text itself.
    fn folding_matcher(&self) -> &Regex {
        self.folding.get_or_init(|| Regex::new(&format!(r"(?i)(?:{})", self.alternation)).expect("disease vocabulary regex"))
    }

    /// The entry of the variant `s` is written in: `by_variant[fold(s)]`.
    fn entry(&self, s: &str) -> Option<&Entry> {
        // Most matches are written as their key; folding them would only allocate.
        match self.by_variant.get(s) {
            Some(e) if e.stable => Some(e),
            // A name written as a list ("tay, chân, miệng") is its variant with the commas gone.
            _ => self.by_variant.get(&fold(s)).or_else(|| s.contains(',').then(|| self.by_variant.get(&fold(&s.replace(',', " "))))?),
        }
    }
}

/// Diseases mentioned in one field.
#[cfg(test)]
pub fn find(s: &str) -> Vec<Hit> {
    find_with_lower(s, &lower_same_len(s))
}

/// [`find`], given `lower`, `s` lowered by `lower_same_len`.
pub fn find_with_lower(s: &str, lower: &str) -> Vec<Hit> {
    let v = &*VOCABULARY;
    let mut hits = Vec::new();
    // A match's span is the same in `s` and in `lower`, whose chars have the same lengths.
    let (matcher, text) = if folds_unlike_lower(s) { (v.folding_matcher(), s) } else { (&v.matcher, lower) };
    // The end of the last hit that reached past its match (a subtype after "cúm A").
    let mut taken_to = 0;
    for m in matcher.find_iter(text) {
        let (start, mut end) = (m.start(), m.end());
        if start < taken_to {
            continue;
        }
        if !on_word_boundary(s, start, end) {
            match shorter_on_boundary(v, s, start, end) {
                Some(e) => end = e,
                None => continue,
            }
        }
        let written = &s[start..end];
        let Some(&Entry { canonical, mut code, ref lower, small, .. }) = v.entry(written) else { continue };
        let mut lower = lower;
        let subtyped;
        // "cúm A/H3N2", "cúm A (H1N1)": a subtype the vocabulary does not write after "cúm A"
        // is that subtype's flu, not flu A at large.
        if canonical == "cúm A" {
            if let Some((sub_end, name)) = subtype_after(s, end) {
                let known = v.by_variant.get(&name);
                code = known.map_or(code, |e| e.code);
                subtyped = known.map_or_else(|| format!("cúm a/{name}"), |e| e.lower.clone());
                lower = &subtyped;
                end = sub_end;
                taken_to = end;
            }
        }
        // Upper-case short forms ("THA", "SXH") only count when written in capitals; a short
        // name the vocabulary writes in small letters ("Mpox") is a word.
        if written.chars().count() <= 4 && written.chars().any(|c| c.is_lowercase()) && canonical.chars().count() > 4 && !small {
            if !matches!(canonical, "cúm A" | "sởi" | "tả" | "lao" | "dại") {
                continue;
            }
        }
        if canonical == "tiêu chảy" && among_symptoms(s, start, end) {
            continue;
        }
        let mut h = Hit::new(EntityKind::Disease, start, end, Normalized::Text(lower.clone()));
        h.code = code.map(str::to_string);
        hits.push(h);
    }
    let labels = labelled_names(s);
    if !labels.is_empty() {
        let free: Vec<Hit> = labels.into_iter().filter(|l| !hits.iter().any(|h| h.start < l.end && l.start < h.end)).collect();
        hits.extend(free);
        hits.sort_by_key(|h| (h.start, h.end));
    }
    hits
}

/// The end of the longest variant that opens `s[start..end]` and ends on a word boundary. The
/// matcher takes the longest variant without looking past it, so a match that ends inside a
/// word ("cúm B" of "cúm bùng phát", "cúm A" of "cúm Anh") falls back to a shorter one ("cúm").
fn shorter_on_boundary(v: &Vocabulary, s: &str, start: usize, end: usize) -> Option<usize> {
    let ends = s[start..end].char_indices().rev().map(|(i, c)| start + i + c.len_utf8());
    ends.filter(|&e| e < end && s[..e].ends_with(is_word_char) && on_word_boundary(s, start, e)).find(|&e| v.entry(&s[start..e]).is_some())
}

/// An influenza A subtype ("H3N2", "h10n3") written after "cúm A" at `at`, after a slash,
/// in brackets or after spaces: where it ends, and its name in small letters.
fn subtype_after(s: &str, at: usize) -> Option<(usize, String)> {
    let b = s.as_bytes();
    let skip_spaces = |mut i: usize| {
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    };
    let digits = |i: usize| i + b[i.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).take(3).count();
    let mut i = skip_spaces(at);
    let bracket = b.get(i) == Some(&b'(');
    if matches!(b.get(i), Some(b'/' | b'(')) {
        i = skip_spaces(i + 1);
    } else if i == at {
        return None;
    }
    let name_start = i;
    if !matches!(b.get(i), Some(b'H' | b'h')) {
        return None;
    }
    let h_end = digits(i + 1);
    if !(1..=2).contains(&(h_end - i - 1)) || !matches!(b.get(h_end), Some(b'N' | b'n')) {
        return None;
    }
    let n_end = digits(h_end + 1);
    if !(1..=2).contains(&(n_end - h_end - 1)) {
        return None;
    }
    let name = s[name_start..n_end].to_ascii_lowercase();
    let end = if bracket { (b.get(n_end) == Some(&b')')).then_some(n_end + 1)? } else { n_end };
    (!s[end..].starts_with(|c: char| c.is_alphanumeric())).then_some((end, name))
}

/// Symptoms a report lists beside "tiêu chảy" when it describes what the sick felt.
const SYMPTOMS: &[&str] = &["đau bụng", "nôn", "buồn nôn", "chóng mặt", "mệt mỏi", "sốt", "đau đầu", "ngứa", "nổi mẩn"];

/// Whether the match at `a..b` is one symptom of a list ("đau bụng, nôn, tiêu chảy"): the
/// item right before it or right after it in its clause is a symptom of [`SYMPTOMS`].
fn among_symptoms(s: &str, a: usize, b: usize) -> bool {
    let clause_start = s[..a].rfind(['.', ';', '\n', '(', ':']).map_or(0, |i| i + 1);
    let clause_end = s[b..].find(['.', ';', '\n', ')']).map_or(s.len(), |i| b + i);
    let before = lower_same_len(s[clause_start..a].trim_end());
    let after = lower_same_len(&s[b..clause_end]);
    // "đau bụng, buồn nôn, tiêu chảy": the item before ends with a symptom.
    let item_before = before.strip_suffix(',').or_else(|| before.strip_suffix(" và")).map(|t| t.rsplit(',').next().unwrap_or(t).trim());
    let ends_in_symptom = item_before.is_some_and(|i| SYMPTOMS.iter().any(|w| i.ends_with(w) && !i[..i.len() - w.len()].ends_with(char::is_alphanumeric)));
    // "tiêu chảy, sốt nhẹ": the item after is a symptom of a few words, no disease.
    let item_after = after.trim_start().strip_prefix(',').map(|t| t.split(',').next().unwrap_or(t).trim());
    let opens_with_symptom = item_after.is_some_and(|i| {
        let few = i.split_whitespace().count() <= 3;
        few && SYMPTOMS.iter().any(|w| i.starts_with(w)) && !["xuất huyết", "rét", "phát ban"].iter().any(|d| i.contains(d))
    });
    ends_in_symptom || opens_with_symptom
}

/// Names that are also common words ("lao": rush; "dại": wild; "tả": to describe), matched
/// alone only as the label of a list item: "- Dại: không ghi nhận ca tử vong".
const LABEL_ONLY: &[(&str, &str)] = &[("Lao", "lao"), ("Dại", "dại"), ("Tả", "tả")];

/// The diseases of [`LABEL_ONLY`] that label a line ("- Dại: …", "+ Lao: 12 ca").
fn labelled_names(s: &str) -> Vec<Hit> {
    let v = &*VOCABULARY;
    let mut hits = Vec::new();
    for (line_start, line) in lines_with_starts(s) {
        let body = line.trim_start_matches([' ', '-', '+', '•', '–', '*']);
        let at = line_start + line.len() - body.len();
        let Some(&(name, key)) = LABEL_ONLY.iter().find(|(n, _)| body.strip_prefix(n).is_some_and(|r| r.trim_start().starts_with(':'))) else { continue };
        if let Some(e) = v.by_variant.get(&format!("bệnh {key}")) {
            let mut h = Hit::new(EntityKind::Disease, at, at + name.len(), Normalized::Text(e.lower.clone()));
            h.code = e.code.map(str::to_string);
            hits.push(h);
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<(String, String)> {
        find(s)
            .into_iter()
            .map(|h| match h.normalized {
                Some(Normalized::Text(n)) => (s[h.start..h.end].to_string(), n),
                _ => unreachable!("diseases normalise to text"),
            })
            .collect()
    }

    #[test]
    fn written_variants() {
        let got = names("bệnh tay - chân - miệng, dịch COVID – 19 và Covid-19, cúm A (H5N1)");
        let want: Vec<(String, String)> = [
            ("tay - chân - miệng", "tay chân miệng"),
            ("COVID – 19", "covid-19"),
            ("Covid-19", "covid-19"),
            ("cúm A (H5N1)", "cúm a/h5n1"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn rabies_named_by_its_vaccine_serum_or_prevention_alone() {
        for s in ["Trạm đã tiêm vắc xin phòng dại cho 40 người.", "Bệnh viện hết huyết thanh kháng dại.", "Tháng hành động phòng, chống dại."] {
            assert_eq!(names(s).iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>(), ["dại"], "{s}");
        }
        // "dại" alone is a common word ("cây dại").
        assert!(names("Hoa dại mọc ven đường.").is_empty());
    }

    #[test]
    fn a_flu_a_subtype_written_after_it_is_that_subtypes_flu() {
        let got = names("cúm A/H3N2, cúm A (H3N2), cúm A H1N1, cúm A(H10N3) và cúm A; cúm A/H5N1");
        let want = [("cúm A/H3N2", "cúm a/h3n2"), ("cúm A (H3N2)", "cúm a/h3n2"), ("cúm A H1N1", "cúm a/h1n1"), ("cúm A(H10N3)", "cúm a/h10n3"), ("cúm A", "cúm a"), ("cúm A/H5N1", "cúm a/h5n1")];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
        assert_eq!(find("cúm A H1N1")[0].code.as_deref(), Some("J09"));
        // No subtype: "cúm A và H", "cúm A (H3N2" unclosed.
        assert_eq!(names("cúm A (H3N2 đang lưu hành"), [("cúm A".to_string(), "cúm a".to_string())]);
    }

    #[test]
    fn a_name_written_as_a_list_of_its_parts() {
        let got = names("bệnh tay, chân, miệng (TCM) và Tay , Chân , Miệng; sốt, phát ban; phòng, chống lao");
        let want = [("tay, chân, miệng", "tay chân miệng"), ("TCM", "tay chân miệng"), ("Tay , Chân , Miệng", "tay chân miệng"), ("phòng, chống lao", "lao")];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn written_names_of_hepatitis_and_chronic_kidney_failure() {
        let got: Vec<Option<String>> = find("viêm gan vi rút B, suy thận mạn, viêm tiểu phế quản").into_iter().map(|h| h.code).collect();
        assert_eq!(got, [Some("B16-B18.1".to_string()), Some("N18".to_string()), Some("J21".to_string())]);
    }

    #[test]
    fn names_of_surveillance_and_school_health_reports() {
        let s = "3 ca cúm B, 2 ca viêm gan A, 1 ca sốt mò, 4 ca nhiễm Leptospira; tầm soát tan máu bẩm sinh; cận thị, sâu răng; 5 trẻ tự kỷ";
        let codes: Vec<Option<String>> = find(s).into_iter().map(|h| h.code).collect();
        let want = ["J10", "B15", "A75.3", "A27", "D56", "H52.1", "K02", "F84.0"];
        assert_eq!(codes, want.map(|c| Some(c.to_string())));
        assert_eq!(names(s)[3], ("Leptospira".to_string(), "leptospira".to_string()));
        // "tự kỷ" is a disease only with a word that makes it one; "cúm B" is not "cúm Bình".
        assert!(find("Cán bộ tự kỷ luật, tự giác.").is_empty());
        assert!(!names("3 ca cúm mùa, cúm Bình Định").iter().any(|(_, n)| n == "cúm b"));
    }

    #[test]
    fn names_of_elderly_care_school_health_and_maternal_reports() {
        let s = "khám gút, Parkinson, sa sút trí tuệ; 12 học sinh mắc mắt hột, nhiễm giun; \
                 uống vitamin A phòng thiếu vitamin A; sàng lọc tiền sản giật, ung thư tuyến giáp";
        let codes: Vec<Option<String>> = find(s).into_iter().map(|h| h.code).collect();
        let want = ["M10", "G20", "F03", "A71", "B82.0", "E50", "O14", "C73"];
        assert_eq!(codes, want.map(|c| Some(c.to_string())));
        // "ghẻ" alone is also "ghẻ lạnh" (a cold shoulder): only "bệnh ghẻ" and its like count.
        assert!(find("Không ghẻ lạnh người bệnh.").is_empty());
        assert_eq!(names("Phát hiện 4 ca bệnh ghẻ."), [("bệnh ghẻ".to_string(), "ghẻ".to_string())]);
    }

    #[test]
    fn a_longer_name_cut_inside_a_word_gives_way_to_a_shorter_one() {
        let got = names("Dịch cúm bùng phát; ca cúm Anh; cúm B.");
        let want = [("cúm", "cúm"), ("cúm", "cúm"), ("cúm B", "cúm b")];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
        assert!(names("Xã Cúmbai").is_empty());
    }

    #[test]
    fn longest_variant_wins_and_codes() {
        let h = find("tầm soát ung thư cổ tử cung");
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].code.as_deref(), Some("C53"));
    }

    #[test]
    fn entry_agrees_with_folding_every_match() {
        let v = &*VOCABULARY;
        let mut texts: Vec<String> = Vec::new();
        for key in v.by_variant.keys() {
            texts.extend([key.clone(), key.to_uppercase(), key.replace(' ', " - "), key.replace(' ', "  "), format!(" {key}")]);
        }
        for t in &texts {
            let old = v.by_variant.get(&fold(t)).map(|e| e.canonical);
            assert_eq!(v.entry(t).map(|e| e.canonical), old, "{t:?}");
        }
        assert!(v.by_variant.values().filter(|e| e.stable).count() > 50);
    }

    #[test]
    fn a_name_that_is_also_a_word_labels_a_list_item() {
        let got = names("Tình hình dịch:\n- Dại: không ghi nhận ca tử vong mới.\n+ Lao: 14 ca.\nDại khái như sau: bệnh nhân lao 6 người; cúm 12 ca");
        let want = [("Dại", "dại"), ("Lao", "lao"), ("bệnh nhân lao", "lao"), ("cúm", "cúm")];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn diarrhoea_among_symptoms_is_a_symptom() {
        assert!(names("các em có biểu hiện đau bụng, buồn nôn, tiêu chảy sau bữa trưa").is_empty());
        assert!(names("có triệu chứng tiêu chảy, sốt nhẹ").is_empty());
        assert_eq!(names("Trong tháng ghi nhận 14 ca tiêu chảy cấp ở trẻ em.").len(), 1);
        assert_eq!(names("Bệnh tiêu chảy: 20 ca; sốt xuất huyết: 4 ca.").len(), 2);
        assert_eq!(names("ghi nhận 12 ca sốt xuất huyết, 14 ca tiêu chảy, sốt xuất huyết tăng").len(), 3);
    }

    /// Every char `(?i)` folds to a char of a variant (or to a gap between its words) is one
    /// `lower_same_len` lowers to it, and the other way round, but for the chars of
    /// [`FOLDS_UNLIKE_LOWER`].
    #[test]
    fn case_folding_agrees_with_lowering_on_the_variants_chars() {
        use super::super::text::lower_char;
        let v = &*VOCABULARY;
        let mut pattern_chars: Vec<char> = v.by_variant.keys().flat_map(|k| k.chars()).filter(|&c| c != ' ').collect();
        pattern_chars.sort_unstable();
        pattern_chars.dedup();
        // One pattern per char of the variants, the gap between words last.
        let mut folded: Vec<String> = pattern_chars.iter().map(|p| format!("^(?i:{})$", regex::escape(&p.to_string()))).collect();
        folded.push(r"^(?i:[\s\-–—])$".to_string());
        let folded = regex::RegexSet::new(&folded).unwrap();
        let gap = Regex::new(r"^[\s\-–—]$").unwrap();
        let mut unlike: Vec<char> = Vec::new();
        for t in (0..=0x10FFFF).filter_map(char::from_u32) {
            let l = lower_char(t);
            let mut lowered: Vec<usize> = pattern_chars.binary_search(&l).into_iter().collect();
            if gap.is_match(&l.to_string()) {
                lowered.push(pattern_chars.len());
            }
            if folded.matches(&t.to_string()).into_iter().collect::<Vec<usize>>() != lowered {
                unlike.push(t);
            }
        }
        unlike.sort_unstable();
        unlike.dedup();
        assert!(unlike.iter().all(|c| FOLDS_UNLIKE_LOWER.contains(c)), "{unlike:?}");
        assert!(pattern_chars.contains(&'k') && pattern_chars.contains(&'s'));
    }

    /// The factored alternation finds the spans the plain one finds, the same variant
    /// winning where several match: variants written with gaps, glued, one after another.
    #[test]
    fn the_factored_alternation_matches_as_the_plain_one() {
        let v = &*VOCABULARY;
        let plain = Regex::new(&format!(r"(?:{})", v.alternation)).unwrap();
        let keys: Vec<&String> = v.by_variant.keys().collect();
        let mut texts: Vec<String> = vec![keys.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(""), keys.iter().map(|k| k.replace(' ', "")).collect::<Vec<_>>().join("-")];
        for (i, key) in keys.iter().enumerate() {
            let next = keys[(i + 1) % keys.len()];
            texts.extend([key.to_string(), key.replace(' ', ""), key.replace(' ', " – "), format!("x{key} {next}"), format!("{key}{next}")]);
            for other in &keys {
                texts.push(format!("{key}{}", other.replace(' ', "")));
            }
        }
        for t in &texts {
            let spans = |r: &Regex| r.find_iter(t).map(|m| (m.start(), m.end())).collect::<Vec<_>>();
            assert_eq!(spans(&v.matcher), spans(&plain), "{t}");
        }
    }

    #[test]
    fn the_lowered_search_finds_what_the_folding_one_finds() {
        let v = &*VOCABULARY;
        let mut texts: Vec<String> = Vec::new();
        for key in v.by_variant.keys() {
            let capitals: Vec<String> = key.split(' ').map(super::super::sentence_case).collect();
            texts.push(format!("Ca {key}, {} và {} – {}.", key.to_uppercase(), capitals.join(" "), key.replace(' ', " - ")));
        }
        texts.push("BỆNH SỐT XUẤT HUYẾT, Sởi, COVID – 19; Tay-Chân-Miệng".to_string());
        for t in &texts {
            let lower = lower_same_len(t);
            assert!(!folds_unlike_lower(t));
            let folded: Vec<(usize, usize)> = v.folding_matcher().find_iter(t).map(|m| (m.start(), m.end())).collect();
            let lowered: Vec<(usize, usize)> = v.matcher.find_iter(&lower).map(|m| (m.start(), m.end())).collect();
            assert_eq!(folded, lowered, "{t}");
        }
        // A text with a char folded unlike its lowering takes the folding search.
        let s = "bệnh \u{17F}ởi";
        assert!(folds_unlike_lower(s));
        // The long s folds to "s", but is not lowered to it: the two searches differ.
        let spans = |r: &Regex, t: &str| r.find_iter(t).map(|m| (m.start(), m.end())).collect::<Vec<_>>();
        assert_ne!(spans(v.folding_matcher(), s), spans(&v.matcher, &lower_same_len(s)));
    }

    #[test]
    fn common_words_are_not_diseases() {
        assert!(find("lao động và phong trào, lao vào dập lửa, cỏ dại, mô tả").is_empty());
    }

    #[test]
    fn a_name_that_is_also_a_word_is_a_disease_when_caught() {
        let got = names("120 trường hợp mắc lao, 3 ca mắc dại và 40 người nhiễm lao");
        let want = [("mắc lao", "lao"), ("mắc dại", "dại"), ("nhiễm lao", "lao")];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn a_short_name_written_as_a_word_is_read_in_any_case() {
        assert_eq!(names("Quận ghi nhận 3 ca Mpox, 1 ca MPOX."), vec![("Mpox".to_string(), "đậu mùa khỉ".to_string()), ("MPOX".to_string(), "đậu mùa khỉ".to_string())]);
        // A short form in capitals is still read only in capitals.
        assert!(names("Tha hồ vui chơi.").is_empty());
    }
}

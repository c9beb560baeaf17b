//! People: Vietnamese personal names introduced by an honorific or a title ("đồng chí",
//! "ông", "BS.", "Phó Chủ tịch UBND huyện"), with the roles that precede or follow them.

use super::pairs::PairMatcher;
use super::text::{data_lines, is_all_caps, is_alnum, is_capitalised, lower_same_len, on_word_boundary, title_case, SpanSet};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;
use vanban_plugin_sdk::text::ends_with_lower;

static SURNAMES_TXT: &str = include_str!("../../../data/surnames.txt");
static HONORIFICS_TXT: &str = include_str!("../../../data/honorifics.txt");
static ROLES_TXT: &str = include_str!("../../../data/roles.txt");

struct Vocabulary {
    /// Hashed: every capitalised word near a title is looked up, most of them no surname.
    surnames: FxHashSet<String>,
    honorifics: PairMatcher,
    honorific_forms: Vec<&'static str>,
    /// Per honorific pattern: whether it is a plain everyday word, and its form in the
    /// record. Worked out once here rather than for every match in every field.
    honorific_plain: Vec<bool>,
    honorific_records: Vec<String>,
    /// Per honorific pattern: whether it is one of [`SENTENCE_OPENING_HONORIFICS`].
    honorific_opens_sentence: Vec<bool>,
    /// Per honorific pattern: whether it is an abbreviation in capitals with no dot ("CN",
    /// "BS"), which may abbreviate something else too.
    honorific_abbreviated: Vec<bool>,
    /// The roles, searched along a field and asked about at one place (the anchored question
    /// asked of most words near a title). Along a field the pair matcher's scan cost 54
    /// million instructions less over 1,000 documents than the leftmost-longest automaton it
    /// replaced (whose prefilter found no rare byte), and it needs no build of its own.
    role_starts: PairMatcher,
    /// The roles in small letters ("giám đốc", "trưởng khoa"), as news writes them after a
    /// name and its comma; asked only there.
    small_role_starts: PairMatcher,
}

static VOCABULARY: Lazy<Vocabulary> = Lazy::new(|| {
    let surnames = data_lines(SURNAMES_TXT).flat_map(|l| l.split_whitespace()).map(str::to_string).collect();
    let honorific_forms: Vec<&'static str> = data_lines(HONORIFICS_TXT).map(str::trim).collect();
    let honorifics = PairMatcher::new(&honorific_forms);
    let role_forms = role_forms();
    let lowered: Vec<String> = honorific_forms.iter().map(|f| f.to_lowercase()).collect();
    let honorific_plain = lowered.iter().map(|l| PLAIN_HONORIFICS.contains(&l.as_str())).collect();
    let honorific_records = lowered.iter().map(|l| normalise_honorific(l)).collect();
    let honorific_opens_sentence = honorific_forms.iter().map(|f| SENTENCE_OPENING_HONORIFICS.contains(f)).collect();
    let honorific_abbreviated = honorific_forms.iter().map(|f| f.is_ascii() && !f.contains(['.', ' ']) && is_all_caps(f)).collect();
    let role_starts = PairMatcher::new(&role_forms);
    // Of one word ("trưởng", "chánh"), or "thường trực" and "phụ trách", a title in small
    // letters is as often an everyday word: "trưởng thành", "thường trực tại trạm", "ông A,
    // phụ trách công tác tiêm chủng".
    let small_forms: Vec<String> = role_forms.iter().filter(|f| f.contains(' ') && !TITLES_ONLY_CAPITALISED.contains(&f.as_str())).map(|f| f.to_lowercase()).collect();
    let small_role_starts = PairMatcher::new(&small_forms);
    Vocabulary { surnames, honorifics, honorific_forms, honorific_plain, honorific_records, honorific_opens_sentence, honorific_abbreviated, role_starts, small_role_starts }
});

/// The roles of `roles.txt`, each of several capitalised words in sentence case too: news
/// writes "Phó giám đốc Sở Y tế", "Phó chủ tịch UBND tỉnh" after a name as often as the
/// documents' "Phó Giám đốc".
fn role_forms() -> Vec<String> {
    let listed: Vec<&str> = data_lines(ROLES_TXT).map(str::trim).collect();
    let mut forms: Vec<String> = listed.iter().map(|f| f.to_string()).collect();
    for form in &listed {
        let Some((first, rest)) = form.split_once(' ') else { continue };
        let sentence_case = format!("{first} {}", rest.to_lowercase());
        if !forms.contains(&sentence_case) {
            forms.push(sentence_case);
        }
    }
    forms
}

/// Roles that are titles only with their capital: in small letters they are a duty or a
/// verb ("thường trực tại trạm", "phụ trách công tác tiêm chủng").
const TITLES_ONLY_CAPITALISED: &[&str] = &["Thường trực", "Phụ trách"];

/// Honorifics that are everyday words too: the name must follow them at once.
const PLAIN_HONORIFICS: &[&str] = &["ông", "bà", "anh", "chị", "cô", "bạn", "bác"];

/// Plain honorifics that, with a capital, are honorifics only where a sentence or a line
/// opens ("Anh Lò Văn Tú, điều dưỡng …", "Cô Nông Thị Hoa, giáo viên …"): inside one, "Anh"
/// is a given name ("Trịnh Thị Mai Anh") or a country ("Vương quốc Anh"), "Cô" a place's
/// word ("huyện Cô Tô").
const SENTENCE_OPENING_HONORIFICS: &[&str] = &["Anh", "Chị", "Cô"];

/// Small-letter words that may sit inside a role or between a title and a name
/// ("Bí thư Thị ủy", "Phó Chủ tịch UBND huyện", "Chánh thanh tra Sở Y tế"), and names of
/// clinical departments and central units ("Truyền nhiễm", "Gây mê hồi sức", "Trung ương").
/// A `match` rather than a list: it is asked about most words near a title.
fn is_role_small_word(w: &str) -> bool {
    matches!(
        w,
        "thư" | "tịch" | "đốc" | "trưởng" | "viên" | "ủy" | "uỷ" | "vụ" | "trực" | "ban" | "tế" | "y" |
        "huyện" | "tỉnh" | "xã" | "thị" | "phố" | "thành" | "quận" | "phường" | "trấn" | "dân" | "nhân" |
        "khoa" | "phòng" | "thanh" | "tra" | "giáo" | "văn" | "đảng" | "trung" | "tâm" | "viện" | "bệnh" |
        "kiểm" | "soát" | "tật" | "hội" | "đồng" | "chính" | "trị" | "tổ" | "chức" | "cán" | "bộ" | "đa" |
        "học" | "cổ" | "truyền" | "dưỡng" | "điều" | "dược" | "sở" | "cục" | "chi" | "biên" | "tập" |
        "nhiệm" | "sản" | "nhi" | "cấp" | "cứu" | "hồi" | "sức" | "xét" | "nghiệm" | "chuyên" | "môn" |
        "vực" | "khu" | "hoạch" | "kế" | "số" | "gia" | "đình" | "hành" | "tài" | "vệ" | "sinh" | "an" |
        "toàn" | "thực" | "phẩm" | "máu" | "chẩn" | "đoán" | "hình" | "ảnh" | "và" | "nhiễm" | "mê" | "ương" | "nhiệt" | "đới" | "ngoại" | "nội" |
        "tổng" | "hợp" | "thần" | "kinh" | "tim" | "mạch" | "thận" | "tiết" | "niệu" | "mắt" | "họng" |
        "răng" | "hàm" | "mặt" | "bỏng" | "chấn" | "thương" | "lão" | "bướu" | "ung" | "tích" | "cực" |
        "độc" | "dịch" | "tễ" | "lâm" | "sàng" | "tuyến" | "dinh" | "phục" | "năng" | "liễu" | "da" | "phụ" |
        "nghiệp" | "hóa" | "hoá" | "chăm" | "sóc" | "khỏe" | "khoẻ" | "bảo" | "liên" | "ngành" | "chống" |
        // "Phó Giám đốc phụ trách Sở Y tế"; "Cục phó", "Đội phó"
        "trách" | "phó" |
        // "Trưởng ban Dân vận Tỉnh ủy"
        "vận" |
        // "y sĩ trạm y tế xã", "trưởng trạm y tế phường"
        "trạm" |
        // Villages a health worker serves: "nhân viên y tế thôn Nà Lừu" ("bản" is left out:
        // "văn bản" follows a unit as often)
        "thôn" | "làng" | "buôn" | "ấp"
    )
}

/// True when `s` starts with a role word such as "Giám đốc" or "Phó Chủ tịch".
pub fn is_role_word(s: &str) -> bool {
    VOCABULARY.role_starts.longest_at(s, 0).is_some_and(|(_, end)| on_word_boundary(s, 0, end))
}

/// Where a role in small letters that opens `s` ends ("giám đốc", "trưởng trạm").
fn small_role_end(s: &str) -> Option<usize> {
    VOCABULARY.small_role_starts.longest_at(s, 0).map(|(_, end)| end).filter(|&end| on_word_boundary(s, 0, end))
}

/// One mention of a person in a field.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// The name as it should be written (title-cased when the text has it in capitals).
    pub name: String,
    pub honorific: Option<String>,
    pub roles: Vec<String>,
}

/// The next word after `at` (skipping one space), as a byte span.
fn next_word(s: &str, at: usize) -> Option<(usize, usize)> {
    let rest = s.get(at..)?;
    let skip = rest.bytes().take_while(|b| *b == b' ').count();
    let a = at + skip;
    let len = word_len(s, a);
    (len > 0).then_some((a, a + len))
}

fn is_surname(w: &str) -> bool {
    // A word with small letters is its own title case: looked up without a copy.
    if w.chars().any(char::is_lowercase) {
        return VOCABULARY.surnames.contains(w);
    }
    // An ASCII word in capitals ("UBND", "Y") is title-cased on the stack, as `title_case`
    // would: most such words are asked about and few are surnames.
    let mut buf = [0u8; 32];
    if w.is_ascii() && w.len() <= buf.len() {
        for (i, b) in w.bytes().enumerate() {
            buf[i] = if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() };
        }
        return std::str::from_utf8(&buf[..w.len()]).is_ok_and(|t| VOCABULARY.surnames.contains(t));
    }
    VOCABULARY.surnames.contains(&title_case(w))
}

/// Names of the Central Highlands peoples open with no family name: a man's with "Y" ("Y
/// Khắc Niê") or, among the Ba Na and Xơ Đăng, "A" ("A Thút"), a woman's with "H'" before
/// the given name, joined to it or not ("H'Luôn Niê", "H' Luôn Niê"), as "K'" opens a Cơ Ho
/// man's ("K'Brôi"). Read only after an
/// honorific ("ông Y Khắc Niê"): "Y" also ends names of units ("Phòng Nghiệp vụ Y", "Đại
/// học Y") and opens "Y tế". A given name may be a unit's word ("Y Khoa Niê"): then the
/// family name closing the run tells a person from "Y Sở Y tế".
fn opens_highland_name(s: &str, a: usize, first_end: usize) -> bool {
    let w = &s[a..first_end];
    let next = next_word(s, first_end).filter(|(x, _)| *x == first_end + 1);
    // A man's "Y" may be glued too ("Y'Moan Niê").
    let given = ["H'", "H\u{2019}", "K'", "K\u{2019}", "Y'", "Y\u{2019}"].iter().find_map(|p| w.strip_prefix(p));
    if let Some(given) = given {
        if given.is_empty() {
            return next.is_some_and(|(x, y)| is_capitalised(&s[x..y]) && !is_role_word(&s[x..]));
        }
        return given.chars().next().is_some_and(char::is_uppercase);
    }
    if w != "Y" && w != "A" {
        return false;
    }
    let Some((x, y)) = next else { return false };
    let next = &s[x..y];
    is_capitalised(next) && !matches!(next, "TẾ" | "Tế") && (!super::orgs::starts_org(&s[x..]) || ends_with_family_name(s, a, first_end))
}

/// Whether the word `w` is one letter, with an apostrophe after it or not ("Y", "H'"): its
/// case tells nothing of the case of the name.
fn is_one_letter(w: &str) -> bool {
    let mut letters = w.chars().filter(|c| !matches!(c, '\'' | '\u{2019}'));
    letters.next().is_some() && letters.next().is_none()
}

/// Whether the name from `a` ends with a family name ("Y Khoa Niê").
fn ends_with_family_name(s: &str, a: usize, first_end: usize) -> bool {
    let Some(end) = name_from(s, a, first_end) else { return false };
    let last = s[..end].rfind(' ').map_or(a, |i| i + 1);
    is_surname(&s[last..end])
}

/// A name starting at `a`: a surname and 1-3 more capitalised syllables, ending before a
/// role word or the first small-letter word or punctuation.
fn name_at(s: &str, a: usize) -> Option<usize> {
    let first_end = a + word_len(s, a);
    if first_end == a {
        return None;
    }
    let first = &s[a..first_end];
    if is_surname(first) {
        return name_from(s, a, first_end);
    }
    let end = family_name_opening_places(first).then(|| name_from(s, a, first_end)).flatten()?;
    opens_no_place(s, a, end).then_some(end)
}

/// Family names of the Thái and the Mường that open many places' names too: "Cà Văn Nam"
/// beside "Cà Mau", "Sa Thị Lan" beside "Sa Pa"; and Kinh ones that open a few ("Liêu Thị
/// Hoa" beside "Liêu Tú", "Uông" beside "Uông Bí", "Ứng" beside "Ứng Hòa", "Diêm" beside
/// "Diêm Điền"; "Tiền" beside "Tiền Giang", "Cát" beside "Cát Tiên", "Hàm" beside "Hàm
/// Thuận", "Lai" beside "Lai Châu"). Kept out of `surnames.txt`: they open a name only when
/// its first two syllables are no place the gazetteer knows.
const FAMILY_NAMES_OPENING_PLACES: &[&str] = &["Cà", "Sa", "Liêu", "Uông", "Ứng", "Diêm", "Tiền", "Cát", "Hàm", "Lai"];

/// Whether `w` is one of [`FAMILY_NAMES_OPENING_PLACES`], in capitals or not. It is asked of
/// most capitalised words, so a word longer than any of them in capitals is never written
/// out in title case to be compared.
fn family_name_opening_places(w: &str) -> bool {
    let longest = FAMILY_NAMES_OPENING_PLACES.iter().map(|f| f.len()).max().unwrap_or(0);
    FAMILY_NAMES_OPENING_PLACES.contains(&w) || w.len() <= longest && is_all_caps(w) && FAMILY_NAMES_OPENING_PLACES.contains(&title_case(w).as_str())
}

/// Whether the first two syllables of the name `a..end` are no place's name ("Cà Mau Lê Văn
/// A" opens with the province).
fn opens_no_place(s: &str, a: usize, end: usize) -> bool {
    let second_end = next_word(s, a + word_len(s, a)).map_or(end, |(_, y)| y.min(end));
    super::places::GAZETTEER.lookup(&s[a..second_end]).is_none()
}

/// [`name_at`], or straight after an honorific (or opening a line before a role set off by
/// a dash) a name of the Central Highlands ([`opens_highland_name`]).
fn name_after_honorific_at(s: &str, a: usize) -> Option<usize> {
    let first_end = a + word_len(s, a);
    let name = name_at(s, a);
    if name.is_some() || first_end == a || !opens_highland_name(s, a, first_end) {
        return name;
    }
    // "H'Luôn", "K'Brôi": the given name joined to its mark names someone by itself.
    let joined = s[a..first_end].chars().nth(2).is_some_and(char::is_uppercase);
    name_from(s, a, first_end).or(joined.then_some(first_end))
}

/// The end of a name whose first word, from `a` to `first_end`, opens one.
fn name_from(s: &str, a: usize, first_end: usize) -> Option<usize> {
    // A one-letter first word ("Y", "H'") is in capitals either way: the next word tells.
    let caps = match next_word(s, first_end) {
        Some((x, y)) if first_end - a <= 4 && is_one_letter(&s[a..first_end]) && x == first_end + 1 => is_all_caps(&s[x..y]),
        _ => is_all_caps(&s[a..first_end]),
    };
    let mut end = first_end;
    let mut count = 1;
    while count < 4 {
        let Some((x, y)) = next_word(s, end).filter(|(x, _)| *x == end + 1) else { break };
        let w = &s[x..y];
        if !is_capitalised(w) || w.chars().any(|c| c.is_ascii_digit()) || ends_a_name(s, x) || is_all_caps(w) != caps && w.chars().count() > 1 {
            break;
        }
        end = y;
        count += 1;
    }
    if count == 4 {
        end = fifth_syllable_end(s, a, end, caps).unwrap_or(end);
    }
    (count >= 2).then_some(end)
}

/// Middle names after which up to three given names follow ("Nguyễn Thị Ngọc Bích Trâm").
const MIDDLE_NAMES: &[&str] = &["Thị", "Văn", "THỊ", "VĂN"];

/// Family names of two words ("Tôn Nữ Hoài Thương", "Tôn Thất Minh Quang Huy").
const TWO_WORD_FAMILY_NAMES: &[&str] = &["Tôn Nữ", "Tôn Thất", "Công Tằng", "Âu Dương", "TÔN NỮ", "TÔN THẤT", "CÔNG TẰNG", "ÂU DƯƠNG"];

/// The end of a fifth syllable after the four of the name `a..end`, when the name has room
/// for it: a family name of two words, or "Thị"/"Văn" as its second or third word ("Tôn Nữ
/// Thị Hoài Thương"), and the word closes the run of capitals. A longer run ("Lê Văn Nam
/// Định Hòa Bình") is not read past four.
fn fifth_syllable_end(s: &str, a: usize, end: usize, caps: bool) -> Option<usize> {
    let (x, y) = next_word(s, end).filter(|(x, _)| *x == end + 1)?;
    let w = &s[x..y];
    if !is_capitalised(w) || w.chars().any(|c| c.is_ascii_digit()) || ends_a_name(s, x) || is_all_caps(w) != caps {
        return None;
    }
    let words: Vec<&str> = s[a..end].split(' ').collect();
    let roomy = MIDDLE_NAMES.contains(&words[1]) || MIDDLE_NAMES.contains(&words[2]) || TWO_WORD_FAMILY_NAMES.contains(&&s[a..a + words[0].len() + 1 + words[1].len()]);
    let run_goes_on = next_word(s, y).is_some_and(|(p, q)| p == y + 1 && is_capitalised(&s[p..q]) && !ends_a_name(s, p));
    (roomy && !run_goes_on).then_some(y)
}

/// Given names that also open a role: "Thư" of "Thư ký". Inside a run of capitalised words
/// they are the name's ("bà Lê Anh Thư ký kết"); the role follows a name after a comma or a
/// dash, never after a bare blank.
const GIVEN_NAMES_OPENING_ROLES: &[&str] = &["Thư"];

/// Whether the capitalised word at `x`, after a name's first words, ends the name: a role
/// opens there.
fn ends_a_name(s: &str, x: usize) -> bool {
    is_role_word(&s[x..]) && !GIVEN_NAMES_OPENING_ROLES.contains(&&s[x..x + word_len(s, x)])
}

/// Per ASCII byte: whether it belongs to a word (a letter, a digit or an apostrophe).
static ASCII_WORD: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b as u8 == b'\'';
        b += 1;
    }
    t
};

/// Bytes of the word (letters, digits, apostrophes) starting at `a`. Asked for nearly every
/// word near a title: ASCII bytes and Vietnamese letters are judged without decoding a char.
fn word_len(s: &str, a: usize) -> usize {
    let rest = &s[a..];
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if let Some(&word) = ASCII_WORD.get(usize::from(b)) {
            if !word {
                return i;
            }
            i += 1;
            continue;
        }
        // U+00C0-U+023F less × and ÷, and U+1E00-U+1EFF: letters to `is_alnum` whole.
        match (b, bytes.get(i + 1)) {
            (0xC3, Some(&n)) if n != 0x97 && n != 0xB7 => {
                i += 2;
                continue;
            }
            (0xC4..=0xC8, _) => {
                i += 2;
                continue;
            }
            (0xE1, Some(0xB8..=0xBB)) => {
                i += 3;
                continue;
            }
            _ => {}
        }
        let c = rest[i..].chars().next().expect("i is on a char boundary");
        // "H’Yơn Êban": the typographic apostrophe glues a highland name's prefix as "'"
        // does, between letters only (a closing quote ends the word).
        if c == '\u{2019}' && i > 0 && rest[i + c.len_utf8()..].chars().next().is_some_and(char::is_alphabetic) {
            i += c.len_utf8();
            continue;
        }
        if !is_alnum(c) {
            return i;
        }
        i += c.len_utf8();
    }
    i
}

/// From `at`, skips a title written before the name ("Bí thư Thị ujy") and returns
/// (role span, name start, name end) when a name follows within a few words; the name's end
/// is handed back so that callers need not look for the name a second time.
fn skip_to_name(s: &str, at: usize, allow_role: bool, after_honorific: bool) -> Option<(Option<(usize, usize)>, usize, usize)> {
    let mut pos = at;
    let mut role_start = None;
    // "Trưởng khoa Kiểm soát bệnh tật Trung tâm Y tế huyện Mạc Văn Tùng": a title, a
    // department and the body it belongs to run to a dozen words before the name.
    for _ in 0..14 {
        // "Điều dưỡng trưởng Khoa Hồi sức - Chống độc Đoàn Thị Quyên": a unit's field of two
        // parts joined by a dash stands between the title and the name.
        let from = if role_start.is_some() { pos + dash_inside_unit(s, pos).unwrap_or(0) } else { pos };
        let (a, b) = next_word(s, from)?;
        if s[from..a].chars().any(|c| c != ' ') {
            return None;
        }
        let w = &s[a..b];
        // "… UBND tỉnh Lai Châu Đỗ Thị Hằng": the province's last word opens no name.
        if role_start.is_some() && ends_province_name(s, a, b) {
            pos = b;
            continue;
        }
        if is_capitalised(w) {
            // "Chủ tịch UBND xã Ông Lê Văn Tám": the capital "Ông" addresses the name after
            // it, which the honorific reads; no name of this title opens with it.
            if matches!(w, "Ông" | "Bà") && addresses_full_name(s, b) {
                return None;
            }
            let name = if after_honorific && role_start.is_none() { name_after_honorific_at(s, a) } else { name_at(s, a) };
            // "Trưởng trạm Y tế xã Hưng Lộc Tây": a place's name after its unit word has two
            // syllables at least, so "Lộc Tây" is the rest of it, not someone's name.
            let rest_of_place = role_start.is_some() && continues_a_place(s, a);
            if let Some(name_end) = name.filter(|_| !is_role_word(&s[a..]) && !rest_of_place) {
                // After a role, a place may stand before the name ("Phó Chủ tịch UBND huyện
                // Phú Lạc Nguyễn Thị Kim Loan"): the name ends the run of capitals.
                let (a, name_end) = match role_start {
                    Some(_) => name_ending_the_run(s, a, name_end).unwrap_or((a, name_end)),
                    None => (a, name_end),
                };
                let role = role_start.map(|r| (r, a));
                return Some((role, a, name_end));
            }
        }
        if !allow_role {
            return None;
        }
        if role_start.is_none() {
            if !is_role_word(&s[a..]) {
                return None;
            }
            role_start = Some(a);
            // The title's own words are the role's, small or not: "Chủ tịch nước", "Tổ phó
            // thường trực".
            pos = VOCABULARY.role_starts.longest_at(s, a).map_or(b, |(_, end)| end.max(b));
            continue;
        } else if !(is_capitalised(w) || is_role_small_word(w) || w == "I" || w == "II" || numbers_a_unit(s, a, b) || committee_word(s, a, b)) {
            return None;
        }
        pos = b;
    }
    None
}

/// The length of a spaced dash at `at` that joins two parts of a unit's field inside a role
/// ("Khoa Nội - Tiết niệu"): the word before it is capitalised or a unit's small word, and
/// the one after it capitalised, opening no role ("Sở Y tế - Trưởng đoàn") and no name
/// ("Sở Y tế - Nguyễn Văn A" sets the name off as a headline does).
fn dash_inside_unit(s: &str, at: usize) -> Option<usize> {
    let d = [" - ", " – "].into_iter().find(|d| s[at..].starts_with(d))?.len();
    let before = word_ending_at(s, at).map(|w| &s[w..at])?;
    let (x, y) = next_word(s, at + d).filter(|&(x, _)| x == at + d)?;
    let unit_before = is_capitalised(before) || is_role_small_word(before);
    let field_after = is_capitalised(&s[x..y]) && !is_role_word(&s[x..]) && name_at(s, x).is_none();
    (unit_before && field_after).then_some(d - 1)
}

/// Common family names: a run of capitals holding one opens the name there.
const COMMON_SURNAMES: &[&str] =
    &["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];

/// When the run of capitalised words from `a` goes on past the name found there
/// (`a..name_end`), the name that ends the run instead, if one does: the one whose second
/// word is "Thị" or "Văn", else the one opening with a common family name, else the longest.
fn name_ending_the_run(s: &str, a: usize, name_end: usize) -> Option<(usize, usize)> {
    let (starts, end) = capital_run(s, a)?;
    if end <= name_end {
        return None;
    }
    let candidates: Vec<usize> = starts.into_iter().skip(1).filter(|&x| name_at(s, x) == Some(end)).collect();
    Some((best_name_start(s, &candidates)?, end))
}

/// The starts of the run of capitalised words (no role word) opening at `a`, and its end;
/// `None` past eight words.
fn capital_run(s: &str, a: usize) -> Option<(Vec<usize>, usize)> {
    let mut starts = vec![a];
    let mut end = a + word_len(s, a);
    while let Some((x, y)) = next_word(s, end).filter(|&(x, y)| x == end + 1 && is_capitalised(&s[x..y]) && !ends_a_name(s, x)) {
        if starts.len() == 8 {
            return None;
        }
        starts.push(x);
        end = y;
    }
    Some((starts, end))
}

/// Of names ending at one place, the start of the likeliest: the one whose second word is
/// "Thị" or "Văn", else the one opening with a common family name, else the longest.
fn best_name_start(s: &str, candidates: &[usize]) -> Option<usize> {
    let first_word = |x: usize| &s[x..x + word_len(s, x)];
    let second_word = |x: usize| next_word(s, x + word_len(s, x)).map(|(p, q)| &s[p..q]);
    let pick = candidates
        .iter()
        .find(|&&x| matches!(second_word(x), Some("Thị" | "Văn")))
        .or_else(|| candidates.iter().find(|&&x| COMMON_SURNAMES.contains(&first_word(x))))
        .or_else(|| candidates.first())?;
    Some(*pick)
}

/// The name closing the run of capitalised words that opens at `a` (eight words at most),
/// chosen by [`best_name_start`]: "Hòa Lâm Lê Thị Mận" closes with "Lê Thị Mận".
fn name_closing_the_run(s: &str, a: usize) -> Option<(usize, usize)> {
    let (starts, end) = capital_run(s, a)?;
    let candidates: Vec<usize> = starts.into_iter().filter(|&x| name_at(s, x) == Some(end)).collect();
    Some((best_name_start(s, &candidates)?, end))
}

/// Professions that say a person's work with the unit or field after them ("Bác sĩ khoa
/// Hồi sức tích cực", "Kỹ thuật viên xét nghiệm"); alone ("bác sĩ, cho biết") they say none.
const PROFESSIONS: &[&str] = &[
    "Bác sĩ", "bác sĩ", "Bác sỹ", "bác sỹ", "Dược sĩ", "dược sĩ", "Điều dưỡng", "điều dưỡng", "Kỹ thuật viên", "kỹ thuật viên",
    "Y sĩ", "y sĩ", "Y sỹ", "y sỹ", "Dược sỹ", "dược sỹ", "Nữ hộ sinh", "nữ hộ sinh", "Hộ sinh", "hộ sinh",
    // Staff of a unit, said with its name: "cán bộ Khoa Ký sinh trùng", "công chức Văn hóa - Xã hội phường".
    "Cán bộ", "cán bộ", "Công chức", "công chức", "Viên chức", "viên chức", "Nhân viên", "nhân viên",
    // Jobs of the grass roots, said with their school or field: "giáo viên Trường Tiểu học
    // Hòa Lâm", "cộng tác viên dân số ấp 3", "y tá trạm y tế xã".
    "Giáo viên", "giáo viên", "Cộng tác viên", "cộng tác viên", "Y tá", "y tá",
    // Their abbreviations on rosters and after a name: "KTV xét nghiệm Trung tâm Y tế …".
    "KTV", "ĐD",
];

/// Jobs in small letters that, with their unit or field, stand before a name as a title
/// does: "giáo viên Trường Tiểu học Hòa Lâm Lê Thị Mận", "nhân viên y tế ấp Bình An Võ Văn
/// Lành". The professions that are honorifics too ("y sĩ", "bác sĩ") are here for their
/// unit: "Y sĩ Trạm Y tế xã Tân Khê Lục Thị Duyên"; straight before a name, the honorific
/// reads it.
const JOBS_BEFORE_NAMES: &[&str] =
    &["giáo viên", "cộng tác viên", "nhân viên", "y tá", "kỹ thuật viên", "hộ sinh", "y sĩ", "y sỹ", "bác sĩ", "bác sỹ", "dược sĩ", "dược sỹ", "điều dưỡng"];

/// [`JOBS_BEFORE_NAMES`] in one pass over a field: a search per job cost six. Each job also
/// with a capital, as it opens a sentence or a list's item ("Nhân viên y tế thôn Khe Mít Lò
/// Thị Hoa đã đến …"): the name after it is held to the same tests.
static JOBS: Lazy<AhoCorasick> = Lazy::new(|| {
    let forms: Vec<String> = JOBS_BEFORE_NAMES.iter().flat_map(|j| [j.to_string(), super::sentence_case(j)]).collect();
    AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostLongest).build(forms).expect("static patterns")
});

/// People named after a job in small letters and its unit ([`JOBS_BEFORE_NAMES`]), the job
/// and unit their role. The name ends the run of capitals after the unit and has three
/// syllables at least: without a title to vouch for it, a shorter run is as often a place.
fn jobs_before_names(s: &str, lower: &str, taken: &mut SpanSet, out: &mut Vec<Mention>) {
    for m in JOBS.find_iter(s) {
        let (a, b) = (m.start(), m.end());
        if !on_word_boundary(s, a, b) || taken.overlaps(a, b) {
            continue;
        }
        let Some((start, end)) = name_after_job(s, b) else { continue };
        if taken.overlaps(start, end) {
            continue;
        }
        let mut roles = vec![s[a..start].trim_end().to_string()];
        roles.extend(roles_after(s, lower, end));
        taken.insert(start, end);
        out.push(Mention { start, end, name: title_case(&s[start..end]), honorific: None, roles });
    }
}

/// The name closing the unit or field written after a job that ends at `at`: the words
/// between are those of a role or capitalised, one space apart.
fn name_after_job(s: &str, at: usize) -> Option<(usize, usize)> {
    let mut pos = at;
    // Where the run of capitals being read opens.
    let mut run = None;
    for _ in 0..10 {
        let (x, y) = next_word(s, pos).filter(|&(x, _)| x == pos + 1)?;
        let w = &s[x..y];
        if !is_capitalised(w) {
            if !(is_role_small_word(w) || numbers_a_unit(s, x, y)) || pos == at && w == "và" {
                return None;
            }
            run = None;
            pos = y;
            continue;
        }
        let run_start = *run.get_or_insert(x);
        if name_at(s, x).is_some() {
            let (start, end) = name_closing_the_run(s, run_start)?;
            let syllables = s[start..end].split(' ').count();
            let place = super::places::GAZETTEER.lookup(&s[start..end]).is_some() || continues_a_place(s, start);
            let unit_or_field = names_its_unit_first(s, run_start, start) || field_in_small_letters(s, at, run_start, start);
            let ok = syllables >= 3 && unit_or_field && !place && !is_role_word(&s[start..]);
            return ok.then_some((start, end));
        }
        pos = y;
    }
    None
}

/// Words of places and villages whose name follows them: a run of capitals after one is
/// the place's name ("nhân viên y tế phường Nguyễn Thái Bình"), not someone's.
const PLACE_WORDS_BEFORE_NAMES: &[&str] = &["tỉnh", "huyện", "quận", "xã", "phường", "trấn", "phố", "thôn", "làng", "buôn", "ấp", "khóm", "tổ"];

/// Whether the job ending at `job_end` is qualified by a field in small letters written
/// straight before the name at `name_start` ("kỹ thuật viên xét nghiệm Nguyễn Văn Lộc",
/// "nhân viên y tế Lò Thị Hoa"): the run of capitals is the name alone, and the word before
/// it no place's word, which would make the run the place's name. A unit's name in capitals
/// before ("giáo viên Trường Tiểu học Trần Quốc Toản") is the unit's, named after a man.
fn field_in_small_letters(s: &str, job_end: usize, run_start: usize, name_start: usize) -> bool {
    let head = s[job_end..run_start].trim();
    let before = head.rsplit(' ').next().unwrap_or("");
    let small = head.split(' ').all(|w| !is_capitalised(w));
    run_start == name_start && !head.is_empty() && small && !PLACE_WORDS_BEFORE_NAMES.contains(&before)
}

/// Whether the run of capitals from `run_start` holds words of a unit's own name before the
/// name at `name_start`: "Hòa Bình" in "Trường Tiểu học Hòa Bình Lê Thị Mận", not the kind
/// and level alone of "Trường THCS Nguyễn Văn Trỗi", a school named after a man.
fn names_its_unit_first(s: &str, run_start: usize, name_start: usize) -> bool {
    let before = s[run_start..name_start].trim_end();
    let opens_org = super::orgs::starts_org(&s[run_start..]);
    before.split(' ').filter(|w| !w.is_empty()).skip(usize::from(opens_org)).any(|w| !is_all_caps(w))
}

/// The end of a role opening with a profession at `pos` ("Kỹ thuật viên xét nghiệm"), when
/// a unit or field follows it and no name (then it is another person's title).
fn profession_role_end(s: &str, lower: &str, pos: usize) -> Option<usize> {
    let p = PROFESSIONS.iter().find(|p| s[pos..].starts_with(**p))?;
    let after = pos + p.len() + 1;
    if s.get(pos + p.len()..after) != Some(" ") || name_at(s, after).is_some() {
        return None;
    }
    let end = role_end(s, lower, after);
    (end > after).then_some(end)
}

/// The end of a role written as its abbreviation at `pos` and set off by a comma before
/// another role ("đ/c X - UVBTV, Trưởng Ban Tuyên giáo Huyện ủy", "TUV, Giám đốc Sở Y tế"):
/// a word in capitals of two to six letters that opens no unit ("CDC, Phó Giám đốc" names
/// where one works, which [`super::orgs::starts_org`] reads).
fn abbreviated_role_end(s: &str, pos: usize) -> Option<usize> {
    let end = pos + word_len(s, pos);
    let w = &s[pos..end];
    let letters = w.chars().count();
    let short = (2..=6).contains(&letters) && w.chars().all(char::is_uppercase);
    let before_role = s[end..].strip_prefix(", ").is_some_and(is_role_word);
    (short && before_role && !super::orgs::starts_org(&s[pos..])).then_some(end)
}

/// The roles written after a name: " - Tỉnh ủy viên, Bí thư Thị ủy X" -> two roles.
fn roles_after(s: &str, lower: &str, end: usize) -> Vec<String> {
    let rest = &s[end..];
    let sep = [" - ", " – ", " — ", ", ", " ("].iter().find(|p| rest.starts_with(**p));
    // "ông X được bổ nhiệm giữ chức Giám đốc Sở Y tế": the post one is appointed to is one's role.
    let appointed = || APPOINTMENTS.iter().find(|p| rest.starts_with(**p) && is_role_word(&rest[p.len()..]));
    let Some(sep) = sep.or_else(appointed) else { return Vec::new() };
    let mut roles: Vec<String> = Vec::new();
    let mut pos = end + sep.len();
    loop {
        // "ông X, tân Giám đốc Sở Y tế": the new holder of a post holds it; "tân" is no
        // word of the post.
        pos += ["tân ", "Tân "].iter().find(|w| s[pos..].starts_with(**w) && is_role_word(&s[pos + w.len()..])).map_or(0, |w| w.len());
        let seg_start = pos;
        // "nguyên Cục trưởng …": a former role is a role, said as former.
        let former = ["nguyên ", "Nguyên "].iter().find(|w| s[pos..].starts_with(**w) && is_role_word(&s[pos + w.len()..])).map_or(0, |w| w.len());
        // "ông Trần Văn Khải, trưởng khoa Nội": news writes the title after a name in small
        // letters as often as with a capital.
        let starts_role = former > 0 || is_role_word(&s[pos..]) || small_role_end(&s[pos..]).is_some();
        let profession = if starts_role { None } else { profession_role_end(s, lower, pos).or_else(|| abbreviated_role_end(s, pos)) };
        let starts_org = !starts_role && profession.is_none() && super::orgs::starts_org(&s[pos..]);
        // "ThS.BS Vũ Ngọc Lan (Khoa Hồi sức tích cực)": a unit in brackets is where they work.
        let bracketed = *sep == " (" && seg_start == end + sep.len();
        // "Lã Thị B, Sở Y tế - Thư ký", "TS. Hà Văn C, Trung tâm Y tế khu vực D, cho biết": a
        // unit set off after a name is where they work when a title or a verb of saying
        // follows it; in a list of those present it is another attendee.
        let unit_alone = || roles.is_empty() && seg_start == end + sep.len() && (titled_or_speaking_after(s, role_end(s, lower, pos)) || quoted_with_unit(s, end, role_end(s, lower, pos)));
        if !starts_role && profession.is_none() && !(starts_org && (!roles.is_empty() || bracketed || unit_alone())) {
            break;
        }
        let seg_end = profession.unwrap_or_else(|| role_end(s, lower, pos + former));
        if seg_end == seg_start + former || titles_the_next_name(s, seg_end) {
            break;
        }
        let seg = s[seg_start..seg_end].to_string();
        match roles.last_mut() {
            Some(last) if starts_org => {
                last.push_str(", ");
                last.push_str(&seg);
            }
            _ => roles.push(seg),
        }
        // "Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh (CDC) - Thành viên": the unit's
        // acronym in brackets is no end of the roles.
        let seg_end = after_acronym_in_brackets(s, seg_end);
        // Roles are listed with commas, or with dashes or "kiêm" ("Phó Giám đốc Sở Y tế kiêm
        // Giám đốc Trung tâm …") when each opens with a title.
        let dash = [" - ", " – ", " kiêm "].into_iter().find(|d| s[seg_end..].starts_with(d) && is_role_word(&s[seg_end + d.len()..]));
        match dash {
            Some(d) => pos = seg_end + d.len(),
            None if s[seg_end..].starts_with(", ") => pos = seg_end + 2,
            None => break,
        }
    }
    roles
}

/// Words between a name and the post it is appointed or elected to, longest first: "ông X
/// được bổ nhiệm giữ chức Phó Giám đốc …", "bà Y được bầu làm Chủ tịch …".
const APPOINTMENTS: &[&str] = &[
    " được điều động, bổ nhiệm giữ chức vụ ", " được điều động, bổ nhiệm giữ chức ", " được bổ nhiệm giữ chức vụ ", " được bổ nhiệm giữ chức ",
    " được bổ nhiệm làm ", " được bổ nhiệm ", " được bầu giữ chức ", " được bầu làm ", " được bầu ", " giữ chức vụ ", " giữ chức ",
];

/// Verbs of saying that follow a person's unit and its comma in news ("…, Bệnh viện X, cho biết").
const SAYING_VERBS: &[&str] = &["cho biết", "chia sẻ", "nhấn mạnh", "khuyến cáo", "thông tin", "nói"];

/// Whether a title after a dash or a comma, or a verb of saying after a comma, follows the
/// unit ending at `end`.
fn titled_or_speaking_after(s: &str, end: usize) -> bool {
    let rest = &s[end..];
    if let Some(after) = [" - ", " – ", ", "].iter().find_map(|d| rest.strip_prefix(d)) {
        if is_role_word(after) {
            return true;
        }
    }
    rest.strip_prefix(", ").is_some_and(|after| SAYING_VERBS.iter().any(|v| after.starts_with(v) && !after[v.len()..].starts_with(is_alnum)))
}

/// Whether the name ending at `name_end` is the source a clause opens with ("Theo bác sĩ X,
/// Khoa Tim mạch, người dân cần …") and the unit after it, ending at `unit_end`, is set off
/// by a comma: then the unit is where the person works, as the rest of the sentence says
/// what they said, not whom else it lists.
fn quoted_with_unit(s: &str, name_end: usize, unit_end: usize) -> bool {
    if !s[unit_end..].starts_with(", ") {
        return false;
    }
    // A full stop ends a sentence only before a blank: "ThS.BS" is one title.
    let head = &s[..name_end];
    let clause = head.rfind(['\n', ';', ':', ',', '"', '“']).map_or(0, |i| i + 1).max(head.rfind(". ").map_or(0, |i| i + 2));
    let head = s[clause..name_end].trim_start();
    head.starts_with("Theo ") || head.starts_with("theo ")
}

/// `end` moved past an acronym in brackets that follows it (" (CDC)"), else `end`.
fn after_acronym_in_brackets(s: &str, end: usize) -> usize {
    let Some(inner) = s[end..].strip_prefix(" (") else { return end };
    let len = inner.find(')').unwrap_or(0);
    let acronym = &inner[..len];
    let is_acronym = (2..=12).contains(&acronym.chars().count()) && acronym.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-');
    if is_acronym { end + 3 + len } else { end }
}

/// Whether a name follows the role ending at `end` at once: "A, Trưởng trạm Y tế phường 3
/// Lê Thị B" lists B with the title before B's name, not A's.
fn titles_the_next_name(s: &str, end: usize) -> bool {
    let a = end + 1;
    // looks_like_person_after_title asks for a name at `a`.
    s[end..].starts_with(' ') && !super::orgs::starts_org(&s[a..]) && looks_like_person_after_title(s, a) && !ends_province_name(s, a, a + word_len(s, a))
}

/// The end of one role segment: capitalised words, small words of titles and units,
/// " - " between capitalised words; never a following honorific and name.
fn role_end(s: &str, lower: &str, from: usize) -> usize {
    let mut end = from;
    let mut pos = from;
    let mut first = true;
    // Where the name of a unit met in the role reaches: "Cục Quản lý khám, chữa bệnh" runs
    // over small words that end a role elsewhere.
    let mut unit_reach = from;
    // The words of the title itself are the role's, small or not: "Tổ phó thường trực".
    let title_end = VOCABULARY.role_starts.longest_at(s, from).map(|(_, e)| e).or_else(|| small_role_end(&s[from..]).map(|e| from + e)).unwrap_or(from);
    // "Q. Giám đốc": an abbreviated title's full stop parts no words of the role.
    if s[from..title_end].contains(". ") {
        (end, pos, first) = (title_end, title_end, false);
    }
    while let Some((a, b)) = next_word_over_dash(s, pos) {
        let gap = &s[pos..a];
        let dashed = matches!(gap, " - " | " – ");
        // "Khoa Phòng, chống bệnh truyền nhiễm": [`next_word_over_dash`] crosses a comma only
        // in "phòng, chống", one word of a unit's name.
        let prevention = gap == ", ";
        // "HIV/AIDS": two acronyms joined by a slash are one word of a unit's name.
        let acronym = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        let slashed = gap == "/" && acronym(&s[s[..pos].rfind(|c: char| !is_alnum(c)).map_or(0, |i| i + 1)..pos]) && acronym(&s[a..b]);
        let joined = gap == " " || dashed || prevention || slashed;
        if !first && !joined {
            break;
        }
        if !first && a != pos + 1 && !dashed && !prevention {
            break;
        }
        let w = &s[a..b];
        let capital = is_capitalised(w);
        // "Ban chỉ đạo": a unit, where "chỉ đạo" elsewhere is a verb that ends the role.
        let steering = || committee_word(s, a, b);
        // "Thư ký hội nghị": the meeting, where "nghị" elsewhere is a verb's ("đề nghị").
        let meeting = || w == "nghị" && (s[..a].ends_with(" hội ") || s[..a].ends_with(" Hội "));
        // Asked only of a small-letter word: a capitalised one is taken anyway.
        let small_ok = || b <= title_end || (is_role_small_word(w) || steering() || meeting() || numbers_a_unit(s, a, b)) && w != "và" && !opens_a_verb(s, a, b);
        if capital && a >= unit_reach && super::orgs::starts_org(&s[a..]) {
            unit_reach = super::orgs::leading_org_in(&s[a..], &lower[a..]).map_or(a, |org| a + org.len());
        } else if !capital && a >= unit_reach && !first && !opens_a_verb(s, a, b) {
            unit_reach = small_unit_reach(s, lower, a).unwrap_or(unit_reach);
        }
        if !capital && a < unit_reach && !first {
            end = unit_reach;
            pos = unit_reach;
            continue;
        }
        if !(capital || small_ok()) || (!first && honorific_then_name(s, a)) {
            break;
        }
        if dashed && (!capital || is_role_word(&s[a..])) {
            break;
        }
        // The cheap tests first; all of them are plain questions of the text.
        if capital && !first && gap == " " && is_role_word(&s[from..]) && name_at(s, a).is_some() && !super::orgs::starts_org(&s[a..]) && looks_like_person_after_title(s, a) && !ends_province_name(s, a, b) {
            break;
        }
        end = b;
        pos = b;
        first = false;
    }
    end
}

/// Whether the small word at `a..b` belongs to the name of a board, where elsewhere it is a
/// verb's or no unit's: "chỉ đạo" of "Ban Chỉ đạo", "ban chỉ đạo" ("chỉ đạo" alone is to
/// direct), "lý" and "dự án" of "Ban Quản lý dự án", "đại biểu" of "Đoàn đại biểu Quốc hội".
fn committee_word(s: &str, a: usize, b: usize) -> bool {
    let head = &s[..a];
    match &s[a..b] {
        "chỉ" => head.ends_with("Ban ") || head.ends_with("ban "),
        "đạo" => ["Ban chỉ ", "Ban Chỉ ", "ban chỉ "].iter().any(|h| head.ends_with(h)),
        "dự" => s[b..].starts_with(" án") && !s[b + " án".len()..].starts_with(is_alnum),
        "án" => head.ends_with(" dự "),
        "lý" => head.ends_with("Quản ") || head.ends_with("quản "),
        // "Trưởng Đoàn đại biểu Quốc hội tỉnh": the delegation, where "đại biểu" elsewhere
        // are the meeting's delegates after a role.
        "đại" => (head.ends_with("Đoàn ") || head.ends_with("đoàn ")) && s[b..].starts_with(" biểu "),
        "biểu" => head.ends_with("oàn đại "),
        _ => false,
    }
}

/// Verbs whose first word is also a word of a role ("Ủy ban kiểm tra", "Trưởng ban"), as (that
/// word, the rest): after a role they end it ("Phó Giám đốc Sở Y tế kiểm tra sổ tiêm chủng",
/// "Giám đốc Sở Y tế ban hành Kế hoạch"); so does "trực tiếp" before a verb, whose first word
/// is that of "Thường trực"; so does "đồng chủ trì" (co-chairs), whose first word is that of
/// "Hội đồng" ("… Phó Giám đốc Bảo hiểm xã hội tỉnh đồng chủ trì hội nghị").
const VERBS_AFTER_ROLES: &[(&str, &str)] = &[("kiểm", " tra"), ("ban", " hành"), ("trực", " tiếp"), ("đồng", " chủ trì")];

/// Whether the word at `a..b` opens one of [`VERBS_AFTER_ROLES`], and not in a unit's name
/// ("Ủy ban kiểm tra Huyện ủy", "Chủ tịch Hội đồng chủ trì": the council itself chairs).
fn opens_a_verb(s: &str, a: usize, b: usize) -> bool {
    let w = &s[a..b];
    VERBS_AFTER_ROLES.iter().any(|&(first, rest)| w == first && s[b..].starts_with(rest) && !s[b + rest.len()..].starts_with(is_alnum))
        && !s[..a].ends_with("ban ")
        && !s[..a].ends_with("Ban ")
        && !s[..a].ends_with("hội ")
        && !s[..a].ends_with("Hội ")
}

/// Units the South numbers rather than names: "phường 3", "Quận 5", "khóm 2".
const NUMBERED_UNITS: &[&str] = &["phường", "Phường", "quận", "Quận", "khóm", "ấp", "tổ", "phố"];

/// Whether the word at `a..b` is the number of a unit in [`NUMBERED_UNITS`] just before it,
/// part of a role as a unit's name is ("Trưởng trạm Y tế phường 3").
fn numbers_a_unit(s: &str, a: usize, b: usize) -> bool {
    let number = b - a <= 2 && s[a..b].bytes().all(|c| c.is_ascii_digit());
    let Some(head) = s[..a].strip_suffix(' ') else { return false };
    // "tổ dân phố số 4", "ấp số 3": the number may follow "số".
    let head = head.strip_suffix(" số").unwrap_or(head);
    number && NUMBERED_UNITS.iter().any(|u| head.ends_with(u) && on_word_boundary(head, head.len() - u.len(), head.len()))
}

/// Whether the word at `a..b` ends the name of a province opened by the word before it, after
/// "tỉnh": in "Phó Chủ tịch UBND tỉnh Lai Châu Hà Văn Sướng", "Châu" is the province's.
fn ends_province_name(s: &str, a: usize, b: usize) -> bool {
    let head = s[..a].trim_end();
    let Some(sp) = head.rfind(' ') else { return false };
    let (before, prev) = (head[..sp].trim_end(), &head[sp + 1..]);
    let after_tinh = before.ends_with("tỉnh") || before.ends_with("Tỉnh");
    let province = || super::places::GAZETTEER.lookup(&format!("{prev} {}", &s[a..b])).is_some_and(|units| units.iter().any(|u| u.code.len() == 2));
    after_tinh && is_capitalised(prev) && province()
}

/// Where a unit whose kind a title writes in small letters reaches from `a`: "Trưởng khoa
/// Truyền thông - GDSK", "Trưởng phòng Tài chính – Kế toán", "Trưởng ban Thi đua - Khen
/// thưởng" ([`super::orgs::small_kind_org_len`]).
fn small_unit_reach(s: &str, lower: &str, a: usize) -> Option<usize> {
    let reach = a + super::orgs::small_kind_org_len_in(&s[a..], &lower[a..])?;
    Some(name_closing_the_unit(s, a, reach).map_or(reach, |x| x - 1))
}

/// Where a person's name starts that closes the unit `a..reach` read from a role, after its
/// place's own name: in "Trưởng ban chỉ đạo … xã Hòa Mỹ Tô Văn Tài và …" the place takes
/// capitalised words of the name. Only a name running to or past the unit's end and ending
/// where the clause ends or a verb opens, after at least one capitalised word of the place, is one.
fn name_closing_the_unit(s: &str, a: usize, reach: usize) -> Option<usize> {
    let mut pos = a;
    let mut prev_capital = false;
    while let Some((x, y)) = next_word(s, pos).filter(|&(x, _)| x < reach) {
        let capital = is_capitalised(&s[x..y]);
        if capital && prev_capital && x == pos + 1 && name_at(s, x).is_some_and(|e| e >= reach && ends_the_clause(s, e)) && looks_like_person_after_title(s, x) {
            return Some(x);
        }
        prev_capital = capital;
        pos = y;
    }
    None
}

/// Whether the clause ends at `at` (a comma, a stop, "và", the field's end) or a verb opens there.
fn ends_the_clause(s: &str, at: usize) -> bool {
    let after = &s[at..];
    after.is_empty() || [",", ".", ";", " và "].iter().any(|p| after.starts_with(p)) || next_word(s, at).is_some_and(|(x, y)| x == at + 1 && opens_a_verb(s, x, y))
}

/// The next word after `at`, also across a spaced dash ("Kế hoạch - Tài chính") and the
/// comma of "phòng, chống".
fn next_word_over_dash(s: &str, at: usize) -> Option<(usize, usize)> {
    let rest = s.get(at..)?;
    if let Some(word) = prevention_word(s, at) {
        return Some(word);
    }
    // "HIV/AIDS": the word after a slash, for the caller to judge.
    if rest.starts_with('/') {
        return next_word(s, at + 1).filter(|(a, _)| *a == at + 1);
    }
    match [" - ", " – "].iter().find(|d| rest.starts_with(**d)) {
        Some(d) => next_word(s, at + d.len()).filter(|(a, _)| *a == at + d.len()),
        None => next_word(s, at),
    }
}

/// The span of "chống" in "phòng, chống" when the comma is at `at`.
fn prevention_word(s: &str, at: usize) -> Option<(usize, usize)> {
    if !s[at..].starts_with(", ") || !(s[..at].ends_with("Phòng") || s[..at].ends_with("phòng")) {
        return None;
    }
    next_word(s, at + 2).filter(|&(a, b)| a == at + 2 && &s[a..b] == "chống")
}

/// A capitalised surname run right after a full title is a name, not part of the role.
fn looks_like_person_after_title(s: &str, a: usize) -> bool {
    !continues_a_place(s, a) && name_at(s, a).is_some_and(|e| super::places::GAZETTEER.lookup(&s[a..e]).is_none())
}

/// Whether the word at `a` follows a unit word and one capitalised syllable ("xã Hưng
/// Lộc Tây" at "Lộc"): a place's name is never one syllable, so the word goes on with it.
fn continues_a_place(s: &str, a: usize) -> bool {
    let Some(head) = s[..a].strip_suffix(' ') else { return false };
    let prev = head.rfind(|c: char| !is_alnum(c)).map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
    prev < head.len() && is_capitalised(&head[prev..]) && !head[prev..].chars().any(|c| c.is_ascii_digit()) && preceded_by_unit_word(s, prev)
}

/// True when an honorific starts at `a` and a name follows it: "Điều dưỡng Trần Thị X" opens
/// a new mention, while "Trưởng phòng Điều dưỡng" keeps the word in the role.
fn honorific_then_name(s: &str, a: usize) -> bool {
    let Some((_, end)) = VOCABULARY.honorifics.longest_at(s, a) else { return false };
    let gap = s[end..].len() - s[end..].trim_start_matches(' ').len();
    gap > 0 && name_at(s, end + gap).is_some() || gap == 0 && s[a..end].ends_with('.')
}

/// Whether a title that is no everyday word ("BSCKI", "Bác sĩ", "Đồng chí") opens at `a`
/// with a name after it: a unit's place name ends before it ("Trung tâm Y tế huyện BSCKI Lê
/// Văn A"). The plain ones ("Bà", "Cô") open places too ("xã Bà Điểm").
pub(super) fn title_then_name(s: &str, a: usize) -> bool {
    let v = &*VOCABULARY;
    v.honorifics.longest_at(s, a).is_some_and(|(pattern, _)| !v.honorific_plain[pattern]) && honorific_then_name(s, a)
}

/// Whether the honorific-like word at `a..end` after an honorific is the family name "Ông"
/// opening the name ("bà Ông Thị Lựu", "ông Ông Văn Tài"), not a repeated honorific: a name
/// runs from it, and the word after it is no common family name (as in "ông Ông Nguyễn").
fn opens_name_as_surname(s: &str, a: usize, end: usize) -> bool {
    let next = next_word(s, end).filter(|&(x, _)| x == end + 1);
    is_surname(&s[a..end]) && name_at(s, a).is_some() && next.is_some_and(|(x, y)| !COMMON_SURNAMES.contains(&&s[x..y]))
}

/// Whether the capitalised "Ông" at `a..b` is the family name of a person the role just
/// before titles ("Chủ tịch UBND xã Ông Văn Tài"): inside a sentence, after a role's word in
/// small letters, a capital "Ông" opens the name, unless a full name with a family name of
/// its own follows ("UBND xã Ông Lê Văn Tám" addresses Lê Văn Tám); the role pass reads it.
fn surname_after_a_role(s: &str, a: usize, b: usize) -> bool {
    if !s[a..b].starts_with('Ô') || !is_surname(&s[a..b]) || opens_sentence(s, a) || addresses_full_name(s, b) {
        return false;
    }
    let Some(head) = s[..a].strip_suffix(' ') else { return false };
    word_ending_at(s, head.len()).is_some_and(|w| is_role_small_word(&head[w..]))
}

/// Whether the honorific-like word ending at `end` ("Ông", "Anh") addresses the full name
/// after it: a family name other than "Văn" (a middle name as often) and two syllables more
/// at least. A family name "Ông" has its given name of one or two syllables after it ("Ông
/// Văn Tài", "Ông Thị Lựu"); "Anh" closing a given name ("Mai Anh") has none.
fn addresses_full_name(s: &str, end: usize) -> bool {
    let Some((x, y)) = next_word(s, end).filter(|&(x, _)| x == end + 1) else { return false };
    let w = &s[x..y];
    w != "Văn" && (is_surname(w) || family_name_opening_places(w)) && name_at(s, x).is_some_and(|e| s[x..e].bytes().filter(|&c| c == b' ').count() >= 2)
}

/// Whether the capitalised word `w`, ending at `end`, addresses the full name after it,
/// so that a place's name before it ends there ("UBND xã Ông Lê Văn Tám", "ấp Phước Hòa
/// Anh Đỗ Văn Lành"). "Anh" and "Chị" only after a name of two syllables at least
/// (`syllables_before`): as its first they open places ("huyện Anh Sơn").
pub(super) fn addresses_after(s: &str, w: &str, end: usize, syllables_before: usize) -> bool {
    let form = match w {
        "Ông" | "Bà" => true,
        "Anh" | "Chị" => syllables_before >= 2,
        _ => false,
    };
    form && addresses_full_name(s, end)
}

/// Whether "Anh" or "Chị" at `a..b`, inside a sentence, addresses the full name after it
/// because it closes a place's name ("người dân ấp Phước Hòa Anh Đỗ Văn Lành"): there no
/// given name ends with it, and a country ("Vương quốc Anh") has no place word before it.
fn addresses_after_a_place(s: &str, a: usize, b: usize) -> bool {
    addresses_full_name(s, b) && after_a_place_name(s, a)
}

/// Last words of the kinds of place, in small letters: "xã", "thị trấn", "ấp", "tổ dân phố".
const PLACE_KIND_ENDS: &[&str] = &["xã", "phường", "trấn", "huyện", "quận", "tỉnh", "phố", "thôn", "ấp", "bản", "buôn", "khóm", "làng", "xóm", "sóc"];

/// Whether a place's name of two to four capitalised syllables, after its kind, ends just
/// before `a`.
fn after_a_place_name(s: &str, a: usize) -> bool {
    let mut at = a;
    for syllables in 0..=4 {
        let Some(w) = s[..at].strip_suffix(' ').and_then(|head| word_ending_at(s, head.len())) else { return false };
        if !is_capitalised(&s[w..at - 1]) {
            return syllables >= 2 && PLACE_KIND_ENDS.contains(&&s[w..at - 1]);
        }
        at = w;
    }
    false
}

/// Every mention of a person in one field.
pub fn find(s: &str) -> Vec<Mention> {
    find_in(s, &lower_same_len(s))
}

/// Every mention of a person in one field, `lower` the field lowered by [`lower_same_len`]
/// (the callers have it already: the units read in roles compare their words in lower case).
pub fn find_in(s: &str, lower: &str) -> Vec<Mention> {
    let v = &*VOCABULARY;
    let mut out: Vec<Mention> = Vec::new();
    let mut taken = SpanSet::new();
    for (a, b, pattern) in v.honorifics.find_iter(s) {
        let form = v.honorific_forms[pattern];
        let left_ok = !s[..a].chars().next_back().is_some_and(|c| is_alnum(c));
        let right_ok = form.ends_with('.') || !s[b..].chars().next().is_some_and(|c| is_alnum(c));
        if !left_ok || !right_ok || out.last().is_some_and(|p| a < p.end) || v.honorific_opens_sentence[pattern] && !opens_sentence(s, a) && !addresses_after_a_place(s, a, b) {
            continue;
        }
        if surname_after_a_role(s, a, b) {
            continue;
        }
        let plain = v.honorific_plain[pattern];
        let mut honorific = v.honorific_records[pattern].clone();
        // "đồng chí Đồng chí X": the second honorific is a repeat. "Thạc sĩ, bác sĩ X": two
        // titles, both the person's.
        let mut at = b;
        let joined = [", ", " - "].into_iter().find(|j| !plain && s[b..].starts_with(j));
        let b2 = b + joined.map_or_else(|| s[b..].len() - s[b..].trim_start_matches(' ').len(), str::len);
        // "PGS.TS.BS X": an abbreviation's full stop may glue the next title to it.
        let glued = b2 == b && form.ends_with('.');
        let second = v.honorifics.longest_at(s, b2).filter(|&(p2, end2)| (b2 > b || glued) && !v.honorific_opens_sentence[p2] && !opens_name_as_surname(s, b2, end2));
        if let Some((pattern2, end2)) = second {
            let form2 = v.honorific_forms[pattern2];
            let whole = form2.ends_with('.') || !s[end2..].chars().next().is_some_and(is_alnum);
            if whole && joined.is_none() && !glued {
                at = end2;
            } else if whole && !v.honorific_plain[pattern2] && v.honorific_records[pattern2] != honorific {
                at = end2;
                honorific = format!("{honorific}, {}", v.honorific_records[pattern2]);
            }
        }
        // "ThS.BS CKII X": the grade written apart after the titles is the doctor's.
        if let Some((grade, end)) = grade_after(s, at).filter(|_| GRADED_TITLES.iter().any(|t| honorific.ends_with(t))) {
            honorific = format!("{honorific} {grade}");
            at = end;
        }
        // "Tham dự có các đồng chí: A, Phó Chủ tịch UBND tỉnh; B, Giám đốc Sở Y tế; …".
        if !plain && s[at..].trim_start_matches(' ').starts_with(':') {
            for (name_start, name_end) in listed_names(s, at) {
                taken.insert(name_start, name_end);
                let honorific = Some(honorific.clone());
                out.push(Mention { start: name_start, end: name_end, name: title_case(&s[name_start..name_end]), honorific, roles: roles_after(s, lower, name_end) });
            }
            continue;
        }
        // "các ông, bà: A, B, C": a plain honorific made plural lists the names after a colon.
        if let Some((colon_before, shared)) = plain.then(|| plural_plain_list(s, a, b)).flatten() {
            for (name_start, name_end) in listed_names(s, colon_before) {
                taken.insert(name_start, name_end);
                let honorific = shared.then(|| honorific.clone()).or_else(|| item_address(s, name_start));
                out.push(Mention { start: name_start, end: name_end, name: title_case(&s[name_start..name_end]), honorific, roles: roles_after(s, lower, name_end) });
            }
            continue;
        }
        // "các đồng chí Phó Giám đốc Sở: A, B": the role before the colon is each one's.
        if let Some((role_start, colon)) = (!plain).then(|| role_before_colon(s, lower, at)).flatten() {
            let role = s[role_start..colon].trim_end();
            for (name_start, name_end) in listed_names(s, colon) {
                taken.insert(name_start, name_end);
                let mut roles = vec![role.to_string()];
                roles.extend(roles_after(s, lower, name_end));
                out.push(Mention { start: name_start, end: name_end, name: title_case(&s[name_start..name_end]), honorific: Some(honorific.clone()), roles });
            }
            continue;
        }
        let Some((role, name_start, name_end)) = skip_to_name(s, at, !plain, true) else { continue };
        // "CN Hà Nội" is a branch ("chi nhánh") of a firm: an abbreviation opens no place.
        if v.honorific_abbreviated[pattern] && super::places::GAZETTEER.lookup(&s[name_start..name_end]).is_some() {
            continue;
        }
        let mut roles: Vec<String> = role.map(|(x, y)| s[x..y].trim().to_string()).into_iter().collect();
        if roles.is_empty() {
            roles.extend(role_before(s, lower, a));
        }
        roles.extend(roles_after(s, lower, name_end));
        taken.insert(name_start, name_end);
        out.push(Mention { start: name_start, end: name_end, name: title_case(&s[name_start..name_end]), honorific: Some(honorific), roles });
    }
    for (a, b, _) in v.role_starts.find_iter(s) {
        if !on_word_boundary(s, a, b) || !is_capitalised(&s[a..b]) || taken.overlaps(a, b + 2) {
            continue;
        }
        let Some((_, name_start, name_end)) = skip_to_name(s, a, true, false) else { continue };
        let name = &s[name_start..name_end];
        // "UBND tỉnh Lâm Đồng" is a place; "UBND tỉnh Đoàn Thị Hậu", a name of three words
        // no gazetteer holds, a person.
        let place_like = preceded_by_unit_word(s, name_start) && name.split(' ').count() < 3;
        let known_place = super::places::GAZETTEER.lookup(name).is_some();
        if taken.starts_at(name_start) || place_like || known_place && !titled_by_itself(s, a, name_start, name) {
            continue;
        }
        let role = s[a..name_start].trim();
        // "…, Phó Giám đốc Trung tâm và Thân Đức Kiên, Trưởng khoa …": the title before "và"
        // is the person listed before; this one has only the roles written after the name.
        let mut roles = if role.ends_with(" và") { Vec::new() } else { vec![role.to_string()] };
        roles.extend(roles_after(s, lower, name_end));
        taken.insert(name_start, name_end);
        out.push(Mention { start: name_start, end: name_end, name: title_case(name), honorific: None, roles });
    }
    dashed_roles(s, lower, &mut taken, &mut out);
    jobs_before_names(s, lower, &mut taken, &mut out);
    names_listed_after_a_colon(s, lower, &mut taken, &mut out);
    names_before_roles(s, lower, &mut taken, &mut out);
    out.sort_by_key(|m| m.start);
    out
}

/// Titles in the record that a specialist's grade may follow.
const GRADED_TITLES: &[&str] = &["bác sĩ", "bác sỹ", "dược sĩ", "dược sỹ"];

/// A specialist's grade after a blank or a full stop at `at`, as the record writes it, and
/// where it ends: " CKII", " CK 2", ".CKI". Titles are listed with their grade glued on;
/// joined to two titles ("ThS.BS CKII") the grade is written apart.
fn grade_after(s: &str, at: usize) -> Option<(String, usize)> {
    const GRADES: &[&str] = &["CKII", "CKI", "CK II", "CK I", "CK2", "CK1", "CK 2", "CK 1"];
    let rest = s[at..].strip_prefix([' ', '.'])?;
    let grade = GRADES.iter().find(|g| rest.starts_with(**g) && !rest[g.len()..].starts_with(is_alnum))?;
    Some((grade.replace(' ', ""), at + 1 + grade.len()))
}

/// Titles that say whom someone stands for rather than what they head: "Đại diện Hòa
/// Bình" is a place's delegate, not a person.
const TITLES_OF_DELEGATES: &[&str] = &["Đại diện", "Đại biểu", "Thành viên"];

/// Whether the name at `name_start` (`name`), which the gazetteer also knows, follows a
/// title with no unit between ("Chủ tịch Hồ Chí Minh", "Chủ tịch nước Tôn Đức Thắng") and
/// has three syllables: then it is a person's, where after "Chủ tịch UBND Thành phố" it is
/// the city's.
fn titled_by_itself(s: &str, role_at: usize, name_start: usize, name: &str) -> bool {
    let Some((_, title_end)) = VOCABULARY.role_starts.longest_at(s, role_at) else { return false };
    let delegate = TITLES_OF_DELEGATES.iter().any(|t| s[role_at..title_end] == **t);
    !delegate && s[title_end..name_start].trim().is_empty() && name.split(' ').count() == 3
}

/// Words that open a list of members before its colon: "Thành phần Đoàn kiểm tra gồm:",
/// "Tham dự có:".
const LIST_OPENERS: &[&str] = &["gồm", "gồm có", "thành phần", "Thành phần", "tham dự", "Tham dự", "có"];

/// The names of a list after a colon that [`LIST_OPENERS`] open, with no honorific ("gồm: Bùi
/// Văn Hậu, Phó Giám đốc Sở Y tế - Trưởng đoàn; Quách Thị Liên, …"). With no title to vouch
/// for them, only names with a role after them, and none the gazetteer knows ("gồm: Hà Nam,
/// Hà Tĩnh" lists places).
fn names_listed_after_a_colon(s: &str, lower: &str, taken: &mut SpanSet, out: &mut Vec<Mention>) {
    for colon in memchr::memchr_iter(b':', s.as_bytes()) {
        let head = s[..colon].trim_end();
        let opened = LIST_OPENERS.iter().any(|w| head.ends_with(w) && on_word_boundary(head, head.len() - w.len(), head.len()));
        if !opened {
            continue;
        }
        for (start, end) in listed_names(s, colon) {
            if taken.overlaps(start, end) || super::places::GAZETTEER.lookup(&s[start..end]).is_some() {
                continue;
            }
            let roles = roles_after(s, lower, end);
            if roles.is_empty() {
                continue;
            }
            taken.insert(start, end);
            let honorific = item_address(s, start);
            out.push(Mention { start, end, name: title_case(&s[start..end]), honorific, roles });
        }
    }
}

/// Words that introduce the person a clause names with no title: "Cùng đi có Đặng Văn Khởi,
/// …", "Theo Hà Thị Lan, …", "làm việc với …", "Trưởng đoàn là …".
const PERSON_INTRODUCERS: &[&str] = &["có", "Theo", "theo", "của", "với", "Với", "là", "gồm", "cùng", "Cùng"];

/// People named with no title and their role after a comma, as news writes them: "Cùng đi
/// có Đặng Văn Khởi, Trưởng phòng Nghiệp vụ Y Sở Y tế", "Theo Hà Thị Lan, giám đốc Trung tâm
/// Y tế huyện". With no title to vouch for it, the name ([`name_ending_at`]) must follow what
/// introduces a person ([`introduces_a_person`]): a street, a school or a ward named after
/// someone ("đường Nguyễn Trãi, Phó …", "Trường THPT Lê Quý Đôn, …") has its kind before the name.
/// A role in brackets after the name reads the same: "Các đồng chí A (Phó Giám đốc), B
/// (Trưởng phòng …) cùng dự".
fn names_before_roles(s: &str, lower: &str, taken: &mut SpanSet, out: &mut Vec<Mention>) {
    // Where the name ends and its role opens: ", " or " (" after it.
    let commas = memchr::memchr_iter(b',', s.as_bytes()).filter(|&at| s.as_bytes().get(at + 1) == Some(&b' '));
    let brackets = memchr::memchr_iter(b'(', s.as_bytes()).filter_map(|at| at.checked_sub(1).filter(|&b| s.as_bytes()[b] == b' '));
    let mut marks: Vec<usize> = commas.chain(brackets).collect();
    marks.sort_unstable();
    for comma in marks {
        let role_at = comma + 2;
        // The cheap questions first: most commas follow a word in small letters, and open no role.
        if !capitalised_word_before(s, comma) {
            continue;
        }
        // "Nguyễn Văn Khải, Y sỹ Trạm Y tế xã …": a profession with its unit is a role too.
        if !(is_role_word(&s[role_at..]) || small_role_end(&s[role_at..]).is_some() || profession_role_end(s, lower, role_at).is_some()) {
            continue;
        }
        let Some(start) = name_ending_at(s, comma) else { continue };
        if taken.overlaps(start, comma) || !introduces_a_person(s, start, out) {
            continue;
        }
        let roles = roles_after(s, lower, comma);
        if roles.is_empty() {
            continue;
        }
        taken.insert(start, comma);
        out.push(Mention { start, end: comma, name: title_case(&s[start..comma]), honorific: None, roles });
    }
}

/// Whether the word before `end` opens with a capital, told from its bytes: the last blank
/// within a syllable's reach before `end`, and the letter after it.
fn capitalised_word_before(s: &str, end: usize) -> bool {
    let from = end.saturating_sub(16);
    let Some(blank) = memchr::memrchr(b' ', &s.as_bytes()[from..end]) else { return false };
    s[from + blank + 1..end].chars().next().is_some_and(char::is_uppercase)
}

/// The start of the word that ends at `end` (letters and digits only), or `None`.
fn word_ending_at(s: &str, end: usize) -> Option<usize> {
    s[..end].char_indices().rev().take_while(|(_, c)| is_alnum(*c)).last().map(|(i, _)| i)
}

/// The start of a personal name of three or four syllables, in small letters (a heading in
/// capitals names no one), ending at `end` and opening the run of capitalised words before
/// it, or after a capitalised word that introduces it ("Theo Hà Thị Lan"); no place the
/// gazetteer knows.
fn name_ending_at(s: &str, end: usize) -> Option<usize> {
    let mut starts = Vec::new();
    let mut at = end;
    while starts.len() < 5 {
        let Some(w) = word_ending_at(s, at).filter(|&w| is_capitalised(&s[w..at])) else { break };
        starts.push(w);
        if !s[..w].ends_with(' ') || s[..w - 1].ends_with(' ') {
            break;
        }
        at = w - 1;
    }
    let &run_start = starts.last()?;
    let start = starts.iter().rev().copied().find(|&x| name_at(s, x) == Some(end))?;
    let name = &s[start..end];
    let introduced = start == run_start || PERSON_INTRODUCERS.contains(&&s[run_start..start - 1]);
    let fits = introduced && (3..=4).contains(&name.split(' ').count()) && !is_all_caps(&s[start..start + word_len(s, start)]);
    (fits && super::places::GAZETTEER.lookup(name).is_none() && !continues_a_place(s, start)).then_some(start)
}

/// Whether what stands before the name at `start` introduces a person: the opening of a
/// sentence or of a list's item, a word of [`PERSON_INTRODUCERS`], or a comma or "và" after
/// a word in small letters or after another person of the sentence ("…, Lê Văn A, Phó Giám
/// đốc Sở Y tế, Hà Thị B, Trưởng phòng …"). After a capitalised word, a comma or "và" may
/// go on with a list of places ("Tân Định, Nguyễn Thái Bình, …").
fn introduces_a_person(s: &str, start: usize, out: &[Mention]) -> bool {
    if opens_sentence(s, start) {
        return true;
    }
    let Some(head) = s[..start].strip_suffix(' ') else { return false };
    let Some(w) = word_ending_at(s, head.len()) else {
        return head.ends_with(',') && after_small_word_or_person(s, head.len() - 1, out);
    };
    match &head[w..] {
        introducer if PERSON_INTRODUCERS.contains(&introducer) => true,
        "và" => after_small_word_or_person(s, w, out),
        _ => false,
    }
}

/// Whether the word before the join at `join` is in small letters, or a person is named
/// before it in its sentence.
fn after_small_word_or_person(s: &str, join: usize, out: &[Mention]) -> bool {
    let head = s[..join].trim_end_matches(' ');
    let small = word_ending_at(s, head.len()).is_some_and(|w| !is_capitalised(&head[w..]));
    let sentence = head.rfind(['\n', ';', ':']).max(head.rfind(". ")).map_or(0, |i| i + 1);
    small || out.iter().any(|m| m.start >= sentence && m.end <= join)
}

/// Names that open a sentence or a line with their role after a dash and no title before
/// them: "Y Bun Niê - Trưởng khoa Nhi, Trung tâm Y tế huyện … cho biết".
fn dashed_roles(s: &str, lower: &str, taken: &mut SpanSet, out: &mut Vec<Mention>) {
    // Vectorised searches, built once: `match_indices` built a searcher per call and read
    // the field a byte at a time, twice.
    static DASHES: Lazy<[(&str, memchr::memmem::Finder<'static>); 2]> =
        Lazy::new(|| [" - ", " – "].map(|dash| (dash, memchr::memmem::Finder::new(dash.as_bytes()))));
    for (dash, finder) in DASHES.iter() {
        for at in finder.find_iter(s.as_bytes()) {
            if !is_role_word(&s[at + dash.len()..]) {
                continue;
            }
            let line = s[..at].rfind(['\n', '.', ';', ':']).map_or(0, |i| i + 1);
            let start = line + (s[line..at].len() - s[line..at].trim_start().len());
            if name_after_honorific_at(s, start) != Some(at) || taken.overlaps(start, at) || super::places::GAZETTEER.lookup(&s[start..at]).is_some() {
                continue;
            }
            taken.insert(start, at);
            out.push(Mention { start, end: at, name: title_case(&s[start..at]), honorific: None, roles: roles_after(s, lower, at) });
        }
    }
}

/// The role written before an honorific, set off by a comma, "là" or nothing: "Phó Giám
/// đốc Sở Y tế tỉnh Hòa Đông, ông Lê Văn A", "Giám đốc CDC tỉnh ông Lê Văn A" (also after a
/// word that opens the clause: "Theo Giám đốc …, bà").
fn role_before(s: &str, lower: &str, honorific_at: usize) -> Option<String> {
    // "Giám đốc CDC tỉnh ông Phan Văn A": with no comma, the role must run to the honorific;
    // "Trưởng khoa Nhi là bác sĩ Phan Văn A": the role is said to be theirs.
    let joined = |j: &str| honorific_at.checked_sub(j.len()).filter(|&c| s.get(c..honorific_at) == Some(j));
    // "Phó Giám đốc Sở Y tế (ông Đàm Quang Huy)": the role names the person in brackets.
    let comma = joined(", ").or_else(|| joined(" là ")).or_else(|| joined(" (")).or_else(|| joined(" "))?;
    let clause = s[..comma].rfind(['.', '\n', ';', ':', '(', ',', '"', '“']).map_or(0, |i| i + 1);
    let mut at = clause;
    for _ in 0..3 {
        let (a, b) = next_word(s, at)?;
        if a >= comma {
            return None;
        }
        if is_role_word(&s[a..]) {
            return (role_end(s, lower, a) == comma).then(|| s[a..comma].to_string());
        }
        at = b;
    }
    None
}

/// Forms of address an item of a list may open with, after the list's own honorific:
/// "các đồng chí: Ông Khổng Văn Tâm - …; Bà Liêu Thị Kim Chi - …".
const ADDRESSES_OF_ITEMS: &[&str] = &["Ông ", "Bà ", "ông ", "bà "];

/// Where the name starts after a form of address ([`ADDRESSES_OF_ITEMS`]) opening a listed
/// item at `at`, when a full name follows it: "Ông Văn Tài" is the family name's instead.
fn address_before_listed_name(s: &str, at: usize) -> Option<usize> {
    let w = ADDRESSES_OF_ITEMS.iter().find(|w| s[at..].starts_with(**w))?;
    addresses_full_name(s, at + w.len() - 1).then_some(at + w.len())
}

/// The form of address ([`ADDRESSES_OF_ITEMS`]) just before a listed name at `start`, in
/// small letters: "Bà Uông Thị Mai - …" is addressed as "bà".
fn item_address(s: &str, start: usize) -> Option<String> {
    ADDRESSES_OF_ITEMS.iter().find(|w| s[..start].ends_with(**w)).map(|w| w.trim().to_lowercase())
}

/// The names of a list after a plural honorific and a colon ("các đồng chí: A, Phó Chủ
/// tịch UBND tỉnh; B, Giám đốc Sở Y tế; lãnh đạo các sở"), one an item, items parted by
/// ";", until an item that opens with no name.
fn listed_names(s: &str, colon_before: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Some(colon) = s[colon_before..].find(':').map(|i| colon_before + i) else { return out };
    let mut at = colon + 1;
    loop {
        let start = at + (s[at..].len() - s[at..].trim_start_matches(' ').len());
        let start = address_before_listed_name(s, start).unwrap_or(start);
        let Some(end) = name_at(s, start) else { break };
        out.push((start, end));
        let rest = &s[end..];
        // "Phó Giám đốc Sở: A, B và C": names alone, one after another.
        let next = [", ", " và "].into_iter().find(|p| rest.starts_with(p)).map(|p| end + p.len());
        if let Some(next) = next.filter(|&n| name_at(s, n).is_some()) {
            at = next;
            continue;
        }
        // The item runs to the next ";" of the sentence.
        let stop = rest.find(['.', '\n']).unwrap_or(rest.len());
        match rest[..stop].find(';') {
            Some(i) => at = end + i + 1,
            None => break,
        }
    }
    out
}

/// When the plain honorific at `a..b` is made plural by "các" and a colon follows it, alone
/// or with a second plain one ("các ông, bà:", "các ông bà:", "các ông/bà:"): where the list
/// opens (before its colon), and whether the honorific is each one's (with a second one,
/// whose it is the list does not say).
fn plural_plain_list(s: &str, a: usize, b: usize) -> Option<(usize, bool)> {
    let head = s[..a].strip_suffix(' ')?;
    if !(head.ends_with("các") || head.ends_with("Các")) || head[..head.len() - "các".len()].chars().next_back().is_some_and(is_alnum) {
        return None;
    }
    let second = [", ", " và ", "/", " "].iter().find_map(|j| {
        let at = b + j.len();
        s[b..].starts_with(j).then(|| PLAIN_HONORIFICS.iter().find(|h| s[at..].starts_with(**h) && on_word_boundary(s, at, at + h.len())).map(|h| at + h.len())).flatten()
    });
    let end = second.unwrap_or(b);
    s[end..].trim_start_matches(' ').starts_with(':').then_some((end, second.is_none()))
}

/// The role written after a plural honorific and before a colon that opens a list of names
/// ("các đồng chí Phó Chủ tịch UBND tỉnh: A, B"), as (its start, its end).
fn role_before_colon(s: &str, lower: &str, at: usize) -> Option<(usize, usize)> {
    let (a, _) = next_word(s, at).filter(|&(a, _)| s[at..a].bytes().all(|b| b == b' '))?;
    if !is_role_word(&s[a..]) {
        return None;
    }
    let end = role_end(s, lower, a);
    s[end..].trim_start_matches(' ').starts_with(':').then_some((a, end))
}

/// Whether a sentence, a line or a list's item opens at `a`: only blanks, and before them a
/// full stop, a line's end, a colon, a semicolon, a dash or a bracket, or nothing.
fn opens_sentence(s: &str, a: usize) -> bool {
    let head = s[..a].trim_end_matches(' ');
    head.chars().next_back().map_or(true, |c| matches!(c, '.' | '!' | '?' | '\n' | ':' | ';' | '-' | '–' | '—' | '(' | '"' | '“' | '•' | '*' | '+'))
}

fn normalise_honorific(h: &str) -> String {
    let h = h.trim_end_matches('.').replace("bác sỹ", "bác sĩ");
    // Abbreviated titles are spelled out, one by one ("ts.bs" is "tiến sĩ, bác sĩ"), so
    // that "BS." and "Bác sĩ" are one honorific in the record.
    if h.contains('.') || ABBREVIATED_TITLES.iter().any(|(a, _)| h.split(' ').next() == Some(*a) || h.strip_prefix(a).is_some_and(is_grade)) {
        return spell_out_titles(&h);
    }
    with_grade_in_capitals(&h)
}

/// Titles as their abbreviations, in small letters.
const ABBREVIATED_TITLES: &[(&str, &str)] = &[
    ("bsck", "bác sĩ chuyên khoa"),
    ("bs", "bác sĩ"),
    ("ths", "thạc sĩ"),
    ("ts", "tiến sĩ"),
    ("pgs", "phó giáo sư"),
    ("gs", "giáo sư"),
    ("ds", "dược sĩ"),
    ("đd", "điều dưỡng"),
    ("cn", "cử nhân"),
    ("ktv", "kỹ thuật viên"),
    ("ys", "y sĩ"),
    ("đ/c", "đồng chí"),
    ("ttnd", "thầy thuốc nhân dân"),
    ("ttưt", "thầy thuốc ưu tú"),
];

fn is_grade(w: &str) -> bool {
    matches!(w.trim(), "i" | "ii" | "cki" | "ckii" | "ck1" | "ck2" | "ck i" | "ck ii")
}

/// "bs.ckii" -> "bác sĩ CKII", "bscki" -> "bác sĩ CKI", "pgs. ts" -> "phó giáo sư, tiến sĩ".
fn spell_out_titles(h: &str) -> String {
    let mut titles: Vec<String> = Vec::new();
    for piece in h.split('.').map(str::trim).filter(|p| !p.is_empty()) {
        if let (true, Some(last)) = (is_grade(piece) && piece != "i" && piece != "ii", titles.last_mut()) {
            last.push(' ');
            last.push_str(&piece.replace(' ', "").to_uppercase());
            continue;
        }
        let spelled = ABBREVIATED_TITLES.iter().find_map(|(a, full)| {
            let rest = piece.strip_prefix(a)?;
            match rest.trim() {
                "" => Some(full.to_string()),
                g if is_grade(g) => Some(format!("{} {}", if *a == "bsck" { "bác sĩ" } else { full }, format_grade(a, g))),
                _ => None,
            }
        });
        titles.push(spelled.unwrap_or_else(|| with_grade_in_capitals(piece)));
    }
    titles.join(", ")
}

/// The grade after "bsck" keeps its "CK": "bsck1" is "bác sĩ CK1".
fn format_grade(abbreviation: &str, grade: &str) -> String {
    let grade = grade.replace(' ', "").to_uppercase();
    if abbreviation == "bsck" { format!("CK{grade}") } else { grade }
}

/// Grades stay in capitals: "bác sĩ chuyên khoa II".
fn with_grade_in_capitals(h: &str) -> String {
    match h.rsplit_once(' ') {
        Some((head, grade)) if matches!(grade, "i" | "ii" | "cki" | "ckii" | "ck1" | "ck2") => format!("{head} {}", grade.to_uppercase()),
        _ => h.to_string(),
    }
}

/// A title as a signature block writes it, in capitals ("PHÓ CHỦ TỊCH"), in the case of
/// the role vocabulary ("Phó Chủ tịch"), the words after the known role in small letters
/// ("PHÓ CHÁNH VĂN PHÒNG" is "Phó Chánh văn phòng"); `None` when it opens with no known role.
pub fn title_from_capitals(title: &str) -> Option<String> {
    // (role in small letters, role as the vocabulary writes it), made once.
    static ROLES: Lazy<Vec<(String, &'static str)>> = Lazy::new(|| data_lines(ROLES_TXT).map(str::trim).map(|r| (r.to_lowercase(), r)).collect());
    let lower = title.trim().to_lowercase();
    let (small, role) = ROLES
        .iter()
        .filter(|(small, _)| lower.starts_with(small.as_str()) && !lower[small.len()..].starts_with(char::is_alphanumeric))
        .max_by_key(|(small, _)| small.len())?;
    let title = title.trim();
    // "GIÁM ĐỐC SỞ Y TẾ": the body after the post is spelt as a body's name ("Sở Y tế"), not
    // in small letters. The capitals are read where lowering kept every byte in place.
    let body = (title.len() == lower.len()).then(|| body_in_capitals(&title[small.len()..])).flatten();
    match body {
        Some(body) => Some(format!("{role} {body}")),
        None => Some(format!("{role}{}", &lower[small.len()..])),
    }
}

/// The whole of `rest` read as one organisation in capitals, spelt as its name is written.
fn body_in_capitals(rest: &str) -> Option<String> {
    let rest = rest.trim();
    if rest.is_empty() {
        return None;
    }
    let hits = super::orgs::find(rest, &rest.to_lowercase(), &[]);
    match hits.first() {
        Some(h) if h.start == 0 && h.end == rest.len() => match &h.normalized {
            Some(super::Normalized::Text(name)) => Some(name.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The name a signing block's last line gives, with the degree written before it ("ThS. Lê
/// Văn Hòa", "QUÁCH VĂN ĐIỀN"), when the line is a name and nothing more.
pub fn signer_name(line: &str) -> Option<(String, Option<String>)> {
    let line = line.trim();
    if name_at(line, 0) == Some(line.len()) {
        return Some((title_case(line), None));
    }
    find(line).into_iter().find(|m| m.end == line.len() && m.roles.is_empty()).map(|m| (m.name, m.honorific))
}

/// Whether a place's unit word ("tỉnh", "Thành phố", "TP.") ends just before `at`.
pub(super) fn preceded_by_unit_word(s: &str, at: usize) -> bool {
    let from = s[..at].char_indices().rev().nth(12).map(|(i, _)| i).unwrap_or(0);
    let head = s[from..at].trim_end();
    ["tỉnh", "huyện", "thành phố", "tp", "tp.", "quận", "xã", "phường", "thị trấn", "thị xã"].iter().any(|w| ends_with_lower(head, w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::extract::pairs::tests::assert_same_as_automaton;

    #[test]
    fn a_place_before_the_name_of_a_leader_is_part_of_the_role() {
        let s = "Dự họp có Phó Chủ tịch UBND huyện Phú Lạc Nguyễn Thị Kim Loan và Chủ tịch UBND xã Tân Lập Đông Hoàng Thị Mai.";
        let got: Vec<(String, Vec<String>)> = find(s).into_iter().map(|m| (m.name, m.roles)).collect();
        let want = [("Nguyễn Thị Kim Loan", "Phó Chủ tịch UBND huyện Phú Lạc"), ("Hoàng Thị Mai", "Chủ tịch UBND xã Tân Lập Đông")];
        assert_eq!(got, want.map(|(n, r)| (n.to_string(), vec![r.to_string()])));
        // A province whose second word is also a family name.
        let got: Vec<(String, Vec<String>)> = find("Đoàn do Phó Chủ tịch UBND tỉnh Lai Châu Đỗ Thị Hằng dẫn đầu.").into_iter().map(|m| (m.name, m.roles)).collect();
        assert_eq!(got, [("Đỗ Thị Hằng".to_string(), vec!["Phó Chủ tịch UBND tỉnh Lai Châu".to_string()])]);
    }

    fn people(s: &str) -> Vec<(String, Option<String>, Vec<String>)> {
        find(s).into_iter().map(|m| (m.name, m.honorific, m.roles)).collect()
    }

    #[test]
    fn a_grade_written_apart_after_two_titles() {
        let got = people("Có ThS.BS CKII Vương Đình Khải, Trưởng khoa Nội và TS.BS CK 2 Lục Văn Hòa.");
        let got: Vec<(&str, Option<&str>)> = got.iter().map(|p| (p.0.as_str(), p.1.as_deref())).collect();
        assert_eq!(got, [("Vương Đình Khải", Some("thạc sĩ, bác sĩ CKII")), ("Lục Văn Hòa", Some("tiến sĩ, bác sĩ CK2"))]);
    }

    #[test]
    fn an_abbreviated_profession_with_its_field_and_unit_after_a_name() {
        let got = people("Có chị Mạc Thị Lụa, KTV xét nghiệm Trung tâm Y tế huyện Đồng Khê; anh Tạ Văn Lâm, ĐD Khoa Nội.");
        let got: Vec<(&str, Vec<&str>)> = got.iter().map(|p| (p.0.as_str(), p.2.iter().map(String::as_str).collect())).collect();
        assert_eq!(got, [("Mạc Thị Lụa", vec!["KTV xét nghiệm Trung tâm Y tế huyện Đồng Khê"]), ("Tạ Văn Lâm", vec!["ĐD Khoa Nội"])]);
    }

    #[test]
    fn a_rarer_family_name_opens_a_name() {
        let got = people("Tham dự có bác sĩ Chử Văn Hưng, Phó Giám đốc Trung tâm Y tế huyện.");
        assert_eq!(got, [("Chử Văn Hưng".to_string(), Some("bác sĩ".to_string()), vec!["Phó Giám đốc Trung tâm Y tế huyện".to_string()])]);
    }

    #[test]
    fn jobs_in_small_letters_before_and_after_a_name() {
        let got = people("Lớp học có giáo viên Trường Tiểu học Hòa Lâm Lê Thị Mận; nhân viên y tế ấp Bình An Võ Văn Lành; bà Lã Thị Hoa, cộng tác viên dân số ấp 3, cho biết.");
        let got: Vec<(&str, Vec<&str>)> = got.iter().map(|p| (p.0.as_str(), p.2.iter().map(String::as_str).collect())).collect();
        assert_eq!(got[0], ("Lê Thị Mận", vec!["giáo viên Trường Tiểu học Hòa Lâm"]));
        assert_eq!(got[1], ("Võ Văn Lành", vec!["nhân viên y tế ấp Bình An"]));
        assert_eq!(got[2], ("Lã Thị Hoa", vec!["cộng tác viên dân số ấp 3"]));
        // A job and its unit with no name after them make no one; nor does a school named
        // after a man.
        assert!(people("Các giáo viên Trường Tiểu học Hòa Lâm và nhân viên y tế xã Tân Lập Đông đã tham gia.").is_empty());
        assert!(people("Nhân viên y tế phường Nguyễn Thái Bình và y tá thôn Lê Văn Hưng tham gia.").is_empty(), "a place's name after its word");
        assert!(people("Các giáo viên Trường THCS Nguyễn Văn Trỗi và giáo viên Trường Tiểu học Trần Quốc Toản đã tham gia.").is_empty());
    }

    fn names_and_roles(s: &str) -> Vec<(String, Vec<String>)> {
        find(s).into_iter().map(|m| (m.name, m.roles)).collect()
    }

    fn one(name: &str, role: &str) -> (String, Vec<String>) {
        (name.to_string(), vec![role.to_string()])
    }

    #[test]
    fn a_name_after_a_board_and_its_place_in_a_list_is_no_word_of_the_place() {
        let s = "Đoàn làm việc với ông Lương Văn Kỳ, Chủ tịch UBND xã Phú Lạc, Trưởng ban chỉ đạo phòng chống dịch xã Hòa Mỹ Tô Văn Tài và bà Đinh Thị Nga.";
        let got = names_and_roles(s);
        assert_eq!(got[0], ("Lương Văn Kỳ".to_string(), vec!["Chủ tịch UBND xã Phú Lạc".to_string()]));
        assert_eq!(got[1], one("Tô Văn Tài", "Trưởng ban chỉ đạo phòng chống dịch xã Hòa Mỹ"));
        // A place of several words with no name after it keeps them all.
        let s = "Ông Lương Văn Kỳ, Trưởng ban chỉ đạo phòng chống dịch xã Hòa Mỹ Tây, cho biết số ca giảm.";
        assert_eq!(names_and_roles(s), [one("Lương Văn Kỳ", "Trưởng ban chỉ đạo phòng chống dịch xã Hòa Mỹ Tây")]);
    }

    #[test]
    fn a_name_with_no_title_and_its_role_after_a_comma() {
        let s = "Cùng đi có Quách Văn Hiển, Trưởng phòng Nghiệp vụ Dược Sở Y tế. Theo Mẫn Thị Thoa, giám đốc Trung tâm Y tế huyện Bắc Khê, số ca tăng.";
        assert_eq!(names_and_roles(s), [one("Quách Văn Hiển", "Trưởng phòng Nghiệp vụ Dược Sở Y tế"), one("Mẫn Thị Thoa", "giám đốc Trung tâm Y tế huyện Bắc Khê")]);
        // A list after "có sự tham dự của", its items parted by ";", "và" and commas.
        let s = "Hội nghị có sự tham dự của Lạc Văn Tùng, Phó Chủ tịch UBND huyện; Đàm Thị Nhàn, Trưởng phòng Y tế huyện và Khổng Minh Đức, Phó Giám đốc Trung tâm Y tế huyện.";
        let got: Vec<String> = names_and_roles(s).into_iter().map(|p| p.0).collect();
        assert_eq!(got, ["Lạc Văn Tùng", "Đàm Thị Nhàn", "Khổng Minh Đức"]);
        assert_eq!(names_and_roles("Phát biểu tại hội nghị, Vi Văn Khang, Phó Giám đốc Sở Y tế cho biết."), [one("Vi Văn Khang", "Phó Giám đốc Sở Y tế")]);
    }

    #[test]
    fn streets_schools_wards_headings_and_places_named_after_people_are_no_one() {
        for s in [
            "Tại đường Nguyễn Thị Minh Khai, Phó Chủ tịch UBND phường đã kiểm tra.",
            "Trường THPT Lê Quý Đôn, Hiệu trưởng nhà trường cho biết.",
            "Bệnh viện Nguyễn Tri Phương, Giám đốc bệnh viện cho biết.",
            "Tại phường Trần Hưng Đạo, Chủ tịch UBND phường chỉ đạo.",
            "Các xã Tân Định, Đa Kao và Nguyễn Thái Bình, Chủ tịch UBND các xã báo cáo.",
            "VI VĂN KHANG, PHÓ GIÁM ĐỐC SỞ Y TẾ",
            "Cùng đi có Đàm Thị Nhàn, người dân trong xóm.",
        ] {
            assert_eq!(names_and_roles(s), [], "{s}");
        }
    }

    #[test]
    fn the_words_of_a_boards_name_between_a_title_and_a_name() {
        let s = "Phó trưởng ban Quản lý dự án huyện Trịnh Văn Mạnh phát biểu. Trưởng ban chỉ đạo phòng chống dịch xã Hòa Mỹ Tô Văn Tài và Phó Trưởng ban Dân vận Tỉnh ủy Đinh Thị Hoa dự.";
        let want = [
            one("Trịnh Văn Mạnh", "Phó trưởng ban Quản lý dự án huyện"),
            one("Tô Văn Tài", "Trưởng ban chỉ đạo phòng chống dịch xã Hòa Mỹ"),
            one("Đinh Thị Hoa", "Phó Trưởng ban Dân vận Tỉnh ủy"),
        ];
        assert_eq!(names_and_roles(s), want);
        // "chỉ đạo" after no board is a verb: the director named after it is no one's.
        assert_eq!(names_and_roles("Giám đốc Sở Y tế chỉ đạo Trần Văn Khải kiểm tra."), []);
        // A role's abbreviation before a comma and another role; not one alone.
        let got = people("Dự có đ/c Hà Văn Tuệ - UVBTV, Trưởng Ban Dân vận Huyện ủy và bà Mạc Thị Lý - TTYT.");
        assert_eq!(got[0].2, ["UVBTV", "Trưởng Ban Dân vận Huyện ủy"]);
        assert!(got[1].2.iter().all(|r| r != "TTYT"), "{got:?}");
        // A unit's place before a title and a name: the role runs to the title.
        let got = people("Phó Giám đốc phụ trách Trung tâm Y tế huyện BSCKI Diệp Minh Luân trình bày báo cáo.");
        assert_eq!(got, [("Diệp Minh Luân".to_string(), Some("bác sĩ CKI".to_string()), vec!["Phó Giám đốc phụ trách Trung tâm Y tế huyện".to_string()])]);
        // A role said to be someone's with "là"; none when the words before are no role.
        let got = people("Trưởng khoa Khám bệnh là bác sĩ Lưu Văn Thạch. Người điều tra là bác sĩ Đàm Thị Vui.");
        assert_eq!(got[0].2, ["Trưởng khoa Khám bệnh"]);
        assert!(got[1].2.is_empty(), "{got:?}");
        // "đại biểu" of a delegation; after a role of another body they are delegates.
        let got = people("Ông Hà Seo Lử, Phó Trưởng Đoàn đại biểu Quốc hội tỉnh phát biểu.");
        assert_eq!(got[0].2, ["Phó Trưởng Đoàn đại biểu Quốc hội tỉnh"]);
        let got = people("Bà Lục Thị Nga, Phó Giám đốc Sở Y tế đại biểu dự họp.");
        assert_eq!(got[0].2, ["Phó Giám đốc Sở Y tế"]);
    }

    #[test]
    fn a_post_one_is_appointed_to_or_newly_holds_is_a_role() {
        let got = people("Ông Trương Minh Đạt, tân Giám đốc Sở Y tế, đến thăm. Bà Mai Thị Ngọc được bổ nhiệm giữ chức vụ Phó Giám đốc Bệnh viện Đa khoa tỉnh từ ngày 1/6; ông Hà Văn Lực được bầu làm Chủ tịch Hội Chữ thập đỏ huyện.");
        let got: Vec<(&str, Vec<&str>)> = got.iter().map(|p| (p.0.as_str(), p.2.iter().map(String::as_str).collect())).collect();
        let want = [
            ("Trương Minh Đạt", vec!["Giám đốc Sở Y tế"]),
            ("Mai Thị Ngọc", vec!["Phó Giám đốc Bệnh viện Đa khoa tỉnh"]),
            ("Hà Văn Lực", vec!["Chủ tịch Hội Chữ thập đỏ huyện"]),
        ];
        assert_eq!(got, want);
        assert_eq!(people("Ông Trương Minh Đạt được bổ nhiệm từ tháng 6.")[0].2, Vec::<String>::new(), "no post named");
    }

    #[test]
    fn a_job_qualified_by_its_field_in_small_letters_before_a_name() {
        let got = people("Kỹ thuật viên xét nghiệm Đoàn Văn Khải, Khoa Xét nghiệm, cho biết; nhân viên y tế Lò Thị Hạnh đến từng nhà.");
        let got: Vec<(&str, Vec<&str>)> = got.iter().map(|p| (p.0.as_str(), p.2.iter().map(String::as_str).collect())).collect();
        assert_eq!(got, [("Đoàn Văn Khải", vec!["Kỹ thuật viên xét nghiệm", "Khoa Xét nghiệm"]), ("Lò Thị Hạnh", vec!["nhân viên y tế"])]);
    }

    #[test]
    fn a_profession_with_its_unit_and_a_long_title_before_a_name() {
        let got = people("Y sĩ Trạm Y tế xã Tân Khê Lục Thị Duyên chia sẻ; bác sĩ Khoa Nhi Lê Văn Toàn khám. Trưởng khoa Kiểm soát bệnh tật Trung tâm Y tế huyện Mạc Văn Tùng báo cáo.");
        let got: Vec<(&str, Vec<&str>)> = got.iter().map(|p| (p.0.as_str(), p.2.iter().map(String::as_str).collect())).collect();
        assert_eq!(
            got,
            [
                ("Lục Thị Duyên", vec!["Y sĩ Trạm Y tế xã Tân Khê"]),
                ("Lê Văn Toàn", vec!["bác sĩ Khoa Nhi"]),
                ("Mạc Văn Tùng", vec!["Trưởng khoa Kiểm soát bệnh tật Trung tâm Y tế huyện"])
            ]
        );
        // Straight before the name, the profession stays the honorific.
        let got = people("Bác sĩ Lường Thị Thu khám.");
        assert_eq!((got.len(), got[0].1.as_deref()), (1, Some("bác sĩ")));
    }

    #[test]
    fn members_listed_after_gom_and_a_colon_with_no_honorific() {
        let s = "Thành phần Đoàn gồm: Bùi Văn Hậu, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh - Trưởng đoàn; Quách Thị Liên, Trưởng khoa Dinh dưỡng - Thành viên. Tổ trưởng tổ dân phố số 4 Ninh Văn Khải dự.";
        let got: Vec<(String, Vec<String>)> = find(s).into_iter().map(|m| (m.name, m.roles)).collect();
        let want = [
            ("Bùi Văn Hậu", vec!["Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh", "Trưởng đoàn"]),
            ("Quách Thị Liên", vec!["Trưởng khoa Dinh dưỡng", "Thành viên"]),
            ("Ninh Văn Khải", vec!["Tổ trưởng tổ dân phố số 4"]),
        ];
        assert_eq!(got, want.map(|(n, r)| (n.to_string(), r.into_iter().map(String::from).collect::<Vec<_>>())));
        // Places listed, or names with no role, are no one.
        assert!(people("Vùng dịch gồm: Hà Văn Sơn, Lò Văn Tú và Hà Nam, Giám đốc Sở Y tế.").is_empty());
    }

    #[test]
    fn the_head_of_a_village_branch() {
        let got = people("Dự có bác Lò Văn Pụt, Chi hội trưởng Chi hội Người cao tuổi thôn Eo Mít, cùng các hội viên.");
        assert_eq!(got[0].2, ["Chi hội trưởng Chi hội Người cao tuổi thôn Eo Mít"]);
    }

    #[test]
    fn a_job_with_a_capital_opening_a_sentence() {
        let got = people("Năm nay có 3 ca. Nhân viên y tế thôn Khe Mít Lò Thị Hoa đã đến từng nhà.\nCộng tác viên dân số ấp Tân Hòa Vi Văn Khởi cũng tham gia.");
        let got: Vec<(&str, Vec<&str>)> = got.iter().map(|p| (p.0.as_str(), p.2.iter().map(String::as_str).collect())).collect();
        assert_eq!(got, [("Lò Thị Hoa", vec!["Nhân viên y tế thôn Khe Mít"]), ("Vi Văn Khởi", vec!["Cộng tác viên dân số ấp Tân Hòa"])]);
        assert!(people("Giáo viên Trường Tiểu học Hòa Lâm và Nhân viên y tế xã Tân Lập Đông đã tham gia.").is_empty());
    }

    #[test]
    fn the_family_name_ong_after_an_honorific() {
        let got = people("Tham dự có bà Ông Thị Lựu, Trưởng trạm Y tế xã và ông Ông Văn Tài. Đồng chí Lã Văn Tâm phát biểu.");
        let names: Vec<(&str, Option<&str>)> = got.iter().map(|p| (p.0.as_str(), p.1.as_deref())).collect();
        assert_eq!(names, [("Ông Thị Lựu", Some("bà")), ("Ông Văn Tài", Some("ông")), ("Lã Văn Tâm", Some("đồng chí"))]);
        assert_eq!(got[0].2, ["Trưởng trạm Y tế xã"]);
    }

    #[test]
    fn a_capital_form_of_address_before_a_full_name() {
        let got = people("Tại xã Tân Khê, Chủ tịch UBND xã Ông Kiều Văn Lộc cho biết đã phun hóa chất.");
        assert_eq!(got, [("Kiều Văn Lộc".to_string(), Some("ông".to_string()), vec!["Chủ tịch UBND xã".to_string()])]);
        // The family name "Ông" before a given name of two syllables stays the name's.
        // One person, titled by the role: no second one read after "Ông" as an honorific.
        let got = people("Tại xã Tân Khê, Chủ tịch UBND xã Ông Văn Tài cho biết.");
        assert_eq!(got, [("Ông Văn Tài".to_string(), None, vec!["Chủ tịch UBND xã".to_string()])]);
        let got = people("Dự lễ có Phó Giám đốc Ông Văn Thành; ông Ông Văn Tài phát biểu.");
        let names: Vec<(&str, Option<&str>)> = got.iter().map(|p| (p.0.as_str(), p.1.as_deref())).collect();
        assert_eq!(names, [("Ông Văn Thành", None), ("Ông Văn Tài", Some("ông"))]);
        // "Anh" closing a place's name, before a full name.
        let got = people("Người dân ấp Suối Mây Anh Mạc Hữu Lộc cho biết đã dọn vệ sinh. Chị Hà Thị Mến ở thôn Khe Lim Chị Đàm Thị Nga.");
        let names: Vec<(&str, Option<&str>)> = got.iter().map(|p| (p.0.as_str(), p.1.as_deref())).collect();
        assert_eq!(names, [("Mạc Hữu Lộc", Some("anh")), ("Hà Thị Mến", Some("chị")), ("Đàm Thị Nga", Some("chị"))]);
        // Not after a given name, nor with no place word before the run.
        let got = people("Tham dự có Đoàn Chuyên Gia Anh Lò Văn Tú.");
        assert!(got.iter().all(|p| p.1.as_deref() != Some("anh")), "{got:?}");
    }

    #[test]
    fn a_list_after_a_plural_honorific_and_a_colon() {
        let got = people("Tham dự có các đồng chí: Đàm Thị Hoa, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo; Lục Văn Bình, Giám đốc Sở Y tế; lãnh đạo các sở. Ông Lục Văn Bình cho biết.");
        assert_eq!(got[0], ("Đàm Thị Hoa".to_string(), Some("đồng chí".to_string()), vec!["Phó Chủ tịch UBND tỉnh".to_string(), "Trưởng Ban Chỉ đạo".to_string()]));
        assert_eq!(got[1], ("Lục Văn Bình".to_string(), Some("đồng chí".to_string()), vec!["Giám đốc Sở Y tế".to_string()]));
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn two_titles_a_role_before_a_comma_and_a_role_in_charge() {
        let got = people("Theo Thạc sĩ, bác sĩ Hà Văn Lực, Giám đốc Trung tâm. Phó Giám đốc Sở Y tế tỉnh Hòa Đông, ông Lã Đức Tâm đề nghị. Chủ trì có bác sĩ CKII Vi Thị Nga, Phó Giám đốc phụ trách Sở Y tế.");
        assert_eq!(got[0], ("Hà Văn Lực".to_string(), Some("thạc sĩ, bác sĩ".to_string()), vec!["Giám đốc Trung tâm".to_string()]));
        assert_eq!(got[1], ("Lã Đức Tâm".to_string(), Some("ông".to_string()), vec!["Phó Giám đốc Sở Y tế tỉnh Hòa Đông".to_string()]));
        assert_eq!(got[2].2, ["Phó Giám đốc phụ trách Sở Y tế"]);
        let told = people("Báo cáo của Sở Y tế cho biết, ông Lã Đức Tâm đã đến.");
        assert_eq!(told[0].2, Vec::<String>::new(), "a clause that is no role gives none");
    }

    #[test]
    fn a_unit_in_brackets_a_unit_named_in_small_letters_and_a_head_nurse() {
        let got = people("TS.BS Lê Quang Vinh, Phó Cục trưởng Cục Quản lý khám, chữa bệnh; ThS.BS Vũ Ngọc Lan (Khoa Hồi sức tích cực) trình bày; điều dưỡng trưởng Hà Thị Thu chia sẻ.");
        assert_eq!(got[0].2, ["Phó Cục trưởng Cục Quản lý khám, chữa bệnh"]);
        assert_eq!(got[1].2, ["Khoa Hồi sức tích cực"]);
        assert_eq!((got[2].0.as_str(), got[2].1.as_deref()), ("Hà Thị Thu", Some("điều dưỡng trưởng")));
        assert_eq!(people("Ông Lã Văn Tâm, Giám đốc Sở Y tế khám cho trẻ.")[0].2, ["Giám đốc Sở Y tế"], "a verb after the unit ends the role");
    }

    #[test]
    fn a_former_role_and_the_heads_of_sub_departments() {
        let got = people("PGS.TS Lã Văn Tâm - nguyên Cục trưởng Cục Y tế dự phòng cho rằng; ông Hà Văn Lực, Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm tỉnh, cho biết.");
        assert_eq!(got[0].2, ["nguyên Cục trưởng Cục Y tế dự phòng"]);
        assert_eq!(got[1].2, ["Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm tỉnh"]);
        let got = people("Bà Lã Thị Mai, Trưởng khoa Kiểm soát bệnh tật - HIV/AIDS cho biết.");
        assert_eq!(got[0].2, ["Trưởng khoa Kiểm soát bệnh tật - HIV/AIDS"]);
    }

    #[test]
    fn a_name_opening_a_line_with_its_role_after_a_dash() {
        let got = people("Năm qua khoa đã làm tốt.\nY Bun Niê - Trưởng khoa Nhi, Trung tâm Y tế huyện cho biết. Hà Văn Lực – Giám đốc Trung tâm phát biểu.");
        assert_eq!(got[0], ("Y Bun Niê".to_string(), None, vec!["Trưởng khoa Nhi, Trung tâm Y tế huyện".to_string()]));
        assert_eq!(got[1].0, "Hà Văn Lực");
        assert_eq!(people("Đắk Lắk - Giám đốc Sở Y tế cho biết; Đoàn công tác - Giám đốc Sở chủ trì."), [], "a place or a phrase before the dash is no name");
    }

    #[test]
    fn a_secretary_after_a_name_and_thu_as_a_given_name() {
        let got = people("Tổ công tác gồm: Bà Vi Thị Hằng - Chuyên viên Phòng Nghiệp vụ Y - Thư ký; đồng chí Lò Thị Hạnh - Thư ký hội nghị trình bày. Bà Trần Anh Thư ký kết biên bản.");
        let got: Vec<(&str, Vec<&str>)> = got.iter().map(|p| (p.0.as_str(), p.2.iter().map(String::as_str).collect())).collect();
        assert_eq!(got[0], ("Vi Thị Hằng", vec!["Chuyên viên Phòng Nghiệp vụ Y", "Thư ký"]));
        assert_eq!(got[1], ("Lò Thị Hạnh", vec!["Thư ký hội nghị"]));
        assert_eq!(got[2].0, "Trần Anh Thư");
    }

    #[test]
    fn a_unit_alone_after_a_name_before_a_title_or_a_verb_of_saying() {
        let got = people("Đồng chí Lã Thị Hồng Mai, Sở Y tế - Thư ký hội nghị trình bày. TS. Hà Văn Quý, Trung tâm Y tế khu vực Phước Sơn, cho biết như vậy. Dự có ông Kiều Văn An, Sở Y tế và bà Mạc Thị Yên.");
        let got: Vec<(&str, Vec<&str>)> = got.iter().map(|p| (p.0.as_str(), p.2.iter().map(String::as_str).collect())).collect();
        assert_eq!(got[0], ("Lã Thị Hồng Mai", vec!["Sở Y tế", "Thư ký hội nghị"]));
        assert_eq!(got[1], ("Hà Văn Quý", vec!["Trung tâm Y tế khu vực Phước Sơn"]));
        assert_eq!(got[2], ("Kiều Văn An", vec![]), "in a list, a unit after a name is no role of it");
    }

    #[test]
    fn a_verb_of_co_chairing_ends_the_role() {
        let p = people("Đồng chí Lương Văn Khởi - Phó Giám đốc Sở Y tế và đồng chí Đinh Thị Mận - Phó Giám đốc Bảo hiểm xã hội tỉnh đồng chủ trì hội nghị.");
        assert_eq!(p[1].2, vec!["Phó Giám đốc Bảo hiểm xã hội tỉnh".to_string()]);
        let p = people("Ông Tạ Văn Lực - Chủ tịch Hội đồng chủ trì phiên họp.");
        assert_eq!(p[0].2, vec!["Chủ tịch Hội đồng".to_string()]);
    }

    #[test]
    fn a_unit_after_the_source_of_a_clause_is_where_they_work() {
        let p = people("Theo bác sĩ Châu Văn Tường, Khoa Tim mạch, người dân cần đi khám sớm.");
        assert_eq!(p[0].2, vec!["Khoa Tim mạch".to_string()]);
        let p = people("Theo ThS.BS Lò Thị Hiền, Khoa Nhi, Bệnh viện Đa khoa tỉnh, trẻ em cần được tiêm đủ mũi.");
        assert_eq!(p[0].2, vec!["Khoa Nhi, Bệnh viện Đa khoa tỉnh".to_string()]);
        // In a list of those present, a unit after a name is another attendee.
        let p = people("Tham dự có bác sĩ Châu Văn Tường, Khoa Tim mạch, Khoa Nhi.");
        assert!(p[0].2.is_empty());
    }

    #[test]
    fn an_acronym_in_brackets_does_not_end_the_roles() {
        let got = people("3. Ông Tăng Văn Lộc - Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh (CDC) - Thành viên;");
        assert_eq!(got[0].2, ["Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh", "Thành viên"]);
    }

    #[test]
    fn a_name_of_three_words_after_a_title_and_a_place_word() {
        let got = people("Kết luận, Phó Chủ tịch UBND tỉnh Đàm Thị Hoa yêu cầu; Chủ tịch UBND tỉnh Lâm Đồng cho biết.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Đàm Thị Hoa");
        assert_eq!(got[0].2, ["Phó Chủ tịch UBND tỉnh"]);
    }

    #[test]
    fn titles_in_capitals_take_the_case_of_the_roles() {
        assert_eq!(title_from_capitals("PHÓ CHỦ TỊCH").as_deref(), Some("Phó Chủ tịch"));
        assert_eq!(title_from_capitals("PHÓ CHÁNH VĂN PHÒNG").as_deref(), Some("Phó Chánh văn phòng"));
        assert_eq!(title_from_capitals("GIÁM ĐỐC").as_deref(), Some("Giám đốc"));
        assert_eq!(title_from_capitals("THƯ KÝ HỘI NGHỊ").as_deref(), Some("Thư ký hội nghị"));
        // A body after the post is spelt as its name; words that are no body stay small.
        assert_eq!(title_from_capitals("GIÁM ĐỐC SỞ Y TẾ").as_deref(), Some("Giám đốc Sở Y tế"));
        assert_eq!(title_from_capitals("PHÓ GIÁM ĐỐC TRUNG TÂM KIỂM SOÁT BỆNH TẬT").as_deref(), Some("Phó Giám đốc Trung tâm Kiểm soát bệnh tật"));
        assert_eq!(title_from_capitals("GIÁM ĐỐC SỞ Y TẾ KIÊM TRƯỞNG BAN").as_deref(), Some("Giám đốc sở y tế kiêm trưởng ban"));
        assert_eq!(title_from_capitals("NGƯỜI LẬP BIỂU"), None);
    }

    #[test]
    fn abbreviated_titles_are_spelled_out() {
        let cases = [
            ("bs", "bác sĩ"),
            ("bs.", "bác sĩ"),
            ("bscki", "bác sĩ CKI"),
            ("bsck ii", "bác sĩ CKII"),
            ("bsck1", "bác sĩ CK1"),
            ("bs.ckii", "bác sĩ CKII"),
            ("ts.bs", "tiến sĩ, bác sĩ"),
            ("pgs. ts.", "phó giáo sư, tiến sĩ"),
            ("đ/c", "đồng chí"),
            ("bác sĩ chuyên khoa cấp i", "bác sĩ chuyên khoa cấp I"),
            ("bác sỹ ckii", "bác sĩ CKII"),
            ("ông", "ông"),
            ("bà", "bà"),
        ];
        for (form, want) in cases {
            assert_eq!(normalise_honorific(form), want, "{form}");
        }
    }

    #[test]
    fn ascii_capitals_are_looked_up_title_cased() {
        for w in ["UBND", "Y", "BS", "LE", "LÊ", "NGUYỄN", "HO", "TRAN", "A1", "O'NEIL", "Lê", "X"] {
            assert_eq!(is_surname(w), VOCABULARY.surnames.contains(&title_case(w)), "{w}");
        }
    }

    /// Strings of spaces, ASCII and Vietnamese letters, digits, apostrophes and punctuation,
    /// from a fixed-seed generator.
    fn generated_strings() -> Vec<String> {
        let alphabet: Vec<char> = " ' .,-–aAzZ09ôƠđĐữỮẫ×÷\u{301}\u{AD}中😀\t".chars().collect();
        let mut rng = vanban_plugin_sdk::testing::Rng(0x9E37_79B9_7F4A_7C15);
        (0..5000).map(|_| {
            let len = rng.below(12);
            (0..len).map(|_| alphabet[rng.below(alphabet.len())]).collect()
        }).collect()
    }

    /// The char search `word_len` and `next_word` used before the byte loop.
    fn old_word_len(s: &str, a: usize) -> usize {
        s[a..].find(|c: char| !(is_alnum(c) || c == '\'')).unwrap_or(s.len() - a)
    }

    #[test]
    fn word_len_matches_a_char_search() {
        for s in generated_strings() {
            for a in s.char_indices().map(|(a, _)| a).chain([s.len()]) {
                assert_eq!(word_len(&s, a), old_word_len(&s, a), "{s:?} at {a}");
                let rest = &s[a..];
                let b = a + rest.len() - rest.trim_start_matches(' ').len();
                let old_next = Some((b, b + old_word_len(&s, b))).filter(|(x, y)| y > x);
                assert_eq!(next_word(&s, a), old_next, "{s:?} at {a}");
            }
        }
    }

    #[test]
    fn word_len_judges_every_char_as_is_alnum_does() {
        for c in ('\u{80}'..='\u{2FFF}').chain(['中', '😀', '\u{FF21}']) {
            for s in [format!("{c}"), format!("{c}a b"), format!("a{c}{c}")] {
                assert_eq!(word_len(&s, 0), old_word_len(&s, 0), "{s:?}");
            }
        }
    }

    #[test]
    fn pair_matchers_find_what_the_automata_found() {
        let v = &*VOCABULARY;
        assert_same_as_automaton(&v.honorific_forms, &v.honorifics);
        let forms = role_forms();
        assert_same_as_automaton(&forms.iter().map(String::as_str).collect::<Vec<_>>(), &v.role_starts);
    }

    #[test]
    fn honorific_tables_match_per_match_work() {
        let v = &*VOCABULARY;
        for (i, form) in v.honorific_forms.iter().enumerate() {
            let lower = form.to_lowercase();
            assert_eq!(v.honorific_plain[i], PLAIN_HONORIFICS.contains(&lower.as_str()), "{form}");
            assert_eq!(v.honorific_records[i], normalise_honorific(&lower), "{form}");
        }
    }

    #[test]
    fn honorific_name_and_roles_after() {
        let got = people("đồng chí Trịnh Thị Mai Anh - Tỉnh ủy viên, Bí thư Huyện ủy Kim Sơn, đến thăm");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "Trịnh Thị Mai Anh");
        assert_eq!(got[0].1.as_deref(), Some("đồng chí"));
        assert_eq!(got[0].2, vec!["Tỉnh ủy viên", "Bí thư Huyện ủy Kim Sơn"]);
    }

    #[test]
    fn a_doctors_grade_between_the_title_and_the_name() {
        let got = people("Theo bác sĩ CKII Lò Thị Yến, Phó Giám đốc Trung tâm Y tế huyện, ca bệnh tăng; bác sĩ chuyên khoa I Hà Văn Tú cho biết.");
        let names: Vec<(&str, Option<&str>)> = got.iter().map(|(n, h, _)| (n.as_str(), h.as_deref())).collect();
        assert_eq!(names, [("Lò Thị Yến", Some("bác sĩ CKII")), ("Hà Văn Tú", Some("bác sĩ chuyên khoa I"))]);
        assert_eq!(got[0].2, vec!["Phó Giám đốc Trung tâm Y tế huyện"]);
    }

    #[test]
    fn highland_names_without_a_family_name() {
        let got = people("Ông Y Khắc Niê, Giám đốc Sở Y tế và bà H'Luôn Byă, Trưởng trạm y tế xã, cùng dự.");
        let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["Y Khắc Niê", "H'Luôn Byă"]);
        assert!(people("GIÁM ĐỐC SỞ Y TẾ\n\nông Y Tế đến").is_empty());
        // After a role alone, "Y" ends the unit's name.
        assert_eq!(people("đồng chí Đỗ Hữu Phúc - Trưởng phòng Nghiệp vụ Y Sở Y tế; Trưởng phòng Nghiệp vụ Y Sở Y tế").len(), 1);
    }

    #[test]
    fn title_before_the_name() {
        let got = people("Trước đó, đồng chí Bí thư Huyện ủy Đào Minh Khoa cùng đoàn.");
        assert_eq!(got[0].0, "Đào Minh Khoa");
        assert_eq!(got[0].2, vec!["Bí thư Huyện ủy"]);
    }

    #[test]
    fn name_stops_before_a_role_word() {
        let got = people("ông Lưu Văn Tâm Giám đốc bệnh viện");
        assert_eq!(got[0].0, "Lưu Văn Tâm");
    }

    #[test]
    fn surname_starting_like_an_honorific() {
        // "Bà" is an honorific and the start of the surname "Bành".
        assert_eq!(people("đồng chí Bành Quốc Duy - Thị ủy viên")[0].0, "Bành Quốc Duy");
    }

    #[test]
    fn capitals_are_title_cased() {
        assert_eq!(people("ÔNG PHẠM QUANG HUY phát biểu")[0].0, "Phạm Quang Huy");
    }

    #[test]
    fn initials_and_codes_are_not_people() {
        assert!(people("bệnh nhân N.V.H. (BN2910) và ông ấy").is_empty());
    }

    #[test]
    fn department_names_stay_in_the_role() {
        let got = people("ThS.BS Đào Văn Khiêm, Phó Trưởng khoa Gây mê hồi sức, cho biết; Điều dưỡng Lưu Thị Mận – Trưởng phòng Điều dưỡng.");
        assert_eq!(got[0].2, vec!["Phó Trưởng khoa Gây mê hồi sức"]);
        assert_eq!(got[1].2, vec!["Trưởng phòng Điều dưỡng"]);
        let got = people("PGS.TS Kha Thị Nụ, Phó Giám đốc Bệnh viện Nhi Trung ương, cho biết");
        assert_eq!(got[0].2, vec!["Phó Giám đốc Bệnh viện Nhi Trung ương"]);
    }

    #[test]
    fn chained_titles_deputy_heads_and_minority_surnames() {
        let got = people("ThS.BS.CKII Hà Minh Tuấn, Trưởng khoa Ngoại Tổng hợp cho biết; BS.CKI Lâm Thị Thu, Phó khoa Sản nói; đồng chí Chìu Văn Páo - Phó Chủ tịch UBND xã dự họp.");
        let view: Vec<(&str, Vec<&str>)> = got.iter().map(|p| (p.0.as_str(), p.2.iter().map(String::as_str).collect())).collect();
        assert_eq!(
            view,
            [
                ("Hà Minh Tuấn", vec!["Trưởng khoa Ngoại Tổng hợp"]),
                ("Lâm Thị Thu", vec!["Phó khoa Sản"]),
                ("Chìu Văn Páo", vec!["Phó Chủ tịch UBND xã"])
            ]
        );
        assert_eq!(got[0].1.as_deref(), Some("thạc sĩ, bác sĩ CKII"));
    }

    #[test]
    fn dashed_unit_names_stay_whole() {
        let got = people("bà Lò Thị Hiên - Trưởng phòng Kế hoạch - Tài chính, Sở Y tế; ông Vi Văn Sáu, Trưởng Ban chỉ đạo chăm sóc sức khỏe nhân dân xã, phát biểu");
        assert_eq!(got[0].2, vec!["Trưởng phòng Kế hoạch - Tài chính, Sở Y tế"]);
        assert_eq!(got[1].2, vec!["Trưởng Ban chỉ đạo chăm sóc sức khỏe nhân dân xã"]);
        let got = people("đồng chí Đàm Văn Khôi, Trưởng Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh");
        assert_eq!(got[0].2, vec!["Trưởng Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh"]);
        let got = people("Bác sĩ Lường Thị Thu, Trưởng khoa Phòng, chống bệnh truyền nhiễm, cho biết");
        assert_eq!(got[0].2, vec!["Trưởng khoa Phòng, chống bệnh truyền nhiễm"]);
        // A dash before another person's title still ends the role.
        let got = people("đồng chí Lục Văn Hòa - Bí thư Huyện ủy - Chủ tịch HĐND huyện");
        assert_eq!(got[0].2, vec!["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]);
    }

    #[test]
    fn a_bachelor_and_professions_with_their_field_are_roles() {
        let got = people("1. CN. Lò Thị Hoa, Kỹ thuật viên xét nghiệm, Trung tâm Y tế huyện - Thành viên; 2. BS. Sùng A Dế, Bác sĩ khoa Nhi, Bệnh viện Đa khoa huyện - Thành viên.");
        assert_eq!(got[0], ("Lò Thị Hoa".to_string(), Some("cử nhân".to_string()), vec!["Kỹ thuật viên xét nghiệm, Trung tâm Y tế huyện".to_string(), "Thành viên".to_string()]));
        assert_eq!(got[1].2, ["Bác sĩ khoa Nhi, Bệnh viện Đa khoa huyện", "Thành viên"]);
        assert_eq!(people("Bà Lò Thị Hoa, Kỹ thuật viên xét nghiệm cho biết.")[0].2, ["Kỹ thuật viên xét nghiệm"]);
        // A profession before a name is that person's title; alone it says no work.
        let got = people("Có ông Hà Văn Lực, bác sĩ Vi Thị Nga và bà Lã Thị Mai, bác sĩ, cùng dự.");
        assert_eq!(got.iter().map(|p| p.2.len()).collect::<Vec<_>>(), [0, 0, 0], "{got:?}");
    }

    #[test]
    fn a_deputy_of_a_team_and_departments_with_a_dash_or_a_comma() {
        let got = people("ThS. Lý Văn Tâm, Trưởng khoa Dinh dưỡng - Đội phó; ThS. Hồ Thị Lan, Trưởng Khoa Truyền thông - GDSK và BSCKI Vi Văn Tú, Phó Trưởng Khoa Phòng, chống sốt rét.");
        let roles: Vec<Vec<String>> = got.into_iter().map(|p| p.2).collect();
        assert_eq!(roles, [vec!["Trưởng khoa Dinh dưỡng", "Đội phó"], vec!["Trưởng Khoa Truyền thông - GDSK"], vec!["Phó Trưởng Khoa Phòng, chống sốt rét"]]);
    }

    #[test]
    fn a_unit_after_a_title_in_small_letters_runs_whole() {
        let got = people("Bà Vi Thị Nga, Trưởng phòng Tài chính – Kế toán cho biết; ông Lã Văn Tâm, Trưởng khoa Truyền thông - GDSK dự.");
        assert_eq!(got[0].2, ["Trưởng phòng Tài chính – Kế toán"]);
        assert_eq!(got[1].2, ["Trưởng khoa Truyền thông - GDSK"]);
    }

    #[test]
    fn a_highland_given_name_that_is_a_units_word() {
        let got = people("Ông Y Trường Êban, Phó Giám đốc Sở Y tế cho biết.");
        assert_eq!(got[0], ("Y Trường Êban".to_string(), Some("ông".to_string()), vec!["Phó Giám đốc Sở Y tế".to_string()]));
        assert!(people("ông Y Sở Y tế đến").is_empty(), "no family name closes it: a unit");
    }

    #[test]
    fn highland_names_with_the_apostrophe_apart_and_short_names() {
        let got = people("Dự có đồng chí H' Mai Ktla – Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; đồng chí A Thút – Phó Giám đốc Sở Y tế.");
        assert_eq!(got[0], ("H' Mai Ktla".to_string(), Some("đồng chí".to_string()), vec!["Tỉnh ủy viên".to_string(), "Phó Chủ tịch UBND tỉnh".to_string()]));
        assert_eq!(got[1], ("A Thút".to_string(), Some("đồng chí".to_string()), vec!["Phó Giám đốc Sở Y tế".to_string()]));
        assert!(people("Có ông A, bà B và đồng chí A đến; bà H' đi.").is_empty(), "a letter alone names no one");
    }

    #[test]
    fn highland_names_glued_by_the_typographic_apostrophe() {
        let names: Vec<String> = people("Dự có bà H’Lan Niê - Giám đốc Trung tâm Y tế huyện và ông Y’Bhin Êban, Trưởng trạm.").into_iter().map(|p| p.0).collect();
        assert_eq!(names, ["H’Lan Niê", "Y’Bhin Êban"]);
        assert!(people("Bà nói: “Tôi là Lan’ rồi đi.").is_empty());
    }

    #[test]
    fn khmer_womens_hoa_and_co_ho_names() {
        let names: Vec<String> = people("Dự có bà Néang Sa Phia, ông Lư Văn Phát và ông K'Brôi, Trưởng thôn, cùng bà H'Nga Buôn Ya.").into_iter().map(|p| p.0).collect();
        assert_eq!(names, ["Néang Sa Phia", "Lư Văn Phát", "K'Brôi", "H'Nga Buôn Ya"]);
        assert!(people("Có ông K, bà K' đến.").is_empty(), "a letter alone names no one");
    }

    #[test]
    fn family_names_of_the_thai_and_the_khmer() {
        let names: Vec<String> = people("Dự có bà Ngân Thị Lanh, ông Danh Văn Rô. Bà Sơn Thị Mỹ Xuân phát biểu.").into_iter().map(|p| p.0).collect();
        assert_eq!(names, ["Ngân Thị Lanh", "Danh Văn Rô", "Sơn Thị Mỹ Xuân"]);
        assert!(people("Phó Chủ tịch UBND tỉnh Sơn La cho biết; Giám đốc Ngân hàng Chính sách xã hội dự.").is_empty());
    }

    #[test]
    fn a_bachelor_without_a_dot_and_a_branch_that_is_no_one() {
        let got = people("- CN Lò Thị Xoan, Kỹ thuật viên xét nghiệm;");
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("Lò Thị Xoan", Some("cử nhân")));
        assert!(people("Công ty có CN Hà Nội và CN Đà Nẵng.").is_empty(), "a firm's branches");
    }

    #[test]
    fn anh_and_chi_open_a_sentence() {
        let got = people("Trạm đã khám 20 ca. Anh Lò Văn Khởi, điều dưỡng Trạm Y tế xã, cho biết.\nChị Hà Thị Mến chia sẻ.");
        assert_eq!(got[0], ("Lò Văn Khởi".to_string(), Some("anh".to_string()), vec!["điều dưỡng Trạm Y tế xã".to_string()]));
        assert_eq!((got[1].0.as_str(), got[1].1.as_deref()), ("Hà Thị Mến", Some("chị")));
        // Inside a sentence "Anh" is a country or a given name.
        let got = people("Đoàn chuyên gia Vương quốc Anh Lò Văn Tú dẫn đầu; ông Trịnh Thị Mai Anh Lê cho biết.");
        assert!(got.iter().all(|p| p.1.as_deref() != Some("anh")), "{got:?}");
        // "Cô" as a teacher is called, opening a sentence, and not inside one.
        let got = people("Trường có 3 ca. Cô Mông Thị Hiền, giáo viên chủ nhiệm, cho biết. Về thăm huyện Cô Tô Hà Văn Lực.");
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("Mông Thị Hiền", Some("cô")));
        assert!(got.iter().all(|p| p.0 != "Tô Hà Văn Lực"), "{got:?}");
    }

    #[test]
    fn roles_through_a_units_small_words_a_second_role_after_kiem_and_a_verb_after_a_role() {
        let got = people("bà Lò Thị Mai, Chủ tịch Công đoàn ngành Y tế; bà Hà Thị Nga, Phó Giám đốc Sở Y tế, Trưởng ban Thi đua - Khen thưởng ngành.");
        assert_eq!(got[0].2, ["Chủ tịch Công đoàn ngành Y tế"]);
        assert_eq!(got[1].2, ["Phó Giám đốc Sở Y tế", "Trưởng ban Thi đua - Khen thưởng ngành"]);
        let got = people("Bà Vi Thị Lan, Trạm trưởng Trạm Y tế xã kiêm Phó Chủ tịch Hội Chữ thập đỏ xã, đề nghị.");
        assert_eq!(got[0].2, ["Trạm trưởng Trạm Y tế xã", "Phó Chủ tịch Hội Chữ thập đỏ xã"]);
        assert_eq!(people("Bà Vi Thị Lan, Phó Giám đốc Sở Y tế kiểm tra sổ tiêm chủng.")[0].2, ["Phó Giám đốc Sở Y tế"]);
        assert_eq!(people("Ông Hà Văn Lực, Chủ nhiệm Ủy ban kiểm tra Huyện ủy, dự.")[0].2, ["Chủ nhiệm Ủy ban kiểm tra Huyện ủy"]);
        assert_eq!(people("Ông Hà Văn Lực, Giám đốc Sở Y tế ban hành Kế hoạch số 12.")[0].2, ["Giám đốc Sở Y tế"]);
    }

    #[test]
    fn a_role_before_a_colon_is_each_listed_names() {
        let got = people("Dự có đồng chí Hà Văn Lực, Giám đốc Sở Y tế; các đồng chí Phó Giám đốc Sở: Lò Thị Mai, Vi Văn Tú và Đàm Thị Nga.");
        let view: Vec<(&str, Vec<&str>)> = got.iter().map(|p| (p.0.as_str(), p.2.iter().map(String::as_str).collect())).collect();
        assert_eq!(
            view,
            [
                ("Hà Văn Lực", vec!["Giám đốc Sở Y tế"]),
                ("Lò Thị Mai", vec!["Phó Giám đốc Sở"]),
                ("Vi Văn Tú", vec!["Phó Giám đốc Sở"]),
                ("Đàm Thị Nga", vec!["Phó Giám đốc Sở"])
            ]
        );
    }

    #[test]
    fn members_of_a_team_with_their_post_and_their_place_in_it() {
        let s = "1. Bà Lò Thị Mai, công chức Văn hóa - Xã hội xã - Tổ viên; 2. Ông Vi Văn Tú, Phó Trưởng Công an xã - Tổ viên; 3. Bà Hà Thị Nga, Trưởng Trạm Y tế xã - Tổ phó thường trực.";
        let roles: Vec<Vec<String>> = people(s).into_iter().map(|p| p.2).collect();
        assert_eq!(roles, [vec!["công chức Văn hóa - Xã hội xã", "Tổ viên"], vec!["Phó Trưởng Công an xã", "Tổ viên"], vec!["Trưởng Trạm Y tế xã", "Tổ phó thường trực"]]);
    }

    #[test]
    fn roles_in_small_letters_after_a_name_and_its_comma() {
        let s = "Ông Trần Văn Khải, trưởng khoa Nội, Bệnh viện đa khoa huyện, cho biết. Bà Phạm Thị Hoa, y sĩ trạm y tế xã Tân Mỹ, báo cáo. \
                 Ông Đinh Văn Long, trưởng trạm y tế xã Phú Điền, phát biểu. Bà Vi Thị Mai, phó giám đốc Sở Y tế, chủ trì.";
        let roles: Vec<Vec<String>> = people(s).into_iter().map(|p| p.2).collect();
        assert_eq!(
            roles,
            [
                vec!["trưởng khoa Nội, Bệnh viện đa khoa huyện"],
                vec!["y sĩ trạm y tế xã Tân Mỹ"],
                vec!["trưởng trạm y tế xã Phú Điền"],
                vec!["phó giám đốc Sở Y tế"]
            ]
        );
        // A small-letter word that is no title leaves the name without a role.
        assert_eq!(people("Ông Trần Văn Khải, trưởng thành từ cơ sở, cho biết.")[0].2, Vec::<String>::new());
    }

    #[test]
    fn titles_in_sentence_case_after_a_name() {
        let s = "Ông Lục Văn Khoa, Phó giám đốc Sở Y tế, cho biết. Bà Tòng Thị Nhàn, Phó chủ tịch UBND huyện, chủ trì. Ông Mạc Đình Vũ, Tổng giám đốc Công ty Dược phẩm Sông Mây, dự.";
        let roles: Vec<Vec<String>> = people(s).into_iter().map(|p| p.2).collect();
        assert_eq!(roles, [vec!["Phó giám đốc Sở Y tế"], vec!["Phó chủ tịch UBND huyện"], vec!["Tổng giám đốc Công ty Dược phẩm Sông Mây"]]);
        assert!(role_forms().iter().any(|f| f == "Phó Giám đốc"), "the listed form stays");
    }

    #[test]
    fn place_after_a_title_is_not_a_person() {
        assert!(people("Phó Chủ tịch UBND tỉnh Lâm Đồng cho biết").is_empty());
    }

    #[test]
    fn a_name_the_gazetteer_knows_after_a_title_alone_is_a_person() {
        let got = people("Làm theo lời Chủ tịch Hồ Chí Minh; Chủ tịch nước Tôn Đức Thắng từng về thăm. Bác Hồ Chí Minh dạy.");
        let view: Vec<(&str, Option<&str>, Vec<&str>)> = got.iter().map(|p| (p.0.as_str(), p.1.as_deref(), p.2.iter().map(String::as_str).collect())).collect();
        assert_eq!(
            view,
            [
                ("Hồ Chí Minh", None, vec!["Chủ tịch"]),
                ("Tôn Đức Thắng", None, vec!["Chủ tịch nước"]),
                ("Hồ Chí Minh", Some("bác"), vec![])
            ]
        );
        // After a unit, the name is the city's; a delegate's is the place's.
        assert!(people("Chủ tịch UBND Thành phố Hồ Chí Minh cho biết; Đại diện Hồ Chí Minh dự.").is_empty());
        let got = people("Chủ tịch UBND Thành phố Hồ Chí Minh Lò Văn Khởi dự.");
        assert_eq!(got[0].0, "Lò Văn Khởi");
    }

    #[test]
    fn a_surname_after_a_units_first_syllable_goes_on_with_the_place() {
        let s = "Theo chị Quan Thị Lựu, Trưởng trạm Y tế xã Phong Lộc Đông, trạm đã tổ chức 9 buổi.";
        assert_eq!(people(s), [("Quan Thị Lựu".to_string(), Some("chị".to_string()), vec!["Trưởng trạm Y tế xã Phong Lộc Đông".to_string()])]);
        // Two syllables of a place, then a name: the name still ends the run.
        let s = "Dự có Chủ tịch UBND xã Phong Lộc Đàm Văn Sáu.";
        let got: Vec<(String, Vec<String>)> = find(s).into_iter().map(|m| (m.name, m.roles)).collect();
        assert_eq!(got, [("Đàm Văn Sáu".to_string(), vec!["Chủ tịch UBND xã Phong Lộc".to_string()])]);
    }

    #[test]
    fn a_title_before_va_is_the_person_listed_before_and_truc_tiep_ends_a_role() {
        let s = "Các ông Đàm Văn Khuê, Phó Giám đốc Trung tâm và Kha Đức Lâm, Trưởng khoa Dinh dưỡng trực tiếp kiểm tra bếp ăn.";
        let got: Vec<(String, Vec<String>)> = find(s).into_iter().map(|m| (m.name, m.roles)).collect();
        assert_eq!(
            got,
            [
                ("Đàm Văn Khuê".to_string(), vec!["Phó Giám đốc Trung tâm".to_string()]),
                ("Kha Đức Lâm".to_string(), vec!["Trưởng khoa Dinh dưỡng".to_string()]),
            ]
        );
        // "Thường trực" keeps its word.
        let got = people("ông Lò Văn Sinh, Phó Bí thư Thường trực Huyện ủy, phát biểu.");
        assert_eq!(got[0].2, ["Phó Bí thư Thường trực Huyện ủy"]);
    }

    #[test]
    fn a_numbered_ward_in_a_role_and_a_title_before_the_next_name() {
        let s = "Dự có Phó Chủ tịch UBND quận Khổng Văn Cừ, Trưởng trạm Y tế phường 3 Lê Thị Gấm và ông Khúc Văn Tư, Tổ trưởng tổ 5.";
        let got: Vec<(String, Vec<String>)> = find(s).into_iter().map(|m| (m.name, m.roles)).collect();
        assert_eq!(
            got,
            [
                ("Khổng Văn Cừ".to_string(), vec!["Phó Chủ tịch UBND quận".to_string()]),
                ("Lê Thị Gấm".to_string(), vec!["Trưởng trạm Y tế phường 3".to_string()]),
                ("Khúc Văn Tư".to_string(), vec!["Tổ trưởng tổ 5".to_string()]),
            ]
        );
    }

    #[test]
    fn an_officers_rank_opens_a_name() {
        let got = people("Thượng tá Lò Minh Khang, Trưởng Công an huyện cho biết; trung úy Vàng A Dế trực tại chốt.");
        assert_eq!(
            got,
            [
                ("Lò Minh Khang".to_string(), Some("thượng tá".to_string()), vec!["Trưởng Công an huyện".to_string()]),
                ("Vàng A Dế".to_string(), Some("trung úy".to_string()), vec![]),
            ]
        );
    }

    #[test]
    fn names_listed_after_plain_honorifics_made_plural() {
        let got = people("Dự buổi làm việc có các ông, bà: Tạ Văn Phúc, Đặng Thị Hồng Nhung và Lã Minh Tâm.");
        let names: Vec<(&str, Option<&str>)> = got.iter().map(|p| (p.0.as_str(), p.1.as_deref())).collect();
        assert_eq!(names, [("Tạ Văn Phúc", None), ("Đặng Thị Hồng Nhung", None), ("Lã Minh Tâm", None)]);
        let got = people("Khen thưởng các bà: Lò Thị Mai, Trưởng trạm Y tế xã; Hà Thị Sen.");
        assert_eq!(got[0], ("Lò Thị Mai".to_string(), Some("bà".to_string()), vec!["Trưởng trạm Y tế xã".to_string()]));
        assert_eq!(got[1].0, "Hà Thị Sen");
        assert!(people("Cảm ơn các ông bà: sức khỏe là vàng.").is_empty());
    }

    #[test]
    fn a_title_before_a_plain_honorific_without_a_comma() {
        let got = people("Giám đốc CDC tỉnh ông Phan Quốc Thịnh cho biết.");
        assert_eq!(got, [("Phan Quốc Thịnh".to_string(), Some("ông".to_string()), vec!["Giám đốc CDC tỉnh".to_string()])]);
        let got = people("Giám đốc Sở Y tế làm việc với ông Phan Quốc Thịnh.");
        assert_eq!(got[0].2, Vec::<String>::new(), "a title far from the honorific is another's");
    }

    #[test]
    fn three_abbreviated_titles_glued_by_full_stops() {
        let got = people("PGS.TS.BS Lương Văn Hiển, Giám đốc Bệnh viện dự.");
        assert_eq!(got[0].0, "Lương Văn Hiển");
        assert_eq!(got[0].1.as_deref(), Some("phó giáo sư, tiến sĩ, bác sĩ"));
    }

    #[test]
    fn a_technician_in_small_letters_before_a_name() {
        let got = people("Điều dưỡng Lã Thị Bích cùng kỹ thuật viên Tạ Văn Tâm được khen.");
        assert_eq!(got[1], ("Tạ Văn Tâm".to_string(), Some("kỹ thuật viên".to_string()), vec![]));
        let got = people("Có kỹ thuật viên Trạm Y tế xã Tân Khê Lục Văn Tâm trực.");
        assert_eq!(got, [("Lục Văn Tâm".to_string(), None, vec!["kỹ thuật viên Trạm Y tế xã Tân Khê".to_string()])], "with its unit, the job is a role");
    }

    #[test]
    fn the_name_closing_a_signing_block() {
        assert_eq!(signer_name("Quách Thị Nhàn"), Some(("Quách Thị Nhàn".to_string(), None)));
        assert_eq!(signer_name("LƯƠNG VĂN KHÔI"), Some(("Lương Văn Khôi".to_string(), None)));
        assert_eq!(signer_name("BS.CKII Mạc Thị Hòa"), Some(("Mạc Thị Hòa".to_string(), Some("bác sĩ CKII".to_string()))));
        assert_eq!(signer_name("Phòng Nghiệp vụ Y"), None);
        assert_eq!(signer_name("Nơi nhận:"), None);
    }

    #[test]
    fn family_names_of_the_thai_the_hmong_and_the_north_central_kinh() {
        let got = people("Đồng chí Vì Văn Toản, Phó Bí thư Đảng uỷ xã; bà Lèo Thị Phương; ông Sình A Dơ; bác sĩ Đậu Thị Nhàn; ông Tiết Văn Cảnh; bà Biện Thị Lụa; ông Bạc Cầm Khiêm; anh Chá A Lử dự.");
        let names: Vec<&str> = got.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(names, ["Vì Văn Toản", "Lèo Thị Phương", "Sình A Dơ", "Đậu Thị Nhàn", "Tiết Văn Cảnh", "Biện Thị Lụa", "Bạc Cầm Khiêm", "Chá A Lử"]);
        assert_eq!(got[0].2, ["Phó Bí thư Đảng uỷ xã"]);
        // "Vì" as "because" opens no name before a unit, a place or a small word.
        assert!(people("Vì Sở Y tế chưa nhận được báo cáo nên các đơn vị gửi lại.").is_empty());
        assert!(people("Vì thế, Đoàn liên ngành tỉnh sẽ tiếp tục kiểm tra.").is_empty());
    }

    #[test]
    fn titles_spelt_with_sy_in_mixed_case_and_a_pharmacists_grade() {
        let got = people("Y sỹ Lường Văn Nhất, Trưởng Trạm Y tế xã; Ths.Bs Mạc Thị Oanh, Phó trưởng phòng Nghiệp vụ Y; DSCKI Kiều Thị Sen, Trưởng khoa Dược; DS.CKII Lý Văn Tài; ĐD Hà Thị Mây; Dược sỹ Cao Văn Lực cho biết.");
        let got: Vec<(&str, Option<&str>)> = got.iter().map(|p| (p.0.as_str(), p.1.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("Lường Văn Nhất", Some("y sỹ")),
                ("Mạc Thị Oanh", Some("thạc sĩ, bác sĩ")),
                ("Kiều Thị Sen", Some("dược sĩ CKI")),
                ("Lý Văn Tài", Some("dược sĩ CKII")),
                ("Hà Thị Mây", Some("điều dưỡng")),
                ("Cao Văn Lực", Some("dược sỹ")),
            ]
        );
    }

    #[test]
    fn acting_heads_and_heads_in_charge() {
        let got = names_and_roles("Dự có đồng chí Phan Thị Mỹ Duyên, Quyền Giám đốc Sở Y tế; BS. Hầu Minh Khang, Q. Giám đốc Bệnh viện Đa khoa tỉnh; Y sỹ Hà Thị Nga - Phụ trách Trạm Y tế xã Tân Lộc.");
        assert_eq!(
            got,
            [
                one("Phan Thị Mỹ Duyên", "Quyền Giám đốc Sở Y tế"),
                one("Hầu Minh Khang", "Q. Giám đốc Bệnh viện Đa khoa tỉnh"),
                one("Hà Thị Nga", "Phụ trách Trạm Y tế xã Tân Lộc"),
            ]
        );
        // In small letters "phụ trách" is a duty, not a title.
        assert_eq!(names_and_roles("Ông Lê Văn Tú, phụ trách công tác tiêm chủng, cho biết."), [("Lê Văn Tú".to_string(), Vec::<String>::new())]);
    }

    #[test]
    fn a_name_opening_a_sentence_before_a_profession_and_its_unit() {
        let got = names_and_roles("Nguyễn Văn Khải, Y sỹ Trạm Y tế xã Tân Lộc, báo cáo tham luận. Lò Văn Pắn, y sĩ Trạm Y tế xã Bình Tiến, cho biết.");
        assert_eq!(got, [one("Nguyễn Văn Khải", "Y sỹ Trạm Y tế xã Tân Lộc"), one("Lò Văn Pắn", "y sĩ Trạm Y tế xã Bình Tiến")]);
        // A profession alone after a comma says no unit: no one is named so.
        assert!(names_and_roles("Tân Lộc, Bác sĩ cho biết.").is_empty());
    }

    #[test]
    fn a_technicians_abbreviation_is_a_title() {
        let got = people("Ảnh: KTV Vừ Thị Súa đo huyết áp cho người dân.");
        assert_eq!(got, [("Vừ Thị Súa".to_string(), Some("kỹ thuật viên".to_string()), Vec::new())]);
        let got = people("Có YS. Kim Thị Sa Ly tham gia khám.");
        assert_eq!(got, [("Kim Thị Sa Ly".to_string(), Some("y sĩ".to_string()), Vec::new())]);
    }

    #[test]
    fn family_names_that_open_places_too() {
        let got = people("Dự có ông Cà Văn Nam, Phó Chủ tịch UBND tỉnh, và bà Sa Thị Lan, Trưởng trạm Y tế xã.");
        let names: Vec<&str> = got.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(names, ["Cà Văn Nam", "Sa Thị Lan"]);
        assert_eq!(got[0].1.as_deref(), Some("ông"));
        // The places they open stay places.
        let got = names_and_roles("Phó Chủ tịch UBND tỉnh Cà Mau Lê Văn Sử và Chủ tịch UBND phường Sa Pa dự.");
        assert_eq!(got, [one("Lê Văn Sử", "Phó Chủ tịch UBND tỉnh Cà Mau")]);
    }

    #[test]
    fn a_units_field_joined_by_a_dash_between_a_title_and_a_name() {
        let got = names_and_roles("Điều dưỡng trưởng Khoa Hồi sức - Chống độc Đoàn Thị Quyên cho biết. Phó trưởng Khoa Nội – Tiết niệu Lưu Văn Khải khuyến cáo.");
        assert_eq!(got, [one("Đoàn Thị Quyên", "Điều dưỡng trưởng Khoa Hồi sức - Chống độc"), one("Lưu Văn Khải", "Phó trưởng Khoa Nội – Tiết niệu")]);
        // A role or a name after the dash is no part of the unit: the title names no one here.
        assert!(names_and_roles("Giám đốc Sở Y tế - Trưởng đoàn kiểm tra làm việc.").is_empty());
        assert!(names_and_roles("Trưởng khoa Nội - Tăng cường phòng bệnh.").is_empty());
    }

    #[test]
    fn a_role_naming_the_person_in_brackets() {
        let got = names_and_roles("Thành phần gồm: Giám đốc Sở Y tế (bà Lộc Thị Hoài An); Phó Giám đốc Sở Y tế (ông Đàm Quang Huy).");
        assert_eq!(got, [one("Lộc Thị Hoài An", "Giám đốc Sở Y tế"), one("Đàm Quang Huy", "Phó Giám đốc Sở Y tế")]);
    }

    #[test]
    fn listed_items_addressing_their_names_again() {
        let got = names_and_roles("Tham dự có các đồng chí: Ông Khổng Văn Tâm - Trưởng Trạm Y tế xã; Bà Kiều Thị Kim Chi - Công chức Văn hóa - Xã hội xã.");
        assert_eq!(got, [one("Khổng Văn Tâm", "Trưởng Trạm Y tế xã"), one("Kiều Thị Kim Chi", "Công chức Văn hóa - Xã hội xã")]);
        // "Ông" as the family name stays the name's.
        let got = names_and_roles("Tham dự có các đồng chí: Ông Văn Tài, Trưởng Trạm Y tế xã.");
        assert_eq!(got, [one("Ông Văn Tài", "Trưởng Trạm Y tế xã")]);
    }

    fn names_with_honorifics(s: &str) -> Vec<(String, Option<String>)> {
        find(s).into_iter().map(|m| (m.name, m.honorific)).collect()
    }

    #[test]
    fn less_common_kinh_family_names_open_names() {
        let got = names_and_roles("Tham gia đoàn có BSCKII Khiếu Thị Ngọc Lan, Trưởng phòng Nghiệp vụ Y; ThS.DS Giản Minh Tuấn, Trưởng phòng Nghiệp vụ Dược.");
        assert_eq!(got, [one("Khiếu Thị Ngọc Lan", "Trưởng phòng Nghiệp vụ Y"), one("Giản Minh Tuấn", "Trưởng phòng Nghiệp vụ Dược")]);
        let got = names_with_honorifics("Đoàn do TS.BS Liêu Văn Khải, Phó Giám đốc Sở Y tế làm trưởng đoàn; PGS.TS Tưởng Văn Quang phát biểu.");
        assert_eq!(got, [("Liêu Văn Khải".to_string(), Some("tiến sĩ, bác sĩ".to_string())), ("Tưởng Văn Quang".to_string(), Some("phó giáo sư, tiến sĩ".to_string()))]);
        // In capitals too.
        assert_eq!(names_with_honorifics("BS. LIÊU VĂN KHẢI")[0].0, "Liêu Văn Khải");
    }

    #[test]
    fn family_names_opening_places_open_no_place_and_words_open_no_name() {
        // "Ứng Hòa", "Uông Bí" are places the gazetteer knows; "Sử dụng", "Khiếu nại" words.
        assert!(find("Chủ tịch UBND huyện Ứng Hòa phát biểu.").iter().all(|m| !m.name.starts_with("Ứng")));
        assert!(find("ông Uông Bí").is_empty());
        assert!(find("Ông Lê Văn A cho biết: Sử dụng thuốc đúng cách. Khiếu nại được giải quyết.").iter().all(|m| m.name == "Lê Văn A"));
    }

    #[test]
    fn a_listed_item_addresses_a_name_opening_with_a_family_name_of_places() {
        let got = find("Thành phần tham dự gồm các ông, bà: Ông Ứng Văn Bình - Giám đốc Trung tâm Y tế; Bà Uông Thị Mai - Phó Giám đốc Trung tâm Y tế.");
        let got: Vec<(&str, Option<&str>, &[String])> = got.iter().map(|m| (m.name.as_str(), m.honorific.as_deref(), m.roles.as_slice())).collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!((got[0].0, got[0].1), ("Ứng Văn Bình", Some("ông")));
        assert_eq!((got[1].0, got[1].1), ("Uông Thị Mai", Some("bà")));
        assert_eq!(got[1].2, ["Phó Giám đốc Trung tâm Y tế"]);
    }

    #[test]
    fn a_name_of_five_syllables_with_room_for_three_given_names() {
        let got = names_and_roles("Bà Tôn Nữ Thị Hoài Thương, Trưởng Trạm Y tế phường 3, cho biết.");
        assert_eq!(got, [one("Tôn Nữ Thị Hoài Thương", "Trưởng Trạm Y tế phường 3")]);
        let got = names_and_roles("Đến dự có bà Nguyễn Thị Ngọc Bích Trâm, Phó Chủ tịch UBND xã.");
        assert_eq!(got, [one("Nguyễn Thị Ngọc Bích Trâm", "Phó Chủ tịch UBND xã")]);
        // The fifth word closing the name before a role with no comma.
        assert_eq!(find("bà Nguyễn Thị Ngọc Bích Trâm Phó Chủ tịch UBND xã")[0].name, "Nguyễn Thị Ngọc Bích Trâm");
    }

    #[test]
    fn four_syllables_stay_four_without_room_or_before_more_capitals() {
        // No middle name "Thị"/"Văn" and no family name of two words: four at most.
        assert_eq!(find("ông Trần Quốc Minh Hoàng Long, Giám đốc")[0].name, "Trần Quốc Minh Hoàng");
        // A run of capitals going on past the fifth word is no name of five.
        assert_eq!(find("bà Lê Thị Ngọc Bích Hà Nội Mới")[0].name, "Lê Thị Ngọc Bích");
        assert_eq!(find("ông Lê Văn Minh Tâm, Phó Giám đốc")[0].name, "Lê Văn Minh Tâm");
    }

    #[test]
    fn names_listed_with_their_roles_in_brackets() {
        let got = names_and_roles("Các đồng chí Đặng Văn Kiên (Phó Giám đốc), Hồ Thị Hạnh (Trưởng phòng Kế hoạch - Nghiệp vụ) cùng dự.");
        assert_eq!(got, [one("Đặng Văn Kiên", "Phó Giám đốc"), one("Hồ Thị Hạnh", "Trưởng phòng Kế hoạch - Nghiệp vụ")]);
        // A bracket after a place or a body opens no person.
        assert!(find("Đoàn làm việc tại xã Tân Phú (Giám đốc Sở chủ trì), Bệnh viện Chợ Mới (Trưởng khoa Nội tiếp).").is_empty());
        // No person before in the sentence, no introducer: a name before a bracket is not read.
        assert!(find("Xã sửa đường Lê Văn Sỹ (Trưởng ban quản lý chợ giám sát).").is_empty());
    }

    #[test]
    fn kinh_family_names_that_open_places_too() {
        assert_eq!(names_and_roles("Đồng chí Tiền Văn Hải, Phó Chủ tịch UBND tỉnh chủ trì."), [one("Tiền Văn Hải", "Phó Chủ tịch UBND tỉnh")]);
        assert_eq!(names_and_roles("Bà Cát Thị Hồng, Bí thư Đảng ủy phát biểu."), [one("Cát Thị Hồng", "Bí thư Đảng ủy")]);
        assert_eq!(find("Ông Hàm Văn Tiến, Trưởng Trạm Y tế phường cho biết.")[0].name, "Hàm Văn Tiến");
        assert_eq!(find("có ThS.BS Lai Thị Minh Trang, Phó Giám đốc Trung tâm")[0].name, "Lai Thị Minh Trang");
        // Their places open no name.
        assert!(find("ông đến Lai Châu Nguyễn").iter().all(|m| !m.name.starts_with("Lai")));
        assert!(find("Bác sĩ tỉnh Tiền Giang cho biết.").is_empty());
        assert!(find("bà Hàm Thuận Bắc").iter().all(|m| !m.name.starts_with("Hàm")));
    }

    #[test]
    fn trang_opens_a_name_and_closes_one() {
        assert_eq!(names_and_roles("bà Trang Thị Hòa, Trưởng Trạm Y tế phường"), [one("Trang Thị Hòa", "Trưởng Trạm Y tế phường")]);
        assert_eq!(find("bác sĩ Trang Văn Tùng, Trưởng khoa Nhi")[0].name, "Trang Văn Tùng");
        // As a given name it stays the name's last word.
        assert_eq!(names_and_roles("TS.BS Phan Thị Thu Trang, Trưởng khoa Nhi"), [one("Phan Thị Thu Trang", "Trưởng khoa Nhi")]);
        assert_eq!(find("bà Nguyễn Thu Trang Giám đốc Sở")[0].name, "Nguyễn Thu Trang");
        // "Trang thiết bị", "Trang Thông tin điện tử" open no name.
        assert!(find("Trang thiết bị được bàn giao cho Trang Thông tin điện tử Sở Y tế.").is_empty());
    }
}

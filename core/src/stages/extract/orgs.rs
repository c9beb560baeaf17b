//! Organisations: a unit kind ("Sở", "Trung tâm", "BVĐK", "UBND", "Thị ủy" ...) followed by
//! its name and place ("Y tế", "Kiểm soát bệnh tật", "huyện X", "TP X").

use super::pairs::PairMatcher;
use super::people::is_role_word;
use super::text::{ahead_by, back_by, data_lines, is_alnum, is_capitalised, lower_same_len, on_word_boundary};
use super::Hit;
use once_cell::sync::Lazy;
use vanban_plugin_sdk::text::title_case_if_upper;
use vanban_plugin_sdk::{EntityKind, Normalized};

static KINDS_TSV: &str = include_str!("../../../data/org_kinds.tsv");
static WORDS_TXT: &str = include_str!("../../../data/org_words.txt");

struct Kind {
    expansion: Option<&'static str>,
    alone: bool,
}

struct Vocabulary {
    kinds: Vec<Kind>,
    kind_matcher: PairMatcher,
    /// Lower-case name phrases, longest first, each with "may be written in small letters".
    phrases: Vec<(String, bool)>,
    /// The phrases (by index, in order) a word may open, by its first two bytes: per pair, 0
    /// or 1 + the index of its list in `pair_phrases`. A list holds the phrases opening with
    /// the pair, then those of one byte opening with its first byte, then the empty ones. A
    /// word is asked about a few phrases, not the sixty of its first byte.
    pair_slot: Box<[u16; 1 << 16]>,
    pair_phrases: Vec<Vec<usize>>,
    /// Per byte, the phrases of one byte that open with it, then the empty ones: the list of a
    /// pair no phrase opens with, or of a field's last byte; and the empty ones alone, for
    /// the end of a field.
    short_phrases_by_byte: Vec<Vec<usize>>,
    empty_phrases: Vec<usize>,
    /// Per phrase, its bytes up to its first hyphen, eight at most, as a little-endian u64,
    /// and their mask: the text opens with them whatever dash it writes, and one compare of
    /// the text's next eight bytes turns down most candidates.
    heads: Vec<(u64, u64)>,
}

static VOCABULARY: Lazy<Vocabulary> = Lazy::new(|| {
    let mut forms = Vec::new();
    let mut kinds = Vec::new();
    for line in data_lines(KINDS_TSV) {
        let f: Vec<&'static str> = line.split('\t').collect();
        if f.len() < 3 {
            continue;
        }
        forms.push(f[0]);
        kinds.push(Kind { expansion: (f[1] != "-").then_some(f[1]), alone: f[2] == "alone" });
    }
    let kind_matcher = PairMatcher::new(&forms);
    let mut phrases: Vec<(String, bool)> = data_lines(WORDS_TXT)
        .map(|l| match l.strip_prefix("* ") {
            Some(p) => (p.trim().to_string(), true),
            None => (l.trim().to_string(), false),
        })
        .collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    // Longest first: the phrases of two bytes or more come before the short ones.
    let short = |b: u8, p: &str| matches!(p.as_bytes(), [] | [_]) && p.as_bytes().first().map_or(true, |&f| f == b);
    let short_phrases_by_byte: Vec<Vec<usize>> =
        (0..=255u8).map(|b| phrases.iter().enumerate().filter(|(_, (p, _))| short(b, p)).map(|(i, _)| i).collect()).collect();
    let mut pair_slot = Box::new([0u16; 1 << 16]);
    let mut pair_phrases: Vec<Vec<usize>> = Vec::new();
    for (i, (p, _)) in phrases.iter().enumerate() {
        let Some(&[b0, b1]) = p.as_bytes().get(..2) else { continue };
        let key = usize::from(u16::from_le_bytes([b0, b1]));
        if pair_slot[key] == 0 {
            pair_phrases.push(short_phrases_by_byte[usize::from(b0)].clone());
            pair_slot[key] = u16::try_from(pair_phrases.len()).expect("fewer pairs than phrases");
        }
        let list = &mut pair_phrases[usize::from(pair_slot[key]) - 1];
        let at = list.partition_point(|&j| j < i);
        list.insert(at, i);
    }
    let empty_phrases = phrases.iter().enumerate().filter(|(_, (p, _))| p.is_empty()).map(|(i, _)| i).collect();
    let heads = phrases.iter().map(|(p, _)| phrase_head(p)).collect();
    Vocabulary { kinds, kind_matcher, phrases, pair_slot, pair_phrases, short_phrases_by_byte, empty_phrases, heads }
});

/// Place-unit words that may close an organisation name, with or without a name after them.
/// Some write the city's unit with a capital ("Trung tâm Kiểm soát bệnh tật Thành phố").
const PLACE_WORDS: &[&str] = &[
    "thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường", "đặc khu", "TP.HCM", "TPHCM", "Tp.HCM", "TP.", "TP", "Tp.", "Tp", "TX.", "khu vực",
    "Thành phố", "Thị xã", "Thị trấn",
];

/// Place words that close a name only with a name after them, or after a name that says
/// more than its kind: "Trung tâm Y tế khu vực Tân Phước" and "các Trung tâm Y tế khu vực"
/// (the regional centres of the two-tier units), not "BVĐK khu vực" (a kind of them).
const NAMED_PLACE_WORDS: &[&str] = &["khu vực"];

/// A region closes a name only with its name after it: "Bệnh viện Đa khoa vùng Tây Nguyên".
const REGION_WORD: &str = "vùng";

/// Words of a region's name written in small letters: "Cao nguyên Bắc Bộ", "Đồng bằng sông
/// Cửu Long", "Duyên hải Nam Trung Bộ".
const REGION_SMALL_WORDS: &[&str] = &["nguyên", "bằng", "sông", "hải"];

/// Name words, in small letters, that a number may follow inside a name: "Bệnh viện 108",
/// "Bệnh viện Quân y 103", "Bệnh viện Trung ương Quân đội 108", "Trung tâm Cấp cứu 115",
/// "Bệnh viện Nhân dân 115".
const NUMBERED_AFTER: &[&str] = &["bệnh viện", "quân y", "quân đội", "cấp cứu", "nhân dân", "quân khu", "nhi đồng"];

/// Units that a city numbers instead of naming: "quận 5", "phường 12".
const NUMBERED_UNITS: &[&str] = &["quận", "phường"];

/// Kinds of places of care and schools that a city numbers after their name with "số": "Bệnh
/// viện Đa khoa tỉnh X số 2", "Trường Mầm non số 1". Other bodies' "số" is their letters'
/// ("Thông báo của Sở Y tế số 45 về …").
const NUMBERED_KINDS: &[&str] = &["bệnh viện", "bv", "trường", "phòng khám", "trạm"];

/// What a number counts when it follows a hospital's name as a figure ("Bệnh viện 500
/// giường", "Bệnh viện 12 ca"), not as a part of the name.
const COUNTED_AFTER: &[&str] = &[
    "giường", "ca", "lượt", "bệnh nhân", "người", "trường hợp", "tầng", "lần", "năm", "tháng", "ngày", "%", "cơ sở", "khoa", "xã",
    "học sinh", "trẻ", "em", "cháu", "lớp", "giáo viên", "liều", "mũi", "mẫu",
];

/// Kinds of department whose field may be two joined by "và": "Khoa Kiểm soát bệnh tật và
/// HIV/AIDS", "Phòng Dân số và Truyền thông".
const DEPARTMENT_KINDS: &[&str] = &["Khoa ", "Phòng "];

/// Names of countries' friendship that a dash joins ("Bệnh viện Hữu nghị Việt Nam - Cu Ba"),
/// in small letters.
const FRIENDSHIP_ENDS: &[&str] = &["việt nam", "việt"];

/// Place units a plural closes a name with: "UBND các xã, phường", "Trạm Y tế các xã".
const PLURAL_PLACE_WORDS: &[&str] = &["xã", "phường", "thị trấn", "thị xã", "thành phố", "huyện", "quận", "tỉnh", "khu vực", "đặc khu"];

/// Place units in small letters whose name may hold a kind's word: "xã Chiềng Khoa Nậm",
/// "huyện Trạm Tấu", "xã Trường Xuân". ("bản" is left out: "văn bản Phòng Y tế".)
const PLACE_UNITS: &[&str] = &["xã", "phường", "thị trấn", "thị xã", "thành phố", "huyện", "quận", "tỉnh", "thôn", "ấp", "xóm", "khu phố", "tổ dân phố"];

/// Abbreviations spelled out in `normalized`.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("BVĐKKV", "Bệnh viện đa khoa khu vực"),
    ("BVĐK", "Bệnh viện đa khoa"),
    ("TTYT", "Trung tâm Y tế"),
    ("TYT", "Trạm Y tế"),
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    ("MTTQ", "Mặt trận Tổ quốc"),
    ("BHXH", "Bảo hiểm xã hội"),
    ("CDC", "Trung tâm Kiểm soát bệnh tật"),
    ("TP.HCM", "thành phố Hồ Chí Minh"),
    ("TPHCM", "thành phố Hồ Chí Minh"),
    ("Tp.HCM", "thành phố Hồ Chí Minh"),
    ("HCM", "Hồ Chí Minh"),
    ("TP.", "thành phố"),
    ("TP", "thành phố"),
    ("Tp.", "thành phố"),
    ("Tp", "thành phố"),
    ("TX.", "thị xã"),
    ("BV", "Bệnh viện"),
];

/// Organisations in one field; `lower` is the field lower-cased by `lower_same_len`.
/// `person_starts` (sorted) are where the field's people's names start: a name ends the
/// organisation before it ("Giám đốc Sở Y tế Trần Văn A"), though a name of no one the
/// text mentions may still be part of one ("Trường THCS Nguyễn Du").
pub fn find(s: &str, lower: &str, person_starts: &[usize]) -> Vec<Hit> {
    let v = &*VOCABULARY;
    let mut hits: Vec<Hit> = Vec::new();
    // A headline in capitals: every word is capitalised, so the kinds would run to its end.
    if written_in_capitals(s) {
        bodies_in_capitals(s, lower, v, &mut hits);
        return hits;
    }
    for (a, kind_end, id) in v.kind_matcher.find_iter(s) {
        if !on_word_boundary(s, a, kind_end) || hits.last().is_some_and(|h| a < h.end) || in_document_symbol(s, a, kind_end) {
            continue;
        }
        if inside_place_name(s, a) || inspects_another_body(s, a, kind_end) {
            continue;
        }
        let kind = &v.kinds[id];
        let end = extend(s, lower, a, kind_end, v, person_starts);
        if end == kind_end && !kind.alone || s[kind_end..].starts_with(" viên") {
            continue;
        }
        let text = &s[a..end];
        let mut h = Hit::new(EntityKind::Organization, a, end, Normalized::Text(expand(text, kind.expansion)));
        h.code = None;
        hits.push(h);
        // "UBND xã Tân Lộc, xã Phú Thạnh và xã Hòa Bình": the kind is each commune's.
        if let Some(unit_at) = place_unit_after_kind(s, kind_end, end) {
            for (x, y) in sibling_places(s, end, person_starts) {
                let full = format!("{}{}", &s[a..unit_at], &s[x..y]);
                let mut h = Hit::new(EntityKind::Organization, x, y, Normalized::Text(expand(&full, kind.expansion)));
                h.code = None;
                hits.push(h);
            }
        }
    }
    let mut heads = units_after_heads(s, person_starts, &mut hits);
    heads.extend(small_departments(s, person_starts, &mut hits));
    if !heads.is_empty() {
        hits.extend(heads);
        hits.sort_by_key(|h| (h.start, h.end));
    }
    hits
}

/// Whether the field has no small letter and some capitals: a headline in capitals ("SỞ Y TẾ
/// KIỂM TRA …"), where the kinds, matched as the text writes them, are never met.
fn written_in_capitals(s: &str) -> bool {
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

/// The kinds in capitals ("SỞ", "TRUNG TÂM", "UBND"), with their form and whether they
/// name a body alone; longest first, so that "CHI CỤC" is met before "CỤC".
static KINDS_IN_CAPITALS: Lazy<Vec<(String, &'static str, bool)>> = Lazy::new(|| {
    let mut kinds: Vec<(String, &'static str, bool)> = data_lines(KINDS_TSV)
        .filter_map(|l| {
            let f: Vec<&'static str> = l.split('\t').collect();
            (f.len() >= 3).then(|| (f[0].to_uppercase(), f[0], f[2] == "alone"))
        })
        .collect();
    kinds.sort_by_key(|k| std::cmp::Reverse(k.0.len()));
    kinds
});

/// Place units a body in capitals may close with ("TRUNG TÂM Y TẾ HUYỆN …", "TRUNG TÂM Y TẾ
/// KHU VỰC …" of the regional centres since 2025), as the record writes them.
const PLACE_UNITS_IN_CAPITALS: &[(&str, &str)] = &[
    ("THÀNH PHỐ", "thành phố"), ("THỊ XÃ", "thị xã"), ("THỊ TRẤN", "thị trấn"), ("TỈNH", "tỉnh"), ("HUYỆN", "huyện"), ("QUẬN", "quận"), ("XÃ", "xã"), ("PHƯỜNG", "phường"), ("ĐẶC KHU", "đặc khu"),
    ("KHU VỰC", "khu vực"),
];

/// Kinds that a place alone names in a headline in capitals: "BỆNH VIỆN TỈNH", "BỆNH VIỆN
/// HUYỆN …" are the province's and the district's hospitals, where "TRUNG TÂM HUYỆN" is a town.
const KINDS_NAMED_BY_PLACE: &[&str] = &["Bệnh viện"];

/// Bodies in a headline in capitals: a kind, then the known name phrases ("SỞ Y TẾ",
/// "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"), then a place unit with a name the gazetteer knows, or
/// "TỈNH" alone. The words after are the headline's own ("KIỂM TRA"), so a body ends with
/// its last known phrase: a kind that needs a name and has none names no body.
fn bodies_in_capitals(s: &str, lower: &str, v: &Vocabulary, hits: &mut Vec<Hit>) {
    let mut found = Vec::new();
    for (caps, form, alone) in KINDS_IN_CAPITALS.iter() {
        for (a, _) in s.match_indices(caps.as_str()) {
            let kind_end = a + caps.len();
            if !on_word_boundary(s, a, kind_end) || hits.iter().chain(&found).any(|h: &Hit| a < h.end && h.start < kind_end) {
                continue;
            }
            let mut normal = (*form).to_string();
            let mut at = kind_end;
            // Every word has its capital: a phrase that may be a verb ("CHỈ ĐẠO") names only
            // straight after a kind that needs a name ("BAN CHỈ ĐẠO", not "UBND TỈNH CHỈ ĐẠO").
            let phrase_at = |at: usize| match at == kind_end && !alone {
                true => phrase_end(s, lower, at + 1, v, true),
                false => phrase_end(lower, lower, at + 1, v, false),
            };
            while let Some(end) = s[at..].starts_with(' ').then(|| phrase_at(at)).flatten() {
                normal.push(' ');
                normal.push_str(&super::capitalise_first(&lower[at + 1..end]));
                at = end;
            }
            // "TRUNG TÂM HUYỆN" is the district's town, not a body; "BỆNH VIỆN TỈNH" is one.
            if at == kind_end && !alone && !KINDS_NAMED_BY_PLACE.contains(form) {
                continue;
            }
            if let Some((end, place)) = place_in_capitals(s, at) {
                normal.push(' ');
                normal.push_str(&place);
                at = end;
            }
            if at > kind_end || *alone {
                found.push(Hit::new(EntityKind::Organization, a, at, Normalized::Text(expand(&normal, None))));
            }
        }
    }
    for mut h in found {
        h.code = None;
        hits.push(h);
    }
    hits.sort_by_key(|h| (h.start, h.end));
}

/// A place unit after `at` in a headline in capitals, with the longest name of three words
/// or fewer the gazetteer knows ("HUYỆN ĐÔNG SƠN"), or "TỈNH" alone: its end and its form.
fn place_in_capitals(s: &str, at: usize) -> Option<(usize, String)> {
    let rest = s[at..].strip_prefix(' ')?;
    let (caps, unit) = PLACE_UNITS_IN_CAPITALS.iter().find(|(c, _)| rest.starts_with(c) && on_word_boundary(rest, 0, c.len()))?;
    let unit_end = at + 1 + caps.len();
    let mut ends = Vec::new();
    let mut end = unit_end;
    while ends.len() < 3 {
        let Some(word) = s[end..].strip_prefix(' ') else { break };
        let len = word.find(|c: char| !is_alnum(c)).unwrap_or(word.len());
        if len == 0 {
            break;
        }
        end += 1 + len;
        ends.push(end);
    }
    let named = ends.into_iter().rev().find_map(|e| {
        let name = title_case_if_upper(&s[unit_end + 1..e]);
        // After "TỈNH" a province: "TỈNH CHỈ ĐẠO" names none though a commune is called so.
        let of_kind = super::places::GAZETTEER.lookup(&name).is_some_and(|units| *unit != "tỉnh" || units.iter().any(|u| u.code.len() == 2));
        of_kind.then(|| (e, format!("{unit} {name}")))
    });
    named.or_else(|| (*unit == "tỉnh").then(|| (unit_end, unit.to_string())))
}

/// Place units whose name a list may repeat after a body's, with the body's kind shared:
/// "UBND xã A, xã B và xã C", "Trạm Y tế phường A, phường B".
const LISTED_PLACE_UNITS: &[&str] = &["xã", "phường", "thị trấn", "đặc khu"];

/// Where the place unit of an organisation `..end` opens, when it follows its kind (ending
/// at `kind_end`) straight away or after the kind's known phrase ("UBND xã A", "Trạm Y tế
/// xã A"): the unit word, a blank and the place's name close the organisation.
fn place_unit_after_kind(s: &str, kind_end: usize, end: usize) -> Option<usize> {
    // Most organisations are followed by no list: the join is tested before the search.
    if ![", ", " và ", "; "].iter().any(|j| s[end..].starts_with(j)) {
        return None;
    }
    // Nothing but the kind's own words (two at most) before the unit: "Trạm Y tế xã", not
    // "Khoa Nội Bệnh viện huyện … xã".
    let body = &s[kind_end..end];
    memchr::memchr_iter(b' ', body.as_bytes()).take(3).find_map(|i| {
        let rest = &body[i + 1..];
        LISTED_PLACE_UNITS.iter().any(|u| rest.starts_with(u) && rest[u.len()..].starts_with(' ')).then_some(kind_end + i + 1)
    })
}

/// The places listed after the organisation ending at `end`, each with a unit word of
/// [`LISTED_PLACE_UNITS`] (communes and wards are of one level since 2025: "…, phường Kim
/// Trà, xã Phú Thạnh và xã Hòa Bình"), as spans of the unit and its name.
fn sibling_places(s: &str, end: usize, person_starts: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = end;
    while let Some(join) = [", ", " và ", "; "].into_iter().find(|j| s[at..].starts_with(j)) {
        let x = at + join.len();
        let Some(unit) = LISTED_PLACE_UNITS.iter().find(|u| s[x..].starts_with(**u) && s[x + u.len()..].starts_with(' ')) else { break };
        let unit_end = x + unit.len();
        let y = place_end(s, unit_end, person_starts);
        if y == unit_end {
            break;
        }
        out.push((x, y));
        at = y;
    }
    out
}

/// The kinds of unit a head's role ends with, in small letters and as a name writes them.
const HEADED_KINDS: &[(&str, &str)] = &[("phòng ", "Phòng "), ("khoa ", "Khoa "), ("trạm ", "Trạm "), ("ban ", "Ban ")];

/// The units that a head's role names with their kind in small letters: "phòng Nghiệp vụ
/// Dược" in "Trưởng phòng Nghiệp vụ Dược Sở Y tế", "khoa Nội" in "Phó trưởng khoa Nội",
/// "trạm Y tế xã" in "Trưởng trạm Y tế xã". The kind is part of the role's word, so the
/// kinds' search (capitals only) never opens them; the role stays whole on the person.
/// `found` are the field's other organisations, in order: the unit ends where one of them
/// opens, or takes whole one that opens its name ("phòng Thanh tra - Pháp chế"), which
/// is then dropped from `found`.
fn units_after_heads(s: &str, person_starts: &[usize], found: &mut Vec<Hit>) -> Vec<Hit> {
    static HEAD: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("rưởng ".as_bytes()));
    let mut out = Vec::new();
    for at in HEAD.find_iter(s.as_bytes()) {
        // "Trưởng", "trưởng": the role's word whole, not the end of a longer one.
        if !(at > 0 && matches!(s.as_bytes()[at - 1], b'T' | b't')) || !on_word_boundary(s, at - 1, at + "rưởng".len()) {
            continue;
        }
        let kind_at = at + "rưởng ".len();
        let Some((small, capital)) = HEADED_KINDS.iter().find(|(k, _)| s[kind_at..].starts_with(k)) else { continue };
        if let Some(h) = unit_of_small_kind(s, kind_at, small, capital, person_starts, found) {
            out.push(h);
        }
    }
    out
}

/// The unit whose kind, in small letters (`small`, as `capital` with its capital), opens at
/// `kind_at`: its name runs to the first name of someone after it or the first of the
/// field's other bodies (`found`) that is not part of it, which it then takes out of `found`.
fn unit_of_small_kind(s: &str, kind_at: usize, small: &str, capital: &str, person_starts: &[usize], found: &mut Vec<Hit>) -> Option<Hit> {
    let name_at = kind_at + small.len();
    // "Trưởng khoa Khoa Nội": the unit's own name, found by its kind, repeats the word.
    if s[name_at..].starts_with(capital) {
        return None;
    }
    // A name of someone met after the unit ends it ("Trưởng khoa Nội Lê Văn A").
    let stop = person_starts.iter().find(|&&p| p > kind_at).map_or(s.len(), |&p| p);
    // A board is read as its kind with a capital reads it, over the committee it belongs
    // to ("ban Tuyên giáo Huyện ủy" as "Ban Tuyên giáo Huyện ủy"); a department ends
    // where another body opens ("phòng Nghiệp vụ Y Sở Y tế").
    let board = small == "ban ";
    let stop = if board { stop } else { found.iter().find(|h| h.start > name_at).map_or(stop, |h| h.start.min(stop)) };
    let rest = s[name_at..ahead_by(s, name_at, 400).min(stop.max(name_at))].trim_end();
    // A capital keeps the byte length of the kind: the unit's end maps back.
    let Some(org) = leading_org(&format!("{capital}{rest}")).filter(|org| org.len() > capital.len()) else { return None };
    let end = kind_at + org.len();
    // A body found at the unit's name is part of it when the unit runs over it whole; a
    // board's runs over its committee too.
    let inner = |h: &Hit| (h.start == name_at || board && h.start > name_at) && h.end <= end;
    if found.iter().any(|h| !inner(h) && h.start < end && kind_at < h.end) {
        return None;
    }
    found.retain(|h| !inner(h));
    Some(Hit::new(EntityKind::Organization, kind_at, end, Normalized::Text(expand(&org, None))))
}

/// Departments written with their kind in small letters after a word that says where or
/// joins a list: "tại khoa Hồi sức tích cực", "Khoa Sơ sinh, khoa Cấp cứu và phòng Vật tư -
/// Thiết bị y tế". The kinds' search (capitals only) never opens them. Any other word
/// before makes a compound ("đa khoa Tân Lập", "chuyên khoa Mắt", "văn phòng", "dự phòng")
/// or a role, which [`units_after_heads`] reads.
const SMALL_DEPARTMENT_KINDS: [(&str, &str); 2] = [("khoa ", "Khoa "), ("phòng ", "Phòng ")];

/// The words after which a department's kind in small letters opens its name: places,
/// owners, and the end of a profession ("bác sĩ khoa Nhi", "điều dưỡng khoa Nội").
const BEFORE_SMALL_DEPARTMENTS: &[&str] = &["tại", "của", "với", "đến", "vào", "ở", "thuộc", "cùng", "sĩ", "sỹ", "dưỡng"];

/// The joins of a list, which open a department in small letters only right after another
/// body ("Khoa Sơ sinh, khoa Cấp cứu và phòng Vật tư"): after a figure the department
/// names a part of a rate's list ("… là 4,2%, khoa Ngoại 2,1%"), which the figures read.
const LIST_JOINS: &[&str] = &[", ", " và "];

/// The departments of [`SMALL_DEPARTMENT_KINDS`] in the field, in order; see there.
fn small_departments(s: &str, person_starts: &[usize], found: &mut Vec<Hit>) -> Vec<Hit> {
    static FINDERS: Lazy<[memchr::memmem::Finder<'static>; 2]> =
        Lazy::new(|| SMALL_DEPARTMENT_KINDS.map(|(small, _)| memchr::memmem::Finder::new(small.as_bytes())));
    let mut at_kinds: Vec<(usize, usize)> = Vec::new();
    for (k, finder) in FINDERS.iter().enumerate() {
        // The name opens with a capital.
        let kinds = finder.find_iter(s.as_bytes()).filter(|&at| s[at + SMALL_DEPARTMENT_KINDS[k].0.len()..].chars().next().is_some_and(char::is_uppercase));
        at_kinds.extend(kinds.map(|at| (at, k)));
    }
    at_kinds.sort_unstable();
    let mut out: Vec<Hit> = Vec::new();
    for (kind_at, k) in at_kinds {
        let body_before = |end: usize| found.iter().chain(&out).any(|h| h.end == end);
        if !introduces_small_department(s, kind_at, body_before) {
            continue;
        }
        let (small, capital) = SMALL_DEPARTMENT_KINDS[k];
        if let Some(h) = unit_of_small_kind(s, kind_at, small, capital, person_starts, found) {
            out.push(h);
        }
    }
    out
}

/// Whether what stands before `kind_at` opens a department in small letters: "(", one of
/// [`BEFORE_SMALL_DEPARTMENTS`], or a [`LIST_JOINS`] join after a body (`body_before` of
/// where the join opens).
fn introduces_small_department(s: &str, kind_at: usize, body_before: impl Fn(usize) -> bool) -> bool {
    let before = &s[..kind_at];
    if before.ends_with('(') {
        return true;
    }
    if let Some(join) = LIST_JOINS.iter().find(|j| before.ends_with(**j)) {
        return body_before(kind_at - join.len());
    }
    let Some(before) = before.strip_suffix(' ') else { return false };
    BEFORE_SMALL_DEPARTMENTS.contains(&&before[before.rfind(' ').map_or(0, |i| i + 1)..])
}

/// Bodies whose inspectorate is named after them: "Thanh tra Sở", "Thanh tra Bộ Y tế".
const INSPECTED_BODIES: &[&str] = &["Sở", "Bộ"];

/// Whether "Thanh tra" at `a..end` is the verb before the body it inspects ("Thanh tra
/// Trung tâm Y tế huyện về …") rather than an inspectorate: only a department or a
/// ministry has one named so; a place ("Thanh tra tỉnh") or a government otherwise.
fn inspects_another_body(s: &str, a: usize, end: usize) -> bool {
    if &s[a..end] != "Thanh tra" {
        return false;
    }
    let Some(rest) = s[end..].strip_prefix(' ') else { return false };
    starts_kind(rest) && !INSPECTED_BODIES.iter().any(|b| rest.starts_with(b) && on_word_boundary(rest, 0, b.len()))
}

/// Whether the kind at `a..end` is part of a document's symbol ("Công văn số 3124/UBND-KGVX",
/// "12/KH-UBND"): its token (the text between blanks) holds a slash. "HĐND-UBND huyện"
/// names two bodies.
fn in_document_symbol(s: &str, a: usize, end: usize) -> bool {
    // A symbol is short: 40 bytes either side are read, never a long run without blanks.
    let (from, to) = (back_by(s, a, 40), ahead_by(s, end, 40));
    let start = s[from..a].rfind(char::is_whitespace).map_or(from, |i| from + i + 1);
    let stop = s[end..to].find(char::is_whitespace).map_or(to, |i| end + i);
    s[start..stop].contains('/')
}

/// Whether the kind at `a` is a word of a place's name: it follows a place unit in small
/// letters, at once or after capitalised words ("xã Chiềng Khoa Nậm", "xã Trường Xuân").
fn inside_place_name(s: &str, a: usize) -> bool {
    // "thành phố Hòa Đông Bệnh viện …": a body's kind written so is no word of a place.
    if opens_a_body(&s[a..]) {
        return false;
    }
    let mut at = a;
    // A place's name runs to a few words; a longer run before the kind is no place.
    for _ in 0..4 {
        let Some(head) = s[..at].strip_suffix(' ') else { return false };
        if PLACE_UNITS.iter().any(|u| head.ends_with(u) && on_word_boundary(head, head.len() - u.len(), head.len())) {
            return true;
        }
        let w_start = head.char_indices().rev().take_while(|(_, c)| is_alnum(*c)).last().map_or(head.len(), |(i, _)| i);
        if !is_capitalised(&head[w_start..]) {
            return false;
        }
        at = w_start;
    }
    false
}

/// The end of a plural of place units after a name, from `at` (a word's start): "các xã,
/// phường" in "UBND các xã, phường"; `None` when no such plural is there. The names a
/// plural may list after it ("các phường An Lạc, Tân Tạo") are places, not the body's name.
fn plural_places_end(s: &str, at: usize) -> Option<usize> {
    if !s[at..].starts_with("các ") {
        return None;
    }
    let mut end = at + "các".len();
    let mut joins: &[&str] = &[" "];
    while let Some((join, place)) = joins.iter().find_map(|j| place_word_after(s, end, j).map(|p| (*j, p))) {
        end += join.len() + place.len();
        // "xã, phường, thị trấn", "huyện và thành phố".
        joins = &[", ", " và ", "/"];
    }
    (end > at + "các".len()).then_some(end)
}

/// The plural's place unit after `join` at `at`, if one is there.
fn place_word_after(s: &str, at: usize, join: &str) -> Option<&'static str> {
    let from = at + join.len();
    s[at..].starts_with(join).then_some(())?;
    PLURAL_PLACE_WORDS.iter().copied().find(|p| s[from..].starts_with(p) && on_word_boundary(s, from, from + p.len()))
}

/// The head of `phrase` for [`Vocabulary::heads`]: its bytes before its first hyphen, eight
/// at most, as a little-endian u64 and their mask.
fn phrase_head(phrase: &str) -> (u64, u64) {
    let b = phrase.as_bytes();
    let n = memchr::memchr(b'-', b).unwrap_or(b.len()).min(8);
    let mut head = [0u8; 8];
    head[..n].copy_from_slice(&b[..n]);
    let mask = if n == 0 { 0 } else { u64::MAX >> (64 - 8 * n) };
    (u64::from_le_bytes(head), mask)
}

/// Bytes at the start of `text` (in small letters) spelling `phrase`, whose spaced hyphens
/// may be written as en dashes in the text ("tài chính – kế toán").
fn spelled_len(text: &str, phrase: &str) -> Option<usize> {
    // Most phrases hold no hyphen: one comparison, no split (this runs for every candidate).
    if text.starts_with(phrase) {
        return Some(phrase.len());
    }
    let hyphen = memchr::memchr(b'-', phrase.as_bytes())?;
    // The text spells the phrase up to its first hyphen (and the blank before a spaced one)
    // whatever dash it writes: most candidates fail here, before a split.
    if !text.starts_with(&phrase[..hyphen]) {
        return None;
    }
    let mut len = 0;
    for (i, piece) in phrase.split(" - ").enumerate() {
        if i > 0 {
            len += [" - ", " – "].into_iter().find(|d| text[len..].starts_with(d))?.len();
        }
        text[len..].starts_with(piece).then_some(())?;
        len += piece.len();
    }
    Some(len)
}

/// The end of the known name phrase at `next`, if one is there. A phrase written in small
/// letters counts only when marked so, or when `any_case` ("Ban Chỉ đạo … về an toàn thực phẩm").
fn phrase_end(s: &str, lower: &str, next: usize, v: &Vocabulary, any_case: bool) -> Option<usize> {
    let capital = s[next..].chars().next().is_some_and(char::is_uppercase);
    // Only the phrases opening with the word's first two bytes are compared: a phrase's
    // spaced hyphen, which the text may write as a dash, comes after its first word.
    let candidates = match lower.as_bytes().get(next..) {
        Some(&[b0, b1, ..]) => match v.pair_slot[usize::from(u16::from_le_bytes([b0, b1]))] {
            0 => &v.short_phrases_by_byte[usize::from(b0)],
            slot => &v.pair_phrases[usize::from(slot) - 1],
        },
        Some(&[b0]) => &v.short_phrases_by_byte[usize::from(b0)],
        _ => &v.empty_phrases,
    };
    // The next eight bytes, when the field has as many, for the heads' compare.
    let word = lower.as_bytes().get(next..next + 8).map(|w| u64::from_le_bytes(w.try_into().expect("eight bytes")));
    let opens = |i: usize| word.map_or(true, |w| w & v.heads[i].1 == v.heads[i].0);
    candidates.iter().filter(|&&i| opens(i)).map(|&i| &v.phrases[i]).find_map(|(p, small)| {
        let end = next + spelled_len(&lower[next..], p).filter(|_| capital || *small || any_case)?;
        on_word_boundary(s, next, end).then_some(end)
    })
}

/// A word in capitals of two letters or more ("GDSK"): after a dash, the short form of a
/// department's field ("Khoa Truyền thông - GDSK"), where a word in small letters would be a headline's.
fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Extends a name over capitalised words, known lower-case name phrases, a dash before a
/// known phrase or a short form, and a closing place ("huyện X", "TP X", "tỉnh", "các xã").
fn extend(s: &str, lower: &str, start: usize, kind_end: usize, v: &Vocabulary, person_starts: &[usize]) -> usize {
    let mut at = kind_end;
    let mut words = 0;
    while words < 12 {
        let rest = &s[at..];
        // A dash first: it opens with a blank too.
        let gap = match [" - ", " – "].into_iter().find(|d| rest.starts_with(d)) {
            Some(d) => d.len(),
            None if rest.starts_with(' ') => 1,
            None => return at,
        };
        let next = at + gap;
        if person_starts.binary_search(&next).is_ok() {
            return at;
        }
        let dashed = gap > 1;
        if !dashed {
            if let Some(end) = plural_places_end(s, next) {
                return end;
            }
            // "Ban Giám đốc", "Ban giám đốc": the board, where "Giám đốc" elsewhere is a role
            // that ends a name ("Sở Y tế Giám đốc …").
            if at == kind_end && s[start..].starts_with("Ban ") {
                if let Some(w) = ["Giám đốc", "giám đốc"].iter().find(|w| s[next..].starts_with(**w) && on_word_boundary(s, next, next + w.len())) {
                    // Whose board it is: "Ban Giám đốc Bệnh viện Đa khoa tỉnh".
                    let board = next + w.len();
                    let of = s[board..].strip_prefix(' ').and_then(leading_org).map_or(0, |org| 1 + org.len());
                    return board + of;
                }
            }
            // "Ban chỉ đạo" in small letters may be the committee or what a board does
            // ("Ban chỉ đạo các xã"): the committee when its field follows.
            if let Some(end) = small_committee_end(s, lower, start, kind_end, at, next, v) {
                at = end;
                words += 2;
                continue;
            }
            if let Some(end) = committee_field_end(s, lower, start, at, next, v) {
                at = end;
                words += 1;
                continue;
            }
        }
        // The first byte rules out most place words without a string comparison.
        let first = s.as_bytes().get(next);
        if let Some(p) = PLACE_WORDS.iter().find(|p| p.as_bytes().first() == first && s[next..].starts_with(**p) && on_word_boundary(s, next, next + p.len())) {
            if dashed {
                return at;
            }
            let end = place_end(s, next + p.len(), person_starts);
            if end == next + p.len() && NAMED_PLACE_WORDS.contains(p) && at == kind_end {
                return at;
            }
            // "Bệnh viện Đa khoa tỉnh X số 2": the city's number follows the place.
            let numbered = s[end..].starts_with(' ').then(|| name_number_end(s, lower, start, end, end + 1)).flatten();
            return numbered.unwrap_or(end);
        }
        if let Some(end) = phrase_end(s, lower, next, v, false) {
            at = end;
            words += 1;
            continue;
        }
        if !dashed {
            if let Some(end) = joined_field_end(s, lower, start, next, v) {
                at = end;
                words += 1;
                continue;
            }
            if let Some(end) = region_end(s, next) {
                return end;
            }
            if let Some(end) = name_number_end(s, lower, start, at, next) {
                at = end;
                words += 1;
                continue;
            }
            // A unit kind inside a name: "Ban Thường vụ Thị ủy".
            if let Some((id, end)) = VOCABULARY.kind_matcher.longest_at(s, next) {
                if VOCABULARY.kinds[id].alone && on_word_boundary(s, next, end) {
                    at = end;
                    words += 1;
                    continue;
                }
            }
        }
        let w_end = s[next..].find(|c: char| !(is_alnum(c) || c == '\'')).map(|i| next + i).unwrap_or(s.len());
        let word = &s[next..w_end];
        let dash_ends = || starts_kind(&s[next..]) || !(is_acronym(word) || joins_countries(lower, start, at));
        if word.is_empty() || !is_capitalised(word) || is_role_word(&s[next..]) || dashed && dash_ends() {
            return at;
        }
        // "Khoa Nhiễm Bệnh viện Nhi đồng 1": a department's name ends where the body it
        // belongs to opens; its kind is no word of the department's name.
        if at > kind_end && opens_a_body(&s[next..]) {
            return at;
        }
        if let Some(end) = bare_owner_end(s, lower, next, v, person_starts) {
            return end;
        }
        at = split_word_end(s, w_end).unwrap_or(w_end);
        words += 1;
    }
    at
}

/// Words of a board's name whose first syllable takes the capital and the second does not
/// ("Ban Chấp hành Đảng bộ tỉnh"), as (the first, the second with its blank before it).
const SPLIT_WORDS: &[(&str, &str)] = &[("Chấp", " hành"), ("Đảng", " bộ")];

/// The end of the second syllable of a [`SPLIT_WORDS`] word whose first ends at `end`: the
/// name goes on over it rather than stopping at a half word ("Ban Chấp").
fn split_word_end(s: &str, end: usize) -> Option<usize> {
    let &(_, second) = SPLIT_WORDS.iter().find(|(first, second)| s[..end].ends_with(first) && s[end..].starts_with(second))?;
    let after = end + second.len();
    on_word_boundary(s, end + 1, after).then_some(after)
}

/// The end of a kind at `next` that stands bare after a unit's name, as the body the unit
/// belongs to: "Phòng Nghiệp vụ Chi cục", "Khoa Dược Trung tâm" (its own words, not a name's
/// capitalised ones). `None` when a name follows the kind: then it is a body of its own.
fn bare_owner_end(s: &str, lower: &str, next: usize, v: &Vocabulary, person_starts: &[usize]) -> Option<usize> {
    let (id, kind_end) = v.kind_matcher.longest_at(s, next)?;
    if v.kinds[id].alone || !on_word_boundary(s, next, kind_end) {
        return None;
    }
    (extend(s, lower, next, kind_end, v, person_starts) == kind_end).then_some(kind_end)
}

/// The words that end a committee's or a team's kind, the field naming it straight after:
/// "Ban Chỉ đạo phòng chống dịch", "Đội cơ động phòng chống dịch".
const COMMITTEE_ENDS: &[&str] = &["chỉ đạo", "liên ngành", "điều hành", "phản ứng nhanh", "cơ động", "công tác"];

/// The end of the field that names a committee, at `next`: "Ban Chỉ đạo liên ngành về an toàn
/// thực phẩm", "Ban Chỉ đạo phòng, chống dịch bệnh xã". A committee's field is a known phrase
/// in any case, after "về" or straight after a word of [`COMMITTEE_ENDS`]. A team is named
/// so too: "Tổ phản ứng nhanh phòng chống dịch".
fn committee_field_end(s: &str, lower: &str, start: usize, at: usize, next: usize, v: &Vocabulary) -> Option<usize> {
    if !["Ban ", "Tổ ", "Đội "].iter().any(|k| s[start..].starts_with(k)) {
        return None;
    }
    let field = match s[next..].strip_prefix("về ") {
        Some(_) => next + "về ".len(),
        None if COMMITTEE_ENDS.iter().any(|w| lower[..at].ends_with(w)) => next,
        None => return None,
    };
    phrase_end(s, lower, field, v, true)
}

/// The end of "chỉ đạo" in small letters at `next` and of the committee's field after it:
/// "Ban chỉ đạo phòng chống dịch".
fn small_committee_end(s: &str, lower: &str, start: usize, kind_end: usize, at: usize, next: usize, v: &Vocabulary) -> Option<usize> {
    const DIRECTS: &str = "chỉ đạo ";
    if at != kind_end || !s[next..].starts_with(DIRECTS) {
        return None;
    }
    let directs_end = next + DIRECTS.len() - 1;
    committee_field_end(s, lower, start, directs_end, directs_end + 1, v)
}

/// The end of "vùng" and a region's name at `at`: capitalised words and the small words of
/// [`REGION_SMALL_WORDS`] between them. `None` without a capitalised name after "vùng".
fn region_end(s: &str, at: usize) -> Option<usize> {
    let mut end = at + s[at..].strip_prefix(REGION_WORD)?.strip_prefix(' ').map(|_| REGION_WORD.len())?;
    let mut named = end;
    for _ in 0..6 {
        let Some(rest) = s[end..].strip_prefix(' ') else { break };
        let w_len = rest.find(|c: char| !is_alnum(c)).unwrap_or(rest.len());
        let word = &rest[..w_len];
        let small = REGION_SMALL_WORDS.contains(&word) && named > at + REGION_WORD.len();
        if word.is_empty() || !(is_capitalised(word) && !is_role_word(rest) || small) {
            break;
        }
        end += 1 + w_len;
        if !small {
            named = end;
        }
    }
    (named > at + REGION_WORD.len()).then_some(named)
}

/// Whether a dash after the name so far (`start..at`) joins two countries' names: "Bệnh viện
/// Hữu nghị Việt Nam - Cu Ba", where a dash after another name opens a headline's words.
fn joins_countries(lower: &str, start: usize, at: usize) -> bool {
    FRIENDSHIP_ENDS.iter().any(|w| lower[start..at].ends_with(w) && lower[..at - w.len()].ends_with(' '))
}

/// The end of a department's second field after "và" at `next`: "Khoa Kiểm soát bệnh tật và
/// HIV/AIDS". Only a known field written with a capital, and no unit's kind ("Khoa Nhi và
/// Khoa Sản" are two).
fn joined_field_end(s: &str, lower: &str, start: usize, next: usize, v: &Vocabulary) -> Option<usize> {
    let field = next + s[next..].strip_prefix("và ").map(|_| "và ".len())?;
    if !DEPARTMENT_KINDS.iter().any(|k| s[start..].starts_with(k)) || !s[field..].starts_with(char::is_uppercase) || starts_kind(&s[field..]) {
        return None;
    }
    phrase_end(s, lower, field, v, false)
}

/// Where a number that may be part of the name so far (`start..at`) opens after it, at
/// `next`, and how many digits it may have: after "số" in a place of care or a school
/// ([`NUMBERED_KINDS`]), after a word of [`NUMBERED_AFTER`], or after a school's own name
/// ("Trường Tiểu học Hòa Bình 2").
fn name_number_at(s: &str, lower: &str, start: usize, at: usize, next: usize) -> Option<(usize, usize)> {
    // Asked of every word of every name: most open with no digit and no "số".
    if !s.as_bytes().get(next).is_some_and(|b| b.is_ascii_digit() || matches!(b, b's' | b'S')) {
        return None;
    }
    let of_kind = |kinds: &[&str]| kinds.iter().any(|k| lower[start..].starts_with(k) && lower[start + k.len()..].starts_with(' '));
    if lower[next..].starts_with("số ") && of_kind(NUMBERED_KINDS) {
        return Some((next + "số ".len(), 3));
    }
    if NUMBERED_AFTER.iter().any(|w| lower[start..at].ends_with(w)) {
        return Some((next, 4));
    }
    // "Trung tâm Y tế Quận 5", "UBND phường 12": a city's districts and wards are numbered.
    if NUMBERED_UNITS.iter().any(|w| lower[start..at].ends_with(w) && on_word_boundary(&lower[start..at], at - start - w.len(), at - start)) {
        return Some((next, 2));
    }
    // "Quận Đoàn 5": a body a numbered district names by its unit word takes its number.
    if lower[start..at].split_once(' ').is_some_and(|(unit, rest)| NUMBERED_UNITS.contains(&unit) && !rest.contains(' ')) {
        return Some((next, 2));
    }
    let last_word = s[start..at].rsplit(' ').next().unwrap_or("");
    (of_kind(&["trường"]) && at > start + "trường".len() && is_capitalised(last_word)).then_some((next, 2))
}

/// The end of a number that is part of a name ("108" in "Bệnh viện Quân đội 108", "30-4" in
/// "Bệnh viện 30-4", "số 2" in "Bệnh viện Đa khoa tỉnh X số 2"): it opens where
/// [`name_number_at`] says, and no word of [`COUNTED_AFTER`] follows it.
fn name_number_end(s: &str, lower: &str, start: usize, at: usize, next: usize) -> Option<usize> {
    let (from, most) = name_number_at(s, lower, start, at, next)?;
    let digits = |from: usize| s[from..].bytes().take_while(u8::is_ascii_digit).count();
    let mut end = from + Some(digits(from)).filter(|n| (1..=most).contains(n))?;
    // "30-4", "19-8": a day and month that name a hospital.
    if s[end..].starts_with('-') && (1..=2).contains(&digits(end + 1)) {
        end += 1 + digits(end + 1);
    }
    // A blank or a mark that ends a phrase must follow: not "128%", "24/7" or "2,5".
    let ends_here = match s[end..].chars().next() {
        None | Some(' ' | '\n' | ';' | ':' | ')') => true,
        Some(',' | '.') => !s[end + 1..].starts_with(|d: char| d.is_ascii_digit()),
        Some(_) => false,
    };
    let after = if s[end..].starts_with(' ') { &lower[end + 1..ahead_by(s, end + 1, 40)] } else { "" };
    let counted = COUNTED_AFTER.iter().any(|w| after.starts_with(w) && !after[w.len()..].starts_with(|c: char| is_alnum(c)));
    (ends_here && !counted && !after.starts_with('%')).then_some(end)
}

/// The end of a place name after a unit word: capitalised words, or the unit word alone.
/// A name of someone mentioned ends it ("Phó Chủ tịch UBND tỉnh Trần Văn A kết luận").
fn place_end(s: &str, mut at: usize, person_starts: &[usize]) -> usize {
    for syllables in 0..4 {
        let Some(rest) = s[at..].strip_prefix(' ') else { break };
        if person_starts.binary_search(&(at + 1)).is_ok() {
            break;
        }
        let w_len = rest.find(|c: char| !is_alnum(c)).unwrap_or(rest.len());
        let word = &rest[..w_len];
        // "Sở Y tế thành phố Hồ Chí Minh Bệnh viện Nhi đồng 1": a place's name holds no
        // kind of body written with a small syllable or in capitals.
        if word.is_empty() || !is_capitalised(word) || is_role_word(rest) || opens_a_body(rest) {
            break;
        }
        // "UBND xã Ông Lê Văn Tám": a form of address opens the person's name, no syllable of the place.
        if super::people::addresses_after(s, word, at + 1 + w_len, syllables) {
            break;
        }
        // "Trung tâm Y tế huyện BSCKI Lê Văn A": a title opens the person's name.
        if super::people::title_then_name(s, at + 1) {
            break;
        }
        at += 1 + w_len;
    }
    at
}

/// Kinds of body that are never a word of another's name or of a place's, each with a small
/// syllable or in capitals: where one opens, a name before it ends.
const BODIES: &[&str] = &["Bệnh viện", "BVĐKKV", "BVĐK", "BV", "TTYT", "TYT", "Trung tâm Y tế", "Trạm Y tế", "Trạm y tế", "Sở Y tế"];

/// Whether `s` opens with one of [`BODIES`].
pub(super) fn opens_a_body(s: &str) -> bool {
    BODIES.iter().any(|b| s.starts_with(b) && on_word_boundary(s, 0, b.len()))
}

/// The organisation `s` opens with ("CDC tỉnh hoàn thành ..." -> "CDC tỉnh"), if any.
pub fn leading_org(s: &str) -> Option<String> {
    leading_org_lowered(s, None)
}

/// [`leading_org`] where `lower` is `s` lowered by [`lower_same_len`] (or a longer text so
/// lowered that `s` opens), as the callers reading a whole field have it: lowering is char by
/// char, so a slice of the field's lowered text is the slice's own, and is not made again.
pub fn leading_org_in(s: &str, lower: &str) -> Option<String> {
    leading_org_lowered(s, Some(lower))
}

fn leading_org_lowered(s: &str, lower: Option<&str>) -> Option<String> {
    let (id, kind_end) = VOCABULARY.kind_matcher.longest_at(s, 0)?;
    let kind = &VOCABULARY.kinds[id];
    if !on_word_boundary(s, 0, kind_end) {
        return None;
    }
    let head = &s[..ahead_by(s, 0, 400)];
    let lowered;
    let lower_head = match lower {
        Some(lower) => &lower[..head.len()],
        None => {
            lowered = lower_same_len(head);
            lowered.as_str()
        }
    };
    let end = extend(head, lower_head, 0, kind_end, &VOCABULARY, &[]);
    (end > kind_end || kind.alone).then(|| head[..end].to_string())
}

/// The length of the unit `s` opens with when a title or a task writes its kind in small
/// letters ("khoa Truyền thông - GDSK", "phòng Kế hoạch - Nghiệp vụ", "ban Thi đua - Khen
/// thưởng"), read as the unit with a capital. "ban" is also a verb's word ("ban hành"), but
/// no unit's name follows it then.
pub fn small_kind_org_len(s: &str) -> Option<usize> {
    small_kind_org_len_lowered(s, None)
}

/// [`small_kind_org_len`] where `lower` is `s` lowered by [`lower_same_len`] (as in
/// [`leading_org_in`]).
pub fn small_kind_org_len_in(s: &str, lower: &str) -> Option<usize> {
    small_kind_org_len_lowered(s, Some(lower))
}

fn small_kind_org_len_lowered(s: &str, lower: Option<&str>) -> Option<usize> {
    let (small, capital) = [("khoa ", "Khoa "), ("phòng ", "Phòng "), ("ban ", "Ban ")].into_iter().find(|(k, _)| s.starts_with(k))?;
    let rest = small.len()..ahead_by(s, 0, 400);
    let head = format!("{capital}{}", &s[rest.clone()]);
    // The capital lowered is the small word itself.
    let lower_head = lower.map(|lower| format!("{small}{}", &lower[rest]));
    // A capital keeps the byte length of these two words: the unit's end maps back.
    leading_org_lowered(&head, lower_head.as_deref()).map(|org| org.len()).filter(|&len| len > small.len())
}

/// True when `s` starts with an organisation kind ("Sở", "Bệnh viện", "UBND" ...).
pub fn starts_org(s: &str) -> bool {
    starts_kind(s)
}

fn starts_kind(s: &str) -> bool {
    VOCABULARY.kind_matcher.longest_at(s, 0).is_some()
}

/// Spells out abbreviations word by word, into one string rather than a list joined later.
fn expand(text: &str, _kind: Option<&str>) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, w) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(ABBREVIATIONS.iter().find(|(a, _)| *a == w).map(|(_, e)| *e).unwrap_or(w));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        find(s, &lower_same_len(s), &[]).into_iter().map(|h| s[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn teams_set_up_for_an_outbreak_with_their_field() {
        let s = "Ban điều hành phòng chống dịch tỉnh chỉ đạo Tổ phản ứng nhanh tuyến tỉnh; Đội cơ động phòng chống dịch của Trung tâm phối hợp với Tổ công tác của Sở Y tế.";
        assert_eq!(texts(s), ["Ban điều hành phòng chống dịch tỉnh", "Tổ phản ứng nhanh", "Đội cơ động phòng chống dịch", "Tổ công tác", "Sở Y tế"]);
    }

    #[test]
    fn a_place_in_a_units_name_ends_before_a_form_of_address() {
        assert_eq!(leading_org("UBND xã Ông Kiều Văn Lộc cho biết").as_deref(), Some("UBND xã"));
        assert_eq!(leading_org("UBND xã Suối Mây Anh Mạc Hữu Lộc cho biết").as_deref(), Some("UBND xã Suối Mây"));
        assert_eq!(leading_org("UBND huyện Anh Sơn cho biết").as_deref(), Some("UBND huyện Anh Sơn"));
    }

    #[test]
    fn a_place_in_a_units_name_ends_before_a_title_and_a_name() {
        assert_eq!(texts("Phó Giám đốc phụ trách Trung tâm Y tế huyện BSCKI Diệp Minh Luân báo cáo."), ["Trung tâm Y tế huyện"]);
        assert_eq!(texts("Giám đốc Trung tâm Y tế huyện Bác sĩ Lê Văn Hào báo cáo."), ["Trung tâm Y tế huyện"]);
        // A plain form of address may open a place's name.
        assert_eq!(texts("UBND xã Bà Điểm họp."), ["UBND xã Bà Điểm"]);
    }

    #[test]
    fn a_boards_word_with_its_second_syllable_in_small_letters() {
        let s = "Ủy viên Ban Chấp hành Đảng bộ tỉnh, Ủy viên Ban Chấp hành Trung ương Đảng dự.";
        assert_eq!(texts(s), ["Ban Chấp hành Đảng bộ tỉnh", "Ban Chấp hành Trung ương Đảng"]);
        // Only before its own second syllable: another small word ends the name as before.
        assert_eq!(texts("Ban Chấp thuận hồ sơ."), ["Ban Chấp"]);
    }

    #[test]
    fn a_newspaper_is_an_organisation_and_a_report_none() {
        assert_eq!(texts("Theo Báo Sông Trà, tỉnh ghi nhận 12 ca."), ["Báo Sông Trà"]);
        assert_eq!(texts("(Tạp chí Hoa Sen)"), ["Tạp chí Hoa Sen"]);
        assert_eq!(texts("Báo cáo gửi về trước ngày 5/12."), Vec::<String>::new());
    }

    #[test]
    fn unit_names_with_a_dash_or_a_comma_run_whole() {
        for name in ["Bệnh viện Sản - Nhi Bình Phước", "Khoa Hồi sức tích cực - Chống độc", "Khoa Phòng, chống bệnh truyền nhiễm", "Phòng Nghiệp vụ Y - Dược", "Bệnh viện Đa khoa tư nhân Hòa Bình", "Phòng Cảnh sát kinh tế", "Chi cục Quản lý thị trường", "Trung tâm Dịch vụ nông nghiệp", "Văn phòng HĐND và UBND huyện"] {
            let s = format!("Đại diện {name} phát biểu.");
            assert_eq!(texts(&s), [name], "{s}");
        }
    }

    #[test]
    fn a_department_field_in_small_letters_after_its_first_word_runs_whole() {
        for name in ["Khoa Kiểm soát bệnh truyền nhiễm", "Khoa Kiểm soát bệnh không lây nhiễm - HIV/AIDS", "Khoa Bệnh truyền nhiễm", "Khoa Y tế lao động", "Khoa Sức khoẻ nghề nghiệp", "Khoa Khám bệnh và điều trị ngoại trú", "Khoa Kiểm soát nhiễm khuẩn - Vô khuẩn"] {
            let s = format!("Đại diện {name} phát biểu.");
            assert_eq!(texts(&s), [name], "{s}");
        }
        // The field ends the name: the verb after it is no part of it.
        assert_eq!(texts("Khoa Bệnh truyền nhiễm tiếp nhận 5 ca."), ["Khoa Bệnh truyền nhiễm"]);
        assert_eq!(texts("Khoa Y tế công cộng kiểm tra 4 bếp ăn."), ["Khoa Y tế công cộng"]);
    }

    #[test]
    fn numbered_districts_and_wards_end_a_name_with_their_number() {
        let s = "Trung tâm Y tế Quận 5 và UBND phường 12 kiểm tra; Trạm Y tế phường 3 khám 40 ca.";
        assert_eq!(texts(s), ["Trung tâm Y tế Quận 5", "UBND phường 12", "Trạm Y tế phường 3"]);
        assert_eq!(texts("UBND phường có 12 tổ dân phố."), ["UBND phường"]);
    }

    #[test]
    fn the_youth_unions_committees_are_organisations() {
        let s = "Tỉnh Đoàn Hòa Vân phối hợp với Thành Đoàn Bắc Lâm và Quận đoàn tổ chức hiến máu.";
        assert_eq!(texts(s), ["Tỉnh Đoàn Hòa Vân", "Thành Đoàn Bắc Lâm", "Quận đoàn"]);
    }

    #[test]
    fn rehabilitation_hospitals_and_the_officials_health_board_run_whole() {
        for name in ["Bệnh viện Y dược cổ truyền và Phục hồi chức năng tỉnh", "Bệnh viện Y học cổ truyền - Phục hồi chức năng", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh", "Ban Bảo vệ sức khỏe cán bộ thành phố"] {
            let s = format!("Làm việc với {name} trong tuần.");
            assert_eq!(texts(&s), [name], "{s}");
        }
    }

    #[test]
    fn expand_matches_a_joined_list() {
        let words = ["BVĐK", "TP.", "TP", "Tp", "BV", "Sở", "", "y", "CDC", "UBND", "Hòa", "TX.", "x"];
        let mut rng = vanban_plugin_sdk::testing::Rng(0x2545_F491_4F6C_DD1D);
        for _ in 0..5000 {
            let seed = rng.next_u64();
            let n = (seed % 7) as usize;
            let text: Vec<&str> = (0..n).map(|k| words[((seed >> (8 * k)) % words.len() as u64) as usize]).collect();
            let text = text.join(" ");
            let old = text
                .split(' ')
                .map(|w| ABBREVIATIONS.iter().find(|(a, _)| *a == w).map(|(_, e)| *e).unwrap_or(w))
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(expand(&text, None), old, "{text:?}");
        }
    }

    #[test]
    fn firms_regional_centres_and_broadcasters_run_whole() {
        for name in ["Công ty TNHH Dịch vụ Thương mại Phú Khang", "Công ty Cổ phần Dược phẩm Lam Sơn", "Trung tâm Y tế khu vực Tân Mỹ", "Trung tâm Y tế các khu vực", "Khoa Hồi sức cấp cứu", "Bệnh viện Hữu nghị Đa khoa tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Ngân hàng Chính sách xã hội huyện", "Hộ kinh doanh suất ăn công nghiệp Hòa Phát"] {
            let s = format!("Làm việc với {name} trong tuần.");
            assert_eq!(texts(&s), [name], "{s}");
        }
        assert_eq!(texts("hàng nhập từ Đài Loan về"), Vec::<String>::new());
        // A district's school of politics, named by its field.
        assert_eq!(texts("Giám đốc Trung tâm Chính trị huyện dự."), ["Trung tâm Chính trị huyện"]);
    }

    #[test]
    fn fields_of_several_words_and_mass_organisations_run_whole() {
        for name in [
            "Phòng Văn hóa và Thông tin huyện",
            "Trung tâm Văn hóa - Thể thao và Truyền thông huyện",
            "Ban Quản lý dự án đầu tư xây dựng huyện",
            "Phòng Kinh tế - Hạ tầng",
            "Phòng Tài chính - Kế hoạch huyện",
            "Phòng Quản lý đô thị",
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "Ủy ban MTTQ Việt Nam huyện",
            "Hội Nông dân xã",
            "Hội Cựu chiến binh huyện",
        ] {
            let s = format!("Đại diện {name} phát biểu.");
            assert_eq!(texts(&s), [name], "{s}");
        }
        let s = "Ủy ban MTTQ Việt Nam tỉnh họp.";
        let hit = find(s, &lower_same_len(s), &[]).remove(0);
        assert_eq!(hit.normalized, Some(Normalized::Text("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh".to_string())));
        assert_eq!(texts("lãnh đạo BVĐK khu vực và các khoa"), Vec::<String>::new(), "a kind of centre, not one");
    }

    #[test]
    fn names_and_places() {
        let s = "Sở Y tế tỉnh Hòa Đông tổ chức; lãnh đạo Trung tâm Kiểm soát bệnh tật tỉnh; UBND huyện Kim Sơn và Chi cục An toàn vệ sinh thực phẩm.";
        assert_eq!(
            texts(s),
            vec!["Sở Y tế tỉnh Hòa Đông", "Trung tâm Kiểm soát bệnh tật tỉnh", "UBND huyện Kim Sơn", "Chi cục An toàn vệ sinh thực phẩm"]
        );
    }

    #[test]
    fn a_name_mentioned_ends_the_place_of_an_organisation() {
        let s = "Phó Chủ tịch UBND tỉnh Lâm Văn Tài kết luận; Ban Chỉ đạo liên ngành tỉnh họp.";
        let person = s.find("Lâm").unwrap();
        let got: Vec<&str> = find(s, &lower_same_len(s), &[person]).into_iter().map(|h| &s[h.start..h.end]).collect();
        assert_eq!(got, ["UBND tỉnh", "Ban Chỉ đạo liên ngành tỉnh"]);
        // "Ban chỉ đạo" in small letters is a verb after a kind: not read as a name.
        assert_eq!(texts("Ban chỉ đạo các xã."), Vec::<String>::new());
    }

    #[test]
    fn departments_of_agriculture() {
        let s = "Phòng Nông nghiệp tham mưu; Sở Nông nghiệp và Môi trường phối hợp.";
        assert_eq!(texts(s), vec!["Phòng Nông nghiệp", "Sở Nông nghiệp và Môi trường"]);
    }

    #[test]
    fn departments_whose_names_run_in_small_letters_or_dashes() {
        let s = "Giao Sở Tài chính bố trí; Sở Kế hoạch và Đầu tư thẩm định; Khoa Dược - Trang thiết bị - Vật tư y tế cấp phát; Khoa Kiểm soát bệnh tật - HIV/AIDS lập kế hoạch.";
        assert_eq!(texts(s), vec!["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Khoa Dược - Trang thiết bị - Vật tư y tế", "Khoa Kiểm soát bệnh tật - HIV/AIDS"]);
        assert_eq!(texts("Sở Y tế tài chính cho dự án."), vec!["Sở Y tế"], "a phrase in small letters not marked so is no part of a name");
        let s = "Phòng Kế hoạch - Nghiệp vụ và Phòng Tổ chức - Hành chính - Tài chính phối hợp với Khoa Kiểm soát nhiễm khuẩn.";
        assert_eq!(texts(s), vec!["Phòng Kế hoạch - Nghiệp vụ", "Phòng Tổ chức - Hành chính - Tài chính", "Khoa Kiểm soát nhiễm khuẩn"]);
    }

    #[test]
    fn a_city_in_its_short_form_closes_a_name() {
        let s = "gửi Viện Pasteur TP.HCM và Viện Vệ sinh dịch tễ TP. HCM xét nghiệm";
        assert_eq!(texts(s), vec!["Viện Pasteur TP.HCM", "Viện Vệ sinh dịch tễ TP. HCM"]);
        let h = find(s, &lower_same_len(s), &[]);
        assert_eq!(h[0].normalized, Some(Normalized::Text("Viện Pasteur thành phố Hồ Chí Minh".into())));
    }

    #[test]
    fn a_kind_inside_a_documents_symbol_is_no_organisation() {
        assert_eq!(texts("Công văn số 3124/UBND-KGVX ngày 11/9 và Kế hoạch số 12/KH-UBND của UBND tỉnh."), vec!["UBND tỉnh"]);
        assert_eq!(texts("Văn phòng HĐND-UBND huyện thông báo."), vec!["Văn phòng HĐND", "UBND huyện"], "two bodies named together");
    }

    #[test]
    fn schools_by_their_level() {
        let s = "Đoàn làm việc tại Trường Tiểu học Hòa Bình, Trường Trung học cơ sở Tân Tiến và Trường Mầm non Sao Mai.";
        assert_eq!(texts(s), vec!["Trường Tiểu học Hòa Bình", "Trường Trung học cơ sở Tân Tiến", "Trường Mầm non Sao Mai"]);
    }

    #[test]
    fn abbreviations_expand() {
        let h = find("BVĐK Tân Hòa", "bvđk tân hòa", &[]);
        assert_eq!(h[0].normalized, Some(Normalized::Text("Bệnh viện đa khoa Tân Hòa".into())));
    }

    #[test]
    fn kind_matcher_finds_what_the_automaton_found() {
        let forms: Vec<&str> = data_lines(KINDS_TSV).filter_map(|l| l.split('\t').nth(2).and(l.split('\t').next())).collect();
        assert_eq!(forms.len(), VOCABULARY.kinds.len());
        crate::stages::extract::pairs::tests::assert_same_as_automaton(&forms, &VOCABULARY.kind_matcher);
    }

    #[test]
    fn a_dash_in_either_form_before_a_known_field_or_a_short_form() {
        let s = "Khoa Dược – Vật tư y tế cấp phát; Khoa Sức khỏe môi trường - YTTH và Phòng Hành chính – Quản trị phối hợp với Khoa Xét nghiệm - Chẩn đoán hình ảnh.";
        assert_eq!(texts(s), ["Khoa Dược – Vật tư y tế", "Khoa Sức khỏe môi trường - YTTH", "Phòng Hành chính – Quản trị", "Khoa Xét nghiệm - Chẩn đoán hình ảnh"]);
        assert_eq!(texts("Sở Y tế Gia Lai - Tăng cường phòng dịch"), ["Sở Y tế Gia Lai"], "a headline after a dash is no part of the name");
        assert_eq!(texts("Sở Y tế - BHXH tỉnh họp"), ["Sở Y tế", "BHXH tỉnh"]);
    }

    #[test]
    fn special_zones_and_military_civilian_hospitals() {
        let s = "Đoàn kiểm tra Trung tâm Y tế đặc khu Cô Tô và Bệnh viện Quân dân y tỉnh.";
        assert_eq!(texts(s), ["Trung tâm Y tế đặc khu Cô Tô", "Bệnh viện Quân dân y tỉnh"]);
    }

    #[test]
    fn intensive_care_and_cardiology_joined_to_a_second_field() {
        let s = "Khoa Hồi sức - Chống độc và Khoa Tim mạch – Lão học tiếp nhận bệnh nhân.";
        assert_eq!(texts(s), ["Khoa Hồi sức - Chống độc", "Khoa Tim mạch – Lão học"]);
    }

    #[test]
    fn departments_of_communes_schools_and_disease_control() {
        let s = "Phòng Kinh tế phường, Ban Giám hiệu nhà trường, Khoa Phòng, chống sốt rét và Khoa Phòng chống bệnh không lây nhiễm cùng làm.";
        assert_eq!(texts(s), ["Phòng Kinh tế phường", "Ban Giám hiệu", "Khoa Phòng, chống sốt rét", "Khoa Phòng chống bệnh không lây nhiễm"]);
    }

    #[test]
    fn a_committee_named_by_its_field() {
        assert_eq!(texts("Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm huyện họp."), ["Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm huyện"]);
        assert_eq!(texts("Ban Giám đốc Bệnh viện Đa khoa tỉnh và Ban giám đốc họp."), ["Ban Giám đốc Bệnh viện Đa khoa tỉnh", "Ban giám đốc"]);
        assert_eq!(texts("Báo cáo Sở Y tế về an toàn thực phẩm."), ["Sở Y tế"], "only a committee is named so");
    }

    #[test]
    fn a_steering_committee_runs_over_its_field_in_small_letters() {
        let s = "Ban Chỉ đạo phòng, chống dịch bệnh xã họp; Ban chỉ đạo phòng chống dịch tỉnh và Ban Chỉ đạo liên ngành vệ sinh an toàn thực phẩm huyện dự.";
        assert_eq!(texts(s), ["Ban Chỉ đạo phòng, chống dịch bệnh xã", "Ban chỉ đạo phòng chống dịch tỉnh", "Ban Chỉ đạo liên ngành vệ sinh an toàn thực phẩm huyện"]);
        let s = "Ban chỉ đạo chăm sóc sức khỏe nhân dân xã Hòa Mỹ và Ban Chỉ đạo Bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân tỉnh họp.";
        assert_eq!(texts(s), ["Ban chỉ đạo chăm sóc sức khỏe nhân dân xã Hòa Mỹ", "Ban Chỉ đạo Bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân tỉnh"]);
        // Elsewhere the same words are what a unit does, not its name.
        assert_eq!(texts("UBND xã phòng, chống dịch bệnh hiệu quả."), ["UBND xã"]);
    }

    #[test]
    fn a_plural_of_places_closes_a_name() {
        let s = "Giao UBND các xã, phường, thị trấn và Trạm Y tế các xã triển khai; lãnh đạo UBND các phường Tân Định, Đa Kao dự.";
        assert_eq!(texts(s), ["UBND các xã, phường, thị trấn", "Trạm Y tế các xã", "UBND các phường"]);
    }

    #[test]
    fn regional_centres_as_a_group() {
        assert_eq!(texts("Đề nghị các Trung tâm Y tế khu vực báo cáo."), ["Trung tâm Y tế khu vực"]);
        assert_eq!(texts("lãnh đạo BVĐK khu vực và các khoa"), Vec::<String>::new());
    }

    #[test]
    fn a_kinds_word_in_a_places_name_and_schools_of_two_levels() {
        assert_eq!(texts("Đoàn đến xã Pà Khoa Tiến và xã Trường Lộc."), Vec::<String>::new());
        let s = "Học sinh Trường Phổ thông dân tộc bán trú Tiểu học và THCS Pá Khoa Hồ, Trường Tiểu học và Trung học cơ sở Nà Lừu nghỉ.";
        assert_eq!(texts(s), ["Trường Phổ thông dân tộc bán trú Tiểu học và THCS Pá Khoa Hồ", "Trường Tiểu học và Trung học cơ sở Nà Lừu"]);
    }

    #[test]
    fn specialties_regions_and_numbers_run_whole() {
        for name in [
            "Bệnh viện Đa khoa vùng Cao nguyên Bắc Bộ",
            "Trung tâm Phẫu thuật Lồng ngực",
            "Bệnh viện Trung ương Quân đội 108",
            "Bệnh viện Chấn thương Chỉnh hình tỉnh",
            "Trung tâm Cấp cứu 115 tỉnh",
            "Bệnh viện 30-4",
            "Bệnh viện Nhân dân 115",
            "Bệnh viện Tâm thần tỉnh",
        ] {
            let s = format!("Ngày 2/12, {name} tiếp nhận bệnh nhân.");
            assert_eq!(texts(&s), [name], "{s}");
        }
        assert_eq!(texts("Sở Y tế vùng cao đã kiểm tra."), ["Sở Y tế"]);
        assert_eq!(texts("Bệnh viện 500 giường của tỉnh; Bệnh viện Quân y 103 có 12 ca."), ["Bệnh viện Quân y 103"]);
        assert_eq!(texts("Bệnh viện Nhân dân 2,5 tỷ đồng"), ["Bệnh viện Nhân dân"]);
        assert_eq!(texts("Khoa Hồi sức cấp cứu 128%, Khoa Cấp cứu 24/7."), ["Khoa Hồi sức cấp cứu", "Khoa Cấp cứu"]);
        // What follows the number is read 40 bytes far, never to the middle of a letter.
        assert_eq!(texts("Bệnh viện Nhân dân 7 ạạạạạạạạạạạạạạạạ"), ["Bệnh viện Nhân dân 7"]);
    }

    #[test]
    fn numbered_hospitals_and_schools() {
        for name in ["Bệnh viện Nhi đồng 3", "Trường Tiểu học Tân Lập 2", "Bệnh viện Đa khoa tỉnh Hòa Đông số 2", "Trường Mầm non số 1", "Bệnh viện Đa khoa số 4"] {
            let s = format!("Bệnh nhân được chuyển {name} điều trị.");
            assert_eq!(texts(&s), [name], "{s}");
        }
        assert_eq!(texts("Trường Tiểu học Tân Lập 15 học sinh mắc."), ["Trường Tiểu học Tân Lập"]);
        assert_eq!(texts("Thông báo của Sở Y tế số 45 về tiêm chủng."), ["Sở Y tế"], "a letter's number is no body's");
        assert_eq!(texts("Khoa Nhi 1.240 lượt; Trường Mầm non 2 lớp."), ["Khoa Nhi", "Trường Mầm non"]);
    }

    #[test]
    fn a_city_written_with_a_capital_and_friendship_hospitals() {
        assert_eq!(texts("Trung tâm Kiểm soát bệnh tật Thành phố cho biết; Trung tâm Y tế Thị xã dự."), ["Trung tâm Kiểm soát bệnh tật Thành phố", "Trung tâm Y tế Thị xã"]);
        assert_eq!(texts("Bệnh viện Hữu nghị Việt Nam - Ba Lan Hòa Đông tiếp nhận."), ["Bệnh viện Hữu nghị Việt Nam - Ba Lan Hòa Đông"]);
        assert_eq!(texts("Bệnh viện Hữu nghị Hòa Đông - Tăng cường phòng dịch"), ["Bệnh viện Hữu nghị Hòa Đông"], "a headline after a dash");
    }

    #[test]
    fn departments_by_their_whole_field() {
        for name in [
            "Khoa Ngoại chấn thương",
            "Phòng Công nghệ thông tin",
            "Phòng Vật tư - Thiết bị y tế",
            "Khoa Nội tiết – Đái tháo đường",
            "Khoa Châm cứu - Dưỡng sinh",
            "Khoa Nội - Nhi",
            "Khoa Bệnh phổi",
            "Khoa Nhi tổng hợp",
            "Khoa Ngoại - Liên chuyên khoa",
            "Khoa Kiểm soát bệnh tật và HIV/AIDS",
            "Viện Dinh dưỡng quốc gia",
            "Công đoàn ngành Y tế",
            "Ban Thi đua - Khen thưởng",
        ] {
            let s = format!("Giao {name} chủ trì.");
            assert_eq!(texts(&s), [name], "{s}");
        }
        assert_eq!(texts("Khoa Nhi và Khoa Sản trực; Khoa Nhi điều trị 20 ca."), ["Khoa Nhi", "Khoa Sản", "Khoa Nhi"]);
    }

    #[test]
    fn a_village_branch_of_a_mass_organisation() {
        assert_eq!(texts("Chi hội Người cao tuổi thôn Eo Mít và Hội Người cao tuổi xã dự."), ["Chi hội Người cao tuổi", "Hội Người cao tuổi xã"]);
    }

    #[test]
    fn a_numbered_hospital_after_a_department_or_a_place() {
        assert_eq!(texts("Khoa Nhiễm Bệnh viện Nhi đồng 1 tiếp nhận."), ["Khoa Nhiễm", "Bệnh viện Nhi đồng 1"]);
        assert_eq!(texts("Sở Y tế thành phố Hòa Đông Bệnh viện Nhi Đồng 2 hỗ trợ."), ["Sở Y tế thành phố Hòa Đông", "Bệnh viện Nhi Đồng 2"]);
        assert_eq!(texts("Phòng Kế hoạch tổng hợp Trung tâm Y tế huyện Phú Lạc dự."), ["Phòng Kế hoạch tổng hợp", "Trung tâm Y tế huyện Phú Lạc"]);
        // A place's name may hold a kind's one word.
        assert_eq!(texts("UBND huyện Trạm Tấu họp."), ["UBND huyện Trạm Tấu"]);
    }

    #[test]
    fn inspectorates_of_departments_and_places() {
        let s = "Thanh tra Sở Y tế phối hợp với Thanh tra tỉnh; Thanh tra Sở kiểm tra; Chánh Thanh tra Bộ Y tế dự.";
        assert_eq!(texts(s), ["Thanh tra Sở Y tế", "Thanh tra tỉnh", "Thanh tra Sở", "Thanh tra Bộ Y tế"]);
        assert_eq!(texts("Thanh tra Trung tâm Y tế huyện về giá dịch vụ."), ["Trung tâm Y tế huyện"], "the verb before a body");
        assert_eq!(texts("Thanh tra viên và thanh tra chuyên ngành."), Vec::<String>::new());
    }

    #[test]
    fn a_youth_union_of_a_numbered_district_keeps_its_number() {
        assert_eq!(texts("Quận Đoàn 5 phối hợp với Quận đoàn 10 và Quận Đoàn tổ chức."), ["Quận Đoàn 5", "Quận đoàn 10", "Quận Đoàn"]);
        assert_eq!(texts("Quận Đoàn 3 năm liền dẫn đầu."), ["Quận Đoàn"]);
    }

    #[test]
    fn a_units_department_named_with_the_bare_kind_of_its_body() {
        let s = "Phòng Nghiệp vụ Chi cục và Khoa Dược Trung tâm phối hợp với Văn phòng Sở.";
        assert_eq!(texts(s), ["Phòng Nghiệp vụ Chi cục", "Khoa Dược Trung tâm", "Văn phòng Sở"]);
        assert_eq!(texts("Phòng Nghiệp vụ Trung tâm Y tế huyện dự."), ["Phòng Nghiệp vụ", "Trung tâm Y tế huyện"]);
    }

    #[test]
    fn a_department_named_in_its_heads_role() {
        let s = "ông Lò Văn Khởi, Trưởng phòng Nghiệp vụ Dược Sở Y tế và bà Hà Thị Mơ, Phó trưởng khoa Hồi sức cấp cứu Bệnh viện Đa khoa tỉnh dự.";
        let hits = find(s, &lower_same_len(s), &[]);
        let got: Vec<&str> = hits.iter().map(|h| &s[h.start..h.end]).collect();
        assert_eq!(got, ["phòng Nghiệp vụ Dược", "Sở Y tế", "khoa Hồi sức cấp cứu", "Bệnh viện Đa khoa tỉnh"]);
        assert_eq!(hits[0].normalized, Some(Normalized::Text("Phòng Nghiệp vụ Dược".into())));
        // The name of someone met ends the department; a head of no named one names none.
        let s = "Trưởng khoa Nội Lò Văn Khởi cho biết; Trưởng phòng, Phó trưởng phòng cùng dự.";
        let person = s.find("Lò").unwrap();
        let got: Vec<&str> = find(s, &lower_same_len(s), &[person]).into_iter().map(|h| &s[h.start..h.end]).collect();
        assert_eq!(got, ["khoa Nội"]);
        // A station's head, and a body's kind that opens a department's name.
        assert_eq!(texts("y sĩ Rơ Mah Hiền, Trưởng trạm Y tế xã, cho biết"), ["trạm Y tế xã"]);
        assert_eq!(texts("ông Lò Văn Khởi, Trưởng phòng Thanh tra - Pháp chế dự."), ["phòng Thanh tra - Pháp chế"]);
        assert_eq!(texts("bà Hà Thị Mơ, Phó trưởng khoa Khoa Nội dự."), ["Khoa Nội"], "the kind's word said twice");
    }

    #[test]
    fn a_board_named_in_its_heads_role_runs_over_its_committee() {
        let s = "Trưởng ban Tuyên giáo Thị ủy Khúc Văn Lực và Phó Trưởng ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh Kha Thị Nụ dự.";
        let persons = [s.find("Khúc").unwrap(), s.find("Kha").unwrap()];
        let hits = find(s, &lower_same_len(s), &persons);
        let got: Vec<&str> = hits.iter().map(|h| &s[h.start..h.end]).collect();
        assert_eq!(got, ["ban Tuyên giáo Thị ủy", "ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh"]);
        assert_eq!(hits[0].normalized, Some(Normalized::Text("Ban Tuyên giáo Thị ủy".into())));
        // "Trưởng ban" with no board's name after it names none.
        assert_eq!(texts("Trưởng ban điều hành dự họp."), Vec::<String>::new());
    }

    #[test]
    fn agencies_beside_health_named_by_a_field_of_several_words() {
        let s = "Sở Y tế phối hợp với Chi cục Chăn nuôi và Thú y tổ chức tiêm phòng; Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Thủy sản, Chi cục Kiểm lâm và Ban Quản lý các khu công nghiệp cùng dự.";
        assert_eq!(
            texts(s),
            ["Sở Y tế", "Chi cục Chăn nuôi và Thú y", "Chi cục Trồng trọt và Bảo vệ thực vật", "Chi cục Thủy sản", "Chi cục Kiểm lâm", "Ban Quản lý các khu công nghiệp"]
        );
        // Written in small letters, the field is what the body does, not its name.
        assert_eq!(texts("Sở Y tế chăn nuôi thử nghiệm"), ["Sở Y tế"]);
    }

    #[test]
    fn role_words_end_a_name() {
        assert_eq!(texts("Sở Y tế Giám đốc"), vec!["Sở Y tế"]);
        assert_eq!(texts("Thị ủy - UBND thị xã"), vec!["Thị ủy", "UBND thị xã"]);
    }

    #[test]
    fn party_inspection_commissions_interagency_teams_and_merged_boards() {
        let s = "Ủy ban Kiểm tra Tỉnh ủy, UBKT Huyện ủy và Ban Tuyên giáo và Dân vận Tỉnh ủy dự; Đoàn liên ngành huyện Tân Lộc kiểm tra.";
        assert_eq!(texts(s), ["Ủy ban Kiểm tra Tỉnh ủy", "UBKT Huyện ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Đoàn liên ngành huyện Tân Lộc"]);
        assert_eq!(texts("Đoàn kiểm tra liên ngành và Đảng uỷ xã họp."), ["Đoàn kiểm tra liên ngành", "Đảng uỷ xã"]);
        // A bare "Đoàn" is a family name, not a team.
        assert_eq!(texts("Đoàn Văn Hải phát biểu."), Vec::<String>::new());
    }

    #[test]
    fn lung_hospitals_food_safety_boards_and_the_health_newspaper() {
        assert_eq!(texts("Bệnh viện Phổi tỉnh và Ban Quản lý an toàn thực phẩm thành phố phối hợp."), ["Bệnh viện Phổi tỉnh", "Ban Quản lý an toàn thực phẩm thành phố"]);
        assert_eq!(texts("(Báo Sức khỏe và Đời sống) - Hội LHPN xã họp."), ["Báo Sức khỏe và Đời sống", "Hội LHPN xã"]);
    }

    #[test]
    fn a_body_of_several_communes_listed_after_it() {
        let s = "Đại diện UBND xã Tân Lộc, xã Phú Thạnh và phường Hòa Bình dự.";
        assert_eq!(texts(s), ["UBND xã Tân Lộc", "xã Phú Thạnh", "phường Hòa Bình"]);
        let full: Vec<String> = find(s, &lower_same_len(s), &[]).into_iter().map(|h| match h.normalized { Some(Normalized::Text(t)) => t, _ => String::new() }).collect();
        assert_eq!(full, ["Ủy ban nhân dân xã Tân Lộc", "Ủy ban nhân dân xã Phú Thạnh", "Ủy ban nhân dân phường Hòa Bình"]);
        // A place after another body's unit, or of another level, is no body.
        assert_eq!(texts("Trung tâm Y tế huyện Hòa Sơn, xã Tân Lộc có 3 ca."), ["Trung tâm Y tế huyện Hòa Sơn"]);
        assert_eq!(texts("UBND xã Tân Lộc, huyện Hòa Sơn cho biết."), ["UBND xã Tân Lộc"]);
    }

    #[test]
    fn a_regional_hospital_of_the_mountains() {
        assert_eq!(texts("Bệnh viện Đa khoa khu vực miền núi phía Bắc tỉnh tiếp nhận bệnh nhân."), ["Bệnh viện Đa khoa khu vực miền núi phía Bắc tỉnh"]);
    }

    fn normalized(s: &str) -> Vec<(String, String)> {
        find(s, &lower_same_len(s), &[])
            .into_iter()
            .map(|h| (s[h.start..h.end].to_string(), match h.normalized { Some(Normalized::Text(t)) => t, other => format!("{other:?}") }))
            .collect()
    }

    #[test]
    fn a_headline_in_capitals_names_its_bodies() {
        let got = normalized("SỞ Y TẾ KIỂM TRA CÔNG TÁC PHÒNG CHỐNG DỊCH SỐT XUẤT HUYẾT");
        assert_eq!(got, [("SỞ Y TẾ".to_string(), "Sở Y tế".to_string())]);
        let got = normalized("TRUNG TÂM Y TẾ HUYỆN ĐÔNG SƠN TẬP HUẤN CHO CỘNG TÁC VIÊN");
        assert_eq!(got, [("TRUNG TÂM Y TẾ HUYỆN ĐÔNG SƠN".to_string(), "Trung tâm Y tế huyện Đông Sơn".to_string())]);
        let got = normalized("BỆNH VIỆN ĐA KHOA TỈNH TIẾP NHẬN MÁY MỚI; CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM KIỂM TRA");
        assert_eq!(got.iter().map(|g| g.1.as_str()).collect::<Vec<_>>(), ["Bệnh viện Đa khoa tỉnh", "Chi cục An toàn vệ sinh thực phẩm"]);
        // Abbreviations stay as they were read.
        assert_eq!(texts("UBND TỈNH CHỈ ĐẠO CDC TĂNG CƯỜNG GIÁM SÁT"), ["UBND TỈNH", "CDC"]);
    }

    #[test]
    fn a_kind_in_capitals_with_no_name_names_no_body() {
        // "TRUNG TÂM HUYỆN" is the district's town; "PHÒNG CHỐNG" a verb; "KHOA HỌC" a field.
        assert!(texts("NGƯỜI DÂN TRUNG TÂM HUYỆN ĐƯỢC KHÁM MIỄN PHÍ").is_empty());
        assert!(texts("TĂNG CƯỜNG PHÒNG CHỐNG DỊCH BỆNH MÙA MƯA").is_empty());
        assert!(texts("HỘI THẢO KHOA HỌC ĐIỀU DƯỠNG").is_empty());
        // A field with small letters is read as before: its words in capitals are no headline's.
        assert!(texts("Bài viết SỞ Y TẾ KIỂM TRA đã đăng").is_empty());
    }

    #[test]
    fn a_commune_health_station_written_as_its_initials() {
        let got = normalized("TYT xã Hòa An và TTYT huyện tổ chức khám.");
        assert_eq!(got.first().map(|(t, n)| (t.as_str(), n.as_str())), Some(("TYT xã Hòa An", "Trạm Y tế xã Hòa An")), "{got:?}");
        // "TYT" needs a name: alone it names no body.
        assert!(texts("Báo cáo của TYT.").is_empty());
    }

    #[test]
    fn a_hospital_in_capitals_named_by_its_place_alone() {
        let got = normalized("BỆNH VIỆN TỈNH TỔ CHỨC HỘI NGHỊ KHOA HỌC");
        assert_eq!(got, [("BỆNH VIỆN TỈNH".to_string(), "Bệnh viện tỉnh".to_string())]);
        // A centre still needs a name: "TRUNG TÂM TỈNH" is the province's town.
        assert!(texts("NGƯỜI DÂN TRUNG TÂM TỈNH ĐƯỢC KHÁM MIỄN PHÍ").is_empty());
        // A hospital with no place nor name after it names none.
        assert!(texts("BỆNH VIỆN TIẾP NHẬN MÁY MỚI").is_empty());
    }

    #[test]
    fn a_regional_centre_in_capitals_keeps_its_region() {
        let got = normalized("TRUNG TÂM Y TẾ KHU VỰC ĐÔNG SƠN TRIỂN KHAI TIÊM VẮC XIN");
        assert_eq!(got, [("TRUNG TÂM Y TẾ KHU VỰC ĐÔNG SƠN".to_string(), "Trung tâm Y tế khu vực Đông Sơn".to_string())]);
        // "KHU VỰC" with no name the gazetteer knows stays out.
        assert_eq!(texts("TRUNG TÂM Y TẾ KHU VỰC TRIỂN KHAI TIÊM"), ["TRUNG TÂM Y TẾ"]);
    }

    #[test]
    fn departments_in_small_letters_after_a_place_word_or_a_join() {
        let got = texts("Bệnh nhân được chuyển đến khoa Cấp cứu Bệnh viện Đa khoa tỉnh.");
        assert_eq!(got, ["khoa Cấp cứu", "Bệnh viện Đa khoa tỉnh"]);
        let got = normalized("Khoa Sơ sinh, khoa Cấp cứu và phòng Vật tư - Thiết bị y tế đã nhận bàn giao.");
        let got: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(got, ["Khoa Sơ sinh", "Khoa Cấp cứu", "Phòng Vật tư - Thiết bị y tế"]);
        assert_eq!(texts("Sau 3 ngày điều trị tại khoa Hồi sức tích cực, bệnh nhân ổn định."), ["khoa Hồi sức tích cực"]);
    }

    #[test]
    fn compounds_of_khoa_and_phong_open_no_department() {
        // "đa khoa", "chuyên khoa", "văn phòng", "dự phòng": words, not a kind.
        assert_eq!(texts("Phòng khám chuyên khoa Mắt được cấp phép."), Vec::<String>::new());
        assert!(texts("Hội nghị khoa học có 12 báo cáo; văn phòng Hà Nội đóng cửa.").is_empty());
        assert!(texts("Công tác y tế dự phòng Nhà nước quan tâm.").is_empty());
        // A list's join opens one only after another body: after a figure it is a rate's part.
        assert!(texts("Tỷ lệ nhiễm khuẩn là 4,2%, khoa Ngoại 2,1% và khoa Nhi 1,5%.").is_empty());
        // A kind in small letters with no capital after it names none.
        assert!(texts("Người bệnh nằm tại khoa cấp cứu và phòng hồi sức.").is_empty());
    }

    #[test]
    fn a_council_with_its_name() {
        assert_eq!(texts("Hội đồng Y khoa tỉnh và Hội đồng nhân dân xã đã họp."), ["Hội đồng Y khoa tỉnh", "Hội đồng nhân dân xã"]);
        // A council in small letters after its kind has no name: none.
        assert!(texts("Hội đồng thẩm định giá thuốc được thành lập.").is_empty());
    }
}

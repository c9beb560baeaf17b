//! Small text helpers that several plugins share: sentence ends, name casing, bylines,
//! dates written the Vietnamese way, function-word density and light markup removal.

use crate::page::Page;
use std::borrow::Cow;

/// True when the line ends like a sentence (., !, ?, …, :, ;, closing quotes after them).
pub fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end().trim_end_matches(['"', '”', '’', ')', '»', '*']);
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Chars below this code point are lower-cased through a table built once (Latin, Greek,
/// Cyrillic and the Vietnamese letters of Latin Extended Additional all lie below it).
const LOWER_TABLE_LEN: usize = 0x2000;

static LOWER_TABLE: std::sync::LazyLock<Vec<char>> =
    std::sync::LazyLock::new(|| (0..LOWER_TABLE_LEN as u32).map(|u| char::from_u32(u).map_or('\0', lower_char_slow)).collect());

fn lower_char_slow(c: char) -> char {
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
        _ => c,
    }
}

/// The lower case of `c` when it is one char of the same UTF-8 length, else `c` itself:
/// lower-casing char by char this way keeps every byte offset of a text valid.
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match LOWER_TABLE.get(c as usize) {
        Some(&l) => l,
        None => lower_char_slow(c),
    }
}

/// Lower-cases char by char with [`lower_char`]: the result has the same length and the
/// same char boundaries as `s`, so that a byte span found in one holds in the other.
pub fn lower_same_len(s: &str) -> String {
    // ASCII letters are lowered all at once; then only the chars beyond ASCII are looked
    // up, and the few that change (capitals with diacritics) are written over in place.
    let mut out = s.to_ascii_lowercase();
    let bytes = s.as_bytes();
    let table = &*LOWER_TABLE;
    let changing = &*CHANGING;
    let mut i = 0;
    while i < bytes.len() {
        // Most of a Vietnamese text is ASCII: skipped eight bytes at a time.
        if let Some(w) = bytes.get(i..i + 8) {
            let high = u64::from_le_bytes(w.try_into().expect("eight bytes")) & 0x8080_8080_8080_8080;
            if high == 0 {
                i += 8;
                continue;
            }
            i += high.trailing_zeros() as usize / 8;
        } else if bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        // The chars of two bytes and the Vietnamese letters are told unchanged (nearly all
        // of them are small letters already) from their bytes, without decoding them.
        let (n, changes) = match (bytes[i], bytes.get(i + 1..i + 3)) {
            (b @ 0xC2..=0xDF, _) => (2, changing.two[usize::from(b - 0xC2)] >> (bytes[i + 1] & 0x3F) & 1 == 1),
            (0xE1, Some(&[b1 @ 0xB8..=0xBB, b2])) => (3, changing.vietnamese[usize::from(b1 - 0xB8)] >> (b2 & 0x3F) & 1 == 1),
            _ => (0, true),
        };
        if !changes {
            i += n;
            continue;
        }
        let (c, n) = decode_common(s, i);
        let lower = match table.get(c as usize) {
            Some(&l) => l,
            None => lower_char_slow(char::from_u32(c).expect("decoded from UTF-8")),
        };
        if lower as u32 != c {
            // Same UTF-8 length by construction of the table.
            out.replace_range(i..i + n, lower.encode_utf8(&mut [0; 4]));
        }
        i += n;
    }
    out
}

/// Which chars [`lower_char`] changes, among those of two bytes in UTF-8 (by lead byte, from
/// 0xC2) and the Vietnamese letters U+1E00-U+1EFF (by second byte, from 0xB8): bit `k` of an
/// entry stands for the char whose last byte ends in the six bits `k`.
struct Changing {
    two: [u64; 30],
    vietnamese: [u64; 4],
}

static CHANGING: std::sync::LazyLock<Changing> = std::sync::LazyLock::new(|| {
    let table = &*LOWER_TABLE;
    let changes = |c: usize| u64::from(table[c] as usize != c);
    let mut bits = Changing { two: [0; 30], vietnamese: [0; 4] };
    for (lead, entry) in bits.two.iter_mut().enumerate() {
        // Lead byte 0xC2 + `lead` holds the code point's bits from the seventh up: 2 + `lead`.
        *entry = (0..64).fold(0, |acc, k| acc | changes((lead + 2) << 6 | k) << k);
    }
    for (second, entry) in bits.vietnamese.iter_mut().enumerate() {
        *entry = (0..64).fold(0, |acc, k| acc | changes(0x1E00 | second << 6 | k) << k);
    }
    bits
});

/// The char at byte `i` of `s` and its length. The chars of two bytes and the Vietnamese
/// letters with two marks (U+1E00-U+1EFF, three bytes) are read straight from their bytes:
/// they are nearly all the non-ASCII chars of a Vietnamese text.
fn decode_common(s: &str, i: usize) -> (u32, usize) {
    let bytes = s.as_bytes();
    match (bytes[i], bytes.get(i + 1..i + 3)) {
        (b @ 0xC2..=0xDF, _) => (u32::from(b & 0x1F) << 6 | u32::from(bytes[i + 1] & 0x3F), 2),
        (0xE1, Some(&[b1 @ 0xB8..=0xBB, b2])) => (0x1E00 | u32::from(b1 & 0x03) << 6 | u32::from(b2 & 0x3F), 3),
        _ => {
            let c = s[i..].chars().next().expect("i is on a char boundary");
            (c as u32, c.len_utf8())
        }
    }
}

/// True when `s` lower-cased with [`lower_char`] equals `lower`, without building a string.
pub fn lower_eq(s: &str, lower: &str) -> bool {
    s.len() == lower.len() && s.chars().map(lower_char).eq(lower.chars())
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

/// True when the line has letters and none of them is lower case ("THÔNG BÁO").
pub fn is_upper_line(line: &str) -> bool {
    let mut letters = 0;
    for c in line.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters > 0
}

/// Removes bold/italic markdown markers (`**`, `__`) that some converters leave in the text.
pub fn strip_markup(line: &str) -> String {
    strip_markup_borrowed(line).into_owned()
}

/// [`strip_markup`] that borrows the trimmed line when it carries no markup (most do).
pub fn strip_markup_borrowed(line: &str) -> Cow<'_, str> {
    if !holds_marker(line) {
        return Cow::Borrowed(line.trim());
    }
    Cow::Owned(line.replace("**", "").replace("__", "").trim().to_string())
}

/// The offset of the first `byte` in `hay`. A vectorised search: `str::contains` and
/// `split_once` with an ASCII char read a word at a time, several times slower on the long
/// lines that detection reads in every plugin.
pub fn find_byte(hay: &str, byte: u8) -> Option<usize> {
    memchr::memchr(byte, hay.as_bytes())
}

/// The char boundary nearest `at - n` from above (0 at least): where a look back of at most
/// `n` bytes from `at` starts.
pub fn back_by(s: &str, at: usize, n: usize) -> usize {
    let mut from = at.saturating_sub(n);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// The char boundary nearest `at + n` from below (the end at most): where a look ahead of at
/// most `n` bytes from `at` ends.
pub fn ahead_by(s: &str, at: usize, n: usize) -> usize {
    let mut to = (at + n).min(s.len());
    while !s.is_char_boundary(to) {
        to -= 1;
    }
    to
}

/// The lines of `s` as `s.split('\n')` gives them, each with the byte offset it starts at.
/// The breaks are found by the vectorised byte search, where the split's char search reads
/// a word at a time.
pub fn lines_with_starts(s: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut start = 0;
    memchr::memchr_iter(b'\n', s.as_bytes()).chain(std::iter::once(s.len())).map(move |end| {
        let line = (start, &s[start..end]);
        start = end + 1;
        line
    })
}

/// The offsets of the byte `a` in `hay`, in order, found by a vectorised search.
pub fn byte_offsets(hay: &str, a: u8) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(a, hay.as_bytes())
}

/// The offsets of the bytes `a` and `b` in `hay`, in order, found by a vectorised search.
pub fn either_byte_offsets<'h>(hay: &'h str, a: u8, b: u8) -> impl Iterator<Item = usize> + 'h {
    memchr::memchr2_iter(a, b, hay.as_bytes())
}

/// Whether `s` holds at most `most` chars: [`char_len`] without reading a line that is short
/// enough in bytes, or too long for any char count to fit (a char takes one to four bytes).
pub fn chars_at_most(s: &str, most: usize) -> bool {
    s.len() <= most || (s.len() <= 4 * most && char_len(s) <= most)
}

/// Whether `s` holds at least `least` words (runs of non-blanks): a line's words are read
/// only up to that count.
pub fn words_at_least(s: &str, least: usize) -> bool {
    s.split_whitespace().take(least).count() >= least
}

/// Whether `hay` holds the byte `a` or the byte `b`, with one vectorised search.
pub fn holds_either_byte(hay: &str, a: u8, b: u8) -> bool {
    memchr::memchr2(a, b, hay.as_bytes()).is_some()
}

/// Whether the line holds "**" or "__". Most lines hold neither "*" nor "_": one vectorised
/// byte search for both visits the few places worth a look.
fn holds_marker(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr2_iter(b'*', b'_', bytes).any(|i| bytes.get(i + 1) == Some(&bytes[i]))
}

/// Every line of `page` through [`strip_markup`], borrowed from the page where nothing is
/// removed: detection tests every line of a page in every plugin, and a page without a
/// single marker (most pages) is told by one scan of its text instead of one per line.
pub fn markup_free_lines(page: &Page) -> Vec<Cow<'_, str>> {
    let plain = !holds_marker(&page.text);
    page.lines()
        .map(|(_, _, line)| if plain { Cow::Borrowed(trim_blanks(line)) } else { strip_markup_borrowed(line) })
        .collect()
}

/// `str::trim`, with the search for blanks left out at an end that cannot hold one: told
/// from the first or last byte, where most lines open with a letter and close with a full
/// stop or a letter. Every line of every page goes through this in each plugin.
pub fn trim_blanks(line: &str) -> &str {
    let bytes = line.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return line;
    };
    match (opens_solid(first), closes_solid(last)) {
        (true, true) => line,
        (true, false) => line.trim_end(),
        (false, true) => line.trim_start(),
        (false, false) => line.trim(),
    }
}

/// Whether a char opening with this byte is surely not White_Space (what `trim` removes):
/// the blanks beyond ASCII open with 0xC2 (U+0085, U+00A0), 0xE1 (U+1680), 0xE2 (U+2000
/// to U+205F) or 0xE3 (U+3000).
fn opens_solid(byte: u8) -> bool {
    match byte {
        0x09..=0x0D | b' ' => false,
        0x00..=0x7F => true,
        0xC2 | 0xE1 | 0xE2 | 0xE3 => false,
        _ => byte >= 0xC0,
    }
}

/// Whether a char closing with this byte is surely not White_Space: the blanks beyond ASCII
/// close with 0x80-0x8A, 0x9F, 0xA0, 0xA8, 0xA9 or 0xAF.
fn closes_solid(byte: u8) -> bool {
    match byte {
        0x09..=0x0D | b' ' => false,
        0x00..=0x7F => true,
        0x80..=0x8A | 0x9F | 0xA0 | 0xA8 | 0xA9 | 0xAF => false,
        _ => true,
    }
}

/// Whether `hay` holds `needle` (written in lower case) in any case, compared char by char
/// with [`lower_char`], without building a lower-cased copy. Callers use it to skip a
/// case-insensitive regex on lines that cannot match: that is exact only for needles
/// without the few letters whose other case has another UTF-8 length, which [`lower_char`]
/// leaves as they are ("k" for the Kelvin sign "K", "s" for "ſ", "ß" for "ẞ").
pub fn contains_lower(hay: &str, needle: &str) -> bool {
    let Some(first) = needle.chars().next() else {
        return true;
    };
    // `lower_char` keeps each char's UTF-8 length and maps no other char to an ASCII one,
    // so a match holds the needle's longest ASCII run, in some ASCII case, at the same
    // byte distance from its start: a byte search finds the few places worth comparing.
    match longest_ascii_run(needle) {
        Some((k, run)) => ascii_matches(hay.as_bytes(), run)
            .any(|at| at >= k && hay.is_char_boundary(at - k) && lower_prefix(&hay[at - k..], needle)),
        None => hay.char_indices().any(|(i, c)| lower_char(c) == first && lower_prefix(&hay[i..], needle)),
    }
}

/// The byte offset and text of the longest run of ASCII bytes in `s`, if it has one.
fn longest_ascii_run(s: &str) -> Option<(usize, &[u8])> {
    let bytes = s.as_bytes();
    let mut best: Option<(usize, usize)> = None;
    let mut at = 0;
    while at < bytes.len() {
        let len = bytes[at..].iter().take_while(|b| b.is_ascii()).count();
        if len > best.map_or(0, |(_, l)| l) {
            best = Some((at, len));
        }
        at += len.max(1);
    }
    best.map(|(at, len)| (at, &bytes[at..at + len]))
}

/// The offsets where `hay` holds the ASCII `run` in any ASCII case (the run's letters
/// written in lower case).
fn ascii_matches<'h>(hay: &'h [u8], run: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
    let first = run.first().copied().unwrap_or(0);
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay)
        .filter(move |&at| hay.get(at..at + run.len()).is_some_and(|w| w.eq_ignore_ascii_case(run)))
}

/// Whether `s` opens with `lower` once lower-cased char by char with [`lower_char`].
fn lower_prefix(s: &str, lower: &str) -> bool {
    let mut cs = s.chars();
    lower.chars().all(|l| cs.next().map(lower_char) == Some(l))
}

/// Whether `hay` holds the ASCII `needle` (written in lower case) in any ASCII case.
pub fn contains_ascii_lower(hay: &str, needle: &[u8]) -> bool {
    !needle.is_empty() && ascii_matches(hay.as_bytes(), needle).next().is_some()
}

/// Whether `line` starts with `prefix` (written in lower case), ignoring the line's case:
/// compares letter by letter instead of lower-casing the whole line.
pub fn starts_with_lower(line: &str, prefix: &str) -> bool {
    // A prefix opening with an ASCII char other than "i" and "k" is told from the line's
    // first byte: only that char and its capital lower-case to it (the dotted capital I and
    // the Kelvin sign lower to "i" and "k"; tested over every char), and most lines open
    // otherwise.
    if let Some(&p) = prefix.as_bytes().first().filter(|p| p.is_ascii() && !matches!(p, b'i' | b'k')) {
        if line.as_bytes().first().map(u8::to_ascii_lowercase) != Some(p) {
            return false;
        }
    }
    let mut letters = line.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| letters.next() == Some(p))
}

/// Whether `line` ends with `suffix` (written in lower case), ignoring the line's case:
/// [`starts_with_lower`] read from the end.
pub fn ends_with_lower(line: &str, suffix: &str) -> bool {
    let mut letters = line.chars().rev().flat_map(|c| c.to_lowercase().rev());
    suffix.chars().rev().all(|p| letters.next() == Some(p))
}

/// Whether `line` lower-cased equals `word` (written in lower case), letter by letter
/// without building the lower-cased line.
pub fn equals_lower(line: &str, word: &str) -> bool {
    let mut letters = line.chars().flat_map(char::to_lowercase);
    word.chars().all(|p| letters.next() == Some(p)) && letters.next().is_none()
}

/// Whether two texts say the same, case and spacing aside (two headlines, an author and
/// the site's name).
pub fn same_text(a: &str, b: &str) -> bool {
    // Lower-casing char by char differs from lower-casing a word only for a capital sigma.
    if a.contains('Σ') || b.contains('Σ') {
        let norm = |s: &str| s.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ");
        return norm(a) == norm(b);
    }
    lower_words(a).eq(lower_words(b))
}

/// The words of `s` lower-cased char by char, one space between them.
pub fn lower_words(s: &str) -> impl Iterator<Item = char> + '_ {
    s.split_whitespace()
        .enumerate()
        .flat_map(|(i, w)| (i > 0).then_some(' ').into_iter().chain(w.chars().flat_map(char::to_lowercase)))
}

/// Vietnamese function words: common in running text, rare in menus, names and headlines.
pub const FUNCTION_WORDS: &[&str] = &[
    "và", "của", "các", "có", "được", "trong", "cho", "với", "đã", "là", "những", "này", "để", "tại",
    "từ", "theo", "không", "một", "người", "đến", "về", "khi", "thì", "sẽ", "đang", "cũng", "như",
    "nhưng", "nên", "vì", "do", "bị", "ra", "vào", "lại", "còn", "mà", "nếu", "hay", "hoặc", "trên",
    "dưới", "sau", "trước", "đó", "nhiều", "rất", "đều", "qua", "việc", "nhằm", "cùng", "đối", "so",
    "ở", "bằng", "rằng", "cả", "mọi", "vẫn", "chưa", "sự", "tới", "giữa", "hơn", "gần", "đây", "nhau",
];

/// Share of the words of `line` that are Vietnamese function words (0 for an empty line).
pub fn function_word_ratio(line: &str) -> f32 {
    let mut total = 0usize;
    let mut hits = 0usize;
    for w in line.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        total += 1;
        let lower = w.to_lowercase();
        if FUNCTION_WORDS.contains(&lower.as_str()) {
            hits += 1;
        }
    }
    if total == 0 {
        0.0
    } else {
        hits as f32 / total as f32
    }
}

/// Words (or word pairs) that open the name of an organisation or a unit, never a person's name.
const UNIT_WORDS: &[&str] = &[
    "phòng", "khoa", "tổ", "ban", "trung tâm", "ttyt", "đội", "văn phòng", "bộ", "sở", "bệnh viện", "ủy ban",
    "ubnd", "hội", "cục", "chi cục", "viện", "trường", "đảng", "huyện", "tỉnh", "trạm", "cổng", "báo", "đài",
    "tin", "tag", "tags", "xem", "đọc", "videos", "video", "ảnh", "nguồn", "theo", "bộ phận",
];

/// Byline prefixes that announce the author ("Bài, ảnh: ...", "Tin: ...").
const BYLINE_PREFIXES: &[&str] =
    &["bài và ảnh:", "bài, ảnh:", "tin, ảnh:", "tin và ảnh:", "bài:", "tin:", "ảnh:", "tác giả:", "nhóm pv", "pv:"];

/// True when `part` reads as a person's name: two to five capitalised words of letters only,
/// not opening like an organisation.
pub fn looks_like_name(part: &str) -> bool {
    // Word by word, without collecting the words: most lines fail at their first word, and
    // a paragraph is given up at its sixth instead of being split whole.
    let mut words = 0;
    for w in part.split_whitespace() {
        words += 1;
        let starts_upper = w.chars().next().is_some_and(char::is_uppercase);
        if words > 5 || !starts_upper || !w.chars().all(|c| c.is_alphabetic() || c == '.') {
            return false;
        }
    }
    words >= 2 && !starts_like_unit(part)
}

/// True when `part` starts like a department or unit ("Phòng CTXH", "Khoa Nội").
pub fn starts_like_unit(part: &str) -> bool {
    // Compared letter by letter, without lower-cased copies of the two first words, and
    // only with the units opening with the same letter.
    let mut words = part.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let Some(lead) = first.chars().flat_map(char::to_lowercase).next() else {
        return false;
    };
    let second = words.next();
    // The lead's bytes are written out once, not once per unit.
    let mut buf = [0; 4];
    let lead = lead.encode_utf8(&mut buf).as_bytes();
    UNIT_WORDS.iter().filter(|u| u.as_bytes().starts_with(lead)).any(|u| match (u.split_once(' '), second) {
        (None, _) => equals_lower(first, u),
        (Some((a, b)), Some(second)) => equals_lower(first, a) && equals_lower(second, b),
        (Some(_), None) => false,
    })
}

/// Reads a byline line into author names, or `None` when the line is not a byline.
///
/// "A – B" and "A - B" give two names, "A, B" and "A và B" too; a department after a dash
/// ("Minh Tiến-Phòng CTXH") is dropped; names written in capitals are title-cased.
pub fn byline_names(line: &str) -> Option<Vec<String>> {
    let mut t = strip_markup(line);
    let lower = t.to_lowercase();
    for p in BYLINE_PREFIXES {
        if lower.starts_with(p) {
            t = t[p.len()..].trim().to_string();
            break;
        }
    }
    let t = t.trim_end_matches(['.', ';']).trim();
    if t.is_empty() || char_len(t) > 70 || t.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut names = Vec::new();
    for part in split_name_list(t) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        if (starts_like_unit(part) || crate::byline::is_unit_abbreviation(part)) && !names.is_empty() {
            // The department after an author's name, also by its initials ("CDC Hòa Vang").
            continue;
        }
        if !looks_like_name(part) {
            return None;
        }
        names.push(title_case_if_upper(part));
    }
    if names.is_empty() {
        None
    } else {
        Some(names)
    }
}

/// Splits a list of names on dashes (spaced or not), commas, "và" and "&".
fn split_name_list(t: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    for a in t.split([',', '–', '—', '-', '&', '/']) {
        for b in a.split(" và ") {
            parts.push(b);
        }
    }
    parts
}

pub use crate::date_stamp::date_stamp;

/// Parses a date written out in words, "ngày 08 tháng 10 năm 2025" (as reports date
/// themselves under their title), into "YYYY-MM-DD". Days and months out of range, and a
/// date with a part left blank for the signer to fill, give `None`.
pub fn parse_long_date(s: &str) -> Option<String> {
    // Every such date holds "tháng": most lines are ruled out by that search alone.
    if !contains_lower(s, "tháng") {
        return None;
    }
    let words: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let number = |w: &str, most: u32| w.parse::<u32>().ok().filter(|n| (1..=most).contains(n));
    words.windows(6).find_map(|w| {
        let named = equals_lower(w[0], "ngày") && equals_lower(w[2], "tháng") && equals_lower(w[4], "năm");
        let (d, m) = (number(w[1], 31)?, number(w[3], 12)?);
        let y = w[5].trim_end_matches(['.', ';', ')']);
        (named && y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) && y >= "1900").then(|| format!("{y}-{m:02}-{d:02}"))
    })
}

/// Parses the first "DD/MM/YYYY" (optionally followed by "HH:MM") found in `s` into
/// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM". Days and months out of range give `None`.
pub fn parse_dmy_datetime(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit()) {
            if let Some((date, next)) = read_dmy(&chars, i) {
                let time = read_time(&chars, next);
                return Some(match time {
                    Some((h, m)) => format!("{date}T{h:02}:{m:02}"),
                    None => date,
                });
            }
        }
        i += 1;
    }
    None
}

/// Reads "D/M/YYYY" (or with "-" or ".") at `i`; returns the ISO date and the index after it.
fn read_dmy(c: &[char], i: usize) -> Option<(String, usize)> {
    let (d, i) = read_num(c, i, 2)?;
    let sep = *c.get(i)?;
    if !matches!(sep, '/' | '-' | '.') {
        return None;
    }
    let (m, i) = read_num(c, i + 1, 2)?;
    if *c.get(i)? != sep {
        return None;
    }
    let (y, j) = read_num(c, i + 1, 4)?;
    if j - (i + 1) != 4 || !(1..=31).contains(&d) || !(1..=12).contains(&m) || y < 1900 {
        return None;
    }
    Some((format!("{y:04}-{m:02}-{d:02}"), j))
}

/// Reads " HH:MM" (after optional spaces or a comma) at `i`.
fn read_time(c: &[char], mut i: usize) -> Option<(u32, u32)> {
    while c.get(i).is_some_and(|ch| ch.is_whitespace() || *ch == ',' || *ch == '|' || *ch == '-') {
        i += 1;
    }
    let (h, i) = read_num(c, i, 2)?;
    if !matches!(c.get(i), Some(':') | Some('h')) {
        return None;
    }
    let (m, j) = read_num(c, i + 1, 2)?;
    if j - (i + 1) != 2 || h > 23 || m > 59 {
        return None;
    }
    Some((h, m))
}

/// Reads up to `max` ASCII digits at `i`.
fn read_num(c: &[char], i: usize, max: usize) -> Option<(u32, usize)> {
    let mut j = i;
    let mut v: u32 = 0;
    while j < c.len() && j - i < max && c[j].is_ascii_digit() {
        v = v * 10 + c[j].to_digit(10)?;
        j += 1;
    }
    if j == i || c.get(j).is_some_and(|ch| ch.is_ascii_digit()) {
        return None;
    }
    Some((v, j))
}

/// True when the line is a date-and-time stamp, possibly after a short category
/// ("Tin Y tế 19/07/2024 08:00", "19/07/2024 | 08:00").
pub fn is_timestamp_line(line: &str) -> bool {
    let t = line.trim();
    // The length is counted only as far as it matters (most lines are paragraphs). A date
    // and a time hold at least nine ASCII digits ("1/2/2025 8:30"): a line with fewer is no
    // stamp, and is not read char by char.
    if !chars_at_most(t, 60) || t.bytes().filter(u8::is_ascii_digit).count() < 9 {
        return false;
    }
    match parse_dmy_datetime(t) {
        Some(v) => v.contains('T') && !ends_sentence(t),
        None => false,
    }
}

/// ASCII slug of a name: diacritics removed, lower case, letters and digits only
/// ("Sóc Trăng" -> "soctrang").
pub fn ascii_slug(s: &str) -> String {
    s.chars().filter_map(fold_char).filter(|c| c.is_ascii_alphanumeric()).collect()
}

/// The base ASCII letter of a Vietnamese letter, in lower case.
fn fold_char(c: char) -> Option<char> {
    const GROUPS: &[(&str, char)] = &[
        ("aàáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("eèéẻẽẹêềếểễệ", 'e'),
        ("iìíỉĩị", 'i'),
        ("oòóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("uùúủũụưừứửữự", 'u'),
        ("yỳýỷỹỵ", 'y'),
        ("đ", 'd'),
    ];
    let lower = c.to_lowercase().next()?;
    for (set, base) in GROUPS {
        if set.contains(lower) {
            return Some(*base);
        }
    }
    Some(lower)
}

/// A slug for the site of a URL: the host without "www." and the public suffix, dots as
/// dashes ("https://www.soyte.example.gov.vn/tin" -> "soyte-example"). `None` for a file path.
pub fn host_slug(path: &str) -> Option<String> {
    let rest = path.strip_prefix("https://").or_else(|| path.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#', ':']).next()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let mut labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    const SUFFIXES: &[&str] = &["vn", "com", "net", "org", "gov", "edu", "info", "int"];
    while labels.len() > 1 && labels.last().is_some_and(|l| SUFFIXES.contains(l)) {
        labels.pop();
    }
    if labels.is_empty() {
        None
    } else {
        Some(labels.join("-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_ascii_char_and_its_capital_lower_case_to_it_but_i_and_k() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let Some(l) = c.to_lowercase().next().filter(char::is_ascii) else { continue };
            assert!(c.is_ascii() && c.to_ascii_lowercase() == l || matches!(l, 'i' | 'k'), "{c:?}");
        }
        for (line, prefix) in [("Nơi nhận:", "nơi nhận"), ("nơi", "nơi nhận"), ("", "a"), ("\u{212A}hoa", "khoa"), ("İn", "i̇n"), ("1.", "1."), ("x", "")] {
            assert_eq!(starts_with_lower(line, prefix), line.to_lowercase().starts_with(prefix), "{line:?} {prefix:?}");
        }
    }

    #[test]
    fn lines_with_starts_are_the_lines_of_split() {
        for s in ["", "\n", "a", "a\n", "\na", "ấ\n\nb\r\n c", "\n\n"] {
            let by_split: Vec<(usize, &str)> = s.split('\n').map(|l| (l.as_ptr() as usize - s.as_ptr() as usize, l)).collect();
            assert_eq!(lines_with_starts(s).collect::<Vec<_>>(), by_split, "{s:?}");
        }
    }

    #[test]
    fn ends_with_lower_is_to_lowercase_then_ends_with() {
        let words = ["tỉnh", "thành phố", "tp.", "xã", "i", ""];
        for line in ["Tỉnh", "UBND TỈNH", "tại Thành Phố", "TP.", "Xã", "Xãx", "İ", "ĐỒNG XÃ", "x", ""] {
            for w in words {
                assert_eq!(ends_with_lower(line, w), line.to_lowercase().ends_with(w), "{line:?} {w:?}");
            }
        }
    }

    #[test]
    fn lower_same_len_is_lower_char_of_every_char() {
        let by_char = |s: &str| s.chars().map(lower_char).collect::<String>();
        let every: String = (0..0x11_0000u32).filter_map(char::from_u32).collect();
        assert_eq!(lower_same_len(&every), by_char(&every));
        let pieces = ["a", "Z", "ĐỒNG", "Ư", "ẞ", "İ", "\u{212A}", "Ω", "ǅ", "中", "😀", " ", "Ả", "ả", "ǲ", "ÿ", "Ÿ", "ꟶ"];
        let mut rng = crate::testing::Rng(0x1234_5678_9ABC_DEF1);
        for _ in 0..5000 {
            let n = rng.below(30);
            let s: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
            assert_eq!(lower_same_len(&s), by_char(&s), "{s:?}");
        }
        let s = "ĐỒNG CHÍ Ông";
        assert_eq!(lower_same_len(s), "đồng chí ông");
    }

    /// `looks_like_name` as first written: the words collected, then counted, then tested.
    fn name_by_collected_words(part: &str) -> bool {
        let words: Vec<&str> = part.split_whitespace().collect();
        (2..=5).contains(&words.len())
            && !starts_like_unit(part)
            && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || c == '.'))
    }

    #[test]
    fn a_name_told_word_by_word_is_the_same_name() {
        let words = ["Trần", "Thị", "Mai", "BS.", "ĐỖ", "an", "12", "-", "Văn", "Phòng", "Khoa", "Nội", "\u{a0}", "  ", "Lê\tB", ""];
        let mut rng = crate::testing::Rng(0x9E37_79B9_7F4A_7C15);
        let mut names = 0;
        for _ in 0..50_000 {
            let line: Vec<&str> = (0..rng.below(9)).map(|_| words[rng.below(words.len())]).collect();
            let line = line.join(if rng.below(2) == 0 { " " } else { "  " });
            assert_eq!(looks_like_name(&line), name_by_collected_words(&line), "{line:?}");
            names += usize::from(looks_like_name(&line));
        }
        assert!(names > 100, "the generated lines hold names: {names}");
    }

    #[test]
    fn holds_marker_agrees_with_a_search_for_each_pair() {
        let parts = ["*", "_", "a", "ệ", " ", "**", "__", "*_"];
        let mut state = 7u64;
        for _ in 0..50_000 {
            let mut line = String::new();
            for _ in 0..(state % 9) {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                line.push_str(parts[(state >> 33) as usize % parts.len()]);
            }
            assert_eq!(holds_marker(&line), line.contains("**") || line.contains("__"), "{line:?}");
        }
    }

    #[test]
    fn table_lowering_agrees_with_the_standard_library() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(lower_char(c), lower_char_slow(c), "{c:?}");
        }
        let s = "ĐỒNG CHÍ Ông İstanbul ΣΑ";
        assert_eq!(lower_same_len(s).len(), s.len());
        assert_eq!(lower_same_len(s), "đồng chí ông İstanbul σα");
        for s in ["", "ABC", "Ⅻ ＡＢ Ǆ x", "SỞ Y TẾ 2024 <B>", "ÀÁẢ", "a\u{10400}B"] {
            assert_eq!(lower_same_len(s), s.chars().map(lower_char).collect::<String>(), "{s:?}");
        }
        // Every char, each between ASCII letters, through the in-place path.
        let all: String = (0..0x11_0000).filter_map(char::from_u32).flat_map(|c| ['A', c, 'b']).collect();
        assert_eq!(lower_same_len(&all), all.chars().map(lower_char).collect::<String>());
        assert!(lower_eq("Trước", "trước") && !lower_eq("Trước", "trướ"));
        assert!(equals_lower("Tin Liên Quan", "tin liên quan"));
        assert!(!equals_lower("Tin Liên Quan khác", "tin liên quan") && !equals_lower("Tin", "tin liên quan"));
    }

    #[test]
    fn borrowed_lines_read_as_the_copied_ones() {
        for line in ["  Tin **nổi bật** ", "a__b__c", "  trơn  ", "", "**", "a*b_c", "x * y", "snake_case__name", "*_*_"] {
            assert_eq!(strip_markup_borrowed(line), strip_markup(line));
        }
        assert!(matches!(strip_markup_borrowed(" trơn "), Cow::Borrowed("trơn")));
        let blanks: Vec<char> = (0..0x11_0000u32).filter_map(char::from_u32).filter(|c| c.is_whitespace()).collect();
        let mut pieces: Vec<String> = blanks.iter().map(char::to_string).collect();
        pieces.extend(["à", "Ả", "ế", "ổ", "Đ", ".", "a", "x y", "\u{85}", "\u{a0}", "中", "😀", "\u{80}", "\u{2FF}"].map(String::from));
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        for line in crate::testing::Rng(0x1234_5678_9ABC_DEF1).texts(&pieces, 50_000, 6) {
            assert_eq!(trim_blanks(&line), line.trim(), "{line:?}");
        }
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            let one = c.to_string();
            assert_eq!(trim_blanks(&one), one.trim(), "{c:?}");
            for line in [format!("{c}a{c}"), format!("a{c}"), format!("{c}a")] {
                assert_eq!(trim_blanks(&line), line.trim(), "{line:?}");
            }
        }
        let plain = Page::from_text("a.txt", " Dòng một \nDòng hai");
        assert_eq!(markup_free_lines(&plain), vec!["Dòng một", "Dòng hai"]);
        assert!(markup_free_lines(&plain).iter().all(|l| matches!(l, Cow::Borrowed(_))));
        let marked = Page::from_text("a.txt", "**Đậm** chữ\nDòng __hai__ ");
        assert_eq!(markup_free_lines(&marked), vec!["Đậm chữ", "Dòng hai"]);
    }

    #[test]
    fn units_read_as_by_lower_cased_words() {
        let plain = |part: &str| {
            let words: Vec<String> = part.split_whitespace().take(2).map(|w| w.to_lowercase()).collect();
            let one = words.first().cloned().unwrap_or_default();
            let two = words.join(" ");
            UNIT_WORDS.iter().any(|u| *u == one || *u == two)
        };
        for part in [
            "Phòng CTXH", "TRUNG TÂM Y tế", "Trung", "Trung tâm", "Bệnh  viện huyện", "Lan Chi", "", "  ", "Văn Phòng Sở",
            "Văn Khoa", "BỘ PHẬN một cửa", "Bộ", "Ảnh", "ủy ban", "Ủy Ban nhân dân",
        ] {
            assert_eq!(starts_like_unit(part), plain(part), "{part:?}");
        }
    }

    #[test]
    fn contains_lower_agrees_with_a_char_by_char_scan() {
        fn scan(hay: &str, needle: &str) -> bool {
            let Some(first) = needle.chars().next() else { return true };
            hay.char_indices().any(|(i, c)| lower_char(c) == first && lower_prefix(&hay[i..], needle))
        }
        let pieces = ["Đ", "đ", "ội", "ỘI", " ", "ng", "NG", "Ng", "th", "TH", "ô", "Ô", "K", "\u{212A}", "k", "İ", "i", "a"];
        let needles = ["đội", "ng th", "thông", "k", "i", "nga", "ô ng", "đội ng", " ", "kk"];
        // Every string of up to four pieces: 18^4 haystacks, each against every needle.
        let mut hay = String::new();
        for n in 0..18usize.pow(4) {
            hay.clear();
            let mut m = n;
            for _ in 0..4 {
                hay.push_str(pieces[m % 18]);
                m /= 18;
            }
            for needle in needles {
                assert_eq!(contains_lower(&hay, needle), scan(&hay, needle), "{hay:?} {needle:?}");
            }
        }
    }

    #[test]
    fn case_blind_search() {
        assert!(contains_lower("Trang CỔNG THÔNG TIN ĐIỆN TỬ tỉnh", "cổng thông tin điện tử"));
        assert!(contains_lower("xem Cổng Thông tin", "cổng thông tin"));
        assert!(!contains_lower("Cổng thông", "cổng thông tin"));
        assert!(contains_lower("bất kỳ", ""));
        // The ASCII run of the needle is found in any case, at any distance from its start.
        assert!(contains_lower("ĐỘI ỨNG PHÓ, đội ứng phó", "đội ứng phó"));
        assert!(contains_lower("Xã NGHĨA TRUNG", "nghĩa trung"));
        assert!(!contains_lower("Xã NGHĨA TRUN", "nghĩa trung"));
        assert!(contains_lower("ạạ Đội", "đội"));
        assert!(!contains_lower("Đôi", "đội"));
        assert!(contains_lower("THÔNG", "thông"));
        assert!(!contains_lower("THONG", "thông"));
        assert!(!contains_lower("Thông", "Thông"));
        assert!(contains_ascii_lower("Đang ONLINE: 12", b"online"));
        assert!(!contains_ascii_lower("onlin", b"online"));
        assert!(!contains_ascii_lower("abc", b""));
    }

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

    #[test]
    fn bylines_split_and_drop_departments() {
        assert_eq!(byline_names("Hoài An – Quốc Bảo"), Some(vec!["Hoài An".into(), "Quốc Bảo".into()]));
        assert_eq!(byline_names("Lan Chi-Khoa Dược"), Some(vec!["Lan Chi".into()]));
        assert_eq!(byline_names("Lan Chi - Phòng KHTH"), Some(vec!["Lan Chi".into()]));
        // A unit by its initials after the writer ("CDC Hòa Vang", "TTYT Bắc Lục") is no name.
        assert_eq!(byline_names("Quế Anh - CDC Hòa Vang"), Some(vec!["Quế Anh".into()]));
        assert_eq!(byline_names("Quế Anh - TTYT Bắc Lục"), Some(vec!["Quế Anh".into()]));
        assert_eq!(byline_names("Quế Anh - VĂN KHOA"), Some(vec!["Quế Anh".into(), "Văn Khoa".into()]));
        assert_eq!(byline_names("HỒNG NHUNG"), Some(vec!["Hồng Nhung".into()]));
        assert_eq!(byline_names("VĂN KHOA"), Some(vec!["Văn Khoa".into()]));
        assert_eq!(byline_names("Lan Chi - Văn phòng Sở"), Some(vec!["Lan Chi".into()]));
        assert_eq!(byline_names("Bài, ảnh: Phương Linh"), Some(vec!["Phương Linh".into()]));
        assert_eq!(byline_names("Báo cáo - thống kê"), None);
        assert_eq!(byline_names("Thông báo"), None);
        assert_eq!(byline_names("Đọc thêm"), None);
        assert_eq!(byline_names("Sở Y tế tổ chức hội nghị."), None);
        assert_eq!(byline_names("Tất cả: 1234"), None);
    }

    #[test]
    fn dates_and_times() {
        assert_eq!(parse_dmy_datetime("Thời sự 03/11/2023 14:25").as_deref(), Some("2023-11-03T14:25"));
        assert_eq!(parse_dmy_datetime("ngày 5/2/2021, tại").as_deref(), Some("2021-02-05"));
        assert_eq!(parse_dmy_datetime("ngày 45/2/2021"), None);
        assert_eq!(parse_dmy_datetime("số 12/13/2020"), None);
        assert!(is_timestamp_line("Sức khỏe 01/02/2025 09:30"));
        assert!(!is_timestamp_line("Ngày 01/02/2025, đoàn công tác đến thăm."));
    }

    #[test]
    fn a_timestamp_line_is_told_as_when_every_short_line_was_parsed() {
        // As first written: the chars counted whole, every short line parsed.
        let parsed = |line: &str| {
            let t = line.trim();
            char_len(t) <= 60 && parse_dmy_datetime(t).is_some_and(|v| v.contains('T')) && !ends_sentence(t)
        };
        let pieces = [
            "19/07/2024", "1/2/2025", "03.11.2023", "5-6-2021", "08:00", "8h30", "9:5", "23:59", "24:00", "12", "2024", "7", "/", ":",
            " ", "  ", "\u{a0}", "|", "-", ",", ".", "Tin Y tế ", "ngày ", "Thời sự", "٣", "Ⅻ", "đoàn công tác đến thăm",
        ];
        let mut rng = crate::testing::Rng(0x51AB_0C3D_77E1_2F09);
        let mut stamps = 0;
        for line in rng.texts(&pieces, 100_000, 12) {
            let stamp = parsed(&line);
            assert_eq!(is_timestamp_line(&line), stamp, "{line:?}");
            stamps += usize::from(stamp);
        }
        assert!(stamps > 100, "the generated lines hold stamps: {stamps}");
    }

    #[test]
    fn function_words_and_slugs() {
        assert!(function_word_ratio("Đoàn đã đến thăm và tặng quà cho các gia đình tại xã.") > 0.3);
        assert!(function_word_ratio("Giới thiệu Liên hệ Sơ đồ trang") < 0.1);
        assert_eq!(ascii_slug("Bình Định"), "binhdinh");
        assert_eq!(host_slug("https://www.baomoi.example.com.vn/a/b").as_deref(), Some("baomoi-example"));
        assert_eq!(host_slug("corpus/a.txt"), None);
        assert!(is_upper_line("QUYẾT ĐỊNH"));
        assert!(!is_upper_line("Quyết định"));
    }
}

//! Indicators: every reported figure in the body, with its unit, what it counts, a
//! qualifier ("hơn", "gần", "trên", "khoảng") and a change against a baseline
//! ("tăng 13,2% so với năm 2023"), which is attached to the figure it follows.

use super::text::{ahead_by, back_by, clause_start, data_lines, digit_len, first_of, is_alnum, last_of, lower_char, lower_eq, lower_same_len, on_word_boundary, Offsets, SpanSet};
use super::Hit;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use once_cell::sync::Lazy;
use regex::Regex;
use std::cell::{Cell, OnceCell};
use vanban_plugin_sdk::text::{lines_with_starts, starts_with_lower};
use vanban_plugin_sdk::{Change, DateRange, EntityKind, Indicator, Normalized};

static UNITS_TXT: &str = include_str!("../../../data/units.txt");

/// A per-population denominator glued to a figure: "4,3/100.000 dân".
static PER_POPULATION: Lazy<Regex> = Lazy::new(|| Regex::new(r"^/(1(?:\.?000)+|10{1,2}(?:\.000)*) \p{Ll}").expect("static regex"));

static UNITS: Lazy<(AhoCorasick, Vec<&'static str>)> = Lazy::new(|| {
    let units: Vec<&'static str> = data_lines(UNITS_TXT).map(str::trim).collect();
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(aho_corasick::StartKind::Anchored)
        // A few hundred states: a full DFA is small and the fastest to run.
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&units)
        .expect("units automaton");
    (ac, units)
});

/// Words after which a number is a position, not a figure ("lần thứ 18", "Điều 5").
const ORDINAL_BEFORE: &[&str] = &[
    "thứ", "lần", "khóa", "khoá", "kỳ", "điều", "khoản", "mục", "chương", "phần", "tập", "đợt", "năm", "tháng", "ngày",
    "quý", "tuần", "lúc", "giờ", "hotline", "thoại", "fax", "đt", "sđt", "mã", "phiên", "tầng", "phòng", "lô", "tổ", "ấp", "khóm",
    "mũi", "liều", "độ", "đoạn", "lớp",
];
/// Words of a number's scale, before what it counts.
const SCALES: &[(&str, f64)] = &[("nghìn", 1e3), ("ngàn", 1e3), ("vạn", 1e4), ("triệu", 1e6), ("tỷ", 1e9)];
/// Words that make the figure after them a target, not a result ("thấp hơn chỉ tiêu 95%",
/// "phấn đấu đạt 80% dân số").
const TARGET_WORDS: &[&str] = &["chỉ tiêu", "mục tiêu", "phấn đấu"];
/// Words that may stand between a target word and its figure ("chỉ tiêu đề ra là 95%").
const TARGET_LINKS: &[&str] =
    &["đạt", "là", "đề ra", "giao", "ở mức", "tới", "đến", "tăng", "giảm", "còn", "xuống", "có", "hết", "trong", "vào", "cuối"];
/// Units of a body measure: a figure in them is a threshold or a symptom ("sốt trên 38,5 độ C",
/// "cân nặng dưới 2.500 gram"), never a count a report gives.
const MEASURES: &[&str] = &["độ", "gram", "gam", "cm", "mmhg"];
/// Words after a number that make it an age, a duration or a time rather than a figure.
const TIME_AFTER: &[&str] = &["tuổi", "tháng", "năm", "ngày", "giờ", "phút", "tuần", "h", "quý", "thế"];
/// Words that end the phrase naming what a figure counts.
const PHRASE_STOP: &[&str] = &["so", "và", "trong", "nhưng", "còn", "chiếm", "bằng", "song"];
/// What ends a clause, for the words that rule a figure within it (a running total, a plan,
/// a rate's subject).
const CLAUSE_STOPS: &[char] = &['.', ';', ',', '\n', ':', '!', '?'];
/// Words that make the number after them a change of the figure before.
const CHANGE_WORDS: &[(&str, &str)] = &[
    ("tăng", "increase"),
    ("gấp", "increase"),
    ("vượt", "increase"),
    ("cao hơn", "increase"),
    ("nhiều hơn", "increase"),
    ("giảm", "decrease"),
    ("thấp hơn", "decrease"),
    ("ít hơn", "decrease"),
];
const QUALIFIERS: &[(&str, &str)] =
    &[("hơn", "hơn"), ("gần", "gần"), ("gần như", "gần"), ("trên", "trên"), ("khoảng", "khoảng"), ("xấp xỉ", "khoảng"), ("ước", "khoảng")];
/// Verbs linking a subject written before the figure to it ("tỷ lệ X đạt 18%", "tổng số ... là").
const LINKS: &[&str] = &["là", "đạt", "còn", "chiếm", "lên", "lên tới", "lên đến", "xuống", "ở mức"];
/// Words that make a figure a count of the sick, so that the disease of its sentence applies.
const CASE_WORDS: &[&str] = &["ca", "trường hợp", "mắc", "bệnh nhân", "người bệnh", "tử vong", "nhiễm", "ổ dịch", "ca bệnh", "người mắc"];
/// Words before a phone or fax number, found in one pass over the window before a number.
const PHONE_WORDS: &[&str] = &["điện thoại", "hotline", "fax", "đt:", "sđt"];
/// Every place of every case word in one pass (no case word overlaps itself, so these are
/// the places `match_indices` finds word by word).
static CASE_FINDER: Lazy<AhoCorasick> = Lazy::new(|| AhoCorasick::new(CASE_WORDS).expect("case words automaton"));
/// Function words trimmed off the end of a context phrase.
const TRAILING: &[&str] =
    &["cho", "là", "có", "được", "đạt", "với", "của", "đã", "thì", "và", "tổng", "số", "từ", "trong", "đó", "bằng", "tại", "ở", "chỉ", "mới", "tới"];

/// Parses "15.740" -> 15740, "52,92" -> 52.92, "1.234,5" -> 1234.5.
pub fn parse_number(s: &str) -> Option<f64> {
    if !is_viet_number(s) {
        return None;
    }
    if let Some(value) = exact_value(s) {
        return Some(value);
    }
    // Dots dropped and the comma made a point, on the stack: numbers are short.
    let mut buf = [0u8; 48];
    if s.len() > buf.len() {
        return s.replace('.', "").replace(',', ".").parse().ok();
    }
    let mut n = 0;
    for &b in s.as_bytes().iter().filter(|&&b| b != b'.') {
        buf[n] = if b == b',' { b'.' } else { b };
        n += 1;
    }
    std::str::from_utf8(&buf[..n]).ok()?.parse().ok()
}

/// Powers of ten that a double holds exactly.
const POWERS_OF_TEN: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/// The value of a number [`is_viet_number`] accepts, when it has at most 15 digits, without
/// the float parser: its digits as an integer, divided by the power of ten of its decimals.
/// Both are exact doubles and a division is correctly rounded, so this is the double
/// nearest the decimal value, which `str::parse` gives too (Clinger's fast path).
fn exact_value(s: &str) -> Option<f64> {
    let mut digits: u64 = 0;
    let mut count = 0;
    let mut decimals = None;
    for &b in s.as_bytes() {
        match b {
            b'.' => {}
            b',' => decimals = Some(0),
            _ => {
                digits = digits * 10 + u64::from(b - b'0');
                count += 1;
                decimals = decimals.map(|d| d + 1);
            }
        }
        if count > 15 {
            return None;
        }
    }
    // Below 10^15 < 2^53: the integer is an exact double.
    Some(digits as f64 / POWERS_OF_TEN[decimals.unwrap_or(0)])
}

/// True when `s` is `\d{1,3}(?:\.\d{3})+(?:,\d+)?` or `\d+(?:,\d+)?` in ASCII digits: thousands
/// grouped by dots, or none, and a decimal comma. Other digits would not parse as a float.
fn is_viet_number(s: &str) -> bool {
    let b = s.as_bytes();
    let digits_from = |i: usize| i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = digits_from(0);
    let first = i;
    if first == 0 {
        return false;
    }
    let mut groups = 0;
    while b.get(i) == Some(&b'.') {
        let end = digits_from(i + 1);
        if end - (i + 1) != 3 {
            return false;
        }
        groups += 1;
        i = end;
    }
    if groups > 0 && first > 3 {
        return false;
    }
    match b.get(i) {
        None => true,
        Some(b',') => {
            let end = digits_from(i + 1);
            end > i + 1 && end == b.len()
        }
        Some(_) => false,
    }
}

/// The spans of `\d+(?:[.,]\d+)*` in `s`, left to right, as `find_iter` of that regex gives
/// them: digits, then as many separator-and-digits groups as follow. `places` are the
/// digits of `s` ([`super::text::digit_places`]): a number opens at the first one past the last number.
fn number_spans<'a>(s: &'a str, places: &'a [usize]) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut next = places.iter();
    let mut pos = 0;
    std::iter::from_fn(move || {
        let start = *next.find(|&&i| i >= pos)?;
        pos = number_end(s, start);
        Some((start, pos))
    })
}

/// The numbers of the body left to right: those in digits, and counts in words with their
/// value ("bảy trường hợp"), each as (start, end, value in words).
fn numbers(t: Body, digits: &[usize]) -> Vec<(usize, usize, Option<f64>)> {
    let mut all: Vec<(usize, usize, Option<f64>)> = number_spans(t.s, digits).map(|(a, b)| (a, b, None)).collect();
    // "bảy trường hợp": a count in words counts cases or people; "năm nay", "gấp ba" are none.
    let mut words = super::number_words::spans(t.lower);
    // "một bệnh nhân nam 47 tuổi" is "a patient": one counts only cases and outbreaks.
    // "một ca trực", "một ca ghép" are a shift and an operation, not a case.
    let counts_one = |b: usize| match unit_after(t, b) {
        (Some(u), end) if lower_eq(&u, "ca") => {
            let next = first_word(&t.lower[end..]);
            next.is_empty() || ["mắc", "bệnh", "tử", "nhiễm", "dương", "nghi", "sốt"].contains(&next)
        }
        (Some(u), _) => lower_in(&u, &["trường hợp", "ổ dịch", "vụ"]),
        (None, _) => false,
    };
    words.retain(|&(_, b, v)| match scale_after(t, b) {
        // "hơn một nghìn người dân", "ba trăm học sinh": hundreds and thousands in words are
        // numbers beyond doubt, so any known unit will do.
        Some(end) => known_unit_after(t, end),
        None if v >= 100.0 => known_unit_after(t, b),
        None if v == 1.0 => counts_one(b),
        None => counts_cases(t, b),
    });
    if !words.is_empty() {
        all.extend(words.into_iter().map(|(a, b, v)| (a, b, Some(v))));
        all.sort_by_key(|n| n.0);
    }
    all
}

/// The end of a scale word ("nghìn", "triệu") right after the number ending at `b`, if one follows.
fn scale_after(t: Body, b: usize) -> Option<usize> {
    let rest = t.lower[b..].strip_prefix(' ')?;
    let w = first_word(rest);
    SCALES.iter().any(|(x, _)| *x == w).then(|| b + 1 + w.len())
}

/// Whether a known unit or "%" follows the number ending at `b`.
fn known_unit_after(t: Body, b: usize) -> bool {
    unit_after(t, b).0.is_some_and(|u| u == "%" || known_unit(&u))
}

/// The end of the number that opens at `start` (a digit): its digits, then as many
/// separator-and-digits groups as follow.
fn number_end(s: &str, start: usize) -> usize {
    let bytes = s.as_bytes();
    let mut end = start;
    loop {
        while end < bytes.len() {
            let n = digit_len(s, end);
            if n == 0 {
                break;
            }
            end += n;
        }
        if matches!(bytes.get(end), Some(b'.' | b',')) && end + 1 < bytes.len() && digit_len(s, end + 1) > 0 {
            end += 1;
        } else {
            return end;
        }
    }
}

fn last_word(s: &str) -> &str {
    let t = s.trim_end();
    let start = t.rfind(|c: char| !is_alnum(c)).map(|i| i + t[i..].chars().next().map_or(1, char::len_utf8)).unwrap_or(0);
    &t[start..]
}

fn first_word(s: &str) -> &str {
    let t = s.trim_start();
    let end = t.find(|c: char| !is_alnum(c)).unwrap_or(t.len());
    &t[..end]
}

/// A token of a phrase: a word with inner dashes or slashes kept ("Covid-19", "HIV/AIDS").
fn first_token(s: &str) -> &str {
    let mut end = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '-' | '/') && end > 0 && chars.peek().is_some_and(|(_, n)| is_alnum(*n));
        if is_alnum(c) || inner {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    &s[..end]
}

/// A phrase `head` ends with, as a whole word, looking at its last 25 chars only; `w` is
/// lower case and not empty. See [`Tail`], which asks about many words at once.
fn ends_with_word(head: &str, w: &str) -> bool {
    Tail::new(head).ends_with_word(w)
}

/// The end of a phrase, trimmed and its last char lower-cased once for the dozens of words
/// asked about it for every number of the body.
struct Tail<'a> {
    head: &'a str,
    /// `head` without trailing blanks.
    t: &'a str,
    last: Option<char>,
}

impl<'a> Tail<'a> {
    fn new(head: &'a str) -> Tail<'a> {
        // Lower-casing never turns a blank into a letter or back, so trimming first is the same.
        let t = head.trim_end();
        Tail { head, t, last: t.chars().next_back().map(lower_char) }
    }

    /// True when the phrase ends with the word `w` (lower case, not empty). Compares char
    /// by char instead of lower-casing the tail, the last char first, and counts the
    /// 25-char window only once the word is there.
    fn ends_with_word(&self, w: &str) -> bool {
        let t = self.t;
        let Some(cut) = t.len().checked_sub(w.len()) else { return false };
        if self.last != w.chars().next_back() || !t.is_char_boundary(cut) || !lower_eq(&t[cut..], w) {
            return false;
        }
        // The word and the blanks after it must lie in the last 25 chars; a word opening them
        // has nothing before it inside that window.
        let in_window = self.head[cut..].chars().count();
        if in_window > 25 {
            return false;
        }
        in_window == 25 || !t[..cut].chars().next_back().map(lower_char).is_some_and(is_alnum)
    }
}

/// Whether a "lên" or "xuống" ending `head` closes a bound ("từ 40 tuổi trở lên", "trở
/// xuống"): part of who is counted, never a link to a figure after it.
fn closes_a_bound(head: &str) -> bool {
    let t = head.trim_end();
    ["lên", "xuống"].iter().find(|w| ends_with_word(t, w)).is_some_and(|w| ends_with_word(&t[..t.len() - w.len()], "trở"))
}

/// True when `w` lower-cased is one of `words`.
fn lower_in(w: &str, words: &[&str]) -> bool {
    // An ASCII letter lower-cases to an ASCII letter: when `w` opens with one, a word of the
    // same length is turned down by its first byte before its chars are compared.
    let first = w.bytes().next().filter(u8::is_ascii).map(|b| b.to_ascii_lowercase());
    words.iter().any(|x| x.len() == w.len() && first.is_none_or(|b| x.as_bytes()[0] == b) && lower_eq(w, x))
}

struct Found {
    ind: Indicator,
    /// Byte end of the figure's text.
    b: usize,
    /// A share of the plan for the figure before ("1.284 lượt, đạt 78,4% kế hoạch").
    share: bool,
    /// A part of the figure before: "(BHYT 2.151 lượt)", "trong đó nữ 74 ca".
    part: bool,
    /// A part in brackets: a change after its bracket is the whole's ("2.486 lượt (BHYT
    /// 2.151 lượt), tăng 112 lượt").
    bracketed: bool,
}

/// Figures of the body. `claimed` are spans (dates, periods, people) whose numbers are not
/// figures; `names` are organisation names, which a number right after them belongs to
/// ("Phòng khám Nhi đồng 315"); `diseases` say what a count of cases is about.
/// `lower` is the body lower-cased by `lower_same_len`; `offsets` are the body's.
pub fn find(
    body: &str,
    lower: &str,
    digits: &[usize],
    offsets: &Offsets,
    claimed: &[(usize, usize)],
    names: &[(usize, usize)],
    diseases: &[Hit],
    dates: &[Hit],
    reported: Option<&DateRange>,
) -> Vec<Indicator> {
    let t = Body { s: body, lower };
    let periods = Periods::new(dates, reported);
    let claimed: SpanSet = claimed.iter().copied().collect();
    let name_ends = sorted_ends(names);
    let diseases = Diseases::new(body, diseases);
    let mut found: Vec<Found> = Vec::new();
    let target_sections = target_sections(lower);
    // The end of the last target skipped: "mục tiêu 95% …, 95% … và 95% …" are all targets.
    let mut last_target: Option<usize> = None;
    let mut multiples = word_multiples(lower).into_iter().peekable();
    // "giảm từ 4,6% xuống 3,1%": the first figure, waiting for the one it went to.
    let mut went_from: Option<WentFrom> = None;
    // Where the upper end of the range just read starts ("40 đến 50 ca"): it is part of
    // that one figure, not a figure of its own.
    let mut range_upper_at: Option<usize> = None;
    // "Số lượt khám giảm 8,2% so với cùng kỳ, còn 52.300 lượt": a change with no figure
    // before it, waiting for the one after its link.
    let mut early: Option<EarlyChange> = None;
    for (a, b, in_words) in numbers(t, digits) {
        if range_upper_at.take() == Some(a) {
            continue;
        }
        // "gấp đôi cùng kỳ" before this number: a change of the figure before it.
        while let Some((x, value, end)) = multiples.next_if(|m| m.0 < a) {
            attach_change(t, &mut found, x, "increase", value, Some("lần".into()), end);
        }
        let raw = &body[a..b];
        let Some(mut value) = in_words.or_else(|| parse_number(raw)) else { continue };
        // No name's number is a percentage: "trong đó Khoa Nhi 168,2%".
        let right_after_name = last_end_before(&name_ends, a).filter(|&y| body[y..a].trim().is_empty());
        let percent = body[b..].trim_start_matches(' ').starts_with('%');
        // "Khoa Nội 1.240 lượt; Khoa Ngoại 860 lượt": a department's count, not its number.
        let after_name = right_after_name.is_some() && !percent && !counts_cases(t, b);
        // The name is what the percentage is of.
        let named_share = right_after_name.filter(|_| percent).and_then(|y| names.iter().find(|n| n.1 == y)).map(|n| n.0);
        // "3/16 trạm y tế": three of sixteen; the unit follows the sixteen.
        let fraction = fraction_after(t, a, b, value);
        let edges = fraction.is_some() || edges_ok(body, a, b) || tight_range(t, a, b);
        if after_name || !edges || claimed.overlaps(a, b) || is_not_a_figure(t, a, b, raw) {
            continue;
        }
        // The start of the number's clause, for the tests of the clause below: found once.
        let clause_at_a = clause_start(body, a, CLAUSE_STOPS, 200);
        if fraction.is_none() && inside_a_rate_subject(t, clause_at_a, a, b) {
            continue;
        }
        let b = fraction.map_or(b, |(_, end)| end);
        // "3 trên 5 kỹ thuật": the whole after "trên" is no figure of its own ("3/5" is
        // passed over as glued to the slash).
        if let Some((whole, end)) = fraction {
            range_upper_at = Some(end - whole.len());
        }
        if let Some(from) = WentFrom::at(t, a, b, value) {
            went_from = Some(from);
            continue;
        }
        // The figure a change "từ … xuống/lên …" went to: its text and subject open before
        // the change's words.
        let from = went_from.take().filter(|f| f.to == a);
        // "thấp hơn 7,8%" is a change; "tăng hơn 22%" is a change with a qualifier.
        let change_at_figure = if from.is_some() { None } else { change_word_before(&body[..a]) };
        let (qualifier, q_start) = match (&from, change_at_figure) {
            (Some(f), _) => (None, f.lead),
            (None, Some(_)) => (None, a),
            (None, None) => qualifier_before(body, a),
        };
        let head = &body[..q_start];
        // The clause the figure's text opens in: most often the number's own.
        let clause_from = if q_start == a { clause_at_a } else { clause_start(body, q_start, CLAUSE_STOPS, 200) };
        let in_section = target_sections.iter().any(|&(x, y)| x <= a && a < y) && !tells_a_result(t, a);
        // "thấp hơn chỉ tiêu giao 1,5 điểm phần trăm": a change against the plan, no target.
        let plan_change = if points_after(t, b) { compared_with_plan(head).map(|(direction, _)| direction) } else { None };
        let target = is_target(head) || in_section || continues_targets(t, last_target, q_start) || planned_in_clause(t, clause_from, q_start);
        if target && plan_change.is_none() {
            last_target = Some(b);
            continue;
        }
        // "12 trên 100.000 dân" is "12/100.000 dân": the denominator is no figure.
        let tren = per_population_tren(t, b);
        // "2/3 số xã": a fraction of what "số" counts is a share of them, in per cent.
        let share_of_whole = fraction.filter(|_| counted_whole_after(t, b));
        if let Some((whole, _)) = share_of_whole {
            value = fraction_in_percent(value, whole);
        }
        let (mut unit, mut unit_end) = match (&tren, share_of_whole) {
            (_, Some(_)) => (Some("%".to_string()), b),
            (Some((u, e, denominator)), None) => {
                range_upper_at = Some(*denominator);
                (Some(u.clone()), *e)
            }
            (None, None) => {
                let (u, e) = unit_after(t, b);
                // "46,2 ca trên 100.000 dân": a count per population, its denominator no figure.
                match u.as_deref().filter(|u| !matches!(*u, "%" | "‰")).and_then(|_| per_population_tren(t, e)) {
                    Some((per, end, denominator)) => {
                        range_upper_at = Some(denominator);
                        (u.map(|u| u + &per), end)
                    }
                    None => (u, e),
                }
            }
        };
        if unit.is_none() {
            if let Some((u, e, upper)) = range_unit(t, b) {
                (unit, unit_end, range_upper_at) = (Some(u), e, Some(upper));
            } else if let Some((u, e)) = per_population(t, b) {
                (unit, unit_end) = (Some(u), e);
            }
        } else if let Some((e, upper)) = unit.as_deref().and_then(|u| range_with_units(t, a, unit_end, u)) {
            (unit_end, range_upper_at) = (e, Some(upper));
        }
        // Without a qualifier the head is the one just asked about.
        let change = if q_start == a { change_at_figure } else { change_word_before(head) };
        let change = change.or_else(|| compared_then_link(head).map(|(direction, _)| direction));
        let change = change.or(plan_change);
        // "1.250 ca phẫu thuật, vượt kế hoạch 12%": the plan named before the number.
        let change = change.or_else(|| passed_plan_before(head).map(|_| "increase"));
        if let Some(direction) = change {
            let kept = unit.clone();
            if !attach_change(t, &mut found, a, direction, value, unit, unit_end) {
                early = EarlyChange::at(t, q_start, direction, value, kept, unit_end);
            }
            continue;
        }
        // "Số bác sĩ/vạn dân: 11,8.": a bare number after a label that names what it counts.
        let unit = unit.or_else(|| label_unit(t, a, b));
        let Some(mut unit) = unit else { continue };
        // "64 ca …; trong đó 35 nam, 29 nữ": a group word is no unit but names a part of the
        // figure before, in its unit.
        let group = found.last().filter(|_| GROUP_WORDS.contains(&unit.as_str())).and_then(|last| part_of_group(t, last, q_start, &unit));
        if let Some((counted, _)) = &group {
            unit = counted.clone();
        }
        let group_part = group.is_some();
        // "giảm 15 ca (tương đương 12,5%)": the change again, in per cent; no figure.
        if unit == "%" && restates_a_change(head) {
            continue;
        }
        // "6,2 triệu lượt người" is 6,200,000 of them ("triệu đồng" is a unit of its own).
        if let Some(scale) = SCALES.iter().find(|(w, _)| unit == *w).map(|(_, x)| x) {
            if let (Some(counted), end) = unit_after(t, unit_end) {
                (value, unit, unit_end) = ((value * scale).round(), counted, end);
            }
        }
        if lower_in(&unit, MEASURES) || shared_place(t, &unit, unit_end) {
            continue;
        }
        if raw.len() == 4 && (1900.0..=2100.0).contains(&value) && unit != "%" && !known_unit(&unit) {
            continue;
        }
        if is_baseline_value(t, &found, q_start, &unit, unit_end) {
            continue;
        }
        // "23 ca (cùng kỳ: 41 ca)": the bracketed figure is what the one before is compared with.
        let mut compared_subject = None;
        if let Some(compared) = Compared::before(t, &found, q_start, &unit) {
            let relative = compared.relative;
            // "(tháng 9: 7.920 lượt)" counts what the figure before counts, in its own time.
            compared_subject = found.last().map(|l| l.ind.subject.clone());
            compared.apply(t, found.last_mut(), value, &unit, unit_end);
            // A relative time ("cùng kỳ", "tháng trước") gives the figure no period of its
            // own: it lives on in the baseline only.
            if relative {
                continue;
            }
        }
        // "212.400 lượt, bằng 108% so với quý III": the figure before rose by 8%.
        let mut ratio_end = None;
        if let Some((direction, by, end)) = ratio_to_past(t, q_start, value, &unit, unit_end) {
            if attach_change(t, &mut found, a, direction, by, Some(unit.clone()), unit_end) {
                continue;
            }
            // With no figure to change, the ratio is the figure: its text and subject say
            // what it is measured against.
            ratio_end = Some(end);
        }
        let share = share_of_plan(t, &found, q_start, &unit);
        let bracket_part = found.last().and_then(|l| part_in_brackets(t, l, q_start, &unit, unit_end));
        let bracketed = bracket_part.is_some();
        // Running-total words right after the unit ("đạt 1.370 ca từ đầu năm"): read once for
        // the figure's subject and its period.
        let total = running_total_after(t, unit_end);
        let (subject, text_end) = match (share, named_share, compared_subject.or(group.map(|g| g.1))) {
            (Some(of), _, _) => share_subject(t, of, unit_end),
            (None, Some(name), _) => (body[name..q_start].trim().to_string(), unit_end),
            (None, None, Some(same)) => (same, unit_end),
            (None, None, None) => match from
                .as_ref()
                .and_then(|f| f.subject(t))
                .map(str::to_string)
                .or_else(|| listed_level(t, &found, q_start, &unit))
                .or_else(|| paired_level(t, &found, q_start, &unit))
                .or(bracket_part)
            {
                Some(named) => (named, unit_end),
                None => match subject_of(t, q_start, a, unit_end, total, &unit, &diseases) {
                    // "Tỷ lệ tiêm chủng … đạt 38,4% kế hoạch năm": a share of the year's plan
                    // for the rate, not the rate itself.
                    (of, end) if end == unit_end && unit == "%" && plan_after(t, unit_end) => share_subject(t, &of, unit_end),
                    named => named,
                },
            },
        };
        let subject = match fraction.filter(|_| share_of_whole.is_none()) {
            Some((whole, _)) => format!("{subject} (trên tổng số {whole})"),
            None => subject,
        };
        let (subject, text_end) = match ratio_end {
            Some(end) => (format!("{} {}", without_ratio_link(&subject), body[unit_end..end].trim()), end),
            None => (subject, text_end),
        };
        // "47 trường hợp nghi lao, chiếm 2,2%": a share with no words of its own is a share
        // of the figure just before it in the sentence.
        // So is one in brackets right after it: "17 trẻ có cân nặng dưới 2.500 gram (chiếm
        // 4,1%)", "21 mẫu không đạt (4,8%)".
        let subject = match found.last() {
            Some(last)
                if unit == "%"
                    && same_sentence(&body[last.b.min(q_start)..q_start])
                    && (names_no_measure(&subject) || bracketed_share(&body[last.b.min(q_start)..q_start])) =>
            {
                last.ind.subject.clone()
            }
            _ => subject,
        };
        // "96 người nhiễm HIV, lũy tích đến nay 4.315 người": a total with no words of its own
        // counts what the figure before it in the sentence counts; so does a part of it
        // ("1.026 lượt, trong đó trẻ em 214 lượt"), and the next part of the same list ("nam
        // 88 ca, nữ 74 ca; trẻ em 39 ca"). The byte tests come first.
        let mut part = bracketed || group_part;
        // "41 ca sốt xuất huyết, 12 ca tay chân miệng; cộng dồn 1.208 ca": past a semicolon a
        // total is the one figure's before it only when that one is alone in its sentence.
        let lone = found.len() < 2 || !same_sentence(&body[found[found.len() - 2].b..found[found.len() - 1].b]);
        let subject = match found.last() {
            Some(last)
                if subject.len() > unit.len() + 2
                    && subject.as_bytes()[unit.len()..].starts_with(b" (")
                    && subject.starts_with(unit.as_str())
                    && !last.share
                    && last.ind.unit.as_deref() == Some(unit.as_str())
                    && list_goes_on(&body[last.b.min(q_start)..q_start], last.part || lone && names_a_total(&subject[unit.len() + 2..])) =>
            {
                let between = &lower[last.b.min(q_start)..q_start];
                let between = if last.part { "trong đó" } else { between };
                match total_of_earlier(&subject, &unit, &last.ind.subject, between) {
                    Some(whole) => {
                        part = between.contains("trong đó") && !names_a_total(&subject[unit.len() + 2..]);
                        whole
                    }
                    None => subject,
                }
            }
            _ => subject,
        };
        // The change read before the figure: the subject stops before its words.
        let early_change = early.take().filter(|e| e.leads_to(t, q_start));
        let subject = match early_change.as_ref().and_then(|e| subject.find(&body[e.word_at..e.end])).filter(|&i| i > 0) {
            Some(i) => subject[..i].trim_end().trim_end_matches(',').to_string(),
            None => subject,
        };
        let text = body[q_start..text_end].trim_end().to_string();
        let text_end = q_start + text.len();
        found.push(Found {
            ind: Indicator {
                text,
                subject,
                value,
                unit: Some(unit),
                qualifier,
                change: early_change.map(|e| e.change),
                period: period_of(t, &periods, a, clause_from, q_start, total.is_some()),
                start: offsets.chars(q_start),
                end: offsets.chars(text_end),
            },
            b: text_end,
            share: share.is_some(),
            part,
            bracketed,
        });
        if let (Some(from), Some(last)) = (from, found.last_mut()) {
            last.ind.change = Some(from.change(value, last.ind.unit.as_deref()));
        }
    }
    for (x, value, end) in multiples {
        attach_change(t, &mut found, x, "increase", value, Some("lần".into()), end);
    }
    found.into_iter().map(|f| f.ind).collect()
}

/// Whether `between` holds a ".", ";" or line break: `contains(['.', ';', '\n'])`, as bytes.
fn ends_a_sentence(between: &str) -> bool {
    memchr::memchr3(b'.', b';', b'\n', between.as_bytes()).is_some()
}

/// A figure a change starts from: "từ 4,6%" in "giảm từ 4,6% xuống 3,1%", "tăng từ 85,2% lên
/// 97,4%". It is the baseline of the figure it went to, not a figure of its own.
struct WentFrom {
    /// Where the change's words open ("giảm từ", or "từ" alone): the text and the subject of
    /// the figure it went to start here.
    lead: usize,
    /// Where the number it went to starts.
    to: usize,
    value: f64,
    /// The first figure as written ("4,6%"), the baseline.
    written: String,
    direction: &'static str,
}

/// Words that take a change to its second figure, with its direction, and the words that may
/// follow them before the number ("xuống còn 3,1%", "lên đến 97%").
const WENT_TO: &[(&str, &str)] = &[("xuống", "decrease"), ("lên", "increase")];
const WENT_TO_LINKS: &[&str] = &["còn ", "mức ", "đến ", "tới ", "chỉ còn "];

impl WentFrom {
    /// The start of a change at the number `a..b`, when "từ" stands before it and "xuống" or
    /// "lên" and a number after it and its unit.
    fn at(t: Body, a: usize, b: usize, value: f64) -> Option<WentFrom> {
        let head = t.s[..a].trim_end();
        let from_word = head.strip_suffix("từ").filter(|h| h.ends_with(' ') || h.is_empty())?.trim_end();
        let tail = Tail::new(from_word);
        let lead = match ["giảm", "tăng"].iter().find(|w| tail.ends_with_word(w)) {
            Some(w) => from_word.len() - w.len(),
            None => head.len() - "từ".len(),
        };
        let (_, unit_end) = unit_after(t, b);
        // "tăng từ 48,3% năm 2025 lên 61,7%": the first figure's time is part of the baseline.
        let from_end = unit_end + time_len(&t.lower[unit_end..]);
        let rest = t.lower[from_end..].trim_start_matches(' ');
        let (word, direction) = WENT_TO.iter().find(|(w, _)| rest.strip_prefix(w).is_some_and(|r| r.starts_with(' ')))?;
        let mut after = rest[word.len()..].trim_start_matches(' ');
        if let Some(link) = WENT_TO_LINKS.iter().find(|l| after.starts_with(**l)) {
            after = &after[link.len()..];
        }
        after.starts_with(|c: char| c.is_ascii_digit()).then_some(())?;
        let to = t.s.len() - after.len();
        Some(WentFrom { lead, to, value, written: t.s[a..from_end].trim_end().to_string(), direction })
    }

    /// What changed, as the clause names it before the change's words: "chỉ số creatinin
    /// máu" in "…, chỉ số creatinin máu giảm từ …". None when the clause holds no such words
    /// or too many to be a name.
    fn subject<'s>(&self, t: Body<'s>) -> Option<&'s str> {
        let from = clause_start(t.s, self.lead, CLAUSE_STOPS, 200);
        let named = t.s[from..self.lead].trim();
        let words = named.split_whitespace().count();
        // A rate's name may run longer: "Tỷ lệ phụ nữ mang thai được tầm soát ít nhất 4 bệnh
        // tật bẩm sinh phổ biến tăng từ …" opens with what it is.
        let rate = || words <= 20 && subject_key(t.lower[from..self.lead].trim()) == Some(0);
        ((1..=10).contains(&words) || rate()).then_some(named)
    }

    /// The change of the figure it went to, `value` in `unit`: points for a percentage.
    fn change(self, value: f64, unit: Option<&str>) -> Change {
        let unit = match unit {
            Some("%") => Some("điểm phần trăm".to_string()),
            other => other.map(str::to_string),
        };
        let by = ((self.value - value).abs() * 100.0).round() / 100.0;
        Change { direction: self.direction.to_string(), value: by, unit, baseline: Some(self.written) }
    }
}

/// The length of the year or month opening `lower` after a space ("năm 2025", "tháng
/// 9/2025"), with that space; 0 when there is none.
fn time_len(lower: &str) -> usize {
    let Some(rest) = lower.strip_prefix(' ') else { return 0 };
    let Some(number) = ["năm ", "tháng "].iter().find_map(|w| rest.strip_prefix(w)) else { return 0 };
    let digits = number.bytes().take_while(|c| c.is_ascii_digit() || *c == b'/').count();
    let whole = &number[..digits];
    if whole.is_empty() || whole.starts_with('/') || whole.ends_with('/') || number[digits..].starts_with(|c: char| c.is_alphanumeric()) {
        return 0;
    }
    lower.len() - number.len() + digits
}

/// Whether `between`, the text between two figures, ends no sentence ([`sentence_end`]: a
/// dot inside a number, "2.500", ends none) and holds no ";".
fn same_sentence(between: &str) -> bool {
    !between.contains(';') && sentence_end(between, 0, between.len()) == between.len()
}

/// Whether a percentage opens a bracket, perhaps after "chiếm", right after the figure
/// before: `between` is the text from that figure's end, a few small words ("dưới 2.500 gram
/// (chiếm 4,1%)", "đạt (4,8%)"). After a name ("Krông Pa (78,2%)") or a clause of its own
/// ("…, phần lớn là trẻ chưa tiêm (chiếm 72%)") the share is not that figure's.
fn bracketed_share(between: &str) -> bool {
    let h = between.trim_end();
    // "2.105 trẻ (đạt 96,4%)": a share of the plan or of those to count, as "chiếm" is.
    let h = h.strip_suffix("chiếm").or_else(|| h.strip_suffix("đạt")).map_or(h, str::trim_end);
    let Some(words) = h.strip_suffix('(') else { return false };
    let small = |w: &str| !w.starts_with(char::is_uppercase);
    !words.contains(',') && words.split_whitespace().count() <= 3 && words.split_whitespace().all(small)
}

/// Multiples written in words after "gấp", as (word, times).
const MULTIPLE_WORDS: &[(&str, f64)] = &[("đôi", 2.0), ("rưỡi", 1.5), ("ba", 3.0), ("bốn", 4.0), ("năm", 5.0), ("mười", 10.0)];

/// "gấp đôi", "tăng gấp ba" in the lower-case body: (where the multiple's word starts, how
/// many times, where it ends). "gấp 3 lần" is read as a number.
fn word_multiples(lower: &str) -> Vec<(usize, f64, usize)> {
    static GAP: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("gấp "));
    let mut found = Vec::new();
    for i in GAP.find_iter(lower.as_bytes()) {
        let at = i + "gấp ".len();
        let Some(&(w, times)) = MULTIPLE_WORDS.iter().find(|(w, _)| lower[at..].starts_with(w)) else { continue };
        let end = at + w.len();
        // "gấp năm 2024" is no multiple: a year follows.
        let whole = !lower[end..].starts_with(is_alnum) && !lower[end..].trim_start().starts_with(|c: char| c.is_ascii_digit());
        if whole && on_word_boundary(lower, i, i + "gấp".len()) {
            found.push((at, times, end));
        }
    }
    found
}

/// The body and its lower-cased copy (same length, same char boundaries), so that a
/// word or window is compared in lower case by slicing instead of lower-casing it again.
#[derive(Clone, Copy)]
struct Body<'a> {
    s: &'a str,
    lower: &'a str,
}

/// The whole of a fraction whose part, `value`, is the number at `a..b` ("3/16 trạm", "3 trên
/// 5 kỹ thuật"): the whole as written and where it ends, when it is no smaller than the part,
/// not glued to more, and a word follows it (a date's "3/12/2025" or "15/10" after "ngày" is
/// claimed before this is asked).
fn fraction_after<'s>(t: Body<'s>, a: usize, b: usize, value: f64) -> Option<(&'s str, usize)> {
    let s = t.s;
    if !free_before(s, a) {
        return None;
    }
    let whole_at = if s[b..].starts_with('/') { b + 1 } else { whole_after_tren(t, b)? };
    if digit_len(s, whole_at) == 0 {
        return None;
    }
    let end = number_end(s, whole_at);
    let whole = &s[whole_at..end];
    // "15/100.000 dân" is a rate per population, not fifteen of a hundred thousand.
    if per_population_number(whole) {
        return None;
    }
    let fits = parse_number(whole).is_some_and(|w| w >= value && w.fract() == 0.0 && value.fract() == 0.0);
    let word_after = s[end..].strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()));
    (fits && word_after && whole.len() <= 7).then_some((whole, end))
}

/// Whether the whole of a fraction, ending at `end`, is followed by what "số" or "tổng số"
/// counts ("2/3 số xã", "3/4 tổng số ca mắc"): the fraction is then a share of those, not a
/// count of them.
fn counted_whole_after(t: Body, end: usize) -> bool {
    let rest = &t.lower[end..];
    let Some(counted) = [" số ", " tổng số "].iter().find_map(|w| rest.strip_prefix(w)) else { return false };
    counted.starts_with(char::is_alphabetic)
}

/// A fraction `part`/`whole` in per cent, to two decimals: "2/3" is 66,67.
fn fraction_in_percent(part: f64, whole: &str) -> f64 {
    let whole = parse_number(whole).unwrap_or(0.0);
    if whole == 0.0 {
        return part;
    }
    (part / whole * 10_000.0).round() / 100.0
}

/// Where the whole of "3 trên 5 kỹ thuật" (three of five) starts, after the " trên " that
/// follows the part ending at `b`. Not a rate per population ("12 trên 100.000 dân"; the
/// rate reader's own test, [`per_population_number`], so that "5 trên 10 xã" and "3 trên 11
/// trạm" are parts of a whole), nor an age or a time ("trên 60 tuổi"), whose "trên" means
/// "per" or "over".
fn whole_after_tren(t: Body, b: usize) -> Option<usize> {
    let at = after_tren(t, b)?;
    let end = number_end(t.s, at);
    let next = first_word(t.lower[end..].trim_start_matches(' '));
    (digit_len(t.s, at) > 0 && !per_population_number(&t.s[at..end]) && !TIME_AFTER.contains(&next)).then_some(at)
}

/// True when the number is not glued to letters, other digits or a date/time separator.
fn edges_ok(s: &str, a: usize, b: usize) -> bool {
    if !free_before(s, a) {
        return false;
    }
    let mut after = s[b..].chars();
    match after.next() {
        Some(c) if c.is_alphabetic() => false,
        Some('/') if PER_POPULATION.is_match(&s[b..]) => true,
        Some('/' | ':' | '-') => !after.next().is_some_and(|c| c.is_ascii_digit()),
        _ => true,
    }
}

/// True when the number at `a` is not glued to a letter, a digit or a separator before it.
fn free_before(s: &str, a: usize) -> bool {
    !s[..a].chars().next_back().is_some_and(|c| is_alnum(c) || matches!(c, '/' | '-' | '.' | ',' | ':' | '+'))
}

/// Whether the number at `a..b` is an end of a range written without spaces ("40-50 ca"),
/// which [`edges_ok`] refuses as it would a date ("15-10"): yes when a known unit or "%"
/// follows its upper end and neither end is glued to more ("15-10-2025").
fn tight_range(t: Body, a: usize, b: usize) -> bool {
    let s = t.s;
    let (low, high) = if s[b..].starts_with('-') && digit_len(s, b + 1) > 0 {
        (a, number_end(s, b + 1))
    } else if let Some(low) = s[..a].strip_suffix('-').and_then(|head| number_start_before(head, head.len())) {
        (low, b)
    } else {
        return false;
    };
    if !free_before(s, low) || s[high..].starts_with(|c: char| c == '-' || c == '/' || c.is_alphanumeric()) {
        return false;
    }
    let (unit, _) = unit_after(t, high);
    unit.is_some_and(|u| u == "%" || known_unit(&u))
}

/// The start of the number (digits, "." and "," between them) that ends at `end`.
fn number_start_before(s: &str, end: usize) -> Option<usize> {
    let start = s[..end].trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',').len();
    let start = start + s[start..end].find(|c: char| c.is_ascii_digit())?;
    Some(start)
}

/// Numbers that are positions, ages, times, codes or list numbers.
fn is_not_a_figure(t: Body, a: usize, b: usize, raw: &str) -> bool {
    // "0912 …", "05/7": a code, a phone number or a date; but administrative documents
    // write small counts with a zero ("03 trường hợp", "01 cơ sở").
    if raw.len() > 1 && raw.starts_with('0') && !raw.starts_with("0,") && !padded_count(t, raw, b) {
        return true;
    }
    let s = t.s;
    let head = &s[..a];
    let prev_raw = last_word(head);
    // "lũy kế từ đầu năm 213 ca": no year has three digits.
    let before_prev = {
        let h = head.trim_end();
        h[..h.len() - prev_raw.len()].trim_end()
    };
    let word_before = |w: &str| ends_with_word(before_prev, w);
    let year_start = lower_eq(prev_raw, "năm") && word_before("đầu") && raw.len() != 4;
    // "(cùng kỳ 51,2%)": the figure of the same time a year before, no term's number.
    let same_time = lower_eq(prev_raw, "kỳ") && word_before("cùng");
    // "điều trị cùng lúc 186 bệnh nhân": "cùng lúc" is "at once", no time of day follows it.
    let at_once = lower_eq(prev_raw, "lúc") && word_before("cùng");
    // "cộng dồn 11 tháng 618 ca": after a count of months, the number counts, it names no month.
    let after_months = (lower_eq(prev_raw, "tháng") || lower_eq(prev_raw, "tuần")) && {
        let count = last_word(before_prev);
        !count.is_empty() && count.bytes().all(|c| c.is_ascii_digit()) && counts_cases(t, b)
    };
    if lower_in(prev_raw, ORDINAL_BEFORE) && !year_start && !same_time && !at_once && !after_months && !beyond_the_term(t, prev_raw, raw, b) {
        return true;
    }
    if numbers_a_place(prev_raw, before_prev, raw) {
        return true;
    }
    if dose_schedule(s, a, b) || threshold(t, a, b) || frames_the_sentence(t, a, b, prev_raw) {
        return true;
    }
    if lower_eq(prev_raw, "số") && !ends_with_word(&head[..head.trim_end().len() - "số".len()], "tổng") {
        return true;
    }
    // "Phòng khám 315", "Nghị định 30": a number right after a capitalised word is part of a name.
    // Not a percentage ("trong đó Khoa Nhi 168,2%"), nor a count after an abbreviation in
    // capitals ("khám BHYT 12.407 lượt").
    let counted = || s[b..].starts_with('%') || s[b..].starts_with(" %") || abbreviation_counts(t, prev_raw, b) || counts_cases(t, b);
    if head.ends_with(' ') && prev_raw.chars().next().is_some_and(char::is_uppercase) && !at_sentence_start(head) && !counted() {
        return true;
    }
    // "6,2 ngày" is a length of stay, not a date: a fraction of a day is a measure.
    if lower_in(first_word(&s[b..]), TIME_AFTER) && !raw.contains(',') {
        return true;
    }
    // A list number: "1. Tiếp tục ..." at the start of a paragraph.
    // Only blanks back to the line start (without searching a long line for it each time).
    let before = head.trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    if (before.is_empty() || before.ends_with('\n')) && (s[b..].starts_with(". ") || s[b..].starts_with(") ")) {
        return true;
    }
    let window_start = head.char_indices().rev().nth(30).map(|(i, _)| i).unwrap_or(0);
    let window = &t.lower[window_start..a];
    may_hold_phone_word(window) && PHONE_WORDS.iter().any(|w| window.contains(w))
}

/// Kinds of place that towns number rather than name: "phường 4", "khu phố 3", "thôn 2".
const NUMBERED_PLACES: &[&str] = &["phường", "quận", "phố", "thôn", "xóm", "khu"];

/// Whether the number `raw`, after the word `prev_raw` (and the text `before_prev` before
/// that), is a place's number: a short whole number after one of [`NUMBERED_PLACES`]. Not
/// after "mỗi" or "toàn", nor in a list of kinds ("mỗi xã, phường 2 cán bộ"): each place
/// has that count.
fn numbers_a_place(prev_raw: &str, before_prev: &str, raw: &str) -> bool {
    raw.len() <= 3
        && raw.bytes().all(|c| c.is_ascii_digit())
        && lower_in(prev_raw, NUMBERED_PLACES)
        && !before_prev.strip_suffix(',').is_some_and(|list| lower_in(last_word(list), UNIT_KINDS))
        && !ends_with_word(before_prev, "mỗi")
        && !ends_with_word(before_prev, "toàn")
}

/// Words for a term with the most a number after them may name: "tháng 12", "quý 4".
const TERMS: &[(&str, u32)] = &[("tháng", 12), ("quý", 4), ("tuần", 53), ("ngày", 31)];

/// Whether the number `raw` after the term word `prev_raw` is more than any such term has
/// and counts cases: "Bệnh sốt xuất huyết: trong tháng 14 ca", "phát hiện mới trong quý 24
/// người" name the term they count in, not a fourteenth month.
fn beyond_the_term(t: Body, prev_raw: &str, raw: &str, b: usize) -> bool {
    let Some(&(_, most)) = TERMS.iter().find(|(w, _)| lower_eq(prev_raw, w)) else { return false };
    let more = raw.len() > 2 || raw.parse::<u32>().is_ok_and(|n| n > most);
    more && counts_cases(t, b)
}

/// Rounds of work a sentence may open with ("Qua 2 đợt ra quân", "Sau 3 lần kiểm tra").
const ROUNDS: &[&str] = &["đợt", "lần", "buổi", "chiến dịch"];

/// Whether the number at `a..b` counts the rounds the sentence opens with ("Qua 2 đợt ra quân
/// đã khám cho 1.640 người"): the count after it is what was done, the rounds only frame it.
/// Alone ("Tổ chức 2 đợt ra quân", "Sau 2 đợt ra quân, dịch đã được khống chế") they are
/// the figure.
fn frames_the_sentence(t: Body, a: usize, b: usize, prev_raw: &str) -> bool {
    if !lower_in(prev_raw, DURATION_LEADS) || !at_sentence_start_or_comma(&t.s[..a]) {
        return false;
    }
    let rest = t.lower[b..].trim_start_matches(' ');
    if !ROUNDS.iter().any(|r| rest.starts_with(r) && !rest[r.len()..].starts_with(is_alnum)) {
        return false;
    }
    holds_a_later_number(t.s, b, sentence_end(t.s, b, ahead_by(t.s, b, 600)))
}

/// Whether the last word of `head` opens a sentence or follows a comma.
fn at_sentence_start_or_comma(head: &str) -> bool {
    let t = head.trim_end();
    let b = t[..t.len() - last_word(t).len()].trim_end();
    b.is_empty() || b.ends_with(['.', '\n', ':', ';', '!', '?', ','])
}

/// Words before a number of doses that make it the schedule a figure is of ("tiêm đủ 2 mũi",
/// "ít nhất 1 mũi", "215 trẻ được tiêm 2 mũi IPV"), not a count of doses given: a count
/// of doses a report gives is never one digit.
const SCHEDULE_BEFORE: &[&str] = &["đủ", "ít nhất", "tối thiểu", "tiêm"];
/// Words for a vaccine's doses, and for the times a schedule asks for ("khám thai đủ 4 lần",
/// "ít nhất 2 lần mỗi tuần").
const DOSES: &[&str] = &["mũi", "liều", "lần"];

/// Whether the number at `a..b` of `s` is a dose schedule: "người đã tiêm đủ 2 mũi vắc xin"
/// says who is counted, "2" counts nothing. A schedule is a few doses, one digit; "cấp đủ
/// 1.200 liều" and "tiêm được 12.450 mũi" count doses given.
fn dose_schedule(s: &str, a: usize, b: usize) -> bool {
    let digits = s[a..b].trim_start_matches('0');
    digits.len() == 1
        && digits.as_bytes()[0].is_ascii_digit()
        && (lower_in(first_word(&s[b..]), DOSES) || kinds_of_vaccine(&s[b..]))
        && SCHEDULE_BEFORE.iter().any(|w| ends_with_word(&s[..a], w))
}

/// Whether `rest`, after a number, opens with kinds of vaccine: "tiêm đủ 8 loại vắc xin" is
/// the full schedule, as "đủ 3 mũi" is.
fn kinds_of_vaccine(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(" loại ") else { return false };
    ["vắc xin", "vắcxin", "vaccine", "vacxin", "vắc-xin"].iter().any(|w| r.get(..w.len()).is_some_and(|x| lower_eq(x, w)))
}

/// Whether the number at `a..b` is a threshold, "từ 2 ca trở lên": it says which are
/// counted ("9 trường có từ 2 ca trở lên"), it counts nothing.
fn threshold(t: Body, a: usize, b: usize) -> bool {
    ends_with_word(&t.s[..a], "từ") && {
        let (unit, end) = unit_after(t, b);
        let rest = t.lower[end..].trim_start();
        unit.is_some() && (rest.starts_with("trở lên") || rest.starts_with("trở xuống"))
    }
}

/// Whether the number at `a..b` is part of what a rate measures, named before its value:
/// "Tỷ lệ tiêm đủ 2 mũi vắc xin … đạt 83,4%". Its clause (from `from`, the
/// [`clause_start`] of `a` at [`CLAUSE_STOPS`] within 200 bytes) opens with "tỷ lệ" and names
/// no value before it, and a link to a percentage follows in the clause.
fn inside_a_rate_subject(t: Body, from: usize, a: usize, b: usize) -> bool {
    let head = t.lower[from..a].trim_start().trim_start_matches(ITEM_MARKS).trim_start();
    if !(head.starts_with("tỷ lệ") || head.starts_with("tỉ lệ")) || head.split_whitespace().any(|w| RATE_LINKS.contains(&w)) {
        return false;
    }
    let rest = &t.lower[b..ahead_by(t.s, b, 200)];
    if rest.trim_start().starts_with('%') {
        return false;
    }
    let rest = &rest[..rest.find([';', '\n']).unwrap_or(rest.len())];
    let Some(percent) = rest.find('%') else { return false };
    // "Tỷ lệ … tầm soát ít nhất 4 bệnh … tăng từ 48,3% lên 61,7%": its change gives it too.
    rest[..percent].split_whitespace().any(|w| RATE_LINKS.contains(&w) || RATE_CHANGES.contains(&w))
}

/// Units of people who may share a bed or a room.
const SHARERS: &[&str] = &["người", "bệnh nhân", "người bệnh", "bệnh nhi", "trẻ", "cháu", "sản phụ"];
/// What a few people share when a ward is crowded.
const SHARED_PLACES: &[&str] = &["giường", "phòng", "buồng", "cáng"];

/// Whether a figure of `unit`, ending at `unit_end`, says how many share one bed or room:
/// "nằm ghép 2-3 người một giường", "4 bệnh nhân/giường" describe crowding, they count no
/// one. A count of cases ("2-3 ca mắc mới") is never one: only people share a bed.
fn shared_place(t: Body, unit: &str, unit_end: usize) -> bool {
    // A unit that holds its denominator ("bệnh nhân/giường") is one of its own.
    if let Some((who, place)) = unit.split_once('/') {
        return lower_in(who, SHARERS) && lower_in(place, SHARED_PLACES);
    }
    if !lower_in(unit, SHARERS) {
        return false;
    }
    let rest = &t.lower[unit_end..];
    let Some(place) = rest.strip_prefix('/').or_else(|| ["một ", "mỗi ", "chung một "].iter().find_map(|w| rest.strip_prefix(' ')?.strip_prefix(w))) else {
        return false;
    };
    SHARED_PLACES.iter().any(|p| place.strip_prefix(p).is_some_and(|r| !r.starts_with(is_alnum)))
}

/// Words of a rate's change, which give its value as a link does.
const RATE_CHANGES: &[&str] = &["tăng", "giảm"];

/// Words that link a rate to its value ("đạt 83,4%").
const RATE_LINKS: &[&str] = &["đạt", "là", "chiếm"];

/// Whether `raw`, a number opening with "0" and ending at `b`, is a small count written with
/// a zero before it: two or three digits, then a known unit that is no time.
fn padded_count(t: Body, raw: &str, b: usize) -> bool {
    raw.len() <= 3 && raw.bytes().all(|c| c.is_ascii_digit()) && !t.s[b..].starts_with(['/', '.', '-']) && {
        let (unit, _) = unit_after(t, b);
        unit.is_some_and(|u| known_unit(&u) && !lower_in(&u, TIME_AFTER))
    }
}

/// Units counted per place in a breakdown ("xã Bình An 14 ca; phường Đông Hòa 9 ca"): a
/// number of a name is never followed by one.
const BREAKDOWN_UNITS: &[&str] = &["ca", "trường hợp", "người", "bệnh nhân", "ổ dịch", "vụ", "lượt", "trẻ", "mẫu", "cơ sở"];

/// Whether the number ending at `b` counts one of [`BREAKDOWN_UNITS`].
fn counts_cases(t: Body, b: usize) -> bool {
    unit_after(t, b).0.is_some_and(|u| lower_in(&u, BREAKDOWN_UNITS))
}

/// Words that, alone before a percentage, say it is a share without saying of what: "…,
/// đạt tỷ lệ 98,6%".
const SHARE_LINK_WORDS: &[&str] = &["đạt", "chiếm", "là", "bằng", "tỷ", "tỉ", "lệ"];

/// Whether `subject` names nothing: empty, or only [`SHARE_LINK_WORDS`].
fn names_no_measure(subject: &str) -> bool {
    subject.split_whitespace().all(|w| lower_in(w, SHARE_LINK_WORDS))
}

/// Whether the lower-case `rest` opens with a word that names what a figure measures
/// ([`SUBJECT_OPENINGS`], "tổng").
fn names_a_measure(rest: &str) -> bool {
    SUBJECT_OPENINGS.iter().any(|w| rest.starts_with(w)) || first_word(rest) == "tổng"
}

/// Whether `word` is an abbreviation in capitals ("BHYT", "HIV") and the number after it,
/// ending at `b`, counts something of a known unit: a figure, not a name's number.
fn abbreviation_counts(t: Body, word: &str, b: usize) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase()) && unit_after(t, b).0.is_some_and(|u| u == "%" || known_unit(&u))
}

/// False when the lower-case `window` holds none of [`PHONE_WORDS`]: each of them has an "f",
/// a "đi", a "đt" or is "hotline". One pass over the bytes instead of a search per word.
fn may_hold_phone_word(window: &str) -> bool {
    let b = window.as_bytes();
    memchr::memchr3_iter(b'f', b'h', 0xC4, b).any(|i| match b[i] {
        b'f' => true,
        b'h' => b[i..].starts_with(b"hotline"),
        0xC4 => b.get(i + 1) == Some(&0x91) && matches!(b.get(i + 2), Some(b'i' | b't')),
        _ => false,
    })
}

fn at_sentence_start(head: &str) -> bool {
    let t = head.trim_end();
    let before_word = &t[..t.len() - last_word(t).len()];
    let b = before_word.trim_end();
    b.is_empty() || b.ends_with(['.', '\n', ':', ';', '!', '?'])
}

/// A section's number in the lower-case text: "ii. ", "1. ", "1.2. ", "3) ".
static SECTION_MARKER: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\s*(?:[ivx]{1,4}|\d{1,2}(?:\.\d{1,2}){0,2})[.)]\s+").expect("static regex"));

/// Headings of a plan's part that sets targets ("1. Mục tiêu", "Chỉ tiêu cụ thể:").
const TARGET_HEADINGS: &[&str] = &["mục tiêu", "mục đích", "chỉ tiêu", "mục tiêu cụ thể", "mục tiêu chung", "chỉ tiêu cụ thể", "các chỉ tiêu", "mục đích, yêu cầu", "mục đích yêu cầu"];

/// The spans of the lower-case body under a heading of [`TARGET_HEADINGS`], to the next
/// numbered heading that is none: every figure there is a target.
fn target_sections(lower: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    // Every heading holds "mục" or "chỉ tiêu": most texts hold neither and are not split.
    if !lower.contains("mục ") && !lower.contains("chỉ tiêu") {
        return spans;
    }
    // Where the open section starts, and the level of its heading's number (none: unnumbered).
    let mut open: Option<(usize, Option<usize>)> = None;
    for (at, line) in lines_with_starts(lower) {
        let end = at + line.len();
        let found = SECTION_MARKER.find(line);
        let marker = found.map_or(0, |m| m.end());
        let level = found.map(|m| section_level(m.as_str()));
        let heading = line[marker..].trim().trim_end_matches([':', '.']);
        if TARGET_HEADINGS.contains(&heading) || level.is_some() && TARGET_HEADINGS.iter().any(|h| heading.starts_with(h)) {
            open = open.or(Some((end, level)));
        } else if let Some(level) = level {
            // "I. MỤC TIÊU" then "1. Giảm tỷ lệ …": an item numbered below the heading is one
            // of its targets; only a number of the heading's level or above ends the section.
            if let Some((start, _)) = open.take_if(|(_, of)| of.is_none_or(|of| level <= of)) {
                spans.push((start, at));
            }
        }
    }
    if let Some((start, _)) = open {
        spans.push((start, lower.len()));
    }
    spans
}

/// The level of a section number: 0 for a Roman "ii.", 1 for "2.", 2 for "2.1." and so on.
fn section_level(marker: &str) -> usize {
    let number = marker.trim().trim_end_matches(['.', ')']);
    if number.chars().all(|c| matches!(c, 'i' | 'v' | 'x')) {
        return 0;
    }
    1 + number.matches('.').count()
}

/// Words of a sentence that tells what happened ("Năm 2024, toàn tỉnh ghi nhận 27 ca"), as a
/// plan's targets section may, to say why.
const HAPPENED: &[&str] = &["ghi nhận", "xảy ra", "phát hiện", "đã "];

/// Whether the sentence of the figure at `a` tells what happened, not what is aimed at.
fn tells_a_result(t: Body, a: usize) -> bool {
    let from = clause_start(t.s, a, &['.', ';', '\n', '!', '?'], 300);
    let head = &t.lower[from..a];
    HAPPENED.iter().any(|w| head.contains(w)) && !TARGET_WORDS.iter().any(|w| head.contains(w))
}

/// Words of a clause that make the figures after them in it what is planned, asked for or
/// proposed: "phấn đấu giảm công suất giường bệnh xuống dưới 110%", "so với yêu cầu tối
/// thiểu 70%", "đề xuất kê thêm 40 giường", "Tổng kinh phí dự kiến 2,35 tỷ đồng".
const PLAN_MARKERS: &[&str] = &["phấn đấu", "yêu cầu", "đề xuất", "dự kiến", "mục tiêu", "chỉ tiêu", "tối thiểu", "chưa đạt", "khuyến cáo"];

/// Words of a clause that make the figures after them in it a threshold or a forecast, even
/// when the clause says it was passed: "vượt ngưỡng cảnh báo 10%", "dự báo có thể tăng 30%".
const BOUND_MARKERS: &[&str] = &["ngưỡng", "dự báo", "có thể"];
/// [`PLAN_MARKERS`], then [`BOUND_MARKERS`], in one automaton for overlapping search: both
/// are asked of every figure's clause, in one pass. An overlapping search finds every place
/// of every marker; no bound marker overlaps another's place, nor its own in any word, so
/// their places are those a search without overlaps finds.
static CLAUSE_MARKERS: Lazy<AhoCorasick> =
    Lazy::new(|| AhoCorasick::new(PLAN_MARKERS.iter().chain(BOUND_MARKERS)).expect("plan and bound markers automaton"));

/// Words after a plan marker that tell what was done after all ("chỉ tiêu năm 2025 đã đạt 96%").
const DONE_WORDS: &[&str] = &["đã ", "thực tế", "được", "ghi nhận"];

/// Whether the clause before the figure at `q_start` (from `from`, its [`clause_start`] at
/// [`CLAUSE_STOPS`] within 200 bytes) plans it: it names one of [`PLAN_MARKERS`] with none of
/// [`DONE_WORDS`] after.
fn planned_in_clause(t: Body, from: usize, q_start: usize) -> bool {
    if under_a_target_label(t, from) {
        return true;
    }
    let clause = &t.lower[from..q_start];
    // "đạt yêu cầu", "đạt chỉ tiêu KH (vượt 0,21% …)", "vượt mục tiêu" tell a result.
    // "chương trình mục tiêu y tế" names a programme, not what it aims at.
    let reached = |i: usize| clause[..i].ends_with("đạt ") || clause[..i].ends_with("vượt ") || clause[..i].ends_with("chương trình ");
    // The last place of each marker, found in one pass (a search per marker cost more than
    // the rest of this test).
    // "tải lượng vi rút dưới ngưỡng ức chế đạt 97,2%": a link after the word makes the
    // figure the subject's, with the threshold in its name.
    let bound = |i: usize| !clause[i..].split_whitespace().any(|x| LINKS.contains(&x));
    let mut last: [Option<(usize, usize)>; PLAN_MARKERS.len()] = [None; PLAN_MARKERS.len()];
    let mut bounded = false;
    for m in CLAUSE_MARKERS.find_overlapping_iter(clause) {
        match last.get_mut(m.pattern().as_usize()) {
            Some(plan) => *plan = Some((m.start(), m.end())),
            None => bounded = bounded || bound(m.start()),
        }
    }
    if bounded {
        return true;
    }
    let marks = |found: &Option<(usize, usize)>| found.filter(|&(i, _)| !reached(i)).map(|(_, end)| end);
    let Some(marker) = last.iter().filter_map(marks).max() else { return false };
    !DONE_WORDS.iter().any(|w| clause[marker..].contains(w))
}

/// Whether the clause starting at `from` follows a short label naming a target on its line:
/// "Chỉ tiêu năm 2026: tỷ lệ trẻ … dưới 19%", "- Mục tiêu đến năm 2030: …".
fn under_a_target_label(t: Body, from: usize) -> bool {
    let Some(colon) = t.s[..from].strip_suffix(':').map(str::len) else { return false };
    let label_at = clause_start(t.s, colon, &['.', ';', '\n', ':', '!', '?'], 120);
    let label = t.lower[label_at..colon].trim().trim_start_matches(['-', '+', '•', '–']).trim_start();
    TARGET_WORDS.iter().any(|w| label.starts_with(w)) && label.split_whitespace().count() <= 6
}

/// Words that make a figure after a target a result again ("chỉ tiêu 95%, thực tế đạt 81%").
const RESULT_WORDS: &[&str] = &["đạt", "thực hiện", "thực tế", "mới", "hiện", "chỉ có", "còn"];

/// Whether the figure at `q_start` continues a list of targets that ended at `last`: the same
/// sentence, no word of a result between.
fn continues_targets(t: Body, last: Option<usize>, q_start: usize) -> bool {
    let Some(between) = last.filter(|&e| e <= q_start && q_start - e < 300).map(|e| &t.lower[e..q_start]) else { return false };
    !between.contains(['.', ';', '\n', ':']) && !RESULT_WORDS.iter().any(|w| between.contains(w))
}

/// Whether `head`, the text before a figure and its qualifier, makes it a target: it ends with
/// a target word, perhaps followed by link words.
fn is_target(head: &str) -> bool {
    if labelled_plan(head) {
        return true;
    }
    // Every target word holds "tiêu" or "đấu", in either case: the cheap test first, on the
    // last 80 bytes.
    let near = &head[back_by(head, head.len(), 80)..];
    if !holds_tieu_or_dau(near) {
        return false;
    }
    // "Mục tiêu: 95% trẻ …".
    let mut h = head.trim_end().trim_end_matches(':').trim_end();
    loop {
        let tail = Tail::new(h);
        if TARGET_WORDS.iter().any(|w| tail.ends_with_word(w)) {
            return true;
        }
        // "phấn đấu đến hết năm 2026 có 1.000 người": the year aimed at stands between too.
        let before_year = h.trim_end_matches(|c: char| c.is_ascii_digit());
        if h.len() - before_year.len() == 4 && Tail::new(before_year).ends_with_word("năm") {
            let before_year = before_year.trim_end();
            h = before_year[..before_year.len() - "năm".len()].trim_end();
            continue;
        }
        match TARGET_LINKS.iter().find(|w| tail.ends_with_word(w)) {
            Some(w) => h = h[..h.len() - w.len()].trim_end(),
            None => return false,
        }
    }
}

/// Whether `near` holds "tiêu", "đấu", "TIÊU" or "ĐẤU". Each ends with "u" or "U": one search
/// for those bytes, and a look back from each, instead of a substring search per word.
fn holds_tieu_or_dau(near: &str) -> bool {
    let b = near.as_bytes();
    memchr::memchr2_iter(b'u', b'U', b).any(|i| ["tiêu", "đấu", "TIÊU", "ĐẤU"].iter().any(|w| b[..=i].ends_with(w.as_bytes())))
}

/// Whether `head` ends with a plan's label and its colon: "(kế hoạch: 1.300 bệnh nhân)",
/// "KH: 95%". What a plan asks for is no result.
fn labelled_plan(head: &str) -> bool {
    let Some(label) = head.trim_end().strip_suffix(':') else { return false };
    let tail = Tail::new(label.trim_end());
    ["kế hoạch", "KH", "kế hoạch năm", "dự toán"].iter().any(|w| tail.ends_with_word(w))
}

/// The qualifier right before the number and where the figure's text starts.
fn qualifier_before(s: &str, a: usize) -> (Option<String>, usize) {
    let head = &s[..a];
    let tail = Tail::new(head);
    for (w, q) in QUALIFIERS {
        if tail.ends_with_word(w) {
            let start = head.trim_end().len() - w.len();
            return (Some(q.to_string()), start);
        }
    }
    (None, a)
}

/// A change word and what follows it up to the figure, in the last clause of `head`, when
/// the clause opens with the change word: the direction and the words compared with.
fn changed_against(head: &str) -> Option<(&'static str, &str)> {
    let h = head.trim_end();
    // "cao hơn cùng kỳ năm trước 11 người" says it without the link.
    let h = h.strip_suffix("là").and_then(|x| x.strip_suffix(' ')).unwrap_or(h);
    // What follows the last of ",;.\n(" in the last 120 bytes: ASCII, so looked for as bytes.
    let near = &h[back_by(h, h.len(), 120)..];
    let clause = near[last_of(near.as_bytes(), b",;.\n(").map_or(0, |i| i + 1)..].trim_start();
    // "Con số này cao hơn …": the words pointing back at the figure stand before the change.
    let back = POINTING_BACK.iter().find(|w| clause.get(..w.len()).is_some_and(|p| lower_eq(p, w)));
    let clause = back.map_or(clause, |w| &clause[w.len()..]);
    let (word, direction) = CHANGE_WORDS.iter().find(|(w, _)| clause.strip_prefix(w).is_some_and(|r| r.starts_with(' ')))?;
    let time = clause[word.len()..].trim();
    let time = time.strip_prefix("so với ").unwrap_or(time);
    Some((*direction, time))
}

/// A change word, the time compared with and a link before the figure: "thấp hơn quý II/2026
/// là 1,8 điểm phần trăm", "tăng so với cùng kỳ là 12 ca". The direction and the time.
fn compared_then_link(head: &str) -> Option<(&'static str, &str)> {
    changed_against(head).filter(|(_, time)| BARE_BASELINES.iter().any(|w| time.starts_with(w)) || names_a_past_period(time))
}

/// A change word and the plan compared with before the figure: "thấp hơn chỉ tiêu giao 1,5
/// điểm phần trăm", "vượt kế hoạch là 3 điểm %". Only a figure in points is sure to be the
/// change: in "cao hơn mục tiêu 95%" the figure is the plan's own.
fn compared_with_plan(head: &str) -> Option<(&'static str, &str)> {
    changed_against(head).filter(|(_, time)| opens_with_plan(time))
}

/// Whether `words` open with a plan's name ([`PLAN_NAMES`]) as a word of its own.
fn opens_with_plan(words: &str) -> bool {
    PLAN_NAMES.iter().any(|w| words.starts_with(w) && words[w.len()..].chars().next().is_none_or(|c| c == ' '))
}

/// Whether the words after a number at `b` are points of a percentage ("1,5 điểm phần trăm",
/// "2 điểm %").
fn points_after(t: Body, b: usize) -> bool {
    t.lower[b..].trim_start_matches(' ').starts_with("điểm ")
}

fn change_word_before(head: &str) -> Option<&'static str> {
    let h = head.trim_end().trim_end_matches('(').trim_end();
    let tail = Tail::new(h);
    CHANGE_WORDS.iter().find(|(w, _)| tail.ends_with_word(w)).map(|(_, d)| *d)
}

/// The unit a label names after its "Số" or "Tổng số": "Số lượt khám bệnh" counts in
/// "lượt khám", "Số ca phẫu thuật" in "ca". A table's row or column so named gives its
/// figures that unit when the table has no column of units.
pub(super) fn counted_unit(label: &str) -> Option<&'static str> {
    let lower = label.trim().to_lowercase();
    let counted = ["tổng số ", "số "].iter().find_map(|w| lower.strip_prefix(w))?.trim_start();
    let m = UNITS.0.find(aho_corasick::Input::new(counted).anchored(aho_corasick::Anchored::Yes))?;
    let whole_word = !counted[m.end()..].starts_with(is_alnum);
    let unit = UNITS.1[m.pattern().as_usize()];
    // "Số người dân tộc …": the unit stops before a word it would split.
    (whole_word && !splits_a_word(unit, &counted[m.end()..])).then_some(unit)
}

fn known_unit(u: &str) -> bool {
    UNITS.1.contains(&u)
}

/// Labels that open with what they count: "Số ca tử vong mẹ", "Tổng số lượt khám".
const COUNT_LABELS: &[&str] = &["tổng số ", "số "];

/// The unit a label names for the bare number after its colon, when the number ends the
/// sentence or its change follows: "Số bác sĩ/vạn dân: 11,8." gives "bác sĩ/vạn dân", "Số ca
/// tử vong mẹ: 0." gives "ca", "Số lượt khám: 8.020 (tăng 310 lượt …)" gives "lượt", and so
/// do a link for the colon ("Số giường bệnh/vạn dân đạt 31,2.") and a closing bracket of the
/// plan ("Số bác sĩ/vạn dân: 10,4 (kế hoạch 10)."). The
/// label is its line's (or sentence's) words, opening with [`COUNT_LABELS`] and a known
/// unit; a label naming no known unit gives none, and the number stays no figure.
fn label_unit(t: Body, a: usize, b: usize) -> Option<String> {
    let head = t.s[..a].trim_end_matches(' ');
    // "Số giường bệnh/vạn dân đạt 31,2.": a link word stands for the colon; the label is
    // then the sentence's words, past a comma too.
    let (before, stops): (&str, &[char]) = match head.strip_suffix(':') {
        Some(before) => (before, &['\n', ';']),
        None => (LABEL_LINKS.iter().find_map(|w| head.strip_suffix(w).filter(|h| h.ends_with(' ')))?, &['\n', ';', ',']),
    };
    let after = t.s[b..].trim_start_matches(' ');
    if !(after.is_empty() || after.starts_with(['.', ';', '\n']) || opens_its_change(after) || closes_with_a_bracket(after)) {
        return None;
    }
    // The label's line: a short one, past a list mark or a section number ("2. Số …").
    let from = back_by(before, before.len(), 120);
    let line = from + before[from..].rfind(stops).map_or(0, |i| i + 1);
    let line = line + before[line..].rfind(". ").map_or(0, |i| i + 2);
    let lower = &t.lower[line..before.len()];
    let marker = SECTION_MARKER.find(lower).map_or(0, |m| m.end());
    let lower = lower[marker..].trim_start_matches(['-', '+', '•', '–', ' ']);
    let label_at = before.len() - lower.len();
    let opening = COUNT_LABELS.iter().find(|w| lower.starts_with(*w))?;
    let counted = label_at + opening.len();
    let m = UNITS.0.find(aho_corasick::Input::new(&t.lower[counted..before.len()]).anchored(aho_corasick::Anchored::Yes))?;
    let rest = &t.s[counted + m.end()..before.len()];
    if rest.starts_with(is_alnum) {
        return None;
    }
    // "Số giường bệnh/vạn dân": the whole ratio is the unit.
    let end = if rest.starts_with('/') { before.len() } else { counted + m.end() };
    Some(t.s[counted..end].trim_end().to_string())
}

/// Link words that may stand for a label's colon: "Số giường bệnh/vạn dân đạt 31,2".
const LABEL_LINKS: &[&str] = &["đạt", "là"];

/// Whether `after`, the text after a bare number, is a bracket the sentence ends with: "(kế
/// hoạch 10).", "(năm 2025: 9,8)". What a bracket there holds is the figure's plan or its
/// earlier value, which says no more of what the number counts than a full stop would.
fn closes_with_a_bracket(after: &str) -> bool {
    let Some(inside) = after.strip_prefix('(') else { return false };
    // A short bracket on the same line; a nested or unclosed one is not read.
    let Some(close) = inside.bytes().take(80).position(|c| matches!(c, b')' | b'(' | b'\n')) else { return false };
    let rest = &inside[close..];
    rest.starts_with(')') && {
        let rest = rest[1..].trim_start_matches(' ');
        rest.is_empty() || rest.starts_with(['.', ';', '\n'])
    }
}

/// Whether `after`, the text after a bare number, opens with the number's change, in
/// brackets or after a comma: "(tăng 310 lượt so với tháng 9)", ", giảm 12%". It says no
/// more of what the number counts than a full stop would.
fn opens_its_change(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(['(', ',']).map(|r| r.trim_start_matches(' ')) else { return false };
    let Some(by) = RATE_CHANGES.iter().find_map(|w| rest.strip_prefix(w).and_then(|r| r.strip_prefix(' '))) else { return false };
    // "tăng hơn 300 lượt": a qualifier may stand before the change's figure; "tăng cường" is no change.
    let by = QUALIFIERS.iter().find_map(|(q, _)| by.strip_prefix(q).and_then(|r| r.strip_prefix(' '))).unwrap_or(by);
    by.starts_with(|c: char| c.is_ascii_digit())
}

/// Words that are no unit alone, though a known unit may open with them: "giá" is a price
/// ("giá 10 nghìn đồng") as often as a rack, which is "giá đỡ" in the units. No unit is
/// better than a wrong one: the figure is left out.
const NO_UNITS: &[&str] = &["giá"];

/// The unit after the number and where it ends: "%", a known unit, or the next plain word.
fn unit_after(t: Body, b: usize) -> (Option<String>, usize) {
    let s = t.s;
    let rest = &s[b..];
    let trimmed = rest.trim_start_matches(' ');
    let at = b + rest.len() - trimmed.len();
    if trimmed.starts_with('%') {
        return (Some("%".to_string()), at + 1);
    }
    // "tỷ suất sinh thô 15,2‰": a rate per thousand, written as a sign like "%".
    if trimmed.starts_with('‰') {
        return (Some("‰".to_string()), at + '‰'.len_utf8());
    }
    // A unit follows its number on the same line, after spaces.
    if at == b || trimmed.starts_with(char::is_whitespace) {
        return (None, b);
    }
    // Units are short: lowercase a window, not the rest of the body (quadratic on long texts).
    let window = ahead_by(trimmed, 0, 512);
    let lower = &t.lower[at..at + window];
    let unit_in = |hay: &str| UNITS.0.find(aho_corasick::Input::new(hay).anchored(aho_corasick::Anchored::Yes));
    let mut found = unit_in(lower);
    // "3.200 người dân tộc thiểu số": the unit's last word opens a word with the next, and
    // the unit is the words before it ("người").
    if let Some(m) = found.filter(|m| m.end() > 0 && splits_a_word(&lower[..m.end()], &lower[m.end()..])) {
        found = lower[..m.end()].rfind(' ').and_then(|cut| unit_in(&lower[..cut]));
    }
    let end = match found {
        Some(m) if !trimmed[m.end()..].chars().next().is_some_and(is_alnum) => m.end(),
        _ => {
            let w = first_word(trimmed);
            let plain = !w.is_empty()
                && w.chars().all(char::is_lowercase)
                && !PHRASE_STOP.contains(&w)
                && !TRAILING.contains(&w)
                && !matches!(w, "đến" | "tới")
                && !ADVERBS.contains(&w)
                && !NO_UNITS.contains(&w)
                && w.chars().count() > 1;
            if !plain {
                return (None, b);
            }
            w.len()
        }
    };
    let end = end + denominator_len(&trimmed[end..], &t.lower[at + end..]);
    (Some(trimmed[..end].to_string()), at + end)
}

/// Words of two syllables whose first may close a unit ("người dân", "hộ dân"): read whole,
/// the unit stops before them.
const WORDS_OVER_UNITS: &[&str] = &["dân tộc"];

/// Whether a unit's last syllable and the text after it make one of [`WORDS_OVER_UNITS`].
fn splits_a_word(unit: &str, after: &str) -> bool {
    // The last word, after the last blank (a byte: units are short).
    let last = unit.bytes().rposition(|b| b == b' ').map_or(unit, |i| &unit[i + 1..]);
    WORDS_OVER_UNITS.iter().any(|w| {
        w.strip_prefix(last).and_then(|r| r.strip_prefix(' ')).is_some_and(|second| {
            after.strip_prefix(' ').and_then(|a| a.strip_prefix(second)).is_some_and(|r| !r.starts_with(is_alnum))
        })
    })
}

/// The length of a "/..." denominator that makes a unit a rate: "/10.000 dân", "/100 bé gái",
/// "/phụ nữ", "/tháng", "/người/tháng"; 0 when there is none. `rest_lower` is `rest` lower-cased.
fn denominator_len(rest: &str, rest_lower: &str) -> usize {
    let mut end = 0;
    // "1,2 triệu đồng/người/tháng": per one and per a time, two denominators in a row.
    for _ in 0..2 {
        let Some(tail) = rest[end..].strip_prefix('/') else { break };
        match denominator_tail_len(tail, &rest_lower[end + 1..]) {
            0 => break,
            len => end += 1 + len,
        }
    }
    end
}

/// The length of a denominator without its "/" ("10.000 dân", "phụ nữ"); 0 when there is
/// none. `tail_lower` is `tail` lower-cased.
fn denominator_tail_len(tail: &str, tail_lower: &str) -> usize {
    let digits = tail.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(tail.len());
    let number = tail[..digits].trim_end_matches('.');
    let after_number = if number.is_empty() { 0 } else { number.len() + usize::from(tail[number.len()..].starts_with(' ')) };
    let word_at = &tail[after_number..];
    // The word is read where it starts: one after a line break or more spaces is not the
    // denominator's ("/10.000\ndân" ends with the number).
    if word_at.starts_with(char::is_whitespace) {
        return 0;
    }
    let window = ahead_by(word_at, 0, 64);
    let word_at_lower = &tail_lower[tail.len() - word_at.len()..];
    let lower = &word_at_lower[..window];
    let known = UNITS
        .0
        .find(aho_corasick::Input::new(lower).anchored(aho_corasick::Anchored::Yes))
        .filter(|m| !word_at[m.end()..].chars().next().is_some_and(is_alnum))
        .map(|m| m.end());
    let w = first_word(word_at);
    let len = known.unwrap_or(if w.chars().all(char::is_lowercase) { w.len() } else { 0 });
    if len == 0 {
        return 0;
    }
    after_number + len
}

/// The unit of a range's lower end, taken from its upper end ("40 - 55 bệnh nhân"), unless
/// the range is of ages or times ("từ 1 - 5 tuổi"); with where the unit ends and where the
/// upper end starts. The schema has no field for a range: the range is one figure, valued
/// at its lower end, its text running over both ends ("40 - 55 bệnh nhân").
fn range_unit(t: Body, b: usize) -> Option<(String, usize, usize)> {
    let s = t.s;
    let (ua, ub) = range_upper(s, b)?;
    if is_not_a_figure(t, ua, ub, &s[ua..ub]) && !s[ub..].trim_start().starts_with('%') {
        return None;
    }
    let (unit, end) = unit_after(t, ub);
    unit.map(|u| (u, end, ua))
}

/// A range after "từ" with its unit at both ends ("từ 450 ca đến 520 ca", "từ 85% đến 90%"),
/// the lower end at `a` and its unit ending at `unit_end`: one figure, as "từ 450 đến 520
/// ca" is. Where the upper end's unit ends and where its number starts. Not after a change
/// word: "tăng từ 450 ca đến 520 ca" is a change.
fn range_with_units(t: Body, a: usize, unit_end: usize, unit: &str) -> Option<(usize, usize)> {
    let head = t.lower[..a].trim_end();
    let lead = head.strip_suffix("từ").filter(|h| h.is_empty() || h.ends_with(' '))?;
    if CHANGE_WORDS.iter().any(|(w, _)| ends_with_word(lead, w)) {
        return None;
    }
    let (ua, ub) = range_upper(t.s, unit_end)?;
    match unit_after(t, ub) {
        (Some(upper), end) if upper == unit => Some((end, ua)),
        _ => None,
    }
}

/// The upper end of a range whose lower end ends at `b` ("40 - 55 bệnh nhân", "từ 10 đến
/// 15%"): the span of `^[\s&&[^\n\t]]*(?:[-–]|đến|tới)[\s&&[^\n\t]]*(\d+(?:[.,]\d+)*)`'s
/// group in `s[b..]`. Code, not that regex: its captures cost thousands of instructions a
/// figure. A range stays on its line and in its table cell (cells are apart at tabs): a
/// figure closing one cell and "-4,5%" opening the next are two figures.
fn range_upper(s: &str, b: usize) -> Option<(usize, usize)> {
    let inline_space = |c: char| c.is_whitespace() && c != '\n' && c != '\t';
    let next = s[b..].trim_start_matches(inline_space);
    let after = next.strip_prefix(['-', '–']).or_else(|| next.strip_prefix("đến")).or_else(|| next.strip_prefix("tới"))?;
    let number = after.trim_start_matches(inline_space);
    if number.is_empty() || digit_len(number, 0) == 0 {
        return None;
    }
    // The number opens `number`, so it is found without a search.
    let start = s.len() - number.len();
    Some((start, start + number_end(number, 0)))
}

/// "12 trên 100.000 dân": a rate written with "trên" for "/", read as "12/100.000 dân" is
/// (unit "/100.000 dân"); with where the unit ends and where its number starts. Only a
/// denominator of a thousand or more followed by its word: "3 trên 5 kỹ thuật" is a part of a
/// whole, "trên 60 tuổi" an age.
fn per_population_tren(t: Body, b: usize) -> Option<(String, usize, usize)> {
    let at = after_tren(t, b)?;
    if !per_population_number(&t.s[at..number_end(t.s, at)]) {
        return None;
    }
    let len = denominator_tail_len(&t.s[at..], &t.lower[at..]);
    (len > 0).then(|| (format!("/{}", &t.s[at..at + len]), at + len, at))
}

/// Where the number after " trên " that follows the number ending at `b` would start.
fn after_tren(t: Body, b: usize) -> Option<usize> {
    t.lower[b..].starts_with(" trên ").then_some(b + " trên ".len())
}

/// True for a denominator of a rate per population: 1 and three zeros or more ("1.000",
/// "100.000", "10000").
fn per_population_number(number: &str) -> bool {
    number.strip_prefix('1').is_some_and(|r| r.chars().all(|c| c == '0' || c == '.') && r.matches('0').count() >= 3)
}

/// "4,3/100.000 dân": a rate whose unit is its denominator.
fn per_population(t: Body, b: usize) -> Option<(String, usize)> {
    let s = t.s;
    if !s[b..].starts_with('/') || !PER_POPULATION.is_match(&s[b..]) {
        return None;
    }
    let len = denominator_len(&s[b..], &t.lower[b..]);
    (len > 0).then(|| (s[b..b + len].to_string(), b + len))
}

/// The reporting periods of the body, by start, to give each figure the one its sentence states.
struct Periods {
    spans: Vec<(usize, usize, DateRange)>,
    /// Per span, once asked: whether the 40 bytes before it make it a baseline. Every figure
    /// after a period asks of it again (the body is always the same), and a baseline is passed
    /// over for the one before it, so the same few are asked thousands of times.
    baseline: Vec<OnceCell<bool>>,
    /// Per span, the last answer of [`is_baseline`] on the text from a sentence's start to
    /// it, with that start ([`Periods::is_baseline_from`]): every figure of a sentence asks
    /// about the same spans from the same start.
    in_sentence: Vec<Cell<Option<(usize, bool)>>>,
    /// A report's period, named by its title: the period of figures whose text names none.
    reported: Option<DateRange>,
}

impl Periods {
    fn new(hits: &[Hit], reported: Option<&DateRange>) -> Periods {
        let mut spans: Vec<(usize, usize, DateRange)> = hits
            .iter()
            .filter(|h| h.kind == EntityKind::Period)
            .filter_map(|h| match &h.normalized {
                Some(Normalized::Range { start, end }) => Some((h.start, h.end, DateRange { start: start.clone(), end: end.clone() })),
                _ => None,
            })
            .collect();
        spans.sort_by_key(|p| (p.0, p.1));
        let baseline = spans.iter().map(|_| OnceCell::new()).collect();
        let in_sentence = spans.iter().map(|_| Cell::new(None)).collect();
        Periods { spans, baseline, in_sentence, reported: reported.cloned() }
    }

    /// [`is_baseline`] of the text from `from` to span `i`, read once for each `from`.
    fn is_baseline_from(&self, s: &str, from: usize, i: usize) -> bool {
        if let Some((_, answer)) = self.in_sentence[i].get().filter(|&(f, _)| f == from) {
            return answer;
        }
        let answer = is_baseline(&s[from..self.spans[i].0]);
        self.in_sentence[i].set(Some((from, answer)));
        answer
    }

    /// Whether the text just before span `i` of the body `s` makes it a baseline ("so với năm
    /// 2023"): [`is_baseline`] of its 40 bytes before, read once per span.
    fn is_baseline_at(&self, s: &str, i: usize) -> bool {
        let start = self.spans[i].0;
        *self.baseline[i].get_or_init(|| is_baseline(&s[back_by(s, start, 40)..start]))
    }

    /// The last period that ends before `a`, if it ends in the 2,000 bytes before; never a
    /// baseline ("tăng 12 ca so với tháng 4").
    fn last_before(&self, s: &str, a: usize) -> Option<DateRange> {
        let upto = self.spans.partition_point(|p| p.0 < a);
        (0..upto)
            .rev()
            .filter(|&i| self.spans[i].1 <= a && self.spans[i].1 + 2000 >= a)
            .find(|&i| !self.is_baseline_at(s, i))
            .map(|i| self.spans[i].2.clone())
    }

    /// The period that opens a sentence earlier in the paragraph of `a` ("Năm 2024, toàn tỉnh
    /// … . Tỷ lệ …"), if it is the last period before `a` there: it frames what follows.
    fn framing(&self, s: &str, a: usize) -> Option<DateRange> {
        let floor = back_by(s, a, 2000);
        let para = last_blank_line(&s[floor..a]).map_or(floor, |i| floor + i + 2);
        let lo = self.spans.partition_point(|p| p.0 < para);
        let hi = self.spans.partition_point(|p| p.0 < a);
        let last = &self.spans[(lo..hi).rev().find(|&i| self.spans[i].1 <= a && !self.is_baseline_at(s, i))?];
        let sentence = clause_start(s, last.0, &['.', '\n', '!', '?'], 300);
        let opens = opens_the_sentence(&s[sentence..last.0], &s[last.1..]) && !super::dates::compared_in_brackets(s, last.0, last.1);
        opens.then(|| last.2.clone())
    }

    /// The period of the sentence holding the figure at `a`: the last one before it, else the
    /// first one after it; never a baseline ("so với cùng kỳ năm 2023").
    fn of_sentence(&self, s: &str, a: usize) -> Option<DateRange> {
        // The sentence is looked for at most 600 bytes either side: with no period starting
        // there, its bounds need not be found.
        let near = self.spans.partition_point(|p| p.0 < a.saturating_sub(600));
        if self.spans.get(near).is_none_or(|p| p.0 >= a + 600) {
            return None;
        }
        let stops = ['.', '\n', '!', '?'];
        let from = clause_start(s, a, &stops, 600);
        let limit = ahead_by(s, a, 600);
        let to = sentence_end(s, a, limit);
        let lo = self.spans.partition_point(|p| p.0 < from);
        let hi = self.spans.partition_point(|p| p.0 < to);
        // The cheap test first: the text before a period is read only for one that would be taken.
        let near = (lo..hi).map(|i| (i, &self.spans[i]));
        // Nor one in brackets closed before the figure: "8.450 lượt (tháng 9: 7.920 lượt);
        // trong đó khám BHYT 6.912 lượt" counts the month reported, not September.
        let closed_before = |p: &(usize, usize, DateRange)| s[p.1..a].contains(')') && super::dates::compared_in_brackets(s, p.0, p.1);
        let before = near.clone().rfind(|&(i, p)| p.1 <= a && !self.is_baseline_from(s, from, i) && !closed_before(p)).map(|(_, p)| p);
        // A period after the figure opening a running total ("312 trẻ, lũy kế 11 tháng đạt
        // 3.104 trẻ") is the total's, not the figure's.
        // Nor is one in brackets after it: "14.532 lượt (tháng 9: 13.870 lượt)" compares.
        // Nor a running total after a later figure ("là 214 ca, …, đạt 1.370 ca từ đầu năm đến
        // nay"): it is that figure's.
        let later_total = |p: &(usize, usize, DateRange)| names_running_total(&s[p.0..p.1]) && holds_a_later_number(s, a, p.0);
        let after = || {
            near.clone()
                .find(|&(i, p)| p.0 >= a && !self.is_baseline_from(s, from, i))
                .map(|(_, p)| p)
                .filter(|p| !names_running_total(&s[a..p.0]) && !super::dates::compared_in_brackets(s, p.0, p.1) && !later_total(p))
        };
        let own = before.or_else(after)?;
        // "Trong tuần 39, ghi nhận 12 ca. Cộng dồn từ đầu năm đến nay, … 27 ca": a report
        // counts "đến nay" to the last period it gave in the paragraph, not to the day it
        // was written.
        if s[own.0..own.1].ends_with("nay") {
            let earlier = &self.spans[..self.spans.partition_point(|p| p.0 < own.0)];
            // Only a period inside the running total's: "Năm 2025, … đạt 86,4%. Từ đầu năm
            // 2026 đến nay …" counts to the day the page was written.
            let inside = |p: &&(usize, usize, DateRange)| p.2.end < own.2.end && p.2.end >= own.2.start;
            if let Some(prior) = earlier.iter().rfind(|p| p.1 <= own.0 && last_blank_line(&s[p.1..own.0]).is_none() && inside(p) && !is_baseline(&s[..p.0])) {
                return Some(year_to_date(prior.2.clone()));
            }
        }
        Some(own.2.clone())
    }
}

/// Where the last blank line ("\n\n") of `hay` starts, as `hay.rfind("\n\n")` gives it: the
/// line breaks found backwards by memrchr, the first with a break before it. A paragraph is
/// looked for thousands of bytes back, and `str::rfind` reads them a byte at a time.
fn last_blank_line(hay: &str) -> Option<usize> {
    let b = hay.as_bytes();
    memchr::memrchr_iter(b'\n', b).find(|&i| i > 0 && b[i - 1] == b'\n').map(|i| i - 1)
}

/// Whether a period after `before`, its sentence up to it, opens the sentence: two words at
/// most before it ("Trong tháng 9/2026, …"), or after a lead clause with no figure, as a
/// clause of its own that a comma closes (`after` is the text after it): "Theo báo cáo,
/// trong tháng 9/2026, toàn tỉnh …". The lead says who reports, not when; a period closing
/// the sentence ("…, đánh giá chất lượng khám, chữa bệnh năm 2023.") frames nothing.
fn opens_the_sentence(before: &str, after: &str) -> bool {
    if before.split_whitespace().count() <= 2 {
        return true;
    }
    let Some(comma) = before.rfind(',') else { return false };
    let lead = &before[..comma];
    no_figure_in_lead(lead) && lead.split_whitespace().count() <= 14 && before[comma + 1..].split_whitespace().count() <= 2 && after.trim_start().starts_with(',')
}

/// Whether a lead clause holds no figure: each of its words with a digit is a code or a
/// date ("Thực hiện Kế hoạch số 1234/KH-SYT ngày 15/01/2026 của Sở Y tế").
fn no_figure_in_lead(lead: &str) -> bool {
    lead.split_whitespace().all(|w| !w.contains(|c: char| c.is_ascii_digit()) || w.contains(['/', '-']))
}

/// Whether another number stands between the number opening at `a` and `to`.
fn holds_a_later_number(s: &str, a: usize, to: usize) -> bool {
    let own = s[a..to].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    own.contains(|c: char| c.is_ascii_digit())
}

/// Words that make a figure a running total from the start of the year ("cộng dồn từ đầu
/// năm đến nay 418 ca", "lũy kế 1.204 lượt").
pub(super) const RUNNING_TOTAL: &[&str] = &["cộng dồn", "lũy kế", "luỹ kế", "từ đầu năm"];

/// Whether `text` holds a running-total word, in any case.
fn names_running_total(text: &str) -> bool {
    // Each running-total word holds "dồn", "kế" or "đầu năm", in small letters or capitals.
    if !["dồn", "kế", "đầu năm", "DỒN", "KẾ", "ĐẦU NĂM"].iter().any(|w| text.contains(w)) {
        return false;
    }
    let lower = text.to_lowercase();
    RUNNING_TOTAL.iter().any(|w| lower.contains(w))
}

/// Words that may close a running total after its figure ("từ đầu năm đến nay").
const UP_TO_NOW: &[&str] = &[" đến nay", " tới nay", " đến hiện tại"];

/// Where the running-total words right after a figure's unit end ("đạt 1.370 ca từ đầu
/// năm", "618 ca cộng dồn"): they make that figure a total since the start of the year.
/// Not when a number follows them: "lũy kế 10 tháng", "cộng dồn 618 ca" open a figure of
/// their own.
fn running_total_after(t: Body, unit_end: usize) -> Option<usize> {
    let rest = &t.lower[unit_end..];
    let words = rest.trim_start_matches(' ');
    let words = words.strip_prefix("tính ").unwrap_or(words);
    let whole = |w: &str, at: &str| at.starts_with(w) && !at[w.len()..].starts_with(is_alnum);
    let total = RUNNING_TOTAL.iter().find(|w| whole(w, words))?;
    let mut end = t.lower.len() - words.len() + total.len();
    // "từ đầu năm 2025": the year is the total's.
    let year = t.s[end..].strip_prefix(' ').map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
    if year == 4 {
        let after = &t.s[end + 5..];
        let number_goes_on = after.starts_with(['.', ',', '/']) && after[1..].starts_with(|c: char| c.is_ascii_digit());
        end += if number_goes_on { 0 } else { 5 };
    }
    if let Some(now) = UP_TO_NOW.iter().find(|w| whole(w, &t.lower[end..])) {
        end += now.len();
    }
    // "12 ca từ đầu năm đến nay có 40 ca": words that open the next figure, unless a number
    // follows them.
    let next = t.lower[end..].trim_start_matches(' ');
    let next = LINKS.iter().chain(&["có", "ghi nhận"]).find_map(|w| next.strip_prefix(w).and_then(|r| r.strip_prefix(' '))).unwrap_or(next);
    (!next.starts_with(|c: char| c.is_ascii_digit())).then_some(end)
}

/// Whether the clause before the figure at `q_start` makes it a running total.
/// So does a sentence that opens with one ("Cộng dồn từ đầu năm đến nay, thị xã ghi nhận
/// 918 ca …, 204 ca …"). `from`: the clause's [`clause_start`] at [`CLAUSE_STOPS`] within 200 bytes.
fn is_running_total(t: Body, from: usize, q_start: usize) -> bool {
    let clause = &t.lower[from..q_start];
    let sentence = clause_start(t.s, q_start, &['.', ';', '\n', '!', '?'], 400);
    let opening = t.lower[sentence..q_start].trim_start();
    let opening = opening.strip_prefix("tính ").unwrap_or(opening);
    RUNNING_TOTAL.iter().any(|w| clause.contains(w) || opening.starts_with(w))
}

/// The figure's period: its sentence's; for a running total, the year up to it, or up to
/// the end of the last period before when the sentence names none ("Trong tuần 46 … ca.
/// Cộng dồn từ đầu năm đến nay … 918 ca").
/// `total_after`: running-total words follow the figure ([`running_total_after`]).
/// `clause_from`: where the clause of `q_start` starts, as [`is_running_total`] takes it.
fn period_of(t: Body, periods: &Periods, a: usize, clause_from: usize, q_start: usize, total_after: bool) -> Option<DateRange> {
    // The clause is read for a running total only when there is a period to stretch.
    let (period, from_before) = match periods.of_sentence(t.s, a) {
        Some(own) => (own, false),
        None => match periods.last_before(t.s, a) {
            // "Trong tháng 5/2025, toàn huyện ghi nhận:" then "- Sốt xuất huyết: 46 ca": a
            // list's items are of the period its lead names.
            Some(before) => {
                // The lead is looked for once, not for each period of the same span.
                let lead = list_lead(t.s, a);
                let led = lead.is_some_and(|(x, y)| periods.spans.iter().any(|p| p.2 == before && x <= p.0 && p.1 <= y));
                let framed = || periods.framing(t.s, a).is_some_and(|f| f == before);
                let from_before = !(led || framed());
                (before, from_before)
            }
            None => (periods.reported.clone()?, false),
        },
    };
    match is_running_total(t, clause_from, q_start) || total_after {
        true => Some(year_to_date(period)),
        false if from_before => periods.reported.clone(),
        false => Some(period),
    }
}

/// The marks that open a list item, as a character: a clause is read past them.
const ITEM_MARKS: [char; 5] = ['-', '+', '•', '–', '*'];

/// Marks that open a list item's line.
const LIST_MARKS: &[&str] = &["- ", "+ ", "• ", "– "];

/// The line that leads the list whose item holds `a`: the first line above the item's that
/// is no item and ends with ":" (within 2,000 bytes).
fn list_lead(s: &str, a: usize) -> Option<(usize, usize)> {
    let is_item = |line: &str| LIST_MARKS.iter().any(|m| line.trim_start().starts_with(m));
    let floor = back_by(s, a, 2000);
    // The line break as `rfind('\n')` finds it: an ASCII byte is always a whole char.
    let end = memchr::memrchr(b'\n', &s.as_bytes()[floor..a]).map(|i| floor + i)?;
    if !is_item(&s[end + 1..a]) {
        return None;
    }
    let (start, end) = line_above(s, end, floor, |line| line.trim().is_empty() || is_item(line))?;
    s[start..end].trim_end().ends_with(':').then_some((start, end))
}

/// The nearest line above the newline at `end`, from `floor` on, that `passed_over` does not
/// pass over, as its span (its first line may be cut at `floor`).
fn line_above(s: &str, mut end: usize, floor: usize, passed_over: impl Fn(&str) -> bool) -> Option<(usize, usize)> {
    loop {
        let start = memchr::memrchr(b'\n', &s.as_bytes()[floor..end]).map_or(floor, |i| floor + i + 1);
        if !passed_over(&s[start..end]) {
            return Some((start, end));
        }
        if start == floor {
            return None;
        }
        end = start - 1;
    }
}

/// A running total's period: from the first of January of the year its sentence's period
/// ends in, to that end.
fn year_to_date(p: DateRange) -> DateRange {
    match p.end.get(..4) {
        Some(year) if year.bytes().all(|b| b.is_ascii_digit()) => DateRange { start: format!("{year}-01-01"), end: p.end },
        _ => p,
    }
}

/// Where the sentence holding `a` ends: the next full stop that is not inside a number.
/// The stops are ASCII, and an ASCII byte is always a whole char: bytes, not chars, are read,
/// with memchr (a sentence runs for hundreds of bytes). A "?" always ends it, so the other
/// stops are looked for only before the first one.
fn sentence_end(s: &str, a: usize, limit: usize) -> usize {
    if a >= limit {
        return limit;
    }
    let bytes = s.as_bytes();
    let question = memchr::memchr(b'?', &bytes[a..limit]).map_or(limit, |i| a + i);
    let inside_number = |i: usize| bytes[i] == b'.' && i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
    memchr::memchr3_iter(b'.', b'\n', b'!', &bytes[a..question]).map(|i| a + i).find(|&i| !inside_number(i)).unwrap_or(question)
}

/// True when the text before a period makes it the baseline of a comparison.
fn is_baseline(head: &str) -> bool {
    let tail = Tail::new(head);
    if ["so với", "so", "với", "cùng kỳ", "so cùng kỳ"].iter().any(|w| tail.ends_with_word(w)) {
        return true;
    }
    // "so với cuối năm 2025", "so với cùng thời điểm năm trước": a word placing the time.
    if let Some(w) = ["cuối", "đầu", "hết", "giữa", "thời điểm", "cùng thời điểm"].iter().find(|w| tail.ends_with_word(w)) {
        let h = head.trim_end();
        return is_baseline(&h[..h.len() - w.len()]);
    }
    compared_a_few_words_before(head) || went_from_before(head)
}

/// Whether `head` ends with the figure a change went from ("tăng từ 48,3%"): a period after
/// it ("năm 2025 lên 61,7%") is that figure's time, the baseline's.
fn went_from_before(head: &str) -> bool {
    let h = head.trim_end().trim_end_matches('%').trim_end();
    let number = h.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    number.len() < h.len() && ends_with_word(number.trim_end(), "từ")
}

/// Whether "so với" stands a few words before the end of `head`, in the same clause: "so
/// với 1.126 ca của năm 2025", "so với đợt khám năm 2025" compare with the period after.
fn compared_a_few_words_before(head: &str) -> bool {
    let near = &head[back_by(head, head.len(), 60)..];
    let Some(at) = near.rfind("so với ") else { return false };
    let between = near[at + "so với ".len()..].as_bytes();
    // A comma or a full stop inside a number ("1.126") ends no clause.
    let in_number = |i: usize| i > 0 && between[i - 1].is_ascii_digit() && between.get(i + 1).is_some_and(u8::is_ascii_digit);
    let stops = between.iter().enumerate().any(|(i, b)| match b {
        b';' | b':' | b'(' | b')' | b'\n' => true,
        b',' | b'.' => !in_number(i),
        _ => false,
    });
    !stops && between.split(|b| *b == b' ').filter(|w| !w.is_empty()).count() <= 5
}

/// What the figure counts, and where its text ends. `total`: where running-total words
/// right after the unit end ([`running_total_after`]).
fn subject_of(t: Body, q_start: usize, a: usize, unit_end: usize, total: Option<usize>, unit: &str, diseases: &Diseases) -> (String, usize) {
    let s = t.s;
    // A qualifier may sit before a line break the figure follows ("hơn\n25 ca" in hard-wrapped
    // text): the clause then starts with it.
    let sent_start = clause_start(s, a, &['.', ';', '\n', '!', '?', ':'], 600).min(q_start);
    let head = &s[..q_start];
    // "Kinh phí thực hiện: 1,2 tỷ đồng": the label before the colon names the figure.
    if let Some(label) = label_before(s, q_start) {
        // "Tiêm chủng mở rộng: 356 trẻ dưới 1 tuổi được tiêm đủ …": words of its own after
        // the unit say what the figure counts; the label says where it stands.
        let own_end = phrase_end(t, unit_end, unit);
        let own = s[unit_end..own_end].trim();
        // Only of those counted: after a sum ("1,2 tỷ đồng từ ngân sách") they say whence.
        if lower_in(unit, BREAKDOWN_UNITS) && own.split_whitespace().count() >= 3 && total.is_none() {
            return (format!("{} {own} ({label})", &s[unit_end - unit.len()..unit_end]), own_end);
        }
        return (with_heading_disease(label, s, q_start, diseases), unit_end);
    }
    // "tỷ lệ X đạt 18%", "Tổng số lượt khám ... là 253.401 lượt": the subject comes first.
    // "Tỷ lệ … đạt 152/160 (95%)": the rate is linked past the fraction it restates.
    let linked = before_a_fraction(head).unwrap_or(head);
    let tail = Tail::new(linked);
    // The link must sit in the figure's own clause: across a line break it ends the clause
    // before ("… là\n25 ca"), and its subject is not this figure's.
    let link = LINKS.iter().find(|l| tail.ends_with_word(l)).filter(|_| !closes_a_bound(linked));
    if let Some(before_end) = link.map(|l| linked.trim_end().len() - l.len()).filter(|&end| end > sent_start) {
        let before = &s[sent_start..before_end];
        let lower = &t.lower[sent_start..before_end];
        // "Kinh phí thực hiện chiến dịch là 2,5 tỷ đồng": a sum's subject opens with what it pays.
        // Within the clause: past a comma the words are another clause's ("Với kinh phí được
        // cấp, trung tâm mua … trị giá là 200 triệu đồng").
        let money = || money_key(lower).filter(|&k| !lower[k..].contains(','));
        let key = subject_key(lower).or_else(|| is_money(unit).then(money).flatten());
        if let Some(k) = key {
            let whole = before[k..].trim();
            let own = before_an_earlier_figure(whole);
            // "Tỷ lệ nhiễm trùng vết mổ đạt 2,1%, nhiễm khuẩn huyết đạt 1,4%": a clause with
            // its own subject and link measures that, not the earlier figure's.
            if let Some(carried) = (own.len() < whole.len()).then(|| carried_measure(own.trim_end_matches(',').trim(), &whole[own.len()..])).flatten() {
                return (with_disease(carried, s, sent_start, a, diseases), unit_end);
            }
            let subject = without_change_verb(without_adverbs(own.trim_end_matches(',').trim())).to_string();
            // "Số ca mắc trong tuần là 214 ca, …, đạt 1.370 ca từ đầu năm": the figure counts
            // what the earlier one does, over the running total's time, not the earlier's.
            let total = total.filter(|_| own.len() < whole.len());
            if let (Some(end), false) = (total, subject.is_empty()) {
                let subject = format!("{} {}", without_own_period(&subject), s[unit_end..end].trim());
                return (with_disease(subject, s, sent_start, a, diseases), end);
            }
            if !subject.is_empty() {
                return (with_disease(subject, s, sent_start, a, diseases), unit_end);
            }
        }
        // "Trẻ từ 24 - 60 tháng tuổi được uống thuốc tẩy giun là 742 trẻ": a clause opening
        // with what the figure counts names it whole, its age included.
        if let Some(phrase) = key.is_none().then(|| counted_phrase(before, unit)).flatten() {
            return (with_disease(phrase.to_string(), s, sent_start, a, diseases), unit_end);
        }
    }
    // "…, tổng trị giá 60 triệu đồng cho bệnh nhân …": a sum right after the words that name
    // it is theirs; what follows it says whom it went to, not what it is.
    if let Some(named) = is_money(unit).then(|| money_named_before(t, sent_start, q_start)).flatten() {
        return (format!("{} ({named})", &s[unit_end - unit.len()..unit_end]), unit_end);
    }
    // "bệnh dại có tỷ lệ tử vong gần như 100% khi …": a rate named right before its figure.
    if let Some(rate) = (unit == "%").then(|| rate_before(t, sent_start, q_start)).flatten() {
        return (with_disease(rate.to_string(), s, sent_start, a, diseases), unit_end);
    }
    // "1.370 ca từ đầu năm 2025": a running total's words run past the year a phrase stops at.
    let after_end = phrase_end(t, unit_end, unit).max(total.unwrap_or(0));
    // "3 ca tay, chân, miệng ở trẻ nhỏ": a disease named with commas is read whole, and the
    // phrase goes on after it.
    let after_end = match diseases.running_past(unit_end, after_end) {
        Some(d_end) => phrase_end(t, d_end, unit).max(d_end),
        None => after_end,
    };
    // "khoảng 15% là ca có dấu hiệu cảnh báo": the link after a share is not what it is of.
    let after = if unit == "%" { without_link_is(s[unit_end..after_end].trim()).to_string() } else { s[unit_end - unit.len()..after_end].trim().to_string() };
    let mut subject = after.clone();
    if after.split_whitespace().count() <= 3 {
        // "Số ca ho gà 9 ca": a clause opening with "Số", "Tổng số" names the count right
        // after it, as it would with "là" between, when the count says nothing of its own.
        if let Some(label) = (unit != "%" && after.len() <= unit.len()).then(|| keyed_clause(t, sent_start, q_start)).flatten() {
            return (with_disease(label.to_string(), s, sent_start, a, diseases), unit_end);
        }
        // "Bệnh tay chân miệng ghi nhận 67 ca": the disease is what is counted, as in "67 ca
        // tay chân miệng", not a lead in brackets.
        if let Some(name) = disease_topic(t, sent_start, q_start, &after, diseases) {
            return (format!("{after} {name}"), after_end.max(unit_end));
        }
        // "xã Hòa Lạc (80,1%)": a figure in brackets after a place's name is that place's.
        let lead = place_before_bracket(s, sent_start, q_start).map_or_else(|| context_before(s, sent_start, q_start), str::to_string);
        if !lead.is_empty() {
            subject = if after.is_empty() { lead } else { format!("{after} ({lead})") };
        }
    }
    (with_disease(subject, s, sent_start, a, diseases), after_end.max(unit_end))
}

/// `head` without the fraction and the bracket that end it ("… đạt 152/160 ("), when it
/// ends so: a percentage in brackets after a bare fraction says the same share.
fn before_a_fraction(head: &str) -> Option<&str> {
    let h = head.trim_end().strip_suffix('(')?.trim_end();
    let whole = number_start_before(h, h.len()).filter(|&w| w < h.len())?;
    let part_end = whole.checked_sub(1).filter(|_| h[..whole].ends_with('/'))?;
    let part = number_start_before(h, part_end).filter(|&p| p < part_end)?;
    free_before(h, part).then(|| &h[..part])
}

/// Words that may stand between a disease a clause opens with and the count of its cases:
/// "Bệnh tay chân miệng (trong tuần) đã ghi nhận 67 ca".
const TOPIC_VERBS: &[&str] = &["ghi nhận", "xảy ra", "phát hiện", "có", "đã", "mới", "thêm", "tiếp tục", "trong tuần", "trong tháng", "trong kỳ", "trong năm"];
/// Words that may open a clause before the disease it is about: "Bệnh …", "Dịch …".
const TOPIC_LEADS: &[&str] = &["", "bệnh", "dịch", "dịch bệnh", "về bệnh"];

/// The disease a clause opens with when the count at `q_start` counts its cases and only
/// [`TOPIC_VERBS`] stand between: "Bệnh tay chân miệng ghi nhận 67 ca" counts "ca tay chân
/// miệng". `after` is the count's own phrase, which must name cases and no disease.
fn disease_topic(t: Body, sent_start: usize, q_start: usize, after: &str, diseases: &Diseases) -> Option<String> {
    let d = diseases.last_within(sent_start, q_start)?;
    let after_lower = lower_same_len(after);
    if !has_case_word(&after_lower) || diseases.forms.iter().any(|f| after_lower.contains(f.as_str())) {
        return None;
    }
    // "Trong tuần, bệnh thủy đậu …": the clause opens after the last comma.
    let from = t.s[sent_start..d.start].rfind(',').map_or(sent_start, |i| sent_start + i + 1);
    let lead = t.lower[from..d.start].trim().trim_start_matches(ITEM_MARKS).trim();
    if !TOPIC_LEADS.contains(&lead) {
        return None;
    }
    let mut between = t.lower[d.end..q_start].trim();
    while !between.is_empty() {
        let w = TOPIC_VERBS.iter().find(|w| between.starts_with(*w) && !between[w.len()..].starts_with(is_alnum))?;
        between = between[w.len()..].trim_start();
    }
    let name = disease_name(&t.s[d.start..d.end]);
    let name = name.strip_prefix("bệnh ").or_else(|| name.strip_prefix("Bệnh ")).unwrap_or(name);
    // A disease opening the sentence is capitalised for that only ("Sốt xuất huyết"), not
    // an abbreviation ("SXH", "COVID-19").
    let mut chars = name.chars();
    let sentence_case = lead.is_empty() && chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase);
    Some(if sentence_case { lower_same_len(name) } else { name.to_string() })
}

/// Words for a place's kind, before its name: "xã Hòa Lạc", "thị trấn Mỹ Lộc". A kind that
/// ends with another ("thị xã", "xã") comes first.
const PLACE_KINDS: &[&str] = &["thị trấn", "thị xã", "thành phố", "tổ dân phố", "khu phố", "xã", "phường", "huyện", "quận", "tỉnh", "thôn", "ấp", "xóm", "khóm"];

/// The place named right before the bracket a figure opens, in its clause: "xã Hòa Lạc" in
/// "… là xã Tân Phong (78,2%), xã Hòa Lạc (80,1%)". Its kind and the capitalised words of its
/// name, none when the words before the bracket are no such name.
fn place_before_bracket(s: &str, sent_start: usize, q_start: usize) -> Option<&str> {
    let head = s[sent_start..q_start].trim_end().strip_suffix('(')?.trim_end();
    let end = sent_start + head.len();
    // The capitalised words that end the head: the name.
    let name_start = head.rsplit(' ').take_while(|w| w.starts_with(char::is_uppercase)).map(|w| w.len() + 1).sum::<usize>();
    let before = head.len().checked_sub(name_start)?;
    if name_start == 0 {
        return None;
    }
    let kind = PLACE_KINDS.iter().find(|k| super::dates::ends_with_a_word_of(&head[..before], &[k]))?;
    Some(&s[sent_start + before - kind.len()..end])
}

/// Whether a list of names opens `lower` (the lower-case text after "là" or "gồm") in `s`:
/// a place's kind and a capitalised name ("xã Tân Phong"), or a capitalised word that is no
/// abbreviation ("Sở Y tế").
fn names_follow(s: &str, lower: &str) -> bool {
    let at = s.len() - lower.len();
    let rest = &s[at..];
    let name_at = |r: &str| {
        let mut c = r.chars();
        c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
    };
    let after_kind = PLACE_KINDS.iter().find_map(|k| lower.strip_prefix(k).and_then(|r| r.strip_prefix(' ')).map(|r| &rest[rest.len() - r.len()..]));
    after_kind.map_or_else(|| name_at(rest), name_at)
}

/// `phrase` without the "là" that opens it.
fn without_link_is(phrase: &str) -> &str {
    match phrase.split_once(' ') {
        Some((first, rest)) if lower_eq(first, "là") => rest.trim_start(),
        _ => phrase,
    }
}

/// The clause before a figure at `q_start` when it is all a subject opened by one of
/// [`SUBJECT_OPENINGS`] ("Số ca ho gà", "- Tổng số lượt khám") with no figure of its own.
fn keyed_clause<'s>(t: Body<'s>, sent_start: usize, q_start: usize) -> Option<&'s str> {
    let from = clause_start_before(t.s, sent_start, q_start);
    let clause = t.s[from..q_start].trim().trim_start_matches(ITEM_MARKS).trim_start();
    let words = clause.split_whitespace().count();
    // "Số ca mắc giảm 5 ca", "Số cơ sở được kiểm tra có 45": a change or a verb before the
    // figure leaves it to the readings that know them.
    let last = last_word(clause);
    let plain = !lower_in(last, TRAILING) && !CHANGE_WORDS.iter().any(|(c, _)| ends_with_word(clause, c));
    let keyed = plain && SUBJECT_OPENINGS.iter().any(|o| starts_with_lower(clause, o));
    (keyed && (2..=LONG_LABEL_WORDS).contains(&words) && !holds_a_figure(clause)).then(|| without_adverbs(clause))
}

/// The clause of `before` (the words before a figure's link) when it opens with the figure's
/// counted `unit` ("Trẻ … là 742 trẻ", "Người … là 2.116 người") and holds no other figure.
fn counted_phrase<'s>(before: &'s str, unit: &str) -> Option<&'s str> {
    let clause = before.rsplit(", ").next()?.trim().trim_start_matches(ITEM_MARKS).trim_start();
    let opens = lower_in(unit, BREAKDOWN_UNITS) && starts_with_lower(clause, unit) && clause.get(unit.len()..).is_some_and(|r| r.starts_with(' '));
    let words = clause.split_whitespace().count();
    (opens && (2..=LONG_LABEL_WORDS).contains(&words) && !holds_a_figure(clause)).then(|| without_adverbs(clause))
}

/// A subject up to the link of an earlier figure it names: in "số ca mắc là 312 ca, tăng …,
/// đạt 1.860 ca" the second figure counts what the first does, "số ca mắc".
fn before_an_earlier_figure(subject: &str) -> &str {
    let linked_figure = |at: usize| {
        let rest = &subject[at + 1..];
        LINKS.iter().any(|l| rest.strip_prefix(l).and_then(|r| r.strip_prefix(' ')).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))
    };
    // The blanks of `match_indices(' ')`, found as bytes.
    match memchr::memchr_iter(b' ', subject.as_bytes()).find(|&i| linked_figure(i)) {
        Some(i) if subject[..i].split_whitespace().count() >= 2 => &subject[..i],
        _ => subject,
    }
}

/// The subject of a clause after an earlier figure that names its own measure by a word of
/// the earlier subject past its opening: in "Công suất sử dụng giường thực kê đạt 128%,
/// giường kế hoạch đạt 146%" the second clause's "giường kế hoạch" takes the place of
/// "giường thực kê". `rest` runs from the earlier figure's link to this figure's; its last
/// clause, a few words with no figure, is the one asked about. A clause that shares no word
/// ("lũy kế", "riêng huyện X") is left to the earlier subject.
fn carried_measure(earlier: &str, rest: &str) -> Option<String> {
    let (_, clause) = rest.rsplit_once(',')?;
    let clause = without_adverbs(clause.trim());
    let words = clause.split_whitespace().count();
    if !(1..=5).contains(&words) || clause.contains(|c: char| !is_alnum(c) && c != ' ') || clause.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let lower = lower_same_len(earlier);
    let opening = RATE_OPENINGS.iter().chain(&["tổng số", "số"]).find(|o| lower.starts_with(*o) && lower[o.len()..].starts_with(' '))?;
    let first = lower_same_len(first_word(clause));
    let at = lower[opening.len()..].match_indices(first.as_str()).map(|(i, _)| opening.len() + i).find(|&i| on_word_boundary(&lower, i, i + first.len()))?;
    Some(format!("{}{clause}", &earlier[..at]))
}

/// Words that make a figure a total over a longer time than the figure before it: the
/// running totals of the year and "lũy tích", a total since the first case ever (HIV).
const TOTAL_WORDS: &[&str] = &["lũy tích", "luỹ tích", "tích lũy", "cộng dồn", "lũy kế", "luỹ kế", "từ đầu năm"];

/// The subject of a total or a part whose own subject is only its unit and a few words in
/// brackets (`subject` "người (lũy tích đến nay)"), from the `earlier` figure's of the same
/// unit ("người nhiễm HIV (tỉnh phát hiện)" -> "người nhiễm HIV (lũy tích đến nay)"): the
/// earlier one's words before its bracket and without its own time, then the bracket, then
/// the disease either names. A part is one after "trong đó" in `between` (the lower-cased
/// text from the earlier figure). None when the earlier one says no more than its unit
/// either ("ca (trong tuần ghi nhận) – sốt xuất huyết").
fn total_of_earlier(subject: &str, unit: &str, earlier: &str, between: &str) -> Option<String> {
    let (words, tail) = subject[unit.len() + 2..].split_once(')')?;
    if !(names_a_total(words) || between.contains("trong đó")) || words.contains('(') {
        return None;
    }
    let (core, earlier_tail) = earlier.split_once(" – ").unwrap_or((earlier, ""));
    let core = match core.strip_suffix(')').and_then(|c| c.rfind(" (")) {
        Some(i) => &core[..i],
        None => core,
    };
    let core = without_own_period(core.trim());
    if core.len() <= unit.len() {
        return None;
    }
    // The disease once: "Tay chân miệng (lũy tích)", not "… – Tay chân miệng" again.
    let named = |d: &str| lower_same_len(core).contains(lower_same_len(d.trim_start_matches(" – ")).as_str());
    let tail = match (earlier_tail.is_empty(), tail) {
        (false, _) => format!(" – {earlier_tail}"),
        (true, tail) if named(tail) => String::new(),
        (true, tail) => tail.to_string(),
    };
    Some(format!("{core} ({words}){tail}"))
}

/// Whether `words` (a subject's bracket, "cộng dồn) – Sốt xuất huyết") open with one of
/// [`TOTAL_WORDS`].
fn names_a_total(words: &str) -> bool {
    TOTAL_WORDS.iter().any(|w| starts_with_lower(words, w))
}

/// Whether `between`, the text between two figures, keeps the second in the first's list:
/// the same sentence, or past a ";" when `past_semicolon` (a running total, "27 ca; cộng dồn
/// 214 ca", or the next part of a list, "nam 88 ca, nữ 74 ca; trẻ em 39 ca").
fn list_goes_on(between: &str, past_semicolon: bool) -> bool {
    same_sentence(between) || past_semicolon && sentence_end(between, 0, between.len()) == between.len()
}

/// The subject of a figure in a bracket that opens right after the figure `last` and closes
/// right after this one's unit, of the same unit: a part of it, named by the few words before
/// its number ("2.486 lượt (BHYT 2.151 lượt)" -> "Khám bệnh (BHYT)", "412 trẻ (nữ 201 trẻ)").
/// A bracket of [`OTHER_KINDS`] names no part but a figure of its own kind. None for a clause
/// in the bracket ("(tăng 5 ca)", "(chiếm 12%)") or other figures in it.
fn part_in_brackets(t: Body, last: &Found, q_start: usize, unit: &str, unit_end: usize) -> Option<String> {
    if unit == "%" || last.share || last.ind.unit.as_deref() != Some(unit) || q_start < last.b || !t.s[unit_end..].starts_with(')') {
        return None;
    }
    let words = t.s[last.b..q_start].trim().strip_prefix('(')?.trim();
    let words = words.strip_prefix("trong đó").map_or(words, str::trim_start);
    let n = words.split_whitespace().count();
    let plain = !words.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ';' | '(' | ')' | ':' | '.'));
    let clause = lower_in(first_word(words), CLAUSE_OPENERS) || lower_in(last_word(words), LINKS) || lower_in(last_word(words), TRAILING);
    if !plain || clause || !(1..=5).contains(&n) {
        return None;
    }
    // "(thực kê 780 giường)" after planned beds: the beds of that kind, "giường thực kê".
    if names_the_other_kind(&last.ind.subject, words) {
        return Some(format!("{unit} {words}"));
    }
    total_of_earlier(&format!("{unit} ({words})"), unit, &last.ind.subject, "trong đó")
}

/// Words of a group that a bare number after "trong đó" counts, in the unit of the figure
/// before: "trong đó 35 nam, 29 nữ".
const GROUP_WORDS: &[&str] = &["nam", "nữ"];

/// The unit and subject of a bare group count (`word` one of [`GROUP_WORDS`]) at `q_start`
/// that is a part of the figure `last`: after "trong đó" in its sentence (past a ";" too),
/// or the next of its parts. `last`'s unit and its subject with the group in brackets
/// ("ca sốt xuất huyết (nữ)"); None for a share or a figure with no words of its own.
fn part_of_group(t: Body, last: &Found, q_start: usize, word: &str) -> Option<(String, String)> {
    let unit = last.ind.unit.as_deref().filter(|u| !matches!(*u, "%" | "‰"))?;
    let between = t.lower.get(last.b..q_start)?;
    if last.share || !(last.part || between.contains("trong đó")) || !list_goes_on(between, true) {
        return None;
    }
    let subject = total_of_earlier(&format!("{unit} ({word})"), unit, &last.ind.subject, "trong đó")?;
    Some((unit.to_string(), subject))
}

/// Whether `unit` counts money: "triệu đồng", and per a thing, "đồng/lượt".
fn is_money(unit: &str) -> bool {
    unit.split('/').next().is_some_and(|u| u.ends_with("đồng"))
}

/// Kinds that stand side by side, neither a part of the other: "650 giường kế hoạch (thực
/// kê 780 giường)" gives the beds of the other kind, not a part of the planned ones.
const OTHER_KINDS: &[(&str, &str)] = &[("kế hoạch", "thực kê"), ("nội trú", "ngoại trú")];

/// Whether `words` (a bracket's) name the other of a pair of [`OTHER_KINDS`] that `earlier`
/// (the figure before's subject) names one of.
fn names_the_other_kind(earlier: &str, words: &str) -> bool {
    let (earlier, words) = (lower_same_len(earlier), lower_same_len(words));
    OTHER_KINDS.iter().any(|(x, y)| earlier.contains(x) && words.contains(y) || earlier.contains(y) && words.contains(x))
}

/// Words after "trong" that name the time of a subject ("số ca mắc trong tuần").
const OWN_PERIODS: &[&str] = &["tuần", "tháng", "năm", "quý", "ngày", "kỳ", "đợt"];

/// `subject` without the time it closes with ("Số ca mắc trong tuần" -> "Số ca mắc").
fn without_own_period(subject: &str) -> &str {
    match subject.rfind(" trong ") {
        Some(i) if lower_in(first_word(&subject[i + " trong ".len()..]), OWN_PERIODS) => subject[..i].trim_end(),
        _ => subject,
    }
}

/// Words between a rate and its figure that say the figure is an average.
const AVERAGE: &[&str] = &["trung bình", "bình quân"];

/// The rate ("tỷ lệ tử vong", "công suất sử dụng giường bệnh") named at the end of the
/// clause before a figure with no link between, when it is a few words with no other figure.
fn rate_before<'a>(t: Body<'a>, sent_start: usize, q_start: usize) -> Option<&'a str> {
    let k = sent_start + subject_key(&t.lower[sent_start..q_start])?;
    // "… tuyến tỉnh trung bình 112%": the figure is an average, which is not what it measures.
    let phrase = t.s[k..q_start].trim();
    let phrase = AVERAGE.iter().find_map(|w| phrase.strip_suffix(w).filter(|p| p.ends_with(' '))).map_or(phrase, str::trim_end);
    let key_words = if t.lower[k..].starts_with("số ") { 1 } else { 2 };
    let words = phrase.split_whitespace().count();
    let plain = !phrase.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | '(' | ')' | ':'));
    // Whose rate it is ("… của các bệnh viện tuyến tỉnh") may take a few words more.
    let most = if phrase.contains(" của ") { 12 } else { 10 };
    (plain && words > key_words && words <= most).then(|| without_adverbs(phrase))
}

/// Words that open a rate's subject, which a list of levels after it shares.
const RATE_OPENINGS: &[&str] = &["tỷ lệ", "tỉ lệ", "công suất", "tỷ suất"];
/// Words that open a level, a ward or an age group a rate is given for ("tuyến huyện", "khoa
/// Ngoại", "nhóm 3-5 tuổi"), each a kind of its own.
const LEVEL_KINDS: &[&[&str]] = &[&["tuyến"], &["khu vực"], &["khoa"], &["nhóm"]];
/// Kinds of places of one tier, which a list of places may mix ("xã An Phú 98,2%, thị trấn
/// Hòa Bình 97%"): a place of a tier stands in for another of that tier only.
const PLACE_TIERS: &[&[&str]] = &[
    &["thị trấn", "xã", "phường"],
    &["thị xã", "thành phố", "huyện", "quận"],
    &["tổ dân phố", "khu phố", "thôn", "ấp", "xóm", "khóm"],
    &["tỉnh"],
];

/// The subject of a percentage that lists the rate before it for another level or place:
/// "Công suất sử dụng giường bệnh của tuyến tỉnh là 108%, tuyến huyện 86%" measures the
/// same rate "của tuyến huyện". Only a comma or a semicolon and the level's words, two to
/// four with no figure (an age group's may hold its ages: "nhóm từ 80 tuổi trở lên"), stand
/// between, and a kind of the level's tier names where the earlier level stands in the
/// rate's subject, which is replaced from there.
fn listed_level(t: Body, found: &[Found], q_start: usize, unit: &str) -> Option<String> {
    let (subject, level) = listed_after_a_rate(t, found, q_start, unit, true)?;
    let opens = |k: &&str| starts_with_lower(level, k) && level.get(k.len()..).is_some_and(|r| r.starts_with(' '));
    let tier = LEVEL_KINDS.iter().chain(PLACE_TIERS).find(|tier| tier.iter().any(opens))?;
    let ages = tier[0] == "nhóm";
    let words = level.split_whitespace().count();
    let allowed = |c: char| is_alnum(c) || c == ' ' || ages && matches!(c, '-' | '–');
    if !(2..=if ages { 6 } else { 4 }).contains(&words) || level.contains(|c: char| !allowed(c) || !ages && c.is_ascii_digit()) {
        return None;
    }
    let lower = lower_same_len(subject);
    let opening = RATE_OPENINGS.iter().find(|o| lower.starts_with(*o))?;
    if tier[0] == "khoa" && !names_a_ward(level, "khoa".len()) {
        return None;
    }
    let at = last_kind(subject, &lower, opening.len(), tier)?;
    Some(format!("{}{level}", &subject[..at]))
}

/// The subject of the percentage a percentage is listed after, and the words between them
/// less their link ("xã Phú Điền đạt 88%", "… chỉ 81%"): only a comma, or a semicolon when
/// `semicolon`, opens them. None when the earlier subject has a bracket of its own ("…
/// (sốt xuất huyết)"), which a listed subject would lose.
fn listed_after_a_rate<'a>(t: Body<'a>, found: &'a [Found], q_start: usize, unit: &str, semicolon: bool) -> Option<(&'a str, &'a str)> {
    let last = found.last().filter(|l| unit == "%" && l.ind.unit.as_deref() == Some("%") && l.b <= q_start)?;
    let between = t.s[last.b..q_start].trim_end();
    let level = between.strip_prefix(", ").or_else(|| between.strip_prefix("; ").filter(|_| semicolon))?;
    let subject = Some(last.ind.subject.as_str()).filter(|s| !s.contains('('))?;
    Some((subject, without_link(level)))
}

/// Pairs of groups a rate is given for, each standing in for the other.
const PAIRED_GROUPS: &[(&str, &str)] = &[("nội trú", "ngoại trú"), ("thành thị", "nông thôn"), ("nam", "nữ")];
/// Words that single out the highest or lowest of the places or levels a rate is given for.
const EXTREMES: &[&str] = &["thấp nhất là", "cao nhất là", "thấp nhất", "cao nhất"];

/// The subject of a percentage listed after a rate for the other of a pair of groups, or for
/// the highest or lowest of its places: "Tỷ lệ hài lòng của người bệnh nội trú đạt 95,2%,
/// ngoại trú 92,6%" measures "… người bệnh ngoại trú"; "…, thấp nhất là huyện A 84,1%" the
/// rate "(thấp nhất là huyện A)". As in [`listed_level`], only a comma and those words stand
/// between, after a rate's percentage with no bracket.
fn paired_level(t: Body, found: &[Found], q_start: usize, unit: &str) -> Option<String> {
    let (subject, level) = listed_after_a_rate(t, found, q_start, unit, false)?;
    if level.is_empty() || level.split_whitespace().count() > 7 || level.contains(|c: char| !is_alnum(c) && c != ' ' || c.is_ascii_digit()) {
        return None;
    }
    let lower = lower_same_len(subject);
    RATE_OPENINGS.iter().find(|o| lower.starts_with(*o))?;
    let level_lower = lower_same_len(level);
    if let Some(extreme) = EXTREMES.iter().find(|e| level_lower.starts_with(*e) && level_lower[e.len()..].starts_with(' ')) {
        let place = &level_lower[extreme.len() + 1..];
        let opens = |k: &&str| place.starts_with(k) && place[k.len()..].starts_with(' ');
        return LEVEL_KINDS.iter().chain(PLACE_TIERS).any(|tier| tier.iter().any(opens)).then(|| format!("{subject} ({level})"));
    }
    let other = PAIRED_GROUPS.iter().find_map(|&(x, y)| if level_lower == x { Some(y) } else if level_lower == y { Some(x) } else { None })?;
    // In lower case as written: "Nam" of a place's name is no group, nor "nữ" of "phụ nữ".
    let stands = |i: usize| on_word_boundary(&lower, i, i + other.len()) && subject[i..].starts_with(char::is_lowercase) && !lower[..i].ends_with("phụ ");
    let at = lower.rmatch_indices(other).map(|(i, _)| i).find(|&i| stands(i))?;
    Some(format!("{}{level}{}", &subject[..at], &subject[at + other.len()..]))
}

/// Links a listed level may end with before its figure; not "lên", which ends "từ 80 tuổi
/// trở lên".
const LEVEL_LINKS: &[&str] = &["đạt", "là", "chiếm", "còn"];

/// `level` without the link verbs and adverbs that end it ("xã Phú Điền chỉ đạt").
fn without_link(mut level: &str) -> &str {
    while let Some((head, last)) = level.rsplit_once(' ') {
        if !LEVEL_LINKS.contains(&last) && !ADVERBS.contains(&last) {
            break;
        }
        level = head.trim_end();
    }
    level
}

/// Where the last of `kinds` stands as words in `subject` (lower-cased as `lower`) past
/// `from`; "xã" of "thị xã" is none, its tier is another, and "khoa" only before a ward's
/// name ("khoa Nội", not "sản khoa").
fn last_kind(subject: &str, lower: &str, from: usize, kinds: &[&str]) -> Option<usize> {
    let stands = |kind: &str, i: usize| {
        on_word_boundary(lower, i, i + kind.len())
            && !(kind == "xã" && lower[..i].ends_with("thị "))
            && (kind != "khoa" || names_a_ward(&subject[i..], kind.len()))
    };
    kinds.iter().filter_map(|kind| lower[from..].rmatch_indices(kind).map(|(i, _)| from + i).find(|&i| stands(kind, i))).max()
}

/// Whether a capitalised name follows the kind word of `len` bytes opening `s`: "khoa Nội"
/// is a ward, "khoa học" is not.
fn names_a_ward(s: &str, len: usize) -> bool {
    s[len..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// Adverbs between a subject and its link: "Tỷ lệ tiêm mũi 2 chỉ đạt 86%".
const ADVERBS: &[&str] = &["chỉ", "mới", "vẫn", "cũng", "chưa", "đã"];

/// `subject` without the change verb that ends it, and the adverbs before that verb: "số
/// người phải nhập viện đã tăng" (lên 287 người) names "số người phải nhập viện".
fn without_change_verb(subject: &str) -> &str {
    match subject.rsplit_once(' ') {
        Some((head, last)) if matches!(last, "tăng" | "giảm") => without_adverbs(head.trim_end()),
        _ => subject,
    }
}

/// `subject` without the adverbs that end it.
fn without_adverbs(mut subject: &str) -> &str {
    while let Some((head, last)) = subject.rsplit_once(' ') {
        // "Tỷ lệ tiêm chủng ước đạt 95%": "ước" says the figure is an estimate, not what it measures.
        if !ADVERBS.contains(&last) && last != "ước" {
            break;
        }
        subject = head.trim_end();
    }
    subject
}

/// Reverse searchers for the words that open a subject, built once (`str::rfind` builds one
/// on every call). "số lượng" is left out: it opens with "số ", found at the same place or later.
static SUBJECT_KEYS: Lazy<[memchr::memmem::FinderRev<'static>; 5]> = Lazy::new(|| SUBJECT_OPENINGS.map(memchr::memmem::FinderRev::new));

/// Words that open a subject named before its figure ("tỷ lệ X đạt 18%").
const SUBJECT_OPENINGS: [&str; 5] = ["tỷ lệ", "tổng số", "số ", "công suất", "tỷ suất"];

/// The index of "số " in [`SUBJECT_OPENINGS`].
const SO: usize = 2;

/// Where the last of "tỷ lệ", "tổng số", "số lượng", "số ", "công suất" starts in the
/// lower-case `lower`; a "số" that ends another word is passed over ("tỷ lệ dân số tham
/// gia"), and one that ends a word of its own kind opens the subject with it ("tỷ số giới
/// tính", "chỉ số HI").
fn subject_key(lower: &str) -> Option<usize> {
    let keys = SUBJECT_KEYS.iter().enumerate();
    let others = keys.filter(|&(k, _)| k != SO).filter_map(|(_, f)| f.rfind(lower.as_bytes())).max();
    let mut end = lower.len();
    while let Some(i) = SUBJECT_KEYS[SO].rfind(&lower.as_bytes()[..end]) {
        // The word before, when a blank sets "số" apart from it.
        let before = lower[..i].strip_suffix(' ').unwrap_or("");
        if let Some(w) = SO_OPENINGS.iter().find(|w| super::dates::ends_with_a_word_of(before, &[w])) {
            return others.max(Some(before.trim_end().len() - w.len()));
        }
        if !super::dates::ends_with_a_word_of(before, SO_ENDINGS) {
            return others.max(Some(i));
        }
        end = i;
    }
    others
}

/// Words that open the subject of a sum of money named before it ("kinh phí thực hiện …
/// là 2,5 tỷ đồng").
const MONEY_OPENINGS: &[&str] = &["kinh phí", "chi phí", "ngân sách", "nguồn vốn", "tổng vốn", "doanh thu", "tổng thu", "mức đầu tư", "vốn đầu tư"];

/// Where the first of [`MONEY_OPENINGS`] after the last comma starts in the lower-case
/// `lower`, as a word of its own, with a "tổng" before it ("tổng kinh phí"). The first: in
/// "kinh phí hỗ trợ từ ngân sách tỉnh là 3,5 tỷ đồng" the sum is the "kinh phí", and the
/// "ngân sách" is where it came from.
fn money_key(lower: &str) -> Option<usize> {
    let clause = lower.rfind(',').map_or(0, |i| i + 1);
    let at = MONEY_OPENINGS
        .iter()
        .filter_map(|w| lower[clause..].match_indices(w).map(|(i, _)| clause + i).find(|&i| on_word_boundary(lower, i, i + w.len())))
        .min()?;
    let before = lower[..at].trim_end_matches(' ');
    Some(match before.strip_suffix("tổng") {
        Some(rest) if !rest.ends_with(is_alnum) => rest.len(),
        _ => at,
    })
}

/// Words that name a sum of money written right before it, with no link between ("tổng trị
/// giá 60 triệu đồng", "mỗi suất trị giá 400.000 đồng").
const MONEY_NAMES: &[&str] =
    &["trị giá", "giá trị", "số tiền", "kinh phí", "chi phí", "ngân sách", "nguồn vốn", "tổng vốn", "doanh thu", "tổng thu", "mức đầu tư", "vốn đầu tư"];

/// Words a short clause may hold its sum by, naming who holds it, not what the sum is:
/// "Bệnh viện có doanh thu 185 tỷ đồng".
const MONEY_HOLDERS: &[&str] = &["có", "đạt", "với"];

/// The words of the clause before a sum at `q_start` that name it, when the clause ends with
/// one of [`MONEY_NAMES`] and a few words of its own: all of a short clause ("mỗi phần trị
/// giá"), else from the name on, with a "tổng" before it ("với tổng trị giá").
fn money_named_before<'s>(t: Body<'s>, sent_start: usize, q_start: usize) -> Option<&'s str> {
    let from = clause_start_before(t.s, sent_start, q_start);
    let lower = &t.lower[from..q_start];
    let key = MONEY_NAMES
        .iter()
        .filter_map(|w| lower.rmatch_indices(w).map(|(i, _)| i).find(|&i| on_word_boundary(lower, i, i + w.len())))
        .max()?;
    // "trị giá là …" reaches here when the link reading found no subject: the link is no name.
    let mut named = lower[..].trim_end();
    while named.len() > key && [TRAILING, LINKS].iter().any(|l| lower_in(last_word(named), l)) {
        named = named[..named.len() - last_word(named).len()].trim_end();
    }
    let end = named.len();
    if end <= key || lower[key..end].split_whitespace().count() > 5 || lower[key..].contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let from_name = match lower[..key].trim_end_matches(' ').strip_suffix("tổng") {
        Some(rest) if !rest.ends_with(is_alnum) => rest.len(),
        _ => key,
    };
    let held = lower_in(last_word(lower[..from_name].trim_end()), MONEY_HOLDERS);
    let start = if lower.split_whitespace().count() <= 5 && !held { lower.len() - lower.trim_start().len() } else { from_name };
    Some(t.s[from + start..from + end].trim())
}

/// Words that "số" ends, naming something else than a count: "dân số", "hệ số".
const SO_ENDINGS: &[&str] = &["dân", "hệ", "tần", "ký", "kỹ", "đa", "đại đa", "thiểu"];

/// Words that "số" ends, naming a measure the subject opens with: "tỷ số", "chỉ số".
const SO_OPENINGS: &[&str] = &["tỷ", "chỉ"];

/// The label of "Label: figure", when the figure opens what follows the colon.
fn label_before(s: &str, q_start: usize) -> Option<String> {
    let head = s[..q_start].trim_end();
    let colon = head.strip_suffix(':')?;
    let from = clause_start(s, colon.len(), &['.', ';', '\n', '!', '?', ':'], 200);
    // A list item's label: "- Tổng số lượt khám bệnh: 14.532 lượt".
    let item = colon[from..].trim_start();
    let mut label = item.trim_start_matches(['-', '+', '•', '–']).trim();
    // A list item's label is bounded clearly by its mark and the colon: no sentence, even long.
    let list_item = label.len() < item.len() && (from == 0 || s[..from].ends_with('\n'));
    // "… 14.532 lượt (tháng 9: 13.870 lượt), lũy kế 10 tháng: 138.406 lượt": the label is the
    // part after the figures before it.
    if holds_a_figure(label) {
        label = label.rsplit_once(", ").map_or(label, |(_, last)| last.trim());
    }
    // "Cụ thể, số lượt khám bệnh: 245.600 lượt": words leading into the label are not its own
    // when what follows the comma names a measure.
    if let Some((_, last)) = label.rsplit_once(", ").filter(|(_, last)| names_a_measure(&lower_same_len(last.trim()))) {
        label = last.trim();
    }
    // "Địa điểm: 9 trạm y tế": a field that says where names no measure; what follows does.
    if FIELD_LABELS.iter().any(|f| lower_eq(label, f)) {
        return None;
    }
    let words = words_outside_brackets(label);
    // A rate's or a count's label names who is counted, and may run long ("Tỷ lệ xã đạt Bộ
    // tiêu chí quốc gia về y tế: 95,2%"); any other label that long is a sentence.
    // So does a sum's ("Kinh phí hỗ trợ bảo hiểm y tế cho người cận nghèo: 1,2 tỷ đồng").
    let long = SUBJECT_OPENINGS.iter().any(|o| starts_with_lower(label, o)) || starts_with_lower(label, "tỉ lệ") || names_a_sum(label);
    let most = if long { LONG_LABEL_WORDS } else if list_item { LINE_LABEL_WORDS } else { 10 };
    ((1..=most).contains(&words) && !holds_a_figure(label)).then(|| label.to_string())
}

/// Labels of a notice's fields that say where a thing is done, never what a figure counts.
const FIELD_LABELS: &[&str] = &["địa điểm", "địa bàn", "phạm vi"];

/// Whether `label` opens with one of [`MONEY_OPENINGS`], perhaps after "Tổng".
fn names_a_sum(label: &str) -> bool {
    let label = if starts_with_lower(label, "tổng ") { label["tổng ".len()..].trim_start() } else { label };
    MONEY_OPENINGS.iter().any(|o| starts_with_lower(label, o))
}

/// The most words of a label that opens with a rate or a count ("Tỷ lệ …", "Số …").
/// Such labels are clauses of their own, and name whom they count in full: "Số bệnh nhân
/// điều trị ngoại trú … tại các trạm y tế xã trên toàn huyện" runs past twenty words.
const LONG_LABEL_WORDS: usize = 30;

/// The most words of any other label that opens a list item.
const LINE_LABEL_WORDS: usize = 20;

/// The words of `label` outside brackets: "(UV2+)", "(BHYT)" gloss what is before them and
/// make no label a sentence.
fn words_outside_brackets(label: &str) -> usize {
    let mut depth = 0usize;
    let mut words = 0;
    for w in label.split_whitespace() {
        if depth == 0 && !w.starts_with('(') {
            words += 1;
        }
        depth = (depth + w.matches('(').count()).saturating_sub(w.matches(')').count());
    }
    words
}

/// Words after which a number names which one ("mũi 3", "liều 2", "đợt 2"): part of what a
/// figure counts, never a figure of its own.
const ORDINAL_IN_PHRASE: &[&str] = &["mũi", "liều", "đợt", "thứ"];

/// Whether the number opening at `a` of `s` is a position after one of [`ORDINAL_IN_PHRASE`].
fn names_which(s: &str, a: usize) -> bool {
    s[..a].ends_with(' ') && lower_in(last_word(&s[..a]), ORDINAL_IN_PHRASE)
}

/// Whether `label` holds a number that is not an age, a duration or a year ("trẻ dưới 1
/// tuổi", "lũy kế 10 tháng", "tiêm mũi 3" hold none).
fn holds_a_figure(label: &str) -> bool {
    let mut rest = label;
    while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
        // "Số giường bệnh/10.000 dân": a per-population denominator counts nothing.
        if rest[..i].ends_with('/') {
            let end = i + rest[i..].find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len() - i);
            rest = &rest[end..];
            continue;
        }
        let end = i + rest[i..].find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len() - i);
        // "(UV2+)", "EV71", "COVID-19": digits in a name's code count nothing.
        if in_a_code(&rest[..i]) {
            rest = &rest[end..];
            continue;
        }
        // "Trẻ từ 6-36 tháng tuổi": a range's low end is what its high end is, an age here.
        if opens_a_range(&rest[end..]) {
            rest = &rest[end..];
            continue;
        }
        let year = end - i == 4;
        if !year && !lower_in(first_word(&rest[end..]), TIME_AFTER) && !dose_schedule(rest, i, end) && !names_which(rest, i) {
            return true;
        }
        rest = &rest[end..];
    }
    false
}

/// Whether digits after `before` are glued to the letters of a code: "UV2", "EV71", or
/// "COVID-19" (a hyphen after a capital).
fn in_a_code(before: &str) -> bool {
    let before = before.strip_suffix('-').filter(|b| b.ends_with(char::is_uppercase)).unwrap_or(before);
    before.ends_with(char::is_alphabetic)
}

/// Whether `rest`, right after a number, goes on to the high end of a range: "-36", " - 60",
/// " đến 5", " tới 5".
fn opens_a_range(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    let after = ["-", "–", "đến ", "tới "].iter().find_map(|d| rest.strip_prefix(d));
    after.is_some_and(|a| a.trim_start_matches(' ').starts_with(|c: char| c.is_ascii_digit()))
}

/// The end of the phrase after a unit: the clause end, or a change or comparison.
fn phrase_end(t: Body, from: usize, unit: &str) -> usize {
    let s = t.s;
    let percent = unit == "%";
    // A sum of money counts no one: what follows its "do" is why it was paid or fined.
    let money = unit.ends_with("đồng");
    let mut end = from;
    let mut pos = from;
    let mut commas = 0;
    let mut words = 0;
    while words < 14 {
        let rest = &s[pos..];
        let Some(c) = rest.chars().next() else { break };
        if c == ',' {
            // "100% xã, thị trấn đạt ...": a bare percentage may run over one comma after its
            // first word; one right before the comma ("đạt 96,2%, xã B đạt 91%") ends there.
            if percent && commas == 0 && words == 1 {
                commas += 1;
                pos += 1;
                continue;
            }
            // "8/12 xã, thị trấn đạt …", "5 huyện, thị xã, thành phố có …": a count of
            // administrative units runs over a list of their kinds.
            if !percent && t.lower.get(from.saturating_sub(unit.len())..pos).is_some_and(units_listed) && opens_with_unit_kind(&s[pos + 1..]) {
                pos += 1;
                continue;
            }
            // "1.236 người bị chó, mèo cắn", "trẻ bị sốt, ho, khó thở": the commas list what
            // was suffered or who did it.
            if !percent && lists_what_it_suffered(&t.lower[from..pos], &t.lower[pos + 1..], commas > 0) {
                commas += 1;
                pos += 1;
                continue;
            }
            break;
        }
        // "Viện Pasteur TP.HCM": a dot between capitals is inside an abbreviation.
        let in_abbreviation = c == '.' && s[..pos].ends_with(char::is_uppercase) && rest[1..].starts_with(char::is_uppercase);
        if c == ' ' || in_abbreviation {
            pos += 1;
            continue;
        }
        if !is_alnum(c) && c != '/' && c != '-' {
            break;
        }
        let w = first_token(rest);
        let w_len = if w.is_empty() { c.len_utf8() } else { w.len() };
        // An empty token (a lone "/" or "-") compares as the empty word.
        let lower = &t.lower[pos..pos + w.len()];
        let tail = &s[pos + w_len..];
        // "trẻ dưới 9 tháng tuổi": an age inside the phrase belongs to it.
        let age = || {
            w.chars().all(|c| c.is_ascii_digit()) && {
                let next = first_word(tail);
                lower_eq(next, "tuổi") || lower_eq(next, "tháng") && t.lower[pos + w_len..].trim_start().starts_with("tháng tuổi")
            }
        };
        // "đạt 91,3% do nhiều trẻ …", "bị phạt 15.000.000 đồng do …": what follows the "do"
        // of a percentage or a sum is why, not what.
        let reason = (percent || money) && words == 0 && matches!(lower, "do" | "vì");
        // "người đã tiêm đủ 2 mũi vắc xin", "trẻ tiêm mũi 3 DPT": a schedule or a dose's
        // position inside the phrase belongs to it too. Asked only of a number: most words are none.
        let inside = || age() || dose_schedule(s, pos, pos + w_len) || names_which(s, pos) || threshold(t, pos, pos + w_len);
        let stop = PHRASE_STOP.contains(&lower) && !(words == 0 && still(&t.lower[pos..]));
        if reason || stop || w.chars().next().is_some_and(|c| c.is_ascii_digit()) && !inside() {
            break;
        }
        // Read only after the few words it matters for (a change word, a link, a date word).
        let next_is_number = || {
            first_word(tail.trim_start_matches(|c: char| c == ' ')).chars().next().is_some_and(|c| c.is_ascii_digit())
                || QUALIFIERS.iter().any(|(q, _)| tail.trim_start().starts_with(q))
        };
        // "người từ 40 tuổi trở lên 1 lần": a bound's "lên" is no link.
        let link = LINKS.contains(&lower) && !closes_a_bound(&s[..pos + w_len]);
        if (CHANGE_WORDS.iter().any(|(cw, _)| cw.starts_with(lower)) || link) && next_is_number() {
            break;
        }
        if qualifies_next_figure(t, pos) {
            break;
        }
        // "phạt 12 cơ sở với tổng số tiền phạt là 45 triệu đồng": what follows "với" is
        // the subject of the next figure, not part of this one's.
        if lower == "với" && names_a_measure(t.lower[pos + w_len..].trim_start_matches(' ')) {
            break;
        }
        // "3 xã đạt tỷ lệ thấp là xã Tân Phong (78,2%), …": the names are the list's, each
        // with its own figure, not what the count counts.
        if words > 0 && matches!(lower, "là" | "gồm") && names_follow(s, t.lower[pos + w_len..].trim_start_matches(' ')) {
            break;
        }
        pos += w_len;
        // "14 đợt phun thuốc tại 9 ổ dịch", "5.000 viên cho các xã trước ngày 30/9": a word
        // that only leads into what follows ends no phrase; the next content word may
        // still carry the phrase past it.
        let leads_on = DANGLING.contains(&lower) || DATE_WORDS.contains(&lower) && next_is_number();
        if !leads_on {
            end = pos;
        }
        words += 1;
    }
    end
}

/// Words that "bị" or "do" may lead to a list after ("bị chó, mèo cắn", "bị sốt, ho").
const SUFFERED: &[&str] = &["bị", "do"];

/// Words after a comma that open a clause of their own, not a list's next item ("bị thương,
/// phải nhập viện").
const CLAUSE_OPENERS: &[&str] = &["phải", "không", "chưa", "được", "đều", "cùng", "rồi", "nên", "đã", "đang", "sẽ", "trong", "tại", "ở", "chiếm", "tăng", "giảm", "so", "và", "còn", "nhưng", "song", "gồm", "là", "với", "cho", "khi", "sau", "trước"];

/// Whether a comma between the lower-case phrase `before` and `after` joins two items of a
/// list that "bị" or "do" leads to: one word after it and one after the comma, then more
/// ("người bị chó, mèo cắn"), not a new clause ("bị thương, phải nhập viện"). Once `listed`,
/// the list runs on over further commas ("bị sốt, ho, khó thở").
fn lists_what_it_suffered(before: &str, after: &str, listed: bool) -> bool {
    let item = last_word(before);
    if item.is_empty() || !before.ends_with(item) {
        return false;
    }
    let lead = before[..before.len() - item.len()].trim_end_matches(' ');
    let next = first_word(after);
    let tail = after.trim_start_matches(' ')[next.len()..].trim_start_matches(' ');
    (lower_in(last_word(lead), SUFFERED) || listed && lead.ends_with(','))
        && !next.is_empty()
        && after.starts_with(' ')
        && next.chars().all(char::is_alphabetic)
        && !lower_in(next, CLAUSE_OPENERS)
        && tail.starts_with(|c: char| c.is_alphabetic() || c == ',')
}

/// Kinds of administrative unit that reports list together as one count ("xã, thị trấn").
const UNIT_KINDS: &[&str] = &["xã", "phường", "thị trấn", "thị xã", "huyện", "quận", "thành phố", "tỉnh"];

/// Whether the lower-case `list` is kinds of administrative unit parted by commas ("xã",
/// "xã, phường").
fn units_listed(list: &str) -> bool {
    list.split(',').all(|k| UNIT_KINDS.contains(&k.trim()))
}

/// Whether `rest` (after a comma) opens with a kind of administrative unit as a common noun:
/// "thị trấn đạt …", not a place's name ("huyện Tây Phong") nor another figure's.
fn opens_with_unit_kind(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    UNIT_KINDS.iter().any(|k| {
        rest.get(..k.len()).is_some_and(|w| lower_eq(w, k)) && {
            let after = &rest[k.len()..];
            let next = after.strip_prefix(' ').and_then(|r| r.chars().next());
            after.is_empty() || after.starts_with(',') || next.is_some_and(char::is_lowercase)
        }
    })
}

/// Words after "còn" that make it "still" ("46 người còn tiếp tục điều trị", "ca còn lại"),
/// not "while" or "down to" ("…, còn 12 ca").
const STILL: &[&str] = &["đang ", "tiếp tục ", "điều trị ", "nằm ", "phải ", "chưa ", "lại ", "sống ", "theo dõi ", "lưu "];

/// Whether the lower-case `rest` opens with "còn" meaning "still": right after a unit, what
/// follows tells who is counted ("46 người còn tiếp tục điều trị"), and the phrase runs on.
fn still(rest: &str) -> bool {
    rest.strip_prefix("còn ").is_some_and(|r| STILL.iter().any(|w| r.starts_with(w)))
}

/// Whether a qualifier and a figure open `t.s[pos..]` ("3 đợt ra quân với khoảng 4.500
/// lượt người"): the next figure's, which ends this one's phrase. Not an age or a time
/// ("người trên 60 tuổi" is who is counted).
fn qualifies_next_figure(t: Body, pos: usize) -> bool {
    let rest = &t.lower[pos..];
    let Some(number) = QUALIFIERS.iter().find_map(|(q, _)| rest.strip_prefix(q).and_then(|r| r.strip_prefix(' '))) else { return false };
    let len = digit_len(number, 0);
    if len == 0 {
        return false;
    }
    let after = &number[number_end(number, 0)..];
    !lower_in(first_word(after), TIME_AFTER)
}

/// Words that lead into what follows them and cannot end the phrase a figure counts.
const DANGLING: &[&str] =
    &["tại", "ở", "cho", "từ", "đến", "tới", "trong", "với", "của", "vào", "trước", "sau", "khi", "và", "hoặc", "để", "trên", "dưới"];
/// Words that end a phrase unless a number follows them, which makes them part of a date
/// or time ("trước ngày 30/9", "lúc 16 giờ").
const DATE_WORDS: &[&str] = &["ngày", "tháng", "năm", "lúc", "quý", "tuần"];

/// Up to eight words of the clause before the figure, without trailing function words.
/// Pairs of words written with a comma between them that are one phrase ("khám bệnh, chữa
/// bệnh", "phòng, chống"): the comma parts no clauses. As (the words before, those after).
const COMMA_PAIRS: &[(&str, &str)] = &[("khám bệnh", "chữa bệnh"), ("khám", "chữa bệnh"), ("phòng", "chống")];

/// The byte after the last ", " in `s[from..to]` that parts two clauses, or `from`.
fn clause_start_before(s: &str, from: usize, to: usize) -> usize {
    let mut end = to;
    while let Some(i) = s[from..end].rfind(", ") {
        let comma = from + i;
        // The words must touch the comma: [`ends_with_word`] would look past blanks before it.
        let head = &s[from..comma];
        let paired = !head.ends_with(char::is_whitespace) && COMMA_PAIRS.iter().any(|(a, b)| ends_with_word(head, a) && starts_with_lower(&s[comma + 2..], b));
        if !paired {
            return comma + 1;
        }
        end = comma;
    }
    from
}

fn context_before(s: &str, sent_start: usize, q_start: usize) -> String {
    let mut clause_start = clause_start_before(s, sent_start, q_start);
    // "đã khám, điều trị cho 54.300 lượt": a clause of one or two words lists verbs that
    // share the figure, so the clause before belongs to it too.
    let content = s[clause_start..q_start].split_whitespace().filter(|w| !lower_in(w, TRAILING)).count();
    let previous = s[sent_start..clause_start.saturating_sub(1).max(sent_start)].rsplit(", ").next().unwrap_or("");
    if (1..=2).contains(&content) && clause_start > sent_start && !previous.chars().any(|c| c.is_ascii_digit()) {
        clause_start = clause_start_before(s, sent_start, clause_start - 1);
    }
    let mut words: Vec<&str> = s[clause_start..q_start].split_whitespace().collect();
    if words.iter().all(|w| lower_in(w, TRAILING)) {
        // The clause is only "đạt", "là": take the sentence, unless it holds another figure
        // (its words describe that figure, not this one).
        words = s[sent_start..q_start].split_whitespace().collect();
        if words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit())) {
            words.clear();
        }
    }
    // "96 ca tay chân miệng và 14 ca sởi": what follows the other figure is that figure's own.
    let coordinated = words.last().is_some_and(|w| lower_in(w, &["và"]));
    while words.last().is_some_and(|w| lower_in(w, TRAILING) || CHANGE_WORDS.iter().any(|(c, _)| c == w)) {
        words.pop();
    }
    // "4 tháng đầu năm 2025 bệnh viện đã khám": the period is the figure's period, not what
    // it counts; the words after the year say that.
    // Another figure in the lead ("có 210 giường bệnh và 36 bác sĩ", "từ 40 - 55"): the
    // words before it describe both.
    let is_year = |w: &str| {
        let digits = w.trim_end_matches(|c: char| !c.is_ascii_digit()).rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or("");
        digits.len() == 4 && digits.parse::<u32>().is_ok_and(|y| (1945..=2100).contains(&y))
    };
    // "Tiêm mũi 3 vắc xin bại liệt cho 342 trẻ": a dose's position is no other figure, nor
    // is an age ("trẻ dưới 3 tuổi chiếm khoảng 70%", "trẻ từ 1 đến 5 tuổi").
    // "60 tháng tuổi" is an age too, and so is a range glued by its dash ("6-36 tháng tuổi").
    let aged = |i: usize| words.get(i).is_some_and(|w| lower_in(w, &["tuổi"]) || lower_in(w, &["tháng", "tuần"]) && words.get(i + 1).is_some_and(|n| lower_in(n, &["tuổi"])));
    let age = |i: usize| aged(i + 1) || words.get(i + 1).is_some_and(|w| lower_in(w, &["đến", "tới", "-", "–"])) && aged(i + 3);
    let has_digit = |i: usize| words[i].chars().any(|c| c.is_ascii_digit()) && !(i > 0 && lower_in(words[i - 1], ORDINAL_IN_PHRASE)) && !age(i);
    match (0..words.len()).rposition(has_digit) {
        Some(i) if is_year(words[i]) && i + 1 < words.len() => {
            words.drain(..=i);
        }
        // "Sau 3 ngày triển khai toàn huyện đã tiêm 1.250 trẻ", "6 tháng đầu năm Trung tâm
        // đã khám": a time the work took, or the period, opens the clause; it is no other
        // figure, and what follows it names this one.
        Some(i) if opens_with_a_time(&words, i) => {
            let past = i + 2 + words[i + 2..].iter().take_while(|w| lower_in(w, PERIOD_WORDS)).count();
            words.drain(..past);
        }
        Some(i) => {
            // What follows the other figure and its unit ("450 giường bệnh với tổng vốn đầu
            // tư") names this one; when nothing does, the words before that figure do.
            let rest = words_after_unit(&words[i + 1..]);
            if rest.len() >= 2 && !coordinated {
                words = rest;
            } else {
                let first = (0..words.len()).position(has_digit).unwrap_or(words.len());
                words.truncate(first);
            }
        }
        None => {}
    }
    // "120 giường kế hoạch nhưng đang điều trị cho 198 bệnh nhi": a clause after "nhưng"
    // is this figure's own.
    if let Some(i) = words.iter().rposition(|w| lower_in(w, &["nhưng", "song"])) {
        words.drain(..=i);
    }
    // "đạt yêu cầu (chiếm 85,7%)", "trong đó sinh mổ chiếm 47,2%": the link and an opening
    // bracket before the figure, and "trong đó" before the part, are no part of its subject.
    // "từ 40 tuổi trở lên (đạt 78%)": a bound's "lên" stays.
    let bound = |words: &[&str]| words.len() >= 2 && lower_in(words[words.len() - 2], &["trở"]) && lower_in(words[words.len() - 1], &["lên", "xuống"]);
    while words.last().is_some_and(|w| {
        let w = w.trim_start_matches('(');
        w.is_empty() || lower_in(w, TRAILING) || lower_in(w, LINKS) || w == "-"
    }) && !bound(&words)
    {
        words.pop();
    }
    // "trong khi khoa chỉ có 40 giường": a conjunction opens no subject.
    if words.len() > 2 && words[0].eq_ignore_ascii_case("trong") && (words[1] == "đó" || words[1] == "khi") {
        words.drain(..2);
    }
    // "bác sĩ … cho biết khoa đang điều trị 85 bệnh nhân": who reports it is not what it counts.
    if let Some(i) = words.windows(2).rposition(|w| lower_in(w[0], &["cho"]) && lower_in(w[1], &["biết", "hay"])).filter(|&i| i + 2 < words.len()) {
        words.drain(..i + 2);
    }
    // "- Chuyển tuyến 86 trường hợp": a list item's mark says nothing of the figure.
    while words.first().is_some_and(|w| matches!(*w, "-" | "+" | "•" | "–" | "*")) {
        words.remove(0);
    }
    let from = context_start(&words);
    // "Sau 2 đợt ra quân", "… trong khi chỉ có 45 giường": a context of joining words alone
    // says nothing of the figure.
    if words[from..].iter().all(|w| lower_in(w.trim_matches(','), JOINING_WORDS)) {
        return String::new();
    }
    words[from..].join(" ").trim_matches(|c: char| matches!(c, ',' | '(' | '"' | '“' | '”')).trim_end().to_string()
}

/// Words that join a figure's clause to what comes before, and name nothing of their own.
const JOINING_WORDS: &[&str] = &["sau", "qua", "trong", "khi", "còn", "và", "nhưng", "song"];

/// Words before a time that say how long the work took ("sau 3 ngày", "qua 2 tuần").
const DURATION_LEADS: &[&str] = &["sau", "qua", "trong"];
/// Words that go on naming a period after its length ("6 tháng đầu năm", "2 tuần qua").
const PERIOD_WORDS: &[&str] = &["đầu", "cuối", "năm", "qua", "nay", "vừa", "gần", "đây"];

/// Whether the number at `i` of a context's `words` is the length of a time opening the
/// clause ("6 tháng đầu năm …", "sau 3 ngày triển khai …"), with three words or more after
/// its time word to name the figure.
fn opens_with_a_time(words: &[&str], i: usize) -> bool {
    let led = i == 0 || i == 1 && lower_in(words[0], DURATION_LEADS);
    led && words[i].bytes().all(|c| c.is_ascii_digit()) && words.get(i + 1).is_some_and(|w| lower_in(w, TIME_AFTER)) && i + 4 < words.len()
}

/// Words after which a figure's context may start: they end the clause's doer or place.
const CONTEXT_BREAKS: &[&str] = &["đã", "được", "của", "thì", "tại", "ở", "khi", "để", "đang", "sẽ"];

/// The most words a figure's context keeps.
const CONTEXT_WORDS: usize = 8;
/// The most words a context with no break to cut at is kept whole with.
const CONTEXT_SLACK: usize = CONTEXT_WORDS + 2;

/// Where a figure's context of more than [`CONTEXT_WORDS`] words is cut: after the last
/// of [`CONTEXT_BREAKS`] among its last twelve words that leaves three or more after it ("Trung tâm đã tổ
/// chức tiêm phòng dại cho …" keeps "tổ chức tiêm phòng dại"), or two when eight words
/// would keep part of a name ("Trung tâm Y tế huyện Tân Phú Tây đã khám bệnh cho …" keeps
/// "khám bệnh"), else all of a context only a little longer (a cut one or two words in would
/// likely split a word of two syllables: "Cộng dồn từ đầu năm …" kept as "dồn từ đầu năm …"),
/// else eight words from the end, which may cut such a word in half.
fn context_start(words: &[&str]) -> usize {
    let n = words.len();
    if n <= CONTEXT_WORDS {
        return 0;
    }
    let window = n.saturating_sub(12)..n - 2;
    match window.clone().rev().find(|&i| lower_in(words[i], CONTEXT_BREAKS)) {
        Some(i) if n - (i + 1) >= 3 => i + 1,
        // Eight words would open inside the doer's name ("tế huyện Tân Phú Tây đã khám
        // bệnh"): the two words after the break say more.
        Some(i) if n - (i + 1) == 2 && words[n - CONTEXT_WORDS..i].iter().any(|w| w.starts_with(char::is_uppercase)) => i + 1,
        _ if n <= CONTEXT_SLACK => 0,
        _ => whole_compound(words, past_a_cut_name(words, n - CONTEXT_WORDS)),
    }
}

/// Words of two syllables a context cut may fall inside: the first syllable, then the second.
const COMPOUNDS: &[(&str, &str)] = &[
    ("khám", "chữa"),
    ("chăm", "sóc"),
    ("phòng", "chống"),
    ("tiêm", "chủng"),
    ("sức", "khỏe"),
    ("sức", "khoẻ"),
    ("điều", "trị"),
    ("xét", "nghiệm"),
    ("kiểm", "tra"),
    ("giám", "sát"),
    ("truyền", "thông"),
    ("nâng", "cao"),
    ("tuyên", "truyền"),
    ("sàng", "lọc"),
    ("phát", "hiện"),
    ("quản", "lý"),
    ("tư", "vấn"),
    ("hướng", "dẫn"),
    ("thực", "hiện"),
    ("triển", "khai"),
    ("hỗ", "trợ"),
    ("theo", "dõi"),
    ("chẩn", "đoán"),
    ("cấp", "cứu"),
    ("phẫu", "thuật"),
    ("phục", "hồi"),
    ("dinh", "dưỡng"),
    ("vệ", "sinh"),
    ("an", "toàn"),
    ("thực", "phẩm"),
    ("dịch", "bệnh"),
    ("bệnh", "viện"),
    ("y", "tế"),
    ("phối", "hợp"),
];

/// `cut`, or one word before it when the cut would open inside a word of two syllables
/// ("khám chữa bệnh" kept as "chữa bệnh", which names only half of the work).
fn whole_compound(words: &[&str], cut: usize) -> usize {
    let splits = cut > 0 && COMPOUNDS.iter().any(|(x, y)| lower_eq(words[cut], y) && lower_eq(words[cut - 1], x));
    cut - usize::from(splits)
}

/// The most lowercase words between two capitalised words of one name: "tâm" in "Trung tâm
/// Y tế", "tế huyện" in "Y tế huyện Hòa Vĩnh", "bệnh tật tỉnh" in "Kiểm soát bệnh tật tỉnh
/// Bình Lĩnh".
const NAME_GAP: usize = 4;

/// Words that end one name or clause and open another: a lone one between two capitalised
/// words does not join them into one name ("… BHYT tại Trạm …").
const NAME_BREAKS: &[&str] = &["và", "với", "cho", "tại", "ở", "của", "đã", "được", "đang", "sẽ", "thì", "khi", "để", "có", "là"];

/// Whether the lowercase `gap` between two capitalised words is inside one name: a single
/// word that is no break ("Trung tâm Y tế", "Bệnh viện Đa khoa"), or a few that end with a
/// place's kind ("Y tế huyện Hòa Vĩnh", "Đa khoa khu vực Tây Bắc"). A verb between two names
/// ("… Tây phối hợp Đội …") ends with no kind.
fn joins_a_name(gap: &[&str]) -> bool {
    match gap {
        [] => true,
        [w] => !lower_in(w, NAME_BREAKS),
        _ => gap.len() <= NAME_GAP && gap.last().is_some_and(|w| lower_in(w, &["vực"]) || PLACE_KINDS.iter().any(|k| lower_eq(w, k))),
    }
}

/// `cut`, or past the rest of the name it would open inside of: a context opening with half
/// a name misnames the doer ("tâm Y tế huyện Hòa Vĩnh xử lý" for "Trung tâm Y tế huyện Hòa
/// Vĩnh xử lý", "Bình Lĩnh phối hợp" for "… tỉnh Bình Lĩnh phối hợp"). A name is a run of
/// capitalised words, those next to each other or with a gap [`joins_a_name`] between; the
/// cut is inside one when a word of the run stands before it and another at or after it.
/// The cut moves past the run, or back to its first word when it runs to the figure.
fn past_a_cut_name(words: &[&str], cut: usize) -> usize {
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    if cut == 0 || cut >= words.len() {
        return cut;
    }
    // The run's capitalised words: the last before the cut, the first at or after it.
    let (Some(j), Some(k)) = ((0..cut).rposition(|i| capital(words[i])), (cut..words.len()).find(|&i| capital(words[i]))) else { return cut };
    if !joins_a_name(&words[j + 1..k]) {
        return cut;
    }
    let mut past = k + 1;
    while let Some(next) = (past..words.len()).find(|&i| capital(words[i])).filter(|&i| joins_a_name(&words[past..i])) {
        past = next + 1;
    }
    if past + 1 < words.len() {
        return past;
    }
    // A name running to the figure: the whole of it, from its first word.
    let mut start = j;
    while let Some(before) = (0..start).rposition(|i| capital(words[i])).filter(|&i| joins_a_name(&words[i + 1..start])) {
        start = before;
    }
    start
}

/// The words after a unit that opens `words`, without a linking "với"/"và" and trailing
/// function words.
fn words_after_unit<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let joined = lower_same_len(&words.join(" "));
    let skip = UNITS
        .0
        .find(aho_corasick::Input::new(&joined).anchored(aho_corasick::Anchored::Yes))
        .filter(|m| !joined[m.end()..].chars().next().is_some_and(is_alnum))
        .map_or(0, |m| joined[..m.end()].split_whitespace().count());
    let mut rest: Vec<&str> = words[skip.min(words.len())..].to_vec();
    if rest.first().is_some_and(|w| lower_in(w, &["với", "và", "-"])) {
        rest.remove(0);
    }
    // "… 186 bệnh nhi trong khi số giường …": a conjunction opens no subject.
    if rest.len() > 2 && lower_in(rest[0], &["trong"]) && lower_in(rest[1], &["khi"]) {
        rest.drain(..2);
    }
    while rest.last().is_some_and(|w| lower_in(w, TRAILING) || *w == "-") {
        rest.pop();
    }
    rest
}

/// Adds the disease the sentence is about when the subject does not name one.
fn with_disease(subject: String, s: &str, sent_start: usize, a: usize, diseases: &Diseases) -> String {
    // With no disease in the sentence the subject stays as it is: the cheap test first.
    let Some(d) = diseases
        .last_within(sent_start, a)
        .or_else(|| label_disease(s, sent_start, diseases))
        .or_else(|| before_semicolon_disease(s, sent_start, diseases))
        .or_else(|| line_label_disease(s, sent_start, diseases))
    else {
        return subject;
    };
    let lower = lower_same_len(&subject);
    // "…319 trường hợp mắc sởi, … và 1.378 trường hợp mắc dại": the figure names what was
    // caught, a disease the vocabulary does not know; sởi is the 319's.
    // A label's disease stands before the sentence: no figure of the sentence comes before it.
    if names_what_was_caught(&lower) && closes_an_earlier_figure(s.get(sent_start..d.start).unwrap_or("")) {
        return subject;
    }
    // Only counts of the sick are about a disease; "85 cán bộ" trained on one are not.
    if !has_case_word(&lower) || diseases.forms.iter().any(|f| lower.contains(f.as_str())) {
        return subject;
    }
    format!("{subject} – {}", disease_name(&s[d.start..d.end]))
}

/// A count's label with the disease of the heading it stands under, when it names none:
/// "2. Tay chân miệng" over "- Trong tuần: 36 ca" is "Trong tuần – Tay chân miệng".
fn with_heading_disease(label: String, s: &str, at: usize, diseases: &Diseases) -> String {
    let lower = lower_same_len(&label);
    if diseases.forms.iter().any(|f| lower.contains(f.as_str())) {
        return label;
    }
    let line_start = s[..at].rfind('\n').map_or(0, |i| i + 1);
    let unit_counts_cases = CASE_WORDS.iter().any(|w| s[at..].trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ')).starts_with(w));
    match heading_disease(s, line_start, diseases).filter(|_| unit_counts_cases) {
        Some(d) => format!("{label} – {}", disease_name(&s[d.start..d.end])),
        None => label,
    }
}

/// The disease of the heading over the line starting at `line_start`: the nearest line above
/// (within 800 bytes) that reads as a heading, short and with no full stop, when it names one.
fn heading_disease<'d>(s: &str, line_start: usize, diseases: &'d Diseases) -> Option<&'d Hit> {
    let floor = back_by(s, line_start, 800);
    let is_item = |line: &str| line.starts_with(ITEM_MARKS);
    let (start, end) = line_above(s, line_start.checked_sub(1)?, floor, |line| line.trim().is_empty() || is_item(line.trim()))?;
    let line = s[start..end].trim();
    let heading = line.split_whitespace().count() <= 8 && !line.ends_with(['.', ';', ':']);
    heading.then(|| diseases.last_within(start, end)).flatten()
}

/// The disease a label names when the clause at `sent_start` follows it ("Bệnh tay chân
/// miệng: trong tuần ghi nhận 34 ca").
fn label_disease<'d>(s: &str, sent_start: usize, diseases: &'d Diseases) -> Option<&'d Hit> {
    let colon = s[..sent_start].strip_suffix(':')?.len();
    let from = clause_start(s, colon, &['.', ';', '\n', '!', '?'], 200);
    diseases.last_within(from, colon)
}

/// The disease a short label opening the line names, for a later sentence of that line:
/// "Bệnh sởi: trong tuần không ghi nhận ca mắc mới. Cộng dồn 12 ca" counts cases of sởi.
/// The line is looked for in the 600 bytes before the sentence only.
fn line_label_disease<'d>(s: &str, sent_start: usize, diseases: &'d Diseases) -> Option<&'d Hit> {
    let floor = back_by(s, sent_start, 600);
    // The label lies in these 600 bytes: with no disease there, it names none.
    diseases.last_within(floor, sent_start)?;
    let line_start = s[floor..sent_start].rfind('\n').map(|i| floor + i + 1)?;
    let colon = line_start + s[line_start..sent_start].find(':')?;
    let label = &s[line_start..colon];
    let short = label.split_whitespace().count() <= 6 && !label.contains(['.', ';', ',']);
    short.then(|| diseases.last_within(line_start, colon)).flatten()
}

/// The one disease of the clauses before the ";" that opens the clause at `sent_start`, in the
/// same sentence: "bệnh sốt xuất huyết ghi nhận 41 ca, …; cộng dồn từ đầu năm 1.208 ca"
/// counts the same disease. None when they name several.
fn before_semicolon_disease<'d>(s: &str, sent_start: usize, diseases: &'d Diseases) -> Option<&'d Hit> {
    let semicolon = s[..sent_start].strip_suffix(';')?.len();
    let from = clause_start(s, semicolon, &['.', '\n', '!', '?'], 600);
    let last = diseases.last_within(from, semicolon)?;
    let form = |d: &Hit| lower_same_len(disease_name(&s[d.start..d.end]));
    let upto = diseases.hits.partition_point(|d| d.start < semicolon);
    let one = diseases.hits[..upto].iter().rev().take_while(|d| d.start >= from).all(|d| d.end > semicolon || form(d) == form(last));
    one.then_some(last)
}

/// A disease as a subject names it: without the verb some variants are found with ("mắc
/// lao": caught tuberculosis).
fn disease_name(hit: &str) -> &str {
    ["mắc ", "Mắc ", "nhiễm ", "Nhiễm "].iter().find_map(|verb| hit.strip_prefix(verb)).unwrap_or(hit)
}

/// Whether a subject in lower case says what was caught: "mắc" (or "mắc bệnh") and a word
/// other than "mới" ("ca mắc mới" says nothing of it).
fn names_what_was_caught(lower: &str) -> bool {
    lower.match_indices("mắc").filter(|(at, m)| on_word_boundary(lower, *at, at + m.len())).any(|(at, m)| {
        let mut words = lower[at + m.len()..].split_whitespace().skip_while(|w| *w == "bệnh");
        words.next().is_some_and(|w| w != "mới" && w.chars().next().is_some_and(char::is_alphabetic))
    })
}

/// Whether a disease after `before` is what an earlier figure of the sentence counts: a
/// number, then a few words of cases, then the disease, in one clause ("319 trường hợp mắc
/// sởi"). A disease the sentence opens with ("Về bệnh sởi, …") or that follows a date
/// ("Đến 15/8 bệnh sởi …") is the topic of its figures.
fn closes_an_earlier_figure(before: &str) -> bool {
    let Some(digit) = before.rfind(|c: char| c.is_ascii_digit()) else { return false };
    let between = &before[digit + 1..];
    if between.contains([',', ';', ':']) || between.split_whitespace().count() > 4 {
        return false;
    }
    has_case_word(&lower_same_len(between))
}

/// Whether lower-case text holds a word of cases ("ca", "trường hợp", "mắc", …) whole.
fn has_case_word(lower: &str) -> bool {
    CASE_FINDER.find_overlapping_iter(lower).any(|m| on_word_boundary(lower, m.start(), m.end()))
}

/// The document's diseases, indexed once so that each figure looks them up in log time
/// (a body with thousands of figures and diseases must not cost their product).
struct Diseases<'a> {
    /// Disease hits ordered by start.
    hits: Vec<&'a Hit>,
    /// Each distinct lower-cased disease name of the body.
    forms: Vec<String>,
}

impl<'a> Diseases<'a> {
    fn new(body: &str, hits: &'a [Hit]) -> Diseases<'a> {
        let mut hits: Vec<&Hit> = hits.iter().filter(|d| d.kind == EntityKind::Disease).collect();
        hits.sort_by_key(|d| (d.start, d.end));
        let mut forms: Vec<String> = hits.iter().map(|d| lower_same_len(&body[d.start..d.end])).collect();
        forms.sort();
        forms.dedup();
        Diseases { hits, forms }
    }

    /// The end of a disease that starts inside `[from, to)` and runs past `to`: a phrase
    /// cut at a comma inside a disease's name ("tay, chân, miệng").
    fn running_past(&self, from: usize, to: usize) -> Option<usize> {
        let upto = self.hits.partition_point(|d| d.start < to);
        self.hits[..upto].iter().rev().take_while(|d| d.start >= from).map(|d| d.end).find(|&end| end > to)
    }

    /// The last disease lying wholly inside `[from, to)`.
    fn last_within(&self, from: usize, to: usize) -> Option<&Hit> {
        let upto = self.hits.partition_point(|d| d.start < to);
        self.hits[..upto].iter().rev().take_while(|d| d.start >= from).find(|d| d.end <= to).copied()
    }
}

fn sorted_ends(spans: &[(usize, usize)]) -> Vec<usize> {
    let mut ends: Vec<usize> = spans.iter().map(|&(_, y)| y).collect();
    ends.sort_unstable();
    ends
}

/// The largest end strictly before `a`.
fn last_end_before(ends: &[usize], a: usize) -> Option<usize> {
    ends[..ends.partition_point(|&y| y < a)].last().copied()
}

/// False when `rest` cannot match [`baseline`]'s pattern: "so" is neither its first word nor the one
/// after it. Letters are trimmed as alphabetic chars, a superset of `\p{L}`, so nothing the
/// regex takes is ruled out; the regex is slow to start on the many changes without a baseline.
fn may_open_baseline(rest: &str) -> bool {
    let r = rest.trim_start();
    r.starts_with("so") || r.trim_start_matches(char::is_alphabetic).trim_start().starts_with("so")
}

/// The baseline after a change ("so với cùng kỳ năm 2023"): the span of the group of
/// `^\s*(?:[\p{L}]+\s+)?(?:so với|so)\s+([^,;.()\n]+)` in `rest`, tried in the regex's order
/// (its captures cost thousands of instructions a change).
fn baseline(rest: &str) -> Option<(usize, usize)> {
    let start = rest.len() - rest.trim_start().len();
    let letters = rest[start..].find(|c: char| !is_letter(c)).map_or(rest.len(), |i| start + i);
    let after_word = rest[letters..].trim_start();
    let word_then_so = letters > start && after_word.len() < rest.len() - letters;
    let with_word = word_then_so.then(|| so_then_group(rest, rest.len() - after_word.len())).flatten();
    with_word.or_else(|| so_then_group(rest, start))
}

/// Times named with no "so với" right after a change ("gấp 3 lần cùng kỳ năm 2024").
const BARE_BASELINES: &[&str] = &["cùng kỳ", "tuần trước", "tháng trước", "quý trước", "năm trước", "kỳ trước"];

/// The baseline `rest` opens with when it names one of [`BARE_BASELINES`] without "so với":
/// the rest of the clause.
fn bare_baseline(rest: &str) -> Option<String> {
    let r = rest.trim_start();
    let r = r[..r.find('\n').unwrap_or(r.len())].trim_end();
    if !BARE_BASELINES.iter().any(|w| r.starts_with(w) && !r[w.len()..].starts_with(char::is_alphanumeric)) && !names_a_past_period(r) {
        return None;
    }
    // A baseline is a few words ("cùng kỳ năm 2024"); a clause without a stop may run on.
    Some(r.split_whitespace().take(8).collect::<Vec<_>>().join(" "))
}

/// Whether `r` opens with a period and its number: "tháng 7", "quý II", "tuần 41", "năm 2024"
/// ("gấp 3 lần tháng 7").
fn names_a_past_period(r: &str) -> bool {
    ["tháng ", "quý ", "tuần ", "năm "].iter().any(|w| {
        r.strip_prefix(w).is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X')))
    })
}

/// `(?:so với|so)\s+([^,;.()\n]+)` at `at`: the group's span.
fn so_then_group(s: &str, at: usize) -> Option<(usize, usize)> {
    let tail = &s[at..];
    let long = tail.starts_with("so với").then(|| group_after_spaces(s, at + "so với".len())).flatten();
    long.or_else(|| tail.starts_with("so").then(|| group_after_spaces(s, at + 2)).flatten())
}

/// `\s+([^,;.()\n]+)` at `at`: the group's span. When no such char follows the white space,
/// the group takes the last white-space char it may (not "\n"), the first one left to `\s+`.
fn group_after_spaces(s: &str, at: usize) -> Option<(usize, usize)> {
    let excluded = |c: char| matches!(c, ',' | ';' | '.' | '(' | ')' | '\n');
    let ws_end = at + s[at..].find(|c: char| !c.is_whitespace()).unwrap_or(s.len() - at);
    let first_ws = s[at..ws_end].chars().next()?;
    let run = s[ws_end..].find(excluded).map_or(s.len(), |i| ws_end + i);
    if run > ws_end {
        return Some((ws_end, run));
    }
    let (j, c) = s[at + first_ws.len_utf8()..ws_end].char_indices().rev().find(|&(_, c)| !excluded(c))?;
    let j = at + first_ws.len_utf8() + j;
    Some((j, j + c.len_utf8()))
}

/// `\p{L}`: a letter (Unicode general category L). The Latin letters of Vietnamese are
/// answered without a table search.
fn is_letter(c: char) -> bool {
    static LETTER: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\p{L}$").expect("static regex"));
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1E00..=0x1EFF => true,
        _ => LETTER.is_match(c.encode_utf8(&mut [0; 4])),
    }
}

/// Words of a bracket's label that name the time a figure is compared with: "(cùng kỳ: 41
/// ca)", "(tháng 9: 13.870 lượt)", "(CK: 12 ca)".
const COMPARED_TIMES: &[&str] = &["cùng kỳ", "tuần", "tháng", "quý", "năm", "kỳ trước"];

/// Words closing a bracket's label before the figure of the time it names: "(năm 2025 là
/// 90,1%)", "(cùng kỳ đạt 104,7%)".
const COMPARED_LINKS: &[&str] = &["là", "đạt", "có"];

/// Whether `between`, the lower-case text between a share and a bracket after it, is empty or
/// names the population the share is of ("93,8% dân số (cùng kỳ là 92,4%)").
fn only_population(between: &str) -> bool {
    let w = between.trim();
    w.is_empty() || POPULATION_WORDS.contains(&w)
}

/// A figure in brackets right after another of the same unit, with a label naming the time
/// it is of: what the figure before is compared with.
struct Compared {
    /// Where the bracket opens.
    open: usize,
    /// Whether the label names its time only relative to the figure's ("cùng kỳ", "tháng trước").
    relative: bool,
}

impl Compared {
    fn before(t: Body, found: &[Found], q_start: usize, unit: &str) -> Option<Compared> {
        let from = back_by(t.s, q_start, 80);
        let open = from + t.s[from..q_start].rfind('(')?;
        let last = found.last()?;
        if last.b > open || !only_population(&t.lower[last.b..open]) || last.ind.unit.as_deref() != Some(unit) {
            return None;
        }
        let inside = t.lower[open + 1..q_start].trim();
        let label = inside.strip_suffix(':').map(str::trim_end);
        // "(năm 2025 là 90,1%)": a link word says what the time's figure was, as a colon does.
        let linked = label.is_none().then(|| COMPARED_LINKS.iter().find_map(|w| Tail::new(inside).ends_with_word(w).then(|| inside[..inside.len() - w.len()].trim_end()))).flatten();
        let label = label.or(linked).unwrap_or(inside);
        let label = label.strip_prefix("so với ").unwrap_or(label).trim_start();
        if label.is_empty() || label.contains([')', ',', ';', '\n']) || label.split_whitespace().count() > 6 {
            return None;
        }
        let relative = BARE_BASELINES.iter().any(|w| label.starts_with(w)) || label == "ck";
        // Without a colon or a link the label must be a relative time ("(cùng kỳ 41 ca)");
        // "(năm 2024 …" could open anything.
        // A linked label opens with its time: "(trong đó tháng 9 là 30 ca)" is a part.
        let timed = match linked {
            Some(_) => COMPARED_TIMES.iter().any(|w| label.starts_with(w)),
            None => inside.ends_with(':') && COMPARED_TIMES.iter().any(|w| label.contains(w)),
        };
        let names_a_time = relative || timed;
        names_a_time.then_some(Compared { open, relative })
    }

    /// Gives `last` the change from the bracketed figure `value` to its own, with the
    /// bracket's text as the baseline, unless it has a change already.
    fn apply(&self, t: Body, last: Option<&mut Found>, value: f64, unit: &str, unit_end: usize) {
        let Some(last) = last.filter(|l| l.ind.change.is_none()) else { return };
        let diff = last.ind.value - value;
        let direction = match diff {
            d if d > 0.0 => "increase",
            d if d < 0.0 => "decrease",
            _ => return,
        };
        // Rounded: 92,1 - 88,5 is 3,599999… in binary.
        let value = (diff.abs() * 1e6).round() / 1e6;
        let unit = if unit == "%" { "điểm phần trăm" } else { unit };
        let baseline = t.s[self.open + 1..unit_end].trim().to_string();
        last.ind.change = Some(Change { direction: direction.to_string(), value, unit: Some(unit.to_string()), baseline: Some(baseline) });
    }
}

/// Words in a bracket before a percentage that restate the change before it.
const RESTATING: &[&str] = &["tương đương", "tương ứng", "tức là", "tức", "bằng"];

/// Whether `head`, the text before a percentage, ends with a bracket opened right after a
/// change and its number, perhaps with [`RESTATING`] words: "giảm 15 ca (tương đương 12,5%)",
/// "tăng 40 lượt (9,2%)" give the change again in per cent.
fn restates_a_change(head: &str) -> bool {
    let mut h = head.trim_end();
    if let Some(w) = RESTATING.iter().find(|w| Tail::new(h).ends_with_word(w)) {
        h = h[..h.len() - w.len()].trim_end();
    }
    let Some(mut rest) = h.strip_suffix('(') else { return false };
    // Back over the change's unit (a word or two), then its number, to its words.
    for _ in 0..3 {
        rest = rest.trim_end();
        let word = &rest[rest.rfind(char::is_whitespace).map_or(0, |i| i + 1)..];
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            return change_word_before(&rest[..rest.len() - word.len()]).is_some();
        }
        if word.is_empty() || word.contains([',', ';', '.', ':', ')']) {
            return false;
        }
        rest = &rest[..rest.len() - word.len()];
    }
    false
}

/// Whether the figure at `q_start` opens a bracket right after the baseline of the change of
/// the figure before, in the same unit: "22 ca, giảm 9 ca so với tuần trước (31 ca)" gives
/// the count of the time compared with, which lives on in that baseline only.
fn is_baseline_value(t: Body, found: &[Found], q_start: usize, unit: &str, unit_end: usize) -> bool {
    let Some(last) = found.last().filter(|l| l.ind.unit.as_deref() == Some(unit)) else { return false };
    let Some(baseline) = last.ind.change.as_ref().and_then(|c| c.baseline.as_deref()) else { return false };
    // "giảm 15 ca; so với cùng kỳ năm 2025 là 47 ca": the figure closes the baseline itself.
    if baseline.len() > unit_end - q_start && t.s[..unit_end].ends_with(baseline) && q_start > last.b {
        return true;
    }
    let Some(head) = bracket_before(t.s[..q_start].trim_end()) else { return false };
    let head = head.trim_end();
    head.ends_with(baseline) && t.lower[back_by(t.s, head.len() - baseline.len(), 10)..head.len() - baseline.len()].trim_end().ends_with("so với")
}

/// `head` without the bracket it ends with, and the label of a few words and a colon that
/// may follow the bracket ("(", "(quý II:"): the text before the bracket.
fn bracket_before(head: &str) -> Option<&str> {
    if let Some(open) = head.strip_suffix('(') {
        return Some(open);
    }
    let label_end = head.strip_suffix(':')?;
    let open = label_end.rfind('(')?;
    let label = &label_end[open + 1..];
    (label.split_whitespace().count() <= 4 && !label.contains([')', ',', ';', '.'])).then_some(&head[..open])
}

/// The subject of the figure a percentage after it is the share of the plan for: in
/// "1.284.560 lượt, đạt 78,4% kế hoạch năm" (or "bằng 78,4% …") the percentage measures the
/// visits against their target, and is no rate of its own.
fn share_of_plan<'f>(t: Body, found: &'f [Found], q_start: usize, unit: &str) -> Option<&'f str> {
    let last = found.last().filter(|f| unit == "%" && !f.share && f.ind.unit.as_deref() != Some("%") && f.b <= q_start)?;
    let between = t.lower[last.b..q_start].trim_matches(|c: char| c == ',' || c.is_whitespace());
    // "2.400 lượt, tăng 5,2% so với cùng kỳ, đạt 96% kế hoạch": the change read into the
    // figure before stands between it and its share.
    let between = match between.rsplit_once(',') {
        Some((change, link)) if last.ind.change.is_some() && opens_with_change_word(change.trim_start()) => link.trim_start(),
        _ => between,
    };
    matches!(between, "đạt" | "bằng" | "đạt tỷ lệ" | "đạt tỉ lệ").then_some(last.ind.subject.as_str())
}

/// Whether the lower-case `clause` opens with a change word ("tăng 5,2% so với cùng kỳ").
fn opens_with_change_word(clause: &str) -> bool {
    CHANGE_WORDS.iter().any(|(w, _)| clause.starts_with(w))
}

/// Words after a share that name the plan ("kế hoạch năm", "chỉ tiêu giao").
/// A budget ("đạt 67,5% dự toán", "vượt 4% dự toán") is the plan of a sum of money.
const PLAN_WORDS: &[&str] =
    &["kế hoạch", "chỉ tiêu", "mục tiêu", "dự toán", "so với kế hoạch", "so với chỉ tiêu", "so với mục tiêu", "so với dự toán"];
/// The plan's own names among [`PLAN_WORDS`], without "so với" before them.
const PLAN_NAMES: &[&str] = PLAN_WORDS.split_at(4).0;

/// Words after a share of a count that name the population it is a share of.
const POPULATION_WORDS: &[&str] = &["dân số", "tổng dân số"];

/// Whether the words after a share at `unit_end` name the plan ("38,4% kế hoạch năm").
fn plan_after(t: Body, unit_end: usize) -> bool {
    let rest = t.lower[unit_end..].trim_start_matches(' ');
    PLAN_WORDS.iter().any(|w| rest.starts_with(w))
}

/// Where the phrase after a share ends when it opens with a known unit, a countable noun
/// ("100% ổ dịch được xử lý kịp thời"): the share counts those.
fn counted_after_share(t: Body, unit_end: usize) -> Option<usize> {
    let (unit, end) = unit_after(t, unit_end);
    let unit = unit.filter(|u| u != "%" && known_unit(u))?;
    Some(phrase_end(t, end, &unit).max(end))
}

/// "số lượt khám chữa bệnh (kế hoạch năm)" for a share of the plan, and where its text ends.
fn share_subject(t: Body, of: &str, unit_end: usize) -> (String, usize) {
    let rest = &t.lower[unit_end..];
    let plan_at = unit_end + (rest.len() - rest.trim_start().len());
    // "1.126.400 người, đạt 93,7% dân số": a share of the population, named as a plan is.
    let population = |w: &&str| t.lower[plan_at..].starts_with(w) && on_word_boundary(t.lower, plan_at, plan_at + w.len());
    let whole = PLAN_WORDS.iter().any(|w| t.lower[plan_at..].starts_with(w)) || POPULATION_WORDS.iter().any(population);
    if !whole {
        // "96 ổ dịch, đạt 100% ổ dịch được xử lý kịp thời": a share followed by what it
        // counts is a share of those, not of the figure before.
        return match counted_after_share(t, unit_end) {
            Some(end) => (t.s[plan_at..end].trim_end().to_string(), end),
            None => (of.to_string(), unit_end),
        };
    }
    let clause = t.lower[plan_at..].find([',', ';', '.', '(', '\n']).map_or(t.s.len(), |i| plan_at + i);
    // At most four words ("kế hoạch năm 2025"), and none of a change or figure after them.
    let mut end = plan_at;
    for w in t.lower[plan_at..clause].split_whitespace().take(4) {
        let at = w.as_ptr() as usize - t.lower.as_ptr() as usize;
        if at > plan_at && (PHRASE_STOP.contains(&w) || CHANGE_WORDS.iter().any(|(c, _)| c.split(' ').next() == Some(w))) {
            break;
        }
        end = at + w.len();
    }
    let plan = &t.s[plan_at..end];
    // One pair of brackets: "lượt người bệnh (bệnh viện đã khám; kế hoạch năm)".
    let subject = match of.strip_suffix(')') {
        Some(open) => format!("{open}; {plan})"),
        None => format!("{of} ({plan})"),
    };
    (subject, end)
}

/// Gives the change to the figure it follows in the same sentence: to the figure before
/// a share of its plan ("1.284 lượt, đạt 78,4% kế hoạch, tăng 6,1% so với cùng kỳ": the
/// visits rose), not to the share.
/// Whether it did: not when there is no figure for it in the change's sentence.
fn attach_change(t: Body, found: &mut [Found], a: usize, direction: &str, value: f64, unit: Option<String>, unit_end: usize) -> bool {
    let s = t.s;
    let n = found.len();
    // Points of a percentage change the share itself ("đạt 93,4%, tăng 2,3 điểm phần trăm").
    let points = unit.as_deref().is_some_and(|u| u.starts_with("điểm ")) && n >= 1 && found[n - 1].ind.unit.as_deref() == Some("%");
    let counted = !points && n >= 2 && found[n - 1].share && found[n - 2].ind.change.is_none() && !ends_a_sentence(&s[found[n - 2].b..a]);
    let k = match (counted, n) {
        (true, _) => n - 2,
        (false, 0) => return false,
        (false, _) => n - 1,
    };
    // "5 vụ ngộ độc với 213 người mắc, tăng 2 vụ": a count changes the figure of its unit.
    let k = match unit.as_deref() {
        Some(u) if u != "%" && found[k].ind.unit.as_deref() != Some(u) => of_the_unit(s, found, a, u).unwrap_or(k),
        _ => k,
    };
    // "2.486 lượt (BHYT 2.151 lượt), tăng 112 lượt": past the bracket the change is the whole's.
    // The text between them is read from the part's end, where the bracket closes.
    let part_end = (k > 0 && found[k].bracketed && s[found[k].b..a].trim_start().starts_with(')')).then_some(found[k].b);
    let k = if part_end.is_some() { k - 1 } else { k };
    // "4.318 ca, 3 ca tử vong; so với cùng kỳ giảm 9,6%": which of the two fell is not said.
    let alone = k == 0 || ends_a_sentence(&s[found[k - 1].b..found[k].b]);
    let apart = {
        let last = &found[k];
        ends_a_sentence(&s[part_end.unwrap_or(last.b)..a])
            && !next_sentence_names_it(t, last, a)
            && !(alone && compared_after_semicolon(t, last, a))
            && !next_paragraph_names_it(t, last, a)
    };
    // "… 120 ca sốt xuất huyết. So với cùng kỳ năm trước, số ca sốt xuất huyết giảm 34 ca":
    // the change names its figure of the sentence before.
    let named = apart.then(|| named_in_comparison(t, found, a)).flatten();
    let k = named.unwrap_or(k);
    let (earlier, from_k) = found.split_at_mut(k);
    let last = &mut from_k[0];
    let from = if named.is_some() { last.b } else { part_end.unwrap_or(last.b) };
    if last.ind.change.is_some() || apart && named.is_none() || named.is_none() && opens_a_subject(&t.lower[from..a]) {
        return false;
    }
    let baseline = baseline_after(t, unit_end).or_else(|| baseline_next_clause(t, unit_end));
    let baseline = baseline.or_else(|| passed_plan_before(&s[from..a]).map(str::to_string));
    let baseline = baseline.or_else(|| baseline_before(&s[from..a])).or_else(|| compared_then_link(&s[from..a]).or_else(|| compared_with_plan(&s[from..a])).map(|(_, time)| time.to_string()));
    let baseline = baseline.or_else(|| baseline_opening_sentence(t, a)).or_else(|| baseline_of_the_list(t, earlier, &last.ind.period, a));
    last.ind.change = Some(Change { direction: direction.to_string(), value, unit, baseline });
    true
}

/// The baseline named right after a change's figure ending at `unit_end`: "so với cùng kỳ
/// năm 2025", "cùng kỳ", "kế hoạch".
fn baseline_after(t: Body, unit_end: usize) -> Option<String> {
    // No part of a baseline match holds any of ",;.()": the rest of the body past the first
    // of them changes nothing but what the regex engine must prepare for.
    let from = past_restatement(t.s, unit_end);
    let rest = &t.s[from..];
    let rest = before_next_figure(&rest[..first_of(rest.as_bytes(), b",;.()").unwrap_or(rest.len())]);
    let named = may_open_baseline(rest).then(|| baseline(rest)).flatten().map(|(a, b)| rest[a..b].trim().to_string()).or_else(|| bare_baseline(rest));
    named.or_else(|| plan_baseline(rest, &t.lower[from..from + rest.len()]))
}

/// The baseline of a change ending at `unit_end` named in a clause of its own after it: "giảm
/// 15 ca; so với cùng kỳ năm 2025 là 47 ca", "giảm 215 lượt; so với tháng 7". The clause
/// runs to its sentence's end and holds no change of its own ("; so với tháng trước số liều
/// tăng 10,2%" is another figure's); it names the time, perhaps with that time's figure.
fn baseline_next_clause(t: Body, unit_end: usize) -> Option<String> {
    let rest = t.lower[unit_end..].trim_start_matches(' ');
    let clause = rest.strip_prefix([';', ','])?.trim_start_matches(' ');
    let time = clause.strip_prefix("so với ")?;
    let from = t.s.len() - time.len();
    let end = sentence_end(t.s, from, t.s.len()).min(t.s[from..].find([',', ';', '(', ')']).map_or(t.s.len(), |i| from + i));
    let named = t.lower[from..end].trim_end();
    if !t.s[end..].starts_with(['.', ';', '\n']) && end < t.s.len() || named.is_empty() {
        return None;
    }
    // The time, then perhaps "là 47 ca" or ": 47 ca".
    let (when, figure) = named.split_once(" là ").or_else(|| named.split_once(": ")).unwrap_or((named, ""));
    let words = when.split_whitespace().count();
    let own_change = CHANGE_WORDS.iter().any(|(w, _)| named.contains(w));
    let plain_figure = figure.is_empty() || figure.starts_with(|c: char| c.is_ascii_digit()) && figure.split_whitespace().count() <= 3;
    ((1..=8).contains(&words) && !own_change && plain_figure).then(|| t.s[from..from + named.len()].to_string())
}

/// Past a short bracket right after a change ("tăng 312 ca (tương đương 35%) so với tuần
/// trước"): the change said again another way, with the baseline after it. The bracket is
/// on one line and at most a few words; else `unit_end` itself.
fn past_restatement(s: &str, unit_end: usize) -> usize {
    let rest = &s[unit_end..];
    let Some(inner) = rest.trim_start_matches(' ').strip_prefix('(') else { return unit_end };
    let close = inner.bytes().take(60).position(|c| c == b')' || c == b'(' || c == b'\n');
    match close {
        Some(i) if inner.as_bytes()[i] == b')' => s.len() - inner.len() + i + 1,
        _ => unit_end,
    }
}

/// A change read before any figure it could be of, in a clause that goes on to one: "Số
/// lượt khám bệnh giảm 8,2% so với cùng kỳ, còn 52.300 lượt", "… tăng 1.120 lượt so với năm
/// 2025, đạt 24.560 lượt". The figure after the link is what changed.
struct EarlyChange {
    change: Change,
    /// Where the change's words start: the changed figure's subject stops there.
    word_at: usize,
    /// The byte after the change's figure and unit.
    end: usize,
}

impl EarlyChange {
    /// The change whose figure, of text opening at `q_start`, follows a change word.
    fn at(t: Body, q_start: usize, direction: &str, value: f64, unit: Option<String>, unit_end: usize) -> Option<EarlyChange> {
        let head = t.s[..q_start].trim_end();
        let tail = Tail::new(head);
        let (word, _) = CHANGE_WORDS.iter().find(|(w, _)| tail.ends_with_word(w))?;
        let change = Change { direction: direction.to_string(), value, unit, baseline: baseline_after(t, unit_end) };
        Some(EarlyChange { change, word_at: head.len() - word.len(), end: unit_end })
    }

    /// Whether the figure whose text opens at `q_start` is the one changed: in the same
    /// sentence, right after a comma and a link ("…, còn", "…, đạt"); not a share of it
    /// ("…, chiếm 30%").
    fn leads_to(&self, t: Body, q_start: usize) -> bool {
        let between = &t.s[self.end.min(q_start)..q_start];
        let Some(comma) = between.rfind(", ") else { return false };
        let link = between[comma + 2..].trim();
        !ends_a_sentence(between) && lower_in(link, LINKS) && !lower_in(link, &["chiếm"])
    }
}

/// The plan that `head`, the text before a number, says was passed by it: "vượt kế hoạch"
/// of "1.250 ca phẫu thuật, vượt kế hoạch 12%", "vượt chỉ tiêu năm". A few words opening
/// with the plan, right after "vượt", with nothing else between them and the number.
fn passed_plan_before(head: &str) -> Option<&str> {
    // A reverse searcher for "vượt ", built once: `str::rfind` builds one on every call.
    static PASSED: Lazy<memchr::memmem::FinderRev<'static>> = Lazy::new(|| memchr::memmem::FinderRev::new("vượt "));
    let h = head.trim_end();
    // Most heads hold no "vượt" in their last words: the plan words are not looked for.
    let from = back_by(h, h.len(), 40);
    let at = from + PASSED.rfind(h[from..].as_bytes())?;
    if at > 0 && !h[..at].ends_with(' ') {
        return None;
    }
    let plan = &h[at + "vượt ".len()..];
    let words = plan.split_whitespace().count();
    let plain = plan.chars().all(|c| is_alnum(c) && !c.is_ascii_digit() || c == ' ');
    ((1..=4).contains(&words) && plain && opens_with_plan(plan)).then_some(plan)
}

/// The plan a change is measured against when its words follow it: "vượt 8% kế hoạch năm",
/// "vượt 15% số giường kế hoạch" (the count is that much over the plan, no change over
/// time). `rest` is the clause after the change, `lower` the same lower-cased. At most four
/// words, opening with the plan or with "số" before it.
fn plan_baseline(rest: &str, lower: &str) -> Option<String> {
    let start = lower.len() - lower.trim_start().len();
    let mut end = start;
    for w in lower[start..].split_whitespace().take(4) {
        if PHRASE_STOP.contains(&w) {
            break;
        }
        end = w.as_ptr() as usize - lower.as_ptr() as usize + w.len();
    }
    let plan = &lower[start..end];
    let at = PLAN_NAMES.iter().find_map(|w| plan.find(w).filter(|&i| on_word_boundary(plan, i, i + w.len())))?;
    (at == 0 || plan.starts_with("số ") || counted_plan(&plan[..at])).then(|| rest[start..end].to_string())
}

/// Whether `lead`, the words before a plan's name, is one known unit that the plan counts:
/// "vượt 22% giường kế hoạch" is over the planned beds, as "số giường kế hoạch" is.
fn counted_plan(lead: &str) -> bool {
    lead.strip_suffix(' ').is_some_and(|u| !u.contains(' ') && known_unit(u))
}

/// Where the sentence holding `a` starts.
fn sentence_start(s: &str, a: usize) -> usize {
    clause_start(s, a, &['.', '\n', '!', '?'], 600)
}

/// The time a sentence compares with before anything else, for a change at `a` in it: "So
/// với cùng kỳ năm 2025, số ca mắc sởi là 18 ca, giảm 7 ca; …" gives "cùng kỳ năm 2025".
fn baseline_opening_sentence(t: Body, a: usize) -> Option<String> {
    let (_, named_at) = comparison_opening(t, a)?;
    let comma = t.s[named_at..a].find(',')?;
    let named = t.s[named_at..named_at + comma].trim();
    (!named.is_empty() && named.split_whitespace().count() <= 8).then(|| named.to_string())
}

/// The comparison a change at `a` is written under: "so với" opening the change's clause
/// after a ";" ("…; so với cùng kỳ năm 2025, số ca …"), else its sentence, perhaps after a
/// lead clause with no figure ("Theo báo cáo, so với …"). Where that clause or sentence
/// starts, and where the time after "so với " does.
fn comparison_opening(t: Body, a: usize) -> Option<(usize, usize)> {
    let sentence = sentence_start(t.s, a);
    let clause = t.s[sentence..a].rfind(';').map_or(sentence, |i| sentence + i + 1);
    [clause, sentence].into_iter().find_map(|start| {
        let opening = without_lead(t.lower[start..a].trim_start());
        opening.strip_prefix("so với ").map(|time| (start, a - time.len()))
    })
}

/// The lower-case `opening` of a sentence without a lead clause before its first comma that
/// holds no figure ("theo báo cáo, "): the lead says who reports.
fn without_lead(opening: &str) -> &str {
    if opening.starts_with("so với ") {
        return opening;
    }
    match opening.find(',') {
        Some(i) if no_figure_in_lead(&opening[..i]) && opening[..i].split_whitespace().count() <= 8 => opening[i + 1..].trim_start(),
        _ => opening,
    }
}

/// The baseline of an earlier change of the same sentence (`earlier`: the figures before the
/// changed one, whose period is `own`), for a change at `a` that names none: "số ca mắc sởi
/// là 47 ca, so với cùng kỳ năm 2025 giảm 14 ca, số ca mắc thủy đậu là 122 ca, tăng 32 ca"
/// compares both with the same time, as does a list parted by ";" ("1.542 ca sốt xuất
/// huyết, tăng 2,3 lần so với cùng kỳ; 215 ca tay chân miệng, giảm 40 ca"). Only from a
/// figure of the same period: a running total beside a week's count is compared with
/// another time. Asked only when the change's own sentence names no baseline.
fn baseline_of_the_list(t: Body, earlier: &[Found], own: &Option<DateRange>, a: usize) -> Option<String> {
    let same_sentence = |f: &&Found| t.s.get(f.b..a).is_some_and(|between| sentence_end(between, 0, between.len()) == between.len());
    earlier.iter().rev().take_while(same_sentence).filter(|f| f.ind.period == *own).find_map(|f| f.ind.change.as_ref()?.baseline.clone())
}

/// Words that open what a change names before the thing counted ("số ca sốt xuất huyết").
const COUNTED_LEADS: &[&str] = &["tổng số ", "số ", "ca mắc ", "ca bệnh ", "ca ", "trường hợp mắc ", "trường hợp ", "bệnh nhân ", "người mắc ", "bệnh "];

/// The figure of the sentence before that a change at `a` names, in a sentence that opens
/// with what it compares with: "… 120 ca sốt xuất huyết, 45 ca tay chân miệng. So với cùng
/// kỳ năm trước, số ca sốt xuất huyết giảm 34 ca, tay chân miệng tăng 6 ca". So does a
/// clause after a ";", for the figures of its sentence before it ([`comparison_opening`]).
/// The words between the comma before the change and its word name the figure; its
/// subject holds them.
fn named_in_comparison(t: Body, found: &[Found], a: usize) -> Option<usize> {
    let (start, _) = comparison_opening(t, a).filter(|&(start, _)| start > 0)?;
    let clause = &t.lower[start..a];
    // "…, số ca mắc sởi giảm 12 ca và số ca mắc thủy đậu tăng 30 ca": "và" parts them too.
    let comma = clause.rfind(',')? + 1;
    let cut = clause.rfind(" và ").map_or(comma, |i| (i + " và ".len()).max(comma));
    let clause = clause[cut..].trim();
    let word = CHANGE_WORDS.iter().find(|(w, _)| clause.ends_with(w))?.0;
    let lead = clause[..clause.len() - word.len()].trim_end();
    let mut named = lead;
    while let Some(rest) = COUNTED_LEADS.iter().find_map(|w| named.strip_prefix(w)) {
        named = rest;
    }
    let before = sentence_start(t.s, start - 1);
    let candidates = || found.iter().enumerate().filter(|(_, f)| f.b > before && f.b < start && f.ind.change.is_none());
    if named.split_whitespace().all(|w| NAMES_NOTHING_ELSE.contains(&w)) {
        return only_count_of_cases(lead, candidates().map(|(i, f)| (i, f.ind.unit.as_deref())), change_unit(t, a).as_deref());
    }
    if named.split_whitespace().count() > 8 {
        return None;
    }
    candidates().filter(|(_, f)| f.ind.subject.to_lowercase().contains(named)).map(|(i, _)| i).last()
}

/// Units of a count of cases, which "số ca mắc" names whatever the disease.
const CASE_UNITS: &[&str] = &["ca", "trường hợp"];

/// The one count of cases a comparison naming no disease changes ("Toàn tỉnh ghi nhận 120 ca
/// sởi. So với cùng kỳ năm 2025, số ca mắc tăng 30 ca"): `lead`, the words before the change
/// word, name cases ("số ca", "số trường hợp mắc"), the change is in cases or per cent, and the
/// sentence before holds one figure without a change (`candidates`, with their units), a count
/// of cases. Two figures there, and which changed is not said.
fn only_count_of_cases<'u>(lead: &str, mut candidates: impl Iterator<Item = (usize, Option<&'u str>)>, unit: Option<&str>) -> Option<usize> {
    let names_cases = ["số ca", "tổng số ca", "ca ", "số trường hợp", "tổng số trường hợp", "trường hợp "].iter().any(|w| lead.starts_with(w)) || lead == "ca" || lead == "trường hợp";
    if !names_cases || !unit.is_some_and(|u| u == "%" || CASE_UNITS.contains(&u)) {
        return None;
    }
    let (i, u) = candidates.next()?;
    (candidates.next().is_none() && u.is_some_and(|u| CASE_UNITS.contains(&u))).then_some(i)
}

/// The unit of the change whose number is at `a` ("30 ca", "12%"), read as a figure's.
fn change_unit(t: Body, a: usize) -> Option<String> {
    unit_after(t, number_end(t.s, a)).0
}

/// Links before a percentage that measures a figure against another time.
const RATIO_LINKS: &[&str] = &["bằng", "đạt", "tương đương", "tương đương với"];

/// `subject` without the link to a ratio it may end with ("Số bệnh nhân nhập viện bằng").
fn without_ratio_link(subject: &str) -> &str {
    let tail = Tail::new(subject);
    let trimmed = subject.trim_end();
    RATIO_LINKS.iter().find(|w| tail.ends_with_word(w)).map_or(subject, |w| trimmed[..trimmed.len() - w.len()].trim_end())
}

/// A percentage that measures the figure before it against an earlier time: "bằng 108% so
/// với quý III", "đạt 95% so với cùng kỳ". It is no share of anything but a change: its
/// direction, its size in per cent (8, 5) and where the time compared with ends. Not a
/// plan's share ("đạt 78,4% so với kế hoạch"), nor 100%, which is no change.
fn ratio_to_past(t: Body, q_start: usize, value: f64, unit: &str, unit_end: usize) -> Option<(&'static str, f64, usize)> {
    if unit != "%" || value == 100.0 {
        return None;
    }
    let tail = Tail::new(&t.s[..q_start]);
    if !RATIO_LINKS.iter().any(|w| tail.ends_with_word(w)) {
        return None;
    }
    let rest = t.lower[unit_end..].trim_start();
    // "so cùng kỳ" is "so với cùng kỳ" shortened.
    let time = rest.strip_prefix("so với ").or_else(|| rest.strip_prefix("so ")).unwrap_or(rest).trim_start();
    let time_at = t.s.len() - time.len();
    // The period's number is read as written ("quý III").
    if !(BARE_BASELINES.iter().any(|w| time.starts_with(w)) || names_a_past_period(&t.s[time_at..])) {
        return None;
    }
    let end = t.s[time_at..].find([',', ';', '.', '(', ')', '\n']).map_or(t.s.len(), |i| time_at + i);
    let end = time_at + before_next_figure(&t.s[time_at..end]).trim_end().len();
    let direction = if value > 100.0 { "increase" } else { "decrease" };
    // Rounded: 108,3 - 100 is 8,299999… in binary.
    Some((direction, ((value - 100.0).abs() * 1e6).round() / 1e6, end))
}

/// Whether the change at `a` opens the sentence right after the figure's by naming what the
/// figure counts: "… ghi nhận 684 ca mắc. Số ca mắc tăng 2,3 lần so với cùng kỳ".
fn next_sentence_names_it(t: Body, figure: &Found, a: usize) -> bool {
    let between = &t.lower[figure.b..a];
    let Some(dot) = between.find(". ") else { return false };
    if between.contains([';', '\n']) || between.matches('.').count() != 1 {
        return false;
    }
    let sentence = between[dot + 1..].trim_start();
    // "… 214 trẻ. Con số này tăng 36 ca so với tháng 10": the sentence points back at it.
    if POINTING_BACK.iter().any(|w| sentence.starts_with(w)) {
        return true;
    }
    let Some(unit) = figure.ind.unit.as_deref().filter(|u| *u != "%") else { return false };
    let opening = ["số ", "tổng số "].iter().find_map(|w| sentence.strip_prefix(w));
    let Some(named) = opening.and_then(|rest| rest.strip_prefix(unit)).filter(|r| !r.starts_with(is_alnum)) else { return false };
    // "… 2 ca tử vong. Số ca mắc tay chân miệng giảm 15 ca": the sentence names what it
    // changes, and that is not what the figure counts.
    names_no_other(named, &figure.ind.subject.to_lowercase())
}

/// Whether the change at `a` opens the paragraph right after the figure's and names what
/// the figure counts by a word of its own, not only "mắc", "mới": "… ghi nhận 86 ca mắc sốt
/// xuất huyết, tập trung tại hai xã.\n\nSố ca mắc sốt xuất huyết tăng 24 ca so với tháng
/// trước". Only when no number stands between them: the figure is the last of its paragraph.
fn next_paragraph_names_it(t: Body, figure: &Found, a: usize) -> bool {
    let between = &t.lower[figure.b..a];
    let Some(nl) = between.find('\n') else { return false };
    let (rest, next) = between.split_at(nl);
    let next = next.trim_start();
    if next.contains(['\n', '.', ';', ':']) || rest.contains(';') || rest.bytes().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let Some(unit) = figure.ind.unit.as_deref().filter(|u| *u != "%") else { return false };
    let opening = ["số ", "tổng số "].iter().find_map(|w| next.strip_prefix(w));
    let Some(named) = opening.and_then(|r| r.strip_prefix(unit)).filter(|r| !r.starts_with(is_alnum)) else { return false };
    let subject = figure.ind.subject.to_lowercase();
    let own = |w: &&str| !NAMES_NOTHING_ELSE.contains(w) && !CHANGE_WORDS.iter().any(|(c, _)| c.split(' ').any(|x| x == *w));
    named.split_whitespace().any(|w| own(&w)) && names_no_other(named, &subject)
}

/// Words a change's sentence may name after the unit without naming something other than
/// what the figure before counts ("Số ca mắc mới tăng …").
const NAMES_NOTHING_ELSE: &[&str] = &["mắc", "mới", "bệnh", "nhiễm", "trong", "tuần", "tháng", "quý", "năm", "kỳ", "này", "nói", "trên"];

/// Whether `named`, the lower-case words between the unit and the change ("mắc tay chân
/// miệng giảm"), are all words of the figure's `subject` or of [`NAMES_NOTHING_ELSE`],
/// once the change's words at the end are left out.
fn names_no_other(named: &str, subject: &str) -> bool {
    let mut words: Vec<&str> = named.split_whitespace().collect();
    while words.last().is_some_and(|w| CHANGE_WORDS.iter().any(|(c, _)| c.split(' ').any(|x| x == *w)) || QUALIFIERS.iter().any(|(q, _)| q == w)) {
        words.pop();
    }
    let own: Vec<&str> = subject.split(|c: char| !is_alnum(c)).filter(|w| !w.is_empty()).collect();
    words.iter().all(|w| NAMES_NOTHING_ELSE.contains(w) || own.contains(w))
}

/// Openings of a sentence that point back at the figure before it.
const POINTING_BACK: &[&str] = &["con số này ", "con số trên ", "số liệu này ", "con số đó "];

/// The baseline named before the change, in the clause between it and its figure: "4.318 ca;
/// so với cùng kỳ năm 2025 giảm 9,6%" is compared with "cùng kỳ năm 2025".
fn baseline_before(between: &str) -> Option<String> {
    let clause = between[between.rfind([',', ';']).map_or(0, |i| i + 1)..].trim_start();
    let compared = clause.strip_prefix("so với ")?;
    let change_at = CHANGE_WORDS.iter().filter_map(|(w, _)| compared.rfind(w)).max()?;
    let named = compared[..change_at].trim_end();
    (!named.is_empty()).then(|| named.to_string())
}

/// Whether the change at `a` is in a clause of its own after a semicolon that compares and
/// names nothing else: "Cộng dồn: 4.318 ca; so với cùng kỳ năm 2025 giảm 9,6%", "… 86 ca;
/// tăng 12 ca so với tháng trước".
fn compared_after_semicolon(t: Body, figure: &Found, a: usize) -> bool {
    let between = &t.lower[figure.b..a];
    let Some((before, clause)) = between.split_once(';') else { return false };
    let clause = clause.trim_start();
    let opens = clause.starts_with("so với ") || CHANGE_WORDS.iter().any(|(w, _)| clause.strip_prefix(w).is_some_and(|r| r.trim_end().is_empty()));
    before.trim().is_empty() && !clause.contains([';', '.', '\n', ':']) && opens
}

/// The last figure of unit `u` before a change at `a`, in the change's sentence and without
/// a change of its own.
fn of_the_unit(s: &str, found: &[Found], a: usize, u: &str) -> Option<usize> {
    let same_sentence = found.iter().rposition(|f| f.b > a || ends_a_sentence(&s[f.b..a])).map_or(0, |i| i + 1);
    (same_sentence..found.len()).rev().find(|&i| found[i].ind.unit.as_deref() == Some(u) && found[i].ind.change.is_none())
}

/// Whether the lower-case text between a figure and a change names a subject of its own after a
/// comma ("đạt 67%, tỷ lệ khám tại tuyến xã giảm 3,5%"): the change is that subject's, not the
/// figure's.
fn opens_a_subject(between: &str) -> bool {
    let Some(comma) = between.rfind(',') else { return false };
    let clause = between[comma + 1..].trim_start();
    SUBJECT_OPENINGS.iter().any(|k| clause.starts_with(k))
}

/// The text before " và " and a number, which opens the next figure ("tăng 38 ca so với cùng
/// kỳ năm 2022 và 1.378 trường hợp …"): a baseline ends there, not at the dot inside the
/// number.
fn before_next_figure(rest: &str) -> &str {
    // "… so với tháng 10/2026 và gấp đôi cùng kỳ năm 2025": a second change ends it too.
    let opens_next = |after: &str| after.starts_with(|c: char| c.is_ascii_digit()) || CHANGE_WORDS.iter().any(|(w, _)| after.starts_with(w));
    let next = rest.match_indices(" và ").find(|(at, m)| opens_next(&rest[at + m.len()..]));
    next.map_or(rest, |(at, _)| &rest[..at])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_end_agrees_with_a_byte_loop() {
        let reference = |s: &str, a: usize, limit: usize| {
            let bytes = s.as_bytes();
            for (i, &c) in bytes.iter().enumerate().take(limit).skip(a) {
                let inside_number = c == b'.' && i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                if matches!(c, b'.' | b'\n' | b'!' | b'?') && !inside_number {
                    return i;
                }
            }
            limit
        };
        let pieces = [".", "?", "!", "\n", "1", "2.3", "a", "ệ", " ", "4.", ".5", "…"];
        let mut rng = vanban_plugin_sdk::testing::Rng(0xA076_1D64_78BD_642F);
        for _ in 0..3000 {
            let n = rng.below(16);
            let s: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
            let ends: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            for &a in &ends {
                for &limit in &ends {
                    assert_eq!(sentence_end(&s, a, limit), reference(&s, a, limit), "{s:?} {a} {limit}");
                }
            }
        }
    }
    use crate::stages::extract::text::digit_places;

    #[test]
    fn a_context_a_little_over_the_limit_is_kept_whole() {
        // Ten words, one of two syllables opening them: kept whole, not cut eight from the end.
        let f = run("Lũy tích từ đầu năm đến nay tỉnh ghi nhận 2.317 ca mắc, chưa có tử vong.");
        let c = f.iter().find(|f| f.value == 2317.0).expect("the count");
        assert_eq!(c.subject, "ca mắc (Lũy tích từ đầu năm đến nay tỉnh ghi nhận)");
    }

    #[test]
    fn a_sum_named_before_it_takes_that_name() {
        let f = run("Hội Chữ thập đỏ đã tặng 85 suất quà, mỗi suất trị giá 300.000 đồng, tổng trị giá 25,5 triệu đồng cho các gia đình khó khăn ở xã Tân Mỹ.");
        let total = f.iter().find(|f| f.value == 25.5).expect("the total");
        assert_eq!(total.subject, "triệu đồng (tổng trị giá)");
        assert_eq!(total.text, "25,5 triệu đồng");
        let each = f.iter().find(|f| f.value == 300000.0).expect("each");
        assert_eq!(each.subject, "đồng (mỗi suất trị giá)");
        let f = run("Trung tâm đã mua 12 máy phun hóa chất với tổng kinh phí hỗ trợ 180 triệu đồng từ nguồn ngân sách tỉnh.");
        let sum = f.iter().find(|f| f.value == 180.0).expect("the sum");
        assert_eq!(sum.subject, "triệu đồng (tổng kinh phí hỗ trợ)");
    }

    #[test]
    fn a_comma_listing_what_bit_stays_in_the_phrase() {
        let f = run("Trong quý, toàn huyện có 742 người bị chó, mèo cắn phải tiêm vắc xin phòng dại.");
        let c = f.iter().find(|f| f.value == 742.0).expect("the count");
        assert!(c.subject.starts_with("người bị chó, mèo cắn"), "{c:?}");
        let f = run("Trạm y tế đã khám cho 64 trẻ bị sốt, ho, khó thở kéo dài.");
        let c = f.iter().find(|f| f.value == 64.0).expect("the count");
        assert!(c.subject.starts_with("trẻ bị sốt, ho, khó thở"), "{c:?}");
        // A new clause after the comma is not the count's.
        let f = run("Vụ việc làm 9 người bị thương, phải chuyển lên tuyến trên.");
        let c = f.iter().find(|f| f.value == 9.0).expect("the count");
        assert!(!c.subject.contains("phải"), "{c:?}");
    }

    #[test]
    fn a_bare_number_after_a_label_with_a_link_or_a_plan_in_brackets_takes_the_label_unit() {
        let f = run("Các chỉ tiêu đều đạt. Số bác sĩ/vạn dân: 10,4 (kế hoạch 10). Số giường bệnh/vạn dân đạt 31,2.");
        let doctors = f.iter().find(|f| f.value == 10.4).expect("the doctors");
        assert_eq!(doctors.unit.as_deref(), Some("bác sĩ/vạn dân"));
        let beds = f.iter().find(|f| f.value == 31.2).expect("the beds");
        assert_eq!(beds.unit.as_deref(), Some("giường bệnh/vạn dân"));
        assert_eq!(beds.subject, "Số giường bệnh/vạn dân");
        // The plan in the bracket is no figure; a sentence that goes on past its number, or
        // a bracket it goes on after, gives none.
        assert!(f.iter().all(|f| f.value != 10.0), "{f:?}");
        assert!(run("Số ca mắc là 12 trong tuần qua.").iter().all(|f| f.value != 12.0));
        assert!(run("Số ca mắc: 12 (tuần trước 9) tại xã Tân Hòa.").iter().all(|f| f.value != 12.0));
        // "đạt" inside the label's words is no link for it.
        assert!(run("Số hiệu văn bản đạt 17.").is_empty());
    }

    #[test]
    fn a_group_word_after_trong_do_counts_in_the_unit_before() {
        let f = run("Trong tháng ghi nhận 64 ca sốt xuất huyết, tăng 12% so với cùng kỳ; trong đó 35 nam, 29 nữ.");
        let men = f.iter().find(|f| f.value == 35.0).expect("the men");
        assert_eq!(men.unit.as_deref(), Some("ca"));
        assert_eq!(men.subject, "ca sốt xuất huyết (nam)");
        let women = f.iter().find(|f| f.value == 29.0).expect("the women");
        assert_eq!(women.unit.as_deref(), Some("ca"));
        assert_eq!(women.subject, "ca sốt xuất huyết (nữ)");
        // Without "trong đó", or in the next sentence, the group is not the figure's part.
        let f = run("Trong tháng ghi nhận 64 ca sốt xuất huyết. Đoàn có 35 nam tham gia.");
        assert!(f.iter().find(|f| f.value == 35.0).is_none_or(|f| f.unit.as_deref() != Some("ca")), "{f:?}");
        // A share before is no whole of it.
        let f = run("Tỷ lệ tiêm chủng đạt 96%, trong đó 35 nam.");
        assert!(f.iter().find(|f| f.value == 35.0).is_none_or(|f| f.unit.as_deref() != Some("%")), "{f:?}");
    }

    #[test]
    fn a_numbered_place_is_no_figure() {
        let f = run("Ngày 14/9, phường 4 tổ chức ra quân diệt lăng quăng, khu phố 3 ra quân với 120 hộ gia đình.");
        assert!(f.iter().all(|f| f.value != 4.0 && f.value != 3.0), "{f:?}");
        assert!(f.iter().any(|f| f.value == 120.0), "{f:?}");
        // A count for each place, or a count of places, stays a figure.
        let f = run("Mỗi xã, phường 2 cán bộ chuyên trách; toàn huyện có 12 phường.");
        assert!(f.iter().any(|f| f.value == 2.0), "{f:?}");
        assert!(f.iter().any(|f| f.value == 12.0), "{f:?}");
    }

    #[test]
    fn a_sum_named_as_an_investment_takes_that_name() {
        let f = run("Công trình có tổng mức đầu tư 6,8 tỷ đồng từ nguồn vốn chương trình mục tiêu quốc gia.");
        let sum = f.iter().find(|f| f.value == 6.8).expect("the sum");
        assert_eq!(sum.subject, "tỷ đồng (tổng mức đầu tư)");
    }

    #[test]
    fn a_bare_number_after_a_count_label_takes_the_label_unit() {
        let f = run("2. Số bác sĩ/vạn dân: 9,6.\n3. Số ca tử vong mẹ: 0.");
        let ratio = f.iter().find(|f| f.value == 9.6).expect("the ratio");
        assert_eq!(ratio.unit.as_deref(), Some("bác sĩ/vạn dân"));
        assert_eq!(ratio.subject, "Số bác sĩ/vạn dân");
        let deaths = f.iter().find(|f| f.value == 0.0).expect("the deaths");
        assert_eq!(deaths.unit.as_deref(), Some("ca"));
        // A label naming no known unit, or a number the sentence goes on after, gives none.
        assert!(run("Số hiệu văn bản: 17.").is_empty());
        assert!(run("Số ca mắc: 12 trong tuần qua.").iter().all(|f| f.value != 12.0));
    }

    #[test]
    fn a_baseline_after_a_bracketed_restatement_is_the_change_baseline() {
        let f = run("Toàn huyện ghi nhận 624 ca mắc cúm, tăng 104 ca (tương đương 20%) so với tuần trước.");
        let c = f.iter().find(|f| f.value == 624.0).expect("the count");
        let change = c.change.as_ref().expect("the change");
        assert_eq!(change.value, 104.0);
        assert_eq!(change.baseline.as_deref(), Some("tuần trước"));
        assert!(f.iter().all(|f| f.value != 20.0), "{f:?}");
    }

    #[test]
    fn a_disease_written_with_commas_stays_whole_in_the_subject() {
        let f = run("Qua khám phát hiện 27 người mắc đái tháo đường, 5 ca tay, chân, miệng ở trẻ nhỏ.");
        let c = f.iter().find(|f| f.value == 5.0).expect("the count");
        assert!(c.subject.starts_with("ca tay, chân, miệng"), "{c:?}");
        assert!(!c.subject.contains("đái tháo đường"), "{c:?}");
    }

    #[test]
    fn a_part_in_brackets_names_what_the_whole_counts() {
        let f = run("- Khám bệnh: 2.486 lượt (BHYT 2.151 lượt), tăng 112 lượt so với tháng trước.");
        assert_eq!(f.len(), 2);
        assert_eq!(f[1].subject, "Khám bệnh (BHYT)");
        // The change after the bracket is the whole's, not the part's.
        assert_eq!(f[0].change.as_ref().map(|c| c.value), Some(112.0));
        assert!(f[1].change.is_none());
        assert_eq!(run("- Tiêm chủng: 412 trẻ (nữ 201 trẻ).")[1].subject, "Tiêm chủng (nữ)");
        assert_eq!(run("- Khám bệnh: 1.486 lượt (trong đó BHYT 1.151 lượt).")[1].subject, "Khám bệnh (BHYT)");
    }

    #[test]
    fn a_bracket_that_is_no_part_is_left_alone() {
        // A change inside the bracket is the part's own, and a clause in it names no part.
        let f = run("- Khám bệnh: 2.486 lượt (BHYT 2.151 lượt, tăng 80 lượt).");
        assert_eq!(f[1].change.as_ref().map(|c| c.value), Some(80.0));
        assert!(f[0].change.is_none());
        let f = run("Toàn huyện ghi nhận 58 ca (trong đó tháng 9 là 21 ca).");
        assert_ne!(f.last().map(|i| i.subject.as_str()), Some("ca (tháng 9 là)"));
        // Another unit in the bracket: no part.
        let f = run("- Xét nghiệm: 320 mẫu (dương tính 12 ca).");
        assert!(f.iter().all(|i| !i.subject.contains("Xét nghiệm (")));
    }

    #[test]
    fn each_part_of_a_list_after_trong_do_takes_the_whole() {
        let f = run("Trong tuần ghi nhận 162 ca sốt xuất huyết, trong đó: nam 88 ca, nữ 74 ca; trẻ em dưới 15 tuổi 39 ca.");
        let got: Vec<&str> = f.iter().map(|i| i.subject.as_str()).collect();
        assert_eq!(got, ["ca sốt xuất huyết", "ca sốt xuất huyết (nam)", "ca sốt xuất huyết (nữ)", "ca sốt xuất huyết (trẻ em dưới 15 tuổi)"]);
        // A new sentence ends the list.
        let f = run("Trong tuần ghi nhận 162 ca, trong đó nam 88 ca. Tại xã A 12 ca.");
        assert!(!f[2].subject.contains("(nam)") && f[2].subject != f[1].subject);
    }

    #[test]
    fn a_running_total_past_a_semicolon_counts_the_item() {
        let f = run("- Sốt xuất huyết: 27 ca, giảm 11 ca so với tháng 7; cộng dồn 214 ca.");
        assert_eq!(f[1].subject, "Sốt xuất huyết (cộng dồn)");
        // Past a semicolon a clause that is no total keeps its own words.
        let f = run("- Sốt xuất huyết: 27 ca; tại xã Hòa An 5 ca.");
        assert!(!f[1].subject.starts_with("Sốt xuất huyết ("));
    }

    #[test]
    fn a_bracket_of_the_other_kind_is_no_part() {
        let f = run("Bệnh viện có 650 giường kế hoạch (thực kê 780 giường).");
        assert_eq!(f[1].subject, "giường thực kê");
        // A part of its own kind stays a part.
        assert_eq!(run("- Điều trị nội trú: 402 lượt (trẻ em 88 lượt).")[1].subject, "Điều trị nội trú (trẻ em)");
    }

    #[test]
    fn a_count_per_population_after_its_unit() {
        let f = run("Tỷ lệ mắc sốt xuất huyết cộng dồn là 46,2 ca trên 100.000 dân.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].unit.as_deref(), Some("ca/100.000 dân"));
        // "trên" before a number that is no population keeps both figures.
        let f = run("Có 12 ca trên 45 xã.");
        assert!(f.iter().all(|i| i.unit.as_deref() != Some("ca/45 xã")));
    }

    #[test]
    fn a_sum_per_a_thing_is_named_as_a_sum() {
        let f = run("Chi phí khám chữa bệnh bình quân là 285.000 đồng/lượt.");
        assert_eq!(f[0].subject, "Chi phí khám chữa bệnh bình quân");
        assert!(is_money("đồng/người/tháng") && is_money("tỷ đồng") && !is_money("lượt/ngày"));
    }

    #[test]
    fn a_field_of_where_names_no_figure() {
        assert_eq!(run("Địa điểm: 9 trạm y tế và 5 điểm tiêm.")[0].subject, "trạm y tế");
        // A label that names what is counted stays.
        assert_eq!(run("Điểm tiêm: 9 trạm y tế.")[0].subject, "Điểm tiêm");
    }

    fn run(s: &str) -> Vec<Indicator> {
        let mut warnings = Vec::new();
        let dates = super::super::dates::find(s, &digit_places(s), &super::super::YearContext { year: Some(2025), published: None, written: None, today: None, title_period: None, plan_year: false, reviewed_year: None }, &mut warnings);
        run_with_dates(s, &dates)
    }

    fn run_with_dates(s: &str, dates: &[Hit]) -> Vec<Indicator> {
        let lower = lower_same_len(s);
        let names: Vec<(usize, usize)> = super::super::orgs::find(s, &lower, &[]).iter().map(|h| (h.start, h.end)).collect();
        let claimed: Vec<(usize, usize)> = dates.iter().map(|h| (h.start, h.end)).collect();
        find(s, &lower, &digit_places(s), &Offsets::new(s), &claimed, &names, &super::super::diseases::find(s), dates, None)
    }

    /// Texts with numbers in every shape, and digits of other scripts.
    const NUMBER_TEXTS: &[&str] = &[
        "", "1", "a1b", "15.740 ca, 52,92%; 1.234,5 và 0299.3822339", "1..2 3,,4 5.,6 7. 8, .9 ,0",
        "x 12.345.678,90 y 1.2.3 z 12,3,4", "٣.٤ và ١٢٣٤ و ۱۲,۵ ; １２ ; ၁၂ ; 𝟙𝟚 ; ²³ ½ Ⅻ", "năm 2025: 3,5 tỷ đồng; Điều 5",
        "1234.567 01 0,5 00,5 1.234 1.23 12.3456", "9٣٤.١", "ệ1ệ ế.2 ỹ,3",
    ];

    #[test]
    fn number_spans_agree_with_the_regex() {
        let re = Regex::new(r"\d+(?:[.,]\d+)*").unwrap();
        for s in NUMBER_TEXTS {
            let want: Vec<(usize, usize)> = re.find_iter(s).map(|m| (m.start(), m.end())).collect();
            assert_eq!(number_spans(s, &digit_places(s)).collect::<Vec<_>>(), want, "{s:?}");
        }
    }

    #[test]
    fn last_blank_line_agrees_with_rfind() {
        for s in ["", "\n", "\n\n", "\n\n\n", "a\n\nb\n\nc", "a\nb\n", "ấ\n\nế\n", "x\n\n\n\ny", "\n\nz\nq"] {
            assert_eq!(last_blank_line(s), s.rfind("\n\n"), "{s:?}");
        }
    }

    #[test]
    fn parse_number_agrees_with_the_regex() {
        let re = Regex::new(r"^(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)$").unwrap();
        let reference = |s: &str| re.is_match(s).then(|| s.replace('.', "").replace(',', ".").parse::<f64>().ok()).flatten();
        for s in NUMBER_TEXTS {
            for m in Regex::new(r"[\d.,]+").unwrap().find_iter(s) {
                assert_eq!(parse_number(m.as_str()), reference(m.as_str()), "{:?}", m.as_str());
            }
        }
        for s in ["1234", "1.234", "12.345.678", "1.23", "1234.567", "1.234,", ",5", "1,2,3", "٣", "1,٣", "", "."] {
            assert_eq!(parse_number(s), reference(s), "{s:?}");
        }
        // The exact values agree with the float parser bit for bit, up to 15 digits and past them.
        let mut rng = vanban_plugin_sdk::testing::Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..200_000 {
            let whole: String = (0..1 + rng.below(9)).map(|_| char::from(b'0' + rng.below(10) as u8)).collect();
            let decimals: String = (0..rng.below(10)).map(|_| char::from(b'0' + rng.below(10) as u8)).collect();
            let s = if decimals.is_empty() { whole } else { format!("{whole},{decimals}") };
            assert_eq!(parse_number(&s).map(f64::to_bits), reference(&s).map(f64::to_bits), "{s:?}");
        }
    }

    #[test]
    fn ends_with_word_looks_at_the_last_25_chars() {
        let reference = |head: &str, w: &str| {
            let from = head.char_indices().rev().nth(24).map(|(i, _)| i).unwrap_or(0);
            let t = head[from..].trim_end();
            let Some(cut) = t.len().checked_sub(w.len()) else { return false };
            if !t.is_char_boundary(cut) || !lower_eq(&t[cut..], w) {
                return false;
            }
            !t[..cut].chars().next_back().map(lower_char).is_some_and(is_alnum)
        };
        let words = ["so với", "so", "tăng", "cao hơn", "là", "ở mức", "đạt"];
        for base in ["tỷ lệ đạt", "ĐẠT", "xđạt", "Tăng ", "cao  hơn", "so", "năm trước so với", "kết quả ở mức  "] {
            for pad in 0..30 {
                for lead in ["", "a", "ă", "Ba bệnh viện x"] {
                    let head = format!("{lead}{base}{}", " ".repeat(pad));
                    for w in words {
                        assert_eq!(ends_with_word(&head, w), reference(&head, w), "{head:?} {w:?}");
                    }
                }
            }
        }
        for n in 0..40 {
            let head = format!("{}đạt   ", "ă ".repeat(n));
            for cut in 0..head.len() {
                if head.is_char_boundary(cut) {
                    assert_eq!(ends_with_word(&head[cut..], "đạt"), reference(&head[cut..], "đạt"), "{:?}", &head[cut..]);
                }
            }
        }
    }

    /// Texts strung together from pieces that meet the edges of the patterns replaced by code.
    fn generated_texts(pieces: &[&str]) -> Vec<String> {
        vanban_plugin_sdk::testing::Rng(0x2545_F491_4F6C_DD1D).texts(pieces, 20_000, 10)
    }

    #[test]
    fn range_upper_agrees_with_the_regex() {
        let re = Regex::new(r"^[\s&&[^\n\t]]*(?:[-–]|đến|tới)[\s&&[^\n\t]]*(\d+(?:[.,]\d+)*)").unwrap();
        let pieces = [" ", "  ", "\u{a0}", "\n", "\t", "-", "–", "—", "đến", "tới", "Đến", "tớ", "12", "5", ".", ",", "3,5", "1.200", "٣", "a", "%", "x"];
        let mut seen = 0;
        for t in generated_texts(&pieces) {
            let want = re.captures(&t).and_then(|c| c.get(1)).map(|g| (g.start(), g.end()));
            assert_eq!(range_upper(&t, 0), want, "{t:?}");
            seen += usize::from(want.is_some());
        }
        assert!(seen > 500, "{seen}");
    }

    #[test]
    fn baseline_agrees_with_the_regex() {
        let re = Regex::new(r"^\s*(?:[\p{L}]+\s+)?(?:so với|so)\s+([^,;.()\n]+)").unwrap();
        let pieces = [
            " ", "  ", "\n", "\t", "\u{a0}", "so", "so với", "với", "s", "o", "cùng kỳ", "năm", "2023", "tăng", "Ấ", "ǅ", "ʰ", "\u{300}",
            "²", "Ⅻ", ",", ";", ".", "(", ")", "-", "x", "SO", "so  với", "\n\n",
        ];
        let mut seen = 0;
        for t in generated_texts(&pieces) {
            let want = re.captures(&t).and_then(|c| c.get(1)).map(|g| (g.start(), g.end()));
            assert_eq!(baseline(&t), want, "{t:?}");
            seen += usize::from(want.is_some());
        }
        assert!(seen > 1000, "{seen}");
    }

    #[test]
    fn letters_agree_with_the_regex() {
        let re = Regex::new(r"^\p{L}$").unwrap();
        for u in (0..0x2200).chain(0x3000..0x3100) {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(is_letter(c), re.is_match(c.encode_utf8(&mut [0; 4])), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn subject_keys_agree_with_rfind() {
        let pieces = ["tỷ lệ", "tỷ", " lệ", "tổng số", "tổng", "số lượng", "số ", "số", " ", "x", "lượng", "ố", "tỷ lệ số ", "công suất", "suất"];
        for t in generated_texts(&pieces) {
            let want = ["tỷ lệ", "tổng số", "số lượng", "số ", "công suất", "tỷ suất"].iter().filter_map(|k| t.rfind(k)).max();
            if !t.contains("tỷ số ") {
                assert_eq!(subject_key(&t), want, "{t:?}");
            }
        }
    }

    #[test]
    fn a_count_word_inside_another_word_opens_no_subject() {
        let subjects: Vec<String> = ["Tỷ số giới tính khi sinh là 112,4 bé trai/100 bé gái.", "Chỉ số nhà có bọ gậy là 21,5%.", "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 91,2%."]
            .iter()
            .flat_map(|s| run(s))
            .map(|i| i.subject)
            .collect();
        assert_eq!(subjects, ["Tỷ số giới tính khi sinh", "Chỉ số nhà có bọ gậy", "Tỷ lệ dân số tham gia bảo hiểm y tế"]);
    }

    #[test]
    fn a_change_with_its_time_before_a_link() {
        let found = run("Tỷ lệ trẻ được khám đạt 81,2%, thấp hơn quý II/2026 là 1,4 điểm phần trăm.");
        let change = found[0].change.as_ref().map(|c| (c.direction.as_str(), c.value, c.baseline.as_deref()));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(change, Some(("decrease", 1.4, Some("quý II/2026"))));
        let found = run("Hiện quản lý 96 bệnh nhân. Con số này cao hơn cùng kỳ năm trước 11 người.");
        let change = found[0].change.as_ref().map(|c| (c.direction.as_str(), c.value, c.baseline.as_deref()));
        assert_eq!(change, Some(("increase", 11.0, Some("cùng kỳ năm trước"))), "{found:?}");
        // No time compared with: "tăng cường … là" is no change.
        assert_eq!(run("Giải pháp tăng cường giám sát là 3 đợt kiểm tra.").iter().filter(|f| f.change.is_some()).count(), 0);
    }

    #[test]
    fn points_of_a_percentage_change_the_share_not_its_count() {
        let found = run("Toàn tỉnh có 12.406 trẻ được tiêm chủng đầy đủ, đạt 95,1%, tăng 1,7 điểm phần trăm so với cùng kỳ.");
        let changes: Vec<Option<f64>> = found.iter().map(|f| f.change.as_ref().map(|c| c.value)).collect();
        assert_eq!(changes, [None, Some(1.7)], "{found:?}");
    }

    #[test]
    fn up_to_now_after_a_year_before_counts_to_today() {
        let s = "Năm 2024, tỷ lệ tiêm đạt 86,4%. Từ đầu năm 2025 đến nay ghi nhận 17 trường hợp.";
        let mut warnings = Vec::new();
        let ctx = super::super::YearContext { year: Some(2025), published: Some((2025, 11, 12)), written: None, today: Some((2025, 11, 12)), title_period: None, plan_year: false, reviewed_year: None };
        let dates = super::super::dates::find(s, &digit_places(s), &ctx, &mut warnings);
        let found = run_with_dates(s, &dates);
        let period = found[1].period.as_ref().map(|p| (p.start.as_str(), p.end.as_str()));
        assert_eq!(period, Some(("2025-01-01", "2025-11-12")), "{found:?}");
    }

    #[test]
    fn a_share_in_brackets_is_of_the_figure_before_and_a_reason_is_no_subject() {
        let found = run("Trong quý có 310 trẻ được sinh ra, trong đó 12 trẻ có cân nặng dưới 2.500 gram (chiếm 3,9%).");
        assert_eq!(found[2].subject, found[1].subject, "{found:?}");
        let found = run("Đoàn đã lấy 210 mẫu, 9 mẫu không đạt (4,3%).");
        assert_eq!(found[2].subject, found[1].subject, "{found:?}");
        let found = run("Các xã có tỷ lệ thấp như Ea Sol (78,2%), Ia Lốp (80,1%).");
        assert_eq!(found[1].subject, "Ia Lốp", "{found:?}");
        let found = run("Riêng xã Tân Lập đạt 90,2% do nhiều trẻ theo gia đình đi làm ăn xa.");
        assert!(!found[0].subject.contains("làm ăn"), "{found:?}");
    }

    #[test]
    fn the_reason_for_a_fine_is_not_what_the_sum_counts() {
        let found = run("Cửa hàng ăn uống Minh Tâm bị phạt 8.500.000 đồng do không có giấy chứng nhận đủ điều kiện.");
        assert_eq!(found[0].unit.as_deref(), Some("đồng"), "{found:?}");
        assert!(!found[0].subject.contains("giấy chứng nhận"), "{found:?}");
        assert!(!found[0].text.contains(" do "), "{found:?}");
    }

    #[test]
    fn a_sentence_pointing_back_at_the_figure_holds_its_change() {
        let found = run("Trong tháng, khoa tiếp nhận 186 trẻ mắc cúm. Con số này tăng 24 ca so với tháng 10/2025 và gấp đôi cùng kỳ năm 2024.");
        let change = found[0].change.as_ref().map(|c| (c.value, c.baseline.as_deref()));
        assert_eq!(change, Some((24.0, Some("tháng 10/2025"))), "{found:?}");
    }

    #[test]
    fn a_count_after_a_number_of_months() {
        let found = run("Trong tháng ghi nhận 32 ca, cộng dồn 11 tháng 618 ca, tăng 104 ca so với cùng kỳ.");
        let got: Vec<(f64, Option<f64>)> = found.iter().map(|f| (f.value, f.change.as_ref().map(|c| c.value))).collect();
        assert_eq!(got, [(32.0, None), (618.0, Some(104.0))], "{found:?}");
    }

    #[test]
    fn counts_in_words() {
        assert!(run("Bác sĩ trực một ca trực 24 giờ.").is_empty());
        let found = run("Trong tháng có bảy trường hợp tử vong và mười hai bệnh nhân thở máy, một ca. Năm nay, ba bên cùng ký kết; hai tháng đầu năm. Đó là một bệnh nhân nam.");
        let got: Vec<(f64, Option<&str>)> = found.iter().map(|f| (f.value, f.unit.as_deref())).collect();
        assert_eq!(got, [(7.0, Some("trường hợp")), (12.0, Some("bệnh nhân")), (1.0, Some("ca"))], "{found:?}");
    }

    #[test]
    fn hundreds_and_thousands_in_words() {
        let found = run("Đoàn đã khám cho hơn một nghìn người dân, khoảng ba trăm học sinh và hai nghìn lượt người. Trong năm trăm năm qua.");
        let got: Vec<(f64, Option<&str>, Option<&str>)> = found.iter().map(|f| (f.value, f.unit.as_deref(), f.qualifier.as_deref())).collect();
        assert_eq!(got, [(1000.0, Some("người dân"), Some("hơn")), (300.0, Some("học sinh"), Some("khoảng")), (2000.0, Some("lượt"), None)], "{found:?}");
    }

    #[test]
    fn a_count_stops_before_the_subject_of_the_next_figure() {
        let found = run("Đoàn đã xử phạt 12 cơ sở với tổng số tiền phạt là 45 triệu đồng. Bác sĩ tư vấn cho 30 người tiếp xúc với bệnh nhân.");
        let got: Vec<&str> = found.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(got, ["12 cơ sở", "45 triệu đồng", "30 người tiếp xúc với bệnh nhân"], "{found:?}");
    }

    #[test]
    fn a_share_of_plan_after_a_change() {
        let found = run("Bệnh viện đã khám cho 2.400 lượt người bệnh, tăng 5,2% so với cùng kỳ, đạt 96% kế hoạch.");
        let share = found.iter().find(|f| f.value == 96.0).expect("the share");
        assert!(share.subject.starts_with("lượt người bệnh") && share.subject.contains("kế hoạch"), "{found:?}");
    }

    #[test]
    fn a_share_after_a_phrase_in_brackets_is_of_the_figure_before() {
        let found = run("Đã tiêm 2.905 liều vắc xin phòng bại liệt (IPV) cho trẻ dưới 1 tuổi, đạt tỷ lệ 98,6%.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].subject, found[0].subject, "{found:?}");
    }

    #[test]
    fn a_rate_per_thousand() {
        let found = run("Tỷ suất sinh thô năm 2026 ước đạt 15,2‰, giảm 0,3‰ so với năm 2025.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].value, found[0].unit.as_deref()), (15.2, Some("‰")));
        let change = found[0].change.as_ref().expect("a change");
        assert_eq!((change.value, change.unit.as_deref()), (0.3, Some("‰")));
    }

    #[test]
    fn birth_rates_and_estimates_name_their_subject() {
        let found = run("Tỷ suất sinh thô năm 2026 ước đạt 15,2‰. Tỷ lệ tiêm chủng ước đạt 95%.");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(subjects, ["Tỷ suất sinh thô năm 2026", "Tỷ lệ tiêm chủng"], "{found:?}");
    }

    #[test]
    fn a_breakdown_by_place() {
        let found = run("Các ca bệnh phân bố tại xã Tân Lộc 12 ca; xã Phú Mỹ 7 ca; phường Đông Sơn 5 trường hợp.");
        assert_eq!(found.iter().map(|f| f.value).collect::<Vec<_>>(), [12.0, 7.0, 5.0], "{found:?}");
        let found = run("Trong đó, xã Tân Lộc đạt 96,2%, xã Phú Mỹ đạt 91%, phường Đông Sơn đạt 88,5%.");
        let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(subjects, ["xã Tân Lộc", "xã Phú Mỹ", "phường Đông Sơn"]);
        // A name's number counts nothing.
        assert!(run("Trạm Y tế Phú Mỹ 2 tiếp nhận bệnh nhân.").is_empty());
    }

    #[test]
    fn a_change_after_a_semicolon_that_only_compares() {
        let found = run("Cộng dồn từ đầu năm: 4.318 ca; so với cùng kỳ năm 2024 giảm 9,6%. Tháng 6 có 86 ca; tăng 12 ca so với tháng trước.");
        let change = |i: usize| found[i].change.as_ref().map(|c| (c.direction.as_str(), c.value, c.unit.as_deref(), c.baseline.as_deref()));
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(change(0), Some(("decrease", 9.6, Some("%"), Some("cùng kỳ năm 2024"))));
        assert_eq!(change(1), Some(("increase", 12.0, Some("ca"), Some("tháng trước"))));
        // A clause naming a subject of its own keeps its change.
        let found = run("Toàn tỉnh có 420 ca; tỷ lệ tử vong giảm 0,2%.");
        assert!(found.iter().all(|f| f.change.is_none()), "{found:?}");
        // Nor is a change after a list of figures any one's.
        let found = run("Cộng dồn: 2.104 ca, 2 ca tử vong; so với cùng kỳ giảm 4,1%.");
        assert!(found.iter().all(|f| f.change.is_none()), "{found:?}");
    }

    #[test]
    fn a_change_in_the_next_sentence_naming_what_was_counted() {
        let got = run("Từ đầu tháng, toàn tỉnh ghi nhận 584 ca sốt xuất huyết. Số ca mắc tăng 2,1 lần so với cùng kỳ năm 2025. Số xã có dịch giảm 3 xã.");
        let c = got[0].change.as_ref().expect("change");
        assert_eq!((c.direction.as_str(), c.value, c.unit.as_deref(), c.baseline.as_deref()), ("increase", 2.1, Some("lần"), Some("cùng kỳ năm 2025")));
        let got = run("Toàn tỉnh ghi nhận 584 ca sốt xuất huyết. Tỷ lệ tiêm chủng giảm 3%.");
        assert!(got[0].change.is_none(), "another subject's change");
        let got = run("Toàn tỉnh ghi nhận 584 ca sốt xuất huyết. Số cán bộ y tế giảm 3 người.");
        assert!(got[0].change.is_none(), "a word that opens with the unit's letters");
        let got = run("Trong quý, ghi nhận 214 ca sốt xuất huyết; có 2 ca tử vong. Số ca mắc tay chân miệng giảm 15 ca so với quý trước.");
        assert!(got.iter().all(|i| i.change.is_none()), "the change is of another disease: {got:?}");
        let got = run("Toàn tỉnh ghi nhận 584 ca mắc sốt xuất huyết. Số ca mắc mới tăng 12 ca so với tuần trước.");
        assert_eq!(got[0].change.as_ref().map(|c| c.value), Some(12.0), "{got:?}");
    }

    #[test]
    fn a_multiple_in_words_is_a_change() {
        let got = run("Trong hai tháng đầu năm, toàn tỉnh ghi nhận 146 ca mắc sởi, gấp đôi so với cùng kỳ năm 2025; 12 ca tử vong, tăng gấp ba cùng kỳ.");
        let changes: Vec<(f64, Option<(String, f64, Option<String>, Option<String>)>)> = got
            .iter()
            .map(|i| (i.value, i.change.as_ref().map(|c| (c.direction.clone(), c.value, c.unit.clone(), c.baseline.clone()))))
            .collect();
        let want = [
            (146.0, Some(("increase".to_string(), 2.0, Some("lần".to_string()), Some("cùng kỳ năm 2025".to_string())))),
            (12.0, Some(("increase".to_string(), 3.0, Some("lần".to_string()), Some("cùng kỳ".to_string())))),
        ];
        assert_eq!(changes, want);
    }

    #[test]
    fn a_label_under_a_diseases_heading_counts_that_disease() {
        let s = "1. Sốt xuất huyết\n\n- Trong tuần: 58 ca\n- Cộng dồn: 1.210 ca\n\n2. Tay chân miệng\n\n- Trong tuần: 36 ca\n- Số xã có ổ dịch: 4 xã";
        let hits = crate::stages::extract::diseases::find(s);
        let subjects: Vec<String> = find(s, &lower_same_len(s), &digit_places(s), &Offsets::new(s), &[], &[], &hits, &[], None).into_iter().map(|i| i.subject).collect();
        assert_eq!(subjects, ["Trong tuần – Sốt xuất huyết", "Cộng dồn – Sốt xuất huyết", "Trong tuần – Tay chân miệng", "Số xã có ổ dịch"]);
    }

    #[test]
    fn numbers_in_vietnamese_format() {
        assert_eq!(parse_number("15.740"), Some(15740.0));
        assert_eq!(parse_number("52,92"), Some(52.92));
        assert_eq!(parse_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_number("0299.3822339"), None);
    }

    #[test]
    fn count_with_disease_and_change() {
        let got = run("Toàn tỉnh ghi nhận 412 trường hợp mắc sốt xuất huyết, giảm 37 ca so với cùng kỳ năm 2022, không có tử vong.");
        assert_eq!(got.len(), 1);
        let i = &got[0];
        assert_eq!((i.value, i.unit.as_deref()), (412.0, Some("trường hợp")));
        assert_eq!(i.subject, "trường hợp mắc sốt xuất huyết");
        let c = i.change.as_ref().expect("change");
        assert_eq!((c.direction.as_str(), c.value, c.unit.as_deref()), ("decrease", 37.0, Some("ca")));
        assert_eq!(c.baseline.as_deref(), Some("cùng kỳ năm 2022"));
    }

    #[test]
    fn a_phrase_does_not_end_on_a_word_that_leads_into_the_next_figure_or_date() {
        let got = run("Các trạm đã tổ chức 12 đợt phun hóa chất diệt muỗi tại 7 ổ dịch.");
        assert_eq!(got[0].subject, "đợt phun hóa chất diệt muỗi");
        assert_eq!(got[0].text, "12 đợt phun hóa chất diệt muỗi");
        let got = run("Cấp phát 3.500 viên Cloramin B cho các xã vùng lũ trước ngày 25/10/2025.");
        assert_eq!(got[0].subject, "viên Cloramin B cho các xã vùng lũ");
        // A content word after the preposition keeps it inside the phrase.
        let got = run("Đã cấp 400 liều vắc xin cho trẻ em.");
        assert_eq!(got[0].subject, "liều vắc xin cho trẻ em");
        let got = run("Phòng khám tiếp nhận 300 lượt khám mỗi ngày.");
        assert_eq!(got[0].subject, "lượt khám mỗi ngày");
        // Nor does the lead of the figure after it.
        let got = run("Các trạm đã tổ chức 12 đợt phun hóa chất diệt muỗi tại 7 ổ dịch.");
        assert_eq!(got[1].subject, "ổ dịch (phun hóa chất diệt muỗi)");
    }

    /// Each figure's value and period, with the dates and periods of `s` read in 2025.
    fn periods_of(s: &str) -> Vec<(f64, Option<(String, String)>)> {
        let year = super::super::dates::YearContext { year: Some(2025), published: None, written: None, today: None, title_period: None, plan_year: false, reviewed_year: None };
        let dates = super::super::dates::find(s, &digit_places(s), &year, &mut Vec::new());
        let got = find(s, &lower_same_len(s), &digit_places(s), &Offsets::new(s), &[], &[], &[], &dates, None);
        got.into_iter().map(|i| (i.value, i.period.map(|p| (p.start, p.end)))).collect()
    }

    fn span(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn a_lists_items_are_of_the_period_its_lead_names() {
        let s = "Trong tháng 5/2025, toàn huyện ghi nhận các bệnh như sau:\n- Sốt xuất huyết: 46 ca (tăng 12 ca so với tháng 4), lũy kế từ đầu năm 213 ca;\n- Sởi: 3 ca.";
        let may = span("2025-05-01", "2025-05-31");
        assert_eq!(periods_of(s), [(46.0, may.clone()), (213.0, span("2025-01-01", "2025-05-31")), (3.0, may)]);
        // Not without a lead ending with a colon.
        let s = "Toàn huyện ghi nhận 9 ca trong tháng 5/2025.\n- Sởi: 3 ca.";
        assert_eq!(periods_of(s)[1], (3.0, None));
    }

    /// Each figure's value and period, as in a report whose title names `reported`.
    fn reported_periods_of(s: &str, reported: &DateRange) -> Vec<(f64, Option<(String, String)>)> {
        let year = super::super::dates::YearContext { year: Some(2025), published: None, written: None, today: None, title_period: Some(reported.clone()), plan_year: false, reviewed_year: None };
        let dates = super::super::dates::find(s, &digit_places(s), &year, &mut Vec::new());
        let got = find(s, &lower_same_len(s), &digit_places(s), &Offsets::new(s), &[], &[], &[], &dates, Some(reported));
        got.into_iter().map(|i| (i.value, i.period.map(|p| (p.start, p.end)))).collect()
    }

    #[test]
    fn a_reports_figures_without_a_period_are_of_its_titles() {
        let october = DateRange { start: "2025-10-01".into(), end: "2025-10-31".into() };
        let s = "Trong tháng, toàn huyện ghi nhận 23 ca sốt xuất huyết. Bệnh viện có 420 giường. Quý III/2025 khám 9.000 lượt.";
        let oct = span("2025-10-01", "2025-10-31");
        assert_eq!(reported_periods_of(s, &october), [(23.0, oct.clone()), (420.0, oct), (9000.0, span("2025-07-01", "2025-09-30"))]);
        // A figure after a sentence with a period of its own is the report's, not that one's.
        let s = "Trong quý III/2025, bệnh viện khám 9.000 lượt.\n\nBệnh viện có 420 giường.";
        assert_eq!(reported_periods_of(s, &october)[1], (420.0, span("2025-10-01", "2025-10-31")));
    }

    #[test]
    fn a_period_that_opens_a_paragraph_frames_its_figures() {
        let s = "Năm 2024, toàn tỉnh ghi nhận 146 ca sởi. Tỷ lệ tiêm chủng đạt 84,7%.\n\nBệnh viện có 420 giường.";
        let year = span("2024-01-01", "2024-12-31");
        assert_eq!(periods_of(s), [(146.0, year.clone()), (84.7, year), (420.0, None)]);
        // Not a period met in the middle of a sentence.
        let s = "Bệnh viện đã khám 9.000 lượt trong quý III/2025. Tỷ lệ chuyển tuyến là 1,9%.";
        assert_eq!(periods_of(s)[1], (1.9, None));
    }

    #[test]
    fn a_clause_under_a_target_label_is_a_target() {
        for s in ["Chỉ tiêu năm 2026: tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm còn 17,5%.", "Chỉ tiêu năm 2026: tỷ lệ trẻ suy dinh dưỡng thể thấp còi dưới 17,5%."] {
            let got = run(s);
            assert_eq!(got, [], "{got:?}");
        }
        let got = run("Kết quả thực hiện chỉ tiêu: tỷ lệ trẻ suy dinh dưỡng thể thấp còi là 17,5%.");
        assert_eq!(got.iter().map(|i| i.value).collect::<Vec<_>>(), [17.5], "a result of the target is read");
    }

    #[test]
    fn a_sum_is_named_by_the_first_money_word_of_its_clause() {
        let got = run("Kinh phí hỗ trợ từ ngân sách huyện là 1,8 tỷ đồng.");
        assert_eq!(got.iter().map(|i| i.subject.as_str()).collect::<Vec<_>>(), ["Kinh phí hỗ trợ từ ngân sách huyện"], "{got:?}");
    }

    #[test]
    fn a_programme_named_for_its_targets_plans_nothing() {
        let got = run("Tổng kinh phí thực hiện các chương trình mục tiêu y tế trong tháng là 3,8 tỷ đồng.");
        assert_eq!(got.iter().map(|i| (i.value, i.unit.as_deref())).collect::<Vec<_>>(), [(3.8, Some("tỷ đồng"))], "{got:?}");
        let got = run("Mục tiêu của chương trình là 95% trẻ được tiêm đủ mũi.");
        assert_eq!(got, [], "a target is still no result");
    }

    #[test]
    fn a_period_after_a_lead_clause_frames_its_figures() {
        let s = "Theo báo cáo, trong tháng 9/2025, toàn tỉnh ghi nhận 215 ca sốt xuất huyết. Số ca tử vong là 3 ca.";
        let sept = span("2025-09-01", "2025-09-30");
        assert_eq!(periods_of(s), [(215.0, sept.clone()), (3.0, sept)]);
        // A lead holding a figure is a clause of its own: the period is met in mid-sentence.
        let s = "Bệnh viện khám 9.000 lượt, trong quý III/2025 tăng mạnh. Tỷ lệ chuyển tuyến là 1,9%.";
        assert_eq!(periods_of(s).last(), Some(&(1.9, None)));
        // Nor one that closes its sentence after a comma.
        let s = "Sở Y tế đã kiểm tra, đánh giá chất lượng khám, chữa bệnh năm 2024. Tỷ lệ giường bệnh đạt 41,3 giường/10.000 dân.";
        assert_eq!(periods_of(s).last(), Some(&(41.3, None)));
    }

    #[test]
    fn a_bracketed_figure_of_an_earlier_time_is_the_baseline() {
        let got = run("Trong tháng ghi nhận 23 ca sốt xuất huyết (cùng kỳ: 41 ca), 12 ca tay chân miệng (cùng kỳ năm 2024: 9 ca).");
        let view: Vec<(f64, Option<(&str, f64, Option<&str>)>)> = got
            .iter()
            .map(|i| (i.value, i.change.as_ref().map(|c| (c.direction.as_str(), c.value, c.baseline.as_deref()))))
            .collect();
        assert_eq!(view, [(23.0, Some(("decrease", 18.0, Some("cùng kỳ: 41 ca")))), (12.0, Some(("increase", 3.0, Some("cùng kỳ năm 2024: 9 ca"))))]);
        // A rate's change is in points; a named month keeps its own figure.
        let got = run("Công suất giường bệnh đạt 92,1% (tháng 9: 88,5%).");
        assert_eq!(got.len(), 2);
        let change = got[0].change.as_ref().unwrap();
        assert_eq!((change.value, change.unit.as_deref()), (3.6, Some("điểm phần trăm")));
        // Without a colon after "cùng kỳ".
        let got = run("Tỷ lệ sinh con thứ ba là 45,8% (cùng kỳ 51,2%).");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].change.as_ref().map(|c| (c.direction.as_str(), c.value)), Some(("decrease", 5.4)));
        // A plan in brackets is no baseline, nor is a figure of another unit.
        let got = run("Khám 1.200 lượt (kế hoạch: 1.000 lượt), điều trị 40 ca (cùng kỳ: 52 lượt).");
        assert!(got.iter().all(|i| i.change.is_none()), "{got:?}");
    }

    #[test]
    fn a_count_changes_the_figure_of_its_unit() {
        let got = run("Toàn tỉnh xảy ra 5 vụ ngộ độc thực phẩm với 213 người mắc, tăng 2 vụ so với cùng kỳ.");
        let view: Vec<(f64, Option<f64>)> = got.iter().map(|i| (i.value, i.change.as_ref().map(|c| c.value))).collect();
        assert_eq!(view, [(5.0, Some(2.0)), (213.0, None)]);
        // With no figure of its unit, the change is the last figure's, as before.
        let got = run("Khám 9.120 lượt người, tăng 410 lượt so với tháng trước.");
        assert_eq!(got[0].change.as_ref().map(|c| c.value), Some(410.0));
    }

    #[test]
    fn small_counts_written_with_a_zero_are_figures() {
        let got = run("Ghi nhận 03 trường hợp tử vong (cùng kỳ: 01 trường hợp); xử phạt 02 cơ sở. Gọi 0912 345 678, ngày 05/7, mã 007.");
        let view: Vec<(f64, Option<&str>)> = got.iter().map(|i| (i.value, i.unit.as_deref())).collect();
        assert_eq!(view, [(3.0, Some("trường hợp")), (2.0, Some("cơ sở"))]);
        assert_eq!(got[0].change.as_ref().map(|c| c.value), Some(2.0));
    }

    #[test]
    fn what_is_planned_asked_for_or_proposed_is_no_result() {
        for text in [
            "Tỷ lệ tiêm phòng đạt 54,2%, thấp hơn nhiều so với yêu cầu tối thiểu 70% tổng đàn.",
            "Tỷ lệ bao phủ đạt 54,2%, thấp hơn so với yêu cầu (trên 70%).",
            "Bệnh viện đạt 54,2%. Phòng Kế hoạch đề xuất kê thêm 40 giường bệnh.",
            "Bệnh viện đạt 54,2%. Tổng kinh phí dự kiến 2,35 tỷ đồng.",
            "Bệnh viện đạt 54,2%. Ông Sơn đề nghị bệnh viện phấn đấu giảm công suất giường bệnh xuống dưới 110% vào cuối năm.",
        ] {
            assert_eq!(run(text).iter().map(|i| i.value).collect::<Vec<_>>(), [54.2], "{text}");
        }
        assert_eq!(run("Đã phát hiện 1.132 bệnh nhân (kế hoạch: 1.300 bệnh nhân).").len(), 1);
        // Thresholds and forecasts are no results either.
        for text in [
            "Tỷ lệ dương tính đạt 54,2%, vượt ngưỡng cảnh báo 10%.",
            "Tỷ lệ tiêm đạt 54,2%, chưa đạt tỷ lệ 70% theo kế hoạch.",
            "Số ca mắc là 54,2%; dự báo thời gian tới có thể tăng thêm 30%.",
            "Tỷ lệ bao phủ đạt 54,2%, cần tối thiểu 90% để tạo miễn dịch cộng đồng.",
        ] {
            assert_eq!(run(text).iter().map(|i| i.value).collect::<Vec<_>>(), [54.2], "{text}");
        }
        assert_eq!(run("Tỷ lệ người bệnh có tải lượng vi rút dưới ngưỡng ức chế đạt 97,2%.").len(), 1);
        // Unless the clause tells it was done.
        assert_eq!(run("Chỉ tiêu năm 2025 đã đạt 96%.").len(), 1);
        assert_eq!(run("Đã đạt tối thiểu 90% trẻ.").len(), 1);
        let got = run("Tỷ lệ suy dinh dưỡng còn 18,4%, đạt chỉ tiêu (vượt 0,2% so với kế hoạch).");
        assert_eq!(got[0].change.as_ref().map(|c| c.value), Some(0.2));
    }

    #[test]
    fn a_percentage_after_a_name_is_the_names() {
        let got = run("Công suất sử dụng giường bệnh đạt 124,5%, trong đó Khoa Nhi 168,2%.");
        let view: Vec<(&str, f64)> = got.iter().map(|i| (i.subject.as_str(), i.value)).collect();
        assert_eq!(view[1], ("Khoa Nhi", 168.2));
    }

    #[test]
    fn a_fraction_of_a_day_is_a_measure_and_a_month_a_baseline() {
        let got = run("Ngày điều trị trung bình 6,2 ngày, giảm 0,4 ngày so với cùng kỳ. Có 5 ngày nghỉ.");
        assert_eq!(got.iter().map(|i| i.value).collect::<Vec<_>>(), [6.2]);
        let got = run("Riêng tháng 9 khoa tiếp nhận 611 ca cúm A, gấp 3 lần tháng 7.");
        assert_eq!(got[0].change.as_ref().and_then(|c| c.baseline.as_deref()), Some("tháng 7"));
    }

    #[test]
    fn numbers_inside_a_rates_subject_are_no_figures() {
        let got = run("Tỷ lệ tiêm đủ 2 mũi vắc xin sởi cho trẻ trong độ tuổi đạt 83,4%.");
        assert_eq!(got.iter().map(|i| i.value).collect::<Vec<_>>(), [83.4]);
        // A count after the rate's value is one.
        let got = run("Tỷ lệ tiêm chủng đạt 95%, với 2.100 trẻ được tiêm.");
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn counts_after_an_abbreviation_and_the_start_of_the_year_are_figures() {
        let got = run("Tổng số lượt khám 14.862 lượt; trong đó khám BHYT 12.407 lượt. Lũy kế từ đầu năm 213 ca.");
        assert_eq!(got.iter().map(|i| i.value).collect::<Vec<_>>(), [14862.0, 12407.0, 213.0]);
        // A name's number stays out: "Phòng khám 315", "từ đầu năm 2025".
        assert!(run("Phòng khám 315 ca, từ đầu năm 2025").iter().all(|i| i.value != 2025.0));
    }

    #[test]
    fn a_running_total_covers_the_year_up_to_its_sentences_period() {
        let s = "Trong tuần 12 (từ ngày 17/3 đến ngày 23/3/2025) ghi nhận 9 ca sốt xuất huyết; cộng dồn từ đầu năm đến nay 140 ca.";
        assert_eq!(periods_of(s), [(9.0, span("2025-03-17", "2025-03-23")), (140.0, span("2025-01-01", "2025-03-23"))]);
    }

    #[test]
    fn a_share_of_the_plan_leaves_the_change_to_the_figure_before() {
        let got = run("Tổng số lượt khám bệnh đạt 45.120 lượt, đạt 81,5% kế hoạch năm, tăng 4,2% so với cùng kỳ. Có hơn 2.310 lượt điều trị nội trú, đạt trên 90% và tăng gần 7% so cùng kỳ.");
        let view: Vec<(&str, &str, Option<f64>)> =
            got.iter().map(|i| (i.text.as_str(), i.subject.as_str(), i.change.as_ref().map(|c| c.value))).collect();
        assert_eq!(
            view,
            [
                ("45.120 lượt", "số lượt khám bệnh", Some(4.2)),
                ("81,5% kế hoạch năm", "số lượt khám bệnh (kế hoạch năm)", None),
                ("hơn 2.310 lượt điều trị nội trú", "lượt điều trị nội trú", Some(7.0)),
                ("trên 90%", "lượt điều trị nội trú", None),
            ]
        );
        let got = run("Tổng số lượt khám bệnh đạt 45.120 lượt, bằng 81,5% kế hoạch năm.");
        assert_eq!(got[1].subject, "số lượt khám bệnh (kế hoạch năm)", "\"bằng\" links a share as \"đạt\" does");
        // A rate that follows no figure keeps its change.
        let got = run("Tỷ lệ tiêm chủng đạt 96,2%, tăng 1,5% so với cùng kỳ.");
        assert_eq!(got[0].change.as_ref().map(|c| c.value), Some(1.5));
    }

    #[test]
    fn adverbs_before_the_link_are_not_the_subject() {
        let got = run("Tỷ lệ tiêm vắc xin mũi 2 chỉ đạt 86,3%; công suất sử dụng giường bệnh lên tới 131%.");
        let subjects: Vec<&str> = got.iter().map(|i| i.subject.as_str()).collect();
        assert_eq!(subjects, ["Tỷ lệ tiêm vắc xin mũi 2", "công suất sử dụng giường bệnh"]);
    }

    #[test]
    fn a_running_total_without_a_period_counts_to_the_end_of_the_one_before() {
        let s = "Trong tuần 12 (từ ngày 17/3 đến ngày 23/3/2025) ghi nhận 9 ca sốt xuất huyết. Cộng dồn từ đầu năm đến nay, toàn tỉnh ghi nhận 140 ca sốt xuất huyết, 31 ca sởi.";
        let to_week_end = span("2025-01-01", "2025-03-23");
        assert_eq!(periods_of(s), [(9.0, span("2025-03-17", "2025-03-23")), (140.0, to_week_end.clone()), (31.0, to_week_end)]);
    }

    #[test]
    fn units_of_several_words() {
        let got = run("Huy động 45 tình nguyện viên và phun thuốc cho hơn 320 hộ dân.");
        let units: Vec<&str> = got.iter().filter_map(|i| i.unit.as_deref()).collect();
        assert_eq!(units, ["tình nguyện viên", "hộ dân"]);
    }

    #[test]
    fn a_change_in_percentage_points_keeps_its_unit_and_baseline() {
        let got = run("Tỷ lệ hộ có lăng quăng đạt 14,2%, giảm 2,7 điểm phần trăm so với tháng 5.");
        let c = got[0].change.as_ref().expect("change");
        assert_eq!((c.direction.as_str(), c.value, c.unit.as_deref()), ("decrease", 2.7, Some("điểm phần trăm")));
        assert_eq!(c.baseline.as_deref(), Some("tháng 5"));
    }

    #[test]
    fn a_disease_is_added_to_the_figures_it_heads_not_to_those_after_another_figure() {
        let subjects = |text: &str| run(text).into_iter().map(|i| i.subject).collect::<Vec<_>>();
        assert_eq!(
            subjects("Về bệnh sởi, toàn tỉnh ghi nhận 120 ca mắc, 3 ca tử vong."),
            ["ca mắc (toàn tỉnh ghi nhận) – bệnh sởi", "ca tử vong – bệnh sởi"]
        );
        let got = run("Toàn tỉnh có 319 trường hợp mắc sởi, tăng 38 ca so với cùng kỳ năm 2022 và 1.378 trường hợp mắc dại.");
        assert_eq!(got[0].change.as_ref().and_then(|c| c.baseline.as_deref()), Some("cùng kỳ năm 2022"));
        // Deaths after a count of cases are taken for that disease's.
        assert_eq!(subjects("Ghi nhận 594 trường hợp mắc ho gà, 4 ca tử vong."), ["trường hợp mắc ho gà", "ca tử vong – ho gà"]);
        assert_eq!(subjects("Ghi nhận 94 trường hợp mắc lao, 2 ca tử vong."), ["trường hợp mắc lao", "ca tử vong – lao"]);
        assert_eq!(
            // "dại" alone is no disease to the vocabulary (it is "wild" as often as "rabid").
            subjects("Toàn tỉnh có 319 trường hợp mắc sởi, tăng 38 ca so với cùng kỳ và 1.378 trường hợp mắc dại."),
            ["trường hợp mắc sởi", "trường hợp mắc dại"]
        );
    }

    #[test]
    fn subject_before_the_figure() {
        let got = run("Tỷ lệ trẻ được tiêm chủng đầy đủ đạt trên 96,5%, tăng hơn 3% so cùng kỳ.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].subject, "Tỷ lệ trẻ được tiêm chủng đầy đủ");
        assert_eq!(got[0].qualifier.as_deref(), Some("trên"));
        assert_eq!(got[0].change.as_ref().map(|c| c.value), Some(3.0));
    }

    #[test]
    fn ages_phones_ordinals_are_not_figures() {
        let s = "trẻ dưới 5 tuổi; lần thứ 12; Điện thoại: 0251.3822111; 1. Tiếp tục; Phòng khám Đa khoa Hòa An 217 hoạt động";
        assert!(run(s).is_empty(), "{:?}", run(s));
    }

    #[test]
    fn targets_thresholds_and_doses_are_not_figures() {
        let values = |text: &str| run(text).into_iter().map(|i| i.value).collect::<Vec<_>>();
        // A target after "chỉ tiêu", "mục tiêu" or "phấn đấu", perhaps past a link word.
        assert_eq!(values("Tỷ lệ tiêm vắc xin sởi mũi 2 mới đạt 81,2%, thấp hơn chỉ tiêu 95%."), [81.2]);
        assert_eq!(values("Phấn đấu đạt trên 90% dân số có hồ sơ sức khỏe điện tử."), Vec::<f64>::new());
        assert_eq!(values("Mục tiêu đề ra là 2.400 đơn vị máu; đã tiếp nhận 2.112 đơn vị máu."), [2112.0]);
        // A body measure is a threshold or a symptom.
        assert_eq!(values("Trẻ sinh non dưới 2.000 gram được chăm sóc; khi sốt trên 38,5 độ C cần đi khám."), Vec::<f64>::new());
        // "mũi 2" is which dose; "2 cho" is no unit.
        let got = run("Tỷ lệ tiêm vắc xin sởi mũi 2 cho trẻ 18 tháng tuổi đạt 78,4%.");
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].value, got[0].subject.as_str()), (78.4, "Tỷ lệ tiêm vắc xin sởi mũi 2 cho trẻ 18 tháng tuổi"));
    }

    #[test]
    fn part_of_a_whole_after_tren() {
        let got = run("Bệnh viện đã tiếp nhận 3 trên 5 kỹ thuật mới. Tỷ lệ mắc là 12 trên 100.000 dân; xã có 40 người trên 60 tuổi.");
        let view: Vec<(f64, Option<&str>, &str)> = got.iter().map(|i| (i.value, i.unit.as_deref(), i.subject.as_str())).collect();
        assert_eq!(view[0], (3.0, Some("kỹ thuật"), "kỹ thuật mới (Bệnh viện đã tiếp nhận) (trên tổng số 5)"));
        // A rate per population is no part of a whole (how it is read is not asked here).
        assert!(view.iter().all(|v| v.0 != 5.0 && !v.2.contains("tổng số 100.000")), "{view:?}");
        assert!(view.iter().any(|v| v.0 == 40.0 && v.1 == Some("người")), "{view:?}");
    }

    #[test]
    fn share_names_what_it_counts() {
        let got = run("Số ca bệnh được điều tra là 48 ca, đạt 100% ca bệnh được điều tra kịp thời. Số lượt khám đạt 2.100 lượt, đạt 91% kế hoạch.");
        let view: Vec<(&str, &str)> = got.iter().map(|i| (i.text.as_str(), i.subject.as_str())).collect();
        assert_eq!(view[1], ("100% ca bệnh được điều tra kịp thời", "ca bệnh được điều tra kịp thời"), "{view:?}");
        assert_eq!(view[3].1, "Số lượt khám (kế hoạch)", "{view:?}");
    }

    #[test]
    fn tren_reads_a_whole_of_ten_or_eleven_as_a_whole() {
        let got = run("Toàn huyện có 5 trên 10 xã đạt chuẩn quốc gia về y tế; 3 trên 11 trạm y tế có bác sĩ. Tỷ lệ mắc là 12 trên 100.000 dân.");
        let view: Vec<(f64, Option<&str>, &str)> = got.iter().map(|i| (i.value, i.unit.as_deref(), i.subject.as_str())).collect();
        assert_eq!(view[0], (5.0, Some("xã"), "xã đạt chuẩn quốc gia về y tế (trên tổng số 10)"), "{view:?}");
        assert_eq!(view[1], (3.0, Some("trạm y tế"), "trạm y tế có bác sĩ (trên tổng số 11)"), "{view:?}");
        assert_eq!(view[2], (12.0, Some("/100.000 dân"), "Tỷ lệ mắc"), "{view:?}");
        assert_eq!(view.len(), 3, "{view:?}");
    }

    #[test]
    fn a_change_restated_in_per_cent_in_brackets_is_no_figure() {
        let got = run("Ghi nhận 96 ca tay chân miệng, giảm 15 ca (tương đương 13,5%) so với quý trước; 40 ca sởi, tăng 8 ca (25%). Tỷ lệ khỏi bệnh (98%) rất cao; có hơn 20 ca (15%) nặng.");
        let view: Vec<(f64, Option<&str>)> = got.iter().map(|i| (i.value, i.unit.as_deref())).collect();
        assert_eq!(view, [(96.0, Some("ca")), (40.0, Some("ca")), (98.0, Some("%")), (20.0, Some("ca")), (15.0, Some("%"))], "{got:?}");
        assert_eq!(got[0].change.as_ref().map(|c| c.value), Some(15.0));
    }

    #[test]
    fn the_count_of_the_time_compared_with_is_no_figure_with_its_label_too() {
        let got = run("Số lượt khám là 8.120 lượt, tăng 38,2% so với quý trước (quý II: 5.876 lượt). Điều trị 612 ca, giảm 9 ca so với tuần trước (31 ca).");
        let view: Vec<f64> = got.iter().map(|i| i.value).collect();
        assert_eq!(view, [8120.0, 612.0], "{got:?}");
    }

    #[test]
    fn a_fraction_of_a_counted_whole_is_a_share() {
        let got = run("Đến nay, 2/3 số xã đã triển khai tiêm vắc xin sởi; hơn 3/4 tổng số ca mắc là trẻ em. Có 3/5 xã đạt chuẩn.");
        let view: Vec<(&str, f64, Option<&str>, Option<&str>, &str)> =
            got.iter().map(|i| (i.text.as_str(), i.value, i.unit.as_deref(), i.qualifier.as_deref(), i.subject.as_str())).collect();
        assert_eq!(view[0], ("2/3 số xã đã triển khai tiêm vắc xin sởi", 66.67, Some("%"), None, "số xã đã triển khai tiêm vắc xin sởi"), "{view:?}");
        assert_eq!((view[1].1, view[1].2, view[1].3), (75.0, Some("%"), Some("hơn")), "{view:?}");
        assert_eq!((view[2].1, view[2].2), (3.0, Some("xã")), "three of five communes stays a count: {view:?}");
    }

    #[test]
    fn a_label_names_its_unit_after_so() {
        assert_eq!(counted_unit("Số lượt khám bệnh"), Some("lượt khám"));
        assert_eq!(counted_unit("Tổng số ca phẫu thuật"), Some("ca"));
        assert_eq!(counted_unit("Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ"), Some("trẻ"));
        assert_eq!(counted_unit("Điều trị nội trú"), None);
        assert_eq!(counted_unit("Số cabin"), None, "a unit must be a whole word");
    }

    #[test]
    fn a_label_opening_the_line_names_the_disease_of_its_later_sentences() {
        let got = run("Tình hình dịch bệnh trong tuần:\nBệnh sởi: trong tuần không ghi nhận ca mắc mới. Cộng dồn 12 ca, giảm 40 ca so với cùng kỳ.\nKết quả: đã giám sát 14 ổ dịch.");
        let view: Vec<(f64, &str)> = got.iter().map(|i| (i.value, i.subject.as_str())).collect();
        assert_eq!(view[0].0, 12.0, "{view:?}");
        assert!(view[0].1.ends_with("sởi"), "{view:?}");
        assert!(!view[1].1.contains("sởi"), "{view:?}");
    }

    #[test]
    fn rate_per_population_with_tren() {
        let got = run("Tỷ lệ mắc sởi là 7 trên 100.000 dân, giảm so với năm trước. Tỷ lệ mắc quai bị là 9/100.000 dân.");
        let view: Vec<(&str, f64, Option<&str>)> = got.iter().map(|i| (i.text.as_str(), i.value, i.unit.as_deref())).collect();
        assert_eq!(view, [("7 trên 100.000 dân", 7.0, Some("/100.000 dân")), ("9/100.000 dân", 9.0, Some("/100.000 dân"))]);
        assert_eq!(got[0].subject, "Tỷ lệ mắc sởi");
        assert_eq!(got[1].subject, "Tỷ lệ mắc quai bị");
    }

    #[test]
    fn sum_named_before_its_link() {
        let got = run("Kinh phí thực hiện chiến dịch là 2,5 tỷ đồng được cấp từ ngân sách tỉnh. Tổng kinh phí mua sắm đạt khoảng 3,2 tỷ đồng.");
        let view: Vec<(&str, &str)> = got.iter().map(|i| (i.text.as_str(), i.subject.as_str())).collect();
        assert_eq!(view, [("2,5 tỷ đồng", "Kinh phí thực hiện chiến dịch"), ("khoảng 3,2 tỷ đồng", "Tổng kinh phí mua sắm")]);
    }

    #[test]
    fn count_of_units_runs_over_a_list_of_their_kinds() {
        let got = run("Có 8/12 xã, thị trấn đạt tiêu chí quốc gia về y tế. Đoàn kiểm tra 3 xã, huyện Tây Phong có 5 huyện, thị xã, thành phố báo cáo.");
        let subjects: Vec<&str> = got.iter().map(|i| i.subject.as_str()).collect();
        assert_eq!(subjects[0], "xã, thị trấn đạt tiêu chí quốc gia về y tế (trên tổng số 12)");
        assert!(!subjects[1].contains("huyện Tây Phong"), "{subjects:?}");
        assert_eq!(subjects[2], "huyện, thị xã, thành phố báo cáo");
    }

    #[test]
    fn targets_in_a_list_and_under_a_targets_heading() {
        let values = |text: &str| run(text).into_iter().map(|i| i.value).collect::<Vec<_>>();
        assert_eq!(values("Năm 2025, Trung tâm đặt mục tiêu 95% người nhiễm HIV biết tình trạng, 90% người được chẩn đoán được điều trị và 85% người điều trị có tải lượng thấp."), Vec::<f64>::new());
        assert_eq!(values("Chỉ tiêu giao 95%, thực tế đạt 81,5%."), [81.5], "a result after the target");
        assert_eq!(values("Sở Y tế mở rộng điều trị PrEP, phấn đấu đến hết năm 2026 có 1.000 người được điều trị."), Vec::<f64>::new());
        let plan = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nĐạt tỷ lệ trên 95% trẻ từ 1 đến 5 tuổi được tiêm vắc xin.\nII. KẾT QUẢ\nĐã tiêm cho 4.120 trẻ.";
        assert_eq!(values(plan), [4120.0]);
        let why = "I. MỤC TIÊU\nNăm 2024, toàn tỉnh ghi nhận 31 ca mắc bạch hầu. Phấn đấu tiêm cho 90% trẻ.";
        assert_eq!(values(why), [31.0], "what happened, told under the targets");
        let plan = "1. Mục tiêu\nTiêm cho trên 95% trẻ.\nxã có 12 trạm.\n2. Kết quả\nĐã tiêm cho 4.120 trẻ.";
        assert_eq!(values(plan), [4120.0], "a line opening with x, v or i is no numbered heading");
        assert_eq!(values("Mục tiêu: 90% trạm y tế có bác sĩ. Hiện có 41 trạm y tế có bác sĩ."), [41.0]);
    }

    #[test]
    fn numbered_items_under_a_roman_targets_heading_are_targets() {
        let values = |text: &str| run(text).into_iter().map(|i| i.value).collect::<Vec<_>>();
        let plan = "I. MỤC TIÊU\n1. Giảm số ca mắc sởi xuống dưới 40 ca.\n2. Tiêm cho 98% trẻ.\nII. KẾT QUẢ NĂM TRƯỚC\n1. Đã tiêm cho 5.230 trẻ.";
        assert_eq!(values(plan), [5230.0]);
        assert_eq!(section_level("ii. "), 0);
        assert_eq!(section_level("2.1. "), 2);
    }

    #[test]
    fn a_scale_word_multiplies_what_it_counts() {
        let got = run("Toàn ngành đã khám bệnh cho 4,35 triệu lượt người; kinh phí 12 triệu đồng; tiếp nhận 1,2 nghìn ca.");
        let view: Vec<(f64, Option<&str>)> = got.iter().map(|i| (i.value, i.unit.as_deref())).collect();
        assert_eq!(view, [(4_350_000.0, Some("lượt")), (12.0, Some("triệu đồng")), (1200.0, Some("ca"))]);
    }

    #[test]
    fn a_bare_share_is_of_the_figure_before_and_a_fold_takes_a_bare_baseline() {
        let got = run("Đã chụp X-quang cho 1.840 người, phát hiện 39 trường hợp nghi lao, chiếm 2,1%.");
        assert_eq!(got[2].subject, got[1].subject);
        let got = run("Ghi nhận 1.120 ca mắc sốt xuất huyết, gấp 2 lần cùng kỳ năm 2024.");
        assert_eq!(got[0].change.as_ref().and_then(|c| c.baseline.as_deref()), Some("cùng kỳ năm 2024"));
        let got = run("Ghi nhận 1.120 ca, gấp 2 lần cùng kỳ năm trước do thời tiết nắng mưa thất thường kéo dài nhiều tuần liền\nDòng sau");
        assert_eq!(got[0].change.as_ref().and_then(|c| c.baseline.as_deref()), Some("cùng kỳ năm trước do thời tiết nắng"), "a few words, on its line");
    }

    #[test]
    fn a_part_of_a_whole() {
        let got = run("Hiện 3/16 trạm y tế xã chưa có bác sĩ; có 12/13 huyện ghi nhận ca mắc. Ngày 3/12 họp.");
        let view: Vec<(f64, Option<&str>, &str)> = got.iter().map(|i| (i.value, i.unit.as_deref(), i.subject.as_str())).collect();
        assert_eq!(view, [(3.0, Some("trạm y tế"), "trạm y tế xã chưa có bác sĩ (trên tổng số 16)"), (12.0, Some("huyện"), "huyện ghi nhận ca mắc (trên tổng số 13)")]);
        let got = run("Có 15/8 ca; lô 12/3 bị hỏng.");
        assert!(got.is_empty(), "a whole smaller than its part is no fraction: {got:?}");
    }

    #[test]
    fn a_phrase_runs_over_the_dot_of_an_abbreviation() {
        assert_eq!(run("Đã lấy 9 mẫu thực phẩm gửi Viện Pasteur TP.HCM xét nghiệm.")[0].subject, "mẫu thực phẩm gửi Viện Pasteur TP.HCM xét nghiệm");
    }

    #[test]
    fn a_rate_named_right_before_its_figure() {
        let got = run("Bệnh dại có tỷ lệ tử vong gần như 100% khi đã lên cơn.");
        assert_eq!((got[0].subject.as_str(), got[0].qualifier.as_deref()), ("tỷ lệ tử vong – Bệnh dại", Some("gần")));
        assert_eq!(run("Có tỷ lệ 95% người dân được tiêm.")[0].subject, "người dân được tiêm", "a key alone names nothing");
    }

    #[test]
    fn list_items_labelled_before_a_colon() {
        let got = run("- Tổng số lượt khám bệnh: 14.532 lượt (tháng 9/2025: 13.870 lượt), lũy kế 10 tháng: 138.406 lượt.\n- Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi: 201 trẻ.");
        let view: Vec<(&str, Option<(String, String)>)> = got.iter().map(|i| (i.subject.as_str(), i.period.clone().map(|p| (p.start, p.end)))).collect();
        assert_eq!(view[0], ("Tổng số lượt khám bệnh", None), "the month in brackets is compared with");
        assert_eq!(view[2].0, "lũy kế 10 tháng");
        assert_eq!(view[3].0, "Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi");
    }

    #[test]
    fn a_change_of_a_subject_named_after_a_comma_is_not_the_figure_befores() {
        let got = run("Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 61%, tỷ lệ khám bảo hiểm y tế tại tuyến xã giảm 2,5% so với cùng kỳ.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].change, None);
        let got = run("Khám cho 9.120 lượt người, tăng 4,1% so với tháng trước.");
        assert_eq!(got[0].change.as_ref().map(|c| c.value), Some(4.1), "a change right after its figure stays");
    }

    #[test]
    fn a_running_total_later_in_the_sentence_keeps_its_period() {
        let s = "Khám cho 820 lượt trong tháng 11/2025. Tiêm chủng đầy đủ cho 215 trẻ, lũy kế 11 tháng đạt 2.260 trẻ.";
        assert_eq!(
            periods_of(s),
            [(820.0, span("2025-11-01", "2025-11-30")), (215.0, None), (2260.0, span("2025-01-01", "2025-11-30"))]
        );
    }

    #[test]
    fn a_clause_after_nhung_names_its_own_figure() {
        let got = run("Khoa có 90 giường kế hoạch nhưng đang điều trị cho 152 bệnh nhi.");
        assert_eq!(got[1].subject, "bệnh nhi (đang điều trị)");
    }

    #[test]
    fn a_disease_label_before_a_colon_applies_to_the_counts_after_it() {
        // The sentence after the label may name what was caught ("ca mắc"): no panic.
        run("SỞ Y TẾ 0 CA.\n\nsốt xuất huyết : ca mắc Giám đốc 0 ca. Sở Y tế 0 ca.\n");
        let got = run("Bệnh sởi: trong tuần ghi nhận 21 ca.");
        assert_eq!(got[0].subject, "ca (trong tuần ghi nhận) – Bệnh sởi");
    }

    #[test]
    fn a_week_named_by_reference_is_the_week_named_before() {
        let s = "Trong tuần 20 (từ ngày 12/5 đến ngày 18/5/2025) ghi nhận 9 ca sởi. Trong tuần qua, đã xử lý 3 ổ dịch.";
        assert_eq!(periods_of(s)[1], (3.0, span("2025-05-12", "2025-05-18")));
    }

    #[test]
    fn period_of_the_sentence_not_of_the_baseline() {
        let got = run("Trong quý III/2025, ghi nhận 120 ca mắc sởi, tăng 12 ca so với cùng kỳ năm 2024. Năm 2024 có 88 ca.");
        let range = |a: &str, b: &str| Some(DateRange { start: a.into(), end: b.into() });
        assert_eq!(got[0].period, range("2025-07-01", "2025-09-30"));
        assert_eq!(got[1].period, range("2024-01-01", "2024-12-31"));
        let got = run("Toàn tỉnh ghi nhận 35 ca sởi, tăng 4 ca so với năm 2024.");
        assert_eq!(got[0].period, None);
        let got = run("Số bệnh nhân điều trị ARV là 1.930 người, tăng 88 người so với cuối năm 2025.");
        assert_eq!(got[0].period, None);
    }

    #[test]
    fn counts_after_department_names_are_figures() {
        let s = "Khoa Nội 1.140 lượt; Khoa Ngoại 760 lượt; Khoa Nhi 832 lượt.";
        let lower = lower_same_len(s);
        let names: Vec<(usize, usize)> = super::super::orgs::find(s, &lower, &[]).iter().map(|h| (h.start, h.end)).collect();
        let got = find(s, &lower, &digit_places(s), &Offsets::new(s), &[], &names, &[], &[], None);
        let values: Vec<f64> = got.iter().map(|i| i.value).collect();
        assert_eq!(values, [1140.0, 760.0, 832.0]);
        assert_eq!(got[1].subject, "lượt (Khoa Ngoại)");
    }

    #[test]
    fn a_change_from_one_figure_to_another_is_the_seconds() {
        let got = run("Tỷ lệ chuyển tuyến giảm từ 5,6% xuống 4,1%. Công suất giường bệnh tăng từ 81,2% lên 92,4%; số ca mổ từ 120 ca lên 150 ca.");
        let view: Vec<(f64, String, Option<(String, f64, Option<String>, Option<String>)>)> =
            got.iter().map(|i| (i.value, i.subject.clone(), i.change.as_ref().map(|c| (c.direction.clone(), c.value, c.unit.clone(), c.baseline.clone())))).collect();
        let points = Some("điểm phần trăm".to_string());
        assert_eq!(view[0], (4.1, "Tỷ lệ chuyển tuyến".to_string(), Some(("decrease".to_string(), 1.5, points.clone(), Some("5,6%".to_string())))));
        assert_eq!(view[1], (92.4, "Công suất giường bệnh".to_string(), Some(("increase".to_string(), 11.2, points, Some("81,2%".to_string())))));
        assert_eq!(view[2].0, 150.0);
        assert_eq!(view[2].2.as_ref().map(|c| c.1), Some(30.0));
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].text, "giảm từ 5,6% xuống 4,1%");
        let got = run("Sau ghép, người bệnh hồi phục tốt, nồng độ creatinin máu giảm từ 910 µmol/l xuống 102 µmol/l.");
        assert_eq!((got[0].value, got[0].subject.as_str()), (102.0, "nồng độ creatinin máu"));
    }

    #[test]
    fn a_second_figure_linked_in_the_same_clause_counts_what_the_first_does() {
        let got = run("Số ca mắc tay chân miệng là 214 ca, giảm 12% so với cùng kỳ, đạt 1.370 ca từ đầu năm.");
        let subjects: Vec<&str> = got.iter().map(|i| i.subject.as_str()).collect();
        assert_eq!(subjects, ["Số ca mắc tay chân miệng", "Số ca mắc tay chân miệng từ đầu năm"], "{got:?}");
    }

    #[test]
    fn a_running_total_after_a_linked_figure_is_its_time() {
        let s = "Trong tuần 12/2025, số ca mắc thủy đậu trong tuần là 41 ca, tăng 6 ca so với tuần trước, đạt 508 ca từ đầu năm đến nay. Trong tuần 12/2025, số ca mắc quai bị là 9 ca, đạt 73 ca.";
        let got = run(s);
        let view: Vec<(&str, &str)> = got.iter().map(|i| (i.text.as_str(), i.subject.as_str())).collect();
        assert_eq!(
            view,
            [
                ("41 ca", "số ca mắc thủy đậu trong tuần"),
                ("508 ca từ đầu năm đến nay", "số ca mắc thủy đậu từ đầu năm đến nay"),
                ("9 ca", "số ca mắc quai bị"),
                ("73 ca", "số ca mắc quai bị"),
            ],
            "{got:?}"
        );
        let week = span("2025-03-17", "2025-03-23");
        let periods: Vec<Option<(String, String)>> = periods_of(s).into_iter().map(|p| p.1).collect();
        assert_eq!(periods[..2], [week.clone(), span("2025-01-01", "2025-03-23")]);
        assert_eq!(periods[3], week, "a second figure with no running total keeps its sentence's time");
    }

    #[test]
    fn running_total_words_right_after_a_figure() {
        // The words open a figure of their own: the one before is no total.
        let week = span("2025-03-17", "2025-03-23");
        assert_eq!(periods_of("Trong tuần 12/2025, số ca mắc là 9 ca lũy kế 10 tháng: 71 ca.")[0], (9.0, week.clone()));
        assert_eq!(periods_of("Trong tuần 12/2025, số ca mắc là 6 ca từ đầu năm đến nay có 52 ca.")[0], (6.0, week));
        let got = run("Trong tháng 9/2025, số ca mắc là 50 ca, đạt 1.370 ca từ đầu năm 2025. Toàn tỉnh ghi nhận 96 ca từ đầu năm 2025, tăng 5%.");
        let view: Vec<(&str, Option<(String, String)>)> = got.iter().map(|i| (i.text.as_str(), i.period.clone().map(|p| (p.start, p.end)))).collect();
        let to_september = span("2025-01-01", "2025-09-30");
        assert_eq!(view[1], ("1.370 ca từ đầu năm 2025", to_september), "{got:?}");
        assert_eq!(view[2].0, "96 ca từ đầu năm 2025", "{got:?}");
        // "từ đầu năm đến nay" counts to the day written: a period of the later figure only.
        let s = "Số ca mắc sởi là 214 ca, giảm 12% so với cùng kỳ, đạt 1.370 ca từ đầu năm đến nay.";
        let ctx = super::super::dates::YearContext { year: Some(2025), published: None, written: None, today: Some((2025, 10, 9)), title_period: None, plan_year: false, reviewed_year: None };
        let dates = super::super::dates::find(s, &digit_places(s), &ctx, &mut Vec::new());
        let periods: Vec<Option<(String, String)>> = run_with_dates(s, &dates).into_iter().map(|i| i.period.map(|p| (p.start, p.end))).collect();
        assert_eq!(periods, [None, span("2025-01-01", "2025-10-09")]);
    }

    /// Figures read from each text, as (value, unit): a dose schedule is none, doses given are.
    const DOSE_TEXTS: &[(&str, &[(f64, &str)])] = &[
        ("Có 3.140 người đã tiêm đủ 2 mũi vắc xin.", &[(3140.0, "người")]),
        ("Xã có 615 trẻ được tiêm ít nhất 1 mũi, 590 trẻ tiêm đủ 02 liều.", &[(615.0, "trẻ"), (590.0, "trẻ")]),
        ("Đã tiêm mũi 3 cho 1.020 người.", &[(1020.0, "người")]),
        ("Trạm tiêm được 12.810 mũi; 1.345 mũi tiêm nhắc lại.", &[(12810.0, "mũi"), (1345.0, "mũi")]),
        // "tiêm 3 mũi cho 210 trẻ": each child's three doses, not three doses given.
        ("Tỉnh cấp đủ 4.800 liều vắc xin; tiêm 3 mũi cho 210 trẻ.", &[(4800.0, "liều"), (210.0, "trẻ")]),
    ];

    #[test]
    fn a_dose_schedule_is_no_figure_but_doses_given_are() {
        for (text, want) in DOSE_TEXTS {
            let got: Vec<(f64, String)> = run(text).into_iter().map(|i| (i.value, i.unit.unwrap_or_default())).collect();
            let want: Vec<(f64, String)> = want.iter().map(|(v, u)| (*v, u.to_string())).collect();
            assert_eq!(got, want, "{text}");
        }
        assert_eq!(run("Có 3.140 người đã tiêm đủ 2 mũi vắc xin.")[0].subject, "người đã tiêm đủ 2 mũi vắc xin", "the schedule says who is counted");
        assert_eq!(run("- Trẻ tiêm đủ 3 mũi: 388 trẻ.")[0].subject, "Trẻ tiêm đủ 3 mũi", "a label with a schedule names its figure");
    }

    #[test]
    fn a_word_opening_a_unit_of_two_words_is_no_unit_alone() {
        let got = run("Khoa được trang bị 14 giá đỡ dịch truyền và 26 giường bệnh; 9 giá thuốc được điều chỉnh.");
        let view: Vec<(f64, Option<&str>)> = got.iter().map(|i| (i.value, i.unit.as_deref())).collect();
        assert_eq!(view, [(14.0, Some("giá đỡ")), (26.0, Some("giường bệnh"))], "{got:?}");
        let got = run("Đã khám cho 3.140 người dân tộc thiểu số và 820 hộ dân tộc Mông; 96 người dân được tư vấn.");
        let view: Vec<(f64, Option<&str>)> = got.iter().map(|i| (i.value, i.unit.as_deref())).collect();
        assert_eq!(view, [(3140.0, Some("người")), (820.0, Some("hộ")), (96.0, Some("người dân"))], "{got:?}");
        let got = run("Mỗi hộp có giá 35 nghìn đồng.");
        assert_eq!(got.iter().map(|i| i.unit.as_deref()).collect::<Vec<_>>(), [Some("nghìn đồng")], "{got:?}");
    }

    #[test]
    fn units_of_two_words_for_who_took_part() {
        let got = run("Hội nghị có 180 đại biểu tham dự; lớp tập huấn có 42 học viên; 96 hội viên và 310 gia đình được hỗ trợ.");
        let units: Vec<Option<&str>> = got.iter().map(|i| i.unit.as_deref()).collect();
        assert_eq!(units, [Some("đại biểu"), Some("học viên"), Some("hội viên"), Some("gia đình")], "{got:?}");
    }

    #[test]
    fn a_period_a_few_words_after_so_voi_is_the_baseline() {
        let got = run("Toàn tỉnh ghi nhận 2.118 ca mắc sốt xuất huyết, giảm 30,5% so với năm 2025; 12 ca mắc sởi, giảm mạnh so với 640 ca của năm 2025.");
        assert!(got.iter().all(|i| i.period.is_none()), "{got:?}");
        let got = run("Có 171 người có đường huyết cao, tăng 19 người so với đợt khám năm 2025.");
        assert!(got.iter().all(|i| i.period.is_none()), "{got:?}");
        let got = run("Có 171 người được khám so với kế hoạch, trong năm 2025 đạt 95%.");
        assert!(got.iter().any(|i| i.period.is_some()), "{got:?}");
    }

    #[test]
    fn up_to_now_counts_to_the_last_period_of_the_paragraph() {
        let s = "Giảm 41% so với cùng kỳ năm 2024. Trong tuần 39, ghi nhận 12 ca. Cộng dồn từ đầu năm đến nay có 27 ca sởi.\n\nTừ đầu năm đến nay có 5 ca ho gà, so với cùng kỳ năm 2024.";
        let mut warnings = Vec::new();
        let ctx = super::super::dates::YearContext { year: Some(2025), published: None, written: None, today: Some((2025, 10, 9)), title_period: None, plan_year: false, reviewed_year: None };
        let dates = super::super::dates::find(s, &digit_places(s), &ctx, &mut warnings);
        let got = run_with_dates(s, &dates);
        let range = |a: &str, b: &str| Some(DateRange { start: a.into(), end: b.into() });
        let period = |v: f64| got.iter().find(|i| i.value == v).and_then(|i| i.period.clone());
        assert_eq!(period(27.0), range("2025-01-01", "2025-09-28"));
        assert_eq!(period(5.0), range("2025-01-01", "2025-10-09"), "a paragraph of its own counts to the day written");
    }

    #[test]
    fn a_share_in_brackets_or_after_trong_do_takes_no_link_as_subject() {
        let subjects = |s: &str| run(s).into_iter().map(|i| i.subject).collect::<Vec<_>>();
        assert_eq!(subjects("Bệnh viện tiếp nhận 1.342 ca sinh, trong đó sinh mổ chiếm 47,2%."), ["ca sinh (Bệnh viện tiếp nhận)", "sinh mổ"]);
        assert_eq!(subjects("Kết quả: nhiều cơ sở đạt yêu cầu (chiếm 85,7%)."), ["nhiều cơ sở đạt yêu cầu"]);
    }

    #[test]
    fn cung_luc_is_at_once_not_a_time_of_day() {
        let got = run("Có ngày khoa điều trị cùng lúc 142 bệnh nhân, vượt xa số giường; họp lúc 14 giờ.");
        let v: Vec<(f64, Option<&str>)> = got.iter().map(|i| (i.value, i.unit.as_deref())).collect();
        assert_eq!(v, vec![(142.0, Some("bệnh nhân"))], "{got:?}");
    }

    #[test]
    fn doses_given_after_tiem_are_a_schedule_when_one_digit() {
        let got = run("Có 318 trẻ được tiêm 2 mũi vắc xin viêm não Nhật Bản; trạm đã tiêm 12.450 mũi vắc xin.");
        let v: Vec<(f64, &str)> = got.iter().map(|i| (i.value, i.subject.as_str())).collect();
        assert_eq!(v[0], (318.0, "trẻ được tiêm 2 mũi vắc xin viêm não Nhật Bản"), "{got:?}");
        assert_eq!(v.len(), 2, "{got:?}");
        assert_eq!(v[1].0, 12450.0);
    }

    #[test]
    fn a_doses_position_stays_in_the_subject() {
        let got = run("Tiêm mũi 3 vắc xin bại liệt cho 275 trẻ.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].subject, "trẻ (Tiêm mũi 3 vắc xin bại liệt)");
        let got = run("Có 275 trẻ tiêm mũi 3 vắc xin bại liệt.");
        assert_eq!(got[0].subject, "trẻ tiêm mũi 3 vắc xin bại liệt", "{got:?}");
    }

    #[test]
    fn a_phrase_ends_before_the_qualifier_of_the_next_figure() {
        let got = run("Huyện tổ chức 4 đợt ra quân diệt lăng quăng với khoảng 3.200 lượt người tham gia.");
        assert_eq!(got[0].text, "4 đợt ra quân diệt lăng quăng", "{got:?}");
        assert_eq!(got[1].qualifier.as_deref(), Some("khoảng"));
        // An age after a qualifier is who is counted.
        let got = run("Đã khám cho 1.450 người trên 60 tuổi.");
        assert_eq!(got[0].text, "1.450 người trên 60 tuổi", "{got:?}");
    }

    #[test]
    fn a_share_is_of_what_follows_its_la() {
        let got = run("Mỗi ngày tiếp nhận 30 ca, trong đó khoảng 20% là ca nặng.");
        assert_eq!(got.last().map(|i| i.subject.as_str()), Some("ca nặng"), "{got:?}");
    }

    #[test]
    fn an_age_in_the_lead_is_no_other_figure() {
        let got = run("Bệnh viện tiếp nhận 54 ca viêm phổi; trẻ dưới 5 tuổi chiếm khoảng 60%.");
        assert_eq!(got.last().map(|i| i.subject.as_str()), Some("trẻ dưới 5 tuổi"), "{got:?}");
        let got = run("Trẻ từ 2 đến 6 tuổi chưa tiêm ở 11 xã.");
        assert_eq!(got.last().map(|i| i.subject.as_str()), Some("xã (Trẻ từ 2 đến 6 tuổi chưa tiêm)"), "{got:?}");
    }

    #[test]
    fn a_threshold_says_which_are_counted() {
        let got = run("Đoàn kiểm tra 30 nhà trẻ, phát hiện 6 nhà trẻ có từ 3 ca trở lên.");
        let v: Vec<(f64, &str)> = got.iter().map(|i| (i.value, i.subject.as_str())).collect();
        assert_eq!(v.len(), 2, "{got:?}");
        assert_eq!(v[1], (6.0, "nhà trẻ có từ 3 ca trở lên"));
    }

    #[test]
    fn advice_is_no_figure() {
        let got = run("Ngành y tế khuyến cáo người dân súc họng bằng nước muối ít nhất 2 lần mỗi ngày.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_bracketed_count_of_the_time_compared_with_lives_in_the_baseline() {
        let got = run("Trong tuần có 18 ca sởi, giảm 7 ca so với tuần trước (25 ca); ghi nhận 4 ổ dịch (3 ổ dịch mới).");
        let v: Vec<f64> = got.iter().map(|i| i.value).collect();
        assert_eq!(v, [18.0, 4.0, 3.0], "{got:?}");
        assert_eq!(got[0].change.as_ref().and_then(|c| c.baseline.as_deref()), Some("tuần trước"));
    }

    #[test]
    fn a_campaign_is_a_unit_of_two_words() {
        let got = run("Huyện đã tổ chức 3 chiến dịch tiêm bù.");
        assert_eq!(got[0].unit.as_deref(), Some("chiến dịch"), "{got:?}");
    }

    #[test]
    fn a_change_from_a_figure_of_a_named_year() {
        let got = run("Năm 2026, tỷ lệ trẻ sơ sinh được sàng lọc ít nhất 2 bệnh bẩm sinh phổ biến tăng từ 52,4% năm 2025 lên 66,1%.");
        assert_eq!(got.len(), 1, "the number in the rate's name is no figure: {got:?}");
        let change = got[0].change.as_ref().expect("a change");
        assert_eq!((change.direction.as_str(), change.value, change.baseline.as_deref()), ("increase", 13.7, Some("52,4% năm 2025")));
        assert_eq!(got[0].subject, "tỷ lệ trẻ sơ sinh được sàng lọc ít nhất 2 bệnh bẩm sinh phổ biến", "a rate's name may be long");
        let year = |y: &str| Some(DateRange { start: format!("{y}-01-01"), end: format!("{y}-12-31") });
        assert_eq!(got[0].period, year("2026"), "the year of the baseline is not the figure's");
    }

    #[test]
    fn a_long_lead_is_cut_after_its_doer() {
        let got = run("Trong tháng 10, Trung tâm Y tế huyện Tân Phú Tây đã khám bệnh cho 12.640 lượt người.");
        assert_eq!(got[0].subject, "lượt người (khám bệnh)", "{got:?}");
    }

    #[test]
    fn a_subject_rising_to_its_figure_ends_before_the_verb() {
        let got = run("Số ca phải cấp cứu do ong đốt đã tăng lên 37 ca.");
        assert_eq!(got[0].subject, "Số ca phải cấp cứu do ong đốt", "{got:?}");
    }

    #[test]
    fn ranges_take_the_unit_of_their_upper_end() {
        let got = run("Khoa tiếp nhận từ 40 - 55 bệnh nhân; tái khám từ 10 đến 15% số ca; trẻ từ 1 - 5 tuổi.");
        let v: Vec<(f64, Option<&str>)> = got.iter().map(|i| (i.value, i.unit.as_deref())).collect();
        assert_eq!(v, vec![(40.0, Some("bệnh nhân")), (10.0, Some("%"))]);
        let got = run("Mỗi ngày chụp 40-50 ca; khai trương 15-10-2025; tỷ lệ 5-7%.");
        let v: Vec<(f64, Option<&str>)> = got.iter().map(|i| (i.value, i.unit.as_deref())).collect();
        assert_eq!(v, vec![(40.0, Some("ca")), (5.0, Some("%"))]);
        // A table row's cells (apart at tabs) and the lines of a list are no range.
        assert!(run("2\tSố bệnh nhân điều trị nội trú\tngười\t3.120\t2.980\t-4,5%").iter().all(|i| i.value != 2980.0));
        // (12.340 ends its label's sentence, "Số lượt khám là": it counts the label's "lượt".)
        assert!(run("Số lượt khám là 12.340\n- 15 trạm y tế xã").iter().all(|i| i.value != 12340.0 || i.unit.as_deref().is_some_and(|u| u.starts_with("lượt"))));
    }

    #[test]
    fn a_range_is_one_figure_over_both_ends() {
        let got = run("Tuần này ghi nhận từ 40 đến 50 ca sốt xuất huyết; mỗi ngày khoảng 30–35 lượt khám; tỷ lệ được tuyên truyền đạt 15-20%.");
        let v: Vec<(&str, f64, Option<&str>)> = got.iter().map(|i| (i.text.as_str(), i.value, i.qualifier.as_deref())).collect();
        assert_eq!(v, vec![("40 đến 50 ca sốt xuất huyết", 40.0, None), ("khoảng 30–35 lượt khám", 30.0, Some("khoảng")), ("15-20%", 15.0, None)]);
    }

    #[test]
    fn a_ratio_to_an_earlier_time_is_a_change() {
        let got = run("Tổng số lượt khám là 212.400 lượt, bằng 108% so với quý III. Số ca phẫu thuật đạt 95% so với cùng kỳ.");
        assert_eq!(got.len(), 2, "{got:?}");
        let change = got[0].change.as_ref().expect("a change");
        assert_eq!((change.direction.as_str(), change.value, change.unit.as_deref(), change.baseline.as_deref()), ("increase", 8.0, Some("%"), Some("quý III")));
        assert_eq!((got[1].text.as_str(), got[1].subject.as_str()), ("95% so với cùng kỳ", "Số ca phẫu thuật so với cùng kỳ"));
        let got = run("Số bệnh nhân nhập viện bằng 120% so với tháng trước.");
        assert_eq!(got[0].subject, "Số bệnh nhân nhập viện so với tháng trước", "{got:?}");
        // A plan's share stays a share.
        let got = run("Khám 1.200 lượt, đạt 95% so với kế hoạch.");
        assert!(got.iter().all(|i| i.change.is_none()) && got.len() == 2, "{got:?}");
    }

    #[test]
    fn a_ratio_to_the_same_period_written_short() {
        let got = run("Số lượt khám đạt 12.400 lượt, bằng 96% so cùng kỳ. Số ca sinh tại trạm đạt 102% so cùng kỳ năm trước.");
        let change = got[0].change.as_ref().map(|c| (c.direction.as_str(), c.value, c.baseline.as_deref()));
        assert_eq!(change, Some(("decrease", 4.0, Some("cùng kỳ"))), "{got:?}");
        assert_eq!((got[1].text.as_str(), got[1].subject.as_str()), ("102% so cùng kỳ năm trước", "Số ca sinh tại trạm so cùng kỳ năm trước"), "{got:?}");
    }

    #[test]
    fn still_after_a_unit_is_part_of_the_subject() {
        let got = run("Hiện có 46 người còn tiếp tục điều trị tại bệnh viện, 12 bệnh nhân đã xuất viện.");
        assert_eq!(got[0].subject, "người còn tiếp tục điều trị tại bệnh viện", "{got:?}");
        let got = run("Ghi nhận 20 ca, còn 12 ca đang theo dõi.");
        assert_eq!(got[0].text, "20 ca", "{got:?}");
    }

    #[test]
    fn a_comparison_written_first_is_the_baseline_of_its_figures() {
        let got = run("Trong tuần ghi nhận 120 ca sốt xuất huyết, 45 ca tay chân miệng. So với cùng kỳ năm trước, số ca sốt xuất huyết giảm 34 ca, tay chân miệng tăng 6 ca.");
        let changes: Vec<Option<(&str, f64, Option<&str>)>> = got.iter().map(|i| i.change.as_ref().map(|c| (c.direction.as_str(), c.value, c.baseline.as_deref()))).collect();
        assert_eq!(changes, vec![Some(("decrease", 34.0, Some("cùng kỳ năm trước"))), Some(("increase", 6.0, Some("cùng kỳ năm trước")))], "{got:?}");
        let got = run("So với cùng kỳ năm 2025, số ca mắc sởi là 18 ca, giảm 7 ca; số ca mắc thủy đậu là 52 ca, tăng 11 ca.");
        let baselines: Vec<Option<&str>> = got.iter().map(|i| i.change.as_ref().and_then(|c| c.baseline.as_deref())).collect();
        assert_eq!(baselines, vec![Some("cùng kỳ năm 2025"), Some("cùng kỳ năm 2025")], "{got:?}");
    }

    #[test]
    fn a_comparison_stated_once_is_the_baseline_of_each_change_it_leads() {
        let changes = |s: &str| -> Vec<Option<(f64, String, Option<String>)>> {
            run(s).into_iter().map(|i| i.change.map(|c| (c.value, c.direction, c.baseline))).collect()
        };
        let both = |down: f64, up: f64| vec![Some((down, "decrease".to_string(), Some("cùng kỳ năm 2025".to_string()))), Some((up, "increase".to_string(), Some("cùng kỳ năm 2025".to_string())))];
        // After a ";", and after a lead clause.
        let s = "Toàn tỉnh ghi nhận 41 ca mắc sởi và 130 ca mắc thủy đậu; so với cùng kỳ năm 2025, số ca mắc sởi giảm 9 ca, số ca mắc thủy đậu tăng 25 ca.";
        assert_eq!(changes(s), both(9.0, 25.0));
        let s = "Toàn tỉnh ghi nhận 41 ca mắc sởi, 130 ca mắc thủy đậu. Theo báo cáo, so với cùng kỳ năm 2025, số ca mắc sởi giảm 9 ca, số ca mắc thủy đậu tăng 25 ca.";
        assert_eq!(changes(s), both(9.0, 25.0));
        // Two changes joined by "và".
        let s = "Toàn tỉnh ghi nhận 41 ca mắc sởi, 130 ca mắc thủy đậu. So với cùng kỳ năm 2025, số ca mắc sởi giảm 9 ca và số ca mắc thủy đậu tăng 25 ca.";
        assert_eq!(changes(s), both(9.0, 25.0));
        // A later change of the sentence with no time of its own.
        let s = "Số ca mắc sởi là 41 ca, so với cùng kỳ năm 2025 giảm 9 ca, số ca mắc thủy đậu là 130 ca, tăng 25 ca.";
        assert_eq!(changes(s), both(9.0, 25.0));
        // Items of a list parted by ";" too; not across a sentence, nor to a running total,
        // which is compared with another time.
        let s = "Toàn tỉnh ghi nhận 41 ca mắc sởi, giảm 9 ca so với cùng kỳ năm 2025; 130 ca mắc thủy đậu, tăng 25 ca.";
        assert_eq!(changes(s), both(9.0, 25.0));
        let s = "Số ca mắc sởi là 41 ca, giảm 9 ca so với tuần trước. Số ca mắc thủy đậu là 130 ca, tăng 25 ca.";
        assert_eq!(changes(s)[1].as_ref().map(|c| c.2.clone()), Some(None));
        let s = "Trong tuần 40, ghi nhận 41 ca sởi, giảm 9 ca so với tuần trước, cộng dồn từ đầu năm 530 ca, tăng 25 ca.";
        assert_eq!(changes(s)[1].as_ref().map(|c| c.2.clone()), Some(None));
    }

    #[test]
    fn rates_and_compound_units() {
        let got = run("Tỷ lệ mắc là 4,3/100.000 dân; tỷ suất sinh đạt 2,3 con/phụ nữ; hỗ trợ 150.000 đồng/tháng; có 166,8 ca/100.000 dân.");
        let units: Vec<&str> = got.iter().filter_map(|i| i.unit.as_deref()).collect();
        assert_eq!(units, vec!["/100.000 dân", "con/phụ nữ", "đồng/tháng", "ca/100.000 dân"]);
        let got = run("có 6/6 trạm y tế");
        assert_eq!((got[0].value, got[0].unit.as_deref()), (6.0, Some("trạm y tế")), "a part of a whole, not a rate");
    }

    #[test]
    fn comparisons_folds_and_minutes() {
        let got = run("Tỷ lệ tiêm chủng đạt 86,2%, thấp hơn 7,8% so với kế hoạch; ghi nhận 210 ca, gấp 2 lần so với cùng kỳ; lúc 7 giờ 30 sáng.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].change.as_ref().map(|c| (c.direction.as_str(), c.value)), Some(("decrease", 7.8)));
        assert_eq!(got[1].change.as_ref().map(|c| (c.direction.as_str(), c.value, c.unit.as_deref())), Some(("increase", 2.0, Some("lần"))));
    }

    #[test]
    fn other_figures_stay_out_of_the_lead() {
        let got = run("Mỗi ngày khoa tiếp nhận từ 40 - 55 bệnh nhân. Trung tâm hiện có 210 giường bệnh và 36 bác sĩ.");
        let subjects: Vec<&str> = got.iter().map(|i| i.subject.as_str()).collect();
        assert_eq!(subjects[0], "bệnh nhân (Mỗi ngày khoa tiếp nhận)");
        assert_eq!(subjects[2], "bác sĩ (Trung tâm hiện)");
        let got = run("Bệnh viện có 450 giường bệnh với tổng vốn đầu tư 320 tỷ đồng.");
        assert_eq!(got[1].subject, "tỷ đồng (tổng vốn đầu tư)");
        let got = run("Bác sĩ Lưu Thị Hạnh cho hay khoa đang điều trị 85 bệnh nhân. \"Chúng tôi đã huy động 300 tình nguyện viên\", ông nói.");
        assert_eq!(got[0].subject, "bệnh nhân (khoa đang điều trị)");
        assert_eq!(got[1].subject, "tình nguyện viên (Chúng tôi đã huy động)");
        // Joined by "và", the words after the first figure are its own, not the second's.
        let got = run("Trong tháng, toàn huyện ghi nhận 74 ca thủy đậu và 9 ca quai bị.");
        assert_eq!(got[1].subject, "ca quai bị (toàn huyện ghi nhận)");
    }

    #[test]
    fn the_period_is_not_the_subject() {
        let got = run("Theo báo cáo, 4 tháng đầu năm 2025 bệnh viện đã khám cho hơn 2.150 lượt người bệnh.");
        assert_eq!(got[0].subject, "lượt người bệnh (bệnh viện đã khám)");
        assert_eq!(got[0].unit.as_deref(), Some("lượt"));
    }

    #[test]
    fn a_label_before_a_colon_names_the_figure() {
        let got = run("Kinh phí thực hiện: 1,2 tỷ đồng từ ngân sách tỉnh.");
        assert_eq!(got[0].subject, "Kinh phí thực hiện");
        assert_eq!(got[0].unit.as_deref(), Some("tỷ đồng"));
    }

    #[test]
    fn offsets_point_at_the_text() {
        let s = "Bệnh viện khám cho hơn 3.210 lượt người bệnh.";
        let got = run(s);
        let chars: Vec<char> = s.chars().collect();
        let t: String = chars[got[0].start..got[0].end].iter().collect();
        assert_eq!(t, got[0].text);
        assert_eq!(got[0].value, 3210.0);
    }

    #[test]
    fn a_disease_its_clause_opens_with_is_what_the_count_counts() {
        let got = run("Bệnh tay chân miệng ghi nhận 67 ca, giảm 12 ca so với cùng kỳ.");
        assert_eq!(got[0].subject, "ca tay chân miệng");
        assert_eq!(got[0].change.as_ref().map(|c| c.value), Some(12.0));
        let got = run("Trong tuần, bệnh thủy đậu đã ghi nhận 14 ca.");
        assert_eq!(got[0].subject, "ca thủy đậu");
        let got = run("- Sốt xuất huyết xảy ra 18 ca, tăng 7 ca so với tháng trước.");
        assert_eq!(got[0].subject, "ca sốt xuất huyết");
        // Words of their own between the disease and the count keep the lead.
        let got = run("Bệnh sởi tại các trường học ghi nhận 9 ca.");
        assert_ne!(got[0].subject, "ca sởi");
        // Not a count of the sick: the disease is no topic of it.
        let got = run("Bệnh dại ghi nhận 4 xã có chó nghi dại.");
        assert!(!got[0].subject.starts_with("xã dại"), "{:?}", got[0].subject);
    }

    #[test]
    fn a_list_of_named_places_after_a_count_is_no_part_of_what_it_counts() {
        let got = run("Có 3 xã đạt tỷ lệ thấp là xã Tân Vĩnh (78,2%), xã Hòa Mỹ (80,1%) và xã Bình Khê (81,5%).");
        let subjects: Vec<&str> = got.iter().map(|i| i.subject.as_str()).collect();
        assert_eq!(subjects, ["xã đạt tỷ lệ thấp", "xã Tân Vĩnh", "xã Hòa Mỹ", "xã Bình Khê"]);
        assert_eq!(got[0].text, "3 xã đạt tỷ lệ thấp");
        let got = run("Có 2 huyện có số mắc cao gồm huyện Đông Lâm (41 ca), thị xã Phú Hà (33 ca).");
        let subjects: Vec<&str> = got.iter().map(|i| i.subject.as_str()).collect();
        assert_eq!(subjects, ["huyện có số mắc cao", "ca (huyện Đông Lâm)", "ca (thị xã Phú Hà)"]);
    }

    #[test]
    fn a_pair_of_words_joined_by_a_comma_is_one_phrase_of_the_context() {
        let got = run("Các cơ sở khám bệnh, chữa bệnh đã khám cho 92.410 lượt người.");
        // Nine words are kept whole: a cut one word in may split a word of two syllables.
        assert_eq!(got[0].subject, "lượt người (Các cơ sở khám bệnh, chữa bệnh đã khám)");
        let got = run("Trong năm, Đội phòng, chống dịch đã xử lý 41 ổ dịch.");
        assert_eq!(got[0].subject, "ổ dịch (Đội phòng, chống dịch đã xử lý)");
    }

    #[test]
    fn a_list_mark_is_no_part_of_a_figures_context() {
        let got = run("- Chuyển tuyến 86 trường hợp, giảm 11 trường hợp so với cùng kỳ.");
        assert_eq!(got[0].subject, "trường hợp (Chuyển tuyến)");
    }

    #[test]
    fn a_full_schedule_of_vaccines_is_no_figure() {
        let got = run("Tiêm chủng mở rộng: 356 trẻ dưới 1 tuổi được tiêm đủ 8 loại vắc xin, đạt 81,2% kế hoạch năm.");
        let view: Vec<(f64, &str)> = got.iter().map(|i| (i.value, i.subject.as_str())).collect();
        assert_eq!(
            view,
            [
                (356.0, "trẻ dưới 1 tuổi được tiêm đủ 8 loại vắc xin (Tiêm chủng mở rộng)"),
                (81.2, "trẻ dưới 1 tuổi được tiêm đủ 8 loại vắc xin (Tiêm chủng mở rộng; kế hoạch năm)"),
            ]
        );
        // Kinds of something else are counted.
        let got = run("Khoa Dược đã cấp đủ 5 loại thuốc cho các trạm.");
        assert_eq!(got[0].value, 5.0);
    }

    #[test]
    fn a_running_total_after_a_semicolon_counts_the_disease_before_it() {
        let got = run("Trong tuần, bệnh sốt xuất huyết ghi nhận 41 ca, tăng 9 ca so với tuần trước; cộng dồn từ đầu năm 1.208 ca, giảm 14,6% so với cùng kỳ.");
        assert_eq!(got[1].subject, "ca sốt xuất huyết (cộng dồn từ đầu năm)");
        // Two diseases before: which one is not said.
        let got = run("Trong tuần ghi nhận 41 ca sốt xuất huyết, 12 ca tay chân miệng; cộng dồn từ đầu năm 1.208 ca.");
        assert_eq!(got[2].subject, "ca (cộng dồn từ đầu năm)");
    }

    #[test]
    fn a_few_sharing_a_bed_count_no_one() {
        let f = run("Tại bệnh viện, bệnh nhân phải nằm ghép 2-3 người một giường.");
        assert!(f.is_empty(), "{f:?}");
        let f = run("Vào mùa dịch, phòng lưu bệnh nhân phải bố trí 2 bệnh nhân/giường.");
        assert!(f.is_empty(), "{f:?}");
        let f = run("Nhiều thời điểm khoa phải xếp 4-5 người mỗi phòng.");
        assert!(f.is_empty(), "{f:?}");
        let f = run("Nhiều bệnh nhi phải nằm ghép 2 cháu một giường.");
        assert!(f.is_empty(), "{f:?}");
        // A range of cases is a count, and so are people seen in a day.
        let f = run("Trong tuần, bệnh viện ghi nhận 2-3 ca mắc sốt xuất huyết nặng.");
        assert!(f.iter().any(|f| f.value == 2.0 && f.unit.as_deref() == Some("ca")), "{f:?}");
        let f = run("Phòng khám tiếp nhận 120 người mỗi ngày.");
        assert!(f.iter().any(|f| f.value == 120.0), "{f:?}");
    }

    #[test]
    fn a_comparison_naming_no_disease_changes_the_one_count_before() {
        let f = run("Toàn tỉnh ghi nhận 120 ca sởi. So với cùng kỳ năm 2025, số ca mắc tăng 30 ca.");
        let c = f.iter().find(|f| f.value == 120.0).expect("the count");
        let change = c.change.as_ref().expect("its change");
        assert_eq!((change.direction.as_str(), change.value, change.baseline.as_deref()), ("increase", 30.0, Some("cùng kỳ năm 2025")));
        // Two counts before it: which one rose is not said.
        let f = run("Toàn tỉnh ghi nhận 120 ca sởi, 64 ca thủy đậu. So với cùng kỳ năm 2025, số ca mắc tăng 30 ca.");
        assert!(f.iter().all(|f| f.change.is_none()), "{f:?}");
        // A change in visits is no change of cases.
        let f = run("Toàn tỉnh ghi nhận 120 ca sởi. So với cùng kỳ năm 2025, số ca mắc tăng 300 lượt.");
        assert!(f.iter().all(|f| f.change.is_none()), "{f:?}");
    }

    #[test]
    fn a_change_opening_the_next_paragraph_names_its_figure() {
        let f = run("Tháng 5, toàn huyện ghi nhận 86 ca mắc sốt xuất huyết, tập trung tại các xã ven sông.\n\nSố ca mắc sốt xuất huyết tăng 24 ca so với tháng trước.");
        let c = f.iter().find(|f| f.value == 86.0).expect("the count");
        let change = c.change.as_ref().expect("its change");
        assert_eq!((change.value, change.baseline.as_deref()), (24.0, Some("tháng trước")));
        // Naming only "ca mắc", the paragraph may speak of any disease.
        let f = run("Tháng 5, toàn huyện ghi nhận 86 ca mắc sốt xuất huyết, tập trung tại các xã ven sông.\n\nSố ca mắc tăng 24 ca so với tháng trước.");
        assert!(f.iter().all(|f| f.change.is_none()), "{f:?}");
        // Another disease is another figure's.
        let f = run("Tháng 5, toàn huyện ghi nhận 86 ca mắc sốt xuất huyết.\n\nSố ca mắc tay chân miệng tăng 24 ca so với tháng trước.");
        assert!(f.iter().all(|f| f.change.is_none()), "{f:?}");
    }

    #[test]
    fn a_context_does_not_open_inside_a_name() {
        let f = run("Trung tâm Y tế huyện Bình Thủy Nguyên mở rộng khu điều trị thêm 40 giường.");
        let c = f.iter().find(|f| f.value == 40.0).expect("the beds");
        assert_eq!(c.subject, "giường (mở rộng khu điều trị thêm)");
    }

    #[test]
    fn a_time_the_work_took_is_no_figure_of_the_context() {
        let f = run("Sau 3 ngày triển khai toàn huyện đã tiêm 1.250 trẻ.");
        let c = f.iter().find(|f| f.value == 1250.0).expect("the children");
        assert_eq!(c.subject, "trẻ (triển khai toàn huyện đã tiêm)");
        let f = run("Theo báo cáo, 6 tháng đầu năm Trung tâm đã khám bệnh cho 38.915 lượt người.");
        let c = f.iter().find(|f| f.value == 38915.0).expect("the visits");
        assert_eq!(c.subject, "lượt người (Trung tâm đã khám bệnh)");
        // Another figure in the lead is no time: the words before it still name both.
        let f = run("Trung tâm hiện có 210 giường bệnh và 36 bác sĩ.");
        let c = f.iter().find(|f| f.value == 36.0).expect("the doctors");
        assert!(c.subject.starts_with("bác sĩ (Trung tâm"), "{c:?}");
    }

    #[test]
    fn a_context_of_joining_words_alone_is_none() {
        let f = run("Khoa điều trị 74 bệnh nhi, trong khi chỉ có 45 giường.");
        let c = f.iter().find(|f| f.value == 45.0).expect("the beds");
        assert_eq!(c.subject, "giường");
        let f = run("Sau 2 đợt ra quân, dịch đã được khống chế.");
        assert_eq!(f[0].subject, "đợt ra quân", "{f:?}");
    }

    #[test]
    fn a_conjunction_opens_no_context() {
        let f = run("Khoa điều trị cùng lúc 85 bệnh nhi, trong khi khoa chỉ có 40 giường.");
        let c = f.iter().find(|f| f.value == 40.0).expect("the beds");
        assert_eq!(c.subject, "giường (khoa)");
    }

    #[test]
    fn rounds_opening_the_sentence_frame_the_count_after_them() {
        let f = run("Qua 3 đợt ra quân toàn xã đã khám cho 2.150 người.");
        assert_eq!(f.iter().map(|f| f.value).collect::<Vec<_>>(), [2150.0], "{f:?}");
        let f = run("Sau 2 lần kiểm tra, đoàn đã nhắc nhở 14 cơ sở.");
        assert_eq!(f.iter().map(|f| f.value).collect::<Vec<_>>(), [14.0], "{f:?}");
        // With no count after them the rounds are the figure.
        let f = run("Sau 2 đợt ra quân, dịch đã được khống chế.");
        assert_eq!(f.iter().map(|f| f.value).collect::<Vec<_>>(), [2.0], "{f:?}");
        let f = run("Trung tâm tổ chức 2 đợt ra quân tại các thôn vùng cao.");
        assert_eq!(f.iter().map(|f| f.value).collect::<Vec<_>>(), [2.0], "{f:?}");
    }

    #[test]
    fn a_rate_listed_for_another_level_keeps_its_name() {
        let f = run("Công suất sử dụng giường bệnh của các bệnh viện tuyến tỉnh trung bình 108%, tuyến huyện 83%.");
        let subjects: Vec<&str> = f.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(subjects, ["Công suất sử dụng giường bệnh của các bệnh viện tuyến tỉnh", "Công suất sử dụng giường bệnh của các bệnh viện tuyến huyện"]);
        let f = run("Tỷ lệ trẻ suy dinh dưỡng của xã Phú An là 12,4%, xã Hòa Lạc 9,8%.");
        assert_eq!(f[1].subject, "Tỷ lệ trẻ suy dinh dưỡng của xã Hòa Lạc", "{f:?}");
        // A level the rate's subject does not name is left as it was.
        let f = run("Tỷ lệ tiêm chủng đạt 95,2%, tuyến huyện 90,4%.");
        assert_eq!(f[1].subject, "tuyến huyện", "{f:?}");
    }

    #[test]
    fn a_clause_naming_its_own_measure_after_a_figure_is_not_the_first_figures() {
        let subjects = |text: &str| run(text).into_iter().map(|i| i.subject).collect::<Vec<_>>();
        let s = subjects("Tỷ lệ nhiễm khuẩn tiết niệu là 1,8%, nhiễm khuẩn phổi là 3,2%.");
        assert_eq!(s, ["Tỷ lệ nhiễm khuẩn tiết niệu", "Tỷ lệ nhiễm khuẩn phổi"]);
        let s = subjects("Công suất sử dụng giường thực kê của bệnh viện đạt 117%, giường kế hoạch đạt 139%.");
        assert_eq!(s[1], "Công suất sử dụng giường kế hoạch");
        let s = subjects("Số ca mắc sởi là 42 ca, ca tử vong là 1 ca.");
        assert_eq!(s[1], "Số ca tử vong – sởi");
        // A clause sharing no word of the measure keeps the earlier subject, as before.
        let s = subjects("Tỷ lệ trẻ được uống vitamin A đạt 97%, riêng xã Tân Hòa đạt 89%.");
        assert_eq!(s[1], "Tỷ lệ trẻ được uống vitamin A");
    }

    #[test]
    fn a_rate_listed_for_the_other_group_of_a_pair_or_its_lowest_place_keeps_its_name() {
        let subjects = |text: &str| run(text).into_iter().map(|i| i.subject).collect::<Vec<_>>();
        let s = subjects("Tỷ lệ người bệnh nội trú hài lòng đạt 96,1%, ngoại trú 93,4%.");
        assert_eq!(s[1], "Tỷ lệ người bệnh ngoại trú hài lòng");
        let s = subjects("Tỷ lệ phụ nữ có thai được khám thai đủ 4 lần đạt 91,3%, thấp nhất là xã Hòa Bình 82,6%.");
        assert_eq!(s[1], "Tỷ lệ phụ nữ có thai được khám thai đủ 4 lần (thấp nhất là xã Hòa Bình)");
        let s = subjects("Tỷ lệ hút thuốc lá ở nam giới tại xã Nam Hà là 41,5%, nữ 1,2%.");
        assert_eq!(s[1], "Tỷ lệ hút thuốc lá ở nữ giới tại xã Nam Hà");
        // "nữ" of "phụ nữ" is no group of the pair.
        let s = subjects("Tỷ lệ phụ nữ đi khám sàng lọc đạt 64%, nam 38%.");
        assert_eq!(s[1], "nam", "{s:?}");
        // Not after a rate: the words stay the figure's own.
        let s = subjects("Khoa đã tiếp nhận 60% bệnh nhân tuyến dưới chuyển lên, ngoại trú 40%.");
        assert!(!s[1].contains("nội trú"), "{s:?}");
    }

    #[test]
    fn a_share_of_the_population_after_a_count_says_so() {
        let f = run("Số người dân được khám sàng lọc tăng huyết áp là 84.250 người, đạt 61,2% dân số.");
        let share = f.iter().find(|f| f.value == 61.2).expect("the share");
        assert_eq!(share.subject, "Số người dân được khám sàng lọc tăng huyết áp (dân số)");
        assert_eq!(share.text, "61,2% dân số");
    }

    #[test]
    fn a_range_with_its_unit_at_both_ends_is_one_figure() {
        let f = run("Mỗi ngày, bệnh viện tiếp nhận từ 310 ca đến 360 ca khám.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].value, f[0].text.as_str()), (310.0, "310 ca đến 360 ca khám"));
        let f = run("Tỷ lệ sử dụng kháng sinh tại các khoa từ 42% đến 55%.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].value, f[0].text.as_str()), (42.0, "42% đến 55%"));
        // Units apart at the two ends are two figures.
        let f = run("Đội đã xử lý từ 12 ổ dịch đến 30 hộ gia đình.");
        assert_eq!(f.len(), 2, "{f:?}");
    }

    #[test]
    fn a_plan_passed_by_a_share_named_before_it_is_a_change() {
        let f = run("Bệnh viện đã thực hiện 1.250 ca phẫu thuật, vượt kế hoạch 12%.");
        assert_eq!(f.len(), 1, "{f:?}");
        let change = f[0].change.as_ref().expect("the change");
        assert_eq!((change.value, change.baseline.as_deref()), (12.0, Some("kế hoạch")));
        // A threshold passed is no plan: the figure stays its own.
        let f = run("Chỉ số nhà có bọ gậy tại xã Tân Hòa là 18%, vượt ngưỡng cảnh báo 10%.");
        assert!(f.iter().all(|i| i.change.is_none()), "{f:?}");
        assert_eq!(passed_plan_before("đạt 2.100 lượt, vượt chỉ tiêu năm "), Some("chỉ tiêu năm"));
        assert_eq!(passed_plan_before("nơi vượt kế hoạch 3 lần, đạt "), None);
    }

    #[test]
    fn a_change_over_the_plan_names_the_plan_as_its_baseline() {
        let f = run("Khoa Sản đang điều trị 58 sản phụ, vượt 21% số giường kế hoạch.");
        let change = f[0].change.as_ref().expect("the change");
        assert_eq!((change.value, change.baseline.as_deref()), (21.0, Some("số giường kế hoạch")));
        let f = run("Tổng số lần xét nghiệm là 12.400 lần, vượt 9% kế hoạch năm.");
        let change = f[0].change.as_ref().expect("the change");
        assert_eq!(change.baseline.as_deref(), Some("kế hoạch năm"));
    }

    #[test]
    fn a_rate_listed_for_places_wards_and_age_groups_keeps_its_name() {
        let subjects = |text: &str| run(text).into_iter().map(|i| i.subject).collect::<Vec<_>>();
        // A list apart at semicolons, and places of one tier mixed.
        let s = subjects("Tỷ lệ bao phủ bảo hiểm y tế của xã Tân Mỹ đạt 93,5%; xã Phú Điền 88,2%; thị trấn Hòa Lộc 90,1%.");
        assert_eq!(s[1..], ["Tỷ lệ bao phủ bảo hiểm y tế của xã Phú Điền", "Tỷ lệ bao phủ bảo hiểm y tế của thị trấn Hòa Lộc"]);
        // Wards by their names; "khoa" of "sản khoa" is no ward.
        let s = subjects("Tỷ lệ nhiễm khuẩn bệnh viện khoa Hồi sức tích cực là 4,2%, khoa Ngoại 2,1%.");
        assert_eq!(s[1], "Tỷ lệ nhiễm khuẩn bệnh viện khoa Ngoại");
        let s = subjects("Tỷ lệ sinh mổ tại bệnh viện sản khoa là 42%, khoa Nhi 3%.");
        assert_eq!(s[1], "khoa Nhi");
        // Age groups with their ages.
        let s = subjects("Tỷ lệ người cao tuổi được khám sức khỏe nhóm 60-69 tuổi đạt 78,5%, nhóm 70-79 tuổi 71,2%, nhóm từ 80 tuổi trở lên 64,3%.");
        assert_eq!(s[1..], ["Tỷ lệ người cao tuổi được khám sức khỏe nhóm 70-79 tuổi", "Tỷ lệ người cao tuổi được khám sức khỏe nhóm từ 80 tuổi trở lên"]);
        // The level's own link and adverbs are not its name.
        let s = subjects("Tỷ lệ tiêm chủng của xã Tân Mỹ đạt 95%; xã Phú Điền đạt 88%, xã Hòa Lộc chỉ 81%.");
        assert_eq!(s[1..], ["Tỷ lệ tiêm chủng của xã Phú Điền", "Tỷ lệ tiêm chủng của xã Hòa Lộc"]);
        // A place of another tier, and "xã" of "thị xã", are not the level listed.
        let s = subjects("Tỷ lệ tiêm chủng mở rộng của thị xã Bắc Hà đạt 96%, xã Tân Lập 91%.");
        assert_eq!(s[1], "xã Tân Lập");
    }

    #[test]
    fn a_rate_as_a_share_of_the_plan_says_so() {
        let f = run("Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 41,6% kế hoạch năm.");
        assert_eq!(f[0].subject, "Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi (kế hoạch năm)", "{f:?}");
        assert_eq!(f[0].text, "41,6% kế hoạch năm");
        let f = run("Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 96,3%.");
        assert_eq!(f[0].subject, "Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", "{f:?}");
    }

    #[test]
    fn a_label_leaves_out_the_words_leading_into_it() {
        let f = run("Cụ thể, số lượt khám bệnh: 186.240 lượt; tổng số ca phẫu thuật: 3.410 ca.");
        let subjects: Vec<&str> = f.iter().map(|i| i.subject.as_str()).collect();
        assert_eq!(subjects, ["số lượt khám bệnh", "tổng số ca phẫu thuật"]);
        // A label with no measure after its comma is kept whole.
        let f = run("Khám, chữa bệnh: 12.300 lượt.");
        assert_eq!(f[0].subject, "Khám, chữa bệnh", "{f:?}");
    }

    #[test]
    fn a_context_cut_keeps_a_word_of_two_syllables_whole() {
        let f = run("Mạng lưới trạm xá vùng cao thuộc hai cụm liên xã khám chữa bệnh miễn phí hằng tháng theo lịch cho 3.400 lượt người.");
        assert_eq!(f[0].subject, "lượt người (khám chữa bệnh miễn phí hằng tháng theo lịch)", "{f:?}");
        let words: Vec<&str> = "a b c d e f g h i j k".split(' ').collect();
        assert_eq!(context_start(&words), 3);
        // Other general words of the work: "nâng cao", "phát hiện", "hướng dẫn".
        for (work, kept) in [
            ("Ngành y tế huyện đã triển khai thực hiện nhiều giải pháp nâng cao chất lượng khám chữa bệnh ban đầu cho", "nâng cao chất lượng khám chữa bệnh ban đầu"),
            ("Các cơ sở y tế đã triển khai khám sàng lọc phát hiện sớm ung thư cổ tử cung cho", "phát hiện sớm ung thư cổ tử cung"),
        ] {
            let f = run(&format!("{work} 1.820 người."));
            assert_eq!(f[0].subject, format!("người ({kept})"), "{f:?}");
        }
    }

    #[test]
    fn a_weeks_number_is_no_figure_even_without_a_year() {
        let mut warnings = Vec::new();
        let s = "Trong tuần 40 toàn tỉnh ghi nhận 56 ca sốt xuất huyết. Cộng dồn 40 tuần có 618 ca.";
        let dates = super::super::dates::find(s, &digit_places(s), &super::super::YearContext { year: None, published: None, written: None, today: None, title_period: None, plan_year: false, reviewed_year: None }, &mut warnings);
        let f = run_with_dates(s, &dates);
        assert_eq!(f.iter().map(|i| i.value).collect::<Vec<_>>(), [56.0, 618.0], "{f:?}");
    }

    #[test]
    fn union_members_are_counted_as_such_not_as_delegations() {
        let f = run("Lễ ra quân có hơn 150 đoàn viên tham gia; 12 đoàn kiểm tra được thành lập.");
        let units: Vec<&str> = f.iter().filter_map(|i| i.unit.as_deref()).collect();
        assert_eq!(units, ["đoàn viên", "đoàn"], "{f:?}");
    }

    #[test]
    fn a_context_cut_never_opens_inside_a_name() {
        // The cut would open inside the doer's name: the words after the name say the work.
        for (lead, kept) in [
            ("Sáng nay Trung tâm Y tế huyện Hòa Vĩnh xử lý", "xử lý"),
            ("Bệnh viện Đa khoa khu vực Tây Nguyên Bắc tiếp nhận", "tiếp nhận"),
            ("Trung tâm Kiểm soát bệnh tật tỉnh Bình Lĩnh phối hợp xử lý triệt để", "phối hợp xử lý triệt để"),
            ("Khoa Khám bệnh Bệnh viện Đa khoa huyện Phú Lâm Đông mỗi ngày tiếp đón", "mỗi ngày tiếp đón"),
        ] {
            let f = run(&format!("{lead} 57 ổ dịch."));
            assert_eq!(f[0].subject, format!("ổ dịch ({kept})"), "{f:?}");
        }
        // A verb between two names is no part of either.
        let words: Vec<&str> = "Phòng Y tế huyện Ea Hleo Tây phối hợp Đội Quản lý thị trường kiểm tra".split(' ').collect();
        assert_eq!(past_a_cut_name(&words, 7), 7);
        // A name running to the figure is kept whole, from its first word.
        let words: Vec<&str> = "a b c d Trung tâm Y tế huyện Hòa Vĩnh".split(' ').collect();
        assert_eq!(past_a_cut_name(&words, 5), 4);
    }

    #[test]
    fn a_long_label_of_a_rate_or_count_names_the_figure() {
        let f = run("Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế: 95,2%.");
        assert_eq!(f[0].subject, "Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế", "{f:?}");
        // Any other label that long is a sentence, not a label.
        assert!(label_before("Ngày 5 tháng này đoàn công tác của tỉnh đến làm việc và kiểm tra thực tế tại huyện: 12 cơ sở", 112).is_none());
    }

    #[test]
    fn a_per_population_denominator_in_a_label_is_no_figure() {
        let f = run("Số giường bệnh/10.000 dân: 32,5 giường.");
        assert_eq!(f[0].subject, "Số giường bệnh/10.000 dân", "{f:?}");
        assert!(!holds_a_figure("Số bác sĩ/100.000 dân"));
        assert!(holds_a_figure("Số bác sĩ 120 người"));
    }

    #[test]
    fn the_times_a_schedule_asks_for_are_no_figure() {
        let f = run("Tỷ lệ phụ nữ có thai được khám thai đủ 4 lần: 88,6%.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].subject, "Tỷ lệ phụ nữ có thai được khám thai đủ 4 lần", "{f:?}");
        // A change "gấp 2 lần" is no schedule.
        let f = run("Số ca mắc sởi là 32 ca, tăng gấp 2 lần so với cùng kỳ.");
        assert_eq!(f[0].change.as_ref().map(|c| c.value), Some(2.0), "{f:?}");
    }

    #[test]
    fn a_change_before_its_figure_is_that_figure_s() {
        let f = run("Số lượt khám bệnh giảm 8,2% so với cùng kỳ, còn 52.300 lượt.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].subject, "Số lượt khám bệnh", "{f:?}");
        let c = f[0].change.as_ref().expect("the change");
        assert_eq!((c.direction.as_str(), c.value, c.unit.as_deref(), c.baseline.as_deref()), ("decrease", 8.2, Some("%"), Some("cùng kỳ")));
        let f = run("Tổng số lượt điều trị nội trú tăng 1.120 lượt so với năm 2025, đạt 24.560 lượt.");
        assert_eq!(f.len(), 1, "{f:?}");
        let c = f[0].change.as_ref().expect("the change");
        assert_eq!((c.value, c.unit.as_deref()), (1120.0, Some("lượt")), "{f:?}");
        // A share after the change is no figure it changed.
        let f = run("Số ca mắc tăng 15 ca so với cùng kỳ, chiếm 30%.");
        assert!(f.iter().all(|i| i.change.is_none()), "{f:?}");
    }

    #[test]
    fn a_budget_is_a_plan() {
        let f = run("Tổng thu của các bệnh viện đạt 380,4 tỷ đồng, đạt 71,2% dự toán.");
        let share = f.iter().find(|f| f.value == 71.2).expect("the share");
        assert!(share.subject.ends_with("dự toán)"), "{f:?}");
        assert_eq!(share.text, "71,2% dự toán");
        let f = run("Doanh thu của trung tâm là 42,8 tỷ đồng, vượt 6,5% dự toán năm.");
        let change = f[0].change.as_ref().expect("the change");
        assert_eq!((change.value, change.baseline.as_deref()), (6.5, Some("dự toán năm")));
        // What a budget asks for is no result.
        assert!(run("Tổng chi năm 2026 (dự toán: 95 tỷ đồng).").iter().all(|i| i.value != 95.0));
    }

    #[test]
    fn a_plan_of_a_counted_unit_is_a_baseline() {
        let f = run("Số giường thực kê là 540 giường, vượt 18,3% giường kế hoạch.");
        let change = f[0].change.as_ref().expect("the change");
        assert_eq!(change.baseline.as_deref(), Some("giường kế hoạch"), "{f:?}");
        assert!(!counted_plan("so với "), "two words are no unit");
        assert!(!counted_plan("gấp "), "a word that counts nothing");
    }

    #[test]
    fn a_bracketed_earlier_figure_with_a_link_is_the_baseline() {
        let f = run("Tỷ lệ trẻ được tiêm đủ liều đạt 93,6% (năm 2025 là 88,1%).");
        let change = f[0].change.as_ref().expect("the change");
        assert_eq!((change.direction.as_str(), change.value), ("increase", 5.5));
        assert_eq!(change.baseline.as_deref(), Some("năm 2025 là 88,1%"));
        // A relative time leaves no figure of its own, past a population word too.
        let f = run("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,7% dân số (cùng kỳ là 90,2%).");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].change.as_ref().and_then(|c| c.baseline.as_deref()), Some("cùng kỳ là 90,2%"));
        // A part of the figure is no time it is compared with.
        let f = run("Toàn huyện ghi nhận 58 ca (trong đó tháng 9 là 21 ca).");
        assert!(f[0].change.is_none(), "{f:?}");
    }

    #[test]
    fn a_baseline_in_a_clause_after_the_change() {
        let f = run("Số ca mắc thủy đậu là 26 ca, giảm 9 ca; so với cùng kỳ năm 2025 là 35 ca.");
        assert_eq!(f.len(), 1, "the earlier count lives in the baseline: {f:?}");
        assert_eq!(f[0].change.as_ref().and_then(|c| c.baseline.as_deref()), Some("cùng kỳ năm 2025 là 35 ca"));
        let f = run("Trạm đã khám cho 312 lượt, giảm 48 lượt; so với tháng 5.");
        assert_eq!(f[0].change.as_ref().and_then(|c| c.baseline.as_deref()), Some("tháng 5"));
        // A clause with its own change, or one that goes on after a comma, is another figure's.
        let f = run("Đã tiêm 412 liều, tăng 38 liều; so với tháng trước số liều tăng 10,2%.");
        assert_eq!(f[0].change.as_ref().and_then(|c| c.baseline.as_deref()), None, "{f:?}");
        let f = run("Có 40 ca sởi, tăng 7 ca; so với cùng kỳ, số ca ho gà là 12 ca.");
        assert_eq!(f[0].change.as_ref().and_then(|c| c.baseline.as_deref()), None, "{f:?}");
    }

    #[test]
    fn a_long_label_of_a_sum_names_it() {
        let f = run("3. Kinh phí mua thẻ bảo hiểm y tế cho học sinh thuộc hộ cận nghèo: 2,36 tỷ đồng.");
        assert_eq!(f[0].subject, "Kinh phí mua thẻ bảo hiểm y tế cho học sinh thuộc hộ cận nghèo", "{f:?}");
    }

    #[test]
    fn an_age_bound_or_range_stays_in_who_is_counted() {
        let f = run("Trạm đã khám cho 1.530 người từ 45 tuổi trở lên 1 lần trong năm.");
        assert_eq!(f[0].subject, "người từ 45 tuổi trở lên", "{f:?}");
        // "(đạt 81%)" right after the count is a share of those it counts.
        let f = run("Đo huyết áp cho 870 người từ 50 tuổi trở lên (đạt 81%).");
        let share = f.iter().find(|i| i.unit.as_deref() == Some("%")).expect("share");
        assert_eq!(share.subject, "người từ 50 tuổi trở lên", "{f:?}");
        let f = run("Trẻ từ 12 - 48 tháng tuổi được uống thuốc tẩy giun là 604 trẻ.");
        assert_eq!(f[0].subject, "Trẻ từ 12 - 48 tháng tuổi được uống thuốc tẩy giun", "{f:?}");
        assert_eq!(f.len(), 1, "{f:?}");
        let f = run("Trẻ từ 6-24 tháng tuổi được uống vitamin A: 931 trẻ.");
        assert_eq!(f[0].subject, "Trẻ từ 6-24 tháng tuổi được uống vitamin A", "{f:?}");
    }

    #[test]
    fn revenue_before_a_sum_names_it() {
        let f = run("Trung tâm có doanh thu 64,8 tỷ đồng.");
        assert_eq!(f[0].subject, "tỷ đồng (doanh thu)", "{f:?}");
        let f = run("Tổng doanh thu dịch vụ đạt 27,5 tỷ đồng.");
        assert_eq!(f[0].subject, "Tổng doanh thu dịch vụ", "{f:?}");
        let f = run("Tổng thu sự nghiệp là 31,2 tỷ đồng.");
        assert_eq!(f[0].subject, "Tổng thu sự nghiệp", "{f:?}");
        // A short clause of each share keeps its words whole.
        let f = run("Mỗi suất trị giá 500.000 đồng.");
        assert_eq!(f[0].subject, "đồng (Mỗi suất trị giá)", "{f:?}");
    }

    #[test]
    fn a_count_label_right_before_its_count_names_it() {
        let f = run("Số ca thủy đậu 11 ca.");
        assert_eq!(f[0].subject, "Số ca thủy đậu", "{f:?}");
        let f = run("- Tổng số lượt tiêm chủng 4.210 lượt.");
        assert_eq!(f[0].subject, "Tổng số lượt tiêm chủng", "{f:?}");
        // A change word before the figure leaves it to the change's reading.
        let f = run("Số ca mắc giảm 5 ca.");
        assert!(f.iter().all(|i| i.subject != "Số ca mắc giảm"), "{f:?}");
    }

    #[test]
    fn a_count_after_a_term_word_beyond_any_term_is_a_figure() {
        let f = run("Bệnh sốt xuất huyết: trong tháng 17 ca, lũy tích 88 ca.");
        assert_eq!(f[0].value, 17.0, "{f:?}");
        let f = run("Số người nhiễm HIV phát hiện mới trong quý 19 người.");
        assert_eq!(f[0].value, 19.0, "{f:?}");
        // A month's own number stays a month's: "tháng 9" is no count.
        let f = run("Trong tháng 9 ghi nhận 5 ca tay chân miệng.");
        assert!(f.iter().all(|i| i.value != 9.0), "{f:?}");
    }

    #[test]
    fn a_bare_count_after_its_label_with_its_change_after_it_is_a_figure() {
        for text in ["- Số lượt khám: 8.020 (tăng 310 lượt so với tháng 9).", "- Tổng số lượt khám: 8.020, tăng 310 lượt so với tháng 9."] {
            let f = run(text);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert_eq!((f[0].value, f[0].unit.as_deref()), (8020.0, Some("lượt khám")), "{text}");
            let change = f[0].change.as_ref().map(|c| (c.direction.as_str(), c.value));
            assert_eq!(change, Some(("increase", 310.0)), "{text}");
        }
        // Any other words after the number may name what it counts otherwise.
        assert!(run("- Số lượt khám: 8.020 trong đó trẻ em 1.200.").iter().all(|i| i.value != 8020.0));
        assert!(opens_its_change("(giảm 3 ca)") && opens_its_change(", tăng 12%") && opens_its_change("(tăng hơn 300 lượt)"));
        assert!(!opens_its_change("(tăng cường)") && !opens_its_change("trong đó"));
    }

    #[test]
    fn a_long_label_opening_a_list_item_or_a_count_names_it() {
        let f = run("- Người bệnh tăng huyết áp được quản lý và điều trị tại các trạm y tế xã trong huyện: 1.317 người.");
        assert_eq!(f[0].subject, "Người bệnh tăng huyết áp được quản lý và điều trị tại các trạm y tế xã trong huyện", "{f:?}");
        let label = "Số bệnh nhân đái tháo đường được quản lý, điều trị ngoại trú và tư vấn dinh dưỡng định kỳ tại các trạm y tế xã trên toàn huyện";
        let f = run(&format!("{label}: 846 người."));
        assert_eq!(f[0].subject, label, "{f:?}");
        // Within a sentence, a long clause before a colon is still no label.
        let f = run("Trong đợt này, đoàn đã đến làm việc và kiểm tra rất kỹ tại các cơ sở khám chữa bệnh tư nhân của thị trấn như sau: 14 cơ sở.");
        assert!(!f[0].subject.starts_with("Trong đợt này"), "{f:?}");
    }

    #[test]
    fn a_share_reached_in_brackets_is_of_the_figure_before() {
        let f = run("Số trẻ dưới 2 tuổi được theo dõi tăng trưởng 1.046 trẻ (đạt 95,8%).");
        assert_eq!(f[1].subject, f[0].subject, "{f:?}");
    }

    #[test]
    fn a_rate_restated_as_a_fraction_keeps_its_label() {
        let f = run("- Tỷ lệ phụ nữ có thai được khám thai ít nhất 4 lần trong 3 thời kỳ đạt 137/145 (94,5%).");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].value, 94.5, "{f:?}");
        assert_eq!(f[0].subject, "Tỷ lệ phụ nữ có thai được khám thai ít nhất 4 lần trong 3 thời kỳ", "{f:?}");
    }

    #[test]
    fn a_code_with_digits_in_a_label_is_no_figure() {
        let f = run("Tiêm vắc xin uốn ván cho phụ nữ có thai (UV2+): 7.340 người.");
        assert_eq!(f[0].subject, "Tiêm vắc xin uốn ván cho phụ nữ có thai (UV2+)", "{f:?}");
        assert!(holds_a_figure("Số ca mắc 12 ca"));
        assert!(!holds_a_figure("Số trẻ được tiêm EV71"));
        assert!(!holds_a_figure("Số ca COVID-19"));
        assert_eq!(words_outside_brackets("Tiêm vắc xin (UV2+) cho (phụ nữ có thai) x"), 5);
    }

    #[test]
    fn a_total_with_no_words_of_its_own_counts_what_the_figure_before_counts() {
        let f = run("Trong 9 tháng, tỉnh phát hiện mới 71 người nhiễm HIV, lũy tích đến nay 3.920 người.");
        assert_eq!(f[1].subject, "người nhiễm HIV (lũy tích đến nay)", "{f:?}");
        let f = run("- Quản lý bệnh nhân đái tháo đường: 214 người, cộng dồn 806 người.");
        assert_eq!(f[1].subject, "Quản lý bệnh nhân đái tháo đường (cộng dồn)", "{f:?}");
        let f = run("Số lượt khám trong tháng là 21.305 lượt, lũy kế 7 tháng 140.220 lượt.");
        assert_eq!(f[1].subject, "Số lượt khám (lũy kế)", "{f:?}");
        // The figure before says no more than its unit: nothing to carry.
        let f = run("- Sởi: trong tuần ghi nhận 7 ca, cộng dồn 52 ca.");
        assert!(f[1].subject.starts_with("ca (cộng dồn)"), "{f:?}");
        // Another unit, or another sentence, is another count.
        let f = run("Có 71 người nhiễm HIV. Lũy tích 3.920 người.");
        assert_eq!(f[1].subject, "người (Lũy tích)", "{f:?}");
    }

    #[test]
    fn points_below_or_above_the_plan_are_a_change() {
        let f = run("Tỷ lệ sinh con thứ 3 trở lên là 7,9%, thấp hơn chỉ tiêu giao 1,5 điểm phần trăm.");
        assert_eq!(f.len(), 1, "{f:?}");
        let c = f[0].change.as_ref().expect("a change");
        assert_eq!((c.direction.as_str(), c.value, c.baseline.as_deref()), ("decrease", 1.5, Some("chỉ tiêu giao")));
        let f = run("Tỷ lệ bao phủ đạt 92,4%, cao hơn kế hoạch là 2 điểm %.");
        assert_eq!(f[0].change.as_ref().map(|c| (c.direction.as_str(), c.value)), Some(("increase", 2.0)), "{f:?}");
        // A percentage after the plan is the plan's own figure, no change.
        let f = run("Tỷ lệ tiêm chủng đạt 97%, cao hơn chỉ tiêu 95%.");
        assert!(f[0].change.is_none(), "{f:?}");
    }

    #[test]
    fn a_unit_per_one_and_per_a_time_keeps_both() {
        let f = run("Mức phụ cấp nhân viên y tế thôn là 1,5 triệu đồng/người/tháng.");
        assert_eq!(f[0].unit.as_deref(), Some("triệu đồng/người/tháng"), "{f:?}");
        assert_eq!(denominator_len("/người/tháng.", "/người/tháng."), "/người/tháng".len());
        assert_eq!(denominator_len("/ngày, tăng", "/ngày, tăng"), "/ngày".len());
    }

    #[test]
    fn a_part_after_trong_do_counts_what_the_figure_before_counts() {
        let f = run("- Khám bệnh: 1.318 lượt, trong đó trẻ em dưới 6 tuổi 240 lượt.");
        assert_eq!(f[1].subject, "Khám bệnh (trẻ em dưới 6 tuổi)", "{f:?}");
    }

    #[test]
    fn a_part_after_an_ordinal_keeps_it_in_its_subject() {
        let f = run("Tổng số trẻ sinh ra là 9.410 trẻ, trong đó sinh con thứ 3 trở lên 702 trẻ.");
        assert_eq!(f[1].subject, "số trẻ sinh ra (sinh con thứ 3 trở lên)", "{f:?}");
        let f = run("- Sởi: 6 ca, lũy tích 88 ca.");
        assert_eq!(f[1].subject, "Sởi (lũy tích)", "{f:?}");
    }
}

//! Extraction: people, organisations, places, dates and periods, diseases, indicators and
//! directives from the body, title and captions; then the chosen plugin's own extraction.

mod dates;
mod diseases;
mod directives;
mod indicators;
mod number_words;
mod orgs;
mod pairs;
mod people;
mod places;
mod tables;
mod text;

pub use dates::YearContext;
pub use indicators::parse_number;

use crate::config::StageConfig;
use crate::doc::Doc;
use crate::engine::guarded;
use crate::error::{ConfigError, StageError};
use crate::plugin_host::PluginSet;
use crate::registry::{BuildContext, Built, StageKind, StageRegistration};
use crate::stage::Transform;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;
use text::{digit_places, lower_same_len, on_word_boundary, title_case, Offsets, SpanSet};
use vanban_plugin_sdk::text::{equals_lower, starts_with_lower};
use vanban_plugin_sdk::{Directive, Entity, EntityKind, Field, Normalized, Person, Record};

pub struct Extract {
    plugins: Arc<PluginSet>,
}

impl Transform for Extract {
    fn apply(&self, doc: &mut Doc) -> Result<(), StageError> {
        extract_record(&mut doc.record);
        let counts = (doc.record.entities.len(), doc.record.people.len(), doc.record.indicators.len(), doc.record.directives.len());
        doc.trace("extract", format!("{} entities, {} people, {} indicators, {} directives", counts.0, counts.1, counts.2, counts.3));
        if let Some(name) = doc.record.source.style.clone() {
            if let Some(entry) = self.plugins.get(&name).filter(|e| e.provides("extract")) {
                let (page, record) = (&doc.page, &mut doc.record);
                guarded(|| entry.plugin.extract(page, record).map_err(|e| StageError::plugin(&name, e)))?;
            }
        }
        Ok(())
    }
}

/// Whether the record is a report ("BÁO CÁO …" as its title or its document's kind): its
/// figures are of the period its title names unless they name their own. A news item's
/// headline names a period it need not stay with.
fn is_a_report(rec: &Record) -> bool {
    let kind = rec.document.as_ref().and_then(|d| d.kind.as_deref()).unwrap_or("");
    let title = rec.title.as_deref().unwrap_or("").trim_start();
    equals_lower(kind, "báo cáo") || REPORT_TITLES.iter().any(|w| starts_with_lower(title, w))
}

/// How the titles of reports and bulletins open: their period is the period of the figures
/// that name none ("THÔNG TIN TÌNH HÌNH BỆNH TRUYỀN NHIỄM THÁNG 11/2026").
/// A report whose heading line ("BÁO CÁO") stands apart from its title opens with what it
/// gives: "Kết quả hoạt động tháng 10 năm 2026".
const REPORT_TITLES: &[&str] =
    &["báo cáo", "bản tin", "thông tin tình hình", "tình hình", "thông báo tình hình", "kết quả hoạt động", "kết quả công tác", "kết quả thực hiện"];

/// Something found in a field, by byte span; turned into an [`Entity`] at the end.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Hit {
    pub kind: EntityKind,
    pub start: usize,
    pub end: usize,
    pub normalized: Option<Normalized>,
    pub code: Option<String>,
}

impl Hit {
    pub fn new(kind: EntityKind, start: usize, end: usize, normalized: Normalized) -> Hit {
        Hit { kind, start, end, normalized: Some(normalized), code: None }
    }
}

/// Fills `entities`, `people`, `indicators`, `directives` and `event_date` of a record whose
/// body, title, captions, published date and admin document are set.
pub fn extract_record(rec: &mut Record) {
    // The body's digits serve the year's inference and every reader of the body.
    let body_digits = digit_places(&rec.body);
    let ctx = YearContext::from_record(rec, &body_digits).with_title_period(rec.title.as_deref());
    let mut warnings = Vec::new();
    let mut entities = Vec::new();
    let mut people: BTreeMap<String, (usize, Person)> = BTreeMap::new();

    let mut fields: Vec<(Field, usize, &str)> = vec![(Field::Body, 0, rec.body.as_str())];
    if let Some(t) = rec.title.as_deref() {
        fields.push((Field::Title, 0, t));
    }
    for (i, c) in rec.captions.iter().enumerate() {
        fields.push((Field::Captions, i, c.as_str()));
    }

    let mut body_dates = Vec::new();
    let mut body_claimed = Vec::new();
    let mut body_diseases = Vec::new();
    let mut body_orgs = Vec::new();
    // Lower-cased once: the organisation and figure readers compare words in lower case.
    let body_lower = lower_same_len(&rec.body);
    let body_offsets = Offsets::new(&rec.body);
    // "… tại tỉnh X": the title's province settles the body's names shared by several.
    let title_province = rec.title.as_deref().and_then(places::province_named);
    for (field, index, s) in &fields {
        let field_lower;
        let lower = if *field == Field::Body {
            body_lower.as_str()
        } else {
            field_lower = lower_same_len(s);
            field_lower.as_str()
        };
        let field_digits;
        let digits = if *field == Field::Body {
            &body_digits
        } else {
            field_digits = digit_places(s);
            &field_digits
        };
        let found = scan_field(s, lower, digits, &ctx, title_province, &mut warnings, &mut people);
        if *field == Field::Body {
            body_dates = found.iter().filter(|h| matches!(h.kind, EntityKind::Date | EntityKind::Period)).cloned().collect();
            body_claimed = found
                .iter()
                .filter(|h| matches!(h.kind, EntityKind::Date | EntityKind::Period | EntityKind::Person))
                .map(|h| (h.start, h.end))
                .collect();
            body_diseases = found.iter().filter(|h| h.kind == EntityKind::Disease).cloned().collect();
            body_orgs = found.iter().filter(|h| h.kind == EntityKind::Organization).map(|h| (h.start, h.end)).collect();
        }
        let field_offsets;
        let offsets = if *field == Field::Body {
            &body_offsets
        } else {
            field_offsets = Offsets::new(s);
            &field_offsets
        };
        entities.extend(found.into_iter().map(|h| Entity {
            kind: h.kind,
            text: s[h.start..h.end].to_string(),
            field: *field,
            index: *index,
            start: offsets.chars(h.start),
            end: offsets.chars(h.end),
            normalized: h.normalized,
            code: h.code,
        }));
    }

    if let Some(doc) = &rec.document {
        if let Some(signer) = doc.signer.as_deref().filter(|s| !s.trim().is_empty()) {
            let role = doc.signer_title.as_deref().map(|t| people::title_from_capitals(t).unwrap_or_else(|| sentence_case(t)));
            merge_person(&mut people, title_case(signer.trim()), None, role.into_iter().collect());
        }
    } else {
        // A report with no administrative header still closes with who signed it: the
        // plugin strips the block, and its name is a person as a document's signer is.
        for block in rec.stripped.iter().filter(|b| b.reason == "signature") {
            if let Some((name, honorific, role)) = signing_block(&block.text) {
                merge_person(&mut people, name, honorific, role.into_iter().collect());
            }
        }
    }

    rec.event_date = dates::event_date(&rec.body, &body_dates);
    let reported = ctx.title_period.as_ref().filter(|_| is_a_report(rec));
    rec.indicators = indicators::find(&rec.body, &body_lower, &body_digits, &body_offsets, &body_claimed, &body_orgs, &body_diseases, &body_dates, reported);
    // Tables are rows of cells apart at tabs, or at runs of spaces in plain text; a body
    // with neither holds none.
    if rec.body.contains('\t') || rec.body.contains("  ") {
        let in_tables = tables::find(&rec.body, &body_offsets, &body_dates, &rec.indicators, reported);
        if !in_tables.is_empty() {
            rec.indicators.extend(in_tables);
            rec.indicators.sort_by_key(|i| (i.start, i.end));
        }
    }
    let plan = rec.document.as_ref().and_then(|d| d.kind.as_deref()).is_some_and(|k| equals_lower(k, "kế hoạch"));
    let (directives, paragraphs) = directives::find_located(&rec.body, &ctx, plan);
    rec.directives = directives;
    // What a task asks for ("xử lý triệt để 100% ổ dịch", "cấp bổ sung 500 liều vắc xin") is
    // a target or a quantity to deliver, not a figure the document reports.
    if !rec.directives.is_empty() && !rec.indicators.is_empty() {
        let tasks = task_spans(&rec.body, &rec.directives, &paragraphs, &body_offsets);
        rec.indicators.retain(|i| !tasks.covers(i.start, i.end));
    }
    let mut people: Vec<(usize, Person)> = people.into_values().collect();
    people.sort_by_key(|(order, _)| *order);
    rec.people = people.into_iter().map(|(_, p)| p).collect();
    places_as_in_body(&mut entities);
    entities.sort_by(|a, b| (a.field, a.index, a.start, a.end, a.kind).cmp(&(b.field, b.index, b.start, b.end, b.kind)));
    rec.entities = entities;
    for w in warnings {
        if !rec.warnings.contains(&w) {
            rec.warnings.push(w);
        }
    }
}

/// Where the tasks' texts stand in the body, in chars: each in the paragraph it was read
/// from (`paragraphs`, by bytes), after the task before it when that was read there too.
fn task_spans(body: &str, directives: &[Directive], paragraphs: &[Range<usize>], offsets: &Offsets) -> SpanSet {
    let mut spans = Vec::new();
    let mut from = 0;
    for (d, para) in directives.iter().zip(paragraphs).filter(|(d, _)| !d.text.is_empty()) {
        let start = from.clamp(para.start, para.end);
        // A text not found in its paragraph (one joined from two, or cleaned of markup)
        // is placed nowhere: elsewhere its words are not the task.
        if let Some(a) = first_occurrence(&body[start..para.end], &d.text).map(|i| start + i) {
            spans.push((offsets.chars(a), offsets.chars(a + d.text.len())));
            from = a + d.text.len();
        }
    }
    spans.into_iter().collect()
}

/// Where `needle` first stands in `hay`, as `str::find` says. A task's text is long, and
/// `str::find` first prepares a search of it, some thousands of instructions for each task;
/// its first byte stands in a paragraph a few dozen times, each told at its first byte unlike.
fn first_occurrence(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    memchr::memchr_iter(first, hay).find(|&i| hay[i..].starts_with(needle))
}

/// A place named in the title or a caption is the one the body names so: a short field has
/// too little around a name shared by several provinces to settle it alone.
fn places_as_in_body(entities: &mut [Entity]) {
    if !entities.iter().any(|e| e.kind == EntityKind::Location && e.field != Field::Body) {
        return;
    }
    let mut in_body: BTreeMap<&str, Option<(&Option<Normalized>, &Option<String>)>> = BTreeMap::new();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Location && e.field == Field::Body) {
        let seen = in_body.entry(e.text.as_str()).or_insert(Some((&e.normalized, &e.code)));
        // A name the body itself reads two ways settles nothing.
        if seen.is_some_and(|(n, c)| (n, c) != (&e.normalized, &e.code)) {
            *seen = None;
        }
    }
    let settled: BTreeMap<String, (Option<Normalized>, Option<String>)> =
        in_body.into_iter().filter_map(|(t, v)| v.map(|(n, c)| (t.to_string(), (n.clone(), c.clone())))).collect();
    for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Location && e.field != Field::Body) {
        if let Some((n, c)) = settled.get(&e.text) {
            (e.normalized, e.code) = (n.clone(), c.clone());
        }
    }
}

/// Every entity of one field; people are merged into `people` as they are met.
fn scan_field(
    s: &str,
    lower: &str,
    digits: &[usize],
    ctx: &YearContext,
    province: Option<&'static str>,
    warnings: &mut Vec<String>,
    people: &mut BTreeMap<String, (usize, Person)>,
) -> Vec<Hit> {
    let mut hits = dates::find(s, digits, ctx, warnings);
    let mentions = people::find_in(s, lower);
    for m in &mentions {
        merge_person(people, m.name.clone(), m.honorific.clone(), m.roles.clone());
    }
    // "tại xã Tân Phú Ông Lê Văn Tám": a form of address written with a capital is no
    // syllable of the place before it, so the places stop where it opens.
    let address_starts: Vec<(usize, usize)> = mentions.iter().filter_map(|m| Some((capital_address_before(s, m)?, m.start))).collect();
    let mut person_spans: Vec<(usize, usize, String)> = mentions.iter().map(|m| (m.start, m.end, m.name.clone())).collect();
    person_spans.extend(bare_mentions(s, people, &person_spans));
    person_spans.extend(given_name_mentions(s, people, &person_spans));
    person_spans.sort();
    let blocked: Vec<(usize, usize)> = person_spans.iter().map(|(a, b, _)| (*a, *b)).collect();
    let blocked_set: SpanSet = blocked.iter().copied().collect();
    let person_starts: Vec<usize> = person_spans.iter().map(|(a, _, _)| *a).collect();
    let orgs = orgs::find(s, lower, &person_starts);
    let org_spans: Vec<(usize, usize)> = orgs.iter().map(|h| (h.start, h.end)).collect();
    hits.extend(person_spans.into_iter().map(|(a, b, n)| Hit::new(EntityKind::Person, a, b, Normalized::Text(n))));
    // An organisation may hold a person's name whole, but not cut through one.
    hits.extend(orgs.into_iter().filter(|o| crosses_none(&blocked_set, o.start, o.end)));
    let place_blocked: Cow<'_, [(usize, usize)]> = if address_starts.is_empty() {
        Cow::Borrowed(&blocked)
    } else {
        blocked.iter().map(|&(a, b)| address_starts.iter().find(|(_, name)| *name == a).map_or((a, b), |&(at, _)| (at, b))).collect()
    };
    hits.extend(places::find_in(s, lower, &org_spans, &place_blocked, province));
    hits.extend(diseases::find_with_lower(s, lower));
    hits
}

/// Where the form of address of a mention opens, when it stands just before the name
/// with a capital ("Ông", "Bà", "Đồng chí"): the text writes it so mid-sentence only after a
/// name it could be read into.
fn capital_address_before(s: &str, m: &people::Mention) -> Option<usize> {
    let h = m.honorific.as_deref()?;
    let at = m.start.checked_sub(1 + h.len()).filter(|&at| s.is_char_boundary(at) && s[..m.start].ends_with(' '))?;
    let word = &s[at..m.start - 1];
    (word.starts_with(char::is_uppercase) && equals_lower(word, h)).then_some(at)
}

/// Later bare mentions of names already met ("đồng chí X" ... "X cho biết"), leftmost
/// and longest first, none overlapping another mention.
fn bare_mentions(s: &str, people: &BTreeMap<String, (usize, Person)>, mentions: &[(usize, usize, String)]) -> Vec<(usize, usize, String)> {
    let mut taken: SpanSet = mentions.iter().map(|(a, b, _)| (*a, *b)).collect();
    // An empty name (none is ever merged) would match between the bytes of a char.
    let names: Vec<&String> = people.keys().filter(|n| !n.is_empty()).collect();
    // "Chủ tịch Hồ Chí Minh" is a person, "Thành phố Hồ Chí Minh" still the city: after a
    // unit word, a name the gazetteer knows is the place's.
    let the_place = |a: usize, name: &str| people::preceded_by_unit_word(s, a) && places::GAZETTEER.lookup(name).is_some();
    let mut candidates: Vec<(usize, usize, &String)> = name_occurrences(s, &names)
        .into_iter()
        .filter(|&(i, e, name)| on_word_boundary(s, i, e) && !the_place(i, name))
        .collect();
    candidates.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
    let mut out = Vec::new();
    for (a, b, name) in candidates {
        if !taken.overlaps(a, b) {
            taken.insert(a, b);
            out.push((a, b, name.clone()));
        }
    }
    out
}

/// Words before a given name that refer back to a person met ("Theo ông Tuấn, …", "Theo bác
/// sĩ Tâm").
const BACK_HONORIFICS: &[&str] =
    &["ông ", "Ông ", "bà ", "Bà ", "anh ", "Anh ", "chị ", "Chị ", "bác sĩ ", "Bác sĩ ", "đồng chí ", "Đồng chí "];

/// Later mentions of a person met by their given name after one of [`BACK_HONORIFICS`]
/// ("Theo ông Tuấn"), when no other person met has that given name; each is the full name.
fn given_name_mentions(s: &str, people: &BTreeMap<String, (usize, Person)>, mentions: &[(usize, usize, String)]) -> Vec<(usize, usize, String)> {
    let mut by_given: BTreeMap<&str, Option<&String>> = BTreeMap::new();
    for name in people.keys() {
        let Some(given) = name.rsplit(' ').next().filter(|g| !g.is_empty() && g.len() < name.len()) else { continue };
        by_given.entry(given).and_modify(|n| *n = None).or_insert(Some(name));
    }
    let mut out = Vec::new();
    // A search per given name (a document names a few people), not one per honorific: "ông "
    // is inside "công ", "không " all over every text.
    for (given, full) in by_given {
        let Some(full) = full else { continue };
        for a in memchr::memmem::find_iter(s.as_bytes(), given.as_bytes()) {
            let end = a + given.len();
            let after_honorific = BACK_HONORIFICS.iter().any(|h| s[..a].ends_with(h) && !s[..a - h.len()].chars().next_back().is_some_and(text::is_alnum));
            // "ông Tuấn Anh" is someone else; "bà Mai, Trưởng khoa" is her.
            let another_word = s[end..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase));
            if after_honorific && on_word_boundary(s, a, end) && !another_word {
                out.push((a, end, full.clone()));
            }
        }
    }
    if !out.is_empty() {
        let taken: SpanSet = mentions.iter().map(|(a, b, _)| (*a, *b)).collect();
        out.retain(|(a, b, _)| !taken.overlaps(*a, *b));
    }
    out
}

/// Above this many bytes searched (names times text length), one automaton over all the
/// names costs less than a search per name. A document of a few kilobytes and a handful of
/// names stays below it; a long one (a year's reports in one file) names people in
/// proportion to its length, and a search per name would make its cost grow with the
/// square of the length.
const ONE_SEARCH_PER_NAME_BYTES: usize = 1 << 20;

/// The occurrences of each of `names` (none empty) in `s` that [`occurrences`] gives, as
/// `(start, end, name)` in no particular order. A name's bytes match only at a char start.
fn name_occurrences<'n>(s: &str, names: &[&'n String]) -> Vec<(usize, usize, &'n String)> {
    if names.len().saturating_mul(s.len()) <= ONE_SEARCH_PER_NAME_BYTES {
        return one_search_per_name(s, names);
    }
    all_names_at_once(s, names)
}

fn one_search_per_name<'n>(s: &str, names: &[&'n String]) -> Vec<(usize, usize, &'n String)> {
    names.iter().flat_map(|&name| occurrences(s, name).map(move |i| (i, i + name.len(), name))).collect()
}

/// [`name_occurrences`] in one pass of an Aho-Corasick automaton. Overlapping matches are
/// all reported; a name's match that starts inside its own previous one is dropped, which
/// is what a search per name would have skipped.
fn all_names_at_once<'n>(s: &str, names: &[&'n String]) -> Vec<(usize, usize, &'n String)> {
    let Ok(ac) = aho_corasick::AhoCorasick::new(names) else {
        return one_search_per_name(s, names);
    };
    let mut next_from = vec![0usize; names.len()];
    let mut out = Vec::new();
    for m in ac.find_overlapping_iter(s) {
        let k = m.pattern().as_usize();
        if m.start() >= next_from[k] {
            next_from[k] = m.end();
            out.push((m.start(), m.end(), names[k]));
        }
    }
    out
}

/// The leftmost non-overlapping occurrences of `name` (not empty) in `s`, as
/// `str::match_indices` gives them. A name is looked for over every field and a field holds a
/// few: memchr's vector search for one of its bytes, then a compare, instead of building a
/// substring searcher per name and field. The byte is the first, or, when that opens a char
/// of two bytes or more (the lead byte of "Đ" is that of every "đ"), the second, which tells
/// a capital from a small letter.
fn occurrences<'a>(s: &'a str, name: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (h, n) = (s.as_bytes(), name.as_bytes());
    let k = usize::from(!n[0].is_ascii() && n.len() > 1);
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(j) = h.get(from + k..).and_then(|rest| memchr::memchr(n[k], rest)).map(|j| from + k + j) {
            let i = j - k;
            if h[i..].starts_with(n) {
                from = i + n.len();
                return Some(i);
            }
            from = i + 1;
        }
        None
    })
}

/// True when every span overlapping `[a, b)` lies wholly inside it.
fn crosses_none(spans: &SpanSet, a: usize, b: usize) -> bool {
    spans.all_overlapping(a, b, |x, y| a <= x && y <= b)
}

fn merge_person(people: &mut BTreeMap<String, (usize, Person)>, name: String, honorific: Option<String>, roles: Vec<String>) {
    let order = people.len();
    let entry = people.entry(name.clone()).or_insert_with(|| (order, Person { name, honorific: None, roles: Vec::new() }));
    if entry.1.honorific.is_none() {
        entry.1.honorific = honorific;
    }
    for r in roles {
        if r.is_empty() || entry.1.roles.contains(&r) {
            continue;
        }
        // "Phó Chủ tịch UBND xã" and, further on, "Phó Chủ tịch UBND xã Tân Khê" are one post
        // said twice: the fuller stands, where it was first met.
        let extends = |short: &str, long: &str| long.len() > short.len() && long.starts_with(short) && long[short.len()..].starts_with(' ');
        if entry.1.roles.iter().any(|e| extends(&r, e)) {
            continue;
        }
        match entry.1.roles.iter_mut().find(|e| extends(e, &r)) {
            Some(e) => *e = r,
            None => entry.1.roles.push(r),
        }
    }
}

/// The signer of a stripped signing block ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nTrần Văn
/// A"): the name on its last line, its degree, and the last title over it that opens with a
/// known role ("KT. GIÁM ĐỐC" says on whose behalf, not the signer's post).
fn signing_block(text: &str) -> Option<(String, Option<String>, Option<String>)> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty()).rev();
    let (name, honorific) = people::signer_name(lines.next()?)?;
    let role = lines.find_map(people::title_from_capitals);
    Some((name, honorific, role))
}

/// "CHÁNH VĂN PHÒNG" -> "Chánh văn phòng".
fn sentence_case(s: &str) -> String {
    capitalise_first(&s.trim().to_lowercase())
}

/// `w` with its first letter in capitals and the rest as written: "y tế" -> "Y tế".
fn capitalise_first(w: &str) -> String {
    let mut cs = w.chars();
    cs.next().map(|c| c.to_uppercase().chain(cs).collect()).unwrap_or_default()
}

fn build(sc: &StageConfig, ctx: &BuildContext) -> Result<Built, ConfigError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct NoSettings {}
    let _: NoSettings = sc.parse()?;
    Ok(Built::Transform(Arc::new(Extract { plugins: ctx.plugins.clone() })))
}

inventory::submit! {
    StageRegistration {
        name: "extract",
        kind: StageKind::Transform,
        summary: "Finds people, organisations, places, dates, periods, diseases, indicators and directives.",
        settings: &[],
        parallel: true,
        build,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plugin_host::PluginEntry;

    #[test]
    fn a_task_is_found_where_str_find_finds_it() {
        let para = "Giao Trung tâm Y tế huyện: tổ chức tiêm chủng; Trung tâm Y tế xã tổ chức tiêm chủng bổ sung.";
        for needle in ["tổ chức tiêm chủng bổ sung.", "Trung tâm Y tế xã", "Trung tâm Y tế huyện", "tổ chức tiêm vắc xin", "", "Ý"] {
            assert_eq!(first_occurrence(para, needle), para.find(needle), "{needle:?}");
        }
    }

    #[test]
    fn a_figure_told_before_a_task_of_the_same_words_stays() {
        // The account's "1.200 trẻ" is a figure; the task's the same words are a target.
        let body = "Trong tháng, Trung tâm đã thực hiện: Tổ chức tiêm chủng cho 1.200 trẻ.\n\nGiám đốc kết luận như sau:\n\n1. Tổ chức tiêm chủng cho 1.200 trẻ.";
        let mut rec = Record { body: body.to_string(), ..Record::default() };
        extract_record(&mut rec);
        assert_eq!(rec.directives.len(), 1);
        let starts: Vec<usize> = rec.indicators.iter().map(|i| i.start).collect();
        assert_eq!(starts, [body[..body.find("1.200").unwrap()].chars().count()], "{:?}", rec.indicators);
    }

    #[test]
    fn a_form_of_address_with_a_capital_is_no_syllable_of_the_place_before_it() {
        let body = "Tại xã Hòa Mỹ Ông Kiều Văn Lộc, Chủ tịch UBND xã cho biết đã phun hóa chất. Ở thôn Suối Đá Bà Mạc Thị Nga cho biết đã dọn vệ sinh.";
        let mut rec = Record { body: body.to_string(), ..Record::default() };
        extract_record(&mut rec);
        let places: Vec<&str> = rec.entities.iter().filter(|e| e.kind == EntityKind::Location).map(|e| e.text.as_str()).collect();
        assert_eq!(places, ["Hòa Mỹ", "Suối Đá"]);
        let names: Vec<(&str, Option<&str>)> = rec.people.iter().map(|p| (p.name.as_str(), p.honorific.as_deref())).collect();
        assert_eq!(names, [("Kiều Văn Lộc", Some("ông")), ("Mạc Thị Nga", Some("bà"))]);
    }

    #[test]
    fn a_place_stops_before_anh_addressing_a_full_name() {
        let body = "Người dân ấp Suối Mây Anh Mạc Hữu Lộc cho biết đã dọn vệ sinh.";
        let mut rec = Record { body: body.to_string(), ..Record::default() };
        extract_record(&mut rec);
        let places: Vec<&str> = rec.entities.iter().filter(|e| e.kind == EntityKind::Location).map(|e| e.text.as_str()).collect();
        assert_eq!(places, ["Suối Mây"]);
    }

    #[test]
    fn a_stripped_signing_block_names_its_signer() {
        let got = signing_block("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nTriệu Văn Khang");
        assert_eq!(got, Some(("Triệu Văn Khang".to_string(), None, Some("Phó Giám đốc".to_string()))));
        let got = signing_block("TRƯỞNG KHOA\nThS. Âu Thị Mến");
        assert_eq!(got, Some(("Âu Thị Mến".to_string(), Some("thạc sĩ".to_string()), Some("Trưởng khoa".to_string()))));
        assert_eq!(signing_block("GIÁM ĐỐC\n(Đã ký)"), None);
    }

    /// Report text broken at any word, as hard-wrapped text and PDF lines are: every
    /// extractor must keep its slices on char boundaries and inside its clause.
    #[test]
    fn text_broken_anywhere_is_read_without_a_panic() {
        let pieces = [
            "Tổng số ca mắc", "tỷ lệ", "số lượt khám", "là", "đạt", "hơn", "khoảng", "gần", "tăng", "giảm",
            "so với cùng kỳ", "25", "2.500", "10,5", "1.234.567", "%", "ca", "lượt", "giường/10.000", "dân",
            "người", "đồng", "tỷ đồng", "sốt xuất huyết", "ông Trần Văn Bình", "bà Lê Thị Hoa", "Giám đốc",
            "Phó Chủ tịch UBND", "Sở Y tế", "Trung tâm Y tế huyện", "xã Tân Phú", "ngày 12/3/2025", "đến ngày 30/6",
            "quý I", "giao", "chỉ đạo", "trước ngày", ":", ";", ".", ",", "(", ")", "-", "–", "/", "\n", "\n\n",
            " \n", "\n ", "  ", "\t",
        ];
        let mut rng = vanban_plugin_sdk::testing::Rng(0x2545_F491_4F6C_DD1D);
        for _ in 0..4000 {
            let n = 1 + rng.below(30);
            let body: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect::<Vec<_>>().join(if rng.below(3) == 0 { "\n" } else { " " });
            let mut rec = Record { body: body.clone(), title: Some(pieces[rng.below(pieces.len())].to_string()), ..Record::default() };
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract_record(&mut rec)));
            assert!(outcome.is_ok(), "extraction panicked on {body:?}");
        }
    }
    #[test]
    fn a_bulletins_title_dates_the_figures_that_name_no_period() {
        let body = "Trong tháng 10/2025, toàn khu vực ghi nhận 52 ca.\n\n1. Sốt xuất huyết: 21 ca (tháng 9: 30 ca), cộng dồn 10 tháng 410 ca.";
        let titles = [
            ("THÔNG TIN TÌNH HÌNH BỆNH TRUYỀN NHIỄM THÁNG 10/2025", Some("2025-10-01")),
            ("Kết quả hoạt động tháng 10 năm 2025", Some("2025-10-01")),
            ("Hội nghị tháng 10/2025", None),
        ];
        for (title, want) in titles {
            let mut rec = Record { body: body.into(), title: Some(title.into()), ..Record::default() };
            extract_record(&mut rec);
            let of_21 = rec.indicators.iter().find(|i| i.value == 21.0).map(|i| i.period.as_ref().map(|p| p.start.as_str()));
            assert_eq!(of_21, Some(want), "{title}: {:?}", rec.indicators);
        }
    }

    #[test]
    fn what_a_task_asks_for_is_no_reported_figure() {
        let body = "Trong tháng, toàn huyện ghi nhận 37 ca sốt xuất huyết.\n\nĐề nghị Trung tâm Y tế huyện xử lý triệt để 100% ổ dịch và cấp bổ sung 400 liều vắc xin, hoàn thành trước ngày 20/11/2026.";
        let mut rec = Record { body: body.into(), ..Record::default() };
        extract_record(&mut rec);
        assert_eq!(rec.directives.len(), 1, "{:?}", rec.directives);
        let figures: Vec<f64> = rec.indicators.iter().map(|i| i.value).collect();
        assert_eq!(figures, [37.0]);
    }

    #[test]
    fn a_person_met_is_mentioned_again_by_the_given_name() {
        let body = "Bác sĩ Lã Văn Tâm, Giám đốc Trung tâm cho biết. Theo ông Tâm, bà Hà Thị Thu và ông Hà Văn Thu đã đến; bà Thu phát biểu. Ông Tâm Anh không dự. Theo bác sĩ Tâm, trẻ em dễ mắc.";
        let mut rec = Record { body: body.into(), ..Record::default() };
        extract_record(&mut rec);
        let mentions: Vec<(&str, Option<&Normalized>)> =
            rec.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| (e.text.as_str(), e.normalized.as_ref())).collect();
        let full = Normalized::Text("Lã Văn Tâm".into());
        assert_eq!(mentions.iter().filter(|(t, n)| *t == "Tâm" && *n == Some(&full)).count(), 2, "{mentions:?}");
        assert!(!mentions.iter().any(|(t, _)| *t == "Thu"), "two people are called Thu: {mentions:?}");
        assert_eq!(rec.people.len(), 3);
    }

    #[test]
    fn a_post_said_again_with_its_place_is_one_role() {
        let body = "Dự có đồng chí Lò Thị Nhàn - Phó Chủ tịch UBND xã, Trưởng ban. Phó Chủ tịch UBND xã Tân Khê Lò Thị Nhàn đề nghị. Bà Lò Thị Nhàn, Phó Chủ tịch UBND xã cho biết.";
        let mut rec = Record { body: body.into(), ..Record::default() };
        extract_record(&mut rec);
        assert_eq!(rec.people[0].roles, ["Phó Chủ tịch UBND xã Tân Khê", "Trưởng ban"]);
    }

    #[test]
    fn a_persons_name_after_a_unit_word_is_the_place() {
        let body = "Làm theo lời Chủ tịch Hồ Chí Minh, Sở Y tế Thành phố Hồ Chí Minh ra quân. Chủ tịch Hồ Chí Minh dạy.";
        let mut rec = Record { body: body.into(), ..Record::default() };
        extract_record(&mut rec);
        let kinds: Vec<(EntityKind, &str)> = rec.entities.iter().filter(|e| e.text.contains("Minh")).map(|e| (e.kind, e.text.as_str())).collect();
        assert_eq!(kinds, [(EntityKind::Person, "Hồ Chí Minh"), (EntityKind::Organization, "Sở Y tế Thành phố Hồ Chí Minh"), (EntityKind::Location, "Hồ Chí Minh"), (EntityKind::Person, "Hồ Chí Minh")]);
    }

    #[test]
    fn a_place_in_the_title_is_the_one_the_body_names() {
        let body = "Ngày 3/4/2025, Trạm Y tế xã Quảng Phú, huyện Quảng Xương tổ chức tiêm chủng cho 80 trẻ.";
        let mut rec = Record { body: body.into(), title: Some("Xã Quảng Phú tiêm chủng cho trẻ".into()), ..Record::default() };
        extract_record(&mut rec);
        let place = |field: Field| rec.entities.iter().find(|e| e.field == field && e.text == "Quảng Phú").map(|e| (e.normalized.clone(), e.code.clone()));
        assert!(place(Field::Body).is_some());
        assert_eq!(place(Field::Title), place(Field::Body));
    }

    use vanban_plugin_sdk::{Claim, Page, Plugin, PluginError, PluginInfo, Stripping};

    /// Adds a warning in `extract`; lists "extract" in what it provides when `lists` is set.
    struct Marks {
        name: &'static str,
        lists: bool,
    }

    impl Plugin for Marks {
        fn info(&self) -> PluginInfo {
            let mut provides = vec!["detect".to_string(), "strip".to_string()];
            if self.lists {
                provides.push("extract".into());
            }
            PluginInfo { name: self.name.into(), provides, ..PluginInfo::default() }
        }
        fn detect(&self, _: &Page) -> Claim {
            Claim::none()
        }
        fn strip(&self, _: &Page) -> Result<Stripping, PluginError> {
            Ok(Stripping::default())
        }
        fn extract(&self, _: &Page, record: &mut Record) -> Result<(), PluginError> {
            record.warnings.push(format!("extracted by {}", self.name));
            Ok(())
        }
    }

    #[test]
    fn only_a_plugin_that_lists_extract_is_asked_to_extract() {
        let mut set = PluginSet::new();
        set.add(PluginEntry::builtin(Arc::new(Marks { name: "lists", lists: true })));
        set.add(PluginEntry::builtin(Arc::new(Marks { name: "silent", lists: false })));
        let stage = Extract { plugins: Arc::new(set) };
        for (style, want) in [("lists", vec!["extracted by lists".to_string()]), ("silent", vec![])] {
            let mut doc = Doc::new(0, "a.txt", Vec::new());
            doc.record.source.style = Some(style.into());
            stage.apply(&mut doc).unwrap();
            assert_eq!(doc.record.warnings, want, "{style}");
        }
    }

    #[test]
    fn a_name_of_someone_the_text_mentions_ends_the_organisation_before_it() {
        let s = "Đồng chí Phan Đức Toàn, Giám đốc Sở Y tế chủ trì. Giám đốc Sở Y tế Phan Đức Toàn yêu cầu. Trường THCS Nguyễn Du tham dự.";
        let mut people = BTreeMap::new();
        let hits = scan_field(s, &lower_same_len(s), &digit_places(s), &YearContext::default(), None, &mut Vec::new(), &mut people);
        let of = |kind: EntityKind| -> Vec<&str> { hits.iter().filter(|h| h.kind == kind).map(|h| &s[h.start..h.end]).collect() };
        assert_eq!(of(EntityKind::Organization), ["Sở Y tế", "Sở Y tế", "Trường THCS Nguyễn Du"]);
        assert_eq!(of(EntityKind::Person), ["Phan Đức Toàn", "Phan Đức Toàn"]);
    }

    #[test]
    fn all_names_at_once_agrees_with_a_search_per_name() {
        let pieces = ["Đặng", "Đ", "đ", "ặ", "Lê", "L", "ê", "Lê Lê", " ", "a", "Ư", "ư", "An", "Anh"];
        let names: Vec<String> = ["Đặng", "Lê", "Lê Lê", "Đ", "L", "ê", "a a", "Ưư", "An", "Anh", "An An"].map(String::from).into();
        let mut rng = vanban_plugin_sdk::testing::Rng(0x005E_ED0F_A119_A3E5);
        for _ in 0..3000 {
            let n = rng.below(16);
            let s: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
            let chosen: Vec<&String> = names.iter().filter(|_| rng.below(2) == 0).collect();
            let mut want = one_search_per_name(&s, &chosen);
            let mut got = all_names_at_once(&s, &chosen);
            want.sort();
            got.sort();
            assert_eq!(got, want, "{s:?} {chosen:?}");
        }
    }

    #[test]
    fn occurrences_agree_with_match_indices() {
        let pieces = ["Đặng", "Đ", "đ", "ặ", "Lê", "L", "ê", "Lê Lê", " ", "a", "Ư", "ư"];
        let names = ["Đặng", "Lê", "Lê Lê", "Đ", "L", "ê", "a a", "Ưư"];
        let mut rng = vanban_plugin_sdk::testing::Rng(0x0DDB_1A5E_5BAD_5EED);
        for _ in 0..5000 {
            let n = rng.below(12);
            let s: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
            for name in names {
                let want: Vec<usize> = s.match_indices(name).map(|(i, _)| i).collect();
                assert_eq!(occurrences(&s, name).collect::<Vec<_>>(), want, "{s:?} {name:?}");
            }
        }
    }
}

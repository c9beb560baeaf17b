//! A jusText-like line classifier for pages no plugin knows: each line is judged by its
//! length, sentence punctuation, density of Vietnamese function words and links, then by its
//! neighbours (a short line between good paragraphs stays). Known page furniture (counters,
//! contact footers, related-article lists, captions, bylines, timestamps) is recognised first.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;
use vanban_plugin_sdk::text::{
    byline_names, char_len, date_stamp, ends_sentence, function_word_ratio, is_upper_line, markup_free_lines, parse_dmy_datetime,
};
use vanban_plugin_sdk::byline::{closing_credit, credit_line_names, is_credit_line, source_writers, writer_credit};
use vanban_plugin_sdk::furniture::furniture_reason;
use vanban_plugin_sdk::text::{contains_lower, equals_lower, starts_with_lower, words_at_least};
use vanban_plugin_sdk::{Label, Page, Stripping};

/// A line this long with enough function words is a paragraph on its own.
const GOOD_CHARS: usize = 120;
/// Below this a line is "short" and judged by its neighbours.
const SHORT_CHARS: usize = 60;
/// Function-word share of running Vietnamese text (menus and headline lists score lower).
const GOOD_RATIO: f32 = 0.12;
/// A long line that ends a sentence needs only a few function words: report leads are dense
/// with names and titles, while menus and headline lists do not end like sentences.
const SENTENCE_RATIO: f32 = 0.02;
const NEAR_RATIO: f32 = 0.05;
/// A line ending a sentence with at least this many words reads as prose.
const SENTENCE_WORDS: usize = 12;
/// Share of a line's characters inside links above which it is navigation.
const MAX_LINK_DENSITY: f32 = 0.4;

/// Lines that open a list of related articles or the end of the article.
const END_MARKERS: &[&str] = &[
    "đọc thêm", "xem thêm", "tin liên quan", "bài liên quan", "tin cùng chuyên mục", "tin khác",
    "có thể bạn quan tâm", "bài viết liên quan", "tin mới nhất", "tin đọc nhiều", "các tin khác",
];

/// How contact and licence footer lines begin.
const FOOTER_PREFIXES: &[&str] = &[
    "cơ quan chủ quản", "đơn vị quản lý", "cơ quan quản lý", "giấy phép", "điện thoại", "đt:", "email",
    "e-mail", "fax", "địa chỉ", "@ ghi rõ nguồn", "ghi rõ nguồn", "bản quyền", "copyright", "©",
    "chịu trách nhiệm", "trưởng ban biên tập", "ban biên tập", "thiết kế bởi", "phát triển bởi", "hotline",
];

/// Visit and view counters.
static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:\d{1,9}|(?:lượt truy cập|lượt xem|tất cả|đang truy cập|đang online|hôm nay|hôm qua|trong tuần|trong tháng|số lần xem)\s*:?\s*\d*)\W*$")
        .expect("valid regex")
});

/// A photo caption: "(Ảnh: ...)" or "... Ảnh: NAME" at the end, or "Ảnh: ..." at the start.
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\(\s*ảnh\b[^)]*\)\s*$|(?:^|[.\s])ảnh\s*:\s*[^.]{2,40}$|^\s*ảnh\s*:)").expect("valid regex")
});

/// Separators of a breadcrumb trail ("Trang chủ » Tin tức"), never found in a headline.
const BREADCRUMB_MARKS: &[&str] = &["»", "›", ">", " | ", " / "];

/// Wrapped headline lines are long; a shorter line above a headline is a menu or breadcrumb.
const WRAPPED_TITLE_CHARS: usize = 40;
/// The longest headline, joined across lines.
const TITLE_CHARS: usize = 250;

/// How photo captions without a credit open: the scene, or a person named with a dash before
/// their role ("Đồng chí A - Phó Giám đốc ... phát biểu"), which headlines do not do.
static CAPTION_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:quang cảnh|toàn cảnh|các đại biểu|đại biểu)\b|(?:Đồng chí|Ông|Bà)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){1,4}\s+[-–]\s)")
        .expect("valid regex")
});

/// Font-size widgets and tag bars.
static WIDGET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:(?:a{1,3}|a[-+−])(?:\s+(?:a{1,3}|a[-+−]))*|tags?|tags?:.*|từ kho[áa]:?.*|chia sẻ|in bài|bình luận)$").expect("valid regex"));

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Good,
    NearGood,
    Short,
    Bad,
}

/// Labels every line of a plain-text (or flattened HTML) page and reads its metadata.
pub fn strip(page: &Page) -> Stripping {
    let lines = markup_free_lines(page);
    let n = lines.len();
    let mut labels: Vec<Option<Label>> = vec![None; n];
    let mut out = Stripping::default();
    mark_furniture(&lines, &mut labels, &mut out);
    let classes = classify(page, &lines, &labels);
    let repeated = repeats(&lines);
    let mut revised = revise(&classes, &labels, &repeated);
    if !revised.contains(&Class::Good) {
        // A short text (a brief, a notice of two paragraphs) may have no paragraph long
        // enough to anchor the rest: its prose-like lines anchor each other, rather than
        // leaving the record without a body.
        revised = revise(&promote_near_good(&classes), &labels, &repeated);
    }
    if !revised.contains(&Class::Good) {
        // A notice made of a heading and dash lines ("THÔNG BÁO …" then "- Thời gian: …")
        // has no line of prose at all: its items are its body.
        keep_bare_list(page, &lines, &labels, &mut revised);
    }
    let mut classes = keep_data_lines(page, &lines, &labels, revised);
    let first_good = classes.iter().position(|c| *c == Class::Good);
    mark_title(&lines, first_good, &mut labels, &mut out, page);
    mark_byline(&lines, &classes, &mut labels, &mut out);
    keep_closing_sentence(&lines, &labels, &mut classes);
    out.labels = labels
        .into_iter()
        .zip(&classes)
        .map(|(l, c)| l.unwrap_or(if *c == Class::Good { Label::Body } else { Label::boilerplate("boilerplate") }))
        .collect();
    if out.published.is_none() {
        out.published = page.meta.published.as_deref().and_then(parse_meta_date);
    }
    out
}

/// Recognises counters, footers, captions, widgets, timestamps and the related-articles tail.
fn mark_furniture(lines: &[Cow<'_, str>], labels: &mut [Option<Label>], out: &mut Stripping) {
    // Paragraphs so far: news pages may stamp the time under their lead.
    let mut paragraphs = 0;
    let mut tail: Option<&'static str> = None;
    for (i, line) in lines.iter().enumerate() {
        let lower = line.to_lowercase();
        if let Some(reason) = tail {
            labels[i] = Some(if is_footer(&lower, line) { Label::boilerplate("footer") } else { Label::boilerplate(reason) });
            continue;
        }
        if paragraphs > 0 && END_MARKERS.contains(&lower.trim_end_matches(':').trim()) {
            tail = Some("related-articles");
            labels[i] = Some(Label::boilerplate("related-articles"));
        } else if paragraphs > 0 && lower.starts_with("nơi nhận") {
            tail = Some("recipients");
            labels[i] = Some(Label::boilerplate("recipients"));
        } else if COUNTER.is_match(line) {
            labels[i] = Some(Label::boilerplate("counter"));
        } else if is_footer(&lower, line) {
            labels[i] = Some(Label::boilerplate("footer"));
        } else if WIDGET.is_match(line.trim()) {
            labels[i] = Some(Label::boilerplate("widget"));
        } else if let Some(reason) = furniture_reason(line) {
            // "QUẢNG CÁO", "Xem thêm: …", a share row, copied with a news page's text.
            labels[i] = Some(Label::boilerplate(reason));
        } else if let Some(names) = credit_names(line) {
            labels[i] = Some(Label::Byline);
            // A unit's credit names no one and leaves a writer named before.
            if !names.is_empty() {
                out.authors = names;
            }
        } else if CAPTION.is_match(line) && char_len(line) <= 300 {
            labels[i] = Some(Label::Caption);
            out.captions.push(line.to_string());
        } else if let Some(date) = date_stamp(line).filter(|d| paragraphs == 0 || paragraphs == 1 && out.published.is_none() && d.contains('T')) {
            labels[i] = Some(Label::Dateline);
            out.published = out.published.take().or(Some(date));
        }
        if char_len(line) >= GOOD_CHARS {
            paragraphs += 1;
        }
    }
}

/// The names of a writer's credit ("Tin: A - Ảnh: B", "Bài và ảnh: A"), writer first, each
/// once; none when it credits a unit ("Tin, ảnh: Phòng Truyền thông"), a byline all the same.
fn credit_names(line: &str) -> Option<Vec<String>> {
    if is_credit_line(line) {
        return credit_line_names(line);
    }
    writer_credit(line)
}

fn is_footer(lower: &str, line: &str) -> bool {
    char_len(line) <= 250 && FOOTER_PREFIXES.iter().any(|p| lower.starts_with(p))
}

/// The first judgement of each line by its own features.
fn classify(page: &Page, lines: &[Cow<'_, str>], labels: &[Option<Label>]) -> Vec<Class> {
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            if labels[i].is_some() {
                return Class::Bad;
            }
            let chars = char_len(line);
            let block = &page.blocks[i];
            let link_density = if chars == 0 { 0.0 } else { block.link_chars as f32 / chars as f32 };
            if link_density > MAX_LINK_DENSITY {
                return Class::Bad;
            }
            let ratio = function_word_ratio(line);
            if chars < SHORT_CHARS {
                Class::Short
            } else if chars >= GOOD_CHARS && (ratio >= GOOD_RATIO || (ratio >= SENTENCE_RATIO && ends_sentence(line))) {
                Class::Good
            } else if ratio >= NEAR_RATIO && (ends_sentence(line) || chars >= GOOD_CHARS) {
                Class::NearGood
            } else if ends_sentence(line) && line.split_whitespace().count() >= SENTENCE_WORDS {
                // A whole sentence of a dozen words is prose even without function words
                // ("Sở Y tế tổ chức hội nghị tổng kết ..."); it still needs a good neighbour.
                Class::NearGood
            } else {
                Class::Bad
            }
        })
        .collect()
}

/// The fewest words of a short sentence that closes the article.
const CLOSING_WORDS: usize = 6;

/// A short sentence right after the last paragraph, with only furniture (a byline, a related
/// list, a footer) after it, closes the article: "Tỷ lệ tiêm chủng đầy đủ đạt 97%." has no
/// good neighbour after it to vouch for it, as jusText asks of a short line, yet a report's
/// last figure is often told so.
/// So do a few such sentences one after another ("Năm 2024, toàn tỉnh ghi nhận 1.420 ca."
/// then "Đến ngày 20/11, không phát sinh ca mới."), up to [`CLOSING_SENTENCES`].
fn keep_closing_sentence(lines: &[Cow<'_, str>], labels: &[Option<Label>], classes: &mut [Class]) {
    let closing = |j: usize| ends_sentence(&lines[j]) && lines[j].split_whitespace().count() >= CLOSING_WORDS;
    let mut run = Vec::new();
    // Back from the last line of no furniture, over furniture, to the last paragraph.
    for j in (0..lines.len()).rev().filter(|&j| labels[j].is_none() || classes[j] == Class::Good) {
        if classes[j] == Class::Good {
            for &k in &run {
                classes[k] = Class::Good;
            }
            return;
        }
        if run.len() == CLOSING_SENTENCES || !closing(j) {
            return;
        }
        run.push(j);
    }
}

/// The most short sentences kept after the last paragraph.
const CLOSING_SENTENCES: usize = 3;

/// The longest line of a report's figures kept for what it holds rather than how it reads.
const DATA_LINE_CHARS: usize = 250;

/// Between the first and the last paragraph of a report, the short lines of its figures
/// ("- Cúm: 64 ca."), its numbered headings ("2. Hoạt động của Trung tâm") and the rows
/// of its tables are its content, however few function words they hold: they are kept.
/// Lines already told for furniture, and lines of links, are not.
fn keep_data_lines(page: &Page, lines: &[Cow<'_, str>], labels: &[Option<Label>], mut classes: Vec<Class>) -> Vec<Class> {
    let (Some(first), Some(last)) = (classes.iter().position(|c| *c == Class::Good), classes.iter().rposition(|c| *c == Class::Good)) else {
        return classes;
    };
    let free = |i: usize| labels[i].is_none() && page.blocks[i].link_chars == 0;
    let data = |i: usize| free(i) && is_data_line(&lines[i]);
    for i in figure_items_before(lines, first, free) {
        classes[i] = Class::Good;
    }
    for i in first + 1..last {
        if classes[i] != Class::Good && data(i) {
            classes[i] = Class::Good;
        }
    }
    // A plan's last numbered section ("3. Khoa Dược - Vật tư:" and its items) follows its
    // last paragraph: kept when a numbered section came before it, up to the first line
    // that is no item. So are the last items of a list that the last paragraph opens
    // ("… một số nhiệm vụ sau:") or is the first of: short tasks read as no paragraph.
    let numbered = |i: usize| SECTION_NUMBER.is_match(lines[i].trim());
    let dashed = |i: usize| lines[i].trim_start().starts_with(['-', '+', '•']);
    let list_goes_on = |i: usize| dashed(i + 1) && (dashed(i) || lines[i].trim_end().ends_with(':'));
    if last + 1 < lines.len() && ((numbered(last + 1) && (first..last).any(numbered)) || list_goes_on(last)) {
        for i in (last + 1..classes.len()).take_while(|&i| data(i)) {
            classes[i] = Class::Good;
        }
    } else if let Some(rows) = led_rows_after(lines, labels, last, data) {
        // "Các nhiệm vụ được phân công như sau:" and a table's rows after the last
        // paragraph, then a sentence that closes the article: all the article's.
        for i in rows.clone() {
            classes[i] = Class::Good;
        }
        if rows.end < lines.len() && labels[rows.end].is_none() && reads_as_sentence(&lines[rows.end]) {
            classes[rows.end] = Class::Good;
        }
    }
    classes
}

/// The fewest items of a list of figures that may open a report before its first paragraph.
const OPENING_FIGURE_ITEMS: usize = 2;

/// The items of figures right before the first paragraph at `first`: a report that opens
/// with them under its headline ("- Khám bệnh: 8.412 lượt (BHYT 7.105 lượt)." then "-
/// Điều trị nội trú: …"), where no paragraph before vouches for them. Each is a dashed
/// line ([`is_data_line`]) of more than [`LIST_ITEM_WORDS`] words holding a figure, which
/// a menu's items ("- Trang chủ", "- Tin tức") are not. One is enough when the paragraph
/// is the next item of the same list, long enough to read as prose, and when the headline
/// stands right above it ([`opens_under_headline`]). `free`: a line no label took, with no
/// links.
fn figure_items_before(lines: &[Cow<'_, str>], first: usize, free: impl Fn(usize) -> bool) -> std::ops::Range<usize> {
    let figured = |i: usize| {
        let t = lines[i].trim();
        free(i) && t.split_whitespace().count() > LIST_ITEM_WORDS && t.bytes().any(|b| b.is_ascii_digit())
    };
    let item = |i: usize| figured(i) && lines[i].trim_start().starts_with(['-', '+', '•']) && is_data_line(&lines[i]);
    let start = (0..first).rev().take_while(|&i| item(i)).last().unwrap_or(first);
    let fewest = if lines[first].trim_start().starts_with(['-', '+', '•']) { 1 } else { OPENING_FIGURE_ITEMS };
    if first - start >= fewest {
        return start..first;
    }
    let lone = first.checked_sub(1).filter(|&i| figured(i) && (item(i) || is_labelled_figure(&lines[i])));
    match lone {
        Some(i) if opens_under_headline(lines, i, &free) => i..first,
        _ => first..first,
    }
}

/// Whether line `i` stands right under a line that reads as the headline: a report's one
/// figure there ("- Khám bệnh: 6.215 lượt", "Tổng số lượt khám: 15.420 lượt") is its
/// opening, where one under a menu's word ("Tin tức") vouches for nothing.
fn opens_under_headline(lines: &[Cow<'_, str>], i: usize, free: impl Fn(usize) -> bool) -> bool {
    i > 0 && free(i - 1) && is_headline(&lines[i - 1])
}

/// A figure under its label, "Tổng số lượt khám: 15.420 lượt", "Tỷ lệ tiêm chủng: đạt 96,4%":
/// a few words, a colon, then the figure within two words.
static LABELLED_FIGURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^:\d]{3,60}:\s*(?:\p{L}+\s+){0,2}\d[\d.,]*").expect("valid regex"));

/// Whether the line is a figure under its label ([`LABELLED_FIGURE`]) or a table's row of
/// figures: a report's data, never a headline wrapped on to a second line.
fn is_labelled_figure(line: &str) -> bool {
    let t = line.trim();
    LABELLED_FIGURE.is_match(t) || (is_table_row(t) && t.bytes().any(|b| b.is_ascii_digit()))
}

/// The lines after the last paragraph at `last` that are a short lead ending with a colon
/// and the two rows or items or more it opens (`data`, or a table's row of headers), the
/// lead first.
fn led_rows_after(lines: &[Cow<'_, str>], labels: &[Option<Label>], last: usize, data: impl Fn(usize) -> bool) -> Option<std::ops::Range<usize>> {
    let lead = last + 1;
    let leads = lead + 2 < lines.len() && labels[lead].is_none() && lines[lead].trim_end().ends_with(':') && char_len(&lines[lead]) < GOOD_CHARS;
    let row = |i: usize| data(i) || labels[i].is_none() && is_table_row(&lines[i]);
    if !leads || !row(lead + 1) {
        return None;
    }
    let end = (lead + 1..lines.len()).find(|&i| !row(i)).unwrap_or(lines.len());
    (end - lead > 2).then_some(lead..end)
}

/// Whether a line reads as a sentence of prose on its own: it ends like one and holds a
/// dozen words ([`SENTENCE_WORDS`]).
fn reads_as_sentence(line: &str) -> bool {
    ends_sentence(line) && line.split_whitespace().count() >= SENTENCE_WORDS
}

/// A line of a report's content by its form: a numbered heading, an item of a list, or a
/// row of a table (figures in columns apart at tabs or runs of spaces); not too long to be
/// one. A line of run-together headlines may hold figures too, but is none of these.
fn is_data_line(line: &str) -> bool {
    let t = line.trim();
    let listed = t.starts_with(['-', '+', '•', '*']) || SECTION_NUMBER.is_match(t);
    let columns = is_table_row(t) && t.bytes().any(|b| b.is_ascii_digit());
    t.len() <= 4 * DATA_LINE_CHARS && char_len(t) <= DATA_LINE_CHARS && (listed || columns)
}

/// The fewest words of an item of a bare list: fewer are a menu's ("- Trang chủ").
const LIST_ITEM_WORDS: usize = 4;

/// For a text with no paragraph: the items of its list of two items or more, each a
/// dashed or numbered line of a few words ([`LIST_ITEM_WORDS`]) with no links, are good,
/// and so is a line right before the first that leads into them ("… thông báo như sau:").
fn keep_bare_list(page: &Page, lines: &[Cow<'_, str>], labels: &[Option<Label>], classes: &mut [Class]) {
    let item = |i: usize| {
        let t = lines[i].trim();
        let listed = t.starts_with(['-', '+', '•']) || SECTION_NUMBER.is_match(t);
        labels[i].is_none() && page.blocks[i].link_chars == 0 && listed && t.split_whitespace().count() > LIST_ITEM_WORDS && char_len(t) <= DATA_LINE_CHARS
    };
    let items: Vec<usize> = (0..lines.len()).filter(|&i| item(i)).collect();
    if items.len() < 2 {
        return;
    }
    for &i in &items {
        classes[i] = Class::Good;
    }
    let lead = items[0].checked_sub(1).filter(|&i| labels[i].is_none() && !is_upper_line(&lines[i]));
    if let Some(i) = lead.filter(|&i| lines[i].trim_end().ends_with([':', '.'])) {
        classes[i] = Class::Good;
    }
}

/// The classes with every near-good line taken for good.
fn promote_near_good(classes: &[Class]) -> Vec<Class> {
    classes.iter().map(|c| if *c == Class::NearGood { Class::Good } else { *c }).collect()
}

/// For each line, whether the same text stood on an earlier line.
fn repeats(lines: &[Cow<'_, str>]) -> Vec<bool> {
    let mut seen = std::collections::BTreeSet::new();
    lines.iter().map(|l| !seen.insert(l.as_ref())).collect()
}

/// The first line of `order` that is not a short one (a line told for furniture counts).
fn first_not_short(classes: &[Class], labels: &[Option<Label>], mut order: impl Iterator<Item = usize>) -> Option<usize> {
    order.find(|&j| classes[j] != Class::Short || labels[j].is_some())
}

/// Context: near-good lines next to good ones are good; short lines between good ones are good,
/// and so are those between a good line and a near-good one (jusText's rule: "Trong tuần ghi
/// nhận 12 ca." between two paragraphs of a report, the second of them a short one).
fn revise(classes: &[Class], labels: &[Option<Label>], repeated: &[bool]) -> Vec<Class> {
    let anchor = |i: usize| -> Option<Class> {
        match classes[i] {
            // A photo sits between paragraphs: its caption, and the headline repeated over it,
            // say nothing about the neighbours.
            _ if labels[i] == Some(Label::Caption) => None,
            Class::Bad | Class::Short | Class::NearGood if repeated[i] => None,
            Class::Good | Class::Bad => Some(classes[i]),
            _ if labels[i].is_some() => Some(Class::Bad),
            _ => None,
        }
    };
    let prev = |i: usize| (0..i).rev().find_map(anchor).unwrap_or(Class::Bad);
    let next = |i: usize| (i + 1..classes.len()).find_map(anchor).unwrap_or(Class::Bad);
    let near_good = |j: Option<usize>| j.is_some_and(|j| classes[j] == Class::NearGood && labels[j].is_none() && !repeated[j]);
    let between_good_and_near = |i: usize| match (prev(i), next(i)) {
        (Class::Good, Class::Bad) => near_good(first_not_short(classes, labels, i + 1..classes.len())),
        (Class::Bad, Class::Good) => near_good(first_not_short(classes, labels, (0..i).rev())),
        _ => false,
    };
    classes
        .iter()
        .enumerate()
        .map(|(i, c)| match c {
            Class::NearGood if prev(i) == Class::Good || next(i) == Class::Good => Class::Good,
            Class::Short if prev(i) == Class::Good && next(i) == Class::Good => Class::Good,
            Class::Short if between_good_and_near(i) => Class::Good,
            Class::Good => Class::Good,
            _ => Class::Bad,
        })
        .collect()
}

/// The title: the headline-like line nearest above the first good paragraph (menus and
/// breadcrumbs come before it), joined with the lines it was wrapped over; a later line
/// repeating it (over a photo) is stripped too. An opening line that reads as a photo caption
/// is a caption, not a title.
fn mark_title(lines: &[Cow<'_, str>], first_good: Option<usize>, labels: &mut [Option<Label>], out: &mut Stripping, page: &Page) {
    let end = first_good.unwrap_or(lines.len());
    let free = |i: usize, labels: &[Option<Label>]| labels[i].is_none();
    let captions: Vec<usize> = (0..end).filter(|&i| free(i, labels) && is_uncredited_caption(&lines[i])).collect();
    for i in captions {
        labels[i] = Some(Label::Caption);
        out.captions.push(lines[i].to_string());
    }
    let heading = (0..end).find(|&i| page.blocks[i].tag.is_heading() && free(i, labels));
    // A report's title names its kind in capitals ("BÁO CÁO NHANH KẾT QUẢ …"); its numbered
    // section headings ("I. KẾT QUẢ THỰC HIỆN", "1. Công tác khám, chữa bệnh") are none.
    let report = || (0..end).find(|&i| free(i, labels) && is_headline(&lines[i]) && opens_with_document_kind(&lines[i]));
    let subtitle = |i: usize| is_period_subtitle(lines, i, page);
    let candidate = heading
        .or_else(report)
        .or_else(|| (0..end).rev().find(|&i| free(i, labels) && is_headline(&lines[i]) && !SECTION_NUMBER.is_match(&lines[i]) && !subtitle(i)));
    let Some(mut t) = candidate else {
        out.title = page.meta.og_title.clone().or_else(|| page.meta.title.clone());
        return;
    };
    // The nearest headline-like line may be the subhead under the headline.
    if t > 0 && !page.blocks[t].gap_before && free(t - 1, labels) && is_headline(&lines[t - 1]) && is_figure_subhead(&lines[t - 1], &lines[t]) {
        t -= 1;
    }
    let (first, last) = wrapped_span(lines, t, end, labels, page);
    let title = lines[first..=last].join(" ");
    for label in &mut labels[first..=last] {
        *label = Some(Label::Title);
    }
    // The period a report covers, under its title, is the report's: it says what its
    // figures count. A subhead opening with a figure under the headline ("3 xã được công
    // nhận …") tells the article's first figure: the body's too.
    if last + 1 < end && free(last + 1, labels) && (subtitle(last + 1) || is_figure_subhead(&lines[last], &lines[last + 1])) {
        labels[last + 1] = Some(Label::Body);
    }
    // Numbered section headings between the title and the first paragraph are the body's,
    // and so is a table of figures there, with its caption: a bulletin opens with its table.
    for i in last + 1..end {
        let table = is_table_caption(&lines[i]) || (is_table_row(&lines[i]) && is_data_line(&lines[i]));
        if free(i, labels) && (SECTION_NUMBER.is_match(&lines[i]) || table) && !ends_sentence(&lines[i]) {
            labels[i] = Some(Label::Body);
        }
    }
    for i in last + 1..lines.len() {
        if (lines[i] == lines[t] || lines[i] == title) && labels[i].is_none() {
            labels[i] = Some(Label::boilerplate("repeated-title"));
        }
    }
    out.title = Some(title);
}

/// The lines a headline at `t` was wrapped over: neighbours with no blank line between them,
/// long enough to be part of a wrapped headline, while the joined text reads as one.
fn wrapped_span(lines: &[Cow<'_, str>], t: usize, end: usize, labels: &[Option<Label>], page: &Page) -> (usize, usize) {
    // A headline in capitals is not continued by a line in small letters, nor the reverse
    // (a report's title over the unit that wrote it).
    let caps = |i: usize| !lines[i].chars().any(char::is_lowercase);
    let joinable = |i: usize| {
        labels[i].is_none() && !ends_sentence(&lines[i]) && !is_breadcrumb(&lines[i]) && date_stamp(&lines[i]).is_none() && caps(i) == caps(t)
    };
    let mut total = char_len(&lines[t]);
    let mut first = t;
    while first > 0
        && !page.blocks[first].gap_before
        && joinable(first - 1)
        && !is_site_name(&lines[first - 1])
        && char_len(&lines[first - 1]) >= WRAPPED_TITLE_CHARS
        && total + char_len(&lines[first - 1]) < TITLE_CHARS
    {
        first -= 1;
        total += char_len(&lines[first]) + 1;
    }
    let mut last = t;
    // A figure under its label right below the headline is the report's first, not the
    // headline going on.
    while last + 1 < end
        && !page.blocks[last + 1].gap_before
        && !ends_sentence(&lines[last])
        && joinable(last + 1)
        && !is_labelled_figure(&lines[last + 1])
        && !is_figure_subhead(&lines[last], &lines[last + 1])
        && total + char_len(&lines[last + 1]) < TITLE_CHARS
    {
        last += 1;
        total += char_len(&lines[last]) + 1;
    }
    (first, last)
}

/// How the name of a site opens: a print view or a page saved as text sets it right above
/// the headline ("Cổng thông tin điện tử Sở Y tế tỉnh X").
const SITE_WORDS: &[&str] = &["cổng thông tin điện tử ", "trang thông tin điện tử ", "cổng ttđt ", "trang ttđt ", "website "];

/// The words in small letters that the name of a health body or a place holds ("Trung tâm
/// Y tế huyện X", "Sở Y tế thành phố Y").
const NAME_SMALL_WORDS: &[&str] = &["tỉnh", "thành", "phố", "huyện", "thị", "xã", "quận", "phường", "y", "tế", "tâm", "viện", "khoa", "của", "và", "tp."];

/// Whether the line names a site and nothing more: the site's words, then a name whose
/// words are capitalised or belong to a name ([`NAME_SMALL_WORDS`]). A headline about the
/// site goes on with a verb ("Cổng thông tin điện tử tỉnh ra mắt giao diện mới").
fn is_site_name(line: &str) -> bool {
    let t = line.trim();
    let Some(w) = t.starts_with(['C', 'c', 'T', 't', 'W', 'w']).then(|| SITE_WORDS.iter().find(|w| starts_with_lower(t, w))).flatten() else {
        return false;
    };
    let Some(name) = t.get(w.len()..) else { return false };
    name.split_whitespace().all(|word| word.starts_with(char::is_uppercase) || NAME_SMALL_WORDS.iter().any(|s| *s == word))
}

/// The fewest words of each of a headline and the subhead under it that opens with a
/// figure: both read as whole headlines, where a headline's wrapped tail may be a few words.
const SUBHEAD_WORDS: usize = 6;

/// Words that a headline wrapped before a figure ends its first line with ("… có thêm" over
/// "12 xã đạt chuẩn"): they ask for the number after them.
const BEFORE_FIGURE_WORDS: &[&str] = &[
    "có", "thêm", "với", "cho", "và", "của", "được", "đạt", "gần", "hơn", "trên", "dưới", "tới", "đến", "từ", "là", "gồm", "tại",
    "khoảng", "lên", "xuống", "tăng", "giảm", "hết", "chỉ", "các", "những", "ngày", "tháng", "năm", "quý", "tuần", "lần", "thứ",
    "còn", "mất", "nhận", "về", "sau", "trong", "vượt", "chiếm", "bằng", "gấp", "cùng", "cứu", "mắc", "trao", "tặng", "khám", "tiêm",
];

/// Whether `next`, under the headline line `line`, is a subhead of its own opening with a
/// figure ("3 xã được công nhận đạt Bộ tiêu chí …") rather than the headline wrapped on:
/// both lines are whole headlines ([`SUBHEAD_WORDS`]), and the headline does not end with
/// a word that asks for the number ([`BEFORE_FIGURE_WORDS`]).
fn is_figure_subhead(line: &str, next: &str) -> bool {
    if !next.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let last_word = line.split_whitespace().last().unwrap_or("");
    words_at_least(line, SUBHEAD_WORDS) && words_at_least(next, SUBHEAD_WORDS) && !BEFORE_FIGURE_WORDS.iter().any(|w| equals_lower(last_word, w))
}

/// Words that open the line naming the period a report covers: "Tuần 44 năm 2025 (từ
/// ngày …)", "Quý III năm 2025", "Từ ngày 01/10 đến ngày 31/10/2025".
const PERIOD_OPENINGS: &[&str] = &["tuần ", "tháng ", "quý ", "năm ", "từ ngày ", "(từ ngày ", "kỳ "];

/// Whether line `i` names the period of the report whose title stands right above it (no
/// blank line between): a subtitle, not the title.
fn is_period_subtitle(lines: &[Cow<'_, str>], i: usize, page: &Page) -> bool {
    let line = lines[i].trim();
    i > 0
        && !page.blocks[i].gap_before
        && char_len(line) <= WRAPPED_TITLE_CHARS * 2
        && PERIOD_OPENINGS.iter().any(|w| starts_with_lower(line, w))
        && line.bytes().any(|b| b.is_ascii_digit())
        && (is_headline(&lines[i - 1]) || is_upper_line(&lines[i - 1]))
}

/// A line opening like a photo caption although it names no photographer.
fn is_uncredited_caption(line: &str) -> bool {
    char_len(line) <= TITLE_CHARS && !ends_sentence(line) && CAPTION_OPENING.is_match(line)
}

/// A numbered section heading's marker: "I. ", "2. ", "2.1. ", "a) ".
static SECTION_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])[.)]\s").expect("valid regex"));

/// Kinds of document whose title opens with the kind in capitals.
const DOCUMENT_KINDS: &[&str] = &["BÁO CÁO", "KẾ HOẠCH", "THÔNG BÁO", "TỜ TRÌNH", "TỔNG KẾT", "SƠ KẾT"];

/// Whether `line` is in capitals and opens with a kind of document ("BÁO CÁO NHANH …").
fn opens_with_document_kind(line: &str) -> bool {
    is_upper_line(line) && DOCUMENT_KINDS.iter().any(|k| line.strip_prefix(k).is_some_and(|r| r.starts_with(' ')))
}

fn is_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let lower = line.to_lowercase();
    (4..=45).contains(&words)
        && char_len(line) <= 250
        && (!ends_sentence(line) || line.trim_end().ends_with(['?', '!']))
        && (parse_dmy_datetime(line).is_none() || names_period_range(line))
        && !(lower.contains("ngày") && lower.contains("năm") && lower.contains("tháng"))
        && !line.starts_with(['-', '+', '•'])
        && !is_breadcrumb(line)
        && !is_table_row(line)
        && !is_table_caption(line)
}

/// A row of a table copied as text: cells apart at a tab or a run of three spaces or
/// more. A headline is one run of words; its row of figures is never a title.
fn is_table_row(line: &str) -> bool {
    let t = line.trim();
    t.contains('\t') || t.contains("   ")
}

/// Words that caption a table or a figure ("Bảng 1. Số ca mắc …", "Biểu đồ 2: …"): the
/// caption names what the table counts, not what the page reports.
const TABLE_CAPTION_WORDS: &[&str] = &["bảng ", "biểu ", "biểu đồ ", "hình ", "phụ lục "];

/// A table's or figure's caption: one of [`TABLE_CAPTION_WORDS`] and its number.
fn is_table_caption(line: &str) -> bool {
    let t = line.trim_start();
    TABLE_CAPTION_WORDS.iter().any(|w| {
        starts_with_lower(t, w) && t[w.len()..].trim_start().chars().next().is_some_and(|c| c.is_ascii_digit() || "IVX".contains(c))
    })
}

/// Whether the line names a span of days ("(từ ngày 13/10 đến 19/10/2025)"): its dates
/// bound what a report covers, while a line holding a date alone is a date stamp.
fn names_period_range(line: &str) -> bool {
    contains_lower(line, "từ ngày") && contains_lower(line, "đến")
}

fn is_breadcrumb(line: &str) -> bool {
    BREADCRUMB_MARKS.iter().any(|m| line.contains(m))
}

/// The byline: the first name line after the last good paragraph, before the page tail.
fn mark_byline(lines: &[Cow<'_, str>], classes: &[Class], labels: &mut [Option<Label>], out: &mut Stripping) {
    let Some(last_good) = classes.iter().rposition(|c| *c == Class::Good) else {
        return;
    };
    let passable = |l: &Option<Label>| match l {
        None | Some(Label::Caption) => true,
        Some(Label::Boilerplate(r)) => r == "repeated-title",
        _ => false,
    };
    let after = (last_good + 1..lines.len()).take_while(|&i| passable(&labels[i]));
    for i in after {
        if labels[i].is_some() {
            continue;
        }
        if is_signer_title(&lines[i]) {
            // "TRƯỞNG KHOA" over the name: the report's signing block, which names who
            // answers for it, not who wrote it up.
            mark_signature(lines, i, labels);
            return;
        }
        // Also "Hoàng Minh (Văn phòng Sở)", and "Phòng Nghiệp vụ Y" alone, no one's name.
        // "Theo Hà Linh / Báo X": the writer of a piece taken from a paper.
        if let Some(names) = byline_names(&lines[i]).or_else(|| closing_credit(&lines[i])).or_else(|| source_writers(&lines[i])) {
            labels[i] = Some(Label::Byline);
            if !names.is_empty() {
                out.authors = names;
            }
            return;
        }
    }
}

/// How a signer's title opens, in capitals over the name: "TRƯỞNG KHOA", "GIÁM ĐỐC",
/// "KT. CHỦ TỊCH", "NGƯỜI LẬP BIỂU". A role, never a writer's name.
const SIGNER_TITLE_OPENINGS: &[&str] = &[
    "TRƯỞNG ", "PHÓ ", "GIÁM ĐỐC", "CHỦ TỊCH", "CHÁNH ", "THỦ TRƯỞNG", "BÍ THƯ", "NGƯỜI ", "KT.", "TL.", "TM.", "Q.", "TUQ.",
];

/// The longest signer's title, in words.
const SIGNER_TITLE_WORDS: usize = 8;

/// A signer's title in capitals standing on its own line ("TRƯỞNG KHOA").
fn is_signer_title(line: &str) -> bool {
    let t = line.trim();
    is_upper_line(t)
        && !ends_sentence(t)
        && t.split_whitespace().count() <= SIGNER_TITLE_WORDS
        && SIGNER_TITLE_OPENINGS.iter().any(|o| t.starts_with(o))
}

/// Labels the signing block from its title at `start`: the title lines and the name (with
/// its degree, "BS.CKI Trần Văn A") under them, up to the first line that is neither.
fn mark_signature(lines: &[Cow<'_, str>], start: usize, labels: &mut [Option<Label>]) {
    let mut i = start;
    while i < lines.len() && labels[i].is_none() && is_signer_title(&lines[i]) {
        labels[i] = Some(Label::boilerplate("signature"));
        i += 1;
    }
    // "(Đã ký)" between the title and the name: the name is still the signer's.
    while i < lines.len() && labels[i].is_none() && is_sign_note(&lines[i]) {
        labels[i] = Some(Label::boilerplate("signature"));
        i += 1;
    }
    if i < lines.len() && labels[i].is_none() && char_len(&lines[i]) <= SIGNER_NAME_CHARS && !ends_sentence(&lines[i]) {
        labels[i] = Some(Label::boilerplate("signature"));
    }
}

/// A note in brackets where the signature goes: "(Đã ký)", "(Ký, ghi rõ họ tên)", "(Ký tên,
/// đóng dấu)".
fn is_sign_note(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('(') && t.ends_with(')') && char_len(t) <= SIGNER_NAME_CHARS && {
        let lower = t.to_lowercase();
        lower.contains("ký") || lower.contains("dấu")
    }
}

/// The longest signer's name line, with its degree.
const SIGNER_NAME_CHARS: usize = 60;

/// "2024-07-19T08:00:00+07:00" -> "2024-07-19T08:00"; "19/07/2024" -> "2024-07-19".
fn parse_meta_date(s: &str) -> Option<String> {
    let t = s.trim();
    let iso_date = t.get(..10).filter(|d| d.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() }));
    match iso_date {
        Some(d) => match t.get(10..16) {
            Some(time) if time.starts_with('T') && time.as_bytes().get(3) == Some(&b':') => Some(format!("{d}{time}")),
            _ => Some(d.to_string()),
        },
        None => parse_dmy_datetime(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARA_A: &str = "Sáng nay, đoàn công tác của tỉnh đã đến thăm và làm việc tại bệnh viện huyện để nắm tình hình khám chữa bệnh cho người dân trong mùa mưa lũ.";
    const PARA_B: &str = "Theo báo cáo của bệnh viện, trong tháng qua đơn vị đã tiếp nhận hơn một nghìn lượt người bệnh, trong đó có nhiều ca nặng được chuyển lên tuyến trên kịp thời.";

    #[test]
    fn the_writer_beside_the_paper_or_in_a_column_of_credits_is_the_author() {
        let article = "Bệnh viện Phổi tỉnh hưởng ứng Ngày Thế giới phòng chống lao\nNgày 24/3/2025, Bệnh viện Phổi tỉnh tổ chức mít tinh hưởng ứng Ngày Thế giới phòng chống bệnh lao với hơn 200 cán bộ tham dự.\n\nNăm 2024, bệnh viện phát hiện và điều trị 1.085 người mắc lao các thể, tỷ lệ điều trị thành công đạt 91%.\n\n";
        let credits = [
            ("Theo Hải Yến / Báo Sức khỏe", vec!["Hải Yến"]),
            ("Tác giả: Nguyễn Hải Yến        Nguồn: Phòng Công tác xã hội", vec!["Nguyễn Hải Yến"]),
            ("Theo Báo Sức khỏe", vec![]),
        ];
        for (credit, authors) in credits {
            let s = strip(&Page::from_text("tin.txt", &format!("{article}{credit}")));
            assert_eq!(s.authors, authors, "{credit}");
        }
    }

    #[test]
    fn keeps_paragraphs_and_drops_furniture() {
        let text = format!(
            "Trang chủ\nBệnh viện huyện sẵn sàng ứng phó mùa mưa lũ năm nay\n{PARA_A}\nCác bác sĩ thăm khám cho bệnh nhân. Ảnh: HOÀNG LONG\n{PARA_B}\nNgọc Hân\nĐọc thêm\nNhiều tỉnh tăng cường phòng chống dịch sốt xuất huyết trong mùa mưa năm nay\nĐiện thoại: 0123 456 789\nlượt truy cập: 1234"
        );
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert_eq!(s.body_lines(&page), vec![PARA_A.to_string(), PARA_B.to_string()]);
        assert_eq!(s.title.as_deref(), Some("Bệnh viện huyện sẵn sàng ứng phó mùa mưa lũ năm nay"));
        assert_eq!(s.authors, vec!["Ngọc Hân".to_string()]);
        assert_eq!(s.captions.len(), 1);
    }

    #[test]
    fn a_short_sentence_closing_the_article_before_its_byline_stays() {
        let last = "Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 96%.";
        let text = format!("Trung tâm Y tế huyện báo cáo hoạt động tháng 10\n{PARA_A}\n{PARA_B}\n{last}\nKhoa Kiểm soát bệnh tật\nĐọc thêm\nNhiều tỉnh tăng cường phòng chống dịch sốt xuất huyết trong mùa mưa năm nay");
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert_eq!(s.body_lines(&page), vec![PARA_A.to_string(), PARA_B.to_string(), last.to_string()]);
        // Furniture that is no sentence, or an unknown line after it, is not vouched for.
        let text = format!("Trung tâm Y tế huyện báo cáo hoạt động tháng 10\n{PARA_A}\n{PARA_B}\nChia sẻ bài viết qua mạng xã hội\nTrang chủ");
        let page = Page::from_text("x.txt", &text);
        assert_eq!(strip(&page).body_lines(&page), vec![PARA_A.to_string(), PARA_B.to_string()]);
        // Two short sentences in a row close it as one does.
        let two = ["Năm 2025, toàn tỉnh ghi nhận 1.130 ca sốt xuất huyết.", "Đến ngày 20/11, ổ dịch không phát sinh thêm ca mới."];
        let text = format!("Trung tâm Y tế huyện báo cáo hoạt động tháng 10
{PARA_A}
{PARA_B}
{}
Khánh Linh", two.join("\n"));
        let page = Page::from_text("x.txt", &text);
        assert_eq!(strip(&page).body_lines(&page), vec![PARA_A.to_string(), PARA_B.to_string(), two[0].to_string(), two[1].to_string()]);
    }

    #[test]
    fn a_notice_of_a_heading_and_dash_lines_keeps_its_items() {
        let items = ["- Phòng khám tạm dừng tiếp nhận người bệnh ngoại trú.", "- Thời gian: từ 7 giờ ngày 3/4/2027.", "- Người bệnh cấp cứu đến khoa Cấp cứu."];
        let page = Page::from_text("x.txt", &format!("THÔNG BÁO LỊCH NGHỈ KHÁM NGOẠI TRÚ\n{}\nTrang chủ", items.join("\n")));
        let s = strip(&page);
        assert_eq!(s.body_lines(&page), items.map(str::to_string).to_vec());
        assert_eq!(s.title.as_deref(), Some("THÔNG BÁO LỊCH NGHỈ KHÁM NGOẠI TRÚ"));
        // A short lead into the items is the body's too; a menu of short dashed lines is none.
        let lead = "Bệnh viện thông báo như sau:";
        let page = Page::from_text("x.txt", &format!("THÔNG BÁO\n{lead}\n{}", items.join("\n")));
        assert_eq!(strip(&page).body_lines(&page)[0], lead);
        let page = Page::from_text("x.txt", "Trang chủ\n- Giới thiệu\n- Tin tức\n- Liên hệ");
        assert!(strip(&page).body_lines(&page).is_empty());
    }

    #[test]
    fn a_report_that_opens_with_its_figures_under_the_headline_keeps_them() {
        let items = ["- Khám bệnh: 6.215 lượt (BHYT 5.480 lượt).", "- Điều trị nội trú: 512 lượt, tăng 37 lượt so với tháng 3.", "- Chuyển tuyến: 41 trường hợp."];
        let text = format!("Báo cáo hoạt động khám chữa bệnh tháng 4 năm 2027\n{}\n{PARA_A}\nTrang chủ", items.join("\n"));
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        let mut want = items.map(str::to_string).to_vec();
        want.push(PARA_A.to_string());
        assert_eq!(s.body_lines(&page), want);
        assert_eq!(s.title.as_deref(), Some("Báo cáo hoạt động khám chữa bệnh tháng 4 năm 2027"));
        // An item before a long one of the same list, which reads as a paragraph.
        let long = "- Điều trị nội trú: 512 lượt, tăng 37 lượt so với tháng 3, trong đó có nhiều ca nặng được điều trị kịp thời tại khoa.";
        let page = Page::from_text("x.txt", &format!("Báo cáo tháng 4 năm 2027\n{}\n{long}\n{PARA_A}", items[0]));
        assert_eq!(strip(&page).body_lines(&page), vec![items[0].to_string(), long.to_string(), PARA_A.to_string()]);
        // One item alone, or items without a figure (a menu), vouch for nothing.
        let page = Page::from_text("x.txt", &format!("Tin tức\n{}\n{PARA_A}", items[0]));
        assert_eq!(strip(&page).body_lines(&page), vec![PARA_A.to_string()]);
        let page = Page::from_text("x.txt", &format!("Trang chủ\n- Giới thiệu về đơn vị chúng tôi\n- Tin tức và sự kiện trong ngành\n{PARA_A}"));
        assert_eq!(strip(&page).body_lines(&page), vec![PARA_A.to_string()]);
    }

    #[test]
    fn one_figure_right_under_the_headline_opens_the_report() {
        let headline = "Kết quả khám chữa bệnh quý I năm 2027 tại Bệnh viện Đa khoa huyện";
        for figure in ["- Khám bệnh: 6.215 lượt (BHYT 5.480 lượt).", "Tổng số lượt khám: 15.420 lượt", "Khám bệnh\t15.420 lượt\ttăng 8%"] {
            let page = Page::from_text("x.txt", &format!("Trang chủ » Tin tức\n{headline}\n{figure}\n{PARA_A}\n\nMinh Thư"));
            let s = strip(&page);
            assert_eq!(s.title.as_deref(), Some(headline), "{figure}");
            assert_eq!(s.body_lines(&page), vec![figure.to_string(), PARA_A.to_string()], "{figure}");
        }
        // A headline wrapped on to a line that holds a figure without a label still reads as one.
        let page = Page::from_text("x.txt", &format!("Bệnh viện Đa khoa huyện Tân Khê tiếp nhận\nhơn 15.420 lượt khám bệnh trong quý I năm 2027\n{PARA_A}"));
        assert_eq!(strip(&page).title.as_deref(), Some("Bệnh viện Đa khoa huyện Tân Khê tiếp nhận hơn 15.420 lượt khám bệnh trong quý I năm 2027"));
    }

    #[test]
    fn a_table_a_short_lead_opens_after_the_last_paragraph_stays_with_the_closing_sentence() {
        let lead = "Các nhiệm vụ được phân công như sau:";
        let rows = ["TT\tNội dung\tĐơn vị\tThời gian", "1\tLập danh sách trẻ\tTrạm Y tế xã\tTháng 4/2027", "2\tTiêm vắc xin\tTrung tâm Y tế\tTháng 5/2027"];
        let last = "Sở Y tế đề nghị các đơn vị khẩn trương triển khai, báo cáo kết quả về Sở trước ngày 5/6/2027.";
        let text = format!("Tỉnh triển khai tiêm vắc xin sởi cho trẻ em năm 2027\n{PARA_A}\n{lead}\n{}\n{last}\nTrang chủ", rows.join("\n"));
        let page = Page::from_text("x.txt", &text);
        let mut want = vec![PARA_A.to_string(), lead.to_string()];
        want.extend(rows.map(str::to_string));
        want.push(last.to_string());
        assert_eq!(strip(&page).body_lines(&page), want);
    }

    #[test]
    fn a_short_text_without_a_long_paragraph_keeps_its_prose() {
        let one = "Ông Lò Văn Tám cho biết trong tuần có thêm 4 ca mắc mới tại địa phương.";
        let two = "Trạm y tế xã đã phun hóa chất diệt muỗi quanh nhà các bệnh nhân.";
        let page = Page::from_text("x.txt", &format!("Xã vùng cao ghi nhận ca sốt xuất huyết\n\n{one}\n\n{two}\n\nTrang chủ"));
        let s = strip(&page);
        assert_eq!(s.body_lines(&page), vec![one.to_string(), two.to_string()]);
        assert_eq!(s.title.as_deref(), Some("Xã vùng cao ghi nhận ca sốt xuất huyết"));
    }

    #[test]
    fn a_lead_sentence_without_function_words_stays() {
        let lead = "Trung tâm Y tế huyện Mường Khương tổ chức hội nghị tổng kết công tác tiêm chủng mở rộng năm 2024.";
        let page = Page::from_text("x.txt", &format!("{lead}
{PARA_B}"));
        let s = strip(&page);
        assert_eq!(s.body_lines(&page), vec![lead.to_string(), PARA_B.to_string()]);
    }

    #[test]
    fn short_line_between_paragraphs_stays() {
        let text = format!("{PARA_A}\n2. Bệnh viện:\n{PARA_B}");
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert_eq!(s.body_lines(&page).len(), 3);
    }

    #[test]
    fn short_lines_before_a_closing_near_good_line_stay() {
        let close = "Các trạm y tế xã chủ động tuyên truyền, hoàn thành trước ngày 30/11.";
        let text = format!("{PARA_A}\nTrong tuần đầu tháng, ghi nhận 12 ca tay chân miệng.\nSố lượt khám đạt 2.410 lượt.\n{close}");
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert_eq!(s.body_lines(&page).len(), 4, "{:?}", s.body_lines(&page));
    }

    #[test]
    fn headline_lists_and_menus_are_dropped() {
        let text = format!(
            "{PARA_A}\nHội thao y tế cơ sở Khánh thành trạm y tế mới Bác sĩ trẻ về vùng cao Hiến máu tình nguyện mùa hè\n{PARA_B}\nGiới thiệu\nLiên hệ"
        );
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert_eq!(s.body_lines(&page), vec![PARA_A.to_string(), PARA_B.to_string()]);
    }

    #[test]
    fn date_lines_give_the_published_date() {
        assert_eq!(date_stamp("Ngày đăng: 07/09/2024").as_deref(), Some("2024-09-07"));
        assert_eq!(date_stamp("Đăng ngày: 29/09/2024 | Người đăng: Quản trị viên").as_deref(), Some("2024-09-29"));
        assert_eq!(date_stamp("Cập nhật lúc 16:05 ngày 07/09/2024").as_deref(), Some("2024-09-07T16:05"));
        assert_eq!(date_stamp("Chủ Nhật, 07/09/2024 16:05 (GMT+7)").as_deref(), Some("2024-09-07T16:05"));
        assert_eq!(date_stamp("Ngày 07/09/2024, đoàn công tác đến thăm trạm y tế."), None);
    }

    #[test]
    fn a_time_stamp_under_the_lead_is_the_published_time() {
        let text = format!("Bệnh viện tuyến tỉnh quá tải vì dịch hô hấp ở trẻ nhỏ\n{PARA_A}\nThứ Hai, 13/10/2025 08:45 GMT+7\n{PARA_B}");
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert_eq!(s.published.as_deref(), Some("2025-10-13T08:45"));
        assert_eq!(s.body_lines(&page), vec![PARA_A.to_string(), PARA_B.to_string()]);
        // A day alone after the lead may be a line of the story: it stays.
        let text = format!("Bệnh viện tuyến tỉnh quá tải vì dịch hô hấp ở trẻ nhỏ\n{PARA_A}\n(Ngày 13/10/2025)\n{PARA_B}");
        let page = Page::from_text("x.txt", &text);
        assert_eq!(strip(&page).published, None);
    }

    #[test]
    fn a_subhead_opening_with_a_figure_is_no_part_of_the_headline() {
        let text = format!("Trung tâm Y tế huyện Đồi Mây tổng kết công tác y tế xã năm 2024\n3 xã được công nhận đạt Bộ tiêu chí quốc gia về y tế\n{PARA_A}\n{PARA_B}");
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert_eq!(s.title.as_deref(), Some("Trung tâm Y tế huyện Đồi Mây tổng kết công tác y tế xã năm 2024"));
        assert_eq!(s.body_lines(&page)[0], "3 xã được công nhận đạt Bộ tiêu chí quốc gia về y tế");
        // A headline wrapped before its number goes on over it.
        let text = format!("Sau đợt kiểm tra cuối năm, tỉnh Đồi Mây có thêm\n12 xã đạt Bộ tiêu chí quốc gia về y tế xã\n{PARA_A}\n{PARA_B}");
        let page = Page::from_text("x.txt", &text);
        assert_eq!(strip(&page).title.as_deref(), Some("Sau đợt kiểm tra cuối năm, tỉnh Đồi Mây có thêm 12 xã đạt Bộ tiêu chí quốc gia về y tế xã"));
        assert!(!is_figure_subhead("Hội nghị tổng kết công tác dân số năm", "2024 của huyện Đồi Mây"));
    }

    #[test]
    fn a_sites_name_over_the_headline_is_no_part_of_it() {
        for site in ["Cổng thông tin điện tử Sở Y tế tỉnh Đồi Mây", "Trang thông tin điện tử Trung tâm Y tế huyện Đồi Mây"] {
            let text = format!("In bài | Đóng cửa sổ\n{site}\nTổ chức tháng hành động vì an toàn thực phẩm năm 2025\n{PARA_A}\n{PARA_B}");
            let page = Page::from_text("x.txt", &text);
            assert_eq!(strip(&page).title.as_deref(), Some("Tổ chức tháng hành động vì an toàn thực phẩm năm 2025"), "{site}");
        }
        // A headline about the site, wrapped, is still joined.
        let text = format!("Cổng thông tin điện tử tỉnh ra mắt giao diện mới\ndành cho điện thoại di động và máy tính bảng\n{PARA_A}\n{PARA_B}");
        let page = Page::from_text("x.txt", &text);
        assert_eq!(
            strip(&page).title.as_deref(),
            Some("Cổng thông tin điện tử tỉnh ra mắt giao diện mới dành cho điện thoại di động và máy tính bảng")
        );
        assert!(is_site_name("CỔNG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ") && !is_site_name("Cổng thông tin"));
    }

    #[test]
    fn breadcrumb_is_no_title_and_wrapped_headline_is_joined() {
        let text = format!(
            "Trang chủ » Tin tức » Sức khỏe cộng đồng\nHội nghị triển khai công tác phòng chống dịch bệnh\nmùa mưa tại các xã vùng trũng của huyện\n(Ngày 07/09/2024)\n{PARA_A}\n{PARA_B}"
        );
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert_eq!(
            s.title.as_deref(),
            Some("Hội nghị triển khai công tác phòng chống dịch bệnh mùa mưa tại các xã vùng trũng của huyện")
        );
        assert_eq!(s.published.as_deref(), Some("2024-09-07"));
        assert_eq!(s.body_lines(&page), vec![PARA_A.to_string(), PARA_B.to_string()]);
    }

    #[test]
    fn opening_caption_without_credit_and_writer_photographer_credit() {
        let text = format!("Đồng chí Lý Thanh Bình - Phó Chủ tịch UBND huyện phát biểu tại buổi lễ\n{PARA_A}\n{PARA_B}\nTin: HẢI YẾN - Ảnh: QUANG MINH");
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert_eq!(s.title, None);
        assert_eq!(s.captions.len(), 1);
        assert_eq!(s.authors, vec!["Hải Yến".to_string(), "Quang Minh".to_string()]);
        assert_eq!(credit_names("Tin: H'Nga Byă - Ảnh: Lê Đạt"), Some(vec!["H'Nga Byă".to_string(), "Lê Đạt".to_string()]));
        assert_eq!(credit_names("Bài và ảnh: PHƯƠNG THẢO"), Some(vec!["Phương Thảo".to_string()]));
        assert_eq!(credit_names("Ảnh: PHƯƠNG THẢO"), None);
        assert_eq!(s.body_lines(&page), vec![PARA_A.to_string(), PARA_B.to_string()]);
    }

    #[test]
    fn a_units_credit_is_a_byline_not_a_caption() {
        let text = format!("Trung tâm Y tế huyện báo cáo hoạt động tháng 10\n{PARA_A}\n{PARA_B}\nTin, ảnh: Khoa Kiểm soát bệnh tật");
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert!(s.captions.is_empty(), "{:?}", s.captions);
        assert!(s.authors.is_empty(), "{:?}", s.authors);
        assert_eq!(s.body_lines(&page), vec![PARA_A.to_string(), PARA_B.to_string()]);
        // A unit's credit after a writer's leaves the writer.
        let text = format!("Trung tâm Y tế huyện báo cáo hoạt động tháng 10\n{PARA_A}\n{PARA_B}\nBài: Lò Thị Hoa\nTin, ảnh: Khoa Kiểm soát bệnh tật");
        let page = Page::from_text("x.txt", &text);
        assert_eq!(strip(&page).authors, vec!["Lò Thị Hoa".to_string()]);
    }

    #[test]
    fn short_figure_lines_and_table_rows_of_a_report_stay() {
        let text = format!(
            "TRẠM Y TẾ XÃ HÒA AN\n\nBẢN TIN TÌNH HÌNH DỊCH BỆNH\nTháng 9 năm 2025 (từ ngày 01/9 đến ngày 30/9/2025)\n\nNgày 02 tháng 10 năm 2025\n\n{PARA_A}\n- Thủy đậu: 7 ca.\n- Ho gà: không ghi nhận.\n2. Công tác khám bệnh\nChỉ tiêu        Tháng 9   Tháng 8\nLượt khám       812       790\n{PARA_B}"
        );
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert_eq!(s.title.as_deref(), Some("BẢN TIN TÌNH HÌNH DỊCH BỆNH"));
        assert_eq!(s.published.as_deref(), Some("2025-10-02"));
        let body = s.body_lines(&page);
        for kept in ["Tháng 9 năm 2025 (từ ngày 01/9 đến ngày 30/9/2025)", "- Thủy đậu: 7 ca.", "- Ho gà: không ghi nhận.", "2. Công tác khám bệnh", "Lượt khám       812       790"] {
            assert!(body.iter().any(|l| l == kept), "{kept} in {body:?}");
        }
        assert!(!body.iter().any(|l| l.starts_with("TRẠM")));
    }

    #[test]
    fn a_last_numbered_section_of_a_plan_stays() {
        let text = format!(
            "KẾ HOẠCH\nTiêm vắc xin bại liệt bổ sung năm 2027\n\n{PARA_A}\n1. Khoa Kiểm soát bệnh tật:\n- Lập danh sách trẻ.\n{PARA_B}\n2. Khoa Dược - Vật tư:\n- Cấp phát vắc xin đúng quy định.\n- Báo cáo hằng tuần."
        );
        let page = Page::from_text("x.txt", &text);
        let body = strip(&page).body_lines(&page);
        for kept in ["2. Khoa Dược - Vật tư:", "- Cấp phát vắc xin đúng quy định.", "- Báo cáo hằng tuần."] {
            assert!(body.iter().any(|l| l == kept), "{kept} in {body:?}");
        }
        // Without a numbered section before, a list after the last paragraph is no part of it.
        let text = format!("{PARA_A}\n{PARA_B}\n1. Tin cũ hơn\n- Xem thêm");
        let page = Page::from_text("x.txt", &text);
        assert!(!strip(&page).body_lines(&page).iter().any(|l| l.starts_with("1. Tin")));
    }

    #[test]
    fn the_last_items_of_a_list_the_last_paragraph_opens_stay() {
        let text = format!(
            "{PARA_A}\nBan Giám đốc yêu cầu các khoa, phòng tập trung thực hiện tốt các nhiệm vụ trọng tâm sau đây:\n- Đẩy mạnh tiêm chủng tại các xã.\n- Hoàn thành tổng kết trước ngày 31/12.\nTin, ảnh: Lò Văn Khiêm"
        );
        let page = Page::from_text("x.txt", &text);
        let body = strip(&page).body_lines(&page);
        for kept in ["- Đẩy mạnh tiêm chủng tại các xã.", "- Hoàn thành tổng kết trước ngày 31/12."] {
            assert!(body.iter().any(|l| l == kept), "{kept} in {body:?}");
        }
        assert!(!body.iter().any(|l| l.starts_with("Tin, ảnh")), "{body:?}");
    }

    #[test]
    fn a_subject_line_naming_its_period_is_the_title() {
        let text = format!("TRUNG TÂM Y TẾ HUYỆN AN LÃO\n\nTình hình dịch bệnh tuần 38 năm 2025 (từ ngày 15/9 đến 21/9/2025)\n\n1. Dịch bệnh\n\n{PARA_A}\n\n{PARA_B}");
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert_eq!(s.title.as_deref(), Some("Tình hình dịch bệnh tuần 38 năm 2025 (từ ngày 15/9 đến 21/9/2025)"));
    }

    #[test]
    fn furniture_copied_with_a_news_page_leaves_the_body() {
        let text = format!("{PARA_A}\nXem thêm: Trẻ sốt cao co giật, cha mẹ cần làm gì?\nQUẢNG CÁO\n{PARA_B}\nChia sẻ | Lưu | Cỡ chữ A- A+");
        let page = Page::from_text("x.txt", &text);
        assert_eq!(strip(&page).body_lines(&page), vec![PARA_A.to_string(), PARA_B.to_string()]);
    }

    #[test]
    fn a_table_row_and_its_caption_are_no_title() {
        let text = format!(
            "PHÒNG Y TẾ HUYỆN AN LÃO\n\nBẢN TIN TIÊM CHỦNG MỞ RỘNG\nTháng 9/2025 (từ ngày 01/9 đến ngày 30/9/2025)\n\n\
             Bảng 2. Kết quả tiêm chủng của các xã trong tháng\nSTT\tXã\tSố trẻ\tTỷ lệ\n1\tAn Hòa\t52\t96,1\n2\tAn Toàn\t47\t93,4\n\n{PARA_A}\n{PARA_B}"
        );
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert_eq!(s.title.as_deref(), Some("BẢN TIN TIÊM CHỦNG MỞ RỘNG"));
        assert!(s.body_lines(&page).iter().any(|l| l == "1\tAn Hòa\t52\t96,1"), "the table under the title is the body's");
        assert!(is_table_row("Lượt khám       812       790") && !is_table_row("Bệnh viện tiếp nhận 812 lượt khám"));
        assert!(is_table_caption("Bảng 1. Số ca mắc") && is_table_caption("Biểu đồ 3: Số ca theo tuần") && !is_table_caption("Bảng tin dịch bệnh"));
    }

    #[test]
    fn a_signers_title_over_a_name_is_no_byline() {
        let text = format!("Báo cáo tình hình dịch bệnh tại các xã trong tháng\n{PARA_A}\n{PARA_B}\nPHÓ TRƯỞNG PHÒNG\nThS. Lê Văn Hòa");
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        assert!(s.authors.is_empty(), "{:?}", s.authors);
        assert_eq!(s.body_lines(&page), vec![PARA_A.to_string(), PARA_B.to_string()]);
        assert!(is_signer_title("TRƯỞNG KHOA") && is_signer_title("KT. GIÁM ĐỐC") && !is_signer_title("HOÀNG LONG"));
        // A note that it was signed stands between the title and the name.
        let text = format!("Báo cáo tình hình dịch bệnh tại các xã trong tháng\n{PARA_A}\n{PARA_B}\nGIÁM ĐỐC\n(Đã ký)\nLạc Thị Quyên");
        let page = Page::from_text("x.txt", &text);
        let s = strip(&page);
        let signature: Vec<usize> = (0..s.labels.len()).filter(|&i| s.labels[i] == Label::boilerplate("signature")).collect();
        assert_eq!(signature.iter().map(|&i| page.line(i)).collect::<Vec<_>>(), vec!["GIÁM ĐỐC", "(Đã ký)", "Lạc Thị Quyên"]);
        assert!(is_sign_note("(Ký, ghi rõ họ tên)") && !is_sign_note("(Văn phòng Sở)"));
        // A byline in capitals still names the writer.
        let text = format!("Báo cáo tình hình dịch bệnh tại các xã trong tháng\n{PARA_A}\n{PARA_B}\nHOÀNG LONG");
        let page = Page::from_text("x.txt", &text);
        assert_eq!(strip(&page).authors, vec!["Hoàng Long".to_string()]);
    }

    #[test]
    fn meta_dates() {
        assert_eq!(parse_meta_date("2022-03-04T07:45:00Z").as_deref(), Some("2022-03-04T07:45"));
        assert_eq!(parse_meta_date("04/03/2022").as_deref(), Some("2022-03-04"));
    }
}

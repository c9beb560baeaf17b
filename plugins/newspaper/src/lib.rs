//! The newspaper plugin: a newspaper portal page with a tag bar, a category and timestamp
//! line (perhaps with the writer beside it), a font-size widget, captions under repeated
//! headlines, an inline related-links line, a byline and a related-articles list after "Đọc thêm".

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;
use vanban_plugin_sdk::text::{
    byline_names, char_len, chars_at_most, date_stamp, either_byte_offsets, equals_lower, ends_sentence, find_byte, host_slug, is_timestamp_line, markup_free_lines, parse_dmy_datetime,
    starts_with_lower, words_at_least,
};
use vanban_plugin_sdk::byline::{dateline_names, is_source_credit, is_writer_email, read_byline, source_writers};
use vanban_plugin_sdk::furniture::{inline_box_end, is_link_line, is_related_marker, mark_boxed_furniture, mark_furniture, photo_captions};
use vanban_plugin_sdk::{BlockTag, Claim, Format, Label, Page, Plugin, PluginError, PluginInfo, Stripping};

/// The lead of a news agency or paper: "TTXVN - ", "(PLO) - ", "HNM – ", of two to eight
/// capitals: [`may_open_with_agency`] checks the count, so that the regex holds one copy of
/// the large class of capitals (cheap to build) instead of eight.
static AGENCY_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\(?(\p{Lu}+)\)?\s*[-–—]\s+\S").expect("valid regex"));

/// A photo caption credit: "(Ảnh: ...)", "(Ảnh minh họa)", "Ảnh: ..." alone or closing the
/// caption ("Trẻ được tiêm vắc xin. Ảnh: Hoàng Vy").
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\(\s*ảnh\s*[:\-–]?[^)]*\)\s*$|^\s*ảnh\s*:|[.\s]ảnh\s*:\s*[^.()]{2,40}$").expect("valid regex")
});

/// The paper's name in brackets before a credit: "(Báo X) - Bài, ảnh: A". It names the
/// publisher, never a writer, and hides the credit from [`is_writer_credit`]'s anchor.
static PAPER_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\([^()]{2,40}\)\s*[-–—]\s*").expect("valid regex"));

/// The shortest line taken for an article paragraph when finding where the article starts.
const PARAGRAPH_CHARS: usize = 100;
/// The shortest line of concatenated headlines taken for an inline related-links line.
const INLINE_RELATED_CHARS: usize = 60;

#[derive(Default)]
pub struct Newspaper;

impl Plugin for Newspaper {
    fn info(&self) -> PluginInfo {
        PluginInfo {
            name: "newspaper".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: "Newspaper portal pages: tag bar, timestamp, captions, byline, related articles.".into(),
            provides: vec!["detect".into(), "strip".into(), "metadata".into()],
        }
    }

    fn detect(&self, page: &Page) -> Claim {
        let lines = markup_free_lines(page);
        let top = lines.len().min(12);
        let mut claim = Claim::none();
        let agency = lines[..top].iter().find_map(|l| agency_of(l));
        let tag_bar = lines.iter().any(|l| is_tag_bar(l));
        let font_widget = lines.iter().any(|l| is_font_widget(l));
        // Most lines hold no bracket at all: one byte search rules them out.
        let photo_credit = lines.iter().any(|l| find_byte(l, b'(').is_some() && (l.contains("(Ảnh") || l.contains("(ảnh")));
        claim.add(tag_bar, 0.3, "tag bar");
        claim.add(font_widget, 0.25, "font-size widget");
        claim.add(photo_credit, 0.15, "\"(Ảnh: ...)\" caption");
        claim.add(agency.is_some(), 0.2, "agency lead prefix");
        // A footer naming the editor-in-chief or the newsroom ("Tổng Biên tập: …").
        let press = lines.iter().rev().take(PRESS_FOOTER_LINES).any(|l| vanban_plugin_sdk::furniture::names_press(l));
        claim.add(press, 0.2, "newsroom named in the footer");
        // Most news sites have a timestamp line and a related list; they confirm this
        // style only beside one of its own marks, or any news page would be claimed.
        let own_marks = tag_bar || font_widget || photo_credit || agency.is_some() || press;
        let stamped = lines[..top].iter().chain(under_headline(page, &lines)).any(|l| is_timestamp_line(l));
        claim.add(own_marks && stamped, 0.35, "category and timestamp line");
        claim.add(own_marks && lines.iter().any(|l| is_related_marker(l)), 0.25, "related-articles marker");
        claim.portal = host_slug(&page.path).or_else(|| agency.map(|a| vanban_plugin_sdk::text::ascii_slug(&a)));
        claim
    }

    fn strip(&self, page: &Page) -> Result<Stripping, PluginError> {
        let lines = markup_free_lines(page);
        let mut out = Stripping { labels: vec![Label::Body; lines.len()], ..Stripping::default() };
        mark_boxed_furniture(page, &mut out.labels, &[]);
        let related = related_start(page, &lines, &mut out.labels);
        let first_para = mark_top(page, &lines, related, &mut out);
        mark_related(related, &mut out);
        mark_widgets(page, &lines, first_para, related, &mut out);
        mark_captions(page, &lines, first_para, related, &mut out);
        // Advertisements, share rows and comment counters stand between the paragraphs and
        // under the byline: out of the way, the byline is the article's last line.
        mark_furniture(page, &lines[..related], &mut out.labels[..related]);
        mark_byline(&lines, first_para, related, &mut out);
        mark_writer_credits(&lines, first_para, related, &mut out);
        mark_byline_under_list(&lines, related, &mut out);
        mark_inline_related(&lines, first_para, related, &mut out);
        mark_link_lists(page, &lines, first_para, related, &mut out);
        // What the page declares fills what its text does not show: a news site names its
        // writer in JSON-LD or a meta tag as often as under the article.
        let declared = vanban_plugin_sdk::declared::declared(&page.meta);
        if out.published.is_none() {
            out.published = page.meta.published.as_deref().and_then(iso_prefix).or(declared.published);
        }
        if out.title.is_none() {
            out.title = declared.headline.or_else(|| page.meta.title.clone());
        }
        if out.authors.is_empty() {
            out.authors = declared.authors;
        }
        Ok(out)
    }
}


/// How many lines at the end of a page are read for a newsroom's footer.
const PRESS_FOOTER_LINES: usize = 12;

/// How many lines under the headline hold its category, writer and timestamp.
const META_LINES: usize = 3;

/// The lines just under the page's headline, where a news site sets its timestamp: below a
/// long menu they lie past the top lines, which are counted too.
fn under_headline<'a>(page: &Page, lines: &'a [Cow<'_, str>]) -> &'a [Cow<'a, str>] {
    let first_para = lines.iter().position(|l| is_paragraph(l)).unwrap_or(lines.len());
    match headline_block(page, lines, first_para) {
        Some(h) => &lines[h + 1..(h + 1 + META_LINES).min(first_para.max(h + 1))],
        None => &[],
    }
}

/// The bare words of a tag bar and the prefixes of a tag line; every one opens with a "t".
const TAG_WORDS: &[&str] = &["tag", "tags", "từ khóa", "từ khoá"];
const TAG_PREFIXES: &[&str] = &["tag:", "tags:", "từ khóa:", "từ khoá:"];

/// A topics line heading the tags under an article ("Chủ đề:"), as some sites name their
/// tag bar. Told only in strip: "chủ đề" is a word of other pages' menus too, and no mark
/// of this style to claim a page by.
fn is_topic_bar(line: &str) -> bool {
    line.starts_with(['c', 'C']) && starts_with_lower(line, "chủ đề") && char_len(line.trim().trim_end_matches(':')) == "chủ đề".chars().count()
}

/// The longest line of a topic and its link ("Chủ đề: Mưa lũ miền Trung 2026").
const TOPIC_LINE_CHARS: usize = 100;

/// "Chủ đề: Mưa lũ miền Trung 2026", the topic a link to the site's page of it: a label
/// over a link, not the article's sentence about its topic.
fn is_linked_topic(page: &Page, line: &str, i: usize) -> bool {
    let linked = page.blocks.get(i).is_some_and(|b| b.link_chars > 0);
    linked && line.starts_with(['c', 'C']) && starts_with_lower(line, "chủ đề:") && chars_at_most(line, TOPIC_LINE_CHARS) && !ends_sentence(line)
}

fn is_tag_bar(line: &str) -> bool {
    // Every word and prefix opens with a "t", which only "t" and "T" lower-case to: the
    // other lines are told by their first byte. Only a short line can be the bare word.
    line.starts_with(['t', 'T'])
        && ((line.len() <= 32 && TAG_WORDS.iter().any(|w| equals_lower(line, w)))
            || TAG_PREFIXES.iter().any(|p| starts_with_lower(line, p)))
}

fn is_font_widget(line: &str) -> bool {
    const TOKENS: &[&str] = &["a", "aa", "aaa", "a-", "a+", "a−"];
    // 12 chars take at most 48 bytes: longer lines are not counted. Every token opens
    // with an "a", which only "a" and "A" lower-case to.
    let rest = line.trim_start();
    line.len() <= 48
        && (rest.is_empty() || rest.starts_with(['a', 'A']))
        && char_len(line) <= 12
        && !line.is_empty()
        && line.split_whitespace().all(|t| TOKENS.contains(&t.to_lowercase().as_str()))
}

fn agency_of(line: &str) -> Option<String> {
    if !may_open_with_agency(line) {
        return None;
    }
    AGENCY_LEAD.captures(line).and_then(|c| c.get(1)).map(|m| m.as_str().to_string())
}

/// Whether the line may open with an agency: after an optional "(", a run of two to eight
/// capitals followed by ")", a space or a dash. The run of upper-case letters that
/// [`AGENCY_LEAD`] takes ends where the run of upper-case chars does (the char after it is
/// none), so this bounds the regex's run to two to eight letters, and most lines, which
/// open with one capital, are told without the regex.
fn may_open_with_agency(line: &str) -> bool {
    let rest = line.strip_prefix('(').unwrap_or(line);
    let run = rest.chars().take_while(|c| c.is_uppercase()).count();
    let after = rest.chars().nth(run);
    (2..=8).contains(&run) && after.is_some_and(|c| c == ')' || c.is_whitespace() || matches!(c, '-' | '–' | '—'))
}

/// "2024-07-19T08:00:00+07:00" -> "2024-07-19T08:00"; a plain date stays a date.
fn iso_prefix(s: &str) -> Option<String> {
    let t = s.trim();
    let date = t.get(..10)?;
    let ok = date.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
    if !ok {
        return parse_dmy_datetime(t);
    }
    match t.get(10..16) {
        Some(time) if time.starts_with('T') && time[1..].chars().enumerate().all(|(i, c)| if i == 2 { c == ':' } else { c.is_ascii_digit() }) => {
            Some(format!("{date}{time}"))
        }
        _ => Some(date.to_string()),
    }
}

/// Index of the related-articles marker, or the number of lines. A marker opening a box
/// set between the article's paragraphs ("Đọc thêm" over two links, [`inline_box_end`]) is
/// labelled with its box, and the search goes on after it.
fn related_start(page: &Page, lines: &[Cow<'_, str>], labels: &mut [Label]) -> usize {
    // The marker must come after some article text, not in a menu at the top.
    let seen_text = (0..lines.len()).find(|&i| labels[i] == Label::Body && char_len(&lines[i]) >= PARAGRAPH_CHARS).unwrap_or(lines.len());
    let teaser = teaser_start(lines, seen_text).unwrap_or(lines.len());
    let mut i = seen_text;
    while i < teaser {
        if labels[i] != Label::Body || !is_related_marker(&lines[i]) {
            i += 1;
            continue;
        }
        let boxed = inline_box_end(page, lines, labels, i, |j| is_paragraph(&lines[j]));
        let Some(end) = boxed.or_else(|| plain_box_end(page, lines, i)) else { return i };
        for label in &mut labels[i..end] {
            *label = Label::boilerplate("related-inline");
        }
        i = end;
    }
    teaser
}

/// The most headlines a box of links between a plain-text page's paragraphs holds.
const PLAIN_BOX_LINES: usize = 5;

/// The end of a box of links that a related-articles marker at `marker` opens between the
/// paragraphs of a page copied to plain text, which shows no boxes: one to five headlines
/// under the marker, then the article going on in full sentences. A list closing the page
/// has no paragraph under it, or, when it gives each headline its lead, a headline between
/// two leads, a lead opening with an agency or another marker; then the marker ends the
/// article, as before.
fn plain_box_end(page: &Page, lines: &[Cow<'_, str>], marker: usize) -> Option<usize> {
    if !page.containers.is_empty() {
        return None;
    }
    let headlines = lines[marker + 1..].iter().take(PLAIN_BOX_LINES + 1).take_while(|l| is_box_headline(l)).count();
    if !(1..=PLAIN_BOX_LINES).contains(&headlines) {
        return None;
    }
    let end = marker + 1 + headlines;
    let last = (end..lines.len()).rev().find(|&j| is_sentence_paragraph(&lines[j]))?;
    // Another article's lead ("TTXT - …") or a second marker under it: the page's own lists.
    let more_lists = lines[end..].iter().any(|l| is_related_marker(l) || agency_of(l).is_some());
    let goes_on = (end..=last).all(|j| lines[j].trim().is_empty() || is_sentence_paragraph(&lines[j]));
    (goes_on && !more_lists).then_some(end)
}

/// A headline of a box of links: a short line of a few words that ends no sentence.
fn is_box_headline(line: &str) -> bool {
    chars_at_most(line, PARAGRAPH_CHARS) && !ends_sentence(line) && line.split_whitespace().nth(2).is_some()
}

/// The fewest words of a paragraph the article goes on with under a box of links.
const SENTENCE_PARAGRAPH_WORDS: usize = 8;

fn is_sentence_paragraph(line: &str) -> bool {
    ends_sentence(line) && line.split_whitespace().nth(SENTENCE_PARAGRAPH_WORDS - 1).is_some()
}

/// The most words of the section label a teaser's headline carries ("Sức khỏe", "Tin Y tế").
const SECTION_LABEL_WORDS: usize = 4;

/// Where the next article's teaser opens, when a page lists others under the byline with
/// no marker: its headline with its section glued on ("Ngộ độc rượu: 2 người nhập viện
/// Sức khỏe"), then the headline again over its lead. An article never repeats a line so.
fn teaser_start(lines: &[Cow<'_, str>], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&i| {
        let next = (i + 1..lines.len().min(i + 3)).find(|&j| !lines[j].trim().is_empty());
        next.is_some_and(|j| headline_with_section(lines[i].trim(), lines[j].trim()))
    })
}

/// Whether `line` is `headline` with a short capitalised section label after it.
fn headline_with_section(line: &str, headline: &str) -> bool {
    let Some(label) = line.strip_prefix(headline).and_then(|rest| rest.strip_prefix(' ')) else { return false };
    let words = label.split_whitespace().count();
    headline.split_whitespace().nth(3).is_some()
        && (1..=SECTION_LABEL_WORDS).contains(&words)
        && label.starts_with(char::is_uppercase)
        && !label.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | ';' | '!' | '?'))
}

/// Labels the lines above the article (tag bar, headline, timestamp, widget); returns the
/// index of the first article paragraph. The headline is the page's own when its markup
/// shows one ([`headline_block`]), else the first line of three words or more.
fn mark_top(page: &Page, lines: &[Cow<'_, str>], end: usize, out: &mut Stripping) -> usize {
    // Blocks labelled already (a cookie banner, comments) are neither the article nor its head.
    let first_para = (0..end).find(|&i| out.labels[i] == Label::Body && is_paragraph(&lines[i])).unwrap_or(end);
    let headline = headline_block(page, lines, first_para).or_else(|| over_the_stamp(lines, &out.labels, first_para));
    let first_para = short_lead(lines, &out.labels, headline, first_para).unwrap_or(first_para);
    let mut title_at = None;
    for i in 0..first_para {
        if out.labels[i] != Label::Body {
            continue;
        }
        let line = &lines[i];
        out.labels[i] = if Some(i) == headline {
            out.title = Some(line.to_string());
            Label::Title
        } else if is_tag_bar(line) {
            Label::boilerplate("tag-bar")
        } else if is_caption(line) {
            // A lead photo between the headline and the first paragraph.
            out.captions.push(line.to_string());
            Label::Caption
        } else if let Some(stamp) = post_stamp(line, headline.or(title_at).is_some_and(|h| i > h)) {
            if out.published.is_none() {
                out.published = Some(stamp);
            }
            // "Lê Minh | Thứ Năm, 08/10/2026 - 15:20": the writer shares the date's line.
            if out.authors.is_empty() {
                out.authors = dateline_names(line).or_else(|| writers_glued_to_date(line)).unwrap_or_default();
            }
            Label::Dateline
        } else if let Some(names) = top_writer(page, lines, i, headline.or(title_at)) {
            out.authors = names;
            Label::Byline
        } else if is_font_widget(line) {
            Label::boilerplate("font-size-widget")
        } else if is_breadcrumb(line) {
            Label::boilerplate("breadcrumb")
        } else if headline.is_none() && out.title.is_none() && line.split_whitespace().count() >= 3 {
            out.title = Some(line.to_string());
            title_at = Some(i);
            Label::Title
        } else {
            Label::boilerplate("page-header")
        };
    }
    first_para
}

/// An article's first paragraph when it is shorter than [`PARAGRAPH_CHARS`] ("BXX - Ngày
/// 3/1, Sở Y tế tổ chức họp."): the first line below the headline and its timestamp that is
/// a full sentence of some words, or a sentence opening with an agency's lead. Widgets,
/// writers and captions there end no sentence or hold fewer words; a page with no headline
/// found keeps its first long line as the article's start.
fn short_lead(lines: &[Cow<'_, str>], labels: &[Label], headline: Option<usize>, first_para: usize) -> Option<usize> {
    let headline = headline?;
    let stamp = (headline + 1..first_para).find(|&i| labels[i] == Label::Body && is_timestamp_line(&lines[i]));
    let from = stamp.unwrap_or(headline) + 1;
    (from..first_para).find(|&i| {
        let line = &lines[i];
        labels[i] == Label::Body
            && ends_sentence(line)
            && (is_sentence_paragraph(line) || agency_of(line).is_some())
            && !is_caption(line)
            && !is_writer_credit(line)
    })
}

/// The headline of a page copied to plain text: the last line of three words or more above
/// the first category and timestamp line, where news sites set it. A section trail
/// ("Trang chủ  Đời sống") or a tag bar above it is no headline, whatever its words.
fn over_the_stamp(lines: &[Cow<'_, str>], labels: &[Label], end: usize) -> Option<usize> {
    let stamp = (0..end).find(|&i| labels[i] == Label::Body && is_timestamp_line(&lines[i]))?;
    (0..stamp).rev().find(|&i| labels[i] == Label::Body && lines[i].split_whitespace().count() >= 3 && !is_tag_bar(&lines[i]) && !is_breadcrumb(&lines[i]))
}

/// The time a line stamps the post with: a category and the date with its time ("Y tế
/// 12/05/2025 09:15"), or, under the headline, a stamp that sets the time before the date
/// and the writer beside it ("Đăng lúc: 14:36 - 02/12/2026 | Tác giả: Lê Minh"). Above the
/// headline such a line is the site's top bar, telling the time of day.
fn post_stamp(line: &str, under_headline: bool) -> Option<String> {
    if is_timestamp_line(line) {
        return parse_dmy_datetime(line);
    }
    date_stamp(line).filter(|d| under_headline && d.contains('T'))
}

/// The writers a date line opens with when the page set them in a span of their own,
/// with no bar or dash before the date ("Lê Minh - Hải Đăng 03/12/2026 - 11:32"). Only two
/// writers or more are taken: one name alone before a date may be a place ("Hà Giang
/// 03/12/2026"), while a place is never two names joined by a dash.
fn writers_glued_to_date(line: &str) -> Option<Vec<String>> {
    let lead = &line[..line.find(|c: char| c.is_ascii_digit())?];
    let names = read_byline(lead.trim())?.names;
    (names.len() >= 2).then_some(names)
}

/// The words of an id or class that name the writer's box ("detail-author", "byline").
const AUTHOR_BOX_WORDS: &[&str] = &["author", "byline", "tacgia", "tac-gia", "writer"];

/// The writers a line under the headline names: "Tác giả: Lê Minh", or a name alone in a
/// box named for the writer or beside the timestamp ("Hà Thu Trang" over "12/11/2026
/// 08:45"). A name alone elsewhere may be a place ("Hà Giang") set over the article.
fn top_writer(page: &Page, lines: &[Cow<'_, str>], i: usize, headline: Option<usize>) -> Option<Vec<String>> {
    if headline.is_none_or(|h| i <= h) {
        return None;
    }
    let line = &lines[i];
    if starts_with_lower(line, "tác giả") || is_writer_credit(line) {
        return read_byline(without_paper_lead(line)).map(|b| b.names);
    }
    // The font-size widget may stand between the timestamp and the name ("12/03/2026 17:40",
    // "aa", "Bảo Ngọc"): the name is still the one beside the date.
    let above = (0..i).rev().find(|&j| !is_font_widget(&lines[j]));
    let beside_date = [above, Some(i + 1)].into_iter().flatten().any(|j| lines.get(j).is_some_and(|l| is_timestamp_line(l)));
    let author_box = page.ancestors(i).take(2).any(|c| AUTHOR_BOX_WORDS.iter().any(|w| c.hint.to_lowercase().contains(w)));
    if !(beside_date || author_box) {
        return None;
    }
    byline_names(line)
}

/// A trail of the site's sections ("Trang chủ > Tin tức - Sự kiện > Hoạt động ngành"), as a
/// page copied to plain text keeps it above the headline: never the title.
fn is_breadcrumb(line: &str) -> bool {
    let parts = line.split(['>', '»', '›']).filter(|p| !p.trim().is_empty()).count();
    parts >= 2 && line.contains(['>', '»', '›'])
}

/// The longest caption a photo credit on the next line is taken to close.
const CREDITED_CAPTION_CHARS: usize = 200;

fn is_caption(line: &str) -> bool {
    chars_at_most(line, 400) && holds_anh(line) && PHOTO_CREDIT.is_match(line) && !is_writer_credit(line)
}

/// A writer's credit ([`vanban_plugin_sdk::byline::is_writer_credit`]), perhaps after the
/// paper's name in brackets.
fn is_writer_credit(line: &str) -> bool {
    vanban_plugin_sdk::byline::is_writer_credit(without_paper_lead(line))
}

/// The line without the paper's name in brackets that opens it ([`PAPER_LEAD`]); only a
/// line opening with a bracket is given to the regex.
fn without_paper_lead(line: &str) -> &str {
    if !line.starts_with('(') {
        return line;
    }
    PAPER_LEAD.find(line).map_or(line, |m| &line[m.end()..])
}

/// The block of the article's headline among the first `end` blocks of a web page: the
/// heading that says what the page declares as its headline, else the last `h1` of three
/// words or more (a site whose logo is an `h1` puts it first). Site menus, top bars and
/// logos above it are the page's header, however many words they hold.
fn headline_block(page: &Page, lines: &[Cow<'_, str>], end: usize) -> Option<usize> {
    let heading = |i: &usize, h1_only: bool| {
        let tag = page.blocks[*i].tag;
        (if h1_only { tag == BlockTag::H1 } else { tag.is_heading() }) && lines[*i].split_whitespace().count() >= 3
    };
    let declared = [page.meta.og_title.as_deref(), page.meta.title.as_deref()];
    let says_declared = |i: &usize| {
        let line = lines[*i].trim();
        declared.iter().flatten().any(|d| d.trim().starts_with(line) && (d.trim().len() == line.len() || !d.trim()[line.len()..].starts_with(char::is_alphanumeric)))
    };
    let end = end.min(page.blocks.len());
    (0..end).filter(|i| heading(i, false)).find(says_declared).or_else(|| (0..end).filter(|i| heading(i, true)).last())
}

/// Whether the line holds "ảnh" in some case, as every match of [`PHOTO_CREDIT`] does (its
/// case-insensitive letters match only their two cases): a search for the last byte of "ả"
/// and "Ả" rules out most lines before the regex, which is run over the whole line.
fn holds_anh(line: &str) -> bool {
    let bytes = line.as_bytes();
    either_byte_offsets(line, 0xA2, 0xA3).any(|at| {
        at >= 2 && bytes[at - 2..at] == [0xE1, 0xBA] && bytes.get(at + 1..at + 3).is_some_and(|nh| nh.eq_ignore_ascii_case(b"nh"))
    })
}

fn is_paragraph(line: &str) -> bool {
    char_len(line) >= PARAGRAPH_CHARS && !is_timestamp_line(line)
}

fn mark_related(start: usize, out: &mut Stripping) {
    for label in out.labels.iter_mut().skip(start) {
        *label = Label::boilerplate("related-articles");
    }
}

/// Tag bars and font-size widgets may also stand under the article, above the byline.
/// A tag bar's bare word ("Tags") heads the tags themselves, in its box and as links.
fn mark_widgets(page: &Page, lines: &[Cow<'_, str>], from: usize, to: usize, out: &mut Stripping) {
    for i in from..to {
        if is_tag_bar(&lines[i]) || is_topic_bar(&lines[i]) || is_linked_topic(page, &lines[i], i) {
            out.labels[i] = Label::boilerplate("tag-bar");
            let next = i + 1;
            if next < to && out.labels[next] == Label::Body && (are_the_tags(page, &lines[next], i) || is_link_line(page, &lines[next], next)) {
                out.labels[i + 1] = Label::boilerplate("tag-bar");
            }
        } else if is_font_widget(&lines[i]) {
            out.labels[i] = Label::boilerplate("font-size-widget");
        }
    }
}

/// Whether the block after the tag bar's word at `bar` is its tags: in the word's box and
/// mostly links. A plain-text page shows neither, and its next line is left as it is.
fn are_the_tags(page: &Page, line: &str, bar: usize) -> bool {
    let (Some(word), Some(next)) = (page.blocks.get(bar), page.blocks.get(bar + 1)) else { return false };
    word.container.is_some() && word.container == next.container && next.link_chars as usize * 2 >= char_len(line).max(1)
}

/// A caption line ends with a photo credit; a repeated headline or a short title line
/// just above it belongs to the photo too. A plain-text copy keeps captions without a
/// credit among the paragraphs ([`scene_caption_at`]).
fn mark_captions(page: &Page, lines: &[Cow<'_, str>], from: usize, to: usize, out: &mut Stripping) {
    // The captions the page's markup names (a caption under a photo in a table or a box
    // named for it), whether or not they credit a photographer.
    let marked = photo_captions(page);
    let plain = page.format == Format::Text;
    for i in from..to {
        if out.labels[i] != Label::Body {
            continue;
        }
        let line = &lines[i];
        let repeats_title = out.title.as_deref() == Some(line.as_ref());
        if marked.get(i).copied().unwrap_or(false) && !is_writer_credit(line) {
            out.labels[i] = Label::Caption;
            out.captions.push(line.to_string());
        } else if is_caption(line) {
            out.labels[i] = Label::Caption;
            let above = (i > from && out.labels[i - 1] == Label::Body).then(|| &lines[i - 1]);
            let alone = vanban_plugin_sdk::byline::is_photo_credit_alone(line);
            // The lead is never a photo's caption: a credit alone under it opens the caption
            // below, as some papers set the credit above the photo ("Ảnh: A" over the caption).
            let above = above.filter(|_| !(alone && i - 1 == from));
            let below = (alone && above.is_none() && i + 1 < to && out.labels[i + 1] == Label::Body).then(|| &lines[i + 1]);
            if let Some(below) = below.filter(|b| char_len(b) < PARAGRAPH_CHARS) {
                out.labels[i + 1] = Label::Caption;
                out.captions.push(below.to_string());
                continue;
            }
            match above {
                // The credit on a line of its own under the caption: the caption is the line
                // above, a sentence or not, and the credit names no one in the photo.
                Some(above) if alone && char_len(above) <= CREDITED_CAPTION_CHARS => {
                    out.labels[i - 1] = Label::Caption;
                    out.captions.push(above.to_string());
                }
                Some(above) if !ends_sentence(above) && char_len(above) < PARAGRAPH_CHARS => {
                    out.labels[i - 1] = Label::Caption;
                    out.captions.push(line.to_string());
                }
                _ => out.captions.push(line.to_string()),
            }
        } else if repeats_title {
            out.labels[i] = Label::Caption;
        } else if plain && is_scene_caption(line) && scene_caption_at(lines, &out.labels, i, from, to) {
            out.labels[i] = Label::Caption;
            out.captions.push(line.trim().to_string());
        }
    }
}

/// How a photo's caption opens when no credit closes it: the people or the scene the
/// photo shows, as a news story's paragraph seldom opens (each followed by a space).
const SCENE_OPENINGS: &[&str] = &[
    "lãnh đạo ", "đại diện ", "đại biểu ", "các đại biểu ", "quang cảnh ", "toàn cảnh ", "đoàn công tác ", "đoàn kiểm tra ",
    "nhân viên y tế ", "cán bộ y tế ", "y, bác sĩ ", "y bác sĩ ", "các bác sĩ ", "bác sĩ khoa ", "điều dưỡng ", "kíp ", "ê-kíp ",
];

/// Words of a story's paragraph that a caption, which shows one moment without a figure,
/// does not hold: a speaker's verb, a tense word, a quotation.
const NOT_IN_SCENES: &[&str] = &[
    "cho biết", "cho rằng", "cho hay", "khẳng định", "nhấn mạnh", "đề nghị", "yêu cầu", "chia sẻ", "thông tin", "khuyến cáo",
    " nói", " đã ", " sẽ ", " vừa ", " đang ", "\"", "“", ":",
];

/// The fewest words and the most chars of a caption without a credit.
const SCENE_CAPTION_WORDS: usize = 6;
const SCENE_CAPTION_CHARS: usize = 160;

/// A photo's caption without a credit, as a plain-text copy of a news page keeps it
/// between the paragraphs: "Lãnh đạo Sở kiểm tra công tác tiêm chủng tại trạm y tế xã.".
/// One short sentence that opens with the people or the scene shown ([`SCENE_OPENINGS`])
/// and holds no figure and none of [`NOT_IN_SCENES`].
fn is_scene_caption(line: &str) -> bool {
    let t = line.trim();
    let cheap = chars_at_most(t, SCENE_CAPTION_CHARS) && words_at_least(t, SCENE_CAPTION_WORDS) && !t.bytes().any(|b| b.is_ascii_digit());
    if !cheap || !SCENE_OPENINGS.iter().any(|w| starts_with_lower(t, w)) {
        return false;
    }
    let one_sentence = !t.trim_end_matches('.').contains(['.', ';', '!', '?']);
    let lower = t.to_lowercase();
    one_sentence && !NOT_IN_SCENES.iter().any(|w| lower.contains(w))
}

/// Whether the [`is_scene_caption`] line at `i` stands where a photo does in a plain-text
/// copy of a page (HTML marks its captions): between two paragraphs, or last above the
/// byline when it ends no sentence (a closing paragraph ends one).
fn scene_caption_at(lines: &[Cow<'_, str>], labels: &[Label], i: usize, from: usize, to: usize) -> bool {
    let body = |j: &usize| labels[*j] == Label::Body;
    let Some(before) = (from..i).rev().find(body) else { return false };
    let Some(after) = (i + 1..to).find(body) else { return false };
    let next = &lines[after];
    let byline = || byline_names(next).is_some() || is_source_credit(next) || is_writer_credit(next);
    ends_sentence(&lines[before]) && if ends_sentence(&lines[i]) { ends_sentence(next) && !byline() } else { ends_sentence(next) || byline() }
}

/// The author lines closing the article: a name line, a source or group credit
/// ("Theo TTXVN", "NHÓM PV"), or a name line followed by a source line.
fn mark_byline(lines: &[Cow<'_, str>], from: usize, to: usize, out: &mut Stripping) {
    let mut end = to;
    // The writer's address under the name ("lanhuong@baoxyz.vn") closes the byline.
    if let Some(last) = (from..end).rev().find(|&i| out.labels[i] == Label::Body).filter(|&i| is_writer_email(&lines[i])) {
        out.labels[last] = Label::Byline;
        end = last;
    }
    for _ in 0..2 {
        let Some(last) = (from..end).rev().find(|&i| out.labels[i] == Label::Body) else {
            return;
        };
        // "Bế Thu Trang (Chi cục ATVSTP)": a writer with the unit they write for.
        let credited = || vanban_plugin_sdk::byline::closing_credit(&lines[last]).filter(|names| !names.is_empty());
        if let Some(names) = byline_names(&lines[last]).or_else(credited) {
            out.labels[last] = Label::Byline;
            out.authors = names;
            return;
        }
        if !is_source_credit(&lines[last]) {
            return;
        }
        out.labels[last] = Label::Byline;
        // "Theo Hà Linh / Báo X": the writer of the piece taken, named beside the paper.
        if let Some(names) = source_writers(&lines[last]) {
            out.authors = names;
            return;
        }
        end = last;
    }
}

/// A byline set under a short list of related articles that closes the page ("Tin liên
/// quan:" over two headlines, then "Minh Anh"): the writer's, when the article's end names
/// none. Only when every line between them is a headline of the list, so that the byline
/// of another article's teaser is never taken.
fn mark_byline_under_list(lines: &[Cow<'_, str>], related: usize, out: &mut Stripping) {
    if !out.authors.is_empty() || related >= lines.len() {
        return;
    }
    let Some(last) = (related + 1..lines.len()).rev().find(|&i| !lines[i].trim().is_empty()) else { return };
    let items = lines[related + 1..last].iter().filter(|l| !l.trim().is_empty());
    let headlines = items.clone().count();
    if !(1..=PLAIN_BOX_LINES).contains(&headlines) || !items.into_iter().all(|l| is_box_headline(l)) {
        return;
    }
    if let Some(names) = byline_names(&lines[last]) {
        out.labels[last] = Label::Byline;
        out.authors = names;
    }
}

/// The longest writer's credit line read between the paragraphs.
const CREDIT_LINE_CHARS: usize = 90;

/// A writer's credit standing between the paragraphs ("Bài và ảnh: Trần Hải" under the
/// lead, as some papers set it): a byline, whose names are the authors when the article's
/// end names none.
fn mark_writer_credits(lines: &[Cow<'_, str>], from: usize, to: usize, out: &mut Stripping) {
    for i in from..to {
        if out.labels[i] != Label::Body || !chars_at_most(&lines[i], CREDIT_LINE_CHARS) || !is_writer_credit(&lines[i]) {
            continue;
        }
        out.labels[i] = Label::Byline;
        if out.authors.is_empty() {
            out.authors = read_byline(without_paper_lead(&lines[i])).map(|b| b.names).unwrap_or_default();
        }
    }
}

/// A line of concatenated headlines standing between paragraphs: long, with no sentence
/// punctuation at its end.
fn mark_inline_related(lines: &[Cow<'_, str>], from: usize, to: usize, out: &mut Stripping) {
    for i in from..to {
        if out.labels[i] != Label::Body || i == from {
            continue;
        }
        let line = &lines[i];
        let between = (from..i).rev().find(|&j| out.labels[j] == Label::Body).is_some()
            && (i + 1..to).any(|j| out.labels[j] == Label::Body);
        let headlines = !ends_sentence(line) && char_len(line) >= INLINE_RELATED_CHARS && !line.contains(". ");
        if between && (headlines || is_cut_headline(line)) {
            out.labels[i] = Label::boilerplate("related-inline");
        }
    }
}

/// The most words of a headline a site cuts short with "..." to link it between paragraphs.
const CUT_HEADLINE_WORDS: usize = 14;

/// A link to another article set between paragraphs, its headline cut short by the site:
/// "Nhiều bệnh viện tuyến huyện thiếu bác sĩ cấp cứu...". A paragraph that trails off so is
/// a list ("…, đặt lịch hẹn qua website...") or a sentence, with commas or a full stop
/// inside; a headline has neither, and opens with a capital.
fn is_cut_headline(line: &str) -> bool {
    let t = line.trim();
    let Some(head) = t.strip_suffix("...").or_else(|| t.strip_suffix('…')) else { return false };
    let words = head.split_whitespace().count();
    let opens_capital = head.chars().next().is_some_and(char::is_uppercase);
    (4..=CUT_HEADLINE_WORDS).contains(&words) && opens_capital && !head.contains([',', ';', ':', '.', '"', '“', '('])
}

/// The fewest links in a row taken for a list of other articles.
const LINK_LIST_LINES: usize = 2;

/// Runs of two or more links to other articles standing between paragraphs (a related
/// list set under the lead, each headline in its own item): too short for
/// [`mark_inline_related`], yet no part of the article.
fn mark_link_lists(page: &Page, lines: &[Cow<'_, str>], from: usize, to: usize, out: &mut Stripping) {
    let mut i = from;
    while i < to {
        let run = (i..to).take_while(|&j| out.labels[j] == Label::Body && is_link_line(page, &lines[j], j)).count();
        let between = run >= LINK_LIST_LINES
            && (from..i).any(|j| out.labels[j] == Label::Body)
            && (i + run..to).any(|j| out.labels[j] == Label::Body);
        if between {
            for label in &mut out.labels[i..i + run] {
                *label = Label::boilerplate("related-inline");
            }
        }
        i += run.max(1);
    }
}

vanban_plugin_sdk::export_plugin!(Newspaper);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widgets_tags_and_markers() {
        assert!(is_font_widget("aa"));
        assert!(is_font_widget("A- A+"));
        assert!(!is_font_widget("Anh"));
        assert!(is_tag_bar("Tag"));
        assert!(is_tag_bar("Từ khóa: y tế"));
        assert!(is_related_marker("Đọc thêm"));
        assert!(is_related_marker("CÓ THỂ BẠN QUAN TÂM:"));
        assert!(!is_tag_bar("Thẻ") && is_tag_bar("TỪ KHÓA") && is_tag_bar("tags: y tế"));
        assert_eq!(agency_of("(PLVN) - Chiều qua, đoàn đến thăm.").as_deref(), Some("PLVN"));
        assert_eq!(agency_of("TTXVN – Sáng nay, hội nghị khai mạc.").as_deref(), Some("TTXVN"));
        assert_eq!(agency_of("ABCDEFGHI - quá dài"), None);
        assert_eq!(agency_of("Sáng nay - đoàn đến"), None);
        assert_eq!(agency_of("PVĐS - Sáng nay, đoàn đến thăm.").as_deref(), Some("PVĐS"));
        assert_eq!(iso_prefix("2023-05-02T10:15:00+07:00").as_deref(), Some("2023-05-02T10:15"));
    }

    #[test]
    fn a_byline_under_the_related_list_that_closes_the_page() {
        let head = "Tag\n\nTrạm Y tế xã nhận máy thở mới\n\nSức khỏe 04/11/2026 09:10\n(YTĐS) - Ngày 3/11, Trạm Y tế xã Đồi Mây tiếp nhận 2 máy thở do một doanh nghiệp trao tặng, phục vụ cấp cứu cho người dân trong xã.\n\nTrạm trưởng cho biết máy mới giúp người bệnh không phải chuyển lên tuyến huyện.\n\n";
        for (list, byline, name) in [
            ("Tin liên quan:\n- Xã Đồi Mây tập huấn sơ cứu\n- Trạm y tế vùng cao đón bác sĩ trẻ", "Minh Anh", "Minh Anh"),
            ("TIN LIÊN QUAN\nXã Đồi Mây tập huấn sơ cứu", "NGỌC LAN", "Ngọc Lan"),
        ] {
            let page = Page::from_text("bao.txt", &format!("{head}{list}\n\n{byline}"));
            let s = Newspaper.strip(&page).expect("strip");
            assert_eq!(s.authors, [name]);
            assert_eq!(s.labels.last(), Some(&Label::Byline));
            assert!(s.labels.iter().any(|l| *l == Label::boilerplate("related-articles")), "{:?}", s.labels);
        }
        // A teaser's lead under the list: the name under it may be the other article's.
        let page = Page::from_text("bao.txt", &format!("{head}Đọc thêm\n\nXã Đồi Mây tập huấn sơ cứu\n\n(YTĐS) - Trung tâm Y tế huyện tập huấn sơ cứu cho 40 nhân viên y tế thôn, bản.\n\nMinh Anh"));
        assert!(Newspaper.strip(&page).expect("strip").authors.is_empty());
    }

    #[test]
    fn a_closing_writer_with_their_unit_is_the_byline() {
        let page = Page::from_text("tin.txt", "Đoàn kiểm tra liên ngành xử phạt 5 cơ sở\n\n(SYT) - Từ ngày 03/9 đến ngày 13/9/2025, đoàn kiểm tra liên ngành của tỉnh đã kiểm tra 40 cơ sở sản xuất, kinh doanh thực phẩm và dịch vụ ăn uống trên địa bàn các huyện, phát hiện 5 cơ sở vi phạm.\n\nĐoàn đã yêu cầu các cơ sở vi phạm khắc phục ngay các tồn tại, đồng thời đề nghị chính quyền địa phương tăng cường giám sát việc chấp hành các quy định về an toàn thực phẩm.\n\nLục Thu Hằng (Chi cục ATVSTP)\n\nTin liên quan:\n- Tăng cường bảo đảm an toàn thực phẩm (05/09/2025)");
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.authors, ["Lục Thu Hằng"]);
    }

    #[test]
    fn the_writers_email_under_the_closing_name_goes_with_the_byline() {
        let article = "Phẫu thuật nội soi cột sống cho người bệnh cao tuổi\n\n(YTĐS) - Các bác sĩ Bệnh viện Đa khoa tỉnh vừa phẫu thuật nội soi thành công cho một người bệnh 71 tuổi bị hẹp ống sống thắt lưng.\n\nSau 40 phút phẫu thuật, người bệnh đã đỡ đau và có thể đi lại sau một ngày.\n\n";
        for tail in ["Khánh Vy\nvykh@baoytds.vn\n\nXem thêm\nTiêm phòng dại cho đàn chó", "Khánh Vy\nEmail: vykh@baoytds.vn\nTừ khóa: phẫu thuật, nội soi\nÝ kiến bạn đọc\nHọ tên\nEmail\nGửi ý kiến\nTin mới nhất\nTiêm phòng dại cho đàn chó"] {
            let page = Page::from_text("bao.txt", &format!("{article}{tail}"));
            let s = Newspaper.strip(&page).expect("strip");
            assert_eq!(s.authors, ["Khánh Vy"], "{tail}");
            let body = s.body_lines(&page).join("\n");
            assert!(body.ends_with("một ngày."), "{body}");
        }
        // An address readers are asked to write to is a sentence of the article.
        let page = Page::from_text("bao.txt", &format!("{article}Người dân cần tư vấn xin gửi thư về hotro@bvtinh.vn"));
        let s = Newspaper.strip(&page).expect("strip");
        assert!(s.body_lines(&page).last().is_some_and(|l| l.contains("hotro@")));
    }

    #[test]
    fn the_writer_named_in_the_source_credit_is_the_author() {
        let article = "Tăng cường phòng chống bệnh dại\n\n(YTĐS) - Ngày 3/11, Trung tâm Y tế huyện Đồi Mây tổ chức tiêm vắc xin phòng dại cho 320 người bị chó, mèo cắn trong tháng.\n\nTrung tâm khuyến cáo người dân tiêm phòng dại cho chó, mèo nuôi và không tự chữa vết cắn tại nhà.\n\n";
        for (credit, authors) in [("Theo Khánh Vy / Báo Sức khỏe", vec!["Khánh Vy"]), ("Theo Khánh Vy (Tuổi Trẻ)", vec!["Khánh Vy"]), ("Theo TTXVN", vec![])] {
            let page = Page::from_text("bao.txt", &format!("{article}{credit}\n\nTin liên quan:\n- Tiêm phòng dại cho đàn chó (05/09/2025)"));
            let s = Newspaper.strip(&page).expect("strip");
            assert_eq!(s.authors, authors, "{credit}");
            assert!(s.labels.contains(&Label::Byline), "{credit}: {:?}", s.labels);
        }
    }

    #[test]
    fn the_next_articles_teaser_under_the_byline_goes_with_it_without_a_marker() {
        let page = Page::from_text("bao.txt", "Tag\n\nTrạm Y tế xã tiếp nhận 2 máy siêu âm mới\n\nSức khỏe 04/11/2026 09:10\n(YTĐS) - Ngày 3/11, Trạm Y tế xã Đồi Mây tiếp nhận 2 máy siêu âm do một doanh nghiệp trao tặng, trị giá 900 triệu đồng, phục vụ khám thai cho phụ nữ trong xã.\nTrạm trưởng cho biết máy mới giúp người dân không phải lên tuyến huyện, tiết kiệm chi phí đi lại.\nKhánh Vy\nCảnh báo ngộ độc cá nóc mùa biển động Sức khỏe\n\nCảnh báo ngộ độc cá nóc mùa biển động\n\n(YTĐS) - Trung tâm Y tế huyện vừa tiếp nhận 3 người bị ngộ độc cá nóc.\nXem thêm");
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.authors, ["Khánh Vy"], "{:?}", s.labels);
        let body = s.body_lines(&page).join("\n");
        assert!(!body.contains("cá nóc"), "{body}");
        assert!(!headline_with_section("Ngộ độc cá nóc: 3 người nhập viện ngày 5", "Ngộ độc cá nóc: 3 người"), "a date is no section label");
    }

    #[test]
    fn a_headline_cut_short_between_paragraphs_links_another_article() {
        let text = "Tag\n\nTrạm Y tế xã nhận máy siêu âm\n\nSức khỏe 04/11/2026 09:10\n(YTĐS) - Ngày 3/11, Trạm Y tế xã Đồi Mây tiếp nhận 2 máy siêu âm do một doanh nghiệp trao tặng, phục vụ khám thai cho phụ nữ trong xã.\n\nNhiều trạm y tế vùng cao thiếu thiết bị chẩn đoán...\n\nTrạm trưởng cho biết máy mới giúp người dân đỡ tốn chi phí đi lại, các em được khám, tiêm chủng, phát sách vở...\n\nKhánh Vy";
        let page = Page::from_text("bao.txt", text);
        let s = Newspaper.strip(&page).expect("strip");
        let body = s.body_lines(&page).join("\n");
        assert!(!body.contains("thiếu thiết bị"), "{body}");
        assert!(body.contains("phát sách vở..."), "a list that trails off stays: {body}");
        assert!(!is_cut_headline("Và còn nữa..."), "too short for a headline");
        assert!(!is_cut_headline("nhiều trạm y tế vùng cao thiếu thiết bị..."), "no capital");
    }

    #[test]
    fn a_credit_on_its_own_line_closes_the_caption_above_it() {
        let text = "Tag\n\nTrạm Y tế xã nhận máy siêu âm\n\nSức khỏe 04/11/2026 09:10\n(YTĐS) - Ngày 3/11, Trạm Y tế xã Đồi Mây tiếp nhận 2 máy siêu âm do một doanh nghiệp trao tặng, phục vụ khám thai cho phụ nữ trong xã.\n\nBác sĩ của trạm khám thai cho sản phụ.\nẢnh: Mộc Lan\n\nTrạm trưởng cho biết máy mới giúp người dân đỡ tốn chi phí đi lại lên tuyến huyện để siêu âm.\n\nKhánh Vy";
        let page = Page::from_text("bao.txt", text);
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.captions, ["Bác sĩ của trạm khám thai cho sản phụ."], "{:?}", s.labels);
        assert!(!s.body_lines(&page).join("\n").contains("khám thai cho sản phụ"));
    }

    #[test]
    fn a_credit_alone_under_the_lead_opens_the_caption_below_it() {
        let text = "Tag\n\nTrạm Y tế xã nhận máy siêu âm\n\nSức khỏe 04/11/2026 09:10\n(YTĐS) - Ngày 3/11, Trạm Y tế xã Đồi Mây tiếp nhận 2 máy siêu âm do một doanh nghiệp trao tặng, phục vụ khám thai cho phụ nữ trong xã.\n\nẢnh: Mộc Lan\nBác sĩ của trạm khám thai cho sản phụ.\n\nTrạm trưởng cho biết máy mới giúp người dân đỡ tốn chi phí đi lại lên tuyến huyện để siêu âm.\n\nKhánh Vy";
        let page = Page::from_text("bao.txt", text);
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.captions, ["Bác sĩ của trạm khám thai cho sản phụ."], "{:?}", s.labels);
        assert!(s.body_lines(&page).join("\n").contains("(YTĐS) - Ngày 3/11"));
    }

    #[test]
    fn a_short_first_paragraph_under_the_timestamp_is_the_lead_not_the_header() {
        let text = "Tag\n\nSở Y tế Phú Lam họp giao ban tháng 1\n\nTin Y tế 04/01/2026 09:15\naa\nPLN - Ngày 3/1, Sở Y tế tổ chức họp.\n\
            Cuộc họp do ông Trịnh Văn Lực, Giám đốc Sở Y tế chủ trì, với sự tham dự của lãnh đạo các bệnh viện trong tỉnh.";
        let page = Page::from_text("bao.txt", text);
        let body = Newspaper.strip(&page).expect("strip").body_lines(&page).join("\n");
        assert!(body.starts_with("PLN - Ngày 3/1"), "{body}");
        // Without the agency's lead, a sentence of some words opens the article too.
        let page = Page::from_text("bao.txt", &text.replace("PLN - Ngày 3/1, Sở Y tế tổ chức họp.", "Sáng 3/1, ngành y tế tỉnh đã tổ chức họp giao ban."));
        let body = Newspaper.strip(&page).expect("strip").body_lines(&page).join("\n");
        assert!(body.starts_with("Sáng 3/1"), "{body}");
        // The widget and a short line that ends no sentence stay out.
        let page = Page::from_text("bao.txt", &text.replace("PLN - Ngày 3/1, Sở Y tế tổ chức họp.", "Nghe đọc bài viết"));
        let body = Newspaper.strip(&page).expect("strip").body_lines(&page).join("\n");
        assert!(body.starts_with("Cuộc họp"), "{body}");
    }

    #[test]
    fn a_related_box_between_paragraphs_of_a_plain_text_page_and_a_credit_under_the_lead() {
        let text = "Thời sự | Sức khỏe\n\nNgộ độc sau tiệc cưới\n\nThứ Bảy, 21/11/2026, 19:42 (GMT+7)\n\n(SKĐS) - Ngày 20/11, Trung tâm Y tế huyện tiếp nhận 27 người nhập viện sau khi ăn cỗ cưới tại thôn Suối Mơ.\n\nBài và ảnh: Lò Văn Sinh\n\nCác bệnh nhân đau bụng, nôn sau khoảng 4 giờ ăn cỗ; đến chiều 21/11, 19 người đã xuất viện.\n\nTIN LIÊN QUAN\nNgộ độc nấm rừng, 3 người nhập viện\nPhòng ngộ độc thực phẩm mùa cưới\n\nCơ quan chức năng đã lấy mẫu thức ăn để xét nghiệm, xác định nguyên nhân.\n\nTừ khóa: ngộ độc, tiệc cưới";
        let page = Page::from_text("bao.txt", text);
        let s = Newspaper.strip(&page).expect("strip");
        let body = s.body_lines(&page).join("\n");
        assert!(body.contains("lấy mẫu thức ăn"), "{body}");
        assert!(!body.contains("nấm rừng") && !body.contains("Bài và ảnh"), "{body}");
        assert_eq!(s.authors, ["Lò Văn Sinh"]);
        // A closing list that gives each headline its lead still ends the article there.
        let closing = text.replace("Phòng ngộ độc thực phẩm mùa cưới", "Ba người nhập viện sau khi ăn nấm hái trong rừng về nấu canh.\nNgộ độc rượu tại xã vùng cao");
        let page = Page::from_text("bao.txt", &closing);
        let body = Newspaper.strip(&page).expect("strip").body_lines(&page).join("\n");
        assert!(!body.contains("lấy mẫu thức ăn"), "{body}");
    }

    #[test]
    fn a_writer_under_the_font_widget_below_the_timestamp_is_the_author() {
        let page = Page::from_text("bao.txt", "Tag\n\nPhát hiện 3 ca sốt rét ngoại lai\n\nThời sự 02/10/2026 16:05\naa\nMai Thảo\n(YTĐS) - Ngày 2/10, Trung tâm Kiểm soát bệnh tật tỉnh cho biết vừa phát hiện 3 ca sốt rét ngoại lai ở những người đi làm ăn xa trở về địa phương.\nXem thêm");
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.authors, ["Mai Thảo"], "{:?}", s.labels);
    }

    #[test]
    fn a_breadcrumb_above_the_headline_is_no_title() {
        let page = Page::from_text("tin.txt", "Trang chủ > Tin tức - Sự kiện > Hoạt động ngành\n\nĐoàn kiểm tra liên ngành xử phạt 5 cơ sở\n\n(SYT) - Từ ngày 03/9 đến ngày 13/9/2025, đoàn đã kiểm tra 40 cơ sở kinh doanh thực phẩm.\n\nĐọc thêm");
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.title.as_deref(), Some("Đoàn kiểm tra liên ngành xử phạt 5 cơ sở"));
        assert!(!is_breadcrumb("Sốt xuất huyết: 46 ca"));
    }

    #[test]
    fn the_line_over_the_timestamp_is_the_headline_under_a_section_trail() {
        let text = "Trang chủ  Đời sống\n\nPhú Lâm: Bệnh viện huyện khai trương khoa lọc máu\n\nĐời sống 03/10/2026 10:05\n(TTO) - Sáng 2/10, Bệnh viện Đa khoa huyện khai trương khoa lọc máu với 12 máy chạy thận nhân tạo, phục vụ gần 80 người bệnh.\n\nXem thêm";
        let s = Newspaper.strip(&Page::from_text("bao.txt", text)).expect("strip");
        assert_eq!(s.title.as_deref(), Some("Phú Lâm: Bệnh viện huyện khai trương khoa lọc máu"));
        assert_eq!(s.published.as_deref(), Some("2026-10-03T10:05"));
        // With no timestamp, the first line of three words or more stays the headline.
        let s = Newspaper.strip(&Page::from_text("bao.txt", "Tag\n\nBệnh viện huyện khai trương khoa lọc máu\n\n(TTO) - Sáng 2/10, Bệnh viện Đa khoa huyện khai trương khoa lọc máu với 12 máy chạy thận nhân tạo, phục vụ gần 80 người bệnh.")).expect("strip");
        assert_eq!(s.title.as_deref(), Some("Bệnh viện huyện khai trương khoa lọc máu"));
    }

    #[test]
    fn the_writer_a_page_declares_when_no_byline_names_one() {
        let mut page = Page::from_text("bao.html", "Tag\n\nHà Nội: tiêm vắc xin sởi\n\nTTXVN - Sáng nay, hội nghị khai mạc với 200 đại biểu dự.\n\nĐọc thêm");
        page.meta.json_ld = vec![r#"{"@type":"NewsArticle","headline":"Hà Nội: tiêm vắc xin sởi","author":{"@type":"Person","name":"Ngọc Lan"}}"#.into()];
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.authors, ["Ngọc Lan"]);
    }

    #[test]
    fn agencies_read_as_the_plain_two_to_eight_capitals_pattern() {
        let plain = Regex::new(r"^\(?([\p{Lu}]{2,8})\)?\s*[-–—]\s+\S").expect("valid regex");
        for line in [
            "TTXVN - Sáng nay", "(TTO) – Chiều", "HNM—  Tối", "AB -  x", "ÂU Á - nay", "Ab - x", "ABCDEFGHIJ - x",
            "ABCDEFGH - x", "ABCDEFGHI - x", "(A) - x", "((AB) - x", "AB) - x", "ÐĐ - x", "AB:- x", "Sáng nay", "AⒶ - x",
            "ⒶⒷ - x", "AB Ⅳ - x", "ABⅣ - x", "AB -x", "AB - ", "",
        ] {
            let expected = plain.captures(line).and_then(|c| c.get(1)).map(|m| m.as_str().to_string());
            assert_eq!(agency_of(line), expected, "{line}");
        }
    }

    #[test]
    fn font_widgets() {
        for line in ["A A+ A-", "aaa", " a", "Ab", "B", "", "   ", "A−"] {
            let plain = char_len(line) <= 12
                && !line.is_empty()
                && line.split_whitespace().all(|t| ["a", "aa", "aaa", "a-", "a+", "a−"].contains(&t.to_lowercase().as_str()));
            assert_eq!(is_font_widget(line), plain, "{line:?}");
        }
    }

    #[test]
    fn the_anh_search_never_rules_out_a_credit() {
        // Only the two cases of each letter of "ảnh" match it case-insensitively.
        let letters = Regex::new(r"(?i)^[ảnh]$").expect("valid regex");
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(letters.is_match(c.encode_utf8(&mut [0; 4])), matches!(c, 'ả' | 'Ả' | 'n' | 'N' | 'h' | 'H'), "{c:?}");
        }
        const PIECES: &[&str] = &[
            "ảnh", "Ảnh", "ẢNH", "ảNh", "anh", "ả", "Ả", "nh", "NH", "h", ":", " : ", "(", ")", ".", " ", "\u{2003}", "\u{a0}", "-",
            "–", "Lan Phương", "minh họa", "cả", "bản", "x", "ẢNH:", "(Ảnh", "ảnh)", "\u{1EA2}", "a\u{309}nh",
        ];
        let mut rng = vanban_plugin_sdk::testing::Rng(0x2545_F491_4F6C_DD1D);
        let mut matches = 0;
        for line in rng.texts(PIECES, 200_000, 12) {
            let by_regex = PHOTO_CREDIT.is_match(&line) && char_len(&line) <= 400 && !is_writer_credit(&line);
            assert_eq!(is_caption(&line), by_regex, "{line:?}");
            matches += usize::from(by_regex);
        }
        assert!(matches > 1000, "the generated lines hold credits: {matches}");
    }

    const LEAD: &str = "(BYT) - Sáng 12/5, Sở Y tế tỉnh tổ chức hội nghị triển khai chiến dịch tiêm vắc xin sởi cho 24.000 trẻ tại các huyện vùng cao.";
    const PARA: &str = "Theo báo cáo, từ đầu năm đến nay toàn tỉnh ghi nhận 318 ca sốt phát ban nghi sởi, tăng 40% so với cùng kỳ năm trước, tập trung ở trẻ chưa tiêm đủ mũi.";

    /// A newspaper page: a top bar and a logo over the menu, the headline in an `h1`, then
    /// the article with its furniture, and the related list.
    fn news_page(closing: &[(&str, BlockTag, u32, u32)]) -> Page {
        use vanban_plugin_sdk::testing::html_page;
        let mut rows = vec![
            ("Thứ Hai, 12/5/2025 Đăng nhập Đăng ký", BlockTag::Div, 1, 20),
            ("BÁO SỨC KHỎE MIỀN NÚI", BlockTag::Div, 1, 21),
            ("Trang chủ", BlockTag::Li, 2, 9),
            ("Sở Y tế tổ chức chiến dịch tiêm vắc xin sởi cho trẻ vùng cao", BlockTag::H1, 3, 0),
            ("Y tế 12/05/2025 09:15", BlockTag::Div, 3, 0),
            (LEAD, BlockTag::P, 4, 0),
            ("Cán bộ y tế tiêm vắc xin cho trẻ tại trạm y tế xã.", BlockTag::Tr, 6, 0),
            (PARA, BlockTag::P, 4, 0),
            ("Quảng cáo", BlockTag::Div, 7, 0),
            ("Gói khám sức khỏe cho cả nhà chỉ từ 500.000 đồng", BlockTag::Div, 7, 48),
            (PARA, BlockTag::P, 4, 0),
        ];
        rows.extend_from_slice(closing);
        rows.extend_from_slice(&[("Tin liên quan", BlockTag::H3, 8, 0), ("Tiêm vét vắc xin sởi cho trẻ ở huyện biên giới", BlockTag::Li, 8, 46)]);
        let mut page = html_page(
            &rows,
            &[
                ("body", "", None),
                ("header", "site-header", Some(0)),
                ("nav", "menu", Some(1)),
                ("article", "detail", Some(0)),
                ("div", "detail-content", Some(3)),
                ("table", "image", Some(4)),
                ("tbody", "", Some(5)),
                ("div", "ads-inline", Some(4)),
                ("section", "related", Some(0)),
            ],
        );
        page.meta.title = Some("Sở Y tế tổ chức chiến dịch tiêm vắc xin sởi cho trẻ vùng cao | Báo Sức khỏe Miền núi".into());
        page
    }

    #[test]
    fn the_h1_headline_is_the_title_not_the_top_bar_or_the_logo() {
        let page = news_page(&[("Minh Tâm - Hồng Vân", BlockTag::P, 4, 0)]);
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.title.as_deref(), Some("Sở Y tế tổ chức chiến dịch tiêm vắc xin sởi cho trẻ vùng cao"));
        assert_eq!(s.labels[3], Label::Title);
        assert_eq!(s.labels[0], Label::boilerplate("page-header"));
        assert_eq!(s.published.as_deref(), Some("2025-05-12T09:15"));
    }

    #[test]
    fn furniture_in_the_article_is_stripped_and_the_byline_found_above_a_share_row() {
        let page = news_page(&[
            ("Minh Tâm - Hồng Vân", BlockTag::P, 4, 0),
            ("Thích Chia sẻ Gửi góp ý", BlockTag::Div, 3, 20),
            ("Bình luận (0)", BlockTag::H4, 3, 0),
        ]);
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.body_lines(&page), vec![LEAD.to_string(), PARA.to_string(), PARA.to_string()]);
        assert_eq!(s.authors, ["Minh Tâm", "Hồng Vân"]);
        assert_eq!(s.captions, ["Cán bộ y tế tiêm vắc xin cho trẻ tại trạm y tế xã."]);
    }

    #[test]
    fn a_writer_and_photographer_credit_is_the_byline_not_a_caption() {
        let page = news_page(&[("Bài, ảnh: Quốc Việt", BlockTag::P, 4, 0)]);
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.authors, ["Quốc Việt"]);
        assert!(!s.captions.iter().any(|c| c.contains("Quốc Việt")));
        let text = format!("Hà Giang: tiêm vắc xin sởi cho trẻ vùng cao\n\nThứ Hai, 12/05/2025 - 09:15\n\n{LEAD}\n\nCán bộ y tế tiêm vắc xin cho trẻ. (Ảnh: Quốc Việt)\n\n{PARA}\n\nTin, ảnh: Quốc Việt - Thu Hà");
        let s = Newspaper.strip(&Page::from_text("a.txt", &text)).expect("strip");
        assert_eq!(s.authors, ["Quốc Việt", "Thu Hà"]);
        assert_eq!(s.captions, ["Cán bộ y tế tiêm vắc xin cho trẻ. (Ảnh: Quốc Việt)"]);
    }

    /// A newspaper page of the kind that sets its writer at the top: a long menu, the
    /// headline, `meta` (the writer, the date) under it, the article, then `tail`.
    fn page_with_meta(meta: &[(&str, BlockTag, u32, u32)], tail: &[(&str, BlockTag, u32, u32)]) -> Page {
        use vanban_plugin_sdk::testing::html_page;
        let menu = ["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Y tế", "Giáo dục", "Thể thao", "Văn hóa", "Pháp luật", "Quốc tế", "Video", "Ảnh"];
        let mut rows: Vec<(&str, BlockTag, u32, u32)> = menu.iter().map(|m| (*m, BlockTag::Li, 1, char_len(m) as u32)).collect();
        rows.push(("Sở Y tế tổ chức chiến dịch tiêm vắc xin sởi cho trẻ vùng cao", BlockTag::H1, 2, 0));
        rows.extend_from_slice(meta);
        rows.extend_from_slice(&[(LEAD, BlockTag::P, 3, 0), (PARA, BlockTag::P, 3, 0), (PARA, BlockTag::P, 3, 0)]);
        rows.extend_from_slice(tail);
        html_page(
            &rows,
            &[
                ("body", "", None),
                ("nav", "menu", Some(0)),
                ("article", "detail", Some(0)),
                ("div", "detail-content", Some(2)),
                ("div", "detail-meta", Some(2)),
                ("div", "tags", Some(2)),
                ("div", "box-comment", Some(2)),
                ("div", "other-news", Some(0)),
            ],
        )
    }

    #[test]
    fn a_writer_on_the_line_of_the_date_is_the_author() {
        let page = page_with_meta(&[("Phan Quốc Huy | Thứ Sáu, 17/04/2026 - 10:05", BlockTag::Div, 4, 0)], &[("Tag", BlockTag::Div, 5, 0)]);
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.authors, ["Phan Quốc Huy"]);
        assert_eq!(s.published.as_deref(), Some("2026-04-17T10:05"));
        // The timestamp under the headline counts, however long the menu above it.
        let claim = Newspaper.detect(&page);
        assert!(claim.reasons.iter().any(|r| r.contains("timestamp")), "{claim:?}");
    }

    #[test]
    fn a_stamp_with_the_time_before_the_date_and_the_writer_beside_it() {
        let meta = [("Cập nhật lúc: 07:50 - 21/03/2026 | Tác giả: Sùng Mí Páo", BlockTag::Div, 4, 0)];
        let s = Newspaper.strip(&page_with_meta(&meta, &[])).expect("strip");
        assert_eq!(s.published.as_deref(), Some("2026-03-21T07:50"));
        assert_eq!(s.authors, ["Sùng Mí Páo"]);
        assert_eq!(s.labels[13], Label::Dateline);
    }

    #[test]
    fn a_share_row_and_a_source_in_brackets_close_the_article_without_a_writer() {
        let tail = [("(Theo Báo Biên Cương)", BlockTag::Div, 3, 0), ("Facebook Zalo In", BlockTag::Div, 3, 24)];
        let page = page_with_meta(&[("Lò Văn Sinh | 17/04/2026 10:05", BlockTag::Div, 4, 0)], &tail);
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.body_lines(&page), vec![LEAD.to_string(), PARA.to_string(), PARA.to_string()]);
        assert_eq!(s.authors, ["Lò Văn Sinh"]);
        assert_eq!(s.labels[17], Label::Byline);
    }

    #[test]
    fn a_writer_on_a_line_of_their_own_under_the_headline_is_the_author() {
        let meta = [("Đào Thu Hương", BlockTag::Div, 4, 13), ("17/04/2026 10:05 GMT+7", BlockTag::Div, 4, 0)];
        let s = Newspaper.strip(&page_with_meta(&meta, &[])).expect("strip");
        assert_eq!(s.authors, ["Đào Thu Hương"]);
        assert_eq!(s.labels[13], Label::Byline);
        // A credit says so wherever it stands; a name alone away from the date may be a place.
        let meta = [("Tác giả: Lò Thị Mai", BlockTag::Div, 3, 0), ("Y tế", BlockTag::Div, 4, 4), ("17/04/2026 10:05", BlockTag::Div, 4, 0)];
        assert_eq!(Newspaper.strip(&page_with_meta(&meta, &[])).expect("strip").authors, ["Lò Thị Mai"]);
        let meta = [("Hà Giang", BlockTag::Div, 3, 0), ("Y tế", BlockTag::Div, 4, 4), ("17/04/2026 10:05", BlockTag::Div, 4, 0)];
        assert!(Newspaper.strip(&page_with_meta(&meta, &[])).expect("strip").authors.is_empty());
    }

    #[test]
    fn the_tail_of_tags_comments_and_other_articles_leaves_the_closing_byline() {
        let tail = [
            ("Hoàng Yến", BlockTag::P, 3, 0),
            ("Theo suckhoevungcao.vn", BlockTag::P, 3, 0),
            ("Tags", BlockTag::H4, 5, 0),
            ("vắc xin sởitiêm chủngvùng cao", BlockTag::Div, 5, 30),
            ("Chia sẻ lên Facebook Chia sẻ lên Zalo In bài viết", BlockTag::Div, 5, 40),
            ("Gửi bình luận", BlockTag::H3, 6, 0),
            ("Bạn đọc vui lòng gõ tiếng Việt có dấu. Bình luận sẽ được duyệt trước khi đăng.", BlockTag::P, 6, 0),
            ("Bài viết khác", BlockTag::H3, 7, 0),
            ("Tiêm bù vắc xin cho trẻ ở 3 xã biên giới", BlockTag::H4, 7, 40),
            ("15/04/2026", BlockTag::Div, 7, 0),
        ];
        let page = page_with_meta(&[("17/04/2026 10:05", BlockTag::Div, 4, 0)], &tail);
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.body_lines(&page), vec![LEAD.to_string(), PARA.to_string(), PARA.to_string()]);
        assert_eq!(s.authors, ["Hoàng Yến"]);
    }

    #[test]
    fn a_credit_after_the_papers_name_under_the_headline_is_the_byline() {
        let meta = [("(Báo Miền Núi) - Bài, ảnh: Lò Thị Mai", BlockTag::Div, 4, 0), ("17/04/2026 10:05", BlockTag::Div, 4, 0)];
        let s = Newspaper.strip(&page_with_meta(&meta, &[])).expect("strip");
        assert_eq!(s.authors, ["Lò Thị Mai"]);
        assert!(s.captions.is_empty(), "{:?}", s.captions);
        assert_eq!(s.labels[13], Label::Byline);
    }

    #[test]
    fn the_same_section_list_ends_the_article_with_the_sidebar_and_footer_under_it() {
        let tail = [
            ("Hoàng Yến", BlockTag::P, 3, 0),
            ("Chia sẻ · Bản in · Gửi cho bạn bè · Phản hồi", BlockTag::Div, 2, 40),
            ("Cùng chuyên mục", BlockTag::H3, 7, 0),
            ("Tiêm bù vắc xin cho trẻ ở 3 xã biên giới", BlockTag::Div, 7, 40),
            ("Xem nhiều", BlockTag::H4, 7, 0),
            ("Thời tiết", BlockTag::H4, 7, 0),
            ("BÁO MIỀN NÚI ĐIỆN TỬ. Giấy phép số 12/GP-BTTTT.", BlockTag::P, 0, 0),
        ];
        let page = page_with_meta(&[("17/04/2026 10:05", BlockTag::Div, 4, 0)], &tail);
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.body_lines(&page), vec![LEAD.to_string(), PARA.to_string(), PARA.to_string()]);
        assert_eq!(s.authors, ["Hoàng Yến"]);
    }

    #[test]
    fn a_list_of_linked_headlines_between_the_lead_and_the_article_is_stripped() {
        let related = [
            ("Tiêm bù vắc xin cho trẻ ở 3 xã biên giới", BlockTag::Li, 6, 40),
            ("Sở Y tế đầu tư 50 tỷ đồng cho trạm y tế", BlockTag::Li, 6, 39),
        ];
        let mut rows: Vec<(&str, BlockTag, u32, u32)> = vec![
            ("Trang chủ", BlockTag::Li, 1, 9),
            ("Sở Y tế tổ chức chiến dịch tiêm vắc xin sởi cho trẻ vùng cao", BlockTag::H1, 2, 0),
            ("17/04/2026 10:05", BlockTag::Div, 4, 0),
            (LEAD, BlockTag::P, 3, 0),
        ];
        rows.extend_from_slice(&related);
        rows.extend_from_slice(&[(PARA, BlockTag::P, 3, 0), (PARA, BlockTag::P, 3, 0)]);
        let page = vanban_plugin_sdk::testing::html_page(
            &rows,
            &[("body", "", None), ("nav", "menu", Some(0)), ("article", "detail", Some(0)), ("div", "content", Some(2)), ("div", "meta", Some(2)), ("div", "x", Some(2)), ("ul", "related-inline", Some(2))],
        );
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.body_lines(&page), vec![LEAD.to_string(), PARA.to_string(), PARA.to_string()]);
        // A link alone in a paragraph is the article's.
        assert!(!is_link_line(&page, LEAD, 3));
    }

    #[test]
    fn writers_in_a_span_before_the_date_are_the_authors() {
        let meta = [("Lò Thị Mai - Hà Thu Trang 17/04/2026 - 10:05 0 bình luận", BlockTag::Div, 4, 0)];
        let s = Newspaper.strip(&page_with_meta(&meta, &[])).expect("strip");
        assert_eq!(s.authors, ["Lò Thị Mai", "Hà Thu Trang"]);
        assert_eq!(s.published.as_deref(), Some("2026-04-17T10:05"));
        // One name alone before the date may be a place.
        assert_eq!(writers_glued_to_date("Hà Giang 17/04/2026 - 10:05"), None);
    }

    /// A news page with its furniture in boxes of their own: a cookie banner over the
    /// headline, a "Đọc thêm" box between two paragraphs, a linked topic and its link under
    /// the writer, a reader's comment, then the related list.
    fn page_with_boxes() -> Page {
        const BANNER: &str = "Trang web sử dụng cookie để phục vụ bạn tốt hơn. Bằng việc tiếp tục truy cập, bạn đồng ý với chính sách của chúng tôi.";
        const COMMENT: &str = "Mong các cháu ở bản được tiêm đủ mũi sớm, để mùa đông năm nay không còn cảnh nhiều cháu phải nằm viện vì sởi như năm trước.";
        let rows = [
            (BANNER, BlockTag::P, 1, 0),
            ("Đồng ý", BlockTag::Div, 1, 0),
            ("Sở Y tế tổ chức chiến dịch tiêm vắc xin sởi cho trẻ vùng cao", BlockTag::H1, 2, 0),
            ("17/04/2026 10:05", BlockTag::Div, 4, 0),
            (LEAD, BlockTag::P, 3, 0),
            (PARA, BlockTag::P, 3, 0),
            ("Đọc thêm", BlockTag::Div, 5, 0),
            ("Tiêm bù vắc xin cho trẻ ở 3 xã biên giới", BlockTag::Li, 5, 40),
            ("Trạm y tế xã được đầu tư máy siêu âm", BlockTag::Li, 5, 36),
            (PARA, BlockTag::P, 3, 0),
            ("Nguyễn Hoài Nam", BlockTag::P, 3, 0),
            ("Chủ đề: Phòng chống dịch sởi", BlockTag::Div, 6, 20),
            ("Mưa lũ miền Trung 2026", BlockTag::Div, 9, 22),
            ("Lò Thị Sen · 3 giờ trước", BlockTag::Div, 8, 0),
            (COMMENT, BlockTag::P, 8, 0),
            ("Tin liên quan", BlockTag::H3, 7, 0),
            ("Tiêm vét vắc xin sởi cho trẻ ở huyện biên giới", BlockTag::Li, 7, 46),
        ];
        let boxes = [
            ("body", "", None),
            ("div", "cookie-bar", Some(0)),
            ("article", "detail", Some(0)),
            ("div", "detail-content", Some(2)),
            ("div", "detail-meta", Some(2)),
            ("div", "box-related", Some(3)),
            ("div", "topic", Some(2)),
            ("section", "related", Some(0)),
            ("div", "comment-list", Some(2)),
            ("div", "topic-link", Some(2)),
        ];
        vanban_plugin_sdk::testing::html_page(&rows, &boxes)
    }

    #[test]
    fn furniture_in_boxes_of_its_own_leaves_the_article_whole() {
        let page = page_with_boxes();
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.labels[0], Label::boilerplate("cookie-banner"));
        assert_eq!(s.title.as_deref(), Some("Sở Y tế tổ chức chiến dịch tiêm vắc xin sởi cho trẻ vùng cao"));
        // The article goes on under the "Đọc thêm" box.
        assert_eq!(s.body_lines(&page), vec![LEAD.to_string(), PARA.to_string(), PARA.to_string()]);
        assert_eq!(s.labels[6], Label::boilerplate("related-inline"));
        assert_eq!(s.labels[11], Label::boilerplate("tag-bar"));
        assert_eq!(s.labels[12], Label::boilerplate("tag-bar"));
        assert_eq!(s.labels[14], Label::boilerplate("comments"));
        assert_eq!(s.authors, ["Nguyễn Hoài Nam"]);
        assert!(!is_linked_topic(&page, "Chủ đề: Phòng chống dịch sởi", 10));
    }

    #[test]
    fn a_read_more_marker_written_among_the_paragraphs_heads_its_links_only() {
        let rows = [
            ("Sở Y tế tổ chức chiến dịch tiêm vắc xin sởi cho trẻ vùng cao", BlockTag::H1, 1, 0),
            ("17/04/2026 10:05", BlockTag::Div, 1, 0),
            (LEAD, BlockTag::P, 2, 0),
            ("Đọc thêm:", BlockTag::P, 2, 0),
            ("Tiêm bù vắc xin cho trẻ ở 3 xã biên giới", BlockTag::P, 2, 40),
            (PARA, BlockTag::P, 2, 0),
            ("Nguyễn Hoài Nam", BlockTag::P, 2, 0),
            ("Tin liên quan", BlockTag::H3, 3, 0),
            ("Tiêm vét vắc xin sởi cho trẻ ở huyện biên giới", BlockTag::Li, 3, 46),
        ];
        let boxes = [("body", "", None), ("article", "detail", Some(0)), ("div", "detail-content", Some(1)), ("section", "related", Some(0))];
        let page = vanban_plugin_sdk::testing::html_page(&rows, &boxes);
        let s = Newspaper.strip(&page).expect("strip");
        // The article goes on under the marker and its link; the list closing the page goes.
        assert_eq!(s.body_lines(&page), vec![LEAD.to_string(), PARA.to_string()]);
        assert_eq!(s.labels[4], Label::boilerplate("related-inline"));
        assert_eq!(s.labels[8], Label::boilerplate("related-articles"));
        assert_eq!(s.authors, ["Nguyễn Hoài Nam"]);
    }

    #[test]
    fn a_newsrooms_footer_marks_a_paper() {
        let mut text = String::from("Sở Y tế tổ chức chiến dịch tiêm vắc xin sởi cho trẻ vùng cao\n\n");
        text.push_str(LEAD);
        text.push_str("\n\nTổng Biên tập: Hà Văn Khiêm\n\nTòa soạn: 12 đường Hoa Ban, phường Tân Lập");
        let claim = Newspaper.detect(&Page::from_text("bao.txt", &text));
        assert!(claim.reasons.iter().any(|r| r.contains("newsroom")), "{claim:?}");
    }

    #[test]
    fn a_topics_heading_and_its_tags_are_stripped() {
        let tail = [("Chủ đề:", BlockTag::H4, 5, 0), ("vắc xin sởitiêm chủngvùng cao", BlockTag::Div, 5, 30)];
        let page = page_with_meta(&[("17/04/2026 10:05", BlockTag::Div, 4, 0)], &tail);
        let s = Newspaper.strip(&page).expect("strip");
        assert_eq!(s.body_lines(&page), vec![LEAD.to_string(), PARA.to_string(), PARA.to_string()]);
        assert!(!is_topic_bar("Chủ đề của hội nghị năm nay là chăm sóc sức khỏe ban đầu."));
    }

    #[test]
    fn a_scene_without_a_credit_between_paragraphs_of_a_text_copy_is_a_caption() {
        let lead = "PLO - Sở Y tế tỉnh vừa tổ chức chiến dịch tiêm bổ sung vắc xin sởi cho trẻ từ 1 đến 5 tuổi tại các xã, phường.";
        let para = "Theo Sở Y tế, sau 10 ngày triển khai đã có hơn 18.000 trẻ được tiêm, đạt 91% kế hoạch của cả chiến dịch.";
        let close = "Các trạm y tế được yêu cầu báo cáo kết quả hằng ngày về Trung tâm Kiểm soát bệnh tật tỉnh.";
        let shot = "Lãnh đạo Sở kiểm tra công tác tiêm chủng tại trạm y tế xã.";
        let last = "Nhân viên y tế tiêm vắc xin cho trẻ tại điểm tiêm lưu động";
        let text = format!("Tiêm vắc xin sởi cho trẻ mầm non\n\nSức khỏe 12/11/2025 14:05\naa\n{lead}\n\n{shot}\n\n{para}\n\n{close}\n\n{last}\n\nTheo Lan Anh / Báo Sức khỏe");
        let s = Newspaper.strip(&Page::from_text("a.txt", &text)).unwrap();
        assert_eq!(s.captions, [shot, last], "{:?}", s.labels);
        // A short paragraph that tells, a subheading, a figure: the story's own lines.
        for kept in [
            "Lãnh đạo Sở cho biết sẽ bố trí thêm điểm tiêm lưu động.",
            "Nhiều giải pháp tiêm chủng tại vùng sâu",
            "Đoàn công tác kiểm tra 12 điểm tiêm tại huyện.",
            "Lãnh đạo Sở đã kiểm tra công tác tiêm chủng tại xã.",
        ] {
            let text = format!("Tiêm vắc xin sởi cho trẻ mầm non\n\nSức khỏe 12/11/2025 14:05\naa\n{lead}\n\n{kept}\n\n{para}\n\n{close}\n\nLan Anh");
            let s = Newspaper.strip(&Page::from_text("a.txt", &text)).unwrap();
            assert!(s.captions.is_empty(), "{kept}: {:?}", s.captions);
        }
    }

    #[test]
    fn captions_and_source_credits() {
        assert!(is_caption("Bác sĩ thăm khám cho trẻ. Ảnh: Lan Phương"));
        assert!(is_caption("Người dân chờ tiêm chủng (Ảnh minh họa)"));
        assert!(!is_caption("Bệnh viện đã chụp ảnh: kết quả cho thấy khối u nhỏ đi."));
        assert!(is_source_credit("Theo TTXVN"));
        assert!(is_source_credit("NHÓM PV"));
        assert!(is_source_credit("Nguồn: Báo Sức khỏe"));
        assert!(!is_source_credit("Theo báo cáo, số ca mắc giảm."));
        assert!(is_source_credit("Theo baosongvam.vn"));
        assert!(is_source_credit("Nguồn: vnexpress.net"));
        assert!(!is_source_credit("Theo bác sĩ Lan."));
    }
}

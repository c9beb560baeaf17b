//! The eportal plugin: a provincial e-portal news page: headline, article with photo
//! captions ("... Ảnh: NAME"), a byline in capitals, then the site's menu words, visit
//! counter and footer (managing body, licence, phone, e-mail, address, copy notice).
//! Portals built on Liferay also set a writer's credit under the headline ("Tin, ảnh: A"),
//! the post's stamp under the article ("Cập nhật lúc: 08:15 05/11/2026"), the files
//! attached to it under "Tải về", and "Đọc thêm" boxes of links between its paragraphs.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;
use vanban_plugin_sdk::text::{
    ascii_slug, byline_names, byte_offsets, char_len, chars_at_most, contains_ascii_lower, contains_lower, either_byte_offsets, ends_sentence, find_byte, holds_either_byte, host_slug,
    lower_char,
    markup_free_lines, date_stamp, starts_with_lower, lower_same_len, words_at_least,
};
use vanban_plugin_sdk::byline::{closing_credit, credit_line_names, dateline_names, is_credit_line, is_source_credit, is_writer_credit, source_writers, writer_credit};
use vanban_plugin_sdk::date_stamp::labelled_stamp;
use vanban_plugin_sdk::furniture::{mark_attachments, mark_boxed_furniture, mark_furniture, mark_inline_boxes, photo_captions};
use vanban_plugin_sdk::{BlockTag, Claim, Label, Page, Plugin, PluginError, PluginInfo, Stripping};

mod layout;

/// A photo credit at the end of a caption: "Quang cảnh hội nghị. Ảnh: HỒNG NHUNG".
static PHOTO_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:^|[.\s(])ảnh\s*:\s*([^.()]{2,40})\)?\s*$").expect("valid regex"));

/// The portal's own name in its footer: "Cổng thông tin điện tử tỉnh X"; as written first,
/// and the reference of the tests for [`PORTAL_NAME`].
#[cfg(test)]
const PORTAL_PATTERN: &str = r"(?i)cổng thông tin điện tử\s+(?:của\s+)?(?:tỉnh|thành phố|tp\.?|huyện|thị xã|quận|sở [\p{L} ]+? tỉnh)?\s*(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})";

/// [`PORTAL_PATTERN`] anchored at the start of the text, run from each place where it may
/// start (see [`portal_in`]): an unanchored search also runs backwards from the match's end
/// to find its start, through Unicode classes whose lazy automaton cost far more than the
/// rest of the detection.
///
/// Written to cost less to build, with the same matches: the case-insensitive flag only on
/// the words and on `\p{Lu}` (case-folding `\p{L}` gives `\p{L}` and U+0345, the Greek iota
/// subscript, written into the class instead), and the name's words unbounded, cut to
/// [`NAME_WORDS`] by [`first_words`] (each word of the name is matched the one way, so the
/// bounded repeat stops where the cut does). The bounded repeat copied its Unicode classes
/// three more times.
static PORTAL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?i:cổng thông tin điện tử)\s+(?:(?i:của)\s+)?",
        r"(?:(?i:tỉnh|thành phố|tp\.?|huyện|thị xã|quận)|(?i:sở )[\p{L}\x{345} ]+?(?i: tỉnh))?",
        r"\s*((?i:\p{Lu})[\p{L}\x{345}]*(?:\s+(?i:\p{Lu})[\p{L}\x{345}]*)*)"
    ))
    .expect("valid regex")
});

/// The most words of a portal's name that [`PORTAL_PATTERN`] takes.
const NAME_WORDS: usize = 4;

/// The first `n` words of a name whose words are separated by runs of blanks (`\s`, which
/// is the White_Space that `char::is_whitespace` tells).
fn first_words(name: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (at, c) in name.char_indices() {
        if c.is_whitespace() {
            if in_word && words == n {
                return &name[..at];
            }
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
        }
    }
    name
}

/// An e-mail domain, for the portal slug when the footer does not name the portal.
static EMAIL_DOMAIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"@([a-z0-9-]+)\.(?:gov|org|com|edu)?\.?vn\b").expect("valid regex"));

/// How footer lines of a portal begin.
const FOOTER_PREFIXES: &[&str] = &[
    "cơ quan chủ quản", "đơn vị quản lý", "cơ quan quản lý", "giấy phép", "điện thoại", "email", "e-mail",
    "fax", "địa chỉ", "@ ghi rõ nguồn", "ghi rõ nguồn", "bản quyền", "copyright", "©", "chịu trách nhiệm",
    "trưởng ban biên tập", "ban biên tập", "thiết kế bởi", "phát triển bởi",
];

/// Lines of a visit counter.
const COUNTER_MARKS: &[&str] =
    &["lượt truy cập", "tất cả:", "đang truy cập", "đang online", "hôm nay:", "hôm qua:", "trong tuần:", "trong tháng:", "lượt xem:"];

/// The shortest line taken for an article paragraph.
const PARAGRAPH_CHARS: usize = 100;
/// The longest headline.
const TITLE_CHARS: usize = 250;
/// The fewest words of a summary under the headline.
const LEAD_WORDS: usize = 10;

#[derive(Default)]
pub struct Eportal;

impl Plugin for Eportal {
    fn info(&self) -> PluginInfo {
        PluginInfo {
            name: "eportal".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: "Provincial e-portal pages: caption credits, capitals byline, menu, visit counter, site footer.".into(),
            provides: vec!["detect".into(), "strip".into(), "metadata".into()],
        }
    }

    fn detect(&self, page: &Page) -> Claim {
        let lines = markup_free_lines(page);
        let scan = Scan::of(&lines);
        let mut claim = Claim::none();
        // A newspaper's footer names its editor-in-chief and newsroom: its managing body,
        // licence and contacts say nothing of a portal then. That matters only where a
        // footer line or the portal's name was found, so only then are the lines searched
        // for a masthead (most pages have neither).
        let portal = portal_name(&lines, &scan.named, &scan.mailed);
        let press = (scan.footer > 0 || portal.is_some()) && lines.iter().any(|l| vanban_plugin_sdk::furniture::names_press(l));
        let footer = if press { 0 } else { scan.footer };
        claim.add(footer >= 2, 0.4, "site footer (managing body, licence, contacts)");
        claim.add(footer == 1, 0.2, "a footer line");
        claim.add(scan.counter, 0.25, "visit counter");
        let portal = portal.filter(|_| !press);
        claim.add(portal.is_some(), 0.2, "portal named in its footer");
        claim.add(scan.capitals_caption, 0.15, "caption with a photographer in capitals");
        claim.portal = host_slug(&page.path).or(portal.map(|p| format!("{p}-portal")));
        claim
    }

    fn strip(&self, page: &Page) -> Result<Stripping, PluginError> {
        let lines = markup_free_lines(page);
        let n = lines.len();
        let mut out = Stripping { labels: vec![Label::Body; n], ..Stripping::default() };
        let paragraph = |i: usize| is_paragraph(&lines[i]);
        let mut aside = layout::sidebar_blocks(page, paragraph);
        for i in (0..n).filter(|&i| aside[i]) {
            out.labels[i] = Label::boilerplate("sidebar");
        }
        // Readers' names and times over their comments read like a headline and its date
        // stamp over paragraphs: the boxed furniture goes aside with the sidebars.
        let boxed = mark_boxed_furniture(page, &mut out.labels, &aside);
        aside.iter_mut().zip(boxed).for_each(|(a, boxed)| *a |= boxed);
        // On a web page the post is read inside its own box, where one is found: columns
        // beside it hold teasers as long as its paragraphs.
        let headline = |i: usize| is_headline(&lines[i]) && !mostly_links(page, &lines, i);
        let scope = layout::post_box(page, &lines, &aside, headline, paragraph).unwrap_or(0..n);
        // Counters and footer lines may also stand above the article; the page tail starts at
        // the first of them after the last paragraph.
        let furniture = |l: &str| is_footer(l) || is_counter(l);
        let article_end = scope
            .clone()
            .rev()
            .find(|&i| !aside[i] && char_len(&lines[i]) >= PARAGRAPH_CHARS && !furniture(&lines[i]))
            .map_or(scope.start, |i| i + 1);
        let tail = (article_end..n).find(|&i| furniture(&lines[i])).unwrap_or(n);
        // Captions the page's markup names (a line in italics under a photo, a line in the
        // photo's box) credit no photographer as often as not.
        let marked = photo_captions(page);
        let caption_at = |i: usize| marked[i] && !aside[i] && !is_credit_line(&lines[i]) && closing_credit(&lines[i]).is_none();
        let article_end = past_gallery(page, article_end, tail, caption_at);
        let above = mark_head(page, &lines, scope.start, article_end, &mut out);
        // A "Đọc thêm" box between two paragraphs: its links leave, the article goes on.
        mark_inline_boxes(page, &lines[..article_end], &mut out.labels[..article_end], paragraph);
        let mut photographers = Vec::new();
        for i in 0..article_end {
            if out.labels[i] != Label::Body {
                continue;
            }
            if is_counter(&lines[i]) {
                out.labels[i] = Label::boilerplate("counter");
            } else if let Some(names) = writer_credit(&lines[i]) {
                // "Tin, ảnh: A" among the article's lines (a long caption or the files
                // under it pushed the article's end past it) credits the writer.
                take_credit(&mut out, i, names);
            } else if let Some(credit) = caption_credit(&lines[i]).filter(|_| is_caption(&lines[i])) {
                out.labels[i] = Label::Caption;
                out.captions.push(lines[i].to_string());
                photographers.push(credit);
            } else if caption_at(i) {
                out.labels[i] = Label::Caption;
                out.captions.push(lines[i].to_string());
            }
        }
        mark_furniture(page, &lines[..article_end], &mut out.labels[..article_end]);
        mark_attachments(page, &lines, &mut out.labels, article_end..tail);
        mark_after_article(&lines, article_end, tail, &mut out);
        if out.published.is_none() {
            out.published = vanban_plugin_sdk::declared::declared(&page.meta).published.or(above);
        }
        for label in out.labels.iter_mut().skip(tail).filter(|l| **l == Label::Body) {
            *label = Label::boilerplate("footer");
        }
        for i in tail..n {
            if !aside[i] && is_counter(&lines[i]) {
                out.labels[i] = Label::boilerplate("counter");
            }
        }
        if out.authors.is_empty() {
            out.authors = vanban_plugin_sdk::declared::declared(&page.meta).authors;
        }
        if out.authors.is_empty() {
            // Without a byline the photographer is the only credited author.
            out.authors = photographers.iter().filter_map(|p| byline_names(p)).flatten().collect();
        }
        Ok(out)
    }
}


/// What detection needs from a page's lines, read in one pass over them: each search of a
/// line costs about an instruction a byte, and detection runs on every page.
#[derive(Default)]
struct Scan {
    /// Footer lines, counted up to two: the claim only tells none, one and more.
    footer: usize,
    counter: bool,
    capitals_caption: bool,
    /// The lines that may name the portal or give its e-mail, for [`portal_name`].
    named: Vec<usize>,
    mailed: Vec<usize>,
}

impl Scan {
    fn of<S: AsRef<str>>(lines: &[S]) -> Scan {
        let mut scan = Scan::default();
        for (i, line) in lines.iter().map(AsRef::as_ref).enumerate() {
            if scan.footer < 2 && is_footer(line) {
                scan.footer += 1;
            }
            scan.counter = scan.counter || is_counter(line);
            scan.capitals_caption = scan.capitals_caption || (may_credit(line) && credits_in_capitals(line));
            if holds_hook_o(line) {
                scan.named.push(i);
            }
            if find_byte(line, b'@').is_some() {
                scan.mailed.push(i);
            }
        }
        scan
    }
}

/// Whether the line holds a colon and the last byte of "ả" (0xA3) or "Ả" (0xA2), as every
/// line that [`caption_credit`] reads a credit from does. Each test is one vectorised byte
/// search (a loop testing four bytes at once was slower), and most lines hold no colon.
fn may_credit(line: &str) -> bool {
    find_byte(line, b':').is_some() && holds_either_byte(line, 0xA2, 0xA3)
}

/// Whether the line holds the last byte of "ổ" (0x95) or "Ổ" (0x94), needed by [`holds_co`].
fn holds_hook_o(line: &str) -> bool {
    holds_either_byte(line, 0x94, 0x95)
}

/// Whether the line is a caption whose photographer is written without lower-case letters.
fn credits_in_capitals(line: &str) -> bool {
    caption_credit(line).is_some_and(|c| c.chars().all(|ch| !ch.is_lowercase()))
}

/// Whether `first` is the first letter of one of [`FOOTER_PREFIXES`]: most lines open
/// with none of them.
fn opens_like_footer(first: char) -> bool {
    matches!(first, 'c' | 'đ' | 'g' | 'e' | 'f' | '@' | 'b' | '©' | 't' | 'p')
}

fn is_footer(line: &str) -> bool {
    // Only prefixes opening with the line's first letter can match; the length counts
    // every char, so it comes last.
    let mut chars = line.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    let mut lower = c.to_lowercase();
    let first = lower.next().unwrap_or(c);
    opens_like_footer(first) && {
        // The prefixes are compared letter by letter only where the line's first two
        // lower-cased letters open them too (most lines opening with "c" or "t" go on
        // with none of them). The second is the one `flat_map(char::to_lowercase)` gives,
        // without that iterator.
        let second = lower.next().or_else(|| chars.next().and_then(|c| c.to_lowercase().next()));
        let head = [Some(first), second];
        FOOTER_PREFIXES.iter().any(|p| opens_with_head(p, head) && starts_with_lower(line, p))
    } && chars_at_most(line, 250)
}

/// Whether `prefix` opens with the letters `head` (as far as `prefix` goes).
fn opens_with_head(prefix: &str, head: [Option<char>; 2]) -> bool {
    let mut cs = prefix.chars();
    cs.next() == head[0] && cs.next().is_none_or(|c| Some(c) == head[1])
}

fn is_counter(line: &str) -> bool {
    // The length tests first (60 chars take at most 240 bytes): paragraphs are never
    // lower-cased; nor is a short line that cannot hold a mark.
    // Lower-cased through the SDK's table, without trimming the bullets first: no mark
    // opens with a bullet, nor holds a letter whose capital lower-cases to another length
    // or to two chars (where `lower_same_len` and `to_lowercase` differ). The marks with a
    // colon, most of them, are read back from each colon instead.
    chars_at_most(line, 60) && (holds_colon_mark(line) || may_hold_counter_mark(line) && {
        let lower = lower_same_len(line);
        COUNTER_MARKS.iter().any(|m| lower.contains(m))
    })
}

/// Whether the line, lower-cased with `lower_char` (as `lower_same_len` does, char by
/// char), holds one of the [`COUNTER_MARKS`] that end with a colon: read backwards from
/// each colon, without a lower-cased copy. Only a colon lower-cases to a colon.
fn holds_colon_mark(line: &str) -> bool {
    byte_offsets(line, b':').any(|at| {
        COUNTER_MARKS.iter().filter_map(|m| m.strip_suffix(':')).any(|stem| ends_with_lower(&line[..at], stem))
    })
}

/// Whether `text` ends with `stem` (written in lower case) once lower-cased with `lower_char`.
fn ends_with_lower(text: &str, stem: &str) -> bool {
    let mut letters = text.chars().rev().map(lower_char);
    stem.chars().rev().all(|s| letters.next() == Some(s))
}

/// Whether the line, once lower-cased, may hold one of the [`COUNTER_MARKS`] without a
/// colon: each holds "truy c" or "online", and so "y c" or "line". `lower_same_len` turns
/// only ASCII chars into ASCII ones, so these hold in the lowered line only where the line
/// has them in some ASCII case. The search looks for the first letter: "y" and "l" are
/// rarer in Vietnamese than "t" and "o".
fn may_hold_counter_mark(line: &str) -> bool {
    contains_ascii_lower(line, b"y c") || contains_ascii_lower(line, b"line")
}

/// The photographer named at the end of a caption, if the line is one.
fn caption_credit(line: &str) -> Option<String> {
    // Most lines lack the "ảnh:" that the credit needs and skip the regex.
    let mark = credit_mark(line)?;
    // Every match starts at the char before an "ảnh" with its colon (or at the line's start),
    // so at the char before the first one at the earliest: the search starts there instead
    // of at the line's start. `captures_at` still reads `^` as the line's start only.
    let from = line[..mark].char_indices().next_back().map_or(0, |(at, _)| at);
    PHOTO_CREDIT.captures_at(line, from).and_then(|c| c.get(1)).map(|m| m.as_str().trim().to_string())
}

/// Where the line first holds "ảnh" in some case, then blanks and a colon, as every match
/// of [`PHOTO_CREDIT`] does: its case-insensitive "n" and "h" match only "n", "N", "h" and
/// "H", and its `\s` is the White_Space that `trim_end` removes. Many lines hold a colon
/// and an "ả" ("cả", "bản"); few hold this, and only they run the regex.
fn credit_mark(line: &str) -> Option<usize> {
    byte_offsets(line, b':').find_map(|at| {
        let before = line[..at].trim_end().as_bytes();
        let n = before.len();
        let mark = n >= 5 && before[n - 2..].eq_ignore_ascii_case(b"nh") && matches!(before[n - 5..n - 2], [0xE1, 0xBA, 0xA2 | 0xA3]);
        mark.then(|| n - 5)
    })
}


/// The portal's slug from the last line naming it, else from the last e-mail domain.
/// `named` and `mailed` list, in order, the lines that may hold the name or an "@"; the
/// others are not searched.
fn portal_name<S: AsRef<str>>(lines: &[S], named: &[usize], mailed: &[usize]) -> Option<String> {
    let from_name = named
        .iter()
        .map(|&i| lines[i].as_ref())
        .rev()
        .filter(|l| names_portal(l))
        .find_map(portal_in);
    from_name.or_else(|| {
        // Lower-cased only when the line holds an "@" and a "vn": the pattern needs both
        // (only ASCII letters lower-case to "v" and "n").
        mailed
            .iter()
            .map(|&i| lines[i].as_ref())
            .rev()
            .filter(|l| l.contains('@') && contains_ascii_lower(l, b"vn"))
            .find_map(|l| EMAIL_DOMAIN.captures(&l.to_lowercase()).and_then(|c| c.get(1)).map(|m| m.as_str().to_string()))
    })
}

/// The slug of the portal named in the line: [`PORTAL_PATTERN`]'s first match. Every match
/// opens with "cổ" in some case, so the first place holding it where the anchored pattern
/// matches is where the unanchored search finds its match (the pattern looks at nothing
/// before its start), with the same captures.
fn portal_in(line: &str) -> Option<String> {
    co_starts(line)
        .find_map(|at| PORTAL_NAME.captures(&line[at..]).and_then(|c| c.get(1)).map(|m| ascii_slug(first_words(m.as_str(), NAME_WORDS))))
}

/// The offsets of "cổ" in some case ("c" or "C", then "ổ" or "Ổ"), in order.
fn co_starts(line: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = line.as_bytes();
    line.match_indices(['ổ', 'Ổ']).filter(move |&(at, _)| at > 0 && matches!(bytes[at - 1], b'c' | b'C')).map(|(at, _)| at - 1)
}

/// Whether the line may hold the portal's name: [`PORTAL_NAME`] needs "cổng thông tin
/// điện tử" in some case, and so "cổ" in some case, which few lines hold ("tổng" and
/// "iệ" are common). That search rules out most lines; the regex runs (and is built)
/// only for the others.
fn names_portal(line: &str) -> bool {
    holds_co(line) && contains_lower(line, "cổng thông tin điện tử")
}

/// Whether the line holds "cổ" in some case ("c" or "C", "ổ" or "Ổ": no other char
/// lower-cases to one of them). One vectorised search looks for the last bytes of "ổ" (E1
/// BB 95) and "Ổ" (E1 BB 94), which other Vietnamese letters seldom end with; then the
/// bytes before each are read.
fn holds_co(line: &str) -> bool {
    let bytes = line.as_bytes();
    either_byte_offsets(line, 0x94, 0x95).any(|at| at >= 3 && bytes[at - 2..at] == [0xE1, 0xBB] && matches!(bytes[at - 3], b'c' | b'C'))
}

/// A photo caption: a short line closed by a photographer's credit, not a "Tin: ... Ảnh: ..."
/// or "Tin, ảnh: ..." byline.
fn is_caption(line: &str) -> bool {
    char_len(line) <= 300 && caption_credit(line).is_some() && !is_credit_line(line) && !is_writer_credit(line)
}

/// Labels line `i`, a writer's credit, the byline; its names are the authors unless an
/// earlier credit gave some.
fn take_credit(out: &mut Stripping, i: usize, names: Vec<String>) {
    out.labels[i] = Label::Byline;
    if out.authors.is_empty() {
        out.authors = names;
    }
}

/// The lines above the first paragraph: the headline (the page's `<h1>`, else the longest
/// headline-like line; a breadcrumb is shorter), a date stamp, a view counter, page header.
/// The headline is looked for from `from`, where the post's box opens. Captions stay for
/// later, and so does a summary under the headline. A line that is mostly links (a menu)
/// is never the headline. Lines labelled already (sidebars) are left as they are. A
/// writer's credit under the headline ("Tin, ảnh: A") is the byline. Returns the date of
/// a stamp above the headline (the site's top bar showing today's date), for a post that
/// shows no date of its own and whose page declares none.
fn mark_head(page: &Page, lines: &[Cow<'_, str>], from: usize, end: usize, out: &mut Stripping) -> Option<String> {
    let unlabelled: Vec<bool> = out.labels.iter().map(|l| *l == Label::Body).collect();
    let open = |i: usize| unlabelled[i];
    let first_para = (from..end).find(|&i| open(i) && is_paragraph(&lines[i])).unwrap_or(end);
    let headline = |i: &usize| open(*i) && is_headline(&lines[*i]) && !mostly_links(page, lines, *i);
    let tagged = |i: &usize, h1_only: bool| page.blocks.get(*i).is_some_and(|b| if h1_only { b.tag == BlockTag::H1 } else { b.tag.is_heading() });
    // The page's <h1>, else another heading (portals title posts with <h2 class="title">),
    // else the longest headline-like line that is no breadcrumb.
    let h1 = (from..first_para).filter(headline).find(|i| tagged(i, true));
    let heading = || (from..first_para).filter(headline).find(|i| tagged(i, false));
    let longest = || (from..first_para).rev().filter(headline).filter(|&i| !is_breadcrumb(&lines[i])).max_by_key(|&i| char_len(&lines[i]));
    let title = h1.or_else(heading).or_else(longest);
    // A stamp under the headline dates the post; one above it is the site's top bar
    // showing today's date, taken only when the post shows none and the page declares none.
    let mut above = None;
    for i in (0..first_para).filter(|&i| open(i)) {
        let line = &lines[i];
        if Some(i) == title {
            out.labels[i] = Label::Title;
            out.title = Some(line.to_string());
        } else if let Some(date) = date_stamp(line) {
            // "Cập nhật: 14:25 | 12/09/2025 | Lượt xem: 432" is a stamp with a counter.
            out.labels[i] = Label::Dateline;
            if title.is_some_and(|t| i < t) {
                above = above.or(Some(date));
            } else {
                out.published = out.published.take().or(Some(date));
                // "Lê Minh | 27/11/2026 16:40": the writer on the line of the date.
                if out.authors.is_empty() {
                    out.authors = dateline_names(line).unwrap_or_default();
                }
            }
        } else if is_counter(line) {
            out.labels[i] = Label::boilerplate("counter");
        } else if let Some(names) = writer_credit(line).filter(|_| title.is_some_and(|t| i > t)) {
            take_credit(out, i, names);
        } else if title.is_some_and(|t| i > t) && is_lead(line) && !mostly_links(page, lines, i) {
            // The post's summary, set apart under its headline: shorter than a paragraph.
        } else if !is_caption(line) {
            out.labels[i] = Label::boilerplate("page-header");
        }
    }
    above
}

/// Whether block `i` is mostly links, as a menu is.
fn mostly_links(page: &Page, lines: &[Cow<'_, str>], i: usize) -> bool {
    page.blocks.get(i).is_some_and(|b| b.link_chars as usize * 2 >= char_len(&lines[i]).max(1))
}

/// A summary under a headline: a sentence of some words, shorter than a paragraph.
fn is_lead(line: &str) -> bool {
    ends_sentence(line) && !line.trim_end().ends_with(':') && words_at_least(line, LEAD_WORDS)
}

/// The first article paragraph: long, not a caption, ending like a sentence (a headline does not).
fn is_paragraph(line: &str) -> bool {
    char_len(line) >= PARAGRAPH_CHARS && !is_caption(line) && (ends_sentence(line) || char_len(line) >= TITLE_CHARS)
}

/// The fewest words of a sentence closing the article under its last long paragraph.
const CLOSING_SENTENCE_WORDS: usize = 8;

/// A line that reads as a sentence of the article: it ends one, has words enough, and is
/// neither a credit nor a counter.
fn is_closing_sentence(line: &str) -> bool {
    ends_sentence(line)
        && line.split_whitespace().count() >= CLOSING_SENTENCE_WORDS
        && !is_counter(line)
        && !is_footer(line)
        && !is_source_credit(line)
        && closing_credit(line).is_none()
}

fn is_headline(line: &str) -> bool {
    let closes_question = line.trim_end().ends_with(['?', '!']);
    line.split_whitespace().count() >= 3
        && char_len(line) < TITLE_CHARS
        && (!ends_sentence(line) || closes_question)
        && !is_counter(line)
        && !is_footer(line)
        && !is_caption(line)
        && date_stamp(line).is_none()
}

/// A breadcrumb trail: "Trang chủ / Tin tức / Y tế", "Trang chủ > Tin tức".
fn is_breadcrumb(line: &str) -> bool {
    [" / ", " > ", "»", "›"].iter().any(|m| line.contains(m))
}

/// The end of the article with the photos that close it: a gallery under the last
/// paragraph (perhaps under a heading of its own, "Một số hình ảnh …") whose captions the
/// markup names is the article's, not the page's tail. `from` is the end after the last
/// paragraph; the captions run no further than `to`.
fn past_gallery(page: &Page, from: usize, to: usize, caption_at: impl Fn(usize) -> bool) -> usize {
    let heading = from < to && page.blocks[from].tag.is_heading() && from + 1 < to && caption_at(from + 1);
    let first = if heading { from + 1 } else { from };
    (first..to).find(|&i| !caption_at(i)).unwrap_or(to)
}

/// Between the article and the footer: the byline (first name line), the source the post
/// was taken from ("(Nguồn: TTYT khu vực X)") and the post's stamp ("Cập nhật lúc: 08:15
/// 05/11/2026", which dates the post when its head shows no date), then menu words. Lines
/// labelled already (sidebars, the files attached) are left as they are.
fn mark_after_article(lines: &[Cow<'_, str>], from: usize, to: usize, out: &mut Stripping) {
    let mut byline_seen = false;
    let mut menu_seen = false;
    for i in from..to {
        if out.labels[i] != Label::Body {
            continue;
        }
        if !menu_seen && is_source_credit(&lines[i]) {
            out.labels[i] = Label::Byline;
            // "Theo Hà Linh (Báo X)": the writer named beside the paper, unless a byline did.
            if let Some(names) = source_writers(&lines[i]).filter(|_| out.authors.is_empty()) {
                out.authors = names;
            }
            continue;
        }
        if let Some(date) = labelled_stamp(&lines[i]).filter(|_| !menu_seen) {
            out.labels[i] = Label::Dateline;
            out.published = out.published.take().or(Some(date));
            continue;
        }
        // A short last paragraph ("Qua chiến dịch, đã thu gom 2,5 tấn rác thải.") is shorter
        // than the article's end is measured by: a sentence before the byline and the menu
        // is still the article's.
        if !byline_seen && !menu_seen && is_closing_sentence(&lines[i]) {
            continue;
        }
        if !byline_seen {
            // Also a department that wrote the post, alone ("Phòng Nghiệp vụ Y") or after a name.
            if let Some(names) = credit_line_names(&lines[i]).or_else(|| byline_names(&lines[i])).or_else(|| closing_credit(&lines[i])) {
                out.labels[i] = Label::Byline;
                if !names.is_empty() {
                    out.authors = names;
                }
                byline_seen = true;
                continue;
            }
        }
        out.labels[i] = Label::boilerplate("menu");
        menu_seen = true;
    }
}

vanban_plugin_sdk::export_plugin!(Eportal);

#[cfg(test)]
mod tests {
    use super::*;

    const PARA: &str = "Theo báo cáo của Trung tâm Y tế huyện, trong tuần toàn huyện ghi nhận 42 ca mắc sốt xuất huyết, tăng 9 ca so với tuần trước; không có tử vong.";

    /// A portal post: the site's date in its top bar, the headline in an `h2`, the post's
    /// own stamp with its time, a photo in its box and one captioned in italics.
    fn portal_page() -> Page {
        use vanban_plugin_sdk::testing::html_page;
        html_page(
            &[
                ("CỔNG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ", BlockTag::Div, 0, 0),
                ("Thứ Ba, ngày 10/06/2025", BlockTag::Div, 0, 0),
                ("Huyện tăng cường phòng chống sốt xuất huyết mùa mưa", BlockTag::H2, 1, 0),
                ("Ngày đăng: 09/06/2025 15:40 | Lượt xem: 210", BlockTag::Div, 1, 0),
                (PARA, BlockTag::P, 2, 0),
                ("Lãnh đạo huyện kiểm tra công tác diệt lăng quăng tại xã", BlockTag::P, 3, 0),
                (PARA, BlockTag::P, 2, 0),
                ("Cán bộ y tế phun hóa chất diệt muỗi tại khu dân cư", BlockTag::Figcaption, 2, 0),
                (PARA, BlockTag::P, 2, 0),
                ("Quảng cáo", BlockTag::Div, 2, 0),
                (PARA, BlockTag::P, 2, 0),
                ("Thu Hằng (TTYT huyện)", BlockTag::P, 2, 0),
                ("Điện thoại: 0200.3822.111", BlockTag::P, 4, 0),
                ("Giấy phép số 12/GP-STTTT", BlockTag::P, 4, 0),
            ],
            &[("div", "header", None), ("div", "news-detail", None), ("div", "news-content", Some(1)), ("div", "img", Some(2)), ("div", "footer", None)],
        )
    }

    #[test]
    fn the_posts_own_stamp_with_its_time_dates_it() {
        let s = Eportal.strip(&portal_page()).expect("strip");
        assert_eq!(s.published.as_deref(), Some("2025-06-09T15:40"));
        assert_eq!(s.title.as_deref(), Some("Huyện tăng cường phòng chống sốt xuất huyết mùa mưa"));
    }

    #[test]
    fn captions_the_markup_names_and_furniture_leave_the_body() {
        let page = portal_page();
        let s = Eportal.strip(&page).expect("strip");
        assert_eq!(s.captions, ["Lãnh đạo huyện kiểm tra công tác diệt lăng quăng tại xã", "Cán bộ y tế phun hóa chất diệt muỗi tại khu dân cư"]);
        assert_eq!(s.body_lines(&page), vec![PARA.to_string(); 4], "{:?}", s.labels);
        assert_eq!(s.authors, ["Thu Hằng"]);
    }

    /// A portal post that closes with `closing` (rows in the post's box, container 2, or
    /// a gallery's boxes, 3 and 4) before its footer.
    fn post_closing_with(stamp: &str, closing: &[(&str, BlockTag, u32, u32)]) -> Page {
        use vanban_plugin_sdk::testing::html_page;
        let mut rows = vec![
            ("Trạm y tế xã ra quân diệt lăng quăng phòng sốt xuất huyết", BlockTag::H1, 1, 0),
            (stamp, BlockTag::Div, 1, 0),
            (PARA, BlockTag::P, 2, 0),
            (PARA, BlockTag::P, 2, 0),
        ];
        rows.extend_from_slice(closing);
        rows.extend_from_slice(&[("Điện thoại: 0200.3822.111", BlockTag::P, 5, 0), ("Giấy phép số 12/GP-STTTT", BlockTag::P, 5, 0)]);
        html_page(
            &rows,
            &[
                ("div", "header", None),
                ("div", "news-detail", None),
                ("div", "news-content", Some(1)),
                ("figure", "wp-block-gallery", Some(2)),
                ("figure", "wp-block-image", Some(3)),
                ("div", "footer", None),
            ],
        )
    }

    #[test]
    fn a_gallery_closing_the_post_gives_its_captions() {
        let closing = [
            ("Hình ảnh buổi ra quân", BlockTag::H3, 2, 0),
            ("Cán bộ trạm y tế thu gom vật chứa nước đọng", BlockTag::Figcaption, 4, 0),
            ("Đoàn viên thanh niên phát tờ rơi cho người dân", BlockTag::Figcaption, 4, 0),
            ("Lò Văn Tươi - Trạm Y tế xã", BlockTag::P, 2, 0),
        ];
        let page = post_closing_with("Ngày đăng: 09/06/2025 15:40", &closing);
        let s = Eportal.strip(&page).expect("strip");
        assert_eq!(s.captions, ["Cán bộ trạm y tế thu gom vật chứa nước đọng", "Đoàn viên thanh niên phát tờ rơi cho người dân"]);
        assert_eq!(s.body_lines(&page), [PARA, PARA, "Hình ảnh buổi ra quân"]);
        assert_eq!(s.authors, ["Lò Văn Tươi"]);
    }

    #[test]
    fn a_writer_on_the_date_line_or_declared_by_the_page_is_the_author() {
        let s = Eportal.strip(&post_closing_with("Lò Minh Khang | 09/06/2025 15:40", &[])).expect("strip");
        assert_eq!(s.authors, ["Lò Minh Khang"]);
        assert_eq!(s.published.as_deref(), Some("2025-06-09T15:40"));
        // A closing byline still names the writer over the date line's.
        let s = Eportal.strip(&post_closing_with("Lò Minh Khang | 09/06/2025 15:40", &[("Thu Hằng (TTYT huyện)", BlockTag::P, 2, 0)])).expect("strip");
        assert_eq!(s.authors, ["Thu Hằng"]);
        let mut page = post_closing_with("Ngày đăng: 09/06/2025 15:40", &[]);
        page.meta.json_ld = vec![r#"{"@type":"NewsArticle","author":{"@type":"Person","name":"Vàng Thị Dợ"}}"#.into()];
        assert_eq!(Eportal.strip(&page).expect("strip").authors, ["Vàng Thị Dợ"]);
    }

    #[test]
    fn a_comment_thread_and_a_cookie_banner_their_boxes_name_leave_the_post() {
        use vanban_plugin_sdk::testing::html_page;
        let comment = "Đề nghị trạm y tế xã thông báo sớm lịch phun hóa chất để bà con chủ động đóng cửa, che đậy thức ăn và đưa trẻ nhỏ ra khỏi nhà.";
        let page = html_page(
            &[
                ("Website sử dụng cookie. Nhấn Đồng ý để tiếp tục.", BlockTag::Div, 6, 0),
                ("Trạm y tế xã ra quân diệt lăng quăng phòng sốt xuất huyết", BlockTag::H1, 1, 0),
                ("Ngày đăng: 09/06/2025 15:40", BlockTag::Div, 1, 0),
                (PARA, BlockTag::P, 2, 0),
                (PARA, BlockTag::P, 2, 0),
                ("Thu Hằng (TTYT huyện)", BlockTag::P, 2, 0),
                ("Ý kiến bạn đọc", BlockTag::H3, 3, 0),
                ("Nguyễn Văn Tư - 10/06/2025 08:00", BlockTag::Div, 4, 0),
                (comment, BlockTag::P, 4, 0),
                ("Điện thoại: 0200.3822.111", BlockTag::P, 5, 0),
                ("Giấy phép số 12/GP-STTTT", BlockTag::P, 5, 0),
            ],
            &[
                ("div", "header", None),
                ("div", "news-detail", None),
                ("div", "news-content", Some(1)),
                ("div", "box-comment", Some(1)),
                ("div", "comment-item", Some(3)),
                ("div", "footer", None),
                ("div", "cookie-notice", None),
            ],
        );
        let s = Eportal.strip(&page).expect("strip");
        assert_eq!(s.body_lines(&page), [PARA, PARA]);
        assert_eq!(s.labels[0], Label::boilerplate("cookie-banner"));
        assert_eq!(s.labels[8], Label::boilerplate("comments"));
        assert_eq!(s.authors, ["Thu Hằng"]);
    }

    #[test]
    fn a_newspapers_footer_is_no_portals() {
        let text = format!(
            "Trạm y tế xã ra quân diệt lăng quăng\n{PARA}\n{PARA}\nĐịa chỉ: 12 đường Hoa Ban, điện thoại 0200.3822.111\nGiấy phép số 12/GP-BTTTT\nTổng Biên tập: Hà Văn Khiêm"
        );
        let claim = Eportal.detect(&Page::from_text("bao.html", &text));
        assert!(!claim.reasons.iter().any(|r| r.contains("footer")), "{claim:?}");
        let portal = text.replace("Tổng Biên tập: Hà Văn Khiêm", "Cơ quan chủ quản: Sở Y tế");
        let claim = Eportal.detect(&Page::from_text("portal.html", &portal));
        assert!(claim.reasons.iter().any(|r| r.contains("footer")), "{claim:?}");
    }

    #[test]
    fn a_date_line_written_the_iso_way_dates_the_post() {
        let s = Eportal.strip(&post_closing_with("Ngày đăng: 2025-06-09", &[])).expect("strip");
        assert_eq!(s.published.as_deref(), Some("2025-06-09"));
        assert_eq!(s.labels[1], Label::Dateline);
    }

    #[test]
    fn a_writer_named_with_an_apostrophe_in_a_credit_is_read() {
        let closing = [("Tin: H'Lan Êban - Ảnh: Đỗ Quý", BlockTag::P, 2, 0), ("Facebook Zalo Gửi mail", BlockTag::Div, 2, 20)];
        let s = Eportal.strip(&post_closing_with("Ngày đăng: 09/06/2025 15:40", &closing)).expect("strip");
        assert_eq!(s.authors, ["H'Lan Êban", "Đỗ Quý"]);
        assert_eq!(s.labels[4], Label::Byline);
    }

    #[test]
    fn the_source_closing_the_post_is_a_credit_not_a_menu() {
        let lines: Vec<Cow<str>> = ["(Nguồn: Trung tâm Y tế khu vực Đông Hưng)", "Từ khóa", "Nguồn: Báo X"].map(Cow::Borrowed).to_vec();
        let mut out = Stripping { labels: vec![Label::Body; 3], ..Stripping::default() };
        mark_after_article(&lines, 0, 3, &mut out);
        assert_eq!(out.labels, [Label::Byline, Label::boilerplate("menu"), Label::boilerplate("menu")]);
        assert!(out.authors.is_empty());
    }

    /// A post as a Liferay portal sets it out: the headline, the writer's credit under it,
    /// a "Đọc thêm" box (`marker` over two links, in the article's own box or in `box_of`)
    /// between two paragraphs, the files under "Tải về", the post's stamp under the
    /// article, then other news and the footer.
    fn liferay_post(marker: &str, box_of: u32) -> Page {
        use vanban_plugin_sdk::testing::html_page;
        html_page(
            &[
                ("SỞ Y TẾ TỈNH BÌNH LÂM", BlockTag::Div, 0, 0),
                ("Trạm y tế xã An Khê tiếp nhận máy siêu âm mới", BlockTag::H2, 1, 0),
                ("Tin, ảnh: Lâm Thị Ngọc Hà, Đặng Quốc Bảo", BlockTag::P, 2, 0),
                (PARA, BlockTag::P, 2, 0),
                (marker, BlockTag::P, box_of, 0),
                ("Huyện Tân Phước khám sàng lọc ung thư vú cho phụ nữ", BlockTag::Li, box_of, 50),
                ("Trao tặng thiết bị y tế cho 5 trạm y tế vùng khó khăn", BlockTag::Li, box_of, 52),
                (PARA, BlockTag::P, 2, 0),
                ("Tải về:", BlockTag::P, 4, 0),
                ("Quyết định tiếp nhận tài trợ.pdf", BlockTag::P, 4, 32),
                ("Cập nhật lúc: 08:15 05/11/2026", BlockTag::P, 1, 0),
                ("Tin khác", BlockTag::H3, 5, 0),
                ("Hội nghị sơ kết công tác y tế 9 tháng", BlockTag::Li, 5, 37),
                ("Cơ quan chủ quản: Sở Y tế tỉnh Bình Lâm", BlockTag::P, 6, 0),
                ("Lượt truy cập: 88.120", BlockTag::P, 6, 0),
            ],
            &[
                ("header", "banner", None),
                ("div", "journal-content-article", None),
                ("div", "content", Some(1)),
                ("div", "tin-lien-quan", Some(2)),
                ("div", "asset-attachments", Some(1)),
                ("div", "portlet-other-news", None),
                ("footer", "footer", None),
            ],
        )
    }

    #[test]
    fn a_liferay_posts_credit_stamp_files_and_read_more_box_leave_the_body() {
        for (marker, box_of) in [("Đọc thêm:", 2), ("Tin liên quan", 3), ("Xem thêm:", 3)] {
            let page = liferay_post(marker, box_of);
            let s = Eportal.strip(&page).expect("strip");
            // The article goes on under the box, and ends before the files.
            assert_eq!(s.body_lines(&page), [PARA, PARA], "{marker}: {:?}", s.labels);
            assert_eq!(s.labels[2], Label::Byline, "{marker}");
            assert!(s.labels[4..7].iter().all(|l| *l == Label::boilerplate("related-inline")), "{marker}: {:?}", s.labels);
            assert_eq!(s.labels[8..10], [Label::boilerplate("attachments"), Label::boilerplate("attachments")]);
            assert_eq!(s.labels[10], Label::Dateline);
            // The credit names the writers; it is no photo's caption.
            assert_eq!(s.authors, ["Lâm Thị Ngọc Hà", "Đặng Quốc Bảo"]);
            assert!(s.captions.is_empty(), "{:?}", s.captions);
            // The stamp under the article dates the post.
            assert_eq!(s.published.as_deref(), Some("2026-11-05T08:15"));
        }
        // A credit naming a unit alone is a byline of no one's name.
        assert_eq!(writer_credit("Tin, ảnh: Khoa Dân số - Truyền thông"), Some(vec![]));
        assert_eq!(writer_credit("Ảnh: Lâm Thị Ngọc Hà"), None);
    }

    #[test]
    fn a_stamp_under_the_article_gives_way_to_the_one_under_the_headline() {
        let lines: Vec<Cow<str>> = ["Cập nhật lúc: 08:15 05/11/2026", "Tin khác", "Ngày đăng: 01/11/2026"].map(Cow::Borrowed).to_vec();
        let mut out = Stripping { labels: vec![Label::Body; 3], ..Stripping::default() };
        out.published = Some("2026-11-04".into());
        mark_after_article(&lines, 0, 3, &mut out);
        assert_eq!(out.published.as_deref(), Some("2026-11-04"));
        assert_eq!(out.labels, [Label::Dateline, Label::boilerplate("menu"), Label::boilerplate("menu")]);
        // Under the menu words, a stamp is another post's.
        out.published = None;
        out.labels = vec![Label::Body; 3];
        mark_after_article(&lines[1..], 0, 2, &mut out);
        assert_eq!(out.published, None);
    }

    #[test]
    fn a_short_last_paragraph_before_the_byline_stays_and_the_source_names_its_writer() {
        let lines: Vec<Cow<str>> = [
            "Qua chiến dịch, đã thu gom, xử lý 2,5 tấn rác thải, phát quang 12 km đường.",
            "Nguồn: Thanh Tâm - TTYT huyện Đồi Mây",
            "In bài   Gửi email",
            "Xem tiếp các tin khác của chuyên mục này.",
        ]
        .map(Cow::Borrowed)
        .to_vec();
        let mut out = Stripping { labels: vec![Label::Body; 4], ..Stripping::default() };
        mark_after_article(&lines, 0, 4, &mut out);
        assert_eq!(out.labels[..2], [Label::Body, Label::Byline]);
        assert_eq!(out.authors, ["Thanh Tâm"]);
        // Under the menu words, a sentence is no longer the article's.
        assert_eq!(out.labels[3], Label::boilerplate("menu"));
    }

    #[test]
    fn a_department_or_a_name_with_its_department_closing_the_post_is_its_byline() {
        for (credit, authors) in [("Phòng Nghiệp vụ Y", vec![]), ("Hồng Nhung (Phòng Nghiệp vụ Y)", vec!["Hồng Nhung".to_string()])] {
            let lines: Vec<Cow<str>> = vec![Cow::Borrowed(credit), Cow::Borrowed("Thông báo"), Cow::Borrowed("Videos")];
            let mut out = Stripping { labels: vec![Label::Body; 3], ..Stripping::default() };
            mark_after_article(&lines, 0, 3, &mut out);
            assert_eq!(out.labels[0], Label::Byline, "{credit}");
            assert_eq!(out.labels[1], Label::boilerplate("menu"));
            assert_eq!(out.authors, authors);
        }
    }

    #[test]
    fn credits_footer_and_counter() {
        assert_eq!(caption_credit("Đoàn thăm khu điều trị. Ảnh: MINH KHOA").as_deref(), Some("MINH KHOA"));
        assert_eq!(caption_credit("Các bác sĩ hội chẩn (Ảnh: Lệ Thu)").as_deref(), Some("Lệ Thu"));
        assert_eq!(caption_credit("Bệnh viện đã tiếp nhận 30 ca bệnh."), None);
        assert!(is_footer("Giấy phép số 12/GP-STTTT cấp ngày 1/2/2020."));
        assert!(!is_caption("Tin: LAN ANH - Ảnh: HOÀNG PHÚC"));
        assert_eq!(credit_line_names("Tin: LAN ANH - Ảnh: HOÀNG PHÚC"), Some(vec!["Lan Anh".to_string(), "Hoàng Phúc".to_string()]));
        assert_eq!(credit_line_names("Bài, ảnh: Lan Anh"), None);
        assert_eq!(date_stamp("Ngày đăng: 07/04/2024 16:05").as_deref(), Some("2024-04-07T16:05"));
        assert_eq!(date_stamp("Ngày 07/04/2024, đoàn công tác đến thăm trạm y tế xã."), None);
        assert_eq!(date_stamp("Cập nhật: 14:25 | 12/09/2025 | Lượt xem: 432").as_deref(), Some("2025-09-12T14:25"), "a stamp with a counter");
        assert!(is_breadcrumb("Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội"));
        assert!(is_headline("Vì sao người cao tuổi cần tiêm phòng cúm mỗi năm?"));
        assert!(is_counter("  • Hôm nay: 1200"));
        let lines = vec!["@ Ghi rõ nguồn \"Cổng thông tin điện tử tỉnh Hà Giang\" khi đăng lại.".to_string()];
        assert_eq!(portal_of(&lines).as_deref(), Some("hagiang"));
    }

    #[test]
    fn an_html_pages_headline_is_its_h1_and_never_its_menu() {
        let para = "Từ ngày 3/11 đến ngày 6/11/2025, đoàn kiểm tra của Sở Y tế đã làm việc tại 9 trường trên địa bàn huyện, \
                    kiểm tra phòng y tế, nhân viên y tế và hồ sơ khám sức khỏe định kỳ của học sinh.";
        let text = format!(
            "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Liên hệ\nKiểm tra y tế học đường tại huyện miền núi\n\
             Thứ Ba, 11/11/2025 08:15\n{para}\n{para}\nĐịa chỉ: 2 đường Lê Lợi, điện thoại 0234.3820.000\nSố lượt truy cập: 52.310"
        );
        let mut page = Page::from_text("news.html", &text);
        let menu = "Trang chủGiới thiệuTin tức - Sự kiệnVăn bản chỉ đạoLiên hệ".chars().count() as u32;
        page.blocks[0].link_chars = menu;
        let titled = |page: &Page| Eportal.strip(page).unwrap().title;
        // The menu is the longest line above the article, but it is links.
        assert_eq!(titled(&page).as_deref(), Some("Kiểm tra y tế học đường tại huyện miền núi"));
        page.blocks[0].link_chars = 0;
        page.blocks[1].tag = BlockTag::H1;
        assert_eq!(titled(&page).as_deref(), Some("Kiểm tra y tế học đường tại huyện miền núi"));
    }

    use vanban_plugin_sdk::testing::Rng;

    /// Lines built from pieces of the marks and the portal name in mixed case, letters whose
    /// capital lower-cases to another length or to two chars, bullets and other words.
    fn generated_lines(count: usize) -> Vec<String> {
        const PIECES: &[&str] = &[
            "lượt", "LƯỢT", "Lượt", "truy", "TRUY", "cập", "CẬP", "cẬp", "tất", "TẤT", "cả", "CẢ", ":", " : ", "đang", "ĐANG",
            "Đang", "online", "ONLİNE", "onlİne", "hôm", "HÔM", "nay", "NAY", "qua", "tuần", "TUẦN", "tháng", "THÁNG", "xem",
            "XEM", "trong", "TRONG", "•", "-", "·", " ", " ", "  ", "cổng", "CỔNG", "thông", "THÔNG", "tin", "TIN", "điện",
            "ĐIỆN", "đIỆN", "Điện", "điên", "tử", "TỬ", "đi", "ệ", "Ệ", "i", "I", "İ", "\u{212A}", "ẞ", "Σ", "ả", "Ả", "ảnh",
            "Ảnh", "ẢNH", "12", "x", "ậ", "Ậ", "đ", "Đ", "\u{1E9E}", "Hôm nay:", "ĐANG ONLINE", "lượt xem:", "Tất Cả:", "trong tHáng:",
            "Lượt truy cập", "hôm qua :", "TRONG TUẦN:", "đang truy cẬp", "lượt xem", "Email", "ĐỊA CHỈ", "địa chỉ", "©", "Bản quyền",
            "Giấy phép", "E-mail", "FAX", "Fax", "Copyright", "Ban biên tập", "điện thoại", "Điện Thoại",
            "Cổng thông tin điện tử", "CỔNG THÔNG TIN ĐIỆN TỬ", "cổng thông tin đIện tử", "Cổng thông tin ĐiỆn", "cỔng", "cổ",
            "truy c", "TRUY C", "Truy Cập", "ONLINE", "tỉnh", "Hà Giang", "@", "vn", "gov.vn", "sở@yte.gov.vn", "ảnh:", "Ảnh :",
            "ẢNH\u{a0}:", "ảNh", "(Ảnh: ", ")", ".", "(", "MINH KHOA", "Lệ Thu", "ảnh\t:", "\u{2003}", "anh:", "ẢnH  :", "ã",
            "ợ", "Ả", "h:", "nh", "Ổ", "ổ",
        ];
        let mut rng = Rng(0x2545_F491_4F6C_DD1D);
        (0..count)
            .map(|_| {
                let mut line = String::new();
                for _ in 0..rng.below(12) {
                    line.push_str(PIECES[rng.below(PIECES.len())]);
                    if rng.below(3) > 0 {
                        line.push(' ');
                    }
                }
                line
            })
            .collect()
    }

    #[test]
    fn quick_tests_agree_with_the_lower_cased_search() {
        let counter_by_copy = |line: &str| {
            line.len() <= 240 && char_len(line) <= 60 && {
                let lower = line.trim_start_matches(['•', '-', '·', ' ']).to_lowercase();
                COUNTER_MARKS.iter().any(|m| lower.contains(m))
            }
        };
        let counter_by_lowering = |line: &str| {
            line.len() <= 240 && char_len(line) <= 60 && {
                let lower = lower_same_len(line);
                COUNTER_MARKS.iter().any(|m| lower.contains(m))
            }
        };
        let credit_by_chars = |line: &str| line.contains(':') && line.contains(['ả', 'Ả']);
        let footer_by_copy = |line: &str| {
            let Some(first) = line.chars().flat_map(char::to_lowercase).next() else { return false };
            opens_like_footer(first)
                && FOOTER_PREFIXES.iter().any(|p| p.starts_with(first) && starts_with_lower(line, p))
                && char_len(line) <= 250
        };
        let (mut counters, mut portals, mut names) = (0, 0, 0);
        for line in generated_lines(200_000) {
            assert_eq!(is_counter(&line), counter_by_copy(&line), "{line:?}");
            assert_eq!(is_counter(&line), counter_by_lowering(&line), "{line:?}");
            assert_eq!(is_footer(&line), footer_by_copy(&line), "{line:?}");
            assert_eq!(names_portal(&line), contains_lower(&line, "cổng thông tin điện tử"), "{line:?}");
            if credit_by_chars(&line) != (line.contains(':') && (line.contains('ả') || line.contains('Ả'))) {
                panic!("{line:?}");
            }
            counters += usize::from(is_counter(&line));
            portals += usize::from(holds_co(&line));
            names += usize::from(names_portal(&line));
        }
        assert!(counters > 1000 && portals > 1000 && names > 1000, "the generated lines hold matches: {counters} {portals} {names}");
    }

    /// [`portal_name`] searching every line.
    fn portal_of<S: AsRef<str>>(lines: &[S]) -> Option<String> {
        let all: Vec<usize> = (0..lines.len()).collect();
        portal_name(lines, &all, &all)
    }

    #[test]
    fn one_pass_agrees_with_a_pass_per_test() {
        let lines = generated_lines(60_000);
        let (mut captions, mut portals) = (0, 0);
        for page in lines.chunks(1 + lines.len() / 3000) {
            let scan = Scan::of(page);
            let footer = page.iter().filter(|l| is_footer(l)).count();
            assert_eq!(scan.footer, footer.min(2), "{page:?}");
            assert_eq!(scan.counter, page.iter().any(|l| is_counter(l)), "{page:?}");
            let capitals = page.iter().any(|l| caption_credit(l).is_some_and(|c| c.chars().all(|ch| !ch.is_lowercase())));
            assert_eq!(scan.capitals_caption, capitals, "{page:?}");
            let portal = portal_of(page);
            assert_eq!(portal_name(page, &scan.named, &scan.mailed), portal, "{page:?}");
            captions += usize::from(capitals);
            portals += usize::from(portal.is_some());
        }
        assert!(captions > 100 && portals > 100, "the generated pages hold matches: {captions} {portals}");
    }

    #[test]
    fn anchored_runs_find_the_unanchored_match() {
        let unanchored = Regex::new(PORTAL_PATTERN).expect("valid regex");
        let mut found = 0;
        let mut lines = generated_lines(100_000);
        for name in ["Hà Giang", "HÀ GIANG BẮC SƠN TÂY NAM", "Bắc  Sơn\u{2003}Tây\u{a0}Nam Đông", "Y Tế Hà Giang Xa\u{345}\u{345}", "ΣΑΣ ςας Ǆ ǅa"] {
            for lead in ["Cổng thông tin điện tử ", "cổng thông tin điện tử tỉnh ", "CỔNG THÔNG TIN ĐIỆN TỬ sở y tế tỉnh  ", "Cổng thông tin điện tử của  "] {
                lines.push(format!("{lead}{name}"));
                lines.push(format!("{lead}{name} và {name}."));
            }
        }
        for line in lines {
            let by_search = unanchored.captures(&line).and_then(|c| c.get(1)).map(|m| ascii_slug(m.as_str()));
            assert_eq!(portal_in(&line), by_search, "{line:?}");
            found += usize::from(by_search.is_some());
        }
        assert!(found > 1000, "the generated lines name portals: {found}");
    }

    #[test]
    fn the_credit_mark_never_rules_out_a_caption() {
        let mut credits = 0;
        for line in generated_lines(200_000) {
            let by_regex = PHOTO_CREDIT.captures(&line).and_then(|c| c.get(1)).map(|m| m.as_str().trim().to_string());
            assert_eq!(caption_credit(&line), by_regex, "{line:?}");
            credits += usize::from(by_regex.is_some());
        }
        assert!(credits > 1000, "the generated lines hold credits: {credits}");
    }

    #[test]
    fn only_the_letters_of_co_lower_case_to_them() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let lower = vanban_plugin_sdk::text::lower_char(c);
            if matches!(lower, 'c' | 'ổ') {
                assert!(matches!(c, 'c' | 'C' | 'ổ' | 'Ổ'), "{c:?}");
            }
        }
    }

    #[test]
    fn quick_tests_never_rule_out_a_match() {
        for p in FOOTER_PREFIXES {
            assert!(p.chars().next().is_some_and(opens_like_footer), "{p}");
            assert!(is_footer(p), "{p}");
        }
        for m in COUNTER_MARKS {
            let upper = m.to_uppercase();
            let found = |line: &str| if m.ends_with(':') { holds_colon_mark(line) } else { may_hold_counter_mark(line) };
            assert!(found(m) && found(&upper), "{m}");
        }
        assert!(is_counter("Đang ONLINE 5") && is_counter("LƯỢT TRUY CẬP 120") && !is_counter("Trang chủ"));
        assert!(names_portal("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC SƠN") && !names_portal("Cổng thông tin tỉnh"));
        let lines = ["Cơ quan chủ quản: Sở Y tế", "Email: vanphong@SoYte.gov.VN"];
        assert_eq!(portal_of(&lines).as_deref(), Some("soyte"));
        assert_eq!(portal_of(&["Liên hệ: hotro@example.com"]), None);
    }
}

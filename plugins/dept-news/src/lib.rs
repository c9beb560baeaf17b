//! The dept-news plugin: a provincial health department's news post: no headline in the
//! text, a leading photo caption ("Đồng chí X - role phát biểu tại hội nghị"), a dateline
//! paragraph ("Chiều ngày 9.4, ..."), the article with more captions between paragraphs,
//! and a closing byline ("A – B", "Tin, ảnh: A", "A - Phòng X", "A (Khoa Y)").


use vanban_plugin_sdk::byline::{closing_byline, is_photo_credit_alone, is_unit_credit, is_writer_credit, read_byline, writer_credit, Byline};
use vanban_plugin_sdk::date_stamp::{labelled_stamp, PARTED_LINE_CHARS};
use regex::{Captures, Regex};
use std::sync::LazyLock;
use std::borrow::Cow;
use vanban_plugin_sdk::furniture::is_related_marker;
use vanban_plugin_sdk::text::{char_len, is_upper_line, starts_with_lower, chars_at_most, date_stamp, ends_sentence, markup_free_lines, words_at_least};
use vanban_plugin_sdk::{Claim, Label, Page, Plugin, PluginError, PluginInfo, Stripping};

/// A lead opening with a time of day and a date: "Chiều ngày 9.4,", "Sáng 12/5,",
/// "Ngày 9 tháng 4,", "Trong hai ngày 14 - 15/3,", "Từ ngày 12 đến 14/6/2024,", and a span
/// whose first day names its month too: "Từ ngày 5/9 đến (ngày) 15/9/2025,". Groups 1-3
/// are the last day's day, month and year, which these posts usually leave out.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:sáng|chiều|tối|trưa|ngày|trong\s+(?:\d|hai|ba)\s+ngày|từ\s+ngày)\s+(?:ngày\s+|hôm\s+)?(?:\d{1,2}(?:[./]\d{1,2})?\s*(?:-|–|và|đến)\s*(?:ngày\s+)?)?(\d{1,2})(?:[./]|\s+tháng\s+)(\d{1,2})((?:[./]|\s+năm\s+)\d{2,4})?\s*,",
    )
    .expect("valid regex")
});

/// How a photo caption about people opens: a form of address, a title or a scene word.
static CAPTION_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Đồng chí|Các đồng chí|Ông|Bà|Lãnh đạo|Đại diện|Đại biểu|Các đại biểu|Bác sĩ|BS\.?|ThS\.?|TS\.?|PGS\.?|GS\.?|Thứ trưởng|Bộ trưởng|Giám đốc|Phó Giám đốc|Quang cảnh|Toàn cảnh|Đoàn|Cán bộ|Nhân viên|Y tá|Điều dưỡng)\s",
    )
    .expect("valid regex")
});

/// The longest line taken for a photo caption.
const CAPTION_CHARS: usize = 220;

/// The fewest words and the most characters of a caption between paragraphs that opens
/// in no usual way.
const INNER_CAPTION_WORDS: usize = 6;
const INNER_CAPTION_CHARS: usize = 130;

#[derive(Default)]
pub struct DeptNews;

impl Plugin for DeptNews {
    fn info(&self) -> PluginInfo {
        PluginInfo {
            name: "dept-news".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: "Health department news posts: leading caption, dateline lead, closing byline.".into(),
            provides: vec!["detect".into(), "strip".into(), "metadata".into()],
        }
    }

    fn detect(&self, page: &Page) -> Claim {
        let mut lines = markup_free_lines(page);
        set_aside_top(&mut lines);
        let mut claim = Claim::none();
        let open = opening(&lines);
        let (captioned, headed, above) = (open == Opening::Caption, open == Opening::Headline, open == Opening::LineAbove);
        claim.add(captioned, 0.4, "leading photo caption");
        // A copy that kept the page's headline over the caption and the lead.
        claim.add(headed, 0.4, "headline over a photo caption");
        // A line that opens in no usual way above the lead: a caption, or a headline.
        claim.add(above, 0.1, "a short line above the dated lead");
        let lead = if headed {
            lines.get(1 + lead_at(&lines[1..]))
        } else if captioned || above {
            lines.get(lead_at(&lines))
        } else {
            lines.first()
        };
        let dateline = lead.and_then(|l| dateline(l));
        let yearless = dateline.as_ref().is_some_and(|c| c.get(3).is_none());
        claim.add(yearless, 0.25, "dateline lead with a day and month");
        claim.add(dateline.is_some() && !yearless, 0.1, "dateline lead");
        // The post opens straight on the dated lead: no headline stands above it.
        claim.add(dateline.is_some() && !above && !headed, 0.15, "no headline above the lead");
        let byline = lines.last().and_then(|l| read_byline(l));
        let plain = byline.as_ref().filter(|b| !b.with_unit);
        claim.add(plain.is_some_and(|b| b.names.len() >= 2), 0.3, "closing byline of several names");
        claim.add(plain.is_some_and(|b| b.names.len() == 1), 0.2, "closing byline");
        // A department after the name is the health centres' habit, so it counts for less.
        claim.add(byline.as_ref().is_some_and(|b| b.with_unit), 0.15, "closing byline with a unit");
        claim
    }

    fn strip(&self, page: &Page) -> Result<Stripping, PluginError> {
        let mut lines = markup_free_lines(page);
        let top = set_aside_top(&mut lines);
        let mut out = strip_lines(&lines);
        // A stamp the post carries by its headline or under its byline is the post's own.
        if let Some((i, date)) = top.stamp {
            out.labels.insert(i, Label::Dateline);
            out.published = out.published.or(Some(date));
        }
        out.labels.splice(0..0, std::iter::repeat_n(Label::boilerplate("page-header"), top.letterhead));
        Ok(out)
    }
}

/// Labels a post's lines, its top date line set aside.
fn strip_lines(lines: &[Cow<'_, str>]) -> Stripping {
    let n = lines.len();
    let mut out = Stripping { labels: vec![Label::Body; n], ..Stripping::default() };
    // These posts carry no headline in their text: a line above the lead is a caption,
    // unless it names an event with its year and no scene ("Hội nghị tổng kết công tác
    // phòng, chống HIV/AIDS năm 2025"): a copy that kept the page's headline.
    let open = opening(lines);
    let headed = open == Opening::Headline;
    if headed || open == Opening::LineAbove && is_headline(&lines[0]) {
        out.labels[0] = Label::Title;
        let (title, stamp) = headline_stamp(&lines[0]).map_or((&*lines[0], None), |(t, d)| (t, Some(d)));
        out.title = Some(title.to_string());
        out.published = stamp;
        if headed {
            out.captions.push(lines[1].to_string());
            out.labels[1..1 + lead_at(&lines[1..])].fill(Label::Caption);
        }
    } else if open != Opening::Lead {
        out.labels[0] = Label::Caption;
        out.captions.push(lines[0].to_string());
        // The photo's credit on a line of its own under its caption.
        out.labels[1..lead_at(lines)].fill(Label::Caption);
    }
    let end = mark_tail(lines, &mut out);
    // Captions of later photos: a short line without a full stop between paragraphs.
    for i in 1..end.saturating_sub(1) {
        if out.labels[i] == Label::Body && is_inner_caption(&lines[i]) {
            out.labels[i] = Label::Caption;
            out.captions.push(lines[i].to_string());
        }
    }
    out
}

/// What stands over a post on its page, outside the post's own shapes: the unit's
/// letterhead (lines `..letterhead`) and, among the lines after it, a date line.
struct Top {
    letterhead: usize,
    stamp: Option<(usize, String)>,
}

/// Takes the page's letterhead and date line out of `lines`, and tells where they stood.
fn set_aside_top(lines: &mut Vec<Cow<'_, str>>) -> Top {
    let letterhead = letterhead_len(lines);
    lines.drain(..letterhead);
    let stamp = top_stamp(lines);
    if let Some((i, _)) = stamp {
        lines.remove(i);
    }
    Top { letterhead, stamp }
}

/// How a unit's name opens in a letterhead, in capitals: "UBND HUYỆN …" over "TRUNG TÂM Y
/// TẾ", "SỞ Y TẾ TỈNH …" over "BỆNH VIỆN ĐA KHOA …".
const LETTERHEAD_KINDS: &[&str] = &[
    "UBND ", "ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ", "SỞ Y TẾ", "TRUNG TÂM ", "BỆNH VIỆN ", "TRẠM Y TẾ", "PHÒNG Y TẾ", "CHI CỤC ",
    "TTYT ", "BVĐK ",
];

/// The most lines and words of a letterhead: a headline in capitals that opens with the
/// unit's name runs longer.
const LETTERHEAD_LINES: usize = 3;
const LETTERHEAD_WORDS: usize = 10;

/// How many of the first lines are the unit's letterhead: short lines in capitals, each
/// opening with a kind of unit, with a line in small letters under them.
fn letterhead_len<S: AsRef<str>>(lines: &[S]) -> usize {
    let is_unit = |l: &str| {
        let t = l.trim();
        LETTERHEAD_KINDS.iter().any(|k| t.starts_with(k) || t == k.trim_end()) && is_upper_line(t) && !words_at_least(t, LETTERHEAD_WORDS + 1)
    };
    let n = lines.iter().take(LETTERHEAD_LINES).take_while(|l| is_unit(l.as_ref())).count();
    let under = lines.get(n).map(AsRef::as_ref);
    if under.is_some_and(|l| l.chars().any(char::is_lowercase)) { n } else { 0 }
}

/// How far down the page a date line may stand: over the headline or the caption, or
/// between them and the lead ("Thứ Hai, 16/11/2026", "16/11/2026 - 08:30", "Ngày đăng: …").
const STAMP_REACH: usize = 3;

/// The page's date line among its first lines, and its date. A short line of a date
/// alone: one that opens with its digits, a weekday or a stamp's label, so that a caption
/// or a headline naming a day ("Ngày hội hiến máu 12/11/2026") is not one, nor a date in
/// the body, further down.
fn top_stamp<S: AsRef<str>>(lines: &[S]) -> Option<(usize, String)> {
    lines.iter().take(STAMP_REACH).enumerate().find_map(|(i, l)| {
        let t = l.as_ref().trim_start();
        let bare = t.starts_with(|c: char| c.is_ascii_digit()) || starts_with_lower(t, "thứ ") || starts_with_lower(t, "chủ nhật");
        if bare {
            date_stamp(t).map(|d| (i, d))
        } else {
            // A stamp is short and holds its date's digits: a lead is longer, a caption
            // seldom holds a figure, and neither is compared with the stamp's labels.
            let may_be_stamp = chars_at_most(t, PARTED_LINE_CHARS) && t.bytes().any(|b| b.is_ascii_digit());
            may_be_stamp.then(|| labelled_stamp(t)).flatten().map(|d| (i, d))
        }
    })
}


/// The longest line of the page's tail under the byline (a stamp, a list of other posts).
const TAIL_LINE_CHARS: usize = 100;

/// Marks the byline and the page's tail under it: the post's update stamp ("Cập nhật lúc:
/// 22/11/2026 09:30", which dates the post) and the list of other posts ("Các tin khác"
/// over their headlines). The byline is the last line that reads as one with only short
/// lines under it. Returns where the article ends.
fn mark_tail(lines: &[Cow<'_, str>], out: &mut Stripping) -> usize {
    let n = lines.len();
    let Some((b, Byline { names, .. })) = closing_byline(lines, 1, |l| char_len(l) <= TAIL_LINE_CHARS) else {
        return credit_closing(lines, out);
    };
    out.labels[b] = Label::Byline;
    out.authors = names;
    let mut listed = false;
    for i in b + 1..n {
        listed |= is_related_marker(&lines[i]);
        let stamp = (!listed).then(|| date_stamp(&lines[i])).flatten();
        out.labels[i] = match stamp {
            Some(date) => {
                out.published = out.published.take().or(Some(date));
                Label::Dateline
            }
            None if listed => Label::boilerplate("related-articles"),
            None => Label::boilerplate("page-footer"),
        };
    }
    b
}

/// Marks a last line that credits the post without naming a writer ("Tin, ảnh: Phòng
/// Nghiệp vụ Y", "Phòng Nghiệp vụ Y"): it closes the post all the same, and is no paragraph
/// of it. Returns where the article ends.
fn credit_closing(lines: &[Cow<'_, str>], out: &mut Stripping) -> usize {
    let n = lines.len();
    let Some(names) = lines.last().filter(|_| n > 2).and_then(|l| writer_credit(l).or_else(|| is_unit_credit(l).then(Vec::new))) else {
        return n;
    };
    out.labels[n - 1] = Label::Byline;
    out.authors = names;
    n - 1
}

fn is_caption(line: &str) -> bool {
    chars_at_most(line, CAPTION_CHARS) && !ends_sentence(line) && CAPTION_OPENING.is_match(line)
}

/// A caption between paragraphs: no headline stands there, so a short line of several
/// words that does not end a sentence is one, whatever its opening. (A last paragraph
/// that lost its full stop is longer.)
fn is_inner_caption(line: &str) -> bool {
    // The words are counted last, and only up to the fewest: this runs on every paragraph.
    is_caption(line)
        || (chars_at_most(line, INNER_CAPTION_CHARS) && !ends_sentence(line) && words_at_least(line, INNER_CAPTION_WORDS))
}

/// Words of a photo's scene, which a headline does not describe.
const SCENE_WORDS: &[&str] = &["phát biểu", "tại điểm cầu", "trao ", "tặng ", "chụp ảnh", "thăm ", "ảnh:", "(ảnh", "quang cảnh", "toàn cảnh"];

/// A headline rather than a caption: it names a year ("… năm 2025") and no scene, or it
/// opens with the place it reports from ("Tân Phú: Hơn 2.000 người được khám miễn phí"),
/// as news headlines do and captions never.
fn is_headline(line: &str) -> bool {
    if opens_with_place(line) {
        return true;
    }
    let lower = line.to_lowercase();
    let year = lower.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    year && !SCENE_WORDS.iter().any(|w| lower.contains(w))
}

/// The most words of a place set before a headline's colon.
const PLACE_WORDS: usize = 4;
/// The fewest words of the headline after the place: a credit ("Nguồn: Báo X") is shorter.
const HEADLINE_AFTER_PLACE_WORDS: usize = 4;

/// Whether the line opens with a place's name and a colon: one to [`PLACE_WORDS`] words,
/// each capitalised, none a figure, and none a credit's label ("Ảnh: Thu Hà").
fn opens_with_place(line: &str) -> bool {
    let Some((head, rest)) = line.split_once(": ") else { return false };
    let words = head.split_whitespace();
    let n = words.clone().count();
    (1..=PLACE_WORDS).contains(&n)
        && words_at_least(rest, HEADLINE_AFTER_PLACE_WORDS)
        && words.clone().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        && !is_photo_credit_alone(line)
        && !is_writer_credit(line)
}

/// How a post opens above its lead, read the same way by detect and strip.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Opening {
    /// A photo's caption ([`leading_caption`]).
    Caption,
    /// A headline over the caption ([`headline_over_caption`]).
    Headline,
    /// Some other short line ([`line_above_lead`]): a caption, or a headline.
    LineAbove,
    /// The lead itself, or nothing known.
    Lead,
}

fn opening<S: AsRef<str>>(lines: &[S]) -> Opening {
    if leading_caption(lines) {
        Opening::Caption
    } else if headline_over_caption(lines) {
        Opening::Headline
    } else if line_above_lead(lines) {
        Opening::LineAbove
    } else {
        Opening::Lead
    }
}

/// A headline (see [`is_headline`]) over a leading caption and its dated lead.
fn headline_over_caption<S: AsRef<str>>(lines: &[S]) -> bool {
    lines.len() > 2 && leading_caption(&lines[1..]) && {
        let first = lines[0].as_ref();
        chars_at_most(first, CAPTION_CHARS) && !ends_sentence(first) && !is_caption(first) && is_headline(first)
    }
}

/// The post's stamp a headline carries at its end ("… (cập nhật 20/11/2026 09:15)"): the
/// headline without it, and its date. Only a labelled stamp: a date alone in a headline
/// ("Hội nghị … ngày 05/12/2026") is the event's, which the lead tells too.
fn headline_stamp(line: &str) -> Option<(&str, String)> {
    let inner = line.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let date = labelled_stamp(&inner[open + 1..])?;
    Some((line[..open].trim_end(), date))
}

/// Where the lead stands when the first line is a caption: the second line, or the third
/// when the photo's credit has a line of its own between them ("Ảnh: Thu Trang").
fn lead_at<S: AsRef<str>>(lines: &[S]) -> usize {
    if lines.get(1).is_some_and(|l| is_photo_credit_alone(l.as_ref())) {
        2
    } else {
        1
    }
}

/// A short first line without a full stop, with a dated lead under it.
fn line_above_lead<S: AsRef<str>>(lines: &[S]) -> bool {
    match (lines.first().map(AsRef::as_ref), lines.get(lead_at(lines)).map(AsRef::as_ref)) {
        (Some(first), Some(second)) => chars_at_most(first, CAPTION_CHARS) && !ends_sentence(first) && is_dateline(second),
        _ => false,
    }
}

/// The first line is a caption when it reads like one and a dated lead follows it.
fn leading_caption<S: AsRef<str>>(lines: &[S]) -> bool {
    // The lead first: most pages have none, and then the caption regex is not needed.
    match (lines.first().map(AsRef::as_ref), lines.get(lead_at(lines)).map(AsRef::as_ref)) {
        (Some(first), Some(second)) => is_dateline(second) && is_caption(first),
        _ => false,
    }
}

fn is_dateline(line: &str) -> bool {
    may_be_dateline(line) && DATELINE.is_match(line)
}

fn dateline(line: &str) -> Option<Captures<'_>> {
    may_be_dateline(line).then(|| DATELINE.captures(line)).flatten()
}

/// Whether [`DATELINE`] may match: it needs a comma, and each of its openings holds one of
/// these letters (in either case), so a line without them is told without the regex.
fn may_be_dateline(line: &str) -> bool {
    line.contains(',') && line.contains(['á', 'Á', 'ề', 'Ề', 'ố', 'Ố', 'ư', 'Ư', 'à', 'À', 'ừ', 'Ừ'])
}


vanban_plugin_sdk::export_plugin!(DeptNews);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byline_stands_over_the_update_stamp_and_the_list_of_other_posts() {
        let text = "Quang cảnh buổi làm việc\nSáng ngày 3/12, Sở Y tế làm việc với Bệnh viện Đa khoa khu vực về công tác khám, chữa bệnh và tự chủ tài chính năm 2026, với sự tham dự của lãnh đạo các khoa, phòng.\nĐoàn đề nghị bệnh viện đẩy mạnh chuyển đổi số trong khám, chữa bệnh.\nMai Lan\nCập nhật lúc: 04/12/2026 10:15\nCác tin khác\nTập huấn phòng chống sốt rét (01/12/2026)\nHội thảo dinh dưỡng lâm sàng (28/11/2026)";
        let page = Page::from_text("tin.txt", text);
        let s = DeptNews.strip(&page).expect("strip");
        assert_eq!(s.authors, ["Mai Lan"]);
        assert_eq!(s.published.as_deref(), Some("2026-12-04T10:15"));
        assert_eq!(s.captions, ["Quang cảnh buổi làm việc"]);
        assert!(s.labels[6..].iter().all(|l| *l == Label::boilerplate("related-articles")), "{:?}", s.labels);
    }

    #[test]
    fn a_credit_to_a_department_closes_the_post() {
        let caption = "Đồng chí Giám đốc Sở Y tế phát biểu tại buổi làm việc";
        let rest = "Sáng ngày 4.11, đoàn công tác của Sở Y tế làm việc với Bệnh viện Đa khoa huyện về công tác khám, chữa bệnh và tự chủ tài chính.\nĐoàn đề nghị bệnh viện báo cáo phương án tự chủ trước ngày 30/11/2026.";
        for credit in ["Tin, ảnh: Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Y"] {
            let page = Page::from_text("tin.txt", &format!("{caption}\n{rest}\n{credit}"));
            let s = DeptNews.strip(&page).expect("strip");
            assert_eq!(s.labels[3], Label::Byline, "{credit}");
            assert!(s.authors.is_empty());
            assert_eq!(s.labels.iter().filter(|l| **l == Label::Body).count(), 2);
        }
    }

    #[test]
    fn a_date_line_near_the_top_dates_the_post() {
        let caption = "Đồng chí Lục Văn Kha - Phó Giám đốc Sở Y tế phát biểu tại hội nghị";
        let rest = "Sáng ngày 18/11, Sở Y tế tổ chức hội nghị triển khai chiến dịch tiêm vắc xin sởi tại 12 xã vùng cao.\nNgày 10/11/2026, ngành y tế đã cấp 3.400 liều vắc xin cho các huyện.\nTú Anh";
        for (text, stamp, date) in [
            (format!("Thứ Năm, 19/11/2026\n{caption}\n{rest}"), 0, "2026-11-19"),
            (format!("{caption}\n19/11/2026 - 08:30\n{rest}"), 1, "2026-11-19T08:30"),
            (format!("Ngày đăng: 19/11/2026\n{caption}\n{rest}"), 0, "2026-11-19"),
        ] {
            let page = Page::from_text("tin.txt", &text);
            assert!(DeptNews.detect(&page).score >= 0.5, "{:?}", DeptNews.detect(&page));
            let s = DeptNews.strip(&page).expect("strip");
            assert_eq!(s.published.as_deref(), Some(date));
            assert_eq!(s.labels[stamp], Label::Dateline);
            assert_eq!(s.captions, [caption]);
            assert_eq!(s.title, None);
            assert_eq!(s.authors, ["Tú Anh"]);
            assert_eq!(s.labels.iter().filter(|l| **l == Label::Body).count(), 2);
        }
        // A date in the body, or a headline naming a day, is no date line.
        assert_eq!(top_stamp(&["Ngày hội hiến máu 12/11/2026", "x"]), None);
        assert_eq!(top_stamp(&["a", "b", "c", "19/11/2026"]), None);
    }

    #[test]
    fn a_letterhead_over_the_post_is_the_pages_header() {
        let text = "UBND HUYỆN SUỐI BẠC\nTRUNG TÂM Y TẾ\nQuang cảnh buổi tập huấn\nChiều ngày 14/9, Trung tâm Y tế huyện tổ chức lớp tập huấn kiểm soát nhiễm khuẩn cho 60 điều dưỡng.\nLớp học giúp học viên nắm vững quy trình rửa tay.\nKhánh Linh";
        let page = Page::from_text("tin.txt", text);
        assert!(DeptNews.detect(&page).score >= 0.5, "{:?}", DeptNews.detect(&page));
        let s = DeptNews.strip(&page).expect("strip");
        assert_eq!(&s.labels[..3], [Label::boilerplate("page-header"), Label::boilerplate("page-header"), Label::Caption]);
        assert_eq!(s.title, None);
        assert_eq!(s.captions, ["Quang cảnh buổi tập huấn"]);
        // A headline in capitals, or capitals with no text in small letters under them.
        assert_eq!(letterhead_len(&["TRUNG TÂM Y TẾ HUYỆN SUỐI BẠC TỔ CHỨC TẬP HUẤN KIỂM SOÁT NHIỄM KHUẨN", "Chiều ngày 14/9, x."]), 0);
        assert_eq!(letterhead_len(&["SỞ Y TẾ TỈNH ĐỒNG MÂY", "BỆNH VIỆN ĐA KHOA KHU VỰC BẮC SUỐI", "Quang cảnh"]), 2);
        assert_eq!(letterhead_len(&["SỞ Y TẾ", "BÁO CÁO", "Kết quả"]), 0);
    }

    #[test]
    fn a_credit_line_between_the_caption_and_the_lead() {
        let text = "Đoàn công tác của Sở Y tế kiểm tra công tác phòng chống dịch tại huyện Mây Trắng\nẢnh: Ngọc Bích\nNgày 9/10/2026, đoàn công tác của Sở Y tế đã kiểm tra công tác phòng chống sốt xuất huyết tại huyện Mây Trắng, nơi ghi nhận 57 ca mắc từ đầu năm.\nĐoàn đề nghị Trung tâm Y tế huyện tăng cường giám sát các ổ dịch.\nNgọc Bích";
        let page = Page::from_text("tin.txt", text);
        assert!(DeptNews.detect(&page).score >= 0.5, "{:?}", DeptNews.detect(&page));
        let s = DeptNews.strip(&page).expect("strip");
        assert_eq!(s.captions, ["Đoàn công tác của Sở Y tế kiểm tra công tác phòng chống dịch tại huyện Mây Trắng"]);
        assert_eq!(&s.labels[..3], [Label::Caption, Label::Caption, Label::Body]);
        assert_eq!(s.authors, ["Ngọc Bích"]);
    }

    #[test]
    fn a_headline_over_the_caption_and_its_update_stamp() {
        let text = "Sở Y tế kiểm tra phòng chống dịch tại huyện Núi Vàng (cập nhật 21/11/2026 09:15)\nĐồng chí Tạ Văn Lực - Giám đốc Sở Y tế kiểm tra khu điều trị\nChiều ngày 19.11, đoàn công tác của Sở Y tế đã kiểm tra công tác phòng chống sốt xuất huyết tại huyện Núi Vàng.\nTừ đầu năm, huyện ghi nhận 143 ca mắc.\nHoài An – Phúc Khang";
        let page = Page::from_text("tin.txt", text);
        assert!(DeptNews.detect(&page).score >= 0.5, "{:?}", DeptNews.detect(&page));
        let s = DeptNews.strip(&page).expect("strip");
        assert_eq!(s.title.as_deref(), Some("Sở Y tế kiểm tra phòng chống dịch tại huyện Núi Vàng"));
        assert_eq!(s.published.as_deref(), Some("2026-11-21T09:15"));
        assert_eq!(s.captions, ["Đồng chí Tạ Văn Lực - Giám đốc Sở Y tế kiểm tra khu điều trị"]);
        assert_eq!(&s.labels[..3], [Label::Title, Label::Caption, Label::Body]);
        // A date alone in a headline is the event's, not the post's.
        assert_eq!(headline_stamp("Hội nghị tổng kết công tác dân số năm 2026 (05/12/2026)"), None);
        // A headline without a year is not told from a caption.
        assert!(!headline_over_caption(&["Sở Y tế kiểm tra phòng chống dịch", "Đồng chí Tạ Văn Lực phát biểu", "Chiều ngày 19.11, đoàn đến."]));
    }

    #[test]
    fn datelines_captions_bylines() {
        assert!(DATELINE.is_match("Sáng ngày 3.11, Sở Y tế tổ chức tập huấn."));
        assert!(DATELINE.is_match("Chiều 21/6, đoàn kiểm tra làm việc."));
        assert!(!DATELINE.is_match("Trong quý I, ngành Y tế đã làm tốt."));
        assert!(DATELINE.is_match("Ngày 7 tháng 5, Sở Y tế kiểm tra."));
        assert!(DATELINE.is_match("Trong hai ngày 14 - 15/3, Sở Y tế tập huấn."));
        assert!(DATELINE.captures("Từ ngày 2 đến 6/9/2024, đoàn giám sát.").is_some_and(|c| c.get(3).is_some()));
        // A span whose first day names its month: the last day is read.
        for line in ["Từ ngày 5/9 đến 15/9/2025, đoàn kiểm tra 38 cơ sở.", "Từ ngày 29/9 đến ngày 1/10/2025, Trung tâm tiêm vắc xin."] {
            let c = DATELINE.captures(line).expect(line);
            assert!(c.get(3).is_some(), "{line}");
        }
        assert_eq!(&DATELINE.captures("Trong hai ngày 14/3 - 15/3, Sở Y tế tập huấn.").expect("span")[1], "15");
        for line in ["TỐI 3/11, đoàn đến.", "Trong 3 ngày 4/5, x", "Từ ngày 2/6, y", "Ngày 9 tháng 4, z", "Chiều nay đoàn đến", "Sang 3/11, x"] {
            assert_eq!(is_dateline(line), DATELINE.is_match(line), "{line}");
        }
        assert!(leading_caption(&["Đồng chí Lê Văn Tâm phát biểu", "Sáng 3/11, hội nghị khai mạc."]));
        assert!(!leading_caption(&["Đồng chí Lê Văn Tâm phát biểu", "Hội nghị khai mạc."]));
        assert!(is_headline("Hội nghị tổng kết công tác phòng, chống HIV/AIDS năm 2025"));
        assert!(!is_headline("Quang cảnh hội nghị tổng kết năm 2025"));
        assert!(!is_headline("Lãnh đạo Sở Y tế thăm khoa Nhi"));
        // A place before a colon opens a news headline, never a caption.
        assert!(is_headline("Ea Lốp: Hơn 1.500 người được khám bệnh miễn phí"));
        assert!(!is_headline("Ảnh: Thu Hà"));
        assert!(!is_headline("Nguồn: Báo Hòa Bắc"));
        assert!(!is_headline("Đồng chí Giám đốc phát biểu: cần quyết liệt hơn"));
        assert!(is_caption("Đồng chí Lê Văn Tâm - Giám đốc Sở Y tế phát biểu tại buổi lễ"));
        assert!(!is_caption("Đồng chí Lê Văn Tâm phát biểu tại buổi lễ."));
        assert!(is_inner_caption("Học viên thực hành cấp cứu trên mô hình tại lớp tập huấn"));
        assert!(!is_inner_caption("Kết quả nổi bật"));
        assert!(!is_inner_caption("Hội nghị đã thống nhất các nội dung trọng tâm của năm."));
    }
}

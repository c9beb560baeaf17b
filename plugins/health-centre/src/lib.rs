//! The health-centre plugin: a district health centre's news post: a stray view counter at
//! the top, the headline (sometimes with a posting date under it), the article with photo
//! captions between paragraphs, and a closing byline that names the author's department
//! ("A-Phòng X", "A (Khoa Y)", "Tin, ảnh: A - Phòng Z").


use vanban_plugin_sdk::byline::{closing_byline, is_source_credit, is_unit_credit, read_byline, source_writers, writer_credit};
use vanban_plugin_sdk::furniture::{is_attachment_marker, is_related_marker};
use regex::Regex;
use std::sync::LazyLock;
use vanban_plugin_sdk::text::{char_len, chars_at_most, ends_sentence, markup_free_lines, parse_dmy_datetime, starts_with_lower, words_at_least};
use vanban_plugin_sdk::{Claim, Label, Page, Plugin, PluginError, PluginInfo, Stripping};

/// The page's view counter: a bare number ("27", "1.024") or a labelled one
/// ("Lượt xem: 31", "Số lượt xem: 56", "Đã xem: 8", "120 lượt xem").
static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:số\s+)?(?:lượt|lần)\s+(?:xem|truy cập|đọc)|đã xem|views?|hits?)?\s*:?\s*(?:\d{1,3}(?:[.,]\d{3})+|\d{1,7})(?:\s+(?:lượt xem|lượt truy cập|views?))?$",
    )
    .expect("valid regex")
});

/// An article opening with a full date: "Ngày 12/3/2021, ..." (possibly after a time of day).
static DATED_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:sáng|chiều|tối|trưa)?\s*(?:ngày|hôm)\s+\d{1,2}/\d{1,2}/\d{4}").expect("valid regex")
});

/// The posting date under or over the headline: "Ngày đăng: 12/10/2023 08:15",
/// "Cập nhật: 12/10/2023", "12/10/2023 | 08:15", "Thứ Năm, 12/10/2023", and with the view
/// counter beside it: "12/10/2023 | Lượt xem: 123".
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:ngày\s+)?(?:đăng|cập nhật|đăng tải|xuất bản)(?:\s+(?:ngày|lúc))?|thời gian(?:\s+đăng)?|ngày|thứ\s+\S+|chủ nhật)?\s*[:,]?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[,|-]?\s*(?:lúc\s*)?\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*\|\s*(?:số\s+)?(?:lượt|lần)\s+(?:xem|truy cập|đọc)\s*:?\s*(?:\d{1,3}(?:[.,]\d{3})+|\d{1,7}))?$",
    )
    .expect("valid regex")
});

/// The most characters and the fewest words of a photo caption between paragraphs.
const CAPTION_CHARS: usize = 130;
const CAPTION_WORDS: usize = 6;
/// The fewest words of a caption opening with a photo's label, the label included.
const LABELLED_CAPTION_WORDS: usize = 3;

#[derive(Default)]
pub struct HealthCentre;

impl Plugin for HealthCentre {
    fn info(&self) -> PluginInfo {
        PluginInfo {
            name: "health-centre".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: "District health centre posts: view counter, headline, Author-Department byline.".into(),
            provides: vec!["detect".into(), "strip".into(), "metadata".into()],
        }
    }

    fn detect(&self, page: &Page) -> Claim {
        let lines = markup_free_lines(page);
        let mut claim = Claim::none();
        let last = lines.last().map(|l| &**l).unwrap_or("");
        claim.add(read_byline(last).is_some_and(|b| b.with_unit), 0.35, "closing Author-Department byline");
        let title = title_index(&lines);
        claim.add(title.is_some_and(|t| t > 0 && is_unit_header(&lines[t - 1])), 0.2, "centre's name in capitals over the headline");
        // "Tin, ảnh: Phòng Dân số - Truyền thông": the centres credit a post to the
        // department that wrote it, with no writer named.
        claim.add(credits_a_unit(last), 0.15, "closing credit to a department");
        let date_line = title.and_then(|t| lines.get(t + 1)).filter(|l| is_date_line(l));
        let dated = date_line.is_some();
        // The counter stands above the headline, or beside the posting date under it.
        let counted = lines.first().is_some_and(|l| is_counter(l)) || date_line.is_some_and(|l| l.contains('|') && ends_in_counter(l));
        claim.add(counted, 0.35, "view counter above the headline or beside its date");
        let lead = title.map(|t| t + 1 + usize::from(dated));
        claim.add(lead.is_some_and(|i| lines.get(i).is_some_and(|l| is_dated_lead(l))), 0.2, "headline over a dated lead");
        claim.add(dated, 0.2, "posting date under the headline");
        claim.add(lines.iter().rev().take(3).any(|l| l.ends_with("./.")), 0.1, "closing \"./.\"");
        claim
    }

    fn strip(&self, page: &Page) -> Result<Stripping, PluginError> {
        let lines = markup_free_lines(page);
        let n = lines.len();
        let mut out = Stripping { labels: vec![Label::Body; n], ..Stripping::default() };
        let title = title_index(&lines);
        let mut first = title.map_or(0, |t| t + 1);
        for i in 0..title.unwrap_or(0) {
            out.labels[i] = if COUNTER.is_match(&lines[i]) { Label::boilerplate("counter") } else { Label::boilerplate("page-header") };
        }
        if let Some(t) = title {
            out.labels[t] = Label::Title;
            out.title = Some(lines[t].to_string());
        }
        if let Some(date) = lines.get(first).filter(|l| title.is_some() && DATE_LINE.is_match(l)) {
            out.labels[first] = Label::Dateline;
            out.published = parse_dmy_datetime(date);
            first += 1;
        }
        // "Đăng bởi: Quản trị viên" under the headline: the site's account that posted it,
        // a writer only when it reads as names.
        if let Some(poster) = lines.get(first).filter(|_| title.is_some()).and_then(|l| poster_of(l)) {
            out.labels[first] = match read_byline(poster) {
                Some(byline) => {
                    out.authors = byline.names;
                    Label::Byline
                }
                None => Label::boilerplate("poster"),
            };
            first += 1;
        }
        // Only a byline after the last paragraph; lines after it are page furniture.
        let end = if let Some((b, byline)) = closing_byline(&lines, first, |l| char_len(l) < 100) {
            out.authors = byline.names;
            out.labels[b] = Label::Byline;
            for label in out.labels.iter_mut().skip(b + 1) {
                *label = Label::boilerplate("page-footer");
            }
            b
        } else {
            // "Các tin khác" and the headlines under it, or "Tệp đính kèm:" and the files
            // under it, where no byline stands over them.
            let tail = (first..n).find(|&i| is_related_marker(&lines[i]) || is_attachment_marker(&lines[i])).unwrap_or(n);
            let reason = if tail < n && is_attachment_marker(&lines[tail]) { "attachments" } else { "related-articles" };
            for label in &mut out.labels[tail..] {
                *label = Label::boilerplate(reason);
            }
            // "BBT", "PV", "Theo Báo X": the board or the source credited, no writer named;
            // so is a department alone ("Phòng Kế hoạch - Nghiệp vụ").
            // "Theo Hà Linh / Báo X" names the writer of the piece taken beside the paper.
            let credit = |l: &str| writer_credit(l).or_else(|| source_writers(l)).or_else(|| (is_source_credit(l) || is_unit_credit(l)).then(Vec::new));
            match lines[..tail].last().filter(|_| tail > first + 1).and_then(|l| credit(l)) {
                // A credit naming no writer ("Tin, ảnh: Phòng Dân số - Truyền thông") closes
                // the post all the same: no paragraph of it.
                Some(names) => {
                    out.authors = names;
                    out.labels[tail - 1] = Label::Byline;
                    tail - 1
                }
                None => tail,
            }
        };
        // Photo captions stand between the first and the last paragraph.
        for i in (first + 1)..end.saturating_sub(1) {
            if is_caption(&lines[i]) {
                out.labels[i] = Label::Caption;
                out.captions.push(lines[i].to_string());
            }
        }
        Ok(out)
    }
}


/// Words a site's line naming who posted the article opens with, and whether a colon must
/// follow them: "Tác giả" and "Người viết" may open a sentence, "Đăng bởi" never does.
const POSTER_LEADS: &[(&str, bool)] =
    &[("đăng bởi", false), ("cập nhật bởi", false), ("người đăng", true), ("người viết", true), ("người cập nhật", true), ("tác giả", true)];

/// What follows a poster's lead ("Đăng bởi: Quản trị viên" gives "Quản trị viên").
fn poster_of(line: &str) -> Option<&str> {
    let line = line.trim_start();
    let (lead, colon) = POSTER_LEADS.iter().find(|(w, _)| starts_with_lower(line, w))?;
    // A Vietnamese letter keeps its length in bytes when lowered: the lead is as long here.
    let rest = line.get(lead.len()..)?.trim_start();
    let rest = match rest.strip_prefix(':') {
        Some(after) => after.trim(),
        None if !colon => rest.trim(),
        None => return None,
    };
    (!rest.is_empty() && char_len(rest) <= 60).then_some(rest)
}

/// The headline: the first line of three words or more that does not end a sentence and
/// stands before the first paragraph, past the centre's name in capitals over it.
fn title_index<S: AsRef<str>>(lines: &[S]) -> Option<usize> {
    let i = lines.iter().map(AsRef::as_ref).position(|l| !is_counter(l) && words_at_least(l, 3))?;
    let i = if is_unit_header(lines[i].as_ref()) && lines.get(i + 1).is_some_and(|l| is_headline_under_header(l.as_ref())) { i + 1 } else { i };
    let line = lines[i].as_ref();
    (chars_at_most(line, 250) && !ends_sentence(line)).then_some(i)
}

/// Kinds of health unit whose name in capitals may head its own post: "TRUNG TÂM Y TẾ
/// HUYỆN …", "BỆNH VIỆN ĐA KHOA …".
const UNIT_HEADERS: &[&str] = &["TRUNG TÂM Y TẾ ", "BỆNH VIỆN ", "TRẠM Y TẾ ", "TTYT "];

/// A unit's name in capitals over the headline. Short: a headline in capitals that opens
/// with the centre's name ("TRUNG TÂM Y TẾ HUYỆN … TẬP HUẤN …") runs longer.
fn is_unit_header(line: &str) -> bool {
    UNIT_HEADERS.iter().any(|k| line.starts_with(k)) && !line.chars().any(char::is_lowercase) && !words_at_least(line, 10)
}

/// Whether the line credits the post to a unit and no writer ("Tin, ảnh: Phòng Dân số -
/// Truyền thông").
fn credits_a_unit(line: &str) -> bool {
    writer_credit(line).is_some_and(|names| names.is_empty())
}

/// A line that may be the headline under a unit's name: in small letters, not a date, a
/// counter or a sentence.
fn is_headline_under_header(line: &str) -> bool {
    line.chars().any(char::is_lowercase) && words_at_least(line, 3) && !ends_sentence(line) && !is_counter(line) && !is_date_line(line)
}

/// Whether the line ends in a labelled view counter ("… | Lượt xem: 123").
fn ends_in_counter(line: &str) -> bool {
    line.rsplit('|').next().is_some_and(|last| {
        let last = last.trim();
        last.chars().next().is_some_and(|c| !c.is_numeric()) && is_counter(last)
    })
}

/// [`COUNTER`], run only on a line it may match: one opening like a match, ending in a
/// digit or in the last letter of a label, and holding a digit (the regex's `\d` digits
/// are numeric chars).
fn is_counter(line: &str) -> bool {
    let last = line.chars().next_back();
    opens_like_counter(line)
        && last.is_some_and(|c| c.is_numeric() || matches!(c, 'm' | 'M' | 'p' | 'P' | 'w' | 'W' | 's' | 'S' | 'ſ'))
        && line.chars().any(char::is_numeric)
        && COUNTER.is_match(line)
}

/// Whether the line opens as a [`COUNTER`] match does: with a digit, a blank or ":", or the
/// first two letters of a label ("số", "lượt", "lần", "đã xem", "view", "hit") in a case
/// the regex accepts ("ſ" is an "s" to it).
fn opens_like_counter(line: &str) -> bool {
    let mut cs = line.chars();
    match cs.next() {
        Some(c) if c.is_numeric() || c.is_whitespace() || c == ':' => true,
        Some('s' | 'S' | 'ſ') => matches!(cs.next(), Some('ố' | 'Ố')),
        Some('l' | 'L') => matches!(cs.next(), Some('ư' | 'Ư' | 'ầ' | 'Ầ')),
        Some('đ' | 'Đ') => matches!(cs.next(), Some('ã' | 'Ã')),
        Some('v' | 'V' | 'h' | 'H') => matches!(cs.next(), Some('i' | 'I')),
        _ => false,
    }
}

/// [`DATE_LINE`], run only on a line that ends in a digit and opens like a match.
fn is_date_line(line: &str) -> bool {
    opens_like_date_line(line) && line.chars().next_back().is_some_and(char::is_numeric) && DATE_LINE.is_match(line)
}

/// Whether the line opens as a [`DATE_LINE`] match does: with a digit, a blank, ":" or ",",
/// or the first letters of one of its labels ("ngày", "đăng", "cập nhật", "xuất bản",
/// "thời gian", "thứ", "chủ nhật") in some case.
fn opens_like_date_line(line: &str) -> bool {
    let mut cs = line.chars();
    match cs.next() {
        Some(c) if c.is_numeric() || c.is_whitespace() || c == ':' || c == ',' => true,
        Some('t' | 'T') => matches!(cs.next(), Some('h' | 'H')) && matches!(cs.next(), Some('ờ' | 'Ờ' | 'ứ' | 'Ứ')),
        Some('c' | 'C') => match cs.next() {
            Some('ậ' | 'Ậ') => true,
            Some('h' | 'H') => matches!(cs.next(), Some('ủ' | 'Ủ')),
            _ => false,
        },
        Some('n' | 'N') => matches!(cs.next(), Some('g' | 'G')) && matches!(cs.next(), Some('à' | 'À')),
        Some('x' | 'X') => matches!(cs.next(), Some('u' | 'U')) && matches!(cs.next(), Some('ấ' | 'Ấ')),
        Some('đ' | 'Đ') => matches!(cs.next(), Some('ă' | 'Ă')),
        _ => false,
    }
}

/// [`DATED_LEAD`], run only on a line with a "/" and the "à" of "ngày" or the "ô" of
/// "hôm" (in either case), as every match has.
fn is_dated_lead(line: &str) -> bool {
    line.contains('/') && line.contains(['à', 'À', 'ô', 'Ô']) && DATED_LEAD.is_match(line)
}

/// A short line of several words without a full stop, standing between paragraphs; fewer
/// words will do after a photo's label ("Hình: Toàn cảnh hội nghị").
fn is_caption(line: &str) -> bool {
    let fewest = if opens_with_photo_label(line) { LABELLED_CAPTION_WORDS } else { CAPTION_WORDS };
    chars_at_most(line, CAPTION_CHARS) && !ends_sentence(line) && words_at_least(line, fewest)
}

/// The labels a photo's caption may open with, lower case.
const PHOTO_LABELS: &[&str] = &["ảnh:", "hình:", "hình ảnh:", "ảnh minh họa", "ảnh minh hoạ"];

/// Whether the line opens with one of [`PHOTO_LABELS`].
fn opens_with_photo_label(line: &str) -> bool {
    // Every label opens with "ả" or "h" in some case: most lines are told by their first letter.
    line.starts_with(['Ả', 'ả', 'H', 'h']) && PHOTO_LABELS.iter().any(|label| starts_with_lower(line, label))
}

vanban_plugin_sdk::export_plugin!(HealthCentre);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_and_bylines() {
        assert!(COUNTER.is_match("245"));
        assert!(COUNTER.is_match("Lượt xem: 31"));
        assert!(COUNTER.is_match("Số lượt xem: 31"));
        assert!(COUNTER.is_match("2.318"));
        assert!(COUNTER.is_match("75 lượt xem"));
        assert!(!COUNTER.is_match("Năm 2020"));
        assert!(!COUNTER.is_match("12/2020"));
        assert!(read_byline("Thanh Hòa-Khoa Dược").is_some_and(|b| b.with_unit));
        assert!(read_byline("Kim Oanh (Phòng Điều dưỡng)").is_some_and(|b| b.with_unit));
        assert!(read_byline("Kim Oanh – Bảo Trâm").is_some_and(|b| !b.with_unit));
    }

    #[test]
    fn quick_tests_never_rule_out_a_match() {
        for line in [
            "245", "Lượt xem: 31", "75 lượt xem", "120 VIEWS", "Hits: 9", "12 lượt truy cập", "Năm 2020", "Tin 3 mới",
            "ſố lần đọc: 12", "SỐ LƯỢT XEM 1.024", "Lần truy cập 7", "Đã xem: 8", "View 3", ": 45", " 9", "How 5 tips",
        ] {
            assert_eq!(is_counter(line), COUNTER.is_match(line), "{line}");
        }
        for line in [
            "Ngày đăng: 03/02/2022 14:05", "03/02/2022 | 14:05", "Ngày 03/02/2022, tập huấn.", "Thứ Hai, 03/02/2022",
            "THỜI GIAN ĐĂNG: 03/02/2022", "Chủ nhật, 5/6/2022", "Xuất bản 1-2-2023 08h30", ": 3.4.2021", "Đăng tải 2/2/2022",
            "Cập nhật lúc 03/02/2022", "The 3/4/2020", "  12/12/2012", "CHỦ NHẬT 5/6/2022", "Copyright 2019",
            "ngày 3/4/2021", "Xuat 3/4/2021", "đăng lúc 3/4/2021 9h15", ", 3/4/2021",
        ] {
            assert_eq!(is_date_line(line), DATE_LINE.is_match(line), "{line}");
        }
        for line in ["Ngày 12/3/2021, Trung tâm", "SÁNG HÔM 2/5/2022 đoàn", "Chiều 12/3, đoàn", "Hôm qua"] {
            assert_eq!(is_dated_lead(line), DATED_LEAD.is_match(line), "{line}");
        }
        assert_eq!(title_index(&["1.024", "Khám bệnh miễn phí cho người cao tuổi"]), Some(1));
    }

    #[test]
    fn the_account_that_posted_under_the_headline_is_no_writer_but_a_name_is() {
        let text = "56\n\nTrạm Y tế xã tổ chức khám sàng lọc cho người cao tuổi\n\nĐăng bởi: Quản trị viên\n\nSáng ngày 14/11/2026, Trạm Y tế xã Hòa Lạc tổ chức khám sàng lọc bệnh tăng huyết áp, đái tháo đường cho 230 người cao tuổi trên địa bàn xã.";
        let page = Page::from_text("tin.txt", text);
        let s = HealthCentre.strip(&page).expect("strip");
        assert_eq!(s.labels[2], Label::boilerplate("poster"));
        assert!(s.authors.is_empty());
        let page = Page::from_text("tin.txt", &text.replace("Quản trị viên", "Đoàn Minh Khuê"));
        let s = HealthCentre.strip(&page).expect("strip");
        assert_eq!((s.labels[2].clone(), s.authors), (Label::Byline, vec!["Đoàn Minh Khuê".to_string()]));
        assert_eq!(poster_of("Người viết: Lê Hà"), Some("Lê Hà"));
        assert_eq!(poster_of("Tác giả bài viết cho biết thêm về dịch bệnh"), None);
        assert_eq!(poster_of("Đăng bởi Ban biên tập"), Some("Ban biên tập"));
    }

    #[test]
    fn a_post_under_its_centres_name_with_a_counter_beside_its_date() {
        let text = "TRUNG TÂM Y TẾ HUYỆN PHÚ LẠC SƠN\n\nTrạm Y tế xã Bình Hòa khám sàng lọc cho người cao tuổi\n\n09/11/2026 | Lượt xem: 214\n\nSáng ngày 08/11/2026, Trạm Y tế xã Bình Hòa tổ chức khám sàng lọc bệnh tăng huyết áp cho 180 người cao tuổi trên địa bàn xã.\n\nNgười cao tuổi được đo huyết áp, xét nghiệm đường huyết và tư vấn chế độ ăn uống.";
        let page = Page::from_text("tin.txt", text);
        assert!(HealthCentre.detect(&page).score >= 0.5, "{:?}", HealthCentre.detect(&page));
        let s = HealthCentre.strip(&page).expect("strip");
        assert_eq!(s.labels[0], Label::boilerplate("page-header"));
        assert_eq!(s.title.as_deref(), Some("Trạm Y tế xã Bình Hòa khám sàng lọc cho người cao tuổi"));
        assert_eq!((s.labels[2].clone(), s.published.as_deref()), (Label::Dateline, Some("2026-11-09")));
        // A headline in capitals that opens with the centre's name is the headline.
        assert_eq!(title_index(&["TRUNG TÂM Y TẾ HUYỆN PHÚ LẠC SƠN TỔ CHỨC TẬP HUẤN PHÒNG CHỐNG DỊCH", "Ngày đăng: 09/11/2026"]), Some(0));
        assert!(!ends_in_counter("09/11/2026 | 14:05"));
    }

    #[test]
    fn a_post_under_its_centres_name_dated_and_credited_to_a_department() {
        let post = "Tập huấn kỹ năng truyền thông dân số cho cộng tác viên\nNgày đăng: 12/11/2026\nSáng ngày 10/11, Trung tâm Y tế huyện Đồi Chè tổ chức lớp tập huấn kỹ năng truyền thông dân số cho 45 cộng tác viên dân số các xã.\nNăm 2026, toàn huyện có 1.320 cặp vợ chồng áp dụng biện pháp tránh thai mới.\nTin, ảnh: Phòng Dân số - Truyền thông";
        let page = Page::from_text("tin.txt", &format!("TRUNG TÂM Y TẾ HUYỆN ĐỒI CHÈ\n{post}"));
        assert!(HealthCentre.detect(&page).score >= 0.5, "{:?}", HealthCentre.detect(&page));
        let s = HealthCentre.strip(&page).expect("strip");
        assert_eq!(s.labels[..3], [Label::boilerplate("page-header"), Label::Title, Label::Dateline]);
        assert_eq!((s.labels[5].clone(), s.authors.len()), (Label::Byline, 0));
        assert_eq!(s.published.as_deref(), Some("2026-11-12"));
        // Without the centre's name over it, nor as a department's post under a writer's
        // name or a newspaper's page, the shape is no claim.
        let page = Page::from_text("tin.txt", post);
        assert!(HealthCentre.detect(&page).score < 0.5, "{:?}", HealthCentre.detect(&page));
        let dept = "Ngày đăng: 12/11/2026\nĐồng chí Hà Minh Quân - Phó Giám đốc Sở Y tế phát biểu tại hội nghị\nSáng ngày 10/11, Sở Y tế tổ chức hội nghị triển khai công tác dân số năm 2027 cho 60 đại biểu.\nThu Hà – Minh Khoa";
        assert!(HealthCentre.detect(&Page::from_text("tin.txt", dept)).score < 0.5);
        let paper = "Tập huấn truyền thông dân số cho cộng tác viên\n\nSức khỏe 12/11/2026 09:10\n\n(YTĐS) - Ngày 10/11, Trung tâm Y tế huyện Đồi Chè tập huấn cho 45 cộng tác viên.\n\nTin, ảnh: Phòng Dân số - Truyền thông";
        assert!(HealthCentre.detect(&Page::from_text("bao.txt", paper)).score < 0.5);
    }

    #[test]
    fn posting_dates_and_captions() {
        assert!(DATE_LINE.is_match("Ngày đăng: 03/02/2022 14:05"));
        assert!(DATE_LINE.is_match("Cập nhật lúc 03/02/2022"));
        assert!(DATE_LINE.is_match("03/02/2022 | 14:05"));
        assert!(!DATE_LINE.is_match("Ngày 03/02/2022, Trung tâm Y tế tổ chức tập huấn."));
        assert!(DATE_LINE.is_match("Ngày đăng: 03/02/2022 | Lượt xem: 1.024"));
        assert!(is_caption("Bác sĩ khám sàng lọc cho người cao tuổi tại trạm y tế"));
        assert!(!is_caption("Kết quả đạt được"));
        assert!(is_caption("Hình: Toàn cảnh buổi tập huấn"));
        assert!(is_caption("Ảnh minh họa"));
        assert!(!is_caption("Hình thức: trực tuyến"));
    }

    #[test]
    fn a_writer_and_the_list_of_other_posts_under_the_article() {
        let head = "Lượt xem: 12\n\nTrung tâm Y tế huyện Suối Bạc tập huấn phòng chống bệnh dại\n\nSáng ngày 02/10/2026, Trung tâm Y tế huyện tổ chức tập huấn phòng chống bệnh dại cho 40 cán bộ trạm y tế xã.\n\nHình: Quang cảnh lớp tập huấn\n\nLớp tập huấn giúp học viên nắm vững quy trình xử trí vết thương do chó cắn.";
        let credits = [("Người viết: Đàm Thu Hà", vec!["Đàm Thu Hà"]), ("Tin, ảnh: Khoa Kiểm soát bệnh tật", vec![]), ("Phòng Kế hoạch - Nghiệp vụ", vec![])];
        for (closing, authors) in credits {
            let page = Page::from_text("ttyt.txt", &format!("{head}\n\n{closing}\n\nCác tin khác\n\nTập huấn kỹ năng truyền thông (01/10/2026)"));
            let s = HealthCentre.strip(&page).expect("strip");
            assert_eq!(s.authors, authors, "{closing}");
            assert_eq!(s.captions, ["Hình: Quang cảnh lớp tập huấn"]);
            assert_eq!(s.labels.iter().filter(|l| **l == Label::Body).count(), 2, "{:?}", s.labels);
        }
    }

    #[test]
    fn the_boards_credit_and_the_attached_files_under_the_article() {
        let head = "Trung tâm Y tế huyện Suối Bạc tập huấn phòng chống bệnh dại\nĐăng ngày: 03/10/2026 | Lượt xem: 45\nSáng ngày 02/10/2026, Trung tâm Y tế huyện tổ chức tập huấn phòng chống bệnh dại cho 40 cán bộ trạm y tế xã.\nLớp tập huấn giúp học viên nắm vững quy trình xử trí vết thương do chó cắn.";
        let page = Page::from_text("ttyt.txt", &format!("{head}\nBBT\nTệp đính kèm:\nKế hoạch tập huấn.pdf"));
        let s = HealthCentre.strip(&page).expect("strip");
        assert!(s.authors.is_empty());
        assert_eq!(s.labels[4], Label::Byline);
        assert_eq!(s.labels[5..], [Label::boilerplate("attachments"), Label::boilerplate("attachments")]);
        assert_eq!(s.labels.iter().filter(|l| **l == Label::Body).count(), 2, "{:?}", s.labels);
    }
}

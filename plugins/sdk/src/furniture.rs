//! Page furniture that news pages set between an article's paragraphs: advertisement
//! markers (and the advertisement under them), comment counters, rows of share buttons,
//! "Xem thêm: …" links to other articles, "[Video] …" teasers, and the photo captions a
//! page's markup names. Shared by the plugins that read web pages, so that each tells them
//! the same way.

use crate::text::{char_len, equals_lower, lower_same_len, starts_with_lower};
use crate::{BlockTag, Label, Page};

/// The longest furniture line, in chars: longer lines are article text.
const FURNITURE_CHARS: usize = 160;
/// The longest advertisement under a marker, in chars.
const ADVERT_CHARS: usize = 200;
/// The longest caption a page's markup names, in chars.
const CAPTION_CHARS: usize = 300;
/// At most this many blocks share a photo's box with its caption: a box holding more is a
/// part of the page named after its pictures, not one photo.
const CAPTION_BOX_BLOCKS: usize = 3;

/// A line alone that announces an advertisement.
const ADVERT_MARKERS: &[&str] = &["quảng cáo", "advertisement", "advertising", "sponsored", "nội dung tài trợ", "tài trợ"];

/// A line alone that opens the comments, with or without its count ("Bình luận (0)").
const COMMENT_MARKERS: &[&str] =
    &["bình luận", "ý kiến bạn đọc", "gửi bình luận", "viết bình luận", "ý kiến của bạn", "comments", "comment"];
/// Comment words that are furniture only with a count after them ("Ý kiến (3)").
const COUNTED_COMMENT_MARKERS: &[&str] = &["ý kiến", "phản hồi"];

/// The buttons of a share row, longest first where one opens another ("gửi góp ý", "góp ý").
const SHARE_BUTTONS: &[&str] = &[
    "chia sẻ", "thích", "gửi góp ý", "góp ý", "gửi email", "gửi bài", "facebook", "zalo", "twitter", "linkedin", "email",
    "e-mail", "in bài", "in trang", "lưu tin", "lưu bài", "lưu", "sao chép link", "sao chép liên kết", "copy link", "cỡ chữ",
    "like", "share", "tweet", "print", "a-", "a+", "a",
];

/// Words that open a line linking to another article: "Xem thêm: …", ">> Đọc thêm: …".
const READ_MORE: &[&str] = &["xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "xem tiếp"];
/// Arrows and bullets written before a read-more link.
const LINK_ARROWS: &[char] = &['>', '»', '›', '→', '▸', '►', '•', '-', ' '];

/// Kinds of media a teaser names in brackets: "[Video] Phụ huynh túc trực …".
const TEASER_KINDS: &[&str] = &["video", "clip", "ảnh", "infographic", "podcast", "emagazine", "e-magazine", "longform", "photo", "trực tiếp"];

/// The words of an id or class that name a photo's box (whole words of the name).
const PHOTO_BOX_WORDS: &[&str] =
    &["image", "images", "img", "photo", "photos", "picture", "pic", "figure", "fig", "caption", "cap", "anh", "hinh", "hinhanh"];

/// Why a line is furniture, if it is: "advertisement", "comments", "share", "related-inline"
/// or "teaser". Only short lines are: a paragraph is never furniture.
pub fn furniture_reason(line: &str) -> Option<&'static str> {
    // A line of more than four bytes a char is longer than the longest furniture.
    if line.len() > 4 * FURNITURE_CHARS {
        return None;
    }
    let t = line.trim();
    if t.is_empty() || char_len(t) > FURNITURE_CHARS {
        return None;
    }
    if ADVERT_MARKERS.iter().any(|m| equals_lower(t, m)) {
        Some("advertisement")
    } else if is_comment_counter(t) {
        Some("comments")
    } else if is_share_row(t) {
        Some("share")
    } else if is_read_more(t) {
        Some("related-inline")
    } else if is_teaser(t) {
        Some("teaser")
    } else {
        None
    }
}

/// "Bình luận", "Bình luận (0)", "Ý kiến (3)".
fn is_comment_counter(t: &str) -> bool {
    let (words, counted) = match t.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
        Some((words, count)) if !count.is_empty() && count.trim().bytes().all(|b| b.is_ascii_digit()) => (words.trim(), true),
        _ => (t, false),
    };
    COMMENT_MARKERS.iter().any(|m| equals_lower(words, m)) || (counted && COUNTED_COMMENT_MARKERS.iter().any(|m| equals_lower(words, m)))
}

/// A row of share buttons: two or more of [`SHARE_BUTTONS`] and nothing else but separators.
fn is_share_row(t: &str) -> bool {
    // Only a line opening with the first letter of a button can be a row of them.
    let Some(first) = t.chars().next().map(crate::text::lower_char) else { return false };
    if !SHARE_BUTTONS.iter().any(|b| b.starts_with(first)) {
        return false;
    }
    let lower = lower_same_len(t);
    let mut rest = lower.as_str();
    let mut buttons = 0;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | ':' | ',' | '/' | '·' | '•'));
        if rest.is_empty() {
            return buttons >= 2;
        }
        // A button ends where a word does.
        let Some(b) = SHARE_BUTTONS.iter().find(|b| rest.starts_with(**b) && rest[b.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
        else {
            return false;
        };
        rest = &rest[b.len()..];
        buttons += 1;
    }
}

/// "Xem thêm: …", ">> Đọc thêm …": a link to another article between paragraphs. Without
/// an arrow before it, the words need a colon after them: "Xem thêm tại đây" in a
/// sentence is the article's.
fn is_read_more(t: &str) -> bool {
    let rest = t.trim_start_matches(LINK_ARROWS);
    let arrow = rest.len() < t.len();
    READ_MORE.iter().any(|w| {
        starts_with_lower(rest, w) && {
            // Lower-casing keeps a Vietnamese letter's length: the words take as many bytes
            // in the line as written here (else no colon is found, and an arrow is needed).
            let after = rest.get(w.len()..).unwrap_or("");
            arrow || after.trim_start().starts_with(':')
        }
    })
}

/// "[Video] Phụ huynh túc trực …": a teaser for another piece, its kind in brackets.
fn is_teaser(t: &str) -> bool {
    let Some(inner) = t.strip_prefix('[').and_then(|r| r.split_once(']')).map(|(kind, _)| kind.trim()) else { return false };
    TEASER_KINDS.iter().any(|k| equals_lower(inner, k))
}

/// Labels the furniture among the blocks labelled body; an advertisement's marker takes
/// the block after it along when that block shares the marker's box or is a link.
pub fn mark_furniture<S: AsRef<str>>(page: &Page, lines: &[S], labels: &mut [Label]) {
    let mut i = 0;
    while i < lines.len() {
        if labels[i] != Label::Body {
            i += 1;
            continue;
        }
        let Some(reason) = furniture_reason(lines[i].as_ref()) else {
            i += 1;
            continue;
        };
        labels[i] = Label::boilerplate(reason);
        if reason == "advertisement" && i + 1 < lines.len() && labels[i + 1] == Label::Body && is_advert_after(page, lines[i + 1].as_ref(), i) {
            labels[i + 1] = Label::boilerplate(reason);
            i += 1;
        }
        i += 1;
    }
}

/// Whether the block after an advertisement marker at `marker` is the advertisement: short,
/// and mostly a link or in a box of the marker's own (which the blocks around the two are
/// not in: a marker written straight into the article's box shares it with paragraphs). A
/// plain-text page shows neither, and its next line is left as it is.
fn is_advert_after(page: &Page, line: &str, marker: usize) -> bool {
    let (Some(m), Some(next)) = (page.blocks.get(marker), page.blocks.get(marker + 1)) else { return false };
    let chars = char_len(line);
    let outside = |at: Option<usize>| at.and_then(|j| page.blocks.get(j)).is_none_or(|b| b.container != m.container);
    let same_box = m.container.is_some() && m.container == next.container && outside(marker.checked_sub(1)) && outside(Some(marker + 2));
    let link = next.link_chars as usize * 2 >= chars.max(1);
    chars <= ADVERT_CHARS && (same_box || link)
}

/// For each block, whether the page's markup makes it a photo caption: a `figcaption` (or
/// a line in italics under an image, which the reader tags so), or a short block in a box
/// whose id or class names a photo ("image", "img", "photo", ...) and which holds at most
/// a few blocks. A row of table cells is data, never a caption.
pub fn photo_captions(page: &Page) -> Vec<bool> {
    let mut per_box = vec![0usize; page.containers.len()];
    for b in &page.blocks {
        if let Some(c) = b.container.map(|c| c as usize).filter(|&c| c < per_box.len()) {
            per_box[c] += 1;
        }
    }
    let mut photo_box: Vec<Option<bool>> = vec![None; page.containers.len()];
    page.lines()
        .map(|(_, b, text)| {
            if b.tag == BlockTag::Figcaption {
                return true;
            }
            let Some(c) = b.container.map(|c| c as usize).filter(|&c| c < per_box.len()) else { return false };
            let short = text.len() <= 4 * CAPTION_CHARS && char_len(text.trim()) <= CAPTION_CHARS;
            short && !text.trim().contains('\t') && in_photo_box(page, c, &per_box, &mut photo_box)
        })
        .collect()
}

/// Whether container `c`, or the table around it, is a photo's box: named for a photo,
/// holding a few blocks. A table laid out for one photo (`<table class="image">`) puts its
/// caption's row in a `tbody`, one level further in.
fn in_photo_box(page: &Page, c: usize, per_box: &[usize], memo: &mut [Option<bool>]) -> bool {
    if let Some(known) = memo[c] {
        return known;
    }
    let container = &page.containers[c];
    let mut found = names_photo(&container.hint) && per_box[c] <= CAPTION_BOX_BLOCKS;
    if !found && matches!(container.tag.as_str(), "tbody" | "tr" | "td") {
        if let Some(p) = container.parent.map(|p| p as usize).filter(|&p| p < c) {
            let table = &page.containers[p];
            found = table.tag == "table" && names_photo(&table.hint) && per_box[c] + per_box[p] <= CAPTION_BOX_BLOCKS;
        }
    }
    memo[c] = Some(found);
    found
}

/// Whether an id or class names a photo: one of its words, split at dashes and
/// underscores, is one of [`PHOTO_BOX_WORDS`].
fn names_photo(hint: &str) -> bool {
    !hint.is_empty() && hint.split(|c: char| c.is_whitespace() || c == '-' || c == '_').any(|w| PHOTO_BOX_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::html_page;

    #[test]
    fn furniture_lines_and_their_reasons() {
        for (line, reason) in [
            ("Quảng cáo", "advertisement"),
            ("QUẢNG CÁO", "advertisement"),
            ("Advertisement", "advertisement"),
            ("Bình luận (0)", "comments"),
            ("Ý kiến (12)", "comments"),
            ("Thích Chia sẻ Gửi góp ý", "share"),
            ("Chia sẻ | Lưu | Cỡ chữ A- A+", "share"),
            ("Xem thêm: Mẹo phòng bệnh hô hấp khi trời trở lạnh", "related-inline"),
            (">> Đọc thêm: Hơn 20 học sinh nhập viện sau bữa trưa", "related-inline"),
            ("[Video] Người dân xếp hàng chờ tiêm tại trạm y tế", "teaser"),
        ] {
            assert_eq!(furniture_reason(line), Some(reason), "{line}");
        }
        for line in [
            "Quảng cáo thuốc sai sự thật bị xử phạt 50 triệu đồng.",
            "Ý kiến",
            "Chia sẻ kinh nghiệm chăm sóc trẻ sốt cao tại nhà.",
            "Xem thêm tại trang của Bộ Y tế, mục hướng dẫn chuyên môn.",
            "Thích",
            "[1] Theo báo cáo của Sở Y tế",
            "- Cúm: 64 ca.",
        ] {
            assert_eq!(furniture_reason(line), None, "{line}");
        }
    }

    #[test]
    fn an_advertisement_goes_with_its_marker_in_its_box() {
        let para = "Trạm y tế xã đã tiếp nhận 120 lượt người đến khám trong tuần, tăng 15 lượt so với tuần trước.";
        let page = html_page(
            &[(para, BlockTag::P, 0, 0), ("Quảng cáo", BlockTag::Div, 1, 0), ("Khám sức khỏe tổng quát giá ưu đãi - Đặt lịch ngay!", BlockTag::Div, 1, 0), (para, BlockTag::P, 0, 0)],
            &[("div", "noi-dung", None), ("div", "box-qc", Some(0))],
        );
        let lines: Vec<&str> = page.lines().map(|(_, _, t)| t).collect();
        let mut labels = vec![Label::Body; 4];
        mark_furniture(&page, &lines, &mut labels);
        assert_eq!(labels, [Label::Body, Label::boilerplate("advertisement"), Label::boilerplate("advertisement"), Label::Body]);
        // A marker written straight into the article's box leaves the paragraph after it.
        let page = html_page(
            &[(para, BlockTag::P, 0, 0), ("Quảng cáo", BlockTag::Div, 0, 0), (para, BlockTag::P, 0, 0)],
            &[("div", "noi-dung", None)],
        );
        let lines: Vec<&str> = page.lines().map(|(_, _, t)| t).collect();
        let mut labels = vec![Label::Body; 3];
        mark_furniture(&page, &lines, &mut labels);
        assert_eq!(labels, [Label::Body, Label::boilerplate("advertisement"), Label::Body]);
        // In plain text the line after the marker may be the story's: it stays.
        let text = Page::from_text("a.txt", &format!("{para}\nQUẢNG CÁO\n{para}"));
        let lines: Vec<&str> = text.lines().map(|(_, _, t)| t).collect();
        let mut labels = vec![Label::Body; 3];
        mark_furniture(&text, &lines, &mut labels);
        assert_eq!(labels, [Label::Body, Label::boilerplate("advertisement"), Label::Body]);
    }

    #[test]
    fn captions_in_a_photo_box_or_a_photo_table() {
        let para = "Đoàn kiểm tra đã làm việc tại 12 cơ sở, phát hiện 3 cơ sở vi phạm về điều kiện bảo quản thực phẩm.";
        let page = html_page(
            &[
                (para, BlockTag::P, 0, 0),
                ("Đoàn kiểm tra làm việc tại bếp ăn một trường mầm non.", BlockTag::Tr, 2, 0),
                ("Cán bộ y tế hướng dẫn người dân diệt lăng quăng", BlockTag::P, 3, 0),
                ("Ảnh tư liệu", BlockTag::Figcaption, 0, 0),
                ("Xã A\t12\t3", BlockTag::Tr, 5, 0),
                (para, BlockTag::P, 0, 0),
            ],
            &[
                ("div", "detail-content", None),
                ("table", "image center", Some(0)),
                ("tbody", "", Some(1)),
                ("div", "img", Some(0)),
                ("table", "data", Some(0)),
                ("tbody", "", Some(4)),
            ],
        );
        assert_eq!(photo_captions(&page), [false, true, true, true, false, false]);
    }
}

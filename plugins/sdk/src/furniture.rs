//! Page furniture that news pages set between an article's paragraphs: advertisement
//! markers (and the advertisement under them), comment counters (and the comments in the
//! box their heading opens), rows of share buttons, "Xem thêm: …" and ">> …" links to other
//! articles, "[Video] …" teasers, rating and newsletter boxes, a portal's "Tải về" over the
//! files attached to a post, a "Đọc thêm" box of links set between two paragraphs, and the
//! photo captions a page's markup names; the cookie banners and comment threads whose boxes
//! name them, and the newsroom a newspaper's footer names. Shared by the plugins that read
//! web pages, so that each tells them the same way.

use crate::text::{ahead_by, back_by, char_len, equals_lower, lower_same_len, starts_with_lower};
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
const COMMENT_MARKERS: &[&str] = &[
    "bình luận", "ý kiến bạn đọc", "gửi bình luận", "viết bình luận", "ý kiến của bạn", "comments", "comment",
    "bình luận của bạn đọc", "ý kiến của bạn đọc", "bạn đọc bình luận", "để lại bình luận", "để lại một bình luận",
];
/// Comment words after which a theme names the post: "2 bình luận về “…”", WordPress's
/// heading of its comment list.
const COUNTED_LEADS: &[&str] = &["bình luận", "ý kiến", "phản hồi"];

/// Lines that open a rating or vote widget under an article ("Đánh giá bài viết:",
/// "Bình chọn: ★★★★★", "Bài viết có hữu ích không?").
const RATING_OPENINGS: &[&str] = &["đánh giá bài viết", "bình chọn:", "bài viết có hữu ích", "bạn thấy bài viết", "bài viết này có hữu ích"];
/// Lines that open a newsletter box ("Đăng ký nhận bản tin Sức khỏe mỗi sáng").
const NEWSLETTER_OPENINGS: &[&str] = &["đăng ký nhận bản tin", "đăng ký bản tin", "đăng ký nhận tin", "nhận bản tin"];
/// The stars a rating widget draws.
const STARS: &[char] = &['★', '☆', '⭐'];
/// Label lines of a share widget that stand alone, without the buttons' names.
const SHARE_LABELS: &[&str] = &["chia sẻ", "chia sẻ bài viết", "chia sẻ bài"];
/// Comment words that are furniture only with a count after them ("Ý kiến (3)").
const COUNTED_COMMENT_MARKERS: &[&str] = &["ý kiến", "phản hồi"];

/// The buttons of a share row, longest first where one opens another ("gửi góp ý", "góp ý").
/// A print button may say no more than "In" ("Facebook Zalo In"): a row is buttons only.
const SHARE_BUTTONS: &[&str] = &[
    "chia sẻ", "thích", "trả lời", "gửi góp ý", "góp ý", "gửi email", "gửi bài viết", "gửi bài", "gửi cho bạn bè", "gửi bạn bè", "gửi", "facebook", "zalo", "twitter",
    "linkedin", "email", "e-mail", "in bài viết", "in bài", "in trang", "in", "bản in", "phản hồi", "lưu tin", "lưu bài", "lưu", "sao chép link",
    "sao chép liên kết", "copy link", "cỡ chữ", "like", "share", "tweet", "print", "a-", "a+", "a",
];
/// Words a share row sets between its buttons ("Chia sẻ lên Facebook", "Gửi bài viết qua
/// email"): part of the row, yet no button of their own.
const SHARE_FILLERS: &[&str] = &["bài viết", "lên", "qua"];

/// Words that open a line linking to another article: "Xem thêm: …", ">> Đọc thêm: …".
const READ_MORE: &[&str] = &["xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "xem tiếp"];
/// Arrows and bullets written before a read-more link.
const LINK_ARROWS: &[char] = &['>', '»', '›', '→', '▸', '►', '•', '-', ' '];

/// Lines that head the files attached to a post ("Tải về:", "Tệp đính kèm"), as portals
/// built on Liferay and DNN set them under the article, with the files' links after them.
const ATTACHMENT_MARKERS: &[&str] = &["tải về", "tải xuống", "tệp đính kèm", "tập tin đính kèm", "file đính kèm", "tài liệu đính kèm"];
/// How the name of an attached file ends ("Kế hoạch số 12.pdf").
const FILE_EXTENSIONS: &[&str] = &[".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar", ".odt", ".ods"];

/// Kinds of media a teaser names in brackets: "[Video] Phụ huynh túc trực …".
const TEASER_KINDS: &[&str] = &["video", "clip", "ảnh", "infographic", "podcast", "emagazine", "e-magazine", "longform", "photo", "trực tiếp"];

/// The words of an id or class that name a photo's box (whole words of the name).
const PHOTO_BOX_WORDS: &[&str] =
    &["image", "images", "img", "photo", "photos", "picture", "pic", "figure", "fig", "caption", "cap", "anh", "hinh", "hinhanh"];

/// Why a line is furniture, if it is: "advertisement", "comments", "share", "related-inline",
/// "teaser", "rating", "newsletter", "live-refresh", "attachments" or "counter". Only short lines are: a paragraph is
/// never furniture.
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
    } else if is_rating(t) {
        Some("rating")
    } else if NEWSLETTER_OPENINGS.iter().any(|w| starts_with_lower(t, w)) {
        Some("newsletter")
    } else if is_live_refresh(t) {
        Some("live-refresh")
    } else if is_attachment_marker(t) {
        Some("attachments")
    } else if is_view_counter(t) {
        Some("counter")
    } else if SHARE_LABELS.iter().any(|w| equals_lower(t.trim_end_matches(':'), w)) {
        Some("share")
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
    COMMENT_MARKERS.iter().any(|m| equals_lower(words, m))
        || (counted && COUNTED_COMMENT_MARKERS.iter().any(|m| equals_lower(words, m)))
        || opens_with_count_of_comments(t)
}

/// "2 bình luận về “…”", "3 ý kiến": a count, then the comment words, alone or naming the
/// post in quotes. A count of opinions in a sentence goes on with other words ("3 ý kiến
/// đóng góp vào dự thảo").
fn opens_with_count_of_comments(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let Some(rest) = t.get(digits..).filter(|r| digits > 0 && r.starts_with(char::is_whitespace)).map(str::trim_start) else { return false };
    COUNTED_LEADS.iter().any(|w| {
        // Lower-casing keeps a Vietnamese letter's length: the words take as many bytes here.
        let after = starts_with_lower(rest, w).then(|| rest.get(w.len()..)).flatten();
        after.is_some_and(|a| ends_word(rest, w.len()) && names_the_post(a.trim()))
    })
}

/// What may follow a count of comments: nothing, or the post's title in quotes after
/// "về" or "cho" ("về “Trạm y tế …”").
fn names_the_post(after: &str) -> bool {
    let quoted = ["về", "cho"].iter().find_map(|w| after.strip_prefix(w)).map(str::trim_start);
    after.is_empty() || quoted.is_some_and(|q| q.starts_with(['“', '"', '«', '\'', '‘']))
}

/// A rating or vote widget's line: its opening words, or stars with the votes' count
/// ("★★★★★ 4,6/5 - (37 bình chọn)").
fn is_rating(t: &str) -> bool {
    let opened = RATING_OPENINGS.iter().any(|w| starts_with_lower(t, w));
    let starred = t.starts_with(STARS) && (crate::text::contains_lower(t, "bình chọn") || crate::text::contains_lower(t, "đánh giá") || t.trim_start_matches(STARS).trim().is_empty());
    opened || starred
}

/// How a post's view counter is labelled ("Lượt xem: 512", "Số lượt xem 1.024", "75 lượt
/// xem"); each opens with an "l", an "s" or a "đ".
const VIEW_LABELS: &[&str] = &["lượt xem", "số lượt xem", "lượt đọc", "số lần xem", "lần xem", "đã xem"];

/// A post's view counter alone on its line: a label of [`VIEW_LABELS`] and a count, the
/// count before or after it. Portals set it under the article, where it is no text.
fn is_view_counter(t: &str) -> bool {
    if t.len() > 48 || !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let is_count = |c: &str| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
    if let Some(rest) = after_view_label(t) {
        return is_count(rest.trim_start_matches(':').trim_start());
    }
    let digits = t.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',').count();
    digits > 0 && after_view_label(t[digits..].trim_start()).is_some_and(str::is_empty)
}

/// What follows the [`VIEW_LABELS`] label that opens `s`, if one does. A label's letters
/// lower-case to chars of their own length, so its length is the label's in `s`.
fn after_view_label(s: &str) -> Option<&str> {
    let label = VIEW_LABELS.iter().find(|w| starts_with_lower(s, w))?;
    s.get(label.len()..).map(str::trim_start)
}

/// "Có 0 cập nhật mới": a live page's button that loads new entries.
fn is_live_refresh(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("Có ").or_else(|| t.strip_prefix("có ")) else { return false };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && starts_with_lower(rest[digits..].trim_start(), "cập nhật mới")
}

/// A row of share buttons: two or more of [`SHARE_BUTTONS`] and nothing else but
/// separators, [`SHARE_FILLERS`] and the counts beside buttons ("Thích 24", "Thích (15)").
fn is_share_row(t: &str) -> bool {
    // Only a line opening with the first letter of a button can be a row of them.
    let Some(first) = t.chars().next().map(crate::text::lower_char) else { return false };
    if !SHARE_BUTTONS.iter().any(|b| b.starts_with(first)) {
        return false;
    }
    // The lower-cased copy keeps every char's length: `at` is an offset into both.
    let lower = lower_same_len(t);
    let mut at = 0;
    let mut buttons = 0;
    loop {
        at = t.len() - lower[at..].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | ':' | ',' | '/' | '·' | '•')).len();
        if at == t.len() {
            return buttons >= 2;
        }
        let rest = &lower[at..];
        if let Some(n) = count_len(rest).filter(|_| buttons > 0) {
            at += n;
        } else if let Some(f) = SHARE_FILLERS.iter().find(|f| rest.starts_with(**f) && ends_word(t, at + f.len())) {
            at += f.len();
        } else if let Some(b) = SHARE_BUTTONS.iter().find(|b| rest.starts_with(**b) && ends_word(t, at + b.len())) {
            at += b.len();
            buttons += 1;
        } else {
            return false;
        }
    }
}

/// The length of the count that opens `rest`, "24" or "(15)", if one does.
fn count_len(rest: &str) -> Option<usize> {
    let (open, inner) = match rest.strip_prefix('(') {
        Some(inner) => (1, inner),
        None => (0, rest),
    };
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    let close = usize::from(open == 1);
    let closed = open == 0 || inner[digits..].starts_with(')');
    (digits > 0 && closed && ends_word(rest, open + digits + close)).then_some(open + digits + close)
}

/// Whether a word of `t` ends at byte `at`: at the end, before a char that is no letter or
/// digit, or where labels a page glued together meet ("Chia sẻ bài viếtFacebookZalo": a
/// capital right after a small letter).
fn ends_word(t: &str, at: usize) -> bool {
    let Some(next) = t.get(at..).and_then(|r| r.chars().next()) else { return true };
    let glued = next.is_uppercase() && t[..at].chars().next_back().is_some_and(char::is_lowercase);
    !next.is_alphanumeric() || glued
}

/// "Xem thêm: …", ">> Đọc thêm …": a link to another article between paragraphs. Without
/// an arrow before it, the words need a colon after them: "Xem thêm tại đây" in a
/// sentence is the article's. A headline after ">>" is such a link too, read-more words or
/// none: the double arrow is the one no list is bulleted with, and a headline ends no sentence.
fn is_read_more(t: &str) -> bool {
    if t.starts_with(">>") && !crate::text::ends_sentence(t) {
        return true;
    }
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

/// "Tải về", "Tải về:", "Tệp đính kèm:", or the marker with the file after its colon ("Tải
/// về: Kế hoạch số 12.pdf"). Words after the marker without a colon are a sentence ("Tải về
/// ứng dụng Sổ sức khỏe điện tử để …"), and so is what ends like one after it.
pub fn is_attachment_marker(t: &str) -> bool {
    ATTACHMENT_MARKERS.iter().any(|m| {
        starts_with_lower(t, m) && {
            // Lower-casing keeps a Vietnamese letter's length: the marker takes as many bytes.
            let after = t.get(m.len()..).unwrap_or("").trim_start();
            let named = after.strip_prefix(':').map(str::trim);
            after.is_empty() || named.is_some_and(|n| n.is_empty() || !crate::text::ends_sentence(n))
        }
    })
}

/// Whether block `i` is a file attached to a post under its marker: a short line that is
/// mostly a link, or that names a file by its extension (perhaps with its size after it,
/// "Kế hoạch.pdf (245 KB)"), and ends no sentence.
fn is_attached_file(page: &Page, line: &str, i: usize) -> bool {
    let t = line.trim();
    let chars = char_len(t);
    if t.is_empty() || chars > FURNITURE_CHARS || crate::text::ends_sentence(t) && !names_file(t) {
        return false;
    }
    let linked = page.blocks.get(i).is_some_and(|b| b.link_chars as usize * 2 >= chars);
    linked || names_file(t)
}

/// Whether the line ends with a file's name: an extension of [`FILE_EXTENSIONS`], perhaps
/// followed by the file's size in brackets.
fn names_file(t: &str) -> bool {
    let name = match t.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
        Some((name, _size)) => name.trim_end(),
        None => t,
    };
    let lower = lower_same_len(name);
    FILE_EXTENSIONS.iter().any(|e| lower.ends_with(e))
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
        if reason == "attachments" {
            i = attached_files_end(page, lines, labels, i) - 1;
        }
        if matches!(reason, "comments" | "rating" | "newsletter") && labels[..i].contains(&Label::Body) {
            // The comments themselves (names, times, texts and reply buttons of readers), or
            // the widget's stars, counts and form.
            let end = opened_box_end(page, i, lines.len());
            for label in labels[i + 1..end].iter_mut().filter(|l| **l == Label::Body) {
                *label = Label::boilerplate(reason);
            }
            i = form_fields_end(lines, labels, end - 1, reason) - 1;
        }
        i += 1;
    }
    mark_arrow_links(page, lines, labels);
}

/// The labels of a comment or newsletter form ("Họ tên", "Email", "Nội dung", "Gửi ý
/// kiến"), each alone on its line as a page saved as text keeps them, with no box around
/// them to tell they are the form's.
const FORM_FIELDS: &[&str] = &[
    "họ tên", "họ và tên", "tên của bạn", "tên", "email", "e-mail", "địa chỉ email", "điện thoại", "số điện thoại", "nội dung",
    "mã xác nhận", "mã bảo mật", "gửi", "gửi ý kiến", "gửi bình luận", "gửi đi", "hủy", "nhập lại", "xóa", "đăng ký",
];

/// The longest form field line, in bytes ("Số điện thoại (*):" with room to spare).
const FORM_FIELD_BYTES: usize = 40;

/// Labels the form fields ([`FORM_FIELDS`], with a ':' or an asterisk after them) that
/// follow the line at `last` with `reason`, one after another; returns where they end.
fn form_fields_end<S: AsRef<str>>(lines: &[S], labels: &mut [Label], last: usize, reason: &'static str) -> usize {
    let mut end = last + 1;
    while end < lines.len() && labels[end] == Label::Body && is_form_field(lines[end].as_ref()) {
        labels[end] = Label::boilerplate(reason);
        end += 1;
    }
    end
}

fn is_form_field(line: &str) -> bool {
    if line.len() > FORM_FIELD_BYTES {
        return false;
    }
    let t = line.trim().trim_end_matches([':', '*', '(', ')', ' ']);
    !t.is_empty() && FORM_FIELDS.iter().any(|f| equals_lower(t, f))
}

/// Labels the files attached under the marker at `marker` ([`is_attached_file`], one after
/// another) with it; returns where they end.
fn attached_files_end<S: AsRef<str>>(page: &Page, lines: &[S], labels: &mut [Label], marker: usize) -> usize {
    let mut end = marker + 1;
    while end < lines.len() && labels[end] == Label::Body && is_attached_file(page, lines[end].as_ref(), end) {
        labels[end] = Label::boilerplate("attachments");
        end += 1;
    }
    end
}

/// Labels the attachment markers among the blocks of `range` labelled body, and the files
/// under each ([`mark_furniture`] does so inside the article; this, for the lines under it
/// that a plugin reads otherwise).
pub fn mark_attachments<S: AsRef<str>>(page: &Page, lines: &[S], labels: &mut [Label], range: std::ops::Range<usize>) {
    let mut i = range.start;
    let end = range.end.min(lines.len());
    while i < end {
        if labels[i] == Label::Body && furniture_reason(lines[i].as_ref()) == Some("attachments") {
            labels[i] = Label::boilerplate("attachments");
            i = attached_files_end(page, &lines[..end], labels, i);
        } else {
            i += 1;
        }
    }
}

/// Lines that open a list of related articles: at the end of a page, or at the head of a
/// box of links set between an article's paragraphs.
const RELATED_MARKERS: &[&str] = &[
    "đọc thêm", "xem thêm", "tin liên quan", "bài liên quan", "tin cùng chuyên mục", "tin khác",
    "có thể bạn quan tâm", "bài viết liên quan", "tin mới nhất", "tin đọc nhiều", "bài viết khác", "các tin khác",
    "tin bài khác", "các bài khác", "cùng chuyên mục", "bài cùng chuyên mục",
];

/// The most chars of a related-articles marker; a char lower-cases to one char or more.
const RELATED_MARKER_CHARS: usize = 19;

/// Whether the line is a related-articles marker alone ("Đọc thêm", "Tin liên quan:").
pub fn is_related_marker(line: &str) -> bool {
    // Compared letter by letter: this runs on every line of every page in detection. A
    // line longer than any marker (in bytes, four to a char) is not compared at all.
    // Only markers opening with the line's first letter are compared.
    let t = line.trim().trim_end_matches(':');
    let Some(first) = t.chars().flat_map(char::to_lowercase).next() else {
        return false;
    };
    t.len() <= 4 * RELATED_MARKER_CHARS && RELATED_MARKERS.iter().any(|m| m.starts_with(first) && equals_lower(t, m))
}

/// The longest headline linking elsewhere, in chars: an article's paragraph is longer.
const LINK_LINE_CHARS: usize = 100;

/// Whether a block is a headline linking elsewhere: short, all but wholly a link, and
/// ending no sentence. An article's own lines carry a link in a few words at most.
pub fn is_link_line(page: &Page, line: &str, i: usize) -> bool {
    let chars = char_len(line);
    let linked = page.blocks.get(i).map_or(0, |b| b.link_chars as usize);
    chars > 0 && chars < LINK_LINE_CHARS && linked * 10 >= chars * 9 && !crate::text::ends_sentence(line)
}

/// How many lines under a box of links the article's next paragraph may stand (a photo
/// and its caption between).
const AFTER_BOX_LINES: usize = 4;

/// The end of the box a related-articles marker at `marker` opens, when the box stands
/// between two paragraphs (as `is_paragraph` tells them) of one container: an inline box
/// ("Đọc thêm" over two links), not the list closing the page. The box is the largest of
/// the marker's boxes that starts with it ([`opened_box_end`]); a marker written straight
/// into the article's box, among its paragraphs, heads the links that follow it. Lines
/// labelled already are no paragraphs. None on a page without boxes.
pub fn inline_box_end<S: AsRef<str>>(
    page: &Page,
    lines: &[S],
    labels: &[Label],
    marker: usize,
    is_paragraph: impl Fn(usize) -> bool,
) -> Option<usize> {
    if page.containers.is_empty() {
        return None;
    }
    let mut end = opened_box_end(page, marker, lines.len());
    if end == marker + 1 {
        end += (end..lines.len()).take_while(|&j| labels[j] == Label::Body && is_link_line(page, lines[j].as_ref(), j)).count();
    }
    let paragraph = |j: usize| labels[j] == Label::Body && is_paragraph(j);
    let before = (0..marker).rev().find(|&j| paragraph(j))?;
    let after = (end..lines.len().min(end + AFTER_BOX_LINES)).find(|&j| paragraph(j))?;
    let container = |j: usize| page.blocks.get(j).and_then(|b| b.container);
    (end > marker + 1 && container(before).is_some() && container(before) == container(after)).then_some(end)
}

/// Labels "related-inline" each box of links that a related-articles marker opens between
/// two paragraphs ([`inline_box_end`]), marker and links: the article goes on under it.
pub fn mark_inline_boxes<S: AsRef<str>>(page: &Page, lines: &[S], labels: &mut [Label], is_paragraph: impl Fn(usize) -> bool) {
    if page.containers.is_empty() {
        return;
    }
    let mut i = 0;
    while i < lines.len() {
        let end = (labels[i] == Label::Body && is_related_marker(lines[i].as_ref()))
            .then(|| inline_box_end(page, lines, labels, i, &is_paragraph))
            .flatten();
        let Some(end) = end else {
            i += 1;
            continue;
        };
        for label in labels[i..end].iter_mut().filter(|l| **l == Label::Body) {
            *label = Label::boilerplate("related-inline");
        }
        i = end;
    }
}

/// What a newspaper's or magazine's footer names and a government portal's does not: its
/// editor-in-chief, its newsroom, its press licence.
const PRESS_MARKS: &[&str] = &["tổng biên tập", "tòa soạn", "toà soạn", "hoạt động báo chí"];
/// The longest footer line read for [`PRESS_MARKS`], in chars.
const PRESS_LINE_CHARS: usize = 250;

/// Whether a line names a newspaper's masthead ("Tổng Biên tập: …", "Tòa soạn: …").
pub fn names_press(line: &str) -> bool {
    // A long line is no footer. Every mark holds "ập" after "t" or "ạ" between "o" and
    // "n"/"t", in either case: only around such a letter is a mark looked for, since most
    // lines of Vietnamese hold "ạ" or "ậ" somewhere and lowering each whole line showed in
    // the profile of the detect stage.
    let longest = PRESS_MARKS.iter().map(|m| m.len()).max().unwrap_or(0);
    line.len() <= 4 * PRESS_LINE_CHARS
        && press_anchors(line).any(|at| {
            // Every mark holding the letter at `at` lies inside the window, whole.
            let window = &line[back_by(line, at, longest)..ahead_by(line, at + 3, longest)];
            let lower = lower_same_len(window);
            PRESS_MARKS.iter().any(|m| lower.contains(m))
        })
}

/// Where "ạ"/"Ạ" stands between "o" and "n" or "t", or "ậ"/"Ậ" between "t" and "p", in any
/// case (no other char lowers to those ASCII letters): the letter every one of
/// [`PRESS_MARKS`] holds, in its place.
fn press_anchors(line: &str) -> impl Iterator<Item = usize> + '_ {
    let b = line.as_bytes();
    let ascii_lower = |i: usize| b.get(i).map(u8::to_ascii_lowercase);
    memchr::memchr_iter(0xBA, b).filter_map(move |i| {
        let at = i.checked_sub(1).filter(|&s| b[s] == 0xE1)?;
        let (before, after) = (at.checked_sub(1).and_then(ascii_lower), ascii_lower(at + 3));
        let anchor = match b.get(i + 1)? {
            0xA0 | 0xA1 => before == Some(b'o') && matches!(after, Some(b'n' | b't')),
            0xAC | 0xAD => before == Some(b't') && after == Some(b'p'),
            _ => false,
        };
        anchor.then_some(at)
    })
}

/// Parts of an id or class that name a cookie or consent banner ("cookie-law", "gdpr-bar").
const BANNER_PARTS: &[&str] = &["cookie", "consent", "gdpr"];
/// Parts of an id or class that name a comment thread ("comment-list", "box-binhluan").
const COMMENT_PARTS: &[&str] = &["comment", "binhluan", "disqus"];
/// Words before a part in one class name that make the box a layout holding such a part,
/// not the part ("has-comments", "no-comments").
const LAYOUT_WORDS: &[&str] = &["has", "no", "with", "without", "allow", "open"];
/// The longest banner, in chars: a notice and its buttons.
const BANNER_CHARS: usize = 400;

/// For each block, whether it sits in a cookie or consent banner: a box so named, or a
/// short block that asks to accept cookies. A banner at the top of the page reads like a
/// paragraph, and what follows it (the site's header) would pass for the article.
pub fn banner_blocks(page: &Page) -> Vec<bool> {
    let named = named_boxes(page, BANNER_PARTS);
    let any = named.contains(&true);
    page.lines()
        .enumerate()
        .map(|(i, (_, _, text))| (any && in_named(page, i, &named)) || asks_for_cookies(text))
        .collect()
}

/// Labels the blocks of a cookie banner and of a comment thread, which their boxes name,
/// leaving those `skip` says are set aside already (it may be shorter than the page, or
/// empty); returns for each block whether it was so labelled. A banner's notice reads like
/// the first paragraph, and readers' names, times and texts like a headline, a dateline and
/// an article.
pub fn mark_boxed_furniture(page: &Page, labels: &mut [Label], skip: &[bool]) -> Vec<bool> {
    let mut marked = vec![false; labels.len()];
    if page.containers.is_empty() {
        return marked;
    }
    let (banner, comments) = (banner_blocks(page), comment_blocks(page));
    for (i, label) in labels.iter_mut().enumerate() {
        if skip.get(i) == Some(&true) {
            continue;
        }
        if banner[i] {
            *label = Label::boilerplate("cookie-banner");
        } else if comments[i] {
            *label = Label::boilerplate("comments");
        }
        marked[i] = banner[i] || comments[i];
    }
    marked
}

/// Whether a short block asks the reader to accept cookies.
fn asks_for_cookies(text: &str) -> bool {
    text.len() <= 4 * BANNER_CHARS && crate::text::contains_ascii_lower(text, b"cookie") && char_len(text) <= BANNER_CHARS && {
        let lower = lower_same_len(text);
        ["sử dụng cookie", "dùng cookie", "chấp nhận", "đồng ý", "chính sách cookie"].iter().any(|w| lower.contains(w))
    }
}

/// For each block, whether it sits in a box whose id or class names a comment thread:
/// readers' names, times and texts read like a headline, a dateline and paragraphs.
pub fn comment_blocks(page: &Page) -> Vec<bool> {
    let named = named_boxes(page, COMMENT_PARTS);
    let any = named.contains(&true);
    (0..page.blocks.len()).map(|i| any && in_named(page, i, &named)).collect()
}

/// For each container, whether one of its class names or its id holds one of `parts`
/// (not after a [`LAYOUT_WORDS`] word). The page's `body` and `html`, and the boxes
/// around the page's `h1` (a wrapper named for what it holds beside the post), are none.
fn named_boxes(page: &Page, parts: &[&str]) -> Vec<bool> {
    let mut named: Vec<bool> = page
        .containers
        .iter()
        .map(|c| !matches!(c.tag.as_str(), "body" | "html") && c.hint.split_whitespace().any(|class| class_holds(class, parts)))
        .collect();
    if !named.iter().any(|&n| n) {
        return named;
    }
    for (i, b) in page.blocks.iter().enumerate() {
        if b.tag == BlockTag::H1 {
            let mut at = page.blocks[i].container;
            while let Some(c) = at.filter(|&c| (c as usize) < named.len()) {
                named[c as usize] = false;
                at = page.containers[c as usize].parent.filter(|&p| p < c);
            }
        }
    }
    named
}

/// Whether one class name holds one of `parts` in a word not led by a layout word.
fn class_holds(class: &str, parts: &[&str]) -> bool {
    let mut previous = "";
    for word in class.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !LAYOUT_WORDS.contains(&previous) && parts.iter().any(|p| word.contains(p)) {
            return true;
        }
        previous = word;
    }
    false
}

/// Whether block `i` lies in a container marked in `named`.
fn in_named(page: &Page, i: usize, named: &[bool]) -> bool {
    let mut at = page.blocks[i].container;
    while let Some(c) = at.filter(|&c| (c as usize) < named.len()) {
        if named[c as usize] {
            return true;
        }
        at = page.containers[c as usize].parent.filter(|&p| p < c);
    }
    false
}

/// Arrows that open a link to another article written between paragraphs ("» Hà Tĩnh ra
/// quân …"). A list may be bulleted with them too: only a block that is mostly a link goes.
const ARROWS: &[char] = &['>', '»', '›', '→', '▸', '►'];

/// Labels the blocks opened by an arrow that are mostly a link: related-article links.
fn mark_arrow_links<S: AsRef<str>>(page: &Page, lines: &[S], labels: &mut [Label]) {
    for (i, label) in labels.iter_mut().enumerate() {
        let t = lines[i].as_ref().trim();
        if *label != Label::Body || !t.starts_with(ARROWS) || char_len(t) > FURNITURE_CHARS {
            continue;
        }
        let linked = page.blocks.get(i).is_some_and(|b| b.link_chars as usize * 2 >= char_len(t));
        if linked {
            *label = Label::boilerplate("related-inline");
        }
    }
}

/// The end of the box that the block at `marker` opens: the largest of its boxes that
/// starts with it, where a comment heading's comments are ("Bình luận (3)" in a title box,
/// inside the box of the comment list). A marker in a box that begins before it (among
/// the article's paragraphs, in a share row) opens none: the block after it is the end.
pub fn opened_box_end(page: &Page, marker: usize, limit: usize) -> usize {
    let container = |j: usize| page.blocks.get(j).and_then(|b| b.container);
    let (Some(mut c), Some(before)) = (container(marker), marker.checked_sub(1).and_then(container)) else { return marker + 1 };
    let mut opened = None;
    while !page.within(before, c) {
        opened = Some(c);
        match page.containers.get(c as usize).and_then(|x| x.parent).filter(|&p| p < c) {
            Some(p) => c = p,
            None => break,
        }
    }
    let Some(b) = opened else { return marker + 1 };
    (marker + 1..limit).find(|&j| !container(j).is_some_and(|x| page.within(x, b))).unwrap_or(limit)
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

    /// The labels `mark_furniture` gives the lines of `page`, all body to begin with.
    fn furniture_labels(page: &Page) -> Vec<Label> {
        let lines: Vec<&str> = page.lines().map(|(_, _, t)| t).collect();
        let mut labels = vec![Label::Body; lines.len()];
        mark_furniture(page, &lines, &mut labels);
        labels
    }
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
            // Counts beside the buttons, a reply button under a comment, filler words
            // between buttons, and buttons whose labels the page glues together.
            ("Thích 12 Chia sẻ Gửi Zalo Sao chép link", "share"),
            ("Trả lời Thích (7)", "share"),
            ("Chia sẻ bài viếtFacebookZaloEmail", "share"),
            ("Chia sẻ lên Facebook Chia sẻ lên Zalo Gửi bài viết qua email In bài viết", "share"),
            (">> Bộ Y tế khuyến cáo phòng bệnh hô hấp khi trời chuyển lạnh", "related-inline"),
            // A print button of one word beside the others.
            ("Facebook Zalo In", "share"),
            ("Zalo | In", "share"),
            // A row of the older portals: a print version, sending to friends, feedback.
            ("Chia sẻ · Bản in · Gửi cho bạn bè · Phản hồi", "share"),
            // A post's view counter under the article.
            ("Lượt xem: 512", "counter"),
            ("Số lượt xem 1.024", "counter"),
            ("75 lượt xem", "counter"),
            ("LƯỢT ĐỌC: 9", "counter"),
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
            "Thích 24",
            "Lượt xem: cao",
            "Lượt xem 3 bộ phim về ngành y",
            "12 lượt xem phim",
            "Trả lời",
            "Chia sẻ lên mạng xã hội",
            "Thích ăn ngọt",
            "ChiaSẻ",
            ">> Tổng số ca mắc tăng 12%.",
            "» Tăng cường giám sát tại cộng đồng",
            "In",
            "In tờ rơi phát cho người dân",
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
        assert_eq!(furniture_labels(&page), [Label::Body, Label::boilerplate("advertisement"), Label::boilerplate("advertisement"), Label::Body]);
        // A marker written straight into the article's box leaves the paragraph after it.
        let page = html_page(
            &[(para, BlockTag::P, 0, 0), ("Quảng cáo", BlockTag::Div, 0, 0), (para, BlockTag::P, 0, 0)],
            &[("div", "noi-dung", None)],
        );
        assert_eq!(furniture_labels(&page), [Label::Body, Label::boilerplate("advertisement"), Label::Body]);
        // In plain text the line after the marker may be the story's: it stays.
        let text = Page::from_text("a.txt", &format!("{para}\nQUẢNG CÁO\n{para}"));
        assert_eq!(furniture_labels(&text), [Label::Body, Label::boilerplate("advertisement"), Label::Body]);
    }

    #[test]
    fn a_link_opened_by_an_arrow_is_furniture() {
        let para = "Trạm y tế xã đã tiếp nhận 120 lượt người đến khám trong tuần, tăng 15 lượt so với tuần trước.";
        let link = "» Hà Tĩnh ra quân tiêm vắc xin sởi đợt 2";
        let page = html_page(
            &[(para, BlockTag::P, 0, 0), (link, BlockTag::Div, 1, 39), ("» Tăng cường giám sát tại cộng đồng", BlockTag::Li, 2, 0), (para, BlockTag::P, 0, 0)],
            &[("div", "noi-dung", None), ("div", "lien-quan", Some(0)), ("ul", "", Some(0))],
        );
        assert_eq!(furniture_labels(&page), [Label::Body, Label::boilerplate("related-inline"), Label::Body, Label::Body]);
    }

    #[test]
    fn the_files_under_a_download_marker_go_with_it() {
        for line in ["Tải về", "Tải về:", "TẢI VỀ", "Tệp đính kèm:", "Tải về: Kế hoạch số 15/KH-SYT.pdf"] {
            assert_eq!(furniture_reason(line), Some("attachments"), "{line}");
        }
        for line in ["Tải về ứng dụng Sổ sức khỏe điện tử để theo dõi lịch tiêm của trẻ", "Tải về: hướng dẫn có trên trang của Sở Y tế.", "Tải vềx"] {
            assert_eq!(furniture_reason(line), None, "{line}");
        }
        let para = "Trạm y tế xã đã tiếp nhận 120 lượt người đến khám trong tuần, tăng 15 lượt so với tuần trước.";
        let page = html_page(
            &[
                (para, BlockTag::P, 0, 0),
                ("Tải về", BlockTag::P, 0, 0),
                ("Quyết định số 12/QĐ-SYT", BlockTag::P, 0, 23),
                ("Phụ lục kèm theo.docx (48 KB)", BlockTag::P, 0, 0),
                (para, BlockTag::P, 0, 0),
            ],
            &[("div", "noi-dung", None)],
        );
        let files = Label::boilerplate("attachments");
        assert_eq!(furniture_labels(&page), [Label::Body, files.clone(), files.clone(), files, Label::Body]);
        // The same under the article, for a plugin that reads those lines otherwise.
        let lines: Vec<&str> = page.lines().map(|(_, _, t)| t).collect();
        let mut labels = vec![Label::Body; lines.len()];
        mark_attachments(&page, &lines, &mut labels, 2..5);
        assert!(labels.iter().all(|l| *l == Label::Body), "no marker in the range");
        mark_attachments(&page, &lines, &mut labels, 1..3);
        assert_eq!(labels[..4], [Label::Body, Label::boilerplate("attachments"), Label::boilerplate("attachments"), Label::Body]);
    }

    #[test]
    fn a_read_more_box_between_paragraphs_leaves_them_whole() {
        let para = "Trạm y tế xã đã tiếp nhận 120 lượt người đến khám trong tuần, tăng 15 lượt so với tuần trước.";
        let rows = [
            (para, BlockTag::P, 0, 0),
            ("Đọc thêm:", BlockTag::P, 0, 0),
            ("Bình Lâm ra quân tiêm vắc xin sởi đợt 2", BlockTag::P, 0, 39),
            ("Tăng cường giám sát dịch tại cộng đồng", BlockTag::P, 0, 38),
            (para, BlockTag::P, 0, 0),
            ("Tin liên quan", BlockTag::Div, 1, 0),
            ("Khám sàng lọc cho 300 người cao tuổi", BlockTag::Li, 1, 36),
        ];
        let page = html_page(&rows, &[("div", "noi-dung", None), ("div", "lien-quan", Some(0))]);
        let lines: Vec<&str> = page.lines().map(|(_, _, t)| t).collect();
        let paragraph = |i: usize| char_len(lines[i]) >= 80;
        let mut labels = vec![Label::Body; lines.len()];
        mark_inline_boxes(&page, &lines, &mut labels, paragraph);
        let related = Label::boilerplate("related-inline");
        // The box at the end, with no paragraph under it, is the list closing the page: the
        // plugin tells it.
        assert_eq!(labels, [Label::Body, related.clone(), related.clone(), related, Label::Body, Label::Body, Label::Body]);
        assert_eq!(inline_box_end(&page, &lines, &labels, 5, paragraph), None);
        // A marker over a link that is part of a sentence heads no box.
        assert!(!is_link_line(&page, para, 0));
        assert!(is_related_marker("Tin liên quan:") && is_related_marker("ĐỌC THÊM") && !is_related_marker("Đọc thêm tại đây"));
        // Plain text shows no boxes: nothing is taken.
        let text = Page::from_text("a.txt", &lines.join("\n"));
        let mut labels = vec![Label::Body; lines.len()];
        mark_inline_boxes(&text, &lines, &mut labels, paragraph);
        assert!(labels.iter().all(|l| *l == Label::Body));
    }

    #[test]
    fn a_comment_forms_fields_saved_as_text_go_with_its_heading() {
        let para = "Trạm y tế xã đã tiếp nhận 120 lượt người đến khám trong tuần, tăng 15 lượt so với tuần trước.";
        let text = format!("{para}\nÝ kiến bạn đọc\nHọ tên (*):\nEmail\nNội dung\nGửi ý kiến\n{para}");
        let page = Page::from_text("t.txt", &text);
        let comments = Label::boilerplate("comments");
        assert_eq!(furniture_labels(&page), [Label::Body, comments.clone(), comments.clone(), comments.clone(), comments.clone(), comments, Label::Body]);
        // A field's word opening a line of the article is no field, nor is it without the heading.
        let text = format!("{para}\nÝ kiến bạn đọc\nNội dung chính của đợt kiểm tra\nEmail");
        let page = Page::from_text("t.txt", &text);
        assert_eq!(furniture_labels(&page), [Label::Body, Label::boilerplate("comments"), Label::Body, Label::Body]);
        let page = Page::from_text("t.txt", &format!("{para}\nHọ tên\nNội dung"));
        assert_eq!(furniture_labels(&page), [Label::Body, Label::Body, Label::Body]);
    }

    #[test]
    fn the_comments_go_with_the_heading_that_opens_their_box() {
        let para = "Trạm y tế xã đã tiếp nhận 120 lượt người đến khám trong tuần, tăng 15 lượt so với tuần trước.";
        let rows = [
            (para, BlockTag::P, 1, 0),
            ("Ý kiến bạn đọc (2)", BlockTag::Div, 3, 0),
            ("Đỗ Thị Hoa1 giờ trước", BlockTag::Li, 5, 0),
            ("Mong trạm y tế mở thêm giờ khám buổi tối cho người đi làm, cả tuần tôi không thu xếp được để đưa mẹ đi khám.", BlockTag::Li, 5, 0),
            ("Trả lời Thích (3)", BlockTag::Li, 5, 15),
            ("Bạn đọc gửi ý kiến bằng tiếng Việt có dấu.", BlockTag::P, 2, 0),
            ("Tin cùng chuyên mục", BlockTag::Div, 6, 0),
        ];
        // The heading in a title box of its own, inside the box of the comments.
        let boxes = [
            ("div", "main", None),
            ("div", "detail-content", Some(0)),
            ("div", "box-comment", Some(0)),
            ("div", "title-box", Some(2)),
            ("ul", "comment-list", Some(2)),
            ("li", "", Some(4)),
            ("div", "same-cate", Some(0)),
        ];
        let page = html_page(&rows, &boxes);
        let comments = Label::boilerplate("comments");
        assert_eq!(furniture_labels(&page), [Label::Body, comments.clone(), comments.clone(), comments.clone(), comments.clone(), comments, Label::Body]);
        // A counter written among the article's paragraphs opens no box: it goes alone.
        let rows = [(para, BlockTag::P, 1, 0), ("Bình luận (0)", BlockTag::Div, 1, 0), (para, BlockTag::P, 1, 0)];
        let page = html_page(&rows, &boxes);
        assert_eq!(furniture_labels(&page), [Label::Body, Label::boilerplate("comments"), Label::Body]);
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

    #[test]
    fn widgets_under_an_article_and_counts_of_comments() {
        for (line, reason) in [
            ("2 bình luận về “Trạm y tế xã Nậm Khẩu ra quân diệt lăng quăng”", "comments"),
            ("3 ý kiến", "comments"),
            ("Để lại bình luận", "comments"),
            ("Đánh giá bài viết:", "rating"),
            ("★★★★☆ 4,2/5 (17 bình chọn)", "rating"),
            ("Bài viết có hữu ích cho bạn không?", "rating"),
            ("Đăng ký nhận bản tin Sức khỏe mỗi sáng", "newsletter"),
            ("Có 3 cập nhật mới", "live-refresh"),
            ("Chia sẻ:", "share"),
        ] {
            assert_eq!(furniture_reason(line), Some(reason), "{line}");
        }
        for line in [
            "3 ý kiến đóng góp vào dự thảo kế hoạch đã được tiếp thu.",
            "12 phản hồi của người dân về giờ khám",
            "2bình luận",
            "Có 3 cập nhật trong quy trình khám bệnh.",
            "Đánh giá kết quả 6 tháng đầu năm",
        ] {
            assert_eq!(furniture_reason(line), None, "{line}");
        }
    }

    #[test]
    fn a_newsrooms_masthead_in_a_footer() {
        assert!(names_press("Tổng Biên tập: Hà Văn Khiêm"));
        assert!(names_press("TÒA SOẠN: 12 đường Hoa Ban, phường Tân Lập"));
        assert!(names_press("Giấy phép hoạt động báo chí số 55/GP-BTTTT"));
        assert!(!names_press("Cơ quan chủ quản: Sở Y tế tỉnh Sơn Lâm"));
        assert!(!names_press(&"Tổng biên tập ".repeat(100)));
    }

    #[test]
    fn a_masthead_is_found_around_its_letter_as_in_the_whole_line() {
        let whole = |line: &str| line.len() <= 4 * PRESS_LINE_CHARS && PRESS_MARKS.iter().any(|m| lower_same_len(line).contains(m));
        let pieces = [
            "Tổng ", "TỔNG ", "biên ", "BIÊN ", "tập", "TẬP", "Tập", "tạp", "tòa ", "TOÀ ", "soạn", "SOẠN", "sọan", "hoạt ", "HOẠT ",
            "động ", "báo ", "chí", "CHÍ", "ạ", "ậ", "Ạ", "o", "t", "p", "n", ": ", "ả", "\u{212A}", "中",
        ];
        let lines = crate::testing::Rng(0x5DEE_CE66_D1CE_4E5B).texts(&pieces, 20_000, 12);
        assert!(lines.iter().filter(|l| whole(l)).count() > 500, "the pieces make mastheads often enough");
        for line in &lines {
            assert_eq!(names_press(line), whole(line), "{line:?}");
        }
    }

    #[test]
    fn banners_and_comment_threads_their_boxes_name() {
        let para = "Trạm y tế xã đã tiếp nhận 120 lượt người đến khám trong tuần, tăng 15 lượt so với tuần trước.";
        let rows = [
            ("Trang web dùng cookie để cải thiện trải nghiệm.", BlockTag::P, 1, 0),
            ("Tôi đồng ý", BlockTag::Div, 1, 0),
            ("Trạm y tế xã ra quân tiêm vắc xin", BlockTag::H1, 3, 0),
            (para, BlockTag::P, 3, 0),
            ("Lê Thị Mận · 2 giờ trước", BlockTag::Div, 5, 0),
            ("Cảm ơn trạm y tế.", BlockTag::P, 5, 0),
            ("Bạn đọc viết bình luận có dấu.", BlockTag::P, 6, 0),
        ];
        let boxes = [
            ("body", "cookie-accepted", None),
            ("div", "cookie-consent", Some(0)),
            ("div", "wrap has-comments", Some(0)),
            ("div", "main comments-on", Some(2)),
            ("div", "comment-list", Some(2)),
            ("div", "item", Some(4)),
            ("div", "no-comments-note", Some(2)),
        ];
        let page = html_page(&rows, &boxes);
        assert_eq!(banner_blocks(&page), [true, true, false, false, false, false, false]);
        // The boxes around the headline hold the article, whatever they are named for.
        assert_eq!(comment_blocks(&page), [false, false, false, false, true, true, false]);
        // Without a named box, a short line that asks for cookies is still the banner's.
        let text = Page::from_text("a.txt", &format!("Chúng tôi sử dụng cookie. Bạn có đồng ý?\n{para}"));
        assert_eq!(banner_blocks(&text), [true, false]);
    }
}

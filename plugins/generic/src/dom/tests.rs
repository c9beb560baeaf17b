//! Unit tests of the main-content extractor on hand-built pages.

use super::*;
use vanban_plugin_sdk::{Block, Container, Format, Page};

/// A page from `(container, tag, text, link_chars)` rows over the given containers.
fn page(containers: Vec<Container>, rows: &[(u32, BlockTag, &str, u32)]) -> Page {
    let mut p = Page { format: Format::Html, containers, ..Page::default() };
    for &(c, tag, text, link_chars) in rows {
        if !p.text.is_empty() {
            p.text.push('\n');
        }
        let start = p.text.len();
        p.text.push_str(text);
        p.blocks.push(Block { start, end: p.text.len(), tag, container: Some(c), link_chars, links: u32::from(link_chars > 0), ..Block::default() });
    }
    p
}

fn container(parent: Option<u32>, tag: &str, hint: &str, depth: u32) -> Container {
    Container { parent, tag: tag.into(), hint: hint.into(), depth }
}

const PARA: &str = "The district clinic opened a second ward this spring, and the staff, who had waited two years, moved in within a week.";

#[test]
fn keeps_article_drops_sidebar_and_nav() {
    let cs = vec![
        container(None, "body", "", 0),
        container(Some(0), "nav", "", 1),
        container(Some(0), "div", "post-content", 1),
        container(Some(0), "div", "sidebar", 1),
    ];
    let p = page(cs, &[
        (1, BlockTag::Li, "Home", 4),
        (2, BlockTag::H1, "A headline", 0),
        (2, BlockTag::P, PARA, 0),
        (2, BlockTag::P, PARA, 0),
        (3, BlockTag::P, PARA, 0),
    ]);
    let s = strip(&p);
    assert_eq!(s.labels[0], Label::boilerplate("navigation"));
    assert_eq!(s.labels[1], Label::Title);
    assert_eq!(s.labels[2], Label::Body);
    assert_eq!(s.labels[4], Label::boilerplate("sidebar"));
    assert_eq!(s.title.as_deref(), Some("A headline"));
}

#[test]
fn exclude_hints_remove_a_part() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "article", "", 1), container(Some(1), "div", "box-other", 2)];
    let p = page(cs, &[(1, BlockTag::P, PARA, 0), (1, BlockTag::P, PARA, 0), (2, BlockTag::P, PARA, 0)]);
    assert_eq!(strip(&p).labels[2], Label::Body);
    let s = strip_with(&p, &Options { exclude_hints: &["box-other"] });
    assert_eq!(s.labels[2], Label::boilerplate("excluded"));
}

const REPLY: &str = "I read the whole report twice, and honestly, the numbers on the new ward, the staff and the beds look better than last year, but who pays?";

#[test]
fn a_part_inside_comments_is_never_the_article() {
    // The comment thread holds more and longer prose than the short article above it, and
    // each comment has a "content" class of its own.
    let cs = vec![
        container(None, "body", "", 0),
        container(Some(0), "div", "story", 1),
        container(Some(0), "div", "comments-container", 1),
        container(Some(2), "div", "comment-item", 2),
        container(Some(3), "div", "content", 3),
    ];
    let mut rows = vec![(1, BlockTag::P, PARA, 0), (1, BlockTag::P, PARA, 0)];
    rows.extend(std::iter::repeat_n((4, BlockTag::P, REPLY, 0), 8));
    let s = strip(&page(cs, &rows));
    assert_eq!(s.labels[0], Label::Body);
    assert_eq!(s.labels[1], Label::Body);
    assert_eq!(s.labels[2], Label::boilerplate("comments"));
}

#[test]
fn many_short_lines_before_the_first_paragraph_are_kept() {
    // A schedule: a dozen short lines, then one paragraph of prose.
    let cs = vec![container(None, "body", "", 0), container(Some(0), "div", "article-body", 1)];
    let lines: Vec<String> = (1..=10).map(|n| format!("Round {n}: the clinic in the north ward")).collect();
    let mut rows: Vec<(u32, BlockTag, &str, u32)> = lines.iter().map(|l| (1, BlockTag::P, l.as_str(), 0)).collect();
    rows.push((1, BlockTag::P, PARA, 0));
    let s = strip(&page(cs, &rows));
    assert!(s.labels.iter().all(|l| *l == Label::Body), "{:?}", s.labels);
}

#[test]
fn a_few_short_lines_before_the_first_paragraph_are_furniture() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "div", "article-body", 1)];
    let rows = [(1, BlockTag::P, "By Ann Writer", 0), (1, BlockTag::P, "Updated 9:30 am", 0), (1, BlockTag::P, PARA, 0), (1, BlockTag::P, "https://example.org/news/clinic-opens-ward-123", 0)];
    let s = strip(&page(cs, &rows));
    assert_eq!(s.labels[0], Label::Dateline);
    assert_eq!(s.labels[1], Label::Dateline);
    assert_eq!(s.labels[2], Label::Body);
    assert_eq!(s.labels[3], Label::boilerplate("address"));
}

#[test]
fn figures_and_galleries_are_captions_not_body() {
    let cs = vec![
        container(None, "body", "", 0),
        container(Some(0), "article", "", 1),
        container(Some(1), "figure", "", 2),
        container(Some(1), "div", "photo-gallery", 2),
    ];
    let shot = "Nurses unpack the new beds in the east wing of the clinic on Monday morning";
    let rows = [
        (1, BlockTag::P, PARA, 0),
        (2, BlockTag::Figcaption, shot, 0),
        (3, BlockTag::Div, shot, 0),
        (3, BlockTag::Div, "Photo: Staff Photographer", 0),
        (1, BlockTag::P, PARA, 0),
    ];
    let s = strip(&page(cs, &rows));
    assert_eq!(s.labels[0], Label::Body);
    assert_eq!(s.labels[1], Label::Caption);
    assert_eq!(s.labels[2], Label::Caption);
    assert_eq!(s.labels[4], Label::Body);
    // The repeated caption is recorded once.
    assert_eq!(s.captions, vec![shot.to_string(), "Photo: Staff Photographer".to_string()]);
}

#[test]
fn an_article_in_cards_is_joined() {
    // Each paragraph sits in its own box inside a card; the cards are siblings.
    let mut cs = vec![container(None, "body", "", 0), container(Some(0), "div", "collection", 1), container(Some(0), "div", "sidebar-links", 1)];
    let mut rows = Vec::new();
    for k in 0..4u32 {
        let card = cs.len() as u32;
        cs.push(container(Some(1), "div", "card", 2));
        cs.push(container(Some(card), "div", "card-content", 3));
        rows.push((card + 1, BlockTag::P, if k == 2 { REPLY } else { PARA }, 0));
    }
    rows.push((2, BlockTag::P, PARA, 0));
    let s = strip(&page(cs, &rows));
    assert_eq!(&s.labels[..4], &[Label::Body, Label::Body, Label::Body, Label::Body]);
    assert_eq!(s.labels[4], Label::boilerplate("sidebar"));
}

#[test]
fn comma_count_on_bytes_matches_char_count() {
    for text in ["", "a, b, c", "một, hai，ba، bốn", "，，", "ØŒ ، x", "no commas here ứ"] {
        let by_chars = text.chars().filter(|c| matches!(c, ',' | '，' | '،')).count();
        assert_eq!(count_commas(text), by_chars, "{text}");
    }
}

#[test]
fn lower_case_prefix_matches_whole_lower_casing() {
    for (text, prefix) in [("Xem THÊM: bài khác", "xem thêm"), ("XEM", "xem thêm"), ("Đọc thêm", "đọc thêm"), ("İstanbul", "i"), ("Share this", "share"), ("Shore", "share")] {
        assert_eq!(starts_with_lower(text, prefix), text.to_lowercase().starts_with(prefix), "{text} / {prefix}");
    }
}

#[test]
fn headline_comparison_ignores_case_and_spacing_only() {
    let norm = |s: &str| s.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ");
    let pairs = [("Trạm Y TẾ  mở cửa", " trạm y tế mở\tcửa "), ("A b", "a  c"), ("ΟΔΟΣ", "οδος"), ("ΟΔΟΣ", "οδοσ"), ("", "  "), ("ab", "a b")];
    for (a, b) in pairs {
        assert_eq!(same_text(a, b), norm(a) == norm(b), "{a} / {b}");
    }
}

#[test]
fn a_date_shown_beside_the_headline_is_the_published_date_when_none_is_declared() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "div", "main", 1), container(Some(1), "div", "content", 2)];
    let rows = [
        (1, BlockTag::H1, "Kiểm tra công tác phòng, chống bệnh dại", 0),
        (1, BlockTag::Div, "Ngày đăng: 21/08/2025 | Lượt xem: 312", 0),
        (2, BlockTag::P, PARA, 0),
        (2, BlockTag::P, PARA, 0),
    ];
    assert_eq!(strip(&page(cs.clone(), &rows)).published.as_deref(), Some("2025-08-21"));
    // A date far below the headline, in the article, is not the page's.
    let far = [rows[0], (2, BlockTag::P, PARA, 0), (2, BlockTag::P, PARA, 0), (2, BlockTag::P, PARA, 0), (2, BlockTag::P, "Ngày 21/08/2025", 0)];
    assert_eq!(strip(&page(cs, &far)).published, None);
}

#[test]
fn the_posting_line_of_a_blog_dates_the_post() {
    // A WordPress theme prints the post's meta under its headline, the month in words, the
    // published and updated times side by side (their texts meet: "202522 Tháng Tám").
    let cs = vec![container(None, "body", "", 0), container(Some(0), "header", "entry-header", 1), container(Some(0), "div", "entry-content", 1)];
    let meta = "Đăng ngày 21 Tháng Tám, 202522 Tháng Tám, 2025 bởi admin / Tin tức / Để lại bình luận";
    let rows = [(1, BlockTag::H1, "Kiểm tra công tác phòng, chống bệnh dại", 0), (1, BlockTag::Div, meta, 30), (2, BlockTag::P, PARA, 0), (2, BlockTag::P, PARA, 0)];
    assert_eq!(strip(&page(cs.clone(), &rows)).published.as_deref(), Some("2025-08-21"));
    for (line, date) in [
        ("Đăng ngày 3 Tháng Mười Hai, 2024 bởi quantri", Some("2024-12-03")),
        ("Ngày đăng: 9 tháng 7, 2025", Some("2025-07-09")),
        ("Đăng lúc 30 Tháng Hai, 2025", None),
        // Blogger heads a day's posts with its date and weekday.
        ("Chủ Nhật, 8 tháng 11, 2026", Some("2026-11-08")),
        ("Thứ 4, 11 tháng 11, 2026", Some("2026-11-11")),
        ("Ngày 21 Tháng Tám, 2025 đoàn đã đến kiểm tra 12 trạm y tế xã trên địa bàn", None),
    ] {
        assert_eq!(posted::posted_date(line).as_deref(), date, "{line}");
    }
}

#[test]
fn a_closing_credit_is_the_byline() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "div", "content", 1)];
    let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    for (credit, authors) in [
        ("Phòng Nghiệp vụ Y", vec![]),
        ("Hoàng Minh (Văn phòng Sở)", names(&["Hoàng Minh"])),
        ("Thu Hằng - Quốc Việt", names(&["Thu Hằng", "Quốc Việt"])),
    ] {
        let p = page(cs.clone(), &[(1, BlockTag::P, PARA, 0), (1, BlockTag::P, PARA, 0), (1, BlockTag::P, credit, 0)]);
        let s = strip(&p);
        assert_eq!(s.labels[2], Label::Byline, "{credit}");
        assert_eq!(s.authors, authors);
    }
    // Central Highlands names glue a prefix by an apostrophe, with a unit or alone.
    for (credit, authors) in [("H’Lan Êban – TTYT huyện Krông Pa", names(&["H’Lan Êban"])), ("K'Thoa Niê", names(&["K'Thoa Niê"]))] {
        let p = page(cs.clone(), &[(1, BlockTag::P, PARA, 0), (1, BlockTag::P, PARA, 0), (1, BlockTag::P, credit, 0)]);
        let s = strip(&p);
        assert_eq!(s.labels[2], Label::Byline, "{credit}");
        assert_eq!(s.authors, authors);
    }
    // A short last paragraph is the article's; so is a name signing under a title in capitals.
    let p = page(cs.clone(), &[(1, BlockTag::P, PARA, 0), (1, BlockTag::P, PARA, 0), (1, BlockTag::P, "Kyle Busch", 0)]);
    assert_eq!(strip(&p).labels[2], Label::Body);
    let p = page(cs, &[(1, BlockTag::P, PARA, 0), (1, BlockTag::P, PARA, 0), (1, BlockTag::P, "TRƯỞNG TRẠM", 0), (1, BlockTag::P, "Lê Văn Hùng", 0)]);
    assert!(strip(&p).authors.is_empty());
}

#[test]
fn a_view_counter_under_the_article_leaves_the_body_and_the_credit_above_it_closes_it() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "div", "content", 1)];
    let p = page(cs, &[
        (1, BlockTag::P, PARA, 0),
        (1, BlockTag::P, PARA, 0),
        (1, BlockTag::P, "Ngọc Lan (Khoa Dược)", 0),
        (1, BlockTag::Div, "Lượt xem: 512", 0),
    ]);
    let s = strip(&p);
    assert_eq!(s.labels[3], Label::boilerplate("counter"));
    assert_eq!(s.labels[2], Label::Byline);
    assert_eq!(s.authors, ["Ngọc Lan"]);
}

#[test]
fn teasers_and_read_more_links_inside_the_article_are_furniture() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "div", "post-content", 1), container(Some(1), "div", "video-embed", 2)];
    let teaser = "[Video] Người dân xếp hàng từ sáng sớm chờ tiêm vắc xin tại trạm y tế phường";
    let p = page(cs, &[
        (1, BlockTag::H1, "A headline", 0),
        (1, BlockTag::P, PARA, 0),
        (2, BlockTag::Div, teaser, 0),
        (1, BlockTag::P, PARA, 0),
    ]);
    let s = strip(&p);
    assert_eq!(s.labels[2], Label::boilerplate("teaser"));
    assert_eq!(s.body_lines(&p), vec![PARA.to_string(), PARA.to_string()]);
}

#[test]
fn a_blog_post_shows_its_headline_under_the_blogs_name() {
    // A Blogger page: the blog's name in an h1, the day's date over the post, the post's own
    // heading in an h3 inside a box named "widget", and a declared title of both names.
    let cs = vec![
        container(None, "body", "", 0),
        container(Some(0), "div", "header", 1),
        container(Some(0), "div", "widget blog", 1),
        container(Some(2), "div", "post hentry", 2),
        container(Some(3), "div", "post-body entry-content", 3),
    ];
    let rows = [
        (1, BlockTag::H1, "Trạm Y tế xã Phước Lâm", 0),
        (2, BlockTag::H2, "Thứ Hai, 9 tháng 3, 2026", 0),
        (3, BlockTag::H3, "Tiêm vét vắc xin sởi cho trẻ tại trạm", 0),
        (4, BlockTag::Div, PARA, 0),
        (4, BlockTag::Div, PARA, 0),
        (4, BlockTag::Div, "Tin, ảnh: Nữ hộ sinh Đặng Thị Bé", 0),
    ];
    let mut p = page(cs, &rows);
    p.meta.og_title = Some("Trạm Y tế xã Phước Lâm: tiêm vét vắc xin sởi cho trẻ tại trạm".into());
    let s = strip(&p);
    assert_eq!(s.title.as_deref(), Some("Tiêm vét vắc xin sởi cho trẻ tại trạm"));
    assert_eq!(s.labels[2], Label::Title);
    assert_eq!(s.published.as_deref(), Some("2026-03-09"));
    assert_eq!(s.authors, ["Đặng Thị Bé"]);
    assert_eq!(s.body_lines(&p), vec![PARA.to_string(), PARA.to_string()]);
}

#[test]
fn a_declared_title_with_the_sites_name_matches_the_longer_part_only() {
    assert!(beside_site_name("Cảnh báo dịch sởi mùa xuân - Báo Sức Khỏe", "Cảnh báo dịch sởi mùa xuân"));
    assert!(beside_site_name("Sở Y tế | Cảnh báo dịch sởi mùa xuân", "cảnh báo  dịch sởi mùa xuân"));
    // The site's name is no headline, nor is a part set off by no separator.
    assert!(!beside_site_name("Cảnh báo dịch sởi mùa xuân - Báo Sức Khỏe", "Báo Sức Khỏe"));
    assert!(!beside_site_name("Cảnh báo dịch sởi mùa xuân năm nay", "Cảnh báo dịch sởi"));
    assert!(!beside_site_name("Tin tức - Sự kiện", "Sự kiện"));
}

#[test]
fn without_an_h1_the_page_title_points_at_the_headline_block() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "div", "news-detail", 1), container(Some(1), "div", "img-box", 2)];
    let rows = [
        (1, BlockTag::Div, "Trạm y tế xã ra quân diệt lăng quăng", 0),
        (1, BlockTag::Div, "Cập nhật lúc: 08:10 - 14/10/2026", 0),
        (1, BlockTag::P, PARA, 0),
        (2, BlockTag::P, "Cán bộ trạm hướng dẫn người dân. Ảnh: Trạm Y tế", 0),
        (1, BlockTag::P, PARA, 0),
    ];
    let mut p = page(cs.clone(), &rows);
    p.meta.title = Some("Trạm y tế xã ra quân diệt lăng quăng - Trung tâm Y tế huyện".into());
    let s = strip(&p);
    assert_eq!(s.title.as_deref(), Some("Trạm y tế xã ra quân diệt lăng quăng"));
    assert_eq!(s.published.as_deref(), Some("2026-10-14T08:10"));
    assert_eq!(s.captions, ["Cán bộ trạm hướng dẫn người dân. Ảnh: Trạm Y tế"]);
    // A shorter `<title>` names the heading that holds it.
    let rows = [(1, BlockTag::H2, "Trung tâm Y tế huyện giao ban tháng 10", 0), (1, BlockTag::P, PARA, 0), (1, BlockTag::P, PARA, 0)];
    let mut p = page(cs, &rows);
    p.meta.title = Some("Giao ban tháng 10".into());
    assert_eq!(strip(&p).title.as_deref(), Some("Trung tâm Y tế huyện giao ban tháng 10"));
    // A `<title>` that is the heading word for word names it too, and the date under it is
    // the post's.
    let rows = [(1, BlockTag::H2, "Thông báo kết luận hội nghị giao ban tháng 10", 0), (1, BlockTag::P, "15/10/2026", 0), (1, BlockTag::P, PARA, 0)];
    let mut p = page(vec![container(None, "body", "", 0), container(Some(0), "div", "news-detail", 1)], &rows);
    p.meta.title = Some("Thông báo kết luận hội nghị giao ban tháng 10".into());
    let s = strip(&p);
    assert_eq!((s.labels[0].clone(), s.published.as_deref()), (Label::Title, Some("2026-10-15")));
}

#[test]
fn a_heading_over_the_text_is_the_headline_when_the_title_names_only_the_site() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "div", "main", 1)];
    let rows = [
        (1, BlockTag::Div, "Trang chủ / Tin tức - Sự kiện / Hoạt động ngành", 0),
        (1, BlockTag::H3, "Hoạt động ngành", 0),
        (1, BlockTag::H2, "Kiểm tra an toàn thực phẩm dịp Tết Trung thu năm 2026", 0),
        (1, BlockTag::Div, "Cập nhật: 02/09/2026 10:05", 0),
        (1, BlockTag::P, PARA, 0),
        (1, BlockTag::P, PARA, 0),
    ];
    let mut p = page(cs, &rows);
    p.meta.title = Some("Sở Y tế tỉnh Đồng Lâm".into());
    let s = strip(&p);
    assert_eq!(s.title.as_deref(), Some("Kiểm tra an toàn thực phẩm dịp Tết Trung thu năm 2026"));
    assert_eq!(s.labels[2], Label::Title);
    // A section's name is too short for a headline: the `<title>` stays.
    let rows = [(1, BlockTag::H2, "Tin tức - Sự kiện", 0), (1, BlockTag::P, PARA, 0), (1, BlockTag::P, PARA, 0)];
    let mut p = page(vec![container(None, "body", "", 0), container(Some(0), "div", "main", 1)], &rows);
    p.meta.title = Some("Sở Y tế tỉnh Đồng Lâm".into());
    assert_eq!(strip(&p).title.as_deref(), Some("Sở Y tế tỉnh Đồng Lâm"));
}

#[test]
fn a_headline_set_in_a_paragraph_over_its_date_stamp_is_the_title() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "div", "item-page", 1)];
    let rows = [
        (1, BlockTag::P, "Trạm Y tế xã Bình Khê tổ chức khám sàng lọc cho người cao tuổi", 0),
        (1, BlockTag::P, "Thứ Ba, 14/10/2026 08:40", 0),
        (1, BlockTag::P, PARA, 0),
        (1, BlockTag::P, PARA, 0),
    ];
    let mut p = page(cs.clone(), &rows);
    p.meta.title = Some("Trung tâm Y tế huyện Sơn Khê".into());
    let s = strip(&p);
    assert_eq!(s.title.as_deref(), Some("Trạm Y tế xã Bình Khê tổ chức khám sàng lọc cho người cao tuổi"));
    assert_eq!(s.labels[0], Label::Title);
    assert_eq!(s.published.as_deref(), Some("2026-10-14T08:40"));
    // Without a stamp under it, a line over the text may be a kicker: the `<title>` stays.
    let mut p = page(cs, &[rows[0], rows[2], rows[3]]);
    p.meta.title = Some("Trung tâm Y tế huyện Sơn Khê".into());
    assert_eq!(strip(&p).title.as_deref(), Some("Trung tâm Y tế huyện Sơn Khê"));
}

#[test]
fn a_sections_name_as_the_pages_heading_gives_way_to_the_headline_by_the_stamp() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "div", "news-detail", 1)];
    let rows = [
        (1, BlockTag::H1, "Tin tức - Sự kiện", 0),
        (1, BlockTag::P, "08:30 | 21/10/2026", 0),
        (1, BlockTag::P, "HỘI NGHỊ TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH MÙA ĐÔNG XUÂN", 0),
        (1, BlockTag::P, PARA, 0),
        (1, BlockTag::P, PARA, 0),
    ];
    let mut p = page(cs.clone(), &rows);
    p.meta.og_title = Some("Tin tức - Sự kiện".into());
    let s = strip(&p);
    assert_eq!(s.title.as_deref(), Some("HỘI NGHỊ TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH MÙA ĐÔNG XUÂN"));
    assert_eq!(s.labels[2], Label::Title);
    // A headline of six words or more in the h1 stays, whatever lines lie under it.
    let mut rows2 = rows;
    rows2[0] = (1, BlockTag::H1, "Trạm Y tế xã ra quân diệt lăng quăng", 0);
    let s = strip(&page(cs, &rows2));
    assert_eq!(s.title.as_deref(), Some("Trạm Y tế xã ra quân diệt lăng quăng"));
}

#[test]
fn a_headline_and_a_credit_in_boxes_beside_the_texts_are_its_title_and_writer() {
    let cs = vec![
        container(None, "body", "", 0),
        container(Some(0), "div", "content", 1),
        container(Some(1), "div", "date", 2),
        container(Some(1), "div", "tieude", 2),
        container(Some(1), "div", "noidung", 2),
        container(Some(1), "div", "tacgia", 2),
    ];
    let rows = [
        (2, BlockTag::Div, "Cập nhật: 12/03/2026 14:05", 0),
        (3, BlockTag::Div, "Bệnh viện cấp cứu thành công hai ca ngộ độc nấm rừng", 0),
        (4, BlockTag::Div, PARA, 0),
        (4, BlockTag::Div, PARA, 0),
        (4, BlockTag::Div, PARA, 0),
        (5, BlockTag::Div, "Tác giả: Lò Thị Mai", 0),
    ];
    let mut p = page(cs.clone(), &rows);
    p.meta.title = Some("Bệnh viện Đa khoa huyện Sơn Khê".into());
    let s = strip(&p);
    assert_eq!(s.title.as_deref(), Some("Bệnh viện cấp cứu thành công hai ca ngộ độc nấm rừng"));
    assert_eq!(s.published.as_deref(), Some("2026-03-12T14:05"));
    assert_eq!(s.authors, ["Lò Thị Mai"]);
    assert_eq!(s.labels[5], Label::Byline);
    // An unlabelled name under the text may be a sidebar's; a share bar by the stamp is no
    // headline.
    let mut rows2 = rows;
    rows2[1] = (3, BlockTag::Div, "Chia sẻ bài viết qua Facebook Zalo hoặc Email", 0);
    rows2[5] = (5, BlockTag::Div, "Lò Thị Mai", 0);
    let mut p = page(cs, &rows2);
    p.meta.title = Some("Bệnh viện Đa khoa huyện Sơn Khê".into());
    let s = strip(&p);
    assert_eq!(s.title.as_deref(), Some("Bệnh viện Đa khoa huyện Sơn Khê"));
    assert!(s.authors.is_empty());
}

#[test]
fn a_long_headline_leaves_the_date_line_under_it_to_the_lead_in_and_a_source_closes_with_the_writer() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "article", "post", 1)];
    let rows = [
        (1, BlockTag::H1, "Trạm y tế các xã vùng cao đồng loạt ra quân tiêm vắc xin sởi cho trẻ dưới năm tuổi trước mùa đông năm nay", 0),
        (1, BlockTag::Div, "14/10/2026 08:10 Tiêm chủng Thời gian đọc: 2 phút", 0),
        (1, BlockTag::P, PARA, 0),
        (1, BlockTag::P, PARA, 0),
        (1, BlockTag::P, "LÒ VĂN PẤNG", 0),
        (1, BlockTag::P, "Nguồn: Báo Vùng Cao", 0),
    ];
    let s = strip(&page(cs, &rows));
    assert_eq!(s.labels[1], Label::Dateline);
    assert_eq!(s.labels[4], Label::Byline);
    assert_eq!(s.labels[5], Label::Byline);
    assert_eq!(s.authors, ["Lò Văn Pấng"]);
}

#[test]
fn a_line_in_a_photos_box_is_its_caption_and_a_heading_there_is_not() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "article", "post", 1), container(Some(1), "div", "img-box", 2)];
    let rows = [
        (1, BlockTag::H1, "Trạm y tế xã ra quân diệt lăng quăng", 0),
        (1, BlockTag::P, PARA, 0),
        (2, BlockTag::P, "Cán bộ trạm hướng dẫn người dân diệt lăng quăng", 0),
        (1, BlockTag::P, PARA, 0),
        (2, BlockTag::H3, "Tin đọc nhiều", 0),
        (1, BlockTag::P, PARA, 0),
    ];
    let s = strip(&page(cs, &rows));
    assert_eq!(s.captions, ["Cán bộ trạm hướng dẫn người dân diệt lăng quăng"]);
    assert_ne!(s.labels[4], Label::Caption);
}

#[test]
fn a_liferay_posts_credit_files_and_closing_stamp_leave_the_body() {
    // A Liferay portal's post: the writer's credit under the headline, the files attached
    // under "Tải về" between the paragraphs, the post's stamp under the last one.
    let cs = vec![container(None, "body", "", 0), container(Some(0), "div", "journal-content-article", 1)];
    let rows = [
        (1, BlockTag::H1, "Trạm y tế xã An Khê tiếp nhận máy siêu âm mới", 0),
        (1, BlockTag::P, "Tin, ảnh: Lâm Thị Ngọc Hà", 0),
        (1, BlockTag::P, PARA, 0),
        (1, BlockTag::P, "Tải về", 0),
        (1, BlockTag::P, "Quyết định tiếp nhận tài trợ", 28),
        (1, BlockTag::P, PARA, 0),
        (1, BlockTag::P, "Cập nhật lúc: 08:15 05/11/2026", 0),
    ];
    let s = strip(&page(cs.clone(), &rows));
    assert_eq!(s.labels[1], Label::Byline);
    assert_eq!(s.authors, ["Lâm Thị Ngọc Hà"]);
    assert_eq!(s.labels[3], Label::boilerplate("attachments"));
    assert_eq!(s.labels[6], Label::Dateline);
    assert_eq!(s.published.as_deref(), Some("2026-11-05T08:15"));
    assert_eq!(s.body_lines(&page(cs.clone(), &rows)), vec![PARA.to_string(), PARA.to_string()]);
    // A closing byline names the writer over the credit under the headline; a date alone
    // closing the article is none of its stamps.
    let mut closing = rows.to_vec();
    closing[6] = (1, BlockTag::P, "05/11/2026", 0);
    closing.push((1, BlockTag::P, "Hoàng Minh (Văn phòng Sở)", 0));
    let s = strip(&page(cs, &closing));
    assert_eq!(s.authors, ["Hoàng Minh"]);
    assert_eq!(s.published, None);
}

#[test]
fn the_recipients_of_a_notice_and_what_follows_them_leave_the_body() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "div", "news-detail", 1)];
    let rows = [
        (1, BlockTag::H1, "Thông báo lịch tiêm chủng tháng 11", 0),
        (1, BlockTag::P, PARA, 0),
        (1, BlockTag::P, "Nơi nhận: Trạm y tế các xã; Lưu: VT.", 0),
        (1, BlockTag::P, "GIÁM ĐỐC", 0),
        (1, BlockTag::P, "Lục Văn Tư", 0),
    ];
    let s = strip(&page(cs.clone(), &rows));
    assert_eq!(s.body_lines(&page(cs.clone(), &rows)), vec![PARA.to_string()]);
    assert_eq!(s.labels[2], Label::boilerplate("recipients"));
    // Before any paragraph, the words are no such tail.
    let rows = [(1, BlockTag::P, "Nơi nhận hồ sơ: Bộ phận một cửa", 0), (1, BlockTag::P, PARA, 0)];
    assert_ne!(strip(&page(cs, &rows)).labels[0], Label::boilerplate("recipients"));
}

#[test]
fn a_lead_set_apart_above_the_body_is_article_but_a_short_line_there_is_not() {
    let lead = "On Monday morning, the provincial health department met the district clinics to review the first ten months, and set tasks for the winter.";
    let cs = vec![
        container(None, "body", "", 0),
        container(Some(0), "div", "news-detail", 1),
        container(Some(1), "div", "date-news", 2),
        container(Some(1), "div", "sapo", 2),
        container(Some(1), "div", "content-news", 2),
        container(Some(1), "div", "related", 2),
    ];
    let mut rows = vec![(1, BlockTag::H1, "A headline", 0), (2, BlockTag::P, "Posted 14/11/2026", 0), (3, BlockTag::P, lead, 0)];
    for _ in 0..5 {
        rows.push((4, BlockTag::P, PARA, 0));
    }
    rows.push((5, BlockTag::Li, "Another story", 13));
    let s = strip(&page(cs.clone(), &rows));
    assert_eq!(s.labels[2], Label::Body, "{:?}", s.labels);
    assert_ne!(s.labels[1], Label::Body);
    assert_ne!(s.labels[8], Label::Body);
    // Set as a heading, the lead still ends its sentence; a headline there does not.
    rows[2].1 = BlockTag::H2;
    assert_eq!(strip(&page(cs.clone(), &rows)).labels[2], Label::Body);
    let headline = lead.trim_end_matches('.');
    rows[2].2 = headline;
    assert_ne!(strip(&page(cs, &rows)).labels[2], Label::Body);
}

#[test]
fn the_headlines_under_a_related_marker_after_the_text_leave_it_and_the_credit_closes_it() {
    let cs = vec![container(None, "body", "", 0), container(Some(0), "div", "content", 1), container(Some(1), "div", "other", 2)];
    let rows = [
        (1, BlockTag::H1, "Kiểm tra an toàn thực phẩm dịp Tết Trung thu", 0),
        (1, BlockTag::P, PARA, 0),
        (1, BlockTag::P, PARA, 0),
        (1, BlockTag::P, "Tin và ảnh: Hà Minh Khuê (Chi cục ATVSTP)", 0),
        (2, BlockTag::Div, "Tin liên quan", 0),
        (2, BlockTag::Li, "Triển khai Tháng hành động vì an toàn thực phẩm", 0),
        (2, BlockTag::Li, "Tập huấn kiến thức cho bếp ăn tập thể", 0),
    ];
    let s = strip(&page(cs, &rows));
    assert_eq!(s.labels[4..], [Label::boilerplate("related"), Label::boilerplate("related"), Label::boilerplate("related")]);
    assert_eq!(s.labels[3], Label::Byline);
    assert_eq!(s.authors, ["Hà Minh Khuê"]);
}

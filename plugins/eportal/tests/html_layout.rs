//! The eportal plugin on web pages laid out as portals lay them out: a box title above the
//! post's own title, sidebars before and after the article, a date line closed by its
//! counter and buttons, a date declared only in the page's meta tags. The pages are built
//! block by block (text, tag, innermost box, chars in links) with the boxes' tags and classes.

use vanban_plugin_eportal::Eportal;
use vanban_plugin_sdk::testing::html_page;
use vanban_plugin_sdk::{BlockTag, Page, Plugin, Stripping};

const ART1: &str = "Sáng 01/12/2026, Trạm Y tế phường An Lạc phối hợp với Hội Liên hiệp Phụ nữ phường tổ chức buổi tư vấn \
                    dinh dưỡng và khám thai miễn phí cho 150 phụ nữ mang thai trên địa bàn.";
const ART2: &str = "Qua khám, các bác sĩ phát hiện 23 trường hợp thiếu máu, chiếm 15,3%; 9 trường hợp tăng huyết áp thai kỳ \
                    được hướng dẫn theo dõi và chuyển tuyến khi cần thiết.";
const ART3: &str = "Bà Đỗ Thị Kim Oanh, Trạm trưởng Trạm Y tế phường cho biết, năm 2026 trạm đã quản lý thai cho 412 phụ nữ, \
                    tăng 28 người so với năm 2025.";
const SIDE_LEFT: &str = "Sở Y tế tỉnh Hòa Giang thông báo tuyển dụng 98 chỉ tiêu viên chức làm việc tại các đơn vị trực thuộc, \
                         thời gian nhận hồ sơ từ ngày 05/12/2026 đến hết ngày 04/01/2027.";
const SIDE_LEFT2: &str = "Ông Phan Quốc Việt, Giám đốc Sở Y tế tiếp công dân định kỳ vào ngày 20 hằng tháng tại Trụ sở tiếp \
                          công dân tỉnh; trường hợp trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.";
const SIDE_RIGHT: &str = "Chín tháng năm 2026, toàn ngành đã khám bệnh cho 1.210.000 lượt người, công suất sử dụng giường bệnh \
                          tuyến tỉnh đạt 97%; Giám đốc Sở yêu cầu hoàn thành các chỉ tiêu trước ngày 31/12/2026.";

fn strip(page: &Page) -> Stripping {
    let s = Eportal.strip(page).expect("strip");
    assert_eq!(s.labels.len(), page.blocks.len());
    s
}

/// A post between two sidebars, the left one (notices with their teasers) before it; the
/// sidebars named by their classes as given, the line under the headline as given.
fn page_between_sidebars(left: &str, right: &str, under_title: &str) -> Page {
    use BlockTag::*;
    html_page(
        &[
            ("SỞ Y TẾ TỈNH HÒA GIANG", Div, 2, 0),
            ("Trang chủ", Li, 3, 9),
            ("Tin tức - Sự kiện", Li, 3, 17),
            ("Thông báo", H3, 5, 0),
            ("Thông báo tuyển dụng viên chức y tế năm 2026", H4, 6, 44),
            (SIDE_LEFT, P, 6, 0),
            ("Lịch tiếp công dân của Giám đốc Sở Y tế", H4, 6, 39),
            (SIDE_LEFT2, P, 6, 0),
            ("Liên kết", H3, 5, 0),
            ("Bộ Y tế", Li, 5, 7),
            ("Trang chủ", Li, 8, 9),
            ("Tin cơ sở", Li, 8, 0),
            ("Trạm Y tế phường An Lạc tư vấn dinh dưỡng cho 150 phụ nữ mang thai", H1, 9, 0),
            (under_title, Div, 10, 0),
            (ART1, P, 11, 0),
            (ART2, P, 11, 0),
            (ART3, P, 11, 0),
            ("Minh Thư", P, 11, 0),
            ("Bài viết khác", H3, 12, 0),
            ("Khám sức khỏe cho người cao tuổi ở phường Tân Hòa", Li, 12, 49),
            ("Tin đọc nhiều", H3, 14, 0),
            ("Ngành y tế sơ kết công tác 9 tháng năm 2026", H4, 14, 43),
            (SIDE_RIGHT, P, 14, 0),
            ("Địa chỉ: 12 đường Hùng Vương, phường An Lạc, TP Hòa Giang. Điện thoại: 0263.3822.111", P, 15, 0),
            ("Giấy phép số 21/GP-TTĐT ngày 02/03/2021", P, 15, 0),
        ],
        &[
            ("body", "", None),
            ("header", "header", Some(0)),
            ("div", "logo-area", Some(1)),
            ("ul", "nav", Some(1)),
            ("div", "container main", Some(0)),
            ("div", left, Some(4)),
            ("div", "notice-item", Some(5)),
            ("div", "col-md-6 content-center", Some(4)),
            ("ol", "breadcrumb", Some(7)),
            ("div", "post-detail", Some(7)),
            ("div", "post-meta", Some(9)),
            ("div", "post-content", Some(9)),
            ("div", "post-related", Some(9)),
            ("div", right, Some(4)),
            ("div", "block block-most-read", Some(13)),
            ("footer", "footer", Some(0)),
        ],
    )
}

fn assert_post_alone(page: &Page, published: Option<&str>, case: &str) {
    let s = strip(page);
    assert_eq!(s.body_lines(page), [ART1, ART2, ART3], "{case}: {:?}", s.labels);
    assert_eq!(s.title.as_deref(), Some("Trạm Y tế phường An Lạc tư vấn dinh dưỡng cho 150 phụ nữ mang thai"), "{case}");
    assert_eq!(s.published.as_deref(), published, "{case}");
    assert_eq!(s.authors, ["Minh Thư"], "{case}");
}

#[test]
fn sidebars_named_by_their_classes_leave_the_post_alone() {
    // No date under the headline: the sidebars' names alone tell them.
    let page = page_between_sidebars("col-md-3 sidebar-left", "col-md-3 sidebar-right", "64 lượt xem");
    assert_post_alone(&page, None, "named sidebars");
}

#[test]
fn the_box_of_the_headline_and_its_date_holds_the_post() {
    // Nothing names the columns: the post is the box that holds its headline, the date under
    // it and the paragraphs after them.
    let page = page_between_sidebars("col-md-3", "col-md-3", "Ngày đăng: 02/12/2026 07:45 64 lượt xem");
    assert_post_alone(&page, Some("2026-12-02T07:45"), "unnamed columns");
}

#[test]
fn the_posts_own_title_above_its_date_outranks_the_box_title() {
    use BlockTag::*;
    let para1 = "Sáng 11/03/2026, Sở Y tế tỉnh Bình Sơn tổ chức hội nghị triển khai chiến dịch tiêm vắc xin phòng bạch hầu \
                 cho học sinh các huyện vùng cao, với sự tham dự của lãnh đạo Trung tâm Y tế các huyện.";
    let para2 = "Theo kế hoạch, chiến dịch sẽ tiêm cho khoảng 21.500 học sinh từ 7 đến 16 tuổi, hoàn thành trước ngày \
                 30/04/2026; các trạm y tế xã rà soát danh sách và báo cáo hằng tuần về Sở Y tế.";
    let title = "Sở Y tế triển khai chiến dịch tiêm vắc xin phòng bạch hầu cho học sinh vùng cao";
    let page = html_page(
        &[
            ("Trang chủ", Li, 2, 9),
            ("Tin tức - Sự kiện", Li, 2, 17),
            ("Tin chuyên ngành", H1, 5, 0),
            ("Quay lại", Div, 7, 8),
            ("Sở Y tế triển khai chiến dịch tiêm vắc xin phòng bạch hầu cho học ...", H3, 7, 0),
            (title, Div, 9, 0),
            ("Ngày đăng: 12/03/2026 | 08:20 Lượt xem: 97", Div, 10, 0),
            (para1, Div, 11, 0),
            (para2, Div, 11, 0),
            ("Lê Minh Châu - Phòng Nghiệp vụ Y", Div, 11, 0),
            ("Các tin khác", Div, 6, 0),
            ("Cơ quan chủ quản: Sở Y tế tỉnh Bình Sơn", P, 12, 0),
            ("Điện thoại: 0260.3811.222", P, 12, 0),
        ],
        &[
            ("body", "", None),
            ("header", "banner", Some(0)),
            ("nav", "navigation", Some(1)),
            ("div", "content", Some(0)),
            ("section", "portlet", Some(3)),
            ("header", "portlet-topper", Some(4)),
            ("div", "portlet-body", Some(4)),
            ("div", "taglib-header", Some(6)),
            ("div", "news-detail", Some(6)),
            ("div", "title-detail", Some(8)),
            ("div", "date-detail", Some(8)),
            ("div", "content-detail", Some(8)),
            ("footer", "footer", Some(0)),
        ],
    );
    let s = strip(&page);
    assert_eq!(s.title.as_deref(), Some(title), "{:?}", s.labels);
    assert_eq!(s.published.as_deref(), Some("2026-03-12T08:20"));
    assert_eq!(s.body_lines(&page), [para1, para2]);
    assert_eq!(s.authors, ["Lê Minh Châu"]);
}

/// The date line of [`weekly_report`]: the view count and the print and e-mail buttons after the date.
const DATE_LINE: &str = "Cập nhật: 21/05/2026 16:50 | Lượt xem: 342 | In trang | Gửi email";

/// A weekly report's page: its headline, the line under it (a date line, or the buttons
/// alone), a one-sentence summary, the report.
fn weekly_report(under_title: &str) -> Page {
    use BlockTag::*;
    let para = "Trong tuần 20 (từ ngày 11/05 đến ngày 17/05/2026), trên địa bàn huyện Tân Phước ghi nhận 17 ca mắc bệnh \
                truyền nhiễm, tăng 3 ca so với tuần 19; không có ca tử vong.";
    html_page(
        &[
            ("TRANG CHỦ", Li, 1, 9),
            ("Bạn đang ở: Trang chủ » Tin tức » Y tế", Div, 2, 24),
            ("Tình hình bệnh truyền nhiễm tuần 20 năm 2026 trên địa bàn huyện Tân Phước", H2, 3, 0),
            (under_title, Div, 4, 15),
            ("Trong tuần 20, toàn huyện ghi nhận 17 ca mắc bệnh truyền nhiễm, tăng 3 ca so với tuần 19.", Div, 5, 0),
            (para, P, 6, 0),
            (para, P, 6, 0),
            ("Trần Thị Bích Vân - Khoa KSBT", P, 6, 0),
            ("Cơ quan chủ quản: UBND huyện Tân Phước", P, 7, 0),
            ("Điện thoại: 0273.3851.000", P, 7, 0),
        ],
        &[
            ("body", "", None),
            ("ul", "dnnmenu", Some(0)),
            ("div", "breadcrumb", Some(0)),
            ("div", "NewsDetail", Some(0)),
            ("div", "NewsDate", Some(3)),
            ("div", "NewsSummary", Some(3)),
            ("div", "NewsContent", Some(3)),
            ("div", "footer", Some(0)),
        ],
    )
}

#[test]
fn a_date_line_closed_by_its_counter_and_buttons_dates_the_post() {
    let s = strip(&weekly_report(DATE_LINE));
    assert_eq!(s.published.as_deref(), Some("2026-05-21T16:50"), "{:?}", s.labels);
}

#[test]
fn the_summary_under_the_date_opens_the_body() {
    let page = weekly_report(DATE_LINE);
    let s = strip(&page);
    let body = s.body_lines(&page);
    assert_eq!(body.len(), 3, "{:?}", s.labels);
    assert_eq!(body[0], "Trong tuần 20, toàn huyện ghi nhận 17 ca mắc bệnh truyền nhiễm, tăng 3 ca so với tuần 19.");
}

#[test]
fn a_date_only_the_meta_tags_declare_dates_the_post() {
    let mut page = weekly_report("In trang | Gửi email");
    assert_eq!(strip(&page).published, None);
    page.meta.published = Some("2026-05-22T09:05:00+07:00".into());
    assert_eq!(strip(&page).published.as_deref(), Some("2026-05-22T09:05"));
}

#[test]
fn a_head_set_apart_from_the_text_by_related_links_keeps_the_text() {
    use BlockTag::*;
    let sapo = "Sở Y tế tỉnh Đông Giang vừa tổng kết công tác phòng, chống dịch cúm mùa năm 2026, ghi nhận số ca mắc \
                giảm 18% so với năm trước nhờ tiêm vắc xin sớm cho nhóm nguy cơ cao.";
    let text1 = "Theo báo cáo, cả năm toàn tỉnh ghi nhận 3.412 ca cúm, trong đó 214 ca phải nhập viện; không có trường \
                 hợp tử vong. Tỷ lệ tiêm vắc xin cúm cho người trên 60 tuổi đạt 46%.";
    let text2 = "Năm 2027, ngành y tế đặt mục tiêu nâng tỷ lệ tiêm vắc xin cúm cho người cao tuổi lên 60%, đồng thời \
                 tăng cường giám sát tại các trường học và khu công nghiệp.";
    let teaser = "Bệnh viện Đa khoa tỉnh vừa đưa vào sử dụng hệ thống chụp cắt lớp 128 lát cắt, rút ngắn thời gian chờ \
                  chẩn đoán cho người bệnh từ 3 ngày xuống còn 1 ngày.";
    let page = html_page(
        &[
            ("Tổng kết phòng, chống dịch cúm mùa năm 2026 tại tỉnh Đông Giang", H1, 2, 0),
            ("Ngày đăng: 04/12/2026 10:30", Div, 2, 0),
            (sapo, P, 2, 0),
            ("Tin liên quan", Div, 3, 0),
            ("Ra quân tiêm vắc xin cúm cho người cao tuổi", Li, 3, 43),
            ("Khuyến cáo phòng bệnh cúm mùa đông xuân", Li, 3, 39),
            ("Giám sát cúm tại các trường mầm non", Li, 3, 35),
            ("Tập huấn điều trị cúm nặng cho bác sĩ tuyến huyện", Li, 3, 49),
            (text1, P, 4, 0),
            (text2, P, 4, 0),
            ("Hoàng Gia Bảo", P, 4, 0),
            ("Bệnh viện tỉnh có máy chụp cắt lớp mới", H4, 5, 38),
            (teaser, P, 5, 0),
            ("Cơ quan chủ quản: Sở Y tế tỉnh Đông Giang", P, 6, 0),
        ],
        &[
            ("body", "", None),
            ("div", "col-md-8", Some(0)),
            ("div", "detail-head", Some(1)),
            ("div", "box-related", Some(1)),
            ("div", "detail-body", Some(1)),
            ("div", "col-md-4", Some(0)),
            ("div", "footer", Some(0)),
        ],
    );
    let s = strip(&page);
    // The links between head and text are left to the rules for the article's own lines.
    let body = s.body_lines(&page);
    assert!([sapo, text1, text2].iter().all(|p| body.iter().any(|b| b == p)), "{:?}", s.labels);
    assert!(!body.iter().any(|b| b == teaser), "{:?}", s.labels);
    assert_eq!(s.authors, ["Hoàng Gia Bảo"]);
}

#[test]
fn the_headline_the_page_title_names_outranks_dated_teasers() {
    use BlockTag::*;
    let title = "Trung tâm Y tế huyện Đắk Mai tập huấn sơ cứu đuối nước cho 80 giáo viên";
    // A column of notices before the post, each a heading (no link), its date and a teaser.
    let page = || {
        html_page(
            &[
                ("Thông báo lịch tiêm chủng mở rộng tháng 12", H4, 2, 0),
                ("Ngày 01/12/2026", Div, 2, 0),
                (SIDE_LEFT, P, 2, 0),
                ("Liên kết", H3, 1, 0),
                ("Bộ Y tế", Li, 1, 7),
                ("Cổng dịch vụ công quốc gia", Li, 1, 26),
                (title, Div, 4, 0),
                ("Ngày đăng: 03/12/2026 15:10", Div, 4, 0),
                (ART1, P, 4, 0),
                (ART2, P, 4, 0),
                ("Cơ quan chủ quản: Sở Y tế", P, 5, 0),
            ],
            &[
                ("body", "", None),
                ("div", "col-md-3", Some(0)),
                ("div", "item", Some(1)),
                ("div", "col-md-9", Some(0)),
                ("div", "detail", Some(3)),
                ("div", "footer", Some(0)),
            ],
        )
    };
    let mut named = page();
    named.meta.title = Some(format!("{title} - Trung tâm Y tế huyện Đắk Mai"));
    let s = strip(&named);
    assert_eq!(s.title.as_deref(), Some(title), "{:?}", s.labels);
    assert_eq!(s.published.as_deref(), Some("2026-12-03T15:10"));
    assert_eq!(s.body_lines(&named), [ART1, ART2]);
}

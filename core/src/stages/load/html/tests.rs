//! Unit tests of the HTML reader.

use super::read_html;
use vanban_plugin_sdk::BlockTag;

#[test]
fn reads_paragraphs_breaks_and_entities() {
    let p = read_html("<html><body><div id=Main class='Content x'><p>One &amp;  two</p><p>Three<br>four</p></div></body></html>", "a.html");
    assert_eq!(p.text, "One & two\nThree\nfour");
    assert_eq!(p.blocks[0].tag, BlockTag::P);
    assert!(p.blocks[1].gap_before);
    assert!(!p.blocks[2].gap_before);
    let c = p.blocks[0].container.unwrap_or(u32::MAX) as usize;
    assert_eq!(p.containers[c].hint, "main content x");
    assert_eq!(p.containers[c].tag, "div");
    let body = p.containers[c].parent.unwrap_or(u32::MAX) as usize;
    assert_eq!(p.containers[body].tag, "body");
}

#[test]
fn drops_scripts_styles_and_hidden_elements() {
    let html = "<p>a<script>var x = '<p>no</p>';</script>b</p><style>p{}</style><noscript>no</noscript>\
        <template><p>no</p></template><svg><text>no</text></svg><div hidden>no</div>\
        <div aria-hidden=\"true\">no</div><div style=\"color:red; display: none\">no</div><p>yes</p>";
    let p = read_html(html, "a.html");
    assert_eq!(p.text, "ab\nyes");
}

#[test]
fn rows_join_cells_with_tabs_and_list_items_close() {
    let p = read_html("<table><tr><td>a<td> b </td><th>c</tr><tr><td>d</table><ul><li>x<li>y</ul><p>one<p>two", "a.html");
    assert_eq!(p.text, "a\tb\tc\nd\nx\ny\none\ntwo");
    assert_eq!(p.blocks[0].tag, BlockTag::Tr);
    assert_eq!(p.blocks[2].tag, BlockTag::Li);
    assert_eq!(p.blocks[4].tag, BlockTag::P);
}

#[test]
fn counts_links() {
    let p = read_html("<p>See <a href=/x>the list</a> and <a name=n>this</a>.</p><p>after</p>", "a.html");
    assert_eq!(p.blocks[0].links, 1);
    assert_eq!(p.blocks[0].link_chars, 8);
    assert_eq!(p.blocks[1].link_chars, 0);
}

#[test]
fn reads_metadata() {
    let html = r#"<head><title> A  page </title><meta property="og:title" content="OG"><meta name="author" content="Ann Bee">
        <meta property="article:published_time" content="2024-01-02"><link rel="canonical" href="https://e.org/a">
        <script type="application/ld+json">{"@type":"Article"}</script></head><body><p>x</p>"#;
    let p = read_html(html, "a.html");
    assert_eq!(p.meta.title.as_deref(), Some("A page"));
    assert_eq!(p.meta.og_title.as_deref(), Some("OG"));
    assert_eq!(p.meta.author.as_deref(), Some("Ann Bee"));
    assert_eq!(p.meta.published.as_deref(), Some("2024-01-02"));
    assert_eq!(p.meta.canonical.as_deref(), Some("https://e.org/a"));
    assert_eq!(p.meta.json_ld, vec![r#"{"@type":"Article"}"#.to_string()]);
    assert_eq!(p.text, "x");
}

#[test]
fn a_posts_published_time_element_dates_it() {
    let html = r#"<body><p>Đăng ngày <time class="entry-date published" datetime="2026-03-09T08:15:00+07:00">9 Tháng Ba, 2026</time><time class="updated" datetime="2026-03-10T10:00:00+07:00">10 Tháng Ba</time></p><aside><time datetime="2025-01-01">cũ</time></aside></body>"#;
    assert_eq!(read_html(html, "a.html").meta.published.as_deref(), Some("2026-03-09T08:15:00+07:00"));
    let plain = r#"<body><p>Bài khác <time datetime="2025-01-01">1/1/2025</time></p></body>"#;
    assert_eq!(read_html(plain, "a.html").meta.published, None, "a time that does not say it is the post's");
    let with_meta = r#"<head><meta property="article:published_time" content="2026-01-02"></head><body><time itemprop="datePublished" datetime="2026-01-05">5/1</time></body>"#;
    assert_eq!(read_html(with_meta, "a.html").meta.published.as_deref(), Some("2026-01-02"));
}

#[test]
fn a_microformats_abbr_gives_the_published_time_in_its_title() {
    let html = r#"<body><div class="post-footer">Đăng bởi Ban biên tập vào lúc <a href="/p" title="permanent link"><abbr class="published" title="2025-04-17T16:20:00+07:00">16:20</abbr></a></div></body>"#;
    assert_eq!(read_html(html, "a.html").meta.published.as_deref(), Some("2025-04-17T16:20:00+07:00"));
    let words = r#"<body><abbr class="published" title="Thứ Năm">16:20</abbr><abbr title="2025-04-17">x</abbr></body>"#;
    assert_eq!(read_html(words, "a.html").meta.published, None, "a tooltip in words, and an abbr that is no post's time");
    let utc = r#"<body><abbr class="published" title="2025-04-17 09:20:00 GMT">09:20</abbr></body>"#;
    assert_eq!(read_html(utc, "a.html").meta.published, None, "a time in UTC is not the page's local time");
}

#[test]
fn survives_deep_nesting() {
    let depth = 100_000;
    let mut html = "<div>".repeat(depth);
    html.push_str("<p>deep text</p>");
    html.push_str(&"</div>".repeat(depth));
    html.push_str(&"<span><b>".repeat(depth));
    html.push_str("inline");
    let p = read_html(&html, "deep.html");
    assert_eq!(p.text, "deep text\ninline");
    assert!(p.containers.len() >= depth);
}

#[test]
fn survives_truncated_markup() {
    for html in ["<p>cut <a href=\"x", "<div><p>text</p><scr", "<title>only", "<script type=application/ld+json>{\"a\":", "<p>a &am", "<table><tr><td>x"] {
        let p = read_html(html, "t.html");
        assert!(p.blocks.iter().all(|b| b.end <= p.text.len()), "{html}");
    }
    assert_eq!(read_html("<div><p>text</p><scr", "t.html").text, "text");
    assert_eq!(read_html("<table><tr><td>x", "t.html").text, "x");
}

#[test]
fn decodes_entities_in_text_title_and_attributes() {
    let html = "<title>Tin &amp; b&agrave;i</title><div class=\"Tin&#45;chinh\"><p>Ng&agrave;y 3&nbsp;th&aacute;ng &lt;5&gt; &#x110;&#7897;i</p></div>";
    let p = read_html(html, "e.html");
    assert_eq!(p.meta.title.as_deref(), Some("Tin & bài"));
    assert_eq!(p.text, "Ngày 3 tháng <5> Đội");
    let c = p.blocks[0].container.unwrap_or(u32::MAX) as usize;
    assert_eq!(p.containers[c].hint, "tin-chinh");
}

#[test]
fn raw_text_elements_hide_their_markup() {
    // Tags inside noscript, style, textarea and script are text to the tokenizer, never
    // elements: their end tags must not close anything outside.
    let html = "<div><p>a<noscript><p>no</p></div></noscript>b</p><textarea></p>no</textarea><p>c</p></div>";
    let p = read_html(html, "r.html");
    assert_eq!(p.text, "ab\nc");
}

#[test]
fn hidden_inline_elements_and_misnested_inline_tags() {
    let html = "<p>one <span style=\"display:none\">hidden <b>deep</b></span>two <b><i>three</b> four</i></p><p>five</p>";
    let p = read_html(html, "i.html");
    assert_eq!(p.text, "one two three four\nfive");
}

#[test]
fn attribute_values_come_first_written() {
    // Browsers keep the first of duplicated attributes.
    let p = read_html("<div id=a id=b class=\"X y\"><p>t</p></div>", "d.html");
    let c = p.blocks[0].container.unwrap_or(u32::MAX) as usize;
    assert_eq!(p.containers[c].hint, "a x y");
}

#[test]
fn ordinary_runs_end_where_the_char_test_says() {
    let samples = ["Sở Y tế\u{a0}tỉnh", "a\u{200b}b", "x\u{feff}y", "abc\u{85}def", "tab\there", "\u{7f}del", "end", "", "đ\u{3000}ư", "ký\u{1}tự"];
    for text in samples {
        let expected = text
            .find(|c: char| c.is_whitespace() || c.is_control() || c == '\u{200b}' || c == '\u{feff}')
            .unwrap_or(text.len());
        assert_eq!(super::ordinary_run(text), expected, "{text:?}");
    }
}

#[test]
fn a_line_in_italics_under_an_image_is_its_caption() {
    let html = "<p>Lead.</p><p><img src=a.jpg></p><p><em>Quang cảnh hội nghị</em></p>\
        <p>Text <img src=b.jpg> inline.</p><p><i>After.</i></p><p><img src=c.jpg></p><p>Plain <em>and</em> italic.</p>\
        <div hidden><img src=d.jpg></div><p><em>Last.</em></p><p><em>Lone italics.</em></p>";
    let p = read_html(html, "a.html");
    assert_eq!(p.text, "Lead.\nQuang cảnh hội nghị\nText inline.\nAfter.\nPlain and italic.\nLast.\nLone italics.");
    let tags: Vec<BlockTag> = p.blocks.iter().map(|b| b.tag).collect();
    // Not "After." (its image stood inside a paragraph's text), nor a line partly in italics,
    // nor one under a hidden image, nor italics with no image above.
    use BlockTag::{Figcaption, P};
    assert_eq!(tags, [P, Figcaption, P, P, P, P, P]);
}

#[test]
fn paragraphs_inside_a_figcaption_are_the_caption() {
    let html = "<figure><img src=a.jpg><figcaption><p>Đoàn kiểm tra tại bếp ăn (Ảnh: Lan Anh).</p></figcaption></figure>\
        <p>Sau đó đoàn làm việc với xã.</p><figure><figcaption><div>Toàn cảnh</div><h4>Tiêu đề</h4></figcaption></figure><p>Hết.</p>";
    let p = read_html(html, "a.html");
    let tags: Vec<BlockTag> = p.blocks.iter().map(|b| b.tag).collect();
    use BlockTag::{Figcaption, H4, P};
    assert_eq!(tags, [Figcaption, P, Figcaption, H4, P]);
}

#[test]
fn a_block_whose_class_names_a_caption_is_one() {
    let long = "Nội dung bài viết dài. ".repeat(20);
    let html = format!(
        "<p>Lead.</p><p class=\"image_caption\">Quang cảnh hội nghị</p><div class=\"PhotoCMS_Caption\"><p>Đoàn kiểm tra</p></div>\
         <p class=\"wp-caption-text\">Bác sĩ khám bệnh</p><td class=image_desc>x</td><div class=\"post has-caption\"><p>Body.</p></div>\
         <div class=\"no-caption\"><p>Body two.</p></div><div class=\"caption\"><p>{long}</p></div><div hidden class=caption><p>Hidden.</p></div><p>End.</p>"
    );
    let p = read_html(&html, "a.html");
    let tags: Vec<BlockTag> = p.blocks.iter().map(|b| b.tag).filter(|t| matches!(t, BlockTag::P | BlockTag::Figcaption)).collect();
    use BlockTag::{Figcaption, P};
    // Not a holder's text ("has-caption", "no-caption"), nor a long text in a "caption".
    assert_eq!(tags, [P, Figcaption, Figcaption, Figcaption, P, P, P, P]);
}

#[test]
fn a_table_pasted_from_word_keeps_its_grid() {
    let cell = |attrs: &str, text: &str| format!("<td {attrs}><p class=MsoNormal><span>{text}</span></p></td>");
    let html = format!(
        "<p>Kết quả:</p><table><tr>{}{}{}{}</tr><tr>{}{}</tr><tr>{}{}{}{}{}</tr></table><p>Hết.</p>",
        cell("rowspan=2", "TT"),
        cell("rowspan=2", "Chỉ tiêu"),
        cell("colspan=2", "6 tháng đầu năm"),
        cell("rowspan=2", "Tăng/giảm"),
        cell("", "Năm 2024"),
        cell("", "Năm 2025"),
        cell("", "1"),
        cell("", "Số lượt khám"),
        cell("", "1.200"),
        cell("", ""),
        cell("", "+5"),
    );
    let p = read_html(&html, "a.html");
    assert_eq!(p.text, "Kết quả:\nTT\tChỉ tiêu\t6 tháng đầu năm\t\tTăng/giảm\n\t\tNăm 2024\tNăm 2025\t\n1\tSố lượt khám\t1.200\t\t+5\nHết.");
    assert_eq!(p.blocks.len(), 5);
    assert!(p.blocks[1..4].iter().all(|b| b.tag == BlockTag::Tr));
}

#[test]
fn a_layout_table_keeps_its_paragraphs() {
    let html = "<table><tr><td><p>Nơi nhận:</p><p>- Như trên;</p></td><td><p>GIÁM ĐỐC</p></td></tr>\
        <tr><td colspan=2>Trang chủ</td></tr></table>";
    let p = read_html(html, "a.html");
    assert_eq!(p.text, "Nơi nhận:\n- Như trên;\nGIÁM ĐỐC\nTrang chủ");
    let nested = "<table><tr><td>a</td><td><table><tr><td>b</td><td>c</td></tr></table></td></tr></table>";
    assert_eq!(read_html(nested, "a.html").text, "a\nb\tc", "a row holding a table is layout; the inner row is data");
}

#[test]
fn hostile_spans_stay_bounded() {
    let html = "<table><tr><td colspan=99999999>a</td><td rowspan=99999999>b</td></tr><tr><td>c</td><td>d</td></tr></table>";
    let p = read_html(html, "a.html");
    assert!(p.text.len() < 1_000, "{}", p.text.len());
    assert!(p.text.starts_with("a\t"));
}

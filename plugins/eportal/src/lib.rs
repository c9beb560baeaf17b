//! The eportal plugin: a provincial e-portal news page: headline, article with photo
//! captions ("... Ảnh: NAME"), a byline in capitals, then the site's menu words, visit
//! counter and footer (managing body, licence, phone, e-mail, address, copy notice).

use regex::Regex;
use std::sync::LazyLock;
use vanban_plugin_sdk::text::{ascii_slug, byline_names, char_len, ends_sentence, host_slug, starts_with_lower, strip_markup};
use vanban_plugin_sdk::{Claim, Label, Page, Plugin, PluginError, PluginInfo, Stripping};

/// A photo credit at the end of a caption: "Quang cảnh hội nghị. Ảnh: HỒNG NHUNG".
static PHOTO_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:^|[.\s(])ảnh\s*:\s*([^.()]{2,40})\)?\s*$").expect("valid regex"));

/// The portal's own name in its footer: "Cổng thông tin điện tử tỉnh X".
static PORTAL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)cổng thông tin điện tử\s+(?:của\s+)?(?:tỉnh|thành phố|tp\.?|huyện|thị xã|quận|sở [\p{L} ]+? tỉnh)?\s*(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})")
        .expect("valid regex")
});

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
        let lines = clean_lines(page);
        let mut claim = Claim::none();
        let mut add = |present: bool, weight: f32, why: &str| {
            if present {
                claim.score += weight;
                claim.reasons.push(why.to_string());
            }
        };
        let footer = lines.iter().filter(|l| is_footer(l)).count();
        add(footer >= 2, 0.4, "site footer (managing body, licence, contacts)");
        add(footer == 1, 0.2, "a footer line");
        add(lines.iter().any(|l| is_counter(l)), 0.25, "visit counter");
        let portal = portal_name(&lines);
        add(portal.is_some(), 0.2, "portal named in its footer");
        add(lines.iter().any(|l| caption_credit(l).is_some_and(|c| c.chars().all(|ch| !ch.is_lowercase()))), 0.15, "caption with a photographer in capitals");
        claim.score = claim.score.min(1.0);
        claim.portal = host_slug(&page.path).or(portal.map(|p| format!("{p}-portal")));
        claim
    }

    fn strip(&self, page: &Page) -> Result<Stripping, PluginError> {
        let lines = clean_lines(page);
        let n = lines.len();
        let mut out = Stripping { labels: vec![Label::Body; n], ..Stripping::default() };
        let tail = (0..n).find(|&i| is_footer(&lines[i]) || is_counter(&lines[i])).unwrap_or(n);
        let article_end = (0..tail).rev().find(|&i| char_len(&lines[i]) >= PARAGRAPH_CHARS).map_or(0, |i| i + 1);
        let start = mark_title(&lines, article_end, &mut out);
        let mut photographers = Vec::new();
        for i in start..article_end {
            if let Some(credit) = caption_credit(&lines[i]).filter(|_| char_len(&lines[i]) <= 300) {
                out.labels[i] = Label::Caption;
                out.captions.push(lines[i].clone());
                photographers.push(credit);
            }
        }
        mark_after_article(&lines, article_end, tail, &mut out);
        for label in out.labels.iter_mut().skip(tail) {
            *label = Label::boilerplate("footer");
        }
        for i in tail..n {
            if is_counter(&lines[i]) {
                out.labels[i] = Label::boilerplate("counter");
            }
        }
        if out.authors.is_empty() {
            // Without a byline the photographer is the only credited author.
            out.authors = photographers.iter().filter_map(|p| byline_names(p)).flatten().collect();
        }
        Ok(out)
    }
}

fn clean_lines(page: &Page) -> Vec<String> {
    (0..page.blocks.len()).map(|i| strip_markup(page.line(i))).collect()
}

fn is_footer(line: &str) -> bool {
    char_len(line) <= 250 && FOOTER_PREFIXES.iter().any(|p| starts_with_lower(line, p))
}

fn is_counter(line: &str) -> bool {
    // The length test first: paragraphs are never lower-cased.
    char_len(line) <= 60 && {
        let lower = line.trim_start_matches(['•', '-', '·', ' ']).to_lowercase();
        COUNTER_MARKS.iter().any(|m| lower.contains(m))
    }
}

/// The photographer named at the end of a caption, if the line is one.
fn caption_credit(line: &str) -> Option<String> {
    PHOTO_CREDIT.captures(line).and_then(|c| c.get(1)).map(|m| m.as_str().trim().to_string())
}

fn portal_name(lines: &[String]) -> Option<String> {
    let from_name = lines.iter().rev().find_map(|l| PORTAL_NAME.captures(l).and_then(|c| c.get(1)).map(|m| ascii_slug(m.as_str())));
    from_name.or_else(|| {
        lines.iter().rev().find_map(|l| EMAIL_DOMAIN.captures(&l.to_lowercase()).and_then(|c| c.get(1)).map(|m| m.as_str().to_string()))
    })
}

/// The headline is the first line when it is not itself a paragraph; lines before it (a
/// breadcrumb) are page header. Returns the first article line.
fn mark_title(lines: &[String], end: usize, out: &mut Stripping) -> usize {
    let Some(first) = (0..end).find(|&i| lines[i].split_whitespace().count() >= 3) else {
        return 0;
    };
    for label in out.labels.iter_mut().take(first) {
        *label = Label::boilerplate("page-header");
    }
    let line = &lines[first];
    if char_len(line) < 250 && !ends_sentence(line) {
        out.labels[first] = Label::Title;
        out.title = Some(line.clone());
        return first + 1;
    }
    first
}

/// Between the article and the footer: the byline (first name line), then menu words.
fn mark_after_article(lines: &[String], from: usize, to: usize, out: &mut Stripping) {
    let mut byline_seen = false;
    for i in from..to {
        if !byline_seen {
            if let Some(names) = byline_names(&lines[i]) {
                out.labels[i] = Label::Byline;
                out.authors = names;
                byline_seen = true;
                continue;
            }
        }
        out.labels[i] = Label::boilerplate("menu");
    }
}

vanban_plugin_sdk::export_plugin!(Eportal);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_footer_and_counter() {
        assert_eq!(caption_credit("Đoàn thăm khu điều trị. Ảnh: MINH KHOA").as_deref(), Some("MINH KHOA"));
        assert_eq!(caption_credit("Các bác sĩ hội chẩn (Ảnh: Lệ Thu)").as_deref(), Some("Lệ Thu"));
        assert_eq!(caption_credit("Bệnh viện đã tiếp nhận 30 ca bệnh."), None);
        assert!(is_footer("Giấy phép số 12/GP-STTTT cấp ngày 1/2/2020."));
        assert!(is_counter("  • Hôm nay: 1200"));
        let lines = vec!["@ Ghi rõ nguồn \"Cổng thông tin điện tử tỉnh Hà Giang\" khi đăng lại.".to_string()];
        assert_eq!(portal_name(&lines).as_deref(), Some("hagiang"));
    }
}

//! The health-centre plugin: a district health centre's news post: a stray view counter at
//! the top, the headline, the article, and a closing "Author-Department" byline.

use regex::Regex;
use std::sync::LazyLock;
use vanban_plugin_sdk::text::{byline_names, char_len, ends_sentence, strip_markup};
use vanban_plugin_sdk::{Claim, Label, Page, Plugin, PluginError, PluginInfo, Stripping};

/// A bare number or a "Lượt xem: N" line: the page's view counter.
static COUNTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:lượt xem\s*:?\s*|số lần xem\s*:?\s*)?\d{1,7}$").expect("valid regex"));

/// An article opening with a full date: "Ngày 12/3/2021, ..." (possibly after a time of day).
static DATED_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:sáng|chiều|tối|trưa)?\s*(?:ngày|hôm)\s+\d{1,2}/\d{1,2}/\d{4}").expect("valid regex")
});

/// "Name-Department" or "Name - Department": a name, a dash, then a unit of the centre.
static BYLINE_WITH_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\p{L} .]{3,40}?\s*[-–]\s*(?:phòng|khoa|tổ|ban|trạm|đội|bộ phận|văn phòng|ttyt|trung tâm)\b").expect("valid regex")
});

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
        let lines = clean_lines(page);
        let mut claim = Claim::none();
        let mut add = |present: bool, weight: f32, why: &str| {
            if present {
                claim.score += weight;
                claim.reasons.push(why.to_string());
            }
        };
        add(lines.first().is_some_and(|l| COUNTER.is_match(l)), 0.35, "view counter above the headline");
        let last = lines.last().map(String::as_str).unwrap_or("");
        add(BYLINE_WITH_UNIT.is_match(last) && byline_names(last).is_some(), 0.45, "closing Author-Department byline");
        let title = title_index(&lines);
        add(title.is_some_and(|t| lines.get(t + 1).is_some_and(|l| DATED_LEAD.is_match(l))), 0.15, "headline over a dated lead");
        add(lines.iter().rev().take(3).any(|l| l.ends_with("./.")), 0.1, "closing \"./.\"");
        claim.score = claim.score.min(1.0);
        claim
    }

    fn strip(&self, page: &Page) -> Result<Stripping, PluginError> {
        let lines = clean_lines(page);
        let n = lines.len();
        let mut out = Stripping { labels: vec![Label::Body; n], ..Stripping::default() };
        let title = title_index(&lines);
        let first = title.map_or(0, |t| t + 1);
        for i in 0..title.unwrap_or(0) {
            out.labels[i] = if COUNTER.is_match(&lines[i]) { Label::boilerplate("counter") } else { Label::boilerplate("page-header") };
        }
        if let Some(t) = title {
            out.labels[t] = Label::Title;
            out.title = Some(lines[t].clone());
        }
        if let Some(b) = (first..n).rev().find(|&i| byline_names(&lines[i]).is_some()) {
            // Only a byline after the last paragraph; lines after it are page furniture.
            if (b + 1..n).all(|j| char_len(&lines[j]) < 100) {
                out.authors = byline_names(&lines[b]).unwrap_or_default();
                out.labels[b] = Label::Byline;
                for label in out.labels.iter_mut().skip(b + 1) {
                    *label = Label::boilerplate("page-footer");
                }
            }
        }
        Ok(out)
    }
}

fn clean_lines(page: &Page) -> Vec<String> {
    (0..page.blocks.len()).map(|i| strip_markup(page.line(i))).collect()
}

/// The headline: the first line of three words or more that does not end a sentence and
/// stands before the first paragraph.
fn title_index(lines: &[String]) -> Option<usize> {
    let i = lines.iter().position(|l| !COUNTER.is_match(l) && l.split_whitespace().count() >= 3)?;
    let line = &lines[i];
    (char_len(line) <= 250 && !ends_sentence(line)).then_some(i)
}

vanban_plugin_sdk::export_plugin!(HealthCentre);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_and_bylines() {
        assert!(COUNTER.is_match("245"));
        assert!(COUNTER.is_match("Lượt xem: 31"));
        assert!(!COUNTER.is_match("Năm 2020"));
        assert!(BYLINE_WITH_UNIT.is_match("Thanh Hòa-Khoa Dược"));
        assert!(BYLINE_WITH_UNIT.is_match("Kim Oanh - Phòng Điều dưỡng"));
        assert!(!BYLINE_WITH_UNIT.is_match("Kim Oanh – Bảo Trâm"));
    }
}

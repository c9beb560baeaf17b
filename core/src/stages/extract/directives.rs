//! Directives: the tasks a document or a speech sets, as numbered ("1. ...") and dashed
//! ("- ...") items after a lead ("thực hiện tốt một số nhiệm vụ sau:"), with the unit a
//! heading assigns them to ("3. Trung tâm Y tế:") and their deadlines.

use super::dates::{iso, YearContext};
use once_cell::sync::Lazy;
use regex::Regex;
use vanban_plugin_sdk::Directive;

static NUMBERED: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+").expect("static regex"));
static DASHED: Lazy<Regex> = Lazy::new(|| Regex::new(r"^[-–—•+*]\s+").expect("static regex"));
static LEAD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(nhiệm vụ sau|như sau|cụ thể|sau đây|đề nghị|yêu cầu|chỉ đạo|giao|thực hiện)[^.]*:\s*$")
        .expect("static regex")
});
static INLINE_LEAD: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)(cụ thể|nhiệm vụ sau|như sau)\s*:\s*").expect("static regex"));
static DEADLINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?:trước|chậm nhất|hạn chót|hạn|xong|hoàn thành)[^.;]{0,25}?(?:ngày\s+)?(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?")
        .expect("static regex")
});
static ASSIGNEE_BEFORE_CAN: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:[^,;]*,\s*)?((?:\p{Lu}[\p{L}]*\s?)(?:[\p{L}]+\s?){1,10}?)\s+(?:cần|phải)\s").expect("static regex"));

/// Directives of the body.
pub fn find(body: &str, ctx: &YearContext) -> Vec<Directive> {
    let paras: Vec<&str> = body.split("\n\n").map(str::trim).collect();
    let mut out = Vec::new();
    let mut in_list = false;
    let mut assignee: Option<String> = None;
    for p in &paras {
        let clean = p.replace("**", "");
        let numbered = NUMBERED.find(&clean).map(|m| m.end());
        let dashed = DASHED.find(&clean).map(|m| m.end());
        if in_list && (numbered.is_some() || dashed.is_some()) {
            let text = clean[numbered.or(dashed).unwrap_or(0)..].trim();
            if numbered.is_some() && is_heading(text) {
                assignee = Some(text.trim_end_matches(':').trim().to_string());
                continue;
            }
            if numbered.is_some() {
                assignee = None;
            }
            push_item(&mut out, text, assignee.clone(), ctx);
            continue;
        }
        in_list = LEAD.is_match(&clean);
        assignee = None;
        if !in_list {
            inline(&clean, ctx, &mut out);
        }
    }
    out
}

/// A numbered item that only names the unit for the dashed items under it.
fn is_heading(text: &str) -> bool {
    text.ends_with(':') && text.split_whitespace().count() <= 12 && !text.contains(". ")
}

/// Adds one item; an item with two deadlines becomes one directive per sentence.
fn push_item(out: &mut Vec<Directive>, text: &str, assignee: Option<String>, ctx: &YearContext) {
    let deadlines = DEADLINE.find_iter(text).count();
    if deadlines >= 2 {
        for sentence in split_sentences(text) {
            out.push(Directive { text: sentence.to_string(), assignee: assignee.clone(), deadline: deadline(sentence, ctx) });
        }
    } else {
        out.push(Directive { text: text.to_string(), assignee, deadline: deadline(text, ctx) });
    }
}

fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        let next_upper = text[i + 2..].chars().next().is_some_and(char::is_uppercase);
        if next_upper {
            out.push(text[start..=i].trim());
            start = i + 2;
        }
    }
    if start < text.len() {
        out.push(text[start..].trim());
    }
    out.into_iter().filter(|s| !s.is_empty()).collect()
}

fn deadline(text: &str, ctx: &YearContext) -> Option<String> {
    let c = DEADLINE.captures(text)?;
    let d: u32 = c.get(1)?.as_str().parse().ok()?;
    let m: u32 = c.get(2)?.as_str().parse().ok()?;
    let y = match c.get(3) {
        Some(y) => y.as_str().parse().ok()?,
        None => ctx.year_for(m, d)?,
    };
    iso(y, m, d)
}

/// Tasks listed inside a paragraph: "..., cụ thể: A; B; C".
fn inline(p: &str, ctx: &YearContext, out: &mut Vec<Directive>) {
    let Some(m) = INLINE_LEAD.find(p) else { return };
    let rest = &p[m.end()..];
    let items: Vec<&str> = rest.split(';').map(str::trim).filter(|s| !s.is_empty()).collect();
    if items.len() < 2 {
        return;
    }
    let assignee = items.first().and_then(|first| ASSIGNEE_BEFORE_CAN.captures(first)).and_then(|c| c.get(1)).map(|g| g.as_str().trim().to_string());
    for item in items {
        let text = item.trim_end_matches(['.', ',']).trim();
        out.push(Directive { text: text.to_string(), assignee: assignee.clone(), deadline: deadline(text, ctx) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> YearContext {
        YearContext { year: Some(2021), published: None }
    }

    #[test]
    fn numbered_heading_assigns_dashed_items() {
        let body = "UBND huyện yêu cầu các đơn vị thực hiện tốt một số nhiệm vụ sau:\n\n\
1. Tăng cường truyền thông phòng bệnh.\n\n\
2. Phòng Y tế:\n\n\
- Tham mưu kế hoạch năm 2022, xong trước ngày 10/01/2022. Báo cáo nhân lực, thời gian xong trước ngày 20/02/2022.\n\n\
- Kiểm tra hành nghề y tư nhân.\n\n\
Trên đây là kết luận.";
        let d = find(body, &ctx());
        assert_eq!(d.len(), 4, "{d:?}");
        assert_eq!(d[0].assignee, None);
        assert_eq!(d[1].assignee.as_deref(), Some("Phòng Y tế"));
        assert_eq!(d[1].deadline.as_deref(), Some("2022-01-10"));
        assert_eq!(d[2].deadline.as_deref(), Some("2022-02-20"));
        assert_eq!(d[3].deadline, None);
    }

    #[test]
    fn no_lead_no_directives() {
        assert!(find("Báo cáo:\n\n- Số liệu năm.", &ctx()).is_empty());
        assert!(find("1. Mở đầu\n\n2. Kết quả", &ctx()).is_empty());
    }
}

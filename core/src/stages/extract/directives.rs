//! Directives: the tasks a document or a speech sets, as numbered ("1. ...") and dashed
//! ("- ...") items after a lead ("thực hiện tốt một số nhiệm vụ sau:"), with the unit a
//! heading assigns them to ("3. Trung tâm Y tế:") and their deadlines.

use super::dates::{days_after, days_in_month, iso, last_day_of_part, lunar_new_year, quarter_number, week_day, week_end, ymd, YearContext, MONTH_PARTS};
use super::text::{has_digit, pair_indices, split_pair};
use once_cell::sync::Lazy;
use regex::Regex;
use std::borrow::Cow;
use std::ops::Range;
use vanban_plugin_sdk::text::{equals_lower, lower_same_len, starts_with_lower};
use vanban_plugin_sdk::Directive;

/// A list marker: "1.", "2.1.", "III.", "a)".
/// "1. ", "1.2. ", "II. ", "a) ", and as some write them "(1) ", "1/ ".
static NUMBERED: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVX]{1,4}|[a-zđ])[.)]|\(\d{1,2}\)|\d{1,2}/)\s+").expect("static regex"));
static DASHED: Lazy<Regex> = Lazy::new(|| Regex::new(r"^[-–—•+*]\s+").expect("static regex"));
/// A lead over a list of tasks. "kết luận" leads only after someone who concludes ("Giám đốc
/// Sở kết luận:"): a heading "IV. Kết luận:" opens an inspection's findings. A plan lists
/// what it will do "với các nội dung sau:", "các hoạt động sau:".
static LEAD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(nhiệm vụ|như sau|cụ thể|sau đây|(?:nội dung|hoạt động|công việc) sau|đề nghị|yêu cầu|chỉ đạo|chỉ thị|giao|thực hiện|kiến nghị|khuyến nghị|đề xuất|\p{L}\s+kết luận)[^.]*:\s*$")
        .expect("static regex")
});
static INLINE_LEAD: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)(cụ thể|nhiệm vụ sau|như sau)\s*:\s*").expect("static regex"));
/// A heading of tasks that opens a paragraph, perhaps after a list's marker, with the tasks
/// after its colon: "Nhiệm vụ tháng 12/2026: …; …", "Phương hướng, nhiệm vụ quý I/2027: …".
/// Anchored at the start: mid-paragraph, the words are part of a sentence ("… đã hoàn thành
/// nhiệm vụ năm 2026: …"), and the paragraph's requests would be lost to [`inline`].
static TASK_HEADING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:[-–—•+*]\s+|(?:\d{1,2}|[IVX]{1,4})[.)]\s+)?(?:phương hướng,?\s+)?(?:nhiệm vụ|phương hướng)(?:\s[^.:;]{0,60})?:\s*")
        .expect("static regex")
});
/// A day as the deadline: "trước ngày 15/12", "xong trước 31/12/2026", "không muộn hơn ngày
/// 25/8", and the day a task runs to ("thực hiện từ ngày 5/1 đến ngày 31/1"), which only
/// "đến (hết) ngày" opens right before it: a bare "đến" leads into ages and places too ("trẻ từ 1 đến 5 tuổi").
/// "báo cáo trong ngày 15/12" is due that day: "trong ngày" only right before the day, as
/// "trong" alone opens a time the task runs in ("trong 5 ngày").
/// An hour may come before the day ("trước 16.30 ngày 10/12", "đến 17 giờ ngày 5/1"):
/// read as a day, "16.30" is no date and "8.11" the wrong one.
static DEADLINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)(?:(?:trước|chậm nhất|muộn nhất|muộn hơn|hạn chót|hạn|xong|hoàn thành)[^.;]{{0,25}}?(?:(?:{HOUR})?ngày\s+)?|đến\s+(?:hết\s+)?(?:{HOUR})?ngày\s+|trong\s+ngày\s+)(\d{{1,2}})\s*[/.\-]\s*(\d{{1,2}})(?:\s*[/.\-]\s*(\d{{4}}|\d{{2}})(?-u:\b))?"
    ))
    .expect("static regex")
});
/// DEADLINE with the month in words: "hoàn thành trước ngày 20 tháng 12 năm 2026", and
/// after a deadline's word without "ngày" ("trước 15 tháng 11 năm 2026"), as DEADLINE reads
/// "xong trước 31/12"; after "đến" only with it.
static DEADLINE_WORDS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)(?:(?:trước|chậm nhất|muộn nhất|muộn hơn|hạn chót|hạn|xong|hoàn thành)[^.;]{{0,25}}?(?:{HOUR})?(?:ngày\s+)?|đến\s+(?:hết\s+)?(?:{HOUR})?ngày\s+|trong\s+ngày\s+)(\d{{1,2}})\s+tháng\s+(\d{{1,2}})(?:\s+năm\s+(\d{{4}}))?"
    ))
    .expect("static regex")
});
/// The hour of a deadline, as it stands before "ngày" and the day: "16.30 ngày", "17 giờ
/// ngày", "8h00, ngày", "16 giờ 30 phút ngày".
const HOUR: &str = r"\d{1,2}\s*(?:[.:hg]|giờ)\s*(?:\d{2}\s*(?:phút\s*)?)?,?\s*";
/// "trong tháng 9", "hoàn thành trong tháng 3/2025", "trước tháng 10": a month as the deadline.
/// "đầu tháng 01/2027" and "giữa tháng 12" are its first and second ten days (thượng tuần,
/// trung tuần), due by the 10th and the 20th; "cuối tháng" by its last day.
/// A second month joined to it ("trong tháng 12/2026 và tháng 01/2027") is the task's end.
static DEADLINE_MONTH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(trong|trước|hết|cuối|đầu|giữa|hoàn thành)\s+tháng\s+(\d{1,2})(?:\s*(?:/|năm)\s*(\d{4}))?(?:\s+(?:và|đến|tới)\s+tháng\s+(\d{1,2})(?:\s*(?:/|năm)\s*(\d{4}))?)?")
        .expect("static regex")
});
/// "trong 6 tháng đầu năm 2027", "hết 6 tháng cuối năm": a half year as the deadline.
static DEADLINE_HALF: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)(?:trong|hết|cuối)\s+6\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?").expect("static regex"));
/// "trong quý II/2025", "trước quý IV": a quarter as the deadline. A second quarter joined
/// to it ("trong quý III và quý IV") is the task's end, as a second month is in DEADLINE_MONTH.
static DEADLINE_QUARTER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(trong|trước|hết|cuối)\s+quý\s+(IV|III|II|I|[1-4])\b(?:\s*(?:/|năm)\s*(\d{4}))?(?:\s+(?:và|đến|tới)\s+quý\s+(IV|III|II|I|[1-4])\b(?:\s*(?:/|năm)\s*(\d{4}))?)?")
        .expect("static regex")
});
/// "trong năm 2025", "trước năm 2026": a year as the deadline.
static DEADLINE_YEAR: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i)(trong|trước|hết|cuối)\s+năm\s+(\d{4})").expect("static regex"));
/// A request in running text: "đề nghị các đơn vị ...", "yêu cầu CDC tỉnh ...".
static REQUEST: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i)\b(?:đề nghị|yêu cầu|giao)(?:\s*:)?\s+").expect("static regex"));
/// REQUEST without its `\b`: a Unicode word boundary keeps a regex off its fast engines,
/// so [`request_end`] checks the boundary on each match instead.
static REQUEST_WORDS: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i)(?:đề nghị|yêu cầu|giao)(?:\s*:)?\s+").expect("static regex"));
/// "chỉ đạo" without its first letter, which may be a capital: a sentence that directs a
/// unit ([`directing_end`]).
static DIRECTING: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("hỉ đạo"));
static ASSIGNEE_BEFORE_CAN: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:[^,;]*,\s*)?((?:\p{Lu}[\p{L}]*\s?)(?:[\p{L}]+\s?){1,10}?)\s+(?:cần|phải)\s").expect("static regex"));

/// Directives of the body.
#[cfg(test)]
pub fn find(body: &str, ctx: &YearContext) -> Vec<Directive> {
    find_located(body, ctx, false).0
}

/// `text.to_lowercase()`, cheaper for the usual text: one with no char whose small letter
/// is not one char of its own length in UTF-8, nor a capital sigma (whose small letter
/// depends on the letter after it), lowers char by char to the same string.
fn lowercase(text: &str) -> String {
    if holds_irregular_capital(text) {
        text.to_lowercase()
    } else {
        lower_same_len(text)
    }
}

/// Whether `text` may hold a char that [`lowercase`] leaves to `str::to_lowercase`: by its
/// first two bytes İ (C4 B0), Ⱥ and Ⱦ (C8 BA, C8 BE), Σ (CE A3), Ω, K and Å (E2 84 ..), Ɫ,
/// Ɽ, Ɑ … (E2 B1 ..), Ɥ, Ɦ, Ʞ, Ʂ … (EA 9E .., EA 9F ..), and ẞ (E1 BA 9E) by all three. A
/// test checks every char.
fn holds_irregular_capital(text: &str) -> bool {
    let bytes = text.as_bytes();
    let pair = |at: usize| (bytes[at], bytes.get(at + 1).copied());
    memchr::memchr3_iter(0xC4, 0xC8, 0xCE, bytes).any(|at| matches!(pair(at), (0xC4, Some(0xB0)) | (0xC8, Some(0xBA | 0xBE)) | (0xCE, Some(0xA3))))
        || memchr::memchr2_iter(0xE2, 0xEA, bytes).any(|at| matches!(pair(at), (0xE2, Some(0x84 | 0xB1)) | (0xEA, Some(0x9E | 0x9F))))
        || memchr::memmem::find(bytes, "ẞ".as_bytes()).is_some()
}

/// Directives of the body, each with the byte range of the paragraph it was read from: a
/// task's words may stand elsewhere in the body too ("tiếp tục duy trì …" in the account
/// of the year, then as a task), and only its own paragraph places it. `plan`: whether the
/// document is a plan (KẾ HOẠCH), whose part on its activities sets its tasks.
pub fn find_located(body: &str, ctx: &YearContext, plan: bool) -> (Vec<Directive>, Vec<Range<usize>>) {
    let mut out: Vec<Directive> = Vec::new();
    let mut located: Vec<Range<usize>> = Vec::new();
    // The paragraph read last: the directives pushed since the last look were read there.
    let mut paragraph = 0..0;
    let mut in_list = false;
    let mut assignee: Option<String> = None;
    // Whom the lead asks ("đề nghị các đơn vị triển khai một số nội dung sau:"): the unit
    // of the items that name none.
    let mut addressee: Option<String> = None;
    // A unit heading with no item under it yet: a plain paragraph next is its task.
    let mut bare_heading = false;
    // Whether the paragraph before set tasks by a request in running text.
    let mut after_requests = false;
    // Whether the paragraph before concludes ("… kết luận.") or is an item of a list with
    // no lead that set a unit its task ([`unled_item`]).
    let mut after_conclusion = false;
    // Where the directives of the list now open start in `out`.
    let mut list_first = 0;
    // Where the directives under the list's last numbered line start in `out`.
    let mut topic_first = 0;
    // A numbered item read as a task that may be the topic of items under it instead.
    let mut open_item: Option<usize> = None;
    // When the tasks of the topic now open are due, as a line of its own under it says.
    let mut topic_due: Option<String> = None;
    // The columns of a table of tasks whose rows are being read ([`TaskTable`]).
    let mut table: Option<TaskTable> = None;
    for p in split_pair(body, [b'\n', b'\n']).map(str::trim) {
        located.resize(out.len(), paragraph.clone());
        // `p` is a slice of `body`.
        let at = p.as_ptr() as usize - body.as_ptr() as usize;
        paragraph = at..at + p.len();
        // "TT | Nội dung | Đơn vị thực hiện | Thời gian" over a row a task: each row is read
        // by its cells; a paragraph that is no row ends the table.
        if let Some(columns) = &table {
            if columns.read_row(p, ctx, &mut out) {
                continue;
            }
            // The table was the list its lead opened: a paragraph after it is read afresh
            // ("Sở Y tế yêu cầu các đơn vị …" asks of its own).
            table = None;
            in_list = false;
        }
        if let Some(columns) = TaskTable::header(p, in_list) {
            table = Some(columns);
            continue;
        }
        // Only the paragraph right after a request's goes on with it.
        let follows_requests = std::mem::take(&mut after_requests);
        let follows_conclusion = std::mem::take(&mut after_conclusion);
        let clean: Cow<str> = if p.contains("**") { Cow::Owned(p.replace("**", "")) } else { Cow::Borrowed(p) };
        let clean = clean.as_ref();
        let numbered = may_be_numbered(clean).then(|| NUMBERED.find(clean)).flatten().map(|m| m.end());
        let dashed = may_be_dashed(clean).then(|| DASHED.find(clean)).flatten().map(|m| m.end());
        // "2. Truyền thông phòng chống bệnh dại" over dashed items or a unit's line names
        // their topic: no task of its own.
        let topic = std::mem::take(&mut open_item).filter(|&i| i + 1 == out.len() && in_list && numbered.is_none());
        if let Some(i) = topic.filter(|_| dashed.is_some() || unit_line(clean).is_some()) {
            out.truncate(i);
            located.truncate(i);
        }
        // "Đơn vị thực hiện: Trung tâm Y tế huyện" under a plan's topic: the unit of the
        // topic's tasks, those before the line and those after it; no task itself.
        if in_list && numbered.is_none() {
            if let Some(line) = unit_line(clean[dashed.unwrap_or(0)..].trim()) {
                if let UnitLine::Lead(unit) = line {
                    // The unit named for the topic is nearer than the lead's addressee ("đề
                    // nghị các đơn vị thực hiện …:"), which its items took for want of one.
                    for d in out[topic_first..].iter_mut().filter(|d| d.assignee.is_none() || d.assignee == addressee) {
                        d.assignee = Some(unit.to_string());
                    }
                    assignee = Some(unit.to_string());
                    bare_heading = false;
                }
                continue;
            }
            // "Thời gian thực hiện: tháng 10/2026" on a line of its own: when the topic's tasks
            // are due, those before the line and those after it that say no day of their own.
            if dashed.is_none() && is_due_line(clean) {
                if let Some(due) = due_line_deadline(clean, ctx) {
                    topic_due = Some(due);
                    date_undated(&mut out[topic_first..], &topic_due);
                }
                continue;
            }
        }
        if in_list && (numbered.is_some() || dashed.is_some()) {
            let text = clean[numbered.or(dashed).unwrap_or(0)..].trim();
            // "a) …" under "1. Trung tâm Y tế huyện" is one of that unit's items, as a dash is.
            let lettered = numbered.is_some() && clean.starts_with(|c: char| c.is_lowercase()) && assignee.is_some();
            let numbered = numbered.filter(|_| !lettered);
            if numbered.is_some() {
                topic_first = out.len();
                topic_due = None;
            }
            // "1. Về công tác phòng, chống dịch bệnh": the topic of the tasks below, no unit.
            if numbered.is_some() && is_topic_heading(text) {
                assignee = None;
                bare_heading = false;
                continue;
            }
            // "3. Về công tác tiêm chủng: giao Trung tâm Y tế …": the task after the topic.
            let text = after_topic(text);
            // "1. Giao Sở Y tế chủ trì, phối hợp với …:" over "a) …": a lead of its own, whose
            // unit the lettered items under it are for.
            if numbered.is_some() && text.ends_with(':') && LEAD.is_match(text) {
                assignee = lead_addressee(text).or_else(|| item_assignee(text));
                continue;
            }
            if numbered.is_some() && is_heading(text) {
                assignee = Some(text.trim_end_matches(':').trim().to_string());
                continue;
            }
            // "3. UBND các xã, thị trấn" over dashed tasks, as plans write it: the unit.
            if let Some(units) = numbered.and_then(|_| unit_heading(text)) {
                assignee = Some(units.to_string());
                bare_heading = true;
                continue;
            }
            bare_heading = false;
            // "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích": a section, no task.
            if numbered.is_some() && is_section_heading(text) {
                assignee = None;
                // "III. ĐỐI TƯỢNG, PHẠM VI, THỜI GIAN": a part of the plan of its own ends the
                // list, unless it sets tasks.
                if clean.starts_with(['I', 'V', 'X']) && !opens_task_section(clean, numbered, plan) {
                    in_list = false;
                }
                continue;
            }
            // "3. UBND các xã, thị trấn: phối hợp rà soát ...": the unit, then its task; so too
            // after a dash, unless under a unit's heading.
            let under_unit = numbered.is_none() && assignee.is_some();
            if let Some((unit, task)) = inline_heading(text).filter(|_| !under_unit) {
                assignee = None;
                push_item(&mut out, without_chairing(task), Some(unit.to_string()), ctx);
                continue;
            }
            if numbered.is_some() {
                assignee = None;
            }
            // "- Thời hạn: 20/01/2027" after a task says when that task is due: no task.
            if numbered.is_none() && is_due_line(text) {
                let last = out[list_first..].last_mut().filter(|d| d.deadline.is_none());
                if let Some((last, due)) = last.and_then(|d| Some((d, due_line_deadline(text, ctx)?))) {
                    last.text = format!("{} {text}", last.text);
                    last.deadline = Some(due);
                }
                continue;
            }
            if numbered.is_some() && is_report(text) || is_figure_line(text) || is_plan_detail(text) || designates(text) {
                continue;
            }
            // Without a heading, an item that opens with a unit sets that unit the task
            // ("1. Trung tâm Kiểm soát bệnh tật tỉnh chỉ đạo …"), else the lead's addressee.
            // "… Đơn vị thực hiện: Trạm Thú y huyện." in the item names its unit before all.
            let unit = labelled_unit(text).or_else(|| assignee.clone()).or_else(|| item_assignee(text)).or_else(|| addressee.clone());
            let before = out.len();
            push_item_parts(&mut out, from_asked_unit(text), unit, ctx);
            date_undated(&mut out[before..], &topic_due);
            if numbered.is_some() && out.len() == before + 1 && may_be_topic(&out[before]) {
                open_item = Some(before);
            }
            continue;
        }
        // "… đồng thời yêu cầu:" over paragraphs that each open with a unit and its task,
        // without numbers or dashes.
        // "Đề nghị các đơn vị khẩn trương triển khai thực hiện./." closes the letter: no task.
        let closing = || is_closing_formula(clean) && deadline(clean, ctx).is_none();
        if in_list && !bare_heading && numbered.is_none() && dashed.is_none() && goes_on_with_request(clean, ctx) && !closing() {
            push_item(&mut out, clean, item_assignee(without_link(clean)), ctx);
            continue;
        }
        // "Báo cáo kết quả về Sở Y tế trước ngày 25/10/2026." after a letter's requests: one
        // more task, of the units the lead asks, with its deadline.
        if in_list && !bare_heading && numbered.is_none() && dashed.is_none() && opens_with_task_verb(clean) && deadline(clean, ctx).is_some() {
            push_item(&mut out, clean, addressee.clone(), ctx);
            continue;
        }
        // "3. Khoa Dược" over a task in a paragraph of its own, without a dash; a paragraph
        // after the unit's items ("Trên đây là kế hoạch …") is none of its tasks.
        if in_list && bare_heading && clean.ends_with(['.', ';']) && !is_section_heading(clean) {
            bare_heading = false;
            push_item(&mut out, clean, assignee.clone(), ctx);
            continue;
        }
        bare_heading = false;
        // The paragraph in small letters, made once for the lead's tests below that read it.
        let lowered = std::cell::OnceCell::new();
        let lower = || lowered.get_or_init(|| lowercase(clean)).as_str();
        // LEAD ends with a colon and blanks (`\s` is `char::is_whitespace`): test that first.
        let lead = clean.trim_end().ends_with(':') && LEAD.is_match(clean) && !leads_figures(lower()) && !leads_targets(clean) && !leads_members(lower());
        // "Điều 2. Bệnh viện Đa khoa tỉnh có trách nhiệm:" over items: the body's duties.
        // Where a decision's article ("Điều 2. ") starts its text: asked once for the three
        // readings of an article below.
        let article = article_marker(clean);
        let duty_lead = article.and_then(|m| article_duty_lead(clean, m));
        in_list = lead || duty_lead.is_some() || opens_task_section(clean, numbered.or(article), plan);
        assignee = None;
        addressee = in_list.then(|| asked_by_lead(clean).or_else(|| duty_holder(clean, lower())).or_else(|| duty_lead.map(str::to_string))).flatten();
        let before = out.len();
        list_first = before;
        // A new list opens no topic yet: its lines on units and times are for its own tasks.
        topic_first = before;
        topic_due = None;
        if !in_list && follows_requests && numbered.is_none() && dashed.is_none() {
            // "UBND tỉnh yêu cầu Sở Y tế …\n\nSở Giáo dục và Đào tạo chỉ đạo các trường …": the
            // paragraph after a request that opens with a unit and what it is to do goes on
            // with the request, after a joining word too ("Bên cạnh đó, các đơn vị phải báo cáo …").
            if let Some(unit) = unit_then_acts(without_link(clean)).or_else(|| unit_with_standing_duty(without_link(clean))) {
                push_item(&mut out, clean, Some(unit), ctx);
                after_requests = true;
                continue;
            }
        }
        if !in_list && numbered.is_none() && article.is_some_and(|m| article_duty(clean, m, ctx, &mut out)) {
            continue;
        }
        // "1. Trung tâm Y tế huyện tổ chức giám sát …" under a conclusion with no lead.
        if let Some(unit) = numbered.filter(|_| !in_list).and_then(|m| unled_item(clean[m..].trim(), follows_conclusion)) {
            push_item(&mut out, clean[numbered.unwrap_or(0)..].trim(), Some(unit), ctx);
            after_conclusion = true;
            continue;
        }
        if !in_list && !inline(clean, ctx, &mut out) {
            requests(clean, ctx, &mut out);
            if out.len() == before {
                conclusions(clean, ctx, &mut out);
            }
            if out.len() == before {
                unled_due_task(clean, ctx, &mut out);
            }
        }
        after_requests = !in_list && out.len() > before;
        after_conclusion = !in_list && concludes(clean);
    }
    located.resize(out.len(), paragraph);
    (out, located)
}

/// A table of tasks written as text, a row a paragraph, its cells apart at tabs (as the
/// loader writes an HTML or Word table) or at " | ": which cells hold the task, its unit
/// and when it is due.
struct TaskTable {
    separator: &'static str,
    task: usize,
    unit: usize,
    due: Option<usize>,
}

/// Headers of a task table's column of tasks.
const TASK_COLUMNS: &[&str] = &["nội dung", "công việc", "nhiệm vụ", "hoạt động", "tên hoạt động"];
/// Headers of its column of units; "đơn vị tính" is a unit of measure, a table of figures'.
const UNIT_COLUMNS: &[&str] = &["đơn vị", "cơ quan", "chủ trì", "phân công", "người thực hiện", "người phụ trách", "bộ phận", "trách nhiệm"];
/// Headers of its column of deadlines.
const DUE_COLUMNS: &[&str] = &["thời gian", "thời hạn", "tiến độ", "hạn"];
/// Headers no table of tasks has: a table of figures' or results', a schedule's.
const NOT_TASK_COLUMNS: &[&str] = &["đơn vị tính", "đvt", "kết quả", "tình hình", "số ", "tỷ lệ", "địa điểm", "thành phần", "kế hoạch", "đạt"];

impl TaskTable {
    /// The cells of a row: a row holds a tab, or " | " (perhaps with bars at both ends).
    fn cells<'t>(row: &'t str, separator: &str) -> Vec<&'t str> {
        let row = if separator == "\t" { row } else { row.trim_matches(['|', ' ']) };
        row.split(separator).map(|c| c.trim().trim_matches('|').trim()).collect()
    }

    /// The columns of a header row naming the tasks and their units, and when they are due
    /// or under a lead or section of tasks (`in_list`): "TT\tNội dung\tĐơn vị thực
    /// hiện\tThời gian". Most paragraphs hold neither separator, and a table's rows of
    /// figures hold digits, which no header does.
    fn header(p: &str, in_list: bool) -> Option<TaskTable> {
        let separator = if has_digit(p) {
            return None;
        } else if p.contains('\t') {
            "\t"
        } else if p.contains(" | ") {
            "|"
        } else {
            return None;
        };
        let cells: Vec<String> = Self::cells(p, separator).iter().map(|c| lowercase(c)).collect();
        let find = |heads: &[&str]| cells.iter().position(|c| heads.iter().any(|h| starts_word(c, h)));
        if cells.len() < 2 || cells.iter().any(|c| NOT_TASK_COLUMNS.iter().any(|h| c.starts_with(h))) {
            return None;
        }
        let (task, unit, due) = (find(TASK_COLUMNS)?, find(UNIT_COLUMNS)?, find(DUE_COLUMNS));
        (task != unit && (due.is_some() || in_list)).then_some(TaskTable { separator, task, unit, due })
    }

    /// Reads `p` as a row of the table: false when it is none (no separator). A row with no
    /// task, or naming neither a unit nor a time (a section's row, "II | CÔNG TÁC TIÊM
    /// CHỦNG"), or a ruling ("|---|---|") sets no task.
    fn read_row(&self, p: &str, ctx: &YearContext, out: &mut Vec<Directive>) -> bool {
        if !p.contains(self.separator) {
            return false;
        }
        let cells = Self::cells(p, self.separator);
        let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).copied().filter(|c| !c.is_empty());
        let Some(task) = cell(Some(self.task)).filter(|t| t.chars().any(char::is_lowercase)) else { return true };
        let (unit, due) = (cell(Some(self.unit)), cell(self.due));
        if unit.is_some() || due.is_some() {
            // A bare time ("Tháng 12/2026", "15/11/2026") reads as a due line's.
            let deadline = due.and_then(|d| deadline(d, ctx).or_else(|| due_line_deadline(&format!("Thời hạn: {d}"), ctx)));
            out.push(Directive { text: task.to_string(), assignee: unit.map(str::to_string), deadline });
        }
        true
    }
}

/// The unit of a numbered item outside any list that sets it a task: the item follows a
/// conclusion (`concluded`: the paragraph before concludes, or is such an item), opens with
/// the unit, then what it is to do ([`unit_then_acts`]), and tells nothing done. A report's
/// "1. Khoa Dược tổ chức tập huấn …, hoàn thành trước ngày 30/4" under no conclusion tells
/// what was done, even by a day.
fn unled_item(text: &str, concluded: bool) -> Option<String> {
    if !concluded {
        return None;
    }
    let unit = unit_then_acts(text)?;
    let done = text.split_whitespace().any(|w| matches!(w, "đã" | "Đã" | "được" | "Được"));
    (!done).then_some(unit)
}

/// Whether paragraph `p` ends concluding, a meeting's conclusion to follow without a lead's
/// colon: "Sau khi nghe báo cáo, Phó Chủ tịch UBND huyện kết luận.", "… kết luận như sau."
/// "… đã thống nhất." tells of a meeting past ([`directs`]); "chỉ đạo" ends accounts too
/// ("… được lãnh đạo quan tâm chỉ đạo.").
fn concludes(p: &str) -> bool {
    let last = p.trim_end_matches(['.', ' ']);
    let last = ["như sau", "cụ thể"].iter().find_map(|w| last.strip_suffix(w)).unwrap_or(last).trim_end();
    ["kết luận", "thống nhất"].iter().find_map(|w| last.strip_suffix(w)).is_some_and(directs)
}

/// Whether a numbered item read as a task may name a topic instead: a few words with no
/// stop, no unit and no deadline ("2. Truyền thông phòng chống bệnh dại").
fn may_be_topic(d: &Directive) -> bool {
    let open = !d.text.ends_with(['.', ';', ':', '!', ')']);
    open && d.assignee.is_none() && d.deadline.is_none() && d.text.split_whitespace().count() <= 12
}

/// Labels of a plan's line naming the unit that carries out a topic's tasks.
const LEAD_UNIT_LABELS: &[&str] = &[
    "đơn vị chủ trì thực hiện", "đơn vị thực hiện", "đơn vị chủ trì", "cơ quan chủ trì", "cơ quan thực hiện", "chủ trì thực hiện",
    "chủ trì", "đơn vị phụ trách", "trách nhiệm thực hiện",
];
/// Labels of a plan's line naming the units that help with a topic's tasks.
const PARTNER_LABELS: &[&str] = &["đơn vị phối hợp thực hiện", "đơn vị phối hợp", "cơ quan phối hợp", "phối hợp thực hiện", "phối hợp"];

/// A plan's line naming who carries out a topic's tasks ([`unit_line`]).
enum UnitLine<'a> {
    /// "Đơn vị thực hiện: Trung tâm Y tế huyện": the unit.
    Lead(&'a str),
    /// "Đơn vị phối hợp: UBND các xã": helpers, not whom the tasks are set.
    Partner,
}

/// Reads "Đơn vị thực hiện: Trung tâm Y tế huyện" (a label of [`LEAD_UNIT_LABELS`] or
/// [`PARTNER_LABELS`], a colon, a few words). The unit ends before "chủ trì", "phối hợp", a
/// ";", a bracket or the closing stop: "Trung tâm Y tế huyện chủ trì, phối hợp với …".
fn unit_line(text: &str) -> Option<UnitLine<'_>> {
    let (label, value) = text.split_once(':')?;
    let label = label.trim();
    if PARTNER_LABELS.iter().any(|w| equals_lower(label, w)) {
        return Some(UnitLine::Partner);
    }
    if !LEAD_UNIT_LABELS.iter().any(|w| equals_lower(label, w)) {
        return None;
    }
    let end = [" chủ trì", " phối hợp", ";", " ("].iter().filter_map(|w| value.find(w)).min().unwrap_or(value.len());
    let unit = value[..end].trim().trim_end_matches(['.', ',']).trim();
    (!unit.is_empty() && unit.split_whitespace().count() <= 15).then_some(UnitLine::Lead(unit))
}

/// Verbs of what a unit is asked to do, as a request's next paragraph opens after the unit.
const ASKED_VERBS: &[&str] = &[
    "chỉ đạo", "chủ trì", "phối hợp", "tăng cường", "triển khai", "tổ chức", "rà soát", "hướng dẫn", "kiểm tra", "bố trí",
    "chuẩn bị", "đẩy mạnh", "tiếp tục", "khẩn trương", "chịu trách nhiệm", "theo dõi", "tham mưu", "chủ động",
];

/// The words of a deadline that set a task with no request word ([`unled_due_task`]).
const UNLED_DUE_WORDS: &[&str] = &["trước", "chậm nhất", "muộn nhất", "hạn"];

/// A paragraph that sets a unit a task with no request word, as a notice's do: "Văn phòng
/// Sở tổng hợp danh sách đại biểu, gửi Giám đốc Sở trước 10 giờ ngày 30/12." It opens with
/// the unit and what it is to do ([`acts_next`], or a verb of [`TASK_VERBS`] or
/// [`PART_VERBS`]) and its first sentence names a deadline ([`UNLED_DUE_WORDS`]) on or after
/// the day it is written. A report tells what was done by a day gone by, or says so ("đã");
/// "kéo dài đến ngày 30/12" tells how long something runs, and a later sentence's day may be
/// another's; a text with no day of its own sets no such task, as nothing tells whether its
/// day is ahead.
fn unled_due_task(p: &str, ctx: &YearContext, out: &mut Vec<Directive>) {
    // The cheap tests first: it is asked of every paragraph that set no task, and most name
    // no deadline; the unit's span is the costly one.
    let Some((y, m, d)) = ctx.today else { return };
    if !UNLED_DUE_WORDS.iter().any(|w| p.contains(w)) || p.split_whitespace().any(|w| w == "đã") {
        return;
    }
    let first = split_sentences(p).into_iter().next().unwrap_or(p);
    if !UNLED_DUE_WORDS.iter().any(|w| first.contains(w)) {
        return;
    }
    let Some((a, b)) = item_assignee_span(p) else { return };
    let rest = p[b..].trim_start();
    let acts = acts_next(rest) || TASK_VERBS.iter().chain(PART_VERBS).any(|v| starts_word(rest, v));
    if a > 0 || !acts {
        return;
    }
    let today = ymd(y, m, d);
    if let Some(due) = deadline(first, ctx).filter(|due| *due >= today) {
        out.push(Directive { text: p.trim().to_string(), assignee: Some(p[a..b].to_string()), deadline: Some(due) });
    }
}

/// Verbs a task's sentence opens with when it names no unit, as a letter's last request does:
/// "Báo cáo kết quả về Sở Y tế …", "Gửi danh sách về …".
const TASK_VERBS: &[&str] = &["báo cáo", "gửi", "hoàn thành", "nộp"];

/// Whether `p` opens with one of [`TASK_VERBS`], its first letter a capital.
fn opens_with_task_verb(p: &str) -> bool {
    TASK_VERBS.iter().any(|v| starts_word_capitalised(p, v))
}

/// Whether `rest`, what follows a unit, opens with one of [`ASKED_VERBS`], perhaps after
/// "cần" or "phải", which say the unit is to do it ("Trung tâm Y tế cần tăng cường …").
/// After those words one of [`TASK_VERBS`] is a duty too ("Các đơn vị cần hoàn thành …
/// trước ngày …"); without them "Trung tâm báo cáo …" may tell what was done.
fn acts_next(rest: &str) -> bool {
    let rest = rest.trim_start();
    let modal = ["cần phải ", "cần ", "phải "].iter().find_map(|m| rest.strip_prefix(m));
    let rest = modal.unwrap_or(rest);
    ASKED_VERBS.iter().any(|v| starts_word(rest, v)) || modal.is_some() && TASK_VERBS.iter().any(|v| starts_word(rest, v))
}

/// False when `p` cannot open with a NUMBERED marker: its first char is none of a digit
/// (any Unicode digit, as `\d` is), "I", "V", "X", a small ASCII letter or "đ".
fn may_be_numbered(p: &str) -> bool {
    p.chars().next().is_some_and(|c| matches!(c, '0'..='9' | 'I' | 'V' | 'X' | 'a'..='z' | 'đ' | '(') || !c.is_ascii() && c.is_numeric())
}

/// False when `p` cannot open with a DASHED marker.
fn may_be_dashed(p: &str) -> bool {
    p.starts_with(['-', '–', '—', '•', '+', '*'])
}

/// A numbered item that only names the unit for the dashed items under it.
fn is_heading(text: &str) -> bool {
    text.ends_with(':') && text.split_whitespace().count() <= 12 && !text.contains(". ")
}

/// Words that open an item setting its unit a task: "Giao Sở Y tế chủ trì …".
const ASSIGNING: &[&str] = &["giao ", "đề nghị ", "yêu cầu "];
/// Words that open an item naming the unit its tasks are for, in a conclusion's list: "Đối
/// với Bệnh viện Đa khoa tỉnh: khẩn trương hoàn thiện …". Apart from [`ASSIGNING`]: in running
/// text "và đối với …" opens no request of its own.
const ADDRESSING: &[&str] = &["đối với "];
/// Units named in the plural after an organisation kind ("UBND các huyện, thị xã") or
/// alone ("các trạm y tế", "các đơn vị").
const PLURAL_UNITS: &[&str] = &[
    "thành phố", "thị trấn", "thị xã", "xã", "phường", "huyện", "quận", "tỉnh", "đơn vị", "địa phương", "sở", "ngành",
    "cơ sở y tế", "cơ sở", "trạm y tế", "bệnh viện", "trung tâm y tế", "khoa", "phòng", "ban",
    "trường mầm non", "trường tiểu học", "trường học", "trường", "doanh nghiệp", "thôn trưởng", "trưởng thôn", "tổ trưởng tổ dân phố",
    "cộng tác viên", "nhân viên y tế thôn bản", "thôn", "ấp", "xóm", "khu phố", "tổ dân phố",
];

/// The unit an item sets its task, when it opens with one: "Trung tâm Y tế huyện …",
/// "Giao Sở Y tế chủ trì …", "UBND các huyện, thành phố, thị xã chỉ đạo …", "các trạm y
/// tế báo cáo …".
fn item_assignee(text: &str) -> Option<String> {
    item_assignee_span(text).map(|(a, b)| text[a..b].to_string())
}

/// Where the unit [`item_assignee`] finds lies in `text`: after an assigning word
/// ([`PART_ASSIGNING`]), if any.
fn item_assignee_span(text: &str) -> Option<(usize, usize)> {
    // Each word and its capitalised form have the same length in UTF-8.
    // "3. Chỉ đạo các Trung tâm Y tế tăng cường …" asks the centres, as "Giao" would.
    let skip = opening_word(text, PART_ASSIGNING).or_else(|| opening_word(text, ADDRESSING)).map_or(0, str::len);
    let text = &text[skip..];
    // The text through the units listed after "các " at `at`, if any.
    let through_units = |at: usize| {
        let list = text[at..].strip_prefix("các ").or_else(|| text[at..].strip_prefix("Các "))?;
        let units = plural_units_len(list);
        let scope = (units > 0).then(|| UNIT_SCOPES.iter().find(|w| list[units..].strip_prefix(' ').is_some_and(|r| starts_word(r, w)))).flatten();
        let units = match scope {
            Some(w) => units + 1 + w.len(),
            None => units + kind_qualifier_len(&list[..units], &list[units..]),
        };
        let units = units + kinds_listed_after(&list[..units], &list[units..]);
        (units > 0).then(|| &text[..text.len() - list.len() + units])
    };
    // The unit opening `text` from `at`, named in full or listed after "các ".
    let named_unit = |at: usize| match super::orgs::leading_org(&text[at..]) {
        Some(org) => {
            let end = at + org.len();
            let after = end + usize::from(text[end..].starts_with(' '));
            Some(through_units(after).unwrap_or_else(|| {
                let end = end + listed_places_len(&text[end..]);
                &text[..end + kinds_listed_after(&text[..end], &text[end..])]
            }))
        }
        None => through_units(at),
    };
    // "Chủ tịch UBND các xã, thị trấn chịu trách nhiệm …", "Trưởng các thôn chỉ đạo …": the
    // heads of the units are asked, as the units themselves are.
    let headed = head_title_len(text).and_then(named_unit);
    let unit = match headed.or_else(|| named_unit(0)) {
        Some(unit) => unit,
        None if skip > 0 => unit_in_small_letters(text).or_else(|| post_before_verb(text)).or_else(|| leading_sector(text))?,
        None => named_part_before_verb(text).or_else(|| leading_sector(text))?,
    };
    Some((skip, skip + unit.len()))
}

/// Posts and parts of a unit that a request may set a task by their kind in small letters,
/// then a name or what they are for: "Giao bộ phận Kế hoạch - Nghiệp vụ tổng hợp …", "Giao
/// công chức phụ trách y tế xã rà soát …", "Giao cán bộ chuyên trách theo dõi …".
const POSTS: &[&str] = &["bộ phận", "công chức", "cán bộ", "viên chức", "nhân viên"];

/// Verbs that end a post's name besides [`ASKED_VERBS`], [`TASK_VERBS`] and [`PART_VERBS`]:
/// a post is set what its field does ("công chức Văn hóa - Xã hội tuyên truyền …").
const POST_ENDS: &[&str] = &["tuyên truyền", "vận động", "giám sát", "thống kê", "lập", "cung cấp", "tiếp nhận", "quản lý", "đôn đốc", "bảo đảm", "đảm bảo"];

/// The most words a post's name holds after its kind ("phụ trách y tế xã", "Kế hoạch - Nghiệp vụ").
const POST_NAME_WORDS: usize = 8;

/// The post `text` opens with after a request's word ([`POSTS`]), through the words that name
/// it, up to the verb of its task; none when no verb comes within [`POST_NAME_WORDS`] words,
/// or a stop, a comma or "và" comes first (the words are then the task, not the post).
fn post_before_verb(text: &str) -> Option<&str> {
    name_before_verb(text, opening_post(text)?.len())
}

/// Parts of a unit an item may open with by their kind alone, besides [`POSTS`]: "Tổ Y tế
/// trường học kiểm tra …". Only with a capital and a name in capitals after it
/// ([`named_part_before_verb`]): in small letters "tổ" opens "tổ chức".
const TEAMS: &[&str] = &["tổ"];

/// The part of a unit an item opens with, with no request's word before it: its kind
/// capitalised ([`POSTS`], [`TEAMS`]), then its name opening with a capital, up to the verb
/// of its task ("Bộ phận Dân số tổng hợp …", "Công chức Văn hóa - Xã hội phối hợp …"). The
/// capital of the name tells a part from a task: "Tổ chức tập huấn …" names none.
fn named_part_before_verb(text: &str) -> Option<&str> {
    let kind = POSTS.iter().chain(TEAMS).find(|w| starts_word_capitalised(text, w))?;
    let named = text[kind.len()..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase));
    named.then(|| name_before_verb(text, kind.len())).flatten()
}

/// `text` through the words of a post's or a part's name after its kind (its first `at`
/// bytes), up to the verb of its task ([`post_before_verb`]).
fn name_before_verb(text: &str, mut at: usize) -> Option<&str> {
    let verb = |r: &str| ASKED_VERBS.iter().chain(TASK_VERBS).chain(PART_VERBS).chain(POST_ENDS).any(|v| starts_word(r, v));
    for words in 0..=POST_NAME_WORDS {
        let r = text[at..].strip_prefix(' ')?;
        if words > 0 && verb(r) {
            return Some(&text[..at]);
        }
        let word = r.find([' ', ',', ';', '.', ':']).unwrap_or(r.len());
        if word == 0 || r[word..].starts_with([',', ';', '.', ':']) || &r[..word] == "và" {
            return None;
        }
        at += 1 + word;
    }
    None
}

/// Kinds of units so broad that a request names them with what they do or are ("các cơ sở
/// giáo dục mầm non", "các doanh nghiệp sản xuất thực phẩm", "các cơ sở y tế tư nhân").
const QUALIFIED_KINDS: &[&str] = &["cơ sở", "cơ sở y tế", "doanh nghiệp", "trường", "trường học", "trường mầm non", "trường tiểu học", "đơn vị"];

/// Verbs that end a qualifier besides [`ASKED_VERBS`], [`TASK_VERBS`] and [`PART_VERBS`]: a
/// few more that a request to a trade or a school opens with.
const QUALIFIER_ENDS: &[&str] = &["bảo đảm", "đảm bảo", "chấp hành", "tuân thủ", "niêm yết"];

/// Words a qualifier opens with: what the units do or how they are run ("giáo dục mầm non",
/// "kinh doanh thực phẩm", "y tế tư nhân", "khám, chữa bệnh"). Only these: after "các đơn
/// vị" the next words may as well open what the unit is to do ("quan tâm chỉ đạo").
const QUALIFIER_HEADS: &[&str] = &[
    "giáo dục", "kinh doanh", "sản xuất", "chế biến", "y tế", "khám", "chữa bệnh", "dịch vụ", "sự nghiệp", "mầm non", "tiểu học",
    "trung học", "tư nhân", "tư thục", "ngoài công lập", "công lập", "hành nghề", "bán lẻ", "bán buôn", "dược", "ăn uống",
    "lưu trú", "điều trị", "tiêm chủng", "chăm sóc", "bảo trợ", "giết mổ", "xét nghiệm", "đào tạo", "du lịch", "nhà hàng",
];

/// Words no qualifier holds: after them the words are what the unit is to do ("các cơ sở y
/// tế xét nghiệm và báo cáo …", "… điều trị kịp thời …").
const NOT_IN_QUALIFIER: &[&str] = &["và", "hoặc", "cho", "để", "kịp", "đầy đủ", "nghiêm", "ngay", "đã", "đang", "sẽ", "cần", "phải", "được", "có", "không"];

/// The length of the words after one of [`QUALIFIED_KINDS`] (`unit`, the plural units read)
/// that say which of the kind are asked, through the blank before the verb that follows
/// them: "các cơ sở| giáo dục mầm non| thực hiện …", "các cơ sở| khám, chữa bệnh| chuẩn bị
/// …". Zero unless they open with one of [`QUALIFIER_HEADS`] and a verb comes within four
/// words of small letters, none of [`NOT_IN_QUALIFIER`].
fn kind_qualifier_len(unit: &str, rest: &str) -> usize {
    // Most units go on with their verb or a stop: the heads, compared byte for byte and
    // their first byte before all, come before the kinds, compared without case.
    let Some(head) = rest.strip_prefix(' ') else { return 0 };
    let Some(&first) = head.as_bytes().first() else { return 0 };
    if !QUALIFIER_HEADS.iter().any(|w| w.as_bytes()[0] == first && starts_word(head, w)) {
        return 0;
    }
    let ends_with = |k: &&str| unit.len() >= k.len() && unit.is_char_boundary(unit.len() - k.len()) && equals_lower(&unit[unit.len() - k.len()..], k);
    if !QUALIFIED_KINDS.iter().any(ends_with) {
        return 0;
    }
    let verb = |r: &str| ASKED_VERBS.iter().chain(TASK_VERBS).chain(PART_VERBS).chain(QUALIFIER_ENDS).any(|v| starts_word(r, v));
    let mut at = 0;
    for words in 0..=4 {
        let Some(r) = rest[at..].strip_prefix(' ') else { return 0 };
        if words > 0 && verb(r) {
            return at;
        }
        if words == 4 || NOT_IN_QUALIFIER.iter().any(|w| starts_word(r, w)) {
            return 0;
        }
        // "khám, chữa bệnh" is one qualifier, its comma no end of the unit.
        let joined = ["khám, chữa bệnh", "khám bệnh, chữa bệnh"].iter().find(|w| starts_word(r, w));
        let word = joined.map_or_else(|| r.find([' ', ',', ';', '.', ':', '(']).unwrap_or(r.len()), |w| w.len());
        if word == 0 || !r[..word].chars().all(|c| c.is_lowercase() || c == ' ' || c == ',') {
            return 0;
        }
        at += 1 + word;
    }
    0
}

/// An item from the unit its assigning word asks: "Yêu cầu Trung tâm Y tế huyện tăng cường
/// …" reads "Trung tâm Y tế huyện tăng cường …", as a request in running text does.
fn from_asked_unit(text: &str) -> &str {
    match item_assignee_span(text) {
        Some((skip, _)) if skip > 0 => text[skip..].trim_start_matches([':', ' ']),
        _ => text,
    }
}

/// Titles of the heads of units, as a task names them before their units: "Chủ tịch UBND
/// các xã", "Trưởng các thôn", "Thủ trưởng các đơn vị". Longer titles first.
const HEAD_TITLES: &[&str] = &["Phó Chủ tịch", "Chủ tịch", "Phó Giám đốc", "Giám đốc", "Thủ trưởng", "Hiệu trưởng", "Trưởng"];

/// The length of the head's title `text` opens with and the blank after it, in either case
/// of its first letter ([`HEAD_TITLES`]).
fn head_title_len(text: &str) -> Option<usize> {
    HEAD_TITLES.iter().find_map(|t| {
        let head = text.get(..t.len())?;
        let (first, t_first) = (head.chars().next()?, t.chars().next()?);
        // "giao trưởng các thôn …": the title in small letters after a request's word.
        let small = first.is_lowercase() && t_first.to_lowercase().eq(std::iter::once(first)) && head[first.len_utf8()..] == t[t_first.len_utf8()..];
        ((head == *t || small) && text[t.len()..].starts_with(' ')).then_some(t.len() + 1)
    })
}

/// Units a request may name in small letters, one of them: "Giao trạm y tế xã chủ trì …",
/// "Đề nghị công an xã phối hợp …", "Yêu cầu bệnh viện, Trung tâm Y tế khu vực:".
/// "Trung tâm" and "Trạm" alone are the centre or station a news item is about ("đề nghị
/// Trung tâm tập trung …"), as "Bệnh viện" is; after the longer kinds they open.
const SINGLE_UNITS: &[&str] = &["trạm y tế", "bệnh viện", "trung tâm y tế", "công an", "ủy ban nhân dân", "phòng y tế", "nhà trường", "trung tâm", "trạm"];

/// The unit in small letters `text` opens with after a request's word, with its scope ("xã",
/// "phường", "khu vực") and the units listed after it ("bệnh viện, Trung tâm Y tế khu vực").
fn unit_in_small_letters(text: &str) -> Option<&str> {
    // "đề nghị Bệnh viện tiếp tục …": the kind alone, capitalised, is the unit spoken of.
    let unit = SINGLE_UNITS.iter().find(|u| starts_word(text, u) || starts_word_capitalised(text, u))?;
    let mut end = unit.len();
    if let Some(scope) = UNIT_SCOPES.iter().find(|w| text[end..].strip_prefix(' ').is_some_and(|r| starts_word(r, w))) {
        end += 1 + scope.len();
    }
    // "bệnh viện, Trung tâm Y tế khu vực": one more unit, named in full.
    if let Some(join) = [", ", " và "].iter().find(|j| text[end..].starts_with(**j)) {
        if let Some(org) = super::orgs::leading_org(&text[end + join.len()..]) {
            end += join.len() + org.len();
        }
    }
    Some(&text[..end])
}

/// Verbs a part of a request may open with after its unit, besides [`ASKED_VERBS`]: inside a
/// request what a unit does is what it is asked to do.
const PART_VERBS: &[&str] = &["hoàn thành", "xây dựng", "báo cáo", "duy trì", "thực hiện", "cập nhật", "tổng hợp"];

/// The unit in small letters `text` opens with ("trạm y tế các xã", "bệnh viện tuyến huyện",
/// "khoa Kiểm soát bệnh tật"), when what it is to do follows it.
fn small_unit_then_acts(text: &str) -> Option<&str> {
    let mut end = unit_in_small_letters(text).map(str::len).or_else(|| department_len(text))?;
    if let Some(list) = text[end..].strip_prefix(" các ") {
        let units = plural_units_len(list);
        if units > 0 {
            end += " các ".len() + units;
        }
    }
    let rest = text[end..].trim_start();
    // "đề nghị Trung tâm tập trung …": urging words, as after "chỉ đạo", say it is to act.
    let acts = acts_next(rest) || PART_VERBS.iter().chain(URGING).any(|v| starts_word(rest, v));
    acts.then(|| &text[..end])
}

/// The length of a department named after "khoa"/"phòng" in small letters ("khoa Kiểm soát
/// bệnh tật", "phòng Kế hoạch - Nghiệp vụ"): the name an organisation would read with a capital.
fn department_len(text: &str) -> Option<usize> {
    let rest = text.strip_prefix("khoa ").or_else(|| text.strip_prefix("phòng "))?;
    if !rest.starts_with(char::is_uppercase) {
        return None;
    }
    super::orgs::small_kind_org_len(text)
}

/// Whether `text` opens with a unit (after an assigning word, if any), then what it is to do.
fn unit_then_acts(text: &str) -> Option<String> {
    let (a, b) = item_assignee_span(text)?;
    acts_next(&text[b..]).then(|| text[a..b].to_string())
}

/// Units of the commune level a name may list after its first ("UBND phường Tây Sơn, phường
/// Bắc Hà và xã Diên Lạc"), as they open `rest`: their length. Each is a commune's word in
/// small letters and its name ([`super::places::commune_name_after`]).
fn listed_places_len(rest: &str) -> usize {
    let mut end = 0;
    loop {
        let Some(join) = [", ", " và "].iter().find(|j| rest[end..].starts_with(**j)) else { return end };
        let at = end + join.len();
        let word = super::places::COMMUNE_WORDS.iter().filter(|w| w.starts_with(char::is_lowercase)).find(|w| rest[at..].starts_with(**w));
        match word.and_then(|w| super::places::commune_name_after(rest, at + w.len())) {
            Some((_, name_end)) => end = name_end,
            None => return end,
        }
    }
}

/// A whole sector asked to act, as a leader's closing words ask it: "ngành y tế tập trung …".
const SECTORS: &[&str] = &["toàn ngành y tế", "ngành y tế", "các ngành chức năng", "ngành chức năng", "toàn ngành"];

/// Fields a sector is named by in small letters after "ngành", as news writes them: "ngành
/// giáo dục phối hợp …". Longer names first.
const FIELDS: &[&str] = &["giáo dục và đào tạo", "giáo dục", "văn hóa", "nông nghiệp", "thú y", "công thương", "công an", "lao động", "tài nguyên và môi trường"];

/// The sector `text` opens with, if any; none when others are listed with it ("ngành Y tế và
/// các cơ quan, đơn vị, UBND các xã …"): the sector alone is not whom the text asks.
fn leading_sector(text: &str) -> Option<&str> {
    let listed = SECTORS.iter().find_map(|w| {
        let head = text.get(..w.len())?;
        let rest = &text[w.len()..];
        let whole_word = !rest.starts_with(char::is_alphanumeric);
        let listed = rest.starts_with(" và ") || rest.starts_with(", ");
        (equals_lower(head, w) && whole_word && !listed).then_some(head)
    });
    listed.or_else(|| named_sector(text))
}

/// "ngành Giáo dục", "ngành Văn hóa và Du lịch": "ngành" and a capitalised name of two words,
/// or of two words, "và" and two more; or "ngành" and one of [`FIELDS`] ("ngành giáo dục").
fn named_sector(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("ngành ").or_else(|| text.strip_prefix("Ngành "))?;
    if let Some(field) = FIELDS.iter().find(|f| starts_word(rest, f)) {
        let end = "ngành ".len() + field.len();
        let listed = text[end..].starts_with(" và ") || text[end..].starts_with(", ");
        return (!listed).then(|| &text[..end]);
    }
    let words: Vec<&str> = rest.split(' ').take(5).collect();
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    if words.len() < 2 || !capital(&words[0]) {
        return None;
    }
    let taken = match words.get(2..5) {
        Some([and, w, _]) if *and == "và" && capital(w) => 5,
        _ => 2,
    };
    let last = words[taken - 1].trim_end_matches([',', ';', '.', ':']);
    let end = "ngành ".len() + words[..taken - 1].iter().map(|w| w.len() + 1).sum::<usize>() + last.len();
    // Listed with others, as in [`leading_sector`], it is not whom the text asks.
    let listed = text[end..].starts_with(" và ") || text[end..].starts_with(", ");
    (!listed).then(|| &text[..end])
}

/// The length of "huyện, thành phố, thị xã" opening `list` (what follows "các "), or 0.
fn plural_units_len(mut list: &str) -> usize {
    let whole = list.len();
    let mut end = 0;
    // "các Trạm Y tế xã": a unit may be written with a capital.
    let opens = |list: &str, u: &str| list.get(..u.len()).is_some_and(|head| equals_lower(head, u));
    while let Some(unit) = PLURAL_UNITS.iter().find(|u| opens(list, u) && !list[u.len()..].starts_with(char::is_alphanumeric)) {
        end = whole - list.len() + unit.len();
        list = &list[unit.len()..];
        match [", ", " và ", ","].iter().find(|sep| list.starts_with(*sep)) {
            Some(sep) => list = &list[sep.len()..],
            None => break,
        }
    }
    end
}

/// Words of a lead that introduces figures, not tasks: "Trong tháng 5, toàn huyện ghi nhận
/// các bệnh truyền nhiễm như sau:".
const FIGURE_LEADS: &[&str] = &["ghi nhận", "kết quả", "tình hình", "số liệu", "số ca", "đạt được"];

/// Whether a lead ending with a colon (`lower`: in small letters, `str::to_lowercase`)
/// introduces figures: it names one of [`FIGURE_LEADS`] and asks nothing.
fn leads_figures(lower: &str) -> bool {
    // The blank after it lets a request word that closes the lead ("… đồng thời yêu cầu:") match.
    let lower = lower.to_string() + " ";
    // "Sau khi nghe báo cáo tình hình dịch bệnh, đồng chí Phó Chủ tịch kết luận như sau:"
    // lists what the conclusion sets.
    let asks = ["nhiệm vụ", "chỉ đạo", "kết luận"].iter().any(|w| lower.contains(w));
    FIGURE_LEADS.iter().any(|w| lower.contains(w)) && !REQUEST_WORDS.is_match(&lower) && !asks
}

/// Words of a lead that lists who a body is made of ("Thành lập Đội cơ động … gồm 04 thành
/// viên, cụ thể:"): its items are people, not tasks.
const MEMBER_LEADS: &[&str] = &["thành viên", "thành phần", "gồm các ông", "gồm các đồng chí", "gồm các bà"];

/// Whether a lead ending with a colon (`lower`: in small letters, `str::to_lowercase`) lists
/// members: it names one of [`MEMBER_LEADS`] and no task, and no one concludes or directs
/// after the members are named. "Sau khi nghe … ý kiến của các thành viên dự họp, đồng chí Phó
/// Chủ tịch kết luận như sau:" lists the conclusions; "Ban Chỉ đạo … gồm các thành viên sau:"
/// still lists members (the body's name before them may say "chỉ đạo").
fn leads_members(lower: &str) -> bool {
    let Some(after) = MEMBER_LEADS.iter().filter_map(|w| lower.rfind(w).map(|i| i + w.len())).max() else { return false };
    let concluded = ["kết luận", "chỉ đạo"].iter().any(|w| lower[after..].contains(w));
    !concluded && !lower.contains("nhiệm vụ") && !REQUEST_WORDS.is_match(lower)
}

/// Whom a lead asks: the unit after its request word ("đề nghị các đơn vị triển khai …:"), or
/// the body whose duties it lists ("Điều 2. Nhiệm vụ của Tổ phản ứng nhanh:").
fn lead_addressee(lead: &str) -> Option<String> {
    asked_by_lead(lead).or_else(|| duty_holder(lead, &lowercase(lead)))
}

/// The unit after a lead's request word: "đề nghị các đơn vị triển khai …:".
fn asked_by_lead(lead: &str) -> Option<String> {
    request_end(lead).and_then(|e| item_assignee(&lead[e..]))
}

/// The body whose duties a lead lists: "Điều 2. Nhiệm vụ của Tổ phản ứng nhanh:". `lower`:
/// the lead in small letters (`str::to_lowercase`).
fn duty_holder(lead: &str, lower: &str) -> Option<String> {
    let at = ["nhiệm vụ của ", "trách nhiệm của "].iter().find_map(|w| lower.find(w).map(|i| i + w.len()))?;
    let named = lead[at..].trim_end().trim_end_matches(':').trim();
    (!named.is_empty() && named.split_whitespace().count() <= 10 && !named.contains([',', '.'])).then(|| named.to_string())
}

/// Whether a lead ending with a colon introduces a plan's targets ("2. Mục tiêu cụ thể:"):
/// what is aimed at, not who is to do what.
fn leads_targets(lead: &str) -> bool {
    // The lead's own words: its last sentence, without its number. "… thực hiện các mục tiêu
    // về y tế, … nhiệm vụ sau:" asks for tasks.
    let last = lead.rsplit(". ").next().unwrap_or(lead);
    let last = NUMBERED.find(last).map_or(last, |m| &last[m.end()..]);
    ["mục tiêu", "chỉ tiêu", "mục đích"].iter().any(|w| starts_with_lower(last, w))
}

/// Labels of a plan's details: who it is for, where, when, with what money.
const PLAN_DETAILS: &[&str] = &["đối tượng", "phạm vi", "thời gian", "địa điểm", "địa bàn", "kinh phí", "nguồn kinh phí", "thành phần"];

/// An item that states a detail of the plan ("Thời gian: từ ngày 15/3 đến ngày 30/4"): no task.
fn is_plan_detail(text: &str) -> bool {
    let Some((label, _)) = text.split_once(':') else { return false };
    PLAN_DETAILS.iter().any(|w| equals_lower(label.trim(), w))
}

/// Labels of a line that says only when the task before it is due.
const DUE_LABELS: &[&str] = &["thời gian hoàn thành", "thời hạn hoàn thành", "thời hạn", "hạn hoàn thành", "thời gian thực hiện", "thời gian"];

/// A line that is one of [`DUE_LABELS`] and when: "Thời gian hoàn thành: trước ngày 15/02".
fn is_due_line(text: &str) -> bool {
    let Some((label, _)) = text.split_once(':') else { return false };
    DUE_LABELS.iter().any(|w| equals_lower(label.trim(), w))
}

/// When a [`is_due_line`] line says its task is due. After the label a bare period is the
/// deadline ("Thời gian: Quý I/2027", "Thời gian thực hiện: tháng 12/2026 đến tháng
/// 02/2027", "Thời hạn: 20/01/2027"), read as the deadline's words would say it.
fn due_line_deadline(text: &str, ctx: &YearContext) -> Option<String> {
    let (_, value) = text.split_once(':')?;
    // "từ tháng 9 đến tháng 12/2026" runs to its second month, as "tháng 9 và tháng 12" does.
    let value = value.trim();
    let value = value.strip_prefix("từ ").or_else(|| value.strip_prefix("Từ ")).unwrap_or(value);
    deadline(text, ctx).or_else(|| deadline(&format!("hoàn thành trong {value}"), ctx))
}

/// When an item's own due label says it is due: "Tổ chức tập huấn …. Thời gian: Quý III/2026.",
/// "Kiểm tra 40 trạm y tế, thời gian: tháng 11/2026", read as [`due_line_deadline`] reads it.
fn labelled_deadline(text: &str, ctx: &YearContext) -> Option<String> {
    labelled(text, DUE_LABELS).and_then(|line| due_line_deadline(line, ctx))
}

/// The unit an item's own label names: "Tiêm phòng dại cho chó, mèo. Đơn vị thực hiện: Trạm
/// Thú y huyện. Thời gian: …" ([`unit_line`]).
fn labelled_unit(text: &str) -> Option<String> {
    match unit_line(labelled(text, LEAD_UNIT_LABELS)?.trim_end_matches('.')) {
        Some(UnitLine::Lead(unit)) => Some(unit.to_string()),
        _ => None,
    }
}

/// The part of `text` from a label of `labels` and its colon to the end of that sentence,
/// for the first such label that opens the text or a sentence, or follows a comma: inside a
/// sentence "thời gian:" is no label.
fn labelled<'t>(text: &'t str, labels: &[&str]) -> Option<&'t str> {
    text.match_indices(':').find_map(|(colon, _)| {
        let head = &text[..colon];
        let ends_with = |w: &&&str| head.len() >= w.len() && head.is_char_boundary(head.len() - w.len()) && equals_lower(&head[head.len() - w.len()..], w);
        let label = labels.iter().find(ends_with)?;
        let before = head[..head.len() - label.len()].trim_end();
        if !(before.is_empty() || before.ends_with(['.', ',', ';'])) {
            return None;
        }
        let line = &text[head.len() - label.len()..];
        Some(line.find(". ").map_or(line, |i| &line[..=i]))
    })
}

/// An item that is a label and its figure ("Sốt xuất huyết: 46 ca (tăng 12 ca)"): a result.
fn is_figure_line(text: &str) -> bool {
    let Some((label, rest)) = text.split_once(':') else { return false };
    label.split_whitespace().count() <= 8 && rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// Words that open an account of what was done or found, not a task.
const REPORT_OPENINGS: &[&str] = &["ghi nhận", "biểu dương", "đánh giá cao", "từ đầu năm", "trong năm", "năm qua", "qua ", "kết quả"];

/// A numbered item that reports results ("1. Từ đầu năm đến nay, … xảy ra 3 vụ …; đã kiểm
/// tra 2.146 cơ sở"), as a conclusion's first point often does: it sets no task. So does one
/// told in the past ("1. Năm 2025, Trung tâm Y tế đã khám …") that asks for nothing.
fn is_report(text: &str) -> bool {
    let lower = lowercase(text);
    let opens = REPORT_OPENINGS.iter().any(|w| lower.starts_with(w)) || lower.contains(" đã ");
    let asks = REQUEST_WORDS.is_match(&lower) || [" cần ", " phải ", "tiếp tục", "tăng cường", "chỉ đạo", "chủ trì"].iter().any(|w| lower.contains(w));
    opens && !asks
}

/// Whether `text` opens with "Về", as a topic a conclusion's point is about does.
fn opens_topic(text: &str) -> bool {
    text.starts_with("Về ") || text.starts_with("VỀ ")
}

/// A numbered line that only names a topic ("Về công tác an toàn thực phẩm:"), not a unit.
fn is_topic_heading(text: &str) -> bool {
    opens_topic(text) && !text.ends_with(['.', ';']) && text.split_whitespace().count() <= 25
}

/// The task after a topic and its colon ("Về công tác tiêm chủng: giao …"), else `text`.
fn after_topic(text: &str) -> &str {
    match text.split_once(": ") {
        Some((_, task)) if opens_topic(text) && !task.trim().is_empty() => task.trim(),
        _ => text,
    }
}

/// A numbered line that is only a unit's name, with no colon: "1. Trung tâm Y tế huyện",
/// "4. Đề nghị Sở Giáo dục và Đào tạo": the units, without the assigning word.
fn unit_heading(text: &str) -> Option<&str> {
    if text.ends_with(['.', ';']) {
        return None;
    }
    let (start, end) = units_span(text)?;
    (end == text.len()).then(|| &text[start..])
}

/// Words after a unit's name that say which of its kind: "Các Trung tâm Y tế khu vực",
/// "Bệnh viện tuyến tỉnh".
const UNIT_SCOPES: &[&str] = &[
    "huyện, thị xã, thành phố",
    "huyện, thành phố, thị xã",
    "huyện, thành phố",
    "huyện, thị xã",
    "quận, huyện",
    "huyện",
    "các khu vực", "khu vực", "tuyến tỉnh", "tuyến huyện", "tuyến xã", "trực thuộc", "có liên quan", "liên quan", "trên địa bàn", "vi phạm", "xã, phường", "xã", "phường",
];

/// Administrative units that a unit's kind of place is listed with ("Trạm Y tế xã, thị
/// trấn", "UBND các xã, phường, đặc khu"): the units of one level.
const LISTED_PLACE_KINDS: &[&str] = &["thị trấn", "thị xã", "thành phố", "đặc khu", "phường", "xã", "quận", "huyện"];

/// The length of the kinds of place listed after a unit that ends with one ("…xã" then ",
/// thị trấn"): the same units of the other kinds, not another unit to act.
fn kinds_listed_after(unit: &str, rest: &str) -> usize {
    if !LISTED_PLACE_KINDS.iter().any(|k| unit.ends_with(k) && unit[..unit.len() - k.len()].ends_with(' ')) {
        return 0;
    }
    let mut len = 0;
    while let Some((j, k)) = [", ", " và "].iter().find_map(|j| {
        let after = rest[len..].strip_prefix(j)?;
        // "xã Tân Hòa" after the comma is a place of its own, not a kind.
        let kind = LISTED_PLACE_KINDS.iter().find(|k| starts_word(after, k) && !after[k.len()..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase)));
        kind.map(|k| (j.len(), k.len()))
    }) {
        len += j + k;
    }
    len
}

/// Whether `text` opens with the word or words `w`, whole.
fn starts_word(text: &str, w: &str) -> bool {
    text.strip_prefix(w).is_some_and(|r| !r.starts_with(char::is_alphanumeric))
}

/// Whether `text` opens with `w` (in small letters) written with a capital first letter.
fn starts_word_capitalised(text: &str, w: &str) -> bool {
    let (Some(first), Some(w_first)) = (text.chars().next(), w.chars().next()) else { return false };
    first.is_uppercase() && first.to_lowercase().eq(std::iter::once(w_first)) && starts_word(&text[first.len_utf8()..], &w[w_first.len_utf8()..])
}

/// The unit a request's words ask, as the text after them opens: named in full, or in small
/// letters when what it is to do follows ("đề nghị bệnh viện tiếp tục …"), or a post
/// ("giao bộ phận Kế hoạch tổng hợp …", [`post_before_verb`]).
fn asked_unit(text: &str) -> Option<String> {
    item_assignee(text).or_else(|| small_unit_then_acts(text).or_else(|| post_before_verb(text)).map(str::to_string))
}

/// Where the units `text` opens with lie, joined by commas or "và" ("Bệnh viện Đa khoa
/// tỉnh, Bệnh viện Sản - Nhi tỉnh"), each perhaps with its scope: from the first unit, past
/// an assigning word ("Đề nghị Sở …"), to the end of the last.
fn units_span(text: &str) -> Option<(usize, usize)> {
    let mut start = None;
    let mut end = 0;
    loop {
        // The span's end, not the unit's length: an assigning word may come before the unit.
        let (a, b) = item_assignee_span(&text[end..])?;
        start.get_or_insert(end + a);
        end += b;
        if let Some(scope) = UNIT_SCOPES.iter().find(|w| text[end..].strip_prefix(' ').is_some_and(|r| starts_word(r, w))) {
            end += 1 + scope.len();
        }
        end += kinds_listed_after(&text[..end], &text[end..]);
        match [", ", " và "].iter().find(|j| text[end..].starts_with(**j)) {
            Some(j) if end + j.len() < text.len() => end += j.len(),
            _ => return Some((start.unwrap_or(0), end)),
        }
    }
}

/// A numbered line that heads a section: in capitals, or a few words with no stop.
fn is_section_heading(text: &str) -> bool {
    let capitals = text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
    let open = !text.ends_with(['.', ';', ':']);
    let words = text.split_whitespace().count();
    // "1. Công tác khám bệnh, chữa bệnh": a field of work a report's section is about.
    let field = SECTION_FIELDS.iter().any(|w| text.starts_with(w)) && !text.contains(':') && words <= 12;
    capitals || open && (words <= 4 || field)
}

/// Words a report's section heading opens with, naming the field of work it reports on.
const SECTION_FIELDS: &[&str] = &["Công tác ", "Kết quả ", "Tình hình ", "Hoạt động "];

/// Headings of the part of a plan or report that sets the tasks ("III. TỔ CHỨC THỰC HIỆN").
/// "III. PHƯƠNG HƯỚNG THÁNG 12" closes a monthly report with what is to be done next.
const TASK_SECTIONS: &[&str] = &["TỔ CHỨC THỰC HIỆN", "NHIỆM VỤ", "GIẢI PHÁP", "PHÂN CÔNG", "KIẾN NGHỊ", "KHUYẾN NGHỊ", "ĐỀ XUẤT", "ĐỀ NGHỊ", "PHƯƠNG HƯỚNG"];

/// Where the heading of a decision's article starts, after "Điều 2. ": an article may list
/// a body's duties under a heading with no colon ("Điều 2. Nhiệm vụ của Tổ công tác").
fn article_marker(p: &str) -> Option<usize> {
    let rest = p.strip_prefix("Điều ")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[digits..].strip_prefix(['.', ':'])?;
    (digits > 0 && after.starts_with(' ')).then(|| p.len() - after.len())
}

/// The words by which a decision's article gives a body its duty: "Điều 2. Tổ kiểm tra có
/// nhiệm vụ kiểm tra …".
const DUTY_WORDS: &[&str] = &[" có nhiệm vụ ", " có trách nhiệm "];

/// The task a decision's article sets in a sentence of its own: "Điều 2. Tổ kiểm tra có
/// nhiệm vụ kiểm tra …, báo cáo kết quả về Sở Y tế trước ngày 29/02/2027." gives the body
/// named before the duty words the article's text as its task (two, when it names two
/// days apart). The closing article's "… có trách nhiệm thi hành Quyết định này" says who
/// carries the decision out, as every decision does: no task of its own. Whether a task
/// was pushed.
/// `marker`: where the article's text starts ([`article_marker`]).
fn article_duty(p: &str, marker: usize, ctx: &YearContext, out: &mut Vec<Directive>) -> bool {
    let text = p[marker..].trim();
    let Some((at, words)) = DUTY_WORDS.iter().find_map(|w| Some((text.find(w)?, w.len()))) else { return false };
    let body = text[..at].trim();
    let duty = &text[at + words..];
    if !names_a_duty_holder(body) || carries_out_the_decision(body, duty) {
        return false;
    }
    push_item(out, text, Some(body.to_string()), ctx);
    true
}

/// Whether the words before an article's duty words name who holds the duty: a few words
/// opening with a capital, in no sentence or clause of their own ("Thành viên Ban Chỉ đạo
/// làm việc theo chế độ kiêm nhiệm, có trách nhiệm …" names its members before a clause).
fn names_a_duty_holder(body: &str) -> bool {
    let capitalised = body.chars().next().is_some_and(char::is_uppercase);
    capitalised && (1..=12).contains(&body.split_whitespace().count()) && !body.contains(['.', ':', ';']) && !body.ends_with(',')
}

/// The body whose duties a decision's article lists under it: "Điều 2. Tổ phản ứng nhanh
/// có các nhiệm vụ sau:", "Điều 3. Bệnh viện Đa khoa tỉnh có trách nhiệm:".
/// `marker`: where the article's text starts ([`article_marker`]).
fn article_duty_lead(p: &str, marker: usize) -> Option<&str> {
    let text = p[marker..].trim().strip_suffix(':')?;
    let text = ["sau đây", "như sau", "sau"].iter().find_map(|w| text.strip_suffix(w)).unwrap_or(text).trim_end();
    let body = [" có nhiệm vụ", " có các nhiệm vụ", " có trách nhiệm"].iter().find_map(|w| text.strip_suffix(w))?.trim();
    names_a_duty_holder(body).then_some(body)
}

/// Whether a duty is only to carry out the decision itself: "thi hành Quyết định này",
/// "tổ chức thực hiện Quyết định này./."; so is any duty on the decision that the closing
/// article's officers hold ("Chánh Văn phòng Sở, … có trách nhiệm tổ chức thực hiện và
/// hướng dẫn các đơn vị triển khai Quyết định này").
fn carries_out_the_decision(body: &str, duty: &str) -> bool {
    let lower = lowercase(duty);
    let closing = body.starts_with("Chánh Văn phòng") || lower.contains("thi hành");
    lower.contains("quyết định này") && (closing || duty.split_whitespace().count() <= 8)
}

/// Whether the numbered line `p` (its marker ends at `marker`) opens the tasks of a plan;
/// `plan`: whether the document is one.
fn opens_task_section(p: &str, marker: Option<usize>, plan: bool) -> bool {
    let Some(m) = marker else { return false };
    let heading = p[m..].trim().trim_end_matches(':');
    // "2. Nhiệm vụ thời gian tới" is longer than most section headings.
    let short = heading.split_whitespace().count() <= 8 && !heading.ends_with(['.', ';']);
    let upper = heading.to_uppercase();
    // "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10": what was done, not what is to be.
    let results = RESULT_SECTIONS.iter().any(|r| upper.contains(r));
    let activities = plan && PLAN_ACTIVITIES.iter().any(|t| upper.contains(t));
    let tasks = TASK_SECTIONS.iter().any(|t| upper.contains(t)) || plans_next_period(&upper) || !plan && plans_named_period(&upper) || activities;
    (is_section_heading(heading) || short) && !results && tasks
}

/// "III. KẾ HOẠCH TUẦN TỚI" closes a weekly report with what is to be done next; a plan's
/// own "KẾ HOẠCH …" names no period to come, and is no task section by that word alone.
fn plans_next_period(upper: &str) -> bool {
    upper.contains("KẾ HOẠCH") && NEXT_PERIODS.iter().any(|w| upper.contains(w))
}

/// "II. KẾ HOẠCH THÁNG 12", "III. KẾ HOẠCH QUÝ I/2027": in a report (not a plan, whose own
/// "KẾ HOẠCH …" heads it), its part on the period it names next, as "KẾ HOẠCH TUẦN TỚI" is.
fn plans_named_period(upper: &str) -> bool {
    const PLAN: &str = "KẾ HOẠCH ";
    upper.match_indices(PLAN).any(|(at, _)| ["THÁNG ", "QUÝ ", "TUẦN ", "NĂM "].iter().any(|w| upper[at + PLAN.len()..].starts_with(w)))
}

/// Headings of a plan's part on what it will do ("II. NỘI DUNG HOẠT ĐỘNG"): only a plan's,
/// since a report's "II. CÁC HOẠT ĐỘNG" tells what was done.
const PLAN_ACTIVITIES: &[&str] = &["NỘI DUNG HOẠT ĐỘNG", "NỘI DUNG THỰC HIỆN", "NỘI DUNG TRIỂN KHAI", "CÁC HOẠT ĐỘNG"];

/// Words that name the period after the one a report is of.
const NEXT_PERIODS: &[&str] = &[" TỚI", " TIẾP THEO", "TUẦN SAU", "THÁNG SAU", "QUÝ SAU", "NĂM SAU"];

/// Headings of the part of a report that tells what was done.
const RESULT_SECTIONS: &[&str] = &["KẾT QUẢ", "TÌNH HÌNH", "ĐÁNH GIÁ"];

/// "UBND các xã, thị trấn: phối hợp ..." split into the unit and the task, when the part
/// before the colon is a short unit name.
fn inline_heading(text: &str) -> Option<(&str, &str)> {
    let (unit, task) = text.split_once(": ")?;
    // "Đối với Bệnh viện Đa khoa tỉnh: …", "Yêu cầu Chủ tịch UBND các xã: …" name the unit
    // after their addressing or assigning word.
    let unit = opening_word(unit, ADDRESSING).or_else(|| opening_word(unit, ASSIGNING)).map_or(unit, |w| &unit[w.len()..]);
    let short = unit.split_whitespace().count() <= 12 && !unit.contains(". ");
    // "Các Trạm Y tế xã, thị trấn: tổ chức tiêm bù …" names its units in the plural;
    // "Công chức Văn hóa - Xã hội: tuyên truyền …" a post, as "Giao" would.
    let names_units = super::orgs::starts_org(unit) || item_assignee(unit).is_some() || names_a_post(unit);
    (short && names_units && !task.trim().is_empty()).then(|| (unit.trim(), task.trim()))
}

/// `task` without the "chủ trì" it opens with, after a unit's heading ("1. Trạm Y tế xã:
/// chủ trì, phối hợp với … rà soát …"): the heading already makes the unit the one in
/// charge, and the task is what follows. Kept when nothing follows, or when the word goes
/// on into a noun ("chủ trì hội nghị …" says what is chaired).
fn without_chairing(task: &str) -> &str {
    let Some(rest) = ["chủ trì", "Chủ trì"].iter().find_map(|w| task.strip_prefix(w)) else { return task };
    let rest = rest.strip_prefix(',').or_else(|| rest.strip_prefix(" và ")).or_else(|| rest.strip_prefix(" thực hiện,")).unwrap_or(rest).trim_start();
    let acts = ASKED_VERBS.iter().chain(TASK_VERBS).chain(PART_VERBS).any(|v| starts_word(rest, v));
    if acts { rest } else { task }
}

/// Whether `unit` is a post of [`POSTS`] with the words that name it ("Công chức Văn hóa -
/// Xã hội", "Bộ phận Một cửa"): the kind alone names no one.
fn names_a_post(unit: &str) -> bool {
    opening_post(unit).is_some_and(|w| unit[w.len()..].trim().chars().next().is_some_and(char::is_uppercase))
}

/// The word of [`POSTS`] that `text` opens with, in small letters or capitalised.
fn opening_post(text: &str) -> Option<&'static str> {
    POSTS.iter().copied().find(|w| starts_word(text, w) || starts_word_capitalised(text, w))
}

/// Requests with a deadline in running text: "Ông X đề nghị các đơn vị báo cáo về Sở trước
/// ngày 15/11/2025; ...". Each ";" part is one task; the first names its unit when it opens
/// with one ("yêu cầu CDC tỉnh hoàn thành ...").
fn requests(p: &str, ctx: &YearContext, out: &mut Vec<Directive>) {
    // A sentence is a slice of `p` and REQUEST_WORDS has no anchor nor boundary, so a
    // paragraph without a match, nor "chỉ đạo", has no sentence with either: skip the split
    // and the searches.
    if !REQUEST_WORDS.is_match(p) && DIRECTING.find(p.as_bytes()).is_none() {
        return;
    }
    // Whether the sentence before set tasks: "… yêu cầu Sở Y tế chỉ đạo …. UBND các địa
    // phương tổ chức …": a sentence that opens with a unit and what it is to do goes on.
    let mut after_request = false;
    for sentence in split_sentences(p) {
        // "Sở Y tế đã yêu cầu các đơn vị …" tells of a request made before: no task now,
        // unless it names the unit and a day it is due by ([`still_due`]).
        let asked = request_end(sentence)
            .filter(|&end| !requested_before(&sentence[..request_start(sentence, end)]) || still_due(&sentence[end..], ctx));
        if asked.is_none() && after_request && goes_on_with_request(sentence, ctx) {
            push_parts(out, without_link(sentence).trim_end_matches(['.', ' ', '/']), ctx);
            continue;
        }
        after_request = false;
        // The first of a request and a directing: what follows it holds the other, if any.
        let Some(end) = asked.into_iter().chain(directing_end(sentence, ctx)).min() else { continue };
        // "./." closes a notice: no part of a task. A tab ends a table's cell ("Giao Phòng
        // Tổ chức chuẩn bị hội trường\tPhòng Tổ chức\tHội trường" in a schedule's row): the
        // cells after the request's are who attends and where, no part of it.
        let rest = sentence[end..].split('\t').next().unwrap_or_default().trim_end_matches(['.', ' ', '/']);
        let parts: Vec<&str> = rest.split(';').map(str::trim).filter(|x| !x.is_empty()).collect();
        // A request is a task when it sets a deadline or names who is to act ("yêu cầu các
        // xã, thị trấn rà soát …"); "đáp ứng yêu cầu chuyên môn" does neither.
        let assigned = parts.first().is_some_and(|first| asked_unit(first).is_some());
        if !assigned && !parts.iter().any(|x| deadline(x, ctx).is_some()) {
            continue;
        }
        // "Giao Bệnh viện Đa khoa tỉnh là cơ sở thực hành …" designates a body: no task.
        if parts.first().is_some_and(|first| designates(first)) {
            continue;
        }
        if let [only] = parts.as_slice() {
            if (is_closing_formula(only) || asks_if_stuck(&sentence[..end]) || watches_a_notice(only)) && deadline(only, ctx).is_none() {
                // No task, but still a request: "… đề nghị các đơn vị liên hệ … để được hướng
                // dẫn. Các đơn vị báo cáo kết quả về Sở trước ngày 15/01." goes on with one.
                after_request = true;
                continue;
            }
        }
        push_parts(out, rest, ctx);
        after_request = true;
    }
}

/// Whether `text` opens with a unit, after an assigning word if any, then "là": "(Giao)
/// Bệnh viện Đa khoa tỉnh là cơ sở thực hành …" says what the body is, not what it is to do.
fn designates(text: &str) -> bool {
    // Most texts hold no " là ": skip the search for the unit.
    text.contains(" là ") && item_assignee_span(text).is_some_and(|(_, end)| text[end..].starts_with(" là "))
}

/// Where the request word ("đề nghị", "yêu cầu", "giao", any case) that [`request_end`]
/// found ending at `end` starts: before it, any colon and blanks.
fn request_start(sentence: &str, end: usize) -> usize {
    let head = sentence[..end].trim_end().trim_end_matches(':').trim_end();
    let ends_with = |w: &&&str| head.len() >= w.len() && head.is_char_boundary(head.len() - w.len()) && equals_lower(&head[head.len() - w.len()..], w);
    head.len() - ["đề nghị", "yêu cầu", "giao"].iter().find(ends_with).map_or(0, |w| w.len())
}

/// Words a past request is issued by: "đã có văn bản yêu cầu", "đã ban hành Công văn số
/// 12/SYT-NV, yêu cầu".
const ISSUING: &[&str] = &["có ", "ban hành ", "gửi "];

/// Whether the words before a request word tell of it as done: "đã" right before it, or a
/// few words before with nothing between that starts another clause ("Sở Y tế đã kịp thời
/// yêu cầu", "đã có văn bản yêu cầu"), or "đã" issuing a document that asks ("đã ban hành
/// Công văn số 12, yêu cầu …"). "… kết quả đã đạt được và yêu cầu …" asks now.
fn requested_before(head: &str) -> bool {
    let Some(at) = head.rmatch_indices("đã ").map(|(i, _)| i).find(|&i| !head[..i].ends_with(char::is_alphanumeric)) else {
        return false;
    };
    let between = &head[at + "đã ".len()..];
    if between.contains(" và ") || between.contains([';', '.', ':']) {
        return false;
    }
    let words = between.split_whitespace().count();
    let plain = words <= 3 && !between.contains(',');
    let issuing = ISSUING.iter().any(|w| between.starts_with(w)) && words <= 20;
    plain || issuing
}

/// Whether what a request told as made before asks is still a task the document reports:
/// it names the unit asked and a day it is due by ("UBND tỉnh đã giao Sở Y tế chủ trì …,
/// hoàn thành trước ngày 30/9"), and tells nothing done ("… đã hoàn thành"). A month or a
/// year ("đã yêu cầu … trong năm 2025") is as often the time the account covers.
fn still_due(rest: &str, ctx: &YearContext) -> bool {
    let rest = rest.split('\t').next().unwrap_or_default();
    if !has_digit(rest) || rest.split_whitespace().any(|w| w == "đã") || asked_unit(rest).is_none() {
        return false;
    }
    let thang = has_thang(rest);
    deadline_among(rest, ctx, [true, thang, false, false, false]).is_some()
}

/// Words of a meeting's conclusion or decision, after which a clause may set a unit a task:
/// "Hội nghị thống nhất …; các Trạm Y tế xã rà soát … trước ngày …", "Hội nghị kết luận: …".
static CONCLUDING: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i)thống nhất|đề ra|kết luận").expect("static regex"));

/// Tasks a meeting's conclusion sets without a request's word: each ";" part after
/// [`CONCLUDING`] that [`concluded_task`] reads as one. None after "đã" (an account).
fn conclusions(p: &str, ctx: &YearContext, out: &mut Vec<Directive>) {
    if !CONCLUDING.is_match(p) {
        return;
    }
    for sentence in split_sentences(p) {
        let Some(m) = CONCLUDING.find(sentence).filter(|m| directs(&sentence[..m.start()])) else { continue };
        let rest = sentence[m.end()..].trim_end_matches(['.', ' ', '/']);
        for part in rest.split(';').map(|x| x.trim_start_matches([':', ' ']).trim()) {
            if let Some(unit) = concluded_task(part, ctx) {
                push_item(out, part, Some(unit), ctx);
            }
        }
    }
}

/// The unit of a part of a conclusion that sets it a task: the part opens with the unit, then
/// what it is to do, and says by when; "đã" or "được" in it tells what was done instead.
fn concluded_task(part: &str, ctx: &YearContext) -> Option<String> {
    let (0, end) = item_assignee_span(part)? else { return None };
    let rest = part[end..].trim_start();
    let acts = acts_next(rest) || PART_VERBS.iter().chain(URGING).any(|v| starts_word(rest, v));
    let done = part.split_whitespace().any(|w| matches!(w, "đã" | "Đã" | "được" | "Được"));
    (acts && !done && deadline(part, ctx).is_some()).then(|| part[..end].to_string())
}

/// Words right after the unit "chỉ đạo" names that urge it on ("chỉ đạo các đơn vị tăng
/// cường …"): a task. A plain verb ("chỉ đạo các trường rà soát …") tells as often what was
/// done, and sets a task only with a deadline.
const URGING: &[&str] =
    &["khẩn trương", "tăng cường", "tiếp tục", "đẩy mạnh", "chủ động", "tập trung", "nghiêm túc", "quyết liệt", "sẵn sàng", "kịp thời"];

/// Where "chỉ đạo" (and a colon, if any) ends in `sentence` when it sets a task as REQUEST's
/// words do: a unit, then [`URGING`] or a deadline ("UBND huyện chỉ đạo Trung tâm Y tế
/// huyện khẩn trương triển khai …"). None after "đã" (an account), "được" (the unit is the
/// one directed) or "Ban" (a steering committee's name).
fn directing_end(sentence: &str, ctx: &YearContext) -> Option<usize> {
    DIRECTING.find_iter(sentence.as_bytes()).find_map(|i| {
        // "c" and "C" are one byte: `start` is a char boundary.
        let start = i.checked_sub(1).filter(|&s| matches!(sentence.as_bytes()[s], b'c' | b'C'))?;
        let head = &sentence[..start];
        if head.ends_with(char::is_alphanumeric) || !directs(head) {
            return None;
        }
        let rest = &sentence[i + "hỉ đạo".len()..];
        let after = rest.strip_prefix(':').unwrap_or(rest).strip_prefix(' ')?;
        // The unit right after it: "chỉ đạo, giao Sở Y tế …" is a request of its own.
        let (0, unit_end) = item_assignee_span(after)? else { return None };
        let next = after[unit_end..].trim_start();
        let sets_task = URGING.iter().any(|w| starts_word(next, w)) || deadline(after, ctx).is_some();
        sets_task.then(|| sentence.len() - after.len())
    })
}

/// Whether the words before "chỉ đạo" leave it directing now: no "đã" among them, and no
/// "được" nor "Ban" right before it.
fn directs(head: &str) -> bool {
    let last = head.split_whitespace().next_back();
    let past = head.split_whitespace().any(|w| w == "đã" || w == "Đã");
    !past && !matches!(last, Some("được" | "Được" | "Ban" | "ban"))
}

/// Pushes each ";" part of `rest` as a task. A part that names no unit is the task of the
/// unit named before it ("đề nghị các đơn vị tăng cường …; chủ động chuẩn bị thuốc …").
fn push_parts(out: &mut Vec<Directive>, rest: &str, ctx: &YearContext) {
    let mut assignee = None;
    let first = out.len();
    for part in rest.split(';').flat_map(split_at_also).map(str::trim).filter(|x| !x.is_empty()) {
        // "…; hoàn thành trong quý I/2027": when the task before is due, not a task.
        if out.len() > first && only_a_deadline(part) {
            if let Some(due) = deadline(part, ctx).filter(|_| out.last().is_some_and(|d| d.deadline.is_none())) {
                let last = out.last_mut().expect("a part was pushed");
                last.text = format!("{}; {part}", last.text);
                last.deadline = Some(due);
                continue;
            }
        }
        // "…; đồng thời yêu cầu Sở Giáo dục và Đào tạo chỉ đạo …" asks another unit.
        let named = ["đồng thời ", "Đồng thời "].iter().find_map(|w| part.strip_prefix(w)).unwrap_or(part);
        // "…, đồng thời chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh phun hóa chất …" asks a
        // unit of its own: the task is that unit's and reads, as the first part does, from it.
        if let Some((unit, task)) = own_request(named) {
            assignee = Some(unit);
            push_item(out, task, assignee.clone(), ctx);
            continue;
        }
        // "…; trạm y tế các xã tăng cường giám sát …": a part may name its own unit in small
        // letters, then what it is to do.
        // "…; giao Trạm tăng cường …" asks anew: a unit not read there is not the one before.
        let asks_anew = opening_word(named, ASSIGNING).is_some();
        assignee = asked_unit(named).or(if asks_anew { None } else { assignee });
        push_item(out, &without_colon_after_unit(part), assignee.clone(), ctx);
    }
}

/// `part` without the colon a request puts between the unit it asks and the first task
/// ("yêu cầu các địa phương: tăng cường …" reads "các địa phương tăng cường …").
fn without_colon_after_unit(part: &str) -> std::borrow::Cow<'_, str> {
    // Most parts hold no colon: the unit is looked for only in those that do.
    if !part.contains(':') {
        return part.into();
    }
    let Some((0, end)) = item_assignee_span(part) else { return part.into() };
    match part[end..].trim_start_matches(' ').strip_prefix(':') {
        Some(task) if !task.trim().is_empty() => format!("{} {}", &part[..end], task.trim_start()).into(),
        _ => part.into(),
    }
}

/// Whether `text` opens with `word` (written in lower case), in any case.
fn opens_with(text: &str, word: &str) -> bool {
    text.get(..word.len()).is_some_and(|h| equals_lower(h, word))
}

/// The first of `words` that `text` opens with ([`opens_with`]).
fn opening_word<'w>(text: &str, words: &[&'w str]) -> Option<&'w str> {
    words.iter().copied().find(|w| opens_with(text, w))
}

/// Words that open a part of a request asking a unit of its own: [`ASSIGNING`] and "chỉ đạo ".
const PART_ASSIGNING: &[&str] = &["giao ", "đề nghị ", "yêu cầu ", "chỉ đạo "];

/// The unit a part of a request asks by a word of [`PART_ASSIGNING`], and the part from
/// that unit on: "chỉ đạo Trung tâm Y tế huyện phun hóa chất …" is the centre's task.
fn own_request(part: &str) -> Option<(String, &str)> {
    let word = opening_word(part, PART_ASSIGNING)?;
    let task = part[word.len()..].trim_start();
    let unit = asked_unit(task)?;
    Some((unit, task))
}

/// Pushes a list item, split where a second task opens ([`split_at_also`]): "UBND các xã
/// phối hợp rà soát … và giao trạm y tế xã báo cáo …" sets the second unit a task of its own.
fn push_item_parts(out: &mut Vec<Directive>, text: &str, unit: Option<String>, ctx: &YearContext) {
    for (i, piece) in split_at_also(text).into_iter().enumerate() {
        let own = if i == 0 { unit.clone() } else { asked_unit(piece).or_else(|| unit.clone()) };
        for task in split_at_semicolons(piece, ctx) {
            push_item(out, task.trim(), own.clone(), ctx);
        }
    }
}

/// `piece` split at its "; " when each part is a task of its own, with its own deadline:
/// "Báo cáo … trước 16 giờ thứ Sáu hằng tuần; rà soát …, hoàn thành trước 30/11" is two
/// tasks, the second alone due on 30/11. Parts that all open with an action verb but fall
/// due alike stay one task, a list of what is to be done.
fn split_at_semicolons<'t>(piece: &'t str, ctx: &YearContext) -> Vec<&'t str> {
    if !piece.contains("; ") {
        return vec![piece];
    }
    let parts: Vec<&str> = piece.split("; ").collect();
    let first = item_assignee_span(parts[0]).map_or(parts[0], |(_, end)| &parts[0][end..]);
    let tasks = opens_with_action(first) && parts[1..].iter().all(|p| opens_with_action(p) && !only_a_deadline(p));
    if !tasks {
        return vec![piece];
    }
    let due: Vec<Option<String>> = parts.iter().map(|p| deadline(p, ctx)).collect();
    // A part that names no time of its own is a step of the task its neighbour dates ("kiểm
    // tra …; báo cáo UBND tỉnh trước ngày 20/11"): the one date is the whole task's.
    let each_timed = parts.iter().zip(&due).all(|(p, d)| d.is_some() || names_a_time(p));
    if each_timed && due.iter().any(|d| d != &due[0]) {
        parts
    } else {
        vec![piece]
    }
}

/// Gives `due`, a topic's time, to those of `tasks` that say no day of their own.
fn date_undated(tasks: &mut [Directive], due: &Option<String>) {
    for d in tasks.iter_mut().filter(|d| d.deadline.is_none()) {
        d.deadline.clone_from(due);
    }
}

/// Whether `part` times its task though no date of it is read as a deadline: "trước 16
/// giờ thứ Sáu", "chậm nhất", or a time that comes round again ([`recurs`]).
fn names_a_time(part: &str) -> bool {
    let lower = lowercase(part);
    lower.contains("trước ") || lower.contains("chậm nhất") || recurs(&lower)
}

/// Whether `part` opens with what a unit is to do, one of [`ASKED_VERBS`] or [`TASK_VERBS`],
/// in either case.
fn opens_with_action(part: &str) -> bool {
    let part = part.trim_start();
    ASKED_VERBS.iter().chain(TASK_VERBS).any(|v| starts_word(part, v) || starts_word_capitalised(part, v))
}

/// `part` split where a second task opens ([`next_task_join`]).
fn split_at_also(part: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = part;
    while let Some((at, next)) = next_task_join(rest) {
        out.push(&rest[..at]);
        rest = &rest[next..];
    }
    out.push(rest);
    out
}

/// Where the first join of two tasks in `part` is, and where the second task starts:
/// ", đồng thời" before a unit or what one is to do ("bổ sung 120 giường …, đồng thời chỉ
/// đạo các trạm y tế …"), and " và " before a request's word and the unit it asks ("… phối
/// hợp điều tra và giao các trạm y tế xã theo dõi …"), which is that task's unit.
fn next_task_join(part: &str) -> Option<(usize, usize)> {
    const ALSO: &str = ", đồng thời ";
    const AND: &str = " và ";
    // Built once: a `str` search sets up its needle on every call.
    static ALSO_AT: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new(ALSO));
    static AND_AT: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new(AND));
    // Both find the matches `str::match_indices` does: left to right, none overlapping.
    let also = ALSO_AT.find_iter(part.as_bytes()).map(|at| (at, at + ALSO.len())).find(|&(_, next)| {
        let after = &part[next..];
        acts_next(after) || item_assignee(after).is_some()
    });
    let asks = AND_AT.find_iter(part.as_bytes()).map(|at| (at, at + AND.len())).find(|&(_, next)| {
        let after = &part[next..];
        ASSIGNING.iter().any(|w| after.starts_with(w)) && item_assignee(after).is_some()
    });
    also.into_iter().chain(asks).min()
}

/// Words that open a part saying only when the task before it is due.
const DUE_OPENINGS: &[&str] = &["hoàn thành", "thời gian hoàn thành", "xong", "chậm nhất", "muộn nhất", "không muộn hơn", "trước ngày", "thời hạn"];

/// Whether a ";" part only says when: it opens with one of [`DUE_OPENINGS`] and is short.
fn only_a_deadline(part: &str) -> bool {
    DUE_OPENINGS.iter().any(|w| starts_with_lower(part, w)) && part.split_whitespace().count() <= 10
}

/// Whether a sentence after a request goes on with it: it opens with a unit, then what the
/// unit is to do ([`ASKED_VERBS`]) or a deadline.
/// A unit that has done what it tells ("UBND tỉnh đã chỉ đạo …") goes on with no request.
fn goes_on_with_request(sentence: &str, ctx: &YearContext) -> bool {
    let sentence = without_link(sentence);
    let Some((_, end)) = item_assignee_span(sentence) else { return false };
    !told_done(&sentence[end..]) && (unit_then_acts(sentence).is_some() || deadline(sentence, ctx).is_some() || unit_with_standing_duty(sentence).is_some())
}

/// The unit `text` opens with when a verb of [`TASK_VERBS`] or [`PART_VERBS`] follows it and
/// the text names a time that comes round ([`recurs`]): "Trung tâm Kiểm soát bệnh tật tỉnh
/// (tổng hợp,) báo cáo tình hình dịch định kỳ hằng tuần về Sở Y tế." after a request is a
/// duty it keeps, though "Trung tâm báo cáo …" alone may tell what was done once ([`acts_next`]).
fn unit_with_standing_duty(text: &str) -> Option<String> {
    if !recurs(text) {
        return None;
    }
    let (a, b) = item_assignee_span(text)?;
    let rest = text[b..].trim_start();
    TASK_VERBS.iter().chain(PART_VERBS).any(|v| starts_word(rest, v)).then(|| text[a..b].to_string())
}

/// Whether `rest`, what follows a unit, tells what it has done: "đã …", "cũng đã …".
fn told_done(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let first = words.next();
    let first = if matches!(first, Some("cũng" | "đều" | "vừa")) { words.next() } else { first };
    first == Some("đã")
}

/// Words that join a sentence to the one before: "Đồng thời, các khoa, phòng rà soát …".
const LINK_WORDS: &[&str] = &["đồng thời", "bên cạnh đó", "ngoài ra", "mặt khác", "cùng với đó"];

/// `sentence` without a joining word of [`LINK_WORDS`] and its comma opening it.
fn without_link(sentence: &str) -> &str {
    let t = sentence.trim_start();
    let linked = LINK_WORDS.iter().copied().find(|w| opens_with(t, w) && t[w.len()..].starts_with([',', ' ']));
    linked.map_or(t, |w| t[w.len()..].trim_start_matches(',').trim_start())
}

/// Words of a notice's closing formula ("Đề nghị các đơn vị khẩn trương triển khai thực
/// hiện./."): it asks that the notice be carried out and sets no task of its own.
const FORMULA_WORDS: &[&str] = &[
    "khẩn trương", "nghiêm túc", "triển khai", "thực hiện", "phối hợp", "quan tâm", "chỉ đạo", "tổ chức", "kịp thời",
    "có hiệu quả", "hiệu quả", "đầy đủ", "các nội dung trên", "nội dung trên", "các nội dung nêu trên", "nội dung nêu trên",
    "công văn này", "văn bản này", "thông báo này", "kế hoạch này", "theo quy định", "và",
];

/// Whether a request is only the closing formula: a unit (after a request's word, as a
/// paragraph of its own opens: "Đề nghị các đơn vị …"), then words of [`FORMULA_WORDS`].
fn is_closing_formula(part: &str) -> bool {
    let Some((_, unit_end)) = item_assignee_span(part) else { return false };
    let lower = lowercase(&part[unit_end..]);
    let mut rest = lower.as_str();
    loop {
        rest = rest.trim_start_matches([' ', ',', '.', '/']);
        if rest.is_empty() {
            return true;
        }
        let word = FORMULA_WORDS.iter().find(|w| rest.strip_prefix(**w).is_some_and(|after| !after.starts_with(char::is_alphanumeric)));
        match word {
            Some(w) => rest = &rest[w.len()..],
            None => return false,
        }
    }
}

/// Whether a request only asks its unit to keep watch on a notice: "đề nghị các đơn vị theo
/// dõi trên Cổng thông tin điện tử của Sở", "… thường xuyên theo dõi lịch công tác trên
/// website": how to learn of changes to a schedule, no task.
fn watches_a_notice(part: &str) -> bool {
    // Most requests hold no "theo dõi": skip the search for the unit.
    if !part.contains("theo dõi") {
        return false;
    }
    let Some((_, unit_end)) = item_assignee_span(part) else { return false };
    let rest = part[unit_end..].trim_start();
    let rest = ["thường xuyên ", "chủ động "].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
    let Some(watched) = rest.strip_prefix("theo dõi ") else { return false };
    let lower = lowercase(watched);
    let on_a_page = ["trên cổng", "trên website", "trên trang thông tin", "trên trang web", "tại cổng", "tại website"].iter().any(|w| lower.contains(w));
    on_a_page || ["lịch công tác", "lịch làm việc", "lịch họp"].iter().any(|w| starts_word(&lower, w))
}

/// Whether the words before a request make it one for trouble only ("Trong quá trình thực
/// hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị báo cáo về Sở …"): a letter's
/// closing formula, no task.
fn asks_if_stuck(head: &str) -> bool {
    head.contains("vướng mắc") || head.contains("Vướng mắc")
}

/// Where the first REQUEST match of `sentence` ends. Every request word opens with a word
/// char, so `\b` before it means the char before is no word char; chars that cannot be
/// told apart cheaply hand the sentence to REQUEST itself.
fn request_end(sentence: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(m) = REQUEST_WORDS.find_at(sentence, from) {
        match sentence[..m.start()].chars().next_back().map(known_word_char) {
            None | Some(Some(false)) if !hands_over(sentence, m.start(), m.as_str()) => return Some(m.end()),
            None | Some(Some(false)) => {}
            Some(Some(true)) => {}
            Some(None) => return REQUEST.find(sentence).map(|m| m.end()),
        }
        from = m.start() + sentence[m.start()..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Whether the request word at `at` is "giao" of "bàn giao", "chuyển giao" or "được giao"
/// ("Sở Y tế bàn giao Trung tâm Y tế huyện 2 xe cứu thương"): a handing over, no task; or
/// the first word of another word ([`GIAO_WORDS`]: "hội nghị giao ban", "giao thông").
fn hands_over(sentence: &str, at: usize, word: &str) -> bool {
    if !word.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("giao")) {
        return false;
    }
    let head = sentence[..at].trim_end();
    let handed = ["bàn", "chuyển", "được", "Bàn", "Chuyển", "Được"].iter().any(|w| head.ends_with(w) && !head[..head.len() - w.len()].ends_with(|c: char| c.is_alphanumeric()));
    handed || opens_another_word(&sentence[at + 4..])
}

/// Words that "giao" opens, in small letters: "Ban" with a capital after "giao" is a
/// committee given a task ("giao Ban Chỉ đạo …").
const GIAO_WORDS: &[&str] = &["ban", "lưu", "thông", "dịch", "tiếp", "nhận", "hàng", "hữu", "thoa", "ước", "thừa"];

/// Whether `rest`, the text after "giao", is " " and one of [`GIAO_WORDS`], whole.
fn opens_another_word(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else { return false };
    GIAO_WORDS.iter().any(|w| starts_word(rest, w))
}

/// Whether `c` is a `\w` char for the regex crate, for ASCII, Latin letters and
/// combining marks; `None` for anything else.
fn known_word_char(c: char) -> Option<bool> {
    match c as u32 {
        0..=0x7F => Some(c.is_ascii_alphanumeric() || c == '_'),
        0xD7 | 0xF7 => Some(false),
        0xC0..=0x24F | 0x300..=0x36F | 0x1E00..=0x1EFF => Some(true),
        _ => None,
    }
}

/// Adds one item; an item with two deadlines becomes one directive per sentence, or per
/// "... và ..." half.
fn push_item(out: &mut Vec<Directive>, text: &str, assignee: Option<String>, ctx: &YearContext) {
    let text = without_dissolution(text);
    if text.is_empty() {
        return;
    }
    let counts = deadline_counts(text);
    let deadlines: usize = counts.iter().sum();
    if deadlines >= 2 && split_sentences(text).len() < 2 {
        if let Some((x, y)) = split_between_deadlines(text, ctx) {
            out.push(Directive { text: x.trim().to_string(), assignee: assignee.clone(), deadline: deadline(x, ctx) });
            out.push(Directive { text: y.trim().to_string(), assignee, deadline: deadline(y, ctx) });
            return;
        }
    }
    if deadlines >= 2 {
        for sentence in split_sentences(text) {
            out.push(Directive { text: sentence.to_string(), assignee: assignee.clone(), deadline: deadline(sentence, ctx) });
        }
    } else {
        // Only the patterns that matched the item are searched again for its deadline.
        let deadline = if deadlines == 0 { None } else { deadline_among(text, ctx, counts.map(|n| n > 0)) };
        let deadline = deadline.or_else(|| relative_deadline(text, ctx)).or_else(|| labelled_deadline(text, ctx));
        // Only a task of parts with a day read may name another time in an earlier part.
        let deadline = if deadline.is_some() && text.contains("; ") { first_timed_part(text, ctx).unwrap_or(deadline) } else { deadline };
        out.push(Directive { text: text.to_string(), assignee, deadline });
    }
}

/// Words by which a body ends itself when its work is done: "Hội đồng tự giải thể sau khi
/// hoàn thành nhiệm vụ" closes the article that sets it up, and is no part of its task.
const DISSOLVING: &[&str] = &["tự giải thể", "tự giải tán", "tự chấm dứt hoạt động"];

/// `text` up to the sentence that says a body ends itself ([`DISSOLVING`]); empty when the
/// first does.
fn without_dissolution(text: &str) -> &str {
    // All of DISSOLVING hold "tự giải" or "tự chấm": most texts hold neither.
    if !text.contains("tự giải") && !text.contains("tự chấm") {
        return text;
    }
    let Some(cut) = split_sentences(text).into_iter().find(|s| DISSOLVING.iter().any(|w| s.contains(w))) else { return text };
    // `cut` is a slice of `text`.
    let at = cut.as_ptr() as usize - text.as_ptr() as usize;
    text[..at].trim_end()
}

/// Words of a time that comes round again ("báo cáo hằng tuần", "định kỳ"): no one day.
const RECURRING: &[&str] = &["hằng ", "hàng tuần", "hàng tháng", "hàng quý", "hàng ngày", "hàng năm", "định kỳ", "Định kỳ"];

/// Whether `text` names a time that comes round again ([`RECURRING`]).
fn recurs(text: &str) -> bool {
    RECURRING.iter().any(|w| text.contains(w))
}

/// The deadline of a task of several parts kept whole, by the first part that names a
/// time: "rà soát … trong tuần này; báo cáo …; tổ chức tiêm bù trước ngày 20/12" falls due
/// this week, and "báo cáo số ca hằng tuần; …; tổ chức tiêm bù trong tháng 12" on no one
/// day; the last part's day is only that part's. A part naming no time is a step of the
/// task that a later part dates ("rà soát …; báo cáo kết quả trước ngày 10/12"). None when
/// no part names one alone (a deadline across a "; ").
fn first_timed_part(text: &str, ctx: &YearContext) -> Option<Option<String>> {
    text.split("; ").find_map(|part| match deadline(part, ctx) {
        Some(due) => Some(Some(due)),
        None => recurs(part).then_some(None),
    })
}

/// `text` split at the first " và " with a deadline on either side, not one inside a
/// deadline of two months ("trong tháng 12/2026 và tháng 01/2027").
fn split_between_deadlines<'t>(text: &'t str, ctx: &YearContext) -> Option<(&'t str, &'t str)> {
    let months: Vec<(usize, usize)> = DEADLINE_MONTH.find_iter(text).map(|m| (m.start(), m.end())).collect();
    text.match_indices(" và ")
        .map(|(at, _)| at)
        .filter(|&at| !months.iter().any(|&(a, b)| a < at && at < b))
        .map(|at| (&text[..at], &text[at + " và ".len()..]))
        .find(|(x, y)| deadline(x, ctx).is_some() && deadline(y, ctx).is_some())
}

fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in pair_indices(text, [b'.', b' ']) {
        let next_upper = text[i + 2..].chars().next().is_some_and(char::is_uppercase);
        if next_upper {
            out.push(text[start..=i].trim());
            start = i + 2;
        }
    }
    if start < text.len() {
        out.push(text[start..].trim());
    }
    out.retain(|s| !s.is_empty());
    out
}

/// The matches of each deadline pattern: DEADLINE, DEADLINE_WORDS, DEADLINE_MONTH,
/// DEADLINE_QUARTER and DEADLINE_YEAR.
fn deadline_counts(text: &str) -> [usize; 5] {
    let quarters = if has_quy(text) { DEADLINE_QUARTER.find_iter(text).count() } else { 0 };
    // Every other deadline pattern holds a `\d`: most items have none, and skip four searches.
    if !has_digit(text) {
        return [0, 0, 0, quarters, 0];
    }
    // DEADLINE_WORDS and DEADLINE_MONTH both hold "tháng".
    let thang = has_thang(text);
    let count = |re: &Regex, may: bool| if may { re.find_iter(text).count() } else { 0 };
    [DEADLINE.find_iter(text).count(), count(&DEADLINE_WORDS, thang), count(&DEADLINE_MONTH, thang) + count(&DEADLINE_HALF, thang), quarters, DEADLINE_YEAR.find_iter(text).count()]
}

/// The first deadline the text states, as a day: a date, or the last day of a month or quarter.
fn deadline(text: &str, ctx: &YearContext) -> Option<String> {
    // Every pattern but the quarter's holds a `\d`: a text without one skips their searches.
    let digits = has_digit(text);
    let thang = digits && has_thang(text);
    deadline_among(text, ctx, [digits, thang, thang, has_quy(text), digits]).or_else(|| relative_deadline(text, ctx))
}

/// "trong vòng 07 ngày kể từ ngày ký": a number of days counted from the day signed.
static DAYS_FROM_SIGNING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)trong (?:vòng|thời hạn|thời gian|hạn) (\d{1,3}) ngày,? kể từ ngày (?:ký|văn bản (?:này )?được ký)").expect("valid regex")
});

/// A deadline of a number of days from the day the document was signed, as letters set one
/// ("trong thời hạn 10 ngày kể từ ngày ký"). Working days ("ngày làm việc") and days from
/// receipt ("kể từ ngày nhận được") are not counted: their end cannot be told from the text.
fn days_from_signing(text: &str, ctx: &YearContext) -> Option<String> {
    if !text.contains("kể từ ngày") {
        return None;
    }
    let today = ctx.today?;
    let n: i64 = DAYS_FROM_SIGNING.captures(text)?[1].parse().ok()?;
    days_after(today, n)
}

/// A deadline counted from the day the document is dated: [`same_day`], a weekday of its
/// week or the next ([`WEEKDAY_DUE`]), the last working day before its weekend ("trước cuối
/// tuần"), the end of its week ("trong tuần này"), of the next week ("trong tuần tới"), of
/// its month ("trong tháng này") or of the next month ("trong tháng tới"), or a day of its
/// month or the next ("trước ngày 15 tháng tới").
///
/// A week ends on its Sunday, as the range of "tuần này" does in the dates: "hoàn thành
/// trong tuần này" may run to its last day. "trước cuối tuần" is due before the weekend
/// starts, on the Friday, as "trước tháng 9" is due on the last day of August.
fn relative_deadline(text: &str, ctx: &YearContext) -> Option<String> {
    same_day(text, ctx).or_else(|| before_tet(text, ctx)).or_else(|| end_of_own_period(text, ctx)).or_else(|| days_from_signing(text, ctx)).or_else(|| {
        // Most texts name no such period: the lower-case copy is made for the few that may.
        // Each period holds "uần" or "háng": a text with neither skips the nine searches.
        if !names_week_or_month(text) || !RELATIVE_PERIODS.iter().any(|w| text.contains(w)) {
            return None;
        }
        let today = ctx.today.or(ctx.published)?;
        let lower = lowercase(text);
        let within = |period: &str| ["trong ", "hết ", "cuối "].iter().any(|w| lower.match_indices(w).any(|(i, _)| lower[i + w.len()..].starts_with(period)));
        if let Some(due) = weekday_due(&lower, today) {
            Some(due)
        } else if let Some(weeks_after) = before_weekend(&lower) {
            week_day(today, weeks_after, 4)
        } else if within("tuần này") {
            week_end(today, 0)
        } else if within("tuần tới") || within("tuần sau") {
            week_end(today, 1)
        } else if within("tháng này") {
            last_day(today.0, today.1)
        } else if within("tháng tới") {
            let (y, m) = month_after(today.0, today.1);
            last_day(y, m)
        } else {
            month_day_due(&lower, today).or_else(|| quarter_month_day_due(&lower, today))
        }
    })
}

/// Words after "cuối năm" or "cuối quý" that make it another than the document's own.
const OTHER_YEARS: &[&str] = &["học", "ngoái", "trước", "qua", "tới", "sau", "tài"];

/// "báo cáo vào cuối quý", "tổng kết trước cuối năm", "cuối quý này", "cuối năm nay": due
/// the last day of the quarter or the year the document is dated in. A quarter or a year
/// named after it ("cuối quý II", "cuối năm 2026") is DEADLINE_QUARTER's and DEADLINE_YEAR's;
/// "cuối năm học" and "cuối năm ngoái" are other years, and a task done every quarter
/// ([`recurs`]) falls on no one day.
fn end_of_own_period(text: &str, ctx: &YearContext) -> Option<String> {
    static END: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("uối "));
    let mut ends = END.find_iter(text.as_bytes()).peekable();
    if ends.peek().is_none() || recurs(text) {
        return None;
    }
    let (y, m, _) = ctx.today.or(ctx.published)?;
    ends.find_map(|i| {
        // "c" or "C" before "uối", and no letter before that; "tháng cuối quý" is a month
        // ([`quarter_month_day_due`]).
        let head = text[..i].strip_suffix(['c', 'C']).filter(|h| !h.ends_with(char::is_alphanumeric))?;
        if head.trim_end().ends_with("tháng") {
            return None;
        }
        let rest = &text[i + "uối ".len()..];
        let (period, after) = [("quý", true), ("năm", false)].into_iter().find_map(|(w, q)| Some((q, rest.strip_prefix(w)?)))?;
        let after = after.strip_prefix(" này").or_else(|| after.strip_prefix(" nay")).unwrap_or(after);
        // Only the period alone: not "cuối quý II", "cuối năm 2026", "cuối năm học".
        let next = after.strip_prefix(' ').map(|a| a.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""));
        if after.starts_with(char::is_alphanumeric) || next.is_some_and(|w| !w.starts_with(char::is_lowercase) || OTHER_YEARS.contains(&w)) {
            return None;
        }
        if period { last_day(y, (m - 1) / 3 * 3 + 3) } else { iso(y, 12, 31) }
    })
}

/// Whether `text` holds "uần" or "háng", as each of [`RELATIVE_PERIODS`] does.
fn names_week_or_month(text: &str) -> bool {
    static WEEK: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("uần"));
    static MONTH: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("háng"));
    WEEK.find(text.as_bytes()).is_some() || MONTH.find(text.as_bytes()).is_some()
}

/// What a text must hold for [`relative_deadline`] to read a period in it (its first letter
/// left out, which may be a capital).
const RELATIVE_PERIODS: &[&str] = &["uần này", "uần tới", "uần sau", "háng này", "háng tới", "háng sau", "uối tuần", "háng cuối quý", "háng đầu quý"];

/// A weekday of the document's week or the next as a deadline, in small letters: "trước thứ
/// Sáu tuần này", "chậm nhất 16 giờ thứ Hai tuần tới". A weekday with no week after it is
/// left alone: "trước 16 giờ thứ Năm hằng tuần" recurs, and a bare "trước thứ Sáu" may be
/// this week's or the next.
static WEEKDAY_DUE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?:trước|chậm nhất|hạn chót|hạn|xong|hoàn thành|trong)\s+(?:{HOUR})?(?:ngày\s+)?(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ nhật))\s+tuần\s+(này|tới|sau)\b"
    ))
    .expect("static regex")
});

/// The day [`WEEKDAY_DUE`] names in `lower`, counted from `today`.
fn weekday_due(lower: &str, today: (i32, u32, u32)) -> Option<String> {
    let c = WEEKDAY_DUE.captures(lower)?;
    // 0 = Monday: "thứ hai" (or "thứ 2") is the week's first day.
    let weekday = match c.get(1).map(|m| m.as_str()) {
        Some("hai" | "2") => 0,
        Some("ba" | "3") => 1,
        Some("tư" | "4") => 2,
        Some("năm" | "5") => 3,
        Some("sáu" | "6") => 4,
        Some("bảy" | "7") => 5,
        _ => 6,
    };
    let weeks_after = i64::from(c.get(3)?.as_str() != "này");
    week_day(today, weeks_after, weekday)
}

/// "trước cuối tuần" (0), "trước cuối tuần này" (0), "trước cuối tuần tới" (1), in small letters.
fn before_weekend(lower: &str) -> Option<i64> {
    const BEFORE: &str = "trước cuối tuần";
    lower.match_indices(BEFORE).find_map(|(i, _)| {
        let rest = &lower[i + BEFORE.len()..];
        match rest.strip_prefix(' ').map(|r| r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("")) {
            Some("này") => Some(0),
            Some("tới" | "sau") => Some(1),
            // "tuần 45", "tuần thứ hai": another week, not the document's.
            _ if rest.starts_with(char::is_alphanumeric) || rest.starts_with(" thứ") || rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) => None,
            _ => Some(0),
        }
    })
}

/// A day of the document's month or the next as a deadline, in small letters: "trước ngày
/// 15 tháng tới", "chậm nhất ngày 25 tháng này".
static MONTH_DAY_DUE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?:trước|chậm nhất|hạn chót|hạn|xong|hoàn thành|đến hết|đến)\s+(?:{HOUR})?ngày\s+(\d{{1,2}})\s+tháng\s+(này|tới|sau)\b"))
        .expect("static regex")
});

/// The day [`MONTH_DAY_DUE`] names in `lower`, counted from `today`.
fn month_day_due(lower: &str, (y, m, _): (i32, u32, u32)) -> Option<String> {
    let c = MONTH_DAY_DUE.captures(lower)?;
    let d: u32 = c.get(1)?.as_str().parse().ok()?;
    let (y, m) = if c.get(2)?.as_str() == "này" { (y, m) } else { month_after(y, m) };
    iso(y, m, d)
}

/// A day of a month of the document's quarter or the next as a deadline, in small letters:
/// "trước ngày 10 của tháng cuối quý" (the last month of its quarter), "trước ngày 5 của
/// tháng đầu quý sau" (the first of the next).
static QUARTER_MONTH_DAY_DUE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?:trước|chậm nhất|hạn chót|hạn|xong|hoàn thành|đến hết|đến)\s+(?:{HOUR})?ngày\s+(\d{{1,2}})\s+(?:của\s+)?tháng\s+(cuối|đầu)\s+quý(?:\s+(này|tới|sau))?"
    ))
    .expect("static regex")
});

/// The day [`QUARTER_MONTH_DAY_DUE`] names in `lower`, counted from `today`. A report due
/// every quarter ("hằng quý", "định kỳ") falls on no one day; nor does "tháng đầu quý"
/// of the document's own quarter, mostly past when the document is written.
fn quarter_month_day_due(lower: &str, (y, m, _): (i32, u32, u32)) -> Option<String> {
    let c = QUARTER_MONTH_DAY_DUE.captures(lower)?;
    if recurs(lower) || lower.contains("mỗi quý") {
        return None;
    }
    let d: u32 = c.get(1)?.as_str().parse().ok()?;
    let next = c.get(3).is_some_and(|w| w.as_str() != "này");
    let first_of_quarter = (m - 1) / 3 * 3 + 1;
    let (y, m) = match (c.get(2)?.as_str(), next) {
        ("cuối", false) => (y, first_of_quarter + 2),
        ("cuối", true) => {
            let (y, m) = month_after(y, first_of_quarter + 2);
            (y, m + 2)
        }
        ("đầu", true) => month_after(y, first_of_quarter + 2),
        _ => return None,
    };
    iso(y, m, d)
}

/// Feasts called "Tết" that are not the Lunar New Year, as the words after "Tết" name them.
const OTHER_TETS: &[&str] = &["dương lịch", "tây", "trung thu", "thiếu nhi", "đoan ngọ", "trồng cây", "độc lập", "hàn thực", "thanh minh", "nguyên tiêu", "ông công"];

/// "hoàn thành trước Tết Nguyên đán", "trước Tết Nguyên đán Đinh Mùi 2027", "trước Tết":
/// due the last day of the lunar year, the day before the Lunar New Year
/// ([`lunar_new_year`]): of the year named after it, else the first New Year after the
/// document's day. "trước, trong và sau Tết" names the whole season, no deadline; nor does a
/// task done every year before it ([`recurs`]).
fn before_tet(text: &str, ctx: &YearContext) -> Option<String> {
    const BEFORE: &str = "trước tết";
    if !text.contains("Tết") && !text.contains("tết") || recurs(text) {
        return None;
    }
    let lower = lowercase(text);
    let rest = lower.match_indices(BEFORE).find_map(|(i, _)| {
        let rest = &lower[i + BEFORE.len()..];
        let whole = !lower[..i].ends_with(char::is_alphanumeric) && !rest.starts_with(char::is_alphanumeric);
        let named = [" nguyên đán", " âm lịch", " cổ truyền"].iter().find_map(|w| rest.strip_prefix(w));
        let other = named.is_none() && OTHER_TETS.iter().any(|w| rest.trim_start().starts_with(w));
        (whole && !other).then(|| named.unwrap_or(rest))
    })?;
    let (y, m, d) = match year_after_feast(rest) {
        Some(y) => {
            let (m, d) = lunar_new_year(y)?;
            (y, m, d)
        }
        None => {
            let (ty, tm, td) = ctx.today.or(ctx.published)?;
            let (m, d) = lunar_new_year(ty)?;
            if (tm, td) < (m, d) { (ty, m, d) } else { lunar_new_year(ty + 1).map(|(m, d)| (ty + 1, m, d))? }
        }
    };
    // Tết falls between 21 January and 20 February: the day before is in January at least.
    if d > 1 { iso(y, m, d - 1) } else { last_day(y, m.checked_sub(1).filter(|m| *m >= 1)?) }
}

/// The year named right after a feast's name, in `rest` (small letters): "2027", "năm 2027",
/// "Đinh Mùi 2027", "Đinh Mùi năm 2027"; up to three words before it, none a number or
/// after a stop.
fn year_after_feast(rest: &str) -> Option<i32> {
    let head = rest.split([',', '.', ';', ':', '(', ')']).next()?;
    for (k, word) in head.split_whitespace().enumerate() {
        if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
            return word.parse().ok();
        }
        if k >= 3 || word.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
    }
    None
}

fn month_after(y: i32, m: u32) -> (i32, u32) {
    if m == 12 { (y + 1, 1) } else { (y, m + 1) }
}

/// "ngay trong ngày", "trong ngày hôm nay": the day the document is dated.
fn same_day(text: &str, ctx: &YearContext) -> Option<String> {
    let (y, m, d) = ctx.published?;
    ["ngay trong ngày", "trong ngày hôm nay"].iter().any(|w| text.contains(w)).then(|| ymd(y, m, d))
}

/// Whether `text` holds "tháng" in any case, as every DEADLINE_WORDS and DEADLINE_MONTH
/// match does. Under `(?i)` "t", "h", "n", "g" and "á" match only themselves and their capitals.
fn has_thang(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b't', b'T', bytes).any(|i| {
        matches!(bytes.get(i + 1..i + 6), Some([b'h' | b'H', 0xC3, 0xA1 | 0x81, b'n' | b'N', b'g' | b'G']))
    })
}

/// Whether `text` holds "quý" in any case: every DEADLINE_QUARTER match does, and this
/// byte search is far cheaper than the regex, whose `\b` keeps it off its fast engines.
/// Under `(?i)` "q", "u" and "ý" match only themselves and "Q", "U", "Ý".
fn has_quy(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'q', b'Q', bytes).any(|i| {
        matches!(bytes.get(i + 1), Some(b'u' | b'U')) && matches!(bytes.get(i + 2..i + 4), Some([0xC3, 0xBD | 0x9D]))
    })
}

/// [`deadline`] from the patterns marked in `may_match` (in [`deadline_counts`] order); a
/// pattern left out must have no match in `text`.
fn deadline_among(text: &str, ctx: &YearContext, may_match: [bool; 5]) -> Option<String> {
    let day = [(&*DEADLINE, may_match[0]), (&*DEADLINE_WORDS, may_match[1])]
        .into_iter()
        .filter(|(_, may)| *may)
        // The first match that is a day: "trước ngày 31/11, chậm nhất 05/12" keeps the second.
        .filter_map(|(re, _)| re.captures_iter(text).filter(|c| !counts_to(text, c) && !opens_a_span(text, c)).find_map(|c| Some((c.get(0)?.start(), first_listed_due(text, &c, ctx)?))));
    let month = may_match[2].then(|| DEADLINE_MONTH.captures(text)).flatten().filter(|c| !part_of_month_not_due(text, c)).and_then(|c| Some((c.get(0)?.start(), month_deadline(&c, ctx)?)));
    let half = may_match[2].then(|| DEADLINE_HALF.captures(text)).flatten().and_then(|c| Some((c.get(0)?.start(), half_deadline(&c, ctx)?)));
    let quarter = may_match[3].then(|| DEADLINE_QUARTER.captures(text)).flatten().and_then(|c| Some((c.get(0)?.start(), quarter_deadline(&c, ctx)?)));
    let year = may_match[4].then(|| DEADLINE_YEAR.captures(text)).flatten().and_then(|c| Some((c.get(0)?.start(), year_deadline(&c)?)));
    day.chain(month).chain(half).chain(quarter).chain(year).min_by_key(|(at, _)| *at).map(|(_, d)| d)
}

/// Whether a month match names a part of the month that is no deadline: the start of a
/// span, "từ" before it ("từ đầu tháng 11 đến nay", "từ cuối tháng 12"), or a time singled
/// out, "là" before it ("tăng cường giám sát, nhất là giữa tháng 01"): a time the text counts
/// from or dwells on, not one a task is due by.
fn part_of_month_not_due(text: &str, c: &regex::Captures) -> bool {
    let Some(m) = c.get(0) else { return false };
    let part = c.get(1).map_or("", |w| w.as_str());
    let part_of_month = MONTH_PARTS.iter().any(|w| equals_lower(part, w));
    part_of_month && matches!(text[..m.start()].trim_end().rsplit(' ').next(), Some("từ" | "Từ" | "là"))
}

/// Whether the day of a match opens a span of days, "từ (ngày)" right before it: "báo cáo
/// trước 10 giờ hằng ngày từ ngày 14/02 đến ngày 22/02" runs to the second day, which a
/// later match ("đến ngày 22/02") reads; the first is never when the task is due.
fn opens_a_span(text: &str, c: &regex::Captures) -> bool {
    let Some(day) = c.get(1) else { return false };
    let head = text[..day.start()].trim_end();
    let head = head.strip_suffix("ngày").map_or(head, str::trim_end);
    matches!(head.rsplit(' ').next(), Some("từ" | "Từ"))
}

/// Whether a day match is the day figures are counted to ("số liệu tính đến ngày 30/11"),
/// not the day a task ends ("thực hiện từ ngày 5/1 đến ngày 31/1").
fn counts_to(text: &str, c: &regex::Captures) -> bool {
    c.get(0).is_some_and(|m| matches!(text[..m.start()].trim_end().rsplit(' ').next(), Some("tính" | "Tính")))
}

/// A day listed after a deadline's day: ", 15/9", " và 15/12", " và ngày 15/12/2026".
static LISTED_DAY: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^\s*(?:,|và)\s*(?:ngày\s+)?(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}|\d{2}))?\b").expect("static regex"));

/// The deadline of a day match and the days listed after it ("trước ngày 15/6 và 15/12 hằng
/// năm"): the first of them to fall due after the document's day, each read in its year
/// as [`day_deadline`] reads it; so a notice of November is next due on 15 December, not in
/// June of the year after. Without the document's day, the earliest.
fn first_listed_due(text: &str, c: &regex::Captures, ctx: &YearContext) -> Option<String> {
    let first = day_deadline(c, ctx)?;
    let mut end = c.get(0)?.end();
    let mut days: Vec<String> = Vec::new();
    while let Some(next) = LISTED_DAY.captures(&text[end..]) {
        days.extend(day_deadline(&next, ctx));
        end += next.get(0)?.end();
    }
    if days.is_empty() {
        return Some(first);
    }
    days.push(first);
    // ISO days compare as strings.
    let today = ctx.today.and_then(|(y, m, d)| iso(y, m, d)).unwrap_or_default();
    let upcoming = days.iter().filter(|d| **d >= today).min();
    upcoming.or_else(|| days.iter().min()).cloned()
}

fn day_deadline(c: &regex::Captures, ctx: &YearContext) -> Option<String> {
    let d: u32 = c.get(1)?.as_str().parse().ok()?;
    let m: u32 = c.get(2)?.as_str().parse().ok()?;
    let y = match c.get(3) {
        // "trước 30/4/26": a year in two digits is of this century.
        Some(y) if y.len() == 2 => 2000 + y.as_str().parse::<i32>().ok()?,
        Some(y) => y.as_str().parse().ok()?,
        None => ctx.due_year(ctx.year_for(m, d)?, m, d),
    };
    iso(y, m, d)
}

/// "trong tháng 9" ends on its last day; "trước tháng 9" on the last day of August;
/// "trong tháng 12/2026 và tháng 01/2027" on the last day of the later month.
fn month_deadline(c: &regex::Captures, ctx: &YearContext) -> Option<String> {
    let m: u32 = c.get(2)?.as_str().parse().ok()?;
    let y: i32 = match c.get(3) {
        Some(y) => y.as_str().parse().ok()?,
        None => ctx.year?,
    };
    let before = c.get(1)?.as_str().to_lowercase() == "trước";
    let (y, m) = match (before, c.get(4)) {
        (false, Some(later)) => later_month(y, m, later.as_str(), c.get(5))?,
        _ => (y, m),
    };
    // "trước tháng 0" or "tháng 13" names no month: checked, so no month 0 is ever stepped back from.
    if !(1..=12).contains(&m) {
        return None;
    }
    let (y, m) = if before { if m == 1 { (y - 1, 12) } else { (y, m - 1) } } else { (y, m) };
    let y = if c.get(3).is_none() { ctx.due_year(y, m, 28) } else { y };
    // "đầu / giữa / cuối tháng M" is due by the last day of that third of the month; the
    // other leads by the month's last day.
    iso(y, m, last_day_of_part(c.get(1).map(|p| p.as_str()), y, m))
}

/// The second month of "tháng 12/2026 và tháng 01/2027", after the first (`y`, `m`): in
/// its own year, else in the first's, or the next when it would come before.
fn later_month(y: i32, m: u32, month: &str, year: Option<regex::Match>) -> Option<(i32, u32)> {
    let later: u32 = month.parse().ok().filter(|k| (1..=12).contains(k))?;
    let later_year = match year {
        Some(y2) => y2.as_str().parse().ok()?,
        None if later < m => y + 1,
        None => y,
    };
    Some((later_year, later))
}

/// "trong 6 tháng đầu năm 2027" ends on 30 June 2027; "6 tháng cuối năm" on 31 December.
fn half_deadline(c: &regex::Captures, ctx: &YearContext) -> Option<String> {
    let m = if c.get(1)?.as_str().to_lowercase() == "đầu" { 6 } else { 12 };
    let y: i32 = match c.get(2) {
        Some(y) => y.as_str().parse().ok()?,
        None => ctx.due_year(ctx.year?, m, 30),
    };
    last_day(y, m)
}

fn quarter_deadline(c: &regex::Captures, ctx: &YearContext) -> Option<String> {
    let y: i32 = match c.get(3) {
        Some(y) => y.as_str().parse().ok()?,
        None => ctx.year?,
    };
    let before = c.get(1)?.as_str().to_lowercase() == "trước";
    // "trong quý III và quý IV" ends with the later quarter, in its own year if written,
    // else the first's, or the next when it would come before ("quý IV và quý I").
    let (y, q) = match (before, c.get(4)) {
        (false, Some(later)) => {
            let (first, later) = (quarter_number(c.get(2)?.as_str()), quarter_number(later.as_str()));
            let later_year = match c.get(5) {
                Some(y2) => y2.as_str().parse().ok()?,
                None if later < first => y + 1,
                None => y,
            };
            (later_year, later)
        }
        _ => (y, quarter_number(c.get(2)?.as_str())),
    };
    let (y, m) = match (before, q) {
        (true, 1) => (y - 1, 12),
        (true, q) => (y, (q - 1) * 3),
        (false, q) => (y, q * 3),
    };
    let y = if c.get(3).is_none() && c.get(5).is_none() { ctx.due_year(y, m, 28) } else { y };
    last_day(y, m)
}

/// "trong năm 2025" ends on 31 December 2025; "trước năm 2026" on 31 December 2025.
fn year_deadline(c: &regex::Captures) -> Option<String> {
    let y: i32 = c.get(2)?.as_str().parse().ok()?;
    let before = c.get(1)?.as_str().to_lowercase() == "trước";
    last_day(if before { y - 1 } else { y }, 12)
}

fn last_day(y: i32, m: u32) -> Option<String> {
    iso(y, m, days_in_month(y, m))
}

/// Tasks listed inside a paragraph: "..., cụ thể: A; B; C", or after a heading that opens it
/// ("Nhiệm vụ tháng 12/2026: A; B; C"). True when it found some.
fn inline(p: &str, ctx: &YearContext, out: &mut Vec<Directive>) -> bool {
    // INLINE_LEAD holds a colon.
    if !p.contains(':') {
        return false;
    }
    // A heading's period is the items' deadline only as a deadline's words say it ("Nhiệm vụ
    // trong quý I/2027:"); "Nhiệm vụ tháng 12/2026:" names the month the tasks are for.
    let (lead_end, heading_due, heading) = match INLINE_LEAD.find(p) {
        Some(m) if leads_targets(&p[..m.end()]) => return false,
        Some(m) => (m.end(), None, false),
        None => match TASK_HEADING.find(p) {
            Some(m) => (m.end(), deadline(m.as_str(), ctx), true),
            None => return false,
        },
    };
    let rest = &p[lead_end..];
    let items: Vec<&str> = rest.split(';').map(str::trim).filter(|s| !s.is_empty()).collect();
    // A heading's one task ("Nhiệm vụ tháng 01/2027: tiếp tục đẩy mạnh …") is read when it
    // says what is to be done; after "cụ thể:" one clause is as often an account.
    let acts = |item: &str| acts_next(item) || unit_then_acts(item).is_some();
    if items.len() < 2 && !(heading && items.first().is_some_and(|i| acts(i))) {
        return false;
    }
    let assignee = items.first().and_then(|first| ASSIGNEE_BEFORE_CAN.captures(first)).and_then(|c| c.get(1)).map(|g| g.as_str().trim().to_string());
    // "Nhiệm vụ quý IV/2026: các đơn vị tiếp tục …": the one task names its unit.
    let assignee = match items.as_slice() {
        [only] => assignee.or_else(|| unit_then_acts(only)),
        _ => assignee,
    };
    for item in items {
        let text = item.trim_end_matches(['.', ',']).trim();
        out.push(Directive { text: text.to_string(), assignee: assignee.clone(), deadline: deadline(text, ctx).or_else(|| heading_due.clone()) });
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_is_str_to_lowercase() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = format!("{c}a{c}");
            assert_eq!(lowercase(&s), s.to_lowercase(), "{c:?}");
        }
        for s in ["ĐỀ NGHỊ CÁC ĐƠN VỊ:", "ΟΔΟΣ Σ ΣΑ", "İstanbul", "\u{212A}ết quả", "Ωẞ"] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
        }
    }

    fn ctx() -> YearContext {
        YearContext { year: Some(2021), published: None, written: None, today: None, title_period: None, plan_year: false, reviewed_year: None }
    }

    #[test]
    fn a_deadline_with_its_year_in_two_digits() {
        let got = find("Sở Y tế yêu cầu các Trung tâm Y tế hoàn thành rà soát trước 30/4/26. Sở Y tế đề nghị các Trạm Y tế báo cáo trước ngày 5/5/26.", &ctx());
        assert_eq!(got.iter().map(|d| d.deadline.as_deref()).collect::<Vec<_>>(), [Some("2026-04-30"), Some("2026-05-05")], "{got:?}");
        // Three digits are no year: the day is read in the document's.
        let got = find("Sở Y tế yêu cầu các Trung tâm Y tế báo cáo trước ngày 5/5/265.", &ctx());
        assert_eq!(got[0].deadline.as_deref(), Some("2021-05-05"));
    }

    #[test]
    fn a_request_told_as_made_before_is_a_task_while_a_day_is_set_for_it() {
        let body = "Theo đó, UBND tỉnh đã giao Sở Nông nghiệp chủ trì, phối hợp với các huyện lập kế hoạch tiêu độc, hoàn thành trước ngày 12/10/2021.\n\n\
                    Sở cũng đã đề nghị các Trạm Y tế xã báo cáo số ổ dịch trước ngày 3/10/2021.\n\n\
                    Trước đó, Sở đã yêu cầu các huyện tăng cường kiểm tra vận chuyển gia cầm.\n\n\
                    UBND tỉnh đã giao Sở Tài chính bố trí kinh phí; Sở đã hoàn thành trước ngày 1/9/2021.";
        let got = find(body, &ctx());
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!((got[0].assignee.as_deref(), got[0].deadline.as_deref()), (Some("Sở Nông nghiệp"), Some("2021-10-12")));
        assert_eq!((got[1].assignee.as_deref(), got[1].deadline.as_deref()), (Some("các Trạm Y tế xã"), Some("2021-10-03")));
    }

    #[test]
    fn a_unit_line_under_an_item_is_its_unit_rather_than_the_leads_addressee() {
        let body = "Sở đề nghị các đơn vị thực hiện một số nội dung sau:\n\n\
                    1. Rà soát cơ số thuốc chống độc tại khoa Cấp cứu.\n\n\
                    Đơn vị thực hiện: Bệnh viện Đa khoa tỉnh\n\n\
                    Thời hạn: trước ngày 20/11/2021\n\n\
                    2. Cập nhật số liệu ngộ độc thực phẩm lên phần mềm, hoàn thành trước ngày 25/11/2021.";
        let got = find(body, &ctx());
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!((got[0].assignee.as_deref(), got[0].deadline.as_deref()), (Some("Bệnh viện Đa khoa tỉnh"), Some("2021-11-20")));
        assert_eq!(got[1].assignee.as_deref(), Some("các đơn vị"));
    }

    #[test]
    fn days_counted_from_the_day_signed_are_due_that_many_days_on() {
        let ctx = YearContext { today: Some((2026, 12, 28)), ..ctx() };
        let due = |t: &str| deadline(t, &ctx);
        assert_eq!(due("báo cáo kết quả trong thời hạn 07 ngày kể từ ngày ký").as_deref(), Some("2027-01-04"));
        assert_eq!(due("hoàn thành trong vòng 10 ngày kể từ ngày văn bản được ký").as_deref(), Some("2027-01-07"));
        // From receipt, or in working days: the end cannot be told from the text.
        assert_eq!(due("báo cáo trong vòng 07 ngày kể từ ngày nhận được văn bản"), None);
        assert_eq!(due("trong thời hạn 05 ngày làm việc kể từ ngày ký"), None);
    }

    #[test]
    fn a_units_kind_of_place_listed_with_others_stays_in_its_name() {
        let body = "II. TỔ CHỨC THỰC HIỆN\n\n- Các Trạm Y tế xã, thị trấn tổ chức tiêm chủng thường xuyên, hoàn thành trước ngày 25/3/2026.\n\n\
                    - UBND các xã, phường, đặc khu rà soát đối tượng, báo cáo trước ngày 10/3/2026.";
        assert_eq!(item_assignee("Các Trạm Y tế xã, thị trấn tổ chức tiêm chủng").as_deref(), Some("Các Trạm Y tế xã, thị trấn"));
        let got = find(body, &ctx());
        let assignees: Vec<Option<&str>> = got.iter().map(|d| d.assignee.as_deref()).collect();
        assert_eq!(assignees, [Some("Các Trạm Y tế xã, thị trấn"), Some("UBND các xã, phường, đặc khu")], "{got:?}");
        // A place named after the comma is no kind of the unit's.
        assert_eq!(kinds_listed_after("Trung tâm Y tế huyện", ", xã Tân Hòa tổ chức"), 0);
        assert_eq!(kinds_listed_after("Trung tâm Y tế huyện", ", thị xã và thành phố phối hợp"), ", thị xã và thành phố".len());
        assert_eq!(kinds_listed_after("Bệnh viện", ", xã phối hợp"), 0);
    }

    #[test]
    fn a_paragraph_going_on_with_a_request_after_a_joining_word_is_a_task() {
        let body = "UBND huyện yêu cầu Trung tâm Y tế huyện khẩn trương giám sát người tiếp xúc, hoàn thành trước ngày 20/11/2021.\n\n\
                    Bên cạnh đó, các xã, thị trấn phải báo cáo diễn biến dịch về UBND huyện trước ngày 25/11/2021.";
        let got = find(body, &ctx());
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!((got[1].assignee.as_deref(), got[1].deadline.as_deref()), (Some("các xã, thị trấn"), Some("2021-11-25")));
    }

    #[test]
    fn a_table_of_tasks_gives_a_task_a_row() {
        for sep in ["\t", " | "] {
            let row = |cells: &[&str]| cells.join(sep);
            let body = [
                "III. TỔ CHỨC THỰC HIỆN".to_string(),
                row(&["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành"]),
                row(&["I", "CÔNG TÁC TRUYỀN THÔNG", "", ""]),
                row(&["1", "In tờ rơi phòng bệnh dại", "Khoa Truyền thông", "trước ngày 10/12/2021"]),
                row(&["2", "Kiểm tra các điểm tiêm phòng", "Trạm Y tế các xã", "Tháng 12/2021"]),
                row(&["3", "Tổng hợp báo cáo", "Phòng Kế hoạch", "Thường xuyên"]),
                "Sở Y tế đề nghị các đơn vị báo cáo kết quả trước ngày 5/01/2022.".to_string(),
            ]
            .join("\n\n");
            let got = find(&body, &ctx());
            let read: Vec<(&str, Option<&str>, Option<&str>)> =
                got.iter().map(|d| (d.text.as_str(), d.assignee.as_deref(), d.deadline.as_deref())).collect();
            assert_eq!(
                read,
                vec![
                    ("In tờ rơi phòng bệnh dại", Some("Khoa Truyền thông"), Some("2021-12-10")),
                    ("Kiểm tra các điểm tiêm phòng", Some("Trạm Y tế các xã"), Some("2021-12-31")),
                    ("Tổng hợp báo cáo", Some("Phòng Kế hoạch"), None),
                    ("các đơn vị báo cáo kết quả trước ngày 5/01/2022", Some("các đơn vị"), Some("2022-01-05")),
                ],
                "{sep:?}"
            );
        }
        // A table of figures, or of results, names no task.
        let figures = "Nội dung\tĐơn vị tính\tThời gian\n\nTiêm sởi\tTrẻ\t2021";
        assert!(find(figures, &ctx()).is_empty());
        let results = "Nội dung\tĐơn vị thực hiện\tKết quả\n\nKiểm tra bếp ăn\tĐoàn liên ngành\tĐạt";
        assert!(find(results, &ctx()).is_empty());
    }

    #[test]
    fn a_decisions_article_that_gives_a_body_its_duty_is_a_task() {
        let body = "Điều 1. Thành lập Tổ giám sát chiến dịch tiêm vắc xin năm 2021, gồm các ông (bà) có tên sau:\n\n\
                    1. Ông Khổng Văn Lạc, Phó Giám đốc Sở Y tế - Tổ trưởng;\n\n\
                    Điều 2. Tổ giám sát có nhiệm vụ giám sát việc tổ chức chiến dịch tại các xã, báo cáo kết quả về Sở Y tế trước ngày 15/12/2021.\n\n\
                    Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\n\
                    Điều 4. Chánh Văn phòng Sở, Thủ trưởng các đơn vị liên quan và các ông (bà) có tên tại Điều 1 có trách nhiệm thi hành Quyết định này./.";
        let got = find(body, &ctx());
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].assignee.as_deref(), Some("Tổ giám sát"));
        assert_eq!(got[0].deadline.as_deref(), Some("2021-12-15"));
        assert!(got[0].text.starts_with("Tổ giám sát có nhiệm vụ giám sát"), "{got:?}");
    }

    #[test]
    fn a_decisions_article_that_lists_a_bodys_duties_gives_them_that_body() {
        let body = "Điều 1. Giao Bệnh viện Đa khoa tỉnh thu dung người bệnh sốt xuất huyết nặng.\n\n\
                    Điều 2. Bệnh viện Đa khoa tỉnh có trách nhiệm:\n\n\
                    a) Bố trí khu điều trị riêng cho người bệnh;\n\n\
                    b) Báo cáo tình hình điều trị về Sở Y tế trước ngày 20/12/2021.\n\n\
                    Điều 3. Tổ phản ứng nhanh có các nhiệm vụ sau:\n\n\
                    - Điều tra ổ dịch ngay khi có ca nghi mắc.\n\n\
                    Điều 4. Quyết định này có hiệu lực kể từ ngày ký.";
        let got = find(body, &ctx());
        let view: Vec<(&str, Option<&str>)> = got.iter().map(|d| (d.text.as_str(), d.assignee.as_deref())).collect();
        assert_eq!(
            view[1..],
            [
                ("Bố trí khu điều trị riêng cho người bệnh;", Some("Bệnh viện Đa khoa tỉnh")),
                ("Báo cáo tình hình điều trị về Sở Y tế trước ngày 20/12/2021.", Some("Bệnh viện Đa khoa tỉnh")),
                ("Điều tra ổ dịch ngay khi có ca nghi mắc.", Some("Tổ phản ứng nhanh")),
            ]
        );
        assert_eq!(got[2].deadline.as_deref(), Some("2021-12-20"));
    }

    #[test]
    fn an_articles_duty_is_no_task_after_a_clause_or_on_the_decision_itself() {
        let body = "Điều 2. Thành viên Tổ công tác làm việc theo chế độ kiêm nhiệm, có trách nhiệm thực hiện nhiệm vụ do Tổ trưởng phân công.\n\n\
                    Điều 3. Sở Y tế có trách nhiệm hướng dẫn, kiểm tra các đơn vị thực hiện Quyết định này.\n\n\
                    Điều 4. Chánh Văn phòng Sở, Giám đốc Trung tâm Y tế huyện có trách nhiệm tổ chức thực hiện và hướng dẫn các đơn vị triển khai Quyết định này./.";
        let got = find(body, &ctx());
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].assignee.as_deref(), Some("Sở Y tế"));
    }

    #[test]
    fn an_articles_duty_due_on_two_days_is_two_tasks() {
        let body = "Điều 2. Tổ kiểm tra có nhiệm vụ kiểm tra các cơ sở, hoàn thành trước ngày 10/12/2021 và báo cáo kết quả về Sở Y tế trước ngày 15/12/2021.";
        let got = find(body, &ctx());
        let due: Vec<Option<&str>> = got.iter().map(|d| d.deadline.as_deref()).collect();
        assert_eq!(due, [Some("2021-12-10"), Some("2021-12-15")], "{got:?}");
        assert!(got.iter().all(|d| d.assignee.as_deref() == Some("Tổ kiểm tra")));
    }

    #[test]
    fn a_task_of_parts_kept_whole_falls_due_when_its_first_timed_part_does() {
        let dated = YearContext { published: Some((2021, 11, 24)), today: Some((2021, 11, 24)), ..ctx() };
        let due = |text: &str| {
            let mut out = Vec::new();
            push_item(&mut out, text, None, &dated);
            assert_eq!(out.len(), 1, "{out:?}");
            out.pop().and_then(|d| d.deadline)
        };
        assert_eq!(due("báo cáo số ca sốt phát ban hằng tuần; rà soát trẻ chưa tiêm; tổ chức tiêm bù cho trẻ trong tháng 12/2021."), None);
        assert_eq!(due("rà soát trẻ chưa tiêm trong tuần này; báo cáo kết quả; tổ chức tiêm bù cho trẻ trước ngày 20/12/2021."), Some("2021-11-28".to_string()));
        // A part naming no time is a step of the task the later part dates.
        assert_eq!(due("rà soát trẻ chưa tiêm; báo cáo kết quả; tổ chức tiêm bù cho trẻ trong tháng 12/2021."), Some("2021-12-31".to_string()));
        assert_eq!(due("rà soát trẻ chưa tiêm, hoàn thành trước ngày 10/12/2021; báo cáo kết quả; tổ chức tiêm bù trong tháng 01/2022."), Some("2021-12-10".to_string()));
    }

    #[test]
    fn a_task_for_the_same_day_is_due_the_day_the_document_is_dated() {
        let dated = YearContext { published: Some((2026, 11, 5)), ..ctx() };
        assert_eq!(deadline("lập danh sách người tiếp xúc ngay trong ngày.", &dated).as_deref(), Some("2026-11-05"));
        assert_eq!(deadline("lập danh sách người tiếp xúc ngay trong ngày.", &ctx()), None);
        assert_eq!(deadline("báo cáo trước ngày 10/11/2026, ngay trong ngày", &dated).as_deref(), Some("2026-11-10"));
    }

    #[test]
    fn an_item_of_two_tasks_due_apart_is_two_tasks() {
        let body = "Phòng Y tế yêu cầu các đơn vị thực hiện:\n\n1. Gửi báo cáo nhanh trước 15 giờ thứ Hai hằng tuần; kiểm tra các điểm tiêm, hoàn thành trước 20/12/2021.\n\n2. Tăng cường tuyên truyền; phối hợp diệt lăng quăng trong khu dân cư.\n\n3. Kiểm tra các bếp ăn tập thể; báo cáo Phòng Y tế trước ngày 10/12/2021.";
        let got: Vec<(String, Option<String>, Option<String>)> = find(body, &ctx()).into_iter().map(|d| (d.text, d.assignee, d.deadline)).collect();
        let units = Some("các đơn vị".to_string());
        let want = [
            ("Gửi báo cáo nhanh trước 15 giờ thứ Hai hằng tuần", None),
            ("kiểm tra các điểm tiêm, hoàn thành trước 20/12/2021.", Some("2021-12-20")),
            ("Tăng cường tuyên truyền; phối hợp diệt lăng quăng trong khu dân cư.", None),
            // A step that names no time of its own: the report's date is the whole task's.
            ("Kiểm tra các bếp ăn tập thể; báo cáo Phòng Y tế trước ngày 10/12/2021.", Some("2021-12-10")),
        ];
        assert_eq!(got, want.map(|(t, d)| (t.to_string(), units.clone(), d.map(str::to_string))));
    }

    #[test]
    fn a_colon_after_the_unit_asked_is_no_part_of_the_task() {
        let got = view("Ông Lâm yêu cầu các trạm y tế: tăng cường giám sát ca bệnh; vệ sinh môi trường.");
        assert_eq!(got.first().map(|d| d.2.as_str()), Some("các trạm y tế tăng cường giám sát ca bệnh"), "{got:?}");
        assert_eq!(got.first().and_then(|d| d.0.as_deref()), Some("các trạm y tế"), "{got:?}");
    }

    #[test]
    fn a_half_year_is_due_on_its_last_day() {
        assert_eq!(deadline("kiện toàn mạng lưới y tế cơ sở trong 6 tháng đầu năm 2027", &ctx()).as_deref(), Some("2027-06-30"));
        assert_eq!(deadline("hoàn thành trong 6 tháng cuối năm", &ctx()).as_deref(), Some("2021-12-31"));
        let d = find("Yêu cầu các trạm y tế rà soát hồ sơ trong 6 tháng đầu năm 2022.", &ctx());
        assert_eq!(d.iter().map(|x| x.deadline.as_deref()).collect::<Vec<_>>(), [Some("2022-06-30")]);
    }

    #[test]
    fn a_task_running_to_a_day_is_due_that_day() {
        assert_eq!(deadline("Tổ chức tiêm vét, thời gian thực hiện từ ngày 03/3/2021 đến ngày 20/3/2021.", &ctx()).as_deref(), Some("2021-03-20"));
        assert_eq!(deadline("Tuyên truyền từ ngày 3 tháng 3 đến hết ngày 25 tháng 3 năm 2021.", &ctx()).as_deref(), Some("2021-03-25"));
        // The day figures are counted to is no deadline; the one after it is.
        assert_eq!(deadline("Báo cáo số liệu tính đến ngày 30/4/2021, gửi trước ngày 5/5/2021.", &ctx()).as_deref(), Some("2021-05-05"));
    }

    #[test]
    fn a_deadline_without_its_year_falls_after_the_document() {
        let notice = YearContext { year: Some(2026), published: Some((2026, 11, 20)), today: Some((2026, 11, 20)), ..ctx() };
        assert_eq!(deadline("vệ sinh môi trường trước ngày 10/01.", &notice).as_deref(), Some("2027-01-10"));
        assert_eq!(deadline("hoàn thành trước ngày 15/12", &notice).as_deref(), Some("2026-12-15"));
        assert_eq!(deadline("tiêm bù trong tháng 2", &notice).as_deref(), Some("2027-02-28"));
        assert_eq!(deadline("hoàn thành trong quý I", &notice).as_deref(), Some("2027-03-31"));
        // A deadline just past is told of in the same year; a year written is kept.
        assert_eq!(deadline("đã hoàn thành trước ngày 5/11", &notice).as_deref(), Some("2026-11-05"));
        assert_eq!(deadline("trong tháng 10", &notice).as_deref(), Some("2026-10-31"));
        assert_eq!(deadline("trước ngày 10/01/2026", &notice).as_deref(), Some("2026-01-10"));
        // Without the document's day, the year alone is kept.
        assert_eq!(deadline("trước ngày 10/01", &ctx()).as_deref(), Some("2021-01-10"));
    }

    #[test]
    fn the_heads_of_units_are_asked_as_the_units_are() {
        let body = "Chủ tịch UBND huyện kết luận như sau:\n\n1. Trưởng các thôn, xóm chỉ đạo tổ y tế thôn báo cáo ngay ca bệnh.\n\n2. Chủ tịch UBND các xã, thị trấn chịu trách nhiệm tổ chức diệt lăng quăng.\n\n3. Thủ trưởng các đơn vị tăng cường kiểm tra.";
        let got: Vec<Option<String>> = find(body, &ctx()).into_iter().map(|d| d.assignee).collect();
        let want = ["Trưởng các thôn, xóm", "Chủ tịch UBND các xã, thị trấn", "Thủ trưởng các đơn vị"];
        assert_eq!(got, want.map(|w| Some(w.to_string())));
        let got = view("Ông Lâm chỉ đạo Chủ tịch UBND các xã khẩn trương tổ chức vệ sinh môi trường.");
        assert_eq!(got.first().and_then(|d| d.0.as_deref()), Some("Chủ tịch UBND các xã"), "{got:?}");
        // A title before no unit names none.
        assert_eq!(item_assignee("Trưởng thôn Nguyễn Văn Tư cho biết"), None);
    }

    #[test]
    fn a_centre_or_station_named_by_its_kind_alone_is_asked() {
        let got = view("Ông Hưng đề nghị Trung tâm tập trung điều tra ổ dịch trước ngày 30/11/2021. Ông yêu cầu Bệnh viện bố trí đủ giường bệnh; giao Trạm tăng cường giám sát tại cộng đồng.");
        let assignees: Vec<Option<&str>> = got.iter().map(|d| d.0.as_deref()).collect();
        assert_eq!(assignees, [Some("Trung tâm"), Some("Bệnh viện"), Some("Trạm")], "{got:?}");
        // A part that asks anew keeps no unit from the part before when it names none itself.
        let got = view("Ông Hưng yêu cầu Bệnh viện bố trí đủ giường bệnh; giao rà soát lại hồ sơ trước ngày 5/12/2021.");
        assert_eq!(got.get(1).map(|d| d.0.as_deref()), Some(None), "{got:?}");
    }

    #[test]
    fn a_request_may_name_its_unit_by_its_kind_alone() {
        let body = "Bà Hoa đề nghị Bệnh viện tiếp tục nâng cao chất lượng khám bệnh. Ông Tâm đề nghị trạm y tế xã phối hợp rà soát đối tượng.";
        let got: Vec<Option<String>> = find(body, &ctx()).into_iter().map(|d| d.assignee).collect();
        assert_eq!(got, [Some("Bệnh viện".to_string()), Some("trạm y tế xã".to_string())]);
        // The kind opening a longer name, or with no act after it, is no unit of its own.
        assert_eq!(asked_unit("Bệnh viện Đa khoa tỉnh tiếp nhận").as_deref(), Some("Bệnh viện Đa khoa tỉnh"));
        assert_eq!(asked_unit("bệnh viện có 40 giường"), None);
    }

    #[test]
    fn a_request_joined_by_and_is_a_second_task_with_its_own_unit() {
        let got = view("Bệnh viện đề nghị Trung tâm Y tế huyện phối hợp điều tra nguồn gốc thực phẩm và giao các trạm y tế xã theo dõi sức khỏe người dân.");
        let assignees: Vec<Option<&str>> = got.iter().map(|d| d.0.as_deref()).collect();
        assert_eq!(assignees, [Some("Trung tâm Y tế huyện"), Some("các trạm y tế xã")], "{got:?}");
        // It reads from its unit, as the first part does.
        assert_eq!(got[1].2, "các trạm y tế xã theo dõi sức khỏe người dân", "{got:?}");
    }

    #[test]
    fn a_list_item_joined_by_and_a_request_is_two_tasks() {
        let got = view("Phó Chủ tịch kết luận như sau:\n\n1. UBND các xã phối hợp rà soát đối tượng tiêm chủng và giao trạm y tế xã báo cáo kết quả trước ngày 25/12/2021.\n\n2. Phòng Y tế tổng hợp tình hình.");
        let assignees: Vec<Option<&str>> = got.iter().map(|d| d.0.as_deref()).collect();
        assert_eq!(assignees, [Some("UBND các xã"), Some("trạm y tế xã"), Some("Phòng Y tế")], "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("2021-12-25"), "{got:?}");
    }

    #[test]
    fn two_months_joined_are_due_at_the_later() {
        let got = view("Giám đốc đề nghị Trung tâm Kiểm soát bệnh tật tăng cường giám sát dịch bệnh trong tháng 12/2026 và tháng 01/2027 và giao các trạm y tế rà soát đối tượng trước ngày 20/01/2027.");
        let due: Vec<(Option<&str>, Option<&str>)> = got.iter().map(|d| (d.0.as_deref(), d.1.as_deref())).collect();
        assert_eq!(due, [(Some("Trung tâm Kiểm soát bệnh tật"), Some("2027-01-31")), (Some("các trạm y tế"), Some("2027-01-20"))], "{got:?}");
        assert_eq!(deadline("hoàn thành trong tháng 11 và tháng 12/2026", &ctx()).as_deref(), Some("2026-12-31"));
    }

    #[test]
    fn a_heading_with_one_task_after_its_colon() {
        let got = view("Nhiệm vụ tháng 01/2027: tiếp tục đẩy mạnh công tác tiêm chủng mở rộng trên địa bàn.");
        assert_eq!(got, [(None, None, "tiếp tục đẩy mạnh công tác tiêm chủng mở rộng trên địa bàn".to_string())]);
        let got = view("Nhiệm vụ quý IV/2026: các đơn vị tiếp tục triển khai kế hoạch phòng chống dịch.");
        assert_eq!(got.first().and_then(|d| d.0.as_deref()), Some("các đơn vị"), "{got:?}");
        // One clause after "cụ thể:" is an account as often as a task.
        assert!(view("Kết quả cụ thể: tiếp tục duy trì 12 điểm tiêm.").is_empty());
    }

    #[test]
    fn a_later_part_may_name_its_own_unit_in_small_letters() {
        let got = view("Đề nghị UBND các xã tổ chức diệt lăng quăng; trạm y tế các xã tăng cường giám sát ca bệnh; báo cáo hằng tuần.");
        let assignees: Vec<Option<&str>> = got.iter().map(|d| d.0.as_deref()).collect();
        assert_eq!(assignees, [Some("UBND các xã"), Some("trạm y tế các xã"), Some("trạm y tế các xã")], "{got:?}");
        let got = view("Yêu cầu các trạm y tế giám sát ca bệnh; khoa Dược - Vật tư hoàn thành dự trù thuốc trước ngày 15/3/2021; bệnh viện quá tải.");
        let assignees: Vec<Option<&str>> = got.iter().map(|d| d.0.as_deref()).collect();
        assert_eq!(assignees[1], Some("khoa Dược - Vật tư"), "{got:?}");
        assert_eq!(assignees[2], Some("khoa Dược - Vật tư"), "a unit with nothing asked of it names no assignee: {got:?}");
    }

    #[test]
    fn an_hour_before_the_day_is_no_part_of_the_deadline() {
        assert_eq!(deadline("báo cáo trước 16.30 ngày 10/12/2026.", &ctx()).as_deref(), Some("2026-12-10"));
        assert_eq!(deadline("tham mưu văn bản trước 8.11 ngày 5/12/2026.", &ctx()).as_deref(), Some("2026-12-05"));
        assert_eq!(deadline("gửi hồ sơ trước 9h30, ngày 20 tháng 12 năm 2026.", &ctx()).as_deref(), Some("2026-12-20"));
        assert_eq!(deadline("trực tuyến đến 17 giờ 30 phút ngày 31/12/2026.", &ctx()).as_deref(), Some("2026-12-31"));
        // A day that is none ("31/11") leaves the next one as the deadline.
        assert_eq!(deadline("nộp trước ngày 31/11, chậm nhất 05/12/2026.", &ctx()).as_deref(), Some("2026-12-05"));
    }

    #[test]
    fn a_letters_closing_request_after_its_list_sets_no_task() {
        let body = "Sở Y tế đề nghị các đơn vị:\n\n1. Tăng cường giám sát ca bệnh tại trường học.\n\n2. Trung tâm Y tế các huyện báo cáo trước ngày 20/12/2026.\n\nĐề nghị các đơn vị khẩn trương triển khai thực hiện./.";
        let got = view(body);
        assert_eq!(got.len(), 2, "{got:?}");
        // A paragraph of its own after the list that asks for more is still a task.
        let body = "Sở Y tế đề nghị các đơn vị:\n\n1. Tăng cường giám sát ca bệnh.\n\nĐề nghị các đơn vị tổ chức tập huấn cho cán bộ y tế xã.";
        assert_eq!(view(body).len(), 2);
    }

    #[test]
    fn each_task_is_placed_in_the_paragraph_it_was_read_from() {
        let body = "Trong tháng, Trung tâm đã thực hiện: Tổ chức tiêm chủng cho 1.200 trẻ.\n\nGiám đốc kết luận như sau:\n\n1. Tổ chức tiêm chủng cho 1.200 trẻ.";
        let (tasks, paragraphs) = find_located(body, &ctx(), false);
        assert_eq!(tasks.len(), 1);
        assert_eq!(&body[paragraphs[0].clone()], "1. Tổ chức tiêm chủng cho 1.200 trẻ.");
    }

    #[test]
    fn a_request_for_trouble_only_sets_no_task() {
        let got = view("Trong quá trình triển khai, nếu có khó khăn, vướng mắc, đề nghị các đơn vị báo cáo về Sở Y tế để được hướng dẫn./.");
        assert!(got.is_empty(), "{got:?}");
        // With a deadline the report is due all the same.
        let got = view("Nếu có vướng mắc, đề nghị các đơn vị báo cáo về Sở Y tế trước ngày 15/12/2026.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_due_lines_bare_period_is_its_tasks_deadline() {
        let body = "II. NHIỆM VỤ\n\n1. Truyền thông\n\n- Phối hợp với Đài Truyền thanh phát thông điệp phòng bệnh.\n\n- Thời gian thực hiện: tháng 12/2026 đến tháng 02/2027.\n\n2. Tập huấn\n\n- Tổ chức tập huấn cho nhân viên y tế thôn bản.\n\n- Thời gian: Quý I/2027.\n\n3. Kiểm tra\n\n- Kiểm tra các trạm y tế.\n\n- Thời gian: 20/01/2027.\n\n4. Giám sát\n\n- Giám sát ca bệnh tại cộng đồng.\n\n- Thời gian: thường xuyên.";
        let got: Vec<Option<String>> = find(body, &ctx()).into_iter().map(|d| d.deadline).collect();
        assert_eq!(got, [Some("2027-02-28"), Some("2027-03-31"), Some("2027-01-20"), None].map(|d| d.map(str::to_string)));
    }

    #[test]
    fn a_plans_part_on_its_activities_sets_its_tasks_and_only_a_plans() {
        let body = "II. NỘI DUNG HOẠT ĐỘNG\n\n1. Khoa Kiểm soát bệnh tật tổ chức tập huấn cho trạm y tế xã, hoàn thành trước ngày 30/4/2026.\n\n\
2. Các Trạm Y tế xã tăng cường truyền thông phòng bệnh tại trường mầm non.\n\nIII. KINH PHÍ\n\nTừ nguồn ngân sách sự nghiệp y tế năm 2026.";
        let got: Vec<_> = find_located(body, &ctx(), true).0.into_iter().map(|d| (d.assignee, d.deadline)).collect();
        let want = [(Some("Khoa Kiểm soát bệnh tật"), Some("2026-04-30")), (Some("Các Trạm Y tế xã"), None)];
        assert_eq!(got, want.map(|(a, d)| (a.map(str::to_string), d.map(str::to_string))));
        assert!(find(body, &ctx()).is_empty());
    }

    #[test]
    fn a_reports_plan_for_the_next_week_sets_tasks_and_its_work_done_none() {
        let body = "II. CÔNG TÁC PHÒNG CHỐNG DỊCH\n\n- Các Trung tâm Y tế huyện đã giám sát, xử lý ổ dịch kịp thời.\n\n\
III. KẾ HOẠCH TUẦN TỚI\n\n- Các Trung tâm Y tế huyện tiếp tục giám sát chặt chẽ ca bệnh, báo cáo về Trung tâm trước 10 giờ thứ Sáu hằng tuần.\n\n\
- Khoa Phòng chống bệnh truyền nhiễm chuẩn bị đủ hóa chất cho các đợt phun.";
        let got = view(body);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0.as_deref(), Some("Các Trung tâm Y tế huyện"));
        // A day of each week is no one day to fall due.
        assert_eq!(got[0].1, None);
        assert_eq!(got[1].0.as_deref(), Some("Khoa Phòng chống bệnh truyền nhiễm"));
        // A plan's own section on its plan is no task section.
        assert!(view("II. KẾ HOẠCH KINH PHÍ\n\n- Ngân sách tỉnh cấp 120 triệu đồng.").is_empty());
    }

    fn view(body: &str) -> Vec<(Option<String>, Option<String>, String)> {
        find(body, &ctx()).into_iter().map(|d| (d.assignee, d.deadline, d.text)).collect()
    }

    #[test]
    fn an_articles_heading_without_a_colon_and_a_reports_way_forward_lead_tasks() {
        let body = "Điều 2. Nhiệm vụ của Tổ kiểm tra\n\n1. Kiểm tra các cơ sở kinh doanh thực phẩm trên địa bàn.\n\n2. Tổng hợp, báo cáo kết quả trước ngày 20/12/2021.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.";
        let got = view(body);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|d| d.0.as_deref() == Some("Tổ kiểm tra")), "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("2021-12-20"));
        let body = "III. PHƯƠNG HƯỚNG THÁNG 12/2021\n\n1. Khoa Dược rà soát cơ số thuốc, hoàn thành trước ngày 15/12/2021.\n\n2. Các trạm y tế tiếp tục giám sát ca bệnh.";
        let got = view(body);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0.as_deref(), Some("Khoa Dược"));
    }

    #[test]
    fn a_request_after_an_assigning_word_is_read_past_that_word() {
        // The unit follows "Đề nghị ": its end is past the word, not at the unit's length
        // (which fell inside "nghị" and panicked).
        let body = "4. Khoa Nhi hoàn thành sửa chữa, đưa cơ sở vào hoạt động trong tháng 12/2021.\n\nIII. KIẾN NGHỊ\n\nĐề nghị Sở Y tế bổ sung 02 bác sĩ chuyên khoa Nhi cho Trung tâm.";
        let got = view(body);
        assert_eq!(got.last().map(|d| d.0.as_deref()), Some(Some("Sở Y tế")), "{got:?}");
        assert_eq!(unit_then_acts("Đề nghị Sở Y tế bố trí thuốc").as_deref(), Some("Sở Y tế"));
    }

    #[test]
    fn a_decision_lists_members_then_the_duties_of_the_body() {
        let body = "Điều 1. Thành lập Tổ phản ứng nhanh gồm 03 thành viên, cụ thể:\n\n1. BS. Lâm Văn Tú, Trưởng khoa Nhi - Tổ trưởng;\n\n2. ĐD. Hồ Thị Lan, Điều dưỡng trưởng - Thành viên.\n\nĐiều 2. Nhiệm vụ của Tổ phản ứng nhanh:\n\n1. Có mặt tại nơi có dịch trong vòng 24 giờ.\n\n2. Tổng kết hoạt động, hoàn thành trong tháng 12/2021.";
        let got = view(body);
        let unit = Some("Tổ phản ứng nhanh".to_string());
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!((&got[0].0, &got[0].1), (&unit, &None));
        assert_eq!((&got[1].0, got[1].1.as_deref()), (&unit, Some("2021-12-31")));
    }

    #[test]
    fn a_conclusion_after_the_members_opinions_lists_tasks_and_a_members_lead_none() {
        let body = "Sau khi nghe báo cáo của Trung tâm Y tế huyện và ý kiến của các thành viên dự họp, đồng chí Phó Chủ tịch UBND huyện kết luận như sau:\n\n1. Trung tâm Y tế huyện chủ trì tổ chức chiến dịch diệt bọ gậy, hoàn thành trước ngày 30/4/2021.\n\n2. UBND các xã bố trí kinh phí phun hóa chất, báo cáo trước ngày 15/5/2021.";
        let got = view(body);
        let want = [(Some("Trung tâm Y tế huyện"), Some("2021-04-30")), (Some("UBND các xã"), Some("2021-05-15"))];
        assert_eq!(got.iter().map(|d| (d.0.as_deref(), d.1.as_deref())).collect::<Vec<_>>(), want, "{got:?}");
        assert!(!leads_members(&lowercase("Sau khi nghe ý kiến của các thành viên, Giám đốc Sở kết luận và chỉ đạo:")));
        assert!(leads_members(&lowercase("Kiện toàn Ban Chỉ đạo phòng, chống dịch huyện gồm các thành viên sau:")));
        assert!(leads_members(&lowercase("Thành lập Tổ kiểm tra liên ngành, thành phần gồm:")));
    }

    #[test]
    fn a_plans_list_of_what_it_will_do_is_tasks() {
        let body = "Trung tâm Y tế huyện xây dựng kế hoạch giám sát quý IV năm 2021 với các nội dung sau:\n\n1. Khoa Kiểm soát bệnh tật:\n\n+ Lập danh sách người bệnh đang điều trị, hoàn thành trước 15/10/2021;\n\n+ Tư vấn cho người có nguy cơ cao.";
        let got = view(body);
        let unit = Some("Khoa Kiểm soát bệnh tật");
        assert_eq!(got.iter().map(|d| (d.0.as_deref(), d.1.as_deref())).collect::<Vec<_>>(), [(unit, Some("2021-10-15")), (unit, None)], "{got:?}");
    }

    #[test]
    fn a_bare_conclusion_lead_lists_tasks_for_the_units_each_item_addresses() {
        let body = "Sau khi nghe các đơn vị báo cáo, Giám đốc Sở Y tế kết luận:\n\n1. Đối với Bệnh viện Đa khoa tỉnh: hoàn thiện đề án mở rộng khoa Cấp cứu, trình Sở trước ngày 15/10/2021.\n\n2. Văn phòng Sở: tổng hợp tình hình, báo cáo Giám đốc Sở trước ngày 31/10/2021.";
        let got = view(body);
        let want = [(Some("Bệnh viện Đa khoa tỉnh"), Some("2021-10-15")), (Some("Văn phòng Sở"), Some("2021-10-31"))];
        assert_eq!(got.iter().map(|d| (d.0.as_deref(), d.1.as_deref())).collect::<Vec<_>>(), want, "{got:?}");
        let got = view("Chủ tịch UBND huyện chỉ đạo như sau:\n\n1. Yêu cầu Chủ tịch UBND các xã: rà soát trẻ chưa tiêm, báo cáo trước ngày 15/7/2021.");
        assert_eq!(got.iter().map(|d| d.0.as_deref()).collect::<Vec<_>>(), [Some("Chủ tịch UBND các xã")], "{got:?}");
        // A heading of findings is no lead.
        assert!(view("IV. Kết luận:\n\n1. Đơn vị đã hoàn thành kế hoạch trước ngày 15/10/2021.").is_empty());
    }

    #[test]
    fn a_numbered_lead_in_a_list_hands_its_unit_to_the_lettered_items() {
        let body = "Chủ tịch UBND tỉnh chỉ thị:\n\n1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính:\n\na) Mua bổ sung vắc xin, hoàn thành trước ngày 10/12/2021.\n\nb) Bố trí kinh phí cho các trạm.\n\n2. Để bảo đảm thuốc, Phó Chủ tịch UBND tỉnh yêu cầu:\n\na) Các đơn vị trực thuộc rà soát cơ số thuốc.";
        let got = view(body);
        let who: Vec<Option<&str>> = got.iter().map(|d| d.0.as_deref()).collect();
        assert_eq!(who, [Some("Sở Y tế"), Some("Sở Y tế"), Some("Các đơn vị trực thuộc")], "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("2021-12-10"));
    }

    #[test]
    fn units_named_in_the_plural_and_a_joined_sentence() {
        let got = view("Giám đốc yêu cầu Trung tâm Kiểm soát bệnh tật tỉnh giám sát ổ dịch; các trường mầm non trên địa bàn thực hiện khử khuẩn lớp học. Đồng thời, các khoa, phòng khẩn trương rà soát chỉ tiêu chuyên môn.");
        let who: Vec<Option<&str>> = got.iter().map(|d| d.0.as_deref()).collect();
        assert_eq!(who, [Some("Trung tâm Kiểm soát bệnh tật tỉnh"), Some("các trường mầm non trên địa bàn"), Some("các khoa, phòng")], "{got:?}");
        let got = view("Đề nghị các trạm y tế xã báo cáo trước ngày 10/12/2021.");
        assert_eq!(got[0].0.as_deref(), Some("các trạm y tế xã"));
    }

    #[test]
    fn recommendations_numbered_in_other_ways_and_unnumbered_tasks_after_a_lead() {
        for body in [
            "Khuyến nghị:\n\n1. Các trạm y tế tăng cường giám sát ca bệnh.\n\n2. Người dân chủ động diệt lăng quăng.",
            "III. Kiến nghị\n\n(1) Các trạm y tế tăng cường giám sát ca bệnh.\n\n(2) Người dân chủ động diệt lăng quăng.",
            "Đề xuất, kiến nghị:\n\n1/ Các trạm y tế tăng cường giám sát ca bệnh.\n\n2/ Người dân chủ động diệt lăng quăng.",
        ] {
            let got = view(body);
            assert_eq!(got.len(), 2, "{body}: {got:?}");
            assert_eq!(got[0].0.as_deref(), Some("Các trạm y tế"), "{body}");
        }
        let got = view("Giám đốc ghi nhận sự nỗ lực của tập thể, đồng thời yêu cầu:\n\nPhòng Kế hoạch tổng hợp rà soát hồ sơ, hoàn thành trước ngày 10/12/2021.\n\nKhoa Dược chuẩn bị đủ thuốc.\n\nBuổi giao ban kết thúc lúc 11 giờ.");
        let who: Vec<Option<&str>> = got.iter().map(|d| d.0.as_deref()).collect();
        assert_eq!(who, [Some("Phòng Kế hoạch tổng hợp"), Some("Khoa Dược")], "{got:?}");
    }

    #[test]
    fn a_unit_named_with_the_communes_listed_after_it() {
        let got = view("Đề nghị UBND phường Tây Sơn, phường Bắc Hà và xã Diên Lạc khẩn trương xử lý ổ dịch trước ngày 10/12/2021.");
        assert_eq!(got[0].0.as_deref(), Some("UBND phường Tây Sơn, phường Bắc Hà và xã Diên Lạc"), "{got:?}");
    }

    #[test]
    fn a_second_task_after_also() {
        let got = view("Giám đốc Sở yêu cầu các bệnh viện bổ sung 120 giường trước ngày 15/12/2021, đồng thời chỉ đạo các trạm y tế xã rà soát người bệnh.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("2021-12-15"));
        assert!(got[1].2.starts_with("các trạm y tế xã rà soát"), "{got:?}");
        assert_eq!(got[1].0.as_deref(), Some("các trạm y tế xã"), "{got:?}");
        // "đồng thời" inside a task that goes on with no unit nor verb of its own stays one.
        assert_eq!(view("Đề nghị các đơn vị tiêm vét, đồng thời bảo đảm an toàn tiêm chủng trước ngày 15/12/2021.").len(), 1);
    }

    #[test]
    fn a_part_that_directs_a_unit_of_its_own_is_that_units() {
        let got = view("Ông Giám đốc Sở cho biết Sở yêu cầu các bệnh viện tuyến huyện điều trị tại chỗ ca bệnh nhẹ, đồng thời chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh phun hóa chất tại các ổ dịch trong tuần này.");
        let who: Vec<Option<&str>> = got.iter().map(|d| d.0.as_deref()).collect();
        assert_eq!(who, [Some("các bệnh viện tuyến huyện"), Some("Trung tâm Kiểm soát bệnh tật tỉnh")], "{got:?}");
        assert_eq!(got[1].2, "Trung tâm Kiểm soát bệnh tật tỉnh phun hóa chất tại các ổ dịch trong tuần này");
        // "; đồng thời yêu cầu …" reads from the unit too, as the first part does.
        let got = view("Ông Giám đốc yêu cầu Sở Y tế điều tra nguyên nhân trước ngày 25/9/2021; đồng thời yêu cầu Sở Tài chính cân đối kinh phí.");
        assert_eq!(got[1].2, "Sở Tài chính cân đối kinh phí", "{got:?}");
    }

    #[test]
    fn a_units_clause_after_a_meetings_conclusion_is_its_task() {
        let got = view("Hội nghị đề ra mục tiêu năm 2022 duy trì tỷ lệ tiêm chủng đầy đủ trên 95%; các Trạm Y tế xã rà soát đối tượng, tiêm bù cho trẻ trước ngày 31/3/2022.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0.as_deref(), Some("các Trạm Y tế xã"));
        assert_eq!(got[0].1.as_deref(), Some("2022-03-31"));
        assert_eq!(view("Hội nghị kết luận: Trung tâm Y tế huyện hoàn thành kế hoạch trước ngày 15/12/2021.")[0].0.as_deref(), Some("Trung tâm Y tế huyện"));
        // Updating and compiling figures by a day are tasks too.
        let got = view("Hội nghị kết luận: các trạm y tế xã cập nhật số liệu tiêm chủng lên hệ thống trước ngày 20/12/2021; Khoa Dược tổng hợp nhu cầu thuốc trước ngày 25/12/2021.");
        assert_eq!(got.iter().map(|g| g.0.as_deref()).collect::<Vec<_>>(), [Some("các trạm y tế xã"), Some("Khoa Dược")], "{got:?}");
        // What a unit did, a clause without a deadline, or a conclusion told as past: none.
        for body in [
            "Hội nghị thống nhất đánh giá; các Trạm Y tế xã đã rà soát đối tượng trước ngày 31/3/2021.",
            "Hội nghị thống nhất mục tiêu; các Trạm Y tế xã rà soát đối tượng.",
            "Hội nghị đã thống nhất mục tiêu; các Trạm Y tế xã rà soát đối tượng trước ngày 31/3/2022.",
        ] {
            assert!(view(body).is_empty(), "{body}");
        }
    }

    #[test]
    fn a_part_that_only_says_when_belongs_to_the_task_before() {
        let got = view("Giao Sở Y tế chủ trì lựa chọn nhà thầu cung ứng vắc xin; hoàn thành trong quý I/2022.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("2022-03-31"));
        // A part with a task of its own stays a task.
        assert_eq!(view("Giao Sở Y tế theo dõi việc thực hiện; tổng hợp, báo cáo kết quả trước ngày 20/12/2021.").len(), 2);
    }

    #[test]
    fn results_sections_set_no_tasks_and_headings_may_list_units() {
        let body = "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 9/2026\n\n1. Công tác khám bệnh, chữa bệnh\n\nTrong tháng, Trung tâm đã khám cho 9.210 lượt người.\n\nII. NHIỆM VỤ TRỌNG TÂM THÁNG 10/2026\n\n1. Bệnh viện Đa khoa tỉnh, Bệnh viện Phổi tỉnh\n\n- Chuẩn bị giường bệnh, sẵn sàng thu dung người bệnh.\n\n2. Các Trung tâm Y tế khu vực\n\n- Tổ chức chiến dịch diệt lăng quăng, hoàn thành trước ngày 20/10/2026.";
        let got: Vec<(Option<String>, String)> = find(body, &ctx()).into_iter().map(|d| (d.assignee, d.text)).collect();
        let want = [
            ("Bệnh viện Đa khoa tỉnh, Bệnh viện Phổi tỉnh", "Chuẩn bị giường bệnh, sẵn sàng thu dung người bệnh."),
            ("Các Trung tâm Y tế khu vực", "Tổ chức chiến dịch diệt lăng quăng, hoàn thành trước ngày 20/10/2026."),
        ];
        assert_eq!(got, want.map(|(a, t)| (Some(a.to_string()), t.to_string())));
    }

    #[test]
    fn a_unit_heading_over_a_plain_paragraph_sets_it_that_task() {
        let body = "III. TỔ CHỨC THỰC HIỆN\n\n1. Khoa Kiểm soát bệnh tật - HIV/AIDS\n\n- Lập kế hoạch chi tiết trước ngày 10/10/2021.\n\n\
2. Khoa Dược - Trang thiết bị - Vật tư y tế\n\nCấp phát vắc xin cho các trạm trước ngày 14/10/2021.\n\n\
Trên đây là kế hoạch của Trung tâm, đề nghị các khoa nghiêm túc triển khai thực hiện.";
        let d = find(body, &ctx());
        let got: Vec<(Option<&str>, Option<&str>)> = d.iter().map(|x| (x.assignee.as_deref(), x.deadline.as_deref())).collect();
        assert_eq!(
            got,
            [(Some("Khoa Kiểm soát bệnh tật - HIV/AIDS"), Some("2021-10-10")), (Some("Khoa Dược - Trang thiết bị - Vật tư y tế"), Some("2021-10-14"))]
        );
    }

    #[test]
    fn a_unit_heading_may_open_with_an_assigning_word() {
        // The unit's span, not its length, once past "Đề nghị ": no cut inside a letter.
        let body = "III. NHIỆM VỤ CỦA CÁC ĐƠN VỊ\n\n1. Trung tâm Y tế huyện\n\n- Lập danh sách trẻ trước ngày 10/01/2021.\n\n\
2. Đề nghị Sở Giáo dục và Đào tạo\n\nChỉ đạo các trường học phối hợp tổ chức tiêm chủng.";
        let got: Vec<Option<String>> = find(body, &ctx()).into_iter().map(|d| d.assignee).collect();
        assert_eq!(got, [Some("Trung tâm Y tế huyện".to_string()), Some("Sở Giáo dục và Đào tạo".to_string())]);
    }

    #[test]
    fn a_line_that_says_when_is_the_due_day_of_the_task_before() {
        let body = "III. TỔ CHỨC THỰC HIỆN\n\n1. Khoa Dinh dưỡng\n\n- Xây dựng tài liệu tập huấn.\n\n- Thời gian hoàn thành: trước ngày 15/02/2021.\n\n\
2. Phòng Tổ chức - Hành chính\n\n- Lập dự toán kinh phí.\n\n- Thời hạn: 20/01/2021.\n\n- Thời gian: thường xuyên.";
        let d = find(body, &ctx());
        let got: Vec<(Option<&str>, Option<&str>)> = d.iter().map(|x| (x.assignee.as_deref(), x.deadline.as_deref())).collect();
        assert_eq!(got, [(Some("Khoa Dinh dưỡng"), Some("2021-02-15")), (Some("Phòng Tổ chức - Hành chính"), Some("2021-01-20"))]);
        assert_eq!(d[1].text, "Lập dự toán kinh phí. Thời hạn: 20/01/2021.");
    }

    #[test]
    fn a_unit_heading_may_name_its_districts_after_the_unit() {
        let body = "III. TỔ CHỨC THỰC HIỆN\n\n1. Các Trung tâm Y tế huyện, thành phố\n\n- Rà soát đối tượng tiêm chủng.";
        let got: Vec<Option<String>> = find(body, &ctx()).into_iter().map(|d| d.assignee).collect();
        assert_eq!(got, [Some("Các Trung tâm Y tế huyện, thành phố".to_string())]);
    }

    #[test]
    fn a_point_about_a_topic_is_no_task_and_names_no_unit() {
        let body = "Chủ tịch UBND huyện kết luận như sau:\n\n1. Về công tác phòng, chống dịch bệnh\n\n\
Giao Trung tâm Y tế huyện tăng cường giám sát, hoàn thành trước ngày 31/12/2021.\n\n2. Về công tác an toàn thực phẩm:\n\n\
- Giao Phòng Y tế huyện kiểm tra các bếp ăn tập thể.\n\n3. Về công tác tiêm chủng: giao Trung tâm Y tế huyện tổ chức tiêm bù trong tháng 12/2021.";
        let d = find(body, &ctx());
        let got: Vec<(Option<&str>, Option<&str>)> = d.iter().map(|x| (x.assignee.as_deref(), x.deadline.as_deref())).collect();
        let want = [(Some("Trung tâm Y tế huyện"), Some("2021-12-31")), (Some("Phòng Y tế huyện"), None), (Some("Trung tâm Y tế huyện"), Some("2021-12-31"))];
        assert_eq!(got, want);
    }

    #[test]
    fn the_closing_formula_of_a_notice_is_no_task() {
        for body in ["Đề nghị các đơn vị khẩn trương triển khai thực hiện./.", "Yêu cầu các trạm y tế nghiêm túc thực hiện nội dung trên."] {
            assert_eq!(find(body, &ctx()), [], "{body}");
        }
        let task = find("Đề nghị các đơn vị khẩn trương triển khai tiêm vét cho trẻ.", &ctx());
        assert_eq!(task.len(), 1, "a formula with a task of its own is a task");
        let due = find("Đề nghị các đơn vị triển khai thực hiện trước ngày 15/12/2021.", &ctx());
        assert_eq!(due.len(), 1, "a deadline makes it a task");
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
        assert_eq!(d[0].assignee.as_deref(), Some("các đơn vị"), "the lead's addressee");
        assert_eq!(d[1].assignee.as_deref(), Some("Phòng Y tế"));
        assert_eq!(d[1].deadline.as_deref(), Some("2022-01-10"));
        assert_eq!(d[2].deadline.as_deref(), Some("2022-02-20"));
        assert_eq!(d[3].deadline, None);
    }

    #[test]
    fn an_item_that_opens_with_a_unit_is_set_to_it_unless_a_heading_names_one() {
        let body = "Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:\n\n\
1. Trung tâm Kiểm soát bệnh tật tỉnh chỉ đạo giám sát bệnh truyền nhiễm, xong trước ngày 12/10/2021.\n\n\
2. Tăng cường truyền thông.\n\n\
3. Phòng Y tế:\n\n\
- Bệnh viện huyện phối hợp rà soát.\n\n\
- Phòng Nghiệp vụ Y tổng hợp báo cáo.";
        let d = find(body, &ctx());
        let units: Vec<Option<&str>> = d.iter().map(|x| x.assignee.as_deref()).collect();
        assert_eq!(units, [Some("Trung tâm Kiểm soát bệnh tật tỉnh"), Some("các đơn vị"), Some("Phòng Y tế"), Some("Phòng Y tế")]);
        assert_eq!(d[0].deadline.as_deref(), Some("2021-10-12"));
    }

    #[test]
    fn a_conclusion_sets_tasks_to_the_units_it_names_and_reports_are_no_tasks() {
        let body = "Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n\
1. Từ đầu năm đến nay, trên địa bàn tỉnh xảy ra 2 vụ ngộ độc với 41 người mắc; đã kiểm tra 960 cơ sở.\n\n\
2. Giao Sở Y tế chủ trì tăng cường kiểm tra bếp ăn tập thể, báo cáo trước ngày 10/12/2021.\n\n\
3. UBND các huyện, thị xã và thành phố chỉ đạo cấp xã kiểm tra thức ăn đường phố.\n\n\
4. Từ đầu năm học, các trường tiếp tục lưu mẫu thức ăn.\n\n\
5. Năm 2020, Trung tâm Y tế huyện đã khám cho 5.120 lượt người, đạt 96% kế hoạch.";
        let d = find(body, &ctx());
        let got: Vec<(Option<&str>, Option<&str>)> = d.iter().map(|x| (x.assignee.as_deref(), x.deadline.as_deref())).collect();
        assert_eq!(got, [(Some("Sở Y tế"), Some("2021-12-10")), (Some("UBND các huyện, thị xã và thành phố"), None), (None, None)]);
        assert_eq!(item_assignee("các trạm y tế báo cáo hằng tuần").as_deref(), Some("các trạm y tế"));
        assert_eq!(item_assignee("Các xã, phường rà soát").as_deref(), Some("Các xã, phường"));
        assert_eq!(item_assignee("các em học sinh"), None);
        assert_eq!(item_assignee("Giao trạm y tế xã chủ trì rà soát").as_deref(), Some("trạm y tế xã"));
        assert_eq!(item_assignee("Đề nghị công an xã phối hợp").as_deref(), Some("công an xã"));
        assert_eq!(item_assignee("Yêu cầu bệnh viện, Trung tâm Y tế khu vực:").as_deref(), Some("bệnh viện, Trung tâm Y tế khu vực"));
        // Without a request's word, small letters name no unit: "bệnh viện đã tiếp nhận".
        assert_eq!(item_assignee("bệnh viện tiếp nhận 12 ca"), None);
        assert_eq!(item_assignee("giao ban tháng 11"), None);
        assert_eq!(item_assignee("Đề nghị Trung tâm Y tế huyện rà soát").as_deref(), Some("Trung tâm Y tế huyện"));
    }

    #[test]
    fn a_plan_sets_its_tasks_under_its_units() {
        let body = "UBND huyện ban hành Kế hoạch với các nội dung sau:\n\n\
I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nPhấn đấu trên 95% trẻ được tiêm.\n\n\
II. TỔ CHỨC THỰC HIỆN\n\n1. Trung tâm Y tế huyện\n\n\
- Chủ trì triển khai chiến dịch; hoàn thành trước ngày 30/11/2021.\n\n\
2. UBND các xã, thị trấn\n\n- Bố trí địa điểm tiêm.\n\n\
3. Tăng cường truyền thông.\n\nTrên đây là Kế hoạch.";
        let d = find(body, &ctx());
        let got: Vec<(&str, Option<&str>, Option<&str>)> = d.iter().map(|x| (x.text.as_str(), x.assignee.as_deref(), x.deadline.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("Chủ trì triển khai chiến dịch; hoàn thành trước ngày 30/11/2021.", Some("Trung tâm Y tế huyện"), Some("2021-11-30")),
                ("Bố trí địa điểm tiêm.", Some("UBND các xã, thị trấn"), None),
                ("Tăng cường truyền thông.", None, None),
            ]
        );
    }

    #[test]
    fn deadlines_in_words_months_and_quarters() {
        let c = ctx();
        assert_eq!(deadline("xong trước ngày 15 tháng 4 năm 2022", &c).as_deref(), Some("2022-04-15"));
        assert_eq!(deadline("kiểm tra trong tháng 9", &c).as_deref(), Some("2021-09-30"));
        assert_eq!(deadline("hoàn thành trong tháng 2/2024", &c).as_deref(), Some("2024-02-29"));
        assert_eq!(deadline("hoàn thành trong quý II/2025", &c).as_deref(), Some("2025-06-30"));
        assert_eq!(deadline("báo cáo trước 16 giờ thứ Sáu", &c), None);
        assert_eq!(deadline("hoàn thành chỉ tiêu trong năm 2025", &c).as_deref(), Some("2025-12-31"));
        assert_eq!(deadline("xây dựng xong trước năm 2026", &c).as_deref(), Some("2025-12-31"));
        assert_eq!(deadline("kết quả năm 2025", &c), None);
        // A day in words after a deadline's word, without "ngày"; after "đến" only with it.
        assert_eq!(deadline("hoàn thành chiến dịch trước 15 tháng 11 năm 2025", &c).as_deref(), Some("2025-11-15"));
        assert_eq!(deadline("gửi về Sở chậm nhất 05 tháng 12", &c).as_deref(), Some("2021-12-05"));
        assert_eq!(deadline("trẻ từ 9 tháng đến 5 tháng 6 năm 2025", &c), None);
        assert_eq!(deadline("gửi báo cáo không muộn hơn ngày 25/8/2025", &c).as_deref(), Some("2025-08-25"));
        assert_eq!(deadline("nộp hồ sơ muộn nhất 17 giờ ngày 5 tháng 9 năm 2025", &c).as_deref(), Some("2025-09-05"));
    }

    #[test]
    fn a_unit_that_must_finish_or_report_after_a_request_has_that_task() {
        let body = "Giám đốc Sở đề nghị các đơn vị đẩy mạnh chuyển đổi số, hoàn thành trong năm 2021.\n\nCác đơn vị cần hoàn thành việc tự kiểm tra chất lượng bệnh viện trước ngày 10/12/2021.";
        let got = view(body);
        assert_eq!(got.iter().map(|d| (d.0.as_deref(), d.1.as_deref())).collect::<Vec<_>>(), [(Some("các đơn vị"), Some("2021-12-31")), (Some("Các đơn vị"), Some("2021-12-10"))], "{got:?}");
        assert!(acts_next(" phải báo cáo kết quả về Sở"));
        // Without "cần" or "phải", "báo cáo" may tell what was done.
        assert!(!acts_next(" báo cáo kết quả về Sở"));
    }

    #[test]
    fn requests_in_running_text_and_inline_headings() {
        let body = "Ông Kha Văn Lợi yêu cầu Trung tâm Y tế huyện hoàn thành điều tra trước ngày 20/6; các trạm y tế báo cáo hằng tuần.\n\n\
UBND huyện yêu cầu thực hiện một số nhiệm vụ sau:\n\n\
1. UBND các xã, thị trấn: phối hợp rà soát trẻ chưa tiêm.";
        let d = find(body, &ctx());
        assert_eq!(d.len(), 3, "{d:?}");
        assert_eq!(d[0].assignee.as_deref(), Some("Trung tâm Y tế huyện"));
        assert_eq!(d[0].deadline.as_deref(), Some("2021-06-20"));
        assert_eq!(d[1].deadline, None);
        assert_eq!(d[2].assignee.as_deref(), Some("UBND các xã, thị trấn"));
        assert_eq!(d[2].text, "phối hợp rà soát trẻ chưa tiêm.");
        let named = find("Kết luận, ông Kha Văn Lợi yêu cầu các xã, thị trấn rà soát trẻ chưa tiêm; Trung tâm Y tế huyện bảo đảm đủ vắc xin. Hội nghị đáp ứng yêu cầu chuyên môn.", &ctx());
        let units: Vec<Option<&str>> = named.iter().map(|x| x.assignee.as_deref()).collect();
        assert_eq!(units, [Some("các xã, thị trấn"), Some("Trung tâm Y tế huyện")]);
        let carried = find("Ông Kha Văn Lợi đề nghị các đơn vị tăng cường giám sát; chủ động chuẩn bị thuốc.", &ctx());
        assert_eq!(carried.iter().map(|x| x.assignee.as_deref()).collect::<Vec<_>>(), [Some("các đơn vị"), Some("các đơn vị")]);
        assert!(find("Sở Y tế bàn giao Trung tâm Y tế huyện 2 xe cứu thương; được giao Bệnh viện tỉnh quản lý.", &ctx()).is_empty());
        let briefing = find("Kết luận buổi giao ban, Giám đốc Sở giao Trung tâm Y tế huyện rà soát trước ngày 15/12/2025. An toàn giao thông được bảo đảm.", &ctx());
        assert_eq!(briefing.len(), 1, "{briefing:?}");
        assert_eq!(briefing[0].assignee.as_deref(), Some("Trung tâm Y tế huyện"));
        let closing = find("Ông Kha Văn Lợi đề nghị Trung tâm Y tế huyện hoàn thành trước ngày 30/9/2021./.", &ctx());
        assert_eq!(closing[0].text, "Trung tâm Y tế huyện hoàn thành trước ngày 30/9/2021");
    }

    #[test]
    fn a_conclusion_numbered_in_two_levels_sets_its_tasks() {
        let body = "Giám đốc Sở kết luận như sau:\n\n1. Đánh giá chung\n\nTrong 9 tháng, Trung tâm đã khám cho 31.200 lượt người.\n\n2. Nhiệm vụ thời gian tới\n\n2.1. Trung tâm Y tế huyện Hòa Lạc:\n\n- Bổ sung bác sĩ cho trạm y tế xã, hoàn thành trong quý IV/2025.\n\n2.2. Phòng Tổ chức cán bộ: Tham mưu điều động bác sĩ về trạm y tế xã.";
        let got = find(body, &ctx());
        let view: Vec<(Option<&str>, Option<&str>)> = got.iter().map(|d| (d.assignee.as_deref(), d.deadline.as_deref())).collect();
        assert_eq!(view, [(Some("Trung tâm Y tế huyện Hòa Lạc"), Some("2025-12-31")), (Some("Phòng Tổ chức cán bộ"), None)]);
    }

    #[test]
    fn a_unit_acting_in_the_paragraph_after_a_request_goes_on_with_it() {
        let body = "UBND tỉnh yêu cầu Sở Y tế tổ chức tiêm vắc xin, hoàn thành trước ngày 30/9/2025.\n\nSở Giáo dục và Đào tạo chỉ đạo các trường học rà soát tiền sử tiêm chủng.\n\nSở Y tế cho biết đã có 5 ca mắc.";
        let got = find(body, &ctx());
        let view: Vec<Option<&str>> = got.iter().map(|d| d.assignee.as_deref()).collect();
        assert_eq!(view, [Some("Sở Y tế"), Some("Sở Giáo dục và Đào tạo")]);
        let report = "Sở Y tế chỉ đạo các trường học rà soát tiền sử tiêm chủng.";
        assert!(find(report, &ctx()).is_empty(), "without a request before, it is an account");
    }

    #[test]
    fn a_unit_that_reports_at_set_times_after_a_request_has_that_task() {
        let body = "Giám đốc Sở đề nghị các Trung tâm Y tế huyện tăng cường truyền thông.\n\nTrung tâm Kiểm soát bệnh tật tỉnh báo cáo tình hình dịch định kỳ hằng tuần về Sở Y tế.";
        let got = find(body, &ctx());
        let view: Vec<Option<&str>> = got.iter().map(|d| d.assignee.as_deref()).collect();
        assert_eq!(view, [Some("các Trung tâm Y tế huyện"), Some("Trung tâm Kiểm soát bệnh tật tỉnh")]);
        assert_eq!(got[1].deadline, None);
        let one = "Giao Văn phòng Sở theo dõi việc thực hiện. Các đơn vị trực thuộc báo cáo kết quả định kỳ vào ngày 25 hằng tháng.";
        assert_eq!(find(one, &ctx()).len(), 2, "the sentence after a request in its paragraph");
        let summed = "Giao Văn phòng Sở theo dõi việc thực hiện.\n\nTrung tâm Kiểm soát bệnh tật tỉnh tổng hợp, báo cáo số ca định kỳ vào thứ Sáu hằng tuần.";
        assert_eq!(find(summed, &ctx()).len(), 2);
        // Near misses: with no request before it, or told done, or no time that recurs.
        assert!(find("Trung tâm Kiểm soát bệnh tật tỉnh báo cáo tình hình dịch định kỳ hằng tuần về Sở Y tế.", &ctx()).is_empty());
        let done = "Giám đốc Sở đề nghị các Trung tâm Y tế huyện tăng cường truyền thông.\n\nTrung tâm Kiểm soát bệnh tật tỉnh đã báo cáo tình hình dịch hằng tuần.";
        assert_eq!(find(done, &ctx()).len(), 1);
        let once = "Giám đốc Sở đề nghị các Trung tâm Y tế huyện tăng cường truyền thông.\n\nTrung tâm Kiểm soát bệnh tật tỉnh báo cáo tình hình dịch trong tỉnh.";
        assert_eq!(find(once, &ctx()).len(), 1);
    }

    #[test]
    fn a_span_of_days_is_due_on_its_last() {
        let c = YearContext { year: Some(2026), published: Some((2026, 1, 10)), today: Some((2026, 1, 10)), ..ctx() };
        assert_eq!(deadline("Báo cáo tình hình trực Tết trước 10 giờ hằng ngày từ ngày 14/02 đến ngày 22/02.", &c).as_deref(), Some("2026-02-22"));
        assert_eq!(deadline("Hoàn thành tiêm bù từ ngày 5/3 đến ngày 20/3/2026.", &c).as_deref(), Some("2026-03-20"));
        // Near miss: a day that is no span's start stays the deadline.
        assert_eq!(deadline("Hoàn thành trước ngày 5/3, báo cáo từ tuần sau.", &c).as_deref(), Some("2026-03-05"));
    }

    #[test]
    fn the_end_of_the_quarter_or_year_alone_is_the_documents_own() {
        let march = YearContext { year: Some(2025), published: Some((2025, 3, 5)), today: Some((2025, 3, 5)), ..ctx() };
        assert_eq!(deadline("Giao Văn phòng Sở theo dõi, báo cáo vào cuối quý.", &march).as_deref(), Some("2025-03-31"));
        assert_eq!(deadline("Tổng kết, báo cáo Giám đốc Sở trước cuối năm nay.", &march).as_deref(), Some("2025-12-31"));
        let august = YearContext { year: Some(2025), published: Some((2025, 8, 5)), today: Some((2025, 8, 5)), ..ctx() };
        assert_eq!(deadline("Cuối quý, các đơn vị gửi báo cáo.", &august).as_deref(), Some("2025-09-30"));
        // Near misses: another quarter or year named, a school year, a past year, a task
        // done every quarter.
        assert_eq!(deadline("Tổng hợp vào cuối quý II.", &march).as_deref(), Some("2025-06-30"));
        assert_eq!(deadline("Tổng kết vào cuối năm học.", &march), None);
        assert_eq!(deadline("So với cuối năm ngoái tăng 5%.", &march), None);
        assert_eq!(deadline("Báo cáo định kỳ vào cuối quý.", &march), None);
        assert_eq!(deadline("Báo cáo vào cuối quý.", &ctx()), None, "no day the document is dated");
        assert_eq!(deadline("Báo cáo trước ngày 10 của tháng cuối quý.", &august).as_deref(), Some("2025-09-10"));
    }

    #[test]
    fn lettered_items_under_a_unit_are_its_tasks() {
        let body = "III. TỔ CHỨC THỰC HIỆN\n\n1. Trung tâm Y tế huyện\n\na) Phân bổ vắc xin cho các trạm y tế trước ngày 28/10/2025.\n\nb) Tổ chức tập huấn cho cán bộ y tế.\n\n2. Phòng Giáo dục và Đào tạo\n\nChỉ đạo các trường lập danh sách trẻ.";
        let got = find(body, &ctx());
        let view: Vec<Option<&str>> = got.iter().map(|d| d.assignee.as_deref()).collect();
        assert_eq!(view, [Some("Trung tâm Y tế huyện"), Some("Trung tâm Y tế huyện"), Some("Phòng Giáo dục và Đào tạo")]);
    }

    #[test]
    fn a_sector_asked_to_act_is_the_assignee() {
        let got = find("Phát biểu chỉ đạo, đồng chí Phó Chủ tịch đề nghị ngành y tế tập trung hoàn thành các chỉ tiêu năm 2025; Sở Y tế trình phương án trước ngày 30/11/2025.", &ctx());
        let view: Vec<Option<&str>> = got.iter().map(|d| d.assignee.as_deref()).collect();
        assert_eq!(view, [Some("ngành y tế"), Some("Sở Y tế")]);
        let got = find("UBND huyện yêu cầu ngành Y tế và các cơ quan, đơn vị thực hiện tốt nhiệm vụ sau:\n\n1. Chủ động chuẩn bị thuốc trước ngày 30/11/2025.", &ctx());
        assert_eq!(got[0].assignee, None, "a sector listed with others is not whom the lead asks");
        let got = find("Đồng chí Chủ tịch yêu cầu Sở Y tế tổ chức chiến dịch trước ngày 30/11/2025; ngành Giáo dục đưa nội dung vào giờ sinh hoạt; ngành Văn hóa và Du lịch tuyên truyền.", &ctx());
        let view: Vec<Option<&str>> = got.iter().map(|d| d.assignee.as_deref()).collect();
        assert_eq!(view, [Some("Sở Y tế"), Some("ngành Giáo dục"), Some("ngành Văn hóa và Du lịch")]);
    }

    #[test]
    fn sentences_after_a_request_that_open_with_a_unit_go_on_with_it() {
        let p = "Kết luận cuộc họp, đồng chí Chủ tịch yêu cầu: Sở Y tế chỉ đạo các bệnh viện bố trí đủ giường bệnh. UBND các xã, phường tổ chức diệt lăng quăng, hoàn thành trước ngày 30/6/2025. Sở Tài chính cân đối kinh phí trước ngày 15/7/2025. Bệnh viện tỉnh đã tiếp nhận 120 ca.";
        let got = find(p, &ctx());
        let view: Vec<(Option<&str>, Option<&str>)> = got.iter().map(|d| (d.assignee.as_deref(), d.deadline.as_deref())).collect();
        assert_eq!(view, [(Some("Sở Y tế"), None), (Some("UBND các xã, phường"), Some("2025-06-30")), (Some("Sở Tài chính"), Some("2025-07-15"))]);
        // Not without a request before.
        assert!(find("Sở Y tế chỉ đạo các bệnh viện bố trí đủ giường bệnh. UBND các xã tổ chức diệt lăng quăng trước ngày 30/6/2025.", &ctx()).is_empty());
        // A part that asks another unit is that unit's.
        let got = find("Ông Giám đốc yêu cầu Sở Y tế điều tra nguyên nhân trước ngày 25/9/2025; đồng thời yêu cầu Sở Giáo dục và Đào tạo chỉ đạo các trường rà soát hợp đồng.", &ctx());
        assert_eq!(got[1].assignee.as_deref(), Some("Sở Giáo dục và Đào tạo"));
    }

    #[test]
    fn figures_listed_under_a_lead_are_no_tasks() {
        let body = "Trong tháng 5, toàn huyện ghi nhận các bệnh truyền nhiễm như sau:\n\n- Sốt xuất huyết: 46 ca (tăng 12 ca);\n\n- Sởi: 0 ca.\n\nII. PHƯƠNG HƯỚNG NHIỆM VỤ\n\n1. Các Trạm Y tế xã, thị trấn: tổ chức tiêm bù trước ngày 05/7/2025.\n\n- Khoa Dược - Trang thiết bị - Vật tư y tế: dự trù thuốc.";
        let got = find(body, &ctx());
        let view: Vec<(Option<&str>, &str)> = got.iter().map(|d| (d.assignee.as_deref(), d.text.as_str())).collect();
        assert_eq!(view, [(Some("Các Trạm Y tế xã, thị trấn"), "tổ chức tiêm bù trước ngày 05/7/2025."), (Some("Khoa Dược - Trang thiết bị - Vật tư y tế"), "dự trù thuốc.")]);
    }

    #[test]
    fn a_plans_targets_and_details_are_no_tasks() {
        let body = "II. MỤC TIÊU\n\n2. Mục tiêu cụ thể:\n\n- Trên 95% trẻ được tiêm 01 mũi vắc xin;\n\n- 100% điểm tiêm bảo đảm an toàn.\n\nIII. ĐỐI TƯỢNG, THỜI GIAN\n\n- Đối tượng: khoảng 4.500 trẻ.\n\n- Thời gian: từ ngày 15/3/2025 đến ngày 30/4/2025.\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Trung tâm Y tế huyện\n\n- Rà soát danh sách trẻ trước ngày 10/3/2025.\n\n- Thời gian: hoàn thành trước ngày 30/4/2025.";
        let got = find(body, &ctx());
        let view: Vec<(Option<&str>, &str)> = got.iter().map(|d| (d.assignee.as_deref(), d.text.as_str())).collect();
        assert_eq!(view, [(Some("Trung tâm Y tế huyện"), "Rà soát danh sách trẻ trước ngày 10/3/2025.")]);
        // Nor are targets listed in one paragraph after "cụ thể:".
        assert!(find("2. Mục tiêu cụ thể: trên 95% trẻ được tiêm; 100% điểm tiêm an toàn.", &ctx()).is_empty());
    }

    #[test]
    fn a_proposals_section_sets_tasks() {
        let body = "IV. ĐỀ XUẤT, KIẾN NGHỊ\n\n1. Khoa Xét nghiệm bảo đảm đủ sinh phẩm.\n\n2. Các bệnh viện báo cáo ca bệnh nặng trong vòng 24 giờ.";
        let got = find(body, &ctx());
        let view: Vec<Option<&str>> = got.iter().map(|d| d.assignee.as_deref()).collect();
        assert_eq!(view, [Some("Khoa Xét nghiệm"), Some("Các bệnh viện")]);
    }

    #[test]
    fn two_deadlines_joined_by_and_are_two_tasks() {
        let d = find("Bộ Y tế yêu cầu các tỉnh tiêm vắc xin trong quý II/2025 và báo cáo trước ngày 15/7/2025.", &ctx());
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!(d[0].deadline.as_deref(), Some("2025-06-30"));
        assert_eq!(d[1].deadline.as_deref(), Some("2025-07-15"));
    }

    #[test]
    fn request_words_agree_with_the_boundary_regex() {
        let texts = [
            "Sở đề nghị các đơn vị", "xgiao nhiệm vụ", "_giao việc", "ÉGiao việc", "(giao) việc", "1giao việc",
            "αgiao việc", "—giao việc", "Yêu cầu tất cả", "giao", "ágiao yêu cầu các xã", "giao\u{0301}giao ",
        ];
        for t in texts {
            assert_eq!(request_end(t), REQUEST.find(t).map(|m| m.end()), "{t}");
        }
    }

    /// Strings built from pieces near the patterns' words, in several cases and spellings.
    fn generated(n: usize) -> Vec<String> {
        let pieces = [
            "quý", "QUÝ", "Quý", "qUý", "quy", "qu", "q", "Q", "uý", "ý", "Ý", "u", "trong", "Trước", "HẾT", "cuối", " ", "  ",
            "\t", "/", "II", "IV", "I", "III", "1", "4", "5", "2025", "năm", ".", ";", "giao", "Yêu cầu", "đề nghị", "ĐỀ NGHỊ",
            "xgiao", "đề  nghị", "a", "Bộ", "\n", "thán", "g", "ngày", "15", "tháng", "-", "trong quý ", "Trước QUÝ ",
            "cuối  Quý\t", "hết qUý ", "trong quy ", "trước qu ý ", "HẾT QUÝ ", "giao ", "yêu cầu ",
            "trước ngày 5 tháng 6", "hoàn thành trong tháng ", "Hạn ngày 1 THÁNG 2 năm 2024", "cuối Tháng 3", "thang", "tHáNg",
            "ngày ",
        ];
        let mut rng = vanban_plugin_sdk::testing::Rng(0x9E37_79B9_7F4A_7C15);
        (0..n)
            .map(|_| {
                let len = rng.below(12);
                (0..len).map(|_| pieces[rng.below(pieces.len())]).collect()
            })
            .collect()
    }

    #[test]
    fn quarter_needs_quy() {
        let texts = generated(20_000);
        for t in &texts {
            if !has_quy(t) {
                assert!(!DEADLINE_QUARTER.is_match(t), "{t:?}");
            }
        }
        // The generated strings do reach the regex's matches.
        assert!(texts.iter().filter(|t| DEADLINE_QUARTER.is_match(t)).count() > 20);
        assert!(has_quy("trong QUÝ II") && has_quy("qUý") && !has_quy("quy") && !has_quy("qu"));
    }

    #[test]
    fn words_and_months_need_thang() {
        let texts = generated(20_000);
        for t in &texts {
            if !has_thang(t) {
                assert!(!DEADLINE_WORDS.is_match(t) && !DEADLINE_MONTH.is_match(t), "{t:?}");
            }
        }
        assert!(texts.iter().filter(|t| DEADLINE_WORDS.is_match(t)).count() > 20);
        assert!(texts.iter().filter(|t| DEADLINE_MONTH.is_match(t)).count() > 20);
        assert!(has_thang("THÁNG") && has_thang("ngày 1 Tháng") && !has_thang("thang") && !has_thang("thán"));
    }

    #[test]
    fn requests_need_a_request_word_in_the_paragraph() {
        let texts = generated(20_000);
        for t in &texts {
            if !REQUEST_WORDS.is_match(t) {
                assert!(split_sentences(t).iter().all(|s| request_end(s).is_none()), "{t:?}");
            }
        }
        assert!(texts.iter().filter(|t| split_sentences(t).iter().any(|s| request_end(s).is_some())).count() > 20);
    }

    #[test]
    fn directing_a_unit_to_act_sets_it_a_task() {
        let got = view("UBND huyện chỉ đạo Trung tâm Y tế huyện khẩn trương triển khai tiêm vét cho trẻ; báo cáo kết quả trước ngày 20/12/2021.");
        let want = [
            (Some("Trung tâm Y tế huyện"), None, "Trung tâm Y tế huyện khẩn trương triển khai tiêm vét cho trẻ"),
            (Some("Trung tâm Y tế huyện"), Some("2021-12-20"), "báo cáo kết quả trước ngày 20/12/2021"),
        ];
        assert_eq!(got, want.map(|(a, d, t)| (a.map(str::to_string), d.map(str::to_string), t.to_string())));
        let got = view("Trước diễn biến của dịch sởi, Sở Y tế chỉ đạo các đơn vị trực thuộc tăng cường giám sát tại cửa khẩu Tân Mỹ.");
        assert_eq!(got.iter().map(|d| d.0.as_deref()).collect::<Vec<_>>(), [Some("các đơn vị trực thuộc")], "{got:?}");
        // A plain verb without a deadline may tell what was done; with one it sets a task.
        assert!(view("Sở Y tế chỉ đạo các trạm y tế rà soát sổ tiêm chủng.").is_empty());
        assert_eq!(view("Sở Y tế chỉ đạo các trạm y tế rà soát sổ tiêm chủng trước ngày 5/12/2021.")[0].1.as_deref(), Some("2021-12-05"));
        for account in [
            "Thời gian qua, Sở Y tế đã chỉ đạo các đơn vị tăng cường giám sát.",
            "Trung tâm Y tế huyện được chỉ đạo khẩn trương triển khai tiêm vét.",
            "Ban Chỉ đạo các xã tăng cường kiểm tra.",
            "Phát biểu chỉ đạo tại hội nghị, ông Lò Văn Kiên ghi nhận kết quả của ngành.",
            "Dưới sự chỉ đạo của Sở Y tế, ngành tiếp tục giám sát dịch.",
        ] {
            assert!(view(account).is_empty(), "{account}");
        }
    }

    #[test]
    fn a_heading_opening_a_paragraph_lists_its_tasks_after_the_colon() {
        let got = view("Nhiệm vụ tháng 12/2026: tổ chức tiêm vét sởi cho trẻ tại xã Vĩnh Hòa; rà soát cơ số thuốc; báo cáo sơ kết trước ngày 25/12/2026.");
        let want = [
            (None, "tổ chức tiêm vét sởi cho trẻ tại xã Vĩnh Hòa"),
            (None, "rà soát cơ số thuốc"),
            (Some("2026-12-25"), "báo cáo sơ kết trước ngày 25/12/2026"),
        ];
        assert_eq!(got, want.map(|(d, t)| (None, d.map(str::to_string), t.to_string())), "the month of the heading is no deadline");
        let got = view("Nhiệm vụ trọng tâm thời gian tới: tăng cường giám sát bệnh tay chân miệng; kiểm tra an toàn thực phẩm.");
        assert_eq!(got.len(), 2, "{got:?}");
        let got = view("Phương hướng, nhiệm vụ quý I/2027: duy trì tiêm chủng thường xuyên; tập huấn cho cộng tác viên.");
        assert_eq!(got.iter().map(|d| d.1.as_deref()).collect::<Vec<_>>(), [None, None], "{got:?}");
        // A deadline's words in the heading make it the deadline of items without their own.
        let got = view("Nhiệm vụ trong quý I/2027: duy trì tiêm chủng; tập huấn trước ngày 15/1/2027.");
        assert_eq!(got.iter().map(|d| d.1.as_deref()).collect::<Vec<_>>(), [Some("2027-03-31"), Some("2027-01-15")], "{got:?}");
        // Mid-paragraph the words belong to a sentence.
        assert!(view("Năm 2026, Trung tâm hoàn thành nhiệm vụ năm: tiêm 95% trẻ; khám 12.000 lượt.").is_empty());
    }

    #[test]
    fn a_request_told_as_made_before_sets_no_task() {
        for account in [
            "Sở Y tế đã yêu cầu các đơn vị tăng cường giám sát ca bệnh trong năm 2026.",
            "Thực hiện chỉ đạo của tỉnh, Trung tâm đã kịp thời đề nghị các trạm y tế xã rà soát ổ dịch.",
            "UBND huyện đã ban hành Công văn số 47/UBND-VX, yêu cầu các xã tổ chức diệt lăng quăng; các xã đã hoàn thành trước ngày 20/8/2026.",
        ] {
            assert!(find(account, &ctx()).is_empty(), "{account}");
        }
        // With a day it is due by, such a request is a task the document reports.
        for reported in [
            "Sở Y tế đã yêu cầu các đơn vị tăng cường giám sát ca bệnh, báo cáo trước ngày 15/8/2026.",
            "UBND huyện đã ban hành Công văn số 47/UBND-VX, yêu cầu các xã tổ chức diệt lăng quăng trước ngày 20/8/2026.",
        ] {
            assert_eq!(find(reported, &ctx()).len(), 1, "{reported}");
        }
        // A unit that has acted, after a request, tells what it did.
        let got = view("Ông Trịnh Văn Khải yêu cầu các xã rà soát trẻ chưa tiêm trước ngày 5/9/2026. UBND tỉnh đã chỉ đạo các địa phương diệt lăng quăng trước ngày 20/8/2026.");
        assert_eq!(got.len(), 1, "{got:?}");
        // "đã" in an earlier clause leaves the request set now.
        let got = view("Đồng chí Chủ tịch ghi nhận kết quả đã đạt được và yêu cầu các xã rà soát trẻ chưa tiêm trước ngày 5/9/2026.");
        assert_eq!(got.iter().map(|d| d.0.as_deref()).collect::<Vec<_>>(), [Some("các xã")], "{got:?}");
    }

    #[test]
    fn a_listed_request_reads_from_its_unit_as_one_in_running_text_does() {
        let body = "UBND huyện yêu cầu:\n\n1. Yêu cầu Trung tâm Y tế huyện tăng cường giám sát, báo cáo trước ngày 20/6/2026.\n\n- Đề nghị UBND các xã, thị trấn tổ chức diệt lăng quăng.\n\n2. Giao trạm y tế xã chủ trì rà soát trẻ chưa tiêm.";
        let got = view(body);
        let texts: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
        assert_eq!(
            texts,
            ["Trung tâm Y tế huyện tăng cường giám sát, báo cáo trước ngày 20/6/2026.", "UBND các xã, thị trấn tổ chức diệt lăng quăng.", "trạm y tế xã chủ trì rà soát trẻ chưa tiêm."]
        );
        let running = view("Ông Bạch Văn Hòa yêu cầu Trung tâm Y tế huyện tăng cường giám sát, báo cáo trước ngày 20/6/2026.");
        assert_eq!(running[0].2, "Trung tâm Y tế huyện tăng cường giám sát, báo cáo trước ngày 20/6/2026");
    }

    #[test]
    fn days_listed_in_a_deadline_fall_due_at_the_first_to_come() {
        let notice = YearContext { year: Some(2026), published: Some((2026, 11, 20)), today: Some((2026, 11, 20)), ..ctx() };
        assert_eq!(deadline("Báo cáo kết quả trước ngày 15/6 và 15/12 hằng năm.", &notice).as_deref(), Some("2026-12-15"));
        let spring = YearContext { year: Some(2026), published: Some((2026, 3, 10)), today: Some((2026, 3, 10)), ..ctx() };
        assert_eq!(deadline("Báo cáo kết quả trước ngày 15/6 và ngày 15/12 hằng năm.", &spring).as_deref(), Some("2026-06-15"));
        assert_eq!(deadline("báo cáo trước ngày 15/3, 15/6, 15/9 và 15/12", &notice).as_deref(), Some("2026-12-15"));
        // A figure after "và" is no day.
        assert_eq!(deadline("cấp phát trước ngày 15/6 và 1.200 liều vắc xin", &spring).as_deref(), Some("2026-06-15"));
    }

    #[test]
    fn a_task_for_this_week_is_due_at_its_end() {
        // Friday 20 November 2026.
        let notice = YearContext { year: Some(2026), published: Some((2026, 11, 20)), today: Some((2026, 11, 20)), ..ctx() };
        assert_eq!(deadline("Tổ chức kiểm tra các trạm y tế trong tuần này.", &notice).as_deref(), Some("2026-11-22"));
        assert_eq!(deadline("Rà soát sổ tiêm chủng trong tuần tới.", &notice).as_deref(), Some("2026-11-29"));
        assert_eq!(deadline("Hoàn thành trong tháng này.", &notice).as_deref(), Some("2026-11-30"));
        assert_eq!(deadline("Tổ chức kiểm tra trong tuần này.", &ctx()), None, "without the document's day");
        assert_eq!(deadline("Giao ban vào thứ Hai hằng tuần.", &notice), None);
        let body = "UBND huyện yêu cầu:\n\n- Trung tâm Y tế huyện tổ chức kiểm tra các trạm y tế trong tuần này.";
        assert_eq!(find(body, &notice)[0].deadline.as_deref(), Some("2026-11-22"));
    }

    #[test]
    fn a_weekday_or_a_day_of_the_next_month_is_due_that_day() {
        // Wednesday 18 November 2026.
        let notice = YearContext { year: Some(2026), published: Some((2026, 11, 18)), today: Some((2026, 11, 18)), ..ctx() };
        let due = |text: &str| deadline(text, &notice);
        assert_eq!(due("Gửi số liệu về Phòng Kế hoạch trước thứ Sáu tuần này.").as_deref(), Some("2026-11-20"));
        assert_eq!(due("Báo cáo chậm nhất 16 giờ thứ Hai tuần tới.").as_deref(), Some("2026-11-23"));
        assert_eq!(due("Hoàn thành trước chủ nhật tuần sau.").as_deref(), Some("2026-11-29"));
        // Before the weekend: its Friday.
        assert_eq!(due("Kiểm kê hóa chất, sinh phẩm trước cuối tuần.").as_deref(), Some("2026-11-20"));
        assert_eq!(due("Kiểm kê hóa chất trước cuối tuần tới.").as_deref(), Some("2026-11-27"));
        assert_eq!(due("Nộp bài trước cuối tuần 48."), None);
        assert_eq!(due("Lập kế hoạch, gửi Giám đốc trước ngày 15 tháng tới.").as_deref(), Some("2026-12-15"));
        assert_eq!(due("Nộp báo cáo chậm nhất ngày 25 tháng này.").as_deref(), Some("2026-11-25"));
        assert_eq!(due("Quyết toán kinh phí trong tháng tới.").as_deref(), Some("2026-12-31"));
        let december = YearContext { year: Some(2026), published: Some((2026, 12, 9)), today: Some((2026, 12, 9)), ..ctx() };
        assert_eq!(deadline("Gửi kế hoạch trước ngày 10 tháng sau.", &december).as_deref(), Some("2027-01-10"));
        // A weekday that recurs, or of no week named, is no deadline.
        assert_eq!(due("Báo cáo trước 16 giờ thứ Năm hằng tuần."), None);
        assert_eq!(due("Gửi danh sách trước thứ Sáu."), None);
        assert_eq!(deadline("Gửi số liệu trước thứ Sáu tuần này.", &ctx()), None, "without the document's day");
    }

    #[test]
    fn a_month_out_of_the_year_is_no_deadline() {
        // "trước tháng 13" once read as the last day of December, and "trước tháng 0"
        // stepped back from month 0 (an overflow, a panic in a debug build).
        assert_eq!(deadline("Nộp báo cáo trước tháng 13.", &ctx()), None);
        assert_eq!(deadline("Nộp báo cáo trước tháng 0.", &ctx()), None);
        assert_eq!(deadline("Nộp báo cáo trước tháng 00/2021.", &ctx()), None);
        assert_eq!(deadline("Nộp báo cáo trước tháng 1.", &ctx()).as_deref(), Some("2020-12-31"));
        assert_eq!(deadline("Nộp báo cáo trước tháng 10.", &ctx()).as_deref(), Some("2021-09-30"));
        assert_eq!(deadline("Tiêm bù trong tháng 11 và tháng 2.", &ctx()).as_deref(), Some("2022-02-28"));
    }

    #[test]
    fn a_units_heading_keeps_chairing_out_of_its_task() {
        let body = "UBND huyện giao nhiệm vụ như sau:\n\n1. Trạm Y tế xã: chủ trì, phối hợp với Ban Dân số xã rà soát đối tượng, hoàn thành trước ngày 20/12/2021.\n\n2. Khoa Dược: chủ trì rà soát danh mục thuốc.\n\n3. Phòng Điều dưỡng: chủ trì hội nghị điều dưỡng toàn huyện.\n\n4. Phòng Tổ chức: chủ trì.";
        let got = view(body);
        let want = [
            (Some("Trạm Y tế xã"), "phối hợp với Ban Dân số xã rà soát đối tượng, hoàn thành trước ngày 20/12/2021."),
            (Some("Khoa Dược"), "rà soát danh mục thuốc."),
            // What is chaired, and "chủ trì" alone, stay.
            (Some("Phòng Điều dưỡng"), "chủ trì hội nghị điều dưỡng toàn huyện."),
            (Some("Phòng Tổ chức"), "chủ trì."),
        ];
        assert_eq!(got.iter().map(|d| (d.0.as_deref(), d.2.as_str())).collect::<Vec<_>>(), want);
        assert_eq!(got[0].1.as_deref(), Some("2021-12-20"));
        // After a unit named in the sentence itself, the sentence is kept whole.
        let body = "UBND huyện yêu cầu:\n\n- Trung tâm Y tế huyện chủ trì, phối hợp với các xã tổ chức tiêm bù.";
        assert_eq!(view(body)[0].2, "Trung tâm Y tế huyện chủ trì, phối hợp với các xã tổ chức tiêm bù.");
    }

    #[test]
    fn before_the_lunar_new_year_is_due_on_its_eve() {
        let december = YearContext { year: Some(2026), published: Some((2026, 12, 10)), today: Some((2026, 12, 10)), ..ctx() };
        let spring = YearContext { year: Some(2026), published: Some((2026, 3, 10)), today: Some((2026, 3, 10)), ..ctx() };
        let january = YearContext { year: Some(2026), published: Some((2026, 1, 5)), today: Some((2026, 1, 5)), ..ctx() };
        let due = |text: &str, c: &YearContext| deadline(text, c);
        // Tết Đinh Mùi falls on 6 February 2027, Tết Bính Ngọ on 17 February 2026.
        assert_eq!(due("Tổng hợp kết quả, báo cáo Sở Y tế trước Tết Nguyên đán.", &december).as_deref(), Some("2027-02-05"));
        assert_eq!(due("Tặng quà các gia đình chính sách trước Tết.", &spring).as_deref(), Some("2027-02-05"));
        assert_eq!(due("Tặng quà các gia đình chính sách trước Tết.", &january).as_deref(), Some("2026-02-16"));
        assert_eq!(due("Hoàn thành trước Tết Nguyên đán Đinh Mùi 2027.", &ctx()).as_deref(), Some("2027-02-05"));
        assert_eq!(due("Hoàn thành trước Tết Nguyên đán năm 2026.", &ctx()).as_deref(), Some("2026-02-16"));
        // Tết Canh Tuất falls on 3 February 2030: the day before is still in February.
        assert_eq!(due("Hoàn thành trước Tết Nguyên đán 2030.", &ctx()).as_deref(), Some("2030-02-02"));
        // A day written wins; a season, another feast, a yearly task or no day known is no deadline.
        assert_eq!(due("Báo cáo trước ngày 20/01/2027, trước Tết Nguyên đán.", &december).as_deref(), Some("2027-01-20"));
        assert_eq!(due("Bảo đảm công tác y tế trước, trong và sau Tết Nguyên đán.", &december), None);
        assert_eq!(due("Kiểm tra an toàn thực phẩm trước Tết Trung thu.", &spring), None);
        assert_eq!(due("Tổng kết trước Tết Dương lịch.", &december), None);
        assert_eq!(due("Tặng quà hằng năm trước Tết Nguyên đán.", &december), None);
        assert_eq!(due("Tặng quà trước Tết Nguyên đán.", &ctx()), None);
    }

    #[test]
    fn a_second_quarter_joined_ends_the_task() {
        assert_eq!(deadline("Hoàn thành các chỉ tiêu còn lại trong quý III và quý IV.", &ctx()).as_deref(), Some("2021-12-31"));
        assert_eq!(deadline("Tiêm bù trong quý IV và quý I.", &ctx()).as_deref(), Some("2022-03-31"));
        assert_eq!(deadline("Tiêm bù trong quý IV/2021 và quý I/2022.", &ctx()).as_deref(), Some("2022-03-31"));
        assert_eq!(deadline("Hoàn thành các chỉ tiêu trong quý III.", &ctx()).as_deref(), Some("2021-09-30"));
        assert_eq!(deadline("Hoàn thành trước quý III.", &ctx()).as_deref(), Some("2021-06-30"));
    }

    #[test]
    fn a_notice_paragraph_of_a_unit_and_a_deadline_ahead_sets_a_task() {
        let notice = YearContext { year: Some(2026), published: Some((2026, 11, 20)), today: Some((2026, 11, 20)), ..ctx() };
        let body = "Sở Y tế tổ chức hội nghị tổng kết vào ngày 08/12/2026 tại Hội trường Sở.\n\nVăn phòng Sở tổng hợp danh sách đại biểu, gửi Giám đốc Sở trước 10 giờ ngày 30/11.\n\nPhòng Kế hoạch đã hoàn thành dự toán trước ngày 25/11.\n\nBệnh viện Đa khoa tỉnh hoàn thành lắp đặt máy trước ngày 10/11.\n\nTrung tâm Y tế huyện tổ chức chiến dịch tiêm vắc xin, kéo dài đến ngày 30/11.\n\nCác đơn vị cử đại diện tham dự đầy đủ.";
        let got: Vec<_> = find(body, &notice).into_iter().map(|d| (d.assignee, d.deadline, d.text)).collect();
        let want = [(Some("Văn phòng Sở".to_string()), Some("2026-11-30".to_string()), "Văn phòng Sở tổng hợp danh sách đại biểu, gửi Giám đốc Sở trước 10 giờ ngày 30/11.".to_string())];
        assert_eq!(got, want);
        // With no day of its own, no text tells whether the day is ahead.
        assert!(find("Văn phòng Sở tổng hợp danh sách, gửi Giám đốc Sở trước ngày 30/11/2026.", &ctx()).is_empty());
    }

    #[test]
    fn a_unit_taking_the_lead_goes_on_with_a_request() {
        let body = "Sở Y tế đề nghị Trung tâm Kiểm soát bệnh tật tỉnh theo dõi chặt chẽ tình hình dịch bệnh.\n\nCác Trung tâm Y tế huyện chủ động tuyên truyền cho phụ huynh.";
        let got = view(body);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].0.as_deref(), Some("Các Trung tâm Y tế huyện"));
        // Without the request before it, the paragraph tells, and sets nothing.
        assert!(view("Các Trung tâm Y tế huyện chủ động tuyên truyền cho phụ huynh.").is_empty());
    }

    #[test]
    fn a_unit_line_under_a_plans_topic_assigns_the_topics_tasks() {
        let body = "II. NHIỆM VỤ VÀ GIẢI PHÁP\n\n1. Tập huấn chuyên môn\n\n- Tổ chức 02 lớp tập huấn trước ngày 30/4/2027.\n\n- Biên soạn tài liệu tập huấn.\n\nĐơn vị thực hiện: Trung tâm Y tế huyện.\n\n2. Truyền thông phòng chống bệnh dại\n\n- Đơn vị chủ trì: UBND các xã, thị trấn chủ trì, phối hợp với trạm y tế.\n\n- Đơn vị phối hợp: Trạm Y tế xã.\n\n- Phát thanh trên loa xã hằng tuần.\n\n3. Giám sát\n\n- Điều tra ca nghi dại trong vòng 48 giờ.";
        let got = view(body);
        let want = [
            (Some("Trung tâm Y tế huyện"), "Tổ chức 02 lớp tập huấn trước ngày 30/4/2027."),
            (Some("Trung tâm Y tế huyện"), "Biên soạn tài liệu tập huấn."),
            (Some("UBND các xã, thị trấn"), "Phát thanh trên loa xã hằng tuần."),
            (None, "Điều tra ca nghi dại trong vòng 48 giờ."),
        ];
        assert_eq!(got.iter().map(|d| (d.0.as_deref(), d.2.as_str())).collect::<Vec<_>>(), want);
    }

    #[test]
    fn a_conclusion_after_a_report_of_the_situation_sets_tasks() {
        let body = "Sau khi nghe Trung tâm Y tế huyện báo cáo tình hình dịch bệnh, đồng chí Phó Chủ tịch UBND huyện kết luận như sau:\n\n1. Từ đầu năm đến nay, toàn huyện ghi nhận 214 ca sốt xuất huyết.\n\n2. Trung tâm Y tế huyện chủ trì tổ chức chiến dịch diệt lăng quăng, hoàn thành trước ngày 25/10/2026.";
        let got = view(body);
        assert_eq!(got.iter().map(|d| (d.0.as_deref(), d.1.as_deref())).collect::<Vec<_>>(), [(Some("Trung tâm Y tế huyện"), Some("2026-10-25"))]);
        // A lead of figures still lists none.
        assert!(view("Tình hình dịch bệnh trong tháng như sau:\n\n- Sốt xuất huyết: 46 ca.\n\n- Trung tâm Y tế huyện ghi nhận 3 ổ dịch.").is_empty());
    }

    #[test]
    fn a_plan_item_with_its_own_time_label_is_due_at_the_periods_end() {
        let plan = YearContext { year: Some(2026), ..ctx() };
        let body = "II. NỘI DUNG HOẠT ĐỘNG\n\n- Tổ chức tập huấn cho y tế thôn bản. Thời gian: Quý III/2026.\n\n- Giám sát 12 trạm y tế xã, thời gian: tháng 11/2026.\n\n- In tờ rơi. Thời gian thực hiện: từ tháng 9 đến tháng 12/2026.";
        let got: Vec<Option<String>> = find_located(body, &plan, true).0.into_iter().map(|d| d.deadline).collect();
        assert_eq!(got, ["2026-09-30", "2026-11-30", "2026-12-31"].map(|d| Some(d.to_string())));
        // "thời gian" inside a sentence is no label.
        assert_eq!(labelled_deadline("Rút ngắn thời gian: chờ khám trong quý IV.", &plan), None);
    }

    #[test]
    fn a_plan_item_naming_its_unit_by_a_label_sets_that_unit_the_task() {
        let plan = YearContext { year: Some(2026), ..ctx() };
        let body = "II. CÁC HOẠT ĐỘNG\n\n1. Tiêm phòng\n\n- Tiêm phòng dại cho chó, mèo tại 9 xã. Đơn vị thực hiện: Trạm Thú y huyện. Thời gian: tháng 10/2026.";
        let got: Vec<(Option<String>, Option<String>)> = find_located(body, &plan, true).0.into_iter().map(|d| (d.assignee, d.deadline)).collect();
        assert_eq!(got, [(Some("Trạm Thú y huyện".to_string()), Some("2026-10-31".to_string()))]);
        assert_eq!(labelled_unit("Kiểm tra bếp ăn, đơn vị chủ trì: Phòng Y tế huyện; phối hợp: Công an huyện.").as_deref(), Some("Phòng Y tế huyện"));
        assert_eq!(labelled_unit("Họp các đơn vị thực hiện: báo cáo tiến độ."), None);
    }

    #[test]
    fn a_unit_that_needs_to_act_goes_on_with_the_request_before() {
        let got = view("Ông Lực đề nghị: Các bệnh viện cần bố trí khu cách ly riêng. Trung tâm Y tế huyện cần tăng cường giám sát ca bệnh. Trạm y tế xã đã phun hóa chất.");
        let units: Vec<Option<&str>> = got.iter().map(|d| d.0.as_deref()).collect();
        assert_eq!(units, [Some("Các bệnh viện"), Some("Trung tâm Y tế huyện")], "{got:?}");
    }

    #[test]
    fn a_time_line_under_a_plans_topic_dates_its_tasks_and_the_list_goes_on() {
        let plan = YearContext { year: Some(2026), ..ctx() };
        let body = "II. NỘI DUNG HOẠT ĐỘNG\n\n1. Tập huấn\n\n- Biên soạn tài liệu tập huấn.\n\nThời gian thực hiện: tháng 10/2026.\n\n- Tổ chức 3 lớp tập huấn.\n\n2. Truyền thông\n\n- Phát 20 bản tin trên đài truyền thanh xã.\n\nThời gian hoàn thành: Quý IV/2026.";
        let got: Vec<(String, Option<String>)> = find_located(body, &plan, true).0.into_iter().map(|d| (d.text, d.deadline)).collect();
        let want = [
            ("Biên soạn tài liệu tập huấn.", "2026-10-31"),
            ("Tổ chức 3 lớp tập huấn.", "2026-10-31"),
            ("Phát 20 bản tin trên đài truyền thanh xã.", "2026-12-31"),
        ];
        assert_eq!(got, want.map(|(t, d)| (t.to_string(), Some(d.to_string()))));
    }

    #[test]
    fn a_letters_closing_report_sentence_is_a_task_of_the_units_asked() {
        let body = "Sở Y tế đề nghị các đơn vị:\n\n1. Tăng cường giám sát ca bệnh.\n\n2. Tổ chức tiêm bù cho trẻ.\n\nBáo cáo kết quả về Sở Y tế (qua Phòng Nghiệp vụ Y) trước ngày 25/10/2021.";
        let got = view(body);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[2].0.as_deref(), Some("các đơn vị"));
        assert_eq!(got[2].1.as_deref(), Some("2021-10-25"));
        // The deadline is the report's only.
        assert_eq!(got[0].1, None);
        // A closing paragraph with no deadline sets no task.
        assert_eq!(view("Sở Y tế đề nghị các đơn vị:\n\n1. Tăng cường giám sát ca bệnh.\n\nBáo cáo kết quả về Sở Y tế.").len(), 1);
    }

    #[test]
    fn no_lead_no_directives() {
        assert!(find("Báo cáo:\n\n- Số liệu năm.", &ctx()).is_empty());
        assert!(find("1. Mở đầu\n\n2. Kết quả", &ctx()).is_empty());
    }

    #[test]
    fn an_article_that_designates_a_body_sets_it_no_task() {
        let body = "Điều 1. Giao Bệnh viện Đa khoa khu vực Tân Phước là cơ sở thực hành của Trường Trung cấp Y tế Tân Phước.\n\n\
                    Điều 2. Giao Trung tâm Y tế huyện Tân Phước tổ chức tập huấn cho nhân viên y tế thôn bản trước ngày 20/12/2021.";
        let got = find(body, &ctx());
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].assignee.as_deref(), Some("Trung tâm Y tế huyện Tân Phước"));
        let listed = "UBND huyện giao nhiệm vụ như sau:\n\n1. Giao Trạm Y tế xã Hòa Điền là đơn vị thường trực.\n\n2. Giao Trạm Y tế xã Hòa Điền rà soát trẻ chưa tiêm.";
        let got = find(listed, &ctx());
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].text.contains("rà soát"), "{got:?}");
    }

    #[test]
    fn a_body_ending_itself_is_no_part_of_its_task() {
        let body = "Điều 2. Tổ công tác có nhiệm vụ rà soát hồ sơ thuốc dự trữ, báo cáo Giám đốc Sở trước ngày 10/12/2021. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.";
        let got = find(body, &ctx());
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].text, "Tổ công tác có nhiệm vụ rà soát hồ sơ thuốc dự trữ, báo cáo Giám đốc Sở trước ngày 10/12/2021.");
        assert_eq!(got[0].deadline.as_deref(), Some("2021-12-10"));
        assert_eq!(without_dissolution("Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ."), "");
    }

    #[test]
    fn a_day_of_a_month_of_the_quarter_is_read_from_the_documents_day() {
        let november = YearContext { year: Some(2026), published: Some((2026, 11, 4)), today: Some((2026, 11, 4)), ..ctx() };
        let due = |t: &str| deadline(t, &november);
        assert_eq!(due("gửi báo cáo về Sở Y tế trước ngày 10 của tháng cuối quý").as_deref(), Some("2026-12-10"));
        assert_eq!(due("gửi báo cáo về Sở Y tế trước ngày 5 của tháng đầu quý sau").as_deref(), Some("2027-01-05"));
        assert_eq!(due("gửi báo cáo trước ngày 15 tháng cuối quý sau").as_deref(), Some("2027-03-15"));
        // Every quarter's report falls due on no one day; nor does a first month already begun.
        assert_eq!(due("báo cáo hằng quý, trước ngày 10 của tháng cuối quý"), None);
        assert_eq!(due("báo cáo tình hình hằng quý, trước ngày 20"), None);
        assert_eq!(due("gửi báo cáo trước ngày 5 của tháng đầu quý"), None);
    }

    #[test]
    fn a_numbered_item_under_a_conclusion_with_no_lead_sets_its_unit_a_task() {
        let body = "Sau khi nghe báo cáo, Phó Chủ tịch UBND huyện Tân Phước kết luận.\n\n\
                    1. Trung tâm Y tế huyện Tân Phước tổ chức giám sát các ổ dịch tại trường học.\n\n\
                    2. Phòng Y tế huyện kiểm tra vệ sinh tại các nhóm trẻ tư thục.\n\n\
                    3. Tình hình dịch cơ bản được kiểm soát.";
        let got = find(body, &ctx());
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].assignee.as_deref(), Some("Trung tâm Y tế huyện Tân Phước"));
        assert_eq!(got[1].assignee.as_deref(), Some("Phòng Y tế huyện"));
        // A report's account of what was done, with no conclusion before it.
        let report = "I. KẾT QUẢ THỰC HIỆN\n\n1. Trung tâm Y tế huyện tổ chức 3 lớp tập huấn cho cán bộ y tế xã, hoàn thành trước ngày 20/10/2021.\n\n2. Phòng Y tế huyện kiểm tra các cơ sở.";
        assert!(find(report, &ctx()).is_empty(), "{:?}", find(report, &ctx()));
        let done = "Phó Chủ tịch UBND huyện kết luận.\n\n1. Phòng Y tế huyện đã kiểm tra các cơ sở.";
        assert!(find(done, &ctx()).is_empty(), "{:?}", find(done, &ctx()));
    }

    #[test]
    fn a_request_in_a_tables_cell_ends_with_its_cell() {
        let row = "Thứ Tư 18/11\t8h00\tGiao Phòng Tổ chức - Hành chính chuẩn bị hội nghị trước ngày 25/11/2021\tPhòng Tổ chức - Hành chính\tHội trường";
        let got = find(row, &ctx());
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].text, "Phòng Tổ chức - Hành chính chuẩn bị hội nghị trước ngày 25/11/2021");
    }

    #[test]
    fn a_broad_kind_of_unit_asked_keeps_what_it_says_of_them_up_to_the_verb() {
        let first = |s: &str| view(s).first().and_then(|d| d.0.clone());
        let got = view("Ông Tạ Văn Luyện đề nghị các cơ sở giáo dục mầm non thực hiện vệ sinh, khử khuẩn đồ chơi ít nhất 2 lần mỗi tuần; Trung tâm Y tế các huyện tăng cường giám sát.");
        assert_eq!(got.iter().map(|d| d.0.as_deref()).collect::<Vec<_>>(), [Some("các cơ sở giáo dục mầm non"), Some("Trung tâm Y tế các huyện")], "{got:?}");
        assert_eq!(first("Bà Lâm Thị Ngát đề nghị các cơ sở khám, chữa bệnh chuẩn bị đủ thuốc, giường bệnh.").as_deref(), Some("các cơ sở khám, chữa bệnh"));
        assert_eq!(first("Sở Y tế yêu cầu các cơ sở y tế tư nhân báo cáo ca bệnh về Trung tâm.").as_deref(), Some("các cơ sở y tế tư nhân"));
        assert_eq!(first("Chi cục đề nghị các doanh nghiệp sản xuất thực phẩm chấp hành quy định về ghi nhãn.").as_deref(), Some("các doanh nghiệp sản xuất thực phẩm"));
        assert_eq!(first("Phòng Giáo dục yêu cầu các trường mầm non tư thục báo cáo số trẻ.").as_deref(), Some("các trường mầm non tư thục"));
        // Words of how, or what the unit is to do, are no qualifier; nor are five words before the verb.
        assert_eq!(first("Sở Y tế yêu cầu các đơn vị nghiêm túc thực hiện kế hoạch kiểm tra.").as_deref(), Some("các đơn vị"));
        assert_eq!(first("Sở Y tế đề nghị các đơn vị quan tâm chỉ đạo công tác tiêm chủng.").as_deref(), Some("các đơn vị"));
        assert_eq!(first("Ông Tạ Văn Luyện đề nghị các cơ sở bán lẻ thuốc tân dược niêm yết giá thuốc.").as_deref(), Some("các cơ sở"));
        assert_eq!(first("Sở Y tế đề nghị các cơ sở y tế xét nghiệm và báo cáo ca nghi ngờ.").as_deref(), Some("các cơ sở y tế"));
        assert_eq!(kind_qualifier_len("trạm y tế", " giáo dục mầm non thực hiện"), 0);
        assert_eq!(kind_qualifier_len("cơ sở", " giáo dục mầm non"), 0);
    }

    #[test]
    fn a_request_to_watch_a_notice_is_no_task() {
        for body in [
            "Ghi chú: Lịch có thể thay đổi, đề nghị các đơn vị theo dõi trên Cổng thông tin điện tử của Sở.",
            "Lưu ý: Đề nghị các khoa, phòng thường xuyên theo dõi lịch công tác trên website của Trung tâm để thực hiện.",
        ] {
            assert!(view(body).is_empty(), "{body}: {:?}", view(body));
        }
        // Watching over a disease or the children is a task; so is a watch with a deadline.
        assert_eq!(view("Đề nghị Trung tâm Y tế các huyện theo dõi sức khỏe trẻ sau tiêm chủng.").len(), 1);
        assert_eq!(view("Đề nghị các đơn vị theo dõi trên Cổng thông tin điện tử của Sở và đăng ký trước ngày 20/12/2021.").len(), 1);
    }

    #[test]
    fn a_post_or_a_part_of_a_unit_given_a_task_is_its_assignee() {
        let first = |s: &str| view(s).first().map(|d| (d.0.clone(), d.1.clone()));
        assert_eq!(
            first("Giao bộ phận Kế hoạch - Nghiệp vụ tổng hợp kết quả, báo cáo trước ngày 15/12/2021."),
            Some((Some("bộ phận Kế hoạch - Nghiệp vụ".to_string()), Some("2021-12-15".to_string())))
        );
        assert_eq!(first("Giao công chức phụ trách y tế xã rà soát danh sách trẻ trước ngày 10/12/2021.").and_then(|d| d.0).as_deref(), Some("công chức phụ trách y tế xã"));
        assert_eq!(first("Giao công chức Văn hóa - Xã hội tuyên truyền về phòng chống bệnh dại, xong trước ngày 20/12/2021.").and_then(|d| d.0).as_deref(), Some("công chức Văn hóa - Xã hội"));
        // No verb within a few words, or a comma first: the words are the task, not a post.
        assert_eq!(post_before_verb("cán bộ, nhân viên thực hiện"), None);
        // An item that names the post before a colon.
        let got = view("UBND xã giao nhiệm vụ như sau:\n\n1. Công chức Văn hóa - Xã hội: tuyên truyền trên loa truyền thanh xã.\n\n2. Cán bộ: trực tại trạm.");
        assert_eq!(got.first().and_then(|d| d.0.as_deref()), Some("Công chức Văn hóa - Xã hội"), "{got:?}");
        assert!(names_a_post("Bộ phận Một cửa") && !names_a_post("Cán bộ") && !names_a_post("cán bộ y tế"));
        assert_eq!(post_before_verb("cán bộ y tế có trình độ chuyên môn cao để làm công tác chuyên trách tổ chức"), None);
    }

    #[test]
    fn a_sentence_after_a_request_goes_on_with_it() {
        // A sector in small letters after a request.
        let got = view("Sở Y tế đề nghị Trung tâm Kiểm soát bệnh tật tỉnh tăng cường giám sát tại trường học. Ngành giáo dục phối hợp khử khuẩn lớp học trước ngày 20/12/2021.");
        assert_eq!(got.iter().map(|d| d.0.as_deref()).collect::<Vec<_>>(), [Some("Trung tâm Kiểm soát bệnh tật tỉnh"), Some("Ngành giáo dục")], "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("2021-12-20"));
        // After a request to ask for help, which sets no task, a unit due by a day.
        let got = view("Nếu có khó khăn, vướng mắc, đề nghị các đơn vị liên hệ Phòng Kế hoạch để được hướng dẫn. Các đơn vị báo cáo kết quả về Sở trước ngày 15/12/2021./.");
        assert_eq!(got.iter().map(|d| (d.0.as_deref(), d.1.as_deref())).collect::<Vec<_>>(), [(Some("Các đơn vị"), Some("2021-12-15"))], "{got:?}");
        // Told as done: no task.
        assert_eq!(view("Sở Y tế đề nghị các đơn vị tăng cường giám sát. Ngành giáo dục đã tổ chức khử khuẩn lớp học.").len(), 1);
    }

    #[test]
    fn an_item_opening_with_a_named_part_of_a_unit_sets_it_the_task() {
        let body = "Trung tâm giao nhiệm vụ như sau:\n\n1. Bộ phận Dân số tổng hợp số liệu sinh, gửi Phòng Kế hoạch trước ngày 25/11/2021.\n\n2. Tổ Y tế trường học kiểm tra vệ sinh các trường tiểu học.\n\n3. Công chức Văn hóa - Xã hội phối hợp tuyên truyền trên loa.\n\n4. Tổ chức tập huấn cho cán bộ trạm, hoàn thành trước ngày 30/11/2021.";
        let got = view(body);
        let units: Vec<Option<&str>> = got.iter().map(|d| d.0.as_deref()).collect();
        assert_eq!(units, [Some("Bộ phận Dân số"), Some("Tổ Y tế trường học"), Some("Công chức Văn hóa - Xã hội"), None], "{got:?}");
        // The kind in small letters, or a name in small letters after it, names no part.
        assert_eq!(named_part_before_verb("Tổ chức tập huấn cho cán bộ, báo cáo kết quả."), None);
        assert_eq!(named_part_before_verb("tổ Y tế trường học kiểm tra"), None);
    }

    #[test]
    fn a_numbered_item_that_directs_a_unit_sets_that_unit_the_task() {
        let got = view("Giám đốc Sở yêu cầu:\n\n1. Chỉ đạo các Trung tâm Y tế tăng cường giám sát bệnh sốt xuất huyết.\n\n2. Giao Phòng Nghiệp vụ Y kiểm tra các cơ sở.");
        assert_eq!(got.iter().map(|d| d.0.as_deref()).collect::<Vec<_>>(), [Some("các Trung tâm Y tế"), Some("Phòng Nghiệp vụ Y")], "{got:?}");
        assert_eq!(got[0].2, "các Trung tâm Y tế tăng cường giám sát bệnh sốt xuất huyết.");
    }

    #[test]
    fn a_day_within_which_and_the_parts_of_a_month_as_deadlines() {
        let c = ctx();
        assert_eq!(deadline("tổng hợp, báo cáo trong ngày 15/12", &c).as_deref(), Some("2021-12-15"));
        assert_eq!(deadline("nộp báo cáo trong ngày 5 tháng 1 năm 2022", &c).as_deref(), Some("2022-01-05"));
        // "trong" alone opens a time the task runs in.
        assert_eq!(deadline("điều tra trong 5 ngày 2/3 số hộ", &c), None);
        // The first and second ten days of a month, and its end.
        assert_eq!(deadline("báo cáo đầu tháng 01/2022", &c).as_deref(), Some("2022-01-10"));
        assert_eq!(deadline("giám sát ổ dịch, thời gian: giữa tháng 12/2021", &c).as_deref(), Some("2021-12-20"));
        assert_eq!(deadline("hoàn thành kiểm kê cuối tháng 12/2021", &c).as_deref(), Some("2021-12-31"));
        // From a part of a month on: a time counted from, no deadline.
        assert_eq!(deadline("giám sát chặt chẽ từ đầu tháng 11", &c), None);
        assert_eq!(deadline("tăng cường giám sát ổ dịch, nhất là giữa tháng 01/2022", &c), None);
    }

    #[test]
    fn a_reports_plan_for_a_named_month_sets_tasks() {
        let body = "I. KẾT QUẢ\n\nTrong tháng, ghi nhận 23 ca sốt xuất huyết.\n\nII. KẾ HOẠCH THÁNG 12\n\n- Khoa Dược - Vật tư hoàn thành kiểm kê thuốc cuối tháng 12/2021.\n\n- Các trạm y tế xã báo cáo số liệu tiêm chủng trước ngày 25 hằng tháng.";
        let got = view(body);
        assert_eq!(got.iter().map(|d| d.1.as_deref()).collect::<Vec<_>>(), [Some("2021-12-31"), None], "{got:?}");
        assert!(plans_named_period("II. KẾ HOẠCH QUÝ I/2027") && !plans_named_period("KẾ HOẠCH PHÒNG CHỐNG DỊCH"));
    }
}

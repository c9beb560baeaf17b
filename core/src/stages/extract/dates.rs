//! Dates ("ngày 9.4", "18/7", "16/12/2022", "ngày 16 tháng 12 năm 2022") and periods
//! ("quý II năm 2024", "6 tháng đầu năm", "năm 2022", "tháng 7/2024", "nhiệm kỳ 2020-2025"),
//! with the year inferred from the document when the text leaves it out.

use super::text::{ahead_by, back_by, digit_len, digit_places, is_alnum, lower_same_len, SpanSet};
use super::Hit;
use once_cell::sync::Lazy;
use regex::Regex;
use vanban_plugin_sdk::text::{equals_lower, lower_char, starts_with_lower};
use vanban_plugin_sdk::{DateRange, EntityKind, Normalized, Record};

fn re(p: &str) -> Regex {
    Regex::new(p).expect("static regex")
}

/// A pattern held to the start of the haystack: it is run only at the places where a match
/// may open ([`Leads`]), instead of over the whole field, where its lead words are common.
fn at_start(p: &str) -> Regex {
    re(&format!("^(?:{p})"))
}

// The patterns that open with a lead word ("ngày", "tháng", "năm") and reach a digit
// across white space.
const FULL_WORDS: &str = r"(?i:ngày)\s+(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})\s+(?i:năm)\s+(\d{4})";
const TERM: &str = r"(?i:nhiệm kỳ|giai đoạn|từ năm|năm học|năm)\s+(\d{4})\s*(?:[-–—]|(?i:đến))\s*(?:(?i:năm)\s+)?(\d{4})";
/// "tháng 7/2024", "tháng 12 năm 2022", and "tháng 11-2025" as newspapers write it.
const MONTH: &str = r"(?i:tháng)\s+(\d{1,2})\s*(?:[/\-–]|(?i:năm))\s*(\d{4})";
/// Read by hand ([`year_words_at`]): the regex made of it is kept to check the reading.
#[cfg_attr(not(test), allow(dead_code))]
const YEAR_WORDS: &str = r"(?i:năm)\s+(\d{4})";
/// "từ 1/1 đến 15/6", "từ ngày 01/3/2025 đến ngày 31/5/2025", "từ ngày 24 đến 26/11/2026",
/// "trong hai ngày 14 và 15/11/2026", "ngày 5, 6/10", "từ 25-10 đến 31-10" (as newspapers write dates): a
/// span of days (the first day's month may be left to the last's after "ngày").
const DAY_SPAN: &str = r"(?:(?i:từ)\s+(?:(?i:ngày)\s+)?|(?i:ngày)\s+)(\d{1,2})(?:[/.\-](\d{1,2})(?:[/.\-](\d{4}))?)?\s*(?:(?i:đến|tới|và)|[-–—,])\s*(?:(?i:hết)\s+)?(?:(?i:ngày)\s+)?(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}))?";
/// "từ đầu tháng 10/2026 đến ngày 05/11/2026": from the first of a month to a day.
static MONTH_TO_DAY: Lazy<Regex> = Lazy::new(|| {
    re(r"(?i)từ\s+đầu\s+tháng\s+(\d{1,2})(?:\s*/\s*(\d{4}))?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?")
});
/// "ngày 5 tháng 6" without a year.
const DAY_MONTH_WORDS: &str = r"(?i:ngày)\s+(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})";
/// "Chiều 5 tháng 11", "trước 15 tháng 11 năm 2025": a day in words with its "ngày" left
/// out, run only from a digit after a time of day or a deadline word ([`Leads::bare_day`]).
const BARE_DAY_WORDS: &str = r"(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})(?:\s+(?i:năm)\s+(\d{4}))?";
/// "tháng 9" without a year: a month of the document's year.
const BARE_MONTH: &str = r"(?i:tháng)\s+(\d{1,2})";
/// "tuần 23", "tuần 23 năm 2025", "tuần thứ 10": an ISO week.
const WEEK: &str = r"(?i:tuần)\s+(?:(?i:thứ)\s+)?(\d{1,2})(?:\s*(?:(?i:năm)|/)\s*(\d{4}))?";

static FULL_WORDS_AT: Lazy<Regex> = Lazy::new(|| at_start(FULL_WORDS));
static TERM_AT: Lazy<Regex> = Lazy::new(|| at_start(TERM));
static MONTH_AT: Lazy<Regex> = Lazy::new(|| at_start(MONTH));
/// Read by hand ([`year_words`]); the regex is kept to check it.
#[cfg(test)]
static YEAR: Lazy<Regex> = Lazy::new(|| re(YEAR_WORDS));
/// Read by hand ([`years_at`]); the regex is kept to check it.
#[cfg(test)]
static YEAR_AT: Lazy<Regex> = Lazy::new(|| at_start(YEAR_WORDS));
static DAY_SPAN_AT: Lazy<Regex> = Lazy::new(|| at_start(DAY_SPAN));
static DAY_MONTH_WORDS_AT: Lazy<Regex> = Lazy::new(|| at_start(DAY_MONTH_WORDS));
static BARE_MONTH_AT: Lazy<Regex> = Lazy::new(|| at_start(BARE_MONTH));
static BARE_DAY_WORDS_AT: Lazy<Regex> = Lazy::new(|| at_start(BARE_DAY_WORDS));
static WEEK_AT: Lazy<Regex> = Lazy::new(|| at_start(WEEK));
/// "từ tháng 9 đến tháng 11/2026": one span of months, run from the "từ" before a month lead;
/// the second "tháng" may be left out ("từ tháng 1 - 9/2025", "từ tháng 1 đến 9/2025").
/// Either month may carry a part ("từ cuối tháng 9 đến đầu tháng 10"): groups 1 and 4.
const MONTH_SPAN: &str = r"(?i:từ)\s+(?:((?i:đầu|giữa|cuối))\s+)?(?i:tháng)\s+(\d{1,2})(?:\s*(?:[/\-–]|(?i:năm))\s*(\d{4}))?\s*(?:(?i:đến|tới)|[-–—])\s*(?:(?i:hết)\s+)?(?:(?:((?i:đầu|giữa|cuối))\s+)?(?i:tháng)\s+)?(\d{1,2})(?:\s*(?:[/\-–]|(?i:năm))\s*(\d{4}))?";
static MONTH_SPAN_AT: Lazy<Regex> = Lazy::new(|| at_start(MONTH_SPAN));
/// "từ ngày 20 đến ngày 25 tháng 10 (năm 2026)": [`DAY_SPAN`] with its months and years in
/// words, in the same groups.
const DAY_SPAN_WORDS: &str = r"(?:(?i:từ)\s+(?:(?i:ngày)\s+)?|(?i:ngày)\s+)(\d{1,2})(?:\s+(?i:tháng)\s+(\d{1,2})(?:\s+(?i:năm)\s+(\d{4}))?)?\s*(?:(?i:đến|tới)|[-–—])\s*(?:(?i:hết)\s+)?(?:(?i:ngày)\s+)?(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})(?:\s+(?i:năm)\s+(\d{4}))?";
static DAY_SPAN_WORDS_AT: Lazy<Regex> = Lazy::new(|| at_start(DAY_SPAN_WORDS));
/// "từ tuần 40 đến tuần 46 năm 2026": one span of ISO weeks, run from the "từ" before a week lead.
const WEEK_SPAN: &str = r"(?i:từ)\s+(?i:tuần)\s+(?:(?i:thứ)\s+)?(\d{1,2})(?:\s*(?:(?i:năm)|/)\s*(\d{4}))?\s*(?:(?i:đến|tới)|[-–—])\s*(?:(?i:hết)\s+)?(?i:tuần)\s+(?:(?i:thứ)\s+)?(\d{1,2})(?:\s*(?:(?i:năm)|/)\s*(\d{4}))?";
static WEEK_SPAN_AT: Lazy<Regex> = Lazy::new(|| at_start(WEEK_SPAN));
static SHORT_LEAD: Lazy<Regex> =
    // "Hôm qua (2/12)", "sáng nay (3/12)", "chiều thứ Ba (4/11)": news gives the day in
    // brackets after its word or its weekday, or after a comma ("Hôm qua, 13/11", "(thứ
    // Năm, 13/11)", "sáng thứ Hai, 3/11": a weekday so only in capitals, as "thứ hai, 3/5
    // xã" is "second"); a deadline may drop "ngày" ("hoàn thành trước 30/11", "chậm nhất
    // 5/12").
    Lazy::new(|| {
        re(r"(?i)(?:ngày|hôm|từ|đến|tới|trước|hết|chậm nhất|muộn nhất|hạn chót|sáng|chiều|tối|trưa|đêm)\s*$|(?:qua|nay|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*\(\s*$|(?:\bhôm\s+(?:qua|nay)|\(\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)|(?-i:thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ\s+[Nn]hật))\s*,\s*$")
    });
/// Words that make the date after them a deadline.
static DEADLINE_LEAD: Lazy<Regex> = Lazy::new(|| re(r"(?i)(?:trước|chậm nhất|hạn chót|hạn|đến hết)(?:\s+ngày)?$"));
/// Words of the time of day before "d.m": "Sáng 12.3" is a date, "tăng 12.3" is not; and
/// "trước", of a deadline as newspapers write it ("báo cáo trước 10-1").
static DAY_PART: Lazy<Regex> = Lazy::new(|| re(r"(?i)(?:ngày|sáng|chiều|tối|trưa|đêm|trước)\s*$"));
static YEAR_RANGE_AFTER: Lazy<Regex> = Lazy::new(|| re(r"^\s*[-–—]\s*\d{4}"));
static EVENT_WORDS: Lazy<Regex> = Lazy::new(|| {
    re(r"(?i)tổ chức|khảo sát|làm việc|hội nghị|hội thảo|diễn ra|đến thăm|thăm|kiểm tra|cuộc họp|họp|khai mạc|phát động|ra quân|tiếp đón|chủ trì|tập huấn|ký kết|trao")
});

/// What the document says about its own year, for dates and periods written without one.
#[derive(Debug, Clone, Default)]
pub struct YearContext {
    pub year: Option<i32>,
    /// Published date (year, month, day), when known.
    pub published: Option<(i32, u32, u32)>,
    /// The month the document was written in (published, else the date it is signed),
    /// that "9 tháng qua" counts back from.
    pub written: Option<(i32, u32)>,
    /// The day it was written on, when a whole date tells it (published, signed, else the
    /// body's first): where "từ đầu năm đến nay" ends.
    pub today: Option<(i32, u32, u32)>,
    /// The one period the title names ("BÁO CÁO … THÁNG 10 NĂM 2025", "… tuần 41 năm
    /// 2025"), set by [`YearContext::with_title_period`]: what "trong tháng" and "trong
    /// tuần" refer to when the body named no month or week before them.
    pub title_period: Option<DateRange>,
    /// Whether `year` is the year a plan is for ("… triển khai nhiệm vụ năm 2027"), the text
    /// dating nothing else: such a text is written at the turn into that year.
    pub plan_year: bool,
    /// The year a review held at the turn into the plan's year reviews ("tổng kết công tác
    /// năm 2026 và triển khai kế hoạch năm 2027"), `year` being the plan's: a period it names
    /// with no year ("Trong quý IV, Trung tâm đã …", "6 tháng cuối năm") is told of the year
    /// reviewed, as its days of the second half are ([`YearContext::year_for`]).
    pub reviewed_year: Option<i32>,
}

/// Words of a title after which it names what is to be done, not what was.
const PLAN_PARTS: &[&str] = &["phương hướng", "nhiệm vụ", "kế hoạch"];

impl YearContext {
    /// `body_digits` are the places of the body's digits ([`digit_places`]).
    pub fn from_record(rec: &Record, body_digits: &[usize]) -> YearContext {
        let published = rec.published.as_deref().and_then(parse_iso);
        let doc_year = rec.document.as_ref().and_then(|d| d.date).and_then(|d| d.year);
        // The body's first whole date ([`first_whole_date`]), looked for once at most.
        let first_whole = std::cell::OnceCell::new();
        let first_whole = || *first_whole.get_or_init(|| first_whole_date(&rec.body, body_digits));
        let first_full = || first_whole().map(|(_, y, m, d)| (y, m, d));
        let title = rec.title.as_deref().unwrap_or("");
        // The year named, whether it is a plan's, and whether it was read after a review of
        // the year before ([`first_year_read`]).
        let named = match first_year_read(title) {
            // "Hội nghị tổng kết công tác năm 2026" over a body that goes on "… và triển khai
            // kế hoạch năm 2027": the body's plan year dates the text, as in [`first_year`].
            Some((y, false, _)) if names_a_review(title) => {
                first_year(&rec.body).filter(|&(b, plan)| plan && b == y + 1).map(|(b, _)| (b, true, true)).or(Some((y, false, false)))
            }
            Some(named) => Some(named),
            None => first_year_read(&rec.body),
        };
        // A year the body names after its first whole date, no plan's, is one looked back on:
        // the whole date dates the text, and its days without a year are read nearest to it,
        // as a published date's are ("Sáng 5/1/2026, … sơ kết năm 2025. Ngày 28/12, …").
        let anchored = published.is_none()
            && doc_year.is_none()
            && first_year_read(title).is_none()
            && named.is_some_and(|(_, plan, _)| !plan)
            && dated_before_a_year(&rec.body, first_whole());
        let named = named.filter(|_| !anchored);
        let anchor = first_full().filter(|_| anchored).and_then(|(y, m, d)| Some((y?, m?, d?))).filter(|&(y, m, d)| iso(y, m, d).is_some());
        let year = published
            .map(|p| p.0)
            .or(doc_year)
            .or(named.map(|(y, _, _)| y))
            .or_else(|| first_full().and_then(|(y, _, _)| y).filter(|y| plausible_year(*y)));
        let plan_year = published.is_none() && doc_year.is_none() && named.is_some_and(|(_, plan, _)| plan);
        let signed = rec.document.as_ref().and_then(|d| d.date).and_then(|d| Some((d.year?, d.month?)));
        // A news item with no date of its own was written near the first day it names.
        let first_day = || {
            let (y, m, d) = first_full()?;
            let (y, m) = (y.filter(|y| plausible_year(*y))?, m.filter(|m| (1..=12).contains(m))?);
            Some((y, m, d.filter(|&d| iso(y, m, d).is_some())))
        };
        let written = published.map(|(y, m, _)| (y, m)).or(signed).or_else(|| first_day().map(|(y, m, _)| (y, m)));
        // A published date without its day ("2025-10") tells no day.
        let published_day = published.filter(|_| rec.published.as_deref().is_some_and(|p| p.len() >= 10));
        let signed_day = rec.document.as_ref().and_then(|d| d.date).and_then(|d| Some((d.year?, d.month?, d.day?)));
        let today = published_day.or(signed_day).or_else(|| first_day().and_then(|(y, m, d)| Some((y, m, d?))));
        let reviewed_year = named.filter(|&(_, _, reviewed)| plan_year && reviewed).map(|(y, _, _)| y - 1);
        YearContext { year, published: published.or(anchor), written, today, title_period: None, plan_year, reviewed_year }
    }

    /// The year of a period named with no year: the year reviewed, in a review held at the
    /// turn into the plan's year ([`YearContext::reviewed_year`]), else the text's.
    pub fn period_year(&self) -> Option<i32> {
        self.reviewed_year.or(self.year)
    }

    /// The year of a period written with no year that opens in `month` (a month, a quarter,
    /// a week), `head` the text before it. With a published date, a period opening in the
    /// last quarter before it, across New Year, is the year before's ("Trong tháng 12",
    /// "quý IV", "tuần 52" in a report of January; "tháng 12" in one of March): reports
    /// look back on the months just ended, while a later month named further from the New
    /// Year is as often a plan's ("tiêm vắc xin vào tháng 9" in February). A period aimed at
    /// ("đến tháng 12", "trước quý IV") is ahead, in the published year. Otherwise, and in
    /// a plan, or where the text names a year of its own, the year reviewed or the text's
    /// ([`YearContext::period_year`]).
    pub fn year_of_period(&self, month: u32, head: &str) -> Option<i32> {
        if let Some(y) = self.planned_next_year(month, 1) {
            return Some(y);
        }
        match self.published {
            Some((y, pm, _)) if month >= pm + 9 && self.looks_back_from(y) && !aims_ahead(head) => Some(y - 1),
            _ => self.period_year(),
        }
    }

    /// The year after the document's day, for a day or month early in it (`month`, `day`)
    /// named with no year in a text whose title names that year as its one period
    /// ("Triển khai chiến dịch tiêm chủng năm 2027", signed 10/12/2026): such a text plans
    /// the coming year, and its "giữa tháng 01" or "quý I" are the coming ones, not those
    /// of the year ending. Only within [`NEXT_YEAR_DUE_DAYS`] ahead and in an earlier month
    /// than the document's: "tháng 12" of that text is still its own month.
    fn planned_next_year(&self, month: u32, day: u32) -> Option<i32> {
        let (ty, tm, td) = self.today?;
        let title_year = self.title_period.as_ref()?.start.get(..4)?.parse::<i32>().ok()?;
        (title_year == ty + 1 && month < tm && days_into_next_year((tm, td), (month, day)) <= NEXT_YEAR_DUE_DAYS).then_some(ty + 1)
    }

    /// Whether a period with no year may be the year before `published_year`'s: the text is
    /// no plan, and the only year it dates by is the published one.
    fn looks_back_from(&self, published_year: i32) -> bool {
        !self.plan_year && self.period_year().is_none_or(|y| y == published_year)
    }

    /// The context with the title's period: the one period `title` names, if it names one
    /// (in capitals "THÁNG 10 NĂM 2025" reads as a month and a year: the year holds the
    /// month, which is the period), none if it names two apart ("năm 2025 và năm 2026").
    pub fn with_title_period(mut self, title: Option<&str>) -> YearContext {
        let Some(title) = title else { return self };
        let digits = digit_places(title);
        if digits.is_empty() {
            return self;
        }
        // The title's own warnings are given when it is read as a field.
        let hits = find(title, &digits, &self, &mut Vec::new());
        // "Kết quả hoạt động tháng 5 và phương hướng nhiệm vụ tháng 6": the plan's month is
        // not the report's.
        let lower = lower_same_len(title);
        let plans = PLAN_PARTS.iter().filter_map(|w| lower.find(w)).min().unwrap_or(title.len());
        let periods: Vec<(&str, &str)> = hits
            .iter()
            .filter(|h| h.kind == EntityKind::Period && h.end <= plans)
            .filter_map(|h| match &h.normalized {
                Some(Normalized::Range { start, end }) => Some((start.as_str(), end.as_str())),
                _ => None,
            })
            .collect();
        // ISO days of one length compare as strings.
        let narrowest = periods.iter().copied().max_by(|a, b| a.0.cmp(b.0).then(b.1.cmp(a.1)));
        self.title_period = narrowest
            .filter(|n| periods.iter().all(|p| p.0.len() == n.0.len() && p.0 <= n.0 && n.1 <= p.1))
            .map(|(start, end)| DateRange { start: start.to_string(), end: end.to_string() });
        // "BÁO CÁO HOẠT ĐỘNG THÁNG 9/2026" over a body that writes no year: the title's year is
        // the document's, for "tháng 8" and "tuần 46" written without one.
        if self.year.is_none() {
            self.year = self.title_period.as_ref().and_then(|p| p.start.get(..4)?.parse().ok()).filter(|y| plausible_year(*y));
        }
        self
    }

    /// The year of a deadline written without one, first read as `y`: a task is due after the
    /// document is written, so a day long before the document's ("trước ngày 10/01" in a
    /// notice of 20/11/2026) is in the year after.
    pub fn due_year(&self, y: i32, m: u32, d: u32) -> i32 {
        match self.today {
            // Months of 31 days, as [`YearContext::year_for`] counts them: near enough here.
            Some((ty, tm, td)) if y == ty && (tm as i32 - m as i32) * 31 + (td as i32 - d as i32) > PAST_DUE_DAYS => y + 1,
            _ => y,
        }
    }

    /// The year of a day written without one, `head` the text before it: a deadline's day
    /// ("chậm nhất ngày 10/01" in a letter of December) by [`YearContext::due_year`], as the
    /// task's deadline reads it, when that day is at most [`NEXT_YEAR_DUE_DAYS`] ahead; any
    /// other by [`YearContext::year_for`]. A mid-year review's "đã hoàn thành trước ngày 30/4"
    /// (in July) tells of a deadline met, not of one nine months ahead.
    fn year_of_day(&self, m: u32, d: u32, head: &str) -> Option<i32> {
        let y = self.year_for(m, d)?;
        let due = self.due_year(y, m, d);
        let soon = |(_, tm, td): (i32, u32, u32)| days_into_next_year((tm, td), (m, d)) <= NEXT_YEAR_DUE_DAYS;
        // The day sums first: most days are not a year's turn away, and the lead's words
        // are read only for those that are.
        Some(if due > y && self.today.is_some_and(soon) && names_a_deadline(head) { due } else { y })
    }

    /// The year of a day and month written without one.
    pub fn year_for(&self, month: u32, day: u32) -> Option<i32> {
        if let Some(y) = self.planned_next_year(month, day) {
            return Some(y);
        }
        match self.published {
            // The nearest reading wins: a date more than half a year after publication
            // belongs to the year before ("ngày 28/12" in January); one a few months after
            // is a deadline or a plan in the same year ("trước ngày 15/9" in July).
            Some((y, pm, pd)) if (month as i32 - pm as i32) * 31 + (day as i32 - pd as i32) > 183 => Some(y - 1),
            Some((y, _, _)) => Some(y),
            // "Sáng 28/11, … tổng kết năm 2026, triển khai nhiệm vụ năm 2027": a day of the
            // second half of the year is in the year before the plan's, as one of the first
            // half is in the plan's own.
            None if self.plan_year => self.year.map(|y| if month >= 7 { y - 1 } else { y }),
            None => self.year,
        }
    }
}

/// The body's first date written whole: "20/3/2026", or one with its year in two digits
/// after a date's lead ("Ngày 15/11/25"), whichever comes first; where it starts, and its
/// year, month and day as numbers.
fn first_whole_date(body: &str, digits: &[usize]) -> Option<(usize, Option<i32>, Option<u32>, Option<u32>)> {
    let full = full_nums(body, digits.iter().copied()).next().map(|f| (f.start, f.year.parse().ok(), f.month.parse().ok(), f.day.parse().ok()));
    let upto = full.map_or(body.len(), |f| f.0);
    let short = digit_led(body, digits.iter().copied().take_while(move |&i| i < upto), short_at).find_map(|(a, b)| {
        let (end, year) = two_digit_year(body, a, b)?;
        if !number_edges_free(body, a, end) || !SHORT_LEAD.is_match(lead_tail(body, a)) {
            return None;
        }
        let (day, month) = body[a..b].split_once(['/', '.', '-'])?;
        Some((a, Some(year), month.parse().ok(), day.parse().ok()))
    });
    short.or(full)
}

/// Whether the body's first whole date (`first`, from [`first_whole_date`]) stands before
/// any year it names, and so dates the text: "Sáng 20/3/2026, … đến ngày 24/3. Năm 2025,
/// Trung tâm đã …" is written in 2026, the year named after being one looked back on. A
/// date that only cites a document ("Kế hoạch số 12/KH-UBND ngày 5/1/2025") dates none.
fn dated_before_a_year(body: &str, first: Option<(usize, Option<i32>, Option<u32>, Option<u32>)>) -> bool {
    let Some((at, Some(year), _, _)) = first else { return false };
    let head = &body[..at];
    plausible_year(year) && !cites_a_document(head) && first_year_read(head).is_none()
}

/// The dozen chars before `a`, where a date's lead is looked for ([`SHORT_LEAD`]).
fn lead_tail(s: &str, a: usize) -> &str {
    &s[s[..a].char_indices().rev().nth(12).map(|(i, _)| i).unwrap_or(0)..a]
}

fn parse_iso(s: &str) -> Option<(i32, u32, u32)> {
    let y = s.get(0..4)?.parse().ok()?;
    let m = s.get(5..7).and_then(|x| x.parse().ok()).unwrap_or(1);
    let d = s.get(8..10).and_then(|x| x.parse().ok()).unwrap_or(1);
    Some((y, m, d))
}

/// The first year named that can be the document's own: not one a span starts from ("từ
/// năm 2003 đến nay") nor one compared with ("so với cùng kỳ năm 2024"); and whether it
/// is named as the year a plan is for ("nhiệm vụ năm 2027").
fn first_year(s: &str) -> Option<(i32, bool)> {
    first_year_read(s).map(|(year, plan, _)| (year, plan))
}

/// [`first_year`], and whether the plan's year was read after a review of the year before
/// ("tổng kết công tác năm 2026 và triển khai kế hoạch năm 2027").
fn first_year_read(s: &str) -> Option<(i32, bool, bool)> {
    let (year, plan, at) = year_words(s, 0)
        .filter(|m| !names_an_earlier_year(&s[..m.start]) && !names_a_target_year(&s[..m.start]))
        .filter_map(|m| Some((year_digits(&s[m.clone()]).parse().ok()?, names_a_plan(&s[..m.start]), m)))
        .find(|(y, _, _)| plausible_year(*y))?;
    // "tổng kết công tác năm 2026 và triển khai kế hoạch năm 2027": a review of the year
    // ending, held at the turn into the plan's, which dates the text as a plan's year does.
    // The plan's year is looked for only in the few words after the review's.
    if !plan && reviews(&s[..at.start]) {
        let window = &s[..ahead_by(s, at.end, 80)];
        if let Some(next_at) = year_words(window, at.end).next() {
            let between = &s[at.end..next_at.start];
            let next: Option<i32> = year_digits(&s[next_at.clone()]).parse().ok();
            if next == Some(year + 1) && !between.contains(['.', ';']) && names_a_plan(&s[..next_at.start]) {
                return Some((year + 1, true, true));
            }
        }
    }
    Some((year, plan, false))
}

/// Whether the words before "năm YYYY" (`head`) hold "tổng kết" among its last few: the
/// year is reviewed as a whole ("tổng kết công tác y tế năm 2026").
fn reviews(head: &str) -> bool {
    names_a_review(&head[back_by(head, head.len(), 80)..])
}

/// "ổng kết" and "ỔNG KẾT", of "tổng kết" in any case.
static REVIEW_SMALL: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("ổng kết"));
static REVIEW_CAPITALS: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("ỔNG KẾT"));

/// Whether `s` holds "tổng kết" in any of its three cases.
fn names_a_review(s: &str) -> bool {
    REVIEW_SMALL.find(s.as_bytes()).is_some() || REVIEW_CAPITALS.find(s.as_bytes()).is_some()
}

/// Whether the words before "năm YYYY" (`head`) make it a year aimed at ("phấn đấu đến năm
/// 2030", "hoàn thành trước năm 2028"), which the document is written before.
fn names_a_target_year(head: &str) -> bool {
    ends_with_a_word_of(head, &["đến", "Đến", "đến hết", "tới", "trước", "tầm nhìn"])
}

/// Whether the words before "năm YYYY" (`head`) make it the year of a plan's tasks, or the
/// year something is for ("dự trù vắc xin cho năm 2027").
fn names_a_plan(head: &str) -> bool {
    ends_with_a_word_of(head, &["nhiệm vụ", "Nhiệm vụ", "NHIỆM VỤ", "phương hướng", "Phương hướng", "PHƯƠNG HƯỚNG", "cho"])
        || makes_a_plan(head)
}

/// Verbs of making or launching a plan, and what the plan is called (two syllables each).
const PLAN_VERBS: &[&str] = &["triển khai", "xây dựng", "ban hành", "phê duyệt", "thông qua"];
const PLAN_NOUNS: &[&str] = &["kế hoạch", "nhiệm vụ", "phương hướng"];

/// Whether `head` ends with a plan made or launched and what it is of: "triển khai kế hoạch
/// tiêm chủng mở rộng" before "năm 2027". The words between are a few plain words: no
/// figure, no punctuation, no quarter or month ("nhiệm vụ quý III năm 2026" is a quarter's),
/// and "đạt 97% kế hoạch năm 2026", launching nothing, is the year's own result.
fn makes_a_plan(head: &str) -> bool {
    let words: Vec<&str> = head.split_whitespace().rev().take(10).collect();
    let pair = |i: usize, set: &[&str]| {
        words.get(i + 1).zip(words.get(i)).is_some_and(|(a, b)| set.iter().any(|w| w.split_once(' ').is_some_and(|(x, y)| equals_lower(a, x) && equals_lower(b, y))))
    };
    for i in 0..words.len().min(7) {
        if pair(i, PLAN_NOUNS) {
            return pair(i + 2, PLAN_VERBS);
        }
        let w = words[i];
        if !w.chars().all(char::is_alphabetic) || ["quý", "tháng", "tuần"].iter().any(|p| equals_lower(w, p)) {
            return false;
        }
    }
    false
}

/// Whether the words before a period (`head`) make it a time aimed at ("đến tháng 12",
/// "trước quý IV", "đến hết tuần 30"), not one a count runs to ("tính đến tháng 12").
fn aims_ahead(head: &str) -> bool {
    let head = head.trim_end();
    let head = head.strip_suffix("hết").filter(|h| h.ends_with(char::is_whitespace)).unwrap_or(head);
    let to = ["đến", "tới"].iter().find_map(|w| head.trim_end().strip_suffix(w)).filter(|h| !h.ends_with(is_alnum));
    match to {
        Some(rest) => !ends_with_a_word_of(rest, &["tính", "Tính"]),
        None => ends_with_a_word_of(head, &["trước", "Trước"]),
    }
}

/// Days before the document's own day that a deadline without its year may still be read
/// in the same year: a report tells of a deadline just past ("đã hoàn thành trước ngày 15/11"
/// in a report of early December); further back it is next year's.
const PAST_DUE_DAYS: i32 = 62;

/// Days ahead, into the next year, that a deadline's day without its year may be read as a
/// date of that year: a letter of the year's last months sets deadlines early in the next.
const NEXT_YEAR_DUE_DAYS: i32 = 124;

/// Days from the day `from` (month, day) to the day `to` of the next year, in months of 31
/// days as [`YearContext::year_for`] counts them: near enough for a bound in days.
fn days_into_next_year((fm, fd): (u32, u32), (tm, td): (u32, u32)) -> i32 {
    (12 + tm as i32 - fm as i32) * 31 + (td as i32 - fd as i32)
}

/// Words right before a day (and its "ngày") that make it a deadline: "trước ngày 20/01",
/// "chậm nhất ngày 10/01", "hạn chót 15/01".
const DEADLINE_LEADS: &[&str] = &["trước", "Trước", "chậm nhất", "Chậm nhất", "muộn nhất", "hạn chót", "hạn"];

/// Whether `head`, the text before a day, ends with one of [`DEADLINE_LEADS`], perhaps then an
/// hour ("trước 16 giờ ngày 05/01", [`without_hour`]) and "ngày"; or with "trong ngày", a task
/// due that day ("báo cáo trong ngày 05/01"), as the task's deadline reads them.
fn names_a_deadline(head: &str) -> bool {
    let head = head.trim_end();
    let day = head.strip_suffix("ngày").filter(|h| h.ends_with(char::is_whitespace));
    if day.is_some_and(|h| ends_with_a_word_of(h, &["trong", "Trong"])) {
        return true;
    }
    ends_with_a_word_of(without_hour(day.unwrap_or(head)), DEADLINE_LEADS)
}

/// `head` without the hour it ends with, if any: "trước 16 giờ", "chậm nhất 17 giờ 30 phút",
/// "trước 16h00," and "trước 9.30" end with one, read word by word from the end; an hour
/// holds a digit and "giờ" or the mark after its digits, else `head` is given back whole
/// ("trước 2 ngày" names a count, not an hour).
fn without_hour(head: &str) -> &str {
    let hour_word = |w: &str| {
        let w = w.trim_end_matches(',');
        w == "giờ" || w == "phút" || w.starts_with(|c: char| c.is_ascii_digit()) && w.len() <= 5 && w.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'h' | b'g' | b'.' | b':'))
    };
    let mut rest = head.trim_end();
    let (mut digit, mut marked) = (false, false);
    while let Some((before, word)) = rest.rsplit_once(char::is_whitespace) {
        if !hour_word(word) {
            break;
        }
        digit |= word.starts_with(|c: char| c.is_ascii_digit());
        marked |= word == "giờ" || word.contains(['h', 'g', '.', ':']);
        rest = before.trim_end();
    }
    if digit && marked { rest } else { head }
}

/// Whether the words before "năm YYYY" (`head`) make it a year before the document's.
fn names_an_earlier_year(head: &str) -> bool {
    ends_with_a_word_of(head, &["từ", "Từ", "cùng kỳ", "so với", "so"])
}

/// Whether `head`, trimmed at its end, ends with one of `words` as a whole word.
pub(super) fn ends_with_a_word_of(head: &str, words: &[&str]) -> bool {
    let head = head.trim_end();
    words.iter().any(|w| head.ends_with(w) && !head[..head.len() - w.len()].ends_with(is_alnum))
}

/// The `(\d{4})` group of a YEAR match: its last four chars (`\d` may be any Unicode digit).
fn year_digits(m: &str) -> &str {
    &m[m.char_indices().rev().nth(3).map_or(0, |(i, _)| i)..]
}

fn plausible_year(y: i32) -> bool {
    (1945..=2100).contains(&y)
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// "YYYY-MM-DD" for a real calendar day.
pub fn iso(y: i32, m: u32, d: u32) -> Option<String> {
    if !plausible_year(y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(ymd(y, m, d))
}

fn range(y: i32, m1: u32, m2: u32) -> Normalized {
    Normalized::Range { start: ymd(y, m1, 1), end: ymd(y, m2, days_in_month(y, m2)) }
}

/// `format!("{y:04}-{m:02}-{d:02}")`, written digit by digit: the formatting machinery
/// costs more than the ten bytes for the thousands of dates and periods of a corpus.
pub(super) fn ymd(y: i32, m: u32, d: u32) -> String {
    if !(0..=9999).contains(&y) || m > 99 || d > 99 {
        return format!("{y:04}-{m:02}-{d:02}");
    }
    let y = y as u32;
    let digit = |n: u32| char::from(b'0' + n as u8);
    let mut out = String::with_capacity(10);
    out.extend([digit(y / 1000), digit(y / 100 % 10), digit(y / 10 % 10), digit(y % 10), '-']);
    out.extend([digit(m / 10), digit(m % 10), '-', digit(d / 10), digit(d % 10)]);
    out
}

/// Dates and periods of one field, and warnings about years that could not be inferred.
pub fn find(s: &str, places: &[usize], ctx: &YearContext, warnings: &mut Vec<String>) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    let mut taken = SpanSet::new();

    // Three patterns open with a digit: `places` are the digits ([`digit_places`]).
    let upto = through_last_digit(s, &places);
    let leads = Leads::find(s, &places);
    // Before the whole dates in words, which would take the span's last day alone.
    day_spans(s, upto, &DAY_SPAN_WORDS_AT, &leads.span, ctx, &mut hits, &mut taken, warnings);
    for c in matches_at(&FULL_WORDS_AT, upto, &leads.day) {
        let (Some(d), Some(m), Some(y)) = (num(&c, 1), num(&c, 2), num(&c, 3)) else { continue };
        if let Some(n) = iso(y as i32, m, d) {
            let g = c.get(1).map(|g| g.start()).unwrap_or(0);
            let end = c.get(0).map(|x| x.end()).unwrap_or(g);
            taken.insert(g, end);
            hits.push(Hit::new(EntityKind::Date, g, end, Normalized::Text(n)));
        }
    }
    // A span's ends may be whole dates ("từ ngày 06/10 đến ngày 12/10/2025"): the span
    // is read before them, so that it is one period rather than two dates.
    day_spans(s, upto, &DAY_SPAN_AT, &leads.span, ctx, &mut hits, &mut taken, warnings);
    year_to_day_spans(s, ctx, &mut hits, &mut taken);
    month_to_day_spans(s, ctx, &mut hits, &mut taken);
    // Before the whole dates and the months alone: "từ tháng 9 đến tháng 11/2026" is one
    // period, not two, and "từ tháng 1 - 9/2025" no day "1 - 9/2025".
    for (a, b, n) in month_spans(upto, &leads.month, ctx) {
        if !taken.overlaps(a, b) {
            taken.insert(a, b);
            hits.push(Hit::new(EntityKind::Period, a, b, n));
        }
    }
    for f in full_nums(s, places.iter().copied()) {
        if !number_edges_free(s, f.start, f.end) || taken.overlaps(f.start, f.end) {
            continue;
        }
        let (Ok(d), Ok(m), Ok(y)) = (f.day.parse::<u32>(), f.month.parse::<u32>(), f.year.parse::<u32>()) else { continue };
        if let Some(n) = iso(y as i32, m, d) {
            taken.insert(f.start, f.end);
            hits.push(Hit::new(EntityKind::Date, f.start, f.end, Normalized::Text(n)));
        }
    }
    for c in matches_at(&DAY_MONTH_WORDS_AT, upto, &leads.day) {
        let (Some(all), Some(g)) = (c.get(0), c.get(1)) else { continue };
        if taken.overlaps(all.start(), all.end()) || s[all.end()..].trim_start().starts_with(|ch: char| ch.is_ascii_digit()) {
            continue;
        }
        let (Some(d), Some(m)) = (num(&c, 1), num(&c, 2)) else { continue };
        if let Some(n) = ctx.year_of_day(m, d, &upto[..g.start()]).and_then(|y| iso(y, m, d)) {
            taken.insert(g.start(), all.end());
            hits.push(Hit::new(EntityKind::Date, g.start(), all.end(), Normalized::Text(n)));
        }
    }
    bare_days_in_words(upto, &leads.bare_day, ctx, &mut hits, &mut taken, warnings);
    // Before the periods, which would read "năm 2027" of "Tết Nguyên đán năm 2027" alone.
    lunar_new_years(s, &mut hits, &mut taken);
    periods(s, &places, &leads, ctx, &mut hits, &mut taken, warnings);
    for (a, short_end) in digit_led(s, places.iter().copied(), short_at) {
        // "ngày 29/12/25": the year in two digits, read only where a lead below makes the
        // whole a date ("12/15/20 ca" has none).
        let (b, short_year) = two_digit_year(s, a, short_end).map_or((short_end, None), |(e, y)| (e, Some(y)));
        let tail = lead_tail(s, a);
        if !number_edges_free(s, a, b) || taken.overlaps(a, b) || !(SHORT_LEAD.is_match(tail) || listed_after_a_date(s, a, &hits) || after_a_named_day(s, a)) {
            continue;
        }
        // "d.m" and "d-m" (as newspapers write "chiều 3-10") only straight after "ngày" or
        // a time of day: elsewhere they are a decimal, a version or a range ("từ 3-5 ngày").
        // `\d` matches none of "/", "." and "-", so the first of them is the separator.
        let all = &s[a..short_end];
        let Some(sep) = all.find(['/', '.', '-']) else { continue };
        let (day, sep, month) = (&all[..sep], &all[sep..sep + 1], &all[sep + 1..]);
        if sep != "/" && !DAY_PART.is_match(tail) || sep == "-" && counts_something(&s[b..]) {
            continue;
        }
        let (Ok(d), Ok(m)) = (day.parse::<u32>(), month.parse::<u32>()) else { continue };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            continue;
        }
        match short_year.or_else(|| ctx.year_of_day(m, d, &s[..a])).and_then(|y| iso(y, m, d)) {
            Some(n) => hits.push(Hit::new(EntityKind::Date, a, b, Normalized::Text(n))),
            None => warnings.push(format!("date \"{}\" has no year and none could be inferred", &s[a..b])),
        }
    }
    hits.sort_by_key(|h| (h.start, h.end));
    back_references(s, &mut hits, &taken, ctx.title_period.as_ref(), ctx.today);
    hits
}

/// "Tết Nguyên đán Bính Ngọ 2026", "Tết Nguyên đán năm 2027", "TẾT NGUYÊN ĐÁN 2026": the
/// Lunar New Year of the year named ([`lunar_new_year`]), as the feast's three days (mùng 1
/// to mùng 3). A plan "dịp Tết Nguyên đán Bính Ngọ 2026" written in December is for them,
/// and its title so dates its early months in the coming year. Without a year no period:
/// which Tết "trước Tết" means hangs on the day the text was written.
fn lunar_new_years(s: &str, hits: &mut Vec<Hit>, taken: &mut SpanSet) {
    // "guyên đán" in small letters or capitals: most texts hold neither.
    static SMALL: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("guyên đán"));
    static CAPITALS: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("GUYÊN ĐÁN"));
    let found = SMALL.find_iter(s.as_bytes()).chain(CAPITALS.find_iter(s.as_bytes()));
    for at in found.collect::<Vec<_>>() {
        // "Tết N" before it, in any case: "Tết ", "tết " and "TẾT " are each six bytes.
        let Some(start) = at.checked_sub(7).filter(|&a| s.is_char_boundary(a)) else { continue };
        if !equals_lower(&s[start..at - 1], "tết ") || !matches!(s.as_bytes()[at - 1], b'N' | b'n') || s[..start].ends_with(is_alnum) {
            continue;
        }
        let Some((end, y)) = feast_year(s, at + "guyên đán".len()) else { continue };
        let Some((m, d)) = lunar_new_year(y) else { continue };
        let Some(third_day) = days_after((y, m, d), 2) else { continue };
        if !taken.overlaps(start, end) {
            taken.insert(start, end);
            hits.push(Hit::new(EntityKind::Period, start, end, Normalized::Range { start: ymd(y, m, d), end: third_day }));
        }
    }
}

/// The year right after a feast's name at `from`, and its end: "2026", "năm 2026", "Bính Ngọ
/// 2026", "Bính Ngọ năm 2026"; up to three words before it, each "năm" or a name's word in
/// capitals (the year's name), so "Tết Nguyên đán cho 2025 hộ" names no year.
fn feast_year(s: &str, from: usize) -> Option<(usize, i32)> {
    let mut at = from;
    for _ in 0..4 {
        at = some_spaces(s, at)?;
        if let Some(end) = four_digits(s, at) {
            return (!s[end..].starts_with(is_alnum)).then(|| Some((end, s[at..end].parse().ok()?))).flatten();
        }
        let word = &s[at..at + s[at..].find(|c: char| !c.is_alphabetic()).unwrap_or(s.len() - at)];
        if word.is_empty() || !word.starts_with(char::is_uppercase) && !equals_lower(word, "năm") {
            return None;
        }
        at += word.len();
    }
    None
}

/// Days in words without "ngày" ([`BARE_DAY_WORDS`]), before the periods, which would read
/// "tháng 11 năm 2025" alone as the month.
fn bare_days_in_words(upto: &str, starts: &[usize], ctx: &YearContext, hits: &mut Vec<Hit>, taken: &mut SpanSet, warnings: &mut Vec<String>) {
    for c in matches_at(&BARE_DAY_WORDS_AT, upto, starts) {
        let Some(all) = c.get(0) else { continue };
        let (Some(d), Some(m)) = (num(&c, 1), num(&c, 2)) else { continue };
        // "Chiều 5 tháng 11 năm" glued to more digits is no date of these.
        let glued = upto[all.end()..].starts_with(|ch: char| ch.is_ascii_digit());
        if glued || taken.overlaps(all.start(), all.end()) {
            continue;
        }
        let year = num(&c, 3).map(|y| y as i32).or_else(|| ctx.year_for(m, d));
        match year.and_then(|y| iso(y, m, d)) {
            Some(n) => {
                taken.insert(all.start(), all.end());
                hits.push(Hit::new(EntityKind::Date, all.start(), all.end(), Normalized::Text(n)));
            }
            None if year.is_none() && (1..=12).contains(&m) => warnings.push(format!("date \"{}\" has no year and none could be inferred", all.as_str())),
            None => {}
        }
    }
}

/// Whether the day at `a` closes the name of a day kept each year, "Ngày" in capitals and a
/// name in capitals with no digit nor stop between: "Ngày Thế giới phòng, chống lao 24/3",
/// "Ngày Sức khỏe Thế giới 7/4" (its "Ngày" is the name's, not a lead before the digits).
fn after_a_named_day(s: &str, a: usize) -> bool {
    const NAME_MAX: usize = 90;
    let mut from = a.saturating_sub(NAME_MAX);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let Some(i) = s[from..a].rfind("Ngày ") else { return false };
    let name = &s[from + i + "Ngày ".len()..a];
    name.starts_with(char::is_uppercase) && name.ends_with(' ') && !name.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ';' | ':' | '\n' | '(' | ')'))
}

/// Whether the day at `a` follows a date of `hits` across "và" or a comma alone: the next
/// day of a list ("các ngày 20/11 và 25/11", "ngày 3/10, 5/10").
fn listed_after_a_date(s: &str, a: usize, hits: &[Hit]) -> bool {
    let head = s[..a].trim_end_matches(' ');
    let Some(head) = head.strip_suffix(" và").or_else(|| head.strip_suffix(',')) else { return false };
    let end = head.trim_end_matches(' ').len();
    hits.iter().any(|h| h.kind == EntityKind::Date && h.end == end)
}

/// Words after a bare "trong tuần" / "trong tháng" that make it some other time ("trong
/// tháng tới", "trong tuần đầu", "trong tuần lễ").
const NOT_BACK: &[&str] = &["thứ", "đầu", "cuối", "tới", "sau", "trước", "lễ", "cao", "điểm"];

/// Periods named by reference to one the text gave before ("Trong tuần 46 … Bệnh tay chân
/// miệng: trong tuần ghi nhận 34 ca"): "(trong) tuần qua", "trong tháng này", "trong tuần"
/// are the last week, or whole month, named before them and not compared with. With none
/// before, they are the title's period if it is one (`titled`); else they count back from
/// the day the document was written (`today`), when it is known ([`relative_to_today`]).
/// `hits` are sorted and stay so.
fn back_references(s: &str, hits: &mut Vec<Hit>, taken: &SpanSet, titled: Option<&DateRange>, today: Option<(i32, u32, u32)>) {
    static WEEK: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("uần"));
    static MONTH: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("háng"));
    let mut found = Vec::new();
    for (finder, week) in [(&*WEEK, true), (&*MONTH, false)] {
        for i in finder.find_iter(s.as_bytes()) {
            let Some(at) = i.checked_sub(1).filter(|&t| matches!(s.as_bytes()[t], b't' | b'T')) else { continue };
            let Some((start, end)) = back_reference_at(s, at, i + if week { "uần".len() } else { "háng".len() }) else { continue };
            if taken.overlaps(start, end) {
                continue;
            }
            if let Some(n) = bracketed_after(s, end, hits) {
                found.push(Hit::new(EntityKind::Period, start, end, n));
                continue;
            }
            let upto = hits.partition_point(|h| h.start < start);
            let fits = |a: &str, b: &str| if week { is_week(a, b) } else { is_month(a, b) };
            let named = hits[..upto].iter().rev().filter(|h| h.kind == EntityKind::Period && !compared(s, h.start, h.end)).find_map(|h| match &h.normalized {
                Some(Normalized::Range { start, end }) if fits(start, end) => Some(Normalized::Range { start: start.clone(), end: end.clone() }),
                _ => None,
            });
            let named = named.or_else(|| {
                titled.filter(|p| fits(&p.start, &p.end)).map(|p| Normalized::Range { start: p.start.clone(), end: p.end.clone() })
            });
            // A bare "trong tuần" inside a phrase is as often "on weekdays" ("các buổi tối
            // trong tuần"): counted from the day written only when it opens a clause.
            let head = s[..start].trim_end();
            let opens = head.is_empty() || head.ends_with(['.', ',', ';', ':', '!', '?']);
            let explicit = s[start..end].ends_with("qua") || s[start..end].ends_with("này");
            let named = named.or_else(|| today.filter(|_| explicit || opens).and_then(|d| relative_to_today(&s[start..end], week, d)));
            if let Some(n) = named {
                found.push(Hit::new(EntityKind::Period, start, end, n));
            }
        }
    }
    if !found.is_empty() {
        hits.extend(found);
        hits.sort_by_key(|h| (h.start, h.end));
    }
}

/// The span of days that a bracket right after a reference gives ("trong tuần qua (từ 25-10
/// đến 31-10)"): the days the writer means, whatever the day written. `hits` are sorted.
fn bracketed_after(s: &str, end: usize, hits: &[Hit]) -> Option<Normalized> {
    let rest = s[end..].trim_start_matches(' ');
    let inner = rest.strip_prefix('(')?;
    let at = s.len() - inner.trim_start_matches(' ').len();
    let i = hits.partition_point(|h| h.start < at);
    let h = hits.get(i).filter(|h| h.start == at && h.kind == EntityKind::Period)?;
    if !s[h.end..].trim_start_matches(' ').starts_with(')') {
        return None;
    }
    h.normalized.clone().filter(|n| matches!(n, Normalized::Range { .. }))
}

/// The period a reference to a week or month names, counted from the day the document was
/// written, `today`: "(trong) tuần qua" and a bare "trong tuần" are the seven days up to
/// it, "(trong) tuần này" the calendar week (Monday to Sunday) holding it, "(trong) tháng
/// này" its month. "Tháng qua" and a bare "trong tháng" are left unread: written early in
/// a month they may mean the month before, or this one.
fn relative_to_today(span: &str, week: bool, (y, m, d): (i32, u32, u32)) -> Option<Normalized> {
    let this = span.ends_with("này");
    match (week, this) {
        // A news item's "phun hóa chất trong tuần này" looks ahead to the week's end.
        (true, true) => {
            let monday = monday_of((y, m, d));
            Some(Normalized::Range { start: day_of_year(y, monday)?, end: day_of_year(y, monday + 6)? })
        }
        (true, false) => Some(Normalized::Range { start: days_after((y, m, d), -6)?, end: iso(y, m, d)? }),
        (false, true) => Some(range(y, m, m)),
        (false, false) => None,
    }
}

/// The days of year `y` before month `m`.
fn days_before_month(y: i32, m: u32) -> i64 {
    (1..m).map(|k| i64::from(days_in_month(y, k))).sum()
}

/// The span of a reference to a week or month whose word runs from `at` to `end`: "(trong)
/// tuần qua", "(trong) tháng này", or a bare "trong tuần" not followed by a number or a word
/// of [`NOT_BACK`]; none after a count ("9 tháng qua", "các tháng qua").
fn back_reference_at(s: &str, at: usize, end: usize) -> Option<(usize, usize)> {
    if s[..at].chars().next_back().is_some_and(is_alnum) || s[end..].chars().next().is_some_and(is_alnum) {
        return None;
    }
    let trong = ["trong ", "Trong "].iter().find(|w| s[..at].ends_with(**w)).map(|w| at - w.len());
    let start = trong.unwrap_or(at);
    let before = s[..start].trim_end();
    let last = before.rsplit(|c: char| !is_alnum(c)).next().unwrap_or("");
    if before.ends_with(|c: char| c.is_ascii_digit()) || ["các", "những", "mấy", "Các", "Những"].contains(&last) {
        return None;
    }
    let rest = s[end..].strip_prefix(' ').unwrap_or("");
    let word_len = rest.find(|c: char| !is_alnum(c)).unwrap_or(rest.len());
    let word = &rest[..word_len];
    if matches!(word, "qua" | "này") {
        return Some((start, end + 1 + word_len));
    }
    let other_time = rest.starts_with(|c: char| c.is_ascii_digit()) || NOT_BACK.contains(&word);
    trong.filter(|_| !other_time).map(|t| (t, end))
}

/// Whether the period at `start..end` is one a figure is compared with: after "so với" ("tăng
/// 12 ca so với tháng 4"), or in brackets with a figure of its own.
fn compared(s: &str, start: usize, end: usize) -> bool {
    ends_with_a_word_of(&s[back_by(s, start, 12)..start], &["so với", "so", "cùng kỳ"]) || compared_in_brackets(s, start, end)
}

/// Whether the period at `start..end` is one a figure is compared with, in brackets with its
/// own figure ("14.532 lượt (tháng 9: 13.870 lượt)"), rather than one that says which days a
/// week is ("tuần 41 (từ ngày 06/10 đến 12/10/2025)"). Looks 200 bytes either side.
pub(super) fn compared_in_brackets(s: &str, start: usize, end: usize) -> bool {
    let from = back_by(s, start, 200);
    let opened = s[from..start].rfind(['(', ')']).is_some_and(|i| s.as_bytes()[from + i] == b'(');
    let to = ahead_by(s, end, 200);
    let inside_after = s[end..to].split(')').next().unwrap_or("");
    opened && inside_after.contains(|c: char| c.is_ascii_digit())
}

/// Whether the week at `start..end` says how often: after "mỗi" or "hằng", or before "lần".
fn how_often(s: &str, start: usize, end: usize) -> bool {
    let head = s[back_by(s, start, 12)..start].trim_end();
    let every = ["mỗi", "hằng", "hàng", "Mỗi", "Hằng", "Hàng"].iter().any(|w| head.ends_with(w));
    every || s[end..].trim_start().starts_with("lần")
}

/// Whether `start`..`end` (ISO days) are seven days, one week.
fn is_week(start: &str, end: &str) -> bool {
    let (Some((y1, m1, d1)), Some((y2, m2, d2))) = (parse_iso(start), parse_iso(end)) else { return false };
    let next_month = (m2 == m1 % 12 + 1) && (y2 == y1 || m1 == 12 && y2 == y1 + 1);
    match (y1 == y2 && m1 == m2, next_month) {
        (true, _) => d2 == d1 + 6,
        (false, true) => d2 + days_in_month(y1, m1) == d1 + 6,
        _ => false,
    }
}

/// Whether `start`..`end` (ISO days) are one whole calendar month.
fn is_month(start: &str, end: &str) -> bool {
    let (Some((y1, m1, d1)), Some((y2, m2, d2))) = (parse_iso(start), parse_iso(end)) else { return false };
    start.len() == 10 && end.len() == 10 && y1 == y2 && m1 == m2 && d1 == 1 && d2 == days_in_month(y2, m2)
}

/// Words after "d-m" that make it a range of a count ("ngày 2-3 lần", "mỗi ngày 1-2 viên").
const COUNTED: &[&str] = &["lần", "viên", "giờ", "ngày", "phút", "tuần", "tháng", "năm", "liều", "ca", "lượt", "người", "gói", "tuổi", "%"];

/// Whether `rest`, the text after "d-m", opens with one of [`COUNTED`].
fn counts_something(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    COUNTED.iter().any(|w| rest.starts_with(w) && !rest[w.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

/// "từ 1/1 đến 15/6": one period from the first day to the last; a missing year is the
/// other end's, else the document's.
/// `upto` is `s` through its last digit, where every match ends; `starts` are the places
/// where a match may open ([`Leads::span`]).
#[allow(clippy::too_many_arguments)]
fn day_spans(s: &str, upto: &str, held: &Regex, starts: &[usize], ctx: &YearContext, hits: &mut Vec<Hit>, taken: &mut SpanSet, warnings: &mut Vec<String>) {
    for c in matches_at(held, upto, starts) {
        let Some(all) = c.get(0) else { continue };
        let mut after = s[all.end()..].chars();
        let glued = match after.next() {
            Some(ch) if is_alnum(ch) => true,
            Some('/' | '.' | ',' | '-') => after.next().is_some_and(|ch| ch.is_ascii_digit()),
            _ => false,
        };
        if glued || taken.overlaps(all.start(), all.end()) {
            continue;
        }
        // "từ 2-3 đến 4-5 viên": with "-" between day and month, two ranges of a count.
        let last_day_hyphened = c.get(5).is_some_and(|g| s[..g.start()].ends_with('-'));
        if last_day_hyphened && counts_something(&s[all.end()..]) {
            continue;
        }
        let (Some(d1), Some(d2), Some(m2)) = (num(&c, 1), num(&c, 4), num(&c, 5)) else { continue };
        // "ngày 3/10 và 5/10", "ngày 3/10, 5/10": two days, not the days between.
        let listed = joined_by_comma(all.as_str());
        if num(&c, 2).is_some() && (listed || joined_by_and(all.as_str())) {
            continue;
        }
        // "ngày 5, 6/10": two days running are the span of them; "ngày 5, 9/10" two days apart.
        if listed && d2 != d1 + 1 {
            continue;
        }
        // "từ ngày 24 đến 26/11": the month is the last day's; without "ngày", "từ 3 đến 5/10"
        // may be a count or a fraction, but no fraction has a year ("từ 22-24/9/2026").
        let m1 = match num(&c, 2) {
            Some(m) => m,
            None if d1 < d2 && (starts_with_day_word(all.as_str()) || num(&c, 6).is_some()) => m2,
            None => continue,
        };
        let y2 = num(&c, 6).map(|y| y as i32).or_else(|| num(&c, 3).map(|y| y as i32)).or_else(|| ctx.year_for(m2, d2));
        let y1 = num(&c, 3).map(|y| y as i32).or(y2.map(|y| if (m1, d1) > (m2, d2) { y - 1 } else { y }));
        let (Some(y1), Some(y2)) = (y1, y2) else {
            warnings.push(format!("period \"{}\" has no year and none could be inferred", all.as_str()));
            continue;
        };
        if let (Some(a), Some(b)) = (iso(y1, m1, d1), iso(y2, m2, d2)) {
            taken.insert(all.start(), all.end());
            hits.push(Hit::new(EntityKind::Period, all.start(), all.end(), Normalized::Range { start: a, end: b }));
        }
    }
}

/// Whether a span's text ("từ ngày 24 đến …", "ngày 14 và …") names its first number a day.
fn starts_with_day_word(span: &str) -> bool {
    span.split_whitespace().take(2).any(|w| equals_lower(w, "ngày"))
}

/// Whether a span's two days are parted by a comma ("ngày 5, 6/10"): a list of days.
fn joined_by_comma(span: &str) -> bool {
    span.contains(',')
}

/// Whether a span's two days are joined by "và" ("ngày 14 và 15/11").
fn joined_by_and(span: &str) -> bool {
    span.split_whitespace().any(|w| w == "và")
}

/// "từ đầu năm đến ngày 16/11/2025", "từ đầu năm 2025 đến hết ngày 30/9": one period,
/// from 1 January to that day, as reports give a running total.
fn year_to_day_spans(s: &str, ctx: &YearContext, hits: &mut Vec<Hit>, taken: &mut SpanSet) {
    static FROM_YEAR_START: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("ừ đầu năm"));
    for i in FROM_YEAR_START.find_iter(s.as_bytes()) {
        let Some(start) = i.checked_sub(1).filter(|&t| matches!(s.as_bytes()[t], b't' | b'T') && !s[..t].chars().next_back().is_some_and(is_alnum)) else { continue };
        let Some((day_at, end, year, (d, m))) = year_to_day_at(s, i + "ừ đầu năm".len()) else {
            year_to_now(s, start, i + "ừ đầu năm".len(), ctx, hits, taken);
            continue;
        };
        let year = year.or_else(|| ctx.year_for(m, d));
        let (Some(first), Some(last)) = (year.and_then(|y| iso(y, 1, 1)), year.and_then(|y| iso(y, m, d))) else { continue };
        if !taken.overlaps(start, end) {
            // The day is a date of its own too, the day a report counts to ("tính đến ngày
            // 14/6"), in the span's year.
            taken.insert(start, end);
            hits.push(Hit::new(EntityKind::Period, start, end, Normalized::Range { start: first, end: last.clone() }));
            hits.push(Hit::new(EntityKind::Date, day_at, end, Normalized::Text(last)));
        }
    }
}

/// "từ đầu tháng 10/2026 đến ngày 05/11/2026": one period, from the first of that month to
/// the day; a missing year is the other end's, else the document's.
fn month_to_day_spans(s: &str, ctx: &YearContext, hits: &mut Vec<Hit>, taken: &mut SpanSet) {
    static FROM_MONTH_START: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("đầu tháng"));
    if FROM_MONTH_START.find(s.as_bytes()).is_none() {
        return;
    }
    for c in MONTH_TO_DAY.captures_iter(s) {
        let Some(all) = c.get(0) else { continue };
        let num = |i: usize| c.get(i).and_then(|g| g.as_str().parse::<u32>().ok());
        let (Some(m1), Some(d2), Some(m2)) = (num(1), num(3), num(4)) else { continue };
        let y2 = num(5).or_else(|| num(2)).map(|y| y as i32).or_else(|| ctx.year_for(m2, d2));
        let y1 = num(2).map(|y| y as i32).or(y2.map(|y| if m1 > m2 { y - 1 } else { y }));
        let (Some(a), Some(b)) = (y1.and_then(|y| iso(y, m1, 1)), y2.and_then(|y| iso(y, m2, d2))) else { continue };
        if !taken.overlaps(all.start(), all.end()) && a <= b {
            taken.insert(all.start(), all.end());
            hits.push(Hit::new(EntityKind::Period, all.start(), all.end(), Normalized::Range { start: a, end: b }));
        }
    }
}

/// "từ đầu năm (2025) đến nay", from `start` (its "t"), "từ đầu năm" ending at `at`: from 1
/// January to the day the document was written; with no such day, no period.
fn year_to_now(s: &str, start: usize, at: usize, ctx: &YearContext, hits: &mut Vec<Hit>, taken: &mut SpanSet) {
    let Some((ty, tm, td)) = ctx.today else { return };
    let (year, at) = match some_spaces(s, at).and_then(|y| Some((y, four_digits(s, y)?))) {
        Some((a, b)) => (s[a..b].parse::<i32>().ok(), b),
        None => (None, at),
    };
    let Some(after) = to_word_end(s, at) else { return };
    let Some(end) = word_at(s, after, "nay") else { return };
    let year = year.unwrap_or(ty);
    let (Some(first), Some(last)) = (iso(year, 1, 1), iso(ty, tm, td)) else { return };
    if year <= ty && !taken.overlaps(start, end) {
        taken.insert(start, end);
        hits.push(Hit::new(EntityKind::Period, start, end, Normalized::Range { start: first, end: last }));
    }
}

/// What follows "từ đầu năm" at `at`: `(\s+\d{4})?\s+(đến|tới)\s+(hết\s+)?(ngày\s+)?d/m(/yyyy)?`,
/// as (where the day starts, its end, the year, (day, month)).
fn year_to_day_at(s: &str, at: usize) -> Option<(usize, usize, Option<i32>, (u32, u32))> {
    let num = |a: usize, b: usize| s[a..b].parse::<u32>().ok();
    let mut at = at;
    let mut year = None;
    if let Some(y_end) = some_spaces(s, at).and_then(|y| Some((y, four_digits(s, y)?))) {
        year = num(y_end.0, y_end.1).map(|y| y as i32);
        at = y_end.1;
    }
    at = to_word_end(s, at)?;
    for w in ["hết", "ngày"] {
        if let Some(e) = word_at(s, at, w).and_then(|e| some_spaces(s, e)) {
            at = e;
        }
    }
    let day_end = day_or_month(s, at)?;
    let month_start = one_of(s, day_end, b"/.-")?;
    let month_end = day_or_month(s, month_start)?;
    let (d, m) = (num(at, day_end)?, num(month_start, month_end)?);
    let full = one_of(s, month_end, b"/.-").and_then(|y| Some((y, four_digits(s, y)?)));
    let end = full.map_or(month_end, |(_, e)| e);
    if s[end..].starts_with(|c: char| c.is_ascii_digit() || c == '/') {
        return None;
    }
    let year = full.and_then(|(a, b)| num(a, b)).map(|y| y as i32).or(year);
    Some((at, end, year, (d, m)))
}

/// The month ISO week `w` falls in, near enough to tell the year's first weeks from its last.
fn week_month(w: u32) -> u32 {
    ((w.saturating_sub(1) * 7) / 30 + 1).min(12)
}

/// Monday and Sunday of ISO week `w` of year `y`.
fn iso_week(y: i32, w: u32) -> Option<Normalized> {
    if !(1..=53).contains(&w) || !plausible_year(y) {
        return None;
    }
    // Day of the year (0-based) of the Monday of week 1: the week holding 4 January.
    let jan4 = weekday(y, 1, 4);
    let monday = 3 - jan4 as i64 + (w as i64 - 1) * 7;
    let (a, b) = (day_of_year(y, monday)?, day_of_year(y, monday + 6)?);
    Some(Normalized::Range { start: a, end: b })
}

/// The Sunday that ends the calendar week (Monday to Sunday) holding `y-m-d`, `weeks_after`
/// weeks on: when a task set "trong tuần này" (0) or "trong tuần tới" (1) is due.
pub(super) fn week_end(date: (i32, u32, u32), weeks_after: i64) -> Option<String> {
    week_day(date, weeks_after, 6)
}

/// The day `weekday` (0 = Monday … 6 = Sunday) of the calendar week holding `y-m-d`,
/// `weeks_after` weeks on: "thứ Sáu tuần này" (0, 4), "thứ Hai tuần tới" (1, 0).
pub(super) fn week_day((y, m, d): (i32, u32, u32), weeks_after: i64, weekday: u32) -> Option<String> {
    day_of_year(y, monday_of((y, m, d)) + i64::from(weekday) + 7 * weeks_after)
}

/// The day `n` days after `y-m-d`: "trong vòng 07 ngày kể từ ngày ký" from the day signed.
pub(super) fn days_after((y, m, d): (i32, u32, u32), n: i64) -> Option<String> {
    day_of_year(y, days_before_month(y, m) + i64::from(d) - 1 + n)
}

/// The Monday of the calendar week holding `y-m-d`, as days after 1 January of `y` (less
/// than 0 when it falls in the year before).
fn monday_of((y, m, d): (i32, u32, u32)) -> i64 {
    days_before_month(y, m) + i64::from(d) - 1 - i64::from(weekday(y, m, d))
}

/// 0 = Monday ... 6 = Sunday (Sakamoto's method).
fn weekday(y: i32, m: u32, d: u32) -> u32 {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let sunday0 = (y + y / 4 - y / 100 + y / 400 + T[(m - 1) as usize] + d as i32).rem_euclid(7);
    ((sunday0 + 6) % 7) as u32
}

/// The date `n` days after 1 January of `y` (n may run into the next or previous year).
fn day_of_year(mut y: i32, mut n: i64) -> Option<String> {
    let len = |y: i32| if days_in_month(y, 2) == 29 { 366 } else { 365 };
    while n < 0 {
        y -= 1;
        n += len(y);
    }
    while n >= len(y) {
        n -= len(y);
        y += 1;
    }
    let mut m = 1;
    while n >= days_in_month(y, m) as i64 {
        n -= days_in_month(y, m) as i64;
        m += 1;
    }
    iso(y, m, n as u32 + 1)
}

fn periods(s: &str, places: &[usize], leads: &Leads, ctx: &YearContext, hits: &mut Vec<Hit>, taken: &mut SpanSet, warnings: &mut Vec<String>) {
    let upto = through_last_digit(s, places);
    let mut push = |hits: &mut Vec<Hit>, a: usize, b: usize, n: Option<Normalized>| {
        if taken.overlaps(a, b) {
            return;
        }
        match n {
            Some(n) => {
                taken.insert(a, b);
                hits.push(Hit::new(EntityKind::Period, a, b, n));
            }
            None => warnings.push(format!("period \"{}\" has no year and none could be inferred", &s[a..b])),
        }
    };
    for c in matches_at(&TERM_AT, upto, &leads.term) {
        let Some(all) = c.get(0) else { continue };
        let (Some(y1), Some(y2)) = (num(&c, 1), num(&c, 2)) else { continue };
        let (y1, y2) = (y1 as i32, y2 as i32);
        if !plausible_year(y1) || !plausible_year(y2) || y1 > y2 {
            continue;
        }
        let n = if opens_school_year(all.as_str()) {
            // A school year runs from September to the end of May ("năm học 2025 - 2026");
            // two years apart or more is no school year.
            if y2 != y1 + 1 {
                continue;
            }
            Normalized::Range { start: format!("{y1:04}-09-01"), end: format!("{y2:04}-05-31") }
        } else {
            Normalized::Range { start: format!("{y1:04}-01-01"), end: format!("{y2:04}-12-31") }
        };
        push(hits, all.start(), all.end(), Some(n));
    }
    for c in quarters(s) {
        let q = quarter_number(c.numeral);
        let y = c.year.and_then(|y| y.parse::<u32>().ok()).map(|y| y as i32).or_else(|| ctx.year_of_period(q * 3 - 2, &s[..c.start])).filter(|y| plausible_year(*y));
        push(hits, c.start, c.end, y.map(|y| range(y, q * 3 - 2, q * 3)));
    }
    let mut months: Vec<Months> = digit_led(s, places.iter().copied(), months_at).collect();
    months.extend(word_led_months(s));
    for c in months {
        if !number_edges_free(s, c.start, c.end) {
            continue;
        }
        let Some(n) = month_count(c.count).filter(|n| (1..=12).contains(n)) else { continue };
        if c.part == Some("qua") {
            // With no month to count back from, "9 tháng qua" names no months: no warning,
            // since no year would help.
            if let Some(n) = ctx.written.and_then(|w| months_before(w, n)) {
                push(hits, c.start, c.end, Some(n));
            }
            continue;
        }
        let y = c.year.and_then(|y| y.parse::<u32>().ok()).map(|y| y as i32).or(ctx.period_year()).filter(|y| plausible_year(*y));
        let last = c.part == Some("cuối");
        let (m1, m2) = if last { (13 - n, 12) } else { (1, n) };
        push(hits, c.start, c.end, y.map(|y| range(y, m1, m2)));
    }
    for c in matches_at(&MONTH_AT, upto, &leads.month) {
        let Some(all) = c.get(0) else { continue };
        let (Some(m), Some(y)) = (num(&c, 1), num(&c, 2)) else { continue };
        if let Some((a, b, n)) = month_to_now(s, all.start(), all.end(), m, Some(y as i32), ctx) {
            push(hits, a, b, Some(n));
        } else if (1..=12).contains(&m) && plausible_year(y as i32) {
            let (a, part) = month_with_part(s, all.start());
            push(hits, a, all.end(), Some(part_of_month(part, y as i32, m)));
        }
    }
    // Before the weeks alone: "từ tuần 40 đến tuần 46" is one period, not two.
    for (a, b, n) in week_spans(upto, &leads.week, ctx) {
        push(hits, a, b, Some(n));
    }
    for c in matches_at(&WEEK_AT, upto, &leads.week) {
        let Some(all) = c.get(0) else { continue };
        if !number_edges_free(s, all.start(), all.end()) && c.get(2).is_none() {
            continue;
        }
        let Some(w) = num(&c, 1) else { continue };
        // "mỗi tuần 01 lần", "hằng tuần 2 lần": how often, not which week.
        if c.get(2).is_none() && how_often(s, all.start(), all.end()) {
            continue;
        }
        let y = num(&c, 2).map(|y| y as i32).or_else(|| ctx.year_of_period(week_month(w), &s[..all.start()]));
        push(hits, all.start(), all.end(), y.and_then(|y| iso_week(y, w)));
    }
    for c in matches_at(&BARE_MONTH_AT, upto, &leads.month) {
        let Some(all) = c.get(0) else { continue };
        // "tháng 9" alone; "tháng 7/2024" and "tháng 12 năm 2022" were taken above, and
        // "tháng 3 tuổi" or "tháng 9.2" are not months of the year.
        let rest = &s[all.end()..];
        let mut next = rest.chars();
        let glued = match next.next() {
            Some(ch) if is_alnum(ch) => true,
            Some('/' | '.' | ',' | '-') => next.next().is_some_and(|ch| ch.is_ascii_digit()),
            _ => false,
        };
        if glued || rest.trim_start().starts_with("tuổi") {
            continue;
        }
        let Some(m) = num(&c, 1).filter(|m| (1..=12).contains(m)) else { continue };
        if let Some((a, b, n)) = month_to_now(s, all.start(), all.end(), m, None, ctx) {
            push(hits, a, b, Some(n));
            continue;
        }
        let (a, part) = month_with_part(s, all.start());
        push(hits, a, all.end(), ctx.year_of_period(m, &s[..a]).filter(|y| plausible_year(*y)).map(|y| part_of_month(part, y, m)));
    }
    for all in years_at(upto, &leads.year) {
        if YEAR_RANGE_AFTER.is_match(&s[all.end()..]) || s[all.end()..].starts_with(|ch: char| ch.is_ascii_digit()) {
            continue;
        }
        let Some(y) = year_digits(all.as_str()).parse().ok().filter(|y| plausible_year(*y)) else { continue };
        // "từ năm 2003 đến nay": from that year to the month the document was written in,
        // not the year 2003 alone; with no such month, no period.
        if let Some(now_end) = since_year_end(s, all.start(), all.end()) {
            let span = ctx.written.filter(|&(wy, _)| wy >= y).map(|(wy, wm)| Normalized::Range { start: ymd(y, 1, 1), end: ymd(wy, wm, days_in_month(wy, wm)) });
            if let Some(n) = span {
                push(hits, all.start() - since_len(s, all.start()), now_end, Some(n));
            }
            continue;
        }
        // "Nửa đầu năm 2025": its first six months, as "6 tháng đầu năm 2025".
        if let Some((a, m1)) = half_before(s, all.start()) {
            push(hits, a, all.end(), Some(range(y, m1, m1 + 5)));
            continue;
        }
        push(hits, all.start(), all.end(), Some(range(y, 1, 12)));
    }
}

/// "nửa đầu", "nửa cuối" or "nửa sau" before the "năm" at `at`: where it opens, and the first
/// month of the half of the year it names.
fn half_before(s: &str, at: usize) -> Option<(usize, u32)> {
    let (part, m1) = [("đầu", 1), ("cuối", 7), ("sau", 7)].into_iter().find_map(|(w, m)| Some((lead_before(s, at, w)?, m)))?;
    let a = lead_before(s, part, "nửa")?;
    (!s[..a].ends_with(char::is_alphanumeric)).then_some((a, m1))
}

/// Whether a [`TERM`] match opens with "năm học" (a school year), in any case: of the
/// leads of [`TERM`], only "năm" and "năm học" open with "nă", and only "học" opens with "h".
fn opens_school_year(term: &str) -> bool {
    let mut letters = term.chars();
    let nam = letters.next().is_some_and(|c| same_letter(c, 'n')) && letters.next().is_some_and(|c| same_letter(c, 'ă'));
    nam && term.split_whitespace().nth(1).and_then(|w| w.chars().next()).is_some_and(|c| same_letter(c, 'h'))
}

/// The spans of months ([`MONTH_SPAN`]) opening with "từ" before a month lead of `starts`:
/// their places and their days. A span without its first year starts the year before when
/// its first month is later than its last ("từ tháng 11 đến tháng 2/2027").
fn month_spans(upto: &str, starts: &[usize], ctx: &YearContext) -> Vec<(usize, usize, Normalized)> {
    let froms: Vec<usize> = starts.iter().filter_map(|&a| from_before(upto, a)).collect();
    let mut out = Vec::new();
    for c in matches_at(&MONTH_SPAN_AT, upto, &froms) {
        let Some(all) = c.get(0) else { continue };
        let (Some(m1), Some(m2)) = (num(&c, 2).filter(|m| (1..=12).contains(m)), num(&c, 5).filter(|m| (1..=12).contains(m))) else { continue };
        // Without its "tháng", the last month is one only with its year after it ("từ tháng 1
        // - 9/2025"), not glued to more of a number: "từ tháng 1 đến 5/11/2026" ends on a day.
        let (Some(g2), Some(g5)) = (c.get(2), c.get(5)) else { continue };
        let second_named = lower_same_len(&upto[g2.end()..g5.start()]).contains("tháng");
        let mut after = upto[all.end()..].chars();
        let glued = match after.next() {
            Some(ch) if is_alnum(ch) => true,
            Some('/' | '.' | ',' | '-') => after.next().is_some_and(|ch| ch.is_ascii_digit()),
            _ => false,
        };
        if glued || (!second_named && num(&c, 6).is_none()) {
            continue;
        }
        // With no year written, the last month's year is the one its span opens in, in that
        // year ([`YearContext::year_of_period`]): the first month's, unless the span crosses
        // New Year.
        let opening = if m1 > m2 { m2 } else { m1 };
        let written = num(&c, 6).or_else(|| num(&c, 3)).map(|y| y as i32);
        let Some(y2) = written.or_else(|| ctx.year_of_period(opening, &upto[..all.start()])).filter(|y| plausible_year(*y)) else { continue };
        let y1 = num(&c, 3).map(|y| y as i32).unwrap_or(if m1 > m2 { y2 - 1 } else { y2 });
        let part = |i: usize| c.get(i).map(|g| g.as_str());
        let (d1, d2) = (first_day_of_part(part(1)), last_day_of_part(part(4), y2, m2));
        let (start, end) = (ymd(y1, m1, d1), ymd(y2, m2, d2));
        if start < end {
            out.push((all.start(), all.end(), Normalized::Range { start, end }));
        }
    }
    out
}

/// The start of "từ" before the lead at `a`, with a part of the month between them or not
/// ("từ tháng 9", "từ cuối tháng 9").
fn from_before(s: &str, a: usize) -> Option<usize> {
    lead_before(s, a, "từ").or_else(|| part_word_before(s, a).and_then(|(p, _)| lead_before(s, p, "từ")))
}

/// The words for the parts of a month, in thirds ([`first_day_of_part`]).
pub(super) const MONTH_PARTS: [&str; 3] = ["đầu", "giữa", "cuối"];

/// The part of a month ([`MONTH_PARTS`]) right before `at`: where it starts, and the part.
fn part_word_before(s: &str, at: usize) -> Option<(usize, &'static str)> {
    MONTH_PARTS.into_iter().find_map(|p| Some((lead_before(s, at, p)?, p)))
}

/// Where the month whose "tháng" is at `at` starts, and the part of it named right before,
/// a word of its own ("giữa tháng 12"). No part after "từ": "từ đầu tháng 9, …" opens a
/// span that runs on past the month's first days.
fn month_with_part(s: &str, at: usize) -> (usize, Option<&'static str>) {
    match part_word_before(s, at) {
        Some((a, part)) if !s[..a].ends_with(is_alnum) && lead_before(s, a, "từ").is_none() => (a, Some(part)),
        _ => (at, None),
    }
}

/// Month `m` of `y`, or the part of it named ([`first_day_of_part`]): "đầu tháng 8" is its
/// first ten days, as a task due "đầu tháng 8" is due by the 10th.
fn part_of_month(part: Option<&str>, y: i32, m: u32) -> Normalized {
    Normalized::Range { start: ymd(y, m, first_day_of_part(part)), end: ymd(y, m, last_day_of_part(part, y, m)) }
}

/// The first day of a part of a month: a month is read in thirds, "đầu" (days 1-10),
/// "giữa" (11-20) and "cuối" (21 to the end), as Vietnamese reckons early, mid and late month.
fn first_day_of_part(part: Option<&str>) -> u32 {
    match part.map(str::to_lowercase).as_deref() {
        Some("giữa") => 11,
        Some("cuối") => 21,
        _ => 1,
    }
}

/// The last day of a part of month `m` of `y` (see [`first_day_of_part`]).
pub(super) fn last_day_of_part(part: Option<&str>, y: i32, m: u32) -> u32 {
    match part.map(str::to_lowercase).as_deref() {
        Some("đầu") => 10,
        Some("giữa") => 20,
        _ => days_in_month(y, m),
    }
}

/// The number of a quarter written as a Roman or an Arabic numeral ("III", "3"); what the
/// quarter readers match is one of I-IV or 1-4, so anything else is the fourth.
pub(super) fn quarter_number(numeral: &str) -> u32 {
    match numeral {
        "I" | "1" => 1,
        "II" | "2" => 2,
        "III" | "3" => 3,
        _ => 4,
    }
}

/// The first day of the Lunar New Year (Tết Nguyên đán) of year `y`, as the solar month and
/// day it falls on in Vietnam, for the years a text of now names; None outside them. The
/// lunar calendar follows the moon, so the day is looked up, not worked out.
pub(super) fn lunar_new_year(y: i32) -> Option<(u32, u32)> {
    const FIRST_YEAR: i32 = 2015;
    const DAYS: [(u32, u32); 21] = [
        (2, 19), (2, 8), (1, 28), (2, 16), (2, 5), // 2015-2019
        (1, 25), (2, 12), (2, 1), (1, 22), (2, 10), // 2020-2024
        (1, 29), (2, 17), (2, 6), (1, 26), (2, 13), // 2025-2029
        (2, 3), (1, 23), (2, 11), (1, 31), (2, 19), // 2030-2034
        (2, 8), // 2035
    ];
    DAYS.get(usize::try_from(y - FIRST_YEAR).ok()?).copied()
}

/// The spans of weeks ([`WEEK_SPAN`]) opening with "từ" before a week lead of `starts`: from
/// the Monday of the first week to the Sunday of the last. A year missing at one end is
/// the other's, else the document's.
fn week_spans(upto: &str, starts: &[usize], ctx: &YearContext) -> Vec<(usize, usize, Normalized)> {
    let froms: Vec<usize> = starts.iter().filter_map(|&a| lead_before(upto, a, "từ")).collect();
    let mut out = Vec::new();
    for c in matches_at(&WEEK_SPAN_AT, upto, &froms) {
        let Some(all) = c.get(0) else { continue };
        let (Some(w1), Some(w2)) = (num(&c, 1), num(&c, 3)) else { continue };
        let Some(y2) = num(&c, 4).or_else(|| num(&c, 2)).map(|y| y as i32).or(ctx.period_year()) else { continue };
        let y1 = num(&c, 2).map(|y| y as i32).unwrap_or(if w1 > w2 { y2 - 1 } else { y2 });
        let (Some(Normalized::Range { start, .. }), Some(Normalized::Range { end, .. })) = (iso_week(y1, w1), iso_week(y2, w2)) else { continue };
        if start < end {
            out.push((all.start(), all.end(), Normalized::Range { start, end }));
        }
    }
    out
}

/// The `n` whole months before the month `written`: "9 tháng qua" written in October
/// 2025 is January to September 2025.
fn months_before((y, m): (i32, u32), n: u32) -> Option<Normalized> {
    let month_index = |y: i32, m: u32| y * 12 + m as i32 - 1;
    let last = month_index(y, m) - 1;
    let first = last - n as i32 + 1;
    let (y1, m1, y2, m2) = (first.div_euclid(12), first.rem_euclid(12) as u32 + 1, last.div_euclid(12), last.rem_euclid(12) as u32 + 1);
    if !plausible_year(y1) || !plausible_year(y2) {
        return None;
    }
    Some(Normalized::Range { start: ymd(y1, m1, 1), end: ymd(y2, m2, days_in_month(y2, m2)) })
}

/// "từ (đầu) tháng 11 đến nay", the month `m` (of `year`, if written) at `start..end`: from
/// the month's first day (its 11th after "giữa", 21st after "cuối") to the day the
/// document was written, as (start, end, period). A month later than that day's, with no
/// year written, is the year before's. With no such day, none: the month alone is wrong.
fn month_to_now(s: &str, start: usize, end: usize, m: u32, year: Option<i32>, ctx: &YearContext) -> Option<(usize, usize, Normalized)> {
    let from = from_before(s, start)?;
    let now_end = since_now_end(s, end)?;
    let (ty, tm, td) = ctx.today?;
    let y = year.unwrap_or(if m > tm { ty - 1 } else { ty });
    let first = first_day_of_part(s[from..start].split_whitespace().nth(1));
    let (a, b) = (ymd(y, m, first), ymd(ty, tm, td));
    ((1..=12).contains(&m) && plausible_year(y) && a <= b).then_some((from, now_end, Normalized::Range { start: a, end: b }))
}

/// The end of " đến nay" or " tới nay" at `at`, a word of its own.
fn since_now_end(s: &str, at: usize) -> Option<usize> {
    let at = to_word_end(s, at)?;
    word_at(s, at, "nay").filter(|&e| !s[e..].starts_with(|c: char| c.is_alphanumeric()))
}

/// The end of "đến nay" after "từ năm YYYY" (the year from `start` to `end`), if the year
/// opens such a span.
fn since_year_end(s: &str, start: usize, end: usize) -> Option<usize> {
    if since_len(s, start) == 0 {
        return None;
    }
    since_now_end(s, end)
}

/// `\s+(đến|tới)\s+` at `at`, the "to" of a span: its end.
fn to_word_end(s: &str, at: usize) -> Option<usize> {
    let at = some_spaces(s, at)?;
    let at = ["đến", "tới"].iter().find_map(|w| word_at(s, at, w))?;
    some_spaces(s, at)
}

/// The length of "từ " before `start`, or 0.
fn since_len(s: &str, start: usize) -> usize {
    let head = &s[..start];
    ["từ ", "Từ "].iter().find(|w| head.ends_with(**w) && !head[..head.len() - w.len()].ends_with(|c: char| c.is_alphanumeric())).map_or(0, |w| w.len())
}

fn num(c: &Found, i: usize) -> Option<u32> {
    c.get(i).and_then(|g| g.as_str().parse().ok())
}

/// A match of a pattern run from a place of the field, its groups placed in the field.
struct Found<'h> {
    at: usize,
    caps: regex::Captures<'h>,
}

/// A group of a [`Found`] match.
#[derive(Clone, Copy)]
struct Group<'h> {
    start: usize,
    text: &'h str,
}

impl<'h> Found<'h> {
    fn get(&self, i: usize) -> Option<Group<'h>> {
        self.caps.get(i).map(|g| Group { start: self.at + g.start(), text: g.as_str() })
    }
}

impl<'h> Group<'h> {
    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.start + self.text.len()
    }

    fn as_str(&self) -> &'h str {
        self.text
    }
}

/// The matches of `held` (a pattern with `^`, from [`at_start`]) run from each of `starts`,
/// left to right and not overlapping: what `captures_iter` of the pattern without `^` finds
/// in `upto` when every match of it opens at one of `starts` (ascending). The patterns look
/// neither behind nor ahead, so a match run from a place is the one found there in `upto`.
fn matches_at<'h>(held: &'h Regex, upto: &'h str, starts: &'h [usize]) -> impl Iterator<Item = Found<'h>> + 'h {
    let mut pos = 0;
    starts.iter().filter_map(move |&at| {
        if at < pos {
            return None;
        }
        let caps = held.captures(upto.get(at..)?)?;
        pos = at + caps.get(0).map_or(0, |m| m.end());
        Some(Found { at, caps })
    })
}

/// The matches of [`YEAR_WORDS`] run from each of `starts`, whole, as [`matches_at`] gives
/// them: the pattern is read by hand, which costs less than setting up the regex engine at
/// each of the many years of a text.
fn years_at<'h>(upto: &'h str, starts: &'h [usize]) -> impl Iterator<Item = Group<'h>> + 'h {
    let mut pos = 0;
    starts.iter().filter_map(move |&at| {
        if at < pos {
            return None;
        }
        let end = year_words_at(upto, at)?;
        pos = end;
        Some(Group { start: at, text: &upto[at..end] })
    })
}

/// The matches of [`YEAR_WORDS`] in `s` from byte `from` on, left to right, as `find_iter`
/// gives them. A match holds no "n" past its first letter, so none can start inside
/// another: each "ă" or "Ă" (C4 83, C4 82) is tried in turn.
fn year_words(s: &str, from: usize) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let bytes = s.as_bytes();
    let mut pos = from;
    std::iter::from_fn(move || loop {
        let lo = pos;
        let i = lo + memchr::memchr(0xC4, bytes.get(lo..)?)?;
        pos = i + 1;
        if i == lo || !matches!(bytes.get(i + 1), Some(0x82 | 0x83)) {
            continue;
        }
        if let Some(end) = year_words_at(s, i - 1) {
            pos = end;
            return Some(i - 1..end);
        }
    })
}

/// `(?i:năm)\s+(\d{4})` at `at`: its end. `(?i)` takes each of these letters with its
/// capital alone.
fn year_words_at(s: &str, at: usize) -> Option<usize> {
    let mut letters = s.get(at..)?.chars();
    let nam = matches!(letters.next(), Some('n' | 'N')) && matches!(letters.next(), Some('ă' | 'Ă')) && matches!(letters.next(), Some('m' | 'M'));
    if !nam {
        return None;
    }
    four_digits(s, some_spaces(s, s.len() - letters.as_str().len())?)
}

/// Where the patterns opening with a lead word may match: the starts of the lead words
/// that white space alone parts from a digit (every such pattern reaches a digit that way),
/// one list per lead, left to right.
#[derive(Default)]
struct Leads {
    /// "ngày": [`FULL_WORDS`], [`DAY_MONTH_WORDS`].
    day: Vec<usize>,
    /// "từ", "từ ngày", "ngày": [`DAY_SPAN`].
    span: Vec<usize>,
    /// "nhiệm kỳ", "giai đoạn", "từ năm", "năm học", "năm": [`TERM`].
    term: Vec<usize>,
    /// "tháng": [`MONTH`], [`BARE_MONTH`].
    month: Vec<usize>,
    /// "tuần", "tuần thứ": [`WEEK`].
    week: Vec<usize>,
    /// "năm": [`YEAR_WORDS`].
    year: Vec<usize>,
    /// The digit after a time of day or a deadline word ("sáng", "trước"): [`BARE_DAY_WORDS`].
    bare_day: Vec<usize>,
}

/// Words after which a day may be written in words without its "ngày" ("Sáng 5 tháng 11",
/// "trước 15 tháng 11 năm 2025"): the times of day ([`PARTS_OF_DAY`]) and the deadline
/// words of [`SHORT_LEAD`].
const BARE_DAY_LEADS: &[&str] = &["sáng", "chiều", "tối", "trưa", "đêm", "trước", "hết", "chậm nhất", "muộn nhất", "hạn chót", "đến", "tới"];

/// Whether one of [`BARE_DAY_LEADS`], a whole word, ends at `w`.
fn bare_day_lead(s: &str, w: usize) -> bool {
    BARE_DAY_LEADS.iter().any(|lead| word_before(s, w, lead).is_some_and(|a| !s[..a].ends_with(char::is_alphanumeric)))
}

impl Leads {
    /// The leads before the digits at `places`. A lead word is compared in any case with
    /// [`same_letter`], which takes every char `(?i)` takes (and may take more: the
    /// patterns themselves decide at each place).
    fn find(s: &str, places: &[usize]) -> Leads {
        let mut leads = Leads::default();
        for &d in places {
            let w = spaces_before(s, d);
            if w == d {
                continue;
            }
            leads.add(s, w, d);
            // The cheap test first: most digits have no "tháng" after them.
            if day_month_may_follow(s, d) && bare_day_lead(s, w) {
                leads.bare_day.push(d);
            }
        }
        leads
    }

    /// The leads ending at `w`, before the digit at `d`. Their last letters differ but for
    /// two pairs, and none is a "k", so the lower case of the char before `w` tells which
    /// leads to compare.
    fn add(&mut self, s: &str, w: usize, d: usize) {
        let Some(last) = s[..w].chars().next_back() else { return };
        let word = |lead: &str| word_before(s, w, lead);
        // [`TERM`] is tried only where its years can follow: most years stand alone.
        let term = |lead: &str| if term_may_follow(s, d) { word(lead) } else { None };
        match lower_char(last) {
            'y' => {
                if let Some(a) = word("ngày") {
                    // Most days are written "ngày 5/6": "ngày 5 tháng" is looked for only where
                    // its "tháng" can follow.
                    if day_month_may_follow(s, d) {
                        self.day.push(a);
                    }
                    self.span.extend(lead_before(s, a, "từ"));
                    self.span.push(a);
                }
            }
            'ừ' => self.span.extend(word("từ")),
            'ỳ' => self.term.extend(term("nhiệm kỳ")),
            'c' => self.term.extend(term("năm học")),
            'n' => {
                self.term.extend(term("giai đoạn"));
                self.week.extend(word("tuần"));
            }
            'm' => {
                self.term.extend(term("từ năm"));
                // "năm 2025 - 2026": two years, read by [`TERM`] after "từ năm" at the same place.
                self.term.extend(term("năm"));
                self.year.extend(word("năm"));
            }
            'g' => self.month.extend(word("tháng")),
            'ứ' => self.week.extend(word("thứ").and_then(|a| lead_before(s, a, "tuần"))),
            _ => {}
        }
    }
}

/// Whether [`FULL_WORDS`] and [`DAY_MONTH_WORDS`] may match from a "ngày" before the digit
/// at `d`: one or two digits there, white space, and the "t" of "tháng" in either case.
fn day_month_may_follow(s: &str, d: usize) -> bool {
    day_or_month(s, d).and_then(|e| some_spaces(s, e)).is_some_and(|a| s[a..].starts_with(['t', 'T']))
}

/// Whether [`TERM`] may match from a lead before the digit at `d`: its first year is the
/// four digits at `d` (the lead's white space ends there), and a dash or "đến" follows
/// them after white space alone.
fn term_may_follow(s: &str, d: usize) -> bool {
    four_digits(s, d).is_some_and(|e| s[spaces(s, e)..].starts_with(['-', '–', '—', 'đ', 'Đ']))
}

/// The start of the white space ending at `i` (`i` itself when there is none).
fn spaces_before(s: &str, i: usize) -> usize {
    // Most places follow a digit or a letter of ASCII: no white space, told on the byte.
    if s.as_bytes()[..i].last().is_none_or(|&b| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ')) {
        return i;
    }
    s[..i].char_indices().rev().take_while(|(_, c)| c.is_whitespace()).last().map_or(i, |(j, _)| j)
}

/// The start of `word` (lower case, in any case) ending at `end`.
fn word_before(s: &str, end: usize, word: &str) -> Option<usize> {
    let mut text = s[..end].chars();
    for p in word.chars().rev() {
        if !same_letter(text.next_back()?, p) {
            return None;
        }
    }
    Some(text.as_str().len())
}

/// `lead` then some white space, ending at `end`: the start of `lead`.
fn lead_before(s: &str, end: usize, lead: &str) -> Option<usize> {
    let w = spaces_before(s, end);
    if w == end {
        return None;
    }
    word_before(s, w, lead)
}

/// Whether `c` may be the letter `p` (lower case) of a lead word under `(?i)`: its lower case,
/// and the Kelvin sign, which `(?i)` takes for "k" but lower-cases to nothing of one byte.
fn same_letter(c: char, p: char) -> bool {
    lower_char(c) == p || (c == '\u{212A}' && p == 'k')
}

/// True when the span is not glued to more digits or separators ("2.13.4", "1/2/3", "13,2").
fn number_edges_free(s: &str, a: usize, b: usize) -> bool {
    let before = s[..a].chars().next_back();
    if before.is_some_and(|c| is_alnum(c) || c == '/' || c == '-') {
        return false;
    }
    if let Some(c) = before.filter(|c| *c == '.' || *c == ',') {
        let bb = s[..a - c.len_utf8()].chars().next_back();
        if bb.is_some_and(|x| x.is_ascii_digit()) {
            return false;
        }
    }
    let mut after = s[b..].chars();
    match after.next() {
        Some(c) if is_alnum(c) || c == '/' => false,
        Some('.' | ',' | '-' | ':') => !after.next().is_some_and(|x| x.is_ascii_digit()),
        _ => true,
    }
}

// Patterns that open with a digit or a rare word, matched by hand: a regex has no literal to
// look for in `\d{1,2}...` and runs its automaton over every byte of the field, and
// QUARTER's `\b` kept it off the fast engine. Each keeps the regex's leftmost-first match
// (the tests compare them with it on generated texts).

/// `s` through the end of its last digit (`places` are its digits): every match of the
/// patterns searched by regex here but QUARTER's ends with a `\d` and none looks around, so
/// searching the rest finds nothing and cutting it changes no match.
fn through_last_digit<'a>(s: &'a str, places: &[usize]) -> &'a str {
    &s[..places.last().map_or(0, |&i| i + digit_len(s, i))]
}

/// Matches of a pattern that opens with `\d`, left to right and not overlapping, as
/// `find_iter` gives them: only the `places` of digits are tried. `at` matches at one place
/// and gives the match and its end.
fn digit_led<'a, T: 'a>(
    s: &'a str,
    places: impl IntoIterator<Item = usize> + 'a,
    at: impl Fn(&'a str, usize) -> Option<(T, usize)> + 'a,
) -> impl Iterator<Item = T> + 'a {
    let mut places = places.into_iter();
    let mut pos = 0;
    std::iter::from_fn(move || {
        let (m, end) = places.by_ref().filter(|&i| i >= pos).find_map(|i| at(s, i))?;
        pos = end;
        Some(m)
    })
}

/// The end of up to `max` `\d` chars at `i`, and how many there are.
fn digits(s: &str, mut i: usize, max: usize) -> (usize, usize) {
    let mut n = 0;
    while n < max && i < s.len() {
        let len = digit_len(s, i);
        if len == 0 {
            break;
        }
        i += len;
        n += 1;
    }
    (i, n)
}

/// `\d{1,2}` where the pattern goes on with no digit: the end of the run of digits at `i`
/// when it has one or two (a third one fails the pattern whichever length the group takes).
fn day_or_month(s: &str, i: usize) -> Option<usize> {
    let (end, n) = digits(s, i, 3);
    (1..=2).contains(&n).then_some(end)
}

/// `\d{4}` at `i`: its end.
fn four_digits(s: &str, i: usize) -> Option<usize> {
    let (end, n) = digits(s, i, 4);
    (n == 4).then_some(end)
}

/// `\s*` at `i`: the end of the white space there (`\s` is Unicode White_Space, as
/// `char::is_whitespace`).
fn spaces(s: &str, i: usize) -> usize {
    i + s[i..].find(|c: char| !c.is_whitespace()).unwrap_or(s.len() - i)
}

/// `\s?` at `i`.
fn one_space(s: &str, i: usize) -> usize {
    match s[i..].chars().next() {
        Some(c) if c.is_whitespace() => i + c.len_utf8(),
        _ => i,
    }
}

/// `\s+` at `i`: the end of the white space, when there is some.
fn some_spaces(s: &str, i: usize) -> Option<usize> {
    let end = spaces(s, i);
    (end > i).then_some(end)
}

/// The byte after `i` when one of `set` is at `i`.
fn one_of(s: &str, i: usize, set: &[u8]) -> Option<usize> {
    s.as_bytes().get(i).filter(|b| set.contains(b)).map(|_| i + 1)
}

/// `word` (case-sensitive) at `i`: its end.
fn word_at(s: &str, i: usize, word: &str) -> Option<usize> {
    s[i..].starts_with(word).then_some(i + word.len())
}

/// `word` (lower case) at `i` in any case, as `(?i)` takes it: its end. Headings write
/// their periods in capitals ("QUÝ IV NĂM 2026", "6 THÁNG ĐẦU NĂM").
fn word_at_any_case(s: &str, i: usize, word: &str) -> Option<usize> {
    let mut text = s[i..].chars();
    for p in word.chars() {
        if !same_letter(text.next()?, p) {
            return None;
        }
    }
    Some(s.len() - text.as_str().len())
}

/// A match of `(\d{1,2})\s?([/.\-])\s?(\d{1,2})\s?[/.\-]\s?(\d{4})`: "16/12/2022", "5 - 6 - 2021".
struct FullNum<'a> {
    start: usize,
    end: usize,
    day: &'a str,
    month: &'a str,
    year: &'a str,
}

fn full_nums<'a>(s: &'a str, places: impl IntoIterator<Item = usize> + 'a) -> impl Iterator<Item = FullNum<'a>> + 'a {
    digit_led(s, places, full_num_at)
}

fn full_num_at(s: &str, start: usize) -> Option<(FullNum<'_>, usize)> {
    let day_end = day_or_month(s, start)?;
    let month_start = one_space(s, one_of(s, one_space(s, day_end), b"/.-")?);
    let month_end = day_or_month(s, month_start)?;
    let year_start = one_space(s, one_of(s, one_space(s, month_end), b"/.-")?);
    let end = four_digits(s, year_start)?;
    let m = FullNum { start, end, day: &s[start..day_end], month: &s[month_start..month_end], year: &s[year_start..end] };
    Some((m, end))
}

/// A match of `(\d{1,2})([/.-])(\d{1,2})`: "18/7", "9.4", "27-9", as its span.
fn short_at(s: &str, start: usize) -> Option<((usize, usize), usize)> {
    let month_start = one_of(s, day_or_month(s, start)?, b"/.-")?;
    let (end, n) = digits(s, month_start, 2);
    (n > 0).then_some(((start, end), end))
}

/// A year in two digits after the day and month "d/m" at `a..b` ("29/12/25", "5.3.26"),
/// written with their separator and glued to no further digit: its end, and the year of
/// this century it names.
fn two_digit_year(s: &str, a: usize, b: usize) -> Option<(usize, i32)> {
    let sep = *s.as_bytes()[a..b].iter().find(|c| matches!(c, b'/' | b'.' | b'-'))?;
    let start = one_of(s, b, &[sep])?;
    let (end, n) = digits(s, start, 3);
    let year: i32 = s[start..end].parse().ok().filter(|_| n == 2)?;
    Some((end, 2000 + year)).filter(|&(_, y)| plausible_year(y))
}

/// A match of `(\d{1,2})\s+(?i:tháng)\s+(?:(?:((?i:đầu|cuối))\s+)?(?i:năm)(?:\s+(\d{4}))?|(\d{4}))`: "6 tháng
/// đầu năm 2024", and "6 tháng 2025" as a report's table heads the first half of 2025.
struct Months<'a> {
    start: usize,
    end: usize,
    count: &'a str,
    part: Option<&'a str>,
    year: Option<&'a str>,
}

fn months_at(s: &str, start: usize) -> Option<(Months<'_>, usize)> {
    let count_end = day_or_month(s, start)?;
    // Most numbers go on with no white space, or with a plain space and a word that is not
    // "tháng": such bytes settle it before [`months_from`] decodes any char.
    // (`\s` takes tab to carriage return and the space of ASCII.)
    let plain = |b: u8| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ');
    match s.as_bytes().get(count_end..count_end + 2) {
        Some(&[b' ', next]) if plain(next) && !matches!(next, b't' | b'T') => return None,
        Some(&[first, _]) if plain(first) => return None,
        _ => {}
    }
    months_from(s, start, count_end)
}

/// Counts of months written in words ("hai tháng đầu năm", "Sáu tháng cuối năm"), as (word,
/// value); "mười hai" before "hai".
const MONTH_COUNT_WORDS: &[(&str, u32)] = &[
    ("mười hai", 12), ("mười một", 11), ("mười", 10), ("một", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("năm", 5), ("sáu", 6), ("bảy", 7), ("tám", 8), ("chín", 9),
];

/// [`MONTH_COUNT_WORDS`] in small letters and with a capital, as a count opens a sentence.
static MONTH_COUNT_FORMS: Lazy<Vec<(String, u32)>> =
    Lazy::new(|| MONTH_COUNT_WORDS.iter().flat_map(|&(w, n)| [(w.to_string(), n), (super::sentence_case(w), n)]).collect());

/// The value of a count of months, in digits or words.
fn month_count(count: &str) -> Option<u32> {
    count.parse::<u32>().ok().or_else(|| MONTH_COUNT_FORMS.iter().find(|(w, _)| w == count).map(|&(_, n)| n))
}

/// [`months_at`] for counts written in words: "hai tháng đầu năm 2026", "chín tháng qua".
/// Only the places of "tháng" are tried.
fn word_led_months(s: &str) -> Vec<Months<'_>> {
    static THANG: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new(" tháng"));
    let mut found = Vec::new();
    for i in THANG.find_iter(s.as_bytes()) {
        let head = &s[..i];
        // Every count word ends in one of these ASCII letters: the byte before " tháng" (a
        // digit, or the end of "trong", "từ", "các") rules out most places.
        if !matches!(head.as_bytes().last(), Some(b'i' | b't' | b'a' | b'n' | b'm' | b'u' | b'y')) {
            continue;
        }
        let Some((w, _)) = MONTH_COUNT_FORMS.iter().find(|(w, _)| head.ends_with(w.as_str())) else { continue };
        let start = i - w.len();
        if s[..start].ends_with(is_alnum) {
            continue;
        }
        if let Some((m, _)) = months_from(s, start, i).filter(|(m, _)| m.part.is_some() || m.year.is_some()) {
            found.push(m);
        }
    }
    found
}

/// [`months_at`] with the count from `start` to `count_end`.
fn months_from(s: &str, start: usize, count_end: usize) -> Option<(Months<'_>, usize)> {
    let thang_end = word_at_any_case(s, some_spaces(s, count_end)?, "tháng")?;
    // "Tính chung 9 tháng", "lũy kế 9 tháng": the year's first months, with no year written.
    let bare = || running_total_before(s, start).then(|| (Months { start, end: thang_end, count: &s[start..count_end], part: None, year: None }, thang_end));
    let Some(after) = some_spaces(s, thang_end) else { return bare() };
    // The group is tried first; without "năm" after it the pattern has no other way through.
    if let Some(end) = past_months_end(s, after) {
        return Some((Months { start, end, count: &s[start..count_end], part: Some("qua"), year: None }, end));
    }
    let part = ["đầu", "cuối"].into_iter().find_map(|w| Some((w, word_at_any_case(s, after, w)?)));
    let with_part = part.and_then(|(_, e)| word_at_any_case(s, some_spaces(s, e)?, "năm"));
    let (part, nam_end) = match with_part {
        Some(end) => (part.map(|(w, _)| w), end),
        None => match word_at_any_case(s, after, "năm") {
            Some(end) => (None, end),
            None => {
                let Some(end) = four_digits(s, after) else { return bare() };
                return Some((Months { start, end, count: &s[start..count_end], part: None, year: Some(&s[after..end]) }, end));
            }
        },
    };
    let year = some_spaces(s, nam_end).and_then(|y| Some((y, four_digits(s, y)?)));
    let end = year.map_or(nam_end, |(_, e)| e);
    let m = Months { start, end, count: &s[start..count_end], part, year: year.map(|(a, b)| &s[a..b]) };
    Some((m, end))
}

/// Whether the words before `at` say that the months after them are a running total
/// from the year's start: "Tính chung 9 tháng", "lũy kế 6 tháng", "cộng dồn 3 tháng".
fn running_total_before(s: &str, at: usize) -> bool {
    let head = s[..at].trim_end_matches(' ');
    ["ính chung", "ũy kế", "uỹ kế", "ộng dồn"].iter().any(|w| head.ends_with(w))
}

/// The end of "qua" or "vừa qua" at `at`, after "9 tháng": the months just gone.
fn past_months_end(s: &str, at: usize) -> Option<usize> {
    let at = word_at(s, at, "vừa").and_then(|e| some_spaces(s, e)).unwrap_or(at);
    word_at(s, at, "qua").filter(|&e| !s[e..].starts_with(|c: char| is_alnum(c)))
}

/// A match of `(?i:quý)\s+(IV|III|II|I|[1-4])\b(?:\s*(?:(?i:năm)|[/\-–])\s*(\d{4}))?`: "quý III năm 2021".
struct Quarter<'a> {
    start: usize,
    end: usize,
    numeral: &'a str,
    year: Option<&'a str>,
}

/// Quarters left to right: only the places of a "q" or "Q" are tried.
fn quarters(s: &str) -> impl Iterator<Item = Quarter<'_>> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || loop {
        let i = pos + memchr::memchr2(b'q', b'Q', s.as_bytes().get(pos..)?)?;
        if let Some(q) = quarter_at(s, i) {
            pos = q.end;
            return Some(q);
        }
        pos = i + 1;
    })
}

fn quarter_at(s: &str, start: usize) -> Option<Quarter<'_>> {
    // "quý" in any case: ý and Ý are the only forms of its last letter under case folding.
    let b = s.as_bytes();
    let word = matches!(b.get(start + 1), Some(b'u' | b'U')) && matches!(b.get(start + 2..start + 4), Some([0xC3, 0xBD | 0x9D]));
    if !word {
        return None;
    }
    let at = some_spaces(s, start + 4)?;
    let numeral = ["IV", "III", "II", "I", "1", "2", "3", "4"]
        .into_iter()
        .find(|n| s[at..].starts_with(n) && !s[at + n.len()..].chars().next().is_some_and(is_regex_word))?;
    let numeral_end = at + numeral.len();
    // "quý III năm 2021", "quý 4/2025", and "quý IV-2024" as newspapers write it.
    let year = word_at_any_case(s, spaces(s, numeral_end), "năm")
        .or_else(|| one_of(s, spaces(s, numeral_end), b"/-"))
        .or_else(|| s[spaces(s, numeral_end)..].starts_with('–').then(|| spaces(s, numeral_end) + '–'.len_utf8()))
        .and_then(|y| {
            let y = spaces(s, y);
            Some((y, four_digits(s, y)?))
        });
    let end = year.map_or(numeral_end, |(_, e)| e);
    Some(Quarter { start, end, numeral: &s[at..numeral_end], year: year.map(|(a, b)| &s[a..b]) })
}

/// `\w` of the regex crate: letters, marks, decimal digits, connector punctuation and joiners.
fn is_regex_word(c: char) -> bool {
    static WORD: Lazy<Regex> = Lazy::new(|| re(r"^\w$"));
    match c.is_ascii() {
        true => c.is_ascii_alphanumeric() || c == '_',
        false => WORD.is_match(c.encode_utf8(&mut [0; 4])),
    }
}

/// The date of the reported event: the first full date of the opening paragraphs said
/// together with an event word ("tổ chức", "khảo sát", "hội nghị"), or opening a paragraph.
pub fn event_date(body: &str, hits: &[Hit]) -> Option<String> {
    let limit = super::text::pair_indices(body, [b'\n', b'\n']).nth(1).unwrap_or(body.len());
    early_event_date(body, hits, limit).or_else(|| later_event_date(body, hits, limit))
}

/// Words of a sentence that says when the event took place: "Buổi làm việc diễn ra vào ngày
/// 27/11", read in any paragraph when the first two date none.
static TOOK_PLACE: Lazy<Regex> = Lazy::new(|| re(r"(?i)diễn ra|được tổ chức|tổ chức vào|khai mạc vào|họp vào"));

/// The first date past `limit` in a sentence of [`TOOK_PLACE`].
fn later_event_date(body: &str, hits: &[Hit], limit: usize) -> Option<String> {
    hits.iter().filter(|h| h.kind == EntityKind::Date && h.start >= limit).find_map(|h| {
        let sent_start = super::text::clause_start(body, h.start, &['.', '\n', '!', '?'], 600);
        let lead = body[sent_start..h.start].trim();
        let told = TOOK_PLACE.is_match(lead) && !leads_a_deadline(lead) && !cites_a_document(lead);
        match &h.normalized {
            Some(Normalized::Text(n)) if told => Some(n.clone()),
            _ => None,
        }
    })
}

/// The event's date from the first two paragraphs: a date that opens its sentence, follows a
/// time of day, or stands in a sentence of [`EVENT_WORDS`].
fn early_event_date(body: &str, hits: &[Hit], limit: usize) -> Option<String> {
    let mut previous_end = 0;
    for h in hits.iter().filter(|h| h.start < limit) {
        let span_start = short_span_start(h);
        let campaign = span_start.is_none().then(|| campaign_span_start(h)).flatten();
        if h.kind != EntityKind::Date && span_start.is_none() && campaign.is_none() {
            continue;
        }
        let sent_start = super::text::clause_start(body, h.start, &['.', '\n', '!', '?'], 600);
        let sent_end = body[h.end..].find(['.', '\n', '!', '?']).map(|i| h.end + i).unwrap_or(body.len());
        let lead = body[sent_start..h.start].trim();
        // What stands before an earlier date of the sentence says what that date is, not
        // this one ("Căn cứ Luật … ngày 9/1/2023, ngày 15/9/2025, Sở Y tế tổ chức …").
        let own_lead = body[sent_start.max(previous_end)..h.start].trim();
        previous_end = h.end;
        // "hoàn thành trước ngày 31/3": a deadline, not the day of the event; "(Ngày
        // 14/10/2025) Chiều ngày 13/10/2025, …": the day the item was posted.
        if leads_a_deadline(own_lead) || cites_a_document(own_lead) || posted_in_brackets(body, h) {
            continue;
        }
        let told = EVENT_WORDS.is_match(&body[sent_start..sent_end]) || labels_the_time(lead);
        // A few days' span is an event's only when the sentence says so: "Từ ngày 1 đến
        // 7/11, toàn tỉnh ghi nhận …" is the period of a count.
        if let Some(first) = span_start {
            if told {
                return Some(first.to_string());
            }
            continue;
        }
        // A longer span is an event's only when the sentence names a campaign held over it
        // ("Từ ngày 1/11 đến 15/11/2025, Trung tâm tổ chức chiến dịch tiêm …"): its first day.
        if let Some(first) = campaign {
            let sentence = &body[sent_start..sent_end];
            if (told || sentence.contains("triển khai")) && CAMPAIGN.is_match(sentence) {
                return Some(first.to_string());
            }
            continue;
        }
        let opens = lead.split_whitespace().count() <= 3;
        if opens || at_a_time_of_day(lead) || told {
            if let Some(Normalized::Text(n)) = &h.normalized {
                return Some(n.clone());
            }
        }
    }
    None
}

/// Whether `lead`, the text before a date, makes it a deadline ([`DEADLINE_LEAD`]), an hour
/// perhaps between the deadline's word and "ngày": "gửi về Sở trước 16 giờ 00 ngày 20/3/2026"
/// opening a letter is when its task is due, not the day of an event.
fn leads_a_deadline(lead: &str) -> bool {
    if DEADLINE_LEAD.is_match(lead) {
        return true;
    }
    // Only a lead that ends with an hour ("… giờ 00 ngày", "… 16h ngày") may hide one.
    let head = lead.strip_suffix("ngày").map_or(lead, str::trim_end);
    let bare = without_hour(head);
    bare.len() < head.len() && DEADLINE_LEAD.is_match(bare)
}

/// Whether the date of `h` stands alone in brackets at the start of its line ("(14/10/2025)",
/// "(Ngày 14/10/2025)"): the day a site posted the item, ahead of its text.
fn posted_in_brackets(body: &str, h: &Hit) -> bool {
    let line_start = body[..h.start].rfind('\n').map_or(0, |i| i + 1);
    let Some(inside) = body[line_start..h.start].trim().strip_prefix('(') else { return false };
    let inside = inside.trim();
    (inside.is_empty() || equals_lower(inside, "ngày")) && body[h.end..].trim_start_matches(' ').starts_with(')')
}

/// Longest span of days an event such as a conference or a training course runs over; a
/// week's (from a Monday to a Sunday) is a report's period.
const EVENT_SPAN_DAYS: u32 = 5;

/// The first day of a period of at most [`EVENT_SPAN_DAYS`] days inside one month ("từ ngày
/// 24 đến 26/11/2026"): the day an event running over them opened.
fn short_span_start(h: &Hit) -> Option<&str> {
    let Some(Normalized::Range { start, end }) = h.normalized.as_ref().filter(|_| h.kind == EntityKind::Period) else { return None };
    let (Some((month1, day1)), Some((month2, day2))) = (start.rsplit_once('-'), end.rsplit_once('-')) else { return None };
    let (Ok(day1), Ok(day2)) = (day1.parse::<u32>(), day2.parse::<u32>()) else { return None };
    (month1 == month2 && day1 < day2 && day2 - day1 < EVENT_SPAN_DAYS).then_some(start.as_str())
}

/// Longest span of days a campaign ([`CAMPAIGN`]) runs over for its first day to be the
/// event's: two months.
const CAMPAIGN_SPAN_DAYS: i64 = 62;

/// What is held over days or weeks: "chiến dịch", "đợt (tiêm, khám …)", "tuần lễ", "tháng
/// hành động", "lớp (tập huấn)", "hội thi".
static CAMPAIGN: Lazy<Regex> = Lazy::new(|| re(r"(?i)chiến dịch|\bđợt\b|tuần lễ|tháng hành động|\blớp\b|hội thi"));

/// The first day of a period of days of at most [`CAMPAIGN_SPAN_DAYS`] (the shorter ones
/// [`short_span_start`] takes first), that is neither whole months, nor a calendar week, nor a count from
/// New Year's day ("từ 1/1 đến 30/9", "từ 1/10 đến 31/10"): the time of a campaign, not of a
/// report.
fn campaign_span_start(h: &Hit) -> Option<&str> {
    let Some(Normalized::Range { start, end }) = h.normalized.as_ref().filter(|_| h.kind == EntityKind::Period) else { return None };
    let (Some((y1, m1, d1)), Some((y2, m2, d2))) = (parse_iso(start), parse_iso(end)) else { return None };
    let month_end = d2 == days_in_month(y2, m2);
    if start.len() != 10 || end.len() != 10 || d1 == 1 && (month_end || m1 == 1) || is_week(start, end) {
        return None;
    }
    // Days from the start of `y1`'s year, into the next year at most.
    let year_len = days_before_month(y1, 13);
    let day = |y: i32, m: u32, d: u32| if y == y1 { 0 } else { year_len } + days_before_month(y, m) + i64::from(d);
    let days = day(y2, m2, d2) - day(y1, m1, d1);
    (y2 - y1 <= 1 && (1..=CAMPAIGN_SPAN_DAYS).contains(&days)).then_some(start.as_str())
}

/// Whether a notice's line gives the time of what it announces: "1. Thời gian: 8 giờ, thứ
/// Ba ngày 9/12/2025", "- Thời gian: từ ngày 9/12 đến 11/12/2025" (the training, the
/// meeting). The label alone: "Thời gian nộp báo cáo:" times a task, not the event.
fn labels_the_time(lead: &str) -> bool {
    let lead = lead.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '*' | '•' | '.' | ')') || c.is_whitespace());
    ["Thời gian", "THỜI GIAN"].iter().any(|w| lead.strip_prefix(w).is_some_and(|rest| rest.trim_start().starts_with(':')))
}

/// Whether the text before a date ends with a time of day ("Theo ghi nhận của phóng viên
/// sáng 17/11", "vào chiều ngày 3/10"): a moment something happened.
fn at_a_time_of_day(lead: &str) -> bool {
    let lower = lead.to_lowercase();
    let lower = lower.strip_suffix("ngày").map_or(lower.as_str(), str::trim_end);
    ends_with_a_word_of(lower, PARTS_OF_DAY) || ends_with_clock_time(lower) || on_a_named_day(lower)
}

/// The parts of the day a moment is told by, in small letters.
const PARTS_OF_DAY: &[&str] = &["sáng", "chiều", "tối", "trưa", "đêm"];

/// Whether `lower` ends with the day said in words before its date, in brackets or after a
/// comma: "Hôm qua (", "Sáng nay, ", "Hôm qua (thứ Năm, ", "Sáng thứ Hai, ", "Thứ Sáu (".
/// A weekday alone counts only opening the sentence or after such a word.
fn on_a_named_day(lower: &str) -> bool {
    let Some(head) = lower.strip_suffix(['(', ',']) else { return false };
    let head = head.trim_end();
    let weekday = WEEKDAYS.iter().find_map(|w| head.strip_suffix(w).filter(|h| !h.ends_with(char::is_alphanumeric)));
    let head = match weekday {
        Some(h) => match h.trim_end().strip_suffix('(') {
            Some(h) => h.trim_end(),
            None if h.trim().is_empty() => return true,
            None => h.trim_end(),
        },
        None => head,
    };
    let Some(day) = head.strip_suffix(" nay").or_else(|| head.strip_suffix(" qua")) else {
        return weekday.is_some() && PARTS_OF_DAY.iter().any(|w| head.ends_with(w));
    };
    ["hôm"].iter().chain(PARTS_OF_DAY).any(|w| day.strip_suffix(w).is_some_and(|h| !h.ends_with(char::is_alphanumeric)))
}

/// The days of the week in small letters.
const WEEKDAYS: &[&str] = &["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"];

/// Whether `lower` ends with an hour ("khoảng 20 giờ", "lúc 9 giờ 30 phút", "20h30", "7g"):
/// "Khoảng 20 giờ ngày 18/10, khoa tiếp nhận …" tells when it happened as "sáng" does.
fn ends_with_clock_time(lower: &str) -> bool {
    let mut words = lower.split_whitespace().rev().peekable();
    // "… giờ 30 phút", "… giờ 30": the minutes after the hour.
    if words.next_if(|w| *w == "phút").is_some() || words.peek().is_some_and(|w| is_number(w)) {
        if !words.next().is_some_and(is_number) {
            return false;
        }
    }
    match words.next() {
        Some("giờ") => words.next().is_some_and(is_number),
        // "20h", "20h30", "7g": the hour glued to its letter.
        Some(w) => w.split_once(['h', 'g']).is_some_and(|(hour, minutes)| is_number(hour) && (minutes.is_empty() || is_number(minutes))),
        None => false,
    }
}

fn is_number(w: &str) -> bool {
    !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the text before a date cites a document by its number ("Kế hoạch số 156/KH-BCĐ
/// ngày", "Công văn 1823/UBND-KGVX ngày"), or cites the grounds of a decision ("Căn cứ Luật
/// Tổ chức chính quyền địa phương ngày", "Căn cứ Nghị định … ngày"): the date is the
/// document's, not the event's.
fn cites_a_document(lead: &str) -> bool {
    let mut words = lead.split_whitespace().rev();
    let (Some(day), Some(number)) = (words.next(), words.next()) else { return false };
    let numbered = number.contains('/') && number.starts_with(|c: char| c.is_ascii_digit());
    day.eq_ignore_ascii_case("ngày") && (numbered || cites_grounds(lead))
}

/// Words a decision opens its grounds with ("Căn cứ …"), and the kinds of law it cites.
const GROUNDS: &[&str] = &["căn cứ ", "xét đề nghị "];
const LAWS: &[&str] = &["Luật ", "Bộ luật ", "Pháp lệnh ", "Nghị định ", "Nghị quyết ", "Thông tư "];

/// Whether `lead` opens with the grounds of a decision or names a law: a date after it is
/// the date the law or document was passed.
fn cites_grounds(lead: &str) -> bool {
    let opens = GROUNDS.iter().any(|w| starts_with_lower(lead, w));
    opens || LAWS.iter().any(|w| lead.match_indices(w).any(|(i, _)| i == 0 || lead[..i].ends_with(' ')))
}

#[cfg(test)]
mod tests {
    use super::super::text::digit_places;
    use super::*;

    fn ctx(y: i32) -> YearContext {
        YearContext { year: Some(y), published: None, written: None, today: None, title_period: None, plan_year: false, reviewed_year: None }
    }

    fn norms(s: &str, c: &YearContext) -> Vec<(String, Option<Normalized>)> {
        let mut w = Vec::new();
        find(s, &digit_places(s), c, &mut w).into_iter().map(|h| (s[h.start..h.end].to_string(), h.normalized)).collect()
    }

    fn periods(s: &str) -> Vec<(String, String, String)> {
        let ctx = YearContext { year: Some(2025), published: None, written: None, today: None, title_period: None, plan_year: false, reviewed_year: None };
        let digits = crate::stages::extract::text::digit_places(s);
        find(s, &digits, &ctx, &mut Vec::new())
            .into_iter()
            .filter(|h| h.kind == EntityKind::Period)
            .filter_map(|h| match h.normalized {
                Some(Normalized::Range { start, end }) => Some((s[h.start..h.end].to_string(), start, end)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn day_span_in_words_is_one_period() {
        let got = periods("Từ ngày 20 đến ngày 25 tháng 10, tỉnh phun hóa chất; từ ngày 3 đến hết ngày 9 tháng 11 năm 2026 tổng kết.");
        let want = [("Từ ngày 20 đến ngày 25 tháng 10", "2025-10-20", "2025-10-25"), ("từ ngày 3 đến hết ngày 9 tháng 11 năm 2026", "2026-11-03", "2026-11-09")];
        assert_eq!(got, want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())));
    }

    #[test]
    fn a_span_of_days_written_with_hyphens_is_one_period() {
        let p = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        assert_eq!(periods("Từ 25-10 đến 31-10 ghi nhận 41 ca; từ 3-11-2026 đến 9-11-2026 có 12 ca."), [p("Từ 25-10 đến 31-10", "2025-10-25", "2025-10-31"), p("từ 3-11-2026 đến 9-11-2026", "2026-11-03", "2026-11-09")]);
        // Two ranges of a count are no days.
        assert!(periods("Mỗi ngày uống từ 2-3 đến 4-5 viên.").is_empty());
    }

    #[test]
    fn a_span_in_brackets_after_a_reference_is_its_period() {
        let ctx = YearContext { year: Some(2026), published: None, written: Some((2026, 11)), today: Some((2026, 11, 3)), title_period: None, plan_year: false, reviewed_year: None };
        let r = |a: &str, b: &str| Some(Normalized::Range { start: a.into(), end: b.into() });
        let got = norms("Trong tuần qua (từ 25/10 đến 31/10) toàn phường ghi nhận 27 ca.", &ctx);
        assert_eq!(got[0], ("Trong tuần qua".to_string(), r("2026-10-25", "2026-10-31")));
    }

    #[test]
    fn week_span_is_one_period() {
        let got = periods("Từ tuần 40 đến tuần 46 năm 2026 ghi nhận 68 ca.");
        assert_eq!(got, [("Từ tuần 40 đến tuần 46 năm 2026".to_string(), "2026-09-28".to_string(), "2026-11-15".to_string())]);
    }

    #[test]
    fn month_span_with_parts_of_months() {
        let got = periods("Dự kiến từ cuối tháng 9 đến đầu tháng 10 năm 2026 tổ chức đợt cao điểm; từ giữa tháng 3 đến tháng 4 thì không.");
        let want = [("từ cuối tháng 9 đến đầu tháng 10 năm 2026", "2026-09-21", "2026-10-10"), ("từ giữa tháng 3 đến tháng 4", "2025-03-11", "2025-04-30")];
        assert_eq!(got, want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())));
    }

    #[test]
    fn months_counted_in_words() {
        let s = "Hai tháng đầu năm 2026 ghi nhận 12 ca; sáu tháng cuối năm có 30 ca; mười hai tháng đầu năm; hai tháng qua; hai tháng 5 và 6.";
        let got: Vec<(String, String, String)> = periods(s).into_iter().take(3).collect();
        let want = [("Hai tháng đầu năm 2026", "2026-01-01", "2026-02-28"), ("sáu tháng cuối năm", "2025-07-01", "2025-12-31"), ("mười hai tháng đầu năm", "2025-01-01", "2025-12-31")];
        assert_eq!(got, want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())));
        assert!(periods(s).iter().all(|(t, _, _)| !t.contains("hai tháng 5")));
    }

    #[test]
    fn school_years_run_from_september_to_may() {
        let p = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        let got = periods("Trong năm học 2025 - 2026 và NĂM HỌC 2026-2027; năm học 2025 - 2028.");
        assert_eq!(got, [p("năm học 2025 - 2026", "2025-09-01", "2026-05-31"), p("NĂM HỌC 2026-2027", "2026-09-01", "2027-05-31")]);
    }

    #[test]
    fn a_span_of_days_with_a_year_needs_no_day_word() {
        let p = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        let got = periods("Đợt hai diễn ra từ 22-24/9/2026 tại trường; đợt ba từ 1 đến 3/10/2026; từ 3 đến 5/10 học sinh.");
        assert_eq!(got, [p("từ 22-24/9/2026", "2026-09-22", "2026-09-24"), p("từ 1 đến 3/10/2026", "2026-10-01", "2026-10-03")]);
    }

    #[test]
    fn two_years_after_nam_are_one_period() {
        let p = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        let got = periods("Trong 2 năm 2025 - 2026, tỉnh đầu tư 18 trạm; từ năm 2020 - 2022 và Năm 2023–2024.");
        let want = [p("năm 2025 - 2026", "2025-01-01", "2026-12-31"), p("từ năm 2020 - 2022", "2020-01-01", "2022-12-31"), p("Năm 2023–2024", "2023-01-01", "2024-12-31")];
        assert_eq!(got, want);
    }

    #[test]
    fn headings_in_capitals_name_whole_periods() {
        let p = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        assert_eq!(periods("II. NHIỆM VỤ QUÝ IV NĂM 2026"), [p("QUÝ IV NĂM 2026", "2026-10-01", "2026-12-31")]);
        assert_eq!(periods("KẾ HOẠCH THÁNG 12 NĂM 2026"), [p("THÁNG 12 NĂM 2026", "2026-12-01", "2026-12-31")]);
        assert_eq!(periods("SƠ KẾT 6 THÁNG ĐẦU NĂM 2026"), [p("6 THÁNG ĐẦU NĂM 2026", "2026-01-01", "2026-06-30")]);
        assert_eq!(periods("BẢN TIN TUẦN THỨ 47 NĂM 2026"), [p("TUẦN THỨ 47 NĂM 2026", "2026-11-16", "2026-11-22")]);
        assert_eq!(periods("TỪ THÁNG 9 ĐẾN THÁNG 11/2026"), [p("TỪ THÁNG 9 ĐẾN THÁNG 11/2026", "2026-09-01", "2026-11-30")]);
        assert_eq!(periods("GIAI ĐOẠN 2026 - NĂM 2030"), [p("GIAI ĐOẠN 2026 - NĂM 2030", "2026-01-01", "2030-12-31")]);
        let c = ctx(2026);
        assert_eq!(norms("NGÀY 5 THÁNG 6 NĂM 2026", &c), [("5 THÁNG 6 NĂM 2026".to_string(), Some(Normalized::Text("2026-06-05".into())))]);
    }

    #[test]
    fn a_span_of_months_is_one_period() {
        let p = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        assert_eq!(periods("Từ tháng 7 đến tháng 10/2026, số ca tăng nhanh."), [p("Từ tháng 7 đến tháng 10/2026", "2026-07-01", "2026-10-31")]);
        assert_eq!(periods("từ tháng 11/2025 - tháng 2/2026 có 40 ca"), [p("từ tháng 11/2025 - tháng 2/2026", "2025-11-01", "2026-02-28")]);
        // Without a year of its own the span reads the document's; across a new year it
        // starts the year before.
        assert_eq!(periods("từ tháng 11 đến tháng 2 năm sau"), [p("từ tháng 11 đến tháng 2", "2024-11-01", "2025-02-28")]);
        // Two months not joined as a span stay two.
        assert_eq!(periods("tháng 3 và tháng 5/2025").len(), 2);
    }

    #[test]
    fn a_week_or_month_by_reference_counts_from_the_day_written() {
        let ctx = YearContext { year: Some(2026), published: None, written: Some((2026, 12)), today: Some((2026, 12, 3)), title_period: None, plan_year: false, reviewed_year: None };
        let got: Vec<(String, Option<Normalized>)> = norms("Tuần qua tiếp nhận 27 ca; trong tuần có 3 ca nặng; tháng này có 40 ca; trong tháng qua có 90 ca.", &ctx);
        let r = |a: &str, b: &str| Some(Normalized::Range { start: a.into(), end: b.into() });
        assert_eq!(got, vec![("Tuần qua".to_string(), r("2026-11-27", "2026-12-03")), ("trong tuần".to_string(), r("2026-11-27", "2026-12-03")), ("tháng này".to_string(), r("2026-12-01", "2026-12-31"))]);
        assert!(norms("Khám ngoài giờ vào các buổi tối trong tuần và sáng Chủ nhật.", &ctx).is_empty());
        // 3 December 2026 is a Thursday; its week runs into January across the year's end.
        assert_eq!(norms("Sở yêu cầu phun hóa chất trong tuần này.", &ctx), vec![("trong tuần này".to_string(), r("2026-11-30", "2026-12-06"))]);
        let new_year = YearContext { today: Some((2026, 12, 30)), ..ctx };
        assert_eq!(norms("Tuần này có 5 ca.", &new_year), vec![("Tuần này".to_string(), r("2026-12-28", "2027-01-03"))]);
    }

    #[test]
    fn weeks_and_months_named_by_reference() {
        let p = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        let got = periods("Tuần 46 (từ ngày 10/11 đến ngày 16/11/2025) có 87 ca. Bệnh sởi: trong tuần ghi nhận 4 ca. Trong tuần qua đã phun 30 hộ.");
        assert_eq!(got[2..], [p("trong tuần", "2025-11-10", "2025-11-16"), p("Trong tuần qua", "2025-11-10", "2025-11-16")]);
        let got = periods("Tháng 8/2025 ghi nhận 215 ca sốt xuất huyết; trong tháng có 2 ca tử vong.");
        assert_eq!(got[1], p("trong tháng", "2025-08-01", "2025-08-31"));
        // With nothing named before, a counted span, the month ahead, a week's first days: none.
        for text in ["Trong tuần qua ghi nhận 3 ca.", "Tháng 8/2025 có 5 ca; trong 9 tháng qua có 40 ca; trong tháng tới sẽ tiêm; các tháng qua giảm."] {
            assert!(periods(text).iter().all(|(t, ..)| !t.contains("qua") && !t.starts_with("trong tháng")), "{text}: {:?}", periods(text));
        }
        // A month in brackets is compared with, not named for what follows; days in brackets
        // say which week it is.
        assert_eq!(periods("Khám 120 lượt (tháng 8/2025: 98 lượt); trong tháng có 2 ca.").len(), 1);
        let got = periods("Trong tuần qua (từ ngày 06/10 đến 12/10/2025) có 18 ca. Trong tuần, đã phun 2 ổ dịch.");
        assert_eq!(got.last(), Some(&p("Trong tuần", "2025-10-06", "2025-10-12")));
        // A month is not a week.
        assert_eq!(periods("Tháng 8/2025 có 5 ca; trong tuần qua có 2 ca.").len(), 1);
        // How often is no week.
        assert!(periods("Phun hóa chất mỗi tuần 01 lần; hằng tuần 2 lần.").is_empty());
        assert_eq!(periods("Trong tuần 41 có 5 ca.").len(), 1);
        // Nor is a month compared with the one meant.
        assert_eq!(periods("Ghi nhận 46 ca, tăng 12 ca so với tháng 4/2025. Trong tháng có 2 ca tử vong.").len(), 1);
    }

    #[test]
    fn a_reference_with_nothing_named_before_is_the_titles_period() {
        let ctx = YearContext { year: Some(2025), published: None, written: None, today: None, title_period: None, plan_year: false, reviewed_year: None };
        let titled = |title: &str| ctx.clone().with_title_period(Some(title)).title_period.map(|p| (p.start, p.end));
        let october = Some(("2025-10-01".to_string(), "2025-10-31".to_string()));
        assert_eq!(titled("BÁO CÁO TÌNH HÌNH DỊCH BỆNH THÁNG 10 NĂM 2025"), october);
        assert_eq!(titled("Kết quả hoạt động tháng 10 và phương hướng nhiệm vụ tháng 11 năm 2025"), october);
        assert_eq!(titled("Tổng kết năm 2024, triển khai nhiệm vụ năm 2025"), Some(("2024-01-01".to_string(), "2024-12-31".to_string())));
        assert_eq!(titled("Số liệu tháng 9 và tháng 10 năm 2025"), None);
        let s = "Trong tháng, toàn huyện ghi nhận 23 ca.";
        let with_title = ctx.clone().with_title_period(Some("BÁO CÁO THÁNG 10 NĂM 2025"));
        let hits = find(s, &digit_places(s), &with_title, &mut Vec::new());
        assert_eq!(hits.iter().filter(|h| h.kind == EntityKind::Period).count(), 1);
        // A title's week is no month.
        let with_week = ctx.clone().with_title_period(Some("Tình hình dịch bệnh tuần 41 năm 2025"));
        assert!(find(s, &digit_places(s), &with_week, &mut Vec::new()).iter().all(|h| h.kind != EntityKind::Period));
    }

    #[test]
    fn a_plan_for_the_coming_year_reads_its_early_months_in_it() {
        // Signed 10 December 2026, its title naming 2027 as its one period.
        let december = YearContext { year: Some(2026), published: Some((2026, 12, 10)), today: Some((2026, 12, 10)), ..YearContext::default() };
        let plan = december.clone().with_title_period(Some("Triển khai chiến dịch tiêm bổ sung vắc xin sởi năm 2027"));
        let range = |a: &str, b: &str| Some(Normalized::Range { start: a.into(), end: b.into() });
        let s = "Tổ chức tiêm vào giữa tháng 01, trực từ ngày 14/02 đến ngày 20/02, tổng kết trong quý I.";
        let want = [
            ("giữa tháng 01".to_string(), range("2027-01-11", "2027-01-20")),
            ("từ ngày 14/02 đến ngày 20/02".to_string(), range("2027-02-14", "2027-02-20")),
            ("quý I".to_string(), range("2027-01-01", "2027-03-31")),
        ];
        assert_eq!(norms(s, &plan), want);
        // The plan's own month is still the year's; a month further on than the next year's
        // first months is the year ending's, as a plan's background tells of it.
        assert_eq!(norms("Rà soát đối tượng trong tháng 12.", &plan), [("tháng 12".to_string(), range("2026-12-01", "2026-12-31"))]);
        assert_eq!(norms("Dịch bùng phát vào tháng 8.", &plan), [("tháng 8".to_string(), range("2026-08-01", "2026-08-31"))]);
        // With a title naming the year ending, or none, "tháng 01" is that year's.
        let review = december.clone().with_title_period(Some("Tổng kết công tác tiêm chủng năm 2026"));
        assert_eq!(norms("Tiêm vào giữa tháng 01.", &review), [("giữa tháng 01".to_string(), range("2026-01-11", "2026-01-20"))]);
        assert_eq!(norms("Tiêm vào giữa tháng 01.", &december), [("giữa tháng 01".to_string(), range("2026-01-11", "2026-01-20"))]);
    }

    #[test]
    fn the_lunar_new_year_is_looked_up() {
        assert_eq!(lunar_new_year(2027), Some((2, 6)));
        assert_eq!(lunar_new_year(2026), Some((2, 17)));
        assert_eq!(lunar_new_year(2015), Some((2, 19)));
        assert_eq!(lunar_new_year(2035), Some((2, 8)));
        assert_eq!(lunar_new_year(2014), None);
        assert_eq!(lunar_new_year(2036), None);
    }

    #[test]
    fn a_titles_period_gives_its_year_to_a_document_that_names_none() {
        let ctx = YearContext::default().with_title_period(Some("BÁO CÁO HOẠT ĐỘNG THÁNG 9/2026"));
        assert_eq!(ctx.year, Some(2026));
        let s = "Tổng số lượt khám: 1.245 lượt (tháng 8: 1.102 lượt).";
        let got: Vec<Option<Normalized>> = find(s, &digit_places(s), &ctx, &mut Vec::new()).into_iter().filter(|h| h.kind == EntityKind::Period).map(|h| h.normalized).collect();
        assert_eq!(got, [Some(Normalized::Range { start: "2026-08-01".into(), end: "2026-08-31".into() })]);
        // A year the document gives stays.
        let ctx = YearContext { year: Some(2025), ..YearContext::default() }.with_title_period(Some("BẢN TIN TUẦN 2/2026"));
        assert_eq!(ctx.year, Some(2025));
    }

    #[test]
    fn the_lunar_new_year_named_with_its_year_is_a_period() {
        let c = ctx(2025);
        let got = |s: &str| -> Vec<(String, Option<Normalized>)> {
            find(s, &digit_places(s), &c, &mut Vec::new()).into_iter().filter(|h| h.kind == EntityKind::Period).map(|h| (s[h.start..h.end].to_string(), h.normalized)).collect()
        };
        let feast = |a: &str, b: &str| Some(Normalized::Range { start: a.into(), end: b.into() });
        assert_eq!(got("Bảo đảm công tác y tế dịp Tết Nguyên đán Bính Ngọ 2026"), [("Tết Nguyên đán Bính Ngọ 2026".to_string(), feast("2026-02-17", "2026-02-19"))]);
        assert_eq!(got("KẾ HOẠCH TRỰC TẾT NGUYÊN ĐÁN NĂM 2027"), [("TẾT NGUYÊN ĐÁN NĂM 2027".to_string(), feast("2027-02-06", "2027-02-08"))]);
        // Near misses: no year, a count after the feast, a year out of the table.
        assert!(got("Bảo đảm trực cấp cứu trước, trong và sau Tết Nguyên đán.").is_empty());
        assert!(got("Tặng quà Tết Nguyên đán cho 2025 hộ nghèo.").is_empty());
        assert!(got("Tết Nguyên đán 2040").is_empty());
    }

    #[test]
    fn a_plan_for_the_coming_lunar_new_year_dates_its_early_months_in_that_year() {
        let c = YearContext { year: Some(2025), published: Some((2025, 12, 15)), written: Some((2025, 12)), today: Some((2025, 12, 15)), ..YearContext::default() }
            .with_title_period(Some("Bảo đảm công tác y tế dịp Tết Nguyên đán Bính Ngọ 2026"));
        let s = "Kiểm tra an toàn thực phẩm trong tháng 01, tổng kết vào quý I.";
        let got: Vec<Option<Normalized>> = find(s, &digit_places(s), &c, &mut Vec::new()).into_iter().map(|h| h.normalized).collect();
        let range = |a: &str, b: &str| Some(Normalized::Range { start: a.into(), end: b.into() });
        assert_eq!(got, [range("2026-01-01", "2026-01-31"), range("2026-01-01", "2026-03-31")]);
    }

    #[test]
    fn a_deadline_with_its_hour_is_not_the_events_date() {
        let body = "Sở Y tế đề nghị các Trung tâm Y tế tổng hợp số liệu, gửi về Sở trước 16 giờ 00 ngày 20/3/2026.";
        assert_eq!(event_date(body, &norms_hits(body)), None);
        let body = "Các đơn vị gửi báo cáo chậm nhất 9h30 ngày 20/3/2026.";
        assert_eq!(event_date(body, &norms_hits(body)), None);
        // Near misses: an hour with no deadline's word tells when the event was.
        let body = "Lúc 16 giờ 00 ngày 20/3/2026, Sở Y tế tổ chức họp khẩn.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2026-03-20"));
        let body = "Sáng ngày 20/3/2026, Sở Y tế tổ chức hội nghị.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2026-03-20"));
    }

    #[test]
    fn the_date_of_a_document_cited_is_not_the_events() {
        let body = "Thực hiện Kế hoạch số 156/KH-BCĐ ngày 10/9/2025 của Ban Chỉ đạo, ngày 15/9/2025, Đoàn đã tiến hành kiểm tra 42 cơ sở.";
        let hits = norms_hits(body);
        assert_eq!(event_date(body, &hits).as_deref(), Some("2025-09-15"));
    }

    #[test]
    fn the_date_a_law_was_passed_is_not_the_events() {
        let body = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\nCăn cứ Kế hoạch của UBND xã ngày 02/11/2025;\n\nXét đề nghị của Trạm Y tế xã,\n\nQUYẾT ĐỊNH:";
        assert_eq!(event_date(body, &norms_hits(body)), None);
        let body = "Thi hành Luật Khám bệnh, chữa bệnh ngày 9/1/2023, ngày 15/9/2025, Sở Y tế tổ chức hội nghị.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-09-15"));
    }

    #[test]
    fn a_few_days_an_event_ran_over_date_it_by_the_first() {
        let body = "Từ ngày 24 đến 26/11/2025, Sở Y tế tổ chức lớp tập huấn phòng chống dịch.";
        assert_eq!(periods(body), [("Từ ngày 24 đến 26/11/2025".to_string(), "2025-11-24".to_string(), "2025-11-26".to_string())]);
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-11-24"));
        let counted = "Từ ngày 1 đến 7/11/2025, toàn tỉnh ghi nhận 40 ca sốt xuất huyết.";
        assert_eq!(event_date(counted, &norms_hits(counted)), None, "a week's count");
        assert!(periods("Tỷ lệ tăng từ 3 đến 5/10 điểm.").is_empty(), "no day without \"ngày\"");
        let body = "Trong hai ngày 18 và 19/11/2025, Trung tâm Y tế huyện tổ chức tập huấn cho 45 học viên.";
        assert_eq!(periods(body), [("ngày 18 và 19/11/2025".to_string(), "2025-11-18".to_string(), "2025-11-19".to_string())]);
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-11-18"));
        let two_days = norms("Đoàn kiểm tra ngày 3/10 và 5/10/2025 tại hai xã.", &ctx(2025));
        assert_eq!(two_days.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(), ["3/10", "5/10/2025"], "two days, not a span");
    }

    #[test]
    fn a_later_paragraph_may_say_when_the_event_took_place() {
        let body = "Đoàn công tác của tỉnh đã làm việc với bệnh viện.\n\nBệnh viện báo cáo 1.200 lượt khám.\n\nBuổi làm việc diễn ra vào ngày 27 tháng 11 năm 2025 tại hội trường. Hoàn thành trước ngày 30/12/2025.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-11-27"));
        let body = "Đoàn công tác của tỉnh đã làm việc với bệnh viện.\n\nBệnh viện báo cáo 1.200 lượt khám.\n\nCần hoàn thành trước ngày 30/12/2025.";
        assert_eq!(event_date(body, &norms_hits(body)), None);
    }

    #[test]
    fn a_date_after_a_time_of_day_is_the_events() {
        let body = "Gần 2 tuần nay, số trẻ mắc cúm A tăng mạnh.\n\nTheo ghi nhận của phóng viên sáng 17/11, hành lang khoa kín người.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-11-17"));
        let body = "Báo cáo gửi về Sở; số liệu cập nhật đến 17/11.";
        assert_eq!(event_date(body, &norms_hits(body)), None);
        let body = "Khoảng 20 giờ ngày 18/10/2025, Khoa Nhi tiếp nhận một bé trai 2 tuổi.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-10-18"));
        let body = "Vào lúc 9 giờ 30 phút ngày 5/6/2025, một vụ tai nạn xảy ra trên quốc lộ.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-06-05"));
        let body = "Khoảng 22h30 ngày 2/3/2025, bệnh viện tiếp nhận 5 nạn nhân.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-03-02"));
        let body = "Theo báo cáo của Sở Y tế gửi về Bộ, số liệu tính đến hết 30 ngày 2/3/2025 cho thấy ca bệnh giảm.";
        assert_eq!(event_date(body, &norms_hits(body)), None);
    }

    #[test]
    fn half_of_a_year_is_six_months() {
        let got = periods("Nửa đầu năm 2025 khám 100 lượt; nửa cuối năm 2025 khám 90 lượt; năm 2026 tăng.");
        let want = [("Nửa đầu năm 2025", "2025-01-01", "2025-06-30"), ("nửa cuối năm 2025", "2025-07-01", "2025-12-31"), ("năm 2026", "2026-01-01", "2026-12-31")];
        assert_eq!(got, want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())));
    }

    #[test]
    fn a_day_in_words_without_its_day_word() {
        let text = |s: &str| Some(Normalized::Text(s.to_string()));
        let got = norms("Chiều 5 tháng 11, đoàn làm việc tại xã; hoàn thành trước 15 tháng 12 năm 2026.", &ctx(2025));
        assert_eq!(got, vec![("5 tháng 11".to_string(), text("2025-11-05")), ("15 tháng 12 năm 2026".to_string(), text("2026-12-15"))]);
        // A count of months is no day, nor a day after any other word.
        let got = norms("Trẻ từ 6 đến 9 tháng tuổi; tăng 3 tháng 11 năm liền.", &ctx(2025));
        assert!(got.iter().all(|(_, n)| !matches!(n, Some(Normalized::Text(_)))), "{got:?}");
        let body = "Sáng 14 tháng 2, Sở Y tế tổ chức hội nghị tổng kết.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-02-14"));
        let body = "Các đơn vị báo cáo trước 15 tháng 11 năm 2025.";
        assert_eq!(event_date(body, &norms_hits(body)), None);
    }

    #[test]
    fn two_days_running_parted_by_a_comma_are_one_period() {
        let got = periods("Trong hai ngày 5, 6/10, bệnh viện khám cho trẻ; các đợt sau vào ngày 3/11, 10/11 và ngày 7, 9/12.");
        assert_eq!(got, vec![("ngày 5, 6/10".to_string(), "2025-10-05".to_string(), "2025-10-06".to_string())]);
        let body = "Trong hai ngày 5, 6/10, Bệnh viện Nhi tổ chức khám sàng lọc tim bẩm sinh.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-10-05"));
    }

    fn norms_hits(s: &str) -> Vec<Hit> {
        find(s, &digit_places(s), &ctx(2025), &mut Vec::new())
    }

    #[test]
    fn a_year_a_span_starts_from_is_not_the_documents() {
        let rec = Record { body: "Ngày 3/3, Sở Y tế cho biết, từ năm 2003 đến nay cả nước ghi nhận 129 ca, so với cùng kỳ năm 2024 tăng.".into(), ..Record::default() };
        let c = YearContext::from_record(&rec, &digit_places(&rec.body));
        assert_eq!(c.year, None);
        let c = YearContext { year: Some(2025), published: None, written: Some((2025, 3)), today: None, title_period: None, plan_year: false, reviewed_year: None };
        let got = norms("Từ năm 2003 đến nay ghi nhận 129 ca; năm 2003 có 3 ca.", &c);
        let range = |a: &str, b: &str| Some(Normalized::Range { start: a.into(), end: b.into() });
        assert_eq!(got, vec![("Từ năm 2003 đến nay".to_string(), range("2003-01-01", "2025-03-31")), ("năm 2003".to_string(), range("2003-01-01", "2003-12-31"))]);
        assert_eq!(norms("từ năm 2003 đến nay", &ctx(2025)), vec![], "no month to end the span");
    }

    #[test]
    fn a_notice_dates_its_event_by_the_time_it_labels() {
        let body = "Sở Y tế thông báo tổ chức lớp tập huấn như sau:\n\n1. Thời gian: 8 giờ, thứ Ba ngày 09/12/2025.\n\n2. Địa điểm: Hội trường Sở Y tế.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-12-09"));
        let span = "Triệu tập học viên như sau:\n\n- Thời gian: từ ngày 9/12 đến 11/12/2025 (03 ngày).";
        assert_eq!(event_date(span, &norms_hits(span)).as_deref(), Some("2025-12-09"));
        // The time of a task is no event's.
        let task = "Đề nghị các đơn vị báo cáo kết quả.\n\nThời gian nộp báo cáo: ngày 15/12/2025.";
        assert_eq!(event_date(task, &norms_hits(task)), None);
    }

    #[test]
    fn a_whole_date_before_the_first_year_named_dates_the_text() {
        let year_of = |body: &str| {
            let rec = Record { body: body.into(), ..Record::default() };
            let c = YearContext::from_record(&rec, &digit_places(&rec.body));
            (c.year, c.year_for(3, 24))
        };
        let body = "Sáng 20/3/2026, Trung tâm Y tế huyện khám sàng lọc đến ngày 24/3. Năm 2025, Trung tâm quản lý 1.250 người.";
        assert_eq!(year_of(body), (Some(2026), Some(2026)));
        // A review at New Year: last December's days are the year named's.
        let rec = Record { body: "Sáng 5/1/2026, Trung tâm Y tế sơ kết công tác năm 2025. Ngày 28/12, Trung tâm tiêm cho 300 trẻ.".into(), ..Record::default() };
        let c = YearContext::from_record(&rec, &digit_places(&rec.body));
        assert_eq!((c.year, c.year_for(12, 28), c.year_for(2, 10)), (Some(2026), Some(2025), Some(2026)));
        // A year named first, or a date that only cites a document, keeps the year named.
        assert_eq!(year_of("Năm 2025, Trung tâm khám cho 420 người; ngày 20/3/2026 tổng kết.").0, Some(2025));
        assert_eq!(year_of("Thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2024, năm 2025 Trung tâm khám cho 420 người.").0, Some(2025));
        // A plan's year named after the date still dates the plan's days.
        let plan = "Sáng 28/11/2026, Sở Y tế tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027.";
        let rec = Record { body: plan.into(), ..Record::default() };
        assert!(YearContext::from_record(&rec, &digit_places(&rec.body)).plan_year);
    }

    #[test]
    fn a_year_in_two_digits_after_a_lead_dates_the_text() {
        let body = "Ngày 15/11/25, Trung tâm ghi nhận 9 ca. Chiều hôm sau (thứ Bảy, 16/11), đội đã phun hóa chất.";
        let rec = Record { body: body.into(), ..Record::default() };
        let c = YearContext::from_record(&rec, &digit_places(&rec.body));
        assert_eq!((c.year, c.today), (Some(2025), Some((2025, 11, 15))));
        let got = norms(body, &c);
        assert!(got.contains(&("16/11".to_string(), Some(Normalized::Text("2025-11-16".into())))), "{got:?}");
        // Without a lead the fraction is no date and dates nothing.
        let rec = Record { body: "Có 12/15/20 ca dương tính.".into(), ..Record::default() };
        assert_eq!(YearContext::from_record(&rec, &digit_places(&rec.body)).year, None);
    }

    #[test]
    fn from_the_start_of_the_year_to_a_day() {
        let range = |a: &str, b: &str| Some(Normalized::Range { start: a.into(), end: b.into() });
        let got = norms("Từ đầu tháng 10/2025 đến ngày 05/11/2025 có 12 ca; từ ngày 10/11 đến hết ngày 25/11/2025 tiêm bù.", &ctx(2025));
        assert_eq!(
            got,
            vec![
                ("Từ đầu tháng 10/2025 đến ngày 05/11/2025".to_string(), range("2025-10-01", "2025-11-05")),
                ("từ ngày 10/11 đến hết ngày 25/11/2025".to_string(), range("2025-11-10", "2025-11-25")),
            ]
        );
        let got = norms("Tính từ đầu năm đến ngày 16/11/2025, ghi nhận 40 ca; từ đầu năm 2024 đến hết ngày 30.9 có 7 ca; Từ đầu năm tới 5/3.", &ctx(2025));
        let range = |a: &str, b: &str| Some(Normalized::Range { start: a.into(), end: b.into() });
        let day = |d: &str| Some(Normalized::Text(d.into()));
        assert_eq!(
            got,
            vec![
                ("từ đầu năm đến ngày 16/11/2025".to_string(), range("2025-01-01", "2025-11-16")),
                ("16/11/2025".to_string(), day("2025-11-16")),
                ("từ đầu năm 2024 đến hết ngày 30.9".to_string(), range("2024-01-01", "2024-09-30")),
                ("30.9".to_string(), day("2024-09-30")),
                ("Từ đầu năm tới 5/3".to_string(), range("2025-01-01", "2025-03-05")),
                ("5/3".to_string(), day("2025-03-05")),
            ]
        );
        assert!(norms("từ đầu năm đến nay", &ctx(2025)).is_empty(), "no day the document was written on");
        let written = YearContext { today: Some((2025, 10, 17)), ..ctx(2025) };
        let got = norms("Từ đầu năm đến nay có 12 ca; từ đầu năm 2024 tới nay có 30 ca; từ đầu năm nay.", &written);
        assert_eq!(
            got,
            [
                ("Từ đầu năm đến nay".to_string(), range("2025-01-01", "2025-10-17")),
                ("từ đầu năm 2024 tới nay".to_string(), range("2024-01-01", "2025-10-17")),
            ]
        );
    }

    #[test]
    fn from_a_month_to_now_runs_to_the_day_written() {
        let written = YearContext { today: Some((2026, 12, 5)), ..ctx(2026) };
        let range = |a: &str, b: &str| Some(Normalized::Range { start: a.into(), end: b.into() });
        let got = norms("Từ đầu tháng 11 đến nay có 18.000 ca; từ tháng 10/2026 tới nay 40 ca; từ giữa tháng 11 đến nay 9 ca.", &written);
        assert_eq!(
            got,
            [
                ("Từ đầu tháng 11 đến nay".to_string(), range("2026-11-01", "2026-12-05")),
                ("từ tháng 10/2026 tới nay".to_string(), range("2026-10-01", "2026-12-05")),
                ("từ giữa tháng 11 đến nay".to_string(), range("2026-11-11", "2026-12-05")),
            ]
        );
        let january = YearContext { today: Some((2027, 1, 20)), ..ctx(2027) };
        assert_eq!(norms("từ tháng 11 đến nay", &january), [("từ tháng 11 đến nay".to_string(), range("2026-11-01", "2027-01-20"))]);
        assert_eq!(norms("từ tháng 11 đến nay", &ctx(2026)), [("tháng 11".to_string(), range("2026-11-01", "2026-11-30"))], "no day written: the month alone");
    }

    #[test]
    fn months_gone_count_back_from_the_month_written() {
        let c = YearContext { year: Some(2025), published: Some((2025, 10, 8)), written: Some((2025, 10)), today: None, title_period: None, plan_year: false, reviewed_year: None };
        let got = norms("Trong 9 tháng qua, 3 tháng vừa qua và 12 tháng qua; không phải 5 tháng quanh năm.", &c);
        let range = |a: &str, b: &str| Some(Normalized::Range { start: a.into(), end: b.into() });
        assert_eq!(
            got,
            vec![
                ("9 tháng qua".to_string(), range("2025-01-01", "2025-09-30")),
                ("3 tháng vừa qua".to_string(), range("2025-07-01", "2025-09-30")),
                ("12 tháng qua".to_string(), range("2024-10-01", "2025-09-30")),
            ]
        );
        assert!(norms("Trong 9 tháng qua", &ctx(2025)).is_empty(), "no month to count back from");
        let running = norms("Tính chung 9 tháng, lũy kế 6 tháng, cộng dồn 3 tháng; 5 tháng trước.", &ctx(2025));
        assert_eq!(
            running,
            [
                ("9 tháng".to_string(), range("2025-01-01", "2025-09-30")),
                ("6 tháng".to_string(), range("2025-01-01", "2025-06-30")),
                ("3 tháng".to_string(), range("2025-01-01", "2025-03-31")),
            ]
        );
    }

    #[test]
    fn a_day_in_brackets_after_yesterday_or_today() {
        let got = norms("Hôm qua (2/12), bệnh viện tiếp nhận 40 ca; sáng nay (3/12) còn 12 ca; tỷ lệ (3/12) xã; chiều thứ Ba (9/12), Chủ nhật (14/12).", &ctx(2025));
        let days: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(days, ["2/12", "3/12", "9/12", "14/12"]);
        assert_eq!(got[0].1, Some(Normalized::Text("2025-12-02".into())));
    }

    #[test]
    fn short_dates_take_the_document_year() {
        let got = norms("Chiều ngày 3.5, hội nghị; tỷ lệ 13,2% và 52,92 giường.", &ctx(2023));
        assert_eq!(got, vec![("3.5".to_string(), Some(Normalized::Text("2023-05-03".into())))]);
    }

    #[test]
    fn day_and_month_with_a_hyphen_after_a_time_of_day() {
        let got = norms("Chiều 3-10, trung tâm cho biết ca đầu tiên sốt từ ngày 27-9; điều trị trong 3-5 ngày, từ 7-10 ca, uống ngày 2-3 lần.", &ctx(2025));
        let dates: Vec<(&str, Option<&Normalized>)> = got.iter().map(|(t, n)| (t.as_str(), n.as_ref())).collect();
        assert_eq!(
            dates,
            [("3-10", Some(&Normalized::Text("2025-10-03".into()))), ("27-9", Some(&Normalized::Text("2025-09-27".into())))]
        );
    }

    #[test]
    fn full_dates_and_words() {
        let got = norms("Ngày 05/11/2021 và ngày 7 tháng 3 năm 2020.", &YearContext::default());
        assert_eq!(got[0].1, Some(Normalized::Text("2021-11-05".into())));
        assert_eq!(got[1].0, "7 tháng 3 năm 2020");
    }

    #[test]
    fn periods_and_terms() {
        let got = norms("quý III năm 2021, 6 tháng cuối năm, 9 tháng 2020, nhiệm kỳ 2020-2025, tháng 8/2019", &ctx(2021));
        let want = [
            ("quý III năm 2021", "2021-07-01", "2021-09-30"),
            ("6 tháng cuối năm", "2021-07-01", "2021-12-31"),
            ("9 tháng 2020", "2020-01-01", "2020-09-30"),
            ("nhiệm kỳ 2020-2025", "2020-01-01", "2025-12-31"),
            ("tháng 8/2019", "2019-08-01", "2019-08-31"),
        ];
        for (i, (t, a, b)) in want.iter().enumerate() {
            assert_eq!(got[i].0, *t);
            assert_eq!(got[i].1, Some(Normalized::Range { start: a.to_string(), end: b.to_string() }));
        }
    }

    #[test]
    fn day_parts_spans_weeks_and_bare_months() {
        let got = norms("Sáng 12.3 họp; từ 1/1 đến 15/6 ghi nhận; tuần 23 năm 2025; xong trong tháng 9.", &ctx(2025));
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(texts, vec!["12.3", "từ 1/1 đến 15/6", "tuần 23 năm 2025", "tháng 9"]);
        assert_eq!(got[0].1, Some(Normalized::Text("2025-03-12".into())));
        assert_eq!(got[1].1, Some(Normalized::Range { start: "2025-01-01".into(), end: "2025-06-15".into() }));
        assert_eq!(got[2].1, Some(Normalized::Range { start: "2025-06-02".into(), end: "2025-06-08".into() }));
        assert_eq!(got[3].1, Some(Normalized::Range { start: "2025-09-01".into(), end: "2025-09-30".into() }));
    }

    #[test]
    fn iso_weeks_cross_years() {
        // Week 1 of 2026 starts on Monday 29 December 2025.
        assert_eq!(iso_week(2026, 1), Some(Normalized::Range { start: "2025-12-29".into(), end: "2026-01-04".into() }));
        assert_eq!(iso_week(2025, 10), Some(Normalized::Range { start: "2025-03-03".into(), end: "2025-03-09".into() }));
    }

    #[test]
    fn durations_and_ages_are_not_months() {
        assert!(norms("trẻ dưới 9 tháng tuổi, bé tháng 3 tuổi, tháng 9.2", &ctx(2025)).is_empty());
        let got = norms("ngày 5 tháng 6 khai mạc", &ctx(2025));
        assert_eq!(got[0].1, Some(Normalized::Text("2025-06-05".into())));
    }

    #[test]
    fn a_deadline_is_not_the_event() {
        let body = "Phát biểu tại hội nghị, ông A đề nghị hoàn thành rà soát trước ngày 31/3/2025.";
        let hits = find(body, &digit_places(body), &ctx(2025), &mut Vec::new());
        assert_eq!(event_date(body, &hits), None);
    }

    #[test]
    fn groups_read_off_matches_agree_with_captures() {
        for t in ["năm 2024", "NĂM  1999", "năm \u{0968}\u{0966}\u{0968}\u{0966}", "Năm\t2030 và năm 2031"] {
            let got: Vec<&str> = YEAR.find_iter(t).map(|m| year_digits(m.as_str())).collect();
            let want: Vec<&str> = YEAR.captures_iter(t).map(|c| c.get(1).map_or("", |g| g.as_str())).collect();
            assert_eq!(got, want, "{t}");
        }
    }

    /// Texts strung together from pieces that meet the patterns' edges: digits of other
    /// scripts, every separator, white space of several kinds, the words in several cases,
    /// whole dates and their broken halves.
    fn generated_texts() -> Vec<String> {
        const PIECES: &[&str] = &[
            "1", "2", "12", "123", "3", "2024", "20245", "٣", "١٢", "１", "0", "/", ".", "-", "–", " ", "  ", "\u{a0}",
            "\u{3000}", "\t", "\n", "tháng", "Tháng", "THÁNG", "năm", "Năm", "NĂM", "đầu", "cuối", "ĐẦU", "Cuối", "quý", "Quý", "QUÝ", "quÝ", "qu", "ý", "I",
            "II", "III", "IV", "V", "a", "_", "é", "\u{300}", "\u{200d}", "²", "Ⅻ", "x", ",", "ngày", "12/3/2024", "5 - 6 - 2021",
            "1.2.", "6 tháng đầu năm 2024", "9 tháng cuối năm", "quý III năm 2021", "quý 2/2023", "quý IVa", "3 tháng ", "6 tháng 2025",
            " năm ", "quý ", "/2025", "ngày ", "từ ", "đến ", "tuần ", "thứ ", "nhiệm kỳ ", "giai đoạn ", "Tháng 9",
        ];
        vanban_plugin_sdk::testing::Rng(0x9E37_79B9_7F4A_7C15).texts(PIECES, 40_000, 14)
    }

    fn groups(c: &regex::Captures, i: usize) -> Option<String> {
        c.get(i).map(|g| g.as_str().to_string())
    }

    #[test]
    fn hand_matchers_agree_with_the_regexes() {
        let full = Regex::new(r"(\d{1,2})\s?([/.\-])\s?(\d{1,2})\s?[/.\-]\s?(\d{4})").unwrap();
        let short = Regex::new(r"(\d{1,2})([/.\-])(\d{1,2})").unwrap();
        let months = Regex::new(r"(\d{1,2})\s+(?i:tháng)\s+(?:(?:((?i:đầu|cuối))\s+)?(?i:năm)(?:\s+(\d{4}))?|(\d{4}))").unwrap();
        let quarter = Regex::new(r"(?i:quý)\s+(IV|III|II|I|[1-4])\b(?:\s*(?:(?i:năm)|[/\-–])\s*(\d{4}))?").unwrap();
        let mut seen = [0; 4];
        for t in generated_texts() {
            let t = t.as_str();
            let want: Vec<_> = full.captures_iter(t).map(|c| (c.get(0).unwrap().range(), groups(&c, 1), groups(&c, 3), groups(&c, 4))).collect();
            let got: Vec<_> = full_nums(t, digit_places(t).into_iter()).map(|m| (m.start..m.end, Some(m.day.into()), Some(m.month.into()), Some(m.year.into()))).collect();
            assert_eq!(got, want, "{t:?}");
            seen[0] += got.len();
            let want: Vec<_> = short.find_iter(t).map(|m| (m.start(), m.end())).collect();
            let got: Vec<_> = digit_led(t, digit_places(t).into_iter(), short_at).collect();
            assert_eq!(got, want, "{t:?}");
            seen[1] += got.len();
            let want: Vec<_> =
                months.captures_iter(t).map(|c| (c.get(0).unwrap().range(), groups(&c, 1), groups(&c, 2).map(|p| p.to_lowercase()), groups(&c, 3).or(groups(&c, 4)))).collect();
            let got: Vec<_> = digit_led(t, digit_places(t).into_iter(), months_at)
                .map(|m| (m.start..m.end, Some(m.count.into()), m.part.map(Into::into), m.year.map(Into::into)))
                .collect();
            assert_eq!(got, want, "{t:?}");
            seen[2] += got.len();
            let want: Vec<_> = quarter.captures_iter(t).map(|c| (c.get(0).unwrap().range(), groups(&c, 1), groups(&c, 2))).collect();
            let got: Vec<_> = quarters(t).map(|q| (q.start..q.end, Some(q.numeral.into()), q.year.map(Into::into))).collect();
            assert_eq!(got, want, "{t:?}");
            seen[3] += got.len();
        }
        // Each pattern matched often enough for the comparison to mean something.
        assert!(seen.iter().all(|&n| n > 500), "{seen:?}");
    }

    const PATTERNS: [&str; 8] = [FULL_WORDS, DAY_SPAN, DAY_MONTH_WORDS, TERM, MONTH, WEEK, BARE_MONTH, YEAR_WORDS];

    /// Texts strung together from the lead words in several cases, white space, digits and
    /// separators.
    fn lead_texts() -> Vec<String> {
        const PIECES: &[&str] = &[
            "ngày", "NGÀY", "Ngày", "từ", "Từ", "TỪ", "tháng", "THÁNG", "Tháng", "năm", "NĂM", "Năm", "tuần", "TUẦN", "thứ",
            "THỨ", "nhiệm kỳ", "NHIỆM KỲ", "nhiệm \u{212A}ỳ", "Nhiệm kỳ", "giai đoạn", "GIAI ĐOẠN", "từ năm", "đến", "tới", " ",
            " ", " ", "  ", "\n", "\t", "\u{a0}", "\u{3000}", "1", "12", "5", "31", "2024", "2020", "٣", "١٢", "/", ".", "-",
            "–", ",", "x", "à", "tháng 7/2024", "ngày 5 tháng 6 năm 2021", "từ 1/3 đến 5/4", "tuần thứ 3", "nhiệm kỳ 2020 - 2025", "NHIỆM \u{212A}Ỳ 2021-2026",
            "năm học", "NĂM HỌC", "năm học 2025 - 2026",
        ];
        vanban_plugin_sdk::testing::Rng(0x5851_F42D_4C95_7F2D).texts(PIECES, 30_000, 16)
    }

    #[test]
    fn patterns_run_at_their_leads_agree_with_the_regexes() {
        let held: [(&Regex, fn(&Leads) -> &[usize]); 8] = [
            (&FULL_WORDS_AT, |l| &l.day[..]),
            (&DAY_SPAN_AT, |l| &l.span[..]),
            (&DAY_MONTH_WORDS_AT, |l| &l.day[..]),
            (&TERM_AT, |l| &l.term[..]),
            (&MONTH_AT, |l| &l.month[..]),
            (&WEEK_AT, |l| &l.week[..]),
            (&BARE_MONTH_AT, |l| &l.month[..]),
            (&YEAR_AT, |l| &l.year[..]),
        ];
        let whole: Vec<Regex> = PATTERNS.iter().map(|p| re(p)).collect();
        let mut seen = [0; 8];
        for t in lead_texts().into_iter().chain(generated_texts()) {
            let places = digit_places(&t);
            let upto = through_last_digit(&t, &places);
            let leads = Leads::find(&t, &places);
            for (k, (held, starts)) in held.iter().enumerate() {
                let want: Vec<Vec<_>> = whole[k].captures_iter(upto).map(|c| c.iter().map(|g| g.map(|g| g.range())).collect()).collect();
                let got: Vec<Vec<_>> = matches_at(held, upto, starts(&leads))
                    .map(|f| (0..f.caps.len()).map(|i| f.get(i).map(|g| g.start()..g.end())).collect())
                    .collect();
                assert_eq!(got, want, "{k} {t:?}");
                seen[k] += got.len();
            }
            let want: Vec<_> = whole[7].find_iter(upto).map(|m| m.range()).collect();
            let got: Vec<_> = years_at(upto, &leads.year).map(|g| g.start()..g.end()).collect();
            assert_eq!(got, want, "{t:?}");
            let want: Vec<_> = YEAR.find_iter(&t).map(|m| m.range()).collect();
            assert_eq!(year_words(&t, 0).collect::<Vec<_>>(), want, "{t:?}");
            for from in [1, t.len() / 2] {
                let Some(from) = (from..=t.len()).find(|&i| t.is_char_boundary(i)) else { continue };
                assert_eq!(year_words(&t, from).next(), YEAR.find_at(&t, from).map(|m| m.range()), "{from} {t:?}");
            }
        }
        assert!(seen.iter().all(|&n| n > 300), "{seen:?}");
    }

    #[test]
    fn lead_letters_take_every_char_case_blind_matching_takes() {
        let letters: std::collections::BTreeSet<char> =
            ["ngày", "từ", "nhiệm kỳ", "giai đoạn", "từ năm", "tháng", "tuần", "thứ", "năm", "năm học"].iter().flat_map(|w| w.chars()).collect();
        let each: Vec<(char, Regex)> = letters.iter().map(|&p| (p, re(&format!("(?i)^{}$", regex::escape(&p.to_string()))))).collect();
        let class: String = letters.iter().map(|c| regex::escape(&c.to_string())).collect();
        let any = re(&format!("(?i)^[{class}]$"));
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let cs = &*c.encode_utf8(&mut buf);
            if any.is_match(cs) {
                for (p, re) in &each {
                    assert!(!re.is_match(cs) || same_letter(c, *p), "{c:?} {p:?}");
                }
            }
        }
    }

    #[test]
    fn cutting_after_the_last_digit_changes_no_match() {
        let res: Vec<Regex> = PATTERNS.iter().map(|p| re(p)).collect();
        let extra = ["từ ngày 1/3 đến 5/4", "nhiệm kỳ 2020 - 2025", "tuần thứ 3 năm 2024", "ngày 5 tháng 6 năm 2021", "tháng 7/2024 "];
        let mut seen = 0;
        for t in generated_texts().iter().map(String::as_str).chain(extra) {
            let places = digit_places(t);
            let upto = through_last_digit(t, &places);
            for re in &res {
                let spans = |h: &str| re.captures_iter(h).map(|c| c.iter().map(|g| g.map(|g| g.range())).collect::<Vec<_>>()).collect::<Vec<_>>();
                let want = spans(t);
                assert_eq!(spans(upto), want, "{t:?}");
                seen += want.len();
            }
        }
        assert!(seen > 1000, "{seen}");
    }

    #[test]
    fn word_chars_agree_with_the_regex() {
        let w = Regex::new(r"^\w$").unwrap();
        for u in (0..0x3100).chain(0xFE00..0xFF70).chain(0x1D7CE..0x1D800) {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(is_regex_word(c), w.is_match(c.encode_utf8(&mut [0; 4])), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn dates_are_written_as_format_writes_them() {
        for (y, m, d) in [(2024, 1, 5), (1945, 12, 31), (0, 0, 0), (9999, 99, 99), (10000, 1, 1), (-5, 3, 4), (2020, 100, 7), (33, 7, 100)] {
            assert_eq!(ymd(y, m, d), format!("{y:04}-{m:02}-{d:02}"));
        }
    }

    #[test]
    fn no_year_warns() {
        let mut w = Vec::new();
        let hits = find("ngày 4/9 họp", &digit_places("ngày 4/9 họp"), &YearContext::default(), &mut w);
        assert!(hits.is_empty());
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn late_date_belongs_to_previous_year() {
        let c = YearContext { year: Some(2024), published: Some((2024, 1, 5)), written: Some((2024, 1)), today: None, title_period: None, plan_year: false, reviewed_year: None };
        assert_eq!(c.year_for(12, 28), Some(2023));
        assert_eq!(c.year_for(1, 4), Some(2024));
    }

    #[test]
    fn a_day_at_the_turn_into_a_plans_year_is_read_either_side_of_it() {
        let c = YearContext { year: Some(2027), plan_year: true, ..YearContext::default() };
        assert_eq!(c.year_for(11, 28), Some(2026));
        assert_eq!(c.year_for(1, 12), Some(2027));
        assert_eq!(first_year("Huyện Tân Lạc triển khai nhiệm vụ năm 2027"), Some((2027, true)));
        assert_eq!(first_year("Tổng kết công tác năm 2026"), Some((2026, false)));
    }

    #[test]
    fn a_plan_launched_for_a_year_names_the_year_it_is_for() {
        let plan = |s: &str| first_year(s).map(|(_, plan)| plan);
        assert_eq!(plan("Ngày 12/11, Sở Y tế triển khai kế hoạch tiêm chủng mở rộng năm 2027."), Some(true));
        assert_eq!(plan("HỘI NGHỊ XÂY DỰNG KẾ HOẠCH HOẠT ĐỘNG NĂM 2027"), Some(true));
        assert_eq!(plan("các huyện chuẩn bị đủ vắc xin cho năm 2027"), Some(true));
        // A result measured against the year's plan, a plan not launched, a quarter's plan.
        assert_eq!(plan("tiêm đủ cho 1.820 trẻ, đạt 97,1% kế hoạch năm 2026"), Some(false));
        assert_eq!(plan("Theo kế hoạch, năm 2026 tỉnh mở thêm 3 điểm tiêm"), Some(false));
        assert_eq!(plan("triển khai nhiệm vụ công tác quý III năm 2026"), Some(false));
        assert_eq!(plan("triển khai kế hoạch số 14, năm 2026"), Some(false));
        // The day of the meeting that launches next year's plan is in the year before it.
        let rec = Record { body: "Ngày 12/11, Sở Y tế triển khai kế hoạch tiêm chủng mở rộng năm 2027. Năm 2026, toàn tỉnh tiêm đủ cho 1.820 trẻ.".into(), ..Record::default() };
        let c = YearContext::from_record(&rec, &digit_places(&rec.body));
        assert_eq!(c.year_for(11, 12), Some(2026));
    }

    #[test]
    fn a_year_aimed_at_is_not_the_documents() {
        assert_eq!(first_year("Chiến lược dinh dưỡng đến năm 2030, tầm nhìn năm 2045: kết quả năm 2026"), Some((2026, false)));
        assert_eq!(first_year("phấn đấu hoàn thành trước năm 2028"), None);
    }

    #[test]
    fn periods_without_a_year_just_before_new_year_are_the_year_befores() {
        let c = YearContext { year: Some(2026), published: Some((2026, 1, 6)), written: Some((2026, 1)), today: None, title_period: None, plan_year: false, reviewed_year: None };
        let r = |a: &str, b: &str| Some(Normalized::Range { start: a.into(), end: b.into() });
        let got = norms("Trong tháng 12, quý IV và tuần 52 ghi nhận 25 ca; từ tháng 10 đến tháng 12 có 60 ca; tháng 1 có 3 ca.", &c);
        assert_eq!(got[0], ("tháng 12".to_string(), r("2025-12-01", "2025-12-31")));
        assert_eq!(got[1], ("quý IV".to_string(), r("2025-10-01", "2025-12-31")));
        assert_eq!(got[2], ("tuần 52".to_string(), r("2025-12-22", "2025-12-28")));
        assert_eq!(got[3], ("từ tháng 10 đến tháng 12".to_string(), r("2025-10-01", "2025-12-31")));
        assert_eq!(got[4], ("tháng 1".to_string(), r("2026-01-01", "2026-01-31")));
        // A month aimed at is ahead, in the published year; one a count runs to is not.
        assert_eq!(norms("Chiến dịch kéo dài đến hết tháng 12.", &c)[0].1, r("2026-12-01", "2026-12-31"));
        assert_eq!(norms("Tính đến tháng 12, có 25 ca.", &c)[0].1, r("2025-12-01", "2025-12-31"));
        // Further from New Year, a later month may be a plan's: the published year.
        let march = YearContext { published: Some((2026, 3, 10)), ..c.clone() };
        assert_eq!(norms("Tiêm vắc xin vào tháng 9.", &march)[0].1, r("2026-09-01", "2026-09-30"));
        // A plan for the year, or a text dated by a year of its own, keeps that year.
        let plan = YearContext { plan_year: true, ..c.clone() };
        assert_eq!(norms("Trong quý IV tổ chức tiêm bù.", &plan)[0].1, r("2026-10-01", "2026-12-31"));
        let reviewing = YearContext { year: Some(2024), ..c.clone() };
        assert_eq!(norms("Trong tháng 12 có 25 ca.", &reviewing)[0].1, r("2024-12-01", "2024-12-31"));
        // With no published date, as before: the text's year.
        let unpublished = YearContext { published: None, ..c };
        assert_eq!(norms("Trong tháng 12 có 25 ca.", &unpublished)[0].1, r("2026-12-01", "2026-12-31"));
    }

    #[test]
    fn a_month_or_quarter_with_its_year_after_a_hyphen() {
        let got = periods("Tháng 11-2025 ghi nhận 30 ca; quý IV-2024 có 80 ca; Quý I – 2026 có 12 ca; từ tháng 9-2025 đến tháng 2-2026 có 90 ca; từ tháng 1 - 9/2024 có 7 ca.");
        let want = [
            ("Tháng 11-2025", "2025-11-01", "2025-11-30"),
            ("quý IV-2024", "2024-10-01", "2024-12-31"),
            ("Quý I – 2026", "2026-01-01", "2026-03-31"),
            ("từ tháng 9-2025 đến tháng 2-2026", "2025-09-01", "2026-02-28"),
            ("từ tháng 1 - 9/2024", "2024-01-01", "2024-09-30"),
        ];
        assert_eq!(got, want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())));
        // Two quarters, or months, joined by a hyphen carry no year.
        assert_eq!(periods("quý I-II có 5 ca")[0].0, "quý I");
    }

    #[test]
    fn a_day_listed_after_a_date_is_a_date() {
        let got = norms("Các ngày 20/11 và 25/11, đoàn làm việc; ngày 3/10, 5/10 kiểm tra. Tỷ lệ 1/2 và 2/3 số xã.", &ctx(2025));
        let days: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(days, ["20/11", "25/11", "3/10", "5/10"]);
    }

    #[test]
    fn a_date_posted_in_brackets_is_not_the_events() {
        let body = "(Ngày 14/10/2025) Chiều ngày 13/10/2025, Trung tâm Y tế tổ chức hội thảo.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-10-13"));
        let body = "Sáng nay (14/10), Trung tâm Y tế tổ chức hội thảo.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-10-14"));
    }

    #[test]
    fn a_deadline_written_without_ngay_is_a_date() {
        let got = norms("Hoàn thành trước 30/11, chậm nhất 5/12; báo cáo đến hết 20/12. Ít nhất 2/3 số xã đạt.", &ctx(2025));
        let days: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(days, ["30/11", "5/12", "20/12"]);
    }

    #[test]
    fn a_deadline_months_after_the_document_stays_in_its_year() {
        let c = YearContext { year: Some(2025), published: Some((2025, 7, 20)), written: Some((2025, 7)), today: None, title_period: None, plan_year: false, reviewed_year: None };
        assert_eq!(c.year_for(9, 15), Some(2025));
        assert_eq!(c.year_for(12, 31), Some(2025));
    }

    #[test]
    fn a_review_of_the_year_ending_dates_a_text_as_the_plans_year() {
        assert_eq!(first_year("Ngày 5/1, Trung tâm tổng kết công tác năm 2026 và triển khai kế hoạch năm 2027."), Some((2027, true)));
        // A review alone, or a year after it that no plan names, keeps the review's year.
        assert_eq!(first_year("Ngày 5/6, Trung tâm tổng kết chiến dịch năm 2026."), Some((2026, false)));
        assert_eq!(first_year("Tổng kết công tác năm 2026. Năm 2027 có nhiều khó khăn."), Some((2026, false)));
        let rec = Record {
            title: Some("Hội nghị tổng kết công tác y tế năm 2026".into()),
            body: "Ngày 5/1, Trung tâm Y tế huyện Hòa Điền tổ chức hội nghị tổng kết công tác năm 2026 và triển khai kế hoạch năm 2027.".into(),
            ..Record::default()
        };
        let c = YearContext::from_record(&rec, &digit_places(&rec.body));
        assert_eq!(c.year_for(1, 5), Some(2027));
        assert_eq!(c.year_for(12, 28), Some(2026));
    }

    #[test]
    fn a_period_with_no_year_in_a_review_at_the_turn_is_of_the_year_reviewed() {
        let body = "Ngày 7/1, Trung tâm Y tế huyện Thạch Lĩnh tổ chức hội nghị tổng kết công tác năm 2026 và triển khai kế hoạch năm 2027.\n\n\
                    Trong quý IV, Trung tâm đã tập huấn cho 64 cán bộ; 6 tháng cuối năm đã khám cho 1.250 người, riêng tháng 12 khám cho 310 người.";
        let ranges = |rec: &Record| {
            let c = YearContext::from_record(rec, &digit_places(&rec.body));
            let got: Vec<_> = norms(&rec.body, &c).into_iter().filter_map(|(t, n)| match n {
                Some(Normalized::Range { start, end }) => Some((t, start, end)),
                _ => None,
            }).collect();
            (c, got)
        };
        let (c, got) = ranges(&Record { body: body.into(), ..Record::default() });
        assert_eq!((c.year, c.reviewed_year), (Some(2027), Some(2026)));
        let want = [("quý IV", "2026-10-01", "2026-12-31"), ("6 tháng cuối năm", "2026-07-01", "2026-12-31"), ("tháng 12", "2026-12-01", "2026-12-31")];
        for (t, a, b) in want {
            assert!(got.iter().any(|g| g.0 == t && g.1 == a && g.2 == b), "{t}: {got:?}");
        }
        // A plan's year named with no review before it keeps its periods in it.
        let plan = "Ngày 12/11, Sở Y tế triển khai kế hoạch tiêm chủng mở rộng năm 2027.\n\nTrong quý I, các huyện tổ chức tiêm bổ sung.";
        let (c, got) = ranges(&Record { body: plan.into(), ..Record::default() });
        assert_eq!((c.year, c.reviewed_year), (Some(2027), None));
        assert!(got.iter().any(|g| g.0 == "quý I" && g.1 == "2027-01-01"), "{got:?}");
    }

    #[test]
    fn a_year_in_two_digits_after_a_date_lead() {
        let t = |s: &str| Some(Normalized::Text(s.to_string()));
        assert_eq!(norms("Khoảng 20h ngày 29/12/25, bệnh viện tiếp nhận 25 ca.", &ctx(2026)), vec![("29/12/25".to_string(), t("2025-12-29"))]);
        assert_eq!(norms("Sáng 22/3/26, Sở tổ chức mít tinh; hoàn thành trước 30/4/26.", &ctx(2025)), vec![("22/3/26".to_string(), t("2026-03-22")), ("30/4/26".to_string(), t("2026-04-30"))]);
        // Without a date's lead, or with more digits, no date: a fraction, a score, a code.
        assert!(norms("Có 12/15/20 ca dương tính; 3/25 xã chưa đạt; số 5/3/265.", &ctx(2025)).is_empty());
        assert!(norms("Ngày 5/3/265 ghi nhận.", &ctx(2025)).is_empty());
    }

    #[test]
    fn a_day_after_its_weekday_or_word_and_a_comma() {
        let t = |s: &str| Some(Normalized::Text(s.to_string()));
        let got = norms("Hôm qua (thứ Năm, 13/11), Trung tâm xử lý ổ dịch. Sáng thứ Hai, 3/11, đoàn kiểm tra. Hôm nay, 8/11, bắt đầu.", &ctx(2025));
        assert_eq!(got, vec![("13/11".to_string(), t("2025-11-13")), ("3/11".to_string(), t("2025-11-03")), ("8/11".to_string(), t("2025-11-08"))]);
        // "thứ hai" in small letters is "second": a fraction after it stays one.
        assert!(norms("Thứ hai, 3/5 xã chưa đạt chỉ tiêu.", &ctx(2025)).is_empty());
        let body = "Hôm qua (thứ Năm, 13/11), Trung tâm đã phối hợp xử lý ổ dịch.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-11-13"));
        let body = "Theo báo cáo tính đến nay (13/11), toàn tỉnh ghi nhận 40 ca.";
        assert_eq!(event_date(body, &norms_hits(body)), None);
    }

    #[test]
    fn a_day_closing_the_name_of_a_yearly_day() {
        let t = |s: &str| Some(Normalized::Text(s.to_string()));
        assert_eq!(norms("Mít tinh hưởng ứng Ngày Thế giới phòng, chống lao 24/3.", &ctx(2026)), vec![("24/3".to_string(), t("2026-03-24"))]);
        assert_eq!(norms("Nhân Ngày Sức khỏe Thế giới 7/4, Sở tổ chức đi bộ.", &ctx(2026)), vec![("7/4".to_string(), t("2026-04-07"))]);
        // A fraction after a day's name in small letters, or past a stop, is none.
        assert!(norms("Ngày hội hiến máu có 3/5 xã tham gia. Ngày Hội Hiến máu: 3/5 xã.", &ctx(2026)).is_empty());
    }

    #[test]
    fn a_campaign_over_a_longer_span_dates_the_event_by_its_first_day() {
        let body = "Từ ngày 1/11 đến 15/11/2025, Trung tâm Y tế tổ chức chiến dịch tiêm vắc xin sởi.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-11-01"));
        let body = "Từ ngày 10/11/2025 đến ngày 30/11/2025, Sở Y tế tổ chức đợt khám sàng lọc tăng huyết áp.";
        assert_eq!(event_date(body, &norms_hits(body)).as_deref(), Some("2025-11-10"));
        // A report's period, a whole month, a week or a span with no campaign: no event.
        for body in [
            "Từ 1/1 đến 30/9/2025, toàn tỉnh ghi nhận 2.140 ca; tổ chức 3 đợt tiêm.",
            "Từ ngày 1/10 đến 31/10/2025, Trung tâm tổ chức chiến dịch tiêm.",
            "Từ ngày 10/11 đến 30/11/2025, toàn tỉnh ghi nhận 40 ca sởi.",
            "Từ ngày 1/9 đến 30/11/2025, Trung tâm tổ chức 3 đợt tiêm.",
        ] {
            assert_eq!(event_date(body, &norms_hits(body)), None, "{body}");
        }
    }

    #[test]
    fn a_deadlines_day_early_in_the_next_year_is_read_in_it() {
        let c = YearContext { year: Some(2026), published: Some((2026, 12, 18)), written: Some((2026, 12)), today: Some((2026, 12, 18)), title_period: None, plan_year: false, reviewed_year: None };
        let got = norms("Gửi về Sở chậm nhất ngày 10/01; hoàn thành trước 20/01. Ngày 15/01, Trung tâm đã tổ chức tập huấn. Trước ngày 05 tháng 01, báo cáo.", &c);
        let days: Vec<(&str, Option<&Normalized>)> = got.iter().map(|(t, n)| (t.as_str(), n.as_ref())).collect();
        let iso = |d: &str| Normalized::Text(d.to_string());
        let want = [("10/01", iso("2027-01-10")), ("20/01", iso("2027-01-20")), ("15/01", iso("2026-01-15")), ("05 tháng 01", iso("2027-01-05"))];
        assert_eq!(days, want.iter().map(|(t, n)| (*t, Some(n))).collect::<Vec<_>>());
        // A deadline just past stays in the document's year.
        assert_eq!(c.year_of_day(11, 30, "đã hoàn thành trước ngày "), Some(2026));
        // A deadline long past in a mid-year review is the document's year's, not next year's.
        let july = YearContext { published: Some((2026, 7, 20)), written: Some((2026, 7)), today: Some((2026, 7, 20)), ..c };
        assert_eq!(july.year_of_day(4, 30, "đã hoàn thành tiêm chủng trước ngày "), Some(2026));
        assert_eq!(july.year_of_day(1, 10, "trước ngày "), Some(2026));
        assert!(names_a_deadline("gửi về Sở chậm nhất ngày ") && !names_a_deadline("tính đến ngày "));
    }

    #[test]
    fn a_day_due_within_it_or_by_an_hour_early_next_year_is_read_in_it() {
        let c = YearContext { year: Some(2026), published: Some((2026, 12, 18)), written: Some((2026, 12)), today: Some((2026, 12, 18)), title_period: None, plan_year: false, reviewed_year: None };
        let got = norms("Các đơn vị báo cáo trong ngày 05/01. Gửi lịch trực trước 10 giờ ngày 08/01; nộp chậm nhất 16h00 ngày 12/01.", &c);
        let days: Vec<(&str, Option<&Normalized>)> = got.iter().map(|(t, n)| (t.as_str(), n.as_ref())).collect();
        let iso = |d: &str| Normalized::Text(d.to_string());
        let want = [("05/01", iso("2027-01-05")), ("08/01", iso("2027-01-08")), ("12/01", iso("2027-01-12"))];
        assert_eq!(days, want.iter().map(|(t, n)| (*t, Some(n))).collect::<Vec<_>>());
        assert!(names_a_deadline("trước 16 giờ 30 phút ngày ") && names_a_deadline("Trong ngày "));
        // A count before "ngày" is no hour, and "trong" alone opens a time, not a day.
        assert!(!names_a_deadline("trước 2 ngày ") && !names_a_deadline("trong 5 "));
    }

    #[test]
    fn a_part_of_a_month_is_its_third() {
        let got = periods("Đầu tháng 8 tổ chức chiến dịch; giữa tháng 12/2026 kiểm tra; hoàn thành vào cuối tháng 02 năm 2028; trong tháng 9 họp.");
        let want = [
            ("Đầu tháng 8", "2025-08-01", "2025-08-10"),
            ("giữa tháng 12/2026", "2026-12-11", "2026-12-20"),
            ("cuối tháng 02 năm 2028", "2028-02-21", "2028-02-29"),
            ("tháng 9", "2025-09-01", "2025-09-30"),
        ];
        assert_eq!(got, want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())));
        // "từ đầu tháng 9" opens a span that runs on: the month, as before.
        assert_eq!(periods("Ngay từ đầu tháng 9, Trung tâm tăng cường giám sát."), [("tháng 9".to_string(), "2025-09-01".to_string(), "2025-09-30".to_string())]);
    }
}

//! Figures in tables: a table of the body (rows of cells apart at tabs, as the HTML loader
//! writes a `<table>`, or at runs of spaces, as plain text aligns one) whose header names
//! the columns gives one indicator a row: the row's label as its subject, the figure of the
//! column the header marks as the result, its unit and its change. A table with no column
//! of results whose columns each name what they count ("Số lượt khám | Số ca phẫu thuật")
//! gives a figure a cell, the column's header as its subject.
//!
//! Reports put their main figures in such tables ("STT | Chỉ tiêu | ĐVT | 6 tháng 2024 |
//! 6 tháng 2025 | Tăng/giảm"), and the prose reader, which reads a figure by the words
//! around it, finds none there. The reader is strict: a table it cannot read whole (no
//! header, no label column, no result column, a row without a unit) gives nothing.

use super::dates;
use super::indicators::{counted_unit, parse_number, RUNNING_TOTAL};
use super::text::Offsets;
use super::Hit;
use vanban_plugin_sdk::{Change, DateRange, EntityKind, Indicator, Normalized};

/// Headers of a unit column.
const UNIT_HEADERS: &[&str] = &["đơn vị", "đvt"];
/// Words of a comparison column's header.
const CHANGE_HEADERS: &[&str] = &["tăng", "giảm", "so sánh", "so với", "+/-", "chênh lệch"];
/// Words of the header of a column of results (besides a year).
const RESULT_HEADERS: &[&str] = &["tháng", "quý", "năm", "thực hiện", "kết quả", "số lượng", "kỳ này", "lũy kế", "tổng số"];
/// Words of the header of a column of targets or of ratios: a year or "tháng" in it does
/// not make it a column of results ("Kế hoạch năm 2025", "Tỷ lệ % so với năm 2024").
const NOT_RESULT_HEADERS: &[&str] = &["kế hoạch", "chỉ tiêu", "tỷ lệ", "tỉ lệ", "%", "cùng kỳ"];
/// Words of the header of a column of targets that stand as words: "Năm 2025 KH".
const PLAN_WORDS: &[&str] = &["kh", "kh giao"];
/// Words of a column's header that make its figures no count of the table's own time: a
/// plan or an earlier time ("Chỉ tiêu (trẻ)", "Cùng kỳ (ca)").
const COUNT_NOT_RESULTS: &[&str] = &["kế hoạch", "chỉ tiêu", "mục tiêu", "cùng kỳ", "năm trước", "kỳ trước"];
/// Headers of a column that numbers the rows.
const ORDINAL_HEADERS: &[&str] = &["stt", "tt", "số tt"];

/// One row: its cells' byte spans in the body.
type Row = Vec<(usize, usize)>;

/// The indicators of every table of `body` that is read whole, but where `taken` (the
/// prose reader's) already holds a figure.
/// `reported` is the period a report's title names, for columns of results that name none.
pub fn find(body: &str, offsets: &Offsets, dates: &[Hit], taken: &[Indicator], reported: Option<&DateRange>) -> Vec<Indicator> {
    let mut found = Vec::new();
    for table in tables(body) {
        let Some((header, rows)) = Header::split(body, &table) else { continue };
        if let Some(columns) = Columns::of(body, &header, rows, dates, reported) {
            found.extend(rows.iter().flat_map(|row| columns.read(body, row, offsets)));
        }
    }
    let taken: Vec<(usize, usize)> = taken.iter().map(|i| (i.start, i.end)).collect();
    found.retain(|i| !taken.iter().any(|&(a, b)| a < i.end && i.start < b));
    found
}

/// Runs of body lines holding tabs, with the same number of cells (at least three) and
/// at least a header and a row. One line without tabs between rows (a row whose only cell
/// spans the table: "II. Công tác dự phòng") does not end the table when a row of figures
/// follows it.
fn tables(body: &str) -> Vec<Vec<Row>> {
    let mut tables: Vec<Vec<Row>> = Vec::new();
    let mut current: Vec<Row> = Vec::new();
    let mut start = 0;
    // A line without tabs met inside a table: the table goes on if a row of its width follows.
    let mut pause = false;
    for line in body.split('\n') {
        let row = if line.contains('\t') { Some(cells(start, line)) } else { spaced_cells(start, line) };
        start += line.len() + 1;
        match row {
            // After a line without tabs, only a row of figures goes on with the table: a row
            // without one heads the next table ("Tình hình dịch bệnh:" and its header).
            Some(row)
                if row.len() >= 3
                    && current.first().is_none_or(|head| head.len() == row.len())
                    && (!pause || row.iter().any(|&(a, b)| figure(&body[a..b]).is_some()))
                    && !heads_another_table(body, &current, &row) =>
            {
                current.push(row);
                pause = false;
            }
            // The body keeps a blank line between blocks: it does not end a table.
            None if line.trim().is_empty() => {}
            None if !pause && current.len() >= 2 => pause = true,
            other => {
                if current.len() >= 2 {
                    tables.push(std::mem::take(&mut current));
                }
                current.clear();
                pause = false;
                if let Some(row) = other.filter(|r| r.len() >= 3) {
                    current.push(row);
                }
            }
        }
    }
    if current.len() >= 2 {
        tables.push(current);
    }
    tables
}

/// Whether `row` heads a table of its own after the rows of `current`: every cell of it is
/// filled and none holds a figure, after a row of figures. Two tables of the same width
/// written one after the other ("Huyện | Số ca mắc | …" then "Đơn vị | Số lượt khám | …")
/// are not one: the second's header is no row of the first, nor are its columns the
/// first's. A row heading a part of the table ("II | Dự phòng | | ") leaves cells empty.
fn heads_another_table(body: &str, current: &[Row], row: &Row) -> bool {
    let text = |&(a, b): &(usize, usize)| &body[a..b];
    let figures_before = current.iter().skip(1).any(|r| r.iter().any(|c| figure(text(c)).is_some()));
    figures_before && row.iter().all(|c| !text(c).is_empty() && figure(text(c)).is_none())
}

/// The cells of a line without tabs, starting at byte `start`, whose columns are set apart
/// by runs of two spaces or more, as a plain-text table aligns them ("Phú Lạc      29      1"):
/// three at least, else none (a sentence holds single spaces).
fn spaced_cells(start: usize, line: &str) -> Option<Row> {
    if !line.contains("  ") {
        return None;
    }
    let b = line.as_bytes();
    let mut row = Vec::new();
    // The open cell's first byte and the end of its last non-blank char.
    let mut open: Option<usize> = None;
    let mut end = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b' ' && b.get(i + 1) == Some(&b' ') {
            if let Some(first) = open.take() {
                row.push((start + first, start + end));
            }
            while b.get(i) == Some(&b' ') {
                i += 1;
            }
            continue;
        }
        if !b[i].is_ascii_whitespace() {
            open.get_or_insert(i);
            end = i + 1;
        }
        i += 1;
    }
    if let Some(first) = open {
        row.push((start + first, start + end));
    }
    (row.len() >= 3).then_some(row)
}

/// The cells of a line that starts at byte `start`, trimmed.
fn cells(start: usize, line: &str) -> Row {
    let mut at = start;
    line.split('\t')
        .map(|cell| {
            let lead = cell.len() - cell.trim_start().len();
            let span = (at + lead, at + lead + cell.trim().len());
            at += cell.len() + 1;
            span
        })
        .collect()
}

/// A figure as a table writes it: "48.905", "+8,2%", "-4,5", "93%".
fn figure(cell: &str) -> Option<(f64, Option<&'static str>, bool)> {
    let (sign, rest) = match cell.strip_prefix(['+', '-', '−', '–']) {
        Some(rest) => (Some(cell.starts_with('+')), rest.trim_start()),
        None => (None, cell),
    };
    let (number, percent) = match rest.strip_suffix('%') {
        Some(n) => (n.trim_end(), true),
        None => (rest, false),
    };
    let value = parse_number(number)?;
    let direction = sign.map(|up| if up { "increase" } else { "decrease" });
    Some((value, direction, percent))
}

/// What a table's header says of each column: the cells above the rows that name it, top
/// first. A header of two rows ("6 tháng đầu năm" over "Năm 2024 | Năm 2025") names a
/// column by both; a cell that spans several columns is written once, at the left, with
/// empty cells after it, and names each column below it.
struct Header {
    /// Per column: the spans of the cells naming it, top first.
    names: Vec<Vec<(usize, usize)>>,
    /// Per column: those cells' text, lower case, joined by spaces.
    lower: Vec<String>,
}

impl Header {
    /// The header and the rows of figures of `table`: the header is its first rows without
    /// a figure (a year is no figure there), and a row that numbers the columns ("(1) |
    /// (2) | (3)=(2)/(1)") under it belongs to neither.
    fn split<'t>(body: &str, table: &'t [Row]) -> Option<(Header, &'t [Row])> {
        let text = |span: &(usize, usize)| &body[span.0..span.1];
        let heads = table
            .iter()
            .take_while(|row| !numbers_columns(row.iter().map(text)) && row.iter().all(|c| figure(text(c)).is_none() || is_year(text(c))))
            .count()
            .max(1);
        let numbered = table[heads..].iter().take_while(|row| numbers_columns(row.iter().map(text))).count();
        let rows = &table[heads + numbered..];
        let first = &table[0];
        if rows.is_empty() || first.iter().any(|c| figure(text(c)).is_some() && !is_year(text(c))) {
            return None;
        }
        let header = &table[..heads];
        let width = first.len();
        let mut names: Vec<Vec<(usize, usize)>> = vec![Vec::new(); width];
        for (r, row) in header.iter().enumerate() {
            let below = header.get(r + 1);
            let filled_below = |c: usize| below.is_some_and(|b| !text(&b[c]).is_empty());
            let mut parent: Option<usize> = None;
            for c in 0..width {
                if !text(&row[c]).is_empty() {
                    names[c].push(row[c]);
                    parent = filled_below(c).then_some(c);
                } else if let Some(p) = parent.filter(|_| filled_below(c)) {
                    names[c].push(row[p]);
                } else {
                    parent = None;
                }
            }
        }
        let lower = names.iter().map(|spans| spans.iter().map(&text).collect::<Vec<_>>().join(" ").to_lowercase()).collect();
        Some((Header { names, lower }, rows))
    }

    /// Column `c` as a column of cases, when its lowest header cell names them; the cells
    /// above give its group.
    fn cases(&self, body: &str, c: usize, dates: &[Hit]) -> Option<Value> {
        let (lowest, above) = self.names[c].split_last()?;
        let name = body[lowest.0..lowest.1].to_lowercase();
        let (counted, own) = case_header(name.trim())?;
        let mut group: Vec<&str> = above.iter().map(|s| &body[s.0..s.1]).collect();
        group.extend(own);
        let group = group.join(" ");
        let group = (!group.is_empty()).then(|| first_lower(&group));
        Some(Value { counted: Some(counted), ..self.value(body, c, dates, group) })
    }

    /// Column `c` of a table of diseases as a running total of cases: a header "Cộng dồn"
    /// or "Lũy kế" alone beside columns of cases counts the cases since the year began.
    fn running_cases(&self, body: &str, c: usize, dates: &[Hit]) -> Option<Value> {
        let lowest = self.names[c].last()?;
        let name = first_lower(body[lowest.0..lowest.1].trim());
        let total = RUNNING_TOTAL.iter().any(|w| name.to_lowercase().starts_with(w));
        total.then(|| Value { counted: Some("ca mắc"), ..self.value(body, c, dates, Some(name)) })
    }

    /// Column `c` as a column of results.
    fn value(&self, body: &str, c: usize, dates: &[Hit], group: Option<String>) -> Value {
        let header_unit = self.names[c].iter().rev().find_map(|s| parenthesised(&body[s.0..s.1]));
        // "Số lượt khám" heading the column: its figures count "lượt khám".
        let header_unit = header_unit.or_else(|| self.names[c].last().and_then(|s| counted_unit(&body[s.0..s.1])).map(str::to_string));
        let period = header_period(dates, &self.names[c]);
        Value { col: c, period, header_unit, counted: None, group: group.filter(|g| !g.is_empty()), named: None }
    }

    /// Column `c` as a column of what its header counts, in a table with no column of
    /// results: "Số lượt khám" counts "lượt khám", "Tỷ lệ (%)" is in "%". None when the
    /// header names no unit or names a plan or an earlier time ("Chỉ tiêu (trẻ)"). A bare
    /// "Tỷ lệ" is the rate of what the column `before` it counts.
    fn count(&self, body: &str, c: usize, dates: &[Hit], before: Option<usize>) -> Option<Value> {
        let header = self.names[c].last().map(|s| body[s.0..s.1].trim())?;
        let bracket = parenthesised(header);
        let unit = bracket.clone().or_else(|| counted_unit(header).map(str::to_string))?;
        let named = if bracket.is_some() { header[..header.rfind('(').unwrap_or(header.len())].trim_end() } else { header };
        let lower = named.to_lowercase();
        if named.is_empty() || has_any(&lower, COUNT_NOT_RESULTS) || lower.split_whitespace().any(|w| PLAN_WORDS.contains(&w)) {
            return None;
        }
        let of = |b: usize| self.names[b].last().map(|s| body[s.0..s.1].trim()).filter(|h| counted_unit(h).is_some());
        let named = match before.and_then(of) {
            Some(counted) if lower == "tỷ lệ" || lower == "tỉ lệ" => {
                let counted = counted.split_once(' ').filter(|(w, _)| w.eq_ignore_ascii_case("số")).map_or(counted, |(_, rest)| rest);
                format!("{named} {counted}")
            }
            _ => named.to_string(),
        };
        Some(Value { header_unit: Some(unit), named: Some(named), ..self.value(body, c, dates, None) })
    }

    /// What the change in column `change` is measured from: the same period a year before
    /// ("Cùng kỳ 2024"), else another column of results, else what the change column's
    /// header names ("So với cùng kỳ (%)").
    fn baseline(&self, body: &str, change: usize, value: usize, figures: &[usize], of_period: &[usize]) -> Option<String> {
        let before = figures.iter().find(|&&c| self.lower[c].contains("cùng kỳ")).or_else(|| of_period.iter().rev().find(|&&c| c != value));
        match before {
            Some(&c) => Some(self.own_text(body, c, value)),
            None => self.names[change].last().and_then(|s| compared_with(&body[s.0..s.1])),
        }
    }

    /// The header of column `c` without the cells it shares with column `other`: what
    /// tells the two apart ("Năm 2024" under "6 tháng đầu năm").
    fn own_text(&self, body: &str, c: usize, other: usize) -> String {
        let text = |s: &(usize, usize)| &body[s.0..s.1];
        let own: Vec<&str> = self.names[c].iter().map(text).filter(|t| !self.names[other].iter().any(|s| text(s) == *t)).collect();
        own.join(" ")
    }
}

/// Whether the lower-case header `h` holds any of `words`.
fn has_any(h: &str, words: &[&str]) -> bool {
    words.iter().any(|w| h.contains(w))
}

/// A four-digit year standing alone: a header cell "2025".
fn is_year(cell: &str) -> bool {
    cell.len() == 4 && has_year(cell)
}

/// A row that numbers the columns: short marks without small letters, at least one of
/// them a number ("1", "(2)", "A", "(4)=(3)/(2)").
fn numbers_columns<'c>(cells: impl Iterator<Item = &'c str>) -> bool {
    let mut number = false;
    for cell in cells.filter(|c| !c.is_empty()) {
        if cell.chars().count() > 12 || cell.chars().any(char::is_lowercase) || cell.contains([',', '.']) {
            return false;
        }
        number |= cell.trim_matches(['(', ')']).chars().all(|c| c.is_ascii_digit());
    }
    number
}

/// Which column holds what, read from the header and the rows.
struct Columns {
    label: usize,
    values: Vec<Value>,
    unit: Option<usize>,
    change: Option<usize>,
    /// The change column's header says its figures are percents: "So sánh (%)".
    change_in_percent: bool,
    /// The header of the column the change is measured from ("6 tháng 2024").
    baseline: Option<String>,
}

/// A column of results.
struct Value {
    col: usize,
    /// The period its header names.
    period: Option<DateRange>,
    /// A unit the header gives the whole table or the column: "(lượt)", "%".
    header_unit: Option<String>,
    /// In a table of diseases, what a column of cases counts ("Mắc": "ca mắc"); its
    /// figures are in "ca".
    counted: Option<&'static str>,
    /// What tells the column from the table's other columns of results, said after the
    /// subject: the group of columns of cases it stands in ("Cộng dồn từ đầu năm"), or
    /// the header of a running total. The table's change is not its.
    group: Option<String>,
    /// In a table of counts with no column of results, what the column's header says its
    /// figures count ("Số lượt khám"): the subject, at the row's label.
    named: Option<String>,
}

/// What a column of cases counts, from its lowest header cell: one of [`CASE_HEADERS`], or
/// one followed by the time it covers ("Mắc trong tháng", "Số ca mắc cộng dồn"), which is
/// given back to tell the column from the others.
fn case_header(name: &str) -> Option<(&'static str, Option<&str>)> {
    if let Some((_, counted)) = CASE_HEADERS.iter().find(|(h, _)| *h == name) {
        return Some((counted, None));
    }
    CASE_HEADERS.iter().find_map(|(h, counted)| {
        let rest = name.strip_prefix(h)?.strip_prefix(' ')?.trim_start();
        CASE_TIMES.iter().any(|t| rest.starts_with(t)).then_some((*counted, Some(rest)))
    })
}

/// Words that open the time a column of cases covers, after its case word ("Mắc trong
/// tuần", "Tử vong cộng dồn").
const CASE_TIMES: &[&str] = &["trong ", "tuần", "tháng", "quý", "năm", "kỳ", "cộng dồn", "lũy kế", "luỹ kế", "từ đầu"];

/// Lowest header cells of a column of cases, and what its figures count.
const CASE_HEADERS: &[(&str, &str)] = &[
    ("mắc", "ca mắc"),
    ("số mắc", "ca mắc"),
    ("ca mắc", "ca mắc"),
    ("số ca mắc", "ca mắc"),
    ("số ca", "ca mắc"),
    ("tử vong", "ca tử vong"),
    ("chết", "ca tử vong"),
    ("số tử vong", "ca tử vong"),
    ("số ca tử vong", "ca tử vong"),
];

impl Columns {
    fn of(body: &str, header: &Header, rows: &[Row], dates: &[Hit], reported: Option<&DateRange>) -> Option<Columns> {
        let names = &header.lower;
        // Rows without a figure ("II. Y tế dự phòng") head a part of the table; the columns
        // are read from the rows of figures.
        let data: Vec<&Row> = rows.iter().filter(|r| r.iter().any(|c| figure(&body[c.0..c.1]).is_some())).collect();
        let share = |col: usize, test: &dyn Fn(&str) -> bool| data.iter().filter(|r| test(&body[r[col].0..r[col].1])).count() * 2 >= data.len();
        let ordinal = |c: usize| ORDINAL_HEADERS.contains(&names[c].as_str());
        // "Đơn vị" also heads a column of units of an organisation ("Trạm y tế xã Đông"):
        // a column of units of measure holds a few words without figures.
        let measure = |s: &str| s.split_whitespace().count() <= 3 && !s.chars().any(|c| c.is_ascii_digit());
        let unit = (0..names.len()).find(|&c| has_any(&names[c], UNIT_HEADERS) && share(c, &measure));
        let signed = |c: usize| {
            let with_figure = data.iter().filter(|r| figure(&body[r[c].0..r[c].1]).is_some()).count();
            let with_sign = data.iter().filter(|r| figure(&body[r[c].0..r[c].1]).is_some_and(|(_, sign, _)| sign.is_some())).count();
            with_figure > 0 && with_sign * 2 >= with_figure
        };
        let change = Self::change(names, &signed);
        let label = (0..names.len()).find(|&c| !ordinal(c) && Some(c) != unit && share(c, &|s| figure(s).is_none() && s.chars().any(char::is_alphabetic)))?;
        let figures: Vec<usize> =
            (0..names.len()).filter(|&c| c != label && !ordinal(c) && Some(c) != unit && Some(c) != change && share(c, &|s| figure(s).is_some())).collect();
        let mut cases: Vec<Value> = Vec::new();
        for &c in &figures {
            cases.extend(header.cases(body, c, dates));
        }
        if !cases.is_empty() {
            // Only beside columns of cases is a bare "Cộng dồn" a count of cases.
            let running: Vec<Value> = figures.iter().filter(|&&c| !cases.iter().any(|v| v.col == c)).filter_map(|&c| header.running_cases(body, c, dates)).collect();
            cases.extend(running);
            cases.sort_by_key(|v| v.col);
            running_totals_end_with_the_period(&mut cases);
            return Some(Columns { label, values: cases, unit, change: None, change_in_percent: false, baseline: None });
        }
        let (cumulative, of_period) = Self::results(names, &figures);
        let period_of = |c: usize| header_period(dates, &header.names[c]);
        let value = match (figures.as_slice(), latest(&of_period, period_of).or_else(|| latest(&cumulative, period_of))) {
            ([only], _) => *only,
            (_, Some(latest)) => latest,
            _ if unit.is_none() => return Self::counts(body, header, label, &figures, dates, reported),
            _ => return None,
        };
        let baseline = change.and_then(|change| header.baseline(body, change, value, &figures, &of_period));
        let change_in_percent = change.is_some_and(|c| names[c].contains('%'));
        let mut main = header.value(body, value, dates, None);
        // A column of results whose header names no time ("Thực hiện") holds the figures of
        // the period the report's title names; a running total or a plan does not.
        if main.period.is_none() && of_period.contains(&value) {
            main.period = reported.cloned();
        }
        // A running total beside the period's figure ("Thực hiện tháng 9 | Lũy kế 9 tháng")
        // is a figure of its own, named by its header.
        let total = cumulative.iter().rev().find(|&&c| c != value).map(|&total| {
            let own = header.own_text(body, total, value);
            let mut v = header.value(body, total, dates, Some(first_lower(&own)));
            v.period = v.period.or_else(|| running_total_period(&own, main.period.as_ref()?));
            v
        });
        // "Thực hiện | Tỷ lệ (%)" with no unit for the count: the count is not read, but the
        // ratio's "%" is a unit, so each row's ratio is a figure, named by the count's header.
        let ratio = figures.iter().copied().find(|&c| c != value && is_ratio(names, &header, body, c)).filter(|_| unit.is_none() && main.header_unit.is_none()).map(|c| {
            let of = first_lower(&header.own_text(body, value, c));
            let mut v = header.value(body, c, dates, Some(format!("tỷ lệ {of}").trim_end().to_string()));
            v.period = main.period.clone();
            v
        });
        let values = std::iter::once(main).chain(total).chain(ratio).collect();
        Some(Columns { label, values, unit, change, change_in_percent, baseline })
    }

    /// A table of counts with no column of results, each column's header naming what it
    /// counts ("Đơn vị | Số lượt khám | Số bệnh nhân nội trú | Số ca phẫu thuật"): every
    /// such column is read, its figures of the period the report's title names when the
    /// header names none. None when no column names what it counts.
    fn counts(body: &str, header: &Header, label: usize, figures: &[usize], dates: &[Hit], reported: Option<&DateRange>) -> Option<Columns> {
        let before = |i: usize| i.checked_sub(1).map(|j| figures[j]);
        let values: Vec<Value> = figures
            .iter()
            .enumerate()
            .filter_map(|(i, &c)| header.count(body, c, dates, before(i)))
            .map(|mut v| {
                v.period = v.period.or_else(|| reported.cloned());
                v
            })
            .collect();
        (!values.is_empty()).then_some(Columns { label, values, unit: None, change: None, change_in_percent: false, baseline: None })
    }

    /// The columns of results among `figures`: (running totals, the others). A year or
    /// "tháng" in a header does not make a plan, a ratio or the year before one.
    fn results(names: &[String], figures: &[usize]) -> (Vec<usize>, Vec<usize>) {
        let plan = |h: &str| h.split_whitespace().any(|w| PLAN_WORDS.contains(&w));
        let results = figures
            .iter()
            .copied()
            .filter(|&c| (has_any(&names[c], RESULT_HEADERS) || has_year(&names[c])) && !has_any(&names[c], NOT_RESULT_HEADERS) && !plan(&names[c]));
        // A running total's header says so as the prose does ("lũy kế", "cộng dồn").
        results.partition(|&c| has_any(&names[c], RUNNING_TOTAL))
    }

    /// The column of changes: of those whose header names a comparison, the first whose
    /// figures carry a sign, else the first.
    fn change(names: &[String], signed: &dyn Fn(usize) -> bool) -> Option<usize> {
        let compared: Vec<usize> = (0..names.len()).filter(|&c| has_any(&names[c], CHANGE_HEADERS)).collect();
        compared.iter().copied().find(|&c| signed(c)).or(compared.first().copied())
    }

    /// The indicators of one row: a figure of each column of results whose label and unit
    /// are there.
    fn read(&self, body: &str, row: &Row, offsets: &Offsets) -> Vec<Indicator> {
        self.values
            .iter()
            .filter_map(|v| {
                let (subject, value, unit, change) = self.reading(v, body, row)?;
                let (a, b) = row[v.col];
                Some(Indicator {
                    text: body[a..b].to_string(),
                    subject,
                    value,
                    unit: Some(unit),
                    qualifier: None,
                    change,
                    period: v.period.clone(),
                    start: offsets.chars(a),
                    end: offsets.chars(b),
                })
            })
            .collect()
    }

    /// The subject, figure, unit and change that column `v` of `row` gives.
    fn reading(&self, v: &Value, body: &str, row: &Row) -> Option<(String, f64, String, Option<Change>)> {
        let cell = |c: usize| &body[row[c].0..row[c].1];
        let mut label = cell(self.label);
        let (value, _, percent) = figure(cell(v.col))?;
        let from_label = parenthesised(label);
        if from_label.is_some() {
            // "Số ca mắc (ca)": the brackets were the unit, not part of the subject.
            label = label[..label.rfind('(').unwrap_or(label.len())].trim_end();
        }
        let subject = match (&v.named, v.counted, &v.group) {
            (Some(named), _, _) => format!("{named} ({label})"),
            (None, Some(counted), Some(group)) => format!("{counted} {label} ({group})"),
            (None, Some(counted), None) => format!("{counted} {label}"),
            (None, None, Some(group)) => format!("{label} ({group})"),
            (None, None, None) => label.to_string(),
        };
        if v.counted.is_some() {
            return Some((subject, value, "ca".to_string(), None));
        }
        let unit = self
            .unit
            .map(cell)
            .filter(|u| !u.is_empty())
            // "Lượt" in a column of units reads "lượt"; "BN" stays.
            .map(first_lower)
            .or_else(|| percent.then(|| "%".to_string()))
            .or(from_label)
            .or_else(|| v.header_unit.clone())
            // "Số lượt khám" in a column "Thực hiện": the label names what is counted.
            .or_else(|| counted_unit(label).map(str::to_string))?;
        let change = self.change.filter(|_| v.group.is_none()).and_then(|c| figure(cell(c))).and_then(|(amount, direction, percent)| {
            Some(Change {
                direction: direction?.to_string(),
                value: amount,
                unit: Some(if percent || self.change_in_percent || unit == "%" { "%".to_string() } else { unit.clone() }),
                baseline: self.baseline.clone(),
            })
        });
        Some((subject, value, unit, change))
    }
}

/// Whether column `c` is a column of ratios in percent: "Tỷ lệ (%)".
fn is_ratio(names: &[String], header: &Header, body: &str, c: usize) -> bool {
    let percent = header.names[c].iter().rev().find_map(|s| parenthesised(&body[s.0..s.1])).is_some_and(|u| u == "%");
    (names[c].starts_with("tỷ lệ") || names[c].starts_with("tỉ lệ")) && percent
}

/// `s` with its first letter in small case, as it reads inside a sentence: "Trong tuần" ->
/// "trong tuần". A word in capitals stays.
fn first_lower(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => first.to_lowercase().chain(std::iter::once(second)).chain(chars).collect(),
        _ => s.to_string(),
    }
}

/// Columns of cases that total from the year's start ("Cộng dồn") and name no period get
/// one from a column of the period beside them ("Mắc trong tuần"): that year, to the end of
/// that period.
fn running_totals_end_with_the_period(cases: &mut [Value]) {
    let is_total = |v: &Value| v.group.as_deref().is_some_and(|g| RUNNING_TOTAL.iter().any(|w| g.to_lowercase().contains(w)));
    let Some(beside) = cases.iter().find(|v| !is_total(v)).and_then(|v| v.period.clone()) else { return };
    for v in cases.iter_mut().filter(|v| v.period.is_none()) {
        if let Some(group) = v.group.clone().filter(|_| is_total(v)) {
            v.period = running_total_period(&group, &beside);
        }
    }
}

/// Of the columns of results, the one of the latest period when each has one ("Tháng
/// 10/2025 | Tháng 10/2024"), else the last.
fn latest(results: &[usize], period: impl Fn(usize) -> Option<DateRange>) -> Option<usize> {
    let periods: Option<Vec<(String, usize)>> = results.iter().map(|&c| period(c).map(|p| (p.end, c))).collect();
    match periods {
        Some(periods) if periods.len() > 1 => periods.into_iter().rev().max_by(|a, b| a.0.cmp(&b.0)).map(|(_, c)| c),
        _ => results.last().copied(),
    }
}

/// What a comparison column's header compares with: "So với cùng kỳ (%)" -> "cùng kỳ".
fn compared_with(header: &str) -> Option<String> {
    let lower = header.to_lowercase();
    let at = lower.find("so với ").map(|i| i + "so với ".len())?;
    let rest = header[at..].split('(').next()?.trim();
    (!rest.is_empty()).then(|| rest.to_string())
}

/// A four-digit year from 1900 to 2100 in `s`.
fn has_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit()).any(|w| w.len() == 4 && ("1900"..="2100").contains(&w))
}

/// The short text in the last brackets of `s`: the unit of "Số ca mắc (ca)".
fn parenthesised(s: &str) -> Option<String> {
    let open = s.rfind('(')?;
    let inner = s[open + 1..].strip_suffix(')')?.trim();
    (!inner.is_empty() && inner.chars().count() <= 12 && !inner.chars().any(|c| c.is_ascii_digit())).then(|| inner.to_string())
}

/// The period a date reader found inside `span` (a header cell: "6 tháng đầu năm 2025").
fn period_within(dates: &[Hit], span: (usize, usize)) -> Option<DateRange> {
    dates.iter().filter(|h| h.kind == EntityKind::Period && span.0 <= h.start && h.end <= span.1).find_map(|h| match &h.normalized {
        Some(Normalized::Range { start, end }) => Some(DateRange { start: start.clone(), end: end.clone() }),
        _ => None,
    })
}

/// The period of a column named by `spans` (top first): the lowest cell's, but a whole year
/// under a part of a year ("Năm 2024" under "6 tháng đầu năm") is that part of that year.
fn header_period(dates: &[Hit], spans: &[(usize, usize)]) -> Option<DateRange> {
    let mut periods = spans.iter().rev().filter_map(|&s| period_within(dates, s));
    let lowest = periods.next()?;
    let year = whole_year(&lowest);
    match (year, periods.next()) {
        (Some(year), Some(part)) if whole_year(&part).is_none() && part.start.get(..4) == part.end.get(..4) => {
            let year: i32 = year.parse().ok()?;
            let moved = |date: &str| {
                let (m, d): (u32, u32) = (date.get(5..7)?.parse().ok()?, date.get(8..10)?.parse().ok()?);
                // The end of a month stays the end of the month: February has its own length.
                let d = if d == days_in_month_of(date)? { dates::days_in_month(year, m) } else { d };
                dates::iso(year, m, d)
            };
            Some(DateRange { start: moved(&part.start)?, end: moved(&part.end)? })
        }
        _ => Some(lowest),
    }
}

/// The length of the month of an ISO date.
fn days_in_month_of(date: &str) -> Option<u32> {
    Some(dates::days_in_month(date.get(..4)?.parse().ok()?, date.get(5..7)?.parse().ok()?))
}

/// The period of a running total whose header names none of its own, from the period of
/// the figure beside it: "Lũy kế 9 tháng" beside a figure of 2025 is January to September
/// 2025; "Cộng dồn từ đầu năm", or a bare "Lũy kế" (reports total from the year's start),
/// runs to the end of that figure's period.
fn running_total_period(header: &str, beside: &DateRange) -> Option<DateRange> {
    let year: i32 = beside.start.get(..4)?.parse().ok()?;
    let lower = header.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let months = words.windows(2).find(|w| w[1] == "tháng").and_then(|w| w[0].parse::<u32>().ok()).filter(|m| (1..=12).contains(m));
    let end = match months {
        Some(m) => dates::iso(year, m, dates::days_in_month(year, m))?,
        None if lower.contains("từ đầu năm") || RUNNING_TOTAL.contains(&lower.trim()) => beside.end.clone(),
        None => return None,
    };
    Some(DateRange { start: format!("{year}-01-01"), end })
}

/// The year of a period that is one whole calendar year.
fn whole_year(p: &DateRange) -> Option<&str> {
    let year = p.start.get(..4)?;
    (p.start.get(4..) == Some("-01-01") && p.end.get(..4) == Some(year) && p.end.get(4..) == Some("-12-31")).then_some(year)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "Kết quả thực hiện các chỉ tiêu chính như sau:\n\n\
        STT\tChỉ tiêu\tĐVT\t6 tháng 2024\t6 tháng 2025\tTăng/giảm\n\n\
        1\tTổng số lượt khám bệnh\tlượt\t45.210\t48.905\t+8,2%\n\n\
        2\tSố bệnh nhân điều trị nội trú\tngười\t3.120\t2.980\t-4,5%\n\n\
        3\tCông suất sử dụng giường bệnh\t%\t88\t93\t+5\n\n\
        Đồng chí Giám đốc yêu cầu các khoa tiếp tục nâng cao chất lượng.";

    fn read(body: &str) -> Vec<Indicator> {
        find(body, &Offsets::new(body), &[], &[], None)
    }

    #[test]
    fn a_ratio_column_reads_when_counts_have_no_unit() {
        let body = "Kết quả tiêm chủng:\n\nTT\tVắc xin\tKế hoạch\tThực hiện\tTỷ lệ (%)\n1\tViêm gan B\t820\t790\t96,3\n2\tBại liệt\t850\t801\t94,2\n";
        let got = read(body);
        let rows: Vec<(&str, f64, Option<&str>)> = got.iter().map(|i| (i.subject.as_str(), i.value, i.unit.as_deref())).collect();
        assert_eq!(rows, [("Viêm gan B (tỷ lệ thực hiện)", 96.3, Some("%")), ("Bại liệt (tỷ lệ thực hiện)", 94.2, Some("%"))]);
    }

    #[test]
    fn a_report_table_gives_a_figure_a_row() {
        let got = read(REPORT);
        let rows: Vec<(&str, f64, Option<&str>)> = got.iter().map(|i| (i.subject.as_str(), i.value, i.unit.as_deref())).collect();
        assert_eq!(
            rows,
            [("Tổng số lượt khám bệnh", 48905.0, Some("lượt")), ("Số bệnh nhân điều trị nội trú", 2980.0, Some("người")), ("Công suất sử dụng giường bệnh", 93.0, Some("%"))]
        );
        let change = got[1].change.as_ref().expect("a change");
        assert_eq!((change.direction.as_str(), change.value, change.unit.as_deref(), change.baseline.as_deref()), ("decrease", 4.5, Some("%"), Some("6 tháng 2024")));
        assert_eq!(got[2].change.as_ref().map(|c| (c.value, c.unit.as_deref())), Some((5.0, Some("%"))));
        let chars: Vec<char> = REPORT.chars().collect();
        for i in &got {
            assert_eq!(chars[i.start..i.end].iter().collect::<String>(), i.text);
        }
    }

    #[test]
    fn a_column_naming_no_time_takes_the_reports_period() {
        let body = "STT\tChỉ tiêu\tĐVT\tKế hoạch năm\tThực hiện\tTỷ lệ (%)\n1\tKhám bệnh\tlượt\t230.000\t124.500\t54,1\n2\tPhẫu thuật\tca\t8.000\t4.320\t54,0";
        let half = DateRange { start: "2026-01-01".into(), end: "2026-06-30".into() };
        let got = find(body, &Offsets::new(body), &[], &[], Some(&half));
        let rows: Vec<(f64, Option<&DateRange>)> = got.iter().map(|i| (i.value, i.period.as_ref())).collect();
        assert_eq!(rows, [(124500.0, Some(&half)), (4320.0, Some(&half))]);
        let running = "STT\tChỉ tiêu\tĐVT\tLũy kế\n1\tKhám bệnh\tlượt\t124.500";
        assert!(find(running, &Offsets::new(running), &[], &[], Some(&half)).iter().all(|i| i.period.is_none()), "a running total is not the report's period");
    }

    #[test]
    fn units_from_the_label_or_the_header() {
        let body = "Nội dung\tKế hoạch\tThực hiện năm 2025 (lượt)\n\nKhám sàng lọc tăng huyết áp\t1.000\t1.240\n\nSố ca mắc sốt xuất huyết (ca)\t\t312";
        let got = read(body);
        let rows: Vec<(&str, f64, Option<&str>)> = got.iter().map(|i| (i.subject.as_str(), i.value, i.unit.as_deref())).collect();
        assert_eq!(rows, [("Khám sàng lọc tăng huyết áp", 1240.0, Some("lượt")), ("Số ca mắc sốt xuất huyết", 312.0, Some("ca"))]);
    }

    #[test]
    fn a_label_or_header_naming_what_is_counted_gives_the_unit() {
        let body = "STT\tNội dung\tKế hoạch năm\tThực hiện\n1\tSố lượt khám bệnh\t52.000\t4.318\n2\tSố ca phẫu thuật\t600\t47\n3\tĐiều trị nội trú\t3.400\t281\n";
        let got = read(body);
        let rows: Vec<(&str, f64, Option<&str>)> = got.iter().map(|i| (i.subject.as_str(), i.value, i.unit.as_deref())).collect();
        assert_eq!(rows, [("Số lượt khám bệnh", 4318.0, Some("lượt khám")), ("Số ca phẫu thuật", 47.0, Some("ca"))], "a label naming no unit stays unread");
        let header = "TT\tTrạm y tế\tSố lượt khám tháng 5\n1\tTrạm y tế xã Đông Hà\t412\n2\tTrạm y tế xã Tây Hà\t367\n";
        let got = read(header);
        assert_eq!(got.iter().map(|i| (i.value, i.unit.as_deref())).collect::<Vec<_>>(), [(412.0, Some("lượt khám")), (367.0, Some("lượt khám"))]);
    }

    #[test]
    fn a_column_of_organisations_is_no_unit() {
        let body = "STT\tĐơn vị\tĐVT\tNăm 2025\n\n1\tTrạm y tế xã Đông Hưng\tlượt\t1.240\n\n2\tTrạm y tế xã Tây Hưng\tlượt\t980";
        let got = read(body);
        let rows: Vec<(&str, Option<&str>)> = got.iter().map(|i| (i.subject.as_str(), i.unit.as_deref())).collect();
        assert_eq!(rows, [("Trạm y tế xã Đông Hưng", Some("lượt")), ("Trạm y tế xã Tây Hưng", Some("lượt"))]);
        let blank_corner = "\tNăm 2024\tNăm 2025 (ca)\n\nSốt xuất huyết\t120\t96\n\nTay chân miệng\t57\t41";
        assert_eq!(read(blank_corner).iter().map(|i| i.value).collect::<Vec<_>>(), [96.0, 41.0], "a header may leave its corner blank");
    }

    #[test]
    fn tables_it_cannot_read_whole_give_nothing() {
        let no_header = "1\tTổng số lượt khám\tlượt\t48.905\n\n2\tSố ca mắc\tca\t12";
        let no_unit = "Chỉ tiêu\tNăm 2024\tNăm 2025\n\nKhám bệnh\t45.210\t48.905";
        let no_result = "Chỉ tiêu\tĐVT\tKế hoạch\tƯớc đạt\n\nTổng số lượt khám\tlượt\t45.210\t48.905";
        let schedule = "Thời gian\tNội dung\tĐịa điểm\n\n7 giờ 30\tKhai mạc\tHội trường\n\n8 giờ\tBáo cáo\tHội trường";
        let two_cells = "Chỉ tiêu\tNăm 2025\n\nTổng số lượt khám (lượt)\t48.905";
        for body in [no_header, no_unit, no_result, schedule, two_cells] {
            assert_eq!(read(body), [], "{body:?}");
        }
    }

    #[test]
    fn the_prose_reader_keeps_its_figures() {
        let body = REPORT.replace("48.905", "48.905 lượt");
        let start = body[..body.find("48.905").unwrap()].chars().count();
        let taken = Indicator {
            text: "48.905 lượt".into(),
            subject: String::new(),
            value: 48905.0,
            unit: Some("lượt".into()),
            qualifier: None,
            change: None,
            period: None,
            start,
            end: start + 11,
        };
        let got = find(&body, &Offsets::new(&body), &[], &[taken], None);
        assert_eq!(got.len(), 2);
        assert!(got.iter().all(|i| i.value != 48905.0));
    }

    #[test]
    fn any_table_reads_without_a_panic_and_to_true_offsets() {
        use vanban_plugin_sdk::testing::Rng;
        let cells = [
            "STT", "Chỉ tiêu", "ĐVT", "Đơn vị", "Năm 2024", "6 tháng 2025", "Tăng/giảm", "So sánh (%)", "Thực hiện (lượt)", "1", "2",
            "Số ca mắc (ca)", "Tổng số lượt khám", "lượt", "%", "", " ", "48.905", "+8,2%", "-4,5", "− 3", "93%", "1.2.3", "ạ", "(", "()",
        ];
        let mut rng = Rng(7);
        let mut read_some = 0;
        for _ in 0..5_000 {
            let width = 1 + rng.below(6);
            let rows: Vec<String> = (0..rng.below(6))
                .map(|_| (0..width).map(|_| cells[rng.below(cells.len())]).collect::<Vec<_>>().join("\t"))
                .collect();
            let body = rows.join(if rng.below(2) == 0 { "\n\n" } else { "\n" });
            let chars: Vec<char> = body.chars().collect();
            for i in read(&body) {
                assert_eq!(chars[i.start..i.end].iter().collect::<String>(), i.text, "{body:?}");
                read_some += 1;
            }
        }
        assert!(read_some > 100, "{read_some}");
    }

    #[test]
    fn a_header_of_two_rows_names_each_column_by_both() {
        let body = "TT\tChỉ tiêu\tĐVT\t6 tháng đầu năm\t\tSo sánh (%)\n\n\t\t\tNăm 2024\tNăm 2025\t\n\n\
            (1)\t(2)\t(3)\t(4)\t(5)\t(6)=(5)/(4)\n\n\
            I\tKhám, chữa bệnh\t\t\t\t\n\n\
            1\tSố lượt khám bệnh\tLượt\t45.210\t48.905\t+8,2\n\n\
            II\tDự phòng\t\t\t\t\n\n\
            2\tSố trẻ được tiêm chủng\ttrẻ\t1.320\t1.275\t-3,4";
        let got = read(body);
        let rows: Vec<(&str, f64, Option<&str>)> = got.iter().map(|i| (i.subject.as_str(), i.value, i.unit.as_deref())).collect();
        assert_eq!(rows, [("Số lượt khám bệnh", 48905.0, Some("lượt")), ("Số trẻ được tiêm chủng", 1275.0, Some("trẻ"))]);
        let change = got[1].change.as_ref().expect("a change");
        assert_eq!((change.direction.as_str(), change.value, change.unit.as_deref(), change.baseline.as_deref()), ("decrease", 3.4, Some("%"), Some("Năm 2024")));
    }

    #[test]
    fn the_result_is_the_latest_column_not_the_plan_or_the_ratio() {
        let body = "Chỉ tiêu\tĐVT\tKế hoạch năm 2025\tThực hiện 9 tháng năm 2025\tTỷ lệ % so với năm 2024\tSo với cùng kỳ (%)\n\n\
            Số ca phẫu thuật\tca\t4.000\t3.112\t77,8\t+6,3";
        let got = read(body);
        assert_eq!(got.iter().map(|i| i.value).collect::<Vec<_>>(), [3112.0]);
        assert_eq!(got[0].change.as_ref().and_then(|c| c.baseline.as_deref()), Some("cùng kỳ"), "the signed column is the change");
        let newest_first = "Nội dung\tTháng 10/2025\tTháng 10/2024\tTăng/giảm\n\nKhám bệnh (lượt)\t1.023\t987\t+36";
        let dates = [period(newest_first, "Tháng 10/2025", "2025-10-01", "2025-10-31"), period(newest_first, "Tháng 10/2024", "2024-10-01", "2024-10-31")];
        let got = find(newest_first, &Offsets::new(newest_first), &dates, &[], None);
        assert_eq!(got.iter().map(|i| i.value).collect::<Vec<_>>(), [1023.0]);
        assert_eq!(got[0].change.as_ref().and_then(|c| c.baseline.as_deref()), Some("Tháng 10/2024"));
    }

    #[test]
    fn a_part_of_a_year_over_a_year_is_that_part_of_that_year() {
        let body = "Chỉ tiêu\tĐVT\t6 tháng đầu năm\t\n\n\t\tNăm 2024\tNăm 2025\n\nSố lượt khám\tlượt\t45.210\t48.905";
        let dates = [period(body, "6 tháng đầu năm", "2026-01-01", "2026-06-30"), period(body, "Năm 2024", "2024-01-01", "2024-12-31"), period(body, "Năm 2025", "2025-01-01", "2025-12-31")];
        let got = find(body, &Offsets::new(body), &dates, &[], None);
        assert_eq!(got[0].period, Some(DateRange { start: "2025-01-01".into(), end: "2025-06-30".into() }));
        let february = [
            period(body, "6 tháng đầu năm", "2025-02-01", "2025-02-28"),
            period(body, "Năm 2024", "2023-01-01", "2023-12-31"),
            period(body, "Năm 2025", "2024-01-01", "2024-12-31"),
        ];
        let got = find(body, &Offsets::new(body), &february, &[], None);
        assert_eq!(got[0].period.as_ref().map(|p| p.end.as_str()), Some("2024-02-29"));
    }

    #[test]
    fn a_table_of_diseases_gives_its_cases_and_deaths() {
        let body = "TT\tTên bệnh\tTrong tuần\t\tCộng dồn\t\n\n\t\tMắc\tTử vong\tMắc\tTử vong\n\n\
            1\tSốt xuất huyết\t86\t0\t1.245\t1\n\n2\tSởi\t3\t\t17\t0";
        let got: Vec<(String, f64, Option<String>)> = read(body).into_iter().map(|i| (i.subject, i.value, i.unit)).collect();
        let ca = Some("ca".to_string());
        assert_eq!(
            got,
            [
                ("ca mắc Sốt xuất huyết (trong tuần)".to_string(), 86.0, ca.clone()),
                ("ca tử vong Sốt xuất huyết (trong tuần)".to_string(), 0.0, ca.clone()),
                ("ca mắc Sốt xuất huyết (cộng dồn)".to_string(), 1245.0, ca.clone()),
                ("ca tử vong Sốt xuất huyết (cộng dồn)".to_string(), 1.0, ca.clone()),
                ("ca mắc Sởi (trong tuần)".to_string(), 3.0, ca.clone()),
                ("ca mắc Sởi (cộng dồn)".to_string(), 17.0, ca.clone()),
                ("ca tử vong Sởi (cộng dồn)".to_string(), 0.0, ca),
            ]
        );
    }

    #[test]
    fn case_columns_may_name_their_time() {
        let body = "TT\tTên bệnh\tMắc trong tuần\tCộng dồn\tTử vong\n\n1\tThủy đậu\t12\t84\t0\n\n2\tQuai bị\t4\t19\t0";
        let got: Vec<(String, f64)> = read(body).into_iter().map(|i| (i.subject, i.value)).collect();
        let want = [
            ("ca mắc Thủy đậu (trong tuần)", 12.0),
            ("ca mắc Thủy đậu (cộng dồn)", 84.0),
            ("ca tử vong Thủy đậu", 0.0),
            ("ca mắc Quai bị (trong tuần)", 4.0),
            ("ca mắc Quai bị (cộng dồn)", 19.0),
            ("ca tử vong Quai bị", 0.0),
        ];
        assert_eq!(got, want.map(|(a, v)| (a.to_string(), v)));
        let dates = [period(body, "trong tuần", "2026-03-09", "2026-03-15")];
        let got = find(body, &Offsets::new(body), &dates, &[], None);
        let total = got.iter().find(|i| i.value == 84.0).and_then(|i| i.period.clone());
        assert_eq!(total, Some(DateRange { start: "2026-01-01".into(), end: "2026-03-15".into() }), "{got:?}");
        // Without columns of cases, a running total is no count of cases.
        let plain = "Chỉ tiêu\tĐVT\tThực hiện\tLũy kế\n\nKhám bệnh\tlượt\t1.200\t8.400";
        assert!(read(plain).iter().all(|i| !i.subject.starts_with("ca mắc")));
    }

    #[test]
    fn a_running_total_beside_the_figure_is_a_figure_of_its_own() {
        let body = "TT\tNội dung\tĐơn vị tính\tThực hiện quý III/2025\tLũy kế 9 tháng\tCùng kỳ 2024\tTăng/giảm (%)\n\n\
            1\tKhám bệnh\tlượt\t41.220\t118.904\t110.215\t+7,9";
        let dates = [period(body, "quý III/2025", "2025-07-01", "2025-09-30"), period(body, "2024", "2024-01-01", "2024-12-31")];
        let got = find(body, &Offsets::new(body), &dates, &[], None);
        let rows: Vec<(&str, f64, Option<&str>, Option<&str>)> =
            got.iter().map(|i| (i.subject.as_str(), i.value, i.period.as_ref().map(|p| p.start.as_str()), i.period.as_ref().map(|p| p.end.as_str()))).collect();
        assert_eq!(rows, [("Khám bệnh", 41220.0, Some("2025-07-01"), Some("2025-09-30")), ("Khám bệnh (lũy kế 9 tháng)", 118904.0, Some("2025-01-01"), Some("2025-09-30"))]);
        assert_eq!(got[0].change.as_ref().and_then(|c| c.baseline.as_deref()), Some("Cùng kỳ 2024"), "the column of the year before is the baseline");
        assert!(got[1].change.is_none(), "the change is the period's, not the running total's");
        // A bare "Lũy kế" counts from the start of the year.
        let body = "STT\tChỉ tiêu\tĐVT\tThực hiện tháng 5\tLũy kế\n\n1\tKhám bệnh\tlượt\t3.120\t15.400";
        let dates = [period(body, "tháng 5", "2026-05-01", "2026-05-31")];
        let got = find(body, &Offsets::new(body), &dates, &[], None);
        let total = got.iter().find(|i| i.value == 15400.0).and_then(|i| i.period.as_ref()).map(|p| (p.start.as_str(), p.end.as_str()));
        assert_eq!(total, Some(("2026-01-01", "2026-05-31")));
    }

    #[test]
    fn targets_and_results_under_their_years() {
        let body = "Chỉ tiêu\tĐVT\tNăm 2024\t\tNăm 2025\t\n\n\t\tKH\tTH\tKH\tTH\n\n\
            Tiêm chủng đầy đủ\ttrẻ\t2.100\t2.054\t2.150\t1.986";
        let dates = [period(body, "Năm 2024", "2024-01-01", "2024-12-31"), period(body, "Năm 2025", "2025-01-01", "2025-12-31")];
        let got = find(body, &Offsets::new(body), &dates, &[], None);
        assert_eq!(got.iter().map(|i| i.value).collect::<Vec<_>>(), [1986.0]);
    }

    #[test]
    fn columns_of_counts_with_no_result_column_are_read_each() {
        let body = "Đơn vị\tSố lượt khám\tSố bệnh nhân nội trú\tSố ca phẫu thuật\n\
            Bệnh viện huyện Đông Lâm\t3.920\t418\t67\nTrung tâm Y tế thị xã Bắc Hà\t2.815\t276\t35";
        let got: Vec<(String, f64, Option<String>)> = read(body).into_iter().map(|i| (i.subject, i.value, i.unit)).collect();
        let row = |s: &str, v: f64, u: &str| (s.to_string(), v, Some(u.to_string()));
        assert_eq!(
            got,
            [
                row("Số lượt khám (Bệnh viện huyện Đông Lâm)", 3920.0, "lượt khám"),
                row("Số bệnh nhân nội trú (Bệnh viện huyện Đông Lâm)", 418.0, "bệnh nhân"),
                row("Số ca phẫu thuật (Bệnh viện huyện Đông Lâm)", 67.0, "ca"),
                row("Số lượt khám (Trung tâm Y tế thị xã Bắc Hà)", 2815.0, "lượt khám"),
                row("Số bệnh nhân nội trú (Trung tâm Y tế thị xã Bắc Hà)", 276.0, "bệnh nhân"),
                row("Số ca phẫu thuật (Trung tâm Y tế thị xã Bắc Hà)", 35.0, "ca"),
            ]
        );
        // A bare rate is the rate of the count before it; a plan's column is no count.
        let body = "Xã\tChỉ tiêu (trẻ)\tSố trẻ được tiêm\tTỷ lệ (%)\nXã Đông Yên\t230\t221\t96,1";
        let got: Vec<(String, f64)> = read(body).into_iter().map(|i| (i.subject, i.value)).collect();
        assert_eq!(got, [("Số trẻ được tiêm (Xã Đông Yên)".to_string(), 221.0), ("Tỷ lệ trẻ được tiêm (Xã Đông Yên)".to_string(), 96.1)]);
        // Headers naming no count still give nothing.
        let body = "Đơn vị\tĐợt 1\tĐợt 2\nXã Đông Yên\t230\t221";
        assert_eq!(read(body), []);
    }

    #[test]
    fn a_plain_text_table_aligned_by_spaces_is_read() {
        let body = "Các huyện ghi nhận như sau:\n\nHuyện             Số ca mắc    Số ca tử vong\n\nĐông Lâm          64           0\n\nBắc Hà            29           1\n\nSở Y tế đề nghị tăng cường giám sát.";
        let got = read(body);
        let rows: Vec<(&str, f64)> = got.iter().map(|i| (i.subject.as_str(), i.value)).collect();
        assert_eq!(rows, [("ca mắc Đông Lâm", 64.0), ("ca tử vong Đông Lâm", 0.0), ("ca mắc Bắc Hà", 29.0), ("ca tử vong Bắc Hà", 1.0)]);
        let chars: Vec<char> = body.chars().collect();
        assert!(got.iter().all(|i| chars[i.start..i.end].iter().collect::<String>() == i.text));
        // Single spaces part no cells.
        assert_eq!(spaced_cells(0, "Toàn tỉnh ghi nhận 64 ca mắc  và 1 ca tử vong"), None);
        assert_eq!(spaced_cells(0, "  Bắc Hà  29  1  ").map(|r| r.len()), Some(3));
    }

    #[test]
    fn a_header_after_rows_of_figures_opens_another_table() {
        let body = "STT\tHuyện\tSố ca mắc\tSố ca tử vong\n1\tHuyện Đông Lâm\t112\t1\n2\tHuyện Bắc Hà\t87\t0\n\n\
            Đơn vị\tSố lượt khám\tSố bệnh nhân nội trú\tSố ca phẫu thuật\nBệnh viện huyện Đông Lâm\t3.920\t418\t67";
        let got = read(body);
        assert!(got.iter().all(|i| !i.subject.contains("3.920")), "{got:?}");
        assert!(got.iter().any(|i| i.subject == "Số lượt khám (Bệnh viện huyện Đông Lâm)" && i.value == 3920.0), "{got:?}");
        assert_eq!(got.iter().filter(|i| i.subject.starts_with("ca mắc")).count(), 2, "{got:?}");
    }

    /// A period hit over the first `text` of `body`.
    fn period(body: &str, text: &str, start: &str, end: &str) -> Hit {
        let at = body.find(text).expect("text in body");
        Hit {
            kind: EntityKind::Period,
            start: at,
            end: at + text.len(),
            normalized: Some(Normalized::Range { start: start.into(), end: end.into() }),
            code: None,
        }
    }

    #[test]
    fn figures_as_tables_write_them() {
        assert_eq!(figure("+8,2%"), Some((8.2, Some("increase"), true)));
        assert_eq!(figure("- 4,5"), Some((4.5, Some("decrease"), false)));
        assert_eq!(figure("48.905"), Some((48905.0, None, false)));
        assert_eq!(figure("lượt"), None);
        assert_eq!(figure("6 tháng 2025"), None);
    }
}

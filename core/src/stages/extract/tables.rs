//! Figures in tables: a table of the body (rows of cells apart at tabs, as the HTML loader
//! writes a `<table>`) whose header names the columns gives one indicator a row: the row's
//! label as its subject, the figure of the column the header marks as the result, its
//! unit and its change.
//!
//! Reports put their main figures in such tables ("STT | Chỉ tiêu | ĐVT | 6 tháng 2024 |
//! 6 tháng 2025 | Tăng/giảm"), and the prose reader, which reads a figure by the words
//! around it, finds none there. The reader is strict: a table it cannot read whole (no
//! header, no label column, no result column, a row without a unit) gives nothing.

use super::indicators::parse_number;
use super::text::Offsets;
use super::Hit;
use vanban_plugin_sdk::{Change, DateRange, EntityKind, Indicator, Normalized};

/// Headers of a unit column.
const UNIT_HEADERS: &[&str] = &["đơn vị", "đvt"];
/// Words of a comparison column's header.
const CHANGE_HEADERS: &[&str] = &["tăng", "giảm", "so sánh", "so với", "+/-", "chênh lệch"];
/// Words of the header of a column of results (besides a year).
const RESULT_HEADERS: &[&str] = &["tháng", "quý", "năm", "thực hiện", "kết quả", "số lượng", "kỳ này", "lũy kế", "tổng số"];
/// Headers of a column that numbers the rows.
const ORDINAL_HEADERS: &[&str] = &["stt", "tt", "số tt"];

/// One row: its cells' byte spans in the body.
type Row = Vec<(usize, usize)>;

/// The indicators of every table of `body` that is read whole, but where `taken` (the
/// prose reader's) already holds a figure.
pub fn find(body: &str, offsets: &Offsets, dates: &[Hit], taken: &[Indicator]) -> Vec<Indicator> {
    let mut found = Vec::new();
    for table in tables(body) {
        if let Some(columns) = Columns::of(body, &table) {
            found.extend(table[1..].iter().filter_map(|row| columns.read(body, row, offsets, dates)));
        }
    }
    let taken: Vec<(usize, usize)> = taken.iter().map(|i| (i.start, i.end)).collect();
    found.retain(|i| !taken.iter().any(|&(a, b)| a < i.end && i.start < b));
    found
}

/// Runs of body lines holding tabs, with the same number of cells (at least three) and
/// at least a header and a row.
fn tables(body: &str) -> Vec<Vec<Row>> {
    let mut tables: Vec<Vec<Row>> = Vec::new();
    let mut current: Vec<Row> = Vec::new();
    let mut start = 0;
    for line in body.split('\n') {
        let row = (line.contains('\t')).then(|| cells(start, line));
        start += line.len() + 1;
        match row {
            Some(row) if row.len() >= 3 && current.first().is_none_or(|head| head.len() == row.len()) => current.push(row),
            // The body keeps a blank line between blocks: it does not end a table.
            None if line.trim().is_empty() => {}
            other => {
                if current.len() >= 2 {
                    tables.push(std::mem::take(&mut current));
                }
                current.clear();
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

/// Which column holds what, read from the header and the rows.
struct Columns {
    label: usize,
    value: usize,
    unit: Option<usize>,
    change: Option<usize>,
    /// The header of the column the change is measured from ("6 tháng 2024").
    baseline: Option<String>,
    /// The value column's header span, for its period.
    value_header: (usize, usize),
    /// A unit the header gives the whole table or the value column: "(lượt)", "%".
    header_unit: Option<String>,
}

impl Columns {
    fn of(body: &str, table: &[Row]) -> Option<Columns> {
        let header: Vec<String> = table[0].iter().map(|&(a, b)| body[a..b].to_lowercase()).collect();
        // A first row holding a figure is a row of figures, not a header.
        if header.iter().any(|h| figure(h).is_some()) {
            return None;
        }
        let rows = &table[1..];
        let share = |col: usize, test: &dyn Fn(&str) -> bool| rows.iter().filter(|r| test(&body[r[col].0..r[col].1])).count() * 2 >= rows.len();
        let has = |h: &str, words: &[&str]| words.iter().any(|w| h.contains(w));
        let ordinal = |c: usize| ORDINAL_HEADERS.contains(&header[c].as_str());
        // "Đơn vị" also heads a column of units of an organisation ("Trạm y tế xã Đông"):
        // a column of units of measure holds a few words without figures.
        let measure = |s: &str| s.split_whitespace().count() <= 3 && !s.chars().any(|c| c.is_ascii_digit());
        let unit = (0..header.len()).find(|&c| has(&header[c], UNIT_HEADERS) && share(c, &measure));
        let change = (0..header.len()).find(|&c| has(&header[c], CHANGE_HEADERS));
        let label = (0..header.len()).find(|&c| !ordinal(c) && Some(c) != unit && share(c, &|s| figure(s).is_none() && s.chars().any(char::is_alphabetic)))?;
        let figures: Vec<usize> =
            (0..header.len()).filter(|&c| c != label && !ordinal(c) && Some(c) != unit && Some(c) != change && share(c, &|s| figure(s).is_some())).collect();
        let results: Vec<usize> = figures.iter().copied().filter(|&c| has(&header[c], RESULT_HEADERS) || has_year(&header[c])).collect();
        let value = match (figures.as_slice(), results.last()) {
            ([only], _) => *only,
            (_, Some(&last)) => last,
            _ => return None,
        };
        let baseline = change.and(results.iter().rev().find(|&&c| c < value)).map(|&c| body[table[0][c].0..table[0][c].1].to_string());
        let header_unit = parenthesised(&body[table[0][value].0..table[0][value].1]);
        Some(Columns { label, value, unit, change, baseline, value_header: table[0][value], header_unit })
    }

    /// The indicator of one row, when its label, figure and unit are all there.
    fn read(&self, body: &str, row: &Row, offsets: &Offsets, dates: &[Hit]) -> Option<Indicator> {
        let cell = |c: usize| &body[row[c].0..row[c].1];
        let mut label = cell(self.label);
        let (value, _, percent) = figure(cell(self.value))?;
        let from_label = parenthesised(label);
        if from_label.is_some() {
            // "Số ca mắc (ca)": the brackets were the unit, not part of the subject.
            label = label[..label.rfind('(').unwrap_or(label.len())].trim_end();
        }
        let unit = self
            .unit
            .map(cell)
            .filter(|u| !u.is_empty())
            .map(str::to_string)
            .or_else(|| percent.then(|| "%".to_string()))
            .or(from_label)
            .or_else(|| self.header_unit.clone())?;
        let change = self.change.and_then(|c| figure(cell(c))).and_then(|(amount, direction, percent)| {
            Some(Change {
                direction: direction?.to_string(),
                value: amount,
                unit: Some(if percent || unit == "%" { "%".to_string() } else { unit.clone() }),
                baseline: self.baseline.clone(),
            })
        });
        let (a, b) = row[self.value];
        Some(Indicator {
            text: cell(self.value).to_string(),
            subject: label.to_string(),
            value,
            unit: Some(unit),
            qualifier: None,
            change,
            period: period_within(dates, self.value_header),
            start: offsets.chars(a),
            end: offsets.chars(b),
        })
    }
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
        find(body, &Offsets::new(body), &[], &[])
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
    fn units_from_the_label_or_the_header() {
        let body = "Nội dung\tKế hoạch\tThực hiện năm 2025 (lượt)\n\nKhám sàng lọc tăng huyết áp\t1.000\t1.240\n\nSố ca mắc sốt xuất huyết (ca)\t\t312";
        let got = read(body);
        let rows: Vec<(&str, f64, Option<&str>)> = got.iter().map(|i| (i.subject.as_str(), i.value, i.unit.as_deref())).collect();
        assert_eq!(rows, [("Khám sàng lọc tăng huyết áp", 1240.0, Some("lượt")), ("Số ca mắc sốt xuất huyết", 312.0, Some("ca"))]);
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
        let no_unit = "Chỉ tiêu\tNăm 2024\tNăm 2025\n\nTổng số lượt khám\t45.210\t48.905";
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
        let got = find(&body, &Offsets::new(&body), &[], &[taken]);
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
    fn figures_as_tables_write_them() {
        assert_eq!(figure("+8,2%"), Some((8.2, Some("increase"), true)));
        assert_eq!(figure("- 4,5"), Some((4.5, Some("decrease"), false)));
        assert_eq!(figure("48.905"), Some((48905.0, None, false)));
        assert_eq!(figure("lượt"), None);
        assert_eq!(figure("6 tháng 2025"), None);
    }
}

//! The CSV sink: `indicators.csv` (one row per reported figure) and `people.csv` (one row per
//! person), for spreadsheets. UTF-8 with a byte-order mark so that Excel shows Vietnamese
//! diacritics; each file is written under a temporary name and moved into place at the end.
//!
//! A document's rows are formatted on the worker threads (see `Sink::encoder`): the sink's
//! own thread, serial like every sink's, only appends their bytes.

use super::{out_path, AtomicFile};
use crate::config::StageConfig;
use crate::doc::Doc;
use crate::error::{ConfigError, StageError};
use crate::registry::{BuildContext, Built, Setting, StageKind, StageRegistration};
use crate::stage::{Encode, Encoded, Sink};
use serde::Deserialize;
use std::borrow::Cow;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use vanban_plugin_sdk::{Indicator, Person, Record};

pub const INDICATOR_COLUMNS: &[&str] = &[
    "document_id",
    "source",
    "title",
    "event_date",
    "period_start",
    "period_end",
    "subject",
    "value",
    "unit",
    "qualifier",
    "change_direction",
    "change_value",
    "change_unit",
    "baseline",
    "text",
];

pub const PEOPLE_COLUMNS: &[&str] = &["document_id", "source", "name", "honorific", "roles"];

/// Joins a person's roles in one cell.
const ROLE_SEPARATOR: &str = "; ";

/// Writes the two tables; either may be turned off.
pub struct CsvSink {
    indicators: Option<AtomicFile>,
    people: Option<AtomicFile>,
    encode: EncodeRows,
}

impl CsvSink {
    /// Opens the files that have a path; `bom` starts each with U+FEFF.
    pub fn create(indicators: Option<&Path>, people: Option<&Path>, bom: bool) -> std::io::Result<CsvSink> {
        Ok(CsvSink {
            encode: EncodeRows { indicators: indicators.is_some(), people: people.is_some() },
            indicators: indicators.map(|p| table(p, INDICATOR_COLUMNS, bom)).transpose()?,
            people: people.map(|p| table(p, PEOPLE_COLUMNS, bom)).transpose()?,
        })
    }
}

fn table(path: &Path, columns: &[&str], bom: bool) -> std::io::Result<AtomicFile> {
    super::stale::remove_stale(path);
    let mut file = AtomicFile::create(path)?;
    if bom {
        file.write_all("\u{feff}".as_bytes())?;
    }
    let header = columns.iter().map(|c| Cow::Borrowed(*c)).collect();
    file.write_all(&csv_rows(std::iter::once(header)).map_err(std::io::Error::other)?)?;
    Ok(file)
}

/// `rows` as CSV (CRLF after each). Records are independent in CSV, so the bytes of each
/// document's rows, made apart, join into the same file one writer would make.
fn csv_rows<'r>(rows: impl Iterator<Item = Cells<'r>>) -> Result<Vec<u8>, StageError> {
    let err = |e: ::csv::Error| StageError::output(e.to_string());
    let mut w = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).buffer_capacity(1 << 10).from_writer(Vec::new());
    for row in rows {
        w.write_record(row.iter().map(|cell| cell.as_bytes())).map_err(err)?;
    }
    w.into_inner().map_err(|e| StageError::output(e.error().to_string()))
}

/// Whole numbers without a fraction, as in the JSON output ("15740", not "15740.0").
pub fn number(v: f64) -> String {
    let mut s = String::new();
    number_into(&mut s, v);
    s
}

/// Appends [`number`]'s form of `v`, without a string of its own (the report writes up to
/// three per indicator).
pub fn number_into(out: &mut String, v: f64) {
    use std::fmt::Write as _;
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        out.push_str(itoa::Buffer::new().format(v as i64));
    } else {
        let _ = write!(out, "{v}");
    }
}

fn opt(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("")
}

/// A row's cells, borrowed from the record but for the numbers: no copy of a title or a
/// path for each of a document's rows.
type Cells<'r> = Vec<Cow<'r, str>>;

fn indicator_row<'r>(r: &'r Record, ind: &'r Indicator) -> Cells<'r> {
    let change = ind.change.as_ref();
    let period = ind.period.as_ref();
    let text = |v: Option<&'r str>| Cow::Borrowed(v.unwrap_or(""));
    vec![
        text(Some(&r.id)),
        text(Some(&r.source.path)),
        text(r.title.as_deref()),
        text(r.event_date.as_deref()),
        text(period.map(|p| p.start.as_str())),
        text(period.map(|p| p.end.as_str())),
        text(Some(&ind.subject)),
        Cow::Owned(number(ind.value)),
        text(ind.unit.as_deref()),
        text(ind.qualifier.as_deref()),
        text(change.map(|c| c.direction.as_str())),
        change.map_or(Cow::Borrowed(""), |c| Cow::Owned(number(c.value))),
        text(change.and_then(|c| c.unit.as_deref())),
        text(change.and_then(|c| c.baseline.as_deref())),
        text(Some(&ind.text)),
    ]
}

fn person_row<'r>(r: &'r Record, p: &'r Person) -> Cells<'r> {
    let roles = if p.roles.len() == 1 { Cow::Borrowed(p.roles[0].as_str()) } else { Cow::Owned(p.roles.join(ROLE_SEPARATOR)) };
    vec![Cow::Borrowed(r.id.as_str()), Cow::Borrowed(r.source.path.as_str()), Cow::Borrowed(p.name.as_str()), Cow::Borrowed(opt(&p.honorific)), roles]
}

fn commit(table: Option<AtomicFile>) -> Result<(), StageError> {
    let Some(file) = table else { return Ok(()) };
    file.commit().map_err(|e| StageError::output(e.to_string()))
}

/// One document's rows of each table, as CSV bytes.
struct Rows {
    indicators: Vec<u8>,
    people: Vec<u8>,
}

/// Formats a document's rows on the worker threads, for the tables that are written.
#[derive(Clone, Copy)]
struct EncodeRows {
    indicators: bool,
    people: bool,
}

impl Encode for EncodeRows {
    fn encode(&self, doc: &Doc) -> Result<Encoded, StageError> {
        Ok(Box::new(self.rows(&doc.record)?))
    }
}

impl EncodeRows {
    fn rows(&self, r: &Record) -> Result<Rows, StageError> {
        // No writer for a table the document has no rows of.
        let indicators = if self.indicators && !r.indicators.is_empty() { csv_rows(r.indicators.iter().map(|ind| indicator_row(r, ind)))? } else { Vec::new() };
        let people = if self.people && !r.people.is_empty() { csv_rows(r.people.iter().map(|p| person_row(r, p)))? } else { Vec::new() };
        Ok(Rows { indicators, people })
    }
}

impl CsvSink {
    fn put(&mut self, rows: &Rows) -> Result<(), StageError> {
        let err = |e: std::io::Error| StageError::output(e.to_string());
        if let Some(f) = self.indicators.as_mut() {
            f.write_all(&rows.indicators).map_err(err)?;
        }
        if let Some(f) = self.people.as_mut() {
            f.write_all(&rows.people).map_err(err)?;
        }
        Ok(())
    }
}

impl Sink for CsvSink {
    fn write(&mut self, doc: &Doc) -> Result<(), StageError> {
        let rows = self.encode.rows(&doc.record)?;
        self.put(&rows)
    }

    fn encoder(&self) -> Option<Arc<dyn Encode>> {
        Some(Arc::new(self.encode))
    }

    fn write_encoded(&mut self, _doc: &Doc, encoded: Encoded) -> Result<(), StageError> {
        let rows = encoded.downcast::<Rows>().map_err(|_| StageError::output("the csv sink got another sink's encoding"))?;
        self.put(&rows)
    }

    fn finish(&mut self) -> Result<(), StageError> {
        let people = self.people.take();
        commit(self.indicators.take())?;
        commit(people)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, default)]
struct CsvConfig {
    indicators: String,
    people: String,
    bom: bool,
}

impl Default for CsvConfig {
    fn default() -> Self {
        CsvConfig { indicators: "indicators.csv".into(), people: "people.csv".into(), bom: true }
    }
}

fn build(sc: &StageConfig, ctx: &BuildContext) -> Result<Built, ConfigError> {
    let cfg: CsvConfig = sc.parse()?;
    let path = |p: &str| (!p.is_empty()).then(|| out_path(ctx, p));
    let (indicators, people) = (path(&cfg.indicators), path(&cfg.people));
    if indicators.is_none() && people.is_none() {
        return Err(sc.error("both `indicators` and `people` are empty: the stage would write nothing"));
    }
    let sink = CsvSink::create(indicators.as_deref(), people.as_deref(), cfg.bom)
        .map_err(|e| sc.error(&format!("cannot write the CSV files: {e}")))?;
    Ok(Built::Sink(Box::new(sink)))
}

inventory::submit! {
    StageRegistration {
        name: "csv",
        kind: StageKind::Sink,
        summary: "Writes indicators.csv (one row per figure) and people.csv (one row per person) for spreadsheets.",
        settings: &[
            Setting { key: "indicators", ty: "string", default: "indicators.csv", help: "relative to the output folder; \"\" to skip" },
            Setting { key: "people", ty: "string", default: "people.csv", help: "relative to the output folder; \"\" to skip" },
            Setting { key: "bom", ty: "boolean", default: "true", help: "start with a UTF-8 byte-order mark (Excel needs it for Vietnamese)" },
        ],
        parallel: false,
        build,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::sinks::test_docs::{sample_doc, scratch_dir};

    fn read(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
        let bytes = std::fs::read(path).unwrap();
        assert!(bytes.starts_with("\u{feff}".as_bytes()), "starts with a BOM");
        let mut r = ::csv::Reader::from_reader(&bytes[3..]);
        let head = r.headers().unwrap().iter().map(String::from).collect();
        let rows = r.records().map(|x| x.unwrap().iter().map(String::from).collect()).collect();
        (head, rows)
    }

    #[test]
    fn one_row_per_indicator_and_person() {
        let dir = scratch_dir("csv");
        let (ind_path, people_path) = (dir.join("indicators.csv"), dir.join("people.csv"));
        let mut sink = CsvSink::create(Some(&ind_path), Some(&people_path), true).unwrap();
        let docs: Vec<_> = (0..3).map(sample_doc).collect();
        for d in &docs {
            sink.write(d).unwrap();
        }
        assert!(!ind_path.exists(), "nothing in place before finish");
        sink.finish().unwrap();

        let (head, rows) = read(&ind_path);
        assert_eq!(head, INDICATOR_COLUMNS);
        let want: usize = docs.iter().map(|d| d.record.indicators.len()).sum();
        assert_eq!(rows.len(), want);
        let first = &docs[0].record.indicators[0];
        assert_eq!(rows[0][0], docs[0].record.id);
        assert_eq!(rows[0][6], first.subject);
        assert_eq!(rows[0][7], number(first.value));
        assert_eq!(rows[0][10], "increase");
        assert_eq!(rows[0][4], first.period.as_ref().unwrap().start);
        assert_eq!(rows[1][7], "96.5");
        assert_eq!(rows[1][10], "", "no change leaves the cells empty");

        let (head, rows) = read(&people_path);
        assert_eq!(head, PEOPLE_COLUMNS);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0][4], docs[0].record.people[0].roles.join("; "));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn numbers_are_written_like_the_json() {
        assert_eq!(number(15740.0), "15740");
        assert_eq!(number(13.2), "13.2");
        assert_eq!(number(-3.0), "-3");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(1e-7), "0.0000001");
        assert_eq!(number(8.9e15), "8900000000000000");
        assert_eq!(number(9.0e15), "9000000000000000");
        assert_eq!(number(f64::NAN), "NaN");
        assert_eq!(number(f64::INFINITY), "inf");
        let mut out = String::from("x ");
        number_into(&mut out, 123456.789);
        assert_eq!(out, "x 123456.789");
    }

    #[test]
    fn rows_made_on_the_workers_join_into_one_writers_file() {
        let dir = scratch_dir("csv-encoded");
        let (ind_path, people_path) = (dir.join("indicators.csv"), dir.join("people.csv"));
        let mut sink = CsvSink::create(Some(&ind_path), Some(&people_path), false).unwrap();
        let encoder = sink.encoder().expect("the csv sink encodes on the workers");
        let mut docs: Vec<_> = (0..3).map(sample_doc).collect();
        // Cells that need quoting: a comma, a quote, a line break.
        docs[1].record.indicators[0].text = "ca \"mắc\", mới\ntrong tuần".into();
        docs[2].record.people[0].name = "Lê, \"Văn\" A".into();
        for d in &docs {
            let encoded = encoder.encode(d).unwrap();
            sink.write_encoded(d, encoded).unwrap();
        }
        sink.finish().unwrap();

        // What one csv writer makes of the same rows, header first.
        let one_writer = |columns: &[&str], rows: Vec<Cells>| {
            let mut w = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(Vec::new());
            w.write_record(columns).unwrap();
            rows.into_iter().for_each(|row| w.write_record(row.iter().map(|c| c.as_bytes())).unwrap());
            w.into_inner().unwrap()
        };
        let indicators = docs.iter().flat_map(|d| d.record.indicators.iter().map(|i| indicator_row(&d.record, i))).collect();
        let people = docs.iter().flat_map(|d| d.record.people.iter().map(|p| person_row(&d.record, p))).collect();
        assert_eq!(std::fs::read(&ind_path).unwrap(), one_writer(INDICATOR_COLUMNS, indicators));
        assert_eq!(std::fs::read(&people_path).unwrap(), one_writer(PEOPLE_COLUMNS, people));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

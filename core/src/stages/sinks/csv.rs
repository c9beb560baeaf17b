//! The CSV sink: `indicators.csv` (one row per reported figure) and `people.csv` (one row per
//! person), for spreadsheets. UTF-8 with a byte-order mark so that Excel shows Vietnamese
//! diacritics; each file is written under a temporary name and moved into place at the end.

use super::{out_path, AtomicFile};
use crate::config::StageConfig;
use crate::doc::Doc;
use crate::error::{ConfigError, StageError};
use crate::registry::{BuildContext, Built, Setting, StageKind, StageRegistration};
use crate::stage::Sink;
use serde::Deserialize;
use std::io::Write;
use std::path::Path;
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

type Table = ::csv::Writer<AtomicFile>;

/// Writes the two tables; either may be turned off.
pub struct CsvSink {
    indicators: Option<Table>,
    people: Option<Table>,
}

impl CsvSink {
    /// Opens the files that have a path; `bom` starts each with U+FEFF.
    pub fn create(indicators: Option<&Path>, people: Option<&Path>, bom: bool) -> std::io::Result<CsvSink> {
        Ok(CsvSink {
            indicators: indicators.map(|p| table(p, INDICATOR_COLUMNS, bom)).transpose()?,
            people: people.map(|p| table(p, PEOPLE_COLUMNS, bom)).transpose()?,
        })
    }
}

fn table(path: &Path, columns: &[&str], bom: bool) -> std::io::Result<Table> {
    super::stale::remove_stale(path);
    let mut file = AtomicFile::create(path)?;
    if bom {
        file.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(file);
    w.write_record(columns)?;
    Ok(w)
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

fn indicator_row(r: &Record, ind: &Indicator) -> Vec<String> {
    let change = ind.change.as_ref();
    let period = ind.period.as_ref();
    vec![
        r.id.clone(),
        r.source.path.clone(),
        opt(&r.title).to_string(),
        opt(&r.event_date).to_string(),
        period.map(|p| p.start.clone()).unwrap_or_default(),
        period.map(|p| p.end.clone()).unwrap_or_default(),
        ind.subject.clone(),
        number(ind.value),
        opt(&ind.unit).to_string(),
        opt(&ind.qualifier).to_string(),
        change.map(|c| c.direction.clone()).unwrap_or_default(),
        change.map(|c| number(c.value)).unwrap_or_default(),
        change.and_then(|c| c.unit.clone()).unwrap_or_default(),
        change.and_then(|c| c.baseline.clone()).unwrap_or_default(),
        ind.text.clone(),
    ]
}

fn person_row(r: &Record, p: &Person) -> Vec<String> {
    vec![r.id.clone(), r.source.path.clone(), p.name.clone(), opt(&p.honorific).to_string(), p.roles.join(ROLE_SEPARATOR)]
}

fn commit(table: Option<Table>) -> Result<(), StageError> {
    let Some(w) = table else { return Ok(()) };
    let file = w.into_inner().map_err(|e| StageError::output(e.error().to_string()))?;
    file.commit().map_err(|e| StageError::output(e.to_string()))
}

impl Sink for CsvSink {
    fn write(&mut self, doc: &Doc) -> Result<(), StageError> {
        let r = &doc.record;
        let err = |e: ::csv::Error| StageError::output(e.to_string());
        if let Some(w) = self.indicators.as_mut() {
            for ind in &r.indicators {
                w.write_record(indicator_row(r, ind)).map_err(err)?;
            }
        }
        if let Some(w) = self.people.as_mut() {
            for p in &r.people {
                w.write_record(person_row(r, p)).map_err(err)?;
            }
        }
        Ok(())
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
}

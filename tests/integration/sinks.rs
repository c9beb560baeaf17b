//! The default pipeline's outputs agree with each other: `vanban.db`, `indicators.csv`,
//! `people.csv`, `summary.json` and `report.html` hold what `documents.jsonl` holds, and re-running over the
//! same input changes no count while new input adds to the database.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use vanban_core::stages::sinks::sqlite::table_counts;
use vanban_core::{BuildContext, Pipeline, RunOptions, RunSummary};

/// The invented documents of `tests/fixtures/sinks/corpus` (one is empty, one is a copy).
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sinks/corpus")
}

/// A fresh folder for one test's output.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("sinks-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// Runs the default pipeline with the built-in plugins, as `vanban run INPUT --out OUT` does.
pub fn run_default(input: &Path, out: &Path) -> RunSummary {
    let pipeline = Pipeline::parse(vanban_core::DEFAULT_PIPELINE, "default.toml").expect("the default pipeline parses");
    let inputs = vec![input.display().to_string()];
    let ctx = BuildContext {
        out_dir: out.to_path_buf(),
        inputs: inputs.clone(),
        plugins: Arc::new(vanban_cli::builtins::plugin_set()),
        settings: pipeline.settings.clone(),
    };
    let opts = RunOptions { out_dir: out.to_path_buf(), inputs, ..RunOptions::default() };
    vanban_core::run(&pipeline, &ctx, &opts).expect("the default pipeline builds")
}

/// Every record of `documents.jsonl`.
pub fn records(out: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(out.join("documents.jsonl")).expect("documents.jsonl");
    text.lines().map(|l| serde_json::from_str(l).expect("a JSON record per line")).collect()
}

fn len(r: &serde_json::Value, key: &str) -> i64 {
    r[key].as_array().map_or(0, |a| a.len() as i64)
}

/// What the database should hold for these records: one row per distinct id (identical
/// files share the id, the last one seen stays), with its entities, people and indicators.
fn expected_db(records: &[serde_json::Value]) -> BTreeMap<&'static str, i64> {
    let mut by_id = BTreeMap::new();
    for r in records {
        by_id.insert(r["id"].as_str().unwrap_or("").to_string(), r);
    }
    let sum = |key: &str| by_id.values().map(|r| len(r, key)).sum::<i64>();
    BTreeMap::from([
        ("documents", by_id.len() as i64),
        ("entities", sum("entities")),
        ("people", sum("people")),
        ("indicators", sum("indicators")),
        ("directives", sum("directives")),
    ])
}

fn db_counts(out: &Path) -> BTreeMap<&'static str, i64> {
    table_counts(&out.join("vanban.db")).expect("vanban.db opens").into_iter().collect()
}

/// Data rows of a CSV file written with a byte-order mark.
fn csv_rows(path: &Path) -> Vec<csv::StringRecord> {
    let bytes = std::fs::read(path).expect("the CSV file");
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).expect("a UTF-8 BOM for Excel");
    csv::Reader::from_reader(body).records().map(|r| r.expect("a CSV row")).collect()
}

fn all_counts(out: &Path) -> (BTreeMap<&'static str, i64>, usize, usize) {
    (db_counts(out), csv_rows(&out.join("indicators.csv")).len(), csv_rows(&out.join("people.csv")).len())
}

#[test]
fn every_output_holds_what_the_jsonl_holds_and_a_rerun_changes_nothing() {
    let out = scratch("agree");
    let summary = run_default(&corpus(), &out);
    assert_eq!(summary.failed, 1, "the empty file fails: {summary:?}");
    let recs = records(&out);
    assert_eq!(recs.len() as u64, summary.written);
    assert!(recs.len() >= 5, "every readable fixture is written");

    assert_outputs_agree(&out);
    let indicators = csv_rows(&out.join("indicators.csv"));
    for (row, ind) in indicators.iter().zip(recs.iter().flat_map(|r| r["indicators"].as_array().into_iter().flatten())) {
        assert_eq!(&row[6], ind["subject"].as_str().unwrap_or(""), "rows follow the records' order");
    }
    let summary_json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("summary.json")).expect("summary.json")).expect("JSON");
    assert_eq!(summary_json["failed"], 1);
    let entities: u64 = summary_json["entities_by_type"].as_object().map_or(0, |m| m.values().filter_map(|v| v.as_u64()).sum());
    assert_eq!(entities as i64, recs.iter().map(|r| len(r, "entities")).sum::<i64>());

    let before = all_counts(&out);
    let again = run_default(&corpus(), &out);
    assert_eq!(again.written, summary.written);
    assert_eq!(all_counts(&out), before, "a second run over the same input adds nothing");
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .expect("out")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file is left: {leftovers:?}");
    assert!(!out.join("vanban.db-journal").exists(), "the update in place was committed");
}

/// The database, the CSV files and the summary hold what `documents.jsonl` holds.
fn assert_outputs_agree(out: &Path) {
    let recs = records(out);
    let total = |key: &str| recs.iter().map(|r| len(r, key)).sum::<i64>();
    assert_eq!(db_counts(out), expected_db(&recs));
    assert_eq!(csv_rows(&out.join("indicators.csv")).len() as i64, total("indicators"));
    assert_eq!(csv_rows(&out.join("people.csv")).len() as i64, total("people"));
    let summary: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("summary.json")).expect("summary.json")).expect("JSON");
    assert_eq!(summary["documents"], recs.len());
    assert_eq!(summary["indicators"], total("indicators"));
}

#[test]
fn the_shared_seeds_agree_too_when_present() {
    let seeds = Path::new("/work/shared/seeds");
    if !seeds.is_dir() {
        println!("skipped: no /work/shared/seeds here");
        return;
    }
    let out = scratch("seeds");
    let first = run_default(seeds, &out);
    assert!(first.written > 0);
    assert_outputs_agree(&out);
    let before = all_counts(&out);
    run_default(seeds, &out);
    assert_eq!(all_counts(&out), before, "a second run over the same input adds nothing");
}

#[test]
fn a_run_over_new_input_adds_to_the_database() {
    let out = scratch("adds");
    run_default(&corpus(), &out);
    let before = db_counts(&out);

    let extra = scratch("adds-input");
    std::fs::write(
        extra.join("bulletin.txt"),
        "Trạm Y tế xã Bến Liễu tổ chức tiêm vắc xin sởi\n\n\
         Ngày 3/4/2032, Trạm Y tế xã Bến Liễu tiêm vắc xin sởi cho 214 trẻ em, đạt 98% kế hoạch.\n",
    )
    .expect("write the new input");
    run_default(&extra, &out);
    let recs = records(&out);
    assert_eq!(recs.len(), 1, "documents.jsonl holds this run only");
    let after = db_counts(&out);
    assert_eq!(after["documents"], before["documents"] + 1);
    for table in ["entities", "people", "indicators", "directives"] {
        assert_eq!(after[table], before[table] + len(&recs[0], table), "{table}");
    }
}

#[test]
fn the_report_lists_every_document_and_every_failure() {
    let out = scratch("report");
    run_default(&corpus(), &out);
    let recs = records(&out);
    let index = std::fs::read_to_string(out.join("report.html")).expect("report.html");
    // The fixtures fit in the first file of document sections.
    let file = std::fs::read_to_string(out.join("report/docs-1.html")).expect("the file of document sections");
    for (n, r) in recs.iter().enumerate() {
        let name = match r["title"].as_str().map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => t.to_string(),
            None => r["source"]["path"].as_str().and_then(|p| p.rsplit('/').next()).unwrap_or("").to_string(),
        };
        assert!(index.contains(&escape(&name)), "the index names {name}");
        assert!(index.contains(&format!("href=\"report/docs-1.html#d{}\"", n + 1)));
        let section = document_section(&file, n + 1).expect("a section per document");
        assert!(section.contains(&escape(r["source"]["path"].as_str().unwrap_or(""))));
    }
    assert!(document_section(&file, recs.len() + 1).is_none());
    assert!(!out.join("report/docs-2.html").exists());
    assert!(index.contains("06_empty.txt"), "the failed document is listed with its reason");
}

/// Document `n`'s section (`<article id="dN">`) of a file of the report's folder.
pub fn document_section(file: &str, n: usize) -> Option<&str> {
    let from = file.find(&format!("<article class=\"doc\" id=\"d{n}\">"))?;
    let rest = &file[from..];
    Some(&rest[..rest.find("</article>")?])
}

/// Escapes text as the report does.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

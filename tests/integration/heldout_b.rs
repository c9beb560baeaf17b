//! Held-out documents for the newspaper and e-portal styles and for the generic text fallback:
//! pages written in each style with invented content (`tests/fixtures/heldout/<style>/NAME.txt`),
//! each beside the record a careful reader expects (`NAME.expect.json`). The CLI runs over each
//! folder and every field that differs is listed with its file.

use crate::support::{read_jsonl, root, temp_dir, vanban};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

const STYLES: &[&str] = &["newspaper", "eportal", "generic"];
/// The fewest documents a style folder must hold for the test to mean something.
const MIN_DOCS: usize = 5;
const MIN_GENERIC_DOCS: usize = 3;

/// The expected records of one folder, by file name.
fn expectations(dir: &Path) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for path in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        let Some(stem) = name.strip_suffix(".expect.json") else { continue };
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        out.insert(format!("{stem}.txt"), value);
    }
    out
}

/// Runs the default pipeline over `dir` and returns the records by file name.
fn run_cli(dir: &Path, style: &str) -> BTreeMap<String, Value> {
    let out = temp_dir(&format!("heldout-b-{style}"));
    let result = vanban(&["run", &dir.display().to_string(), "--out", &out.display().to_string()]);
    assert!(result.status.success(), "vanban run failed on {style}: {}", String::from_utf8_lossy(&result.stderr));
    read_jsonl(&out.join("documents.jsonl"))
        .into_iter()
        .filter_map(|r| {
            let path = r.pointer("/source/path").and_then(Value::as_str)?.to_string();
            let name = Path::new(&path).file_name()?.to_str()?.to_string();
            Some((name, r))
        })
        .collect()
}

/// Field-by-field differences between a record and its expectation.
fn mismatches(file: &str, got: &Value, want: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let fields: [(&str, Option<&Value>); 6] = [
        ("style", got.pointer("/source/style")),
        ("title", got.get("title")),
        ("published", got.get("published")),
        ("authors", got.get("authors")),
        ("captions", got.get("captions")),
        ("body", got.get("body")),
    ];
    for (field, value) in fields {
        let value = value.unwrap_or(&Value::Null);
        let expected = want.get(field).unwrap_or(&Value::Null);
        if value != expected {
            out.push(format!("{file} {field}:\n    got      {}\n    expected {}", short(value), short(expected)));
        }
    }
    out
}

/// A value on one line, cut after 600 characters so that a long body stays readable.
fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 600 {
        format!("{}…", s.chars().take(600).collect::<String>())
    } else {
        s
    }
}

#[test]
fn heldout_documents_read_as_a_careful_reader_reads_them() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for style in STYLES {
        let dir = root().join("tests/fixtures/heldout").join(style);
        let expected = expectations(&dir);
        let least = if *style == "generic" { MIN_GENERIC_DOCS } else { MIN_DOCS };
        assert!(expected.len() >= least, "{} holds {} documents, fewer than {least}", dir.display(), expected.len());
        let records = run_cli(&dir, style);
        for (file, want) in &expected {
            match records.get(file) {
                Some(got) => problems.extend(mismatches(&format!("{style}/{file}"), got, want)),
                None => problems.push(format!("{style}/{file}: no record written")),
            }
            checked += 1;
        }
    }
    assert!(checked >= 2 * MIN_DOCS + MIN_GENERIC_DOCS);
    assert!(problems.is_empty(), "{} mismatches:\n{}", problems.len(), problems.join("\n"));
}

/// A news page of an unknown site in HTML, with only a category-and-time line and a related
/// list (marks every news site has), belongs to the generic DOM extractor, not to newspaper.
#[test]
fn plain_html_news_pages_are_left_to_the_generic_extractor() {
    let dir = root().join("tests/fixtures/heldout/generic/html");
    let records = run_cli(&dir, "generic-html");
    assert!(!records.is_empty(), "no record for {}", dir.display());
    for (file, record) in &records {
        let style = record.pointer("/source/style").and_then(Value::as_str);
        assert_eq!(style, Some("generic"), "{file} was claimed by {style:?}");
    }
}

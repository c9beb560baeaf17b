//! Held-out documents of the dept-news, health-centre and admin-doc styles: invented posts
//! and administrative documents whose boilerplate differs from the seeds (no caption, two
//! bylines, other counters, other signing blocks...). The CLI runs over each style's folder
//! in `tests/fixtures/heldout/<style>/`, and every field of each `NAME.expect.json` is
//! compared with the record of `NAME.txt`; the failure lists every mismatch by file and field.

use crate::support::{read_jsonl, root, temp_dir, vanban};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;
use vanban_plugin_sdk::Page;

/// The styles this module covers; each has a folder of held-out documents.
const HELD_OUT_STYLES: &[&str] = &["dept-news", "health-centre", "admin-doc"];

/// Every style plugin, for the check that no other style claims a held-out document.
const ALL_STYLES: &[&str] = &["dept-news", "newspaper", "admin-doc", "health-centre", "eportal"];

/// The claim score from which a plugin wins a document (the pipeline's threshold).
const THRESHOLD: f32 = 0.5;

/// The record fields an expectation file holds, compared one by one.
const FIELDS: &[&str] = &["title", "authors", "published", "captions", "body", "document"];

/// Fewest held-out documents per style: a smaller folder would test too little.
const MIN_DOCS: usize = 5;

fn folder(style: &str) -> PathBuf {
    root().join("tests/fixtures/heldout").join(style)
}

/// `(name, text path, expectation)` for every `NAME.expect.json` of a folder, sorted by name.
fn expectations(dir: &Path) -> Vec<(String, PathBuf, Value)> {
    let mut out = Vec::new();
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        let Some(file) = path.file_name().and_then(|f| f.to_str()) else { continue };
        let Some(name) = file.strip_suffix(".expect.json") else { continue };
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let expect: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        out.push((name.to_string(), dir.join(format!("{name}.txt")), expect));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Runs the default pipeline over a folder; records by file stem.
fn run_folder(style: &str, dir: &Path) -> BTreeMap<String, Value> {
    let out = temp_dir(&format!("heldout-a-{style}"));
    let r = vanban(&["run", dir.to_str().expect("utf-8 path"), "--out", out.to_str().expect("utf-8 path"), "-q"]);
    assert!(r.status.success(), "vanban run {style}: {}", String::from_utf8_lossy(&r.stderr));
    let mut records = BTreeMap::new();
    for rec in read_jsonl(&out.join("documents.jsonl")) {
        let path = rec["source"]["path"].as_str().unwrap_or_default().to_string();
        let stem = Path::new(&path).file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        records.insert(stem, rec);
    }
    records
}

/// Strings in NFC, so that an expectation typed in another normal form still compares equal.
fn nfc(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(s.nfc().collect()),
        Value::Array(a) => Value::Array(a.iter().map(nfc).collect()),
        Value::Object(o) => Value::Object(o.iter().map(|(k, x)| (k.clone(), nfc(x))).collect()),
        other => other.clone(),
    }
}

/// Short form of a value for a mismatch line.
fn show(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 300 {
        format!("{}…", s.chars().take(300).collect::<String>())
    } else {
        s
    }
}

/// The mismatches of one record against its expectation, one line each.
fn compare(name: &str, expect: &Value, rec: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let style = &rec["source"]["style"];
    if nfc(&expect["style"]) != nfc(style) {
        out.push(format!("{name}: style: expected {}, got {}", show(&expect["style"]), show(style)));
    }
    for field in FIELDS {
        let want = nfc(&expect[*field]);
        let got = nfc(&rec[*field]);
        if want != got {
            out.push(format!("{name}: {field}: expected {}, got {}", show(&want), show(&got)));
        }
    }
    out
}

#[test]
fn held_out_documents_read_like_a_human_reads_them() {
    let mut mismatches = Vec::new();
    let mut checked = 0;
    for style in HELD_OUT_STYLES {
        let dir = folder(style);
        let cases = expectations(&dir);
        assert!(cases.len() >= MIN_DOCS, "{style} has only {} held-out documents", cases.len());
        let records = run_folder(style, &dir);
        for (name, text, expect) in cases {
            assert!(text.exists(), "{} has no text beside its expectation", text.display());
            match records.get(&name) {
                Some(rec) => mismatches.extend(compare(&format!("{style}/{name}"), &expect, rec)),
                None => mismatches.push(format!("{style}/{name}: no record written")),
            }
            checked += 1;
        }
    }
    assert!(checked >= MIN_DOCS * HELD_OUT_STYLES.len());
    assert!(mismatches.is_empty(), "{} mismatches:\n{}", mismatches.len(), mismatches.join("\n"));
}

#[test]
fn no_other_style_claims_a_held_out_document() {
    let plugins = vanban_cli::builtins::plugins();
    let mut wrong = Vec::new();
    for owner in HELD_OUT_STYLES {
        for (name, text, _) in expectations(&folder(owner)) {
            let content = std::fs::read_to_string(&text).unwrap_or_else(|e| panic!("{}: {e}", text.display()));
            let page = Page::from_text(text.display().to_string(), &content);
            for plugin in &plugins {
                let plugin_name = plugin.info().name;
                if plugin_name == *owner || !ALL_STYLES.contains(&plugin_name.as_str()) {
                    continue;
                }
                let claim = plugin.detect(&page);
                if claim.score >= THRESHOLD {
                    wrong.push(format!("{owner}/{name}: claimed by {plugin_name} ({:.2}: {:?})", claim.score, claim.reasons));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

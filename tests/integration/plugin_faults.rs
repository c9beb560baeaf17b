//! Plugins that misbehave: a fault fails the document it happened on (with the plugin's
//! name in the reason), never the run; a library that is not a plugin of this ABI is
//! refused before the run with exit 2 and a message naming the file.

use crate::hostile::summary_counts;
use crate::support::{build_cdylib, read_jsonl, root, temp_dir, vanban_bin};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The plugin of `tests/fixtures/faulty-plugin`, built once.
pub fn faulty_plugin() -> PathBuf {
    static LIB: OnceLock<PathBuf> = OnceLock::new();
    LIB.get_or_init(|| build_cdylib("tests/fixtures/faulty-plugin/Cargo.toml", "vanban_faulty_plugin")).clone()
}

/// The hand-written plugin of `tests/fixtures/raw-plugin`, built once.
fn raw_plugin() -> PathBuf {
    static LIB: OnceLock<PathBuf> = OnceLock::new();
    LIB.get_or_init(|| build_cdylib("tests/fixtures/raw-plugin/Cargo.toml", "vanban_raw_plugin")).clone()
}

/// A short report with invented content and the given marker line.
pub fn doc_with_marker(marker: &str, n: usize) -> String {
    format!(
        "Báo cáo số {n} của trạm y tế xã Phước Lâm\n\n{marker}\n\nTrong tuần ghi nhận {} ca tiêu chảy cấp, giảm so với tuần trước.\n",
        n % 17 + 3
    )
}

/// The default pipeline with `stage_timeout_ms` set, written to `dir/pipeline.toml`.
pub fn pipeline_with_timeout(dir: &Path, timeout_ms: u64) -> PathBuf {
    let text = vanban_core::DEFAULT_PIPELINE.replace("stage_timeout_ms = 60000", &format!("stage_timeout_ms = {timeout_ms}"));
    assert!(text.contains(&format!("stage_timeout_ms = {timeout_ms}")), "the default pipeline changed shape");
    let path = dir.join("pipeline.toml");
    std::fs::write(&path, text).expect("write pipeline");
    path
}

fn run_with(plugin: &Path, inputs: &Path, out: &Path, config: Option<&Path>, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(vanban_bin());
    cmd.args(["run", "--out"]).arg(out).arg("--load").arg(plugin).arg(inputs);
    if let Some(c) = config {
        cmd.arg("--config").arg(c);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("vanban runs")
}

/// Writes `docs` as `NN.txt` files into a fresh folder.
fn write_docs(base: &Path, docs: &[String]) -> PathBuf {
    let dir = base.join("in");
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (i, d) in docs.iter().enumerate() {
        std::fs::write(dir.join(format!("{i:04}.txt")), d).expect("write doc");
    }
    dir
}

/// The error line for the input file `name`.
fn error_for<'a>(errors: &'a [serde_json::Value], name: &str) -> Option<&'a serde_json::Value> {
    errors.iter().find(|e| e["path"].as_str().is_some_and(|p| p.ends_with(name)))
}

/// One document asks for `marker`, one is healthy: the first fails in `stage` with a reason
/// that names the plugin and contains `expect`, the second is written, the run exits 1.
fn one_bad_one_good(plugin: &Path, marker: &str, stage: &str, expect: &str) {
    let base = temp_dir(&format!("fault-{}", marker.replace([' ', ':'], "-")));
    let clean_marker = if marker.starts_with("RAW") { "RAW: fine" } else { "FAULT: ok" };
    let inputs = write_docs(&base, &[doc_with_marker(marker, 1), doc_with_marker(clean_marker, 2)]);
    let out = base.join("out");
    let output = run_with(plugin, &inputs, &out, None, &[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "stderr:\n{stderr}");
    let errors = read_jsonl(&out.join("errors.jsonl"));
    let records = read_jsonl(&out.join("documents.jsonl"));
    assert_eq!((records.len(), errors.len()), (1, 1), "stderr:\n{stderr}");
    let e = error_for(&errors, "0000.txt").unwrap_or_else(|| panic!("no error for the faulty document: {errors:?}"));
    let reason = e["reason"].as_str().unwrap_or_default();
    let name = if marker.starts_with("RAW") { "raw" } else { "faulty" };
    assert!(reason.contains(&format!("plugin {name}")), "reason does not name the plugin: {reason}");
    assert!(reason.contains(expect), "reason {reason:?} does not say {expect:?}");
    assert_eq!(e["stage"], stage);
    assert!(records[0]["source"]["path"].as_str().is_some_and(|p| p.ends_with("0001.txt")));
    let _ = std::fs::remove_dir_all(&base);
}

/// One test per fault: `name: plugin, marker => stage, what the reason says`.
macro_rules! one_bad_one_good_tests {
    ($($name:ident: $plugin:ident, $marker:literal => $stage:literal, $expect:literal;)*) => {
        $(
            #[test]
            fn $name() {
                one_bad_one_good(&$plugin(), $marker, $stage, $expect);
            }
        )*
    };
}

one_bad_one_good_tests! {
    a_panicking_plugin_fails_only_that_document: faulty_plugin, "FAULT: panic" => "strip", "panicked";
    a_plugin_error_fails_only_that_document: faulty_plugin, "FAULT: error" => "strip", "refuses this page";
    a_wrong_label_count_is_refused: faulty_plugin, "FAULT: labels" => "strip", "labels for a page of";
    invalid_utf8_from_a_plugin_is_refused: raw_plugin, "RAW: bad-utf8" => "strip", "not UTF-8";
    invalid_json_from_a_plugin_is_refused: raw_plugin, "RAW: bad-json" => "strip", "malformed";
    an_unknown_status_from_a_plugin_is_refused: raw_plugin, "RAW: bad-status" => "strip", "unknown status";
    a_panic_in_a_plugins_extract_fails_only_that_document: faulty_plugin, "FAULT: extract-panic" => "extract", "panicked";
}

#[test]
fn a_loaded_plugins_extract_changes_the_record_it_asks_to_and_leaves_the_others_whole() {
    let base = temp_dir("fault-extract");
    let inputs = write_docs(&base, &[doc_with_marker("FAULT: tag", 1), doc_with_marker("FAULT: ok", 2)]);
    let out = base.join("out");
    let output = run_with(&faulty_plugin(), &inputs, &out, None, &[]);
    assert_eq!(output.status.code(), Some(0), "stderr:\n{}", String::from_utf8_lossy(&output.stderr));
    let records = read_jsonl(&out.join("documents.jsonl"));
    let tagged = |r: &serde_json::Value| r["warnings"].as_array().is_some_and(|w| w.iter().any(|w| w == "tagged by the faulty plugin"));
    assert_eq!(records.iter().map(tagged).collect::<Vec<_>>(), [true, false]);
    for r in &records {
        // Both records went through the plugin, changed or not, and kept the core's findings.
        assert_eq!(r["source"]["style"], "faulty");
        assert!(r["indicators"].as_array().is_some_and(|i| !i.is_empty()), "{r}");
        assert!(r["body"].as_str().is_some_and(|b| b.contains("tiêu chảy")), "{r}");
    }
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn a_slow_plugin_hits_the_time_limit_and_the_run_ends_promptly() {
    let base = temp_dir("fault-slow");
    let inputs = write_docs(&base, &[doc_with_marker("FAULT: sleep 120000", 1), doc_with_marker("FAULT: ok", 2)]);
    // Loose enough for a healthy document in a debug build on a busy machine.
    let pipeline = pipeline_with_timeout(&base, 5000);
    let out = base.join("out");
    let started = Instant::now();
    let output = run_with(&faulty_plugin(), &inputs, &out, Some(&pipeline), &[]);
    let elapsed = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "stderr:\n{stderr}");
    assert!(elapsed < Duration::from_secs(60), "the run waited for the stuck plugin: {elapsed:?}");
    let errors = read_jsonl(&out.join("errors.jsonl"));
    let e = error_for(&errors, "0000.txt").unwrap_or_else(|| panic!("no timeout error: {errors:?}\n{stderr}"));
    assert_eq!(e["kind"], "timeout");
    assert_eq!(e["stage"], "strip");
    assert!(e["reason"].as_str().unwrap_or_default().contains("took longer than"), "{e}");
    assert_eq!(read_jsonl(&out.join("documents.jsonl")).len(), 1);
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn a_plugin_that_fails_every_document_is_reported_once_per_cause() {
    let base = temp_dir("fault-every");
    let n = 300;
    let docs: Vec<String> = (0..n).map(|i| doc_with_marker("FAULT: error", i)).collect();
    let inputs = write_docs(&base, &docs);
    let out = base.join("out");
    let output = run_with(&faulty_plugin(), &inputs, &out, None, &[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "stderr:\n{stderr}");
    assert_eq!(read_jsonl(&out.join("errors.jsonl")).len(), n);
    let counts = summary_counts(&stderr).expect("summary line");
    assert_eq!((counts.documents_in, counts.written, counts.failed), (n as u64, 0, n as u64));
    assert!(stderr.contains(&format!("failed in strip: plugin: {n}")), "no grouped count line:\n{stderr}");
    let mentions = stderr.matches("refuses this page").count();
    assert!(mentions <= 1, "the same cause was logged {mentions} times:\n{stderr}");
    assert!(stderr.lines().count() < 20, "stderr grows with the number of failures:\n{stderr}");
    let _ = std::fs::remove_dir_all(&base);
}

/// Runs `vanban run` with one library loaded and expects a refusal naming it.
fn refused(lib: &Path, env: &[(&str, &str)], expect: &str) {
    let base = temp_dir("refused");
    let inputs = write_docs(&base, &[doc_with_marker("FAULT: ok", 1)]);
    let output = run_with(lib, &inputs, &base.join("out"), None, env);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "stderr:\n{stderr}");
    assert!(stderr.contains(&lib.display().to_string()), "the message does not name {}:\n{stderr}", lib.display());
    assert!(stderr.contains(expect), "the message does not say {expect:?}:\n{stderr}");
    assert!(!base.join("out").join("documents.jsonl").exists(), "a refused run wrote output");
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn a_wrong_abi_version_is_refused() {
    refused(&raw_plugin(), &[("VANBAN_RAW_PLUGIN_ABI", "wrong")], "ABI version 999");
}

#[test]
fn a_plugin_of_an_sdk_that_knew_no_doc_pages_is_refused_at_load() {
    refused(&raw_plugin(), &[("VANBAN_RAW_PLUGIN_ABI", "old-sdk")], "built with SDK 0.1.0, this vanban has SDK 0.2.0");
}

#[test]
fn a_text_file_named_like_a_library_is_refused() {
    let dir = temp_dir("not-a-library");
    let fake = dir.join("libnot_a_plugin.so");
    std::fs::write(&fake, "Đây không phải là một thư viện.\n").expect("write");
    refused(&fake, &[], "not a loadable library");
}

#[test]
fn a_library_without_the_entry_point_is_refused() {
    refused(&library_without_entry(), &[], "vanban_plugin_entry");
}

/// A real shared library that is not a vanban plugin: the C maths library where the
/// usual places have it, else the Rust standard library of the toolchain.
fn library_without_entry() -> PathBuf {
    let candidates = ["/lib/x86_64-linux-gnu/libm.so.6", "/usr/lib/x86_64-linux-gnu/libm.so.6", "/lib64/libm.so.6", "/usr/lib64/libm.so.6", "/usr/lib/libm.so.6"];
    if let Some(found) = candidates.iter().map(PathBuf::from).find(|p| p.exists()) {
        return found;
    }
    let sysroot = Command::new("rustc").args(["--print", "sysroot"]).current_dir(root()).output().expect("rustc runs");
    let lib = PathBuf::from(String::from_utf8_lossy(&sysroot.stdout).trim()).join("lib");
    std::fs::read_dir(&lib)
        .expect("sysroot lib folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("libstd-") && n.ends_with(std::env::consts::DLL_SUFFIX)))
        .expect("a shared library to load")
}

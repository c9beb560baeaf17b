//! The benchmark corpus generator: same seed, same bytes; every style present; sizes near
//! the ~5 KB average the benchmark assumes.

use crate::support::{read_jsonl, temp_dir, vanban};
use std::collections::BTreeMap;
use std::path::Path;
use vanban_cli::cmd::synth::{write_corpus, STYLES};

/// Every file under `dir`, relative path → bytes, in sorted order.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for style in STYLES {
        for entry in std::fs::read_dir(dir.join(style)).expect("style folder exists") {
            let path = entry.expect("readable entry").path();
            let name = format!("{style}/{}", path.file_name().and_then(|n| n.to_str()).unwrap_or_default());
            files.insert(name, std::fs::read(&path).expect("readable file"));
        }
    }
    files
}

#[test]
fn same_seed_gives_the_same_bytes() {
    let (a, b) = (temp_dir("synth-a"), temp_dir("synth-b"));
    write_corpus(60, &a, 7).expect("corpus a");
    write_corpus(60, &b, 7).expect("corpus b");
    let (sa, sb) = (snapshot(&a), snapshot(&b));
    assert_eq!(sa.len(), 60);
    assert!(sa == sb, "two runs with the same seed differ");
}

#[test]
fn another_seed_gives_other_documents() {
    let (a, b) = (temp_dir("synth-seed-a"), temp_dir("synth-seed-b"));
    write_corpus(10, &a, 1).expect("corpus a");
    write_corpus(10, &b, 2).expect("corpus b");
    let (sa, sb) = (snapshot(&a), snapshot(&b));
    let same = sa.iter().filter(|(k, v)| sb.get(*k) == Some(*v)).count();
    assert_eq!(same, 0, "{same} documents identical across seeds");
}

#[test]
fn counts_and_sizes() {
    let dir = temp_dir("synth-sizes");
    let written = write_corpus(250, &dir, 3).expect("corpus");
    assert_eq!(written.documents, 250);
    let files = snapshot(&dir);
    assert_eq!(files.len(), 250);
    let total: usize = files.values().map(Vec::len).sum();
    assert_eq!(total as u64, written.bytes);
    let average = total / files.len();
    assert!((3_500..=7_000).contains(&average), "average {average} bytes, expected about 5 KB");
    for style in STYLES {
        let n = files.keys().filter(|k| k.starts_with(&format!("{style}/"))).count();
        assert_eq!(n, 50, "style {style} has {n} documents");
    }
    for (name, bytes) in &files {
        assert!(std::str::from_utf8(bytes).is_ok(), "{name} is not UTF-8");
        assert!(bytes.len() > 1_000, "{name} is only {} bytes", bytes.len());
    }
}

#[test]
fn each_style_has_its_marks() {
    let dir = temp_dir("synth-marks");
    write_corpus(5, &dir, 11).expect("corpus");
    let text = |style: &str| {
        let files = snapshot(&dir);
        let (_, bytes) = files.iter().find(|(k, _)| k.starts_with(&format!("{style}/"))).expect("one document per style");
        String::from_utf8(bytes.clone()).expect("UTF-8")
    };
    let news = text("newspaper");
    assert!(news.starts_with("Tag\n") && news.contains("\nĐọc thêm\n") && news.trim_end().ends_with("Xem thêm"));
    let admin = text("admin-doc");
    assert!(admin.contains("/TB-UBND") && admin.contains("THÔNG BÁO") && admin.contains("Nơi nhận:"));
    let portal = text("eportal");
    assert!(portal.contains("lượt truy cập") && portal.contains("Cơ quan chủ quản:"));
    let centre = text("health-centre");
    assert!(centre.lines().next().is_some_and(|l| l.trim().parse::<u32>().is_ok()), "health-centre starts with a counter");
    let dept = text("dept-news");
    assert!(dept.lines().last().is_some_and(|l| l.contains(" – ")), "dept-news ends with a two-name byline");
}

/// The same corpus written as PDF (both layouts: a text object a page with lines moved to,
/// and a text object a run placed on its line) reads back to the same records: only the
/// input's bytes, its path, the encoding and the format differ.
#[test]
fn a_pdf_corpus_gives_the_records_of_its_text_twin() {
    a_corpus_gives_the_records_of_its_text_twin("pdf", b"%PDF-", "pdf");
}

/// The same for a DOCX corpus (each paragraph in several runs).
#[test]
fn a_docx_corpus_gives_the_records_of_its_text_twin() {
    a_corpus_gives_the_records_of_its_text_twin("docx", b"PK\x03\x04", "utf-8");
}

/// Writes the corpus as text and as `format` (files starting with `magic`, read as
/// `encoding`), runs both and compares the records.
fn a_corpus_gives_the_records_of_its_text_twin(format: &str, magic: &[u8], encoding: &str) {
    let twins = Twins::run(&format!("synth-{format}"), "9", &["--format", format]);
    assert!(std::fs::read(twins.other_dir.join(format!("in/admin-doc/000002.{format}"))).expect("written").starts_with(magic));
    assert_eq!((twins.plain.len(), twins.other.len()), (10, 10));
    assert!(twins.other.iter().all(|((e, f), _)| e.as_ref().and_then(|e| e.as_str()) == Some(encoding) && f.as_ref().and_then(|f| f.as_str()) == Some(format)));
    twins.assert_same_records();
}

/// Hard-wrapped, as text and as a PDF's lines, the corpus reads back to the records of its
/// unwrapped twin: every wrap is joined back. Only where a paragraph's last line happens to
/// fill the width may it join the next, so the body and the stripped boilerplate are
/// compared word by word and the offsets into the body are left out.
#[test]
fn a_hard_wrapped_corpus_gives_the_records_of_its_twin() {
    for (name, form, file) in [
        ("synth-wrap", &["--wrap", "64"][..], "in/admin-doc/000002.txt"),
        ("synth-wrap-pdf", &["--wrap", "80", "--format", "pdf"][..], "in/admin-doc/000002.pdf"),
    ] {
        let twins = Twins::run(name, "4", form);
        assert_eq!((twins.plain.len(), twins.other.len()), (10, 10));
        if let Ok(text) = std::fs::read_to_string(twins.other_dir.join(file)) {
            assert!(text.lines().all(|l| l.chars().count() <= 64) && text.lines().count() > 40, "wrapped at 64:\n{text}");
        }
        for ((_, plain), (_, wrapped)) in twins.plain.iter().zip(&twins.other) {
            assert_eq!(paragraphs_apart(plain), paragraphs_apart(wrapped));
        }
    }
}

/// A record with the words of its body and stripped blocks run together, and the offsets
/// into the body left out.
fn paragraphs_apart(record: &serde_json::Value) -> serde_json::Value {
    let words = |text: &serde_json::Value| text.as_str().expect("text").split_whitespace().collect::<Vec<_>>().join(" ");
    let mut r = record.clone();
    r["body"] = words(&record["body"]).into();
    for block in r["stripped"].as_array_mut().expect("stripped") {
        block["text"] = words(&block["text"]).into();
    }
    for list in ["entities", "indicators"] {
        for item in r[list].as_array_mut().expect(list) {
            let item = item.as_object_mut().expect("object");
            item.remove("start");
            item.remove("end");
        }
    }
    r
}

/// Records with what a corpus's form may change taken out: (encoding, format) beside each.
type Stripped = Vec<((Option<serde_json::Value>, Option<serde_json::Value>), serde_json::Value)>;

/// Ten documents of a seed, written by `vanban synth` plainly and with other flags, each run
/// through the default pipeline.
struct Twins {
    other_dir: std::path::PathBuf,
    plain: Stripped,
    other: Stripped,
}

impl Twins {
    fn run(name: &str, seed: &str, form: &[&str]) -> Twins {
        let (plain_dir, other_dir) = (temp_dir(&format!("{name}-plain")), temp_dir(name));
        for (dir, form) in [(&plain_dir, &[][..]), (&other_dir, form)] {
            let corpus = dir.join("in");
            let mut args = vec!["synth", "--docs", "10", "--seed", seed, "--out", corpus.to_str().unwrap(), "-q"];
            args.extend_from_slice(form);
            let out = vanban(&args);
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            let out = vanban(&["run", corpus.to_str().unwrap(), "--out", dir.join("out").to_str().unwrap(), "-q"]);
            assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        }
        let strip = |mut r: serde_json::Value| {
            let source = r["source"].as_object_mut().expect("source");
            let kind = (source.remove("encoding"), source.remove("format"));
            source.remove("path");
            r.as_object_mut().expect("record").remove("id");
            (kind, r)
        };
        let read = |dir: &std::path::Path| read_jsonl(&dir.join("out/documents.jsonl")).into_iter().map(strip).collect();
        Twins { plain: read(&plain_dir), other: read(&other_dir), other_dir }
    }

    fn assert_same_records(&self) {
        for ((_, a), (_, b)) in self.plain.iter().zip(&self.other) {
            assert_eq!(a, b);
        }
    }
}

#[test]
fn a_pdf_corpus_is_unicode_only() {
    let out = vanban(&["synth", "--docs", "1", "--format", "pdf", "--encoding", "windows-1258", "--out", temp_dir("synth-pdf-1258").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format pdf"));
}

/// The same corpus written in Windows-1258 reads back to the same records: only the input's
/// bytes (its id), its path and the encoding found differ.
#[test]
fn a_windows_1258_corpus_gives_the_records_of_its_utf8_twin() {
    a_legacy_corpus_gives_the_records_of_its_utf8_twin("windows-1258");
}

/// The same in VNI-Windows, where a vowel's marks follow it as letters of Windows-1252.
#[test]
fn a_vni_corpus_gives_the_records_of_its_utf8_twin() {
    a_legacy_corpus_gives_the_records_of_its_utf8_twin("vni");
}

/// The same in TCVN3, which has no dashes or bullets: `vanban synth` writes them as
/// hyphens, which the records then hold too.
#[test]
fn a_tcvn3_corpus_gives_the_records_of_its_utf8_twin() {
    a_legacy_corpus_gives_the_records_of_its_utf8_twin("tcvn3");
}

fn a_legacy_corpus_gives_the_records_of_its_utf8_twin(encoding: &str) {
    let mut twins = Twins::run(&format!("synth-enc-{encoding}"), "5", &["--encoding", encoding]);
    let legacy_bytes = std::fs::read(twins.other_dir.join("in/admin-doc/000002.txt")).expect("written");
    assert!(std::str::from_utf8(&legacy_bytes).is_err(), "a {encoding} file of Vietnamese is not UTF-8");
    assert_eq!(twins.plain.len(), 10);
    assert!(twins.plain.iter().all(|((e, _), _)| e.as_ref().and_then(|e| e.as_str()) == Some("utf-8")));
    assert!(
        twins.other.iter().all(|((e, f), _)| e.as_ref().and_then(|e| e.as_str()) == Some(encoding) && f.as_ref().and_then(|f| f.as_str()) == Some("text")),
        "{:?}",
        twins.other.iter().map(|((e, _), _)| e).collect::<Vec<_>>()
    );
    if encoding == "tcvn3" {
        // Char for char, so that no offset moves.
        let hyphens = twins.plain.iter().map(|(_, r)| r.to_string()).filter(|r| r.contains(['–', '•'])).count();
        assert!(hyphens > 0, "the corpus has dashes or bullets to write plain");
        // Both sides: the subjects of figures join a disease with a dash of their own.
        twins.plain.iter_mut().chain(twins.other.iter_mut()).for_each(|(_, r)| hyphenate(r));
    }
    twins.assert_same_records();
}

/// Dashes and bullets in every string of a record as hyphens.
fn hyphenate(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::String(s) => *s = s.replace(['–', '—', '•'], "-"),
        serde_json::Value::Array(items) => items.iter_mut().for_each(hyphenate),
        serde_json::Value::Object(map) => map.values_mut().for_each(hyphenate),
        _ => {}
    }
}

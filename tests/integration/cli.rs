//! The CLI as a user runs it: outputs, exit codes, config errors, determinism.

use crate::support::{read_jsonl, root, temp_dir, vanban};

const SCHEMA_FIELDS: &[&str] = &[
    "id", "source", "title", "published", "event_date", "authors", "captions", "body", "entities", "people",
    "indicators", "directives", "document", "stripped", "warnings",
];

fn examples() -> String {
    root().join("examples/documents").display().to_string()
}

#[test]
fn run_writes_one_record_per_document_with_every_schema_field() {
    let out = temp_dir("cli-run");
    let r = vanban(&["run", &examples(), "--out", out.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    let records = read_jsonl(&out.join("documents.jsonl"));
    let inputs = std::fs::read_dir(root().join("examples/documents")).unwrap().count();
    assert_eq!(records.len(), inputs);
    for rec in &records {
        for f in SCHEMA_FIELDS {
            assert!(rec.get(*f).is_some(), "field {f} missing in {rec}");
        }
        for f in ["path", "portal", "style", "encoding"] {
            assert!(rec["source"].get(f).is_some(), "source.{f} missing");
        }
    }
    let summary = String::from_utf8_lossy(&r.stderr);
    assert!(summary.contains(&format!("{inputs} documents in, {inputs} written, 0 failed")), "{summary}");
}

#[test]
fn an_output_folder_inside_the_input_folder_is_not_read_again() {
    let dir = temp_dir("cli-out-inside");
    for entry in std::fs::read_dir(root().join("examples/documents")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    let inputs = std::fs::read_dir(&dir).unwrap().count();
    // Named as the input's folder joined with it, and by a path of its own.
    for out in [dir.join("out"), dir.join("./out/")] {
        for _ in 0..2 {
            let r = vanban(&["run", dir.to_str().unwrap(), "--out", out.to_str().unwrap(), "-q"]);
            assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
            assert_eq!(read_jsonl(&out.join("documents.jsonl")).len(), inputs);
        }
    }
    // A file of the output folder named on the command line is read as asked.
    let report = dir.join("out/report.html");
    let r = vanban(&["run", report.to_str().unwrap(), "--out", dir.join("out2").to_str().unwrap(), "-q"]);
    assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    assert_eq!(read_jsonl(&dir.join("out2/documents.jsonl")).len(), 1);
}

#[test]
fn files_of_other_types_in_a_folder_are_counted_in_the_summary_and_hidden_ones_passed_over() {
    let dir = temp_dir("cli-skipped");
    let input = dir.join("in");
    for name in ["a.txt", "b.xls", "sub/c.XLS", "sub/d.xlsx", "notes", ".hidden.txt", ".git/config", ".git/e.txt"] {
        let path = input.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, "Sở Y tế tỉnh tổ chức hội nghị tổng kết công tác y tế năm.").unwrap();
    }
    // A page a crawler saved under its address's ending is read, as HTML.
    for name in ["sub/chi-tiet.aspx", "sub/index.php?id=7"] {
        std::fs::write(input.join(name), "<html><body><p>Trung tâm Y tế huyện tổ chức tập huấn.</p></body></html>").unwrap();
    }
    let (out, stats) = (dir.join("out"), dir.join("stats.json"));
    let r = vanban(&["run", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--stats", stats.to_str().unwrap()]);
    let summary = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(0), "{summary}");
    assert!(summary.contains("3 documents in, 3 written, 0 failed"), "{summary}");
    let records = std::fs::read_to_string(out.join("documents.jsonl")).unwrap();
    for name in ["chi-tiet.aspx", "index.php?id=7"] {
        assert!(records.lines().any(|l| l.contains(name) && l.contains("\"format\":\"html\"")), "{name}: {records}");
    }
    assert!(summary.contains("skipped in folders, not a document type: 2 .xls, 1 (no ending), 1 .xlsx"), "{summary}");
    let stats: serde_json::Value = serde_json::from_slice(&std::fs::read(&stats).unwrap()).unwrap();
    assert_eq!(stats["skipped"], serde_json::json!({".xls": 2, ".xlsx": 1, "(no ending)": 1}));
}

#[test]
fn output_is_the_same_bytes_whatever_the_worker_count() {
    let (a, b, c) = (temp_dir("det-1"), temp_dir("det-4"), temp_dir("det-4b"));
    for (dir, workers) in [(&a, "1"), (&b, "4"), (&c, "4")] {
        let r = vanban(&["run", &examples(), "--out", dir.to_str().unwrap(), "--workers", workers, "-q"]);
        assert_eq!(r.status.code(), Some(0));
    }
    let read = |d: &std::path::Path| std::fs::read(d.join("documents.jsonl")).unwrap();
    assert_eq!(read(&a), read(&b));
    assert_eq!(read(&b), read(&c));
}

#[test]
fn an_unknown_stage_type_or_key_is_refused_with_its_line() {
    let dir = temp_dir("cli-config");
    let bad_type = dir.join("bad-type.toml");
    std::fs::write(&bad_type, "[[stages]]\ntype = \"files\"\n\n[[stages]]\ntype = \"tokenise\"\n").unwrap();
    let bad_key = dir.join("bad-key.toml");
    std::fs::write(&bad_key, "[[stages]]\ntype = \"files\"\n\n[[stages]]\ntype = \"jsonl\"\npath = \"a.jsonl\"\ncompress = true\n").unwrap();
    for (file, needle, line) in [(&bad_type, "tokenise", 4), (&bad_key, "compress", 7)] {
        for args in [vec!["check", file.to_str().unwrap()], vec!["run", "-", "--config", file.to_str().unwrap(), "--out", dir.to_str().unwrap()]] {
            let r = vanban(&args);
            assert_eq!(r.status.code(), Some(2));
            let err = String::from_utf8_lossy(&r.stderr);
            assert!(err.contains(&format!("{}:{line}:", file.display())), "{err}");
            assert!(err.contains(needle), "{err}");
        }
    }
}

#[test]
fn check_accepts_the_default_pipeline_and_stages_lists_every_builtin() {
    let dir = temp_dir("cli-check");
    let file = dir.join("default.toml");
    std::fs::write(&file, vanban_core::DEFAULT_PIPELINE).unwrap();
    let r = vanban(&["check", file.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    let r = vanban(&["stages", "--json"]);
    let list: Vec<serde_json::Value> = serde_json::from_slice(&r.stdout).unwrap();
    for name in ["files", "decode", "clean", "detect", "strip", "extract", "jsonl"] {
        assert!(list.iter().any(|s| s["type"] == name), "{name} not listed");
    }
}

#[test]
fn stdin_is_read_as_one_document() {
    use std::io::Write;
    let out = temp_dir("cli-stdin");
    let mut child = std::process::Command::new(crate::support::vanban_bin())
        .args(["run", "-", "--out", out.to_str().unwrap(), "-q"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all("Trạm y tế xã tổ chức khám cho người cao tuổi.\n".as_bytes()).unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(0));
    let recs = read_jsonl(&out.join("documents.jsonl"));
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["source"]["path"], "-");
}

#[test]
fn a_failed_document_is_a_line_in_errors_and_exit_code_one() {
    let dir = temp_dir("cli-fail");
    std::fs::write(dir.join("good.txt"), "Bệnh viện huyện tiếp nhận 40 người bệnh.\n").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    let out = dir.join("out");
    let r = vanban(&["run", dir.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(1));
    assert_eq!(read_jsonl(&out.join("documents.jsonl")).len(), 1);
    let errors = read_jsonl(&out.join("errors.jsonl"));
    assert_eq!(errors.len(), 1);
    assert!(errors[0]["path"].as_str().unwrap().ends_with("empty.txt"));
    assert!(errors[0]["reason"].as_str().unwrap().contains("empty"));
}

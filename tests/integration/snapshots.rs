//! Data-driven tests: every document in `examples/documents/` runs through the default
//! pipeline, and its record must equal `tests/snapshots/<file>.json`.
//!
//! After a deliberate change, regenerate with `UPDATE_SNAPSHOTS=1 cargo test snapshots`
//! and read the diff before committing it.

use crate::support::{read_jsonl, root, temp_dir, vanban};

#[test]
fn example_records_match_their_snapshots() {
    let out = temp_dir("snapshots");
    let r = vanban(&["run", root().join("examples/documents").to_str().unwrap(), "--out", out.to_str().unwrap(), "-q", "--workers", "2"]);
    assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut mismatched = Vec::new();
    for rec in read_jsonl(&out.join("documents.jsonl")) {
        let path = rec["source"]["path"].as_str().unwrap().to_string();
        let name = std::path::Path::new(&path).file_name().unwrap().to_string_lossy().into_owned();
        let snap = root().join("tests/snapshots").join(format!("{name}.json"));
        // The path depends on where the repository is; the rest must not.
        let mut rec = rec;
        rec["source"]["path"] = serde_json::Value::String(format!("examples/documents/{name}"));
        let actual = serde_json::to_string_pretty(&rec).unwrap() + "\n";
        if update {
            std::fs::write(&snap, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&snap).unwrap_or_default();
        if expected != actual {
            mismatched.push(format!("{name}: differs from {} (UPDATE_SNAPSHOTS=1 to regenerate)", snap.display()));
        }
    }
    assert!(mismatched.is_empty(), "{}", mismatched.join("\n"));
}

//! The plugin boundary: plugins built as shared libraries, loaded at run time, giving the
//! same records as their built-in twins; listing; the template and `new-plugin`.

use crate::support::{build_cdylib, read_jsonl, root, temp_dir, vanban};
use std::path::PathBuf;

fn template_so() -> PathBuf {
    build_cdylib("plugin-template/Cargo.toml", "vanban_plugin_template")
}

fn examples() -> String {
    root().join("examples/documents").display().to_string()
}

#[test]
fn plugins_lists_a_loaded_template_beside_the_builtins() {
    let so = template_so();
    let out = vanban(&["plugins", "--load", so.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let list: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let builtin = list.iter().filter(|p| p["origin"] == "builtin").count();
    assert!(builtin >= 6, "{list:?}");
    let template = list.iter().find(|p| p["name"] == "template").expect("template listed");
    assert_eq!(template["origin"], so.display().to_string());
    assert!(template["provides"].as_array().unwrap().iter().any(|p| p == "strip"));
}

#[test]
fn dynamic_plugins_give_the_same_records_as_their_builtin_twins() {
    // All six, so that every page crosses the boundary for every claim and its stripping,
    // HTML pages (containers, metadata) included.
    let names = ["admin-doc", "dept-news", "eportal", "generic", "health-centre", "newspaper"];
    let libs: Vec<PathBuf> =
        names.iter().map(|n| build_cdylib(&format!("plugins/{n}/Cargo.toml"), &format!("vanban_plugin_{}", n.replace('-', "_")))).collect();
    let html = root().join("tests/fixtures/html").display().to_string();
    let (a, b) = (temp_dir("twin-builtin"), temp_dir("twin-dynamic"));
    let run1 = vanban(&["run", &examples(), &html, "--out", a.to_str().unwrap(), "-q"]);
    let mut args = vec!["run".to_string(), examples(), html, "--out".into(), b.display().to_string(), "-v".into()];
    for lib in &libs {
        args.extend(["--load".to_string(), lib.display().to_string()]);
    }
    let run2 = vanban(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(run1.status.code(), run2.status.code());
    let log = String::from_utf8_lossy(&run2.stderr);
    assert_eq!(log.matches("plugin replaces one of the same name").count(), names.len(), "not every built-in was replaced: {log}");
    let (r1, r2) = (read_jsonl(&a.join("documents.jsonl")), read_jsonl(&b.join("documents.jsonl")));
    let styles: std::collections::BTreeSet<_> = r1.iter().filter_map(|r| r["source"]["style"].as_str()).collect();
    assert!(styles.len() >= 5 && styles.contains("generic"), "too few styles to compare: {styles:?}");
    assert_eq!(r1, r2);
}

#[test]
fn the_template_strips_its_own_pages_when_loaded() {
    let so = template_so();
    let dir = temp_dir("template-run");
    let doc = dir.join("bulletin.txt");
    std::fs::write(&doc, "BẢN TIN Y TẾ\nKhám sàng lọc tại xã Đồi Mây\nChia sẻ\nTrạm y tế khám cho 64 người cao tuổi.\nNguồn: Ban biên tập\n").unwrap();
    let out = dir.join("out");
    let r = vanban(&["run", doc.to_str().unwrap(), "--out", out.to_str().unwrap(), "--load", so.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    let rec = &read_jsonl(&out.join("documents.jsonl"))[0];
    assert_eq!(rec["source"]["style"], "template");
    assert_eq!(rec["title"], "Khám sàng lọc tại xã Đồi Mây");
    assert_eq!(rec["body"], "Trạm y tế khám cho 64 người cao tuổi.");
    assert_eq!(rec["stripped"].as_array().unwrap().iter().filter(|s| s["by"] == "template").count(), 4);
}

#[test]
fn a_missing_file_and_a_file_that_is_not_a_plugin_are_refused_by_name() {
    let dir = temp_dir("not-a-plugin");
    let fake = dir.join("libfake.so");
    std::fs::write(&fake, "this is text, not a library").unwrap();
    for path in [fake.clone(), dir.join("missing.so")] {
        let out = vanban(&["plugins", "--load", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(path.to_str().unwrap()), "{err}");
        assert!(err.contains("no such file") || err.contains("not a loadable library"), "{err}");
    }
}

#[test]
fn new_plugin_writes_a_crate_that_builds_and_loads() {
    let dir = temp_dir("new-plugin");
    let crate_dir = dir.join("vanban-plugin-clinic-news");
    let out = vanban(&["new-plugin", "clinic-news", "--dir", crate_dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let manifest = crate_dir.join("Cargo.toml");
    let lib = std::fs::read_to_string(crate_dir.join("src/lib.rs")).unwrap();
    assert!(lib.contains("struct ClinicNews") && lib.contains("\"clinic-news\""));
    let so = build_cdylib(manifest.to_str().unwrap(), "vanban_plugin_clinic_news");
    let listed = vanban(&["plugins", "--load", so.to_str().unwrap(), "--json"]);
    let list: Vec<serde_json::Value> = serde_json::from_slice(&listed.stdout).unwrap();
    assert!(list.iter().any(|p| p["name"] == "clinic-news"), "{list:?}");
}

#[test]
fn plugins_in_a_vanban_plugin_path_folder_are_loaded() {
    let so = template_so();
    let dir = temp_dir("plugin-path");
    let copy = dir.join(so.file_name().unwrap());
    std::fs::copy(&so, &copy).unwrap();
    let out = std::process::Command::new(crate::support::vanban_bin())
        .args(["plugins", "--json"])
        .env("VANBAN_PLUGIN_PATH", &dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let list: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let t = list.iter().find(|p| p["name"] == "template").expect("template loaded from VANBAN_PLUGIN_PATH");
    assert_eq!(t["origin"], copy.display().to_string());
}

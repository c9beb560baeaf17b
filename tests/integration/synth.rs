//! The benchmark corpus generator: same seed, same bytes; every style present; sizes near
//! the ~5 KB average the benchmark assumes.

use crate::support::temp_dir;
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

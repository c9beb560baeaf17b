//! Acceptance over the real seed documents in `../shared/seeds`, scored by
//! `../shared/eval/score.py` against `../shared/gold`; skipped when that folder is absent.

use crate::support::{root, temp_dir, vanban};

/// Totals the default pipeline must reach on the seeds: the bars of issues 2, 5 and 6.
const REQUIRE: &[&str] = &[
    // Issue 5: the article, and nothing but the article, with its page metadata.
    "body_f1=0.98",
    "body_violations=0",
    "title_ok=1",
    "authors_ok=1",
    "published_ok=1",
    "document_fields=1",
    // Issue 6: entities, figures and tasks.
    "persons_f1=0.95",
    "dates_f1=0.95",
    "periods_r=0.9",
    "orgs_r=0.9",
    "locations_r=0.9",
    "diseases_r=0.9",
    "indicators_r=0.9",
    "indicator_units=0.9",
    "indicator_changes=0.9",
    "indicator_unfounded=0",
    "extract_violations=0",
    "directives_r=1",
    "offset_errors=0",
    "missing_records=0",
];

#[test]
fn seeds_score_at_least_the_required_totals() {
    let shared = root().join("..").join("shared");
    if !shared.join("seeds").is_dir() {
        eprintln!("skipped: {} not found", shared.join("seeds").display());
        return;
    }
    let out = temp_dir("acceptance");
    let r = vanban(&["run", shared.join("seeds").to_str().unwrap(), "--out", out.to_str().unwrap(), "-q"]);
    assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    let mut cmd = std::process::Command::new("python3");
    cmd.arg(shared.join("eval/score.py"))
        .args(["--gold", shared.join("gold").to_str().unwrap(), "--out", out.join("documents.jsonl").to_str().unwrap(), "--require"])
        .args(REQUIRE);
    let s = cmd.output().expect("python3 runs");
    let report = String::from_utf8_lossy(&s.stdout);
    assert!(s.status.success(), "score.py:\n{report}");
}

//! Acceptance over the real seed documents in `../shared/seeds`, scored by
//! `../shared/eval/score.py` against `../shared/gold`; skipped when that folder is absent.

use crate::support::{root, temp_dir, vanban};

/// Totals the default pipeline must reach on the seeds.
const REQUIRE: &[&str] = &["body_violations=0", "offset_errors=0", "missing_records=0"];

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

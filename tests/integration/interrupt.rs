//! Interrupted runs: Ctrl-C finishes what is in flight and commits whole files (exit 130);
//! a run killed outright leaves the previous outputs as they were.

use crate::hostile::summary_counts;
use crate::plugin_faults::{doc_with_marker, faulty_plugin};
use crate::support::{read_jsonl, temp_dir, vanban_bin};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// `n` documents that each make the faulty plugin wait `ms` milliseconds in strip.
fn slow_folder(base: &Path, n: usize, ms: u64) -> PathBuf {
    let dir = base.join("in");
    std::fs::create_dir_all(&dir).expect("mkdir");
    for i in 0..n {
        std::fs::write(dir.join(format!("{i:05}.txt")), doc_with_marker(&format!("FAULT: sleep {ms}"), i)).expect("write");
    }
    dir
}

fn start(inputs: &Path, out: &Path) -> Child {
    Command::new(vanban_bin())
        .args(["run", "--workers", "2", "--out"])
        .arg(out)
        .arg("--load")
        .arg(faulty_plugin())
        .arg(inputs)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("vanban starts")
}

/// Waits until the run has created its temporary output (so its Ctrl-C handler is set and
/// documents are flowing), then a little longer.
fn wait_until_running(out: &Path, child: &mut Child) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let partial = std::fs::read_dir(out)
            .map(|d| d.filter_map(|e| e.ok()).any(|e| e.file_name().to_string_lossy().ends_with(".partial")))
            .unwrap_or(false);
        if partial {
            break;
        }
        assert!(child.try_wait().expect("wait").is_none(), "vanban ended before it was interrupted");
        assert!(Instant::now() < deadline, "vanban never started writing");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(1000));
}

fn signal(child: &Child, sig: &str) {
    let status = Command::new("kill").args([sig, &child.id().to_string()]).status().expect("kill runs");
    assert!(status.success(), "kill {sig} failed");
}

#[cfg(unix)]
#[test]
fn ctrl_c_finishes_in_flight_documents_and_commits_whole_files() {
    let base = temp_dir("interrupt");
    let n = 3000;
    let inputs = slow_folder(&base, n, 20);
    let out = base.join("out");
    std::fs::create_dir_all(&out).expect("mkdir");
    let mut child = start(&inputs, &out);
    wait_until_running(&out, &mut child);
    signal(&child, "-INT");
    let output = child.wait_with_output().expect("vanban ends");
    let stderr = String::from_utf8_lossy(&output.stderr);

    assert_eq!(output.status.code(), Some(130), "stderr:\n{stderr}");
    let summary_line = stderr.lines().find(|l| l.starts_with("vanban: ")).unwrap_or_default();
    assert!(summary_line.contains("interrupted"), "summary does not say interrupted:\n{stderr}");
    let counts = summary_counts(&stderr).unwrap_or_else(|| panic!("no summary:\n{stderr}"));
    assert_eq!(counts.written + counts.failed, counts.documents_in, "{summary_line}");
    assert!(counts.documents_in < n as u64, "the run was not interrupted: {summary_line}");

    // Every line is whole JSON (read_jsonl fails on a cut line), and the counts match.
    let text = std::fs::read_to_string(out.join("documents.jsonl")).expect("documents.jsonl was committed");
    assert!(text.is_empty() || text.ends_with('\n'), "the last line is cut");
    assert_eq!(read_jsonl(&out.join("documents.jsonl")).len() as u64, counts.written);
    assert_eq!(read_jsonl(&out.join("errors.jsonl")).len() as u64, counts.failed);
    assert_no_partial_files(&out);
    let _ = std::fs::remove_dir_all(&base);
}

#[cfg(unix)]
#[test]
fn a_killed_run_leaves_the_previous_outputs_intact() {
    let base = temp_dir("killed");
    let inputs = slow_folder(&base, 400, 20);
    let out = base.join("out");
    let first = Command::new(vanban_bin())
        .args(["run", "--workers", "2", "--out"])
        .arg(&out)
        .arg("--load")
        .arg(faulty_plugin())
        .arg(&inputs)
        .output()
        .expect("vanban runs");
    assert_eq!(first.status.code(), Some(0), "{}", String::from_utf8_lossy(&first.stderr));
    let before = final_files(&out);
    assert!(before.iter().any(|(name, _)| name == "documents.jsonl") && before.iter().any(|(name, _)| name == "errors.jsonl"));
    assert_eq!(read_jsonl(&out.join("documents.jsonl")).len(), 400);

    // The same run again, into the same folder, killed with no chance to clean up.
    std::fs::write(inputs.join("extra.txt"), doc_with_marker("FAULT: ok", 9999)).expect("write");
    let mut child = start(&inputs, &out);
    wait_until_running(&out, &mut child);
    signal(&child, "-KILL");
    let status = child.wait().expect("vanban ends");
    assert_eq!(status.code(), None, "vanban ended by itself before the kill");

    // The database is updated in place: SQLite's journal beside it puts back what the
    // killed run wrote into it, the first time the file is opened for writing. (A journal
    // that holds nothing to put back may stay until the next write.)
    rusqlite::Connection::open(out.join("vanban.db"))
        .and_then(|db| db.query_row("SELECT count(*) FROM documents", [], |r| r.get::<_, i64>(0)))
        .expect("the database opens");
    let mut after = final_files(&out);
    after.retain(|(name, _)| name != "vanban.db-journal");
    // Every output of the first run is byte for byte as it was, and nothing new appeared
    // under a final name: what the killed run left behind is hidden and marked partial.
    assert_eq!(after, before, "the killed run changed the previous outputs");
    for entry in std::fs::read_dir(&out).expect("out dir").filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        // SQLite keeps its rollback journal beside the partial database: partial too.
        let partial = name.ends_with(".partial") || name.ends_with(".partial-journal");
        assert!(!name.starts_with('.') || partial, "unexpected hidden file in the output: {name}");
    }
    let _ = std::fs::remove_dir_all(&base);
}

/// The files under `out` whose names are final (not hidden), folders walked, with their
/// bytes, sorted by relative path.
fn final_files(out: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    collect_files(out, "", &mut files);
    files.sort();
    files
}

fn collect_files(dir: &Path, prefix: &str, files: &mut Vec<(String, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).expect("read folder").filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let rel = format!("{prefix}{name}");
        if entry.path().is_dir() {
            collect_files(&entry.path(), &format!("{rel}/"), files);
        } else {
            files.push((rel, std::fs::read(entry.path()).expect("read output")));
        }
    }
}

fn assert_no_partial_files(out: &Path) {
    let left: Vec<String> = std::fs::read_dir(out)
        .expect("out dir")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".partial"))
        .collect();
    assert!(left.is_empty(), "temporary files left after a clean stop: {left:?}");
}

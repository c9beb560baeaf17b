//! Clears temporary outputs left by runs that were killed before they could clean up
//! (`.NAME.PID.partial` beside the target, whose process is gone), so that a corpus that is
//! re-run after a crash does not pile up copies of a large database.

use std::path::Path;

/// Removes `.NAME.PID.partial` files and folders beside `target` whose process has ended.
///
/// Only where `/proc` tells which processes are alive; elsewhere nothing is removed, since a
/// concurrent run's files must never be taken away.
pub fn remove_stale(target: &Path) {
    let proc_fs = Path::new("/proc/self");
    if !proc_fs.exists() {
        return;
    }
    let (Some(dir), Some(name)) = (target.parent(), target.file_name().and_then(|n| n.to_str())) else { return };
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = file_name.to_str().and_then(|n| n.strip_prefix(&prefix)).and_then(|rest| rest.strip_suffix(".partial")) else {
            continue;
        };
        if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) || Path::new("/proc").join(pid).exists() {
            continue;
        }
        let path = entry.path();
        let _ = if path.is_dir() { std::fs::remove_dir_all(&path) } else { std::fs::remove_file(&path) };
        let mut journal = path.into_os_string();
        journal.push("-journal");
        let _ = std::fs::remove_file(journal);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::sinks::test_docs::scratch_dir;

    #[test]
    fn removes_only_the_files_of_ended_runs() {
        if !Path::new("/proc/self").exists() {
            return;
        }
        let dir = scratch_dir("stale");
        let target = dir.join("vanban.db");
        // No process has this id: Linux's largest pid is far below it.
        let dead = dir.join(".vanban.db.4999999999.partial");
        let alive = dir.join(format!(".vanban.db.{}.partial", std::process::id()));
        let other = dir.join(".people.csv.4999999999.partial");
        for f in [&dead, &alive, &other] {
            std::fs::write(f, "x").unwrap();
        }
        remove_stale(&target);
        assert!(!dead.exists());
        assert!(alive.exists() && other.exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

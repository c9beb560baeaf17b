//! Helpers shared by the integration tests: temp folders, running the CLI, building plugins.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, OnceLock};

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// A fresh, empty folder for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vanban-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The `vanban` binary built for these tests.
pub fn vanban_bin() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let status = Command::new(env!("CARGO"))
            .args(["build", "-q", "-p", "vanban-cli", "--bin", "vanban"])
            .env("CARGO_TARGET_DIR", plugin_target_dir())
            .current_dir(root())
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building vanban failed");
        plugin_target_dir().join("debug").join("vanban")
    })
    .clone()
}

/// Runs `vanban ARGS` and returns its output.
pub fn vanban(args: &[&str]) -> Output {
    Command::new(vanban_bin()).args(args).output().expect("vanban runs")
}

/// The target folder this test binary was built in (cargo releases its lock before it runs
/// tests), so that the CLI and plugins built here reuse what is already compiled.
pub fn plugin_target_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("VANBAN_TEST_TARGET_DIR") {
        return PathBuf::from(dir);
    }
    // <target>/debug/deps/integration-HASH
    let exe = std::env::current_exe().expect("test binary path");
    exe.ancestors().nth(3).map(PathBuf::from).unwrap_or_else(|| root().join("target"))
}

/// Builds a plugin crate as a shared library and returns its path.
/// `manifest` is relative to the workspace root; workspace members get `--features dynamic`.
pub fn build_cdylib(manifest: &str, lib_name: &str) -> PathBuf {
    static LOCK: Mutex<()> = Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut cmd = Command::new(env!("CARGO"));
    cmd.args(["build", "-q", "--lib", "--manifest-path", manifest]).current_dir(root());
    let standalone = !manifest.starts_with("plugins/");
    if !standalone {
        cmd.args(["--features", "dynamic"]);
    }
    let target = plugin_target_dir();
    cmd.env("CARGO_TARGET_DIR", &target);
    let status = cmd.status().expect("cargo runs");
    assert!(status.success(), "building {manifest} failed");
    let file = format!("{}{lib_name}{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX);
    let path = target.join("debug").join(file);
    assert!(path.exists(), "{} was not built", path.display());
    path
}

/// Reads a JSON Lines file into values.
pub fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).expect("valid JSON line")).collect()
}

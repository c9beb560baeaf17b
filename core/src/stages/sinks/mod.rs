//! Sinks: where records go. Each writes to a temporary name and moves its file into place
//! only when the run ends (see [`atomic`]), so an interrupted run never leaves a
//! half-written file that looks complete.

pub mod atomic;
pub mod csv;
pub mod jsonl;
pub mod report;
pub mod sqlite;
pub mod stale;
pub mod summary;
#[cfg(test)]
pub(crate) mod test_docs;

pub use atomic::AtomicFile;

use crate::doc::Failure;
use std::io::Write;
use std::path::Path;

/// `errors.jsonl`: one line per failed document (path, stage, kind, reason).
/// Always present in a run, whatever sinks the pipeline names.
pub struct ErrorSink {
    file: AtomicFile,
}

impl ErrorSink {
    pub fn create(path: &Path) -> std::io::Result<ErrorSink> {
        Ok(ErrorSink { file: AtomicFile::create(path)? })
    }

    pub fn write(&mut self, f: &Failure) -> std::io::Result<()> {
        serde_json::to_writer(&mut self.file, f)?;
        self.file.write_all(b"\n")
    }

    pub fn finish(self) -> std::io::Result<()> {
        self.file.commit()
    }
}

/// Resolves a sink's `path` setting against the output folder.
pub fn out_path(ctx: &crate::registry::BuildContext, path: &str) -> std::path::PathBuf {
    let p = Path::new(path);
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        ctx.out_dir.join(p)
    }
}

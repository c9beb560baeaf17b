//! Typed errors of the core: configuration errors stop a run, stage errors fail one document.

use std::path::PathBuf;

/// A pipeline that cannot be built: exit code 2 at the CLI.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{file}:{line}: {message}")]
    At { file: String, line: usize, message: String },
    #[error("{file}: {message}")]
    File { file: String, message: String },
    #[error("plugin {path}: {message}")]
    Plugin { path: PathBuf, message: String },
    #[error("{0}")]
    Other(String),
}

/// Why one document failed in one stage. The run goes on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct StageError {
    pub kind: ErrorKind,
    pub message: String,
}

/// Broad classes of per-document failure, for counting and for the error output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// The file could not be read.
    Io,
    /// The input is not a document vanban can read (empty, binary, scanned, too large).
    Input,
    /// A plugin returned an error or malformed data.
    Plugin,
    /// A stage panicked.
    Panic,
    /// A stage took longer than its time limit.
    Timeout,
    /// A sink could not write.
    Output,
    /// Anything else a stage reports.
    Stage,
}

impl StageError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> StageError {
        StageError { kind, message: message.into() }
    }

    pub fn input(message: impl Into<String>) -> StageError {
        StageError::new(ErrorKind::Input, message)
    }

    pub fn io(err: &std::io::Error) -> StageError {
        StageError::new(ErrorKind::Io, err.to_string())
    }

    pub fn output(message: impl Into<String>) -> StageError {
        StageError::new(ErrorKind::Output, message)
    }

    pub fn plugin(plugin: &str, message: impl std::fmt::Display) -> StageError {
        StageError::new(ErrorKind::Plugin, format!("plugin {plugin}: {message}"))
    }
}

//! Runs stage code so that a panic becomes an error of the document, not of the run.

use crate::error::{ErrorKind, StageError};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Calls `f`, turning a panic into a [`StageError`] of kind `Panic`.
pub fn guarded<T>(f: impl FnOnce() -> Result<T, StageError>) -> Result<T, StageError> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(p) => Err(StageError::new(ErrorKind::Panic, format!("panicked: {}", panic_text(&*p)))),
    }
}

pub(crate) fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".into())
}

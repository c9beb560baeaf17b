//! The three kinds of stage: a source emits documents, a transform changes one document,
//! a sink consumes every record.

use crate::doc::{Doc, Failure, Item};
use crate::error::StageError;

/// Emits documents in a stable order.
pub trait Source: Send {
    /// Emits one item per input; stops early when `emit` returns false (the run is stopping).
    fn run(&mut self, emit: &mut dyn FnMut(Item) -> bool) -> Result<(), StageError>;
}

/// Changes one document. Shared by all the stage's workers, so it takes `&self`.
pub trait Transform: Send + Sync {
    fn apply(&self, doc: &mut Doc) -> Result<(), StageError>;
}

/// Consumes every record, in input order.
pub trait Sink: Send {
    fn write(&mut self, doc: &Doc) -> Result<(), StageError>;

    /// Sees every failed document too (the error output and the report list them).
    fn write_failure(&mut self, _failure: &Failure) -> Result<(), StageError> {
        Ok(())
    }

    /// Called once after the last item: flush, and move finished files into place.
    fn finish(&mut self) -> Result<(), StageError>;
}

//! The three kinds of stage: a source emits documents, a transform changes one document,
//! a sink consumes every record.

use crate::doc::{Doc, Failure, Item};
use crate::error::StageError;
use std::sync::Arc;

/// What an [`Encode`] made of a record, for its own sink to take back (by downcasting).
pub type Encoded = Box<dyn std::any::Any + Send>;

/// A sink's record-only work, shared by the worker threads (see [`Sink::encoder`]).
pub trait Encode: Send + Sync {
    fn encode(&self, doc: &Doc) -> Result<Encoded, StageError>;
}

/// Emits documents in a stable order.
pub trait Source: Send {
    /// Emits one item per input; stops early when `emit` returns false (the run is stopping).
    fn run(&mut self, emit: &mut dyn FnMut(Item) -> bool) -> Result<(), StageError>;

    /// Files the source passed over on purpose (inside folders, not of a wanted type), by
    /// file ending, for the run summary: they are no input documents, but a user should see them.
    fn skipped(&self) -> std::collections::BTreeMap<String, u64> {
        std::collections::BTreeMap::new()
    }
}

/// Changes one document. Shared by all the stage's workers, so it takes `&self`.
pub trait Transform: Send + Sync {
    fn apply(&self, doc: &mut Doc) -> Result<(), StageError>;
}

/// Consumes every record, in input order. A sink reads `doc.record` (and its JSON): after
/// the last transform the engine drops the rest of the document's working state
/// (`Doc::drop_working_state`).
pub trait Sink: Send {
    fn write(&mut self, doc: &Doc) -> Result<(), StageError>;

    /// The part of this sink's work that needs nothing but the finished record (serialising,
    /// rendering). The engine runs it on the transforms' worker threads, in parallel, and
    /// hands the result to [`Sink::write_encoded`]; the sink's own thread only writes.
    fn encoder(&self) -> Option<Arc<dyn Encode>> {
        None
    }

    /// Writes a document with what this sink's [`Encode`] made of it.
    fn write_encoded(&mut self, doc: &Doc, encoded: Encoded) -> Result<(), StageError> {
        let _ = encoded;
        self.write(doc)
    }

    /// Sees every failed document too (the error output and the report list them).
    fn write_failure(&mut self, _failure: &Failure) -> Result<(), StageError> {
        Ok(())
    }

    /// Called once after the last item: flush, and move finished files into place.
    fn finish(&mut self) -> Result<(), StageError>;
}

//! A document in flight through the pipeline, and what flows on the channels.

use crate::error::{ErrorKind, StageError};
use vanban_plugin_sdk::{Claim, Page, Record, Stripping};

/// What the channels carry: a document, or the record of its failure.
///
/// Failures flow on to the end of the pipeline so that every input ends, in input
/// order, as exactly one record or one error line.
pub enum Item {
    Doc(Box<Doc>),
    Failed(Failure),
}

impl Item {
    pub fn seq(&self) -> u64 {
        match self {
            Item::Doc(d) => d.seq,
            Item::Failed(f) => f.seq,
        }
    }
}

/// One input document and everything the stages have found so far.
#[derive(Debug, Default)]
pub struct Doc {
    /// Position in the input order; output order follows it.
    pub seq: u64,
    /// The input bytes, as read. Kept for the id and for `explain`.
    pub raw: Vec<u8>,
    /// The text as plugins see it (set by the decoder, refined by the cleaner).
    pub page: Page,
    /// The output record; `record.source.path` is the input path.
    pub record: Record,
    /// Every plugin's claim, highest first (set by detect).
    pub claims: Vec<(String, Claim)>,
    /// The chosen plugin's reading of the page (set by strip).
    pub stripping: Option<Stripping>,
    /// What each stage changed, for `vanban explain`.
    pub trace: Vec<TraceEntry>,
    /// What the sinks' encoders made of the finished record, by sink position; filled by
    /// the engine on the worker threads, each sink takes its own.
    pub encoded: Encodings,
    /// The finished record as JSON, made once for every sink that stores it (see
    /// [`Doc::record_json`]).
    json: std::sync::OnceLock<Vec<u8>>,
}

/// The results of the sinks' encoders for one document (see `Sink::encoder`).
#[derive(Default)]
pub struct Encodings(pub Vec<Option<Result<crate::stage::Encoded, StageError>>>);

impl Encodings {
    /// Takes sink `i`'s result, if its encoder ran.
    pub fn take(&mut self, i: usize) -> Option<Result<crate::stage::Encoded, StageError>> {
        self.0.get_mut(i).and_then(Option::take)
    }
}

impl std::fmt::Debug for Encodings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Encodings({} of {})", self.0.iter().filter(|e| e.is_some()).count(), self.0.len())
    }
}

impl Doc {
    pub fn new(seq: u64, path: impl Into<String>, raw: Vec<u8>) -> Doc {
        let mut doc = Doc { seq, raw, ..Doc::default() };
        doc.record.source.path = path.into();
        doc
    }

    pub fn path(&self) -> &str {
        &self.record.source.path
    }

    /// The record as one line of JSON (UTF-8, no newline), serialised on first use and
    /// kept: the JSON Lines and SQLite sinks both store it. Only encoders and sinks call
    /// this, after the last transform, so the record no longer changes.
    pub fn record_json(&self) -> Result<&[u8], StageError> {
        if let Some(json) = self.json.get() {
            return Ok(json);
        }
        // Room for the body twice over (escaped letters) and the lists: one allocation, mostly.
        let mut buf = Vec::with_capacity(self.record.body.len() * 2 + 4096);
        serde_json::to_writer(&mut buf, &self.record).map_err(|e| StageError::output(format!("cannot write the record as JSON: {e}")))?;
        Ok(self.json.get_or_init(|| buf))
    }

    /// Drops what only the transforms work on (the input bytes, the page, the claims, the
    /// plugin's reading of the page, the trace) once the record is finished and encoded.
    /// Sinks read the record alone; a document waiting in the sinks' channels then holds
    /// little more than its outputs, and these are freed on the thread that made them.
    pub fn drop_working_state(&mut self) {
        self.raw = Vec::new();
        self.page = Page::default();
        self.claims = Vec::new();
        self.stripping = None;
        self.trace = Vec::new();
    }

    /// Notes what a stage did, for `vanban explain`.
    pub fn trace(&mut self, stage: &str, note: impl Into<String>) {
        self.trace.push(TraceEntry { stage: stage.to_string(), note: note.into() });
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceEntry {
    pub stage: String,
    pub note: String,
}

/// A document that could not be processed: one line of `errors.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Failure {
    #[serde(skip)]
    pub seq: u64,
    pub path: String,
    pub stage: String,
    pub kind: ErrorKind,
    pub reason: String,
}

impl Failure {
    pub fn new(seq: u64, path: &str, stage: &str, err: StageError) -> Failure {
        Failure { seq, path: path.to_string(), stage: stage.to_string(), kind: err.kind, reason: err.message }
    }
}

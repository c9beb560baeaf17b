//! The JSON Lines sink: one record of `SCHEMA.md` per line.

use super::{out_path, AtomicFile};
use crate::config::StageConfig;
use crate::doc::Doc;
use crate::error::{ConfigError, StageError};
use crate::registry::{BuildContext, Built, Setting, StageKind, StageRegistration};
use crate::stage::{Encode, Encoded, Sink};
use serde::Deserialize;
use std::io::Write;
use std::sync::Arc;

pub struct JsonlSink {
    file: Option<AtomicFile>,
}

impl JsonlSink {
    pub fn create(path: &std::path::Path) -> std::io::Result<JsonlSink> {
        Ok(JsonlSink { file: Some(AtomicFile::create(path)?) })
    }

    fn put(&mut self, line: &[u8]) -> Result<(), StageError> {
        let file = self.file.as_mut().ok_or_else(|| StageError::output("the sink is closed"))?;
        file.write_all(line).map_err(|e| StageError::output(e.to_string()))
    }

    /// Writes the document's record and its newline.
    fn put_record(&mut self, doc: &Doc) -> Result<(), StageError> {
        self.put(doc.record_json()?)?;
        self.put(b"\n")
    }
}

/// Serialises records on the worker threads (see `Sink::encoder`); the JSON stays on the
/// document, where the SQLite sink finds it too.
struct JsonLine;

impl Encode for JsonLine {
    fn encode(&self, doc: &Doc) -> Result<Encoded, StageError> {
        doc.record_json()?;
        Ok(Box::new(()))
    }
}

impl Sink for JsonlSink {
    fn write(&mut self, doc: &Doc) -> Result<(), StageError> {
        self.put_record(doc)
    }

    fn encoder(&self) -> Option<Arc<dyn Encode>> {
        Some(Arc::new(JsonLine))
    }

    fn write_encoded(&mut self, doc: &Doc, encoded: Encoded) -> Result<(), StageError> {
        encoded.downcast::<()>().map_err(|_| StageError::output("the jsonl sink got another sink's encoding"))?;
        self.put_record(doc)
    }

    fn finish(&mut self) -> Result<(), StageError> {
        match self.file.take() {
            Some(f) => f.commit().map_err(|e| StageError::output(e.to_string())),
            None => Ok(()),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, default)]
struct JsonlConfig {
    path: String,
}

impl Default for JsonlConfig {
    fn default() -> Self {
        JsonlConfig { path: "documents.jsonl".into() }
    }
}

fn build(sc: &StageConfig, ctx: &BuildContext) -> Result<Built, ConfigError> {
    let cfg: JsonlConfig = sc.parse()?;
    let path = out_path(ctx, &cfg.path);
    let sink = JsonlSink::create(&path).map_err(|e| sc.error(&format!("cannot write {}: {e}", path.display())))?;
    Ok(Built::Sink(Box::new(sink)))
}

inventory::submit! {
    StageRegistration {
        name: "jsonl",
        kind: StageKind::Sink,
        summary: "Writes one JSON record per line (the contract of SCHEMA.md).",
        settings: &[Setting { key: "path", ty: "string", default: "documents.jsonl", help: "relative to the output folder" }],
        parallel: false,
        build,
    }
}

//! The run summary sink: `summary.json`, the counts a person checks first after a run
//! (documents written and failed, failures by cause, documents by style, portal, format and
//! encoding, entities by type, totals of indicators, people and directives, and how many
//! records lack a title or a body or carry warnings).

use super::{out_path, AtomicFile};
use crate::config::StageConfig;
use crate::doc::{Doc, Failure};
use crate::error::{ConfigError, StageError};
use crate::registry::{BuildContext, Built, Setting, StageKind, StageRegistration};
use crate::stage::Sink;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `summary.json` holds. Maps are sorted, so the same input gives the same bytes.
#[derive(Debug, Default, Serialize, PartialEq)]
pub struct Summary {
    pub documents: u64,
    pub failed: u64,
    /// "stage: kind" -> documents.
    pub failures_by_cause: BTreeMap<String, u64>,
    pub by_style: BTreeMap<String, u64>,
    pub by_portal: BTreeMap<String, u64>,
    pub by_format: BTreeMap<String, u64>,
    pub by_encoding: BTreeMap<String, u64>,
    pub entities_by_type: BTreeMap<String, u64>,
    pub indicators: u64,
    pub people: u64,
    pub directives: u64,
    pub without_title: u64,
    pub without_body: u64,
    pub with_warnings: u64,
}

/// Name of a missing value in the `by_*` maps.
const NONE: &str = "(none)";

impl Summary {
    pub fn add(&mut self, doc: &Doc) {
        let r = &doc.record;
        self.documents += 1;
        bump(&mut self.by_style, r.source.style.as_deref());
        bump(&mut self.by_portal, r.source.portal.as_deref());
        bump(&mut self.by_format, r.source.format.as_deref());
        bump(&mut self.by_encoding, r.source.encoding.as_deref());
        for e in &r.entities {
            bump(&mut self.entities_by_type, Some(e.kind.as_str()));
        }
        self.indicators += r.indicators.len() as u64;
        self.people += r.people.len() as u64;
        self.directives += r.directives.len() as u64;
        self.without_title += u64::from(r.title.as_deref().is_none_or(|t| t.trim().is_empty()));
        self.without_body += u64::from(r.body.trim().is_empty());
        self.with_warnings += u64::from(!r.warnings.is_empty());
    }
}

/// Counts one more of `key` (or of [`NONE`]); the key is copied only the first time.
fn bump(map: &mut BTreeMap<String, u64>, key: Option<&str>) {
    let key = key.unwrap_or(NONE);
    match map.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            map.insert(key.to_string(), 1);
        }
    }
}

impl Summary {
    pub fn add_failure(&mut self, f: &Failure) {
        self.failed += 1;
        let kind = serde_json::to_value(f.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        *self.failures_by_cause.entry(format!("{}: {kind}", f.stage)).or_default() += 1;
    }
}

pub struct SummarySink {
    path: PathBuf,
    summary: Summary,
    done: bool,
}

impl SummarySink {
    pub fn new(path: &Path) -> SummarySink {
        super::stale::remove_stale(path);
        SummarySink { path: path.to_path_buf(), summary: Summary::default(), done: false }
    }
}

impl Sink for SummarySink {
    fn write(&mut self, doc: &Doc) -> Result<(), StageError> {
        self.summary.add(doc);
        Ok(())
    }

    fn write_failure(&mut self, f: &Failure) -> Result<(), StageError> {
        self.summary.add_failure(f);
        Ok(())
    }

    fn finish(&mut self) -> Result<(), StageError> {
        if std::mem::replace(&mut self.done, true) {
            return Ok(());
        }
        let err = |e: std::io::Error| StageError::output(format!("{}: {e}", self.path.display()));
        let mut json = serde_json::to_vec_pretty(&self.summary).map_err(|e| StageError::output(e.to_string()))?;
        json.push(b'\n');
        let mut f = AtomicFile::create(&self.path).map_err(err)?;
        f.write_all(&json).map_err(err)?;
        f.commit().map_err(err)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, default)]
struct SummaryConfig {
    path: String,
}

impl Default for SummaryConfig {
    fn default() -> Self {
        SummaryConfig { path: "summary.json".into() }
    }
}

fn build(sc: &StageConfig, ctx: &BuildContext) -> Result<Built, ConfigError> {
    let cfg: SummaryConfig = sc.parse()?;
    Ok(Built::Sink(Box::new(SummarySink::new(&out_path(ctx, &cfg.path)))))
}

inventory::submit! {
    StageRegistration {
        name: "summary",
        kind: StageKind::Sink,
        summary: "Writes summary.json: documents and failures by cause, style, portal, format and encoding, entities by type, totals.",
        settings: &[Setting { key: "path", ty: "string", default: "summary.json", help: "relative to the output folder" }],
        parallel: false,
        build,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use crate::stages::sinks::test_docs::{sample_doc, scratch_dir};

    #[test]
    fn counts_documents_failures_and_findings() {
        let dir = scratch_dir("summary");
        let path = dir.join("summary.json");
        let mut sink = SummarySink::new(&path);
        let mut untitled = sample_doc(2);
        untitled.record.title = None;
        untitled.record.source.style = None;
        for d in [sample_doc(1), untitled] {
            sink.write(&d).unwrap();
        }
        let failure = Failure { seq: 3, path: "x.pdf".into(), stage: "decode".into(), kind: ErrorKind::Input, reason: "scanned".into() };
        sink.write_failure(&failure).unwrap();
        sink.finish().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let doc = sample_doc(1);
        assert_eq!(v["documents"], 2);
        assert_eq!(v["failed"], 1);
        assert_eq!(v["failures_by_cause"]["decode: input"], 1);
        assert_eq!(v["by_style"]["health-centre"], 1);
        assert_eq!(v["by_style"]["(none)"], 1);
        assert_eq!(v["entities_by_type"]["person"], 4, "two person mentions per document");
        assert_eq!(v["indicators"], 2 * doc.record.indicators.len());
        assert_eq!(v["without_title"], 1);
        assert_eq!(v["with_warnings"], 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

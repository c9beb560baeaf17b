//! Pipeline files: TOML with `[pipeline]` settings, a `plugins` list and ordered `[[stages]]`.
//!
//! Unknown keys and stage types are errors that name the key or type, the file and the line.

use crate::error::ConfigError;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use toml::Spanned;

/// Settings for the whole run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PipelineSettings {
    /// Capacity of each channel between stages, in documents.
    pub channel_capacity: usize,
    /// Workers for each parallel transform (0: one per core).
    pub workers: usize,
    /// Largest input accepted, in bytes; a larger file becomes an error record.
    pub max_document_bytes: u64,
    /// Longest time one stage may spend on one document, in milliseconds (0: no limit).
    pub stage_timeout_ms: u64,
}

impl Default for PipelineSettings {
    fn default() -> Self {
        PipelineSettings { channel_capacity: 64, workers: 0, max_document_bytes: 64 << 20, stage_timeout_ms: 60_000 }
    }
}

impl PipelineSettings {
    /// The worker count with 0 resolved to the number of cores.
    pub fn effective_workers(&self) -> usize {
        if self.workers > 0 {
            self.workers
        } else {
            std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
        }
    }
}

/// One `[[stages]]` table: its type, its own settings, and where it stands in the file.
#[derive(Debug, Clone)]
pub struct StageConfig {
    pub type_name: String,
    /// Workers for this stage, when set (transforms only).
    pub workers: Option<usize>,
    /// The table without `type` and `workers`.
    pub table: toml::Table,
    pub file: String,
    pub line: usize,
    source: Arc<str>,
    span: Range<usize>,
}

impl StageConfig {
    /// A stage config made in code (tests, the CLI), not read from a file.
    pub fn inline(type_name: &str, table: toml::Table) -> StageConfig {
        StageConfig {
            type_name: type_name.to_string(),
            workers: None,
            table,
            file: "<inline>".into(),
            line: 0,
            source: Arc::from(""),
            span: 0..0,
        }
    }

    /// Deserializes the stage's own settings; the target type should `deny_unknown_fields`.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, ConfigError> {
        T::deserialize(toml::Value::Table(self.table.clone())).map_err(|e| self.error(&e.to_string()))
    }

    /// An error located at the key the message names (in backticks), else at the table.
    pub fn error(&self, message: &str) -> ConfigError {
        let message = message.trim().to_string();
        let line = quoted_key(&message)
            .and_then(|k| key_line(&self.source, self.span.clone(), &k))
            .unwrap_or(self.line);
        ConfigError::At {
            file: self.file.clone(),
            line,
            message: format!("stage `{}`: {}", self.type_name, message),
        }
    }
}

/// A parsed pipeline file.
#[derive(Debug, Clone)]
pub struct Pipeline {
    pub file: String,
    pub settings: PipelineSettings,
    /// Plugin libraries to load, resolved against the file's folder.
    pub plugins: Vec<PathBuf>,
    pub stages: Vec<StageConfig>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    pipeline: Option<Spanned<toml::Table>>,
    #[serde(default)]
    plugins: Vec<String>,
    #[serde(default)]
    stages: Vec<Spanned<toml::Table>>,
}

impl Pipeline {
    pub fn from_file(path: &Path) -> Result<Pipeline, ConfigError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| ConfigError::File { file: file.clone(), message: format!("cannot read: {e}") })?;
        let mut p = Pipeline::parse(&text, &file)?;
        let base = path.parent().unwrap_or(Path::new("."));
        for plugin in &mut p.plugins {
            if plugin.is_relative() {
                *plugin = base.join(&plugin);
            }
        }
        Ok(p)
    }

    /// Parses pipeline TOML; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Pipeline, ConfigError> {
        let source: Arc<str> = Arc::from(text);
        let raw: RawFile = toml::from_str(text).map_err(|e| parse_error(&e, text, file))?;
        let settings = match &raw.pipeline {
            None => PipelineSettings::default(),
            Some(t) => {
                let span = t.span();
                PipelineSettings::deserialize(toml::Value::Table(t.get_ref().clone())).map_err(|e| {
                    let msg = e.to_string();
                    let line = quoted_key(&msg)
                        .and_then(|k| key_line(text, span.clone(), &k))
                        .unwrap_or_else(|| line_of(text, span.start));
                    ConfigError::At { file: file.into(), line, message: format!("[pipeline]: {}", msg.trim()) }
                })?
            }
        };
        let mut stages = Vec::new();
        for t in raw.stages {
            stages.push(stage_config(t, &source, file)?);
        }
        Ok(Pipeline { file: file.to_string(), settings, plugins: raw.plugins.into_iter().map(PathBuf::from).collect(), stages })
    }
}

impl Pipeline {
    /// Writes the pipeline back as TOML (what `parse` reads).
    pub fn to_toml(&self) -> String {
        let mut root = toml::Table::new();
        let plugins = self.plugins.iter().map(|p| toml::Value::String(p.display().to_string())).collect();
        root.insert("plugins".into(), toml::Value::Array(plugins));
        if let Ok(toml::Value::Table(t)) = toml::Value::try_from(&self.settings) {
            root.insert("pipeline".into(), toml::Value::Table(t));
        }
        let stages = self
            .stages
            .iter()
            .map(|s| {
                let mut t = s.table.clone();
                t.insert("type".into(), toml::Value::String(s.type_name.clone()));
                if let Some(w) = s.workers {
                    t.insert("workers".into(), toml::Value::Integer(w as i64));
                }
                toml::Value::Table(t)
            })
            .collect();
        root.insert("stages".into(), toml::Value::Array(stages));
        toml::to_string(&root).unwrap_or_default()
    }
}

fn stage_config(t: Spanned<toml::Table>, source: &Arc<str>, file: &str) -> Result<StageConfig, ConfigError> {
    let span = t.span();
    let line = line_of(source, span.start);
    let mut table = t.into_inner();
    let at = |message: String, key: &str| ConfigError::At {
        file: file.into(),
        line: key_line(source, span.clone(), key).unwrap_or(line),
        message,
    };
    let type_name = match table.remove("type") {
        Some(toml::Value::String(s)) => s,
        Some(_) => return Err(at("`type` must be a string".into(), "type")),
        None => return Err(ConfigError::At { file: file.into(), line, message: "stage has no `type`".into() }),
    };
    let workers = match table.remove("workers") {
        None => None,
        Some(toml::Value::Integer(n)) if n >= 1 => Some(n as usize),
        Some(_) => return Err(at("`workers` must be a whole number of at least 1".into(), "workers")),
    };
    Ok(StageConfig { type_name, workers, table, file: file.into(), line, source: source.clone(), span })
}

fn parse_error(e: &toml::de::Error, text: &str, file: &str) -> ConfigError {
    let message = e.message().trim().to_string();
    let line = quoted_key(&message)
        .and_then(|k| key_line(text, 0..text.len(), &k))
        .or_else(|| e.span().map(|s| line_of(text, s.start)))
        .unwrap_or(1);
    ConfigError::At { file: file.into(), line, message }
}

/// 1-based line number of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The first name in backticks in a serde message: "unknown field `foo`, expected ...".
fn quoted_key(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(message[start..start + len].to_string())
}

/// The line on which `key = ...` is set within `span` of `text`.
fn key_line(text: &str, span: Range<usize>, key: &str) -> Option<usize> {
    let region = text.get(span.clone())?;
    let mut offset = span.start;
    for l in region.split_inclusive('\n') {
        let t = l.trim_start();
        if let Some(rest) = t.strip_prefix(key) {
            let rest = rest.trim_start();
            if rest.starts_with('=') {
                return Some(line_of(text, offset));
            }
        }
        offset += l.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
plugins = ["x.so"]

[pipeline]
channel_capacity = 8

[[stages]]
type = "files"

[[stages]]
type = "jsonl"
workers = 2
path = "documents.jsonl"
"#;

    #[test]
    fn parses_stages_settings_and_plugins() {
        let p = Pipeline::parse(FILE, "p.toml").unwrap();
        assert_eq!(p.settings.channel_capacity, 8);
        assert_eq!(p.plugins, vec![PathBuf::from("x.so")]);
        assert_eq!(p.stages.len(), 2);
        assert_eq!(p.stages[1].type_name, "jsonl");
        assert_eq!(p.stages[1].workers, Some(2));
        assert_eq!(p.stages[1].line, 10);
        assert_eq!(p.stages[1].table.get("path").and_then(|v| v.as_str()), Some("documents.jsonl"));
    }

    #[test]
    fn unknown_pipeline_key_names_key_and_line() {
        let err = Pipeline::parse("[pipeline]\nchannel_capacity = 2\nspeed = 3\n", "p.toml").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("p.toml:3:"), "{msg}");
        assert!(msg.contains("speed"), "{msg}");
    }

    #[test]
    fn unknown_top_level_key_names_key_and_line() {
        let err = Pipeline::parse("plugins = []\nfoo = 1\n", "p.toml").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("p.toml:2:"), "{msg}");
        assert!(msg.contains("foo"), "{msg}");
    }

    #[test]
    fn stage_key_error_points_at_key_line() {
        #[derive(Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct S {
            path: String,
        }
        let p = Pipeline::parse("[[stages]]\ntype = \"x\"\npath = \"a\"\ncolour = 1\n", "p.toml").unwrap();
        let err = p.stages[0].parse::<S>().unwrap_err().to_string();
        assert!(err.starts_with("p.toml:4:"), "{err}");
        assert!(err.contains("colour"), "{err}");
    }

    #[test]
    fn stage_without_type_is_refused() {
        let err = Pipeline::parse("[[stages]]\npath = 1\n", "p.toml").unwrap_err().to_string();
        assert!(err.contains("no `type`"), "{err}");
    }
}

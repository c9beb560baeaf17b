//! vanban-core: turns Vietnamese health reports into structured records.
//!
//! A pipeline is an ordered list of stages (a source, transforms, sinks) connected by
//! bounded channels; see `ARCHITECTURE.md` for the flow of a document and the invariants.
//! The core does no terminal I/O and reads no user configuration: the CLI does both.

pub mod config;
pub mod doc;
pub mod engine;
pub mod error;
pub mod plugin_host;
pub mod registry;
pub mod stage;
pub mod stages;

pub use config::{Pipeline, PipelineSettings, StageConfig};
pub use doc::{Doc, Failure, Item, TraceEntry};
pub use engine::{run, RunOptions, RunSummary, StopFlag};
pub use error::{ConfigError, StageError};
pub use plugin_host::{PluginEntry, PluginOrigin, PluginSet};
pub use registry::{BuildContext, Built, Setting, StageKind, StageRegistration};
pub use stage::{Sink, Source, Transform};
pub use vanban_plugin_sdk as sdk;

/// The pipeline the CLI runs when no `--config` is given.
pub const DEFAULT_PIPELINE: &str = include_str!("../pipelines/default.toml");

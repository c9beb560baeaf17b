//! The stage registry: every built-in stage registers itself here through `inventory`,
//! so that pipeline files, `vanban stages` and the docs come from one list.
//!
//! Only built-in stages register this way: a registration made inside a dlopen'ed plugin
//! lands in the plugin's own copy of the registry. Dynamic plugins hand over their stages
//! through their entry point instead (see `plugin_host`).

use crate::config::{PipelineSettings, StageConfig};
use crate::error::ConfigError;
use crate::plugin_host::PluginSet;
use crate::stage::{Sink, Source, Transform};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StageKind {
    Source,
    Transform,
    Sink,
}

impl StageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StageKind::Source => "source",
            StageKind::Transform => "transform",
            StageKind::Sink => "sink",
        }
    }
}

/// One setting of a stage, for `vanban stages` and the docs.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Setting {
    pub key: &'static str,
    /// "integer", "string", "boolean", "list of strings", ...
    pub ty: &'static str,
    pub default: &'static str,
    pub help: &'static str,
}

/// What a stage builder returns.
pub enum Built {
    Source(Box<dyn Source>),
    Transform(Arc<dyn Transform>),
    Sink(Box<dyn Sink>),
}

/// Everything a stage builder may need beside its own settings.
#[derive(Clone)]
pub struct BuildContext {
    /// Where sinks write; relative `path` settings are taken from here.
    pub out_dir: PathBuf,
    /// Input paths given on the command line ("-" for stdin).
    pub inputs: Vec<String>,
    pub plugins: Arc<PluginSet>,
    pub settings: PipelineSettings,
}

/// A built-in stage type.
pub struct StageRegistration {
    /// The `type` of a `[[stages]]` table.
    pub name: &'static str,
    pub kind: StageKind,
    pub summary: &'static str,
    pub settings: &'static [Setting],
    /// Whether several workers may run it at once (order is restored after them).
    pub parallel: bool,
    pub build: fn(&StageConfig, &BuildContext) -> Result<Built, ConfigError>,
}

inventory::collect!(StageRegistration);

/// Every built-in stage type, sorted by kind then name.
pub fn all() -> Vec<&'static StageRegistration> {
    let mut v: Vec<_> = inventory::iter::<StageRegistration>.into_iter().collect();
    v.sort_by_key(|r| (r.kind as u8, r.name));
    v
}

pub fn find(name: &str) -> Option<&'static StageRegistration> {
    inventory::iter::<StageRegistration>.into_iter().find(|r| r.name == name)
}

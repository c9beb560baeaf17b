//! The plugin host: the set of report-style and portal plugins a run uses.
//!
//! Built-in plugins are linked in by the CLI and called directly; dynamic ones are loaded
//! from shared libraries (see [`dynamic`]) and called across the C boundary. Both sit
//! behind the same [`Plugin`] trait, so the stages never know the difference.

pub mod dynamic;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use vanban_plugin_sdk::{Plugin, PluginInfo};

/// The name of the fallback plugin that handles pages no other plugin claims.
pub const GENERIC: &str = "generic";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PluginOrigin {
    Builtin,
    File(PathBuf),
}

impl std::fmt::Display for PluginOrigin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PluginOrigin::Builtin => f.write_str("builtin"),
            PluginOrigin::File(p) => write!(f, "{}", p.display()),
        }
    }
}

#[derive(Clone)]
pub struct PluginEntry {
    pub plugin: Arc<dyn Plugin>,
    pub info: PluginInfo,
    pub origin: PluginOrigin,
}

impl PluginEntry {
    pub fn builtin(plugin: Arc<dyn Plugin>) -> PluginEntry {
        let info = plugin.info();
        PluginEntry { plugin, info, origin: PluginOrigin::Builtin }
    }

    pub fn name(&self) -> &str {
        &self.info.name
    }

    /// Whether the plugin lists `what` ("extract", ...) in what it provides.
    pub fn provides(&self, what: &str) -> bool {
        self.info.provides.iter().any(|p| p == what)
    }
}

/// The plugins of one run, in a stable order (built-ins first, then loaded ones).
#[derive(Clone, Default)]
pub struct PluginSet {
    entries: Vec<PluginEntry>,
}

impl PluginSet {
    pub fn new() -> PluginSet {
        PluginSet::default()
    }

    /// Adds a plugin; one with the same name as an existing plugin replaces it.
    pub fn add(&mut self, entry: PluginEntry) {
        if let Some(old) = self.entries.iter_mut().find(|e| e.info.name == entry.info.name) {
            tracing::info!(plugin = %entry.info.name, from = %entry.origin, replaces = %old.origin, "plugin replaces one of the same name");
            *old = entry;
        } else {
            self.entries.push(entry);
        }
    }

    /// Loads a plugin library and adds it.
    pub fn load(&mut self, path: &Path) -> Result<(), crate::error::ConfigError> {
        let entry = dynamic::load(path)?;
        self.add(entry);
        Ok(())
    }

    pub fn entries(&self) -> &[PluginEntry] {
        &self.entries
    }

    pub fn get(&self, name: &str) -> Option<&PluginEntry> {
        self.entries.iter().find(|e| e.info.name == name)
    }

    /// The plugin that provides stage `stage`, if any.
    pub fn stage_provider(&self, stage: &str) -> Option<(&PluginEntry, vanban_plugin_sdk::StageSpec)> {
        self.entries.iter().find_map(|e| e.plugin.stages().into_iter().find(|s| s.name == stage).map(|s| (e, s)))
    }
}

//! A stage provided by a plugin (a transform or a sink over records).

use crate::config::StageConfig;
use crate::doc::Doc;
use crate::error::{ConfigError, StageError};
use crate::plugin_host::PluginEntry;
use crate::stage::{Sink, Transform};
use std::sync::Arc;
use vanban_plugin_sdk::{Plugin, StageSpec};

pub struct PluginStage {
    plugin: Arc<dyn Plugin>,
    plugin_name: String,
    stage: String,
    config: serde_json::Value,
}

impl PluginStage {
    pub fn new(entry: &PluginEntry, spec: &StageSpec, sc: &StageConfig) -> Result<PluginStage, ConfigError> {
        let config = serde_json::to_value(&sc.table).map_err(|e| sc.error(&e.to_string()))?;
        Ok(PluginStage { plugin: entry.plugin.clone(), plugin_name: entry.info.name.clone(), stage: spec.name.clone(), config })
    }

    fn call(&self, record: &mut vanban_plugin_sdk::Record) -> Result<(), StageError> {
        self.plugin.run_stage(&self.stage, &self.config, record).map_err(|e| StageError::plugin(&self.plugin_name, e))
    }
}

impl Transform for PluginStage {
    fn apply(&self, doc: &mut Doc) -> Result<(), StageError> {
        self.call(&mut doc.record)
    }
}

impl Sink for PluginStage {
    fn write(&mut self, doc: &Doc) -> Result<(), StageError> {
        // A sink sees the record but may not change what later sinks receive.
        let mut copy = doc.record.clone();
        self.call(&mut copy)
    }

    fn finish(&mut self) -> Result<(), StageError> {
        Ok(())
    }
}

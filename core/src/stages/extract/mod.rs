//! Extraction: people, organisations, places, dates and periods, diseases, indicators and
//! directives from the body, title and captions; then the chosen plugin's own extraction.

use crate::config::StageConfig;
use crate::doc::Doc;
use crate::engine::guarded;
use crate::error::{ConfigError, StageError};
use crate::plugin_host::PluginSet;
use crate::registry::{BuildContext, Built, StageKind, StageRegistration};
use crate::stage::Transform;
use serde::Deserialize;
use std::sync::Arc;

pub struct Extract {
    plugins: Arc<PluginSet>,
}

impl Transform for Extract {
    fn apply(&self, doc: &mut Doc) -> Result<(), StageError> {
        if let Some(name) = doc.record.source.style.clone() {
            if let Some(entry) = self.plugins.get(&name) {
                let (page, record) = (&doc.page, &mut doc.record);
                guarded(|| entry.plugin.extract(page, record).map_err(|e| StageError::plugin(&name, e)))?;
            }
        }
        Ok(())
    }
}

fn build(sc: &StageConfig, ctx: &BuildContext) -> Result<Built, ConfigError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct NoSettings {}
    let _: NoSettings = sc.parse()?;
    Ok(Built::Transform(Arc::new(Extract { plugins: ctx.plugins.clone() })))
}

inventory::submit! {
    StageRegistration {
        name: "extract",
        kind: StageKind::Transform,
        summary: "Finds people, organisations, places, dates, periods, diseases, indicators and directives.",
        settings: &[],
        parallel: true,
        build,
    }
}

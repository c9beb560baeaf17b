//! Shared by the fuzz targets: builds built-in transforms the way a pipeline does.
#![allow(dead_code)] // each target uses only some of these

use std::sync::Arc;
use vanban_core::registry::{self, BuildContext, Built};
use vanban_core::{PipelineSettings, StageConfig, Transform};

/// Builds the named transforms, with default settings and the built-in plugins.
pub fn transforms(names: &[&str]) -> Vec<Arc<dyn Transform>> {
    let ctx = BuildContext {
        out_dir: std::env::temp_dir(),
        inputs: Vec::new(),
        plugins: Arc::new(vanban_cli::builtins::plugin_set()),
        settings: PipelineSettings::default(),
    };
    names
        .iter()
        .map(|name| {
            let reg = registry::find(name).unwrap_or_else(|| panic!("stage {name} is not registered"));
            match (reg.build)(&StageConfig::inline(name, toml::Table::new()), &ctx) {
                Ok(Built::Transform(t)) => t,
                _ => panic!("stage {name} is not a transform"),
            }
        })
        .collect()
}

/// Every block lies inside the page text, on character boundaries.
pub fn check_blocks(page: &vanban_core::sdk::Page) {
    for b in &page.blocks {
        assert!(b.start <= b.end && b.end <= page.text.len(), "block out of the text");
        assert!(page.text.is_char_boundary(b.start) && page.text.is_char_boundary(b.end), "block splits a character");
    }
}

//! `vanban check`: builds a pipeline file without running it.

use crate::args::PluginArgs;
use crate::Exit;
use std::path::Path;
use std::sync::Arc;
use vanban_core::{BuildContext, Pipeline};

pub fn check(file: &Path, args: &PluginArgs) -> Result<u8, Exit> {
    let pipeline = Pipeline::from_file(file)?;
    let plugins = super::plugin_set(&pipeline.plugins, args)?;
    // Sinks create their files when built, so build into a scratch folder.
    let scratch = std::env::temp_dir().join(format!("vanban-check-{}", std::process::id()));
    let ctx = BuildContext { out_dir: scratch.clone(), inputs: Vec::new(), plugins: Arc::new(plugins), settings: pipeline.settings.clone() };
    let built = vanban_core::engine::build(&pipeline, &ctx);
    let _ = std::fs::remove_dir_all(&scratch);
    let stages = built?;
    println!("{}: ok, {} stages", file.display(), stages.len());
    Ok(crate::exit::OK)
}

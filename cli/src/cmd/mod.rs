//! One module per subcommand.

pub mod check;
pub mod explain;
pub mod new_plugin;
pub mod plugins;
pub mod run;
pub mod stages;
pub mod synth;

use crate::args::{Cli, Command, PluginArgs};
use crate::{builtins, Exit};
use std::path::{Path, PathBuf};
use vanban_core::{Pipeline, PluginSet};

pub fn dispatch(cli: Cli) -> Result<u8, Exit> {
    match cli.command {
        Command::Run(args) => run::run(args, cli.quiet),
        Command::Check { file, plugins } => check::check(&file, &plugins),
        Command::Stages { json, plugins } => stages::stages(json, &plugins),
        Command::Plugins { json, plugins } => plugins::plugins(json, &plugins),
        Command::Explain { file, config, plugins } => explain::explain(&file, config.as_deref(), &plugins),
        Command::NewPlugin { name, dir } => new_plugin::new_plugin(&name, dir),
        Command::Synth { docs, out, seed, encoding, format, wrap } => {
            synth::synth(docs, &out, seed, synth::Form { encoding, format, wrap: wrap.map(usize::from) }, cli.quiet)
        }
    }
}

/// The pipeline file, or the embedded default.
pub fn pipeline(config: Option<&Path>) -> Result<Pipeline, Exit> {
    Ok(match config {
        Some(path) => Pipeline::from_file(path)?,
        None => Pipeline::parse(vanban_core::DEFAULT_PIPELINE, "<default pipeline>")?,
    })
}

/// Built-ins, then `VANBAN_PLUGIN_PATH` folders, then the pipeline's `plugins`, then `--load`.
pub fn plugin_set(pipeline_plugins: &[PathBuf], args: &PluginArgs) -> Result<PluginSet, Exit> {
    let mut set = builtins::plugin_set();
    for path in plugin_path_libraries() {
        set.load(&path)?;
    }
    for path in pipeline_plugins.iter().chain(&args.load) {
        set.load(path)?;
    }
    Ok(set)
}

/// Shared libraries in the folders of `VANBAN_PLUGIN_PATH`, sorted.
fn plugin_path_libraries() -> Vec<PathBuf> {
    let Some(var) = std::env::var_os("VANBAN_PLUGIN_PATH") else { return Vec::new() };
    let mut libs = Vec::new();
    for dir in std::env::split_paths(&var) {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            tracing::warn!(dir = %dir.display(), "VANBAN_PLUGIN_PATH names a folder that cannot be read");
            continue;
        };
        let mut found: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("so" | "dylib" | "dll")))
            .collect();
        found.sort();
        libs.extend(found);
    }
    libs
}

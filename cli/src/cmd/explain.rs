//! `vanban explain FILE`: runs one document through the pipeline's transforms and shows
//! what each stage found and changed, readable in a terminal.

use crate::args::PluginArgs;
use crate::Exit;
use std::path::Path;
use std::sync::Arc;
use vanban_core::engine::{build, Runnable};
use vanban_core::BuildContext;

pub fn explain(file: &Path, config: Option<&Path>, args: &PluginArgs) -> Result<u8, Exit> {
    let pipeline = super::pipeline(config)?;
    let plugins = super::plugin_set(&pipeline.plugins, args)?;
    let raw = std::fs::read(file).map_err(|e| Exit::usage(anyhow::anyhow!("{}: {e}", file.display())))?;
    let scratch = std::env::temp_dir().join(format!("vanban-explain-{}", std::process::id()));
    let ctx = BuildContext { out_dir: scratch.clone(), inputs: Vec::new(), plugins: Arc::new(plugins), settings: pipeline.settings.clone() };
    let stages = build(&pipeline, &ctx);
    let _ = std::fs::remove_dir_all(&scratch);
    let mut doc = vanban_core::stages::load::new_doc(0, &file.display().to_string(), raw);
    println!("{}  ({} bytes, id {})", file.display(), doc.raw.len(), doc.record.id);
    for stage in stages? {
        let Runnable::Transform { name, stage, .. } = stage else { continue };
        let before = doc.trace.len();
        let result = vanban_core::engine::guarded(|| stage.apply(&mut doc));
        println!("\n== {name}");
        for t in &doc.trace[before..] {
            println!("   {}", t.note);
        }
        if let Err(e) = result {
            println!("   FAILED: {e}");
            return Ok(crate::exit::SOME_FAILED);
        }
        if name == "detect" {
            for (plugin, claim) in &doc.claims {
                println!("   {plugin:<14} {:.2}  {}", claim.score, claim.reasons.join("; "));
            }
        }
        if name == "strip" {
            print_stripping(&doc);
        }
    }
    println!("\n== record");
    println!("{}", serde_json::to_string_pretty(&doc.record).unwrap_or_default());
    Ok(crate::exit::OK)
}

fn print_stripping(doc: &vanban_core::Doc) {
    let Some(s) = &doc.stripping else { return };
    for (i, label) in s.labels.iter().enumerate() {
        let line = doc.page.line(i);
        let short: String = line.chars().take(90).collect();
        let more = if line.chars().count() > 90 { "…" } else { "" };
        match label.reason() {
            None => println!("   keep      {short}{more}"),
            Some(r) => println!("   - {r:<16} {short}{more}"),
        }
    }
}

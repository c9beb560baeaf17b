//! `vanban stages`: the stage types with their settings, from the registry.

use crate::args::PluginArgs;
use crate::Exit;
use vanban_core::registry;

pub fn stages(json: bool, args: &PluginArgs) -> Result<u8, Exit> {
    let plugins = super::plugin_set(&[], args)?;
    let mut rows: Vec<serde_json::Value> = registry::all()
        .iter()
        .map(|r| {
            serde_json::json!({
                "type": r.name, "kind": r.kind.as_str(), "summary": r.summary,
                "parallel": r.parallel, "origin": "builtin", "settings": r.settings,
            })
        })
        .collect();
    for e in plugins.entries() {
        for s in e.plugin.stages() {
            rows.push(serde_json::json!({
                "type": s.name, "kind": s.kind, "summary": s.description,
                "parallel": s.kind != "sink", "origin": format!("plugin {}", e.info.name), "settings": [],
            }));
        }
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&rows).unwrap_or_default());
        return Ok(crate::exit::OK);
    }
    for r in &rows {
        println!("{:<10} {:<9} {}", r["type"].as_str().unwrap_or(""), r["kind"].as_str().unwrap_or(""), r["summary"].as_str().unwrap_or(""));
        if r["origin"] != "builtin" {
            println!("           from {}", r["origin"].as_str().unwrap_or(""));
        }
        if r["parallel"] == true && r["kind"] == "transform" {
            println!("           workers = N (default: [pipeline] workers)");
        }
        for s in r["settings"].as_array().into_iter().flatten() {
            println!(
                "           {} = {} (default {}): {}",
                s["key"].as_str().unwrap_or(""),
                s["ty"].as_str().unwrap_or(""),
                s["default"].as_str().unwrap_or(""),
                s["help"].as_str().unwrap_or("")
            );
        }
    }
    Ok(crate::exit::OK)
}

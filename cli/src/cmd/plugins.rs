//! `vanban plugins`: every plugin with its origin and what it provides.

use crate::args::PluginArgs;
use crate::Exit;

pub fn plugins(json: bool, args: &PluginArgs) -> Result<u8, Exit> {
    let set = super::plugin_set(&[], args)?;
    let rows: Vec<serde_json::Value> = set
        .entries()
        .iter()
        .map(|e| {
            serde_json::json!({
                "name": e.info.name, "version": e.info.version, "origin": e.origin.to_string(),
                "description": e.info.description, "provides": e.info.provides,
            })
        })
        .collect();
    if json {
        println!("{}", serde_json::to_string_pretty(&rows).unwrap_or_default());
    } else {
        for e in set.entries() {
            println!("{:<14} {:<8} {:<10} {}", e.info.name, e.info.version, e.origin, e.info.provides.join(", "));
            if !e.info.description.is_empty() {
                println!("{:<14} {}", "", e.info.description);
            }
        }
    }
    Ok(crate::exit::OK)
}

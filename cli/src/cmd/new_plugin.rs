//! `vanban new-plugin NAME`: copies `plugin-template/` into a new folder with the names changed.

use crate::Exit;
use anyhow::{anyhow, Context};
use std::path::{Path, PathBuf};

/// The template, embedded at build time so that the installed binary can write it anywhere.
const FILES: &[(&str, &str)] = &[
    ("Cargo.toml", include_str!("../../../plugin-template/Cargo.toml")),
    ("README.md", include_str!("../../../plugin-template/README.md")),
    ("src/lib.rs", include_str!("../../../plugin-template/src/lib.rs")),
    ("tests/plugin.rs", include_str!("../../../plugin-template/tests/plugin.rs")),
];

/// Where the SDK sources are, for the new crate's path dependency.
const SDK_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../plugins/sdk");

pub fn new_plugin(name: &str, dir: Option<PathBuf>) -> Result<u8, Exit> {
    let valid = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && name.starts_with(|c: char| c.is_ascii_lowercase());
    if !valid {
        return Err(Exit::usage(anyhow!("plugin name `{name}`: use lower-case letters, digits and dashes, starting with a letter")));
    }
    let dir = dir.unwrap_or_else(|| PathBuf::from(format!("vanban-plugin-{name}")));
    if dir.exists() {
        return Err(Exit::usage(anyhow!("{} already exists", dir.display())));
    }
    write_template(name, &dir).map_err(|e| Exit { code: crate::exit::SOME_FAILED, error: e })?;
    println!("created {} (plugin `{name}`)", dir.display());
    println!("build it:  cargo build --release --manifest-path {}/Cargo.toml", dir.display());
    println!("load it:   vanban plugins --load {}/target/release/lib{}.so", dir.display(), crate_ident(name));
    Ok(crate::exit::OK)
}

fn crate_ident(name: &str) -> String {
    format!("vanban_plugin_{}", name.replace('-', "_"))
}

fn write_template(name: &str, dir: &Path) -> anyhow::Result<()> {
    let sdk = std::fs::canonicalize(SDK_DIR).unwrap_or_else(|_| PathBuf::from(SDK_DIR));
    let type_name: String = name
        .split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect();
    for (rel, text) in FILES {
        let text = text
            .replace("vanban-plugin-template", &format!("vanban-plugin-{name}"))
            .replace("vanban_plugin_template", &crate_ident(name))
            .replace("TemplatePlugin", &type_name)
            .replace("\"template\"", &format!("\"{name}\""))
            .replace("path = \"../plugins/sdk\"", &format!("path = \"{}\"", sdk.display()));
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap_or(dir)).with_context(|| format!("creating {}", path.display()))?;
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

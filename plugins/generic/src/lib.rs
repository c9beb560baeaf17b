//! The generic fallback plugin: strips boilerplate by general signals for sites no other
//! plugin knows.

pub mod dom;
mod lines;

use vanban_plugin_sdk::{Claim, Format, Page, Plugin, PluginError, PluginInfo, Stripping};

#[derive(Default)]
pub struct Generic;

impl Plugin for Generic {
    fn info(&self) -> PluginInfo {
        PluginInfo {
            name: "generic".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: "Fallback for pages no other plugin claims.".into(),
            provides: vec!["strip".into(), "metadata".into()],
        }
    }

    fn detect(&self, _page: &Page) -> Claim {
        Claim::none()
    }

    fn strip(&self, page: &Page) -> Result<Stripping, PluginError> {
        if page.format == Format::Html && !page.containers.is_empty() {
            return Ok(dom::strip(page));
        }
        Ok(lines::strip(page))
    }
}

vanban_plugin_sdk::export_plugin!(Generic);

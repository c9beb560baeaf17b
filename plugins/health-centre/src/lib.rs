//! The health-centre plugin.

use vanban_plugin_sdk::{Claim, Label, Page, Plugin, PluginError, PluginInfo, Stripping};

#[derive(Default)]
pub struct HealthCentre;

impl Plugin for HealthCentre {
    fn info(&self) -> PluginInfo {
        PluginInfo {
            name: "health-centre".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: String::new(),
            provides: vec!["detect".into(), "strip".into(), "metadata".into()],
        }
    }

    fn detect(&self, _page: &Page) -> Claim {
        Claim::none()
    }

    fn strip(&self, page: &Page) -> Result<Stripping, PluginError> {
        Ok(Stripping { labels: vec![Label::Body; page.blocks.len()], ..Stripping::default() })
    }
}

vanban_plugin_sdk::export_plugin!(HealthCentre);

//! The dept-news plugin.

use vanban_plugin_sdk::{Claim, Label, Page, Plugin, PluginError, PluginInfo, Stripping};

#[derive(Default)]
pub struct DeptNews;

impl Plugin for DeptNews {
    fn info(&self) -> PluginInfo {
        PluginInfo {
            name: "dept-news".into(),
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

vanban_plugin_sdk::export_plugin!(DeptNews);

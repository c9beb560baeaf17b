//! A complete vanban plugin for an imaginary portal, as a starting point for your own.
//!
//! The portal's pages open with a "BẢN TIN" (bulletin) line, carry a share bar ("Chia sẻ",
//! "In bài") and end with a "Nguồn:" (source) line. The plugin claims those pages, keeps
//! the article, and records everything else with a reason.

use vanban_plugin_sdk::{Claim, Label, Page, Plugin, PluginError, PluginInfo, Stripping};

#[derive(Default)]
pub struct TemplatePlugin;

/// Lines the portal puts around every article.
const SHARE_BAR: &[&str] = &["Chia sẻ", "In bài", "Gửi email", "Lưu bài"];

impl Plugin for TemplatePlugin {
    fn info(&self) -> PluginInfo {
        PluginInfo {
            name: "template".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: "Example plugin: bulletin pages with a share bar and a source line.".into(),
            provides: vec!["detect".into(), "strip".into(), "metadata".into()],
        }
    }

    /// Claims a page by its first line, and more strongly when the share bar is there too.
    fn detect(&self, page: &Page) -> Claim {
        let mut claim = Claim::none();
        if page.blocks.is_empty() {
            return claim;
        }
        if page.line(0).trim().to_uppercase().starts_with("BẢN TIN") {
            claim.score += 0.6;
            claim.reasons.push("opens with a BẢN TIN line".into());
        }
        if page.lines().any(|(_, _, l)| SHARE_BAR.contains(&l.trim())) {
            claim.score += 0.3;
            claim.reasons.push("has the share bar".into());
        }
        claim
    }

    /// The bulletin line is a dateline, the next line the title, share-bar lines and the
    /// "Nguồn:" line boilerplate, everything else body.
    fn strip(&self, page: &Page) -> Result<Stripping, PluginError> {
        let mut out = Stripping::default();
        let mut title_seen = false;
        for (i, _, line) in page.lines() {
            let line = line.trim();
            let label = if i == 0 && line.to_uppercase().starts_with("BẢN TIN") {
                Label::Dateline
            } else if !title_seen {
                title_seen = true;
                out.title = Some(line.to_string());
                Label::Title
            } else if SHARE_BAR.contains(&line) {
                Label::boilerplate("share-bar")
            } else if let Some(source) = line.strip_prefix("Nguồn:") {
                out.authors.push(source.trim().to_string());
                Label::Byline
            } else {
                Label::Body
            };
            out.labels.push(label);
        }
        Ok(out)
    }
}

vanban_plugin_sdk::export_plugin!(TemplatePlugin);

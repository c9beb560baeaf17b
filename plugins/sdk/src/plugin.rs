//! The [`Plugin`] trait: what a report-style or portal plugin provides.

use crate::model::{AdminDocument, Record};
use crate::page::Page;
use serde::{Deserialize, Serialize};

/// Who a plugin is and what it provides; shown by `vanban plugins`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PluginInfo {
    /// Unique name; also written as `source.style` of the records it handles.
    pub name: String,
    pub version: String,
    pub description: String,
    /// What it provides: "detect", "strip", "metadata", "extract", "stage:NAME". The host
    /// calls [`Plugin::extract`] only on plugins that list "extract".
    pub provides: Vec<String>,
}

/// How strongly a plugin claims a page, from 0 (not mine) to 1 (certainly mine).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub score: f32,
    /// The source site it recognised, if it is a portal plugin.
    pub portal: Option<String>,
    /// Why: the signals that matched, for `vanban explain`.
    pub reasons: Vec<String>,
}

impl Claim {
    pub fn none() -> Claim {
        Claim::default()
    }

    /// Adds `weight` to the score when a signal is present, with the reason `vanban explain`
    /// shows; the score is capped at 1.
    pub fn add(&mut self, present: bool, weight: f32, why: &str) {
        if present {
            self.score = (self.score + weight).min(1.0);
            self.reasons.push(why.to_string());
        }
    }
}

/// What a plugin says about one block of the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "label", content = "reason", rename_all = "lowercase")]
pub enum Label {
    /// Part of the article text.
    Body,
    /// The headline (its text goes to `Stripping::title`).
    Title,
    /// A photo caption (its text goes to `Stripping::captions`).
    Caption,
    /// An author line (its names go to `Stripping::authors`).
    Byline,
    /// A date or category line above the article.
    Dateline,
    /// Anything else around the article: menus, tag bars, counters, footers, related links.
    /// The reason is a short kebab-case word: "related-articles", "footer", "counter", ...
    Boilerplate(String),
}

impl Label {
    pub fn boilerplate(reason: &str) -> Label {
        Label::Boilerplate(reason.to_string())
    }

    /// The reason recorded in `stripped` for a block that is not body.
    pub fn reason(&self) -> Option<&str> {
        match self {
            Label::Body => None,
            Label::Title => Some("title"),
            Label::Caption => Some("caption"),
            Label::Byline => Some("byline"),
            Label::Dateline => Some("dateline"),
            Label::Boilerplate(r) => Some(r),
        }
    }
}

/// A plugin's reading of a page: a label for every block, and the page metadata.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stripping {
    /// One label per block of the page, in order.
    pub labels: Vec<Label>,
    pub title: Option<String>,
    /// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM".
    pub published: Option<String>,
    /// Names only.
    pub authors: Vec<String>,
    pub captions: Vec<String>,
    /// The fields of an administrative document, for that style only.
    pub document: Option<AdminDocument>,
    pub warnings: Vec<String>,
}

impl Stripping {
    /// The text of every block labelled [`Label::Body`], in page order: the body as the
    /// strip stage builds it, before the blank lines between paragraphs.
    pub fn body_lines(&self, page: &Page) -> Vec<String> {
        self.labels.iter().enumerate().filter(|(_, l)| **l == Label::Body).map(|(i, _)| page.line(i).to_string()).collect()
    }
}

/// A stage a plugin provides in addition to detect and strip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageSpec {
    pub name: String,
    /// "transform" (changes records) or "sink" (consumes them).
    pub kind: String,
    pub description: String,
}

/// A plugin's failure on one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PluginError {
    pub message: String,
}

impl PluginError {
    pub fn new(message: impl Into<String>) -> PluginError {
        PluginError { message: message.into() }
    }
}

impl std::fmt::Display for PluginError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for PluginError {}

/// A report-style or portal plugin.
///
/// The same implementation runs linked into the CLI (called directly) or loaded from a
/// shared library built with [`crate::export_plugin!`] (called across the C boundary).
pub trait Plugin: Send + Sync + 'static {
    fn info(&self) -> PluginInfo;

    /// How strongly this plugin claims the page. The highest claim above the pipeline's
    /// threshold wins; below it the generic fallback handles the page.
    fn detect(&self, page: &Page) -> Claim;

    /// Labels every block (body, title, caption, byline, boilerplate with a reason) and
    /// reads the page metadata.
    fn strip(&self, page: &Page) -> Result<Stripping, PluginError>;

    /// Optional extraction beyond the core extractors, run after them on the record of a
    /// page this plugin won. Called only when [`PluginInfo::provides`] lists "extract",
    /// linked in or loaded alike: a plugin without it costs nothing here, where a loaded
    /// one would otherwise be sent every record it won and answer that nothing changed.
    fn extract(&self, _page: &Page, _record: &mut Record) -> Result<(), PluginError> {
        Ok(())
    }

    /// Extra stages this plugin provides (a transform or a sink over records).
    fn stages(&self) -> Vec<StageSpec> {
        Vec::new()
    }

    /// Runs one of [`Plugin::stages`] on a record; `config` is the stage's pipeline table as JSON.
    fn run_stage(&self, stage: &str, _config: &serde_json::Value, _record: &mut Record) -> Result<(), PluginError> {
        Err(PluginError::new(format!("plugin {} has no stage {stage}", self.info().name)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_adds_present_signals_only_and_caps_at_one() {
        let mut c = Claim::none();
        c.add(true, 0.7, "tag bar");
        c.add(false, 0.5, "footer");
        c.add(true, 0.6, "byline");
        assert_eq!(c.score, 1.0);
        assert_eq!(c.reasons, vec!["tag bar".to_string(), "byline".to_string()]);
    }
}

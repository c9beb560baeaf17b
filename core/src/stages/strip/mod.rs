//! Stripping: the chosen plugin labels every block; the body is what it keeps, and every
//! other block is recorded in `stripped` with its reason and the plugin's name.

use crate::config::StageConfig;
use crate::doc::Doc;
use crate::engine::guarded;
use crate::error::{ConfigError, StageError};
use crate::plugin_host::PluginSet;
use crate::registry::{BuildContext, Built, StageKind, StageRegistration};
use crate::stage::Transform;
use serde::Deserialize;
use std::sync::Arc;
use vanban_plugin_sdk::{Label, Page, Record, Stripped, Stripping};

mod frame;

pub struct Strip {
    plugins: Arc<PluginSet>,
}

impl Strip {
    pub fn new(plugins: Arc<PluginSet>) -> Strip {
        Strip { plugins }
    }
}

impl Transform for Strip {
    fn apply(&self, doc: &mut Doc) -> Result<(), StageError> {
        let name = doc.record.source.style.clone().unwrap_or_else(|| crate::plugin_host::GENERIC.to_string());
        let entry = self
            .plugins
            .get(&name)
            .ok_or_else(|| StageError::plugin(&name, "is not loaded (run detect before strip)"))?;
        let mut stripping = strip_by(&name, &entry.plugin, &doc.page)?;
        let mut by_frame = Vec::new();
        if frame::applies(&doc.page, &name) {
            if let Some(generic) = self.plugins.get(crate::plugin_host::GENERIC) {
                // The frame only helps: when it fails, the style's reading stands alone.
                match strip_by(crate::plugin_host::GENERIC, &generic.plugin, &doc.page) {
                    Ok(outer) => by_frame = frame::frame(&mut stripping, &outer),
                    Err(e) => doc.trace("strip", format!("no frame from the page around the document: {}", e.message)),
                }
            }
        }
        apply_stripping_framed(&mut doc.record, &doc.page, &stripping, &name, &by_frame);
        let removed = stripping.labels.iter().filter(|l| **l != Label::Body).count();
        let framed = by_frame.iter().filter(|f| **f).count();
        let around = if framed > 0 { format!(" ({framed} of them as the page around it, by {})", crate::plugin_host::GENERIC) } else { String::new() };
        doc.trace("strip", format!("{name} kept {} blocks, removed {removed}{around}", stripping.labels.len() - removed));
        doc.stripping = Some(stripping);
        Ok(())
    }
}

/// `plugin`'s stripping of `page`, checked to fit it.
fn strip_by(name: &str, plugin: &Arc<dyn vanban_plugin_sdk::Plugin>, page: &Page) -> Result<Stripping, StageError> {
    let stripping = guarded(|| plugin.strip(page).map_err(|e| StageError::plugin(name, e)))
        .map_err(|e| StageError::new(e.kind, if e.message.starts_with("plugin ") { e.message } else { format!("plugin {name}: {}", e.message) }))?;
    check(page, &stripping).map_err(|m| StageError::plugin(name, m))?;
    Ok(stripping)
}

/// Refuses a stripping that does not fit the page, rather than writing nonsense.
fn check(page: &Page, s: &Stripping) -> Result<(), String> {
    if s.labels.len() != page.blocks.len() {
        return Err(format!("returned {} labels for a page of {} blocks", s.labels.len(), page.blocks.len()));
    }
    Ok(())
}

/// A block's line without its outer spaces. A row of cells keeps its outer tabs: they
/// stand for empty cells ("\t\tNăm 2024\tNăm 2025" under two cells that span two rows).
fn trim_line(line: &str) -> &str {
    let trimmed = line.trim();
    // The memchr crate's search: `str::contains` reads a word at a time, not a vector.
    if memchr::memchr(b'\t', trimmed.as_bytes()).is_some() {
        line.trim_matches(|c: char| c.is_whitespace() && c != '\t')
    } else {
        trimmed
    }
}

/// Builds the record's body and metadata from a plugin's labels.
pub fn apply_stripping(record: &mut Record, page: &Page, s: &Stripping, by: &str) {
    apply_stripping_framed(record, page, s, by, &[]);
}

/// [`apply_stripping`], where the blocks `by_frame` marks were labelled by the generic
/// plugin framing `by`'s reading ([`frame`]): their entries in `stripped` name it.
fn apply_stripping_framed(record: &mut Record, page: &Page, s: &Stripping, by: &str, by_frame: &[bool]) {
    // The body never outgrows the page: its text less the stripped blocks, with a blank
    // line where the page had a line break. Reserved once instead of grown block by block.
    let mut body = String::with_capacity(page.text.len() + page.blocks.len());
    let mut stripped: Vec<Stripped> = Vec::new();
    for (i, label) in s.labels.iter().enumerate() {
        let line = trim_line(page.line(i));
        match label.reason() {
            None => {
                if line.is_empty() {
                    continue;
                }
                if !body.is_empty() {
                    body.push_str("\n\n");
                }
                body.push_str(line);
            }
            Some(reason) => {
                let by = if by_frame.get(i).copied().unwrap_or(false) { crate::plugin_host::GENERIC } else { by };
                match stripped.last_mut() {
                    // Neighbouring blocks removed for the same reason read best as one entry.
                    Some(last) if last.reason == reason && last.by == by && i > 0 && s.labels[i - 1] == *label => {
                        last.text.push('\n');
                        last.text.push_str(line);
                    }
                    _ => stripped.push(Stripped { text: line.to_string(), reason: reason.to_string(), by: by.to_string() }),
                }
            }
        }
    }
    record.body = body;
    record.stripped = stripped;
    record.title = s.title.clone().filter(|t| !t.trim().is_empty());
    record.published = s.published.clone();
    record.authors = s.authors.clone();
    record.captions = s.captions.clone();
    record.document = s.document.clone();
    record.warnings.extend(s.warnings.iter().cloned());
    if record.body.is_empty() && !record.stripped.is_empty() {
        // A portal's record of a document whose text is an attached file, a page of links:
        // the reader should know the empty body is the page's, not a failure.
        record.warnings.push(format!("no body text: all of the page was stripped, in {} parts", record.stripped.len()));
    }
}

fn build(sc: &StageConfig, ctx: &BuildContext) -> Result<Built, ConfigError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct NoSettings {}
    let _: NoSettings = sc.parse()?;
    Ok(Built::Transform(Arc::new(Strip::new(ctx.plugins.clone()))))
}

inventory::submit! {
    StageRegistration {
        name: "strip",
        kind: StageKind::Transform,
        summary: "Lets the chosen plugin separate the article from boilerplate and read title, date, authors and captions.",
        settings: &[],
        parallel: true,
        build,
    }
}

//! Detection: asks every plugin how strongly it claims the page and picks the highest;
//! below the threshold the generic fallback takes the page.

use crate::config::StageConfig;
use crate::doc::Doc;
use crate::engine::guarded;
use crate::error::{ConfigError, StageError};
use crate::plugin_host::{PluginEntry, PluginSet, GENERIC};
use crate::registry::{BuildContext, Built, Setting, StageKind, StageRegistration};
use crate::stage::Transform;
use serde::Deserialize;
use std::cell::RefCell;
use std::sync::Arc;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct DetectConfig {
    threshold: f32,
    fallback: String,
    /// Plugins left out of detection (e.g. to measure the generic fallback alone).
    disable: Vec<String>,
}

impl Default for DetectConfig {
    fn default() -> Self {
        DetectConfig { threshold: 0.5, fallback: GENERIC.into(), disable: Vec::new() }
    }
}

pub struct Detect {
    plugins: Vec<PluginEntry>,
    threshold: f32,
    fallback: String,
}

impl Detect {
    pub fn new(set: &PluginSet, threshold: f32, fallback: &str, disable: &[String]) -> Detect {
        let plugins = set.entries().iter().filter(|e| !disable.iter().any(|d| d == e.name())).cloned().collect();
        Detect { plugins, threshold, fallback: fallback.to_string() }
    }
}

impl Transform for Detect {
    fn apply(&self, doc: &mut Doc) -> Result<(), StageError> {
        let mut claims = Vec::with_capacity(self.plugins.len());
        for e in &self.plugins {
            if e.name() == self.fallback {
                continue;
            }
            let claim = guarded(|| Ok(e.plugin.detect(&doc.page))).map_err(|err| StageError::plugin(e.name(), err))?;
            claims.push((e.name().to_string(), claim));
        }
        // Highest score first; ties keep plugin order, so the choice is deterministic.
        claims.sort_by(|a, b| b.1.score.partial_cmp(&a.1.score).unwrap_or(std::cmp::Ordering::Equal));
        let chosen = claims.first().filter(|(_, c)| c.score >= self.threshold);
        let (style, portal) = match chosen {
            Some((name, c)) => (name.clone(), c.portal.clone()),
            None => (self.fallback.clone(), None),
        };
        let mut note = format!("chose {style} (claims: ");
        for (i, (name, claim)) in claims.iter().enumerate() {
            if i > 0 {
                note.push_str(", ");
            }
            note.push_str(name);
            note.push(' ');
            push_score(&mut note, claim.score);
        }
        note.push(')');
        doc.trace("detect", note);
        doc.record.source.style = Some(style);
        doc.record.source.portal = portal;
        doc.claims = claims;
        Ok(())
    }
}

thread_local! {
    /// Scores written with two decimals, by their bits. The claims are sums of a few weights,
    /// so a handful of scores recur on every page, and formatting a float costs more than
    /// the rest of the trace.
    static SCORES: RefCell<Vec<(u32, String)>> = const { RefCell::new(Vec::new()) };
}

/// The most scores [`SCORES`] keeps, lest a plugin whose scores vary fill it.
const SCORES_KEPT: usize = 64;

/// Appends `score` written as `{:.2}` writes it.
fn push_score(out: &mut String, score: f32) {
    SCORES.with(|scores| {
        let mut scores = scores.borrow_mut();
        let bits = score.to_bits();
        match scores.iter().find(|(b, _)| *b == bits) {
            Some((_, text)) => out.push_str(text),
            None => {
                let text = format!("{score:.2}");
                out.push_str(&text);
                if scores.len() < SCORES_KEPT {
                    scores.push((bits, text));
                }
            }
        }
    })
}

fn build(sc: &StageConfig, ctx: &BuildContext) -> Result<Built, ConfigError> {
    let cfg: DetectConfig = sc.parse()?;
    for name in &cfg.disable {
        if ctx.plugins.get(name).is_none() {
            return Err(sc.error(&format!("`disable` names no loaded plugin: `{name}`")));
        }
    }
    if ctx.plugins.get(&cfg.fallback).is_none() {
        return Err(sc.error(&format!("the `fallback` plugin is not loaded: `{}`", cfg.fallback)));
    }
    Ok(Built::Transform(Arc::new(Detect::new(&ctx.plugins, cfg.threshold, &cfg.fallback, &cfg.disable))))
}

inventory::submit! {
    StageRegistration {
        name: "detect",
        kind: StageKind::Transform,
        summary: "Picks the plugin (report style or portal) that claims the page most strongly.",
        settings: &[
            Setting { key: "threshold", ty: "number", default: "0.5", help: "lowest score that wins; below it the fallback handles the page" },
            Setting { key: "fallback", ty: "string", default: "generic", help: "plugin for pages no other plugin claims" },
            Setting { key: "disable", ty: "list of strings", default: "[]", help: "plugins left out of detection" },
        ],
        parallel: true,
        build,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_scores_are_written_as_format_writes_them() {
        let scores = [0.0, 0.1, 0.125, 0.35, 0.45, 0.5, 0.75, 0.85, 1.0, -0.25, 12.345, f32::NAN, f32::INFINITY, 0.3 + 0.2 + 0.25];
        // Twice over, and with more scores than are kept: written, then read back.
        for round in 0..2 {
            for (i, score) in scores.iter().enumerate() {
                let mut out = String::new();
                push_score(&mut out, *score);
                assert_eq!(out, format!("{score:.2}"), "round {round}, score {i}");
            }
            for k in 0..(2 * SCORES_KEPT) {
                let score = k as f32 / 7.0;
                let mut out = String::new();
                push_score(&mut out, score);
                assert_eq!(out, format!("{score:.2}"), "round {round}");
            }
        }
    }
}

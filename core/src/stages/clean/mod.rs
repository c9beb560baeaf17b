//! Cleaning: makes every page the same clean NFC text.

use crate::config::StageConfig;
use crate::doc::Doc;
use crate::error::{ConfigError, StageError};
use crate::registry::{BuildContext, Built, StageKind, StageRegistration};
use crate::stage::Transform;
use serde::Deserialize;
use std::sync::Arc;
use unicode_normalization::UnicodeNormalization;

pub struct Clean;

impl Transform for Clean {
    fn apply(&self, doc: &mut Doc) -> Result<(), StageError> {
        let page = &mut doc.page;
        let mut text = String::with_capacity(page.text.len());
        for b in page.blocks.iter_mut() {
            let line: String = page.text[b.start..b.end].nfc().collect();
            if !text.is_empty() {
                text.push('\n');
            }
            b.start = text.len();
            text.push_str(&line);
            b.end = text.len();
        }
        page.text = text;
        Ok(())
    }
}

fn build(sc: &StageConfig, _ctx: &BuildContext) -> Result<Built, ConfigError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct NoSettings {}
    let _: NoSettings = sc.parse()?;
    Ok(Built::Transform(Arc::new(Clean)))
}

inventory::submit! {
    StageRegistration {
        name: "clean",
        kind: StageKind::Transform,
        summary: "Normalises text to NFC.",
        settings: &[],
        parallel: true,
        build,
    }
}

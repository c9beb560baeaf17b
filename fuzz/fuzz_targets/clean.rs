//! Fuzzes the cleaner: any decoded page comes out as NFC text whose blocks slice it.
#![no_main]

#[path = "../common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use std::sync::{Arc, OnceLock};
use unicode_normalization::UnicodeNormalization;
use vanban_core::stages::load::decode::decode;
use vanban_core::{Doc, Transform};

fn clean() -> &'static Arc<dyn Transform> {
    static CLEAN: OnceLock<Arc<dyn Transform>> = OnceLock::new();
    CLEAN.get_or_init(|| common::transforms(&["clean"]).remove(0))
}

fuzz_target!(|data: &[u8]| {
    let (html, raw) = match data.split_first() {
        Some((k, rest)) => (k & 1 == 1, rest),
        None => (false, data),
    };
    let name = if html { "page.html" } else { "doc.txt" };
    let Ok(decoded) = decode(raw, name, vanban_core::PipelineSettings::default().max_document_bytes) else { return };
    let mut doc = Doc::new(0, name, raw.to_vec());
    doc.page = decoded.page;
    if clean().apply(&mut doc).is_ok() {
        common::check_blocks(&doc.page);
        // Re-normalising clean text must not change it.
        assert!(doc.page.text.nfc().eq(doc.page.text.chars()), "cleaned text is not NFC");
    }
});

//! Fuzzes the extractors through the stages before them (decode, clean, detect, strip,
//! extract, with the built-in plugins): no panic, and every entity's offsets slice its
//! field to the entity text, in code points.
#![no_main]

#[path = "../common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use std::sync::{Arc, OnceLock};
use vanban_core::sdk::{Entity, Field, Record};
use vanban_core::{Doc, Transform};

fn stages() -> &'static [Arc<dyn Transform>] {
    static STAGES: OnceLock<Vec<Arc<dyn Transform>>> = OnceLock::new();
    STAGES.get_or_init(|| common::transforms(&["decode", "clean", "detect", "strip", "extract"]))
}

fn field<'a>(record: &'a Record, e: &Entity) -> Option<&'a str> {
    match e.field {
        Field::Body => Some(&record.body),
        Field::Title => record.title.as_deref(),
        Field::Captions => record.captions.get(e.index).map(String::as_str),
    }
}

fuzz_target!(|data: &[u8]| {
    let name = if data.first().is_some_and(|b| b & 1 == 1) { "page.html" } else { "doc.txt" };
    let mut doc = Doc::new(0, name, data.get(1..).unwrap_or_default().to_vec());
    for stage in stages() {
        if stage.apply(&mut doc).is_err() {
            return;
        }
    }
    for e in &doc.record.entities {
        let text = field(&doc.record, e).expect("entity field exists");
        assert!(e.start <= e.end && e.end <= text.chars().count(), "entity offsets out of the field: {e:?}");
        let slice: String = text.chars().skip(e.start).take(e.end - e.start).collect();
        assert_eq!(slice, e.text, "entity offsets do not slice to its text");
    }
});

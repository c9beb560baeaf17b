//! Fuzzes the decoder: any bytes, under any of the file names it treats differently,
//! give a page or an error, never a panic, and a page's blocks always slice its text.
#![no_main]

#[path = "../common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use vanban_core::stages::load::decode::decode;

const NAMES: &[&str] = &["doc.txt", "page.html", "page.htm", "report.docx", "report.pdf", "doc.gz", "noext"];

fuzz_target!(|data: &[u8]| {
    let (name, raw) = match data.split_first() {
        Some((k, rest)) => (NAMES[*k as usize % NAMES.len()], rest),
        None => (NAMES[0], data),
    };
    if let Ok(decoded) = decode(raw, name, vanban_core::PipelineSettings::default().max_document_bytes) {
        common::check_blocks(&decoded.page);
    }
});

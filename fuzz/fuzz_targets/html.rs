//! Fuzzes the HTML reader: any text gives a page whose blocks slice its text.
#![no_main]

#[path = "../common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use vanban_core::stages::load::html::read_html;

fuzz_target!(|html: &str| {
    common::check_blocks(&read_html(html, "fuzz.html"));
});

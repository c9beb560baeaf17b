//! vanban's integration tests: one binary, one module per area.

mod support;

mod acceptance;
mod cli;
mod engine;
mod extract;
mod html;
mod load_clean;
mod plugins;
mod report_browser;
mod sinks;
mod snapshots;
mod styles;
mod synth;

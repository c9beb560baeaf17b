//! vanban's integration tests: one binary, one module per area.

mod support;

mod acceptance;
mod cli;
mod engine;
mod extract;
mod heldout_a;
mod heldout_b;
mod hostile;
mod html;
mod interrupt;
mod load_clean;
mod plugin_faults;
mod plugins;
mod props;
mod report_browser;
mod sinks;
mod snapshots;
mod styles;
mod synth;
mod tables;

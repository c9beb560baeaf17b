//! vanban's integration tests: one binary, one module per area.

mod support;

mod acceptance;
mod cli;
mod engine;
mod hostile;
mod interrupt;
mod plugin_faults;
mod plugins;
mod props;
mod report_browser;
mod sinks;
mod snapshots;

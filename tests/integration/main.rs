//! vanban's integration tests: one binary, one module per area.

mod engine;
mod report_browser;
mod sinks;

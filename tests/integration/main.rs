//! vanban's integration tests: one binary, one module per area.

mod support;

mod engine;
mod hostile;
mod interrupt;
mod plugin_faults;
mod props;

//! vanban's integration tests: one binary, one module per area.

mod support;

mod acceptance;
mod cli;
mod engine;
mod plugins;
mod snapshots;
mod synth;

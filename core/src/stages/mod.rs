//! The built-in stages, one module per kind of work, in pipeline order.
//!
//! Each registers itself with `inventory::submit!` (see `crate::registry`).

pub mod clean;
pub mod detect;
pub mod extract;
pub mod load;
pub mod plugin_stage;
pub mod sinks;
pub mod strip;

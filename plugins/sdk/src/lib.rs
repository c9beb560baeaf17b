//! The vanban plugin SDK: the only crate a plugin author depends on.
//!
//! - [`model`]: the document record of `SCHEMA.md`, as the JSON Lines sink writes it.
//! - [`page`]: what a plugin is shown: cleaned text as blocks, with HTML structure and metadata.
//! - [`plugin`]: the [`Plugin`] trait a report-style or portal plugin implements.
//! - [`abi`]: the C boundary a dynamic plugin exports, hidden behind [`export_plugin!`].

pub mod abi;
pub mod byline;
pub mod date_stamp;
pub mod declared;
pub mod furniture;
pub mod model;
pub mod page;
pub mod plugin;
pub mod testing;
pub mod text;

pub use model::*;
pub use page::{Block, BlockTag, Container, Format, Page, PageMeta};
pub use plugin::{
    Claim, Label, Plugin, PluginError, PluginInfo, StageSpec, Stripping,
};

/// Version of the SDK a plugin was built against; part of the compatibility record.
pub const SDK_VERSION: &str = env!("CARGO_PKG_VERSION");

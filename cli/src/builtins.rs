//! The first-party plugins linked into the CLI, so that it works with nothing else installed.

use std::sync::Arc;
use vanban_core::{PluginEntry, PluginSet};
use vanban_plugin_sdk::Plugin;

/// Every built-in plugin, the generic fallback last.
pub fn plugins() -> Vec<Arc<dyn Plugin>> {
    vec![
        Arc::new(vanban_plugin_dept_news::DeptNews),
        Arc::new(vanban_plugin_newspaper::Newspaper),
        Arc::new(vanban_plugin_admin_doc::AdminDoc),
        Arc::new(vanban_plugin_health_centre::HealthCentre),
        Arc::new(vanban_plugin_eportal::Eportal),
        Arc::new(vanban_plugin_generic::Generic),
    ]
}

/// The built-in plugin set.
pub fn plugin_set() -> PluginSet {
    let mut set = PluginSet::new();
    for p in plugins() {
        set.add(PluginEntry::builtin(p));
    }
    set
}

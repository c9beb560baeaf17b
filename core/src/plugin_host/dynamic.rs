//! Loads a plugin from a shared library and calls it across the C boundary of
//! `vanban_plugin_sdk::abi`.
//!
//! The order of checks matters: the `u32` ABI version is read before anything else in the
//! declaration, then the compatibility record, and only then is any plugin function
//! called. Libraries are never unloaded: a plugin may have spawned threads or handed out
//! pointers that outlive any call, so the handle is leaked on purpose.

use crate::error::ConfigError;
use crate::plugin_host::{PluginEntry, PluginOrigin};
use std::ffi::CStr;
use std::path::Path;
use std::sync::Arc;
use vanban_plugin_sdk::abi::{self, Buffer, CompatRecord, LentPage, PageView, PluginDecl, VTable, ABI_VERSION};
use vanban_plugin_sdk::{Claim, Page, Plugin, PluginError, PluginInfo, Record, StageSpec, Stripping};

/// Loads the library at `path`, checks it, and wraps it as a [`Plugin`].
pub fn load(path: &Path) -> Result<PluginEntry, ConfigError> {
    let fail = |message: String| ConfigError::Plugin { path: path.to_path_buf(), message };
    if !path.exists() {
        return Err(fail("no such file".into()));
    }
    // SAFETY: loading a library runs its initialisers; that is the trust a user gives a
    // plugin by naming it. Everything after this is checked before it is called.
    let lib = unsafe { libloading::Library::new(path) }.map_err(|e| fail(format!("not a loadable library: {e}")))?;
    let lib: &'static libloading::Library = Box::leak(Box::new(lib));
    let entry: libloading::Symbol<abi::EntryFn> = unsafe { lib.get(abi::ENTRY_SYMBOL) }
        // The likeliest cause: a plugin crate built without its feature `dynamic` (a plain
        // `cargo build` of the workspace rebuilds the same file that way).
        .map_err(|_| fail("not a vanban plugin: it exports no `vanban_plugin_entry` (a plugin crate built without its feature `dynamic` has none)".into()))?;
    let decl = unsafe { entry() };
    if decl.is_null() {
        return Err(fail("its entry point returned nothing".into()));
    }
    // Read only the first field until the version is known to match.
    let version = unsafe { std::ptr::read(decl as *const u32) };
    if version != ABI_VERSION {
        return Err(fail(format!("built for plugin ABI version {version}, this vanban speaks version {ABI_VERSION}: rebuild it against this SDK")));
    }
    let decl: &'static PluginDecl = unsafe { &*decl };
    check_compat(&decl.compat).map_err(fail)?;
    if (decl.vtable.struct_size as usize) < std::mem::size_of::<VTable>() {
        return Err(fail("its function table is smaller than this ABI version's".into()));
    }
    let plugin = DynamicPlugin { vtable: &decl.vtable };
    let info = plugin.call_info().map_err(|e| fail(format!("cannot describe itself: {e}")))?;
    if info.name.trim().is_empty() {
        return Err(fail("it has no name".into()));
    }
    Ok(PluginEntry { plugin: Arc::new(plugin), info, origin: PluginOrigin::File(path.to_path_buf()) })
}

fn check_compat(c: &CompatRecord) -> Result<(), String> {
    if (c.struct_size as usize) < std::mem::size_of::<CompatRecord>() {
        return Err("its compatibility record is too small".into());
    }
    let field = |p: *const std::ffi::c_char, what: &str| -> Result<String, String> {
        if p.is_null() {
            return Err(format!("its compatibility record has no {what}"));
        }
        Ok(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
    };
    let target = field(c.target, "target")?;
    let ours = abi::TARGET.trim_end_matches('\0');
    if target != ours {
        return Err(format!("built for {target}, this vanban runs on {ours}"));
    }
    let sdk = field(c.sdk_version, "SDK version")?;
    let major = |v: &str| v.split('.').take(2).collect::<Vec<_>>().join(".");
    if major(&sdk) != major(vanban_plugin_sdk::SDK_VERSION) {
        return Err(format!("built with SDK {sdk}, this vanban has SDK {}", vanban_plugin_sdk::SDK_VERSION));
    }
    field(c.plugin_name, "name")?;
    field(c.plugin_version, "version")?;
    Ok(())
}

/// A plugin behind the C boundary. Pages go as lent views, everything else as JSON.
struct DynamicPlugin {
    vtable: &'static VTable,
}

// The vtable holds only function pointers into a library that is never unloaded.
unsafe impl Send for DynamicPlugin {}
unsafe impl Sync for DynamicPlugin {}

impl DynamicPlugin {
    /// Reads the answer of a call that returned `status` and filled `out`, then gives the
    /// buffer back. `read` sees the plugin's bytes in place: no copy is made of them.
    fn answer<T>(&self, status: i32, out: Buffer, read: impl FnOnce(&[u8]) -> Result<T, PluginError>) -> Result<T, PluginError> {
        match status {
            abi::OK => self.with_bytes(out, read),
            abi::ERR | abi::PANIC => {
                let mut msg = Buffer::empty();
                unsafe { (self.vtable.last_error)(&mut msg) };
                let msg = self.with_bytes(msg, |b| Ok(String::from_utf8_lossy(b).into_owned()))?;
                Err(PluginError::new(if msg.is_empty() { "failed without a message".into() } else { msg }))
            }
            other => Err(PluginError::new(format!("returned an unknown status {other}"))),
        }
    }

    fn with_bytes<T>(&self, buf: Buffer, read: impl FnOnce(&[u8]) -> Result<T, PluginError>) -> Result<T, PluginError> {
        let bytes = unsafe { abi::input(buf.ptr, buf.len) };
        let read = read(bytes);
        unsafe { (self.vtable.free_buffer)(buf) };
        read
    }

    fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T, PluginError> {
        let text = std::str::from_utf8(bytes).map_err(|_| PluginError::new(format!("returned a {what} that is not UTF-8")))?;
        serde_json::from_str(text).map_err(|e| PluginError::new(format!("returned a malformed {what}: {e}")))
    }

    /// Decodes a changed record, or keeps `record` when the plugin answered with nothing.
    fn update(bytes: &[u8], record: &mut Record) -> Result<(), PluginError> {
        if !bytes.is_empty() {
            *record = Self::decode(bytes, "record")?;
        }
        Ok(())
    }

    fn call_info(&self) -> Result<PluginInfo, PluginError> {
        let mut out = Buffer::empty();
        let status = unsafe { (self.vtable.info)(&mut out) };
        self.answer(status, out, |b| Self::decode(b, "description"))
    }

    /// Calls `f` with `page` laid out for the boundary; the view lives until `f` returns.
    fn with_page<T>(&self, page: &Page, f: impl FnOnce(&PageView) -> Result<T, PluginError>) -> Result<T, PluginError> {
        let lent = LentPage::new(page)?;
        f(&lent.view())
    }
}

impl Plugin for DynamicPlugin {
    fn info(&self) -> PluginInfo {
        self.call_info().unwrap_or_else(|e| PluginInfo { name: format!("<broken: {e}>"), ..PluginInfo::default() })
    }

    fn detect(&self, page: &Page) -> Claim {
        let claim = self.with_page(page, |view| {
            let mut out = Buffer::empty();
            let status = unsafe { (self.vtable.detect)(view, &mut out) };
            self.answer(status, out, |b| Self::decode::<Claim>(b, "claim"))
        });
        match claim {
            Ok(c) if c.score.is_finite() => c,
            // A plugin that cannot say whether a page is its own does not claim it.
            Ok(_) | Err(_) => Claim::none(),
        }
    }

    fn strip(&self, page: &Page) -> Result<Stripping, PluginError> {
        self.with_page(page, |view| {
            let mut out = Buffer::empty();
            let status = unsafe { (self.vtable.strip)(view, &mut out) };
            self.answer(status, out, |b| Self::decode(b, "stripping"))
        })
    }

    fn extract(&self, page: &Page, record: &mut Record) -> Result<(), PluginError> {
        let rec = serde_json::to_vec(&*record).map_err(|e| PluginError::new(format!("cannot encode the record: {e}")))?;
        self.with_page(page, |view| {
            let mut out = Buffer::empty();
            let status = unsafe { (self.vtable.extract)(view, rec.as_ptr(), rec.len(), &mut out) };
            self.answer(status, out, |b| Self::update(b, record))
        })
    }

    fn stages(&self) -> Vec<StageSpec> {
        // Stage specs travel inside the plugin description as "stage:NAME:KIND" entries.
        self.call_info()
            .map(|i| {
                i.provides
                    .iter()
                    .filter_map(|p| {
                        let mut it = p.strip_prefix("stage:")?.splitn(2, ':');
                        let name = it.next()?.to_string();
                        let kind = it.next().unwrap_or("transform").to_string();
                        Some(StageSpec { name, kind, description: String::new() })
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn run_stage(&self, stage: &str, config: &serde_json::Value, record: &mut Record) -> Result<(), PluginError> {
        let cfg = serde_json::to_vec(config).map_err(|e| PluginError::new(format!("cannot encode the config: {e}")))?;
        let rec = serde_json::to_vec(&*record).map_err(|e| PluginError::new(format!("cannot encode the record: {e}")))?;
        let mut out = Buffer::empty();
        let status = unsafe {
            (self.vtable.run_stage)(stage.as_ptr(), stage.len(), cfg.as_ptr(), cfg.len(), rec.as_ptr(), rec.len(), &mut out)
        };
        self.answer(status, out, |b| Self::update(b, record))
    }
}

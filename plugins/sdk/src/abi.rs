//! The C boundary between the vanban host and a plugin built as a shared library.
//!
//! One symbol, [`ENTRY_SYMBOL`], returns a pointer to a static [`PluginDecl`]. The host
//! reads its first field, the `u32` [`ABI_VERSION`], before anything else and refuses the
//! library when it differs; then it checks the [`CompatRecord`]; only then does it call the
//! functions of the [`VTable`]. Across the boundary go only `#[repr(C)]` data and byte
//! buffers: a page as a [`PageView`] (its text as UTF-8 bytes, its blocks as C structs, the
//! small rest as JSON; see [`page_view`]), everything else as UTF-8 JSON of the SDK types.
//! Every buffer the plugin allocates comes back to it through [`VTable::free_buffer`].
//! Every export catches panics and leaves a message for [`VTable::last_error`]. Plugin
//! authors use [`crate::export_plugin!`] and see none of this.

use crate::model::Record;
use crate::plugin::{Plugin, PluginError};
use std::cell::RefCell;
use std::ffi::c_char;
use std::panic::{catch_unwind, AssertUnwindSafe};

pub mod page_view;
pub use page_view::{read_page, BlockView, LentPage, PageView, BLOCK_TAGS, NO_CONTAINER};

/// Bumped whenever [`PluginDecl`], [`CompatRecord`], [`VTable`] or [`PageView`] change
/// layout or meaning. Version 2 lends pages as a [`PageView`] instead of JSON, and lets
/// `extract` and `run_stage` answer "unchanged" with an empty buffer.
pub const ABI_VERSION: u32 = 2;

/// The one exported symbol, NUL-terminated for `dlsym`.
pub const ENTRY_SYMBOL: &[u8] = b"vanban_plugin_entry\0";

/// `extern "C" fn() -> *const PluginDecl`
pub type EntryFn = unsafe extern "C" fn() -> *const PluginDecl;

/// Status codes of the vtable functions.
pub const OK: i32 = 0;
/// The plugin returned an error; the message is in `last_error`.
pub const ERR: i32 = 1;
/// The plugin panicked; the message is in `last_error`.
pub const PANIC: i32 = 2;

/// What the entry point returns. `abi_version` must stay the first field forever.
#[repr(C)]
pub struct PluginDecl {
    pub abi_version: u32,
    pub compat: CompatRecord,
    pub vtable: VTable,
}

/// Who built the plugin, with what: checked by the host before any call.
#[repr(C)]
pub struct CompatRecord {
    /// `size_of::<CompatRecord>()` as the plugin saw it.
    pub struct_size: u32,
    /// NUL-terminated static strings.
    pub plugin_name: *const c_char,
    pub plugin_version: *const c_char,
    pub sdk_version: *const c_char,
    /// `target_arch-target_os`, e.g. "x86_64-linux".
    pub target: *const c_char,
}

/// A byte buffer owned by the plugin until returned through `free_buffer`.
#[repr(C)]
pub struct Buffer {
    pub ptr: *mut u8,
    pub len: usize,
    pub cap: usize,
}

impl Buffer {
    pub const fn empty() -> Buffer {
        Buffer { ptr: std::ptr::null_mut(), len: 0, cap: 0 }
    }

    fn from_vec(v: Vec<u8>) -> Buffer {
        let mut v = std::mem::ManuallyDrop::new(v);
        Buffer { ptr: v.as_mut_ptr(), len: v.len(), cap: v.capacity() }
    }
}

/// Functions of the plugin. A page comes as a [`PageView`], other inputs as `(ptr, len)`
/// UTF-8 JSON; outputs are written to `out`.
#[repr(C)]
pub struct VTable {
    pub struct_size: u32,
    /// `PluginInfo` as JSON.
    pub info: unsafe extern "C" fn(out: *mut Buffer) -> i32,
    /// A page in, `Claim` JSON out.
    pub detect: unsafe extern "C" fn(page: *const PageView, out: *mut Buffer) -> i32,
    /// A page in, `Stripping` JSON out.
    pub strip: unsafe extern "C" fn(page: *const PageView, out: *mut Buffer) -> i32,
    /// A page and `Record` JSON in; the changed `Record` JSON out, or nothing (an empty
    /// buffer) when the plugin left the record as it was.
    pub extract: unsafe extern "C" fn(page: *const PageView, rec: *const u8, rec_len: usize, out: *mut Buffer) -> i32,
    /// Stage name, stage config JSON and `Record` JSON in; the changed `Record` JSON out, or
    /// nothing when it is unchanged.
    pub run_stage: unsafe extern "C" fn(
        stage: *const u8,
        stage_len: usize,
        config: *const u8,
        config_len: usize,
        rec: *const u8,
        rec_len: usize,
        out: *mut Buffer,
    ) -> i32,
    /// Gives back a buffer this plugin allocated.
    pub free_buffer: unsafe extern "C" fn(buf: Buffer),
    /// The message of the last `ERR` or `PANIC` on this thread, as UTF-8.
    pub last_error: unsafe extern "C" fn(out: *mut Buffer) -> i32,
}

thread_local! {
    static LAST_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
}

fn set_last_error(msg: String) {
    LAST_ERROR.with(|e| *e.borrow_mut() = msg);
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        format!("panicked: {s}")
    } else if let Some(s) = p.downcast_ref::<String>() {
        format!("panicked: {s}")
    } else {
        "panicked".to_string()
    }
}

/// Runs `f` behind `catch_unwind`, writes its JSON output to `out` and returns a status.
///
/// # Safety
/// `out` must point to a writable [`Buffer`].
pub unsafe fn guard(out: *mut Buffer, f: impl FnOnce() -> Result<Vec<u8>, PluginError>) -> i32 {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(bytes)) => {
            *out = Buffer::from_vec(bytes);
            OK
        }
        Ok(Err(e)) => {
            set_last_error(e.message);
            ERR
        }
        Err(p) => {
            set_last_error(panic_message(&*p));
            PANIC
        }
    }
}

/// The `len` items at `ptr` as a slice; empty when `len` is 0 or `ptr` is null.
///
/// # Safety
/// `ptr` must be valid for `len` items (or `len` must be 0).
pub unsafe fn input<'a, T>(ptr: *const T, len: usize) -> &'a [T] {
    if len == 0 || ptr.is_null() {
        &[]
    } else {
        std::slice::from_raw_parts(ptr, len)
    }
}

pub fn parse<T: serde::de::DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T, PluginError> {
    serde_json::from_slice(bytes).map_err(|e| PluginError::new(format!("host sent an invalid {what}: {e}")))
}

pub fn to_json<T: serde::Serialize>(v: &T) -> Result<Vec<u8>, PluginError> {
    serde_json::to_vec(v).map_err(|e| PluginError::new(format!("cannot encode the answer: {e}")))
}

/// The implementations behind the vtable of one plugin, generic over how it is found.
///
/// # Safety (every function here)
/// The host calls them through the vtable only: each input pointer is valid for its
/// length (or the length is 0), `out` points at a writable [`Buffer`], and every buffer
/// handed to `free_buffer` came from this plugin and is freed once.
#[allow(clippy::missing_safety_doc)]
pub mod export {
    use super::*;

    /// The description carries the plugin's stages as "stage:NAME:KIND" entries of `provides`.
    pub unsafe fn info(p: &dyn Plugin, out: *mut Buffer) -> i32 {
        guard(out, || {
            let mut info = p.info();
            for s in p.stages() {
                let entry = format!("stage:{}:{}", s.name, s.kind);
                if !info.provides.contains(&entry) {
                    info.provides.push(entry);
                }
            }
            to_json(&info)
        })
    }

    pub unsafe fn detect(p: &dyn Plugin, page: *const PageView, out: *mut Buffer) -> i32 {
        guard(out, || {
            let page = read_page(page)?;
            to_json(&p.detect(&page))
        })
    }

    pub unsafe fn strip(p: &dyn Plugin, page: *const PageView, out: *mut Buffer) -> i32 {
        guard(out, || {
            let page = read_page(page)?;
            to_json(&p.strip(&page)?)
        })
    }

    pub unsafe fn extract(p: &dyn Plugin, page: *const PageView, rec: *const u8, rlen: usize, out: *mut Buffer) -> i32 {
        guard(out, || {
            let page = read_page(page)?;
            changed_record(parse(input(rec, rlen), "record")?, |record| p.extract(&page, record))
        })
    }

    #[allow(clippy::too_many_arguments)]
    pub unsafe fn run_stage(
        p: &dyn Plugin,
        stage: *const u8,
        slen: usize,
        config: *const u8,
        clen: usize,
        rec: *const u8,
        rlen: usize,
        out: *mut Buffer,
    ) -> i32 {
        guard(out, || {
            let stage = std::str::from_utf8(input(stage, slen)).map_err(|_| PluginError::new("stage name is not UTF-8"))?;
            let config: serde_json::Value = parse(input(config, clen), "stage config")?;
            changed_record(parse(input(rec, rlen), "record")?, |record| p.run_stage(stage, &config, record))
        })
    }

    /// Runs `change` on `record` and answers with the record as JSON, or with nothing when
    /// it is unchanged: most plugins leave most records alone, and the record (body and
    /// entities) is the largest thing that would cross back.
    fn changed_record(record: Record, change: impl FnOnce(&mut Record) -> Result<(), PluginError>) -> Result<Vec<u8>, PluginError> {
        let mut changed = record.clone();
        change(&mut changed)?;
        if changed == record {
            Ok(Vec::new())
        } else {
            to_json(&changed)
        }
    }

    pub unsafe fn free_buffer(buf: Buffer) {
        if !buf.ptr.is_null() {
            drop(Vec::from_raw_parts(buf.ptr, buf.len, buf.cap));
        }
    }

    pub unsafe fn last_error(out: *mut Buffer) -> i32 {
        let msg = LAST_ERROR.with(|e| e.borrow().clone());
        *out = Buffer::from_vec(msg.into_bytes());
        OK
    }
}

/// `target_arch-target_os` of this build, NUL-terminated.
pub const TARGET: &str = concat!(
    std::env!("VANBAN_SDK_TARGET_ARCH"),
    "-",
    std::env!("VANBAN_SDK_TARGET_OS"),
    "\0"
);

/// Exports a plugin as a shared library that `vanban` can load.
///
/// ```ignore
/// vanban_plugin_sdk::export_plugin!(MyPlugin::default());
/// ```
///
/// The entry point is compiled only with the crate feature `dynamic`, so that the same
/// crate can also be linked into a binary beside other plugins without symbol clashes.
#[macro_export]
macro_rules! export_plugin {
    ($ctor:expr) => {
        #[cfg(feature = "dynamic")]
        mod __vanban_export {
            use super::*;
            use $crate::abi::{export, Buffer, CompatRecord, PageView, PluginDecl, VTable, ABI_VERSION};
            use $crate::plugin::Plugin;

            fn plugin() -> &'static dyn Plugin {
                static PLUGIN: ::std::sync::OnceLock<Box<dyn Plugin>> = ::std::sync::OnceLock::new();
                PLUGIN.get_or_init(|| Box::new($ctor)).as_ref()
            }

            unsafe extern "C" fn info(out: *mut Buffer) -> i32 {
                export::info(plugin(), out)
            }
            unsafe extern "C" fn detect(p: *const PageView, out: *mut Buffer) -> i32 {
                export::detect(plugin(), p, out)
            }
            unsafe extern "C" fn strip(p: *const PageView, out: *mut Buffer) -> i32 {
                export::strip(plugin(), p, out)
            }
            unsafe extern "C" fn extract(p: *const PageView, r: *const u8, rl: usize, out: *mut Buffer) -> i32 {
                export::extract(plugin(), p, r, rl, out)
            }
            unsafe extern "C" fn run_stage(
                s: *const u8,
                sl: usize,
                c: *const u8,
                cl: usize,
                r: *const u8,
                rl: usize,
                out: *mut Buffer,
            ) -> i32 {
                export::run_stage(plugin(), s, sl, c, cl, r, rl, out)
            }
            unsafe extern "C" fn free_buffer(b: Buffer) {
                export::free_buffer(b)
            }
            unsafe extern "C" fn last_error(out: *mut Buffer) -> i32 {
                export::last_error(out)
            }

            struct Decl(PluginDecl);
            // The declaration holds only pointers to static strings and functions.
            unsafe impl Sync for Decl {}

            static DECL: Decl = Decl(PluginDecl {
                abi_version: ABI_VERSION,
                compat: CompatRecord {
                    struct_size: ::std::mem::size_of::<CompatRecord>() as u32,
                    plugin_name: concat!(env!("CARGO_PKG_NAME"), "\0").as_ptr() as *const ::std::ffi::c_char,
                    plugin_version: concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr() as *const ::std::ffi::c_char,
                    sdk_version: $crate::abi::SDK_VERSION_C.as_ptr() as *const ::std::ffi::c_char,
                    target: $crate::abi::TARGET.as_ptr() as *const ::std::ffi::c_char,
                },
                vtable: VTable {
                    struct_size: ::std::mem::size_of::<VTable>() as u32,
                    info,
                    detect,
                    strip,
                    extract,
                    run_stage,
                    free_buffer,
                    last_error,
                },
            });

            #[no_mangle]
            pub extern "C" fn vanban_plugin_entry() -> *const PluginDecl {
                &DECL.0
            }
        }
    };
}

/// The SDK version, NUL-terminated, for the compatibility record.
pub const SDK_VERSION_C: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");

//! Loading: the `files` source walks the inputs and reads their bytes; the `decode`
//! transform finds the format and encoding and turns the bytes into a [`Page`].

pub mod decode;
pub mod docx;
pub mod encoding;
pub mod html;
pub mod legacy;
pub mod pdf;
pub mod walk;
pub mod word97;

use crate::config::StageConfig;
use crate::doc::{Doc, Failure, Item};
use crate::error::{ConfigError, StageError};
use crate::registry::{BuildContext, Built, Setting, StageKind, StageRegistration};
use crate::stage::{Source, Transform};
use serde::Deserialize;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use vanban_plugin_sdk::Page;

/// File name endings the `files` source picks up inside folders (named files are always read).
/// The server-side endings ("aspx", "php", …) are web pages as a crawler saved them under
/// their address; the decoder tells HTML from text by the bytes, not the name.
pub const DEFAULT_EXTENSIONS: &[&str] =
    &["txt", "text", "html", "htm", "xhtml", "shtml", "aspx", "asp", "php", "jsp", "cfm", "docx", "doc", "pdf", "gz"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct FilesConfig {
    paths: Vec<String>,
    extensions: Vec<String>,
    follow_links: bool,
}

impl Default for FilesConfig {
    fn default() -> Self {
        FilesConfig { paths: Vec::new(), extensions: DEFAULT_EXTENSIONS.iter().map(|s| s.to_string()).collect(), follow_links: true }
    }
}

/// Walks files and folders in a stable (sorted) order and reads each file whole.
pub struct FilesSource {
    paths: Vec<String>,
    extensions: Vec<String>,
    follow_links: bool,
    max_bytes: u64,
    /// The run's output folder, as an absolute path: a walk does not go into it, so that a
    /// second `vanban run . --out out` does not read the first one's report as documents.
    out_dir: Option<PathBuf>,
    /// Files passed over inside folders for their ending, by ending.
    skipped: RefCell<BTreeMap<String, u64>>,
}

impl FilesSource {
    pub fn new(paths: Vec<String>, max_bytes: u64) -> FilesSource {
        let d = FilesConfig::default();
        FilesSource { paths, extensions: d.extensions, follow_links: d.follow_links, max_bytes, out_dir: None, skipped: RefCell::default() }
    }

    fn wanted(&self, path: &Path) -> bool {
        let ext = decode::extension(&path.to_string_lossy());
        self.extensions.iter().any(|e| e.eq_ignore_ascii_case(&ext))
    }

    /// Counts file `path`, passed over by its ending, unless it is one of the run's own
    /// output files (`out`, below the folder walked). Always false, for the walk's filter.
    fn pass_over(&self, path: &Path, out: Option<&Path>) -> bool {
        if !out.is_some_and(|out| path.starts_with(out)) {
            *self.skipped.borrow_mut().entry(ending(path)).or_default() += 1;
        }
        false
    }

    /// Every file below `root`, sorted, with walk errors (loops, unreadable folders) kept.
    /// Lazily: a folder's entries are read when the walk reaches it, so memory follows the
    /// largest folder, not the whole tree.
    fn walk<'a>(&'a self, root: &'a Path) -> Box<dyn Iterator<Item = walk::Step> + 'a> {
        if !root.is_dir() {
            return Box::new(std::iter::once(Ok(root.to_path_buf())));
        }
        let out = self.out_dir_below(root);
        let inside = out.clone();
        let walk = walk::SortedWalk::new(root, self.follow_links, move |path: &Path| {
            self.wanted(path) || self.pass_over(path, inside.as_deref())
        });
        match out {
            Some(out) => {
                tracing::info!(folder = %out.display(), "the output folder is inside an input folder: its files are not read");
                Box::new(walk.filter(move |step| !matches!(step, Ok(path) if path.starts_with(&out))))
            }
            None => Box::new(walk),
        }
    }

    /// The output folder as the walk of `root` names its paths (`root` joined with the
    /// folder's place below it), when it lies below `root`.
    fn out_dir_below(&self, root: &Path) -> Option<PathBuf> {
        let out = self.out_dir.as_ref()?;
        let below = out.strip_prefix(absolute(root)?).ok()?;
        (!below.as_os_str().is_empty()).then(|| root.join(below))
    }

    fn read(&self, path: &Path) -> Result<Vec<u8>, StageError> {
        let file = std::fs::File::open(path).map_err(|e| StageError::io(&e))?;
        let meta = file.metadata().map_err(|e| StageError::io(&e))?;
        if !meta.is_file() {
            return Err(StageError::input("not a regular file"));
        }
        if meta.len() > self.max_bytes {
            return Err(too_large(meta.len(), self.max_bytes));
        }
        let mut buf = Vec::with_capacity(meta.len() as usize);
        // Read one byte past the limit so that a file that grew is still caught.
        file.take(self.max_bytes + 1).read_to_end(&mut buf).map_err(|e| StageError::io(&e))?;
        if buf.len() as u64 > self.max_bytes {
            return Err(too_large(buf.len() as u64, self.max_bytes));
        }
        Ok(buf)
    }
}

/// `path` made absolute with its links resolved, also when it does not exist yet (an
/// output folder the run is about to make): its nearest existing folder is resolved and
/// the rest joined to it.
fn absolute(path: &Path) -> Option<PathBuf> {
    let path = std::path::absolute(path).ok()?;
    let mut missing = Vec::new();
    let mut existing = path.as_path();
    loop {
        if let Ok(found) = existing.canonicalize() {
            return Some(missing.iter().rev().fold(found, |p, name| p.join(name)));
        }
        missing.push(existing.file_name()?.to_os_string());
        existing = existing.parent()?;
    }
}

/// A file's ending as the summary counts skipped files: ".doc", or "(no ending)".
fn ending(path: &Path) -> String {
    match decode::extension(&path.to_string_lossy()) {
        ext if ext.is_empty() => "(no ending)".to_string(),
        ext => format!(".{ext}"),
    }
}

fn too_large(len: u64, max: u64) -> StageError {
    StageError::input(format!("the file is {len} bytes, over the limit of {max} bytes (max_document_bytes)"))
}

impl Source for FilesSource {
    fn run(&mut self, emit: &mut dyn FnMut(Item) -> bool) -> Result<(), StageError> {
        let mut seq = 0u64;
        let paths = self.paths.clone();
        for p in &paths {
            let entries: Box<dyn Iterator<Item = _>> = if p == "-" { Box::new(std::iter::once(Ok(PathBuf::from("-")))) } else { self.walk(Path::new(p)) };
            for entry in entries {
                let item = match entry {
                    Ok(path) if path.as_os_str() == "-" => {
                        let mut buf = Vec::new();
                        match std::io::stdin().take(self.max_bytes + 1).read_to_end(&mut buf) {
                            Ok(_) if buf.len() as u64 > self.max_bytes => {
                                Item::Failed(Failure::new(seq, "-", "files", too_large(buf.len() as u64, self.max_bytes)))
                            }
                            Ok(_) => Item::Doc(Box::new(new_doc(seq, "-", buf))),
                            Err(e) => Item::Failed(Failure::new(seq, "-", "files", StageError::io(&e))),
                        }
                    }
                    Ok(path) => {
                        let shown = path.display().to_string();
                        match self.read(&path) {
                            Ok(bytes) => Item::Doc(Box::new(new_doc(seq, &shown, bytes))),
                            Err(e) => Item::Failed(Failure::new(seq, &shown, "files", e)),
                        }
                    }
                    Err((path, reason)) => {
                        Item::Failed(Failure::new(seq, &path.display().to_string(), "files", StageError::input(reason)))
                    }
                };
                seq += 1;
                if !emit(item) {
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    fn skipped(&self) -> BTreeMap<String, u64> {
        self.skipped.borrow().clone()
    }
}

/// A new document with its content id: the same bytes always give the same id.
pub fn new_doc(seq: u64, path: &str, bytes: Vec<u8>) -> Doc {
    let mut doc = Doc::new(seq, path, bytes);
    doc.record.id = format!("{:032x}", xxhash_rust::xxh3::xxh3_128(&doc.raw));
    doc
}

fn build_files(sc: &StageConfig, ctx: &BuildContext) -> Result<Built, ConfigError> {
    let cfg: FilesConfig = sc.parse()?;
    let paths = if ctx.inputs.is_empty() { cfg.paths } else { ctx.inputs.clone() };
    Ok(Built::Source(Box::new(FilesSource {
        paths,
        extensions: cfg.extensions,
        follow_links: cfg.follow_links,
        max_bytes: ctx.settings.max_document_bytes,
        out_dir: absolute(&ctx.out_dir),
        skipped: RefCell::default(),
    })))
}

inventory::submit! {
    StageRegistration {
        name: "files",
        kind: StageKind::Source,
        summary: "Reads files and folders (recursively, in sorted order) or stdin (`-`).",
        settings: &[
            Setting { key: "paths", ty: "list of strings", default: "[]", help: "inputs when none are given on the command line" },
            Setting { key: "extensions", ty: "list of strings", default: "txt, text, html, htm, xhtml, shtml, aspx, asp, php, jsp, cfm, docx, doc, pdf, gz", help: "file endings picked up inside folders (others are counted in the run summary; hidden files and folders are passed over)" },
            Setting { key: "follow_links", ty: "boolean", default: "true", help: "follow symbolic links (loops are reported, not followed)" },
        ],
        parallel: false,
        build: build_files,
    }
}

/// Turns raw bytes into a page: finds the format and the encoding.
pub struct Decode {
    /// Bounds what decompression (gzip, DOCX, PDF streams) may produce.
    pub max_document_bytes: u64,
}

impl Transform for Decode {
    fn apply(&self, doc: &mut Doc) -> Result<(), StageError> {
        let decoded = decode::decode(&doc.raw, doc.path(), self.max_document_bytes)?;
        doc.record.source.encoding = Some(decoded.encoding.clone());
        doc.record.source.format = Some(decoded.page.format.as_str().to_string());
        doc.record.warnings.extend(decoded.warnings.iter().cloned());
        for note in &decoded.notes {
            doc.trace("decode", note.clone());
        }
        doc.trace("decode", format!("format {}, encoding {}", decoded.page.format.as_str(), decoded.encoding));
        doc.page = decoded.page;
        Ok(())
    }
}

/// What the decoder found.
#[derive(Debug, Default)]
pub struct Decoded {
    pub page: Page,
    /// "utf-8", "utf-16le", "windows-1258", "tcvn3", ...
    pub encoding: String,
    /// For the record: an uncertain guess, a repaired file.
    pub warnings: Vec<String>,
    /// For `vanban explain`: what the decoder did.
    pub notes: Vec<String>,
}

fn build_decode(sc: &StageConfig, ctx: &BuildContext) -> Result<Built, ConfigError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct NoSettings {}
    let _: NoSettings = sc.parse()?;
    Ok(Built::Transform(Arc::new(Decode { max_document_bytes: ctx.settings.max_document_bytes })))
}

inventory::submit! {
    StageRegistration {
        name: "decode",
        kind: StageKind::Transform,
        summary: "Finds the format (text, HTML, DOCX, PDF) and the encoding, and reads the text into blocks.",
        settings: &[],
        parallel: true,
        build: build_decode,
    }
}

//! The `files` source's walk: every wanted file below a folder, in name order, holding only
//! the names of the folders it is inside. Hidden entries (names starting with a dot) and an
//! earlier run's output folder below the root are passed over.
//!
//! A sorted walk must read a whole folder before giving its first entry, so its memory
//! follows the largest folder: a crawl is often one folder of tens of thousands of pages.
//! Each entry is kept as its bare name and kind (about 40 bytes), not as a full path with
//! its metadata (walkdir's sorted walk holds some 150 bytes an entry), and files the source
//! would skip are dropped once the folder is read.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// What the walk gives: a file to read, or a path it could not go through and why.
pub type Step = Result<PathBuf, (PathBuf, String)>;

/// An entry's kind as the folder listing tells it, before any link is followed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Folder,
    /// A link the walk follows (one it does not follow is a `File` by its own name).
    Link,
    File,
    /// The listing could not say (the entry may have gone meanwhile): asked again on the visit.
    Unknown,
}

/// A folder being walked: its path, the names not yet visited (in reverse order, so that
/// the next one pops off the end) and the entries the listing could not read, given first.
struct Level {
    path: PathBuf,
    rest: Vec<(Box<OsStr>, Kind)>,
    unread: Vec<String>,
}

/// Walks `root` depth first, each folder's entries by name (byte order), folders entered
/// where their name falls. `wanted` picks the files by name; links are followed when
/// `follow_links` is set, and a link back to a folder the walk is inside is reported once.
pub struct SortedWalk<F> {
    wanted: F,
    follow_links: bool,
    stack: Vec<Level>,
    /// The folders on the stack, to recognise a loop (kept only when links are followed).
    ancestors: Vec<same_file::Handle>,
    /// A step found while entering the root, given before anything else.
    pending: Option<Step>,
}

impl<F: Fn(&Path) -> bool> SortedWalk<F> {
    pub fn new(root: &Path, follow_links: bool, wanted: F) -> SortedWalk<F> {
        let mut walk = SortedWalk { wanted, follow_links, stack: Vec::new(), ancestors: Vec::new(), pending: None };
        walk.pending = walk.enter(root.to_path_buf());
        walk
    }

    /// Reads folder `path` onto the stack; a step to give if that failed.
    fn enter(&mut self, path: PathBuf) -> Option<Step> {
        if self.follow_links {
            match same_file::Handle::from_path(&path) {
                Ok(h) if self.ancestors.contains(&h) => return Some(Err((path, "a symbolic link loop".to_string()))),
                Ok(h) => self.ancestors.push(h),
                Err(e) => return Some(Err((path, e.to_string()))),
            }
        }
        match self.list(&path) {
            Ok(level) => {
                self.stack.push(level);
                None
            }
            Err(e) => {
                self.ancestors.truncate(self.stack.len());
                Some(Err((path, e.to_string())))
            }
        }
    }

    /// Folder `path` as a level of the walk: its entries worth visiting, sorted by name, last
    /// first, and why any entry could not be read at all.
    fn list(&self, path: &Path) -> std::io::Result<Level> {
        let (mut rest, mut unread) = (Vec::new(), Vec::new());
        for entry in std::fs::read_dir(path)? {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    unread.push(e.to_string());
                    continue;
                }
            };
            let kind = match entry.file_type() {
                Ok(t) if t.is_dir() => Kind::Folder,
                Ok(t) if t.is_symlink() && self.follow_links => Kind::Link,
                Ok(_) => Kind::File,
                Err(_) => Kind::Unknown,
            };
            let name = entry.file_name();
            // Hidden entries (".git", ".DS_Store", a crawler's ".cache") are no documents:
            // passed over as ripgrep and fd do.
            if name.as_encoded_bytes().starts_with(b".") {
                continue;
            }
            rest.push((name.into_boxed_os_str(), kind));
        }
        // The root was named by the user: read whatever it holds.
        if !self.stack.is_empty() && is_earlier_output(&rest) {
            tracing::info!(folder = %path.display(), "an earlier run's output folder: its files are not read");
            return Ok(Level { path: path.to_path_buf(), rest: Vec::new(), unread });
        }
        rest.retain(|(name, kind)| *kind != Kind::File || self.picks(&path.join(&**name)));
        rest.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        Ok(Level { path: path.to_path_buf(), rest, unread })
    }

    /// Whether the source wants file `path`.
    fn picks(&self, path: &Path) -> bool {
        let wanted = (self.wanted)(path);
        if !wanted {
            tracing::debug!(path = %path.display(), "skipped: not a document type");
        }
        wanted
    }

    /// What entry `path` of kind `kind` gives: a step, or `None` when it was a folder
    /// entered or a file skipped. Plain files were picked when their folder was listed; a
    /// followed link or an entry of unknown kind is looked at now.
    fn visit(&mut self, path: PathBuf, kind: Kind) -> Option<Step> {
        let meta = match kind {
            Kind::Folder => return self.enter(path),
            Kind::File => return Some(Ok(path)),
            Kind::Link => std::fs::metadata(&path),
            Kind::Unknown if self.follow_links => std::fs::metadata(&path),
            Kind::Unknown => std::fs::symlink_metadata(&path),
        };
        match meta {
            Err(e) => Some(Err((path, e.to_string()))),
            Ok(meta) if meta.is_dir() => self.enter(path),
            Ok(_) => self.picks(&path).then_some(Ok(path)),
        }
    }
}

/// Whether a folder's entries are those of a `vanban run --out` folder: its records beside
/// its summary. Its report pages are HTML, and read again they would come back as documents
/// when a run's output was left inside the folder a later run reads.
fn is_earlier_output(entries: &[(Box<OsStr>, Kind)]) -> bool {
    let holds = |wanted: &str| entries.iter().any(|(name, kind)| *kind == Kind::File && **name == *OsStr::new(wanted));
    holds("documents.jsonl") && holds("summary.json")
}

impl<F: Fn(&Path) -> bool> Iterator for SortedWalk<F> {
    type Item = Step;

    fn next(&mut self) -> Option<Step> {
        if let Some(step) = self.pending.take() {
            return Some(step);
        }
        loop {
            let level = self.stack.last_mut()?;
            if let Some(why) = level.unread.pop() {
                return Some(Err((level.path.clone(), why)));
            }
            let Some((name, kind)) = level.rest.pop() else {
                self.stack.pop();
                self.ancestors.truncate(self.stack.len());
                continue;
            };
            let path = level.path.join(&*name);
            if let Some(step) = self.visit(path, kind) {
                return Some(step);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::sinks::test_docs::scratch_dir;

    fn walk(root: &Path, follow_links: bool) -> Vec<String> {
        let wanted = |p: &Path| p.extension().is_some_and(|e| e == "txt");
        SortedWalk::new(root, follow_links, wanted)
            .map(|step| match step {
                Ok(p) => p.strip_prefix(root).unwrap().display().to_string(),
                Err((p, why)) => format!("ERR {} {why}", p.strip_prefix(root).unwrap_or(&p).display()),
            })
            .collect()
    }

    #[test]
    fn files_come_in_name_order_with_folders_where_their_name_falls_and_hidden_ones_passed_over() {
        let dir = scratch_dir("walk-order");
        for f in ["b.txt", "a/z.txt", "a/c/d.txt", "a/b.txt", "B.txt", "c.txt", "c.html", "a0.txt", ".b.txt", ".git/x.txt", "a/.c/y.txt"] {
            let path = dir.join(f);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        std::fs::create_dir_all(dir.join("empty")).unwrap();
        assert_eq!(walk(&dir, true), ["B.txt", "a/b.txt", "a/c/d.txt", "a/z.txt", "a0.txt", "b.txt", "c.txt"]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_earlier_runs_output_folder_below_the_root_is_passed_over() {
        let dir = scratch_dir("walk-earlier-output");
        for f in ["a.txt", "old-out/documents.jsonl", "old-out/summary.json", "old-out/notes.txt", "old-out/report/x.txt", "records/documents.jsonl", "records/b.txt"] {
            let path = dir.join(f);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        // A folder with records but no summary is no run's output.
        assert_eq!(walk(&dir, true), ["a.txt", "records/b.txt"]);
        // Named as the root, the folder is read.
        assert_eq!(walk(&dir.join("old-out"), true), ["notes.txt", "report/x.txt"]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_back_up_is_one_error_and_a_broken_link_another() {
        let dir = scratch_dir("walk-links");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("sub/x.txt"), "x").unwrap();
        std::os::unix::fs::symlink(&dir, dir.join("sub/up")).unwrap();
        std::os::unix::fs::symlink(dir.join("nowhere.txt"), dir.join("gone.txt")).unwrap();
        std::os::unix::fs::symlink(dir.join("sub"), dir.join("via")).unwrap();
        let got = walk(&dir, true);
        assert_eq!(got.len(), 5, "{got:?}");
        assert!(got[0].starts_with("ERR gone.txt"), "{got:?}");
        assert_eq!(&got[1..], ["sub/up", "sub/x.txt", "via/up", "via/x.txt"].map(|s| if s.ends_with("up") { format!("ERR {s} a symbolic link loop") } else { s.to_string() }));
        // Not following links: a link is a file name like any other.
        assert_eq!(walk(&dir, false), ["gone.txt", "sub/x.txt"]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_unreadable_root_is_one_error() {
        let parent = scratch_dir("walk-missing");
        let got = walk(&parent.join("not-there"), true);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("ERR "), "{got:?}");
        let _ = std::fs::remove_dir_all(&parent);
    }
}

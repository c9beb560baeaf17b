//! The HTML report sink: `report.html` (a summary and a paginated table of documents, then
//! the failed ones with their reasons) and `report/docs-<k>.html`, the documents' own
//! sections, `documents_per_file` to a file, each under the anchor `#d<n>`.
//!
//! Documents are grouped because a file per document costs more to create than to write:
//! for a large corpus the report's time went into the file system, not into HTML.
//!
//! Sections are written as the documents come (each once the next one arrives, to link to
//! it), so at most one section is held in memory; only a small row per document is kept for
//! the index. Everything goes to a temporary folder that replaces the previous report at the
//! end of the run. Pages are self-contained (inline style, no script, no font or image
//! fetched) so the report opens offline.

pub(crate) mod html;
mod index;
mod page;

use super::atomic::temp_name;
use super::{out_path, AtomicFile};
use crate::config::StageConfig;
use crate::doc::{Doc, Failure};
use crate::error::{ConfigError, StageError};
use crate::registry::{BuildContext, Built, Setting, StageKind, StageRegistration};
use crate::stage::{Encode, Encoded, Sink};
use index::{Index, Places};
use serde::Deserialize;
use std::fs::File;
use std::io::{BufWriter, IoSlice, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use vanban_plugin_sdk::Record;

pub struct ReportSink {
    /// `report.html`: the first index page.
    target: PathBuf,
    /// The folder of document pages, beside the index (`report/`).
    folder: PathBuf,
    /// Where the folder is written during the run.
    temp_folder: PathBuf,
    documents_per_file: usize,
    /// The index pages' rows, gathered on disk; taken when the pages are written.
    index: Option<Index>,
    /// The last document's section (its start and its content), held until the next
    /// document (or the end) decides its "next" link: never more than one in memory.
    waiting: Option<(usize, String, String)>,
    /// The file of sections being written, with its number.
    open_file: Option<(usize, BufWriter<File>)>,
    finished: bool,
}

impl ReportSink {
    /// `target` is the index file; the other files go to a folder named after it without
    /// `.html`. Default grouping: [`DOCUMENTS_PER_FILE`].
    pub fn create(target: &Path, rows_per_page: usize) -> std::io::Result<ReportSink> {
        ReportSink::with_grouping(target, rows_per_page, DOCUMENTS_PER_FILE)
    }

    /// Like [`ReportSink::create`], with `documents_per_file` sections to a file.
    pub fn with_grouping(target: &Path, rows_per_page: usize, documents_per_file: usize) -> std::io::Result<ReportSink> {
        let folder = pages_folder(target);
        super::stale::remove_stale(target);
        super::stale::remove_stale(&folder);
        super::stale::remove_stale(&old_folder(&folder));
        let temp_folder = temp_name(&folder);
        if temp_folder.exists() {
            std::fs::remove_dir_all(&temp_folder)?;
        }
        std::fs::create_dir_all(&temp_folder)?;
        let places = Places { folder: file_name(&folder), target: file_name(target) };
        let index = Some(Index::create(&temp_folder, places, rows_per_page)?);
        Ok(ReportSink {
            target: target.to_path_buf(),
            folder,
            temp_folder,
            documents_per_file: documents_per_file.max(1),
            index,
            waiting: None,
            open_file: None,
            finished: false,
        })
    }

    /// The index, or an error once its pages are written.
    fn index(&mut self) -> Result<&mut Index, StageError> {
        self.index.as_mut().ok_or_else(|| StageError::output("the report is finished already"))
    }

    /// Link to index page `k` (0-based) from a page inside the folder.
    fn index_href_inside(&self, k: usize) -> String {
        if k == 0 {
            format!("../{}", file_name(&self.target))
        } else {
            format!("index-{}.html", k + 1)
        }
    }

    /// The file holding document `n` (1-based), numbered from 1.
    fn file_of(&self, n: usize) -> usize {
        (n - 1) / self.documents_per_file + 1
    }

    /// Link to document `n` from a page inside the folder.
    fn doc_href_inside(&self, n: usize) -> String {
        format!("docs-{}.html#d{n}", self.file_of(n))
    }

    /// Writes index pages 2.. into the folder and returns page 1, not yet in place.
    fn write_index_pages(&mut self) -> std::io::Result<AtomicFile> {
        let mut first = AtomicFile::create(&self.target)?;
        let Some(index) = self.index.take() else { return Err(std::io::Error::other("the index was written already")) };
        let folder = &self.temp_folder;
        index.write_pages(&mut first, |k| File::create(folder.join(format!("index-{}.html", k + 1))))?;
        Ok(first)
    }

    /// Moves the new folder into place, then the index, then drops the old folder.
    fn swap_in(&self, index: AtomicFile) -> std::io::Result<()> {
        let old = temp_name(&old_folder(&self.folder));
        let had_old = self.folder.exists();
        if had_old {
            std::fs::rename(&self.folder, &old)?;
        }
        std::fs::rename(&self.temp_folder, &self.folder)?;
        index.commit()?;
        if had_old {
            std::fs::remove_dir_all(&old)?;
        }
        Ok(())
    }

    /// Writes document `n`'s section into its file, with `next` in place of the
    /// next-document marker of its start.
    fn write_section(&mut self, n: usize, start: &str, content: &str, next: &str) -> std::io::Result<()> {
        let k = self.file_of(n);
        if self.open_file.as_ref().is_none_or(|(open, _)| *open != k) {
            self.close_file()?;
            let mut out = BufWriter::with_capacity(SECTION_BUFFER, File::create(self.temp_folder.join(format!("docs-{k}.html")))?);
            let first = (k - 1) * self.documents_per_file + 1;
            let mut head = html::page_start(&format!("vanban report: documents from {first}"));
            head.push_str("<main>\n");
            out.write_all(head.as_bytes())?;
            self.open_file = Some((k, out));
        }
        let Some((_, out)) = self.open_file.as_mut() else { return Ok(()) };
        let (before, after) = start.split_once(page::NEXT_LINK).unwrap_or((start, ""));
        let mut parts = [before, next, after, content, page::SECTION_END].map(|p| IoSlice::new(p.as_bytes()));
        write_all_vectored(out, &mut parts)
    }

    /// Ends the open file of sections, if any.
    fn close_file(&mut self) -> std::io::Result<()> {
        if let Some((_, mut out)) = self.open_file.take() {
            write_all_vectored(&mut out, &mut [IoSlice::new(b"</main>"), IoSlice::new(html::PAGE_END.as_bytes())])?;
            out.flush()?;
        }
        Ok(())
    }

    fn close(&mut self) -> std::io::Result<()> {
        if let Some((n, start, content)) = self.waiting.take() {
            self.write_section(n, &start, &content, "")?;
        }
        self.close_file()?;
        let index = self.write_index_pages()?;
        self.swap_in(index)
    }
}

/// What a file of sections buffers: smaller sections are gathered to this size, larger
/// ones go to the file in one call, from where their content already is (see
/// [`write_all_vectored`]).
const SECTION_BUFFER: usize = 8 << 10;

/// Writes every byte of `parts`, in order. A section's content is most of its file and is
/// whole in memory already: handed to the buffered writer with the small pieces around it
/// in one call, it is written from there when it is larger than the buffer, instead of
/// being copied into the buffer first.
fn write_all_vectored(out: &mut impl Write, mut parts: &mut [IoSlice]) -> std::io::Result<()> {
    // Empty pieces first go, so that a write of nothing is never asked for.
    IoSlice::advance_slices(&mut parts, 0);
    while !parts.is_empty() {
        match out.write_vectored(parts) {
            Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
            Ok(n) => IoSlice::advance_slices(&mut parts, n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Where the previous run's pages wait while the new ones move in: `report-old`.
fn old_folder(folder: &Path) -> PathBuf {
    folder.with_file_name(format!("{}-old", file_name(folder)))
}

/// The last part of `path`, as links name it.
fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// `report.html` → `report/`.
fn pages_folder(target: &Path) -> PathBuf {
    let stem = target.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "report".into());
    target.with_file_name(stem)
}

/// Renders a document's content on the worker threads (see `Sink::encoder`).
struct RenderContent;

impl Encode for RenderContent {
    fn encode(&self, doc: &Doc) -> Result<Encoded, StageError> {
        Ok(Box::new(page::content(&doc.record)))
    }
}

impl ReportSink {
    /// Adds document `r` with its rendered content.
    fn add(&mut self, r: &Record, content: String) -> Result<(), StageError> {
        let n = self.index()?.documents() + 1;
        let page = self.index()?.page_of(n);
        let index = self.index_href_inside(page);
        let previous = (n > 1).then(|| self.doc_href_inside(n - 1));
        let start = page::section_start(n, &page::Links { index: &index, previous: previous.as_deref() });
        // The previous section can now link here; this one waits to learn whether a next comes.
        if let Some((prev, prev_start, prev_content)) = self.waiting.replace((n, start, content)) {
            let next = page::next_link(&self.doc_href_inside(n));
            self.write_section(prev, &prev_start, &prev_content, &next).map_err(output_error)?;
        }
        let (name, titled) = page::display_name(r);
        let row = index::Row {
            name: &name,
            titled,
            path: &r.source.path,
            style: r.source.style.as_deref(),
            portal: r.source.portal.as_deref(),
            date: r.event_date.as_deref().or(r.published.as_deref()),
            entities: r.entities.len(),
            indicators: r.indicators.len(),
            people: r.people.len(),
            warnings: r.warnings.len(),
        };
        let doc_href = self.doc_href_inside(n);
        self.index()?.add(&row, &doc_href).map_err(output_error)
    }
}

fn output_error(e: std::io::Error) -> StageError {
    StageError::output(e.to_string())
}

impl Sink for ReportSink {
    fn write(&mut self, doc: &Doc) -> Result<(), StageError> {
        self.add(&doc.record, page::content(&doc.record))
    }

    fn encoder(&self) -> Option<Arc<dyn Encode>> {
        Some(Arc::new(RenderContent))
    }

    fn write_encoded(&mut self, doc: &Doc, encoded: Encoded) -> Result<(), StageError> {
        let content = encoded.downcast::<String>().map_err(|_| StageError::output("the report got another sink's encoding"))?;
        self.add(&doc.record, *content)
    }

    fn write_failure(&mut self, f: &Failure) -> Result<(), StageError> {
        let kind = serde_json::to_value(f.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        let failed = index::Failed { path: &f.path, stage: &f.stage, kind: &kind, reason: &f.reason };
        self.index()?.add_failure(&failed).map_err(output_error)
    }

    fn finish(&mut self) -> Result<(), StageError> {
        if self.finished {
            return Ok(());
        }
        self.finished = true;
        self.close().map_err(|e| StageError::output(format!("{}: {e}", self.target.display())))
    }
}

impl Drop for ReportSink {
    fn drop(&mut self) {
        // Whatever did not reach its place (an unfinished or failed run) is thrown away.
        let _ = std::fs::remove_dir_all(&self.temp_folder);
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, default)]
struct ReportConfig {
    path: String,
    rows_per_page: usize,
    documents_per_file: usize,
}

/// Documents whose sections share a file, by default: a few megabytes of HTML.
pub const DOCUMENTS_PER_FILE: usize = 100;

impl Default for ReportConfig {
    fn default() -> Self {
        ReportConfig { path: "report.html".into(), rows_per_page: 500, documents_per_file: DOCUMENTS_PER_FILE }
    }
}

fn build(sc: &StageConfig, ctx: &BuildContext) -> Result<Built, ConfigError> {
    let cfg: ReportConfig = sc.parse()?;
    if cfg.rows_per_page == 0 {
        return Err(sc.error("`rows_per_page` must be at least 1"));
    }
    if cfg.documents_per_file == 0 {
        return Err(sc.error("`documents_per_file` must be at least 1"));
    }
    if !cfg.path.ends_with(".html") {
        return Err(sc.error("`path` must end in .html (the document pages go to a folder of the same name without it)"));
    }
    let path = out_path(ctx, &cfg.path);
    let sink = ReportSink::with_grouping(&path, cfg.rows_per_page, cfg.documents_per_file).map_err(|e| sc.error(&format!("cannot write {}: {e}", path.display())))?;
    Ok(Built::Sink(Box::new(sink)))
}

inventory::submit! {
    StageRegistration {
        name: "report",
        kind: StageKind::Sink,
        summary: "Writes an offline HTML report: an index of documents and failures, and each document with its entities marked.",
        settings: &[
            Setting { key: "path", ty: "string", default: "report.html", help: "the index, relative to the output folder; pages go to the folder of the same name" },
            Setting { key: "rows_per_page", ty: "integer", default: "500", help: "documents per index page" },
            Setting { key: "documents_per_file", ty: "integer", default: "100", help: "documents shown in each file of the folder (report/docs-K.html#dN)" },
        ],
        parallel: false,
        build,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use crate::stages::sinks::test_docs::{sample_doc, scratch_dir};

    fn read(p: PathBuf) -> String {
        std::fs::read_to_string(p).unwrap()
    }

    /// Document `n`'s section in a file of sections.
    fn section(file: &str, n: usize) -> &str {
        let open = format!("<article class=\"doc\" id=\"d{n}\">");
        let from = file.find(&open).unwrap_or_else(|| panic!("section {n} is in the file"));
        let rest = &file[from..];
        &rest[..rest.find("</article>").unwrap()]
    }

    #[test]
    fn paginates_the_index_and_groups_documents_into_files() {
        let dir = scratch_dir("report-pages");
        let target = dir.join("report.html");
        let mut sink = ReportSink::with_grouping(&target, 2, 2).unwrap();
        for i in 0..5 {
            sink.write(&sample_doc(i)).unwrap();
        }
        let failure = Failure { seq: 9, path: "corpus/<bad>.pdf".into(), stage: "decode".into(), kind: ErrorKind::Input, reason: "scanned PDF: no text layer".into() };
        sink.write_failure(&failure).unwrap();
        assert!(!target.exists(), "nothing in place before finish");
        sink.finish().unwrap();

        let index = read(target);
        assert!(index.contains("Documents 1–2 of 5"));
        assert!(index.contains("href=\"report/docs-1.html#d1\"") && index.contains("href=\"report/docs-1.html#d2\""));
        assert!(!index.contains("#d3\""), "page 1 lists two rows");
        assert!(index.contains("href=\"report/index-3.html\""));
        assert!(index.contains("corpus/&lt;bad&gt;.pdf") && index.contains("scanned PDF: no text layer"));
        let third = read(dir.join("report/index-3.html"));
        assert!(third.contains("Documents 5–5 of 5") && third.contains("href=\"docs-3.html#d5\"") && third.contains("href=\"../report.html\""));

        let (first, second, last) = (read(dir.join("report/docs-1.html")), read(dir.join("report/docs-2.html")), read(dir.join("report/docs-3.html")));
        assert!(first.starts_with("<!DOCTYPE html>") && first.ends_with("</html>\n") && first.matches("<style>").count() == 1);
        assert!(section(&first, 1).contains("href=\"../report.html\"") && !section(&first, 1).contains("← previous"));
        assert!(section(&first, 1).contains("<a href=\"docs-1.html#d2\">next →</a>"));
        assert!(section(&first, 2).contains("<a href=\"docs-2.html#d3\">next →</a>"), "the next file is linked");
        assert!(section(&second, 3).contains("<a href=\"docs-1.html#d2\">← previous</a>"));
        assert!(!first.contains("id=\"d3\"") && !second.contains("id=\"d5\""), "two documents to a file");
        let five = section(&last, 5);
        assert!(five.contains("href=\"index-3.html\"") && five.contains("href=\"docs-2.html#d4\"") && !five.contains("next →"));
        assert!(five.contains(&html::escape(&sample_doc(4).record.source.path)));
        let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        names.sort();
        assert_eq!(names, ["report", "report.html"]);
        let mut files: Vec<_> = std::fs::read_dir(dir.join("report")).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        files.sort();
        assert_eq!(files, ["docs-1.html", "docs-2.html", "docs-3.html", "index-2.html", "index-3.html"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Takes at most three bytes a call, as a writer may.
    struct Trickle(Vec<u8>);

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let n = buf.len().min(3);
            self.0.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn every_piece_is_written_in_order_however_little_a_call_takes() {
        let pieces = ["", "<article>", "", " · next", "", "content — có dấu", "</article>\n", ""];
        let mut out = Trickle(Vec::new());
        let mut parts = pieces.map(|p| IoSlice::new(p.as_bytes()));
        write_all_vectored(&mut out, &mut parts).unwrap();
        assert_eq!(String::from_utf8(out.0).unwrap(), pieces.concat());
        write_all_vectored(&mut Trickle(Vec::new()), &mut [IoSlice::new(b""), IoSlice::new(b"")]).unwrap();
    }

    #[test]
    fn a_new_run_replaces_the_old_pages_and_an_unfinished_one_keeps_them() {
        let dir = scratch_dir("report-rerun");
        let target = dir.join("report.html");
        let mut sink = ReportSink::create(&target, 10).unwrap();
        for i in 0..3 {
            sink.write(&sample_doc(i)).unwrap();
        }
        sink.finish().unwrap();
        {
            let mut unfinished = ReportSink::create(&target, 10).unwrap();
            unfinished.write(&sample_doc(7)).unwrap();
        }
        assert!(read(dir.join("report/docs-1.html")).contains("id=\"d3\""));
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2, "the unfinished run left nothing behind");
        let mut sink = ReportSink::create(&target, 10).unwrap();
        sink.write(&sample_doc(4)).unwrap();
        sink.finish().unwrap();
        assert!(!read(dir.join("report/docs-1.html")).contains("id=\"d2\""), "pages of the previous run are gone");
        assert!(read(target).contains("Documents 1–1 of 1"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

//! The report's index: a row per document and per failure, rendered as each comes and kept
//! in a file until the end of the run, when the page count and the totals are known.
//!
//! Rows held in memory made the report the one part of a run whose memory grew with the
//! corpus (about 550 bytes a document, 55 MB for 100,000); in a file they cost a write and a
//! read of a few hundred bytes each, and memory stays flat.

use super::html;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// What the index shows of one document.
pub struct Row<'a> {
    pub name: &'a str,
    pub titled: bool,
    pub path: &'a str,
    pub style: Option<&'a str>,
    pub portal: Option<&'a str>,
    pub date: Option<&'a str>,
    pub entities: usize,
    pub indicators: usize,
    pub people: usize,
    pub warnings: usize,
}

/// What the index shows of one failed document.
pub struct Failed<'a> {
    pub path: &'a str,
    pub stage: &'a str,
    pub kind: &'a str,
    pub reason: &'a str,
}

/// Counts over the whole run, for the summary at the top of every index page.
#[derive(Default)]
struct Totals {
    entities: usize,
    indicators: usize,
    people: usize,
    with_warnings: usize,
    styles: BTreeMap<String, usize>,
}

/// Rendered HTML appended to a file, to be read back once in order.
struct Spill {
    path: PathBuf,
    out: BufWriter<File>,
    written: u64,
    /// Rows appended, and the buffer each is rendered into.
    count: usize,
    row: String,
}

impl Spill {
    fn create(path: PathBuf) -> std::io::Result<Spill> {
        let file = File::options().read(true).write(true).create(true).truncate(true).open(&path)?;
        Ok(Spill { path, out: BufWriter::with_capacity(1 << 16, file), written: 0, count: 0, row: String::new() })
    }

    /// Appends the row that `render` writes into an empty buffer.
    fn push(&mut self, render: impl FnOnce(&mut String)) -> std::io::Result<()> {
        self.row.clear();
        render(&mut self.row);
        self.out.write_all(self.row.as_bytes())?;
        self.written += self.row.len() as u64;
        self.count += 1;
        Ok(())
    }

    /// The file, flushed and rewound for reading.
    fn reader(self) -> std::io::Result<(PathBuf, BufReader<File>)> {
        let mut file = self.out.into_inner().map_err(|e| e.into_error())?;
        file.seek(SeekFrom::Start(0))?;
        Ok((self.path, BufReader::with_capacity(1 << 16, file)))
    }
}

/// Copies the next `len` bytes of `from` to `to`.
fn copy_exactly(from: &mut impl Read, len: u64, to: &mut (impl Write + ?Sized)) -> std::io::Result<()> {
    let copied = std::io::copy(&mut from.take(len), to)?;
    if copied != len {
        return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "the report's row file ended early"));
    }
    Ok(())
}

/// Where an index page stands and how it links: page 0 is `report.html` beside the folder,
/// the others `report/index-<k+1>.html` inside it.
pub struct Places {
    /// The folder's name (`report`).
    pub folder: String,
    /// The first page's file name (`report.html`).
    pub target: String,
}

impl Places {
    /// Link to index page `i` from index page `k`.
    fn page_href(&self, k: usize, i: usize) -> String {
        match (k, i) {
            (0, 0) => "#".into(),
            (0, _) => format!("{}/index-{}.html", self.folder, i + 1),
            (_, 0) => format!("../{}", self.target),
            _ => format!("index-{}.html", i + 1),
        }
    }

    /// The folder's name where index page `k` must go through it (page 0, beside it).
    fn folder_from(&self, k: usize) -> Option<&str> {
        (k == 0).then_some(self.folder.as_str())
    }
}

/// The index being gathered: rows on disk, totals and page boundaries in memory.
pub struct Index {
    places: Places,
    rows_per_page: usize,
    rows: Spill,
    failures: Spill,
    /// Where each page's first row starts in the row file.
    page_starts: Vec<u64>,
    totals: Totals,
}

impl Index {
    /// Keeps its files in `dir` (the run's temporary folder), under names no page takes.
    pub fn create(dir: &Path, places: Places, rows_per_page: usize) -> std::io::Result<Index> {
        Ok(Index {
            places,
            rows_per_page: rows_per_page.max(1),
            rows: Spill::create(dir.join(".index-rows"))?,
            failures: Spill::create(dir.join(".index-failures"))?,
            page_starts: Vec::new(),
            totals: Totals::default(),
        })
    }

    /// Documents so far.
    pub fn documents(&self) -> usize {
        self.rows.count
    }

    /// The index page that lists document `n` (1-based), from 0.
    pub fn page_of(&self, n: usize) -> usize {
        (n - 1) / self.rows_per_page
    }

    /// Adds the next document's row; `doc_href` links to its section from inside the folder.
    pub fn add(&mut self, r: &Row, doc_href: &str) -> std::io::Result<()> {
        let n = self.rows.count + 1;
        let page = self.page_of(n);
        if page == self.page_starts.len() {
            self.page_starts.push(self.rows.written);
        }
        let t = &mut self.totals;
        t.entities += r.entities;
        t.indicators += r.indicators;
        t.people += r.people;
        t.with_warnings += usize::from(r.warnings > 0);
        let style = r.style.unwrap_or("(none)");
        match t.styles.get_mut(style) {
            Some(count) => *count += 1,
            None => {
                t.styles.insert(style.to_string(), 1);
            }
        }
        let folder = self.places.folder_from(page);
        self.rows.push(|b| index_row(b, n, r, folder, doc_href))
    }

    /// Adds a failed document's row.
    pub fn add_failure(&mut self, f: &Failed) -> std::io::Result<()> {
        self.failures.push(|b| {
            b.push_str(html::ROW_START);
            for text in [f.path, f.stage, f.kind, f.reason] {
                html::cell_text(b, text);
            }
            b.push_str(html::ROW_END);
        })
    }

    /// Writes every page: the first to `first`, page `k` (from 1) to what `open(k)` gives;
    /// then removes the index's files.
    pub fn write_pages<W: Write>(self, first: &mut impl Write, mut open: impl FnMut(usize) -> std::io::Result<W>) -> std::io::Result<()> {
        let documents = self.rows.count;
        let pages = documents.div_ceil(self.rows_per_page).max(1);
        let summary = summary(&self.totals, documents, self.failures.count);
        let failures = (self.failures.count, self.failures.written);
        let rows_end = self.rows.written;
        let (rows_path, mut rows) = self.rows.reader()?;
        let (failures_path, mut failed) = self.failures.reader()?;
        for k in 0..pages {
            let from = self.page_starts.get(k).copied().unwrap_or(0);
            let to = self.page_starts.get(k + 1).copied().unwrap_or(rows_end);
            let first_row = k * self.rows_per_page;
            let last_row = (first_row + self.rows_per_page).min(documents);
            let pager = pager(k, pages, &self.places);
            let head = page_head(&summary, &pager, first_row, last_row, documents);
            let mut page = |out: &mut dyn Write| -> std::io::Result<()> {
                out.write_all(head.as_bytes())?;
                copy_exactly(&mut rows, to - from, out)?;
                out.write_all(html::TABLE_END.as_bytes())?;
                out.write_all(pager.as_bytes())?;
                if k == 0 {
                    write_failures(out, failures, &mut failed)?;
                }
                out.write_all(b"</main>")?;
                out.write_all(html::PAGE_END.as_bytes())
            };
            if k == 0 {
                page(first)?;
            } else {
                let mut out = BufWriter::with_capacity(1 << 16, open(k)?);
                page(&mut out)?;
                out.flush()?;
            }
        }
        drop((rows, failed));
        std::fs::remove_file(rows_path)?;
        std::fs::remove_file(failures_path)
    }
}

/// An index page up to its first row: the summary, which documents it lists, the pager.
fn page_head(summary: &str, pager: &str, first_row: usize, last_row: usize, documents: usize) -> String {
    let mut b = html::page_start("vanban report");
    b.push_str("<main>\n<h1>vanban report</h1>\n");
    b.push_str(summary);
    let shown_from = if last_row > first_row { first_row + 1 } else { 0 };
    let _ = write!(b, "<h2>Documents {shown_from}–{last_row} of {documents}</h2>\n{pager}");
    html::table_start(&mut b, "docs", &["#", "Title or file", "Style", "Portal", "Date", "Entities", "Indicators", "People", "Warnings"]);
    b
}

/// The failed documents' table, after the first page's rows; nothing when none failed.
fn write_failures(out: &mut dyn Write, (count, len): (usize, u64), rows: &mut impl Read) -> std::io::Result<()> {
    if count == 0 {
        return Ok(());
    }
    let mut head = format!("<h2>Failed documents ({count})</h2>\n");
    html::table_start(&mut head, "docs failed", &["File", "Stage", "Kind", "Reason"]);
    out.write_all(head.as_bytes())?;
    copy_exactly(rows, len, out)?;
    out.write_all(html::TABLE_END.as_bytes())
}

/// Document `n`'s row; `folder` is the folder its page links into, if the page is outside it.
fn index_row(b: &mut String, n: usize, r: &Row, folder: Option<&str>, doc_href: &str) {
    b.push_str(html::ROW_START);
    html::cell(b, |b| html::push_int(b, n));
    html::cell(b, |b| {
        b.push_str("<a href=\"");
        if let Some(folder) = folder {
            b.push_str(folder);
            b.push('/');
        }
        b.push_str(doc_href);
        b.push_str("\" title=\"");
        html::escape_into(b, r.path);
        b.push('"');
        if !r.titled {
            b.push_str(" class=\"untitled\"");
        }
        b.push('>');
        html::escape_into(b, r.name);
        b.push_str("</a>");
    });
    html::cell_or_dash(b, r.style);
    html::cell_or_dash(b, r.portal);
    html::cell_or_dash(b, r.date);
    for count in [r.entities, r.indicators, r.people, r.warnings] {
        html::cell(b, |b| html::push_int(b, count));
    }
    b.push_str(html::ROW_END);
}

/// Counts for the whole run: documents, failures, styles, totals.
fn summary(t: &Totals, documents: usize, failed: usize) -> String {
    let mut b = String::from("<div class=\"summary\">");
    for (label, n) in [
        ("documents", documents),
        ("failed", failed),
        ("entities", t.entities),
        ("indicators", t.indicators),
        ("people", t.people),
        ("with warnings", t.with_warnings),
    ] {
        let _ = write!(b, "<div><b>{n}</b>{label}</div>");
    }
    b.push_str("</div>\n");
    if !t.styles.is_empty() {
        let list: Vec<String> = t.styles.iter().map(|(s, n)| format!("{} {n}", html::escape(s))).collect();
        let _ = writeln!(b, "<p>By style: {}</p>", list.join(" · "));
    }
    b
}

/// Links to every index page, the current one in bold.
fn pager(current: usize, pages: usize, places: &Places) -> String {
    if pages <= 1 {
        return String::new();
    }
    let mut b = String::from("<p class=\"pager\">Pages: ");
    for i in 0..pages {
        if i == current {
            let _ = write!(b, "<b>{}</b>", i + 1);
        } else {
            let _ = write!(b, "<a href=\"{}\">{}</a>", places.page_href(current, i), i + 1);
        }
    }
    b.push_str("</p>\n");
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::sinks::test_docs::scratch_dir;

    fn row(name: &str) -> Row<'_> {
        Row { name, titled: true, path: "in/a.html", style: Some("news"), portal: None, date: None, entities: 2, indicators: 1, people: 0, warnings: 1 }
    }

    /// Writes `docs` rows and `failures` failures at `per_page` in scratch folder `name`;
    /// returns the pages' text.
    fn pages(name: &str, docs: usize, failures: usize, per_page: usize) -> (Vec<String>, PathBuf) {
        let dir = scratch_dir(name);
        let places = Places { folder: "report".into(), target: "report.html".into() };
        let mut index = Index::create(&dir, places, per_page).unwrap();
        for n in 1..=docs {
            index.add(&row(&format!("doc {n}")), &format!("docs-1.html#d{n}")).unwrap();
        }
        for i in 0..failures {
            index.add_failure(&Failed { path: &format!("bad/{i}.pdf"), stage: "decode", kind: "input", reason: "no <text>" }).unwrap();
        }
        let mut first = Vec::new();
        let others = std::cell::RefCell::new(Vec::new());
        index
            .write_pages(&mut first, |k| {
                let name = dir.join(format!("index-{}.html", k + 1));
                others.borrow_mut().push(name.clone());
                File::create(name)
            })
            .unwrap();
        let mut texts = vec![String::from_utf8(first).unwrap()];
        texts.extend(others.into_inner().iter().map(|p| std::fs::read_to_string(p).unwrap()));
        (texts, dir)
    }

    #[test]
    fn each_page_lists_its_own_rows_and_the_first_the_failures() {
        let (texts, dir) = pages("index-pages", 5, 2, 2);
        assert_eq!(texts.len(), 3);
        let rows_of = |t: &str| t.matches("<tr><td>").count();
        // Page 1 lists documents 1–2 and the two failures; pages 2 and 3 have 2 and 1 rows.
        assert_eq!([rows_of(&texts[0]), rows_of(&texts[1]), rows_of(&texts[2])], [4, 2, 1]);
        assert!(texts[0].contains(">doc 2<") && !texts[0].contains(">doc 3<"));
        assert!(texts[1].contains(">doc 3<") && texts[1].contains(">doc 4<") && !texts[1].contains(">doc 5<"));
        assert!(texts[2].contains("Documents 5–5 of 5") && texts[2].contains(">doc 5<"));
        assert!(texts[0].contains("Failed documents (2)") && texts[0].contains("no &lt;text&gt;"));
        assert!(!texts[1].contains("Failed documents"));
        assert!(texts[0].contains("href=\"report/docs-1.html#d1\"") && texts[1].contains("href=\"docs-1.html#d3\""));
        assert!(texts[1].contains("href=\"../report.html\"") && texts[0].contains("href=\"report/index-3.html\""));
        for t in &texts {
            assert!(t.contains("<b>10</b>entities") && t.contains("<b>5</b>with warnings") && t.contains("By style: news 5"));
            assert!(t.ends_with("</main>\n</body>\n</html>\n"));
        }
        assert!(!dir.join(".index-rows").exists() && !dir.join(".index-failures").exists(), "the row files go once read");
    }

    #[test]
    fn an_empty_run_has_one_page_and_no_failure_table() {
        let (texts, _) = pages("index-empty", 0, 0, 3);
        assert_eq!(texts.len(), 1);
        assert!(texts[0].contains("Documents 0–0 of 0") && !texts[0].contains("Failed documents") && !texts[0].contains("<p class=\"pager\">"));
    }
}

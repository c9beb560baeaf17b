//! The SQLite sink: `vanban.db`, one row per document plus tables of its entities, people,
//! indicators and directives, kept across runs.
//!
//! The database accumulates, and a run that does not finish leaves it as it was. A database
//! that holds documents is updated where it is, in one transaction for the whole run: if the
//! run stops early, SQLite's journal puts the old pages back (at once, or on the next opening
//! if the process was killed). A new database is written under a temporary name and renamed
//! into place at the end. A document already present (same id, i.e. same input bytes) has its
//! rows replaced, unless they are the ones the run would write; so re-running over the same
//! input adds nothing and rewrites nothing.
//!
//! Two ways of writing (see [`Mode`]): into a database that already holds documents, each
//! row goes into the indexed tables at once (until the run has written more documents than
//! the database held: see [`Growth`]); into an empty one (a first run), rows are appended to
//! bare child tables and their indexes are built once at the end, by sorting.
//! Document ids are content hashes: inserted one by one, every index entry lands at a random
//! place, and once the indexes outgrow the page cache each insert reads and rewrites pages
//! all over the file. Sorting once costs a fraction of that and does not slow down as the
//! corpus grows. The documents table's own few indexes are kept up as rows arrive.

use super::atomic::temp_name;
use super::out_path;
use crate::config::StageConfig;
use crate::doc::Doc;
use crate::error::{ConfigError, StageError};
use crate::registry::{BuildContext, Built, Setting, StageKind, StageRegistration};
use crate::stage::{Encode, Encoded, Sink};
use std::sync::Arc;
use rusqlite::{ffi, params, Connection, OptionalExtension};
use std::ffi::{c_int, CStr};
use std::ptr::NonNull;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use vanban_plugin_sdk::{Entity, Field, Indicator, Normalized, Record};

/// Bumped whenever a table or column changes meaning; stored in `PRAGMA user_version`.
pub const SCHEMA_VERSION: i64 = 1;

/// How long an update in place waits for another writer of the database to finish.
const BUSY_WAIT: std::time::Duration = std::time::Duration::from_millis(if cfg!(test) { 200 } else { 10_000 });

/// SQLite's page cache for the run's connection, in KiB.
const CACHE_KIB: u32 = 16 * 1024;

/// The page cache of a bulk run, in KiB: appending touches the last pages of each table and
/// the documents' key only.
const BULK_CACHE_KIB: u32 = 8 * 1024;

/// The page cache while a bulk run builds its indexes, in KiB. It also caps what the sorter
/// sorts in memory before writing it out to merge later: a list near the size of a core's
/// second-level cache (1 MiB) sorts faster than a bigger one, and the merge reads its runs in
/// order. Building the indexes of 100,000 documents took about a quarter less time than with
/// 8 MiB, and 1 MiB no less than this; but the merge holds a page per run, so runs this size
/// keep that part of the memory, which grows with the corpus, at half of what 1 MiB would.
const SORT_CACHE_KIB: u32 = 2 * 1024;

/// The page size of a new database file.
const PAGE_BYTES: u32 = 16 * 1024;

/// The tables and their foreign keys. Child rows go with their document (ON DELETE CASCADE).
/// The child tables' keys are unique indexes of [`INDEXES`] rather than PRIMARY KEY clauses,
/// so that a first run can build them at the end (databases written before that have them
/// as PRIMARY KEY; both behave the same).
const TABLES: &str = r#"
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id         TEXT PRIMARY KEY,   -- content hash of the input bytes
    path       TEXT NOT NULL,
    portal     TEXT,
    style      TEXT,
    encoding   TEXT,
    format     TEXT,
    title      TEXT,
    published  TEXT,
    event_date TEXT,
    body       TEXT NOT NULL,
    authors    TEXT NOT NULL,      -- JSON array of strings
    captions   TEXT NOT NULL,      -- JSON array of strings
    document   TEXT,               -- JSON object (administrative documents) or NULL
    warnings   TEXT NOT NULL,      -- JSON array of strings
    record     TEXT NOT NULL       -- the whole record, as in documents.jsonl
);
CREATE TABLE IF NOT EXISTS entities (
    document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL, -- position in the record's list
    type         TEXT NOT NULL,
    text         TEXT NOT NULL,
    field        TEXT NOT NULL,    -- body, title or captions
    field_index  INTEGER NOT NULL, -- which caption, for field = captions
    start        INTEGER NOT NULL, -- code-point offsets in the field
    end          INTEGER NOT NULL,
    normalized   TEXT,             -- periods: "start/end" (ISO 8601 interval)
    period_start TEXT,
    period_end   TEXT,
    code         TEXT
);
CREATE TABLE IF NOT EXISTS people (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    honorific   TEXT,
    roles       TEXT NOT NULL      -- JSON array of strings
);
CREATE TABLE IF NOT EXISTS indicators (
    document_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord              INTEGER NOT NULL,
    subject          TEXT NOT NULL,
    value            REAL NOT NULL,
    unit             TEXT,
    qualifier        TEXT,
    change_direction TEXT,
    change_value     REAL,
    change_unit      TEXT,
    baseline         TEXT,
    period_start     TEXT,
    period_end       TEXT,
    text             TEXT NOT NULL,
    start            INTEGER NOT NULL,
    end              INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS directives (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    assignee    TEXT,
    deadline    TEXT
);
"#;

/// The child tables, in the order of [`Appended`]'s arrays.
const CHILDREN: [&str; 4] = ["entities", "people", "indicators", "directives"];

/// Every index but the documents' key: (name, the table's old PRIMARY KEY it stands for or
/// "", its statement).
const INDEXES: &[(&str, &str, &str)] = &[
    ("entities_key", "entities", "CREATE UNIQUE INDEX IF NOT EXISTS entities_key ON entities(document_id, ord)"),
    ("people_key", "people", "CREATE UNIQUE INDEX IF NOT EXISTS people_key ON people(document_id, ord)"),
    ("indicators_key", "indicators", "CREATE UNIQUE INDEX IF NOT EXISTS indicators_key ON indicators(document_id, ord)"),
    ("directives_key", "directives", "CREATE UNIQUE INDEX IF NOT EXISTS directives_key ON directives(document_id, ord)"),
    ("documents_path", "", "CREATE INDEX IF NOT EXISTS documents_path ON documents(path)"),
    ("documents_event_date", "", "CREATE INDEX IF NOT EXISTS documents_event_date ON documents(event_date)"),
    ("documents_style", "", "CREATE INDEX IF NOT EXISTS documents_style ON documents(style, portal)"),
    // Not (type, normalized): with six types nearly every pair of keys ties on the first
    // column, and building that index cost twice this one. A value names one type or two,
    // so `type = ? AND normalized = ?` reads the same few rows through this index.
    ("entities_normalized", "", "CREATE INDEX IF NOT EXISTS entities_normalized ON entities(normalized)"),
    // Most entities have no code: the index holds those that do, all a `code = ?` needs.
    ("entities_code", "", "CREATE INDEX IF NOT EXISTS entities_code ON entities(code) WHERE code IS NOT NULL"),
    ("people_name", "", "CREATE INDEX IF NOT EXISTS people_name ON people(name)"),
    ("indicators_subject", "", "CREATE INDEX IF NOT EXISTS indicators_subject ON indicators(subject)"),
    ("indicators_unit", "", "CREATE INDEX IF NOT EXISTS indicators_unit ON indicators(unit)"),
    ("indicators_period", "", "CREATE INDEX IF NOT EXISTS indicators_period ON indicators(period_start, period_end)"),
    ("directives_deadline", "", "CREATE INDEX IF NOT EXISTS directives_deadline ON directives(deadline)"),
];

/// Indexes an earlier vanban made that one of [`INDEXES`] now stands for: dropped when an
/// existing database is opened, so that every database ends with the same indexes.
const SUPERSEDED: &[&str] = &["entities_type_normalized"];

/// What can go wrong opening or writing the database.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("sqlite: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("{path} has schema version {found}; this vanban writes version {}: move the file away or choose another `path`", SCHEMA_VERSION)]
    Version { path: PathBuf, found: i64 },
    #[error("cannot store the record as JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{path} is being written by another program (another vanban run?): waited {} s for it", BUSY_WAIT.as_secs_f32())]
    Busy { path: PathBuf },
    #[error("the database is already closed")]
    Closed,
    #[error("the run's database was given up after an earlier error: {0}")]
    GivenUp(String),
}

impl From<DbError> for StageError {
    fn from(e: DbError) -> StageError {
        StageError::output(e.to_string())
    }
}

/// How this run writes its rows.
enum Mode {
    /// The database held documents: rows go into the indexed tables, a savepoint per
    /// document so that a failing row leaves none of its document behind.
    Live,
    /// The database started empty: rows are appended, their rowids tracked, and the child
    /// tables' indexes are built in `finish`. No journal: the copy is private to the run and
    /// thrown away on any error, so there is nothing to roll back to.
    Bulk(Appended),
}

/// Rowids of what a bulk run appended, so that a document whose id comes again in the same
/// run (a copied file) can replace the earlier one's rows. Each document's first rowids wait
/// in a temporary table of the connection (a file of SQLite's, dropped with the connection),
/// so that memory stays flat however many documents the run stores.
struct Appended {
    /// The rowid SQLite gives the next row of each child table: one past the table's last.
    next: [i64; 4],
    /// Documents stored so far; the next one gets rowid `docs + 1`.
    docs: i64,
}

/// The temporary table behind [`Appended`]: for document rowid `rowid`, the first rowid of
/// its rows in each child table; its rows run to the next document's first ones.
const APPENDED_TABLE: &str = "CREATE TEMP TABLE appended (entities INTEGER NOT NULL, people INTEGER NOT NULL, \
                              indicators INTEGER NOT NULL, directives INTEGER NOT NULL)";

impl Appended {
    fn new(conn: &Connection) -> Result<Appended, DbError> {
        conn.execute_batch(APPENDED_TABLE)?;
        Ok(Appended { next: [1; 4], docs: 0 })
    }

    /// The first rowids of document rowid `doc`'s rows in each child table.
    fn first(conn: &Connection, doc: i64) -> Result<Option<[i64; 4]>, DbError> {
        let mut st = conn.prepare_cached("SELECT entities, people, indicators, directives FROM temp.appended WHERE rowid = ?1")?;
        Ok(st.query_row([doc], |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?])).optional()?)
    }

    /// The rowids of document rowid `doc`'s rows in each child table, as half-open ranges.
    fn ranges(&self, conn: &Connection, doc: i64) -> Result<Option<[(i64, i64); 4]>, DbError> {
        let Some(from) = Appended::first(conn, doc)? else { return Ok(None) };
        // The last document has no next one: its rows run to the tables' ends.
        let to = Appended::first(conn, doc + 1)?.unwrap_or(self.next);
        Ok(Some(std::array::from_fn(|t| (from[t], to[t]))))
    }

    /// Notes where document rowid `doc`'s rows begin.
    fn push(&mut self, conn: &Connection, doc: i64, first: [i64; 4]) -> Result<(), DbError> {
        conn.prepare_cached("INSERT INTO temp.appended (rowid, entities, people, indicators, directives) VALUES (?1, ?2, ?3, ?4, ?5)")?
            .execute(params![doc, first[0], first[1], first[2], first[3]])?;
        self.docs = doc;
        Ok(())
    }
}

/// The record's JSON columns, made before any row is written so that a record that cannot
/// be serialised leaves nothing behind. The whole record's JSON is the document's own
/// ([`Doc::record_json`]), shared with the JSON Lines sink.
struct Columns {
    authors: String,
    captions: String,
    document: Option<String>,
    warnings: String,
    roles: Vec<String>,
    /// The `normalized` column of each period entity, "start/end", in the entities' order:
    /// made here, off the sink's thread, and bound in place with the rest of the row.
    intervals: Vec<String>,
}

impl Columns {
    fn new(r: &Record) -> Result<Columns, DbError> {
        Ok(Columns {
            authors: serde_json::to_string(&r.authors)?,
            captions: serde_json::to_string(&r.captions)?,
            document: r.document.as_ref().map(serde_json::to_string).transpose()?,
            warnings: serde_json::to_string(&r.warnings)?,
            roles: r.people.iter().map(|p| serde_json::to_string(&p.roles)).collect::<Result<_, _>>()?,
            intervals: r.entities.iter().filter_map(|e| match &e.normalized {
                Some(Normalized::Range { start, end }) => Some(interval(start, end)),
                _ => None,
            }).collect(),
        })
    }
}

/// "start/end", built by hand: `format!` costs several times as much.
fn interval(start: &str, end: &str) -> String {
    let mut s = String::with_capacity(start.len() + 1 + end.len());
    s.push_str(start);
    s.push('/');
    s.push_str(end);
    s
}

/// Writes records into the database: in place, or into a new file moved into place at `finish`.
pub struct SqliteSink {
    target: PathBuf,
    /// The new file being written, renamed to `target` at the end; `None` when `target` is
    /// updated in place.
    temp: Option<PathBuf>,
    conn: Option<Connection>,
    /// Statements of `conn`, dropped before it (see [`SqliteSink::take_conn`]).
    inserts: Inserts,
    mode: Mode,
    batch_size: usize,
    /// Documents written in the open transaction.
    pending: usize,
    /// Set by the first error of a bulk run: the copy cannot be trusted any more.
    given_up: Option<String>,
    /// How far an update in place has grown the database (`None` for a new one).
    growth: Option<Growth>,
}

/// Past how many documents written (and past as many as the database held) an update in
/// place stops keeping its secondary indexes up (see [`Growth`]).
const DEFER_INDEXES_AFTER: i64 = 1000;

/// What an update in place has added. A run that adds more documents than the database held
/// (a first small run, then the whole crawl into the same folder) would spend most of its
/// time on inserts into indexes that outgrow the page cache: past that point the secondary
/// indexes of the child tables are dropped and built again, by sorting, before the commit,
/// as a first run builds them. 30,000 documents into a database of 100 took 12.9 s that
/// way, 8.0 s this way (7.7 s into a new folder). The keys stay: replacing a document finds
/// its rows through them. Inside the run's transaction, a run that stops gets them back.
struct Growth {
    /// Documents in the database when the run began.
    existing: i64,
    /// Documents this run has written (not those it found unchanged).
    written: i64,
    /// The least number of written documents at which the indexes may be dropped.
    defer_after: i64,
    /// Whether the secondary indexes have been dropped, to be built at the end.
    deferred: bool,
}

impl Growth {
    fn new(existing: i64) -> Growth {
        Growth { existing, written: 0, defer_after: DEFER_INDEXES_AFTER, deferred: false }
    }

    /// Whether the indexes are to be dropped before the next document is written.
    fn due(&self) -> bool {
        !self.deferred && self.written > self.existing && self.written >= self.defer_after
    }
}

/// Whether index `name` of [`INDEXES`] is a secondary index of a child table: neither a
/// document's own nor a child table's key.
fn secondary(name: &str) -> bool {
    !on_documents(name) && !name.ends_with("_key")
}

impl SqliteSink {
    /// Opens `target` to update it in place if it holds documents; otherwise copies it (if it
    /// exists) to a temporary name and opens the copy.
    pub fn create(target: &Path, batch_size: usize) -> Result<SqliteSink, DbError> {
        if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| DbError::Io { path: dir.to_path_buf(), source })?;
        }
        super::stale::remove_stale(target);
        if target.exists() {
            if let Some(sink) = SqliteSink::update_in_place(target)? {
                return Ok(sink);
            }
        }
        let temp = temp_name(target);
        remove_db_files(&temp);
        if target.exists() {
            // A database without documents: little to copy.
            std::fs::copy(target, &temp).map_err(|source| DbError::Io { path: target.to_path_buf(), source })?;
        }
        // From here on, dropping the sink removes the temporary copy.
        let mut sink = SqliteSink {
            target: target.to_path_buf(),
            temp: Some(temp.clone()),
            conn: None,
            inserts: Inserts::default(),
            mode: Mode::Live,
            batch_size: batch_size.max(1),
            pending: 0,
            given_up: None,
            growth: None,
        };
        let conn = Connection::open(&temp)?;
        sink.mode = prepare(&conn, target)?;
        sink.conn = Some(conn);
        Ok(sink)
    }

    /// Opens `target` where it is, in one transaction for the whole run, if it holds
    /// documents (`None` if not). Copying it instead, as a new database is written, would
    /// cost every run time in proportion to the database, however few documents it adds:
    /// some 2.5 s for the 2.8 GB of 100,000 documents.
    fn update_in_place(target: &Path) -> Result<Option<SqliteSink>, DbError> {
        let conn = Connection::open(target)?;
        // Another process's reader may hold the file for a moment when the run commits.
        conn.busy_timeout(BUSY_WAIT)?;
        check_version(&conn, target)?;
        if !holds_documents(&conn)? {
            return Ok(None);
        }
        conn.execute_batch(&format!("PRAGMA cache_size = -{CACHE_KIB}"))?;
        conn.set_prepared_statement_cache_capacity(32);
        // Before the transaction: SQLite ignores it inside one. The journal mode and the
        // synchronous setting stay SQLite's defaults, which keep the file whole on a crash.
        conn.execute_batch("PRAGMA foreign_keys = ON")?;
        // Takes the write lock now: another writer is found before any work is done.
        conn.execute_batch("BEGIN IMMEDIATE").map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy) => DbError::Busy { path: target.to_path_buf() },
            _ => DbError::Sql(e),
        })?;
        update_schema(&conn)?;
        create_indexes(&conn, |_| true)?;
        let existing = conn.query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?;
        Ok(Some(SqliteSink {
            target: target.to_path_buf(),
            temp: None,
            conn: Some(conn),
            inserts: Inserts::default(),
            mode: Mode::Live,
            // Never committed before the end: the run's changes stand or fall together.
            batch_size: usize::MAX,
            pending: 0,
            given_up: None,
            growth: Some(Growth::new(existing)),
        }))
    }

    fn conn(&self) -> Result<&Connection, DbError> {
        self.conn.as_ref().ok_or(DbError::Closed)
    }

    /// Takes the connection out, finalising the sink's own statements first: SQLite does not
    /// close a connection that still has some.
    fn take_conn(&mut self) -> Option<Connection> {
        self.inserts = Inserts::default();
        self.conn.take()
    }

    /// Writes one document's rows, inside the batch's transaction.
    fn store(&mut self, doc: &Doc, encoded: &Columns) -> Result<(), StageError> {
        // Made before any row is written, like the other JSON columns.
        let json = doc.record_json()?;
        Ok(self.store_rows(&doc.record, json, encoded)?)
    }

    fn store_rows(&mut self, record: &Record, json: &[u8], encoded: &Columns) -> Result<(), DbError> {
        if let Some(why) = &self.given_up {
            return Err(DbError::GivenUp(why.clone()));
        }
        let conn = self.conn.as_ref().ok_or(DbError::Closed)?;
        // Not `pending == 0`: a batch whose first document failed is open with none pending.
        if conn.is_autocommit() {
            conn.execute_batch("BEGIN")?;
        }
        if let Some(growth) = self.growth.as_mut().filter(|g| g.due()) {
            drop_indexes(conn, secondary)?;
            growth.deferred = true;
        }
        let stored = match &mut self.mode {
            Mode::Live => store_live(conn, &mut self.inserts, record, json, encoded),
            Mode::Bulk(appended) => store_bulk(conn, &mut self.inserts, record, json, encoded, appended).map(|()| true),
        };
        let written = match stored {
            Ok(written) => written,
            Err(e) => {
                if matches!(self.mode, Mode::Bulk(_)) {
                    self.given_up = Some(e.to_string());
                }
                return Err(e);
            }
        };
        if let Some(growth) = self.growth.as_mut().filter(|_| written) {
            growth.written += 1;
        }
        self.pending += 1;
        if self.pending >= self.batch_size {
            self.commit_batch()?;
        }
        Ok(())
    }

    fn commit_batch(&mut self) -> Result<(), DbError> {
        let conn = self.conn()?;
        if !conn.is_autocommit() {
            conn.execute_batch("COMMIT")?;
        }
        self.pending = 0;
        Ok(())
    }

    /// Commits, builds what a bulk run left for the end, closes, syncs and renames the
    /// database into place.
    fn close(&mut self) -> Result<(), DbError> {
        if let Some(why) = &self.given_up {
            return Err(DbError::GivenUp(why.clone()));
        }
        if self.growth.as_ref().is_some_and(|g| g.deferred) {
            create_indexes(self.conn()?, secondary)?;
        }
        self.commit_batch()?;
        if let Some(conn) = self.take_conn() {
            if let (Mode::Bulk(_), Some(temp)) = (&self.mode, &self.temp) {
                build_indexes(&conn, temp)?;
            }
            conn.execute_batch("PRAGMA optimize")?;
            conn.close().map_err(|(_, e)| e)?;
        }
        // Updated in place: SQLite synced the file when it committed.
        let Some(temp) = &self.temp else { return Ok(()) };
        let file = std::fs::File::open(temp).map_err(|source| DbError::Io { path: temp.clone(), source })?;
        file.sync_all().map_err(|source| DbError::Io { path: temp.clone(), source })?;
        std::fs::rename(temp, &self.target).map_err(|source| DbError::Io { path: self.target.clone(), source })
    }

    /// Closes the connection of a run that did not finish and throws away what it wrote: the
    /// new file, or in place the open transaction (rolled back when the connection closes).
    fn abandon(&mut self) {
        if let Some(conn) = self.take_conn() {
            drop(conn);
            if let Some(temp) = &self.temp {
                remove_db_files(temp);
            }
        }
    }
}

impl Drop for SqliteSink {
    fn drop(&mut self) {
        // Still open: the run did not finish.
        self.abandon();
    }
}

/// Serialises the JSON columns on the worker threads (see `Sink::encoder`).
struct EncodeColumns;

impl Encode for EncodeColumns {
    fn encode(&self, doc: &Doc) -> Result<Encoded, StageError> {
        Ok(Box::new(Columns::new(&doc.record)?))
    }
}

impl Sink for SqliteSink {
    fn write(&mut self, doc: &Doc) -> Result<(), StageError> {
        let columns = Columns::new(&doc.record)?;
        self.store(doc, &columns)
    }

    fn encoder(&self) -> Option<Arc<dyn Encode>> {
        Some(Arc::new(EncodeColumns))
    }

    fn write_encoded(&mut self, doc: &Doc, encoded: Encoded) -> Result<(), StageError> {
        let columns = encoded.downcast::<Columns>().map_err(|_| StageError::output("the sqlite sink got another sink's encoding"))?;
        self.store(doc, &columns)
    }

    fn finish(&mut self) -> Result<(), StageError> {
        if self.conn.is_none() {
            return Ok(());
        }
        let r = self.close();
        if r.is_err() {
            self.abandon();
        }
        Ok(r?)
    }
}

/// The database file and SQLite's journal beside it.
fn remove_db_files(db: &Path) {
    let _ = std::fs::remove_file(db);
    let mut journal = db.as_os_str().to_owned();
    journal.push("-journal");
    let _ = std::fs::remove_file(PathBuf::from(journal));
}

/// Refuses a database of another schema version.
fn check_version(conn: &Connection, target: &Path) -> Result<(), DbError> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found != 0 && found != SCHEMA_VERSION {
        return Err(DbError::Version { path: target.to_path_buf(), found });
    }
    Ok(())
}

/// Whether the database has a documents table with a row in it.
fn holds_documents(conn: &Connection) -> Result<bool, DbError> {
    let table = conn.query_row("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents')", [], |r| r.get(0))?;
    Ok(table && conn.query_row("SELECT EXISTS (SELECT 1 FROM documents)", [], |r| r.get(0))?)
}

/// Creates the tables that are missing, drops superseded indexes and records the version.
fn update_schema(conn: &Connection) -> Result<(), DbError> {
    conn.execute_batch(TABLES)?;
    for name in SUPERSEDED {
        conn.execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
    }
    conn.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION}"))?;
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('schema_version', ?1), ('writer', ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![SCHEMA_VERSION.to_string(), format!("vanban {}", env!("CARGO_PKG_VERSION"))],
    )?;
    Ok(())
}

/// Checks the schema version, creates what is missing and chooses how to write.
fn prepare(conn: &Connection, target: &Path) -> Result<Mode, DbError> {
    // The copy is private to this run and thrown away on a crash: no need to sync each batch.
    conn.execute_batch("PRAGMA synchronous = OFF;")?;
    // Takes effect on a new file only. A document row (body and record, some 20 KB) spans
    // five 4 KiB pages but two of 16 KiB: fewer pages to fetch and write, and an index page
    // changed by a later run is still small to journal.
    conn.execute_batch(&format!("PRAGMA page_size = {PAGE_BYTES}"))?;
    // A fixed cap, so memory stays flat however large the database grows.
    conn.execute_batch(&format!("PRAGMA cache_size = -{CACHE_KIB}"))?;
    conn.set_prepared_statement_cache_capacity(32);
    check_version(conn, target)?;
    update_schema(conn)?;
    let empty = !holds_documents(conn)?;
    let tables_empty = CHILDREN
        .iter()
        .map(|t| conn.query_row(&format!("SELECT NOT EXISTS (SELECT 1 FROM {t})"), [], |r| r.get::<_, bool>(0)))
        .collect::<Result<Vec<_>, _>>()?;
    if empty && tables_empty.iter().all(|e| *e) {
        // Empty indexes cost nothing to drop; they come back, filled, in `finish`. Not the
        // documents' own: one entry per document, keys that come nearly in order (paths are
        // walked sorted, dates and styles repeat), cheap to keep up as rows arrive, whereas
        // building one at the end reads every page of the table, bodies and records included.
        drop_indexes(conn, |name| !on_documents(name))?;
        create_indexes(conn, on_documents)?;
        // No journal (see `Mode::Bulk`), and no foreign-key look-up per child row: the
        // document row is always written first.
        conn.execute_batch("PRAGMA journal_mode = OFF; PRAGMA foreign_keys = OFF;")?;
        conn.execute_batch(&format!("PRAGMA cache_size = -{BULK_CACHE_KIB}"))?;
        return Ok(Mode::Bulk(Appended::new(conn)?));
    }
    // The journal is a file, not memory: a batch touches pages all over the indexes, so an
    // in-memory journal grows with the database and peak memory with the corpus.
    conn.execute_batch("PRAGMA journal_mode = DELETE; PRAGMA foreign_keys = ON;")?;
    create_indexes(conn, |_| true)?;
    Ok(Mode::Live)
}

/// Builds the indexes a bulk run left for the end while another thread syncs what is written
/// already: the tables' pages reach the disk during the sort, which keeps only one core busy,
/// and the final sync has the indexes' pages left to write, not the whole file.
fn build_indexes(conn: &Connection, db: &Path) -> Result<(), DbError> {
    let file = std::fs::File::open(db).map_err(|source| DbError::Io { path: db.to_path_buf(), source })?;
    // What it fails to do, or a thread that cannot start, leaves more to the final sync.
    let early = std::thread::Builder::new().name("sqlite-sync".into()).spawn(move || file.sync_data()).ok();
    conn.execute_batch(&format!("PRAGMA cache_size = -{SORT_CACHE_KIB}"))?;
    let built = create_indexes(conn, |_| true);
    if let Some(early) = early {
        let _ = early.join();
    }
    built
}

/// Whether index `name` of [`INDEXES`] is on the documents table.
fn on_documents(name: &str) -> bool {
    name.starts_with("documents_")
}

/// Creates the indexes of [`INDEXES`] that are missing, of those whose name `which` takes. A
/// child table created by an older vanban has its key as a PRIMARY KEY already and gets no
/// second copy of it.
fn create_indexes(conn: &Connection, which: fn(&str) -> bool) -> Result<(), DbError> {
    for (_, keyed, sql) in INDEXES.iter().filter(|(name, _, _)| which(name)) {
        if !keyed.is_empty() && has_primary_key(conn, keyed)? {
            continue;
        }
        conn.execute_batch(sql)?;
    }
    Ok(())
}

/// Drops the indexes of [`INDEXES`] whose name `which` takes.
fn drop_indexes(conn: &Connection, which: fn(&str) -> bool) -> Result<(), DbError> {
    for (name, _, _) in INDEXES.iter().filter(|(name, _, _)| which(name)) {
        conn.execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
    }
    Ok(())
}

/// Whether `table` was created with a PRIMARY KEY clause (SQLite then indexes it itself).
fn has_primary_key(conn: &Connection, table: &str) -> Result<bool, DbError> {
    let name = format!("sqlite_autoindex_{table}_1");
    Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1)", [name], |r| r.get(0))?)
}

/// Replaces one document's rows in a database with live indexes, unless they are there
/// already; true if it wrote them.
fn store_live(conn: &Connection, ins: &mut Inserts, r: &Record, json: &[u8], enc: &Columns) -> Result<bool, DbError> {
    if holds_already(conn, &r.id, json)? {
        return Ok(false);
    }
    // A savepoint per document: a row that fails leaves none of the document behind.
    conn.prepare_cached("SAVEPOINT doc")?.execute([])?;
    let inserted = (|| {
        // The children go by cascade.
        conn.prepare_cached("DELETE FROM documents WHERE id = ?1")?.execute([&r.id])?;
        insert_rows(conn, ins, r, json, enc, None)
    })();
    match inserted {
        Ok(()) => {
            conn.prepare_cached("RELEASE doc")?.execute([])?;
            Ok(true)
        }
        Err(e) => {
            conn.execute_batch("ROLLBACK TO doc; RELEASE doc")?;
            Err(e)
        }
    }
}

/// Whether the database holds this very record already: the same id and the same JSON.
/// Every column of every table is made from the record, so its rows are the ones this run
/// would write (a change in how they are made changes [`SCHEMA_VERSION`]). A re-run over the
/// same files then rewrites nothing: replacing a document deletes and inserts its rows in
/// indexes that no longer fit in the page cache, the costliest thing a re-run does.
fn holds_already(conn: &Connection, id: &str, json: &[u8]) -> Result<bool, DbError> {
    let mut st = conn.prepare_cached("SELECT record FROM documents WHERE id = ?1")?;
    let mut rows = st.query([id])?;
    Ok(match rows.next()? {
        Some(row) => row.get_ref(0)?.as_bytes().is_ok_and(|stored| stored == json),
        None => false,
    })
}

/// Appends one document's rows in a bulk run, first removing those of an earlier document
/// of this run with the same id.
fn store_bulk(conn: &Connection, ins: &mut Inserts, r: &Record, json: &[u8], enc: &Columns, appended: &mut Appended) -> Result<(), DbError> {
    let earlier: Option<i64> = conn.prepare_cached("SELECT rowid FROM documents WHERE id = ?1")?.query_row([&r.id], |row| row.get(0)).optional()?;
    if let Some(doc) = earlier {
        conn.prepare_cached("DELETE FROM documents WHERE rowid = ?1")?.execute([doc])?;
        if let Some(ranges) = appended.ranges(conn, doc)? {
            for (table, (from, to)) in CHILDREN.iter().zip(ranges) {
                conn.prepare_cached(&format!("DELETE FROM {table} WHERE rowid >= ?1 AND rowid < ?2"))?.execute([from, to])?;
            }
        }
        // Rows deleted from a table's end are numbered again. Only documents without rows
        // in that table lie between them and the new ones, and their ranges stay empty.
        appended.next = next_rowids(conn)?;
    }
    let doc = appended.docs + 1;
    let first = appended.next;
    insert_rows(conn, ins, r, json, enc, Some(doc))?;
    for (next, rows) in appended.next.iter_mut().zip([r.entities.len(), r.people.len(), r.indicators.len(), r.directives.len()]) {
        *next += rows as i64;
    }
    appended.push(conn, doc, first)
}

/// The rowid SQLite gives the next row of each child table. A table whose last rows were
/// deleted numbers its next ones from the last that is left.
fn next_rowids(conn: &Connection) -> Result<[i64; 4], DbError> {
    let mut next = [1; 4];
    for (n, table) in next.iter_mut().zip(CHILDREN) {
        *n = conn.prepare_cached(&format!("SELECT coalesce(max(rowid), 0) + 1 FROM {table}"))?.query_row([], |row| row.get(0))?;
    }
    Ok(next)
}

/// Inserts the document row and its children. `doc` gives the document's rowid (bulk runs);
/// `None` lets SQLite choose. SQLite numbers the child rows: one past the table's last row,
/// which it finds without searching the table, whereas a rowid given has to be looked up.
fn insert_rows(conn: &Connection, ins: &mut Inserts, r: &Record, json: &[u8], enc: &Columns, doc: Option<i64>) -> Result<(), DbError> {
    let s = &r.source;
    ins.document(conn)?.run(&[
        doc.into(),
        r.id.as_str().into(),
        s.path.as_str().into(),
        s.portal.as_deref().into(),
        s.style.as_deref().into(),
        s.encoding.as_deref().into(),
        s.format.as_deref().into(),
        r.title.as_deref().into(),
        r.published.as_deref().into(),
        r.event_date.as_deref().into(),
        r.body.as_str().into(),
        enc.authors.as_str().into(),
        enc.captions.as_str().into(),
        enc.document.as_deref().into(),
        enc.warnings.as_str().into(),
        // serde_json writes UTF-8: stored as TEXT without checking it again.
        Val::Text(json),
    ])?;
    let mut intervals = enc.intervals.iter();
    insert_children(conn, ins, 0, &r.id, &r.entities, &mut |values, ord, e| entity_values(values, ord, e, &mut intervals))?;
    insert_children(conn, ins, 1, &r.id, &r.people, &mut |values, ord, p| {
        values.extend([Val::Int(ord as i64), p.name.as_str().into(), p.honorific.as_deref().into(), enc.roles.get(ord).map(String::as_str).into()]);
    })?;
    insert_children(conn, ins, 2, &r.id, &r.indicators, &mut indicator_values)?;
    insert_children(conn, ins, 3, &r.id, &r.directives, &mut |values, ord, d| {
        values.extend([Val::Int(ord as i64), d.text.as_str().into(), d.assignee.as_deref().into(), d.deadline.as_deref().into()]);
    })
}

/// An entity's values; `intervals` holds the "start/end" of each period
/// ([`Columns::intervals`]), taken in order.
fn entity_values<'v>(values: &mut Vec<Val<'v>>, ord: usize, e: &'v Entity, intervals: &mut std::slice::Iter<'v, String>) {
    let (normalized, period_start, period_end) = match &e.normalized {
        None => (None, None, None),
        Some(Normalized::Text(t)) => (Some(t.as_str()), None, None),
        Some(Normalized::Range { start, end }) => (intervals.next().map(String::as_str), Some(start.as_str()), Some(end.as_str())),
    };
    let field = match e.field {
        Field::Body => "body",
        Field::Title => "title",
        Field::Captions => "captions",
    };
    values.extend([
        Val::Int(ord as i64),
        e.kind.as_str().into(),
        e.text.as_str().into(),
        field.into(),
        Val::Int(e.index as i64),
        Val::Int(e.start as i64),
        Val::Int(e.end as i64),
        normalized.into(),
        period_start.into(),
        period_end.into(),
        e.code.as_deref().into(),
    ]);
}

fn indicator_values<'v>(values: &mut Vec<Val<'v>>, ord: usize, ind: &'v Indicator) {
    let change = ind.change.as_ref();
    let period = ind.period.as_ref();
    values.extend([
        Val::Int(ord as i64),
        ind.subject.as_str().into(),
        Val::Real(ind.value),
        ind.unit.as_deref().into(),
        ind.qualifier.as_deref().into(),
        change.map(|c| c.direction.as_str()).into(),
        change.map_or(Val::Null, |c| Val::Real(c.value)),
        change.and_then(|c| c.unit.as_deref()).into(),
        change.and_then(|c| c.baseline.as_deref()).into(),
        period.map(|p| p.start.as_str()).into(),
        period.map(|p| p.end.as_str()).into(),
        ind.text.as_str().into(),
        Val::Int(ind.start as i64),
        Val::Int(ind.end as i64),
    ]);
}

/// Rows per child-table INSERT. A statement of many rows opens and positions the table's
/// cursor and runs SQLite's program once for all of them, where one row a statement paid
/// for that on every row; the cap keeps the statements, one per row count, few.
const ROWS_PER_INSERT: usize = 16;

/// The child tables' columns after `document_id`, in [`CHILDREN`]'s order.
const CHILD_COLUMNS: [&str; 4] = [
    "ord, type, text, field, field_index, start, end, normalized, period_start, period_end, code",
    "ord, name, honorific, roles",
    "ord, subject, value, unit, qualifier, change_direction, change_value, change_unit, baseline, period_start, period_end, text, start, end",
    "ord, text, assignee, deadline",
];

/// The INSERT of `rows` rows into child table `t`. The rows share the document's id, `?1`;
/// each has the columns of [`CHILD_COLUMNS`] in the parameters that follow.
fn child_insert_sql(t: usize, rows: usize) -> String {
    let width = CHILD_COLUMNS[t].split(',').count();
    let mut sql = format!("INSERT INTO {}(document_id, {}) VALUES ", CHILDREN[t], CHILD_COLUMNS[t]);
    for j in 0..rows {
        sql.push_str(if j == 0 { "(?1" } else { ", (?1" });
        for k in 0..width {
            sql.push_str(&format!(", ?{}", 2 + j * width + k));
        }
        sql.push(')');
    }
    sql
}

/// Pushes one row's values: its position in the record's list, then the item's.
type RowValues<'a, 'v, T> = &'a mut dyn FnMut(&mut Vec<Val<'v>>, usize, &'v T);

/// Inserts `items` as rows of child table `t`, [`ROWS_PER_INSERT`] a statement and the rest
/// in one more.
fn insert_children<'v, T>(
    conn: &Connection,
    ins: &mut Inserts,
    t: usize,
    id: &'v str,
    items: &'v [T],
    row: RowValues<'_, 'v, T>,
) -> Result<(), DbError> {
    let (full, rest) = items.split_at(items.len() - items.len() % ROWS_PER_INSERT);
    let mut ord = 0;
    for group in [full, rest] {
        let rows = group.len().min(ROWS_PER_INSERT);
        if rows == 0 {
            continue;
        }
        // One statement serves the whole group: every chunk of it has `rows` rows.
        let st = ins.child(conn, t, rows)?;
        let mut values = Vec::with_capacity(st.params);
        for chunk in group.chunks(rows) {
            values.clear();
            values.push(Val::Text(id.as_bytes()));
            for item in chunk {
                row(&mut values, ord, item);
                ord += 1;
            }
            st.run(&values)?;
        }
    }
    Ok(())
}

/// A value to bind, borrowed for the one run of a statement that reads it.
#[derive(Clone, Copy)]
enum Val<'a> {
    Null,
    Int(i64),
    Real(f64),
    /// UTF-8 text.
    Text(&'a [u8]),
}

impl<'a> From<&'a str> for Val<'a> {
    fn from(s: &'a str) -> Val<'a> {
        Val::Text(s.as_bytes())
    }
}

impl<'a> From<Option<&'a str>> for Val<'a> {
    fn from(s: Option<&'a str>) -> Val<'a> {
        s.map_or(Val::Null, Val::from)
    }
}

impl From<Option<i64>> for Val<'_> {
    fn from(n: Option<i64>) -> Self {
        n.map_or(Val::Null, Val::Int)
    }
}

/// The sink's INSERTs, prepared when first needed and held by the sink rather than by
/// rusqlite, which copies every text it binds (a document's body and record included) and
/// clears and rehashes a cached statement on each use.
#[derive(Default)]
struct Inserts {
    document: Option<RawInsert>,
    /// For each child table, its INSERT of `n` rows at index `n - 1`.
    children: [Vec<Option<RawInsert>>; 4],
}

impl Inserts {
    fn document(&mut self, conn: &Connection) -> Result<&mut RawInsert, DbError> {
        prepared(&mut self.document, conn, || {
            "INSERT INTO documents(rowid, id, path, portal, style, encoding, format, title, published, event_date,
                                   body, authors, captions, document, warnings, record)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
                .to_string()
        })
    }

    fn child(&mut self, conn: &Connection, t: usize, rows: usize) -> Result<&mut RawInsert, DbError> {
        let slots = &mut self.children[t];
        if slots.len() < rows {
            slots.resize_with(rows, || None);
        }
        prepared(&mut slots[rows - 1], conn, || child_insert_sql(t, rows))
    }
}

/// The statement in `slot`, prepared from `sql()` on first use.
fn prepared<'s>(slot: &'s mut Option<RawInsert>, conn: &Connection, sql: impl FnOnce() -> String) -> Result<&'s mut RawInsert, DbError> {
    match slot {
        Some(st) => Ok(st),
        None => Ok(slot.insert(RawInsert::prepare(conn, &sql())?)),
    }
}

/// A prepared statement of the sink's connection, which binds text in place (SQLITE_STATIC).
/// It must be dropped before the connection is closed: the sink drops its [`Inserts`] first.
struct RawInsert {
    stmt: NonNull<ffi::sqlite3_stmt>,
    db: *mut ffi::sqlite3,
    /// How many parameters the statement has.
    params: usize,
    /// Which parameters hold NULL: bound so by an earlier run (or never bound), they need no
    /// binding again. Many columns are NULL row after row.
    null: Vec<bool>,
}

// SAFETY: a statement goes with its connection, which the sink owns and uses from one thread
// at a time; SQLite (multi-thread mode) allows that thread to change.
unsafe impl Send for RawInsert {}

impl RawInsert {
    fn prepare(conn: &Connection, sql: &str) -> Result<RawInsert, DbError> {
        let len = c_int::try_from(sql.len()).map_err(|_| sql_error(ffi::SQLITE_TOOBIG, None))?;
        let mut stmt = std::ptr::null_mut();
        // SAFETY: the handle is valid while `conn` is; SQLite reads `sql` within the call.
        let (db, rc) = unsafe {
            let db = conn.handle();
            let flags = ffi::SQLITE_PREPARE_PERSISTENT as std::ffi::c_uint;
            (db, ffi::sqlite3_prepare_v3(db, sql.as_ptr().cast(), len, flags, &mut stmt, std::ptr::null_mut()))
        };
        if rc != ffi::SQLITE_OK {
            return Err(last_error(db, rc));
        }
        let stmt = NonNull::new(stmt).ok_or_else(|| sql_error(ffi::SQLITE_MISUSE, Some("an empty statement".into())))?;
        // SAFETY: `stmt` was just prepared.
        let params = unsafe { ffi::sqlite3_bind_parameter_count(stmt.as_ptr()) } as usize;
        Ok(RawInsert { stmt, db, params, null: vec![true; params] })
    }

    /// Binds `values` to every parameter in order and runs the statement once. The texts
    /// are read where they lie, during the step only: the pointers left bound afterwards are
    /// never read, as every run binds each parameter anew before stepping, unless it holds
    /// NULL already (hence the count check), and finalising does not touch a text bound as
    /// SQLITE_STATIC.
    fn run(&mut self, values: &[Val]) -> Result<(), DbError> {
        if values.len() != self.params {
            return Err(sql_error(ffi::SQLITE_RANGE, Some(format!("{} values for {} parameters", values.len(), self.params))));
        }
        let st = self.stmt.as_ptr();
        let mut rc = ffi::SQLITE_OK;
        for (i, v) in values.iter().enumerate() {
            let null = matches!(v, Val::Null);
            if std::mem::replace(&mut self.null[i], null) && null {
                continue;
            }
            // SAFETY: `st` is a live statement and `i + 1` one of its parameters; the texts
            // stay borrowed through the step below.
            rc = unsafe { bind(st, i as c_int + 1, *v) };
            if rc != ffi::SQLITE_OK {
                self.null[i] = false;
                break;
            }
        }
        if rc == ffi::SQLITE_OK {
            // SAFETY: as above.
            rc = unsafe { ffi::sqlite3_step(st) };
        }
        let result = if rc == ffi::SQLITE_DONE { Ok(()) } else { Err(last_error(self.db, rc)) };
        // SAFETY: as above.
        unsafe { ffi::sqlite3_reset(st) };
        result
    }
}

impl Drop for RawInsert {
    fn drop(&mut self) {
        // SAFETY: the statement is live and its connection still open (see the type's doc).
        unsafe { ffi::sqlite3_finalize(self.stmt.as_ptr()) };
    }
}

/// Binds `v` to parameter `i` of `st`; a text is not copied (SQLITE_STATIC).
///
/// # Safety
/// `st` must be a live statement, and a text must outlive its binding.
unsafe fn bind(st: *mut ffi::sqlite3_stmt, i: c_int, v: Val) -> c_int {
    match v {
        Val::Null => ffi::sqlite3_bind_null(st, i),
        Val::Int(n) => ffi::sqlite3_bind_int64(st, i, n),
        Val::Real(x) => ffi::sqlite3_bind_double(st, i, x),
        Val::Text(s) => match c_int::try_from(s.len()) {
            Ok(len) => ffi::sqlite3_bind_text(st, i, s.as_ptr().cast(), len, ffi::SQLITE_STATIC()),
            Err(_) => ffi::SQLITE_TOOBIG,
        },
    }
}

/// The connection's message for the error `rc` that a call just returned.
fn last_error(db: *mut ffi::sqlite3, rc: c_int) -> DbError {
    // SAFETY: `db` is open; the message is copied before any other call on it.
    let message = unsafe { CStr::from_ptr(ffi::sqlite3_errmsg(db)) }.to_string_lossy().into_owned();
    sql_error(rc, Some(message))
}

fn sql_error(rc: c_int, message: Option<String>) -> DbError {
    DbError::Sql(rusqlite::Error::SqliteFailure(ffi::Error::new(rc), message))
}

/// Row counts of the main tables, in a fixed order: for `vanban` users' checks and the tests.
pub fn table_counts(db: &Path) -> Result<Vec<(&'static str, i64)>, DbError> {
    let conn = Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let mut out = Vec::new();
    for table in ["documents", "entities", "people", "indicators", "directives"] {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
        out.push((table, n));
    }
    Ok(out)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, default)]
struct SqliteConfig {
    path: String,
    batch_size: usize,
}

impl Default for SqliteConfig {
    fn default() -> Self {
        SqliteConfig { path: "vanban.db".into(), batch_size: 500 }
    }
}

fn build(sc: &StageConfig, ctx: &BuildContext) -> Result<Built, ConfigError> {
    let cfg: SqliteConfig = sc.parse()?;
    if cfg.batch_size == 0 {
        return Err(sc.error("`batch_size` must be at least 1"));
    }
    let path = out_path(ctx, &cfg.path);
    let sink = SqliteSink::create(&path, cfg.batch_size).map_err(|e| sc.error(&format!("cannot write {}: {e}", path.display())))?;
    Ok(Built::Sink(Box::new(sink)))
}

inventory::submit! {
    StageRegistration {
        name: "sqlite",
        kind: StageKind::Sink,
        summary: "Adds the records to a SQLite database (documents, entities, people, indicators, directives); re-runs replace, never duplicate.",
        settings: &[
            Setting { key: "path", ty: "string", default: "vanban.db", help: "relative to the output folder; an existing database is updated" },
            Setting { key: "batch_size", ty: "integer", default: "500", help: "documents per transaction while writing a new database (an existing one is updated in one transaction)" },
        ],
        parallel: false,
        build,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::sinks::test_docs::{sample_doc, scratch_dir};

    fn count(db: &Path, table: &str) -> i64 {
        table_counts(db).unwrap().into_iter().find(|(t, _)| *t == table).map(|(_, n)| n).unwrap()
    }

    #[test]
    fn writes_every_table_and_replaces_on_rerun() {
        let dir = scratch_dir("sqlite-rerun");
        let db = dir.join("vanban.db");
        for _ in 0..2 {
            let mut sink = SqliteSink::create(&db, 2).unwrap();
            for i in 0..3 {
                sink.write(&sample_doc(i)).unwrap();
            }
            sink.finish().unwrap();
        }
        let doc = sample_doc(0);
        assert_eq!(count(&db, "documents"), 3);
        assert_eq!(count(&db, "entities"), 3 * doc.record.entities.len() as i64);
        assert_eq!(count(&db, "indicators"), 3 * doc.record.indicators.len() as i64);
        assert_eq!(count(&db, "people"), 3 * doc.record.people.len() as i64);
        assert_eq!(count(&db, "directives"), 3 * doc.record.directives.len() as i64);
        let names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("vanban.db")], "no temporary file is left behind");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_new_run_adds_and_columns_hold_the_record() {
        let dir = scratch_dir("sqlite-add");
        let db = dir.join("vanban.db");
        let mut sink = SqliteSink::create(&db, 500).unwrap();
        sink.write(&sample_doc(0)).unwrap();
        sink.finish().unwrap();
        let mut sink = SqliteSink::create(&db, 500).unwrap();
        sink.write(&sample_doc(1)).unwrap();
        sink.finish().unwrap();
        assert_eq!(count(&db, "documents"), 2);

        let conn = Connection::open(&db).unwrap();
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        let doc = sample_doc(1);
        let ind = &doc.record.indicators[0];
        let (subject, value, dir_, start): (String, f64, String, String) = conn
            .query_row(
                "SELECT subject, value, change_direction, period_start FROM indicators WHERE document_id = ?1 AND ord = 0",
                [&doc.record.id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        assert_eq!(subject, ind.subject);
        assert_eq!(value, ind.value);
        assert_eq!(dir_, ind.change.as_ref().unwrap().direction);
        assert_eq!(start, ind.period.as_ref().unwrap().start);
        let period: String = conn
            .query_row("SELECT normalized FROM entities WHERE document_id = ?1 AND type = 'period'", [&doc.record.id], |r| r.get(0))
            .unwrap();
        assert!(period.contains('/'), "a period is stored as an interval: {period}");
        let json: String = conn.query_row("SELECT record FROM documents WHERE id = ?1", [&doc.record.id], |r| r.get(0)).unwrap();
        let back: Record = serde_json::from_str(&json).unwrap();
        assert_eq!(back, doc.record);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn deleting_a_document_removes_its_rows() {
        let dir = scratch_dir("sqlite-cascade");
        let db = dir.join("vanban.db");
        let mut sink = SqliteSink::create(&db, 500).unwrap();
        sink.write(&sample_doc(0)).unwrap();
        sink.finish().unwrap();
        let conn = Connection::open(&db).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON; DELETE FROM documents;").unwrap();
        drop(conn);
        for table in ["entities", "people", "indicators", "directives"] {
            assert_eq!(count(&db, table), 0, "{table}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A scratch folder `name` and in it `vanban.db`, written by a finished run of `docs`.
    fn database_of(name: &str, docs: std::ops::Range<u64>) -> (PathBuf, PathBuf) {
        let dir = scratch_dir(name);
        let db = dir.join("vanban.db");
        let mut sink = SqliteSink::create(&db, 500).unwrap();
        for i in docs {
            sink.write(&sample_doc(i)).unwrap();
        }
        sink.finish().unwrap();
        (dir, db)
    }

    #[test]
    fn an_unfinished_run_leaves_the_old_database() {
        let (dir, db) = database_of("sqlite-killed", 0..1);
        let before = std::fs::read(&db).unwrap();
        {
            let mut sink = SqliteSink::create(&db, 1).unwrap();
            sink.write(&sample_doc(1)).unwrap();
            sink.write(&sample_doc(2)).unwrap();
        }
        assert_eq!(std::fs::read(&db).unwrap(), before);
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_update_killed_midway_is_rolled_back_when_the_database_is_next_opened() {
        let (dir, db) = database_of("sqlite-hot-journal", 0..1);
        let before = std::fs::read(&db).unwrap();

        let mut sink = SqliteSink::create(&db, 1).unwrap();
        assert!(sink.temp.is_none(), "a database that holds documents is updated in place");
        // A cache of a few pages makes SQLite write changed pages to the file before the end.
        sink.conn().unwrap().execute_batch("PRAGMA cache_size = 2").unwrap();
        for i in 1..40 {
            sink.write(&sample_doc(i)).unwrap();
        }
        // What a process killed now would leave: the file as it is and the journal beside it.
        let killed = dir.join("killed");
        std::fs::create_dir_all(&killed).unwrap();
        std::fs::copy(&db, killed.join("vanban.db")).unwrap();
        std::fs::copy(dir.join("vanban.db-journal"), killed.join("vanban.db-journal")).unwrap();
        assert_ne!(std::fs::read(killed.join("vanban.db")).unwrap(), before, "the run has written into the file");
        drop(sink);

        // Rolling back writes, so the first opening after a kill must be able to write.
        let reopened = Connection::open(killed.join("vanban.db")).unwrap();
        let docs: i64 = reopened.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)).unwrap();
        assert_eq!(docs, 1, "opening rolls the killed run back");
        drop(reopened);
        assert_eq!(std::fs::read(killed.join("vanban.db")).unwrap(), before);
        assert!(!killed.join("vanban.db-journal").exists());
        assert_eq!(std::fs::read(&db).unwrap(), before, "a run dropped unfinished is rolled back at once");
        assert!(!dir.join("vanban.db-journal").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_update_that_outgrows_the_database_builds_its_secondary_indexes_at_the_end() {
        let (dir, db) = database_of("sqlite-outgrown", 0..2);
        let all = index_names(&db);
        let before = std::fs::read(&db).unwrap();
        {
            let mut sink = SqliteSink::create(&db, 500).unwrap();
            sink.growth.as_mut().unwrap().defer_after = 1;
            for i in 2..6 {
                sink.write(&sample_doc(i)).unwrap();
            }
            assert!(sink.growth.as_ref().unwrap().deferred);
        }
        assert_eq!(std::fs::read(&db).unwrap(), before, "a run that stops gets the indexes back");
        let mut sink = SqliteSink::create(&db, 500).unwrap();
        sink.growth.as_mut().unwrap().defer_after = 3;
        let live = |sink: &SqliteSink| -> Vec<String> {
            let mut st = sink.conn().unwrap().prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").unwrap();
            let names = st.query_map([], |r| r.get(0)).unwrap().collect::<Result<Vec<String>, _>>().unwrap();
            names
        };
        // Documents 0 and 1 are there already (unchanged: not counted); 2, 3 and 4 make three
        // written, more than the database held: the indexes go before the next.
        for i in 0..5 {
            sink.write(&sample_doc(i)).unwrap();
        }
        assert_eq!(live(&sink), all, "kept while writing the third");
        sink.write(&sample_doc(5)).unwrap();
        let kept = live(&sink);
        let dropped: Vec<&str> = all.iter().map(String::as_str).filter(|n| !kept.iter().any(|k| k == n)).collect();
        let mut secondaries: Vec<&str> = INDEXES.iter().map(|(name, _, _)| *name).filter(|n| secondary(n)).collect();
        secondaries.sort();
        assert_eq!(dropped, secondaries, "the secondary indexes are dropped, the keys kept");
        for i in 6..8 {
            sink.write(&sample_doc(i)).unwrap();
        }
        sink.finish().unwrap();
        assert_eq!(index_names(&db), all, "built again at the end");
        let doc = sample_doc(0);
        assert_eq!(count(&db, "entities"), 8 * doc.record.entities.len() as i64);
        let conn = Connection::open(&db).unwrap();
        let disease = doc.record.entities.iter().find(|e| e.kind == vanban_plugin_sdk::EntityKind::Disease).unwrap();
        let plan: String = conn
            .query_row("EXPLAIN QUERY PLAN SELECT count(*) FROM entities WHERE normalized = 'sốt xuất huyết'", [], |r| r.get(3))
            .unwrap();
        assert!(plan.contains("entities_normalized"), "{plan}");
        let found: i64 =
            conn.query_row("SELECT count(*) FROM entities WHERE normalized = ?1", [&disease.text], |r| r.get(0)).unwrap();
        assert_eq!(found, 8);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_database_another_program_is_writing_is_refused_by_name() {
        let (dir, db) = database_of("sqlite-busy", 0..1);
        let other = Connection::open(&db).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        let err = SqliteSink::create(&db, 500).err().expect("refused while the other writes").to_string();
        assert!(err.contains("vanban.db is being written by another program"), "{err}");
        other.execute_batch("ROLLBACK").unwrap();
        SqliteSink::create(&db, 500).unwrap().finish().unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
    }

    fn document_rowids(db: &Path) -> Vec<(String, i64)> {
        let conn = Connection::open(db).unwrap();
        let mut st = conn.prepare("SELECT path, rowid FROM documents ORDER BY path").unwrap();
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().collect::<Result<Vec<_>, _>>().unwrap();
        rows
    }

    #[test]
    fn a_rerun_rewrites_only_the_documents_whose_rows_change() {
        let (dir, db) = database_of("sqlite-unchanged", 0..3);
        let first = document_rowids(&db);

        let mut sink = SqliteSink::create(&db, 500).unwrap();
        let mut moved = sample_doc(1);
        moved.record.source.path = "corpus/moved.txt".into();
        for doc in [sample_doc(0), moved, sample_doc(2)] {
            sink.write(&doc).unwrap();
        }
        sink.finish().unwrap();
        let second = document_rowids(&db);
        assert_eq!(second.len(), 3);
        assert_eq!(second[0], first[0], "unchanged: left where it was");
        assert_eq!(second[1], first[2], "unchanged: left where it was");
        assert_eq!(second[2].0, "corpus/moved.txt");
        assert!(second[2].1 > first[2].1, "changed: replaced by a new row");
        let doc = sample_doc(0);
        assert_eq!(count(&db, "entities"), 3 * doc.record.entities.len() as i64);
        assert_eq!(count(&db, "people"), 3 * doc.record.people.len() as i64);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    fn index_names(db: &Path) -> Vec<String> {
        let conn = Connection::open(db).unwrap();
        let mut st = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").unwrap();
        let names = st.query_map([], |r| r.get(0)).unwrap().collect::<Result<Vec<String>, _>>().unwrap();
        names
    }

    #[test]
    fn a_first_run_builds_every_index_and_keeps_the_last_of_two_copies() {
        let dir = scratch_dir("sqlite-bulk");
        let db = dir.join("vanban.db");
        let mut sink = SqliteSink::create(&db, 2).unwrap();
        assert!(matches!(sink.mode, Mode::Bulk(_)), "an empty database is written in bulk");
        let conn = sink.conn().unwrap();
        let mut st = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").unwrap();
        let live = st.query_map([], |r| r.get(0)).unwrap().collect::<Result<Vec<String>, _>>().unwrap();
        drop(st);
        assert_eq!(live, ["documents_event_date", "documents_path", "documents_style"], "only the documents' indexes are kept up during a bulk run");
        let mut copy = sample_doc(1);
        copy.record.source.path = "corpus/copy-of-001.txt".into();
        copy.record.entities.pop();
        // A second copy right after the first: the earlier one is then the last document.
        let mut again = sample_doc(1);
        again.record.source.path = "corpus/again-001.txt".into();
        again.record.entities.truncate(copy.record.entities.len() - 1);
        for doc in [sample_doc(0), sample_doc(1), sample_doc(2), copy, again] {
            sink.write(&doc).unwrap();
        }
        sink.finish().unwrap();
        let doc = sample_doc(0);
        assert_eq!(count(&db, "documents"), 3);
        assert_eq!(count(&db, "entities"), 3 * doc.record.entities.len() as i64 - 2, "each copy's rows replace the one before's");
        assert_eq!(count(&db, "indicators"), 3 * doc.record.indicators.len() as i64);
        let conn = Connection::open(&db).unwrap();
        let id = sample_doc(1).record.id;
        let path: String = conn.query_row("SELECT path FROM documents WHERE id = ?1", [&id], |r| r.get(0)).unwrap();
        assert_eq!(path, "corpus/again-001.txt");
        let ords: Vec<i64> = conn
            .prepare("SELECT ord FROM entities WHERE document_id = ?1 ORDER BY ord")
            .unwrap()
            .query_map([&id], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(ords, (0..doc.record.entities.len() as i64 - 2).collect::<Vec<_>>());
        let plan: String = conn.query_row("EXPLAIN QUERY PLAN SELECT ord FROM entities WHERE code = 'x'", [], |r| r.get(3)).unwrap();
        assert!(plan.contains("entities_code"), "a look-up by code uses the partial index: {plan}");
        let plan: String = conn
            .query_row("EXPLAIN QUERY PLAN SELECT document_id FROM entities WHERE type = 'disease' AND normalized = 'x'", [], |r| r.get(3))
            .unwrap();
        assert!(plan.contains("entities_normalized"), "a look-up by value uses its index: {plan}");
        drop(conn);
        let mut names = index_names(&db);
        names.retain(|n| !n.starts_with("sqlite_autoindex"));
        let mut expected: Vec<&str> = INDEXES.iter().map(|(n, _, _)| *n).collect();
        expected.sort();
        assert_eq!(names, expected);

        // A second run writes live and ends with the same indexes.
        let mut sink = SqliteSink::create(&db, 2).unwrap();
        assert!(matches!(sink.mode, Mode::Live));
        sink.write(&sample_doc(5)).unwrap();
        sink.finish().unwrap();
        let mut again = index_names(&db);
        again.retain(|n| !n.starts_with("sqlite_autoindex"));
        assert_eq!(again, expected);
        assert_eq!(count(&db, "documents"), 4);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn rows_deleted_from_a_tables_end_are_numbered_again_without_mixing_documents() {
        let dir = scratch_dir("sqlite-renumber");
        let db = dir.join("vanban.db");
        let a = sample_doc(1);
        // No entities: its entities' range lies where the first copy of `a` numbers again.
        let no_entities = || {
            let mut x = sample_doc(2);
            x.record.entities.clear();
            x
        };
        let x = no_entities();
        let mut a2 = sample_doc(1);
        a2.record.entities.pop();
        let mut x2 = no_entities();
        x2.record.source.path = "corpus/copy-of-002.txt".into();
        let mut a3 = sample_doc(1);
        a3.record.entities.truncate(1);
        a3.record.entities[0].text = "the last copy's".into();
        let mut sink = SqliteSink::create(&db, 500).unwrap();
        for doc in [&sample_doc(0), &a, &x, &a2, &x2, &a3] {
            sink.write(doc).unwrap();
        }
        sink.finish().unwrap();
        assert_eq!(count(&db, "documents"), 3);
        let first = sample_doc(0);
        assert_eq!(count(&db, "entities"), first.record.entities.len() as i64 + 1);
        assert_eq!(count(&db, "people"), (first.record.people.len() + a3.record.people.len() + x.record.people.len()) as i64);
        let rows = entity_rows(&db, &a3.record.id);
        assert_eq!(rows, [(0, "the last copy's".to_string(), Some("2031-03-12".to_string()))]);
        assert_eq!(entity_rows(&db, &first.record.id).len(), first.record.entities.len());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_database_whose_tables_have_primary_keys_gets_no_second_key_index() {
        let dir = scratch_dir("sqlite-older");
        let db = dir.join("vanban.db");
        let conn = Connection::open(&db).unwrap();
        // The child tables as an earlier vanban created them, with one document in place.
        conn.execute_batch(&TABLES.replace("    code         TEXT\n", "    code         TEXT,\n    PRIMARY KEY (document_id, ord)\n")).unwrap();
        conn.execute_batch("PRAGMA user_version = 1").unwrap();
        conn.execute_batch("CREATE INDEX entities_type_normalized ON entities(type, normalized)").unwrap();
        drop(conn);
        let mut sink = SqliteSink::create(&db, 10).unwrap();
        sink.write(&sample_doc(0)).unwrap();
        sink.finish().unwrap();
        let names = index_names(&db);
        assert!(names.contains(&"sqlite_autoindex_entities_1".to_string()) && !names.contains(&"entities_key".to_string()), "{names:?}");
        assert!(!names.contains(&"entities_type_normalized".to_string()) && names.contains(&"entities_normalized".to_string()), "{names:?}");
        assert!(names.contains(&"people_key".to_string()) && names.contains(&"entities_code".to_string()));
        assert_eq!(count(&db, "entities"), sample_doc(0).record.entities.len() as i64);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// The entities of `db`'s document `id` as (ord, text, normalized), in rowid order.
    fn entity_rows(db: &Path, id: &str) -> Vec<(i64, String, Option<String>)> {
        let conn = Connection::open(db).unwrap();
        let mut st = conn.prepare("SELECT ord, text, normalized FROM entities WHERE document_id = ?1 ORDER BY rowid").unwrap();
        let rows = st.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().collect::<Result<Vec<_>, _>>().unwrap();
        rows
    }

    #[test]
    fn a_document_with_more_rows_than_one_insert_takes_keeps_them_in_order() {
        let dir = scratch_dir("sqlite-chunks");
        let db = dir.join("vanban.db");
        let mut big = sample_doc(3);
        let kinds = big.record.entities.clone();
        big.record.entities = (0..2 * ROWS_PER_INSERT + 3).map(|i| kinds[i % kinds.len()].clone()).collect();
        for (i, e) in big.record.entities.iter_mut().enumerate() {
            e.text = format!("{}#{i}", e.text);
        }
        let expected: Vec<_> = big
            .record
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let normalized = e.normalized.as_ref().map(|n| match n {
                    Normalized::Text(t) => t.clone(),
                    Normalized::Range { start, end } => format!("{start}/{end}"),
                });
                (i as i64, e.text.clone(), normalized)
            })
            .collect();
        // A first run writes in bulk, a second one live; each stores every row once, in order.
        for (run, doc) in [sample_doc(0), sample_doc(1)].into_iter().enumerate() {
            let mut sink = SqliteSink::create(&db, 500).unwrap();
            assert_eq!(matches!(sink.mode, Mode::Bulk(_)), run == 0);
            sink.write(&doc).unwrap();
            sink.write(&big).unwrap();
            sink.finish().unwrap();
            assert_eq!(entity_rows(&db, &big.record.id), expected);
        }
        let others = sample_doc(0).record.entities.len() + sample_doc(1).record.entities.len();
        assert_eq!(count(&db, "entities"), (others + expected.len()) as i64);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_insert_that_fails_says_why_and_can_run_again() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(TABLES).unwrap();
        let mut st = RawInsert::prepare(&conn, "INSERT INTO meta(key, value) VALUES (?1, ?2)").unwrap();
        let failed = st.run(&["k".into(), Val::Null]).unwrap_err();
        assert!(failed.to_string().contains("NOT NULL"), "{failed}");
        assert!(st.run(&["k".into()]).is_err(), "a value short");
        let key = String::from("schema");
        st.run(&[key.as_str().into(), "1".into()]).unwrap();
        // The statement reads a text during its run only: it may outlive the text.
        drop(key);
        drop(st);
        let value: String = conn.query_row("SELECT value FROM meta WHERE key = 'schema'", [], |r| r.get(0)).unwrap();
        assert_eq!(value, "1");
        conn.close().unwrap();
    }

    #[test]
    fn a_database_of_another_schema_version_is_refused() {
        let dir = scratch_dir("sqlite-version");
        let db = dir.join("vanban.db");
        Connection::open(&db).unwrap().execute_batch("PRAGMA user_version = 99").unwrap();
        assert!(matches!(SqliteSink::create(&db, 10), Err(DbError::Version { found: 99, .. })));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

//! The SQLite sink: `vanban.db`, one row per document plus tables of its entities, people,
//! indicators and directives, kept across runs.
//!
//! The database accumulates: a run copies the existing file (if any) to a temporary name,
//! writes into the copy and renames it into place when it finishes, so a killed run leaves
//! the previous database as it was. A document already present (same id, i.e. same input
//! bytes) has its rows replaced, so re-running over the same input adds nothing.

use super::atomic::temp_name;
use super::out_path;
use crate::config::StageConfig;
use crate::doc::Doc;
use crate::error::{ConfigError, StageError};
use crate::registry::{BuildContext, Built, Setting, StageKind, StageRegistration};
use crate::stage::Sink;
use rusqlite::{params, Connection};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use vanban_plugin_sdk::{Normalized, Record};

/// Bumped whenever a table or column changes meaning; stored in `PRAGMA user_version`.
pub const SCHEMA_VERSION: i64 = 1;

/// SQLite's page cache for the run's connection, in KiB.
const CACHE_KIB: u32 = 16 * 1024;

/// The tables, indexes and foreign keys. Child rows go with their document (ON DELETE CASCADE).
const SCHEMA: &str = r#"
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
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);
CREATE INDEX IF NOT EXISTS documents_event_date ON documents(event_date);
CREATE INDEX IF NOT EXISTS documents_style ON documents(style, portal);

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
    code         TEXT,
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX IF NOT EXISTS entities_type_normalized ON entities(type, normalized);
CREATE INDEX IF NOT EXISTS entities_code ON entities(code);

CREATE TABLE IF NOT EXISTS people (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    honorific   TEXT,
    roles       TEXT NOT NULL,     -- JSON array of strings
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX IF NOT EXISTS people_name ON people(name);

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
    end              INTEGER NOT NULL,
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX IF NOT EXISTS indicators_subject ON indicators(subject);
CREATE INDEX IF NOT EXISTS indicators_unit ON indicators(unit);
CREATE INDEX IF NOT EXISTS indicators_period ON indicators(period_start, period_end);

CREATE TABLE IF NOT EXISTS directives (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    assignee    TEXT,
    deadline    TEXT,
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX IF NOT EXISTS directives_deadline ON directives(deadline);
"#;

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
    #[error("the database is already closed")]
    Closed,
}

impl From<DbError> for StageError {
    fn from(e: DbError) -> StageError {
        StageError::output(e.to_string())
    }
}

/// Writes records into a copy of the database and moves it into place at `finish`.
pub struct SqliteSink {
    target: PathBuf,
    temp: PathBuf,
    conn: Option<Connection>,
    batch_size: usize,
    /// Documents written in the open transaction.
    pending: usize,
}

impl SqliteSink {
    /// Copies `target` (if it exists) to a temporary name and opens the copy.
    pub fn create(target: &Path, batch_size: usize) -> Result<SqliteSink, DbError> {
        if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| DbError::Io { path: dir.to_path_buf(), source })?;
        }
        super::stale::remove_stale(target);
        let temp = temp_name(target);
        remove_db_files(&temp);
        if target.exists() {
            std::fs::copy(target, &temp).map_err(|source| DbError::Io { path: target.to_path_buf(), source })?;
        }
        // From here on, dropping the sink removes the temporary copy.
        let mut sink = SqliteSink { target: target.to_path_buf(), temp, conn: None, batch_size: batch_size.max(1), pending: 0 };
        let conn = Connection::open(&sink.temp)?;
        prepare(&conn, target)?;
        sink.conn = Some(conn);
        Ok(sink)
    }

    fn conn(&self) -> Result<&Connection, DbError> {
        self.conn.as_ref().ok_or(DbError::Closed)
    }

    /// Replaces one document's rows, inside the batch's transaction.
    fn store(&mut self, record: &Record) -> Result<(), DbError> {
        let conn = self.conn()?;
        if self.pending == 0 {
            conn.execute_batch("BEGIN")?;
        }
        // A savepoint per document: a row that fails leaves none of the document behind.
        conn.prepare_cached("SAVEPOINT doc")?.execute([])?;
        match insert_record(conn, record) {
            Ok(()) => {
                conn.prepare_cached("RELEASE doc")?.execute([])?;
            }
            Err(e) => {
                conn.execute_batch("ROLLBACK TO doc; RELEASE doc")?;
                return Err(e);
            }
        }
        self.pending += 1;
        if self.pending >= self.batch_size {
            self.commit_batch()?;
        }
        Ok(())
    }

    fn commit_batch(&mut self) -> Result<(), DbError> {
        if self.pending > 0 {
            self.conn()?.execute_batch("COMMIT")?;
            self.pending = 0;
        }
        Ok(())
    }

    /// Commits, closes, syncs and renames the database into place.
    fn close(&mut self) -> Result<(), DbError> {
        self.commit_batch()?;
        if let Some(conn) = self.conn.take() {
            conn.execute_batch("PRAGMA optimize")?;
            conn.close().map_err(|(_, e)| e)?;
        }
        let file = std::fs::File::open(&self.temp).map_err(|source| DbError::Io { path: self.temp.clone(), source })?;
        file.sync_all().map_err(|source| DbError::Io { path: self.temp.clone(), source })?;
        std::fs::rename(&self.temp, &self.target).map_err(|source| DbError::Io { path: self.target.clone(), source })
    }
}

impl Drop for SqliteSink {
    fn drop(&mut self) {
        // Still open: the run did not finish, so the copy is thrown away.
        if let Some(conn) = self.conn.take() {
            drop(conn);
            remove_db_files(&self.temp);
        }
    }
}

impl Sink for SqliteSink {
    fn write(&mut self, doc: &Doc) -> Result<(), StageError> {
        Ok(self.store(&doc.record)?)
    }

    fn finish(&mut self) -> Result<(), StageError> {
        if self.conn.is_none() {
            return Ok(());
        }
        let r = self.close();
        if r.is_err() {
            remove_db_files(&self.temp);
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

/// Checks the schema version and creates what is missing.
fn prepare(conn: &Connection, target: &Path) -> Result<(), DbError> {
    // The copy is private to this run and thrown away on a crash: no need to sync each batch.
    // The journal is a file, not memory: a batch touches pages all over the indexes, so an
    // in-memory journal grows with the database and peak memory with the corpus.
    conn.execute_batch("PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;")?;
    // Document ids are content hashes, so every insert lands at a random place of the
    // indexes: with SQLite's default 2 MiB of cache most of them spill pages and read them
    // back. 16 MiB roughly halves the sink's time; it is a fixed cap, so memory stays flat.
    conn.execute_batch(&format!("PRAGMA cache_size = -{CACHE_KIB}"))?;
    conn.set_prepared_statement_cache_capacity(16);
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found != 0 && found != SCHEMA_VERSION {
        return Err(DbError::Version { path: target.to_path_buf(), found });
    }
    conn.execute_batch(SCHEMA)?;
    conn.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION}"))?;
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('schema_version', ?1), ('writer', ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![SCHEMA_VERSION.to_string(), format!("vanban {}", env!("CARGO_PKG_VERSION"))],
    )?;
    Ok(())
}

fn json<T: serde::Serialize>(v: &T) -> Result<String, DbError> {
    Ok(serde_json::to_string(v)?)
}

/// Deletes the document's old rows (the children go by cascade) and inserts the new ones.
fn insert_record(conn: &Connection, r: &Record) -> Result<(), DbError> {
    conn.prepare_cached("DELETE FROM documents WHERE id = ?1")?.execute([&r.id])?;
    let document = r.document.as_ref().map(json).transpose()?;
    conn.prepare_cached(
        "INSERT INTO documents(id, path, portal, style, encoding, format, title, published, event_date,
                               body, authors, captions, document, warnings, record)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    )?
    .execute(params![
        r.id,
        r.source.path,
        r.source.portal,
        r.source.style,
        r.source.encoding,
        r.source.format,
        r.title,
        r.published,
        r.event_date,
        r.body,
        json(&r.authors)?,
        json(&r.captions)?,
        document,
        json(&r.warnings)?,
        json(r)?,
    ])?;
    insert_entities(conn, r)?;
    insert_people(conn, r)?;
    insert_indicators(conn, r)?;
    insert_directives(conn, r)
}

fn insert_entities(conn: &Connection, r: &Record) -> Result<(), DbError> {
    let mut st = conn.prepare_cached(
        "INSERT INTO entities(document_id, ord, type, text, field, field_index, start, end,
                              normalized, period_start, period_end, code)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    for (i, e) in r.entities.iter().enumerate() {
        let (normalized, period_start, period_end) = match &e.normalized {
            None => (None, None, None),
            Some(Normalized::Text(t)) => (Some(t.clone()), None, None),
            Some(Normalized::Range { start, end }) => (Some(format!("{start}/{end}")), Some(start.as_str()), Some(end.as_str())),
        };
        let field = match e.field {
            vanban_plugin_sdk::Field::Body => "body",
            vanban_plugin_sdk::Field::Title => "title",
            vanban_plugin_sdk::Field::Captions => "captions",
        };
        st.execute(params![
            r.id,
            i as i64,
            e.kind.as_str(),
            e.text,
            field,
            e.index as i64,
            e.start as i64,
            e.end as i64,
            normalized,
            period_start,
            period_end,
            e.code
        ])?;
    }
    Ok(())
}

fn insert_people(conn: &Connection, r: &Record) -> Result<(), DbError> {
    let mut st = conn.prepare_cached("INSERT INTO people(document_id, ord, name, honorific, roles) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for (i, p) in r.people.iter().enumerate() {
        st.execute(params![r.id, i as i64, p.name, p.honorific, json(&p.roles)?])?;
    }
    Ok(())
}

fn insert_indicators(conn: &Connection, r: &Record) -> Result<(), DbError> {
    let mut st = conn.prepare_cached(
        "INSERT INTO indicators(document_id, ord, subject, value, unit, qualifier, change_direction, change_value,
                                change_unit, baseline, period_start, period_end, text, start, end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    )?;
    for (i, ind) in r.indicators.iter().enumerate() {
        let change = ind.change.as_ref();
        st.execute(params![
            r.id,
            i as i64,
            ind.subject,
            ind.value,
            ind.unit,
            ind.qualifier,
            change.map(|c| c.direction.as_str()),
            change.map(|c| c.value),
            change.and_then(|c| c.unit.as_deref()),
            change.and_then(|c| c.baseline.as_deref()),
            ind.period.as_ref().map(|p| p.start.as_str()),
            ind.period.as_ref().map(|p| p.end.as_str()),
            ind.text,
            ind.start as i64,
            ind.end as i64,
        ])?;
    }
    Ok(())
}

fn insert_directives(conn: &Connection, r: &Record) -> Result<(), DbError> {
    let mut st = conn.prepare_cached("INSERT INTO directives(document_id, ord, text, assignee, deadline) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for (i, d) in r.directives.iter().enumerate() {
        st.execute(params![r.id, i as i64, d.text, d.assignee, d.deadline])?;
    }
    Ok(())
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
            Setting { key: "batch_size", ty: "integer", default: "500", help: "documents per transaction" },
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

    #[test]
    fn an_unfinished_run_leaves_the_old_database() {
        let dir = scratch_dir("sqlite-killed");
        let db = dir.join("vanban.db");
        let mut sink = SqliteSink::create(&db, 1).unwrap();
        sink.write(&sample_doc(0)).unwrap();
        sink.finish().unwrap();
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
    fn a_database_of_another_schema_version_is_refused() {
        let dir = scratch_dir("sqlite-version");
        let db = dir.join("vanban.db");
        Connection::open(&db).unwrap().execute_batch("PRAGMA user_version = 99").unwrap();
        assert!(matches!(SqliteSink::create(&db, 10), Err(DbError::Version { found: 99, .. })));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

/* angka — store: the SQLite database (docs/schema.md).
 *
 * One connection per angka_store. The schema is brought up to date at open
 * through the migration steps below; every article goes in under BEGIN
 * IMMEDIATE so two writers never interleave halves of articles, and every
 * value reaches SQLite through a bound parameter.
 */
#include "angka/store.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/buf.h"

/* How long a writer waits for another process's lock before giving up. */
#define STORE_BUSY_TIMEOUT_MS 5000

/* ISO 8601 UTC with millisecond precision, computed by SQLite so that no
 * formatted timestamp ever travels through C strings into SQL. */
#define SQL_NOW "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

/* ---- schema ----------------------------------------------------------- */

/* migrations[v] brings a database from user_version v to v + 1. A later
 * version appends a step here and never edits an old one: databases already
 * at version v + 1 ran the old text and must stay what it made them. */
static const char *const migrations[] = {
        /* 0 -> 1: articles, their sources, their figures, the figures view. */
        "CREATE TABLE articles (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  content_hash TEXT NOT NULL UNIQUE,\n"
        "  title TEXT,\n"
        "  site TEXT,\n"
        "  canonical_url TEXT,\n"
        "  author TEXT,\n"
        "  published TEXT,\n"
        "  published_approx INTEGER NOT NULL DEFAULT 0\n"
        "    CONSTRAINT article_published_approx CHECK (published_approx IN (0, 1)),\n"
        "  dateline_place TEXT,\n"
        "  text TEXT NOT NULL,\n"
        "  rules_version TEXT,\n"
        "  ingested_at TEXT NOT NULL\n"
        ");\n"
        "CREATE TABLE sources (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
        "  location TEXT NOT NULL,\n"
        "  fetched_at TEXT,\n"
        "  first_seen TEXT NOT NULL,\n"
        "  UNIQUE (article_id, location)\n"
        ");\n"
        "CREATE INDEX sources_location ON sources(location);\n"
        "CREATE TABLE extracted_figures (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
        "  region TEXT,\n"
        "  region_code TEXT,\n"
        "  metric TEXT NOT NULL CONSTRAINT figure_metric CHECK (metric IN (\n"
        "    'participants', 'eligible_workers', 'working_population', 'coverage_pct',\n"
        "    'uncovered_workers', 'uncovered_pct', 'target_coverage_pct',\n"
        "    'target_participants', 'benefit_amount_idr', 'beneficiaries',\n"
        "    'scholarship_recipients', 'scholarship_amount_idr')),\n"
        "  segment TEXT NOT NULL CONSTRAINT figure_segment CHECK (segment IN (\n"
        "    'all', 'PU', 'BPU', 'jakon', 'PMI', 'rentan', 'ASN', 'other')),\n"
        "  value REAL NOT NULL,\n"
        "  unit TEXT NOT NULL CONSTRAINT figure_unit CHECK (unit IN (\n"
        "    'persons', 'percent', 'IDR', 'cases')),\n"
        "  approx INTEGER NOT NULL CONSTRAINT figure_approx CHECK (approx IN (0, 1)),\n"
        "  as_of TEXT,\n"
        "  text TEXT NOT NULL,\n"
        "  sentence TEXT NOT NULL,\n"
        "  start_byte INTEGER NOT NULL,\n"
        "  end_byte INTEGER NOT NULL,\n"
        "  rule TEXT NOT NULL,\n"
        "  decimals INTEGER NOT NULL,\n"
        "  value_low REAL,\n"
        "  value_high REAL,\n"
        "  rules_version TEXT,\n"
        "  CONSTRAINT figure_span CHECK (start_byte >= 0 AND end_byte >= start_byte)\n"
        ");\n"
        "CREATE INDEX extracted_figures_article ON extracted_figures(article_id);\n"
        "CREATE VIEW figures AS\n"
        "SELECT f.id AS id,\n"
        "       f.article_id AS article_id,\n"
        "       (SELECT s.location FROM sources s WHERE s.article_id = a.id\n"
        "         ORDER BY s.id LIMIT 1) AS source,\n"
        "       a.title AS article_title,\n"
        "       a.published AS published,\n"
        "       f.region AS region,\n"
        "       f.region_code AS region_code,\n"
        "       f.metric AS metric,\n"
        "       f.segment AS segment,\n"
        "       f.value AS value,\n"
        "       f.unit AS unit,\n"
        "       f.approx AS approx,\n"
        "       f.as_of AS as_of,\n"
        "       f.text AS text,\n"
        "       f.sentence AS sentence,\n"
        "       f.start_byte AS start,\n"
        "       f.end_byte AS \"end\",\n"
        "       f.rule AS rule\n"
        "FROM extracted_figures f JOIN articles a ON a.id = f.article_id;\n",
        /* 1 -> 2: review decisions as an append-only history, keyed by what
         * identifies a figure across re-extractions (article, byte span,
         * extracted value, and the region, since "masing-masing 100 persen"
         * is one span for two regions) rather than by a row id; the latest
         * decision per figure; the curated dataset. Only adds objects: the
         * v1 data stays as it was. */
        "CREATE TABLE reviews (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
        "  start_byte INTEGER NOT NULL,\n"
        "  end_byte INTEGER NOT NULL,\n"
        "  value REAL NOT NULL,\n"
        "  region TEXT,\n"
        "  figure_id INTEGER,\n"
        "  decision TEXT NOT NULL CONSTRAINT review_decision CHECK (decision IN (\n"
        "    'accept', 'reject', 'correct')),\n"
        "  corrected_value REAL,\n"
        "  corrected_decimals INTEGER,\n"
        "  note TEXT,\n"
        "  reviewer TEXT NOT NULL,\n"
        "  decided_at TEXT NOT NULL,\n"
        "  CONSTRAINT review_correction CHECK (\n"
        "    (decision = 'correct') = (corrected_value IS NOT NULL))\n"
        ");\n"
        "CREATE INDEX reviews_figure ON reviews(article_id, start_byte, end_byte, value);\n"
        "CREATE TRIGGER reviews_are_history BEFORE UPDATE ON reviews\n"
        "BEGIN SELECT RAISE(ABORT, 'reviews are history: add a decision instead'); END;\n"
        "CREATE VIEW latest_reviews AS\n"
        "SELECT f.id AS figure_id,\n"
        "       r.id AS review_id,\n"
        "       r.decision AS decision,\n"
        "       r.corrected_value AS corrected_value,\n"
        "       r.corrected_decimals AS corrected_decimals,\n"
        "       r.note AS note,\n"
        "       r.reviewer AS reviewer,\n"
        "       r.decided_at AS decided_at\n"
        "FROM extracted_figures f JOIN reviews r\n"
        "  ON r.article_id = f.article_id AND r.start_byte = f.start_byte\n"
        " AND r.end_byte = f.end_byte AND r.value = f.value AND r.region IS f.region\n"
        "WHERE r.id = (SELECT max(r2.id) FROM reviews r2\n"
        "  WHERE r2.article_id = f.article_id AND r2.start_byte = f.start_byte\n"
        "    AND r2.end_byte = f.end_byte AND r2.value = f.value\n"
        "    AND r2.region IS f.region);\n"
        "CREATE VIEW curated_figures AS\n"
        "SELECT v.id AS id,\n"
        "       v.article_id AS article_id,\n"
        "       v.source AS source,\n"
        "       a.canonical_url AS canonical_url,\n"
        "       v.article_title AS article_title,\n"
        "       v.published AS published,\n"
        "       v.region AS region,\n"
        "       v.region_code AS region_code,\n"
        "       v.metric AS metric,\n"
        "       v.segment AS segment,\n"
        "       coalesce(l.corrected_value, v.value) AS value,\n"
        "       v.value AS extracted_value,\n"
        "       v.unit AS unit,\n"
        "       v.approx AS approx,\n"
        "       v.as_of AS as_of,\n"
        "       v.text AS text,\n"
        "       v.sentence AS sentence,\n"
        "       v.start AS start,\n"
        "       v.\"end\" AS \"end\",\n"
        "       v.rule AS rule,\n"
        "       e.rules_version AS rules_version,\n"
        "       l.decision AS decision,\n"
        "       l.note AS note,\n"
        "       l.reviewer AS reviewer,\n"
        "       l.decided_at AS decided_at\n"
        "FROM figures v\n"
        "JOIN extracted_figures e ON e.id = v.id\n"
        "JOIN articles a ON a.id = v.article_id\n"
        "JOIN latest_reviews l ON l.figure_id = v.id\n"
        "WHERE l.decision IN ('accept', 'correct');\n",
        /* 2 -> 3: source status (its own step, independent of the others):
         * one row per location angka was asked to read, with what the last
         * fetch gave (validators for a conditional GET, HTTP code, error),
         * and the items each feed has listed. */
        "CREATE TABLE source_status (\n"
        "  location TEXT PRIMARY KEY,\n"
        "  kind TEXT NOT NULL CONSTRAINT source_kind CHECK (kind IN ('page', 'feed', 'file')),\n"
        "  status TEXT NOT NULL CONSTRAINT source_status_value CHECK (status IN (\n"
        "    'ok', 'not_modified', 'failed', 'disallowed')),\n"
        "  http_code INTEGER,\n"
        "  etag TEXT,\n"
        "  last_modified TEXT,\n"
        "  content_type TEXT,\n"
        "  article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,\n"
        "  feed TEXT,\n"
        "  last_fetch TEXT NOT NULL,\n"
        "  last_success TEXT,\n"
        "  last_error TEXT,\n"
        "  failures INTEGER NOT NULL DEFAULT 0\n"
        ");\n"
        "CREATE TABLE feed_items (\n"
        "  feed TEXT NOT NULL,\n"
        "  link TEXT NOT NULL,\n"
        "  title TEXT,\n"
        "  published TEXT,\n"
        "  first_seen TEXT NOT NULL,\n"
        "  PRIMARY KEY (feed, link)\n"
        ");\n",
};

#define STORE_SCHEMA_VERSION ((int)(sizeof migrations / sizeof migrations[0]))

/* ---- the store -------------------------------------------------------- */

struct angka_store {
	sqlite3 *db;
	char *path; /* for messages */
	/* Prepared once at open; reset after every use. */
	sqlite3_stmt *begin;
	sqlite3_stmt *commit;
	sqlite3_stmt *rollback;
	sqlite3_stmt *find_article;
	sqlite3_stmt *insert_article;
	sqlite3_stmt *insert_source;
	sqlite3_stmt *insert_figure;
};

/* Record a database failure in err as "<path>: <what>: <sqlite message>"
 * and return ANGKA_EDB (ANGKA_ENOMEM when SQLite itself ran out). */
static int db_error(angka_error *err, sqlite3 *db, const char *path, const char *what)
{
	int rc = sqlite3_errcode(db);
	int code = rc == SQLITE_NOMEM ? ANGKA_ENOMEM : ANGKA_EDB;
	return angka_error_set(err, code, "%s: %s: %s", path, what, sqlite3_errmsg(db));
}

static int store_error(angka_error *err, const angka_store *store, const char *what)
{
	return db_error(err, store->db, store->path, what);
}

static int prepare(sqlite3_stmt **out, angka_store *store, const char *sql, angka_error *err)
{
	if (sqlite3_prepare_v2(store->db, sql, -1, out, NULL) != SQLITE_OK)
		return store_error(err, store, "preparing a statement");
	return ANGKA_OK;
}

/* Read PRAGMA user_version into *out. */
static int read_version(int *out, sqlite3 *db, const char *path, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK ||
	    sqlite3_step(stmt) != SQLITE_ROW) {
		ret = db_error(err, db, path, "reading the schema version");
		goto cleanup;
	}
	*out = sqlite3_column_int(stmt, 0);
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

static int refuse_version(int version, const char *path, angka_error *err)
{
	if (version < 0)
		return angka_error_set(err, ANGKA_EDB,
		                       "%s: not an angka database (its schema version %d is none "
		                       "angka ever wrote); nothing was changed",
		                       path, version);
	return angka_error_set(err, ANGKA_EDB,
	                       "%s: database schema version %d is not one this angka knows "
	                       "(it knows versions up to %d); use a newer angka",
	                       path, version, STORE_SCHEMA_VERSION);
}

/* One integer a query gives, or a database error naming what was asked. */
static int query_int(int *out, sqlite3 *db, const char *sql, const char *path, const char *what,
                     angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK;
	if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK ||
	    sqlite3_step(stmt) != SQLITE_ROW)
		ret = db_error(err, db, path, what);
	else
		*out = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	return ret;
}

/* Is the file angka's, and at which version? Looked at before anything is
 * changed (journal mode, schema), in one read transaction so that another
 * process creating the schema meanwhile is seen whole or not at all: an
 * empty file is a new database; version 0 with tables, a negative or a
 * too-new version, or a version without angka's tables is another
 * program's file (or a damaged one), and is refused untouched. */
static int check_ours(int *version, sqlite3 *db, const char *path, angka_error *err)
{
	int objects = 0, ours = 0;
	int ret = ANGKA_OK;
	if (sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return db_error(err, db, path, "reading the schema");
	if ((ret = read_version(version, db, path, err)) != ANGKA_OK ||
	    (ret = query_int(&objects, db, "SELECT count(*) FROM sqlite_master", path,
	                     "reading the schema", err)) != ANGKA_OK ||
	    (ret = query_int(&ours, db,
	                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
	                     "name IN ('articles', 'extracted_figures')",
	                     path, "reading the schema", err)) != ANGKA_OK)
		goto cleanup;
	if (*version < 0 || *version > STORE_SCHEMA_VERSION)
		ret = refuse_version(*version, path, err);
	else if (*version == 0 && objects > 0)
		ret = angka_error_set(err, ANGKA_EDB,
		                      "%s: not an angka database (it has tables of its own and no "
		                      "angka schema version); nothing was changed",
		                      path);
	else if (*version > 0 && ours != 2)
		ret = angka_error_set(err, ANGKA_EDB,
		                      "%s: not an angka database (schema version %d, but not "
		                      "angka's tables); nothing was changed",
		                      path, *version);
cleanup:
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	return ret;
}

/* PRAGMA journal_mode = WAL needs the exclusive lock, and when another
 * connection holds the write lock SQLite answers "database is locked" at
 * once instead of calling the busy handler (waiting could deadlock inside
 * it). Out here nothing is held, so waiting is safe: retry with a growing
 * pause, up to the busy timeout every other statement gets. */
static int switch_to_wal(sqlite3 *db)
{
	int waited = 0, pause = 2;
	for (;;) {
		int rc = sqlite3_exec(db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
		if (((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED) ||
		    waited >= STORE_BUSY_TIMEOUT_MS)
			return rc;
		sqlite3_sleep(pause);
		waited += pause;
		pause = pause < 64 ? pause * 2 : 100;
	}
}

/* Bring the schema from whatever version the file has to
 * STORE_SCHEMA_VERSION, all steps in one transaction so a failed migration
 * leaves the file as it was. The version is read again under the write lock
 * because another process may have migrated the file since our first look. */
static int migrate(sqlite3 *db, const char *path, angka_error *err)
{
	int ret = ANGKA_OK;
	bool in_txn = false;
	int version = 0;

	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
		ret = db_error(err, db, path, "starting the schema migration");
		goto cleanup;
	}
	in_txn = true;
	if ((ret = read_version(&version, db, path, err)) != ANGKA_OK)
		goto cleanup;
	if (version < 0 || version > STORE_SCHEMA_VERSION) {
		ret = refuse_version(version, path, err);
		goto cleanup;
	}
	for (int v = version; v < STORE_SCHEMA_VERSION; v++) {
		if (sqlite3_exec(db, migrations[v], NULL, NULL, NULL) != SQLITE_OK) {
			char what[64];
			sqlite3_snprintf(sizeof what, what, "migrating the schema to version %d",
			                 v + 1);
			ret = db_error(err, db, path, what);
			goto cleanup;
		}
	}
	if (version < STORE_SCHEMA_VERSION) {
		/* A pragma takes no bound parameters; the number is our own constant. */
		char pragma[48];
		sqlite3_snprintf(sizeof pragma, pragma, "PRAGMA user_version = %d",
		                 STORE_SCHEMA_VERSION);
		if (sqlite3_exec(db, pragma, NULL, NULL, NULL) != SQLITE_OK) {
			ret = db_error(err, db, path, "recording the schema version");
			goto cleanup;
		}
	}
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		ret = db_error(err, db, path, "committing the schema migration");
		goto cleanup;
	}
	in_txn = false;
cleanup:
	if (in_txn)
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return ret;
}

/* Why a database could not be opened, in the user's terms: a database
 * that does not exist yet is created in its folder, so a missing or
 * unwritable folder is what to name (SQLite's own errno is the last of its
 * probes, often a misleading "No such file or directory"). */
/* The folder path is in: cuts the copy dir of path at its last slash and
 * returns it, or "/" or "." when there is no folder part to cut. */
static const char *folder_of(char *dir)
{
	char *slash = dir ? strrchr(dir, '/') : NULL;
	if (slash == NULL)
		return ".";
	if (slash == dir)
		return "/";
	*slash = '\0';
	return dir;
}

static int open_error(angka_error *err, sqlite3 *db, const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0 && errno == ENOENT) {
		char *dir = angka_strdup(path);
		const char *folder = folder_of(dir);
		int cause = 0;
		if (stat(folder, &st) != 0)
			cause = errno;
		else if (!S_ISDIR(st.st_mode))
			cause = ENOTDIR;
		else if (access(folder, W_OK | X_OK) != 0)
			cause = errno;
		int ret = cause ? angka_error_set(err, ANGKA_EDB,
		                                  "%s: cannot create the database in the folder "
		                                  "%s: %s (SQLite: %s)",
		                                  path, folder, strerror(cause), sqlite3_errmsg(db))
		                : ANGKA_OK;
		free(dir);
		if (ret != ANGKA_OK)
			return ret;
	}
	int sys = sqlite3_system_errno(db);
	return angka_error_set(err, ANGKA_EDB, "%s: cannot open database: %s%s%s", path,
	                       sqlite3_errmsg(db), sys ? ": " : "", sys ? strerror(sys) : "");
}

/* "file:" URI of path for SQLite, with '%', '?' and '#' escaped. */
static char *file_uri(const char *path, const char *query)
{
	angka_buf b = ANGKA_BUF_INIT;
	angka_buf_puts(&b, path[0] == '/' ? "file://" : "file:");
	for (const char *p = path; *p; p++) {
		if (*p == '%' || *p == '?' || *p == '#')
			angka_buf_printf(&b, "%%%02X", (unsigned char)*p);
		else
			angka_buf_putc(&b, *p);
	}
	angka_buf_puts(&b, query);
	if (b.failed) {
		angka_buf_free(&b);
		return NULL;
	}
	return angka_buf_detach(&b);
}

/* A read-only connection: mode=ro reads a WAL database while its -shm can
 * be made or exists; in a folder nobody may write, it cannot, and neither
 * can anyone write the database, so it is read as immutable. */
static int open_read_only(angka_store *store, const char *path)
{
	static const char *const modes[] = {"?mode=ro", "?mode=ro&immutable=1"};
	int rc = SQLITE_CANTOPEN;
	for (size_t i = 0; i < 2; i++) {
		char *uri = file_uri(path, modes[i]);
		if (uri == NULL)
			return SQLITE_NOMEM;
		sqlite3_close(store->db);
		store->db = NULL;
		rc = sqlite3_open_v2(uri, &store->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
		free(uri);
		if (rc == SQLITE_OK)
			rc = sqlite3_exec(store->db, "SELECT count(*) FROM sqlite_master", NULL,
			                  NULL, NULL);
		if (rc == SQLITE_OK)
			break;
	}
	return rc;
}

static int store_open(angka_store **out, const char *path, bool read_only, angka_error *err)
{
	angka_store *store = NULL;
	int ret = ANGKA_OK;
	int version = 0;

	*out = NULL;

	store = calloc(1, sizeof *store);
	if (store == NULL || (store->path = angka_strdup(path)) == NULL) {
		ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", path);
		goto cleanup;
	}

	int rc = read_only ? open_read_only(store, path)
	                   : sqlite3_open_v2(path, &store->db,
	                                     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		if (store->db == NULL)
			ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", path);
		else
			ret = open_error(err, store->db, path);
		goto cleanup;
	}
	sqlite3_extended_result_codes(store->db, 1);
	sqlite3_busy_timeout(store->db, STORE_BUSY_TIMEOUT_MS);

	/* Per connection and a no-op inside a transaction, so set before any. */
	if (sqlite3_exec(store->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK) {
		ret = store_error(err, store, "enabling foreign keys");
		goto cleanup;
	}
	if ((ret = check_ours(&version, store->db, path, err)) != ANGKA_OK)
		goto cleanup;
	if (read_only && version < STORE_SCHEMA_VERSION) {
		ret = angka_error_set(err, ANGKA_EDB,
		                      "%s: database schema version %d needs an upgrade to %d, and "
		                      "this user cannot write the file or its folder (run "
		                      "'angka ingest' once where it can)",
		                      path, version, STORE_SCHEMA_VERSION);
		goto cleanup;
	}
	/* An in-memory database answers "memory"; that is fine, so the mode
	 * the pragma reports is not checked. */
	if (!read_only && switch_to_wal(store->db) != SQLITE_OK) {
		ret = store_error(err, store, "switching to WAL");
		goto cleanup;
	}
	if (!read_only && version < STORE_SCHEMA_VERSION &&
	    (ret = migrate(store->db, path, err)) != ANGKA_OK)
		goto cleanup;

	if ((ret = prepare(&store->begin, store, "BEGIN IMMEDIATE", err)) != ANGKA_OK ||
	    (ret = prepare(&store->commit, store, "COMMIT", err)) != ANGKA_OK ||
	    (ret = prepare(&store->rollback, store, "ROLLBACK", err)) != ANGKA_OK ||
	    (ret = prepare(&store->find_article, store,
	                   "SELECT id FROM articles WHERE content_hash = ?1", err)) != ANGKA_OK ||
	    (ret = prepare(&store->insert_article, store,
	                   "INSERT INTO articles (content_hash, title, site, canonical_url, "
	                   "author, published, published_approx, dateline_place, text, "
	                   "rules_version, ingested_at) "
	                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, " SQL_NOW ")",
	                   err)) != ANGKA_OK ||
	    (ret = prepare(&store->insert_source, store,
	                   "INSERT OR IGNORE INTO sources (article_id, location, fetched_at, "
	                   "first_seen) VALUES (?1, ?2, ?3, " SQL_NOW ")",
	                   err)) != ANGKA_OK ||
	    (ret = prepare(&store->insert_figure, store,
	                   "INSERT INTO extracted_figures (article_id, region, region_code, "
	                   "metric, segment, value, unit, approx, as_of, text, sentence, "
	                   "start_byte, end_byte, rule, decimals, value_low, value_high, "
	                   "rules_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
	                   "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
	                   err)) != ANGKA_OK)
		goto cleanup;

	*out = store;
	store = NULL;
cleanup:
	angka_store_close(store);
	return ret;
}

/* Open in the order that touches a foreign or too-new file least: read the
 * version before switching the journal to WAL or creating anything. */
int angka_store_open(angka_store **out, const char *path, angka_error *err)
{
	if (out == NULL || path == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "angka_store_open: no database path");
	return store_open(out, path, false, err);
}

/* May this process write the file and create files (-wal, -shm) beside it? */
static bool writable_here(const char *path)
{
	if (access(path, W_OK) != 0)
		return false;
	char *dir = angka_strdup(path);
	if (dir == NULL)
		return true;
	bool ok = access(folder_of(dir), W_OK | X_OK) == 0;
	free(dir);
	return ok;
}

int angka_store_open_existing(angka_store **out, const char *path, angka_error *err)
{
	struct stat st;
	if (out == NULL || path == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_open_existing: no database path");
	*out = NULL;
	if (stat(path, &st) != 0)
		return angka_error_set(
		        err, errno == ENOENT ? ANGKA_ENOTFOUND : ANGKA_EDB, "%s: %s", path,
		        errno == ENOENT ? "no such database (run 'angka ingest' first)"
		                        : strerror(errno));
	return store_open(out, path, !writable_here(path), err);
}

void angka_store_close(angka_store *store)
{
	if (store == NULL)
		return;
	sqlite3_finalize(store->begin);
	sqlite3_finalize(store->commit);
	sqlite3_finalize(store->rollback);
	sqlite3_finalize(store->find_article);
	sqlite3_finalize(store->insert_article);
	sqlite3_finalize(store->insert_source);
	sqlite3_finalize(store->insert_figure);
	/* Every statement is finalized above, so close cannot be left busy. */
	sqlite3_close(store->db);
	free(store->path);
	free(store);
}

/* ---- writing ---------------------------------------------------------- */

/* Strict UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF, and
 * no NUL, which a TEXT value read back as a C string would cut short. */
static bool utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < len) {
		unsigned char c = p[i];
		size_t n;
		unsigned int cp;
		if (c == 0)
			return false;
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			cp = c & 0x1fu;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			cp = c & 0x0fu;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			cp = c & 0x07u;
		} else {
			return false;
		}
		if (len - i <= n)
			return false;
		for (size_t k = 1; k <= n; k++) {
			if ((p[i + k] & 0xc0u) != 0x80u)
				return false;
			cp = (cp << 6) | (p[i + k] & 0x3fu);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			return false;
		i += n + 1;
	}
	return true;
}

/* Bind s (NULL binds SQL NULL) after checking it is UTF-8; name says which
 * field it is for the message. SQLite copies the bytes (SQLITE_TRANSIENT)
 * so the caller's strings need not outlive the statement. */
static int bind_text_len(sqlite3_stmt *stmt, int index, const char *s, size_t len,
                         const angka_store *store, const char *name, angka_error *err)
{
	if (s == NULL)
		return sqlite3_bind_null(stmt, index) == SQLITE_OK
		               ? ANGKA_OK
		               : store_error(err, store, "binding a value");
	if (len > INT_MAX)
		return angka_error_set(err, ANGKA_ETOOBIG, "%s: %s is too long to store",
		                       store->path, name);
	if (!utf8_valid(s, len))
		return angka_error_set(err, ANGKA_EINVAL, "%s: %s is not valid UTF-8", store->path,
		                       name);
	if (sqlite3_bind_text(stmt, index, s, (int)len, SQLITE_TRANSIENT) != SQLITE_OK)
		return store_error(err, store, "binding a value");
	return ANGKA_OK;
}

static int bind_text(sqlite3_stmt *stmt, int index, const char *s, const angka_store *store,
                     const char *name, angka_error *err)
{
	return bind_text_len(stmt, index, s, s ? strlen(s) : 0, store, name, err);
}

static int bind_int64(sqlite3_stmt *stmt, int index, sqlite3_int64 v, const angka_store *store,
                      angka_error *err)
{
	if (sqlite3_bind_int64(stmt, index, v) != SQLITE_OK)
		return store_error(err, store, "binding a value");
	return ANGKA_OK;
}

/* NaN binds as NULL, which is also what SQLite itself would make of it;
 * reading NULL back gives NaN again. */
static int bind_double(sqlite3_stmt *stmt, int index, double v, const angka_store *store,
                       angka_error *err)
{
	int rc = isnan(v) ? sqlite3_bind_null(stmt, index) : sqlite3_bind_double(stmt, index, v);
	if (rc != SQLITE_OK)
		return store_error(err, store, "binding a value");
	return ANGKA_OK;
}

/* Run a statement that returns no rows, then reset it and drop its bindings
 * so no caller string is referenced afterwards. */
static int step_done(sqlite3_stmt *stmt, const angka_store *store, const char *what,
                     angka_error *err)
{
	int ret = ANGKA_OK;
	if (sqlite3_step(stmt) != SQLITE_DONE)
		ret = store_error(err, store, what);
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	return ret;
}

/* Find the article with this content hash: *found tells whether it is
 * there, *id its row id. */
static int find_article(bool *found, int64_t *id, angka_store *store, const char *content_hash,
                        angka_error *err)
{
	sqlite3_stmt *stmt = store->find_article;
	int ret;
	*found = false;
	if ((ret = bind_text(stmt, 1, content_hash, store, "the content hash", err)) != ANGKA_OK)
		goto cleanup;
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*found = true;
		*id = sqlite3_column_int64(stmt, 0);
	} else if (rc != SQLITE_DONE) {
		ret = store_error(err, store, "looking up the article");
	}
cleanup:
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	return ret;
}

static int insert_article(int64_t *id, angka_store *store, const angka_article *article,
                          const char *rules_version, angka_error *err)
{
	sqlite3_stmt *stmt = store->insert_article;
	int ret;
	if ((ret = bind_text(stmt, 1, article->content_hash, store, "the content hash", err)) ||
	    (ret = bind_text(stmt, 2, article->title, store, "the title", err)) ||
	    (ret = bind_text(stmt, 3, article->site, store, "the site", err)) ||
	    (ret = bind_text(stmt, 4, article->canonical_url, store, "the canonical URL", err)) ||
	    (ret = bind_text(stmt, 5, article->author, store, "the author", err)) ||
	    (ret = bind_text(stmt, 6, article->published, store, "the publication date", err)) ||
	    (ret = bind_int64(stmt, 7, article->published_approx ? 1 : 0, store, err)) ||
	    (ret = bind_text(stmt, 8, article->dateline_place, store, "the dateline place", err)) ||
	    (ret = bind_text_len(stmt, 9, article->text, article->text_len, store,
	                         "the article text", err)) ||
	    (ret = bind_text(stmt, 10, rules_version, store, "the rules version", err))) {
		sqlite3_reset(stmt);
		sqlite3_clear_bindings(stmt);
		return ret;
	}
	if ((ret = step_done(stmt, store, "inserting the article", err)) != ANGKA_OK)
		return ret;
	*id = sqlite3_last_insert_rowid(store->db);
	return ANGKA_OK;
}

static int insert_source(angka_store *store, int64_t article_id, const angka_article *article,
                         angka_error *err)
{
	sqlite3_stmt *stmt = store->insert_source;
	int ret;
	if ((ret = bind_int64(stmt, 1, article_id, store, err)) ||
	    (ret = bind_text(stmt, 2, article->source, store, "the source location", err)) ||
	    (ret = bind_text(stmt, 3, article->fetched_at, store, "the fetch time", err))) {
		sqlite3_reset(stmt);
		sqlite3_clear_bindings(stmt);
		return ret;
	}
	return step_done(stmt, store, "inserting the source", err);
}

/* Insert one figure; the message names its position and rule, since the
 * usual failure is a CHECK on a vocabulary the rules got wrong. The
 * figure's own source, title and publication date are not stored: the
 * figures view takes them from the article and its sources. */
static int insert_figure(angka_store *store, int64_t article_id, const angka_figure *fig,
                         size_t index, const char *rules_version, angka_error *err)
{
	sqlite3_stmt *stmt = store->insert_figure;
	int ret;
	if (fig->start > (size_t)INT64_MAX || fig->end > (size_t)INT64_MAX) {
		ret = angka_error_set(err, ANGKA_EINVAL, "%s: figure %zu (rule %s): span too large",
		                      store->path, index, fig->rule ? fig->rule : "?");
		goto cleanup;
	}
	if ((ret = bind_int64(stmt, 1, article_id, store, err)) ||
	    (ret = bind_text(stmt, 2, fig->region, store, "a figure's region", err)) ||
	    (ret = bind_text(stmt, 3, fig->region_code, store, "a figure's region code", err)) ||
	    (ret = bind_text(stmt, 4, fig->metric, store, "a figure's metric", err)) ||
	    (ret = bind_text(stmt, 5, fig->segment, store, "a figure's segment", err)) ||
	    (ret = bind_double(stmt, 6, fig->value, store, err)) ||
	    (ret = bind_text(stmt, 7, fig->unit, store, "a figure's unit", err)) ||
	    (ret = bind_int64(stmt, 8, fig->approx ? 1 : 0, store, err)) ||
	    (ret = bind_text(stmt, 9, fig->as_of, store, "a figure's period", err)) ||
	    (ret = bind_text(stmt, 10, fig->text, store, "a figure's text", err)) ||
	    (ret = bind_text(stmt, 11, fig->sentence, store, "a figure's sentence", err)) ||
	    (ret = bind_int64(stmt, 12, (sqlite3_int64)fig->start, store, err)) ||
	    (ret = bind_int64(stmt, 13, (sqlite3_int64)fig->end, store, err)) ||
	    (ret = bind_text(stmt, 14, fig->rule, store, "a figure's rule", err)) ||
	    (ret = bind_int64(stmt, 15, fig->decimals, store, err)) ||
	    (ret = bind_double(stmt, 16, fig->low, store, err)) ||
	    (ret = bind_double(stmt, 17, fig->high, store, err)) ||
	    (ret = bind_text(stmt, 18, rules_version, store, "the rules version", err)))
		goto cleanup;
	if (sqlite3_step(stmt) != SQLITE_DONE)
		ret = angka_error_set(err, ANGKA_EDB, "%s: inserting figure %zu (rule %s): %s",
		                      store->path, index, fig->rule ? fig->rule : "?",
		                      sqlite3_errmsg(store->db));
cleanup:
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	return ret;
}

/* One transaction per article. A failure anywhere rolls back, so the
 * article, its source and its figures are there all together or not at all;
 * the message is prefixed with the article's source. *status and
 * *article_id (either may be NULL) are set only on success. */
int angka_store_put_article(angka_store *store, const angka_article *article,
                            const angka_figure_list *figures, const char *rules_version,
                            angka_store_status *status, int64_t *article_id, angka_error *err)
{
	int ret = ANGKA_OK;
	bool in_txn = false;
	bool found = false;
	int64_t id = 0;
	angka_store_status result = ANGKA_STORE_NEW;

	if (store == NULL || article == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_put_article: no store or article");
	if (article->source == NULL || article->text == NULL || article->content_hash[0] == '\0')
		return angka_error_set(
		        err, ANGKA_EINVAL, "%s: article %s lacks its source, text or content hash",
		        store->path, article->source ? article->source : "(unnamed)");

	if ((ret = step_done(store->begin, store, "starting a transaction", err)) != ANGKA_OK)
		goto cleanup;
	in_txn = true;

	if ((ret = find_article(&found, &id, store, article->content_hash, err)) != ANGKA_OK)
		goto cleanup;
	if (found) {
		/* The same content seen again, perhaps at a new location: only
		 * the source may be new; the figures are those already stored. */
		result = ANGKA_STORE_UNCHANGED;
		if ((ret = insert_source(store, id, article, err)) != ANGKA_OK)
			goto cleanup;
	} else {
		if ((ret = insert_article(&id, store, article, rules_version, err)) != ANGKA_OK ||
		    (ret = insert_source(store, id, article, err)) != ANGKA_OK)
			goto cleanup;
		for (size_t i = 0; figures != NULL && i < figures->n; i++) {
			ret = insert_figure(store, id, &figures->items[i], i, rules_version, err);
			if (ret != ANGKA_OK)
				goto cleanup;
		}
	}

	if ((ret = step_done(store->commit, store, "committing the article", err)) != ANGKA_OK)
		goto cleanup;
	in_txn = false;
	if (status != NULL)
		*status = result;
	if (article_id != NULL)
		*article_id = id;
cleanup:
	if (in_txn && !sqlite3_get_autocommit(store->db)) {
		/* SQLite may already have rolled back on its own (SQLITE_FULL,
		 * SQLITE_IOERR); ROLLBACK then would only fail. Keep err as is:
		 * the first failure is the one worth reporting. */
		sqlite3_step(store->rollback);
		sqlite3_reset(store->rollback);
	}
	if (ret != ANGKA_OK)
		angka_error_prefix(err, "%s: ", article->source ? article->source : "(unnamed)");
	return ret;
}

/* ---- reading ---------------------------------------------------------- */

/* A copy of column col, or NULL when it is NULL. *failed is set when the
 * copy could not be made, so the caller tells NULL from out-of-memory. */
static char *column_strdup(sqlite3_stmt *stmt, int col, bool *failed)
{
	const unsigned char *s = sqlite3_column_text(stmt, col);
	if (s == NULL) {
		if (sqlite3_column_type(stmt, col) != SQLITE_NULL)
			*failed = true;
		return NULL;
	}
	char *copy = angka_strdup((const char *)s);
	if (copy == NULL)
		*failed = true;
	return copy;
}

static double column_double_or_nan(sqlite3_stmt *stmt, int col)
{
	if (sqlite3_column_type(stmt, col) == SQLITE_NULL)
		return NAN;
	return sqlite3_column_double(stmt, col);
}

/* Columns of EACH_FIGURE_SQL, in order. */
enum {
	COL_SOURCE,
	COL_TITLE,
	COL_PUBLISHED,
	COL_REGION,
	COL_REGION_CODE,
	COL_METRIC,
	COL_SEGMENT,
	COL_VALUE,
	COL_UNIT,
	COL_APPROX,
	COL_AS_OF,
	COL_TEXT,
	COL_SENTENCE,
	COL_START,
	COL_END,
	COL_RULE,
	COL_DECIMALS,
	COL_LOW,
	COL_HIGH,
};

/* The record fields come from the view, so the walk sees what every other
 * reader of the view sees; the audit's precision fields are not part of
 * the record and come from the table behind it. */
#define EACH_FIGURE_SQL                                                                            \
	"SELECT v.source, v.article_title, v.published, v.region, v.region_code, v.metric, "       \
	"v.segment, v.value, v.unit, v.approx, v.as_of, v.text, v.sentence, v.start, v.\"end\", "  \
	"v.rule, e.decimals, e.value_low, e.value_high "                                           \
	"FROM figures v JOIN extracted_figures e ON e.id = v.id "                                  \
	"ORDER BY v.article_id, v.start, v.id"

static int figure_from_row(angka_figure *fig, sqlite3_stmt *stmt)
{
	bool failed = false;
	memset(fig, 0, sizeof *fig);
	fig->source = column_strdup(stmt, COL_SOURCE, &failed);
	fig->article_title = column_strdup(stmt, COL_TITLE, &failed);
	fig->published = column_strdup(stmt, COL_PUBLISHED, &failed);
	fig->region = column_strdup(stmt, COL_REGION, &failed);
	fig->region_code = column_strdup(stmt, COL_REGION_CODE, &failed);
	fig->metric = column_strdup(stmt, COL_METRIC, &failed);
	fig->segment = column_strdup(stmt, COL_SEGMENT, &failed);
	fig->value = sqlite3_column_double(stmt, COL_VALUE);
	fig->unit = column_strdup(stmt, COL_UNIT, &failed);
	fig->approx = sqlite3_column_int(stmt, COL_APPROX) != 0;
	fig->as_of = column_strdup(stmt, COL_AS_OF, &failed);
	fig->text = column_strdup(stmt, COL_TEXT, &failed);
	fig->sentence = column_strdup(stmt, COL_SENTENCE, &failed);
	fig->start = (size_t)sqlite3_column_int64(stmt, COL_START);
	fig->end = (size_t)sqlite3_column_int64(stmt, COL_END);
	fig->rule = column_strdup(stmt, COL_RULE, &failed);
	fig->decimals = sqlite3_column_int(stmt, COL_DECIMALS);
	fig->low = column_double_or_nan(stmt, COL_LOW);
	fig->high = column_double_or_nan(stmt, COL_HIGH);
	if (failed) {
		angka_figure_clear(fig);
		return ANGKA_ENOMEM;
	}
	return ANGKA_OK;
}

/* Each figure is a copy that lives only for the call to visit: visit must
 * copy what it keeps. The statement is prepared per walk rather than cached
 * so that visit may itself use the store (even start another walk). */
int angka_store_each_figure(angka_store *store, angka_store_figure_fn visit, void *ctx,
                            angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	angka_figure fig;
	int ret = ANGKA_OK;
	int rc;

	memset(&fig, 0, sizeof fig);
	if (store == NULL || visit == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_each_figure: no store or visitor");
	if ((ret = prepare(&stmt, store, EACH_FIGURE_SQL, err)) != ANGKA_OK)
		goto cleanup;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (figure_from_row(&fig, stmt) != ANGKA_OK) {
			ret = angka_error_set(err, ANGKA_ENOMEM,
			                      "%s: out of memory reading figures", store->path);
			goto cleanup;
		}
		ret = visit(&fig, ctx);
		angka_figure_clear(&fig);
		if (ret != 0)
			goto cleanup;
	}
	if (rc != SQLITE_DONE)
		ret = store_error(err, store, "reading figures");
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

int angka_store_count(angka_store *store, int64_t *articles, int64_t *figures, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK;

	if (store == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "angka_store_count: no store");
	if ((ret = prepare(&stmt, store,
	                   "SELECT (SELECT count(*) FROM articles), "
	                   "(SELECT count(*) FROM extracted_figures)",
	                   err)) != ANGKA_OK)
		goto cleanup;
	if (sqlite3_step(stmt) != SQLITE_ROW) {
		ret = store_error(err, store, "counting articles and figures");
		goto cleanup;
	}
	if (articles != NULL)
		*articles = sqlite3_column_int64(stmt, 0);
	if (figures != NULL)
		*figures = sqlite3_column_int64(stmt, 1);
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

/* ---- schema version 2: reviews and re-extraction ------------------------ */

int angka_store_schema_version(void)
{
	return STORE_SCHEMA_VERSION;
}

const char *angka_review_decision_name(angka_review_decision decision)
{
	switch (decision) {
	case ANGKA_REVIEW_ACCEPT: return "accept";
	case ANGKA_REVIEW_REJECT: return "reject";
	case ANGKA_REVIEW_CORRECT: return "correct";
	}
	return "unknown";
}

/* Columns after the EACH_FIGURE_SQL ones, in STORED_FIGURE_SQL. */
enum {
	COL_ID = COL_HIGH + 1,
	COL_ARTICLE_ID,
	COL_RULES_VERSION,
	COL_CANONICAL_URL,
	COL_DECISION,
	COL_CORRECTED_VALUE,
	COL_CORRECTED_DECIMALS,
	COL_NOTE,
	COL_REVIEWER,
	COL_DECIDED_AT,
	COL_N_DECISIONS,
};

#define STORED_FIGURE_SQL                                                                          \
	"SELECT v.source, v.article_title, v.published, v.region, v.region_code, v.metric, "       \
	"v.segment, v.value, v.unit, v.approx, v.as_of, v.text, v.sentence, v.start, v.\"end\", "  \
	"v.rule, e.decimals, e.value_low, e.value_high, v.id, v.article_id, e.rules_version, "     \
	"a.canonical_url, l.decision, l.corrected_value, l.corrected_decimals, l.note, "           \
	"l.reviewer, l.decided_at, (SELECT count(*) FROM reviews r WHERE "                         \
	"r.article_id = e.article_id AND r.start_byte = e.start_byte AND "                         \
	"r.end_byte = e.end_byte AND r.value = e.value AND r.region IS e.region) "                 \
	"FROM figures v JOIN extracted_figures e ON e.id = v.id "                                  \
	"JOIN articles a ON a.id = v.article_id "                                                  \
	"LEFT JOIN latest_reviews l ON l.figure_id = v.id "

static void stored_release(angka_stored_figure *sf)
{
	angka_figure_clear(&sf->figure);
	free(sf->rules_version);
	free(sf->canonical_url);
	free(sf->decision);
	free(sf->note);
	free(sf->reviewer);
	free(sf->decided_at);
	memset(sf, 0, sizeof *sf);
}

static int stored_from_row(angka_stored_figure *sf, sqlite3_stmt *stmt)
{
	bool failed = false;
	memset(sf, 0, sizeof *sf);
	if (figure_from_row(&sf->figure, stmt) != ANGKA_OK)
		return ANGKA_ENOMEM;
	sf->id = sqlite3_column_int64(stmt, COL_ID);
	sf->article_id = sqlite3_column_int64(stmt, COL_ARTICLE_ID);
	sf->rules_version = column_strdup(stmt, COL_RULES_VERSION, &failed);
	sf->canonical_url = column_strdup(stmt, COL_CANONICAL_URL, &failed);
	sf->decision = column_strdup(stmt, COL_DECISION, &failed);
	sf->corrected_value = column_double_or_nan(stmt, COL_CORRECTED_VALUE);
	sf->corrected_decimals = sqlite3_column_int(stmt, COL_CORRECTED_DECIMALS);
	sf->note = column_strdup(stmt, COL_NOTE, &failed);
	sf->reviewer = column_strdup(stmt, COL_REVIEWER, &failed);
	sf->decided_at = column_strdup(stmt, COL_DECIDED_AT, &failed);
	sf->n_decisions = sqlite3_column_int64(stmt, COL_N_DECISIONS);
	if (failed) {
		stored_release(sf);
		return ANGKA_ENOMEM;
	}
	return ANGKA_OK;
}

/* Run a STORED_FIGURE_SQL statement to the end, visiting every row. */
static int walk_stored(angka_store *store, sqlite3_stmt *stmt, angka_store_stored_fn visit,
                       void *ctx, size_t *n_rows, angka_error *err)
{
	angka_stored_figure sf;
	int rc, ret = ANGKA_OK;
	*n_rows = 0;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (stored_from_row(&sf, stmt) != ANGKA_OK)
			return angka_error_set(err, ANGKA_ENOMEM,
			                       "%s: out of memory reading figures", store->path);
		(*n_rows)++;
		ret = visit(&sf, ctx);
		stored_release(&sf);
		if (ret != 0)
			return ret;
	}
	if (rc != SQLITE_DONE)
		return store_error(err, store, "reading figures");
	return ANGKA_OK;
}

int angka_store_each_stored_figure(angka_store *store, angka_store_filter filter,
                                   angka_store_stored_fn visit, void *ctx, angka_error *err)
{
	static const char *const where[] = {
	        [ANGKA_STORE_ALL] = "",
	        [ANGKA_STORE_PENDING] = "WHERE l.decision IS NULL ",
	        [ANGKA_STORE_CURATED] = "WHERE l.decision IN ('accept', 'correct') ",
	        [ANGKA_STORE_NOT_REJECTED] = "WHERE l.decision IS NULL OR l.decision <> 'reject' ",
	};
	sqlite3_stmt *stmt = NULL;
	size_t n = 0;
	int ret;
	char sql[2048];
	if (store == NULL || visit == NULL || filter < ANGKA_STORE_ALL ||
	    filter > ANGKA_STORE_NOT_REJECTED)
		return angka_error_set(
		        err, ANGKA_EINVAL,
		        "angka_store_each_stored_figure: no store, visitor or filter");
	snprintf(sql, sizeof sql, "%s%sORDER BY v.article_id, v.start, v.id", STORED_FIGURE_SQL,
	         where[filter]);
	if ((ret = prepare(&stmt, store, sql, err)) == ANGKA_OK)
		ret = walk_stored(store, stmt, visit, ctx, &n, err);
	sqlite3_finalize(stmt);
	return ret;
}

int angka_store_get_figure(angka_store *store, int64_t id, angka_store_stored_fn visit, void *ctx,
                           angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	size_t n = 0;
	int ret;
	if (store == NULL || visit == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_get_figure: no store or visitor");
	if ((ret = prepare(&stmt, store, STORED_FIGURE_SQL "WHERE v.id = ?1", err)) != ANGKA_OK ||
	    (ret = bind_int64(stmt, 1, id, store, err)) != ANGKA_OK)
		goto cleanup;
	ret = walk_stored(store, stmt, visit, ctx, &n, err);
	if (ret == ANGKA_OK && n == 0)
		ret = angka_error_set(err, ANGKA_ENOTFOUND, "%s: no figure with id %lld",
		                      store->path, (long long)id);
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

int angka_store_review(angka_store *store, int64_t figure_id, angka_review_decision decision,
                       double corrected_value, int corrected_decimals, const char *note,
                       const char *reviewer, int64_t *review_id, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret;
	bool correct = decision == ANGKA_REVIEW_CORRECT;
	if (store == NULL || reviewer == NULL || decision < ANGKA_REVIEW_ACCEPT ||
	    decision > ANGKA_REVIEW_CORRECT)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_review: no store, reviewer or decision");
	if (correct && !(isfinite(corrected_value) && corrected_value >= 0))
		return angka_error_set(err, ANGKA_EINVAL,
		                       "%s: a correction needs a finite value, not below 0 (every "
		                       "metric is a count, a percentage or an amount)",
		                       store->path);
	if ((ret = prepare(&stmt, store,
	                   "INSERT INTO reviews (article_id, start_byte, end_byte, value, region, "
	                   "figure_id, decision, corrected_value, corrected_decimals, note, "
	                   "reviewer, decided_at) SELECT article_id, start_byte, end_byte, value, "
	                   "region, id, ?2, ?3, ?4, ?5, ?6, " SQL_NOW
	                   " FROM extracted_figures WHERE id = ?1",
	                   err)) != ANGKA_OK ||
	    (ret = bind_int64(stmt, 1, figure_id, store, err)) ||
	    (ret = bind_text(stmt, 2, angka_review_decision_name(decision), store, "the decision",
	                     err)) ||
	    (ret = bind_double(stmt, 3, correct ? corrected_value : NAN, store, err)))
		goto cleanup;
	if (correct)
		ret = bind_int64(stmt, 4, corrected_decimals, store, err);
	if (ret || (ret = bind_text(stmt, 5, note, store, "the note", err)) ||
	    (ret = bind_text(stmt, 6, reviewer, store, "the reviewer", err)))
		goto cleanup;
	if (sqlite3_step(stmt) != SQLITE_DONE) {
		ret = store_error(err, store, "recording the review decision");
		goto cleanup;
	}
	if (sqlite3_changes(store->db) == 0) {
		ret = angka_error_set(err, ANGKA_ENOTFOUND, "%s: no figure with id %lld",
		                      store->path, (long long)figure_id);
		goto cleanup;
	}
	if (review_id != NULL)
		*review_id = sqlite3_last_insert_rowid(store->db);
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

int angka_store_review_history(angka_store *store, int64_t figure_id, angka_store_review_fn visit,
                               void *ctx, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret, rc;
	if (store == NULL || visit == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_review_history: no store or visitor");
	if ((ret = prepare(&stmt, store,
	                   "SELECT r.id, r.decision, r.corrected_value, r.note, r.reviewer, "
	                   "r.decided_at, r.value FROM reviews r JOIN extracted_figures e "
	                   "ON r.article_id = e.article_id AND r.start_byte = e.start_byte "
	                   "AND r.end_byte = e.end_byte AND r.value = e.value "
	                   "AND r.region IS e.region WHERE e.id = ?1 ORDER BY r.id",
	                   err)) != ANGKA_OK ||
	    (ret = bind_int64(stmt, 1, figure_id, store, err)) != ANGKA_OK)
		goto cleanup;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		angka_review_entry e = {
		        .id = sqlite3_column_int64(stmt, 0),
		        .decision = (const char *)sqlite3_column_text(stmt, 1),
		        .corrected_value = column_double_or_nan(stmt, 2),
		        .note = (const char *)sqlite3_column_text(stmt, 3),
		        .reviewer = (const char *)sqlite3_column_text(stmt, 4),
		        .decided_at = (const char *)sqlite3_column_text(stmt, 5),
		        .extracted_value = sqlite3_column_double(stmt, 6),
		};
		if ((ret = visit(&e, ctx)) != 0)
			goto cleanup;
	}
	if (rc != SQLITE_DONE)
		ret = store_error(err, store, "reading the review history");
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

static void stored_article_release(angka_article *a)
{
	free(a->source);
	free(a->text);
	free(a->paragraphs);
	free(a->title);
	free(a->site);
	free(a->canonical_url);
	free(a->author);
	free(a->published);
	free(a->dateline_place);
	memset(a, 0, sizeof *a);
}

/* The paragraphs of a stored text: parse joined them with "\n\n", and put
 * the title first as a heading. */
static int split_paragraphs(angka_article *a)
{
	size_t n = 1;
	for (const char *p = a->text; (p = strstr(p, "\n\n")) != NULL; p += 2)
		n++;
	a->paragraphs = calloc(n, sizeof *a->paragraphs);
	if (a->paragraphs == NULL)
		return ANGKA_ENOMEM;
	size_t start = 0;
	const char *p = a->text;
	for (;;) {
		const char *gap = strstr(p, "\n\n");
		size_t end = gap ? (size_t)(gap - a->text) : a->text_len;
		angka_block_kind kind = ANGKA_BLOCK_PARAGRAPH;
		if (a->n_paragraphs == 0 && a->title != NULL && end - start == strlen(a->title) &&
		    memcmp(a->text, a->title, end) == 0)
			kind = ANGKA_BLOCK_HEADING;
		a->paragraphs[a->n_paragraphs++] = (angka_paragraph){start, end, kind};
		if (gap == NULL)
			break;
		start = end + 2;
		p = gap + 2;
	}
	return ANGKA_OK;
}

static int load_article(angka_article *a, angka_store *store, int64_t id, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	bool failed = false;
	int ret;
	memset(a, 0, sizeof *a);
	if ((ret = prepare(
	             &stmt, store,
	             "SELECT a.text, a.title, a.site, a.canonical_url, a.author, a.published, "
	             "a.published_approx, a.dateline_place, a.content_hash, "
	             "(SELECT s.location FROM sources s WHERE s.article_id = a.id "
	             "ORDER BY s.id LIMIT 1) FROM articles a WHERE a.id = ?1",
	             err)) != ANGKA_OK ||
	    (ret = bind_int64(stmt, 1, id, store, err)) != ANGKA_OK)
		goto cleanup;
	if (sqlite3_step(stmt) != SQLITE_ROW) {
		ret = store_error(err, store, "reading an article");
		goto cleanup;
	}
	a->text = column_strdup(stmt, 0, &failed);
	a->text_len = a->text ? strlen(a->text) : 0;
	a->title = column_strdup(stmt, 1, &failed);
	a->site = column_strdup(stmt, 2, &failed);
	a->canonical_url = column_strdup(stmt, 3, &failed);
	a->author = column_strdup(stmt, 4, &failed);
	a->published = column_strdup(stmt, 5, &failed);
	a->published_approx = sqlite3_column_int(stmt, 6) != 0;
	a->dateline_place = column_strdup(stmt, 7, &failed);
	const unsigned char *hash = sqlite3_column_text(stmt, 8);
	if (hash != NULL)
		snprintf(a->content_hash, sizeof a->content_hash, "%s", (const char *)hash);
	a->source = column_strdup(stmt, 9, &failed);
	if (failed || a->text == NULL || split_paragraphs(a) != ANGKA_OK)
		ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory reading article %lld",
		                      store->path, (long long)id);
cleanup:
	sqlite3_finalize(stmt);
	if (ret != ANGKA_OK)
		stored_article_release(a);
	return ret;
}

/* The ids are read first and each article loaded on its own, so that
 * visit may write to the store (re-extraction does) with no read
 * statement pending. */
int angka_store_each_article(angka_store *store, angka_store_article_fn visit, void *ctx,
                             angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int64_t *ids = NULL;
	size_t n = 0, cap = 0;
	int ret, rc;
	if (store == NULL || visit == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_each_article: no store or visitor");
	if ((ret = prepare(&stmt, store, "SELECT id FROM articles ORDER BY id", err)) != ANGKA_OK)
		goto cleanup;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			int64_t *grown = realloc(ids, cap * sizeof *grown);
			if (grown == NULL) {
				ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory",
				                      store->path);
				goto cleanup;
			}
			ids = grown;
		}
		ids[n++] = sqlite3_column_int64(stmt, 0);
	}
	if (rc != SQLITE_DONE) {
		ret = store_error(err, store, "listing the articles");
		goto cleanup;
	}
	sqlite3_finalize(stmt);
	stmt = NULL;
	for (size_t i = 0; i < n; i++) {
		angka_article a;
		if ((ret = load_article(&a, store, ids[i], err)) != ANGKA_OK)
			goto cleanup;
		ret = visit(ids[i], &a, ctx);
		stored_article_release(&a);
		if (ret != 0)
			goto cleanup;
	}
cleanup:
	sqlite3_finalize(stmt);
	free(ids);
	return ret;
}

typedef struct old_figure {
	int64_t id;
	int64_t start, end;
	double value;
	char *region;
	bool matched;
} old_figure;

static int update_figure(angka_store *store, int64_t id, const angka_figure *fig,
                         const char *rules_version, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret;
	if ((ret = prepare(&stmt, store,
	                   "UPDATE extracted_figures SET region = ?2, region_code = ?3, "
	                   "metric = ?4, segment = ?5, unit = ?6, approx = ?7, as_of = ?8, "
	                   "text = ?9, sentence = ?10, rule = ?11, decimals = ?12, "
	                   "value_low = ?13, value_high = ?14, rules_version = ?15 WHERE id = ?1",
	                   err)) != ANGKA_OK)
		goto cleanup;
	if ((ret = bind_int64(stmt, 1, id, store, err)) ||
	    (ret = bind_text(stmt, 2, fig->region, store, "a figure's region", err)) ||
	    (ret = bind_text(stmt, 3, fig->region_code, store, "a figure's region code", err)) ||
	    (ret = bind_text(stmt, 4, fig->metric, store, "a figure's metric", err)) ||
	    (ret = bind_text(stmt, 5, fig->segment, store, "a figure's segment", err)) ||
	    (ret = bind_text(stmt, 6, fig->unit, store, "a figure's unit", err)) ||
	    (ret = bind_int64(stmt, 7, fig->approx ? 1 : 0, store, err)) ||
	    (ret = bind_text(stmt, 8, fig->as_of, store, "a figure's period", err)) ||
	    (ret = bind_text(stmt, 9, fig->text, store, "a figure's text", err)) ||
	    (ret = bind_text(stmt, 10, fig->sentence, store, "a figure's sentence", err)) ||
	    (ret = bind_text(stmt, 11, fig->rule, store, "a figure's rule", err)) ||
	    (ret = bind_int64(stmt, 12, fig->decimals, store, err)) ||
	    (ret = bind_double(stmt, 13, fig->low, store, err)) ||
	    (ret = bind_double(stmt, 14, fig->high, store, err)) ||
	    (ret = bind_text(stmt, 15, rules_version, store, "the rules version", err)))
		goto cleanup;
	if (sqlite3_step(stmt) != SQLITE_DONE)
		ret = angka_error_set(err, ANGKA_EDB, "%s: updating figure %lld (rule %s): %s",
		                      store->path, (long long)id, fig->rule ? fig->rule : "?",
		                      sqlite3_errmsg(store->db));
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

static int delete_figure(angka_store *store, int64_t id, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret;
	if ((ret = prepare(&stmt, store, "DELETE FROM extracted_figures WHERE id = ?1", err)) ==
	            ANGKA_OK &&
	    (ret = bind_int64(stmt, 1, id, store, err)) == ANGKA_OK &&
	    sqlite3_step(stmt) != SQLITE_DONE)
		ret = store_error(err, store, "removing a figure no longer found");
	sqlite3_finalize(stmt);
	return ret;
}

static int count_int64(int64_t *out, angka_store *store, const char *sql, int64_t arg,
                       angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret;
	if ((ret = prepare(&stmt, store, sql, err)) == ANGKA_OK &&
	    (ret = bind_int64(stmt, 1, arg, store, err)) == ANGKA_OK) {
		if (sqlite3_step(stmt) == SQLITE_ROW)
			*out = sqlite3_column_int64(stmt, 0);
		else
			ret = store_error(err, store, "counting");
	}
	sqlite3_finalize(stmt);
	return ret;
}

int angka_store_replace_figures(angka_store *store, int64_t article_id,
                                const angka_figure_list *figures, const char *rules_version,
                                angka_replace_stats *stats, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	old_figure *old = NULL;
	size_t n_old = 0, cap = 0;
	angka_replace_stats st = {0, 0, 0, 0};
	bool in_txn = false;
	int ret, rc;
	int64_t count = 0;

	if (store == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "angka_store_replace_figures: no store");
	if ((ret = step_done(store->begin, store, "starting a transaction", err)) != ANGKA_OK)
		goto cleanup;
	in_txn = true;
	if ((ret = count_int64(&count, store, "SELECT count(*) FROM articles WHERE id = ?1",
	                       article_id, err)) != ANGKA_OK)
		goto cleanup;
	if (count == 0) {
		ret = angka_error_set(err, ANGKA_ENOTFOUND, "%s: no article with id %lld",
		                      store->path, (long long)article_id);
		goto cleanup;
	}
	if ((ret = prepare(&stmt, store,
	                   "SELECT id, start_byte, end_byte, value, region FROM extracted_figures "
	                   "WHERE article_id = ?1 ORDER BY id",
	                   err)) != ANGKA_OK ||
	    (ret = bind_int64(stmt, 1, article_id, store, err)) != ANGKA_OK)
		goto cleanup;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (n_old == cap) {
			cap = cap ? cap * 2 : 32;
			old_figure *grown = realloc(old, cap * sizeof *grown);
			if (grown == NULL) {
				ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory",
				                      store->path);
				goto cleanup;
			}
			old = grown;
		}
		bool failed = false;
		old[n_old] = (old_figure){
		        sqlite3_column_int64(stmt, 0),   sqlite3_column_int64(stmt, 1),
		        sqlite3_column_int64(stmt, 2),   sqlite3_column_double(stmt, 3),
		        column_strdup(stmt, 4, &failed), false};
		n_old++;
		if (failed) {
			ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", store->path);
			goto cleanup;
		}
	}
	if (rc != SQLITE_DONE) {
		ret = store_error(err, store, "reading the article's figures");
		goto cleanup;
	}
	sqlite3_finalize(stmt);
	stmt = NULL;

	for (size_t i = 0; figures != NULL && i < figures->n; i++) {
		const angka_figure *fig = &figures->items[i];
		old_figure *same = NULL;
		for (size_t k = 0; k < n_old && same == NULL; k++)
			if (!old[k].matched && old[k].start == (int64_t)fig->start &&
			    old[k].end == (int64_t)fig->end && old[k].value == fig->value &&
			    ((old[k].region == NULL && fig->region == NULL) ||
			     (old[k].region && fig->region &&
			      strcmp(old[k].region, fig->region) == 0)))
				same = &old[k];
		if (same != NULL) {
			same->matched = true;
			ret = update_figure(store, same->id, fig, rules_version, err);
			st.kept++;
		} else {
			ret = insert_figure(store, article_id, fig, i, rules_version, err);
			st.added++;
		}
		if (ret != ANGKA_OK)
			goto cleanup;
	}
	for (size_t k = 0; k < n_old; k++) {
		if (old[k].matched)
			continue;
		if ((ret = delete_figure(store, old[k].id, err)) != ANGKA_OK)
			goto cleanup;
		st.removed++;
	}
	if ((ret = count_int64(&count, store,
	                       "SELECT count(*) FROM latest_reviews l JOIN extracted_figures e "
	                       "ON e.id = l.figure_id WHERE e.article_id = ?1",
	                       article_id, err)) != ANGKA_OK)
		goto cleanup;
	st.reviewed = (size_t)count;
	if ((ret = step_done(store->commit, store, "committing the figures", err)) != ANGKA_OK)
		goto cleanup;
	in_txn = false;
	if (stats != NULL)
		*stats = st;
cleanup:
	sqlite3_finalize(stmt);
	if (in_txn && !sqlite3_get_autocommit(store->db)) {
		sqlite3_step(store->rollback);
		sqlite3_reset(store->rollback);
	}
	for (size_t k = 0; k < n_old; k++)
		free(old[k].region);
	free(old);
	return ret;
}

/* ---- sources: fetch status -------------------------------------------- */

/* One statement does both the first record and the update, so a location
 * is never half-recorded. On a failure (status not ok / not_modified) the
 * validators, content type, article and last success stay what the last
 * success left; "ok" takes the response's validators even when NULL (the
 * server stopped sending them); "not_modified" keeps the stored ones
 * unless the 304 carried new ones. */
#define RECORD_SOURCE_SQL                                                                          \
	"INSERT INTO source_status (location, kind, status, http_code, etag, last_modified, "      \
	"content_type, article_id, feed, last_fetch, last_success, last_error, failures) "         \
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, " SQL_NOW ", "                                \
	"CASE WHEN ?3 IN ('ok', 'not_modified') THEN " SQL_NOW " END, ?10, "                       \
	"CASE WHEN ?3 IN ('ok', 'not_modified') THEN 0 ELSE 1 END) "                               \
	"ON CONFLICT (location) DO UPDATE SET "                                                    \
	"kind = excluded.kind, status = excluded.status, http_code = excluded.http_code, "         \
	"etag = CASE excluded.status WHEN 'ok' THEN excluded.etag "                                \
	"  WHEN 'not_modified' THEN coalesce(excluded.etag, etag) ELSE etag END, "                 \
	"last_modified = CASE excluded.status WHEN 'ok' THEN excluded.last_modified "              \
	"  WHEN 'not_modified' THEN coalesce(excluded.last_modified, last_modified) "              \
	"  ELSE last_modified END, "                                                               \
	"content_type = CASE excluded.status WHEN 'ok' THEN excluded.content_type "                \
	"  ELSE content_type END, "                                                                \
	"article_id = coalesce(excluded.article_id, article_id), "                                 \
	"feed = coalesce(excluded.feed, feed), "                                                   \
	"last_fetch = excluded.last_fetch, "                                                       \
	"last_success = coalesce(excluded.last_success, last_success), "                           \
	"last_error = excluded.last_error, "                                                       \
	"failures = CASE WHEN excluded.failures = 0 THEN 0 ELSE failures + 1 END"

int angka_store_record_source(angka_store *store, const angka_source_state *s, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK;
	if (store == NULL || s == NULL || s->location == NULL || s->kind == NULL ||
	    s->status == NULL)
		return angka_error_set(
		        err, ANGKA_EINVAL,
		        "angka_store_record_source: no store, location, kind or status");
	if ((ret = prepare(&stmt, store, RECORD_SOURCE_SQL, err)) != ANGKA_OK)
		goto cleanup;
	if ((ret = bind_text(stmt, 1, s->location, store, "the source location", err)) ||
	    (ret = bind_text(stmt, 2, s->kind, store, "the source kind", err)) ||
	    (ret = bind_text(stmt, 3, s->status, store, "the source status", err)))
		goto cleanup;
	if (s->http_code > 0 && (ret = bind_int64(stmt, 4, s->http_code, store, err)))
		goto cleanup;
	/* Header values are bytes from a server; one that is not UTF-8 is
	 * dropped rather than failing the record (it only costs a full GET). */
	if (bind_text(stmt, 5, s->etag, store, "the ETag", NULL) != ANGKA_OK)
		sqlite3_bind_null(stmt, 5);
	if (bind_text(stmt, 6, s->last_modified, store, "the Last-Modified", NULL) != ANGKA_OK)
		sqlite3_bind_null(stmt, 6);
	if (bind_text(stmt, 7, s->content_type, store, "the content type", NULL) != ANGKA_OK)
		sqlite3_bind_null(stmt, 7);
	if (s->article_id > 0 && (ret = bind_int64(stmt, 8, s->article_id, store, err)))
		goto cleanup;
	if ((ret = bind_text(stmt, 9, s->feed, store, "the feed URL", err)))
		goto cleanup;
	if (bind_text(stmt, 10, s->last_error, store, "the error", NULL) != ANGKA_OK)
		sqlite3_bind_text(stmt, 10, "(an error message that is not UTF-8)", -1,
		                  SQLITE_STATIC);
	if (sqlite3_step(stmt) != SQLITE_DONE)
		ret = store_error(err, store, "recording the source status");
cleanup:
	sqlite3_finalize(stmt);
	if (ret != ANGKA_OK)
		angka_error_prefix(err, "%s: ", s && s->location ? s->location : "(unnamed)");
	return ret;
}

int angka_store_source_validators(angka_store *store, const char *location, char **etag,
                                  char **last_modified, bool *stored, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK;
	bool failed = false;
	char *e = NULL, *lm = NULL;
	bool have = false;
	if (store == NULL || location == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_source_validators: no store or location");
	/* An article counts as stored from the location when the status says
	 * so, or when the articles' own sources list it (ingested before the
	 * status existed, or as a file). */
	if ((ret = prepare(&stmt, store,
	                   "SELECT etag, last_modified, "
	                   "(article_id IS NOT NULL OR EXISTS (SELECT 1 FROM sources "
	                   "  WHERE sources.location = ?1)) "
	                   "FROM source_status WHERE location = ?1 "
	                   "UNION ALL SELECT NULL, NULL, 1 FROM sources WHERE location = ?1 "
	                   "AND NOT EXISTS (SELECT 1 FROM source_status WHERE location = ?1) "
	                   "LIMIT 1",
	                   err)) != ANGKA_OK)
		goto cleanup;
	if ((ret = bind_text(stmt, 1, location, store, "the source location", err)))
		goto cleanup;
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		e = column_strdup(stmt, 0, &failed);
		lm = column_strdup(stmt, 1, &failed);
		have = sqlite3_column_int(stmt, 2) != 0;
		if (failed) {
			ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", store->path);
			goto cleanup;
		}
	} else if (rc != SQLITE_DONE) {
		ret = store_error(err, store, "reading the source status");
		goto cleanup;
	}
	if (etag)
		*etag = e, e = NULL;
	if (last_modified)
		*last_modified = lm, lm = NULL;
	if (stored)
		*stored = have;
cleanup:
	free(e);
	free(lm);
	sqlite3_finalize(stmt);
	return ret;
}

int angka_store_feed_item(angka_store *store, const char *feed, const char *link, const char *title,
                          const char *published, bool *first, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK;
	if (store == NULL || feed == NULL || link == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "angka_store_feed_item: no feed or link");
	if ((ret = prepare(&stmt, store,
	                   "INSERT OR IGNORE INTO feed_items (feed, link, title, published, "
	                   "first_seen) VALUES (?1, ?2, ?3, ?4, " SQL_NOW ")",
	                   err)) != ANGKA_OK)
		goto cleanup;
	if ((ret = bind_text(stmt, 1, feed, store, "the feed URL", err)) ||
	    (ret = bind_text(stmt, 2, link, store, "the item link", err)) ||
	    (ret = bind_text(stmt, 3, title, store, "the item title", err)) ||
	    (ret = bind_text(stmt, 4, published, store, "the item date", err)))
		goto cleanup;
	if (sqlite3_step(stmt) != SQLITE_DONE) {
		ret = store_error(err, store, "recording a feed item");
		goto cleanup;
	}
	if (first)
		*first = sqlite3_changes(store->db) > 0;
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

int angka_store_feed_item_count(angka_store *store, const char *feed, int64_t *count,
                                angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK;
	if (store == NULL || feed == NULL || count == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "angka_store_feed_item_count: no feed");
	if ((ret = prepare(&stmt, store, "SELECT count(*) FROM feed_items WHERE feed = ?1", err)) !=
	            ANGKA_OK ||
	    (ret = bind_text(stmt, 1, feed, store, "the feed URL", err)) != ANGKA_OK)
		goto cleanup;
	if (sqlite3_step(stmt) != SQLITE_ROW) {
		ret = store_error(err, store, "counting feed items");
		goto cleanup;
	}
	*count = sqlite3_column_int64(stmt, 0);
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

/* Columns of EACH_SOURCE_SQL. */
enum {
	SRC_LOCATION,
	SRC_KIND,
	SRC_STATUS,
	SRC_HTTP,
	SRC_ETAG,
	SRC_LAST_MODIFIED,
	SRC_CONTENT_TYPE,
	SRC_ARTICLE,
	SRC_FEED,
	SRC_LAST_FETCH,
	SRC_LAST_SUCCESS,
	SRC_LAST_ERROR,
	SRC_FAILURES,
};

#define EACH_SOURCE_SQL                                                                            \
	"SELECT location, kind, status, http_code, etag, last_modified, content_type, "            \
	"article_id, feed, last_fetch, last_success, last_error, failures FROM source_status "     \
	"UNION ALL "                                                                               \
	"SELECT location, CASE WHEN location LIKE 'http://%' OR location LIKE 'https://%' "        \
	"THEN 'page' ELSE 'file' END, 'ok', NULL, NULL, NULL, NULL, max(article_id), NULL, "       \
	"max(coalesce(fetched_at, first_seen)), max(coalesce(fetched_at, first_seen)), NULL, 0 "   \
	"FROM sources WHERE location NOT IN (SELECT location FROM source_status) "                 \
	"GROUP BY location "                                                                       \
	"ORDER BY 1"

int angka_store_each_source(angka_store *store, angka_store_source_fn visit, void *ctx,
                            angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK;
	int rc;
	if (store == NULL || visit == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_each_source: no store or visitor");
	if ((ret = prepare(&stmt, store, EACH_SOURCE_SQL, err)) != ANGKA_OK)
		goto cleanup;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		/* Column texts stay valid until the next step: no copies needed. */
		angka_source_state s = {
		        .location = (const char *)sqlite3_column_text(stmt, SRC_LOCATION),
		        .kind = (const char *)sqlite3_column_text(stmt, SRC_KIND),
		        .status = (const char *)sqlite3_column_text(stmt, SRC_STATUS),
		        .http_code = (long)sqlite3_column_int64(stmt, SRC_HTTP),
		        .etag = (const char *)sqlite3_column_text(stmt, SRC_ETAG),
		        .last_modified = (const char *)sqlite3_column_text(stmt, SRC_LAST_MODIFIED),
		        .content_type = (const char *)sqlite3_column_text(stmt, SRC_CONTENT_TYPE),
		        .article_id = sqlite3_column_int64(stmt, SRC_ARTICLE),
		        .feed = (const char *)sqlite3_column_text(stmt, SRC_FEED),
		        .last_fetch = (const char *)sqlite3_column_text(stmt, SRC_LAST_FETCH),
		        .last_success = (const char *)sqlite3_column_text(stmt, SRC_LAST_SUCCESS),
		        .last_error = (const char *)sqlite3_column_text(stmt, SRC_LAST_ERROR),
		        .failures = sqlite3_column_int64(stmt, SRC_FAILURES),
		};
		if (s.location == NULL || s.kind == NULL || s.status == NULL) {
			ret = angka_error_set(err, ANGKA_ENOMEM,
			                      "%s: out of memory reading sources", store->path);
			goto cleanup;
		}
		if ((ret = visit(&s, ctx)) != 0)
			goto cleanup;
	}
	if (rc != SQLITE_DONE)
		ret = store_error(err, store, "reading sources");
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

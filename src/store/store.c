/* angka — store: the SQLite database (docs/schema.md).
 *
 * One connection per angka_store. The schema is brought up to date at open
 * through the migration steps of schema.c; every article goes in under BEGIN
 * IMMEDIATE so two writers never interleave halves of articles, and every
 * value reaches SQLite through a bound parameter. This file opens and
 * closes the store and holds the helpers its other files share
 * (store_internal.h): articles.c writes articles and their versions,
 * figures.c reads figures, reviews.c keeps the review history, sources.c
 * the fetch status of every location.
 */
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

#include "store/store_internal.h"
#include "util/buf.h"

/* How long a writer waits for another process's lock before giving up. */
#define STORE_BUSY_TIMEOUT_MS 5000
/* How long opening waits for others opening the same new file. */
#define STORE_OPEN_WAIT_MS 30000

/* Record a database failure in err as "<path>: <what>: <sqlite message>"
 * and return ANGKA_EDB (ANGKA_ENOMEM when SQLite itself ran out). */
int store_db_error(angka_error *err, sqlite3 *db, const char *path, const char *what)
{
	int rc = sqlite3_errcode(db);
	int code = rc == SQLITE_NOMEM ? ANGKA_ENOMEM : ANGKA_EDB;
	return angka_error_set(err, code, "%s: %s: %s", path, what, sqlite3_errmsg(db));
}

int store_error(angka_error *err, const angka_store *store, const char *what)
{
	return store_db_error(err, store->db, store->path, what);
}

int store_prepare(sqlite3_stmt **out, angka_store *store, const char *sql, angka_error *err)
{
	if (sqlite3_prepare_v2(store->db, sql, -1, out, NULL) != SQLITE_OK)
		return store_error(err, store, "preparing a statement");
	return ANGKA_OK;
}

/* PRAGMA journal_mode = WAL needs the exclusive lock, and when another
 * connection holds the write lock SQLite answers "database is locked" at
 * once instead of calling the busy handler (waiting could deadlock inside
 * it). Out here nothing is held, so waiting is safe: retry with a growing
 * pause, as long as opening waits for others opening the same new file
 * (several loaders at once, slower still under ThreadSanitizer). */
static int switch_to_wal(sqlite3 *db)
{
	int waited = 0, pause = 2;
	for (;;) {
		int rc = sqlite3_exec(db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
		if (((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED) ||
		    waited >= STORE_OPEN_WAIT_MS)
			return rc;
		sqlite3_sleep(pause);
		waited += pause;
		pause = pause < 64 ? pause * 2 : 100;
	}
}

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

/* Why a database could not be opened, in the user's terms: a database
 * that does not exist yet is created in its folder, so a missing or
 * unwritable folder is what to name (SQLite's own errno is the last of its
 * probes, often a misleading "No such file or directory"). */
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
	if ((ret = store_check_ours(&version, store->db, path, err)) != ANGKA_OK)
		goto cleanup;
	if (read_only && version < angka_store_schema_version()) {
		ret = angka_error_set(err, ANGKA_EDB,
		                      "%s: database schema version %d needs an upgrade to %d, and "
		                      "this user cannot write the file or its folder (run "
		                      "'angka ingest' once where it can)",
		                      path, version, angka_store_schema_version());
		goto cleanup;
	}
	/* An in-memory database answers "memory"; that is fine, so the mode
	 * the pragma reports is not checked. */
	if (!read_only && switch_to_wal(store->db) != SQLITE_OK) {
		ret = store_error(err, store, "switching to WAL");
		goto cleanup;
	}
	/* In WAL, NORMAL syncs at checkpoints, not at every commit: a commit
	 * survives the process crashing (it is in the WAL file), and only a
	 * power loss or an OS crash can take back the last ones. */
	if (!read_only &&
	    sqlite3_exec(store->db, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL) != SQLITE_OK) {
		ret = store_error(err, store, "setting synchronous");
		goto cleanup;
	}
	/* The writer appends articles and looks up a few index pages: a page
	 * cache of 1 MB, not SQLite's 2 MB default, keeps a batch's pages and
	 * keeps memory as flat from a small store to a large one. */
	if (sqlite3_exec(store->db, "PRAGMA cache_size = -1024", NULL, NULL, NULL) != SQLITE_OK) {
		ret = store_error(err, store, "setting the cache size");
		goto cleanup;
	}
	/* A new file opened by several processes at once: one migrates, the
	 * others find the lock taken, sometimes without SQLite waiting for it
	 * (BUSY while the file changes journal mode), and try again; the
	 * version is read again under the lock. */
	for (int waited = 0; !read_only && version < angka_store_schema_version(); waited += 50) {
		if ((ret = store_migrate(store->db, path, err)) == ANGKA_OK)
			break;
		if ((sqlite3_errcode(store->db) & 0xff) != SQLITE_BUSY ||
		    waited >= STORE_OPEN_WAIT_MS)
			goto cleanup;
		sqlite3_sleep(50);
	}

	if ((ret = store_prepare(&store->begin, store, "BEGIN IMMEDIATE", err)) != ANGKA_OK ||
	    (ret = store_prepare(&store->commit, store, "COMMIT", err)) != ANGKA_OK ||
	    (ret = store_prepare(&store->rollback, store, "ROLLBACK", err)) != ANGKA_OK ||
	    (ret = store_prepare(&store->savepoint, store, "SAVEPOINT article", err)) != ANGKA_OK ||
	    (ret = store_prepare(&store->release, store, "RELEASE article", err)) != ANGKA_OK ||
	    (ret = store_prepare(&store->rollback_to, store, "ROLLBACK TO article", err)) !=
	            ANGKA_OK ||
	    (ret = store_prepare(&store->find_article, store,
	                         "SELECT id FROM articles WHERE content_hash = ?1", err)) !=
	            ANGKA_OK ||
	    (ret = store_prepare(&store->insert_article, store,
	                         "INSERT INTO articles (content_hash, title, site, canonical_url, "
	                         "author, published, published_approx, dateline_place, text, "
	                         "rules_version, ingested_at) "
	                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, " SQL_NOW ")",
	                         err)) != ANGKA_OK ||
	    (ret = store_prepare(&store->insert_source, store,
	                         "INSERT OR IGNORE INTO sources (article_id, location, fetched_at, "
	                         "first_seen) VALUES (?1, ?2, ?3, " SQL_NOW ")",
	                         err)) != ANGKA_OK ||
	    (ret = store_prepare(
	             &store->insert_figure, store,
	             "INSERT INTO extracted_figures (article_id, region, region_code, "
	             "metric, segment, value, unit, approx, as_of, text, sentence, "
	             "start_byte, end_byte, rule, decimals, value_low, value_high, "
	             "rules_version, programme, domain, context) VALUES (?1, ?2, ?3, ?4, ?5, "
	             "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
	             err)) != ANGKA_OK)
		goto cleanup;

	*out = store;
	store = NULL;
cleanup:
	angka_store_close(store);
	return ret;
}

/* A connection that only reads, for worker threads: SQLite connections
 * are not shared between threads, and in WAL a reader never waits for the
 * writer. The file must exist at the current schema version (the writer
 * opened it first). */
int angka_store_open_reader(angka_store **out, const char *path, angka_error *err)
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
	if (sqlite3_open_v2(path, &store->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		ret = store_error(err, store, "cannot open database to read");
		goto cleanup;
	}
	sqlite3_extended_result_codes(store->db, 1);
	sqlite3_busy_timeout(store->db, STORE_BUSY_TIMEOUT_MS);
	/* A reader only looks up content hashes: a few index pages, not the
	 * 2 MB page cache SQLite gives every connection by default, which
	 * would grow with the database in every worker. */
	if (sqlite3_exec(store->db, "PRAGMA cache_size = -256", NULL, NULL, NULL) != SQLITE_OK) {
		ret = store_error(err, store, "setting the cache size");
		goto cleanup;
	}
	if ((ret = store_read_version(&version, store->db, path, err)) != ANGKA_OK)
		goto cleanup;
	if (version != angka_store_schema_version()) {
		ret = store_refuse_version(version, path, err);
		goto cleanup;
	}
	if ((ret = store_prepare(&store->find_article, store,
	                         "SELECT id FROM articles WHERE content_hash = ?1", err)) !=
	    ANGKA_OK)
		goto cleanup;
	*out = store;
	store = NULL;
cleanup:
	angka_store_close(store);
	return ret;
}

/* The commands that open SQLite only say so of a PostgreSQL URL, before
 * it is taken for a file name (the URL itself may carry a password). */
static int refuse_postgres(const char *path, angka_error *err)
{
	if (!store_is_postgres_url(path))
		return ANGKA_OK;
	return angka_error_set(err, ANGKA_EINVAL,
	                       "postgresql://...: this command needs a SQLite database: a "
	                       "PostgreSQL store is written by load and read by export, facts "
	                       "and audit (docs/scale.md)");
}

/* Open in the order that touches a foreign or too-new file least: read the
 * version before switching the journal to WAL or creating anything. */
int angka_store_open(angka_store **out, const char *path, angka_error *err)
{
	int ret;
	if (out == NULL || path == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "angka_store_open: no database path");
	*out = NULL;
	if ((ret = refuse_postgres(path, err)) != ANGKA_OK)
		return ret;
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

/* The existing databases' openers never create one: a missing file is
 * ANGKA_ENOTFOUND, in the words a user acts on. */
static int check_exists(const char *path, angka_error *err)
{
	struct stat st;
	if (stat(path, &st) == 0)
		return ANGKA_OK;
	return angka_error_set(err, errno == ENOENT ? ANGKA_ENOTFOUND : ANGKA_EDB, "%s: %s", path,
	                       errno == ENOENT ? "no such database (run 'angka ingest' first)"
	                                       : strerror(errno));
}

int angka_store_open_existing(angka_store **out, const char *path, angka_error *err)
{
	int ret;
	if (out == NULL || path == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_open_existing: no database path");
	*out = NULL;
	if ((ret = refuse_postgres(path, err)) != ANGKA_OK ||
	    (ret = check_exists(path, err)) != ANGKA_OK)
		return ret;
	return store_open(out, path, !writable_here(path), err);
}

int angka_store_open_existing_writable(angka_store **out, const char *path, angka_error *err)
{
	int ret;
	if (out == NULL || path == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_open_existing_writable: no database path");
	*out = NULL;
	if ((ret = refuse_postgres(path, err)) != ANGKA_OK ||
	    (ret = check_exists(path, err)) != ANGKA_OK)
		return ret;
	if (!writable_here(path))
		return angka_error_set(err, ANGKA_EDB,
		                       "%s: this user cannot write the database or its folder, "
		                       "so nothing could be recorded in it",
		                       path);
	return store_open(out, path, false, err);
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
	sqlite3_finalize(store->record_source);
	sqlite3_finalize(store->articles_at);
	sqlite3_finalize(store->savepoint);
	sqlite3_finalize(store->release);
	sqlite3_finalize(store->rollback_to);
	/* Every statement is finalized above, so close cannot be left busy. */
	sqlite3_close(store->db);
	if (store->pg)
		PQfinish(store->pg);
	free(store->path);
	free(store);
}

/* ---- binding values ---------------------------------------------------- */

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
int store_bind_text_len(sqlite3_stmt *stmt, int index, const char *s, size_t len,
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

int store_bind_text(sqlite3_stmt *stmt, int index, const char *s, const angka_store *store,
                    const char *name, angka_error *err)
{
	return store_bind_text_len(stmt, index, s, s ? strlen(s) : 0, store, name, err);
}

int store_bind_int64(sqlite3_stmt *stmt, int index, sqlite3_int64 v, const angka_store *store,
                     angka_error *err)
{
	if (sqlite3_bind_int64(stmt, index, v) != SQLITE_OK)
		return store_error(err, store, "binding a value");
	return ANGKA_OK;
}

/* NaN binds as NULL, which is also what SQLite itself would make of it;
 * reading NULL back gives NaN again. */
int store_bind_double(sqlite3_stmt *stmt, int index, double v, const angka_store *store,
                      angka_error *err)
{
	int rc = isnan(v) ? sqlite3_bind_null(stmt, index) : sqlite3_bind_double(stmt, index, v);
	if (rc != SQLITE_OK)
		return store_error(err, store, "binding a value");
	return ANGKA_OK;
}

/* Run a statement that returns no rows, then reset it and drop its bindings
 * so no caller string is referenced afterwards. */
int store_step_done(sqlite3_stmt *stmt, const angka_store *store, const char *what,
                    angka_error *err)
{
	int ret = ANGKA_OK;
	if (sqlite3_step(stmt) != SQLITE_DONE)
		ret = store_error(err, store, what);
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	return ret;
}

/* ---- reading columns ---------------------------------------------------- */

/* A copy of column col, or NULL when it is NULL. *failed is set when the
 * copy could not be made, so the caller tells NULL from out-of-memory. */
char *store_column_strdup(sqlite3_stmt *stmt, int col, bool *failed)
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

double store_column_double_or_nan(sqlite3_stmt *stmt, int col)
{
	if (sqlite3_column_type(stmt, col) == SQLITE_NULL)
		return NAN;
	return sqlite3_column_double(stmt, col);
}
int store_count_int64(int64_t *out, angka_store *store, const char *sql, int64_t arg,
                      angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret;
	if ((ret = store_prepare(&stmt, store, sql, err)) == ANGKA_OK &&
	    (ret = store_bind_int64(stmt, 1, arg, store, err)) == ANGKA_OK) {
		if (sqlite3_step(stmt) == SQLITE_ROW)
			*out = sqlite3_column_int64(stmt, 0);
		else
			ret = store_error(err, store, "counting");
	}
	sqlite3_finalize(stmt);
	return ret;
}

/* ---- transactions ------------------------------------------------------- */

int store_begin(angka_store *store, angka_error *err)
{
	if (store->in_batch)
		return store_step_done(store->savepoint, store, "starting an article", err);
	return store_step_done(store->begin, store, "starting a transaction", err);
}

int store_commit(angka_store *store, const char *what, angka_error *err)
{
	if (store->in_batch)
		return store_step_done(store->release, store, what, err);
	return store_step_done(store->commit, store, what, err);
}

/* SQLite may already have rolled back on its own (SQLITE_FULL,
 * SQLITE_IOERR); ROLLBACK then would only fail. err is left as it is: the
 * first failure is the one worth reporting. In a batch, only the
 * article's savepoint is undone, unless SQLite undid the whole batch. */
void store_rollback(angka_store *store)
{
	if (sqlite3_get_autocommit(store->db))
		return;
	if (store->in_batch) {
		sqlite3_step(store->rollback_to);
		sqlite3_reset(store->rollback_to);
		sqlite3_step(store->release);
		sqlite3_reset(store->release);
		return;
	}
	sqlite3_step(store->rollback);
	sqlite3_reset(store->rollback);
}

int angka_store_batch_begin(angka_store *store, angka_error *err)
{
	if (store->in_batch || store->pg)
		return ANGKA_OK;
	int ret = store_step_done(store->begin, store, "starting a batch", err);
	if (ret == ANGKA_OK)
		store->in_batch = true;
	return ret;
}

/* The batch is over whatever happens; when SQLite rolled it back on its
 * own (a full disk), the commit fails and says so. */
int angka_store_batch_commit(angka_store *store, angka_error *err)
{
	if (!store->in_batch)
		return ANGKA_OK;
	store->in_batch = false;
	if (sqlite3_get_autocommit(store->db))
		return angka_error_set(err, ANGKA_EDB,
		                       "%s: the batch was rolled back by SQLite after an error",
		                       store->path);
	int ret = store_step_done(store->commit, store, "committing a batch", err);
	if (ret != ANGKA_OK)
		store_rollback(store);
	return ret;
}

int angka_store_checkpoint(angka_store *store, angka_error *err)
{
	if (store->in_batch || store->pg)
		return ANGKA_OK;
	/* PASSIVE never waits: what a reader still needs is copied at close.
	 * BUSY (another connection checkpointing) leaves the copying to it. */
	int rc = sqlite3_wal_checkpoint_v2(store->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
	if (rc != SQLITE_OK && rc != SQLITE_BUSY)
		return store_error(err, store, "copying the log into the database");
	return ANGKA_OK;
}

bool angka_store_in_batch(const angka_store *store)
{
	return store != NULL && store->in_batch;
}

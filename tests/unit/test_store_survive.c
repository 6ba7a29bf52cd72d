/* Unit tests for the store under hostile conditions (issue 11): another
 * process holding the write lock while a new database is opened, files that
 * are not angka's, schema versions that make no sense. */
#define _POSIX_C_SOURCE 200809L

#include <criterion/criterion.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "angka/store.h"

static char tmpdir[64];
static char db_path[128];

static void setup(void)
{
	strcpy(tmpdir, "/tmp/angka-store-survive-XXXXXX");
	cr_assert_not_null(mkdtemp(tmpdir));
	snprintf(db_path, sizeof db_path, "%s/angka.db", tmpdir);
}

static void teardown(void)
{
	const char *suffixes[] = {"", "-wal", "-shm", "-journal"};
	for (size_t i = 0; i < 4; i++) {
		char path[160];
		snprintf(path, sizeof path, "%s%s", db_path, suffixes[i]);
		unlink(path);
	}
	rmdir(tmpdir);
}

TestSuite(store_survive, .init = setup, .fini = teardown);

static void exec_raw(const char *sql)
{
	sqlite3 *db = NULL;
	cr_assert_eq(sqlite3_open(db_path, &db), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK, "%s: %s", sql,
	             sqlite3_errmsg(db));
	sqlite3_close(db);
}

static char *raw_text(const char *sql)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *stmt = NULL;
	cr_assert_eq(sqlite3_open(db_path, &db), SQLITE_OK);
	cr_assert_eq(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK, "%s",
	             sqlite3_errmsg(db));
	cr_assert_eq(sqlite3_step(stmt), SQLITE_ROW, "%s", sql);
	const unsigned char *t = sqlite3_column_text(stmt, 0);
	char *copy = strdup(t ? (const char *)t : "(null)");
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return copy;
}

/* ---- item 6: PRAGMA journal_mode=WAL waits for another writer ---------- */

typedef struct holder {
	sqlite3 *db;
	int hold_ms;
	int rc;
} holder;

static void *hold_write_lock(void *arg)
{
	holder *h = arg;
	struct timespec ts = {h->hold_ms / 1000, (h->hold_ms % 1000) * 1000000L};
	nanosleep(&ts, NULL);
	h->rc = sqlite3_exec(h->db, "COMMIT", NULL, NULL, NULL);
	return NULL;
}

/* Another process holds the write lock of a new database (as one that is
 * creating the schema does) when angka opens it: switching to WAL cannot
 * use SQLite's busy handler there (SQLite answers "locked" at once to
 * avoid a deadlock), so the open must wait on its own, within the busy
 * timeout, rather than fail. */
Test(store_survive, wal_switch_waits_for_another_writer)
{
	holder h = {NULL, 300, -1};
	cr_assert_eq(sqlite3_open(db_path, &h.db), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(h.db, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	pthread_t thread;
	cr_assert_eq(pthread_create(&thread, NULL, hold_write_lock, &h), 0);
	angka_store *store = NULL;
	angka_error err = {0, ""};
	int rc = angka_store_open(&store, db_path, &err);
	pthread_join(thread, NULL);
	sqlite3_close(h.db);
	cr_assert_eq(rc, ANGKA_OK, "%s", err.message);
	cr_expect_eq(h.rc, SQLITE_OK);
	angka_store_close(store);
	char *mode = raw_text("PRAGMA journal_mode");
	cr_expect_str_eq(mode, "wal");
	free(mode);
}

/* ---- item 12: other programs' files are refused and left as they were -- */

Test(store_survive, foreign_database_is_refused_untouched)
{
	exec_raw("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);"
	         "INSERT INTO customers (name) VALUES ('ana');");
	angka_store *store = NULL;
	angka_error err = {0, ""};
	cr_expect_eq(angka_store_open(&store, db_path, &err), ANGKA_EDB);
	cr_expect_null(store);
	cr_expect(strstr(err.message, "not an angka database") != NULL, "%s", err.message);
	cr_expect(strstr(err.message, db_path) != NULL, "%s", err.message);
	char *mode = raw_text("PRAGMA journal_mode");
	cr_expect_str_eq(mode, "delete", "the journal mode was changed");
	free(mode);
	char *tables = raw_text("SELECT group_concat(name) FROM sqlite_master");
	cr_expect_str_eq(tables, "customers", "angka's tables were added");
	free(tables);
}

Test(store_survive, foreign_database_with_a_version_is_refused)
{
	exec_raw("CREATE TABLE notes (body TEXT); PRAGMA user_version = 2;");
	angka_store *store = NULL;
	angka_error err = {0, ""};
	cr_expect_eq(angka_store_open(&store, db_path, &err), ANGKA_EDB);
	cr_expect(strstr(err.message, "not an angka database") != NULL, "%s", err.message);
	char *mode = raw_text("PRAGMA journal_mode");
	cr_expect_str_eq(mode, "delete");
	free(mode);
}

Test(store_survive, negative_schema_version_is_not_called_newer)
{
	exec_raw("PRAGMA user_version = -5;");
	angka_store *store = NULL;
	angka_error err = {0, ""};
	cr_expect_eq(angka_store_open(&store, db_path, &err), ANGKA_EDB);
	cr_expect(strstr(err.message, "-5") != NULL, "%s", err.message);
	cr_expect(strstr(err.message, "newer angka") == NULL, "%s", err.message);
	cr_expect(strstr(err.message, "not an angka database") != NULL, "%s", err.message);
}

Test(store_survive, an_empty_file_is_a_new_database)
{
	FILE *fp = fopen(db_path, "w");
	cr_assert_not_null(fp);
	fclose(fp);
	angka_store *store = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_store_open(&store, db_path, &err), ANGKA_OK, "%s", err.message);
	angka_store_close(store);
	/* And a second open of what it made is fine. */
	cr_assert_eq(angka_store_open(&store, db_path, &err), ANGKA_OK, "%s", err.message);
	angka_store_close(store);
}

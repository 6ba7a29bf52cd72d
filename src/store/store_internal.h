/* What the files of the store share (src/store/): the connection with its
 * prepared statements and the helpers that bind values, run statements and
 * report SQLite's errors with the database's path. Internal to the store. */
#ifndef ANGKA_STORE_INTERNAL_H
#define ANGKA_STORE_INTERNAL_H

#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "angka/store.h"

/* ISO 8601 UTC with millisecond precision, computed by SQLite so that no
 * formatted timestamp ever travels through C strings into SQL. */
#define SQL_NOW "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

struct angka_store {
	sqlite3 *db; /* NULL for a PostgreSQL store */
	PGconn *pg;  /* a PostgreSQL store (pg.c): load, and the figure walks */
	char *path;  /* for messages */
	/* Prepared once at open; reset after every use. */
	sqlite3_stmt *begin;
	sqlite3_stmt *commit;
	sqlite3_stmt *rollback;
	sqlite3_stmt *find_article;
	sqlite3_stmt *insert_article;
	sqlite3_stmt *insert_source;
	sqlite3_stmt *insert_figure;
	sqlite3_stmt *record_source; /* prepared on first use */
	sqlite3_stmt *articles_at;   /* likewise (store_articles_at) */
	/* A batch (angka_store_batch_begin): one transaction around many
	 * articles, each in a savepoint of its own. */
	bool in_batch;
	sqlite3_stmt *savepoint;
	sqlite3_stmt *release;
	sqlite3_stmt *rollback_to;
};

/* ---- errors ------------------------------------------------------------ */

/* Record a database failure in err as "<path>: <what>: <sqlite message>"
 * and return ANGKA_EDB (ANGKA_ENOMEM when SQLite itself ran out). */
int store_db_error(angka_error *err, sqlite3 *db, const char *path, const char *what);
int store_error(angka_error *err, const angka_store *store, const char *what);

/* ---- statements -------------------------------------------------------- */

int store_prepare(sqlite3_stmt **out, angka_store *store, const char *sql, angka_error *err);

/* Bind s (NULL binds SQL NULL) after checking it is valid UTF-8 without
 * NUL; name says which field it is for the message. SQLite copies the
 * bytes, so the caller's strings need not outlive the statement. */
int store_bind_text_len(sqlite3_stmt *stmt, int index, const char *s, size_t len,
                        const angka_store *store, const char *name, angka_error *err);
int store_bind_text(sqlite3_stmt *stmt, int index, const char *s, const angka_store *store,
                    const char *name, angka_error *err);
int store_bind_int64(sqlite3_stmt *stmt, int index, sqlite3_int64 v, const angka_store *store,
                     angka_error *err);
/* NaN binds as NULL; reading NULL back gives NaN again. */
int store_bind_double(sqlite3_stmt *stmt, int index, double v, const angka_store *store,
                      angka_error *err);

/* Run a statement that returns no rows, then reset it and drop its
 * bindings so no caller string is referenced afterwards. */
int store_step_done(sqlite3_stmt *stmt, const angka_store *store, const char *what,
                    angka_error *err);

/* The single integer a query with one bound integer gives. */
int store_count_int64(int64_t *out, angka_store *store, const char *sql, int64_t arg,
                      angka_error *err);

/* ---- reading columns ---------------------------------------------------- */

/* A copy of column col, or NULL when it is NULL. *failed is set when the
 * copy could not be made, so the caller tells NULL from out-of-memory. */
char *store_column_strdup(sqlite3_stmt *stmt, int col, bool *failed);
double store_column_double_or_nan(sqlite3_stmt *stmt, int col);

/* ---- transactions ------------------------------------------------------- */

/* BEGIN IMMEDIATE: the write lock now, so two writers never interleave.
 * Inside a batch, a savepoint instead: the article is still all or
 * nothing, and commits with the batch. */
int store_begin(angka_store *store, angka_error *err);
int store_commit(angka_store *store, const char *what, angka_error *err);
/* Roll back the open transaction, if any (SQLite may have done it). */
void store_rollback(angka_store *store);

/* ---- schema (schema.c) -------------------------------------------------- */

int store_read_version(int *out, sqlite3 *db, const char *path, angka_error *err);
int store_refuse_version(int version, const char *path, angka_error *err);
/* Is the file angka's, and at which version (*version)? Refuses, without
 * changing anything, another program's file and a version this angka does
 * not know; an empty file is a new database at version 0. */
int store_check_ours(int *version, sqlite3 *db, const char *path, angka_error *err);
/* Bring the schema to the current version, all steps in one transaction. */
int store_migrate(sqlite3 *db, const char *path, angka_error *err);

/* ---- selections (figures.c) ---------------------------------------------- */

/* "AND ..." for a review-state filter, on the alias l of latest_reviews. */
const char *store_filter_sql(angka_store_filter filter);
/* The ids of the current figures of a selection, in article then text
 * order; *out is the caller's to free. */
int store_selection_ids(int64_t **out, size_t *n, angka_store *store,
                        const angka_figure_selection *selection, angka_error *err);

/* ---- versions (versions.c) ------------------------------------------------ */

/* Copy the effective review decisions of from_article's figures to the
 * unchanged figures of to_article, its newer version; adds the number
 * copied to *carried (may be NULL). Runs inside the caller's transaction. */
int store_carry_reviews(sqlite3 *db, const char *path, int64_t from_article, int64_t to_article,
                        size_t *carried, angka_error *err);

/* The articles location gave (only the current ones, not superseded, when
 * current_only), but except; *out is the caller's to free. */
int store_articles_at(int64_t **out, size_t *n, angka_store *store, const char *location,
                      bool current_only, int64_t except, angka_error *err);
/* old_id is superseded by new_id, now; decisions carried over. */
int store_supersede(angka_store *store, int64_t old_id, int64_t new_id, size_t *carried,
                    angka_error *err);
/* An older version becomes current again. */
int store_revive(angka_store *store, int64_t id, angka_error *err);
int store_is_current(bool *current, angka_store *store, int64_t id, angka_error *err);

/* ---- PostgreSQL (pg.c) and statements for both (load.c) ---------------- */

/* Whether location names a PostgreSQL database (postgresql://, postgres://). */
bool store_is_postgres_url(const char *location);
/* Connect and create the portable schema if it is not there. */
int store_pg_open(angka_store *store, const char *url, angka_error *err);
/* The figure walk of angka_store_each_selected on PostgreSQL: no review
 * decisions (none are kept there), so CURATED and DECIDED select nothing;
 * the selection's other fields are not supported. */
int store_pg_each_selected(angka_store *store, const angka_figure_selection *sel,
                           angka_store_stored_fn visit, void *ctx, angka_error *err);

/* Run one statement written with ?N placeholders and text parameters
 * (NULL: SQL NULL) on either backend; *first (may be NULL) gets the first
 * column of the first row, *rows (may be NULL) the rows returned or
 * changed. what names the step in the message. */
int store_run(angka_store *store, const char *sql, int n_params, const char *const *params,
              int64_t *first, int64_t *rows, const char *what, angka_error *err);

/* The portable schema (load.c) in the dialect of a backend. */
int store_portable_schema(char **out, bool postgres);

#endif

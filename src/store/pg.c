/* A PostgreSQL store (docs/scale.md): where many machines load figure
 * records into one database. Only what `angka load` writes and what
 * export, facts and audit read goes through here; the schema is the
 * portable one of load.c, the same tables and columns as the SQLite file's
 * articles, sources and extracted_figures, and the same figures and
 * all_figures views. */
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_internal.h"
#include "util/buf.h"

bool store_is_postgres_url(const char *location)
{
	return location != NULL && (strncmp(location, "postgresql://", 13) == 0 ||
	                            strncmp(location, "postgres://", 11) == 0);
}

/* The URL without its password, for messages. */
static char *url_for_messages(const char *url)
{
	const char *scheme_end = strstr(url, "://");
	const char *at = scheme_end ? strchr(scheme_end + 3, '@') : NULL;
	const char *colon = scheme_end ? strchr(scheme_end + 3, ':') : NULL;
	if (at == NULL || colon == NULL || colon > at)
		return angka_strdup(url);
	angka_buf b = ANGKA_BUF_INIT;
	angka_buf_append(&b, url, (size_t)(colon - url));
	angka_buf_puts(&b, ":***");
	angka_buf_puts(&b, at);
	return angka_buf_detach(&b);
}

/* The message libpq gives, on one line. */
static const char *pg_message(const PGconn *conn, const PGresult *res)
{
	const char *m = res ? PQresultErrorMessage(res) : NULL;
	if (m == NULL || *m == '\0')
		m = PQerrorMessage(conn);
	return m && *m ? m : "(no message)";
}

static int pg_error(angka_error *err, const angka_store *store, const PGresult *res,
                    const char *what)
{
	char line[1024];
	snprintf(line, sizeof line, "%s", pg_message(store->pg, res));
	for (char *p = line; *p; p++)
		if (*p == '\n')
			*p = (p[1] == '\0') ? '\0' : ' ';
	return angka_error_set(err, ANGKA_EDB, "%s: %s: %s", store->path, what, line);
}

/* "?12" into "$12": the statements are written once, for both backends. */
static char *dollar_placeholders(const char *sql)
{
	char *copy = angka_strdup(sql);
	for (char *p = copy; p && *p; p++)
		if (*p == '?' && p[1] >= '0' && p[1] <= '9')
			*p = '$';
	return copy;
}

static int pg_run(angka_store *store, const char *sql, int n_params, const char *const *params,
                  int64_t *first, int64_t *rows, const char *what, angka_error *err)
{
	char *pg_sql = dollar_placeholders(sql);
	if (pg_sql == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", store->path);
	PGresult *res = PQexecParams(store->pg, pg_sql, n_params, NULL, params, NULL, NULL, 0);
	free(pg_sql);
	int ret = ANGKA_OK;
	ExecStatusType status = PQresultStatus(res);
	if (status == PGRES_TUPLES_OK) {
		if (first && PQntuples(res) > 0 && PQnfields(res) > 0 && !PQgetisnull(res, 0, 0))
			*first = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
		if (rows)
			*rows = PQntuples(res);
	} else if (status == PGRES_COMMAND_OK) {
		if (rows)
			*rows = strtoll(PQcmdTuples(res), NULL, 10);
	} else {
		ret = pg_error(err, store, res, what);
	}
	PQclear(res);
	return ret;
}

static int sqlite_run(angka_store *store, const char *sql, int n_params, const char *const *params,
                      int64_t *first, int64_t *rows, const char *what, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret, rc;
	int64_t n = 0;
	if ((ret = store_prepare(&stmt, store, sql, err)) != ANGKA_OK)
		return ret;
	for (int i = 0; i < n_params; i++)
		if ((ret = store_bind_text(stmt, i + 1, params[i], store, what, err)) != ANGKA_OK)
			goto cleanup;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (n++ == 0 && first && sqlite3_column_type(stmt, 0) != SQLITE_NULL)
			*first = sqlite3_column_int64(stmt, 0);
	}
	if (rc != SQLITE_DONE) {
		ret = store_error(err, store, what);
		goto cleanup;
	}
	if (rows)
		*rows = sqlite3_column_count(stmt) > 0 ? n : sqlite3_changes(store->db);
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

int store_run(angka_store *store, const char *sql, int n_params, const char *const *params,
              int64_t *first, int64_t *rows, const char *what, angka_error *err)
{
	if (store->pg)
		return pg_run(store, sql, n_params, params, first, rows, what, err);
	return sqlite_run(store, sql, n_params, params, first, rows, what, err);
}

/* Several loaders may open a new database at once: the schema is made
 * under an advisory lock, so that only one of them creates it. */
int store_pg_open(angka_store *store, const char *url, angka_error *err)
{
	char *schema = NULL;
	int ret = ANGKA_OK;
	if ((store->path = url_for_messages(url)) == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	store->pg = PQconnectdb(url);
	if (store->pg == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", store->path);
	if (PQstatus(store->pg) != CONNECTION_OK)
		return pg_error(err, store, NULL, "cannot connect");
	if ((ret = store_portable_schema(&schema, true)) != ANGKA_OK)
		return angka_error_set(err, ret, "%s: out of memory", store->path);
	PGresult *res = PQexec(store->pg, "SET client_min_messages = warning");
	PQclear(res);
	const char *steps[] = {"BEGIN", "SELECT pg_advisory_xact_lock(7236833690214539617)", schema,
	                       "COMMIT"};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0] && ret == ANGKA_OK; i++) {
		res = PQexec(store->pg, steps[i]);
		ExecStatusType status = PQresultStatus(res);
		if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
			ret = pg_error(err, store, res, "creating the schema");
		PQclear(res);
	}
	if (ret != ANGKA_OK)
		PQclear(PQexec(store->pg, "ROLLBACK"));
	free(schema);
	return ret;
}

/* The columns of figures.c's STORED_FIGURE_SQL, in its order, with what
 * PostgreSQL does not keep (review decisions) as NULL; from the figures
 * view, or (the audit's walk) from all_figures, with the context flag. */
#define PG_STORED_FIGURE_SQL_OF(VIEW, CONTEXT)                                                     \
	"SELECT v.source, v.article_title, v.published, v.region, v.region_code, v.metric, "       \
	"v.segment, v.value, v.unit, v.programme, v.approx, v.as_of, v.text, v.sentence, "         \
	"v.start, v.\"end\", v.rule, e.decimals, e.value_low, e.value_high, v.id, v.article_id, "  \
	"e.rules_version, a.canonical_url, v.domain, " CONTEXT " "                                 \
	"FROM " VIEW " v JOIN extracted_figures e ON e.id = v.id "                                 \
	"JOIN articles a ON a.id = v.article_id WHERE v.superseded_by IS NULL "                    \
	"ORDER BY v.article_id, v.start, v.id"
#define PG_STORED_FIGURE_SQL       PG_STORED_FIGURE_SQL_OF("figures", "0")
#define PG_STORED_WITH_CONTEXT_SQL PG_STORED_FIGURE_SQL_OF("all_figures", "v.context")

static char *column(const PGresult *res, int row, int col, bool *failed)
{
	if (PQgetisnull(res, row, col))
		return NULL;
	char *s = angka_strdup(PQgetvalue(res, row, col));
	if (s == NULL)
		*failed = true;
	return s;
}

static double column_double(const PGresult *res, int row, int col)
{
	return PQgetisnull(res, row, col) ? NAN : strtod(PQgetvalue(res, row, col), NULL);
}

static int64_t column_int(const PGresult *res, int row, int col)
{
	return PQgetisnull(res, row, col) ? 0 : strtoll(PQgetvalue(res, row, col), NULL, 10);
}

static int visit_row(const PGresult *res, angka_store_stored_fn visit, void *ctx)
{
	angka_stored_figure sf;
	bool failed = false;
	memset(&sf, 0, sizeof sf);
	angka_figure *f = &sf.figure;
	f->source = column(res, 0, 0, &failed);
	f->article_title = column(res, 0, 1, &failed);
	f->published = column(res, 0, 2, &failed);
	f->region = column(res, 0, 3, &failed);
	f->region_code = column(res, 0, 4, &failed);
	f->metric = column(res, 0, 5, &failed);
	f->segment = column(res, 0, 6, &failed);
	f->value = column_double(res, 0, 7);
	f->unit = column(res, 0, 8, &failed);
	f->programme = column(res, 0, 9, &failed);
	f->approx = column_int(res, 0, 10) != 0;
	f->as_of = column(res, 0, 11, &failed);
	f->text = column(res, 0, 12, &failed);
	f->sentence = column(res, 0, 13, &failed);
	f->start = (size_t)column_int(res, 0, 14);
	f->end = (size_t)column_int(res, 0, 15);
	f->rule = column(res, 0, 16, &failed);
	f->decimals = (int)column_int(res, 0, 17);
	f->low = column_double(res, 0, 18);
	f->high = column_double(res, 0, 19);
	sf.id = column_int(res, 0, 20);
	sf.article_id = column_int(res, 0, 21);
	sf.rules_version = column(res, 0, 22, &failed);
	sf.canonical_url = column(res, 0, 23, &failed);
	f->domain = column(res, 0, 24, &failed);
	f->context = column_int(res, 0, 25) != 0;
	sf.corrected_value = NAN;
	int ret = failed ? ANGKA_ENOMEM : visit(&sf, ctx);
	angka_figure_clear(f);
	free(sf.rules_version);
	free(sf.canonical_url);
	return ret;
}

/* Row by row (libpq's single-row mode), so that memory does not grow with
 * the store. */
int store_pg_each_selected(angka_store *store, const angka_figure_selection *sel,
                           angka_store_stored_fn visit, void *ctx, angka_error *err)
{
	int ret = ANGKA_OK;
	PGresult *res;
	if (sel->article_id != 0 || sel->source || sel->region || sel->metric || sel->rule)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "%s: selecting figures by article, source, region, metric "
		                       "or rule needs a SQLite store",
		                       store->path);
	if (sel->filter == ANGKA_STORE_CURATED || sel->filter == ANGKA_STORE_DECIDED)
		return ANGKA_OK; /* no review decisions are kept in PostgreSQL */
	if (!PQsendQuery(store->pg,
	                 sel->with_context ? PG_STORED_WITH_CONTEXT_SQL : PG_STORED_FIGURE_SQL) ||
	    !PQsetSingleRowMode(store->pg))
		return pg_error(err, store, NULL, "reading figures");
	while ((res = PQgetResult(store->pg)) != NULL) {
		ExecStatusType status = PQresultStatus(res);
		if (status == PGRES_SINGLE_TUPLE && ret == ANGKA_OK) {
			ret = visit_row(res, visit, ctx);
			if (ret == ANGKA_ENOMEM)
				angka_error_set(err, ret, "%s: out of memory reading figures",
				                store->path);
		} else if (status != PGRES_TUPLES_OK && status != PGRES_SINGLE_TUPLE &&
		           ret == ANGKA_OK) {
			ret = pg_error(err, store, res, "reading figures");
		}
		PQclear(res); /* the rest is read and dropped after a stop */
	}
	return ret;
}

/* Reading figures: the figure records and the stored figures with their
 * latest review decision. */
#include <limits.h>
#include <math.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_internal.h"
#include "util/buf.h"

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
	fig->source = store_column_strdup(stmt, COL_SOURCE, &failed);
	fig->article_title = store_column_strdup(stmt, COL_TITLE, &failed);
	fig->published = store_column_strdup(stmt, COL_PUBLISHED, &failed);
	fig->region = store_column_strdup(stmt, COL_REGION, &failed);
	fig->region_code = store_column_strdup(stmt, COL_REGION_CODE, &failed);
	fig->metric = store_column_strdup(stmt, COL_METRIC, &failed);
	fig->segment = store_column_strdup(stmt, COL_SEGMENT, &failed);
	fig->value = sqlite3_column_double(stmt, COL_VALUE);
	fig->unit = store_column_strdup(stmt, COL_UNIT, &failed);
	fig->approx = sqlite3_column_int(stmt, COL_APPROX) != 0;
	fig->as_of = store_column_strdup(stmt, COL_AS_OF, &failed);
	fig->text = store_column_strdup(stmt, COL_TEXT, &failed);
	fig->sentence = store_column_strdup(stmt, COL_SENTENCE, &failed);
	fig->start = (size_t)sqlite3_column_int64(stmt, COL_START);
	fig->end = (size_t)sqlite3_column_int64(stmt, COL_END);
	fig->rule = store_column_strdup(stmt, COL_RULE, &failed);
	fig->decimals = sqlite3_column_int(stmt, COL_DECIMALS);
	fig->low = store_column_double_or_nan(stmt, COL_LOW);
	fig->high = store_column_double_or_nan(stmt, COL_HIGH);
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
	if ((ret = store_prepare(&stmt, store, EACH_FIGURE_SQL, err)) != ANGKA_OK)
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
	if ((ret = store_prepare(&stmt, store,
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
	sf->rules_version = store_column_strdup(stmt, COL_RULES_VERSION, &failed);
	sf->canonical_url = store_column_strdup(stmt, COL_CANONICAL_URL, &failed);
	sf->decision = store_column_strdup(stmt, COL_DECISION, &failed);
	sf->corrected_value = store_column_double_or_nan(stmt, COL_CORRECTED_VALUE);
	sf->corrected_decimals = sqlite3_column_int(stmt, COL_CORRECTED_DECIMALS);
	sf->note = store_column_strdup(stmt, COL_NOTE, &failed);
	sf->reviewer = store_column_strdup(stmt, COL_REVIEWER, &failed);
	sf->decided_at = store_column_strdup(stmt, COL_DECIDED_AT, &failed);
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
	if ((ret = store_prepare(&stmt, store, sql, err)) == ANGKA_OK)
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
	if ((ret = store_prepare(&stmt, store, STORED_FIGURE_SQL "WHERE v.id = ?1", err)) !=
	            ANGKA_OK ||
	    (ret = store_bind_int64(stmt, 1, id, store, err)) != ANGKA_OK)
		goto cleanup;
	ret = walk_stored(store, stmt, visit, ctx, &n, err);
	if (ret == ANGKA_OK && n == 0)
		ret = angka_error_set(err, ANGKA_ENOTFOUND, "%s: no figure with id %lld",
		                      store->path, (long long)id);
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

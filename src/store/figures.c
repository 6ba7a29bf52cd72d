/* Reading figures: the figure records of the current versions, and stored
 * figures with their latest review decision, walked whole or by selection
 * (docs/schema.md, the figures and latest_reviews views). */
#include <math.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_internal.h"

/* Columns of STORED_FIGURE_SQL, in order: the record, the audit's
 * precision, then what the record does not say. */
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
	COL_PROGRAMME,
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
	COL_ID,
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
	COL_SUPERSEDED_BY,
	COL_DOMAIN,
	COL_CONTEXT,
};

/* The record fields come from the figures view, so a walk sees what every
 * other reader of the view sees; the audit's precision fields and the rules
 * version come from the table behind it. A walk with the context figures
 * (the audit's) reads the all_figures view instead, the same columns and
 * the flag. */
#define STORED_FIGURE_SQL_OF(VIEW, CONTEXT)                                                        \
	"SELECT v.source, v.article_title, v.published, v.region, v.region_code, v.metric, "       \
	"v.segment, v.value, v.unit, v.programme, v.approx, v.as_of, v.text, v.sentence, "         \
	"v.start, v.\"end\", v.rule, e.decimals, e.value_low, e.value_high, v.id, v.article_id, "  \
	"e.rules_version, a.canonical_url, l.decision, l.corrected_value, l.corrected_decimals, "  \
	"l.note, l.reviewer, l.decided_at, (SELECT count(*) FROM reviews r WHERE "                 \
	"r.article_id = e.article_id AND r.start_byte = e.start_byte AND "                         \
	"r.end_byte = e.end_byte AND r.value = e.value AND r.region IS e.region), "                \
	"v.superseded_by, v.domain, " CONTEXT " "                                                  \
	"FROM " VIEW " v JOIN extracted_figures e ON e.id = v.id "                                 \
	"JOIN articles a ON a.id = v.article_id "                                                  \
	"LEFT JOIN latest_reviews l ON l.figure_id = v.id "
#define STORED_FIGURE_SQL       STORED_FIGURE_SQL_OF("figures", "0")
#define STORED_WITH_CONTEXT_SQL STORED_FIGURE_SQL_OF("all_figures", "v.context")

/* The figures of a selection (angka_figure_selection), one bound parameter
 * per field, NULL (or 0) leaving it open. */
#define SELECTION_SQL                                                                              \
	"WHERE v.superseded_by IS NULL "                                                           \
	"AND (?1 = 0 OR v.article_id = ?1) "                                                       \
	"AND (?2 IS NULL OR v.article_id IN (SELECT article_id FROM sources WHERE location = "     \
	"?2)) "                                                                                    \
	"AND (?3 IS NULL OR v.region GLOB ?3 OR v.region_code GLOB ?3) "                           \
	"AND (?4 IS NULL OR v.metric GLOB ?4) "                                                    \
	"AND (?5 IS NULL OR v.rule GLOB ?5) "

#define ORDER_SQL "ORDER BY v.article_id, v.start, v.id"

static int figure_from_row(angka_figure *fig, sqlite3_stmt *stmt)
{
	bool failed = false;
	memset(fig, 0, sizeof *fig);
	fig->source = store_column_strdup(stmt, COL_SOURCE, &failed);
	fig->article_title = store_column_strdup(stmt, COL_TITLE, &failed);
	fig->published = store_column_strdup(stmt, COL_PUBLISHED, &failed);
	fig->region = store_column_strdup(stmt, COL_REGION, &failed);
	fig->region_code = store_column_strdup(stmt, COL_REGION_CODE, &failed);
	fig->domain = store_column_strdup(stmt, COL_DOMAIN, &failed);
	fig->metric = store_column_strdup(stmt, COL_METRIC, &failed);
	fig->segment = store_column_strdup(stmt, COL_SEGMENT, &failed);
	fig->programme = store_column_strdup(stmt, COL_PROGRAMME, &failed);
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
	fig->context = sqlite3_column_int(stmt, COL_CONTEXT) != 0;
	if (failed) {
		angka_figure_clear(fig);
		return ANGKA_ENOMEM;
	}
	return ANGKA_OK;
}

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
	sf->superseded_by = sqlite3_column_int64(stmt, COL_SUPERSEDED_BY);
	if (failed) {
		stored_release(sf);
		return ANGKA_ENOMEM;
	}
	return ANGKA_OK;
}

/* Run a STORED_FIGURE_SQL statement to the end, visiting every row. Each
 * figure is a copy that lives only for the call to visit. Statements are
 * prepared per walk rather than cached so that visit may itself use the
 * store (even start another walk). */
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

const char *store_filter_sql(angka_store_filter filter)
{
	switch (filter) {
	case ANGKA_STORE_ALL: break;
	case ANGKA_STORE_PENDING: return "AND l.decision IS NULL ";
	case ANGKA_STORE_CURATED: return "AND l.decision IN ('accept', 'correct') ";
	case ANGKA_STORE_NOT_REJECTED: return "AND (l.decision IS NULL OR l.decision <> 'reject') ";
	case ANGKA_STORE_DECIDED: return "AND l.decision IS NOT NULL ";
	}
	return "";
}

static int store_bind_selection(sqlite3_stmt *stmt, const angka_figure_selection *sel,
                                const angka_store *store, angka_error *err)
{
	int ret;
	if ((ret = store_bind_int64(stmt, 1, sel->article_id, store, err)) ||
	    (ret = store_bind_text(stmt, 2, sel->source, store, "the source", err)) ||
	    (ret = store_bind_text(stmt, 3, sel->region, store, "the region", err)) ||
	    (ret = store_bind_text(stmt, 4, sel->metric, store, "the metric", err)) ||
	    (ret = store_bind_text(stmt, 5, sel->rule, store, "the rule", err)))
		return ret;
	return ANGKA_OK;
}

int store_selection_ids(int64_t **out, size_t *n, angka_store *store,
                        const angka_figure_selection *sel, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int64_t *ids = NULL;
	size_t cap = 0;
	int ret, rc;
	char sql[1024];
	*out = NULL;
	*n = 0;
	snprintf(sql, sizeof sql,
	         "SELECT v.id FROM figures v LEFT JOIN latest_reviews l ON l.figure_id = v.id "
	         "%s%s" ORDER_SQL,
	         SELECTION_SQL, store_filter_sql(sel->filter));
	if ((ret = store_prepare(&stmt, store, sql, err)) != ANGKA_OK ||
	    (ret = store_bind_selection(stmt, sel, store, err)) != ANGKA_OK)
		goto cleanup;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			int64_t *grown = realloc(ids, cap * sizeof *grown);
			if (grown == NULL) {
				ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory",
				                      store->path);
				goto cleanup;
			}
			ids = grown;
		}
		ids[(*n)++] = sqlite3_column_int64(stmt, 0);
	}
	if (rc != SQLITE_DONE) {
		ret = store_error(err, store, "selecting figures");
		goto cleanup;
	}
	*out = ids;
	ids = NULL;
cleanup:
	if (ret != ANGKA_OK)
		*n = 0;
	free(ids);
	sqlite3_finalize(stmt);
	return ret;
}

int angka_store_each_selected(angka_store *store, const angka_figure_selection *sel,
                              angka_store_stored_fn visit, void *ctx, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	size_t n = 0;
	int ret;
	char sql[2048];
	if (store == NULL || sel == NULL || visit == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_each_selected: no store, selection or visitor");
	if (store->pg)
		return store_pg_each_selected(store, sel, visit, ctx, err);
	snprintf(sql, sizeof sql, "%s%s%s" ORDER_SQL,
	         sel->with_context ? STORED_WITH_CONTEXT_SQL : STORED_FIGURE_SQL, SELECTION_SQL,
	         store_filter_sql(sel->filter));
	if ((ret = store_prepare(&stmt, store, sql, err)) == ANGKA_OK &&
	    (ret = store_bind_selection(stmt, sel, store, err)) == ANGKA_OK)
		ret = walk_stored(store, stmt, visit, ctx, &n, err);
	sqlite3_finalize(stmt);
	return ret;
}

int angka_store_each_stored_figure(angka_store *store, angka_store_filter filter,
                                   angka_store_stored_fn visit, void *ctx, angka_error *err)
{
	angka_figure_selection sel = {.filter = filter};
	return angka_store_each_selected(store, &sel, visit, ctx, err);
}

typedef struct record_walk {
	angka_store_figure_fn visit;
	void *ctx;
} record_walk;

static int visit_record(const angka_stored_figure *sf, void *ctx)
{
	const record_walk *w = ctx;
	return w->visit(&sf->figure, w->ctx);
}

int angka_store_each_figure(angka_store *store, angka_store_figure_fn visit, void *ctx,
                            angka_error *err)
{
	if (store == NULL || visit == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_each_figure: no store or visitor");
	record_walk w = {visit, ctx};
	return angka_store_each_stored_figure(store, ANGKA_STORE_ALL, visit_record, &w, err);
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

int angka_store_count(angka_store *store, int64_t *articles, int64_t *figures, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK;

	if (store == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "angka_store_count: no store");
	if ((ret = store_prepare(
	             &stmt, store,
	             "SELECT (SELECT count(*) FROM articles WHERE superseded_by IS NULL), "
	             "(SELECT count(*) FROM extracted_figures f JOIN articles a "
	             "ON a.id = f.article_id WHERE a.superseded_by IS NULL AND f.context = 0)",
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

/* Article versions (docs/schema.md, "Versions"): an article read again from
 * the same location with new text is a new version of it. The older
 * version is superseded, never deleted: its figures and their review
 * history stay, out of facts, the audit, the report and the curated
 * export; decisions on its unchanged figures are carried over to the new
 * version. A location and everything read from it can be forgotten. */
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_internal.h"

/* A figure of the new version is "unchanged" when the old version has a
 * figure with the same region, domain, metric, segment, programme, period, value
 * and text as written; the k-th such figure of one version pairs with the
 * k-th of the other (row_number), so a figure reported twice pairs twice,
 * never four times. The sentence is not compared: fixing a typo in a
 * sentence leaves the sentence's other figures what they were.
 *
 * The effective decisions of the old figure (not undone, not undos) are
 * copied in their order, with carried_from naming the original. A
 * decision is not carried to an article that already has it (a copy of it,
 * or its own original when a location went back to an older text).
 * Context figures are never reviewed, so none is paired: a decision goes
 * from a figure of the dataset to a figure of the dataset. */
#define CARRY_REVIEWS_SQL                                                                          \
	"WITH o AS (SELECT f.*, row_number() OVER (PARTITION BY region, domain, metric, "          \
	"  segment, programme, as_of, value, text ORDER BY start_byte, id) AS k "                  \
	"  FROM extracted_figures f WHERE article_id = ?1 AND context = 0), "                      \
	"n AS (SELECT f.*, row_number() OVER (PARTITION BY region, domain, metric, "               \
	"  segment, programme, as_of, value, text ORDER BY start_byte, id) AS k "                  \
	"  FROM extracted_figures f WHERE article_id = ?2 AND context = 0) "                       \
	"INSERT INTO reviews (article_id, start_byte, end_byte, value, region, figure_id, "        \
	"  decision, corrected_value, corrected_decimals, note, reviewer, decided_at, "            \
	"  carried_from) "                                                                         \
	"SELECT n.article_id, n.start_byte, n.end_byte, n.value, n.region, n.id, r.decision, "     \
	"  r.corrected_value, r.corrected_decimals, r.note, r.reviewer, r.decided_at, r.id "       \
	"FROM n JOIN o ON o.k = n.k AND o.region IS n.region AND o.domain = n.domain "             \
	"  AND o.metric = n.metric "                                                               \
	"  AND o.segment = n.segment AND o.programme IS n.programme AND o.as_of IS n.as_of "       \
	"  AND o.value = n.value AND o.text = n.text "                                             \
	"JOIN reviews r ON r.article_id = o.article_id AND r.start_byte = o.start_byte "           \
	"  AND r.end_byte = o.end_byte AND r.value = o.value AND r.region IS o.region "            \
	"WHERE r.decision <> 'undo' "                                                              \
	"  AND NOT EXISTS (SELECT 1 FROM reviews u WHERE u.undoes = r.id) "                        \
	"  AND NOT EXISTS (SELECT 1 FROM reviews c WHERE c.carried_from = r.id "                   \
	"    AND c.article_id = n.article_id) "                                                    \
	"  AND NOT EXISTS (SELECT 1 FROM reviews s WHERE s.id = r.carried_from "                   \
	"    AND s.article_id = n.article_id) "                                                    \
	"ORDER BY r.id"

int store_carry_reviews(sqlite3 *db, const char *path, int64_t from_article, int64_t to_article,
                        size_t *carried, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK;
	if (sqlite3_prepare_v2(db, CARRY_REVIEWS_SQL, -1, &stmt, NULL) != SQLITE_OK ||
	    sqlite3_bind_int64(stmt, 1, from_article) != SQLITE_OK ||
	    sqlite3_bind_int64(stmt, 2, to_article) != SQLITE_OK ||
	    sqlite3_step(stmt) != SQLITE_DONE) {
		ret = store_db_error(err, db, path, "carrying review decisions to the new version");
		goto cleanup;
	}
	if (carried != NULL)
		*carried += (size_t)sqlite3_changes(db);
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

/* Every article put in goes through here (its source's other versions):
 * the statement is prepared once per store, as the other per-article ones
 * are, since preparing it was 111K instructions an article, more than the
 * query itself. */
int store_articles_at(int64_t **out, size_t *n, angka_store *store, const char *location,
                      bool current_only, int64_t except, angka_error *err)
{
	int64_t *ids = NULL;
	size_t cap = 0;
	int ret, rc;
	*out = NULL;
	*n = 0;
	if (store->articles_at == NULL &&
	    (ret = store_prepare(&store->articles_at, store,
	                         "SELECT DISTINCT a.id FROM sources s JOIN articles a "
	                         "ON a.id = s.article_id WHERE s.location = ?1 "
	                         "AND (?3 = 0 OR a.superseded_by IS NULL) AND a.id <> ?2 "
	                         "ORDER BY a.id",
	                         err)) != ANGKA_OK)
		return ret;
	sqlite3_stmt *stmt = store->articles_at;
	if ((ret = store_bind_text(stmt, 1, location, store, "the source location", err)) ||
	    (ret = store_bind_int64(stmt, 2, except, store, err)) ||
	    (ret = store_bind_int64(stmt, 3, current_only, store, err)))
		goto cleanup;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 4;
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
		ret = store_error(err, store, "looking up the articles of a source");
		goto cleanup;
	}
	*out = ids;
	ids = NULL;
cleanup:
	if (ret != ANGKA_OK)
		*n = 0;
	free(ids);
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	return ret;
}

static int run_with_ids(angka_store *store, const char *sql, int64_t a, int64_t b, const char *what,
                        angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret;
	if ((ret = store_prepare(&stmt, store, sql, err)) == ANGKA_OK &&
	    (ret = store_bind_int64(stmt, 1, a, store, err)) == ANGKA_OK &&
	    (ret = store_bind_int64(stmt, 2, b, store, err)) == ANGKA_OK)
		ret = store_step_done(stmt, store, what, err);
	sqlite3_finalize(stmt);
	return ret;
}

int store_supersede(angka_store *store, int64_t old_id, int64_t new_id, size_t *carried,
                    angka_error *err)
{
	int ret = run_with_ids(store,
	                       "UPDATE articles SET superseded_by = ?2, superseded_at = " SQL_NOW
	                       " WHERE id = ?1",
	                       old_id, new_id, "superseding the older version", err);
	if (ret == ANGKA_OK)
		ret = store_carry_reviews(store->db, store->path, old_id, new_id, carried, err);
	return ret;
}

int store_revive(angka_store *store, int64_t id, angka_error *err)
{
	return run_with_ids(store,
	                    "UPDATE articles SET superseded_by = NULL, superseded_at = NULL "
	                    "WHERE id = ?1 AND ?2 = ?2",
	                    id, 0, "making an older version current again", err);
}

int store_is_current(bool *current, angka_store *store, int64_t id, angka_error *err)
{
	int64_t n = 0;
	int ret = store_count_int64(&n, store,
	                            "SELECT count(*) FROM articles WHERE id = ?1 AND "
	                            "superseded_by IS NULL",
	                            id, err);
	*current = n > 0;
	return ret;
}

/* ---- listing the versions of a location -------------------------------- */

int angka_store_each_version(angka_store *store, const char *location, angka_store_version_fn visit,
                             void *ctx, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret, rc, n = 0;
	if (store == NULL || location == NULL || visit == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_each_version: no store, location or visitor");
	if ((ret = store_prepare(
	             &stmt, store,
	             "SELECT a.id, a.content_hash, a.title, a.published, s.first_seen, "
	             "a.superseded_by, a.superseded_at, "
	             "(SELECT count(*) FROM extracted_figures f WHERE f.article_id = a.id "
	             "  AND f.context = 0), "
	             "(SELECT count(*) FROM latest_reviews l JOIN extracted_figures f "
	             "  ON f.id = l.figure_id WHERE f.article_id = a.id AND f.context = 0) "
	             "FROM sources s JOIN articles a ON a.id = s.article_id "
	             "WHERE s.location = ?1 ORDER BY a.id",
	             err)) != ANGKA_OK ||
	    (ret = store_bind_text(stmt, 1, location, store, "the source location", err)))
		goto cleanup;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		angka_article_version v = {
		        .article_id = sqlite3_column_int64(stmt, 0),
		        .version = ++n,
		        .content_hash = (const char *)sqlite3_column_text(stmt, 1),
		        .title = (const char *)sqlite3_column_text(stmt, 2),
		        .published = (const char *)sqlite3_column_text(stmt, 3),
		        .first_seen = (const char *)sqlite3_column_text(stmt, 4),
		        .superseded_by = sqlite3_column_int64(stmt, 5),
		        .superseded_at = (const char *)sqlite3_column_text(stmt, 6),
		        .figures = sqlite3_column_int64(stmt, 7),
		        .reviewed = sqlite3_column_int64(stmt, 8),
		};
		if ((ret = visit(&v, ctx)) != 0)
			goto cleanup;
	}
	if (rc != SQLITE_DONE) {
		ret = store_error(err, store, "listing the versions");
		goto cleanup;
	}
	if (n == 0)
		ret = angka_error_set(err, ANGKA_ENOTFOUND, "%s: no article was stored from %s",
		                      store->path, location);
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

/* ---- forgetting a location ------------------------------------------------ */

static int exec_text(angka_store *store, const char *sql, const char *location, const char *what,
                     angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret;
	if ((ret = store_prepare(&stmt, store, sql, err)) == ANGKA_OK &&
	    (ret = store_bind_text(stmt, 1, location, store, "the source location", err)) ==
	            ANGKA_OK)
		ret = store_step_done(stmt, store, what, err);
	sqlite3_finalize(stmt);
	return ret;
}

static int count_text(int64_t *out, angka_store *store, const char *sql, const char *location,
                      angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret;
	if ((ret = store_prepare(&stmt, store, sql, err)) == ANGKA_OK &&
	    (ret = store_bind_text(stmt, 1, location, store, "the source location", err)) ==
	            ANGKA_OK) {
		if (sqlite3_step(stmt) == SQLITE_ROW)
			*out = sqlite3_column_int64(stmt, 0);
		else
			ret = store_error(err, store, "counting");
	}
	sqlite3_finalize(stmt);
	return ret;
}

/* The articles read from the location are listed before its sources rows
 * go; those then left without any source are deleted, and foreign keys do
 * the rest: their figures, reviews and other rows cascade away,
 * source_status.article_id becomes NULL, and an older version whose newer
 * one goes becomes current again (superseded_by ON DELETE SET NULL). */
int angka_store_forget(angka_store *store, const char *location, angka_forget_stats *stats,
                       angka_error *err)
{
	angka_forget_stats st = {0, 0, 0, 0};
	int64_t *ids = NULL, known = 0;
	size_t n = 0;
	bool in_txn = false;
	int ret;
	if (store == NULL || location == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_forget: no store or location");
	if ((ret = store_begin(store, err)) != ANGKA_OK)
		goto cleanup;
	in_txn = true;
	if ((ret = count_text(&known, store,
	                      "SELECT (SELECT count(*) FROM sources WHERE location = ?1) + "
	                      "(SELECT count(*) FROM source_status WHERE location = ?1) + "
	                      "(SELECT count(*) FROM feed_items WHERE feed = ?1 OR link = ?1)",
	                      location, err)) != ANGKA_OK)
		goto cleanup;
	if (known == 0) {
		ret = angka_error_set(err, ANGKA_ENOTFOUND, "%s: no source %s", store->path,
		                      location);
		goto cleanup;
	}
	if ((ret = store_articles_at(&ids, &n, store, location, false, 0, err)) != ANGKA_OK)
		goto cleanup;
	if ((ret = exec_text(store, "DELETE FROM sources WHERE location = ?1", location,
	                     "removing the source", err)) != ANGKA_OK)
		goto cleanup;
	for (size_t i = 0; i < n; i++) {
		int64_t others = 0, figures = 0, reviews = 0;
		if ((ret = store_count_int64(&others, store,
		                             "SELECT count(*) FROM sources WHERE article_id = ?1",
		                             ids[i], err)) != ANGKA_OK)
			goto cleanup;
		if (others > 0) {
			st.kept++;
			continue;
		}
		if ((ret = store_count_int64(&figures, store,
		                             "SELECT count(*) FROM extracted_figures WHERE "
		                             "article_id = ?1 AND context = 0",
		                             ids[i], err)) != ANGKA_OK ||
		    (ret = store_count_int64(&reviews, store,
		                             "SELECT count(*) FROM reviews WHERE article_id = ?1",
		                             ids[i], err)) != ANGKA_OK ||
		    (ret = run_with_ids(store, "DELETE FROM articles WHERE id = ?1 AND ?2 = ?2",
		                        ids[i], 0, "removing an article", err)) != ANGKA_OK)
			goto cleanup;
		st.articles++;
		st.figures += (size_t)figures;
		st.reviews += (size_t)reviews;
	}
	if ((ret = exec_text(store, "DELETE FROM source_status WHERE location = ?1", location,
	                     "removing the source status", err)) != ANGKA_OK ||
	    (ret = exec_text(store, "DELETE FROM feed_items WHERE feed = ?1 OR link = ?1", location,
	                     "removing the feed items", err)) != ANGKA_OK ||
	    (ret = store_commit(store, "committing", err)) != ANGKA_OK)
		goto cleanup;
	in_txn = false;
	if (stats != NULL)
		*stats = st;
cleanup:
	if (in_txn)
		store_rollback(store);
	free(ids);
	if (ret != ANGKA_OK && ret != ANGKA_ENOTFOUND)
		angka_error_prefix(err, "forgetting %s: ", location);
	return ret;
}

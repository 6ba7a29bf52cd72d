/* Sources: what each location gave when last fetched, and feed items. */
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_internal.h"

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
	if ((ret = store_prepare(&stmt, store, RECORD_SOURCE_SQL, err)) != ANGKA_OK)
		goto cleanup;
	if ((ret = store_bind_text(stmt, 1, s->location, store, "the source location", err)) ||
	    (ret = store_bind_text(stmt, 2, s->kind, store, "the source kind", err)) ||
	    (ret = store_bind_text(stmt, 3, s->status, store, "the source status", err)))
		goto cleanup;
	if (s->http_code > 0 && (ret = store_bind_int64(stmt, 4, s->http_code, store, err)))
		goto cleanup;
	/* Header values are bytes from a server; one that is not UTF-8 is
	 * dropped rather than failing the record (it only costs a full GET). */
	if (store_bind_text(stmt, 5, s->etag, store, "the ETag", NULL) != ANGKA_OK)
		sqlite3_bind_null(stmt, 5);
	if (store_bind_text(stmt, 6, s->last_modified, store, "the Last-Modified", NULL) !=
	    ANGKA_OK)
		sqlite3_bind_null(stmt, 6);
	if (store_bind_text(stmt, 7, s->content_type, store, "the content type", NULL) != ANGKA_OK)
		sqlite3_bind_null(stmt, 7);
	if (s->article_id > 0 && (ret = store_bind_int64(stmt, 8, s->article_id, store, err)))
		goto cleanup;
	if ((ret = store_bind_text(stmt, 9, s->feed, store, "the feed URL", err)))
		goto cleanup;
	if (store_bind_text(stmt, 10, s->last_error, store, "the error", NULL) != ANGKA_OK)
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
	if ((ret = store_prepare(&stmt, store,
	                         "SELECT etag, last_modified, "
	                         "(article_id IS NOT NULL OR EXISTS (SELECT 1 FROM sources "
	                         "  WHERE sources.location = ?1)) "
	                         "FROM source_status WHERE location = ?1 "
	                         "UNION ALL SELECT NULL, NULL, 1 FROM sources WHERE location = ?1 "
	                         "AND NOT EXISTS (SELECT 1 FROM source_status WHERE location = ?1) "
	                         "LIMIT 1",
	                         err)) != ANGKA_OK)
		goto cleanup;
	if ((ret = store_bind_text(stmt, 1, location, store, "the source location", err)))
		goto cleanup;
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		e = store_column_strdup(stmt, 0, &failed);
		lm = store_column_strdup(stmt, 1, &failed);
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
	if ((ret = store_prepare(&stmt, store,
	                         "INSERT OR IGNORE INTO feed_items (feed, link, title, published, "
	                         "first_seen) VALUES (?1, ?2, ?3, ?4, " SQL_NOW ")",
	                         err)) != ANGKA_OK)
		goto cleanup;
	if ((ret = store_bind_text(stmt, 1, feed, store, "the feed URL", err)) ||
	    (ret = store_bind_text(stmt, 2, link, store, "the item link", err)) ||
	    (ret = store_bind_text(stmt, 3, title, store, "the item title", err)) ||
	    (ret = store_bind_text(stmt, 4, published, store, "the item date", err)))
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
	if ((ret = store_prepare(&stmt, store, "SELECT count(*) FROM feed_items WHERE feed = ?1",
	                         err)) != ANGKA_OK ||
	    (ret = store_bind_text(stmt, 1, feed, store, "the feed URL", err)) != ANGKA_OK)
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
	SRC_VERSIONS,
};

#define EACH_SOURCE_SQL                                                                            \
	"SELECT location, kind, status, http_code, etag, last_modified, content_type, "            \
	"article_id, feed, last_fetch, last_success, last_error, failures, "                       \
	"(SELECT count(DISTINCT s.article_id) FROM sources s WHERE s.location = "                  \
	"source_status.location) FROM source_status "                                              \
	"UNION ALL "                                                                               \
	"SELECT location, CASE WHEN location LIKE 'http://%' OR location LIKE 'https://%' "        \
	"THEN 'page' ELSE 'file' END, 'ok', NULL, NULL, NULL, NULL, max(article_id), NULL, "       \
	"max(coalesce(fetched_at, first_seen)), max(coalesce(fetched_at, first_seen)), NULL, 0, "  \
	"count(DISTINCT article_id) FROM sources WHERE location NOT IN (SELECT location FROM "     \
	"source_status) "                                                                          \
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
	if ((ret = store_prepare(&stmt, store, EACH_SOURCE_SQL, err)) != ANGKA_OK)
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
		        .versions = sqlite3_column_int64(stmt, SRC_VERSIONS),
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

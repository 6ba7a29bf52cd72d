/* angka — store: the SQLite database.
 *
 * One file, WAL, schema versioned with PRAGMA user_version (docs/schema.md),
 * prepared statements only. An article and all its figures go in one
 * transaction, so a crash never leaves half an article; the same content
 * twice is one article (identity: the SHA-256 of its main text).
 */
#ifndef ANGKA_STORE_H
#define ANGKA_STORE_H

#include <stdbool.h>
#include <stdint.h>

#include "angka/error.h"
#include "angka/normalize.h"
#include "angka/parse.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct angka_store angka_store;

/* Open (creating if needed) the database at path and bring its schema to the
 * current version. *out is owned by the caller; close with angka_store_close. */
int angka_store_open(angka_store **out, const char *path, angka_error *err);
void angka_store_close(angka_store *store);

typedef enum angka_store_status {
	ANGKA_STORE_NEW = 0,      /* the article was not there; stored with its figures */
	ANGKA_STORE_UNCHANGED = 1, /* the same content was already stored; nothing written
	                              but the source, if it is a new one */
} angka_store_status;

/* Store one article, its source and its figures in one transaction. On any
 * failure the transaction is rolled back and nothing of the article stays. */
int angka_store_put_article(angka_store *store, const angka_article *article,
                            const angka_figure_list *figures, const char *rules_version,
                            angka_store_status *status, int64_t *article_id, angka_error *err);

/* Call visit for every stored figure record, in article then text order.
 * A non-zero return from visit stops the walk and is returned. */
typedef int (*angka_store_figure_fn)(const angka_figure *figure, void *ctx);
int angka_store_each_figure(angka_store *store, angka_store_figure_fn visit, void *ctx,
                            angka_error *err);

/* Counts for summaries. */
int angka_store_count(angka_store *store, int64_t *articles, int64_t *figures, angka_error *err);

/* ---- sources: what each location gave when last fetched ---------------
 * (schema step "source status", docs/schema.md). A location is a file path
 * or a normalized URL. */

typedef struct angka_source_state {
	const char *location;
	const char *kind;   /* "page", "feed" or "file" */
	const char *status; /* "ok", "not_modified", "failed" or "disallowed" */
	long http_code;     /* 0: none */
	const char *etag;   /* validators of the response, or NULL */
	const char *last_modified;
	const char *content_type;
	int64_t article_id;       /* the article read from it, 0: none */
	const char *feed;         /* the feed that listed it, or NULL */
	const char *last_fetch;   /* when last tried (set by the store on record) */
	const char *last_success; /* when last fetched without error, or NULL */
	const char *last_error;   /* why the last try failed, or NULL */
	int64_t failures;         /* failed tries since the last success */
} angka_source_state;

/* Record one fetch of a location, in its own transaction. A failure
 * ("failed", "disallowed") records the status, HTTP code and error and
 * keeps everything an earlier success stored (validators, article); "ok"
 * replaces the validators with the response's (NULL clears them);
 * "not_modified" keeps the stored ones unless new ones are given.
 * last_fetch, last_success and failures are the store's to set. */
int angka_store_record_source(angka_store *store, const angka_source_state *state,
                              angka_error *err);

/* The validators stored for location (copies the caller frees; NULL when
 * none) and whether an article was ever stored from it. Any output may be
 * NULL. A location never recorded gives NULLs and false. */
int angka_store_source_validators(angka_store *store, const char *location, char **etag,
                                  char **last_modified, bool *stored, angka_error *err);

/* Remember that feed listed link (with the item's title and date); *first
 * (may be NULL) tells whether the feed had not listed it before. */
int angka_store_feed_item(angka_store *store, const char *feed, const char *link, const char *title,
                          const char *published, bool *first, angka_error *err);

/* How many items the feed has listed in all. */
int angka_store_feed_item_count(angka_store *store, const char *feed, int64_t *count,
                                angka_error *err);

/* Every source, ordered by location: the recorded ones, and the locations
 * of stored articles recorded before the source status existed (kind
 * "file" or "page", status "ok"). The state lives only for the call. */
typedef int (*angka_store_source_fn)(const angka_source_state *state, void *ctx);
int angka_store_each_source(angka_store *store, angka_store_source_fn visit, void *ctx,
                            angka_error *err);

#ifdef __cplusplus
}
#endif
#endif

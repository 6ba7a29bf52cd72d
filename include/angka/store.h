/* angka — store: the SQLite database.
 *
 * One file, WAL, schema versioned with PRAGMA user_version (docs/schema.md),
 * prepared statements only. An article and all its figures go in one
 * transaction, so a crash never leaves half an article; the same content
 * twice is one article (identity: the SHA-256 of its main text).
 */
#ifndef ANGKA_STORE_H
#define ANGKA_STORE_H

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

#ifdef __cplusplus
}
#endif
#endif

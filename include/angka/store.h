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

/* Open a database that must already exist, for commands that only read:
 * never creates the file (ANGKA_ENOTFOUND: "no such database"). Where this
 * process may write the file and its folder it is opened as
 * angka_store_open does (an older schema is brought up to date); where it
 * may not (a read-only folder, another user's file) it is opened
 * read-only and nothing is written: no -wal or -shm is created where they
 * cannot be, and an older schema is refused with a message saying so. */
int angka_store_open_existing(angka_store **out, const char *path, angka_error *err);

typedef enum angka_store_status {
	ANGKA_STORE_NEW = 0,       /* the article was not there; stored with its figures */
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

/* ---- schema version 2: review decisions and re-extraction ------------ */

/* A stored figure with what the record does not say: its row ids, the
 * rules version that produced it, the article's canonical URL, and the
 * latest review decision (all NULL / NaN while the figure is pending).
 * Strings are owned by the walk and live only for the call to visit. */
typedef struct angka_stored_figure {
	int64_t id;
	int64_t article_id;
	angka_figure figure; /* the record as extracted */
	char *rules_version;
	char *canonical_url;
	char *decision;         /* "accept", "reject", "correct", or NULL: pending */
	double corrected_value; /* NaN unless decision is "correct" */
	int corrected_decimals;
	char *note;
	char *reviewer;
	char *decided_at;    /* ISO 8601 UTC */
	int64_t n_decisions; /* the length of the figure's review history */
} angka_stored_figure;

typedef enum angka_store_filter {
	ANGKA_STORE_ALL = 0,
	ANGKA_STORE_PENDING,      /* no decision yet */
	ANGKA_STORE_CURATED,      /* latest decision accept or correct */
	ANGKA_STORE_NOT_REJECTED, /* everything but what a reviewer rejected */
} angka_store_filter;

typedef int (*angka_store_stored_fn)(const angka_stored_figure *figure, void *ctx);

/* Walk stored figures in article then text order, with their latest
 * decision. A non-zero return from visit stops the walk and is returned. */
int angka_store_each_stored_figure(angka_store *store, angka_store_filter filter,
                                   angka_store_stored_fn visit, void *ctx, angka_error *err);

/* One figure by id; ANGKA_ENOTFOUND when there is none. */
int angka_store_get_figure(angka_store *store, int64_t id, angka_store_stored_fn visit, void *ctx,
                           angka_error *err);

typedef enum angka_review_decision {
	ANGKA_REVIEW_ACCEPT = 0,
	ANGKA_REVIEW_REJECT,
	ANGKA_REVIEW_CORRECT,
} angka_review_decision;

const char *angka_review_decision_name(angka_review_decision decision);

/* Append a decision about figure id to its history (nothing is ever
 * overwritten). A correction carries corrected_value (reported with
 * corrected_decimals decimals); the others ignore it. The decision is
 * keyed by the figure's article, byte span, extracted value and region
 * (one span can give two regions' figures: "masing-masing 100 persen"),
 * so it stays attached when re-extraction finds the same figure again.
 * reviewer must not be NULL; note may be. ANGKA_ENOTFOUND: no such figure. */
int angka_store_review(angka_store *store, int64_t figure_id, angka_review_decision decision,
                       double corrected_value, int corrected_decimals, const char *note,
                       const char *reviewer, int64_t *review_id, angka_error *err);

/* One decision of a figure's history, oldest first. */
typedef struct angka_review_entry {
	int64_t id;
	const char *decision;
	double corrected_value; /* NaN unless "correct" */
	const char *note;       /* or NULL */
	const char *reviewer;
	const char *decided_at;
	double extracted_value; /* the value the reviewer saw */
} angka_review_entry;

typedef int (*angka_store_review_fn)(const angka_review_entry *entry, void *ctx);
int angka_store_review_history(angka_store *store, int64_t figure_id, angka_store_review_fn visit,
                               void *ctx, angka_error *err);

/* A stored article, rebuilt for re-extraction: the text, paragraphs
 * (split at the blank lines that joined them; the first is the title's
 * heading when the text starts with the title), metadata and first source. */
typedef int (*angka_store_article_fn)(int64_t article_id, const angka_article *article, void *ctx);
int angka_store_each_article(angka_store *store, angka_store_article_fn visit, void *ctx,
                             angka_error *err);

typedef struct angka_replace_stats {
	size_t kept;     /* found again: same span and value (row id kept) */
	size_t added;    /* new figures */
	size_t removed;  /* no longer found */
	size_t reviewed; /* figures with a review decision after the replacement */
} angka_replace_stats;

/* Replace the machine figures of one article with figures, in one
 * transaction. A figure found again (same span, value and region) keeps its row id
 * and so its review history; its other fields and rules version are
 * updated. Review decisions are never touched. stats may be NULL. */
int angka_store_replace_figures(angka_store *store, int64_t article_id,
                                const angka_figure_list *figures, const char *rules_version,
                                angka_replace_stats *stats, angka_error *err);

/* The schema version the file is at after open (PRAGMA user_version). */
int angka_store_schema_version(void);

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

/* angka — store: the SQLite database.
 *
 * One file, WAL, schema versioned with PRAGMA user_version (docs/schema.md),
 * prepared statements only, foreign keys enforced. An article and all its
 * figures go in one transaction, so a crash never leaves half an article;
 * the same content twice is one article (identity: the SHA-256 of its main
 * text), and new content from a location that gave another text before is a
 * new version of that article: the old version is superseded (kept, with
 * its figures and their review history, but no longer current).
 *
 * Everything that reads "the figures" (the walks, counts and selections
 * below) reads those of the current versions only, and only the figures of
 * the dataset: a context figure (angka_figure.context, a number the audit
 * needs) is stored with its article's figures, and read only by a walk that
 * asks for it (angka_figure_selection.with_context).
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

/* Open a database that must already exist, for a command that changes it
 * (the review desk, which records decisions for as long as it runs): never
 * creates the file (ANGKA_ENOTFOUND, as angka_store_open_existing), and
 * where this process may not write the file and its folder fails at once
 * (ANGKA_EDB, naming the file) instead of opening it read-only, so that no
 * decision is refused later. Otherwise as angka_store_open. */
int angka_store_open_existing_writable(angka_store **out, const char *path, angka_error *err);

typedef enum angka_store_status {
	ANGKA_STORE_NEW = 0,       /* the article was not there; stored with its figures */
	ANGKA_STORE_UNCHANGED = 1, /* the same content was already stored; nothing written
	                              but the source, if it is a new one */
	ANGKA_STORE_REVISED = 2,   /* the source gave another text before: this one is
	                              stored as the new version of that article, which is
	                              superseded (review decisions on its unchanged
	                              figures carried over) */
	ANGKA_STORE_REVIVED = 3,   /* the text was stored before (an older version of the
	                              source's article, or another source's): it is the
	                              source's current text again, superseding the one
	                              the source gave in between; no figures written */
} angka_store_status;

/* Store one article, its source and its figures in one transaction. On any
 * failure the transaction is rolled back and nothing of the article stays.
 *
 * Versions: when the source (article->source) gave another, current article
 * before, the text read now supersedes it: a new text is stored as a new
 * article (ANGKA_STORE_REVISED); a text stored before, as an older version,
 * becomes current again (ANGKA_STORE_REVIVED). A text the source gives again while
 * it is superseded through another source (a page and its capture, the
 * capture corrected) stays superseded (UNCHANGED). *article_id is the
 * article the text is stored as. */
int angka_store_put_article(angka_store *store, const angka_article *article,
                            const angka_figure_list *figures, const char *rules_version,
                            angka_store_status *status, int64_t *article_id, angka_error *err);

/* ---- many articles at once (angka ingest --jobs) ------------------------ */

/* A batch: everything stored until angka_store_batch_commit is one
 * transaction, so a run pays one commit for many articles. Inside it each
 * article (angka_store_put_article, _record_source, _replace_figures)
 * still goes in whole or not at all, in a savepoint of its own; a failed
 * article leaves the others of the batch as they are. Nothing of a batch
 * is on disk before its commit, and everything is after it: a crash loses
 * only the batch not yet committed. Beginning a batch that is open does
 * nothing; committing none does nothing. */
int angka_store_batch_begin(angka_store *store, angka_error *err);
int angka_store_batch_commit(angka_store *store, angka_error *err);
bool angka_store_in_batch(const angka_store *store);

/* Copy what SQLite's write-ahead log holds into the database file now (as
 * far as no reader still needs it) rather than all of it when the last
 * connection closes, which then has only the rest to copy. Ingest does it
 * while the workers finish their last articles, so that a processor with
 * nothing else to do does the copying and its sync. Outside a batch (in
 * one, and with PostgreSQL, it does nothing). */
int angka_store_checkpoint(angka_store *store, angka_error *err);

/* Whether an article with this content hash is stored (current or not):
 * known content is recognised before anyone extracts it again. */
int angka_store_has_content(angka_store *store, const char *content_hash, bool *found,
                            angka_error *err);

/* A second connection to the database at path that only answers
 * angka_store_has_content, for a worker thread (a connection belongs to
 * one thread). The file must already be at the current schema version.
 * Close it with angka_store_close. */
int angka_store_open_reader(angka_store **out, const char *path, angka_error *err);

/* ---- figure records from elsewhere (angka load) and PostgreSQL -------- */

/* Open the store at location: a SQLite file (as angka_store_open), or a
 * PostgreSQL database named by a URL (postgresql://user@host:port/db,
 * postgres://...), through libpq, whose schema is created if it is not
 * there. A PostgreSQL store takes angka_store_load_figures and the figure
 * walks (angka_store_each_stored_figure and what is built on it: export,
 * facts, audit); it keeps no review decisions, so a walk of the curated
 * figures finds none. Every other function is for SQLite stores only:
 * angka_store_open refuses a PostgreSQL URL. */
int angka_store_open_any(angka_store **out, const char *location, angka_error *err);
bool angka_store_is_postgres(const angka_store *store);

/* How long a SQLite writer waits for another process's write lock before
 * it gives up (default 5 s): one of many loaders waits its turn longer. */
void angka_store_set_wait(angka_store *store, int milliseconds);

/* The schema the two stores share (docs/schema.md): the tables and view
 * figure records need, in the dialect named ("sqlite" or "postgresql").
 * *out is the caller's to free. */
int angka_store_portable_schema(char **out, const char *dialect);

typedef struct angka_load_stats {
	size_t added;      /* figures stored */
	size_t duplicates; /* figures the store had already */
	size_t skipped;    /* figures of a source whose article was ingested */
} angka_load_stats;

/* Store figure records of one source (figures[i].source all the same), in
 * one transaction (a savepoint inside a batch). The records become the
 * figures of a text-less article of that source (one per source, however
 * many loads); a figure it already has (same byte span, metric, value and
 * region) is not stored twice, so loading is idempotent, and several
 * loaders may run at once (SQLite: they take turns; PostgreSQL: a lock per
 * source). A source whose article was ingested (with its text) keeps its
 * own figures: the records are skipped. decimals, low and high are stored
 * as given. Counts are added to *stats (may be NULL). */
int angka_store_load_figures(angka_store *store, const angka_figure *figures, size_t n,
                             angka_load_stats *stats, angka_error *err);

/* Call visit for every figure record of the current versions, in article
 * then text order. A non-zero return from visit stops the walk and is
 * returned. */
typedef int (*angka_store_figure_fn)(const angka_figure *figure, void *ctx);
int angka_store_each_figure(angka_store *store, angka_store_figure_fn visit, void *ctx,
                            angka_error *err);

/* Counts for summaries: current articles and their figures. */
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
	char *decided_at;      /* ISO 8601 UTC */
	int64_t n_decisions;   /* the length of the figure's review history */
	int64_t superseded_by; /* the newer version of its article, 0: current */
} angka_stored_figure;

typedef enum angka_store_filter {
	ANGKA_STORE_ALL = 0,
	ANGKA_STORE_PENDING,      /* no decision yet */
	ANGKA_STORE_CURATED,      /* latest decision accept or correct */
	ANGKA_STORE_NOT_REJECTED, /* everything but what a reviewer rejected */
	ANGKA_STORE_DECIDED,      /* a decision (that can be undone) */
} angka_store_filter;

/* Which current figures a walk or a review batch is about. Every field
 * narrows the selection (but with_context); zero / NULL leaves it open. The
 * text fields are SQLite GLOB patterns (case-sensitive; '*' and '?'), so
 * "Jambi" is exact and "coverage.*" a prefix. */
typedef struct angka_figure_selection {
	angka_store_filter filter; /* by review state */
	int64_t article_id;        /* the figures of this article */
	const char *source;        /* of the article read from this location */
	const char *region;        /* region name or Kemendagri code */
	const char *metric;
	const char *rule;
	/* The audit's walk: the context figures too (figure.context set, in
	 * their place in text order, with their review state as any figure's:
	 * none). Only angka_store_each_selected reads it, on either store; a
	 * review of a selection never decides about a context figure. */
	bool with_context;
} angka_figure_selection;

typedef int (*angka_store_stored_fn)(const angka_stored_figure *figure, void *ctx);

/* Walk stored figures in article then text order, with their latest
 * decision. A non-zero return from visit stops the walk and is returned. */
int angka_store_each_stored_figure(angka_store *store, angka_store_filter filter,
                                   angka_store_stored_fn visit, void *ctx, angka_error *err);
/* The same, for the figures of a selection. */
int angka_store_each_selected(angka_store *store, const angka_figure_selection *selection,
                              angka_store_stored_fn visit, void *ctx, angka_error *err);

/* One figure of the dataset by id, current or superseded; ANGKA_ENOTFOUND
 * when there is none (a context figure is none). */
int angka_store_get_figure(angka_store *store, int64_t id, angka_store_stored_fn visit, void *ctx,
                           angka_error *err);

typedef enum angka_review_decision {
	ANGKA_REVIEW_ACCEPT = 0,
	ANGKA_REVIEW_REJECT,
	ANGKA_REVIEW_CORRECT,
	ANGKA_REVIEW_UNDO, /* cancels the latest decision not yet undone */
} angka_review_decision;

const char *angka_review_decision_name(angka_review_decision decision);

/* A decision to add to the history of one or more figures. A correction
 * carries corrected_value (given with corrected_decimals decimals, the
 * precision the audit and reconcile judge it with); the others ignore it.
 * reviewer must not be NULL; note may be. */
typedef struct angka_review_request {
	angka_review_decision decision;
	double corrected_value;
	int corrected_decimals;
	const char *note;
	const char *reviewer;
} angka_review_request;

/* Told, after the commit, about each decision added. */
typedef int (*angka_store_decided_fn)(int64_t figure_id, int64_t review_id, void *ctx);

/* Add the decision to each of ids[0, n), in one transaction: all or none.
 * Fails, writing nothing, with ANGKA_ENOTFOUND for an id that is no figure
 * (or, for an undo, a figure with nothing to undo) and ANGKA_EINVAL for a
 * figure of a superseded version (its article's newer version is the one
 * to review) or a context figure (no figure of the dataset); the message
 * names the id. visit (may be NULL) is called for
 * each decision once committed; *n_decided (may be NULL) counts them. */
int angka_store_review_ids(angka_store *store, const int64_t *ids, size_t n,
                           const angka_review_request *request, angka_store_decided_fn visit,
                           void *ctx, size_t *n_decided, angka_error *err);

/* Add the decision to every current figure of the selection (for an undo:
 * every one that has a decision to undo), in one transaction. Selecting
 * nothing is not an error: *n_decided is 0. */
int angka_store_review_selected(angka_store *store, const angka_figure_selection *selection,
                                const angka_review_request *request, angka_store_decided_fn visit,
                                void *ctx, size_t *n_decided, angka_error *err);

/* Append a decision about figure id to its history (nothing is ever
 * overwritten): angka_store_review_ids for one figure. The decision is
 * keyed by the figure's article, byte span, extracted value and region
 * (one span can give two regions' figures: "masing-masing 100 persen"),
 * so it stays attached when re-extraction finds the same figure again.
 * ANGKA_ENOTFOUND: no such figure. */
int angka_store_review(angka_store *store, int64_t figure_id, angka_review_decision decision,
                       double corrected_value, int corrected_decimals, const char *note,
                       const char *reviewer, int64_t *review_id, angka_error *err);

/* One decision of a figure's history, oldest first. */
typedef struct angka_review_entry {
	int64_t id;
	const char *decision;   /* "accept", "reject", "correct" or "undo" */
	double corrected_value; /* NaN unless "correct" */
	const char *note;       /* or NULL */
	const char *reviewer;
	const char *decided_at;
	double extracted_value; /* the value the reviewer saw */
	int64_t undoes;         /* "undo": the decision it cancels; else 0 */
	int64_t carried_from;   /* a decision copied from the older version of the
	                           article: the original; else 0 */
	bool undone;            /* a later "undo" cancels it */
} angka_review_entry;

typedef int (*angka_store_review_fn)(const angka_review_entry *entry, void *ctx);
int angka_store_review_history(angka_store *store, int64_t figure_id, angka_store_review_fn visit,
                               void *ctx, angka_error *err);

/* A current article, rebuilt for re-extraction: the text, paragraphs
 * (split at the blank lines that joined them; the first is the title's
 * heading when the text starts with the title), metadata and first source.
 * Superseded versions are left as they were stored. */
typedef int (*angka_store_article_fn)(int64_t article_id, const angka_article *article, void *ctx);
int angka_store_each_article(angka_store *store, angka_store_article_fn visit, void *ctx,
                             angka_error *err);

/* The same articles one at a time, for callers that hand them to worker
 * threads: the ids of the current articles that have a text (records
 * loaded with `angka load` have none), in id order (*out is the caller's
 * to free), and one of them rebuilt as above (*out freed with
 * angka_article_free). */
int angka_store_article_ids(int64_t **out, size_t *n, angka_store *store, angka_error *err);
int angka_store_load_article(angka_article **out, angka_store *store, int64_t id, angka_error *err);

typedef struct angka_replace_stats {
	size_t kept;     /* found again: same span and value (row id kept) */
	size_t added;    /* new figures */
	size_t removed;  /* no longer found */
	size_t reviewed; /* figures with a review decision after the replacement */
} angka_replace_stats;

/* Replace the machine figures of one article with figures, in one
 * transaction. A figure found again (same span, value and region) keeps its row id
 * and so its review history; its other fields and rules version are
 * updated. Review decisions are never touched. A context figure is stored
 * and found again like the others (never as a figure of the dataset, nor
 * the reverse) but not counted in stats, which may be NULL. */
int angka_store_replace_figures(angka_store *store, int64_t article_id,
                                const angka_figure_list *figures, const char *rules_version,
                                angka_replace_stats *stats, angka_error *err);

/* The schema version the file is at after open (PRAGMA user_version). */
int angka_store_schema_version(void);

/* ---- versions ------------------------------------------------------------ */

/* One text a location gave: an article, as a version of what the location
 * publishes. Strings live only for the call. */
typedef struct angka_article_version {
	int64_t article_id;
	int version; /* 1 for the first text the location gave */
	const char *content_hash;
	const char *title;         /* or NULL */
	const char *published;     /* or NULL */
	const char *first_seen;    /* when the location first gave this text */
	int64_t superseded_by;     /* the newer version, 0: current */
	const char *superseded_at; /* or NULL */
	int64_t figures;           /* its figures */
	int64_t reviewed;          /* of them, with a review decision */
} angka_article_version;

typedef int (*angka_store_version_fn)(const angka_article_version *version, void *ctx);

/* The versions of what location gave, oldest first. ANGKA_ENOTFOUND when
 * no article was ever stored from it. */
int angka_store_each_version(angka_store *store, const char *location, angka_store_version_fn visit,
                             void *ctx, angka_error *err);

typedef struct angka_forget_stats {
	size_t articles; /* articles removed (no other location had them) */
	size_t kept;     /* articles kept because another location has them too */
	size_t figures;  /* figures removed with their articles */
	size_t reviews;  /* review decisions removed with them */
} angka_forget_stats;

/* Remove location and everything of it, in one transaction: its sources
 * rows, every article read only from it (every version, with its figures
 * and review history), its fetch status and feed items. An article another
 * location also gave stays. An older version whose newer one goes becomes
 * current again. Nothing is left pointing at what went (foreign keys).
 * ANGKA_ENOTFOUND when the store knows nothing of location. stats may be
 * NULL. */
int angka_store_forget(angka_store *store, const char *location, angka_forget_stats *stats,
                       angka_error *err);

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
	int64_t versions;         /* listing only: the texts (articles) it gave */
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

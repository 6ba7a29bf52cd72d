/* angka — reconcile: figures from many articles become facts.
 *
 * Figures with the same region, metric, segment, programme and as_of speak
 * of one fact. Their values corroborate when they agree within the
 * precision each was reported with ("2,8 juta" [2 750 000; 2 850 000) and
 * "2.812.000" agree; "46,2" and "46,17" agree; "46,2" and "46,3" do not);
 * values that do not agree make the fact a conflict. Every value keeps the
 * figures (and so the articles) that state it.
 *
 * This is the one definition of corroborated and conflict: `angka facts`,
 * the report and the exports all take it from angka_reconcile_store.
 */
#ifndef ANGKA_RECONCILE_H
#define ANGKA_RECONCILE_H

#include <stddef.h>

#include <stdint.h>

#include "angka/error.h"
#include "angka/normalize.h"
#include "angka/store.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum angka_fact_status {
	ANGKA_FACT_SINGLE = 0,   /* one value, from one source */
	ANGKA_FACT_CORROBORATED, /* one value, from two sources or more */
	ANGKA_FACT_CONFLICT,     /* values that do not agree */
} angka_fact_status;

/* One value of a fact and the figures that state it. */
typedef struct angka_fact_value {
	double value;     /* as its most precisely reported figure states it */
	double low, high; /* what all its figures agree on: their intervals' intersection */
	bool approx;      /* every figure stating it is approximate */
	size_t *figures;  /* indexes into the reconciled figures, in source order */
	size_t n_figures;
	size_t n_sources; /* distinct sources among them */
} angka_fact_value;

typedef struct angka_fact {
	/* The figure whose region, region_code, metric, segment, unit and as_of
	 * are the fact's (borrowed from the reconciled figures). */
	const angka_figure *key;
	angka_fact_value *values; /* the most-sourced first */
	size_t n_values;
	angka_fact_status status;
} angka_fact;

typedef struct angka_fact_list {
	angka_fact *items;
	size_t n;
} angka_fact_list;

#define ANGKA_FACT_LIST_INIT                                                                       \
	{                                                                                          \
		NULL, 0                                                                            \
	}

/* Group figures[0, n) into facts, sorted by region, metric, segment and
 * as_of. out refers to the figures (they must outlive it) and is freed with
 * angka_fact_list_free. Returns 0 or ANGKA_ENOMEM. */
int angka_reconcile(angka_fact_list *out, const angka_figure *figures, size_t n, angka_error *err);
void angka_fact_list_free(angka_fact_list *facts);

/* "single", "corroborated", "conflict". */
const char *angka_fact_status_name(angka_fact_status status);

/* The facts of a store as its reviewers left it: the figures of the
 * current versions of the articles (superseded versions are out), without
 * the rejected ones, corrected ones with their corrected value (judged
 * with the precision the correction was typed with). */
typedef struct angka_fact_set_index {
	int64_t id;
	size_t index;
} angka_fact_set_index;

typedef struct angka_fact_set {
	angka_figure_list figures;   /* the figures reconciled, owned */
	int64_t *ids;                /* ids[i]: the stored id of figures.items[i] */
	size_t *fact_of;             /* fact_of[i]: the fact of figures.items[i] */
	angka_fact_set_index *by_id; /* (id, index in figures.items), by id */
	angka_fact_list facts;       /* over figures.items */
} angka_fact_set;

int angka_reconcile_store(angka_fact_set *out, angka_store *store, angka_error *err);
/* The same over the figures of one review state: ANGKA_STORE_NOT_REJECTED
 * (what angka_reconcile_store takes) or ANGKA_STORE_CURATED (the accepted
 * and corrected figures only: the facts of the curated dataset); any other
 * filter is ANGKA_EINVAL. */
int angka_reconcile_store_filtered(angka_fact_set *out, angka_store *store,
                                   angka_store_filter filter, angka_error *err);
void angka_fact_set_free(angka_fact_set *set);

/* The fact a stored figure belongs to, and *value_index (may be NULL) the
 * value of it the figure states; NULL when the figure is not among the
 * reconciled ones (rejected, superseded, unknown). */
const angka_fact *angka_fact_set_find(const angka_fact_set *set, int64_t figure_id,
                                      size_t *value_index);

#ifdef __cplusplus
}
#endif
#endif

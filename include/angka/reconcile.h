/* angka — reconcile: figures from many articles become facts.
 *
 * Figures with the same region, metric, segment and as_of speak of one
 * fact. Their values corroborate when they agree within the precision each
 * was reported with ("2,8 juta" [2 750 000; 2 850 000) and "2.812.000"
 * agree; "46,2" and "46,3" do not); values that do not agree make the fact
 * a conflict. Every value keeps the figures (and so the articles) that
 * state it. Reads figures only: run it over angka_store_each_figure.
 */
#ifndef ANGKA_RECONCILE_H
#define ANGKA_RECONCILE_H

#include <stddef.h>

#include "angka/error.h"
#include "angka/normalize.h"

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

#ifdef __cplusplus
}
#endif
#endif

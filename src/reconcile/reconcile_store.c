/* The facts of a store (reconcile.h, angka_reconcile_store): the one set of
 * figures `facts`, the report and the exports reconcile. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "angka/reconcile.h"

typedef struct collect {
	angka_fact_set *set;
	size_t cap_ids;
	angka_error *err;
} collect;

static int collect_figure(const angka_stored_figure *sf, void *ctx)
{
	collect *c = ctx;
	angka_fact_set *set = c->set;
	if (set->figures.n == c->cap_ids) {
		size_t cap = c->cap_ids ? c->cap_ids * 2 : 64;
		int64_t *grown = realloc(set->ids, cap * sizeof *grown);
		if (grown == NULL)
			return angka_error_set(c->err, ANGKA_ENOMEM, "out of memory reconciling");
		set->ids = grown;
		c->cap_ids = cap;
	}
	if (angka_figure_list_push(&set->figures, &sf->figure) != ANGKA_OK)
		return angka_error_set(c->err, ANGKA_ENOMEM, "out of memory reconciling");
	set->ids[set->figures.n - 1] = sf->id;
	if (sf->decision != NULL && strcmp(sf->decision, "correct") == 0) {
		/* What the reviewer typed, with the precision it was typed with. */
		angka_figure *f = &set->figures.items[set->figures.n - 1];
		f->value = sf->corrected_value;
		f->decimals = sf->corrected_decimals;
		f->low = f->high = NAN;
	}
	return ANGKA_OK;
}

static int cmp_by_id(const void *pa, const void *pb)
{
	int64_t a = ((const angka_fact_set_index *)pa)->id;
	int64_t b = ((const angka_fact_set_index *)pb)->id;
	return (a > b) - (a < b);
}

int angka_reconcile_store(angka_fact_set *out, angka_store *store, angka_error *err)
{
	return angka_reconcile_store_filtered(out, store, ANGKA_STORE_NOT_REJECTED, err);
}

int angka_reconcile_store_filtered(angka_fact_set *out, angka_store *store,
                                   angka_store_filter filter, angka_error *err)
{
	collect c = {out, 0, err};
	int ret;
	memset(out, 0, sizeof *out);
	if (filter != ANGKA_STORE_NOT_REJECTED && filter != ANGKA_STORE_CURATED)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "reconcile: only the figures not rejected, or the curated "
		                       "ones, make facts");
	if ((ret = angka_store_each_stored_figure(store, filter, collect_figure, &c, err)) !=
	            ANGKA_OK ||
	    (ret = angka_reconcile(&out->facts, out->figures.items, out->figures.n, err)) !=
	            ANGKA_OK)
		goto cleanup;
	if (out->figures.n > 0 &&
	    (out->fact_of = calloc(out->figures.n, sizeof *out->fact_of)) == NULL) {
		ret = angka_error_set(err, ANGKA_ENOMEM, "out of memory reconciling");
		goto cleanup;
	}
	for (size_t f = 0; f < out->facts.n; f++)
		for (size_t v = 0; v < out->facts.items[f].n_values; v++)
			for (size_t i = 0; i < out->facts.items[f].values[v].n_figures; i++)
				out->fact_of[out->facts.items[f].values[v].figures[i]] = f;
	if (out->figures.n > 0 &&
	    (out->by_id = calloc(out->figures.n, sizeof *out->by_id)) == NULL) {
		ret = angka_error_set(err, ANGKA_ENOMEM, "out of memory reconciling");
		goto cleanup;
	}
	for (size_t i = 0; i < out->figures.n; i++)
		out->by_id[i] = (angka_fact_set_index){out->ids[i], i};
	if (out->figures.n > 0)
		qsort(out->by_id, out->figures.n, sizeof *out->by_id, cmp_by_id);
cleanup:
	if (ret != ANGKA_OK)
		angka_fact_set_free(out);
	return ret;
}

void angka_fact_set_free(angka_fact_set *set)
{
	if (set == NULL)
		return;
	angka_fact_list_free(&set->facts);
	angka_figure_list_free(&set->figures);
	free(set->ids);
	free(set->fact_of);
	free(set->by_id);
	memset(set, 0, sizeof *set);
}

const angka_fact *angka_fact_set_find(const angka_fact_set *set, int64_t figure_id,
                                      size_t *value_index)
{
	if (set == NULL || set->figures.n == 0)
		return NULL;
	size_t lo = 0, hi = set->figures.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (set->by_id[mid].id < figure_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == set->figures.n || set->by_id[lo].id != figure_id)
		return NULL;
	size_t i = set->by_id[lo].index;
	const angka_fact *fact = &set->facts.items[set->fact_of[i]];
	for (size_t v = 0; value_index != NULL && v < fact->n_values; v++)
		for (size_t k = 0; k < fact->values[v].n_figures; k++)
			if (fact->values[v].figures[k] == i)
				*value_index = v;
	return fact;
}

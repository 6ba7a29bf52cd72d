#include "angka/reconcile.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* NULL sorts first; two NULLs are equal. */
static int cmp_str(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

/* The fact a figure speaks of: the domain (two domains may both name a
 * metric coverage_pct); the region by its code when it has one (names vary:
 * "Kalteng", "Kalimantan Tengah"), else by name (groupings, the country);
 * the metric, segment and programme (a JHT benefit and a JKK benefit are two
 * facts); the period. */
static int cmp_key(const angka_figure *a, const angka_figure *b)
{
	int c = cmp_str(a->domain, b->domain);
	if (c == 0)
		c = cmp_str(a->region_code, b->region_code);
	if (c == 0 && a->region_code == NULL)
		c = cmp_str(a->region, b->region);
	if (c == 0)
		c = cmp_str(a->metric, b->metric);
	if (c == 0)
		c = cmp_str(a->segment, b->segment);
	if (c == 0)
		c = cmp_str(a->programme, b->programme);
	if (c == 0)
		c = cmp_str(a->as_of, b->as_of);
	return c;
}

/* Within a fact, older articles first, then text order: the first source
 * of a value is the one that reported it first. */
static int cmp_figure(const void *pa, const void *pb)
{
	const angka_figure *a = *(const angka_figure *const *)pa;
	const angka_figure *b = *(const angka_figure *const *)pb;
	int c = cmp_key(a, b);
	if (c == 0)
		c = cmp_str(a->published, b->published);
	if (c == 0)
		c = cmp_str(a->source, b->source);
	if (c == 0)
		c = (a->start > b->start) - (a->start < b->start);
	if (c == 0)
		c = (a > b) - (a < b); /* stable: the input order */
	return c;
}

/* The interval a figure stands for. Without one (a reviewer's correction,
 * which is typed with a precision but no scale word) it is the value give
 * or take half a unit of its last written decimal, as the audit takes it:
 * "46,17" stands for [46,165; 46,175). */
static void interval_of(const angka_figure *f, double *low, double *high)
{
	if (isnan(f->low) || isnan(f->high)) {
		double half = 0.5 * pow(10.0, -(f->decimals > 0 ? f->decimals : 0));
		*low = f->value - half;
		*high = f->value + half;
		return;
	}
	*low = f->low;
	*high = f->high;
	if (*low > *high) {
		double t = *low;
		*low = *high;
		*high = t;
	}
}

/* Does [low, high) meet the value's interval? Half-open, so "46,2" [46.15,
 * 46.25) and "46,3" [46.25, 46.35) do not; an exact value is a point. */
static bool meets(const angka_fact_value *v, double low, double high)
{
	double lo = fmax(v->low, low), hi = fmin(v->high, high);
	if (lo < hi)
		return true;
	return lo == hi && (low == high || v->low == v->high);
}

static int add_to_value(angka_fact_value *v, size_t index, const angka_figure *f)
{
	size_t *grown = realloc(v->figures, (v->n_figures + 1) * sizeof *grown);
	if (grown == NULL)
		return ANGKA_ENOMEM;
	v->figures = grown;
	v->figures[v->n_figures++] = index;
	double low, high;
	interval_of(f, &low, &high);
	if (v->n_figures == 1) {
		v->value = f->value;
		v->low = low;
		v->high = high;
		v->approx = f->approx;
		return ANGKA_OK;
	}
	/* The most precise statement gives the value. */
	if (high - low < v->high - v->low)
		v->value = f->value;
	v->low = fmax(v->low, low);
	v->high = fmin(v->high, high);
	v->approx = v->approx && f->approx;
	return ANGKA_OK;
}

static size_t count_sources(const angka_fact_value *v, const angka_figure *figures)
{
	size_t n = 0;
	for (size_t i = 0; i < v->n_figures; i++) {
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = cmp_str(figures[v->figures[i]].source,
			               figures[v->figures[j]].source) == 0;
		n += !seen;
	}
	return n;
}

static int cmp_value(const void *pa, const void *pb)
{
	const angka_fact_value *a = pa, *b = pb;
	if (a->n_sources != b->n_sources)
		return a->n_sources < b->n_sources ? 1 : -1;
	return a->figures[0] < b->figures[0] ? -1 : a->figures[0] > b->figures[0];
}

/* Build the fact of sorted[first, last): each figure joins the first value
 * its interval meets, or starts a value of its own. */
static int build_fact(angka_fact *fact, const angka_figure *figures,
                      const angka_figure *const *sorted, size_t first, size_t last)
{
	memset(fact, 0, sizeof *fact);
	fact->key = sorted[first];
	fact->values = calloc(last - first, sizeof *fact->values);
	if (fact->values == NULL)
		return ANGKA_ENOMEM;
	for (size_t i = first; i < last; i++) {
		const angka_figure *f = sorted[i];
		double low, high;
		interval_of(f, &low, &high);
		size_t v = 0;
		while (v < fact->n_values && !meets(&fact->values[v], low, high))
			v++;
		if (v == fact->n_values)
			fact->n_values++;
		if (add_to_value(&fact->values[v], (size_t)(f - figures), f) != ANGKA_OK)
			return ANGKA_ENOMEM;
	}
	for (size_t v = 0; v < fact->n_values; v++)
		fact->values[v].n_sources = count_sources(&fact->values[v], figures);
	qsort(fact->values, fact->n_values, sizeof *fact->values, cmp_value);
	if (fact->n_values > 1)
		fact->status = ANGKA_FACT_CONFLICT;
	else if (fact->values[0].n_sources > 1)
		fact->status = ANGKA_FACT_CORROBORATED;
	else
		fact->status = ANGKA_FACT_SINGLE;
	return ANGKA_OK;
}

int angka_reconcile(angka_fact_list *out, const angka_figure *figures, size_t n, angka_error *err)
{
	int rc = ANGKA_OK;
	const angka_figure **sorted = NULL;
	out->items = NULL;
	out->n = 0;
	if (n == 0)
		return ANGKA_OK;
	sorted = malloc(n * sizeof *sorted);
	out->items = calloc(n, sizeof *out->items);
	if (sorted == NULL || out->items == NULL)
		goto nomem;
	for (size_t i = 0; i < n; i++)
		sorted[i] = &figures[i];
	qsort(sorted, n, sizeof *sorted, cmp_figure);
	for (size_t first = 0; first < n;) {
		size_t last = first + 1;
		while (last < n && cmp_key(sorted[first], sorted[last]) == 0)
			last++;
		rc = build_fact(&out->items[out->n++], figures, sorted, first, last);
		if (rc != ANGKA_OK)
			goto nomem;
		first = last;
	}
	goto cleanup;
nomem:
	angka_fact_list_free(out);
	rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory reconciling %zu figures", n);
cleanup:
	free(sorted);
	return rc;
}

void angka_fact_list_free(angka_fact_list *facts)
{
	if (facts == NULL)
		return;
	for (size_t i = 0; i < facts->n; i++) {
		for (size_t v = 0; v < facts->items[i].n_values; v++)
			free(facts->items[i].values[v].figures);
		free(facts->items[i].values);
	}
	free(facts->items);
	facts->items = NULL;
	facts->n = 0;
}

const char *angka_fact_status_name(angka_fact_status status)
{
	switch (status) {
	case ANGKA_FACT_CORROBORATED: return "corroborated";
	case ANGKA_FACT_CONFLICT: return "conflict";
	case ANGKA_FACT_SINGLE: break;
	}
	return "single";
}

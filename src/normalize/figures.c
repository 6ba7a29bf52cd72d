/* The figures of an article: the list type, and settling what one article
 * stated (restatements merged, working populations named, text order). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "normalize/figures_internal.h"
#include "normalize/normalize_internal.h"
#include "util/buf.h"

void angka_figure_clear(angka_figure *fig)
{
	if (fig == NULL)
		return;
	free(fig->source);
	free(fig->article_title);
	free(fig->published);
	free(fig->region);
	free(fig->region_code);
	free(fig->domain);
	free(fig->metric);
	free(fig->segment);
	free(fig->programme);
	free(fig->unit);
	free(fig->as_of);
	free(fig->text);
	free(fig->sentence);
	free(fig->rule);
	memset(fig, 0, sizeof *fig);
}

static int figure_copy(angka_figure *dst, const angka_figure *src)
{
	*dst = *src;
	dst->source = angka_strdup(src->source);
	dst->article_title = angka_strdup(src->article_title);
	dst->published = angka_strdup(src->published);
	dst->region = angka_strdup(src->region);
	dst->region_code = angka_strdup(src->region_code);
	dst->domain = angka_strdup(src->domain);
	dst->metric = angka_strdup(src->metric);
	dst->segment = angka_strdup(src->segment);
	dst->programme = angka_strdup(src->programme);
	dst->unit = angka_strdup(src->unit);
	dst->as_of = angka_strdup(src->as_of);
	dst->text = angka_strdup(src->text);
	dst->sentence = angka_strdup(src->sentence);
	dst->rule = angka_strdup(src->rule);
	if ((src->source && !dst->source) || (src->article_title && !dst->article_title) ||
	    (src->published && !dst->published) || (src->region && !dst->region) ||
	    (src->region_code && !dst->region_code) || (src->metric && !dst->metric) ||
	    (src->domain && !dst->domain) || (src->segment && !dst->segment) ||
	    (src->programme && !dst->programme) || (src->unit && !dst->unit) ||
	    (src->as_of && !dst->as_of) || (src->text && !dst->text) ||
	    (src->sentence && !dst->sentence) || (src->rule && !dst->rule)) {
		angka_figure_clear(dst);
		return ANGKA_ENOMEM;
	}
	return ANGKA_OK;
}

int angka_figure_list_push(angka_figure_list *list, const angka_figure *fig)
{
	if (list->n == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 16;
		angka_figure *grown = realloc(list->items, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		list->items = grown;
		list->cap = cap;
	}
	int rc = figure_copy(&list->items[list->n], fig);
	if (rc == ANGKA_OK)
		list->n++;
	return rc;
}

void angka_figure_list_free(angka_figure_list *list)
{
	if (list == NULL)
		return;
	for (size_t i = 0; i < list->n; i++)
		angka_figure_clear(&list->items[i]);
	free(list->items);
	list->items = NULL;
	list->n = list->cap = 0;
}

static int ensure_strengths(article_state *st)
{
	if (st->out->n < st->strengths_cap)
		return ANGKA_OK;
	size_t cap = st->strengths_cap ? st->strengths_cap * 2 : 32;
	while (cap <= st->out->n)
		cap *= 2;
	period_strength *grown = realloc(st->strengths, cap * sizeof *grown);
	if (grown == NULL)
		return ANGKA_ENOMEM;
	st->strengths = grown;
	size_t *wholes = realloc(st->wholes, cap * sizeof *wholes);
	if (wholes == NULL)
		return ANGKA_ENOMEM;
	st->wholes = wholes;
	st->strengths_cap = cap;
	return ANGKA_OK;
}

/* *field becomes a copy of value (which may be another figure's; NULL:
 * none, as a grouping's or the country's region_code is). */
int norm_replace_string(char **field, const char *value)
{
	char *copy = value ? angka_strdup(value) : NULL;
	if (value && copy == NULL)
		return ANGKA_ENOMEM;
	free(*field);
	*field = copy;
	return ANGKA_OK;
}

bool norm_same_string(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* Same region, metric and programme. */
static bool same_place_and_measure(const angka_figure *a, const angka_figure *b)
{
	bool same_region = (a->region_code && b->region_code)
	                           ? strcmp(a->region_code, b->region_code) == 0
	                           : norm_same_string(a->region, b->region);
	return same_region && strcmp(a->metric, b->metric) == 0 &&
	       norm_same_string(a->programme, b->programme);
}

/* Same region, metric, segment and programme. */
static bool same_key(const angka_figure *a, const angka_figure *b)
{
	return same_place_and_measure(a, b) && strcmp(a->segment, b->segment) == 0;
}

static bool same_value(const angka_figure *a, const angka_figure *b)
{
	return fabs(a->value - b->value) <= 1e-9 * fmax(1.0, fabs(a->value));
}

static bool same_figure(const angka_figure *a, const angka_figure *b)
{
	return same_key(a, b) && same_value(a, b);
}

/* The end of the run of order[first, n) that same says are like its first
 * (order sorted so that like figures are together). */
size_t norm_run_end(const angka_figure *items, const size_t *order, size_t first, size_t n,
                    bool (*same)(const angka_figure *, const angka_figure *))
{
	size_t last = first + 1;
	while (last < n && same(&items[order[first]], &items[order[last]]))
		last++;
	return last;
}

/* Is vague a restatement of precise at a lower precision ("Rp 394 miliar
 * lebih" of Rp 394.216.185.131,67; "70 persen" of 70,07 persen; a
 * truncated "Rp79,8 miliar" of Rp79.877.988.177)? The analyst keeps the
 * precise statement. */
bool norm_restates_value(const angka_figure *vague, const angka_figure *precise)
{
	double vague_width = vague->high - vague->low, precise_width = precise->high - precise->low;
	return vague_width > 2 * precise_width && precise->value >= vague->low &&
	       precise->value <= vague->high + vague_width / 2;
}

static bool restates(const angka_figure *vague, const angka_figure *precise)
{
	return same_key(vague, precise) && norm_restates_value(vague, precise);
}

/* Add a figure; norm_settle merges it with the article's others. */
int norm_emit(article_state *st, const angka_figure *fig, period_strength strength)
{
	if (ensure_strengths(st) != ANGKA_OK || angka_figure_list_push(st->out, fig) != ANGKA_OK)
		return ANGKA_ENOMEM;
	st->strengths[st->out->n - 1] = strength;
	st->wholes[st->out->n - 1] = st->binding_whole;
	const angka_metric *m = angka_domain_metric(st->norm->dom, fig->metric);
	st->out->items[st->out->n - 1].context = m && (m->roles & ANGKA_METRIC_CONTEXT);
	return ANGKA_OK;
}

/* ---- settling an article's figures -------------------------------------- */

/* How far from a vague figure's value its precise statement is looked for:
 * a restatement is near the figure it restates in value, and an article
 * that states a thousand figures of one place inside one vague one's range
 * is no report. The cap keeps settling O(n log n). */
#define RESTATEMENT_WINDOW 64

const char *norm_region_key(const angka_figure *fig)
{
	return fig->region_code ? fig->region_code : (fig->region ? fig->region : "");
}

int norm_compare_text(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

enum { BY_METRIC = 1, BY_SEGMENT = 2 };

/* Key (region, metric, segment, the two as `by` says, programme), then
 * value, then the order the figures were stated in. */
static int compare_figures(const angka_figure *items, size_t a, size_t b, int by)
{
	const angka_figure *x = &items[a], *y = &items[b];
	int c = norm_compare_text(norm_region_key(x), norm_region_key(y));
	if (c == 0 && (by & BY_METRIC))
		c = norm_compare_text(x->metric, y->metric);
	if (c == 0 && (by & BY_SEGMENT))
		c = norm_compare_text(x->segment, y->segment);
	if (c == 0)
		c = norm_compare_text(x->programme, y->programme);
	if (c == 0 && x->value != y->value)
		c = x->value < y->value ? -1 : 1;
	if (c == 0 && a != b)
		c = a < b ? -1 : 1;
	return c;
}

/* A stable merge sort of n indices by less(ctx, a, b), in merged (room for
 * n): O(n log n) however the figures came. */
static void sort_indices(size_t *order, size_t *merged, size_t n,
                         bool (*less)(const void *, size_t, size_t), const void *ctx)
{
	for (size_t width = 1; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n;
			size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
			size_t a = lo, b = mid, k = lo;
			while (a < mid && b < hi)
				merged[k++] =
				        less(ctx, order[b], order[a]) ? order[b++] : order[a++];
			while (a < mid)
				merged[k++] = order[a++];
			while (b < hi)
				merged[k++] = order[b++];
		}
		memcpy(order, merged, n * sizeof *order);
	}
}

static bool key_before(const void *ctx, size_t a, size_t b)
{
	return compare_figures(ctx, a, b, BY_METRIC | BY_SEGMENT) < 0;
}

static bool measure_before(const void *ctx, size_t a, size_t b)
{
	return compare_figures(ctx, a, b, BY_METRIC) < 0;
}

static bool place_before(const void *ctx, size_t a, size_t b)
{
	return compare_figures(ctx, a, b, 0) < 0;
}

static bool group_before(const void *ctx, size_t a, size_t b)
{
	return compare_figures(ctx, a, b, BY_SEGMENT) < 0;
}

/* Same metric, segment and value, whatever the place or programme. */
static bool same_measured_value(const angka_figure *a, const angka_figure *b)
{
	return strcmp(a->metric, b->metric) == 0 && strcmp(a->segment, b->segment) == 0 &&
	       same_value(a, b);
}

/* The figures of one metric, segment and value, whatever their place or
 * programme, in the order they were stated. */
static bool value_before(const void *ctx, size_t a, size_t b)
{
	const angka_figure *items = ctx, *x = &items[a], *y = &items[b];
	int c = norm_compare_text(x->metric, y->metric);
	if (c == 0)
		c = norm_compare_text(x->segment, y->segment);
	if (c == 0 && x->value != y->value)
		c = x->value < y->value ? -1 : 1;
	return c != 0 ? c < 0 : a < b;
}

/* Does the place of a hold the place of b: the country any region, a
 * grouping ("Kalimantan", no code of its own) any coded place, a province
 * its regencies and cities ("92" holds "92.02")? */
static bool holds_place(const angka_figure *a, const angka_figure *b)
{
	if (a->region == NULL || b->region == NULL || norm_same_string(a->region, b->region))
		return false;
	if (strcmp(a->region, "Indonesia") == 0)
		return strcmp(b->region, "Indonesia") != 0;
	if (a->region_code == NULL)
		return b->region_code != NULL;
	size_t n = strlen(a->region_code);
	return b->region_code && strncmp(a->region_code, b->region_code, n) == 0 &&
	       b->region_code[n] == '.';
}

/* One value of a measure speaks of one place in an article: where the same
 * figure came out for a place and for a place inside it ("Rp123.225.817.215"
 * for Papua Barat, and again for Kabupaten Manokwari where a later sentence
 * names the regency), it is the wider place's, stated again. (The analysts'
 * annotations never give one value of a measure to two places of an
 * article.) Runs longer than RELATED_MAX are left alone. order: sorted by
 * value_before. */
static void one_place_per_value(const angka_figure *items, const size_t *order, size_t n,
                                bool *dead, size_t *wider)
{
	for (size_t first = 0, last; first < n; first = last) {
		last = norm_run_end(items, order, first, n, same_measured_value);
		if (last - first < 2 || last - first > RELATED_MAX)
			continue;
		for (size_t i = first; i < last; i++)
			for (size_t j = first; j < last; j++)
				if (i != j && !dead[order[i]] && !dead[order[j]] &&
				    holds_place(&items[order[i]], &items[order[j]])) {
					dead[order[j]] = true;
					wider[order[j]] = order[i];
				}
	}
}

/* "Cabang Manokwari, Papua Barat ... klaim Rp123.225.817.215" ... "klaim JHT
 * Rp106.629.718.350" ... "di wilayah Papua Barat ... Rp123.225.817.215": a
 * part is of its whole's place, also where the whole turns out to be a
 * wider place's. to[w]: the figure whose place whole w takes, or SIZE_MAX;
 * a part still of w's place (and taking no place of its own, nor dead when
 * dead is given) takes it too. wholes: article-relative, global indices. */
static int move_parts(angka_figure *items, const size_t *wholes, size_t first, size_t n,
                      const bool *dead, const size_t *to)
{
	for (size_t k = 0; k < n; k++) {
		if ((dead && dead[k]) || to[k] != SIZE_MAX || wholes[k] < first ||
		    wholes[k] - first >= n)
			continue;
		size_t w = wholes[k] - first;
		if (w == k || to[w] == SIZE_MAX ||
		    !norm_same_string(items[k].region, items[w].region))
			continue;
		const angka_figure *place = &items[to[w]];
		if (norm_replace_string(&items[k].region, place->region) != ANGKA_OK ||
		    norm_replace_string(&items[k].region_code, place->region_code) != ANGKA_OK)
			return ANGKA_ENOMEM;
	}
	return ANGKA_OK;
}

/* "Nilai klaim ... kepada pekerja di Papua Barat ... menembus Rp123
 * miliar" then "Kantor Cabang ... Manokwari mencatat total pembayaran
 * Rp123.225.817.215": the precise statement of a figure a wider place was
 * given more roundly is that place's, stated again (guideline 3 keeps the
 * precise one; merge_restatements then takes the round one into it), and so
 * are the parts taken of it. wholes: article-relative, global indices.
 * order: sorted by value_before; each figure looks at RELATED_MAX
 * neighbours on either side. */
static int widen_restatements(angka_figure *items, const size_t *order, size_t n, const bool *dead,
                              const size_t *wholes, size_t first, size_t total)
{
	/* to[x]: the wider figure whose place figure x takes, or SIZE_MAX;
	 * found first, then the parts and the wholes move, so that each part
	 * is looked at once. */
	size_t *to = malloc((total ? total : 1) * sizeof *to);
	if (to == NULL)
		return ANGKA_ENOMEM;
	for (size_t k = 0; k < total; k++)
		to[k] = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		const angka_figure *vague = &items[order[i]];
		if (dead[order[i]])
			continue;
		size_t from = i > RELATED_MAX ? i - RELATED_MAX : 0;
		for (size_t j = from; j < n && j <= i + RELATED_MAX; j++) {
			const angka_figure *precise = &items[order[j]];
			/* Counts and sums only: a percentage near another place's is
			 * common ("di kisaran 41 persen" nationally, 41,2 for one
			 * province). */
			if (j != i && !dead[order[j]] && to[order[j]] == SIZE_MAX &&
			    strcmp(vague->metric, precise->metric) == 0 &&
			    strcmp(vague->segment, precise->segment) == 0 &&
			    norm_compare_text(vague->unit, "percent") != 0 &&
			    norm_same_string(vague->as_of, precise->as_of) &&
			    holds_place(vague, precise) && norm_restates_value(vague, precise))
				to[order[j]] = order[i];
		}
	}
	int rc = move_parts(items, wholes, first, total, NULL, to);
	for (size_t k = 0; k < total && rc == ANGKA_OK; k++) {
		if (to[k] == SIZE_MAX)
			continue;
		rc = norm_replace_string(&items[k].region, items[to[k]].region);
		if (rc == ANGKA_OK)
			rc = norm_replace_string(&items[k].region_code, items[to[k]].region_code);
	}
	free(to);
	return rc;
}

/* Same place, metric, segment and value, whatever the programme. */
static bool same_valued_measure(const angka_figure *a, const angka_figure *b)
{
	return norm_compare_text(norm_region_key(a), norm_region_key(b)) == 0 &&
	       strcmp(a->metric, b->metric) == 0 && strcmp(a->segment, b->segment) == 0 &&
	       same_value(a, b);
}

static bool valued_measure_before(const void *ctx, size_t a, size_t b)
{
	const angka_figure *items = ctx, *x = &items[a], *y = &items[b];
	int c = norm_compare_text(norm_region_key(x), norm_region_key(y));
	if (c == 0)
		c = norm_compare_text(x->metric, y->metric);
	if (c == 0)
		c = norm_compare_text(x->segment, y->segment);
	if (c == 0 && x->value != y->value)
		c = x->value < y->value ? -1 : 1;
	return c != 0 ? c < 0 : a < b;
}

/* "Klaim Kecelakaan Kerja ... Melonjak, BPJS Ketenagakerjaan Bayar Rp38,7
 * Miliar" over "... kasus JKK ... dengan total pembayaran Rp38,7 miliar": a
 * value said of a programme and again without one is that programme's,
 * stated again (two programmes of one value are two figures). order:
 * sorted by valued_measure_before. */
static void one_programme_per_value(const angka_figure *items, const size_t *order, size_t n,
                                    bool *dead)
{
	for (size_t first = 0, last; first < n; first = last) {
		last = norm_run_end(items, order, first, n, same_valued_measure);
		bool named = false;
		for (size_t k = first; k < last; k++)
			named |= !dead[order[k]] && items[order[k]].programme != NULL;
		for (size_t k = first; k < last && named; k++)
			if (items[order[k]].programme == NULL)
				dead[order[k]] = true;
	}
}

/* Same place, segment, unit and value, whatever the metric. */
static bool same_placed_value(const angka_figure *a, const angka_figure *b)
{
	return norm_compare_text(norm_region_key(a), norm_region_key(b)) == 0 &&
	       strcmp(a->segment, b->segment) == 0 && norm_compare_text(a->unit, b->unit) == 0 &&
	       same_value(a, b);
}

/* The figures of one place, segment, unit and value, whatever their
 * metric, in the order they were stated. */
static bool stated_before(const void *ctx, size_t a, size_t b)
{
	const angka_figure *items = ctx, *x = &items[a], *y = &items[b];
	int c = norm_compare_text(norm_region_key(x), norm_region_key(y));
	if (c == 0)
		c = norm_compare_text(x->segment, y->segment);
	if (c == 0)
		c = norm_compare_text(x->unit, y->unit);
	if (c == 0 && x->value != y->value)
		c = x->value < y->value ? -1 : 1;
	if (c == 0 && x->start != y->start)
		c = x->start < y->start ? -1 : 1;
	return c != 0 ? c < 0 : a < b;
}

/* One value of a place and segment is one measure in an article: stated
 * again with other words around it ("1 juta pekerja informal" as workers,
 * then "coverage pekerja ... 1 juta pekerja informal"), it is what it was
 * first stated as; except that a labour force a ratio is then computed on
 * is that ratio's base ("jumlah angkatan kerja ... 2.614.300 orang", then
 * "Dari 2.614.300 angkatan kerja itu, ... baru 734.618": annotation
 * guideline 5), whichever is said first (metrics.tsv `larger`). (The
 * analysts' annotations never give one value of a place and segment two
 * metrics.) order: sorted by stated_before. */
static void one_metric_per_value(const angka_normalizer *norm, const angka_figure *items,
                                 const size_t *order, size_t n, bool *dead)
{
	for (size_t first = 0, last; first < n; first = last) {
		last = norm_run_end(items, order, first, n, same_placed_value);
		long kept = -1;
		for (size_t k = first; k < last; k++) {
			if (dead[order[k]])
				continue;
			const angka_metric *m =
			        angka_domain_metric(norm->dom, items[order[k]].metric);
			if (kept < 0 ||
			    (m && m->larger && strcmp(items[order[kept]].metric, m->larger) == 0)) {
				if (kept >= 0)
					dead[order[kept]] = true;
				kept = (long)k;
			} else if (strcmp(items[order[k]].metric, items[order[kept]].metric) != 0) {
				dead[order[k]] = true;
			}
		}
	}
}

/* Vague restates precise: if only one of them names a segment, the other
 * takes it. */
static int share_segment(angka_figure *vague, angka_figure *precise, const char *all)
{
	bool vague_all = strcmp(vague->segment, all) == 0,
	     precise_all = strcmp(precise->segment, all) == 0;
	if (vague_all == precise_all)
		return ANGKA_OK;
	angka_figure *general = vague_all ? vague : precise;
	return norm_replace_string(&general->segment,
	                           vague_all ? precise->segment : vague->segment);
}

/* "Kepesertaan Pekerja Informal ... Capai 20 Ribu" in the title, "jumlah
 * peserta mencapai 20.150 orang" in the body: a restatement, at a lower
 * precision or the same, that names a segment where the other names none
 * speaks of the same figure, so both are of the segment named. order[0, n): the figures
 * sorted by measure_before, so the precise ones near a vague one in value
 * are its neighbours (within RESTATEMENT_WINDOW either side). */
static int share_segments(const angka_normalizer *norm, angka_figure *items, const size_t *order,
                          size_t n)
{
	const char *all = angka_domain_segment(norm->dom, "all");
	if (all == NULL)
		all = "all";
	for (size_t k = 0; k < n; k++) {
		angka_figure *vague = &items[order[k]];
		size_t from = k > RESTATEMENT_WINDOW ? k - RESTATEMENT_WINDOW : 0;
		size_t to = n - k > RESTATEMENT_WINDOW ? k + RESTATEMENT_WINDOW : n;
		/* "menembus angka satu juta" restates 1.004.231 peserta, not the
		 * 702.915 of them who are PU: the nearest in value it restates. */
		angka_figure *nearest = NULL;
		for (size_t p = from; p < to; p++) {
			angka_figure *precise = &items[order[p]];
			if (p == k || !same_place_and_measure(vague, precise) ||
			    !(same_value(vague, precise) || norm_restates_value(vague, precise)))
				continue;
			/* "sudah dua juta lebih" of the PU beside 2,94 juta of
			 * everyone: a restatement is near what it restates, as
			 * "menembus satu juta" is near 1.004.231. */
			if (fabs(precise->value - vague->value) > 0.1 * vague->value)
				continue;
			if (nearest == NULL || fabs(precise->value - vague->value) <
			                               fabs(nearest->value - vague->value))
				nearest = precise;
		}
		if (nearest && share_segment(vague, nearest, all) != ANGKA_OK)
			return ANGKA_ENOMEM;
	}
	return ANGKA_OK;
}

static bool text_before(const void *ctx, size_t a, size_t b)
{
	const angka_figure *items = ctx;
	return items[a].start < items[b].start;
}

/* "Capai 47,86 Juta Sepanjang 2025" in the title, "pada akhir Desember
 * 2025 sebanyak 47,86 juta" in the body: of a count (not a flow, which is
 * the year's), a period stated to the month says when better than its
 * year. Is a's as_of b's made finer? */
static bool finer(const angka_figure *a, const angka_figure *b, bool flow)
{
	if (flow || a->as_of == NULL || b->as_of == NULL)
		return false;
	size_t la = strlen(a->as_of), lb = strlen(b->as_of);
	return la > lb && strncmp(a->as_of, b->as_of, lb) == 0;
}

/* In one key's figures, sorted by value (group[0, n)): the same figure
 * stated again keeps the statement with the best-supported period (the
 * first of those); a restatement at a lower precision gives way to the
 * precise one. */
static void merge_restatements(const angka_figure *items, const period_strength *strengths,
                               const size_t *group, size_t n, bool *dead, bool flow)
{
	for (size_t first = 0, last; first < n; first = last) {
		last = norm_run_end(items, group, first, n, same_figure);
		size_t best = group[first];
		for (size_t k = first + 1; k < last; k++) {
			size_t i = group[k];
			if (strengths[i] > strengths[best] ||
			    (strengths[i] == strengths[best] &&
			     (finer(&items[i], &items[best], flow) ||
			      (i < best && !finer(&items[best], &items[i], flow)))))
				best = i;
		}
		for (size_t k = first; k < last; k++)
			dead[group[k]] = group[k] != best;
	}
	for (size_t k = 0; k < n; k++) {
		const angka_figure *vague = &items[group[k]];
		if (dead[group[k]] || vague->high <= vague->low)
			continue;
		/* The first figure whose value may be the precise one's. */
		size_t lo = 0, hi = n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (items[group[mid]].value < vague->low)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (size_t p = lo; p < n && p < lo + RESTATEMENT_WINDOW; p++) {
			const angka_figure *precise = &items[group[p]];
			if (precise->value > vague->high + (vague->high - vague->low) / 2)
				break;
			/* not one merged into it above ("31,2 persen" in the lead and
			 * "31,20%" in the table are one figure, kept once) */
			if (p != k && !dead[group[p]] && restates(vague, precise)) {
				dead[group[k]] = true;
				break;
			}
		}
	}
}

/* Two counts of the workers of one place and segment: the base of the
 * coverage is the smaller (those the scheme is for: "sebanyak 1.009.250
 * pekerja berhak"), the larger is the working population it is drawn from
 * ("dari 2,8 juta penduduk pekerja"). The annotation guidelines read it so:
 * a labour-force figure that is not the stated base is working_population.
 * group[0, n): one key's figures sorted by value. */
static int name_larger(const angka_normalizer *norm, angka_figure *items, const size_t *group,
                       size_t n, const bool *dead)
{
	bool smallest = true;
	for (size_t k = 0; k < n; k++) {
		angka_figure *fig = &items[group[k]];
		const angka_metric *m = angka_domain_metric(norm->dom, fig->metric);
		if (dead[group[k]] || m == NULL || m->larger == NULL)
			continue;
		if (smallest) {
			smallest = false;
			continue;
		}
		/* "2022 | ... | 5.302.118", "2024 | ... | 5.460.905": one base
		 * stated for several periods grows by a few percent, not to the
		 * workforce it is drawn from. */
		if (fig->value <= 1.1 * items[group[0]].value &&
		    !norm_same_string(fig->as_of, items[group[0]].as_of))
			continue;
		if (fig->value <= items[group[0]].value)
			continue;
		if (norm_replace_string(&fig->metric, m->larger) != ANGKA_OK)
			return ANGKA_ENOMEM;
	}
	return ANGKA_OK;
}

/* "52 juta yang terdaftar ... baru 32 juta yang aktif": where an active
 * count is stated for a place, segment and period, a larger count of the
 * same metric that another rule states is the registered total (active and
 * non-active accounts), which the annotation guidelines keep out of the
 * dataset: a context figure of the metric's registered total when it has
 * one (set aside, as every context figure is), else no figure.
 * group[0, n): one key's figures, sorted by value, so the actives seen so
 * far are the smaller ones; their periods are few (at most ACTIVE_PERIODS
 * are kept, so that the pass stays linear). */
#define ACTIVE_PERIODS 8

/* Do two as_of name one period: the same, a month and a day in it, or a
 * year's end and its December ("Hingga akhir 2024", "Desember 2024")? */
static bool one_period(const char *a, const char *b)
{
	if (norm_same_string(a, b))
		return true;
	if (a == NULL || b == NULL)
		return false;
	if (strlen(a) > strlen(b)) {
		const char *t = a;
		a = b;
		b = t;
	}
	size_t la = strlen(a);
	if (strncmp(a, b, la) != 0 || b[la] != '-')
		return false;
	return la == 7 || (la == 4 && strncmp(b + 5, "12", 2) == 0);
}
static int drop_registered(const angka_normalizer *norm, angka_figure *items, const size_t *group,
                           size_t n, bool *dead)
{
	const angka_metric *m = n ? angka_domain_metric(norm->dom, items[group[0]].metric) : NULL;
	if (m == NULL || m->active_rule == NULL)
		return ANGKA_OK;
	const char *total = m->registered;
	const angka_figure *actives[ACTIVE_PERIODS];
	size_t n_actives = 0;
	for (size_t k = 0; k < n; k++) {
		angka_figure *fig = &items[group[k]];
		if (dead[group[k]])
			continue;
		if (strcmp(fig->rule, m->active_rule) == 0) {
			bool known = false;
			for (size_t a = 0; a < n_actives && !known; a++)
				known = norm_same_string(actives[a]->as_of, fig->as_of);
			if (!known && n_actives < ACTIVE_PERIODS)
				actives[n_actives++] = fig;
			continue;
		}
		for (size_t a = 0; a < n_actives && !dead[group[k]]; a++) {
			if (fig->value <= actives[a]->value ||
			    !one_period(fig->as_of, actives[a]->as_of))
				continue;
			dead[group[k]] = true;
			if (total == NULL)
				continue;
			if (norm_replace_string(&fig->metric, total) != ANGKA_OK)
				return ANGKA_ENOMEM;
			fig->context = true;
		}
	}
	return ANGKA_OK;
}

/* "terdapat 61,08 juta orang ..., naik 10,29 persen dari 55,38 juta orang
 * pada Desember 2022": the level a change is from is what the level it goes
 * to is. Where that one is a registered total (drop_registered), so is the
 * earlier count of its metric in the change's sentence ("Total peserta
 * terdaftar naik sekitar 10,29 persen dibanding Desember 2022 yang
 * berjumlah 55,38 juta orang", the level it went to said before). Linear: a
 * change's levels are the few figures next to it. */
#define CHANGE_WINDOW 4
/* The metric a change is read as (metrics.tsv `growth`), or NULL. */
static const char *change_metric(const angka_domain *dom)
{
	for (size_t k = 0; k < angka_domain_relation_count(dom); k++) {
		const angka_relation *r = angka_domain_relation_at(dom, k);
		if (r->kind == ANGKA_RELATION_GROWTH)
			return r->result;
	}
	return NULL;
}

static int earlier_levels_too(const angka_normalizer *norm, angka_figure *items, size_t n,
                              const bool *dead)
{
	const char *change = change_metric(norm->dom);
	for (size_t g = 0; g < n && change; g++) {
		if (strcmp(items[g].metric, change) != 0)
			continue;
		size_t from = g > CHANGE_WINDOW ? g - CHANGE_WINDOW : 0;
		size_t to = n - g > CHANGE_WINDOW ? g + CHANGE_WINDOW + 1 : n;
		for (size_t r = from; r < to; r++) {
			const angka_metric *rm =
			        r != g && items[r].context
			                ? angka_domain_metric(norm->dom, items[r].metric)
			                : NULL;
			for (size_t e = from; e < to && rm && items[r].as_of; e++) {
				if (dead[e] || items[e].context || items[e].as_of == NULL ||
				    strcmp(items[e].as_of, items[r].as_of) >= 0 ||
				    !norm_same_string(items[e].sentence, items[g].sentence) ||
				    !norm_same_string(items[e].region, items[r].region))
					continue;
				const angka_metric *em =
				        angka_domain_metric(norm->dom, items[e].metric);
				if (em == NULL || em->registered == NULL ||
				    strcmp(em->registered, rm->name) != 0 ||
				    (em->active_rule &&
				     strcmp(items[e].rule, em->active_rule) == 0))
					continue;
				if (norm_replace_string(&items[e].metric, rm->name) != ANGKA_OK)
					return ANGKA_ENOMEM;
				items[e].context = true;
			}
		}
	}
	return ANGKA_OK;
}

int norm_settle(article_state *st)
{
	size_t n = st->out->n - st->first_figure;
	if (n == 0)
		return ANGKA_OK; /* and out->items may be NULL */
	angka_figure *items = st->out->items + st->first_figure;
	period_strength *strengths = st->strengths + st->first_figure;
	int rc = ANGKA_ENOMEM;
	size_t *order = malloc(n * sizeof *order), *scratch = malloc(n * sizeof *scratch);
	bool *dead = calloc(n, sizeof *dead);
	size_t *wider = malloc(n * sizeof *wider);
	angka_figure *sorted = malloc(n * sizeof *sorted);
	period_strength *sorted_strengths = malloc(n * sizeof *sorted_strengths);
	if (order == NULL || scratch == NULL || dead == NULL || wider == NULL || sorted == NULL ||
	    sorted_strengths == NULL)
		goto cleanup;
	for (size_t i = 0; i < n; i++)
		wider[i] = SIZE_MAX;
	/* Context figures stand aside: what the dataset's figures are is
	 * settled among them alone, as if the context were never read. */
	size_t total = n;
	n = 0;
	for (size_t i = 0; i < total; i++)
		if (items[i].context)
			dead[i] = true;
		else
			order[n++] = i;
	sort_indices(order, scratch, n, measure_before, items);
	if (share_segments(st->norm, items, order, n) != ANGKA_OK)
		goto cleanup;
	/* Before the registered totals go: a whole read as a part is larger. */
	sort_indices(order, scratch, n, group_before, items);
	if (norm_read_relations(st->norm, items, order, n, dead) != ANGKA_OK)
		goto cleanup;
	sort_indices(order, scratch, n, value_before, items);
	if (widen_restatements(items, order, n, dead, st->wholes + st->first_figure,
	                       st->first_figure, total) != ANGKA_OK)
		goto cleanup;
	sort_indices(order, scratch, n, key_before, items);
	for (size_t first = 0, last; first < n; first = last) {
		last = norm_run_end(items, order, first, n, same_key);
		merge_restatements(items, strengths, order + first, last - first, dead,
		                   norm_is_flow(st->norm, items[order[first]].metric));
		if (drop_registered(st->norm, items, order + first, last - first, dead) != ANGKA_OK)
			goto cleanup;
		if (name_larger(st->norm, items, order + first, last - first, dead) != ANGKA_OK)
			goto cleanup;
	}
	if (earlier_levels_too(st->norm, items, total, dead) != ANGKA_OK)
		goto cleanup;
	/* Shares: of everyone, and of the registered totals set aside just now. */
	sort_indices(order, scratch, n, place_before, items);
	if (norm_read_shares(st->norm, items, order, n, dead) != ANGKA_OK)
		goto cleanup;
	sort_indices(order, scratch, n, valued_measure_before, items);
	one_programme_per_value(items, order, n, dead);
	sort_indices(order, scratch, n, value_before, items);
	one_place_per_value(items, order, n, dead, wider);
	if (move_parts(items, st->wholes + st->first_figure, st->first_figure, total, dead,
	               wider) != ANGKA_OK)
		goto cleanup;
	sort_indices(order, scratch, n, stated_before, items);
	one_metric_per_value(st->norm, items, order, n, dead);
	sort_indices(order, scratch, n, group_before, items);
	if (norm_promote_bases(st->norm, items, order, n, dead) != ANGKA_OK)
		goto cleanup;
	/* The survivors and the context figures in text order (as the store
	 * gives them back); figures
	 * of one span (one value for a list of regions) in the order they were
	 * made. */
	size_t kept = 0;
	for (size_t i = 0; i < total; i++)
		if (dead[i] && !items[i].context)
			angka_figure_clear(&items[i]);
		else
			order[kept++] = i;
	sort_indices(order, scratch, kept, text_before, items);
	for (size_t k = 0; k < kept; k++) {
		sorted[k] = items[order[k]];
		sorted_strengths[k] = strengths[order[k]];
	}
	memcpy(items, sorted, kept * sizeof *items);
	memcpy(strengths, sorted_strengths, kept * sizeof *strengths);
	st->out->n = st->first_figure + kept;
	rc = ANGKA_OK;
cleanup:
	free(order);
	free(scratch);
	free(dead);
	free(wider);
	free(sorted);
	free(sorted_strengths);
	return rc;
}

/* Relations between an article's figures that the domain declares
 * (metrics.tsv `larger`, `ratio`, `sum`): what a figure's metric is, read
 * from the others of its place and segment (annotation guideline 5). A
 * pass of norm_settle (figures.c). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "angka/audit.h"
#include "normalize/figures_internal.h"
#include "normalize/normalize_internal.h"

/* The metric whose larger figure is `larger` (metrics.tsv `larger`) and
 * the percentage a ratio takes out of it, or NULL. */
static const angka_metric *base_of_larger(const angka_domain *dom, const char *larger,
                                          const char **pct, const char **part)
{
	for (size_t i = 0; i < angka_domain_metric_count(dom); i++) {
		const angka_metric *m = angka_domain_metric_at(dom, i);
		if (m->larger == NULL || strcmp(m->larger, larger) != 0)
			continue;
		for (size_t r = 0; r < angka_domain_relation_count(dom); r++) {
			const angka_relation *rel = angka_domain_relation_at(dom, r);
			if (rel->kind == ANGKA_RELATION_RATIO && strcmp(rel->b, m->name) == 0) {
				*pct = rel->result;
				*part = rel->a;
				return m;
			}
		}
	}
	return NULL;
}

/* One group: the figures of one place, segment and programme. */
static bool same_group(const angka_figure *a, const angka_figure *b)
{
	return norm_compare_text(norm_region_key(a), norm_region_key(b)) == 0 &&
	       strcmp(a->segment, b->segment) == 0 && norm_same_string(a->programme, b->programme);
}

/* Does the relation hold for x and y and z (ratio: pct x, part y, whole z;
 * sum: whole x, parts y and z)? */
static bool holds(const angka_relation *rel, const angka_figure *x, const angka_figure *y,
                  const angka_figure *z)
{
	return rel->kind == ANGKA_RELATION_RATIO ? angka_audit_ratio_holds(x, y, z)
	                                         : angka_audit_sum_holds(x, y, z);
}

/* The live figures of group order[first, last) of metric (and, with
 * context, those set aside as context: a registered total is not merged
 * away), at most RELATED_MAX (else 0: too many to read). */
static size_t of_metric(angka_figure **out, angka_figure *items, const size_t *order, size_t first,
                        size_t last, const bool *dead, const char *metric, bool context)
{
	size_t n = 0;
	for (size_t k = first; k < last; k++) {
		const angka_figure *f = &items[order[k]];
		if ((dead[order[k]] && !(context && f->context)) || strcmp(f->metric, metric) != 0)
			continue;
		if (n == RELATED_MAX)
			return 0;
		out[n++] = &items[order[k]];
	}
	return n;
}

/* The whole of a relation stated as the larger figure it is drawn from
 * (metrics.tsv `larger`: the labour force for the eligible workers) is
 * that whole when the arithmetic says so (annotation guideline 5: "angkatan
 * kerja when the percentage is computed on it"): a ratio's part over it
 * gives a percentage the article states, or a sum's two parts make it up,
 * and no figure stated as the whole does so already. */
static int read_larger(const angka_domain *dom, const angka_relation *rel, angka_figure *items,
                       const size_t *order, size_t first, size_t last, const bool *dead,
                       angka_figure *const *parts, size_t n_parts, angka_figure *const *results,
                       size_t n_results, angka_figure *const *stated, size_t n_stated)
{
	bool ratio = rel->kind == ANGKA_RELATION_RATIO;
	const char *whole = ratio ? rel->b : rel->result;
	const angka_metric *m = angka_domain_metric(dom, whole);
	angka_figure *larger[RELATED_MAX];
	size_t n_larger = m && m->larger ? of_metric(larger, items, order, first, last, dead,
	                                             m->larger, false)
	                                 : 0;
	/* ratio: results are percentages, stated are wholes; sum: results are
	 * wholes, stated are the other parts */
	for (size_t l = 0; l < n_larger; l++) {
		bool is_whole = false;
		for (size_t a = 0; a < n_parts && !is_whole; a++) {
			for (size_t k = 0; k < (ratio ? n_results : n_stated) && !is_whole; k++) {
				if (!(ratio ? holds(rel, results[k], parts[a], larger[l])
				            : holds(rel, larger[l], parts[a], stated[k])))
					continue;
				bool known = false;
				/* ("Dari sekitar 140 ribu pekerja informal" after the
				 * table's 140.885 states no other whole: it says the
				 * larger again.) */
				for (size_t w = 0; w < (ratio ? n_stated : n_results) && !known;
				     w++)
					known = ratio ? holds(rel, results[k], parts[a],
					                      stated[w]) &&
					                        !norm_restates_value(stated[w],
					                                             larger[l])
					              : holds(rel, results[w], parts[a], stated[k]);
				is_whole = !known;
			}
		}
		if (is_whole && norm_replace_string(&larger[l]->metric, whole) != ANGKA_OK)
			return ANGKA_ENOMEM;
	}
	return ANGKA_OK;
}

/* Is a count said of members ("61,08 juta peserta"), not of workers? */
static bool counts_members(const angka_figure *f)
{
	const char *at = f->sentence && f->text ? strstr(f->sentence, f->text) : NULL;
	if (at == NULL)
		return false;
	at += strlen(f->text);
	while (*at == ' ')
		at++;
	return strncasecmp(at, "peserta", 7) == 0;
}

/* Counts read as a relation's part that the article's own arithmetic says
 * are something else (metrics.tsv `ratio` and `sum`): of two counts of the
 * part for one place and segment, one is
 * - the ratio's whole, the larger, when the smaller over it gives a
 *   percentage the article states there: "45,21 juta peserta ... Dengan
 *   jumlah pekerja sebanyak 144,6 juta orang, cakupan kepesertaan baru
 *   sekitar 31,3 persen" (the count took "cakupan" for its cue);
 * - the sum's other part when with the other it makes up a whole the
 *   article states: "187.650 peserta ... dari total pekerja sebanyak 815.000
 *   orang. Masih ada 627 ribu pekerja yang harus kita lindungi" (which of
 *   two parts is the rest, the numbers cannot say: the rest is the one said
 *   after, as "masih ada" says it);
 * each within the precision the three were written with, and only when no
 * figure stated as what it would become holds already. */
int norm_read_relations(const angka_normalizer *norm, angka_figure *items, const size_t *order,
                        size_t n, const bool *dead)
{
	const angka_domain *dom = norm->dom;
	angka_figure *parts[RELATED_MAX], *results[RELATED_MAX], *stated[RELATED_MAX];
	for (size_t first = 0, last; first < n; first = last) {
		last = norm_run_end(items, order, first, n, same_group);
		for (size_t r = 0; r < angka_domain_relation_count(dom); r++) {
			const angka_relation *rel = angka_domain_relation_at(dom, r);
			/* What a count would become by arithmetic alone must be a
			 * figure: "25.000 pekerja ... 15.000 nelayan ... target
			 * 40.000" does not make the 15.000 what is still to add. */
			if (rel->kind == ANGKA_RELATION_COMPLEMENT ||
			    rel->kind == ANGKA_RELATION_GROWTH)
				continue;
			const angka_metric *becomes_m = angka_domain_metric(dom, rel->b);
			if (becomes_m && (becomes_m->roles & ANGKA_METRIC_CONTEXT))
				continue;
			/* ratio: result = a / b; sum: result = a + b */
			bool ratio = rel->kind == ANGKA_RELATION_RATIO;
			size_t n_parts =
			        of_metric(parts, items, order, first, last, dead, rel->a, false);
			size_t n_results = of_metric(results, items, order, first, last, dead,
			                             rel->result, false);
			size_t n_stated =
			        of_metric(stated, items, order, first, last, dead, rel->b, false);
			bool becomes[RELATED_MAX] = {false};
			const angka_metric *part_m = angka_domain_metric(dom, rel->a);
			const char *active = part_m ? part_m->active_rule : NULL;
			for (size_t x = 0; x < n_parts; x++) {
				for (size_t y = 0; y < n_parts && !becomes[x]; y++) {
					/* "menembus satu juta" and "1.004.231 peserta aktif"
					 * state one count twice: no two parts of a sum.
					 * "41,56 juta ... yang masih aktif ... atau 68,05
					 * persen dari total 61,08 juta peserta yang terdaftar":
					 * what the active are a part of is the registered
					 * total (drop_registered), no base. */
					if (becomes[y] ||
					    (ratio ? parts[y]->value >= parts[x]->value
					           : parts[y]->start >= parts[x]->start) ||
					    norm_restates_value(parts[y], parts[x]) ||
					    norm_restates_value(parts[x], parts[y]) ||
					    (active && strcmp(parts[y]->rule, active) == 0 &&
					     strcmp(parts[x]->rule, active) != 0 &&
					     counts_members(parts[x])))
						continue;
					for (size_t p = 0; p < n_results && !becomes[x]; p++) {
						if (!holds(rel, results[p], parts[y], parts[x]))
							continue;
						bool known = false;
						for (size_t k = 0; k < n_stated && !known; k++)
							known = holds(rel, results[p], parts[y],
							              stated[k]);
						becomes[x] = !known;
					}
				}
			}
			for (size_t x = 0; x < n_parts; x++)
				if (becomes[x] &&
				    norm_replace_string(&parts[x]->metric, rel->b) != ANGKA_OK)
					return ANGKA_ENOMEM;
			if (read_larger(dom, rel, items, order, first, last, dead, parts, n_parts,
			                results, n_results, stated, n_stated) != ANGKA_OK)
				return ANGKA_ENOMEM;
		}
	}
	return ANGKA_OK;
}

/* The figures of group order[first, last) of metric, live or context (a
 * registered total is set aside as context, not merged away), at most
 * RELATED_MAX (else 0). */

/* One place: the figures of one place and programme, whatever their segment. */
static bool same_place(const angka_figure *a, const angka_figure *b)
{
	return norm_compare_text(norm_region_key(a), norm_region_key(b)) == 0 &&
	       norm_same_string(a->programme, b->programme);
}

/* Is a count stated to within two per cent ("satu juta peserta" says
 * too little to tell a share from a coverage)? */
static bool precise(const angka_figure *count)
{
	return count->high - count->low <= 0.02 * fabs(count->value);
}

/* Is pct, of a segment, that segment's part out of the whole of everyone
 * (share: a ratio `of-all`), and out of none of the segment's own wholes
 * (ratio)? */
static bool a_share(const angka_relation *share, const angka_relation *ratio, angka_figure *pct,
                    angka_figure *const *parts, size_t n_parts, angka_figure *const *wholes,
                    size_t n_wholes, angka_figure *const *bases, size_t n_bases, const char *all)
{
	bool share_holds = false;
	if (pct->high - pct->low > 1)
		return false; /* "antara 18 hingga 20 persen" */
	for (size_t a = 0; a < n_parts; a++) {
		if (strcmp(parts[a]->segment, pct->segment) != 0)
			continue;
		for (size_t b = 0; b < n_bases; b++)
			if (strcmp(bases[b]->segment, pct->segment) == 0 &&
			    holds(ratio, pct, parts[a], bases[b]))
				return false;
		for (size_t w = 0; w < n_wholes && !share_holds; w++)
			share_holds = strcmp(wholes[w]->segment,
			                     share->of_all ? all : pct->segment) == 0 &&
			              precise(parts[a]) && precise(wholes[w]) &&
			              holds(share, pct, parts[a], wholes[w]);
	}
	return share_holds;
}

/* In the group order[first, last) of one place: the percentages of ratio
 * that are shares (see norm_read_shares), made shares. */
static int read_shares_of(const angka_relation *share, const angka_relation *ratio,
                          angka_figure *items, const size_t *order, size_t first, size_t last,
                          const bool *dead, const char *all)
{
	angka_figure *pcts[RELATED_MAX], *parts[RELATED_MAX], *wholes[RELATED_MAX],
	        *bases[RELATED_MAX];
	size_t n_pcts = of_metric(pcts, items, order, first, last, dead, ratio->result, false);
	size_t n_parts = of_metric(parts, items, order, first, last, dead, share->a, false);
	size_t n_wholes = of_metric(wholes, items, order, first, last, dead, share->b, true);
	size_t n_bases = of_metric(bases, items, order, first, last, dead, ratio->b, false);
	bool shares[RELATED_MAX] = {false}, any = false;
	double sum = 0, slack = 0.1;
	for (size_t k = 0; k < n_pcts; k++) {
		if (share->of_all && strcmp(pcts[k]->segment, all) == 0)
			continue;
		shares[k] = a_share(share, ratio, pcts[k], parts, n_parts, wholes, n_wholes, bases,
		                    n_bases, all);
		any |= shares[k];
		sum += pcts[k]->value;
		slack += 0.05;
	}
	bool whole_list = share->of_all && any && fabs(sum - 100) <= slack;
	for (size_t k = 0; k < n_pcts; k++) {
		if (!shares[k] && !(whole_list && strcmp(pcts[k]->segment, all) != 0))
			continue;
		if (norm_replace_string(&pcts[k]->metric, share->result) != ANGKA_OK)
			return ANGKA_ENOMEM;
		pcts[k]->context = true;
	}
	return ANGKA_OK;
}

/* "Penerima Upah (PU): 29,3 juta pekerja (64,8%), Bukan Penerima Upah
 * (BPU): 9,9 juta pekerja (21,9%) ... Total: 45,2 juta pekerja": a
 * percentage read as a coverage of a segment that is the segment's count out
 * of everyone's, and out of no base of its own, is its share among everyone
 * (metrics.tsv: a `ratio ... of-all` whose result is context, beside the
 * ratio of the same part the percentage was read as); so are the other
 * segments' percentages beside it that with it make up 100. order: sorted by
 * place and programme. */
int norm_read_shares(const angka_normalizer *norm, angka_figure *items, const size_t *order,
                     size_t n, const bool *dead)
{
	const angka_domain *dom = norm->dom;
	const char *all = angka_domain_segment(dom, "all");
	if (all == NULL)
		return ANGKA_OK;
	/* The pairs of a share (context, of everyone or of a context whole) and
	 * the ratio of the same part a percentage was read as. */
	enum { PAIRS = 8 };
	const angka_relation *shares[PAIRS], *ratios[PAIRS];
	size_t n_pairs = 0;
	for (size_t s = 0; s < angka_domain_relation_count(dom); s++) {
		const angka_relation *share = angka_domain_relation_at(dom, s);
		const angka_metric *m = angka_domain_metric(dom, share->result);
		const angka_metric *whole = angka_domain_metric(dom, share->b);
		if (share->kind != ANGKA_RELATION_RATIO || m == NULL ||
		    !(m->roles & ANGKA_METRIC_CONTEXT) ||
		    !(share->of_all || (whole && (whole->roles & ANGKA_METRIC_CONTEXT))))
			continue;
		for (size_t r = 0; r < angka_domain_relation_count(dom) && n_pairs < PAIRS; r++) {
			const angka_relation *ratio = angka_domain_relation_at(dom, r);
			if (ratio->kind == ANGKA_RELATION_RATIO && !ratio->of_all &&
			    strcmp(ratio->a, share->a) == 0) {
				shares[n_pairs] = share;
				ratios[n_pairs++] = ratio;
			}
		}
	}
	for (size_t first = 0, last; first < n; first = last) {
		last = norm_run_end(items, order, first, n, same_place);
		for (size_t k = 0; k < n_pairs; k++) {
			bool any = false;
			for (size_t i = first; i < last && !any; i++)
				any = !dead[order[i]] &&
				      strcmp(items[order[i]].metric, ratios[k]->result) == 0;
			if (any && read_shares_of(shares[k], ratios[k], items, order, first, last,
			                          dead, all) != ANGKA_OK)
				return ANGKA_ENOMEM;
		}
	}
	return ANGKA_OK;
}

/* Is the live percentage p of group order[first, last) computed from one
 * of its live counts part out of whole? */
static bool computed_from(const angka_figure *items, const size_t *order, size_t first, size_t last,
                          const bool *dead, const angka_figure *p, const char *part,
                          const angka_figure *whole)
{
	for (size_t j = first; j < last; j++)
		if (!dead[order[j]] && strcmp(items[order[j]].metric, part) == 0 &&
		    angka_audit_ratio_holds(p, &items[order[j]], whole))
			return true;
	return false;
}

/* Is some live percentage pct of group order[first, last) computed from a
 * part out of whole, and (when other is not NULL) not out of other? */
static bool ratio_on(const angka_figure *items, const size_t *order, size_t first, size_t last,
                     const bool *dead, const char *pct, const char *part, const angka_figure *whole,
                     const angka_figure *other)
{
	for (size_t i = first; i < last; i++) {
		const angka_figure *p = &items[order[i]];
		if (!dead[order[i]] && strcmp(p->metric, pct) == 0 &&
		    computed_from(items, order, first, last, dead, p, part, whole) &&
		    !(other && computed_from(items, order, first, last, dead, p, part, other)))
			return true;
	}
	return false;
}

/* Is some live percentage pct of group order[first, last) near what a part
 * out of whole gives: within a twentieth of itself, as an official's slip
 * is ("50,88 persen" of 935.079 out of 1.873.899, which give 49,90), and a
 * share of another base is not? */
static bool ratio_near(const angka_figure *items, const size_t *order, size_t first, size_t last,
                       const bool *dead, const char *pct, const char *part,
                       const angka_figure *whole)
{
	if (whole->value <= 0)
		return false;
	for (size_t i = first; i < last; i++) {
		const angka_figure *p = &items[order[i]];
		if (dead[order[i]] || strcmp(p->metric, pct) != 0)
			continue;
		for (size_t j = first; j < last; j++) {
			const angka_figure *a = &items[order[j]];
			if (!dead[order[j]] && strcmp(a->metric, part) == 0 &&
			    fabs(a->value / whole->value * 100.0 - p->value) <= 0.05 * p->value)
				return true;
		}
	}
	return false;
}

/* "jumlah pekerja di Kudus berdasarkan data BPS ada 485.049 pekerja" reads
 * as the labour force (working_population), the annotation guidelines'
 * reading of a count no stated ratio is computed on. Where the article
 * states the coverage of that place and segment and no count of its base,
 * the smallest labour-force count is that base; so is one the coverage is
 * computed on where the base read is not ("Dengan jumlah penduduk bekerja
 * ... 2,49 juta orang ..., cakupan peserta aktif baru 23,6 persen", beside
 * 1.104.652 "potensi" that no stated ratio is out of). order[0, n): the
 * figures sorted by group_before, so one place and segment's are
 * together. */
int norm_promote_bases(const angka_normalizer *norm, angka_figure *items, const size_t *order,
                       size_t n, const bool *dead)
{
	for (size_t first = 0, last; first < n; first = last) {
		last = norm_run_end(items, order, first, n, same_group);
		angka_figure *smallest = NULL;
		const angka_metric *base = NULL;
		const char *pct = NULL, *part = NULL;
		bool has_pct = false, has_part = false;
		for (size_t k = first; k < last; k++) {
			angka_figure *f = &items[order[k]];
			if (dead[order[k]])
				continue;
			const angka_metric *b = NULL;
			if (smallest == NULL &&
			    (b = base_of_larger(norm->dom, f->metric, &pct, &part)) != NULL) {
				smallest = f;
				base = b;
			}
		}
		if (smallest == NULL)
			continue;
		const angka_figure *read_base = NULL;
		for (size_t k = first; k < last; k++) {
			const angka_figure *f = &items[order[k]];
			if (dead[order[k]])
				continue;
			if (read_base == NULL && strcmp(f->metric, base->name) == 0)
				read_base = f;
			has_pct |= strcmp(f->metric, pct) == 0;
			has_part |= strcmp(f->metric, part) == 0;
		}
		if (!has_pct)
			continue;
		/* "Jumlah penduduk bekerja ... 985.412 orang" beside a coverage of
		 * 43 persen that its own counts give out of another base: the
		 * arithmetic says the labour force is none of it (guideline 5);
		 * a coverage a slip away from what they give still is of it. */
		if (read_base ? !ratio_on(items, order, first, last, dead, pct, part, smallest,
		                          read_base)
		              : has_part &&
		                        !ratio_on(items, order, first, last, dead, pct, part,
		                                  smallest, NULL) &&
		                        !ratio_near(items, order, first, last, dead, pct, part,
		                                    smallest))
			continue;
		if (norm_replace_string(&smallest->metric, base->name) != ANGKA_OK)
			return ANGKA_ENOMEM;
	}
	return ANGKA_OK;
}

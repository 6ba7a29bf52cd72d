/* angka — audit (docs/audit.md).
 *
 * Every number carries the interval its written form stands for ("46,2" is
 * [46.15, 46.25), "2,8 juta" is [2.75, 2.85) juta), so a recomputed value
 * is a range, and a verdict asks whether that range meets the reported
 * interval, not whether two doubles are equal. */
#include "angka/audit.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *angka_verdict_name(angka_verdict verdict)
{
	switch (verdict) {
	case ANGKA_VERDICT_CONSISTENT: return "consistent";
	case ANGKA_VERDICT_TRUNCATED: return "truncated";
	case ANGKA_VERDICT_INCONSISTENT: return "inconsistent";
	case ANGKA_VERDICT_UNVERIFIABLE: return "unverifiable";
	}
	return "unknown";
}

const char *angka_audit_kind_name(angka_audit_kind kind)
{
	switch (kind) {
	case ANGKA_AUDIT_RATIO: return "ratio";
	case ANGKA_AUDIT_PCT_COMPLEMENT: return "pct_complement";
	case ANGKA_AUDIT_COUNT_COMPLEMENT: return "count_complement";
	}
	return "unknown";
}

/* Floating-point slack at the interval ends: 4615 / 10000 * 100 must land
 * inside [46.15, 46.25) even when the division gives 46.149999999999999. */
static double slack(double x)
{
	return 1e-9 * (fabs(x) > 1.0 ? fabs(x) : 1.0);
}

angka_verdict angka_audit_judge(double reported, int decimals, double pct_low, double pct_high,
                                double computed_low, double computed_high)
{
	double eps = slack(reported);
	if (computed_high >= pct_low - eps && computed_low < pct_high - eps)
		return ANGKA_VERDICT_CONSISTENT;
	/* Truncating x to d decimals gives the reported value exactly when x
	 * is in [reported, reported + 10^-d). */
	double step = pow(10.0, -decimals);
	if (computed_high >= reported - eps && computed_low < reported + step - eps)
		return ANGKA_VERDICT_TRUNCATED;
	return ANGKA_VERDICT_INCONSISTENT;
}

static bool same_string(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

static bool is_metric(const angka_figure *f, const char *metric)
{
	return f->metric != NULL && strcmp(f->metric, metric) == 0;
}

/* Same domain, region and segment (of b, or segment when it is not NULL),
 * and the same period unless any_period: the figures speak of one quantity. */
static bool same_context_of(const angka_figure *a, const angka_figure *b, const char *segment,
                            bool any_period)
{
	return same_string(a->domain, b->domain) && same_string(a->region, b->region) &&
	       same_string(a->segment, segment ? segment : b->segment) &&
	       (any_period || same_string(a->as_of, b->as_of));
}

static bool same_context(const angka_figure *a, const angka_figure *b, bool any_period)
{
	return same_context_of(a, b, NULL, any_period);
}

/* How far apart (in bytes) a share and a count of another period may be
 * and still be read as one statement: a sentence or two. */
#define NEARBY 400

static size_t distance(const angka_figure *a, const angka_figure *b)
{
	return a->start > b->start ? a->start - b->start : b->start - a->start;
}

/* The figure of this metric in the same context nearest to near in the
 * text: the sentence that gives a percentage usually gives or follows its
 * counts. */
static const angka_figure *find_in_segment(const angka_figure_list *figures,
                                           const angka_figure *near, const char *metric,
                                           const char *segment, bool any_period)
{
	const angka_figure *best = NULL;
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *f = &figures->items[i];
		if (f == near || !is_metric(f, metric) ||
		    !same_context_of(f, near, segment, any_period))
			continue;
		if (best == NULL || distance(f, near) < distance(best, near))
			best = f;
	}
	/* Said together, a share and its counts are of one moment even when
	 * their periods were read differently ("menurut data BPS 2022 ada 485.049
	 * pekerja. 254.087 di antaranya ... 52,38 persen"). */
	if (best == NULL && !any_period) {
		best = find_in_segment(figures, near, metric, segment, true);
		if (best && distance(best, near) > NEARBY)
			best = NULL;
		/* Unless that period has its own figure of near's metric: "55,38
		 * juta peserta pada Desember 2022" is no part of the total of
		 * December 2023 that "41,56 juta peserta aktif" is. */
		for (size_t i = 0; best && i < figures->n; i++) {
			const angka_figure *f = &figures->items[i];
			if (f != near && same_string(f->metric, near->metric) &&
			    same_context_of(f, best, near->segment, false))
				best = NULL;
		}
	}
	return best;
}

static const angka_figure *find_metric(const angka_figure_list *figures, const angka_figure *near,
                                       const char *metric, bool any_period)
{
	return find_in_segment(figures, near, metric, NULL, any_period);
}

/* Is a number written with a scale word ("350 ribu", "2 juta")? */
static bool in_scale_words(const char *text)
{
	for (const char *t = text; t && *t; t++)
		if (strncasecmp(t, "ribu", 4) == 0 || strncasecmp(t, "juta", 4) == 0)
			return true;
	return false;
}

/* A reported number's interval; a figure without one (NaN, or empty)
 * stands for [value - half a unit of its last digit, value + half). */
static angka_audit_number reported(const angka_figure *f)
{
	angka_audit_number n = {.figure = f};
	if (f == NULL)
		return n;
	n.present = true;
	n.value = f->value;
	n.decimals = f->decimals;
	n.low = f->low;
	n.high = f->high;
	if (isnan(n.low) || isnan(n.high) || n.high <= n.low) {
		double half = 0.5 * pow(10.0, -f->decimals);
		n.low = f->value - half;
		n.high = f->value + half;
	}
	/* "hampir 60 persen", "sekitar 46 persen": a hedged share says no more
	 * than its last digit, give or take one. */
	if (f->approx && f->unit != NULL && strcmp(f->unit, "percent") == 0) {
		double unit = pow(10.0, -f->decimals);
		n.low = fmin(n.low, f->value - unit);
		n.high = fmax(n.high, f->value + unit);
	}
	/* "158.000 orang": a count ending in zeros is rounded to them, as far as
	 * the thousands ("1.600.000" to the hundred thousand would say "1,6
	 * juta"). */
	if (f->decimals == 0 && f->value >= 1000 && fmod(f->value, 1000.0) == 0 &&
	    n.high - n.low < 1000) {
		n.low = f->value - 500;
		n.high = f->value + 500;
	}
	/* "350 ribu": a count in a scale word whose digits end in a zero may be
	 * rounded to that digit too (to the ten thousand), as "350 ribu" is
	 * all one would write; one digit further, no more. */
	double unit = n.high - n.low;
	if (in_scale_words(f->text) && f->decimals == 0 && unit >= 1000 &&
	    fabs(f->value - (n.low + n.high) / 2) < 1e-6 * unit && fmod(f->value, 10 * unit) == 0 &&
	    f->value > 10 * unit) {
		n.low = f->value - 5 * unit;
		n.high = f->value + 5 * unit;
	}
	return n;
}

static angka_audit_number derived_difference(const angka_figure *a, const angka_figure *b)
{
	angka_audit_number x = reported(a), y = reported(b);
	angka_audit_number n = {.present = true,
	                        .parts = {a, b},
	                        .value = x.value - y.value,
	                        .low = x.low - y.high,
	                        .high = x.high - y.low,
	                        .decimals = x.decimals > y.decimals ? x.decimals : y.decimals};
	return n;
}

static angka_audit_number derived_sum(const angka_figure *a, const angka_figure *b)
{
	angka_audit_number x = reported(a), y = reported(b);
	angka_audit_number n = {.present = true,
	                        .parts = {a, b},
	                        .value = x.value + y.value,
	                        .low = x.low + y.low,
	                        .high = x.high + y.high,
	                        .decimals = x.decimals > y.decimals ? x.decimals : y.decimals};
	return n;
}

static int push(angka_audit_list *out, const angka_audit_check *check, angka_error *err)
{
	angka_audit_check *grown = realloc(out->items, (out->n + 1) * sizeof *grown);
	if (grown == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory auditing");
	out->items = grown;
	out->items[out->n++] = *check;
	return ANGKA_OK;
}

static angka_audit_check new_check(angka_audit_kind kind, const char *metric,
                                   const angka_figure *context)
{
	angka_audit_check c = {.kind = kind,
	                       .metric = metric,
	                       .domain = context->domain,
	                       .region = context->region,
	                       .segment = context->segment,
	                       .as_of = context->as_of,
	                       .computed = NAN,
	                       .implied = NAN,
	                       .delta = NAN,
	                       .delta_unit =
	                               kind == ANGKA_AUDIT_COUNT_COMPLEMENT ? "persons" : "pp",
	                       .verdict = ANGKA_VERDICT_UNVERIFIABLE};
	return c;
}

/* A share and its complement against 100. */
static void judge_pct_complement(angka_audit_check *c)
{
	const angka_audit_number *p = &c->percentage, *q = &c->complement;
	c->computed = p->value + q->value;
	c->delta = c->computed - 100.0;
	double eps = slack(100.0);
	bool meets = p->low + q->low <= 100.0 + eps && p->high + q->high >= 100.0 - eps;
	c->verdict = meets ? ANGKA_VERDICT_CONSISTENT : ANGKA_VERDICT_INCONSISTENT;
}

/* The sum whose parts include part and whose whole is whole, and the other
 * part in *other; NULL when the domain declares none. */
static const angka_relation *sum_with(const angka_domain *domain, const char *whole,
                                      const char *part, const char **other)
{
	for (size_t i = 0; i < angka_domain_relation_count(domain); i++) {
		const angka_relation *r = angka_domain_relation_at(domain, i);
		if (r->kind != ANGKA_RELATION_SUM || strcmp(r->result, whole) != 0)
			continue;
		if (strcmp(r->a, part) == 0 || strcmp(r->b, part) == 0) {
			*other = strcmp(r->a, part) == 0 ? r->b : r->a;
			return r;
		}
	}
	return NULL;
}

/* Does the article's own share + complement for this context (any
 * complement the domain declares) disagree with 100? Then the parts of a
 * sum are not the whole's, and their sum is no denominator. */
static bool complement_contradicted(const angka_domain *domain, const angka_figure_list *figures,
                                    const angka_figure *ctx)
{
	for (size_t k = 0; k < angka_domain_relation_count(domain); k++) {
		const angka_relation *r = angka_domain_relation_at(domain, k);
		if (r->kind != ANGKA_RELATION_COMPLEMENT)
			continue;
		for (size_t i = 0; i < figures->n; i++) {
			const angka_figure *c = &figures->items[i];
			if (!is_metric(c, r->result) || !same_context(c, ctx, false))
				continue;
			const angka_figure *u = find_metric(figures, c, r->a, false);
			if (u == NULL)
				continue;
			angka_audit_check check = new_check(ANGKA_AUDIT_PCT_COMPLEMENT, "", c);
			check.percentage = reported(c);
			check.complement = reported(u);
			judge_pct_complement(&check);
			if (check.verdict == ANGKA_VERDICT_INCONSISTENT)
				return true;
		}
	}
	return false;
}

/* The denominator of a share: its whole in the same context; for a ratio
 * whose whole may be of another period (a target for December is measured
 * against today's base), of any period; else, when the domain declares the
 * whole the sum of the share's part and another, that sum, unless the
 * article's own complements contradict that they make up the whole. */
static angka_audit_number find_denominator(const angka_domain *domain,
                                           const angka_figure_list *figures,
                                           const angka_figure *pct, const angka_relation *ratio)
{
	if (ratio->of_all) {
		const angka_figure *all = find_in_segment(figures, pct, ratio->b, "all", false);
		if (all == NULL && ratio->any_period)
			all = find_in_segment(figures, pct, ratio->b, "all", true);
		return reported(all);
	}
	const angka_figure *whole = find_metric(figures, pct, ratio->b, false);
	if (whole == NULL && ratio->any_period)
		whole = find_metric(figures, pct, ratio->b, true);
	if (whole != NULL)
		return reported(whole);
	const char *other = NULL;
	if (sum_with(domain, ratio->b, ratio->a, &other)) {
		const angka_figure *part = find_metric(figures, pct, ratio->a, false);
		const angka_figure *rest = find_metric(figures, pct, other, false);
		if (part && rest && !complement_contradicted(domain, figures, pct))
			return derived_sum(part, rest);
	}
	return reported(NULL);
}

/* p against n / d * 100, each within the precision it was reported with. */
static angka_verdict judge_numbers(const angka_audit_number *p, const angka_audit_number *n,
                                   const angka_audit_number *d)
{
	double lowest = n->low / d->high * 100.0;
	double highest = n->high / d->low * 100.0;
	return angka_audit_judge(p->value, p->decimals, p->low, p->high, lowest, highest);
}

bool angka_audit_ratio_holds(const angka_figure *pct, const angka_figure *part,
                             const angka_figure *whole)
{
	angka_audit_number p = reported(pct), n = reported(part), d = reported(whole);
	return d.value > 0 && d.low > 0 && judge_numbers(&p, &n, &d) != ANGKA_VERDICT_INCONSISTENT;
}

bool angka_audit_sum_holds(const angka_figure *whole, const angka_figure *part,
                           const angka_figure *other)
{
	angka_audit_number w = reported(whole), a = reported(part), b = reported(other);
	double eps = slack(w.value);
	return a.low + b.low <= w.high + eps && a.high + b.high >= w.low - eps;
}

/* A reported percentage against its numerator and denominator. */
static void judge_ratio(angka_audit_check *c, const angka_relation *ratio)
{
	const angka_audit_number *p = &c->percentage, *n = &c->numerator, *d = &c->denominator;
	if (n->present && d->present && d->value > 0 && d->low > 0) {
		c->computed = n->value / d->value * 100.0;
		c->delta = p->value - c->computed;
		c->verdict = judge_numbers(p, n, d);
		return;
	}
	c->verdict = ANGKA_VERDICT_UNVERIFIABLE;
	if (n->present && p->value > 0) {
		c->implied = n->value / p->value * 100.0;
		c->implied_metric = ratio->b;
		c->missing = ratio->b;
	} else if (d->present) {
		c->implied = d->value * p->value / 100.0;
		c->implied_metric = ratio->a;
		c->missing = ratio->a;
	} else {
		c->missing = ratio->text;
	}
}

/* Is metric one the audit needs that is no figure of the dataset (its role
 * context in the domain's metrics.tsv)? */
static bool is_context(const angka_domain *domain, const char *metric)
{
	const angka_metric *m = angka_domain_metric(domain, metric);
	return m && (m->roles & ANGKA_METRIC_CONTEXT);
}

static const angka_domain *domain_of(const angka_figure *f, angka_domain *const *domains,
                                     size_t n_domains)
{
	return angka_domains_find(domains, n_domains, f->domain);
}

/* A share against the counts one ratio of its domain names. */
static angka_audit_check ratio_check(const angka_domain *domain, const angka_figure_list *figures,
                                     const angka_figure *pct, const angka_relation *ratio)
{
	angka_audit_check c = new_check(ANGKA_AUDIT_RATIO, pct->metric, pct);
	c.percentage = reported(pct);
	c.numerator = reported(find_metric(figures, pct, ratio->a, false));
	/* "60 persennya adalah pekerja informal ... 3,8 juta [peserta BPU] ... 52
	 * juta orang [informal] belum punya jaminan sosial": a part the article
	 * gives as the sum of its own parts. */
	for (size_t k = 0; !c.numerator.present && k < angka_domain_relation_count(domain); k++) {
		const angka_relation *sum = angka_domain_relation_at(domain, k);
		if (sum->kind != ANGKA_RELATION_SUM || strcmp(sum->result, ratio->a) != 0)
			continue;
		const angka_figure *x = find_metric(figures, pct, sum->a, false);
		const angka_figure *y = find_metric(figures, pct, sum->b, false);
		if (x && y)
			c.numerator = derived_sum(x, y);
	}
	c.denominator = find_denominator(domain, figures, pct, ratio);
	/* "masih ada 1,1 juta pekerja yang belum terlindungi ... dari 1,6 juta
	 * angkatan kerja": the part is the rest of the whole. */
	const char *other = NULL;
	if (!c.numerator.present && c.denominator.present && c.denominator.figure &&
	    sum_with(domain, ratio->b, ratio->a, &other)) {
		const angka_figure *rest = find_metric(figures, pct, other, false);
		if (rest && rest->value < c.denominator.value)
			c.numerator = derived_difference(c.denominator.figure, rest);
	}
	judge_ratio(&c, ratio);
	return c;
}

/* Reported shares, each against the counts of the first ratio of its
 * domain that the article gives both of (a share of the participants is of
 * the registered total, or of everyone when it is one segment's), else
 * against the first ratio's, to say what is missing. */
static int check_ratios(angka_audit_list *out, const angka_figure_list *figures,
                        angka_domain *const *domains, size_t n_domains, angka_error *err)
{
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *pct = &figures->items[i];
		const angka_domain *domain = domain_of(pct, domains, n_domains);
		angka_audit_check first;
		bool any = false, done = false;
		for (size_t k = 0; domain && !done && k < angka_domain_relation_count(domain);
		     k++) {
			const angka_relation *ratio = angka_domain_relation_at(domain, k);
			if (ratio->kind != ANGKA_RELATION_RATIO || !is_metric(pct, ratio->result) ||
			    (ratio->of_all && same_string(pct->segment, "all")))
				continue;
			angka_audit_check c = ratio_check(domain, figures, pct, ratio);
			done = c.verdict != ANGKA_VERDICT_UNVERIFIABLE;
			if (!any || done)
				first = c;
			any = true;
		}
		/* A share of the context says nothing of the dataset unless both
		 * its numbers are there ("15 persen dari total peserta aktif
		 * nasional" is no share of the province's own total). */
		if (any && !done && is_context(domain, pct->metric))
			any = false;
		int ret = any ? push(out, &first, err) : ANGKA_OK;
		if (ret != ANGKA_OK)
			return ret;
	}
	return ANGKA_OK;
}

/* Counts with their whole but no share: the implied share. */
static int check_implied(angka_audit_list *out, const angka_figure_list *figures,
                         angka_domain *const *domains, size_t n_domains, angka_error *err)
{
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *count = &figures->items[i];
		const angka_domain *domain = domain_of(count, domains, n_domains);
		for (size_t k = 0; domain && k < angka_domain_relation_count(domain); k++) {
			const angka_relation *ratio = angka_domain_relation_at(domain, k);
			if (ratio->kind != ANGKA_RELATION_RATIO || !is_metric(count, ratio->a))
				continue;
			const angka_figure *whole = find_metric(figures, count, ratio->b, false);
			/* a share of the context (active of registered) goes unsaid
			 * without anyone missing it */
			if (is_context(domain, ratio->result) ||
			    find_metric(figures, count, ratio->result, false) != NULL ||
			    whole == NULL || whole->value <= 0)
				break;
			angka_audit_check c = new_check(ANGKA_AUDIT_RATIO, ratio->result, count);
			c.numerator = reported(count);
			c.denominator = reported(whole);
			c.computed = count->value / whole->value * 100.0;
			c.implied = c.computed;
			c.implied_metric = ratio->result;
			c.missing = ratio->result;
			int ret = push(out, &c, err);
			if (ret != ANGKA_OK)
				return ret;
			break;
		}
	}
	return ANGKA_OK;
}

/* Shares that are complements, against 100; parts of a sum, against the
 * whole. */
static int check_sums(angka_audit_list *out, const angka_figure_list *figures,
                      angka_domain *const *domains, size_t n_domains, angka_relation_kind kind,
                      angka_error *err)
{
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *first = &figures->items[i];
		const angka_domain *domain = domain_of(first, domains, n_domains);
		for (size_t k = 0; domain && k < angka_domain_relation_count(domain); k++) {
			const angka_relation *r = angka_domain_relation_at(domain, k);
			if (r->kind != kind)
				continue;
			angka_audit_check c;
			if (kind == ANGKA_RELATION_COMPLEMENT) {
				if (!is_metric(first, r->result))
					continue;
				const angka_figure *rest = find_metric(figures, first, r->a, false);
				if (rest == NULL)
					continue;
				c = new_check(ANGKA_AUDIT_PCT_COMPLEMENT, r->text, first);
				c.percentage = reported(first);
				c.complement = reported(rest);
				judge_pct_complement(&c);
			} else {
				if (!is_metric(first, r->a))
					continue;
				const angka_figure *rest = find_metric(figures, first, r->b, false);
				const angka_figure *whole =
				        find_metric(figures, first, r->result, false);
				if (rest == NULL || whole == NULL)
					continue;
				c = new_check(ANGKA_AUDIT_COUNT_COMPLEMENT, r->text, first);
				c.numerator = reported(first);
				c.complement = reported(rest);
				c.denominator = reported(whole);
				c.computed = first->value + rest->value;
				c.delta = c.computed - whole->value;
				c.verdict = angka_audit_sum_holds(whole, first, rest)
				                    ? ANGKA_VERDICT_CONSISTENT
				                    : ANGKA_VERDICT_INCONSISTENT;
			}
			int ret = push(out, &c, err);
			if (ret != ANGKA_OK)
				return ret;
		}
	}
	return ANGKA_OK;
}

/* Two counts of one measure: the same metric, or a metric and its
 * registered total (the active and everyone who joined are one count said
 * two ways when a story compares them: "61,08 juta ... dibandingkan dengan
 * jumlah peserta pada Desember 2022 ... 55,38 juta"). */
static bool same_measure(const angka_domain *domain, const angka_figure *a, const angka_figure *b)
{
	if (same_string(a->metric, b->metric))
		return true;
	const angka_metric *ma = angka_domain_metric(domain, a->metric);
	const angka_metric *mb = angka_domain_metric(domain, b->metric);
	return (ma && same_string(ma->registered, b->metric)) ||
	       (mb && same_string(mb->registered, a->metric));
}

/* The count of another period than `other` (or any, when NULL) said
 * nearest the growth g, of its place and segment, in persons. */
static const angka_figure *level_near(const angka_domain *domain, const angka_figure_list *figures,
                                      const angka_figure *g, const angka_figure *other)
{
	const angka_figure *best = NULL;
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *f = &figures->items[i];
		if (f == g || f->unit == NULL || strcmp(f->unit, "persons") != 0 || f->value <= 0 ||
		    f->as_of == NULL || !same_context_of(f, g, NULL, true) ||
		    distance(f, g) > NEARBY)
			continue;
		const angka_metric *m = angka_domain_metric(domain, f->metric);
		if (m == NULL || (m->roles & (ANGKA_METRIC_TARGET | ANGKA_METRIC_BASE)))
			continue;
		if (other &&
		    (same_string(f->as_of, other->as_of) || !same_measure(domain, f, other)))
			continue;
		if (best == NULL || distance(f, g) < distance(best, g))
			best = f;
	}
	return best;
}

/* "Jumlah ini meningkat sekitar 10,29 persen jika dibandingkan dengan
 * jumlah peserta pada Desember 2022 ... 55,38 juta orang": a change is the
 * difference of the two levels said with it over the earlier one. Checked
 * only when the two nearest levels are of two periods and one measure; a
 * fall ("turun 12 persen") is the same size of change. */
static int check_growth(angka_audit_list *out, const angka_figure_list *figures,
                        angka_domain *const *domains, size_t n_domains, angka_error *err)
{
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *g = &figures->items[i];
		const angka_domain *domain = domain_of(g, domains, n_domains);
		for (size_t k = 0; domain && k < angka_domain_relation_count(domain); k++) {
			const angka_relation *r = angka_domain_relation_at(domain, k);
			if (r->kind != ANGKA_RELATION_GROWTH || !is_metric(g, r->result))
				continue;
			const angka_figure *x = level_near(domain, figures, g, NULL);
			const angka_figure *y = x ? level_near(domain, figures, g, x) : NULL;
			if (y == NULL)
				break;
			const angka_figure *earlier = strcmp(x->as_of, y->as_of) < 0 ? x : y;
			const angka_figure *later = earlier == x ? y : x;
			angka_audit_check c = new_check(ANGKA_AUDIT_RATIO, g->metric, g);
			c.percentage = reported(g);
			c.numerator = derived_difference(later, earlier);
			if (c.numerator.value < 0) {
				double low = c.numerator.low;
				c.numerator.value = -c.numerator.value;
				c.numerator.low = -c.numerator.high;
				c.numerator.high = -low;
			}
			c.denominator = reported(earlier);
			judge_ratio(&c, r);
			int ret = push(out, &c, err);
			if (ret != ANGKA_OK)
				return ret;
			break;
		}
	}
	return ANGKA_OK;
}

int angka_audit_figures(angka_audit_list *out, const angka_figure_list *figures,
                        angka_domain *const *domains, size_t n_domains, angka_error *err)
{
	out->items = NULL;
	out->n = 0;
	int ret = check_ratios(out, figures, domains, n_domains, err);
	if (ret == ANGKA_OK)
		ret = check_implied(out, figures, domains, n_domains, err);
	if (ret == ANGKA_OK)
		ret = check_sums(out, figures, domains, n_domains, ANGKA_RELATION_COMPLEMENT, err);
	if (ret == ANGKA_OK)
		ret = check_sums(out, figures, domains, n_domains, ANGKA_RELATION_SUM, err);
	if (ret == ANGKA_OK)
		ret = check_growth(out, figures, domains, n_domains, err);
	if (ret != ANGKA_OK)
		angka_audit_list_free(out);
	return ret;
}

void angka_audit_list_free(angka_audit_list *list)
{
	if (list == NULL)
		return;
	free(list->items);
	list->items = NULL;
	list->n = 0;
}

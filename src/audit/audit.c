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

/* Same region and segment, and the same period unless any_period: the
 * figures speak of one quantity. */
static bool same_context(const angka_figure *a, const angka_figure *b, bool any_period)
{
	return same_string(a->region, b->region) && same_string(a->segment, b->segment) &&
	       (any_period || same_string(a->as_of, b->as_of));
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
static const angka_figure *find_metric(const angka_figure_list *figures, const angka_figure *near,
                                       const char *metric, bool any_period)
{
	const angka_figure *best = NULL;
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *f = &figures->items[i];
		if (f == near || !is_metric(f, metric) || !same_context(f, near, any_period))
			continue;
		if (best == NULL || distance(f, near) < distance(best, near))
			best = f;
	}
	/* Said together, a share and its counts are of one moment even when
	 * their periods were read differently ("menurut data BPS 2022 ada 485.049
	 * pekerja. 254.087 di antaranya ... 52,38 persen"). */
	if (best == NULL && !any_period) {
		best = find_metric(figures, near, metric, true);
		if (best && distance(best, near) > NEARBY)
			best = NULL;
	}
	return best;
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

/* covered% + uncovered% against 100. */
static void judge_pct_complement(angka_audit_check *c)
{
	const angka_audit_number *p = &c->percentage, *q = &c->complement;
	c->computed = p->value + q->value;
	c->delta = c->computed - 100.0;
	double eps = slack(100.0);
	bool meets = p->low + q->low <= 100.0 + eps && p->high + q->high >= 100.0 - eps;
	c->verdict = meets ? ANGKA_VERDICT_CONSISTENT : ANGKA_VERDICT_INCONSISTENT;
}

/* Does the article's own covered% + uncovered% for this context disagree
 * with 100? Then its "uncovered" is not the rest of the base and
 * participants + uncovered is no denominator. */
static bool complement_contradicted(const angka_figure_list *figures, const angka_figure *ctx)
{
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *c = &figures->items[i];
		if (!is_metric(c, "coverage_pct") || !same_context(c, ctx, false))
			continue;
		const angka_figure *u = find_metric(figures, c, "uncovered_pct", false);
		if (u == NULL)
			continue;
		angka_audit_check check = new_check(ANGKA_AUDIT_PCT_COMPLEMENT, "", c);
		check.percentage = reported(c);
		check.complement = reported(u);
		judge_pct_complement(&check);
		if (check.verdict == ANGKA_VERDICT_INCONSISTENT)
			return true;
	}
	return false;
}

static const char *numerator_metric_of(const angka_figure *pct)
{
	if (is_metric(pct, "coverage_pct"))
		return "participants";
	if (is_metric(pct, "target_coverage_pct"))
		return "target_participants";
	if (is_metric(pct, "uncovered_pct"))
		return "uncovered_workers";
	return NULL;
}

static const char *pct_metric_of(const angka_figure *count)
{
	if (is_metric(count, "participants"))
		return "coverage_pct";
	if (is_metric(count, "target_participants"))
		return "target_coverage_pct";
	if (is_metric(count, "uncovered_workers"))
		return "uncovered_pct";
	return NULL;
}

/* The denominator of a percentage: eligible workers of the same context;
 * for a target, of the period the article reports (a target for December
 * is measured against today's eligible workers); else, for coverage and
 * uncovered shares, participants + uncovered workers when the article
 * gives both and does not contradict that they make up the whole. */
static angka_audit_number find_denominator(const angka_figure_list *figures,
                                           const angka_figure *pct)
{
	const angka_figure *eligible = find_metric(figures, pct, "eligible_workers", false);
	if (eligible == NULL && is_metric(pct, "target_coverage_pct"))
		eligible = find_metric(figures, pct, "eligible_workers", true);
	if (eligible != NULL)
		return reported(eligible);
	if (is_metric(pct, "coverage_pct") || is_metric(pct, "uncovered_pct")) {
		const angka_figure *covered = find_metric(figures, pct, "participants", false);
		const angka_figure *uncovered =
		        find_metric(figures, pct, "uncovered_workers", false);
		if (covered && uncovered && !complement_contradicted(figures, pct))
			return derived_sum(covered, uncovered);
	}
	return reported(NULL);
}

/* A reported percentage against its numerator and denominator. */
static void judge_ratio(angka_audit_check *c, const char *numerator_metric)
{
	const angka_audit_number *p = &c->percentage, *n = &c->numerator, *d = &c->denominator;
	if (n->present && d->present && d->value > 0 && d->low > 0) {
		c->computed = n->value / d->value * 100.0;
		c->delta = p->value - c->computed;
		double lowest = n->low / d->high * 100.0;
		double highest = n->high / d->low * 100.0;
		c->verdict =
		        angka_audit_judge(p->value, p->decimals, p->low, p->high, lowest, highest);
		return;
	}
	c->verdict = ANGKA_VERDICT_UNVERIFIABLE;
	if (n->present && p->value > 0) {
		c->implied = n->value / p->value * 100.0;
		c->implied_metric = "eligible_workers";
		c->missing = "eligible_workers";
	} else if (d->present) {
		c->implied = d->value * p->value / 100.0;
		c->implied_metric = numerator_metric;
		c->missing = numerator_metric;
	} else {
		c->missing = is_metric(p->figure, "coverage_pct")
		                     ? "participants and eligible_workers"
		             : is_metric(p->figure, "uncovered_pct")
		                     ? "uncovered_workers and eligible_workers"
		                     : "target_participants and eligible_workers";
	}
}

int angka_audit_figures(angka_audit_list *out, const angka_figure_list *figures, angka_error *err)
{
	int ret = ANGKA_OK;
	out->items = NULL;
	out->n = 0;

	/* Reported percentages. */
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *pct = &figures->items[i];
		const char *numerator_metric = numerator_metric_of(pct);
		if (numerator_metric == NULL)
			continue;
		angka_audit_check c = new_check(ANGKA_AUDIT_RATIO, pct->metric, pct);
		c.percentage = reported(pct);
		c.numerator = reported(find_metric(figures, pct, numerator_metric, false));
		c.denominator = find_denominator(figures, pct);
		/* "masih ada 1,1 juta pekerja yang belum terlindungi ... dari 1,6 juta
		 * angkatan kerja": the covered are the rest of the base. */
		if (!c.numerator.present && c.denominator.present && c.denominator.figure &&
		    is_metric(pct, "coverage_pct")) {
			const angka_figure *uncovered =
			        find_metric(figures, pct, "uncovered_workers", false);
			if (uncovered && uncovered->value < c.denominator.value)
				c.numerator = derived_difference(c.denominator.figure, uncovered);
		}
		judge_ratio(&c, numerator_metric);
		if ((ret = push(out, &c, err)) != ANGKA_OK)
			goto cleanup;
	}

	/* Counts with their denominator but no percentage: the implied one. */
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *count = &figures->items[i];
		const char *pct_metric = pct_metric_of(count);
		if (pct_metric == NULL || find_metric(figures, count, pct_metric, false) != NULL)
			continue;
		const angka_figure *eligible =
		        find_metric(figures, count, "eligible_workers", false);
		if (eligible == NULL || eligible->value <= 0)
			continue;
		angka_audit_check c = new_check(ANGKA_AUDIT_RATIO, pct_metric, count);
		c.numerator = reported(count);
		c.denominator = reported(eligible);
		c.computed = count->value / eligible->value * 100.0;
		c.implied = c.computed;
		c.implied_metric = pct_metric;
		c.missing = pct_metric;
		if ((ret = push(out, &c, err)) != ANGKA_OK)
			goto cleanup;
	}

	/* Complements: covered% + uncovered% = 100. */
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *covered = &figures->items[i];
		if (!is_metric(covered, "coverage_pct"))
			continue;
		const angka_figure *uncovered =
		        find_metric(figures, covered, "uncovered_pct", false);
		if (uncovered == NULL)
			continue;
		angka_audit_check c = new_check(ANGKA_AUDIT_PCT_COMPLEMENT,
		                                "coverage_pct+uncovered_pct", covered);
		c.percentage = reported(covered);
		c.complement = reported(uncovered);
		judge_pct_complement(&c);
		if ((ret = push(out, &c, err)) != ANGKA_OK)
			goto cleanup;
	}

	/* participants + uncovered workers = eligible workers. */
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *covered = &figures->items[i];
		if (!is_metric(covered, "participants"))
			continue;
		const angka_figure *uncovered =
		        find_metric(figures, covered, "uncovered_workers", false);
		const angka_figure *eligible =
		        find_metric(figures, covered, "eligible_workers", false);
		if (uncovered == NULL || eligible == NULL)
			continue;
		angka_audit_check c = new_check(ANGKA_AUDIT_COUNT_COMPLEMENT,
		                                "participants+uncovered_workers", covered);
		c.numerator = reported(covered);
		c.complement = reported(uncovered);
		c.denominator = reported(eligible);
		c.computed = covered->value + uncovered->value;
		c.delta = c.computed - eligible->value;
		double eps = slack(eligible->value);
		bool meets = c.numerator.low + c.complement.low <= c.denominator.high + eps &&
		             c.numerator.high + c.complement.high >= c.denominator.low - eps;
		c.verdict = meets ? ANGKA_VERDICT_CONSISTENT : ANGKA_VERDICT_INCONSISTENT;
		if ((ret = push(out, &c, err)) != ANGKA_OK)
			goto cleanup;
	}
cleanup:
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

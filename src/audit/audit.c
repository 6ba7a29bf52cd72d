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

static bool same_string(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* Same region, segment and period: the figures speak of one quantity. */
static bool same_context(const angka_figure *a, const angka_figure *b)
{
	return same_string(a->region, b->region) && same_string(a->segment, b->segment) &&
	       same_string(a->as_of, b->as_of);
}

static const angka_figure *find_metric(const angka_figure_list *figures, const angka_figure *pct,
                                       const char *metric)
{
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *f = &figures->items[i];
		if (strcmp(f->metric, metric) == 0 && same_context(f, pct))
			return f;
	}
	return NULL;
}

/* The verdict respects how each number was reported: the percentage stands
 * for [low, high) and so do the numerator and denominator ("2,8 juta" is
 * [2.75, 2.85) juta). Consistent when some reading of the two counts gives
 * a percentage inside the reported one's interval. */
static void judge(angka_audit_check *check)
{
	const angka_figure *pct = check->pct, *num = check->numerator, *den = check->denominator;
	check->computed_pct = num->value / den->value * 100.0;
	check->delta = pct->value - check->computed_pct;
	double lowest = (num->low > 0 ? num->low : num->value) / (den->high > 0 ? den->high : den->value) * 100.0;
	double highest = (num->high > 0 ? num->high : num->value) / (den->low > 0 ? den->low : den->value) * 100.0;
	double pct_low = pct->low, pct_high = pct->high;
	if (pct_high <= pct_low) {
		double half = 0.5 * pow(10.0, -pct->decimals);
		pct_low = pct->value - half;
		pct_high = pct->value + half;
	}
	if (highest >= pct_low && lowest < pct_high) {
		check->verdict = ANGKA_VERDICT_CONSISTENT;
		return;
	}
	double scale = pow(10.0, pct->decimals);
	double truncated = floor(check->computed_pct * scale) / scale;
	if (fabs(truncated - pct->value) < 0.5 / scale * 1e-6 + 1e-12) {
		check->verdict = ANGKA_VERDICT_TRUNCATED;
		return;
	}
	check->verdict = ANGKA_VERDICT_INCONSISTENT;
}

int angka_audit_figures(angka_audit_list *out, const angka_figure_list *figures, angka_error *err)
{
	out->items = NULL;
	out->n = 0;
	for (size_t i = 0; i < figures->n; i++) {
		const angka_figure *pct = &figures->items[i];
		const char *numerator_metric = NULL;
		if (strcmp(pct->metric, "coverage_pct") == 0)
			numerator_metric = "participants";
		else if (strcmp(pct->metric, "target_coverage_pct") == 0)
			numerator_metric = "target_participants";
		else if (strcmp(pct->metric, "uncovered_pct") == 0)
			numerator_metric = "uncovered_workers";
		else
			continue;
		angka_audit_check check = {.pct = pct};
		check.numerator = find_metric(figures, pct, numerator_metric);
		check.denominator = find_metric(figures, pct, "eligible_workers");
		if (check.denominator == NULL && strcmp(pct->metric, "target_coverage_pct") == 0) {
			/* A target is measured against the eligible workers of the
			 * period the article reports, not of the target's year. */
			for (size_t j = 0; j < figures->n && !check.denominator; j++) {
				const angka_figure *f = &figures->items[j];
				if (strcmp(f->metric, "eligible_workers") == 0 &&
				    same_string(f->region, pct->region) && same_string(f->segment, pct->segment))
					check.denominator = f;
			}
		}
		if (check.numerator && check.denominator && check.denominator->value > 0) {
			judge(&check);
		} else {
			check.verdict = ANGKA_VERDICT_UNVERIFIABLE;
			if (check.numerator && pct->value > 0)
				check.implied = check.numerator->value / (pct->value / 100.0);
			else if (check.denominator)
				check.implied = check.denominator->value * pct->value / 100.0;
		}
		angka_audit_check *grown = realloc(out->items, (out->n + 1) * sizeof *grown);
		if (grown == NULL) {
			angka_audit_list_free(out);
			return angka_error_set(err, ANGKA_ENOMEM, "out of memory auditing");
		}
		out->items = grown;
		out->items[out->n++] = check;
	}
	return ANGKA_OK;
}

void angka_audit_list_free(angka_audit_list *list)
{
	if (list == NULL)
		return;
	free(list->items);
	list->items = NULL;
	list->n = 0;
}

/* angka — audit: reported percentages against the ones their own numerator
 * and denominator give, judged by the precision they were reported with
 * (docs/audit.md).
 *
 * The audit reads one article's figures at a time: a percentage, its
 * numerator and its denominator may sit in different sentences of the
 * article, but never in different articles.
 */
#ifndef ANGKA_AUDIT_H
#define ANGKA_AUDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/domain.h"
#include "angka/error.h"
#include "angka/normalize.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum angka_verdict {
	ANGKA_VERDICT_CONSISTENT = 0,
	ANGKA_VERDICT_TRUNCATED, /* matches only when the computed value is truncated */
	ANGKA_VERDICT_INCONSISTENT,
	ANGKA_VERDICT_UNVERIFIABLE,
} angka_verdict;

typedef enum angka_audit_kind {
	/* percentage = numerator / denominator * 100 */
	ANGKA_AUDIT_RATIO = 0,
	/* a share + its complement = 100 (percentage + complement), e.g.
	 * coverage_pct + uncovered_pct */
	ANGKA_AUDIT_PCT_COMPLEMENT,
	/* two parts = their whole (numerator + complement = denominator), e.g.
	 * participants + uncovered_workers = eligible_workers */
	ANGKA_AUDIT_COUNT_COMPLEMENT,
} angka_audit_kind;

/* One number of a check: the figure that reported it (borrowed from the
 * figure list), or a value derived from other figures. */
typedef struct angka_audit_number {
	const angka_figure *figure;   /* NULL when derived or absent */
	const angka_figure *parts[2]; /* when derived: the two figures summed */
	bool present;                 /* reported or derived */
	double value, low, high;      /* the interval the written form stands for */
	int decimals;
} angka_audit_number;

typedef struct angka_audit_check {
	angka_audit_kind kind;
	/* "coverage_pct", ..., "coverage_pct+uncovered_pct", ...: borrowed from the
	 * figures or their domain */
	const char *metric;
	const char *domain; /* borrowed from the figures */
	const char *region;
	const char *segment;
	const char *as_of;
	angka_audit_number percentage;  /* RATIO, PCT_COMPLEMENT */
	angka_audit_number numerator;   /* RATIO, COUNT_COMPLEMENT */
	angka_audit_number denominator; /* RATIO, COUNT_COMPLEMENT (may be derived) */
	angka_audit_number complement;  /* PCT_COMPLEMENT, COUNT_COMPLEMENT */
	double computed;                /* the recomputed percentage, sum, or NAN */
	double implied;                 /* the third number two others imply, or NAN */
	const char *implied_metric;     /* what implied is ("eligible_workers", ...), or NULL */
	double delta;                   /* reported - computed, in percentage points (persons for a
	                                   count complement), whenever both are known; else NAN */
	const char *delta_unit;         /* "pp" or "persons" */
	const char *missing;            /* unverifiable: what the article does not give, or NULL */
	angka_verdict verdict;
} angka_audit_check;

typedef struct angka_audit_list {
	angka_audit_check *items;
	size_t n;
} angka_audit_list;

/* Check one article's figures against the relations their domain declares
 * (its metrics.tsv: ratios, sums, complements): every share against the
 * counts of the same domain, region, segment and period, anywhere in the
 * article; complements and sums; implied numbers where only two of three
 * are given. A figure whose domain is not among domains is not checked. out
 * borrows pointers into figures and domains, which must outlive it. Fails
 * only with ANGKA_ENOMEM. */
int angka_audit_figures(angka_audit_list *out, const angka_figure_list *figures,
                        angka_domain *const *domains, size_t n_domains, angka_error *err);
void angka_audit_list_free(angka_audit_list *list);
const char *angka_verdict_name(angka_verdict verdict);
const char *angka_audit_kind_name(angka_audit_kind kind);

/* Judge a reported percentage [pct_low, pct_high) (reported with decimals)
 * against a computed range [computed_low, computed_high]: consistent when
 * they overlap, truncated when only cutting the computed value to
 * `decimals` digits gives the reported one, inconsistent otherwise. */
angka_verdict angka_audit_judge(double reported, int decimals, double pct_low, double pct_high,
                                double computed_low, double computed_high);

/* Is pct what part / whole * 100 gives, within the precision each of the
 * three was reported with (consistent, or truncated)? */
bool angka_audit_ratio_holds(const angka_figure *pct, const angka_figure *part,
                             const angka_figure *whole);

/* Do part and other make up whole, within the precision each of the three
 * was reported with? */
bool angka_audit_sum_holds(const angka_figure *whole, const angka_figure *part,
                           const angka_figure *other);

#ifdef __cplusplus
}
#endif
#endif

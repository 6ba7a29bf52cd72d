/* angka — audit: reported percentages against the ones their own numerator
 * and denominator give, judged by the precision they were reported with.
 */
#ifndef ANGKA_AUDIT_H
#define ANGKA_AUDIT_H

#include <stddef.h>

#include "angka/error.h"
#include "angka/normalize.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum angka_verdict {
	ANGKA_VERDICT_CONSISTENT = 0,
	ANGKA_VERDICT_TRUNCATED,    /* matches only when the computed value is truncated */
	ANGKA_VERDICT_INCONSISTENT,
	ANGKA_VERDICT_UNVERIFIABLE,
} angka_verdict;

typedef struct angka_audit_check {
	const angka_figure *pct;         /* borrowed from the figure list */
	const angka_figure *numerator;   /* NULL when the article gives none */
	const angka_figure *denominator; /* NULL when the article gives none */
	double computed_pct;             /* numerator / denominator * 100, or implied */
	double implied;                  /* the missing number implied by the other two, or 0 */
	double delta;                    /* reported - computed, percentage points */
	angka_verdict verdict;
} angka_audit_check;

typedef struct angka_audit_list {
	angka_audit_check *items;
	size_t n;
} angka_audit_list;

/* Check every coverage percentage of one article's figures against the
 * participants and eligible workers of the same region, segment and period. */
int angka_audit_figures(angka_audit_list *out, const angka_figure_list *figures,
                        angka_error *err);
void angka_audit_list_free(angka_audit_list *list);
const char *angka_verdict_name(angka_verdict verdict);

#ifdef __cplusplus
}
#endif
#endif

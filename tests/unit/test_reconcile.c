/* Reconciliation: figures of several articles grouped into facts by
 * region, metric, segment and as_of; values that agree within their
 * reported precision corroborate, others conflict; each value keeps its
 * sources. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "angka/reconcile.h"

/* A figure as the store gives it back (strings borrowed: nothing here is
 * freed through angka_figure_clear). */
static angka_figure figure(const char *source, const char *code, const char *metric,
                           const char *as_of, double value, double low, double high)
{
	angka_figure f;
	memset(&f, 0, sizeof f);
	f.source = (char *)source;
	f.region = (char *)(code ? "Region" : "Kalimantan");
	f.region_code = (char *)code;
	f.metric = (char *)metric;
	f.segment = (char *)"all";
	f.as_of = (char *)as_of;
	f.value = value;
	f.low = low;
	f.high = high;
	f.unit = (char *)"percent";
	return f;
}

Test(reconcile, equal_within_precision_corroborates)
{
	angka_figure figures[] = {
	        figure("a.txt", "62", "coverage_pct", "2024", 46.2, 46.15, 46.25),
	        figure("b.txt", "62", "coverage_pct", "2024", 46.21, 46.205, 46.215),
	};
	angka_fact_list facts = ANGKA_FACT_LIST_INIT;
	cr_assert_eq(angka_reconcile(&facts, figures, 2, NULL), ANGKA_OK);
	cr_assert_eq(facts.n, 1);
	const angka_fact *fact = &facts.items[0];
	cr_expect_eq(fact->status, ANGKA_FACT_CORROBORATED);
	cr_assert_eq(fact->n_values, 1);
	cr_expect_eq(fact->values[0].n_figures, 2);
	cr_expect_eq(fact->values[0].n_sources, 2);
	cr_expect_float_eq(fact->values[0].value, 46.21, 1e-12, "the most precise statement");
	cr_expect_float_eq(fact->values[0].low, 46.205, 1e-12);
	cr_expect_float_eq(fact->values[0].high, 46.215, 1e-12);
	cr_expect_str_eq(angka_fact_status_name(fact->status), "corroborated");
	angka_fact_list_free(&facts);
}

Test(reconcile, different_values_conflict_with_the_sources_of_each)
{
	angka_figure figures[] = {
	        figure("a.txt", "62", "coverage_pct", "2024", 46.2, 46.15, 46.25),
	        figure("b.txt", "62", "coverage_pct", "2024", 46.3, 46.25, 46.35),
	        figure("c.txt", "62", "coverage_pct", "2024", 46.3, 46.25, 46.35),
	};
	angka_fact_list facts = ANGKA_FACT_LIST_INIT;
	cr_assert_eq(angka_reconcile(&facts, figures, 3, NULL), ANGKA_OK);
	cr_assert_eq(facts.n, 1);
	const angka_fact *fact = &facts.items[0];
	cr_expect_eq(fact->status, ANGKA_FACT_CONFLICT,
	             "46,2 and 46,3 touch at 46.25 but do not overlap");
	cr_assert_eq(fact->n_values, 2);
	cr_expect_float_eq(fact->values[0].value, 46.3, 1e-12, "the most-sourced value first");
	cr_expect_eq(fact->values[0].n_sources, 2);
	cr_expect_str_eq(figures[fact->values[0].figures[0]].source, "b.txt");
	cr_expect_str_eq(figures[fact->values[0].figures[1]].source, "c.txt");
	cr_expect_eq(fact->values[1].n_figures, 1);
	cr_expect_str_eq(figures[fact->values[1].figures[0]].source, "a.txt");
	angka_fact_list_free(&facts);
}

Test(reconcile, a_rounded_figure_agrees_with_the_exact_one)
{
	angka_figure figures[] = {
	        figure("a.txt", "62", "participants", "2024", 2.8e6, 2.75e6, 2.85e6),
	        figure("b.txt", "62", "participants", "2024", 2812000, 2811999.5, 2812000.5),
	        figure("c.txt", "62", "participants", "2024", 2.9e6, 2.85e6, 2.95e6),
	};
	angka_fact_list facts = ANGKA_FACT_LIST_INIT;
	cr_assert_eq(angka_reconcile(&facts, figures, 3, NULL), ANGKA_OK);
	cr_assert_eq(facts.n, 1);
	cr_assert_eq(facts.items[0].n_values, 2);
	cr_expect_eq(facts.items[0].values[0].value, 2812000);
	cr_expect_eq(facts.items[0].values[0].n_figures, 2);
	cr_expect_eq(facts.items[0].values[1].value, 2.9e6);
	angka_fact_list_free(&facts);
}

Test(reconcile, the_key_is_region_metric_segment_and_as_of)
{
	angka_figure figures[] = {
	        figure("a.txt", "62", "coverage_pct", "2024", 46.2, 46.15, 46.25),
	        figure("a.txt", "62", "coverage_pct", "2025-03", 50, 49.5, 50.5),
	        figure("a.txt", "62", "coverage_pct", NULL, 40, 39.5, 40.5),
	        figure("b.txt", "15", "coverage_pct", "2024", 30, 29.5, 30.5),
	        figure("b.txt", "62", "participants", "2024", 1000, 999.5, 1000.5),
	        figure("b.txt", NULL, "coverage_pct", "2024", 46.2, 46.15, 46.25),
	        figure("c.txt", "62", "coverage_pct", "2024", 46.2, 46.15, 46.25),
	};
	figures[6].segment = (char *)"BPU";
	angka_fact_list facts = ANGKA_FACT_LIST_INIT;
	cr_assert_eq(angka_reconcile(&facts, figures, 7, NULL), ANGKA_OK);
	cr_expect_eq(facts.n, 7, "no two of them speak of the same fact");
	for (size_t i = 0; i < facts.n; i++)
		cr_expect_eq(facts.items[i].status, ANGKA_FACT_SINGLE);
	/* sorted: the grouping (no code) first, then by code, metric, segment, as_of */
	cr_expect_null(facts.items[0].key->region_code);
	cr_expect_str_eq(facts.items[1].key->region_code, "15");
	cr_expect_str_eq(facts.items[2].key->segment, "BPU");
	cr_expect_null(facts.items[3].key->as_of, "no period sorts before a period");
	angka_fact_list_free(&facts);
}

Test(reconcile, the_same_source_twice_does_not_corroborate)
{
	angka_figure figures[] = {
	        figure("a.txt", "62", "coverage_pct", "2024", 46.2, 46.15, 46.25),
	        figure("a.txt", "62", "coverage_pct", "2024", 46.2, 46.15, 46.25),
	};
	angka_fact_list facts = ANGKA_FACT_LIST_INIT;
	cr_assert_eq(angka_reconcile(&facts, figures, 2, NULL), ANGKA_OK);
	cr_assert_eq(facts.n, 1);
	cr_expect_eq(facts.items[0].status, ANGKA_FACT_SINGLE);
	cr_expect_eq(facts.items[0].values[0].n_sources, 1);
	angka_fact_list_free(&facts);
}

Test(reconcile, exact_values_without_an_interval)
{
	angka_figure figures[] = {
	        figure("a.txt", "62", "participants", "2024", 1000, NAN, NAN),
	        figure("b.txt", "62", "participants", "2024", 1000, NAN, NAN),
	        figure("c.txt", "62", "participants", "2024", 1001, NAN, NAN),
	};
	angka_fact_list facts = ANGKA_FACT_LIST_INIT;
	cr_assert_eq(angka_reconcile(&facts, figures, 3, NULL), ANGKA_OK);
	cr_assert_eq(facts.n, 1);
	cr_expect_eq(facts.items[0].status, ANGKA_FACT_CONFLICT);
	cr_expect_eq(facts.items[0].values[0].n_sources, 2);
	angka_fact_list_free(&facts);
}

Test(reconcile, nothing_to_reconcile)
{
	angka_fact_list facts = ANGKA_FACT_LIST_INIT;
	cr_expect_eq(angka_reconcile(&facts, NULL, 0, NULL), ANGKA_OK);
	cr_expect_eq(facts.n, 0);
	angka_fact_list_free(&facts);
	angka_fact_list_free(NULL);
}

/* Reconciliation: figures of several articles grouped into facts by
 * region, metric, segment and as_of; values that agree within their
 * reported precision corroborate, others conflict; each value keeps its
 * sources. */
#define _POSIX_C_SOURCE 200809L

#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "angka/reconcile.h"
#include "util/hash.h"

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
	f.domain = (char *)"bpjs-tk";
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

Test(reconcile, the_programme_is_part_of_the_key)
{
	angka_figure figures[] = {
	        figure("a.txt", "62", "benefit_amount_idr", "2024", 339e9, 338.5e9, 339.5e9),
	        figure("a.txt", "62", "benefit_amount_idr", "2024", 12e9, 11.5e9, 12.5e9),
	        figure("a.txt", "62", "benefit_amount_idr", "2024", 5e9, 4.5e9, 5.5e9),
	        figure("b.txt", "62", "benefit_amount_idr", "2024", 339e9, 338.5e9, 339.5e9),
	};
	figures[0].programme = (char *)"JHT";
	figures[1].programme = (char *)"JKK";
	figures[2].programme = (char *)"JKM";
	figures[3].programme = (char *)"JHT";
	angka_fact_list facts = ANGKA_FACT_LIST_INIT;
	cr_assert_eq(angka_reconcile(&facts, figures, 4, NULL), ANGKA_OK);
	cr_assert_eq(facts.n, 3, "one fact per programme, not one conflict");
	for (size_t i = 0; i < facts.n; i++)
		cr_expect_neq(facts.items[i].status, ANGKA_FACT_CONFLICT);
	cr_expect_str_eq(facts.items[0].key->programme, "JHT");
	cr_expect_eq(facts.items[0].status, ANGKA_FACT_CORROBORATED);
	angka_fact_list_free(&facts);
}

Test(reconcile, a_value_without_an_interval_stands_for_its_written_decimals)
{
	/* A reviewer's correction: the value and the decimals it was typed
	 * with. "46,17" meets "46,2" [46,15; 46,25); "46,3" does not. */
	angka_figure figures[] = {
	        figure("a.txt", "62", "coverage_pct", "2024", 46.2, 46.15, 46.25),
	        figure("b.txt", "62", "coverage_pct", "2024", 46.17, NAN, NAN),
	        figure("c.txt", "62", "coverage_pct", "2025", 46.2, 46.15, 46.25),
	        figure("d.txt", "62", "coverage_pct", "2025", 46.3, NAN, NAN),
	};
	figures[1].decimals = 2;
	figures[3].decimals = 1;
	angka_fact_list facts = ANGKA_FACT_LIST_INIT;
	cr_assert_eq(angka_reconcile(&facts, figures, 4, NULL), ANGKA_OK);
	cr_assert_eq(facts.n, 2);
	cr_expect_eq(facts.items[0].status, ANGKA_FACT_CORROBORATED);
	cr_expect_float_eq(facts.items[0].values[0].low, 46.165, 1e-9);
	cr_expect_float_eq(facts.items[0].values[0].high, 46.175, 1e-9);
	cr_expect_eq(facts.items[1].status, ANGKA_FACT_CONFLICT);
	angka_fact_list_free(&facts);
}

Test(reconcile, whole_numbers_without_an_interval)
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

/* ---- the facts of a store ---------------------------------------------- */

static char tmpdir[64];
static char db_path[128];

static void store_setup(void)
{
	strcpy(tmpdir, "/tmp/angka-reconcile-XXXXXX");
	cr_assert_not_null(mkdtemp(tmpdir));
	snprintf(db_path, sizeof db_path, "%s/angka.db", tmpdir);
}

static void store_teardown(void)
{
	const char *suffixes[] = {"", "-wal", "-shm"};
	for (size_t i = 0; i < 3; i++) {
		char path[160];
		snprintf(path, sizeof path, "%s%s", db_path, suffixes[i]);
		unlink(path);
	}
	rmdir(tmpdir);
}

TestSuite(reconcile_store, .init = store_setup, .fini = store_teardown);

/* One article at source with one coverage figure as written. */
static int64_t put_coverage(angka_store *store, const char *source, const char *text,
                            const char *written, double value, int decimals)
{
	angka_article a;
	memset(&a, 0, sizeof a);
	a.source = (char *)source;
	a.text = (char *)text;
	a.text_len = strlen(text);
	cr_assert_eq(angka_sha256_hex(a.content_hash, text, strlen(text)), 0);
	angka_figure f = figure(source, "62", "coverage_pct", "2025-03", value, NAN, NAN);
	double half = 0.5 * pow(10, -decimals);
	f.low = value - half;
	f.high = value + half;
	f.decimals = decimals;
	f.text = (char *)written;
	f.sentence = (char *)text;
	f.start = (size_t)(strstr(text, written) - text);
	f.end = f.start + strlen(written);
	f.rule = (char *)"coverage.test";
	angka_figure_list list = {&f, 1, 1};
	int64_t id = 0;
	angka_error err = {0, ""};
	cr_assert_eq(angka_store_put_article(store, &a, &list, NULL, NULL, &id, &err), ANGKA_OK,
	             "%s", err.message);
	return id;
}

static int64_t first_figure(angka_store *store, const char *source)
{
	angka_fact_set set;
	cr_assert_eq(angka_reconcile_store(&set, store, NULL), ANGKA_OK);
	int64_t id = 0;
	for (size_t i = 0; i < set.figures.n && id == 0; i++)
		if (strcmp(set.figures.items[i].source, source) == 0)
			id = set.ids[i];
	angka_fact_set_free(&set);
	cr_assert_neq(id, 0, "no figure from %s", source);
	return id;
}

Test(reconcile_store, one_definition_as_reviewed)
{
	angka_store *store = NULL;
	cr_assert_eq(angka_store_open(&store, db_path, NULL), ANGKA_OK);
	put_coverage(store, "a.txt", "Kalteng 46,2 persen.", "46,2 persen", 46.2, 1);
	put_coverage(store, "b.txt", "Kalteng 46,17 persen.", "46,17 persen", 46.17, 2);
	angka_fact_set set;
	cr_assert_eq(angka_reconcile_store(&set, store, NULL), ANGKA_OK);
	cr_assert_eq(set.facts.n, 1);
	cr_expect_eq(set.facts.items[0].status, ANGKA_FACT_CORROBORATED,
	             "46,2 and 46,17 agree within their written precision");
	size_t value = 9;
	cr_expect_eq(angka_fact_set_find(&set, set.ids[1], &value), &set.facts.items[0]);
	cr_expect_eq(value, 0);
	cr_expect_null(angka_fact_set_find(&set, 12345, NULL));
	angka_fact_set_free(&set);

	/* A third source says 46,5: a conflict; rejected, it is out again. */
	put_coverage(store, "c.txt", "Kalteng 46,5 persen.", "46,5 persen", 46.5, 1);
	cr_assert_eq(angka_reconcile_store(&set, store, NULL), ANGKA_OK);
	cr_expect_eq(set.facts.items[0].status, ANGKA_FACT_CONFLICT);
	angka_fact_set_free(&set);
	int64_t c = first_figure(store, "c.txt");
	cr_assert_eq(
	        angka_store_review(store, c, ANGKA_REVIEW_REJECT, NAN, 0, NULL, "ana", NULL, NULL),
	        ANGKA_OK);
	cr_assert_eq(angka_reconcile_store(&set, store, NULL), ANGKA_OK);
	cr_expect_eq(set.figures.n, 2);
	cr_expect_eq(set.facts.items[0].status, ANGKA_FACT_CORROBORATED);
	cr_expect_null(angka_fact_set_find(&set, c, NULL), "a rejected figure is no source");
	angka_fact_set_free(&set);

	/* A correction counts with its value and the precision it was typed with. */
	int64_t b = first_figure(store, "b.txt");
	cr_assert_eq(angka_store_review(store, b, ANGKA_REVIEW_CORRECT, 47.1, 1, NULL, "ana", NULL,
	                                NULL),
	             ANGKA_OK);
	cr_assert_eq(angka_reconcile_store(&set, store, NULL), ANGKA_OK);
	cr_expect_eq(set.facts.items[0].status, ANGKA_FACT_CONFLICT);
	angka_fact_set_free(&set);

	/* A new version of b.txt: its old figure (and its correction) leave. */
	put_coverage(store, "b.txt", "Kalteng 46,21 persen.", "46,21 persen", 46.21, 2);
	cr_assert_eq(angka_reconcile_store(&set, store, NULL), ANGKA_OK);
	cr_expect_eq(set.figures.n, 2);
	cr_expect_eq(set.facts.items[0].status, ANGKA_FACT_CORROBORATED);
	angka_fact_set_free(&set);
	angka_store_close(store);
}

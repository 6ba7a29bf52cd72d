/* Unit tests for the audit: every verdict, the rounding boundaries of the
 * reported precision, scaled numbers, implied and derived numbers,
 * complements; the seed articles and the development corpus. */
#define _POSIX_C_SOURCE 200809L

#include <criterion/criterion.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/audit.h"
#include "angka/fetch.h"
#include "angka/parse.h"
#include "angka/pipeline.h"

/* ---- figures as an article gives them ------------------------------------ */

static angka_figure_list list;
static size_t next_start;

static void setup(void)
{
	list = (angka_figure_list)ANGKA_FIGURE_LIST_INIT;
	next_start = 0;
}

static void teardown(void)
{
	angka_figure_list_free(&list);
}

TestSuite(audit, .init = setup, .fini = teardown);

/* A figure of metric written as text ("46,2 persen", "2,8 juta"), with the
 * value and interval the number parser gives it, in region/segment/as_of. */
static void add_in(const char *metric, const char *text, const char *region, const char *segment,
                   const char *as_of)
{
	angka_number n;
	cr_assert_eq(angka_number_parse(&n, text, strlen(text)), ANGKA_OK, "cannot parse %s", text);
	angka_figure f = {
	        .source = "test.txt",
	        .region = (char *)region,
	        .domain = "bpjs-tk",
	        .metric = (char *)metric,
	        .segment = (char *)segment,
	        .value = n.value,
	        .unit = strstr(metric, "_pct") ? "percent" : "persons",
	        .as_of = (char *)as_of,
	        .text = (char *)text,
	        .sentence = (char *)text,
	        .start = next_start,
	        .end = next_start + strlen(text),
	        .rule = "test",
	        .decimals = n.decimals,
	        .low = n.low,
	        .high = n.high,
	};
	next_start += 100;
	cr_assert_eq(angka_figure_list_push(&list, &f), ANGKA_OK);
}

static void add(const char *metric, const char *text)
{
	add_in(metric, text, "Kalimantan Tengah", "all", "2025-03");
}

/* The project's domains: the relations the audit checks are theirs. Kept
 * for the process, as the checks borrow from them. */
static angka_domain **domains;
static size_t n_domains;

static angka_audit_list run(void)
{
	angka_audit_list out = {NULL, 0};
	angka_error err = {0, ""};
	if (domains == NULL)
		cr_assert_eq(
		        angka_domains_load(&domains, &n_domains, ANGKA_SOURCE_DIR "/rules", &err),
		        ANGKA_OK, "%s", err.message);
	cr_assert_eq(angka_audit_figures(&out, &list, domains, n_domains, &err), ANGKA_OK, "%s",
	             err.message);
	return out;
}

/* The only check of the given kind and metric. */
static const angka_audit_check *only(const angka_audit_list *checks, angka_audit_kind kind,
                                     const char *metric)
{
	const angka_audit_check *found = NULL;
	for (size_t i = 0; i < checks->n; i++) {
		if (checks->items[i].kind == kind && strcmp(checks->items[i].metric, metric) == 0) {
			cr_assert_null(found, "two %s checks", metric);
			found = &checks->items[i];
		}
	}
	cr_assert_not_null(found, "no %s check among %zu", metric, checks->n);
	return found;
}

#define assert_near(got, want, tol)                                                                \
	cr_assert(fabs((got) - (want)) <= (tol), "%s = %.6f, expected %.6f", #got, (got), (want))

/* ---- the judgement at the interval ends ------------------------------------ */

Test(audit, judge_rounding_interval_is_half_open)
{
	/* "46,2" stands for [46.15, 46.25). */
	cr_assert_eq(angka_audit_judge(46.2, 1, 46.15, 46.25, 46.15, 46.15),
	             ANGKA_VERDICT_CONSISTENT);
	cr_assert_eq(angka_audit_judge(46.2, 1, 46.15, 46.25, 46.2499, 46.2499),
	             ANGKA_VERDICT_CONSISTENT);
	cr_assert_eq(angka_audit_judge(46.2, 1, 46.15, 46.25, 46.1499, 46.1499),
	             ANGKA_VERDICT_INCONSISTENT);
	/* 46.25 rounds to 46.3, but cut to one decimal it is 46.2. */
	cr_assert_eq(angka_audit_judge(46.2, 1, 46.15, 46.25, 46.25, 46.25),
	             ANGKA_VERDICT_TRUNCATED);
	cr_assert_eq(angka_audit_judge(46.2, 1, 46.15, 46.25, 46.2999, 46.2999),
	             ANGKA_VERDICT_TRUNCATED);
	cr_assert_eq(angka_audit_judge(46.2, 1, 46.15, 46.25, 46.30, 46.30),
	             ANGKA_VERDICT_INCONSISTENT);
}

Test(audit, judge_survives_floating_point_at_the_edge)
{
	/* 4615 / 10000 * 100 is not exactly 46.15 in binary. */
	double computed = 4615.0 / 10000.0 * 100.0;
	cr_assert_eq(angka_audit_judge(46.2, 1, 46.15, 46.25, computed, computed),
	             ANGKA_VERDICT_CONSISTENT);
	computed = 4625.0 / 10000.0 * 100.0;
	cr_assert_eq(angka_audit_judge(46.2, 1, 46.15, 46.25, computed, computed),
	             ANGKA_VERDICT_TRUNCATED);
}

/* ---- verdicts on figures ------------------------------------------------------- */

Test(audit, consistent_across_sentences_with_reported_precision)
{
	add("eligible_workers", "1.009.250");
	add("participants", "465.940");
	add("coverage_pct", "46,2 persen");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT);
	assert_near(c->computed, 46.167, 0.001);
	assert_near(c->delta, 0.033, 0.001);
	cr_assert_null(c->missing);
	angka_audit_list_free(&checks);
}

Test(audit, one_decimal_less_precise_reading_is_truncated)
{
	/* 46.167 cut to one decimal is 46.1; rounded it is 46.2. */
	add("eligible_workers", "1.009.250");
	add("participants", "465.940");
	add("coverage_pct", "46,1 persen");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_TRUNCATED);
	assert_near(c->delta, -0.067, 0.001);
	angka_audit_list_free(&checks);
}

/* What the reading of bases asks of the audit: does a share hold for a part
 * and a whole, within what each was reported to (rounded or truncated)? */
Test(audit, a_ratio_holds_within_the_precision_of_its_three_numbers)
{
	add("participants", "465.940");
	add("eligible_workers", "1.009.250");
	add("coverage_pct", "46,2 persen");
	add("coverage_pct", "46,1 persen");
	add("coverage_pct", "46,3 persen");
	cr_expect(angka_audit_ratio_holds(&list.items[2], &list.items[0], &list.items[1]));
	cr_expect(angka_audit_ratio_holds(&list.items[3], &list.items[0], &list.items[1]),
	          "truncated");
	cr_expect(!angka_audit_ratio_holds(&list.items[4], &list.items[0], &list.items[1]));
	cr_expect(!angka_audit_ratio_holds(&list.items[2], &list.items[1], &list.items[0]));
}

Test(audit, inconsistent_with_delta_in_percentage_points)
{
	add_in("coverage_pct", "39,52%", "Jambi", "all", "2024-08-12");
	add_in("participants", "528.632", "Jambi", "all", "2024-08-12");
	add_in("eligible_workers", "1.312.370", "Jambi", "all", "2024-08-12");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_INCONSISTENT);
	assert_near(c->delta, -0.7607, 0.0001);
	cr_assert_str_eq(c->delta_unit, "pp");
	angka_audit_list_free(&checks);
}

/* "hampir 60 persen" of 214.905 out of 362.400 (59,30%): a hedged share is
 * read give or take one in its last digit; the same share stated flat is
 * not. */
Test(audit, a_hedged_share_allows_one_in_its_last_digit)
{
	add("coverage_pct", "60 persen");
	add("participants", "214.905");
	add("eligible_workers", "362.400");
	angka_audit_list checks = run();
	cr_assert_eq(only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct")->verdict,
	             ANGKA_VERDICT_INCONSISTENT);
	angka_audit_list_free(&checks);
	list.items[0].approx = true;
	checks = run();
	cr_assert_eq(only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct")->verdict,
	             ANGKA_VERDICT_CONSISTENT);
	angka_audit_list_free(&checks);
}

Test(audit, two_decimals_just_outside_is_inconsistent)
{
	/* 49.803 / 98.206 = 50.7128…: "50,72" stands for [50.715, 50.725). */
	add("participants", "49.803");
	add("eligible_workers", "98.206");
	add("coverage_pct", "50,72%");
	angka_audit_list checks = run();
	cr_assert_eq(only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct")->verdict,
	             ANGKA_VERDICT_INCONSISTENT);
	angka_audit_list_free(&checks);
}

Test(audit, scaled_denominator_stands_for_its_interval)
{
	/* 1.300.000 / 2.800.000 = 46.43 %, but "2,8 juta" is [2,75; 2,85) juta,
	 * which allows up to 47.27 %: a reported 47,0 % is consistent. */
	add("participants", "1.300.000");
	add("eligible_workers", "2,8 juta");
	add("coverage_pct", "47,0%");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT);
	cr_assert_eq(c->denominator.decimals, 1);
	assert_near(c->denominator.low, 2750000.0, 0.5);
	assert_near(c->denominator.high, 2850000.0, 0.5);
	angka_audit_list_free(&checks);
}

Test(audit, exact_denominator_gives_no_such_room)
{
	add("participants", "1.300.000");
	add("eligible_workers", "2.800.000");
	add("coverage_pct", "47,0%");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_INCONSISTENT);
	assert_near(c->delta, 0.5714, 0.0001);
	angka_audit_list_free(&checks);
}

Test(audit, unverifiable_percentage_implies_its_denominator)
{
	add_in("participants", "239.430", "Kalimantan Tengah", "PU", "2022-07-06");
	add_in("coverage_pct", "53,57%", "Kalimantan Tengah", "PU", "2022-07-06");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_UNVERIFIABLE);
	cr_assert_str_eq(c->missing, "eligible_workers");
	cr_assert_str_eq(c->implied_metric, "eligible_workers");
	assert_near(c->implied, 446947.9, 0.1);
	angka_audit_list_free(&checks);
}

Test(audit, unverifiable_percentage_implies_its_numerator)
{
	add("eligible_workers", "1.009.250");
	add("coverage_pct", "46,2 persen");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_UNVERIFIABLE);
	cr_assert_str_eq(c->missing, "participants");
	assert_near(c->implied, 466273.5, 0.1);
	angka_audit_list_free(&checks);
}

Test(audit, lone_percentage_says_what_is_missing)
{
	add("coverage_pct", "48,64%");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_UNVERIFIABLE);
	cr_assert_str_eq(c->missing, "participants and eligible_workers");
	cr_assert(isnan(c->implied));
	angka_audit_list_free(&checks);
}

Test(audit, counts_without_percentage_imply_it)
{
	add("participants", "465.940");
	add("eligible_workers", "1.009.250");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_UNVERIFIABLE);
	cr_assert_str_eq(c->implied_metric, "coverage_pct");
	assert_near(c->implied, 46.167, 0.001);
	cr_assert(!c->percentage.present);
	angka_audit_list_free(&checks);
}

Test(audit, other_region_or_period_is_not_a_denominator)
{
	add_in("coverage_pct", "46,2 persen", "Kalimantan Tengah", "all", "2025-03");
	add_in("participants", "465.940", "Kalimantan Tengah", "all", "2025-03");
	add_in("eligible_workers", "1.009.250", "Kalimantan Barat", "all", "2025-03");
	add_in("eligible_workers", "1.009.250", "Kalimantan Tengah", "BPU", "2025-03");
	next_start += 1000; /* another period, said far from the share */
	add_in("eligible_workers", "1.009.250", "Kalimantan Tengah", "all", "2024");
	angka_audit_list checks = run();
	cr_assert_eq(only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct")->verdict,
	             ANGKA_VERDICT_UNVERIFIABLE);
	angka_audit_list_free(&checks);
}

/* "Menurut data BPS 2022 ada 485.049 pekerja. 254.087 di antaranya ... 52,38
 * persen": a base said next to the share is its base, whatever year it was
 * read with. */
Test(audit, a_base_of_another_period_said_with_the_share_is_its_denominator)
{
	add_in("eligible_workers", "485.049", "Kabupaten Kudus", "all", "2022");
	add_in("participants", "254.087", "Kabupaten Kudus", "all", "2023-11");
	add_in("coverage_pct", "52,38 persen", "Kabupaten Kudus", "all", "2023-11");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT);
	assert_near(c->denominator.value, 485049, 0.5);
	angka_audit_list_free(&checks);
}

/* "Sebanyak 56.000 ... dari 158.000 orang": a count that ends in zeros is
 * rounded to them, and is read with that precision. */
Test(audit, a_count_ending_in_zeros_is_rounded_to_them)
{
	add("coverage_pct", "23,8 persen");
	add("participants", "37.783");
	add("eligible_workers", "158.000");
	angka_audit_list checks = run();
	cr_assert_eq(only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct")->verdict,
	             ANGKA_VERDICT_CONSISTENT);
	angka_audit_list_free(&checks);

	angka_figure_list_free(&list);
	list = (angka_figure_list)ANGKA_FIGURE_LIST_INIT;
	add("coverage_pct", "23,8 persen");
	add("participants", "37.783");
	add("eligible_workers", "159.431");
	checks = run();
	cr_assert_eq(only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct")->verdict,
	             ANGKA_VERDICT_INCONSISTENT);
	angka_audit_list_free(&checks);
}

/* "target 60 persen, atau sekitar 350 ribu pekerja" of 589.310: a count in
 * a scale word ending in a zero may be rounded to that digit (345-355
 * ribu), one digit further, no more. */
Test(audit, a_scaled_count_ending_in_a_zero_is_rounded_to_it)
{
	add("target_coverage_pct", "60 persen");
	add("target_participants", "350 ribu");
	add("eligible_workers", "589.310");
	angka_audit_list checks = run();
	cr_assert_eq(only(&checks, ANGKA_AUDIT_RATIO, "target_coverage_pct")->verdict,
	             ANGKA_VERDICT_CONSISTENT);
	angka_audit_list_free(&checks);

	angka_figure_list_free(&list);
	list = (angka_figure_list)ANGKA_FIGURE_LIST_INIT;
	add("target_coverage_pct", "60 persen");
	add("target_participants", "340 ribu");
	add("eligible_workers", "589.310");
	checks = run();
	cr_assert_eq(only(&checks, ANGKA_AUDIT_RATIO, "target_coverage_pct")->verdict,
	             ANGKA_VERDICT_INCONSISTENT);
	angka_audit_list_free(&checks);
}

/* "masih ada 1,1 juta pekerja yang belum terlindungi ... dari 1,6 juta
 * angkatan kerja ... 33,7 persen": the covered are the rest of the base. */
Test(audit, the_covered_are_the_rest_of_the_base)
{
	add("coverage_pct", "33,7 persen");
	add("uncovered_workers", "1,1 juta");
	add("eligible_workers", "1,6 juta");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT);
	cr_assert(c->numerator.figure == NULL && c->numerator.parts[0] != NULL);
	assert_near(c->numerator.value, 500000, 0.5);
	angka_audit_list_free(&checks);
}

Test(audit, target_takes_the_eligible_workers_of_the_reported_period)
{
	add_in("eligible_workers", "1.312.370", "Jambi", "all", "2024-08-12");
	add_in("target_coverage_pct", "53%", "Jambi", "all", "2024-12-31");
	add_in("target_participants", "695.556", "Jambi", "all", "2024-12-31");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "target_coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT);
	assert_near(c->computed, 53.0, 0.001);
	angka_audit_list_free(&checks);
}

Test(audit, a_target_is_the_participants_plus_what_is_still_to_add)
{
	/* "baru 24,86 persen atau 760.468 peserta" … "menargetkan 32,62 persen
	 * … masih harus mengejar penambahan sebanyak 237.360 orang agar
	 * mencapai target": the target is 997.828 of 3,05 juta, 32,72 persen
	 * (32,66 to 32,77 within the rounding of the base), not 32,62. */
	add_in("participants", "760.468", "Lampung", "all", "2024-09");
	add_in("eligible_workers", "3,05 juta", "Lampung", "all", "2024-09");
	add_in("target_coverage_pct", "32,62 persen", "Lampung", "all", "2024");
	add_in("target_gap", "237.360", "Lampung", "all", "2024-09");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "target_coverage_pct");
	cr_assert_null(c->numerator.figure);
	cr_assert_not_null(c->numerator.parts[1]);
	assert_near(c->numerator.value, 997828.0, 0.5);
	cr_assert_eq(c->verdict, ANGKA_VERDICT_INCONSISTENT);
	angka_audit_list_free(&checks);
}

Test(audit, a_target_within_the_rounding_of_participants_plus_what_is_to_add)
{
	add("participants", "41.200");
	add("eligible_workers", "103.000");
	add("target_coverage_pct", "50 persen");
	add("target_gap", "10.300");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "target_coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT);
	angka_audit_list_free(&checks);
}

Test(audit, a_growth_is_the_change_between_the_two_levels_said_with_it)
{
	/* "jumlah peserta ... Desember 2023 mencapai 61,08 juta orang. Jumlah
	 * ini meningkat sekitar 10,29 persen jika dibandingkan dengan jumlah
	 * peserta pada Desember 2022 ... 55,38 juta orang": 5,70 juta of 55,38
	 * juta, a registered total against its earlier count. */
	add_in("registered", "61,08 juta", "Indonesia", "all", "2023-12");
	add_in("growth_pct", "10,29 persen", "Indonesia", "all", "2023-12");
	add_in("participants", "55,38 juta", "Indonesia", "all", "2022-12");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "growth_pct");
	assert_near(c->numerator.value, 5700000.0, 0.5);
	assert_near(c->denominator.value, 55380000.0, 0.5);
	cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT);
	angka_audit_list_free(&checks);
}

Test(audit, a_fall_is_checked_by_its_size_and_levels_of_one_period_are_none)
{
	add_in("participants", "40.000", "Kota Jambi", "all", "2024");
	add_in("growth_pct", "20 persen", "Kota Jambi", "all", "2025");
	add_in("participants", "30.000", "Kota Jambi", "all", "2025");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "growth_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_INCONSISTENT, "a fall of 25 %%, not 20");
	angka_audit_list_free(&checks);
	angka_figure_list_free(&list);
	list = (angka_figure_list)ANGKA_FIGURE_LIST_INIT;
	add_in("participants", "40.000", "Kota Jambi", "all", "2025");
	add_in("growth_pct", "20 persen", "Kota Jambi", "all", "2025");
	add_in("eligible_workers", "30.000", "Kota Jambi", "all", "2024");
	checks = run();
	for (size_t i = 0; i < checks.n; i++)
		cr_expect_neq(strcmp(checks.items[i].metric, "growth_pct"), 0,
		              "a base is no level of the count");
	angka_audit_list_free(&checks);
}

Test(audit, denominator_derived_from_covered_plus_uncovered)
{
	/* "46,2% atau sekitar 465.940 pekerja" … "masih ada sekitar 543.310
	 * pekerja yang belum": the base is 1.009.250. */
	add("coverage_pct", "46,2%");
	add("participants", "465.940");
	add("uncovered_workers", "543.310");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT);
	cr_assert_null(c->denominator.figure);
	cr_assert_not_null(c->denominator.parts[0]);
	assert_near(c->denominator.value, 1009250.0, 0.5);
	angka_audit_list_free(&checks);
}

Test(audit, percentage_complement_against_100)
{
	add_in("coverage_pct", "45,44 persen", "Kalimantan Tengah", "all", "2024");
	add_in("participants", "466.286", "Kalimantan Tengah", "all", "2024");
	add_in("uncovered_pct", "20,59 persen", "Kalimantan Tengah", "all", "2024");
	add_in("uncovered_workers", "211.438", "Kalimantan Tengah", "all", "2024");
	angka_audit_list checks = run();
	const angka_audit_check *c =
	        only(&checks, ANGKA_AUDIT_PCT_COMPLEMENT, "coverage_pct+uncovered_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_INCONSISTENT);
	assert_near(c->delta, -33.97, 0.0001);
	/* A contradicted complement is no base: the ratios stay unverifiable
	 * rather than judged against participants + uncovered. */
	const angka_audit_check *r = only(&checks, ANGKA_AUDIT_RATIO, "coverage_pct");
	cr_assert_eq(r->verdict, ANGKA_VERDICT_UNVERIFIABLE);
	assert_near(r->implied, 1026157.6, 0.5);
	angka_audit_list_free(&checks);
}

Test(audit, percentage_complement_within_precision)
{
	add("coverage_pct", "46,2 persen");
	add("uncovered_pct", "53,8 persen");
	angka_audit_list checks = run();
	cr_assert_eq(
	        only(&checks, ANGKA_AUDIT_PCT_COMPLEMENT, "coverage_pct+uncovered_pct")->verdict,
	        ANGKA_VERDICT_CONSISTENT);
	angka_audit_list_free(&checks);
}

Test(audit, count_complement_against_eligible)
{
	add("participants", "465.940");
	add("uncovered_workers", "543.310");
	add("eligible_workers", "1.009.250");
	angka_audit_list checks = run();
	const angka_audit_check *c =
	        only(&checks, ANGKA_AUDIT_COUNT_COMPLEMENT, "participants+uncovered_workers");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT);
	angka_audit_list_free(&checks);

	angka_figure_list_free(&list);
	list = (angka_figure_list)ANGKA_FIGURE_LIST_INIT;
	add("participants", "465.940");
	add("uncovered_workers", "543.500");
	add("eligible_workers", "1.009.250");
	checks = run();
	c = only(&checks, ANGKA_AUDIT_COUNT_COMPLEMENT, "participants+uncovered_workers");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_INCONSISTENT);
	assert_near(c->delta, 190.0, 0.001);
	cr_assert_str_eq(c->delta_unit, "persons");
	angka_audit_list_free(&checks);
}

/* ---- shares of the participants, against context figures ---------------- */

/* "61,08 juta peserta ... Dari jumlah tersebut, 68,05 persen atau 41,56 juta
 * orang merupakan peserta aktif, sedangkan sisanya 31,95 persen atau 19,51
 * juta orang merupakan peserta non aktif": the active and the inactive
 * shares of the registered total, which the article gives as context. */
Test(audit, active_and_inactive_shares_of_the_registered_total)
{
	add_in("registered", "61,08 juta", "Indonesia", "all", "2023-12");
	add_in("share_pct", "68,05 persen", "Indonesia", "all", "2023-12");
	add_in("participants", "41,56 juta", "Indonesia", "all", "2023-12");
	add_in("inactive_pct", "31,95 persen", "Indonesia", "all", "2023-12");
	add_in("inactive_participants", "19,51 juta", "Indonesia", "all", "2023-12");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "share_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT);
	assert_near(c->denominator.value, 61080000, 0.5);
	assert_near(c->numerator.value, 41560000, 0.5);
	c = only(&checks, ANGKA_AUDIT_RATIO, "inactive_pct");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT);
	assert_near(c->numerator.value, 19510000, 0.5);
	/* the two parts make up the total, within the rounding of the three */
	c = only(&checks, ANGKA_AUDIT_COUNT_COMPLEMENT, "participants+inactive_participants");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT);
	/* no share of the context is missed where the article states none */
	for (size_t i = 0; i < checks.n; i++)
		cr_expect(checks.items[i].verdict != ANGKA_VERDICT_UNVERIFIABLE,
		          "an unverifiable %s check", checks.items[i].metric);
	angka_audit_list_free(&checks);
}

/* "dari 32 juta pekerja yang aktif ... 65 persennya adalah PU, yang saat ini
 * jumlahnya 21 juta": with no registered total, a share of one segment is
 * out of everyone's participants; a share of everyone needs the total. */
Test(audit, a_segment_share_is_out_of_all_participants)
{
	add_in("participants", "32 juta", "Indonesia", "all", "2022-09");
	add_in("share_pct", "65 persen", "Indonesia", "PU", "2022-09");
	add_in("participants", "21 juta", "Indonesia", "PU", "2022-09");
	/* a share of everyone with no total is no check at all: what it is out
	 * of is not said ("15 persen dari total peserta aktif nasional") */
	add_in("share_pct", "30 persen", "Indonesia", "all", "2022-09");
	angka_audit_list checks = run();
	cr_assert_eq(checks.n, 1);
	const angka_audit_check *c = &checks.items[0];
	cr_assert_str_eq(c->segment, "PU");
	cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT);
	assert_near(c->denominator.value, 32000000, 0.5);
	assert_near(c->numerator.value, 21000000, 0.5);
	angka_audit_list_free(&checks);
}

/* "... pada Desember 2022 yang tercatat sebanyak 55,38 juta orang. ... 19,51
 * juta orang merupakan peserta non aktif": a count of another period said
 * near is no part of this period's total when this period has its own. */
Test(audit, a_count_of_a_period_with_its_own_is_no_part_of_another)
{
	add_in("registered", "61,08 juta", "Indonesia", "all", "2023-12");
	add_in("participants", "55,38 juta", "Indonesia", "all", "2022-12");
	add_in("participants", "41,56 juta", "Indonesia", "all", "2023-12");
	add_in("inactive_participants", "19,51 juta", "Indonesia", "all", "2023-12");
	angka_audit_list checks = run();
	cr_assert_eq(checks.n, 1);
	cr_assert_eq(checks.items[0].verdict, ANGKA_VERDICT_CONSISTENT);
	assert_near(checks.items[0].numerator.value, 41560000, 0.5);
	angka_audit_list_free(&checks);
}

/* "... 92 juta pekerja memiliki potensi [BPS, 2022] ... dari 92 juta tadi
 * itu 60 persennya adalah pekerja informal ... 3,8 juta [peserta BPU] ...
 * Artinya ada sekitar 52 juta orang [informal] belum punya jaminan sosial":
 * a share of the workforce, out of its last count whatever its period, and
 * the sector's workers the sum of its covered and its uncovered. */
Test(audit, a_workforce_share_of_the_sum_of_its_covered_and_uncovered)
{
	add_in("eligible_workers", "92 juta", "Indonesia", "all", "2022");
	next_start += 1000;
	add_in("participants", "3,8 juta", "Indonesia", "BPU", "2022-09");
	add_in("workforce_share_pct", "60 persen", "Indonesia", "BPU", "2022-09");
	add_in("uncovered_workers", "52 juta", "Indonesia", "BPU", "2022-09");
	angka_audit_list checks = run();
	const angka_audit_check *c = only(&checks, ANGKA_AUDIT_RATIO, "workforce_share_pct");
	cr_assert_neq(c->verdict, ANGKA_VERDICT_UNVERIFIABLE);
	cr_assert_neq(c->verdict, ANGKA_VERDICT_INCONSISTENT);
	assert_near(c->numerator.value, 55800000, 0.5);
	cr_assert_not_null(c->numerator.parts[0], "derived from its parts");
	assert_near(c->denominator.value, 92000000, 0.5);
	angka_audit_list_free(&checks);
}

Test(audit, no_figures_no_checks)
{
	angka_audit_list checks = run();
	cr_assert_eq(checks.n, 0);
	angka_audit_list_free(&checks);
	angka_audit_list_free(NULL);
}

/* ---- the seed articles, through the whole pipeline -------------------------- */

static angka_pipeline *pipeline;

static void extract_file(angka_figure_list *out, const char *path)
{
	angka_error err = {0, ""};
	angka_document *doc = NULL;
	angka_article *article = NULL;
	cr_assert_eq(angka_fetch_file(&doc, path, 0, &err), ANGKA_OK, "%s", err.message);
	cr_assert_eq(angka_parse_document(&article, doc, &err), ANGKA_OK, "%s", err.message);
	cr_assert_eq(angka_pipeline_extract(out, pipeline, article, &err), ANGKA_OK, "%s",
	             err.message);
	angka_article_free(article);
	angka_document_free(doc);
}

static void pipeline_setup(void)
{
	setup();
	angka_error err = {0, ""};
	cr_assert_eq(angka_pipeline_new(&pipeline, ANGKA_SOURCE_DIR "/rules", &err), ANGKA_OK, "%s",
	             err.message);
}

static void pipeline_teardown(void)
{
	angka_pipeline_free(pipeline);
	teardown();
}

/* The ratio check of article figures whose numbers are these. */
static const angka_audit_check *find_ratio(const angka_audit_list *checks, const char *region,
                                           double numerator, double denominator)
{
	for (size_t i = 0; i < checks->n; i++) {
		const angka_audit_check *c = &checks->items[i];
		if (c->kind == ANGKA_AUDIT_RATIO && c->percentage.present && c->numerator.present &&
		    c->denominator.present && strcmp(c->region, region) == 0 &&
		    c->numerator.value == numerator &&
		    fabs(c->denominator.value - denominator) < 0.5)
			return c;
	}
	return NULL;
}

Test(audit, seed_checks_are_consistent, .init = pipeline_setup, .fini = pipeline_teardown)
{
	json_error_t jerr;
	FILE *fp = fopen(ANGKA_SHARED_DIR "/seeds/audit_expected.jsonl", "r");
	cr_assert_not_null(fp);
	char line[2048];
	size_t n = 0;
	while (fgets(line, sizeof line, fp)) {
		json_t *row = json_loads(line, 0, &jerr);
		cr_assert_not_null(row, "%s", jerr.text);
		char path[512];
		snprintf(path, sizeof path, "%s/samples/%s", ANGKA_SOURCE_DIR,
		         json_string_value(json_object_get(row, "file")));
		angka_figure_list figs = ANGKA_FIGURE_LIST_INIT;
		extract_file(&figs, path);
		angka_audit_list checks = {NULL, 0};
		cr_assert_eq(angka_audit_figures(&checks, &figs, angka_pipeline_domains(pipeline),
		                                 angka_pipeline_domain_count(pipeline), NULL),
		             ANGKA_OK);
		const char *region = json_string_value(json_object_get(row, "region"));
		double num = json_number_value(json_object_get(row, "numerator"));
		double den = json_number_value(json_object_get(row, "denominator"));
		const angka_audit_check *c = find_ratio(&checks, region, num, den);
		cr_assert_not_null(c, "%s: no check of %s %.0f / %.0f", path, region, num, den);
		cr_assert_eq(c->verdict, ANGKA_VERDICT_CONSISTENT, "%s %s: %s", path, region,
		             angka_verdict_name(c->verdict));
		assert_near(c->percentage.value,
		            json_number_value(json_object_get(row, "reported_pct")), 1e-9);
		assert_near(c->computed, json_number_value(json_object_get(row, "computed_pct")),
		            0.001);
		angka_audit_list_free(&checks);
		angka_figure_list_free(&figs);
		json_decref(row);
		n++;
	}
	fclose(fp);
	cr_assert_eq(n, 4);
}

Test(audit, seed_with_one_number_changed_is_inconsistent, .init = pipeline_setup,
     .fini = pipeline_teardown)
{
	angka_figure_list figs = ANGKA_FIGURE_LIST_INIT;
	extract_file(&figs, ANGKA_SOURCE_DIR "/tests/data/003_numerator_changed.txt");
	angka_audit_list checks = {NULL, 0};
	cr_assert_eq(angka_audit_figures(&checks, &figs, angka_pipeline_domains(pipeline),
	                                 angka_pipeline_domain_count(pipeline), NULL),
	             ANGKA_OK);
	const angka_audit_check *c = find_ratio(&checks, "Jambi", 528632, 1312370);
	cr_assert_not_null(c);
	cr_assert_eq(c->verdict, ANGKA_VERDICT_INCONSISTENT);
	/* 39,52 - 528 632 / 1 312 370 × 100 = 39.52 - 40.2807 */
	assert_near(c->delta, -0.7607, 0.0001);
	/* The other checks of the article are untouched. */
	cr_assert_eq(find_ratio(&checks, "Kabupaten Batanghari", 49803, 98206)->verdict,
	             ANGKA_VERDICT_CONSISTENT);
	angka_audit_list_free(&checks);
	angka_figure_list_free(&figs);
}

/* ---- the development corpus: its gold figures, audited -------------------- */

Test(audit, dev_corpus_gold_figures_agree_with_its_audit)
{
	json_error_t jerr;
	json_t *gold = json_array();
	FILE *fp = fopen(ANGKA_SHARED_DIR "/corpus/dev/gold.jsonl", "r");
	cr_assert_not_null(fp);
	char line[8192];
	while (fgets(line, sizeof line, fp)) {
		json_t *row = json_loads(line, 0, &jerr);
		cr_assert_not_null(row, "%s", jerr.text);
		json_array_append_new(gold, row);
	}
	fclose(fp);
	fp = fopen(ANGKA_SHARED_DIR "/corpus/dev/audit.jsonl", "r");
	cr_assert_not_null(fp);
	size_t n = 0;
	while (fgets(line, sizeof line, fp)) {
		json_t *want = json_loads(line, 0, &jerr);
		const char *article = json_string_value(json_object_get(want, "article"));
		angka_figure_list_free(&list);
		list = (angka_figure_list)ANGKA_FIGURE_LIST_INIT;
		size_t i;
		json_t *g;
		json_array_foreach(gold, i, g)
		{
			if (strcmp(json_string_value(json_object_get(g, "article")), article) != 0)
				continue;
			const char *text = json_string_value(json_object_get(g, "text"));
			const char *metric = json_string_value(json_object_get(g, "metric"));
			if (strcmp(metric, "other") == 0 || strncmp(text, "Rp", 2) == 0)
				continue;
			add_in(metric, text, json_string_value(json_object_get(g, "region")),
			       json_string_value(json_object_get(g, "segment")),
			       json_string_value(json_object_get(g, "as_of")));
		}
		angka_audit_list checks = run();
		const char *region = json_string_value(json_object_get(want, "region"));
		double num = json_number_value(json_object_get(want, "numerator"));
		double den = json_number_value(json_object_get(want, "denominator"));
		const angka_audit_check *c = find_ratio(&checks, region, num, den);
		cr_assert_not_null(c, "article %s: no check of %.0f / %.0f", article, num, den);
		bool consistent = json_is_true(json_object_get(want, "consistent"));
		cr_assert_eq(c->verdict == ANGKA_VERDICT_CONSISTENT, consistent,
		             "article %s %s: %s", article, region, angka_verdict_name(c->verdict));
		assert_near(c->computed, json_number_value(json_object_get(want, "computed_pct")),
		            0.001);
		angka_audit_list_free(&checks);
		json_decref(want);
		n++;
	}
	fclose(fp);
	json_decref(gold);
	cr_assert_eq(n, 4);
}

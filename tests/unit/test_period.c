/* Periods: every form a figure's as_of is read from, with its precision
 * (year "2024", month "2024-06", day "2024-08-12"), through the period
 * finder and through angka_normalize_period (relative periods resolved by
 * the publication date). */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, for exact_buffer.h */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "angka/normalize.h"
#include "domain_helper.h"
#include "exact_buffer.h"
#include "normalize/period.h"
#include "util/lexicon.h"

/* A normalizer of the project rules' first domain. */
static int new_normalizer(angka_normalizer **out, angka_error *err)
{
	const angka_domain *domain = NULL;
	int rc = first_domain(&domain, ANGKA_SOURCE_DIR "/rules", err);
	return rc != ANGKA_OK ? rc : angka_normalizer_new(out, domain, err);
}

static angka_lexicon *months;
static angka_period_finder *finder;
static angka_normalizer *norm;

static void setup(void)
{
	angka_error err = {0, ""};
	cr_assert_eq(angka_lexicon_load(&months, ANGKA_SOURCE_DIR "/rules/lexicon/months.tsv",
	                                ANGKA_LEXICON_WORDS, &err),
	             ANGKA_OK, "%s", err.message);
	cr_assert_eq(angka_period_finder_new(&finder, months, &err), ANGKA_OK, "%s", err.message);
	cr_assert_eq(new_normalizer(&norm, &err), ANGKA_OK, "%s", err.message);
}

static void teardown(void)
{
	angka_period_finder_free(finder);
	angka_lexicon_free(months);
	angka_normalizer_free(norm);
}

TestSuite(period, .init = setup, .fini = teardown);

/* as_of of the text as the normalizer reads it, published 2025-03-26; ""
 * when it names no period. */
static const char *as_of(const char *text)
{
	static char buf[16];
	if (angka_normalize_period(buf, sizeof buf, norm, text, strlen(text), "2025-03-26") !=
	    ANGKA_OK)
		buf[0] = '\0';
	return buf;
}

/* The only period the finder sees in text. */
static angka_period only(const char *text)
{
	angka_period *found = NULL;
	size_t n = 0;
	cr_assert_eq(angka_period_find(&found, &n, finder, text, 0, strlen(text)), ANGKA_OK);
	cr_assert_eq(n, 1, "'%s': %zu periods", text, n);
	angka_period p = found[0];
	free(found);
	return p;
}

Test(period, year)
{
	cr_expect_str_eq(as_of("tahun 2024"), "2024");
	cr_expect_str_eq(as_of("pada 2023 lalu"), "2023");
	cr_expect_str_eq(as_of("sepanjang tahun 2024 ini"), "2024");
	angka_period p = only("cakupan tahun 2024 mencapai");
	cr_expect_eq(p.year, 2024);
	cr_expect_eq(p.month, 0, "a year has no month");
	cr_expect_not(p.future);
	p = only("target pada 2025 mendatang sebanyak");
	cr_expect_eq(p.year, 2025);
	cr_expect(p.future, "a year still to come when it was said");
}

/* The year a budget is for ("dalam RAPBD 2025", "melalui APBD Perubahan
 * 2024"): a year, marked as a budget's, which only a target takes. */
Test(period, the_year_a_budget_is_for)
{
	angka_period p = only("anggaran dalam RAPBD 2025 untuk");
	cr_expect_eq(p.year, 2025);
	cr_expect(p.budget);
	p = only("dibayar melalui APBD Perubahan 2024");
	cr_expect_eq(p.year, 2024);
	cr_expect(p.budget);
	p = only("cakupan tahun 2024 mencapai");
	cr_expect_not(p.budget);
}

/* The year of the data a source gives, after its name ("angka Satker
 * 2020", "data Disnaker 2023"); a month before the year is still the month. */
Test(period, the_year_after_a_data_sources_name)
{
	cr_expect_str_eq(as_of("data tersebut didasarkan pada angka Satker 2020, yang"), "2020");
	cr_expect_str_eq(as_of("menurut data Disnaker Kota 2023 sebanyak"), "2023");
	cr_expect_str_eq(as_of("berdasarkan data BPS Agustus 2024 sebanyak"), "2024-08");
	cr_expect_str_eq(as_of("berdasarkan data BPS Nopember 2024 sebanyak"), "2024-11");
}

/* The finder sees in text exactly n periods, the years first, first + 1,
 * ... in order. */
static void expect_years_from(const char *text, int first, size_t n_want)
{
	angka_period *found = NULL;
	size_t n = 0;
	cr_assert_eq(angka_period_find(&found, &n, finder, text, 0, strlen(text)), ANGKA_OK);
	cr_assert_eq(n, n_want, "%zu periods", n);
	for (size_t i = 0; i < n; i++)
		cr_expect_eq(found[i].year, first + (int)i);
	free(found);
}

/* The years listed after a year are years too; a bare number is not. */
Test(period, years_listed_after_a_year)
{
	static const char text[] = "klaim pada 2022, 2023 dan 2024 serta 2025, dan 150 orang";
	expect_years_from(text, 2022, 4);
}

/* A year opening a clause of a series before its verb is a year; one
 * before a noun is not taken for one. */
Test(period, a_year_opening_a_clause_of_a_series)
{
	static const char text[] =
	        "Pada 2022 peserta aktif 120.000 orang, 2023 naik menjadi 135.000 "
	        "orang dan 2024 mencapai 150.200 orang, dan 2025 pekerja";
	expect_years_from(text, 2022, 3);
}

/* "April kemarin", "Februari lalu": the last such month up to when it was
 * said (published 2025-03-26 here). */
Test(period, a_month_kemarin_is_the_last_one)
{
	cr_expect_str_eq(as_of("sampai dengan posisi Februari kemarin"), "2025-02");
	cr_expect_str_eq(as_of("hingga April lalu"), "2024-04");
	cr_expect_str_eq(as_of("per September ini"), "2025-09");
}

Test(period, month)
{
	cr_expect_str_eq(as_of("Maret 2025"), "2025-03");
	cr_expect_str_eq(as_of("per Desember 2024"), "2024-12");
	cr_expect_str_eq(as_of("hingga Agt 2024"), "2024-08");
}

Test(period, day)
{
	cr_expect_str_eq(as_of("per 12 Agustus 2024"), "2024-08-12");
	cr_expect_str_eq(as_of("Rabu (26/03/2025)"), "2025-03-26");
}

Test(period, end_of_year)
{
	/* The end of a year is the year's result. */
	cr_expect_str_eq(as_of("hingga akhir 2024"), "2024");
	cr_expect_str_eq(as_of("akhir tahun 2024"), "2024");
	cr_expect_str_eq(as_of("hingga akhir tahun lalu"), "2024");
	cr_expect_str_eq(as_of("sepanjang 2023"), "2023");
	/* A range to December is as of December (a count on that day; benefits
	 * paid over it are the year's, which the binding decides). */
	cr_expect_str_eq(as_of("Januari hingga Desember 2023"), "2023-12");
	cr_expect_str_eq(as_of("Oktober-Desember 2025"), "2025-12");
}

Test(period, semester_and_quarter_are_their_last_month)
{
	cr_expect_str_eq(as_of("semester I 2024"), "2024-06");
	cr_expect_str_eq(as_of("semester kedua tahun 2024"), "2024-12");
	cr_expect_str_eq(as_of("triwulan III 2024"), "2024-09");
	cr_expect_str_eq(as_of("kuartal I 2025"), "2025-03");
	cr_expect_str_eq(as_of("triwulan keempat 2024"), "2024-12");
}

Test(period, a_range_is_its_end)
{
	cr_expect_str_eq(as_of("Januari\xE2\x80\x93Juni 2024"), "2024-06");
	cr_expect_str_eq(as_of("Januari-Juni 2024"), "2024-06");
	cr_expect_str_eq(as_of("Januari hingga Juni 2024"), "2024-06");
	cr_expect_str_eq(as_of("Januari 2024 s.d. Juni 2024"), "2024-06");
	cr_expect_str_eq(as_of("periode 2020-2024"), "2024");
	angka_period p = only("pada Januari\xE2\x80\x93Juni 2024 tercatat");
	cr_expect_eq(p.month, 6);
	cr_expect_eq(p.year, 2024);
}

Test(period, relative_to_the_publication_date)
{
	cr_expect_str_eq(as_of("hingga saat ini"), "2025-03-26");
	cr_expect_str_eq(as_of("saat ini"), "2025-03-26");
	cr_expect_str_eq(as_of("hingga kini"), "2025-03-26", "'kini' is 'saat ini'");
	cr_expect_str_eq(as_of("Kini, cakupannya 45 persen"), "2025-03-26");
	cr_expect_str_eq(as_of("data terkini"), "", "'terkini' is the latest, no period");
	cr_expect_str_eq(as_of("tahun lalu"), "2024");
	cr_expect_str_eq(as_of("tahun ini"), "2025");
	cr_expect_str_eq(as_of("tahun depan"), "2026");
	cr_expect_str_eq(as_of("target tahun mendatang"), "2026");
	cr_expect_str_eq(as_of("per Februari ini"), "2025-02",
	                 "that month of the year it was said");
	angka_period p = only("hingga saat ini");
	cr_expect_eq(p.kind, ANGKA_PERIOD_NOW);
	p = only("tahun lalu");
	cr_expect_eq(p.kind, ANGKA_PERIOD_YEAR_OFFSET);
	cr_expect_eq(p.year_offset, -1);
	cr_expect_not(p.same_period);
	p = only("dibandingkan periode yang sama tahun lalu");
	cr_expect_eq(p.kind, ANGKA_PERIOD_YEAR_OFFSET);
	cr_expect_eq(p.year_offset, -1);
	cr_expect(p.same_period, "the month spoken of, a year back");
	char buf[16];
	cr_expect_eq(angka_normalize_period(buf, sizeof buf, norm, "saat ini", 8, NULL),
	             ANGKA_ENOTFOUND, "no publication date, no 'now'");
}

Test(period, regulation_numbers_and_plain_numbers_are_no_period)
{
	cr_expect_str_eq(as_of("Permenaker Nomor 3 Tahun 2022"), "");
	cr_expect_str_eq(as_of("UU 40/2004"), "");
	cr_expect_str_eq(as_of("1.009.250 peserta"), "");
	cr_expect_str_eq(as_of("Januari"), "", "a month without a year");
}

Test(period, reads_nothing_past_the_given_length)
{
	static const char *const texts[] = {
	        "Agt 2024 \xf0",   "Agustus 2024 \xe2\x80", "tahun 2024\xc3",
	        "\xf0\x9f\x98",    "per 12 Agustus 2024",   "Januari\xe2\x80\x93Juni 2024",
	        "hingga saat ini",
	};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		for (size_t len = 0; len <= strlen(texts[i]); len++) {
			guarded_buffer guarded;
			char *copies[2] = {exact_copy(texts[i], len),
			                   guarded_copy(&guarded, texts[i], len)};
			for (int c = 0; c < 2; c++) {
				char as_of[16];
				(void)angka_normalize_period(as_of, sizeof as_of, norm, copies[c],
				                             len, "2025-03-26");
				angka_period *found = NULL;
				size_t n = 0;
				(void)angka_period_find(&found, &n, finder, copies[c], 0, len);
				free(found);
			}
			guarded_free(&guarded);
			free(copies[0]);
		}
	}
}

Test(period, text_that_is_not_utf8_is_refused_not_decoded)
{
	const char text[] = "Agt 2024 \xf0";
	char *buf = exact_copy(text, sizeof text - 1);
	angka_period *found = NULL;
	size_t n = 0;
	cr_expect_eq(angka_period_find(&found, &n, finder, buf, 0, sizeof text - 1), ANGKA_EPARSE);
	cr_expect_eq(n, 0);
	free(found);
	char as_of[16];
	cr_expect_neq(angka_normalize_period(as_of, sizeof as_of, norm, buf, sizeof text - 1, NULL),
	              ANGKA_OK);
	free(buf);
	/* Valid up to the bound: the bytes beyond it do not count. */
	buf = exact_copy(text, 8);
	cr_expect_eq(angka_normalize_period(as_of, sizeof as_of, norm, buf, 8, NULL), ANGKA_OK);
	cr_expect_str_eq(as_of, "2024-08");
	free(buf);
}

/* A year that labels a line of numbers ("- 2020: 29,98 juta") is the line's
 * period; one that labels a heading ("2018: Baru 25 Persen") is not read so. */
Test(period, a_year_labelling_a_line_of_numbers)
{
	cr_expect_str_eq(as_of("- 2020: 29,98 juta"), "2020");
	cr_expect_str_eq(as_of("2021: 30,66 juta"), "2021");
	cr_expect_str_eq(as_of("peserta aktif\n2022: Rp 3,1 triliun"), "2022");
	cr_expect_str_eq(as_of("2018: Baru 25 Persen"), "");
}

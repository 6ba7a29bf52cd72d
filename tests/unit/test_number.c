#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, for exact_buffer.h */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "angka/normalize.h"
#include "domain_helper.h"
#include "exact_buffer.h"

/* A normalizer of the project rules' first domain. */
static int new_normalizer(angka_normalizer **out, angka_error *err)
{
	const angka_domain *domain = NULL;
	int rc = first_domain(&domain, ANGKA_SOURCE_DIR "/rules", err);
	return rc != ANGKA_OK ? rc : angka_normalizer_new(out, domain, err);
}

static angka_number parse(const char *s)
{
	angka_number n;
	cr_assert_eq(angka_number_parse(&n, s, strlen(s)), ANGKA_OK, "'%s' should parse", s);
	return n;
}

Test(number, thousand_dots)
{
	angka_number n = parse("1.009.250");
	cr_expect_eq(n.value, 1009250);
	cr_expect_eq(n.decimals, 0);
	cr_expect_eq(n.consumed, 9);
}

Test(number, decimal_comma_and_its_interval)
{
	angka_number n = parse("46,2 persen");
	cr_expect_float_eq(n.value, 46.2, 1e-12);
	cr_expect_eq(n.decimals, 1);
	cr_expect_float_eq(n.low, 46.15, 1e-9);
	cr_expect_float_eq(n.high, 46.25, 1e-9);
	cr_expect_eq(n.unit, ANGKA_NUMBER_PERCENT);
	cr_expect_eq(n.consumed, strlen("46,2 persen"));
}

/* "prosen", the older spelling some regional outlets still print. */
Test(number, prosen_is_percent)
{
	angka_number n = parse("12,5 prosen dari");
	cr_expect_float_eq(n.value, 12.5, 1e-12);
	cr_expect_eq(n.unit, ANGKA_NUMBER_PERCENT);
	cr_expect_eq(n.consumed, strlen("12,5 prosen"));
}

/* "65 persennya adalah PU": "its 65 percent" is a percentage; the suffix
 * stays outside the number, where a template reads it as a share of a
 * whole said before. */
Test(number, persennya_is_percent_with_its_suffix_outside)
{
	angka_number n = parse("65 persennya adalah");
	cr_expect_float_eq(n.value, 65.0, 1e-12);
	cr_expect_eq(n.unit, ANGKA_NUMBER_PERCENT);
	cr_expect_eq(n.consumed, strlen("65 persen"));
}

/* A capture that stops mid-word ("... mencapai 32,9 pers") keeps the
 * percent; the same letters with more text after them are no unit. */
Test(number, percent_cut_short_at_the_end_of_an_excerpt)
{
	angka_number n = parse("32,9 pers");
	cr_expect_eq(n.unit, ANGKA_NUMBER_PERCENT);
	cr_expect_eq(n.consumed, strlen("32,9 pers"));
	cr_expect_eq(parse("32,9 perse ").unit, ANGKA_NUMBER_PERCENT);
	cr_expect_eq(parse("12 per bulan").unit, ANGKA_NUMBER_PLAIN);
	cr_expect_eq(parse("12 pe").unit, ANGKA_NUMBER_PLAIN);
	cr_expect_eq(parse("12 perserta").unit, ANGKA_NUMBER_PLAIN);
}

Test(number, decimal_point_some_outlets_use)
{
	cr_expect_float_eq(parse("39.52%").value, 39.52, 1e-12);
	cr_expect_float_eq(parse("26.1").value, 26.1, 1e-12);
}

Test(number, a_dot_before_three_digits_groups_thousands)
{
	cr_expect_eq(parse("1.500").value, 1500);
	cr_expect_float_eq(parse("1,500").value, 1.5, 1e-12);
}

/* "412.500 ribu orang" (annotation guideline 7): "ribu" after a number
 * already written out to its thousands repeats them; the dotted number is
 * what people read. A decimal before "ribu" is scaled as ever. */
Test(number, ribu_after_a_number_written_to_its_thousands_repeats_them)
{
	angka_number n = parse("412.500 ribu orang");
	cr_expect_eq(n.value, 412500);
	cr_expect_eq(n.consumed, strlen("412.500 ribu"));
	cr_expect_eq(parse("1.234.567 ribu").value, 1234567);
	cr_expect_eq(parse("41.56 ribu").value, 41560);
	cr_expect_eq(parse("1,5 ribu").value, 1500);
	cr_expect_eq(parse("412.500 juta").value, 412500e6, "juta after dots is another matter");
}

Test(number, scale_words_and_the_precision_they_imply)
{
	angka_number n = parse("2,8 juta penduduk");
	cr_expect_eq(n.value, 2800000);
	cr_expect_float_eq(n.low, 2750000, 1e-6);
	cr_expect_float_eq(n.high, 2850000, 1e-6);
	cr_expect_eq(n.consumed, strlen("2,8 juta"));
	cr_expect_eq(parse("40 ribu").value, 40000);
	cr_expect_eq(parse("3 jt").value, 3000000);
}

Test(number, rupiah_is_exact_whole_numbers)
{
	angka_number n = parse("Rp 711,58 miliar");
	cr_expect_eq(n.value, 711580000000.0);
	cr_expect_eq(n.unit, ANGKA_NUMBER_IDR);
	cr_expect_eq(parse("3,5 miliar rupiah").value, 3500000000.0);
	cr_expect_eq(parse("3,5 miliar rupiah").unit, ANGKA_NUMBER_IDR);
	cr_expect_eq(parse("Rp339 miliar").value, 339000000000.0);
	cr_expect_eq(parse("Rp 2 triliun").value, 2e12);
}

Test(number, m_and_t_mean_miliar_and_triliun_only_after_rp)
{
	cr_expect_eq(parse("Rp3,5 M").value, 3500000000.0);
	cr_expect_eq(parse("Rp 1,2 T").value, 1.2e12);
	angka_number plain = parse("35 M");
	cr_expect_eq(plain.value, 35);
	cr_expect_eq(plain.consumed, 2);
}

Test(number, not_a_number)
{
	angka_number n;
	cr_expect_eq(angka_number_parse(&n, "persen", 6), ANGKA_EPARSE);
	cr_expect_eq(angka_number_parse(&n, "", 0), ANGKA_EPARSE);
	cr_expect_eq(angka_number_parse(&n, "1.2.3", 5), ANGKA_EPARSE);
}

/* ---- numbers in words -------------------------------------------------- */

Test(number, numbers_in_words)
{
	cr_expect_eq(parse("dua ribu").value, 2000);
	cr_expect_eq(parse("sepuluh ribu").value, 10000);
	cr_expect_eq(parse("seratus dua puluh lima").value, 125);
	cr_expect_eq(parse("Tujuh belas").value, 17);
	cr_expect_eq(parse("sebelas").value, 11);
	cr_expect_eq(parse("seribu").value, 1000);
	cr_expect_eq(parse("sejuta").value, 1e6);
	cr_expect_eq(parse("dua ratus ribu").value, 200000);
	cr_expect_eq(parse("sepuluh ribu sebelas").value, 10011);
	cr_expect_eq(parse("tujuh ratus dua puluh satu ribu dua belas").value, 721012);
	cr_expect_eq(parse("tiga puluh satu juta dua ratus lima puluh enam ribu tujuh ratus dua "
	                   "puluh satu")
	                     .value,
	             31256721);
	cr_expect_eq(parse("dua triliun").value, 2e12);
	cr_expect_eq(parse("nol").value, 0);
}

Test(number, setengah_is_a_half_and_one_decimal_of_precision)
{
	angka_number n = parse("setengah juta");
	cr_expect_eq(n.value, 500000);
	cr_expect_eq(n.decimals, 1);
	cr_expect_float_eq(n.low, 450000, 1e-6);
	cr_expect_float_eq(n.high, 550000, 1e-6);
	n = parse("satu setengah miliar rupiah");
	cr_expect_eq(n.value, 1.5e9);
	cr_expect_eq(n.unit, ANGKA_NUMBER_IDR);
	cr_expect_float_eq(n.low, 1.45e9, 1);
	cr_expect_float_eq(n.high, 1.55e9, 1);
	cr_expect_eq(parse("dua setengah juta").value, 2.5e6);
	cr_expect_float_eq(parse("satu setengah").value, 1.5, 1e-12);
}

Test(number, words_keep_the_precision_of_their_last_unit)
{
	angka_number n = parse("dua ribu pekerja");
	cr_expect_float_eq(n.low, 1500, 1e-9);
	cr_expect_float_eq(n.high, 2500, 1e-9);
	cr_expect_eq(n.consumed, strlen("dua ribu"));
	n = parse("dua ribu lima");
	cr_expect_eq(n.value, 2005);
	cr_expect_float_eq(n.low, 2004.5, 1e-9);
}

/* Speech says decimals after "koma", digit by digit or as one number. */
Test(number, spoken_decimals_after_koma)
{
	angka_number n = parse("dua koma dua dua persen");
	cr_expect_float_eq(n.value, 2.22, 1e-9);
	cr_expect_eq(n.unit, ANGKA_NUMBER_PERCENT);
	cr_expect_eq(n.decimals, 2);
	cr_expect_float_eq(n.low, 2.215, 1e-9);
	cr_expect_float_eq(parse("tiga puluh lima koma nol lima persen").value, 35.05, 1e-9);
	cr_expect_float_eq(parse("nol koma lima persen").value, 0.5, 1e-9);
	cr_expect_float_eq(parse("tiga koma dua puluh lima persen").value, 3.25, 1e-9);
	n = parse("satu koma dua juta pekerja");
	cr_expect_eq(n.value, 1.2e6);
	cr_expect_float_eq(n.low, 1.15e6, 1e-3);
	cr_expect_eq(n.consumed, strlen("satu koma dua juta"));
	/* "koma" with no digit after it is no decimal point */
	n = parse("dua koma");
	cr_expect_eq(n.value, 2);
	cr_expect_eq(n.consumed, 3);
}

/* "tiga ratus ribuan", "enam puluh jutaan": some hundreds of thousands, said
 * roughly; the number ends there. */
Test(number, a_scale_with_an_is_rough)
{
	angka_number n = parse("tiga ratus empat belas ribuan orang");
	cr_expect_eq(n.value, 314000);
	cr_expect(n.approx);
	cr_expect_eq(n.consumed, strlen("tiga ratus empat belas ribuan"));
	n = parse("enam puluh jutaan");
	cr_expect_eq(n.value, 60e6);
	cr_expect(n.approx);
	cr_expect(!parse("enam puluh juta").approx);
}

Test(number, words_that_do_not_continue_a_number_end_it)
{
	angka_number n = parse("lima orang");
	cr_expect_eq(n.value, 5);
	cr_expect_eq(n.consumed, 4);
	/* digits read out one by one are no number we vouch for past the first */
	n = parse("satu dua");
	cr_expect_eq(n.value, 1);
	cr_expect_eq(n.consumed, 4);
	cr_expect_eq(angka_number_parse(&n, "ribuan", 6), ANGKA_EPARSE);
	cr_expect_eq(angka_number_parse(&n, "ribu", 4), ANGKA_EPARSE, "a scale word alone");
	cr_expect_eq(angka_number_parse(&n, "kosong", 6), ANGKA_EPARSE);
}

/* ---- signs, currencies, informal K ------------------------------------- */

Test(number, signs)
{
	cr_expect_eq(parse("-2,5 persen").value, -2.5);
	cr_expect_eq(parse("minus 1.200.000").value, -1200000);
	cr_expect_eq(parse("negatif 3").value, -3);
	angka_number n = parse("-1,5");
	cr_expect(n.low < n.high);
	cr_expect_float_eq(n.low, -1.55, 1e-9);
	cr_expect_eq(angka_number_parse(&n, "- 1.200.000", 11), ANGKA_EPARSE,
	             "a dash and a space is a bullet");
}

Test(number, currencies_before_and_after)
{
	angka_number n = parse("$10");
	cr_expect_eq(n.value, 10);
	cr_expect_eq(n.unit, ANGKA_NUMBER_CURRENCY);
	cr_expect_str_eq(n.currency, "USD");
	cr_expect_str_eq(parse("USD1,23").currency, "USD");
	cr_expect_float_eq(parse("USD1,23").value, 1.23, 1e-12);
	cr_expect_str_eq(parse("10 dolar AS").currency, "USD");
	cr_expect_eq(parse("10 dolar AS").consumed, strlen("10 dolar AS"));
	cr_expect_str_eq(parse("20€").currency, "EUR");
	cr_expect_str_eq(parse("sembilan pound sterling").currency, "GBP");
	cr_expect_str_eq(parse("10 yen").currency, "JPY");
	n = parse("Rp. 315,00");
	cr_expect_eq(n.value, 315);
	cr_expect_eq(n.decimals, 2);
	cr_expect_str_eq(n.currency, "IDR");
	cr_expect_eq(parse("20Rp").unit, ANGKA_NUMBER_IDR);
	cr_expect_eq(parse("IDR 33.000").value, 33000);
	cr_expect_eq(parse("US$ 1,2 M").value, 1.2e9, "M after any currency is miliar");
	/* codes are written with a capital: "idr" in prose is no currency */
	cr_expect_eq(parse("5 idr").unit, ANGKA_NUMBER_PLAIN);
	cr_expect_str_eq(parse("46,2 persen").currency, "");
}

Test(number, informal_k_is_thousand_only_glued_to_the_digits)
{
	cr_expect_eq(parse("100K").value, 100000);
	cr_expect_eq(parse("10k$").value, 10000);
	cr_expect_eq(parse("10 K").value, 10);
	/* a race's distance ("kategori 5K dan 10K") is no thousand people */
	cr_expect_eq(parse("5K").value, 5);
	cr_expect_eq(parse("21K").value, 21);
	cr_expect_eq(parse("Rp50K").value, 50000);
}

Test(number, leading_decimal_comma)
{
	angka_number n = parse(",77");
	cr_expect_float_eq(n.value, 0.77, 1e-12);
	cr_expect_eq(n.decimals, 2);
	cr_expect_eq(parse("0033").value, 33);
}

Test(number, the_ambiguous_forms_follow_one_policy)
{
	/* docs/normalize.md: a dot before exactly three digits groups thousands,
	 * a comma is the decimal mark, a lone dot before other digit counts is a
	 * decimal point, commas before groups of three (twice or more) group. */
	cr_expect_eq(parse("1.500").value, 1500);
	cr_expect_eq(parse("1.500").decimals, 0);
	cr_expect_float_eq(parse("1,500").value, 1.5, 1e-12);
	cr_expect_eq(parse("1,500").decimals, 3, "the written zeros are precision");
	cr_expect_float_eq(parse("1.5").value, 1.5, 1e-12);
	cr_expect_float_eq(parse("1.5000").value, 1.5, 1e-12);
	cr_expect_eq(parse("1,009,250").value, 1009250);
	cr_expect_float_eq(parse("1.009.250,5").value, 1009250.5, 1e-9);
}

/* ---- a figure as written: approximations and ranges --------------------- */

static angka_normalizer *norm;

static void load_normalizer(void)
{
	angka_error err = {0, ""};
	cr_assert_eq(new_normalizer(&norm, &err), ANGKA_OK, "%s", err.message);
}

static void free_normalizer(void)
{
	angka_normalizer_free(norm);
	norm = NULL;
}

TestSuite(figure, .init = load_normalizer, .fini = free_normalizer);

static angka_number read_figure(const char *s)
{
	angka_number n;
	cr_assert_eq(angka_normalize_number(&n, norm, s, strlen(s)), ANGKA_OK, "'%s' should read",
	             s);
	return n;
}

Test(figure, approximation_words_before_the_number)
{
	static const char *const approx[] = {"sekitar 2,8 juta", "kurang lebih 10%",
	                                     "kira-kira 5 ribu", "hampir 1 juta",
	                                     "lebih dari 1 juta"};
	for (size_t i = 0; i < sizeof approx / sizeof *approx; i++) {
		angka_number n = read_figure(approx[i]);
		cr_expect(n.approx, "'%s' is approximate", approx[i]);
		cr_expect_not(n.range);
		cr_expect_eq(n.consumed, strlen(approx[i]));
	}
	angka_number n = read_figure("sekitar 2,8 juta");
	cr_expect_eq(n.value, 2.8e6);
	cr_expect_eq(n.bound, ANGKA_BOUND_NONE);
	cr_expect_float_eq(n.low, 2.75e6, 1e-6);
	cr_expect_eq(read_figure("lebih dari 1 juta").bound, ANGKA_BOUND_ABOVE);
	cr_expect_eq(read_figure("hampir 1 juta").bound, ANGKA_BOUND_BELOW);
	cr_expect_eq(read_figure("kurang dari 7 euro").bound, ANGKA_BOUND_BELOW);
	cr_expect_eq(read_figure("di atas 33.000 rupiah").bound, ANGKA_BOUND_ABOVE);
	n = read_figure("10 persen lebih");
	cr_expect(n.approx);
	cr_expect_eq(n.bound, ANGKA_BOUND_ABOVE);
	n = read_figure("2,8 juta");
	cr_expect_not(n.approx);
	cr_expect_eq(n.bound, ANGKA_BOUND_NONE);
}

Test(figure, ranges_have_both_ends)
{
	angka_number n = read_figure("antara 10 hingga 20 dolar");
	cr_expect(n.range);
	cr_expect(n.approx);
	cr_expect_eq(n.low, 10);
	cr_expect_eq(n.high, 20);
	cr_expect_eq(n.value, 15, "the midpoint");
	cr_expect_str_eq(n.currency, "USD", "the currency after the range holds for both ends");

	n = read_figure("2,5\xE2\x80\x93"
	                "3 juta");
	cr_expect(n.range);
	cr_expect_eq(n.low, 2.5e6, "the scale after the range holds for both ends");
	cr_expect_eq(n.high, 3e6);
	cr_expect_eq(n.decimals, 1);

	n = read_figure("Rp 1-2 miliar");
	cr_expect(n.range);
	cr_expect_eq(n.low, 1e9, "a currency before the first end does not stop its scale");
	cr_expect_eq(n.high, 2e9);

	n = read_figure("5 sampai 7 persen");
	cr_expect_eq(n.unit, ANGKA_NUMBER_PERCENT);
	cr_expect_eq(n.low, 5);
	cr_expect_eq(n.high, 7);

	n = read_figure("dari Rp1.000 sampai Rp10.000");
	cr_expect_eq(n.low, 1000);
	cr_expect_eq(n.high, 10000);
	cr_expect_eq(n.unit, ANGKA_NUMBER_IDR);

	n = read_figure("antara 100 dan 200 orang");
	cr_expect(n.range, "'dan' joins a range after 'antara'");
	n = read_figure("100 dan 200");
	cr_expect_not(n.range, "'dan' alone joins a list, not a range");
	cr_expect_eq(n.value, 100);
	n = read_figure("dari 10 ke 20");
	cr_expect_not(n.range, "'dari X ke Y' is a change");
	n = read_figure("10 dolar sampai 20 euro");
	cr_expect_not(n.range, "two currencies are no range");
}

Test(figure, no_number)
{
	angka_number n;
	cr_expect_eq(angka_normalize_number(&n, norm, "bukan angka", 11), ANGKA_EPARSE);
	cr_expect_eq(angka_normalize_number(&n, norm, "sekitar", 7), ANGKA_EPARSE);
	cr_expect_eq(angka_normalize_number(&n, norm, "3M", 2), ANGKA_EPARSE,
	             "a bare M glued to the digits is refused, not read as 3");
}

Test(figure, dates_and_descending_pairs_are_no_numbers)
{
	angka_number n;
	cr_expect_eq(angka_normalize_number(&n, norm, "2025-03-26", 10), ANGKA_EPARSE);
	cr_expect_eq(angka_normalize_number(&n, norm, "12/08/2024", 10), ANGKA_EPARSE);
	cr_expect_eq(angka_normalize_number(&n, norm, "2025-03", 7), ANGKA_EPARSE,
	             "ranges are written low to high");
}

Test(number, rupiah_however_cased_codes_in_capitals)
{
	cr_expect_eq(parse("rp 5.000").unit, ANGKA_NUMBER_IDR);
	cr_expect_eq(parse("RP 5.000").unit, ANGKA_NUMBER_IDR);
	cr_expect_str_eq(parse("10 Yen").currency, "JPY");
	cr_expect_eq(parse("10 usd").unit, ANGKA_NUMBER_PLAIN);
}

/* ---- exact-size buffers: nothing is read past len ----------------------- */

Test(figure, reads_nothing_past_the_given_length)
{
	static const char *const texts[] = {
	        ",77",
	        "46,2",
	        "10 -",
	        "10 s",
	        "5 s/",
	        "10 hingga",
	        "sekitar",
	        "sekitar 5 \xf0",
	        "Agt 2024 \xf0",
	        "1 \xe2\x80",
	        "Rp5 \xc3",
	        "2,5\xe2\x80",
	        "dua ribu \xf0\x9f",
	};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		for (size_t len = 0; len <= strlen(texts[i]); len++) {
			guarded_buffer guarded;
			char *buf = exact_copy(texts[i], len);
			angka_number n;
			(void)angka_normalize_number(&n, norm, buf, len);
			(void)angka_normalize_number(&n, norm,
			                             guarded_copy(&guarded, texts[i], len), len);
			guarded_free(&guarded);
			free(buf);
		}
	}
	/* What the bound cut off is not read: ",77" is 0,77 and nothing after. */
	char *buf = exact_copy(",77-80", 3);
	angka_number n;
	cr_assert_eq(angka_normalize_number(&n, norm, buf, 3), ANGKA_OK);
	cr_expect_float_eq(n.value, 0.77, 1e-12);
	cr_expect_not(n.range);
	cr_expect_eq(n.consumed, 3);
	free(buf);
}

/* A scale word alone, as a table's header writes it ("(juta orang)"):
 * the scales numbers are read with, and none that needs a currency. */
Test(number, a_scale_word_alone)
{
	cr_expect_eq(angka_number_scale_word("ribu", 4), 1e3);
	cr_expect_eq(angka_number_scale_word("Juta", 4), 1e6);
	cr_expect_eq(angka_number_scale_word("milyar", 6), 1e9);
	cr_expect_eq(angka_number_scale_word("triliun", 7), 1e12);
	cr_expect_eq(angka_number_scale_word("M", 1), 0, "'M' is a scale only after Rp");
	cr_expect_eq(angka_number_scale_word("orang", 5), 0);
	cr_expect_eq(angka_number_scale_word("jutaa", 5), 0);
}

/* A plain number as that many of a scale a table states: whole when it is
 * whole but for binary rounding ("8.05" juta is 8 050 000, no person less). */
Test(number, rescale_makes_a_whole_count_whole)
{
	angka_number n;
	cr_assert_eq(angka_number_parse(&n, "8.05", 4), ANGKA_OK);
	angka_number_rescale(&n, 1e6);
	cr_expect_eq(n.value, 8050000.0);
	cr_expect_eq(n.scale, 1e6);
	cr_assert_eq(angka_number_parse(&n, "41,56", 5), ANGKA_OK);
	angka_number_rescale(&n, 1e6);
	cr_expect_eq(n.value, 41560000.0);
}

/* The quantity scanner: every number a sentence states, what it counts, and
 * which numbers are no quantities at all. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "match/quantity.h"

static angka_lexicon *nouns, *months;

static void load(void)
{
	angka_error err = {0, ""};
	cr_assert_eq(angka_lexicon_load(&nouns, ANGKA_SOURCE_DIR "/rules/lexicon/nouns.tsv",
	                                ANGKA_LEXICON_WORDS, &err),
	             ANGKA_OK, "%s", err.message);
	cr_assert_eq(angka_lexicon_load(&months, ANGKA_SOURCE_DIR "/rules/lexicon/months.tsv",
	                                ANGKA_LEXICON_WORDS, &err),
	             ANGKA_OK, "%s", err.message);
}

static void unload(void)
{
	angka_lexicon_free(nouns);
	angka_lexicon_free(months);
}

TestSuite(quantity, .init = load, .fini = unload);

typedef struct scanned {
	angka_quantity *items;
	size_t n;
	char *text; /* an exact-size copy: a read past its end is an ASan error */
} scanned;

static scanned scan(const char *text)
{
	scanned s = {NULL, 0, NULL};
	size_t len = strlen(text);
	s.text = malloc(len ? len : 1);
	cr_assert_not_null(s.text);
	memcpy(s.text, text, len);
	angka_quantity_lexicons lex = {nouns, months};
	cr_assert_eq(angka_quantities_scan(&s.items, &s.n, &lex, s.text, 0, len), ANGKA_OK);
	return s;
}

static void done(scanned *s)
{
	free(s->items);
	free(s->text);
}

/* The quantities that are figure candidates, as "kind value" strings. */
static const angka_quantity *candidate(const scanned *s, size_t i)
{
	size_t seen = 0;
	for (size_t k = 0; k < s->n; k++)
		if (s->items[k].not_quantity == NULL && seen++ == i)
			return &s->items[k];
	return NULL;
}

Test(quantity, counts_percentages_and_rupiah_with_what_they_count)
{
	scanned s =
	        scan("Dari 1.009.250 pekerja, 465.940 peserta atau 46,2 persen; klaim Rp 711,58 "
	             "miliar untuk 3.078 kasus dari 16.422 perusahaan.");
	const angka_quantity *q;
	cr_assert_not_null(q = candidate(&s, 0));
	cr_expect_eq(q->kind, ANGKA_QUANTITY_COUNT);
	cr_expect_eq(q->number.value, 1009250);
	cr_expect_str_eq(q->noun, "persons");
	cr_assert_not_null(q = candidate(&s, 2));
	cr_expect_eq(q->kind, ANGKA_QUANTITY_PERCENT);
	cr_expect_eq(q->number.value, 46.2);
	cr_assert_not_null(q = candidate(&s, 3));
	cr_expect_eq(q->kind, ANGKA_QUANTITY_RUPIAH);
	cr_expect_eq(q->number.value, 711580000000.0);
	cr_assert_not_null(q = candidate(&s, 4));
	cr_expect_eq(q->kind, ANGKA_QUANTITY_CASES);
	/* Companies are counted, but never a figure here. */
	cr_assert_not_null(q = candidate(&s, 5));
	cr_expect_eq(q->kind, ANGKA_QUANTITY_OTHER);
	done(&s);
}

/* "dari 32 juta peserta, 65 persennya adalah PU": a percentage with the
 * suffix "-nya" ("its 65 percent") is one, and the suffix stays outside it
 * for the templates; any other word glued to a number still makes it none. */
Test(quantity, a_percentage_with_its_suffix_is_a_percentage)
{
	scanned s = scan("Dari 32 juta peserta, 65 persennya adalah PU dan 3 persenan lain.");
	const angka_quantity *q;
	cr_assert_not_null(q = candidate(&s, 1));
	cr_expect_eq(q->kind, ANGKA_QUANTITY_PERCENT);
	cr_expect_eq(q->number.value, 65);
	cr_expect_eq(q->end - q->start, strlen("65 persen"));
	cr_expect_null(candidate(&s, 2));
	done(&s);
}

/* "satu dari tiga pekerja", "1 dari 5 pekerja": a proportion of small
 * numbers is a share, and neither of its numbers counts anyone; "20 ribu dari
 * 35 ribu pekerja" is two counts. */
Test(quantity, a_proportion_of_small_numbers_counts_no_one)
{
	static const char *const proportions[] = {
	        "Satu dari tiga pekerja terlindungi.", "Kini 1 dari 5 pekerja terlindungi.",
	        "Hampir sembilan dari sepuluh pekerja belum terlindungi."};
	for (size_t i = 0; i < 3; i++) {
		scanned s = scan(proportions[i]);
		cr_expect_null(candidate(&s, 0), "%s", proportions[i]);
		done(&s);
	}
	/* "salah satu": one of several, no count. */
	scanned one = scan("Salah satu penerima manfaat adalah ahli waris seorang nelayan.");
	cr_expect_null(candidate(&one, 0));
	done(&one);
	scanned s = scan("Kini 20 ribu dari 35 ribu pekerja terlindungi.");
	cr_expect_not_null(candidate(&s, 1));
	done(&s);
}

/* Bare digits that count nothing named are a code or a phone; with a noun
 * they still count ("1500 peserta"). */
Test(quantity, bare_digits_counting_nothing_are_codes)
{
	scanned s = scan("HUBUNGI 0812 5566 7788 atau kantor di Tenggarong 75512.");
	for (size_t k = 0; k < s.n; k++)
		cr_expect_not_null(s.items[k].not_quantity, "%.*s is taken as a quantity",
		                   (int)(s.items[k].end - s.items[k].start),
		                   s.text + s.items[k].start);
	done(&s);
	scanned c = scan("Sebanyak 1500 peserta terdaftar.");
	cr_expect_not_null(candidate(&c, 0));
	done(&c);
}

Test(quantity, years_dates_regulations_and_row_numbers_are_no_quantities)
{
	scanned s = scan("Hingga 12 Agustus 2024, sesuai Inpres Nomor 2 Tahun 2021 dan Pasal 15, "
	                 "pada (26/03/2025) pukul 10:30.");
	for (size_t k = 0; k < s.n; k++)
		cr_expect_not_null(s.items[k].not_quantity, "%.*s is taken as a quantity",
		                   (int)(s.items[k].end - s.items[k].start),
		                   s.text + s.items[k].start);
	done(&s);
	s = scan("1 | Aceh | 583.638 | 117.947 |");
	cr_assert_eq(s.n, 3);
	cr_expect_str_eq(s.items[0].not_quantity, "a table's row number");
	cr_expect_null(s.items[1].not_quantity);
	done(&s);
	/* Two counts a slash sets side by side are counts; a day, a month or a
	 * year before one is a date. */
	s = scan("- Aceh: 583.638 / 117.947 (data 1/2024, 2024/2025)");
	cr_assert_eq(s.n >= 2, true);
	cr_expect_null(s.items[0].not_quantity);
	cr_expect_null(s.items[1].not_quantity);
	for (size_t k = 2; k < s.n; k++)
		cr_expect_not_null(s.items[k].not_quantity, "%.*s is taken as a quantity",
		                   (int)(s.items[k].end - s.items[k].start),
		                   s.text + s.items[k].start);
	done(&s);
	/* A span of years is no range of figures. */
	s = scan("RPJMN 2025–2029 dan 2020-2024");
	cr_expect_null(candidate(&s, 0));
	done(&s);
	/* A rank after "ke" and a year after a month, but not a count where a
	 * series went, nor one after a date: "turun ke 609.731 orang per 31
	 * Maret", "per 31 Mei 619.045 orang". */
	s = scan("peringkat ke 3, turun ke 609.731 orang per 31 Maret, per 31 Mei 619.045 orang");
	const angka_quantity *q = candidate(&s, 0);
	cr_assert_not_null(q);
	cr_expect_eq(q->number.value, 609731);
	q = candidate(&s, 1);
	cr_assert_not_null(q);
	cr_expect_eq(q->number.value, 619045);
	cr_expect_null(candidate(&s, 2));
	done(&s);
}

Test(quantity, rupiah_glued_to_a_word_words_and_ranges)
{
	scanned s = scan("nilai klaimRp2,2 miliar, sejuta peserta, satu orang ahli waris, "
	                 "dua kabupaten, 66–67 persen, 60-an juta pekerja");
	const angka_quantity *q;
	cr_assert_not_null(q = candidate(&s, 0));
	cr_expect_eq(q->kind, ANGKA_QUANTITY_RUPIAH);
	cr_expect_eq(q->number.value, 2200000000.0);
	cr_assert_not_null(q = candidate(&s, 1));
	cr_expect_eq(q->number.value, 1000000);
	cr_assert_not_null(q = candidate(&s, 2));
	cr_expect_eq(q->number.value, 1); /* "satu orang": a small number in words, of people */
	cr_assert_not_null(q = candidate(&s, 3));
	cr_expect(q->number.range); /* "dua kabupaten" is no candidate: it counts no one */
	cr_expect_eq(q->number.low, 66);
	cr_expect_eq(q->number.high, 67);
	cr_assert_not_null(q = candidate(&s, 4));
	cr_expect_eq(q->number.value, 60000000);
	cr_expect(q->number.approx);
	done(&s);
}

/* A percentage in words is a quantity, however small its number. */
Test(quantity, a_percentage_in_words)
{
	scanned s = scan("cakupan empat puluh persen, dua kabupaten");
	const angka_quantity *q;
	cr_assert_not_null(q = candidate(&s, 0));
	cr_expect_eq(q->kind, ANGKA_QUANTITY_PERCENT);
	cr_expect_eq(q->number.value, 40);
	cr_expect_null(candidate(&s, 1));
	done(&s);
}

Test(quantity, a_digit_inside_a_word_is_no_number)
{
	scanned s = scan("Covid-19, S-1, K3 dan ke-3 di JL. A1");
	cr_expect_eq(s.n, 0);
	done(&s);
}

/* "masing-masing 38 dan 74 anak": numbers listed before one noun all count
 * it; a number only near another's noun does not. */
Test(quantity, numbers_listed_before_a_noun_share_it)
{
	scanned s = scan("Penerima beasiswa masing-masing 38 dan 74 anak, lalu 12, 15 serta 20 "
	                 "kasus. Ada 7 di antara 40 perusahaan.");
	const angka_quantity *q;
	cr_assert_not_null(q = candidate(&s, 0));
	cr_expect_eq(q->number.value, 38);
	cr_expect_str_eq(q->noun, "children");
	cr_assert_not_null(q = candidate(&s, 2));
	cr_expect_eq(q->number.value, 12);
	cr_expect_eq(q->kind, ANGKA_QUANTITY_CASES);
	cr_assert_not_null(q = candidate(&s, 3));
	cr_expect_eq(q->number.value, 15);
	cr_expect_eq(q->kind, ANGKA_QUANTITY_CASES);
	for (size_t k = 0; k < s.n; k++)
		if (s.items[k].number.value == 7)
			cr_expect_not_null(s.items[k].not_quantity, "7 counts nothing named");
	done(&s);
}

/* "masing-masing 38,1, 33,6 dan 27,9 persen", "disusul Sleman 38,1, Bantul
 * 33,6 dan terakhir Gunungkidul 19,4 persen": bare numbers listed before a
 * percentage are percentages; a bare number before another sentence's is
 * not. */
Test(quantity, numbers_listed_before_a_percentage_are_percentages)
{
	scanned s = scan("Cakupan masing-masing 38,1, 33,6 dan 27,9 persen, disusul Sleman 38,1, "
	                 "Bantul 33,6, dan terakhir Gunungkidul 19,4 persen.");
	for (size_t k = 0; k < s.n; k++)
		cr_expect_eq(s.items[k].kind, ANGKA_QUANTITY_PERCENT, "%zu: %g", k,
		             s.items[k].number.value);
	done(&s);
	s = scan("Ada 12 kantor cabang. Cakupan 40 persen.");
	cr_expect_neq(s.items[0].kind, ANGKA_QUANTITY_PERCENT);
	done(&s);
}

/* "Pada 2022 peserta aktif 120.000 orang": a year after a word that says
 * when is a year, though a noun of people follows it. */
Test(quantity, a_year_after_a_time_word_is_a_year)
{
	scanned s = scan("Pada 2022 peserta aktif 120.000 orang, sejak 2021 pekerja mendaftar.");
	const angka_quantity *q;
	cr_assert_not_null(q = candidate(&s, 0));
	cr_expect_eq(q->number.value, 120000);
	cr_expect_null(candidate(&s, 1), "2021 is a year");
	done(&s);
}

/* "±48 rb orang", "📌 45,2 jt": a sign or a symbol glued to a number is no
 * letter of a word it is part of; a letter is ("é5" stays no number). */
Test(quantity, a_number_after_a_sign_or_symbol_is_a_quantity)
{
	scanned s = scan("Belum terlindungi: \xC2\xB1"
	                 "48 rb orang, \xF0\x9F\x93\x8C"
	                 "45,2 jt peserta, kode caf\xC3\xA9"
	                 "5.");
	const angka_quantity *q;
	cr_assert_not_null(q = candidate(&s, 0));
	cr_expect_eq(q->number.value, 48000);
	cr_assert_not_null(q = candidate(&s, 1));
	cr_expect_eq(q->number.value, 45200000);
	cr_expect_null(candidate(&s, 2));
	done(&s);
}

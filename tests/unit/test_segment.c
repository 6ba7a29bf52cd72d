#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "angka/segment.h"

static size_t split(const char *text, angka_sentence **out)
{
	size_t n = 0;
	*out = NULL;
	cr_assert_eq(angka_segment_span(out, &n, text, 0, strlen(text), 0, NULL), ANGKA_OK);
	return n;
}

static void expect_sentence(const char *text, const angka_sentence *s, const char *expected)
{
	size_t len = s->end - s->start;
	cr_expect(len == strlen(expected) && strncmp(text + s->start, expected, len) == 0,
	          "got '%.*s', expected '%s'", (int)len, text + s->start, expected);
}

Test(segment, numbers_do_not_end_sentences)
{
	const char *text =
	        "Sebanyak 1.009.250 pekerja berhak. Hingga saat ini 46,2 persen terlindungi.";
	angka_sentence *s;
	size_t n = split(text, &s);
	cr_assert_eq(n, 2);
	expect_sentence(text, &s[0], "Sebanyak 1.009.250 pekerja berhak.");
	expect_sentence(text, &s[1], "Hingga saat ini 46,2 persen terlindungi.");
	free(s);
}

Test(segment, abbreviations_and_degrees)
{
	const char *text =
	        "Wakil Gubernur Krisantus Kurniawan, S.IP., M.Si, menegaskan hal itu. "
	        "Plt. Sekda hadir. Dana Rp. 5 juta dll. juga ada. Klaim Februari s.d. Mei "
	        "2024 naik.";
	angka_sentence *s;
	size_t n = split(text, &s);
	cr_assert_eq(n, 4);
	expect_sentence(text, &s[1], "Plt. Sekda hadir.");
	expect_sentence(text, &s[3], "Klaim Februari s.d. Mei 2024 naik.");
	free(s);
}

/* "klaimRp. 2,2 miliar": pages flatten markup and glue "Rp." to the word
 * before it; it is still no end of a sentence. */
Test(segment, rp_glued_to_a_word_is_still_an_abbreviation)
{
	const char *text = "JP 460 kasus, nilai klaimRp. 2,2 miliar. Kemudian JKK 12 kasus.";
	angka_sentence *s;
	size_t n = split(text, &s);
	cr_assert_eq(n, 2);
	expect_sentence(text, &s[0], "JP 460 kasus, nilai klaimRp. 2,2 miliar.");
	free(s);
}

Test(segment, closing_quotes_stay_with_their_sentence)
{
	const char *text = "\xE2\x80\x9CKami siap.\xE2\x80\x9D Ia menambahkan hal lain.";
	angka_sentence *s;
	size_t n = split(text, &s);
	cr_assert_eq(n, 2);
	expect_sentence(text, &s[0], "\xE2\x80\x9CKami siap.\xE2\x80\x9D");
	free(s);
}

Test(segment, lowercase_after_a_dot_does_not_start_a_sentence)
{
	const char *text = "Data per 12 Agu. 2024 menunjukkan kenaikan.";
	angka_sentence *s;
	size_t n = split(text, &s);
	cr_expect_eq(n, 1);
	free(s);
}

Test(segment, many_sentences_grow_the_array)
{
	char text[4000] = "";
	for (int i = 0; i < 100; i++)
		strcat(text, "Ini kalimat. ");
	angka_sentence *s;
	size_t n = split(text, &s);
	cr_expect_eq(n, 100);
	free(s);
}

/* ---- long sentences are cut at clause marks ----------------------------- */

/* Text of `count` copies of piece, in a buffer the caller frees. */
static char *repeat(const char *piece, size_t count, const char *tail)
{
	size_t len = strlen(piece) * count + strlen(tail);
	char *text = malloc(len + 1);
	cr_assert_not_null(text);
	text[0] = '\0';
	for (size_t i = 0; i < count; i++)
		memcpy(text + i * strlen(piece), piece, strlen(piece) + 1);
	strcat(text, tail);
	return text;
}

/* Every piece within the cap, in order, not overlapping, starting on a
 * character; together they cover every non-blank byte of the text. */
static void expect_pieces(const char *text, const angka_sentence *s, size_t n)
{
	size_t covered = 0, blank = 0;
	for (size_t i = 0; i < n; i++) {
		cr_expect_leq(s[i].end - s[i].start, ANGKA_SENTENCE_MAX, "piece %zu: %zu bytes", i,
		              s[i].end - s[i].start);
		cr_expect_neq((unsigned char)text[s[i].start] & 0xC0, 0x80,
		              "piece %zu starts inside a character", i);
		if (i > 0)
			cr_expect_geq(s[i].start, s[i - 1].end);
		covered += s[i].end - s[i].start;
	}
	for (size_t i = 0; text[i]; i++)
		blank += text[i] == ' ';
	cr_expect_geq(covered + blank, strlen(text), "the pieces cover the text");
}

Test(segment, a_long_sentence_is_cut_after_a_comma)
{
	char *text =
	        repeat("para pekerja informal perlu mendapat perlindungan, ", 200, "kata dia.");
	angka_sentence *s;
	size_t n = split(text, &s);
	cr_assert_gt(n, 1);
	expect_pieces(text, s, n);
	for (size_t i = 0; i + 1 < n; i++)
		cr_expect_eq(text[s[i].end - 1], ',', "piece %zu ends with its clause's comma", i);
	free(s);
	free(text);
}

Test(segment, a_semicolon_is_the_cut_of_choice)
{
	/* A ';' in the second half of the window wins over the commas after it. */
	char *text =
	        repeat("satu, dua, tiga, empat, lima, enam, tujuh, delapan; ", 100, "selesai.");
	angka_sentence *s;
	size_t n = split(text, &s);
	cr_assert_gt(n, 1);
	expect_pieces(text, s, n);
	for (size_t i = 0; i + 1 < n; i++)
		cr_expect_eq(text[s[i].end - 1], ';', "piece %zu ends at a semicolon", i);
	free(s);
	free(text);
}

Test(segment, without_clause_marks_a_sentence_is_cut_between_words_or_characters)
{
	char *words = repeat("kata ", 2000, "akhir.");
	angka_sentence *s;
	size_t n = split(words, &s);
	cr_assert_gt(n, 1);
	expect_pieces(words, s, n);
	for (size_t i = 0; i + 1 < n; i++)
		cr_expect_eq(words[s[i].end], ' ', "piece %zu ends before a space", i);
	free(s);
	free(words);

	/* No space at all: cut between characters, never inside one ("é"). */
	char *glued = repeat("\xC3\xA9", 5000, "");
	n = split(glued, &s);
	cr_assert_gt(n, 1);
	expect_pieces(glued, s, n);
	free(s);
	free(glued);
}

Test(segment, sentences_within_the_cap_are_left_whole)
{
	char *text = repeat("kata, ", ANGKA_SENTENCE_MAX / 6, "");
	angka_sentence *s;
	size_t n = split(text, &s);
	cr_expect_eq(n, 1);
	free(s);
	free(text);
}

/* ---- no text makes splitting superlinear -------------------------------- */

static double thread_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The least CPU time of three splits of n blanks then n "a. " (dots that
 * end no sentence, each checked for a list number at the sentence start). */
static double split_seconds(size_t n)
{
	char *text = malloc(4 * n + 1);
	cr_assert_not_null(text);
	memset(text, ' ', n);
	for (size_t i = 0; i < n; i++)
		memcpy(text + n + 3 * i, "a. ", 3);
	text[4 * n] = '\0';
	double best = -1;
	for (int run = 0; run < 3; run++) {
		angka_sentence *s = NULL;
		size_t count = 0;
		double start = thread_seconds();
		cr_assert_eq(angka_segment_span(&s, &count, text, 0, 4 * n, 0, NULL), ANGKA_OK);
		double spent = thread_seconds() - start;
		free(s);
		if (best < 0 || spent < best)
			best = spent;
	}
	free(text);
	return best;
}

Test(segment, leading_blanks_are_read_once)
{
	double small = split_seconds(5000), large = split_seconds(16 * 5000);
	if (small < 1e-3)
		small = 1e-3;
	cr_expect_leq(large / small, 40,
	              "16 times the text took %.1f times as long (%.4f s, %.4f s)", large / small,
	              small, large);
}

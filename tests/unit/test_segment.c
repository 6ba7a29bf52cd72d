#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

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
	const char *text = "Wakil Gubernur Krisantus Kurniawan, S.IP., M.Si, menegaskan hal itu. "
	                   "Plt. Sekda hadir. Dana Rp. 5 juta dll. juga ada.";
	angka_sentence *s;
	size_t n = split(text, &s);
	cr_assert_eq(n, 3);
	expect_sentence(text, &s[1], "Plt. Sekda hadir.");
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

#include <math.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "angka/normalize.h"

/* The policy for the forms that could be read two ways (docs/normalize.md):
 * - a comma is the decimal mark ("46,2", "1,5 juta"), as Indonesian writes it,
 *   except in "1,009,250" where every comma is followed by three digits and
 *   there are at least two of them (thousands, English style);
 * - a dot followed by exactly three digits groups thousands ("1.009.250",
 *   "1.500"); a dot followed by one, two or four or more digits is a decimal
 *   point ("39.52%", "26.1"), as some outlets write it. */

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static size_t skip_spaces(const char *s, size_t i, size_t len)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
		i++;
	/* NBSP (U+00A0) in UTF-8 */
	while (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) {
		i += 2;
		while (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
	}
	return i;
}

/* Does s[i..] start with word (case-insensitive) followed by a non-letter? */
static size_t match_word(const char *s, size_t i, size_t len, const char *word)
{
	size_t n = strlen(word);
	if (i + n > len || strncasecmp(s + i, word, n) != 0)
		return 0;
	if (i + n < len && is_alpha(s[i + n]))
		return 0;
	return n;
}

typedef struct scale_word {
	const char *word;
	int exponent;
	bool after_rp_only; /* "M"/"T" mean miliar/triliun only after "Rp" */
	bool case_sensitive;
	bool approx; /* "900 ribuan": some nine hundred thousand */
} scale_word;

/* Longer words first: "ribuan" before "ribu". */
static const scale_word scale_words[] = {
	{"triliun", 12, false, false, false}, {"trilyun", 12, false, false, false},
	{"miliar", 9, false, false, false},   {"milyar", 9, false, false, false},
	{"jutaan", 6, false, false, true},    {"juta", 6, false, false, false},
	{"jt", 6, false, false, false},       {"ribuan", 3, false, false, true},
	{"ribu", 3, false, false, false},     {"rb", 3, false, false, false},
	{"M", 9, true, true, false},          {"T", 12, true, true, false},
	{NULL, 0, false, false, false},
};

static const double powers_of_ten[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
                                       1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

static double pow10_int(int e)
{
	if (e >= 0 && e <= 18)
		return powers_of_ten[e];
	return pow(10.0, e);
}

int angka_number_parse(angka_number *out, const char *s, size_t len)
{
	memset(out, 0, sizeof *out);
	size_t i = skip_spaces(s, 0, len);
	bool rupiah = false;
	size_t n;
	/* "Rp 711", "Rp. 711", "Rp3,5 M", "IDR 5" */
	if ((n = match_word(s, i, len, "Rp")) > 0 || (n = match_word(s, i, len, "IDR")) > 0) {
		if (i + n < len && s[i + n] == '.')
			n++;
		rupiah = true;
		i = skip_spaces(s, i + n, len);
	}
	if (i >= len || !is_digit(s[i]))
		return ANGKA_EPARSE;

	/* Digits and separators, then decide what the separators meant. A stray
	 * space after a thousands dot ("229. 405") is read through: the copy
	 * holds the number without it. */
	char digits_buf[64];
	size_t copied = 0;
	while (i < len && copied < sizeof digits_buf - 1) {
		if (is_digit(s[i]) || ((s[i] == '.' || s[i] == ',') && i + 1 < len && is_digit(s[i + 1]))) {
			digits_buf[copied++] = s[i++];
		} else if (s[i] == '.' && i + 4 < len && s[i + 1] == ' ' && is_digit(s[i + 2]) &&
		           is_digit(s[i + 3]) && is_digit(s[i + 4]) &&
		           (i + 5 == len || !is_digit(s[i + 5]))) {
			digits_buf[copied++] = '.';
			i += 2;
		} else {
			break;
		}
	}
	digits_buf[copied] = '\0';
	size_t end = i;
	const char *number = digits_buf;
	size_t begin = 0, number_end = copied;

	size_t dots = 0, commas = 0;
	bool dots_group = true, commas_group = true;
	for (size_t k = begin; k < number_end; k++) {
		if (number[k] != '.' && number[k] != ',')
			continue;
		size_t run = 0;
		while (k + 1 + run < number_end && is_digit(number[k + 1 + run]))
			run++;
		if (number[k] == '.') {
			dots++;
			dots_group &= run == 3;
		} else {
			commas++;
			commas_group &= run == 3;
		}
	}
	char decimal_mark = ',';
	if (dots > 0 && !dots_group && commas == 0 && dots == 1)
		decimal_mark = '.'; /* "39.52" */
	else if (commas >= 2 && commas_group && (dots == 0 || dots == 1))
		decimal_mark = '.'; /* "1,009,250" or "1,009,250.5" */
	else if (dots > 1 && !dots_group)
		return ANGKA_EPARSE; /* "1.2.3": a version, a date, not a number */

	uint64_t mantissa = 0;
	int decimals = 0;
	bool seen_decimal = false;
	int digits = 0;
	for (size_t k = begin; k < number_end; k++) {
		char c = number[k];
		if (c == decimal_mark) {
			if (seen_decimal)
				return ANGKA_EPARSE;
			seen_decimal = true;
			continue;
		}
		if (!is_digit(c))
			continue; /* a thousands separator */
		if (++digits > 18)
			return ANGKA_EPARSE; /* beyond what a figure can be */
		mantissa = mantissa * 10 + (uint64_t)(c - '0');
		if (seen_decimal)
			decimals++;
	}

	/* A scale word after the number. */
	int exponent = 0;
	size_t j = skip_spaces(s, end, len);
	for (const scale_word *w = scale_words; w->word; w++) {
		size_t wl = strlen(w->word);
		bool hit = w->case_sensitive
		                   ? (j + wl <= len && strncmp(s + j, w->word, wl) == 0 &&
		                      (j + wl == len || !is_alpha(s[j + wl])))
		                   : match_word(s, j, len, w->word) > 0;
		if (!hit || (w->after_rp_only && !rupiah))
			continue;
		exponent = w->exponent;
		out->approx = w->approx;
		end = j + wl;
		if (end < len && s[end] == '.' && (w->word[1] == 't' || w->word[1] == 'b'))
			end++; /* "jt.", "rb." */
		break;
	}

	/* A unit after it: percent or rupiah. */
	j = skip_spaces(s, end, len);
	angka_number_unit unit = rupiah ? ANGKA_NUMBER_IDR : ANGKA_NUMBER_PLAIN;
	if (j < len && s[j] == '%') {
		unit = ANGKA_NUMBER_PERCENT;
		end = j + 1;
	} else if ((n = match_word(s, j, len, "persen")) > 0) {
		unit = ANGKA_NUMBER_PERCENT;
		end = j + n;
	} else if ((n = match_word(s, j, len, "rupiah")) > 0) {
		unit = ANGKA_NUMBER_IDR;
		end = j + n;
	}

	double scale = pow10_int(exponent);
	double value;
	if (exponent >= decimals)
		value = (double)mantissa * pow10_int(exponent - decimals);
	else
		value = (double)mantissa / pow10_int(decimals - exponent);
	double half = 0.5 * pow10_int(exponent - decimals);
	out->value = value;
	out->low = value - half;
	out->high = value + half;
	out->decimals = decimals;
	out->scale = scale;
	out->unit = unit;
	out->consumed = end;
	return ANGKA_OK;
}

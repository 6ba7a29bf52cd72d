#include "number/number_read.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The policy for the forms that could be read two ways (docs/normalize.md):
 * - a comma is the decimal mark ("46,2", "1,5 juta", "1,500" is 1.5), as
 *   Indonesian writes it, except in "1,009,250" where every comma is
 *   followed by three digits and there are at least two of them (thousands,
 *   English style);
 * - a dot followed by exactly three digits groups thousands ("1.009.250",
 *   "1.500"); a lone dot followed by one, two or four or more digits is a
 *   decimal point ("39.52%", "1.5"), as some outlets write it;
 * - "M" and "T" mean miliar and triliun only after a currency ("Rp3,5 M");
 *   "K" right after the digits means thousand ("100K", informal), after a
 *   currency or three digits (a race's "5K" and "10K" are distances);
 * - "$" alone is the US dollar.
 * The interval a number stands for is half a unit of its last written
 * digit either way: "2,8 juta" is [2 750 000, 2 850 000), "1.009.250"
 * [1 009 249.5, 1 009 250.5). */

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
	for (;;) {
		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
			i++;
		/* NBSP (U+00A0) in UTF-8 */
		if (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
			i += 2;
		else
			return i;
	}
}

/* Does s[i..] start with word (case-insensitive) followed by a non-letter?
 * Returns its length, or 0. */
static size_t match_word(const char *s, size_t i, size_t len, const char *word)
{
	size_t n = strlen(word);
	if (i + n > len || strncasecmp(s + i, word, n) != 0)
		return 0;
	if (i + n < len && is_alpha(s[i + n]))
		return 0;
	return n;
}

/* "32,9 pers" where the excerpt stops: "persen" cut short by a capture
 * (three letters at least, and nothing after them in s). */
static size_t match_cut_percent(const char *s, size_t i, size_t len)
{
	size_t n = 0;
	while (i + n < len && n < 5 && tolower((unsigned char)s[i + n]) == "persen"[n])
		n++;
	if (n < 3 || skip_spaces(s, i + n, len) != len)
		return 0;
	return n;
}

/* Like match_word, but a word made of spaces-separated parts ("pound
 * sterling") also matches with any run of blanks between them. */
static size_t match_phrase(const char *s, size_t i, size_t len, const char *phrase)
{
	const char *space = strchr(phrase, ' ');
	if (space == NULL)
		return match_word(s, i, len, phrase);
	size_t n = (size_t)(space - phrase);
	if (i + n > len || strncasecmp(s + i, phrase, n) != 0)
		return 0;
	size_t j = skip_spaces(s, i + n, len);
	if (j == i + n)
		return 0;
	size_t rest = match_phrase(s, j, len, space + 1);
	return rest ? j + rest - i : 0;
}

/* ---- currencies -------------------------------------------------------- */

typedef struct currency_form {
	const char *text;
	const char *code;
	bool before; /* may stand before the number ("Rp 5", "$10") */
	bool after;  /* may stand after it ("5 rupiah", "10$") */
} currency_form;

/* Longer forms first where one is the prefix of another. */
static const currency_form currencies[] = {
        {"Rp", "IDR", true, true},
        {"IDR", "IDR", true, true},
        {"rupiah", "IDR", false, true},
        {"US$", "USD", true, true},
        {"USD", "USD", true, true},
        {"S$", "SGD", true, true},
        {"$", "USD", true, true},
        {"dolar Amerika Serikat", "USD", false, true},
        {"dolar Amerika", "USD", false, true},
        {"dolar AS", "USD", false, true},
        {"dollar AS", "USD", false, true},
        {"dolar Singapura", "SGD", false, true},
        {"dolar", "USD", false, true},
        {"dollar", "USD", false, true},
        {"EUR", "EUR", true, true},
        {"€", "EUR", true, true},
        {"euros", "EUR", false, true},
        {"euro", "EUR", false, true},
        {"GBP", "GBP", true, true},
        {"£", "GBP", true, true},
        {"pound sterling", "GBP", false, true},
        {"poundsterling", "GBP", false, true},
        {"pound", "GBP", false, true},
        {"JPY", "JPY", true, true},
        {"¥", "JPY", true, true},
        {"yen", "JPY", false, true},
        {"SGD", "SGD", true, true},
        {"MYR", "MYR", true, true},
        {"ringgit", "MYR", false, true},
        {"CNY", "CNY", true, true},
        {"yuan", "CNY", false, true},
        {"SAR", "SAR", true, true},
        {"riyal", "SAR", false, true},
        {"AUD", "AUD", true, true},
        {NULL, NULL, false, false},
};

/* The currency written at s[i..] in the given position; its length, or 0.
 * Letters must end a word ("Rp5" but not "Rpx"); symbols stand alone. */
static size_t match_currency(const char **code, const char *s, size_t i, size_t len, bool before)
{
	for (const currency_form *c = currencies; c->text; c++) {
		if (before ? !c->before : !c->after)
			continue;
		/* Most forms differ from the text in their first byte (up to case:
		 * the C locale folds ASCII letters only). */
		if (i >= len || (s[i] | 0x20) != (c->text[0] | 0x20))
			continue;
		size_t n = match_phrase(s, i, len, c->text);
		if (n == 0)
			continue;
		/* ISO codes count in capitals only ("USD", not "usd"): "idr" or "eur"
		 * inside prose are not money. "Rp" is money however it is cased. */
		if (strlen(c->text) == 3 && c->text[0] >= 'A' && c->text[0] <= 'Z' &&
		    is_alpha(c->text[2]) && strncmp(s + i, c->text, 3) != 0)
			continue;
		*code = c->code;
		return n;
	}
	return 0;
}

/* ---- numbers in digits ------------------------------------------------- */

typedef struct scale_word {
	const char *word;
	int exponent;
	bool after_currency_only; /* "M"/"T" mean miliar/triliun only after "Rp" */
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

static const double powers_of_ten[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8, 1e9,
                                       1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

static double pow10_int(int e)
{
	if (e >= 0 && e <= 18)
		return powers_of_ten[e];
	return pow(10.0, e);
}

/* A stray space after a thousands dot: ". 405" then no more digits. */
static bool is_spaced_group(const char *s, size_t i, size_t len)
{
	return s[i] == '.' && i + 4 < len && s[i + 1] == ' ' && is_digit(s[i + 2]) &&
	       is_digit(s[i + 3]) && is_digit(s[i + 4]) && (i + 5 == len || !is_digit(s[i + 5]));
}

/* Digits and separators at s[i..] ("1.009.250", "46,2", ",77", and
 * "229. 405" with a stray space after a thousands dot): the mantissa, the
 * decimals written, and where they end. False when they are no number
 * ("1.2.3", more than 18 digits). */
static bool parse_digits(uint64_t *mantissa, int *decimals, size_t *end, const char *s, size_t i,
                         size_t len)
{
	size_t begin = i;
	while (i < len) {
		if (is_digit(s[i]) ||
		    ((s[i] == '.' || s[i] == ',') && i + 1 < len && is_digit(s[i + 1])))
			i++;
		else if (is_spaced_group(s, i, len))
			i += 2;
		else
			break;
	}
	*end = i;

	size_t dots = 0, commas = 0;
	bool dots_group = true, commas_group = true;
	for (size_t k = begin; k < i; k++) {
		if (s[k] != '.' && s[k] != ',')
			continue;
		size_t run = 0, first = k + 1 < i && s[k + 1] == ' ' ? k + 2 : k + 1;
		while (first + run < i && is_digit(s[first + run]))
			run++;
		if (s[k] == '.') {
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
		return false; /* "1.2.3": a version, a date, not a number */

	*mantissa = 0;
	*decimals = 0;
	bool seen_decimal = false;
	int digits = 0;
	for (size_t k = begin; k < i; k++) {
		char c = s[k];
		if (c == decimal_mark) {
			if (seen_decimal)
				return false;
			seen_decimal = true;
			continue;
		}
		if (!is_digit(c))
			continue; /* a thousands separator */
		if (++digits > 18)
			return false; /* beyond what a figure can be */
		*mantissa = *mantissa * 10 + (uint64_t)(c - '0');
		if (seen_decimal)
			(*decimals)++;
	}
	return true;
}

/* A scale word at s[j..] after a number; its exponent (0: none) and the
 * end of the word. */
static int parse_scale(size_t *end, bool *approx, const char *s, size_t j, size_t len,
                       bool after_currency)
{
	for (const scale_word *w = scale_words; w->word; w++) {
		size_t wl = strlen(w->word);
		bool hit = w->case_sensitive ? (j + wl <= len && strncmp(s + j, w->word, wl) == 0 &&
		                                (j + wl == len || !is_alpha(s[j + wl])))
		                             : match_word(s, j, len, w->word) > 0;
		if (!hit || (w->after_currency_only && !after_currency))
			continue;
		*end = j + wl;
		if (*end < len && s[*end] == '.' && (w->word[1] == 't' || w->word[1] == 'b'))
			(*end)++; /* "jt.", "rb." */
		*approx = w->approx;
		return w->exponent;
	}
	return 0;
}

double angka_number_scale_word(const char *s, size_t len)
{
	for (const scale_word *w = scale_words; w->word; w++)
		if (!w->after_currency_only && strlen(w->word) == len &&
		    strncasecmp(s, w->word, len) == 0)
			return pow10_int(w->exponent);
	return 0;
}

/* ---- numbers in words -------------------------------------------------- */

typedef enum word_kind {
	W_DIGIT,    /* satu..sembilan, nol */
	W_VALUE,    /* sepuluh, sebelas, seratus: a value of its own */
	W_BELAS,    /* dua belas */
	W_PULUH,    /* dua puluh */
	W_RATUS,    /* dua ratus */
	W_SCALE,    /* ribu, juta, miliar, triliun */
	W_SE_SCALE, /* seribu, sejuta, semiliar, setriliun */
	W_HALF,     /* setengah */
} word_kind;

typedef struct number_word {
	const char *word;
	word_kind kind;
	int value; /* the digit, the value, or the exponent of a scale */
} number_word;

static const number_word number_words[] = {
        {"nol", W_DIGIT, 0},         {"satu", W_DIGIT, 1},        {"dua", W_DIGIT, 2},
        {"tiga", W_DIGIT, 3},        {"empat", W_DIGIT, 4},       {"lima", W_DIGIT, 5},
        {"enam", W_DIGIT, 6},        {"tujuh", W_DIGIT, 7},       {"delapan", W_DIGIT, 8},
        {"sembilan", W_DIGIT, 9},    {"sepuluh", W_VALUE, 10},    {"sebelas", W_VALUE, 11},
        {"seratus", W_VALUE, 100},   {"belas", W_BELAS, 0},       {"puluh", W_PULUH, 0},
        {"ratus", W_RATUS, 0},       {"ribu", W_SCALE, 3},        {"juta", W_SCALE, 6},
        {"miliar", W_SCALE, 9},      {"milyar", W_SCALE, 9},      {"triliun", W_SCALE, 12},
        {"trilyun", W_SCALE, 12},    {"seribu", W_SE_SCALE, 3},   {"sejuta", W_SE_SCALE, 6},
        {"semiliar", W_SE_SCALE, 9}, {"semilyar", W_SE_SCALE, 9}, {"setriliun", W_SE_SCALE, 12},
        {"setengah", W_HALF, 0},     {"ribuan", W_SCALE, 3},      {"jutaan", W_SCALE, 6},
        {"miliaran", W_SCALE, 9},    {NULL, W_DIGIT, 0},
};

static const number_word *word_at(const char *s, size_t i, size_t len, size_t *wl)
{
	size_t n = 0;
	while (i + n < len && is_alpha(s[i + n]))
		n++;
	if (n == 0)
		return NULL;
	for (const number_word *w = number_words; w->word; w++) {
		if (strlen(w->word) == n && strncasecmp(s + i, w->word, n) == 0) {
			*wl = n;
			return w;
		}
	}
	return NULL;
}

/* The decimals spoken after "koma" at s[i..]: digit by digit ("dua koma dua
 * dua" is 2,22; "koma nol lima" ,05), or as one number below a hundred
 * ("koma dua puluh lima" is ,25). Sets the fraction, how many decimals it
 * has and where it ends; false when no digit word follows. */
static bool parse_fraction(double *fraction, int *digits, size_t *end, const char *s, size_t i,
                           size_t len)
{
	size_t wl = 0;
	const number_word *w = word_at(s, i, len, &wl);
	if (w == NULL || w->kind != W_DIGIT)
		return false;
	size_t next = skip_spaces(s, i + wl, len), nwl = 0;
	const number_word *tens = word_at(s, next, len, &nwl);
	if (w->value > 0 && tens && (tens->kind == W_BELAS || tens->kind == W_PULUH)) {
		/* one number of two digits: "dua belas", "dua puluh [lima]" */
		int v = tens->kind == W_BELAS ? 10 + w->value : 10 * w->value;
		*end = next + nwl;
		size_t more = skip_spaces(s, *end, len), mwl = 0;
		const number_word *unit = word_at(s, more, len, &mwl);
		if (tens->kind == W_PULUH && unit && unit->kind == W_DIGIT && unit->value > 0) {
			v += unit->value;
			*end = more + mwl;
		}
		*fraction = v / 100.0;
		*digits = 2;
		return true;
	}
	uint64_t spoken = 0;
	int n = 0;
	while (w && w->kind == W_DIGIT && n < 6) {
		spoken = spoken * 10 + (uint64_t)w->value;
		n++;
		*end = i + wl;
		i = skip_spaces(s, i + wl, len);
		w = word_at(s, i, len, &wl);
	}
	*fraction = (double)spoken / pow10_int(n);
	*digits = n;
	return true;
}

/* A number in words at s[i..] ("tiga puluh satu juta dua ratus lima puluh
 * enam ribu", "satu setengah miliar", "dua koma dua dua", "tiga ratus
 * ribuan"). Reads word by word and stops at the first word that does not
 * continue the number; false when none does. Sets the value, the exponent
 * of the unit its last word counts in, how many decimals it has at that
 * unit ("setengah": one; "koma ...": as many as are spoken) and whether a
 * scale said it roughly ("ribuan": some thousands). */
static bool parse_words(double *value, int *unit_exponent, int *unit_decimals, bool *approx,
                        size_t *end, const char *s, size_t i, size_t len)
{
	double total = 0;
	int group = 0;    /* below a thousand, not yet scaled */
	int pending = -1; /* a digit word waiting for belas/puluh/ratus */
	bool half = false;
	int last_scale = 99;
	bool any = false, zero = false, rough = false;
	double fraction = 0;
	int fraction_digits = -1; /* none spoken yet */
	*unit_exponent = 0;
	*unit_decimals = 0;
	*approx = false;
	for (;;) {
		size_t wl = 0;
		const number_word *w = word_at(s, i, len, &wl);
		size_t kl = match_word(s, i, len, "koma");
		if (w == NULL && kl > 0 && any && fraction_digits < 0 && !half && !rough &&
		    last_scale == 99) {
			/* "tiga puluh lima koma nol lima persen", "satu koma dua juta" */
			size_t fend = 0;
			int digits = 0;
			if (!parse_fraction(&fraction, &digits, &fend, s,
			                    skip_spaces(s, i + kl, len), len))
				break;
			fraction_digits = digits;
			*unit_decimals = digits;
			*end = fend;
			i = skip_spaces(s, fend, len);
			zero = false;
			continue;
		}
		if (w == NULL || (zero && fraction_digits < 0) || rough)
			break;
		/* after the decimals only a scale goes on ("satu koma dua juta") */
		if (fraction_digits >= 0 && w->kind != W_SCALE)
			break;
		bool ok = true;
		int tail_exponent = 0;
		switch (w->kind) {
		case W_DIGIT:
			if (w->value == 0) {
				ok = !any;
				zero = true;
			} else if (pending >= 0 || group % 10 != 0 || half) {
				ok = false; /* "satu dua": digits read out, not a number */
			} else {
				pending = w->value;
			}
			break;
		case W_VALUE:
			ok = pending < 0 && !half &&
			     (w->value == 100 ? group == 0 : group % 100 == 0 && group < 1000);
			if (ok)
				group += w->value;
			break;
		case W_BELAS:
			ok = pending >= 1 && group % 100 == 0;
			if (ok)
				group += 10 + pending;
			pending = -1;
			break;
		case W_PULUH:
			ok = pending >= 2 && group % 100 == 0;
			if (ok)
				group += 10 * pending;
			pending = -1;
			break;
		case W_RATUS:
			ok = pending >= 2 && group == 0;
			if (ok)
				group += 100 * pending;
			pending = -1;
			break;
		case W_HALF:
			ok = !half && group % 10 == 0 && pending != 0;
			half = true;
			break;
		case W_SCALE: {
			double g = group + (pending > 0 ? pending : 0) + (half ? 0.5 : 0) +
			           (fraction_digits >= 0 ? fraction : 0);
			ok = g > 0 && w->value < last_scale;
			if (ok) {
				total += g * pow10_int(w->value);
				*unit_decimals = half                  ? 1
				                 : fraction_digits > 0 ? fraction_digits
				                                       : 0;
				/* "ribuan", "jutaan": some thousands, the number ends */
				rough = wl > 2 && s[i + wl - 2] == 'a' && s[i + wl - 1] == 'n';
				*approx |= rough;
				fraction_digits = fraction_digits >= 0 ? 0 : -1;
				fraction = 0;
				group = 0;
				pending = -1;
				half = false;
				last_scale = w->value;
				tail_exponent = w->value;
			}
			break;
		}
		case W_SE_SCALE:
			ok = group == 0 && pending < 0 && !half && w->value < last_scale;
			if (ok) {
				total += pow10_int(w->value);
				last_scale = w->value;
				tail_exponent = w->value;
				*unit_decimals = 0;
			}
			break;
		}
		if (!ok)
			break;
		any = true;
		*unit_exponent = tail_exponent;
		if (tail_exponent == 0)
			*unit_decimals = half ? 1 : 0;
		*end = i + wl;
		i = skip_spaces(s, i + wl, len);
	}
	if (!any)
		return false;
	*value = total + group + (pending > 0 ? pending : 0) + (half ? 0.5 : 0) +
	         (fraction_digits > 0 ? fraction : 0);
	return true;
}

/* ---- one number -------------------------------------------------------- */

int angka_number_parse(angka_number *out, const char *s, size_t len)
{
	memset(out, 0, sizeof *out);
	size_t i = skip_spaces(s, 0, len);
	size_t n;

	/* A sign: "-1200000", "minus 1.200.000", "negatif 5". A dash with a space
	 * after it is a bullet or a range, not a sign. */
	bool negative = false;
	if (i + 1 < len && s[i] == '-' && (is_digit(s[i + 1]) || s[i + 1] == ',')) {
		negative = true;
		i++;
	} else if ((n = match_word(s, i, len, "minus")) > 0 ||
	           (n = match_word(s, i, len, "negatif")) > 0) {
		negative = true;
		i = skip_spaces(s, i + n, len);
	}

	/* A currency before: "Rp 711", "Rp. 711", "Rp3,5 M", "US$ 5", "€20". */
	const char *currency = NULL;
	if ((n = match_currency(&currency, s, i, len, true)) > 0) {
		if (i + n < len && s[i + n] == '.')
			n++; /* "Rp." */
		i = skip_spaces(s, i + n, len);
	}
	bool currency_before = currency != NULL;

	uint64_t mantissa = 0;
	int decimals = 0, exponent = 0;
	double value = 0, half;
	size_t end = i;
	bool scale_approx = false;
	if (i < len && (is_digit(s[i]) || (s[i] == ',' && i + 1 < len && is_digit(s[i + 1])))) {
		if (!parse_digits(&mantissa, &decimals, &end, s, i, len))
			return ANGKA_EPARSE;
		/* Not a race's distance: "kategori 5K dan 10K". */
		if (end < len && (s[end] == 'K' || s[end] == 'k') &&
		    (end + 1 == len || !is_alpha(s[end + 1])) &&
		    (currency_before || (decimals == 0 && mantissa >= 100) ||
		     (end + 1 < len && s[end + 1] == '$'))) {
			exponent = 3; /* "100K", informal */
			end++;
		} else {
			/* "60-an juta": sixty-odd million, an approximate count. */
			bool odd = end + 3 < len && s[end] == '-' && s[end + 1] == 'a' &&
			           s[end + 2] == 'n' && s[end + 3] == ' ';
			size_t scale_at = skip_spaces(s, odd ? end + 3 : end, len);
			size_t digits_end = end;
			exponent =
			        parse_scale(&end, &scale_approx, s, scale_at, len, currency_before);
			scale_approx |= odd && exponent > 0;
			/* "412.500 ribu orang": "ribu" after a number already written
			 * out to its thousands is said twice, not a thousand times;
			 * people read the dotted number. */
			if (exponent == 3 && decimals == 0 && mantissa >= 1000 &&
			    memchr(s + i, '.', digits_end - i) != NULL)
				exponent = 0;
		}
		if (exponent >= decimals)
			value = (double)mantissa * pow10_int(exponent - decimals);
		else
			value = (double)mantissa / pow10_int(decimals - exponent);
		half = 0.5 * pow10_int(exponent - decimals);
	} else {
		if (!parse_words(&value, &exponent, &decimals, &scale_approx, &end, s, i, len))
			return ANGKA_EPARSE;
		half = 0.5 * pow10_int(exponent - decimals);
	}

	/* A unit after it: percent or a currency. */
	size_t j = skip_spaces(s, end, len);
	angka_number_unit unit = ANGKA_NUMBER_PLAIN;
	const char *after = NULL;
	if (j < len && s[j] == '%') {
		unit = ANGKA_NUMBER_PERCENT;
		end = j + 1;
	} else if ((n = match_word(s, j, len, "persen")) > 0 ||
	           /* "65 persennya adalah PU", "its 65 percent" of a whole said
	            * before: the suffix stays outside, where templates read it */
	           (match_word(s, j, len, "persennya") > 0 && (n = strlen("persen")) > 0) ||
	           (n = match_word(s, j, len, "prosen")) > 0 || /* the older spelling */
	           (n = match_cut_percent(s, j, len)) > 0) {
		unit = ANGKA_NUMBER_PERCENT;
		end = j + n;
	} else if ((n = match_currency(&after, s, j, len, false)) > 0) {
		if (currency == NULL || strcmp(currency, after) == 0) {
			currency = after;
			end = j + n;
		}
	}
	if (currency != NULL) {
		unit = strcmp(currency, "IDR") == 0 ? ANGKA_NUMBER_IDR : ANGKA_NUMBER_CURRENCY;
		memcpy(out->currency, currency, 4);
	}

	out->value = negative ? -value : value;
	out->low = out->value - half;
	out->high = out->value + half;
	out->decimals = decimals;
	out->scale = pow10_int(exponent);
	out->unit = unit;
	out->consumed = end;
	out->approx = scale_approx;
	return ANGKA_OK;
}

void angka_number_rescale(angka_number *n, double scale)
{
	double scaled = n->value * scale, whole = round(scaled);
	n->value = fabs(scaled - whole) < 1e-6 * scale ? whole : scaled;
	n->low *= scale;
	n->high *= scale;
	n->scale = scale;
}

/* ---- a figure as written ----------------------------------------------- */

/* What an approximation phrase at s[i..] says, from the lexicon's value:
 * "before" (approx), "above"/"below"/"under" (approx, with the side), "after" (a
 * word after the number, "10 persen lebih"). Returns its end, or i. */
static size_t approx_at(const char **value, const angka_lexicon *approx, const char *s, size_t i,
                        size_t len)
{
	angka_lexicon_hit *hits = NULL;
	size_t n = 0, end = i;
	*value = NULL;
	if (approx == NULL || angka_lexicon_find(&hits, &n, approx, s, i, len) != ANGKA_OK)
		goto cleanup;
	if (n > 0 && hits[0].start == i) {
		*value = hits[0].value;
		end = hits[0].end;
	}
cleanup:
	free(hits);
	return end;
}

static void apply_approx(angka_number *out, const char *value)
{
	out->approx = true;
	if (strcmp(value, "above") == 0 || strcmp(value, "after") == 0)
		out->bound = ANGKA_BOUND_ABOVE;
	else if (strcmp(value, "below") == 0 || strcmp(value, "under") == 0)
		out->bound = ANGKA_BOUND_BELOW;
}

/* The word joining the two ends of a range at s[i..] ("-", "–", "—",
 * "hingga", "sampai (dengan)", "s.d.", "s/d"; "dan" only after "antara").
 * Returns its end, or i. */
static size_t range_connector(const char *s, size_t i, size_t len, bool between)
{
	/* Not "ke": "dari 10 ke 20" is a change, not a range. */
	static const char *const words[] = {"hingga", "sampai dengan", "sampai", NULL};
	static const char *const marks[] = {
	        "\xE2\x80\x93", "\xE2\x80\x94", "s.d.", "s/d", "-", NULL};
	size_t n;
	/* The bound first: s[len] is not ours to read, NUL or not. */
	for (size_t k = 0; marks[k]; k++)
		if (strlen(marks[k]) <= len - i && strncmp(s + i, marks[k], strlen(marks[k])) == 0)
			return i + strlen(marks[k]);
	for (size_t k = 0; words[k]; k++)
		if ((n = match_phrase(s, i, len, words[k])) > 0)
			return i + n;
	if (between && (n = match_word(s, i, len, "dan")) > 0)
		return i + n;
	return i;
}

int angka_number_read(angka_number *out, const char *s, size_t len, const angka_lexicon *approx)
{
	memset(out, 0, sizeof *out);
	size_t i = skip_spaces(s, 0, len);
	const char *said[2] = {NULL, NULL};
	for (int k = 0; k < 2; k++) {
		size_t next = approx_at(&said[k], approx, s, i, len);
		if (next == i || strcmp(said[k], "after") == 0) {
			said[k] = NULL;
			break;
		}
		i = skip_spaces(s, next, len);
	}
	size_t n;
	bool between = false;
	if ((n = match_word(s, i, len, "antara")) > 0) {
		between = true;
		i = skip_spaces(s, i + n, len);
	} else if ((n = match_word(s, i, len, "dari")) > 0) {
		i = skip_spaces(s, i + n, len);
	}

	angka_number first;
	int rc = angka_number_parse(&first, s + i, len - i);
	if (rc != ANGKA_OK)
		return rc;
	size_t end = i + first.consumed;
	*out = first;

	/* The second end of a range. */
	size_t j = skip_spaces(s, end, len);
	size_t k = range_connector(s, j, len, between);
	angka_number second;
	if (k > j && angka_number_parse(&second, s + k, len - k) == ANGKA_OK && second.value >= 0) {
		/* "2 hingga 3 juta", "Rp 1-2 miliar", "10 sampai 20 dolar": what the
		 * second end says of scale and unit holds for the first when it says
		 * nothing itself. */
		if (first.scale == 1 && second.scale > 1) {
			first.value *= second.scale;
			first.scale = second.scale;
		}
		if (first.unit == ANGKA_NUMBER_PLAIN) {
			first.unit = second.unit;
			memcpy(first.currency, second.currency, sizeof first.currency);
		}
		/* Ranges are written low to high: "2025-03" is no range. */
		if (first.value < second.value &&
		    (second.unit == ANGKA_NUMBER_PLAIN ||
		     (first.unit == second.unit && strcmp(first.currency, second.currency) == 0))) {
			out->unit = first.unit;
			memcpy(out->currency, first.currency, sizeof out->currency);
			out->low = fmin(first.value, second.value);
			out->high = fmax(first.value, second.value);
			out->value = (out->low + out->high) / 2;
			out->decimals =
			        first.decimals > second.decimals ? first.decimals : second.decimals;
			out->scale = second.scale;
			out->range = true;
			out->approx = true;
			end = k + second.consumed;
		}
	}

	for (int m = 0; m < 2; m++)
		if (said[m])
			apply_approx(out, said[m]);
	/* "10 persen lebih" */
	const char *tail = NULL;
	j = skip_spaces(s, end, len);
	size_t tail_end = approx_at(&tail, approx, s, j, len);
	if (tail != NULL && strcmp(tail, "after") == 0) {
		apply_approx(out, tail);
		end = tail_end;
	}
	/* "3M", "12abc": a number glued to what it is not part of is no number
	 * we can vouch for. */
	if (end < len && (is_alpha(s[end]) || is_digit(s[end])) &&
	    !(out->unit == ANGKA_NUMBER_PERCENT && match_word(s, end, len, "nya") > 0))
		return ANGKA_EPARSE;
	/* "2025-03-26", "12/08/2024": a date or a code, not a number. */
	if (end + 1 < len && (s[end] == '-' || s[end] == '/' || s[end] == '.') &&
	    is_digit(s[end + 1]))
		return ANGKA_EPARSE;
	out->consumed = end;
	return ANGKA_OK;
}

/* angka — the number grammar: a number as Indonesian reporting writes it.
 *
 * Thousand dots and decimal commas ("1.009.250", "46,2"), scale words
 * ("2,8 juta", "Rp 711,58 miliar"), numbers in words ("dua ribu",
 * "satu setengah miliar"), currencies before or after, percentages, ranges.
 * The match stage reads every quantity of a sentence with it; the normalize
 * stage reads the figures' values with it.
 */
#ifndef ANGKA_NUMBER_H
#define ANGKA_NUMBER_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum angka_number_unit {
	ANGKA_NUMBER_PLAIN = 0,
	ANGKA_NUMBER_PERCENT,
	ANGKA_NUMBER_IDR,
	ANGKA_NUMBER_CURRENCY, /* another currency: its code is in currency */
} angka_number_unit;

/* Which side of the value the truth lies on: "lebih dari 1 juta" is above,
 * "kurang dari 7 euro", "hampir 1 juta" below. */
typedef enum angka_number_bound {
	ANGKA_BOUND_NONE = 0,
	ANGKA_BOUND_ABOVE,
	ANGKA_BOUND_BELOW,
} angka_number_bound;

/* A number as written, with the precision it was reported with: "46,2"
 * stands for [46.15, 46.25), "2,8 juta" for [2 750 000, 2 850 000). A
 * range ("antara 10 hingga 20", "10-20") has low and high at its two ends
 * and its midpoint as value. */
typedef struct angka_number {
	double value;
	double low, high; /* the interval the written form stands for */
	int decimals;     /* decimals written (2 for "46,20") */
	double scale;     /* 1, 1e3, 1e6, 1e9, 1e12 from a scale word */
	angka_number_unit unit;
	bool approx;      /* "sekitar", "lebih dari", "hampir", ... */
	size_t consumed;  /* bytes of the input that made the number */
	char currency[4]; /* ISO 4217 code for IDR and CURRENCY ("IDR", "USD"), else "" */
	bool range;       /* "antara X hingga Y", "X-Y": low and high are X and Y */
	angka_number_bound bound;
} angka_number;

/* Parse the number at the start of s[0, len): digits in Indonesian format
 * or words ("dua ribu", "satu setengah miliar"), a sign, a currency before
 * or after ("Rp", "$", "USD", "rupiah", "dolar"), a scale word, percent.
 * Thousand separators are dots, the decimal mark a comma; see
 * docs/normalize.md for the ambiguous forms. Returns 0, or ANGKA_EPARSE
 * when s does not start with a number. */
int angka_number_parse(angka_number *out, const char *s, size_t len);

/* The scale s[0, len) stands for when it is one of the scale words a number
 * is read with ("ribu" 1e3, "jutaan" 1e6, "milyar" 1e9; any case), else 0;
 * also 0 for "M" and "T", which are scales only right after a currency. */
double angka_number_scale_word(const char *s, size_t len);
/* n, a plain number with no scale of its own, as that many of scale ("8.05"
 * under "(juta orang)" is 8 050 000): value, bounds and scale. A value
 * that comes out whole but for binary rounding is made whole. */
void angka_number_rescale(angka_number *n, double scale);

#ifdef __cplusplus
}
#endif
#endif

/* Quantities: every number a sentence states, read once by the number
 * grammar, with what it counts (the noun after it) and, for a number that
 * is no quantity at all (a year, a date, a regulation's number, a table's row
 * number), why not. Internal to the match stage: the reader decides what
 * each quantity measures.
 */
#ifndef ANGKA_MATCH_QUANTITY_H
#define ANGKA_MATCH_QUANTITY_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/number.h"
#include "util/lexicon.h"

/* What a quantity is, from its unit and the noun that follows it. */
typedef enum angka_quantity_kind {
	ANGKA_QUANTITY_COUNT = 0, /* a count of people, or of nothing named */
	ANGKA_QUANTITY_CASES,     /* "3.078 kasus", "597 klaim" */
	ANGKA_QUANTITY_PERCENT,
	ANGKA_QUANTITY_RUPIAH,
	ANGKA_QUANTITY_OTHER, /* another currency, or a count of something that is
	                         never a figure here (companies, villages, days) */
} angka_quantity_kind;

typedef struct angka_quantity {
	size_t start, end; /* the number as written: "Rp 711,58 miliar", "46,2 persen" */
	angka_number number;
	angka_quantity_kind kind;
	const char *noun;         /* the counted noun's class from nouns.tsv, or NULL */
	size_t noun_end;          /* end of the noun (== end when there is none) */
	const char *not_quantity; /* why this number is no quantity, or NULL */
} angka_quantity;

/* The not_quantity of a bare small number ("27,22", "35"): no quantity by
 * its own words, a percentage in a column whose header says so; so still a
 * candidate. */
extern const char angka_quantity_bare[];

/* The lexicons the scanner reads with (borrowed). */
typedef struct angka_quantity_lexicons {
	const angka_lexicon *nouns;  /* counted nouns: phrase -> persons|cases|children|other */
	const angka_lexicon *months; /* month names: "25 Juli", "Juli 2025" are dates */
} angka_quantity_lexicons;

/* Every number in bytes [start, end) of text, in order, appended to *out
 * (malloc'd, *n entries). A number the grammar cannot read as a whole (a
 * digit inside a word, "S-1", "Covid-19") is skipped; numbers that are no
 * quantities are kept with their reason so `explain` can show them. */
int angka_quantities_scan(angka_quantity **out, size_t *n, const angka_quantity_lexicons *lex,
                          const char *text, size_t start, size_t end);

const char *angka_quantity_kind_name(angka_quantity_kind kind);

#endif

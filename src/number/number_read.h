/* Numbers as a figure is written around them: the approximation words
 * before ("sekitar", "lebih dari"), the second end of a range ("antara 10
 * hingga 20 dolar"). Internal to the normalize stage; the public entry is
 * angka_normalize_number. */
#ifndef ANGKA_NUMBER_READ_H
#define ANGKA_NUMBER_READ_H

#include <stddef.h>

#include "angka/number.h"
#include "util/lexicon.h"

/* The figure at the start of s[0, len): approximation phrases from approx
 * (may be NULL; values before|after|above|below), "antara"/"dari", a
 * number (angka_number_parse), a range connector and a second number.
 * Returns 0 or ANGKA_EPARSE. */
int angka_number_read(angka_number *out, const char *s, size_t len, const angka_lexicon *approx);

#endif

/* Shared between the ways in of the fetch stage (files, HTTP). */
#ifndef ANGKA_FETCH_INTERNAL_H
#define ANGKA_FETCH_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

/* "2025-03-18T04:10:00Z", now, UTC; NULL when out of memory. Freed by the caller. */
char *angka_fetch_now_iso8601(void);
/* True when there is nothing but white space (and perhaps a UTF-8 BOM). */
bool angka_fetch_only_white_space(const unsigned char *bytes, size_t len);
/* Offset of the first byte that is not valid UTF-8, or -1. */
long angka_fetch_first_invalid_utf8(const unsigned char *bytes, size_t len);

#endif

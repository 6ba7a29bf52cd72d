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

/* "utf-16le"/"utf-16be" when bytes start with a UTF-16 byte order mark,
 * else NULL. */
const char *angka_fetch_utf16_bom(const unsigned char *bytes, size_t len);

/* Is the charset a server declared believable for these bytes? A UTF-16 or
 * UTF-32 label on bytes without a NUL in their first 4 KB (or with a UTF-8
 * BOM), or a non-UTF-8 label on bytes that are valid UTF-8 with multi-byte
 * characters, is not: *charset is then replaced (by NULL, so the bytes and
 * the page decide, or by "utf-8") and *warning says why (a copy the caller
 * frees). Returns ANGKA_ENOMEM or ANGKA_OK. */
int angka_fetch_check_charset(char **charset, char **warning, const unsigned char *bytes,
                              size_t len);

#endif

/* A growable byte buffer with a hard cap, for building strings whose size
 * depends on the input (main text, JSON, SQL values). Internal to libangka. */
#ifndef ANGKA_UTIL_BUF_H
#define ANGKA_UTIL_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "angka/error.h"

typedef struct angka_buf {
	char *data; /* always NUL-terminated once anything was appended */
	size_t len;
	size_t cap;
	size_t limit; /* 0: no limit beyond SIZE_MAX/2 */
	bool failed;  /* an append ran out of memory or over the limit */
} angka_buf;

#define ANGKA_BUF_INIT                                                                             \
	{                                                                                          \
		NULL, 0, 0, 0, false                                                               \
	}

/* Each append returns 0, or -1 when memory or the limit ran out; after a
 * failure the buffer keeps what it had and further appends fail too. */
int angka_buf_append(angka_buf *b, const char *s, size_t n);
int angka_buf_puts(angka_buf *b, const char *s);
int angka_buf_putc(angka_buf *b, char c);
/* n in decimal: what printf's "%zu" writes, for the hot paths that write
 * numbers into patterns and tokens (vsnprintf, run twice by
 * angka_buf_printf, costs a hundred times the digits). */
int angka_buf_putu(angka_buf *b, size_t n);
int angka_buf_printf(angka_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 2, 3)))
#endif
        ;
/* Hand the data to the caller (who frees it) and reset the buffer. Returns
 * an empty string rather than NULL for an empty buffer; NULL on failure. */
char *angka_buf_detach(angka_buf *b);
void angka_buf_free(angka_buf *b);

/* Read the whole file at path, at most limit bytes, into *out (NUL-
 * terminated, freed by the caller) and its length into *len (may be NULL).
 * Errors name the path: ANGKA_ENOTFOUND, ANGKA_EIO with strerror,
 * ANGKA_ETOOBIG over the limit, ANGKA_ENOMEM. */
int angka_read_file(char **out, size_t *len, const char *path, size_t limit, angka_error *err);

/* strdup/strndup that accept NULL (returning NULL). */
char *angka_strdup(const char *s);
char *angka_strndup(const char *s, size_t n);

#endif

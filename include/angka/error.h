/* angka — errors.
 *
 * Library functions return 0 on success or a negative ANGKA_E* code. The
 * human-readable message lives in an angka_error the caller owns and passes
 * in (it may be NULL when the caller only wants the code); it never lives in
 * a global. The message carries the context a user needs: the file and line,
 * the rule id, the URL, and the underlying cause.
 */
#ifndef ANGKA_ERROR_H
#define ANGKA_ERROR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
	ANGKA_OK = 0,
	ANGKA_ENOMEM = -1,    /* an allocation failed */
	ANGKA_EIO = -2,       /* reading or writing a file failed */
	ANGKA_EPARSE = -3,    /* the input is not what it claims to be */
	ANGKA_ERULE = -4,     /* a rule file is invalid */
	ANGKA_ENOTFOUND = -5, /* a file, rule or record does not exist */
	ANGKA_EDB = -6,       /* the database refused an operation */
	ANGKA_EINVAL = -7,    /* the caller passed an invalid argument */
	ANGKA_ETOOBIG = -8,   /* the input is over a size limit */
	ANGKA_EBINARY = -9,   /* the input is binary, not text or HTML */
	ANGKA_EEMPTY = -10,   /* the input holds no text */
};

#define ANGKA_ERROR_MAX 4096

typedef struct angka_error {
	int code;
	char message[ANGKA_ERROR_MAX];
} angka_error;

/* Record code and a printf-style message in err (if err is not NULL) and
 * return code, so callers can write `return angka_error_set(err, ...)`. */
int angka_error_set(angka_error *err, int code, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;

/* Prefix the message already in err with more context ("file.html: " + old). */
int angka_error_prefix(angka_error *err, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 2, 3)))
#endif
        ;

void angka_error_clear(angka_error *err);

/* A short name for a code ("out of memory", "I/O error", ...). */
const char *angka_error_name(int code);

#ifdef __cplusplus
}
#endif
#endif

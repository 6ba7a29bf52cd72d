#include "angka/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int angka_error_set(angka_error *err, int code, const char *fmt, ...)
{
	if (err == NULL)
		return code;
	err->code = code;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	return code;
}

int angka_error_prefix(angka_error *err, const char *fmt, ...)
{
	if (err == NULL)
		return ANGKA_OK;
	char prefix[ANGKA_ERROR_MAX];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof prefix, fmt, ap);
	va_end(ap);
	/* Keep as much of the old message as fits after the prefix. */
	size_t plen = strlen(prefix);
	size_t keep = strlen(err->message);
	if (keep > ANGKA_ERROR_MAX - 1 - plen)
		keep = ANGKA_ERROR_MAX - 1 - plen;
	memmove(err->message + plen, err->message, keep);
	memcpy(err->message, prefix, plen);
	err->message[plen + keep] = '\0';
	return err->code;
}

void angka_error_clear(angka_error *err)
{
	if (err == NULL)
		return;
	err->code = ANGKA_OK;
	err->message[0] = '\0';
}

const char *angka_error_name(int code)
{
	switch (code) {
	case ANGKA_OK: return "ok";
	case ANGKA_ENOMEM: return "out of memory";
	case ANGKA_EIO: return "I/O error";
	case ANGKA_EPARSE: return "parse error";
	case ANGKA_ERULE: return "invalid rule";
	case ANGKA_ENOTFOUND: return "not found";
	case ANGKA_EDB: return "database error";
	case ANGKA_EINVAL: return "invalid argument";
	case ANGKA_ETOOBIG: return "too big";
	case ANGKA_EBINARY: return "binary content";
	case ANGKA_EEMPTY: return "empty";
	default: return "unknown error";
	}
}

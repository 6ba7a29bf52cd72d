#include "util/buf.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int buf_reserve(angka_buf *b, size_t extra)
{
	if (b->failed)
		return -1;
	size_t limit = b->limit ? b->limit : SIZE_MAX / 2;
	if (extra > limit || b->len > limit - extra) {
		b->failed = true;
		return -1;
	}
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap *= 2;
	char *data = realloc(b->data, cap);
	if (data == NULL) {
		b->failed = true;
		return -1;
	}
	b->data = data;
	b->cap = cap;
	return 0;
}

int angka_buf_append(angka_buf *b, const char *s, size_t n)
{
	if (buf_reserve(b, n) != 0)
		return -1;
	if (n > 0)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int angka_buf_puts(angka_buf *b, const char *s)
{
	return angka_buf_append(b, s, strlen(s));
}

int angka_buf_putc(angka_buf *b, char c)
{
	return angka_buf_append(b, &c, 1);
}

int angka_buf_putu(angka_buf *b, size_t n)
{
	char digits[3 * sizeof n];
	size_t k = sizeof digits;
	do {
		digits[--k] = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	return angka_buf_append(b, digits + k, sizeof digits - k);
}

int angka_buf_printf(angka_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || buf_reserve(b, (size_t)n) != 0)
		return -1;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

char *angka_buf_detach(angka_buf *b)
{
	if (b->failed) {
		angka_buf_free(b);
		return NULL;
	}
	char *data = b->data;
	if (data == NULL)
		data = calloc(1, 1);
	b->data = NULL;
	b->len = b->cap = 0;
	return data;
}

void angka_buf_free(angka_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->failed = false;
}

char *angka_strdup(const char *s)
{
	return s ? angka_strndup(s, strlen(s)) : NULL;
}

char *angka_strndup(const char *s, size_t n)
{
	if (s == NULL)
		return NULL;
	char *copy = malloc(n + 1);
	if (copy == NULL)
		return NULL;
	memcpy(copy, s, n);
	copy[n] = '\0';
	return copy;
}

int angka_read_file(char **out, size_t *len, const char *path, size_t limit, angka_error *err)
{
	int rc = ANGKA_OK;
	angka_buf buf = ANGKA_BUF_INIT;
	buf.limit = limit;
	*out = NULL;
	FILE *f = fopen(path, "rb");
	if (f == NULL) {
		rc = angka_error_set(err, errno == ENOENT ? ANGKA_ENOTFOUND : ANGKA_EIO, "%s: %s",
		                     path, strerror(errno));
		goto cleanup;
	}
	char chunk[8192];
	size_t got;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (angka_buf_append(&buf, chunk, got) != 0) {
			rc = buf.len + got > limit
			             ? angka_error_set(err, ANGKA_ETOOBIG, "%s: over %zu bytes",
			                               path, limit)
			             : angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory",
			                               path);
			goto cleanup;
		}
	}
	if (ferror(f)) {
		rc = angka_error_set(err, ANGKA_EIO, "%s: %s", path, strerror(errno));
		goto cleanup;
	}
	if (len != NULL)
		*len = buf.len;
	*out = angka_buf_detach(&buf);
	if (*out == NULL)
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", path);
cleanup:
	if (f != NULL)
		fclose(f);
	angka_buf_free(&buf);
	return rc;
}

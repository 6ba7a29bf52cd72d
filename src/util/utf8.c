#include "util/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

size_t angka_utf8_sequence(const unsigned char *s, size_t n)
{
	uint32_t cp;
	return angka_utf8_decode(s, n, &cp);
}

size_t angka_utf8_decode(const unsigned char *s, size_t n, uint32_t *out)
{
	if (n == 0)
		return 0;
	unsigned char c = s[0];
	*out = c;
	if (c < 0x80)
		return 1;
	size_t len;
	uint32_t cp;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, cp = c & 0x1Fu;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, cp = c & 0x0Fu;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, cp = c & 0x07u;
	else
		return 0;
	if (n < len)
		return 0;
	for (size_t k = 1; k < len; k++) {
		if ((s[k] & 0xC0u) != 0x80u)
			return 0;
		cp = (cp << 6) | (s[k] & 0x3Fu);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	*out = cp;
	return len;
}

size_t angka_utf8_count(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

bool angka_utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		if (p[i] == 0)
			return false;
		size_t k = angka_utf8_sequence(p + i, n - i);
		if (k == 0)
			return false;
		i += k;
	}
	return true;
}

bool angka_utf8_well_formed(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		/* Eight ASCII bytes at a time: most of an Indonesian article. */
		if (n - i >= 8) {
			uint64_t word;
			memcpy(&word, p + i, sizeof word);
			if ((word & UINT64_C(0x8080808080808080)) == 0) {
				i += 8;
				continue;
			}
		}
		if (p[i] < 0x80u) {
			i++;
			continue;
		}
		size_t k = angka_utf8_sequence(p + i, n - i);
		if (k == 0)
			return false;
		i += k;
	}
	return true;
}

bool angka_utf8_pcre2_would_pass(const char *text, size_t start, size_t end, uint32_t lookbehind)
{
	const unsigned char *p = (const unsigned char *)text;
	if (start > end || (start < end && (p[start] & 0xC0u) == 0x80u))
		return false;
	/* Back as PCRE2 goes: a character at a time, over continuation bytes. */
	size_t i = start;
	for (uint32_t k = lookbehind; start > 0 && k > 0 && i > 0; k--) {
		i--;
		while (i > 0 && (p[i] & 0xC0u) == 0x80u)
			i--;
	}
	return angka_utf8_well_formed(text + i, end - i);
}

char *angka_utf8_escape(const char *s)
{
	if (s == NULL)
		return NULL;
	size_t n = strlen(s);
	if (angka_utf8_valid(s, n))
		return angka_strdup(s);
	const unsigned char *p = (const unsigned char *)s;
	angka_buf out = ANGKA_BUF_INIT;
	for (size_t i = 0; i < n;) {
		size_t k = angka_utf8_sequence(p + i, n - i);
		if (k == 0) {
			angka_buf_printf(&out, "\\x%02x", p[i]);
			i++;
		} else if (p[i] == '\\') {
			angka_buf_puts(&out, "\\\\");
			i++;
		} else {
			angka_buf_append(&out, s + i, k);
			i += k;
		}
	}
	if (out.failed) {
		angka_buf_free(&out);
		return NULL;
	}
	return angka_buf_detach(&out);
}

char *angka_utf8_printable(const char *s)
{
	if (s == NULL)
		return NULL;
	size_t n = strlen(s);
	const unsigned char *p = (const unsigned char *)s;
	angka_buf out = ANGKA_BUF_INIT;
	for (size_t i = 0; i < n;) {
		size_t k = angka_utf8_sequence(p + i, n - i);
		if (k == 0 || (k == 1 && ((p[i] < 0x20 && p[i] != '\t') || p[i] == 0x7F))) {
			angka_buf_printf(&out, "\\x%02x", p[i]);
			i++;
		} else if (k == 2 && p[i] == 0xC2 && p[i + 1] < 0xA0) {
			angka_buf_printf(&out, "\\u%04x", (unsigned)p[i + 1]);
			i += 2;
		} else {
			angka_buf_append(&out, s + i, k);
			i += k;
		}
	}
	if (out.failed) {
		angka_buf_free(&out);
		return NULL;
	}
	/* An empty result is "", not NULL. */
	return angka_buf_detach(&out);
}

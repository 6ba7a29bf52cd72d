/* What the parse tests share: parse a document and check the article's
 * invariants on the way (every test also checks them), and look into it. */
#ifndef ANGKA_TEST_PARSE_HELPER_H
#define ANGKA_TEST_PARSE_HELPER_H

#include <criterion/criterion.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/parse.h"
#include "parse/parse_internal.h"
#include "util/hash.h"

static inline int parse_bytes(angka_article **out, angka_content_kind kind, const char *bytes,
                              size_t len, const char *charset, const char *fetched_at,
                              angka_error *err)
{
	angka_document doc = {
	        .source = (char *)"test://doc",
	        .bytes = (unsigned char *)bytes,
	        .len = len,
	        .kind = kind,
	        .charset = (char *)charset,
	        .fetched_at = (char *)fetched_at,
	};
	return angka_parse_document(out, &doc, err);
}

/* Parse and require success; the article's invariants are checked on the
 * way so every test also checks them. */
static inline angka_article *must_parse(angka_content_kind kind, const char *bytes,
                                        const char *charset, const char *fetched_at)
{
	angka_article *a = NULL;
	angka_error err = {0, ""};
	int rc = parse_bytes(&a, kind, bytes, strlen(bytes), charset, fetched_at, &err);
	cr_assert_eq(rc, 0, "parse failed: %d %s", rc, err.message);
	cr_assert_not_null(a);
	cr_assert(angka_parse_utf8_valid((const unsigned char *)a->text, a->text_len));
	cr_assert_eq(strlen(a->text), a->text_len);
	size_t prev_end = 0;
	for (size_t i = 0; i < a->n_paragraphs; i++) {
		const angka_paragraph *p = &a->paragraphs[i];
		cr_assert(p->start < p->end && p->end <= a->text_len);
		if (i > 0) {
			cr_assert_eq(p->start, prev_end + 2);
			cr_assert(a->text[prev_end] == '\n' && a->text[prev_end + 1] == '\n');
		}
		prev_end = p->end;
	}
	cr_assert_eq(prev_end, a->text_len);
	char hex[65];
	angka_sha256_hex(hex, a->text, a->text_len);
	cr_assert_str_eq(a->content_hash, hex);
	return a;
}

static inline angka_article *html(const char *page)
{
	return must_parse(ANGKA_CONTENT_HTML, page, NULL, NULL);
}

static inline angka_article *text(const char *body, const char *fetched_at)
{
	return must_parse(ANGKA_CONTENT_TEXT, body, NULL, fetched_at);
}

static inline size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	size_t len = strlen(needle);
	for (const char *p = strstr(hay, needle); p != NULL; p = strstr(p + len, needle))
		n++;
	return n;
}

static inline bool dropped(const angka_article *a, const char *reason, const char *needle)
{
	for (size_t i = 0; i < a->n_dropped; i++)
		if (strcmp(a->dropped[i].reason, reason) == 0 && strstr(a->dropped[i].text, needle))
			return true;
	return false;
}

static inline const char *paragraph(const angka_article *a, size_t i, char *buf, size_t cap)
{
	const angka_paragraph *p = &a->paragraphs[i];
	size_t n = p->end - p->start < cap - 1 ? p->end - p->start : cap - 1;
	memcpy(buf, a->text + p->start, n);
	buf[n] = '\0';
	return buf;
}

/* The bytes of dir/name, NUL-terminated (*len without the NUL). */
static inline char *read_test_file(const char *dir, const char *name, size_t *len)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "rb");
	cr_assert_not_null(f, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	rewind(f);
	char *bytes = malloc((size_t)n + 1);
	cr_assert_not_null(bytes);
	cr_assert_eq(fread(bytes, 1, (size_t)n, f), (size_t)n);
	bytes[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return bytes;
}

#endif

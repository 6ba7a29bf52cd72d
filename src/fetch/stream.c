/* A document from a stream (standard input, a pipe): read with the same cap
 * and judged by the same rules as a file (fetch.c), named by the caller. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "angka/fetch.h"
#include "fetch/fetch_internal.h"
#include "util/buf.h"
#include "util/utf8.h"

/* The kind a name's extension says (.html, .htm, .xhtml, .txt), if any. */
static bool kind_from_name(angka_content_kind *out, const char *name)
{
	const char *slash = strrchr(name, '/');
	const char *base = slash ? slash + 1 : name;
	const char *dot = strrchr(base, '.');
	if (dot == NULL || dot == base)
		return false;
	if (strcasecmp(dot + 1, "html") == 0 || strcasecmp(dot + 1, "htm") == 0 ||
	    strcasecmp(dot + 1, "xhtml") == 0) {
		*out = ANGKA_CONTENT_HTML;
		return true;
	}
	if (strcasecmp(dot + 1, "txt") == 0) {
		*out = ANGKA_CONTENT_TEXT;
		return true;
	}
	return false;
}

int angka_fetch_stream(angka_document **out, FILE *fp, const char *source, size_t max_bytes,
                       angka_error *err)
{
	int rc = ANGKA_OK;
	angka_document *doc = NULL;
	size_t cap = 0;
	*out = NULL;
	if (fp == NULL || source == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "angka_fetch_stream: no stream or name");
	if (max_bytes == 0)
		max_bytes = ANGKA_FETCH_MAX_BYTES;
	/* The name the article and the messages carry: valid UTF-8 even when
	 * the caller's is not (the database stores only UTF-8), as for a file. */
	char *name = angka_utf8_escape(source);
	if (name == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory reading the input");
	source = name;
	if ((doc = calloc(1, sizeof *doc)) == NULL ||
	    (doc->source = angka_strdup(source)) == NULL ||
	    (doc->fetched_at = angka_fetch_now_iso8601()) == NULL)
		goto nomem;
	/* Grown as the bytes come, never past the cap (+1 to see it passed). */
	for (;;) {
		if (doc->len == cap) {
			if (cap > max_bytes) {
				rc = angka_error_set(err, ANGKA_ETOOBIG,
				                     "%s: too big (more than %zu bytes)", source,
				                     max_bytes);
				goto cleanup;
			}
			size_t grown_cap = cap ? cap * 2 : 64 * 1024;
			if (grown_cap > max_bytes + 1)
				grown_cap = max_bytes + 1;
			unsigned char *grown = realloc(doc->bytes, grown_cap + 1);
			if (grown == NULL)
				goto nomem;
			doc->bytes = grown;
			cap = grown_cap;
		}
		size_t n = fread(doc->bytes + doc->len, 1, cap - doc->len, fp);
		doc->len += n;
		if (n == 0)
			break;
	}
	if (ferror(fp)) {
		rc = angka_error_set(err, ANGKA_EIO, "%s: %s", source, strerror(errno));
		goto cleanup;
	}
	if (doc->len > max_bytes) {
		rc = angka_error_set(err, ANGKA_ETOOBIG, "%s: too big (more than %zu bytes)",
		                     source, max_bytes);
		goto cleanup;
	}
	if (doc->bytes == NULL && (doc->bytes = malloc(1)) == NULL)
		goto nomem;
	doc->bytes[doc->len] = '\0';
	if (angka_fetch_only_white_space(doc->bytes, doc->len)) {
		rc = angka_error_set(err, ANGKA_EEMPTY, "%s: empty input (no text to read)",
		                     source);
		goto cleanup;
	}
	angka_content_kind sniffed = ANGKA_CONTENT_TEXT;
	if (angka_fetch_sniff(&sniffed, doc->bytes, doc->len) != ANGKA_OK) {
		rc = angka_error_set(err, ANGKA_EBINARY,
		                     "%s: binary content (NUL or control bytes), not text or HTML",
		                     source);
		goto cleanup;
	}
	if (!kind_from_name(&doc->kind, source))
		doc->kind = sniffed;
	/* UTF-16 says so with its byte order mark: the parser decodes it. */
	const char *bom = angka_fetch_utf16_bom(doc->bytes, doc->len);
	if (bom != NULL && (doc->charset = angka_strdup(bom)) == NULL)
		goto nomem;
	doc->invalid_utf8_at = doc->kind == ANGKA_CONTENT_TEXT && bom == NULL
	                               ? angka_fetch_first_invalid_utf8(doc->bytes, doc->len)
	                               : -1;
	*out = doc;
	doc = NULL;
	goto cleanup;
nomem:
	rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory reading the input", source);
cleanup:
	free(name);
	angka_document_free(doc);
	return rc;
}

/* A document from one line of JSON (angka extract --input jsonl): the way
 * in for engines that hand articles over as records (Hadoop Streaming,
 * Spark's RDD.pipe, GNU parallel), judged by the same rules as a file. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "angka/fetch.h"
#include "fetch/fetch_internal.h"
#include "util/buf.h"

void angka_article_record_clear(angka_article_record *record)
{
	if (record == NULL)
		return;
	angka_document_free(record->document);
	free(record->title);
	free(record->published);
	memset(record, 0, sizeof *record);
}

/* A string member, or NULL when absent or null; -1 when it is something
 * else. */
static int string_member(const char **out, json_t *object, const char *key)
{
	json_t *value = json_object_get(object, key);
	*out = NULL;
	if (value == NULL || json_is_null(value))
		return 0;
	if (!json_is_string(value))
		return -1;
	*out = json_string_value(value);
	return 0;
}

int angka_fetch_record(angka_article_record *out, const char *json, size_t len, size_t max_bytes,
                       angka_error *err)
{
	json_error_t jerr;
	json_t *root = NULL;
	angka_document *doc = NULL;
	const char *url = NULL, *html = NULL, *text = NULL, *title = NULL, *published = NULL;
	int rc = ANGKA_OK;
	memset(out, 0, sizeof *out);
	if (max_bytes == 0)
		max_bytes = ANGKA_FETCH_MAX_BYTES;
	root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
	if (root == NULL) {
		rc = angka_error_set(err, ANGKA_EPARSE, "not JSON: %s (column %d)", jerr.text,
		                     jerr.column);
		goto cleanup;
	}
	if (!json_is_object(root)) {
		rc = angka_error_set(
		        err, ANGKA_EPARSE,
		        "not a JSON object ({\"url\": ..., \"html\" or \"text\": ...})");
		goto cleanup;
	}
	if (string_member(&url, root, "url") != 0 || string_member(&html, root, "html") != 0 ||
	    string_member(&text, root, "text") != 0 || string_member(&title, root, "title") != 0 ||
	    string_member(&published, root, "published") != 0) {
		rc = angka_error_set(err, ANGKA_EPARSE,
		                     "url, html, text, title and published must be strings");
		goto cleanup;
	}
	if (url == NULL || *url == '\0') {
		rc = angka_error_set(err, ANGKA_EPARSE,
		                     "no \"url\": every article needs its source");
		goto cleanup;
	}
	if ((html == NULL) == (text == NULL)) {
		rc = angka_error_set(err, ANGKA_EPARSE, "%s: wants one of \"html\" or \"text\"",
		                     url);
		goto cleanup;
	}
	const char *body = html ? html : text;
	size_t body_len = json_string_length(json_object_get(root, html ? "html" : "text"));
	if (body_len > max_bytes) {
		rc = angka_error_set(err, ANGKA_ETOOBIG, "%s: too big (more than %zu bytes)", url,
		                     max_bytes);
		goto cleanup;
	}
	if ((doc = calloc(1, sizeof *doc)) == NULL || (doc->source = angka_strdup(url)) == NULL ||
	    (doc->fetched_at = angka_fetch_now_iso8601()) == NULL ||
	    (doc->bytes = malloc(body_len + 1)) == NULL)
		goto nomem;
	memcpy(doc->bytes, body, body_len);
	doc->bytes[body_len] = '\0';
	doc->len = body_len;
	doc->kind = html ? ANGKA_CONTENT_HTML : ANGKA_CONTENT_TEXT;
	doc->invalid_utf8_at = -1; /* JSON strings are UTF-8 */
	if (angka_fetch_only_white_space(doc->bytes, doc->len)) {
		rc = angka_error_set(err, ANGKA_EEMPTY, "%s: empty input (no text to read)", url);
		goto cleanup;
	}
	angka_content_kind sniffed;
	if (angka_fetch_sniff(&sniffed, doc->bytes, doc->len) != ANGKA_OK) {
		rc = angka_error_set(err, ANGKA_EBINARY,
		                     "%s: binary content (control bytes), not text or HTML", url);
		goto cleanup;
	}
	if ((title && (out->title = angka_strdup(title)) == NULL) ||
	    (published && (out->published = angka_strdup(published)) == NULL))
		goto nomem;
	out->document = doc;
	doc = NULL;
	goto cleanup;
nomem:
	rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory reading a record");
cleanup:
	if (rc != ANGKA_OK)
		angka_article_record_clear(out);
	angka_document_free(doc);
	json_decref(root);
	return rc;
}

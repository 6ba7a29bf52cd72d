/* URLs: the identity angka gives an http(s) URL, and resolving feed links.
 * libcurl's URL API does the parsing (and the dot-segment removal); what
 * is left here is the policy of what makes two URLs the same page. */
#include "angka/fetch.h"

#include <ctype.h>
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"

/* Query parameters that only say how a reader arrived (campaign and click
 * trackers): the same page with or without them is the same page. */
static bool is_tracking_parameter(const char *param, size_t len)
{
	static const char *const exact[] = {"fbclid", "gclid",  "dclid",  "gclsrc",    "msclkid",
	                                    "yclid",  "igshid", "mc_cid", "mc_eid",    "_ga",
	                                    "_gl",    "_hsenc", "_hsmi",  "mkt_tok",   "wbraid",
	                                    "gbraid", "twclid", "ttclid", "li_fat_id", NULL};
	size_t name_len = len;
	const char *eq = memchr(param, '=', len);
	if (eq)
		name_len = (size_t)(eq - param);
	if (name_len >= 4 && strncasecmp(param, "utm_", 4) == 0)
		return true;
	for (size_t i = 0; exact[i]; i++)
		if (strlen(exact[i]) == name_len && strncasecmp(param, exact[i], name_len) == 0)
			return true;
	return false;
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The query without tracking parameters, its parameters sorted (so that
 * "?b=2&a=1" and "?a=1&b=2" are one page); NULL when nothing is left.
 * Sorting is byte order on the raw "name=value" text, stable enough for an
 * identity. *ok is false when memory ran out. */
static char *clean_query(const char *query, bool *ok)
{
	char *copy = angka_strdup(query);
	char **params = NULL;
	size_t n = 0;
	angka_buf out = ANGKA_BUF_INIT;
	char *result = NULL;
	*ok = false;
	if (copy == NULL)
		goto cleanup;
	/* libcurl writes a query's escapes in lower case ("%Ff" comes back as
	 * "%ff"): sort what it will write, or the identity is no fixed point. */
	size_t cap = 1;
	for (char *p = copy; *p; p++) {
		cap += *p == '&';
		if (p[0] == '%' && isxdigit((unsigned char)p[1]) && isxdigit((unsigned char)p[2])) {
			p[1] = (char)tolower((unsigned char)p[1]);
			p[2] = (char)tolower((unsigned char)p[2]);
		}
	}
	params = calloc(cap, sizeof *params);
	if (params == NULL)
		goto cleanup;
	char *save = NULL;
	for (char *tok = strtok_r(copy, "&", &save); tok; tok = strtok_r(NULL, "&", &save))
		if (*tok && !is_tracking_parameter(tok, strlen(tok)))
			params[n++] = tok;
	qsort(params, n, sizeof *params, compare_strings);
	for (size_t i = 0; i < n; i++) {
		if (i)
			angka_buf_putc(&out, '&');
		angka_buf_puts(&out, params[i]);
	}
	if (out.failed)
		goto cleanup;
	*ok = true;
	result = n ? angka_buf_detach(&out) : NULL;
	if (n && result == NULL)
		*ok = false;
cleanup:
	angka_buf_free(&out);
	free(params);
	free(copy);
	return result;
}

bool angka_url_is_http(const char *s)
{
	return s && (strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0);
}

static int url_error(angka_error *err, const char *url, CURLUcode rc)
{
	if (rc == CURLUE_OUT_OF_MEMORY)
		return angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", url);
	return angka_error_set(err, ANGKA_EINVAL, "%s: not a valid URL (%s)", url,
	                       curl_url_strerror(rc));
}

/* Normalize the URL already in h; url is for messages. */
static int normalize_handle(char **out, CURLU *h, const char *url, angka_error *err)
{
	char *scheme = NULL, *host = NULL, *port = NULL, *query = NULL, *query_clean = NULL;
	int ret = ANGKA_OK;
	CURLUcode rc;
	*out = NULL;

	if ((rc = curl_url_get(h, CURLUPART_SCHEME, &scheme, 0)) != CURLUE_OK) {
		ret = url_error(err, url, rc);
		goto cleanup;
	}
	if (strcasecmp(scheme, "http") != 0 && strcasecmp(scheme, "https") != 0) {
		ret = angka_error_set(err, ANGKA_EINVAL, "%s: not an http or https URL", url);
		goto cleanup;
	}
	if ((rc = curl_url_get(h, CURLUPART_HOST, &host, 0)) != CURLUE_OK) {
		ret = url_error(err, url, rc);
		goto cleanup;
	}
	for (char *p = host; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p + 32);
	if (host[0] == '\0') {
		ret = angka_error_set(err, ANGKA_EINVAL, "%s: no host in the URL", url);
		goto cleanup;
	}
	curl_url_set(h, CURLUPART_HOST, host, 0);
	if (curl_url_get(h, CURLUPART_PORT, &port, 0) == CURLUE_OK) {
		bool is_default = (strcasecmp(scheme, "http") == 0 && strcmp(port, "80") == 0) ||
		                  (strcasecmp(scheme, "https") == 0 && strcmp(port, "443") == 0);
		if (is_default)
			curl_url_set(h, CURLUPART_PORT, NULL, 0);
	}
	curl_url_set(h, CURLUPART_FRAGMENT, NULL, 0);
	if (curl_url_get(h, CURLUPART_QUERY, &query, 0) == CURLUE_OK) {
		bool ok = false;
		query_clean = clean_query(query, &ok);
		if (!ok) {
			ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", url);
			goto cleanup;
		}
		curl_url_set(h, CURLUPART_QUERY, query_clean, 0);
	}
	char *full = NULL;
	if ((rc = curl_url_get(h, CURLUPART_URL, &full, 0)) != CURLUE_OK) {
		ret = url_error(err, url, rc);
		goto cleanup;
	}
	/* Written back as libcurl's parser reads it: a host set as a part is not
	 * normalized as a parsed one is ("%30" decodes to "0", which a parse
	 * reads as 0.0.0.0), and the identity must be a fixed point. */
	if ((rc = curl_url_set(h, CURLUPART_URL, full, 0)) != CURLUE_OK) {
		curl_free(full);
		ret = url_error(err, url, rc);
		goto cleanup;
	}
	curl_free(full);
	full = NULL;
	if ((rc = curl_url_get(h, CURLUPART_URL, &full, 0)) != CURLUE_OK) {
		ret = url_error(err, url, rc);
		goto cleanup;
	}
	*out = angka_strdup(full);
	curl_free(full);
	if (*out == NULL)
		ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", url);
cleanup:
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_free(query);
	free(query_clean);
	return ret;
}

int angka_url_normalize(char **out, const char *url, angka_error *err)
{
	return angka_url_resolve(out, NULL, url, err);
}

int angka_url_resolve(char **out, const char *base, const char *ref, angka_error *err)
{
	int ret = ANGKA_OK;
	CURLUcode rc;
	*out = NULL;
	if (ref == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "no URL");
	CURLU *h = curl_url();
	if (h == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", ref);
	/* Surrounding white space is common in feeds (<link>\n  https://...</link>). */
	const char *start = ref;
	while (*start == ' ' || *start == '\t' || *start == '\n' || *start == '\r')
		start++;
	size_t len = strlen(start);
	while (len && (start[len - 1] == ' ' || start[len - 1] == '\t' || start[len - 1] == '\n' ||
	               start[len - 1] == '\r'))
		len--;
	char *trimmed = angka_strndup(start, len);
	if (trimmed == NULL) {
		ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", ref);
		goto cleanup;
	}
	if (base != NULL && (rc = curl_url_set(h, CURLUPART_URL, base, 0)) != CURLUE_OK) {
		ret = url_error(err, base, rc);
		goto cleanup;
	}
	/* Without a base, a relative reference is an error rather than a guess
	 * at a scheme. */
	if ((rc = curl_url_set(h, CURLUPART_URL, trimmed, 0)) != CURLUE_OK) {
		ret = url_error(err, trimmed, rc);
		goto cleanup;
	}
	ret = normalize_handle(out, h, trimmed, err);
cleanup:
	free(trimmed);
	curl_url_cleanup(h);
	return ret;
}

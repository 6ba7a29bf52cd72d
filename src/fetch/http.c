/* HTTP through libcurl, politely: timeouts, a size cap, a redirect limit,
 * compressed transfer, retries with exponential back-off (honouring
 * Retry-After), a delay between two requests to the same host, robots.txt
 * read once per host, conditional GET. One easy handle per fetcher keeps
 * connections alive between requests to the same host. */
#include "angka/fetch.h"

#include <curl/curl.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "fetch/fetch_internal.h"
#include "util/buf.h"

#ifndef ANGKA_VERSION
#define ANGKA_VERSION "0"
#endif

#ifndef ANGKA_CONTACT_URL
#define ANGKA_CONTACT_URL "https://github.com/angka-etl/angka"
#endif

#define ANGKA_USER_AGENT "angka/" ANGKA_VERSION " (+" ANGKA_CONTACT_URL ")"
/* The product token robots.txt groups are matched against. */
#define ROBOTS_AGENT     "angka"
#define ROBOTS_MAX_BYTES ((size_t)512 * 1024)
/* The longest back-off between two attempts, whatever the options say. */
#define MAX_BACKOFF_MS (86400L * 1000)

void angka_fetch_options_default(angka_fetch_options *out)
{
	*out = (angka_fetch_options){
	        .connect_timeout_ms = 10000,
	        .timeout_ms = 30000,
	        .max_bytes = ANGKA_FETCH_MAX_BYTES,
	        .max_redirects = 5,
	        .retries = 3,
	        .retry_delay_ms = 1000,
	        .max_retry_after_ms = 120000,
	        .host_delay_ms = 1000,
	        .robots = true,
	        .low_speed_bytes = 1000,
	        .low_speed_ms = 15000,
	};
}

const char *angka_fetch_user_agent(void)
{
	return ANGKA_USER_AGENT;
}

/* What the fetcher remembers about one origin (scheme://host:port). */
typedef struct host_state {
	char *origin;
	angka_robots *robots; /* NULL until robots.txt was read */
	char *robots_error;   /* robots.txt could not be read: why (pages fail with it) */
	int robots_code;      /* the angka code that goes with robots_error */
	bool robots_network;  /* ... because the host could not be reached at all */
	struct timespec last; /* end of the last request, monotonic */
	bool has_last;
} host_state;

struct angka_fetcher {
	CURL *curl;
	angka_fetch_options opt;
	host_state *hosts;
	size_t n_hosts, cap_hosts;
	char curl_message[CURL_ERROR_SIZE];
};

int angka_fetcher_new(angka_fetcher **out, const angka_fetch_options *options, angka_error *err)
{
	*out = NULL;
	/* Reference-counted by libcurl, and thread-safe since 7.84. */
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return angka_error_set(err, ANGKA_EIO, "libcurl could not be initialized");
	angka_fetcher *f = calloc(1, sizeof *f);
	if (f == NULL) {
		curl_global_cleanup();
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	}
	if (options)
		f->opt = *options;
	else
		angka_fetch_options_default(&f->opt);
	if (f->opt.max_bytes == 0)
		f->opt.max_bytes = ANGKA_FETCH_MAX_BYTES;
	f->curl = curl_easy_init();
	if (f->curl == NULL) {
		angka_fetcher_free(f);
		return angka_error_set(err, ANGKA_ENOMEM, "libcurl could not make a handle");
	}
	*out = f;
	return ANGKA_OK;
}

void angka_fetcher_free(angka_fetcher *f)
{
	if (f == NULL)
		return;
	for (size_t i = 0; i < f->n_hosts; i++) {
		free(f->hosts[i].origin);
		free(f->hosts[i].robots_error);
		angka_robots_free(f->hosts[i].robots);
	}
	free(f->hosts);
	if (f->curl)
		curl_easy_cleanup(f->curl);
	free(f);
	curl_global_cleanup();
}

void angka_fetch_result_clear(angka_fetch_result *r)
{
	if (r == NULL)
		return;
	free(r->etag);
	free(r->last_modified);
	free(r->content_type);
	angka_document_free(r->document);
	*r = (angka_fetch_result)ANGKA_FETCH_RESULT_INIT;
}

/* ---- time ------------------------------------------------------------- */

static long ms_since(const struct timespec *then)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long)(now.tv_sec - then->tv_sec) * 1000 + (now.tv_nsec - then->tv_nsec) / 1000000;
}

static void sleep_ms(long ms)
{
	if (ms <= 0)
		return;
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

/* Wait until the host's delay since its last request has passed. */
static void wait_for_host(const angka_fetcher *f, const host_state *h)
{
	if (h->has_last)
		sleep_ms(f->opt.host_delay_ms - ms_since(&h->last));
}

static void mark_host(host_state *h)
{
	clock_gettime(CLOCK_MONOTONIC, &h->last);
	h->has_last = true;
}

/* ---- one transfer ----------------------------------------------------- */

typedef struct transfer {
	angka_buf body;
	size_t max_bytes;
	bool over_limit;
} transfer;

/* Collect the (decoded) body; a body growing past the cap aborts the
 * transfer, which also protects against a small compressed bomb. */
static size_t on_body(char *data, size_t size, size_t n, void *ctx)
{
	transfer *t = ctx;
	size_t len = size * n;
	if (t->body.len + len > t->max_bytes) {
		t->over_limit = true;
		return 0;
	}
	if (angka_buf_append(&t->body, data, len) != 0)
		return 0;
	return len;
}

/* libcurl reports the low-speed limit as a timeout, in its own words
 * ("Operation too slow. Less than N bytes/sec transferred ..."). */
static bool too_slow(const angka_fetcher *f, CURLcode rc)
{
	return rc == CURLE_OPERATION_TIMEDOUT && strstr(f->curl_message, "too slow") != NULL;
}

/* Set up and run one GET of url. Returns libcurl's code; the body is in t. */
static CURLcode perform(angka_fetcher *f, transfer *t, const char *url, struct curl_slist *headers)
{
	CURL *c = f->curl;
	curl_easy_reset(c);
	f->curl_message[0] = '\0';
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, f->opt.max_redirects);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, f->opt.connect_timeout_ms);
	curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, f->opt.timeout_ms);
	/* A server that trickles (1 byte a second) is cut off long before the
	 * whole timeout; 0 turns this off. */
	if (f->opt.low_speed_bytes > 0 && f->opt.low_speed_ms > 0) {
		curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, f->opt.low_speed_bytes);
		curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, (f->opt.low_speed_ms + 999) / 1000);
	}
	/* "": every encoding this libcurl can decode (gzip, deflate, ...). */
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(c, CURLOPT_USERAGENT, ANGKA_USER_AGENT);
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)t->max_bytes);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, t);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, f->curl_message);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
	return curl_easy_perform(c);
}

/* A copy of the last response's header name, or NULL. */
static char *header_value(CURL *c, const char *name)
{
	struct curl_header *h = NULL;
	if (curl_easy_header(c, name, 0, CURLH_HEADER, -1, &h) != CURLHE_OK || h == NULL)
		return NULL;
	return angka_strdup(h->value);
}

static const char *status_reason(long code)
{
	switch (code) {
	case 400: return "bad request";
	case 401: return "unauthorized";
	case 403: return "forbidden";
	case 404: return "not found";
	case 410: return "gone";
	case 429: return "too many requests";
	case 500: return "internal server error";
	case 502: return "bad gateway";
	case 503: return "service unavailable";
	case 504: return "gateway timeout";
	default: return NULL;
	}
}

/* Describe a failed transfer in err: "<url>: <what went wrong>". */
static int transfer_error(angka_error *err, angka_fetcher *f, const transfer *t, CURLcode rc,
                          const char *url)
{
	const char *detail = f->curl_message[0] ? f->curl_message : curl_easy_strerror(rc);
	switch (rc) {
	case CURLE_FILESIZE_EXCEEDED:
	case CURLE_WRITE_ERROR:
		if (rc == CURLE_FILESIZE_EXCEEDED || t->over_limit)
			return angka_error_set(err, ANGKA_ETOOBIG,
			                       "%s: body over the limit of %zu bytes (--max-size)",
			                       url, t->max_bytes);
		return angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory reading the body",
		                       url);
	case CURLE_OPERATION_TIMEDOUT:
		if (too_slow(f, rc))
			return angka_error_set(err, ANGKA_EIO,
			                       "%s: too slow: less than %ld bytes/s for %ld s "
			                       "(--speed-limit, --speed-time)",
			                       url, f->opt.low_speed_bytes,
			                       (f->opt.low_speed_ms + 999) / 1000);
		return angka_error_set(err, ANGKA_EIO, "%s: timed out: %s", url, detail);
	case CURLE_OUT_OF_MEMORY: {
		/* libcurl's own cap on one header (CURL_MAX_HTTP_HEADER, 100 KB)
		 * ends a transfer as "out of memory": with no body read yet,
		 * that is what it was, not a lack of memory. */
		if (t->body.len == 0)
			return angka_error_set(err, ANGKA_EIO,
			                       "%s: response headers too large (a header over "
			                       "libcurl's limit of %d KB)",
			                       url, CURL_MAX_HTTP_HEADER / 1024);
		return angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory: %s", url, detail);
	}
	case CURLE_TOO_MANY_REDIRECTS:
		return angka_error_set(err, ANGKA_EIO,
		                       "%s: too many redirects (more than %ld; a redirect loop?)",
		                       url, f->opt.max_redirects);
	case CURLE_PARTIAL_FILE:
		return angka_error_set(err, ANGKA_EIO, "%s: truncated response: %s", url, detail);
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_CONNECT:
		return angka_error_set(err, ANGKA_EIO, "%s: unreachable: %s", url, detail);
	default: return angka_error_set(err, ANGKA_EIO, "%s: %s", url, detail);
	}
}

static int http_status_error(angka_error *err, const char *url, long code, int attempts)
{
	const char *reason = status_reason(code);
	char tries[48] = "";
	if (attempts > 1)
		snprintf(tries, sizeof tries, " after %d attempts", attempts);
	return angka_error_set(err, ANGKA_EIO, "%s: HTTP %ld%s%s%s%s", url, code,
	                       reason ? " (" : "", reason ? reason : "", reason ? ")" : "", tries);
}

/* ---- hosts and robots.txt --------------------------------------------- */

/* The origin of url ("http://host:port") and its path with query. */
static int split_url(char **origin, char **path, const char *url, angka_error *err)
{
	CURLU *h = curl_url();
	char *scheme = NULL, *host = NULL, *port = NULL, *p = NULL, *query = NULL;
	int ret = ANGKA_OK;
	*origin = *path = NULL;
	if (h == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", url);
	if (curl_url_set(h, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(h, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    curl_url_get(h, CURLUPART_HOST, &host, 0) != CURLUE_OK ||
	    curl_url_get(h, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) != CURLUE_OK ||
	    curl_url_get(h, CURLUPART_PATH, &p, 0) != CURLUE_OK) {
		ret = angka_error_set(err, ANGKA_EINVAL, "%s: not a valid URL", url);
		goto cleanup;
	}
	curl_url_get(h, CURLUPART_QUERY, &query, 0);
	angka_buf o = ANGKA_BUF_INIT, q = ANGKA_BUF_INIT;
	angka_buf_printf(&o, "%s://%s:%s", scheme, host, port);
	angka_buf_printf(&q, "%s%s%s", p, query ? "?" : "", query ? query : "");
	*origin = angka_buf_detach(&o);
	*path = angka_buf_detach(&q);
	if (*origin == NULL || *path == NULL) {
		free(*origin);
		free(*path);
		*origin = *path = NULL;
		ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", url);
	}
cleanup:
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_free(p);
	curl_free(query);
	curl_url_cleanup(h);
	return ret;
}

static host_state *find_host(angka_fetcher *f, const char *origin)
{
	for (size_t i = 0; i < f->n_hosts; i++)
		if (strcmp(f->hosts[i].origin, origin) == 0)
			return &f->hosts[i];
	if (f->n_hosts == f->cap_hosts) {
		size_t cap = f->cap_hosts ? f->cap_hosts * 2 : 8;
		host_state *grown = realloc(f->hosts, cap * sizeof *grown);
		if (grown == NULL)
			return NULL;
		f->hosts = grown;
		f->cap_hosts = cap;
	}
	host_state *h = &f->hosts[f->n_hosts];
	memset(h, 0, sizeof *h);
	if ((h->origin = angka_strdup(origin)) == NULL)
		return NULL;
	f->n_hosts++;
	return h;
}

/* Read the origin's robots.txt once (RFC 9309 2.3.1): a 2xx is parsed; a
 * 4xx means no rules; a 5xx or a failed connection means "do not crawl"
 * for this run, remembered with the reason so every page of the host says
 * why. One attempt, no retries: the pages' own fetches would only fail the
 * same way. */
static int load_robots(angka_fetcher *f, host_state *h, angka_error *err)
{
	char *url = NULL;
	transfer t = {ANGKA_BUF_INIT, ROBOTS_MAX_BYTES, false};
	angka_error sub = {0, ""};
	int ret = ANGKA_OK;
	angka_buf b = ANGKA_BUF_INIT;
	angka_buf_printf(&b, "%s/robots.txt", h->origin);
	if ((url = angka_buf_detach(&b)) == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	wait_for_host(f, h);
	CURLcode rc = perform(f, &t, url, NULL);
	mark_host(h);
	long code = 0;
	curl_easy_getinfo(f->curl, CURLINFO_RESPONSE_CODE, &code);
	if (rc == CURLE_OK && code >= 200 && code < 300) {
		ret = angka_robots_parse(&h->robots, t.body.data ? t.body.data : "", t.body.len,
		                         ROBOTS_AGENT);
	} else if (rc == CURLE_OK && code >= 400 && code < 500) {
		ret = angka_robots_new_all(&h->robots, true);
	} else if (rc == CURLE_WRITE_ERROR || rc == CURLE_FILESIZE_EXCEEDED) {
		/* Over 512 KiB: the RFC lets a crawler use what it read. */
		ret = angka_robots_parse(&h->robots, t.body.data ? t.body.data : "", t.body.len,
		                         ROBOTS_AGENT);
	} else {
		/* The message is kept without a URL in front: each page of the
		 * host is reported with its own URL. */
		if (rc == CURLE_OK) {
			h->robots_code = http_status_error(&sub, "", code, 1);
		} else {
			h->robots_code = transfer_error(&sub, f, &t, rc, "");
			h->robots_network = true;
		}
		h->robots_error = angka_strdup(sub.message + 2);
		ret = angka_robots_new_all(&h->robots, false);
		if (h->robots_error == NULL)
			ret = ANGKA_ENOMEM;
	}
	if (ret == ANGKA_ENOMEM)
		ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", url);
	angka_buf_free(&t.body);
	free(url);
	return ret;
}

/* ---- the fetch -------------------------------------------------------- */

static bool type_is(const char *type, size_t len, const char *want)
{
	return strlen(want) == len && strncasecmp(type, want, len) == 0;
}

/* The media type of a Content-Type ("text/html; charset=..." → "text/html")
 * as pointer and length, and its charset parameter (a copy, or NULL). */
static void split_content_type(const char *ct, const char **type, size_t *type_len, char **charset)
{
	*type = ct;
	*type_len = 0;
	*charset = NULL;
	if (ct == NULL)
		return;
	while (**type == ' ')
		(*type)++;
	const char *semi = strchr(*type, ';');
	size_t len = semi ? (size_t)(semi - *type) : strlen(*type);
	while (len && (*type)[len - 1] == ' ')
		len--;
	*type_len = len;
	for (const char *p = semi; p && *p; p = strchr(p + 1, ';')) {
		const char *q = p + 1;
		while (*q == ' ')
			q++;
		if (strncasecmp(q, "charset=", 8) != 0)
			continue;
		q += 8;
		bool quoted = *q == '"';
		q += quoted;
		size_t n = strcspn(q, quoted ? "\"" : " ;");
		if (n > 0 && n < 64)
			*charset = angka_strndup(q, n);
		return;
	}
}

static bool acceptable_type(angka_fetch_expect expect, const char *type, size_t len)
{
	if (len == 0)
		return true; /* no Content-Type: the bytes will tell */
	if (type_is(type, len, "text/plain"))
		return true;
	if (expect == ANGKA_EXPECT_PAGE)
		return type_is(type, len, "text/html") ||
		       type_is(type, len, "application/xhtml+xml");
	/* Feeds come as application/rss+xml, application/atom+xml, text/xml,
	 * application/xml, and now and then as something else ending in xml. */
	return len >= 3 && strncasecmp(type + len - 3, "xml", 3) == 0;
}

/* Turn a 2xx body into out->document, checking it is what was expected. */
static int make_document(angka_fetch_result *out, transfer *t, const char *url,
                         angka_fetch_expect expect, angka_error *err)
{
	const char *type = NULL;
	size_t type_len = 0;
	char *charset = NULL;
	int ret = ANGKA_OK;
	angka_document *doc = NULL;
	split_content_type(out->content_type, &type, &type_len, &charset);
	if (!acceptable_type(expect, type, type_len)) {
		ret = angka_error_set(err, ANGKA_EPARSE, "%s: unexpected content type %.*s (%s)",
		                      url, (int)type_len, type,
		                      expect == ANGKA_EXPECT_FEED ? "expected an RSS or Atom feed"
		                                                  : "expected HTML or text");
		goto cleanup;
	}
	const unsigned char *bytes = (const unsigned char *)(t->body.data ? t->body.data : "");
	if (angka_fetch_only_white_space(bytes, t->body.len)) {
		ret = angka_error_set(err, ANGKA_EEMPTY, "%s: empty response (no text to read)",
		                      url);
		goto cleanup;
	}
	doc = calloc(1, sizeof *doc);
	if (doc == NULL)
		goto nomem;
	doc->invalid_utf8_at = -1;
	if ((doc->source = angka_strdup(url)) == NULL ||
	    (doc->fetched_at = angka_fetch_now_iso8601()) == NULL)
		goto nomem;
	if (expect == ANGKA_EXPECT_PAGE) {
		angka_content_kind sniffed = ANGKA_CONTENT_TEXT;
		if (angka_fetch_sniff(&sniffed, bytes, t->body.len) != ANGKA_OK) {
			ret = angka_error_set(err, ANGKA_EBINARY,
			                      "%s: binary content (NUL or control bytes), not text "
			                      "or HTML",
			                      url);
			goto cleanup;
		}
		if (type_is(type, type_len, "text/html") ||
		    type_is(type, type_len, "application/xhtml+xml"))
			doc->kind = ANGKA_CONTENT_HTML;
		else if (type_is(type, type_len, "text/plain"))
			doc->kind = ANGKA_CONTENT_TEXT;
		else
			doc->kind = sniffed;
		/* A server's charset is believed unless the bytes cannot be
		 * in it; a UTF-16 body without one says so with its BOM. */
		if (angka_fetch_check_charset(&charset, &doc->warning, bytes, t->body.len) !=
		    ANGKA_OK)
			goto nomem;
		const char *bom = angka_fetch_utf16_bom(bytes, t->body.len);
		if (charset == NULL && bom != NULL && (charset = angka_strdup(bom)) == NULL)
			goto nomem;
		if (doc->kind == ANGKA_CONTENT_TEXT &&
		    (charset == NULL || strcasecmp(charset, "utf-8") == 0 ||
		     strcasecmp(charset, "utf8") == 0))
			doc->invalid_utf8_at = angka_fetch_first_invalid_utf8(bytes, t->body.len);
	}
	doc->len = t->body.len;
	doc->bytes = (unsigned char *)angka_buf_detach(&t->body);
	if (doc->bytes == NULL)
		goto nomem;
	doc->charset = charset;
	charset = NULL;
	out->document = doc;
	doc = NULL;
	goto cleanup;
nomem:
	ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", url);
cleanup:
	free(charset);
	angka_document_free(doc);
	return ret;
}

/* A timeout, a 429 or a 5xx may pass; a server that trickles would only
 * hold the run again, so the low-speed limit is not retried. */
static bool retryable(const angka_fetcher *f, CURLcode rc, long code)
{
	if (too_slow(f, rc))
		return false;
	if (rc == CURLE_OPERATION_TIMEDOUT)
		return true;
	return rc == CURLE_OK && (code == 429 || (code >= 500 && code < 600));
}

int angka_fetch_url(angka_fetch_result *out, angka_fetcher *f, const char *url,
                    angka_fetch_expect expect, const char *etag, const char *last_modified,
                    angka_error *err)
{
	char *origin = NULL, *path = NULL;
	struct curl_slist *headers = NULL;
	transfer t = {ANGKA_BUF_INIT, 0, false};
	int ret = ANGKA_OK;
	*out = (angka_fetch_result)ANGKA_FETCH_RESULT_INIT;

	if (f == NULL || url == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "angka_fetch_url: no fetcher or URL");
	if (!angka_url_is_http(url))
		return angka_error_set(err, ANGKA_EINVAL, "%s: not an http or https URL", url);
	if ((ret = split_url(&origin, &path, url, err)) != ANGKA_OK)
		goto cleanup;
	host_state *h = find_host(f, origin);
	if (h == NULL)
		goto nomem;

	if (f->opt.robots) {
		if (h->robots == NULL && (ret = load_robots(f, h, err)) != ANGKA_OK)
			goto cleanup;
		if (h->robots_error && h->robots_network) {
			ret = angka_error_set(err, h->robots_code, "%s: %s (asking for robots.txt)",
			                      url, h->robots_error);
			goto cleanup;
		}
		if (h->robots_error) {
			/* RFC 9309 2.3.1.4: an unreachable robots.txt (5xx) means
			 * "do not crawl", for now. */
			out->disallowed = true;
			ret = angka_error_set(err, h->robots_code,
			                      "%s: not fetched: %s/robots.txt gave %s, which means "
			                      "\"do not crawl\" for now",
			                      url, origin, h->robots_error);
			goto cleanup;
		}
		if (!angka_robots_allowed(h->robots, path)) {
			out->disallowed = true;
			ret = angka_error_set(err, ANGKA_EIO, "%s: disallowed by %s/robots.txt",
			                      url, origin);
			goto cleanup;
		}
	}

	angka_buf line = ANGKA_BUF_INIT;
	if (etag && *etag) {
		angka_buf_printf(&line, "If-None-Match: %s", etag);
		char *s = angka_buf_detach(&line);
		struct curl_slist *grown = s ? curl_slist_append(headers, s) : NULL;
		free(s);
		if (grown == NULL)
			goto nomem;
		headers = grown;
	}
	if (last_modified && *last_modified) {
		angka_buf_printf(&line, "If-Modified-Since: %s", last_modified);
		char *s = angka_buf_detach(&line);
		struct curl_slist *grown = s ? curl_slist_append(headers, s) : NULL;
		free(s);
		if (grown == NULL)
			goto nomem;
		headers = grown;
	}
	struct curl_slist *accept = curl_slist_append(
	        headers, expect == ANGKA_EXPECT_FEED
	                         ? "Accept: application/rss+xml, application/atom+xml, "
	                           "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
	                         : "Accept: text/html, application/xhtml+xml, text/plain;q=0.9, "
	                           "*/*;q=0.1");
	if (accept == NULL)
		goto nomem;
	headers = accept;

	CURLcode rc = CURLE_OK;
	long code = 0;
	for (int attempt = 0;; attempt++) {
		angka_buf_free(&t.body);
		t = (transfer){ANGKA_BUF_INIT, f->opt.max_bytes, false};
		wait_for_host(f, h);
		rc = perform(f, &t, url, headers);
		mark_host(h);
		out->attempts = attempt + 1;
		code = 0;
		curl_easy_getinfo(f->curl, CURLINFO_RESPONSE_CODE, &code);
		out->http_code = code;
		if (!retryable(f, rc, code) || attempt >= f->opt.retries)
			break;
		/* Back off exponentially; a longer Retry-After wins, and one
		 * longer than we are willing to wait ends the tries. Both in
		 * whole seconds compared before any multiplication, so a
		 * server's 2^63 cannot overflow (saturating at a day). */
		long delay = f->opt.retry_delay_ms;
		for (int k = 0; k < attempt && delay < MAX_BACKOFF_MS; k++)
			delay *= 2;
		if (delay > MAX_BACKOFF_MS)
			delay = MAX_BACKOFF_MS;
		curl_off_t retry_after = 0;
		if (rc == CURLE_OK &&
		    curl_easy_getinfo(f->curl, CURLINFO_RETRY_AFTER, &retry_after) == CURLE_OK &&
		    retry_after > 0) {
			if (retry_after > f->opt.max_retry_after_ms / 1000) {
				ret = angka_error_set(err, ANGKA_EIO,
				                      "%s: HTTP %ld with Retry-After %ld s, longer "
				                      "than --max-retry-after",
				                      url, code, (long)retry_after);
				goto cleanup;
			}
			if (retry_after * 1000 > delay)
				delay = (long)retry_after * 1000;
		}
		sleep_ms(delay);
	}
	if (rc == CURLE_OK) {
		free(out->etag);
		free(out->last_modified);
		out->etag = header_value(f->curl, "ETag");
		out->last_modified = header_value(f->curl, "Last-Modified");
		char *ct = NULL;
		curl_easy_getinfo(f->curl, CURLINFO_CONTENT_TYPE, &ct);
		out->content_type = angka_strdup(ct);
	}
	if (rc != CURLE_OK) {
		ret = transfer_error(err, f, &t, rc, url);
		if (out->attempts > 1 && err != NULL) {
			size_t n = strlen(err->message);
			snprintf(err->message + n, sizeof err->message - n, " (after %d attempts)",
			         out->attempts);
		}
		goto cleanup;
	}
	if (code == 304) {
		out->not_modified = true;
		goto cleanup;
	}
	if (code < 200 || code >= 300) {
		ret = http_status_error(err, url, code, out->attempts);
		goto cleanup;
	}
	ret = make_document(out, &t, url, expect, err);
	goto cleanup;
nomem:
	ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", url);
cleanup:
	angka_buf_free(&t.body);
	curl_slist_free_all(headers);
	free(origin);
	free(path);
	return ret;
}

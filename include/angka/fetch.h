/* angka — fetch: bring an article's bytes in, with where they came from.
 *
 * This stage reads local files and walks folders, fetches http(s) URLs
 * politely (libcurl) and reads RSS/Atom feeds (libxml2); every way in
 * yields the same angka_document. It never interprets a page's bytes beyond
 * sniffing what kind of content they are.
 */
#ifndef ANGKA_FETCH_H
#define ANGKA_FETCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "angka/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Hard cap on one input; larger files are refused with ANGKA_ETOOBIG. */
#define ANGKA_FETCH_MAX_BYTES ((size_t)16 * 1024 * 1024)

typedef enum angka_content_kind {
	ANGKA_CONTENT_TEXT = 0, /* plain text */
	ANGKA_CONTENT_HTML = 1,
} angka_content_kind;

/* An input as fetched. Owned by whoever received it from angka_fetch_*;
 * freed with angka_document_free. */
typedef struct angka_document {
	char *source;         /* the path or URL, as the user named it */
	unsigned char *bytes; /* the raw content, NUL-terminated for convenience */
	size_t len;           /* length of bytes, excluding the terminating NUL */
	angka_content_kind kind;
	char *charset;        /* from a transport header, or NULL */
	char *fetched_at;     /* ISO 8601 UTC time of the fetch */
	long invalid_utf8_at; /* text only: offset of the first byte that is not valid
	                         UTF-8 (the parser replaces such bytes), or -1 */
	char *warning;        /* how the bytes were read when that needs saying (a
	                         transport charset not believed), or NULL */
} angka_document;

/* Read one file. The content kind is taken from the extension (.html, .htm,
 * .xhtml → HTML; .txt → text) and otherwise sniffed. Fails with a message
 * naming the file: ANGKA_ENOTFOUND (missing), ANGKA_EIO (unreadable, a
 * folder), ANGKA_ETOOBIG (over max_bytes; 0 means ANGKA_FETCH_MAX_BYTES),
 * ANGKA_EEMPTY (no bytes or only white space), ANGKA_EBINARY (NUL bytes or
 * mostly control characters). *out is owned by the caller. */
int angka_fetch_file(angka_document **out, const char *path, size_t max_bytes, angka_error *err);

void angka_document_free(angka_document *doc);

/* Read a whole stream (standard input, a pipe) as one document named
 * source (its path or URL, as the caller wants it recorded). The kind is
 * taken from source's extension like a file's, else sniffed; the same
 * failures as angka_fetch_file, naming source. The stream is not closed. */
int angka_fetch_stream(angka_document **out, FILE *fp, const char *source, size_t max_bytes,
                       angka_error *err);

/* Sniff a buffer: HTML when markup appears near the start, text otherwise.
 * A buffer starting with a UTF-16 byte order mark is read as UTF-16 for
 * this. Returns ANGKA_EBINARY for binary content. */
int angka_fetch_sniff(angka_content_kind *out, const unsigned char *bytes, size_t len);

/* Expand the inputs a user named into the files to read, in order: a file is
 * itself; a folder is walked recursively (sorted by name, hidden entries
 * skipped) and yields files ending in .txt/.html/.htm/.xhtml, plus files
 * without an extension. A missing path is still yielded (so the reader
 * reports it as one failed input). Each real file and folder is visited
 * once, however many links lead to it (symlink loops end there). An entry
 * that cannot be read (a folder that cannot be opened, folders nested over
 * 64 deep) is handed to visit with problem set (its message names the
 * entry and the cause) and the walk goes on; problem is NULL for a file to
 * read. visit's non-zero return stops the walk and is returned;
 * ANGKA_ENOMEM when memory ran out. */
typedef int (*angka_fetch_visit_fn)(const char *path, const angka_error *problem, void *ctx);
int angka_fetch_expand(const char *path, angka_fetch_visit_fn visit, void *ctx, angka_error *err);

/* ---- HTTP (src/fetch/http.c) ------------------------------------------ */

/* Limits and manners of an HTTP fetcher. angka_fetch_options_default gives
 * the values documented in docs/fetch.md; times are in milliseconds. */
typedef struct angka_fetch_options {
	long connect_timeout_ms; /* to establish the connection */
	long timeout_ms;         /* for the whole transfer of one attempt */
	size_t max_bytes;        /* a larger body is aborted (ANGKA_ETOOBIG) */
	long max_redirects;
	int retries;             /* further attempts after a timeout, a 429 or a 5xx */
	long retry_delay_ms;     /* first back-off; doubled on each retry */
	long max_retry_after_ms; /* a longer Retry-After is not waited for */
	long host_delay_ms;      /* between two requests to the same host */
	bool robots;             /* honour robots.txt (always on in the CLI) */
	long low_speed_bytes;    /* a transfer slower than this many bytes/s ... */
	long low_speed_ms;       /* ... for this long is cut off (not retried); 0: never */
} angka_fetch_options;

void angka_fetch_options_default(angka_fetch_options *out);

/* The User-Agent angka sends: "angka/VERSION (+https://...)". */
const char *angka_fetch_user_agent(void);

/* An HTTP client for one run: one connection cache, robots.txt fetched
 * once per host, the per-host delay remembered between requests. Not for
 * use by two threads at once. */
typedef struct angka_fetcher angka_fetcher;

int angka_fetcher_new(angka_fetcher **out, const angka_fetch_options *options, angka_error *err);
void angka_fetcher_free(angka_fetcher *fetcher);

/* What one fetch of a URL gave, filled in even when the fetch failed (as
 * far as it got). Strings are owned by the result; release them with
 * angka_fetch_result_clear. */
typedef struct angka_fetch_result {
	long http_code;    /* the final response's status, 0 when none */
	bool not_modified; /* a 304 answered the conditional GET: no document */
	bool disallowed;   /* robots.txt forbids the URL: not requested */
	int attempts;      /* requests made for the URL (retries included) */
	char *etag;        /* validators of the response, or NULL */
	char *last_modified;
	char *content_type;       /* as the server sent it, or NULL */
	angka_document *document; /* the body, on success without 304 */
} angka_fetch_result;

#define ANGKA_FETCH_RESULT_INIT                                                                    \
	{                                                                                          \
		0, false, false, 0, NULL, NULL, NULL, NULL                                         \
	}

void angka_fetch_result_clear(angka_fetch_result *result);

/* What a fetched body must be. */
typedef enum angka_fetch_expect {
	ANGKA_EXPECT_PAGE = 0, /* HTML or plain text */
	ANGKA_EXPECT_FEED = 1, /* XML (RSS or Atom) */
} angka_fetch_expect;

/* GET url, sending etag / last_modified (either may be NULL) back as
 * If-None-Match / If-Modified-Since. Retries timeouts, 429 and 5xx with
 * exponential back-off (a Retry-After header, in seconds or as a date,
 * replaces the back-off when it is longer). The document's source is url,
 * its charset the Content-Type's. Fails with a message naming the URL:
 * ANGKA_EIO (network, timeout, HTTP status, redirect loop, truncated body),
 * ANGKA_ETOOBIG, ANGKA_EPARSE (a content type that is not expected),
 * ANGKA_EEMPTY, ANGKA_EBINARY, ANGKA_EINVAL (not an http(s) URL); a URL
 * robots.txt forbids is not requested and fails with ANGKA_EIO and
 * out->disallowed set. out is filled in either way. */
int angka_fetch_url(angka_fetch_result *out, angka_fetcher *fetcher, const char *url,
                    angka_fetch_expect expect, const char *etag, const char *last_modified,
                    angka_error *err);

/* ---- URLs (src/fetch/url.c) ------------------------------------------- */

/* True for an http:// or https:// URL (any case). */
bool angka_url_is_http(const char *s);

/* The form of an http(s) URL angka uses as its identity: scheme and host
 * in lower case, the default port dropped, an empty path made "/", the
 * fragment dropped, tracking parameters (utm_*, fbclid, gclid, ...)
 * removed and the remaining query parameters sorted. *out is owned by the
 * caller. ANGKA_EINVAL for what is not an http(s) URL. */
int angka_url_normalize(char **out, const char *url, angka_error *err);

/* Resolve ref (absolute or relative) against base, then normalize. */
int angka_url_resolve(char **out, const char *base, const char *ref, angka_error *err);

/* ---- robots.txt (src/fetch/robots.c) ---------------------------------- */

typedef struct angka_robots angka_robots;

/* Parse a robots.txt (RFC 9309) for the crawler whose product token is
 * agent ("angka"): its own groups if any name it, else the "*" groups.
 * Never fails on content (unknown lines are ignored); ANGKA_ENOMEM only. */
int angka_robots_parse(angka_robots **out, const char *text, size_t len, const char *agent);
/* A robots.txt that allows (or, with allow false, forbids) everything. */
int angka_robots_new_all(angka_robots **out, bool allow);
void angka_robots_free(angka_robots *robots);
/* May path (with its query, e.g. "/a/b?c=1") be fetched? The longest
 * matching Allow/Disallow rule decides (Allow on a tie); "*" and "$" work
 * as in RFC 9309. */
bool angka_robots_allowed(const angka_robots *robots, const char *path);

/* ---- feeds (src/fetch/feed.c) ----------------------------------------- */

typedef struct angka_feed_item {
	char *link;      /* normalized absolute URL */
	char *title;     /* or NULL */
	char *published; /* "YYYY-MM-DD" as the feed dates the item, or NULL */
} angka_feed_item;

typedef struct angka_feed {
	char *title; /* the feed's own title, or NULL */
	angka_feed_item *items;
	size_t n_items;
	size_t n_dropped; /* items listed past the cap, not read */
} angka_feed;

/* A feed lists tens of items; the cap guards memory and the run's length. */
#define ANGKA_FEED_MAX_ITEMS 10000

/* Parse an RSS 2.0 or Atom feed with libxml2's XML parser (no network, no
 * entity expansion). Links are resolved against base_url. Items without a
 * usable link are skipped; the same link twice is one item; at most
 * ANGKA_FEED_MAX_ITEMS items are read. Fails with
 * ANGKA_EPARSE naming base_url and libxml2's message (or "not an RSS or
 * Atom feed"). *out is owned by the caller. */
int angka_feed_parse(angka_feed **out, const unsigned char *bytes, size_t len, const char *base_url,
                     angka_error *err);
/* The same with a cap on the items read (0: ANGKA_FEED_MAX_ITEMS); the
 * items listed past it are counted in n_dropped, so the caller can say
 * that the cap cut the feed. Duplicate links are found in constant time. */
int angka_feed_parse_capped(angka_feed **out, const unsigned char *bytes, size_t len,
                            const char *base_url, size_t max_items, angka_error *err);
void angka_feed_free(angka_feed *feed);

/* "Tue, 18 Mar 2025 11:10:00 +0700" (RSS) or "2025-03-18T11:10:00+07:00"
 * (Atom) into "2025-03-18" in out (11 bytes): the date as the feed wrote
 * it, in the publisher's own time zone. Returns false when not a date. */
bool angka_feed_date(char out[11], const char *text);

#ifdef __cplusplus
}
#endif
#endif

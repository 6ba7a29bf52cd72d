/* angka — fetch: bring an article's bytes in, with where they came from.
 *
 * This stage reads local files and walks folders. (HTTP and feeds come
 * through the same angka_document.) It never interprets the bytes beyond
 * sniffing what kind of content they are.
 */
#ifndef ANGKA_FETCH_H
#define ANGKA_FETCH_H

#include <stdbool.h>
#include <stddef.h>

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
} angka_document;

/* Read one file. The content kind is taken from the extension (.html, .htm,
 * .xhtml → HTML; .txt → text) and otherwise sniffed. Fails with a message
 * naming the file: ANGKA_ENOTFOUND (missing), ANGKA_EIO (unreadable, a
 * folder), ANGKA_ETOOBIG (over max_bytes; 0 means ANGKA_FETCH_MAX_BYTES),
 * ANGKA_EEMPTY (no bytes or only white space), ANGKA_EBINARY (NUL bytes or
 * mostly control characters). *out is owned by the caller. */
int angka_fetch_file(angka_document **out, const char *path, size_t max_bytes,
                     angka_error *err);

void angka_document_free(angka_document *doc);

/* Sniff a buffer: HTML when markup appears near the start, text otherwise.
 * Returns ANGKA_EBINARY for binary content. */
int angka_fetch_sniff(angka_content_kind *out, const unsigned char *bytes, size_t len);

/* Expand the inputs a user named into the files to read, in order: a file is
 * itself; a folder is walked recursively (sorted by name, hidden entries
 * skipped) and yields files ending in .txt/.html/.htm/.xhtml, plus files
 * without an extension. A missing path is still yielded (so the reader
 * reports it as one failed input). visit's non-zero return stops the walk
 * and is returned. */
typedef int (*angka_fetch_visit_fn)(const char *path, void *ctx);
int angka_fetch_expand(const char *path, angka_fetch_visit_fn visit, void *ctx,
                       angka_error *err);

#ifdef __cplusplus
}
#endif
#endif

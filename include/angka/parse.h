/* angka — parse: from a document's bytes to the article's main text and
 * metadata.
 *
 * HTML goes through libxml2's HTML parser (charset from the transport, the
 * BOM or <meta>); plain text is taken line by line. Either way the result is
 * a list of paragraphs with the page furniture removed ("Baca Juga" inserts,
 * "Terpopuler" lists, share bars, tags, chat widgets, footers, the header's
 * date and weather widget) and paragraphs the page repeats dropped.
 */
#ifndef ANGKA_PARSE_H
#define ANGKA_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/error.h"
#include "angka/fetch.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum angka_block_kind {
	ANGKA_BLOCK_PARAGRAPH = 0,
	ANGKA_BLOCK_HEADING = 1, /* the title or a sub-heading */
	ANGKA_BLOCK_LIST_ITEM = 2,
	ANGKA_BLOCK_TABLE_ROW = 3, /* cells joined with " | " */
} angka_block_kind;

/* One paragraph of the main text: bytes [start, end) of angka_article.text. */
typedef struct angka_paragraph {
	size_t start;
	size_t end;
	angka_block_kind kind;
} angka_paragraph;

/* Something the parser removed, and why (for `angka parse --format json`). */
typedef struct angka_dropped {
	char *text;   /* the first 200 bytes of what was dropped */
	char *reason; /* "navigation", "baca-juga", "repeated", "chat-widget", ... */
} angka_dropped;

/* The article as the rules will see it. All strings are valid UTF-8 and
 * owned by the article; freed with angka_article_free. */
typedef struct angka_article {
	char *source; /* copied from the document */
	char *text;   /* the main text: paragraphs joined by "\n\n" */
	size_t text_len;
	angka_paragraph *paragraphs;
	size_t n_paragraphs;
	char *title;           /* or NULL */
	char *site;            /* site name, or NULL */
	char *canonical_url;   /* or NULL */
	char *author;          /* or NULL */
	char *published;       /* ISO 8601 date "YYYY-MM-DD", or NULL when unknown */
	bool published_approx; /* true when resolved from "3 bulan lalu" */
	char *dateline_place;  /* "PALANGKA RAYA", "Jambi", or NULL */
	char *fetched_at;      /* copied from the document, or NULL */
	angka_dropped *dropped;
	size_t n_dropped;
	char content_hash[65]; /* SHA-256 hex of text: the article's identity */
} angka_article;

/* Parse a fetched document. Fails with ANGKA_EEMPTY when no main text is
 * left, ANGKA_EPARSE when libxml2 cannot make a tree at all, ANGKA_ENOMEM.
 * The message names the document's source. *out is owned by the caller. */
int angka_parse_document(angka_article **out, const angka_document *doc, angka_error *err);

void angka_article_free(angka_article *article);

/* The words of a URL's last path segment, joined by '-' (".../komisi-ix-
 * soroti-penerima-bsu-2025"): its bytes [*from, *to) in url; false when
 * the segment holds anything but letters, digits, '-', '_' and a file
 * suffix (no slug). A headless capture's slug is its headline's words. */
bool angka_url_slug(const char *url, size_t *from, size_t *to);

#ifdef __cplusplus
}
#endif
#endif

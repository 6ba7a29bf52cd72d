/* parse: a document's bytes, as HTML or as text, with or without a
 * transport charset, to the main text and metadata. The first byte picks
 * the kind and charset; the rest is the document. */
#include "angka/fetch.h"
#include "angka/parse.h"
#include "fuzz_common.h"

static const char *const charsets[] = {NULL,     "utf-8",      "windows-1252",
                                       "utf-16", "iso-8859-2", "x-unknown-charset"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	uint8_t mode = data[0];
	data++, size--;
	angka_document doc = {0};
	doc.source = "fuzz.html";
	doc.kind = (mode & 1) ? ANGKA_CONTENT_HTML : ANGKA_CONTENT_TEXT;
	doc.charset = (char *)charsets[(mode >> 1) % (sizeof charsets / sizeof charsets[0])];
	doc.fetched_at = "2025-05-14T00:00:00Z";
	doc.invalid_utf8_at = -1;
	/* The document contract: bytes NUL-terminated beyond len. */
	doc.bytes = (unsigned char *)fuzz_string(data, size);
	doc.len = size;
	if (doc.bytes == NULL)
		return 0;
	angka_article *article = NULL;
	angka_error err = {0, ""};
	if (angka_parse_document(&article, &doc, &err) == ANGKA_OK && article->text != NULL) {
		/* Touch what the next stages read. */
		volatile size_t sum = 0;
		for (size_t i = 0; i < article->n_paragraphs; i++)
			sum += article->paragraphs[i].end - article->paragraphs[i].start;
		(void)sum;
	}
	angka_article_free(article);
	free(doc.bytes);
	return 0;
}

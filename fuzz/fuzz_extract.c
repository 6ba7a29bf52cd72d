/* extract: an article's text through segment, match and normalize, by the
 * public pipeline API (angka_pipeline_extract), so the target keeps working
 * whatever those stages become inside. The input is plain text: parsed as a
 * text document into an article first. */
#include "angka/fetch.h"
#include "angka/parse.h"
#include "angka/pipeline.h"
#include "fuzz_common.h"

#include <stdio.h>

static angka_pipeline *pipeline;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	angka_error err = {0, ""};
	if (angka_pipeline_new(&pipeline, fuzz_rules_dir(), &err) != ANGKA_OK) {
		fprintf(stderr, "fuzz_extract: %s\n", err.message);
		abort();
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	angka_document doc = {0};
	doc.source = "fuzz.txt";
	doc.kind = ANGKA_CONTENT_TEXT;
	doc.fetched_at = "2025-05-14T00:00:00Z";
	doc.invalid_utf8_at = -1;
	doc.bytes = (unsigned char *)fuzz_string(data, size);
	doc.len = size;
	if (doc.bytes == NULL)
		return 0;
	angka_article *article = NULL;
	angka_error err = {0, ""};
	if (angka_parse_document(&article, &doc, &err) == ANGKA_OK) {
		angka_figure_list figures = ANGKA_FIGURE_LIST_INIT;
		angka_pipeline_extract(&figures, pipeline, article, &err);
		for (size_t i = 0; i < figures.n; i++)
			if (figures.items[i].end < figures.items[i].start ||
			    figures.items[i].end > article->text_len)
				abort(); /* a span outside the text is a bug */
		angka_figure_list_free(&figures);
	}
	angka_article_free(article);
	free(doc.bytes);
	return 0;
}

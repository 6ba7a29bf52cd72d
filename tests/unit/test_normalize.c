/* The normalize stage on whole articles (angka_normalize_article). */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, for exact_buffer.h */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "angka/normalize.h"
#include "angka/parse.h"
#include "angka/segment.h"
#include "exact_buffer.h"
#include "normalize/lexicon.h"

static angka_normalizer *norm;

static void setup(void)
{
	angka_error err = {0, ""};
	cr_assert_eq(angka_normalizer_new(&norm, ANGKA_SOURCE_DIR "/rules", &err), ANGKA_OK, "%s",
	             err.message);
}

static void teardown(void)
{
	angka_normalizer_free(norm);
}

TestSuite(normalize, .init = setup, .fini = teardown);

static angka_article *article_of(const char *text)
{
	angka_document doc = {.source = "(test)",
	                      .bytes = (unsigned char *)text,
	                      .len = strlen(text),
	                      .kind = ANGKA_CONTENT_TEXT,
	                      .invalid_utf8_at = -1};
	angka_article *article = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_parse_document(&article, &doc, &err), ANGKA_OK, "%s", err.message);
	return article;
}

/* An article without hits leaves an empty list empty. Its items are still
 * NULL then: the sanitizer build (clang's UBSan) caught `NULL + 0` here. */
Test(normalize, an_article_without_hits_gives_no_figures)
{
	angka_article *article = article_of("BPJS Ketenagakerjaan di Jambi. Tidak ada angka.");
	angka_sentence *sentences = NULL;
	size_t n_sentences = 0;
	angka_error err = {0, ""};
	cr_assert_eq(angka_segment_article(&sentences, &n_sentences, article, &err), ANGKA_OK);
	angka_figure_list out = ANGKA_FIGURE_LIST_INIT;
	cr_expect_eq(angka_normalize_article(&out, norm, article, sentences, n_sentences, NULL, 0,
	                                     NULL, &err),
	             ANGKA_OK, "%s", err.message);
	cr_expect_eq(out.n, 0);
	cr_expect_null(out.items);
	angka_figure_list_free(&out);
	free(sentences);
	angka_article_free(article);
}

Test(lexicon, reads_nothing_past_the_given_length)
{
	angka_lexicon *approx = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(
	        angka_lexicon_load(&approx, ANGKA_SOURCE_DIR "/rules/lexicon/approx.tsv", &err),
	        ANGKA_OK, "%s", err.message);
	static const char *const texts[] = {"sekitar \xf0", "lebih dari \xe2\x80", "hampir\xc3",
	                                    "sekitar 5 ribu"};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		for (size_t len = 0; len <= strlen(texts[i]); len++) {
			guarded_buffer guarded;
			char *copies[2] = {exact_copy(texts[i], len),
			                   guarded_copy(&guarded, texts[i], len)};
			for (int c = 0; c < 2; c++) {
				angka_lexicon_hit *hits = NULL;
				size_t n = 0;
				(void)angka_lexicon_find(&hits, &n, approx, copies[c], 0, len);
				free(hits);
			}
			guarded_free(&guarded);
			free(copies[0]);
		}
	}
	/* Text that is not UTF-8 is refused, not decoded past its end. */
	char *buf = exact_copy("sekitar \xf0", 9);
	angka_lexicon_hit *hits = NULL;
	size_t n = 0;
	cr_expect_eq(angka_lexicon_find(&hits, &n, approx, buf, 0, 9), ANGKA_EPARSE);
	free(hits);
	free(buf);
	angka_lexicon_free(approx);
}

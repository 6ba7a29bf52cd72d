/* Whole articles through the pipeline, for the unit tests that read what
 * angka makes of a text: article_of parses it, extract runs it through the
 * project rules (a suite's .init = article_setup, .fini = article_teardown). */
#ifndef ANGKA_TEST_ARTICLE_HELPER_H
#define ANGKA_TEST_ARTICLE_HELPER_H

#include <criterion/criterion.h>
#include <string.h>

#include "angka/parse.h"
#include "angka/pipeline.h"

static inline angka_article *article_of(const char *text)
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

static angka_pipeline *pipeline;

static void article_setup(void)
{
	angka_error err = {0, ""};
	cr_assert_eq(angka_pipeline_new(&pipeline, ANGKA_SOURCE_DIR "/rules", &err), ANGKA_OK, "%s",
	             err.message);
}

static void article_teardown(void)
{
	angka_pipeline_free(pipeline);
}

/* Every figure of text, its context figures (angka_figure.context) too. */
static inline angka_figure_list extract_all(const char *text)
{
	angka_article *article = article_of(text);
	angka_figure_list out = ANGKA_FIGURE_LIST_INIT;
	angka_error err = {0, ""};
	cr_assert_eq(angka_pipeline_extract(&out, pipeline, article, &err), ANGKA_OK, "%s",
	             err.message);
	angka_article_free(article);
	return out;
}

/* The figures of the dataset that text gives, as `angka extract` writes them. */
static inline angka_figure_list extract(const char *text)
{
	angka_figure_list out = extract_all(text);
	size_t kept = 0;
	for (size_t i = 0; i < out.n; i++) {
		if (out.items[i].context)
			angka_figure_clear(&out.items[i]);
		else
			out.items[kept++] = out.items[i];
	}
	out.n = kept;
	return out;
}

/* Does out hold a figure of this metric, segment and value? */
static inline bool has_figure(const angka_figure_list *out, const char *metric, const char *segment,
                              double value)
{
	for (size_t i = 0; i < out->n; i++)
		if (strcmp(out->items[i].metric, metric) == 0 &&
		    strcmp(out->items[i].segment, segment) == 0 && out->items[i].value == value)
			return true;
	return false;
}

/* Does out hold a figure of this metric and value in this region? */
static inline bool has_figure_in(const angka_figure_list *out, const char *metric, double value,
                                 const char *region)
{
	for (size_t i = 0; i < out->n; i++)
		if (strcmp(out->items[i].metric, metric) == 0 && out->items[i].value == value &&
		    strcmp(out->items[i].region, region) == 0)
			return true;
	return false;
}

/* Does out hold a figure of this value as of this period? */
static inline bool has_figure_as_of(const angka_figure_list *out, double value, const char *as_of)
{
	for (size_t i = 0; i < out->n; i++)
		if (out->items[i].value == value && out->items[i].as_of &&
		    strcmp(out->items[i].as_of, as_of) == 0)
			return true;
	return false;
}

/* Does out hold a figure of this metric, segment and value in this region? */
static inline bool has_row_figure(const angka_figure_list *out, const char *region,
                                  const char *metric, const char *segment, double value)
{
	for (size_t i = 0; i < out->n; i++)
		if (strcmp(out->items[i].region, region) == 0 &&
		    strcmp(out->items[i].metric, metric) == 0 &&
		    strcmp(out->items[i].segment, segment) == 0 && out->items[i].value == value)
			return true;
	return false;
}

#endif

/* No input makes extraction (segment, match, normalize) superlinear: for
 * repetitive articles of n, 4n and 16n pieces, the CPU time of
 * angka_pipeline_extract may grow at most 2.5 times as fast as the input
 * (16 times the text in at most 40 times the time). A ratio measured in one
 * run, so that neither the machine's speed nor a sanitizer build matters;
 * thread CPU time, so that other processes on the machine matter little. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "angka/parse.h"
#include "angka/pipeline.h"
#include "article_helper.h"

TestSuite(scaling, .init = article_setup, .fini = article_teardown, .timeout = 600);

/* Writes piece i of n of an article into buf (at most size bytes). */
typedef void (*piece_fn)(char *buf, size_t size, size_t i, size_t n);

static char *article_text(const char *head, piece_fn piece, size_t n, const char *tail)
{
	size_t cap = strlen(head) + strlen(tail) + 1, len = 0;
	char *text = malloc(cap);
	cr_assert_not_null(text);
	len += (size_t)snprintf(text, cap, "%s", head);
	for (size_t i = 0; i < n; i++) {
		char buf[256];
		piece(buf, sizeof buf, i, n);
		size_t add = strlen(buf);
		if (len + add + strlen(tail) + 1 > cap) {
			cap = 2 * (len + add + strlen(tail) + 1);
			text = realloc(text, cap);
			cr_assert_not_null(text);
		}
		memcpy(text + len, buf, add + 1);
		len += add;
	}
	memcpy(text + len, tail, strlen(tail) + 1);
	return text;
}

static double thread_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The least CPU time of a few extractions of the article (parsed once). */
static double extract_seconds(const char *text, size_t *figures)
{
	angka_article *article = article_of(text);
	angka_error err = {0, ""};
	double best = -1;
	for (int run = 0; run < 3; run++) {
		angka_figure_list out = ANGKA_FIGURE_LIST_INIT;
		double start = thread_seconds();
		cr_assert_eq(angka_pipeline_extract(&out, pipeline, article, &err), ANGKA_OK, "%s",
		             err.message);
		double spent = thread_seconds() - start;
		*figures = out.n;
		angka_figure_list_free(&out);
		if (best < 0 || spent < best)
			best = spent;
	}
	angka_article_free(article);
	return best;
}

/* Extract n, 4n and 16n pieces; fail as soon as the time grows faster than
 * allowed (so a quadratic case fails at 4n, before the slow 16n). The small
 * article is first run once more, to warm the caches it would otherwise
 * pay for alone. */
static void expect_near_linear(const char *name, const char *head, piece_fn piece, size_t n,
                               const char *tail, size_t min_figures)
{
	char *text = article_text(head, piece, n, tail);
	size_t figures = 0;
	(void)extract_seconds(text, &figures);
	double base = extract_seconds(text, &figures);
	free(text);
	/* Below a millisecond, the clock's granularity and cache effects weigh
	 * more than the work: count from there. */
	if (base < 1e-3)
		base = 1e-3;
	for (size_t factor = 4; factor <= 16; factor *= 4) {
		text = article_text(head, piece, n * factor, tail);
		double spent = extract_seconds(text, &figures);
		free(text);
		cr_log_info("%s: %zu pieces in %.4f s, %zu pieces in %.4f s (%.1fx)", name, n, base,
		            n * factor, spent, spent / base);
		printf("scaling %s: x%zu input, x%.1f time (%.4f s -> %.4f s)\n", name, factor,
		       spent / base, base, spent);
		cr_assert_leq(spent / base, 2.5 * (double)factor,
		              "%s: %zu times the input took %.1f times as long (%.4f s, %.4f s)",
		              name, factor, spent / base, base, spent);
		cr_expect_geq(figures, min_figures * factor, "%s: %zu figures", name, figures);
	}
}

/* "Pemprov Jambi. " again and again: each bare "Pemprov" is a mention of the
 * province the article names most. */
static void pemprov(char *buf, size_t size, size_t i, size_t n)
{
	(void)i, (void)n;
	snprintf(buf, size, "Pemprov Jambi. ");
}

Test(scaling, bare_pemprov_mentions)
{
	expect_near_linear("Pemprov Jambi", "", pemprov, 250, "", 0);
}

/* Ambiguous names ("Semarang": regency or city) that the one explicit
 * mention at the end resolves. */
static void semarang(char *buf, size_t size, size_t i, size_t n)
{
	(void)i, (void)n;
	snprintf(buf, size, "Warga Semarang dan Pemkot. ");
}

Test(scaling, ambiguous_names_resolved_by_one_explicit_mention)
{
	expect_near_linear("Semarang", "", semarang, 250, "Kota Semarang.", 0);
}

/* A distinct figure per sentence: the duplicate check sees each. */
static void distinct_figures(char *buf, size_t size, size_t i, size_t n)
{
	(void)n;
	snprintf(buf, size,
	         "Peserta BPJS Ketenagakerjaan di Kota Jambi mencapai %zu.%03zu peserta. ",
	         10 + i / 1000, i % 1000);
}

Test(scaling, many_distinct_figures)
{
	expect_near_linear("distinct figures", "", distinct_figures, 1000, "", 1000);
}

/* The same figures stated twice, the second time with a year and in the
 * reverse order: every first statement is replaced by a later one, and the
 * list is sorted back into text order. */
static void restated_figures(char *buf, size_t size, size_t i, size_t n)
{
	size_t half = n / 2;
	size_t k = i < half ? i : n - 1 - i;
	snprintf(buf, size, "%sDi Kota Jambi tercatat %zu.%03zu peserta BPJS Ketenagakerjaan. ",
	         i < half ? "" : "Pada tahun 2024 ", 10 + k / 1000, k % 1000);
}

Test(scaling, figures_restated_in_reverse_order)
{
	expect_near_linear("restated figures", "", restated_figures, 1000, "", 500);
}

/* One paragraph with no sentence end: the segmenter cuts it. */
static void run_on(char *buf, size_t size, size_t i, size_t n)
{
	(void)i, (void)n;
	snprintf(buf, size, "Pemprov Jambi, Pemkab, Kota Jambi dan BPJS Ketenagakerjaan 46,2%%, ");
}

Test(scaling, one_run_on_paragraph)
{
	expect_near_linear("run-on paragraph", "", run_on, 100, "selesai.", 0);
}

/* Dots that end no sentence, glued into one long word. */
static void glued_dots(char *buf, size_t size, size_t i, size_t n)
{
	(void)i, (void)n;
	snprintf(buf, size, "a.b.c.d.e.f.g.h.");
}

Test(scaling, dots_inside_one_long_word)
{
	expect_near_linear("glued dots", "BPJS Ketenagakerjaan ", glued_dots, 500, " selesai.", 0);
}

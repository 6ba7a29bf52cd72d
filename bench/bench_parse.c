/* angka-bench-parse: the parse stage over a folder of HTML pages, beside
 * libxml2's own parser over the same pages, in one run.
 *
 * usage: angka-bench-parse HTML_DIR OUT_DIR
 *        angka-bench-parse --floor PATH...
 *
 * With --floor, the floor of the whole pipeline (bench/pipeline.sh): every
 * file under PATH read the way angka reads it (angka_fetch_file) and, when
 * it is HTML, parsed by htmlReadMemory alone; nothing printed. Timed as a
 * whole process from outside, like the angka commands beside it.
 *
 * Every HTML_DIR/<id>.html is parsed twice on one thread: first by
 * htmlReadMemory alone (the floor: no libxml2-based extractor can be
 * faster), in a child process so its peak memory is its own; then by
 * angka_parse_document, which writes OUT_DIR/<id>.txt (the main text, empty
 * when the parser found none). Only the parse calls are timed, not the file
 * reads. One JSON object per pass goes to stdout:
 *   {"extractor":..., "pages":N, "mb":..., "seconds":..., "pages_per_s":...,
 *    "mb_per_s":..., "max_rss_kb":..., "failed":N}
 * A benchmark, not a test: it is built by CMake but registered with no
 * CTest label. */
#include <dirent.h>
#include <errno.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "angka/fetch.h"
#include "angka/parse.h"

typedef struct page_list {
	char **names; /* "<id>.html" */
	size_t n;
} page_list;

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int list_pages(page_list *out, const char *dir)
{
	DIR *d = opendir(dir);
	if (d == NULL) {
		fprintf(stderr, "angka-bench-parse: %s: %s\n", dir, strerror(errno));
		return -1;
	}
	size_t cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		if (n < 6 || strcmp(e->d_name + n - 5, ".html") != 0)
			continue;
		if (out->n == cap) {
			cap = cap ? cap * 2 : 256;
			char **grown = realloc(out->names, cap * sizeof *grown);
			if (grown == NULL)
				break;
			out->names = grown;
		}
		out->names[out->n] = strdup(e->d_name);
		if (out->names[out->n] != NULL)
			out->n++;
	}
	closedir(d);
	qsort(out->names, out->n, sizeof *out->names, by_name);
	return 0;
}

static unsigned char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return NULL;
	unsigned char *buf = NULL;
	struct stat sb;
	if (fstat(fileno(f), &sb) == 0 && (buf = malloc((size_t)sb.st_size + 1)) != NULL) {
		*len = fread(buf, 1, (size_t)sb.st_size, f);
		buf[*len] = '\0';
	}
	fclose(f);
	return buf;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void report(const char *extractor, size_t pages, size_t bytes, double secs, long rss_kb,
                   size_t failed)
{
	printf("{\"extractor\": \"%s\", \"pages\": %zu, \"mb\": %.2f, \"seconds\": %.3f, "
	       "\"pages_per_s\": %.1f, \"mb_per_s\": %.1f, \"max_rss_kb\": %ld, \"failed\": %zu}\n",
	       extractor, pages, (double)bytes / 1e6, secs, (double)pages / secs,
	       (double)bytes / 1e6 / secs, rss_kb, failed);
	fflush(stdout);
}

/* The floor: htmlReadMemory and xmlFreeDoc, with the options angka uses.
 * Each pass over the pages is timed; the best of `runs` is reported, as
 * for angka, so that the machine's noise does not decide the ratio. */
static void floor_pass(const page_list *pages, const char *dir, int runs)
{
	char path[4096];
	size_t bytes = 0, failed = 0;
	double best = 0;
	int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	              HTML_PARSE_NONET | HTML_PARSE_COMPACT;
	for (int run = 0; run < runs; run++) {
		double secs = 0;
		bytes = failed = 0;
		for (size_t i = 0; i < pages->n; i++) {
			size_t len = 0;
			snprintf(path, sizeof path, "%s/%s", dir, pages->names[i]);
			unsigned char *html = read_file(path, &len);
			if (html == NULL) {
				failed++;
				continue;
			}
			double t = now();
			htmlDocPtr doc = htmlReadMemory((const char *)html, (int)len, NULL, "UTF-8",
			                                options);
			if (doc == NULL)
				failed++;
			xmlFreeDoc(doc);
			secs += now() - t;
			bytes += len;
			free(html);
		}
		if (run == 0 || secs < best)
			best = secs;
	}
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	report("libxml2 htmlReadMemory (floor)", pages->n, bytes, best, ru.ru_maxrss, failed);
}

/* The benchmark's ground truth is the article body without its headline (as
 * Readability's textContent and trafilatura's output are), while angka's
 * text starts with the title as a heading: that heading is left out. */
static void write_body(FILE *f, const angka_article *article)
{
	size_t from = 0;
	if (article->n_paragraphs > 0 && article->paragraphs[0].kind == ANGKA_BLOCK_HEADING &&
	    article->title != NULL && article->paragraphs[0].start == 0 &&
	    article->paragraphs[0].end == strlen(article->title)) {
		from = article->paragraphs[0].end;
		while (from < article->text_len && article->text[from] == '\n')
			from++;
	}
	fwrite(article->text + from, 1, article->text_len - from, f);
}

static int angka_pass(const page_list *pages, const char *dir, const char *out_dir, int runs)
{
	char path[4096];
	size_t bytes = 0, failed = 0;
	double best = 0;
	for (int run = 0; run < runs; run++) {
		double secs = 0;
		bytes = failed = 0;
		for (size_t i = 0; i < pages->n; i++) {
			size_t len = 0;
			snprintf(path, sizeof path, "%s/%s", dir, pages->names[i]);
			unsigned char *html = read_file(path, &len);
			if (html == NULL) {
				failed++;
				continue;
			}
			angka_document doc = {path, html, len, ANGKA_CONTENT_HTML,
			                      NULL, NULL, -1,  NULL};
			angka_article *article = NULL;
			angka_error err = {0, ""};
			double t = now();
			int rc = angka_parse_document(&article, &doc, &err);
			secs += now() - t;
			bytes += len;
			if (rc != ANGKA_OK) {
				if (run == 0)
					fprintf(stderr, "angka-bench-parse: %s\n", err.message);
				failed++;
			}
			/* The texts are the same every run: written once. */
			if (run == 0) {
				size_t stem = strlen(pages->names[i]) - 5;
				snprintf(path, sizeof path, "%s/%.*s.txt", out_dir, (int)stem,
				         pages->names[i]);
				FILE *f = fopen(path, "wb");
				if (f == NULL) {
					fprintf(stderr, "angka-bench-parse: %s: %s\n", path,
					        strerror(errno));
					angka_article_free(article);
					free(html);
					return -1;
				}
				if (article != NULL)
					write_body(f, article);
				fclose(f);
			}
			angka_article_free(article);
			free(html);
		}
		if (run == 0 || secs < best)
			best = secs;
	}
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	report("angka parse", pages->n, bytes, best, ru.ru_maxrss, failed);
	return 0;
}

static int floor_file(const char *path, const angka_error *problem, void *ctx)
{
	size_t *failed = ctx;
	angka_document *doc = NULL;
	if (problem != NULL) {
		(*failed)++;
		return 0;
	}
	int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	              HTML_PARSE_NONET | HTML_PARSE_COMPACT;
	if (angka_fetch_file(&doc, path, 0, NULL) != ANGKA_OK) {
		(*failed)++;
		return 0;
	}
	if (doc->kind == ANGKA_CONTENT_HTML) {
		htmlDocPtr tree = htmlReadMemory((const char *)doc->bytes, (int)doc->len, NULL,
		                                 "UTF-8", options);
		if (tree == NULL)
			(*failed)++;
		xmlFreeDoc(tree);
	}
	angka_document_free(doc);
	return 0;
}

static int floor_paths(int argc, char **argv)
{
	size_t failed = 0;
	xmlInitParser();
	for (int i = 0; i < argc; i++)
		angka_fetch_expand(argv[i], floor_file, &failed, NULL);
	return failed ? 1 : 0;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "--floor") == 0)
		return floor_paths(argc - 2, argv + 2);
	if (argc != 3) {
		fputs("usage: angka-bench-parse HTML_DIR OUT_DIR\n", stderr);
		return 2;
	}
	page_list pages = {NULL, 0};
	if (list_pages(&pages, argv[1]) != 0 || pages.n == 0) {
		fprintf(stderr, "angka-bench-parse: no .html pages in %s\n", argv[1]);
		return 1;
	}
	if (mkdir(argv[2], 0777) != 0 && errno != EEXIST) {
		fprintf(stderr, "angka-bench-parse: %s: %s\n", argv[2], strerror(errno));
		return 1;
	}
	/* BENCH_RUNS passes each (default 3), the best reported. */
	const char *runs_env = getenv("BENCH_RUNS");
	int runs = runs_env ? atoi(runs_env) : 3;
	if (runs < 1)
		runs = 1;
	xmlInitParser();
	fflush(stdout);
	pid_t child = fork();
	if (child == 0) {
		floor_pass(&pages, argv[1], runs);
		_exit(0);
	}
	int status = 0;
	if (child < 0 || waitpid(child, &status, 0) < 0 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0)
		fputs("angka-bench-parse: the floor pass failed\n", stderr);
	int rc = angka_pass(&pages, argv[1], argv[2], runs);
	for (size_t i = 0; i < pages.n; i++)
		free(pages.names[i]);
	free(pages.names);
	return rc == 0 ? 0 : 1;
}

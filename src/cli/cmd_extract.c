#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "angka/store.h"
#include "cli/common.h"

enum { OPT_CANDIDATES = OPT_FIRST_COMMAND_OPTION };

typedef struct extract_opts {
	run_options run;
	bool candidates;
} extract_opts;

static int extract_option(int id, const char *arg, void *ctx)
{
	extract_opts *o = ctx;
	if (id == OPT_CANDIDATES) {
		o->candidates = true;
		return 0;
	}
	return common_option(id, arg, &o->run);
}

static const cli_option extract_options[] = {
        {"format", 'f', "FORMAT", "table (default), jsonl, json or csv", OPT_FORMAT},
        {"rules", 0, "DIR", "the rules folder (default: found next to the binary)", OPT_RULES},
        {"quiet", 'q', NULL, "no progress line", OPT_QUIET},
        {"candidates", 0, NULL,
         "print every quantity read (JSONL: source, start, end, text, value, kind, noun), not the "
         "figures: what the rules could make a figure of",
         OPT_CANDIDATES},
        SOURCE_NAME_OPTION,
        {NULL, 0, NULL, NULL, 0},
};

const cli_command extract_command = {
        "extract",
        "[OPTIONS] SOURCE...",
        "Find the figures in articles and print them, without storing anything.\n"
        "SOURCE is a file (.txt, .html, .htm, or anything whose content is text or HTML),\n"
        "a folder, read recursively, or '-': one article from standard input.",
        "Output: one figure record per row or line, with the fields of docs/figure-record.md;\n"
        "the table's footer (the number of figures) goes to stderr. Inputs that cannot be\n"
        "read are reported on stderr; the others are still processed.\n\n"
        "Exit status: 0 ok, 1 some inputs failed, 2 usage error, 3 the rules could not be "
        "loaded.\n",
        extract_options,
};

typedef struct candidate_printer {
	const angka_article *article;
	bool failed;
} candidate_printer;

static void print_candidate(const angka_reading *reading, void *ctx)
{
	candidate_printer *p = ctx;
	json_t *o =
	        json_pack("{s:s, s:I, s:I, s:s%, s:f, s:s, s:s?}", "source", p->article->source,
	                  "start", (json_int_t)reading->start, "end", (json_int_t)reading->end,
	                  "text", p->article->text + reading->start, reading->end - reading->start,
	                  "value", reading->value, "kind", reading->kind, "noun", reading->noun);
	/* Fifteen significant digits, as the figures are written: past them a
	 * double's digits are noise ("41.200000000000003"). */
	char *line = o ? json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(15)) : NULL;
	if (line == NULL || puts(line) == EOF)
		p->failed = true;
	free(line);
	json_decref(o);
}

int cmd_extract(int argc, char **argv)
{
	extract_opts eo = {.run = {.format_name = "table"}};
	run_options o;
	int first = cli_parse(&extract_command, argc, argv, extract_option, &eo);
	o = eo.run;
	if (eo.candidates)
		o.format_name = "jsonl"; /* the candidates are JSONL; no figure table around them */
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (parse_format(&extract_command, &o) != 0)
		return EXIT_USAGE;
	if (first >= argc) {
		cli_usage_error(&extract_command, "no SOURCE given");
		return EXIT_USAGE;
	}
	if (check_stdin_operands(&extract_command, &o, argc - first, argv + first) != 0)
		return EXIT_USAGE;
	angka_pipeline *pipeline = NULL;
	angka_writer *writer = NULL;
	input_list inputs = {NULL, 0, 0};
	int status = open_pipeline(&pipeline, &o);
	if (status != EXIT_OK)
		return status;
	angka_error err = {0, ""};
	int failed = expand_inputs(&inputs, argc - first, argv + first);
	if (failed < 0 || angka_writer_new(&writer, stdout, o.format, &err) != ANGKA_OK) {
		fputs("angka: out of memory\n", stderr);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	for (size_t i = 0; i < inputs.n; i++) {
		progress(&o, i, inputs.n, inputs.paths[i]);
		angka_article *article = NULL;
		if (read_article(&article, inputs.paths[i], o.source_name) != ANGKA_OK) {
			failed++;
			continue;
		}
		if (eo.candidates) {
			candidate_printer printer = {article, false};
			int rc = angka_pipeline_candidates(pipeline, article, print_candidate,
			                                   &printer, &err);
			angka_article_free(article);
			if (rc != ANGKA_OK || printer.failed) {
				fprintf(stderr, "angka: %s\n",
				        rc != ANGKA_OK ? err.message
				                       : "cannot write the candidates");
				status = EXIT_SYSTEM;
				goto cleanup;
			}
			continue;
		}
		angka_figure_list figures = ANGKA_FIGURE_LIST_INIT;
		int rc = extract_figures(&figures, pipeline, article, &err);
		for (size_t f = 0; rc == ANGKA_OK && f < figures.n; f++)
			rc = angka_writer_figure(writer, &figures.items[f], &err);
		angka_figure_list_free(&figures);
		angka_article_free(article);
		if (rc == ANGKA_EIO) {
			fprintf(stderr, "angka: %s\n", err.message);
			status = EXIT_SYSTEM;
			goto cleanup;
		}
		if (rc != ANGKA_OK) {
			fprintf(stderr, "angka: %s\n", err.message);
			failed++;
		}
	}
	progress(&o, inputs.n, inputs.n, "");
	if (angka_writer_finish(writer, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	if (o.format == ANGKA_FORMAT_TABLE)
		print_count(angka_writer_count(writer), "figure", "figures");
	status = failed ? EXIT_INPUT : EXIT_OK;
cleanup:
	angka_writer_free(writer);
	input_list_free(&inputs);
	angka_pipeline_free(pipeline);
	return status;
}

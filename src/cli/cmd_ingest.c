#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "angka/store.h"
#include "cli/common.h"

static const cli_option ingest_options[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"rules", 0, "DIR", "the rules folder (default: found next to the binary)", OPT_RULES},
        {"quiet", 'q', NULL, "no progress line and no summary", OPT_QUIET},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command ingest_command = {
        "ingest",
        "[OPTIONS] SOURCE...",
        "Read articles, find their figures and store both in the database.\n"
        "SOURCE is a file or a folder (read recursively). Each article goes in with all\n"
        "its figures in one transaction; an article already stored (the same text) is\n"
        "stored once, whatever file it comes from.",
        "Prints a summary: articles new, unchanged and failed, and the figures stored.\n\n"
        "Exit status: 0 ok, 1 some inputs failed (the others were stored), 2 usage error,\n"
        "3 the rules or the database could not be used.\n",
        ingest_options,
};

int cmd_ingest(int argc, char **argv)
{
	run_options o = {.db_path = "angka.db"};
	int first = cli_parse(&ingest_command, argc, argv, common_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first >= argc) {
		cli_usage_error(&ingest_command, "no SOURCE given");
		return EXIT_USAGE;
	}
	angka_pipeline *pipeline = NULL;
	angka_store *store = NULL;
	input_list inputs = {NULL, 0, 0};
	angka_error err = {0, ""};
	int status = open_pipeline(&pipeline, &o);
	if (status != EXIT_OK)
		return status;
	if (angka_store_open(&store, o.db_path, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	int failed = expand_inputs(&inputs, argc - first, argv + first);
	if (failed < 0) {
		fputs("angka: out of memory\n", stderr);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	size_t fresh = 0, unchanged = 0, stored_figures = 0;
	const char *version = angka_rules_version(angka_pipeline_rules(pipeline));
	for (size_t i = 0; i < inputs.n; i++) {
		progress(&o, i, inputs.n, inputs.paths[i]);
		angka_article *article = NULL;
		if (read_article(&article, inputs.paths[i]) != ANGKA_OK) {
			failed++;
			continue;
		}
		angka_figure_list figures = ANGKA_FIGURE_LIST_INIT;
		angka_store_status put = ANGKA_STORE_NEW;
		int rc = angka_pipeline_extract(&figures, pipeline, article, &err);
		if (rc == ANGKA_OK)
			rc = angka_store_put_article(store, article, &figures, version, &put, NULL,
			                             &err);
		if (rc == ANGKA_OK && put == ANGKA_STORE_NEW) {
			fresh++;
			stored_figures += figures.n;
		} else if (rc == ANGKA_OK) {
			unchanged++;
		}
		angka_figure_list_free(&figures);
		angka_article_free(article);
		if (rc == ANGKA_EDB || rc == ANGKA_EIO) {
			/* The database itself failed: the next article would too. */
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
	if (!o.quiet)
		printf("%zu article%s: %zu new, %zu unchanged, %d failed; %zu figure%s stored in "
		       "%s\n",
		       inputs.n, inputs.n == 1 ? "" : "s", fresh, unchanged, failed, stored_figures,
		       stored_figures == 1 ? "" : "s", o.db_path);
	status = failed ? EXIT_INPUT : EXIT_OK;
cleanup:
	input_list_free(&inputs);
	angka_store_close(store);
	angka_pipeline_free(pipeline);
	return status;
}

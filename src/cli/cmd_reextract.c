#include <stdio.h>
#include <string.h>

#include "angka/store.h"
#include "cli/common.h"

static const cli_option reextract_options[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"rules", 0, "DIR", "the rules folder (default: found next to the binary)", OPT_RULES},
        {"quiet", 'q', NULL, "no progress line and no summary", OPT_QUIET},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command reextract_command = {
        "reextract",
        "[OPTIONS]",
        "Run today's rules over the text of every current article (nothing is fetched)\n"
        "and replace its machine figures, one transaction per article. A figure found\n"
        "again (same article, byte span and value) keeps its id and its review history;\n"
        "review decisions are never changed. Every figure records the rules version.\n"
        "Superseded versions of articles stay as they were stored.",
        "Prints a summary on stderr: articles, figures kept, new and gone, figures with a\n"
        "review.\n\n"
        "Exit status: 0 ok, 1 some articles failed (the others were re-extracted),\n"
        "2 usage error, 3 the rules or the database could not be used.\n",
        reextract_options,
};

typedef struct reextract_run {
	const run_options *o;
	angka_pipeline *pipeline;
	angka_store *store;
	const char *version;
	size_t articles, failed;
	angka_replace_stats total;
	int status;
} reextract_run;

static int reextract_article(int64_t article_id, const angka_article *article, void *ctx)
{
	reextract_run *r = ctx;
	angka_figure_list figures = ANGKA_FIGURE_LIST_INIT;
	angka_replace_stats stats = {0, 0, 0, 0};
	angka_error err = {0, ""};
	r->articles++;
	int rc = extract_figures(&figures, r->pipeline, article, &err);
	if (rc == ANGKA_OK)
		rc = angka_store_replace_figures(r->store, article_id, &figures, r->version, &stats,
		                                 &err);
	angka_figure_list_free(&figures);
	if (rc == ANGKA_EDB || rc == ANGKA_EIO || rc == ANGKA_ENOMEM) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->status = EXIT_SYSTEM;
		return rc;
	}
	if (rc != ANGKA_OK) {
		fprintf(stderr, "angka: article %lld (%s): %s\n", (long long)article_id,
		        article->source ? article->source : "?", err.message);
		r->failed++;
		return ANGKA_OK;
	}
	r->total.kept += stats.kept;
	r->total.added += stats.added;
	r->total.removed += stats.removed;
	r->total.reviewed += stats.reviewed;
	return ANGKA_OK;
}

int cmd_reextract(int argc, char **argv)
{
	run_options o = {.db_path = "angka.db"};
	int first = cli_parse(&reextract_command, argc, argv, common_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first < argc) {
		cli_usage_error(&reextract_command, "unexpected argument '%s'", argv[first]);
		return EXIT_USAGE;
	}
	reextract_run r = {.o = &o, .status = EXIT_OK};
	angka_error err = {0, ""};
	int status = open_pipeline(&r.pipeline, &o);
	if (status != EXIT_OK)
		return status;
	if ((status = open_writable_store(&r.store, o.db_path)) != EXIT_OK)
		goto cleanup;
	r.version = angka_pipeline_version(r.pipeline);
	int rc = angka_store_each_article(r.store, reextract_article, &r, &err);
	if (rc != ANGKA_OK && r.status == EXIT_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r.status = EXIT_SYSTEM;
	}
	if (r.status != EXIT_OK) {
		status = r.status;
		goto cleanup;
	}
	if (!o.quiet)
		fprintf(stderr,
		        "%zu article%s re-extracted with rules %s, %zu failed: %zu figure%s kept, "
		        "%zu new, %zu gone; %zu with a review decision\n",
		        r.articles, r.articles == 1 ? "" : "s", r.version, r.failed, r.total.kept,
		        r.total.kept == 1 ? "" : "s", r.total.added, r.total.removed,
		        r.total.reviewed);
	status = r.failed ? EXIT_INPUT : EXIT_OK;
cleanup:
	angka_store_close(r.store);
	angka_pipeline_free(r.pipeline);
	return status;
}

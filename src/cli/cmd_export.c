#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/reconcile.h"
#include "angka/store.h"
#include "cli/common.h"

enum { OPT_CURATED = OPT_FIRST_COMMAND_OPTION };

typedef struct export_options_t {
	run_options common;
	bool curated;
} export_options_t;

static const cli_option export_options[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"format", 'f', "FORMAT", "jsonl (default), json, csv or table", OPT_FORMAT},
        {"curated", 'c', NULL,
         "only accepted and corrected figures, with the corrected value, the review and "
         "full provenance",
         OPT_CURATED},
        {NULL, 0, NULL, NULL, 0},
};

static int export_option(int id, const char *arg, void *ctx)
{
	export_options_t *o = ctx;
	if (id == OPT_CURATED) {
		o->curated = true;
		return 0;
	}
	return common_option(id, arg, &o->common);
}

const cli_command export_command = {
        "export",
        "[OPTIONS]",
        "Print every stored figure of the current version of each article as a figure\n"
        "record, preceded by its id (the id 'angka review' takes). With --curated, the\n"
        "curated dataset: the figures whose latest review decision is accept or correct,\n"
        "with the corrected value, the extracted value, the decision, note, reviewer and\n"
        "time, the provenance (source, canonical URL, title, publication date, sentence,\n"
        "byte span, rule, rules version) and fact_status: whether the other sources\n"
        "corroborate the value or conflict with it (the facts of 'angka facts').",
        "Figures of superseded versions (an article read again with new text) are left\n"
        "out. The table's footer (the number of figures) goes to stderr.\n\n"
        "Exit status: 0 ok, 2 usage error, 3 the database could not be read.\n",
        export_options,
};

static int write_stored_figure(const angka_stored_figure *figure, void *ctx)
{
	return angka_writer_stored_figure(ctx, figure, NULL);
}

static int write_curated_figure(const angka_stored_figure *figure, void *ctx)
{
	return angka_curated_writer_figure(ctx, figure, NULL);
}

static int export_curated(angka_store *store, angka_format format)
{
	angka_curated_writer *writer = NULL;
	angka_fact_set facts;
	angka_error err = {0, ""};
	int status = EXIT_OK;
	memset(&facts, 0, sizeof facts);
	if (angka_reconcile_store(&facts, store, &err) != ANGKA_OK ||
	    angka_curated_writer_new(&writer, stdout, format, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	angka_curated_writer_set_facts(writer, &facts);
	if (angka_store_each_stored_figure(store, ANGKA_STORE_CURATED, write_curated_figure, writer,
	                                   &err) != ANGKA_OK ||
	    angka_curated_writer_finish(writer, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n",
		        err.message[0] ? err.message : "error writing the output");
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	if (format == ANGKA_FORMAT_TABLE)
		print_count(angka_curated_writer_count(writer), "figure", "figures");
cleanup:
	angka_curated_writer_free(writer);
	angka_fact_set_free(&facts);
	return status;
}

static int export_all(angka_store *store, angka_format format)
{
	angka_writer *writer = NULL;
	angka_error err = {0, ""};
	int status = EXIT_OK;
	if (angka_writer_new_stored(&writer, stdout, format, &err) != ANGKA_OK ||
	    angka_store_each_stored_figure(store, ANGKA_STORE_ALL, write_stored_figure, writer,
	                                   &err) != ANGKA_OK ||
	    angka_writer_finish(writer, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n",
		        err.message[0] ? err.message : "error writing the output");
		status = EXIT_SYSTEM;
	} else if (format == ANGKA_FORMAT_TABLE) {
		print_count(angka_writer_count(writer), "figure", "figures");
	}
	angka_writer_free(writer);
	return status;
}

int cmd_export(int argc, char **argv)
{
	export_options_t eo = {.common = {.db_path = "angka.db", .format_name = "jsonl"}};
	int first = cli_parse(&export_command, argc, argv, export_option, &eo);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first < argc) {
		cli_usage_error(&export_command, "unexpected argument '%s'", argv[first]);
		return EXIT_USAGE;
	}
	if (parse_format(&export_command, &eo.common) != 0)
		return EXIT_USAGE;
	angka_store *store = NULL;
	int status = open_existing_store(&store, eo.common.db_path);
	if (status != EXIT_OK)
		return status;
	status = eo.curated ? export_curated(store, eo.common.format)
	                    : export_all(store, eo.common.format);
	angka_store_close(store);
	return status;
}

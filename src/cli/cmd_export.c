#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
        "Print every stored figure as a figure record. With --curated, the curated\n"
        "dataset: the figures whose latest review decision is accept or correct, with the\n"
        "corrected value, the extracted value, the decision, note, reviewer and time, and\n"
        "the provenance (source, canonical URL, title, publication date, sentence, byte\n"
        "span, rule, rules version).",
        "Exit status: 0 ok, 2 usage error, 3 the database could not be read.\n",
        export_options,
};

static int write_stored_figure(const angka_figure *figure, void *ctx)
{
	return angka_writer_figure(ctx, figure, NULL);
}

static int write_curated_figure(const angka_stored_figure *figure, void *ctx)
{
	return angka_curated_writer_figure(ctx, figure, NULL);
}

static int export_curated(angka_store *store, angka_format format)
{
	angka_curated_writer *writer = NULL;
	angka_error err = {0, ""};
	int status = EXIT_OK;
	if (angka_curated_writer_new(&writer, stdout, format, &err) != ANGKA_OK ||
	    angka_store_each_stored_figure(store, ANGKA_STORE_CURATED, write_curated_figure, writer,
	                                   &err) != ANGKA_OK ||
	    angka_curated_writer_finish(writer, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n",
		        err.message[0] ? err.message : "error writing the output");
		status = EXIT_SYSTEM;
	}
	angka_curated_writer_free(writer);
	return status;
}

int cmd_export(int argc, char **argv)
{
	export_options_t eo = {.common = {.db_path = "angka.db", .format_name = "jsonl"}};
	run_options o;
	int first = cli_parse(&export_command, argc, argv, export_option, &eo);
	o = eo.common;
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first < argc) {
		cli_usage_error(&export_command, "unexpected argument '%s'", argv[first]);
		return EXIT_USAGE;
	}
	if (angka_format_parse(&o.format, o.format_name) != ANGKA_OK) {
		cli_usage_error(&export_command, "unknown format '%s' (jsonl, json, csv, table)",
		                o.format_name);
		return EXIT_USAGE;
	}
	struct stat st;
	if (stat(o.db_path, &st) != 0) {
		fprintf(stderr, "angka: %s: no such database (run 'angka ingest' first)\n",
		        o.db_path);
		return EXIT_SYSTEM;
	}
	angka_store *store = NULL;
	angka_writer *writer = NULL;
	angka_error err = {0, ""};
	int status = EXIT_OK;
	if (eo.curated) {
		if (angka_store_open_existing(&store, o.db_path, &err) != ANGKA_OK) {
			fprintf(stderr, "angka: %s\n", err.message);
			return EXIT_SYSTEM;
		}
		status = export_curated(store, o.format);
		angka_store_close(store);
		return status;
	}
	if (angka_store_open_existing(&store, o.db_path, &err) != ANGKA_OK ||
	    angka_writer_new(&writer, stdout, o.format, &err) != ANGKA_OK ||
	    angka_store_each_figure(store, write_stored_figure, writer, &err) != ANGKA_OK ||
	    angka_writer_finish(writer, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n",
		        err.message[0] ? err.message : "error writing the output");
		status = EXIT_SYSTEM;
	}
	angka_writer_free(writer);
	angka_store_close(store);
	return status;
}

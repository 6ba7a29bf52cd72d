#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "angka/store.h"
#include "cli/common.h"

static const cli_option export_options[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"format", 'f', "FORMAT", "jsonl (default), json, csv or table", OPT_FORMAT},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command export_command = {
        "export",
        "[OPTIONS]",
        "Print every stored figure as a figure record.",
        "Exit status: 0 ok, 2 usage error, 3 the database could not be read.\n",
        export_options,
};

static int write_stored_figure(const angka_figure *figure, void *ctx)
{
	return angka_writer_figure(ctx, figure, NULL);
}

int cmd_export(int argc, char **argv)
{
	run_options o = {.db_path = "angka.db", .format_name = "jsonl"};
	int first = cli_parse(&export_command, argc, argv, common_option, &o);
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
	if (angka_store_open(&store, o.db_path, &err) != ANGKA_OK ||
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

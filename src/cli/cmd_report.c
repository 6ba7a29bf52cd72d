#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "angka/export.h"
#include "angka/store.h"
#include "cli/common.h"

enum { OPT_OUTPUT = OPT_FIRST_COMMAND_OPTION };

typedef struct report_options {
	run_options common;
	const char *output;
} report_options;

static const cli_option report_options_table[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"output", 'o', "FILE", "where to write the page (default: report.html)", OPT_OUTPUT},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command report_command = {
        "report",
        "[OPTIONS]",
        "Write one self-contained HTML page (no scripts, nothing fetched): counts,\n"
        "coverage per region over time as SVG charts, the audit table with every\n"
        "inconsistent percentage marked in its sentence, and conflicts between sources.",
        "Exit status: 0 ok, 2 usage error, 3 the database could not be read or the page\n"
        "not written.\n",
        report_options_table,
};

static int report_option(int id, const char *arg, void *ctx)
{
	report_options *o = ctx;
	if (id == OPT_OUTPUT) {
		o->output = arg;
		return 0;
	}
	return common_option(id, arg, &o->common);
}

int cmd_report(int argc, char **argv)
{
	report_options o = {.common = {.db_path = "angka.db"}, .output = "report.html"};
	int first = cli_parse(&report_command, argc, argv, report_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first < argc) {
		cli_usage_error(&report_command, "unexpected argument '%s'", argv[first]);
		return EXIT_USAGE;
	}
	angka_store *store = NULL;
	angka_error err = {0, ""};
	int status = open_existing_store(&store, o.common.db_path);
	if (status != EXIT_OK)
		return status;
	bool to_stdout = strcmp(o.output, "-") == 0;
	FILE *fp = to_stdout ? stdout : fopen(o.output, "w");
	if (fp == NULL) {
		fprintf(stderr, "angka: %s: cannot write the report: %s\n", o.output,
		        strerror(errno));
		angka_store_close(store);
		return EXIT_SYSTEM;
	}
	if (angka_report_write(fp, store, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s: %s\n", o.output, err.message);
		status = EXIT_SYSTEM;
	}
	if (!to_stdout && fclose(fp) != 0 && status == EXIT_OK) {
		fprintf(stderr, "angka: %s: cannot write the report: %s\n", o.output,
		        strerror(errno));
		status = EXIT_SYSTEM;
	}
	angka_store_close(store);
	return status;
}

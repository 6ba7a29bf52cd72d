/* angka — the command line. A thin layer over libangka: each command in
 * its own cmd_*.c parses its options, calls the library, prints, and maps
 * errors to exit codes (cli/common.h). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli/common.h"

/* ---- the top level ----------------------------------------------------- */

typedef struct command_entry {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
} command_entry;

static const command_entry commands[] = {
        {"extract", cmd_extract, "find the figures in articles and print them"},
        {"ingest", cmd_ingest, "find the figures in articles and store them in SQLite"},
        {"export", cmd_export, "print the stored figures (--curated: the reviewed dataset)"},
        {"parse", cmd_parse, "print the main text and metadata of articles (the parse stage)"},
        {"explain", cmd_explain, "show why a text gives the figures it gives, rule by rule"},
        {"rules", cmd_rules, "list the extraction rules, or test them against their examples"},
        {"normalize", cmd_normalize, "print what texts normalize to (numbers, money, periods)"},
        {"facts", cmd_facts, "list the stored figures reconciled across articles"},
        {"audit", cmd_audit, "check reported percentages against their numbers"},
        {"review", cmd_review, "list, accept, reject or correct stored figures"},
        {"reextract", cmd_reextract, "re-run today's rules over the stored articles"},
        {"report", cmd_report, "write an HTML report: findings first, then charts"},
        {"sources", cmd_sources, "list every source with its fetch status and versions"},
        {"forget", cmd_forget, "remove a source and everything of it from the database"},
        {"serve", cmd_serve, "serve the review desk: review figures in the browser"},
        {NULL, NULL, NULL},
};

static void print_version(void)
{
	char libs[256];
	angka_library_versions(libs, sizeof libs);
	printf("angka %s\n%s\n", angka_version(), libs);
}

static void print_help(void)
{
	printf("Usage: angka COMMAND [OPTIONS] [ARGS]\n\n"
	       "angka turns Indonesian press articles into a curated, auditable dataset of\n"
	       "statistics: it reads articles, finds the figures they report (participants,\n"
	       "coverage, targets, benefits, per province, regency and city), normalizes them\n"
	       "and stores them with their evidence in SQLite.\n\nCommands:\n");
	for (size_t i = 0; commands[i].name; i++)
		printf("  %-10s %s\n", commands[i].name, commands[i].summary);
	printf("\nOptions:\n  -h, --help     show this help and exit\n"
	       "  -V, --version  show the versions of angka and its libraries and exit\n\n"
	       "'angka COMMAND --help' describes a command. Exit status: 0 ok, 1 some inputs\n"
	       "failed, 2 usage error, 3 system error (rules, database, output).\n");
}

/* Whatever a command printed must have reached stdout: a full disk or a
 * closed pipe is a failure of the run (exit 3), not a success that lost
 * its output. Commands that noticed it themselves already said so. */
static int output_checked(int status)
{
	int failed = fflush(stdout) != 0 || ferror(stdout);
	if (failed && status != EXIT_SYSTEM) {
		fprintf(stderr, "angka: error writing the output: %s\n",
		        errno ? strerror(errno) : "write error");
		return EXIT_SYSTEM;
	}
	return failed ? EXIT_SYSTEM : status;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		cli_usage_error(NULL, "no command given");
		return EXIT_USAGE;
	}
	const char *name = argv[1];
	if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
		print_help();
		return output_checked(EXIT_OK);
	}
	if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0 ||
	    strcmp(name, "version") == 0) {
		print_version();
		return output_checked(EXIT_OK);
	}
	for (size_t i = 0; commands[i].name; i++)
		if (strcmp(name, commands[i].name) == 0)
			return output_checked(commands[i].run(argc - 1, argv + 1));
	cli_usage_error(NULL, "unknown command '%s'", name);
	return EXIT_USAGE;
}

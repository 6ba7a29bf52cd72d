/* angka — the command line. A thin layer over libangka: it parses options,
 * calls the library, prints, and maps errors to exit codes:
 *   0 everything went well
 *   1 some inputs failed (the rest were processed)
 *   2 usage error
 *   3 system error (rules, database, output)
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "angka/audit.h"
#include "angka/export.h"
#include "angka/fetch.h"
#include "angka/parse.h"
#include "angka/pipeline.h"
#include "angka/store.h"
#include "cli/options.h"

#define EXIT_OK 0
#define EXIT_INPUT 1
#define EXIT_USAGE 2
#define EXIT_SYSTEM 3

#ifndef ANGKA_BUILD_RULES_DIR
#define ANGKA_BUILD_RULES_DIR "rules"
#endif
#ifndef ANGKA_INSTALL_RULES_DIR
#define ANGKA_INSTALL_RULES_DIR "/usr/local/share/angka/rules"
#endif

enum {
	OPT_FORMAT = 1000,
	OPT_DB,
	OPT_RULES,
	OPT_QUIET,
};

/* ---- common state ------------------------------------------------------ */

typedef struct run_options {
	const char *format_name;
	angka_format format;
	const char *db_path;
	const char *rules_dir;
	bool quiet;
} run_options;

static int common_option(int id, const char *arg, void *ctx)
{
	run_options *o = ctx;
	switch (id) {
	case OPT_FORMAT: o->format_name = arg; return 0;
	case OPT_DB: o->db_path = arg; return 0;
	case OPT_RULES: o->rules_dir = arg; return 0;
	case OPT_QUIET: o->quiet = true; return 0;
	default: return 1;
	}
}

static bool is_rules_dir(const char *dir)
{
	char path[PATH_MAX];
	struct stat st;
	snprintf(path, sizeof path, "%s/patterns.yaml", dir);
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Where the rules are, when --rules does not say: $ANGKA_RULES, then next to
 * an installed binary (<prefix>/share/angka/rules, so an installed tree can
 * move), then the configured install folder, then the source tree the
 * binary was built from. */
static const char *find_rules_dir(const char *given, char *buf, size_t size)
{
	if (given)
		return given;
	const char *env = getenv("ANGKA_RULES");
	if (env && *env)
		return env;
	char exe[PATH_MAX];
	ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (len > 0) {
		exe[len] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			snprintf(buf, size, "%s/../share/angka/rules", exe);
			if (is_rules_dir(buf))
				return buf;
		}
	}
	if (is_rules_dir(ANGKA_INSTALL_RULES_DIR))
		return ANGKA_INSTALL_RULES_DIR;
	return ANGKA_BUILD_RULES_DIR;
}

static int open_pipeline(angka_pipeline **out, const run_options *o)
{
	char buf[PATH_MAX];
	const char *dir = find_rules_dir(o->rules_dir, buf, sizeof buf);
	angka_error err = {0, ""};
	if (angka_pipeline_new(out, dir, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: cannot load the rules from %s:\n%s\n", dir, err.message);
		return EXIT_SYSTEM;
	}
	return EXIT_OK;
}

/* The inputs named on the command line, folders expanded, in order. */
typedef struct input_list {
	char **paths;
	size_t n;
	size_t cap;
} input_list;

static int collect_input(const char *path, void *ctx)
{
	input_list *list = ctx;
	if (list->n == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 64;
		char **grown = realloc(list->paths, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		list->paths = grown;
		list->cap = cap;
	}
	list->paths[list->n] = strdup(path);
	if (list->paths[list->n] == NULL)
		return ANGKA_ENOMEM;
	list->n++;
	return ANGKA_OK;
}

static void input_list_free(input_list *list)
{
	for (size_t i = 0; i < list->n; i++)
		free(list->paths[i]);
	free(list->paths);
}

/* Expand every operand; a folder that cannot be read counts as a failed
 * input, reported here. Returns the number of such failures, or -1 when
 * memory ran out. */
static int expand_inputs(input_list *list, int argc, char **argv)
{
	int failed = 0;
	for (int i = 0; i < argc; i++) {
		angka_error err = {0, ""};
		int rc = angka_fetch_expand(argv[i], collect_input, list, &err);
		if (rc == ANGKA_ENOMEM)
			return -1;
		if (rc != ANGKA_OK) {
			fprintf(stderr, "angka: %s\n", err.message);
			failed++;
		}
	}
	return failed;
}

/* A progress line on a terminal, for runs long enough to want one. */
static void progress(const run_options *o, size_t done, size_t total, const char *path)
{
	if (o->quiet || total < 20 || !isatty(STDERR_FILENO))
		return;
	if (done == total)
		fprintf(stderr, "\r\033[K");
	else
		fprintf(stderr, "\r\033[K[%zu/%zu] %.60s", done + 1, total, path);
}

/* SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes "now" for
 * resolving relative dates ("3 bulan lalu"), so that a run can be repeated
 * with the same result. */
static void apply_source_date_epoch(angka_document *doc)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	if (epoch == NULL || *epoch == '\0')
		return;
	char *end = NULL;
	long long seconds = strtoll(epoch, &end, 10);
	if (*end != '\0' || seconds < 0)
		return;
	time_t t = (time_t)seconds;
	struct tm tm;
	char stamp[32];
	if (gmtime_r(&t, &tm) == NULL || strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		return;
	char *copy = strdup(stamp);
	if (copy == NULL)
		return;
	free(doc->fetched_at);
	doc->fetched_at = copy;
}

/* Fetch and parse one input; on failure, report it on stderr. */
static int read_article(angka_article **out, const char *path)
{
	angka_error err = {0, ""};
	angka_document *doc = NULL;
	*out = NULL;
	int rc = angka_fetch_file(&doc, path, 0, &err);
	if (rc == ANGKA_OK)
		apply_source_date_epoch(doc);
	if (rc == ANGKA_OK && doc->invalid_utf8_at >= 0)
		fprintf(stderr, "angka: %s: warning: invalid UTF-8 at byte %ld (read as U+FFFD)\n",
		        path, doc->invalid_utf8_at);
	if (rc == ANGKA_OK)
		rc = angka_parse_document(out, doc, &err);
	angka_document_free(doc);
	if (rc != ANGKA_OK)
		fprintf(stderr, "angka: %s\n", err.message);
	return rc;
}

/* ---- extract ----------------------------------------------------------- */

static const cli_option extract_options[] = {
	{"format", 'f', "FORMAT", "table (default), jsonl, json or csv", OPT_FORMAT},
	{"rules", 0, "DIR", "the rules folder (default: found next to the binary)", OPT_RULES},
	{"quiet", 'q', NULL, "no progress line", OPT_QUIET},
	{NULL, 0, NULL, NULL, 0},
};

static const cli_command extract_command = {
	"extract",
	"[OPTIONS] SOURCE...",
	"Find the figures in articles and print them, without storing anything.\n"
	"SOURCE is a file (.txt, .html, .htm, or anything whose content is text or HTML)\n"
	"or a folder, read recursively.",
	"Output: one figure record per row or line, with the fields of docs/figure-record.md.\n"
	"Inputs that cannot be read are reported on stderr; the others are still processed.\n\n"
	"Exit status: 0 ok, 1 some inputs failed, 2 usage error, 3 the rules could not be "
	"loaded.\n",
	extract_options,
};

static int cmd_extract(int argc, char **argv)
{
	run_options o = {.format_name = "table"};
	int first = cli_parse(&extract_command, argc, argv, common_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (angka_format_parse(&o.format, o.format_name) != ANGKA_OK) {
		cli_usage_error(&extract_command, "unknown format '%s' (table, jsonl, json, csv)",
		                o.format_name);
		return EXIT_USAGE;
	}
	if (first >= argc) {
		cli_usage_error(&extract_command, "no SOURCE given");
		return EXIT_USAGE;
	}
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
		if (read_article(&article, inputs.paths[i]) != ANGKA_OK) {
			failed++;
			continue;
		}
		angka_figure_list figures = ANGKA_FIGURE_LIST_INIT;
		int rc = angka_pipeline_extract(&figures, pipeline, article, &err);
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
	status = failed ? EXIT_INPUT : EXIT_OK;
cleanup:
	angka_writer_free(writer);
	input_list_free(&inputs);
	angka_pipeline_free(pipeline);
	return status;
}

/* ---- ingest ------------------------------------------------------------ */

static const cli_option ingest_options[] = {
	{"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
	{"rules", 0, "DIR", "the rules folder (default: found next to the binary)", OPT_RULES},
	{"quiet", 'q', NULL, "no progress line and no summary", OPT_QUIET},
	{NULL, 0, NULL, NULL, 0},
};

static const cli_command ingest_command = {
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

static int cmd_ingest(int argc, char **argv)
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
			rc = angka_store_put_article(store, article, &figures, version, &put, NULL, &err);
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
		printf("%zu article%s: %zu new, %zu unchanged, %d failed; %zu figure%s stored in %s\n",
		       inputs.n, inputs.n == 1 ? "" : "s", fresh, unchanged, failed, stored_figures,
		       stored_figures == 1 ? "" : "s", o.db_path);
	status = failed ? EXIT_INPUT : EXIT_OK;
cleanup:
	input_list_free(&inputs);
	angka_store_close(store);
	angka_pipeline_free(pipeline);
	return status;
}

/* ---- export ------------------------------------------------------------ */

static const cli_option export_options[] = {
	{"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
	{"format", 'f', "FORMAT", "jsonl (default), json, csv or table", OPT_FORMAT},
	{NULL, 0, NULL, NULL, 0},
};

static const cli_command export_command = {
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

static int cmd_export(int argc, char **argv)
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
		fprintf(stderr, "angka: %s: no such database (run 'angka ingest' first)\n", o.db_path);
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
		fprintf(stderr, "angka: %s\n", err.message[0] ? err.message : "error writing the output");
		status = EXIT_SYSTEM;
	}
	angka_writer_free(writer);
	angka_store_close(store);
	return status;
}

/* ---- the top level ----------------------------------------------------- */

typedef struct command_entry {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
} command_entry;

static const command_entry commands[] = {
	{"extract", cmd_extract, "find the figures in articles and print them"},
	{"ingest", cmd_ingest, "find the figures in articles and store them in SQLite"},
	{"export", cmd_export, "print the stored figures"},
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

int main(int argc, char **argv)
{
	if (argc < 2) {
		cli_usage_error(NULL, "no command given");
		return EXIT_USAGE;
	}
	const char *name = argv[1];
	if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
		print_help();
		return EXIT_OK;
	}
	if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0 ||
	    strcmp(name, "version") == 0) {
		print_version();
		return EXIT_OK;
	}
	for (size_t i = 0; commands[i].name; i++)
		if (strcmp(name, commands[i].name) == 0)
			return commands[i].run(argc - 1, argv + 1);
	cli_usage_error(NULL, "unknown command '%s'", name);
	return EXIT_USAGE;
}

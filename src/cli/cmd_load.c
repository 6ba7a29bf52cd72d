#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "angka/export.h"
#include "angka/store.h"
#include "cli/common.h"

static const cli_option load_options[] = {
        {"db", 'd', "FILE|URL", "a SQLite file (default: angka.db) or a postgresql:// URL", OPT_DB},
        {"quiet", 'q', NULL, "no summary", OPT_QUIET},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command load_command = {
        "load",
        "[OPTIONS] [FILE|-]...",
        "Store figure records (JSON lines, as 'angka extract --format jsonl' writes them)\n"
        "in a database: the reduce step after extraction ran elsewhere (docs/scale.md).\n"
        "FILE holds one record per line; '-' (the default) is standard input.",
        "The store is a SQLite file, or a PostgreSQL database (through libpq, named by a\n"
        "URL such as postgresql://user@host:5432/db) where many machines share one store;\n"
        "its tables are made on first use, the same for both (docs/schema.md). The records\n"
        "of one source become the figures of one article of that source; a record the\n"
        "store already has is not stored again, so loading the same records twice stores\n"
        "them once, and several loaders may run at once.\n"
        "A source whose article was ingested keeps its own figures. 'angka export',\n"
        "'facts' and 'audit' read either store. A record with \"context\": true (from\n"
        "'angka extract --context') is a context figure: stored for the audit, never\n"
        "exported or reviewed.\n\n"
        "Prints a summary on stderr: records read, figures stored, already there, skipped,\n"
        "failed (a bad line is reported with its number, and the others go on).\n\n"
        "Exit status: 0 ok, 1 some records failed, 2 usage error, 3 the database could not\n"
        "be used.\n",
        load_options,
};

/* Records of one source are stored together, up to this many at a time
 * (memory stays bounded whatever a source has). */
#define GROUP_MAX 4096
/* SQLite: this many groups per transaction, or this long, whichever comes
 * first: other loaders wait for the write lock meanwhile. */
#define BATCH_GROUPS  256
#define BATCH_SECONDS 0.2
/* SQLite: how long a loader waits its turn among others. */
#define LOADER_WAIT_MS 120000
/* A record is a sentence and some fields: generous. */
#define MAX_LINE_BYTES ((size_t)1024 * 1024)

typedef struct load_run {
	angka_store *store;
	angka_figure_list group; /* records of one source, in order */
	size_t records, failed, groups_in_batch;
	struct timespec batch_started;
	angka_load_stats stats;
	bool system_error;
} load_run;

static void flush_group(load_run *r)
{
	angka_error err = {0, ""};
	if (r->group.n == 0)
		return;
	if (!r->system_error && !angka_store_is_postgres(r->store) &&
	    !angka_store_in_batch(r->store)) {
		if (angka_store_batch_begin(r->store, &err) != ANGKA_OK) {
			fprintf(stderr, "angka: %s\n", err.message);
			r->system_error = true;
		}
		clock_gettime(CLOCK_MONOTONIC, &r->batch_started);
	}
	int rc = r->system_error ? ANGKA_OK
	                         : angka_store_load_figures(r->store, r->group.items, r->group.n,
	                                                    &r->stats, &err);
	if (rc == ANGKA_EDB || rc == ANGKA_EIO || rc == ANGKA_ENOMEM) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->system_error = true;
	} else if (rc != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->failed += r->group.n;
	}
	angka_figure_list_free(&r->group);
	r->group = (angka_figure_list)ANGKA_FIGURE_LIST_INIT;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	double age = (double)(now.tv_sec - r->batch_started.tv_sec) +
	             (double)(now.tv_nsec - r->batch_started.tv_nsec) / 1e9;
	if ((++r->groups_in_batch >= BATCH_GROUPS || age >= BATCH_SECONDS) && !r->system_error) {
		r->groups_in_batch = 0;
		if (angka_store_batch_commit(r->store, &err) != ANGKA_OK) {
			fprintf(stderr, "angka: %s\n", err.message);
			r->system_error = true;
		}
	}
}

static void load_line(load_run *r, const char *line, size_t len, const char *name, size_t number)
{
	angka_figure fig;
	angka_error err = {0, ""};
	r->records++;
	if (angka_record_parse(&fig, line, len, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s:%zu: %s\n", name, number, err.message);
		r->failed++;
		return;
	}
	if (r->group.n > 0 &&
	    (strcmp(r->group.items[0].source, fig.source) != 0 || r->group.n >= GROUP_MAX))
		flush_group(r);
	if (angka_figure_list_push(&r->group, &fig) != ANGKA_OK) {
		fputs("angka: out of memory\n", stderr);
		r->system_error = true;
	}
	angka_figure_clear(&fig);
}

static void load_stream(load_run *r, FILE *fp, const char *name)
{
	char *line = NULL;
	size_t cap = 0, number = 0;
	ssize_t len;
	while (!r->system_error && (len = getline(&line, &cap, fp)) >= 0) {
		number++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0)
			continue;
		if ((size_t)len > MAX_LINE_BYTES) {
			fprintf(stderr, "angka: %s:%zu: line longer than %zu bytes\n", name, number,
			        MAX_LINE_BYTES);
			r->records++;
			r->failed++;
			continue;
		}
		load_line(r, line, (size_t)len, name, number);
	}
	if (ferror(fp)) {
		fprintf(stderr, "angka: %s: %s\n", name, strerror(errno));
		r->failed++;
	}
	free(line);
}

int cmd_load(int argc, char **argv)
{
	run_options o = {.db_path = "angka.db", .command = &load_command};
	int first = cli_parse(&load_command, argc, argv, common_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	static char *const stdin_only[] = {STDIN_OPERAND};
	char **operands = first < argc ? argv + first : (char **)stdin_only;
	int n_operands = first < argc ? argc - first : 1;
	if (check_stdin_operands(&load_command, &o, n_operands, operands) != 0)
		return EXIT_USAGE;
	load_run r = {.group = ANGKA_FIGURE_LIST_INIT};
	angka_error err = {0, ""};
	int status = EXIT_OK;
	if (angka_store_open_any(&r.store, o.db_path, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		return EXIT_SYSTEM;
	}
	angka_store_set_wait(r.store, LOADER_WAIT_MS);
	for (int i = 0; i < n_operands && !r.system_error; i++) {
		bool is_stdin = strcmp(operands[i], STDIN_OPERAND) == 0;
		FILE *fp = is_stdin ? stdin : fopen(operands[i], "r");
		if (fp == NULL) {
			fprintf(stderr, "angka: %s: %s\n", operands[i], strerror(errno));
			r.failed++;
			continue;
		}
		load_stream(&r, fp, is_stdin ? "stdin" : operands[i]);
		if (!is_stdin)
			fclose(fp);
	}
	flush_group(&r);
	if (!r.system_error && angka_store_batch_commit(r.store, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r.system_error = true;
	}
	if (r.system_error) {
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	if (!o.quiet)
		fprintf(stderr,
		        "%zu record%s: %zu stored, %zu already there, %zu skipped (article "
		        "ingested), %zu failed\n",
		        r.records, r.records == 1 ? "" : "s", r.stats.added, r.stats.duplicates,
		        r.stats.skipped, r.failed);
	status = r.failed ? EXIT_INPUT : EXIT_OK;
cleanup:
	angka_figure_list_free(&r.group);
	angka_store_close(r.store);
	return status;
}

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "angka/store.h"
#include "cli/common.h"

static const cli_option sources_options[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"format", 'f', "FORMAT", "table (default) or jsonl", OPT_FORMAT},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command sources_command = {
        "sources",
        "[OPTIONS]",
        "List every source (file, page or feed) with what its last fetch gave: status\n"
        "(ok, not_modified, failed, disallowed), when, the HTTP code and the last error.",
        "jsonl adds etag, last_modified, content_type, article_id, feed, last_success and\n"
        "failures (failed tries since the last success).\n\n"
        "Exit status: 0 ok, 2 usage error, 3 the database could not be read.\n",
        sources_options,
};

/* Table cells are one line: an error message is cut at its first newline. */
static int print_row(const angka_source_state *s, void *ctx)
{
	(void)ctx;
	char http[24] = "-";
	if (s->http_code > 0)
		snprintf(http, sizeof http, "%ld", s->http_code);
	const char *error = s->last_error ? s->last_error : "";
	int error_len = (int)strcspn(error, "\n");
	printf("%-12s %-4s %-24s %-4s %s%s%.*s\n", s->status, http,
	       s->last_fetch ? s->last_fetch : "-", s->kind, s->location, error_len ? "  " : "",
	       error_len, error);
	return ferror(stdout) ? -1 : 0;
}

static int set_string(json_t *obj, const char *key, const char *value)
{
	return json_object_set_new(obj, key, value ? json_string(value) : json_null());
}

static int print_json(const angka_source_state *s, void *ctx)
{
	(void)ctx;
	json_t *obj = json_object();
	if (obj == NULL)
		return -1;
	set_string(obj, "location", s->location);
	set_string(obj, "kind", s->kind);
	set_string(obj, "status", s->status);
	json_object_set_new(obj, "http_code",
	                    s->http_code > 0 ? json_integer(s->http_code) : json_null());
	set_string(obj, "last_fetch", s->last_fetch);
	set_string(obj, "last_success", s->last_success);
	set_string(obj, "last_error", s->last_error);
	set_string(obj, "etag", s->etag);
	set_string(obj, "last_modified", s->last_modified);
	set_string(obj, "content_type", s->content_type);
	json_object_set_new(obj, "article_id",
	                    s->article_id > 0 ? json_integer(s->article_id) : json_null());
	set_string(obj, "feed", s->feed);
	json_object_set_new(obj, "failures", json_integer(s->failures));
	char *line = json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(obj);
	if (line == NULL)
		return -1;
	int rc = puts(line) < 0 ? -1 : 0;
	free(line);
	return rc;
}

int cmd_sources(int argc, char **argv)
{
	run_options o = {.db_path = "angka.db", .format_name = "table"};
	int first = cli_parse(&sources_command, argc, argv, common_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first < argc) {
		cli_usage_error(&sources_command, "unexpected argument '%s'", argv[first]);
		return EXIT_USAGE;
	}
	bool table = strcmp(o.format_name, "table") == 0;
	if (!table && strcmp(o.format_name, "jsonl") != 0) {
		cli_usage_error(&sources_command, "unknown format '%s' (table, jsonl)",
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
	angka_error err = {0, ""};
	int status = EXIT_OK;
	if (angka_store_open_existing(&store, o.db_path, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	if (table)
		printf("%-12s %-4s %-24s %-4s %s\n", "status", "http", "last fetch", "kind",
		       "location  last error");
	int rc = angka_store_each_source(store, table ? print_row : print_json, NULL, &err);
	if (rc != ANGKA_OK || fflush(stdout) != 0) {
		fprintf(stderr, "angka: %s\n",
		        err.message[0] ? err.message : "error writing the output");
		status = EXIT_SYSTEM;
	}
cleanup:
	angka_store_close(store);
	return status;
}

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"
#include "angka/fetch.h"
#include "angka/store.h"
#include "cli/common.h"

static const cli_option sources_options[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"format", 'f', "FORMAT", "table (default), jsonl, json or csv", OPT_FORMAT},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command sources_command = {
        "sources",
        "[OPTIONS] [SOURCE]",
        "List every source (file, page or feed) with what its last fetch gave: status\n"
        "(ok, not_modified, failed, disallowed), when, the HTTP code, the last error, and\n"
        "how many versions of its article it gave (texts that differ). With SOURCE, list\n"
        "the versions of what that source gave, oldest first: the article each text is\n"
        "stored as, when it was first seen, whether it is current or superseded (and by\n"
        "which), its figures and how many of them have a review decision.",
        "Fields of the list: location, kind, status, http_code, last_fetch, versions,\n"
        "last_error, article_id (the current article), etag, last_modified,\n"
        "content_type, feed, last_success, failures (failed tries since the last\n"
        "success); the table shows the first seven. Fields of the versions: version,\n"
        "article_id, status (current or superseded), first_seen, figures, reviewed,\n"
        "superseded_by, superseded_at, title, published, content_hash.\n\n"
        "Exit status: 0 ok, 2 usage error, 3 the database could not be read or SOURCE\n"
        "is not in it.\n",
        sources_options,
};

static const char *const source_fields[] = {
        "location",     "kind",       "status",       "http_code", "last_fetch",
        "versions",     "last_error", "article_id",   "etag",      "last_modified",
        "content_type", "feed",       "last_success", "failures",
};
#define N_SOURCE_FIELDS (sizeof source_fields / sizeof source_fields[0])
static const size_t source_table[] = {0, 1, 2, 3, 4, 5, 6};

static int list_source(const angka_source_state *s, void *ctx)
{
	angka_value row[N_SOURCE_FIELDS] = {
	        angka_value_string(s->location),
	        angka_value_string(s->kind),
	        angka_value_string(s->status),
	        s->http_code > 0 ? angka_value_integer(s->http_code) : angka_value_string(NULL),
	        angka_value_string(s->last_fetch),
	        angka_value_integer(s->versions),
	        angka_value_string(s->last_error),
	        s->article_id > 0 ? angka_value_integer(s->article_id) : angka_value_string(NULL),
	        angka_value_string(s->etag),
	        angka_value_string(s->last_modified),
	        angka_value_string(s->content_type),
	        angka_value_string(s->feed),
	        angka_value_string(s->last_success),
	        angka_value_integer(s->failures),
	};
	return angka_listing_row(ctx, row, NULL);
}

static const char *const version_fields[] = {
        "version",       "article_id",    "status", "first_seen", "figures",      "reviewed",
        "superseded_by", "superseded_at", "title",  "published",  "content_hash",
};
#define N_VERSION_FIELDS (sizeof version_fields / sizeof version_fields[0])
static const size_t version_table[] = {0, 1, 2, 3, 4, 5, 6, 8};

static int list_version(const angka_article_version *v, void *ctx)
{
	angka_value row[N_VERSION_FIELDS] = {
	        angka_value_integer(v->version),
	        angka_value_integer(v->article_id),
	        angka_value_string(v->superseded_by ? "superseded" : "current"),
	        angka_value_string(v->first_seen),
	        angka_value_integer(v->figures),
	        angka_value_integer(v->reviewed),
	        v->superseded_by ? angka_value_integer(v->superseded_by) : angka_value_string(NULL),
	        angka_value_string(v->superseded_at),
	        angka_value_string(v->title),
	        angka_value_string(v->published),
	        angka_value_string(v->content_hash),
	};
	return angka_listing_row(ctx, row, NULL);
}

/* A URL is looked up as angka stores it: normalized. */
static int list_versions(angka_store *store, angka_listing *listing, const char *source,
                         angka_error *err)
{
	char *normalized = NULL;
	if (angka_url_is_http(source) && angka_url_normalize(&normalized, source, err) != ANGKA_OK)
		return err->code;
	int rc = angka_store_each_version(store, normalized ? normalized : source, list_version,
	                                  listing, err);
	free(normalized);
	return rc;
}

int cmd_sources(int argc, char **argv)
{
	run_options o = {.db_path = "angka.db", .format_name = "table"};
	char *operands[1] = {NULL};
	int n = cli_parse_all(&sources_command, argc, argv, common_option, &o, operands, 1);
	if (n == -2)
		return EXIT_OK;
	if (n < 0 || parse_format(&sources_command, &o) != 0)
		return EXIT_USAGE;
	angka_store *store = NULL;
	angka_listing *listing = NULL;
	angka_error err = {0, ""};
	int status = open_existing_store(&store, o.db_path);
	if (status != EXIT_OK)
		return status;
	int rc;
	if (n == 1)
		rc = angka_listing_new(&listing, stdout, o.format, version_fields, N_VERSION_FIELDS,
		                       version_table,
		                       sizeof version_table / sizeof version_table[0], &err);
	else
		rc = angka_listing_new(&listing, stdout, o.format, source_fields, N_SOURCE_FIELDS,
		                       source_table, sizeof source_table / sizeof source_table[0],
		                       &err);
	if (rc == ANGKA_OK)
		rc = n == 1 ? list_versions(store, listing, operands[0], &err)
		            : angka_store_each_source(store, list_source, listing, &err);
	if (rc == ANGKA_OK)
		rc = angka_listing_finish(listing, &err);
	if (rc != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n",
		        err.message[0] ? err.message : "error writing the output");
		status = EXIT_SYSTEM;
	} else if (o.format == ANGKA_FORMAT_TABLE) {
		print_count(angka_listing_count(listing), n == 1 ? "version" : "source",
		            n == 1 ? "versions" : "sources");
	}
	angka_listing_free(listing);
	angka_store_close(store);
	return status;
}

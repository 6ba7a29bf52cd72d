#include <stdio.h>
#include <string.h>

#include "angka/export.h"
#include "angka/reconcile.h"
#include "angka/store.h"
#include "cli/common.h"

enum { OPT_CONFLICTS = OPT_FIRST_COMMAND_OPTION };

static const cli_option facts_options[] = {
        {"db", 'd', "FILE|URL", "the SQLite database (default: angka.db) or a postgresql:// URL",
         OPT_DB},
        {"conflicts", 'c', NULL, "only the facts whose sources disagree", OPT_CONFLICTS},
        {"format", 'f', "FORMAT", "table (default), jsonl, json or csv", OPT_FORMAT},
        {"rules", 0, "DIR", "the rules folder, for the metrics' labels", OPT_RULES},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command facts_command = {
        "facts",
        "[OPTIONS]",
        "List the facts: the stored figures of all articles grouped by region, metric,\n"
        "segment, programme and as_of. Values that agree within the precision each was\n"
        "reported with corroborate; values that do not make the fact a conflict. Each\n"
        "value is listed with the figures (id, text, source) that state it. The figures\n"
        "are those of the current versions of the articles, as reviewed: rejected ones\n"
        "are left out, corrected ones count with their corrected value. The report and\n"
        "'export --curated' (fact_status) use the same facts.",
        "Status: single (one source), corroborated (one value, two sources or more),\n"
        "conflict. jsonl and json: one object per fact with region, region_code, metric,\n"
        "segment, programme, as_of, unit, status and values (value, low, high, approx,\n"
        "sources: id, source, article_title, published, value, approx, text, sentence,\n"
        "start, end, rule). csv: one row per source of a value, with the fact's fields.\n"
        "The table's footer (the number of facts) goes to stderr. See docs/normalize.md.\n\n"
        "Exit status: 0 ok, 2 usage error, 3 the database could not be read.\n",
        facts_options,
};

typedef struct facts_options_ctx {
	run_options common;
	bool conflicts_only;
} facts_options_ctx;

static int facts_option(int id, const char *arg, void *ctx)
{
	facts_options_ctx *o = ctx;
	if (id == OPT_CONFLICTS) {
		o->conflicts_only = true;
		return 0;
	}
	return common_option(id, arg, &o->common);
}

int cmd_facts(int argc, char **argv)
{
	facts_options_ctx o = {.common = {.db_path = "angka.db", .format_name = "table"}};
	int first = cli_parse(&facts_command, argc, argv, facts_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first < argc) {
		cli_usage_error(&facts_command, "unexpected argument '%s'", argv[first]);
		return EXIT_USAGE;
	}
	if (parse_format(&facts_command, &o.common) != 0)
		return EXIT_USAGE;
	angka_store *store = NULL;
	angka_fact_set facts;
	angka_error err = {0, ""};
	size_t n = 0;
	memset(&facts, 0, sizeof facts);
	angka_domain **domains = NULL;
	size_t n_domains = 0;
	int status = open_domains(&domains, &n_domains, &o.common);
	if (status != EXIT_OK)
		return status;
	status = open_existing_store_any(&store, o.common.db_path);
	if (status != EXIT_OK) {
		angka_domains_free(domains, n_domains);
		return status;
	}
	if (angka_reconcile_store(&facts, store, &err) != ANGKA_OK ||
	    angka_facts_write(stdout, o.common.format, &facts, domains, n_domains, o.conflicts_only,
	                      &n, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s: %s\n", o.common.db_path, err.message);
		status = EXIT_SYSTEM;
	} else if (o.common.format == ANGKA_FORMAT_TABLE) {
		print_count(n, o.conflicts_only ? "conflict" : "fact",
		            o.conflicts_only ? "conflicts" : "facts");
	}
	angka_fact_set_free(&facts);
	angka_store_close(store);
	angka_domains_free(domains, n_domains);
	return status;
}

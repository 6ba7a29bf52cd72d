#include <stdio.h>
#include <string.h>

#include "angka/export.h"
#include "angka/store.h"
#include "cli/common.h"

static const cli_option audit_options[] = {
        {"db", 'd', "FILE|URL", "the SQLite database (default: angka.db) or a postgresql:// URL",
         OPT_DB},
        {"format", 'f', "FORMAT", "table (default), jsonl, json or csv", OPT_FORMAT},
        {"rules", 0, "DIR", "the rules folder, for the relations each domain declares", OPT_RULES},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command audit_command = {
        "audit",
        "[OPTIONS]",
        "Check every reported percentage against the numerator and denominator its own\n"
        "article gives (across sentences), with the precision each number was reported\n"
        "with: \"46,2\" stands for [46,15; 46,25). The relations checked are those the\n"
        "figure's domain declares (rules/domains/NAME/metrics.tsv): ratios, complements\n"
        "(covered% + uncovered% = 100) and sums (participants + uncovered = eligible);\n"
        "where only two of three numbers are given the third is computed. Shares of the\n"
        "participants (the active among the registered, one segment among everyone) are\n"
        "checked against the context figures the article gives, which are stored for the\n"
        "audit and are no figures of the dataset. Runs on the stored figures as\n"
        "reviewed: rejected figures are left out, corrected ones count as corrected.",
        "Verdicts: consistent, truncated (matches only when cut, not rounded),\n"
        "inconsistent (delta = reported - computed, in percentage points), unverifiable\n"
        "(with what is missing). Superseded versions of articles are left out. The\n"
        "table's summary (checks by verdict) goes to stderr. See docs/audit.md.\n\n"
        "Exit status: 0 ok, 2 usage error, 3 the database could not be read.\n",
        audit_options,
};

static int write_check(const angka_audit_check *check, void *ctx)
{
	return angka_audit_writer_check(ctx, check, NULL);
}

int cmd_audit(int argc, char **argv)
{
	run_options o = {.db_path = "angka.db", .format_name = "table"};
	int first = cli_parse(&audit_command, argc, argv, common_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first < argc) {
		cli_usage_error(&audit_command, "unexpected argument '%s'", argv[first]);
		return EXIT_USAGE;
	}
	if (parse_format(&audit_command, &o) != 0)
		return EXIT_USAGE;
	angka_store *store = NULL;
	angka_audit_writer *writer = NULL;
	angka_error err = {0, ""};
	angka_domain **domains = NULL;
	size_t n_domains = 0;
	int status = open_domains(&domains, &n_domains, &o);
	if (status != EXIT_OK)
		return status;
	status = open_existing_store_any(&store, o.db_path);
	if (status != EXIT_OK) {
		angka_domains_free(domains, n_domains);
		return status;
	}
	if (angka_audit_writer_new(&writer, stdout, o.format, &err) != ANGKA_OK ||
	    angka_audit_store(store, domains, n_domains, write_check, writer, &err) != ANGKA_OK ||
	    angka_audit_writer_finish(writer, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n",
		        err.message[0] ? err.message : "error writing the output");
		status = EXIT_SYSTEM;
	} else if (o.format == ANGKA_FORMAT_TABLE) {
		char summary[256];
		angka_audit_writer_summary(writer, summary, sizeof summary);
		fprintf(stderr, "%s\n", summary);
	}
	angka_audit_writer_free(writer);
	angka_store_close(store);
	angka_domains_free(domains, n_domains);
	return status;
}

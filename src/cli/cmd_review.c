#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"
#include "angka/normalize.h"
#include "angka/store.h"
#include "cli/common.h"
#include "util/utf8.h"

enum {
	OPT_PENDING = OPT_FIRST_COMMAND_OPTION,
	OPT_NOTE,
	OPT_VALUE,
	OPT_REVIEWER,
};

typedef struct review_options {
	run_options common;
	bool pending;
	const char *note;
	const char *value;
	const char *reviewer;
} review_options;

static const cli_option review_options_table[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"format", 'f', "FORMAT", "list: table (default), jsonl, json or csv", OPT_FORMAT},
        {"pending", 'p', NULL, "list: only figures without a decision", OPT_PENDING},
        {"note", 'n', "TEXT", "accept, reject, correct: why", OPT_NOTE},
        {"value", 'v', "V", "correct: the right value (\"46,17\", \"46.17\", \"2,8 juta\")",
         OPT_VALUE},
        {"reviewer", 'r', "NAME", "who decides (default: $USER, else $LOGNAME)", OPT_REVIEWER},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command review_command = {
        "review",
        "list [--pending] | accept ID | reject ID | correct ID --value V | history ID",
        "Review stored figures. Each decision is added to the figure's history with who\n"
        "made it and when; nothing extracted is ever overwritten, and decisions stay\n"
        "attached when 'angka reextract' finds the same figure (same article, byte span\n"
        "and value) again. 'angka export --curated' writes the accepted and corrected\n"
        "figures.",
        "Examples:\n"
        "  angka review list --pending\n"
        "  angka review accept 12 --note \"checked against the BPS table\"\n"
        "  angka review correct 14 --value 46,17 --note \"the article rounds 46,17\"\n"
        "  angka review history 14\n\n"
        "Exit status: 0 ok, 2 usage error, 3 the database could not be used or the\n"
        "figure does not exist.\n",
        review_options_table,
};

static int review_option(int id, const char *arg, void *ctx)
{
	review_options *o = ctx;
	switch (id) {
	case OPT_PENDING: o->pending = true; return 0;
	case OPT_NOTE: o->note = arg; return 0;
	case OPT_VALUE: o->value = arg; return 0;
	case OPT_REVIEWER: o->reviewer = arg; return 0;
	default: return common_option(id, arg, &o->common);
	}
}

static int write_listed(const angka_stored_figure *figure, void *ctx)
{
	return angka_curated_writer_figure(ctx, figure, NULL);
}

static int review_list(review_options *o)
{
	angka_store *store = NULL;
	angka_curated_writer *writer = NULL;
	angka_error err = {0, ""};
	int status = open_existing_store(&store, o->common.db_path);
	if (status != EXIT_OK)
		return status;
	if (angka_curated_writer_new(&writer, stdout, o->common.format, &err) != ANGKA_OK ||
	    angka_store_each_stored_figure(store,
	                                   o->pending ? ANGKA_STORE_PENDING : ANGKA_STORE_ALL,
	                                   write_listed, writer, &err) != ANGKA_OK ||
	    angka_curated_writer_finish(writer, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n",
		        err.message[0] ? err.message : "error writing the output");
		status = EXIT_SYSTEM;
	}
	angka_curated_writer_free(writer);
	angka_store_close(store);
	return status;
}

static bool parse_id(int64_t *out, const char *s)
{
	char *end = NULL;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v <= 0)
		return false;
	*out = v;
	return true;
}

/* A corrected value as a person types it: Indonesian ("46,17", "1.009.250",
 * "2,8 juta") or with a decimal point ("46.17"); the precision it is
 * written with is kept for the audit. */
static bool parse_value(double *value, int *decimals, const char *s)
{
	angka_number n;
	size_t len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '%'))
		len--;
	if (len == 0 || angka_number_parse(&n, s, len) != ANGKA_OK || n.consumed != len ||
	    !isfinite(n.value))
		return false;
	*value = n.value;
	*decimals = n.decimals;
	return true;
}

/* Notes, names and texts come from people and web pages: shown with their
 * control characters escaped, so none can move the cursor or recolour the
 * terminal. */
static void print_field(const char *before, const char *text, const char *after)
{
	char *shown = angka_utf8_printable(text ? text : "-");
	printf("%s%s%s", before, shown ? shown : "?", after);
	free(shown);
}

static int print_history_entry(const angka_review_entry *e, void *ctx)
{
	(void)ctx;
	printf("%s  %-7s  ", e->decided_at, e->decision);
	print_field("", e->reviewer, "");
	if (!isnan(e->corrected_value))
		printf("  value %.15g (extracted %.15g)", e->corrected_value, e->extracted_value);
	if (e->note)
		print_field("  note: ", e->note, "");
	putchar('\n');
	return 0;
}

static int show_figure(const angka_stored_figure *sf, void *ctx)
{
	(void)ctx;
	printf("figure %" PRId64 ": ", sf->id);
	print_field("", sf->figure.region, "");
	printf(" %s %s = %.15g (", sf->figure.metric, sf->figure.segment, sf->figure.value);
	print_field("\"", sf->figure.text, "\")");
	printf(", as of %s, in ", sf->figure.as_of ? sf->figure.as_of : "-");
	print_field("", sf->figure.source, "\n");
	return 0;
}

int cmd_review(int argc, char **argv)
{
	review_options o = {.common = {.db_path = "angka.db", .format_name = "table"}};
	char *operands[3] = {NULL, NULL, NULL};
	int n = cli_parse_all(&review_command, argc, argv, review_option, &o, operands, 3);
	if (n == -2)
		return EXIT_OK;
	if (n < 0)
		return EXIT_USAGE;
	if (n == 0) {
		cli_usage_error(&review_command, "no action given (list, accept, reject, correct, "
		                                 "history)");
		return EXIT_USAGE;
	}
	const char *action = operands[0];
	if (strcmp(action, "list") == 0) {
		if (n > 1) {
			cli_usage_error(&review_command, "unexpected argument '%s'", operands[1]);
			return EXIT_USAGE;
		}
		if (angka_format_parse(&o.common.format, o.common.format_name) != ANGKA_OK) {
			cli_usage_error(&review_command,
			                "unknown format '%s' (table, jsonl, json, csv)",
			                o.common.format_name);
			return EXIT_USAGE;
		}
		return review_list(&o);
	}
	angka_review_decision decision;
	bool history = false;
	if (strcmp(action, "accept") == 0)
		decision = ANGKA_REVIEW_ACCEPT;
	else if (strcmp(action, "reject") == 0)
		decision = ANGKA_REVIEW_REJECT;
	else if (strcmp(action, "correct") == 0)
		decision = ANGKA_REVIEW_CORRECT;
	else if (strcmp(action, "history") == 0)
		history = true, decision = ANGKA_REVIEW_ACCEPT;
	else {
		cli_usage_error(&review_command,
		                "unknown action '%s' (list, accept, reject, correct, "
		                "history)",
		                action);
		return EXIT_USAGE;
	}
	int64_t id = 0;
	if (n < 2 || !parse_id(&id, operands[1])) {
		cli_usage_error(&review_command,
		                "%s needs a figure ID (a positive number, as 'angka "
		                "review list' shows)",
		                action);
		return EXIT_USAGE;
	}
	if (n > 2) {
		cli_usage_error(&review_command, "unexpected argument '%s'", operands[2]);
		return EXIT_USAGE;
	}
	double value = NAN;
	int decimals = 0;
	if (decision == ANGKA_REVIEW_CORRECT && !history) {
		if (o.value == NULL) {
			cli_usage_error(&review_command, "correct needs --value V");
			return EXIT_USAGE;
		}
		if (!parse_value(&value, &decimals, o.value)) {
			cli_usage_error(&review_command, "--value '%s' is not a number", o.value);
			return EXIT_USAGE;
		}
		if (value < 0) {
			cli_usage_error(&review_command,
			                "--value '%s' is negative: counts, percentages and amounts "
			                "are never below 0",
			                o.value);
			return EXIT_USAGE;
		}
	} else if (o.value != NULL) {
		cli_usage_error(&review_command, "--value only goes with correct");
		return EXIT_USAGE;
	}
	const char *reviewer = o.reviewer;
	if (reviewer == NULL || *reviewer == '\0')
		reviewer = getenv("USER");
	if (reviewer == NULL || *reviewer == '\0')
		reviewer = getenv("LOGNAME");
	if (!history && (reviewer == NULL || *reviewer == '\0')) {
		cli_usage_error(&review_command, "who is reviewing? Give --reviewer NAME (neither "
		                                 "USER nor LOGNAME is set)");
		return EXIT_USAGE;
	}

	angka_store *store = NULL;
	angka_error err = {0, ""};
	int status = open_existing_store(&store, o.common.db_path);
	if (status != EXIT_OK)
		return status;
	int rc;
	if (history) {
		rc = angka_store_get_figure(store, id, show_figure, NULL, &err);
		if (rc == ANGKA_OK)
			rc = angka_store_review_history(store, id, print_history_entry, NULL, &err);
	} else {
		int64_t review_id = 0;
		rc = angka_store_review(store, id, decision, value, decimals, o.note, reviewer,
		                        &review_id, &err);
		if (rc == ANGKA_OK) {
			printf("figure %" PRId64 ": %s by %s", id,
			       angka_review_decision_name(decision), reviewer);
			if (decision == ANGKA_REVIEW_CORRECT)
				printf(", value %.15g", value);
			printf(" (decision %" PRId64 ")\n", review_id);
		}
	}
	if (rc != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		status = EXIT_SYSTEM;
	}
	angka_store_close(store);
	return status;
}

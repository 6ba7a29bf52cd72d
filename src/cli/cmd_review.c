#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"
#include "angka/fetch.h"
#include "angka/normalize.h"
#include "angka/reconcile.h"
#include "angka/store.h"
#include "cli/common.h"
#include "util/utf8.h"

enum {
	OPT_PENDING = OPT_FIRST_COMMAND_OPTION,
	OPT_NOTE,
	OPT_VALUE,
	OPT_REVIEWER,
	OPT_ARTICLE,
	OPT_REGION,
	OPT_METRIC,
	OPT_RULE,
};

typedef struct review_options {
	run_options common;
	bool pending;
	const char *note;
	const char *value;
	const char *reviewer;
	const char *article;
	const char *region;
	const char *metric;
	const char *rule;
} review_options;

static const cli_option review_options_table[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"format", 'f', "FORMAT", "list, history: table (default), jsonl, json or csv", OPT_FORMAT},
        {"pending", 'p', NULL, "only figures without a decision", OPT_PENDING},
        {"article", 'a', "A", "only the figures of article A (its id, or a source of it)",
         OPT_ARTICLE},
        {"region", 0, "R", "only figures of region R (name or Kemendagri code)", OPT_REGION},
        {"metric", 'm', "M", "only figures of metric M", OPT_METRIC},
        {"rule", 0, "RULE", "only figures the rule RULE found", OPT_RULE},
        {"note", 'n', "TEXT", "accept, reject, correct, undo: why", OPT_NOTE},
        {"value", 'v', "V", "correct: the right value (\"46,17\", \"46.17\", \"2,8 juta\")",
         OPT_VALUE},
        {"reviewer", 'r', "NAME", "who decides (default: $USER, else $LOGNAME)", OPT_REVIEWER},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command review_command = {
        "review",
        "list [FILTERS] | accept|reject|undo ID...|FILTERS | correct ID --value V | "
        "history ID",
        "Review stored figures. Each decision is added to the figure's history with who\n"
        "made it and when; nothing extracted is ever overwritten, and decisions stay\n"
        "attached when 'angka reextract' finds the same figure (same article, byte span\n"
        "and value) again, and carry over to a new version of the article when the figure\n"
        "is unchanged in it. 'angka export --curated' writes the accepted and corrected\n"
        "figures.\n\n"
        "accept, reject and undo take several IDs (as 'angka export' and 'review list'\n"
        "show them), or FILTERS instead: --article, --region, --metric, --rule,\n"
        "--pending, which select the current figures matching all of them (text filters\n"
        "are patterns: '*' matches anything, so --rule 'coverage.*'). A batch is decided\n"
        "in one transaction: all or nothing. undo cancels each figure's latest decision\n"
        "not undone yet; the decision stays in the history, marked undone.",
        "Examples:\n"
        "  angka review list --pending --region Jambi\n"
        "  angka review accept 12 13 14 --note \"checked against the BPS table\"\n"
        "  angka review accept --article 3 --metric coverage_pct\n"
        "  angka review reject --rule 'targets.*' --pending\n"
        "  angka review correct 14 --value 46,17 --note \"the article rounds 46,17\"\n"
        "  angka review undo 14\n"
        "  angka review history 14\n\n"
        "Output: list writes the figures with their latest decision and fact (single,\n"
        "corroborated, conflict), as 'export --curated' does; history one row per\n"
        "decision (review_id, decided_at, decision, reviewer, corrected_value,\n"
        "extracted_value, note, undoes, undone, carried_from); accept, reject, correct\n"
        "and undo a line per decision. Counts and summaries go to stderr.\n\n"
        "Exit status: 0 ok, 1 the filters select no figure, 2 usage error, 3 the\n"
        "database could not be used, or a figure does not exist, is of a superseded\n"
        "version, or has nothing to undo (then nothing is decided).\n",
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
	case OPT_ARTICLE: o->article = arg; return 0;
	case OPT_REGION: o->region = arg; return 0;
	case OPT_METRIC: o->metric = arg; return 0;
	case OPT_RULE: o->rule = arg; return 0;
	default: return common_option(id, arg, &o->common);
	}
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

static bool has_filters(const review_options *o)
{
	return o->pending || o->article || o->region || o->metric || o->rule;
}

/* The selection the filters make. --article is an article id or a source
 * of it (a URL as angka stores it: normalized); *normalized is the
 * caller's to free. Returns 0, or -1 after a usage error. */
static int make_selection(angka_figure_selection *sel, char **normalized, const review_options *o)
{
	memset(sel, 0, sizeof *sel);
	*normalized = NULL;
	sel->filter = o->pending ? ANGKA_STORE_PENDING : ANGKA_STORE_ALL;
	sel->region = o->region;
	sel->metric = o->metric;
	sel->rule = o->rule;
	if (o->article == NULL)
		return 0;
	if (parse_id(&sel->article_id, o->article))
		return 0;
	if (angka_url_is_http(o->article)) {
		angka_error err = {0, ""};
		if (angka_url_normalize(normalized, o->article, &err) != ANGKA_OK) {
			cli_usage_error(&review_command, "--article: %s", err.message);
			return -1;
		}
	}
	sel->source = *normalized ? *normalized : o->article;
	return 0;
}

static int write_listed(const angka_stored_figure *figure, void *ctx)
{
	return angka_curated_writer_figure(ctx, figure, NULL);
}

static int review_list(review_options *o)
{
	angka_store *store = NULL;
	angka_curated_writer *writer = NULL;
	angka_fact_set facts;
	angka_figure_selection sel;
	char *normalized = NULL;
	angka_error err = {0, ""};
	memset(&facts, 0, sizeof facts);
	if (make_selection(&sel, &normalized, o) != 0)
		return EXIT_USAGE;
	int status = open_existing_store(&store, o->common.db_path);
	if (status != EXIT_OK)
		goto cleanup;
	if (angka_reconcile_store(&facts, store, &err) != ANGKA_OK ||
	    angka_curated_writer_new(&writer, stdout, o->common.format, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	angka_curated_writer_set_facts(writer, &facts);
	if (angka_store_each_selected(store, &sel, write_listed, writer, &err) != ANGKA_OK ||
	    angka_curated_writer_finish(writer, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n",
		        err.message[0] ? err.message : "error writing the output");
		status = EXIT_SYSTEM;
	} else if (o->common.format == ANGKA_FORMAT_TABLE) {
		print_count(angka_curated_writer_count(writer), "figure", "figures");
	}
cleanup:
	angka_curated_writer_free(writer);
	angka_fact_set_free(&facts);
	angka_store_close(store);
	free(normalized);
	return status;
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

static const char *const history_fields[] = {
        "review_id",       "decided_at", "decision", "reviewer", "corrected_value",
        "extracted_value", "note",       "undoes",   "undone",   "carried_from",
};
#define N_HISTORY_FIELDS (sizeof history_fields / sizeof history_fields[0])
static const size_t history_table[] = {0, 1, 2, 3, 4, 6, 7, 8, 9};

static int history_row(const angka_review_entry *e, void *ctx)
{
	angka_value row[N_HISTORY_FIELDS] = {
	        angka_value_integer(e->id),
	        angka_value_string(e->decided_at),
	        angka_value_string(e->decision),
	        angka_value_string(e->reviewer),
	        angka_value_number(e->corrected_value),
	        angka_value_number(e->extracted_value),
	        angka_value_string(e->note),
	        e->undoes ? angka_value_integer(e->undoes) : angka_value_string(NULL),
	        angka_value_bool(e->undone),
	        e->carried_from ? angka_value_integer(e->carried_from) : angka_value_string(NULL),
	};
	return angka_listing_row(ctx, row, NULL);
}

/* Regions, texts and sources come from web pages: shown with their control
 * characters escaped, so none can move the cursor or recolour the terminal.
 * (The history table itself is escaped by the table writer.) */
static void print_field(FILE *fp, const char *before, const char *text, const char *after)
{
	char *shown = angka_utf8_printable(text ? text : "-");
	fprintf(fp, "%s%s%s", before, shown ? shown : "?", after);
	free(shown);
}

/* The figure a history is about, for people: on stderr, before the table. */
static int show_figure(const angka_stored_figure *sf, void *ctx)
{
	(void)ctx;
	fprintf(stderr, "figure %" PRId64 ": ", sf->id);
	print_field(stderr, "", sf->figure.region, "");
	fprintf(stderr, " %s %s", sf->figure.metric, sf->figure.segment);
	if (sf->figure.programme)
		print_field(stderr, " ", sf->figure.programme, "");
	fprintf(stderr, " = %.15g (", sf->figure.value);
	print_field(stderr, "\"", sf->figure.text, "\")");
	fprintf(stderr, ", as of %s, in ", sf->figure.as_of ? sf->figure.as_of : "-");
	print_field(stderr, "", sf->figure.source, "");
	fprintf(stderr, "%s\n", sf->superseded_by ? " (a superseded version)" : "");
	return 0;
}

static int review_history(review_options *o, int64_t id)
{
	angka_store *store = NULL;
	angka_listing *listing = NULL;
	angka_error err = {0, ""};
	int status = open_existing_store(&store, o->common.db_path);
	if (status != EXIT_OK)
		return status;
	int rc = o->common.format == ANGKA_FORMAT_TABLE
	                 ? angka_store_get_figure(store, id, show_figure, NULL, &err)
	                 : ANGKA_OK;
	if (rc == ANGKA_OK)
		rc = angka_listing_new(&listing, stdout, o->common.format, history_fields,
		                       N_HISTORY_FIELDS, history_table,
		                       sizeof history_table / sizeof history_table[0], &err);
	if (rc == ANGKA_OK)
		rc = angka_store_review_history(store, id, history_row, listing, &err);
	if (rc == ANGKA_OK)
		rc = angka_listing_finish(listing, &err);
	if (rc != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n",
		        err.message[0] ? err.message : "error writing the output");
		status = EXIT_SYSTEM;
	}
	angka_listing_free(listing);
	angka_store_close(store);
	return status;
}

typedef struct decided_report {
	const angka_review_request *request;
} decided_report;

static int print_decided(int64_t figure_id, int64_t review_id, void *ctx)
{
	const decided_report *r = ctx;
	printf("figure %" PRId64 ": %s by %s", figure_id,
	       angka_review_decision_name(r->request->decision), r->request->reviewer);
	if (r->request->decision == ANGKA_REVIEW_CORRECT)
		printf(", value %.15g", r->request->corrected_value);
	printf(" (decision %" PRId64 ")\n", review_id);
	return 0;
}

/* accept, reject, correct, undo: on the IDs, or on what the filters select. */
static int review_decide(review_options *o, angka_review_request *req, const int64_t *ids,
                         size_t n_ids)
{
	angka_store *store = NULL;
	angka_figure_selection sel;
	char *normalized = NULL;
	angka_error err = {0, ""};
	size_t decided = 0;
	decided_report report = {req};
	if (n_ids == 0 && make_selection(&sel, &normalized, o) != 0)
		return EXIT_USAGE;
	int status = open_writable_store(&store, o->common.db_path);
	if (status != EXIT_OK)
		goto cleanup;
	int rc = n_ids > 0 ? angka_store_review_ids(store, ids, n_ids, req, print_decided, &report,
	                                            &decided, &err)
	                   : angka_store_review_selected(store, &sel, req, print_decided, &report,
	                                                 &decided, &err);
	if (rc != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		status = EXIT_SYSTEM;
	} else if (decided == 0) {
		fprintf(stderr, "angka: no current figure matches the filters%s\n",
		        req->decision == ANGKA_REVIEW_UNDO ? " and has a decision to undo" : "");
		status = EXIT_INPUT;
	} else if (decided > 1) {
		fprintf(stderr, "%zu figures: %s by %s\n", decided,
		        angka_review_decision_name(req->decision), req->reviewer);
	}
	if (fflush(stdout) != 0 && status == EXIT_OK) {
		fputs("angka: error writing the output\n", stderr);
		status = EXIT_SYSTEM;
	}
cleanup:
	angka_store_close(store);
	free(normalized);
	return status;
}

int cmd_review(int argc, char **argv)
{
	review_options o = {.common = {.db_path = "angka.db", .format_name = "table"}};
	char **operands = calloc((size_t)argc + 1, sizeof *operands);
	int64_t *ids = calloc((size_t)argc + 1, sizeof *ids);
	int status = EXIT_USAGE;
	if (operands == NULL || ids == NULL) {
		fputs("angka: out of memory\n", stderr);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	int n = cli_parse_all(&review_command, argc, argv, review_option, &o, operands, argc);
	if (n == -2) {
		status = EXIT_OK;
		goto cleanup;
	}
	if (n < 0)
		goto cleanup;
	if (n == 0) {
		cli_usage_error(&review_command, "no action given (list, accept, reject, correct, "
		                                 "undo, history)");
		goto cleanup;
	}
	if (parse_format(&review_command, &o.common) != 0)
		goto cleanup;
	const char *action = operands[0];
	size_t n_ids = 0;
	for (int i = 1; i < n; i++) {
		if (!parse_id(&ids[n_ids++], operands[i])) {
			cli_usage_error(&review_command,
			                "'%s' is not a figure ID (a positive number, as 'angka "
			                "export' and 'angka review list' show)",
			                operands[i]);
			goto cleanup;
		}
	}
	if (strcmp(action, "list") == 0) {
		if (n_ids > 0) {
			cli_usage_error(&review_command, "list takes filters, not IDs");
			goto cleanup;
		}
		status = review_list(&o);
		goto cleanup;
	}
	angka_review_request req = {.decision = ANGKA_REVIEW_ACCEPT, .note = o.note};
	bool history = false;
	if (strcmp(action, "accept") == 0)
		req.decision = ANGKA_REVIEW_ACCEPT;
	else if (strcmp(action, "reject") == 0)
		req.decision = ANGKA_REVIEW_REJECT;
	else if (strcmp(action, "correct") == 0)
		req.decision = ANGKA_REVIEW_CORRECT;
	else if (strcmp(action, "undo") == 0)
		req.decision = ANGKA_REVIEW_UNDO;
	else if (strcmp(action, "history") == 0)
		history = true;
	else {
		cli_usage_error(
		        &review_command,
		        "unknown action '%s' (list, accept, reject, correct, undo, history)",
		        action);
		goto cleanup;
	}
	bool one_id = history || req.decision == ANGKA_REVIEW_CORRECT;
	if (one_id && (n_ids != 1 || has_filters(&o))) {
		cli_usage_error(&review_command, "%s takes one figure ID (as 'angka export' shows)",
		                action);
		goto cleanup;
	}
	if (!one_id && n_ids == 0 && !has_filters(&o)) {
		cli_usage_error(&review_command,
		                "%s needs figure IDs (as 'angka export' shows) or filters "
		                "(--article, --region, --metric, --rule, --pending)",
		                action);
		goto cleanup;
	}
	if (n_ids > 0 && has_filters(&o)) {
		cli_usage_error(&review_command, "give %s IDs or filters, not both", action);
		goto cleanup;
	}
	if (history) {
		if (o.value || o.note) {
			cli_usage_error(&review_command, "history takes no --value or --note");
			goto cleanup;
		}
		status = review_history(&o, ids[0]);
		goto cleanup;
	}
	if (req.decision == ANGKA_REVIEW_CORRECT) {
		if (o.value == NULL) {
			cli_usage_error(&review_command, "correct needs --value V");
			goto cleanup;
		}
		if (!parse_value(&req.corrected_value, &req.corrected_decimals, o.value)) {
			cli_usage_error(&review_command, "--value '%s' is not a number", o.value);
			goto cleanup;
		}
		if (req.corrected_value < 0) {
			cli_usage_error(&review_command,
			                "--value '%s' is negative: counts, percentages and amounts "
			                "are never below 0",
			                o.value);
			goto cleanup;
		}
	} else if (o.value != NULL) {
		cli_usage_error(&review_command, "--value only goes with correct");
		goto cleanup;
	}
	req.reviewer = o.reviewer;
	if (req.reviewer == NULL || *req.reviewer == '\0')
		req.reviewer = getenv("USER");
	if (req.reviewer == NULL || *req.reviewer == '\0')
		req.reviewer = getenv("LOGNAME");
	if (req.reviewer == NULL || *req.reviewer == '\0') {
		cli_usage_error(&review_command, "who is reviewing? Give --reviewer NAME (neither "
		                                 "USER nor LOGNAME is set)");
		goto cleanup;
	}
	status = review_decide(&o, &req, ids, n_ids);
cleanup:
	free(operands);
	free(ids);
	return status;
}

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/common.h"

enum { OPT_VERBOSE = OPT_FIRST_COMMAND_OPTION, OPT_DOMAIN, OPT_METRICS };

typedef struct rules_options {
	run_options run;
	bool verbose;
	bool metrics;
	const char *domain; /* NULL: every domain */
} rules_options;

static int rules_option(int id, const char *arg, void *ctx)
{
	rules_options *o = ctx;
	if (id == OPT_VERBOSE) {
		o->verbose = true;
		return 0;
	}
	if (id == OPT_METRICS) {
		o->metrics = true;
		return 0;
	}
	if (id == OPT_DOMAIN) {
		o->domain = arg;
		return 0;
	}
	return common_option(id, arg, &o->run);
}

/* --domain names a domain of the rules folder. */
static bool domain_known(const angka_pipeline *pipeline, const char *name)
{
	if (name == NULL || angka_domains_find(angka_pipeline_domains(pipeline),
	                                       angka_pipeline_domain_count(pipeline), name) != NULL)
		return true;
	fprintf(stderr, "angka: no domain '%s' in the rules (", name);
	for (size_t d = 0; d < angka_pipeline_domain_count(pipeline); d++)
		fprintf(stderr, "%s%s", d ? ", " : "",
		        angka_domain_name(angka_pipeline_domain_at(pipeline, d)));
	fprintf(stderr, ")\nTry 'angka rules list --metrics'\n");
	return false;
}

static const cli_option rules_list_options[] = {
        {"format", 'f', "FORMAT", "table (default), jsonl, json or csv", OPT_FORMAT},
        {"rules", 0, "DIR", "the rules folder (default: found next to the binary)", OPT_RULES},
        {"domain", 'd', "NAME", "only this domain's (default: every domain's)", OPT_DOMAIN},
        {"metrics", 'm', NULL, "list the domains' metrics instead of the rules", OPT_METRICS},
        {NULL, 0, NULL, NULL, 0},
};

static const cli_option rules_test_options[] = {
        {"rules", 0, "DIR", "the rules folder (default: found next to the binary)", OPT_RULES},
        {"domain", 'd', "NAME", "only this domain's (default: every domain's)", OPT_DOMAIN},
        {"verbose", 'v', NULL, "show every example, not only the failures", OPT_VERBOSE},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command rules_command = {
        "rules",
        "list|test [OPTIONS]",
        "Work with the extraction rules (docs/rules.md, docs/domains.md):\n"
        "  list   every template, specific rule and cue class of every domain: id,\n"
        "         metric, priority, where it is defined, examples; --metrics: every\n"
        "         domain's metrics\n"
        "  test   run every template's and rule's examples and counter-examples; exit 1\n"
        "         on a failure",
        "Exit status: 0 ok, 1 an example failed, 2 usage error, 3 the rules do not load\n"
        "(every problem is reported with its file, line and rule id).\n",
        NULL,
};

static const cli_command rules_list_command = {
        "rules list",
        "[OPTIONS]",
        "List every extraction rule of every domain (rules/domains/NAME/): the\n"
        "templates (templates.yaml), the specific rules (figures/*.yaml) and one\n"
        "cue.CLASS entry per cue class, the id a figure that class decided names.\n"
        "With --metrics, the metrics each domain declares (metrics.tsv).",
        "Fields: domain, id, metric (null when the rule's groups name their metrics),\n"
        "segment, unit, priority, file, line, examples, description; the table shows\n"
        "domain, id, metric, priority, examples, file and line, and its footer (the\n"
        "number of rules and the rules version) goes to stderr.\n"
        "With --metrics: domain, metric, unit, min, max, roles, description, label_id;\n"
        "the table shows domain, metric, unit, min, max and description.\n",
        rules_list_options,
};

static const cli_command rules_test_command = {
        "rules test",
        "[OPTIONS]",
        "Run every template's and rule's examples (texts that must give the listed\n"
        "values, and metrics when listed) and counter-examples (texts that must give\n"
        "nothing), and report per example.",
        "An example is read as an article would be: split into sentences, every\n"
        "specific rule and the overlap policy, every template and the cues. A\n"
        "template's example must give exactly its values, from all the figures of the\n"
        "text; a specific rule's, from that rule's own hits, so it fails when the rule\n"
        "loses to another. Cue classes have no examples of their own.\n\n"
        "Exit status: 0 all passed, 1 an example failed, 2 usage error, 3 the rules do not load.\n",
        rules_test_options,
};

static const char *const rule_fields[] = {"domain",   "id",   "metric", "segment",  "unit",
                                          "priority", "file", "line",   "examples", "description"};
#define N_RULE_FIELDS (sizeof rule_fields / sizeof rule_fields[0])
static const size_t rule_table[] = {0, 1, 2, 5, 8, 6, 7};

static const char *const metric_fields[] = {"domain", "metric", "unit",        "min",
                                            "max",    "roles",  "description", "label_id"};
#define N_METRIC_FIELDS (sizeof metric_fields / sizeof metric_fields[0])
static const size_t metric_table[] = {0, 1, 2, 3, 4, 6};

static angka_value bound_value(double bound)
{
	return isinf(bound) ? angka_value_string(NULL) : angka_value_number(bound);
}

static int list_metrics(angka_listing *listing, const angka_domain *domain, angka_error *err)
{
	int rc = ANGKA_OK;
	for (size_t i = 0; rc == ANGKA_OK && i < angka_domain_metric_count(domain); i++) {
		const angka_metric *m = angka_domain_metric_at(domain, i);
		char roles[32] = "";
		snprintf(roles, sizeof roles, "%s%s%s%s",
		         m->roles & ANGKA_METRIC_BASE ? "base," : "",
		         m->roles & ANGKA_METRIC_TARGET ? "target," : "",
		         m->roles & ANGKA_METRIC_PAID ? "paid," : "",
		         m->roles & ANGKA_METRIC_CONTEXT ? "context," : "");
		if (roles[0])
			roles[strlen(roles) - 1] = '\0';
		angka_value row[N_METRIC_FIELDS] = {
		        angka_value_string(angka_domain_name(domain)),
		        angka_value_string(m->name),
		        angka_value_string(m->unit),
		        bound_value(m->min),
		        bound_value(m->max),
		        angka_value_string(roles[0] ? roles : NULL),
		        angka_value_string(m->description),
		        angka_value_string(m->label_id),
		};
		rc = angka_listing_row(listing, row, err);
	}
	return rc;
}

static int list_rules(angka_listing *listing, const angka_domain *domain, const angka_rules *rules,
                      angka_error *err)
{
	int rc = ANGKA_OK;
	for (size_t i = 0; rc == ANGKA_OK && i < angka_rules_count(rules); i++) {
		const angka_rule *rule = angka_rules_at(rules, i);
		angka_value row[N_RULE_FIELDS] = {
		        angka_value_string(angka_domain_name(domain)),
		        angka_value_string(angka_rule_id(rule)),
		        angka_value_string(angka_rule_metric(rule)),
		        angka_value_string(angka_rule_segment(rule)),
		        angka_value_string(angka_rule_unit(rule)),
		        angka_value_integer(angka_rule_priority(rule)),
		        angka_value_string(angka_rule_file(rule)),
		        angka_value_integer(angka_rule_line(rule)),
		        angka_value_integer((long long)angka_rule_example_count(rule)),
		        angka_value_string(angka_rule_description(rule)),
		};
		rc = angka_listing_row(listing, row, err);
	}
	return rc;
}

/* "angka rules test rules/" reads like it tests that folder; it would test
 * the default one. The folder is --rules DIR. */
static int no_operands(const cli_command *cmd, int argc, char **argv, int first)
{
	if (first >= argc)
		return 0;
	cli_usage_error(cmd, "unexpected operand '%s' (the rules folder is --rules DIR)",
	                argv[first]);
	return -1;
}

static int rules_list(int argc, char **argv)
{
	rules_options o = {.run = {.format_name = "table"}};
	int first = cli_parse(&rules_list_command, argc, argv, rules_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0 || no_operands(&rules_list_command, argc, argv, first) != 0)
		return EXIT_USAGE;
	if (parse_format(&rules_list_command, &o.run) != 0)
		return EXIT_USAGE;
	angka_pipeline *pipeline = NULL;
	angka_listing *listing = NULL;
	angka_error err = {0, ""};
	int status = open_pipeline(&pipeline, &o.run);
	if (status != EXIT_OK)
		return status;
	if (!domain_known(pipeline, o.domain)) {
		angka_pipeline_free(pipeline);
		return EXIT_USAGE;
	}
	int rc = o.metrics ? angka_listing_new(&listing, stdout, o.run.format, metric_fields,
	                                       N_METRIC_FIELDS, metric_table,
	                                       sizeof metric_table / sizeof metric_table[0], &err)
	                   : angka_listing_new(&listing, stdout, o.run.format, rule_fields,
	                                       N_RULE_FIELDS, rule_table,
	                                       sizeof rule_table / sizeof rule_table[0], &err);
	size_t n_rules = 0;
	for (size_t d = 0; rc == ANGKA_OK && d < angka_pipeline_domain_count(pipeline); d++) {
		const angka_domain *domain = angka_pipeline_domain_at(pipeline, d);
		if (o.domain && strcmp(o.domain, angka_domain_name(domain)) != 0)
			continue;
		const angka_rules *rules = angka_pipeline_rules_at(pipeline, d);
		n_rules += angka_rules_count(rules);
		rc = o.metrics ? list_metrics(listing, domain, &err)
		               : list_rules(listing, domain, rules, &err);
	}
	if (rc == ANGKA_OK)
		rc = angka_listing_finish(listing, &err);
	if (rc != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		status = EXIT_SYSTEM;
	} else if (o.run.format == ANGKA_FORMAT_TABLE) {
		fprintf(stderr, "%zu rules (version %.12s)\n", n_rules,
		        angka_pipeline_version(pipeline));
	}
	angka_listing_free(listing);
	angka_pipeline_free(pipeline);
	return status;
}

typedef struct test_state {
	bool verbose;
	const angka_rule *current;
	size_t rule_examples, rule_failed;
} test_state;

/* [v1, v2], or [v1 metric1, v2 metric2] when metrics are given. */
static void print_values(const double *values, const char *const *metrics, size_t n)
{
	putchar('[');
	for (size_t i = 0; i < n; i++)
		printf("%s%.15g%s%s", i ? ", " : "", values[i], metrics ? " " : "",
		       metrics && metrics[i] ? metrics[i] : "");
	putchar(']');
}

static void report_example(const angka_example_result *r, void *ctx)
{
	test_state *st = ctx;
	if (!r->passed || st->verbose) {
		printf("%s %s:%d: rule %s: %s \"%s\"\n", r->passed ? "ok  " : "FAIL",
		       angka_rule_file(r->rule), r->example->line, angka_rule_id(r->rule),
		       r->example->must_match ? "example" : "counter-example", r->example->text);
		if (!r->passed) {
			/* Metrics only when the example lists them: it is then
			 * what may differ. */
			const char *const *want = r->example->metrics;
			printf("       expected ");
			print_values(r->example->values, want, r->example->n_values);
			printf(", got ");
			print_values(r->got, want ? r->got_metrics : NULL, r->n_got);
			putchar('\n');
		}
	}
}

static int rules_test(int argc, char **argv)
{
	rules_options o = {.run = {.format_name = "table"}};
	int first = cli_parse(&rules_test_command, argc, argv, rules_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0 || no_operands(&rules_test_command, argc, argv, first) != 0)
		return EXIT_USAGE;
	angka_pipeline *pipeline = NULL;
	int status = open_pipeline(&pipeline, &o.run);
	if (status != EXIT_OK)
		return status;
	if (!domain_known(pipeline, o.domain)) {
		angka_pipeline_free(pipeline);
		return EXIT_USAGE;
	}
	test_state st = {.verbose = o.verbose};
	size_t examples = 0, failed = 0;
	angka_error err = {0, ""};
	if (angka_pipeline_test_rules(pipeline, o.domain, report_example, &st, &examples, &failed,
	                              &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		angka_pipeline_free(pipeline);
		return EXIT_SYSTEM;
	}
	size_t rules_without = 0, n_rules = 0;
	for (size_t d = 0; d < angka_pipeline_domain_count(pipeline); d++) {
		if (o.domain &&
		    strcmp(o.domain, angka_domain_name(angka_pipeline_domain_at(pipeline, d))) != 0)
			continue;
		const angka_rules *rules = angka_pipeline_rules_at(pipeline, d);
		n_rules += angka_rules_count(rules);
		for (size_t i = 0; i < angka_rules_count(rules); i++) {
			const angka_rule *rule = angka_rules_at(rules, i);
			/* A cue class has no examples to give. */
			rules_without += angka_rule_kind_of(rule) != ANGKA_RULE_KIND_CUE &&
			                 angka_rule_example_count(rule) == 0;
		}
	}
	printf("%zu rules, %zu examples\n", n_rules, examples);
	if (rules_without)
		printf("warning: %zu rule%s without examples\n", rules_without,
		       rules_without == 1 ? "" : "s");
	printf("%zu passed, %zu failed\n", examples - failed, failed);
	angka_pipeline_free(pipeline);
	return failed ? EXIT_INPUT : EXIT_OK;
}

int cmd_rules(int argc, char **argv)
{
	if (argc < 2) {
		cli_usage_error(&rules_command, "say what to do: list or test");
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		cli_print_help(stdout, &rules_command);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "list") == 0)
		return rules_list(argc - 1, argv + 1);
	if (strcmp(argv[1], "test") == 0)
		return rules_test(argc - 1, argv + 1);
	cli_usage_error(&rules_command, "unknown rules command '%s' (list, test)", argv[1]);
	return EXIT_USAGE;
}

#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "angka/domain.h"

static char dir[64];

static void write_metrics(const char *content)
{
	char path[128];
	snprintf(path, sizeof path, "%s/metrics.tsv", dir);
	FILE *fp = fopen(path, "w");
	cr_assert_not_null(fp);
	fputs(content, fp);
	fclose(fp);
}

static void make_dir(void)
{
	strcpy(dir, "/tmp/angka-domain-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
}

static void remove_dir(void)
{
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	cr_expect_eq(system(cmd), 0);
}

TestSuite(domain, .init = make_dir, .fini = remove_dir);

Test(domain, the_project_declares_its_domains_in_name_order)
{
	angka_domain **domains = NULL;
	size_t n = 0;
	angka_error err = {0, ""};
	cr_assert_eq(angka_domains_load(&domains, &n, ANGKA_SOURCE_DIR "/rules", &err), ANGKA_OK,
	             "%s", err.message);
	cr_assert_eq(n, 2);
	cr_expect_str_eq(angka_domain_name(domains[0]), "bpjs-tk");
	cr_expect_str_eq(angka_domain_name(domains[1]), "jkn");
	const angka_domain *tk = angka_domains_find(domains, n, "bpjs-tk");
	const angka_metric *coverage = angka_domain_metric(tk, "coverage_pct");
	cr_assert_not_null(coverage);
	cr_expect_str_eq(coverage->unit, "percent");
	cr_expect_eq(coverage->max, 200);
	cr_expect(angka_domain_metric(tk, "eligible_workers")->roles & ANGKA_METRIC_BASE);
	cr_expect_str_eq(angka_domain_metric(tk, "eligible_workers")->larger, "working_population");
	cr_expect_str_eq(angka_domain_metric(tk, "participants")->active_rule, "cue.active");
	cr_expect_eq(angka_domain_metric(tk, "participants")->national_above, 20e6);
	cr_expect(isinf(angka_domain_metric(tk, "coverage_pct")->national_above));
	cr_expect_str_eq(angka_domain_metric(tk, "coverage_pct")->goal, "target_coverage_pct");
	cr_expect_null(angka_domain_metric(tk, "eligible_workers")->goal);
	cr_expect_null(angka_domain_metric(tk, "coverage_pct")->active_rule);
	cr_expect_str_eq(angka_domain_paid_as(tk, "benefit_amount_idr", "beasiswa"),
	                 "scholarship_amount_idr");
	cr_expect_str_eq(angka_domain_paid_as(tk, "scholarship_recipients", "JHT"),
	                 "beneficiaries");
	cr_expect_null(angka_domain_metric(tk, "jkn_coverage_pct"), "a metric is its domain's");
	cr_expect(!angka_domain_words_carry(tk));
	cr_expect(angka_domain_words_carry(angka_domains_find(domains, n, "jkn")));
	/* A shared file is found at the top; the domain's own in its folder. */
	char *patterns = angka_domain_file(tk, "patterns.yaml");
	char *cues = angka_domain_file(tk, "lexicon/cues.tsv");
	cr_expect_str_eq(patterns, ANGKA_SOURCE_DIR "/rules/patterns.yaml");
	cr_expect_str_eq(cues, ANGKA_SOURCE_DIR "/rules/domains/bpjs-tk/lexicon/cues.tsv");
	free(patterns);
	free(cues);
	angka_domains_free(domains, n);
}

Test(domain, relations_are_named_for_the_audit)
{
	write_metrics("metric\tshare\tpercent\t0\t100\t-\tShare\n"
	              "metric\trest\tpercent\t0\t100\t-\tRest\n"
	              "metric\tpart\tpersons\t1\t-\t-\tPart\n"
	              "metric\tother\tpersons\t1\t-\t-\tOther\n"
	              "metric\twhole\tpersons\t1\t-\tbase\tWhole\n"
	              "segment\tall\teveryone\n"
	              "ratio\tshare\tpart\twhole\n"
	              "sum\twhole\tpart\tother\n"
	              "complement\tshare\trest\n"
	              "growth\tshare\n");
	angka_domain *d = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_domain_load(&d, dir, dir, &err), ANGKA_OK, "%s", err.message);
	cr_expect_str_eq(angka_domain_name(d), "default", "a flat rules folder is one domain");
	cr_assert_eq(angka_domain_relation_count(d), 4);
	cr_expect_str_eq(angka_domain_relation_at(d, 0)->text, "part and whole");
	cr_expect_str_eq(angka_domain_relation_at(d, 1)->text, "part+other");
	cr_expect_str_eq(angka_domain_relation_at(d, 2)->text, "share+rest");
	cr_expect_eq(angka_domain_relation_at(d, 3)->kind, ANGKA_RELATION_GROWTH);
	cr_expect_str_eq(angka_domain_relation_at(d, 3)->text, "two levels");
	cr_expect(isinf(angka_domain_metric(d, "part")->max));
	angka_domain_free(d);
}

/* Context metrics: what a registered total becomes, and a share of one
 * segment among everyone. */
Test(domain, context_metrics_and_shares_of_everyone)
{
	write_metrics("metric\tpart\tpersons\t1\t-\t-\tPart\n"
	              "metric\ttotal\tpersons\t1\t-\tcontext\tTotal\n"
	              "metric\tshare\tpercent\t0\t100\tcontext\tShare\n"
	              "segment\tall\teveryone\n"
	              "active\tpart\tcue.active\ttotal\n"
	              "ratio\tshare\tpart\ttotal\n"
	              "ratio\tshare\tpart\tpart\tof-all\tany-period\n");
	angka_domain *d = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_domain_load(&d, dir, dir, &err), ANGKA_OK, "%s", err.message);
	cr_expect(angka_domain_metric(d, "total")->roles & ANGKA_METRIC_CONTEXT);
	cr_expect_not(angka_domain_metric(d, "part")->roles & ANGKA_METRIC_CONTEXT);
	cr_expect_str_eq(angka_domain_metric(d, "part")->registered, "total");
	cr_expect_not(angka_domain_relation_at(d, 0)->of_all);
	cr_expect(angka_domain_relation_at(d, 1)->of_all);
	cr_expect(angka_domain_relation_at(d, 1)->any_period, "options combine");
	angka_domain_free(d);

	/* a registered total that is no context metric, a ratio's unknown option */
	write_metrics("metric\tpart\tpersons\t1\t-\t-\tPart\n"
	              "metric\tshare\tpercent\t0\t100\tcontext\tShare\n"
	              "segment\tall\teveryone\n"
	              "active\tpart\tcue.active\tpart\n"
	              "ratio\tshare\tpart\tpart\tof-everyone\n");
	cr_assert_eq(angka_domain_load(&d, dir, dir, &err), ANGKA_ERULE);
	cr_expect(strstr(err.message, "active part: part is no context metric in persons"), "%s",
	          err.message);
	cr_expect(strstr(err.message, "metrics.tsv:5: a ratio's options are 'any-period' and "
	                              "'of-all', not 'of-everyone'"),
	          "%s", err.message);
}

Test(domain, every_problem_is_refused_with_its_line)
{
	write_metrics("metric\tshare\tpercents\t0\t100\t-\tShare\n"
	              "metric\tpart\tpersons\tnone\t-\t-\tPart\n"
	              "metric\tpart\tpersons\t1\t-\tbasis\tPart again\n"
	              "segment\tall\teveryone\n"
	              "ratio\tshare\tpart\twhole\n"
	              "colour\tblue\n"
	              "national\tpart\tmany\n"
	              "national\tpeople\t100\n"
	              "goal\tpart\tshare\n"
	              "goal\tpart\tpeople\n");
	angka_domain *d = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_domain_load(&d, dir, dir, &err), ANGKA_ERULE);
	cr_assert_null(d);
	cr_expect(strstr(err.message, "metrics.tsv:1: metric share: unknown unit 'percents'"), "%s",
	          err.message);
	cr_expect(strstr(err.message, "metrics.tsv:2: metric part: a bound is a number or '-'"),
	          "%s", err.message);
	cr_expect(strstr(err.message, "metrics.tsv:3: metric part: roles are base, target, paid"),
	          "%s", err.message);
	cr_expect(strstr(err.message, "metrics.tsv:3: metric part is declared twice"), "%s",
	          err.message);
	cr_expect(strstr(err.message, "metrics.tsv:6: expected domain, words, metric"), "%s",
	          err.message);
	cr_expect(strstr(err.message, "metrics.tsv:7: national part: the count is a number or '-'"),
	          "%s", err.message);
	cr_expect(strstr(err.message,
	                 "metrics.tsv:8: national names people, which no metric line above"),
	          "%s", err.message);
	cr_expect(strstr(err.message, "metrics.tsv:9: goal part: share is no target in persons"),
	          "%s", err.message);
	cr_expect(strstr(err.message, "metrics.tsv:10: goal names people, which no metric line"),
	          "%s", err.message);
	cr_expect(strstr(err.message,
	                 "metrics.tsv: a relation names whole, which the domain does not declare"),
	          "%s", err.message);
}

Test(domain, a_missing_rules_folder_is_named)
{
	angka_domain **domains = NULL;
	size_t n = 0;
	angka_error err = {0, ""};
	cr_expect_eq(angka_domains_load(&domains, &n, "/nonexistent/rules", &err), ANGKA_ENOTFOUND);
	cr_expect(strstr(err.message, "/nonexistent/rules: no such rules folder"), "%s",
	          err.message);
	cr_expect_null(domains);
	cr_expect_eq(n, 0);
}

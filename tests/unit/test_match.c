#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "angka/match.h"

static char dir[64];

static void write_file(const char *name, const char *content)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *fp = fopen(path, "w");
	cr_assert_not_null(fp);
	fputs(content, fp);
	fclose(fp);
}

static void make_dir(void)
{
	strcpy(dir, "/tmp/angka-match-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	char sub[128];
	snprintf(sub, sizeof sub, "%s/figures", dir);
	mkdir(sub, 0700);
	write_file("patterns.yaml", "patterns:\n  num: '\\d+(?:,\\d+)?'\n  pct: '(?&num)\\s*%'\n");
}

static void remove_dir(void)
{
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	cr_expect_eq(system(cmd), 0);
}

TestSuite(match, .init = make_dir, .fini = remove_dir);

Test(match, the_project_rules_load_and_compile)
{
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	int rc = angka_rules_load(&rules, ANGKA_SOURCE_DIR "/rules", &err);
	cr_assert_eq(rc, ANGKA_OK, "%s", err.message);
	cr_expect_gt(angka_rules_count(rules), 10);
	cr_expect_eq(strlen(angka_rules_version(rules)), 64);
	angka_rules_free(rules);
}

Test(match, a_bad_pattern_names_file_line_rule_and_pcre2_message)
{
	write_file(
	        "figures/a.yaml",
	        "rules:\n"
	        "  - id: good\n    metric: coverage_pct\n    pattern: 'UCJ\\s+(?<value>(?&pct))'\n"
	        "  - id: broken\n    metric: coverage_pct\n    pattern: '(?<value>(?&pct)'\n"
	        "  - id: typo\n    metric: coverage_pc\n    pattern: '(?<value>x)'\n");
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_rules_load(&rules, dir, &err), ANGKA_ERULE);
	cr_expect_null(rules);
	cr_expect(strstr(err.message, "figures/a.yaml:7: rule broken: pattern does not compile: "
	                              "missing closing parenthesis") != NULL,
	          "%s", err.message);
	/* One bad rule does not hide the others' errors. */
	cr_expect(strstr(err.message, "rule typo: unknown metric `coverage_pc`") != NULL, "%s",
	          err.message);
	cr_expect(strstr(err.message, "2 problems") != NULL, "%s", err.message);
}

Test(match, yaml_syntax_errors_name_the_line)
{
	write_file("figures/a.yaml", "rules:\n  - id: x\n    pattern: [unclosed\n");
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_rules_load(&rules, dir, &err), ANGKA_ERULE);
	cr_expect(strstr(err.message, "figures/a.yaml:") != NULL, "%s", err.message);
	cr_expect(strstr(err.message, "YAML") != NULL, "%s", err.message);
}

Test(match, a_missing_folder_is_not_found)
{
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_expect_eq(angka_rules_load(&rules, "/nonexistent/rules", &err), ANGKA_ENOTFOUND);
	cr_expect(strstr(err.message, "/nonexistent/rules") != NULL);
}

Test(match, named_groups_yield_hits_with_spans)
{
	write_file("figures/a.yaml",
	           "rules:\n"
	           "  - id: pair\n    pattern: "
	           "'(?<participants>\\d+)\\s+pekerja\\s+atau\\s+(?<coverage_pct>(?&pct))'\n");
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_rules_load(&rules, dir, &err), ANGKA_OK, "%s", err.message);
	const char *text = "Ada 465 pekerja atau 46,2% terlindungi.";
	angka_hit *hits = NULL;
	size_t n = 0;
	cr_assert_eq(angka_match_span(&hits, &n, rules, text, 0, strlen(text), &err), ANGKA_OK);
	cr_assert_eq(n, 2);
	angka_match_resolve(hits, &n, NULL, NULL);
	cr_assert_eq(n, 2);
	cr_expect_str_eq(hits[0].metric, "participants");
	cr_expect_eq(hits[0].value_start, 4);
	cr_expect_eq(hits[0].value_end, 7);
	cr_expect_str_eq(hits[1].metric, "coverage_pct");
	cr_expect_eq(strncmp(text + hits[1].value_start, "46,2%", 5), 0);
	free(hits);
	angka_rules_free(rules);
}

static int dropped_count;
static void count_dropped(const angka_hit *dropped, const angka_hit *winner, void *ctx)
{
	(void)dropped;
	(void)winner;
	(void)ctx;
	dropped_count++;
}

Test(match, overlap_policy_longest_then_priority_then_order)
{
	write_file("figures/a.yaml",
	           "rules:\n"
	           "  - id: first\n    metric: coverage_pct\n    pattern: '(?<value>(?&pct))'\n"
	           "  - id: target\n    metric: target_coverage_pct\n    priority: 10\n"
	           "    pattern: 'target\\s+(?<value>(?&pct))'\n"
	           "  - id: shorter\n    metric: participants\n    priority: 50\n"
	           "    pattern: '(?<value>\\d+),'\n");
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_rules_load(&rules, dir, &err), ANGKA_OK, "%s", err.message);
	const char *text = "target 59,56%";
	angka_hit *hits = NULL;
	size_t n = 0;
	cr_assert_eq(angka_match_span(&hits, &n, rules, text, 0, strlen(text), &err), ANGKA_OK);
	cr_assert_eq(n, 3);
	dropped_count = 0;
	angka_match_resolve(hits, &n, count_dropped, NULL);
	cr_assert_eq(n, 1);
	cr_expect_eq(dropped_count, 2);
	/* The longest span wins over the higher priority of "shorter"; of the
	 * two equally long, the target rule's priority decides. */
	cr_expect_str_eq(angka_rule_id(hits[0].rule), "target");
	free(hits);
	angka_rules_free(rules);
}

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
	cr_assert_eq(angka_match_span(&hits, &n, rules, text, 0, strlen(text), NULL, NULL, &err),
	             ANGKA_OK);
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
	cr_assert_eq(angka_match_span(&hits, &n, rules, text, 0, strlen(text), NULL, NULL, &err),
	             ANGKA_OK);
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

/* ---- regex resource limits ---------------------------------------------- */

typedef struct warnings {
	int count;
	char rule[64];
	size_t start, end;
	char message[256];
} warnings;

static void record_warning(const angka_rule *rule, size_t start, size_t end, const char *message,
                           void *ctx)
{
	warnings *w = ctx;
	w->count++;
	snprintf(w->rule, sizeof w->rule, "%s", angka_rule_id(rule));
	w->start = start;
	w->end = end;
	snprintf(w->message, sizeof w->message, "%s", message);
}

static size_t hits_of(const angka_hit *hits, size_t n, const char *rule_id)
{
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		count += strcmp(angka_rule_id(hits[i].rule), rule_id) == 0;
	return count;
}

Test(match, a_rule_over_a_regex_limit_loses_only_its_hits_on_that_span)
{
	/* "runaway" backtracks exponentially on a long run of digits that no
	 * "%" follows (PCRE2's match limit stops it); "plain" is well behaved. */
	write_file("figures/a.yaml", "rules:\n"
	                             "  - id: runaway\n    metric: coverage_pct\n"
	                             "    pattern: '(?<value>(?:\\d+)+)\\s%'\n"
	                             "  - id: plain\n    metric: participants\n"
	                             "    pattern: '(?<value>\\d+)\\s+peserta'\n");
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_rules_load(&rules, dir, &err), ANGKA_OK, "%s", err.message);
	const char *text = "Ada 12 %, 465 peserta dan 1111111111111111111111111111111111x %. "
	                   "Lalu 7 % dan 8 peserta.";
	size_t first_end =
	        strlen("Ada 12 %, 465 peserta dan 1111111111111111111111111111111111x %.");
	size_t second_start = first_end + 1;
	angka_hit *hits = NULL;
	size_t n = 0;
	warnings w = {0, "", 0, 0, ""};
	cr_assert_eq(
	        angka_match_span(&hits, &n, rules, text, 0, first_end, record_warning, &w, &err),
	        ANGKA_OK, "%s", err.message);
	cr_expect_eq(w.count, 1);
	cr_expect_str_eq(w.rule, "runaway");
	cr_expect_eq(w.start, 0);
	cr_expect_eq(w.end, first_end);
	cr_expect(strstr(w.message, "limit") != NULL, "%s", w.message);
	cr_expect_eq(hits_of(hits, n, "runaway"), 0, "what it found before the limit is dropped");
	cr_expect_eq(hits_of(hits, n, "plain"), 1, "the other rule's hit on that span stays");
	/* The next span is matched as usual, by both rules. */
	cr_assert_eq(angka_match_span(&hits, &n, rules, text, second_start, strlen(text),
	                              record_warning, &w, &err),
	             ANGKA_OK, "%s", err.message);
	cr_expect_eq(w.count, 1);
	cr_expect_eq(hits_of(hits, n, "runaway"), 1);
	cr_expect_eq(hits_of(hits, n, "plain"), 2);
	free(hits);
	angka_rules_free(rules);
}

Test(match, a_long_span_has_a_jit_stack_of_its_own)
{
	/* Over 4 KB with no ";": the project's count_of_participants ran out of
	 * PCRE2's default JIT stack on such a sentence. */
	char text[16384] = "";
	for (int i = 0; i < 110; i++)
		strcat(text, "para pekerja informal perlu mendapat perlindungan sosial, ");
	strcat(text, "dengan total 518.632 peserta dari 1.312.370 pekerja.");
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_rules_load(&rules, ANGKA_SOURCE_DIR "/rules", &err), ANGKA_OK, "%s",
	             err.message);
	angka_hit *hits = NULL;
	size_t n = 0;
	warnings w = {0, "", 0, 0, ""};
	cr_assert_eq(
	        angka_match_span(&hits, &n, rules, text, 0, strlen(text), record_warning, &w, &err),
	        ANGKA_OK, "%s", err.message);
	cr_expect_eq(w.count, 0, "%s: %s", w.rule, w.message);
	cr_expect_geq(hits_of(hits, n, "participants.count_of_participants"), 1);
	free(hits);
	angka_rules_free(rules);
}

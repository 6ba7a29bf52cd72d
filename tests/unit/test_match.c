#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "angka/match.h"
#include "domain_helper.h"

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
	snprintf(sub, sizeof sub, "%s/lexicon", dir);
	mkdir(sub, 0700);
	write_file("patterns.yaml", "patterns:\n  num: '\\d+(?:,\\d+)?'\n  pct: '(?&num)\\s*%'\n");
	/* The least a reader needs: a precedence, cues, nouns, months and
	 * connectives. */
	write_file("reading.tsv", "percent\tcovered\tcoverage_pct\ncount\tcovered\tparticipants\n");
	write_file("lexicon/cues.tsv", "terlindungi\tcovered\n");
	write_file("lexicon/nouns.tsv", "pekerja\tpersons\n");
	write_file("lexicon/months.tsv", "Maret\t3\n");
	write_file("lexicon/connectives.tsv", "dan\tclause\n");
	write_file("metrics.tsv",
	           "metric\tcoverage_pct\tpercent\t0\t100\t-\tCoverage\n"
	           "metric\ttarget_coverage_pct\tpercent\t0\t100\ttarget\tTarget\n"
	           "metric\tparticipants\tpersons\t1\t-\t-\tParticipants\n"
	           "metric\ttarget_participants\tpersons\t1\t-\ttarget\tTarget participants\n"
	           "metric\teligible_workers\tpersons\t1\t-\tbase\tEligible workers\n"
	           "metric\tuncovered_workers\tpersons\t1\t-\t-\tNot covered\n"
	           "segment\tall\tevery worker\nsegment\tPU\twage earners\n");
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
	int rc = load_rules(&rules, ANGKA_SOURCE_DIR "/rules", &err);
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
	cr_assert_eq(load_rules(&rules, dir, &err), ANGKA_ERULE);
	cr_expect_null(rules);
	cr_expect(strstr(err.message, "figures/a.yaml:7: rule broken: pattern does not compile: "
	                              "missing closing parenthesis") != NULL,
	          "%s", err.message);
	/* One bad rule does not hide the others' errors. */
	cr_expect(strstr(err.message, "rule typo: unknown metric `coverage_pc`") != NULL, "%s",
	          err.message);
	cr_expect(strstr(err.message, "2 problems") != NULL, "%s", err.message);
}

/* `requires:` (the token letters a sentence must hold) is a template's key;
 * on a rule, or with a letter that names no token, it is refused. */
Test(match, requires_is_a_templates_token_letters)
{
	write_file("figures/a.yaml", "rules:\n"
	                             "  - id: odd\n    metric: coverage_pct\n    requires: R\n"
	                             "    pattern: 'UCJ\\s+(?<value>(?&pct))'\n");
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(load_rules(&rules, dir, &err), ANGKA_ERULE);
	cr_expect(strstr(err.message,
	                 "figures/a.yaml:2: rule odd: `requires:` is a template's token "
	                 "letters") != NULL,
	          "%s", err.message);
}

Test(match, yaml_syntax_errors_name_the_line)
{
	write_file("figures/a.yaml", "rules:\n  - id: x\n    pattern: [unclosed\n");
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(load_rules(&rules, dir, &err), ANGKA_ERULE);
	cr_expect(strstr(err.message, "figures/a.yaml:") != NULL, "%s", err.message);
	cr_expect(strstr(err.message, "YAML") != NULL, "%s", err.message);
}

Test(match, a_missing_folder_is_not_found)
{
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_expect_eq(load_rules(&rules, "/nonexistent/rules", &err), ANGKA_ENOTFOUND);
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
	cr_assert_eq(load_rules(&rules, dir, &err), ANGKA_OK, "%s", err.message);
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
	cr_assert_eq(load_rules(&rules, dir, &err), ANGKA_OK, "%s", err.message);
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
	cr_assert_eq(load_rules(&rules, dir, &err), ANGKA_OK, "%s", err.message);
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
	/* Over 4 KB with no ";": a rule with a lazy "anything but ;" prefix ran
	 * out of PCRE2's default JIT stack on such a sentence. */
	write_file("figures/a.yaml",
	           "rules:\n"
	           "  - id: test.lazy\n    metric: participants\n"
	           "    pattern: '(?:[^;])*?total\\s+(?<value>[\\d.]+)\\s+peserta'\n");
	char text[16384] = "";
	for (int i = 0; i < 110; i++)
		strcat(text, "para pekerja informal perlu mendapat perlindungan sosial, ");
	strcat(text, "dengan total 518.632 peserta dari 1.312.370 pekerja.");
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(load_rules(&rules, dir, &err), ANGKA_OK, "%s", err.message);
	angka_hit *hits = NULL;
	size_t n = 0;
	warnings w = {0, "", 0, 0, ""};
	cr_assert_eq(
	        angka_match_span(&hits, &n, rules, text, 0, strlen(text), record_warning, &w, &err),
	        ANGKA_OK, "%s", err.message);
	cr_expect_eq(w.count, 0, "%s: %s", w.rule, w.message);
	cr_expect_geq(hits_of(hits, n, "test.lazy"), 1);
	free(hits);
	angka_rules_free(rules);
}

/* ---- the reader -------------------------------------------------------- */

typedef struct read_result {
	const char *metrics[16];
	double values[16];
	size_t n;
} read_result;

/* Read text as one article with the rules of dir and normalize nothing:
 * what each hit's metric is, in order. */
static read_result read_with(const char *rules_dir, const char *text)
{
	read_result r = {{0}, {0}, 0};
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(load_rules(&rules, rules_dir, &err), ANGKA_OK, "%s", err.message);
	angka_match_context *ctx = NULL;
	cr_assert_eq(angka_match_context_new(&ctx), ANGKA_OK);
	angka_hit *hits = NULL;
	size_t n = 0;
	cr_assert_eq(angka_match_sentence(&hits, &n, rules, ctx, text, 0, strlen(text), true, NULL,
	                                  NULL, NULL, NULL, NULL, &err),
	             ANGKA_OK, "%s", err.message);
	for (size_t i = 0; i < n && r.n < 16; i++) {
		r.metrics[r.n] = hits[i].metric;
		r.values[r.n++] = strtod(text + hits[i].value_start, NULL);
	}
	free(hits);
	angka_match_context_free(ctx);
	angka_rules_free(rules);
	return r;
}

Test(match, a_cue_makes_a_quantity_a_figure)
{
	read_result r = read_with(dir, "Sebanyak 465 pekerja terlindungi, 46,2% dari yang ada.");
	cr_assert_eq(r.n, 2);
	cr_expect_str_eq(r.metrics[0], "participants");
	cr_expect_str_eq(r.metrics[1], "coverage_pct");
	/* No cue, no figure: nothing says what 12 pekerja are. */
	r = read_with(dir, "Ada 12.000 pekerja di sana.");
	cr_expect_eq(r.n, 0);
}

Test(match, a_specific_rule_wins_over_the_cues)
{
	write_file("figures/a.yaml", "rules:\n"
	                             "  - id: target\n    metric: target_coverage_pct\n"
	                             "    pattern: 'target\\s+(?<value>(?&pct))'\n");
	read_result r = read_with(dir, "Cakupan yang terlindungi ditarget target 46,2% tahun ini.");
	cr_assert_eq(r.n, 1);
	cr_expect_str_eq(r.metrics[0], "target_coverage_pct");
}

Test(match, the_project_templates_and_cues_read_a_whole_statement)
{
	read_result r = read_with(ANGKA_SOURCE_DIR "/rules",
	                          "Dari total 684.654 pekerja, baru 214.687 orang atau sekitar "
	                          "31,36 persen yang tercatat sebagai peserta aktif.");
	cr_assert_eq(r.n, 3);
	cr_expect_str_eq(r.metrics[0], "eligible_workers");
	cr_expect_str_eq(r.metrics[1], "participants");
	cr_expect_str_eq(r.metrics[2], "coverage_pct");
	/* Negation turns covered into uncovered. */
	r = read_with(ANGKA_SOURCE_DIR "/rules",
	              "Sebanyak 469.967 pekerja masih berada di luar cakupan perlindungan.");
	cr_assert_eq(r.n, 1);
	cr_expect_str_eq(r.metrics[0], "uncovered_workers");
	/* What rules a number out: growth, contributions, companies. */
	r = read_with(ANGKA_SOURCE_DIR "/rules",
	              "Kepesertaan naik 23 persen, iuran Rp 1,4 miliar, dari 16.422 perusahaan.");
	cr_expect_eq(r.n, 0);
	/* "baru ada" reports progress; "untuk dilindungi" a plan; "maksimal" a
	 * rule of the scheme. */
	r = read_with(ANGKA_SOURCE_DIR "/rules", "Sampai Mei lalu baru ada 12.400 pekerja.");
	cr_assert_eq(r.n, 1);
	cr_expect_str_eq(r.metrics[0], "participants");
	r = read_with(ANGKA_SOURCE_DIR "/rules",
	              "Bupati menetapkan 5.200 nelayan untuk dilindungi melalui APBD.");
	cr_assert_eq(r.n, 1);
	cr_expect_str_eq(r.metrics[0], "target_participants");
	r = read_with(ANGKA_SOURCE_DIR "/rules",
	              "Beasiswa diberikan dengan nilai maksimal Rp150 juta untuk dua orang anak.");
	cr_expect_eq(r.n, 0);
	/* Contributions paid for people make them participants, not
	 * beneficiaries of a benefit paid out. */
	r = read_with(ANGKA_SOURCE_DIR "/rules",
	              "Pemkab mendaftarkan 8.500 pekerja rentan sebagai peserta dengan iuran yang "
	              "dibayarkan melalui APBD.");
	cr_assert_eq(r.n, 1);
	cr_expect_str_eq(r.metrics[0], "participants");
	/* Workers laid off are no participants; the job-loss benefit paid to
	 * them has its beneficiaries. */
	r = read_with(
	        ANGKA_SOURCE_DIR "/rules",
	        "Klaim JKP dibayarkan kepada 215 peserta yang terkena PHK. Pekerja yang terkena "
	        "PHK sepanjang 2024 tercatat 1.120 orang.");
	cr_assert_eq(r.n, 1);
	cr_expect_str_eq(r.metrics[0], "beneficiaries");
	/* What will be done, or is hoped for, is a goal. */
	r = read_with(ANGKA_SOURCE_DIR "/rules",
	              "Pemkab Sragen akan mendaftarkan 5.000 pekerja rentan menjadi peserta.");
	cr_assert_eq(r.n, 1);
	cr_expect_str_eq(r.metrics[0], "target_participants");
	r = read_with(ANGKA_SOURCE_DIR "/rules",
	              "Bupati berharap seluruh 12.000 pekerja rentan di Sragen dapat terlindungi.");
	cr_assert_eq(r.n, 1);
	cr_expect_str_eq(r.metrics[0], "target_participants");
	/* After "namun" the sentence turns: its cues say nothing of what came
	 * before, but what came before still speaks for what follows. */
	r = read_with(ANGKA_SOURCE_DIR "/rules",
	              "Provinsi Bengkulu memiliki 775.000 pekerja, namun yang sudah terlindungi "
	              "BPJS Ketenagakerjaan baru 294.790 orang.");
	cr_assert_eq(r.n, 1);
	cr_expect_str_eq(r.metrics[0], "participants");
	r = read_with(ANGKA_SOURCE_DIR "/rules",
	              "Peserta aktif di Kota Jambi 100.000 orang, namun di Kota Sungai Penuh "
	              "hanya 20.000 orang.");
	cr_assert_eq(r.n, 2);
	cr_expect_str_eq(r.metrics[1], "participants");
	/* An average per head is no total; a coverage averaged over places is
	 * still a coverage. */
	r = read_with(
	        ANGKA_SOURCE_DIR "/rules",
	        "Rata-rata klaim JHT per peserta sekitar Rp18,6 juta, rerata 40 kasus sebulan.");
	cr_expect_eq(r.n, 0);
	r = read_with(ANGKA_SOURCE_DIR "/rules",
	              "Rata-rata cakupan kepesertaan di 10 kabupaten 31 persen.");
	cr_assert_eq(r.n, 1);
	cr_expect_str_eq(r.metrics[0], "coverage_pct");
}

Test(match, a_sentence_that_goes_on_takes_what_the_one_before_measured)
{
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(load_rules(&rules, ANGKA_SOURCE_DIR "/rules", &err), ANGKA_OK, "%s",
	             err.message);
	angka_match_context *ctx = NULL;
	cr_assert_eq(angka_match_context_new(&ctx), ANGKA_OK);
	const char *text = "Jawa Timur mencatat 5,12 juta peserta aktif. "
	                   "Diikuti Maluku dengan 156 ribu orang.";
	angka_hit *hits = NULL;
	size_t n = 0;
	size_t second = strlen("Jawa Timur mencatat 5,12 juta peserta aktif. ");
	cr_assert_eq(angka_match_sentence(&hits, &n, rules, ctx, text, 0, second - 1, true, NULL,
	                                  NULL, NULL, NULL, NULL, &err),
	             ANGKA_OK);
	cr_assert_eq(angka_match_sentence(&hits, &n, rules, ctx, text, second, strlen(text), false,
	                                  NULL, NULL, NULL, NULL, NULL, &err),
	             ANGKA_OK);
	cr_assert_eq(n, 2);
	cr_expect_str_eq(hits[1].metric, "participants");
	free(hits);
	/* A negation too, when the sentence compares with the one before. */
	text = "Masih ada 48 ribu pekerja formal yang belum terlindungi. "
	       "Jumlah pekerja informal bahkan lebih besar, mencapai 68 ribu orang.";
	second = strlen("Masih ada 48 ribu pekerja formal yang belum terlindungi. ");
	hits = NULL;
	n = 0;
	cr_assert_eq(angka_match_sentence(&hits, &n, rules, ctx, text, 0, second - 1, true, NULL,
	                                  NULL, NULL, NULL, NULL, &err),
	             ANGKA_OK);
	cr_assert_eq(angka_match_sentence(&hits, &n, rules, ctx, text, second, strlen(text), false,
	                                  NULL, NULL, NULL, NULL, NULL, &err),
	             ANGKA_OK);
	cr_assert_eq(n, 2);
	cr_expect_str_eq(hits[1].metric, "uncovered_workers");
	free(hits);
	angka_match_context_free(ctx);
	angka_rules_free(rules);
}

Test(match, bad_reading_data_is_refused_with_file_and_line)
{
	write_file("reading.tsv", "percent\tcovered\tcoverage_pct\n"
	                          "count\tcovered\tcoverage_pct\n"
	                          "fraction\tcovered\tparticipants\n");
	write_file("lexicon/cues.tsv", "terlindungi\tcovred\n");
	write_file("lexicon/connectives.tsv", "namun\tbut\nlalu\tcontniue\n");
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(load_rules(&rules, dir, &err), ANGKA_ERULE);
	cr_expect(strstr(err.message, "reading.tsv:2: a count cannot be a `coverage_pct`") != NULL,
	          "%s", err.message);
	cr_expect(strstr(err.message, "reading.tsv:3: unknown kind `fraction`") != NULL, "%s",
	          err.message);
	cr_expect(strstr(err.message, "`terlindungi` has class `covred`") != NULL, "%s",
	          err.message);
	cr_expect(strstr(err.message, "connectives.tsv: `lalu` has value `contniue`") != NULL, "%s",
	          err.message);
	cr_expect(strstr(err.message, "`namun`") == NULL, "%s", err.message);
}

/* A template whose `needs:` words none is in a sentence is not tried on
 * it; the words are looked for inside words ("dari" in "daripada"). */
Test(match, a_template_is_tried_only_where_one_of_its_words_is)
{
	const char *text = "Sebanyak 465 pekerja terlindungi, 46,2% dari yang ada.";
	write_file("templates.yaml", "templates:\n"
	                             "  - id: t.rest\n    needs: \"sisa|dari\"\n"
	                             "    pattern: '(?<none>(?&P)) \\s+ dari'\n");
	read_result r = read_with(dir, text);
	cr_assert_eq(r.n, 1);
	cr_expect_str_eq(r.metrics[0], "participants");
	write_file("templates.yaml", "templates:\n"
	                             "  - id: t.rest\n    needs: \"sisa|lain\"\n"
	                             "    pattern: '(?<none>(?&P)) \\s+ dari'\n");
	r = read_with(dir, text);
	cr_expect_eq(r.n, 2);
}

/* `needs:` is a template's key, its words lower-case letters or '-': no
 * space, since the text between two words need not be one space. */
Test(match, needs_is_a_templates_lower_case_words)
{
	write_file("templates.yaml", "templates:\n"
	                             "  - id: t.spaced\n    needs: \"dari total\"\n"
	                             "    pattern: '(?<none>(?&P)) \\s+ dari'\n"
	                             "  - id: t.upper\n    needs: \"UCJ\"\n"
	                             "    pattern: '(?<none>(?&P)) \\s+ dari'\n"
	                             "  - id: t.empty\n    needs: \"dari||total\"\n"
	                             "    pattern: '(?<none>(?&P)) \\s+ dari'\n");
	write_file("figures/a.yaml", "rules:\n"
	                             "  - id: odd\n    metric: coverage_pct\n    needs: ucj\n"
	                             "    pattern: 'UCJ\\s+(?<value>(?&pct))'\n");
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(load_rules(&rules, dir, &err), ANGKA_ERULE);
	const char *lines[] = {"templates.yaml:2: rule t.spaced: `needs:`",
	                       "templates.yaml:5: rule t.upper: `needs:`",
	                       "templates.yaml:8: rule t.empty: `needs:`",
	                       "figures/a.yaml:2: rule odd: `needs:`"};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
		cr_expect(strstr(err.message, lines[i]) != NULL, "%s not in %s", lines[i],
		          err.message);
	cr_expect(strstr(err.message, "4 problems") != NULL, "%s", err.message);
}

Test(match, a_template_must_say_something)
{
	write_file("patterns.yaml", "patterns:\n  gap: '[^;]{0,10}?'\n");
	write_file("templates.yaml",
	           "templates:\n"
	           "  - id: t.mute\n    pattern: '(?&P) \\s+ atau'\n"
	           "  - id: t.ok\n    pattern: '(?<pair>(?&C) \\s+ atau \\s+ (?&P))'\n"
	           "  - id: t.typo\n    pattern: '(?<covred>(?&P)) \\s+ (?&gap)'\n");
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(load_rules(&rules, dir, &err), ANGKA_ERULE);
	cr_expect(strstr(err.message, "templates.yaml:2: rule t.mute: the template has no group") !=
	                  NULL,
	          "%s", err.message);
	/* A misspelt role is no role, even where a shared pattern's group
	 * (`gap`) shares a cue class's name. */
	cr_expect(strstr(err.message, "templates.yaml:6: rule t.typo: the template has no group") !=
	                  NULL,
	          "%s", err.message);
	cr_expect(strstr(err.message, "2 problems") != NULL, "%s", err.message);
}

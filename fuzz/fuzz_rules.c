/* The rule loader: rule YAML (rules/figures/ files) or the shared patterns
 * (rules/patterns.yaml) as an analyst might write them, loaded and compiled
 * as `angka` does. The first byte says which file the rest is; the other
 * file is the project's own (patterns) or a small valid rule file. Files go
 * to a private temporary folder made once. */
#include "angka/match.h"
#include "fuzz_common.h"

#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];
static char patterns_path[128], rule_path[128], metrics_path[128];
static angka_domain *domain; /* the folder's: the project's first domain's metrics */
static char *project_patterns;
static size_t project_patterns_len;

static const char small_rule_file[] = "rules:\n"
                                      "  - id: fuzz.coverage\n"
                                      "    metric: coverage_pct\n"
                                      "    pattern: 'mencapai\\s+(?<value>(?&pct))'\n"
                                      "    examples:\n"
                                      "      - text: 'mencapai 46,2 persen'\n"
                                      "        values: [46.2]\n";

static void write_file(const char *path, const void *bytes, size_t len)
{
	FILE *fp = fopen(path, "wb");
	if (fp == NULL || (len > 0 && fwrite(bytes, 1, len, fp) != len) || fclose(fp) != 0) {
		perror(path);
		abort();
	}
}

static void cleanup(void)
{
	angka_domain_free(domain);
	unlink(metrics_path);
	unlink(patterns_path);
	unlink(rule_path);
	char figures[128];
	snprintf(figures, sizeof figures, "%s/figures", dir);
	rmdir(figures);
	rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	char source[512];
	snprintf(source, sizeof source, "%s/patterns.yaml", fuzz_rules_dir());
	FILE *fp = fopen(source, "rb");
	if (fp == NULL) {
		perror(source);
		abort();
	}
	project_patterns = malloc(1 << 20);
	project_patterns_len = fread(project_patterns, 1, 1 << 20, fp);
	fclose(fp);
	snprintf(dir, sizeof dir, "%s/angka-fuzz-rules-XXXXXX",
	         getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		abort();
	}
	char figures[128];
	snprintf(figures, sizeof figures, "%s/figures", dir);
	mkdir(figures, 0700);
	snprintf(patterns_path, sizeof patterns_path, "%s/patterns.yaml", dir);
	snprintf(rule_path, sizeof rule_path, "%s/figures/fuzz.yaml", dir);
	atexit(cleanup);
	/* The temporary folder is a rules folder of one domain: the project's
	 * first domain's metrics, so that rules may name them. */
	angka_domain **domains = NULL;
	size_t n_domains = 0;
	angka_error err = {0, ""};
	if (angka_domains_load(&domains, &n_domains, fuzz_rules_dir(), &err) != ANGKA_OK) {
		fprintf(stderr, "fuzz_rules: %s\n", err.message);
		abort();
	}
	char *metrics = angka_domain_file(domains[0], "metrics.tsv");
	fp = metrics ? fopen(metrics, "rb") : NULL;
	if (fp == NULL) {
		perror("metrics.tsv");
		abort();
	}
	static char metrics_bytes[1 << 16];
	size_t metrics_len = fread(metrics_bytes, 1, sizeof metrics_bytes, fp);
	fclose(fp);
	free(metrics);
	angka_domains_free(domains, n_domains);
	snprintf(metrics_path, sizeof metrics_path, "%s/metrics.tsv", dir);
	write_file(metrics_path, (const uint8_t *)metrics_bytes, metrics_len);
	if (angka_domain_load(&domain, dir, dir, &err) != ANGKA_OK) {
		fprintf(stderr, "fuzz_rules: %s\n", err.message);
		abort();
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (data[0] & 1) {
		write_file(patterns_path, data + 1, size - 1);
		write_file(rule_path, small_rule_file, sizeof small_rule_file - 1);
	} else {
		write_file(patterns_path, project_patterns, project_patterns_len);
		write_file(rule_path, data + 1, size - 1);
	}
	angka_rules *rules = NULL;
	angka_error err = {0, ""};
	if (angka_rules_load(&rules, domain, &err) == ANGKA_OK) {
		for (size_t i = 0; i < angka_rules_count(rules); i++) {
			const angka_rule *rule = angka_rules_at(rules, i);
			if (angka_rule_id(rule) == NULL)
				abort();
		}
		/* Run what loaded over a fixed sentence, as extraction would. */
		static const char sentence[] =
		        "Capaian UCJ Kota Bitung baru 41,2 persen atau sekitar 48.300 pekerja.";
		angka_hit *hits = NULL;
		size_t n = 0;
		angka_match_span(&hits, &n, rules, sentence, 0, sizeof sentence - 1, NULL, NULL,
		                 &err);
		free(hits);
	}
	angka_rules_free(rules);
	return 0;
}

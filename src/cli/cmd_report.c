#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "angka/export.h"
#include "angka/store.h"
#include "cli/common.h"

enum {
	OPT_OUTPUT = OPT_FIRST_COMMAND_OPTION,
	OPT_LANG,
	OPT_CURATED,
	OPT_WEB,
};

typedef struct report_options {
	run_options common;
	const char *output;
	const char *lang;
	bool curated;
	const char *web_dir;
} report_options;

static const cli_option report_options_table[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"output", 'o', "FILE", "where to write the page (default: report.html; '-': stdout)",
         OPT_OUTPUT},
        {"curated", 'c', NULL, "only the accepted and corrected figures", OPT_CURATED},
        {"lang", 'l', "LANG", "en (default) or id: labels, dates and number style", OPT_LANG},
        {"rules", 0, "DIR", "the rules folder, for the provinces' names (default: found)",
         OPT_RULES},
        {"web", 0, "DIR", "the web assets folder (default: found next to the binary)", OPT_WEB},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command report_command = {
        "report",
        "[OPTIONS]",
        "Write one HTML page that works offline (its style, script and chart library\n"
        "inlined, nothing fetched). Findings first: the percentages the audit finds\n"
        "inconsistent and the facts whose sources conflict, each with its sentences and\n"
        "links to the articles. Then, per metric, the regions ranked at their latest\n"
        "period (provinces, then the regencies and cities of each province), and time\n"
        "series where one site reports several periods. Accepted and pending figures\n"
        "are told apart; rejected ones are left out; --curated keeps the accepted and\n"
        "corrected ones only. The page names its generation date (SOURCE_DATE_EPOCH,\n"
        "else today), database and rules version.",
        "Charts are drawn by Observable Plot, vendored in the web assets; every chart has\n"
        "its values in a table under it. See docs/report.md.\n\n"
        "Exit status: 0 ok, 2 usage error, 3 the database or the assets could not be read\n"
        "or the page not written.\n",
        report_options_table,
};

static int report_option(int id, const char *arg, void *ctx)
{
	report_options *o = ctx;
	switch (id) {
	case OPT_OUTPUT: o->output = arg; return 0;
	case OPT_LANG: o->lang = arg; return 0;
	case OPT_CURATED: o->curated = true; return 0;
	case OPT_WEB: o->web_dir = arg; return 0;
	default: return common_option(id, arg, &o->common);
	}
}

/* The date the page shows: SOURCE_DATE_EPOCH (reproducible builds), else
 * today, in UTC. */
static void generation_date(char *buf, size_t size)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	time_t t = time(NULL);
	if (epoch && *epoch) {
		char *end = NULL;
		long long seconds = strtoll(epoch, &end, 10);
		if (*end == '\0' && seconds >= 0)
			t = (time_t)seconds;
	}
	struct tm tm;
	if (gmtime_r(&t, &tm) == NULL || strftime(buf, size, "%Y-%m-%d", &tm) == 0)
		snprintf(buf, size, "-");
}

int cmd_report(int argc, char **argv)
{
	report_options o = {.common = {.db_path = "angka.db"}, .output = "report.html"};
	int first = cli_parse(&report_command, argc, argv, report_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first < argc) {
		cli_usage_error(&report_command, "unexpected argument '%s'", argv[first]);
		return EXIT_USAGE;
	}
	if (o.lang && strcmp(o.lang, "en") != 0 && strcmp(o.lang, "id") != 0) {
		cli_usage_error(&report_command, "unknown language '%s' (en, id)", o.lang);
		return EXIT_USAGE;
	}
	char rules_buf[PATH_MAX], web_buf[PATH_MAX], regions[PATH_MAX + 16], generated[32];
	const char *rules = find_rules_dir(o.common.rules_dir, rules_buf, sizeof rules_buf);
	snprintf(regions, sizeof regions, "%s/regions.tsv", rules);
	generation_date(generated, sizeof generated);
	angka_report_options ro = {
	        .web_dir = find_web_dir(o.web_dir, web_buf, sizeof web_buf),
	        .regions_path = access(regions, R_OK) == 0 ? regions : NULL,
	        .database = o.common.db_path,
	        .generated_at = generated,
	        .lang = o.lang,
	        .curated = o.curated,
	};
	angka_store *store = NULL;
	angka_error err = {0, ""};
	angka_domain **domains = NULL;
	size_t n_domains = 0;
	int status = open_domains(&domains, &n_domains, &o.common);
	if (status != EXIT_OK)
		return status;
	ro.domains = domains;
	ro.n_domains = n_domains;
	status = open_existing_store(&store, o.common.db_path);
	if (status != EXIT_OK) {
		angka_domains_free(domains, n_domains);
		return status;
	}
	bool to_stdout = strcmp(o.output, "-") == 0;
	FILE *fp = to_stdout ? stdout : fopen(o.output, "w");
	if (fp == NULL) {
		fprintf(stderr, "angka: %s: cannot write the report: %s\n", o.output,
		        strerror(errno));
		angka_store_close(store);
		angka_domains_free(domains, n_domains);
		return EXIT_SYSTEM;
	}
	if (angka_report_write(fp, store, &ro, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s: %s\n", o.output, err.message);
		status = EXIT_SYSTEM;
	}
	if (!to_stdout && fclose(fp) != 0 && status == EXIT_OK) {
		fprintf(stderr, "angka: %s: cannot write the report: %s\n", o.output,
		        strerror(errno));
		status = EXIT_SYSTEM;
	}
	angka_store_close(store);
	angka_domains_free(domains, n_domains);
	return status;
}

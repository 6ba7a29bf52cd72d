/* Peer test suites: Duckling's Indonesian numeral and money corpora
 * (shared/peers/duckling_id_*.tsv) run through angka_normalize_number. At
 * least 95% of the in-scope rows must pass; the rows out of scope are
 * listed, with the reason, in tests/data/peers_out_of_scope.tsv, and that
 * list must be exactly the rows skipped: each of them must exist and must
 * still fail (a row the normalizer learns to read leaves the list). */
#define _POSIX_C_SOURCE 200809L

#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/normalize.h"
#include "domain_helper.h"

/* A normalizer of the project rules' first domain. */
static int new_normalizer(angka_normalizer **out, angka_error *err)
{
	const angka_domain *domain = NULL;
	int rc = first_domain(&domain, ANGKA_SOURCE_DIR "/rules", err);
	return rc != ANGKA_OK ? rc : angka_normalizer_new(out, domain, err);
}

#define PEERS_DIR    ANGKA_SHARED_DIR "/peers"
#define OUT_OF_SCOPE ANGKA_SOURCE_DIR "/tests/data/peers_out_of_scope.tsv"
#define MAX_ROWS     256

typedef struct row {
	char *file, *expected, *grain, *input;
	bool used;
} row;

/* Tab-separated rows after the header of path: three fields each. */
static size_t read_rows(row *rows, size_t max, const char *path, const char *file)
{
	FILE *fp = fopen(path, "r");
	cr_assert_not_null(fp, "cannot open %s", path);
	char *line = NULL;
	size_t cap = 0, n = 0;
	bool header = true;
	while (getline(&line, &cap, fp) > 0) {
		line[strcspn(line, "\r\n")] = '\0';
		if (header || line[0] == '\0' || line[0] == '#') {
			header = false;
			continue;
		}
		cr_assert_lt(n, max, "%s: too many rows", path);
		char *save = NULL;
		char *a = strtok_r(line, "\t", &save);
		char *b = strtok_r(NULL, "\t", &save);
		char *c = strtok_r(NULL, "\t", &save);
		cr_assert(a && b && c, "%s: row %zu has not three fields", path, n + 2);
		if (file) /* a peer file: expected, grain, input */
			rows[n] = (row){strdup(file), strdup(a), strdup(b), strdup(c), false};
		else /* the out-of-scope list: file, input, reason */
			rows[n] = (row){strdup(a), NULL, strdup(c), strdup(b), false};
		n++;
	}
	free(line);
	fclose(fp);
	return n;
}

static void free_rows(row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(rows[i].file);
		free(rows[i].expected);
		free(rows[i].grain);
		free(rows[i].input);
	}
}

static bool near(double a, double b)
{
	return fabs(a - b) <= 1e-9 * fmax(1.0, fabs(b));
}

/* The currency code Duckling's unit names ("Dollar", "Pound", "EUR"), or
 * "" for a plain numeral. */
static void expected_unit(char *out, size_t size, const char *grain)
{
	size_t n = strcspn(grain, " ");
	if (strncmp(grain, "numeral", n) == 0)
		snprintf(out, size, "%s", "");
	else if (strncmp(grain, "Dollar", n) == 0)
		snprintf(out, size, "%s", "USD");
	else if (strncmp(grain, "Pound", n) == 0)
		snprintf(out, size, "%s", "GBP");
	else
		snprintf(out, size, "%.*s", (int)n, grain);
}

/* Does the normalizer read the row as Duckling does? "10..20" is a range,
 * "<7" a bound below, ">1.42" a bound above. */
static bool row_passes(const angka_normalizer *norm, const row *r)
{
	angka_number n;
	if (angka_normalize_number(&n, norm, r->input, strlen(r->input)) != ANGKA_OK)
		return false;
	char unit[8];
	expected_unit(unit, sizeof unit, r->grain);
	bool unit_ok = unit[0] == '\0'
	                       ? n.unit == ANGKA_NUMBER_PLAIN
	                       : (n.unit == ANGKA_NUMBER_IDR || n.unit == ANGKA_NUMBER_CURRENCY) &&
	                                 strcmp(n.currency, unit) == 0;
	if (!unit_ok)
		return false;
	const char *e = r->expected;
	const char *dots = strstr(e, "..");
	if (dots)
		return n.range && near(n.low, atof(e)) && near(n.high, atof(dots + 2));
	if (e[0] == '<')
		return n.bound == ANGKA_BOUND_BELOW && near(n.value, atof(e + 1));
	if (e[0] == '>')
		return n.bound == ANGKA_BOUND_ABOVE && near(n.value, atof(e + 1));
	return !n.range && n.bound == ANGKA_BOUND_NONE && near(n.value, atof(e));
}

Test(peers, duckling_indonesian_numerals_and_money)
{
	static row peers[MAX_ROWS], skip[MAX_ROWS];
	static const char *const files[] = {"duckling_id_numeral.tsv",
	                                    "duckling_id_amountofmoney.tsv"};
	angka_normalizer *norm = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(new_normalizer(&norm, &err), ANGKA_OK, "%s", err.message);
	size_t n_skip = read_rows(skip, MAX_ROWS, OUT_OF_SCOPE, NULL);
	size_t in_scope = 0, passed = 0, skipped = 0, total = 0;
	for (size_t f = 0; f < 2; f++) {
		char path[512];
		snprintf(path, sizeof path, "%s/%s", PEERS_DIR, files[f]);
		size_t n = read_rows(peers, MAX_ROWS, path, files[f]);
		cr_expect_gt(n, 40, "%s: only %zu rows", path, n);
		total += n;
		for (size_t i = 0; i < n; i++) {
			const row *r = &peers[i];
			row *listed = NULL;
			for (size_t k = 0; k < n_skip && !listed; k++)
				if (strcmp(skip[k].file, r->file) == 0 &&
				    strcmp(skip[k].input, r->input) == 0)
					listed = &skip[k];
			bool ok = row_passes(norm, r);
			if (listed) {
				listed->used = true;
				skipped++;
				cr_expect_not(ok,
				              "%s: '%s' is listed as out of scope but passes: take "
				              "it off "
				              "the list",
				              r->file, r->input);
				continue;
			}
			in_scope++;
			if (ok)
				passed++;
			else
				cr_log_warn("%s: '%s' should be %s (%s)", r->file, r->input,
				            r->expected, r->grain);
		}
		free_rows(peers, n);
	}
	for (size_t k = 0; k < n_skip; k++)
		cr_expect(skip[k].used, "%s: '%s' is listed as out of scope but is no row of it",
		          skip[k].file, skip[k].input);
	double rate = in_scope ? (double)passed / (double)in_scope : 0;
	fprintf(stderr,
	        "peers: %zu rows, %zu in scope, %zu pass (%.1f%%), %zu out of scope (listed in "
	        "tests/data/peers_out_of_scope.tsv)\n",
	        total, in_scope, passed, 100 * rate, skipped);
	cr_expect_geq(rate, 0.95, "pass rate %.1f%% is below 95%%", 100 * rate);
	free_rows(skip, n_skip);
	angka_normalizer_free(norm);
}

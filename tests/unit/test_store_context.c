/* Unit tests for context figures in the store: numbers the audit needs
 * that are no figures of the dataset (angka_figure.context). They are
 * stored by ingest, re-extraction and load alike, read by the audit's walk
 * (angka_figure_selection.with_context), and by nothing else: not the
 * figures view, the walks, the counts, the version listing, nor a review. */
#define _POSIX_C_SOURCE 200809L

#include <criterion/criterion.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "angka/export.h"
#include "angka/store.h"
#include "util/hash.h"

static char tmpdir[64];
static char db_path[128];

static void setup(void)
{
	strcpy(tmpdir, "/tmp/angka-context-XXXXXX");
	cr_assert_not_null(mkdtemp(tmpdir), "mkdtemp failed");
	snprintf(db_path, sizeof db_path, "%s/angka.db", tmpdir);
}

static void teardown(void)
{
	char path[256];
	const char *suffixes[] = {"", "-wal", "-shm"};
	for (size_t i = 0; i < 3; i++) {
		snprintf(path, sizeof path, "%s%s", db_path, suffixes[i]);
		unlink(path);
	}
	rmdir(tmpdir);
}

TestSuite(store_context, .init = setup, .fini = teardown);

/* ---- fixtures --------------------------------------------------------- */

static const char article_text[] =
        "JAMBI – Sebanyak 518.632 peserta dari 1.312.370 pekerja terlindungi (39,52%). "
        "Jumlah pekerja terdaftar naik 12 persen dari tahun lalu.";

static angka_article make_article(const char *source)
{
	angka_article a;
	memset(&a, 0, sizeof a);
	a.source = (char *)source;
	a.text = (char *)article_text;
	a.text_len = strlen(article_text);
	a.title = (char *)"Cakupan BPJS Ketenagakerjaan di Jambi";
	a.published = (char *)"2025-03-26";
	cr_assert_eq(angka_sha256_hex(a.content_hash, article_text, strlen(article_text)), 0);
	return a;
}

/* A figure of the article at needle; context as given. */
static angka_figure figure_at(const char *needle, const char *metric, double value,
                              const char *unit, bool context)
{
	angka_figure f;
	memset(&f, 0, sizeof f);
	const char *p = strstr(article_text, needle);
	cr_assert_not_null(p, "the fixture lacks '%s'", needle);
	f.source = (char *)"https://example.id/jambi";
	f.article_title = (char *)"Cakupan BPJS Ketenagakerjaan di Jambi";
	f.published = (char *)"2025-03-26";
	f.region = (char *)"Jambi";
	f.region_code = (char *)"15";
	f.domain = (char *)"bpjs-tk";
	f.metric = (char *)metric;
	f.segment = (char *)"all";
	f.value = value;
	f.unit = (char *)unit;
	f.text = (char *)needle;
	f.sentence =
	        (char *)"Sebanyak 518.632 peserta dari 1.312.370 pekerja terlindungi (39,52%).";
	f.start = (size_t)(p - article_text);
	f.end = f.start + strlen(needle);
	f.rule = (char *)"test";
	f.low = f.high = NAN;
	f.context = context;
	return f;
}

/* Three figures of the dataset and, between them in the text, a context
 * one: the change in registered workers, which no dataset has a column
 * for but a check of the audit may need. */
static void make_figures(angka_figure figs[4])
{
	figs[0] = figure_at("518.632", "participants", 518632, "persons", false);
	figs[1] = figure_at("1.312.370", "eligible_workers", 1312370, "persons", false);
	figs[2] = figure_at("39,52%", "coverage_pct", 39.52, "percent", false);
	figs[3] = figure_at("12 persen", "registered_growth_pct", 12, "percent", true);
}

static angka_store *open_store(void)
{
	angka_store *store = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_store_open(&store, db_path, &err), ANGKA_OK, "%s", err.message);
	return store;
}

static int64_t put(angka_store *store, angka_figure *figs, size_t n)
{
	angka_article a = make_article("https://example.id/jambi");
	angka_figure_list list = {figs, n, n};
	angka_store_status status;
	angka_error err = {0, ""};
	int64_t id = 0;
	cr_assert_eq(angka_store_put_article(store, &a, &list, "rules-v1", &status, &id, &err),
	             ANGKA_OK, "%s", err.message);
	cr_assert_eq(status, ANGKA_STORE_NEW);
	return id;
}

static long long raw_int(const char *sql)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *stmt = NULL;
	cr_assert_eq(sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK, "%s: %s", sql,
	             sqlite3_errmsg(db));
	cr_assert_eq(sqlite3_step(stmt), SQLITE_ROW, "%s: no row", sql);
	long long v = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return v;
}

/* ---- what a walk sees: "metric" or "metric*" (context), in order -------- */

typedef struct seen {
	char line[512];
	size_t n;
	int64_t context_id;
} seen;

static void see(seen *s, const angka_figure *f)
{
	size_t len = strlen(s->line);
	snprintf(s->line + len, sizeof s->line - len, "%s%s%s", len ? " " : "", f->metric,
	         f->context ? "*" : "");
	s->n++;
}

static int see_stored(const angka_stored_figure *sf, void *ctx)
{
	seen *s = ctx;
	see(s, &sf->figure);
	if (sf->figure.context)
		s->context_id = sf->id;
	return 0;
}

static int see_figure(const angka_figure *f, void *ctx)
{
	see(ctx, f);
	return 0;
}

static seen walk(angka_store *store, angka_store_filter filter, bool with_context)
{
	seen s = {"", 0, 0};
	angka_error err = {0, ""};
	angka_figure_selection sel = {.filter = filter, .with_context = with_context};
	cr_assert_eq(angka_store_each_selected(store, &sel, see_stored, &s, &err), ANGKA_OK, "%s",
	             err.message);
	return s;
}

/* The walks, counts and listings of the dataset, on a store whose article
 * has three figures of the dataset and one context figure. */
static void expect_dataset_only(angka_store *store)
{
	angka_error err = {0, ""};
	int64_t articles = 0, figures = 0;
	cr_assert_eq(angka_store_count(store, &articles, &figures, &err), ANGKA_OK);
	cr_expect_eq(figures, 3, "count: %lld figures", (long long)figures);
	seen s = {"", 0, 0};
	cr_assert_eq(angka_store_each_figure(store, see_figure, &s, &err), ANGKA_OK);
	cr_expect_str_eq(s.line, "participants eligible_workers coverage_pct");
	s = walk(store, ANGKA_STORE_ALL, false);
	cr_expect_str_eq(s.line, "participants eligible_workers coverage_pct");
	s = walk(store, ANGKA_STORE_NOT_REJECTED, false);
	cr_expect_eq(s.n, 3);
	cr_expect_eq(raw_int("SELECT count(*) FROM figures"), 3);
	cr_expect_eq(raw_int("SELECT count(*) FROM all_figures"), 4);
	cr_expect_eq(raw_int("SELECT count(*) FROM extracted_figures WHERE context = 1"), 1);
}

/* ---- tests --------------------------------------------------------------- */

Test(store_context, an_ingested_context_figure_is_for_the_audit_alone)
{
	angka_store *store = open_store();
	angka_figure figs[4];
	make_figures(figs);
	put(store, figs, 4);
	expect_dataset_only(store);

	/* The audit's walk has it, flagged, in its place in text order. */
	seen s = walk(store, ANGKA_STORE_NOT_REJECTED, true);
	cr_expect_str_eq(s.line,
	                 "participants eligible_workers coverage_pct registered_growth_pct*");
	int64_t context_id = s.context_id;
	cr_assert_neq(context_id, 0);
	s = walk(store, ANGKA_STORE_CURATED, true);
	cr_expect_eq(s.n, 0, "nothing is curated: %s", s.line);

	/* Nobody reviews it, or finds it by id. */
	angka_error err = {0, ""};
	int64_t review_id = 0;
	cr_expect_eq(angka_store_review(store, context_id, ANGKA_REVIEW_ACCEPT, NAN, 0, NULL, "ana",
	                                &review_id, &err),
	             ANGKA_EINVAL);
	char want[64];
	snprintf(want, sizeof want, "figure %lld is a context figure", (long long)context_id);
	cr_expect_not_null(strstr(err.message, want), "%s", err.message);
	cr_expect_eq(raw_int("SELECT count(*) FROM reviews"), 0);
	cr_expect_eq(angka_store_get_figure(store, context_id, see_stored, &s, &err),
	             ANGKA_ENOTFOUND);
	angka_store_close(store);
}

static int count_version(const angka_article_version *v, void *ctx)
{
	*(int64_t *)ctx = v->figures;
	return 0;
}

Test(store_context, the_version_listing_counts_the_dataset)
{
	angka_store *store = open_store();
	angka_figure figs[4];
	make_figures(figs);
	put(store, figs, 4);
	int64_t figures = -1;
	angka_error err = {0, ""};
	cr_assert_eq(angka_store_each_version(store, "https://example.id/jambi", count_version,
	                                      &figures, &err),
	             ANGKA_OK, "%s", err.message);
	cr_expect_eq(figures, 3);
	angka_store_close(store);
}

Test(store_context, reextraction_stores_the_flag_and_counts_the_dataset)
{
	angka_store *store = open_store();
	angka_figure figs[4];
	make_figures(figs);
	int64_t id = put(store, figs, 3);
	angka_figure_list list = {figs, 4, 4};
	angka_replace_stats stats;
	angka_error err = {0, ""};
	cr_assert_eq(angka_store_replace_figures(store, id, &list, "rules-v2", &stats, &err),
	             ANGKA_OK, "%s", err.message);
	cr_expect_eq(stats.kept, 3);
	cr_expect_eq(stats.added, 0, "the context figure is no new figure of the dataset");
	cr_expect_eq(stats.removed, 0);
	expect_dataset_only(store);

	/* The percentage becomes a context figure: gone from the dataset, and
	 * a new row (the dataset's figure is not "found again" as context). */
	int64_t before = raw_int("SELECT id FROM extracted_figures WHERE metric = 'coverage_pct'");
	figs[2].context = true;
	cr_assert_eq(angka_store_replace_figures(store, id, &list, "rules-v3", &stats, &err),
	             ANGKA_OK, "%s", err.message);
	cr_expect_eq(stats.kept, 2);
	cr_expect_eq(stats.added, 0);
	cr_expect_eq(stats.removed, 1);
	cr_expect_eq(raw_int("SELECT count(*) FROM figures"), 2);
	cr_expect_eq(raw_int("SELECT context FROM extracted_figures WHERE metric = 'coverage_pct'"),
	             1);
	cr_expect_neq(raw_int("SELECT id FROM extracted_figures WHERE metric = 'coverage_pct'"),
	              before);
	seen s = walk(store, ANGKA_STORE_ALL, true);
	cr_expect_str_eq(s.line,
	                 "participants eligible_workers coverage_pct* registered_growth_pct*");
	angka_store_close(store);
}

Test(store_context, a_context_record_reads_back_and_loads_beside_the_dataset)
{
	angka_figure figs[4];
	make_figures(figs);
	char *records[4];
	angka_figure parsed[4];
	angka_error err = {0, ""};
	for (size_t i = 0; i < 4; i++) {
		records[i] = angka_figure_to_json(&figs[i]);
		cr_assert_not_null(records[i]);
		cr_assert_eq(angka_record_parse(&parsed[i], records[i], strlen(records[i]), &err),
		             ANGKA_OK, "%s: %s", records[i], err.message);
		cr_expect_eq(parsed[i].context, figs[i].context, "%s", records[i]);
		free(records[i]);
	}
	angka_store *store = open_store();
	angka_load_stats stats = {0, 0, 0};
	cr_assert_eq(angka_store_load_figures(store, parsed, 4, &stats, &err), ANGKA_OK, "%s",
	             err.message);
	cr_expect_eq(stats.added, 4);
	expect_dataset_only(store);
	seen s = walk(store, ANGKA_STORE_NOT_REJECTED, true);
	cr_expect_str_eq(s.line,
	                 "participants eligible_workers coverage_pct registered_growth_pct*");
	/* Loading again stores nothing twice. */
	cr_assert_eq(angka_store_load_figures(store, parsed, 4, &stats, &err), ANGKA_OK);
	cr_expect_eq(stats.duplicates, 4);
	cr_expect_eq(raw_int("SELECT count(*) FROM all_figures"), 4);
	for (size_t i = 0; i < 4; i++)
		angka_figure_clear(&parsed[i]);
	angka_store_close(store);
}

Test(store_context, a_record_whose_context_is_no_boolean_is_refused)
{
	static const char base[] =
	        "{\"source\":\"s\",\"domain\":\"bpjs-tk\",\"metric\":\"m\",\"segment\":\"all\","
	        "\"value\":12,\"unit\":\"percent\",\"text\":\"12 persen\",\"sentence\":\"x\","
	        "\"start\":0,\"end\":9,\"rule\":\"r\"";
	const char *context[] = {"",
	                         ",\"context\":false",
	                         ",\"context\":true",
	                         ",\"context\":\"yes\"",
	                         ",\"context\":1",
	                         ",\"context\":null"};
	const int want[] = {0, 0, 1, -1, -1, -1};
	for (size_t i = 0; i < sizeof context / sizeof context[0]; i++) {
		char record[512];
		snprintf(record, sizeof record, "%s%s}", base, context[i]);
		angka_figure f;
		angka_error err = {0, ""};
		int rc = angka_record_parse(&f, record, strlen(record), &err);
		if (want[i] < 0) {
			cr_expect_eq(rc, ANGKA_EPARSE, "%s", record);
			cr_expect_str_eq(err.message, "\"context\" is not true or false");
			continue;
		}
		cr_assert_eq(rc, ANGKA_OK, "%s: %s", record, err.message);
		cr_expect_eq(f.context, want[i] == 1, "%s", record);
		angka_figure_clear(&f);
	}
}

/* Unit tests for the store: schema, one-transaction puts, identity by
 * content, reading the figures view back. Each test works in its own
 * temporary directory under /tmp. */
#define _POSIX_C_SOURCE 200809L

#include <criterion/criterion.h>
#include <dirent.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "angka/store.h"
#include "util/buf.h"
#include "util/hash.h"

static char tmpdir[64];
static char db_path[128];

static void setup(void)
{
	strcpy(tmpdir, "/tmp/angka-store-XXXXXX");
	cr_assert_not_null(mkdtemp(tmpdir), "mkdtemp failed");
	snprintf(db_path, sizeof db_path, "%s/angka.db", tmpdir);
}

/* Removes the database with its -wal and -shm files (and a subfolder a test
 * may have made), then the folder itself. */
static void remove_tree(const char *dir)
{
	DIR *d = opendir(dir);
	if (d == NULL)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		char path[512];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (unlink(path) != 0)
			remove_tree(path);
	}
	closedir(d);
	rmdir(dir);
}

static void teardown(void)
{
	remove_tree(tmpdir);
}

TestSuite(store, .init = setup, .fini = teardown);

/* ---- fixtures --------------------------------------------------------- */

static const char article_text[] =
        "PALANGKA RAYA – Jumlah peserta BPJS Ketenagakerjaan di Kalimantan Tengah "
        "mencapai 518.632 peserta dari 1.312.370 pekerja (39,52%).\n\n"
        "Targetnya sekitar 45 persen pada akhir tahun 2025.";

/* An article whose strings point at literals: the store only reads it. */
static angka_article make_article(const char *source, const char *text)
{
	angka_article a;
	memset(&a, 0, sizeof a);
	a.source = (char *)source;
	a.text = (char *)text;
	a.text_len = strlen(text);
	a.title = (char *)"Kepesertaan BPJS Ketenagakerjaan di Kalteng capai 39,52 persen";
	a.site = (char *)"Prokalteng";
	a.canonical_url = (char *)"https://prokalteng.example/berita/uc-jamsostek";
	a.author = NULL;
	a.published = (char *)"2025-03-26";
	a.published_approx = false;
	a.dateline_place = (char *)"PALANGKA RAYA";
	a.fetched_at = (char *)"2025-03-27T08:00:00Z";
	cr_assert_eq(angka_sha256_hex(a.content_hash, text, strlen(text)), 0);
	return a;
}

static size_t offset_of(const char *text, const char *needle)
{
	const char *p = strstr(text, needle);
	cr_assert_not_null(p, "fixture text lacks '%s'", needle);
	return (size_t)(p - text);
}

/* Two figures, deliberately given in reverse text order so the walk's
 * ordering is tested. */
static void make_figures(angka_figure figs[2], const char *text)
{
	memset(figs, 0, 2 * sizeof figs[0]);

	figs[0].region = (char *)"Kalimantan Tengah";
	figs[0].region_code = (char *)"62";
	figs[0].domain = (char *)"bpjs-tk";
	figs[0].metric = (char *)"coverage_pct";
	figs[0].segment = (char *)"all";
	figs[0].value = 39.52;
	figs[0].unit = (char *)"percent";
	figs[0].approx = false;
	figs[0].as_of = (char *)"2025-03";
	figs[0].text = (char *)"39,52%";
	figs[0].sentence = (char *)"Jumlah peserta BPJS Ketenagakerjaan di Kalimantan Tengah "
	                           "mencapai 518.632 peserta dari 1.312.370 pekerja (39,52%).";
	figs[0].start = offset_of(text, "39,52%");
	figs[0].end = figs[0].start + strlen("39,52%");
	figs[0].rule = (char *)"coverage.pct_of_workers";
	figs[0].decimals = 2;
	figs[0].low = 39.515;
	figs[0].high = 39.525;

	figs[1].region = (char *)"Kalimantan Tengah";
	figs[1].region_code = NULL;
	figs[1].domain = (char *)"bpjs-tk";
	figs[1].metric = (char *)"participants";
	figs[1].segment = (char *)"PU";
	figs[1].value = 518632;
	figs[1].unit = (char *)"persons";
	figs[1].approx = true;
	figs[1].as_of = NULL;
	figs[1].text = (char *)"518.632 peserta";
	figs[1].sentence = figs[0].sentence;
	figs[1].start = offset_of(text, "518.632");
	figs[1].end = figs[1].start + strlen("518.632 peserta");
	figs[1].rule = (char *)"participants.count";
	figs[1].decimals = 0;
	figs[1].low = NAN; /* stored as NULL, read back as NaN */
	figs[1].high = 518632.5;
}

static angka_store *open_store(void)
{
	angka_store *store = NULL;
	angka_error err = {0};
	int rc = angka_store_open(&store, db_path, &err);
	cr_assert_eq(rc, ANGKA_OK, "open failed: %s", err.message);
	cr_assert_not_null(store);
	return store;
}

static void put_ok(angka_store *store, const angka_article *a, angka_figure *figs, size_t n,
                   angka_store_status want_status, int64_t *id)
{
	angka_figure_list list = {figs, n, n};
	angka_store_status status = (angka_store_status)-1;
	angka_error err = {0};
	int rc = angka_store_put_article(store, a, &list, "rules-v1", &status, id, &err);
	cr_assert_eq(rc, ANGKA_OK, "put failed: %s", err.message);
	cr_assert_eq(status, want_status, "status %d, want %d", (int)status, (int)want_status);
}

static void assert_counts(angka_store *store, int64_t want_articles, int64_t want_figures)
{
	int64_t articles = -1, figures = -1;
	angka_error err = {0};
	cr_assert_eq(angka_store_count(store, &articles, &figures, &err), ANGKA_OK, "%s",
	             err.message);
	cr_assert_eq(articles, want_articles, "articles %lld, want %lld", (long long)articles,
	             (long long)want_articles);
	cr_assert_eq(figures, want_figures, "figures %lld, want %lld", (long long)figures,
	             (long long)want_figures);
}

/* A single integer from the database file, read behind the store's back. */
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

/* ---- collecting the walk ---------------------------------------------- */

typedef struct collected {
	angka_figure items[8];
	size_t n;
	size_t stop_after; /* 0: never stop */
} collected;

static int collect(const angka_figure *fig, void *ctx)
{
	collected *c = ctx;
	cr_assert_lt(c->n, sizeof c->items / sizeof c->items[0]);
	angka_figure *copy = &c->items[c->n++];
	/* The walk frees its strings after this call, so keep copies. */
	*copy = *fig;
	copy->source = angka_strdup(fig->source);
	copy->article_title = angka_strdup(fig->article_title);
	copy->published = angka_strdup(fig->published);
	copy->region = angka_strdup(fig->region);
	copy->region_code = angka_strdup(fig->region_code);
	copy->domain = angka_strdup(fig->domain);
	copy->metric = angka_strdup(fig->metric);
	copy->segment = angka_strdup(fig->segment);
	copy->programme = angka_strdup(fig->programme);
	copy->unit = angka_strdup(fig->unit);
	copy->as_of = angka_strdup(fig->as_of);
	copy->text = angka_strdup(fig->text);
	copy->sentence = angka_strdup(fig->sentence);
	copy->rule = angka_strdup(fig->rule);
	if (c->stop_after != 0 && c->n == c->stop_after)
		return 42;
	return 0;
}

static void collected_free(collected *c)
{
	for (size_t i = 0; i < c->n; i++) {
		angka_figure *f = &c->items[i];
		free(f->source);
		free(f->article_title);
		free(f->published);
		free(f->region);
		free(f->region_code);
		free(f->domain);
		free(f->metric);
		free(f->segment);
		free(f->programme);
		free(f->unit);
		free(f->as_of);
		free(f->text);
		free(f->sentence);
		free(f->rule);
	}
	c->n = 0;
}

static void assert_str_or_null(const char *got, const char *want, const char *field)
{
	if (want == NULL) {
		cr_assert_null(got, "%s: got '%s', want NULL", field, got);
		return;
	}
	cr_assert_not_null(got, "%s: got NULL, want '%s'", field, want);
	cr_assert_str_eq(got, want, "%s: got '%s', want '%s'", field, got, want);
}

static void assert_double_same(double got, double want, const char *field)
{
	if (isnan(want))
		cr_assert(isnan(got), "%s: got %g, want NaN", field, got);
	else
		cr_assert(got == want, "%s: got %.17g, want %.17g", field, got, want);
}

static void assert_figure(const angka_figure *got, const angka_figure *want, const angka_article *a)
{
	assert_str_or_null(got->source, a->source, "source");
	assert_str_or_null(got->article_title, a->title, "article_title");
	assert_str_or_null(got->published, a->published, "published");
	assert_str_or_null(got->region, want->region, "region");
	assert_str_or_null(got->region_code, want->region_code, "region_code");
	assert_str_or_null(got->metric, want->metric, "metric");
	assert_str_or_null(got->segment, want->segment, "segment");
	assert_str_or_null(got->programme, want->programme, "programme");
	assert_double_same(got->value, want->value, "value");
	assert_str_or_null(got->unit, want->unit, "unit");
	cr_assert_eq(got->approx, want->approx, "approx");
	assert_str_or_null(got->as_of, want->as_of, "as_of");
	assert_str_or_null(got->text, want->text, "text");
	assert_str_or_null(got->sentence, want->sentence, "sentence");
	cr_assert_eq(got->start, want->start, "start %zu, want %zu", got->start, want->start);
	cr_assert_eq(got->end, want->end, "end %zu, want %zu", got->end, want->end);
	assert_str_or_null(got->rule, want->rule, "rule");
	cr_assert_eq(got->decimals, want->decimals, "decimals");
	assert_double_same(got->low, want->low, "low");
	assert_double_same(got->high, want->high, "high");
}

/* ---- tests ------------------------------------------------------------ */

Test(store, open_creates_schema_at_the_current_version)
{
	angka_store *store = open_store();
	angka_store_close(store);

	cr_assert_eq(raw_int("PRAGMA user_version"), angka_store_schema_version());
	cr_assert_eq(raw_int("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
	                     "('articles', 'sources', 'extracted_figures')"),
	             3);
	cr_assert_eq(raw_int("SELECT count(*) FROM sqlite_master WHERE type = 'view' AND "
	                     "name = 'figures'"),
	             1);
	cr_assert_eq(raw_int("SELECT count(*) FROM pragma_index_info((SELECT name FROM "
	                     "sqlite_master WHERE type = 'index' AND tbl_name = "
	                     "'extracted_figures')) WHERE name = 'article_id'"),
	             1);
	cr_assert_eq(raw_int("SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"),
	             1);
}

Test(store, figures_view_has_the_record_fields)
{
	static const char *const want[] = {
	        "id",
	        "article_id",
	        "source",
	        "article_title",
	        "published",
	        "region",
	        "region_code",
	        "domain",
	        "metric",
	        "segment",
	        "value",
	        "unit",
	        "programme",
	        "approx",
	        "as_of",
	        "text",
	        "sentence",
	        "start",
	        "end",
	        "rule",
	        "superseded_by",
	};
	angka_store_close(open_store());

	sqlite3 *db = NULL;
	sqlite3_stmt *stmt = NULL;
	cr_assert_eq(sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_prepare_v2(db, "SELECT * FROM figures", -1, &stmt, NULL), SQLITE_OK);
	size_t n = (size_t)sqlite3_column_count(stmt);
	cr_assert_eq(n, sizeof want / sizeof want[0], "view has %zu columns", n);
	for (size_t i = 0; i < n; i++)
		cr_assert_str_eq(sqlite3_column_name(stmt, (int)i), want[i], "column %zu", i);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
}

Test(store, put_new_article_with_two_figures)
{
	angka_store *store = open_store();
	angka_article a = make_article("seeds/prokalteng.html", article_text);
	angka_figure figs[2];
	make_figures(figs, article_text);
	int64_t id = 0;

	put_ok(store, &a, figs, 2, ANGKA_STORE_NEW, &id);
	cr_assert_gt(id, 0);
	assert_counts(store, 1, 2);
	angka_store_close(store);

	cr_assert_eq(raw_int("SELECT count(*) FROM sources WHERE location = "
	                     "'seeds/prokalteng.html' AND fetched_at = '2025-03-27T08:00:00Z'"),
	             1);
	cr_assert_eq(raw_int("SELECT count(*) FROM articles WHERE ingested_at GLOB "
	                     "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z' AND "
	                     "rules_version = 'rules-v1'"),
	             1);
}

Test(store, same_article_again_is_unchanged)
{
	angka_store *store = open_store();
	angka_article a = make_article("seeds/prokalteng.html", article_text);
	angka_figure figs[2];
	make_figures(figs, article_text);
	int64_t first = 0, second = 0;

	put_ok(store, &a, figs, 2, ANGKA_STORE_NEW, &first);
	put_ok(store, &a, figs, 2, ANGKA_STORE_UNCHANGED, &second);
	cr_assert_eq(second, first);
	assert_counts(store, 1, 2);
	angka_store_close(store);
	cr_assert_eq(raw_int("SELECT count(*) FROM sources"), 1);
}

Test(store, same_content_from_second_location_adds_a_source)
{
	angka_store *store = open_store();
	angka_article a = make_article("seeds/prokalteng.html", article_text);
	angka_article b = make_article("https://mirror.example/prokalteng", article_text);
	angka_figure figs[2];
	make_figures(figs, article_text);

	put_ok(store, &a, figs, 2, ANGKA_STORE_NEW, NULL);
	/* Only one figure offered this time: nothing of it may be written. */
	put_ok(store, &b, figs, 1, ANGKA_STORE_UNCHANGED, NULL);
	assert_counts(store, 1, 2);

	/* The record's source stays the first location. */
	collected c = {0};
	cr_assert_eq(angka_store_each_figure(store, collect, &c, NULL), 0);
	cr_assert_eq(c.n, 2);
	cr_assert_str_eq(c.items[0].source, "seeds/prokalteng.html");
	collected_free(&c);
	angka_store_close(store);

	cr_assert_eq(raw_int("SELECT count(*) FROM sources"), 2);
	cr_assert_eq(raw_int("SELECT count(DISTINCT article_id) FROM sources"), 1);
}

Test(store, changed_content_at_same_location_is_a_new_version)
{
	static const char edited[] = "PALANGKA RAYA – Jumlah peserta BPJS Ketenagakerjaan di "
	                             "Kalimantan Tengah mencapai 518.632 peserta dari 1.312.370 "
	                             "pekerja (39,52%).\n\nDiperbarui.";
	angka_store *store = open_store();
	angka_article a = make_article("seeds/prokalteng.html", article_text);
	angka_article b = make_article("seeds/prokalteng.html", edited);
	angka_figure figs[2];
	make_figures(figs, article_text);
	int64_t first = 0, second = 0;

	put_ok(store, &a, figs, 2, ANGKA_STORE_NEW, &first);
	put_ok(store, &b, figs, 1, ANGKA_STORE_REVISED, &second);
	cr_assert_neq(first, second);
	assert_counts(store, 1, 1);
	angka_store_close(store);
	/* Both versions keep the location as their source; the first is
	 * superseded by the second, and keeps its figures. */
	cr_assert_eq(raw_int("SELECT count(*) FROM sources WHERE location = "
	                     "'seeds/prokalteng.html'"),
	             2);
	cr_assert_eq(raw_int("SELECT count(*) FROM figures WHERE source IS NULL"), 0);
	cr_assert_eq(raw_int("SELECT count(*) FROM figures WHERE superseded_by IS NOT NULL"), 2);
	char sql[128];
	snprintf(sql, sizeof sql, "SELECT superseded_by = %lld FROM articles WHERE id = %lld",
	         (long long)second, (long long)first);
	cr_assert_eq(raw_int(sql), 1);
}

Test(store, check_violation_rolls_back_the_whole_article)
{
	angka_store *store = open_store();
	angka_article a = make_article("seeds/prokalteng.html", article_text);
	angka_figure figs[2];
	make_figures(figs, article_text);
	figs[1].unit = (char *)"bogus";

	angka_figure_list list = {figs, 2, 2};
	angka_store_status status = ANGKA_STORE_UNCHANGED;
	int64_t id = -7;
	angka_error err = {0};
	int rc = angka_store_put_article(store, &a, &list, "rules-v1", &status, &id, &err);
	cr_assert_eq(rc, ANGKA_EDB, "rc %d: %s", rc, err.message);
	cr_assert_eq(err.code, ANGKA_EDB);
	cr_assert_not_null(strstr(err.message, "figure_unit"), "message: %s", err.message);
	cr_assert_not_null(strstr(err.message, "seeds/prokalteng.html"), "message: %s",
	                   err.message);
	cr_assert_not_null(strstr(err.message, "participants.count"), "message: %s", err.message);
	cr_assert_eq(id, -7, "article_id written on failure");
	assert_counts(store, 0, 0);

	/* No transaction is left open: the store still takes the good article. */
	figs[1].unit = (char *)"persons";
	put_ok(store, &a, figs, 2, ANGKA_STORE_NEW, NULL);
	assert_counts(store, 1, 2);
	angka_store_close(store);
	cr_assert_eq(raw_int("SELECT count(*) FROM sources"), 1);
}

Test(store, a_figure_without_domain_and_a_bad_unit_are_refused)
{
	angka_store *store = open_store();
	angka_article a = make_article("seeds/prokalteng.html", article_text);
	angka_figure figs[2];
	angka_error err = {0};
	make_figures(figs, article_text);

	figs[0].domain = NULL;
	angka_figure_list list = {figs, 2, 2};
	cr_assert_eq(angka_store_put_article(store, &a, &list, NULL, NULL, NULL, &err), ANGKA_EDB);
	cr_assert_not_null(strstr(err.message, "extracted_figures.domain"), "message: %s",
	                   err.message);

	figs[0].domain = (char *)"bpjs-tk";
	figs[0].unit = (char *)"rupiah";
	cr_assert_eq(angka_store_put_article(store, &a, &list, NULL, NULL, NULL, &err), ANGKA_EDB);
	cr_assert_not_null(strstr(err.message, "figure_unit"), "message: %s", err.message);
	assert_counts(store, 0, 0);
	angka_store_close(store);
}

Test(store, invalid_utf8_is_refused_and_nothing_stays)
{
	static const char broken[] = "Kalteng \xc3\x28 39,52%";
	angka_store *store = open_store();
	angka_article a = make_article("seeds/broken.txt", broken);
	angka_error err = {0};

	cr_assert_eq(angka_store_put_article(store, &a, NULL, NULL, NULL, NULL, &err),
	             ANGKA_EINVAL);
	cr_assert_not_null(strstr(err.message, "UTF-8"), "message: %s", err.message);
	assert_counts(store, 0, 0);
	angka_store_close(store);
	cr_assert_eq(raw_int("SELECT count(*) FROM sources"), 0);
}

Test(store, each_figure_returns_fields_as_stored)
{
	angka_store *store = open_store();
	angka_article a = make_article("seeds/prokalteng.html", article_text);
	angka_figure figs[2];
	make_figures(figs, article_text);
	put_ok(store, &a, figs, 2, ANGKA_STORE_NEW, NULL);

	collected c = {0};
	angka_error err = {0};
	cr_assert_eq(angka_store_each_figure(store, collect, &c, &err), 0, "%s", err.message);
	cr_assert_eq(c.n, 2);
	/* In text order: figs[1] (518.632) comes before figs[0] (39,52%). */
	assert_figure(&c.items[0], &figs[1], &a);
	assert_figure(&c.items[1], &figs[0], &a);
	collected_free(&c);
	angka_store_close(store);
}

Test(store, programme_is_stored_and_checked)
{
	static const char text[] = "Manfaat JHT yang dibayarkan mencapai Rp 711,58 miliar.";
	angka_store *store = open_store();
	angka_article a = make_article("seeds/jht.txt", text);
	angka_figure fig;
	memset(&fig, 0, sizeof fig);
	fig.region = (char *)"Indonesia";
	fig.domain = (char *)"bpjs-tk";
	fig.metric = (char *)"benefit_amount_idr";
	fig.segment = (char *)"all";
	fig.programme = (char *)"JHT";
	fig.value = 711580000000;
	fig.unit = (char *)"IDR";
	fig.text = (char *)"Rp 711,58 miliar";
	fig.sentence = (char *)text;
	fig.start = offset_of(text, "Rp 711");
	fig.end = fig.start + strlen(fig.text);
	fig.rule = (char *)"benefit.amount";
	fig.decimals = 2;
	fig.low = 711575000000;
	fig.high = 711585000000;
	put_ok(store, &a, &fig, 1, ANGKA_STORE_NEW, NULL);
	collected c = {0};
	cr_assert_eq(angka_store_each_figure(store, collect, &c, NULL), 0);
	cr_assert_eq(c.n, 1);
	assert_figure(&c.items[0], &fig, &a);
	collected_free(&c);

	/* The programmes are the domains' (lexicon/programmes.tsv): another
	 * domain's is stored as it is. */
	angka_article b = make_article("seeds/other.txt", "Manfaat XYZ Rp 711,58 miliar.");
	fig.programme = (char *)"XYZ";
	put_ok(store, &b, &fig, 1, ANGKA_STORE_NEW, NULL);
	angka_store_close(store);
	cr_assert_eq(raw_int("SELECT count(*) FROM figures WHERE programme = 'JHT'"), 1);
	cr_assert_eq(raw_int("SELECT count(*) FROM figures WHERE programme = 'XYZ'"), 1);
}

Test(store, visit_stops_the_walk)
{
	angka_store *store = open_store();
	angka_article a = make_article("seeds/prokalteng.html", article_text);
	angka_figure figs[2];
	make_figures(figs, article_text);
	put_ok(store, &a, figs, 2, ANGKA_STORE_NEW, NULL);

	collected c = {.stop_after = 1};
	cr_assert_eq(angka_store_each_figure(store, collect, &c, NULL), 42);
	cr_assert_eq(c.n, 1);
	collected_free(&c);
	angka_store_close(store);
}

Test(store, reopening_keeps_the_data)
{
	angka_store *store = open_store();
	angka_article a = make_article("seeds/prokalteng.html", article_text);
	angka_figure figs[2];
	make_figures(figs, article_text);
	put_ok(store, &a, figs, 2, ANGKA_STORE_NEW, NULL);
	angka_store_close(store);

	store = open_store();
	assert_counts(store, 1, 2);
	put_ok(store, &a, figs, 2, ANGKA_STORE_UNCHANGED, NULL);
	collected c = {0};
	cr_assert_eq(angka_store_each_figure(store, collect, &c, NULL), 0);
	cr_assert_eq(c.n, 2);
	assert_figure(&c.items[0], &figs[1], &a);
	collected_free(&c);
	angka_store_close(store);
	cr_assert_eq(raw_int("PRAGMA user_version"), angka_store_schema_version());
}

/* The articles in the database file alone, without its -wal: a copy of
 * the file, read on its own. */
static long long articles_in_the_file_alone(void)
{
	char copy[160];
	snprintf(copy, sizeof copy, "%s/copy.db", tmpdir);
	FILE *in = fopen(db_path, "rb");
	FILE *out = fopen(copy, "wb");
	cr_assert(in != NULL && out != NULL);
	char block[4096];
	size_t n;
	while ((n = fread(block, 1, sizeof block, in)) > 0)
		cr_assert_eq(fwrite(block, 1, n, out), n);
	fclose(in);
	cr_assert_eq(fclose(out), 0);
	sqlite3 *db = NULL;
	sqlite3_stmt *stmt = NULL;
	cr_assert_eq(sqlite3_open_v2(copy, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_prepare_v2(db, "SELECT count(*) FROM articles", -1, &stmt, NULL),
	             SQLITE_OK, "%s", sqlite3_errmsg(db));
	cr_assert_eq(sqlite3_step(stmt), SQLITE_ROW);
	long long v = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return v;
}

Test(store, checkpoint_puts_what_is_stored_into_the_file)
{
	angka_store *store = open_store();
	angka_article a = make_article("seeds/prokalteng.html", article_text);
	angka_figure figs[2];
	make_figures(figs, article_text);
	angka_error err = {0};
	/* The new file's schema is in the -wal too, until a checkpoint. */
	cr_assert_eq(angka_store_checkpoint(store, &err), ANGKA_OK, "%s", err.message);
	cr_assert_eq(articles_in_the_file_alone(), 0);
	cr_assert_eq(angka_store_batch_begin(store, &err), ANGKA_OK);
	put_ok(store, &a, figs, 2, ANGKA_STORE_NEW, NULL);
	/* In a batch there is nothing to copy yet: a no-op, not an error. */
	cr_assert_eq(angka_store_checkpoint(store, &err), ANGKA_OK, "%s", err.message);
	cr_assert_eq(angka_store_batch_commit(store, &err), ANGKA_OK, "%s", err.message);
	cr_assert_eq(articles_in_the_file_alone(), 0, "committed, but only in the -wal");
	cr_assert_eq(angka_store_checkpoint(store, &err), ANGKA_OK, "%s", err.message);
	cr_assert_eq(articles_in_the_file_alone(), 1);
	assert_counts(store, 1, 2);
	angka_store_close(store);
}

Test(store, open_in_missing_directory_names_the_path)
{
	char path[256];
	snprintf(path, sizeof path, "%s/no-such-dir/angka.db", tmpdir);
	angka_store *store = (angka_store *)&path; /* must be reset to NULL */
	angka_error err = {0};

	int rc = angka_store_open(&store, path, &err);
	cr_assert_eq(rc, ANGKA_EDB, "rc %d", rc);
	cr_assert_null(store);
	cr_assert_not_null(strstr(err.message, path), "message: %s", err.message);
	cr_assert_not_null(strstr(err.message, "unable to open"), "message: %s", err.message);
}

Test(store, newer_schema_version_is_refused)
{
	sqlite3 *db = NULL;
	cr_assert_eq(sqlite3_open(db_path, &db), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);

	angka_store *store = NULL;
	angka_error err = {0};
	int rc = angka_store_open(&store, db_path, &err);
	cr_assert_eq(rc, ANGKA_EDB, "rc %d", rc);
	cr_assert_null(store);
	cr_assert_not_null(strstr(err.message, "99"), "message: %s", err.message);
	cr_assert_not_null(strstr(err.message, db_path), "message: %s", err.message);
	/* Refused before anything was created or changed. */
	cr_assert_eq(raw_int("PRAGMA user_version"), 99);
	cr_assert_eq(raw_int("SELECT count(*) FROM sqlite_master"), 0);
}

Test(store, close_accepts_null)
{
	angka_store_close(NULL);
}

Test(store, any_metric_and_segment_a_domain_declares_is_accepted)
{
	/* The metrics and segments are the domains' (metrics.tsv), not the
	 * schema's: a new domain's, such as a minimum wage, needs no migration. */
	static const char *const metrics[] = {
	        "participants",        "eligible_workers",       "working_population",
	        "coverage_pct",        "uncovered_workers",      "uncovered_pct",
	        "target_coverage_pct", "target_participants",    "benefit_amount_idr",
	        "beneficiaries",       "scholarship_recipients", "scholarship_amount_idr",
	        "minimum_wage_idr",
	};
	static const char *const segments[] = {"all",    "PU",  "BPU",   "jakon",   "PMI",
	                                       "rentan", "ASN", "other", "province"};
	static const char *const units[] = {"persons", "percent", "IDR", "cases"};
	static const char *const programmes[] = {NULL, "JHT", "JKK",     "JKM",
	                                         "JP", "JKP", "beasiswa"};
	enum { N = sizeof metrics / sizeof metrics[0] };
	angka_figure figs[N];
	angka_figure pair[2];
	make_figures(pair, article_text);
	for (size_t i = 0; i < N; i++) {
		figs[i] = pair[0];
		figs[i].metric = (char *)metrics[i];
		figs[i].segment = (char *)segments[i % (sizeof segments / sizeof segments[0])];
		figs[i].unit = (char *)units[i % (sizeof units / sizeof units[0])];
		figs[i].programme =
		        (char *)programmes[i % (sizeof programmes / sizeof programmes[0])];
	}

	angka_store *store = open_store();
	angka_article a = make_article("seeds/prokalteng.html", article_text);
	put_ok(store, &a, figs, N, ANGKA_STORE_NEW, NULL);
	assert_counts(store, 1, N);
	angka_store_close(store);
	cr_assert_eq(raw_int("SELECT count(DISTINCT segment) FROM extracted_figures"), 9);
	cr_assert_eq(raw_int("SELECT count(DISTINCT metric) FROM extracted_figures"), 13);
	cr_assert_eq(raw_int("SELECT count(DISTINCT unit) FROM extracted_figures"), 4);
	cr_assert_eq(raw_int("SELECT count(DISTINCT programme) FROM extracted_figures"), 6);
}

Test(store, two_connections_share_identity)
{
	angka_store *first = open_store();
	angka_store *second = open_store();
	angka_article a = make_article("seeds/prokalteng.html", article_text);
	angka_figure figs[2];
	make_figures(figs, article_text);
	int64_t id1 = 0, id2 = 0;

	put_ok(first, &a, figs, 2, ANGKA_STORE_NEW, &id1);
	put_ok(second, &a, figs, 2, ANGKA_STORE_UNCHANGED, &id2);
	cr_assert_eq(id1, id2);
	assert_counts(second, 1, 2);
	angka_store_close(first);
	angka_store_close(second);
}

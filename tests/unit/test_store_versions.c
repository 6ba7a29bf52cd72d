/* Unit tests for article versions and review at scale in the store: a
 * source read again with new text supersedes its old version, decisions on
 * unchanged figures carry over, a source can be forgotten with everything
 * of it, and decisions come in batches (ids or selections) and can be
 * undone. Each test works in its own temporary directory. */
#define _POSIX_C_SOURCE 200809L

#include <criterion/criterion.h>
#include <math.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "angka/store.h"
#include "util/hash.h"

static char tmpdir[64];
static char db_path[128];

static void setup(void)
{
	strcpy(tmpdir, "/tmp/angka-versions-XXXXXX");
	cr_assert_not_null(mkdtemp(tmpdir));
	snprintf(db_path, sizeof db_path, "%s/angka.db", tmpdir);
}

static void teardown(void)
{
	const char *suffixes[] = {"", "-wal", "-shm"};
	for (size_t i = 0; i < 3; i++) {
		char path[160];
		snprintf(path, sizeof path, "%s%s", db_path, suffixes[i]);
		unlink(path);
	}
	rmdir(tmpdir);
}

TestSuite(versions, .init = setup, .fini = teardown);

/* ---- fixtures --------------------------------------------------------- */

/* A story with a typo (46,7) and its correction (46,2); the participants
 * and eligible workers are the same in both. */
static const char typo[] = "Kalteng: 465.940 pekerja dari 1.009.250 atau 46,7 persen.";
static const char fixed[] = "Kalteng: 465.940 pekerja dari 1.009.250 atau 46,2 persen.";

static angka_article make_article(const char *source, const char *text)
{
	angka_article a;
	memset(&a, 0, sizeof a);
	a.source = (char *)source;
	a.text = (char *)text;
	a.text_len = strlen(text);
	a.title = (char *)"UCJ Kalteng";
	a.published = (char *)"2025-03-26";
	cr_assert_eq(angka_sha256_hex(a.content_hash, text, strlen(text)), 0);
	return a;
}

static angka_figure make_figure(const char *text, const char *written, const char *metric,
                                double value, const char *unit)
{
	angka_figure f;
	memset(&f, 0, sizeof f);
	const char *at = strstr(text, written);
	cr_assert_not_null(at, "no '%s' in the text", written);
	f.region = (char *)"Kalimantan Tengah";
	f.region_code = (char *)"62";
	f.domain = (char *)"bpjs-tk";
	f.metric = (char *)metric;
	f.segment = (char *)"all";
	f.value = value;
	f.unit = (char *)unit;
	f.as_of = (char *)"2025-03";
	f.text = (char *)written;
	f.sentence = (char *)text;
	f.start = (size_t)(at - text);
	f.end = f.start + strlen(written);
	f.rule = (char *)"test.rule";
	f.decimals = strchr(written, ',') ? 1 : 0;
	f.low = NAN;
	f.high = NAN;
	return f;
}

/* The story's three figures: participants, eligible workers, coverage. */
static void story_figures(angka_figure figs[3], const char *text)
{
	figs[0] = make_figure(text, "465.940", "participants", 465940, "persons");
	figs[1] = make_figure(text, "1.009.250", "eligible_workers", 1009250, "persons");
	bool is_typo = strstr(text, "46,7") != NULL;
	figs[2] = make_figure(text, is_typo ? "46,7 persen" : "46,2 persen", "coverage_pct",
	                      is_typo ? 46.7 : 46.2, "percent");
}

static angka_store *open_store(void)
{
	angka_store *store = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_store_open(&store, db_path, &err), ANGKA_OK, "%s", err.message);
	return store;
}

static int64_t put(angka_store *store, const char *source, const char *text,
                   angka_store_status want)
{
	angka_article a = make_article(source, text);
	angka_figure figs[3];
	story_figures(figs, text);
	angka_figure_list list = {figs, 3, 3};
	angka_store_status status = (angka_store_status)-1;
	int64_t id = 0;
	angka_error err = {0, ""};
	cr_assert_eq(angka_store_put_article(store, &a, &list, "r1", &status, &id, &err), ANGKA_OK,
	             "%s", err.message);
	cr_assert_eq(status, want, "status %d, want %d", (int)status, (int)want);
	return id;
}

static long long raw_int(const char *fmt, ...)
{
	char sql[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(sql, sizeof sql, fmt, ap);
	va_end(ap);
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

static int64_t figure_id(int64_t article_id, const char *text)
{
	return raw_int("SELECT id FROM extracted_figures WHERE article_id = %lld AND text = '%s'",
	               (long long)article_id, text);
}

static void decide(angka_store *store, int64_t id, angka_review_decision decision, double value,
                   const char *reviewer)
{
	angka_review_request req = {decision, value, 0, NULL, reviewer};
	angka_error err = {0, ""};
	size_t n = 0;
	cr_assert_eq(angka_store_review_ids(store, &id, 1, &req, NULL, NULL, &n, &err), ANGKA_OK,
	             "%s", err.message);
	cr_assert_eq(n, 1);
}

typedef struct stored {
	int64_t ids[16];
	char decisions[16][16];
	size_t n;
} stored;

static int collect_stored(const angka_stored_figure *sf, void *ctx)
{
	stored *s = ctx;
	cr_assert_lt(s->n, 16);
	s->ids[s->n] = sf->id;
	snprintf(s->decisions[s->n], sizeof s->decisions[0], "%s",
	         sf->decision ? sf->decision : "pending");
	s->n++;
	return 0;
}

/* ---- versions ----------------------------------------------------------- */

Test(versions, new_text_from_a_source_supersedes_the_old_version)
{
	angka_store *store = open_store();
	int64_t v1 = put(store, "story.txt", typo, ANGKA_STORE_NEW);
	int64_t v2 = put(store, "story.txt", fixed, ANGKA_STORE_REVISED);
	cr_assert_neq(v1, v2);
	int64_t articles = 0, figures = 0;
	cr_assert_eq(angka_store_count(store, &articles, &figures, NULL), ANGKA_OK);
	cr_expect_eq(articles, 1, "only the current version counts");
	cr_expect_eq(figures, 3);
	stored s = {.n = 0};
	cr_assert_eq(
	        angka_store_each_stored_figure(store, ANGKA_STORE_ALL, collect_stored, &s, NULL),
	        ANGKA_OK);
	cr_expect_eq(s.n, 3, "the walk sees the current version only");
	for (size_t i = 0; i < s.n; i++)
		cr_expect_eq(raw_int("SELECT article_id FROM extracted_figures WHERE id = %lld",
		                     (long long)s.ids[i]),
		             v2);
	angka_store_close(store);
	cr_expect_eq(raw_int("SELECT superseded_by FROM articles WHERE id = %lld", (long long)v1),
	             v2);
	cr_expect_eq(raw_int("SELECT count(*) FROM extracted_figures WHERE article_id = %lld",
	                     (long long)v1),
	             3, "the old version keeps its figures");
	cr_expect_eq(raw_int("SELECT count(*) FROM articles WHERE superseded_at IS NOT NULL"), 1);
}

Test(versions, decisions_on_unchanged_figures_carry_over)
{
	angka_store *store = open_store();
	int64_t v1 = put(store, "story.txt", typo, ANGKA_STORE_NEW);
	decide(store, figure_id(v1, "465.940"), ANGKA_REVIEW_ACCEPT, NAN, "ana");
	decide(store, figure_id(v1, "1.009.250"), ANGKA_REVIEW_REJECT, NAN, "ana");
	decide(store, figure_id(v1, "1.009.250"), ANGKA_REVIEW_CORRECT, 1009251, "budi");
	decide(store, figure_id(v1, "46,7 persen"), ANGKA_REVIEW_REJECT, NAN, "ana");
	int64_t v2 = put(store, "story.txt", fixed, ANGKA_STORE_REVISED);

	stored s = {.n = 0};
	cr_assert_eq(
	        angka_store_each_stored_figure(store, ANGKA_STORE_ALL, collect_stored, &s, NULL),
	        ANGKA_OK);
	cr_assert_eq(s.n, 3);
	/* In text order: participants, eligible workers, coverage. */
	cr_expect_str_eq(s.decisions[0], "accept");
	cr_expect_str_eq(s.decisions[1], "correct", "the latest of the carried history");
	cr_expect_str_eq(s.decisions[2], "pending", "a changed figure is reviewed again");
	angka_store_close(store);
	cr_expect_eq(raw_int("SELECT count(*) FROM reviews WHERE article_id = %lld AND "
	                     "carried_from IS NOT NULL",
	                     (long long)v2),
	             3, "the whole history of each unchanged figure, each copy naming its origin");
	cr_expect_eq(raw_int("SELECT count(*) FROM reviews WHERE article_id = %lld", (long long)v1),
	             4, "the old version keeps its history");
}

Test(versions, a_source_going_back_to_an_older_text_revives_it)
{
	angka_store *store = open_store();
	int64_t v1 = put(store, "story.txt", typo, ANGKA_STORE_NEW);
	int64_t v2 = put(store, "story.txt", fixed, ANGKA_STORE_REVISED);
	decide(store, figure_id(v2, "465.940"), ANGKA_REVIEW_ACCEPT, NAN, "ana");
	int64_t again = put(store, "story.txt", typo, ANGKA_STORE_REVIVED);
	cr_assert_eq(again, v1);
	/* And to the newer one once more: no decision is carried twice. */
	cr_assert_eq(put(store, "story.txt", fixed, ANGKA_STORE_REVIVED), v2);
	put(store, "story.txt", fixed, ANGKA_STORE_UNCHANGED);
	angka_store_close(store);
	cr_expect_eq(raw_int("SELECT superseded_by FROM articles WHERE id = %lld", (long long)v1),
	             v2);
	cr_expect_eq(raw_int("SELECT superseded_by IS NULL FROM articles WHERE id = %lld",
	                     (long long)v2),
	             1);
	cr_expect_eq(raw_int("SELECT count(*) FROM reviews WHERE article_id = %lld", (long long)v1),
	             1, "the accept carried back to the older text");
	cr_expect_eq(raw_int("SELECT count(*) FROM reviews WHERE article_id = %lld", (long long)v2),
	             1, "and not carried again to the text it came from");
}

Test(versions, a_stale_copy_of_an_old_version_stays_superseded)
{
	angka_store *store = open_store();
	int64_t v1 = put(store, "story.txt", typo, ANGKA_STORE_NEW);
	put(store, "story.html", typo, ANGKA_STORE_UNCHANGED); /* the page of the same text */
	int64_t v2 = put(store, "story.txt", fixed, ANGKA_STORE_REVISED);
	/* The page still gives the typo: it does not undo the correction. */
	cr_assert_eq(put(store, "story.html", typo, ANGKA_STORE_UNCHANGED), v1);
	angka_store_close(store);
	cr_expect_eq(raw_int("SELECT superseded_by FROM articles WHERE id = %lld", (long long)v1),
	             v2);
}

typedef struct version_listing {
	angka_article_version v[4];
	size_t n;
} version_listing;

/* Keeps the numbers of each version (its strings live only for the call). */
static int visit(const angka_article_version *v, void *ctx)
{
	version_listing *l = ctx;
	cr_assert_lt(l->n, 4);
	l->v[l->n] = *v;
	l->v[l->n].content_hash = l->v[l->n].title = l->v[l->n].published = NULL;
	l->v[l->n].first_seen = l->v[l->n].superseded_at = NULL;
	l->n++;
	return 0;
}

Test(versions, each_version_lists_the_texts_of_a_source)
{
	angka_store *store = open_store();
	put(store, "story.txt", typo, ANGKA_STORE_NEW);
	int64_t v2 = put(store, "story.txt", fixed, ANGKA_STORE_REVISED);
	version_listing l = {.n = 0};
	cr_assert_eq(angka_store_each_version(store, "story.txt", visit, &l, NULL), ANGKA_OK);
	cr_assert_eq(l.n, 2);
	cr_expect_eq(l.v[0].version, 1);
	cr_expect_eq(l.v[0].superseded_by, v2);
	cr_expect_eq(l.v[1].version, 2);
	cr_expect_eq(l.v[1].superseded_by, 0);
	cr_expect_eq(l.v[1].figures, 3);
	angka_error err = {0, ""};
	cr_expect_eq(angka_store_each_version(store, "nowhere.txt", visit, &l, &err),
	             ANGKA_ENOTFOUND);
	cr_expect_not_null(strstr(err.message, "nowhere.txt"), "%s", err.message);
	angka_store_close(store);
}

/* ---- forget ---------------------------------------------------------------- */

Test(versions, forget_removes_a_source_and_everything_of_it)
{
	angka_store *store = open_store();
	int64_t v1 = put(store, "story.txt", typo, ANGKA_STORE_NEW);
	decide(store, figure_id(v1, "465.940"), ANGKA_REVIEW_ACCEPT, NAN, "ana");
	put(store, "story.txt", fixed, ANGKA_STORE_REVISED);
	angka_source_state st = {.location = "story.txt", .kind = "file", .status = "ok"};
	cr_assert_eq(angka_store_record_source(store, &st, NULL), ANGKA_OK);
	static const char other[] = "Jambi: 518.632 pekerja dari 1.312.370 atau 39,52 persen.";
	angka_article b = make_article("other.txt", other);
	cr_assert_eq(angka_store_put_article(store, &b, NULL, NULL, NULL, NULL, NULL), ANGKA_OK);

	angka_forget_stats stats = {0, 0, 0, 0};
	angka_error err = {0, ""};
	cr_assert_eq(angka_store_forget(store, "story.txt", &stats, &err), ANGKA_OK, "%s",
	             err.message);
	cr_expect_eq(stats.articles, 2, "both versions");
	cr_expect_eq(stats.figures, 6);
	cr_expect_eq(stats.reviews, 2, "the decision and its carried copy");
	cr_expect_eq(stats.kept, 0);
	cr_expect_eq(angka_store_forget(store, "story.txt", NULL, &err), ANGKA_ENOTFOUND);
	angka_store_close(store);
	cr_expect_eq(raw_int("SELECT count(*) FROM articles"), 1, "other.txt stays");
	cr_expect_eq(raw_int("SELECT count(*) FROM extracted_figures"), 0);
	cr_expect_eq(raw_int("SELECT count(*) FROM reviews"), 0);
	cr_expect_eq(raw_int("SELECT count(*) FROM source_status"), 0);
	cr_expect_eq(raw_int("SELECT count(*) FROM sources WHERE location = 'story.txt'"), 0);
	cr_expect_eq(raw_int("SELECT count(*) FROM pragma_foreign_key_check"), 0, "no orphans");
}

Test(versions, forget_keeps_what_another_source_has_and_revives_the_old_version)
{
	angka_store *store = open_store();
	int64_t v1 = put(store, "story.txt", typo, ANGKA_STORE_NEW);
	put(store, "story.html", typo, ANGKA_STORE_UNCHANGED);
	put(store, "story.txt", fixed, ANGKA_STORE_REVISED);
	angka_forget_stats stats = {0, 0, 0, 0};
	cr_assert_eq(angka_store_forget(store, "story.txt", &stats, NULL), ANGKA_OK);
	cr_expect_eq(stats.articles, 1, "the corrected text, only story.txt had it");
	cr_expect_eq(stats.kept, 1, "the typo's text, story.html has it too");
	int64_t articles = 0;
	cr_assert_eq(angka_store_count(store, &articles, NULL, NULL), ANGKA_OK);
	cr_expect_eq(articles, 1);
	angka_store_close(store);
	cr_expect_eq(raw_int("SELECT superseded_by IS NULL FROM articles WHERE id = %lld",
	                     (long long)v1),
	             1, "its newer version gone, the old one is current again");
	cr_expect_eq(raw_int("SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

/* ---- review at scale -------------------------------------------------------- */

Test(versions, a_batch_is_all_or_nothing)
{
	angka_store *store = open_store();
	int64_t v1 = put(store, "story.txt", typo, ANGKA_STORE_NEW);
	int64_t ids[] = {figure_id(v1, "465.940"), figure_id(v1, "1.009.250"), 99999};
	angka_review_request req = {ANGKA_REVIEW_ACCEPT, NAN, 0, "checked", "ana"};
	angka_error err = {0, ""};
	size_t n = 7;
	cr_assert_eq(angka_store_review_ids(store, ids, 3, &req, NULL, NULL, &n, &err),
	             ANGKA_ENOTFOUND);
	cr_expect_not_null(strstr(err.message, "99999"), "%s", err.message);
	cr_expect_eq(n, 0);
	cr_assert_eq(angka_store_review_ids(store, ids, 2, &req, NULL, NULL, &n, &err), ANGKA_OK);
	cr_expect_eq(n, 2);
	/* A figure of a superseded version is not reviewed. */
	put(store, "story.txt", fixed, ANGKA_STORE_REVISED);
	int64_t old = figure_id(v1, "46,7 persen");
	cr_assert_eq(angka_store_review_ids(store, &old, 1, &req, NULL, NULL, &n, &err),
	             ANGKA_EINVAL);
	cr_expect_not_null(strstr(err.message, "superseded"), "%s", err.message);
	angka_store_close(store);
	cr_expect_eq(raw_int("SELECT count(*) FROM reviews WHERE carried_from IS NULL"), 2);
}

Test(versions, a_selection_decides_the_current_figures_that_match)
{
	angka_store *store = open_store();
	put(store, "story.txt", typo, ANGKA_STORE_NEW);
	int64_t v2 = put(store, "story.txt", fixed, ANGKA_STORE_REVISED);
	angka_review_request req = {ANGKA_REVIEW_REJECT, NAN, 0, NULL, "ana"};
	angka_figure_selection sel = {.metric = "*_workers", .region = "62"};
	size_t n = 0;
	angka_error err = {0, ""};
	cr_assert_eq(angka_store_review_selected(store, &sel, &req, NULL, NULL, &n, &err), ANGKA_OK,
	             "%s", err.message);
	cr_expect_eq(n, 1, "eligible_workers of the current version");
	sel = (angka_figure_selection){.filter = ANGKA_STORE_PENDING, .source = "story.txt"};
	req.decision = ANGKA_REVIEW_ACCEPT;
	cr_assert_eq(angka_store_review_selected(store, &sel, &req, NULL, NULL, &n, &err),
	             ANGKA_OK);
	cr_expect_eq(n, 2, "the two still pending");
	sel = (angka_figure_selection){.rule = "nothing.*"};
	cr_assert_eq(angka_store_review_selected(store, &sel, &req, NULL, NULL, &n, &err),
	             ANGKA_OK);
	cr_expect_eq(n, 0, "selecting nothing is no error");
	stored s = {.n = 0};
	sel = (angka_figure_selection){.article_id = v2, .filter = ANGKA_STORE_CURATED};
	cr_assert_eq(angka_store_each_selected(store, &sel, collect_stored, &s, NULL), ANGKA_OK);
	cr_expect_eq(s.n, 2);
	angka_store_close(store);
}

Test(versions, undo_cancels_the_latest_decision_not_yet_undone)
{
	angka_store *store = open_store();
	int64_t v1 = put(store, "story.txt", typo, ANGKA_STORE_NEW);
	int64_t id = figure_id(v1, "465.940");
	decide(store, id, ANGKA_REVIEW_ACCEPT, NAN, "ana");
	decide(store, id, ANGKA_REVIEW_CORRECT, 465941, "budi");
	decide(store, id, ANGKA_REVIEW_UNDO, NAN, "budi");
	stored s = {.n = 0};
	angka_figure_selection sel = {.filter = ANGKA_STORE_DECIDED};
	cr_assert_eq(angka_store_each_selected(store, &sel, collect_stored, &s, NULL), ANGKA_OK);
	cr_assert_eq(s.n, 1);
	cr_expect_str_eq(s.decisions[0], "accept", "the correction undone, the accept stands");
	decide(store, id, ANGKA_REVIEW_UNDO, NAN, "budi");
	s.n = 0;
	cr_assert_eq(angka_store_each_selected(store, &sel, collect_stored, &s, NULL), ANGKA_OK);
	cr_expect_eq(s.n, 0, "both undone: pending again");
	angka_review_request req = {ANGKA_REVIEW_UNDO, NAN, 0, NULL, "budi"};
	angka_error err = {0, ""};
	cr_expect_eq(angka_store_review_ids(store, &id, 1, &req, NULL, NULL, NULL, &err),
	             ANGKA_ENOTFOUND);
	cr_expect_not_null(strstr(err.message, "no decision to undo"), "%s", err.message);
	angka_store_close(store);
	cr_expect_eq(raw_int("SELECT count(*) FROM reviews"), 4, "every decision kept");
	cr_expect_eq(raw_int("SELECT count(*) FROM reviews WHERE decision = 'undo' AND undoes IS "
	                     "NOT NULL"),
	             2);
}

/* Unit tests for the store's source status (schema step "source status"):
 * what a fetch records, what a failure keeps, feed items, the listing, and
 * the migration of a database made before the step. */
#define _POSIX_C_SOURCE 200809L

#include <criterion/criterion.h>
#include <sqlite3.h>
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
	strcpy(tmpdir, "/tmp/angka-sources-XXXXXX");
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

TestSuite(sources, .init = setup, .fini = teardown);

static angka_store *open_store(void)
{
	angka_store *store = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_store_open(&store, db_path, &err), ANGKA_OK, "%s", err.message);
	return store;
}

/* One text value of a query on the file, through a second connection, as
 * another reader would see it; "(null)" for NULL. */
static char *raw_text(const char *sql)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *stmt = NULL;
	cr_assert_eq(sqlite3_open(db_path, &db), SQLITE_OK);
	cr_assert_eq(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK, "%s",
	             sqlite3_errmsg(db));
	cr_assert_eq(sqlite3_step(stmt), SQLITE_ROW, "%s", sql);
	const unsigned char *t = sqlite3_column_text(stmt, 0);
	char *copy = strdup(t ? (const char *)t : "(null)");
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return copy;
}

static void expect_row(const char *sql, const char *want)
{
	char *got = raw_text(sql);
	cr_expect_str_eq(got, want, "%s", sql);
	free(got);
}

static void record(angka_store *store, angka_source_state s)
{
	angka_error err = {0, ""};
	cr_assert_eq(angka_store_record_source(store, &s, &err), ANGKA_OK, "%s", err.message);
}

static int64_t put_article(angka_store *store, const char *source)
{
	static const char text[] = "Jumlah peserta mencapai 518.632 orang.";
	angka_article a;
	memset(&a, 0, sizeof a);
	a.source = (char *)source;
	a.text = (char *)text;
	a.text_len = strlen(text);
	cr_assert_eq(angka_sha256_hex(a.content_hash, text, strlen(text)), 0);
	int64_t id = 0;
	angka_error err = {0, ""};
	cr_assert_eq(angka_store_put_article(store, &a, NULL, "r1", NULL, &id, &err), ANGKA_OK,
	             "%s", err.message);
	return id;
}

#define ROW                                                                                        \
	"SELECT status || '|' || coalesce(http_code, '-') || '|' || coalesce(etag, '-') || "       \
	"'|' || coalesce(last_modified, '-') || '|' || coalesce(article_id, '-') || '|' || "       \
	"coalesce(last_error, '-') || '|' || failures || '|' || (last_success IS NOT NULL) "       \
	"FROM source_status WHERE location = 'http://h.id/a'"

Test(sources, a_failure_keeps_what_the_last_success_stored)
{
	angka_store *store = open_store();
	int64_t id = put_article(store, "http://h.id/a");
	record(store, (angka_source_state){.location = "http://h.id/a",
	                                   .kind = "page",
	                                   .status = "ok",
	                                   .http_code = 200,
	                                   .etag = "\"v1\"",
	                                   .last_modified = "Wed, 26 Mar 2025 10:00:00 GMT",
	                                   .article_id = id});
	expect_row(ROW, "ok|200|\"v1\"|Wed, 26 Mar 2025 10:00:00 GMT|1|-|0|1");

	record(store, (angka_source_state){.location = "http://h.id/a",
	                                   .kind = "page",
	                                   .status = "failed",
	                                   .http_code = 500,
	                                   .last_error = "http://h.id/a: HTTP 500"});
	record(store, (angka_source_state){.location = "http://h.id/a",
	                                   .kind = "page",
	                                   .status = "failed",
	                                   .last_error = "http://h.id/a: timed out"});
	expect_row(ROW, "failed|-|\"v1\"|Wed, 26 Mar 2025 10:00:00 GMT|1|http://h.id/a: timed "
	                "out|2|1");

	/* A 304 without validators keeps the stored ones and clears the error. */
	record(store, (angka_source_state){.location = "http://h.id/a",
	                                   .kind = "page",
	                                   .status = "not_modified",
	                                   .http_code = 304});
	expect_row(ROW, "not_modified|304|\"v1\"|Wed, 26 Mar 2025 10:00:00 GMT|1|-|0|1");

	/* A 200 without validators: the server stopped sending them. */
	record(store, (angka_source_state){.location = "http://h.id/a",
	                                   .kind = "page",
	                                   .status = "ok",
	                                   .http_code = 200});
	expect_row(ROW, "ok|200|-|-|1|-|0|1");

	bool stored = false;
	char *etag = (char *)"x", *lm = (char *)"x";
	cr_assert_eq(
	        angka_store_source_validators(store, "http://h.id/a", &etag, &lm, &stored, NULL),
	        ANGKA_OK);
	cr_expect_null(etag);
	cr_expect_null(lm);
	cr_expect(stored);
	angka_store_close(store);
}

Test(sources, validators_of_unknown_and_article_only_locations)
{
	angka_store *store = open_store();
	bool stored = true;
	char *etag = NULL;
	cr_assert_eq(angka_store_source_validators(store, "http://h.id/none", &etag, NULL, &stored,
	                                           NULL),
	             ANGKA_OK);
	cr_expect_null(etag);
	cr_expect(!stored);
	/* A source row without a status (a file, or stored before the step). */
	put_article(store, "samples/a.txt");
	cr_assert_eq(
	        angka_store_source_validators(store, "samples/a.txt", NULL, NULL, &stored, NULL),
	        ANGKA_OK);
	cr_expect(stored);
	/* A failure that never stored anything is not "stored". */
	record(store, (angka_source_state){.location = "http://h.id/b",
	                                   .kind = "page",
	                                   .status = "failed",
	                                   .http_code = 404,
	                                   .last_error = "http://h.id/b: HTTP 404 (not found)"});
	cr_assert_eq(
	        angka_store_source_validators(store, "http://h.id/b", NULL, NULL, &stored, NULL),
	        ANGKA_OK);
	cr_expect(!stored);
	angka_store_close(store);
}

Test(sources, bad_values_are_refused_by_name)
{
	angka_store *store = open_store();
	angka_error err = {0, ""};
	angka_source_state s = {.location = "http://h.id/a", .kind = "page", .status = "maybe"};
	cr_expect_eq(angka_store_record_source(store, &s, &err), ANGKA_EDB);
	cr_expect(strstr(err.message, "source_status_value") != NULL, "%s", err.message);
	cr_expect(strstr(err.message, "http://h.id/a") != NULL, "%s", err.message);
	s.status = NULL;
	cr_expect_eq(angka_store_record_source(store, &s, &err), ANGKA_EINVAL);
	angka_store_close(store);
}

Test(sources, feed_items_are_new_once)
{
	angka_store *store = open_store();
	bool first = false;
	int64_t n = -1;
	cr_assert_eq(angka_store_feed_item(store, "http://h.id/rss", "http://h.id/1", "Satu",
	                                   "2025-03-26", &first, NULL),
	             ANGKA_OK);
	cr_expect(first);
	cr_assert_eq(angka_store_feed_item(store, "http://h.id/rss", "http://h.id/1", "Satu",
	                                   "2025-03-26", &first, NULL),
	             ANGKA_OK);
	cr_expect(!first);
	cr_assert_eq(angka_store_feed_item(store, "http://h.id/atom", "http://h.id/1", NULL, NULL,
	                                   &first, NULL),
	             ANGKA_OK);
	cr_expect(first, "another feed listing the same link");
	cr_assert_eq(angka_store_feed_item_count(store, "http://h.id/rss", &n, NULL), ANGKA_OK);
	cr_expect_eq(n, 1);
	angka_store_close(store);
}

typedef struct listing {
	char lines[8][256];
	size_t n;
} listing;

static int list_source(const angka_source_state *s, void *ctx)
{
	listing *l = ctx;
	cr_assert_lt(l->n, 8);
	snprintf(l->lines[l->n++], 256, "%s %s %s %ld %s %lld", s->location, s->kind, s->status,
	         s->http_code, s->last_error ? s->last_error : "-", (long long)s->versions);
	return 0;
}

/* A database made before the source-status step (version 2: the version 3
 * dump of tests/data without that step's tables): its sources are listed as
 * ok, each with the versions of its text. */
Test(sources, migration_from_version_2_and_the_listing)
{
	FILE *fp = fopen(ANGKA_SOURCE_DIR "/tests/data/schema_v3.sql", "r");
	cr_assert_not_null(fp);
	static char dump[64 * 1024];
	size_t len = fread(dump, 1, sizeof dump - 1, fp);
	fclose(fp);
	cr_assert_lt(len, sizeof dump - 1, "the dump fits");
	dump[len] = '\0';
	sqlite3 *db = NULL;
	cr_assert_eq(sqlite3_open(db_path, &db), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(db, dump, NULL, NULL, NULL), SQLITE_OK, "%s", sqlite3_errmsg(db));
	cr_assert_eq(sqlite3_exec(db,
	                          "DROP TABLE source_status; DROP TABLE feed_items; "
	                          "PRAGMA user_version = 2",
	                          NULL, NULL, NULL),
	             SQLITE_OK);
	sqlite3_close(db);

	angka_store *store = open_store();
	expect_row("SELECT count(*) FROM sqlite_master WHERE name IN ('source_status', "
	           "'feed_items')",
	           "2");
	expect_row("PRAGMA user_version", "6");
	record(store, (angka_source_state){.location = "http://h.id/z",
	                                   .kind = "feed",
	                                   .status = "failed",
	                                   .http_code = 200,
	                                   .last_error = "http://h.id/z: malformed feed"});
	listing l = {.n = 0};
	cr_assert_eq(angka_store_each_source(store, list_source, &l, NULL), ANGKA_OK);
	cr_assert_eq(l.n, 3);
	cr_expect_str_eq(l.lines[0],
	                 "http://h.id/z feed failed 200 http://h.id/z: malformed feed 0");
	cr_expect_str_eq(l.lines[1], "other.txt file ok 0 - 1");
	cr_expect_str_eq(l.lines[2], "story.txt file ok 0 - 2");
	angka_store_close(store);
}

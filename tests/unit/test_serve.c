/* The review desk's API without HTTP (serve/serve_internal.h): what a
 * review request must be, that a refused one writes nothing, the queue's
 * filters, and the findings the desk and the report share. The HTTP side
 * (token, host, methods, sizes) and the page are tested end to end by
 * tests/browser/test_desk.py. */
#include <criterion/criterion.h>
#include <math.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "angka/export.h"
#include "angka/store.h"
#include "serve/serve_internal.h"

static char db_path[64];
static angka_store *store;
static angka_domain **domains; /* the project's: the audit's relations */
static size_t n_domains;
static serve_context context;

static const char text[] = "Cakupan di Jambi mencapai 41,52%, dengan 518.632 peserta dari "
                           "1.312.370 pekerja.";

static void add_figure(angka_figure_list *list, const char *metric, const char *unit,
                       const char *written, double value, int decimals)
{
	const char *at = strstr(text, written);
	double half = decimals ? 0.005 : 0.5;
	angka_figure f = {
	        .source = (char *)"https://contoh.id/a",
	        .region = (char *)"Jambi",
	        .region_code = (char *)"15",
	        .domain = (char *)"bpjs-tk",
	        .metric = (char *)metric,
	        .segment = (char *)"all",
	        .value = value,
	        .unit = (char *)unit,
	        .as_of = (char *)"2024-08-12",
	        .text = (char *)written,
	        .sentence = (char *)text,
	        .start = (size_t)(at - text),
	        .end = (size_t)(at - text) + strlen(written),
	        .rule = (char *)"test.rule",
	        .decimals = decimals,
	        .low = value - half,
	        .high = value + half,
	};
	cr_assert_eq(angka_figure_list_push(list, &f), ANGKA_OK);
}

static void setup(void)
{
	angka_error err = {0, ""};
	snprintf(db_path, sizeof db_path, "/tmp/angka-test-serve-%d.db", (int)getpid());
	remove(db_path);
	cr_assert_eq(angka_store_open(&store, db_path, &err), ANGKA_OK, "%s", err.message);
	angka_article article;
	angka_paragraph paragraph = {0, sizeof text - 1, 0};
	memset(&article, 0, sizeof article);
	article.source = (char *)"https://contoh.id/a";
	article.text = (char *)text;
	article.text_len = sizeof text - 1;
	article.paragraphs = &paragraph;
	article.n_paragraphs = 1;
	article.title = (char *)"Judul <b>tebal</b>";
	unsigned char digest[32];
	unsigned int len = 0;
	EVP_Digest(text, sizeof text - 1, digest, &len, EVP_sha256(), NULL);
	for (unsigned int i = 0; i < len; i++)
		snprintf(article.content_hash + 2 * i, 3, "%02x", digest[i]);
	angka_figure_list figures = ANGKA_FIGURE_LIST_INIT;
	add_figure(&figures, "coverage_pct", "percent", "41,52%", 41.52, 2);
	add_figure(&figures, "participants", "persons", "518.632", 518632, 0);
	add_figure(&figures, "eligible_workers", "persons", "1.312.370", 1312370, 0);
	angka_store_status status;
	int64_t id;
	cr_assert_eq(angka_store_put_article(store, &article, &figures, "r1", &status, &id, &err),
	             ANGKA_OK, "%s", err.message);
	angka_figure_list_free(&figures);
	angka_error derr = {0, ""};
	cr_assert_eq(angka_domains_load(&domains, &n_domains, ANGKA_SOURCE_DIR "/rules", &derr),
	             ANGKA_OK, "%s", derr.message);
	context = (serve_context){domains, n_domains, store, "tester", db_path};
}

static void teardown(void)
{
	angka_domains_free(domains, n_domains);
	domains = NULL;
	n_domains = 0;
	angka_store_close(store);
	remove(db_path);
	char path[80];
	snprintf(path, sizeof path, "%s-wal", db_path);
	remove(path);
	snprintf(path, sizeof path, "%s-shm", db_path);
	remove(path);
}

TestSuite(serve, .init = setup, .fini = teardown);

static int count_history(const angka_review_entry *e, void *ctx)
{
	(void)e;
	(*(int *)ctx)++;
	return 0;
}

static int decisions(void)
{
	int n = 0;
	for (int64_t id = 1; id <= 3; id++)
		cr_assert_eq(angka_store_review_history(store, id, count_history, &n, NULL),
		             ANGKA_OK);
	return n;
}

static unsigned review(const char *body, char **answer)
{
	serve_response r = {0};
	serve_api_review(&r, &context, body, strlen(body));
	if (answer)
		*answer = r.body;
	else
		free(r.body);
	return r.status;
}

Test(serve, malformed_reviews_are_refused_and_change_nothing)
{
	static const struct {
		const char *body;
		unsigned status;
	} cases[] = {
	        {"", 400},
	        {"{", 400},
	        {"[]", 400},
	        {"{\"ids\":[1]}", 400},
	        {"{\"ids\":[],\"decision\":\"accept\"}", 400},
	        {"{\"ids\":[0],\"decision\":\"accept\"}", 400},
	        {"{\"ids\":[1.5],\"decision\":\"accept\"}", 400},
	        {"{\"ids\":\"1\",\"decision\":\"accept\"}", 400},
	        {"{\"ids\":[1],\"decision\":\"ACCEPT\"}", 400},
	        {"{\"ids\":[1],\"decision\":\"accept\",\"who\":\"x\"}", 400},
	        {"{\"ids\":[1],\"decision\":\"accept\",\"decision\":\"reject\"}", 400},
	        {"{\"ids\":[1],\"decision\":\"accept\",\"value\":\"1\"}", 400},
	        {"{\"ids\":[1],\"decision\":\"accept\",\"note\":5}", 400},
	        {"{\"ids\":[1],\"decision\":\"correct\"}", 400},
	        {"{\"ids\":[1],\"decision\":\"correct\",\"value\":46.2}", 400},
	        {"{\"ids\":[1],\"decision\":\"correct\",\"value\":\"46,2 apel\"}", 400},
	        {"{\"ids\":[1,2],\"decision\":\"correct\",\"value\":\"46,2\"}", 400},
	        {"{\"ids\":[1,99],\"decision\":\"accept\"}", 404},
	        {"{\"ids\":[1],\"decision\":\"undo\"}", 404},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *answer = NULL;
		unsigned status = review(cases[i].body, &answer);
		cr_expect_eq(status, cases[i].status, "%s: %u %s", cases[i].body, status, answer);
		cr_expect(answer && strstr(answer, "\"error\":"), "%s: %s", cases[i].body, answer);
		free(answer);
	}
	cr_assert_eq(decisions(), 0, "a refused request wrote a decision");
}

Test(serve, decisions_go_into_the_history)
{
	char *answer = NULL;
	cr_assert_eq(review("{\"ids\":[1,2],\"decision\":\"accept\",\"note\":\"ok\"}", &answer),
	             200, "%s", answer);
	cr_expect(strstr(answer, "\"decided\":2"), "%s", answer);
	free(answer);
	cr_assert_eq(review("{\"ids\":[3],\"decision\":\"correct\",\"value\":\"1.312.371\"}", NULL),
	             200);
	cr_assert_eq(review("{\"ids\":[2],\"decision\":\"undo\"}", NULL), 200);
	cr_assert_eq(decisions(), 4);
}

static const char *query_from(void *ctx, const char *key)
{
	const char *const *pairs = ctx;
	for (size_t i = 0; pairs[i]; i += 2)
		if (strcmp(pairs[i], key) == 0)
			return pairs[i + 1];
	return NULL;
}

static unsigned queue(const char *const *pairs, char **answer)
{
	serve_query q = {query_from, (void *)pairs, NULL};
	serve_response r = {0};
	serve_api_queue(&r, &context, &q);
	*answer = r.body;
	return r.status;
}

Test(serve, the_queue_filters_exactly)
{
	char *answer = NULL;
	const char *const all[] = {NULL};
	cr_assert_eq(queue(all, &answer), 200, "%s", answer);
	cr_expect(strstr(answer, "\"total\":3"), "%s", answer);
	cr_expect(strstr(answer, "\"article_title\":\"Judul <b>tebal<\\/b>\""),
	          "strings are JSON, '/' escaped: %s", answer);
	free(answer);
	const char *const metric[] = {"metric", "participants", NULL};
	cr_assert_eq(queue(metric, &answer), 200);
	cr_expect(strstr(answer, "\"total\":1"), "%s", answer);
	free(answer);
	/* A pattern is taken literally: '*' is no wildcard here. */
	const char *const star[] = {"region", "*", NULL};
	cr_assert_eq(queue(star, &answer), 200);
	cr_expect(strstr(answer, "\"total\":0"), "%s", answer);
	free(answer);
	const char *const bad[][3] = {{"status", "maybe", NULL}, {"limit", "0", NULL},
	                              {"limit", "501", NULL},    {"offset", "-1", NULL},
	                              {"article", "x", NULL},    {"ids", "1,,2", NULL}};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cr_expect_eq(queue(bad[i], &answer), 400, "%s=%s: %s", bad[i][0], bad[i][1],
		             answer);
		free(answer);
	}
}

Test(serve, findings_name_the_inconsistent_percentage)
{
	char *json = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_findings_json(&json, store, ANGKA_STORE_NOT_REJECTED, domains, n_domains,
	                                 &err),
	             ANGKA_OK, "%s", err.message);
	cr_expect(strstr(json, "\"inconsistent\":1"), "%s", json);
	cr_expect(strstr(json, "\"verdict\":\"inconsistent\""), "%s", json);
	cr_expect(strstr(json, "\"url\":\"https:\\/\\/contoh.id\\/a\""), "%s", json);
	cr_expect(strstr(json, "\"figure\":1"), "the percentage's figure id: %s", json);
	free(json);
	/* Curated: nothing accepted, nothing found. */
	cr_assert_eq(
	        angka_findings_json(&json, store, ANGKA_STORE_CURATED, domains, n_domains, &err),
	        ANGKA_OK);
	cr_expect(strstr(json, "\"checks\":0"), "%s", json);
	free(json);
}

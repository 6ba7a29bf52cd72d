/* The review desk's JSON API (serve/serve_internal.h). Every string a
 * response carries is JSON-encoded by jansson ("</" as "<\/"); the page
 * puts them into the DOM as text, never as markup. Every input is checked
 * before the store is touched: a malformed request gets a 4xx and changes
 * nothing. */
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"
#include "angka/normalize.h"
#include "angka/pipeline.h"
#include "angka/reconcile.h"
#include "serve/serve_internal.h"
#include "util/buf.h"

#define API_JSON_FLAGS  (JSON_COMPACT | JSON_ESCAPE_SLASH | JSON_REAL_PRECISION(15))
#define QUEUE_LIMIT_MAX 500
#define REVIEW_IDS_MAX  1000
#define NOTE_MAX        2000
#define FILTER_MAX      200

/* Take over doc (decref'd) and make it the response. */
static void respond_json(serve_response *r, json_t *doc)
{
	char *text = doc ? json_dumps(doc, API_JSON_FLAGS) : NULL;
	json_decref(doc);
	if (text == NULL) {
		serve_error(r, 500, "out of memory");
		return;
	}
	r->status = 200;
	r->content_type = "application/json";
	r->body = text;
	r->len = strlen(text);
}

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* A number as the figure record writes it: whole numbers without ".0". */
static json_t *num_or_null(double v)
{
	if (isnan(v))
		return json_null();
	if (v == floor(v) && fabs(v) < 9007199254740992.0)
		return json_integer((json_int_t)v);
	return json_real(v);
}

static bool parse_positive(int64_t *out, const char *s)
{
	char *end = NULL;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v <= 0 || s[0] == '+' || s[0] == ' ')
		return false;
	*out = v;
	return true;
}

/* An exact match through the store's GLOB filters: '*', '?' and '[' each
 * in brackets, so that a region or rule name is taken literally. */
static char *glob_literal(const char *s)
{
	angka_buf b = ANGKA_BUF_INIT;
	angka_buf_puts(&b, "");
	for (; *s; s++) {
		if (*s == '*' || *s == '?' || *s == '[')
			angka_buf_printf(&b, "[%c]", *s);
		else
			angka_buf_putc(&b, *s);
	}
	return angka_buf_detach(&b);
}

static bool article_url_ok(const char *s)
{
	return s && (strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0);
}

/* ---- /api/session ------------------------------------------------------------ */

void serve_api_session(serve_response *r, const serve_context *c)
{
	respond_json(r, json_pack("{s:s, s:s, s:s}", "reviewer", c->reviewer, "database",
	                          c->database, "version", angka_version()));
}

/* ---- /api/queue ------------------------------------------------------------------ */

typedef enum queue_status {
	QUEUE_PENDING,
	QUEUE_ACCEPTED,
	QUEUE_CORRECTED,
	QUEUE_REJECTED,
	QUEUE_DECIDED,
	QUEUE_ALL,
} queue_status;

static const char *const queue_status_names[] = {"pending",  "accepted", "corrected",
                                                 "rejected", "decided",  "all"};

typedef struct queue_walk {
	queue_status status;
	const int64_t *ids; /* only these, when n_ids > 0 */
	size_t n_ids;
	size_t offset, limit, total;
	const angka_fact_set *facts;
	json_t *items;
	bool failed;
} queue_walk;

static bool decision_matches(queue_status status, const char *decision)
{
	switch (status) {
	case QUEUE_PENDING: return decision == NULL;
	case QUEUE_ACCEPTED: return decision && strcmp(decision, "accept") == 0;
	case QUEUE_CORRECTED: return decision && strcmp(decision, "correct") == 0;
	case QUEUE_REJECTED: return decision && strcmp(decision, "reject") == 0;
	case QUEUE_DECIDED: return decision != NULL;
	case QUEUE_ALL: return true;
	}
	return false;
}

static json_t *figure_json(const angka_stored_figure *sf, const angka_fact_set *facts)
{
	const angka_figure *f = &sf->figure;
	const angka_fact *fact = angka_fact_set_find(facts, sf->id, NULL);
	const char *url = article_url_ok(sf->canonical_url) ? sf->canonical_url
	                  : article_url_ok(f->source)       ? f->source
	                                                    : NULL;
	json_t *o = json_object();
	if (o == NULL)
		return NULL;
	json_object_set_new(o, "id", json_integer(sf->id));
	json_object_set_new(o, "article_id", json_integer(sf->article_id));
	json_object_set_new(o, "region", str_or_null(f->region));
	json_object_set_new(o, "region_code", str_or_null(f->region_code));
	json_object_set_new(o, "metric", str_or_null(f->metric));
	json_object_set_new(o, "segment", str_or_null(f->segment));
	json_object_set_new(o, "programme", str_or_null(f->programme));
	json_object_set_new(o, "domain", str_or_null(f->domain));
	json_object_set_new(o, "value", num_or_null(f->value));
	json_object_set_new(o, "unit", str_or_null(f->unit));
	json_object_set_new(o, "approx", json_boolean(f->approx));
	json_object_set_new(o, "as_of", str_or_null(f->as_of));
	json_object_set_new(o, "text", str_or_null(f->text));
	json_object_set_new(o, "sentence", str_or_null(f->sentence));
	json_object_set_new(o, "rule", str_or_null(f->rule));
	json_object_set_new(o, "source", str_or_null(f->source));
	json_object_set_new(o, "url", str_or_null(url));
	json_object_set_new(o, "article_title", str_or_null(f->article_title));
	json_object_set_new(o, "published", str_or_null(f->published));
	json_object_set_new(o, "decision", str_or_null(sf->decision));
	json_object_set_new(o, "corrected_value", num_or_null(sf->corrected_value));
	json_object_set_new(o, "note", str_or_null(sf->note));
	json_object_set_new(o, "reviewer", str_or_null(sf->reviewer));
	json_object_set_new(o, "decided_at", str_or_null(sf->decided_at));
	json_object_set_new(o, "decisions", json_integer(sf->n_decisions));
	json_object_set_new(o, "fact_status",
	                    fact ? json_string(angka_fact_status_name(fact->status)) : json_null());
	return o;
}

static int queue_figure(const angka_stored_figure *sf, void *ctx)
{
	queue_walk *w = ctx;
	if (!decision_matches(w->status, sf->decision))
		return 0;
	if (w->n_ids > 0) {
		bool listed = false;
		for (size_t i = 0; !listed && i < w->n_ids; i++)
			listed = w->ids[i] == sf->id;
		if (!listed)
			return 0;
	}
	size_t position = w->total++;
	if (position < w->offset || position >= w->offset + w->limit)
		return 0;
	json_t *o = figure_json(sf, w->facts);
	if (o == NULL || json_array_append_new(w->items, o) != 0)
		w->failed = true;
	return 0;
}

/* ids=1,2,3: at most REVIEW_IDS_MAX positive ids. */
static bool parse_id_list(int64_t **out, size_t *n, const char *s)
{
	*out = NULL;
	*n = 0;
	if (s == NULL)
		return true;
	size_t cap = 1;
	for (const char *p = s; *p; p++)
		cap += *p == ',';
	if (cap > REVIEW_IDS_MAX || (*out = calloc(cap, sizeof **out)) == NULL)
		return false;
	/* Split by hand: strtok would take "1,,2" as "1,2". */
	bool ok = true;
	for (const char *p = s; ok; p++) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		char piece[24];
		ok = len > 0 && len < sizeof piece;
		if (ok) {
			memcpy(piece, p, len);
			piece[len] = '\0';
			ok = parse_positive(&(*out)[(*n)++], piece);
		}
		if (comma == NULL)
			break;
		p = comma;
	}
	return ok && *n > 0;
}

void serve_api_queue(serve_response *r, const serve_context *c, const serve_query *q)
{
	angka_figure_selection sel;
	angka_fact_set facts;
	queue_walk w = {.status = QUEUE_PENDING, .limit = 100};
	char *globs[3] = {NULL, NULL, NULL};
	int64_t *ids = NULL;
	angka_error err = {0, ""};
	memset(&sel, 0, sizeof sel);
	memset(&facts, 0, sizeof facts);

	const char *status = q->get(q->ctx, "status");
	if (status) {
		size_t i = 0;
		while (i < 6 && strcmp(status, queue_status_names[i]) != 0)
			i++;
		if (i == 6) {
			serve_error(r, 400,
			            "unknown status (pending, accepted, corrected, rejected, "
			            "decided, all)");
			return;
		}
		w.status = (queue_status)i;
	}
	static const char *const text_filters[3] = {"region", "metric", "rule"};
	const char **targets[3] = {&sel.region, &sel.metric, &sel.rule};
	for (size_t i = 0; i < 3; i++) {
		const char *v = q->get(q->ctx, text_filters[i]);
		if (v == NULL || *v == '\0')
			continue;
		if (strlen(v) > FILTER_MAX) {
			serve_error(r, 400, "%s: too long", text_filters[i]);
			goto cleanup;
		}
		if ((globs[i] = glob_literal(v)) == NULL) {
			serve_error(r, 500, "out of memory");
			goto cleanup;
		}
		*targets[i] = globs[i];
	}
	const char *article = q->get(q->ctx, "article");
	if (article && *article && !parse_positive(&sel.article_id, article)) {
		serve_error(r, 400, "article: an article id");
		goto cleanup;
	}
	if (!parse_id_list(&ids, &w.n_ids, q->get(q->ctx, "ids"))) {
		serve_error(r, 400, "ids: up to %d figure ids, separated by commas",
		            REVIEW_IDS_MAX);
		goto cleanup;
	}
	w.ids = ids;
	const char *offset = q->get(q->ctx, "offset"), *limit = q->get(q->ctx, "limit");
	int64_t n = 0;
	if (offset && strcmp(offset, "0") != 0) {
		if (!parse_positive(&n, offset)) {
			serve_error(r, 400, "offset: a number of figures");
			goto cleanup;
		}
		w.offset = (size_t)n;
	}
	if (limit) {
		if (!parse_positive(&n, limit) || n > QUEUE_LIMIT_MAX) {
			serve_error(r, 400, "limit: 1 to %d", QUEUE_LIMIT_MAX);
			goto cleanup;
		}
		w.limit = (size_t)n;
	}
	sel.filter = w.status == QUEUE_PENDING ? ANGKA_STORE_PENDING
	             : w.status == QUEUE_ALL   ? ANGKA_STORE_ALL
	                                       : ANGKA_STORE_DECIDED;
	if ((w.items = json_array()) == NULL ||
	    angka_reconcile_store(&facts, c->store, &err) != ANGKA_OK) {
		serve_error(r, 500, "%s", err.message[0] ? err.message : "out of memory");
		goto cleanup;
	}
	w.facts = &facts;
	if (angka_store_each_selected(c->store, &sel, queue_figure, &w, &err) != ANGKA_OK) {
		serve_error(r, 500, "%s", err.message);
		goto cleanup;
	}
	if (w.failed) {
		serve_error(r, 500, "out of memory");
		goto cleanup;
	}
	respond_json(r,
	             json_pack("{s:s, s:I, s:I, s:I, s:O}", "status", queue_status_names[w.status],
	                       "total", (json_int_t)w.total, "offset", (json_int_t)w.offset,
	                       "limit", (json_int_t)w.limit, "figures", w.items));
cleanup:
	json_decref(w.items);
	angka_fact_set_free(&facts);
	for (size_t i = 0; i < 3; i++)
		free(globs[i]);
	free(ids);
}

/* ---- /api/facets --------------------------------------------------------------- */

typedef struct facets_walk {
	json_t *regions, *metrics, *rules, *articles, *counts;
	bool failed;
} facets_walk;

/* counts[key] += 1 (and .pending when pending), creating it with extra. */
static json_t *bump(facets_walk *w, json_t *table, const char *key, bool pending)
{
	json_t *entry = json_object_get(table, key);
	if (entry == NULL) {
		entry = json_pack("{s:I, s:I}", "figures", (json_int_t)0, "pending", (json_int_t)0);
		if (entry == NULL || json_object_set_new(table, key, entry) != 0) {
			w->failed = true;
			return NULL;
		}
	}
	json_object_set_new(
	        entry, "figures",
	        json_integer(json_integer_value(json_object_get(entry, "figures")) + 1));
	if (pending)
		json_object_set_new(
		        entry, "pending",
		        json_integer(json_integer_value(json_object_get(entry, "pending")) + 1));
	return entry;
}

static int facet_figure(const angka_stored_figure *sf, void *ctx)
{
	facets_walk *w = ctx;
	const angka_figure *f = &sf->figure;
	bool pending = sf->decision == NULL;
	const char *state = pending                                ? "pending"
	                    : strcmp(sf->decision, "accept") == 0  ? "accepted"
	                    : strcmp(sf->decision, "correct") == 0 ? "corrected"
	                                                           : "rejected";
	json_object_set_new(
	        w->counts, state,
	        json_integer(json_integer_value(json_object_get(w->counts, state)) + 1));
	json_object_set_new(
	        w->counts, "all",
	        json_integer(json_integer_value(json_object_get(w->counts, "all")) + 1));
	json_t *region = bump(w, w->regions, f->region ? f->region : "", pending);
	if (region && json_object_get(region, "code") == NULL)
		json_object_set_new(region, "code", str_or_null(f->region_code));
	bump(w, w->metrics, f->metric ? f->metric : "", pending);
	bump(w, w->rules, f->rule ? f->rule : "", pending);
	char key[32];
	snprintf(key, sizeof key, "%lld", (long long)sf->article_id);
	json_t *article = bump(w, w->articles, key, pending);
	if (article && json_object_get(article, "id") == NULL) {
		const char *url = article_url_ok(sf->canonical_url) ? sf->canonical_url
		                  : article_url_ok(f->source)       ? f->source
		                                                    : NULL;
		json_object_set_new(article, "id", json_integer(sf->article_id));
		json_object_set_new(article, "title", str_or_null(f->article_title));
		json_object_set_new(article, "source", str_or_null(f->source));
		json_object_set_new(article, "url", str_or_null(url));
		json_object_set_new(article, "published", str_or_null(f->published));
	}
	return 0;
}

/* {name: {...}} → [{"name": name, ...}], in name order (jansson keeps
 * insertion order only with a flag; sorting makes the lists stable). */
static int by_name(const void *pa, const void *pb)
{
	const char *a = json_string_value(json_object_get(*(json_t *const *)pa, "name"));
	const char *b = json_string_value(json_object_get(*(json_t *const *)pb, "name"));
	return strcmp(a ? a : "", b ? b : "");
}

static json_t *as_list(json_t *table, bool named)
{
	size_t n = json_object_size(table), i = 0;
	json_t **items = calloc(n ? n : 1, sizeof *items), *list = json_array();
	const char *key;
	json_t *value;
	if (items == NULL || list == NULL) {
		free(items);
		json_decref(list);
		return NULL;
	}
	json_object_foreach(table, key, value)
	{
		if (named)
			json_object_set_new(value, "name", json_string(key));
		items[i++] = value;
	}
	if (named)
		qsort(items, n, sizeof *items, by_name);
	for (i = 0; i < n; i++)
		json_array_append(list, items[i]);
	free(items);
	return list;
}

void serve_api_facets(serve_response *r, const serve_context *c)
{
	facets_walk w = {json_object(),
	                 json_object(),
	                 json_object(),
	                 json_object(),
	                 json_pack("{s:i, s:i, s:i, s:i, s:i}", "all", 0, "pending", 0, "accepted",
	                           0, "corrected", 0, "rejected", 0),
	                 false};
	angka_error err = {0, ""};
	if (!w.regions || !w.metrics || !w.rules || !w.articles || !w.counts) {
		serve_error(r, 500, "out of memory");
	} else if (angka_store_each_stored_figure(c->store, ANGKA_STORE_ALL, facet_figure, &w,
	                                          &err) != ANGKA_OK) {
		serve_error(r, 500, "%s", err.message);
	} else if (w.failed) {
		serve_error(r, 500, "out of memory");
	} else {
		respond_json(r,
		             json_pack("{s:o, s:o, s:o, s:o, s:O}", "regions",
		                       as_list(w.regions, true), "metrics",
		                       as_list(w.metrics, true), "rules", as_list(w.rules, true),
		                       "articles", as_list(w.articles, false), "counts", w.counts));
	}
	json_decref(w.regions);
	json_decref(w.metrics);
	json_decref(w.rules);
	json_decref(w.articles);
	json_decref(w.counts);
}

/* ---- /api/findings, /api/history ------------------------------------------------- */

void serve_api_findings(serve_response *r, const serve_context *c)
{
	char *text = NULL;
	angka_error err = {0, ""};
	if (angka_findings_json(&text, c->store, ANGKA_STORE_NOT_REJECTED, c->domains, c->n_domains,
	                        &err) != ANGKA_OK) {
		serve_error(r, 500, "%s", err.message);
		return;
	}
	r->status = 200;
	r->content_type = "application/json";
	r->body = text;
	r->len = strlen(text);
}

static int history_entry(const angka_review_entry *e, void *ctx)
{
	json_t *o = json_pack(
	        "{s:I, s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:o, s:b}", "review", (json_int_t)e->id,
	        "decision", e->decision, "reviewer", e->reviewer, "decided_at", e->decided_at,
	        "corrected_value", num_or_null(e->corrected_value), "extracted_value",
	        num_or_null(e->extracted_value), "note", str_or_null(e->note), "undoes",
	        e->undoes ? json_integer(e->undoes) : json_null(), "carried_from",
	        e->carried_from ? json_integer(e->carried_from) : json_null(), "undone", e->undone);
	return o && json_array_append_new(ctx, o) == 0 ? 0 : ANGKA_ENOMEM;
}

static int found_figure(const angka_stored_figure *sf, void *ctx)
{
	(void)sf;
	*(bool *)ctx = true;
	return 0;
}

void serve_api_history(serve_response *r, const serve_context *c, const serve_query *q)
{
	int64_t id = 0;
	const char *given = q->get(q->ctx, "id");
	angka_error err = {0, ""};
	bool found = false;
	if (given == NULL || !parse_positive(&id, given)) {
		serve_error(r, 400, "id: a figure id");
		return;
	}
	int rc = angka_store_get_figure(c->store, id, found_figure, &found, &err);
	if (rc == ANGKA_ENOTFOUND || (rc == ANGKA_OK && !found)) {
		serve_error(r, 404, "no figure %lld", (long long)id);
		return;
	}
	json_t *list = json_array();
	if (rc != ANGKA_OK || list == NULL ||
	    angka_store_review_history(c->store, id, history_entry, list, &err) != ANGKA_OK) {
		json_decref(list);
		serve_error(r, 500, "%s", err.message[0] ? err.message : "out of memory");
		return;
	}
	respond_json(r, json_pack("{s:I, s:o}", "figure", (json_int_t)id, "history", list));
}

/* ---- POST /api/review --------------------------------------------------------- */

/* A corrected value as a person types it ("46,17", "46.17", "1.009.250",
 * "2,8 juta", a trailing "%"), with the precision it is written with, as
 * `angka review correct --value` reads it. */
static bool parse_value(double *value, int *decimals, const char *s)
{
	angka_number n;
	size_t len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '%'))
		len--;
	while (len > 0 && *s == ' ')
		s++, len--;
	if (len == 0 || angka_number_parse(&n, s, len) != ANGKA_OK || n.consumed != len ||
	    !isfinite(n.value))
		return false;
	*value = n.value;
	*decimals = n.decimals;
	return true;
}

static int note_decided(int64_t figure_id, int64_t review_id, void *ctx)
{
	json_t *o = json_pack("{s:I, s:I}", "figure", (json_int_t)figure_id, "review",
	                      (json_int_t)review_id);
	return o && json_array_append_new(ctx, o) == 0 ? 0 : ANGKA_ENOMEM;
}

void serve_api_review(serve_response *r, const serve_context *c, const char *body, size_t len)
{
	json_error_t jerr;
	json_t *doc = json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr), *decided = NULL;
	int64_t *ids = NULL;
	angka_review_request request = {.reviewer = c->reviewer, .corrected_value = NAN};
	angka_error err = {0, ""};
	if (doc == NULL) {
		serve_error(r, 400, "the body is not JSON: %s", jerr.text);
		return;
	}
	if (!json_is_object(doc)) {
		serve_error(r, 400, "the body must be a JSON object");
		goto cleanup;
	}
	const char *key;
	json_t *value;
	json_object_foreach(doc, key, value)
	{
		if (strcmp(key, "ids") != 0 && strcmp(key, "decision") != 0 &&
		    strcmp(key, "value") != 0 && strcmp(key, "note") != 0) {
			serve_error(r, 400, "unknown field '%.60s'", key);
			goto cleanup;
		}
	}
	json_t *id_list = json_object_get(doc, "ids");
	size_t n = json_array_size(id_list);
	if (!json_is_array(id_list) || n == 0 || n > REVIEW_IDS_MAX) {
		serve_error(r, 400, "ids: an array of 1 to %d figure ids", REVIEW_IDS_MAX);
		goto cleanup;
	}
	if ((ids = calloc(n, sizeof *ids)) == NULL) {
		serve_error(r, 500, "out of memory");
		goto cleanup;
	}
	for (size_t i = 0; i < n; i++) {
		json_t *id = json_array_get(id_list, i);
		if (!json_is_integer(id) || json_integer_value(id) <= 0) {
			serve_error(r, 400, "ids: figure ids are positive integers");
			goto cleanup;
		}
		ids[i] = json_integer_value(id);
	}
	const char *decision = json_string_value(json_object_get(doc, "decision"));
	static const struct {
		const char *name;
		angka_review_decision decision;
	} decisions[] = {{"accept", ANGKA_REVIEW_ACCEPT},
	                 {"reject", ANGKA_REVIEW_REJECT},
	                 {"correct", ANGKA_REVIEW_CORRECT},
	                 {"undo", ANGKA_REVIEW_UNDO}};
	size_t d = 0;
	while (decision && d < 4 && strcmp(decision, decisions[d].name) != 0)
		d++;
	if (decision == NULL || d == 4) {
		serve_error(r, 400, "decision: accept, reject, correct or undo");
		goto cleanup;
	}
	request.decision = decisions[d].decision;
	json_t *typed = json_object_get(doc, "value");
	if (request.decision == ANGKA_REVIEW_CORRECT) {
		if (n != 1) {
			serve_error(r, 400, "a correction is for one figure");
			goto cleanup;
		}
		if (!json_is_string(typed) ||
		    !parse_value(&request.corrected_value, &request.corrected_decimals,
		                 json_string_value(typed))) {
			serve_error(r, 400,
			            "value: a number as written (\"46,17\", \"1.009.250\", "
			            "\"2,8 juta\")");
			goto cleanup;
		}
	} else if (typed != NULL) {
		serve_error(r, 400, "value: only a correction has one");
		goto cleanup;
	}
	json_t *note = json_object_get(doc, "note");
	if (note != NULL && !json_is_null(note)) {
		if (!json_is_string(note) || json_string_length(note) > NOTE_MAX) {
			serve_error(r, 400, "note: a text of at most %d bytes", NOTE_MAX);
			goto cleanup;
		}
		if (json_string_length(note) > 0)
			request.note = json_string_value(note);
	}
	if ((decided = json_array()) == NULL) {
		serve_error(r, 500, "out of memory");
		goto cleanup;
	}
	size_t n_decided = 0;
	int rc = angka_store_review_ids(c->store, ids, n, &request, note_decided, decided,
	                                &n_decided, &err);
	if (rc == ANGKA_ENOTFOUND)
		serve_error(r, 404, "%s", err.message);
	else if (rc == ANGKA_EINVAL)
		serve_error(r, 409, "%s", err.message);
	else if (rc != ANGKA_OK)
		serve_error(r, 500, "%s", err.message);
	else
		respond_json(r, json_pack("{s:s, s:s, s:I, s:O}", "decision", decision, "reviewer",
		                          c->reviewer, "decided", (json_int_t)n_decided, "reviews",
		                          decided));
cleanup:
	json_decref(decided);
	json_decref(doc);
	free(ids);
}

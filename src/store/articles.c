/* Articles: storing one with its figures in one transaction, rebuilding
 * stored ones for re-extraction, replacing their machine figures. */
#include <limits.h>
#include <math.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_internal.h"
#include "util/buf.h"

/* Find the article with this content hash: *found tells whether it is
 * there, *id its row id. */
static int find_article(bool *found, int64_t *id, angka_store *store, const char *content_hash,
                        angka_error *err)
{
	sqlite3_stmt *stmt = store->find_article;
	int ret;
	*found = false;
	if ((ret = store_bind_text(stmt, 1, content_hash, store, "the content hash", err)) !=
	    ANGKA_OK)
		goto cleanup;
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*found = true;
		*id = sqlite3_column_int64(stmt, 0);
	} else if (rc != SQLITE_DONE) {
		ret = store_error(err, store, "looking up the article");
	}
cleanup:
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	return ret;
}

int angka_store_has_content(angka_store *store, const char *content_hash, bool *found,
                            angka_error *err)
{
	int64_t id = 0;
	return find_article(found, &id, store, content_hash, err);
}

static int insert_article(int64_t *id, angka_store *store, const angka_article *article,
                          const char *rules_version, angka_error *err)
{
	sqlite3_stmt *stmt = store->insert_article;
	int ret;
	if ((ret = store_bind_text(stmt, 1, article->content_hash, store, "the content hash",
	                           err)) ||
	    (ret = store_bind_text(stmt, 2, article->title, store, "the title", err)) ||
	    (ret = store_bind_text(stmt, 3, article->site, store, "the site", err)) ||
	    (ret = store_bind_text(stmt, 4, article->canonical_url, store, "the canonical URL",
	                           err)) ||
	    (ret = store_bind_text(stmt, 5, article->author, store, "the author", err)) ||
	    (ret = store_bind_text(stmt, 6, article->published, store, "the publication date",
	                           err)) ||
	    (ret = store_bind_int64(stmt, 7, article->published_approx ? 1 : 0, store, err)) ||
	    (ret = store_bind_text(stmt, 8, article->dateline_place, store, "the dateline place",
	                           err)) ||
	    (ret = store_bind_text_len(stmt, 9, article->text, article->text_len, store,
	                               "the article text", err)) ||
	    (ret = store_bind_text(stmt, 10, rules_version, store, "the rules version", err))) {
		sqlite3_reset(stmt);
		sqlite3_clear_bindings(stmt);
		return ret;
	}
	if ((ret = store_step_done(stmt, store, "inserting the article", err)) != ANGKA_OK)
		return ret;
	*id = sqlite3_last_insert_rowid(store->db);
	return ANGKA_OK;
}

static int insert_source(angka_store *store, int64_t article_id, const angka_article *article,
                         angka_error *err)
{
	sqlite3_stmt *stmt = store->insert_source;
	int ret;
	if ((ret = store_bind_int64(stmt, 1, article_id, store, err)) ||
	    (ret = store_bind_text(stmt, 2, article->source, store, "the source location", err)) ||
	    (ret = store_bind_text(stmt, 3, article->fetched_at, store, "the fetch time", err))) {
		sqlite3_reset(stmt);
		sqlite3_clear_bindings(stmt);
		return ret;
	}
	return store_step_done(stmt, store, "inserting the source", err);
}

/* Insert one figure; the message names its position and rule, since the
 * usual failure is a CHECK on a vocabulary the rules got wrong. The
 * figure's own source, title and publication date are not stored: the
 * figures view takes them from the article and its sources. */
static int insert_figure(angka_store *store, int64_t article_id, const angka_figure *fig,
                         size_t index, const char *rules_version, angka_error *err)
{
	sqlite3_stmt *stmt = store->insert_figure;
	int ret;
	if (fig->start > (size_t)INT64_MAX || fig->end > (size_t)INT64_MAX) {
		ret = angka_error_set(err, ANGKA_EINVAL, "%s: figure %zu (rule %s): span too large",
		                      store->path, index, fig->rule ? fig->rule : "?");
		goto cleanup;
	}
	if ((ret = store_bind_int64(stmt, 1, article_id, store, err)) ||
	    (ret = store_bind_text(stmt, 2, fig->region, store, "a figure's region", err)) ||
	    (ret = store_bind_text(stmt, 3, fig->region_code, store, "a figure's region code",
	                           err)) ||
	    (ret = store_bind_text(stmt, 4, fig->metric, store, "a figure's metric", err)) ||
	    (ret = store_bind_text(stmt, 5, fig->segment, store, "a figure's segment", err)) ||
	    (ret = store_bind_double(stmt, 6, fig->value, store, err)) ||
	    (ret = store_bind_text(stmt, 7, fig->unit, store, "a figure's unit", err)) ||
	    (ret = store_bind_int64(stmt, 8, fig->approx ? 1 : 0, store, err)) ||
	    (ret = store_bind_text(stmt, 9, fig->as_of, store, "a figure's period", err)) ||
	    (ret = store_bind_text(stmt, 10, fig->text, store, "a figure's text", err)) ||
	    (ret = store_bind_text(stmt, 11, fig->sentence, store, "a figure's sentence", err)) ||
	    (ret = store_bind_int64(stmt, 12, (sqlite3_int64)fig->start, store, err)) ||
	    (ret = store_bind_int64(stmt, 13, (sqlite3_int64)fig->end, store, err)) ||
	    (ret = store_bind_text(stmt, 14, fig->rule, store, "a figure's rule", err)) ||
	    (ret = store_bind_int64(stmt, 15, fig->decimals, store, err)) ||
	    (ret = store_bind_double(stmt, 16, fig->low, store, err)) ||
	    (ret = store_bind_double(stmt, 17, fig->high, store, err)) ||
	    (ret = store_bind_text(stmt, 18, rules_version, store, "the rules version", err)) ||
	    (ret = store_bind_text(stmt, 19, fig->programme, store, "a figure's programme", err)) ||
	    (ret = store_bind_text(stmt, 20, fig->domain, store, "a figure's domain", err)) ||
	    (ret = store_bind_int64(stmt, 21, fig->context ? 1 : 0, store, err)))
		goto cleanup;
	if (sqlite3_step(stmt) != SQLITE_DONE)
		ret = angka_error_set(err, ANGKA_EDB, "%s: inserting figure %zu (rule %s): %s",
		                      store->path, index, fig->rule ? fig->rule : "?",
		                      sqlite3_errmsg(store->db));
cleanup:
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	return ret;
}

/* The text read at the article's source is current from now on: every
 * other current article of that source is superseded by it. */
static int supersede_others(size_t *superseded, angka_store *store, const char *location,
                            int64_t id, angka_error *err)
{
	int64_t *others = NULL;
	size_t n = 0;
	int ret = store_articles_at(&others, &n, store, location, true, id, err);
	for (size_t i = 0; ret == ANGKA_OK && i < n; i++)
		ret = store_supersede(store, others[i], id, NULL, err);
	free(others);
	*superseded = n;
	return ret;
}

/* One transaction per article. A failure anywhere rolls back, so the
 * article, its source, its figures and the versions it supersedes are
 * there all together or not at all; the message is prefixed with the
 * article's source. *status and *article_id (either may be NULL) are set
 * only on success. */
int angka_store_put_article(angka_store *store, const angka_article *article,
                            const angka_figure_list *figures, const char *rules_version,
                            angka_store_status *status, int64_t *article_id, angka_error *err)
{
	int ret = ANGKA_OK;
	bool in_txn = false;
	bool found = false;
	int64_t id = 0;
	size_t superseded = 0;
	angka_store_status result = ANGKA_STORE_NEW;

	if (store == NULL || article == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_put_article: no store or article");
	if (article->source == NULL || article->text == NULL || article->content_hash[0] == '\0')
		return angka_error_set(
		        err, ANGKA_EINVAL, "%s: article %s lacks its source, text or content hash",
		        store->path, article->source ? article->source : "(unnamed)");

	if ((ret = store_begin(store, err)) != ANGKA_OK)
		goto cleanup;
	in_txn = true;

	if ((ret = find_article(&found, &id, store, article->content_hash, err)) != ANGKA_OK)
		goto cleanup;
	if (found) {
		/* The same content seen again, perhaps at a new location: only
		 * the source may be new; the figures are those already stored.
		 * An older version becomes current again only when its source
		 * went back to it from another current text; a stale copy of an
		 * older version (the page of a corrected capture) stays as it is. */
		bool current = false;
		int64_t *others = NULL;
		size_t n_others = 0;
		result = ANGKA_STORE_UNCHANGED;
		if ((ret = store_is_current(&current, store, id, err)) != ANGKA_OK ||
		    (ret = store_articles_at(&others, &n_others, store, article->source, true, id,
		                             err)) != ANGKA_OK)
			goto cleanup;
		free(others);
		if (!current && n_others > 0 && (ret = store_revive(store, id, err)) != ANGKA_OK)
			goto cleanup;
		if ((current || n_others > 0) &&
		    (ret = supersede_others(&superseded, store, article->source, id, err)) !=
		            ANGKA_OK)
			goto cleanup;
		if ((ret = insert_source(store, id, article, err)) != ANGKA_OK)
			goto cleanup;
		if (superseded > 0)
			result = ANGKA_STORE_REVIVED;
	} else {
		if ((ret = insert_article(&id, store, article, rules_version, err)) != ANGKA_OK)
			goto cleanup;
		for (size_t i = 0; figures != NULL && i < figures->n; i++) {
			ret = insert_figure(store, id, &figures->items[i], i, rules_version, err);
			if (ret != ANGKA_OK)
				goto cleanup;
		}
		/* Before this source is recorded, so that the new article is not
		 * among the ones it supersedes. */
		if ((ret = supersede_others(&superseded, store, article->source, id, err)) !=
		            ANGKA_OK ||
		    (ret = insert_source(store, id, article, err)) != ANGKA_OK)
			goto cleanup;
		if (superseded > 0)
			result = ANGKA_STORE_REVISED;
	}

	if ((ret = store_commit(store, "committing the article", err)) != ANGKA_OK)
		goto cleanup;
	in_txn = false;
	if (status != NULL)
		*status = result;
	if (article_id != NULL)
		*article_id = id;
cleanup:
	if (in_txn)
		store_rollback(store);
	if (ret != ANGKA_OK)
		angka_error_prefix(err, "%s: ", article->source ? article->source : "(unnamed)");
	return ret;
}

static void stored_article_release(angka_article *a)
{
	free(a->source);
	free(a->text);
	free(a->paragraphs);
	free(a->title);
	free(a->site);
	free(a->canonical_url);
	free(a->author);
	free(a->published);
	free(a->dateline_place);
	memset(a, 0, sizeof *a);
}

/* The paragraphs of a stored text: parse joined them with "\n\n", and put
 * the title first as a heading. */
static int split_paragraphs(angka_article *a)
{
	size_t n = 1;
	for (const char *p = a->text; (p = strstr(p, "\n\n")) != NULL; p += 2)
		n++;
	a->paragraphs = calloc(n, sizeof *a->paragraphs);
	if (a->paragraphs == NULL)
		return ANGKA_ENOMEM;
	size_t start = 0;
	const char *p = a->text;
	for (;;) {
		const char *gap = strstr(p, "\n\n");
		size_t end = gap ? (size_t)(gap - a->text) : a->text_len;
		angka_block_kind kind = ANGKA_BLOCK_PARAGRAPH;
		if (a->n_paragraphs == 0 && a->title != NULL && end - start == strlen(a->title) &&
		    memcmp(a->text, a->title, end) == 0)
			kind = ANGKA_BLOCK_HEADING;
		a->paragraphs[a->n_paragraphs++] = (angka_paragraph){start, end, kind};
		if (gap == NULL)
			break;
		start = end + 2;
		p = gap + 2;
	}
	return ANGKA_OK;
}

static int load_article(angka_article *a, angka_store *store, int64_t id, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	bool failed = false;
	int ret;
	memset(a, 0, sizeof *a);
	if ((ret = store_prepare(
	             &stmt, store,
	             "SELECT a.text, a.title, a.site, a.canonical_url, a.author, a.published, "
	             "a.published_approx, a.dateline_place, a.content_hash, "
	             "(SELECT s.location FROM sources s WHERE s.article_id = a.id "
	             "ORDER BY s.id LIMIT 1) FROM articles a WHERE a.id = ?1",
	             err)) != ANGKA_OK ||
	    (ret = store_bind_int64(stmt, 1, id, store, err)) != ANGKA_OK)
		goto cleanup;
	if (sqlite3_step(stmt) != SQLITE_ROW) {
		ret = store_error(err, store, "reading an article");
		goto cleanup;
	}
	a->text = store_column_strdup(stmt, 0, &failed);
	a->text_len = a->text ? strlen(a->text) : 0;
	a->title = store_column_strdup(stmt, 1, &failed);
	a->site = store_column_strdup(stmt, 2, &failed);
	a->canonical_url = store_column_strdup(stmt, 3, &failed);
	a->author = store_column_strdup(stmt, 4, &failed);
	a->published = store_column_strdup(stmt, 5, &failed);
	a->published_approx = sqlite3_column_int(stmt, 6) != 0;
	a->dateline_place = store_column_strdup(stmt, 7, &failed);
	const unsigned char *hash = sqlite3_column_text(stmt, 8);
	if (hash != NULL)
		snprintf(a->content_hash, sizeof a->content_hash, "%s", (const char *)hash);
	a->source = store_column_strdup(stmt, 9, &failed);
	if (failed || a->text == NULL || split_paragraphs(a) != ANGKA_OK)
		ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory reading article %lld",
		                      store->path, (long long)id);
cleanup:
	sqlite3_finalize(stmt);
	if (ret != ANGKA_OK)
		stored_article_release(a);
	return ret;
}

int angka_store_article_ids(int64_t **out, size_t *n, angka_store *store, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int64_t *ids = NULL;
	size_t cap = 0;
	int ret, rc;
	*out = NULL;
	*n = 0;
	if ((ret = store_prepare(
	             &stmt, store,
	             "SELECT id FROM articles WHERE superseded_by IS NULL AND text <> '' "
	             "ORDER BY id",
	             err)) != ANGKA_OK)
		goto cleanup;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			int64_t *grown = realloc(ids, cap * sizeof *grown);
			if (grown == NULL) {
				ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory",
				                      store->path);
				goto cleanup;
			}
			ids = grown;
		}
		ids[(*n)++] = sqlite3_column_int64(stmt, 0);
	}
	if (rc != SQLITE_DONE)
		ret = store_error(err, store, "listing the articles");
cleanup:
	sqlite3_finalize(stmt);
	if (ret != ANGKA_OK) {
		free(ids);
		ids = NULL;
		*n = 0;
	}
	*out = ids;
	return ret;
}

int angka_store_load_article(angka_article **out, angka_store *store, int64_t id, angka_error *err)
{
	*out = calloc(1, sizeof **out);
	if (*out == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", store->path);
	int ret = load_article(*out, store, id, err);
	if (ret != ANGKA_OK) {
		free(*out);
		*out = NULL;
	}
	return ret;
}

/* The ids are read first and each article loaded on its own, so that
 * visit may write to the store (re-extraction does) with no read
 * statement pending. */
int angka_store_each_article(angka_store *store, angka_store_article_fn visit, void *ctx,
                             angka_error *err)
{
	int64_t *ids = NULL;
	size_t n = 0;
	int ret;
	if (store == NULL || visit == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_each_article: no store or visitor");
	if ((ret = angka_store_article_ids(&ids, &n, store, err)) != ANGKA_OK)
		goto cleanup;
	for (size_t i = 0; i < n; i++) {
		angka_article a;
		if ((ret = load_article(&a, store, ids[i], err)) != ANGKA_OK)
			goto cleanup;
		ret = visit(ids[i], &a, ctx);
		stored_article_release(&a);
		if (ret != 0)
			goto cleanup;
	}
cleanup:
	free(ids);
	return ret;
}

typedef struct old_figure {
	int64_t id;
	int64_t start, end;
	double value;
	char *region;
	bool context;
	bool matched;
} old_figure;

static int update_figure(angka_store *store, int64_t id, const angka_figure *fig,
                         const char *rules_version, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret;
	if ((ret = store_prepare(
	             &stmt, store,
	             "UPDATE extracted_figures SET region = ?2, region_code = ?3, "
	             "metric = ?4, segment = ?5, unit = ?6, approx = ?7, as_of = ?8, "
	             "text = ?9, sentence = ?10, rule = ?11, decimals = ?12, "
	             "value_low = ?13, value_high = ?14, rules_version = ?15, programme = ?16, "
	             "domain = ?17, context = ?18 "
	             "WHERE id = ?1",
	             err)) != ANGKA_OK)
		goto cleanup;
	if ((ret = store_bind_int64(stmt, 1, id, store, err)) ||
	    (ret = store_bind_text(stmt, 2, fig->region, store, "a figure's region", err)) ||
	    (ret = store_bind_text(stmt, 3, fig->region_code, store, "a figure's region code",
	                           err)) ||
	    (ret = store_bind_text(stmt, 4, fig->metric, store, "a figure's metric", err)) ||
	    (ret = store_bind_text(stmt, 5, fig->segment, store, "a figure's segment", err)) ||
	    (ret = store_bind_text(stmt, 6, fig->unit, store, "a figure's unit", err)) ||
	    (ret = store_bind_int64(stmt, 7, fig->approx ? 1 : 0, store, err)) ||
	    (ret = store_bind_text(stmt, 8, fig->as_of, store, "a figure's period", err)) ||
	    (ret = store_bind_text(stmt, 9, fig->text, store, "a figure's text", err)) ||
	    (ret = store_bind_text(stmt, 10, fig->sentence, store, "a figure's sentence", err)) ||
	    (ret = store_bind_text(stmt, 11, fig->rule, store, "a figure's rule", err)) ||
	    (ret = store_bind_int64(stmt, 12, fig->decimals, store, err)) ||
	    (ret = store_bind_double(stmt, 13, fig->low, store, err)) ||
	    (ret = store_bind_double(stmt, 14, fig->high, store, err)) ||
	    (ret = store_bind_text(stmt, 15, rules_version, store, "the rules version", err)) ||
	    (ret = store_bind_text(stmt, 16, fig->programme, store, "a figure's programme", err)) ||
	    (ret = store_bind_text(stmt, 17, fig->domain, store, "a figure's domain", err)) ||
	    (ret = store_bind_int64(stmt, 18, fig->context ? 1 : 0, store, err)))
		goto cleanup;
	if (sqlite3_step(stmt) != SQLITE_DONE)
		ret = angka_error_set(err, ANGKA_EDB, "%s: updating figure %lld (rule %s): %s",
		                      store->path, (long long)id, fig->rule ? fig->rule : "?",
		                      sqlite3_errmsg(store->db));
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

static int delete_figure(angka_store *store, int64_t id, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret;
	if ((ret = store_prepare(&stmt, store, "DELETE FROM extracted_figures WHERE id = ?1",
	                         err)) == ANGKA_OK &&
	    (ret = store_bind_int64(stmt, 1, id, store, err)) == ANGKA_OK &&
	    sqlite3_step(stmt) != SQLITE_DONE)
		ret = store_error(err, store, "removing a figure no longer found");
	sqlite3_finalize(stmt);
	return ret;
}

int angka_store_replace_figures(angka_store *store, int64_t article_id,
                                const angka_figure_list *figures, const char *rules_version,
                                angka_replace_stats *stats, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	old_figure *old = NULL;
	size_t n_old = 0, cap = 0;
	angka_replace_stats st = {0, 0, 0, 0};
	bool in_txn = false;
	int ret, rc;
	int64_t count = 0;

	if (store == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "angka_store_replace_figures: no store");
	if ((ret = store_begin(store, err)) != ANGKA_OK)
		goto cleanup;
	in_txn = true;
	if ((ret = store_count_int64(&count, store, "SELECT count(*) FROM articles WHERE id = ?1",
	                             article_id, err)) != ANGKA_OK)
		goto cleanup;
	if (count == 0) {
		ret = angka_error_set(err, ANGKA_ENOTFOUND, "%s: no article with id %lld",
		                      store->path, (long long)article_id);
		goto cleanup;
	}
	if ((ret = store_prepare(&stmt, store,
	                         "SELECT id, start_byte, end_byte, value, region, context "
	                         "FROM extracted_figures WHERE article_id = ?1 ORDER BY id",
	                         err)) != ANGKA_OK ||
	    (ret = store_bind_int64(stmt, 1, article_id, store, err)) != ANGKA_OK)
		goto cleanup;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (n_old == cap) {
			cap = cap ? cap * 2 : 32;
			old_figure *grown = realloc(old, cap * sizeof *grown);
			if (grown == NULL) {
				ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory",
				                      store->path);
				goto cleanup;
			}
			old = grown;
		}
		bool failed = false;
		old[n_old] = (old_figure){sqlite3_column_int64(stmt, 0),
		                          sqlite3_column_int64(stmt, 1),
		                          sqlite3_column_int64(stmt, 2),
		                          sqlite3_column_double(stmt, 3),
		                          store_column_strdup(stmt, 4, &failed),
		                          sqlite3_column_int(stmt, 5) != 0,
		                          false};
		n_old++;
		if (failed) {
			ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", store->path);
			goto cleanup;
		}
	}
	if (rc != SQLITE_DONE) {
		ret = store_error(err, store, "reading the article's figures");
		goto cleanup;
	}
	sqlite3_finalize(stmt);
	stmt = NULL;

	for (size_t i = 0; figures != NULL && i < figures->n; i++) {
		const angka_figure *fig = &figures->items[i];
		old_figure *same = NULL;
		for (size_t k = 0; k < n_old && same == NULL; k++)
			if (!old[k].matched && old[k].context == fig->context &&
			    old[k].start == (int64_t)fig->start &&
			    old[k].end == (int64_t)fig->end && old[k].value == fig->value &&
			    ((old[k].region == NULL && fig->region == NULL) ||
			     (old[k].region && fig->region &&
			      strcmp(old[k].region, fig->region) == 0)))
				same = &old[k];
		if (same != NULL) {
			same->matched = true;
			ret = update_figure(store, same->id, fig, rules_version, err);
			st.kept += !fig->context;
		} else {
			ret = insert_figure(store, article_id, fig, i, rules_version, err);
			st.added += !fig->context;
		}
		if (ret != ANGKA_OK)
			goto cleanup;
	}
	for (size_t k = 0; k < n_old; k++) {
		if (old[k].matched)
			continue;
		if ((ret = delete_figure(store, old[k].id, err)) != ANGKA_OK)
			goto cleanup;
		st.removed += !old[k].context;
	}
	if ((ret = store_count_int64(
	             &count, store,
	             "SELECT count(*) FROM latest_reviews l JOIN extracted_figures e "
	             "ON e.id = l.figure_id WHERE e.article_id = ?1 AND e.context = 0",
	             article_id, err)) != ANGKA_OK)
		goto cleanup;
	st.reviewed = (size_t)count;
	if ((ret = store_commit(store, "committing the figures", err)) != ANGKA_OK)
		goto cleanup;
	in_txn = false;
	if (stats != NULL)
		*stats = st;
cleanup:
	sqlite3_finalize(stmt);
	if (in_txn)
		store_rollback(store);
	for (size_t k = 0; k < n_old; k++)
		free(old[k].region);
	free(old);
	return ret;
}

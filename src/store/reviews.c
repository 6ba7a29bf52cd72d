/* Review decisions: an append-only history per figure (docs/audit.md,
 * "Review"). A decision is keyed by what identifies a figure across
 * re-extractions (article, byte span, extracted value, region), not by its
 * row id; an undo is a decision too, naming the one it cancels. */
#include <math.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_internal.h"

const char *angka_review_decision_name(angka_review_decision decision)
{
	switch (decision) {
	case ANGKA_REVIEW_ACCEPT: return "accept";
	case ANGKA_REVIEW_REJECT: return "reject";
	case ANGKA_REVIEW_CORRECT: return "correct";
	case ANGKA_REVIEW_UNDO: return "undo";
	}
	return "unknown";
}

/* A decision copies the figure's key from extracted_figures; an undo also
 * names the latest decision of the figure not undone yet (latest_reviews
 * leaves undos and undone decisions out). */
#define INSERT_REVIEW_SQL                                                                          \
	"INSERT INTO reviews (article_id, start_byte, end_byte, value, region, figure_id, "        \
	"decision, corrected_value, corrected_decimals, note, reviewer, decided_at, undoes) "      \
	"SELECT e.article_id, e.start_byte, e.end_byte, e.value, e.region, e.id, ?2, ?3, ?4, ?5, " \
	"?6, " SQL_NOW ", CASE WHEN ?2 = 'undo' THEN l.review_id END "                             \
	"FROM extracted_figures e LEFT JOIN latest_reviews l ON l.figure_id = e.id "               \
	"WHERE e.id = ?1"

/* What stands in the way of deciding about figure id: it does not exist,
 * it is a context figure (a number the audit uses, no figure of the
 * dataset: there is nothing to accept or correct in the dataset), it is of
 * a superseded version, or (undo) it has nothing to undo. */
static int check_figure(angka_store *store, int64_t id, angka_review_decision decision,
                        angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK, rc;
	if ((ret = store_prepare(&stmt, store,
	                         "SELECT a.id, a.superseded_by, l.review_id, e.context FROM "
	                         "extracted_figures e "
	                         "JOIN articles a ON a.id = e.article_id "
	                         "LEFT JOIN latest_reviews l ON l.figure_id = e.id WHERE e.id = ?1",
	                         err)) != ANGKA_OK ||
	    (ret = store_bind_int64(stmt, 1, id, store, err)) != ANGKA_OK)
		goto cleanup;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_DONE) {
		ret = angka_error_set(err, ANGKA_ENOTFOUND, "%s: no figure with id %lld",
		                      store->path, (long long)id);
	} else if (rc != SQLITE_ROW) {
		ret = store_error(err, store, "looking up a figure");
	} else if (sqlite3_column_int(stmt, 3) != 0) {
		ret = angka_error_set(err, ANGKA_EINVAL,
		                      "%s: figure %lld is a context figure (a number the audit "
		                      "uses, no figure of the dataset): it is not reviewed",
		                      store->path, (long long)id);
	} else if (sqlite3_column_type(stmt, 1) != SQLITE_NULL) {
		ret = angka_error_set(err, ANGKA_EINVAL,
		                      "%s: figure %lld is of article %lld, superseded by its newer "
		                      "version, article %lld: review that version's figures",
		                      store->path, (long long)id,
		                      (long long)sqlite3_column_int64(stmt, 0),
		                      (long long)sqlite3_column_int64(stmt, 1));
	} else if (decision == ANGKA_REVIEW_UNDO && sqlite3_column_type(stmt, 2) == SQLITE_NULL) {
		ret = angka_error_set(err, ANGKA_ENOTFOUND,
		                      "%s: figure %lld has no decision to undo", store->path,
		                      (long long)id);
	}
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

static int insert_review(int64_t *review_id, angka_store *store, sqlite3_stmt *stmt, int64_t id,
                         const angka_review_request *req, angka_error *err)
{
	bool correct = req->decision == ANGKA_REVIEW_CORRECT;
	int ret;
	if ((ret = store_bind_int64(stmt, 1, id, store, err)) ||
	    (ret = store_bind_text(stmt, 2, angka_review_decision_name(req->decision), store,
	                           "the decision", err)) ||
	    (ret = store_bind_double(stmt, 3, correct ? req->corrected_value : NAN, store, err)) ||
	    (correct && (ret = store_bind_int64(stmt, 4, req->corrected_decimals, store, err))) ||
	    (ret = store_bind_text(stmt, 5, req->note, store, "the note", err)) ||
	    (ret = store_bind_text(stmt, 6, req->reviewer, store, "the reviewer", err))) {
		sqlite3_reset(stmt);
		sqlite3_clear_bindings(stmt);
		return ret;
	}
	if ((ret = store_step_done(stmt, store, "recording the review decision", err)) != ANGKA_OK)
		return ret;
	*review_id = sqlite3_last_insert_rowid(store->db);
	return ANGKA_OK;
}

static int check_request(const angka_store *store, const angka_review_request *req,
                         angka_error *err)
{
	if (store == NULL || req == NULL || req->reviewer == NULL ||
	    req->decision < ANGKA_REVIEW_ACCEPT || req->decision > ANGKA_REVIEW_UNDO)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "reviewing: no store, reviewer or decision");
	if (req->decision == ANGKA_REVIEW_CORRECT &&
	    !(isfinite(req->corrected_value) && req->corrected_value >= 0))
		return angka_error_set(err, ANGKA_EINVAL,
		                       "%s: a correction needs a finite value, not below 0 (every "
		                       "metric is a count, a percentage or an amount)",
		                       store->path);
	return ANGKA_OK;
}

/* Decide about ids[0, n) inside the caller's transaction; review_ids[i]
 * receives the decision's row id. */
static int decide(angka_store *store, const int64_t *ids, size_t n, const angka_review_request *req,
                  int64_t *review_ids, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK;
	for (size_t i = 0; i < n && ret == ANGKA_OK; i++)
		ret = check_figure(store, ids[i], req->decision, err);
	if (ret == ANGKA_OK)
		ret = store_prepare(&stmt, store, INSERT_REVIEW_SQL, err);
	for (size_t i = 0; i < n && ret == ANGKA_OK; i++)
		ret = insert_review(&review_ids[i], store, stmt, ids[i], req, err);
	sqlite3_finalize(stmt);
	return ret;
}

/* One transaction for the whole batch; visit hears of the decisions only
 * once they are committed, so nothing is reported that did not happen. */
static int review_batch(angka_store *store, const int64_t *given, size_t n_given,
                        const angka_figure_selection *sel, const angka_review_request *req,
                        angka_store_decided_fn visit, void *ctx, size_t *n_decided,
                        angka_error *err)
{
	int64_t *selected = NULL, *review_ids = NULL;
	const int64_t *ids = given;
	size_t n = n_given;
	bool in_txn = false;
	int ret;
	if (n_decided != NULL)
		*n_decided = 0;
	if ((ret = check_request(store, req, err)) != ANGKA_OK)
		return ret;
	if ((ret = store_begin(store, err)) != ANGKA_OK)
		goto cleanup;
	in_txn = true;
	if (sel == NULL && n > 0) {
		/* The same id typed twice is decided once. */
		if ((selected = malloc(n * sizeof *selected)) == NULL) {
			ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", store->path);
			goto cleanup;
		}
		n = 0;
		for (size_t i = 0; i < n_given; i++) {
			bool seen = false;
			for (size_t k = 0; k < n && !seen; k++)
				seen = selected[k] == given[i];
			if (!seen)
				selected[n++] = given[i];
		}
		ids = selected;
	} else if (sel != NULL) {
		angka_figure_selection s = *sel;
		if (req->decision == ANGKA_REVIEW_UNDO)
			s.filter = ANGKA_STORE_DECIDED;
		if ((ret = store_selection_ids(&selected, &n, store, &s, err)) != ANGKA_OK)
			goto cleanup;
		ids = selected;
	}
	if (n > 0 && (review_ids = calloc(n, sizeof *review_ids)) == NULL) {
		ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", store->path);
		goto cleanup;
	}
	if ((ret = decide(store, ids, n, req, review_ids, err)) != ANGKA_OK ||
	    (ret = store_commit(store, "committing the review decisions", err)) != ANGKA_OK)
		goto cleanup;
	in_txn = false;
	if (n_decided != NULL)
		*n_decided = n;
	for (size_t i = 0; visit != NULL && i < n; i++)
		if ((ret = visit(ids[i], review_ids[i], ctx)) != 0)
			break;
cleanup:
	if (in_txn)
		store_rollback(store);
	free(selected);
	free(review_ids);
	return ret;
}

int angka_store_review_ids(angka_store *store, const int64_t *ids, size_t n,
                           const angka_review_request *request, angka_store_decided_fn visit,
                           void *ctx, size_t *n_decided, angka_error *err)
{
	if (n > 0 && ids == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "angka_store_review_ids: no ids");
	return review_batch(store, ids, n, NULL, request, visit, ctx, n_decided, err);
}

int angka_store_review_selected(angka_store *store, const angka_figure_selection *selection,
                                const angka_review_request *request, angka_store_decided_fn visit,
                                void *ctx, size_t *n_decided, angka_error *err)
{
	if (selection == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_review_selected: no selection");
	return review_batch(store, NULL, 0, selection, request, visit, ctx, n_decided, err);
}

static int remember_review_id(int64_t figure_id, int64_t review_id, void *ctx)
{
	(void)figure_id;
	*(int64_t *)ctx = review_id;
	return 0;
}

int angka_store_review(angka_store *store, int64_t figure_id, angka_review_decision decision,
                       double corrected_value, int corrected_decimals, const char *note,
                       const char *reviewer, int64_t *review_id, angka_error *err)
{
	angka_review_request req = {decision, corrected_value, corrected_decimals, note, reviewer};
	int64_t id = 0;
	int ret = angka_store_review_ids(store, &figure_id, 1, &req, remember_review_id, &id, NULL,
	                                 err);
	if (ret == ANGKA_OK && review_id != NULL)
		*review_id = id;
	return ret;
}

int angka_store_review_history(angka_store *store, int64_t figure_id, angka_store_review_fn visit,
                               void *ctx, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret, rc;
	if (store == NULL || visit == NULL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_review_history: no store or visitor");
	if ((ret = store_prepare(&stmt, store,
	                         "SELECT r.id, r.decision, r.corrected_value, r.note, r.reviewer, "
	                         "r.decided_at, r.value, r.undoes, r.carried_from, "
	                         "EXISTS (SELECT 1 FROM reviews u WHERE u.undoes = r.id) "
	                         "FROM reviews r JOIN extracted_figures e "
	                         "ON r.article_id = e.article_id AND r.start_byte = e.start_byte "
	                         "AND r.end_byte = e.end_byte AND r.value = e.value "
	                         "AND r.region IS e.region WHERE e.id = ?1 ORDER BY r.id",
	                         err)) != ANGKA_OK ||
	    (ret = store_bind_int64(stmt, 1, figure_id, store, err)) != ANGKA_OK)
		goto cleanup;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		angka_review_entry e = {
		        .id = sqlite3_column_int64(stmt, 0),
		        .decision = (const char *)sqlite3_column_text(stmt, 1),
		        .corrected_value = store_column_double_or_nan(stmt, 2),
		        .note = (const char *)sqlite3_column_text(stmt, 3),
		        .reviewer = (const char *)sqlite3_column_text(stmt, 4),
		        .decided_at = (const char *)sqlite3_column_text(stmt, 5),
		        .extracted_value = sqlite3_column_double(stmt, 6),
		        .undoes = sqlite3_column_int64(stmt, 7),
		        .carried_from = sqlite3_column_int64(stmt, 8),
		        .undone = sqlite3_column_int(stmt, 9) != 0,
		};
		if ((ret = visit(&e, ctx)) != 0)
			goto cleanup;
	}
	if (rc != SQLITE_DONE)
		ret = store_error(err, store, "reading the review history");
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

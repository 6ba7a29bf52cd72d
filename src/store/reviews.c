/* Review decisions: an append-only history per figure. */
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

const char *angka_review_decision_name(angka_review_decision decision)
{
	switch (decision) {
	case ANGKA_REVIEW_ACCEPT: return "accept";
	case ANGKA_REVIEW_REJECT: return "reject";
	case ANGKA_REVIEW_CORRECT: return "correct";
	}
	return "unknown";
}
int angka_store_review(angka_store *store, int64_t figure_id, angka_review_decision decision,
                       double corrected_value, int corrected_decimals, const char *note,
                       const char *reviewer, int64_t *review_id, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret;
	bool correct = decision == ANGKA_REVIEW_CORRECT;
	if (store == NULL || reviewer == NULL || decision < ANGKA_REVIEW_ACCEPT ||
	    decision > ANGKA_REVIEW_CORRECT)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_store_review: no store, reviewer or decision");
	if (correct && !isfinite(corrected_value))
		return angka_error_set(err, ANGKA_EINVAL, "%s: a correction needs a finite value",
		                       store->path);
	if ((ret = store_prepare(
	             &stmt, store,
	             "INSERT INTO reviews (article_id, start_byte, end_byte, value, region, "
	             "figure_id, decision, corrected_value, corrected_decimals, note, "
	             "reviewer, decided_at) SELECT article_id, start_byte, end_byte, value, "
	             "region, id, ?2, ?3, ?4, ?5, ?6, " SQL_NOW
	             " FROM extracted_figures WHERE id = ?1",
	             err)) != ANGKA_OK ||
	    (ret = store_bind_int64(stmt, 1, figure_id, store, err)) ||
	    (ret = store_bind_text(stmt, 2, angka_review_decision_name(decision), store,
	                           "the decision", err)) ||
	    (ret = store_bind_double(stmt, 3, correct ? corrected_value : NAN, store, err)))
		goto cleanup;
	if (correct)
		ret = store_bind_int64(stmt, 4, corrected_decimals, store, err);
	if (ret || (ret = store_bind_text(stmt, 5, note, store, "the note", err)) ||
	    (ret = store_bind_text(stmt, 6, reviewer, store, "the reviewer", err)))
		goto cleanup;
	if (sqlite3_step(stmt) != SQLITE_DONE) {
		ret = store_error(err, store, "recording the review decision");
		goto cleanup;
	}
	if (sqlite3_changes(store->db) == 0) {
		ret = angka_error_set(err, ANGKA_ENOTFOUND, "%s: no figure with id %lld",
		                      store->path, (long long)figure_id);
		goto cleanup;
	}
	if (review_id != NULL)
		*review_id = sqlite3_last_insert_rowid(store->db);
cleanup:
	sqlite3_finalize(stmt);
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
	                         "r.decided_at, r.value FROM reviews r JOIN extracted_figures e "
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

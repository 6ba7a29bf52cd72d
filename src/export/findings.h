/* Findings (docs/report.md, "Findings"): what a reader should see first —
 * the percentages the audit finds inconsistent or truncated, and the facts
 * whose sources conflict — each with its evidence: the sentences, the
 * figures (id, text, review decision) and their articles (title, URL,
 * date). One model, as JSON, for the report (rendered to HTML) and the
 * review desk (served as is). Internal to the export stage. */
#ifndef ANGKA_EXPORT_FINDINGS_H
#define ANGKA_EXPORT_FINDINGS_H

#include <jansson.h>

#include "angka/error.h"
#include "angka/reconcile.h"
#include "angka/store.h"

/* What findings know of a stored figure. Strings are owned. */
typedef struct findings_figure {
	int64_t id;
	int64_t article_id;
	char *source, *region, *region_code, *metric, *segment, *programme, *unit, *as_of;
	char *text, *decision;
	char *url; /* the article's http(s) URL: its canonical URL, else its source; or NULL */
	char *title, *published, *rules_version;
	double value; /* the corrected value for a correction */
	size_t start, end;
} findings_figure;

typedef struct findings_index {
	findings_figure *items;
	size_t n, cap;
} findings_index;

/* The current figures of one review state (ANGKA_STORE_NOT_REJECTED or
 * ANGKA_STORE_CURATED), in store order. */
int findings_index_build(findings_index *out, angka_store *store, angka_store_filter filter,
                         angka_error *err);
void findings_index_free(findings_index *index);
/* The stored figure an audit or reconcile figure is (same source, span,
 * metric and region); NULL when none. */
const findings_figure *findings_index_find(const findings_index *index, const angka_figure *f);
const findings_figure *findings_index_by_id(const findings_index *index, int64_t id);

/* "https://…" for a canonical URL or source that is one, else NULL (a
 * local path is no link). Borrowed from the arguments. */
const char *findings_article_url(const char *canonical_url, const char *source);

/* The findings object: {"audit": {checks, consistent, truncated,
 * inconsistent, unverifiable}, "inconsistent": [...], "conflicts": [...]}
 * (docs/report.md). *out is the caller's (json_decref). */
int findings_build(json_t **out, angka_store *store, angka_store_filter filter,
                   angka_domain *const *domains, size_t n_domains, const findings_index *index,
                   const angka_fact_set *facts, angka_error *err);

#endif

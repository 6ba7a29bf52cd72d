/* Findings: inconsistent percentages and conflicts with their evidence
 * (export/findings.h), for the report and the review desk. */
#include "export/findings.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"
#include "angka/reconcile.h"
#include "export/sink.h"
#include "util/buf.h"

/* ---- the figures, with what their evidence needs ------------------------- */

const char *findings_article_url(const char *canonical_url, const char *source)
{
	const char *candidates[2] = {canonical_url, source};
	for (size_t i = 0; i < 2; i++)
		if (candidates[i] && (strncmp(candidates[i], "https://", 8) == 0 ||
		                      strncmp(candidates[i], "http://", 7) == 0))
			return candidates[i];
	return NULL;
}

typedef struct index_walk {
	findings_index *index;
	angka_error *err;
} index_walk;

static int index_figure(const angka_stored_figure *sf, void *ctx)
{
	index_walk *w = ctx;
	findings_index *ix = w->index;
	if (ix->n == ix->cap) {
		size_t cap = ix->cap ? ix->cap * 2 : 64;
		findings_figure *grown = realloc(ix->items, cap * sizeof *grown);
		if (grown == NULL)
			return angka_error_set(w->err, ANGKA_ENOMEM,
			                       "out of memory listing figures");
		ix->items = grown;
		ix->cap = cap;
	}
	const angka_figure *f = &sf->figure;
	findings_figure *r = &ix->items[ix->n++];
	*r = (findings_figure){
	        .id = sf->id,
	        .article_id = sf->article_id,
	        .source = angka_strdup(f->source),
	        .region = angka_strdup(f->region),
	        .region_code = angka_strdup(f->region_code),
	        .metric = angka_strdup(f->metric),
	        .segment = angka_strdup(f->segment),
	        .programme = angka_strdup(f->programme),
	        .unit = angka_strdup(f->unit),
	        .as_of = angka_strdup(f->as_of),
	        .text = angka_strdup(f->text),
	        .value = isnan(sf->corrected_value) ? f->value : sf->corrected_value,
	        .decision = angka_strdup(sf->decision),
	        .url = angka_strdup(findings_article_url(sf->canonical_url, f->source)),
	        .title = angka_strdup(f->article_title),
	        .published = angka_strdup(f->published),
	        .rules_version = angka_strdup(sf->rules_version),
	        .start = f->start,
	        .end = f->end,
	};
	if ((f->source && !r->source) || (f->metric && !r->metric) || (f->region && !r->region) ||
	    (f->region_code && !r->region_code) || (f->segment && !r->segment) ||
	    (f->programme && !r->programme) || (f->unit && !r->unit) || (f->as_of && !r->as_of) ||
	    (f->text && !r->text) || (sf->decision && !r->decision) ||
	    (f->article_title && !r->title) || (f->published && !r->published) ||
	    (sf->rules_version && !r->rules_version))
		return angka_error_set(w->err, ANGKA_ENOMEM, "out of memory listing figures");
	return ANGKA_OK;
}

void findings_index_free(findings_index *index)
{
	if (index == NULL)
		return;
	for (size_t i = 0; i < index->n; i++) {
		findings_figure *r = &index->items[i];
		free(r->source);
		free(r->region);
		free(r->region_code);
		free(r->metric);
		free(r->segment);
		free(r->programme);
		free(r->unit);
		free(r->as_of);
		free(r->text);
		free(r->decision);
		free(r->url);
		free(r->title);
		free(r->published);
		free(r->rules_version);
	}
	free(index->items);
	memset(index, 0, sizeof *index);
}

int findings_index_build(findings_index *out, angka_store *store, angka_store_filter filter,
                         angka_error *err)
{
	index_walk w = {out, err};
	memset(out, 0, sizeof *out);
	int ret = angka_store_each_stored_figure(store, filter, index_figure, &w, err);
	if (ret != ANGKA_OK)
		findings_index_free(out);
	return ret;
}

static bool same(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

const findings_figure *findings_index_find(const findings_index *index, const angka_figure *f)
{
	for (size_t i = 0; f != NULL && i < index->n; i++) {
		const findings_figure *r = &index->items[i];
		if (r->start == f->start && r->end == f->end && same(r->source, f->source) &&
		    same(r->metric, f->metric) && same(r->region, f->region))
			return r;
	}
	return NULL;
}

const findings_figure *findings_index_by_id(const findings_index *index, int64_t id)
{
	for (size_t i = 0; i < index->n; i++)
		if (index->items[i].id == id)
			return &index->items[i];
	return NULL;
}

/* ---- JSON ------------------------------------------------------------------ */

typedef struct findings_walk {
	const findings_index *index;
	json_t *inconsistent;
	size_t verdicts[4];
	size_t checks;
	bool failed;
} findings_walk;

static json_t *article_json(const findings_figure *r, const angka_figure *f)
{
	return json_pack("{s:o, s:o, s:o, s:o}", "title",
	                 export_json_string(r ? r->title : f->article_title), "url",
	                 export_json_string(r ? r->url : findings_article_url(NULL, f->source)),
	                 "source", export_json_string(f->source), "published",
	                 export_json_string(f->published));
}

/* One number of a check: what it is, as written, and the figure it is. */
static json_t *number_json(const findings_walk *w, const char *role, const angka_audit_number *n)
{
	if (!n->present)
		return NULL;
	const findings_figure *r = findings_index_find(w->index, n->figure);
	json_t *o = json_pack("{s:s, s:o, s:o, s:o, s:o, s:o}", "role", role, "metric",
	                      export_json_string(n->figure ? n->figure->metric : NULL), "value",
	                      export_json_number(n->value), "text",
	                      export_json_string(n->figure ? n->figure->text : NULL), "figure",
	                      r ? json_integer(r->id) : json_null(), "decision",
	                      export_json_string(r ? r->decision : NULL));
	if (o && n->figure == NULL && n->parts[0] && n->parts[1])
		json_object_set_new(o, "derived_from",
		                    json_pack("[s, s]", n->parts[0]->metric, n->parts[1]->metric));
	return o;
}

/* The distinct sentences of a check's figures, each with the texts of the
 * figures found in it (to mark) and its article. */
static json_t *evidence_json(const findings_walk *w, const angka_figure *const *figs, size_t n)
{
	json_t *list = json_array();
	for (size_t i = 0; list && i < n; i++) {
		const angka_figure *f = figs[i];
		if (f == NULL || f->sentence == NULL)
			continue;
		bool seen = false;
		for (size_t k = 0; k < i; k++)
			seen |= figs[k] && figs[k]->sentence &&
			        strcmp(figs[k]->sentence, f->sentence) == 0 &&
			        same(figs[k]->source, f->source);
		if (seen)
			continue;
		json_t *marks = json_array();
		for (size_t k = 0; marks && k < n; k++)
			if (figs[k] && figs[k]->sentence && figs[k]->text &&
			    strcmp(figs[k]->sentence, f->sentence) == 0 &&
			    same(figs[k]->source, f->source))
				json_array_append_new(marks, json_string(figs[k]->text));
		json_array_append_new(list,
		                      json_pack("{s:s, s:o, s:o}", "sentence", f->sentence, "marks",
		                                marks ? marks : json_array(), "article",
		                                article_json(findings_index_find(w->index, f), f)));
	}
	return list;
}

static int finding_of_check(const angka_audit_check *c, void *ctx)
{
	findings_walk *w = ctx;
	w->checks++;
	w->verdicts[c->verdict]++;
	if (c->verdict != ANGKA_VERDICT_INCONSISTENT && c->verdict != ANGKA_VERDICT_TRUNCATED)
		return ANGKA_OK;
	const angka_figure *figs[] = {c->percentage.figure,    c->numerator.figure,
	                              c->denominator.figure,   c->complement.figure,
	                              c->denominator.parts[0], c->denominator.parts[1]};
	const angka_figure *any = NULL;
	for (size_t i = 0; any == NULL && i < sizeof figs / sizeof figs[0]; i++)
		any = figs[i];
	json_t *numbers = json_array();
	const struct {
		const char *role;
		const angka_audit_number *n;
	} roles[] = {{"percentage", &c->percentage},
	             {"numerator", &c->numerator},
	             {"denominator", &c->denominator},
	             {"complement", &c->complement}};
	for (size_t i = 0; numbers && i < 4; i++) {
		json_t *o = number_json(w, roles[i].role, roles[i].n);
		if (o)
			json_array_append_new(numbers, o);
	}
	json_t *o = json_pack(
	        "{s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o}", "verdict",
	        angka_verdict_name(c->verdict), "check", angka_audit_kind_name(c->kind), "metric",
	        c->metric, "region", export_json_string(c->region), "region_code",
	        export_json_string(any ? any->region_code : NULL), "segment",
	        export_json_string(c->segment), "as_of", export_json_string(c->as_of), "computed",
	        export_json_number(isnan(c->computed) ? NAN : round(c->computed * 1e4) / 1e4),
	        "delta", export_json_number(isnan(c->delta) ? NAN : round(c->delta * 1e4) / 1e4),
	        "delta_unit", export_json_string(c->delta_unit), "numbers",
	        numbers ? numbers : json_array(), "evidence",
	        evidence_json(w, figs, sizeof figs / sizeof figs[0]), "article",
	        any ? article_json(findings_index_find(w->index, any), any) : json_null());
	if (o == NULL || json_array_append_new(w->inconsistent, o) != 0)
		w->failed = true;
	return ANGKA_OK;
}

static json_t *conflict_json(const angka_fact_set *set, const angka_fact *fact,
                             const findings_index *index)
{
	const angka_figure *key = fact->key;
	json_t *values = json_array();
	for (size_t v = 0; values && v < fact->n_values; v++) {
		const angka_fact_value *fv = &fact->values[v];
		json_t *sources = json_array();
		for (size_t k = 0; sources && k < fv->n_figures; k++) {
			const angka_figure *f = &set->figures.items[fv->figures[k]];
			int64_t id = set->ids[fv->figures[k]];
			const findings_figure *r = findings_index_by_id(index, id);
			json_array_append_new(
			        sources,
			        json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:o}", "figure",
			                  (json_int_t)id, "text", export_json_string(f->text),
			                  "value", export_json_number(f->value), "sentence",
			                  export_json_string(f->sentence), "decision",
			                  export_json_string(r ? r->decision : NULL), "approx",
			                  json_boolean(f->approx), "article", article_json(r, f)));
		}
		json_array_append_new(values, json_pack("{s:o, s:o, s:o, s:o}", "value",
		                                        export_json_number(fv->value), "low",
		                                        export_json_number(fv->low), "high",
		                                        export_json_number(fv->high), "sources",
		                                        sources ? sources : json_array()));
	}
	return json_pack("{s:o, s:o, s:o, s:s, s:s, s:o, s:o, s:o, s:o}", "region",
	                 export_json_string(key->region), "region_code",
	                 export_json_string(key->region_code), "domain",
	                 export_json_string(key->domain), "metric", key->metric, "segment",
	                 key->segment, "programme", export_json_string(key->programme), "as_of",
	                 export_json_string(key->as_of), "unit", export_json_string(key->unit),
	                 "values", values ? values : json_array());
}

int findings_build(json_t **out, angka_store *store, angka_store_filter filter,
                   angka_domain *const *domains, size_t n_domains, const findings_index *index,
                   const angka_fact_set *facts, angka_error *err)
{
	findings_walk w = {.index = index, .inconsistent = json_array()};
	json_t *conflicts = json_array(), *doc = NULL;
	int ret;
	*out = NULL;
	if (w.inconsistent == NULL || conflicts == NULL) {
		ret = angka_error_set(err, ANGKA_ENOMEM, "out of memory building the findings");
		goto cleanup;
	}
	if ((ret = angka_audit_store_filtered(store, filter, domains, n_domains, finding_of_check,
	                                      &w, err)) != ANGKA_OK)
		goto cleanup;
	for (size_t i = 0; i < facts->facts.n; i++) {
		if (facts->facts.items[i].status != ANGKA_FACT_CONFLICT)
			continue;
		json_t *c = conflict_json(facts, &facts->facts.items[i], index);
		if (c == NULL || json_array_append_new(conflicts, c) != 0)
			w.failed = true;
	}
	doc = json_pack("{s:{s:I, s:I, s:I, s:I, s:I}, s:O, s:O}", "audit", "checks",
	                (json_int_t)w.checks, "consistent",
	                (json_int_t)w.verdicts[ANGKA_VERDICT_CONSISTENT], "truncated",
	                (json_int_t)w.verdicts[ANGKA_VERDICT_TRUNCATED], "inconsistent",
	                (json_int_t)w.verdicts[ANGKA_VERDICT_INCONSISTENT], "unverifiable",
	                (json_int_t)w.verdicts[ANGKA_VERDICT_UNVERIFIABLE], "inconsistent",
	                w.inconsistent, "conflicts", conflicts);
	if (doc == NULL || w.failed) {
		ret = angka_error_set(err, ANGKA_ENOMEM, "out of memory building the findings");
		goto cleanup;
	}
	*out = doc;
	doc = NULL;
cleanup:
	json_decref(doc);
	json_decref(w.inconsistent);
	json_decref(conflicts);
	return ret;
}

int angka_findings_json(char **out, angka_store *store, angka_store_filter filter,
                        angka_domain *const *domains, size_t n_domains, angka_error *err)
{
	findings_index index;
	angka_fact_set facts;
	json_t *doc = NULL;
	*out = NULL;
	memset(&facts, 0, sizeof facts);
	int ret = findings_index_build(&index, store, filter, err);
	if (ret != ANGKA_OK)
		return ret;
	if ((ret = angka_reconcile_store_filtered(&facts, store, filter, err)) == ANGKA_OK &&
	    (ret = findings_build(&doc, store, filter, domains, n_domains, &index, &facts, err)) ==
	            ANGKA_OK) {
		*out = json_dumps(doc, EXPORT_JSON_FLAGS | JSON_ESCAPE_SLASH);
		if (*out == NULL)
			ret = angka_error_set(err, ANGKA_ENOMEM,
			                      "out of memory writing the findings");
	}
	json_decref(doc);
	angka_fact_set_free(&facts);
	findings_index_free(&index);
	return ret;
}

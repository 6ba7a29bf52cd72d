/* The curated dataset: accepted and corrected figures with their review
 * and full provenance (docs/audit.md, "Curated export"). */
#include <csv.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"
#include "angka/reconcile.h"
#include "export/sink.h"

struct angka_curated_writer {
	export_sink sink;
	const angka_fact_set *facts; /* borrowed; NULL: fact_status is null */
};

/* The figure record's fields, then what curation adds. */
static const char *const curated_fields[] = {
        "id",        "source",        "canonical_url", "article_title",
        "published", "region",        "region_code",   "domain",
        "metric",    "segment",       "value",         "extracted_value",
        "unit",      "programme",     "approx",        "as_of",
        "text",      "sentence",      "start",         "end",
        "rule",      "rules_version", "decision",      "note",
        "reviewer",  "decided_at",    "fact_status"};
#define N_FIELDS (sizeof curated_fields / sizeof curated_fields[0])

static const char *const table_header[] = {"id",    "region",      "metric", "segment",
                                           "value", "as_of",       "text",   "decision",
                                           "note",  "fact_status", "source"};
#define TABLE_WIDTH (sizeof table_header / sizeof table_header[0])

static double curated_value(const angka_stored_figure *sf)
{
	return isnan(sf->corrected_value) ? sf->figure.value : sf->corrected_value;
}

int angka_curated_writer_new(angka_curated_writer **out, FILE *fp, angka_format format,
                             angka_error *err)
{
	*out = NULL;
	angka_curated_writer *w = calloc(1, sizeof *w);
	if (w == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	export_sink_init(&w->sink, fp, format, curated_fields, N_FIELDS, table_header, TABLE_WIDTH);
	*out = w;
	return ANGKA_OK;
}

void angka_curated_writer_set_facts(angka_curated_writer *w, const angka_fact_set *facts)
{
	w->facts = facts;
}

/* The status of the fact the figure's value belongs to, as reconcile
 * decides it over the whole store; NULL without facts, or for a figure
 * reconcile leaves out (a rejected one, in `review list`). */
static const char *fact_status(const angka_curated_writer *w, const angka_stored_figure *sf)
{
	const angka_fact *fact = w->facts ? angka_fact_set_find(w->facts, sf->id, NULL) : NULL;
	return fact ? angka_fact_status_name(fact->status) : NULL;
}

static json_t *curated_json(const angka_stored_figure *sf, const char *status)
{
	const angka_figure *f = &sf->figure;
	json_t *o = json_object();
	if (o == NULL)
		return NULL;
	int failed = 0;
	failed |= json_object_set_new(o, "id", json_integer((json_int_t)sf->id));
	failed |= json_object_set_new(o, "source", export_json_string(f->source));
	failed |= json_object_set_new(o, "canonical_url", export_json_string(sf->canonical_url));
	failed |= json_object_set_new(o, "article_title", export_json_string(f->article_title));
	failed |= json_object_set_new(o, "published", export_json_string(f->published));
	failed |= json_object_set_new(o, "region", export_json_string(f->region));
	failed |= json_object_set_new(o, "region_code", export_json_string(f->region_code));
	failed |= json_object_set_new(o, "domain", export_json_string(f->domain));
	failed |= json_object_set_new(o, "metric", export_json_string(f->metric));
	failed |= json_object_set_new(o, "segment", export_json_string(f->segment));
	failed |= json_object_set_new(o, "value", export_json_number(curated_value(sf)));
	failed |= json_object_set_new(o, "extracted_value", export_json_number(f->value));
	failed |= json_object_set_new(o, "unit", export_json_string(f->unit));
	failed |= json_object_set_new(o, "programme", export_json_string(f->programme));
	failed |= json_object_set_new(o, "approx", json_boolean(f->approx));
	failed |= json_object_set_new(o, "as_of", export_json_string(f->as_of));
	failed |= json_object_set_new(o, "text", export_json_string(f->text));
	failed |= json_object_set_new(o, "sentence", export_json_string(f->sentence));
	failed |= json_object_set_new(o, "start", json_integer((json_int_t)f->start));
	failed |= json_object_set_new(o, "end", json_integer((json_int_t)f->end));
	failed |= json_object_set_new(o, "rule", export_json_string(f->rule));
	failed |= json_object_set_new(o, "rules_version", export_json_string(sf->rules_version));
	failed |= json_object_set_new(o, "decision", export_json_string(sf->decision));
	failed |= json_object_set_new(o, "note", export_json_string(sf->note));
	failed |= json_object_set_new(o, "reviewer", export_json_string(sf->reviewer));
	failed |= json_object_set_new(o, "decided_at", export_json_string(sf->decided_at));
	failed |= json_object_set_new(o, "fact_status", export_json_string(status));
	if (failed) {
		json_decref(o);
		return NULL;
	}
	return o;
}

int angka_curated_writer_figure(angka_curated_writer *w, const angka_stored_figure *sf,
                                angka_error *err)
{
	const angka_figure *f = &sf->figure;
	char id[32], value[64], extracted[64], start[32], end[32];
	const char *status = fact_status(w, sf);
	snprintf(id, sizeof id, "%lld", (long long)sf->id);
	export_format_value(value, sizeof value, curated_value(sf));
	switch (w->sink.format) {
	case ANGKA_FORMAT_TABLE: {
		const char *row[TABLE_WIDTH] = {
		        id,       f->region, f->metric, f->segment,
		        value,    f->as_of,  f->text,   sf->decision ? sf->decision : "pending",
		        sf->note, status,    f->source};
		return export_sink_table_row(&w->sink, row, err);
	}
	case ANGKA_FORMAT_CSV: {
		export_format_value(extracted, sizeof extracted, f->value);
		snprintf(start, sizeof start, "%zu", f->start);
		snprintf(end, sizeof end, "%zu", f->end);
		const char *cells[N_FIELDS] = {id,
		                               f->source,
		                               sf->canonical_url,
		                               f->article_title,
		                               f->published,
		                               f->region,
		                               f->region_code,
		                               f->domain,
		                               f->metric,
		                               f->segment,
		                               value,
		                               extracted,
		                               f->unit,
		                               f->programme,
		                               f->approx ? "true" : "false",
		                               f->as_of,
		                               f->text,
		                               f->sentence,
		                               start,
		                               end,
		                               f->rule,
		                               sf->rules_version,
		                               sf->decision,
		                               sf->note,
		                               sf->reviewer,
		                               sf->decided_at,
		                               status};
		for (size_t i = 0; i < N_FIELDS; i++)
			export_sink_cell(&w->sink, cells[i]);
		return export_sink_end_row(&w->sink, err);
	}
	case ANGKA_FORMAT_JSON:
	case ANGKA_FORMAT_JSONL: break;
	}
	return export_sink_json(&w->sink, curated_json(sf, status), err);
}

int angka_curated_writer_finish(angka_curated_writer *w, angka_error *err)
{
	export_sink_finish(&w->sink);
	return export_sink_flush(&w->sink, err);
}

size_t angka_curated_writer_count(const angka_curated_writer *w)
{
	return w->sink.count;
}

void angka_curated_writer_free(angka_curated_writer *w)
{
	if (w == NULL)
		return;
	export_sink_free(&w->sink);
	free(w);
}

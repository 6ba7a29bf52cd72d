/* Facts for people and programs (export.h, angka_facts_write): the facts
 * angka_reconcile_store makes of a store, each value with its sources. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"
#include "export/sink.h"

static const char *const csv_columns[] = {
        "region",   "region_code", "domain", "metric", "segment",       "programme",
        "as_of",    "unit",        "status", "value",  "low",           "high",
        "approx",   "id",          "source", "text",   "article_title", "published",
        "sentence", "start",       "end",    "rule",
};
#define N_CSV (sizeof csv_columns / sizeof csv_columns[0])

static const char *const table_header[] = {"region", "metric",    "segment", "programme",
                                           "as_of",  "status",    "value",   "id",
                                           "text",   "published", "source"};
#define TABLE_WIDTH (sizeof table_header / sizeof table_header[0])

/* One source of a value: the figure that states it, with its stored id. */
static json_t *source_json(const angka_figure *f, int64_t id)
{
	json_t *o = json_object();
	if (o == NULL)
		return NULL;
	int failed = 0;
	failed |= json_object_set_new(o, "id", json_integer((json_int_t)id));
	failed |= json_object_set_new(o, "source", export_json_string(f->source));
	failed |= json_object_set_new(o, "article_title", export_json_string(f->article_title));
	failed |= json_object_set_new(o, "published", export_json_string(f->published));
	failed |= json_object_set_new(o, "value", export_json_number(f->value));
	failed |= json_object_set_new(o, "approx", json_boolean(f->approx));
	failed |= json_object_set_new(o, "text", export_json_string(f->text));
	failed |= json_object_set_new(o, "sentence", export_json_string(f->sentence));
	failed |= json_object_set_new(o, "start", json_integer((json_int_t)f->start));
	failed |= json_object_set_new(o, "end", json_integer((json_int_t)f->end));
	failed |= json_object_set_new(o, "rule", export_json_string(f->rule));
	if (failed) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* The metric's label: its description in its domain. */
static const char *metric_label(const angka_figure *key, angka_domain *const *domains,
                                size_t n_domains)
{
	const angka_domain *domain = angka_domains_find(domains, n_domains, key->domain);
	const angka_metric *m = domain ? angka_domain_metric(domain, key->metric) : NULL;
	return m ? m->description : NULL;
}

static json_t *fact_json(const angka_fact *fact, const angka_fact_set *set,
                         angka_domain *const *domains, size_t n_domains)
{
	const angka_figure *key = fact->key;
	json_t *o = json_object(), *values = json_array();
	int failed = o == NULL || values == NULL;
	for (size_t v = 0; v < fact->n_values && !failed; v++) {
		const angka_fact_value *fv = &fact->values[v];
		json_t *value = json_object(), *sources = json_array();
		failed |= value == NULL || sources == NULL;
		for (size_t i = 0; i < fv->n_figures && !failed; i++)
			failed |= json_array_append_new(
			        sources, source_json(&set->figures.items[fv->figures[i]],
			                             set->ids[fv->figures[i]]));
		if (!failed) {
			failed |=
			        json_object_set_new(value, "value", export_json_number(fv->value));
			failed |= json_object_set_new(value, "low", export_json_number(fv->low));
			failed |= json_object_set_new(value, "high", export_json_number(fv->high));
			failed |= json_object_set_new(value, "approx", json_boolean(fv->approx));
			failed |= json_object_set_new(value, "sources", sources);
			sources = NULL;
			failed |= json_array_append_new(values, value);
			value = NULL;
		}
		json_decref(value);
		json_decref(sources);
	}
	if (!failed) {
		failed |= json_object_set_new(o, "region", export_json_string(key->region));
		failed |=
		        json_object_set_new(o, "region_code", export_json_string(key->region_code));
		failed |= json_object_set_new(o, "domain", export_json_string(key->domain));
		failed |= json_object_set_new(o, "metric", export_json_string(key->metric));
		failed |= json_object_set_new(
		        o, "label", export_json_string(metric_label(key, domains, n_domains)));
		failed |= json_object_set_new(o, "segment", export_json_string(key->segment));
		failed |= json_object_set_new(o, "programme", export_json_string(key->programme));
		failed |= json_object_set_new(o, "as_of", export_json_string(key->as_of));
		failed |= json_object_set_new(o, "unit", export_json_string(key->unit));
		failed |= json_object_set_new(o, "status",
		                              json_string(angka_fact_status_name(fact->status)));
		failed |= json_object_set_new(o, "values", values);
		values = NULL;
	}
	json_decref(values);
	if (failed) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* One row per source; in the table the fact's columns only on its first
 * row and the value only on the first row of each value, so that a
 * conflict reads as a block. */
static int fact_rows(export_sink *sink, const angka_fact *fact, const angka_fact_set *set,
                     angka_error *err)
{
	const angka_figure *key = fact->key;
	const char *status = angka_fact_status_name(fact->status);
	int ret = ANGKA_OK;
	for (size_t v = 0; v < fact->n_values && ret == ANGKA_OK; v++) {
		const angka_fact_value *fv = &fact->values[v];
		char value[64], shown[72], low[64], high[64];
		export_format_value(value, sizeof value, fv->value);
		export_format_value(low, sizeof low, fv->low);
		export_format_value(high, sizeof high, fv->high);
		snprintf(shown, sizeof shown, "%s%s", value, fv->approx ? " ~" : "");
		for (size_t i = 0; i < fv->n_figures && ret == ANGKA_OK; i++) {
			const angka_figure *f = &set->figures.items[fv->figures[i]];
			char id[32], start[32], end[32];
			snprintf(id, sizeof id, "%lld", (long long)set->ids[fv->figures[i]]);
			if (sink->format == ANGKA_FORMAT_TABLE) {
				bool first = v == 0 && i == 0;
				const char *row[TABLE_WIDTH] = {
				        first ? key->region : "",
				        first ? key->metric : "",
				        first ? key->segment : "",
				        first ? key->programme : "",
				        first ? key->as_of : "",
				        first ? status : "",
				        i == 0 ? shown : "",
				        id,
				        f->text,
				        f->published,
				        f->source,
				};
				ret = export_sink_table_row(sink, row, err);
				continue;
			}
			snprintf(start, sizeof start, "%zu", f->start);
			snprintf(end, sizeof end, "%zu", f->end);
			const char *cells[N_CSV] = {key->region,
			                            key->region_code,
			                            key->domain,
			                            key->metric,
			                            key->segment,
			                            key->programme,
			                            key->as_of,
			                            key->unit,
			                            status,
			                            value,
			                            low,
			                            high,
			                            fv->approx ? "true" : "false",
			                            id,
			                            f->source,
			                            f->text,
			                            f->article_title,
			                            f->published,
			                            f->sentence,
			                            start,
			                            end,
			                            f->rule};
			for (size_t c = 0; c < N_CSV; c++)
				export_sink_cell(sink, cells[c]);
			ret = export_sink_end_row(sink, err);
		}
	}
	return ret;
}

int angka_facts_write(FILE *fp, angka_format format, const angka_fact_set *set,
                      angka_domain *const *domains, size_t n_domains, bool conflicts_only,
                      size_t *n_facts, angka_error *err)
{
	export_sink sink;
	size_t written = 0;
	int ret = ANGKA_OK;
	export_sink_init(&sink, fp, format, csv_columns, N_CSV, table_header, TABLE_WIDTH);
	for (size_t i = 0; i < set->facts.n && ret == ANGKA_OK; i++) {
		const angka_fact *fact = &set->facts.items[i];
		if (conflicts_only && fact->status != ANGKA_FACT_CONFLICT)
			continue;
		written++;
		if (format == ANGKA_FORMAT_TABLE || format == ANGKA_FORMAT_CSV)
			ret = fact_rows(&sink, fact, set, err);
		else
			ret = export_sink_json(&sink, fact_json(fact, set, domains, n_domains),
			                       err);
	}
	if (ret == ANGKA_OK) {
		export_sink_finish(&sink);
		ret = export_sink_flush(&sink, err);
	}
	export_sink_free(&sink);
	if (ret == ANGKA_OK && n_facts != NULL)
		*n_facts = written;
	return ret;
}

#include "angka/export.h"

#include <csv.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export/sink.h"

struct angka_writer {
	export_sink sink;
	bool with_id; /* stored figures: the record preceded by its id */
};

/* The table shows what a person checks first; the other formats carry the
 * whole record. A stored figure's id comes first in every format. */
static const char *const table_columns[] = {"id",    "region", "metric", "segment",
                                            "value", "as_of",  "text",   "source"};
#define TABLE_WIDTH (sizeof table_columns / sizeof table_columns[0])

static const char *const record_fields[] = {
        "id",     "source",   "article_title", "published", "region",    "region_code", "domain",
        "metric", "segment",  "value",         "unit",      "programme", "approx",      "as_of",
        "text",   "sentence", "start",         "end",       "rule",
};
#define N_FIELDS (sizeof record_fields / sizeof record_fields[0])

int angka_format_parse(angka_format *out, const char *name)
{
	static const struct {
		const char *name;
		angka_format format;
	} formats[] = {{"table", ANGKA_FORMAT_TABLE},
	               {"jsonl", ANGKA_FORMAT_JSONL},
	               {"json", ANGKA_FORMAT_JSON},
	               {"csv", ANGKA_FORMAT_CSV}};
	for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
		if (strcmp(name, formats[i].name) == 0) {
			*out = formats[i].format;
			return ANGKA_OK;
		}
	}
	return ANGKA_EINVAL;
}

/* A string of the figure record, its UTF-8 unchecked: json_dumps checks it
 * as it writes it, and fails on what json_string would have refused, so
 * the record fails the same; checked twice, the strings were a third of
 * building the record. NULL is null. */
static json_t *record_string(const char *s)
{
	return s ? json_stringn_nocheck(s, strlen(s)) : json_null();
}

/* The figure record (docs/figure-record.md); with_id, preceded by the
 * stored figure's id. Its keys are ASCII: set unchecked. "context" is
 * there only when true, so that the record of a figure of the dataset is
 * what it was before context figures existed. */
static json_t *figure_json(const angka_figure *f, bool with_id, int64_t id)
{
	json_t *o = json_object();
	if (o == NULL)
		return NULL;
	int failed = 0;
	if (with_id)
		failed |= json_object_set_new_nocheck(o, "id", json_integer((json_int_t)id));
	failed |= json_object_set_new_nocheck(o, "source", record_string(f->source));
	failed |= json_object_set_new_nocheck(o, "article_title", record_string(f->article_title));
	failed |= json_object_set_new_nocheck(o, "published", record_string(f->published));
	failed |= json_object_set_new_nocheck(o, "region", record_string(f->region));
	failed |= json_object_set_new_nocheck(o, "region_code", record_string(f->region_code));
	failed |= json_object_set_new_nocheck(o, "domain", record_string(f->domain));
	failed |= json_object_set_new_nocheck(o, "metric", record_string(f->metric));
	failed |= json_object_set_new_nocheck(o, "segment", record_string(f->segment));
	failed |= json_object_set_new_nocheck(o, "value", export_json_number(f->value));
	failed |= json_object_set_new_nocheck(o, "unit", record_string(f->unit));
	failed |= json_object_set_new_nocheck(o, "programme", record_string(f->programme));
	failed |= json_object_set_new_nocheck(o, "approx", json_boolean(f->approx));
	failed |= json_object_set_new_nocheck(o, "as_of", record_string(f->as_of));
	failed |= json_object_set_new_nocheck(o, "text", record_string(f->text));
	failed |= json_object_set_new_nocheck(o, "sentence", record_string(f->sentence));
	failed |= json_object_set_new_nocheck(o, "start", json_integer((json_int_t)f->start));
	failed |= json_object_set_new_nocheck(o, "end", json_integer((json_int_t)f->end));
	failed |= json_object_set_new_nocheck(o, "rule", record_string(f->rule));
	if (f->context)
		failed |= json_object_set_new_nocheck(o, "context", json_true());
	if (failed) {
		json_decref(o);
		return NULL;
	}
	return o;
}

json_t *export_metric_labels(angka_domain *const *domains, size_t n_domains)
{
	json_t *labels = json_array();
	for (size_t d = 0; labels && d < n_domains; d++) {
		for (size_t i = 0; i < angka_domain_metric_count(domains[d]); i++) {
			const angka_metric *m = angka_domain_metric_at(domains[d], i);
			json_t *o =
			        json_pack("{s:s, s:s, s:s, s:o, s:o}", "domain",
			                  angka_domain_name(domains[d]), "metric", m->name, "unit",
			                  m->unit, "en", export_json_string(m->description), "id",
			                  export_json_string(m->label_id));
			if (o == NULL || json_array_append_new(labels, o) != 0) {
				json_decref(labels);
				return NULL;
			}
		}
	}
	return labels;
}

int angka_metric_labels_json(char **out, angka_domain *const *domains, size_t n_domains,
                             angka_error *err)
{
	json_t *labels = export_metric_labels(domains, n_domains);
	json_t *doc = labels ? json_pack("{s:o}", "metrics", labels) : NULL;
	*out = doc ? json_dumps(doc, EXPORT_JSON_FLAGS) : NULL;
	json_decref(doc);
	return *out ? ANGKA_OK : angka_error_set(err, ANGKA_ENOMEM, "out of memory");
}

char *angka_figure_to_json(const angka_figure *figure)
{
	json_t *o = figure_json(figure, false, 0);
	if (o == NULL)
		return NULL;
	char *s = json_dumps(o, EXPORT_JSON_FLAGS);
	json_decref(o);
	return s;
}

static int writer_new(angka_writer **out, FILE *fp, angka_format format, bool with_id,
                      angka_error *err)
{
	*out = NULL;
	angka_writer *w = calloc(1, sizeof *w);
	if (w == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	/* Without ids, the columns start after the id. */
	size_t skip = with_id ? 0 : 1;
	w->with_id = with_id;
	export_sink_init(&w->sink, fp, format, record_fields + skip, N_FIELDS - skip,
	                 table_columns + skip, TABLE_WIDTH - skip);
	*out = w;
	return ANGKA_OK;
}

int angka_writer_new(angka_writer **out, FILE *fp, angka_format format, angka_error *err)
{
	return writer_new(out, fp, format, false, err);
}

int angka_writer_new_stored(angka_writer **out, FILE *fp, angka_format format, angka_error *err)
{
	return writer_new(out, fp, format, true, err);
}

static int write_figure(angka_writer *w, const angka_figure *f, int64_t stored_id, angka_error *err)
{
	char id[32], value[64], start[32], end[32];
	size_t skip = w->with_id ? 0 : 1;
	snprintf(id, sizeof id, "%lld", (long long)stored_id);
	export_format_value(value, sizeof value, f->value);
	/* A row has no column to say it, and would pass for a figure of the
	 * dataset. */
	if (f->context && w->sink.format != ANGKA_FORMAT_JSON &&
	    w->sink.format != ANGKA_FORMAT_JSONL)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "%s: a context figure (%s) is written as JSON only",
		                       f->source ? f->source : "?", f->metric ? f->metric : "?");
	switch (w->sink.format) {
	case ANGKA_FORMAT_TABLE: {
		const char *row[TABLE_WIDTH] = {id,    f->region, f->metric, f->segment,
		                                value, f->as_of,  f->text,   f->source};
		return export_sink_table_row(&w->sink, row + skip, err);
	}
	case ANGKA_FORMAT_CSV: {
		snprintf(start, sizeof start, "%zu", f->start);
		snprintf(end, sizeof end, "%zu", f->end);
		const char *cells[N_FIELDS] = {id,
		                               f->source,
		                               f->article_title,
		                               f->published,
		                               f->region,
		                               f->region_code,
		                               f->domain,
		                               f->metric,
		                               f->segment,
		                               value,
		                               f->unit,
		                               f->programme,
		                               f->approx ? "true" : "false",
		                               f->as_of,
		                               f->text,
		                               f->sentence,
		                               start,
		                               end,
		                               f->rule};
		for (size_t i = skip; i < N_FIELDS; i++)
			export_sink_cell(&w->sink, cells[i]);
		return export_sink_end_row(&w->sink, err);
	}
	case ANGKA_FORMAT_JSON:
	case ANGKA_FORMAT_JSONL: break;
	}
	return export_sink_json(&w->sink, figure_json(f, w->with_id, stored_id), err);
}

int angka_writer_figure(angka_writer *w, const angka_figure *f, angka_error *err)
{
	if (w->with_id)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_writer_figure: this writer wants stored figures");
	return write_figure(w, f, 0, err);
}

int angka_writer_json_record(angka_writer *w, const char *record, angka_error *err)
{
	if (w->with_id ||
	    (w->sink.format != ANGKA_FORMAT_JSON && w->sink.format != ANGKA_FORMAT_JSONL))
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_writer_json_record: this writer wants figures");
	return export_sink_json_text(&w->sink, record, err);
}

int angka_writer_stored_figure(angka_writer *w, const angka_stored_figure *sf, angka_error *err)
{
	if (!w->with_id)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "angka_writer_stored_figure: this writer wants figures");
	return write_figure(w, &sf->figure, sf->id, err);
}

int angka_writer_finish(angka_writer *w, angka_error *err)
{
	export_sink_finish(&w->sink);
	return export_sink_flush(&w->sink, err);
}

size_t angka_writer_count(const angka_writer *w)
{
	return w->sink.count;
}

void angka_writer_free(angka_writer *w)
{
	if (w == NULL)
		return;
	export_sink_free(&w->sink);
	free(w);
}

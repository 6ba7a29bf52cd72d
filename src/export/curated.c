/* The curated dataset: accepted and corrected figures with their review
 * and full provenance (docs/audit.md, "Curated export"). */
#include <csv.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"
#include "export/table.h"

struct angka_curated_writer {
	FILE *fp;
	angka_format format;
	size_t count;
	export_table table;
};

/* The figure record's fields, then what curation adds. */
static const char *const curated_fields[] = {"id",
                                             "source",
                                             "canonical_url",
                                             "article_title",
                                             "published",
                                             "region",
                                             "region_code",
                                             "metric",
                                             "segment",
                                             "value",
                                             "extracted_value",
                                             "unit",
                                             "approx",
                                             "as_of",
                                             "text",
                                             "sentence",
                                             "start",
                                             "end",
                                             "rule",
                                             "rules_version",
                                             "decision",
                                             "note",
                                             "reviewer",
                                             "decided_at"};
#define N_FIELDS (sizeof curated_fields / sizeof curated_fields[0])

static const char *const table_header[] = {"id",    "region", "metric",   "segment", "value",
                                           "as_of", "text",   "decision", "note",    "source"};
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
	w->fp = fp;
	w->format = format;
	w->table.width = TABLE_WIDTH;
	if (format == ANGKA_FORMAT_CSV) {
		for (size_t i = 0; i < N_FIELDS; i++) {
			if (i > 0)
				fputc(',', fp);
			csv_fwrite(fp, curated_fields[i], strlen(curated_fields[i]));
		}
		fputs("\r\n", fp);
	} else if (format == ANGKA_FORMAT_JSON) {
		fputc('[', fp);
	}
	*out = w;
	return ANGKA_OK;
}

static json_t *string_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *number(double x)
{
	if (isnan(x))
		return json_null();
	if (floor(x) == x && fabs(x) < 9e15)
		return json_integer((json_int_t)x);
	return json_real(x);
}

static char *curated_json(const angka_stored_figure *sf)
{
	const angka_figure *f = &sf->figure;
	json_t *o = json_object();
	if (o == NULL)
		return NULL;
	int failed = 0;
	failed |= json_object_set_new(o, "id", json_integer((json_int_t)sf->id));
	failed |= json_object_set_new(o, "source", string_or_null(f->source));
	failed |= json_object_set_new(o, "canonical_url", string_or_null(sf->canonical_url));
	failed |= json_object_set_new(o, "article_title", string_or_null(f->article_title));
	failed |= json_object_set_new(o, "published", string_or_null(f->published));
	failed |= json_object_set_new(o, "region", string_or_null(f->region));
	failed |= json_object_set_new(o, "region_code", string_or_null(f->region_code));
	failed |= json_object_set_new(o, "metric", string_or_null(f->metric));
	failed |= json_object_set_new(o, "segment", string_or_null(f->segment));
	failed |= json_object_set_new(o, "value", number(curated_value(sf)));
	failed |= json_object_set_new(o, "extracted_value", number(f->value));
	failed |= json_object_set_new(o, "unit", string_or_null(f->unit));
	failed |= json_object_set_new(o, "approx", json_boolean(f->approx));
	failed |= json_object_set_new(o, "as_of", string_or_null(f->as_of));
	failed |= json_object_set_new(o, "text", string_or_null(f->text));
	failed |= json_object_set_new(o, "sentence", string_or_null(f->sentence));
	failed |= json_object_set_new(o, "start", json_integer((json_int_t)f->start));
	failed |= json_object_set_new(o, "end", json_integer((json_int_t)f->end));
	failed |= json_object_set_new(o, "rule", string_or_null(f->rule));
	failed |= json_object_set_new(o, "rules_version", string_or_null(sf->rules_version));
	failed |= json_object_set_new(o, "decision", string_or_null(sf->decision));
	failed |= json_object_set_new(o, "note", string_or_null(sf->note));
	failed |= json_object_set_new(o, "reviewer", string_or_null(sf->reviewer));
	failed |= json_object_set_new(o, "decided_at", string_or_null(sf->decided_at));
	char *s = failed ? NULL
	                 : json_dumps(o,
	                              JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_REAL_PRECISION(15));
	json_decref(o);
	return s;
}

static int csv_row(FILE *fp, const angka_stored_figure *sf)
{
	const angka_figure *f = &sf->figure;
	char id[32], value[64], extracted[64], start[32], end[32];
	snprintf(id, sizeof id, "%lld", (long long)sf->id);
	export_format_value(value, sizeof value, curated_value(sf));
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
	                               f->metric,
	                               f->segment,
	                               value,
	                               extracted,
	                               f->unit,
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
	                               sf->decided_at};
	for (size_t i = 0; i < N_FIELDS; i++) {
		if (i > 0)
			fputc(',', fp);
		if (cells[i] && cells[i][0] && csv_fwrite(fp, cells[i], strlen(cells[i])) != 0)
			return ANGKA_EIO;
	}
	fputs("\r\n", fp);
	return ANGKA_OK;
}

int angka_curated_writer_figure(angka_curated_writer *w, const angka_stored_figure *sf,
                                angka_error *err)
{
	int rc = ANGKA_OK;
	if (w->format == ANGKA_FORMAT_TABLE) {
		char id[32], value[64];
		snprintf(id, sizeof id, "%lld", (long long)sf->id);
		export_format_value(value, sizeof value, curated_value(sf));
		const char *row[TABLE_WIDTH] = {id,
		                                sf->figure.region,
		                                sf->figure.metric,
		                                sf->figure.segment,
		                                value,
		                                sf->figure.as_of,
		                                sf->figure.text,
		                                sf->decision ? sf->decision : "pending",
		                                sf->note,
		                                sf->figure.source};
		rc = export_table_add(&w->table, row) == 0 ? ANGKA_OK : ANGKA_ENOMEM;
	} else if (w->format == ANGKA_FORMAT_CSV) {
		rc = csv_row(w->fp, sf);
	} else {
		char *json = curated_json(sf);
		if (json == NULL)
			return angka_error_set(err, ANGKA_ENOMEM, "out of memory writing JSON");
		if (w->format == ANGKA_FORMAT_JSON)
			fputs(w->count == 0 ? "\n" : ",\n", w->fp);
		fputs(json, w->fp);
		if (w->format == ANGKA_FORMAT_JSONL)
			fputc('\n', w->fp);
		free(json);
	}
	if (rc != ANGKA_OK)
		return angka_error_set(err, rc,
		                       rc == ANGKA_ENOMEM ? "out of memory" : "error writing CSV");
	w->count++;
	if (ferror(w->fp))
		return angka_error_set(err, ANGKA_EIO, "error writing the output");
	return ANGKA_OK;
}

int angka_curated_writer_finish(angka_curated_writer *w, angka_error *err)
{
	if (w->format == ANGKA_FORMAT_JSON) {
		fputs(w->count == 0 ? "]\n" : "\n]\n", w->fp);
	} else if (w->format == ANGKA_FORMAT_TABLE) {
		export_table_write(w->fp, &w->table, table_header);
		fprintf(w->fp, "%zu figure%s\n", w->count, w->count == 1 ? "" : "s");
	}
	if (fflush(w->fp) != 0 || ferror(w->fp))
		return angka_error_set(err, ANGKA_EIO, "error writing the output");
	return ANGKA_OK;
}

void angka_curated_writer_free(angka_curated_writer *w)
{
	if (w == NULL)
		return;
	export_table_free(&w->table);
	free(w);
}

/* Listings (export.h, "listings"): rows of named fields in the four formats
 * of the figure records, through the same sink, so that every listing of
 * the command line has the same header style, quoting and framing. */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"
#include "export/sink.h"
#include "util/buf.h"

struct angka_listing {
	export_sink sink;
	const char *const *fields;
	size_t n_fields;
	size_t *table_fields; /* owned */
	size_t n_table;
	const char **table_header; /* owned array of borrowed names */
};

angka_value angka_value_string(const char *s)
{
	return (angka_value){.kind = s ? ANGKA_VALUE_STRING : ANGKA_VALUE_NULL, .string = s};
}

angka_value angka_value_integer(long long i)
{
	return (angka_value){.kind = ANGKA_VALUE_INTEGER, .integer = i};
}

angka_value angka_value_number(double d)
{
	return (angka_value){.kind = isnan(d) ? ANGKA_VALUE_NULL : ANGKA_VALUE_NUMBER, .number = d};
}

angka_value angka_value_bool(bool b)
{
	return (angka_value){.kind = ANGKA_VALUE_BOOL, .boolean = b};
}

int angka_listing_new(angka_listing **out, FILE *fp, angka_format format, const char *const *fields,
                      size_t n_fields, const size_t *table_fields, size_t n_table, angka_error *err)
{
	angka_listing *l = NULL;
	*out = NULL;
	if (table_fields == NULL)
		n_table = n_fields;
	for (size_t i = 0; table_fields != NULL && i < n_table; i++)
		if (table_fields[i] >= n_fields)
			return angka_error_set(err, ANGKA_EINVAL,
			                       "angka_listing_new: table field %zu out of range",
			                       i);
	if ((l = calloc(1, sizeof *l)) == NULL ||
	    (l->table_fields = calloc(n_table ? n_table : 1, sizeof *l->table_fields)) == NULL ||
	    (l->table_header = calloc(n_table ? n_table : 1, sizeof *l->table_header)) == NULL) {
		angka_listing_free(l);
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	}
	l->fields = fields;
	l->n_fields = n_fields;
	l->n_table = n_table;
	for (size_t i = 0; i < n_table; i++) {
		l->table_fields[i] = table_fields ? table_fields[i] : i;
		l->table_header[i] = fields[l->table_fields[i]];
	}
	export_sink_init(&l->sink, fp, format, fields, n_fields, l->table_header, n_table);
	*out = l;
	return ANGKA_OK;
}

/* The text of a value in a table or a CSV cell: NULL for null. */
static const char *value_text(const angka_value *v, char *buf, size_t size)
{
	switch (v->kind) {
	case ANGKA_VALUE_NULL: return NULL;
	case ANGKA_VALUE_STRING: return v->string;
	case ANGKA_VALUE_INTEGER: snprintf(buf, size, "%lld", v->integer); return buf;
	case ANGKA_VALUE_NUMBER: export_format_value(buf, size, v->number); return buf;
	case ANGKA_VALUE_BOOL: return v->boolean ? "true" : "false";
	}
	return NULL;
}

static json_t *value_json(const angka_value *v)
{
	switch (v->kind) {
	case ANGKA_VALUE_NULL: break;
	case ANGKA_VALUE_STRING: return json_string(v->string);
	case ANGKA_VALUE_INTEGER: return json_integer((json_int_t)v->integer);
	case ANGKA_VALUE_NUMBER: return export_json_number(v->number);
	case ANGKA_VALUE_BOOL: return json_boolean(v->boolean);
	}
	return json_null();
}

static int table_row(angka_listing *l, const angka_value *values, angka_error *err)
{
	int ret = ANGKA_OK;
	char **cells = calloc(l->n_table, sizeof *cells);
	if (cells == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory writing the table");
	for (size_t i = 0; i < l->n_table && ret == ANGKA_OK; i++) {
		char buf[64];
		const char *text = value_text(&values[l->table_fields[i]], buf, sizeof buf);
		if (text == NULL)
			continue; /* the sink shows "-" */
		cells[i] = angka_strndup(text, strcspn(text, "\r\n"));
		if (cells[i] == NULL)
			ret = angka_error_set(err, ANGKA_ENOMEM, "out of memory writing the table");
	}
	if (ret == ANGKA_OK)
		ret = export_sink_table_row(&l->sink, (const char *const *)cells, err);
	for (size_t i = 0; i < l->n_table; i++)
		free(cells[i]);
	free(cells);
	return ret;
}

int angka_listing_row(angka_listing *l, const angka_value *values, angka_error *err)
{
	switch (l->sink.format) {
	case ANGKA_FORMAT_TABLE: return table_row(l, values, err);
	case ANGKA_FORMAT_CSV:
		for (size_t i = 0; i < l->n_fields; i++) {
			char buf[64];
			export_sink_cell(&l->sink, value_text(&values[i], buf, sizeof buf));
		}
		return export_sink_end_row(&l->sink, err);
	case ANGKA_FORMAT_JSON:
	case ANGKA_FORMAT_JSONL: break;
	}
	json_t *o = json_object();
	int failed = o == NULL;
	for (size_t i = 0; i < l->n_fields && !failed; i++)
		failed |= json_object_set_new(o, l->fields[i], value_json(&values[i]));
	if (failed) {
		json_decref(o);
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory writing JSON");
	}
	return export_sink_json(&l->sink, o, err);
}

int angka_listing_finish(angka_listing *l, angka_error *err)
{
	export_sink_finish(&l->sink);
	return export_sink_flush(&l->sink, err);
}

size_t angka_listing_count(const angka_listing *l)
{
	return l->sink.count;
}

void angka_listing_free(angka_listing *l)
{
	if (l == NULL)
		return;
	export_sink_free(&l->sink);
	free(l->table_fields);
	free(l->table_header);
	free(l);
}

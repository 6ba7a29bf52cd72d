#include "angka/export.h"

#include <csv.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

struct angka_writer {
	FILE *fp;
	angka_format format;
	size_t count;
	/* The table is written at the end, aligned: rows are kept until then. */
	char **cells;
	size_t n_cells;
	size_t cap_cells;
};

/* The table shows what a person checks first; the other formats carry the
 * whole record. */
static const char *const table_columns[] = {"region", "metric", "segment", "value",
                                            "as_of",  "text",   "source",  NULL};
#define TABLE_WIDTH 7

static const char *const record_fields[] = {
        "source",   "article_title", "published", "region", "region_code", "metric",
        "segment",  "value",         "unit",      "approx", "as_of",       "text",
        "sentence", "start",         "end",       "rule",   NULL,
};

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

/* A value as people and JSON want it: whole numbers without a fraction,
 * others with as many digits as make the same double (45.44, not
 * 45.439999999999998). */
static void format_value(char *buf, size_t size, double value)
{
	if (floor(value) == value && fabs(value) < 1e15) {
		snprintf(buf, size, "%.0f", value);
		return;
	}
	for (int precision = 1; precision <= 17; precision++) {
		snprintf(buf, size, "%.*g", precision, value);
		if (strtod(buf, NULL) == value)
			return;
	}
}

static json_t *json_string_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *figure_json(const angka_figure *f)
{
	json_t *o = json_object();
	if (o == NULL)
		return NULL;
	json_t *value = NULL;
	if (floor(f->value) == f->value && fabs(f->value) < 9e15)
		value = json_integer((json_int_t)f->value);
	else
		value = json_real(f->value);
	int failed = 0;
	failed |= json_object_set_new(o, "source", json_string_or_null(f->source));
	failed |= json_object_set_new(o, "article_title", json_string_or_null(f->article_title));
	failed |= json_object_set_new(o, "published", json_string_or_null(f->published));
	failed |= json_object_set_new(o, "region", json_string_or_null(f->region));
	failed |= json_object_set_new(o, "region_code", json_string_or_null(f->region_code));
	failed |= json_object_set_new(o, "metric", json_string_or_null(f->metric));
	failed |= json_object_set_new(o, "segment", json_string_or_null(f->segment));
	failed |= json_object_set_new(o, "value", value);
	failed |= json_object_set_new(o, "unit", json_string_or_null(f->unit));
	failed |= json_object_set_new(o, "approx", json_boolean(f->approx));
	failed |= json_object_set_new(o, "as_of", json_string_or_null(f->as_of));
	failed |= json_object_set_new(o, "text", json_string_or_null(f->text));
	failed |= json_object_set_new(o, "sentence", json_string_or_null(f->sentence));
	failed |= json_object_set_new(o, "start", json_integer((json_int_t)f->start));
	failed |= json_object_set_new(o, "end", json_integer((json_int_t)f->end));
	failed |= json_object_set_new(o, "rule", json_string_or_null(f->rule));
	if (failed) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* Real numbers with the fewest digits that read back the same. */
#define JSON_FLAGS (JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_REAL_PRECISION(15))

char *angka_figure_to_json(const angka_figure *figure)
{
	json_t *o = figure_json(figure);
	if (o == NULL)
		return NULL;
	char *s = json_dumps(o, JSON_FLAGS);
	json_decref(o);
	return s;
}

int angka_writer_new(angka_writer **out, FILE *fp, angka_format format, angka_error *err)
{
	*out = NULL;
	angka_writer *w = calloc(1, sizeof *w);
	if (w == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	w->fp = fp;
	w->format = format;
	if (format == ANGKA_FORMAT_CSV) {
		for (size_t i = 0; record_fields[i]; i++) {
			if (i > 0)
				fputc(',', fp);
			csv_fwrite(fp, record_fields[i], strlen(record_fields[i]));
		}
		fputs("\r\n", fp);
	} else if (format == ANGKA_FORMAT_JSON) {
		fputc('[', fp);
	}
	*out = w;
	return ANGKA_OK;
}

static int table_add_row(angka_writer *w, const angka_figure *f)
{
	char value[64];
	format_value(value, sizeof value, f->value);
	const char *row[TABLE_WIDTH] = {f->region ? f->region : "-", f->metric, f->segment, value,
	                                f->as_of ? f->as_of : "-",   f->text,   f->source};
	if (w->n_cells + TABLE_WIDTH > w->cap_cells) {
		size_t cap = w->cap_cells ? w->cap_cells * 2 : 16 * TABLE_WIDTH;
		char **grown = realloc(w->cells, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		w->cells = grown;
		w->cap_cells = cap;
	}
	for (size_t i = 0; i < TABLE_WIDTH; i++) {
		w->cells[w->n_cells] = angka_strdup(row[i] ? row[i] : "");
		if (w->cells[w->n_cells] == NULL)
			return ANGKA_ENOMEM;
		w->n_cells++;
	}
	return ANGKA_OK;
}

static int csv_write_row(FILE *fp, const angka_figure *f)
{
	char value[64], start[32], end[32];
	format_value(value, sizeof value, f->value);
	snprintf(start, sizeof start, "%zu", f->start);
	snprintf(end, sizeof end, "%zu", f->end);
	const char *cells[] = {
	        f->source, f->article_title, f->published, f->region, f->region_code,
	        f->metric, f->segment,       value,        f->unit,   f->approx ? "true" : "false",
	        f->as_of,  f->text,          f->sentence,  start,     end,
	        f->rule};
	for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++) {
		if (i > 0)
			fputc(',', fp);
		/* A null is an empty field, an empty string too: CSV has no null. */
		if (cells[i] && cells[i][0] && csv_fwrite(fp, cells[i], strlen(cells[i])) != 0)
			return ANGKA_EIO;
	}
	fputs("\r\n", fp);
	return ANGKA_OK;
}

int angka_writer_figure(angka_writer *w, const angka_figure *figure, angka_error *err)
{
	int rc = ANGKA_OK;
	if (w->format == ANGKA_FORMAT_TABLE) {
		rc = table_add_row(w, figure);
	} else if (w->format == ANGKA_FORMAT_CSV) {
		rc = csv_write_row(w->fp, figure);
	} else {
		char *json = angka_figure_to_json(figure);
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
		return angka_error_set(err, rc, "out of memory writing the table");
	w->count++;
	if (ferror(w->fp))
		return angka_error_set(err, ANGKA_EIO, "error writing the output");
	return ANGKA_OK;
}

/* Display width of UTF-8 text: code points, not bytes (enough for the
 * Latin script of Indonesian press; wide scripts would need wcwidth). */
static size_t display_width(const char *s)
{
	size_t width = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			width++;
	return width;
}

static void write_cell(FILE *fp, const char *s, size_t width, bool last)
{
	fputs(s, fp);
	if (last)
		return;
	for (size_t pad = display_width(s); pad < width + 2; pad++)
		fputc(' ', fp);
}

int angka_writer_finish(angka_writer *w, angka_error *err)
{
	if (w->format == ANGKA_FORMAT_JSON) {
		fputs(w->count == 0 ? "]\n" : "\n]\n", w->fp);
	} else if (w->format == ANGKA_FORMAT_TABLE) {
		size_t widths[TABLE_WIDTH];
		for (size_t c = 0; c < TABLE_WIDTH; c++)
			widths[c] = display_width(table_columns[c]);
		for (size_t i = 0; i < w->n_cells; i++) {
			size_t width = display_width(w->cells[i]);
			if (width > widths[i % TABLE_WIDTH])
				widths[i % TABLE_WIDTH] = width;
		}
		for (size_t c = 0; c < TABLE_WIDTH; c++)
			write_cell(w->fp, table_columns[c], widths[c], c + 1 == TABLE_WIDTH);
		fputc('\n', w->fp);
		for (size_t row = 0; row < w->n_cells; row += TABLE_WIDTH) {
			for (size_t c = 0; c < TABLE_WIDTH; c++)
				write_cell(w->fp, w->cells[row + c], widths[c],
				           c + 1 == TABLE_WIDTH);
			fputc('\n', w->fp);
		}
		fprintf(w->fp, "%zu figure%s\n", w->count, w->count == 1 ? "" : "s");
	}
	if (fflush(w->fp) != 0 || ferror(w->fp))
		return angka_error_set(err, ANGKA_EIO, "error writing the output");
	return ANGKA_OK;
}

void angka_writer_free(angka_writer *w)
{
	if (w == NULL)
		return;
	for (size_t i = 0; i < w->n_cells; i++)
		free(w->cells[i]);
	free(w->cells);
	free(w);
}

#include "export/sink.h"

#include <csv.h>
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/utf8.h"

void export_sink_init(export_sink *s, FILE *fp, angka_format format, const char *const *csv_columns,
                      size_t n_csv, const char *const *table_header, size_t table_width)
{
	memset(s, 0, sizeof *s);
	s->fp = fp;
	s->format = format;
	s->header = table_header;
	s->width = table_width;
	if (format == ANGKA_FORMAT_CSV) {
		for (size_t i = 0; i < n_csv; i++)
			export_sink_cell(s, csv_columns[i]);
		fputs("\r\n", fp);
		s->row_started = false;
	} else if (format == ANGKA_FORMAT_JSON) {
		fputc('[', fp);
	}
}

static int written(export_sink *s, angka_error *err)
{
	s->count++;
	if (ferror(s->fp))
		return angka_error_set(err, ANGKA_EIO, "error writing the output");
	return ANGKA_OK;
}

int export_sink_json_text(export_sink *s, const char *json, angka_error *err)
{
	if (s->format == ANGKA_FORMAT_JSON)
		fputs(s->count == 0 ? "\n" : ",\n", s->fp);
	fputs(json, s->fp);
	if (s->format == ANGKA_FORMAT_JSONL)
		fputc('\n', s->fp);
	return written(s, err);
}

int export_sink_json(export_sink *s, json_t *record, angka_error *err)
{
	char *json = record ? json_dumps(record, EXPORT_JSON_FLAGS) : NULL;
	json_decref(record);
	if (json == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory writing JSON");
	int rc = export_sink_json_text(s, json, err);
	free(json);
	return rc;
}

/* A number as the writers format it ("-5", "46.2", "1e+20"): a
 * spreadsheet reads it as a number, not a formula. */
static bool is_plain_number(const char *cell)
{
	const char *p = cell;
	if (*p == '-')
		p++;
	if (!isdigit((unsigned char)*p))
		return false;
	while (isdigit((unsigned char)*p))
		p++;
	if (*p == '.') {
		p++;
		if (!isdigit((unsigned char)*p))
			return false;
		while (isdigit((unsigned char)*p))
			p++;
	}
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!isdigit((unsigned char)*p))
			return false;
		while (isdigit((unsigned char)*p))
			p++;
	}
	return *p == '\0';
}

/* CSV injection (OWASP): a cell a spreadsheet would read as a formula
 * (one starting with =, +, -, @, a tab or a carriage return) gets a
 * leading apostrophe, so that a sentence from a web page stays text;
 * numbers stay as they are. Every field is quoted by libcsv. */
void export_sink_cell(export_sink *s, const char *cell)
{
	if (s->row_started)
		fputc(',', s->fp);
	s->row_started = true;
	if (cell == NULL || *cell == '\0')
		return;
	if (strchr("=+-@\t\r", cell[0]) != NULL && !is_plain_number(cell)) {
		/* Quoted as libcsv quotes, with the apostrophe inside. */
		fputs("\"'", s->fp);
		for (const char *p = cell; *p; p++) {
			if (*p == '"')
				fputc('"', s->fp);
			fputc(*p, s->fp);
		}
		fputc('"', s->fp);
		return;
	}
	csv_fwrite(s->fp, cell, strlen(cell));
}

int export_sink_end_row(export_sink *s, angka_error *err)
{
	fputs("\r\n", s->fp);
	s->row_started = false;
	return written(s, err);
}

int export_sink_table_row(export_sink *s, const char *const *row, angka_error *err)
{
	if (s->n_cells + s->width > s->cap_cells) {
		size_t cap = s->cap_cells ? s->cap_cells * 2 : 16 * s->width;
		char **grown = realloc(s->cells, cap * sizeof *grown);
		if (grown == NULL)
			return angka_error_set(err, ANGKA_ENOMEM,
			                       "out of memory writing the table");
		s->cells = grown;
		s->cap_cells = cap;
	}
	for (size_t i = 0; i < s->width; i++) {
		/* For a terminal: no control character gets through. */
		char *copy = angka_utf8_printable(row[i] ? row[i] : "-");
		if (copy == NULL)
			return angka_error_set(err, ANGKA_ENOMEM,
			                       "out of memory writing the table");
		s->cells[s->n_cells++] = copy;
	}
	return written(s, err);
}

/* Display width of UTF-8 text: code points, not bytes (enough for the
 * Latin script of Indonesian press). */
static size_t display_width(const char *s)
{
	return angka_utf8_count(s, strlen(s));
}

static void write_cell(FILE *fp, const char *s, size_t width, bool last)
{
	fputs(s, fp);
	if (last)
		return;
	for (size_t pad = display_width(s); pad < width + 2; pad++)
		fputc(' ', fp);
}

void export_sink_finish(export_sink *s)
{
	if (s->format == ANGKA_FORMAT_JSON) {
		fputs(s->count == 0 ? "]\n" : "\n]\n", s->fp);
		return;
	}
	if (s->format != ANGKA_FORMAT_TABLE)
		return;
	size_t *widths = calloc(s->width, sizeof *widths);
	if (widths == NULL)
		return;
	for (size_t c = 0; c < s->width; c++)
		widths[c] = display_width(s->header[c]);
	for (size_t i = 0; i < s->n_cells; i++) {
		size_t w = display_width(s->cells[i]);
		if (w > widths[i % s->width])
			widths[i % s->width] = w;
	}
	for (size_t c = 0; c < s->width; c++)
		write_cell(s->fp, s->header[c], widths[c], c + 1 == s->width);
	fputc('\n', s->fp);
	for (size_t row = 0; row < s->n_cells; row += s->width) {
		for (size_t c = 0; c < s->width; c++)
			write_cell(s->fp, s->cells[row + c], widths[c], c + 1 == s->width);
		fputc('\n', s->fp);
	}
	free(widths);
}

int export_sink_flush(export_sink *s, angka_error *err)
{
	if (fflush(s->fp) != 0 || ferror(s->fp))
		return angka_error_set(err, ANGKA_EIO, "error writing the output");
	return ANGKA_OK;
}

void export_sink_free(export_sink *s)
{
	for (size_t i = 0; i < s->n_cells; i++)
		free(s->cells[i]);
	free(s->cells);
	s->cells = NULL;
	s->n_cells = s->cap_cells = 0;
}

void export_format_value(char *buf, size_t size, double value)
{
	if (isnan(value)) {
		snprintf(buf, size, "%s", "");
		return;
	}
	if (floor(value) == value && fabs(value) < 1e15) {
		snprintf(buf, size, "%.0f", value);
		return;
	}
	/* 15 significant digits at most, as JSON writes reals
	 * (JSON_REAL_PRECISION(15)): past them a double's digits are noise
	 * ("46.15" stored as 46.150000000000006). */
	for (int precision = 1; precision <= 15; precision++) {
		snprintf(buf, size, "%.*g", precision, value);
		if (strtod(buf, NULL) == value)
			return;
	}
	snprintf(buf, size, "%.15g", value);
}

json_t *export_json_string(const char *s)
{
	return s ? json_string(s) : json_null();
}

json_t *export_json_number(double value)
{
	if (isnan(value))
		return json_null();
	if (floor(value) == value && fabs(value) < 9e15)
		return json_integer((json_int_t)value);
	return json_real(value);
}

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

/* A string as jansson writes it without JSON_ENSURE_ASCII or
 * JSON_ESCAPE_SLASH: the quote, the backslash and control characters
 * escaped, all else (valid UTF-8, as json_t strings are) as it is. */
static void dump_string(angka_buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF"; /* jansson's "\\u%04X" */
	angka_buf_putc(b, '"');
	size_t run = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		angka_buf_append(b, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"': angka_buf_puts(b, "\\\""); break;
		case '\\': angka_buf_puts(b, "\\\\"); break;
		case '\b': angka_buf_puts(b, "\\b"); break;
		case '\f': angka_buf_puts(b, "\\f"); break;
		case '\n': angka_buf_puts(b, "\\n"); break;
		case '\r': angka_buf_puts(b, "\\r"); break;
		case '\t': angka_buf_puts(b, "\\t"); break;
		default:
			angka_buf_puts(b, "\\u00");
			angka_buf_putc(b, hex[c >> 4]);
			angka_buf_putc(b, hex[c & 0xF]);
		}
	}
	angka_buf_append(b, s + run, len - run);
	angka_buf_putc(b, '"');
}

/* A real as jansson writes it with JSON_REAL_PRECISION(15) (its
 * jsonp_dtostr, in the C locale): "%.15g", ".0" added when that reads as
 * an integer, the exponent without its '+' and leading zeros. */
static void dump_real(angka_buf *b, double value)
{
	char buf[64];
	int n = snprintf(buf, sizeof buf, "%.15g", value);
	if (n < 0 || (size_t)n >= sizeof buf - 3)
		n = 0;
	buf[n] = '\0';
	if (strchr(buf, '.') == NULL && strchr(buf, 'e') == NULL)
		memcpy(buf + n, ".0", 3);
	char *e = strchr(buf, 'e');
	if (e != NULL) {
		char *start = e + 1, *end = e + 2;
		if (*start == '-')
			start++;
		while (*end == '0')
			end++;
		if (end != start)
			memmove(start, end, strlen(end) + 1);
	}
	angka_buf_puts(b, buf);
}

/* What json_dumps(v, EXPORT_JSON_FLAGS) gives, into b: a record took
 * jansson fifty thousand instructions to write, a tenth of extract's on
 * plain text. Keys in the object's order (jansson keeps insertion order,
 * which JSON_PRESERVE_ORDER asks for). */
static void dump_json(angka_buf *b, const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: {
		angka_buf_putc(b, '{');
		bool first = true;
		for (void *it = json_object_iter((json_t *)v); it;
		     it = json_object_iter_next((json_t *)v, it)) {
			if (!first)
				angka_buf_putc(b, ',');
			first = false;
			const char *key = json_object_iter_key(it);
			dump_string(b, key, strlen(key));
			angka_buf_putc(b, ':');
			dump_json(b, json_object_iter_value(it));
		}
		angka_buf_putc(b, '}');
		break;
	}
	case JSON_ARRAY:
		angka_buf_putc(b, '[');
		for (size_t i = 0; i < json_array_size(v); i++) {
			if (i > 0)
				angka_buf_putc(b, ',');
			dump_json(b, json_array_get(v, i));
		}
		angka_buf_putc(b, ']');
		break;
	case JSON_STRING: dump_string(b, json_string_value(v), json_string_length(v)); break;
	case JSON_INTEGER:
		angka_buf_printf(b, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		break;
	case JSON_REAL: dump_real(b, json_real_value(v)); break;
	case JSON_TRUE: angka_buf_puts(b, "true"); break;
	case JSON_FALSE: angka_buf_puts(b, "false"); break;
	case JSON_NULL: angka_buf_puts(b, "null"); break;
	}
}

int export_sink_json(export_sink *s, json_t *record, angka_error *err)
{
	/* json_dumps writes objects and arrays only (no JSON_ENCODE_ANY). */
	bool dumped = json_is_object(record) || json_is_array(record);
	angka_buf json = ANGKA_BUF_INIT;
	if (dumped)
		dump_json(&json, record);
	json_decref(record);
	if (!dumped || json.failed) {
		angka_buf_free(&json);
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory writing JSON");
	}
	if (s->format == ANGKA_FORMAT_JSON)
		fputs(s->count == 0 ? "\n" : ",\n", s->fp);
	fwrite(json.data, 1, json.len, s->fp);
	if (s->format == ANGKA_FORMAT_JSONL)
		fputc('\n', s->fp);
	angka_buf_free(&json);
	return written(s, err);
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

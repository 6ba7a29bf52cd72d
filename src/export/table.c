#include "export/table.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

int export_table_add(export_table *t, const char *const *row)
{
	if (t->n_cells + t->width > t->cap_cells) {
		size_t cap = t->cap_cells ? t->cap_cells * 2 : 16 * t->width;
		char **grown = realloc(t->cells, cap * sizeof *grown);
		if (grown == NULL)
			return -1;
		t->cells = grown;
		t->cap_cells = cap;
	}
	for (size_t i = 0; i < t->width; i++) {
		char *copy = angka_strdup(row[i] ? row[i] : "-");
		if (copy == NULL)
			return -1;
		t->cells[t->n_cells++] = copy;
	}
	return 0;
}

/* Display width of UTF-8 text: code points, not bytes. */
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

void export_table_write(FILE *fp, const export_table *t, const char *const *header)
{
	size_t *widths = calloc(t->width, sizeof *widths);
	if (widths == NULL)
		return;
	for (size_t c = 0; c < t->width; c++)
		widths[c] = display_width(header[c]);
	for (size_t i = 0; i < t->n_cells; i++) {
		size_t w = display_width(t->cells[i]);
		if (w > widths[i % t->width])
			widths[i % t->width] = w;
	}
	for (size_t c = 0; c < t->width; c++)
		write_cell(fp, header[c], widths[c], c + 1 == t->width);
	fputc('\n', fp);
	for (size_t row = 0; row < t->n_cells; row += t->width) {
		for (size_t c = 0; c < t->width; c++)
			write_cell(fp, t->cells[row + c], widths[c], c + 1 == t->width);
		fputc('\n', fp);
	}
	free(widths);
}

void export_table_free(export_table *t)
{
	for (size_t i = 0; i < t->n_cells; i++)
		free(t->cells[i]);
	free(t->cells);
	t->cells = NULL;
	t->n_cells = t->cap_cells = 0;
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
	for (int precision = 1; precision <= 17; precision++) {
		snprintf(buf, size, "%.*g", precision, value);
		if (strtod(buf, NULL) == value)
			return;
	}
}

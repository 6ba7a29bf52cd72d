/* Where the writers of src/export/ put their records: the framing of each
 * format in one place. CSV is a header and RFC 4180 rows (libcsv quotes
 * every field); JSON is an array and JSON Lines one object per line
 * (jansson); the table for people is kept until the end, when the widths
 * of its columns are known. Internal to the export stage. */
#ifndef ANGKA_EXPORT_SINK_H
#define ANGKA_EXPORT_SINK_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "angka/error.h"
#include "angka/export.h"

/* Real numbers with the fewest digits that read back the same. */
#define EXPORT_JSON_FLAGS (JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_REAL_PRECISION(15))

typedef struct export_sink {
	FILE *fp;
	angka_format format;
	size_t count; /* records written */
	/* CSV: whether the row has a cell yet. */
	bool row_started;
	/* The table: header and row-major cells. */
	const char *const *header;
	size_t width;
	char **cells;
	size_t n_cells, cap_cells;
} export_sink;

/* Start writing on fp (not owned): the CSV header (csv_columns, n of them)
 * or the opening of a JSON array. table_header has table_width names. */
void export_sink_init(export_sink *s, FILE *fp, angka_format format, const char *const *csv_columns,
                      size_t n_csv, const char *const *table_header, size_t table_width);

/* One record as JSON (the object is taken over and released). */
int export_sink_json(export_sink *s, json_t *record, angka_error *err);
/* The same, dumped already (with EXPORT_JSON_FLAGS). */
int export_sink_json_text(export_sink *s, const char *json, angka_error *err);

/* One record as CSV, cell by cell, then the end of its row. NULL and ""
 * are both an empty field: CSV has no null. */
void export_sink_cell(export_sink *s, const char *cell);
int export_sink_end_row(export_sink *s, angka_error *err);

/* One record as a table row of table_width cells (NULL shows as "-"). */
int export_sink_table_row(export_sink *s, const char *const *row, angka_error *err);

/* Close a JSON array or write the table. The caller may print a summary
 * line after it, then calls export_sink_flush. */
void export_sink_finish(export_sink *s);
int export_sink_flush(export_sink *s, angka_error *err);
void export_sink_free(export_sink *s);

/* JSON values of a record: a string or null; a number as an integer when
 * it is whole (466286, not 466286.0), else a real; NaN is null. */
json_t *export_json_string(const char *s);
/* Every metric the domains declare, in their order, with its labels:
 * [{"domain", "metric", "unit", "en", "id"}, ...] (NULL: out of memory). */
json_t *export_metric_labels(angka_domain *const *domains, size_t n_domains);
json_t *export_json_number(double value);

/* A number as people and CSV want it: whole numbers without a fraction,
 * others with the fewest digits (15 at most, as in JSON) that read back
 * the same double; NaN is empty. */
void export_format_value(char *buf, size_t size, double value);

#endif

/* An aligned text table for people, shared by the writers of src/export/.
 * Rows are kept until export_table_write, which knows the column widths. */
#ifndef ANGKA_EXPORT_TABLE_H
#define ANGKA_EXPORT_TABLE_H

#include <stddef.h>
#include <stdio.h>

typedef struct export_table {
	size_t width; /* number of columns */
	char **cells; /* row-major, width per row */
	size_t n_cells;
	size_t cap_cells;
} export_table;

/* Append a row of t->width cells (NULL shows as "-"). -1 when out of memory. */
int export_table_add(export_table *t, const char *const *row);
/* The header, then the rows, each column padded to its widest cell. */
void export_table_write(FILE *fp, const export_table *t, const char *const *header);
void export_table_free(export_table *t);

/* A number as people and JSON want it: whole numbers without a fraction,
 * others with the fewest digits that read back the same double. */
void export_format_value(char *buf, size_t size, double value);

#endif

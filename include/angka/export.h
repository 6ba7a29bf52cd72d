/* angka — export: figure records written for people (an aligned table) and
 * for programs (JSON Lines, JSON, CSV per RFC 4180), always with the field
 * names and value conventions of DESIGN.md's figure record.
 */
#ifndef ANGKA_EXPORT_H
#define ANGKA_EXPORT_H

#include <stdio.h>

#include "angka/error.h"
#include "angka/normalize.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum angka_format {
	ANGKA_FORMAT_TABLE = 0,
	ANGKA_FORMAT_JSONL,
	ANGKA_FORMAT_JSON,
	ANGKA_FORMAT_CSV,
} angka_format;

/* "table", "jsonl", "json", "csv" → format; ANGKA_EINVAL otherwise. */
int angka_format_parse(angka_format *out, const char *name);

typedef struct angka_writer angka_writer;

/* A writer on fp (not owned: the caller closes it). A table is buffered and
 * written, aligned, by angka_writer_finish; the other formats stream. */
int angka_writer_new(angka_writer **out, FILE *fp, angka_format format, angka_error *err);
int angka_writer_figure(angka_writer *writer, const angka_figure *figure, angka_error *err);
int angka_writer_finish(angka_writer *writer, angka_error *err);
void angka_writer_free(angka_writer *writer);

/* The figure record as one compact JSON object (no newline); the caller
 * frees the string. NULL when out of memory. */
char *angka_figure_to_json(const angka_figure *figure);

#ifdef __cplusplus
}
#endif
#endif

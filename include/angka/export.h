/* angka — export: figure records written for people (an aligned table) and
 * for programs (JSON Lines, JSON, CSV per RFC 4180), always with the field
 * names and value conventions of DESIGN.md's figure record.
 */
#ifndef ANGKA_EXPORT_H
#define ANGKA_EXPORT_H

#include <stdio.h>

#include "angka/audit.h"
#include "angka/error.h"
#include "angka/normalize.h"
#include "angka/store.h"

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

/* ---- the audit over the store (docs/audit.md) ------------------------- */

/* Audit every stored article as the reviewers left it: rejected figures
 * are left out and corrected ones count with their corrected value (with
 * the precision the correction was given with). visit sees each check;
 * the check and the figures it points to live only for the call. A
 * non-zero return from visit stops the walk and is returned. */
typedef int (*angka_audit_check_fn)(const angka_audit_check *check, void *ctx);
int angka_audit_store(angka_store *store, angka_audit_check_fn visit, void *ctx, angka_error *err);

/* The audit record as one compact JSON object (docs/audit.md); the caller
 * frees the string. NULL when out of memory. */
char *angka_audit_check_to_json(const angka_audit_check *check);

/* Writes audit records as a table for people, JSON Lines, JSON or CSV. */
typedef struct angka_audit_writer angka_audit_writer;
int angka_audit_writer_new(angka_audit_writer **out, FILE *fp, angka_format format,
                           angka_error *err);
int angka_audit_writer_check(angka_audit_writer *writer, const angka_audit_check *check,
                             angka_error *err);
int angka_audit_writer_finish(angka_audit_writer *writer, angka_error *err);
void angka_audit_writer_free(angka_audit_writer *writer);

/* ---- the curated dataset ------------------------------------------------ */

/* Writes curated figures (angka_store_each_stored_figure with
 * ANGKA_STORE_CURATED): the record with the corrected value, the extracted
 * value, the decision, its note, reviewer and time, and the provenance
 * (source, canonical URL, title, publication date, sentence, span, rule,
 * rules version). Table, JSON Lines, JSON or CSV (RFC 4180). */
typedef struct angka_curated_writer angka_curated_writer;
int angka_curated_writer_new(angka_curated_writer **out, FILE *fp, angka_format format,
                             angka_error *err);
int angka_curated_writer_figure(angka_curated_writer *writer, const angka_stored_figure *figure,
                                angka_error *err);
int angka_curated_writer_finish(angka_curated_writer *writer, angka_error *err);
void angka_curated_writer_free(angka_curated_writer *writer);

/* ---- the report ------------------------------------------------------------ */

/* Write the self-contained HTML report of the store (docs/audit.md):
 * counts, coverage per region over time as SVG charts, the audit table with
 * inconsistent percentages highlighted in their sentences, and conflicts
 * between sources. */
int angka_report_write(FILE *fp, angka_store *store, angka_error *err);

#ifdef __cplusplus
}
#endif
#endif

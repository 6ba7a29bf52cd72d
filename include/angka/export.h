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
#include "angka/reconcile.h"
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
 * written, aligned, by angka_writer_finish; the other formats stream. Every
 * format starts with a header line (table, CSV) or none (JSON); summaries
 * are the caller's to print, elsewhere (angka_writer_count). A context
 * figure is written as JSON only, with "context": true (ANGKA_EINVAL for a
 * table or CSV, which have no place to say it). */
int angka_writer_new(angka_writer **out, FILE *fp, angka_format format, angka_error *err);
int angka_writer_figure(angka_writer *writer, const angka_figure *figure, angka_error *err);
/* A writer of stored figures: each record is preceded by the figure's id
 * ("id" first in every format), so that a reviewer can act on a row. */
int angka_writer_new_stored(angka_writer **out, FILE *fp, angka_format format, angka_error *err);
int angka_writer_stored_figure(angka_writer *writer, const angka_stored_figure *figure,
                               angka_error *err);
int angka_writer_finish(angka_writer *writer, angka_error *err);
/* Records written so far. */
size_t angka_writer_count(const angka_writer *writer);
void angka_writer_free(angka_writer *writer);

/* The figure record as one compact JSON object (no newline); the caller
 * frees the string. NULL when out of memory. Any thread may call it. */
char *angka_figure_to_json(const angka_figure *figure);
/* Write a record angka_figure_to_json rendered, as angka_writer_figure
 * writes that figure: so worker threads render the records and the thread
 * that writes only writes them, in order. For a JSON or JSON Lines writer
 * of figures (not stored ones); ANGKA_EINVAL for any other. */
int angka_writer_json_record(angka_writer *writer, const char *record, angka_error *err);

/* The metrics of the domains with their labels (their descriptions in the
 * domain's metrics.tsv), in the order declared, for the review desk:
 * {"metrics": [{"domain", "metric", "unit", "en", "id"}, ...]}. *out is a
 * NUL-terminated string the caller frees. */
int angka_metric_labels_json(char **out, angka_domain *const *domains, size_t n_domains,
                             angka_error *err);

/* ---- the audit over the store (docs/audit.md) ------------------------- */

/* Audit every stored article as the reviewers left it: rejected figures
 * are left out and corrected ones count with their corrected value (with
 * the precision the correction was given with). visit sees each check;
 * the check and the figures it points to live only for the call. A
 * non-zero return from visit stops the walk and is returned. */
typedef int (*angka_audit_check_fn)(const angka_audit_check *check, void *ctx);
int angka_audit_store(angka_store *store, angka_domain *const *domains, size_t n_domains,
                      angka_audit_check_fn visit, void *ctx, angka_error *err);
/* The same over the figures of one review state: ANGKA_STORE_NOT_REJECTED
 * (angka_audit_store) or ANGKA_STORE_CURATED (accepted and corrected only). */
int angka_audit_store_filtered(angka_store *store, angka_store_filter filter,
                               angka_domain *const *domains, size_t n_domains,
                               angka_audit_check_fn visit, void *ctx, angka_error *err);

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
/* "16 checks: 4 consistent, 0 truncated, 1 inconsistent, 11 unverifiable". */
void angka_audit_writer_summary(const angka_audit_writer *writer, char *buf, size_t size);
void angka_audit_writer_free(angka_audit_writer *writer);

/* ---- the curated dataset ------------------------------------------------ */

/* Writes curated figures (angka_store_each_stored_figure with
 * ANGKA_STORE_CURATED): the record with the corrected value, the extracted
 * value, the decision, its note, reviewer and time, the provenance
 * (source, canonical URL, title, publication date, sentence, span, rule,
 * rules version), and the status of its fact (fact_status: single,
 * corroborated or conflict, as angka_reconcile_store decides it; null
 * until angka_curated_writer_set_facts gives the facts). Table, JSON
 * Lines, JSON or CSV (RFC 4180). */
typedef struct angka_curated_writer angka_curated_writer;
int angka_curated_writer_new(angka_curated_writer **out, FILE *fp, angka_format format,
                             angka_error *err);
/* The facts fact_status is read from (borrowed: they must outlive the
 * writer's use). */
void angka_curated_writer_set_facts(angka_curated_writer *writer, const angka_fact_set *facts);
int angka_curated_writer_figure(angka_curated_writer *writer, const angka_stored_figure *figure,
                                angka_error *err);
int angka_curated_writer_finish(angka_curated_writer *writer, angka_error *err);
size_t angka_curated_writer_count(const angka_curated_writer *writer);
void angka_curated_writer_free(angka_curated_writer *writer);

/* ---- facts ------------------------------------------------------------------ */

/* Write the facts of a set (all, or only the conflicts): JSON Lines and
 * JSON one object per fact with its values and each value's sources
 * (nested), and the metric's label (its description in the fact's domain,
 * null when domains does not have it); CSV and the table one row per source
 * of a value, the fact's columns repeated (CSV) or shown on its first row
 * only (table). *n_facts (may be NULL) is the number of facts written. See
 * docs/normalize.md. */
int angka_facts_write(FILE *fp, angka_format format, const angka_fact_set *facts,
                      angka_domain *const *domains, size_t n_domains, bool conflicts_only,
                      size_t *n_facts, angka_error *err);

/* ---- listings ------------------------------------------------------------ */

/* What the other listings of the command line write (sources, versions,
 * rules, normalized texts, review histories): rows of named fields, as an
 * aligned table with a header line, JSON Lines, a JSON array or CSV with a
 * header row, the same framing as the figure records. */
typedef enum angka_value_kind {
	ANGKA_VALUE_NULL = 0,
	ANGKA_VALUE_STRING,
	ANGKA_VALUE_INTEGER,
	ANGKA_VALUE_NUMBER,
	ANGKA_VALUE_BOOL,
} angka_value_kind;

typedef struct angka_value {
	angka_value_kind kind;
	const char *string; /* borrowed */
	long long integer;
	double number; /* written as the figure record writes values */
	bool boolean;
} angka_value;

/* NULL and NaN make a null. */
angka_value angka_value_string(const char *s);
angka_value angka_value_integer(long long i);
angka_value angka_value_number(double d);
angka_value angka_value_bool(bool b);

typedef struct angka_listing angka_listing;

/* fields[0, n_fields) name the fields of every row; the table shows the
 * fields table_fields[0, n_table) lists (indexes into fields), all when
 * table_fields is NULL. The names are borrowed. */
int angka_listing_new(angka_listing **out, FILE *fp, angka_format format, const char *const *fields,
                      size_t n_fields, const size_t *table_fields, size_t n_table,
                      angka_error *err);
/* One row: n_fields values. In a table a string is cut at its first line
 * break, so that a row stays one line. */
int angka_listing_row(angka_listing *listing, const angka_value *values, angka_error *err);
int angka_listing_finish(angka_listing *listing, angka_error *err);
size_t angka_listing_count(const angka_listing *listing);
void angka_listing_free(angka_listing *listing);

/* ---- findings and the report ---------------------------------------------- */

/* The findings of a store as one JSON document (docs/report.md,
 * "Findings"): the audit's checks by verdict, every inconsistent or
 * truncated percentage and every conflict between sources, each with its
 * evidence (sentences, figures with their id and decision, articles with
 * title, URL and date). filter: ANGKA_STORE_NOT_REJECTED, or
 * ANGKA_STORE_CURATED for the accepted and corrected figures only. *out is
 * a NUL-terminated string ("</" written "<\/") the caller frees. */
int angka_findings_json(char **out, angka_store *store, angka_store_filter filter,
                        angka_domain *const *domains, size_t n_domains, angka_error *err);

typedef struct angka_report_options {
	const char *web_dir;      /* the web assets: the report's script and style, the
	                             vendored chart library, metric labels (required) */
	const char *regions_path; /* the gazetteer (rules/regions.tsv), for the names of
	                             provinces; NULL: named from the figures only */
	const char *database;     /* the database's name, as the page shows it */
	const char *generated_at; /* the date shown (YYYY-MM-DD); NULL: today, UTC */
	const char *lang;         /* "en" (default) or "id": labels and number style */
	bool curated;             /* the accepted and corrected figures only */
	/* The rules' domains: the relations the audit checks, the metrics'
	 * labels (their descriptions) and order. */
	angka_domain *const *domains;
	size_t n_domains;
} angka_report_options;

/* Write the HTML report of the store (docs/report.md): one page that works
 * offline (its style, script and chart library inlined): findings first —
 * inconsistent percentages and conflicts with their sentences and links to
 * the articles —, then per metric the regions ranked for their latest
 * period (provinces, then the regencies and cities of each province) and
 * time series where one source family reports several periods; accepted
 * and pending figures told apart; with its generation date, database and
 * rules version. */
int angka_report_write(FILE *fp, angka_store *store, const angka_report_options *options,
                       angka_error *err);

/* Read one figure record (a line of --format jsonl, as extract and export
 * write it) into *out, which the caller clears with angka_figure_clear.
 * "id" is ignored; the precision the audit needs (decimals, low, high) is
 * read again from "text". ANGKA_EPARSE names what is wrong. */
int angka_record_parse(angka_figure *out, const char *json, size_t len, angka_error *err);

#ifdef __cplusplus
}
#endif
#endif

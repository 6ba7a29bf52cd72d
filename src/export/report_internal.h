/* Internal interfaces of the HTML report, shared by its files:
 *   report.c           the entry point and the page around the sections:
 *                      its words (en, id), formatting, assets, labels
 *   report_findings.c  the findings section
 *   report_charts.c    the regions ranked per metric and the time series
 * Nothing outside these files includes this header. */
#ifndef ANGKA_EXPORT_REPORT_INTERNAL_H
#define ANGKA_EXPORT_REPORT_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "angka/export.h"
#include "angka/reconcile.h"
#include "export/findings.h"
#include "export/sink.h"
#include "util/buf.h"

/* ---- words of the page, in English and Indonesian ---------------------- */

typedef struct report_words {
	const char *lang, *locale;
	const char *title, *subtitle, *generated, *database, *rules, *scope_all, *scope_curated;
	const char *findings, *inconsistent_h, *conflicts_h, *no_inconsistent, *no_conflicts;
	const char *reported, *computed, *off_by, *points, *persons;
	/* "N checked: N consistent, N truncated, N inconsistent, N unverifiable." */
	const char *audit_checked, *audit_consistent, *audit_truncated, *audit_inconsistent,
	        *audit_unverifiable;
	const char *accepted, *corrected, *pending, *sources_disagree;
	const char *regions_h, *regions_intro, *provinces, *nationally;
	const char *series_h, *series_intro, *no_series, *values, *region, *value, *period, *status,
	        *source, *no_charts;
	const char *regencies_prefix;
	const char *months[12];
	/* "N figures from N articles: N accepted, N corrected, N pending, N rejected." */
	const char *figures_from, *articles_colon, *rejected_left_out;
	const char *how_h, *how;
	const char *million, *billion, *trillion, *currency;
	char group, decimal;
} report_words;

/* ---- what the page needs to know ------------------------------------------ */

typedef struct report {
	const angka_report_options *options;
	const report_words *w;
	json_t *labels;    /* the domains' metrics with their labels, in order */
	json_t *provinces; /* code → name */
	findings_index index;
	angka_fact_set facts;
	json_t *charts; /* the charts' data, for the script */
	size_t n_charts;
	angka_buf page;
	size_t pending, accepted, corrected, rejected;
	angka_error *err;
} report;

/* report.c: formatting and lookups the sections share. */
void report_html_escape(angka_buf *b, const char *s);
/* A number with at most max_decimals decimals (trailing zeros dropped),
 * thousands grouped, in the page's style: 1,009,250.5 or 1.009.250,5. */
void report_format_number(char *buf, size_t size, double v, int max_decimals,
                          const report_words *w);
/* A value as people read it: "46.2%", "1,009,250", "IDR 339 billion";
 * "46,2%", "1.009.250", "Rp 339 miliar". */
void report_format_value(char *buf, size_t size, double v, const char *unit, const report_words *w);
/* "2024", "Mar 2025", "12 Aug 2024"; "–" when there is no period. */
void report_format_period(char *buf, size_t size, const char *as_of, const report_words *w);
const char *report_or_default(const char *s, const char *fallback);
const char *report_json_str(const json_t *object, const char *key);
/* Both NULL, or both the same string. */
bool report_same_str(const char *a, const char *b);
/* A metric's rank in the domains' metrics.tsv (unknown ones after the
 * known ones), and its label in the page's language (else its name). */
size_t report_metric_rank(const report *r, const char *metric);
const char *report_metric_label(const report *r, const char *metric);
/* A figure counts as accepted when a reviewer accepted or corrected it. */
bool report_is_reviewed(const char *decision);
/* "accepted", "corrected", "pending review" in the page's language. */
const char *report_status_word(const report *r, const char *decision);
/* The CSS class of a decision: "accepted" or "pending". */
const char *report_status_class(const char *decision);
/* " (JHT)" after a metric's label when the figure names a programme. */
void report_programme_suffix(angka_buf *b, const char *programme);

/* report_findings.c */
void report_findings_section(angka_buf *b, const report *r, json_t *findings);

/* report_charts.c: both append their charts' data to r->charts. */
int report_regions_section(report *r);
int report_series_section(report *r);

#endif

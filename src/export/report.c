/* The HTML report (docs/audit.md, "The report"): one self-contained page
 * (inline CSS and SVG, no script, nothing fetched) that a person opens in
 * any browser or attaches to a mail. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"
#include "export/sink.h"
#include "util/buf.h"

/* What the report keeps of a stored figure. */
typedef struct report_figure {
	char *region, *metric, *segment, *as_of, *source, *text;
	double value;
	char *decision;
} report_figure;

typedef struct report_data {
	report_figure *items;
	size_t n, cap;
	size_t pending, accepted, rejected, corrected;
	angka_buf audit_rows;
	size_t verdicts[4];
	size_t n_checks;
	angka_error *err;
} report_data;

static void html_escape(angka_buf *b, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': angka_buf_puts(b, "&amp;"); break;
		case '<': angka_buf_puts(b, "&lt;"); break;
		case '>': angka_buf_puts(b, "&gt;"); break;
		case '"': angka_buf_puts(b, "&quot;"); break;
		default: angka_buf_putc(b, *s);
		}
	}
}

static void report_figure_free(report_figure *f)
{
	free(f->region);
	free(f->metric);
	free(f->segment);
	free(f->as_of);
	free(f->source);
	free(f->text);
	free(f->decision);
}

static int keep_figure(const angka_stored_figure *sf, void *ctx)
{
	report_data *d = ctx;
	if (sf->decision == NULL)
		d->pending++;
	else if (strcmp(sf->decision, "accept") == 0)
		d->accepted++;
	else if (strcmp(sf->decision, "reject") == 0)
		d->rejected++;
	else
		d->corrected++;
	if (sf->decision != NULL && strcmp(sf->decision, "reject") == 0)
		return ANGKA_OK;
	if (d->n == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 64;
		report_figure *grown = realloc(d->items, cap * sizeof *grown);
		if (grown == NULL)
			return angka_error_set(d->err, ANGKA_ENOMEM, "out of memory");
		d->items = grown;
		d->cap = cap;
	}
	const angka_figure *f = &sf->figure;
	report_figure *r = &d->items[d->n];
	*r = (report_figure){
	        .region = angka_strdup(f->region ? f->region : "-"),
	        .metric = angka_strdup(f->metric),
	        .segment = angka_strdup(f->segment),
	        .as_of = angka_strdup(f->as_of),
	        .source = angka_strdup(f->source),
	        .text = angka_strdup(f->text),
	        .value = isnan(sf->corrected_value) ? f->value : sf->corrected_value,
	        .decision = angka_strdup(sf->decision),
	};
	d->n++;
	if (!r->region || !r->metric || !r->segment)
		return angka_error_set(d->err, ANGKA_ENOMEM, "out of memory");
	return ANGKA_OK;
}

/* A sentence with each of the marked figure texts wrapped in <mark>. */
static void sentence_marked(angka_buf *b, const char *sentence, const char *const *marks,
                            size_t n_marks)
{
	const char *p = sentence;
	while (*p) {
		const char *best = NULL;
		size_t best_len = 0;
		for (size_t i = 0; i < n_marks; i++) {
			if (marks[i] == NULL || *marks[i] == '\0')
				continue;
			const char *hit = strstr(p, marks[i]);
			if (hit && (best == NULL || hit < best)) {
				best = hit;
				best_len = strlen(marks[i]);
			}
		}
		if (best == NULL) {
			html_escape(b, p);
			return;
		}
		char *before = angka_strndup(p, (size_t)(best - p));
		char *marked = angka_strndup(best, best_len);
		html_escape(b, before);
		angka_buf_puts(b, "<mark>");
		html_escape(b, marked);
		angka_buf_puts(b, "</mark>");
		free(before);
		free(marked);
		p = best + best_len;
	}
}

static void number_cell(angka_buf *b, const angka_audit_number *n)
{
	angka_buf_puts(b, "<td class=num>");
	if (!n->present) {
		angka_buf_puts(b, "&ndash;");
	} else if (n->figure) {
		html_escape(b, n->figure->text);
	} else {
		char v[64];
		export_format_value(v, sizeof v, n->value);
		angka_buf_printf(b, "%s <small>(%s + %s)</small>", v, n->parts[0]->metric,
		                 n->parts[1]->metric);
	}
	angka_buf_puts(b, "</td>");
}

/* One row of the audit table; inconsistent and truncated checks get their
 * evidence sentences with the percentages marked. */
static int audit_row(const angka_audit_check *c, void *ctx)
{
	report_data *d = ctx;
	angka_buf *b = &d->audit_rows;
	const char *verdict = angka_verdict_name(c->verdict);
	d->n_checks++;
	d->verdicts[c->verdict]++;
	angka_buf_printf(b, "<tr class=\"%s\"><td>", verdict);
	html_escape(b, c->region);
	angka_buf_puts(b, "</td><td>");
	html_escape(b, c->segment);
	angka_buf_puts(b, "</td><td class=period>");
	html_escape(b, c->as_of ? c->as_of : "-");
	angka_buf_puts(b, "</td><td>");
	/* "coverage_pct+uncovered_pct" may break after the plus. */
	for (const char *m = c->metric; *m; m++) {
		angka_buf_putc(b, *m);
		if (*m == '+')
			angka_buf_puts(b, "<wbr>");
	}
	angka_buf_puts(b, "</td>");
	number_cell(b, &c->percentage);
	number_cell(b, &c->numerator);
	number_cell(b, &c->denominator);
	number_cell(b, &c->complement);
	char computed[64] = "", delta[64] = "", implied[64] = "";
	if (!isnan(c->computed))
		snprintf(computed, sizeof computed, "%.*f",
		         c->kind == ANGKA_AUDIT_COUNT_COMPLEMENT ? 0 : 2, c->computed);
	if (!isnan(c->delta) && c->verdict != ANGKA_VERDICT_CONSISTENT)
		snprintf(delta, sizeof delta, "%+.*f %s",
		         c->kind == ANGKA_AUDIT_COUNT_COMPLEMENT ? 0 : 2, c->delta, c->delta_unit);
	if (!isnan(c->implied))
		snprintf(implied, sizeof implied, "implied %s: %.*f", c->implied_metric,
		         strstr(c->implied_metric, "_pct") ? 2 : 0, c->implied);
	angka_buf_printf(b,
	                 "<td class=num>%s</td><td class=verdict>%s</td><td class=num>%s</td><td>",
	                 computed, verdict, delta);
	if (implied[0])
		html_escape(b, implied);
	if (c->missing && !implied[0]) {
		angka_buf_puts(b, "missing ");
		html_escape(b, c->missing);
	}
	angka_buf_puts(b, "</td></tr>\n");
	if (c->verdict == ANGKA_VERDICT_INCONSISTENT || c->verdict == ANGKA_VERDICT_TRUNCATED) {
		const char *marks[2] = {c->percentage.figure ? c->percentage.figure->text : NULL,
		                        c->complement.figure ? c->complement.figure->text : NULL};
		const angka_figure *figs[] = {c->percentage.figure,    c->numerator.figure,
		                              c->denominator.figure,   c->complement.figure,
		                              c->denominator.parts[0], c->denominator.parts[1]};
		angka_buf_printf(b, "<tr class=\"evidence %s\"><td colspan=12>", verdict);
		const char *shown[6];
		size_t n_shown = 0;
		for (size_t i = 0; i < 6; i++) {
			if (figs[i] == NULL || figs[i]->sentence == NULL)
				continue;
			bool seen = false;
			for (size_t k = 0; k < n_shown; k++)
				seen |= strcmp(shown[k], figs[i]->sentence) == 0;
			if (seen)
				continue;
			shown[n_shown++] = figs[i]->sentence;
			angka_buf_puts(b, "<blockquote>");
			sentence_marked(b, figs[i]->sentence, marks, 2);
			angka_buf_puts(b, "</blockquote>");
		}
		const angka_figure *any =
		        c->percentage.figure ? c->percentage.figure : c->numerator.figure;
		if (any && any->source) {
			angka_buf_puts(b, "<cite>");
			html_escape(b, any->source);
			angka_buf_puts(b, "</cite>");
		}
		angka_buf_puts(b, "</td></tr>\n");
	}
	if (b->failed)
		return angka_error_set(d->err, ANGKA_ENOMEM, "out of memory writing the report");
	return ANGKA_OK;
}

/* "2024" → 2024.5, "2025-03" → 2025.21, "2024-08-12" → 2024.61: where the
 * period sits on a time axis. NAN when there is no period. */
static double period_position(const char *as_of)
{
	int y = 0, m = 0, d = 0;
	if (as_of == NULL)
		return NAN;
	int n = sscanf(as_of, "%4d-%2d-%2d", &y, &m, &d);
	if (n < 1)
		return NAN;
	if (n == 1)
		return y + 0.5;
	if (n == 2)
		return y + (m - 0.5) / 12.0;
	return y + (m - 1) / 12.0 + (d - 0.5) / 365.0;
}

static int compare_figures(const void *a, const void *b)
{
	const report_figure *x = a, *y = b;
	int c = strcmp(x->region, y->region);
	if (c == 0)
		c = strcmp(x->metric, y->metric);
	if (c == 0)
		c = strcmp(x->segment, y->segment);
	if (c == 0)
		c = strcmp(x->as_of ? x->as_of : "", y->as_of ? y->as_of : "");
	if (c == 0)
		c = (x->value > y->value) - (x->value < y->value);
	return c;
}

static bool is_chart_metric(const report_figure *f)
{
	return strcmp(f->segment, "all") == 0 && !isnan(period_position(f->as_of)) &&
	       (strcmp(f->metric, "coverage_pct") == 0 ||
	        strcmp(f->metric, "target_coverage_pct") == 0);
}

#define CHART_W 340
#define CHART_H 190
#define PAD_L   36
#define PAD_R   14
#define PAD_T   14
#define PAD_B   26

/* One small chart: coverage (filled dots joined in time order) and
 * targets (hollow squares) of one region, 0–100 % against time. Figures
 * are sorted by region, metric, segment, period. */
static void chart(angka_buf *b, const report_figure *figs, size_t from, size_t to, double t0,
                  double t1)
{
	double w = CHART_W - PAD_L - PAD_R, h = CHART_H - PAD_T - PAD_B;
#define X(t) (PAD_L + ((t)-t0) / (t1 - t0) * w)
#define Y(v) (PAD_T + h - (fmin(fmax((v), 0.0), 100.0) / 100.0) * h)
	angka_buf_puts(b, "<figure class=chart><figcaption>");
	html_escape(b, figs[from].region);
	angka_buf_printf(b,
	                 "</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" "
	                 "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
	                 CHART_W, CHART_H, CHART_W, CHART_H);
	for (int v = 0; v <= 100; v += 25)
		angka_buf_printf(
		        b,
		        "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>"
		        "<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%d%%</text>",
		        PAD_L, CHART_W - PAD_R, Y(v), Y(v), PAD_L - 4, Y(v) + 4, v);
	for (int year = (int)ceil(t0); year <= (int)floor(t1); year++)
		angka_buf_printf(
		        b,
		        "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"tick\"/>"
		        "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%d</text>",
		        X(year), X(year), PAD_T, CHART_H - PAD_B, X(year + 0.5), CHART_H - 8, year);
	/* The coverage line, in time order (the figures are sorted by period). */
	angka_buf_puts(b, "<polyline class=\"coverage\" points=\"");
	for (size_t i = from; i < to; i++)
		if (strcmp(figs[i].metric, "coverage_pct") == 0)
			angka_buf_printf(b, "%.1f,%.1f ", X(period_position(figs[i].as_of)),
			                 Y(figs[i].value));
	angka_buf_puts(b, "\"/>");
	for (size_t i = from; i < to; i++) {
		const report_figure *f = &figs[i];
		double x = X(period_position(f->as_of)), y = Y(f->value);
		bool target = strcmp(f->metric, "target_coverage_pct") == 0;
		if (target)
			angka_buf_printf(b,
			                 "<rect class=\"target\" x=\"%.1f\" y=\"%.1f\" width=\"8\" "
			                 "height=\"8\">",
			                 x - 4, y - 4);
		else
			angka_buf_printf(
			        b, "<circle class=\"coverage\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\">", x,
			        y);
		angka_buf_puts(b, "<title>");
		html_escape(b, f->metric);
		angka_buf_puts(b, " ");
		html_escape(b, f->as_of);
		angka_buf_puts(b, ": ");
		html_escape(b, f->text);
		angka_buf_puts(b, " — ");
		html_escape(b, f->source);
		angka_buf_puts(b, target ? "</title></rect>" : "</title></circle>");
		angka_buf_printf(
		        b, "<text x=\"%.1f\" y=\"%.1f\" class=\"label\" text-anchor=\"middle\">", x,
		        y > PAD_T + 14 ? y - 8 : y + 16);
		char v[32];
		export_format_value(v, sizeof v, f->value);
		angka_buf_printf(b, "%s%%</text>", v);
	}
	angka_buf_puts(b, "</svg></figure>\n");
#undef X
#undef Y
}

static void charts(angka_buf *b, report_figure *figs, size_t n)
{
	/* Chartable figures first, sorted; the time axis is shared so that
	 * the small charts compare at a glance. */
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		if (is_chart_metric(&figs[i])) {
			report_figure tmp = figs[m];
			figs[m++] = figs[i];
			figs[i] = tmp;
		}
	}
	if (m == 0) {
		angka_buf_puts(b, "<p>No coverage percentages with a period yet.</p>\n");
		return;
	}
	qsort(figs, m, sizeof *figs, compare_figures);
	double t0 = INFINITY, t1 = -INFINITY;
	for (size_t i = 0; i < m; i++) {
		double t = period_position(figs[i].as_of);
		t0 = fmin(t0, floor(t));
		t1 = fmax(t1, floor(t) + 1);
	}
	angka_buf_puts(b, "<div class=charts>\n");
	/* Within a region, coverage and targets are interleaved by the sort on
	 * metric; chart() only needs the region's range. */
	for (size_t i = 0; i < m;) {
		size_t j = i;
		while (j < m && strcmp(figs[j].region, figs[i].region) == 0)
			j++;
		/* Re-sort the region's figures by period for the line. */
		for (size_t a = i + 1; a < j; a++)
			for (size_t k = a; k > i && period_position(figs[k].as_of) <
			                                    period_position(figs[k - 1].as_of);
			     k--) {
				report_figure tmp = figs[k];
				figs[k] = figs[k - 1];
				figs[k - 1] = tmp;
			}
		chart(b, figs, i, j, t0, t1);
		i = j;
	}
	angka_buf_puts(b, "</div>\n");
}

/* The conflicts reconcile finds (reconcile.h: the same region, metric,
 * segment, programme and period given values that do not agree within the
 * precision each was written with), each value with its sources. Returns
 * the number of conflicts. */
static size_t conflicts(angka_buf *b, const angka_fact_set *set)
{
	size_t found = 0;
	for (size_t i = 0; i < set->facts.n; i++) {
		const angka_fact *fact = &set->facts.items[i];
		if (fact->status != ANGKA_FACT_CONFLICT)
			continue;
		found++;
		const angka_figure *key = fact->key;
		angka_buf_puts(b, "<tr><td>");
		html_escape(b, key->region ? key->region : "-");
		angka_buf_puts(b, "</td><td>");
		html_escape(b, key->metric);
		if (key->programme) {
			angka_buf_puts(b, " (");
			html_escape(b, key->programme);
			angka_buf_puts(b, ")");
		}
		angka_buf_puts(b, "</td><td>");
		html_escape(b, key->segment);
		angka_buf_puts(b, "</td><td class=period>");
		html_escape(b, key->as_of ? key->as_of : "-");
		angka_buf_puts(b, "</td><td><ul>");
		for (size_t v = 0; v < fact->n_values; v++) {
			const angka_fact_value *fv = &fact->values[v];
			char value[64];
			export_format_value(value, sizeof value, fv->value);
			angka_buf_printf(b, "<li><b>%s</b>: ", value);
			for (size_t k = 0; k < fv->n_figures; k++) {
				const angka_figure *f = &set->figures.items[fv->figures[k]];
				if (k > 0)
					angka_buf_puts(b, "; ");
				angka_buf_puts(b, "&ldquo;");
				html_escape(b, f->text);
				angka_buf_puts(b, "&rdquo; <cite>");
				html_escape(b, f->source);
				angka_buf_printf(b, "</cite> <small>(figure %lld)</small>",
				                 (long long)set->ids[fv->figures[k]]);
			}
			angka_buf_puts(b, "</li>");
		}
		angka_buf_puts(b, "</ul></td></tr>\n");
	}
	return found;
}

static const char style[] =
        "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2em "
        "auto;max-width:1200px;padding:0 1em;color:#1d2330;background:#fff}"
        "h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:1px solid "
        "#dde;padding-bottom:.2em}"
        ".counts{display:flex;flex-wrap:wrap;gap:.8em;padding:0;list-style:none}"
        ".counts li{background:#f3f5fa;border-radius:6px;padding:.5em .9em}"
        ".counts b{display:block;font-size:1.5em}"
        ".charts{display:flex;flex-wrap:wrap;gap:1em}"
        "figure.chart{margin:0;border:1px solid #e3e6ee;border-radius:6px;padding:.4em}"
        "figcaption{font-weight:600;font-size:.95em}"
        "svg .grid{stroke:#e6e8ef}svg .tick{stroke:#f0f1f5}"
        "svg .axis{font-size:10px;fill:#667}svg .label{font-size:10px;fill:#223}"
        "svg polyline.coverage{fill:none;stroke:#2b6cb0;stroke-width:2}"
        "svg circle.coverage{fill:#2b6cb0}"
        "svg rect.target{fill:#fff;stroke:#dd6b20;stroke-width:2}"
        "table{border-collapse:collapse;width:100%;font-size:.82em}"
        "th,td{border-bottom:1px solid #e6e8ef;padding:.3em .4em;text-align:left;"
        "vertical-align:top;overflow-wrap:break-word}"
        "td.period,td.num,td.verdict{white-space:nowrap;overflow-wrap:normal}"
        "th{background:#f3f5fa;white-space:nowrap}td.num{text-align:right;font-variant-numeric:"
        "tabular-nums;"
        "white-space:nowrap}"
        "tr.consistent td.verdict{color:#276749}tr.unverifiable td.verdict{color:#718096}"
        "tr.truncated td.verdict{color:#b7791f;font-weight:600}"
        "tr.inconsistent{background:#fff5f5}tr.inconsistent td.verdict{color:#c53030;"
        "font-weight:700}"
        "tr.evidence td{border-bottom:2px solid #e6e8ef}"
        "blockquote{margin:.2em 0 .2em 1em;padding-left:.6em;border-left:3px solid #feb2b2;"
        "font-style:italic}"
        "mark{background:#fed7d7;color:#742a2a;font-weight:700;font-style:normal;"
        "padding:0 .15em;border-radius:2px}"
        "cite{font-size:.85em;color:#667;margin-left:1em}"
        ".legend span{margin-right:1.2em}";

int angka_report_write(FILE *fp, angka_store *store, angka_error *err)
{
	report_data d = {.err = err, .audit_rows = ANGKA_BUF_INIT};
	angka_buf page = ANGKA_BUF_INIT, conflict_rows = ANGKA_BUF_INIT;
	angka_fact_set facts;
	int64_t n_articles = 0, n_figures = 0;
	int ret;

	memset(&facts, 0, sizeof facts);
	if ((ret = angka_store_count(store, &n_articles, &n_figures, err)) != ANGKA_OK ||
	    (ret = angka_store_each_stored_figure(store, ANGKA_STORE_ALL, keep_figure, &d, err)) !=
	            ANGKA_OK ||
	    (ret = angka_audit_store(store, audit_row, &d, err)) != ANGKA_OK ||
	    (ret = angka_reconcile_store(&facts, store, err)) != ANGKA_OK)
		goto cleanup;
	size_t n_conflicts = conflicts(&conflict_rows, &facts);

	angka_buf_printf(&page,
	                 "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	                 "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
	                 "<title>angka report</title><style>%s</style></head><body>\n"
	                 "<h1>angka report</h1>\n<p>Figures from Indonesian press articles on "
	                 "BPJS Ketenagakerjaan coverage, audited against their own numerators and "
	                 "denominators.</p>\n",
	                 style);
	angka_buf_printf(&page,
	                 "<h2>Counts</h2>\n<ul class=counts id=counts>"
	                 "<li><b>%lld</b>articles</li><li><b>%lld</b>figures</li>"
	                 "<li><b>%zu</b>pending review</li><li><b>%zu</b>accepted</li>"
	                 "<li><b>%zu</b>corrected</li><li><b>%zu</b>rejected</li>"
	                 "<li><b>%zu</b>audit checks</li><li><b>%zu</b>consistent</li>"
	                 "<li><b>%zu</b>truncated</li><li><b>%zu</b>inconsistent</li>"
	                 "<li><b>%zu</b>unverifiable</li><li><b>%zu</b>conflicts</li></ul>\n",
	                 (long long)n_articles, (long long)n_figures, d.pending, d.accepted,
	                 d.corrected, d.rejected, d.n_checks, d.verdicts[ANGKA_VERDICT_CONSISTENT],
	                 d.verdicts[ANGKA_VERDICT_TRUNCATED],
	                 d.verdicts[ANGKA_VERDICT_INCONSISTENT],
	                 d.verdicts[ANGKA_VERDICT_UNVERIFIABLE], n_conflicts);
	angka_buf_puts(&page, "<h2>Conflicts between sources</h2>\n");
	if (n_conflicts == 0) {
		angka_buf_puts(&page,
		               "<p id=conflicts>No values disagree, within the precision each was "
		               "written with, on the same region, metric, segment, programme and "
		               "period.</p>\n");
	} else {
		angka_buf_puts(&page,
		               "<p>The same region, metric, segment, programme and period given "
		               "values that do not agree within the precision each was written "
		               "with (the facts of <code>angka facts --conflicts</code>).</p>\n"
		               "<table id=conflicts><thead><tr><th>region</th><th>metric</th>"
		               "<th>segment</th><th>as of</th><th>values</th></tr></thead>"
		               "<tbody>\n");
		angka_buf_append(&page, conflict_rows.data, conflict_rows.len);
		angka_buf_puts(&page, "</tbody></table>\n");
	}
	angka_buf_puts(&page,
	               "<h2>Audit</h2>\n<p>Each percentage against its numerator and denominator "
	               "in the same article, judged with the precision it was reported with; "
	               "inconsistent and truncated ones show their sentences with the percentage "
	               "marked.</p>\n<table id=audit><thead><tr><th>region</th><th>segment</th>"
	               "<th>as of</th><th>check</th><th>percentage</th><th>numerator</th>"
	               "<th>denominator</th><th>complement</th><th>computed</th><th>verdict</th>"
	               "<th>delta</th><th>note</th></tr></thead><tbody>\n");
	if (d.audit_rows.len > 0)
		angka_buf_append(&page, d.audit_rows.data, d.audit_rows.len);
	angka_buf_puts(&page, "</tbody></table>\n");
	angka_buf_puts(&page,
	               "<h2>Coverage per region over time</h2>\n<p class=legend>"
	               "<span><svg width=\"12\" height=\"12\"><circle cx=\"6\" cy=\"6\" r=\"4\" "
	               "fill=\"#2b6cb0\"/></svg> coverage (all workers)</span><span><svg "
	               "width=\"12\" height=\"12\"><rect x=\"2\" y=\"2\" width=\"8\" "
	               "height=\"8\" fill=\"#fff\" stroke=\"#dd6b20\" stroke-width=\"2\"/>"
	               "</svg> target</span></p>\n");
	charts(&page, d.items, d.n);
	angka_buf_puts(&page, "</body></html>\n");
	if (page.failed || conflict_rows.failed) {
		ret = angka_error_set(err, ANGKA_ENOMEM, "out of memory writing the report");
		goto cleanup;
	}
	if (fwrite(page.data, 1, page.len, fp) != page.len || fflush(fp) != 0) {
		ret = angka_error_set(err, ANGKA_EIO, "error writing the report");
		goto cleanup;
	}
cleanup:
	for (size_t i = 0; i < d.n; i++)
		report_figure_free(&d.items[i]);
	free(d.items);
	angka_buf_free(&d.audit_rows);
	angka_buf_free(&page);
	angka_buf_free(&conflict_rows);
	angka_fact_set_free(&facts);
	return ret;
}

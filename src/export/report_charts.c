/* The report's charts: per metric the regions at their latest period,
 * ranked (provinces, then each province's regencies and cities), and the
 * time series of one source family. Each chart is written as a figure with
 * a table of values (readable without a script) and as rows in the
 * charts' JSON that the page's script draws with Observable Plot. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export/report_internal.h"

/* Where a period sits in time, for "latest": a year at its middle. */
static double period_position(const char *as_of)
{
	int y = 0, m = 0, d = 0;
	int n = as_of ? sscanf(as_of, "%4d-%2d-%2d", &y, &m, &d) : 0;
	if (n < 1)
		return NAN;
	if (n == 1)
		return y + 0.5;
	if (n == 2)
		return y + (m - 0.5) / 12.0;
	return y + (m - 1) / 12.0 + (d - 0.5) / 365.0;
}

/* The date a period is drawn at on a time axis (ISO, for the script). */
static void period_date(char *buf, size_t size, const char *as_of)
{
	int y = 0, m = 0, d = 0;
	int n = sscanf(as_of, "%4d-%2d-%2d", &y, &m, &d);
	if (n == 1)
		snprintf(buf, size, "%04d-07-01", y);
	else if (n == 2)
		snprintf(buf, size, "%04d-%02d-15", y, m);
	else
		snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
}

/* "Kabupaten Tanjung Jabung Timur" → "Kab. Tanjung Jabung Timur" in a chart. */
static const char *short_region(char *buf, size_t size, const char *region)
{
	if (region && strncmp(region, "Kabupaten ", 10) == 0) {
		snprintf(buf, size, "Kab. %s", region + 10);
		return buf;
	}
	return region ? region : "–";
}

/* One bar of a ranking: a region's latest fact of a metric. */
typedef struct rank_row {
	const angka_fact *fact;
	const angka_fact_value *value;
	const char *decision; /* "accept"/"correct" when a figure of the value is */
	double when;
} rank_row;

static bool is_province_code(const char *code)
{
	return code && strchr(code, '.') == NULL;
}

static const char *province_name(const report *r, const char *code, const rank_row *rows, size_t n)
{
	const char *name = json_string_value(json_object_get(r->provinces, code));
	for (size_t i = 0; name == NULL && i < n; i++)
		if (rows[i].fact->key->region_code &&
		    strcmp(rows[i].fact->key->region_code, code) == 0)
			name = rows[i].fact->key->region;
	return name ? name : code;
}

static int by_value_desc(const void *pa, const void *pb)
{
	const rank_row *a = pa, *b = pb;
	return (a->value->value < b->value->value) - (a->value->value > b->value->value);
}

/* A value is accepted when a reviewer accepted or corrected one of the
 * figures that state it. */
static const char *value_decision(const report *r, const angka_fact_value *v)
{
	for (size_t k = 0; k < v->n_figures; k++) {
		const findings_figure *f =
		        findings_index_by_id(&r->index, r->facts.ids[v->figures[k]]);
		if (f && report_is_reviewed(f->decision))
			return f->decision;
	}
	return NULL;
}

/* Both kinds of chart are a figure: a caption (written by the caller
 * between chart_begin and chart_table), the plot the script draws into, a
 * table of the values (rows written by the caller) and, in the charts'
 * JSON, the data under its id. */
static void chart_begin(report *r, char *id, size_t id_size, const char *kind)
{
	snprintf(id, id_size, "chart-%zu", ++r->n_charts);
	angka_buf_printf(&r->page, "<figure class=\"chart %s\" id=\"%s\"><figcaption>", kind, id);
}

static void chart_table(report *r, const char *id, const char *const columns[4])
{
	angka_buf_printf(&r->page,
	                 "</figcaption><div class=plot data-chart=\"%s\"></div>\n<details><summary>"
	                 "%s</summary><table class=values><thead><tr><th>%s</th><th>%s</th>"
	                 "<th>%s</th><th>%s</th></tr></thead><tbody>\n",
	                 id, r->w->values, columns[0], columns[1], columns[2], columns[3]);
}

/* data is stolen: it becomes the chart's data_key in the charts' JSON. */
static void chart_end(report *r, const char *id, const char *kind, const char *unit,
                      const char *data_key, json_t *data)
{
	angka_buf_puts(&r->page, "</tbody></table></details></figure>\n");
	json_array_append_new(r->charts, json_pack("{s:s, s:s, s:s, s:o}", "id", id, "kind", kind,
	                                           "unit", unit ? unit : "", data_key, data));
}

/* One ranked chart: its figure (caption, plot, table of values) in the
 * page, its rows in the charts' JSON. */
static void rank_chart(report *r, const char *caption, const char *unit, rank_row *rows, size_t n)
{
	angka_buf *b = &r->page;
	char id[32];
	qsort(rows, n, sizeof *rows, by_value_desc);
	json_t *data = json_array();
	chart_begin(r, id, sizeof id, "rank");
	report_html_escape(b, caption);
	chart_table(r, id,
	            (const char *const[4]){r->w->region, r->w->value, r->w->period, r->w->status});
	for (size_t i = 0; i < n; i++) {
		const angka_figure *key = rows[i].fact->key;
		char value[64], period[64], label[256];
		report_format_value(value, sizeof value, rows[i].value->value, unit, r->w);
		report_format_period(period, sizeof period, key->as_of, r->w);
		const char *cls = report_status_class(rows[i].decision);
		bool conflict = rows[i].fact->status == ANGKA_FACT_CONFLICT;
		angka_buf_printf(b, "<tr class=%s><td>", cls);
		report_html_escape(b, key->region);
		angka_buf_puts(b, "</td><td class=num>");
		report_html_escape(b, value);
		angka_buf_puts(b, "</td><td>");
		report_html_escape(b, period);
		angka_buf_printf(b, "</td><td>%s%s%s</td></tr>\n",
		                 report_status_word(r, rows[i].decision), conflict ? " · " : "",
		                 conflict ? r->w->sources_disagree : "");
		json_array_append_new(
		        data, json_pack("{s:s, s:f, s:s, s:s, s:s, s:b}", "label",
		                        short_region(label, sizeof label, key->region), "value",
		                        rows[i].value->value, "text", value, "period", period,
		                        "status", cls, "conflict", conflict));
	}
	chart_end(r, id, "rank", unit, "rows", data);
}

/* The facts of one metric (and programme) for all workers, each region at
 * its latest period: provinces ranked, then each province's regencies
 * and cities; the country and groupings as a line of text. */
static int metric_section(report *r, const angka_fact *const *facts, size_t n)
{
	angka_buf *b = &r->page;
	const angka_figure *key = facts[0]->key;
	rank_row *rows = calloc(n, sizeof *rows);
	size_t n_rows = 0;
	if (rows == NULL)
		return angka_error_set(r->err, ANGKA_ENOMEM, "out of memory writing the report");
	/* Facts come sorted by region then as_of: keep each region's latest. */
	for (size_t i = 0; i < n; i++) {
		const angka_fact *fact = facts[i];
		double when = period_position(fact->key->as_of);
		size_t k = 0;
		while (k < n_rows && strcmp(rows[k].fact->key->region, fact->key->region) != 0)
			k++;
		if (k < n_rows && !(when > rows[k].when || (isnan(rows[k].when) && !isnan(when))))
			continue;
		rows[k] = (rank_row){fact, &fact->values[0], value_decision(r, &fact->values[0]),
		                     when};
		if (k == n_rows)
			n_rows++;
	}
	const char *unit = key->unit;
	angka_buf_printf(b, "<section class=metric data-metric=\"");
	report_html_escape(b, key->metric);
	angka_buf_puts(b, "\"><h3>");
	report_html_escape(b, report_metric_label(r, key->metric));
	report_programme_suffix(b, key->programme);
	angka_buf_puts(b, "</h3>\n");
	/* The country and groupings (no code): a line, not bars among provinces. */
	bool first = true;
	for (size_t i = 0; i < n_rows; i++) {
		if (rows[i].fact->key->region_code != NULL)
			continue;
		char value[64], period[64];
		report_format_value(value, sizeof value, rows[i].value->value, unit, r->w);
		report_format_period(period, sizeof period, rows[i].fact->key->as_of, r->w);
		if (first)
			angka_buf_printf(b, "<p class=national>%s: ", r->w->nationally);
		angka_buf_printf(b, "%s<span class=\"%s\">", first ? "" : "; ",
		                 report_status_class(rows[i].decision));
		report_html_escape(b, rows[i].fact->key->region);
		angka_buf_puts(b, " <b>");
		report_html_escape(b, value);
		angka_buf_puts(b, "</b> (");
		report_html_escape(b, period);
		angka_buf_printf(b, ", %s)</span>", report_status_word(r, rows[i].decision));
		first = false;
	}
	if (!first)
		angka_buf_puts(b, "</p>\n");
	rank_row *group = calloc(n_rows ? n_rows : 1, sizeof *group);
	if (group == NULL) {
		free(rows);
		return angka_error_set(r->err, ANGKA_ENOMEM, "out of memory writing the report");
	}
	size_t m = 0;
	for (size_t i = 0; i < n_rows; i++)
		if (is_province_code(rows[i].fact->key->region_code))
			group[m++] = rows[i];
	if (m > 0)
		rank_chart(r, r->w->provinces, unit, group, m);
	/* Regencies and cities, by province (in code order). */
	const char **done = calloc(n_rows ? n_rows : 1, sizeof *done);
	size_t n_done = 0;
	for (size_t i = 0; done && i < n_rows; i++) {
		const char *code = rows[i].fact->key->region_code;
		if (code == NULL || is_province_code(code))
			continue;
		size_t plen = (size_t)(strchr(code, '.') - code);
		bool seen = false;
		for (size_t k = 0; k < n_done; k++)
			seen |= strncmp(done[k], code, plen) == 0 && done[k][plen] == '.';
		if (seen)
			continue;
		done[n_done++] = code;
		m = 0;
		for (size_t k = i; k < n_rows; k++) {
			const char *c = rows[k].fact->key->region_code;
			if (c && strncmp(c, code, plen) == 0 && c[plen] == '.')
				group[m++] = rows[k];
		}
		char province[16], caption[256];
		snprintf(province, sizeof province, "%.*s", (int)(plen < 15 ? plen : 15), code);
		snprintf(caption, sizeof caption, "%s%s", r->w->regencies_prefix,
		         province_name(r, province, rows, n_rows));
		rank_chart(r, caption, unit, group, m);
	}
	free(done);
	free(group);
	free(rows);
	angka_buf_puts(b, "</section>\n");
	return ANGKA_OK;
}

static bool chartable(const angka_fact *fact)
{
	return fact->key->region && fact->key->segment && strcmp(fact->key->segment, "all") == 0;
}

typedef struct metric_group {
	const char *metric, *programme;
	size_t rank;
} metric_group;

static int by_rank(const void *pa, const void *pb)
{
	const metric_group *a = pa, *b = pb;
	if (a->rank != b->rank)
		return (a->rank > b->rank) - (a->rank < b->rank);
	int c = strcmp(a->metric, b->metric);
	return c ? c : strcmp(a->programme ? a->programme : "", b->programme ? b->programme : "");
}

/* The distinct (metric, programme) pairs of items, in metrics.json's order. */
static metric_group *metric_groups(const report *r, size_t *n_out, bool from_facts)
{
	size_t n = from_facts ? r->facts.facts.n : r->index.n, m = 0;
	metric_group *groups = calloc(n ? n : 1, sizeof *groups);
	for (size_t i = 0; groups && i < n; i++) {
		const char *metric, *programme;
		if (from_facts) {
			if (!chartable(&r->facts.facts.items[i]))
				continue;
			metric = r->facts.facts.items[i].key->metric;
			programme = r->facts.facts.items[i].key->programme;
		} else {
			metric = r->index.items[i].metric;
			programme = r->index.items[i].programme;
		}
		bool seen = false;
		for (size_t k = 0; !seen && k < m; k++)
			seen = strcmp(groups[k].metric, metric) == 0 &&
			       report_same_str(groups[k].programme, programme);
		if (!seen)
			groups[m++] =
			        (metric_group){metric, programme, report_metric_rank(r, metric)};
	}
	if (groups)
		qsort(groups, m, sizeof *groups, by_rank);
	*n_out = m;
	return groups;
}

int report_regions_section(report *r)
{
	angka_buf *b = &r->page;
	size_t n_groups = 0;
	metric_group *groups = metric_groups(r, &n_groups, true);
	const angka_fact **facts = calloc(r->facts.facts.n ? r->facts.facts.n : 1, sizeof *facts);
	int ret = ANGKA_OK;
	if (groups == NULL || facts == NULL) {
		ret = angka_error_set(r->err, ANGKA_ENOMEM, "out of memory writing the report");
		goto cleanup;
	}
	angka_buf_printf(b, "<section id=regions>\n<h2>%s</h2>\n<p>%s</p>\n", r->w->regions_h,
	                 r->w->regions_intro);
	angka_buf_printf(b, "<p class=legend><span class=\"key accepted\"></span>%s",
	                 r->w->accepted);
	if (!r->options->curated)
		angka_buf_printf(b, " <span class=\"key pending\"></span>%s", r->w->pending);
	angka_buf_puts(b, "</p>\n");
	if (n_groups == 0)
		angka_buf_printf(b, "<p class=none>%s</p>\n", r->w->no_charts);
	for (size_t g = 0; ret == ANGKA_OK && g < n_groups; g++) {
		size_t n = 0;
		for (size_t i = 0; i < r->facts.facts.n; i++) {
			const angka_fact *fact = &r->facts.facts.items[i];
			if (chartable(fact) && strcmp(fact->key->metric, groups[g].metric) == 0 &&
			    report_same_str(fact->key->programme, groups[g].programme))
				facts[n++] = fact;
		}
		ret = metric_section(r, facts, n);
	}
	angka_buf_puts(b, "</section>\n");
cleanup:
	free(groups);
	free(facts);
	return ret;
}

/* A source family: the site an article comes from (its URL's host, "www."
 * left out), else the file it was read from. */
static void source_family(char *buf, size_t size, const findings_figure *f)
{
	const char *url = f->url;
	if (url == NULL) {
		snprintf(buf, size, "%s", f->source ? f->source : "?");
		return;
	}
	const char *host = strstr(url, "://") + 3;
	if (strncmp(host, "www.", 4) == 0)
		host += 4;
	size_t len = strcspn(host, "/:?#");
	snprintf(buf, size, "%.*s", (int)len, host);
}

/* Whether o is a point of f's series: the same metric, programme and
 * region, for all workers, dated, and from the same source family. */
static bool in_series(const findings_figure *o, const char *o_family, const findings_figure *f,
                      const char *f_family)
{
	return strcmp(o->metric, f->metric) == 0 && report_same_str(o->programme, f->programme) &&
	       report_same_str(o->region, f->region) && o->as_of != NULL &&
	       report_same_str(o->segment, "all") && strcmp(o_family, f_family) == 0;
}

/* Time series: per metric (and programme), one line per region and source
 * family that reports at least two periods; nothing joins values of
 * different families. */
int report_series_section(report *r)
{
	angka_buf *b = &r->page;
	size_t n_groups = 0;
	metric_group *groups = metric_groups(r, &n_groups, false);
	char(*family)[128] = calloc(r->index.n ? r->index.n : 1, sizeof *family);
	int ret = ANGKA_OK;
	size_t drawn = 0;
	if (groups == NULL || family == NULL) {
		ret = angka_error_set(r->err, ANGKA_ENOMEM, "out of memory writing the report");
		goto cleanup;
	}
	for (size_t i = 0; i < r->index.n; i++)
		source_family(family[i], sizeof family[i], &r->index.items[i]);
	angka_buf_printf(b, "<section id=series>\n<h2>%s</h2>\n<p>%s</p>\n", r->w->series_h,
	                 r->w->series_intro);
	for (size_t g = 0; g < n_groups; g++) {
		json_t *points = json_array();
		angka_buf rows = ANGKA_BUF_INIT;
		const char *unit = NULL;
		size_t n_series = 0;
		/* Each (region, family) with two periods or more is a series. */
		for (size_t i = 0; i < r->index.n; i++) {
			const findings_figure *f = &r->index.items[i];
			if (strcmp(f->metric, groups[g].metric) != 0 ||
			    !report_same_str(f->programme, groups[g].programme) ||
			    f->region == NULL || f->as_of == NULL ||
			    !report_same_str(f->segment, "all"))
				continue;
			bool earlier = false;
			size_t periods = 0;
			for (size_t k = 0; k < r->index.n; k++) {
				const findings_figure *o = &r->index.items[k];
				if (!in_series(o, family[k], f, family[i]))
					continue;
				if (k < i)
					earlier = true;
				/* Count distinct periods: the first figure of each. */
				bool dup = false;
				for (size_t j = 0; j < k && !dup; j++)
					dup = in_series(&r->index.items[j], family[j], f,
					                family[i]) &&
					      report_same_str(r->index.items[j].as_of, o->as_of);
				periods += !dup;
			}
			if (earlier || periods < 2)
				continue;
			n_series++;
			unit = f->unit;
			char series[512];
			snprintf(series, sizeof series, "%s · %s", f->region, family[i]);
			for (size_t k = 0; k < r->index.n; k++) {
				const findings_figure *o = &r->index.items[k];
				if (!in_series(o, family[k], f, family[i]))
					continue;
				char date[32], value[64], period[64];
				period_date(date, sizeof date, o->as_of);
				report_format_value(value, sizeof value, o->value, o->unit, r->w);
				report_format_period(period, sizeof period, o->as_of, r->w);
				json_array_append_new(points,
				                      json_pack("{s:s, s:s, s:f, s:s, s:s, s:s}",
				                                "series", series, "date", date,
				                                "value", o->value, "text", value,
				                                "period", period, "status",
				                                report_status_class(o->decision)));
				angka_buf_puts(&rows, "<tr><td>");
				report_html_escape(&rows, series);
				angka_buf_puts(&rows, "</td><td>");
				report_html_escape(&rows, period);
				angka_buf_puts(&rows, "</td><td class=num>");
				report_html_escape(&rows, value);
				angka_buf_printf(&rows, "</td><td>%s</td></tr>\n",
				                 report_status_word(r, o->decision));
			}
		}
		if (n_series > 0) {
			char id[32];
			chart_begin(r, id, sizeof id, "series");
			report_html_escape(b, report_metric_label(r, groups[g].metric));
			report_programme_suffix(b, groups[g].programme);
			chart_table(r, id,
			            (const char *const[4]){r->w->source, r->w->period, r->w->value,
			                                   r->w->status});
			if (rows.len)
				angka_buf_append(b, rows.data, rows.len);
			chart_end(r, id, "series", unit, "points", points);
			points = NULL;
			drawn++;
		}
		if (rows.failed)
			b->failed = true;
		angka_buf_free(&rows);
		json_decref(points);
	}
	if (drawn == 0)
		angka_buf_printf(b, "<p class=none>%s</p>\n", r->w->no_series);
	angka_buf_puts(b, "</section>\n");
cleanup:
	free(family);
	free(groups);
	return ret;
}

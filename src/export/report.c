/* The HTML report (docs/report.md): findings first, then the regions ranked
 * per metric and the time series, in one page that works offline.
 *
 * The C side decides what is shown — which facts, which period, which
 * values are accepted or pending — and writes it twice: as HTML (findings,
 * and a table of values under each chart, readable without a script) and
 * as JSON for the charts. The charts themselves are drawn in the browser
 * by Observable Plot (web/vendor, inlined into the page with the report's
 * own script and style), so no coordinate is placed by hand here. */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "angka/export.h"
#include "angka/reconcile.h"
#include "export/findings.h"
#include "export/sink.h"
#include "util/buf.h"

/* Assets are small; the chart library is the largest (~300 KB). */
#define REPORT_ASSET_LIMIT (4u << 20)

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

static const report_words words_en = {
        .lang = "en",
        .locale = "en-US",
        .title = "Workers' social-security coverage in the press",
        .subtitle = "BPJS Ketenagakerjaan figures read from Indonesian press articles, checked "
                    "against their own numbers and against each other.",
        .generated = "Generated",
        .database = "database",
        .rules = "rules",
        .scope_all = "All figures not rejected: accepted ones and ones still pending review "
                     "are told apart.",
        .scope_curated = "Curated: only the figures a reviewer accepted or corrected.",
        .findings = "Findings",
        .inconsistent_h = "Percentages that do not match their own numbers",
        .conflicts_h = "Sources that disagree",
        .no_inconsistent = "Every percentage that could be checked matches the numbers its "
                           "article gives.",
        .no_conflicts = "No two sources give different values for the same region, metric "
                        "and period.",
        .reported = "reported",
        .computed = "the article's own numbers give",
        .off_by = "off by",
        .points = "points",
        .persons = "persons",
        .audit_checked = "percentages checked against the numbers in their article",
        .audit_consistent = "consistent",
        .audit_truncated = "truncated rather than rounded",
        .audit_inconsistent = "inconsistent",
        .audit_unverifiable = "that cannot be checked (the article does not give the numbers; "
                              "<code>angka audit</code> lists them)",
        .accepted = "accepted",
        .corrected = "corrected",
        .pending = "pending review",
        .sources_disagree = "sources disagree",
        .regions_h = "Regions, latest period",
        .regions_intro = "Per metric, each region's latest figure, ranked: provinces first, "
                         "then the regencies and cities of each province. Figures for all "
                         "workers (segment <i>all</i>).",
        .provinces = "Provinces",
        .regencies_prefix = "Regencies and cities of ",
        .nationally = "Indonesia and groupings",
        .series_h = "Over time",
        .series_intro = "Only where one source family (one site) reports several periods for "
                        "the same region: values from different sites are not joined into a "
                        "line.",
        .no_series = "No site reports the same region and metric for several periods yet.",
        .values = "Values",
        .region = "region",
        .value = "value",
        .period = "period",
        .status = "status",
        .source = "source",
        .no_charts = "No figures for regions yet.",
        .months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                   "Dec"},
        .figures_from = "figures from",
        .articles_colon = "articles",
        .rejected_left_out = "rejected (left out)",
        .how_h = "How to read this report",
        .how = "A percentage is checked with the precision it was written with: “46.2” stands "
               "for anything from 46.15 to 46.25. Two sources agree when their values agree "
               "at the precision each was written with. A corrected figure counts with the "
               "value the reviewer gave. Figures of superseded versions of an article are "
               "left out.",
        .million = "million",
        .billion = "billion",
        .trillion = "trillion",
        .currency = "IDR",
        .group = ',',
        .decimal = '.',
};

static const report_words words_id = {
        .lang = "id",
        .locale = "id-ID",
        .title = "Cakupan jaminan sosial ketenagakerjaan dalam pemberitaan",
        .subtitle = "Angka BPJS Ketenagakerjaan dari berita berbahasa Indonesia, diperiksa "
                    "terhadap angka artikelnya sendiri dan terhadap sumber lain.",
        .generated = "Dibuat",
        .database = "basis data",
        .rules = "aturan",
        .scope_all = "Semua angka yang tidak ditolak: yang sudah diterima dan yang masih "
                     "menunggu tinjauan dibedakan.",
        .scope_curated = "Terkurasi: hanya angka yang diterima atau dikoreksi peninjau.",
        .findings = "Temuan",
        .inconsistent_h = "Persentase yang tidak cocok dengan angkanya sendiri",
        .conflicts_h = "Sumber yang berbeda",
        .no_inconsistent = "Setiap persentase yang dapat diperiksa cocok dengan angka di "
                           "artikelnya.",
        .no_conflicts = "Tidak ada dua sumber yang memberi nilai berbeda untuk wilayah, "
                        "metrik dan periode yang sama.",
        .reported = "dilaporkan",
        .computed = "angka artikel itu sendiri memberi",
        .off_by = "selisih",
        .points = "poin",
        .persons = "orang",
        .audit_checked = "persentase diperiksa terhadap angka di artikelnya",
        .audit_consistent = "sesuai",
        .audit_truncated = "dipotong alih-alih dibulatkan",
        .audit_inconsistent = "tidak sesuai",
        .audit_unverifiable = "tidak dapat diperiksa (artikel tidak memberi angkanya; "
                              "<code>angka audit</code> mendaftarnya)",
        .accepted = "diterima",
        .corrected = "dikoreksi",
        .pending = "menunggu tinjauan",
        .sources_disagree = "sumber berbeda",
        .regions_h = "Wilayah, periode terakhir",
        .regions_intro = "Per metrik, angka terakhir tiap wilayah, diurutkan: provinsi dahulu, "
                         "lalu kabupaten dan kota tiap provinsi. Angka untuk semua pekerja "
                         "(segmen <i>all</i>).",
        .provinces = "Provinsi",
        .regencies_prefix = "Kabupaten dan kota di ",
        .nationally = "Indonesia dan kelompok wilayah",
        .series_h = "Dari waktu ke waktu",
        .series_intro = "Hanya bila satu sumber (satu situs) melaporkan beberapa periode untuk "
                        "wilayah yang sama: nilai dari situs berbeda tidak disambung menjadi "
                        "garis.",
        .no_series = "Belum ada situs yang melaporkan wilayah dan metrik yang sama untuk "
                     "beberapa periode.",
        .values = "Nilai",
        .region = "wilayah",
        .value = "nilai",
        .period = "periode",
        .status = "status",
        .source = "sumber",
        .no_charts = "Belum ada angka untuk wilayah.",
        .months = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                   "Des"},
        .figures_from = "angka dari",
        .articles_colon = "artikel",
        .rejected_left_out = "ditolak (tidak ditampilkan)",
        .how_h = "Cara membaca laporan ini",
        .how = "Persentase diperiksa dengan ketelitian penulisannya: “46,2” berarti antara "
               "46,15 dan 46,25. Dua sumber sepakat bila nilainya sama pada ketelitian "
               "penulisan masing-masing. Angka yang dikoreksi dihitung dengan nilai dari "
               "peninjau. Angka dari versi artikel yang sudah diganti tidak dihitung.",
        .million = "juta",
        .billion = "miliar",
        .trillion = "triliun",
        .currency = "Rp",
        .group = '.',
        .decimal = ',',
};

/* ---- formatting ---------------------------------------------------------- */

static void html_escape(angka_buf *b, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': angka_buf_puts(b, "&amp;"); break;
		case '<': angka_buf_puts(b, "&lt;"); break;
		case '>': angka_buf_puts(b, "&gt;"); break;
		case '"': angka_buf_puts(b, "&quot;"); break;
		case '\'': angka_buf_puts(b, "&#39;"); break;
		default: angka_buf_putc(b, *s);
		}
	}
}

/* A number with at most max_decimals decimals (trailing zeros dropped),
 * thousands grouped, in the page's style: 1,009,250.5 or 1.009.250,5. */
static void format_number(char *buf, size_t size, double v, int max_decimals, const report_words *w)
{
	char digits[64];
	snprintf(digits, sizeof digits, "%.*f", max_decimals, fabs(v));
	char *point = strchr(digits, '.');
	size_t int_len = point ? (size_t)(point - digits) : strlen(digits);
	if (point) {
		char *end = point + strlen(point) - 1;
		while (end > point && *end == '0')
			*end-- = '\0';
		if (end == point)
			*point = '\0';
	}
	size_t o = 0;
	if (v < 0 && o + 1 < size)
		buf[o++] = '-';
	for (size_t i = 0; i < int_len && o + 2 < size; i++) {
		if (i > 0 && (int_len - i) % 3 == 0)
			buf[o++] = w->group;
		buf[o++] = digits[i];
	}
	if (point && point[1] != '\0' && o + 1 < size) {
		buf[o++] = w->decimal;
		for (const char *p = point + 1; *p && o + 1 < size; p++)
			buf[o++] = *p;
	}
	buf[o < size ? o : size - 1] = '\0';
}

/* A value as people read it: "46.2%", "1,009,250", "IDR 339 billion";
 * "46,2%", "1.009.250", "Rp 339 miliar". */
static void format_value(char *buf, size_t size, double v, const char *unit, const report_words *w)
{
	char n[40]; /* a number, grouped: room for any figure, and for what goes around it */
	if (isnan(v)) {
		snprintf(buf, size, "–");
	} else if (unit && strcmp(unit, "percent") == 0) {
		format_number(n, sizeof n, v, 2, w);
		snprintf(buf, size, "%s%%", n);
	} else if (unit && strcmp(unit, "IDR") == 0) {
		const char *scale = NULL;
		double shown = v;
		if (fabs(v) >= 1e12)
			shown = v / 1e12, scale = w->trillion;
		else if (fabs(v) >= 1e9)
			shown = v / 1e9, scale = w->billion;
		else if (fabs(v) >= 1e6)
			shown = v / 1e6, scale = w->million;
		format_number(n, sizeof n, shown, 2, w);
		snprintf(buf, size, "%s %s%s%s", w->currency, n, scale ? " " : "",
		         scale ? scale : "");
	} else {
		format_number(n, sizeof n, v, 2, w);
		snprintf(buf, size, "%s", n);
	}
}

/* "2024", "Mar 2025", "12 Aug 2024"; "–" when there is no period. */
static void format_period(char *buf, size_t size, const char *as_of, const report_words *w)
{
	int y = 0, m = 0, d = 0;
	int n = as_of ? sscanf(as_of, "%4d-%2d-%2d", &y, &m, &d) : 0;
	if (n >= 2 && (m < 1 || m > 12))
		n = 1;
	if (n == 3)
		snprintf(buf, size, "%d %s %d", d, w->months[m - 1], y);
	else if (n == 2)
		snprintf(buf, size, "%s %d", w->months[m - 1], y);
	else if (n == 1)
		snprintf(buf, size, "%d", y);
	else
		snprintf(buf, size, "–");
}

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

/* A sentence, escaped, with each of marks (may repeat, may be absent)
 * wrapped in <mark>. */
static void sentence_marked(angka_buf *b, const char *sentence, json_t *marks)
{
	const char *p = sentence;
	while (p && *p) {
		const char *best = NULL;
		size_t best_len = 0, i;
		json_t *m;
		json_array_foreach(marks, i, m)
		{
			const char *t = json_string_value(m);
			if (t == NULL || *t == '\0')
				continue;
			const char *hit = strstr(p, t);
			if (hit &&
			    (best == NULL || hit < best || (hit == best && strlen(t) > best_len))) {
				best = hit;
				best_len = strlen(t);
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

static const char *or_default(const char *s, const char *fallback)
{
	return s ? s : fallback;
}

/* A JSON number, NaN for null or anything else. */
static double json_num(const json_t *v)
{
	return json_is_number(v) ? json_number_value(v) : NAN;
}

static const char *json_str(const json_t *object, const char *key)
{
	return json_string_value(json_object_get(object, key));
}

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

static int count_decision(const angka_stored_figure *sf, void *ctx)
{
	report *r = ctx;
	if (sf->decision == NULL)
		r->pending++;
	else if (strcmp(sf->decision, "accept") == 0)
		r->accepted++;
	else if (strcmp(sf->decision, "correct") == 0)
		r->corrected++;
	else
		r->rejected++;
	return ANGKA_OK;
}

static int load_asset(char **out, const report *r, const char *name)
{
	char path[4096];
	int n = snprintf(path, sizeof path, "%s/%s", r->options->web_dir, name);
	if (n < 0 || (size_t)n >= sizeof path)
		return angka_error_set(r->err, ANGKA_EINVAL, "%s/%s: path too long",
		                       r->options->web_dir, name);
	int ret = angka_read_file(out, NULL, path, REPORT_ASSET_LIMIT, r->err);
	if (ret != ANGKA_OK)
		return angka_error_prefix(r->err, "the report's assets: ");
	/* Inlined into <script> or <style>: it must not close the element. */
	for (const char *p = *out; (p = strchr(p, '<')) != NULL; p++)
		if (strncasecmp(p, "</script", 8) == 0 || strncasecmp(p, "</style", 7) == 0) {
			free(*out);
			*out = NULL;
			return angka_error_set(r->err, ANGKA_EPARSE,
			                       "%s: closes its element, cannot be inlined", path);
		}
	return ANGKA_OK;
}

/* The metrics' labels and order are the domains' (metrics.tsv). */
static int load_labels(report *r)
{
	r->labels = export_metric_labels(r->options->domains, r->options->n_domains);
	return r->labels
	               ? ANGKA_OK
	               : angka_error_set(r->err, ANGKA_ENOMEM, "out of memory writing the report");
}

/* The provinces' names from the gazetteer (code, name, level, parent). */
static int load_provinces(report *r)
{
	r->provinces = json_object();
	if (r->provinces == NULL)
		return angka_error_set(r->err, ANGKA_ENOMEM, "out of memory");
	if (r->options->regions_path == NULL)
		return ANGKA_OK;
	char *text = NULL;
	int ret = angka_read_file(&text, NULL, r->options->regions_path, 16u << 20, r->err);
	if (ret != ANGKA_OK)
		return ret;
	for (char *line = text, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		char *fields[4] = {line, NULL, NULL, NULL};
		for (int i = 1; i < 4 && fields[i - 1]; i++) {
			char *tab = strchr(fields[i - 1], '\t');
			if (tab)
				*tab = '\0', fields[i] = tab + 1;
		}
		if (line[0] != '#' && fields[2] && strcmp(fields[2], "province") == 0)
			json_object_set_new(r->provinces, fields[0], json_string(fields[1]));
	}
	free(text);
	return ANGKA_OK;
}

static const char *metric_label(const report *r, const char *metric)
{
	size_t i;
	json_t *m;
	json_array_foreach(r->labels, i, m)
	{
		if (strcmp(or_default(json_str(m, "metric"), ""), metric) == 0) {
			const char *label = json_string_value(json_object_get(m, r->w->lang));
			return label ? label : metric;
		}
	}
	return metric;
}

/* A metric's rank in metrics.json, unknown ones after the known ones. */
static size_t metric_rank(const report *r, const char *metric)
{
	size_t i;
	json_t *m;
	json_array_foreach(r->labels, i, m)
	{
		if (strcmp(or_default(json_str(m, "metric"), ""), metric) == 0)
			return i;
	}
	return json_array_size(r->labels);
}

static const char *status_word(const report *r, const char *decision)
{
	if (decision && strcmp(decision, "accept") == 0)
		return r->w->accepted;
	if (decision && strcmp(decision, "correct") == 0)
		return r->w->corrected;
	return r->w->pending;
}

static const char *status_class(const char *decision)
{
	return decision && (strcmp(decision, "accept") == 0 || strcmp(decision, "correct") == 0)
	               ? "accepted"
	               : "pending";
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

/* ---- findings -------------------------------------------------------------- */

static void article_link(angka_buf *b, const report *r, json_t *article, const char *decision,
                         bool show_status)
{
	const char *title = json_string_value(json_object_get(article, "title"));
	const char *url = json_string_value(json_object_get(article, "url"));
	const char *source = json_string_value(json_object_get(article, "source"));
	const char *published = json_string_value(json_object_get(article, "published"));
	angka_buf_puts(b, "<p class=src>");
	if (url) {
		angka_buf_puts(b, "<a href=\"");
		html_escape(b, url);
		angka_buf_puts(b, "\" rel=\"noopener noreferrer\">");
		html_escape(b, title ? title : url);
		angka_buf_puts(b, "</a>");
	} else {
		angka_buf_puts(b, "<cite>");
		html_escape(b, title ? title : source);
		angka_buf_puts(b, "</cite>");
	}
	if (published) {
		char date[64];
		format_period(date, sizeof date, published, r->w);
		angka_buf_printf(b, " · <time datetime=\"%.10s\">", published);
		html_escape(b, date);
		angka_buf_puts(b, "</time>");
	}
	if (show_status)
		angka_buf_printf(b, " · <span class=\"badge %s\">%s</span>", status_class(decision),
		                 status_word(r, decision));
	angka_buf_puts(b, "</p>\n");
}

static void finding_heading(angka_buf *b, const report *r, json_t *f, const char *metric_text)
{
	char period[64];
	format_period(period, sizeof period, json_string_value(json_object_get(f, "as_of")), r->w);
	const char *segment = json_string_value(json_object_get(f, "segment"));
	const char *programme = json_string_value(json_object_get(f, "programme"));
	angka_buf_puts(b, "<h4>");
	html_escape(b, or_default(json_str(f, "region"), "–"));
	angka_buf_puts(b, " · ");
	html_escape(b, metric_text);
	if (programme) {
		angka_buf_puts(b, " (");
		html_escape(b, programme);
		angka_buf_puts(b, ")");
	}
	if (segment && strcmp(segment, "all") != 0) {
		angka_buf_puts(b, " · ");
		html_escape(b, segment);
	}
	angka_buf_puts(b, " · ");
	html_escape(b, period);
	angka_buf_puts(b, "</h4>\n");
}

static void inconsistent_finding(angka_buf *b, const report *r, json_t *f)
{
	const char *metric = json_string_value(json_object_get(f, "metric"));
	bool count = strcmp(or_default(json_str(f, "check"), ""), "count_complement") == 0;
	const char *unit = count ? "persons" : "percent";
	char reported[64] = "", computed[64], delta[64];
	json_t *numbers = json_object_get(f, "numbers"), *n, *percentage = NULL;
	size_t i;
	json_array_foreach(numbers, i, n)
	{
		const char *role = json_string_value(json_object_get(n, "role"));
		if (role && strcmp(role, count ? "complement" : "percentage") == 0)
			percentage = n;
	}
	/* A sum ("coverage_pct+uncovered_pct") names its parts. */
	char metric_text[256];
	const char *plus = metric ? strchr(metric, '+') : NULL;
	if (plus) {
		char first[128];
		snprintf(first, sizeof first, "%.*s", (int)(plus - metric), metric);
		snprintf(metric_text, sizeof metric_text, "%s + %s", metric_label(r, first),
		         metric_label(r, plus + 1));
	} else {
		snprintf(metric_text, sizeof metric_text, "%s",
		         metric_label(r, metric ? metric : ""));
	}
	angka_buf_printf(b, "<article class=\"finding %s\">\n",
	                 json_string_value(json_object_get(f, "verdict")));
	finding_heading(b, r, f, metric_text);
	if (percentage && json_str(percentage, "text"))
		snprintf(reported, sizeof reported, "%s", json_str(percentage, "text"));
	format_value(computed, sizeof computed, json_num(json_object_get(f, "computed")),
	             plus ? "percent" : unit, r->w);
	double d = fabs(json_num(json_object_get(f, "delta")));
	format_number(delta, sizeof delta, d, count ? 0 : 2, r->w);
	/* The numbers as written, in the order the check reads them:
	 * numerator / denominator, or the two parts of a sum. */
	const char *parts[2] = {NULL, NULL};
	json_array_foreach(numbers, i, n)
	{
		const char *role = json_str(n, "role");
		const char *text = json_str(n, "text");
		if (role == NULL || n == percentage)
			continue;
		if (strcmp(role, "numerator") == 0 || (plus && strcmp(role, "complement") == 0))
			parts[0] = text;
		else if (strcmp(role, "denominator") == 0)
			parts[1] = text;
	}
	angka_buf_puts(b, "<p class=claim>");
	if (plus) {
		/* covered % + uncovered % against 100 */
		angka_buf_puts(b, "<b class=reported>");
		html_escape(b, reported[0] ? reported : "–");
		angka_buf_puts(b, "</b> + <b class=reported>");
		html_escape(b, or_default(parts[0], "–"));
		angka_buf_puts(b, "</b> = <b class=computed>");
		html_escape(b, computed);
		angka_buf_puts(b, "</b> ≠ 100%");
	} else if (count) {
		/* participants + uncovered workers against the eligible workers */
		angka_buf_puts(b, "<b class=reported>");
		html_escape(b, or_default(parts[0], "–"));
		angka_buf_puts(b, "</b> + <b class=reported>");
		html_escape(b, reported[0] ? reported : "–");
		angka_buf_puts(b, "</b> = <b class=computed>");
		html_escape(b, computed);
		angka_buf_puts(b, "</b> ≠ ");
		html_escape(b, or_default(parts[1], "–"));
	} else {
		angka_buf_printf(b, "%s <b class=reported>", r->w->reported);
		html_escape(b, reported[0] ? reported : "–");
		angka_buf_printf(b, "</b>; %s ", r->w->computed);
		if (parts[0] && parts[1]) {
			html_escape(b, parts[0]);
			angka_buf_puts(b, " / ");
			html_escape(b, parts[1]);
			angka_buf_puts(b, " = ");
		}
		angka_buf_puts(b, "<b class=computed>");
		html_escape(b, computed);
		angka_buf_puts(b, "</b>");
	}
	if (!isnan(d))
		angka_buf_printf(b, " (%s %s %s)", r->w->off_by, delta,
		                 count ? r->w->persons : r->w->points);
	angka_buf_puts(b, ".</p>\n");
	json_t *e;
	json_array_foreach(json_object_get(f, "evidence"), i, e)
	{
		angka_buf_puts(b, "<blockquote>");
		sentence_marked(b, json_string_value(json_object_get(e, "sentence")),
		                json_object_get(e, "marks"));
		angka_buf_puts(b, "</blockquote>\n");
		/* The decision shown is the percentage's: is the finding itself reviewed? */
		article_link(b, r, json_object_get(e, "article"),
		             percentage ? json_string_value(json_object_get(percentage, "decision"))
		                        : NULL,
		             i == 0 && !r->options->curated);
	}
	angka_buf_puts(b, "</article>\n");
}

static void conflict_finding(angka_buf *b, const report *r, json_t *f)
{
	const char *unit = json_string_value(json_object_get(f, "unit"));
	angka_buf_puts(b, "<article class=\"finding conflict\">\n");
	finding_heading(b, r, f, metric_label(r, json_string_value(json_object_get(f, "metric"))));
	angka_buf_puts(b, "<ul class=values>\n");
	size_t i, k;
	json_t *v, *s;
	json_array_foreach(json_object_get(f, "values"), i, v)
	{
		char value[64];
		format_value(value, sizeof value, json_number_value(json_object_get(v, "value")),
		             unit, r->w);
		angka_buf_puts(b, "<li><b class=value>");
		html_escape(b, value);
		angka_buf_puts(b, "</b>\n");
		json_array_foreach(json_object_get(v, "sources"), k, s)
		{
			json_t *marks = json_pack("[O]", json_object_get(s, "text"));
			angka_buf_puts(b, "<blockquote>");
			sentence_marked(b, json_string_value(json_object_get(s, "sentence")),
			                marks);
			angka_buf_puts(b, "</blockquote>\n");
			json_decref(marks);
			article_link(b, r, json_object_get(s, "article"),
			             json_string_value(json_object_get(s, "decision")),
			             !r->options->curated);
		}
		angka_buf_puts(b, "</li>\n");
	}
	angka_buf_puts(b, "</ul>\n</article>\n");
}

static void findings_section(angka_buf *b, const report *r, json_t *findings)
{
	json_t *audit = json_object_get(findings, "audit");
	json_t *inconsistent = json_object_get(findings, "inconsistent");
	json_t *conflicts = json_object_get(findings, "conflicts");
	size_t i;
	json_t *f;
	angka_buf_printf(b, "<section id=findings>\n<h2>%s</h2>\n", r->w->findings);
	angka_buf_printf(b, "<h3>%s <span class=count>%zu</span></h3>\n", r->w->inconsistent_h,
	                 json_array_size(inconsistent));
	angka_buf_puts(b, "<div id=inconsistent>\n");
	if (json_array_size(inconsistent) == 0)
		angka_buf_printf(b, "<p class=none>%s</p>\n", r->w->no_inconsistent);
	json_array_foreach(inconsistent, i, f) inconsistent_finding(b, r, f);
	angka_buf_puts(b, "</div>\n<p class=audit-summary>");
	angka_buf_printf(b, "%lld %s: %lld %s, %lld %s, %lld %s, %lld %s.",
	                 (long long)json_integer_value(json_object_get(audit, "checks")),
	                 r->w->audit_checked,
	                 (long long)json_integer_value(json_object_get(audit, "consistent")),
	                 r->w->audit_consistent,
	                 (long long)json_integer_value(json_object_get(audit, "truncated")),
	                 r->w->audit_truncated,
	                 (long long)json_integer_value(json_object_get(audit, "inconsistent")),
	                 r->w->audit_inconsistent,
	                 (long long)json_integer_value(json_object_get(audit, "unverifiable")),
	                 r->w->audit_unverifiable);
	angka_buf_puts(b, "</p>\n");
	angka_buf_printf(b, "<h3>%s <span class=count>%zu</span></h3>\n<div id=conflicts>\n",
	                 r->w->conflicts_h, json_array_size(conflicts));
	if (json_array_size(conflicts) == 0)
		angka_buf_printf(b, "<p class=none>%s</p>\n", r->w->no_conflicts);
	json_array_foreach(conflicts, i, f) conflict_finding(b, r, f);
	angka_buf_puts(b, "</div>\n</section>\n");
}

/* ---- the charts -------------------------------------------------------------- */

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
	const char *decision = NULL;
	for (size_t k = 0; k < v->n_figures; k++) {
		const findings_figure *f =
		        findings_index_by_id(&r->index, r->facts.ids[v->figures[k]]);
		if (f && f->decision &&
		    (strcmp(f->decision, "accept") == 0 || strcmp(f->decision, "correct") == 0))
			return f->decision;
	}
	return decision;
}

/* One ranked chart: its figure (caption, plot, table of values) in the
 * page, its rows in the charts' JSON. */
static void rank_chart(report *r, const char *caption, const char *unit, rank_row *rows, size_t n)
{
	angka_buf *b = &r->page;
	char id[32];
	snprintf(id, sizeof id, "chart-%zu", ++r->n_charts);
	qsort(rows, n, sizeof *rows, by_value_desc);
	json_t *data = json_array();
	angka_buf_printf(b, "<figure class=\"chart rank\" id=\"%s\"><figcaption>", id);
	html_escape(b, caption);
	angka_buf_printf(b,
	                 "</figcaption><div class=plot data-chart=\"%s\"></div>\n<details><summary>"
	                 "%s</summary><table class=values><thead><tr><th>%s</th><th>%s</th>"
	                 "<th>%s</th><th>%s</th></tr></thead><tbody>\n",
	                 id, r->w->values, r->w->region, r->w->value, r->w->period, r->w->status);
	for (size_t i = 0; i < n; i++) {
		const angka_figure *key = rows[i].fact->key;
		char value[64], period[64], label[256];
		format_value(value, sizeof value, rows[i].value->value, unit, r->w);
		format_period(period, sizeof period, key->as_of, r->w);
		const char *cls = status_class(rows[i].decision);
		bool conflict = rows[i].fact->status == ANGKA_FACT_CONFLICT;
		angka_buf_printf(b, "<tr class=%s><td>", cls);
		html_escape(b, key->region);
		angka_buf_puts(b, "</td><td class=num>");
		html_escape(b, value);
		angka_buf_puts(b, "</td><td>");
		html_escape(b, period);
		angka_buf_printf(b, "</td><td>%s%s%s</td></tr>\n", status_word(r, rows[i].decision),
		                 conflict ? " · " : "", conflict ? r->w->sources_disagree : "");
		json_array_append_new(
		        data, json_pack("{s:s, s:f, s:s, s:s, s:s, s:b}", "label",
		                        short_region(label, sizeof label, key->region), "value",
		                        rows[i].value->value, "text", value, "period", period,
		                        "status", cls, "conflict", conflict));
	}
	angka_buf_puts(b, "</tbody></table></details></figure>\n");
	json_array_append_new(r->charts, json_pack("{s:s, s:s, s:s, s:o}", "id", id, "kind", "rank",
	                                           "unit", unit ? unit : "", "rows", data));
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
	html_escape(b, key->metric);
	angka_buf_puts(b, "\"><h3>");
	html_escape(b, metric_label(r, key->metric));
	if (key->programme) {
		angka_buf_puts(b, " (");
		html_escape(b, key->programme);
		angka_buf_puts(b, ")");
	}
	angka_buf_puts(b, "</h3>\n");
	/* The country and groupings (no code): a line, not bars among provinces. */
	bool first = true;
	for (size_t i = 0; i < n_rows; i++) {
		if (rows[i].fact->key->region_code != NULL)
			continue;
		char value[64], period[64];
		format_value(value, sizeof value, rows[i].value->value, unit, r->w);
		format_period(period, sizeof period, rows[i].fact->key->as_of, r->w);
		if (first)
			angka_buf_printf(b, "<p class=national>%s: ", r->w->nationally);
		angka_buf_printf(b, "%s<span class=\"%s\">", first ? "" : "; ",
		                 status_class(rows[i].decision));
		html_escape(b, rows[i].fact->key->region);
		angka_buf_puts(b, " <b>");
		html_escape(b, value);
		angka_buf_puts(b, "</b> (");
		html_escape(b, period);
		angka_buf_printf(b, ", %s)</span>", status_word(r, rows[i].decision));
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

static bool same_str(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
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
			       same_str(groups[k].programme, programme);
		if (!seen)
			groups[m++] = (metric_group){metric, programme, metric_rank(r, metric)};
	}
	if (groups)
		qsort(groups, m, sizeof *groups, by_rank);
	*n_out = m;
	return groups;
}

static int regions_section(report *r)
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
			    same_str(fact->key->programme, groups[g].programme))
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

/* Time series: per metric (and programme), one line per region and source
 * family that reports at least two periods; nothing joins values of
 * different families. */
static int series_section(report *r)
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
			    !same_str(f->programme, groups[g].programme) || f->region == NULL ||
			    f->as_of == NULL || !same_str(f->segment, "all"))
				continue;
			bool earlier = false;
			size_t periods = 0;
			for (size_t k = 0; k < r->index.n; k++) {
				const findings_figure *o = &r->index.items[k];
				if (strcmp(o->metric, f->metric) != 0 ||
				    !same_str(o->programme, f->programme) ||
				    !same_str(o->region, f->region) || o->as_of == NULL ||
				    !same_str(o->segment, "all") ||
				    strcmp(family[k], family[i]) != 0)
					continue;
				if (k < i)
					earlier = true;
				/* Count distinct periods: the first figure of each. */
				bool dup = false;
				for (size_t j = 0; j < k && !dup; j++)
					dup = strcmp(r->index.items[j].metric, f->metric) == 0 &&
					      same_str(r->index.items[j].programme, f->programme) &&
					      same_str(r->index.items[j].region, f->region) &&
					      same_str(r->index.items[j].segment, "all") &&
					      same_str(r->index.items[j].as_of, o->as_of) &&
					      strcmp(family[j], family[k]) == 0;
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
				if (strcmp(o->metric, f->metric) != 0 ||
				    !same_str(o->programme, f->programme) ||
				    !same_str(o->region, f->region) || o->as_of == NULL ||
				    !same_str(o->segment, "all") ||
				    strcmp(family[k], family[i]) != 0)
					continue;
				char date[32], value[64], period[64];
				period_date(date, sizeof date, o->as_of);
				format_value(value, sizeof value, o->value, o->unit, r->w);
				format_period(period, sizeof period, o->as_of, r->w);
				json_array_append_new(
				        points, json_pack("{s:s, s:s, s:f, s:s, s:s, s:s}",
				                          "series", series, "date", date, "value",
				                          o->value, "text", value, "period", period,
				                          "status", status_class(o->decision)));
				angka_buf_puts(&rows, "<tr><td>");
				html_escape(&rows, series);
				angka_buf_puts(&rows, "</td><td>");
				html_escape(&rows, period);
				angka_buf_puts(&rows, "</td><td class=num>");
				html_escape(&rows, value);
				angka_buf_printf(&rows, "</td><td>%s</td></tr>\n",
				                 status_word(r, o->decision));
			}
		}
		if (n_series > 0) {
			char id[32];
			snprintf(id, sizeof id, "chart-%zu", ++r->n_charts);
			angka_buf_printf(b, "<figure class=\"chart series\" id=\"%s\"><figcaption>",
			                 id);
			html_escape(b, metric_label(r, groups[g].metric));
			if (groups[g].programme) {
				angka_buf_puts(b, " (");
				html_escape(b, groups[g].programme);
				angka_buf_puts(b, ")");
			}
			angka_buf_printf(
			        b,
			        "</figcaption><div class=plot data-chart=\"%s\"></div>\n"
			        "<details><summary>%s</summary><table class=values><thead><tr>"
			        "<th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead>"
			        "<tbody>\n",
			        id, r->w->values, r->w->source, r->w->period, r->w->value,
			        r->w->status);
			if (rows.len)
				angka_buf_append(b, rows.data, rows.len);
			angka_buf_puts(b, "</tbody></table></details></figure>\n");
			json_array_append_new(r->charts,
			                      json_pack("{s:s, s:s, s:s, s:O}", "id", id, "kind",
			                                "series", "unit", unit ? unit : "",
			                                "points", points));
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

/* ---- the page ------------------------------------------------------------------- */

/* The rules versions the figures were found with: "9a9b1c2d3e4f" (the
 * first 12 hex digits; more than one when the store mixes them). */
static void rules_versions(angka_buf *b, const report *r)
{
	size_t shown = 0;
	for (size_t i = 0; i < r->index.n; i++) {
		const char *v = r->index.items[i].rules_version;
		bool seen = v == NULL;
		for (size_t k = 0; !seen && k < i; k++)
			seen = same_str(r->index.items[k].rules_version, v);
		if (seen)
			continue;
		angka_buf_puts(b, shown++ ? ", <code title=\"" : "<code title=\"");
		html_escape(b, v);
		angka_buf_puts(b, "\">");
		char short_v[16];
		snprintf(short_v, sizeof short_v, "%.12s", v);
		html_escape(b, short_v);
		angka_buf_puts(b, "</code>");
	}
	if (shown == 0)
		angka_buf_puts(b, "–");
}

static void today(char *buf, size_t size)
{
	time_t now = time(NULL);
	struct tm tm;
	if (gmtime_r(&now, &tm) == NULL || strftime(buf, size, "%Y-%m-%d", &tm) == 0)
		snprintf(buf, size, "–");
}

/* The charts' data as a JSON text safe inside <script>: every '<' written
 * \u003c, so that nothing in it can end the element or open a comment. */
static int charts_json(angka_buf *b, const report *r)
{
	json_t *doc = json_pack("{s:s, s:s, s:b, s:{s:s, s:s, s:s}, s:O}", "lang", r->w->lang,
	                        "locale", r->w->locale, "curated", r->options->curated, "labels",
	                        "accepted", r->w->accepted, "pending", r->w->pending, "conflict",
	                        r->w->sources_disagree, "charts", r->charts);
	char *text = doc ? json_dumps(doc, EXPORT_JSON_FLAGS | JSON_ESCAPE_SLASH) : NULL;
	json_decref(doc);
	if (text == NULL)
		return angka_error_set(r->err, ANGKA_ENOMEM, "out of memory writing the report");
	for (const char *p = text; *p; p++) {
		if (*p == '<')
			angka_buf_puts(b, "\\u003c");
		else
			angka_buf_putc(b, *p);
	}
	free(text);
	return ANGKA_OK;
}

int angka_report_write(FILE *fp, angka_store *store, const angka_report_options *options,
                       angka_error *err)
{
	report r = {.options = options, .err = err, .page = ANGKA_BUF_INIT};
	angka_store_filter filter =
	        options->curated ? ANGKA_STORE_CURATED : ANGKA_STORE_NOT_REJECTED;
	char *css = NULL, *script = NULL, *d3 = NULL, *plot = NULL;
	json_t *findings = NULL;
	int64_t n_articles = 0, n_figures = 0;
	int ret;

	memset(&r.facts, 0, sizeof r.facts);
	if (options->lang != NULL && strcmp(options->lang, "en") != 0 &&
	    strcmp(options->lang, "id") != 0)
		return angka_error_set(err, ANGKA_EINVAL, "unknown language '%s' (en, id)",
		                       options->lang);
	if (options->web_dir == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "the report needs its web assets");
	r.w = options->lang && strcmp(options->lang, "id") == 0 ? &words_id : &words_en;
	r.charts = json_array();
	if (r.charts == NULL) {
		ret = angka_error_set(err, ANGKA_ENOMEM, "out of memory writing the report");
		goto cleanup;
	}
	if ((ret = load_labels(&r)) != ANGKA_OK || (ret = load_provinces(&r)) != ANGKA_OK ||
	    (ret = load_asset(&css, &r, "report/report.css")) != ANGKA_OK ||
	    (ret = load_asset(&script, &r, "report/report.js")) != ANGKA_OK ||
	    (ret = load_asset(&d3, &r, "vendor/d3/d3.min.js")) != ANGKA_OK ||
	    (ret = load_asset(&plot, &r, "vendor/plot/plot.umd.min.js")) != ANGKA_OK)
		goto cleanup;
	if ((ret = angka_store_count(store, &n_articles, &n_figures, err)) != ANGKA_OK ||
	    (ret = angka_store_each_stored_figure(store, ANGKA_STORE_ALL, count_decision, &r,
	                                          err)) != ANGKA_OK ||
	    (ret = findings_index_build(&r.index, store, filter, err)) != ANGKA_OK ||
	    (ret = angka_reconcile_store_filtered(&r.facts, store, filter, err)) != ANGKA_OK ||
	    (ret = findings_build(&findings, store, filter, options->domains, options->n_domains,
	                          &r.index, &r.facts, err)) != ANGKA_OK)
		goto cleanup;

	angka_buf *b = &r.page;
	char generated[32];
	if (options->generated_at)
		snprintf(generated, sizeof generated, "%.10s", options->generated_at);
	else
		today(generated, sizeof generated);
	angka_buf_printf(b,
	                 "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">\n"
	                 "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
	                 "<meta name=\"generator\" content=\"angka\">\n<title>",
	                 r.w->lang);
	html_escape(b, r.w->title);
	angka_buf_printf(b, "</title>\n<style>\n%s</style>\n</head>\n<body%s>\n<header>\n<h1>", css,
	                 options->curated ? " class=curated" : "");
	html_escape(b, r.w->title);
	angka_buf_printf(b, "</h1>\n<p class=subtitle>%s</p>\n<p class=meta>%s <time id=generated>",
	                 r.w->subtitle, r.w->generated);
	html_escape(b, generated);
	angka_buf_printf(b, "</time> · %s <code id=database>", r.w->database);
	html_escape(b, options->database ? options->database : "–");
	angka_buf_printf(b, "</code> · %s <span id=rules-version>", r.w->rules);
	rules_versions(b, &r);
	angka_buf_puts(b, "</span></p>\n<p class=counts id=counts>");
	angka_buf_printf(b, "%lld %s %lld %s: %zu %s, %zu %s, %zu %s, %zu %s.",
	                 (long long)n_figures, r.w->figures_from, (long long)n_articles,
	                 r.w->articles_colon, r.accepted, r.w->accepted, r.corrected,
	                 r.w->corrected, r.pending, r.w->pending, r.rejected,
	                 r.w->rejected_left_out);
	angka_buf_printf(b, "</p>\n<p class=\"scope %s\" id=scope>%s</p>\n</header>\n<main>\n",
	                 options->curated ? "curated" : "all",
	                 options->curated ? r.w->scope_curated : r.w->scope_all);
	findings_section(b, &r, findings);
	if ((ret = regions_section(&r)) != ANGKA_OK || (ret = series_section(&r)) != ANGKA_OK)
		goto cleanup;
	angka_buf_printf(b, "<section id=how>\n<h2>%s</h2>\n<p>%s</p>\n</section>\n</main>\n",
	                 r.w->how_h, r.w->how);
	angka_buf_puts(b, "<footer><p>angka " ANGKA_VERSION " · Observable Plot, D3 (ISC)</p>"
	                  "</footer>\n<script type=\"application/json\" id=report-data>");
	if ((ret = charts_json(b, &r)) != ANGKA_OK)
		goto cleanup;
	angka_buf_printf(b,
	                 "</script>\n<script>%s</script>\n<script>%s</script>\n<script>%s"
	                 "</script>\n</body></html>\n",
	                 d3, plot, script);
	if (b->failed) {
		ret = angka_error_set(err, ANGKA_ENOMEM, "out of memory writing the report");
		goto cleanup;
	}
	if (fwrite(b->data, 1, b->len, fp) != b->len || fflush(fp) != 0) {
		ret = angka_error_set(err, ANGKA_EIO, "error writing the report");
		goto cleanup;
	}
cleanup:
	free(css);
	free(script);
	free(d3);
	free(plot);
	json_decref(findings);
	json_decref(r.labels);
	json_decref(r.provinces);
	json_decref(r.charts);
	findings_index_free(&r.index);
	angka_fact_set_free(&r.facts);
	angka_buf_free(&r.page);
	return ret;
}

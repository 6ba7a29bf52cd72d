/* The HTML report (docs/report.md): findings first, then the regions ranked
 * per metric and the time series, in one page that works offline.
 *
 * The C side decides what is shown — which facts, which period, which
 * values are accepted or pending — and writes it twice: as HTML (findings,
 * and a table of values under each chart, readable without a script) and
 * as JSON for the charts. The charts themselves are drawn in the browser
 * by Observable Plot (web/vendor, inlined into the page with the report's
 * own script and style), so no coordinate is placed by hand here. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "angka/export.h"
#include "export/report_internal.h"
#include "util/buf.h"

/* Assets are small; the chart library is the largest (~300 KB). */
#define REPORT_ASSET_LIMIT (4u << 20)

/* ---- words of the page, in English and Indonesian ---------------------- */

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

void report_html_escape(angka_buf *b, const char *s)
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

void report_format_number(char *buf, size_t size, double v, int max_decimals, const report_words *w)
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

void report_format_value(char *buf, size_t size, double v, const char *unit, const report_words *w)
{
	char n[40]; /* a number, grouped: room for any figure, and for what goes around it */
	if (isnan(v)) {
		snprintf(buf, size, "–");
	} else if (unit && strcmp(unit, "percent") == 0) {
		report_format_number(n, sizeof n, v, 2, w);
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
		report_format_number(n, sizeof n, shown, 2, w);
		snprintf(buf, size, "%s %s%s%s", w->currency, n, scale ? " " : "",
		         scale ? scale : "");
	} else {
		report_format_number(n, sizeof n, v, 2, w);
		snprintf(buf, size, "%s", n);
	}
}

void report_format_period(char *buf, size_t size, const char *as_of, const report_words *w)
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

const char *report_or_default(const char *s, const char *fallback)
{
	return s ? s : fallback;
}

const char *report_json_str(const json_t *object, const char *key)
{
	return json_string_value(json_object_get(object, key));
}

bool report_same_str(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* ---- what the page needs to know ------------------------------------------ */

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

/* A metric's rank in the domains' metrics.tsv, unknown ones after the
 * known ones: the order of the charts, and where its label is. */
size_t report_metric_rank(const report *r, const char *metric)
{
	size_t i;
	json_t *m;
	json_array_foreach(r->labels, i, m)
	{
		if (strcmp(report_or_default(report_json_str(m, "metric"), ""), metric) == 0)
			return i;
	}
	return json_array_size(r->labels);
}

const char *report_metric_label(const report *r, const char *metric)
{
	json_t *m = json_array_get(r->labels, report_metric_rank(r, metric));
	const char *label = json_string_value(json_object_get(m, r->w->lang));
	return label ? label : metric;
}

const char *report_status_word(const report *r, const char *decision)
{
	if (decision && strcmp(decision, "accept") == 0)
		return r->w->accepted;
	if (decision && strcmp(decision, "correct") == 0)
		return r->w->corrected;
	return r->w->pending;
}

bool report_is_reviewed(const char *decision)
{
	return decision && (strcmp(decision, "accept") == 0 || strcmp(decision, "correct") == 0);
}

const char *report_status_class(const char *decision)
{
	return report_is_reviewed(decision) ? "accepted" : "pending";
}

void report_programme_suffix(angka_buf *b, const char *programme)
{
	if (programme) {
		angka_buf_puts(b, " (");
		report_html_escape(b, programme);
		angka_buf_puts(b, ")");
	}
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
			seen = report_same_str(r->index.items[k].rules_version, v);
		if (seen)
			continue;
		angka_buf_puts(b, shown++ ? ", <code title=\"" : "<code title=\"");
		report_html_escape(b, v);
		angka_buf_puts(b, "\">");
		char short_v[16];
		snprintf(short_v, sizeof short_v, "%.12s", v);
		report_html_escape(b, short_v);
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
	report_html_escape(b, r.w->title);
	angka_buf_printf(b, "</title>\n<style>\n%s</style>\n</head>\n<body%s>\n<header>\n<h1>", css,
	                 options->curated ? " class=curated" : "");
	report_html_escape(b, r.w->title);
	angka_buf_printf(b, "</h1>\n<p class=subtitle>%s</p>\n<p class=meta>%s <time id=generated>",
	                 r.w->subtitle, r.w->generated);
	report_html_escape(b, generated);
	angka_buf_printf(b, "</time> · %s <code id=database>", r.w->database);
	report_html_escape(b, options->database ? options->database : "–");
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
	report_findings_section(b, &r, findings);
	if ((ret = report_regions_section(&r)) != ANGKA_OK ||
	    (ret = report_series_section(&r)) != ANGKA_OK)
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

/* The report's findings section (docs/report.md, "Findings"): the
 * percentages that do not match their own numbers and the sources that
 * disagree, each with its sentences and articles, rendered from the
 * findings model (export/findings.h) that the review desk serves as JSON. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export/report_internal.h"

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
			report_html_escape(b, p);
			return;
		}
		char *before = angka_strndup(p, (size_t)(best - p));
		char *marked = angka_strndup(best, best_len);
		report_html_escape(b, before);
		angka_buf_puts(b, "<mark>");
		report_html_escape(b, marked);
		angka_buf_puts(b, "</mark>");
		free(before);
		free(marked);
		p = best + best_len;
	}
}

/* The sentence a finding rests on, its numbers marked. */
static void quote(angka_buf *b, const char *sentence, json_t *marks)
{
	angka_buf_puts(b, "<blockquote>");
	sentence_marked(b, sentence, marks);
	angka_buf_puts(b, "</blockquote>\n");
}

/* A JSON number, NaN for null or anything else. */
static double json_num(const json_t *v)
{
	return json_is_number(v) ? json_number_value(v) : NAN;
}

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
		report_html_escape(b, url);
		angka_buf_puts(b, "\" rel=\"noopener noreferrer\">");
		report_html_escape(b, title ? title : url);
		angka_buf_puts(b, "</a>");
	} else {
		angka_buf_puts(b, "<cite>");
		report_html_escape(b, title ? title : source);
		angka_buf_puts(b, "</cite>");
	}
	if (published) {
		char date[64];
		report_format_period(date, sizeof date, published, r->w);
		angka_buf_printf(b, " · <time datetime=\"%.10s\">", published);
		report_html_escape(b, date);
		angka_buf_puts(b, "</time>");
	}
	if (show_status)
		angka_buf_printf(b, " · <span class=\"badge %s\">%s</span>",
		                 report_status_class(decision), report_status_word(r, decision));
	angka_buf_puts(b, "</p>\n");
}

static void finding_heading(angka_buf *b, const report *r, json_t *f, const char *metric_text)
{
	char period[64];
	report_format_period(period, sizeof period, json_string_value(json_object_get(f, "as_of")),
	                     r->w);
	const char *segment = json_string_value(json_object_get(f, "segment"));
	const char *programme = json_string_value(json_object_get(f, "programme"));
	angka_buf_puts(b, "<h4>");
	report_html_escape(b, report_or_default(report_json_str(f, "region"), "–"));
	angka_buf_puts(b, " · ");
	report_html_escape(b, metric_text);
	report_programme_suffix(b, programme);
	if (segment && strcmp(segment, "all") != 0) {
		angka_buf_puts(b, " · ");
		report_html_escape(b, segment);
	}
	angka_buf_puts(b, " · ");
	report_html_escape(b, period);
	angka_buf_puts(b, "</h4>\n");
}

/* "a + b = sum ≠ ": two numbers an article reports and what they add up
 * to, before what the sum should be (100% or the eligible workers). */
static void claim_sum(angka_buf *b, const char *first, const char *second, const char *sum)
{
	angka_buf_puts(b, "<b class=reported>");
	report_html_escape(b, first);
	angka_buf_puts(b, "</b> + <b class=reported>");
	report_html_escape(b, second);
	angka_buf_puts(b, "</b> = <b class=computed>");
	report_html_escape(b, sum);
	angka_buf_puts(b, "</b> ≠ ");
}

static void inconsistent_finding(angka_buf *b, const report *r, json_t *f)
{
	const char *metric = json_string_value(json_object_get(f, "metric"));
	bool count =
	        strcmp(report_or_default(report_json_str(f, "check"), ""), "count_complement") == 0;
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
		snprintf(metric_text, sizeof metric_text, "%s + %s", report_metric_label(r, first),
		         report_metric_label(r, plus + 1));
	} else {
		snprintf(metric_text, sizeof metric_text, "%s",
		         report_metric_label(r, metric ? metric : ""));
	}
	angka_buf_printf(b, "<article class=\"finding %s\">\n",
	                 json_string_value(json_object_get(f, "verdict")));
	finding_heading(b, r, f, metric_text);
	if (percentage && report_json_str(percentage, "text"))
		snprintf(reported, sizeof reported, "%s", report_json_str(percentage, "text"));
	report_format_value(computed, sizeof computed, json_num(json_object_get(f, "computed")),
	                    plus ? "percent" : unit, r->w);
	double d = fabs(json_num(json_object_get(f, "delta")));
	report_format_number(delta, sizeof delta, d, count ? 0 : 2, r->w);
	/* The numbers as written, in the order the check reads them:
	 * numerator / denominator, or the two parts of a sum. */
	const char *parts[2] = {NULL, NULL};
	json_array_foreach(numbers, i, n)
	{
		const char *role = report_json_str(n, "role");
		const char *text = report_json_str(n, "text");
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
		claim_sum(b, reported[0] ? reported : "–", report_or_default(parts[0], "–"),
		          computed);
		angka_buf_puts(b, "100%");
	} else if (count) {
		/* participants + uncovered workers against the eligible workers */
		claim_sum(b, report_or_default(parts[0], "–"), reported[0] ? reported : "–",
		          computed);
		report_html_escape(b, report_or_default(parts[1], "–"));
	} else {
		angka_buf_printf(b, "%s <b class=reported>", r->w->reported);
		report_html_escape(b, reported[0] ? reported : "–");
		angka_buf_printf(b, "</b>; %s ", r->w->computed);
		if (parts[0] && parts[1]) {
			report_html_escape(b, parts[0]);
			angka_buf_puts(b, " / ");
			report_html_escape(b, parts[1]);
			angka_buf_puts(b, " = ");
		}
		angka_buf_puts(b, "<b class=computed>");
		report_html_escape(b, computed);
		angka_buf_puts(b, "</b>");
	}
	if (!isnan(d))
		angka_buf_printf(b, " (%s %s %s)", r->w->off_by, delta,
		                 count ? r->w->persons : r->w->points);
	angka_buf_puts(b, ".</p>\n");
	json_t *e;
	json_array_foreach(json_object_get(f, "evidence"), i, e)
	{
		quote(b, json_string_value(json_object_get(e, "sentence")),
		      json_object_get(e, "marks"));
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
	finding_heading(b, r, f,
	                report_metric_label(r, json_string_value(json_object_get(f, "metric"))));
	angka_buf_puts(b, "<ul class=values>\n");
	size_t i, k;
	json_t *v, *s;
	json_array_foreach(json_object_get(f, "values"), i, v)
	{
		char value[64];
		report_format_value(value, sizeof value,
		                    json_number_value(json_object_get(v, "value")), unit, r->w);
		angka_buf_puts(b, "<li><b class=value>");
		report_html_escape(b, value);
		angka_buf_puts(b, "</b>\n");
		json_array_foreach(json_object_get(v, "sources"), k, s)
		{
			json_t *marks = json_pack("[O]", json_object_get(s, "text"));
			quote(b, json_string_value(json_object_get(s, "sentence")), marks);
			json_decref(marks);
			article_link(b, r, json_object_get(s, "article"),
			             json_string_value(json_object_get(s, "decision")),
			             !r->options->curated);
		}
		angka_buf_puts(b, "</li>\n");
	}
	angka_buf_puts(b, "</ul>\n</article>\n");
}

void report_findings_section(angka_buf *b, const report *r, json_t *findings)
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

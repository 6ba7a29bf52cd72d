/* The audit over the store, and its records for people and programs
 * (docs/audit.md). */
#include <csv.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"
#include "export/sink.h"
#include "util/buf.h"

/* ---- auditing the store ------------------------------------------------ */

typedef struct audit_walk {
	angka_domain *const *domains;
	size_t n_domains;
	angka_audit_check_fn visit;
	void *ctx;
	int64_t article_id;
	angka_figure_list figures;
	angka_error *err;
} audit_walk;

static int audit_article(audit_walk *w)
{
	angka_audit_list checks = {NULL, 0};
	int ret = angka_audit_figures(&checks, &w->figures, w->domains, w->n_domains, w->err);
	for (size_t i = 0; ret == ANGKA_OK && i < checks.n; i++)
		ret = w->visit(&checks.items[i], w->ctx);
	angka_audit_list_free(&checks);
	angka_figure_list_free(&w->figures);
	w->figures = (angka_figure_list)ANGKA_FIGURE_LIST_INIT;
	return ret;
}

/* Figures arrive in article order; an article is audited when the next
 * one starts, so only one article's figures are held at a time. */
static int collect_figure(const angka_stored_figure *sf, void *ctx)
{
	audit_walk *w = ctx;
	int ret;
	if (sf->article_id != w->article_id && w->figures.n > 0 &&
	    (ret = audit_article(w)) != ANGKA_OK)
		return ret;
	w->article_id = sf->article_id;
	if (angka_figure_list_push(&w->figures, &sf->figure) != ANGKA_OK)
		return angka_error_set(w->err, ANGKA_ENOMEM, "out of memory auditing");
	if (sf->decision != NULL && strcmp(sf->decision, "correct") == 0) {
		/* The correction is what the article says; it stands for the
		 * interval of the precision it was given with. */
		angka_figure *f = &w->figures.items[w->figures.n - 1];
		f->value = sf->corrected_value;
		f->decimals = sf->corrected_decimals;
		f->low = f->high = NAN;
	}
	return ANGKA_OK;
}

int angka_audit_store(angka_store *store, angka_domain *const *domains, size_t n_domains,
                      angka_audit_check_fn visit, void *ctx, angka_error *err)
{
	return angka_audit_store_filtered(store, ANGKA_STORE_NOT_REJECTED, domains, n_domains,
	                                  visit, ctx, err);
}

int angka_audit_store_filtered(angka_store *store, angka_store_filter filter,
                               angka_domain *const *domains, size_t n_domains,
                               angka_audit_check_fn visit, void *ctx, angka_error *err)
{
	audit_walk w = {domains, n_domains, visit, ctx, -1, ANGKA_FIGURE_LIST_INIT, err};
	if (filter != ANGKA_STORE_NOT_REJECTED && filter != ANGKA_STORE_CURATED)
		return angka_error_set(err, ANGKA_EINVAL,
		                       "audit: only the figures not rejected, or the curated ones, "
		                       "are audited");
	/* The context figures too: the totals, shares and rates an article
	 * gives that are no figures of the dataset are what some checks need. */
	angka_figure_selection sel = {.filter = filter, .with_context = true};
	int ret = angka_store_each_selected(store, &sel, collect_figure, &w, err);
	if (ret == ANGKA_OK && w.figures.n > 0)
		ret = audit_article(&w);
	angka_figure_list_free(&w.figures);
	return ret;
}

/* ---- the record ---------------------------------------------------------- */

static double round_to(double x, int decimals)
{
	double scale = pow(10.0, decimals);
	return round(x * scale) / scale;
}

static bool is_count_metric(const char *metric)
{
	return metric && strstr(metric, "_pct") == NULL;
}

static const angka_figure *any_figure(const angka_audit_check *c)
{
	const angka_audit_number *numbers[] = {&c->percentage, &c->numerator, &c->denominator,
	                                       &c->complement};
	for (size_t i = 0; i < 4; i++) {
		if (numbers[i]->figure)
			return numbers[i]->figure;
		if (numbers[i]->parts[0])
			return numbers[i]->parts[0];
	}
	return NULL;
}

static json_t *number_json(const angka_audit_number *n)
{
	if (!n->present)
		return json_null();
	json_t *o = json_object();
	if (o == NULL)
		return NULL;
	int failed = 0;
	const angka_figure *f = n->figure;
	if (f != NULL) {
		failed |= json_object_set_new(o, "metric", export_json_string(f->metric));
		failed |= json_object_set_new(o, "value", export_json_number(n->value));
		failed |= json_object_set_new(o, "text", export_json_string(f->text));
	} else {
		char metric[96];
		snprintf(metric, sizeof metric, "%s+%s", n->parts[0]->metric, n->parts[1]->metric);
		failed |= json_object_set_new(o, "metric", json_string(metric));
		failed |= json_object_set_new(o, "value", export_json_number(n->value));
		failed |= json_object_set_new(o, "text", json_null());
		json_t *from = json_array();
		failed |= json_object_set_new(o, "derived_from", from);
		for (size_t i = 0; i < 2 && from; i++)
			failed |=
			        json_array_append_new(from, export_json_string(n->parts[i]->text));
	}
	failed |= json_object_set_new(o, "decimals", json_integer(n->decimals));
	failed |= json_object_set_new(o, "low", export_json_number(n->low));
	failed |= json_object_set_new(o, "high", export_json_number(n->high));
	if (failed) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* The distinct sentences the check's figures come from, in text order of
 * the check's roles. */
static size_t evidence(const angka_audit_check *c, const char *out[6])
{
	const angka_audit_number *numbers[] = {&c->percentage, &c->numerator, &c->denominator,
	                                       &c->complement};
	size_t n = 0;
	for (size_t i = 0; i < 4; i++) {
		const angka_figure *figs[3] = {numbers[i]->figure, numbers[i]->parts[0],
		                               numbers[i]->parts[1]};
		for (size_t k = 0; k < 3; k++) {
			if (figs[k] == NULL || figs[k]->sentence == NULL)
				continue;
			bool seen = false;
			for (size_t j = 0; j < n; j++)
				seen |= strcmp(out[j], figs[k]->sentence) == 0;
			if (!seen && n < 6)
				out[n++] = figs[k]->sentence;
		}
	}
	return n;
}

/* Computed values as a reader compares them: percentages and sums of
 * percentages to 4 decimals, counts to whole persons. */
static double shown_computed(const angka_audit_check *c)
{
	return round_to(c->computed, c->kind == ANGKA_AUDIT_COUNT_COMPLEMENT ? 0 : 4);
}

static double shown_implied(const angka_audit_check *c)
{
	return round_to(c->implied, is_count_metric(c->implied_metric) ? 0 : 4);
}

static double shown_delta(const angka_audit_check *c)
{
	return round_to(c->delta, c->kind == ANGKA_AUDIT_COUNT_COMPLEMENT ? 0 : 4);
}

static json_t *check_json(const angka_audit_check *c)
{
	const angka_figure *f = any_figure(c);
	json_t *o = json_object();
	json_t *sentences = json_array();
	if (o == NULL || sentences == NULL) {
		json_decref(o);
		json_decref(sentences);
		return NULL;
	}
	int failed = 0;
	failed |= json_object_set_new(o, "source", export_json_string(f ? f->source : NULL));
	failed |= json_object_set_new(o, "article_title",
	                              export_json_string(f ? f->article_title : NULL));
	failed |= json_object_set_new(o, "published", export_json_string(f ? f->published : NULL));
	failed |= json_object_set_new(o, "region", export_json_string(c->region));
	failed |= json_object_set_new(o, "domain", export_json_string(c->domain));
	failed |= json_object_set_new(o, "segment", export_json_string(c->segment));
	failed |= json_object_set_new(o, "as_of", export_json_string(c->as_of));
	failed |= json_object_set_new(o, "check", json_string(angka_audit_kind_name(c->kind)));
	failed |= json_object_set_new(o, "metric", export_json_string(c->metric));
	failed |= json_object_set_new(o, "percentage", number_json(&c->percentage));
	failed |= json_object_set_new(o, "numerator", number_json(&c->numerator));
	failed |= json_object_set_new(o, "denominator", number_json(&c->denominator));
	failed |= json_object_set_new(o, "complement", number_json(&c->complement));
	failed |= json_object_set_new(o, "computed", export_json_number(shown_computed(c)));
	failed |= json_object_set_new(o, "implied_metric", export_json_string(c->implied_metric));
	failed |= json_object_set_new(o, "implied", export_json_number(shown_implied(c)));
	failed |= json_object_set_new(o, "verdict", json_string(angka_verdict_name(c->verdict)));
	failed |= json_object_set_new(o, "delta", export_json_number(shown_delta(c)));
	failed |= json_object_set_new(o, "delta_unit", json_string(c->delta_unit));
	failed |= json_object_set_new(o, "missing", export_json_string(c->missing));
	const char *ev[6];
	size_t n = evidence(c, ev);
	for (size_t i = 0; i < n; i++)
		failed |= json_array_append_new(sentences, json_string(ev[i]));
	failed |= json_object_set_new(o, "evidence", sentences);
	if (failed) {
		json_decref(o);
		return NULL;
	}
	return o;
}

char *angka_audit_check_to_json(const angka_audit_check *check)
{
	json_t *o = check_json(check);
	if (o == NULL)
		return NULL;
	char *s = json_dumps(o, EXPORT_JSON_FLAGS);
	json_decref(o);
	return s;
}

/* ---- the writer ------------------------------------------------------------ */

struct angka_audit_writer {
	export_sink sink;
	size_t by_verdict[4];
};

static const char *const table_header[] = {"region",   "segment", "as_of", "metric", "reported",
                                           "computed", "verdict", "delta", "note",   "source"};
#define TABLE_WIDTH (sizeof table_header / sizeof table_header[0])

static const char *const csv_header[] = {"source",
                                         "article_title",
                                         "published",
                                         "region",
                                         "domain",
                                         "segment",
                                         "as_of",
                                         "check",
                                         "metric",
                                         "percentage_text",
                                         "percentage",
                                         "percentage_decimals",
                                         "numerator_metric",
                                         "numerator_text",
                                         "numerator",
                                         "numerator_decimals",
                                         "denominator_metric",
                                         "denominator_text",
                                         "denominator",
                                         "denominator_decimals",
                                         "complement_metric",
                                         "complement_text",
                                         "complement",
                                         "complement_decimals",
                                         "computed",
                                         "implied_metric",
                                         "implied",
                                         "verdict",
                                         "delta",
                                         "delta_unit",
                                         "missing",
                                         "evidence"};
#define CSV_WIDTH (sizeof csv_header / sizeof csv_header[0])

int angka_audit_writer_new(angka_audit_writer **out, FILE *fp, angka_format format,
                           angka_error *err)
{
	*out = NULL;
	angka_audit_writer *w = calloc(1, sizeof *w);
	if (w == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	export_sink_init(&w->sink, fp, format, csv_header, CSV_WIDTH, table_header, TABLE_WIDTH);
	*out = w;
	return ANGKA_OK;
}

/* "465.940 / 1.009.250" style text of a number for the table. */
static const char *number_text(const angka_audit_number *n, char *buf, size_t size)
{
	if (!n->present)
		return NULL;
	if (n->figure && n->figure->text)
		return n->figure->text;
	export_format_value(buf, size, n->value);
	return buf;
}

static int table_row(angka_audit_writer *w, const angka_audit_check *c, angka_error *err)
{
	char reported[256], computed[64], delta[64], note[160], tmp[4][64];
	const char *p = number_text(&c->percentage, tmp[0], sizeof tmp[0]);
	const char *n = number_text(&c->numerator, tmp[1], sizeof tmp[1]);
	const char *d = number_text(&c->denominator, tmp[2], sizeof tmp[2]);
	const char *q = number_text(&c->complement, tmp[3], sizeof tmp[3]);
	switch (c->kind) {
	case ANGKA_AUDIT_RATIO:
		snprintf(reported, sizeof reported, "%s = %s / %s", p ? p : "?", n ? n : "?",
		         d ? d : "?");
		break;
	case ANGKA_AUDIT_PCT_COMPLEMENT:
		snprintf(reported, sizeof reported, "%s + %s = 100", p ? p : "?", q ? q : "?");
		break;
	case ANGKA_AUDIT_COUNT_COMPLEMENT:
		snprintf(reported, sizeof reported, "%s + %s = %s", n ? n : "?", q ? q : "?",
		         d ? d : "?");
		break;
	}
	export_format_value(computed, sizeof computed, shown_computed(c));
	delta[0] = '\0';
	if (!isnan(c->delta) && c->verdict != ANGKA_VERDICT_CONSISTENT)
		snprintf(delta, sizeof delta, "%+.*f %s",
		         c->kind == ANGKA_AUDIT_COUNT_COMPLEMENT ? 0 : 2, shown_delta(c),
		         c->delta_unit);
	note[0] = '\0';
	if (c->missing && !isnan(c->implied)) {
		char implied[64];
		export_format_value(implied, sizeof implied, shown_implied(c));
		snprintf(note, sizeof note, "implied %s %s", c->implied_metric, implied);
	} else if (c->missing) {
		snprintf(note, sizeof note, "missing %s", c->missing);
	} else if (c->denominator.present && c->denominator.figure == NULL) {
		snprintf(note, sizeof note, "denominator = %s + %s",
		         c->denominator.parts[0]->metric, c->denominator.parts[1]->metric);
	}
	const angka_figure *f = any_figure(c);
	const char *row[TABLE_WIDTH] = {c->region,
	                                c->segment,
	                                c->as_of,
	                                c->metric,
	                                reported,
	                                computed[0] ? computed : NULL,
	                                angka_verdict_name(c->verdict),
	                                delta[0] ? delta : NULL,
	                                note[0] ? note : NULL,
	                                f ? f->source : NULL};
	return export_sink_table_row(&w->sink, row, err);
}

static void csv_number(export_sink *sink, const angka_audit_number *n)
{
	char value[64], decimals[16];
	const char *metric = NULL;
	char derived[96];
	if (n->present && n->figure) {
		metric = n->figure->metric;
	} else if (n->present) {
		snprintf(derived, sizeof derived, "%s+%s", n->parts[0]->metric,
		         n->parts[1]->metric);
		metric = derived;
	}
	export_format_value(value, sizeof value, n->present ? n->value : NAN);
	snprintf(decimals, sizeof decimals, "%d", n->decimals);
	export_sink_cell(sink, metric);
	export_sink_cell(sink, n->figure ? n->figure->text : NULL);
	export_sink_cell(sink, value);
	export_sink_cell(sink, n->present ? decimals : NULL);
}

static int csv_row(export_sink *sink, const angka_audit_check *c, angka_error *err)
{
	const angka_figure *f = any_figure(c);
	char buf[64];
	export_sink_cell(sink, f ? f->source : NULL);
	export_sink_cell(sink, f ? f->article_title : NULL);
	export_sink_cell(sink, f ? f->published : NULL);
	export_sink_cell(sink, c->region);
	export_sink_cell(sink, c->domain);
	export_sink_cell(sink, c->segment);
	export_sink_cell(sink, c->as_of);
	export_sink_cell(sink, angka_audit_kind_name(c->kind));
	export_sink_cell(sink, c->metric);
	/* The percentage: text, value, decimals (its metric is the record's). */
	const angka_audit_number *p = &c->percentage;
	export_sink_cell(sink, p->figure ? p->figure->text : NULL);
	export_format_value(buf, sizeof buf, p->present ? p->value : NAN);
	export_sink_cell(sink, buf);
	snprintf(buf, sizeof buf, "%d", p->decimals);
	export_sink_cell(sink, p->present ? buf : NULL);
	csv_number(sink, &c->numerator);
	csv_number(sink, &c->denominator);
	csv_number(sink, &c->complement);
	export_format_value(buf, sizeof buf, shown_computed(c));
	export_sink_cell(sink, buf);
	export_sink_cell(sink, c->implied_metric);
	export_format_value(buf, sizeof buf, shown_implied(c));
	export_sink_cell(sink, buf);
	export_sink_cell(sink, angka_verdict_name(c->verdict));
	export_format_value(buf, sizeof buf, shown_delta(c));
	export_sink_cell(sink, buf);
	export_sink_cell(sink, c->delta_unit);
	export_sink_cell(sink, c->missing);
	/* Sentences joined by a newline: a quoted CSV field may hold one. */
	const char *ev[6];
	size_t n = evidence(c, ev);
	angka_buf joined = ANGKA_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			angka_buf_putc(&joined, '\n');
		angka_buf_puts(&joined, ev[i]);
	}
	if (joined.failed) {
		angka_buf_free(&joined);
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory writing the audit");
	}
	export_sink_cell(sink, joined.data);
	angka_buf_free(&joined);
	return export_sink_end_row(sink, err);
}

int angka_audit_writer_check(angka_audit_writer *w, const angka_audit_check *check,
                             angka_error *err)
{
	int rc;
	switch (w->sink.format) {
	case ANGKA_FORMAT_TABLE: rc = table_row(w, check, err); break;
	case ANGKA_FORMAT_CSV: rc = csv_row(&w->sink, check, err); break;
	case ANGKA_FORMAT_JSON:
	case ANGKA_FORMAT_JSONL:
	default: rc = export_sink_json(&w->sink, check_json(check), err); break;
	}
	if (rc == ANGKA_OK && check->verdict <= ANGKA_VERDICT_UNVERIFIABLE)
		w->by_verdict[check->verdict]++;
	return rc;
}

int angka_audit_writer_finish(angka_audit_writer *w, angka_error *err)
{
	export_sink_finish(&w->sink);
	return export_sink_flush(&w->sink, err);
}

void angka_audit_writer_summary(const angka_audit_writer *w, char *buf, size_t size)
{
	snprintf(buf, size,
	         "%zu check%s: %zu consistent, %zu truncated, %zu inconsistent, %zu unverifiable",
	         w->sink.count, w->sink.count == 1 ? "" : "s",
	         w->by_verdict[ANGKA_VERDICT_CONSISTENT], w->by_verdict[ANGKA_VERDICT_TRUNCATED],
	         w->by_verdict[ANGKA_VERDICT_INCONSISTENT],
	         w->by_verdict[ANGKA_VERDICT_UNVERIFIABLE]);
}

void angka_audit_writer_free(angka_audit_writer *w)
{
	if (w == NULL)
		return;
	export_sink_free(&w->sink);
	free(w);
}

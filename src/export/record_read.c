/* Reading a figure record back (angka load): the inverse of the writer's
 * JSON line, with the fields of docs/figure-record.md. */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"
#include "util/buf.h"

/* A string field into *out (NULL for null or absent); false when the
 * field is something else or memory ran out. */
static bool take_string(char **out, json_t *root, const char *key, bool *nomem)
{
	json_t *v = json_object_get(root, key);
	*out = NULL;
	if (v == NULL || json_is_null(v))
		return true;
	if (!json_is_string(v))
		return false;
	if ((*out = angka_strdup(json_string_value(v))) == NULL)
		*nomem = true;
	return !*nomem;
}

static bool take_offset(size_t *out, json_t *root, const char *key)
{
	json_t *v = json_object_get(root, key);
	if (!json_is_integer(v) || json_integer_value(v) < 0)
		return false;
	*out = (size_t)json_integer_value(v);
	return true;
}

/* The precision the audit judges by is not in the record: it is read
 * again from the figure as written ("46,2 persen" is 46.2 to one decimal,
 * [46.15, 46.25)), when that reads as the record's value. */
static void precision_from_text(angka_figure *f)
{
	angka_number n;
	f->decimals = 0;
	f->low = f->high = NAN;
	if (f->text == NULL)
		return;
	const char *s = f->text;
	size_t len = strlen(s);
	if (angka_number_parse(&n, s, len) != ANGKA_OK || n.range)
		return;
	if (fabs(n.value - f->value) > 1e-9 * fmax(1.0, fabs(f->value)))
		return;
	f->decimals = n.decimals;
	f->low = n.low;
	f->high = n.high;
}

int angka_record_parse(angka_figure *out, const char *json, size_t len, angka_error *err)
{
	json_error_t jerr;
	bool nomem = false;
	int rc = ANGKA_OK;
	memset(out, 0, sizeof *out);
	out->low = out->high = NAN;
	json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
	if (root == NULL)
		return angka_error_set(err, ANGKA_EPARSE, "not JSON: %s (column %d)", jerr.text,
		                       jerr.column);
	json_t *value = json_object_get(root, "value");
	json_t *approx = json_object_get(root, "approx");
	json_t *context = json_object_get(root, "context");
	if (!json_is_object(root)) {
		rc = angka_error_set(err, ANGKA_EPARSE, "not a JSON object (a figure record)");
	} else if (!take_string(&out->source, root, "source", &nomem) ||
	           !take_string(&out->article_title, root, "article_title", &nomem) ||
	           !take_string(&out->published, root, "published", &nomem) ||
	           !take_string(&out->region, root, "region", &nomem) ||
	           !take_string(&out->region_code, root, "region_code", &nomem) ||
	           !take_string(&out->domain, root, "domain", &nomem) ||
	           !take_string(&out->metric, root, "metric", &nomem) ||
	           !take_string(&out->segment, root, "segment", &nomem) ||
	           !take_string(&out->unit, root, "unit", &nomem) ||
	           !take_string(&out->programme, root, "programme", &nomem) ||
	           !take_string(&out->as_of, root, "as_of", &nomem) ||
	           !take_string(&out->text, root, "text", &nomem) ||
	           !take_string(&out->sentence, root, "sentence", &nomem) ||
	           !take_string(&out->rule, root, "rule", &nomem)) {
		rc = nomem ? angka_error_set(err, ANGKA_ENOMEM, "out of memory")
		           : angka_error_set(err, ANGKA_EPARSE,
		                             "a field that should be a string or null is not");
	} else if (out->source == NULL || out->domain == NULL || out->metric == NULL ||
	           out->segment == NULL || out->unit == NULL || out->text == NULL ||
	           out->sentence == NULL || out->rule == NULL) {
		rc = angka_error_set(err, ANGKA_EPARSE,
		                     "a figure record needs source, domain, metric, segment, unit, "
		                     "text, sentence and rule");
	} else if (!json_is_number(value) || !isfinite(json_number_value(value))) {
		rc = angka_error_set(err, ANGKA_EPARSE, "\"value\" is not a number");
	} else if (approx != NULL && !json_is_boolean(approx)) {
		rc = angka_error_set(err, ANGKA_EPARSE, "\"approx\" is not true or false");
	} else if (context != NULL && !json_is_boolean(context)) {
		rc = angka_error_set(err, ANGKA_EPARSE, "\"context\" is not true or false");
	} else if (!take_offset(&out->start, root, "start") ||
	           !take_offset(&out->end, root, "end") || out->end < out->start) {
		rc = angka_error_set(err, ANGKA_EPARSE,
		                     "\"start\" and \"end\" must be byte offsets, start <= end");
	} else {
		out->value = json_number_value(value);
		out->approx = approx != NULL && json_is_true(approx);
		out->context = context != NULL && json_is_true(context);
		precision_from_text(out);
	}
	if (rc != ANGKA_OK)
		angka_figure_clear(out);
	json_decref(root);
	return rc;
}

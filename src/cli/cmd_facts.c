#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "angka/reconcile.h"
#include "angka/store.h"
#include "cli/common.h"

enum { OPT_CONFLICTS = OPT_FIRST_COMMAND_OPTION };

static const cli_option facts_options[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"conflicts", 'c', NULL, "only the facts whose sources disagree", OPT_CONFLICTS},
        {"format", 'f', "FORMAT", "table (default) or jsonl", OPT_FORMAT},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command facts_command = {
        "facts",
        "[OPTIONS]",
        "List the facts: the stored figures of all articles grouped by region, metric,\n"
        "segment and as_of. Values that agree within the precision each was reported\n"
        "with corroborate; values that do not make the fact a conflict. Each value is\n"
        "listed with the sources that state it.",
        "Status: single (one source), corroborated (one value, two sources or more),\n"
        "conflict. jsonl: one object per fact with region, region_code, metric, segment,\n"
        "as_of, unit, status and values (value, low, high, approx, sources: source,\n"
        "article_title, published, text, sentence, start, end, rule). See\n"
        "docs/normalize.md.\n\n"
        "Exit status: 0 ok, 2 usage error, 3 the database could not be read.\n",
        facts_options,
};

typedef struct facts_options_ctx {
	run_options common;
	bool conflicts_only;
} facts_options_ctx;

static int facts_option(int id, const char *arg, void *ctx)
{
	facts_options_ctx *o = ctx;
	if (id == OPT_CONFLICTS) {
		o->conflicts_only = true;
		return 0;
	}
	return common_option(id, arg, &o->common);
}

static int collect_figure(const angka_figure *figure, void *ctx)
{
	return angka_figure_list_push(ctx, figure);
}

static json_t *json_number(double v)
{
	if (isnan(v))
		return json_null();
	if (floor(v) == v && fabs(v) < 9e15)
		return json_integer((json_int_t)v);
	return json_real(v);
}

static json_t *json_string_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *source_json(const angka_figure *f)
{
	json_t *o = json_object();
	if (o == NULL)
		return NULL;
	int failed = 0;
	failed |= json_object_set_new(o, "source", json_string_or_null(f->source));
	failed |= json_object_set_new(o, "article_title", json_string_or_null(f->article_title));
	failed |= json_object_set_new(o, "published", json_string_or_null(f->published));
	failed |= json_object_set_new(o, "value", json_number(f->value));
	failed |= json_object_set_new(o, "approx", json_boolean(f->approx));
	failed |= json_object_set_new(o, "text", json_string_or_null(f->text));
	failed |= json_object_set_new(o, "sentence", json_string_or_null(f->sentence));
	failed |= json_object_set_new(o, "start", json_integer((json_int_t)f->start));
	failed |= json_object_set_new(o, "end", json_integer((json_int_t)f->end));
	failed |= json_object_set_new(o, "rule", json_string_or_null(f->rule));
	if (failed) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *fact_json(const angka_fact *fact, const angka_figure *figures)
{
	const angka_figure *key = fact->key;
	json_t *o = json_object(), *values = json_array();
	int failed = o == NULL || values == NULL;
	for (size_t v = 0; v < fact->n_values && !failed; v++) {
		const angka_fact_value *fv = &fact->values[v];
		json_t *value = json_object(), *sources = json_array();
		failed |= value == NULL || sources == NULL;
		for (size_t i = 0; i < fv->n_figures && !failed; i++)
			failed |= json_array_append_new(sources,
			                                source_json(&figures[fv->figures[i]]));
		if (!failed) {
			failed |= json_object_set_new(value, "value", json_number(fv->value));
			failed |= json_object_set_new(value, "low", json_number(fv->low));
			failed |= json_object_set_new(value, "high", json_number(fv->high));
			failed |= json_object_set_new(value, "approx", json_boolean(fv->approx));
			failed |= json_object_set_new(value, "sources", sources);
			sources = NULL;
			failed |= json_array_append_new(values, value);
			value = NULL;
		}
		json_decref(value);
		json_decref(sources);
	}
	if (!failed) {
		failed |= json_object_set_new(o, "region", json_string_or_null(key->region));
		failed |= json_object_set_new(o, "region_code",
		                              json_string_or_null(key->region_code));
		failed |= json_object_set_new(o, "metric", json_string_or_null(key->metric));
		failed |= json_object_set_new(o, "segment", json_string_or_null(key->segment));
		failed |= json_object_set_new(o, "as_of", json_string_or_null(key->as_of));
		failed |= json_object_set_new(o, "unit", json_string_or_null(key->unit));
		failed |= json_object_set_new(o, "status",
		                              json_string(angka_fact_status_name(fact->status)));
		failed |= json_object_set_new(o, "values", values);
		values = NULL;
	}
	json_decref(values);
	if (failed) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* ---- the table ---------------------------------------------------------- */

#define FACT_COLUMNS 9

typedef struct fact_table {
	char **cells; /* FACT_COLUMNS per row */
	size_t rows;
	size_t cap;
	bool failed;
} fact_table;

static void table_add(fact_table *t, const char *const row[FACT_COLUMNS])
{
	if (t->failed)
		return;
	if (t->rows == t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 32;
		char **grown = realloc(t->cells, cap * FACT_COLUMNS * sizeof *grown);
		if (grown == NULL) {
			t->failed = true;
			return;
		}
		t->cells = grown;
		t->cap = cap;
	}
	for (int c = 0; c < FACT_COLUMNS; c++) {
		char *cell = strdup(row[c] ? row[c] : "-");
		t->cells[t->rows * FACT_COLUMNS + (size_t)c] = cell;
		t->failed |= cell == NULL;
	}
	t->rows++;
}

static void table_free(fact_table *t)
{
	for (size_t i = 0; i < t->rows * FACT_COLUMNS; i++)
		free(t->cells[i]);
	free(t->cells);
}

/* One row per source; the fact's columns only on its first row, the value
 * only on the first row of each value, so that a conflict reads as a
 * block. */
static void table_fact(fact_table *t, const angka_fact *fact, const angka_figure *figures)
{
	const angka_figure *key = fact->key;
	for (size_t v = 0; v < fact->n_values; v++) {
		const angka_fact_value *fv = &fact->values[v];
		char value[64];
		snprintf(value, sizeof value, "%.15g%s", fv->value, fv->approx ? " ~" : "");
		for (size_t i = 0; i < fv->n_figures; i++) {
			const angka_figure *f = &figures[fv->figures[i]];
			bool first_row = v == 0 && i == 0;
			const char *row[FACT_COLUMNS] = {
			        first_row ? key->region : "",
			        first_row ? key->metric : "",
			        first_row ? key->segment : "",
			        first_row ? (key->as_of ? key->as_of : "-") : "",
			        first_row ? angka_fact_status_name(fact->status) : "",
			        i == 0 ? value : "",
			        f->text,
			        f->published,
			        f->source,
			};
			table_add(t, row);
		}
	}
}

/* Columns a cell takes: UTF-8 code points ("–" is one). */
static size_t display_width(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void table_print(const fact_table *t)
{
	static const char *const header[FACT_COLUMNS] = {"REGION", "METRIC",    "SEGMENT",
	                                                 "AS_OF",  "STATUS",    "VALUE",
	                                                 "TEXT",   "PUBLISHED", "SOURCE"};
	size_t width[FACT_COLUMNS];
	for (int c = 0; c < FACT_COLUMNS; c++) {
		width[c] = strlen(header[c]);
		for (size_t r = 0; r < t->rows; r++) {
			size_t w = display_width(t->cells[r * FACT_COLUMNS + (size_t)c]);
			if (w > width[c])
				width[c] = w;
		}
	}
	for (size_t r = 0; r <= t->rows; r++) {
		for (int c = 0; c < FACT_COLUMNS; c++) {
			const char *cell =
			        r == 0 ? header[c] : t->cells[(r - 1) * FACT_COLUMNS + (size_t)c];
			if (c + 1 == FACT_COLUMNS)
				printf("%s\n", cell);
			else
				printf("%s%*s", cell, (int)(width[c] - display_width(cell) + 2),
				       "");
		}
	}
}

int cmd_facts(int argc, char **argv)
{
	facts_options_ctx o = {.common = {.db_path = "angka.db", .format_name = "table"}};
	int first = cli_parse(&facts_command, argc, argv, facts_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first < argc) {
		cli_usage_error(&facts_command, "unexpected argument '%s'", argv[first]);
		return EXIT_USAGE;
	}
	bool jsonl = strcmp(o.common.format_name, "jsonl") == 0;
	if (!jsonl && strcmp(o.common.format_name, "table") != 0) {
		cli_usage_error(&facts_command, "unknown format '%s' (table, jsonl)",
		                o.common.format_name);
		return EXIT_USAGE;
	}
	struct stat st;
	if (stat(o.common.db_path, &st) != 0) {
		fprintf(stderr, "angka: %s: no such database (run 'angka ingest' first)\n",
		        o.common.db_path);
		return EXIT_SYSTEM;
	}
	angka_store *store = NULL;
	angka_figure_list figures = ANGKA_FIGURE_LIST_INIT;
	angka_fact_list facts = ANGKA_FACT_LIST_INIT;
	fact_table table = {NULL, 0, 0, false};
	angka_error err = {0, ""};
	int status = EXIT_OK;
	if (angka_store_open_existing(&store, o.common.db_path, &err) != ANGKA_OK ||
	    angka_store_each_figure(store, collect_figure, &figures, &err) != ANGKA_OK ||
	    angka_reconcile(&facts, figures.items, figures.n, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s: %s\n", o.common.db_path,
		        err.message[0] ? err.message : "out of memory reading the figures");
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	for (size_t i = 0; i < facts.n; i++) {
		const angka_fact *fact = &facts.items[i];
		if (o.conflicts_only && fact->status != ANGKA_FACT_CONFLICT)
			continue;
		if (!jsonl) {
			table_fact(&table, fact, figures.items);
			continue;
		}
		json_t *json = fact_json(fact, figures.items);
		char *line = json ? json_dumps(json, JSON_PRESERVE_ORDER | JSON_COMPACT |
		                                             JSON_REAL_PRECISION(15))
		                  : NULL;
		json_decref(json);
		if (line == NULL) {
			table.failed = true;
			break;
		}
		puts(line);
		free(line);
	}
	if (table.failed) {
		fputs("angka: out of memory\n", stderr);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	if (!jsonl)
		table_print(&table);
	if (fflush(stdout) != 0) {
		fputs("angka: error writing the output\n", stderr);
		status = EXIT_SYSTEM;
	}
cleanup:
	table_free(&table);
	angka_fact_list_free(&facts);
	angka_figure_list_free(&figures);
	angka_store_close(store);
	return status;
}

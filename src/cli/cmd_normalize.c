#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/normalize.h"
#include "cli/common.h"

enum { OPT_PUBLISHED = OPT_FIRST_COMMAND_OPTION };

static const cli_option normalize_options[] = {
        {"format", 'f', "FORMAT", "table (default) or jsonl", OPT_FORMAT},
        {"published", 'p', "DATE",
         "the publication date (YYYY-MM-DD) that 'saat ini' and 'tahun lalu' refer to",
         OPT_PUBLISHED},
        {"rules", 0, "DIR", "the rules folder (default: found next to the binary)", OPT_RULES},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command normalize_command = {
        "normalize",
        "[OPTIONS] TEXT...",
        "Print what each TEXT normalizes to: the number it states (\"2,8 juta\",\n"
        "\"sekitar Rp 711,58 miliar\", \"dua ribu\", \"antara 10 hingga 20 dolar\") and the\n"
        "period it speaks of (\"semester I 2024\", \"hingga saat ini\").",
        "Fields (jsonl: one object per TEXT): text; value (null when TEXT states no\n"
        "number; the midpoint of a range); unit (percent, IDR, another currency code\n"
        "such as USD, or null); approx; decimals; low and high (the interval the written\n"
        "form stands for, or the two ends of a range); range; bound (above, below or\n"
        "null); as_of (YYYY, YYYY-MM or YYYY-MM-DD, or null). See docs/normalize.md.\n\n"
        "Exit status: 0 ok, 2 usage error, 3 the rules could not be loaded.\n",
        normalize_options,
};

typedef struct normalize_options_ctx {
	run_options common;
	const char *published;
} normalize_options_ctx;

static int normalize_option(int id, const char *arg, void *ctx)
{
	normalize_options_ctx *o = ctx;
	if (id == OPT_PUBLISHED) {
		o->published = arg;
		return 0;
	}
	return common_option(id, arg, &o->common);
}

static const char *unit_name(const angka_number *n)
{
	switch (n->unit) {
	case ANGKA_NUMBER_PERCENT: return "percent";
	case ANGKA_NUMBER_IDR:
	case ANGKA_NUMBER_CURRENCY: return n->currency;
	case ANGKA_NUMBER_PLAIN: break;
	}
	return NULL;
}

static const char *bound_name(angka_number_bound bound)
{
	switch (bound) {
	case ANGKA_BOUND_ABOVE: return "above";
	case ANGKA_BOUND_BELOW: return "below";
	case ANGKA_BOUND_NONE: break;
	}
	return NULL;
}

/* Whole numbers as integers, others with 15 significant digits, as the
 * figure record writes them. */
static json_t *json_number(double v)
{
	if (floor(v) == v && fabs(v) < 9e15)
		return json_integer((json_int_t)v);
	return json_real(v);
}

static void format_number(char *buf, size_t size, double v)
{
	snprintf(buf, size, "%.15g", v);
}

static json_t *result_json(const char *text, const angka_number *n, bool has_number,
                           const char *as_of)
{
	json_t *o = json_object();
	if (o == NULL)
		return NULL;
	const char *unit = has_number ? unit_name(n) : NULL;
	const char *bound = has_number ? bound_name(n->bound) : NULL;
	int failed = 0;
	failed |= json_object_set_new(o, "text", json_string(text));
	failed |= json_object_set_new(o, "value", has_number ? json_number(n->value) : json_null());
	failed |= json_object_set_new(o, "unit", unit ? json_string(unit) : json_null());
	failed |= json_object_set_new(o, "approx", json_boolean(has_number && n->approx));
	failed |= json_object_set_new(o, "decimals",
	                              has_number ? json_integer(n->decimals) : json_null());
	failed |= json_object_set_new(o, "low", has_number ? json_number(n->low) : json_null());
	failed |= json_object_set_new(o, "high", has_number ? json_number(n->high) : json_null());
	failed |= json_object_set_new(o, "range", json_boolean(has_number && n->range));
	failed |= json_object_set_new(o, "bound", bound ? json_string(bound) : json_null());
	failed |= json_object_set_new(o, "as_of", as_of ? json_string(as_of) : json_null());
	if (failed) {
		json_decref(o);
		return NULL;
	}
	return o;
}

#define TABLE_COLUMNS 8

/* One row of the table, its cells malloc'd. */
typedef struct table_row {
	char *cell[TABLE_COLUMNS];
} table_row;

static int table_row_fill(table_row *row, const char *text, const angka_number *n, bool has_number,
                          const char *as_of)
{
	char value[64] = "-", low[64] = "-", high[64] = "-", decimals[16] = "-";
	const char *unit = has_number ? unit_name(n) : NULL;
	const char *bound = has_number ? bound_name(n->bound) : NULL;
	char approx[32] = "-";
	if (has_number) {
		format_number(value, sizeof value, n->value);
		format_number(low, sizeof low, n->low);
		format_number(high, sizeof high, n->high);
		snprintf(decimals, sizeof decimals, "%d", n->decimals);
		snprintf(approx, sizeof approx, "%s%s%s%s", n->approx ? "yes" : "no",
		         n->range ? ",range" : "", bound ? "," : "", bound ? bound : "");
	}
	const char *cells[TABLE_COLUMNS] = {text, value, unit ? unit : "-",  approx, decimals,
	                                    low,  high,  as_of ? as_of : "-"};
	for (int c = 0; c < TABLE_COLUMNS; c++)
		if ((row->cell[c] = strdup(cells[c])) == NULL)
			return ANGKA_ENOMEM;
	return ANGKA_OK;
}

/* Columns a cell takes: UTF-8 code points ("–" is one). */
static size_t display_width(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void print_table(const table_row *rows, size_t n)
{
	static const char *const header[TABLE_COLUMNS] = {"TEXT",     "VALUE", "UNIT", "APPROX",
	                                                  "DECIMALS", "LOW",   "HIGH", "AS_OF"};
	size_t width[TABLE_COLUMNS];
	for (int c = 0; c < TABLE_COLUMNS; c++) {
		width[c] = strlen(header[c]);
		for (size_t r = 0; r < n; r++)
			if (display_width(rows[r].cell[c]) > width[c])
				width[c] = display_width(rows[r].cell[c]);
	}
	for (size_t r = 0; r <= n; r++) {
		for (int c = 0; c < TABLE_COLUMNS; c++) {
			const char *cell = r == 0 ? header[c] : rows[r - 1].cell[c];
			if (c + 1 == TABLE_COLUMNS)
				printf("%s\n", cell);
			else
				printf("%s%*s", cell, (int)(width[c] - display_width(cell) + 2),
				       "");
		}
	}
}

/* Offset of the first byte of s that does not belong to well-formed UTF-8
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or
 * -1. */
static long first_invalid_utf8(const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	for (size_t i = 0; s[i];) {
		unsigned char c = s[i];
		size_t extra;
		unsigned char low = 0x80, high = 0xBF; /* the second byte's range */
		if (c < 0x80)
			extra = 0;
		else if (c >= 0xC2 && c <= 0xDF)
			extra = 1;
		else if (c >= 0xE0 && c <= 0xEF) {
			extra = 2;
			low = c == 0xE0 ? 0xA0 : 0x80;
			high = c == 0xED ? 0x9F : 0xBF;
		} else if (c >= 0xF0 && c <= 0xF4) {
			extra = 3;
			low = c == 0xF0 ? 0x90 : 0x80;
			high = c == 0xF4 ? 0x8F : 0xBF;
		} else
			return (long)i;
		for (size_t k = 1; k <= extra; k++) {
			unsigned char lo = k == 1 ? low : 0x80, hi = k == 1 ? high : 0xBF;
			if (s[i + k] < lo || s[i + k] > hi) /* also stops at the NUL */
				return (long)i;
		}
		i += extra + 1;
	}
	return -1;
}

int cmd_normalize(int argc, char **argv)
{
	normalize_options_ctx o = {.common = {.format_name = "table"}};
	int first = cli_parse(&normalize_command, argc, argv, normalize_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	bool jsonl = strcmp(o.common.format_name, "jsonl") == 0;
	if (!jsonl && strcmp(o.common.format_name, "table") != 0) {
		cli_usage_error(&normalize_command, "unknown format '%s' (table, jsonl)",
		                o.common.format_name);
		return EXIT_USAGE;
	}
	int y, m, d;
	char tail;
	if (o.published && sscanf(o.published, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) {
		cli_usage_error(&normalize_command, "--published '%s' is not a date YYYY-MM-DD",
		                o.published);
		return EXIT_USAGE;
	}
	if (first >= argc) {
		cli_usage_error(&normalize_command, "no TEXT given");
		return EXIT_USAGE;
	}
	/* The normalizer reads UTF-8, and the JSON output can only carry UTF-8. */
	for (int i = first; i < argc; i++) {
		long at = first_invalid_utf8(argv[i]);
		if (at >= 0) {
			cli_usage_error(&normalize_command, "TEXT %d is not valid UTF-8 (byte %ld)",
			                i - first + 1, at);
			return EXIT_USAGE;
		}
	}

	char rules_buf[4096];
	const char *rules_dir = find_rules_dir(o.common.rules_dir, rules_buf, sizeof rules_buf);
	angka_normalizer *norm = NULL;
	angka_error err = {0, ""};
	table_row *rows = NULL;
	size_t n_rows = 0;
	int status = EXIT_OK;
	if (angka_normalizer_new(&norm, rules_dir, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		return EXIT_SYSTEM;
	}
	if (!jsonl && (rows = calloc((size_t)(argc - first), sizeof *rows)) == NULL)
		goto nomem;
	for (int i = first; i < argc; i++) {
		const char *text = argv[i];
		angka_number number;
		bool has_number =
		        angka_normalize_number(&number, norm, text, strlen(text)) == ANGKA_OK;
		char as_of[16];
		bool has_period = angka_normalize_period(as_of, sizeof as_of, norm, text,
		                                         strlen(text), o.published) == ANGKA_OK;
		if (jsonl) {
			json_t *json =
			        result_json(text, &number, has_number, has_period ? as_of : NULL);
			char *line = json ? json_dumps(json, JSON_PRESERVE_ORDER | JSON_COMPACT |
			                                             JSON_REAL_PRECISION(15))
			                  : NULL;
			json_decref(json);
			if (line == NULL)
				goto nomem;
			puts(line);
			free(line);
		} else if (table_row_fill(&rows[n_rows++], text, &number, has_number,
		                          has_period ? as_of : NULL) != ANGKA_OK) {
			goto nomem;
		}
	}
	if (!jsonl)
		print_table(rows, n_rows);
	if (fflush(stdout) != 0) {
		fputs("angka: error writing the output\n", stderr);
		status = EXIT_SYSTEM;
	}
	goto cleanup;
nomem:
	fputs("angka: out of memory\n", stderr);
	status = EXIT_SYSTEM;
cleanup:
	for (size_t r = 0; r < n_rows; r++)
		for (int c = 0; c < TABLE_COLUMNS; c++)
			free(rows[r].cell[c]);
	free(rows);
	angka_normalizer_free(norm);
	return status;
}

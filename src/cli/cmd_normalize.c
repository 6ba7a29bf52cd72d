#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"
#include "angka/normalize.h"
#include "cli/common.h"

enum { OPT_PUBLISHED = OPT_FIRST_COMMAND_OPTION };

static const cli_option normalize_options[] = {
        {"format", 'f', "FORMAT", "table (default), jsonl, json or csv", OPT_FORMAT},
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
        "Fields (one row or object per TEXT): text; value (null when TEXT states no\n"
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

static const char *const result_fields[] = {"text", "value", "unit",  "approx", "decimals",
                                            "low",  "high",  "range", "bound",  "as_of"};
#define N_RESULT_FIELDS (sizeof result_fields / sizeof result_fields[0])

static int write_result(angka_listing *listing, const char *text, const angka_number *n,
                        bool has_number, const char *as_of, angka_error *err)
{
	angka_value none = angka_value_string(NULL);
	angka_value row[N_RESULT_FIELDS] = {
	        angka_value_string(text),
	        has_number ? angka_value_number(n->value) : none,
	        angka_value_string(has_number ? unit_name(n) : NULL),
	        angka_value_bool(has_number && n->approx),
	        has_number ? angka_value_integer(n->decimals) : none,
	        has_number ? angka_value_number(n->low) : none,
	        has_number ? angka_value_number(n->high) : none,
	        angka_value_bool(has_number && n->range),
	        angka_value_string(has_number ? bound_name(n->bound) : NULL),
	        angka_value_string(as_of),
	};
	return angka_listing_row(listing, row, err);
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
	if (parse_format(&normalize_command, &o.common) != 0)
		return EXIT_USAGE;
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
	angka_listing *listing = NULL;
	angka_error err = {0, ""};
	int status = EXIT_OK;
	/* Numbers and periods read the same in every domain: the first's. */
	angka_domain **domains = NULL;
	size_t n_domains = 0;
	if (angka_domains_load(&domains, &n_domains, rules_dir, &err) != ANGKA_OK ||
	    angka_normalizer_new(&norm, domains[0], &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		angka_domains_free(domains, n_domains);
		return EXIT_SYSTEM;
	}
	int rc = angka_listing_new(&listing, stdout, o.common.format, result_fields,
	                           N_RESULT_FIELDS, NULL, 0, &err);
	for (int i = first; rc == ANGKA_OK && i < argc; i++) {
		const char *text = argv[i];
		angka_number number;
		bool has_number =
		        angka_normalize_number(&number, norm, text, strlen(text)) == ANGKA_OK;
		char as_of[16];
		bool has_period = angka_normalize_period(as_of, sizeof as_of, norm, text,
		                                         strlen(text), o.published) == ANGKA_OK;
		rc = write_result(listing, text, &number, has_number, has_period ? as_of : NULL,
		                  &err);
	}
	if (rc == ANGKA_OK)
		rc = angka_listing_finish(listing, &err);
	if (rc != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		status = EXIT_SYSTEM;
	}
	angka_listing_free(listing);
	angka_normalizer_free(norm);
	angka_domains_free(domains, n_domains);
	return status;
}

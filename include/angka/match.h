/* angka — match: extraction rules, compiled once with PCRE2's JIT, run over
 * sentences.
 *
 * Rules are data (rule files under rules/, format in docs/rules.md). A rule's pattern
 * may use the shared sub-patterns of rules/patterns.yaml through (?&name).
 * Each named group of a match whose name is a metric (coverage_pct,
 * participants, ...) yields one hit for that metric; a group named `value`
 * yields a hit for the rule's own metric.
 */
#ifndef ANGKA_MATCH_H
#define ANGKA_MATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct angka_rules angka_rules;
typedef struct angka_rule angka_rule;

/* One figure candidate: which rule, which metric, where. Spans are byte
 * offsets into the text given to angka_match_span. */
typedef struct angka_hit {
	const angka_rule *rule;        /* borrowed from the angka_rules it came from */
	const char *metric;            /* borrowed: the metric vocabulary is static */
	size_t match_start, match_end; /* the whole match */
	size_t value_start, value_end; /* the figure as written */
	bool list;                     /* the value is a list ("26,66% dan 31,49%") to distribute */
} angka_hit;

/* Load rules/patterns.yaml and every .yaml file of rules/figures/ under dir, and
 * compile each rule with the shared sub-patterns (JIT where available).
 * Every bad rule is reported (file, line, rule id, PCRE2's message and
 * offset), one per line in err's message, before failing with ANGKA_ERULE.
 * *out is owned by the caller. */
int angka_rules_load(angka_rules **out, const char *dir, angka_error *err);
void angka_rules_free(angka_rules *rules);

size_t angka_rules_count(const angka_rules *rules);
const angka_rule *angka_rules_at(const angka_rules *rules, size_t i);
/* SHA-256 (hex) over the rule files' bytes: the version figures record. */
const char *angka_rules_version(const angka_rules *rules);

const char *angka_rule_id(const angka_rule *rule);
const char *angka_rule_metric(const angka_rule *rule);  /* NULL: from captures */
const char *angka_rule_segment(const angka_rule *rule); /* NULL: from context */
const char *angka_rule_unit(const angka_rule *rule);    /* NULL: the metric's unit */
const char *angka_rule_file(const angka_rule *rule);
int angka_rule_line(const angka_rule *rule);
int angka_rule_priority(const angka_rule *rule);
size_t angka_rule_order(const angka_rule *rule); /* position in load order */
const char *angka_rule_description(const angka_rule *rule);

/* Examples carried by a rule (for `angka rules test`). */
typedef struct angka_rule_example {
	const char *text;
	const double *values; /* the figures it must give, in order */
	size_t n_values;
	bool must_match; /* false: a counter-example, which must give nothing */
	int line;
} angka_rule_example;
size_t angka_rule_example_count(const angka_rule *rule);
const angka_rule_example *angka_rule_example_at(const angka_rule *rule, size_t i);

/* A rule gave up on a span: PCRE2 stopped it at one of its resource limits
 * (JIT stack, match, depth or heap limit; message is PCRE2's). */
typedef void (*angka_match_warning_fn)(const angka_rule *rule, size_t start, size_t end,
                                       const char *message, void *ctx);

/* Run every rule over bytes [start, end) of text and append the hits to
 * *hits (a malloc'd array with *n entries; grown as needed). Hits are not
 * yet resolved against each other: see angka_match_resolve. A rule that
 * hits a regex resource limit gives no hit on the span, and the others
 * still run: warn (may be NULL) is told, and the call still succeeds.
 * Fails on invalid UTF-8 (ANGKA_EPARSE) and out of memory. */
int angka_match_span(angka_hit **hits, size_t *n, const angka_rules *rules, const char *text,
                     size_t start, size_t end, angka_match_warning_fn warn, void *warn_ctx,
                     angka_error *err);

/* The overlap policy, in one place: of hits whose value spans overlap, keep
 * the one with the longest value span, then the highest priority, then the
 * earliest rule in load order. Compacts *hits in place, sorted by position;
 * when dropped is not NULL, each dropped hit is reported with the hit that
 * won over it. */
typedef void (*angka_match_dropped_fn)(const angka_hit *dropped, const angka_hit *winner,
                                       void *ctx);
void angka_match_resolve(angka_hit *hits, size_t *n, angka_match_dropped_fn dropped, void *ctx);

#ifdef __cplusplus
}
#endif
#endif

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

#include "angka/domain.h"
#include "angka/error.h"
#include "angka/segment.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct angka_rules angka_rules;
typedef struct angka_rule angka_rule;

/* One figure: which rule, template or cue decided it, which metric, where.
 * Spans are byte offsets into the text given to the matcher. */
typedef struct angka_hit {
	const angka_rule *rule;        /* borrowed from the angka_rules it came from */
	const char *metric;            /* borrowed from the rules' domain */
	size_t match_start, match_end; /* the whole match (the value's clause for a cue) */
	size_t value_start, value_end; /* the figure as written */
	bool list;                     /* the value is a list ("26,66% dan 31,49%") to distribute */
	/* Where binding looks first: the list item, table row or clause the value
	 * is in (0, 0: the sentence). */
	size_t scope_start, scope_end;
	bool row; /* that scope is a list item or table row, the sentence whole */
	/* A quantity whose place, segment and period the value shares ("21.563 di
	 * antaranya": the base it is a part of); anchor_end 0 when none. */
	size_t anchor_start, anchor_end;
	const char *segment; /* decided by the reading (a table's column), else NULL */
	const char *unit;    /* "cases" for a count of claims; NULL: the metric's unit */
	bool continues;      /* its sentence goes on from the one before ("Jumlah ini ...") */
	bool refers;         /* and names what that one spoke of ("untuk kategori ini") */
	bool points_back;    /* at a figure of it ("Angka tersebut ...", "Capaian itu") */
	bool headline;       /* its sentence is the title: its clauses are statements apart */
	/* A table's header cell over the value's column (0, 0: none): its
	 * segment and period hold for the column ("PU | BPU", "2023 | 2024"). */
	size_t header_start, header_end;
	/* The scale that header states for its column's numbers ("Peserta Aktif
	 * (juta orang)" over "7.94"): 1e3, 1e6, ...; 0 when none. */
	double scale;
	char why[120]; /* what decided the metric, for `angka explain` */
} angka_hit;

/* Load the domain's rules: patterns.yaml, reading.tsv and its lexicons,
 * templates.yaml and every .yaml file of figures/ (each the domain's own, else
 * the shared one of the rules folder), and compile each rule with the shared
 * sub-patterns (JIT where available). domain must outlive the rules.
 * Every bad rule is reported (file, line, rule id, PCRE2's message and
 * offset), one per line in err's message, before failing with ANGKA_ERULE.
 * *out is owned by the caller. */
int angka_rules_load(angka_rules **out, const angka_domain *domain, angka_error *err);
/* The same, beside rules loaded earlier (NULL: none) from the same rules
 * folder: their version is this one's, the folder is not read and hashed
 * again. */
int angka_rules_load_beside(angka_rules **out, const angka_domain *domain,
                            const angka_rules *earlier, angka_error *err);
const angka_domain *angka_rules_domain(const angka_rules *rules);
void angka_rules_free(angka_rules *rules);

size_t angka_rules_count(const angka_rules *rules);
const angka_rule *angka_rules_at(const angka_rules *rules, size_t i);
/* SHA-256 (hex) over the bytes of every file of the rules folder (every
 * domain's and the shared ones): the version figures record. */
const char *angka_rules_version(const angka_rules *rules);

/* What a rule is: a specific rule of rules/figures/, a template of
 * rules/templates.yaml, or a cue class of rules/reading.tsv. */
typedef enum angka_rule_kind {
	ANGKA_RULE_KIND_FIGURE = 0,
	ANGKA_RULE_KIND_TEMPLATE,
	ANGKA_RULE_KIND_CUE,
} angka_rule_kind;
angka_rule_kind angka_rule_kind_of(const angka_rule *rule);
const char *angka_rule_kind_name(const angka_rule *rule);

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
	const double *values;       /* the figures it must give, in order */
	const char *const *metrics; /* their metrics (NULL: not checked) */
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

/* Told of a hit the overlap policy dropped, and the hit that won over it. */
typedef void (*angka_match_dropped_fn)(const angka_hit *dropped, const angka_hit *winner,
                                       void *ctx);

/* ---- reading a sentence ------------------------------------------------

   Every quantity of a sentence is a candidate, and its cues decide what it
   is (docs/rules.md): the number grammar reads the quantities once; the
   templates of rules/templates.yaml read the structure around them ("A atau
   P", "dari B", breakdowns, "di antaranya"); the cue words of
   rules/lexicon/cues.tsv in the quantity's phrase, then its clause, its
   sentence and the sentence before decide its metric by the precedence of
   rules/reading.yaml, or rule it out. A specific rule of rules/figures/ that
   reads a quantity wins over all that. */

/* What the matcher carries from one sentence to the next within an article:
 * the classes it decided (for list items and continuations), the last count
 * (for "di antaranya"), a table's columns. Owned by the caller, one per
 * article. */
typedef struct angka_match_context angka_match_context;
int angka_match_context_new(angka_match_context **out);
void angka_match_context_free(angka_match_context *ctx);
/* Read the numbers and shared lexicons of the article's sentences from
 * memo (borrowed; NULL: none), and file there what is found, so that the
 * other domains reading the article need not find them again. */
void angka_match_context_share(angka_match_context *ctx, angka_sentence_memo *memo);

/* What the reader made of one number of a sentence, for `angka explain`. */
typedef struct angka_reading {
	size_t start, end;  /* the number as written */
	double value;       /* as the grammar read it */
	const char *kind;   /* "count", "cases", "percent", "rupiah", "other" */
	const char *noun;   /* what it counts ("persons", "cases", ...), or NULL */
	const char *metric; /* the figure it became, or NULL */
	const char *why;    /* what decided it, or why it is no figure */
	bool claimed;       /* a specific rule's match reads it (its hit says as what) */
} angka_reading;
typedef void (*angka_reading_fn)(const angka_reading *reading, void *ctx);

/* Read bytes [start, end) of text, one sentence: the specific rules' hits
 * (resolved by the overlap policy; dropped ones reported to dropped), then a
 * hit for every other quantity the cues make a figure of. Hits are appended
 * to *hits in text order. headline: the sentence is the article's title,
 * where a comma joins two statements ("..., UCJ DIY 2024 Capai 44,7 Persen").
 * warn (may be NULL) hears of a rule or template that gave up on the
 * sentence at a PCRE2 resource limit; reading (may be NULL) of every number. */
int angka_match_sentence(angka_hit **hits, size_t *n, const angka_rules *rules,
                         angka_match_context *ctx, const char *text, size_t start, size_t end,
                         bool headline, angka_match_warning_fn warn, void *warn_ctx,
                         angka_match_dropped_fn dropped, angka_reading_fn reading, void *trace_ctx,
                         angka_error *err);

/* Put an article's hits in text order (stable). ANGKA_ENOMEM leaves them
 * as they were. */
int angka_match_sort(angka_hit *hits, size_t n);

/* Every quantity the number grammar reads in bytes [start, end) of text (a
 * year, a date, a row number aside): the candidates of `extract
 * --candidates`. reading is called once per candidate (metric NULL). */
int angka_match_candidates(const angka_rules *rules, const char *text, size_t start, size_t end,
                           angka_reading_fn reading, void *ctx, angka_error *err);

/* The overlap policy, in one place: of hits whose value spans overlap, keep
 * the one with the longest value span, then the highest priority, then the
 * earliest rule in load order. Compacts *hits in place, sorted by position;
 * when dropped is not NULL, each dropped hit is reported with the hit that
 * won over it. */
void angka_match_resolve(angka_hit *hits, size_t *n, angka_match_dropped_fn dropped, void *ctx);

#ifdef __cplusplus
}
#endif
#endif

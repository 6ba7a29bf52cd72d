/* angka — domains: what a domain measures, declared as data.
 *
 * A domain is a folder of rules (rules/domains/<name>/, docs/domains.md):
 * its metrics (unit, plausible range, role, labels), its segments, the
 * relations between its metrics that the audit checks, and its own cues,
 * templates, rules and lexicons. A file a domain does not have is the shared
 * one of the rules folder (patterns.yaml, the gazetteer, month names, ...).
 * No metric name lives in C: every stage asks the figure's domain.
 */
#ifndef ANGKA_DOMAIN_H
#define ANGKA_DOMAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct angka_domain angka_domain;

/* What a metric is for the stages that treat some metrics apart. */
enum {
	ANGKA_METRIC_BASE = 1,   /* the population a coverage is out of */
	ANGKA_METRIC_TARGET = 2, /* a goal, not a measurement */
	ANGKA_METRIC_PAID = 4,   /* paid out under a programme over a period */
	/* a number the audit needs that is no figure of the dataset (a
	 * registered total, a share of the participants): angka_figure.context */
	ANGKA_METRIC_CONTEXT = 8,
};

typedef struct angka_metric {
	const char *name;
	const char *unit;   /* "persons", "percent" or "IDR" */
	double min, max;    /* plausible values (inclusive; +-HUGE_VAL: none) */
	unsigned roles;     /* ANGKA_METRIC_* */
	const char *larger; /* the larger of two of this metric in one place is this, or NULL */
	/* The rule of an active count ("cue.active"): where one states this
	 * metric for a place, segment and period, a larger one that another rule
	 * states is a registered total (active and non-active), no figure. */
	const char *active_rule;
	/* ... and is of this metric (a context one), or NULL: no figure at all. */
	const char *registered;
	/* A count of this metric above it is the country's: no province holds
	 * as many (metrics.tsv "national"; HUGE_VAL: none). */
	double national_above;
	/* A level of this metric stated for a year still to come when it was
	 * said is this goal (metrics.tsv "goal"), or NULL. */
	const char *goal;
	const char *description; /* the English label */
	const char *label_id;    /* the Indonesian label, or NULL */
} angka_metric;

typedef enum angka_relation_kind {
	ANGKA_RELATION_RATIO = 0,  /* result = a / b * 100 */
	ANGKA_RELATION_SUM,        /* result = a + b */
	ANGKA_RELATION_COMPLEMENT, /* result + a = 100 */
	/* result = (later - earlier) / earlier * 100, of two counts of one
	 * metric (or of its registered total) said with it, of two periods */
	ANGKA_RELATION_GROWTH,
} angka_relation_kind;

typedef struct angka_relation {
	angka_relation_kind kind;
	const char *result, *a, *b; /* metric names of the domain (b NULL for a complement,
	                               a and b for a growth) */
	bool any_period;            /* a ratio's whole may be of another period */
	/* A ratio's whole is of segment all, its part of any other: a share of
	 * one segment among everyone ("65 persennya adalah PU"). */
	bool of_all;
	/* What a check of it is called: "a+b" for a sum's parts, "result+a"
	 * for a complement; "a and b" (what is missing) for a ratio. */
	const char *text;
} angka_relation;

/* Load the domain of folder dir, whose shared files are in root (dir ==
 * root: a rules folder with one domain and no domains/ folder, named by its
 * metrics.tsv, else "default"). Every problem of metrics.tsv is reported
 * with its file and line (ANGKA_ERULE). *out is owned by the caller. */
int angka_domain_load(angka_domain **out, const char *root, const char *dir, angka_error *err);
void angka_domain_free(angka_domain *domain);

/* Every domain of the rules folder root: the folders of root/domains in
 * name order, or root itself when it has no domains/ folder. *out is a
 * malloc'd array of *n domains, owned by the caller (angka_domains_free). */
int angka_domains_load(angka_domain ***out, size_t *n, const char *root, angka_error *err);
void angka_domains_free(angka_domain **domains, size_t n);
/* The domain named name among domains, or NULL. */
const angka_domain *angka_domains_find(angka_domain *const *domains, size_t n, const char *name);

const char *angka_domain_name(const angka_domain *domain);
const char *angka_domain_description(const angka_domain *domain);
const char *angka_domain_dir(const angka_domain *domain);
const char *angka_domain_root(const angka_domain *domain); /* the shared files' folder */
/* The path of a rules file for this domain: the domain's own when it has
 * one, else root's. malloc'd (NULL: out of memory). */
char *angka_domain_file(const angka_domain *domain, const char *name);

size_t angka_domain_metric_count(const angka_domain *domain);
const angka_metric *angka_domain_metric_at(const angka_domain *domain, size_t i);
/* The metric named name, or NULL: its strings live as long as the domain. */
const angka_metric *angka_domain_metric(const angka_domain *domain, const char *name);
/* The declared segment name (a string that lives as long as the domain), or
 * NULL when the domain has no such segment. */
const char *angka_domain_segment(const angka_domain *domain, const char *name);
/* Do segments[0..n) name every segment of the domain's `everyone` line
 * (metrics.tsv: groups that, listed together, are every one: "PU dan BPU")? */
bool angka_domain_lists_everyone(const angka_domain *domain, const char *const *segments, size_t n);
/* Do the domain's words carry from sentence to sentence (metrics.tsv
 * `words carry`)? Then a sentence that names neither the domain nor a
 * neighbour speaks of what the nearest sentence before it that names one
 * spoke of; else only the article must name the domain somewhere. */
bool angka_domain_words_carry(const angka_domain *domain);
/* What metric is when paid under programme (NULL: nothing; returns metric
 * itself when no declaration changes it). */
const char *angka_domain_paid_as(const angka_domain *domain, const char *metric,
                                 const char *programme);
/* The programme metric is paid under by its own declaration (metrics.tsv
 * `programme beasiswa beneficiaries scholarship_recipients`: beasiswa for
 * scholarship_recipients), or NULL. */
const char *angka_domain_programme_of(const angka_domain *domain, const char *metric);
size_t angka_domain_relation_count(const angka_domain *domain);
const angka_relation *angka_domain_relation_at(const angka_domain *domain, size_t i);

#ifdef __cplusplus
}
#endif
#endif

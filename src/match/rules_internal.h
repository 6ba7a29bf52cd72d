/* The compiled form of a rule, shared by rules.c (loading) and match.c
 * (running). Internal to the match stage. */
#ifndef ANGKA_MATCH_RULES_INTERNAL_H
#define ANGKA_MATCH_RULES_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "angka/match.h"

/* A named group of a rule that yields a figure. */
typedef struct rule_group {
	uint32_t number;    /* the PCRE2 group number */
	const char *metric; /* static vocabulary string */
	bool list;          /* "list_<metric>": a list of values to distribute */
} rule_group;

struct angka_rule {
	char *id;
	char *metric;  /* NULL: metrics come from the group names */
	char *segment; /* NULL: from context */
	char *unit;    /* NULL: the metric's own unit */
	char *description;
	char *file;
	int line;
	int priority;
	size_t order;
	char *pattern; /* as written in the rule file */
	pcre2_code *code;
	rule_group *groups;
	size_t n_groups;
	angka_rule_example *examples;
	size_t n_examples;
};

struct angka_rules {
	angka_rule *items;
	size_t n;
	char *defines; /* the (?(DEFINE)...) block every rule is compiled with */
	char version[65];
	uint32_t max_groups;
};

#endif

/* The compiled form of the rules, shared by rules.c (loading the figure
 * rules and templates), reading.c (loading the cue precedence) and match.c /
 * reader.c (running them). Internal to the match stage. */
#ifndef ANGKA_MATCH_RULES_INTERNAL_H
#define ANGKA_MATCH_RULES_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "angka/domain.h"
#include "angka/match.h"
#include "match/quantity.h"
#include "util/buf.h"
#include "util/lexicon.h"

/* A rule of rules/figures/ reads figures from the text itself; a template of
 * rules/templates.yaml reads the structure around quantities, in the text
 * with every quantity replaced by a token; a cue rule stands for one cue
 * class, so a figure it decided names it. */
typedef enum rule_kind {
	RULE_FIGURE = 0,
	RULE_TEMPLATE,
	RULE_CUE,
} rule_kind;

/* What a template's named group says of the quantities inside it. */
typedef enum template_role {
	ROLE_CLASS = 0, /* a cue class (covered, base, target, none, ...) */
	ROLE_PAIR,      /* restatements of one measurement ("A atau P") */
	ROLE_ITEMS,     /* a breakdown's items: what the head is, they are */
	ROLE_PART,      /* "X di antaranya": a part of the count before it */
	ROLE_LIST,      /* "masing-masing P1 dan P2": one per place listed */
} template_role;

/* A named group of a rule that yields a figure, or of a template. */
typedef struct rule_group {
	uint32_t number;    /* the PCRE2 group number */
	const char *metric; /* figure rules: the domain's metric name */
	bool list;          /* "list_<metric>": a list of values to distribute */
	template_role role; /* templates */
	int cue_class;      /* templates, ROLE_CLASS: index into the class table */
} rule_group;

struct angka_rule {
	rule_kind kind;
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
	/* A template's `requires:`: the token letters (P, R, N, K, O) of which a
	 * sentence must hold one for it to match at all; "" when any may. A
	 * sentence without any is not searched (a template is searched for at
	 * every byte). */
	char requires[8];
	/* A template's `needs:`: words one of which a sentence must hold
	 * (lower case, any case in the text) for it to be searched at all,
	 * each '\0'-terminated, the list ending with an empty one; NULL when it
	 * has none. */
	char *needs;
	pcre2_code *code;
	rule_group *groups;
	size_t n_groups;
	angka_rule_example *examples;
	size_t n_examples;
};

/* The kinds of quantity the precedence table has a column for. */
typedef enum reading_kind {
	READ_COUNT = 0, /* people, or nothing named */
	READ_CHILDREN,  /* "810 anak" */
	READ_CASES,
	READ_PERCENT,
	READ_RUPIAH,
	READ_KINDS,
} reading_kind;

/* One line of the precedence: a cue class, and the metric it gives a kind
 * of quantity (NULL: no figure). */
typedef struct reading_row {
	int cue_class;
	const char *metric;
	bool context; /* the metric is context (metrics.tsv role): no sentence after reads it */
} reading_row;

#define CLASS_NONE    0 /* the reserved class "none": no figure, whatever the kind */
#define CLASS_NEUTRAL 1 /* the reserved class "neutral": a phrase that decides nothing */

/* How far a class's cues reach: a class limited to the clause is not looked
 * for in the whole sentence; a class that reaches forward decides for the
 * quantities after its cue in the sentence, whatever closer cue they have,
 * until a quantity of the same kind comes between ("Target kita di tahun
 * 2025, Maluku Utara dapat mencapai 68 persen UCJ"). */
typedef enum class_reach {
	REACH_SENTENCE = 0, /* the default */
	REACH_CLAUSE,
	REACH_FORWARD,
	/* Decides only what nothing else did, in the quantity's phrase or
	 * clause, before what an earlier sentence said ("jumlah pekerja"). */
	REACH_FALLBACK,
} class_reach;

/* rules/reading.tsv and the lexicons the reader uses. */
typedef struct reading_config {
	char **classes;     /* class names; classes[CLASS_NONE] is "none" */
	class_reach *reach; /* per class */
	/* Per class: what a percentage of a count of this class is, read as a
	 * part of it ("Dari jumlah tersebut, 68,05 persen ..."), or -1. */
	int *part;
	/* Per class: a part whose own phrase or clause says this class keeps it
	 * ("sedangkan sisanya 31,95 persen ... peserta non aktif"). */
	bool *keep;
	/* Per class: what a cue of this class reads as right after a cue of the
	 * class "not" ("belum tercatat sebagai peserta": covered, negated), or
	 * of the class "will" ("akan menanggung iuran": funded, a target); -1:
	 * as it is. */
	int *negated, *willed;
	/* Per class: what the sentences after one that gave a figure of this
	 * class, which does not carry on itself, measure where no cue says
	 * (a target's: what it is a target of), or -1: what was carried before. */
	int *after;
	/* Per class: what a cue of this class in a table's column header reads
	 * as ("Sasaran" over a column of counts beside "Peserta" is the workers
	 * aimed at, a base), or -1: as it is. */
	int *header;
	int not_class;  /* the class "not" (belum, tidak), or -1 */
	int will_class; /* the class "will" (akan, bakal), or -1 */
	size_t n_classes;
	int base;     /* the class "base" (a whole a part is of), or -1 */
	int benefit;  /* the class "benefit" (what is paid out), or -1 */
	int negation; /* the class "negation" ("yang belum"), or -1 */
	reading_row *rows[READ_KINDS];
	size_t n_rows[READ_KINDS];
	angka_lexicon *cues;        /* phrase -> class name */
	angka_lexicon *nouns;       /* phrase -> persons|children|cases|other */
	angka_lexicon *months;      /* month names */
	angka_lexicon *connectives; /* phrase -> clause|but|continue|part|refers|none */
	/* What decides the quantities a sentence holds (the nouns' and months'
	 * entries): their key in an angka_sentence_memo. NULL without them. */
	char *quantities_key;
} reading_config;

struct angka_rules {
	const angka_domain *domain; /* borrowed: outlives the rules */
	angka_rule *items;
	size_t n;
	char *defines; /* the (?(DEFINE)...) block of every shared pattern */
	/* The same patterns one by one (names[i], bodies[i]), so that each rule
	 * is compiled with those it uses only (see rules.c, compile_rule). */
	char **shared_names;
	char **shared_bodies;
	size_t n_shared;
	char version[65];
	uint32_t max_groups;
	reading_config reading;
	size_t *cue_rules; /* index in items of the cue rule of each class */
};

/* Load rules/reading.tsv and the lexicons the reader uses into *config.
 * Problems are appended to problems, one per line ("file:line: ..."), and
 * counted in *n_problems; returns ANGKA_ENOMEM or ANGKA_OK. */
/* rule_patterns.c. Keep a shared pattern of patterns.yaml (copied), or
 * forget them all. ANGKA_ENOMEM. */
int angka_rules_keep_shared(angka_rules *rules, const char *name, const char *body);
void angka_rules_free_shared(angka_rules *rules);
/* Append to full what PCRE2 compiles for rule: the (?(DEFINE)...) block of
 * the shared patterns (with trimmed, of those the rule uses only), for a
 * template its tokens' block, then the rule's pattern (with trimmed, a
 * template's calls to its tokens written out); *prefix is where the
 * pattern starts. Trimmed or not, it matches the same; compile without
 * trimming to report an error where the author wrote it. */
void angka_rules_pattern(angka_buf *full, size_t *prefix, const angka_rules *rules,
                         const angka_rule *rule, bool trimmed);

/* earlier (may be NULL): an earlier domain's config (earlier_domain's),
 * whose lexicons this one shares where they are the same files. */
int angka_reading_load(reading_config *config, const angka_domain *domain,
                       const reading_config *earlier, const angka_domain *earlier_domain,
                       angka_buf *problems, size_t *n_problems);
void angka_reading_free(reading_config *config);
/* The index of a class, or -1. */
int angka_reading_class(const reading_config *config, const char *name);
/* The column of the precedence table for a quantity, or -1 (no figure). */
int angka_reading_kind(const angka_quantity *q);

#endif

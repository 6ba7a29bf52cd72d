/* rules/reading.tsv: which cue class makes which figure of which kind of
 * quantity, in order of precedence, and the lexicons the reader reads with
 * (cues, counted nouns, month names, continuations). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/domain.h"
#include "match/rules_internal.h"

#define READING_FILE_MAX ((size_t)1024 * 1024)

static const char *const kind_names[READ_KINDS] = {"count", "children", "cases", "percent",
                                                   "rupiah"};

static void problem(angka_buf *problems, size_t *n, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;

static void problem(angka_buf *problems, size_t *n, const char *fmt, ...)
{
	char message[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(message, sizeof message, fmt, ap);
	va_end(ap);
	if (*n > 0)
		angka_buf_putc(problems, '\n');
	angka_buf_puts(problems, message);
	(*n)++;
}

int angka_reading_class(const reading_config *config, const char *name)
{
	/* The first letter before the call: the reader asks for the class of
	 * every cue word of every sentence. */
	for (size_t i = 0; i < config->n_classes; i++)
		if (config->classes[i][0] == name[0] && strcmp(config->classes[i], name) == 0)
			return (int)i;
	return -1;
}

static int add_class(reading_config *config, const char *name)
{
	int found = angka_reading_class(config, name);
	if (found >= 0)
		return found;
	char **grown = realloc(config->classes, (config->n_classes + 1) * sizeof *grown);
	if (grown == NULL)
		return -1;
	config->classes = grown;
	class_reach *reach = realloc(config->reach, (config->n_classes + 1) * sizeof *reach);
	if (reach == NULL)
		return -1;
	config->reach = reach;
	config->reach[config->n_classes] = REACH_SENTENCE;
	int *part = realloc(config->part, (config->n_classes + 1) * sizeof *part);
	if (part == NULL)
		return -1;
	config->part = part;
	config->part[config->n_classes] = -1;
	bool *keep = realloc(config->keep, (config->n_classes + 1) * sizeof *keep);
	if (keep == NULL)
		return -1;
	config->keep = keep;
	config->keep[config->n_classes] = false;
	int *negated = realloc(config->negated, (config->n_classes + 1) * sizeof *negated);
	if (negated == NULL)
		return -1;
	config->negated = negated;
	config->negated[config->n_classes] = -1;
	int *willed = realloc(config->willed, (config->n_classes + 1) * sizeof *willed);
	if (willed == NULL)
		return -1;
	config->willed = willed;
	config->willed[config->n_classes] = -1;
	int *after = realloc(config->after, (config->n_classes + 1) * sizeof *after);
	if (after == NULL)
		return -1;
	config->after = after;
	config->after[config->n_classes] = -1;
	int *header = realloc(config->header, (config->n_classes + 1) * sizeof *header);
	if (header == NULL)
		return -1;
	config->header = header;
	config->header[config->n_classes] = -1;
	config->classes[config->n_classes] = angka_strdup(name);
	if (config->classes[config->n_classes] == NULL)
		return -1;
	return (int)config->n_classes++;
}

int angka_reading_kind(const angka_quantity *q)
{
	switch (q->kind) {
	case ANGKA_QUANTITY_PERCENT: return READ_PERCENT;
	case ANGKA_QUANTITY_RUPIAH: return READ_RUPIAH;
	case ANGKA_QUANTITY_CASES: return READ_CASES;
	case ANGKA_QUANTITY_COUNT:
		return q->noun && strcmp(q->noun, "children") == 0 ? READ_CHILDREN : READ_COUNT;
	case ANGKA_QUANTITY_OTHER: break;
	}
	return -1;
}

/* The metric a kind of quantity may be: percent metrics for percentages,
 * rupiah metrics for amounts, the others for counts. */
static bool metric_fits(const angka_metric *metric, reading_kind kind)
{
	const char *unit = metric->unit;
	if (kind == READ_PERCENT)
		return strcmp(unit, "percent") == 0;
	if (kind == READ_RUPIAH)
		return strcmp(unit, "IDR") == 0;
	return strcmp(unit, "persons") == 0;
}

/* kind<TAB>class<TAB>metric|none, one per line; the lines of a kind are in
 * order of precedence. reach<TAB>class<TAB>clause|sentence|forward says how
 * far a class's cues reach. */
static int load_table(reading_config *config, const angka_domain *domain, const char *path,
                      angka_buf *problems, size_t *n_problems)
{
	char *bytes = NULL;
	size_t len = 0;
	angka_error err;
	if (angka_read_file(&bytes, &len, path, READING_FILE_MAX, &err) != ANGKA_OK) {
		problem(problems, n_problems, "%s", err.message);
		return err.code == ANGKA_ENOMEM ? ANGKA_ENOMEM : ANGKA_OK;
	}
	int rc = ANGKA_OK;
	int lineno = 0;
	for (char *line = bytes, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		size_t l = strlen(line);
		if (l > 0 && line[l - 1] == '\r')
			line[--l] = '\0';
		if (l == 0 || line[0] == '#')
			continue;
		char *kind = line, *cls = strchr(line, '\t'), *metric = NULL;
		if (cls) {
			*cls++ = '\0';
			metric = strchr(cls, '\t');
			if (metric)
				*metric++ = '\0';
		}
		if (cls == NULL || metric == NULL || *cls == '\0' || *metric == '\0' ||
		    strchr(metric, '\t')) {
			problem(problems, n_problems, "%s:%d: expected `kind<TAB>class<TAB>metric`",
			        path, lineno);
			continue;
		}
		if (strcmp(kind, "reach") == 0) {
			int c = add_class(config, cls);
			if (c < 0) {
				rc = ANGKA_ENOMEM;
				break;
			}
			if (strcmp(metric, "clause") == 0)
				config->reach[c] = REACH_CLAUSE;
			else if (strcmp(metric, "forward") == 0)
				config->reach[c] = REACH_FORWARD;
			else if (strcmp(metric, "sentence") == 0)
				config->reach[c] = REACH_SENTENCE;
			else if (strcmp(metric, "fallback") == 0)
				config->reach[c] = REACH_FALLBACK;
			else
				problem(problems, n_problems,
				        "%s:%d: a class reaches `clause`, `sentence`, `forward` or "
				        "`fallback`, not `%s`",
				        path, lineno, metric);
			continue;
		}
		if (strcmp(kind, "keep") == 0 && strcmp(metric, "-") == 0) {
			int c = add_class(config, cls);
			if (c < 0) {
				rc = ANGKA_ENOMEM;
				break;
			}
			config->keep[c] = true;
			continue;
		}
		bool after = strcmp(kind, "after") == 0;
		if (after || strcmp(kind, "header") == 0) {
			int of = add_class(config, cls), as = add_class(config, metric);
			if (of < 0 || as < 0) {
				rc = ANGKA_ENOMEM;
				break;
			}
			(after ? config->after : config->header)[of] = as;
			continue;
		}
		bool part = strcmp(kind, "part") == 0, will = strcmp(kind, "will") == 0;
		if (part || will || strcmp(kind, "not") == 0) {
			int of = add_class(config, cls), as = add_class(config, metric);
			if (of < 0 || as < 0) {
				rc = ANGKA_ENOMEM;
				break;
			}
			if (part)
				config->part[of] = as;
			else if (add_class(config, kind) < 0)
				rc = ANGKA_ENOMEM;
			else if (will)
				config->willed[of] = as;
			else
				config->negated[of] = as;
			continue;
		}
		int k = -1;
		for (int i = 0; i < READ_KINDS; i++)
			if (strcmp(kind, kind_names[i]) == 0)
				k = i;
		if (k < 0) {
			problem(problems, n_problems,
			        "%s:%d: unknown kind `%s` (count, children, cases, percent, "
			        "rupiah)",
			        path, lineno, kind);
			continue;
		}
		const char *m = NULL;
		bool context = false;
		if (strcmp(metric, "none") != 0) {
			const angka_metric *declared = angka_domain_metric(domain, metric);
			if (declared == NULL) {
				problem(problems, n_problems,
				        "%s:%d: unknown metric `%s` (the domain's metrics.tsv does "
				        "not "
				        "declare it)",
				        path, lineno, metric);
				continue;
			}
			if (!metric_fits(declared, (reading_kind)k)) {
				problem(problems, n_problems,
				        "%s:%d: a %s cannot be a `%s` (its unit is %s)", path,
				        lineno, kind, declared->name, declared->unit);
				continue;
			}
			m = declared->name;
			context = (declared->roles & ANGKA_METRIC_CONTEXT) != 0;
		}
		int c = add_class(config, cls);
		reading_row *grown =
		        realloc(config->rows[k], (config->n_rows[k] + 1) * sizeof *grown);
		if (c < 0 || grown == NULL) {
			rc = ANGKA_ENOMEM;
			break;
		}
		config->rows[k] = grown;
		config->rows[k][config->n_rows[k]++] = (reading_row){c, m, context};
	}
	free(bytes);
	return rc;
}

/* A lexicon of the domain's, else the shared one: the earlier domain's
 * (earlier_lex of earlier_domain, both NULL when there is none) when it is
 * the same file, as the shared ones are (nouns, months, connectives). */
static int load_lexicon(angka_lexicon **out, const angka_domain *domain, const char *name, int ends,
                        angka_lexicon *earlier_lex, const angka_domain *earlier_domain,
                        angka_buf *problems, size_t *n_problems)
{
	angka_error err;
	int rc = angka_lexicon_load_beside(out, domain, name, ends, earlier_lex, earlier_domain,
	                                   &err);
	if (rc == ANGKA_ENOMEM)
		return rc;
	if (rc != ANGKA_OK)
		problem(problems, n_problems, "%s", err.message);
	return ANGKA_OK;
}

int angka_reading_load(reading_config *config, const angka_domain *domain,
                       const reading_config *earlier, const angka_domain *earlier_domain,
                       angka_buf *problems, size_t *n_problems)
{
	memset(config, 0, sizeof *config);
	if (add_class(config, "none") != CLASS_NONE ||
	    add_class(config, "neutral") != CLASS_NEUTRAL)
		return ANGKA_ENOMEM;
	char *path = angka_domain_file(domain, "reading.tsv");
	if (path == NULL)
		return ANGKA_ENOMEM;
	int rc = load_table(config, domain, path, problems, n_problems);
	free(path);
	bool table_read = config->n_classes > CLASS_NEUTRAL + 1;
	config->base = angka_reading_class(config, "base");
	config->negation = angka_reading_class(config, "negation");
	config->benefit = angka_reading_class(config, "benefit");
	config->not_class = angka_reading_class(config, "not");
	config->will_class = angka_reading_class(config, "will");
	if (rc == ANGKA_OK)
		rc = load_lexicon(&config->cues, domain, "lexicon/cues.tsv", ANGKA_LEXICON_ENCLITIC,
		                  earlier ? earlier->cues : NULL, earlier_domain, problems,
		                  n_problems);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&config->nouns, domain, "lexicon/nouns.tsv", ANGKA_LEXICON_WORDS,
		                  earlier ? earlier->nouns : NULL, earlier_domain, problems,
		                  n_problems);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&config->months, domain, "lexicon/months.tsv",
		                  ANGKA_LEXICON_WORDS, earlier ? earlier->months : NULL,
		                  earlier_domain, problems, n_problems);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&config->connectives, domain, "lexicon/connectives.tsv",
		                  ANGKA_LEXICON_WORDS, earlier ? earlier->connectives : NULL,
		                  earlier_domain, problems, n_problems);
	if (rc == ANGKA_OK && config->nouns && config->months) {
		angka_buf key = ANGKA_BUF_INIT;
		angka_buf_printf(&key, "quantities:%s\x1e%s", angka_lexicon_key(config->nouns),
		                 angka_lexicon_key(config->months));
		config->quantities_key = angka_buf_detach(&key);
		if (config->quantities_key == NULL)
			return ANGKA_ENOMEM;
	}
	/* A connective's value the reader does not know would do nothing: a
	 * typo. */
	static const char *const joins[] = {"clause", "but",  "continue", "part", "refers",
	                                    "now",    "none", "says",     NULL};
	for (size_t i = 0;
	     rc == ANGKA_OK && config->connectives && i < angka_lexicon_size(config->connectives);
	     i++) {
		const char *phrase = NULL;
		const char *value = angka_lexicon_entry(config->connectives, i, &phrase);
		if (angka_word_is_one_of(value, strlen(value), joins))
			continue;
		char *file = angka_domain_file(domain, "lexicon/connectives.tsv");
		if (file == NULL)
			return ANGKA_ENOMEM;
		problem(problems, n_problems,
		        "%s: `%s` has value `%s`, not clause, but, continue, part, refers, now or "
		        "none",
		        file, phrase, value);
		free(file);
	}
	/* Without a table (missing, empty) every cue would be reported; the
	 * table's own problem says it. */
	if (rc != ANGKA_OK || config->cues == NULL || !table_read)
		return rc;
	/* A cue of a class the table never names would decide nothing: a typo. */
	for (size_t i = 0; i < angka_lexicon_size(config->cues); i++) {
		const char *phrase = NULL;
		const char *cls = angka_lexicon_entry(config->cues, i, &phrase);
		if (angka_reading_class(config, cls) < 0)
			problem(problems, n_problems,
			        "%s/lexicon/cues.tsv: `%s` has class `%s`, which the domain's "
			        "reading.tsv never names",
			        angka_domain_dir(domain), phrase, cls);
	}
	return ANGKA_OK;
}

void angka_reading_free(reading_config *config)
{
	for (size_t i = 0; i < config->n_classes; i++)
		free(config->classes[i]);
	free(config->classes);
	free(config->reach);
	free(config->part);
	free(config->keep);
	free(config->negated);
	free(config->willed);
	free(config->after);
	free(config->header);
	for (int k = 0; k < READ_KINDS; k++)
		free(config->rows[k]);
	angka_lexicon_free(config->cues);
	angka_lexicon_free(config->nouns);
	angka_lexicon_free(config->months);
	angka_lexicon_free(config->connectives);
	free(config->quantities_key);
	memset(config, 0, sizeof *config);
}

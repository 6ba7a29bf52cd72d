#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#include "angka/domain.h"
#include "match/rules_internal.h"
#include "util/buf.h"
#include "util/hash.h"

/* Rule files are small; a larger one is a mistake, not a rule set. */
#define RULE_FILE_MAX ((size_t)4 * 1024 * 1024)
#define LIST_PREFIX   "list_"

/* State of one load: the rules so far and every problem found, so that one
 * bad rule does not hide the errors of the others. */
typedef struct loader {
	angka_rules *rules;
	size_t cap;
	angka_buf problems;
	size_t n_problems;
	bool out_of_memory;
} loader;

/* The domain's name for a metric (it outlives the rules), or NULL. */
static const char *domain_metric(const loader *ld, const char *name)
{
	const angka_metric *m = angka_domain_metric(ld->rules->domain, name);
	return m ? m->name : NULL;
}

static void problem(loader *ld, const char *file, int line, const char *rule_id, const char *fmt,
                    ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 5, 6)))
#endif
        ;

static void problem(loader *ld, const char *file, int line, const char *rule_id, const char *fmt,
                    ...)
{
	if (ld->n_problems > 0)
		angka_buf_putc(&ld->problems, '\n');
	angka_buf_printf(&ld->problems, "%s:%d: ", file, line);
	if (rule_id)
		angka_buf_printf(&ld->problems, "rule %s: ", rule_id);
	char message[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(message, sizeof message, fmt, ap);
	va_end(ap);
	angka_buf_puts(&ld->problems, message);
	ld->n_problems++;
}

/* ---- YAML helpers ------------------------------------------------------ */

static int line_of(const yaml_node_t *node)
{
	return (int)node->start_mark.line + 1;
}

static const char *scalar(const yaml_node_t *node)
{
	return (node && node->type == YAML_SCALAR_NODE) ? (const char *)node->data.scalar.value
	                                                : NULL;
}

static yaml_node_t *mapping_get(yaml_document_t *doc, yaml_node_t *map, const char *key)
{
	if (map == NULL || map->type != YAML_MAPPING_NODE)
		return NULL;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	     p++) {
		const char *k = scalar(yaml_document_get_node(doc, p->key));
		if (k && strcmp(k, key) == 0)
			return yaml_document_get_node(doc, p->value);
	}
	return NULL;
}

/* Parse a YAML file into doc. On a syntax error, records the problem with
 * libyaml's line and message and returns false. */
static bool load_yaml(loader *ld, const char *path, const char *bytes, size_t len,
                      yaml_document_t *doc)
{
	yaml_parser_t parser;
	if (!yaml_parser_initialize(&parser)) {
		ld->out_of_memory = true;
		return false;
	}
	yaml_parser_set_input_string(&parser, (const unsigned char *)bytes, len);
	bool ok = yaml_parser_load(&parser, doc) != 0;
	if (!ok)
		problem(ld, path, (int)parser.problem_mark.line + 1, NULL, "YAML: %s%s%s",
		        parser.problem ? parser.problem : "syntax error", parser.context ? " " : "",
		        parser.context ? parser.context : "");
	yaml_parser_delete(&parser);
	return ok;
}

/* ---- shared sub-patterns ----------------------------------------------- */

/* patterns.yaml: `patterns:` maps a name to a pattern; all of them become
 * one (?(DEFINE)...) block, and each is kept apart too (rule_patterns.c
 * gives a rule those it uses). */
static void load_patterns(loader *ld, const char *path)
{
	angka_error err;
	size_t len = 0;
	char *bytes = NULL;
	if (angka_read_file(&bytes, &len, path, RULE_FILE_MAX, &err) != ANGKA_OK) {
		problem(ld, path, 0, NULL, "%s", err.message);
		return;
	}
	yaml_document_t doc;
	if (!load_yaml(ld, path, bytes, len, &doc)) {
		free(bytes);
		return;
	}
	angka_buf defines = ANGKA_BUF_INIT;
	angka_buf_puts(&defines, "(?(DEFINE)");
	angka_rules_free_shared(ld->rules);
	yaml_node_t *root = yaml_document_get_root_node(&doc);
	yaml_node_t *patterns = mapping_get(&doc, root, "patterns");
	if (patterns == NULL || patterns->type != YAML_MAPPING_NODE) {
		problem(ld, path, root ? line_of(root) : 1, NULL,
		        "expected a mapping `patterns:` of name: pattern");
	} else {
		for (yaml_node_pair_t *p = patterns->data.mapping.pairs.start;
		     p < patterns->data.mapping.pairs.top; p++) {
			yaml_node_t *key = yaml_document_get_node(&doc, p->key);
			yaml_node_t *value = yaml_document_get_node(&doc, p->value);
			const char *name = scalar(key);
			const char *pattern = scalar(value);
			if (name == NULL || pattern == NULL) {
				problem(ld, path, line_of(key), NULL,
				        "each shared pattern is `name: pattern`");
				continue;
			}
			angka_buf_printf(&defines, "(?<%s>%s)", name, pattern);
			if (angka_rules_keep_shared(ld->rules, name, pattern) != ANGKA_OK)
				ld->out_of_memory = true;
		}
	}
	angka_buf_putc(&defines, ')');
	if (defines.failed)
		ld->out_of_memory = true;
	free(ld->rules->defines);
	ld->rules->defines = angka_buf_detach(&defines);
	yaml_document_delete(&doc);
	free(bytes);
}

/* ---- rules ------------------------------------------------------------- */

static void rule_clear(angka_rule *rule)
{
	free(rule->id);
	free(rule->metric);
	free(rule->segment);
	free(rule->unit);
	free(rule->description);
	free(rule->file);
	free(rule->pattern);
	free(rule->needs);
	pcre2_code_free(rule->code);
	free(rule->groups);
	for (size_t i = 0; i < rule->n_examples; i++) {
		free((char *)rule->examples[i].text);
		free((double *)rule->examples[i].values);
		free((void *)rule->examples[i].metrics);
	}
	free(rule->examples);
	memset(rule, 0, sizeof *rule);
}

/* A template's groups say what the quantities inside them are: a cue
 * class (covered, base, target, none, ...), `pair`, `items`, `part`, `list`.
 * Other names are the shared patterns' and say nothing. */
/* Does the pattern as written name a group so: "(?<name>", "(?P<name>" or
 * "(?'name'"? */
static bool names_group(const char *pattern, const char *name)
{
	size_t len = strlen(name);
	for (const char *p = pattern ? strstr(pattern, "(?") : NULL; p; p = strstr(p + 2, "(?")) {
		const char *q = p + 2;
		if (*q == 'P')
			q++;
		char close = *q == '<' ? '>' : *q == '\'' ? '\'' : '\0';
		if (close && strncmp(q + 1, name, len) == 0 && q[1 + len] == close)
			return true;
	}
	return false;
}

static bool collect_template_groups(loader *ld, angka_rule *rule, uint32_t count,
                                    uint32_t entry_size, PCRE2_SPTR table)
{
	static const struct {
		const char *name;
		template_role role;
	} roles[] = {{"pair", ROLE_PAIR},
	             {"items", ROLE_ITEMS},
	             {"part", ROLE_PART},
	             {"list", ROLE_LIST}};
	for (uint32_t i = 0; i < count; i++) {
		PCRE2_SPTR entry = table + (size_t)i * entry_size;
		uint32_t number = ((uint32_t)entry[0] << 8) | entry[1];
		const char *name = (const char *)entry + 2;
		rule_group group = {number, NULL, false, ROLE_CLASS, -1};
		for (size_t r = 0; r < sizeof roles / sizeof roles[0]; r++)
			if (strcmp(name, roles[r].name) == 0)
				group.role = roles[r].role;
		if (group.role == ROLE_CLASS) {
			group.cue_class = angka_reading_class(&ld->rules->reading, name);
			if (group.cue_class < 0 || !names_group(rule->pattern, name))
				continue; /* a shared pattern's group (the DEFINE block's `gap`) */
		}
		rule->groups[rule->n_groups++] = group;
	}
	if (rule->n_groups == 0) {
		problem(ld, rule->file, rule->line, rule->id,
		        "the template has no group that says anything: name one after a cue class "
		        "of rules/reading.tsv (covered, base, target, none, ...) or `pair`, "
		        "`items`, `part`, `list`");
		return false;
	}
	return true;
}

/* Find the named groups that yield figures: a metric's name, `value` (the
 * rule's own metric) or list_<metric>. Other names (the shared patterns')
 * yield nothing; a rule whose groups all yield nothing is a problem. */
static bool collect_groups(loader *ld, angka_rule *rule)
{
	uint32_t count = 0, entry_size = 0;
	PCRE2_SPTR table = NULL;
	pcre2_pattern_info(rule->code, PCRE2_INFO_NAMECOUNT, &count);
	pcre2_pattern_info(rule->code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
	pcre2_pattern_info(rule->code, PCRE2_INFO_NAMETABLE, &table);
	uint32_t capture_count = 0;
	pcre2_pattern_info(rule->code, PCRE2_INFO_CAPTURECOUNT, &capture_count);
	if (capture_count + 1 > ld->rules->max_groups)
		ld->rules->max_groups = capture_count + 1;
	rule->groups = calloc(count ? count : 1, sizeof *rule->groups);
	if (rule->groups == NULL) {
		ld->out_of_memory = true;
		return false;
	}
	if (rule->kind == RULE_TEMPLATE)
		return collect_template_groups(ld, rule, count, entry_size, table);
	for (uint32_t i = 0; i < count; i++) {
		PCRE2_SPTR entry = table + (size_t)i * entry_size;
		uint32_t number = ((uint32_t)entry[0] << 8) | entry[1];
		const char *name = (const char *)entry + 2;
		bool list = strncmp(name, LIST_PREFIX, strlen(LIST_PREFIX)) == 0;
		const char *base = list ? name + strlen(LIST_PREFIX) : name;
		const char *metric = NULL;
		if (strcmp(base, "value") == 0) {
			metric = domain_metric(ld, rule->metric);
			if (metric == NULL) {
				problem(ld, rule->file, rule->line, rule->id,
				        "group <%s> needs the rule to say its `metric:`", name);
				return false;
			}
		} else {
			metric = domain_metric(ld, base);
		}
		if (metric == NULL) {
			/* Names of the shared patterns live in the DEFINE block. */
			continue;
		}
		rule->groups[rule->n_groups++] = (rule_group){number, metric, list, ROLE_CLASS, -1};
	}
	if (rule->n_groups == 0) {
		problem(ld, rule->file, rule->line, rule->id,
		        "the pattern has no group that yields a figure: name one (?<value>...) or "
		        "after a metric, e.g. (?<coverage_pct>...)");
		return false;
	}
	return true;
}

static bool compile_rule(loader *ld, angka_rule *rule, int pattern_line)
{
	angka_buf full = ANGKA_BUF_INIT;
	size_t prefix = 0;
	angka_rules_pattern(&full, &prefix, ld->rules, rule, true);
	int code = 0;
	PCRE2_SIZE offset = 0;
	uint32_t options = PCRE2_UTF | PCRE2_CASELESS | PCRE2_EXTENDED | PCRE2_DUPNAMES;
	if (!full.failed)
		rule->code = pcre2_compile((PCRE2_SPTR)full.data, full.len, options, &code, &offset,
		                           NULL);
	if (rule->code == NULL) {
		/* As written, with every shared pattern: its error, where the
		 * author wrote it (or a call the trimming did not see). */
		angka_buf_free(&full);
		angka_rules_pattern(&full, &prefix, ld->rules, rule, false);
		if (!full.failed)
			rule->code = pcre2_compile((PCRE2_SPTR)full.data, full.len, options, &code,
			                           &offset, NULL);
	}
	if (full.failed) {
		angka_buf_free(&full);
		ld->out_of_memory = true;
		return false;
	}
	angka_buf_free(&full);
	if (rule->code == NULL) {
		PCRE2_UCHAR message[256];
		pcre2_get_error_message(code, message, sizeof message);
		if (offset >= prefix)
			problem(ld, rule->file, pattern_line, rule->id,
			        "pattern does not compile: %s at offset %zu of the pattern",
			        message, (size_t)(offset - prefix));
		else
			problem(ld, rule->file, pattern_line, rule->id,
			        "pattern does not compile: %s at offset %zu of the shared patterns "
			        "(patterns.yaml)",
			        message, (size_t)offset);
		return false;
	}
	/* JIT is an optimisation: where it is unavailable the interpreter runs. */
	(void)pcre2_jit_compile(rule->code, PCRE2_JIT_COMPLETE);
	return collect_groups(ld, rule);
}

static bool parse_examples(loader *ld, yaml_document_t *doc, yaml_node_t *node, angka_rule *rule,
                           bool must_match)
{
	if (node == NULL)
		return true;
	if (node->type != YAML_SEQUENCE_NODE) {
		problem(ld, rule->file, line_of(node), rule->id, "%s must be a list",
		        must_match ? "examples" : "counterexamples");
		return false;
	}
	for (yaml_node_item_t *it = node->data.sequence.items.start;
	     it < node->data.sequence.items.top; it++) {
		yaml_node_t *item = yaml_document_get_node(doc, *it);
		const char *text =
		        must_match ? scalar(mapping_get(doc, item, "text")) : scalar(item);
		if (text == NULL) {
			problem(ld, rule->file, line_of(item), rule->id,
			        must_match ? "an example is `- text: ...` with `values: [...]`"
			                   : "a counterexample is a text");
			return false;
		}
		angka_rule_example *grown =
		        realloc(rule->examples, (rule->n_examples + 1) * sizeof *grown);
		if (grown == NULL) {
			ld->out_of_memory = true;
			return false;
		}
		rule->examples = grown;
		angka_rule_example *ex = &rule->examples[rule->n_examples++];
		memset(ex, 0, sizeof *ex);
		ex->text = angka_strdup(text);
		ex->must_match = must_match;
		ex->line = line_of(item);
		if (!must_match)
			continue;
		yaml_node_t *values = mapping_get(doc, item, "values");
		if (values == NULL || values->type != YAML_SEQUENCE_NODE) {
			problem(ld, rule->file, line_of(item), rule->id,
			        "an example needs `values: [...]`, the figures it must give");
			return false;
		}
		size_t n = (size_t)(values->data.sequence.items.top -
		                    values->data.sequence.items.start);
		double *parsed = calloc(n ? n : 1, sizeof *parsed);
		if (parsed == NULL) {
			ld->out_of_memory = true;
			return false;
		}
		ex->values = parsed;
		for (size_t i = 0; i < n; i++) {
			yaml_node_t *v =
			        yaml_document_get_node(doc, values->data.sequence.items.start[i]);
			const char *s = scalar(v);
			char *end = NULL;
			parsed[i] = s ? strtod(s, &end) : 0;
			if (s == NULL || end == s || *end != '\0') {
				problem(ld, rule->file, line_of(v), rule->id,
				        "example value `%s` is not a number", s ? s : "?");
				return false;
			}
		}
		ex->n_values = n;
		yaml_node_t *metrics = mapping_get(doc, item, "metrics");
		if (metrics == NULL)
			continue;
		size_t n_metrics = metrics->type == YAML_SEQUENCE_NODE
		                           ? (size_t)(metrics->data.sequence.items.top -
		                                      metrics->data.sequence.items.start)
		                           : 0;
		if (n_metrics != n) {
			problem(ld, rule->file, line_of(metrics), rule->id,
			        "`metrics: [...]` needs one metric per value");
			return false;
		}
		const char **names = calloc(n ? n : 1, sizeof *names);
		if (names == NULL) {
			ld->out_of_memory = true;
			return false;
		}
		ex->metrics = names;
		for (size_t i = 0; i < n; i++) {
			yaml_node_t *v =
			        yaml_document_get_node(doc, metrics->data.sequence.items.start[i]);
			names[i] = domain_metric(ld, scalar(v));
			if (names[i] == NULL) {
				problem(ld, rule->file, line_of(v), rule->id,
				        "example metric `%s` is not a metric",
				        scalar(v) ? scalar(v) : "?");
				return false;
			}
		}
	}
	return true;
}

static bool push_rule(loader *ld, angka_rule *rule)
{
	if (ld->rules->n == ld->cap) {
		size_t cap = ld->cap ? ld->cap * 2 : 32;
		angka_rule *grown = realloc(ld->rules->items, cap * sizeof *grown);
		if (grown == NULL) {
			ld->out_of_memory = true;
			return false;
		}
		ld->rules->items = grown;
		ld->cap = cap;
	}
	rule->order = ld->rules->n;
	ld->rules->items[ld->rules->n++] = *rule;
	return true;
}

static const char *const rule_keys[] = {
        "id",      "metric",   "segment",         "unit",     "priority", "description",
        "pattern", "examples", "counterexamples", "requires", "needs",    NULL};

static void load_rule(loader *ld, const char *path, yaml_document_t *doc, yaml_node_t *node,
                      rule_kind kind)
{
	angka_rule rule;
	memset(&rule, 0, sizeof rule);
	rule.kind = kind;
	rule.file = angka_strdup(path);
	rule.line = line_of(node);
	if (node->type != YAML_MAPPING_NODE) {
		problem(ld, path, rule.line, NULL,
		        "a rule is a mapping (id:, metric:, pattern:, ...)");
		goto fail;
	}
	const char *id = scalar(mapping_get(doc, node, "id"));
	if (id == NULL) {
		problem(ld, path, rule.line, NULL, "rule without an `id:`");
		goto fail;
	}
	rule.id = angka_strdup(id);
	for (yaml_node_pair_t *p = node->data.mapping.pairs.start; p < node->data.mapping.pairs.top;
	     p++) {
		const char *key = scalar(yaml_document_get_node(doc, p->key));
		bool known = false;
		for (size_t i = 0; key && rule_keys[i]; i++)
			known |= strcmp(key, rule_keys[i]) == 0;
		if (!known) {
			problem(ld, path, line_of(yaml_document_get_node(doc, p->key)), id,
			        "unknown key `%s`", key ? key : "?");
			goto fail;
		}
	}
	for (size_t i = 0; i < ld->rules->n; i++) {
		if (strcmp(ld->rules->items[i].id, id) == 0) {
			problem(ld, path, rule.line, id, "duplicate id (first defined at %s:%d)",
			        ld->rules->items[i].file, ld->rules->items[i].line);
			goto fail;
		}
	}
	const char *metric = scalar(mapping_get(doc, node, "metric"));
	if (metric && domain_metric(ld, metric) == NULL) {
		problem(ld, path, rule.line, id,
		        "unknown metric `%s` (the domain's metrics.tsv does not declare it)",
		        metric);
		goto fail;
	}
	rule.metric = angka_strdup(metric);
	const char *segment = scalar(mapping_get(doc, node, "segment"));
	if (segment && angka_domain_segment(ld->rules->domain, segment) == NULL) {
		problem(ld, path, rule.line, id,
		        "unknown segment `%s` (the domain's metrics.tsv does not declare it)",
		        segment);
		goto fail;
	}
	rule.segment = angka_strdup(segment);
	const char *unit = scalar(mapping_get(doc, node, "unit"));
	if (unit && strcmp(unit, "persons") != 0 && strcmp(unit, "percent") != 0 &&
	    strcmp(unit, "IDR") != 0 && strcmp(unit, "cases") != 0) {
		problem(ld, path, rule.line, id, "unknown unit `%s` (persons, percent, IDR, cases)",
		        unit);
		goto fail;
	}
	rule.unit = angka_strdup(unit);
	rule.description = angka_strdup(scalar(mapping_get(doc, node, "description")));
	yaml_node_t *priority = mapping_get(doc, node, "priority");
	if (priority) {
		const char *s = scalar(priority);
		char *end = NULL;
		long value = s ? strtol(s, &end, 10) : 0;
		if (s == NULL || end == s || *end != '\0' || value < -1000 || value > 1000) {
			problem(ld, path, line_of(priority), id,
			        "priority must be a whole number from -1000 to 1000");
			goto fail;
		}
		rule.priority = (int)value;
	}
	const char *requires = scalar(mapping_get(doc, node, "requires"));
	if (requires && (kind != RULE_TEMPLATE || requires[0] == '\0' ||
	                 strlen(requires) >= sizeof rule.requires ||
	                 strspn(requires, "PRNKO") != strlen(requires))) {
		problem(ld, path, rule.line, id,
		        "`requires:` is a template's token letters, some of P, R, N, K, O");
		goto fail;
	}
	if (requires)
		strcpy(rule.requires, requires);
	const char *needs = scalar(mapping_get(doc, node, "needs"));
	if (needs && (kind != RULE_TEMPLATE || needs[0] == '\0' || needs[0] == '|' ||
	              needs[strlen(needs) - 1] == '|' || strstr(needs, "||") ||
	              strspn(needs, "abcdefghijklmnopqrstuvwxyz-|") != strlen(needs))) {
		/* No spaces: a word is looked for as it is, and the text between
		 * two words need not be one space. */
		problem(ld, path, rule.line, id,
		        "`needs:` is a template's words (lower-case letters and '-'), one of "
		        "which a sentence must hold, joined by '|'");
		goto fail;
	}
	if (needs) {
		/* the words one after another, each '\0'-terminated, then an
		 * empty one */
		size_t len = strlen(needs);
		if ((rule.needs = malloc(len + 2)) == NULL) {
			problem(ld, path, rule.line, id, "out of memory");
			goto fail;
		}
		for (size_t i = 0; i <= len; i++)
			rule.needs[i] = needs[i] == '|' ? '\0' : needs[i];
		rule.needs[len + 1] = '\0';
	}
	yaml_node_t *pattern = mapping_get(doc, node, "pattern");
	if (scalar(pattern) == NULL) {
		problem(ld, path, rule.line, id, "rule without a `pattern:`");
		goto fail;
	}
	rule.pattern = angka_strdup(scalar(pattern));
	if (!compile_rule(ld, &rule, line_of(pattern)))
		goto fail;
	if (!parse_examples(ld, doc, mapping_get(doc, node, "examples"), &rule, true) ||
	    !parse_examples(ld, doc, mapping_get(doc, node, "counterexamples"), &rule, false))
		goto fail;
	if (!push_rule(ld, &rule))
		goto fail;
	return;
fail:
	rule_clear(&rule);
}

static void load_rule_file(loader *ld, const char *path, rule_kind kind)
{
	angka_error err;
	size_t len = 0;
	char *bytes = NULL;
	if (angka_read_file(&bytes, &len, path, RULE_FILE_MAX, &err) != ANGKA_OK) {
		problem(ld, path, 0, NULL, "%s", err.message);
		return;
	}
	yaml_document_t doc;
	if (!load_yaml(ld, path, bytes, len, &doc)) {
		free(bytes);
		return;
	}
	yaml_node_t *root = yaml_document_get_root_node(&doc);
	const char *key = kind == RULE_TEMPLATE ? "templates" : "rules";
	yaml_node_t *rules = mapping_get(&doc, root, key);
	if (rules == NULL || rules->type != YAML_SEQUENCE_NODE) {
		problem(ld, path, root ? line_of(root) : 1, NULL, "expected a list `%s:`", key);
	} else {
		for (yaml_node_item_t *it = rules->data.sequence.items.start;
		     it < rules->data.sequence.items.top; it++)
			load_rule(ld, path, &doc, yaml_document_get_node(&doc, *it), kind);
	}
	yaml_document_delete(&doc);
	free(bytes);
}

/* One rule per cue class, so that a figure a cue decided names what decided
 * it ("cue.covered") and `rules list` shows the classes. */
static void add_cue_rules(loader *ld)
{
	const reading_config *config = &ld->rules->reading;
	ld->rules->cue_rules =
	        calloc(config->n_classes ? config->n_classes : 1, sizeof *ld->rules->cue_rules);
	if (ld->rules->cue_rules == NULL) {
		ld->out_of_memory = true;
		return;
	}
	for (size_t c = 0; c < config->n_classes; c++) {
		angka_rule rule;
		memset(&rule, 0, sizeof rule);
		rule.kind = RULE_CUE;
		angka_buf id = ANGKA_BUF_INIT, file = ANGKA_BUF_INIT, description = ANGKA_BUF_INIT;
		angka_buf_printf(&id, "cue.%s", config->classes[c]);
		angka_buf_printf(&file, "%s/lexicon/cues.tsv", angka_domain_dir(ld->rules->domain));
		angka_buf_printf(&description,
		                 "a cue word of class `%s` (lexicon/cues.tsv) decided it, by the "
		                 "precedence of reading.tsv",
		                 config->classes[c]);
		rule.id = angka_buf_detach(&id);
		rule.file = angka_buf_detach(&file);
		rule.description = angka_buf_detach(&description);
		if (rule.id == NULL || rule.file == NULL || rule.description == NULL) {
			ld->out_of_memory = true;
			rule_clear(&rule);
			return;
		}
		ld->rules->cue_rules[c] = ld->rules->n;
		if (!push_rule(ld, &rule)) {
			rule_clear(&rule);
			return;
		}
	}
}

/* ---- files ------------------------------------------------------------- */

typedef struct name_list {
	char **items;
	size_t n;
} name_list;

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void name_list_free(name_list *list)
{
	for (size_t i = 0; i < list->n; i++)
		free(list->items[i]);
	free(list->items);
	list->items = NULL;
	list->n = 0;
}

/* Every regular file under dir (recursively, hidden entries skipped),
 * sorted; paths are dir-prefixed. suffix (may be NULL) filters by ending. */
static int list_files(name_list *out, const char *dir, const char *suffix, bool recurse)
{
	DIR *d = opendir(dir);
	if (d == NULL)
		return errno == ENOENT ? ANGKA_ENOTFOUND : ANGKA_EIO;
	int rc = ANGKA_OK;
	struct dirent *entry;
	while (rc == ANGKA_OK && (entry = readdir(d)) != NULL) {
		if (entry->d_name[0] == '.')
			continue;
		angka_buf path = ANGKA_BUF_INIT;
		angka_buf_printf(&path, "%s/%s", dir, entry->d_name);
		char *full = angka_buf_detach(&path);
		if (full == NULL) {
			rc = ANGKA_ENOMEM;
			break;
		}
		struct stat st;
		if (stat(full, &st) != 0) {
			free(full);
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			if (recurse)
				rc = list_files(out, full, suffix, true);
			free(full);
			continue;
		}
		size_t len = strlen(full), slen = suffix ? strlen(suffix) : 0;
		if (!S_ISREG(st.st_mode) ||
		    (suffix && (len < slen || strcmp(full + len - slen, suffix) != 0))) {
			free(full);
			continue;
		}
		char **grown = realloc(out->items, (out->n + 1) * sizeof *grown);
		if (grown == NULL) {
			free(full);
			rc = ANGKA_ENOMEM;
			break;
		}
		out->items = grown;
		out->items[out->n++] = full;
	}
	closedir(d);
	if (out->n > 1)
		qsort(out->items, out->n, sizeof *out->items, compare_strings);
	return rc;
}

/* The rules version: SHA-256 over every file of the rules folder (relative
 * name and bytes), so that any edit an analyst makes changes it. */
static int hash_rules_dir(angka_rules *rules, const char *dir)
{
	name_list files = {NULL, 0};
	int rc = list_files(&files, dir, NULL, true);
	angka_hasher *h = angka_hasher_new();
	if (h == NULL)
		rc = ANGKA_ENOMEM;
	size_t prefix = strlen(dir) + 1;
	for (size_t i = 0; rc == ANGKA_OK && i < files.n; i++) {
		size_t len = 0;
		char *bytes = NULL;
		if (angka_read_file(&bytes, &len, files.items[i], RULE_FILE_MAX, NULL) != ANGKA_OK)
			continue;
		angka_hasher_update(h, files.items[i] + prefix,
		                    strlen(files.items[i] + prefix) + 1);
		angka_hasher_update(h, bytes, len);
		free(bytes);
	}
	if (rc == ANGKA_OK && angka_hasher_final(h, rules->version) != 0)
		rc = ANGKA_ENOMEM;
	angka_hasher_free(h);
	name_list_free(&files);
	return rc;
}

int angka_rules_load(angka_rules **out, const angka_domain *domain, angka_error *err)
{
	return angka_rules_load_beside(out, domain, NULL, err);
}

int angka_rules_load_beside(angka_rules **out, const angka_domain *domain,
                            const angka_rules *earlier, angka_error *err)
{
	int rc = ANGKA_OK;
	loader ld;
	memset(&ld, 0, sizeof ld);
	name_list files = {NULL, 0};
	char *path = NULL;
	const char *dir = angka_domain_dir(domain);
	*out = NULL;

	struct stat st;
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		rc = angka_error_set(err, ANGKA_ENOTFOUND, "%s: no such rules folder", dir);
		goto cleanup;
	}
	ld.rules = calloc(1, sizeof *ld.rules);
	if (ld.rules == NULL)
		goto nomem;
	ld.rules->domain = domain;
	if ((path = angka_domain_file(domain, "patterns.yaml")) == NULL)
		goto nomem;
	load_patterns(&ld, path);
	free(path);
	path = NULL;
	if (angka_reading_load(&ld.rules->reading, domain, earlier ? &earlier->reading : NULL,
	                       earlier ? earlier->domain : NULL, &ld.problems,
	                       &ld.n_problems) != ANGKA_OK)
		goto nomem;
	add_cue_rules(&ld);
	if ((path = angka_domain_file(domain, "templates.yaml")) == NULL)
		goto nomem;
	if (stat(path, &st) == 0) /* templates are optional, like specific rules */
		load_rule_file(&ld, path, RULE_TEMPLATE);
	free(path);
	path = NULL;
	if ((path = angka_domain_file(domain, "figures")) == NULL)
		goto nomem;
	/* Specific rules are optional: the templates and cues read most figures. */
	rc = list_files(&files, path, ".yaml", false);
	if (rc == ANGKA_ENOMEM)
		goto nomem;
	if (rc != ANGKA_OK && rc != ANGKA_ENOTFOUND)
		problem(&ld, path, 0, NULL, "cannot read this folder");
	rc = ANGKA_OK;
	for (size_t i = 0; i < files.n; i++)
		load_rule_file(&ld, files.items[i], RULE_FIGURE);
	if (ld.out_of_memory || ld.problems.failed)
		goto nomem;
	if (ld.n_problems > 0) {
		rc = angka_error_set(err, ANGKA_ERULE, "%zu problem%s in the rules:\n%s",
		                     ld.n_problems, ld.n_problems == 1 ? "" : "s",
		                     ld.problems.data);
		goto cleanup;
	}
	/* The version covers every domain and the shared files alike: the
	 * same for every domain of a folder (reading and hashing it was a
	 * tenth of loading the rules). */
	if (earlier && strcmp(angka_domain_root(earlier->domain), angka_domain_root(domain)) == 0) {
		memcpy(ld.rules->version, earlier->version, sizeof ld.rules->version);
	} else {
		rc = hash_rules_dir(ld.rules, angka_domain_root(domain));
		if (rc != ANGKA_OK)
			goto nomem;
	}
	*out = ld.rules;
	ld.rules = NULL;
	goto cleanup;
nomem:
	rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory loading the rules", dir);
cleanup:
	angka_rules_free(ld.rules);
	angka_buf_free(&ld.problems);
	free(path);
	name_list_free(&files);
	return rc;
}

const angka_domain *angka_rules_domain(const angka_rules *rules)
{
	return rules->domain;
}

void angka_rules_free(angka_rules *rules)
{
	if (rules == NULL)
		return;
	for (size_t i = 0; i < rules->n; i++)
		rule_clear(&rules->items[i]);
	free(rules->items);
	free(rules->defines);
	angka_rules_free_shared(rules);
	free(rules->cue_rules);
	angka_reading_free(&rules->reading);
	free(rules);
}

size_t angka_rules_count(const angka_rules *rules)
{
	return rules->n;
}

const angka_rule *angka_rules_at(const angka_rules *rules, size_t i)
{
	return i < rules->n ? &rules->items[i] : NULL;
}

const char *angka_rules_version(const angka_rules *rules)
{
	return rules->version;
}

angka_rule_kind angka_rule_kind_of(const angka_rule *rule)
{
	switch (rule->kind) {
	case RULE_TEMPLATE: return ANGKA_RULE_KIND_TEMPLATE;
	case RULE_CUE: return ANGKA_RULE_KIND_CUE;
	case RULE_FIGURE: break;
	}
	return ANGKA_RULE_KIND_FIGURE;
}

const char *angka_rule_kind_name(const angka_rule *rule)
{
	static const char *const names[] = {"rule", "template", "cue"};
	return names[angka_rule_kind_of(rule)];
}

const char *angka_rule_id(const angka_rule *rule)
{
	return rule->id;
}

const char *angka_rule_metric(const angka_rule *rule)
{
	return rule->metric;
}

const char *angka_rule_segment(const angka_rule *rule)
{
	return rule->segment;
}

const char *angka_rule_unit(const angka_rule *rule)
{
	return rule->unit;
}

const char *angka_rule_file(const angka_rule *rule)
{
	return rule->file;
}

int angka_rule_line(const angka_rule *rule)
{
	return rule->line;
}

int angka_rule_priority(const angka_rule *rule)
{
	return rule->priority;
}

size_t angka_rule_order(const angka_rule *rule)
{
	return rule->order;
}

const char *angka_rule_description(const angka_rule *rule)
{
	return rule->description;
}

size_t angka_rule_example_count(const angka_rule *rule)
{
	return rule->n_examples;
}

const angka_rule_example *angka_rule_example_at(const angka_rule *rule, size_t i)
{
	return i < rule->n_examples ? &rule->examples[i] : NULL;
}

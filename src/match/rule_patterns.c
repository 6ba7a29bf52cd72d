/* A rule's pattern as PCRE2 compiles it: after the shared patterns it uses
 * (patterns.yaml) and, for a template, with its tokens written out. How the
 * pattern is put together decides what loading the rules and matching the
 * templates cost, not what they match. */
#include <stdlib.h>
#include <string.h>

#include "match/rules_internal.h"

/* In the text templates read, every quantity is a token: \x01, a letter
 * for its kind, its index in the sentence, \x02. A template names them
 * (?&P) a percentage, (?&R) a rupiah amount, (?&N) a count of people (or of
 * nothing named), (?&K) a count of cases, (?&C) either count, (?&Q) any. */
#define TEMPLATE_TOKENS                                                                            \
	"(?(DEFINE)(?<P>\\x01P\\d+\\x02)(?<R>\\x01R\\d+\\x02)(?<N>\\x01N\\d+\\x02)"                \
	"(?<K>\\x01K\\d+\\x02)(?<C>\\x01[NK]\\d+\\x02)(?<Q>\\x01[PRNK]\\d+\\x02))"

/* The same tokens written out in place of a template's calls to them. PCRE2
 * finds no first character through a subroutine call, so a template that
 * starts with one (most do: "(?<none>(?&P)) ...") was tried at every byte of
 * the sentence (an eighth of extracting plain texts); written out, it is
 * tried only where a token (or another branch's first letter) is. Each body
 * matches as its call does: caseless, as the DEFINE block is compiled, and
 * in one way only, so no backtracking tells them apart. */
static const struct token_body {
	const char *call;
	const char *body;
} token_bodies[] = {
        {"(?&P)", "(?i:\\x01P\\d+\\x02)"},    {"(?&R)", "(?i:\\x01R\\d+\\x02)"},
        {"(?&N)", "(?i:\\x01N\\d+\\x02)"},    {"(?&K)", "(?i:\\x01K\\d+\\x02)"},
        {"(?&C)", "(?i:\\x01[NK]\\d+\\x02)"}, {"(?&Q)", "(?i:\\x01[PRNK]\\d+\\x02)"},
};

void angka_rules_free_shared(angka_rules *rules)
{
	for (size_t i = 0; i < rules->n_shared; i++) {
		free(rules->shared_names[i]);
		free(rules->shared_bodies[i]);
	}
	free(rules->shared_names);
	free(rules->shared_bodies);
	rules->shared_names = rules->shared_bodies = NULL;
	rules->n_shared = 0;
}

int angka_rules_keep_shared(angka_rules *rules, const char *name, const char *body)
{
	char **names = realloc(rules->shared_names, (rules->n_shared + 1) * sizeof *names);
	if (names != NULL)
		rules->shared_names = names;
	char **bodies = realloc(rules->shared_bodies, (rules->n_shared + 1) * sizeof *bodies);
	if (bodies != NULL)
		rules->shared_bodies = bodies;
	char *name_copy = strdup(name), *body_copy = strdup(body);
	if (names == NULL || bodies == NULL || name_copy == NULL || body_copy == NULL) {
		free(name_copy);
		free(body_copy);
		return ANGKA_ENOMEM;
	}
	rules->shared_names[rules->n_shared] = name_copy;
	rules->shared_bodies[rules->n_shared] = body_copy;
	rules->n_shared++;
	return ANGKA_OK;
}

/* A template's pattern with its calls to the tokens written out (see
 * token_bodies). */
static void append_inlined(angka_buf *b, const char *pattern)
{
	const char *p = pattern;
	while (*p) {
		const char *call = strstr(p, "(?&");
		if (call == NULL)
			break;
		const struct token_body *t = NULL;
		for (size_t i = 0; i < sizeof token_bodies / sizeof *token_bodies && !t; i++)
			if (strncmp(call, token_bodies[i].call, strlen(token_bodies[i].call)) == 0)
				t = &token_bodies[i];
		const char *after = call + (t ? strlen(t->call) : 3);
		angka_buf_append(b, p, (size_t)(call - p));
		if (t)
			angka_buf_puts(b, t->body);
		else
			angka_buf_append(b, call, 3);
		p = after;
	}
	angka_buf_puts(b, p);
}

/* Does pattern call the shared pattern name ("(?&name)", "(?P>name)",
 * "\g<name>", "\g'name'") or name a group so? */
static bool mentions(const char *pattern, const char *name)
{
	static const char *const before[] = {"(?&", "(?P>", "\\g<", "\\g'", "(?<", "(?P<", "(?'"};
	size_t len = strlen(name);
	for (const char *p = strstr(pattern, name); p; p = strstr(p + 1, name)) {
		char after = p[len];
		if (after != ')' && after != '>' && after != '\'')
			continue;
		for (size_t i = 0; i < sizeof before / sizeof *before; i++) {
			size_t n = strlen(before[i]);
			if ((size_t)(p - pattern) >= n && strncmp(p - n, before[i], n) == 0)
				return true;
		}
	}
	return false;
}

/* The (?(DEFINE)...) block of the shared patterns a rule's pattern uses,
 * itself or through another, in the order of patterns.yaml. Compiling and
 * JIT-compiling every rule with all of them was most of loading the rules
 * (40 M of the 600 M instructions of extracting a hundred texts); the
 * patterns a rule does not call match nothing, so leaving them out changes
 * no match. Returns false when out of memory. */
static bool append_used_defines(angka_buf *b, const angka_rules *rules, const char *pattern)
{
	bool *used = calloc(rules->n_shared ? rules->n_shared : 1, sizeof *used);
	if (used == NULL)
		return false;
	for (size_t i = 0; i < rules->n_shared; i++)
		used[i] = mentions(pattern, rules->shared_names[i]);
	for (bool grew = true; grew;) {
		grew = false;
		for (size_t i = 0; i < rules->n_shared; i++) {
			if (!used[i])
				continue;
			for (size_t j = 0; j < rules->n_shared; j++) {
				if (!used[j] &&
				    mentions(rules->shared_bodies[i], rules->shared_names[j]))
					used[j] = grew = true;
			}
		}
	}
	angka_buf_puts(b, "(?(DEFINE)");
	for (size_t i = 0; i < rules->n_shared; i++)
		if (used[i])
			angka_buf_printf(b, "(?<%s>%s)", rules->shared_names[i],
			                 rules->shared_bodies[i]);
	angka_buf_putc(b, ')');
	free(used);
	return true;
}

void angka_rules_pattern(angka_buf *full, size_t *prefix, const angka_rules *rules,
                         const angka_rule *rule, bool trimmed)
{
	if (!trimmed || !append_used_defines(full, rules, rule->pattern))
		angka_buf_puts(full, rules->defines ? rules->defines : "");
	if (rule->kind == RULE_TEMPLATE)
		angka_buf_puts(full, TEMPLATE_TOKENS);
	*prefix = full->len;
	if (rule->kind == RULE_TEMPLATE && trimmed)
		append_inlined(full, rule->pattern);
	else
		angka_buf_puts(full, rule->pattern);
}

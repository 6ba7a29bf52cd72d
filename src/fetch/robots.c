/* robots.txt (RFC 9309): which paths a crawler named "angka" may fetch.
 * Only the rules that apply to us are kept: the groups naming our product
 * token if there are any, else the "*" groups. */
#include "angka/fetch.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"

/* The RFC asks crawlers to parse at least 500 KiB; what lies beyond is
 * ignored so a hostile file cannot make us hold rules without bound. */
#define ROBOTS_MAX_BYTES ((size_t)500 * 1024)

typedef struct robots_rule {
	char *pattern;
	bool allow;
} robots_rule;

typedef struct rule_list {
	robots_rule *items;
	size_t n, cap;
} rule_list;

struct angka_robots {
	rule_list rules;
	bool all;       /* no file: every path ... */
	bool all_allow; /* ... allowed or forbidden */
};

static void rules_free(rule_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i].pattern);
	free(l->items);
	memset(l, 0, sizeof *l);
}

static int rules_add(rule_list *l, const char *pattern, size_t len, bool allow)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		robots_rule *grown = realloc(l->items, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		l->items = grown;
		l->cap = cap;
	}
	char *copy = angka_strndup(pattern, len);
	if (copy == NULL)
		return ANGKA_ENOMEM;
	l->items[l->n++] = (robots_rule){copy, allow};
	return ANGKA_OK;
}

/* Does the user-agent line's value name us? The RFC matches the product
 * token case-insensitively; "angka/0.1" and "Angka" both do. */
static bool names_agent(const char *value, size_t len, const char *agent)
{
	size_t token = 0;
	while (token < len &&
	       (isalnum((unsigned char)value[token]) || value[token] == '-' || value[token] == '_'))
		token++;
	return token > 0 && token == strlen(agent) && strncasecmp(value, agent, token) == 0;
}

int angka_robots_parse(angka_robots **out, const char *text, size_t len, const char *agent)
{
	angka_robots *robots = calloc(1, sizeof *robots);
	rule_list star = {NULL, 0, 0};
	int ret = ANGKA_OK;
	*out = NULL;
	if (robots == NULL)
		return ANGKA_ENOMEM;
	if (len > ROBOTS_MAX_BYTES)
		len = ROBOTS_MAX_BYTES;

	/* State of the group being read: whether its user-agent lines name us
	 * or "*", and whether rules have started (a user-agent line after a
	 * rule starts a new group). */
	bool group_ours = false, group_star = false, in_rules = false;
	bool any_ours = false;
	size_t pos = 0;
	while (pos < len) {
		size_t end = pos;
		while (end < len && text[end] != '\n' && text[end] != '\r')
			end++;
		const char *line = text + pos;
		size_t line_len = end - pos;
		pos = end + 1;
		const char *hash = memchr(line, '#', line_len);
		if (hash)
			line_len = (size_t)(hash - line);
		const char *colon = memchr(line, ':', line_len);
		if (colon == NULL)
			continue;
		const char *key = line;
		size_t key_len = (size_t)(colon - line);
		while (key_len && isspace((unsigned char)*key))
			key++, key_len--;
		while (key_len && isspace((unsigned char)key[key_len - 1]))
			key_len--;
		const char *value = colon + 1;
		size_t value_len = (size_t)(line + line_len - value);
		while (value_len && isspace((unsigned char)*value))
			value++, value_len--;
		while (value_len && isspace((unsigned char)value[value_len - 1]))
			value_len--;

		if (key_len == 10 && strncasecmp(key, "user-agent", 10) == 0) {
			if (in_rules) {
				group_ours = group_star = false;
				in_rules = false;
			}
			if (value_len == 1 && value[0] == '*')
				group_star = true;
			else if (names_agent(value, value_len, agent))
				group_ours = any_ours = true;
			continue;
		}
		bool allow = key_len == 5 && strncasecmp(key, "allow", 5) == 0;
		bool disallow = key_len == 8 && strncasecmp(key, "disallow", 8) == 0;
		if (!allow && !disallow)
			continue; /* sitemap, crawl-delay, unknown: not group rules we use */
		in_rules = true;
		if (value_len == 0)
			continue; /* "Disallow:" with nothing forbids nothing */
		if (group_ours && rules_add(&robots->rules, value, value_len, allow) != ANGKA_OK)
			goto nomem;
		if (group_star && rules_add(&star, value, value_len, allow) != ANGKA_OK)
			goto nomem;
	}
	if (!any_ours) {
		rules_free(&robots->rules);
		robots->rules = star;
		star = (rule_list){NULL, 0, 0};
	}
	*out = robots;
	robots = NULL;
	goto cleanup;
nomem:
	ret = ANGKA_ENOMEM;
cleanup:
	rules_free(&star);
	angka_robots_free(robots);
	return ret;
}

int angka_robots_new_all(angka_robots **out, bool allow)
{
	*out = calloc(1, sizeof **out);
	if (*out == NULL)
		return ANGKA_ENOMEM;
	(*out)->all = true;
	(*out)->all_allow = allow;
	return ANGKA_OK;
}

void angka_robots_free(angka_robots *robots)
{
	if (robots == NULL)
		return;
	rules_free(&robots->rules);
	free(robots);
}

/* Does pattern match a prefix of path? "*" matches any run of characters,
 * a final "$" anchors at the end of the path. Iterative, with the classic
 * single back-tracking point per star, so no pattern is exponential. */
static bool pattern_matches(const char *pattern, const char *path)
{
	const char *p = pattern, *s = path;
	const char *star_p = NULL, *star_s = NULL;
	for (;;) {
		if (*p == '\0')
			return true; /* a prefix match is a match */
		if (*p == '$' && p[1] == '\0') {
			if (*s == '\0')
				return true;
		} else if (*p == '*') {
			star_p = ++p;
			star_s = s;
			continue;
		} else if (*s != '\0' && *p == *s) {
			p++, s++;
			continue;
		}
		if (star_p == NULL || *star_s == '\0')
			return false;
		p = star_p;
		s = ++star_s;
	}
}

bool angka_robots_allowed(const angka_robots *robots, const char *path)
{
	if (robots == NULL)
		return true;
	if (robots->all)
		return robots->all_allow;
	/* "/robots.txt" itself is always allowed (RFC 9309 2.2.2). */
	if (strcmp(path, "/robots.txt") == 0)
		return true;
	size_t best = 0;
	bool found = false, allowed = true;
	for (size_t i = 0; i < robots->rules.n; i++) {
		const robots_rule *r = &robots->rules.items[i];
		size_t len = strlen(r->pattern);
		if (!pattern_matches(r->pattern, path))
			continue;
		if (!found || len > best || (len == best && r->allow && !allowed)) {
			best = len;
			allowed = r->allow;
			found = true;
		}
	}
	return allowed;
}

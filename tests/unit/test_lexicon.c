/* Lexicons: the trie that reads ASCII text must find what the PCRE2
 * pattern finds, phrase for phrase, on every lexicon of the rules. */
#define _DEFAULT_SOURCE /* strdup, glob */
#include <criterion/criterion.h>
#include <ctype.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/lexicon.h"

typedef struct texts {
	char **items;
	size_t n, cap;
} texts;

static void add_text(texts *t, const char *s)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 256;
		t->items = realloc(t->items, t->cap * sizeof *t->items);
		cr_assert_not_null(t->items);
	}
	t->items[t->n] = strdup(s);
	cr_assert_not_null(t->items[t->n]);
	t->n++;
}

static bool is_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return false;
	return true;
}

/* Every line of the files matching pattern. */
static void add_lines(texts *t, const char *pattern)
{
	glob_t g;
	if (glob(pattern, 0, NULL, &g) != 0)
		return;
	for (size_t i = 0; i < g.gl_pathc; i++) {
		FILE *f = fopen(g.gl_pathv[i], "r");
		char line[4096];
		while (f && fgets(line, sizeof line, f)) {
			line[strcspn(line, "\n")] = '\0';
			if (*line)
				add_text(t, line);
		}
		if (f)
			fclose(f);
	}
	globfree(&g);
}

/* The phrase written otherwise: in capitals, with its spaces as other
 * white space, glued to a word, in brackets, cut short, next to another. */
static void add_variants(texts *t, const char *phrase, const char *next)
{
	char buf[1024];
	if (strlen(phrase) > 400 || !is_ascii(phrase))
		return;
	add_text(t, phrase);
	size_t k = 0;
	for (const char *p = phrase; *p; p++)
		buf[k++] = (char)toupper((unsigned char)*p);
	buf[k] = '\0';
	add_text(t, buf);
	k = 0;
	for (const char *p = phrase; *p; p++) {
		if (*p == ' ') {
			buf[k++] = '\t';
			buf[k++] = ' ';
			buf[k++] = '\n';
		} else {
			buf[k++] = (char)((p - phrase) % 2 ? toupper((unsigned char)*p) : *p);
		}
	}
	buf[k] = '\0';
	add_text(t, buf);
	snprintf(buf, sizeof buf, "x%s", phrase);
	add_text(t, buf);
	snprintf(buf, sizeof buf, "%sx dan %s-nya", phrase, phrase);
	add_text(t, buf);
	snprintf(buf, sizeof buf, "%snya, %sNYA %snyax %sny", phrase, phrase, phrase, phrase);
	add_text(t, buf);
	snprintf(buf, sizeof buf, "(%s), %s.", phrase, phrase);
	add_text(t, buf);
	snprintf(buf, sizeof buf, "%.*s", (int)strlen(phrase) - 1, phrase);
	add_text(t, buf);
	snprintf(buf, sizeof buf, "%s %s_%s", phrase, next, phrase);
	add_text(t, buf);
	snprintf(buf, sizeof buf, "%s%s", phrase, next);
	add_text(t, buf);
	/* Other characters around it, and in it the two that caseless UTF
	 * matching folds to 's' and 'k'. */
	snprintf(buf, sizeof buf, "\xE2\x80\x9C%s\xE2\x80\x9D \xC3\xA9%s\xC2\xA0%s", phrase, phrase,
	         next);
	add_text(t, buf);
	k = 0;
	for (const char *p = phrase; *p && k + 4 < sizeof buf; p++) {
		if (*p == 's' || *p == 'S') {
			buf[k++] = '\xC5';
			buf[k++] = '\xBF';
		} else if (*p == 'k' || *p == 'K') {
			buf[k++] = '\xE2';
			buf[k++] = '\x84';
			buf[k++] = '\xAA';
		} else {
			buf[k++] = *p;
		}
	}
	buf[k] = '\0';
	add_text(t, buf);
}

static void expect_same(const angka_lexicon *lex, const char *path, const char *text, size_t start,
                        size_t end)
{
	angka_lexicon_hit *got = NULL, *want = NULL;
	size_t n_got = 0, n_want = 0;
	int rc_got = angka_lexicon_find(&got, &n_got, lex, text, start, end);
	int rc_want = angka_lexicon_find_by_pattern(&want, &n_want, lex, text, start, end);
	cr_expect_eq(rc_got, rc_want, "%s: [%zu, %zu) of \"%s\"", path, start, end, text);
	cr_expect_eq(n_got, n_want, "%s: [%zu, %zu) of \"%s\"", path, start, end, text);
	for (size_t i = 0; i < n_got && i < n_want; i++)
		cr_expect(got[i].start == want[i].start && got[i].end == want[i].end &&
		                  got[i].value == want[i].value,
		          "%s: hit %zu of [%zu, %zu) of \"%s\": [%zu, %zu) %s, not [%zu, %zu) %s",
		          path, i, start, end, text, got[i].start, got[i].end, got[i].value,
		          want[i].start, want[i].end, want[i].value);
	free(got);
	free(want);
}

Test(lexicon, the_trie_finds_what_the_pattern_finds)
{
	texts common = {NULL, 0, 0};
	add_lines(&common, ANGKA_SOURCE_DIR "/samples/*.txt");
	add_lines(&common, ANGKA_SHARED_DIR "/corpus/dev/articles/*.txt");
	glob_t g;
	cr_assert_eq(glob(ANGKA_SOURCE_DIR "/rules/lexicon/*.tsv", 0, NULL, &g), 0);
	cr_assert_eq(glob(ANGKA_SOURCE_DIR "/rules/domains/*/lexicon/*.tsv", GLOB_APPEND, NULL, &g),
	             0);
	size_t compared = 0;
	/* Each file both ways: its phrases at a word's end, and before "-nya". */
	for (size_t f = 0; f < 2 * g.gl_pathc; f++) {
		angka_lexicon *lex = NULL;
		angka_error err = {0, ""};
		int ends = f % 2 ? ANGKA_LEXICON_ENCLITIC : ANGKA_LEXICON_WORDS;
		cr_assert_eq(angka_lexicon_load(&lex, g.gl_pathv[f / 2], ends, &err), ANGKA_OK,
		             "%s", err.message);
		texts own = {NULL, 0, 0};
		size_t n = angka_lexicon_size(lex);
		for (size_t i = 0; i < n; i++) {
			const char *phrase = NULL, *next = NULL;
			(void)angka_lexicon_entry(lex, i, &phrase);
			(void)angka_lexicon_entry(lex, (i + 1) % n, &next);
			add_variants(&own, phrase, next);
		}
		const texts *sets[] = {&common, &own};
		for (size_t s = 0; s < 2; s++)
			for (size_t i = 0; i < sets[s]->n; i++) {
				const char *text = sets[s]->items[i];
				size_t len = strlen(text);
				/* The whole, and spans whose look-behind and look-ahead
				 * see text outside them. */
				expect_same(lex, g.gl_pathv[f / 2], text, 0, len);
				for (size_t cut = 1; cut < 4 && cut < len; cut++) {
					expect_same(lex, g.gl_pathv[f / 2], text, cut, len);
					expect_same(lex, g.gl_pathv[f / 2], text, 0, len - cut);
				}
				compared += 7;
			}
		for (size_t i = 0; i < own.n; i++)
			free(own.items[i]);
		free(own.items);
		angka_lexicon_free(lex);
	}
	globfree(&g);
	for (size_t i = 0; i < common.n; i++)
		free(common.items[i]);
	free(common.items);
	cr_expect_gt(compared, 1000);
	cr_log_info("%zu spans compared", compared);
}

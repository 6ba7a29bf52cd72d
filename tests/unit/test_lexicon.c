/* Lexicons: the trie that reads ASCII text must find what the PCRE2
 * pattern finds, phrase for phrase, on every lexicon of the rules; how
 * phrases end; and our UTF-8 check against PCRE2's. */
#define _DEFAULT_SOURCE /* strdup, glob, MAP_ANONYMOUS for exact_buffer.h */
#include <criterion/criterion.h>
#include <ctype.h>
#include <glob.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "exact_buffer.h"
#include "util/lexicon.h"
#include "util/utf8.h"

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

Test(lexicon, reads_nothing_past_the_given_length)
{
	angka_lexicon *approx = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_lexicon_load(&approx, ANGKA_SOURCE_DIR "/rules/lexicon/approx.tsv",
	                                ANGKA_LEXICON_WORDS, &err),
	             ANGKA_OK, "%s", err.message);
	static const char *const samples[] = {"sekitar \xf0", "lebih dari \xe2\x80", "hampir\xc3",
	                                      "sekitar 5 ribu"};
	for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
		for (size_t len = 0; len <= strlen(samples[i]); len++) {
			guarded_buffer guarded;
			char *copies[2] = {exact_copy(samples[i], len),
			                   guarded_copy(&guarded, samples[i], len)};
			for (int c = 0; c < 2; c++) {
				angka_lexicon_hit *hits = NULL;
				size_t n = 0;
				(void)angka_lexicon_find(&hits, &n, approx, copies[c], 0, len);
				free(hits);
			}
			guarded_free(&guarded);
			free(copies[0]);
		}
	}
	/* Text that is not UTF-8 is refused, not decoded past its end. */
	char *buf = exact_copy("sekitar \xf0", 9);
	angka_lexicon_hit *hits = NULL;
	size_t n = 0;
	cr_expect_eq(angka_lexicon_find(&hits, &n, approx, buf, 0, 9), ANGKA_EPARSE);
	free(hits);
	free(buf);
	angka_lexicon_free(approx);
}

/* A lexicon of the TSV lines given, loaded from a file of its own. */
static angka_lexicon *load_tsv(const char *tsv, int ends)
{
	char path[] = "/tmp/angka-lexicon-XXXXXX";
	int fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	size_t len = strlen(tsv);
	cr_assert_eq(write(fd, tsv, len), (ssize_t)len);
	close(fd);
	angka_lexicon *lex = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_lexicon_load(&lex, path, ends, &err), ANGKA_OK, "%s", err.message);
	unlink(path);
	return lex;
}

/* The lexicon finds in text exactly the values want, in order. */
static void expect_values(const angka_lexicon *lex, const char *text, const char *const *want,
                          size_t n_want)
{
	angka_lexicon_hit *hits = NULL;
	size_t n = 0;
	cr_assert_eq(angka_lexicon_find(&hits, &n, lex, text, 0, strlen(text)), ANGKA_OK);
	cr_assert_eq(n, n_want, "%zu hits", n);
	for (size_t i = 0; i < n; i++)
		cr_expect_str_eq(hits[i].value, want[i], "hit %zu", i);
	free(hits);
}

/* The lexicon's alternation is shaped as a trie for speed; at each position
 * it must still take the longest phrase, a case-sensitive one only in its
 * case, and give the value of the phrase found. */
Test(lexicon, the_trie_finds_what_the_flat_alternation_finds)
{
	static const char tsv[] = "peserta\tp1\n"
	                          "peserta aktif\tp2\n"
	                          "PBI\tpbi\tcase\n"
	                          "pusat\tcentre\n"
	                          "pekerja\tworker\n"
	                          "pekerja-migran\tmigrant\n"
	                          "pe\tpe\n"
	                          "belum terdaftar\tunregistered\n"
	                          "belum tercover\tuncovered\n"
	                          "belum ter-cover\tuncovered2\n"
	                          "belum\tnot yet\n";
	angka_lexicon *lex = load_tsv(tsv, ANGKA_LEXICON_WORDS);
	static const char text[] = "Peserta  aktif, pbi PBI Pusat pekerja-migran pekerja pe pes "
	                           "belum \t terdaftar, belum tercover belum ter-cover belum";
	static const char *const want[] = {"p2",         "pbi",    "centre",       "migrant",
	                                   "worker",     "pe",     "unregistered", "uncovered",
	                                   "uncovered2", "not yet"};
	expect_values(lex, text, want, sizeof want / sizeof *want);
	angka_lexicon_free(lex);
}

/* A hyphen between letters stands for a space or nothing as well
 * ("masing masing", "nonaktif"), unless the file lists that spelling with a
 * value of its own. */
Test(lexicon, a_hyphen_may_be_written_as_a_space_or_not_at_all)
{
	static const char tsv[] = "masing-masing\teach\n"
	                          "non-aktif\tinactive\n"
	                          "rata-rata\taverage\n"
	                          "ratarata\tlisted\n";
	angka_lexicon *lex = load_tsv(tsv, ANGKA_LEXICON_WORDS);
	static const char text[] = "masing masing, masing-masing, masingmasing; non aktif nonaktif "
	                           "rata rata ratarata";
	static const char *const want[] = {"each",     "each",    "each",  "inactive",
	                                   "inactive", "average", "listed"};
	expect_values(lex, text, want, sizeof want / sizeof *want);
	angka_lexicon_free(lex);
}

/* Cue words take the enclitic "-nya" ("cakupannya"); other lexicons keep
 * to whole words ("dan sekitarnya" is no approximation). */
Test(lexicon, cue_words_take_the_enclitic_nya)
{
	static const char tsv[] = "cakupan\tcovered\nsekitar\tabout\n";
	angka_lexicon *words = load_tsv(tsv, ANGKA_LEXICON_WORDS);
	angka_lexicon *enclitic = load_tsv(tsv, ANGKA_LEXICON_ENCLITIC);
	static const char text[] = "cakupannya di Padang dan sekitarnya, cakupanya";
	angka_lexicon_hit *hits = NULL;
	size_t n = 0;
	cr_assert_eq(angka_lexicon_find(&hits, &n, words, text, 0, strlen(text)), ANGKA_OK);
	cr_expect_eq(n, 0, "whole words only: %zu", n);
	free(hits);
	hits = NULL;
	n = 0;
	cr_assert_eq(angka_lexicon_find(&hits, &n, enclitic, text, 0, strlen(text)), ANGKA_OK);
	cr_assert_eq(n, 2);
	cr_expect_eq(hits[0].start, 0);
	cr_expect_eq(hits[0].end, 10, "the enclitic is part of the word");
	cr_expect_str_eq(hits[1].value, "about");
	free(hits);
	angka_lexicon_free(words);
	angka_lexicon_free(enclitic);
}

/* The lexicon and the period finder skip PCRE2's UTF-8 check when ours
 * says it would pass: it must never say so where PCRE2's fails, whatever
 * the bytes before, at or after the start, and must say so on well-formed
 * text. */
Test(utf8, our_check_passes_only_where_pcre2s_does)
{
	static const char *const patterns[] = {"x", "(?<![[:alnum:]])x", "(?<=a\\S\\S)x"};
	static const char *const samples[] = {
	        "plain ascii text x",       "caf\xC3\xA9 x \xE2\x80\x9Cquote\xE2\x80\x9D",
	        "bad \xFF here x",          "cut \xE2\x80",
	        "lone \x80 cont x",         "overlong \xC0\xAF x",
	        "surrogate \xED\xA0\x80",   "past max \xF4\x90\x80\x80 x",
	        "\xC3\xA9\xC3\xA9\xC3\xA9x"};
	for (size_t p = 0; p < sizeof patterns / sizeof *patterns; p++) {
		int code = 0;
		PCRE2_SIZE at = 0;
		pcre2_code *re = pcre2_compile((PCRE2_SPTR)patterns[p], PCRE2_ZERO_TERMINATED,
		                               PCRE2_UTF, &code, &at, NULL);
		cr_assert_not_null(re);
		uint32_t lookbehind = 0;
		cr_assert_eq(pcre2_pattern_info(re, PCRE2_INFO_MAXLOOKBEHIND, &lookbehind), 0);
		pcre2_match_data *md = pcre2_match_data_create(1, NULL);
		for (size_t t = 0; t < sizeof samples / sizeof *samples; t++) {
			size_t len = strlen(samples[t]);
			for (size_t start = 0; start < len; start++)
				for (size_t end = start + 1; end <= len; end++) {
					int rc = pcre2_match(re, (PCRE2_SPTR)samples[t], end, start,
					                     0, md, NULL);
					bool pcre2_passes = rc >= 0 || rc == PCRE2_ERROR_NOMATCH;
					bool ours = angka_utf8_pcre2_would_pass(samples[t], start,
					                                        end, lookbehind);
					cr_expect(!ours || pcre2_passes, "%zu/%zu [%zu, %zu): %d",
					          p, t, start, end, rc);
					if (t < 2 && end == len)
						cr_expect_eq(ours, pcre2_passes,
						             "%zu/%zu [%zu, %zu)", p, t, start,
						             end);
				}
		}
		pcre2_match_data_free(md);
		pcre2_code_free(re);
	}
}

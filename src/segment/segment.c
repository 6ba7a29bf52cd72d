#include "angka/segment.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Words that end with a dot without ending a sentence: titles and degrees
 * (Plt., Dr., S.IP., M.Si.), Indonesian abbreviations (No., Rp., dll.,
 * Kab., Jl., s.d. "sampai dengan") and short month names. Compared without
 * regard to case, on the letters before the dot (dots inside, as in "S.IP",
 * are part of the word). */
static const char *const abbreviations[] = {
        "a.n", "ag",  "agt",  "ags", "agu", "ak",    "apr",   "bpk",  "dkk", "dll",  "dr",   "dra",
        "drs", "dsb", "des",  "feb", "h",   "hj",    "hlm",   "ibu",  "ir",  "jan",  "jl",   "jln",
        "jul", "jun", "kab",  "kec", "kel", "kep",   "kom",   "m.si", "m.m", "mar",  "mr",   "mrs",
        "ms",  "no",  "nov",  "ns",  "okt", "pd",    "pj",    "plh",  "plt", "prof", "prov", "psi",
        "rp",  "s.d", "s.ip", "s.h", "s.e", "s.sos", "s.kom", "s.pd", "sdr", "sep",  "sept", "st",
        "tbk", "tgl", "th",   "thn", "u.p", "vs",    "yth",   NULL,
};

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_upper_start(const char *s, size_t len)
{
	unsigned char c = (unsigned char)s[0];
	if (c >= 'A' && c <= 'Z')
		return true;
	if (is_digit((char)c))
		return true;
	/* Opening quotes and brackets: ASCII and the UTF-8 curly quotes. */
	if (c == '"' || c == '\'' || c == '(' || c == '[')
		return true;
	if (len >= 3 && c == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x9C || (unsigned char)s[2] == 0x98))
		return true;
	/* Other non-ASCII letters (accented capitals) are rare here; treat the
	 * start of a multibyte character as a possible sentence start. */
	return c >= 0xC0;
}

/* Length of a closing quote or bracket at s, or 0. */
static size_t closer_len(const char *s, size_t len)
{
	unsigned char c = (unsigned char)s[0];
	if (c == '"' || c == '\'' || c == ')' || c == ']')
		return 1;
	if (len >= 3 && c == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x9D || (unsigned char)s[2] == 0x99))
		return 3;
	return 0;
}

/* Does the word that ends at text[dot] (a '.') make the dot part of an
 * abbreviation or an initial rather than the end of a sentence? */
static bool ends_abbreviation(const char *text, size_t from, size_t dot)
{
	/* Nine bytes back at most: a longer word is no abbreviation, and a long
	 * run of dots inside one word ("a.b.c...") must not be read again for
	 * each of its dots. */
	size_t w = dot;
	while (w > from && dot - w <= 8 && !is_space(text[w - 1]) && text[w - 1] != '(' &&
	       text[w - 1] != '"')
		w--;
	size_t len = dot - w;
	if (len == 0)
		return false;
	if (len == 1 && text[w] >= 'A' && text[w] <= 'Z')
		return true; /* an initial: "H. Abdullah" */
	if (len > 8)
		return false;
	char word[9];
	memcpy(word, text + w, len);
	word[len] = '\0';
	for (size_t i = 0; abbreviations[i]; i++)
		if (strcasecmp(word, abbreviations[i]) == 0)
			return true;
	/* "klaimRp. 2,2 miliar": "Rp." glued to the word before it, as pages
	 * flatten their markup, with an amount after it. */
	return len > 2 && strcmp(word + len - 2, "Rp") == 0 && text[dot + 1] == ' ' &&
	       text[dot + 2] >= '0' && text[dot + 2] <= '9';
}

/* "229. 405": a thousands group after a stray space, not a new sentence
 * (a 4-digit number before the dot, as in "tahun 2024. 405 ...", is). */
static bool is_thousands_gap(const char *text, size_t from, size_t dot, size_t end)
{
	if (dot + 5 > end || text[dot + 1] != ' ' || !is_digit(text[dot + 2]) ||
	    !is_digit(text[dot + 3]) || !is_digit(text[dot + 4]) ||
	    (dot + 5 < end && is_digit(text[dot + 5])))
		return false;
	size_t digits = 0;
	while (dot > from + digits && is_digit(text[dot - 1 - digits]))
		digits++;
	return digits >= 1 && digits <= 3;
}

/* "1. Kota Bitung: ..." at the start of a line: a list number. */
static bool is_enumerator(const char *text, size_t from, size_t dot)
{
	size_t i = from;
	while (i < dot && is_space(text[i]))
		i++;
	size_t digits = 0;
	while (i + digits < dot && digits <= 2 && is_digit(text[i + digits]))
		digits++;
	return digits >= 1 && digits <= 2 && i + digits == dot;
}

static int push_sentence(angka_sentence **out, size_t *n, const char *text, size_t start,
                         size_t end, size_t paragraph)
{
	while (start < end && is_space(text[start]))
		start++;
	while (end > start && is_space(text[end - 1]))
		end--;
	if (start == end)
		return ANGKA_OK;
	/* The capacity is implied by the count: 16, then doubled whenever the
	 * count reaches a power of two from there on. */
	size_t count = *n;
	if (count == 0 || (count >= 16 && (count & (count - 1)) == 0)) {
		size_t cap = count == 0 ? 16 : count * 2;
		angka_sentence *grown = realloc(*out, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		*out = grown;
	}
	(*out)[count] = (angka_sentence){start, end, paragraph};
	*n = count + 1;
	return ANGKA_OK;
}

/* Where to cut [start, end), longer than ANGKA_SENTENCE_MAX: the best clause
 * mark in the second half of the allowance (so that no piece is short and
 * the cuts are linear in the text), by the order of angka/segment.h. */
static size_t clause_cut(const char *text, size_t start, size_t end)
{
	static const char *const conjunctions[] = {"dan ",   "serta ",     "atau ", "tetapi ",
	                                           "namun ", "sedangkan ", NULL};
	enum { SEMICOLON, COMMA, CONJUNCTION, SPACE, MARKS };
	size_t best[MARKS] = {0, 0, 0, 0};
	size_t limit = start + ANGKA_SENTENCE_MAX, least = start + ANGKA_SENTENCE_MAX / 2;
	for (size_t i = limit; i > least; i--) {
		char c = text[i - 1]; /* a cut at i ends the piece with text[i - 1] */
		if (c == ';' && !best[SEMICOLON])
			best[SEMICOLON] = i;
		if ((c == ',' || c == ':') && is_space(text[i]) && !best[COMMA])
			best[COMMA] = i;
		if (is_space(c) && !best[CONJUNCTION]) {
			for (size_t k = 0; conjunctions[k]; k++) {
				size_t len = strlen(conjunctions[k]);
				if (i + len <= end &&
				    strncasecmp(text + i, conjunctions[k], len) == 0)
					best[CONJUNCTION] = i;
			}
		}
		if (is_space(c) && !best[SPACE])
			best[SPACE] = i;
	}
	for (int mark = 0; mark < MARKS; mark++)
		if (best[mark])
			return best[mark];
	/* One long word: between two characters, never inside one. */
	size_t cut = limit;
	while (cut > least && ((unsigned char)text[cut] & 0xC0) == 0x80)
		cut--;
	return cut;
}

/* push_sentence, in pieces of at most ANGKA_SENTENCE_MAX bytes. */
static int push_capped(angka_sentence **out, size_t *n, const char *text, size_t start, size_t end,
                       size_t paragraph)
{
	for (;;) {
		while (start < end && is_space(text[start]))
			start++;
		while (end > start && is_space(text[end - 1]))
			end--;
		if (end - start <= ANGKA_SENTENCE_MAX)
			return push_sentence(out, n, text, start, end, paragraph);
		size_t cut = clause_cut(text, start, end);
		if (push_sentence(out, n, text, start, cut, paragraph) != ANGKA_OK)
			return ANGKA_ENOMEM;
		start = cut;
	}
}

int angka_segment_span(angka_sentence **out, size_t *n, const char *text, size_t start, size_t end,
                       size_t paragraph, angka_error *err)
{
	/* Past leading white space once: is_enumerator would skip it again for
	 * every dot of the sentence. */
	size_t sentence_start = start;
	while (sentence_start < end && is_space(text[sentence_start]))
		sentence_start++;
	for (size_t i = start; i < end; i++) {
		char c = text[i];
		if (c != '.' && c != '!' && c != '?')
			continue;
		if (c == '.' && i > start && i + 1 < end && is_digit(text[i - 1]) &&
		    is_digit(text[i + 1]))
			continue; /* "1.009.250", "26.1" */
		if (c == '.' && ends_abbreviation(text, sentence_start, i))
			continue;
		if (c == '.' && is_thousands_gap(text, sentence_start, i, end))
			continue;
		if (c == '.' && is_enumerator(text, sentence_start, i))
			continue;
		size_t j = i + 1;
		while (j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?'))
			j++;
		size_t closer;
		while (j < end && (closer = closer_len(text + j, end - j)) > 0)
			j += closer;
		if (j < end && !is_space(text[j]))
			continue;
		size_t k = j;
		while (k < end && is_space(text[k]))
			k++;
		if (k < end && !is_upper_start(text + k, end - k))
			continue;
		if (push_capped(out, n, text, sentence_start, j, paragraph) != ANGKA_OK)
			return angka_error_set(err, ANGKA_ENOMEM,
			                       "out of memory splitting sentences");
		sentence_start = k;
		i = k > 0 ? k - 1 : k;
	}
	if (push_capped(out, n, text, sentence_start, end, paragraph) != ANGKA_OK)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory splitting sentences");
	return ANGKA_OK;
}

/* "1 | Aceh | 583.638 | 117.947 |": a table flattened into text, a row a line. */
static bool is_table_row(const char *text, const angka_paragraph *para)
{
	size_t pipes = 0;
	for (size_t i = para->start; i < para->end; i++) {
		if (text[i] == '\n')
			return false;
		pipes += text[i] == '|';
	}
	return pipes >= 2;
}

int angka_segment_article(angka_sentence **out, size_t *n, const angka_article *article,
                          angka_error *err)
{
	*out = NULL;
	*n = 0;
	for (size_t p = 0; p < article->n_paragraphs; p++) {
		const angka_paragraph *para = &article->paragraphs[p];
		int rc;
		/* A table's row is one statement, whatever dots its cells hold. */
		if (para->kind == ANGKA_BLOCK_TABLE_ROW || is_table_row(article->text, para))
			rc = push_sentence(out, n, article->text, para->start, para->end, p) ==
			                     ANGKA_OK
			             ? ANGKA_OK
			             : angka_error_set(err, ANGKA_ENOMEM,
			                               "out of memory splitting sentences");
		else
			rc = angka_segment_span(out, n, article->text, para->start, para->end, p,
			                        err);
		if (rc != ANGKA_OK) {
			free(*out);
			*out = NULL;
			*n = 0;
			return rc;
		}
	}
	return ANGKA_OK;
}

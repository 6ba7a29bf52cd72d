#include "util/lexicon.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "util/buf.h"
#include "util/phrase_trie.h"
#include "util/utf8.h"

typedef struct entry {
	char *phrase;
	char *value;
	size_t len; /* of phrase: angka_lexicon_lookup measures every entry against a word */
	bool case_sensitive;
} entry;

struct angka_lexicon {
	entry *entries;
	size_t n;
	char *alternation;
	pcre2_code *code;
	uint32_t lookbehind; /* PCRE2_INFO_MAXLOOKBEHIND, for the UTF-8 check */
	/* The pattern's matches in ASCII text, found without PCRE2 (NULL when
	 * some phrase is beyond it), over the phrases and case flags below,
	 * in the entries' order. */
	angka_phrase_trie *trie;
	const char **phrases;
	bool *case_sensitive;
	bool ascii;    /* every phrase is ASCII: the trie reads other text too */
	char *key;     /* see angka_lexicon_key */
	int ends;      /* ANGKA_LEXICON_WORDS or ANGKA_LEXICON_ENCLITIC */
	size_t owners; /* see angka_lexicon_share */
};

static int compare_length_desc(const void *pa, const void *pb)
{
	const entry *a = pa, *b = pb;
	size_t la = strlen(a->phrase), lb = strlen(b->phrase);
	if (la != lb)
		return la > lb ? -1 : 1;
	return strcmp(a->phrase, b->phrase);
}

/* A phrase from byte `from` on as a pattern: metacharacters escaped, each
 * run of spaces matching any white space, the entry's index as its mark. */
static void append_phrase(angka_buf *b, const entry *e, size_t index, size_t from)
{
	if (e->case_sensitive)
		angka_buf_puts(b, "(?-i:");
	else
		angka_buf_puts(b, "(?:");
	for (const char *p = e->phrase + from; *p; p++) {
		if (*p == ' ') {
			while (p[1] == ' ')
				p++;
			angka_buf_puts(b, "\\s+");
		} else if (strchr("\\^$.|?*+()[]{}-/#", *p)) {
			angka_buf_putc(b, '\\');
			angka_buf_putc(b, *p);
		} else {
			angka_buf_putc(b, *p);
		}
	}
	angka_buf_puts(b, ")(*MARK:");
	angka_buf_putu(b, index);
	angka_buf_putc(b, ')');
}

static bool is_ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static unsigned char ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* The ASCII letter or digit an entry's rest starts with (folded: the
 * pattern is caseless), or ' ' for a space when `spaces` (see append_trie),
 * or 0 when the rest is empty or starts with anything else. */
static unsigned char branch_key(const entry *e, size_t depth, bool spaces)
{
	unsigned char c = (unsigned char)e->phrase[depth];
	if (c == ' ')
		return spaces ? ' ' : 0;
	return is_ascii_alnum(c) ? ascii_lower(c) : 0;
}

/* Whether phrases a and b can match at one position: unless, up to case
 * and runs of spaces, they differ at some byte before either ends, one
 * reading a space where the other reads a printable character or the two
 * reading different letters. Non-ASCII bytes are taken to be able to match
 * anything (caseless UTF folds some to ASCII letters). */
static bool may_overlap(const char *a, const char *b)
{
	for (;;) {
		unsigned char ca = (unsigned char)*a, cb = (unsigned char)*b;
		if (ca == '\0' || cb == '\0' || ca >= 0x80 || cb >= 0x80)
			return true;
		if (ca == ' ' || cb == ' ') {
			if (ca != cb)
				return ca < '!' || cb < '!';
			while (*a == ' ')
				a++;
			while (*b == ' ')
				b++;
			continue;
		}
		if (ascii_lower(ca) != ascii_lower(cb))
			return false;
		a++;
		b++;
	}
}

static void append_flat(angka_buf *b, const entry *entries, const size_t *members, size_t n,
                        size_t depth)
{
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			angka_buf_putc(b, '|');
		append_phrase(b, &entries[members[i]], members[i], depth);
	}
}

static int append_trie(angka_buf *b, const entry *entries, const size_t *members, size_t n,
                       size_t depth);

/* A branch (entries `members`, whose rests start with the letter or digit
 * `key`) that holds case-sensitive entries: those cannot share the
 * caseless letter. When none of them can match where a caseless one does
 * (see may_overlap), the caseless ones still make a trie and the
 * case-sensitive ones follow it; otherwise all stay flat, in order, behind
 * a look-ahead of the letter. */
static int append_mixed(angka_buf *b, const entry *entries, const size_t *members, size_t n,
                        size_t depth, unsigned char key)
{
	size_t *caseless = malloc(n * sizeof *caseless);
	size_t *exact = malloc(n * sizeof *exact);
	size_t n_caseless = 0, n_exact = 0;
	int rc = ANGKA_OK;
	if (caseless == NULL || exact == NULL) {
		rc = ANGKA_ENOMEM;
		goto cleanup;
	}
	for (size_t i = 0; i < n; i++) {
		if (entries[members[i]].case_sensitive)
			exact[n_exact++] = members[i];
		else
			caseless[n_caseless++] = members[i];
	}
	bool apart = n_caseless > 1;
	for (size_t i = 0; apart && i < n_exact; i++)
		for (size_t j = 0; apart && j < n_caseless; j++)
			apart = !may_overlap(entries[exact[i]].phrase + depth,
			                     entries[caseless[j]].phrase + depth);
	angka_buf_puts(b, "(?=");
	angka_buf_putc(b, (char)key);
	angka_buf_puts(b, ")(?:");
	if (!apart) {
		append_flat(b, entries, members, n, depth);
	} else {
		angka_buf_putc(b, (char)key);
		angka_buf_puts(b, "(?:");
		rc = append_trie(b, entries, caseless, n_caseless, depth + 1);
		angka_buf_puts(b, ")|");
		append_flat(b, entries, exact, n_exact, depth);
	}
	angka_buf_putc(b, ')');
cleanup:
	free(caseless);
	free(exact);
	return rc;
}

/* The alternation of the entries `members` (indices in the sorted order;
 * all share their first `depth` bytes, ASCII letters and digits, up to
 * case), shaped as a trie: those whose rest starts with the same letter or
 * digit share one branch that reads it once. PCRE2 tries the alternatives
 * of a flat alternation one by one at every position the pattern may
 * start, which made a lexicon of hundreds of phrases cost hundreds of
 * comparisons per word; the trie costs one per distinct first letter.
 *
 * It matches what the flat alternation (entries in sorted order) matches,
 * with the same first successful alternative, so the same phrase and mark:
 * only alternatives that cannot both match at one position change order.
 * Branches of different (folded) ASCII letters or digits exclude each other
 * and the rests that start with white space or ASCII punctuation; rests
 * that are empty have the fewest bytes, so they were last already; a rest
 * starting with a non-ASCII character may fold to an ASCII letter (U+017F
 * is an 's' under caseless UTF), so its node stays flat. Rests starting
 * with one space share a `\s+` branch when each goes on with a printable
 * ASCII character (`spaces`): every match then takes the whole run of
 * white space, as each alternative alone did. A branch whose entries
 * include a case-sensitive one is append_mixed's. Meant for caseless
 * patterns (the lexicon's own and the period finder's): the shared letter
 * is written in one case. */
static int append_trie(angka_buf *b, const entry *entries, const size_t *members, size_t n,
                       size_t depth)
{
	bool keyed = false, conflicting = false, spaces = true;
	for (size_t i = 0; i < n; i++) {
		const entry *e = &entries[members[i]];
		unsigned char c = (unsigned char)e->phrase[depth];
		unsigned char next = c == ' ' ? (unsigned char)e->phrase[depth + 1] : 'a';
		spaces &= !e->case_sensitive || c != ' ';
		spaces &= next >= '!' && next < 0x7f;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)entries[members[i]].phrase[depth];
		keyed |= branch_key(&entries[members[i]], depth, spaces) != 0;
		conflicting |= c >= 0x80;
	}
	if (n < 3 || !keyed || conflicting) {
		append_flat(b, entries, members, n, depth);
		return ANGKA_OK;
	}
	size_t *branch = malloc(n * sizeof *branch);
	bool *done = calloc(n, sizeof *done);
	if (branch == NULL || done == NULL) {
		free(branch);
		free(done);
		return ANGKA_ENOMEM;
	}
	int rc = ANGKA_OK;
	bool first = true;
	/* The keyed branches in the order of their first entries, then the
	 * other rests in their order, the empty ones last. */
	for (int pass = 0; pass < 3 && rc == ANGKA_OK; pass++) {
		for (size_t i = 0; i < n && rc == ANGKA_OK; i++) {
			const entry *e = &entries[members[i]];
			unsigned char key = branch_key(e, depth, spaces);
			bool empty = e->phrase[depth] == '\0';
			if (done[i] || (pass == 0 && key == 0) || (pass == 1 && empty))
				continue;
			size_t k = 0;
			bool case_sensitive = false;
			for (size_t j = i; j < n; j++) {
				if (done[j] || (key != 0 ? branch_key(&entries[members[j]], depth,
				                                      spaces) != key
				                         : j != i))
					continue;
				branch[k++] = members[j];
				case_sensitive |= entries[members[j]].case_sensitive;
				done[j] = true;
			}
			if (!first)
				angka_buf_putc(b, '|');
			first = false;
			if (key == 0 || k == 1) {
				append_flat(b, entries, branch, k, depth);
			} else if (case_sensitive) {
				rc = append_mixed(b, entries, branch, k, depth, key);
			} else {
				if (key == ' ') {
					angka_buf_puts(b, "\\s+(?:");
				} else {
					angka_buf_putc(b, (char)key);
					angka_buf_puts(b, "(?:");
				}
				rc = append_trie(b, entries, branch, k, depth + 1);
				angka_buf_putc(b, ')');
			}
		}
	}
	free(branch);
	free(done);
	return rc;
}

static void free_entries(angka_lexicon *lex)
{
	for (size_t i = 0; i < lex->n; i++) {
		free(lex->entries[i].phrase);
		free(lex->entries[i].value);
	}
	free(lex->entries);
}

/* Every entry, in the sorted order, with its value and case flag, and how
 * phrases end: all that decides what angka_lexicon_find and
 * angka_lexicon_lookup give. */
static char *content_key(const angka_lexicon *lex)
{
	angka_buf key = ANGKA_BUF_INIT;
	angka_buf_puts(&key, lex->ends == ANGKA_LEXICON_ENCLITIC ? "ends:nya\n" : "ends:word\n");
	for (size_t i = 0; i < lex->n; i++) {
		angka_buf_puts(&key, lex->entries[i].phrase);
		angka_buf_putc(&key, '\t');
		angka_buf_puts(&key, lex->entries[i].value);
		angka_buf_puts(&key, lex->entries[i].case_sensitive ? "\tcase\n" : "\n");
	}
	return angka_buf_detach(&key);
}

static int add_entry(angka_lexicon *lex, size_t *cap, const char *phrase, const char *value,
                     bool case_sensitive)
{
	if (lex->n == *cap) {
		size_t grown_cap = *cap ? *cap * 2 : 32;
		entry *grown = realloc(lex->entries, grown_cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		lex->entries = grown;
		*cap = grown_cap;
	}
	entry *e = &lex->entries[lex->n];
	e->phrase = angka_strdup(phrase);
	e->value = angka_strdup(value);
	e->len = strlen(phrase);
	e->case_sensitive = case_sensitive;
	lex->n++;
	return e->phrase && e->value ? ANGKA_OK : ANGKA_ENOMEM;
}

static bool hyphen_between(const char *phrase, size_t i, size_t len)
{
	return i > 0 && i + 1 < len && phrase[i] == '-' && isalpha((unsigned char)phrase[i - 1]) &&
	       isalpha((unsigned char)phrase[i + 1]);
}

/* A hyphen between letters is written as a space or not at all as often
 * as not ("masing-masing", "masing masing"; "non-aktif", "nonaktif"): a
 * phrase with one (entry `at`) stands for those spellings too, unless the
 * file lists them itself. */
static int add_hyphen_variants(angka_lexicon *lex, size_t *cap, size_t at)
{
	size_t len = strlen(lex->entries[at].phrase);
	bool hyphenated = false;
	for (size_t i = 0; i < len; i++)
		hyphenated |= hyphen_between(lex->entries[at].phrase, i, len);
	if (!hyphenated)
		return ANGKA_OK;
	/* Copies: adding entries moves them. */
	char *phrase = angka_strdup(lex->entries[at].phrase);
	char *value = angka_strdup(lex->entries[at].value);
	bool case_sensitive = lex->entries[at].case_sensitive;
	char *variant = malloc(len + 1);
	int rc = variant && phrase && value ? ANGKA_OK : ANGKA_ENOMEM;
	for (int joined = 0; joined < 2 && rc == ANGKA_OK; joined++) {
		size_t k = 0;
		for (size_t i = 0; i < len; i++) {
			if (!hyphen_between(phrase, i, len))
				variant[k++] = phrase[i];
			else if (!joined)
				variant[k++] = ' ';
		}
		variant[k] = '\0';
		bool known = false;
		for (size_t e = 0; e < lex->n && !known; e++)
			known = strcasecmp(lex->entries[e].phrase, variant) == 0;
		if (!known)
			rc = add_entry(lex, cap, variant, value, case_sensitive);
	}
	free(variant);
	free(phrase);
	free(value);
	return rc;
}

int angka_lexicon_load(angka_lexicon **out, const char *path, int ends, angka_error *err)
{
	int rc = ANGKA_OK;
	FILE *fp = NULL;
	char *line = NULL;
	size_t line_cap = 0;
	angka_buf pattern = ANGKA_BUF_INIT;
	angka_lexicon *lex = calloc(1, sizeof *lex);
	*out = NULL;
	if (lex == NULL)
		goto nomem;
	lex->ends = ends;
	lex->owners = 1;
	fp = fopen(path, "r");
	if (fp == NULL) {
		rc = angka_error_set(err, errno == ENOENT ? ANGKA_ENOTFOUND : ANGKA_EIO, "%s: %s",
		                     path, strerror(errno));
		goto cleanup;
	}
	size_t cap = 0;
	int lineno = 0;
	ssize_t got;
	while ((got = getline(&line, &line_cap, fp)) >= 0) {
		lineno++;
		while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
			line[--got] = '\0';
		if (got == 0 || line[0] == '#')
			continue;
		char *phrase = line;
		char *tab = strchr(line, '\t');
		if (tab == NULL || tab == line) {
			rc = angka_error_set(err, ANGKA_ERULE, "%s:%d: expected `phrase<TAB>value`",
			                     path, lineno);
			goto cleanup;
		}
		*tab = '\0';
		char *value = tab + 1;
		char *flags = strchr(value, '\t');
		if (flags)
			*flags++ = '\0';
		if (*value == '\0' || (flags && *flags && strcmp(flags, "case") != 0)) {
			rc = angka_error_set(err, ANGKA_ERULE,
			                     "%s:%d: expected `phrase<TAB>value[<TAB>case]`", path,
			                     lineno);
			goto cleanup;
		}
		bool case_sensitive = flags && strcmp(flags, "case") == 0;
		if (add_entry(lex, &cap, phrase, value, case_sensitive) != ANGKA_OK)
			goto nomem;
	}
	for (size_t i = 0, listed = lex->n; i < listed; i++)
		if (add_hyphen_variants(lex, &cap, i) != ANGKA_OK)
			goto nomem;
	if (lex->n == 0) {
		rc = angka_error_set(err, ANGKA_ERULE, "%s: no entries", path);
		goto cleanup;
	}
	qsort(lex->entries, lex->n, sizeof *lex->entries, compare_length_desc);
	angka_buf alternation = ANGKA_BUF_INIT;
	size_t *members = malloc(lex->n * sizeof *members);
	if (members == NULL)
		goto nomem;
	for (size_t i = 0; i < lex->n; i++)
		members[i] = i;
	angka_buf_puts(&alternation, "(?:");
	int trie_rc = append_trie(&alternation, lex->entries, members, lex->n, 0);
	angka_buf_putc(&alternation, ')');
	free(members);
	lex->alternation = angka_buf_detach(&alternation);
	if (trie_rc != ANGKA_OK || lex->alternation == NULL)
		goto nomem;
	/* Whole words: no letter or digit on either side. */
	angka_buf_printf(&pattern, "(?<![[:alnum:]])%s%s(?![[:alnum:]])", lex->alternation,
	                 ends == ANGKA_LEXICON_ENCLITIC ? "(?:nya)?" : "");
	if (pattern.failed)
		goto nomem;
	int code = 0;
	PCRE2_SIZE offset = 0;
	lex->code = pcre2_compile((PCRE2_SPTR)pattern.data, pattern.len, PCRE2_UTF | PCRE2_CASELESS,
	                          &code, &offset, NULL);
	if (lex->code == NULL) {
		PCRE2_UCHAR message[256];
		pcre2_get_error_message(code, message, sizeof message);
		rc = angka_error_set(err, ANGKA_ERULE, "%s: the phrases do not compile: %s", path,
		                     message);
		goto cleanup;
	}
	if (pcre2_pattern_info(lex->code, PCRE2_INFO_MAXLOOKBEHIND, &lex->lookbehind) != 0)
		lex->lookbehind = UINT32_MAX; /* unknown: ours then checks from the start */
	lex->key = content_key(lex);
	lex->phrases = malloc(lex->n * sizeof *lex->phrases);
	lex->case_sensitive = malloc(lex->n * sizeof *lex->case_sensitive);
	if (lex->key == NULL || lex->phrases == NULL || lex->case_sensitive == NULL)
		goto nomem;
	lex->ascii = true;
	for (size_t i = 0; i < lex->n; i++) {
		lex->phrases[i] = lex->entries[i].phrase;
		lex->case_sensitive[i] = lex->entries[i].case_sensitive;
		for (const char *p = lex->phrases[i]; *p; p++)
			lex->ascii &= (unsigned char)*p < 0x80;
	}
	if (angka_phrase_trie_new(&lex->trie, lex->phrases, lex->case_sensitive, lex->n,
	                          ends == ANGKA_LEXICON_ENCLITIC) != ANGKA_OK)
		goto nomem;
	/* The trie reads all but the odd span (a character of U+0100..U+017F
	 * or U+2100..U+213F, bytes that are not UTF-8) of a lexicon of ASCII
	 * phrases: PCRE2's interpreter, which finds the same, does for those,
	 * and JIT compiling each such lexicon cost more than it saved. */
	if (lex->trie == NULL || !lex->ascii)
		(void)pcre2_jit_compile(lex->code, PCRE2_JIT_COMPLETE);
	*out = lex;
	lex = NULL;
	goto cleanup;
nomem:
	rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory loading the lexicon", path);
cleanup:
	if (fp)
		fclose(fp);
	free(line);
	angka_buf_free(&pattern);
	angka_lexicon_free(lex);
	return rc;
}

angka_lexicon *angka_lexicon_share(angka_lexicon *lex)
{
	lex->owners++;
	return lex;
}

int angka_lexicon_load_beside(angka_lexicon **out, const angka_domain *domain, const char *name,
                              int ends, angka_lexicon *earlier, const angka_domain *earlier_domain,
                              angka_error *err)
{
	*out = NULL;
	char *path = angka_domain_file(domain, name);
	char *earlier_path =
	        earlier && earlier->ends == ends ? angka_domain_file(earlier_domain, name) : NULL;
	int rc = ANGKA_OK;
	if (path == NULL || (earlier && earlier->ends == ends && earlier_path == NULL))
		rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	else if (earlier_path && strcmp(path, earlier_path) == 0)
		*out = angka_lexicon_share(earlier);
	else
		rc = angka_lexicon_load(out, path, ends, err);
	free(path);
	free(earlier_path);
	return rc;
}

void angka_lexicon_free(angka_lexicon *lex)
{
	if (lex == NULL || --lex->owners > 0)
		return;
	free_entries(lex);
	free(lex->alternation);
	free(lex->key);
	angka_phrase_trie_free(lex->trie);
	free(lex->phrases);
	free(lex->case_sensitive);
	pcre2_code_free(lex->code);
	free(lex);
}

/* PCRE2's verdicts on text that is not UTF-8 (or an offset inside a
 * character), as opposed to a match that failed. */
static bool is_utf_error(int rc)
{
	return (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21) ||
	       rc == PCRE2_ERROR_BADUTFOFFSET;
}

/* Can the trie read bytes [start, end) (valid UTF-8) as the pattern does?
 * ASCII it can. Other characters never match an ASCII phrase's letters,
 * white space or [[:alnum:]] without PCRE2_UCP, but for the few that
 * caseless UTF matching folds to ASCII letters (U+017F to 's', U+212A to
 * 'k'): spans with a character of their blocks (lead byte C5, or E2 84)
 * go to PCRE2, as do all but ASCII ones for a lexicon with other phrases.
 * Eight bytes at a time. *ascii: the span is all ASCII. */
static bool trie_reads(const angka_lexicon *lex, const char *text, size_t start, size_t end,
                       bool *ascii)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = start;
	*ascii = start <= end;
	while (i < end) {
		if (i + 8 <= end) {
			uint64_t word;
			memcpy(&word, s + i, sizeof word);
			if ((word & UINT64_C(0x8080808080808080)) == 0) {
				i += 8;
				continue;
			}
		}
		if (s[i] >= 0x80) {
			*ascii = false;
			if (!lex->ascii || s[i] == 0xC4 || s[i] == 0xC5 ||
			    (s[i] == 0xE2 && i + 1 < end && s[i + 1] == 0x84))
				return false;
		}
		i++;
	}
	return true;
}

/* angka_lexicon_find on a span the trie reads (see trie_reads) and that
 * PCRE2 would find valid UTF-8: it finds what the pattern would, match by
 * match. */
static int find_in_ascii(angka_lexicon_hit **out, size_t *n, const angka_lexicon *lex,
                         const char *text, size_t start, size_t end)
{
	size_t from = start;
	while (from < end) {
		size_t at = 0, to = 0;
		size_t index =
		        angka_phrase_trie_find(lex->trie, lex->phrases, text, from, end, &at, &to);
		if (index >= lex->n)
			break;
		angka_lexicon_hit *grown = realloc(*out, (*n + 1) * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		*out = grown;
		(*out)[(*n)++] = (angka_lexicon_hit){at, to, lex->entries[index].value};
		from = to;
	}
	return ANGKA_OK;
}

int angka_lexicon_find(angka_lexicon_hit **out, size_t *n, const angka_lexicon *lex,
                       const char *text, size_t start, size_t end)
{
	/* An ASCII span is valid UTF-8 whatever comes before it: then only
	 * the characters the look-behind reads before it need checking. */
	bool ascii = false;
	if (lex->trie && trie_reads(lex, text, start, end, &ascii) &&
	    angka_utf8_pcre2_would_pass(text, start, ascii ? start : end, lex->lookbehind))
		return find_in_ascii(out, n, lex, text, start, end);
	return angka_lexicon_find_by_pattern(out, n, lex, text, start, end);
}

int angka_lexicon_find_by_pattern(angka_lexicon_hit **out, size_t *n, const angka_lexicon *lex,
                                  const char *text, size_t start, size_t end)
{
	bool valid = angka_utf8_pcre2_would_pass(text, start, end, lex->lookbehind);
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	if (md == NULL)
		return ANGKA_ENOMEM;
	int rc = ANGKA_OK;
	PCRE2_SIZE offset = start;
	/* The first call checks the UTF-8 of the span (and of the character
	 * before it): under PCRE2_NO_UTF_CHECK, PCRE2 trusts each lead byte's
	 * count of continuation bytes, so a lead byte at the end of text nobody
	 * validated has it read past `end`. The check covers the span only, so
	 * an article read a sentence at a time is still checked in linear time.
	 * Ours is the same check, cheaper; when it fails, PCRE2's says why. */
	uint32_t options = valid ? PCRE2_NO_UTF_CHECK : 0;
	/* The subject ends at `end`, but starts at the text's start so that the
	 * look-behind sees the character before the span. */
	while (offset < end) {
		int found =
		        pcre2_match(lex->code, (PCRE2_SPTR)text, end, offset, options, md, NULL);
		if (is_utf_error(found)) {
			rc = ANGKA_EPARSE;
			break;
		}
		if (found < 0)
			break;
		options = PCRE2_NO_UTF_CHECK;
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		PCRE2_SPTR mark = pcre2_get_mark(md);
		size_t index = mark ? strtoul((const char *)mark, NULL, 10) : 0;
		angka_lexicon_hit *grown = realloc(*out, (*n + 1) * sizeof *grown);
		if (grown == NULL) {
			rc = ANGKA_ENOMEM;
			break;
		}
		*out = grown;
		(*out)[(*n)++] = (angka_lexicon_hit){ov[0], ov[1], lex->entries[index].value};
		offset = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
	}
	pcre2_match_data_free(md);
	return rc;
}

int angka_lexicon_holds(bool *found, const angka_lexicon *lex, const char *text, size_t start,
                        size_t end, const char *value)
{
	angka_lexicon_hit *hits = NULL;
	size_t n = 0;
	*found = false;
	int rc = angka_lexicon_find(&hits, &n, lex, text, start, end);
	for (size_t i = 0; rc == ANGKA_OK && i < n && !*found; i++)
		*found = strcmp(hits[i].value, value) == 0;
	free(hits);
	return rc;
}

const char *angka_lexicon_lookup(const angka_lexicon *lex, const char *text, size_t len)
{
	for (size_t i = 0; i < lex->n; i++) {
		const entry *e = &lex->entries[i];
		if (e->len != len)
			continue;
		if (e->case_sensitive ? strncmp(e->phrase, text, len) == 0
		                      : strncasecmp(e->phrase, text, len) == 0)
			return e->value;
	}
	return NULL;
}

size_t angka_lexicon_size(const angka_lexicon *lex)
{
	return lex->n;
}

const char *angka_lexicon_entry(const angka_lexicon *lex, size_t i, const char **phrase)
{
	if (phrase)
		*phrase = lex->entries[i].phrase;
	return lex->entries[i].value;
}

const char *angka_lexicon_key(const angka_lexicon *lex)
{
	return lex->key;
}

const char *angka_lexicon_alternation(const angka_lexicon *lex)
{
	return lex->alternation;
}

bool angka_word_is_one_of(const char *text, size_t len, const char *const *words)
{
	/* The first letter before measuring: the lists are read around every
	 * quantity, and most of their words differ from the text's there. */
	for (size_t w = 0; words[w]; w++)
		if ((len == 0 || ascii_lower((unsigned char)text[0]) ==
		                         ascii_lower((unsigned char)words[w][0])) &&
		    len == strlen(words[w]) && strncasecmp(text, words[w], len) == 0)
			return true;
	return false;
}

/* Phrase lexicons kept as data in TSV files under rules/lexicon/ (segment keywords,
 * approximation words, month names): each phrase maps to a value, and all
 * phrases of a lexicon are found in one PCRE2 pass, longest phrase first at
 * each position, whole words only. Shared by the match stage (cues) and the normalize stage. */
#ifndef ANGKA_UTIL_LEXICON_H
#define ANGKA_UTIL_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/domain.h"
#include "angka/error.h"

typedef struct angka_lexicon angka_lexicon;

typedef struct angka_lexicon_hit {
	size_t start;
	size_t end;
	const char *value; /* borrowed from the lexicon */
} angka_lexicon_hit;

/* How a lexicon's phrases end in the text. */
enum {
	ANGKA_LEXICON_WORDS = 0, /* at a word's end */
	/* or before the enclitic "-nya" written onto the last word
	 * ("cakupannya", "pesertanya"): cue words take it, places and
	 * connectives do not ("dan sekitarnya" is no approximation) */
	ANGKA_LEXICON_ENCLITIC = 1,
};

/* TSV lines `phrase<TAB>value[<TAB>case]`, '#' comments; "case" makes the
 * phrase case-sensitive (abbreviations such as PU, BPU). Errors name the
 * file and line. */
int angka_lexicon_load(angka_lexicon **out, const char *path, int ends, angka_error *err);
void angka_lexicon_free(angka_lexicon *lex);

/* lex for one more owner: it is freed when the last of them frees it. A
 * domain whose lexicon is the very file another domain of the run loaded
 * takes that one rather than compiling it again. Owners are counted
 * without a lock: share and free a lexicon in one thread. */
angka_lexicon *angka_lexicon_share(angka_lexicon *lex);

/* *out: domain's lexicon file name ("lexicon/months.tsv", the domain's
 * own or the shared one, as angka_domain_file finds it) loaded with ends,
 * or earlier (may be NULL) shared, when it is that very file of
 * earlier_domain loaded with the same ends. */
int angka_lexicon_load_beside(angka_lexicon **out, const angka_domain *domain, const char *name,
                              int ends, angka_lexicon *earlier, const angka_domain *earlier_domain,
                              angka_error *err);

/* All non-overlapping phrases in bytes [start, end) of text, appended to
 * *out (malloc'd, *n entries). Nothing at or past end is read, whatever
 * the bytes: ANGKA_EPARSE when the span is not valid UTF-8. */
int angka_lexicon_find(angka_lexicon_hit **out, size_t *n, const angka_lexicon *lex,
                       const char *text, size_t start, size_t end);

/* angka_lexicon_find by the PCRE2 pattern alone. angka_lexicon_find reads
 * ASCII spans with a trie instead, which must find the same: the tests
 * hold it to this. */
int angka_lexicon_find_by_pattern(angka_lexicon_hit **out, size_t *n, const angka_lexicon *lex,
                                  const char *text, size_t start, size_t end);

/* *found: does [start, end) of text hold a phrase whose value is value?
 * Errors as angka_lexicon_find's. */
int angka_lexicon_holds(bool *found, const angka_lexicon *lex, const char *text, size_t start,
                        size_t end, const char *value);

/* Is text[0, len) one of words (NULL-terminated), without regard to case?
 * For the few fixed words code reads around a quantity, not a lexicon. */
bool angka_word_is_one_of(const char *text, size_t len, const char *const *words);

/* The value of the phrase that text[0, len) is (whole), or NULL. */
const char *angka_lexicon_lookup(const angka_lexicon *lex, const char *text, size_t len);

/* The entries, for checking their values: phrase and value of entry i
 * (i < angka_lexicon_size), in no particular order. */
size_t angka_lexicon_size(const angka_lexicon *lex);
const char *angka_lexicon_entry(const angka_lexicon *lex, size_t i, const char **phrase);

/* A string two lexicons share exactly when they hold the same entries
 * (phrases, values, case flags), so find and look up the same things: the
 * key of what they find in an angka_sentence_memo. */
const char *angka_lexicon_key(const angka_lexicon *lex);

/* A PCRE2 alternation of every phrase that, at any position, matches the
 * longest phrase first (for embedding in a larger caseless pattern, as the
 * period finder does with month names). Phrases sharing their first
 * letters share a branch, so it is no flat list: see lexicon.c. */
const char *angka_lexicon_alternation(const angka_lexicon *lex);

#endif

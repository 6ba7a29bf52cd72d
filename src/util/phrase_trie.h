/* A byte trie of a lexicon's phrases that finds in text (ASCII, or with
 * few other characters) what the lexicon's PCRE2 pattern finds there,
 * without PCRE2: the pattern tries
 * its alternation at every letter of every word, the trie only where a
 * word may start, one byte a step. Internal to libangka (lexicon.c). */
#ifndef ANGKA_UTIL_PHRASE_TRIE_H
#define ANGKA_UTIL_PHRASE_TRIE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct angka_phrase_trie angka_phrase_trie;

/* The trie of phrases[0, n) (in the lexicon's order: the first that
 * matches at a position wins), case_sensitive[i] for each; enclitic: a
 * phrase may end before "nya" written onto it, which the match then takes
 * (the pattern ends in (?:nya)?). *out is NULL
 * (and ANGKA_OK returned) when some phrase is beyond what the trie matches
 * as PCRE2 does: white space at either end, control characters, or the
 * two non-ASCII letters caseless UTF matching folds to ASCII ones (U+017F,
 * U+212A). Other phrases with non-ASCII bytes are left out: they never
 * match ASCII text. ANGKA_ENOMEM. */
int angka_phrase_trie_new(angka_phrase_trie **out, const char *const *phrases,
                          const bool *case_sensitive, size_t n, bool enclitic);
void angka_phrase_trie_free(angka_phrase_trie *trie);

/* The first phrase at or after text[from] (where pcre2_match from there
 * finds one) as the pattern (?<![[:alnum:]])(?:phrase|...)(?![[:alnum:]])
 * matches it with PCRE2_UTF and PCRE2_CASELESS (but for case-sensitive
 * phrases), each space of a phrase matching a run of white space, in the
 * subject text[0, end): its index, and *match_start and *match_end where
 * it is; n when there is none. text[from, end) must be valid UTF-8 with no
 * character that caseless matching folds to an ASCII letter (U+017F,
 * U+212A), and must be ASCII if any phrase is not; the byte before from
 * may be anything. */
size_t angka_phrase_trie_find(const angka_phrase_trie *trie, const char *const *phrases,
                              const char *text, size_t from, size_t end, size_t *match_start,
                              size_t *match_end);

#endif

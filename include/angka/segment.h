/* angka — segment: paragraphs into sentences.
 *
 * Aware of Indonesian abbreviations (No., Rp., S.IP., M.Si, dll., Plt.),
 * thousand dots and decimal commas ("1.009.250", "46,2"), closing quotes and
 * brackets. A paragraph break always ends a sentence.
 */
#ifndef ANGKA_SEGMENT_H
#define ANGKA_SEGMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/error.h"
#include "angka/parse.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The longest sentence handed to the rules, in bytes. Longer ones (a run-on
 * paragraph, a flattened list with no full stop) are cut at clause marks:
 * after the last ";" in the second half of the allowance, else after the
 * last ", " or ": ", else before the last "dan", "serta", "atau", "tetapi",
 * "namun" or "sedangkan", else at the last space, else between two
 * characters. Real sentences are far shorter (the longest in the corpora is
 * under 600 bytes); the cap bounds what a rule and the binding of its hits
 * cost per sentence, whatever the input. */
#define ANGKA_SENTENCE_MAX 2048

/* Bytes [start, end) of the article text, white space trimmed. */
typedef struct angka_sentence {
	size_t start;
	size_t end;
	size_t paragraph; /* index into article->paragraphs */
} angka_sentence;

/* Split every paragraph of the article. *out (freed with free()) holds *n
 * sentences in text order, none over ANGKA_SENTENCE_MAX bytes. */
int angka_segment_article(angka_sentence **out, size_t *n, const angka_article *article,
                          angka_error *err);

/* Split bytes [start, end) of text, appending to the sentences in *out
 * (which may be NULL with *n == 0); used by angka_segment_article and for
 * text that is not an article (angka explain). */
int angka_segment_span(angka_sentence **out, size_t *n, const char *text, size_t start, size_t end,
                       size_t paragraph, angka_error *err);

/* What the sentences of one article were found to hold, kept while its
 * domains read it: each domain runs the same finders (periods, numbers,
 * shared lexicons) on the same sentences when they load the same rule
 * files, and the second need not run them again. A finder's results are
 * filed under a key that names all that decides them (its lexicon's
 * entries, say), so two finders that file under one key find the same
 * things. One article, one thread; at most one entry per key and sentence,
 * so the article bounds what it holds. */
typedef struct angka_sentence_memo angka_sentence_memo;

/* A memo for the n sentences of an article (copied: sentences may be
 * freed before the memo); freed with angka_sentence_memo_free (which
 * accepts NULL). */
int angka_sentence_memo_new(angka_sentence_memo **out, const angka_sentence *sentences, size_t n);
void angka_sentence_memo_free(angka_sentence_memo *memo);

/* A copy of the results filed under key for the sentence at bytes
 * [start, end) into *out (which must be NULL; malloc'd, *n items of size
 * bytes, left NULL when there are none). ANGKA_ENOTFOUND when none were
 * filed, [start, end) is no sentence of the memo's or memo is NULL;
 * ANGKA_ENOMEM. */
int angka_sentence_memo_copy(void **out, size_t *n, const angka_sentence_memo *memo,
                             const char *key, size_t start, size_t end, size_t size);

/* File a copy of n items of size bytes each under key for the sentence at
 * [start, end) (nothing when it is none of the memo's or memo is NULL). key
 * is borrowed: it must outlive the memo. ANGKA_ENOMEM when out of memory
 * (the caller goes on without: the memo only saves work). */
int angka_sentence_memo_put(angka_sentence_memo *memo, const char *key, size_t start, size_t end,
                            const void *items, size_t n, size_t size);

#ifdef __cplusplus
}
#endif
#endif

/* angka — segment: paragraphs into sentences.
 *
 * Aware of Indonesian abbreviations (No., Rp., S.IP., M.Si, dll., Plt.),
 * thousand dots and decimal commas ("1.009.250", "46,2"), closing quotes and
 * brackets. A paragraph break always ends a sentence.
 */
#ifndef ANGKA_SEGMENT_H
#define ANGKA_SEGMENT_H

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

#ifdef __cplusplus
}
#endif
#endif

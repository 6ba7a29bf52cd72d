/* The reader (reader.c): the quantities of a sentence and what their cues
 * make of them. Internal to the match stage; match.c runs it after the
 * specific rules. */
#ifndef ANGKA_MATCH_READER_H
#define ANGKA_MATCH_READER_H

#include "match/rules_internal.h"

/* Append a hit to *hits (grown as needed). */
int angka_match_push(angka_hit **hits, size_t *n, const angka_hit *hit);

/* Read one sentence: a hit for every quantity the cues make a figure of,
 * except those a specific rule already read (claimed, n_claimed). */
int angka_reader_sentence(angka_hit **hits, size_t *n_hits, const angka_rules *rules,
                          angka_match_context *ctx, const char *text, size_t start, size_t end,
                          bool new_paragraph, const angka_hit *claimed, size_t n_claimed,
                          angka_reading_fn reading, void *trace_ctx, angka_error *err);

#endif

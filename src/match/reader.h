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
                          bool headline, const angka_hit *claimed, size_t n_claimed,
                          angka_match_warning_fn warn, void *warn_ctx, angka_reading_fn reading,
                          void *trace_ctx, angka_error *err);

/* openers.c: is at the first word of the sentence [start, ..) (after quotes
 * and brackets)? */
bool angka_reader_at_sentence_start(const char *text, size_t start, size_t at);
/* Does the sentence [start, end) open with a noun pointed back at by
 * ini/itu/tersebut ("Pembayaran itu ...")? */
bool angka_reader_opens_pointing_back(const char *text, size_t start, size_t end);
/* Is the sentence a list item ("- Jawa Barat: ...", "Jawa Barat: 4,96 juta")? */
bool angka_reader_starts_item(const char *text, size_t start, size_t end);

/* tables.c: the '|' in [start, end): a sentence with two or more is a table
 * row, and those before a cell are its column. */
size_t angka_reader_count_pipes(const char *text, size_t start, size_t end);
/* Does a header cell text[cell[0], cell[1]) say its column holds
 * percentages ("Cakupan (%)", "Persentase")? */
bool angka_reader_column_says_percent(const char *text, const size_t cell[2]);

/* What one span is matched with: match data, and a match context with a JIT
 * stack of its own made on first need (PCRE2's default of 32 KiB of the
 * machine stack runs out on long sentences). Per call, never shared, so
 * spans can be matched in several threads at once (match.c). */
typedef struct angka_matcher {
	pcre2_match_data *md;
	pcre2_match_context *context;
	pcre2_jit_stack *jit_stack;
} angka_matcher;

/* pcre2_match, again with the larger JIT stack when the default one ran out. */
int angka_matcher_match(angka_matcher *m, const pcre2_code *code, PCRE2_SPTR subject,
                        PCRE2_SIZE length, PCRE2_SIZE offset, uint32_t options);
void angka_matcher_free(angka_matcher *m);
/* The limits PCRE2 puts on one match: the rule is too costly on this text,
 * not wrong. */
bool angka_match_resource_limit(int rc);

#endif

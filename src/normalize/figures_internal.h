/* What the passes over an article's figures share: norm_settle's helpers
 * (figures.c) and the relations the domain declares between figures
 * (relations.c). Internal to libangka. */
#ifndef ANGKA_NORMALIZE_FIGURES_INTERNAL_H
#define ANGKA_NORMALIZE_FIGURES_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/normalize.h"

/* The readings across figures look at no more figures than this of one
 * measure (for a place and segment, or of one value): a report states a
 * handful, and a page of thousands then costs no more than a pass over it. */
#define RELATED_MAX 16

/* *field becomes a copy of value (NULL: none); ANGKA_ENOMEM. */
int norm_replace_string(char **field, const char *value);
bool norm_same_string(const char *a, const char *b);
/* strcmp, NULL as "". */
int norm_compare_text(const char *a, const char *b);
/* What a figure's place sorts by: its code, else its name. */
const char *norm_region_key(const angka_figure *fig);
/* Is vague a restatement of precise at a lower precision? */
bool norm_restates_value(const angka_figure *vague, const angka_figure *precise);
/* The end of the run of order[first, n) that same says are like its first. */
size_t norm_run_end(const angka_figure *items, const size_t *order, size_t first, size_t n,
                    bool (*same)(const angka_figure *, const angka_figure *));

/* relations.c: a figure of a `larger` metric that the article's own
 * figures say is the smaller one's (and the other way round), and the
 * labour counts a stated coverage is computed on, made its base. order:
 * sorted by (place, segment), dead: figures merged away. */
int norm_read_relations(const angka_normalizer *norm, angka_figure *items, const size_t *order,
                        size_t n, const bool *dead);
/* relations.c: a segment's coverage that the article's own figures say is
 * its share among everyone, made that share (context). order: sorted by
 * place and programme. */
int norm_read_shares(const angka_normalizer *norm, angka_figure *items, const size_t *order,
                     size_t n, const bool *dead);
int norm_promote_bases(const angka_normalizer *norm, angka_figure *items, const size_t *order,
                       size_t n, const bool *dead);

#endif

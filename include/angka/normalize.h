/* angka — normalize: hits become figure records.
 *
 * Numbers in Indonesian formats ("1.009.250", "46,2", "2,8 juta",
 * "Rp 711,58 miliar", "3,5 miliar rupiah", "Rp3,5 M"), regions through the
 * gazetteer, periods ("tahun 2024", "Maret 2025", "per 12 Agustus 2024",
 * "hingga saat ini"), segments, and context carried from earlier sentences
 * and from the article's title and dateline.
 */
#ifndef ANGKA_NORMALIZE_H
#define ANGKA_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/domain.h"
#include "angka/error.h"
#include "angka/match.h"
#include "angka/number.h"
#include "angka/parse.h"
#include "angka/segment.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- figures ---------------------------------------------------------- */

/* One figure record (DESIGN.md "The figure record"). Every string is owned
 * by the figure (malloc'd) and may be NULL where the record says null. */
typedef struct angka_figure {
	char *source;
	char *article_title;
	char *published;
	char *region;
	char *region_code;
	char *domain; /* the domain whose rules found it ("bpjs-tk", "jkn") */
	char *metric; /* one of the domain's metrics */
	char *segment;
	char *programme; /* for what is paid out: the programme (JHT, beasiswa, ...); else NULL */
	double value;
	char *unit; /* persons, percent, IDR, cases */
	bool approx;
	char *as_of;
	char *text; /* the figure as written */
	char *sentence;
	size_t start; /* byte offsets of text in the article text */
	size_t end;
	char *rule;
	/* for the audit: how precisely the value was reported */
	int decimals;
	double low, high;
	/* A context figure: a number the audit needs that is no figure of the
	 * dataset (a registered total, a share of the participants, a rate of
	 * change), of a metric with the role "context" in metrics.tsv. Stored,
	 * loaded and audited; never exported, counted or reviewed. */
	bool context;
} angka_figure;

typedef struct angka_figure_list {
	angka_figure *items;
	size_t n;
	size_t cap;
} angka_figure_list;

#define ANGKA_FIGURE_LIST_INIT                                                                     \
	{                                                                                          \
		NULL, 0, 0                                                                         \
	}

/* Append a copy of fig (deep copy of its strings). */
int angka_figure_list_push(angka_figure_list *list, const angka_figure *fig);
void angka_figure_clear(angka_figure *fig);
void angka_figure_list_free(angka_figure_list *list);

/* ---- the normalizer --------------------------------------------------- */

/* Gazetteer and lexicons of one domain (its own files, else the shared
 * ones), loaded once; domain must outlive the normalizer. */
typedef struct angka_normalizer angka_normalizer;

int angka_normalizer_new(angka_normalizer **out, const angka_domain *domain, angka_error *err);
/* The same, borrowing the gazetteer and the period finder of earlier (may
 * be NULL; must outlive the new one) when both read the same files: the
 * domains of a pipeline then load them once and find the places of a
 * sentence once (angka_sentence_memo). */
int angka_normalizer_new_beside(angka_normalizer **out, const angka_domain *domain,
                                const angka_normalizer *earlier, angka_error *err);
void angka_normalizer_free(angka_normalizer *norm);

/* What normalization did with each hit, for `angka explain`. Any callback
 * may be NULL. */
typedef struct angka_normalize_trace {
	/* The hit made no figure, and why. */
	void (*dropped)(const angka_hit *hit, const char *reason, void *ctx);
	/* The hit made this figure; region_from and period_from say where its
	 * region and period came from ("named in the sentence", "the article's
	 * place", "stated in the sentence", "the publication date", ...). */
	void (*bound)(const angka_hit *hit, const angka_figure *figure, const char *region_from,
	              const char *period_from, void *ctx);
	void *ctx;
} angka_normalize_trace;

/* Turn the resolved hits of an article into figures appended to out, with
 * region, period and segment bound from the sentence, the paragraph's
 * earlier sentences, or the article; duplicates within the article merged.
 * memo (may be NULL) holds what other domains found in these sentences,
 * and is given what this one finds. trace may be NULL. */
int angka_normalize_article(angka_figure_list *out, const angka_normalizer *norm,
                            const angka_article *article, const angka_sentence *sentences,
                            size_t n_sentences, const angka_hit *hits, size_t n_hits,
                            angka_sentence_memo *memo, const angka_normalize_trace *trace,
                            angka_error *err);

/* Does a sentence of the article name the normalizer's domain (an "in" word
 * of its lexicon/domain.tsv)? angka_normalize_article gives no figure of an
 * article that does not, so its rules need not read it. True when unsure. */
bool angka_normalizer_names_domain(const angka_normalizer *norm, const char *text,
                                   const angka_sentence *sentences, size_t n_sentences);

/* The values a hit stands for in text: one, or several for a list hit
 * ("26,66% dan 31,49%"). Writes at most max numbers, with their spans, and
 * returns how many (0 when the hit holds no number). */
typedef struct angka_hit_value {
	size_t start, end;
	angka_number number;
} angka_hit_value;
size_t angka_normalize_hit_values(angka_hit_value *values, size_t max, const char *text,
                                  const angka_hit *hit);

/* What a short text written as a figure states ("sekitar 2,8 juta",
 * "antara Rp1.000 hingga Rp10.000", "lebih dari USD1,42"): the number at
 * its start with the approximation words before it (rules/lexicon/approx.tsv)
 * and the second end of a range. Returns 0, or ANGKA_EPARSE when the text
 * states no number. Text that is not valid UTF-8 has no approximation words
 * read from it. */
int angka_normalize_number(angka_number *out, const angka_normalizer *norm, const char *text,
                           size_t len);

/* The period the text speaks of ("Maret 2025", "semester I 2024", "saat
 * ini"), as as_of ("YYYY", "YYYY-MM" or "YYYY-MM-DD", at least 11 bytes);
 * published ("YYYY-MM-DD" or NULL) resolves "saat ini" and "tahun lalu".
 * The first period in the text wins. Returns 0, ANGKA_ENOTFOUND when there
 * is none (or only a relative one and no publication date), ANGKA_EPARSE
 * when text is not valid UTF-8. Neither function reads text[len] or past:
 * text need not be NUL-terminated. */
int angka_normalize_period(char *as_of, size_t size, const angka_normalizer *norm, const char *text,
                           size_t len, const char *published);

#ifdef __cplusplus
}
#endif
#endif

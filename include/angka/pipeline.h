/* angka — the pipeline: parse → segment → match → normalize for one
 * document, with the rules and gazetteer compiled once and shared by every
 * article of a run. The CLI, the tests and the benchmarks all go through it.
 */
#ifndef ANGKA_PIPELINE_H
#define ANGKA_PIPELINE_H

#include "angka/error.h"
#include "angka/fetch.h"
#include "angka/match.h"
#include "angka/normalize.h"
#include "angka/parse.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct angka_pipeline angka_pipeline;

/* Load and compile everything under rules_dir. *out is owned by the caller. */
int angka_pipeline_new(angka_pipeline **out, const char *rules_dir, angka_error *err);
void angka_pipeline_free(angka_pipeline *pipeline);

const angka_rules *angka_pipeline_rules(const angka_pipeline *pipeline);
const angka_normalizer *angka_pipeline_normalizer(const angka_pipeline *pipeline);

/* Figures of one parsed article, appended to out. */
int angka_pipeline_extract(angka_figure_list *out, const angka_pipeline *pipeline,
                           const angka_article *article, angka_error *err);

/* Observers for `angka explain`: every hit before and after the overlap
 * policy, and why one was dropped. All may be NULL. */
typedef struct angka_pipeline_trace {
	void (*sentence)(const angka_article *article, const angka_sentence *sentence, void *ctx);
	angka_match_dropped_fn overlap_dropped;
	angka_normalize_dropped_fn normalize_dropped;
	void *ctx;
} angka_pipeline_trace;

int angka_pipeline_extract_traced(angka_figure_list *out, const angka_pipeline *pipeline,
                                  const angka_article *article,
                                  const angka_pipeline_trace *trace, angka_error *err);

/* Versions of angka and the libraries it was built with, for --version. */
const char *angka_version(void);
void angka_library_versions(char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif

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

/* A pipeline loading in the background, for a command that has articles to
 * read and parse meanwhile (parsing needs no rules). Start it, then ask
 * for the pipeline where it is needed: angka_pipeline_load_ready never
 * waits, angka_pipeline_load_wait does; both may be called from any
 * thread, any number of times. */
typedef struct angka_pipeline_load angka_pipeline_load;

/* Start loading rules_dir on a thread of its own (or at once, in this
 * thread, when no thread can be started). *out is owned by the caller,
 * who frees it with angka_pipeline_load_free; fails only out of memory. */
int angka_pipeline_load_start(angka_pipeline_load **out, const char *rules_dir, angka_error *err);

/* The pipeline if it has loaded, else NULL (still loading, or failed). It
 * is the load's: it lives until angka_pipeline_load_free. */
const angka_pipeline *angka_pipeline_load_ready(angka_pipeline_load *load);

/* Wait until the load is over: ANGKA_OK and *out (the load's, as above),
 * or angka_pipeline_new's error in err. */
int angka_pipeline_load_wait(const angka_pipeline **out, angka_pipeline_load *load,
                             angka_error *err);

/* Wait for the load if it is still going, and free it with its pipeline.
 * NULL is fine. */
void angka_pipeline_load_free(angka_pipeline_load *load);

/* The domains of the rules folder (rules/domains/<name>/, in name order),
 * each with its rules. */
size_t angka_pipeline_domain_count(const angka_pipeline *pipeline);
const angka_domain *angka_pipeline_domain_at(const angka_pipeline *pipeline, size_t i);
angka_domain *const *angka_pipeline_domains(const angka_pipeline *pipeline);
const angka_rules *angka_pipeline_rules_at(const angka_pipeline *pipeline, size_t i);
/* The first domain's normalizer: numbers and periods read the same in all. */
const angka_normalizer *angka_pipeline_normalizer(const angka_pipeline *pipeline);
/* The rules version (every file of the rules folder) figures record. */
const char *angka_pipeline_version(const angka_pipeline *pipeline);

/* Figures of one parsed article, appended to out. Warnings (see
 * angka_pipeline_trace) are not reported: use the traced call for them. */
int angka_pipeline_extract(angka_figure_list *out, const angka_pipeline *pipeline,
                           const angka_article *article, angka_error *err);

/* Every quantity of the article the number grammar reads (years, dates and
 * row numbers aside), whatever it becomes: reading is called once each. */
int angka_pipeline_candidates(const angka_pipeline *pipeline, const angka_article *article,
                              angka_reading_fn reading, void *ctx, angka_error *err);

/* Observers for `angka explain`: every sentence, every hit before the
 * overlap policy, every hit it dropped and why, and what normalization did;
 * and for every command, what the article lost without failing: a rule
 * that gave up on a sentence at a regex resource limit (the message names
 * the rule, the sentence's bytes and PCRE2's reason). All may be NULL. */
typedef struct angka_pipeline_trace {
	/* With several domains, each reads the article in turn: told first. */
	void (*domain)(const angka_domain *domain, void *ctx);
	void (*sentence)(const angka_article *article, const angka_sentence *sentence, void *ctx);
	void (*hit)(const angka_hit *hit, void *ctx);
	angka_match_dropped_fn overlap_dropped;
	angka_reading_fn reading; /* what the reader made of each number */
	angka_normalize_trace normalize;
	void (*warning)(const angka_article *article, const char *message, void *ctx);
	void *ctx;
} angka_pipeline_trace;

int angka_pipeline_extract_traced(angka_figure_list *out, const angka_pipeline *pipeline,
                                  const angka_article *article, const angka_pipeline_trace *trace,
                                  angka_error *err);

/* One example of a rule, run: the values the rule gave for the example's
 * text (after the overlap policy, so a rule that loses to another fails). */
typedef struct angka_example_result {
	const angka_rule *rule;
	const angka_rule_example *example;
	double got[16];
	const char *got_metrics[16];
	size_t n_got;
	bool passed;
} angka_example_result;

typedef void (*angka_example_fn)(const angka_example_result *result, void *ctx);

/* Run every example and counter-example of every rule (`angka rules
 * test`) of the domain named domain (NULL: of every domain); report is
 * called once per example. *failed counts the failures. */
int angka_pipeline_test_rules(const angka_pipeline *pipeline, const char *domain,
                              angka_example_fn report, void *ctx, size_t *examples, size_t *failed,
                              angka_error *err);

/* Versions of angka and the libraries it was built with, for --version. */
const char *angka_version(void);
void angka_library_versions(char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif

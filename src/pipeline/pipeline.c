#include "angka/pipeline.h"

#include <jansson.h>
#include <libxml/xmlversion.h>
#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <sqlite3.h>

#include "angka/segment.h"

#ifndef ANGKA_VERSION
#define ANGKA_VERSION "0.0.0"
#endif

/* Every domain of the rules folder, with its compiled rules and its
 * normalizer: an article is read once per domain. */
struct angka_pipeline {
	angka_domain **domains;
	size_t n;
	angka_rules **rules;
	angka_normalizer **normalizers;
};

/* One of the two chains angka_pipeline_new loads: every domain's rules, or
 * every domain's normalizer, each beside the first domain's. Where it
 * stopped (failed_at, n when it did not) and why. */
typedef struct load_chain {
	angka_pipeline *p;
	bool normalizers;
	size_t failed_at;
	int rc;
	angka_error err;
} load_chain;

static void load_chain_run(load_chain *c)
{
	angka_pipeline *p = c->p;
	c->failed_at = p->n;
	c->rc = ANGKA_OK;
	for (size_t i = 0; i < p->n; i++) {
		if (c->normalizers)
			c->rc = angka_normalizer_new_beside(&p->normalizers[i], p->domains[i],
			                                    i > 0 ? p->normalizers[0] : NULL,
			                                    &c->err);
		else
			c->rc = angka_rules_load_beside(&p->rules[i], p->domains[i],
			                                i > 0 ? p->rules[0] : NULL, &c->err);
		if (c->rc != ANGKA_OK) {
			c->failed_at = i;
			return;
		}
	}
}

static void *load_chain_thread(void *arg)
{
	load_chain_run(arg);
	return NULL;
}

/* The rules (match) and the normalizers share nothing while they load, and
 * each is about half of the loading (PCRE2 compiling and JIT, lexicons):
 * on a second thread, the normalizers load while this one loads the rules,
 * which halves the time every command waits before its first article. The
 * error reported is the one loading them in turn would have met first
 * (domain by domain, a domain's rules before its normalizer). */
int angka_pipeline_new(angka_pipeline **out, const char *rules_dir, angka_error *err)
{
	*out = NULL;
	angka_pipeline *p = calloc(1, sizeof *p);
	if (p == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	size_t n = 0;
	int rc = angka_domains_load(&p->domains, &n, rules_dir, err);
	if (rc == ANGKA_OK) {
		p->rules = calloc(n, sizeof *p->rules);
		p->normalizers = calloc(n, sizeof *p->normalizers);
		if (p->rules == NULL || p->normalizers == NULL)
			rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory");
		else
			p->n = n;
		if (rc != ANGKA_OK)
			angka_domains_free(p->domains, n);
	}
	if (rc == ANGKA_OK) {
		load_chain rules = {.p = p, .normalizers = false};
		load_chain normalizers = {.p = p, .normalizers = true};
		pthread_t helper;
		/* Without a thread, the normalizers load after the rules. */
		bool threaded = pthread_create(&helper, NULL, load_chain_thread, &normalizers) == 0;
		load_chain_run(&rules);
		if (threaded)
			pthread_join(helper, NULL);
		else
			load_chain_run(&normalizers);
		const load_chain *first =
		        rules.failed_at <= normalizers.failed_at ? &rules : &normalizers;
		rc = first->rc;
		if (rc != ANGKA_OK && err != NULL) {
			*err = first->err;
			if (p->n > 1)
				angka_error_prefix(err, "domain %s: ",
				                   angka_domain_name(p->domains[first->failed_at]));
		}
	}
	if (rc != ANGKA_OK) {
		angka_pipeline_free(p);
		return rc;
	}
	*out = p;
	return ANGKA_OK;
}

void angka_pipeline_free(angka_pipeline *pipeline)
{
	if (pipeline == NULL)
		return;
	for (size_t i = 0; i < pipeline->n; i++) {
		angka_rules_free(pipeline->rules[i]);
		angka_normalizer_free(pipeline->normalizers[i]);
	}
	free(pipeline->rules);
	free(pipeline->normalizers);
	angka_domains_free(pipeline->domains, pipeline->n);
	free(pipeline);
}

struct angka_pipeline_load {
	char *rules_dir;
	pthread_t thread;
	bool threaded;
	pthread_mutex_t lock;
	pthread_cond_t loaded;
	/* Under lock: */
	bool done;
	int rc;
	angka_error err;
	angka_pipeline *pipeline;
};

static void load_run(angka_pipeline_load *load)
{
	angka_pipeline *pipeline = NULL;
	angka_error err = {0, ""};
	int rc = angka_pipeline_new(&pipeline, load->rules_dir, &err);
	pthread_mutex_lock(&load->lock);
	load->pipeline = pipeline;
	load->rc = rc;
	load->err = err;
	load->done = true;
	pthread_cond_broadcast(&load->loaded);
	pthread_mutex_unlock(&load->lock);
}

static void *load_thread(void *arg)
{
	load_run(arg);
	return NULL;
}

int angka_pipeline_load_start(angka_pipeline_load **out, const char *rules_dir, angka_error *err)
{
	*out = NULL;
	angka_pipeline_load *load = calloc(1, sizeof *load);
	if (load == NULL || (load->rules_dir = strdup(rules_dir)) == NULL) {
		free(load);
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	}
	pthread_mutex_init(&load->lock, NULL);
	pthread_cond_init(&load->loaded, NULL);
	load->threaded = pthread_create(&load->thread, NULL, load_thread, load) == 0;
	if (!load->threaded)
		load_run(load);
	*out = load;
	return ANGKA_OK;
}

const angka_pipeline *angka_pipeline_load_ready(angka_pipeline_load *load)
{
	pthread_mutex_lock(&load->lock);
	const angka_pipeline *pipeline = load->pipeline;
	pthread_mutex_unlock(&load->lock);
	return pipeline;
}

int angka_pipeline_load_wait(const angka_pipeline **out, angka_pipeline_load *load,
                             angka_error *err)
{
	pthread_mutex_lock(&load->lock);
	while (!load->done)
		pthread_cond_wait(&load->loaded, &load->lock);
	*out = load->pipeline;
	int rc = load->rc;
	if (rc != ANGKA_OK && err != NULL)
		*err = load->err;
	pthread_mutex_unlock(&load->lock);
	return rc;
}

void angka_pipeline_load_free(angka_pipeline_load *load)
{
	if (load == NULL)
		return;
	if (load->threaded)
		pthread_join(load->thread, NULL);
	pthread_mutex_destroy(&load->lock);
	pthread_cond_destroy(&load->loaded);
	angka_pipeline_free(load->pipeline);
	free(load->rules_dir);
	free(load);
}

size_t angka_pipeline_domain_count(const angka_pipeline *pipeline)
{
	return pipeline->n;
}

const angka_domain *angka_pipeline_domain_at(const angka_pipeline *pipeline, size_t i)
{
	return i < pipeline->n ? pipeline->domains[i] : NULL;
}

angka_domain *const *angka_pipeline_domains(const angka_pipeline *pipeline)
{
	return pipeline->domains;
}

const angka_rules *angka_pipeline_rules_at(const angka_pipeline *pipeline, size_t i)
{
	return i < pipeline->n ? pipeline->rules[i] : NULL;
}

const angka_normalizer *angka_pipeline_normalizer(const angka_pipeline *pipeline)
{
	return pipeline->normalizers[0];
}

const char *angka_pipeline_version(const angka_pipeline *pipeline)
{
	return angka_rules_version(pipeline->rules[0]);
}

int angka_pipeline_extract(angka_figure_list *out, const angka_pipeline *pipeline,
                           const angka_article *article, angka_error *err)
{
	return angka_pipeline_extract_traced(out, pipeline, article, NULL, err);
}

typedef struct warning_ctx {
	const angka_article *article;
	const angka_pipeline_trace *trace;
} warning_ctx;

/* A rule that gave up on a sentence, told to the trace's warning observer. */
static void rule_gave_up(const angka_rule *rule, size_t start, size_t end, const char *message,
                         void *ctx)
{
	const warning_ctx *w = ctx;
	char text[512];
	snprintf(text, sizeof text,
	         "rule %s gave up on the sentence at bytes [%zu, %zu): %s; its hits there are lost",
	         angka_rule_id(rule), start, end, message);
	w->trace->warning(w->article, text, w->trace->ctx);
}

/* One domain's reading of the article, sentence by sentence: the specific
 * rules' hits are resolved within a sentence (the overlap policy is about
 * one number read by several rules), and the reader carries what it decided
 * from one sentence to the next. */
/* Is the sentence the article's title (its first paragraph, as parsed)? */
static bool is_headline(const angka_article *article, const angka_sentence *sentence)
{
	size_t len = sentence->end - sentence->start;
	return article->title && sentence->start == 0 && strlen(article->title) == len &&
	       memcmp(article->title, article->text, len) == 0;
}

static int extract_domain(angka_figure_list *out, const angka_rules *rules,
                          const angka_normalizer *normalizer, const angka_article *article,
                          const angka_sentence *sentences, size_t n_sentences,
                          angka_sentence_memo *memo, const angka_pipeline_trace *trace,
                          angka_error *err)
{
	angka_hit *hits = NULL;
	size_t n_hits = 0;
	angka_match_context *context = NULL;
	warning_ctx warning = {article, trace};
	angka_match_warning_fn warn = trace && trace->warning ? rule_gave_up : NULL;
	int rc = ANGKA_OK;
	if (angka_match_context_new(&context) != ANGKA_OK) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory");
		goto cleanup;
	}
	angka_match_context_share(context, memo);
	for (size_t s = 0; s < n_sentences; s++) {
		if (trace && trace->sentence)
			trace->sentence(article, &sentences[s], trace->ctx);
		size_t before = n_hits;
		rc = angka_match_sentence(
		        &hits, &n_hits, rules, context, article->text, sentences[s].start,
		        sentences[s].end, is_headline(article, &sentences[s]), warn, &warning,
		        trace ? trace->overlap_dropped : NULL, trace ? trace->reading : NULL,
		        trace ? trace->ctx : NULL, err);
		if (rc != ANGKA_OK) {
			angka_error_prefix(err, "%s: ", article->source);
			goto cleanup;
		}
		for (size_t i = before; trace && trace->hit && i < n_hits; i++)
			trace->hit(&hits[i], trace->ctx);
	}
	/* A later sentence can make a hit of an earlier one ("di antaranya"). */
	if (angka_match_sort(hits, n_hits) != ANGKA_OK) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory sorting hits",
		                     article->source);
		goto cleanup;
	}
	rc = angka_normalize_article(out, normalizer, article, sentences, n_sentences, hits, n_hits,
	                             memo, trace ? &trace->normalize : NULL, err);
cleanup:
	angka_match_context_free(context);
	free(hits);
	return rc;
}

/* Does the trace follow how the article is read (angka explain), rather
 * than only hear what it lost (the warnings every command passes)? */
static bool follows_reading(const angka_pipeline_trace *trace)
{
	return trace && (trace->domain || trace->sentence || trace->hit || trace->overlap_dropped ||
	                 trace->reading || trace->normalize.dropped || trace->normalize.bound);
}

/* Every domain reads the whole article; a domain's own words decide which
 * sentences speak of it (its lexicon/domain.tsv), so each figure comes
 * from one domain's rules and carries its name. An article that names a
 * domain nowhere gives it no figure: its rules skip it, unless the trace
 * follows the reading, so that explain says why. A trace of warnings alone
 * does not make them read it: the hits a rule gave up on there would have
 * been dropped anyway, and reading every article once per domain was half
 * of extract's time on articles of one domain. What the domains' common
 * finders find in a sentence is found once (angka_sentence_memo). */
int angka_pipeline_extract_traced(angka_figure_list *out, const angka_pipeline *pipeline,
                                  const angka_article *article, const angka_pipeline_trace *trace,
                                  angka_error *err)
{
	angka_sentence *sentences = NULL;
	size_t n_sentences = 0;
	angka_sentence_memo *memo = NULL;
	int rc = angka_segment_article(&sentences, &n_sentences, article, err);
	if (rc == ANGKA_OK && pipeline->n > 1 &&
	    angka_sentence_memo_new(&memo, sentences, n_sentences) != ANGKA_OK)
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", article->source);
	for (size_t d = 0; rc == ANGKA_OK && d < pipeline->n; d++) {
		if (trace && trace->domain && pipeline->n > 1)
			trace->domain(pipeline->domains[d], trace->ctx);
		if (!follows_reading(trace) &&
		    !angka_normalizer_names_domain(pipeline->normalizers[d], article->text,
		                                   sentences, n_sentences))
			continue;
		rc = extract_domain(out, pipeline->rules[d], pipeline->normalizers[d], article,
		                    sentences, n_sentences, memo, trace, err);
	}
	angka_sentence_memo_free(memo);
	free(sentences);
	return rc;
}

/* The number grammar and the counted nouns are what decide a candidate, and
 * they are shared by the domains unless one overrides nouns.tsv: the first
 * domain's reading stands for all. */
int angka_pipeline_candidates(const angka_pipeline *pipeline, const angka_article *article,
                              angka_reading_fn reading, void *ctx, angka_error *err)
{
	angka_sentence *sentences = NULL;
	size_t n = 0;
	int rc = angka_segment_article(&sentences, &n, article, err);
	for (size_t s = 0; rc == ANGKA_OK && s < n; s++)
		rc = angka_match_candidates(pipeline->rules[0], article->text, sentences[s].start,
		                            sentences[s].end, reading, ctx, err);
	free(sentences);
	return rc;
}

/* The figures text gives, read as a whole article would be: for a figure
 * rule, the values its own hits give; for a template or a cue, every figure
 * of the text (value and metric), since what a template reads is decided
 * with the cues around it. */
static int example_values(angka_example_result *result, const angka_rules *rules, const char *text,
                          angka_error *err)
{
	angka_sentence *sentences = NULL;
	size_t n_sentences = 0;
	angka_hit *hits = NULL;
	size_t n_hits = 0;
	angka_match_context *context = NULL;
	bool all = angka_rule_kind_of(result->rule) != ANGKA_RULE_KIND_FIGURE;
	int rc = angka_segment_span(&sentences, &n_sentences, text, 0, strlen(text), 0, err);
	if (rc == ANGKA_OK && angka_match_context_new(&context) != ANGKA_OK)
		rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	for (size_t s = 0; rc == ANGKA_OK && s < n_sentences; s++)
		rc = angka_match_sentence(&hits, &n_hits, rules, context, text, sentences[s].start,
		                          sentences[s].end, false, NULL, NULL, NULL, NULL, NULL,
		                          err);
	for (size_t h = 0; rc == ANGKA_OK && h < n_hits; h++) {
		if (!all && hits[h].rule != result->rule)
			continue;
		angka_hit_value values[16];
		size_t n = angka_normalize_hit_values(values, 16, text, &hits[h]);
		for (size_t v = 0; v < n && result->n_got < 16; v++) {
			result->got_metrics[result->n_got] = hits[h].metric;
			result->got[result->n_got++] = values[v].number.value;
		}
	}
	angka_match_context_free(context);
	free(hits);
	free(sentences);
	return rc;
}

static int test_domain(const angka_rules *rules, angka_example_fn report, void *ctx,
                       size_t *examples, size_t *failed, angka_error *err)
{
	for (size_t r = 0; r < angka_rules_count(rules); r++) {
		const angka_rule *rule = angka_rules_at(rules, r);
		for (size_t e = 0; e < angka_rule_example_count(rule); e++) {
			angka_example_result result = {.rule = rule,
			                               .example = angka_rule_example_at(rule, e)};
			int rc = example_values(&result, rules, result.example->text, err);
			if (rc != ANGKA_OK)
				return rc;
			if (result.example->must_match) {
				result.passed = result.n_got == result.example->n_values;
				for (size_t i = 0; result.passed && i < result.n_got; i++)
					result.passed =
					        fabs(result.got[i] - result.example->values[i]) <=
					                1e-9 * fmax(1.0, fabs(result.got[i])) &&
					        (result.example->metrics == NULL ||
					         strcmp(result.got_metrics[i],
					                result.example->metrics[i]) == 0);
			} else {
				result.passed = result.n_got == 0;
			}
			(*examples)++;
			if (!result.passed)
				(*failed)++;
			if (report)
				report(&result, ctx);
		}
	}
	return ANGKA_OK;
}

int angka_pipeline_test_rules(const angka_pipeline *pipeline, const char *domain,
                              angka_example_fn report, void *ctx, size_t *examples, size_t *failed,
                              angka_error *err)
{
	*examples = *failed = 0;
	for (size_t d = 0; d < pipeline->n; d++) {
		if (domain && strcmp(domain, angka_domain_name(pipeline->domains[d])) != 0)
			continue;
		int rc = test_domain(pipeline->rules[d], report, ctx, examples, failed, err);
		if (rc != ANGKA_OK)
			return rc;
	}
	return ANGKA_OK;
}

const char *angka_version(void)
{
	return ANGKA_VERSION;
}

void angka_library_versions(char *buf, size_t size)
{
	char pcre2_version[64] = "";
	pcre2_config(PCRE2_CONFIG_VERSION, pcre2_version);
	uint32_t jit = 0;
	pcre2_config(PCRE2_CONFIG_JIT, &jit);
	snprintf(buf, size, "libxml2 %s, PCRE2 %s (JIT %s), SQLite %s, libyaml %s, jansson %s",
	         LIBXML_DOTTED_VERSION, pcre2_version, jit ? "available" : "unavailable",
	         sqlite3_libversion(), yaml_get_version_string(), JANSSON_VERSION);
}

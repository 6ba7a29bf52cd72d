#include <stdio.h>
#include <string.h>

#include <stdlib.h>
#include <time.h>

#include "angka/jobs.h"
#include "angka/store.h"
#include "cli/article_job.h"
#include "cli/common.h"

static const cli_option reextract_options[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"rules", 0, "DIR", "the rules folder (default: found next to the binary)", OPT_RULES},
        {"quiet", 'q', NULL, "no progress line and no summary", OPT_QUIET},
        JOBS_OPTION,
        {NULL, 0, NULL, NULL, 0},
};

const cli_command reextract_command = {
        "reextract",
        "[OPTIONS]",
        "Run today's rules over the text of every current article (nothing is fetched)\n"
        "and replace its machine figures, one transaction per article. A figure found\n"
        "again (same article, byte span and value) keeps its id and its review history;\n"
        "review decisions are never changed. Every figure records the rules version.\n"
        "Superseded versions of articles stay as they were stored. Articles are extracted\n"
        "in --jobs threads and written by one, many to a transaction (each article still\n"
        "all or nothing), in id order.",
        "Prints a summary on stderr: articles, figures kept, new and gone, figures with a\n"
        "review.\n\n"
        "Exit status: 0 ok, 1 some articles failed (the others were re-extracted),\n"
        "2 usage error, 3 the rules or the database could not be used.\n",
        reextract_options,
};

/* Articles per transaction, as in ingest. */
#define BATCH_ARTICLES 256

typedef struct reextract_run {
	const run_options *o;
	angka_pipeline *pipeline;
	angka_store *store;
	const char *version;
	size_t articles, failed, batch_articles;
	angka_replace_stats total;
	int status;
} reextract_run;

static void reextract_work(void *item, size_t worker, void *ctx)
{
	(void)worker;
	reextract_run *r = ctx;
	article_job_extract(item, r->pipeline);
}

static void commit_batch(reextract_run *r)
{
	angka_error err = {0, ""};
	r->batch_articles = 0;
	if (angka_store_batch_commit(r->store, &err) != ANGKA_OK && r->status == EXIT_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->status = EXIT_SYSTEM;
	}
}

/* In the writer, in id order: replace the article's figures. */
static void reextract_done(void *item, void *ctx)
{
	reextract_run *r = ctx;
	article_job *job = item;
	angka_replace_stats stats = {0, 0, 0, 0};
	angka_error err = {0, ""};
	int rc = job->rc;
	if (r->status != EXIT_OK)
		goto cleanup;
	r->articles++;
	if (rc != ANGKA_OK)
		err = job->err;
	else if ((rc = angka_store_batch_begin(r->store, &err)) == ANGKA_OK)
		rc = angka_store_replace_figures(r->store, job->article_id, &job->figures,
		                                 r->version, &stats, &err);
	if (rc == ANGKA_EDB || rc == ANGKA_EIO || rc == ANGKA_ENOMEM) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->status = EXIT_SYSTEM;
		goto cleanup;
	}
	if (rc != ANGKA_OK) {
		fprintf(stderr, "angka: article %lld (%s): %s\n", (long long)job->article_id,
		        job->article->source ? job->article->source : "?", err.message);
		r->failed++;
		goto cleanup;
	}
	r->total.kept += stats.kept;
	r->total.added += stats.added;
	r->total.removed += stats.removed;
	r->total.reviewed += stats.reviewed;
	if (++r->batch_articles >= BATCH_ARTICLES)
		commit_batch(r);
cleanup:
	article_job_free(job);
}

/* The writer would wait for a worker: commit what it has. */
static void reextract_idle(void *ctx, bool draining)
{
	reextract_run *r = ctx;
	(void)draining;
	if (r->batch_articles > 0)
		commit_batch(r);
}

int cmd_reextract(int argc, char **argv)
{
	run_options o = {.db_path = "angka.db", .command = &reextract_command};
	int first = cli_parse(&reextract_command, argc, argv, common_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first < argc) {
		cli_usage_error(&reextract_command, "unexpected argument '%s'", argv[first]);
		return EXIT_USAGE;
	}
	reextract_run r = {.o = &o, .status = EXIT_OK};
	angka_jobs *jobs = NULL;
	int64_t *ids = NULL;
	size_t n_ids = 0;
	angka_error err = {0, ""};
	int status = open_pipeline(&r.pipeline, &o);
	if (status != EXIT_OK)
		return status;
	if ((status = open_writable_store(&r.store, o.db_path)) != EXIT_OK)
		goto cleanup;
	r.version = angka_pipeline_version(r.pipeline);
	if (angka_store_article_ids(&ids, &n_ids, r.store, &err) != ANGKA_OK ||
	    angka_jobs_new(&jobs, jobs_threads(o.jobs), reextract_work, reextract_done,
	                   reextract_idle, &r, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	/* Articles are read by the writer's own connection, between writes. */
	for (size_t i = 0; i < n_ids && r.status == EXIT_OK; i++) {
		article_job *job = article_job_new(JOB_STORED, NULL);
		if (job == NULL ||
		    angka_store_load_article(&job->article, r.store, ids[i], &err) != ANGKA_OK) {
			fprintf(stderr, "angka: %s\n", job ? err.message : "out of memory");
			article_job_free(job);
			r.status = EXIT_SYSTEM;
			break;
		}
		job->article_id = ids[i];
		angka_jobs_submit(jobs, job);
	}
	angka_jobs_finish(jobs);
	commit_batch(&r);
	if (r.status != EXIT_OK) {
		status = r.status;
		goto cleanup;
	}
	if (!o.quiet)
		fprintf(stderr,
		        "%zu article%s re-extracted with rules %s, %zu failed: %zu figure%s kept, "
		        "%zu new, %zu gone; %zu with a review decision\n",
		        r.articles, r.articles == 1 ? "" : "s", r.version, r.failed, r.total.kept,
		        r.total.kept == 1 ? "" : "s", r.total.added, r.total.removed,
		        r.total.reviewed);
	status = r.failed ? EXIT_INPUT : EXIT_OK;
cleanup:
	angka_jobs_free(jobs);
	free(ids);
	angka_store_close(r.store);
	angka_pipeline_free(r.pipeline);
	return status;
}

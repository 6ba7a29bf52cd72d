/* One article's way through the worker threads (angka/jobs.h), shared by
 * extract, ingest and reextract: what a worker reads, parses and extracts,
 * and what the writer thread gets back, in input order. A worker never
 * prints: messages wait in the job, so stderr comes out in input order too. */
#ifndef ANGKA_CLI_ARTICLE_JOB_H
#define ANGKA_CLI_ARTICLE_JOB_H

#include <stdbool.h>
#include <stdint.h>

#include "angka/fetch.h"
#include "angka/jobs.h"
#include "angka/parse.h"
#include "angka/pipeline.h"
#include "angka/store.h"

typedef enum article_job_kind {
	JOB_FILE = 0, /* a path, or '-': standard input */
	JOB_RECORD,   /* a line of --input jsonl */
	JOB_STORED,   /* an article read back from the store (reextract) */
	JOB_PAGE,     /* an http(s) URL: fetched by the writer, politely, in order */
	JOB_FEED,     /* an RSS/Atom feed: likewise */
} article_job_kind;

typedef struct article_job {
	article_job_kind kind;
	char *input;        /* JOB_FILE, JOB_PAGE, JOB_FEED: as named */
	const char *name;   /* '-': the source it is named as */
	size_t line;        /* JOB_RECORD: 1-based line number */
	char *record;       /* JOB_RECORD: the line */
	size_t record_len;  /* its length */
	int64_t article_id; /* JOB_STORED */
	/* What the worker made of it. */
	angka_document *document; /* JOB_FILE: kept for the source's name */
	angka_article *article;
	angka_figure_list figures;
	bool extracted; /* figures are the article's */
	bool known;     /* its content is stored already: not extracted */
	bool unchecked; /* extracted before the store could say whether it knew the text */
	int rc;
	angka_error err;
	char warning[1024];      /* printed before the error, if any */
	char *pipeline_warnings; /* the pipeline's warnings, one a line, or NULL */
	size_t pipeline_warnings_len;
	char *output; /* what the worker wrote for stdout (extract --candidates), or NULL */
	size_t output_len;
	/* The figures' JSON records, rendered by the worker (one per figure),
	 * or NULL: the writer renders them. */
	char **records;
} article_job;

/* A job for one input; NULL when out of memory. */
article_job *article_job_new(article_job_kind kind, const char *input);
void article_job_free(article_job *job);

/* Fetch (JOB_FILE, JOB_RECORD) and parse: job->article, or job->rc and
 * job->err. */
void article_job_read(article_job *job);

/* Extract job->article's figures with the shared pipeline; its warnings
 * (a rule that gave up on a sentence) wait in the job. */
void article_job_extract(article_job *job, const angka_pipeline *pipeline);

/* Render the figures' JSON records into job->records, in the worker, so
 * that the writer only writes them. Out of memory, nothing is rendered
 * (the writer renders them, and reports it). */
void article_job_render(article_job *job);

/* Print the job's warnings and error (if any) on stderr, as "angka: ...". */
void article_job_report(const article_job *job);

/* --jobs: the number of worker threads to use for n (0: the default, the
 * processors online). */
size_t jobs_threads(size_t requested);

#endif

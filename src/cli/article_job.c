#include "cli/article_job.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "angka/export.h"
#include "cli/common.h"

article_job *article_job_new(article_job_kind kind, const char *input)
{
	article_job *job = calloc(1, sizeof *job);
	if (job == NULL)
		return NULL;
	job->kind = kind;
	job->figures = (angka_figure_list)ANGKA_FIGURE_LIST_INIT;
	if (input != NULL && (job->input = strdup(input)) == NULL) {
		free(job);
		return NULL;
	}
	return job;
}

static void free_records(article_job *job)
{
	for (size_t i = 0; job->records && i < job->figures.n; i++)
		free(job->records[i]);
	free(job->records);
	job->records = NULL;
}

void article_job_free(article_job *job)
{
	if (job == NULL)
		return;
	free_records(job);
	free(job->input);
	free(job->record);
	free(job->pipeline_warnings);
	free(job->output);
	angka_document_free(job->document);
	angka_article_free(job->article);
	angka_figure_list_free(&job->figures);
	free(job);
}

static int fill_from_record(angka_article *article, const angka_article_record *record)
{
	if (article->title == NULL && record->title &&
	    (article->title = strdup(record->title)) == NULL)
		return ANGKA_ENOMEM;
	if (article->published == NULL && record->published &&
	    (article->published = strdup(record->published)) == NULL)
		return ANGKA_ENOMEM;
	return ANGKA_OK;
}

void article_job_read(article_job *job)
{
	angka_article_record record = {NULL, NULL, NULL};
	job->rc = ANGKA_OK;
	if (job->kind == JOB_RECORD) {
		job->rc = angka_fetch_record(&record, job->record, job->record_len, 0, &job->err);
		if (job->rc == ANGKA_OK) {
			job->document = record.document;
			record.document = NULL;
		}
		free(job->record); /* the line can be large; the document has it now */
		job->record = NULL;
	} else {
		job->rc = fetch_input(&job->document, job->input, job->name, &job->err);
	}
	if (job->rc == ANGKA_OK) {
		document_warning(job->warning, sizeof job->warning, job->document);
		job->rc = parse_document_quietly(&job->article, job->document, &job->err);
	}
	if (job->rc == ANGKA_OK && job->kind == JOB_RECORD &&
	    fill_from_record(job->article, &record) != ANGKA_OK)
		job->rc = angka_error_set(&job->err, ANGKA_ENOMEM, "out of memory");
	angka_article_record_clear(&record);
}

/* A worker must not print: the line waits for the writer, who prints it
 * in input order. A warning that finds no memory is dropped. */
static void keep_warning(const angka_article *article, const char *message, void *ctx)
{
	article_job *job = ctx;
	int n = snprintf(NULL, 0, "angka: %s: warning: %s\n", article->source, message);
	if (n < 0)
		return;
	char *grown = realloc(job->pipeline_warnings, job->pipeline_warnings_len + (size_t)n + 1);
	if (grown == NULL)
		return;
	job->pipeline_warnings = grown;
	snprintf(grown + job->pipeline_warnings_len, (size_t)n + 1, "angka: %s: warning: %s\n",
	         article->source, message);
	job->pipeline_warnings_len += (size_t)n;
}

void article_job_extract(article_job *job, const angka_pipeline *pipeline)
{
	if (job->rc != ANGKA_OK || job->article == NULL)
		return;
	angka_pipeline_trace trace = {.warning = keep_warning, .ctx = job};
	job->rc = angka_pipeline_extract_traced(&job->figures, pipeline, job->article, &trace,
	                                        &job->err);
	job->extracted = job->rc == ANGKA_OK;
}

void article_job_render(article_job *job)
{
	if (job->rc != ANGKA_OK || job->figures.n == 0)
		return;
	job->records = calloc(job->figures.n, sizeof *job->records);
	for (size_t i = 0; job->records && i < job->figures.n; i++) {
		job->records[i] = angka_figure_to_json(&job->figures.items[i]);
		if (job->records[i] == NULL)
			free_records(job);
	}
}

void article_job_report(const article_job *job)
{
	fputs(job->warning, stderr);
	if (job->pipeline_warnings != NULL)
		fputs(job->pipeline_warnings, stderr);
	if (job->rc == ANGKA_OK)
		return;
	if (job->kind == JOB_RECORD)
		fprintf(stderr, "angka: stdin:%zu: %s\n", job->line, job->err.message);
	else
		fprintf(stderr, "angka: %s\n", job->err.message);
}

size_t jobs_threads(size_t requested)
{
	return requested > 0 ? requested : angka_jobs_default_threads();
}

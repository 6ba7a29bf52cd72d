#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli/article_job.h"
#include "cli/common.h"

enum { OPT_INPUT = OPT_FIRST_COMMAND_OPTION, OPT_CANDIDATES, OPT_CONTEXT };

static const cli_option extract_options[] = {
        {"format", 'f', "FORMAT", "table (default), jsonl, json or csv", OPT_FORMAT},
        {"input", 'i', "KIND", "what the operands hold: articles (default) or jsonl", OPT_INPUT},
        JOBS_OPTION,
        {"rules", 0, "DIR", "the rules folder (default: found next to the binary)", OPT_RULES},
        {"quiet", 'q', NULL, "no progress line", OPT_QUIET},
        {"candidates", 0, NULL,
         "print every quantity read (JSONL: source, start, end, text, value, kind, noun), not the "
         "figures: what the rules could make a figure of",
         OPT_CANDIDATES},
        {"context", 0, NULL, "also write the context figures (JSON only; see below)", OPT_CONTEXT},
        SOURCE_NAME_OPTION,
        {NULL, 0, NULL, NULL, 0},
};

const cli_command extract_command = {
        "extract",
        "[OPTIONS] SOURCE...\n       angka extract --input jsonl [OPTIONS] [FILE|-]...",
        "Find the figures in articles and print them, without storing anything.\n"
        "SOURCE is a file (.txt, .html, .htm, or anything whose content is text or HTML),\n"
        "a folder, read recursively, or '-': one article from standard input.",
        "With --input jsonl, each operand ('-': standard input, the default) holds one\n"
        "article per line, {\"url\": ..., \"html\": ... or \"text\": ..., \"title\"?,\n"
        "\"published\"?}, and the figure records go to stdout as JSON lines (the default\n"
        "format then), in input order,\n"
        "with nothing else: a pure filter, with no state on disk, for the map step of\n"
        "Hadoop Streaming, Spark's RDD.pipe or GNU parallel (docs/scale.md). A bad line is\n"
        "reported on stderr with its number (stdin:LINE: ...) and the others go on.\n\n"
        "Output: one figure record per row or line, with the fields of docs/figure-record.md;\n"
        "the table's footer (the number of figures) goes to stderr. Inputs that cannot be\n"
        "read are reported on stderr; the others are still processed. --jobs N parses and\n"
        "extracts in N threads; the output is the same, in the same order.\n\n"
        "A context figure (a number the audit needs that is no figure of the dataset: a\n"
        "registered total, a share, a rate of change) is written only with --context, and\n"
        "only as JSON (jsonl or json), marked \"context\": true: 'angka extract --context\n"
        "--format jsonl' into 'angka load' gives a store the audit can use.\n\n"
        "Exit status: 0 ok, 1 some inputs failed, 2 usage error, 3 the rules could not be\n"
        "loaded or the output could not be written.\n",
        extract_options,
};

/* A line of JSON may carry a page escaped: a cap above the page's own. */
#define MAX_RECORD_BYTES ((size_t)64 * 1024 * 1024)

typedef struct extract_options_t {
	run_options run;
	bool jsonl_input;
	bool format_given;
	bool candidates;
	bool with_context;
} extract_options_t;

static int extract_option(int id, const char *arg, void *ctx)
{
	extract_options_t *o = ctx;
	if (id == OPT_INPUT) {
		if (strcmp(arg, "jsonl") == 0)
			o->jsonl_input = true;
		else if (strcmp(arg, "articles") != 0) {
			cli_usage_error(&extract_command,
			                "--input wants articles or jsonl, not '%s'", arg);
			return 1;
		}
		return 0;
	}
	if (id == OPT_CANDIDATES) {
		o->candidates = true;
		return 0;
	}
	if (id == OPT_CONTEXT) {
		o->with_context = true;
		return 0;
	}
	if (id == OPT_FORMAT)
		o->format_given = true;
	return common_option(id, arg, &o->run);
}

typedef struct extract_run {
	const angka_pipeline *pipeline;
	bool candidates;
	bool with_context; /* the context figures are written too */
	bool render;       /* JSON or JSONL: the workers render the records */
	angka_writer *writer;
	angka_jobs *jobs;
	const char *source_name;
	size_t failed;
	bool output_failed;
} extract_run;

typedef struct candidate_printer {
	const angka_article *article;
	FILE *out;
	bool failed;
} candidate_printer;

static void print_candidate(const angka_reading *reading, void *ctx)
{
	candidate_printer *p = ctx;
	json_t *o =
	        json_pack("{s:s, s:I, s:I, s:s%, s:f, s:s, s:s?}", "source", p->article->source,
	                  "start", (json_int_t)reading->start, "end", (json_int_t)reading->end,
	                  "text", p->article->text + reading->start, reading->end - reading->start,
	                  "value", reading->value, "kind", reading->kind, "noun", reading->noun);
	/* Fifteen significant digits, as the figures are written: past them a
	 * double's digits are noise ("41.200000000000003"). */
	char *line = o ? json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(15)) : NULL;
	if (line == NULL || fputs(line, p->out) == EOF || putc('\n', p->out) == EOF)
		p->failed = true;
	free(line);
	json_decref(o);
}

/* --candidates: every quantity of the article as JSON lines, kept in the
 * job (a worker never prints) for the writer to print in input order. */
static void collect_candidates(article_job *job, const angka_pipeline *pipeline)
{
	candidate_printer printer = {job->article, NULL, false};
	printer.out = open_memstream(&job->output, &job->output_len);
	if (printer.out == NULL) {
		job->rc = angka_error_set(&job->err, ANGKA_ENOMEM, "out of memory");
		return;
	}
	job->rc = angka_pipeline_candidates(pipeline, job->article, print_candidate, &printer,
	                                    &job->err);
	if (fclose(printer.out) != 0 || printer.failed)
		if (job->rc == ANGKA_OK)
			job->rc = angka_error_set(&job->err, ANGKA_ENOMEM,
			                          "%s: out of memory writing the candidates",
			                          job->article->source);
}

static void extract_work(void *item, size_t worker, void *ctx)
{
	(void)worker;
	extract_run *r = ctx;
	article_job *job = item;
	article_job_read(job);
	if (job->rc == ANGKA_OK && r->candidates) {
		collect_candidates(job, r->pipeline);
	} else {
		article_job_extract(job, r->pipeline);
		if (r->render)
			article_job_render(job);
	}
}

/* In input order, in the main thread: messages, then the records. */
static void extract_done(void *item, void *ctx)
{
	extract_run *r = ctx;
	article_job *job = item;
	angka_error err = {0, ""};
	article_job_report(job);
	if (job->rc != ANGKA_OK)
		r->failed++;
	if (job->rc == ANGKA_OK && !r->output_failed && job->output_len > 0 &&
	    fwrite(job->output, 1, job->output_len, stdout) != job->output_len) {
		fprintf(stderr, "angka: cannot write the candidates: %s\n", strerror(errno));
		r->output_failed = true;
	}
	for (size_t f = 0; job->rc == ANGKA_OK && !r->output_failed && f < job->figures.n; f++) {
		if (job->figures.items[f].context && !r->with_context)
			continue;
		int rc = job->records
		                 ? angka_writer_json_record(r->writer, job->records[f], &err)
		                 : angka_writer_figure(r->writer, &job->figures.items[f], &err);
		if (rc != ANGKA_OK) {
			fprintf(stderr, "angka: %s\n", err.message);
			r->output_failed = true;
		}
	}
	article_job_free(job);
}

/* One input the walk found: a job. */
static int submit_file(const char *path, void *ctx)
{
	extract_run *r = ctx;
	if (r->output_failed)
		return 1; /* stop the walk */
	article_job *job = article_job_new(JOB_FILE, path);
	if (job == NULL)
		return ANGKA_ENOMEM;
	job->name = r->source_name;
	angka_jobs_submit(r->jobs, job);
	return ANGKA_OK;
}

/* Before a message of the walk: the articles before it first. */
static int settle(void *ctx)
{
	angka_jobs_finish(((extract_run *)ctx)->jobs);
	return 0;
}

/* Read one line of at most MAX_RECORD_BYTES into *line (grown as needed);
 * a longer one is read to its end and reported as too long. Returns the
 * line's length, or -1 at the end of the input. */
static long read_line(char **line, size_t *cap, FILE *fp, bool *too_long)
{
	size_t len = 0;
	int c;
	*too_long = false;
	while ((c = getc_unlocked(fp)) != EOF && c != '\n') {
		if (len >= MAX_RECORD_BYTES) {
			*too_long = true;
			continue;
		}
		if (len + 1 >= *cap) {
			size_t grown_cap = *cap ? *cap * 2 : 64 * 1024;
			char *grown = realloc(*line, grown_cap);
			if (grown == NULL)
				return -2;
			*line = grown;
			*cap = grown_cap;
		}
		(*line)[len++] = (char)c;
	}
	if (c == EOF && len == 0 && !*too_long)
		return -1;
	if (*line)
		(*line)[len] = '\0';
	return (long)len;
}

/* Every line of fp, a job each. A blank line is skipped. */
static int submit_lines(angka_jobs *jobs, FILE *fp, const char *name, extract_run *r)
{
	char *line = NULL;
	size_t cap = 0, number = 0;
	bool too_long = false;
	long len;
	int rc = 0;
	while ((len = read_line(&line, &cap, fp, &too_long)) >= 0) {
		number++;
		if (too_long) {
			fprintf(stderr, "angka: %s:%zu: line longer than %zu bytes\n", name, number,
			        MAX_RECORD_BYTES);
			r->failed++;
			continue;
		}
		size_t start = 0;
		while (start < (size_t)len &&
		       (line[start] == ' ' || line[start] == '\t' || line[start] == '\r'))
			start++;
		if (start == (size_t)len)
			continue;
		article_job *job = article_job_new(JOB_RECORD, NULL);
		if (job == NULL || (job->record = malloc((size_t)len + 1)) == NULL) {
			article_job_free(job);
			rc = -1;
			break;
		}
		memcpy(job->record, line, (size_t)len + 1);
		job->record_len = (size_t)len;
		job->line = number;
		angka_jobs_submit(jobs, job);
		if (r->output_failed)
			break;
	}
	if (len == -2)
		rc = -1;
	if (rc == 0 && ferror(fp)) {
		fprintf(stderr, "angka: %s: %s\n", name, strerror(errno));
		r->failed++;
	}
	free(line);
	return rc;
}

static int run_jsonl(angka_jobs *jobs, int argc, char **argv, extract_run *r)
{
	static char *const stdin_only[] = {STDIN_OPERAND};
	if (argc == 0) {
		argc = 1;
		argv = (char **)stdin_only;
	}
	for (int i = 0; i < argc && !r->output_failed; i++) {
		bool is_stdin = strcmp(argv[i], STDIN_OPERAND) == 0;
		FILE *fp = is_stdin ? stdin : fopen(argv[i], "r");
		if (fp == NULL) {
			fprintf(stderr, "angka: %s: %s\n", argv[i], strerror(errno));
			r->failed++;
			continue;
		}
		int rc = submit_lines(jobs, fp, is_stdin ? "stdin" : argv[i], r);
		if (!is_stdin)
			fclose(fp);
		if (rc != 0)
			return -1;
	}
	return 0;
}

int cmd_extract(int argc, char **argv)
{
	extract_options_t o = {.run = {.format_name = "table", .command = &extract_command}};
	int first = cli_parse(&extract_command, argc, argv, extract_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (o.jsonl_input && !o.format_given)
		o.run.format_name = "jsonl";
	/* The candidates are JSONL; no figure table around them. */
	if (o.candidates)
		o.run.format_name = "jsonl";
	if (parse_format(&extract_command, &o.run) != 0)
		return EXIT_USAGE;
	/* A table row or a CSV line has no place to say that a figure is
	 * context, and would pass for a figure of the dataset. */
	if (o.with_context && (o.candidates || (o.run.format != ANGKA_FORMAT_JSONL &&
	                                        o.run.format != ANGKA_FORMAT_JSON))) {
		cli_usage_error(&extract_command,
		                "--context writes figure records as JSON: it goes "
		                "with --format jsonl or json, not with %s",
		                o.candidates ? "--candidates" : o.run.format_name);
		return EXIT_USAGE;
	}
	if (first >= argc && !o.jsonl_input) {
		cli_usage_error(&extract_command, "no SOURCE given");
		return EXIT_USAGE;
	}
	if (check_stdin_operands(&extract_command, &o.run, argc - first, argv + first) != 0)
		return EXIT_USAGE;
	if (o.jsonl_input && o.run.source_name != NULL) {
		cli_usage_error(&extract_command,
		                "--source-name does not go with --input jsonl: each line names "
		                "its article (\"url\")");
		return EXIT_USAGE;
	}
	angka_pipeline *pipeline = NULL;
	angka_jobs *jobs = NULL;
	extract_run r = {.candidates = o.candidates,
	                 .with_context = o.with_context,
	                 .source_name = o.run.source_name};
	r.render = o.run.format == ANGKA_FORMAT_JSON || o.run.format == ANGKA_FORMAT_JSONL;
	int status = open_pipeline(&pipeline, &o.run);
	if (status != EXIT_OK)
		return status;
	r.pipeline = pipeline;
	angka_error err = {0, ""};
	if (angka_writer_new(&r.writer, stdout, o.run.format, &err) != ANGKA_OK ||
	    angka_jobs_new(&jobs, jobs_threads(o.run.jobs), extract_work, extract_done, NULL, &r,
	                   &err) != ANGKA_OK) {
		fputs("angka: out of memory\n", stderr);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	r.jobs = jobs;
	int rc = o.jsonl_input ? run_jsonl(jobs, argc - first, argv + first, &r)
	                       : walk_inputs(&o.run, argc - first, argv + first, submit_file,
	                                     settle, &r, &r.failed);
	if (rc == ANGKA_ENOMEM || rc == -1) {
		fputs("angka: out of memory\n", stderr);
		status = EXIT_SYSTEM;
	}
	angka_jobs_finish(jobs);
	if (status != EXIT_OK)
		goto cleanup;
	if (r.output_failed || angka_writer_finish(r.writer, &err) != ANGKA_OK) {
		if (!r.output_failed)
			fprintf(stderr, "angka: %s\n", err.message);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	if (o.run.format == ANGKA_FORMAT_TABLE)
		print_count(angka_writer_count(r.writer), "figure", "figures");
	status = r.failed ? EXIT_INPUT : EXIT_OK;
cleanup:
	angka_jobs_free(jobs);
	angka_writer_free(r.writer);
	angka_pipeline_free(pipeline);
	return status;
}

#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "angka/fetch.h"
#include "angka/jobs.h"
#include "angka/store.h"
#include "cli/article_job.h"
#include "cli/common.h"
#include "util/utf8.h"

enum {
	OPT_FEED = OPT_FIRST_COMMAND_OPTION,
	OPT_TIMEOUT,
	OPT_CONNECT_TIMEOUT,
	OPT_MAX_SIZE,
	OPT_MAX_REDIRECTS,
	OPT_RETRIES,
	OPT_RETRY_DELAY,
	OPT_MAX_RETRY_AFTER,
	OPT_DELAY,
	OPT_SPEED_LIMIT,
	OPT_SPEED_TIME,
	OPT_MAX_FEED_ITEMS,
};

static const cli_option ingest_options[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"rules", 0, "DIR", "the rules folder (default: found next to the binary)", OPT_RULES},
        {"quiet", 'q', NULL, "no progress line and no summary", OPT_QUIET},
        JOBS_OPTION,
        {"feed", 0, NULL, "the URL operands are RSS or Atom feeds: ingest their items", OPT_FEED},
        {"source-name", 0, "NAME",
         "the source the article read from '-' (stdin) is stored as (required with '-')",
         OPT_SOURCE_NAME},
        {"timeout", 0, "S", "give up one HTTP attempt after S seconds (default 30)", OPT_TIMEOUT},
        {"connect-timeout", 0, "S", "give up connecting after S seconds (default 10)",
         OPT_CONNECT_TIMEOUT},
        {"max-size", 0, "BYTES", "refuse a larger body; K, M suffixes (default 16M)", OPT_MAX_SIZE},
        {"max-redirects", 0, "N", "follow at most N redirects (default 5)", OPT_MAX_REDIRECTS},
        {"retries", 0, "N", "retry a timeout, 429 or 5xx N times (default 3)", OPT_RETRIES},
        {"retry-delay", 0, "S", "first back-off in seconds, doubled each retry (default 1)",
         OPT_RETRY_DELAY},
        {"max-retry-after", 0, "S", "longest Retry-After to wait for, seconds (default 120)",
         OPT_MAX_RETRY_AFTER},
        {"delay", 0, "S", "seconds between two requests to one host (default 1)", OPT_DELAY},
        {"speed-limit", 0, "BYTES",
         "cut off a transfer slower than BYTES/s for --speed-time (default 1000; 0: never)",
         OPT_SPEED_LIMIT},
        {"speed-time", 0, "S", "how long a transfer may stay under --speed-limit (default 15)",
         OPT_SPEED_TIME},
        {"max-feed-items", 0, "N", "read at most N items of a feed (default 10000)",
         OPT_MAX_FEED_ITEMS},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command ingest_command = {
        "ingest",
        "[OPTIONS] SOURCE...\n       angka ingest [OPTIONS] --feed URL...",
        "Read articles, find their figures and store both in the database.\n"
        "SOURCE is a file, a folder (read recursively), an http(s) URL, or '-': one\n"
        "article from standard input, stored as the source --source-name names; with\n"
        "--feed, each URL is an RSS or Atom feed whose new items are fetched. Each article\n"
        "goes in with all its figures in one transaction; an article already stored (the\n"
        "same text) is stored once, whatever file or URL it comes from. New text from a\n"
        "source that gave another before is a new version of its article: the old\n"
        "version is superseded (kept, out of facts, audit, report and the curated\n"
        "export), and review decisions on its unchanged figures carry over.",
        "Files are read, parsed and extracted in --jobs threads while one thread writes,\n"
        "in input order, many articles to a transaction (each still all or nothing); text\n"
        "already stored is recognised before it is extracted. URLs and feeds are fetched\n"
        "one at a time, in order.\n\n"
        "URLs are fetched politely: robots.txt is honoured, one host gets one request at\n"
        "a time with --delay between them, and the User-Agent names angka. A URL fetched\n"
        "before is asked for with its ETag / Last-Modified, and a feed item already\n"
        "stored is not fetched again. Seconds may have fractions (0.5). 'angka sources'\n"
        "shows what each source gave.\n\n"
        "Prints, on stderr, a line per feed (\"N items, K new\") and a summary: articles\n"
        "new, revised (new versions), unchanged and failed, and the figures stored.\n\n"
        "Exit status: 0 ok, 1 some inputs failed (the others were stored), 2 usage error,\n"
        "3 the rules or the database could not be used.\n",
        ingest_options,
};

typedef struct ingest_options_t {
	run_options run;
	angka_fetch_options fetch;
	bool feed;
	long max_feed_items;
} ingest_options_t;

/* Seconds (fractions allowed, so tests can use 0.2) into milliseconds. */
static int parse_seconds(long *out, const char *arg, const char *name)
{
	char *end = NULL;
	double s = strtod(arg, &end);
	if (end == arg || *end != '\0' || !isfinite(s) || s < 0 || s > 86400) {
		cli_usage_error(&ingest_command, "--%s wants seconds between 0 and 86400, not '%s'",
		                name, arg);
		return 1;
	}
	*out = (long)(s * 1000 + 0.5);
	return 0;
}

static int parse_count(long *out, const char *arg, const char *name, long max)
{
	char *end = NULL;
	long n = strtol(arg, &end, 10);
	if (end == arg || *end != '\0' || n < 0 || n > max) {
		cli_usage_error(&ingest_command, "--%s wants a number between 0 and %ld, not '%s'",
		                name, max, arg);
		return 1;
	}
	*out = n;
	return 0;
}

static int parse_size(size_t *out, const char *arg)
{
	char *end = NULL;
	double n = strtod(arg, &end);
	double scale = 1;
	if (end != arg && (*end == 'k' || *end == 'K'))
		scale = 1024, end++;
	else if (end != arg && (*end == 'm' || *end == 'M'))
		scale = 1024.0 * 1024, end++;
	if (end == arg || *end != '\0' || !isfinite(n) || n < 1 ||
	    n * scale > 1024.0 * 1024 * 1024) {
		cli_usage_error(
		        &ingest_command,
		        "--max-size wants bytes between 1 and 1G (e.g. 500K, 16M), not '%s'", arg);
		return 1;
	}
	*out = (size_t)(n * scale);
	return 0;
}

static int ingest_option(int id, const char *arg, void *ctx)
{
	ingest_options_t *o = ctx;
	long n = 0;
	switch (id) {
	case OPT_FEED: o->feed = true; return 0;
	case OPT_TIMEOUT: return parse_seconds(&o->fetch.timeout_ms, arg, "timeout");
	case OPT_CONNECT_TIMEOUT:
		return parse_seconds(&o->fetch.connect_timeout_ms, arg, "connect-timeout");
	case OPT_MAX_SIZE: return parse_size(&o->fetch.max_bytes, arg);
	case OPT_MAX_REDIRECTS:
		return parse_count(&o->fetch.max_redirects, arg, "max-redirects", 50);
	case OPT_RETRIES:
		if (parse_count(&n, arg, "retries", 10))
			return 1;
		o->fetch.retries = (int)n;
		return 0;
	case OPT_RETRY_DELAY: return parse_seconds(&o->fetch.retry_delay_ms, arg, "retry-delay");
	case OPT_MAX_RETRY_AFTER:
		return parse_seconds(&o->fetch.max_retry_after_ms, arg, "max-retry-after");
	case OPT_DELAY: return parse_seconds(&o->fetch.host_delay_ms, arg, "delay");
	case OPT_SPEED_LIMIT:
		return parse_count(&o->fetch.low_speed_bytes, arg, "speed-limit",
		                   1024L * 1024 * 1024);
	case OPT_SPEED_TIME: return parse_seconds(&o->fetch.low_speed_ms, arg, "speed-time");
	case OPT_MAX_FEED_ITEMS:
		if (parse_count(&o->max_feed_items, arg, "max-feed-items", 1000000))
			return 1;
		if (o->max_feed_items == 0) {
			cli_usage_error(&ingest_command, "--max-feed-items wants at least 1");
			return 1;
		}
		return 0;
	default: return common_option(id, arg, &o->run);
	}
}

/* A batch is committed after this many articles or this long, whichever
 * comes first, and before anything is fetched over the network: the write
 * lock is never held for long, and a crash loses at most that much. */
#define BATCH_ARTICLES 256
#define BATCH_SECONDS  0.2

/* One run of the command: what it works with and what it counts. */
typedef struct ingest_run {
	const ingest_options_t *o;
	/* The rules load in the background while the first files are read
	 * and parsed; the writer waits for them, then opens the store, when
	 * it first needs both (start_writing). */
	angka_pipeline_load *load;
	const angka_pipeline *pipeline; /* NULL until then */
	angka_store *store;             /* likewise */
	bool started;
	/* Set by the writer once started: from then on the workers' readers
	 * can ask the database whether it has a text before extracting it. */
	atomic_bool store_open;
	angka_fetcher *fetcher; /* made when the first URL comes */
	const char *rules_version;
	size_t fresh, revised, unchanged, not_modified, failed, feeds_failed, figures;
	bool system_error; /* the database failed: stop */
	/* --jobs: one reading connection per worker, to recognise known
	 * content (NULL until needed; left NULL when it cannot be opened). */
	angka_store **readers;
	bool *reader_failed;
	size_t n_workers;
	size_t batch_articles;
	struct timespec batch_started;
	bool log_grown;             /* a batch was committed since the last checkpoint */
	const char *stdin_location; /* '-': the source it is stored as */
	angka_jobs *jobs;
} ingest_run;

/* A database failure ends the run (the next article would fail too). */
static bool is_system_error(int rc)
{
	return rc == ANGKA_EDB || rc == ANGKA_EIO || rc == ANGKA_ENOMEM;
}

/* A status the store refuses for what it holds (not for a failure of the
 * database) costs that record only. */
static void record(ingest_run *r, const angka_source_state *state)
{
	angka_error err = {0, ""};
	int rc = angka_store_record_source(r->store, state, &err);
	if (rc != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		if (is_system_error(rc))
			r->system_error = true;
	}
}

/* The figures of the dataset among figures: the summary counts those, not
 * the context figures stored beside them for the audit. */
static size_t dataset_figures(const angka_figure_list *figures)
{
	size_t n = 0;
	for (size_t i = 0; i < figures->n; i++)
		n += !figures->items[i].context;
	return n;
}

/* Store one parsed article, extracting it first unless given its
 * figures; counts it. Content the store knows is not extracted: its
 * figures are those stored. */
static int store_article(ingest_run *r, const angka_article *article, angka_figure_list *extracted,
                         int64_t *article_id, angka_error *err)
{
	angka_figure_list figures = ANGKA_FIGURE_LIST_INIT;
	angka_store_status put = ANGKA_STORE_NEW;
	bool known = false;
	int rc = ANGKA_OK;
	if (extracted != NULL) {
		figures = *extracted;
		*extracted = (angka_figure_list)ANGKA_FIGURE_LIST_INIT;
	} else {
		rc = angka_store_has_content(r->store, article->content_hash, &known, err);
		if (rc == ANGKA_OK && !known)
			rc = extract_figures(&figures, r->pipeline, article, err);
	}
	if (rc == ANGKA_OK)
		rc = angka_store_put_article(r->store, article, &figures, r->rules_version, &put,
		                             article_id, err);
	if (rc == ANGKA_OK && put == ANGKA_STORE_NEW) {
		r->fresh++;
		r->figures += dataset_figures(&figures);
	} else if (rc == ANGKA_OK && put == ANGKA_STORE_REVISED) {
		r->revised++;
		r->figures += dataset_figures(&figures);
	} else if (rc == ANGKA_OK && put == ANGKA_STORE_REVIVED) {
		r->revised++; /* an older text, current again: its figures were stored */
	} else if (rc == ANGKA_OK) {
		r->unchanged++;
	}
	angka_figure_list_free(&figures);
	return rc;
}

static double seconds_since(const struct timespec *t0)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

static void commit_batch(ingest_run *r)
{
	angka_error err = {0, ""};
	r->batch_articles = 0;
	if (!angka_store_in_batch(r->store))
		return;
	r->log_grown = true;
	if (angka_store_batch_commit(r->store, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->system_error = true;
	}
}

static void begin_batch(ingest_run *r)
{
	angka_error err = {0, ""};
	if (angka_store_in_batch(r->store))
		return;
	if (angka_store_batch_begin(r->store, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->system_error = true;
		return;
	}
	clock_gettime(CLOCK_MONOTONIC, &r->batch_started);
}

/* The writer waits for a worker: a batch that has been open long enough
 * is committed rather than held while an article takes its time. When the
 * workers are on their last articles (draining), what is stored goes from
 * SQLite's log into the database file now, on the processor they leave
 * free, rather than all at close, after the last article, while the other
 * processor idles: on the benchmark pages with 2 jobs the close then takes
 * 2 ms instead of 9. */
static void ingest_idle(void *ctx, bool draining)
{
	ingest_run *r = ctx;
	if (draining && r->store != NULL && !r->system_error) {
		angka_error err = {0, ""};
		commit_batch(r);
		if (!r->system_error && r->log_grown &&
		    angka_store_checkpoint(r->store, &err) != ANGKA_OK) {
			fprintf(stderr, "angka: %s\n", err.message);
			r->system_error = true;
		}
		r->log_grown = false;
		return;
	}
	if (angka_store_in_batch(r->store) && seconds_since(&r->batch_started) >= BATCH_SECONDS)
		commit_batch(r);
}

/* In the writer, before anything is stored: wait for the rules, then
 * open the database (only then, so that rules that do not load leave no
 * database behind, as when the two were opened in turn). False when
 * either failed: it is reported, and the run stops. */
static bool start_writing(ingest_run *r)
{
	if (r->started || r->system_error)
		return r->started;
	angka_error err = {0, ""};
	if (finish_pipeline(&r->pipeline, r->load, &r->o->run) != EXIT_OK) {
		r->system_error = true;
		return false;
	}
	if (angka_store_open(&r->store, r->o->run.db_path, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->system_error = true;
		return false;
	}
	r->rules_version = angka_pipeline_version(r->pipeline);
	r->started = true;
	atomic_store_explicit(&r->store_open, true, memory_order_release);
	return true;
}

/* In a worker: read and parse a file (while the rules may still be
 * loading), then extract it unless the store already has its text (asked
 * through the worker's own connection; the writer asks again, under its
 * lock, before trusting the answer). Before the writer has opened the
 * database there is none to ask: the file is extracted, and the writer
 * asks for it (job->unchecked). */
static void ingest_work(void *item, size_t worker, void *ctx)
{
	ingest_run *r = ctx;
	article_job *job = item;
	if (job->kind != JOB_FILE)
		return; /* pages and feeds: the writer fetches them, in order */
	article_job_read(job);
	const angka_pipeline *pipeline = NULL;
	if (job->rc != ANGKA_OK || angka_pipeline_load_wait(&pipeline, r->load, NULL) != ANGKA_OK)
		return; /* rules that did not load: the writer says so, and stops */
	if (!atomic_load_explicit(&r->store_open, memory_order_acquire)) {
		job->unchecked = true;
		article_job_extract(job, pipeline);
		return;
	}
	angka_store *reader = r->n_workers == 0 ? r->store : r->readers[worker];
	if (reader == NULL && r->n_workers > 0 && !r->reader_failed[worker]) {
		angka_error err = {0, ""};
		if (angka_store_open_reader(&r->readers[worker], r->o->run.db_path, &err) !=
		    ANGKA_OK)
			r->reader_failed[worker] = true;
		reader = r->readers[worker];
	}
	bool known = false;
	if (reader != NULL &&
	    angka_store_has_content(reader, job->article->content_hash, &known, NULL) == ANGKA_OK &&
	    known) {
		job->known = true;
		return;
	}
	article_job_extract(job, pipeline);
}

/* In the writer: a file extracted before the database was open, whose
 * text the database has, is taken as a worker takes it when it asks
 * first: not extracted (its figures are those stored), nothing said. */
static void forget_if_known(ingest_run *r, article_job *job)
{
	bool known = false;
	if (job->article == NULL ||
	    angka_store_has_content(r->store, job->article->content_hash, &known, NULL) !=
	            ANGKA_OK ||
	    !known)
		return;
	job->known = true;
	job->extracted = false;
	job->rc = ANGKA_OK;
	angka_error_clear(&job->err);
	angka_figure_list_free(&job->figures);
	free(job->pipeline_warnings);
	job->pipeline_warnings = NULL;
	job->pipeline_warnings_len = 0;
}

/* In the writer, in input order: a file, or standard input ('-') stored as
 * the source --source-name names (an http(s) name is normalized like a
 * fetched URL, so that the page fetched later is the same source). The
 * article and its source record go in the open batch. */
static void ingest_file_done(ingest_run *r, article_job *job)
{
	int64_t article_id = 0;
	const char *name = r->stdin_location ? r->stdin_location : r->o->run.source_name;
	bool from_stdin = strcmp(job->input, STDIN_OPERAND) == 0;
	/* The database keeps UTF-8 only: a name that is not is kept escaped
	 * (the article's source is the same escaped name). */
	const char *given = from_stdin ? r->o->run.source_name : job->input;
	char *shown = angka_utf8_escape(given);
	if (shown == NULL) {
		fputs("angka: out of memory\n", stderr);
		r->system_error = true;
		return;
	}
	if (strcmp(shown, given) != 0)
		fprintf(stderr,
		        "angka: %s: warning: the %s is not valid UTF-8; it is stored with its "
		        "bytes escaped as \\xHH\n",
		        shown, from_stdin ? "source name" : "file name");
	begin_batch(r);
	if (r->system_error) {
		free(shown);
		return;
	}
	if (job->unchecked)
		forget_if_known(r, job);
	int rc = job->rc;
	if (rc == ANGKA_OK) {
		rc = store_article(r, job->article, job->extracted ? &job->figures : NULL,
		                   &article_id, &job->err);
		if (rc != ANGKA_OK && is_system_error(rc))
			r->system_error = true;
	}
	job->rc = rc;
	article_job_report(job);
	if (rc != ANGKA_OK)
		r->failed++;
	if (!r->system_error) {
		angka_source_state state = {
		        .location = job->document                     ? job->document->source
		                    : from_stdin && r->stdin_location ? name
		                                                      : shown,
		        .kind = r->stdin_location && from_stdin ? "page" : "file",
		        .status = rc == ANGKA_OK ? "ok" : "failed",
		        .article_id = article_id,
		        .last_error = rc == ANGKA_OK ? NULL : job->err.message,
		};
		record(r, &state);
	}
	free(shown);
	if (++r->batch_articles >= BATCH_ARTICLES ||
	    seconds_since(&r->batch_started) >= BATCH_SECONDS)
		commit_batch(r);
}

static int ingest_page(ingest_run *r, const char *url, const angka_feed_item *item,
                       const char *feed);
static void ingest_feed(ingest_run *r, const char *url);

/* In the writer, in input order. After a system error, what is left is
 * only freed. */
static void ingest_done(void *item, void *ctx)
{
	ingest_run *r = ctx;
	article_job *job = item;
	if (start_writing(r)) {
		if (job->kind == JOB_FILE) {
			ingest_file_done(r, job);
		} else {
			commit_batch(r); /* nothing waits on the network with the lock */
			if (!r->system_error && job->kind == JOB_FEED)
				ingest_feed(r, job->input);
			else if (!r->system_error)
				ingest_page(r, job->input, NULL, NULL);
		}
	}
	article_job_free(job);
}

/* One input the walk found: a job, of the kind its name says. */
static int submit_input(const char *input, void *ctx)
{
	ingest_run *r = ctx;
	if (r->system_error)
		return 1; /* stop the walk */
	article_job *job = article_job_new(r->o->feed                 ? JOB_FEED
	                                   : angka_url_is_http(input) ? JOB_PAGE
	                                                              : JOB_FILE,
	                                   input);
	if (job == NULL)
		return ANGKA_ENOMEM;
	job->name = r->stdin_location ? r->stdin_location : r->o->run.source_name;
	angka_jobs_submit(r->jobs, job);
	return ANGKA_OK;
}

/* Before a message of the walk: the articles before it first, and the
 * rules and the database, which may fail and end the run before it. */
static int settle(void *ctx)
{
	ingest_run *r = ctx;
	angka_jobs_finish(r->jobs);
	return start_writing(r) ? 0 : 1;
}

static int ensure_fetcher(ingest_run *r)
{
	angka_error err = {0, ""};
	if (r->fetcher == NULL && angka_fetcher_new(&r->fetcher, &r->o->fetch, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->system_error = true;
		return -1;
	}
	return 0;
}

/* The feed's title and date stand in for what the page does not say. */
static int apply_feed_item(angka_article *article, const angka_feed_item *item)
{
	if (item == NULL)
		return ANGKA_OK;
	if (article->title == NULL && item->title && (article->title = strdup(item->title)) == NULL)
		return ANGKA_ENOMEM;
	if (article->published == NULL && item->published &&
	    (article->published = strdup(item->published)) == NULL)
		return ANGKA_ENOMEM;
	return ANGKA_OK;
}

/* Fetch one page (conditionally, when it was fetched before), parse,
 * extract, store, and record what happened. Returns 0 when the page is
 * stored or not modified. */
static int ingest_page(ingest_run *r, const char *url, const angka_feed_item *item,
                       const char *feed)
{
	angka_error err = {0, ""};
	char *location = NULL, *etag = NULL, *last_modified = NULL;
	angka_fetch_result res = ANGKA_FETCH_RESULT_INIT;
	angka_article *article = NULL;
	int64_t article_id = 0;
	int rc;
	if (ensure_fetcher(r) != 0)
		return -1;
	if ((rc = angka_url_normalize(&location, url, &err)) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->failed++;
		goto cleanup;
	}
	if ((rc = angka_store_source_validators(r->store, location, &etag, &last_modified, NULL,
	                                        &err)) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->system_error = true;
		goto cleanup;
	}
	rc = angka_fetch_url(&res, r->fetcher, location, ANGKA_EXPECT_PAGE, etag, last_modified,
	                     &err);
	angka_source_state state = {
	        .location = location,
	        .kind = "page",
	        .http_code = res.http_code,
	        .etag = res.etag,
	        .last_modified = res.last_modified,
	        .content_type = res.content_type,
	        .feed = feed,
	};
	/* The article and its source record: one transaction. */
	begin_batch(r);
	if (r->system_error)
		goto cleanup;
	if (rc == ANGKA_OK && res.not_modified) {
		r->unchanged++;
		r->not_modified++;
		state.status = "not_modified";
		record(r, &state);
		goto cleanup;
	}
	if (rc == ANGKA_OK)
		rc = parse_document(&article, res.document, &err);
	if (rc == ANGKA_OK)
		rc = apply_feed_item(article, item);
	if (rc == ANGKA_ENOMEM)
		angka_error_set(&err, rc, "%s: out of memory", location);
	if (rc == ANGKA_OK) {
		rc = store_article(r, article, NULL, &article_id, &err);
		if (rc != ANGKA_OK && is_system_error(rc)) {
			fprintf(stderr, "angka: %s\n", err.message);
			r->system_error = true;
			goto cleanup;
		}
	}
	if (rc != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->failed++;
		state.status = res.disallowed ? "disallowed" : "failed";
		state.last_error = err.message;
	} else {
		state.status = "ok";
		state.article_id = article_id;
	}
	record(r, &state);
cleanup:
	commit_batch(r);
	angka_article_free(article);
	angka_fetch_result_clear(&res);
	free(location);
	free(etag);
	free(last_modified);
	return rc == ANGKA_OK ? 0 : -1;
}

/* Fetch a feed and ingest the items not stored yet. An item whose earlier
 * fetch failed is tried again. The feed's validators are kept only when
 * every item went in, so a 304 never hides an item still to be retried. */
static void ingest_feed(ingest_run *r, const char *url)
{
	angka_error err = {0, ""};
	char *location = NULL, *etag = NULL, *last_modified = NULL;
	angka_fetch_result res = ANGKA_FETCH_RESULT_INIT;
	angka_feed *feed = NULL;
	int rc;
	if (ensure_fetcher(r) != 0)
		return;
	if (angka_url_normalize(&location, url, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->feeds_failed++;
		goto cleanup;
	}
	if (angka_store_source_validators(r->store, location, &etag, &last_modified, NULL, &err) !=
	    ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->system_error = true;
		goto cleanup;
	}
	rc = angka_fetch_url(&res, r->fetcher, location, ANGKA_EXPECT_FEED, etag, last_modified,
	                     &err);
	angka_source_state state = {
	        .location = location,
	        .kind = "feed",
	        .http_code = res.http_code,
	        .etag = res.etag,
	        .last_modified = res.last_modified,
	        .content_type = res.content_type,
	};
	if (rc == ANGKA_OK && res.not_modified) {
		int64_t known = 0;
		state.status = "not_modified";
		record(r, &state);
		if (angka_store_feed_item_count(r->store, location, &known, &err) != ANGKA_OK) {
			fprintf(stderr, "angka: %s\n", err.message);
			r->system_error = true;
			goto cleanup;
		}
		if (!r->o->run.quiet)
			fprintf(stderr, "%s: %lld item%s, 0 new (feed not modified)\n", location,
			        (long long)known, known == 1 ? "" : "s");
		goto cleanup;
	}
	if (rc == ANGKA_OK)
		rc = angka_feed_parse_capped(&feed, res.document->bytes, res.document->len,
		                             location, (size_t)r->o->max_feed_items, &err);
	if (rc == ANGKA_OK && feed->n_dropped > 0)
		fprintf(stderr,
		        "angka: %s: warning: the feed lists more than %zu items; the %zu after the "
		        "first %zu are not read (--max-feed-items)\n",
		        location, feed->n_items, feed->n_dropped, feed->n_items);
	if (rc != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		r->feeds_failed++;
		state.status = res.disallowed ? "disallowed" : "failed";
		state.last_error = err.message;
		record(r, &state);
		goto cleanup;
	}
	size_t fresh_items = 0, failed_items = 0;
	for (size_t i = 0; i < feed->n_items && !r->system_error; i++) {
		const angka_feed_item *item = &feed->items[i];
		bool stored = false;
		if (angka_store_feed_item(r->store, location, item->link, item->title,
		                          item->published, NULL, &err) != ANGKA_OK ||
		    angka_store_source_validators(r->store, item->link, NULL, NULL, &stored,
		                                  &err) != ANGKA_OK) {
			fprintf(stderr, "angka: %s\n", err.message);
			r->system_error = true;
			break;
		}
		if (stored)
			continue;
		fresh_items++;
		if (ingest_page(r, item->link, item, location) != 0)
			failed_items++;
	}
	if (r->system_error)
		goto cleanup;
	state.status = "ok";
	if (failed_items > 0)
		state.etag = state.last_modified = NULL;
	record(r, &state);
	if (!r->o->run.quiet)
		fprintf(stderr, "%s: %zu item%s, %zu new%s\n", location, feed->n_items,
		        feed->n_items == 1 ? "" : "s", fresh_items,
		        failed_items ? " (some failed; see above)" : "");
cleanup:
	angka_feed_free(feed);
	angka_fetch_result_clear(&res);
	free(location);
	free(etag);
	free(last_modified);
}

int cmd_ingest(int argc, char **argv)
{
	ingest_options_t o = {.run = {.db_path = "angka.db", .command = &ingest_command},
	                      .max_feed_items = ANGKA_FEED_MAX_ITEMS};
	angka_fetch_options_default(&o.fetch);
	int first = cli_parse(&ingest_command, argc, argv, ingest_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first >= argc) {
		cli_usage_error(&ingest_command, o.feed ? "no feed URL given" : "no SOURCE given");
		return EXIT_USAGE;
	}
	if (check_stdin_operands(&ingest_command, &o.run, argc - first, argv + first) != 0)
		return EXIT_USAGE;
	for (int i = first; i < argc; i++) {
		if (strcmp(argv[i], STDIN_OPERAND) == 0 && (o.feed || o.run.source_name == NULL)) {
			cli_usage_error(&ingest_command,
			                o.feed ? "--feed reads feeds, not '-'"
			                       : "'-' needs --source-name NAME: the source the "
			                         "article is stored as (a new text under the same "
			                         "name is a new version of it)");
			return EXIT_USAGE;
		}
	}
	for (int i = first; o.feed && i < argc; i++) {
		if (!angka_url_is_http(argv[i])) {
			cli_usage_error(&ingest_command, "--feed wants http(s) URLs, not '%s'",
			                argv[i]);
			return EXIT_USAGE;
		}
	}
	ingest_run r = {.o = &o};
	angka_jobs *jobs = NULL;
	char *stdin_location = NULL;
	angka_error err = {0, ""};
	atomic_init(&r.store_open, false);
	int status = start_pipeline(&r.load, &o.run);
	if (status != EXIT_OK)
		return status;
	/* '-' named by a URL is that page: normalized once, as a fetched URL
	 * is, from its name as stored (escaped where it is not UTF-8). A name
	 * that is no URL is told after what the rules or the database say. */
	if (o.run.source_name && angka_url_is_http(o.run.source_name)) {
		char *escaped = angka_utf8_escape(o.run.source_name);
		int rc = escaped == NULL ? angka_error_set(&err, ANGKA_ENOMEM, "out of memory")
		                         : angka_url_normalize(&stdin_location, escaped, &err);
		free(escaped);
		if (rc != ANGKA_OK) {
			status = EXIT_SYSTEM;
			if (start_writing(&r)) {
				fprintf(stderr, "angka: %s\n", err.message);
				status = rc == ANGKA_ENOMEM ? EXIT_SYSTEM : EXIT_USAGE;
			}
			goto cleanup;
		}
	}
	r.stdin_location = stdin_location;
	size_t threads = jobs_threads(o.run.jobs);
	if (threads > 1) {
		r.n_workers = threads;
		r.readers = calloc(threads, sizeof *r.readers);
		r.reader_failed = calloc(threads, sizeof *r.reader_failed);
	}
	if ((threads > 1 && (r.readers == NULL || r.reader_failed == NULL)) ||
	    angka_jobs_new(&jobs, threads, ingest_work, ingest_done, ingest_idle, &r, &err) !=
	            ANGKA_OK) {
		fputs("angka: out of memory\n", stderr);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	r.jobs = jobs;
	/* A URL is not a path: the walk yields it as it is. */
	if (walk_inputs(&o.run, argc - first, argv + first, submit_input, settle, &r, &r.failed) ==
	    ANGKA_ENOMEM) {
		fputs("angka: out of memory\n", stderr);
		r.system_error = true;
	}
	angka_jobs_finish(jobs);
	start_writing(&r); /* when no article needed it: still an empty database */
	commit_batch(&r);
	if (r.system_error) {
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	size_t articles = r.fresh + r.revised + r.unchanged + r.failed;
	if (!o.run.quiet) {
		fprintf(stderr, "%zu article%s: %zu new, ", articles, articles == 1 ? "" : "s",
		        r.fresh);
		if (r.revised)
			fprintf(stderr, "%zu revised (new version%s), ", r.revised,
			        r.revised == 1 ? "" : "s");
		fprintf(stderr, "%zu unchanged", r.unchanged);
		if (r.not_modified)
			fprintf(stderr, " (%zu not modified)", r.not_modified);
		fprintf(stderr, ", %zu failed", r.failed);
		if (r.feeds_failed)
			fprintf(stderr, ", %zu feed%s failed", r.feeds_failed,
			        r.feeds_failed == 1 ? "" : "s");
		fprintf(stderr, "; %zu figure%s stored in %s\n", r.figures,
		        r.figures == 1 ? "" : "s", o.run.db_path);
	}
	status = r.failed || r.feeds_failed ? EXIT_INPUT : EXIT_OK;
cleanup:
	angka_jobs_free(jobs);
	for (size_t i = 0; i < r.n_workers && r.readers; i++)
		angka_store_close(r.readers[i]);
	free(r.readers);
	free(r.reader_failed);
	free(stdin_location);
	angka_fetcher_free(r.fetcher);
	angka_store_close(r.store);
	angka_pipeline_load_free(r.load);
	return status;
}
